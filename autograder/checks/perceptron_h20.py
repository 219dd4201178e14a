"""Hints of the perceptron checks for the classes the twentieth blind corpus showed, each said only where the
student's own answers or code confirm it: a convergence check against a second name for the same weights array, the
bias moved inside a loop over the features, a return at the first sample already right, a start other than zeros
(the bias at the mean label, say), samples of all zeros skipped, weights made by np.zeros_like of a count or by a
method that works in place and returns None (.fill), and predict's bias added as a column (n, 1).

Loaded by ``test_perceptron.py`` with ``load_sibling``; handed out with the checks. Every reader is called only once
a check has failed, and gives None rather than raise on an odd answer.
"""

import ast

import numpy as np

from autograder.grading import function_source


def _method(student, name):
    return function_source.function(student, "perceptron", f"Perceptron.{name}")


def _step(z):
    return 1 if z >= 0 else 0


def _fit(X, y, lr, epochs, how, start=None):
    """The rule's fit, or one of the wrong fits ``how`` names, on float data: the weights followed by the bias."""
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b = (np.zeros(X.shape[1]), 0.0) if start is None else (np.array(start[0], dtype=float), float(start[1]))
    if how == "drop_last":
        X = X[:, :-1]
        w = w[:-1] if start is None else w
    passes = 1 if how == "one_epoch" else -(-epochs // len(X)) if how == "count_samples" else epochs
    for _epoch in range(passes):  # the replay of a fit
        for x, label in zip(X, y):
            if how == "skip_zero" and not x.any():
                continue
            update = lr * (label - _step(x @ w + b))
            if how == "return_right" and update == 0:
                return np.append(w, b)
            w = w + update * x
            b += update * (len(x) if how == "bias_per_feature" else 1)
    return np.append(w, b)


def _matches(learned, cases, how, starts=None):
    """Whether ``learned`` is what ``how`` gives on every case, and the rule does not give it on some."""
    try:
        replays = [_fit(X, y, lr, e, how, starts[i] if starts else None) for i, (_, X, y, lr, e) in enumerate(cases)]
        rules = [_fit(X, y, lr, e, "rule") for _, X, y, lr, e in cases]
        same = all(np.shape(g) == r.shape and np.allclose(g, r, atol=1e-9) for g, r in zip(learned, replays))
        return same and not all(r.shape == q.shape and np.allclose(r, q, atol=1e-9) for r, q in zip(replays, rules))
    except Exception:  # a reader never raises
        return False


ALIAS = (
    "Your fit stops after its first epoch: it keeps `{line}` to compare with later, but that is a second name for "
    "the same array, not a copy. The update self.weights += ... changes that one array in place, so {name} changes "
    "with it, the two always compare equal, and fit believes nothing moved. Keep a copy instead: "
    "{name} = self.weights.copy() (or test whether any sample was misclassified in the epoch)."
)
BIAS_PER_FEATURE = (
    "Your fit moves the bias once per feature: `{line}` sits inside the loop over the features (`{loop}`), so each "
    "mistake adds update to the bias n_features times instead of once. Move the bias update out of that loop, one "
    "level less indented, so it runs once per sample."
)
RETURN_RIGHT = (
    "Your fit returns as soon as it meets a sample it already predicts right: `{line}` inside the sample loop ends "
    "the whole fit there, early, after a correct prediction (one right answer is no sign that training converged). "
    "The rule visits every sample in every epoch: drop that return (a right prediction's update is 0 anyway) and "
    "keep the one return self after both loops."
)
SKIP_ZERO = (
    "Your fit skips the samples whose features are all zero ({line}). Such a sample cannot move the weights (update "
    "* x_i is zero), but it still moves the bias: on the AND table, (0, 0) fires wrongly at first, and only its "
    "update brings the bias down. Do not skip any sample: visit every one, first to last, in every epoch."
)
START = (
    "Your fit does not start from zeros: with epochs=0 (no pass over the data) it leaves {what}. The rule starts "
    "from weights np.zeros(n_features) and bias = 0.0, whatever the data: set them so at the top of fit{why}."
)


def _alias_line(source, node):
    """``(line, name)`` where fit keeps a second name for the weights array (name = self.weights, or a view of it)
    and reads that name again; None otherwise."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Assign) and len(sub.targets) == 1 and isinstance(sub.targets[0], ast.Name):
            value = sub.value
            if isinstance(value, ast.Call) and getattr(value.func, "attr", None) in ("asarray", "view") and value.args:
                value = value.args[0]
            elif isinstance(value, ast.Call) and getattr(value.func, "attr", None) == "view":
                value = value.func.value
            if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice):
                value = value.value  # a slice of an array is a view of it
            if isinstance(value, ast.Attribute) and value.attr == "weights":
                name = sub.targets[0].id
                reads = [n for n in ast.walk(node) if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)]
                if reads:
                    return function_source.statement_line(source, sub), name
    return None


def _bias_in_feature_loop(source, node):
    """``(line, loop line)`` of a bias update whose innermost loop lies inside two more (the epochs, the samples,
    then the features); or None."""
    def walk(sub, loops):
        for child in ast.iter_child_nodes(sub):
            targets = child.targets if isinstance(child, ast.Assign) else [child.target] if isinstance(child, ast.AugAssign) else []
            if len(loops) >= 3 and any("bias" in (ast.get_source_segment(source, t) or "") for t in targets):
                return function_source.statement_line(source, child), function_source.statement_line(source, loops[-1])
            found = walk(child, loops + [child] if isinstance(child, (ast.For, ast.While)) else loops)
            if found:
                return found
        return None
    return walk(node, [])


COUNTER = (
    "Your fit counts its epochs inside the sample loop: `{line}` sits in `{loop}`, so the count goes up once per "
    "sample, not once per pass, and fit stops after far fewer passes over the data than epochs (one pass when there "
    "are more samples than epochs). Dedent the count one level, out of the sample loop, so it runs once per pass, or "
    "loop with for _ in range(self.epochs)."
)
DROP_LAST = (
    "Your fit leaves out the last column of X (`{line}`), as if it held the label: your weights have one entry fewer "
    "than X has features, the last feature is dropped. The labels come separately, in y: train on every column of X."
)


def _counter_in_sample_loop(source, node):
    """``(line, loop line)`` of a count of epochs (name += 1) inside a for loop that lies in a while loop."""
    for outer in (s for s in ast.walk(node) if isinstance(s, ast.While)):
        counted = {n.id for n in ast.walk(outer.test) if isinstance(n, ast.Name)}
        for inner in (s for s in ast.walk(outer) if isinstance(s, ast.For)):
            for sub in ast.walk(inner):
                if isinstance(sub, ast.AugAssign) and getattr(sub.target, "id", None) in counted:
                    return function_source.statement_line(source, sub), function_source.statement_line(source, inner)
    return None


def _return_in_sample_loop(source, node):
    for loop in (s for s in ast.walk(node) if isinstance(s, (ast.For, ast.While))):
        for sub in ast.walk(loop):
            if isinstance(sub, ast.If) and any(isinstance(s, ast.Return) for s in sub.body):
                return function_source.statement_line(source, sub) + " ... return"
    return None


def _skip_line(source, node):
    for sub in ast.walk(node):
        if isinstance(sub, ast.If) and any(isinstance(s, ast.Continue) for s in sub.body):
            return f"`{function_source.statement_line(source, sub)}` ... `continue`"
    return "a skip of such samples"


def _starts(student, cases):
    """The weights and bias a fit of 0 epochs leaves on each case's data, or None."""
    starts = []
    for _, X, y, lr, _ in cases:
        p = student.new("Perceptron", lr=lr, epochs=0)
        p.invoke("fit", (X, y), within=2.0)
        w, b = np.asarray(p.get("weights"), dtype=float), float(p.get("bias"))
        if w.shape != (np.shape(X)[1],) or not np.isfinite(w).all() or not np.isfinite(b):
            return None
        starts.append((w, b))
    return starts


def fit_hint(student, cases, learned):
    """A hint where what fit learned on every case ((what, X, y, lr, epochs)) is what one of the wrong fits above
    gives, and the student's fit holds the line that makes it; None otherwise."""
    try:
        if not learned or len(learned) != len(cases):
            return None
        source, node = _method(student, "fit")
        if node is None:
            return None
        if _matches(learned, cases, "one_epoch"):
            found = _alias_line(source, node)
            if found:
                return ALIAS.format(line=found[0], name=found[1])
        if _matches(learned, cases, "bias_per_feature"):
            found = _bias_in_feature_loop(source, node)
            if found:
                return BIAS_PER_FEATURE.format(line=found[0], loop=found[1])
        if _matches(learned, cases, "count_samples"):
            found = _counter_in_sample_loop(source, node)
            if found:
                return COUNTER.format(line=found[0], loop=found[1])
        if _matches(learned, cases, "drop_last"):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Subscript) and "-1" in (ast.get_source_segment(source, sub.slice) or "").replace(" ", ""):
                    return DROP_LAST.format(line=function_source.statement_line(source, sub))
        if _matches(learned, cases, "return_right"):
            line = _return_in_sample_loop(source, node)
            if line:
                return RETURN_RIGHT.format(line=line)
        if _matches(learned, cases, "skip_zero") and _skip_confirmed(student):
            return SKIP_ZERO.format(line=_skip_line(source, node))
        starts = _starts(student, cases)  # a bias that starts elsewhere than 0 (weights that do are told elsewhere)
        passed = [_fit(X, y, lr, 1, "rule") for _, X, y, lr, _ in cases]  # one pass made although epochs=0 is no start
        if (starts and not any(np.any(w) for w, _ in starts) and any(b for _, b in starts) and _matches(learned, cases, "rule", starts)
                and not all(np.allclose(np.append(*s), p) for s, p in zip(starts, passed))):
            return _start_text(starts, cases)
    except Exception:  # a reader never raises
        return None
    return None


