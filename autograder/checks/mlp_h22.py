"""Checks and hints of the mlp exercise the twenty-second held-out corpus asked for: predict on a network with
several outputs (an assert that refuses it, or one label where one per output belongs), judged only where the
student's own forward gives the outputs it should. Loaded by the mlp checks with ``load_sibling``; readers run only
once a check has failed, and never raise."""

import ast

import numpy as np

from autograder.grading import tracebacks
from autograder.grading.compare import CheckFailed, expect_close
from autograder.grading.function_source import function, statement_line
from autograder.sandbox.session import StudentError

TWO_OUT = (2, 3, 2)
SHIFT = 0.3  # the output biases +0.3 and -0.3: every output sigmoid(0.3) = 0.574 (class 1) or sigmoid(-0.3) = 0.426

SEVERAL = (
    "For a network with {k} outputs (output_size = {k}), which the spec allows, your predict {what}: predict gives one "
    "0/1 label per output, an (m, output_size) integer array, (self.forward(X) >= 0.5).astype(int) on the whole "
    "array forward returns. {fix}"
)


def _assert_line(student):
    source, node = function(student, "mlp", "MLP.predict")
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.Assert):
            return statement_line(source, sub), sub.lineno
    return None


def expect_predict_per_output(student, params, X, seed):
    """predict(X) on a network with two outputs, one at sigmoid(0.3) and one at sigmoid(-0.3) for every sample,
    gives [1, 0] on every row. Judged only where the student's forward on that network gives those outputs."""
    batch = student.batch()
    weights = {"W1": params["W1"].copy(), "b1": params["b1"].copy(), "W2": np.zeros((TWO_OUT[1], 2)),
               "b2": np.array([[SHIFT, -SHIFT]])}
    calls = []
    for method in ("forward", "predict"):
        net = batch.invoke("MLP", TWO_OUT, {"lr": 0.1, "seed": 0})
        batch.set_many({name: value.copy() for name, value in weights.items()}, on=net)
        calls.append(batch.invoke(method, (X,), on=net))
    replies = batch.run()
    m = len(X)
    want = 1.0 / (1.0 + np.exp(-np.tile([SHIFT, -SHIFT], (m, 1))))
    try:
        if not np.allclose(np.asarray(replies[calls[0]], dtype=float), want, rtol=1e-6, atol=1e-9):
            return  # forward is wrong for two outputs: its own checks say why
    except Exception:  # noqa: BLE001 - forward raised, or gave no numbers: its checks name it
        return
    call = f"predict(X) on a network with 2 outputs, every row of forward(X) [0.574, 0.426] (seed {seed})"
    try:
        got = replies[calls[1]]
    except StudentError as exc:
        if not exc.own_exception:
            raise
        found = _assert_line(student) if exc.raised == "AssertionError" else None
        if found is not None:
            what = f"stops with AssertionError at line {found[1]} of your mlp.py, `{found[0]}`"
            fix = "Remove the assert: a network with one output is only one case."
        else:
            what = f"raises {exc.raised}"
            fix = "Write predict so that it works on forward's whole output, whatever its number of columns."
        raise CheckFailed(f"{call} raised {exc.raised}: {exc.raised_message}",
                          hint=SEVERAL.format(what=what, k=2, fix=fix)) from None
    expect_close(got, np.tile([1, 0], (m, 1)), call=call,
                 hint=lambda: SEVERAL.format(what=f"gives shape {np.shape(got)} where ({m}, 2) belongs" if np.shape(got) != (m, 2)
                                             else "gives the wrong labels", k=2,
                                             fix="Threshold every output, not only the first column."))


def _sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def _compare_with_zero(node):
    """The first comparison of ``node`` with the number 0 (z >= 0, z > 0), or a call of np.heaviside, or None."""
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.Compare) and any(isinstance(c, ast.Constant) and c.value == 0 for c in sub.comparators):
            return sub
        if isinstance(sub, ast.Call) and ast.unparse(sub.func).endswith("heaviside"):
            return sub
    return None


STEP_HIDDEN = (
    "Your hidden layer is a step, not the sigmoid: A1 is 1 where X @ W1 + b1 {op} 0 and 0 elsewhere{where}, the "
    "perceptron's firing rule, so forward gives {got:.6g} at [0, 0] where {want:.6g} belongs. The MLP's hidden layer "
    "is smooth, A1 = sigmoid(X @ W1 + b1) (a step has slope 0 everywhere, so backward could not train through it); "
    "only predict thresholds, and only the output, at 0.5."
)


def forward_step_hint(student, params, X, got):
    """STEP_HIDDEN where ``got`` is what a forward with a step (>= 0 or > 0) in the hidden layer gives, on every value."""
    try:
        X = np.array(X, float)
        Z1 = X @ params["W1"] + params["b1"]
        got = np.asarray(got, dtype=float)
        for op, A1 in ((">=", Z1 >= 0), (">", Z1 > 0)):
            replay = _sig(A1.astype(float) @ params["W2"] + params["b2"])
            if got.shape == replay.shape and np.allclose(got, replay, rtol=1e-6, atol=1e-9):
                source, node = function(student, "mlp", "MLP.forward")
                found = _compare_with_zero(node)
                where = f" (`{statement_line(source, found)}`)" if found is not None else ""
                right = _sig(_sig(Z1) @ params["W2"] + params["b2"])
                return STEP_HIDDEN.format(op=op, where=where, got=float(got.flat[0]), want=float(right.flat[0]))
        return None
    except Exception:  # noqa: BLE001
        return None


