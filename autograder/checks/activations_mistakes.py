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


def leaky_relu_left_sign_flipped(z, alpha):
    """leaky_relu whose negative side comes out positive: alpha times the negative part subtracted."""
    z = np.asarray(z, dtype=float)
    return np.maximum(z, 0.0) - alpha * np.minimum(z, 0.0)


def softmax_over_score_sums(z):
    """softmax whose exponentials (shifted by each row's maximum) are divided by the sum of the
    scores instead of their own sum: ``(by the scores as given, by the shifted scores)``."""
    z = np.asarray(z, dtype=float)
    shifted = z - z.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    with np.errstate(all="ignore"):
        return e / z.sum(axis=-1, keepdims=True), e / shifted.sum(axis=-1, keepdims=True)


def softmax_left_as_log(z):
    """softmax's logarithm, log-softmax, as the log-sum-exp form gives it without its final exp."""
    z = np.asarray(z, dtype=float)
    shifted = z - z.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def softmax_shift_after_exp(z):
    """softmax whose row maximum is subtracted after the exponential, exp(z) - max, not inside it."""
    z = np.asarray(z, dtype=float)
    with np.errstate(all="ignore"):
        e = np.exp(z) - z.max(axis=-1, keepdims=True)
        return e / e.sum(axis=-1, keepdims=True)


def sigmoid_minus_in_denominator(z):
    """sigmoid with a minus where its denominator has 1 + exp: the stable two-branch form divided by
    1 - exp(-|z|), and 1 / (1 - exp(-z)) written directly (both 1 / 0 at z = 0)."""
    z = np.asarray(z, dtype=float)
    with np.errstate(all="ignore"):
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1.0, e) / (1.0 - e), 1.0 / (1.0 - np.exp(-z))


def softmax_shifted_on_one_side(z):
    """softmax with each row's maximum subtracted on one side of the division only:
    ``(in the numerator only, in the sum below it only)``."""
    z = np.asarray(z, dtype=float)
    shifted = np.exp(z - z.max(axis=-1, keepdims=True))
    with np.errstate(all="ignore"):
        raw = np.exp(z)
        return shifted / raw.sum(axis=-1, keepdims=True), raw / shifted.sum(axis=-1, keepdims=True)


def softmax_max_along(z, axis):
    """softmax shifted by the maxima along ``axis`` (kept as an axis) where each row's belongs."""
    z = np.asarray(z, dtype=float)
    with np.errstate(all="ignore"):
        e = np.exp(z - z.max(axis=axis, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)


def sigmoid_of_scaled(z):
    """sigmoid with z scaled on the way in: ``(sigmoid(2z), sigmoid(z / 2))``, as 0.5 * (1 + tanh(z)) (the
    tanh identity without its z / 2) or exp(-2z) give the first, and a z halved once too often the second."""
    z = np.asarray(z, dtype=float)
    return 0.5 * (1.0 + np.tanh(z)), 0.5 * (1.0 + np.tanh(z / 4.0))


def leaky_relu_alpha_everywhere(z, alpha):
    """leaky_relu that adds alpha * z on both sides of 0: relu(z) + alpha * z."""
    z = np.asarray(z, dtype=float)
    return np.maximum(z, 0.0) + alpha * z


def sigmoid_denominator_unbracketed(z):
    """sigmoid with the brackets around its denominator left out, a / 1 + e for a / (1 + e): 1 / 1 + exp(-z)
    written directly; the stable two-branch form so written in both branches, in the branch for z >= 0 only,
    and in the branch for z < 0 only."""
    z = np.asarray(z, dtype=float)
    with np.errstate(all="ignore"):
        e = np.exp(-np.abs(z))
        right = np.where(z >= 0, 1.0, e) / (1.0 + e)
        positive, negative = np.where(z >= 0, 1.0 + e, right), np.where(z >= 0, right, e + e)
        return 1.0 + np.exp(-z), np.where(z >= 0, 1.0 + e, e + e), positive, negative
