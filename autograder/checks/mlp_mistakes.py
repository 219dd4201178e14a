"""The MLP's forward and backward passes as common mistakes write them: what the mlp checks'
hints compare with.

Instructor-side only: the grader exposes this module to the checks as ``reference.mistakes``,
and a student's kit holds only its outputs on the checks' fixed inputs (recorded with the
reference's), never this code, which is most of the answer. Every function takes the check's
fixed inputs and returns plain data (arrays, and dicts and lists of them).
"""

import numpy as np

PARAMS = ("W1", "b1", "W2", "b2")


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


ACTIVATIONS = {  # what a layer applies instead of its sigmoid ("none" is forward_mistakes' own)
    "relu": lambda z: np.maximum(z, 0.0),
    "tanh": np.tanh,
    "twice": lambda z: _sigmoid(_sigmoid(z)),
}


def forward_mistakes(params, X):
    """What forward gives for common slips: without the output's sigmoid, without the hidden
    layer's, without b1 and b2, b1, or b2; with b1 or b2 added after its layer's sigmoid
    (``"b1_outside"``, ``"b2_outside"``); and with each layer applying another activation than
    its sigmoid (``"hidden_relu"`` ... ``"output_twice"``, the activations of ACTIVATIONS); and the
    output layer a softmax over each row (``"output_softmax"``); and X cut or rounded to whole numbers
    first (``"X_cut"``, ``"X_rounded"``); and a layer that subtracts its bias (``"hidden_minus"``,
    ``"output_minus"``) or applies its sigmoid to its input before the weights and not to its sum
    (``"hidden_squashes_input"``, ``"output_squashes_input"``)."""
    W1, b1, W2, b2 = (params[name] for name in PARAMS)
    A1 = _sigmoid(X @ W1 + b1)
    no_b1 = _sigmoid(X @ W1)
    found = {
        "no_output_sigmoid": A1 @ W2 + b2,
        "no_hidden_sigmoid": _sigmoid((X @ W1 + b1) @ W2 + b2),
        "no_b1_and_b2": _sigmoid(no_b1 @ W2),
        "no_b1": _sigmoid(no_b1 @ W2 + b2),
        "no_b2": _sigmoid(A1 @ W2),
        "b1_outside": _sigmoid((no_b1 + b1) @ W2 + b2),
        "b2_outside": _sigmoid(A1 @ W2) + b2,
    }
    for name, act in ACTIVATIONS.items():
        found[f"hidden_{name}"] = _sigmoid(act(X @ W1 + b1) @ W2 + b2)
        found[f"output_{name}"] = act(A1 @ W2 + b2)
    Z2 = A1 @ W2 + b2
    E = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    found["output_softmax"] = E / E.sum(axis=1, keepdims=True)
    Z1 = X @ W1  # a layer's bias subtracted, or its sigmoid taken of the layer's input before the weights
    found["hidden_minus"] = _sigmoid(_sigmoid(Z1 - b1) @ W2 + b2)
    found["output_minus"] = _sigmoid(A1 @ W2 - b2)
    found["hidden_squashes_input"] = _sigmoid((_sigmoid(X) @ W1 + b1) @ W2 + b2)
    found["output_squashes_input"] = _sigmoid(A1) @ W2 + b2
    for key, whole in (("X_cut", np.trunc), ("X_rounded", np.round)):  # X made whole numbers first
        found[key] = _sigmoid(_sigmoid(whole(X) @ W1 + b1) @ W2 + b2)
    return found


def square_forward_mistakes(params, X):
    """What forward gives for slips that raise on a network of any other shape, on one whose three
    sizes are equal: the output layer fed X instead of A1 (``output_from_x``), W1 or W2 used
    transposed (``W1_transposed``, ``W2_transposed``), one layer adding the other's bias
    (``b2_in_hidden``, ``b1_in_output``), one layer multiplying by the other's weights (``W1_in_output``,
    ``W2_in_hidden``), and a layer's bias added to its input before the weights (``b1_before_W1``, ``b2_before_W2``)."""
    W1, b1, W2, b2 = (params[name] for name in PARAMS)
    A1 = _sigmoid(X @ W1 + b1)
    return {
        "b1_before_W1": _sigmoid(_sigmoid((X + b1) @ W1) @ W2 + b2),
        "b2_before_W2": _sigmoid((A1 + b2) @ W2),
        "b2_in_hidden": _sigmoid(_sigmoid(X @ W1 + b2) @ W2 + b2),
        "b1_in_output": _sigmoid(A1 @ W2 + b1),
        "output_from_x": _sigmoid(X @ W2 + b2),
        "W1_transposed": _sigmoid(_sigmoid(X @ W1.T + b1) @ W2 + b2),
        "W2_transposed": _sigmoid(A1 @ W2.T + b2),
        "W1_in_output": _sigmoid(A1 @ W1 + b2),
        "W2_in_hidden": _sigmoid(_sigmoid(X @ W2 + b1) @ W2 + b2),
    }


