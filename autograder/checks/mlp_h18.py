"""Hints of the mlp checks the eighteenth held-out corpus asked for, each confirmed on the student's own answers
(a replay worked out here, no reference asked) or source before it is said: a fit that puts back the weights of
its lowest recorded loss, a fit that steps one layer and then asks backward again for the other, a fit whose
list of losses lives on the network and grows from one call to the next, a loss with a penalty on the weights,
and a step that loops over every attribute of the network (vars(self), self.__dict__). Loaded by the mlp checks
with ``load_sibling``."""

import ast

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import CheckFailed, describe
from autograder.grading.function_source import function

h16 = load_sibling(__file__, "mlp_h16")
NAMES = ("W1", "b1", "W2", "b2")

BEST = (
    "Your fit records the right losses, but the weights it leaves are the ones from epoch {best}, where the "
    "recorded loss was lowest, not the ones after its last step: it keeps a copy of the best weights and puts "
    "them back at the end (a 'restore best weights' habit). The spec's fit ends where its last step leaves the "
    "network: drop the copy and the restoring."
)
LAST_LOST = (
    "Your fit records the right losses, but the weights it leaves are the ones from before its last step: that "
    "step is lost (taken on a copy, or undone by weights put back after the loop). The spec's fit ends where its "
    "last step leaves the network."
)
LAYERED = (
    "Your fit updates one layer at a time: it steps {first} with the gradients of backward(X, y), then "
    "recomputes the gradients with backward at the already updated {first} and uses them for {second}. One epoch is one gradient step: "
    "compute all four gradients once, with one backward(X, y) at the current parameters, then update all four "
    "(step(grads) does that)."
)
KEPT = (
    "A second fit(X, y, epochs={epochs}) on the same network returned {count} losses: the {before} of the first "
    "fit followed by its own {epochs}. The list of losses is kept on the network (self.losses, say) and grows "
    "from call to call. Each call of fit must start a new list inside fit (losses = [] in the method) and "
    "return only that call's losses."
)
AGAIN_WRONG = (
    "fit from the weights set by the grader is right, but a second fit on the same network is not: it must go on "
    "from the weights the first one left (fit never re-initialises), and record and return only its own {epochs} "
    "losses. Look for anything fit keeps from one call to the next, or resets."
)
PENALTY = (
    "Your loss adds a penalty on the weights to the mean squared error (line {line}: {code}): an L2 "
    "regularisation (weight decay) term, so it is larger than the MSE by an amount that depends on the weights "
    "alone. The spec's loss is the mean squared error of the outputs and nothing more: drop the penalty."
)
EVERY_ATTRIBUTE = (
    "Your step loops over every attribute of the network ({code}), so it meets lr (and any other setting "
    "the constructor stores), which is not a parameter and has no gradient: grads['lr'] raises KeyError. Loop "
    "over the four parameter names instead, for name in (\"W1\", \"b1\", \"W2\", \"b2\"), and update "
    "getattr(self, name) with grads[name]."
)


