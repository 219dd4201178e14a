"""The 2-2-1 network's forward pass, partials and training as common mistakes write them: what
the backprop checks' hints compare with.

Instructor-side only: the grader exposes this module to the checks as ``reference.mistakes``,
and a student's kit holds only its outputs on the checks' fixed inputs (recorded with the
reference's), never this code, which is most of the answer. Every function takes the check's
fixed inputs and returns plain data (numbers, lists, dicts of them).

The network's functions work on one set of parameters and one sample, or element-wise on
arrays of them (many trainings side by side: a sample ``x`` of shape (..., 2)).
"""

from itertools import permutations

import numpy as np

NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")
# dL/dh1 and dL/dh2 sent back through other weights than w5 and w6: what is sent the wrong way,
# and the weights it goes through (dL/dh1's, dL/dh2's)
WRONG_BACK = {"dL/dh1 and dL/dh2": ("w6", "w5"), "dL/dh1": ("w6", "w6"), "dL/dh2": ("w5", "w5")}


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def _forward(p, x, drop=None, after=None):
    """h1, h2, o1, with the bias ``drop`` left out, or the bias ``after`` added after its neuron's sigmoid."""
    b = {name: (0.0 if name in (drop, after) else p[name]) for name in ("b1", "b2", "b3")}
    late = {name: (p[name] if name == after else 0.0) for name in ("b1", "b2", "b3")}
    x1, x2 = np.asarray(x, dtype=float)[..., 0], np.asarray(x, dtype=float)[..., 1]
    h1 = _sigmoid(p["w1"] * x1 + p["w2"] * x2 + b["b1"]) + late["b1"]
    h2 = _sigmoid(p["w3"] * x1 + p["w4"] * x2 + b["b2"]) + late["b2"]
    return h1, h2, _sigmoid(p["w5"] * h1 + p["w6"] * h2 + b["b3"]) + late["b3"]


def _gradients(p, x, y_true, *, o1_slope=None, back=("w5", "w6"), forward=None, seen=None):
    """The nine partials; ``o1_slope``, ``back`` and ``forward`` replay mistakes (the output's
    slope taken another way, dL/dh1 and dL/dh2 sent back through other weights, h1, h2 and o1
    computed with the parameters ``forward`` while the chain uses ``p``, dL/do1 comparing y_true with
    ``seen(o1)`` instead of o1)."""
    h1, h2, o1 = _forward(p if forward is None else forward, x)
    d_o1 = o1 * (1 - o1) if o1_slope is None else o1_slope(o1)
    d_o = -2 * (y_true - (o1 if seen is None else seen(o1))) * d_o1
    d_h1, d_h2 = d_o * p[back[0]] * h1 * (1 - h1), d_o * p[back[1]] * h2 * (1 - h2)
    x1, x2 = np.asarray(x, dtype=float)[..., 0], np.asarray(x, dtype=float)[..., 1]
    return {"w1": d_h1 * x1, "w2": d_h1 * x2, "w3": d_h2 * x1, "w4": d_h2 * x2, "w5": d_o * h1,
            "w6": d_o * h2, "b1": d_h1, "b2": d_h2, "b3": d_o}  # fmt: skip


ACTIVATIONS = {  # what a layer applies instead of its one sigmoid
    "relu": lambda z: np.maximum(z, 0.0),
    "tanh": np.tanh,
    "none": lambda z: z,
    "twice": lambda z: _sigmoid(_sigmoid(z)),
}


