"""Hints of the activations checks that need more than one look at the student's function or a
word on its shape: which side of z makes sigmoid overflow, a softmax shifted by the wrong maximum,
and a row statistic taken without keepdims. Said in words, never as a solution's code line.

Loaded by ``test_activations.py`` with ``load_sibling``; handed out with the checks.
"""

from contextlib import contextmanager

import numpy as np

from autograder.grading.compare import CheckFailed
from autograder.sandbox.session import StudentError

SAFE = "Use exp(-|z|), which never overflows, and pick the formula by the sign of z (or clip z to a safe range)."
OVERFLOWS = {
    (True, False): "exp(-z) overflows for z = -1000. " + SAFE,
    (False, True): "exp(z) overflows for z = 1000. " + SAFE,
    (True, True): (
        "Your sigmoid overflows at z = -1000 and at z = 1000 alike, as if both of its formulas ran on every z. "
        "That is what np.where(condition, a, b) does: it computes both branches, a and b, in full for every entry "
        "before it picks, so the branch meant for the other sign still overflows (the values come out right, "
        "with a warning). Make both branches safe on their own: build them from np.exp(-np.abs(z)), which never "
        "overflows, so that np.where only picks between safe values."
    ),
}


def _warns(student, z):
    """True if ``sigmoid(z)`` makes NumPy warn (or raise a floating-point error)."""
    try:
        student.invoke("sigmoid", (np.array([z]),), strict=True)
    except StudentError as exc:
        return exc.raised in ("FloatingPointError", "RuntimeWarning")
    return False


def sigmoid_overflow_hint(student):
    """How to fix a sigmoid that overflows on large |z|, told from which side overflows when
    ``sigmoid`` is called on z = -1000 alone and on z = 1000 alone."""
    sides = (_warns(student, -1000.0), _warns(student, 1000.0))
    return OVERFLOWS.get(sides, "exp overflows for |z| around 1000. " + SAFE)


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
