"""Readings of the activations' wrong answers that the eighteenth held-out corpus showed, each confirmed on the
student's own answers or lines before it is said: another well-known activation in the place of the one asked (a
piecewise-linear 'hard' sigmoid or tanh, a tanh scaled outside and inside, the ELU's exponential side for leaky
ReLU, the slope of softplus for ReLU's, a hard max for softmax), a derivative that guesses from its input's
values whether it was handed z or the activation already, and a slope estimated with np.gradient or np.diff
(finite differences between neighbouring entries) where the formula belongs.

Loaded by ``test_activations.py`` and ``activations_formulas.py`` with ``load_sibling``; handed out with the
checks. The spec's formulas are computed here with NumPy alone (the reference is not asked).
"""

import numpy as np

from autograder.grading import function_source as source
from autograder.grading.formulas import as_numbers
from autograder.checking.siblings import load_sibling
from autograder.sandbox.session import StudentError

h19 = load_sibling(__file__, "activations_h19")  # softmax with another exponential (np.expm1)

TIGHT = {"rtol": 1e-6, "atol": 1e-9}


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _pooled(inputs, answers):
    """(z, got) flattened over every input answered with numbers of its shape, or None."""
    kept = [(np.asarray(z, dtype=float).ravel(), a.ravel()) for z, a in zip(inputs, map(as_numbers, answers))
            if a is not None and a.shape == np.shape(z)]
    if not kept:
        return None
    z, got = np.concatenate([z for z, _ in kept]), np.concatenate([a for _, a in kept])
    return (z, got) if np.isfinite(got).all() and np.isfinite(z).all() else None


# ------------------------------------------------------------------ a slope estimated from neighbours
SLOPE_FORMULA = {"sigmoid_derivative": "s * (1 - s), with s the sigmoid of z", "tanh_derivative": "1 - tanh(z) ** 2",
                 "relu_derivative": "1 where z > 0 and 0 elsewhere",
                 "leaky_relu_derivative": "1 where z > 0 and alpha elsewhere"}
NUMERIC_SLOPE = (
    "Your {name} estimates the slope with np.{call} (line {lineno}: `{line}`): a finite difference between "
    "neighbouring entries of the array, which compares each value with the values that happen to sit next to it, "
    "not the slope of the curve at that z. So the slopes are only rough guesses that change with the other "
    "entries, and a single number, which has no neighbours, gives an empty array. The slope has an exact "
    "formula: compute it at each z on its own, {formula}."
)


def numeric_slope_hint(student, name):
    """NUMERIC_SLOPE when ``name``'s own lines call np.gradient or np.diff; else None."""
    if name not in SLOPE_FORMULA:
        return None
    text, node = source.function(student, "activations", name)
    found = next(iter(source.calls(node, ("gradient", "diff"))), None) if node is not None else None
    if found is None:
        return None
    call, called, _ = found
    return NUMERIC_SLOPE.format(name=name, call=called, lineno=call.lineno, line=source.statement_line(text, call),
                                formula=SLOPE_FORMULA[name])


def kept_or_numeric_hint(student, name):
    """activations_h19's reading of a value kept from another function's last call, else NUMERIC_SLOPE's."""
    return h19.kept_value_hint(student, name) or numeric_slope_hint(student, name)


# ------------------------------------------------------------------ a derivative that guesses what it was given
GUESSED = {  # the slope's form in its function's output, applied to z; the outputs' range
    "sigmoid_derivative": ("sigmoid", lambda z: z * (1 - z), "z * (1 - z)", (0.0, 1.0), "s, the sigmoid of z", "s * (1 - s)"),
    "tanh_derivative": ("tanh", lambda z: 1 - z * z, "1 - z ** 2", (-1.0, 1.0), "t, the tanh of z", "1 - t ** 2"),
}
GUESSED_OUTPUT = (
    "For some inputs your {name} gives {form}, and for others the right slope: at z = {z:g} it gives {got:.6g}, "
    "which is {form} with z itself, where the slope there is {right:.6g}. The inputs it treats so are those whose "
    "values all lie between {low:g} and {high:g}, as if such a z were already an activation, {function}'s output; "
    "a z outside that range gets the right slope. But {name} is always given z, the sum before the activation, "
    "whatever its values: do not guess from the values what you were handed. Always compute {first} first, then "
    "{slope}."
)


