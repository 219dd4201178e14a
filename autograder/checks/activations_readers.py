"""Readers of a wrong activation or slope over every input its check tried, for ``activations_formulas``:
a step (or a kink) placed at another z than 0, the input made whole numbers before the function is taken,
and a slope that is 0 everywhere (terms that cancel, as a formula without its brackets does). Each reads
the student's answers against the spec's definition, computed here from NumPy alone (the student's kit
holds no reference code), and says what it finds in the student's terms; None where the answers are not
of its kind.

Loaded by ``activations_formulas.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

MOVED_STEP = (
    "Your {name} switches from its z <= 0 side ({left}) to its z > 0 side ({right}) somewhere between z = {low:g} "
    "and z = {high:g}, not at z = 0: {between} get the wrong side, at every input the check tried. The comparison "
    "in your code is with another number than 0 (a threshold carried over from another function, or a number "
    "written in). The spec's {name} changes sides at 0 itself: {right} wherever z > 0, however small z is, and "
    "{left} where z <= 0. Compare z with 0."
)


def moved_step_hint(name, z, got, left, right, words):
    """MOVED_STEP when the pooled answers ``got`` at the pooled inputs ``z`` are, at every point where the
    spec's two sides differ, the left side's value (``left``, the values of the z <= 0 formula at z) below some
    z and the right side's (``right``) above it, and that switch is not at 0; None otherwise. ``words``: the two
    sides' formulas in words (the z <= 0 side's, the z > 0 side's)."""
    apart = ~np.isclose(left, right, rtol=1e-9, atol=1e-12)
    on_left = apart & np.isclose(got, left, rtol=1e-6, atol=1e-9)
    on_right = apart & np.isclose(got, right, rtol=1e-6, atol=1e-9)
    if not np.all(on_left | on_right | ~apart) or not on_left.any() or not on_right.any():
        return None
    if np.any(~apart & ~np.isclose(got, left, rtol=1e-6, atol=1e-9)):
        return None  # where the sides meet, the answer is their common value: else not a moved step alone
    low, high = float(np.max(z[on_left])), float(np.min(z[on_right]))
    if low >= high or low <= 0.0 <= high:
        return None  # sides mixed, or the switch at 0: the right step, or a slip at z = 0 alone (> or >=)
    between = (f"the inputs between 0 and {low:g}" if low > 0 else f"the inputs between {high:g} and 0")
    return MOVED_STEP.format(name=name, left=words[0], right=words[1], low=low, high=high, between=between)


CUT_INPUT = (
    "Your {name} gives the right {what} of z made a whole number first ({example}), at every input the check "
    "tried: the fraction of z is lost before {name} is taken. That is what converting the input with an integer "
    "type does: np.asarray(z, dtype=int), z.astype(int), int(z) or np.array(z, dtype=int) {how}.{also} Convert "
    "with dtype=float (z = np.asarray(z, dtype=float)), so that 0.7 stays 0.7."
)
_CUTS = (("cut off after the point", np.trunc), ("rounded down", np.floor), ("rounded", np.round))


def cut_input_hint(name, z, got, right_at, right):
    """CUT_INPUT when the pooled answers ``got`` are the spec's function (``right_at``, a function of an
    array of z) at the pooled inputs ``z`` cut, floored or rounded to whole numbers, and not the right values
    ``right`` there; None otherwise (and where fewer than two inputs are not whole: too little to tell)."""
    fractional = z != np.round(z)
    if np.count_nonzero(fractional) < 2 or np.allclose(got, right, rtol=1e-6, atol=1e-9):
        return None
    for how, cut in _CUTS:
        with np.errstate(all="ignore"):
            values = right_at(cut(z))
        if values.shape == got.shape and np.allclose(got, values, rtol=1e-6, atol=1e-9):
            k = int(np.flatnonzero(fractional & ~np.isclose(got, right, rtol=1e-6, atol=1e-9))[0])
            example = f"{name}({float(cut(z[k])):g}) = {float(got[k]):.6g} for z = {float(z[k]):.6g}"
            also = ""
            if np.allclose(got, cut(right), rtol=1e-6, atol=1e-9):
                also = (f" The same numbers come from the result made whole numbers ({name}'s values {how}), as an "
                        "int result array or int() of the result gives: either way, an integer type is in the way.")
            return CUT_INPUT.format(name=name, what="value" if not name.endswith("_derivative") else "slope",
                                    example=example, how=f"does ({how})", also=also)
    return None


ZERO_SLOPE = (
    "Your {name} gives 0 at every input the check tried, where the slope of {function} is above 0 everywhere: "
    "the terms of your formula cancel. {why} Write the spec's form, {fixed}, with {a} = {function}(z) computed "
    "first. (A placeholder left in, such as np.zeros_like(z), gives these zeros too.)"
)
_ZERO_READINGS = {
    "sigmoid_derivative": dict(function="sigmoid", fixed="s * (1 - s)", a="s",
                               why="Python multiplies before it subtracts, so s * 1 - s is read as (s * 1) - s, "
                                   "which is 0: the brackets around 1 - s are missing."),
    "tanh_derivative": dict(function="tanh", fixed="1 - t ** 2", a="t",
                            why="A bracket missing or in the wrong place does this (Python takes powers first, "
                                "then products, then sums), and so does a term taken away from itself, t - t."),
}


def zero_slope_hint(name, got, right):
    """ZERO_SLOPE when ``name`` is a smooth slope (sigmoid's or tanh's) and every pooled answer ``got`` is 0
    where no right value ``right`` is; None otherwise."""
    if name not in _ZERO_READINGS or got.size == 0 or not np.all(got == 0) or np.any(np.abs(right) < 1e-300):
        return None
    return ZERO_SLOPE.format(name=name, **_ZERO_READINGS[name])
