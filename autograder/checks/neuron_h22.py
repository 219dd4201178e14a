"""Readers of the neuron checks for the heldout22 classes, each naming a cause only once the numbers and the
student's own code both show it:

- Neuron.feedforward squashing its total with another S-shaped function than the logistic sigmoid (softsign,
  the "fast sigmoid" z / (1 + |z|), tanh, a hard sigmoid), replayed on every case the check asked;
- TinyNetwork.feedforward answering with the hidden outputs of the call before (state kept on self): each new
  network's first answer wrong and its second, asked with the same x, right, and feedforward both assigning and
  reading an attribute of self;
- count_parameters setting its running total back to its start between two loops, found in the source.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import ast

import numpy as np

from autograder.grading.compare import is_number
from autograder.grading.function_source import function
from autograder.sandbox.session import StudentError

SQUASHES = (
    ("total / (1 + |total|), the softsign (sold as a 'fast sigmoid' approximation), whose outputs lie between -1 "
     "and 1", lambda z: z / (1.0 + np.abs(z))),
    ("(1 + total / (1 + |total|)) / 2, the softsign moved into (0, 1) (a 'fast sigmoid' approximation)",
     lambda z: 0.5 * (1.0 + z / (1.0 + np.abs(z)))),
    ("tanh(total), whose outputs lie between -1 and 1", np.tanh),
    ("total / sqrt(1 + total**2), an algebraic squash whose outputs lie between -1 and 1",
     lambda z: z / np.sqrt(1.0 + z * z)),
    ("a hard sigmoid, clip(0.2 * total + 0.5, 0, 1), a piecewise-straight approximation",
     lambda z: np.clip(0.2 * z + 0.5, 0.0, 1.0)),
)
OTHER_SQUASH = (
    "Your Neuron squashes its total (weights . inputs + bias) with {what}, on every input the check tried: that is "
    "not the logistic sigmoid the spec asks for. The sigmoid is 1 / (1 + exp(-total)), always between 0 and 1 "
    "(the lesson's example, total = 7, gives 0.999089): compute the total as you do, then return sigmoid(total) "
    "with np.exp, or the module's own sigmoid."
)


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def squash_hint(cases, replies):
    """OTHER_SQUASH when every reply (one per case: weights, bias, x, ...) is a number, some is wrong, and all are
    one of SQUASHES of the case's weighted sum plus bias; None otherwise (checked cheaply first: all right)."""
    try:
        if len(cases) < 3 or len(replies) != len(cases) or not all(is_number(r) for r in replies):
            return None
        totals = np.array([float(np.dot(np.asarray(c[0], dtype=float), np.asarray(c[2], dtype=float)) + c[1])
                           for c in cases])  # fmt: skip
        got = np.array([float(r) for r in replies])
        if np.allclose(got, _sigmoid(totals), rtol=1e-7, atol=1e-12):
            return None
        for what, squash in SQUASHES:
            if np.allclose(got, squash(totals), rtol=1e-7, atol=1e-12):
                return OTHER_SQUASH.format(what=what)
    except Exception:
        return None
    return None


LAGGED = (
    "Your TinyNetwork's first answer is wrong ({first:.6g} for the lesson's example, where {right:.6g} is right) and "
    "the second, asked with the same x, is right: o1 is fed the hidden outputs kept from the call before, not this "
    "call's. Your feedforward stores them on self ({stored}) and reads {read} to feed o1, so the first call gets the "
    "starting value and each later call the previous input's outputs. Keep no state between calls: hand o1 the two "
    "hidden outputs this very call has just computed."
)


def lagged_hint(student, cases, found, expected):
    """LAGGED when, for every case of TinyNetwork's check, the first answer (``found``: answer, x after, second
    answer) is wrong and the second right, and TinyNetwork.feedforward assigns an attribute of self and reads one
    (or getattr(self, ...)) before it; None otherwise (all right: returned first)."""
    try:
        firsts = [f[0] for f in found]
        seconds = [f[2] for f in found]
        if not all(is_number(a) and is_number(b) for a, b in zip(firsts, seconds)):
            return None
        if any(np.isclose(float(a), r, rtol=1e-7, atol=1e-12) for a, r in zip(firsts, expected)):
            return None
        if not all(np.isclose(float(b), r, rtol=1e-7, atol=1e-12) for b, r in zip(seconds, expected)):
            return None
        source, node = function(student, "neuron", "TinyNetwork.feedforward")
        if node is None:
            return None
        stored = [t for s in ast.walk(node) if isinstance(s, (ast.Assign, ast.AugAssign))
                  for t in (s.targets if isinstance(s, ast.Assign) else [s.target])
                  if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self"
                  and t.attr not in ("h1", "h2", "o1")]  # fmt: skip
        if not stored:
            return None
        names = {t.attr for t in stored}
        reads = [n for n in ast.walk(node) if (isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Load)
                 and isinstance(n.value, ast.Name) and n.value.id == "self" and n.attr in names) or
                 (isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "getattr"
                  and n.args and isinstance(n.args[0], ast.Name) and n.args[0].id == "self")]  # fmt: skip
        if not reads:
            return None
        read = ast.get_source_segment(source, reads[0]) or ast.unparse(reads[0])
        return LAGGED.format(first=float(firsts[0]), right=float(expected[0]),
                             stored=", ".join(sorted(f"self.{n}" for n in names)), read=f"`{read}`")
    except (StudentError, Exception):
        return None