def guessed_output_hint(name, inputs, answers):
    """GUESSED_OUTPUT when, for every input, the answer is either the right slope or the output form taken of z
    itself, and the second happens (somewhere it differs from the first) only where z lies in the function's range;
    else None."""
    if name not in GUESSED:
        return None
    function, form, words, (low, high), first, slope = GUESSED[name]
    right_slope = (lambda z: _sigmoid(z) * (1 - _sigmoid(z))) if function == "sigmoid" else (lambda z: 1 - np.tanh(z) ** 2)
    shown = None
    for z, got in zip(inputs, map(as_numbers, answers)):
        z = np.asarray(z, dtype=float)
        if got is None or got.shape != z.shape:
            return None
        right, guessed = right_slope(z), form(z)
        if np.allclose(got, right, **TIGHT):
            continue
        inside = (z >= low) & (z <= high)
        if not (np.allclose(got, guessed, **TIGHT) and inside.all()):
            return None
        if shown is None:
            k = int(np.argmax(np.abs(guessed - right).ravel()))
            shown = (float(z.ravel()[k]), float(got.ravel()[k]), float(right.ravel()[k]))
    if shown is None:
        return None
    return GUESSED_OUTPUT.format(name=name, form=words, z=shown[0], got=shown[1], right=shown[2], low=low, high=high,
                                 function=function, first=first, slope=slope)


# ------------------------------------------------------------------ another activation in the place of the one asked
HARD = (
    "Your {name} is a straight line cut off at {low:g} and {high:g}, clip({line}, {low:g}, {high:g}), "
    "at every input the check tried: a piecewise-linear approximation of {name} (a 'hard {name}', which some "
    "libraries offer because it is cheap), not {name} itself. It reaches {high:g} already at z = {edge:.4g}, where "
    "{name} is a smooth curve that only approaches its bounds. Compute the real curve: {fix}."
)
HARD_FIX = {"sigmoid": "1 / (1 + exp(-z)), in a form that does not overflow", "tanh": "np.tanh(z)"}
SCALED_TANH = (
    "Your tanh is a scaled tanh, {a:.5g} * tanh({b:.4g} * z), at every input the check tried (1.7159 * tanh(2z / 3) "
    "is LeCun's scaled tanh, a variant from papers on training tricks): a factor outside and another inside, so its "
    "values run between -{a:.5g} and {a:.5g}, where tanh's run between -1 and 1. The spec's tanh is plain np.tanh(z), "
    "with no factor outside and none inside."
)
RELATIVES = {  # name: [(words, values at z and alpha)]: other activations a course, a library or a paper shows
    "relu": [
        ("z * sigmoid(z), the SiLU (or swish), a smooth cousin of ReLU, not ReLU itself. ReLU has a corner at 0: z "
         "where z > 0 and exactly 0 elsewhere, np.maximum(z, 0.0), no sigmoid in it", lambda z, a: z * _sigmoid(z)),
        ("the ELU, z where z > 0 and exp(z) - 1 elsewhere, not ReLU: ReLU's negative side is exactly 0, with no "
         "exponential in it", lambda z, a: np.where(z > 0, z, np.expm1(np.minimum(z, 0.0)))),
    ],
    "relu_derivative": [
        ("sigmoid(z), which is the slope of softplus, log(1 + exp(z)), the smooth cousin of ReLU, not of ReLU itself. "
         "ReLU is made of two straight pieces, so its slope is a step with nothing in between: 1 where z > 0 and 0 "
         "where z <= 0", lambda z, a: _sigmoid(z)),
    ],
    "leaky_relu": [
        ("alpha * (exp(z) - 1) where z <= 0, the ELU's exponential side, which levels off at -alpha, and z where "
         "z > 0. Leaky ReLU's negative side is a straight line, alpha * z, with no exponential in it",
         lambda z, a: np.where(z > 0, z, a * np.expm1(np.minimum(z, 0.0)))),
    ],
    "leaky_relu_derivative": [
        ("alpha * exp(z) where z <= 0, the slope of the ELU's exponential side, and 1 where z > 0. Leaky ReLU's "
         "negative side is the straight line alpha * z, whose slope is the constant alpha",
         lambda z, a: np.where(z > 0, 1.0, a * np.exp(np.minimum(z, 0.0)))),
    ],
}
RELATIVE = "At every input the check tried, your {gives} gives {words}."


