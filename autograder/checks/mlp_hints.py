"""The mlp checks' known mistakes: the hints that name them, and how a wrong backward pass,
step or predict is matched to one. What a wrong forward or backward pass gives comes from
``reference.mistakes`` (``mlp_mistakes.py``, instructor-side), asked with the checks' fixed
inputs; a wrong step's from the grader's own parameters and gradients.

Loaded by ``test_mlp.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``); handed out with the checks.
"""

import re

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import Misconception, describe, diagnose
from autograder.grading.keys import misnamed_keys_hint
from autograder.sandbox.session import StudentError

layers = load_sibling(__file__, "layer_hints")  # words for a layer with a wrong activation
gradients = load_sibling(__file__, "mlp_gradient_hints")  # what wrong gradients look like, when no mistake is known

NO_OUTPUT_SIGMOID = (
    "The output layer has a sigmoid too: A2 = sigmoid(A1 @ W2 + b2). Without it the outputs are not "
    "between 0 and 1, and predict's >= 0.5 no longer means what it should."
)
NO_HIDDEN_SIGMOID = "The hidden layer has a sigmoid: A1 = sigmoid(X @ W1 + b1), and A1 (not X @ W1 + b1) feeds W2."
NO_BIAS = "Each layer adds its bias before its sigmoid: Z1 = X @ W1 + b1 and Z2 = A1 @ W2 + b2. Yours leaves out {which}."


BIAS_OUTSIDE = ("Your {layer} layer adds its bias {bias} after the sigmoid, to the activation, where it belongs "
                "inside, to the weighted sum before the sigmoid: {formula}. Move {bias} inside the parentheses.")  # fmt: skip


HIDDEN = "A1 = sigmoid(X @ W1 + b1)"
OUTPUT = "A2 = sigmoid(A1 @ W2 + b2)"


def forward_mistakes(known):
    """The hints for what a forward pass gives for common slips (``known``: from
    ``reference.mistakes.forward_mistakes`` at the grader's weights)."""
    return [
        Misconception(NO_OUTPUT_SIGMOID, known["no_output_sigmoid"]),
        Misconception(NO_HIDDEN_SIGMOID, known["no_hidden_sigmoid"]),
        Misconception(NO_BIAS.format(which="b1 and b2"), known["no_b1_and_b2"]),
        Misconception(NO_BIAS.format(which="b1"), known["no_b1"]),
        Misconception(NO_BIAS.format(which="b2"), known["no_b2"]),
        Misconception(BIAS_OUTSIDE.format(layer="hidden", bias="b1", formula=HIDDEN), known["b1_outside"]),
        Misconception(BIAS_OUTSIDE.format(layer="output", bias="b2", formula=OUTPUT), known["b2_outside"]),
        *[Misconception(layers.activation_hint(f"{layer} layer", used, formula), known[f"{layer}_{used}"])
          for layer, formula in (("hidden", HIDDEN), ("output", OUTPUT)) for used in ("relu", "tanh", "twice")],
        *([Misconception(layers.SOFTMAX_OUTPUT.format(right=OUTPUT), known["output_softmax"])] if "output_softmax" in known else []),
    ]  # fmt: skip


SQUARE_SIZES = (3, 3, 3)  # a network on which a forward pass that mixes up its matrices runs
TRANSPOSED_IN_FORWARD = ("Your forward multiplies by {name}.T: {name} has shape {shape}, which is already the shape "
                         "the product needs ({product}), so use {name} as it is.")  # fmt: skip


OTHER_BIAS = ("Your {layer} layer adds {used}, the other layer's bias, where its own {own} belongs ({own} has the "
              "layer's shape {shape}; {used} only fits by chance, or not at all): {formula}.")  # fmt: skip


