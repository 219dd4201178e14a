"""Hints of the MLP checks for answers that carry the right one in another form: a forward that returns
several values (the output among them), gradients scaled by the network's learning rate, a step whose
update is another line of the parameter and its gradient than p - lr * g (a weight decay, another rate),
and a loss taken on 0/1 labels. Loaded by the mlp checks with ``load_sibling``; computes from what the
check already has (the student's answers, the reference's right ones), never the answer's own code."""

import contextlib

import numpy as np

from autograder.grading.compare import CheckFailed, Misconception, diagnose

SEVERAL = (
    "Your {function} returns {count} values packed in a tuple ({kinds}){which}: a return with commas, "
    "return a, b, gives back a tuple. {function} returns {what} alone: return only that (a value the other "
    "methods need, such as A1 for backward, can be computed again there or kept on self)."
)


def _kinds(items) -> str:
    return ", ".join(f"an array of shape {np.shape(v)}" if np.ndim(v) else type(v).__name__ for v in items)


@contextlib.contextmanager
def several_returned(got, expected, function, what):
    """Inside this, a check that fails because ``got`` is a tuple (or list) where one array belongs gets
    SEVERAL, naming which item (if any) is the right one, ``expected``."""
    try:
        yield
    except CheckFailed as failed:
        if failed.hint is not None or not isinstance(got, (tuple, list)) or len(got) < 2:
            raise
        which = ""
        for index, item in enumerate(got):
            try:
                if np.shape(item) == np.shape(expected) and np.allclose(np.asarray(item, dtype=float), expected):
                    which = f", and item {index + 1} of yours is the right {what}"
            except (TypeError, ValueError):
                pass
        hint = SEVERAL.format(function=function, count=len(got), kinds=_kinds(got), which=which, what=what)
        raise CheckFailed(failed.message, hint=hint, credit=failed.credit) from None


RATE_IN_GRADIENTS = (
    "Every gradient of yours is the right one times {rate:g}, the network's learning rate lr: backward folds lr "
    "into the gradients, and step multiplies by lr again. backward returns the plain gradients of the loss, "
    "dL/dW1 ... dL/db2, with no lr in them; only step uses lr (param -= lr * grad)."
)


OVERWRITTEN = (
    "Your output gradient takes the sigmoid's slope from A2 - Y instead of A2: A2 was changed in place (A2 -= Y, "
    "or an operation with out=A2) before its slope A2 * (1 - A2) was taken, so the slope sees the difference. "
    "Keep A2 as forward gave it: put the difference in a new array (diff = A2 - Y) and take the slope from A2."
)


def backward_hint(got, known, rate):
    """RATE_IN_GRADIENTS, or OVERWRITTEN where b2's gradient is that of a slope taken from an overwritten A2
    (``known``: ``reference.mistakes.backward_mistakes``), else None."""
    if not isinstance(got, dict):
        return None
    overwritten = [Misconception(OVERWRITTEN, value) for value in known["b2"].get("overwritten", [])]
    return rate_in_gradients_hint(got, known["right"], rate) or diagnose(got.get("b2"), overwritten)


def rate_in_gradients_hint(got, right, rate):
    """RATE_IN_GRADIENTS when every gradient of ``got`` is ``rate`` times the ``right`` one (by name)."""
    try:
        pairs = [(np.asarray(got[name], dtype=float), np.asarray(value, dtype=float)) for name, value in right.items()]
    except (TypeError, ValueError, KeyError):
        return None
    if all(g.shape == r.shape and np.allclose(g, rate * r, rtol=1e-5, atol=1e-12) for g, r in pairs):
        return RATE_IN_GRADIENTS.format(rate=rate)
    return None


LINEAR_STEP = (
    "Your step gives {formula} for every parameter p and its gradient g, where the spec's update is p - lr * g "
    "(lr = {rate:g}). {why}"
)
SHRINKS = (
    "The factor {a:.6g} on p shrinks every parameter towards 0 at each step, beyond its gradient: that is a weight "
    "decay (an L2 penalty, lr * c * p with c = {c:.3g}, added to the gradient), which this network does not have. "
    "Subtract lr * grad and nothing else."
)
OTHER_RATE = "Each parameter moves by {b:.6g} times its gradient where -lr = {minus:g} belongs: look at the rate step uses."


def linear_step_hint(params, grads, after, rate):
    """What a step that is a fixed line of p and g gives, new = a * p + b * g (same a and b for every entry of
    every parameter), when that is not the spec's update: fitted by least squares over all the entries and
    named only where it fits every one (``params``, ``grads``, ``after``: one array per parameter)."""
    try:
        p, g, new = (np.concatenate([np.ravel(np.asarray(v, dtype=float)) for v in values])
                     for values in (params, grads, after))  # fmt: skip
    except (TypeError, ValueError):
        return None
    if not (p.shape == g.shape == new.shape) or p.size < 3 or not np.isfinite(new).all():
        return None
    (a, b), *_ = np.linalg.lstsq(np.stack([p, g], axis=1), new, rcond=None)
    if not np.allclose(a * p + b * g, new, rtol=1e-9, atol=1e-12) or np.allclose([a, b], [1.0, -rate], rtol=1e-9):
        return None
    formula = f"{a:.6g} * p {'-' if b < 0 else '+'} {abs(b):.6g} * g"
    why = (SHRINKS.format(a=a, c=(1 - a) / rate) if a < 1 and abs(b + rate) < 1e-9 * rate
           else OTHER_RATE.format(b=b, minus=-rate) if abs(a - 1) < 1e-12 else "Keep p as it is and subtract lr * g.")
    return LINEAR_STEP.format(formula=formula, rate=rate, why=why)


LABELS_LOSS = (
    "Your loss compares Y with 0/1 labels, the outputs rounded (predict(X), or A2 >= 0.5), where the outputs "
    "A2 = forward(X) themselves belong: the loss measures how far the raw outputs are from the targets, so that "
    "its gradient can move them. Take the mean of (A2 - Y) ** 2 with A2 from forward, not from predict."
)


def labels_loss(A2, y):
    """The Misconception of a loss taken on the labels (A2 >= 0.5) instead of A2."""
    A2 = np.asarray(A2, dtype=float)
    targets = np.reshape(np.asarray(y, dtype=float), A2.shape)
    return [Misconception(LABELS_LOSS, float(np.mean((np.where(A2 < 0.5, 0.0, 1.0) - targets) ** 2)))]
