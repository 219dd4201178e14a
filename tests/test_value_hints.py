"""The pure hint helpers added for the classes heldout4 found (issue 13), on inputs of their own: a
result rounded to a few decimals, floats put into an integer array in place, what the gates' and the
perceptron's wrong answers say. The corpus (``tests/corpus/heldout4_classes_a.py``) shows them end
to end; these pin the rules' edges."""

import numpy as np
import pytest

from autograder.checks import gates_hints, gates_threshold_hints, perceptron_hints
from autograder.grading.errors import python_error_hint
from autograder.grading.value_hints import capped_hint, rounded_hint


@pytest.mark.parametrize(("got", "expected", "decimals"), [
    (0.9991, 0.99908895, 4),
    (0.357, 0.3566043333, 3),
    ([0.12, 0.99], [0.1234, 0.987], 2),
    (0.5, 0.5237, None),  # one decimal: a sigmoid of 0 as likely as a rounding
    ([0.2, 1.0], [0.2, 0.99996], None),  # the value that differs is whole: a clip or a step
    (0.3567, 0.35660433, None),  # close, but not the rounding of it
    (0.3566043333, 0.3566043333, None),  # right
    ([np.nan, 0.5], [0.1234, 0.5], None),
])
def test_rounded_hint(got, expected, decimals):
    hint = rounded_hint(np.asarray(got, dtype=float), np.asarray(expected, dtype=float))
    if decimals is None:
        assert hint is None
    else:
        assert f"rounded to {decimals} decimals" in hint


def test_integer_array_updated_in_place():
    hint = python_error_hint("UFuncTypeError", "Cannot cast ufunc 'subtract' output from dtype('float64') to "
                             "dtype('int32') with casting rule 'same_kind'")  # fmt: skip
    assert "(-=)" in hint and "int32" in hint and "dtype=float" in hint
    assert python_error_hint("UFuncTypeError", "Cannot cast ufunc 'add' output from dtype('complex128') to "
                             "dtype('float64') with casting rule 'same_kind'") is None  # fmt: skip


def test_int_hint_names_threshold_only_when_threshold_gives_no_int():
    assert "fix threshold first" in gates_threshold_hints.int_hint("xor", np.True_, threshold_gives=True)
    assert "a bool" in gates_threshold_hints.int_hint("xor", np.True_, threshold_gives=1)
    assert "a float" in gates_threshold_hints.int_hint("threshold", 1.0)
    assert gates_threshold_hints.int_hint("threshold", "1") is None


def test_raw_input_hint_only_for_the_four_tables():
    assert "the raw input x1 where the output of OR belongs" in gates_hints.raw_input_hint([0, 0, 1, 0])
    assert gates_hints.raw_input_hint([0, 1, 1, 1]) is None  # OR itself: another hint says so


def test_weighted_sum_hint_tells_the_shift_by_its_direction():
    cases = [(x1, x2, w) for w in [(0.2, 0.4, 0.5), (-0.1, 0.7, 0.3), (0.6, -0.2, 0.5)]
             for x1, x2 in [(0, 0), (0, 1), (1, 0), (1, 1)]]  # fmt: skip
    at_one = [int(w[0] + w[1] * a + w[2] * b >= 1.0) for a, b, w in cases]
    at_zero = [int(w[0] + w[1] * a + w[2] * b >= 0.0) for a, b, w in cases]
    no_twice = {"x1": [], "x2": []}
    assert "reaches 1, not 0.5" in gates_hints.weighted_sum_hint(cases, at_one, no_twice)
    assert "reaches 0, not 0.5" in gates_hints.weighted_sum_hint(cases, at_zero, no_twice)


def test_defaults_hint_names_the_learning_rate_by_its_factor():
    explicit = np.array([0.02, -0.01, 0.03])
    assert "default learning rate of 0.1" in perceptron_hints.defaults_hint(explicit * 10, explicit)
    assert "check the defaults" in perceptron_hints.defaults_hint(explicit + [0.01, 0, 0], explicit)


def test_labels_changed_hint_only_for_zeros_become_minus_one():
    y = np.array([0.0, 1.0, 0.0])
    assert "into -1 in place" in perceptron_hints.labels_changed_hint(y, np.array([-1.0, 1.0, -1.0]))
    assert perceptron_hints.labels_changed_hint(y, np.array([0.0, 0.0, 0.0])) is None


@pytest.mark.parametrize(("got", "expected", "says"), [
    ([0.0, 0.0, 0.25, 1.0, 1.0], [0.0, 0.0, 0.25, 2.0, 6.0], "above 1, yours is 1."),  # relu capped at 1
    ([1.0, -1.0, 0.25, 1.0], [5.0, -10.5, 0.25, 6.0], "above 1, yours is 1 and below -1, yours is -1"),
    ([0.5, 0.5, 0.1], [0.7, 0.9, 0.1], "above 0.5, yours is 0.5"),
    ([0.1, 0.2, 0.5], [0.1, 0.2, 0.7], None),  # one value off: not a bound
    ([0.4567, 0.4567, 0.1], [0.7, 0.9, 0.1], None),  # a bound no one types
    ([0.6, 0.5, 0.1], [0.7, 0.9, 0.1], None),  # not one bound
    ([1.0, 1.0, 0.0], [0.7, 0.9, 0.1], None),  # a step where a curve belongs: not cut off
])  # fmt: skip
def test_capped_values_name_the_bound(got, expected, says):
    hint = capped_hint(np.array(got), np.array(expected))
    assert (hint is None) if says is None else (says in hint)


def test_flipped_labels_are_not_a_cap():
    assert capped_hint(np.array([1.0, 1.0, 1.0, 1.0]), np.array([0.0, 0.0, 1.0, 1.0])) is None
    assert capped_hint(np.array([0.0, 0.0, 0.0, 0.0]), np.array([1.0, 0.0, 1.0, 0.0])) is None
