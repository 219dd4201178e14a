"""Hints of the activations checks that need more than one look at the student's function or a
word on its shape: which side of z makes sigmoid overflow, a sigmoid or tanh that saturates too
early (z clipped to a small range), a derivative that overflows on its own or inherits its
function's fault, a softmax shifted by the wrong maximum, and a row statistic taken without
keepdims. Said in words, never as a solution's code line.

Loaded by ``test_activations.py`` with ``load_sibling``; handed out with the checks.
"""

from contextlib import contextmanager

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import CheckFailed, Misconception, diagnose
from autograder.sandbox.session import StudentError

torch = load_sibling(__file__, "activations_torch_names")  # dim= for axis=

EXACT = "Use exp(-|z|), which never overflows, and pick the formula by the sign of z"
SAFE = EXACT + " (or clip z to a safe range)."
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


SOFTMAX_OVERFLOW = ("exp(1000) overflows. Subtract each row's maximum from the scores before any exp is taken, in the "
                    "numerator and in the sum alike: softmax does not change.")
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


AXIS_NUMBER = (
    "Your softmax names an axis by its number, and {shown} has no such axis ({raised}): softmax works along the "
    "last axis whatever the number of axes, and axis=-1 names it for a 1-D, 2-D or 3-D input alike. Take the "
    "maximum and the sum with axis=-1 and keepdims=True."
)


@contextmanager
def along_last_axis(z):
    """softmax(z): an axis number z does not have (axis=1 on a 1-D input) and, on a 2-D or higher z,
    the broadcasting error a row statistic without keepdims gives (z's shape against z's shape without
    its last axis) fail the check with a hint naming axis=-1 and keepdims."""
    try:
        yield
    except StudentError as exc:
        z = np.asarray(z)
        if (spelled := torch.torch_hint("softmax", exc)) is not None:
            raise CheckFailed(exc.message, hint=spelled) from None
        if exc.raised == "AxisError":
            shown = f"a {z.ndim}-D input" if z.ndim else "a number"
            raise CheckFailed(exc.message, hint=AXIS_NUMBER.format(shown=shown, raised=exc.raised_message)) from None
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
    others = sorted(set(FORMS) - {function}) if function in FORMS else []
    for used in others:
        found.append(Misconception(WRONG_FUNCTION.format(name=name, used=used, function=function,
                                                         slope=SLOPES[function]),
                                   FORMS[function](getattr(reference, used)(z))))  # fmt: skip
    return found


RELU_HALF_BRACKETED = (
    "Your relu is {got}: only {halved} is halved. The form relu(z) = (|z| + z) / 2 halves the whole sum, and "
    "without brackets around |z| + z the division takes {halved} alone, since / binds tighter than + (z = 2 gives "
    "3 instead of 2). Bracket the sum before dividing by 2, or take the element-wise maximum of z and 0."
)


def relu_mistakes(z):
    z = np.asarray(z, dtype=float)
    return [Misconception(RELU_DOUBLED, z + np.abs(z)), Misconception(RELU_ABS, np.abs(z)),
            Misconception(RELU_HALF_BRACKETED.format(got="|z| + z / 2", halved="z"), np.abs(z) + z / 2),
            Misconception(RELU_HALF_BRACKETED.format(got="|z| / 2 + z", halved="|z|"), np.abs(z) / 2 + z)]


def leaky_form_mistakes(z, alpha):
    """leaky_relu with alpha on the positive side; for an alpha above 1 the maximum of z and alpha * z
    gives the same values, so one hint names both."""
    z = np.asarray(z, dtype=float)
    hint = LEAKY_MAXIMUM.format(alpha=alpha) if alpha > 1 else LEAKY_SIDES_SWAPPED
    return [Misconception(hint, alpha * np.maximum(z, 0) + np.minimum(z, 0))]


def leaky_slope_is_value(z, alpha):
    z = np.asarray(z, dtype=float)
    return [Misconception(LEAKY_SLOPE_IS_VALUE, np.where(z > 0, 1.0, alpha * z))]


