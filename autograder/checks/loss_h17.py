"""Hints of the loss checks the seventeenth held-out corpus asked for, each confirmed on the student's own answers
or source before it is said: inputs turned into True/False (dtype=bool), a try/except that swallows the size
error, 2 ** (...) typed for 2 * (...) in the gradient, both inputs packed into one array, and np.fromiter, which
reads only flat sequences. Loaded by the loss checks with ``load_sibling``."""

import ast

import numpy as np

from autograder.grading.compare import Misconception
from autograder.grading import function_source
from autograder.grading.function_source import function

BOOL = (
    "Your mse_loss turns {which} into True/False values (dtype=bool, astype(bool) or a comparison such as != 0): "
    "every nonzero value then counts as 1, so a target of 0.5, 3 or -2 is compared as if it were 1. The MSE takes "
    "any real numbers: convert with np.asarray(..., dtype=float), never to bool."
)
SWALLOWED = (
    "Your {name} wraps its computation in try/except and returns a value from the except branch, so the ValueError "
    "for inputs of different sizes is caught and silenced instead of reaching the caller (and NumPy broadcasts one "
    "value against many without any error to catch). Drop the try/except; compare y_true.size with y_pred.size "
    "and raise ValueError yourself when they differ."
)
POWER = (
    "Your gradient computes 2 ** (y_pred - y_true) / N: ** is the power operator, so 2 is raised to the power of "
    "the difference (every entry positive, and 1 / N where prediction and target agree). The derivative multiplies: "
    "2 * (y_pred - y_true) / N, with * for times."
)
ONE_ARRAY = (
    "Your {name} converts both inputs in one call, np.array([y_true, y_pred]) (or np.asarray of the pair), which "
    "stacks them into a single array and so needs the two to have the same shape: (n,) and (n, 1) hold the same n "
    "values but cannot be stacked together. Convert each input on its own, y_true = np.asarray(y_true, "
    "dtype=float).ravel(), and the same for y_pred."
)
FROMITER = (
    "Your {name} converts its inputs with np.fromiter, which reads only a flat sequence of single numbers: a "
    "column (n, 1) yields rows, not numbers, and a plain number cannot be iterated at all. Use "
    "np.asarray(y, dtype=float).ravel(), which takes numbers, lists and arrays of any shape."
)


def _mse(t, p):
    return float(np.mean((np.ravel(t) - np.ravel(p)) ** 2))


def bool_hint(cases, replies):
    """BOOL where every mse_loss answer so far is the MSE with y_true (or y_pred) made 0/1 by != 0, and differs from
    the right one somewhere."""
    for index, which in ((0, "y_true"), (1, "y_pred")):
        told, fits = False, True
        for case, reply in zip(cases, replies.before_failure()):
            pair = [np.asarray(case[0], dtype=float), np.asarray(case[1], dtype=float)]
            if pair[0].size != pair[1].size:
                continue
            right = _mse(*pair)
            pair[index] = (pair[index] != 0).astype(float)
            try:
                got = float(reply[0])
            except (TypeError, ValueError, IndexError):
                return None
            fits = fits and np.isclose(got, _mse(*pair), rtol=1e-7, atol=1e-12)
            told = told or not np.isclose(right, _mse(*pair), rtol=1e-6)
        if fits and told:
            return BOOL.format(which=which)
    return None


def _catches(handler):
    kind = handler.type
    names = [kind] if not isinstance(kind, ast.Tuple) else list(kind.elts)
    return kind is None or any(isinstance(n, ast.Name) and n.id in ("ValueError", "Exception", "BaseException")
                               for n in names)


def swallowed_hint(student, name):
    """SWALLOWED where ``name``'s source has a try whose handler for ValueError (or every exception) returns."""
    source, node = function(student, "loss", name)
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.Try) and any(_catches(h) and any(isinstance(s, ast.Return) for b in h.body
                                                                for s in ast.walk(b)) for h in sub.handlers):
            return SWALLOWED.format(name=name)
    return None


def power_mistakes(y_true, y_pred):
    """The gradient with 2 ** (y_pred - y_true) where 2 * (y_pred - y_true) belongs, in y_pred's shape."""
    t, p = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    if t.size != p.size or p.size == 0:
        return []
    with np.errstate(all="ignore"):
        return [Misconception(POWER, 2.0 ** (p - t.reshape(p.shape)) / p.size)]


def _params(node):
    return {a.arg for a in node.args.args[:2]}


def one_array_hint(student, name, exc):
    """ONE_ARRAY where ``exc`` is NumPy's inhomogeneous-shape ValueError and ``name`` calls np.array/asarray on a
    list or tuple that holds both of its parameters."""
    if exc.raised != "ValueError" or "inhomogeneous" not in (exc.raised_message or ""):
        return None
    _, node = function(student, "loss", name)
    for call, _, _ in function_source.calls(node, ("array", "asarray", "asanyarray", "stack", "vstack")):
        for arg in call.args[:1]:
            if isinstance(arg, (ast.List, ast.Tuple)):
                inside = {n.id for e in arg.elts for n in ast.walk(e) if isinstance(n, ast.Name)}
                if _params(node) <= inside:
                    return ONE_ARRAY.format(name=name)
    return None


def fromiter_hint(student, name, exc):
    """FROMITER where ``exc`` is what np.fromiter raises on a 2-D input or a number and ``name`` calls fromiter."""
    message = exc.raised_message or ""
    if not ((exc.raised == "ValueError" and "sequence" in message) or (exc.raised == "TypeError" and "iterable" in message)):
        return None
    _, node = function(student, "loss", name)
    return FROMITER.format(name=name) if next(function_source.calls(node, ("fromiter",)), None) is not None else None


GUARDED = (
    "Your {name} calls itself on purpose, under a condition (line {line}: {code}), but the call it makes still meets "
    "that condition: {kept} is passed on as it came, so each call makes the same call again until Python gives up "
    "(RecursionError). A recursive call must change its arguments so that the next call takes the other branch: "
    "flatten both inputs in it, or flatten them at the top of the function without any recursion."
)


def guarded_recursion_hint(student, name, exc):
    """GUARDED where ``exc`` is a RecursionError and ``name`` calls itself inside an if, passing one of its own two
    parameters unchanged (the other one flattened, say)."""
    if exc.raised != "RecursionError":
        return None
    source, node = function(student, "loss", name)
    params = [a.arg for a in node.args.args[:2]] if node is not None else []
    for branch in ast.walk(node) if node is not None else ():
        if not isinstance(branch, ast.If):
            continue
        for call in (c for s in branch.body for c, _, _ in function_source.calls(s, (name,))):
            kept = [a.id for a in call.args if isinstance(a, ast.Name) and a.id in params]
            if kept and len(call.args) >= 2:
                code = (ast.get_source_segment(source, call) or name).strip()
                return GUARDED.format(name=name, line=call.lineno, code=code, kept=kept[0])
    return None


def error_hint(student, name, exc):
    """The first of ONE_ARRAY, FROMITER and GUARDED that ``exc`` and ``name``'s source confirm."""
    return one_array_hint(student, name, exc) or fromiter_hint(student, name, exc) or guarded_recursion_hint(
        student, name, exc)
