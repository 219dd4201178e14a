"""The mlp checks' readings of slips that the shapes in an error, or the gradients' numbers, give away: a
* where @ belongs or a bias added before its weights (forward's broadcast error), X made one column
(the first product fails, and a network with one input feature is right), a square written as a
product with a transpose (loss), a dZ2 built from one number or divided by the shape tuple (backward), a
predict that converts a whole array with int(), losses written from index 1 (fit), and a fit timed while
a part it is built on fails its own check.

Each reader tests its reading on what the check holds (the error's shapes against the network's, the
student's gradients against what the slip gives) or with one more call, and runs only for a check that
fails. Loaded by ``test_mlp.py`` and its helpers with ``load_sibling``; handed out with the checks.
"""

from __future__ import annotations

import re

import numpy as np

from autograder.grading.compare import CheckFailed
from autograder.sandbox.session import StudentError

PARAMS = ("W1", "b1", "W2", "b2")
PAIR = re.compile(r"could not be broadcast together with shapes \((\d+),(\d+)\) \((\d+),(\d+)\)")

BIAS_FIRST = {
    "b2": ("An array of the hidden layer's shape {a} met b2, the output layer's bias of shape {b}, in an addition: "
           "b2 was added on the hidden layer's side, to A1 before the product with W2, (A1 + b2) @ W2, or to the "
           "hidden layer's own sum in place of b1. The output layer adds its bias once, after its product: "
           "A2 = sigmoid(A1 @ W2 + b2)."),
    "b1": ("X, shape {a}, met b1, the hidden layer's bias of shape {b}, in an addition: b1 was added to X before "
           "the product with W1, (X + b1) @ W1. A layer adds its bias after its weights: A1 = sigmoid(X @ W1 + b1)."),
}


def bias_first_hint(raised_message: str, sizes, samples: int) -> str | None:
    """BIAS_FIRST where forward's broadcast error pairs the hidden layer's (m, hidden) with b2's (1, out), or
    X's (m, in) with b1's (1, hidden), sizes that differ (else NumPy would have broadcast them)."""
    found = PAIR.search(raised_message or "")
    if not found:
        return None
    a, b = (tuple(int(v) for v in found.groups()[i:i + 2]) for i in (0, 2))
    n_in, hidden, out = sizes
    for name, left, bias in (("b2", (samples, hidden), (1, out)), ("b1", (samples, n_in), (1, hidden))):
        if {a, b} == {left, bias} and left[1] != bias[1]:
            return BIAS_FIRST[name].format(a=left, b=bias)
    return None


ONE_COLUMN = (
    "Your forward fails at the first layer's product, where the array multiplied by W1 has 1 column and W1 has "
    "input_size = {n} rows, one per input feature; on a network with a single input feature the same forward gives "
    "the right outputs. So X lost its columns before X @ W1: a reshape(-1, 1) (or ravel, flatten, [:, None]) stacks "
    "all m * {n} values of X into one column, and a slice such as X[:, :1] keeps the first feature only. Use X as "
    "given, shape (m, input_size): np.asarray(X, dtype=float) is all it needs."
)


def one_column_hint(student, network, raised_message: str, sizes, params, X, right) -> str | None:
    """ONE_COLUMN where forward's matmul error says a 1-column array met W1's input_size rows, and the student's
    forward on the network cut to the first input feature gives ``right`` (``reference.mistakes.one_feature_forward``)."""
    n_in, hidden, out = sizes
    if n_in < 2 or f"(size {n_in} is different from 1)" not in (raised_message or "") or "matmul" not in raised_message:
        return None
    cut = {**params, "W1": params["W1"][:1]}
    try:
        got = network.student_call(student, (1, hidden, out), cut, "forward", (X[:, :1],))
        same = np.allclose(np.asarray(got, dtype=float), right, rtol=1e-6, atol=1e-9)
    except (StudentError, TypeError, ValueError):
        return None
    return ONE_COLUMN.format(n=n_in) if same else None