def _replay(params, X, Y, lr, epochs, layered=None):
    """(losses, every epoch's parameters after its step) of the spec's fit, or of one stepping ``layered``'s first
    layer and asking the gradients again for the other."""
    p = {name: np.array(value, dtype=float) for name, value in params.items()}
    losses, seen = [], []
    for _epoch in range(epochs):
        A2 = h16._sigmoid(h16._sigmoid(X @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"])
        losses.append(float(np.mean((A2 - Y) ** 2)))
        groups = [NAMES] if layered is None else [layered, tuple(n for n in NAMES if n not in layered)]
        for group in groups:
            grads = h16._gradients(p, X, Y)
            for name in group:
                p[name] = p[name] - lr * grads[name]
        seen.append(dict(p))
    return np.array(losses), seen


def _same(after, params):
    try:
        return all(np.allclose(np.asarray(after[n], dtype=float), params[n], rtol=1e-6, atol=1e-10) for n in NAMES)
    except (KeyError, TypeError, ValueError):
        return False


def fit_hint(recorded, after, params, X, y, lr, epochs):
    """BEST or LAYERED where the student's losses and final weights (``after()``) are that replay's."""
    got = h16.recorded_losses(recorded, epochs)
    if got is None:
        return None
    inputs = np.asarray(X, dtype=float)
    Y = np.asarray(y, dtype=float).reshape(len(inputs), -1)
    right, seen = _replay(params, inputs, Y, lr, epochs)
    try:
        weights = after()
    except Exception:  # noqa: BLE001 - a read that fails names nothing here
        return None
    if np.allclose(got, right, rtol=1e-6, atol=1e-12):
        best = int(np.argmin(right))  # the loss recorded at epoch e is at the weights before its step
        start = dict(params) if best == 0 else seen[best - 1]
        if _same(weights, start) and not _same(weights, seen[-1]):
            return BEST.format(best=best)
        if epochs > 1 and _same(weights, seen[-2]) and not _same(weights, seen[-1]):
            return LAST_LOST
        return None
    for first, second in ((("W2", "b2"), "W1 and b1"), (("W1", "b1"), "W2 and b2")):
        losses, moved = _replay(params, inputs, Y, lr, epochs, layered=first)
        if np.allclose(got, losses, rtol=1e-6, atol=1e-12) and _same(weights, moved[-1]):
            return LAYERED.format(first=" and ".join(first), second=second)
    return None


def again_hint(got, first, expected, epochs):
    """KEPT where a second fit's losses are the first fit's followed by the right ones; else AGAIN_WRONG."""
    try:
        got, first = np.asarray(got, dtype=float).ravel(), np.asarray(first, dtype=float).ravel()
    except (TypeError, ValueError):
        return AGAIN_WRONG.format(epochs=epochs)
    n = len(first)
    if got.size == n + epochs and np.allclose(got[:n], first, rtol=1e-9) and np.allclose(got[n:], expected, rtol=1e-5):
        return KEPT.format(epochs=epochs, count=got.size, before=n)
    return AGAIN_WRONG.format(epochs=epochs)


def _squares_weight(node):
    """Whether ``node`` squares (or takes the norm of) self.W1 or self.W2."""
    def weight(n):
        return isinstance(n, ast.Attribute) and n.attr in ("W1", "W2") and isinstance(n.value, ast.Name) and n.value.id == "self"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow) and weight(node.left):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult) and weight(node.left) and weight(node.right):
        return True
    return (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("square", "norm")
            and bool(node.args) and weight(node.args[0]))


def penalty_hint(student, got, expected):
    """PENALTY where the loss is above the right one and loss's source squares a weight matrix."""
    try:
        if not float(got) > float(expected):
            return None
    except (TypeError, ValueError):
        return None
    source, node = function(student, "mlp", "MLP.loss")
    for sub in ast.walk(node) if node is not None else ():
        if _squares_weight(sub):
            line = next((s for s in ast.walk(node) if isinstance(s, ast.stmt) and not isinstance(s, ast.FunctionDef)
                         and s.lineno <= sub.lineno <= (s.end_lineno or s.lineno) and any(x is sub for x in ast.walk(s))), None)
            code = (ast.get_source_segment(source, line) if line is not None else ast.unparse(sub)) or ast.unparse(sub)
            return PENALTY.format(line=sub.lineno, code=code.strip())
    return None


def every_attribute_hint(student, exc):
    """EVERY_ATTRIBUTE where ``exc`` is a KeyError and step loops over vars(self), self.__dict__ or dir(self)."""
    if exc.raised != "KeyError":
        return None
    source, node = function(student, "mlp", "MLP.step")
    for loop in (s for s in ast.walk(node) if isinstance(s, (ast.For, ast.comprehension))) if node is not None else ():
        for sub in ast.walk(loop.iter):
            if (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id in ("vars", "dir")) or (
                    isinstance(sub, ast.Attribute) and sub.attr == "__dict__"):
                return EVERY_ATTRIBUTE.format(code=f"for ... in {ast.unparse(loop.iter)}")
    return None


def fit_twice(batch, net, X, y):
    """The replies' keys of two fits on ``net`` in ``batch``: 2 epochs, then 3 more."""
    return [batch.invoke("fit", (X, y), {"epochs": epochs}, on=net) for epochs in (2, 3)]


def expect_again(replies, again, expected, call, rtol=1e-5):
    """CheckFailed (KEPT or AGAIN_WRONG) where the second of two fits on one network (``again``: their replies'
    keys) does not return ``expected``, the losses from the weights the first fit left."""
    first, got = replies[again[0]], replies[again[1]]
    if isinstance(got, np.ndarray) and got.shape == np.shape(expected) and np.allclose(got, expected, rtol=rtol):
        return
    raise CheckFailed(f"{call}: the second fit returned {describe(got)}, where the {len(expected)} losses from the "
                      f"weights the first fit left are {describe(np.asarray(expected))}",
                      hint=again_hint(got, first, expected, len(expected)))


