"""The three generic readers on inputs of their own, where each must fire and where it must not: several
values returned where one belongs, the right values cut or rounded to whole numbers
(``grading/generic_readers.py``), and a parameter list in another order or with another default than the
spec's (``checking/signatures.py``, with the child's ``signature`` request it reads). The corpus
(``tests/corpus/generic15_cases.py``) shows them end to end."""

import importlib.util
import inspect

import numpy as np
import pytest
from kit import EXERCISES, SOLUTIONS

from autograder.checking import signatures
from autograder.checking.outcome import verdict
from autograder.checking.signatures import SPEC, default_hint, order_hint, plain_signature
from autograder.grading.compare import CheckFailed, expect_close, expect_float
from autograder.grading.generic_readers import several_values_hint, whole_numbers_hint


# -- several values where one belongs
@pytest.mark.parametrize(("got", "expected", "said"), [
    ((0.5, 0.25), 0.25, "The second item"),
    ([np.ones(3), np.full(3, 2.0)], np.ones(3), "The first item"),
    ((0, 1), 1, "Return only the value the spec asks for"),  # a gate's pair: 1 may be a coincidence
    ((2.0, 1), 1, "The second item"),
    ((np.zeros((2, 2)), np.ones((2, 1))), np.full((2, 1), 0.5), "Return only the value the spec asks for"),
    ((1.0, 1.0), 1.0, "Return only the value the spec asks for"),  # two items right: not said which
    ((0.5, None), None, "where a single number belongs"),
])
def test_several_values_fire(got, expected, said):
    hint = several_values_hint(got, expected)
    assert hint is not None and said in hint and f"returns {len(got)} values" in hint


@pytest.mark.parametrize(("got", "expected"), [
    ((0.5,), 0.5),  # one item: a value in a box, not several
    ([0.5, 0.25], np.array([0.5, 0.3])),  # a vector as a list: one answer
    ([0.5, 0.25, 0.1], np.array([0.5, 0.3])),  # ... one value too many: the length's reading says so
    (tuple(np.arange(6.0)), 1.0),  # a list of values, not a return line
    ([[0.5], [0.25], [0.1]], np.array([0.5, 0.25, 0.1])),  # a column as nested lists: a shape, not several values
    (np.array([0.5, 0.25]), 0.25),  # an array is one value of the wrong shape
    (0.5, 0.5),
    (None, 0.5),
])
def test_several_values_stay_quiet(got, expected):
    assert several_values_hint(got, expected) is None


def test_several_values_wired_into_the_comparisons():
    with pytest.raises(CheckFailed) as failed:
        expect_close((np.ones(2), np.full(2, 0.5)), np.full(2, 0.5), call="f(x)")
    assert failed.value.hint is None and "The second item" in failed.value.generic_hint  # said last
    assert "The second item" in verdict(failed.value)["hint"]
    with pytest.raises(CheckFailed) as failed:
        expect_close((np.ones(2), np.full(3, 0.5)), np.full(3, 0.5), call="f(x)")  # not one array: "not numbers"
    assert "The second item" in failed.value.generic_hint
    with pytest.raises(CheckFailed) as failed:
        expect_float((np.ones(3), np.ones(2)), call="f(x)", expected=0.5)
    assert "returns 2 values" in failed.value.generic_hint
    with pytest.raises(CheckFailed) as failed:  # an exercise's own hint wins
        expect_close((1.0, 2.0), 2.0, call="f(x)", hint="the exercise's words")
    assert verdict(failed.value)["hint"] == "the exercise's words"


def _rewrapped(hint):
    """A check that catches a comparison's failure and raises it anew with its own hint, or None."""
    try:
        expect_close(np.array([2, -3]), np.array([2.7, -3.4]), call="f(x)")
    except CheckFailed as wrong:
        raise CheckFailed(wrong.message, hint=wrong.hint or hint) from None


@pytest.mark.parametrize(("own", "said"), [(None, "cut off after the point"), ("the check's own", "the check's own")])
def test_a_check_of_its_own_hint_outranks_the_generic_one(own, said):
    with pytest.raises(CheckFailed) as failed:
        _rewrapped(own)
    assert said in verdict(failed.value)["hint"]
    other = CheckFailed("another message")
    other.__context__ = CheckFailed("first", generic_hint="unrelated")
    assert verdict(other)["hint"] is None  # another comparison's words are not this one's


# -- values cut or rounded to whole numbers
@pytest.mark.parametrize(("got", "expected", "raw", "said"), [
    ([2.0, -3.0, 0.5], [2.7, -3.4, 0.5], None, "cut off after the point"),
    ([2.0, -4.0], [2.7, -3.4], None, "rounded down"),
    ([3.0, -3.0, 0.25], [2.7, -3.4, 0.25], None, "nearest whole number"),
    ([0.0, 0.0], [0.3, -0.7], np.zeros(2, dtype=np.int64), "integer dtype int64"),  # made like an int input
    ([0.0, 5.0], [0.5, 5.5], [0, 5], "Python ints"),
    (0.0, 0.7, np.int64(0), "cut off after the point"),
])
def test_whole_numbers_fire(got, expected, raw, said):
    hint = whole_numbers_hint(np.asarray(got, dtype=float), np.asarray(expected, dtype=float), raw)
    assert hint is not None and said in hint