RESET = (
    "Line {line} of your neuron.py, `{code}`, sets {name} back to {start} after the loop on line {loop} has added "
    "into it: everything that loop counted is thrown away, and only what is added after the reset is returned "
    "({got} for {sizes}, where {right} is right). Set {name} to {start} once, before the first loop, and let both "
    "loops add to the same total (the weights a * b of each pair of layers, and the biases b)."
)


def reset_hint(student, sizes, got, right):
    """RESET when count_parameters assigns one name a constant twice in the same block, with a loop between them
    that adds into that name and nothing reading it between that loop and the reset; None otherwise."""
    try:
        source, node = function(student, "neuron", "count_parameters")
        if node is None:
            return None
        for block in (getattr(n, "body", None) for n in ast.walk(node)):
            if not isinstance(block, list):
                continue
            for i, first in enumerate(block):
                name = _constant_target(first)
                if name is None:
                    continue
                for j in range(i + 1, len(block)):
                    again = block[j]
                    if _constant_target(again) == name and ast.unparse(again.value) == ast.unparse(first.value):
                        between = block[i + 1:j]
                        loops = [s for s in between if isinstance(s, (ast.For, ast.While)) and _adds_into(s, name)]
                        if loops and not any(_reads(s, name) for s in between if not isinstance(s, (ast.For, ast.While))):
                            code = (ast.get_source_segment(source, again) or ast.unparse(again)).strip()
                            return RESET.format(line=again.lineno, code=code, name=name, start=ast.unparse(again.value),
                                                loop=loops[-1].lineno, got=got, sizes=list(sizes), right=right)
                        break
                    if _reads(again, name) and not isinstance(again, (ast.For, ast.While)):
                        break
    except Exception:
        return None
    return None


def _constant_target(statement):
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name) \
            and isinstance(statement.value, ast.Constant) and isinstance(statement.value.value, (int, float)):
        return statement.targets[0].id
    return None


def _adds_into(loop, name):
    return any(isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name) and n.target.id == name
               for n in ast.walk(loop)) or any(
        isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)
        and any(isinstance(m, ast.Name) and m.id == name for m in ast.walk(n.value)) for n in ast.walk(loop))


def _reads(statement, name):
    return any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load) for n in ast.walk(statement))


REBOUND_IN_LOOP = (
    "Line {line} of your neuron.py, `{code}`, rebinds {name} inside the loop over the neurons: after the first pass, "
    "{name} is no longer the network's input but what the neuron before gave, so each later neuron is fed that "
    "output in place of the input{after}. In the lesson's network h1 and h2 each take the same input x, and o1 "
    "takes their two outputs: ask h1 and h2 once each on that same input, keep their two outputs in a new list "
    "(not under {name}), and hand that list to o1."
)


def loop_rebinds_hint(student):
    """REBOUND_IN_LOOP when TinyNetwork.feedforward has a loop whose body assigns its input parameter a value that
    calls feedforward on that same name (each neuron fed the one before's output); None otherwise."""
    try:
        source, node = function(student, "neuron", "TinyNetwork.feedforward")
        if node is None or len(node.args.args) < 2:
            return None
        for loop in (n for n in ast.walk(node) if isinstance(n, ast.For)):
            each = {n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)}  # one neuron a pass
            for statement in (s for part in loop.body for s in ast.walk(part)):
                if not isinstance(statement, ast.Assign) or any(isinstance(n, (ast.ListComp, ast.GeneratorExp))
                                                                for n in ast.walk(statement.value)):
                    continue  # a comprehension over a layer feeds every neuron the same input
                targets = [t.id for t in statement.targets if isinstance(t, ast.Name)]
                name = next((t for t in targets if any(
                    isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "feedforward"
                    and isinstance(c.func.value, ast.Name) and c.func.value.id in each
                    and any(isinstance(m, ast.Name) and m.id == t for a in c.args for m in ast.walk(a))
                    for c in ast.walk(statement.value))), None)
                if name is not None:
                    code = (ast.get_source_segment(source, statement) or ast.unparse(statement)).strip()
                    after = [s for s in node.body if s.lineno > loop.lineno and s is not loop and any(
                        isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "feedforward"
                        and any(isinstance(a, ast.Name) and a.id == name for a in c.args) for c in ast.walk(s))]
                    return REBOUND_IN_LOOP.format(line=statement.lineno, code=code, name=name, after=(
                        f", and what the line after the loop hands o1 is the last neuron's output" if after else ""))
    except Exception:
        return None
    return None