ONE_PER_SAMPLE = (
    "Your loss raises ValueError{message} for X with {m} samples and y of shape {shape}, a network with {k} outputs: "
    "line {line} of your mlp.py, `{cond}`, expects one target per sample, where y holds m * output_size targets, "
    "one per sample and output ({m} * {k} = {n} here). Remove that check, or compare y's size with "
    "len(X) * output_size (the number of columns of W2)."
)


def one_per_sample_hint(student, exc, m, k):
    """ONE_PER_SAMPLE where loss raised ValueError from a raise of its own whose if compares a size or length with
    the number of samples, for a y of m * k elements, k > 1."""
    try:
        if k < 2 or exc.raised != "ValueError" or not tracebacks.code_of_last_line(exc.detail).startswith("raise"):
            return None
        source, node = function(student, "mlp", "MLP.loss")
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.If) and any(isinstance(s, ast.Raise) for s in sub.body):
                cond = ast.unparse(sub.test)
                if ("size" in cond or "len(" in cond or "shape" in cond) and ("X" in cond or "len(" in cond):
                    message = f" ('{exc.raised_message}')" if exc.raised_message and len(exc.raised_message) < 80 else ""
                    return ONE_PER_SAMPLE.format(message=message, m=m, shape=(m, k), k=k, line=sub.lineno,
                                                 cond=statement_line(source, sub), n=m * k)
        return None
    except Exception:  # noqa: BLE001
        return None


RELU_SLOPE = (
    "Your backward takes the hidden layer's slope as ReLU's, 1 where the hidden pre-activation is above 0 and 0 "
    "elsewhere{where}: dW1 and db1 are what that gives. But this network's hidden layer is the sigmoid, whose "
    "slope is A1 * (1 - A1): dZ1 = (dZ2 @ W2.T) * A1 * (1 - A1)."
)


def relu_slope_hint(student, got, params, X, y):
    """RELU_SLOPE where the student's dW1 and db1 are those of dZ1 = (dZ2 @ W2.T) * (Z1 > 0) (or >= 0)."""
    try:
        X = np.array(X, float)
        Z1 = X @ params["W1"] + params["b1"]
        A1 = _sig(Z1)
        A2 = _sig(A1 @ params["W2"] + params["b2"])
        Y = np.reshape(np.array(y, float), A2.shape)
        dZ2 = (A2 - Y) * (2.0 / A2.size) * A2 * (1 - A2)
        for mask in (Z1 > 0, Z1 >= 0):
            dZ1 = (dZ2 @ params["W2"].T) * mask
            if np.allclose(np.asarray(got["W1"], dtype=float), X.T @ dZ1, rtol=1e-6, atol=1e-12) and np.allclose(
                    np.ravel(got["b1"]), dZ1.sum(axis=0), rtol=1e-6, atol=1e-12):
                source, node = function(student, "mlp", "MLP.backward")
                found = _compare_with_zero(node)
                where = f" (`{statement_line(source, found)}`)" if found is not None else ""
                return RELU_SLOPE.format(where=where)
        return None
    except Exception:  # noqa: BLE001
        return None


COPY_TRAINED = (
    "Your fit trains a copy of the network{where}: the losses it records are right, but the copy is the one that "
    "learns, and the network's own parameters (self.W1, self.b1, self.W2, self.b2) never change, so after fit the "
    "network predicts as badly as before. Train self itself: in each epoch, self.step with the gradients self.backward(X, y) gives."
)


def copy_trained_hint(student, recorded, expected, after, params):
    """COPY_TRAINED where fit's losses are right, its parameters after fit are those it started with, and fit's
    source copies self (copy.deepcopy(self), copy.copy(self))."""
    try:
        if recorded is None or len(recorded) != len(expected) or not np.allclose(recorded, expected, rtol=1e-5, atol=1e-9):
            return None
        after = after()
        if not all(np.allclose(np.asarray(after[n], dtype=float), params[n]) for n in ("W1", "b1", "W2", "b2")):
            return None
        source, node = function(student, "mlp", "MLP.fit")
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.Call) and ast.unparse(sub.func).split(".")[-1] in ("deepcopy", "copy") and any(
                    isinstance(a, ast.Name) and a.id == "self" for a in sub.args):
                return COPY_TRAINED.format(where=f" (`{statement_line(source, sub)}`)")
        return None
    except Exception:  # noqa: BLE001
        return None