def one_feature_forward(params, X):
    """The right forward of the network cut to its first input feature: W1's first row, X's first column."""
    W1, b1, W2, b2 = (params[name] for name in PARAMS)
    return _sigmoid(_sigmoid(X[:, :1] @ W1[:1] + b1) @ W2 + b2)


def _gradients(params, X, Y, hidden_slope):
    """The four gradients, dZ1 and dZ2, with ``hidden_slope(A1, Z1)`` the slope of the hidden layer."""
    W1, b1, W2, b2 = (params[name] for name in PARAMS)
    Z1 = X @ W1 + b1
    A1 = _sigmoid(Z1)
    A2 = _sigmoid(A1 @ W2 + b2)
    dZ2 = 2.0 / A2.size * (A2 - Y) * A2 * (1 - A2)
    dZ1 = (dZ2 @ W2.T) * hidden_slope(A1, Z1)
    grads = {"W1": X.T @ dZ1, "b1": dZ1.sum(axis=0, keepdims=True), "W2": A1.T @ dZ2, "b2": dZ2.sum(axis=0, keepdims=True)}
    return grads, dZ1, dZ2


def _chain(params, X, Y, A1, A2):
    """The four gradients by the right chain rule, taken at the hidden output ``A1`` and output ``A2``
    given (a backward whose own forward pass computed them otherwise)."""
    dZ2 = 2.0 / A2.size * (A2 - Y) * A2 * (1 - A2)
    dZ1 = (dZ2 @ params["W2"].T) * A1 * (1 - A1)
    return {"W1": X.T @ dZ1, "b1": dZ1.sum(axis=0, keepdims=True), "W2": A1.T @ dZ2, "b2": dZ2.sum(axis=0, keepdims=True)}


def own_forward_mistakes(params, X, Y):
    """The gradients of a backward that recomputes the forward pass with a slip of its own (forward
    itself right), keyed by slip: the hidden layer without b1 (``"no_b1"``), the output without b2
    (``"no_b2"``), both (``"no_b1_and_b2"``), the output layer fed Z1 instead of A1 (``"z1_to_output"``),
    Z1 taken as the hidden output (``"no_hidden_sigmoid"``), A2 without its sigmoid (``"no_output_sigmoid"``)."""
    W1, b1, W2, b2 = (params[name] for name in PARAMS)
    Z1 = X @ W1 + b1
    A1, bare = _sigmoid(Z1), _sigmoid(X @ W1)
    return {
        "no_b1": _chain(params, X, Y, bare, _sigmoid(bare @ W2 + b2)),
        "no_b2": _chain(params, X, Y, A1, _sigmoid(A1 @ W2)),
        "no_b1_and_b2": _chain(params, X, Y, bare, _sigmoid(bare @ W2)),
        "z1_to_output": _chain(params, X, Y, A1, _sigmoid(Z1 @ W2 + b2)),
        "no_hidden_sigmoid": _chain(params, X, Y, Z1, _sigmoid(Z1 @ W2 + b2)),
        "no_output_sigmoid": _chain(params, X, Y, A1, A1 @ W2 + b2),
    }


