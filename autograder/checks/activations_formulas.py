"""The quantities each activation's formula is written in, for ``grading.formulas``: where a wrong
activation or slope matches no known mistake, the finder says which formula of z (and of the
function's own output) the student's code computes instead.

Each function's ingredients are computed here from the spec's definitions, with NumPy alone: the
reference is not asked, so the student's kit (which holds only the reference's recorded answers
to the checks' own calls) can say the same."""

import numpy as np

from autograder.grading.formulas import Ingredient, as_numbers, explained, named_by_formula


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # the same curve as 1 / (1 + exp(-z)), without overflow


def _exp(z):
    with np.errstate(over="ignore"):
        return np.exp(z)


def _quantities(name, z, alpha):
    """(ingredients, the right answer, the right formula in the ingredients' symbols) for ``name`` at
    the arrays ``z``, or None for a function no formula of them describes (the slopes of relu)."""
    zs = tuple(z)
    given = Ingredient("z", "", zs)
    if name == "sigmoid":
        e = Ingredient("e", "exp(-z)", tuple(_exp(-v) for v in zs))
        return [given, e], [_sigmoid(v) for v in zs], "1 / (1 + e), that is 1 / (1 + exp(-z)) (in a form that does not overflow)"
    if name == "sigmoid_derivative":
        s = tuple(_sigmoid(v) for v in zs)
        return [given, Ingredient("s", "sigmoid(z)", s)], [v * (1 - v) for v in s], "s * (1 - s), that is sigmoid(z) * (1 - sigmoid(z))"
    if name == "tanh":
        a, b = (Ingredient("a", "exp(z)", tuple(_exp(v) for v in zs)), Ingredient("b", "exp(-z)", tuple(_exp(-v) for v in zs)))
        return [given, a, b], [np.tanh(v) for v in zs], "(a - b) / (a + b), which np.tanh(z) computes"
    if name == "tanh_derivative":
        t = tuple(np.tanh(v) for v in zs)
        return [given, Ingredient("t", "tanh(z)", t)], [1 - v**2 for v in t], "1 - t ** 2, that is 1 - tanh(z) ** 2"
    if name == "relu":
        return [given], [np.maximum(v, 0.0) for v in zs], "max(0, z): z where z > 0 and 0 elsewhere"
    if name == "leaky_relu":
        rate = Ingredient("alpha", f"the alpha given, {alpha}", alpha)
        return [given, rate], [np.where(v > 0, v, alpha * v) for v in zs], "z where z > 0 and alpha * z elsewhere"
    return None


def formula_hint(name, inputs, answers, alpha=None):
    """The finder's hint for the student's ``answers`` of ``name`` at ``inputs`` (one answer per
    input; those not numbers of the input's shape are left out), or None."""
    kept = []
    for z, got in zip(inputs, answers):
        z, got = np.asarray(z, dtype=float), as_numbers(got)
        if got is not None and got.shape == z.shape:
            kept.append((z, got))
    found = _quantities(name, [z for z, _ in kept], alpha) if kept else None
    if found is None:
        return None
    ingredients, right, formula = found
    gives = f"{name}(z, alpha={alpha})" if alpha is not None else f"{name}(z)"
    return explained([got for _, got in kept], right, ingredients, gives=gives, right=formula)


def named(name, cases, replies, kwargs, *, echoed=False):
    """``named_by_formula`` for a check of ``name`` on ``cases`` ((input, what) pairs) whose
    answers are ``replies``: a failure with numbers and no hint gets the formula found, if any."""
    inputs = [z for z, _ in cases]

    def found():
        values = replies.before_failure()
        return formula_hint(name, inputs, [v[0] for v in values] if echoed else values, kwargs.get("alpha"))

    return named_by_formula(found)
