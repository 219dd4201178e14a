"""Readers of the perceptron checks that find one construct in the student's fit or predict and confirm it, once a
check has failed: a method named without its call brackets (``.copy``), a prediction with a tolerance round 0
(np.isclose), a prediction clipped into [0, 1] instead of stepped, a prediction set to 1 in an ``if`` and never set
back to 0, ``self.__init__()`` called again in fit (lr and epochs back to their defaults), samples visited in a
shuffled order, np.where's two values swapped in predict, and a column of ones put first while the bias is appended
last (or the other way round).

A rule read off the answers is confirmed by replaying it with NumPy on every data set the check used (the reference
is never asked anything new). Loaded by ``test_perceptron.py`` with ``load_sibling``; every reader gives None
rather than raise.
"""

import ast

import numpy as np

from autograder.grading import function_source

METHODS = {"copy", "flatten", "ravel", "tolist", "squeeze", "transpose", "astype", "reshape", "mean", "sum", "item"}
UNCALLED = (
    "Line {lineno} of your {method}, `{line}`, names the method .{name} without calling it: with no brackets, "
    "{target} becomes the method itself (a 'builtin_function_or_method'), not the {what}, so the next line that asks "
    "{target} for .shape or an element raises AttributeError. Call it: .{name}()."
)
ISCLOSE = (
    "Line {lineno} of your fit, `{line}`, counts a sum within np.isclose's tolerance of 0 (about 1e-8) as reaching 0. "
    "Floating-point rounding makes sums a hair below 0 (such as -2.8e-17), which the rule's z >= 0 sends to 0 and your "
    "tolerance sends to 1: what fit learned on every data set here is what that tolerance gives. The step is exact: prediction = 1 if "
    "z >= 0 else 0, with no tolerance."
)
CLIPPED = (
    "Line {lineno} of your fit, `{line}`, clips the weighted sum into [0, 1] and uses that as the prediction: a sum "
    "of 0.3 then predicts 0.3, so the update lr * (y - prediction) is a fraction, where the rule's prediction is the "
    "0/1 step. What fit learned on every data set here is what the clipped prediction gives. Predict with the step: "
    "prediction = 1 if z >= 0 else 0."
)
STICKY = (
    "In your fit, `{line}` sets {name} to 1 when the sum is >= 0, but nothing sets it back to 0 when the sum is below "
    "0: {name} keeps the previous sample's value, so once one sample has fired, every later sample predicts 1. What "
    "fit learned on every data set here is what that stale prediction gives. Set it on every sample: add an else "
    "that sets {name} = 0, or write {name} = 1 if z >= 0 else 0."
)
INIT_AGAIN = (
    "Line {lineno} of your fit, `{line}`, runs the constructor (__init__) again, and it puts lr and epochs back to "
    "their defaults ({defaults}): Perceptron(lr=0.1, epochs=10).fit then trains with the default settings, which is "
    "what fit learned on every data set here. Leave __init__ alone in fit: set only the weights and the bias afresh "
    "(the weights to zeros and the bias to 0)."
)
SHUFFLED = (
    "Line {lineno} of your fit, `{line}`, shuffles the samples (a random order, a permutation) before visiting them. "
    "The perceptron rule visits the samples in the order given, and its weights depend on that order, so a shuffled "
    "order learns other weights than the rule (even with a fixed seed). Leave the order alone: visit the rows of X first to last, each with its own label."
)
WHERE_SWAPPED = (
    "Your predict gives 0 exactly where the step gives 1 and 1 where it gives 0: every label is inverted. In `{line}` "
    "the two values of np.where are in the wrong order: np.where(condition, a, b) gives a where the condition holds "
    "and b elsewhere. Swap them: np.where(z >= 0, 1, 0)."
)
INVERTED = (
    "Your predict gives 0 exactly where the step gives 1 and 1 where it gives 0: every label is inverted (the "
    "comparison, or the two values it picks between, are the wrong way round). predict gives 1 where "
    "X @ weights + bias >= 0 and 0 elsewhere."
)
COLUMN_ORDER = (
    "Your predict puts the bias and the column of ones in different positions: in `{line}` the column of ones goes "
    "{ones} while the bias goes {bias} of the weights, so the bias multiplies a feature and a weight multiplies the "
    "ones. Every label it gave here is what that mismatch gives. Put the ones and the bias in the same position (both "
    "first or both last), or leave the trick out: X @ self.weights + self.bias."
)


def _method(student, name):
    return function_source.function(student, "perceptron", f"Perceptron.{name}")


def _line(source, node):
    return function_source.statement_line(source, node), node.lineno


def uncalled_method_hint(student, exc):
    """UNCALLED where the error says a method object lacks an attribute and fit (or predict) assigns a known array
    method, not called, to a name."""
    try:
        if "builtin_function_or_method" not in str(exc) and "'method' object" not in str(exc):
            return None
        for method in ("fit", "predict"):
            source, node = _method(student, method)
            for sub in ast.walk(node) if node is not None else ():
                if (isinstance(sub, ast.Assign) and isinstance(sub.value, ast.Attribute)
                        and sub.value.attr in METHODS):  # fmt: skip
                    line, lineno = _line(source, sub)
                    what = "copy" if sub.value.attr == "copy" else "array it gives"
                    return UNCALLED.format(lineno=lineno, method=method, line=line, name=sub.value.attr,
                                           target=function_source.as_written(sub.targets[0]), what=what)
    except Exception:  # a reader never raises
        return None
    return None


