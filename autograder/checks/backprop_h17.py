"""Hints of the backprop checks the seventeenth held-out corpus asked for, each confirmed on the student's own
answers (a replay worked out here on the 2-2-1 network) or source before it is said: a + typed for the last *
of dL/dh1 or dL/dh2, a hidden slope multiplied in twice, nine right partials filed under the wrong names (a list
zipped with PARAM_NAMES in another order), one list shared by every key of dict.fromkeys(names, []), a train
that "copies" params with dict.fromkeys (every value None), and an errors list that keeps every epoch's errors.
Loaded by the backprop checks with ``load_sibling``."""

import ast

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import Misconception
from autograder.grading.function_source import function

h16 = load_sibling(__file__, "backprop_h16")
NAMES = h16.NAMES

PLUS = (
    "Your dL/d{h} adds where the chain rule multiplies: it is dL/do1 * {w} + o1 * (1 - o1), a plus typed for the "
    "last times, so every partial that passes through {h} ({names}) is off. The links of a chain are multiplied, "
    "one after the other: dL/d{h} = dL/do1 * o1 * (1 - o1) * {w}."
)
TWICE = (
    "Your partials of {names} carry the hidden slope twice, {h} * (1 - {h}) squared: it is multiplied into "
    "dL/d{h} already and then again in the lines of the partials. Multiply it in once: either keep "
    "dL/d{h} = dL/do1 * o1 * (1 - o1) * {w} and multiply by the slope in each partial, or fold the slope into a "
    "delta and leave it out of the partials."
)
FILED = (
    "Your nine partials are the right nine numbers, filed under the wrong names: under {wrong} you return the "
    "partial that belongs to {right}. When the values are listed in one order (neuron by neuron, say) and paired "
    "with PARAM_NAMES by position (zip), both lists must be in the same order, and PARAM_NAMES is w1, w2, w3, w4, "
    "w5, w6, b1, b2, b3. Build the dict by name instead, {{\"w1\": ..., \"w2\": ..., ...}}, so each key gets its own "
    "partial."
)
SHARED = (
    "All nine of your partials are the same number, {value:.6g}: every key reads one shared object. "
    "dict.fromkeys(names, []) (or {{}}) does not give each key a new list (or dict): it gives all of them the very same "
    "one, so a change made through one key shows under every key. Build the dict with a comprehension, {{name: ... for name "
    "in PARAM_NAMES}}, or store each partial directly, grads[name] = value."
)
NONE_COPY = (
    "Your train makes its working copy of params with dict.fromkeys(params), which keeps the keys but sets every "
    "value to None, so the first sum that uses a parameter meets None. dict.fromkeys(keys) builds a new dict from "
    "keys alone; to copy a dict with its values use dict(params) or params.copy()."
)
RUNNING = (
    "Your losses[e] is the mean over every epoch's errors so far (epochs 0 to e), not the MSE after epoch e alone: "
    "the list of errors is made once, before the epoch loop, and keeps growing (errors += ..., extend or append), so "
    "each recorded loss averages in the earlier epochs. Start a new, empty errors list inside the epoch loop "
    "(or compute each epoch's mean from that epoch's errors only)."
)


def _parts(p, x, y, plus=None, twice=()):
    h1, h2, o1 = h16._forward(p, x)
    a, s = -2.0 * (y - o1), o1 * (1.0 - o1)
    s1, s2 = h1 * (1.0 - h1), h2 * (1.0 - h2)
    d1 = a * p["w5"] + s if plus == 1 else a * p["w5"] * s
    d2 = a * p["w6"] + s if plus == 2 else a * p["w6"] * s
    d1, d2 = d1 * s1 * (s1 if 1 in twice else 1.0), d2 * s2 * (s2 if 2 in twice else 1.0)
    return [d1 * x[0], d1 * x[1], d2 * x[0], d2 * x[1], a * s * h1, a * s * h2, d1, d2, a * s]


def mistakes(params, x, y_true):
    """The replays of a + for the last * of dL/dh1 (or dL/dh2) and of a hidden slope taken twice, in NAMES order."""
    path = {1: ("h1", "w5", "w1, w2 and b1"), 2: ("h2", "w6", "w3, w4 and b2")}
    found = [Misconception(PLUS.format(h=h, w=w, names=names), _parts(params, x, y_true, plus=k))
             for k, (h, w, names) in path.items()]
    found += [Misconception(TWICE.format(h=h, w=w, names=names), _parts(params, x, y_true, twice=(k,)))
              for k, (h, w, names) in path.items()]
    both = TWICE.format(h="h1", w="w5", names="w1, w2, b1, w3, w4 and b2").replace(
        "hidden slope twice,", "hidden slopes twice, h2 * (1 - h2) squared as well as").replace(
        "into dL/dh1 already", "into dL/dh1 and dL/dh2 already")
    return found + [Misconception(both, _parts(params, x, y_true, twice=(1, 2)))]


def _vector(got):
    try:
        return np.array([float(got[n]) for n in NAMES])
    except (TypeError, ValueError, KeyError, IndexError):
        return None


def filed_hint(cases, replies):
    """FILED where every full answer holds the right nine partials in another order and some case, whose nine right
    partials are all different, shows which name got which partial."""
    mapping = None
    for (params, x, y_true, _), reply in zip(cases, replies.before_failure()):
        got = _vector(reply[0])
        if got is None:
            return None
        right = np.array([h16._partials(params, x, y_true)[n] for n in NAMES])
        if not np.allclose(np.sort(got), np.sort(right), rtol=1e-5, atol=1e-9):
            return None
        if mapping is None and np.min(np.diff(np.sort(right))) > 1e-6 * np.max(np.abs(right)):
            where = [int(np.argmin(np.abs(right - v))) for v in got]
            mapping = [(NAMES[i], NAMES[j]) for i, j in enumerate(where) if i != j]
    return FILED.format(wrong=mapping[0][0], right=mapping[0][1]) if mapping else None


def shared_hint(student, got):
    """SHARED where all nine partials are one number and backprop's source calls dict.fromkeys with a mutable
    second argument (a list or a dict)."""
    vector = _vector(got)
    if vector is None or not np.allclose(vector, vector[0], rtol=1e-12, atol=0):
        return None
    _, node = function(student, "backprop", "backprop")
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.Call) and getattr(sub.func, "attr", "") == "fromkeys" and len(sub.args) > 1:
            value = sub.args[1]
            if isinstance(value, (ast.List, ast.Dict, ast.Set)) or (isinstance(value, ast.Call) and getattr(
                    value.func, "id", "") in ("list", "dict", "set")):
                return SHARED.format(value=vector[0])
    return None


def none_copy_hint(student, exc):
    """NONE_COPY where train raised a TypeError about None and its source calls fromkeys with one argument."""
    if exc.raised != "TypeError" or "NoneType" not in (exc.raised_message or ""):
        return None
    _, node = function(student, "backprop", "train")
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.Call) and getattr(sub.func, "attr", "") == "fromkeys" and len(sub.args) == 1:
            return NONE_COPY
    return None


def running_hint(losses, ref_losses):
    """RUNNING where the recorded losses are the running means of the right ones (and differ from them)."""
    try:
        got, right = np.asarray(losses, dtype=float), np.asarray(ref_losses, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != right.shape or got.size < 3:
        return None
    running = np.cumsum(right) / np.arange(1, right.size + 1)
    return RUNNING if np.allclose(got, running, rtol=1e-6) and not np.allclose(got, right, rtol=1e-5) else None