def test_whole_numbers_name_only_the_causes_the_values_fit():
    positive = whole_numbers_hint(np.array([2.0, 3.0]), np.array([2.5, 3.25]))
    assert "int()" in positive and "//" in positive  # cut and floored alike: both named
    negative = whole_numbers_hint(np.array([-3.0, 2.0]), np.array([-2.5, 2.25]))
    assert "//" in negative and "int()" not in negative


@pytest.mark.parametrize(("got", "expected", "raw"), [
    ([0.0, 0.0], [0.3, 0.7], None),  # zeros of a float result: an array of zeros says the same
    ([0.0, 1.0], [0.2, 0.9], None),  # a step, a comparison
    ([1.0, -1.0], [0.3, -0.6], None),  # np.sign
    ([1.0, 3.0], [2.0, 3.5], None),  # a right whole value that differs
    ([2.0, 3.0], [2.5, 3.0], None),  # only one wrong, 2 for 2.5: still a cut (rounded down)
    ([2.5, 3.25], [2.5, 3.25], None),  # right
    ([4.0, 3.0], [2.5, 3.25], None),  # not a cut
])
def test_whole_numbers_stay_quiet(got, expected, raw):
    hint = whole_numbers_hint(np.asarray(got, dtype=float), np.asarray(expected, dtype=float), raw)
    if got == [2.0, 3.0] and expected == [2.5, 3.0]:
        assert hint is not None  # the one value that differs is cut: said
    else:
        assert hint is None


def test_whole_numbers_wired_after_rounding_and_before_the_cap():
    with pytest.raises(CheckFailed) as failed:
        expect_close(np.array([2, -3]), np.array([2.7, -3.4]), call="f(x)")
    assert "cut off after the point" in failed.value.generic_hint
    with pytest.raises(CheckFailed) as failed:
        expect_close(np.array([2.73, 3.0]), np.array([2.7312, 3.0]), call="f(x)")
    assert "rounded to 2 decimals" in failed.value.hint


# -- the parameter list
def _rows(function):
    """What the child's signature request sends, run here on ``function``."""
    from autograder.sandbox import child  # noqa: PLC0415 - the child's module, imported as the zygote does

    return child._signature(function)


@pytest.fixture(scope="module", autouse=True)
def _child_on_path():
    import sys

    from autograder.sandbox import wire

    sys.modules.setdefault("wire", wire)  # child.py imports its neighbour as the zygote lays it out


def test_order_named_renames_fine():
    def swapped(weights, x1, x2):
        return None

    def renamed(a, b, w):
        return None

    hint = order_hint("perceptron", plain_signature(_rows(swapped)), SPEC["gates"]["perceptron"])
    assert "perceptron(weights, x1, x2)" in hint and "perceptron(x1, x2, weights)" in hint
    assert order_hint("perceptron", plain_signature(_rows(renamed)), SPEC["gates"]["perceptron"]) is None

    def in_order(x1, x2, weights=None):
        return None

    assert order_hint("perceptron", plain_signature(_rows(in_order)), SPEC["gates"]["perceptron"]) is None


def test_defaults_named():
    def hundred(data, all_y_trues, params, learn_rate=0.1, epochs=100):
        return None

    def none(data, all_y_trues, params, learn_rate, epochs):
        return None

    def right(data, all_y_trues, params, epochs=1000, learn_rate=0.1):
        return None

    spec = SPEC["backprop"]["train"]
    assert "epochs=100;" in default_hint("train", plain_signature(_rows(hundred)), spec)
    assert "no default for learn_rate" in default_hint("train", plain_signature(_rows(none)), spec)
    assert default_hint("train", plain_signature(_rows(right)), spec) is None


def test_hostile_signatures_read_as_nothing():
    class Raises:
        @property
        def __signature__(self):
            raise RuntimeError("no")

        def __call__(self, a, b):
            return None

    assert _rows(Raises()) is None
    assert _rows(len) is not None  # a builtin's signature is read as any other

    def huge(a=np.zeros(3), b=object(), c="x" * 500):
        return None

    rows = plain_signature(_rows(huge))
    assert [r[3] for r in rows] == [None, None, None] and all(r[2] for r in rows)
    for reply in (None, "x", [["a", "POSITIONAL_OR_KEYWORD", True]], [["not a name", "POSITIONAL_OR_KEYWORD", False, None]],
                  [["a", "SOMETHING", False, None]], [["a", "POSITIONAL_OR_KEYWORD", 1, None]],
                  [["a", "POSITIONAL_OR_KEYWORD", True, [1]]], [["a", "POSITIONAL_OR_KEYWORD", True, None]] * 13):
        assert plain_signature(reply) is None


def test_the_spec_signatures_are_the_solutions_and_the_stubs():
    for folder in (SOLUTIONS, EXERCISES):
        for module, functions in SPEC.items():
            spec = importlib.util.spec_from_file_location(f"sig_{folder.name}_{module}", folder / f"{module}.py")
            loaded = importlib.util.module_from_spec(spec)
            import sys

            sys.path.insert(0, str(folder))
            try:
                spec.loader.exec_module(loaded)
            finally:
                sys.path.remove(str(folder))
            for name, parameters in functions.items():
                found = [(p.name, signatures.NO_DEFAULT if p.default is inspect.Parameter.empty else p.default)
                         for p in inspect.signature(getattr(loaded, name)).parameters.values()]
                assert found == list(parameters), (folder, module, name)