TRANSPOSED_PAIR = (
    "Your loss met an array of A2's shape {a} and one of the transposed shape {b} in an element-wise operation: a .T "
    "on one side, as in (A2 - Y) * (A2 - Y).T, the way a vector times its own transpose gives its squared length. "
    "With arrays, * multiplies entry by entry, and an (m, k) against a (k, m) either fails or makes a table of "
    "every error times every other. Square each error on its own, (A2 - Y) ** 2 (or np.square), then take the "
    "mean over all m * output_size values."
)


def transposed_pair_hint(raised_message: str, samples: int, out: int) -> str | None:
    """TRANSPOSED_PAIR where loss's broadcast error pairs A2's (m, out) with its transpose (out, m), m != out."""
    found = PAIR.search(raised_message or "")
    if not found or samples == out:
        return None
    a, b = (tuple(int(v) for v in found.groups()[i:i + 2]) for i in (0, 2))
    return TRANSPOSED_PAIR.format(a=(samples, out), b=(out, samples)) if {a, b} == {(samples, out), (out, samples)} else None


ONE_NUMBER = (
    "Your four gradients are exactly what dZ2 = {c} * A2 * (1 - A2) gives: one number{what} times the output "
    "sigmoid's slope, the same number for every output. So dZ2 starts from a single value (the loss, or a mean of "
    "the errors) where it needs each output's own error, with its sign: dL/dA2 = 2 * (A2 - Y) / (m * output_size), "
    "element by element, times A2 * (1 - A2)."
)


def one_number_hint(got, known) -> str | None:
    """ONE_NUMBER where all four gradients are one number c times those of a dZ2 that is the output slope
    alone (``known``: ``reference.mistakes.backward_mistakes``), naming c as the loss's value when it is."""
    if not isinstance(got, dict) or "one_number" not in known:
        return None
    try:
        mine = np.concatenate([np.asarray(got[n], dtype=float).ravel() for n in PARAMS])
        base = np.concatenate([np.asarray(known["one_number"][n], dtype=float).ravel() for n in PARAMS])
    except (KeyError, TypeError, ValueError):
        return None
    if mine.shape != base.shape or not np.all(np.isfinite(mine)) or not np.any(base):
        return None
    c = float(mine @ base / (base @ base))
    if c == 0 or not np.allclose(mine, c * base, rtol=1e-6, atol=1e-12):
        return None
    loss = known.get("loss")
    named = {2.0: "twice the loss's value, 2 * loss(X, y)", 1.0: "the loss's value, loss(X, y)"}
    what = next((f", {words}," for k, words in named.items() if loss and np.isclose(c, k * loss, rtol=1e-6)), "")
    return ONE_NUMBER.format(c=f"{c:.4g}", what=what)


BY_SHAPE = (
    "Your output gradient divides by A2.shape, the tuple (m, output_size), where the count of A2's entries, A2.size "
    "= m * output_size, belongs: NumPy divides the first column by m and the second by output_size (for one output "
    "the (m, 1) difference even grows to (m, 2) and a product fails further on). dL/dA2 = 2 * (A2 - Y) / A2.size."
)


def by_shape_hint(got, known) -> str | None:
    """BY_SHAPE where db2 is what a dZ2 divided by the shape tuple gives (two outputs only)."""
    value = known.get("b2", {}).get("by_shape") if isinstance(got, dict) else None
    if value is None:
        return None
    try:
        mine = np.asarray(got.get("b2"), dtype=float)
    except (TypeError, ValueError):
        return None
    return BY_SHAPE if mine.shape == np.shape(value) and np.allclose(mine, value, rtol=1e-6, atol=1e-12) else None


PREDICT_INT = (
    "Your predict hands a whole array to something that takes one number ({message}): int(...) or float(...) "
    "around forward(X) >= 0.5 (or a math function such as math.exp) converts a single value, and here there is "
    "one per sample and output. Keep the comparison an array and convert it element by element, with .astype(int) "
    "on the array of booleans."
)