def square_forward_hint(got, known):
    """A hint for a forward pass that raised on the check's network, from what it gives on one whose
    sizes are all equal (``got``; ``known``: ``reference.mistakes.square_forward_mistakes``)."""
    return diagnose(got, [
        Misconception(layers.layer_input_hint("output layer", "X, the network's input", "A1", OUTPUT),
                      known["output_from_x"]),
        Misconception(TRANSPOSED_IN_FORWARD.format(name="W1", shape="(input_size, hidden_size)", product="X @ W1"),
                      known["W1_transposed"]),
        Misconception(TRANSPOSED_IN_FORWARD.format(name="W2", shape="(hidden_size, output_size)", product="A1 @ W2"),
                      known["W2_transposed"]),
        Misconception(OTHER_BIAS.format(layer="hidden", used="b2", own="b1", shape="(1, hidden_size)", formula=HIDDEN),
                      known["b2_in_hidden"]),
        Misconception(OTHER_BIAS.format(layer="output", used="b1", own="b2", shape="(1, output_size)", formula=OUTPUT),
                      known["b1_in_output"]),
        *[Misconception(BIAS_BEFORE_WEIGHTS.format(layer=layer, bias=bias, given=given, weights=weights, formula=formula),
                        known[f"{bias}_before_{weights}"])
          for layer, bias, given, weights, formula in (("hidden", "b1", "X", "W1", HIDDEN), ("output", "b2", "A1", "W2", OUTPUT))
          if f"{bias}_before_{weights}" in known],
        *[Misconception(OTHER_WEIGHTS.format(layer=layer, used=used, own=own, shape=shape, product=product), known[key])
          for key, layer, used, own, shape, product in (
              ("W1_in_output", "output", "W1", "W2", "(hidden_size, output_size)", "A1 @ W2"),
              ("W2_in_hidden", "hidden", "W2", "W1", "(input_size, hidden_size)", "X @ W1")) if key in known],
    ])  # fmt: skip


BIAS_BEFORE_WEIGHTS = (
    "Your {layer} layer adds its bias {bias} to its input before the weights, ({given} + {bias}) @ {weights}, so the "
    "bias is weighted and summed with the rest, where it belongs after the product, added once to each neuron's "
    "sum: {formula}. (On a network whose sizes are all equal the shapes fit, and your forward gives just that; on "
    "the check's network they do not.)"
)
OTHER_WEIGHTS = (
    "Your {layer} layer multiplies by {used} where {own} belongs (a copy slip between the layers): on this network "
    "the sizes do not fit, so a matrix product fails, and on one whose sizes are all equal your forward gives what "
    "{used} in the {layer} layer gives. Each layer has its own weights: {own}, of shape {shape}, in {product}."
)


CROSS_ENTROPY = (
    "Your output gradient looks like dZ2 = A2 - Y, which belongs to a sigmoid with the cross-entropy loss. "
    "This network uses the mean squared error: dL/dA2 = 2 * (A2 - Y) / (m * output_size), "
    "then multiply by the sigmoid's slope A2 * (1 - A2) to reach dZ2."
)
NO_FACTOR_TWO = "The gradient of mean((A2 - Y)**2) carries a factor 2: dL/dA2 = 2 * (A2 - Y) / N."
NO_SCALE = (
    "Every gradient lacks the loss's factor 2 / (m * output_size): the loss is the mean of (A2 - Y)**2 over "
    "all m * output_size outputs, so dL/dA2 = 2 * (A2 - Y) / (m * output_size)."
)
NOT_DIVIDED = "The gradient is divided by N = m * output_size because the loss is a mean."
BY_M = "The mean runs over all m * output_size outputs, so divide by N = m * output_size, not by m."
TANH_SLOPE = (
    "1 - A1**2 is the slope of tanh; the hidden layer here is a sigmoid, whose slope is A1 * (1 - A1): "
    "use that in dZ1."
)
NO_HIDDEN_SLOPE = (
    "dZ1 lacks the hidden sigmoid's slope: the gradient that comes back through W2.T is multiplied "
    "element-wise by A1 * (1 - A1) before it reaches W1 and b1."
)
SLOPE_OF_Z = (
    "dZ1 takes the hidden sigmoid's slope as Z1 * (1 - Z1), with the weighted sum Z1. The slope a * (1 - a) "
    "is written with the sigmoid's output: A1 * (1 - A1), with A1 = sigmoid(Z1)."
)
TRANSPOSED = {
    "W1": "Your dW1 is the transpose of the right one: it must have W1's shape (input_size, hidden_size), as X.T @ dZ1 has.",
    "W2": "Your dW2 is the transpose of the right one: it must have W2's shape (hidden_size, output_size), as A1.T @ dZ2 has.",
}
NO_KEEPDIMS = ("Your d{name} is a 1-D vector, shape {got}, where {name} is a row, shape {want}: a sum over the samples without "
               "keepdims=True, or a product with a 1-D vector of ones (np.ones(m) @ dZ), drops the row's dimension. Sum over "
               "the samples with keepdims=True (.sum(axis=0, keepdims=True)) so that the gradient keeps {name}'s 2-D shape.")  # fmt: skip
