"""Hints of the backprop checks the sixteenth held-out corpus asked for, each a replay worked out here on the
2-2-1 network (no reference asked): partials that carry dL/do1 twice, a feedforward that pairs w2 and w3 with
the other input (its weight matrix transposed), and a train whose trajectory is the spec's at learn_rate ** 2,
or whose recorded losses are floor divisions or the (n, n) table of a column of labels against the row of
predictions. Loaded by the backprop checks with ``load_sibling``."""

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import Misconception

NAMES = load_sibling(__file__, "backprop_slips").NINE_KEYS  # the nine parameters, weights first

DELTA_TWICE = (
    "Every partial carries dL/do1 = -2 * (y_true - o1) twice: yours are the right ones times dL/do1 once more. "
    "That happens when a name first holds o1's slope, o1 * (1 - o1), and is then reused for the output delta "
    "dL/do1 * o1 * (1 - o1), while the formulas after it still multiply by dL/do1 as well. Multiply by dL/do1 once: "
    "keep the slope and the delta under two different names."
)
SWAPPED = (
    "Your feedforward pairs w2 and w3 the other way round: its h1 is sigmoid(w1*x[0] + w3*x[1] + b1) and its h2 "
    "sigmoid(w2*x[0] + w4*x[1] + b2). With the hidden weights in a matrix whose rows are the neurons, "
    "[[w1, w2], [w3, w4]], x @ W multiplies by its transpose: write W @ x (or keep the rows as columns)."
)
CHAINED = (
    "Your h2 reads h1's output where the input x[{i}] belongs ({w} * h1): the hidden neurons are side by side, not "
    "one after the other, so h2 takes the same inputs as h1, x[0] and x[1], with its own weights w3 and w4."
)
SWAPPED_STEP = (
    "Your train's trajectory is the spec's with sgd_step given its arguments in the wrong order: "
    "sgd_step(grads, params, learn_rate) returns grads - learn_rate * params. Pass them in the order of its "
    "def line, sgd_step(params, grads, learn_rate)."
)
LAST_LEFT_OUT = (
    "Your train's parameters are right, but each recorded loss is the mean over all samples but the last one: "
    "the loop that measures the loss stops one sample short (range(len(data) - 1), an off-by-one). Take the mean "
    "over every sample of the data set."
)
LR_TWICE = (
    "Your train follows the spec's rule exactly at a rate of learn_rate * learn_rate ({squared:g} for {lr:g}): the "
    "learning rate is applied twice, once in train (the gradients scaled by learn_rate before they reach "
    "sgd_step, say) and again in sgd_step, which subtracts learn_rate * grad itself. Pass backprop's partials to "
    "sgd_step as they are."
)
FLOOR = (
    "Your train's parameters are right, but each recorded loss is the right one rounded down to a whole number "
    "(0.0 for every loss below 1): the mean is taken with //, floor division. Divide with /: sum(errors) / n."
)
TABLE = (
    "Your train's parameters are right, but each recorded loss is the mean of the (n, n) table of every label "
    "against every prediction: the labels as a column, shape (n, 1), minus the predictions as a row, shape (n,), "
    "broadcast to that table. Keep both flat, shape (n,), so that each label meets its own prediction."
)


def _s(z):
    return 1.0 / (1.0 + np.exp(-z))


def _forward(p, x, swap=False, chained=None):
    w2, w3 = (p["w3"], p["w2"]) if swap else (p["w2"], p["w3"])
    h1 = _s(p["w1"] * x[0] + w2 * x[1] + p["b1"])
    x0, x1 = (h1, x[1]) if chained == 0 else (x[0], h1) if chained == 1 else (x[0], x[1])
    h2 = _s(w3 * x0 + p["w4"] * x1 + p["b2"])
    return h1, h2, _s(p["w5"] * h1 + p["w6"] * h2 + p["b3"])


def _partials(p, x, y):
    h1, h2, o1 = _forward(p, x)
    d = -2.0 * (y - o1) * o1 * (1.0 - o1)
    d1, d2 = d * p["w5"] * h1 * (1.0 - h1), d * p["w6"] * h2 * (1.0 - h2)
    return {"w1": d1 * x[0], "w2": d1 * x[1], "w3": d2 * x[0], "w4": d2 * x[1], "w5": d * h1, "w6": d * h2,
            "b1": d1, "b2": d2, "b3": d}


