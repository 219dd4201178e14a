"""More of the mlp checks' readers: fit's losses in another shape than (epochs,) (a column, or a count that is
not the epochs asked for: a fixed number of epochs), a bias added as a column where a row belongs, and a loss
that squares the mean error. Each runs only for a check that fails, on what the check already holds.

Loaded by ``test_mlp.py`` with ``load_sibling``; handed out with the checks.
"""

from __future__ import annotations

import re

import numpy as np

from autograder.grading.compare import Misconception
from autograder.sandbox.session import StudentError

SPEC_EPOCHS = 1000  # fit's default number of epochs in the spec's signature

LOSSES_COLUMN = (
    "Your losses come as a {layout} of shape {got} where a flat array of shape ({epochs},) belongs, one number per "
    "epoch: an array made with a 2-D shape, np.empty(({epochs}, 1)) or np.zeros((epochs, 1)), or each loss kept "
    "as an array of its own. Make the array flat, np.empty(epochs) (or collect floats in a list and return "
    "np.array(losses)), and store float(loss(X, y)) in it."
)
FIXED_EPOCHS = (
    "Your fit recorded {got} losses when asked for epochs={epochs}{default}: it ignores its epochs argument and "
    "runs a number written into the code. Use the argument itself, range(epochs), and size the losses by it, so "
    "that fit runs exactly as many epochs as the caller asks."
)


def fit_shape_hint(losses, epochs) -> str | None:
    """LOSSES_COLUMN for losses of shape (epochs, 1) or (1, epochs); FIXED_EPOCHS for a flat array of another
    length that is the spec's default epochs (or any fixed count, said without the default)."""
    shape = np.shape(losses)
    if shape in ((epochs, 1), (1, epochs)):
        return LOSSES_COLUMN.format(layout="column" if shape[1] == 1 else "row", got=shape, epochs=epochs)
    if len(shape) == 1 and shape[0] == SPEC_EPOCHS != epochs:
        return FIXED_EPOCHS.format(got=shape[0], epochs=epochs, default=f" ({SPEC_EPOCHS} is the default of epochs, "
                                   "so the default may be typed where the argument belongs)")
    return None


BIAS_COLUMN = (
    "Your forward added a column of shape ({n}, 1) to the layer's products of shape ({m}, {n}) ({raised}): {bias} "
    "is a row of shape (1, {n}), one bias per neuron, added to every sample's row. A .T (or a reshape to (-1, 1)) "
    "turned it into a column, which NumPy cannot line up with the products. Add {bias} as it is: its shape (1, {n}) "
    "broadcasts over the m samples."
)


def bias_column_hint(raised_message, sizes) -> str | None:
    """BIAS_COLUMN where forward's error says an (m, n) array met an (n, 1) one, n a layer's size of ``sizes``
    (input, hidden, output): that layer's bias turned into a column."""
    found = re.search(r"shapes \((\d+),(\d+)\) \((\d+),1\)", raised_message or "")
    if found is None:
        return None
    m, n, rows = (int(v) for v in found.groups())
    if n != rows or n == 1 or n not in sizes[1:]:
        return None
    bias = " or ".join(name for name, size in (("b1", sizes[1]), ("b2", sizes[2])) if size == n)
    return BIAS_COLUMN.format(n=n, m=m, bias=bias, raised=raised_message)


SQUARE_OF_MEAN = (
    "Your loss squares the mean error, (mean of A2 - Y) ** 2 (or the mean of A2 minus the mean of Y, squared: the "
    "same number; and so does the mean of (A2 - Y) * (A2 - Y).T for one output, every error times every other), "
    "where the spec takes the mean of the squared errors, mean((A2 - Y) ** 2). Averaging first lets positive and "
    "negative errors cancel out: square each error on its own first, then take the mean of the squares."
)


def loss_slips(A2, y) -> list:
    """The Misconceptions of a loss that squares the mean error (``A2``: the right forward's output)."""
    A2 = np.asarray(A2, dtype=float)
    errors = A2 - np.reshape(np.asarray(y, dtype=float), A2.shape)
    return [Misconception(SQUARE_OF_MEAN, float(np.mean(errors)) ** 2)]


OTHER_EPOCHS = (
    "Your fit is slow here because it runs other epochs than it is asked for, not (as far as this shows) because of "
    "a loop over the samples: asked for epochs={asked} on 10 samples, it returned {got} losses. fit must run "
    "exactly epochs epochs, range(epochs), the argument it is given (see the check of fit from weights set by the "
    "grader); time it again once it does."
)


RAISES_SMALL = (
    "Your fit was slow here, but it does not train even on 10 samples of this same problem: there it raises "
    "{error}. On 4000 samples the same code spends its time on the way to that error (an array built far larger "
    "than it should be, say), so this says nothing of a loop. Fix the error first (the checks of fit above show it), "
    "and this check times it again."
)


def other_epochs_hint(network, student, problem) -> str | None:
    """RAISES_SMALL where a fit stopped for its time raises on 10 samples; OTHER_EPOCHS where a fit stopped for its time returns another number of losses than the epochs asked, on
    10 samples (one more call, made only for a check that already fails)."""
    sizes, params, X, y = problem
    try:
        _, losses, _ = network.timed_fit(student, sizes, params, X[:10], y[:10], within=1.0)
    except StudentError as exc:
        return RAISES_SMALL.format(error=f"{exc.raised}: {exc.raised_message}"[:200]) if exc.raised else None
    shape = np.shape(losses)
    if not shape or shape[0] == network.EPOCHS_TIMED:
        return None
    return OTHER_EPOCHS.format(asked=network.EPOCHS_TIMED, got=shape[0])
