"""Hints of the mlp checks the twenty-first held-out corpus asked for, each confirmed on the student's own answers
or on their parsed source before it is said: a loss built on np.linalg.norm(..., ord=2) (the spectral norm of a
matrix), a backward from the 1/2-sum convention (every gradient N / 2 times too large), a matmul whose out= writes
into the network's own weights, biases stepped at another rate than the weights, fit returning losses[:epoch],
fit's losses sized by the samples, and fit reading self.epochs (or another argument) as an attribute. Loaded by
the mlp checks with ``load_sibling``; every reader is called only once a check has failed, and never raises."""

import ast
import re

import numpy as np

from autograder.grading.function_source import calls, function, statement_line

PARAMS = ("W1", "b1", "W2", "b2")


def _method(student, name):
    return function(student, "mlp", f"MLP.{name}")


SPECTRAL = (
    "Your loss uses np.linalg.norm(A2 - Y, ord=2){where}: for a matrix, ord=2 is the spectral norm, the largest "
    "singular value, not the square root of the sum of squares. With one output column the two agree, but with "
    "several outputs your loss comes out smaller ({got:.6g} where {right:.6g} belongs). The loss is the mean of "
    "every squared error: np.mean((A2 - Y) ** 2), or np.linalg.norm(A2 - Y) ** 2 / A2.size with no ord (the "
    "Frobenius norm, ord='fro')."
)


def loss_hint(student, got, A2, y):
    """SPECTRAL where the loss ``got`` is the squared spectral norm of A2 - Y over N (A2: the right forward)."""
    try:
        A2 = np.asarray(A2, dtype=float)
        D = A2 - np.asarray(y, dtype=float).reshape(A2.shape)
        right = float(np.mean(D ** 2))
        for value in (np.linalg.norm(D, ord=2) ** 2 / D.size, np.linalg.norm(D, ord=2) / D.size):
            if np.isclose(got, value, rtol=1e-7) and not np.isclose(got, right, rtol=1e-7):
                source, node = _method(student, "loss")
                found = next(iter(calls(node, {"norm"})), None)
                where = f" (`{statement_line(source, found[0])}`)" if found else ""
                return SPECTRAL.format(where=where, got=float(got), right=right)
        return None
    except Exception:  # noqa: BLE001
        return None


HALF_SUM = (
    "Every gradient of yours is exactly N / 2 = {half:g} times the right one (N = m * output_size = {n} outputs): "
    "they are the gradients of the half-sum E = 1/2 * sum((A2 - Y) ** 2) of other tutorials, whose output delta "
    "is dZ2 = (A2 - Y) * A2 * (1 - A2) with no 2 / N. This MLP's loss is the mean of the squared errors, so its derivative carries the "
    "factor 2 / (m * output_size) = 2 / N: dA2 = 2 * (A2 - Y) / A2.size, then dZ2 = dA2 * A2 * (1 - A2)."
)
OUT_INTO = (
    "Your backward computes a gradient with out={target}{where}: out= writes the product into that array, so the "
    "network's own {name} is overwritten by its gradient (the weights are gone after backward), and the gradient "
    "you return is that same array, which step then changes again. Let the product make a new array: "
    "X.T @ dZ1 (or np.matmul(X.T, dZ1) with no out=), and leave the parameters to step."
)


def backward_hint(student, got, numerical, X, y):
    """OUT_INTO where backward's source passes out=self.<parameter>; HALF_SUM where every gradient is N / 2 times
    the numerical one."""
    try:
        source, node = _method(student, "backward")
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.Call):
                for key in sub.keywords:
                    if key.arg == "out" and ast.unparse(key.value).startswith("self."):
                        target = ast.unparse(key.value)
                        return OUT_INTO.format(target=target, name=target[5:], where=f" (`{statement_line(source, sub)}`)")
        n = sum(np.size(v) for v in [numerical["b2"]]) * np.shape(X)[0]  # m * output_size
        half = n / 2
        if half != 1 and all(np.allclose(np.asarray(got[k], dtype=float), half * np.asarray(numerical[k]), rtol=1e-4, atol=1e-9)
                             for k in PARAMS):
            return HALF_SUM.format(half=half, n=n)
        return None
    except Exception:  # noqa: BLE001
        return None