def _start_text(starts, cases):
    w, b = starts[0]
    what = (f"weights {np.round(w, 4).tolist()}" if np.any(w) else "zero weights") + f" and bias {b:.4g}"
    means = all(np.isclose(sb, np.mean(np.asarray(y, dtype=float))) for (_, sb), (_, _, y, _, _) in zip(starts, cases))
    why = " (your bias starts at the mean of the labels y, a guess the rule does not make)" if means and not np.any(w) else ""
    return START.format(what=what + " on the AND table", why=why)


def _skip_confirmed(student):
    """Whether the student's fit, on a table where the sample of zeros is not the first, learns what skipping it
    gives (and not what the rule gives)."""
    X = np.array([[1.0, 1.0], [0.0, 1.0], [0.0, 0.0], [1.0, 0.0], [0.5, -1.0]])
    y = np.array([1, 0, 0, 0, 1])
    p = student.new("Perceptron", lr=0.1, epochs=6)
    p.invoke("fit", (X, y), within=2.0)
    got = np.append(np.asarray(p.get("weights"), dtype=float), float(p.get("bias")))
    skip, rule = _fit(X, y, 0.1, 6, "skip_zero"), _fit(X, y, 0.1, 6, "rule")
    return got.shape == skip.shape and np.allclose(got, skip, atol=1e-9) and not np.allclose(skip, rule, atol=1e-9)


