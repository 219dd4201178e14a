"""What the mean squared error gives as common mistakes write it: what the loss checks' hints compare with.

Instructor-side only: the grader exposes this module to the checks as ``reference.mistakes``, and a
student's kit holds only its outputs on the checks' fixed inputs (recorded), never this code.
"""

import numpy as np


def _differences(y_true, y_pred):
    return np.asarray(y_true, dtype=float).ravel() - np.asarray(y_pred, dtype=float).ravel()


def loss_with_mistake(y_true, y_pred, mistake):
    """The loss a common mistake gives: ``"root"`` (the RMSE), ``"n_minus_1"`` (the sum of squares
    divided by N - 1), ``"square_of_mean"`` (the mean difference squared), ``"half"`` (half the
    mean of squares), ``"variance"`` (np.var of the differences, which subtracts their mean
    first). nan where the mistake cannot be computed (N - 1 of one element)."""
    d = _differences(y_true, y_pred)
    with np.errstate(all="ignore"):
        value = {
            "root": lambda: np.sqrt(np.mean(d**2)),
            "n_minus_1": lambda: np.sum(d**2) / (d.size - 1) if d.size > 1 else np.nan,
            "square_of_mean": lambda: np.mean(d) ** 2,
            "half": lambda: 0.5 * np.mean(d**2),
            "variance": lambda: np.var(d),
        }[mistake]()
    return float(value)