WRONG_AXIS = ("Your d{name} sums over the wrong axis: a bias is shared by all samples, so its gradient sums "
              "{dz} over the samples, axis=0 (keepdims=True), not over axis 1.")  # fmt: skip
NO_TRANSPOSE = (
    "A matrix product in backward has mismatched shapes: dZ2 has shape (m, output_size) and W2 "
    "(hidden_size, output_size), so the gradient goes back to the hidden layer through W2.T: dA1 = dZ2 @ W2.T."
)
STEP_REBINDS = (
    "After step, {name} is unchanged: the update went to another array than the network's own. Writing "
    "param = param - lr * grad in a loop only makes the local name param point to a new array, and a copy "
    "(a .copy() of the attribute, then -= on it) changes only the copy; either way the network's "
    "array stays as it was. Subtract in place from the array the attribute itself holds, not from a copy of it, "
    "or assign the result back with setattr(self, name, ...)."
)
PREDICT_FLOAT = (
    "predict returns floats; the spec asks for an integer array of 0s and 1s: compare with >= 0.5 and "
    "convert with .astype(int). (np.round gives floats, and rounds an output of exactly 0.5 down to 0.)"
)
PREDICT_BOOL = (
    "predict returns the comparison's booleans (True and False); the spec asks for an integer array of 0s "
    "and 1s: convert the comparison's result with .astype(int)."
)
PREDICT_ARGMAX = (
    "predict gives one class index per sample, all 0: np.argmax over the outputs picks one of several "
    "outputs, and with one output the only index is 0. Here each output is a probability on its own: "
    "threshold it at 0.5 (an output >= 0.5 is 1) and keep forward's shape (m, output_size)."
)


def predict_shape_hint(got, forward=None):
    """How to fix a predict of the wrong shape (``got``): argmax named when it is one 0 per sample, and
    forward when its own output (``forward``, on a network with one output) has already lost an axis."""
    if isinstance(forward, np.ndarray) and forward.ndim == 1 and got.ndim == 1:
        return FORWARD_FLAT.format(m=len(forward))
    if isinstance(forward, np.ndarray) and forward.ndim == 2 and forward.shape[0] == 1 < forward.shape[1] and \
            got.ndim == 2 and got.shape[0] == 1:  # fmt: skip
        return FORWARD_ROW.format(m=got.shape[1])
    if got.ndim == 1 and got.size and not np.any(got):
        return PREDICT_ARGMAX
    if got.ndim == 2 and got.shape[0] == 1 < got.shape[1]:
        return ("Your predict gives one row, shape (1, m), where forward's (m, output_size) belongs: threshold "
                "forward's outputs as they are, without a transpose (.T) or a reshape.")  # fmt: skip
    return "Keep forward's 2-D shape (m, output_size) in predict: threshold forward's outputs as they are, without flattening."


FORWARD_FLAT = ("Your forward already returns a 1-D array, shape ({m},) for {m} samples, on this network with one "
                "output, where (m, output_size) = ({m}, 1) belongs, and predict keeps that shape: forward drops the axis of length 1 (squeeze, ravel, "
                "flatten or reshape(-1)). Return A2 as the product makes it, 2-D whatever output_size is.")  # fmt: skip


FORWARD_ROW = ("Your forward already gives its outputs as one row, shape (1, m), on this network with one output, "
               "where (m, output_size) = (m, 1) belongs, and predict keeps that shape (here (1, {m}) for {m} samples): "
               "forward returns A2 transposed (see the check of forward). Fix forward first, and predict follows.")  # fmt: skip


def predict_dtype_hint(got):
    """How to fix a predict whose values are right but not integers (``got``)."""
    kind = got.dtype.kind if isinstance(got, np.ndarray) else None
    return {"f": PREDICT_FLOAT, "b": PREDICT_BOOL}.get(kind) or (PREDICT_LIST if isinstance(got, (list, tuple)) else None)


PREDICT_LIST = ("Your predict returns Python lists (what .tolist() or list() gives), not a NumPy array: return the "
                "integer array of labels itself, in forward's shape (m, output_size), without converting it.")  # fmt: skip


def _b2_mistakes(b2):
    """The hints for b2's gradient under common wrong output gradients (``b2``: the
    ``"b2"`` part of ``reference.mistakes.backward_mistakes``)."""
    candidates = [Misconception(CROSS_ENTROPY, value) for value in b2["cross_entropy"]]
    candidates.append(Misconception(NO_FACTOR_TWO, b2["no_factor_two"]))
    if b2["by_m"] is not None:
        candidates.append(Misconception(BY_M, b2["by_m"]))
    candidates.append(Misconception(NOT_DIVIDED, b2["not_divided"]))
    candidates.append(Misconception(NO_SCALE, b2["no_scale"]))
    return candidates