def backward_mistakes(params, X, y):
    """What the backward check's hints compare with: the right gradients (``right``) with dZ1
    and dZ2; the gradients with tanh's slope in the hidden layer (``tanh``), with no slope there
    (``no_hidden_slope``) and with the sigmoid's slope written with Z1 (``slope_of_z``); and b2's gradient
    for wrong output gradients (``b2``): the cross-entropy's dZ2 = A2 - Y as it is, divided by m
    and by m * output_size (``cross_entropy``), without the factor 2 (``no_factor_two``), divided
    by m instead of m * output_size (``by_m``, None when the two are one), not divided
    (``not_divided``), without the factor 2 / (m * output_size) (``no_scale``), with the slope taken from
    A2 - Y, A2 overwritten in place first (``overwritten``), and divided by the shape tuple (m, output_size)
    (``by_shape``, for two outputs, else None); the four gradients of a dZ2 that is the output slope alone, as
    one number times it gives them up to that number (``one_number``); and the loss's value (``loss``)."""
    W1, b1, W2, b2 = (params[name] for name in PARAMS)
    A2 = _sigmoid(_sigmoid(X @ W1 + b1) @ W2 + b2)
    Y = np.asarray(y, dtype=float).reshape(A2.shape)
    m, n = A2.shape[0], A2.size
    slope = A2 * (1 - A2)

    def b2_of(dZ2):
        return dZ2.sum(axis=0, keepdims=True)

    right, dZ1, dZ2 = _gradients(params, X, Y, lambda A1, Z1: A1 * (1 - A1))
    A1 = _sigmoid(X @ W1 + b1)
    back = (slope @ W2.T) * A1 * (1 - A1)  # dZ2 = the output slope alone, times one number: what each gradient is then
    one_number = {"W1": X.T @ back, "b1": back.sum(axis=0, keepdims=True), "W2": A1.T @ slope, "b2": b2_of(slope)}
    tanh, _, _ = _gradients(params, X, Y, lambda A1, Z1: 1 - A1**2)
    no_hidden_slope, _, _ = _gradients(params, X, Y, lambda A1, Z1: 1.0)
    slope_of_z, _, _ = _gradients(params, X, Y, lambda A1, Z1: Z1 * (1 - Z1))
    return {
        "right": right,
        "dZ1": dZ1,
        "dZ2": dZ2,
        "tanh": tanh,
        "no_hidden_slope": no_hidden_slope,
        "slope_of_z": slope_of_z,
        "own_forward": own_forward_mistakes(params, X, Y),
        "one_number": one_number,
        "loss": float(np.mean((A2 - Y) ** 2)),
        "b2": {
            "cross_entropy": [b2_of(A2 - Y), b2_of((A2 - Y) / m), b2_of((A2 - Y) / n)],
            "no_factor_two": b2_of((A2 - Y) / n * slope),
            "by_m": b2_of(2 * (A2 - Y) / m * slope) if n != m else None,
            "not_divided": b2_of(2 * (A2 - Y) * slope),
            "no_scale": b2_of((A2 - Y) * slope),
            "overwritten": [b2_of(2 * (A2 - Y) / n * (A2 - Y) * (1 - (A2 - Y)))],  # A2 -= Y, then its slope
            "by_shape": b2_of(2 * (A2 - Y) / np.array(A2.shape) * slope) if A2.shape[1] == 2 else None,
        },
    }


def _loss(params, X, Y):
    W1, b1, W2, b2 = (params[name] for name in PARAMS)
    return float(np.mean((_sigmoid(_sigmoid(X @ W1 + b1) @ W2 + b2) - Y) ** 2))


def fit_mistakes(params, X, y, lr, epochs):
    """What fit records for a slip in its loop: one step per sample, each with the gradients of
    that sample alone, the loss of the whole data recorded at each epoch's start (``per_sample``);
    every step taken with the gradients at the starting weights, computed once (``stale``); two or three whole
    steps in every epoch (``steps``: {count: losses})."""
    start = {name: np.array(value, dtype=float) for name, value in params.items()}
    params = dict(start)
    Y = np.asarray(y, dtype=float).reshape(len(X), -1)
    losses = []
    for _ in range(epochs):
        losses.append(_loss(params, X, Y))
        for i in range(len(X)):
            grads, _, _ = _gradients(params, X[i : i + 1], Y[i : i + 1], lambda A1, Z1: A1 * (1 - A1))
            params = {name: params[name] - lr * grads[name] for name in PARAMS}
    first, _, _ = _gradients(start, X, Y, lambda A1, Z1: A1 * (1 - A1))
    stale = [_loss({name: start[name] - epoch * lr * first[name] for name in PARAMS}, X, Y) for epoch in range(epochs)]
    return {"per_sample": losses, "stale": stale, "steps": {count: _stepped(start, X, Y, lr, epochs, count) for count in (2, 3)}}


def _stepped(start, X, Y, lr, epochs, count):
    """The losses of a fit that takes ``count`` whole-batch steps in each epoch (the step line repeated), each
    recorded at its epoch's start."""
    params, losses = dict(start), []
    for _ in range(epochs):
        losses.append(_loss(params, X, Y))
        for _ in range(count):
            grads, _, _ = _gradients(params, X, Y, lambda A1, Z1: A1 * (1 - A1))
            params = {name: params[name] - lr * grads[name] for name in PARAMS}
    return losses


def other_losses(A2, y):
    """What other losses give on the output ``A2`` and targets ``y``: the binary cross-entropy averaged
    over every value, the same summed per sample and averaged over the samples, and the mean absolute
    error; and the list of MSEs against y laid out in another order than A2's rows (y reshaped to
    (output_size, m) and transposed, or y transposed and then reshaped), empty for one output (for the loss
    check's hints)."""
    A2 = np.asarray(A2, dtype=float)
    Y = np.asarray(y, dtype=float).reshape(A2.shape)
    with np.errstate(all="ignore"):
        terms = -(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))
        found = [float(np.mean(terms)), float(np.mean(terms.sum(axis=1))), float(np.mean(np.abs(A2 - Y)))]
    flat = np.asarray(y, dtype=float)
    other_layouts = [flat.reshape(A2.shape[::-1]).T, flat.T.reshape(A2.shape)] if A2.ndim == 2 and A2.shape[1] > 1 else []
    return found + [[float(np.mean((A2 - Y_other) ** 2)) for Y_other in other_layouts]]