SOFTMAX_AXIS = (
    "Your softmax normalises along axis {axis} ({where}), so the values sum to 1 along that axis and not along "
    "each row: softmax works along the last axis, axis=-1. Take the maximum and the sum with axis=-1 and "
    "keepdims=True, so that each row's own value stays in a column that lines up with that row."
)
SOFTMAX_NO_KEEPDIMS = (
    "Your softmax takes the row {what} along the last axis but without keepdims=True: the result has shape "
    "{short}, and NumPy lines it up with z's last axis, so on this square input row i's {what} lands in "
    "column i (no error, wrong values). Pass keepdims=True to np.max and np.sum, so that each row's value "
    "stays in a column of shape {kept} and meets its own row."
)


def softmax_axis_mistakes(z):
    """softmax normalised along another axis than the last (shifted by each row's maximum, or by the
    maximum along that same axis, which is the same as no shift), and, on a square last pair of axes, a
    row maximum or row sum taken without keepdims, which broadcasts across the columns instead."""
    z = np.asarray(z, dtype=float)
    if z.ndim < 2:
        return []
    found = []
    with np.errstate(all="ignore"):
        by_row = np.exp(z - z.max(axis=-1, keepdims=True))
        for axis in range(z.ndim - 1):
            where = "down the columns" if z.ndim == 2 else f"the last axis is axis {z.ndim - 1}"
            hint = SOFTMAX_AXIS.format(axis=axis, where=where)
            own = np.exp(z - z.max(axis=axis, keepdims=True))
            found += [Misconception(hint, e / e.sum(axis=axis, keepdims=True)) for e in (by_row, own)]
        if z.shape[-1] == z.shape[-2]:
            kept, short = (*z.shape[:-1], 1), z.shape[:-1]
            flat_max = np.exp(z - z.max(axis=-1))
            found += [
                Misconception(SOFTMAX_NO_KEEPDIMS.format(what="sum", short=short, kept=kept), by_row / by_row.sum(axis=-1)),
                Misconception(SOFTMAX_NO_KEEPDIMS.format(what="maximum", short=short, kept=kept),
                              flat_max / flat_max.sum(axis=-1, keepdims=True)),
                Misconception(SOFTMAX_NO_KEEPDIMS.format(what="maximum and sum", short=short, kept=kept),
                              flat_max / flat_max.sum(axis=-1)),
            ]  # fmt: skip
    return found


def softmax_normaliser_mistakes(z):
    """softmax shifted row by row but divided by the whole array's sum, or by each row's maximum."""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return [Misconception(SOFTMAX_TOTAL_SUM, e / e.sum()), Misconception(SOFTMAX_BY_MAX, e)]


SATURATION = {  # per function: its output mapped back to z, and how to stay finite without changing an answer
    "sigmoid": (lambda s: np.log(s / (1 - s)), EXACT + "."),
    "tanh": (np.arctanh, "use np.tanh(z), which is exact and never overflows."),
}


