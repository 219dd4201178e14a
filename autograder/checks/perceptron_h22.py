"""Hints of the perceptron checks for the classes the twenty-second blind corpus showed, each said only where the
student's own answers or code confirm it: a prediction made by rounding (round(sigmoid(z)) rounds 0.5 down), a
sample predicted again between the bias's update and the weights' (or the other way round), a check of the data
that compares the number of features (X.shape[1]) with the number of labels, and predict's labels kept in an
array of dtype object.

Loaded by ``test_perceptron.py`` with ``load_sibling``; handed out with the checks. Every reader is called only once
a check has failed, and gives None rather than raise on an odd answer.
"""

import ast

import numpy as np

from autograder.grading import function_source

ROUNDED = (
    "Your fit predicts with a rounding, `{line}`. At a weighted sum of exactly 0 (the very first sample, with the "
    "weights and bias still 0) the sigmoid is 0.5, and Python's round (NumPy's too) rounds a half to the even "
    "number, 0: so your prediction is 0 there, where the perceptron's step gives 1 (it fires at z >= 0, zero "
    "included). What fit learned on every data set here is what the rule gives with that tie-break. The perceptron "
    "needs no sigmoid and no rounding: prediction = 1 if z >= 0 else 0."
)
ROUNDERS = {"round", "rint", "around"}
PREDICTED_AGAIN = (
    "Your fit predicts each sample twice: `{first}` first, then, after `{moved}` has moved the {part}, `{again}` "
    "predicts the same sample again with the new {part}, and the {other}'s update uses that second prediction. What "
    "fit learned on every data set here is what that order gives. The rule makes one prediction per sample, with "
    "the weights and the bias as they were before it, and both updates use it: compute the prediction and the update "
    "once, then change the weights and the bias (in either order)."
)
ELSE_ON_SECOND = (
    "In your fit, `{first}` sets {name}, but the next test, `{second}`, is a separate if, and the else after it "
    "belongs to that second if alone: whenever the second test is false, even right after the first if has set "
    "{name}, the else runs `{other}` and overwrites it. So a missed positive sample (label 1, sum below 0) never "
    "moves the weights or the bias; what fit learned on every data set here is just that. Write the second test as "
    "elif, so the else runs only when neither test holds."
)
FEATURES_FOR_SAMPLES = (
    "Your fit raises ValueError on ordinary data (X of shape (4, 2) with 4 labels): its test `{test}` compares "
    "{features}, the number of features (X's columns, 2 here), with the number of labels. The labels go one per "
    "sample, and the samples are X's rows: compare X.shape[0] (or len(X)) with len(y), or leave the test out."
)
OBJECT = (
    "Your predict returns an array of dtype object{where}: NumPy keeps each entry as a Python object in a box, not "
    "as a number, so the array is no integer array (and the grader cannot read it as one). Ask NumPy for integers: "
    "dtype=int in place of dtype=object, or simply (z >= 0).astype(int) on the array of sums."
)


def _method(student, name):
    return function_source.function(student, "perceptron", f"Perceptron.{name}")


def _replay(X, y, lr, epochs, how):
    """The rule's fit on float data, with ``how`` one of "rounded" (a sum of 0 predicts 0), "bias first" (the
    bias moves, the sample is predicted again for the weights) or "weights first"."""
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    for _epoch in range(epochs):  # the replay of a fit
        for x, label in zip(X, y):
            z = x @ w + b
            prediction = (1 if z > 0 else 0) if how == "rounded" else (1 if z >= 0 else 0)
            update = lr * (label - prediction) if how != "lowered only" or label == 0 else 0.0
            if how == "bias first":
                b += update
                w = w + lr * (label - (1 if x @ w + b >= 0 else 0)) * x
            elif how == "weights first":
                w = w + update * x
                b += lr * (label - (1 if x @ w + b >= 0 else 0))
            else:
                w, b = w + update * x, b + update
    return np.append(w, b)


def _explains(learned, cases, how):
    """Whether the replay ``how`` gives what fit learned on every case, and the rule does not on some."""
    replays = [_replay(X, y, lr, e, how) for _, X, y, lr, e in cases]
    rules = [_replay(X, y, lr, e, "rule") for _, X, y, lr, e in cases]
    same = all(np.shape(g) == np.shape(r) and np.allclose(g, r, atol=1e-9) for g, r in zip(learned, replays))
    return same and not all(np.shape(g) == np.shape(r) and np.allclose(g, r, atol=1e-9) for g, r in zip(learned, rules))


def _assigned(statement):
    """The names (or self.attributes) a statement assigns."""
    targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target] if isinstance(statement, (ast.AugAssign, ast.AnnAssign)) else []
    out = set()
    for t in targets:
        for n in ast.walk(t):
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
                out.add(n.id)
            elif isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Store):
                out.add("." + n.attr)
    return out


