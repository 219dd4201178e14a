"""Hints of the perceptron checks for the classes the twenty-first blind corpus showed, each said only where the
student's own answers or code confirm it: the epochs raised to a minimum with max(...), samples made unique (and so
sorted) with np.unique, a share of the samples kept aside for validation, an early stop once an epoch makes no
fewer mistakes, rows walked with np.nditer, a column of ones added by np.insert without axis or by appending to each
row, the weights' zeros made after the training loop, and predict's labels looked up in a classes_ array.

Loaded by ``test_perceptron.py`` with ``load_sibling``; handed out with the checks. Every reader is called only once
a check has failed, and gives None rather than raise on an odd answer.
"""

import ast
import re

import numpy as np

from autograder.grading import function_source


def _method(student, name):
    return function_source.function(student, "perceptron", f"Perceptron.{name}")


def _fit(X, y, lr, epochs):
    """The rule's fit on float data: the weights followed by the bias."""
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    for _epoch in range(epochs):  # the replay of a fit
        for x, label in zip(X, y):
            update = lr * (label - (1 if x @ w + b >= 0 else 0))
            w = w + update * x
            b += update
    return np.append(w, b)


def _same(got, want):
    return np.shape(got) == np.shape(want) and np.allclose(got, want, atol=1e-9)


def _all(learned, replays, cases):
    """Whether ``learned`` is what ``replays`` give on every case, and the rule does not give it on some."""
    rules = [_fit(X, y, lr, e) for _, X, y, lr, e in cases]
    return all(_same(g, r) for g, r in zip(learned, replays)) and not all(_same(r, q) for r, q in zip(replays, rules))


MINIMUM = (
    "Your fit never runs fewer than {floor} epochs: `{line}` takes max(...) of self.epochs and {floor}, so a "
    "perceptron asked for {asked} epochs trains for {floor}. The spec's 'AND and OR are learned within 10 epochs' "
    "says how soon the rule gets there, not a minimum to enforce: run exactly self.epochs epochs, "
    "for _ in range(self.epochs)."
)
UNIQUE = (
    "Your fit passes the samples through np.unique first (`{line}`): np.unique gives the rows back sorted (and drops "
    "repeated ones), so fit visits the samples in sorted order instead of the order given, and the perceptron's "
    "updates depend on that order. The rule visits every sample as given, first to last, repeats included: leave X "
    "and y as they are."
)
SPLIT = (
    "Your fit learns only from the first {m} of the {n} samples of {what} and never from the rest, as if those were "
    "kept aside for validation (`{line}`). A perceptron's fit has no validation share: the rule trains on all the "
    "samples, every one of them in every epoch, so loop over zip(X, y) whole."
)
EARLY = (
    "Your fit stops early: on {what} it ends after {k} of its {epochs} epochs (`{line}`, then break), although "
    "samples are still misclassified and later epochs would still change the weights: a pause in progress is no "
    "sign that training is over. The rule runs every epoch, all self.epochs of "
    "them: remove the early stop (stopping is only safe after an epoch with no mistake at all, which changes nothing)."
)


def _epochs_floor(source, node):
    """(line, floor) of a max(...) call in fit over the epochs and a whole number, or None."""
    for call, _, owner in function_source.calls(node, {"max", "maximum"}):
        texts = [ast.get_source_segment(source, a) or "" for a in call.args]
        floors = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, int) and a.value > 1]
        if floors and any("epoch" in t for t in texts):
            return function_source.statement_line(source, call), floors[0]
    return None


def _sliced(source, node):
    """The first statement of fit that slices something (X[:n]), or None."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Subscript) and isinstance(sub.slice, ast.Slice):
            return function_source.statement_line(source, sub)
    return None


def _fractions(node):
    return [s.value for s in ast.walk(node) if isinstance(s, ast.Constant) and isinstance(s.value, float) and 0 < s.value < 1]


def _clean_epoch_test(test):
    """Whether an if's test asks for a count of zero (== 0, not x): a stop meant for a clean epoch, read elsewhere."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return True
    return isinstance(test, ast.Compare) and any(isinstance(o, (ast.Eq, ast.LtE)) for o in test.ops) and any(
        isinstance(c, ast.Constant) and c.value == 0 for c in test.comparators)


