"""Hints of the perceptron checks for the classes the nineteenth blind corpus showed, each said only where the
student's own answers or code confirm it: weights started with np.empty, a weight update whose result is thrown away
(np.add(w, d) alone on a line), a fit whose loops differ from the rule's (every sample against every label, the
prediction made again for each feature, a break after the first correction of an epoch), sums truncated to integers
in predict (np.sum(..., dtype=int), .astype(int)), a hasattr guard that never lets fit start from zeros, and two
settings unpacked in swapped order.

Loaded by ``test_perceptron.py`` with ``load_sibling``; handed out with the checks. Every reader is called only once
a check has failed, and gives None rather than raise on an odd answer.
"""

import ast

import numpy as np

from autograder.grading import function_source


def _method(student, name):
    return function_source.function(student, "perceptron", f"Perceptron.{name}")


EMPTY = (
    "Your fit makes its first weights with {call}: `{line}`. np.empty does not fill the array with zeros: it hands "
    "back whatever numbers happened to be left in that memory (arbitrary, leftover values), so each fit starts from "
    "other weights and learns other ones. The rule starts from zeros: use np.zeros(n_features) (and np.zeros_like "
    "for np.empty_like)."
)


def empty_hint(student):
    """EMPTY where fit (or __init__) calls np.empty or np.empty_like; said where two fits disagree."""
    try:
        for name in ("fit", "__init__"):
            source, node = _method(student, name)
            for call, called, _ in function_source.calls(node, {"empty", "empty_like"}):
                return EMPTY.format(call=f"np.{called}", line=function_source.statement_line(source, call))
    except Exception:  # a reader never raises
        return None
    return None


def _step(z):
    return 1 if z >= 0 else 0


def _fit(X, y, lr, epochs, how):
    """The rule's fit, or one of its known wrong loops (``how``), on float data; weights followed by the bias."""
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    for _epoch in range(epochs):  # the replay of a fit
        for i, x in enumerate(X):
            if how == "every_label":
                for label in y:
                    update = lr * (label - _step(x @ w + b))
                    w, b = w + update * x, b + update
                continue
            if how == "per_feature":
                update = 0.0
                for j in range(len(x)):
                    update = lr * (y[i] - _step(x @ w + b))
                    w[j] += update * x[j]
                b += update
                continue
            update = lr * (y[i] - _step(x @ w + b))
            if how != "weights_kept":
                w = w + update * x
            b += update
            if how == "first_mistake" and update != 0:
                break
    return np.append(w, b)


LOOPS = {
    "every_label": (
        "Your fit trains every sample against every label: nested loops, {line}, pair each x_i with all the "
        "labels in turn instead of its own one, so one epoch makes n * n updates. The rule pairs each sample with "
        "its own label: loop over both together, for x_i, y_i in zip(X, y)."
    ),
    "per_feature": (
        "Your fit makes the prediction again inside its loop over the features ({line}): once the first weight "
        "has moved, the later features of the same sample see a new prediction and another update. The rule "
        "predicts once per sample, from the weights as they were before that sample, and then updates every "
        "weight (and the bias) with that one update: compute prediction and update before the feature loop, or "
        "drop the loop and write self.weights += update * x_i."
    ),
    "first_mistake": (
        "Your fit stops each epoch at its first mistake: {line} leaves the sample loop after the "
        "first correction, so the rest of the samples of that epoch are never visited (one correction per epoch). "
        "The rule visits every sample in every epoch, correcting at each mistake: remove that break."
    ),
}
KEPT = (
    "Your fit never changes the weights: they stay zero after training, and only the bias learns. {why}"
)
DISCARDED = (
    "The line `{line}` computes a new array and throws the result away: {what} gives back a new array and leaves "
    "self.weights as it was (it does not work in place), so the update is discarded. Store it: "
    "self.weights = self.weights + update * x_i, or self.weights += update * x_i."
)


