"""Hints of the MLP checks the sixteenth held-out corpus asked for: a loss that keeps its axes (keepdims=True),
a gradient stored as a tuple by a trailing comma, a backward that takes its output from predict, a factor
written with floor division, a fit that scales the gradients by lr before step does, and a losses array
made one slot longer than the epochs. Each is a replay or a question to the student's own code. Loaded by
the mlp checks with ``load_sibling``."""

import numpy as np

from autograder.grading.compare import CheckFailed, kind_of

KEPT_AXES = (
    "Your loss returns an array holding one value, shape {shape}, where a number belongs: np.mean (or np.sum) "
    "with keepdims=True keeps both axes it averaged over, each with length 1. Take the mean over every element "
    "without keepdims, and return it as a float, with float()."
)


def kept_axes(got, call):
    """``got`` as it is, or CheckFailed naming keepdims where loss returned a (1, 1) array (both axes of A2 kept)."""
    if isinstance(got, np.ndarray) and got.shape == (1, 1) and got.dtype.kind == "f":
        raise CheckFailed(f"{call} returned {kind_of(got)}; it should return a single number (a float)",
                          hint=KEPT_AXES.format(shape=got.shape))
    return got


TUPLE_GRADIENT = (
    "Your backward gives the gradient of {name} as a tuple holding one array, not as the array: a comma at the end "
    "of the line that computes it (d{name} = ... ,) makes a tuple of one. Remove that trailing comma."
)
FLOOR_FACTOR = (
    "Your gradients are all zero here, with m * output_size = {n} outputs, yet right on a batch of 1 or of 2 "
    "outputs: that is the factor 2 / N written with //, floor division, which rounds 2 // N down to 0 once N is "
    "larger than 2 (and gives 2 // 2 = 1, 2 // 1 = 2, the right factors, only there). Write 2 / N, with /."
)
ZERO_SLOPE = (
    "Your gradients are all exactly zero, on every batch the grader tried: the output sigmoid's slope A2 * (1 - A2) "
    "is 0 everywhere. That happens when backward's A2 holds 0/1 labels (predict(X), or a rounded output) instead "
    "of the sigmoid outputs forward(X) gives, or when the slope lost its parentheses (A2 * 1 - A2 is 0): look for "
    "both. Take A2 from forward (the sigmoid of A1 @ W2 + b2), not from predict, and write A2 * (1 - A2)."
)


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _gradients(params, X, Y, divided=False):
    """The MSE gradients of the spec's network, worked out here (no reference asked); ``divided``: dZ2 divided by
    the output slope where it multiplies."""
    A1 = _sigmoid(X @ params["W1"] + params["b1"])
    A2 = _sigmoid(A1 @ params["W2"] + params["b2"])
    slope = A2 * (1.0 - A2)
    dZ2 = 2.0 * (A2 - Y) / (A2.size * slope) if divided else 2.0 * (A2 - Y) / A2.size * slope
    dZ1 = (dZ2 @ params["W2"].T) * A1 * (1.0 - A1)
    return dict(W1=X.T @ dZ1, b1=np.sum(dZ1, axis=0, keepdims=True), W2=A1.T @ dZ2, b2=np.sum(dZ2, axis=0, keepdims=True))


def _all_zero(got, names) -> bool:
    try:
        return all(np.all(np.asarray(got[name], dtype=float) == 0.0) for name in names)
    except (TypeError, ValueError, KeyError):
        return False


SLOPE_DIVIDES = (
    "Your gradients are those of a dZ2 that divides by the output sigmoid's slope A2 * (1 - A2) where it multiplies "
    "by it: a bracket puts the slope into the denominator, as in 2 * (A2 - Y) / (N * A2 * (1 - A2)). Only N "
    "belongs under the division: dZ2 = 2 * (A2 - Y) / N, then times A2 * (1 - A2)."
)


def divided_slope_hint(got, params, X, y):
    """SLOPE_DIVIDES where every gradient of ``got`` is that of dZ2 divided by the output slope."""
    if not isinstance(got, dict):
        return None
    Y = np.asarray(y, dtype=float).reshape(len(X), -1)
    replay = _gradients(params, X, Y, divided=True)
    try:
        same = all(np.allclose(np.asarray(got[k], dtype=float), replay[k], rtol=1e-6, atol=1e-12) for k in replay)
    except (TypeError, ValueError, KeyError):
        return None
    return SLOPE_DIVIDES if same else None


def gradient_slip_hint(got, network, student, n, params=None, X=None, y=None):
    """TUPLE_GRADIENT where a gradient of ``got`` is a tuple of one array; where every gradient is exactly zero,
    backward asked again on batches of 1 and 2 outputs: FLOOR_FACTOR if right there, ZERO_SLOPE if zero there too."""
    if not isinstance(got, dict):
        return None
    for name in ("W1", "b1", "W2", "b2"):
        value = got.get(name)
        if isinstance(value, tuple) and len(value) == 1 and isinstance(value[0], np.ndarray):
            return TUPLE_GRADIENT.format(name=name)
    names = ("W1", "b1", "W2", "b2")
    if params is not None and (divided := divided_slope_hint(got, params, X, y)):
        return divided
    if not _all_zero(got, names):
        return None
    rng = np.random.default_rng(16)
    sizes = (3, 4, 1)
    verdicts = []
    for m in (1, 2):
        params = network.random_params(rng, sizes)
        X, y = rng.normal(size=(m, 3)), np.array([[1.0], [0.0]][:m])
        batch, net = network.net_batch(student, sizes, params)
        step = batch.invoke("backward", (X, y), on=net)
        try:
            small = batch.run()[step]
        except Exception:  # noqa: BLE001 - a failing call tells nothing here
            return None
        right = _gradients(params, X, y)
        try:
            ok = all(np.allclose(np.asarray(small[k], dtype=float), right[k], rtol=1e-6, atol=1e-12) for k in names)
        except (TypeError, ValueError, KeyError):
            return None
        verdicts.append("right" if ok else "zero" if _all_zero(small, names) else "other")
    if verdicts == ["right", "right"]:
        return FLOOR_FACTOR.format(n=n)
    if verdicts == ["zero", "zero"]:
        return ZERO_SLOPE
    return None


