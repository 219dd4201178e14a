"""Hints of the activations checks that need more than one look at the student's function or a
word on its shape: which side of z makes sigmoid overflow, a softmax shifted by the wrong maximum,
and a row statistic taken without keepdims. Said in words, never as a solution's code line.

Loaded by ``test_activations.py`` with ``load_sibling``; handed out with the checks.
"""

from contextlib import contextmanager

import numpy as np

from autograder.grading.compare import CheckFailed, Misconception
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


SIGMOID_MIRRORED = (
    "Your sigmoid gives 1 - sigmoid(z), which is sigmoid(-z): the sign of z is flipped somewhere, exp(z) where "
    "exp(-z) belongs, or the two branches of a stable form swapped (the branch for z >= 0 is 1 / (1 + exp(-z))). "
    "Check with one number: sigmoid(2) is about 0.88, above 0.5 for every positive z."
)
VALUE_NOT_SLOPE = (
    "Your {name} returns {function}(z) itself, the function's value, not its slope: the derivative of "
    "{function} at z is {slope}."
)
SLOPES = {
    "sigmoid": "s * (1 - s), s being the sigmoid of z",
    "tanh": "1 - tanh(z)**2",
    "relu": "1 where z > 0 and 0 elsewhere",
    "leaky_relu": "1 where z > 0 and the constant alpha where z <= 0",
}
WRONG_FUNCTION = (
    "Your {name} has the right form but is built on {used} where {function} belongs: it is the slope of "
    "{function}, so compute it from {function}(z) ({slope})."
)
FORMS = {  # a derivative's form, given the output a of the function it belongs to
    "sigmoid": lambda a: a * (1 - a),
    "tanh": lambda a: 1 - a**2,
}
RELU_DOUBLED = (
    "Your relu is twice the right value where z > 0: (z + |z|) is 2z there and 0 elsewhere, so that form of "
    "relu needs its division by 2, (z + |z|) / 2; or take the element-wise maximum of z and 0."
)
RELU_ABS = "relu is 0 for z <= 0, not |z|: keep z where z > 0 and give 0 elsewhere."
LEAKY_SIDES_SWAPPED = (
    "alpha belongs on the negative side: leaky_relu is z itself where z > 0 and alpha * z where z <= 0. Yours "
    "scales the positive side by alpha and keeps the negative side whole."
)
LEAKY_MAXIMUM = (
    "With alpha = {alpha}, above 1, your leaky_relu gives alpha * z for z > 0 and z itself for z < 0: alpha on the "
    "wrong side. The maximum of z and alpha * z does that for any alpha above 1 (it is leaky ReLU only while "
    "alpha <= 1); if you scale the positive side by alpha, move alpha to the negative side. The spec defines "
    "leaky ReLU by the sign of z, for any alpha: z where z > 0, alpha * z where z <= 0."
)
LEAKY_SLOPE_IS_VALUE = (
    "For z <= 0 your leaky_relu_derivative gives alpha * z, the function's value there, not its slope: the slope "
    "of alpha * z is the constant alpha, whatever z is (1 where z > 0, alpha where z <= 0)."
)
SOFTMAX_TOTAL_SUM = (
    "softmax works along the last axis: each row sums to 1, not the whole array. Yours divides by the sum over "
    "the whole array: take the sum along the last axis, one per row, with axis=-1 and keepdims=True."
)
SOFTMAX_BY_MAX = (
    "Your softmax divides the exponentials by their maximum, so the largest is 1 and a row sums to more than 1: "
    "divide by their sum along the last axis (axis=-1, keepdims=True), so that each row sums to 1."
)


def sigmoid_mistakes(reference, z):
    """What a mirrored sigmoid gives at ``z`` (the reference asked with the check's ``z``)."""
    return [Misconception(SIGMOID_MIRRORED, 1 - reference.sigmoid(z))]


def slope_mistakes(reference, name, function, z, alpha=None):
    """What ``name``, the derivative of ``function``, gives at ``z`` when it returns the function's
    value, or has the right form on the other function (sigmoid's form on tanh, tanh's on sigmoid)."""
    kwargs = {} if alpha is None else {"alpha": alpha}
    found = [Misconception(VALUE_NOT_SLOPE.format(name=name, function=function, slope=SLOPES[function]),
                           getattr(reference, function)(z, **kwargs))]  # fmt: skip
    for used in set(FORMS) - {function} if function in FORMS else ():
        found.append(Misconception(WRONG_FUNCTION.format(name=name, used=used, function=function,
                                                         slope=SLOPES[function]),
                                   FORMS[function](getattr(reference, used)(z))))  # fmt: skip
    return found


def relu_mistakes(z):
    z = np.asarray(z, dtype=float)
    return [Misconception(RELU_DOUBLED, z + np.abs(z)), Misconception(RELU_ABS, np.abs(z))]


def leaky_form_mistakes(z, alpha):
    """leaky_relu with alpha on the positive side; for an alpha above 1 the maximum of z and alpha * z
    gives the same values, so one hint names both."""
    z = np.asarray(z, dtype=float)
    hint = LEAKY_MAXIMUM.format(alpha=alpha) if alpha > 1 else LEAKY_SIDES_SWAPPED
    return [Misconception(hint, alpha * np.maximum(z, 0) + np.minimum(z, 0))]


def leaky_slope_is_value(z, alpha):
    z = np.asarray(z, dtype=float)
    return [Misconception(LEAKY_SLOPE_IS_VALUE, np.where(z > 0, 1.0, alpha * z))]


def softmax_normaliser_mistakes(z):
    """softmax shifted row by row but divided by the whole array's sum, or by each row's maximum."""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return [Misconception(SOFTMAX_TOTAL_SUM, e / e.sum()), Misconception(SOFTMAX_BY_MAX, e)]