def feedforward_mistakes(params, x):
    """o1 as common slips compute it, keyed by slip: each bias in turn left out (``"b1"``,
    ``"b2"``, ``"b3"``); the output neuron fed the inputs x[0], x[1] instead of h1, h2
    (``"o1_from_x"``); h1 or h2 returned (``"returns_h1"``, ``"returns_h2"``); and each layer
    with another activation than its sigmoid (``"hidden_relu"`` ... ``"output_twice"``, the
    activations of ACTIVATIONS); and one parameter read where another of its kind belongs
    (``"b1_for_b2"``: b1 where b2 belongs, the pairs of MIXED_UP); and a neuron's inputs added
    without their weights (``"o1_unweighted"``..., UNWEIGHTED); and a neuron's two weights
    swapped between its inputs (``"o1_weights_swapped"``..., SWAPPED); and o1 made a 0/1 label,
    rounded or stepped (``"o1_as_label"``); and each bias added after its neuron's sigmoid instead of
    inside it (``"b1_after"``, ``"b2_after"``, ``"b3_after"``); and one neuron's weighted sum slipping once, an
    input misread or a + typed as * or - (keyed as ``_wiring_slips``); and the sigmoid taken of the inputs
    x[0] and x[1] before the hidden neurons weigh them (``"inputs_squashed"``)."""
    p = params
    x1, x2 = (float(v) for v in np.asarray(x, dtype=float)[:2])
    found = {bias: float(_forward(p, x, drop=bias)[2]) for bias in ("b1", "b2", "b3")}
    found.update({f"{bias}_after": float(_forward(p, x, after=bias)[2]) for bias in ("b1", "b2", "b3")})
    h1, h2, _ = (float(v) for v in _forward(p, x))
    found["o1_from_x"] = float(_sigmoid(p["w5"] * x1 + p["w6"] * x2 + p["b3"]))
    found["returns_h1"], found["returns_h2"] = h1, h2
    found["o1_as_label"] = float(float(_forward(p, x)[2]) >= 0.5)
    z1, z2 = p["w1"] * x1 + p["w2"] * x2 + p["b1"], p["w3"] * x1 + p["w4"] * x2 + p["b2"]
    for name, act in ACTIVATIONS.items():
        found[f"hidden_{name}"] = float(_sigmoid(p["w5"] * act(z1) + p["w6"] * act(z2) + p["b3"]))
        found[f"output_{name}"] = float(act(p["w5"] * h1 + p["w6"] * h2 + p["b3"]))
    for used, meant in MIXED_UP:
        found[f"{used}_for_{meant}"] = float(_forward({**p, meant: p[used]}, x)[2])
    for slip, misread in COPIED_LINE.items():
        found[slip] = float(_forward({**p, **{meant: p[used] for meant, used in misread.items()}}, x)[2])
    for slip, weights in UNWEIGHTED.items():
        found[slip] = float(_forward({**p, **dict.fromkeys(weights, 1.0)}, x)[2])
    for slip, (a, b) in SWAPPED.items():
        found[slip] = float(_forward({**p, a: p[b], b: p[a]}, x)[2])
    found.update(_wiring_slips(p, x1, x2))
    found["inputs_squashed"] = float(_forward(p, [float(_sigmoid(x1)), float(_sigmoid(x2))])[2])
    return found


# Each neuron's weighted sum: two (weight, input) terms and a bias, and the inputs a term may read instead.
NEURONS = {"h1": (("w1", "x[0]"), ("w2", "x[1]"), "b1"), "h2": (("w3", "x[0]"), ("w4", "x[1]"), "b2"),
           "o1": (("w5", "h1"), ("w6", "h2"), "b3")}
SOURCES = ("x[0]", "x[1]", "h1", "h2")


def _wiring_slips(p, x1, x2):
    """o1 when one neuron's weighted sum slips once: one term's weight multiplies another input than its own
    (``"h1:w2*x[0]"``: w2 times x[0] in h1; the hidden neurons read only x[0] and x[1]), or one of the
    sum's two + is typed as * or - (``"o1:+b3:*"``: w5*h1 + w6*h2 * b3; ``"h1:+w2:-"``: w1*x[0] - w2*x[1] + b1)."""
    found = {}
    for neuron, (first, second, bias) in NEURONS.items():
        for k, (weight, own) in enumerate((first, second)):
            for source in SOURCES[: 2 if neuron != "o1" else 4]:
                if source != own:
                    found[f"{neuron}:{weight}*{source}"] = (neuron, k, source, None)
        for k, term in enumerate((second[0], bias)):
            for op in "*-":
                found[f"{neuron}:+{term}:{op}"] = (neuron, None, None, (k, op))
    return {key: _wired(p, x1, x2, *slip) for key, slip in found.items()}