def _loop_line(source, node, how):
    """The student's line that fits ``how`` (nested loops, a feature loop, a break in the sample loop), or None."""
    loops = [sub for sub in ast.walk(node) if isinstance(sub, ast.For)]
    inner_loops = [loop for loop in loops if any(loop is not outer and loop in list(ast.walk(outer)) for outer in loops)]
    for loop in sorted(inner_loops, key=lambda loop: -loop.lineno):  # the innermost first
        body = "\n".join(ast.get_source_segment(source, s) or "" for s in loop.body)
        if how == "per_feature" and ("@" in body or "dot" in body) and "weights[" in body:
            return f"`{function_source.statement_line(source, loop)}`"
        if how == "first_mistake":
            for sub in ast.walk(loop):
                if isinstance(sub, ast.If) and any(isinstance(s, ast.Break) for s in sub.body):
                    return f"`{function_source.statement_line(source, sub)}` ... `break`"
    for outer in loops:
        for inner in outer.body:
            if how == "every_label" and isinstance(inner, ast.For):
                said = ast.get_source_segment(source, outer.iter) or "", ast.get_source_segment(source, inner.iter) or ""
                if "X" in said[0] and "y" in said[1] or "y" in said[0] and "X" in said[1]:
                    return (f"`{function_source.statement_line(source, outer)}` and inside it "
                            f"`{function_source.statement_line(source, inner)}`")
    return None


def _discarded(source, node):
    """A statement of fit that is a call alone whose result is thrown away and that names self.weights, or None."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Expr) and isinstance(sub.value, ast.Call) and not any(k.arg == "out" for k in sub.value.keywords):
            text = ast.get_source_segment(source, sub) or ""
            func = sub.value.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if "weights" in text and name not in {"append", "extend", "fill", "sort", "resize", "put", "setflags", "print"}:
                owner = getattr(getattr(func, "value", None), "id", None)
                return function_source.statement_line(source, sub), f"{owner}.{name}" if owner in {"np", "numpy"} else name
        if isinstance(sub, ast.Expr) and isinstance(sub.value, ast.BinOp):
            text = ast.get_source_segment(source, sub) or ""
            if "weights" in text:
                return function_source.statement_line(source, sub), "an expression alone on a line"
    return None


def fit_hint(student, cases, learned):
    """A hint where what fit learned on every data set of ``cases`` ((what, X, y, lr, epochs)) is what one of the
    known wrong loops gives (and the rule does not), naming the student's line where it can be found."""
    try:
        if not learned or len(learned) != len(cases):
            return None
        source, node = _method(student, "fit")
        if node is not None and not any(mark in (ast.get_source_segment(source, node) or "") for mark in (".fill(", "[:] =")):
            empty = empty_hint(student)  # np.empty leaves arbitrary numbers: said wherever fit learned wrong weights
            if empty:
                return empty
        for how in ("weights_kept", *LOOPS):
            replays = [_fit(X, y, lr, epochs, how) for _, X, y, lr, epochs in cases]
            if not all(r.shape == np.shape(g) and np.allclose(g, r, atol=1e-9) for g, r in zip(learned, replays)):
                continue
            if how == "weights_kept":
                found = _discarded(source, node) if node is not None else None
                if found:  # else the check's own reading of weights that never moved says it
                    return KEPT.format(why=DISCARDED.format(line=found[0], what=found[1]))
                continue
            line = _loop_line(source, node, how) if node is not None else None
            if line:
                return LOOPS[how].format(line=line)
    except Exception:  # a reader never raises
        return None
    return None


TRUNCATED = (
    "Your predict turns numbers into integers before it compares: `{line}`. There {how} cuts every value to a whole "
    "number (0.6 becomes 0, -0.75 becomes 0), so the sums, and the labels, come out wrong. Keep the sums as floats, "
    "z = X @ self.weights + self.bias, and make integers only of the labels at the end: (z >= 0).astype(int)."
)


def _truncating(source, node):
    """The line of predict that makes integers of numbers (dtype=int, .astype(int), int(...)), and how it does."""
    for sub in ast.walk(node):
        if not isinstance(sub, ast.Call):
            continue
        for keyword in sub.keywords:
            if keyword.arg == "dtype" and "int" in (ast.get_source_segment(source, keyword.value) or ""):
                return function_source.statement_line(source, sub), "dtype=int inside the sum"
        func = sub.func
        if isinstance(func, ast.Attribute) and func.attr == "astype" and sub.args:
            if "int" in (ast.get_source_segment(source, sub.args[0]) or "") and not isinstance(func.value, ast.Compare):
                return function_source.statement_line(source, sub), ".astype(int) on the products or sums"
        if isinstance(func, (ast.Name, ast.Attribute)) and getattr(func, "attr", getattr(func, "id", "")) in {"trunc", "fix"}:
            return function_source.statement_line(source, sub), "np.trunc"
    return None