RATES = (
    "Your step moves the {moved} with {k:g} times the learning rate{where}, and the {kept} with lr itself: "
    "after step with lr=0.5, the {moved} have moved by {k:g} * lr * grad. Gradient descent uses one learning rate "
    "for every parameter, biases included: subtract self.lr times its gradient from each of W1, b1, W2 and b2."
)


def step_hint(student, params, grads, replies, read, lr):
    """RATES where step moved the weights by lr * grad and the biases by k * lr * grad (k != 1), or the other way
    (``replies[read]``: the parameters after one step)."""
    try:
        after, factors = replies[read], {}
        for name in PARAMS:
            g = np.asarray(grads[name], dtype=float)
            moved = np.asarray(params[name], dtype=float) - np.asarray(after[name], dtype=float)
            k = float(np.sum(moved * g) / np.sum(lr * g * g))
            if not np.allclose(moved, k * lr * g, rtol=1e-7, atol=1e-12):
                return None
            factors[name] = round(k, 6)
        weights, biases = {factors["W1"], factors["W2"]}, {factors["b1"], factors["b2"]}
        if len(weights) != 1 or len(biases) != 1 or weights == biases or {1.0} not in (weights, biases):
            return None
        moved, kept, k = ("biases b1 and b2", "weights", biases.pop()) if weights == {1.0} else ("weights W1 and W2", "biases", weights.pop())
        source, node = _method(student, "step")
        where = ""
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.Mult) and "lr" in ast.unparse(sub) \
                    and any(isinstance(side, ast.Constant) for side in (sub.left, sub.right)):
                where = f" (`{statement_line(source, sub)}`)"
                break
        return RATES.format(moved=moved, kept=kept, k=k, where=where)
    except Exception:  # noqa: BLE001
        return None


SLICED = (
    "Your fit returns `{line}`: after the loop, {var} holds the last value the loop gave it, epochs - 1, not epochs, "
    "so the slice cuts off the last loss ({got} losses where {want} belong; and with epochs=0 the loop never runs and "
    "{var} is not even defined). Every epoch's loss belongs in the result: return losses whole (np.array(losses))."
)


def fit_shape_hint(student, losses, expected):
    """SLICED where fit returned the first losses only and its source returns losses[:v] with v a loop variable."""
    try:
        losses, expected = np.asarray(losses, dtype=float), np.asarray(expected, dtype=float)
        if losses.ndim != 1 or not 0 < len(losses) < len(expected) or not np.allclose(losses, expected[:len(losses)], rtol=1e-5):
            return None
        source, node = _method(student, "fit")
        loop_vars = {t.id for s in ast.walk(node) if isinstance(s, ast.For) for t in ast.walk(s.target) if isinstance(t, ast.Name)}
        for sub in ast.walk(node):
            if isinstance(sub, ast.Return) and isinstance(sub.value, ast.Subscript) and isinstance(sub.value.slice, ast.Slice):
                upper = sub.value.slice.upper
                if isinstance(upper, ast.Name) and upper.id in loop_vars:
                    return SLICED.format(line=statement_line(source, sub), var=upper.id, got=len(losses), want=len(expected))
        return None
    except Exception:  # noqa: BLE001
        return None


ATTRIBUTE = (
    "Your fit reads self.{attr}{where}, but an MLP keeps no {attr}: it is fit's own argument (fit(X, y, "
    "epochs=1000)), given at each call and never stored on the network: use the parameter itself, without self.: "
    "for epoch in range({attr})."
)
BY_SAMPLES = (
    "Your fit makes its array of losses with one slot per sample, `{line}`, where it needs one per epoch: with more "
    "epochs than samples the loop runs past the end (IndexError), and with fewer the result has extra zeros. Size "
    "it by the number of epochs, np.zeros(epochs), or collect the losses in a list and return np.array(losses)."
)