def _wired(p, x1, x2, slipped, term, source, op):
    values = {"x[0]": x1, "x[1]": x2}
    for neuron, ((wa, ia), (wb, ib), bias) in NEURONS.items():
        inputs = [ia, ib]
        if neuron == slipped and term is not None:
            inputs[term] = source
        a, b, c = p[wa] * values[inputs[0]], p[wb] * values[inputs[1]], p[bias]
        z = a + b + c
        if neuron == slipped and op is not None:
            z = {(0, "*"): a * b + c, (0, "-"): a - b + c, (1, "*"): a + b * c, (1, "-"): a + b - c}[op]
        values[neuron] = float(_sigmoid(z))
    return values["o1"]


# A neuron whose two weights meet each other's inputs (w6 * h1 + w5 * h2 in o1, say).
SWAPPED = {"o1_weights_swapped": ("w5", "w6"), "h1_weights_swapped": ("w1", "w2"), "h2_weights_swapped": ("w3", "w4")}


# A neuron (or a layer) that adds its inputs as they are, without their weights: the weights left out.
UNWEIGHTED = {"o1_unweighted": ("w5", "w6"), "h1_unweighted": ("w1", "w2"), "h2_unweighted": ("w3", "w4"),
              "hidden_unweighted": ("w1", "w2", "w3", "w4")}



# One parameter read where another of its kind belongs (a line copied and not fully edited).
MIXED_UP = [(used, meant) for group in (NAMES[:6], NAMES[6:]) for used in group for meant in group if used != meant]

# A hidden neuron's line copied from the other's and its weights (or weights and bias) not edited:
# the parameters it reads instead of its own.
COPIED_LINE = {
    "h2_weights_of_h1": {"w3": "w1", "w4": "w2"},
    "h1_weights_of_h2": {"w1": "w3", "w2": "w4"},
    "h2_line_of_h1": {"w3": "w1", "w4": "w2", "b2": "b1"},
    "h1_line_of_h2": {"w1": "w3", "w2": "w4", "b1": "b2"},
}
# The forward pass inside backprop computed another way than feedforward's, as the parameters it
# reads instead of the right ones (a missing bias reads 0): keyed by a short name of the slip.
FORWARD_SLIPS = {
    **{f"no_{b}": {b: None} for b in ("b1", "b2", "b3")},
    "h1_inputs_swapped": {"w1": "w2", "w2": "w1"},
    "h2_inputs_swapped": {"w3": "w4", "w4": "w3"},
    **{f"{used}_for_{meant}": {meant: used} for used, meant in MIXED_UP},
    **COPIED_LINE,
}


def gradient_mistakes(params, x, y_true):
    """What the partials' hints compare with, for one sample: the right partials; h1 and h2;
    the slope of each sigmoid at its output; and the nine partials (in NAMES order) with the
    sigmoid applied to o1 a second time, with o1's slope written with its weighted sum z,
    z * (1 - z) (``"slope_of_z"``), with dL/do1 comparing y_true with o1 rounded to a 0/1 label
    (``"label_gap"``), with dL/dh1 or dL/dh2 sent back through the other
    weight (keyed as WRONG_BACK), and with the right chain applied to h1, h2 and o1 from a forward
    pass that slips (keyed as FORWARD_SLIPS)."""
    h1, h2, o1 = (float(v) for v in _forward(params, x))
    right = _gradients(params, x, y_true)
    twice = _gradients(params, x, y_true, o1_slope=lambda o: _sigmoid(o) * (1 - _sigmoid(o)))
    z = params["w5"] * h1 + params["w6"] * h2 + params["b3"]
    of_z = _gradients(params, x, y_true, o1_slope=lambda o: z * (1 - z))
    slipped = {slip: {**params, **{meant: 0.0 if used is None else params[used] for meant, used in misread.items()}}
               for slip, misread in FORWARD_SLIPS.items()}  # fmt: skip
    return {
        "right": {n: float(right[n]) for n in NAMES},
        "hidden": {"h1": h1, "h2": h2},
        "slopes": {"o1": o1 * (1 - o1), "h1": h1 * (1 - h1), "h2": h2 * (1 - h2)},
        "sigmoid_twice": [float(twice[n]) for n in NAMES],
        "slope_of_z": [float(of_z[n]) for n in NAMES],
        "label_gap": [float(_gradients(params, x, y_true, seen=lambda o: np.round(o))[n]) for n in NAMES],
        "wrong_back": {wrong: [float(_gradients(params, x, y_true, back=back)[n]) for n in NAMES]
                       for wrong, back in WRONG_BACK.items()},  # fmt: skip
        "forward_slips": {slip: [float(_gradients(params, x, y_true, forward=forward)[n]) for n in NAMES]
                          for slip, forward in slipped.items()},  # fmt: skip
    }


