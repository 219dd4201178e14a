"""The formula finder (``grading.formulas``): what it names, what it refuses to guess, how its text
reads, and when a check's failure takes its hint."""

import numpy as np
import pytest

from autograder.grading import formulas
from autograder.grading.compare import CheckFailed, expect_close
from autograder.grading.formulas import Ingredient, find_formula, named_by_formula

RNG = np.random.default_rng(3)
ZS = (np.array(0.7), np.array([-3.0, -0.5, 0.25, 2.0, 6.0]), RNG.normal(scale=3.0, size=(3, 4)))
S = tuple(1 / (1 + np.exp(-z)) for z in ZS)
T = tuple(np.tanh(z) for z in ZS)
Z = Ingredient("z", "", ZS)


@pytest.mark.parametrize("slip, symbol, values, right, found", [
    (lambda s: 1 - s, "s", S, lambda s: s * (1 - s), "1 - s"),
    (lambda t: (1 - t) ** 2, "t", T, lambda t: 1 - t**2, "(1 - t) ** 2"),
    (lambda t: t * (1 - t), "t", T, lambda t: 1 - t**2, "t * (1 - t)"),
    (lambda s: s * (2 - s), "s", S, lambda s: s * (1 - s), "s * (2 - s)"),
])  # fmt: skip
def test_a_slip_in_a_formula_is_said_in_the_checks_symbols(slip, symbol, values, right, found):
    ingredients = [Z, Ingredient(symbol, "the output", values)]
    assert find_formula([slip(v) for v in values], ingredients, [right(v) for v in values]) == found


def test_max_and_min_name_a_cap():
    assert find_formula([np.clip(z, 0, 1) for z in ZS], [Z], [np.maximum(z, 0) for z in ZS]) == "min(1, max(0, z))"


def test_a_step_divided_by_the_rate():
    p, g = RNG.normal(size=9), RNG.normal(size=9)
    hint = formulas.step_hint(list(p), list(g), list(p - g / 0.25), 0.25, gives="sgd_step")
    assert "gives p - g / lr" in hint and "lr = the learning rate (0.25)" in hint and "p - lr * g" in hint


def test_no_guess_where_it_could_be_chance_or_a_factor():
    right = [v * (1 - v) for v in S]
    assert find_formula([np.sin(z) for z in ZS], [Z, Ingredient("s", "", S)], right) is None  # no short formula
    assert find_formula([2 * r for r in right], [Z, Ingredient("s", "", S)], right) is None  # a factor: scale_hint's
    few = [np.array([0.1, 0.2, 0.1]), np.array([0.3])]  # three different values fit too many formulas
    assert find_formula(few, [Ingredient("z", "", (np.array([1.0, 2.0, 1.0]), np.array([3.0])))], few) is None
    assert find_formula([np.full(3, np.nan)], [Z], [np.zeros(3)]) is None
    assert find_formula([np.zeros(4)], [Z], [np.zeros(5)]) is None  # another shape: not this finder's business


def test_the_right_answer_is_an_ingredient_only_when_nothing_else_fits():
    p, y = RNG.uniform(size=(2, 6)), RNG.uniform(size=(2, 6))
    n = Ingredient("N", "the number of elements", (6.0, 6.0))
    right = [2 * (a - b) / 6 for a, b in zip(p, y)]
    ingredients = [Ingredient("p", "", tuple(p)), Ingredient("y", "", tuple(y)), n,
                   Ingredient("g", "the right gradient", tuple(right), last=True)]  # fmt: skip
    assert find_formula([a - b + 1 for a, b in zip(p, y)], ingredients, right) == "1 + p - y"
    assert find_formula([r * r for r in right], ingredients, right) == "g ** 2"


@pytest.mark.parametrize("written", [
    "a - (b - 1)", "a / (b - 2)", "1 / (a + b)", "(a - 1) ** 2", "-(a * b)",
    "exp(-(a + b))", "sqrt(abs(a))", "a - b / 2", "(a + 1) * b", "2 - a ** 2", "max(a, b) - 1", "a * exp(-b)",
    "-a ** 2", "abs(a - b)", "b / a / 2", "min(1, max(0, a))",
])  # fmt: skip
def test_the_text_found_computes_the_values(written):
    """The parentheses are right: the text of the formula found, evaluated, gives the values it was found for."""
    a, b = np.array([0.3, -1.2, 2.5, 0.7, -0.4]), np.array([1.7, 0.4, -0.6, 2.2, -1.3])
    names = {"a": a, "b": b, "exp": np.exp, "sqrt": np.sqrt, "abs": np.abs, "max": np.maximum, "min": np.minimum}
    got = eval(written, {}, names)
    found = find_formula([got], [Ingredient("a", "", (a,)), Ingredient("b", "", (b,))], [a * b + 7])
    assert found is not None, written
    np.testing.assert_allclose(eval(found, {}, names), got, err_msg=f"{written} found as {found}")