def _replay_fit(params, X, y, lr, epochs, scale=1.0, targets=None):
    """The losses of the spec's fit, replayed in NumPy, with each step ``scale`` times lr * grad, and, with
    ``targets`` (a function of Y and A2), the targets replaced after each backward, as an in-place error would."""
    W1, b1, W2, b2 = (np.array(params[n], dtype=float) for n in ("W1", "b1", "W2", "b2"))
    X = np.array(X, float)
    Y = None
    losses = []
    while len(losses) < epochs:
        A1 = _sig(X @ W1 + b1)
        A2 = _sig(A1 @ W2 + b2)
        Y = np.reshape(np.array(y, float), A2.shape) if Y is None else Y
        losses.append(float(np.mean((A2 - Y) ** 2)))
        dZ2 = (A2 - Y) * (2.0 / A2.size) * A2 * (1 - A2)
        dZ1 = (dZ2 @ W2.T) * A1 * (1.0 - A1)
        grads = (X.T @ dZ1, dZ1.sum(axis=0, keepdims=True), A1.T @ dZ2, dZ2.sum(axis=0, keepdims=True))
        W1, b1, W2, b2 = (p - scale * lr * g for p, g in zip((W1, b1, W2, b2), grads))
        if targets is not None:
            Y = targets(Y, A2)
    return np.array(losses)


SCALED = (
    "Each of your fit's steps moves {k} times as far as the spec's step, self.lr * grad: the losses it records are "
    "those of steps {k} times too large, and {k} is the number of samples, len(X). backward's gradient is already "
    "the gradient of the mean loss, the one step expects: pass backward(X, y) to step as it is, without multiplying "
    "the gradients (or the rate) by the number of samples."
)
CHANGED_TARGETS = (
    "Your fit's losses are those of training towards targets that change every epoch: after each backward the "
    "targets become {how}. Your backward writes its error into Y in place (`{line}`), and Y is a reshaped view of "
    "the caller's y, so every call of backward overwrites y itself. Compute the error as a new array, "
    "A2 - Y, and leave y as it is."
)


def fit_replay_hint(student, recorded, params, X, y, lr, epochs):
    """SCALED where the recorded losses are the spec's fit with steps len(X) times too large; CHANGED_TARGETS where
    they are the spec's fit whose targets become Y - A2 (or A2 - Y) after each backward, and backward's source
    writes into Y in place."""
    try:
        recorded = np.asarray(recorded, dtype=float)
        if recorded.shape != (epochs,):
            return None
        m = len(X)
        if m > 1 and np.allclose(recorded, _replay_fit(params, X, y, lr, epochs, scale=m), rtol=1e-6, atol=1e-10):
            return SCALED.format(k=m)
        for how, targets in (("Y - A2", lambda Y, A2: Y - A2), ("A2 - Y", lambda Y, A2: A2 - Y)):
            if np.allclose(recorded, _replay_fit(params, X, y, lr, epochs, targets=targets), rtol=1e-6, atol=1e-10):
                source, node = function(student, "mlp", "MLP.backward")
                for sub in ast.walk(node) if node is not None else ():
                    if (isinstance(sub, ast.AugAssign) and isinstance(sub.target, ast.Name)) or (
                            isinstance(sub, ast.Call) and any(k.arg == "out" for k in sub.keywords)):
                        return CHANGED_TARGETS.format(how=how, line=statement_line(source, sub))
        return None
    except Exception:  # noqa: BLE001
        return None


TARGETS_WRITTEN = (
    "Your forward, loss, backward and step each give the right numbers once, but your backward writes into its "
    "targets in place (`{line}`): np.asarray and reshape do not copy a float y, so that changes the caller's y itself, "
    "and fit trains towards other targets every epoch (the checks of backward and of fit's trajectory show it). "
    "Compute the error as a new array, A2 - Y, and leave y as it is."
)


def targets_written_hint(student, hint, fit_itself):
    """TARGETS_WRITTEN in place of ``hint`` when it is ``fit_itself`` (the parts are right, so fit is blamed) and
    backward's source writes in place (an augmented assignment, or out=) into a name made from its y."""
    try:
        if hint != fit_itself:
            return hint
        source, node = function(student, "mlp", "MLP.backward")
        if node is None or len(node.args.args) < 3:
            return hint
        y = node.args.args[2].arg
        copies = ("np.array(", ".copy(", "astype(", "np.copy(", "copy.")  # a copy of y: writing into it leaves y alone
        made = {t.id for s in ast.walk(node) if isinstance(s, ast.Assign) for t in s.targets
                if isinstance(t, ast.Name) and y in {n.id for n in ast.walk(s.value) if isinstance(n, ast.Name)}
                and not any(c in ast.unparse(s.value) for c in copies)} | {y}
        for sub in ast.walk(node):
            if isinstance(sub, ast.AugAssign) and isinstance(sub.target, ast.Name) and sub.target.id in made or (
                    isinstance(sub, ast.Call) and any(k.arg == "out" and isinstance(k.value, ast.Name) and k.value.id in made
                                                      for k in sub.keywords)):
                return TARGETS_WRITTEN.format(line=statement_line(source, sub))
        return hint
    except Exception:  # noqa: BLE001
        return hint