def _epoch(params, data, y_trues, learn_rate, orders):
    """One epoch of trainings side by side, the k-th visiting the samples in ``orders[k]``:
    the parameters after it (arrays, one entry per training) and the MSE over the data after it."""
    for position in range(orders.shape[1]):
        visited = orders[:, position]
        grads = _gradients(params, data[visited], y_trues[visited])
        params = {n: params[n] - learn_rate * grads[n] for n in NAMES}
    outputs = _forward(params, data[:, None, :])[2]  # (samples, trainings)
    return params, np.mean((y_trues[:, None] - outputs) ** 2, axis=0)


def _losses(params, data, y_trues):
    return float(np.mean([(y - _forward(params, x)[2]) ** 2 for x, y in zip(data, y_trues)]))


def _slipped_training(data, y_trues, start, learn_rate, epochs, *, stale=False, skip_last=False, per_epoch=None):
    """The losses per epoch of a train that takes every sample's gradient at the epoch's starting
    parameters (``stale``), never visits the last sample (``skip_last``), or steps once per epoch
    (``per_epoch``), after the loop over the samples, with the last sample's gradient (``"last"``)
    or the mean of the epoch's gradients (``"mean"``), all taken at the epoch's starting parameters."""
    params, losses = {n: float(v) for n, v in start.items()}, []
    visited = list(zip(data, y_trues))[: len(data) - 1 if skip_last else len(data)]
    for _ in range(epochs):
        at_start = dict(params)
        if per_epoch:
            grads = [_gradients(at_start, x, y) for x, y in visited]
            step = grads[-1] if per_epoch == "last" else {n: np.mean([g[n] for g in grads]) for n in NAMES}
            params = {n: params[n] - learn_rate * float(step[n]) for n in NAMES}
        for x, y in [] if per_epoch else visited:
            grads = _gradients(at_start if stale else params, x, y)
            params = {n: params[n] - learn_rate * float(grads[n]) for n in NAMES}
        losses.append(_losses(params, data, y_trues))
    return losses