def _predicted_again(source, node):
    """(first, moved, again, part) where one loop body assigns a name, then self.bias or self.weights, then that
    name again; None otherwise."""
    for loop in [s for s in ast.walk(node) if isinstance(s, (ast.For, ast.While))]:
        body = loop.body
        for i, first in enumerate(body):
            for name in _assigned(first) - {".bias", ".weights"}:
                for j in range(i + 1, len(body)):
                    moved = body[j]
                    part = next((p for p in ("bias", "weights") if "." + p in _assigned(moved)), None)
                    if part is None:
                        continue
                    again = next((s for s in body[j + 1:] if name in _assigned(s)), None)
                    if again is not None:
                        line = function_source.statement_line
                        return line(source, first), line(source, moved), line(source, again), part
    return None


def _else_on_second_if(source, node):
    """(first test, second test, the else's line, name) where an if (with no else) that assigns a name is followed
    at once by a separate if whose else assigns that name again; None otherwise."""
    line = function_source.statement_line
    for body in [s.body for s in ast.walk(node) if isinstance(s, (ast.For, ast.While, ast.FunctionDef))]:
        for first, second in zip(body, body[1:]):
            if not (isinstance(first, ast.If) and not first.orelse and isinstance(second, ast.If) and second.orelse):
                continue
            if isinstance(second.orelse[0], ast.If):  # an elif chain of its own
                continue
            names = set().union(*(_assigned(s) for s in first.body))
            overwrite = next((s for s in second.orelse if names & _assigned(s)), None)
            if overwrite is not None:
                name = sorted(names & _assigned(overwrite))[0].lstrip(".")
                return line(source, first), line(source, second), line(source, overwrite), name
    return None


def fit_hint(student, cases, learned):
    """ROUNDED or PREDICTED_AGAIN where what fit learned on every case is what that mistake gives and fit's text
    holds its construct; None otherwise."""
    try:
        if not learned or len(learned) != len(cases):
            return None
        source, node = _method(student, "fit")
        if node is None:
            return None
        rounders = [c for c, _, _ in function_source.calls(node, ROUNDERS)]
        if rounders and _explains(learned, cases, "rounded"):
            return ROUNDED.format(line=function_source.statement_line(source, rounders[0]))
        found = _else_on_second_if(source, node)
        if found and _explains(learned, cases, "lowered only"):
            return ELSE_ON_SECOND.format(first=found[0], second=found[1], other=found[2], name=found[3])
        found = _predicted_again(source, node)
        if found and _explains(learned, cases, f"{found[3]} first"):
            first, moved, again, part = found
            return PREDICTED_AGAIN.format(first=first, moved=moved, again=again, part=part,
                                          other="weights" if part == "bias" else "bias")
    except Exception:  # a reader never raises
        return None
    return None


def _features_count(test):
    """The text of X.shape[1] or len(X[0]) in ``test``; None when there is none."""
    for sub in ast.walk(test):
        if (isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Attribute) and sub.value.attr == "shape"
                and isinstance(sub.slice, ast.Constant) and sub.slice.value in (1, -1)):  # fmt: skip
            return ast.unparse(sub)
        if (isinstance(sub, ast.Call) and getattr(sub.func, "id", None) == "len" and sub.args
                and isinstance(sub.args[0], ast.Subscript) and isinstance(sub.args[0].slice, ast.Constant)
                and sub.args[0].slice.value == 0):  # fmt: skip
            return ast.unparse(sub)
    return None


def fit_error_hint(student, exc):
    """FEATURES_FOR_SAMPLES where fit raised ValueError from a raise under an if whose test reads X.shape[1]."""
    try:
        if exc is None or not exc.own_exception or exc.raised != "ValueError":
            return None
        source, node = _method(student, "fit")
        if node is None:
            return None
        for sub in ast.walk(node):
            if isinstance(sub, ast.If) and any(isinstance(s, ast.Raise) for s in sub.body):
                features = _features_count(sub.test)
                if features:
                    return FEATURES_FOR_SAMPLES.format(test=f"if {ast.unparse(sub.test)}", features=features)
    except Exception:  # a reader never raises
        return None
    return None


def object_hint(student, exc):
    """OBJECT where predict's answer could not be read as it is an array of dtype object, with the line that asks
    for dtype object where predict's text holds one."""
    try:
        if "dtype object" not in (getattr(exc, "message", "") or "") or "predict" not in exc.message:
            return None
        where = ""
        source, node = _method(student, "predict")
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.Call) and (
                    any(k.arg == "dtype" and isinstance(k.value, ast.Name) and k.value.id == "object" for k in sub.keywords)
                    or (getattr(sub.func, "attr", None) == "astype" and sub.args and getattr(sub.args[0], "id", None) == "object")):  # fmt: skip
                where = f" (`{function_source.statement_line(source, sub)}` asks for it)"
                break
        return OBJECT.format(where=where)
    except Exception:  # a reader never raises
        return None
