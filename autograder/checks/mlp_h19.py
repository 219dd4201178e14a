"""Hints of the mlp checks the nineteenth held-out corpus asked for, each confirmed on the student's own answers
or source before it is said: a weight gradient from np.outer, a bias gradient taken from one sample's row, the
way back through a (pseudo-)inverse of W2, a step that averages each gradient over its rows, predict's booleans
reinterpreted with .view(int), and fit's loss stored after the epoch loop instead of inside it. Loaded by the mlp
checks with ``load_sibling``; every reader runs only once a check has failed, and never raises."""

import ast

import numpy as np

from autograder.grading.value_hints import same_values
from autograder.grading.function_source import function, statement_line


def _sig(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _deltas(params, X, y):
    """(A1, dZ1 from the way back ``back``, dZ2) of the spec's network, for a chosen way back through W2."""
    X = np.array(X, dtype=float, copy=True)  # the grader's own copy
    A1 = _sig(X @ params["W1"] + params["b1"])
    A2 = _sig(A1 @ params["W2"] + params["b2"])
    target = np.asarray(y, dtype=float).reshape(A2.shape)
    dZ2 = 2.0 * (A2 - target) / target.size * A2 * (1.0 - A2)
    return X, A1, dZ2


OUTER = (
    "Your d{name} has shape {got} where {name}'s shape {want} belongs, and your backward calls np.outer (`{line}`). "
    "np.outer flattens both its arguments to 1-D first, so for m samples it gives an (m * {a}, m * {b}) table of "
    "every pair of numbers (right only for one sample). The weight gradient sums over the samples with a matrix "
    "product: d{name} = {prev}.T @ dZ{layer}."
)
ROW = (
    "Your d{name} is the {which} sample's row of dZ{layer} ({spelled}) alone: it has the bias's shape (1, ...), but "
    "the bias is used by every sample, so its gradient sums dZ{layer} over all the samples (the rows): "
    "d{name} = dZ{layer}.sum(axis=0, keepdims=True)."
)
INVERSE = (
    "Your dW1 and db1 are what the way back gives when dZ2 is multiplied by the {kind} of W2 ({spelled}) instead of "
    "by its transpose: the chain rule passes the gradient back through Z2 = A1 @ W2 as dA1 = dZ2 @ W2.T, the "
    "transpose, not an inverse (a layer is not undone, each hidden unit gets its share through its weights). Then "
    "dZ1 = dA1 * A1 * (1 - A1)."
)


def backward_hint(student, got, params, X, y):
    """OUTER, ROW or INVERSE where backward's gradients ``got`` show that mistake (and, for OUTER, its source
    calls np.outer)."""
    try:
        X, A1, dZ2 = _deltas(params, X, y)
        m = len(X)
        dZ1 = (dZ2 @ params["W2"].T) * A1 * (1.0 - A1)
        for name, layer, prev in (("W2", 2, "A1"), ("W1", 1, "X")):
            want = np.shape(params[name])
            shape = np.shape(got.get(name)) if isinstance(got, dict) else ()
            if m > 1 and shape == (m * want[0], m * want[1]):
                source, node = function(student, "mlp", "MLP.backward")
                for sub in ast.walk(node) if node is not None else ():
                    if isinstance(sub, ast.Call) and ast.unparse(sub.func).endswith("outer"):
                        stmts = [s for s in ast.walk(node) if isinstance(s, ast.stmt) and s is not node and sub in list(ast.walk(s))]
                        line = statement_line(source, stmts[-1]).split("\n")[0].strip() if stmts else ""
                        line = line if "outer" in line else ast.unparse(sub)
                        return OUTER.format(name=name, got=shape, want=want, line=line, a=want[0], b=want[1], prev=prev, layer=layer)
        for name, layer, dZ in (("b1", 1, dZ1), ("b2", 2, dZ2)):
            mine = got.get(name) if isinstance(got, dict) else None
            for which, spelled, row in (("first", f"dZ{layer}[:1], or dZ{layer}[0]", dZ[:1]), ("last", f"dZ{layer}[-1:]", dZ[-1:])):
                if mine is not None and np.size(mine) == row.size and same_values(np.reshape(mine, row.shape), row) \
                        and not same_values(row, dZ.sum(axis=0, keepdims=True)):
                    return ROW.format(name=name, which=which, layer=layer, spelled=spelled)
        dA1 = dZ2 @ params["W2"].T
        if isinstance(got, dict) and same_values(got.get("W1"), X.T @ dZ1) and same_values(got.get("b1"), dA1.sum(axis=0, keepdims=True)) \
                and not same_values(dA1.sum(axis=0, keepdims=True), dZ1.sum(axis=0, keepdims=True)):
            return BEFORE_SLOPE
        for kind, spelled, back in (("pseudo-inverse", "np.linalg.pinv(W2)", np.linalg.pinv(params["W2"])),
                                    ("inverse", "np.linalg.inv(W2)", np.linalg.inv(params["W2"]) if params["W2"].shape[0] == params["W2"].shape[1] else None)):
            if back is None or back.shape != params["W2"].T.shape or same_values(back, params["W2"].T):
                continue
            wrong = (dZ2 @ back) * A1 * (1.0 - A1)
            if same_values(got.get("W1"), X.T @ wrong):
                return INVERSE.format(kind=kind, spelled=spelled)
    except Exception:  # noqa: BLE001 - a reading never raises
        return None
    return None


BEFORE_SLOPE = (
    "Your dW1 is right, so your dZ1 is right too; but your db1 is summed from the gradient before the hidden sigmoid's "
    "slope, dA1 = dZ2 @ W2.T, where it belongs to dZ1 = dA1 * A1 * (1 - A1), the same dZ1 that gives dW1. Take "
    "db1 = dZ1.sum(axis=0, keepdims=True), after the slope."
)


AVERAGED = (
    "Your step subtracts lr * {spelled} of each gradient, not lr * the gradient itself: it averages (or sums) the "
    "gradient over its rows once more, so every row of W1 and W2 gets one and the same update (the biases, a single "
    "row, hide it). backward's gradients already have their parameters' shapes, with the samples summed in: "
    "subtract them as they are, param -= lr * grads[name]."
)


def step_hint(params, grads, replies, read, lr):
    """AVERAGED where the stepped weights (``replies[read]``) are params - lr * a row mean (or sum) of the grads."""
    try:
        after = replies[read]
        for spelled, f in (("the mean over the rows, .mean(axis=0),", lambda g: g.mean(axis=0, keepdims=True)),
                           ("the sum over the rows, .sum(axis=0),", lambda g: g.sum(axis=0, keepdims=True)),
                           ("the mean of all its entries, .mean(),", lambda g: g.mean()),
                           ("the mean over the columns, .mean(axis=1),", lambda g: g.mean(axis=1, keepdims=True))):
            names = [n for n in ("W1", "W2") if np.shape(grads[n])[0] > 1]
            if names and all(same_values(after[n], params[n] - lr * f(np.asarray(grads[n], dtype=float))) for n in names):
                return AVERAGED.format(spelled=spelled)
    except Exception:  # noqa: BLE001
        return None
    return None


VIEW = (
    "Your {where} turns the booleans into integers with .view(...) (`{line}`), but view does not convert values: it "
    "reads the same bytes as another type. A boolean takes one byte and an int eight, so NumPy raises this "
    "ValueError (or, where the bytes happen to fit, gives nonsense numbers). Convert the values with "
    ".astype(int) instead: (A2 >= 0.5).astype(int)."
)


def view_hint(student, exc):
    """VIEW where a ValueError names a dtype change and one of MLP's methods calls .view(...)."""
    try:
        if exc.raised != "ValueError" or "dtype" not in exc.raised_message:
            return None
        for method in ("predict", "forward"):
            source, node = function(student, "mlp", f"MLP.{method}")
            for sub in ast.walk(node) if node is not None else ():
                if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == "view":
                    stmts = [s for s in ast.walk(node) if isinstance(s, ast.stmt) and s is not node and sub in list(ast.walk(s))]
                    line = ast.unparse(sub) if not stmts else statement_line(source, stmts[-1]).split("\n")[0].strip()
                    return VIEW.format(where=method, line=line)
    except Exception:  # noqa: BLE001
        return None
    return None


AFTER_LOOP = (
    "Your fit stores the loss (`{line}`) after its epoch loop, not inside it: the line is indented at the level "
    "of the for, so it runs once, when the loop is over, and fills only the last slot; the other slots keep what "
    "the array was made with ({made}). Indent it into the loop body, so that every epoch records its own loss."
)


REMADE = (
    "Your fit makes its losses array inside the epoch loop (`{line}`), so every epoch starts a fresh one and throws "
    "away the losses recorded before it: only the last epoch's loss survives, the others stay 0 (or whatever the "
    "new array holds). Make the array once, before the loop, and inside the loop only store each epoch's loss in it."
)
MAKERS = ("np.zeros", "np.empty", "np.full", "np.ones", "numpy.zeros", "numpy.empty", "list", "np.array")


def _remade(source, node):
    """REMADE where a for loop of fit assigns a new array or list to a name that the same loop then stores into."""
    for loop in (n for n in ast.walk(node) if isinstance(n, ast.For)):
        for stmt in loop.body:
            made = getattr(stmt, "value", None)
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) and (
                    isinstance(made, ast.List) or (isinstance(made, ast.Call) and ast.unparse(made.func) in MAKERS)):
                var = stmt.targets[0].id
                for later in loop.body:
                    text = ast.unparse(later)
                    if later is not stmt and (text.startswith(f"{var}[") or text.startswith(f"{var}.append(")):
                        return REMADE.format(line=statement_line(source, stmt).split("\n")[0].strip())
    return None