def delta_twice(numerical, y_true, o1):
    """The Misconception of partials carrying dL/do1 twice (``numerical``: the right partials by name)."""
    factor = -2.0 * (y_true - o1)
    return [Misconception(DELTA_TWICE, [numerical[n] * factor for n in NAMES])]


def swapped_hint(cases, replies):
    """SWAPPED where every feedforward reply is o1 with w2 and w3 swapped, CHAINED where h2 reads h1 in place of
    an input (and that differs from the right o1)."""
    try:
        got = [float(reply[0]) for reply in replies]
    except (TypeError, ValueError, IndexError):
        return None
    right = [_forward(params, x)[2] for params, x, _ in cases]
    if len(got) != len(cases) or np.allclose(got, right, rtol=1e-7):
        return None
    for hint, options in ((SWAPPED, {"swap": True}), (CHAINED.format(i=0, w="w3"), {"chained": 0}),
                          (CHAINED.format(i=1, w="w4"), {"chained": 1})):
        if np.allclose(got, [_forward(params, x, **options)[2] for params, x, _ in cases], rtol=1e-7):
            return hint
    return None


def _train(data, ys, start, lr, epochs, swapped=False):
    """Each epoch's parameters after the spec's SGD, from ``start`` (``swapped``: sgd_step(grads, params, lr))."""
    p, seen = {n: float(start[n]) for n in NAMES}, []
    for _epoch in range(epochs):
        for x, y in zip(data, ys):
            g = _partials(p, x, y)
            p = {n: g[n] - lr * p[n] for n in NAMES} if swapped else {n: p[n] - lr * g[n] for n in NAMES}
        seen.append(p)
    return seen


def student_run(losses, trained, data, ys, epochs):
    """A train's answers as numbers: (its losses, its trained parameters in NAMES' order, the data, the labels
    flattened), or None when they are not one loss per epoch and nine numbers (other checks say so)."""
    try:
        got = np.asarray(losses, dtype=float)
        params = [float(trained[n]) for n in NAMES]
    except (TypeError, ValueError, KeyError, OverflowError):
        return None
    if got.shape != (epochs,):
        return None
    return got, params, np.asarray(data, dtype=float), np.asarray(ys, dtype=float).ravel()


def train_hint(losses, trained, data, ys, start, lr, epochs):
    """LR_TWICE, FLOOR or TABLE, where the student's losses (and trained parameters) are that replay's; else None."""
    run = student_run(losses, trained, data, ys, epochs)
    if run is None:
        return None
    got, params, data, ys = run
    close = lambda a, b: np.allclose(a, b, rtol=1e-6, atol=1e-12)  # noqa: E731
    squared = _train(data, ys, start, lr * lr, epochs)
    preds = lambda p: np.array([_forward(p, x)[2] for x in data])  # noqa: E731
    if close(got, [np.mean((ys - preds(p)) ** 2) for p in squared]) and close(params, [squared[-1][n] for n in NAMES]):
        return LR_TWICE.format(squared=lr * lr, lr=lr)
    with np.errstate(all="ignore"):
        swapped = _train(data, ys, start, lr, epochs, swapped=True)
        if close(got, [np.mean((ys - preds(p)) ** 2) for p in swapped]) and close(params, [swapped[-1][n] for n in NAMES]):
            return SWAPPED_STEP
    seen = _train(data, ys, start, lr, epochs)
    if not close(params, [seen[-1][n] for n in NAMES]):
        return None
    right = np.array([np.mean((ys - preds(p)) ** 2) for p in seen])
    if close(got, right):
        return None
    if np.array_equal(got, np.floor(right)):
        return FLOOR
    if close(got, [np.mean((ys[:, None] - preds(p)[None, :]) ** 2) for p in seen]):
        return TABLE
    if len(ys) > 1 and close(got, [np.mean((ys[:-1] - preds(p)[:-1]) ** 2) for p in seen]):
        return LAST_LEFT_OUT
    return None