def saturated_hint(name, z, got, expected):
    """A hint when ``got`` (the student's ``name``, sigmoid or tanh, at the points ``z``) is finite,
    right at some points and, on each side of 0, one and the same wrong value at the others: the
    function stops changing beyond some |z| (z clipped to a small range, or the output capped) while
    the true one goes on toward its limit. The bound is named from the output it sticks at."""
    inverse, safe = SATURATION[name]
    try:
        z, got, expected = (np.asarray(v, dtype=float) for v in (z, got, expected))
    except (TypeError, ValueError):
        return None
    if got.shape != z.shape or expected.shape != z.shape or not np.isfinite(got).all():
        return None
    wrong = ~np.isclose(got, expected, rtol=1e-6, atol=1e-9)
    if not wrong.any() or wrong.all():
        return None
    plateaus = []
    for side in (z < 0, z > 0):
        stuck = got[side & wrong]
        if stuck.size and not np.allclose(stuck, stuck[0], rtol=1e-9, atol=0.0):
            return None  # a side that changes from point to point is not a plateau
        if stuck.size:
            first = np.abs(z[side & wrong]).min()
            with np.errstate(all="ignore"):
                at = float(inverse(stuck[0])) * (1 if (z[side] > 0).all() else -1)  # where the curve has that value
            if not 0 < at <= first * (1 + 1e-9) or (np.abs(z[side & ~wrong]) > first).any():
                return None  # not a value the curve passes on the way out, or right beyond it: no plateau
            plateaus.append((stuck[0], first))
    if max(np.sum(wrong & (z < 0)), np.sum(wrong & (z > 0))) < 2:
        return None  # one wrong point per side could be anything
    value, first = plateaus[0]
    with np.errstate(all="ignore"):
        bound = abs(float(inverse(value)))
    where = f"about |z| = {bound:.3g}" if np.isfinite(bound) else "some |z|"
    return (f"Your {name} is right near 0 but saturates too early: it stops changing at {where} and gives "
            f"{value:.6g} for every z from |z| = {first:g} on, where {name} goes on toward its limit. That is what "
            f"clipping z (np.clip) to a range as small as ±{bound:.3g}, or capping the output, does: it keeps exp "
            f"from overflowing but changes the answers for large |z|. Leave z as it is; {safe}")


def not_finite(value) -> bool:
    """Whether a numeric answer holds nan or inf (False for anything that is not numbers)."""
    try:
        return not np.isfinite(np.asarray(value, dtype=float)).all()
    except (TypeError, ValueError):
        return False


OUTPUT_SLOPE = {"sigmoid": "s * (1 - s), where s is sigmoid(z)", "tanh": "1 - t * t, where t is tanh(z)"}


OWN_OVERFLOW = (
    "{name} gives nan or inf for |z| around 1000 while your {function} stays finite there: {name} overflows "
    "in an exp of its own (exp(1000) is inf, and inf / inf or inf * 0 is nan). Write the slope from "
    "{function}'s output instead, {slope}, which is finite wherever {function} is."
)


def derivative_cause(name, function, slope, value, right, got, z=None):
    """Why the derivative ``name`` gave ``got`` on large |z|, when that can be told: it is the
    slope (``slope``: the derivative in terms of the function's output) of the student's own
    ``function``, whose values ``value`` there are wrong (nan, inf, or not the ``right`` ones), so
    that function is the cause; or it holds nan or inf though ``function`` is right, so the
    derivative overflows in an exp of its own. None otherwise."""
    try:
        mine = None if value is None else np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return None
    if mine is None or mine.shape != np.shape(right):
        return None
    if np.isfinite(mine).all() and np.allclose(mine, right, rtol=1e-6, atol=1e-9):
        return OWN_OVERFLOW.format(name=name, function=function, slope=OUTPUT_SLOPE[function]) if not_finite(got) else None
    with np.errstate(all="ignore"):
        replayed = slope(mine)
    if diagnose(got, [Misconception("built on it", replayed)]) is None:
        return None
    how = "gives nan or inf" if not np.isfinite(mine).all() else "gives wrong values"
    with np.errstate(all="ignore"):
        wrong = ~np.isfinite(mine) | ~np.isclose(mine, right, rtol=1e-6, atol=1e-9)
    if z is not None and not (np.abs(np.asarray(z, dtype=float)) >= 50)[wrong].all():  # wrong at small |z| too
        at = ", ".join(f"{v:g}" for v in np.asarray(z, dtype=float)[wrong])
        return (f"{name} uses your {function}, which {how} itself, at z = {at} (see the check of {function}'s "
                f"values): fix {function} first, and {name} follows.")  # fmt: skip
    return (f"{name} uses your {function}, which {how} for |z| around 1000 (see the check of {function} on "
            f"large inputs): fix {function} first, and {name} follows.")  # fmt: skip