def _parameter_mistakes(name, right, known):
    """What common slips give for one parameter's gradient (``right``; ``known``: what
    ``reference.mistakes.backward_mistakes`` gives)."""
    dZ = known["dZ1"] if name == "b1" else known["dZ2"]
    hidden = [Misconception(TANH_SLOPE, known["tanh"][name]), Misconception(NO_HIDDEN_SLOPE, known["no_hidden_slope"][name]),
              Misconception(SLOPE_OF_Z, known["slope_of_z"][name])]  # fmt: skip
    if name in TRANSPOSED:
        return [Misconception(TRANSPOSED[name], right.T), *hidden]
    return [
        Misconception(NO_KEEPDIMS.format(name=name, got=right.ravel().shape, want=right.shape), right.ravel()),
        Misconception(WRONG_AXIS.format(name=name, dz="dZ1" if name == "b1" else "dZ2"), dZ.sum(axis=1, keepdims=True)),
        Misconception(WRONG_AXIS.format(name=name, dz="dZ1" if name == "b1" else "dZ2"), dZ.sum(axis=1)),
        *hidden,
    ]


def backward_hint(got, failed, known):
    """A hint naming what is wrong in a backward pass: a mistake in the output gradient (seen in
    b2's), or one mistake per wrong parameter (a transposed or wrongly summed gradient, tanh's
    slope or none), or else which gradients are wrong and what they look like. ``known``: what ``reference.mistakes.backward_mistakes`` gives on the check's inputs."""
    if not isinstance(got, dict):
        return None
    hint = misnamed_keys_hint(got, known["right"]) or gradients.own_forward_hint(got, known) or (
        diagnose(got.get("b2"), _b2_mistakes(known["b2"])) if "b2" in failed else None)
    if hint:
        return hint
    hints = []
    for name in failed:
        found = diagnose(got.get(name), _parameter_mistakes(name, known["right"][name], known))
        if found is None:
            return gradients.wrong_gradients_hint(got, failed, known["right"], np.shape(known["dZ2"]))
        if found not in hints:
            hints.append(found)
    return " ".join(hints) or None


BROADCAST = re.compile(r"could not be broadcast together with shapes ((?:\([\d,]*\) ?)+)")
MIXED_LAYERS = (
    "An array of the hidden layer's shape {hidden} (the shape of Z1, A1 and dZ1) met one of the output layer's "
    "shape {output} (the shape of Z2, A2, Y and dZ2) in an element-wise operation. The two layers' arrays never "
    "mix element by element: dZ2 is made of the output layer's A2 and Y only; W2's gradient is the matrix product "
    "A1.T @ dZ2 (not A1 * dZ2 summed); the way back from dZ2 to the hidden layer is the product dZ2 @ W2.T; and "
    "what multiplies that element-wise to give dZ1 is the hidden layer's own slope, A1 * (1 - A1), built from A1, "
    "not from A2."
)


def raised_hint(raised_message, sizes, samples):
    """A hint for a backward that raised: on the product dZ2 @ W2 (W2 not transposed), from the
    message of ``@`` or of np.dot for an (m, out) matrix times an (hidden, out) one; or on an
    element-wise operation between an array of the hidden layer's shape, (``samples``, hidden),
    and one of the output layer's, (``samples``, out)."""
    _, hidden, out = sizes
    if "matmul" in raised_message and f"(size {hidden} is different from {out})" in raised_message:
        return NO_TRANSPOSE
    if f"not aligned: {out} (dim 1) != {hidden} (dim 0)" in raised_message:
        return NO_TRANSPOSE
    found = BROADCAST.search(raised_message)
    shapes = set(re.findall(r"\(([\d,]*)\)", found.group(1))) if found else set()
    layer_shapes = {f"{samples},{hidden}": (samples, hidden), f"{samples},{out}": (samples, out)}
    if hidden != out and set(layer_shapes) <= shapes:
        return MIXED_LAYERS.format(hidden=layer_shapes[f"{samples},{hidden}"], output=layer_shapes[f"{samples},{out}"])
    return None


