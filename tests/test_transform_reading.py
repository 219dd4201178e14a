"""A wrong result that is the right one passed through a transform (``transform_reading``): each transform is
named with the student's numbers, and lookalikes that could be coincidences are left unnamed."""

import numpy as np
import pytest

from autograder.grading.compare import CheckFailed, expect_close
from autograder.grading.transform_reading import reduced_hint, transform_hint

RIGHT = np.array([0.2, -0.5, 0.9, 0.1, 0.35])


@pytest.mark.parametrize(("got", "said"), [
    (RIGHT + 0.5, "plus 0.5"),
    (RIGHT - 1, "minus 1"),
    (np.sort(RIGHT), "sorted"),
    (RIGHT[::-1], "reverse order"),
    (RIGHT[[1, 0, 2, 3, 4]], "in other places"),
    (np.r_[0.0, RIGHT[:-1]], "one place later"),
    (np.r_[RIGHT[1:], 0.0], "one place earlier"),
    (np.cumsum(RIGHT), "running totals"),
    (np.cumsum(RIGHT) / np.arange(1, 6), "running means"),
    (np.abs(RIGHT), "never the minus sign"),
    (RIGHT**2, "squared"),
    (RIGHT / 0.9, "divided by their largest value"),
    (RIGHT / RIGHT.sum(), "divided by their total"),
])
def test_each_transform_of_the_right_values_is_named(got, said):
    hint = transform_hint(got, RIGHT)
    assert hint is not None and said in hint, hint


def test_a_square_array_transposed_is_named():
    right = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert "transposed" in transform_hint(right.T, right)


def test_a_single_number_is_read_only_where_one_value_can_tell():
    assert "square roots" in transform_hint(np.sqrt(0.3741), np.array(0.3741))
    assert transform_hint(np.array(1.3), np.array(0.8)) is None  # any two numbers differ by some constant


@pytest.mark.parametrize(("got", "right"), [
    ([0, 0, 1, 1], [0, 1, 1, 0]),  # another gate's labels, not xor's sorted
    ([1, 1, 1, 1], [0, 0, 0, 0]),  # a constant moved: nothing tells it from any other constant
    ([1, 0, 1], [1, 0, 1]),  # right
    ([0.3, 0.1, 0.7, 0.2], [0.25, 0.4, 0.5, 0.9]),  # wrong, with no transform behind it
    ([1.0, 0.0], [1.0, 0.0]),
    ([np.nan, 1.0, 2.0], [3.0, 1.0, 2.0]),
])
def test_lookalikes_and_plain_wrong_values_are_not_read(got, right):
    assert transform_hint(np.array(got, dtype=float), np.array(right, dtype=float)) is None


def test_a_result_reduced_to_fewer_values_names_the_reduction_and_its_axis():
    table = np.array([[0.2, 0.4, 0.1], [0.5, 0.3, 0.8]])
    assert "one number, the sum of all the right values" in reduced_hint(np.array(table.sum()), table)
    assert "is the mean of the right values along axis 1" in reduced_hint(table.mean(axis=1), table)
    assert reduced_hint(np.array(1.0), np.array([0.0, 1.0, 1.0, 0.0])) is None  # a 1 from 0s and 1s: a coincidence
    assert reduced_hint(np.array(0.3), table) is None


def test_the_check_says_the_reading_for_a_wrong_answer():
    with pytest.raises(CheckFailed) as failed:
        expect_close(np.sort(RIGHT), RIGHT, call="f(z)")
    assert "sorted" in failed.value.hint and failed.value.read_off_values
    with pytest.raises(CheckFailed) as failed:
        expect_close(np.float64(RIGHT.mean()), RIGHT, call="f(z)")
    assert "mean of all the right values" in failed.value.hint


def test_values_rounded_to_one_decimal_are_read_only_where_several_show_it():
    from autograder.grading.value_hints import rounded_hint
    right = np.array([0.23, 0.46, 0.71, 0.12])
    assert "rounded to 1 decimal (" in rounded_hint(np.round(right, 1), right)
    assert rounded_hint(np.array([0.5, 0.5, 1.0, 0.0]), np.array([0.52, 0.48, 0.99, 0.01])) is None  # a step
    assert rounded_hint(np.array([0.2, 0.46, 0.71, 0.12]), right) is None  # one value: a coincidence


def test_one_round_number_is_not_read_as_a_square():
    """0.25 where 0.5 belongs: 0.5 is sigmoid(0), and (1 - 0.5) ** 2 gives 0.25 with one square and no mistake
    of squaring; one round value cannot tell."""
    assert transform_hint(np.array(0.25), np.array(0.5)) is None
    assert "squared" in transform_hint(np.array(0.6137 ** 2), np.array(0.6137))