PRECEDENCE = (
    "Your gradients are all exactly zero: the output slope is written {code}, and * binds tighter than -, so it "
    "is ({left}) - {name}, which is 0 for every entry. The slope needs its parentheses: {name} * (1 - {name})."
)
WRONG_COUNT = (
    "Every gradient of yours is the right one times (m * output_size) / ({what}), on every network the grader "
    "tried: your N, the number of outputs the mean runs over, counts {what} where it should count m * "
    "output_size, the elements of A2 ({why}). Divide by A2.size (or len(X) * self.W2.shape[1])."
)
COUNTS = {  # (what, why): N as a function of (m, n_in, hidden, out)
    ("m * hidden_size", "len(self.W2) and self.W2.shape[0] are W2's rows, hidden_size, not output_size"):
        lambda m, i, h, o: m * h,
    ("m * input_size", "X.shape[1] and len(self.W1) are the inputs, not the outputs"): lambda m, i, h, o: m * i,
    ("hidden_size * output_size", "self.W2.size counts W2's entries, not A2's"): lambda m, i, h, o: h * o,
    ("input_size * hidden_size", "self.W1.size counts W1's entries, not A2's"): lambda m, i, h, o: i * h,
}


def _precedence(student):
    """(code, left, name) of a ``A * 1 - A`` in backward's source (parentheses around 1 - A lost)."""
    _, node = function(student, "mlp", "MLP.backward")
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.Sub) and isinstance(sub.left, ast.BinOp) and isinstance(
                sub.left.op, ast.Mult):
            left, right = sub.left, sub.right
            one = [s for s in (left.left, left.right) if isinstance(s, ast.Constant) and s.value == 1]
            other = [s for s in (left.left, left.right) if s not in one]
            if one and other and ast.unparse(other[0]) == ast.unparse(right):
                return ast.unparse(sub), ast.unparse(left), ast.unparse(right)
    return None


def _ratio(got, right):
    try:
        mine = np.concatenate([np.ravel(np.asarray(got[n], dtype=float)) for n in NAMES])
    except (TypeError, ValueError, KeyError):
        return None
    want = np.concatenate([np.ravel(right[n]) for n in NAMES])
    if mine.shape != want.shape or not np.any(want != 0):
        return None
    r = float(mine @ want / (want @ want))
    return r if np.allclose(mine, r * want, rtol=1e-6, atol=1e-12) and not np.isclose(r, 1.0) and r != 0.0 else None


def backward_hint(student, network, got, params, X, y):
    """PRECEDENCE where every gradient is zero and backward's source has A * 1 - A; WRONG_COUNT where the gradients
    are the right ones times (m * output_size) / N for one count N of COUNTS on this network and on two more the
    student's backward is asked about."""
    inputs = np.asarray(X, dtype=float)
    Y = np.asarray(y, dtype=float).reshape(len(inputs), -1)
    right = h16._gradients(params, inputs, Y)
    r = _ratio(got, right)
    if r is None:
        if h16._all_zero(got, NAMES) and (found := _precedence(student)):
            return PRECEDENCE.format(code=found[0], left=found[1], name=found[2])
        return None
    sizes = (inputs.shape[1], params["W1"].shape[1], Y.shape[1])
    seen = [(len(inputs), *sizes, r)]
    rng = np.random.default_rng(18)
    for probe, m in (((2, 6, 3), 4), ((4, 3, 1), 7)):
        p = network.random_params(rng, probe)
        PX, PY = rng.normal(size=(m, probe[0])), rng.integers(0, 2, size=(m, probe[2])).astype(float)
        batch, net = network.net_batch(student, probe, p)
        step = batch.invoke("backward", (PX, PY), on=net)
        try:
            small = batch.run()[step]
        except Exception:  # noqa: BLE001 - a failing call tells nothing here
            return None
        if (q := _ratio(small, h16._gradients(p, PX, PY))) is None:
            return None
        seen.append((m, *probe, q))
    for (what, why), count in COUNTS.items():
        if all(np.isclose(q, m * o / count(m, i, h, o), rtol=1e-6) for m, i, h, o, q in seen):
            return WRONG_COUNT.format(what=what, why=why)
    return None