NONE_METHOD = (
    "Your fit makes its weights with `{line}`: .{method}() works in place on the array and returns None, so what "
    "is stored in {target} is None, not an array, and the first use of the weights fails. Make the array and keep "
    "it, with no method call after it: {target} = np.zeros(n_features) (already zeros, nothing to fill)."
)
LIKE_COUNT = (
    "Your fit makes its weights with `{line}`: np.{called} makes an array shaped like its argument, and a number "
    "such as the count of features has no axes, so the weights are a single value (an array of shape ()), not one "
    "weight per feature. Give the count to np.{plain} instead: np.{plain}(n_features), which makes n_features "
    "values."
)
IN_PLACE = {"fill", "sort", "resize", "shuffle", "put", "setflags"}


def _count_like(arg):
    if isinstance(arg, ast.Constant) and isinstance(arg.value, int):
        return True
    if isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Attribute) and arg.value.attr == "shape":
        return True
    if isinstance(arg, ast.Call) and getattr(arg.func, "id", None) == "len":
        return True
    return isinstance(arg, ast.Name) and any(w in arg.id.lower() for w in ("n_", "num", "count", "features", "size"))


def fit_error_hint(student, exc):
    """NONE_METHOD or LIKE_COUNT where fit (or __init__) stores the weights that way; None otherwise."""
    try:
        if exc is None or not exc.own_exception:  # a stub, a crash or a time-out: nothing of the weights to read
            return None
        for method in ("fit", "__init__"):
            source, node = _method(student, method)
            for sub in ast.walk(node) if node is not None else ():
                if not (isinstance(sub, ast.Assign) and "weights" in (ast.get_source_segment(source, sub.targets[0]) or "")):
                    continue
                value, target = sub.value, ast.get_source_segment(source, sub.targets[0])
                if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr in IN_PLACE:
                    return NONE_METHOD.format(line=function_source.statement_line(source, sub), method=value.func.attr, target=target)
                for call, called, _ in function_source.calls(value, {"zeros_like", "ones_like", "empty_like", "full_like"}):
                    if call.args and _count_like(call.args[0]):
                        return LIKE_COUNT.format(line=function_source.statement_line(source, sub), called=called,
                                                 plain=called[:-5])
    except Exception:  # a reader never raises
        return None
    return None


COLUMN = (
    "Your predict returns an array of shape {shape}, a table, where one label per sample belongs: `{line}` makes a "
    "column (n, 1), and adding the (n,) sums X @ weights to an (n, 1) column broadcasts them into an (n, n) table of "
    "every sum with every row's term. Add the bias as the one number it is: X @ self.weights + self.bias gives "
    "shape (n,)."
)


def predict_shape_hint(student, got, X):
    """COLUMN where predict answered an (n, n) table for n samples and its text makes a column (n, 1)."""
    try:
        n = len(X)
        if not (isinstance(got, np.ndarray) and got.shape == (n, n)):
            return None
        source, node = _method(student, "predict")
        found = function_source.column_maker(source, node) if node is not None else None
        for sub in ast.walk(node) if node is not None and not found else ():
            if isinstance(sub, ast.Tuple) and len(sub.elts) == 2 and isinstance(sub.elts[1], ast.Constant) and sub.elts[1].value == 1:
                found = (function_source.statement_line(source, sub), sub.lineno)
                break
        if found:
            return COLUMN.format(shape=got.shape, line=found[0])
    except Exception:  # a reader never raises
        return None
    return None