IGNORES_LR = ("Your MLP(..., lr={lr:g}) keeps a learning rate of {fixed:g} in self.lr: the constructor ignores its lr "
              "argument. Store the lr it is given, and step with it.")  # fmt: skip
DIVIDED_BY_LR = ("Your step divides the gradient by lr, where it multiplies: with lr = {lr:g} each parameter moves "
                 "{times:g} times its gradient, not {lr:g} times it (a smaller lr would mean larger steps): "
                 "param -= lr * grad.")  # fmt: skip
FIXED_LR = ("Your step uses a learning rate of {fixed:g}, not the network's own: use self.lr, which the constructor "
            "keeps (MLP(..., lr={lr:g}) must step with {lr:g}).")  # fmt: skip


def step_mistakes(name, before, grads, lr, replies=None, kept=None):
    """What step leaves in parameter ``name`` for common slips. ``replies[kept]``, when given and
    readable, is the network's ``lr`` attribute: a fixed rate kept there is the constructor's slip."""
    try:
        stored = float(replies[kept]["lr"]) if replies is not None else None
    except (StudentError, KeyError, TypeError, ValueError):
        stored = None
    return [
        Misconception(STEP_REBINDS.format(name=name), before),
        Misconception("Step against the gradient: param -= lr * grad.", before + lr * grads),
        Misconception("Scale the gradient by the learning rate lr.", before - grads),
        Misconception(DIVIDED_BY_LR.format(lr=lr, times=1 / lr), before - grads / lr),
        *[Misconception((IGNORES_LR if stored == fixed else FIXED_LR).format(fixed=fixed, lr=lr), before - fixed * grads)
          for fixed in (0.1, 0.01) if fixed != lr],
    ]


def predict_mistakes(forward, floats=False):
    """What predict gives on the student's own forward with > 0.5 (the hint for > applies only
    where that differs from >= 0.5), and with >= 0.5 when that forward is not the expected 0.5."""
    try:
        outputs = np.asarray(forward, dtype=float)
    except (TypeError, ValueError):
        return []
    if outputs.shape != (5, 1):
        return []
    strict, right = (outputs > 0.5).astype(float), (outputs >= 0.5).astype(float)
    found = []
    if not np.array_equal(strict, right):
        found.append(Misconception(PREDICT_FLOAT if floats else (
            "An output of exactly 0.5 predicts 1, and yours gives 0 there: compare with >= 0.5 (> 0.5 gives 0 at "
            "exactly 0.5, and so does np.round, which rounds a half to the even number, 0)."), strict))  # fmt: skip
    if not np.allclose(outputs, 0.5, rtol=0, atol=1e-12):
        found.append(Misconception(
            f"Your predict follows your forward, but with these weights every output should be exactly "
            f"sigmoid(0) = 0.5, and your forward gives {describe(outputs.ravel())}: fix forward first "
            "(see the check of forward), and predict follows.", right))  # fmt: skip
    return found


LOSS_SUMMED = (
    "Your loss is the sum of the squared errors over all {count} values of Y ({m} samples times {n} outputs), "
    "exactly {count} times the right one: the loss is their mean, so divide the sum by that count, A2.size, or "
    "take np.mean of the squared errors."
)


def loss_summed(expected, shape):
    """The loss a sum over every value of Y gives where the mean belongs (``shape``: A2's)."""
    m, n = shape
    return Misconception(LOSS_SUMMED.format(count=m * n, m=m, n=n), expected * m * n)


LOSS_ONE_COUNT = (
    "Your loss is the sum of the squared errors divided by the number of {by} alone, {count}, which makes it {times} "
    "times the right one: the mean runs over every element of A2, m * output_size = {m} * {n} of them (summing the "
    "per-{other} means, np.mean(..., axis={axis}).sum(), gives the same number). Divide the sum by the number of "
    "elements, A2.size, or take np.mean of the squared errors without an axis."
)


def loss_one_count(expected, shape):
    """The losses a sum divided by the samples alone, or by the outputs alone, gives (``shape``: A2's, with
    more than one output; with one output dividing by the samples is right)."""
    m, n = shape
    if n < 2:
        return []
    return [Misconception(LOSS_ONE_COUNT.format(by="samples", count=f"len(X) = {m}", times=n, m=m, n=n, other="output", axis=0),
                          expected * n),
            Misconception(LOSS_ONE_COUNT.format(by="outputs", count=f"output_size = {n}", times=m, m=m, n=n, other="sample", axis=1),
                          expected * m)]  # fmt: skip