LR_TWICE = (
    "Your fit's losses are exactly those of the spec's fit at a rate of lr * lr ({squared:g} where lr is {lr:g}): "
    "the learning rate is applied twice, once in fit (the gradients scaled by lr before they reach step, say) and again in step, which "
    "subtracts lr * grad itself. Pass backward's gradients to step as they are."
)
SPARE_SLOT = (
    "Your fit returns {got} losses for {epochs} epochs: the first {epochs} are right and the last {extra} "
    "{stays} {value:g}, never filled: the array of losses was made {extra} slot{s} longer than the number of "
    "epochs (np.zeros(epochs + 1), say). Make it exactly epochs long."
)


def _fit_losses(params, X, y, lr, epochs):
    """The losses the spec's fit records from ``params`` at ``lr``, worked out here (no reference asked)."""
    p = {name: np.array(value, dtype=float) for name, value in params.items()}
    Y = np.asarray(y, dtype=float).reshape(len(X), -1)
    losses = []
    for _epoch in range(epochs):
        A2 = _sigmoid(_sigmoid(X @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"])
        losses.append(float(np.mean((A2 - Y) ** 2)))
        for name, grad in _gradients(p, X, Y).items():
            p[name] = p[name] - lr * grad
    return np.array(losses)


def recorded_losses(recorded, epochs):
    """A fit's recorded losses as a float array of one finite loss per epoch, or None (other checks say why not)."""
    try:
        got = np.asarray(recorded, dtype=float)
    except (TypeError, ValueError, OverflowError):
        return None
    return got if got.shape == (epochs,) and np.all(np.isfinite(got)) else None


def lr_twice_hint(recorded, params, X, y, lr, epochs):
    """LR_TWICE where the recorded losses are the spec's fit at lr ** 2 (and not at lr), else None."""
    got = recorded_losses(recorded, epochs)
    if got is None:
        return None
    squared = _fit_losses(params, X, y, lr * lr, epochs)
    if np.allclose(got, squared, rtol=1e-6, atol=1e-12) and not np.allclose(got, _fit_losses(params, X, y, lr, epochs),
                                                                            rtol=1e-6, atol=1e-12):
        return LR_TWICE.format(squared=lr * lr, lr=lr)
    return None


def spare_slot_hint(losses, expected):
    """SPARE_SLOT where the losses are the expected ones followed by slots that all hold 0 (or all 1), else None."""
    try:
        got, expected = np.asarray(losses, dtype=float), np.asarray(expected, dtype=float)
    except (TypeError, ValueError):
        return None
    n = expected.size
    if got.ndim != 1 or got.size <= n or not np.allclose(got[:n], expected, rtol=1e-6, atol=1e-12):
        return None
    rest = got[n:]
    if not (np.all(rest == 0.0) or np.all(rest == 1.0)):
        return None
    extra = rest.size
    return SPARE_SLOT.format(got=got.size, epochs=n, extra=extra, stays="stays" if extra == 1 else "stay",
                             value=rest[0], s="" if extra == 1 else "s")


LOSS_ARRAY = (
    "Your fit raised {raised} ({message}) where it stores the epoch's loss: your loss returns an array of shape "
    "{shape}, not a number, and one slot of the losses array holds one number.{keepdims} Return the loss as a float, "
    "with float()."
)


def _asked(student, network, method):
    """The student's ``method``(X, y) on a small problem of its own, or None where it raised."""
    sizes = (2, 3, 1)
    rng = np.random.default_rng(16)
    params = network.random_params(rng, sizes)
    X, y = network.problem(rng, sizes, 4)
    batch, net = network.net_batch(student, sizes, params)
    step = batch.invoke(method, (X, y), on=net)
    try:
        return batch.run()[step]
    except Exception:  # noqa: BLE001 - a failing call tells nothing here
        return None


def fit_part_hint(student, network, exc):
    """Where fit raised: TUPLE_GRADIENT where backward, asked here, gives a gradient as a tuple of one array,
    LOSS_ARRAY where loss returns an array with axes; else None."""
    if not getattr(exc, "raised", ""):
        return None
    if exc.raised == "TypeError":
        hint = gradient_slip_hint(_asked(student, network, "backward"), network, student, 0)
        return f"Your fit raised {exc.raised} ({exc.raised_message}) in step. " + hint if hint in _TUPLES else None
    return loss_array_hint(student, network, exc)


def loss_array_hint(student, network, exc):
    """LOSS_ARRAY where fit raised 'setting an array element with a sequence' and loss, asked here, returns an
    array with axes (not a number)."""
    if getattr(exc, "raised", "") != "ValueError" or "setting an array element" not in (exc.raised_message or ""):
        return None
    got = _asked(student, network, "loss")
    if not isinstance(got, np.ndarray) or got.ndim == 0:
        return None
    keepdims = " (np.mean or np.sum with keepdims=True keeps both axes, each of length 1.)" if got.shape == (1, 1) else ""
    return LOSS_ARRAY.format(raised=exc.raised, message=exc.raised_message, shape=got.shape, keepdims=keepdims)


_TUPLES = {TUPLE_GRADIENT.format(name=name) for name in ("W1", "b1", "W2", "b2")}