def fit_hint(student, recorded):
    """AFTER_LOOP where fit's source writes into (or appends to) a name after the for loop that fills it, at the
    loop's level, and the recorded losses are not all set (most are 0, or np.empty's leftovers)."""
    try:
        source, node = function(student, "mlp", "MLP.fit")
        if node is None or recorded is None:
            return None
        if (remade := _remade(source, node)) is not None:
            return remade
        for owner in ast.walk(node):
            body = getattr(owner, "body", None)
            if not isinstance(body, list):
                continue
            for index, stmt in enumerate(body):
                if not isinstance(stmt, ast.For):
                    continue
                looped = {n.id for n in ast.walk(stmt.target) if isinstance(n, ast.Name)}
                for later in body[index + 1:]:
                    target = later.targets[0] if isinstance(later, ast.Assign) and len(later.targets) == 1 else None
                    used = {n.id for n in ast.walk(later) if isinstance(n, ast.Name)}
                    stored = isinstance(target, ast.Subscript) or (isinstance(later, ast.Expr) and "append" in ast.unparse(later))
                    if stored and (bool(used & looped) or "append" in ast.unparse(later)):
                        made = "np.empty's leftover values" if "np.empty" in source else "zeros, or whatever it started with"
                        return AFTER_LOOP.format(line=statement_line(source, later).split("\n")[0].strip(), made=made)
    except Exception:  # noqa: BLE001
        return None
    return None