def _failing(hint=None, *, read_off_values=False):
    raise CheckFailed("f(z): 3 of 5 values differ", hint=hint, read_off_values=read_off_values)


def test_a_failure_with_no_hint_or_only_a_factor_takes_the_formula():
    with pytest.raises(CheckFailed) as bare:
        with named_by_formula(lambda: "the formula"):
            _failing()
    assert bare.value.hint == "the formula" and bare.value.message == "f(z): 3 of 5 values differ"
    with pytest.raises(CheckFailed) as factor:
        with named_by_formula(lambda: "the formula"):
            expect_close([0.5, 1.0, 1.5], [1.0, 2.0, 3.0], call="f(z)")  # half of each: scale_hint's text first
    assert factor.value.hint == "the formula"


def test_a_known_mistakes_hint_is_kept_and_nothing_found_leaves_the_failure():
    asked = []
    with pytest.raises(CheckFailed) as known:
        with named_by_formula(lambda: asked.append(1) or "the formula"):
            _failing("a known mistake")
    assert known.value.hint == "a known mistake" and not asked  # not even computed
    with pytest.raises(CheckFailed) as unexplained:
        with named_by_formula(lambda: None):
            _failing("twice the right one", read_off_values=True)
    assert unexplained.value.hint == "twice the right one"


def test_answers_that_are_not_numbers_give_no_formula():
    for odd in (10**400, "0.5", [[1.0], [1.0, 2.0]], object()):
        assert find_formula([odd], [Z], [np.zeros(1)]) is None


# The wider search (``grading.formula_search``): three operations over one or two quantities, and a few
# constants besides 1 and 2, tried only where no formula of two operations over the usual ones fits.
P, G = RNG.normal(size=9), RNG.normal(size=9)
STEP = [Ingredient("p", "", (P,)), Ingredient("g", "", (G,)), Ingredient("lr", "", 0.25)]


@pytest.mark.parametrize("answers, ingredients, right, found", [
    ([z / (1 + abs(z)) for z in ZS], [Z], [1 / (1 + np.exp(-z)) for z in ZS], "z / (1 + abs(z))"),  # softsign
    ([np.clip(z, 0, 6) for z in ZS], [Z], [np.maximum(z, 0) for z in ZS], "max(0, min(6, z))"),  # ReLU6
    ([np.maximum(z, 0.1 * z) for z in ZS], [Z, Ingredient("alpha", "", 0.01)], [np.maximum(z, 0.01 * z) for z in ZS],
     "max(z, z / 10)"),  # another leaky slope
    ([(1 - s**2) / 2 for s in S], [Z, Ingredient("s", "", S)], [s * (1 - s) for s in S], "(1 - s ** 2) / 2"),
    ([P * (1 - 0.25 * G)], STEP, [P - 0.25 * G], "p * (1 - lr * g)"),  # a multiplicative step
    ([np.minimum((P - G) ** 2, 1)], [Ingredient("y", "", (P,)), Ingredient("t", "", (G,))], [(P - G) ** 2],
     "min(1, (y - t) ** 2)"),  # a capped square
])  # fmt: skip
def test_a_formula_one_step_further_is_named(answers, ingredients, right, found):
    assert find_formula(answers, ingredients, right) == found


def test_the_wider_search_names_nothing_that_could_be_chance():
    sig = [1 / (1 + np.exp(-z)) for z in ZS]
    noise = [RNG.normal(size=np.shape(z)) for z in ZS]
    assert find_formula(noise, [Z, Ingredient("s", "", S)], sig) is None  # random values
    assert find_formula([3 * v for v in sig], [Z], sig) is None  # three times the right one: a factor, scale_hint's
    softsign = [z / (1 + abs(z)) for z in ZS]
    softsign[2] = softsign[2] + np.where(np.arange(12).reshape(3, 4) == 5, 0.3, 0.0)  # all but one position
    assert find_formula(softsign, [Z], sig) is None
    five = [np.array([-2.0, -1.0, 0.5, 1.0, 2.0])]  # five values: a wider search asks for more than four
    assert find_formula([v / (1 + abs(v)) for v in five], [Ingredient("z", "", tuple(five))], five) is None


def test_the_wider_search_is_quick():
    import time

    ingredients = [Ingredient(c, "", (RNG.normal(size=40),)) for c in "abcde"] + [Ingredient("lr", "", 0.1)]
    find_formula([RNG.normal(size=40)], ingredients, [RNG.normal(size=40)])  # the first call loads the module
    start = time.perf_counter()
    assert find_formula([RNG.normal(size=40)], ingredients, [RNG.normal(size=40)]) is None
    assert time.perf_counter() - start < 0.25  # about 40 ms here; a wide margin for a busy machine