def predict_raised_hint(exc: StudentError) -> str | None:
    """PREDICT_INT for a predict that raised NumPy's 'arrays can be converted to Python scalars' TypeError."""
    if exc.raised != "TypeError" or "arrays can be converted to Python scalars" not in (exc.raised_message or ""):
        return None
    return PREDICT_INT.format(message=exc.raised_message)


FROM_ONE = (
    "Your fit writes into index {n} of an array of {n} slots, whose indices run 0 to {last}, with epochs={n}: its "
    "epoch counter reaches epochs itself. Either the loop runs one time too many (while epoch <= epochs, or "
    "range(epochs + 1), where < and range(epochs) belong), or it counts from 1, range(1, epochs + 1) (losses[0] is "
    "then never written). Run exactly epochs passes counted from 0, for epoch in range(epochs), so that the first "
    "loss goes to losses[0] and the last to losses[epochs - 1]."
)


OUT_OF_BOUNDS = re.compile(r"index (\d+) is out of bounds for axis 0 with size (\d+)")


def from_one_hint(student, network, exc: StudentError) -> str | None:
    """FROM_ONE where fit(..., epochs=n) raised 'index n is out of bounds for axis 0 with size n', and a fit of 3
    epochs on 4 samples (asked now) raises it with 3: the index follows the epochs, not the samples."""
    epochs = re.search(r"\bepochs=(\d+)\)", exc.message or "")
    found = OUT_OF_BOUNDS.search(exc.raised_message or "")
    if exc.raised != "IndexError" or not epochs or not found or not found.group(1) == found.group(2) == epochs.group(1):
        return None
    try:
        net = network.student_net(student, network.PART_SIZES, network._part_problem()[0])
        net.invoke("fit", network._part_problem()[2:], {"epochs": 3})
        return None
    except CheckFailed:  # no network made: nothing to tell
        return None
    except StudentError as again:
        if (OUT_OF_BOUNDS.search(again.raised_message or "") or [None])[0] != "index 3 is out of bounds for axis 0 with size 3":
            return None
    n = int(epochs.group(1))
    return FROM_ONE.format(n=n, last=n - 1)


PART_FIRST = (
    "This check times fit, which is built on your {part}, and {part} gives wrong answers itself (see the check of "
    "{part}): fix {part} first, and time fit again. A part that does more work than the spec's formula (a table of "
    "m * m values, say) makes fit slow as well, so the time says nothing yet about a loop over the samples."
)


SUMMED_PRODUCT = (
    "Your dW2 is made element by element: on a network with one output your backward gives dW2 the right numbers in "
    "shape {got}, where W2's shape is {want}, which is what np.sum(A1 * dZ2, axis=0) gives (each sample's A1 times "
    "its dZ2, summed over the samples). With several outputs A1, (m, hidden_size), and dZ2, (m, output_size), do "
    "not even fit element by element. W2's gradient is the matrix product dW2 = A1.T @ dZ2, of W2's own shape "
    "(hidden_size, output_size), which does that sum over the samples for every pair of hidden neuron and output."
)


def summed_product_hint(student, network, parts) -> str | None:
    """SUMMED_PRODUCT where the student's backward on the small one-output problem of ``network.parts_expected``
    (``parts``) gives dW2 with the right values, flattened to (hidden_size,)."""
    params, _, X, y = network._part_problem()
    try:
        batch, net = network.net_batch(student, network.PART_SIZES, params, lr=0.5)
        step = batch.invoke("backward", (X, y), on=net)
        got = np.asarray(batch.run()[step]["W2"], dtype=float)
    except (StudentError, KeyError, TypeError, ValueError, IndexError):
        return None
    right = np.asarray(parts["backward"]["W2"], dtype=float)
    if got.ndim != 1 or got.size != right.size or not np.allclose(got, right.ravel(), rtol=1e-6, atol=1e-12):
        return None
    return SUMMED_PRODUCT.format(got=got.shape, want=right.shape)