def _hard_hint(name, z, got):
    """HARD when ``got`` is a line of z clipped to the function's bounds (at least three distinct values inside)."""
    low, high = (0.0, 1.0) if name == "sigmoid" else (-1.0, 1.0)
    inside = (got > low + 1e-12) & (got < high - 1e-12)
    if np.unique(np.round(z[inside], 9)).size < 3:
        return None
    a, b = np.polyfit(z[inside], got[inside], 1)
    if a <= 0 or not np.allclose(got, np.clip(a * z + b, low, high), **TIGHT):
        return None
    line = "z" if np.isclose(a, 1.0, rtol=1e-9) else f"{a:.4g} * z"
    line += "" if abs(b) < 1e-9 else f" {'+' if b > 0 else '-'} {abs(b):.4g}"
    return HARD.format(name=name, low=low, high=high, line=line, edge=(high - b) / a, fix=HARD_FIX[name])


def _scaled_tanh_hint(z, got):
    """SCALED_TANH when ``got`` is a * tanh(b * z) at every z, with a or b other than 1."""
    keep = np.abs(z) > 1e-6
    z, got = np.abs(z[keep]), got[keep] * np.sign(z[keep])  # tanh is odd: fold onto z > 0
    if (got <= 0).any() or np.unique(np.round(z[got < 0.999 * got.max()], 9)).size < 3:
        return None  # a scale and a slope need three points off the flat ends to be told apart from other curves
    small, large = int(np.argmin(z)), int(np.argmax(z))
    ratio = got[large] / got[small]  # tanh(b z2) / tanh(b z1) falls from z2 / z1 to 1 as b grows: one b fits
    low_b, high_b = 1e-3, 1e3
    for _ in range(200):
        mid = np.sqrt(low_b * high_b)
        low_b, high_b = (mid, high_b) if np.tanh(mid * z[large]) / np.tanh(mid * z[small]) > ratio else (low_b, mid)
    b = np.sqrt(low_b * high_b)
    a = got[small] / np.tanh(b * z[small])
    if np.isclose(a, 1.0, rtol=1e-6) and np.isclose(b, 1.0, rtol=1e-6):
        return None
    return SCALED_TANH.format(a=a, b=b) if np.allclose(got, a * np.tanh(b * z), **TIGHT) else None


def relatives_hint(name, inputs, answers, alpha=None):
    """A hint when the student's ``name`` gives, at every input the check tried, another well-known activation
    (or its slope) than the spec's; None otherwise."""
    pooled = _pooled(inputs, answers)
    if pooled is None:
        return None
    z, got = pooled
    if np.unique(np.round(got, 9)).size < 3:
        return None
    with np.errstate(all="ignore"):
        if name in HARD_FIX and (hard := _hard_hint(name, z, got)):
            return hard
        if name == "tanh":
            return _scaled_tanh_hint(z, got)
        rate = 0.1 if alpha is None else alpha
        for words, values in RELATIVES.get(name, ()):
            if np.allclose(got, values(z, rate), **TIGHT):
                gives = f"{name}(z, alpha={alpha})" if alpha is not None else f"{name}(z)"
                return RELATIVE.format(gives=gives, words=words)
    return None


def hint(student, name, inputs, answers, alpha=None):
    """The first of this module's readings that fits a failing check of ``name``, or None."""
    return (numeric_slope_hint(student, name) or guessed_output_hint(name, inputs, answers)
            or relatives_hint(name, inputs, answers, alpha))


