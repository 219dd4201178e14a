"""Hints of the softmax checks: what to say about a shift by the wrong maximum and about a row
statistic taken without keepdims, in words, never as a solution's code line."""

from contextlib import contextmanager

import numpy as np

from autograder.grading.compare import CheckFailed
from autograder.sandbox.session import StudentError

SOFTMAX_OVERFLOW = "exp(1000) overflows. Subtract each row's maximum before exp: softmax does not change."
SOFTMAX_ROW_MAX = (
    "A row whose scores all lie far below the largest score of the array became exp(-2000) = 0 everywhere, "
    "and 0 / 0 is nan: subtract from each row its own maximum (taken along the last axis, kept as a "
    "column), not the maximum of the whole array."
)
KEEPDIMS = (
    "A sum (or max) over the last axis without keepdims=True has shape {short}, which cannot line up with "
    "the {full} array: NumPy matches trailing axes, not rows. Pass keepdims=True to np.sum (and np.max) "
    "so that each row's value stays in a column of shape {kept}."
)


def numpy_shape(shape) -> str:
    """A shape as NumPy writes it in a broadcasting error: (4,3) and (4,)."""
    return "(" + ",".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


@contextmanager
def keepdims(z):
    """softmax(z) on a 2-D or higher z: the broadcasting error a row statistic without keepdims gives
    (z's shape against z's shape without its last axis) fails the check with a hint naming keepdims."""
    try:
        yield
    except StudentError as exc:
        z = np.asarray(z)
        lost = f"shapes {numpy_shape(z.shape)} {numpy_shape(z.shape[:-1])}"
        if z.ndim < 2 or "could not be broadcast" not in exc.message or lost not in exc.message:
            raise
        raise CheckFailed(exc.message, hint=KEEPDIMS.format(
            short=z.shape[:-1], full=z.shape, kept=(*z.shape[:-1], 1))) from None  # fmt: skip