def predict_hint(student, got, X, weights, bias):
    """TRUNCATED where predict's labels are those of products (or sums before the bias) cut to integers and predict's text makes
    integers before its comparison."""
    try:
        X, weights, got = np.asarray(X, dtype=float), np.asarray(weights, dtype=float), np.asarray(got, dtype=float)
        replays = [np.trunc(X * weights).sum(axis=1) + bias, np.trunc(X @ weights) + bias]  # a whole sum cut: the check says
        right = ((X @ weights + bias) >= 0).astype(float)
        if not any(got.shape == r.shape and np.array_equal(got, (r >= 0).astype(float)) and not np.array_equal(got, right)
                   for r in replays):
            return None
        source, node = _method(student, "predict")
        found = _truncating(source, node) if node is not None else None
        return TRUNCATED.format(line=found[0], how=found[1]) if found else None
    except Exception:  # a reader never raises
        return None


HASATTR = (
    "Your fit sets the zero weights only under `{line}`, but __init__ already sets self.{attr} (to None), so "
    "hasattr(self, '{attr}') is always True and the zeros are never set: training starts from None and the "
    "weights are never initialised. fit must start from zeros every time it is called: set "
    "the weights to zeros, one per feature, and the bias to 0.0 at the start of fit, with no condition around them."
)
SWAPPED = (
    "Your code unpacks two settings in swapped order: `{line}`. Python assigns by position, so {first} gets the "
    "value of {value} and the other name the other value: the two are swapped{why}. Write the names in the same order on both sides, as in lr, epochs = self.lr, "
    "self.epochs."
)


def _name(node):
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None


def _swapped(source, node):
    for sub in ast.walk(node):
        if isinstance(sub, ast.Assign) and isinstance(sub.value, ast.Tuple):
            for target in sub.targets:
                if not isinstance(target, ast.Tuple) or len(target.elts) != len(sub.value.elts):
                    continue
                left, right = [_name(e) for e in target.elts], [_name(e) for e in sub.value.elts]
                if None not in left and None not in right and sorted(left) == sorted(right) and left != right:
                    i = next(i for i, (a, b) in enumerate(zip(left, right)) if a != b)
                    value = ast.get_source_segment(source, sub.value.elts[i]) or right[i]
                    return function_source.statement_line(source, sub), left[i], value
    return None


def fit_error_hint(student, exc):
    """HASATTR where fit raised on None weights behind a hasattr guard; SWAPPED where fit raised a TypeError and the
    class unpacks two settings into each other's names."""
    try:
        message = str(getattr(exc, "raised_message", "") or "")
        source, node = _method(student, "fit")
        if node is None:
            return None
        init_source, init = _method(student, "__init__")
        set_in_init = init is not None and any(word in (ast.get_source_segment(init_source, init) or "")
                                               for word in ("self.weights", "self.bias"))
        if set_in_init and any(word in message for word in ("NoneType", "matmul", "dimensions", "None")):
            for call, _, _ in function_source.calls(node, {"hasattr"}):
                if any(isinstance(a, ast.Constant) and a.value in ("weights", "bias") for a in call.args):
                    attr = next(a.value for a in call.args if isinstance(a, ast.Constant) and a.value in ("weights", "bias"))
                    return HASATTR.format(line=function_source.statement_line(source, call), attr=attr)
        if getattr(exc, "raised", None) == "TypeError":
            for method in ("fit", "__init__"):
                source, node = _method(student, method)
                found = _swapped(source, node) if node is not None else None
                if found:
                    why = " (here range() is then given the learning rate, a float)" if "'float'" in message else ""
                    return SWAPPED.format(line=found[0], first=found[1], value=found[2], why=why)
    except Exception:  # a reader never raises
        return None
    return None


PRODUCTS = {
    "vdot": "np.vdot flattens both of its arguments into one long vector and answers a single number, so it cannot "
            "give one sum per row of X (for many samples their sizes do not even match)",
    "outer": "np.outer multiplies every entry of one argument with every entry of the other, a table of all the "
             "pairs, not one sum per sample",
    "convolve": "np.convolve slides one vector along the other (a convolution), which is not a dot product of each "
                "sample with the weights",
    "kron": "np.kron makes every product of every pair of entries (a Kronecker product), not one sum per sample",
}
PRODUCT = "Your predict computes its sums with np.{called}: `{line}`. {why}. Use the matrix product, X @ self.weights + self.bias, which gives one sum per row of X."


def product_hint(student):
    """PRODUCT where predict's text calls one of NumPy's products that is not one dot product per row (np.vdot,
    np.outer, np.convolve, np.kron); said where predict raised or answered wrong."""
    try:
        source, node = _method(student, "predict")
        for call, called, _ in function_source.calls(node, set(PRODUCTS)):
            return PRODUCT.format(called=called, line=function_source.statement_line(source, call), why=PRODUCTS[called])
    except Exception:  # a reader never raises
        return None
    return None
