"""Hints of the softmax checks read from what a softmax's probabilities say of the scores it used: the
logarithms of one slice's probabilities are that slice's scores up to a constant, so a softmax of the
scores multiplied by some number c (c = -1: the scores negated, the largest getting the smallest
probability) shows c in every slice alike. Also asked, once a softmax overflowed, of a small input that
cannot overflow, so an overflow that the negated scores cause is not taken for a missing shift. Said in
words, never as a solution's code line.

Also: a softmax right on 2-D arrays, asked again on two of them once it failed on an input of another number of
axes, is written for rows (the axis put back with [:, np.newaxis], a loop over the first axis).

Loaded by ``test_activations.py`` with ``load_sibling``; handed out with the checks.
"""

from contextlib import contextmanager

import numpy as np

from autograder.grading.compare import CheckFailed
from autograder.sandbox.session import StudentError

NEGATED = (
    "Your softmax gives the largest score the smallest probability: it is the softmax of the negated scores, "
    "softmax(-z) (a softmin). A minus sign too many in the exponent does that: exp of -(z - max), or of max - z, "
    "the shift written the wrong way round (or 1 / exp(...)). Take exp of z - max, each score minus its row's "
    "maximum, so that the largest score gets exp(0) = 1 and the largest probability."
)
SCALED = (
    "Your softmax is the softmax of the scores multiplied by {c:.4g}, softmax({c:.4g} * z), in every row: the "
    "scores are scaled before the exponential ({how}). softmax takes exp of each score as it is (minus its row's "
    "maximum, which changes nothing), then divides by the row's sum."
)
POWERS = (
    "Your softmax is the softmax of the scores multiplied by {c:.4g}, which is {ln}: it raises {base} to the "
    "scores, {how}, where softmax raises e to them (np.exp). The probabilities still sum to 1, but they are "
    "the wrong ones: use np.exp for the exponentials."
)
OVERFLOWED = " With the large scores of this check, exp of such numbers overflows: fix the scores, and the overflow goes too."
SAFE_SCORES = np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])  # no exp of these overflows, whatever the sign or scale


def scale_of_scores(z, got):
    """The one number c with ``got`` = softmax(c * z) along the last axis, read from the logarithms of ``got``
    (each slice's, centred, against its centred scores), or None when there is none (values not all positive
    and finite, a shape other than z's, slices of equal scores only, or no single c fits every slice)."""
    try:
        z, got = np.asarray(z, dtype=float), np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if z.ndim == 0 or got.shape != z.shape or z.size == 0 or not np.isfinite(got).all() or (got <= 0).any():
        return None
    logs = np.log(got)
    centred_logs = logs - logs.mean(axis=-1, keepdims=True)
    centred = z - z.mean(axis=-1, keepdims=True)
    spread = float(np.sum(centred * centred))
    if spread < 1e-12:
        return None
    c = float(np.sum(centred_logs * centred) / spread)
    if not np.allclose(centred_logs, c * centred, rtol=1e-6, atol=1e-7):
        return None
    return c


def scaled_scores_hint(z, got):
    """NEGATED when ``got`` is softmax(-z), SCALED when it is softmax(c * z) for another c (not 1, not 0: a
    softmax right, or uniform, says nothing of a scale); None otherwise."""
    c = scale_of_scores(z, got)
    if c is None or abs(c - 1.0) < 1e-6 or abs(c) < 1e-6:
        return None
    if abs(c + 1.0) < 1e-6:
        return NEGATED
    if abs(c - np.log(2.0)) < 1e-6 or abs(c - np.log(10.0)) < 1e-6:
        return POWERS.format(c=c, base=2 if c < 1 else 10, ln="ln 2" if c < 1 else "ln 10",
                             how="np.exp2(...)" if c < 1 else "10 ** ... or np.power(10, ...)")
    how = ("the exponentials squared, or the scores doubled" if abs(c - 2.0) < 1e-6 else
           "a negative number flips which score wins" if c < 0 else "a number written into the exponent")
    return SCALED.format(c=c, how=how)


def common_scaled_hint(zs, replies):
    """scaled_scores_hint for softmax's answers to every input of ``zs`` (``replies``: echoed, as the softmax
    check asks), when one scale c fits them all: on evenly spaced scores such as [1, 2, 3] the negated
    scores give the right probabilities in reverse order, which other inputs tell apart. None otherwise."""
    scales = []
    for k, z in enumerate(zs):
        try:
            got = replies[k][0]
        except (StudentError, IndexError, TypeError):
            return None
        scales.append(scale_of_scores(z, got))
    if not scales or any(c is None for c in scales) or not np.allclose(scales, scales[0], rtol=1e-6, atol=1e-7):
        return None
    return scaled_scores_hint(zs[0], replies[0][0])