# ------------------------------------------------------------------ softmax as a hard max
HARD_MAX = (
    "Your softmax gives 1 at the largest score of each slice and 0 everywhere else: a hard max, the one-hot of "
    "argmax, not softmax. Softmax is smooth: every score gets a share, exp(z_i) divided by the sum of exp(z_j) "
    "along the last axis, so the largest score gets the largest probability, but not all of it."
)


def hard_max_hint(z, got):
    """HARD_MAX when ``got`` is 1.0 exactly where z takes its maximum along the last axis and 0 elsewhere."""
    z, got = np.asarray(z, dtype=float), as_numbers(got)
    if got is None or got.shape != z.shape or z.ndim == 0:
        return None
    one_hot = (z == np.max(z, axis=-1, keepdims=True)).astype(float)
    first = np.zeros_like(z)  # np.argmax keeps only the first of tied maxima
    np.put_along_axis(first, np.argmax(z, axis=-1)[..., None], 1.0, axis=-1)
    return HARD_MAX if np.array_equal(got, one_hot) or np.array_equal(got, first) else None


NORMALISED_SIGMOID = (
    "Your softmax divides sigmoid(z) by its sum along the last axis, a normalised sigmoid: each slice sums to 1, "
    "but the values are not softmax's. Softmax takes the exponential of each score, exp(z_i) divided by the sum of "
    "exp(z_j) along the last axis (with each slice's own maximum subtracted first, so that exp cannot overflow); "
    "shifting every score of a slice by the same amount leaves softmax unchanged, and a sigmoid does not."
)
ALL_ZERO_ROW = " For a row of very negative scores every sigmoid is 0, and 0 / 0 is nan: that is the warning."
NO_MAX = (
    "A slice of your softmax came out nan: exp of a number far from 0 leaves the range of floating point numbers "
    "(exp(-1000) is 0 and exp(1000) is inf), so the slice's division became 0 / 0 or inf / inf. Your softmax "
    "subtracts no maximum at all: subtract from each slice its own maximum (taken along the last axis, kept as a "
    "column) before exp, so that the largest term of every slice is exp(0) = 1, no term overflows and no sum is 0."
)
TELLING = np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0], [0.0, 0.0, 4.0]])


def softmax_hint(z, got, student=None):
    """HARD_MAX or NORMALISED_SIGMOID when ``got`` is that function of ``z`` along the last axis; NO_MAX when ``got``
    holds nan and the ``student``'s softmax takes no maximum; else None."""
    z, got = np.asarray(z, dtype=float), as_numbers(got)
    if got is None or got.shape != z.shape or z.ndim == 0:
        return None
    if (other := h19.softmax_hint(z, got)) is not None:
        return other
    if np.isnan(got).any():
        return NO_MAX if student is not None and _takes_no_max(student) else None
    if not np.isfinite(got).all():
        return None
    if hard_max_hint(z, got):
        return HARD_MAX
    s = _sigmoid(z)
    return NORMALISED_SIGMOID if np.allclose(got, s / np.sum(s, axis=-1, keepdims=True), **TIGHT) else None


def softmax_warning_hint(student, said, row_max):
    """For softmax's stability check failed with a warning: the student's softmax asked on TELLING, a normalised
    sigmoid or a hard max said so; else, where the hint ``said`` is ``row_max`` (a maximum of the whole array
    subtracted) and softmax's own lines take no maximum at all, NO_MAX; else None."""
    try:
        found = softmax_hint(TELLING, student.call("softmax", TELLING))
    except StudentError:  # an error of the student's: nothing to tell from it
        found = None
    if found is not None:
        return found + (ALL_ZERO_ROW if found is NORMALISED_SIGMOID else "")
    return NO_MAX if said == row_max and _takes_no_max(student) else None


def _takes_no_max(student):
    """True when the student's softmax is read and calls no max (np.max, .max(), max, np.amax) nor logsumexp."""
    _, node = source.function(student, "activations", "softmax")
    return node is not None and next(iter(source.calls(node, ("max", "amax", "nanmax", "logsumexp"))), None) is None