def _early_stop(source, node):
    """The test line of an if in fit's epoch loop (a loop that holds another loop) whose body breaks, or None."""
    for loop in ast.walk(node):
        if not isinstance(loop, ast.For) or not any(isinstance(s, (ast.For, ast.While)) for s in ast.walk(loop) if s is not loop):
            continue
        for sub in loop.body:
            test = ast.get_source_segment(source, getattr(sub, "test", sub)) or ""
            if isinstance(sub, ast.If) and any(isinstance(s, ast.Break) for s in sub.body) and "weights" not in test and "bias" not in test and not _clean_epoch_test(sub.test):
                return function_source.statement_line(source, sub)
    return None


def fit_hint(student, cases, learned):
    """MINIMUM, UNIQUE, SPLIT or EARLY where what fit learned on every case ((what, X, y, lr, epochs)) is what that
    mistake gives, and the student's fit holds the line that makes it; None otherwise."""
    try:
        if not learned or len(learned) != len(cases):
            return None
        source, node = _method(student, "fit")
        if node is None:
            return None
        found = _epochs_floor(source, node)
        if found and _all(learned, [_fit(X, y, lr, max(e, found[1])) for _, X, y, lr, e in cases], cases):
            asked = min(e for *_, e in cases)
            return MINIMUM.format(line=found[0], floor=found[1], asked=asked if asked < found[1] else "fewer")
        for call, _, _ in function_source.calls(node, {"unique"}):
            keeps = [np.unique(np.asarray(X, dtype=float), axis=0, return_index=True)[1] for _, X, *_ in cases]
            replays = [_fit(np.asarray(X)[k], np.asarray(y)[k], lr, e) for k, (_, X, y, lr, e) in zip(keeps, cases)]
            if _all(learned, replays, cases):
                return UNIQUE.format(line=function_source.statement_line(source, call))
        line = _sliced(source, node)
        for share in _fractions(node) if line else ():
            for part in (share, 1 - share):
                counts = [int(part * len(X)) for _, X, *_ in cases]
                replays = [_fit(np.asarray(X)[:m], np.asarray(y)[:m], lr, e) for m, (_, X, y, lr, e) in zip(counts, cases)]
                if _all(learned, replays, cases):
                    at = next(i for i, (m, c) in enumerate(zip(counts, cases)) if m < len(c[1]))
                    return SPLIT.format(m=counts[at], n=len(cases[at][1]), what=cases[at][0], line=line)
        line = _early_stop(source, node)
        if line:
            stops = []
            for (what, X, y, lr, e), got in zip(cases, learned):
                k = next((k for k in range(1, e + 1) if _same(got, _fit(X, y, lr, k))), None)
                if k is None:
                    return None
                stops.append(k)
            at = next((i for i, (k, c) in enumerate(zip(stops, cases)) if k < c[4] and not _same(learned[i], _fit(c[1], c[2], c[3], c[4]))), None)
            if at is not None:
                return EARLY.format(what=cases[at][0], k=stops[at], epochs=cases[at][4], line=line)
    except Exception:  # a reader never raises
        return None
    return None


NDITER = (
    "`{line}` walks X with np.nditer, which visits X one element at a time, not one row at a time: each x_i is a "
    "single feature value (a 0-d array), so x_i @ self.weights has no vector to multiply. Loop over the rows and "
    "their labels together: for x_i, y_i in zip(X, y), where each x_i is a whole row."
)
INSERT = (
    "`{line}` calls np.insert without axis=: with no axis, np.insert flattens X into one long 1-D array and inserts a "
    "single 1.0 into it{held}, so there is no column of ones and no second axis. Say the axis: with axis=1, as in "
    "np.insert(X, 0, 1.0, axis=1), np.insert adds the 1.0 to every row."
)
APPEND = (
    "`{line}` appends the constant input 1.0 to each row of X, but fit is given NumPy arrays, and an array has no "
    ".append (the AttributeError). On a list of lists it would run, but it would change the caller's own rows, "
    "each one value longer after fit. Leave the caller's data alone: keep the bias as its own number "
    "(z = x_i @ w + b), or build a new array with the extra column, np.hstack([X, np.ones((len(X), 1))])."
)
LATE_ZEROS = (
    "self.weights is still None, as __init__ left it, when the first sample meets it: your `{line}` comes after "
    "the training loop instead of before it. Move that line before the loop, so that training starts from zeros "
    "(where it stands now it would also throw away what the loop learned)."
)


