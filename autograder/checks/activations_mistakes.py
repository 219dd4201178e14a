"""What activation functions give as common mistakes write them: what the checks' hints compare with.

Instructor-side only: the grader exposes this module to the checks as ``reference.mistakes``,
and a student's kit holds only its outputs on the checks' fixed inputs (recorded with the
reference's), never this code.
"""

import numpy as np


def tanh_of_half(z):
    """tanh built from the sigmoid without doubling z: 2 * sigmoid(z) - 1, which is tanh(z / 2)."""
    return np.tanh(np.asarray(z, dtype=float) / 2.0)


def leaky_relu_constant_left(z, alpha):
    """leaky_relu that returns alpha itself, not alpha * z, where z <= 0."""
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, alpha)


def softmax_shifted_by_array_max(z):
    """softmax that subtracts the largest score of the whole array, not each row's: a row far below
    that score becomes 0 / 0, nan."""
    z = np.asarray(z, dtype=float)
    with np.errstate(all="ignore"):
        e = np.exp(z - z.max())
        return e / e.sum(axis=-1, keepdims=True)
