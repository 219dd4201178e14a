"""The pure hint helpers that name a class of mistake (issue 13), on inputs of their own: a key
meant for another, a result in another argument's shape, one factor on every value, the answer
inside a tuple, an activation that saturates too early, a KeyError. The corpus
(``tests/corpus/unnamed_cases.py``) shows them end to end; these pin the rules' edges."""

import numpy as np
import pytest

from autograder.checks import activations_hints
from autograder.grading.compare import CheckFailed, expect_float
from autograder.grading.value_hints import common_factor
from autograder.grading.errors import python_error_hint
from autograder.grading.keys import misnamed_keys_hint, near_key
from autograder.grading.shape_hints import argument_shape_hint


@pytest.mark.parametrize(("wanted", "keys", "found"), [
    ("W1", ["w1", "b1"], "w1"),  # case
    ("W1", ["W_1", "b1"], "W_1"),  # underscore
    ("b2", ["b 2"], "b 2"),  # space
    ("W1", ["dW1", "db1", "dW2", "db2"], "dW1"),  # a near spelling
    ("W1", ["w1", "W_1"], None),  # two candidates: cannot tell
    ("w5", ["w4", "w6"], None),  # another parameter is not a near spelling
    ("W1", [1, ("W", 1)], None),  # keys that are not strings
])
def test_near_key(wanted, keys, found):
    assert near_key(wanted, keys) == found


def test_misnamed_keys_hint_names_every_pair_or_nothing():
    hint = misnamed_keys_hint({"w1": 0, "b1": 0, "w2": 0, "b2": 0}, ["W1", "b1", "W2", "b2"])
    assert "'w1' where 'W1' belongs" in hint and "'w2' where 'W2' belongs" in hint
    assert misnamed_keys_hint({"w1": 0, "b1": 0}, ["W1", "b1", "W2", "b2"]) is None  # W2 has no near key
    assert misnamed_keys_hint({"W1": 0}, ["W1"]) is None
    assert misnamed_keys_hint([1, 2], ["W1"]) is None


def test_argument_shape_hint():
    shapes = {"y_true": (4,), "y_pred": (4, 1)}
    assert "y_true's shape (4,)" in argument_shape_hint((4,), shapes, expected="y_pred")
    assert argument_shape_hint((4, 1), shapes, expected="y_pred") is None
    assert argument_shape_hint((4, 4), shapes, expected="y_pred") is None
    assert argument_shape_hint((3,), {"a": (3,), "b": (3,), "c": (3, 1)}, expected="c") is None  # which one?


def test_common_factor():
    right = np.array([0.5, -2.0, 0.0, 4.0])
    assert common_factor(right / 4, right) == pytest.approx(0.25)
    assert common_factor(right, right) is None
    assert common_factor(right * np.array([1, 2, 1, 1]), right) is None
    assert common_factor(right + np.array([0, 0, 1e-3, 0]), right) is None  # a zero that is not zero


def test_expect_float_names_the_answer_inside_a_tuple():
    with pytest.raises(CheckFailed) as caught:
        expect_float((0.1, 0.2, 0.7), call="f()", expected=0.7)
    assert "the last of them is the right answer" in caught.value.hint
    with pytest.raises(CheckFailed) as caught:
        expect_float((0.7, 0.7), call="f()", expected=0.7)  # which one was meant cannot be told
    assert caught.value.hint is None
    with pytest.raises(CheckFailed) as caught:
        expect_float((0.1, 0.2), call="f()", expected=0.7)
    assert caught.value.hint is None


def test_saturated_hint_names_the_bound_of_a_plateau():
    z = np.array([-1000.0, -40.0, 0.0, 40.0, 1000.0])
    right = 1 / (1 + np.exp(-np.clip(z, -500, 500)))
    clipped = 1 / (1 + np.exp(-np.clip(z, -12, 12)))
    hint = activations_hints.saturated_hint("sigmoid", z, clipped, right)
    assert "saturates too early" in hint and "|z| = 12" in hint
    assert activations_hints.saturated_hint("sigmoid", z, right, right) is None
    wobbly = clipped * np.array([1.0, 1.5, 1.0, 1.0, 1.0])  # the wrong values change: no plateau
    assert activations_hints.saturated_hint("sigmoid", z, wobbly, right) is None
    assert activations_hints.saturated_hint("sigmoid", z, np.full(5, np.nan), right) is None
    assert activations_hints.saturated_hint("tanh", z, np.clip(np.tanh(z), -0.999, 0.999), np.tanh(z)) is not None


def test_a_key_error_is_read_as_a_key_spelt_otherwise():
    assert "'W1' and 'w1' are two different keys" in python_error_hint("KeyError", "'W1'")
    assert python_error_hint("KeyError", "0") is None