def _late_zeros(source, node):
    """The line of fit's body that sets self.weights after a loop of that body that uses them, or None."""
    body, seen_loop = node.body, False
    for statement in body:
        text = ast.get_source_segment(source, statement) or ""
        if isinstance(statement, (ast.For, ast.While)) and "self.weights" in text:
            seen_loop = True
        elif seen_loop and isinstance(statement, ast.Assign) and any(
                (ast.get_source_segment(source, t) or "") == "self.weights" for t in statement.targets):
            return function_source.statement_line(source, statement)
    return None


def fit_error_hint(student, exc):
    """NDITER, INSERT, APPEND or LATE_ZEROS where fit raised and its text holds the construct."""
    try:
        if exc is None or not exc.own_exception:  # a stub, a crash or a time-out: nothing to read
            return None
        source, node = _method(student, "fit")
        if node is None:
            return None
        held = getattr(exc, "held", None) or {}
        said = exc.raised_message or ""
        if held.get("self.weights") == "None":
            line = _late_zeros(source, node)
            if line:
                return LATE_ZEROS.format(line=line)
        zero_d = any("shape ()" in h for h in held.values()) or "has 0" in said or "0-d" in said
        for call, _, _ in function_source.calls(node, {"nditer"}) if zero_d else ():
            return NDITER.format(line=function_source.statement_line(source, call))
        for call, _, _ in function_source.calls(node, {"insert"}):
            if len(call.args) < 4 and not any(k.arg == "axis" for k in call.keywords):
                flat = next(((n, m.group(0)) for n, h in held.items() for m in [re.match(r"an array of shape \(\d+,\)", h)] if m), None)
                line = function_source.statement_line(source, call)
                if flat is None or not re.search(rf"\b{re.escape(flat[0])}\b", line):
                    continue
                return INSERT.format(line=line, held=f" (your {flat[0]} is {flat[1]}, 1-D)" if flat else "")
        if "attribute 'append'" in said:
            for call, _, _ in function_source.calls(node, {"append"}):
                if (isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name) and len(call.args) == 1
                        and isinstance(call.args[0], ast.Constant) and call.args[0].value in (1, 1.0)):
                    return APPEND.format(line=function_source.statement_line(source, call))
    except Exception:  # a reader never raises
        return None
    return None


CLASSES = (
    "Your predict looks its labels up in an array, `{line}`, scikit-learn style: {attr} holds the labels {how}, "
    "stored as floats here, so predict gives 0.0 and 1.0, floats, where an integer array belongs (and after a fit "
    "on one class only, {attr} has a single entry, and index 1 raises IndexError). The labels here are always 0 "
    "and 1: return the step itself, (z >= 0).astype(int), with no lookup."
)


def predict_dtype_hint(student, got):
    """CLASSES where predict answered floats and indexes an attribute of self that fit sets."""
    try:
        if not (isinstance(got, np.ndarray) and got.dtype.kind == "f"):
            return None
        source, node = _method(student, "predict")
        fit_source, fit = _method(student, "fit")
        for sub in ast.walk(node) if node is not None and fit is not None else ():
            if not (isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Attribute)
                    and isinstance(sub.value.value, ast.Name) and sub.value.value.id == "self"):
                continue
            attr = f"self.{sub.value.attr}"
            if sub.value.attr in ("weights", "bias"):
                continue
            made = [s for s in ast.walk(fit) if isinstance(s, ast.Assign)
                    and any((ast.get_source_segment(fit_source, t) or "") == attr for t in s.targets)]
            if made:
                uses = any(True for _ in function_source.calls(made[0].value, {"unique"}))
                how = "np.unique(y) found" if uses else "fit found in the training labels"
                return CLASSES.format(line=function_source.statement_line(source, sub), attr=attr, how=how)
    except Exception:  # a reader never raises
        return None
    return None
