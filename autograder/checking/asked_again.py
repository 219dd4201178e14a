"""Is the student's function the same each time it is asked? Read once a check has failed.

Every function of the course's modules depends on its arguments alone (the spec: each is deterministic),
so the same question must get the same answer, however often it is asked. A function that keeps
something from one call to the next (a global it changes, a list given as a default argument that it
appends to, a value stored on the function, a module's array changed in place) answers each call with
a mix of the calls before it, and the wrong numbers the check shows then fit no formula, or fit one by
chance: a reading of them would blame the formula. So once a check has failed, the first call it made
of each module function (at most ``MOST_FUNCTIONS`` of them, as the session noted them) is asked twice
more with the same arguments; where an answer differs, that is named. It takes the place of a check's
hint only where that hint is none or a reading of the failing values alone (a factor, say): an
exercise's own reading (an input changed in place, a list that grows) says more and stays. A function
that answers alike each time but from what earlier calls left is ``kept_state``'s. Only module
functions are asked: an object's methods may change the object (fit does), so theirs is no such rule. A passing check costs nothing; a student call that fails now
says nothing here (the check's own words stand).

Pure reading on the grader's side: it calls the student only through the session, and it never shows a
reference answer, only the student's own two.
"""

from __future__ import annotations

import ast

import numpy as np

from ..grading.function_source import function
from ..grading.kept_between_calls import stored_line
from ..sandbox.session import StudentError
from ..sandbox.wire import Handle
from .kept_state import ASKING_SECONDS, kept_state_hint
from .remote import RemoteModule

MOST_FUNCTIONS = 3
ASKED_AGAIN = (
    "Your {name} gave another answer when asked the very same question again: {said}, and then "
    "{again}. Something in it lives on from one call to the next{where}, so each answer mixes in the calls "
    "before it, and the numbers above cannot be read as a formula. Every function here must depend on its "
    "arguments alone: look for a global it changes, a list or dict given as a default argument that it adds "
    "to, a value kept on the function itself, an array of the module (a constant such as the weights) that it "
    "changes in place (+=, *=, [...] =), or random numbers drawn without a fixed seed. Compute everything "
    "inside the call, from its arguments."
)


def asked_again_hint(session, ending, current: str | None) -> str | None:
    """ASKED_AGAIN for the first function of the failed check (``ending``) whose answer changes when it is asked the
    same question again, where the check's hint (``current``) is none or a reading of the values alone; else
    ``kept_state``'s reading of the check's first function, confirmed in a fresh child, whatever the check's hint
    (an answer that depends on earlier calls makes any reading of the values unsafe); else ``current``."""
    asked = [(key, entry) for key, entry in list(session.first_answers.items())[:MOST_FUNCTIONS] if _plain(entry[3])]
    if not current or getattr(ending, "read_off_values", False):
        for (module, name), (label, args, kwargs, first) in asked:
            if (hint := _answered_twice(session, module, name, label, args, kwargs, first)) is not None:
                return hint
    for (module, name), (label, args, kwargs, first) in asked[:1]:
        hint = kept_state_hint(session, module, name, label, args, kwargs, first, _same, shown_apart, current)
        if hint is not None:
            return hint
    return current


def _answered_twice(session, module, name, label, args, kwargs, first) -> str | None:
    """ASKED_AGAIN where one of two more askings of ``name`` answers other than ``first``; else None."""
    student = RemoteModule(session, module)
    for _ in range(2):
        try:
            again = student.invoke(name, args, kwargs, within=ASKING_SECONDS)
        except StudentError:
            return None
        if not _same(first, again):
            path, was, now = shown_apart(first, again)
            said = f"{label} gave {was}" + (f" (at {path} of its answer)" if path else "")
            return ASKED_AGAIN.format(name=name, said=said, again=now, where=_where(student, module, name))
    return None


def shown_apart(first, again) -> tuple[str, str, str]:
    """(where, first, again): two answers that differ, shown where they first differ (a list that grows by its
    length)."""
    path, was, now = _first_difference(first, again)
    if _length(was) is not None and _length(now) is not None and _length(was) != _length(now):
        return path, f"{_length(was)} values", f"{_length(now)} values"
    return path, _short(was), _short(now)


def _plain(value) -> bool:
    """Whether ``value`` is data that two answers can be compared by (not an object living in the child)."""
    if isinstance(value, Handle):
        return False
    if isinstance(value, (list, tuple)):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(_plain(v) for v in value.values())
    return True


def _same(a, b) -> bool:
    """Whether two answers are the same data: equal numbers (to 12 digits), arrays, strings, containers."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, (np.ndarray, np.generic, int, float, complex)) and not isinstance(a, bool):
        x, y = np.asarray(a), np.asarray(b)
        if x.shape != y.shape or x.dtype.kind != y.dtype.kind:
            return False
        if x.dtype.kind not in "biufc":
            return bool(np.array_equal(x, y))
        return bool(np.allclose(x, y, rtol=1e-12, atol=0.0, equal_nan=True))
    return a == b


def _first_difference(a, b, path: str = ""):
    """(where, a's part, b's part) of the first place two answers differ: ``path`` such as ``['w1']`` or ``[2]``
    inside containers of the same kind and size, "" for the answers as a whole."""
    if type(a) is type(b) and isinstance(a, dict) and a.keys() == b.keys():
        key = next(k for k in a if not _same(a[k], b[k]))
        return _first_difference(a[key], b[key], f"{path}[{key!r}]")
    if type(a) is type(b) and isinstance(a, (list, tuple)) and len(a) == len(b):
        index = next(i for i, (x, y) in enumerate(zip(a, b)) if not _same(x, y))
        return _first_difference(a[index], b[index], f"{path}[{index}]")
    return path, a, b


def _length(value) -> int | None:
    """How many values a list, tuple or 1-D array holds; None for anything else."""
    if isinstance(value, (list, tuple)) or (isinstance(value, np.ndarray) and value.ndim == 1):
        return len(value)
    return None


def _short(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, np.ndarray):
        text = np.array2string(value, precision=6, threshold=8, separator=", ")
    elif isinstance(value, (float, np.floating)):
        text = f"{float(value):.6g}"
    else:
        text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _where(student, module: str, name: str) -> str:
    """Where ``name``'s own text keeps something between calls, when it shows (``kept_between_calls.stored_line``:
    a global, a mutable default, a value on the function, a cache), or draws unseeded random numbers; "" else."""
    found = stored_line(student, module, name)
    if found is not None:
        return f" ({found[1]})"
    _, node = function(student, module, name)
    for sub in ast.walk(node) if node is not None else ():
        drawn = ast.unparse(sub.func) if isinstance(sub, ast.Call) else ""
        if drawn.startswith(("np.random.", "numpy.random.", "random.")) and not (drawn.endswith("default_rng") and sub.args):
            return f" (it draws random numbers with {drawn}, not seeded, so every call draws others)"
    return ""