def _replay(X, y, lr, epochs, step):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b, prediction = np.zeros(X.shape[1]), 0.0, 0
    for _epoch in range(epochs):  # the replay of a fit with another prediction
        for row, label in zip(X, y):
            prediction = step(float(row @ w + b), prediction)
            update = lr * (label - prediction)
            w, b = w + update * row, b + update
    return np.append(w, b)


def _explains(cases, learned, step, settings=None):
    try:
        return all(np.allclose(_replay(X, y, *(settings or (lr, epochs)), step), got, atol=1e-6)
                   for (_, X, y, lr, epochs), got in zip(cases, learned))  # fmt: skip
    except Exception:
        return False


def _defaults(student):
    """(lr, epochs) as the student's __init__ defaults them, or None."""
    _, node = _method(student, "__init__")
    args = node.args.args[-len(node.args.defaults):] if node is not None and node.args.defaults else []
    values = {a.arg: d.value for a, d in zip(args, node.args.defaults) if isinstance(d, ast.Constant)} if args else {}
    return (values["lr"], values["epochs"]) if {"lr", "epochs"} <= values.keys() else None


def fit_hint(student, cases, learned):
    """A construct of fit's text, named where its replay gives what fit learned on every data set (the shuffle,
    which cannot be replayed, is named where fit's text calls one)."""
    try:
        source, node = _method(student, "fit")
        if node is None or not learned:
            return None
        for call, name, _ in function_source.calls(node, {"isclose", "allclose"}):
            if _explains(cases, learned, lambda z, _: int(z > 0 or bool(np.isclose(z, 0)))):
                return ISCLOSE.format(line=_line(source, call)[0], lineno=call.lineno)
        for call, name, _ in function_source.calls(node, {"clip", "minimum", "maximum", "min", "max"}):
            if _explains(cases, learned, lambda z, _: min(max(z, 0.0), 1.0)):
                return CLIPPED.format(line=_line(source, call)[0], lineno=call.lineno)
        for call, name, owner in function_source.calls(node, {"__init__"}):
            settings = _defaults(student)
            if settings and _explains(cases, learned, lambda z, _: int(z >= 0), settings):
                return INIT_AGAIN.format(line=_line(source, call)[0], lineno=call.lineno,
                                         defaults=f"lr={settings[0]}, epochs={settings[1]}")
        for call, name, _ in function_source.calls(node, {"permutation", "shuffle", "permuted", "sample", "choice"}):
            return SHUFFLED.format(line=_line(source, call)[0], lineno=call.lineno)
        if _explains(cases, learned, lambda z, previous: 1 if z >= 0 else previous):
            for sub in ast.walk(node):
                if isinstance(sub, ast.If) and not sub.orelse and len(sub.body) == 1 and isinstance(sub.body[0], ast.Assign):
                    target = sub.body[0].targets[0]
                    if isinstance(target, ast.Name):
                        return STICKY.format(line=_line(source, sub)[0] + " " + _line(source, sub.body[0])[0], name=target.id)
    except Exception:  # a reader never raises
        return None
    return None


def predict_hint(student, got, X, weights, bias):
    """WHERE_SWAPPED (or INVERTED) where every label is the step's inverted; COLUMN_ORDER where predict's labels are
    those of ones and bias in different positions and predict's text builds such an augmented product."""
    try:
        got = np.asarray(got, dtype=float).reshape(-1)
        samples = np.asarray(X, dtype=float)
        expected = (samples @ weights + bias >= 0).astype(float)
        if got.shape != expected.shape:
            return None
        source, node = _method(student, "predict")
        if np.array_equal(got, 1 - expected):
            for call, _, _ in function_source.calls(node, {"where"}):
                return WHERE_SWAPPED.format(line=_line(source, call)[0])
            return INVERTED
        ones_first = (weights[0] + samples[:, :-1] @ weights[1:] + samples[:, -1] * bias >= 0).astype(float)
        ones_last = (bias * samples[:, 0] + samples[:, 1:] @ weights[:-1] + weights[-1] >= 0).astype(float)
        for labels, ones, where in ((ones_first, "first", "last"), (ones_last, "last", "first")):
            if np.array_equal(got, labels) and not np.array_equal(labels, expected):
                builders = {"ones", "c_", "append", "hstack", "concatenate", "insert", "column_stack", "r_", "ones_like"}
                found = [c for c, _, _ in function_source.calls(node, builders)]
                found += [s for s in ast.walk(node) if isinstance(s, ast.Subscript) and isinstance(s.value, ast.Attribute)
                          and s.value.attr in ("c_", "r_")]  # fmt: skip
                if found:
                    return COLUMN_ORDER.format(line=_line(source, found[0])[0], ones=ones, bias=where)
    except Exception:  # a reader never raises
        return None
    return None
