"""The 2-2-1 network's forward pass, partials and training as common mistakes write them: what
the backprop checks' hints compare with.

Instructor-side only: the grader exposes this module to the checks as ``reference.mistakes``,
and a student's kit holds only its outputs on the checks' fixed inputs (recorded with the
reference's), never this code, which is most of the answer. Every function takes the check's
fixed inputs and returns plain data (numbers, lists, dicts of them).
"""

from itertools import permutations

import numpy as np

NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")
# dL/dh1 and dL/dh2 sent back through other weights than w5 and w6: what is sent the wrong way,
# and the weights it goes through (dL/dh1's, dL/dh2's)
WRONG_BACK = {"dL/dh1 and dL/dh2": ("w6", "w5"), "dL/dh1": ("w6", "w6"), "dL/dh2": ("w5", "w5")}


def _sigmoid(z):
    return float(np.exp(-np.logaddexp(0.0, -z)))


def _forward(p, x, drop=None):
    """h1, h2, o1, with the bias ``drop`` left out."""
    b = {name: (0.0 if name == drop else p[name]) for name in ("b1", "b2", "b3")}
    h1 = _sigmoid(p["w1"] * x[0] + p["w2"] * x[1] + b["b1"])
    h2 = _sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + b["b2"])
    return h1, h2, _sigmoid(p["w5"] * h1 + p["w6"] * h2 + b["b3"])


def _gradients(p, x, y_true, *, o1_slope=None, back=("w5", "w6")):
    """The nine partials; ``o1_slope`` and ``back`` replay mistakes (the output's slope taken
    another way, dL/dh1 and dL/dh2 sent back through other weights)."""
    h1, h2, o1 = _forward(p, x)
    d_o1 = o1 * (1 - o1) if o1_slope is None else o1_slope(o1)
    d_o = -2 * (y_true - o1) * d_o1
    d_h1, d_h2 = d_o * p[back[0]] * h1 * (1 - h1), d_o * p[back[1]] * h2 * (1 - h2)
    return {"w1": d_h1 * x[0], "w2": d_h1 * x[1], "w3": d_h2 * x[0], "w4": d_h2 * x[1], "w5": d_o * h1,
            "w6": d_o * h2, "b1": d_h1, "b2": d_h2, "b3": d_o}  # fmt: skip


def output_without_bias(params, x):
    """o1 with each bias in turn left out: ``{"b1": o1, "b2": o1, "b3": o1}``."""
    return {bias: _forward(params, x, drop=bias)[2] for bias in ("b1", "b2", "b3")}


def gradient_mistakes(params, x, y_true):
    """What the partials' hints compare with, for one sample: the right partials; h1 and h2;
    the slope of each sigmoid at its output; and the nine partials (in NAMES order) with the
    sigmoid applied to o1 a second time, and with dL/dh1 or dL/dh2 sent back through the
    other weight (keyed as WRONG_BACK)."""
    h1, h2, o1 = _forward(params, x)
    twice = _gradients(params, x, y_true, o1_slope=lambda o: _sigmoid(o) * (1 - _sigmoid(o)))
    return {
        "right": _gradients(params, x, y_true),
        "hidden": {"h1": h1, "h2": h2},
        "slopes": {"o1": o1 * (1 - o1), "h1": h1 * (1 - h1), "h2": h2 * (1 - h2)},
        "sigmoid_twice": [twice[n] for n in NAMES],
        "wrong_back": {wrong: [_gradients(params, x, y_true, back=back)[n] for n in NAMES]
                       for wrong, back in WRONG_BACK.items()},  # fmt: skip
    }


def _epoch(params, data, y_trues, learn_rate, order):
    """The parameters after one epoch visiting the samples in ``order``, and the MSE after it."""
    for i in order:
        grads = _gradients(params, data[i], y_trues[i])
        params = {n: params[n] - learn_rate * grads[n] for n in NAMES}
    return params, float(np.mean([(y - _forward(params, x)[2]) ** 2 for x, y in zip(data, y_trues)]))


def train_mistakes(data, y_trues, start, learn_rate, epochs):
    """What train would record per epoch for common mistakes: the last sample's loss after the
    epoch (``last_after``) and before its update (``last_before``), and the mean of each
    sample's loss as it is visited (``running``)."""
    params = dict(start)
    found = {"last_after": [], "last_before": [], "running": []}
    for _ in range(epochs):
        seen = []
        for x, y in zip(data, y_trues):
            seen.append((y - _forward(params, x)[2]) ** 2)
            grads = _gradients(params, x, y)
            params = {n: params[n] - learn_rate * grads[n] for n in NAMES}
        found["last_before"].append(seen[-1])
        found["last_after"].append((y_trues[-1] - _forward(params, data[-1])[2]) ** 2)
        found["running"].append(float(np.mean(seen)))
    return found


def shuffled_trajectories(data, y_trues, start, learn_rate, epochs):
    """The losses of trains that visit the samples in another order than the data's.

    ``orders``: every order of the samples, data order first. ``same_order[j]``: the losses when
    every epoch visits them in ``orders[j]``. ``diverted[k][j]``: the loss after epoch k when
    the epochs before it went in data order and epoch k in ``orders[j]`` (a train that shuffles
    anew each epoch leaves data order at its first epoch that is not in data order)."""
    orders = list(permutations(range(len(data))))
    same_order = []
    for order in orders:
        params, losses = dict(start), []
        for _ in range(epochs):
            params, loss = _epoch(params, data, y_trues, learn_rate, order)
            losses.append(loss)
        same_order.append(losses)
    diverted, params = [], dict(start)
    for _ in range(epochs):
        diverted.append([_epoch(params, data, y_trues, learn_rate, order)[1] for order in orders])
        params, _ = _epoch(params, data, y_trues, learn_rate, orders[0])
    return {"orders": [list(order) for order in orders], "same_order": same_order, "diverted": diverted}