def fit_error_hint(student, exc):
    """ATTRIBUTE for fit's AttributeError on self.<one of its parameters>; BY_SAMPLES for an IndexError in a fit
    whose source sizes an array by X or y (np.zeros_like(X[:, 0]), np.zeros(len(X)), ...) and not by epochs."""
    try:
        source, node = _method(student, "fit")
        if node is None:
            return None
        message = exc.raised_message or ""
        params = {a.arg for a in node.args.args + node.args.kwonlyargs} - {"self"}
        if exc.raised == "AttributeError" and "has no attribute" in message:
            attr = message.rsplit("attribute", 1)[1].strip(" '\"")
            if attr in params:
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Attribute) and sub.attr == attr and ast.unparse(sub.value) == "self":
                        return ATTRIBUTE.format(attr=attr, where=f" (`{statement_line(source, sub)}`)")
        if exc.raised == "IndexError":
            data = {a.arg for a in node.args.args[1:3]}  # X and y, whatever their names
            count = ({a.arg for a in node.args.args[3:]} | {a.arg for a in node.args.kwonlyargs}) or {"epochs"}
            filled = {ast.unparse(t.value) for s in ast.walk(node) if isinstance(s, ast.Assign) for t in s.targets
                      if isinstance(t, ast.Subscript)}  # names written into by index (losses[epoch] = ...)
            makers = {"zeros", "zeros_like", "empty", "empty_like", "ones", "ones_like", "full", "full_like"}
            for sub in ast.walk(node):
                if isinstance(sub, ast.Assign) and len(sub.targets) == 1 and ast.unparse(sub.targets[0]) in filled:
                    for call, _, _ in calls(sub.value, makers):
                        names = {n.id for arg in call.args for n in ast.walk(arg) if isinstance(n, ast.Name)}
                        if names & data and not names & count:
                            return BY_SAMPLES.format(line=statement_line(source, call))
        return None
    except Exception:  # noqa: BLE001
        return None


SELF_FUNCTION = (
    "Your {method} calls self.{name}(...){where}, but {name} is a function of the module mlp, defined outside the "
    "class, not a method or attribute of MLP: self.{name} does not exist, hence the AttributeError. Call the "
    "module's function by its own name, without self.: {name}(...)."
)
TILE = (
    "Your forward repeats a bias with np.tile(...) and one count{where}: with a single count np.tile repeats along "
    "the last axis, so a (1, {h}) bias tiled {m} times becomes a (1, {hm}) row instead of a table of {m} rows of {h}, and it no "
    "longer lines up with X @ W1. No tiling is needed: X @ self.W1 + self.b1 broadcasts the (1, {h}) bias over every "
    "row (np.tile(self.b1, (len(X), 1)) would give the table, but is not needed)."
)


def error_hint(student, exc, method):
    """SELF_FUNCTION for an AttributeError on self.<a function the module defines>; TILE for a broadcast error in
    forward (or a method calling it) whose source calls np.tile with one count."""
    try:
        message = exc.raised_message or ""
        files = getattr(getattr(student, "session", None), "files", None) or {}
        tree = ast.parse(files.get("mlp.py", ""))
        if exc.raised == "AttributeError" and "has no attribute" in message:
            name = message.rsplit("attribute", 1)[1].strip(" '\"")
            if any(isinstance(n, ast.FunctionDef) and n.name == name for n in tree.body):
                for owner in (method, "forward", "backward", "loss", "fit", "predict"):
                    source, node = _method(student, owner)
                    for sub in ast.walk(node) if node is not None else ():
                        if isinstance(sub, ast.Attribute) and sub.attr == name and ast.unparse(sub.value) == "self":
                            return SELF_FUNCTION.format(method=owner, name=name, where=f" (`{statement_line(source, sub)}`)")
        if exc.raised == "ValueError" and "broadcast" in message:
            source, node = _method(student, "forward")
            for call, _, _ in calls(node, {"tile"}):
                if len(call.args) == 2 and not isinstance(call.args[1], (ast.Tuple, ast.List)):
                    shapes = re.findall(r"\((\d+),(\d+)\)", message.replace(" ", ""))
                    tiled = [s for s in shapes if s[0] == "1"]
                    table = [s for s in shapes if s[0] != "1"]
                    m, h = table[0] if table else ("m", "h")
                    hm = tiled[0][1] if tiled else "h * m"
                    return TILE.format(where=f" (`{statement_line(source, call)}`)", h=h, m=m, hm=hm)
        return None
    except Exception:  # noqa: BLE001
        return None
