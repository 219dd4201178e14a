"""Hints of the activations checks for a slip inside a formula that is otherwise right: a plus typed
for a minus, a missing "1 -" or a square moved inside tanh in a derivative, leaky ReLU's negative side
with its sign flipped, a function applied twice or tanh doubled in a derivative, the sign of z for ReLU's
slope, relu's slope at the kink (nan there: a division by z), softmax divided by another sum than its exponentials'
(or by anything else than its slices' sums), left as its log or shifted after its exp, sigmoid of z doubled or
halved, alpha added on both sides of leaky ReLU and of its slope.
Said in words, never as a solution's line.

Loaded by ``test_activations.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.grading.compare import Misconception

SIGMOID_NEGATIVE_MIRRORED = (
    "Your sigmoid is right for z >= 0, but for negative z it gives values above 0.5: sigmoid(|z|), which is "
    "1 - sigmoid(z) there. The sign of a negative z is lost somewhere. Look for: a stable form that computes "
    "e = exp(-|z|) and then keeps only the branch for z >= 0, 1 / (1 + e), for every z (the branch for z < 0, "
    "e / (1 + e), is missing: np.where(z >= 0, 1.0, e) / (1.0 + e) gives both); or |z| used where z itself belongs. "
    "Check with one number: sigmoid(-2) is about 0.12, below 0.5 for every negative z."
)
SIGMOID_PLUS = (
    "Your slope is s * (1 + s), a plus where the minus belongs (s being sigmoid(z)): the sigmoid's slope is s "
    "times (1 minus s), never above 0.25. Check with z = 0: s = 0.5, and the slope is 0.25."
)
TANH_PLUS = (
    "Your slope is 1 + tanh(z)**2, a plus where the minus belongs: tanh's slope is 1 minus the square of "
    "tanh(z), between 0 and 1 (1 at z = 0, close to 0 for large |z|)."
)
TANH_NO_ONE_MINUS = (
    "Your slope is tanh(z)**2 alone: the \"1 -\" in front is missing. tanh's slope is 1 - tanh(z)**2, 1 minus "
    "the square: 1 at z = 0, where yours gives 0, and close to 0 for large |z|, where yours gives 1."
)
TANH_SQUARE_INSIDE = (
    "Your slope squares z before tanh, 1 - tanh(z**2), where the square belongs to tanh's output: compute "
    "t = tanh(z) first, then 1 - t * t (mind the brackets: the square of tanh(z), not tanh of z squared)."
)
LEAKY_LEFT_SIGN = (
    "For z < 0 your values come out positive, where leaky ReLU gives alpha * z, a small negative number "
    "(z = -3 with alpha = 0.1 gives -0.3, not 0.3): the negative side has its sign flipped, as when alpha "
    "times the negative part is subtracted instead of added, or alpha * |z| is used."
)
SOFTMAX_SCORE_SUM = (
    "Your softmax divides the exponentials by the sum of the scores z (each row's z added up), not by the sum "
    "of the exponentials themselves, so a row does not sum to 1 (and a row whose scores add up to 0 is "
    "divided by 0): divide by the sum of the exponentials along the last axis."
)
SOFTMAX_DIVIDED_BY_ZERO = (
    "A row was divided by 0: the exponentials are all positive, so their sum never is 0, but the sum of the "
    "scores z can be (this input's second row, -1000, 0 and 1000, adds up to 0). Divide each row's "
    "exponentials by their own sum along the last axis."
)
SIGMOID_TWICE = (
    "Your slope is the sigmoid's slope taken at sigmoid(z), not at z: the sigmoid is applied twice, as when s "
    "already holds sigmoid(z) and sigmoid(s) is taken again, or sigmoid_derivative is fed sigmoid(z). Take the "
    "sigmoid of z once, call it s, and use s * (1 - s)."
)
TANH_TWICE = (
    "Your slope is tanh's slope taken at tanh(z), not at z: tanh is applied twice, as when t already holds "
    "tanh(z) and tanh(t) is taken again. Take tanh of z once, t = tanh(z), and use 1 - t**2."
)
TANH_DOUBLED = (
    "Your slope is 1 - 2 * tanh(z): tanh(z) is doubled where it should be squared, a * typed for ** (t * 2 is "
    "twice t, t ** 2 is t times itself). tanh's slope is 1 minus the square of tanh(z), between 0 and 1."
)
RELU_SIGN = (
    "Your slope is -1 where z < 0: that is the sign of z (np.sign gives -1, 0 and 1), not ReLU's slope. ReLU "
    "is flat on the negative side, max(0, z) stays 0 there, so its slope is 0 for z <= 0 and 1 where z > 0."
)
SOFTMAX_LOG = (
    "Your values are the logarithms of softmax's (log-softmax: all negative, and their exponentials sum to "
    "1 in each row): the log-sum-exp form stops one step short. Softmax itself is the exponential of that, "
    "or exp(z - max) divided by the row's sum of those exponentials."
)
SOFTMAX_SHIFT_AFTER_EXP = (
    "Your softmax subtracts each row's maximum after the exponential, exp(z) - max, where it belongs inside "
    "it, exp(z - max): a bracket closed too early. Shifted inside, the scores change nothing and exp cannot "
    "overflow; subtracted outside, the values change (and can be negative)."
)
RELU_KINK = (
    "At exactly z = 0 your slope is {value:g}, and the spec takes 0 there: 1 only where z > 0, and 0 elsewhere, "
    "z = 0 included (a function such as np.heaviside, or an average of the two sides, picks another value at "
    "the kink)."
)


def sigmoid_sign_slips(reference, z):
    """What sigmoid gives at ``z`` when the negative side loses its sign (the reference asked with |z|)."""
    return [Misconception(SIGMOID_NEGATIVE_MIRRORED, reference.sigmoid(np.abs(np.asarray(z, dtype=float))))]


def sigmoid_slope_slips(reference, z):
    """What sigmoid_derivative gives at ``z`` with a plus typed for the minus."""
    s = reference.sigmoid(z)
    twice = reference.sigmoid(s)
    return [Misconception(SIGMOID_PLUS, s * (1 + s)), Misconception(SIGMOID_TWICE, twice * (1 - twice))]


def tanh_slope_slips(reference, z):
    """What tanh_derivative gives at ``z`` with a plus for the minus, without its "1 -", or with the square
    taken of z inside tanh (the reference asked with the check's ``z`` and with its square)."""
    t = reference.tanh(z)
    inside = reference.tanh(np.asarray(z, dtype=float) ** 2)
    twice = reference.tanh(t)
    return [Misconception(TANH_PLUS, 1 + t * t), Misconception(TANH_NO_ONE_MINUS, t * t),
            Misconception(TANH_SQUARE_INSIDE, 1 - inside), Misconception(TANH_DOUBLED, 1 - 2 * t),
            Misconception(TANH_TWICE, 1 - twice * twice)]  # fmt: skip


def relu_slope_slips(z):
    """What relu_derivative gives at ``z`` as the sign of z (-1 on the negative side; at 0 either 0,
    np.sign's, or -1, a two-way choice's)."""
    z = np.asarray(z, dtype=float)
    return [Misconception(RELU_SIGN, np.sign(z)), Misconception(RELU_SIGN, np.where(z > 0, 1.0, -1.0))]


def leaky_sign_slips(reference, z, alpha):
    """leaky_relu with its negative side's sign flipped, or with alpha * z added on both sides of 0."""
    return [Misconception(LEAKY_LEFT_SIGN, reference.mistakes.leaky_relu_left_sign_flipped(z, alpha)),
            Misconception(LEAKY_ALPHA_EVERYWHERE.format(alpha=alpha), reference.mistakes.leaky_relu_alpha_everywhere(z, alpha))]


def softmax_sum_slips(reference, z):
    """softmax divided by the sum of the scores (as given, or shifted by the row's maximum), or left as
    its logarithm (log-softmax)."""
    return [*(Misconception(SOFTMAX_SCORE_SUM, value) for value in reference.mistakes.softmax_over_score_sums(z)),
            Misconception(SOFTMAX_LOG, reference.mistakes.softmax_left_as_log(z)),
            Misconception(SOFTMAX_SHIFT_AFTER_EXP, reference.mistakes.softmax_shift_after_exp(z)),
            *softmax_shift_slips(reference, z)]


def relu_kink_hint(got):
    """RELU_KINK when relu_derivative on [-2, 0, 3] is right but at 0 gives a value other than 0 and 1
    (1 at the kink has a hint of its own), RELU_ZERO_BY_ZERO when that value is nan; None otherwise."""
    try:
        values = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if values.shape != (3,) or values[0] != 0.0 or values[2] != 1.0 or values[1] in (0.0, 1.0):
        return None
    if np.isnan(values[1]):
        return RELU_ZERO_BY_ZERO
    return RELU_KINK.format(value=values[1]) if np.isfinite(values[1]) else None


SIGMOID_FACTOR_MISSING = (
    "Your slope is {kept} alone (s being sigmoid(z)){also}: the sigmoid's slope is a product of two factors, s "
    "times (1 - s), and yours has only one of them. Check with z = 0: s = 0.5, so the slope is 0.25, where one "
    "factor alone gives 0.5."
)
TANH_SQUARED_DIFFERENCE = (
    "Your slope squares the whole difference, (1 - tanh(z)) squared, where only tanh(z) is squared: tanh's slope "
    "is 1 minus the square of tanh(z). Mind the brackets: the square belongs to tanh(z) alone (at z = -1000 the "
    "slope is about 0, where yours gives 4)."
)
OTHER_FORM = (
    "Your slope has {other}'s form, {form}, with {function}'s output {a} in it: each activation has its own slope "
    "formula in terms of its output, and {function}'s is {slope}."
)
RELU_CAPPED = (
    "Your relu stops growing at {cap:g}: inputs above {cap:g} give {cap:g} (a clip or a minimum with {cap:g} caps "
    "it). relu passes every positive input through unchanged, max(0, z), with no upper limit."
)
LEAKY_SLOPE_SIGN = (
    "For z <= 0 your slope is -alpha, a sign slip: alpha * z rises as z rises (alpha is positive), so its slope "
    "is +alpha. Leaky ReLU's slope is 1 where z > 0 and alpha itself elsewhere, both positive."
)
SIGMOID_MINUS = (
    "Your sigmoid divides by 1 minus an exponential where it divides by 1 plus it, a sign slip in the "
    "denominator: the values go above 1 (and at z = 0 the denominator is 0). sigmoid(z) is 1 / (1 + exp(-z)), "
    "between 0 and 1; in the stable form for negative z, exp(z) / (1 + exp(z)), the plus stays too."
)
SIGMOID_DIVIDES_BY_ZERO = (
    "Your sigmoid divides by zero: its denominator, 1 plus an exponential, is never 0 (the exponential is "
    "positive), so a sign or a term in it is wrong; 1 minus an exponential is 0 at z = 0. Check the denominator "
    "of each branch: 1 + exp(-z), or 1 + exp(z) for negative z."
)
SOFTMAX_SHIFTED_ONE_SIDE = (
    "Your softmax shifts the scores by the row's maximum on one side of the division only: {where}, so each "
    "row is off by the factor exp({sign}max) and no longer sums to 1 (and the exp of the unshifted scores "
    "overflows for large ones). Subtract the maximum once, before any exp, and divide those exponentials by "
    "their own sum."
)


def formula_slips(reference, function, z):
    """What ``function``'s derivative gives at ``z`` with the factor s of the sigmoid's product left out (the other factor alone is the sigmoid itself, which
    activations_hints already names), the
    square around tanh's whole difference, or the other activation's slope form on this one's output."""
    if function == "sigmoid":
        s = reference.sigmoid(z)
        return [Misconception(SIGMOID_FACTOR_MISSING.format(kept="1 - s", also=", which is also sigmoid(-z)"), 1 - s),
                Misconception(OTHER_FORM.format(other="tanh", form="1 - a**2", function="sigmoid", a="a = s",
                                                slope="s * (1 - s)"), 1 - s * s)]  # fmt: skip
    t = reference.tanh(z)
    return [Misconception(TANH_SQUARED_DIFFERENCE, (1 - t) ** 2),
            Misconception(OTHER_FORM.format(other="the sigmoid", form="a * (1 - a)", function="tanh", a="a = tanh(z)",
                                            slope="1 - tanh(z)**2"), t * (1 - t))]  # fmt: skip


def relu_cap_slips(z):
    """relu capped above: clipped to [0, 1] (a cap the checks' inputs can show)."""
    z = np.asarray(z, dtype=float)
    return [Misconception(RELU_CAPPED.format(cap=cap), np.clip(z, 0.0, cap)) for cap in (1.0,)]


def leaky_slope_sign_slips(z, alpha):
    """leaky_relu_derivative with -alpha on the left, or with alpha added on both sides (1 + alpha where z > 0)."""
    right_side = np.asarray(z, dtype=float) > 0
    return [Misconception(LEAKY_SLOPE_SIGN, np.where(right_side, 1.0, -alpha)),
            Misconception(LEAKY_SLOPE_ALPHA_EVERYWHERE.format(alpha=alpha), right_side + alpha)]


def sigmoid_formula_slips(reference, z):
    """sigmoid with a minus in its denominator, or with z doubled or halved on the way in (the reference's
    mistakes asked with ``z``)."""
    doubled, halved = reference.mistakes.sigmoid_of_scaled(z)
    return [*(Misconception(SIGMOID_MINUS, value) for value in reference.mistakes.sigmoid_minus_in_denominator(z)),
            Misconception(SIGMOID_OF_DOUBLED, doubled), Misconception(SIGMOID_OF_HALVED, halved),
            *sigmoid_bracket_slips(reference, z)]


SIGMOID_UNBRACKETED = (
    "Your sigmoid divides by 1 and then adds the exponential: the brackets around its denominator are missing, and "
    "/ binds tighter than +, so a / 1 + e is (a / 1) + e, not a / (1 + e). {shown} Put the whole denominator in "
    "brackets, 1 / (1 + exp(-z)), in every branch of your formula (in the stable form for z < 0 too: "
    "exp(z) / (1 + exp(z)))."
)
AT_ZERO = "Your sigmoid(0) is 2, where it is 0.5, and the values leave the range (0, 1)."
LEFT_SIDE = "For z < 0 yours gives exp(z) + exp(z), twice exp(z), where sigmoid(z) is exp(z) / (1 + exp(z))."


def sigmoid_bracket_slips(reference, z):
    """sigmoid with its denominator unbracketed, in any of the forms the reference's mistakes module writes (the
    last, in the branch for z < 0 alone, right at 0), each only where it differs from the right values at ``z``
    by more than a comparison's tolerance (for z far below 0 the branch's 2 * exp(z) and the right exp(z) are
    both about 0: there it would name any answer near 0)."""
    *at_zero, left = reference.mistakes.sigmoid_denominator_unbracketed(z)
    right = np.asarray(reference.sigmoid(z), dtype=float)
    found = [*((SIGMOID_UNBRACKETED.format(shown=AT_ZERO), value) for value in at_zero),
             (SIGMOID_UNBRACKETED.format(shown=LEFT_SIDE), left)]
    with np.errstate(all="ignore"):
        return [Misconception(text, value) for text, value in found
                if not np.allclose(value, right, rtol=1e-4, atol=1e-6, equal_nan=True)]

SOFTMAX_MAX_OTHER_AXIS = (
    "Your softmax subtracts maxima taken along axis {axis} (one per {what}), not each row's own: a shift "
    "changes nothing only when a whole row is shifted by one number. Take the maximum along the last axis, "
    "axis=-1, with keepdims=True so that it stays a column beside its row."
)


def softmax_shift_slips(reference, z):
    """softmax shifted by the row's maximum in the numerator only, or in the sum only."""
    numerator, denominator = reference.mistakes.softmax_shifted_on_one_side(z)
    return [Misconception(SOFTMAX_SHIFTED_ONE_SIDE.format(where="the numerator is shifted and the sum below it "
                                                          "is not", sign="-"), numerator),
            Misconception(SOFTMAX_SHIFTED_ONE_SIDE.format(where="the sum below is shifted and the numerator is "
                                                          "not", sign=""), denominator),
            *(Misconception(SOFTMAX_MAX_OTHER_AXIS.format(axis=axis, what="column" if axis == np.ndim(z) - 2 else "slice"),
                            reference.mistakes.softmax_max_along(z, axis)) for axis in range(np.ndim(z) - 1))]  # fmt: skip


FIXED_SLOPES = (0.01, 0.1, 0.2, 0.3, 0.02, 0.05)  # numbers written in where the alpha argument belongs


def leaky_slope_mistakes(z, alpha):
    """leaky_relu with the left side scaled by another slope than the ``alpha`` argument."""
    slopes = [a for a in FIXED_SLOPES if a != alpha]
    left = [Misconception(f"For z <= 0 your values are {a} * z, but alpha is {alpha} here: use the alpha "
                          "argument (alpha * z), not a fixed number.", np.maximum(z, 0) + a * np.minimum(z, 0))
            for a in slopes]  # fmt: skip
    return [Misconception("For z <= 0 leaky_relu is alpha * z, not 0 (that is plain relu).", np.maximum(z, 0)), *left]


RELU_ZERO_BY_ZERO = (
    "At exactly z = 0 your slope is nan, which is what 0 / 0 gives: a slope computed by dividing by z (relu(z) / z, "
    "the rise over the run) has no value at z = 0. The spec takes the slope 0 there. Compare instead of "
    "dividing: 1 where z > 0 and 0 elsewhere, z = 0 included."
)
SIGMOID_OF_DOUBLED = (
    "Your sigmoid(z) equals sigmoid(2z): the right curve squeezed by a factor 2, as if z were doubled on the way in. "
    "0.5 * (1 + tanh(z)) gives exactly this: the tanh identity is sigmoid(z) = 0.5 * (1 + tanh(z / 2)), with z "
    "halved inside tanh. Written with exp, it is exp(-2z) where exp(-z) belongs. Check with z = 1: sigmoid(1) is "
    "about 0.731."
)
SIGMOID_OF_HALVED = (
    "Your sigmoid(z) equals sigmoid(z / 2): the right curve stretched by a factor 2, as if z were halved once too "
    "often (tanh(z / 4) where the identity 0.5 * (1 + tanh(z / 2)) has tanh(z / 2), or exp(-z / 2) where exp(-z) "
    "belongs). Check with z = 1: sigmoid(1) is about 0.731."
)
LEAKY_ALPHA_EVERYWHERE = (
    "Where z > 0 your values are (1 + {alpha}) * z, not z: alpha * z is added on both sides of 0. alpha scales "
    "only the negative side: leaky ReLU is z itself where z > 0 and alpha * z where z <= 0. If you add two parts, "
    "alpha multiplies the negative part of z alone (its minimum with 0), not all of z."
)
LEAKY_SLOPE_ALPHA_EVERYWHERE = (
    "Where z > 0 your slope is 1 + {alpha}, not 1: alpha is added on both sides of 0. The slope is one value or the "
    "other, never their sum: 1 where z > 0, and alpha where z <= 0 (np.where chooses between two values element "
    "by element)."
)
SOFTMAX_OTHER_NORMALISER = (
    "Each slice of yours (along the last axis) is the right one times a number, but it sums to {total:.4g}, not 1: "
    "your exponentials are divided by something other than their own slice's sum (a norm, a maximum, a count, "
    "a sum over another axis), or by nothing. softmax divides each exponential by the sum of the exponentials of its slice, "
    "which is what makes every slice sum to 1."
)


def softmax_other_normaliser_hint(got, expected):
    """SOFTMAX_OTHER_NORMALISER when every slice of ``got`` along the last axis is a positive multiple of the
    right one and some slice does not sum to 1 (the first such slice's sum is said); None otherwise."""
    try:
        got, expected = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != expected.shape or got.size == 0 or not np.isfinite(got).all() or (expected < 0).any():
        return None
    flat_got, flat_right = got.reshape(-1, got.shape[-1]), expected.reshape(-1, got.shape[-1])
    for row_got, row_right in zip(flat_got, flat_right):  # an exponential that underflows to 0 has no ratio
        kept = row_right > 1e-300
        if not kept.any() or np.abs(row_got[~kept]).max(initial=0.0) > 1e-12:
            return None
        ratios = row_got[kept] / row_right[kept]
        if (ratios <= 0).any() or not np.allclose(ratios, ratios[0], rtol=1e-6, atol=0.0):
            return None
    totals = got.reshape(-1, got.shape[-1]).sum(axis=-1)
    off = np.flatnonzero(~np.isclose(totals, 1.0, rtol=1e-6, atol=1e-9))
    return SOFTMAX_OTHER_NORMALISER.format(total=totals[off[0]]) if off.size else None


WRITES_INTO_INPUT = (
    "Your function changed the caller's data: the array z it was given holds other numbers after the call. "
    "np.asarray(z, dtype=float) makes no copy of an array that already holds floats, it hands back the caller's "
    "own array, so z[...] = ..., z *= ..., z -= ... or out=z on it change the caller's data. Inputs are never "
    "modified: build new arrays (s * (1 - s) is one), or copy first with np.array(z, dtype=float). A function "
    "that hands z on to another one that changes it (your sigmoid or tanh, say) changes it too: fix that one first."
)


def leaky_slope_left_mistakes(hints, z, alpha):
    """leaky_relu_derivative with the left slope 0 (relu's) or another number than ``alpha`` (``hints``: the
    activations_hints module, for the slope given as the function's value)."""
    slopes = [a for a in FIXED_SLOPES if a != alpha]
    left = [Misconception(f"For z <= 0 your slope is {a}, but alpha is {alpha} here: use the alpha argument, "
                          "not a fixed number.", np.where(z > 0, 1.0, a)) for a in slopes]  # fmt: skip
    return [Misconception("For z <= 0 the slope is alpha, not 0 (that is relu's slope): np.where(z > 0, 1.0, alpha).",
                          np.where(z > 0, 1.0, 0.0)), *left, *hints.leaky_slope_is_value(z, alpha), *leaky_slope_sign_slips(z, alpha)]  # fmt: skip