def train_mistakes(data, y_trues, start, learn_rate, epochs):
    """What train would record for common mistakes. One loss per epoch: the last sample's loss
    after the epoch (``last_after``) and before its update (``last_before``), the mean of each
    sample's loss as it is visited (``running``), the total of the epochs' losses so far
    (``cumulative``); one per sample, recorded inside the loop over the samples: the MSE over the
    data after each sample's step (``each_sample_mse``), each sample's own loss before its step
    (``each_sample_own``); one more than the epochs: the starting loss, then one per epoch
    (``with_start``); every sample's output after the epoch compared with one label, the last
    sample's (``last_label``) or the first's (``first_label``); another reduction of the squared errors after
    the epoch than their mean: the largest, the smallest, the median, the first sample's (``largest``,
    ``smallest``, ``median``, ``first``); every label against the last sample's output (``last_output``). And the losses of a train that takes the gradients at the epoch's starting
    parameters (``stale``), skips the last sample (``skips_last``), or steps once per epoch with
    the last sample's gradient (``last_step``) or the epoch's mean gradient (``mean_step``); and the losses of
    a train at learn_rate times a factor, [factor, losses] for each of 1 / samples, samples, 0.5 and 2
    (``rate_scaled``)."""
    params = {n: float(v) for n, v in start.items()}
    found = {"last_after": [], "last_before": [], "running": [], "each_sample_mse": [], "each_sample_own": [],
             "with_start": [_losses(params, data, y_trues)], "last_label": [], "first_label": [], "absolute": [],
             "error_rate": []}  # fmt: skip
    for _ in range(epochs):
        seen = []
        for x, y in zip(data, y_trues):
            seen.append(float((y - _forward(params, x)[2]) ** 2))
            grads = _gradients(params, x, y)
            params = {n: params[n] - learn_rate * float(grads[n]) for n in NAMES}
            found["each_sample_mse"].append(_losses(params, data, y_trues))
        found["last_before"].append(seen[-1])
        found["last_after"].append(float((y_trues[-1] - _forward(params, data[-1])[2]) ** 2))
        found["running"].append(float(np.mean(seen)))
        found["each_sample_own"] += seen
        found["with_start"].append(_losses(params, data, y_trues))
        outputs = np.array([float(_forward(params, x)[2]) for x in data])
        found["last_label"].append(float(np.mean((y_trues[-1] - outputs) ** 2)))
        found["first_label"].append(float(np.mean((y_trues[0] - outputs) ** 2)))
        found["absolute"].append(float(np.mean(np.abs(np.asarray(y_trues) - outputs))))
        found["error_rate"].append(float(np.mean((outputs >= 0.5) != (np.asarray(y_trues) >= 0.5))))
        # every label against the last sample's output: the sample loop's x left over in the loss's comprehension
        found.setdefault("last_output", []).append(float(np.mean((np.asarray(y_trues, dtype=float) - outputs[-1]) ** 2)))
        errors = (np.asarray(y_trues, dtype=float) - outputs) ** 2  # the squared errors the mean belongs to
        for key, reduce in (("largest", np.max), ("smallest", np.min), ("median", np.median), ("first", lambda e: e[0])):
            found.setdefault(key, []).append(float(reduce(errors)))
    found["cumulative"] = np.cumsum(found["with_start"][1:]).tolist()
    found["stale"] = _slipped_training(data, y_trues, start, learn_rate, epochs, stale=True)
    found["skips_last"] = _slipped_training(data, y_trues, start, learn_rate, epochs, skip_last=True)
    for level in ("last", "mean"):
        found[f"{level}_step"] = _slipped_training(data, y_trues, start, learn_rate, epochs, per_epoch=level)
    found["rate_scaled"] = [[factor, _slipped_training(data, y_trues, start, learn_rate * factor, epochs)]
                            for factor in (1 / len(data), float(len(data)), 0.5, 2.0)]  # fmt: skip
    return found


def shuffled_trajectories(data, y_trues, start, learn_rate, epochs):
    """The losses of trains that visit the samples in another order than the data's.

    ``orders``: every order of the samples, data order first. ``same_order[j]``: the losses when
    every epoch visits them in ``orders[j]``. ``diverted[k][j]``: the loss after epoch k when
    the epochs before it went in data order and epoch k in ``orders[j]`` (a train that shuffles
    anew each epoch leaves data order at its first epoch that is not in data order)."""
    data, y_trues = np.asarray(data, dtype=float), np.asarray(y_trues, dtype=float)
    orders = np.array(list(permutations(range(len(data)))))
    same_order, params = [], {n: np.full(len(orders), float(start[n])) for n in NAMES}
    for _ in range(epochs):
        params, losses = _epoch(params, data, y_trues, learn_rate, orders)
        same_order.append(losses)
    diverted, in_data_order = [], {n: np.full(len(orders), float(start[n])) for n in NAMES}
    for _ in range(epochs):  # every training in data order so far, each taking one order next
        _, losses = _epoch(in_data_order, data, y_trues, learn_rate, orders)
        diverted.append(losses.tolist())
        in_data_order, _ = _epoch(in_data_order, data, y_trues, learn_rate, orders[:1])
    return {"orders": orders.tolist(), "same_order": np.array(same_order).T.tolist(), "diverted": diverted}


def whole_number_training(data, y_trues, start, learn_rate, epochs):
    """What train gives on ``data`` cut to whole numbers (dtype=int, astype(int)): the trained parameters in
    NAMES order and the losses per epoch, every step and every loss taken on the cut samples."""
    data = np.trunc(np.asarray(data, dtype=float))
    params, losses = {n: float(v) for n, v in start.items()}, []
    for _ in range(epochs):
        for x, y in zip(data, y_trues):
            grads = _gradients(params, x, y)
            params = {n: params[n] - learn_rate * float(grads[n]) for n in NAMES}
        losses.append(_losses(params, data, y_trues))
    return [params[n] for n in NAMES], losses