def overflow_reading_hint(student):
    """The scaled-scores hint of the student's softmax on SAFE_SCORES (asked only once softmax overflowed), for
    a scale that makes exp overflow (negative, or above 1), with OVERFLOWED; None otherwise."""
    try:
        got = student.call("softmax", SAFE_SCORES)
    except StudentError:
        return None
    c = scale_of_scores(SAFE_SCORES, got)
    if c is None or not (c < -1e-6 or c > 1.0 + 1e-6):
        return None
    return scaled_scores_hint(SAFE_SCORES, got) + OVERFLOWED


ROWS = (np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]]), np.array([[0.2, -0.4], [1.5, 1.0], [-2.0, 0.0], [3.0, 3.5]]))
ROWS_ONLY = (
    "Your softmax is right on 2-D arrays (each row sums to 1), but on {this} it {how}: it is written for rows, "
    "two axes and no other number, as [:, np.newaxis] (or [:, None]) after a sum, a reshape to (-1, 1) or a loop "
    "over z's first axis make it. softmax works along the last axis, whatever the number of axes: take the "
    "maximum and the sum with axis=-1 and keepdims=True, which keeps the summed axis (as one of length 1) for a "
    "1-D, 2-D or 3-D input alike."
)
EACH_ALONE = (
    "Your softmax gives 1 for every score of the 1-D vector {z}, and is right on 2-D arrays: each score of the "
    "vector was normalised on its own, as a loop over z's first axis does (for i in range(len(z)): z[i] is a row "
    "of a 2-D array, but a single score of a 1-D one). softmax works along the last axis: take the maximum and "
    "the sum with axis=-1 and keepdims=True on the whole of z, with no loop, and the same code serves a 1-D, 2-D "
    "or 3-D input."
)


def _softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _right_on_rows(student):
    """Whether the student's softmax gives the right answer on each 2-D array of ROWS (asked only once it failed)."""
    for z in ROWS:
        try:
            got = np.asarray(student.call("softmax", z), dtype=float)
        except (StudentError, TypeError, ValueError):
            return False
        if got.shape != z.shape or not np.allclose(got, _softmax(z), rtol=1e-6, atol=1e-9):
            return False
    return True


@contextmanager
def made_for_rows(student, z):
    """softmax(z), for a ``z`` of one axis or three, failing without a hint (an error raised, a shape, or values that
    no reading named) where the student's softmax is right on 2-D arrays (asked only then): the hint says it is
    written for rows, and when every score of a 1-D ``z`` comes out 1 (asked again), that each was normalised alone."""
    try:
        yield
    except (StudentError, CheckFailed) as failed:
        shape = isinstance(failed, CheckFailed) and "expected shape" in failed.message  # a shape's reading says less
        error = isinstance(failed, StudentError)
        if np.ndim(z) == 2 or (failed.hint is not None and not shape) or (error and not failed.raised) or \
                not _right_on_rows(student):  # fmt: skip
            raise
        try:
            again = np.asarray(student.call("softmax", z), dtype=float) if isinstance(failed, CheckFailed) else None
        except (StudentError, TypeError, ValueError):
            again = None
        if again is not None and again.shape == np.shape(z) and np.allclose(again, _softmax(np.asarray(z, dtype=float)),
                                                                            rtol=1e-6, atol=1e-9):
            raise  # the values are right: what failed (a dtype, the input changed) is not the axes
        ones = again is not None and np.ndim(z) == 1 and again.shape == np.shape(z) and np.allclose(again, 1.0)
        how = (f"raises {failed.raised}" if error else
               "gives an answer of shape " + failed.message.rsplit("got shape ", 1)[-1] if shape else "gives other values")
        hint = EACH_ALONE.format(z="[" + ", ".join(f"{v:g}" for v in np.ravel(z)) + "]") if ones else ROWS_ONLY.format(
            this=f"a {np.ndim(z)}-D input" if np.ndim(z) else "a single number", how=how)
        raise CheckFailed(failed.message, hint=hint, credit=getattr(failed, "credit", 0.0)) from None
