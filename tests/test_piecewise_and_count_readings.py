"""The readings the activations and neuron checks give a wrong answer that no known mistake explains:
a piecewise function read side by side, one constant factor over every input, another NumPy function
in an activation's place, a layer's biases taken in another order or its outputs held as NumPy numbers,
and the formula finder given a parameter count's and a neuron's own quantities. Each says nothing of a
right answer, however written. The corpus (``tests/corpus/heldout10_more_b.py``) shows them end to end."""

import numpy as np
import pytest

from autograder.checking.siblings import load_sibling
from autograder.checks import activations_hints
from autograder.grading.compare import CheckFailed

formulas = load_sibling(activations_hints.__file__, "activations_formulas")
layers = load_sibling(activations_hints.__file__, "neuron_layer_hints")
counts = load_sibling(activations_hints.__file__, "neuron_count_hints")
sums = load_sibling(activations_hints.__file__, "neuron_sum_hints")

ZS = [np.array(0.7), np.array([-3.0, -0.5, 0.25, 2.0, 6.0]), np.array([[-1.5, 2.5], [0.3, -0.2]])]


def _leaky_slope(z, alpha):
    return np.where(z > 0, 1.0, alpha)


def test_swapped_sides_are_named_and_right_sides_say_nothing():
    swapped = [np.where(z > 0, 0.1, 1.0) for z in ZS]
    assert "The two sides are swapped" in formulas.sides_hint("leaky_relu_derivative", ZS, swapped, 0.1)
    assert formulas.sides_hint("leaky_relu_derivative", ZS, [_leaky_slope(z, 0.1) for z in ZS], 0.1) is None
    assert formulas.sides_hint("relu_derivative", ZS, [np.heaviside(z, 0.0) for z in ZS]) is None


def test_a_slope_wrong_only_at_zero_is_named_from_one_input():
    z = np.array([-1.0, 0.0, 2.0])
    hint = formulas.sides_hint("leaky_relu_derivative", [z], [np.array([0.3, 0.0, 1.0])], 0.3)
    assert "gives 0 at z = 0" in hint and "Only z = 0 itself is wrong" in hint


def test_one_point_on_a_wrong_side_is_not_enough_to_name_its_piece():
    z = np.array([-1.0, 2.0])  # 0.3 at z = -1 is alpha, or -alpha * z: one point cannot tell
    assert formulas.sides_hint("leaky_relu_derivative", [z], [np.array([1.0, 0.3])], 0.3) is None


def test_a_constant_factor_is_named_over_every_input_not_from_one():
    right = [1 - np.tanh(z) ** 2 for z in ZS]
    assert "exactly 0.5 times" in formulas.factor_hint("tanh_derivative", [r / 2 for r in right], right)
    assert formulas.factor_hint("tanh_derivative", [right[0] / 2], right[:1]) is None  # one value: any ratio
    mixed = [right[0] / 2, right[1], right[2]]
    assert formulas.factor_hint("tanh_derivative", mixed, right) is None


def test_another_numpy_function_is_named_but_the_right_one_is_not():
    assert "np.tan(z)" in formulas.lookalike_hint("tanh", ZS, [np.tan(z) for z in ZS])
    assert formulas.lookalike_hint("tanh", ZS, [np.tanh(z) for z in ZS]) is None


class _Student:
    """A stand-in for a student's module: ``map`` answers with local functions."""

    def __init__(self, **functions):
        self.functions = functions

    def map(self, name, calls):
        values = [self.functions[name](*args) for args in calls]
        return type("Replies", (), {"before_failure": lambda self: values})()


def test_a_slope_of_the_students_own_wrong_function_points_to_it():
    student = _Student(tanh=np.tan)
    answers = [1 - np.tan(z) ** 2 for z in ZS]
    assert "fix tanh first" in formulas.built_on_hint(student, "tanh_derivative", ZS, answers)
    right_tanh = _Student(tanh=np.tanh)  # tanh is right: the slope's mistake is its own
    assert formulas.built_on_hint(right_tanh, "tanh_derivative", ZS, [0.5 * (1 - np.tanh(z) ** 2) for z in ZS]) is None


SMALL = ([1.0, 2.0], [[0.5, -1.0], [2.0, 0.0], [0.0, 0.25]], [0.5, 1.0, -1.0])


def test_biases_taken_in_another_order_are_named_by_how():
    sums_ = [-1.5, 2.0, 0.5]
    shifted = [s + b for s, b in zip(sums_, [-1.0, 0.5, 1.0])]
    assert "biases[j - 1]" in layers.other_bias_hint(shifted, *SMALL)
    reversed_ = [s + b for s, b in zip(sums_, [-1.0, 1.0, 0.5])]
    assert "reverse order" in layers.other_bias_hint(reversed_, *SMALL)
    assert "another order" in layers.other_bias_hint([-0.5, 3.0, -1.0], *SMALL)
    assert layers.other_bias_hint([-1.0, 3.0, -0.5], *SMALL) is None  # right
    assert layers.other_bias_hint([-1.0, 2.5, -0.5], *SMALL) is None  # every neuron biases[0]: another hint's


def test_numpy_numbers_in_a_right_list_fail_and_python_numbers_pass():
    with pytest.raises(CheckFailed, match="NumPy numbers"):
        layers.expect_python_floats([np.float64(-1.0), np.float64(3.0)], "layer_output(...)")
    layers.expect_python_floats([-1.0, 3, 0.5], "layer_output(...)")


SIZES = ([3, 5, 5, 5, 2], [2, 2, 1], [4, 1], [784, 128, 10], [1])


def _count(sizes, per_pair):
    return sum(per_pair(a, b) for a, b in zip(sizes, sizes[1:]))


@pytest.mark.parametrize("per_pair, found", [
    (lambda a, b: 2 * a * b, "gives 2 * W at"),
    (lambda a, b: a * b + a + b, "gives A + W + B at"),
])  # fmt: skip
def test_a_count_is_said_in_weights_biases_and_widths(per_pair, found):
    assert found in counts.count_formula_hint(SIZES, [_count(s, per_pair) for s in SIZES])


def test_a_count_of_the_last_pair_alone_is_named():
    last = [s[-2] * s[-1] + s[-1] if len(s) > 1 else 0 for s in SIZES]
    assert "gives L at" in counts.count_formula_hint(SIZES, last)


def test_a_neurons_sum_without_its_last_term_is_read_back_from_its_sigmoid():
    cases = [([0.0, 1.0], 4.0, [2.0, 3.0], ""), ([0.5, -1.2, 0.3], 0.1, [1.0, 0.4, -2.0], ""),
             ([1.5, 0.2], -0.7, [0.3, 0.9], ""), ([-0.4, 0.8, 1.1, 0.6], 0.2, [0.5, -0.3, 0.2, 1.0], "")]
    wrong = [1 / (1 + np.exp(-(np.dot(w[:-1], x[:-1]) + b))) for w, b, x, _ in cases]
    hint = sums.sum_formula_hint(cases, wrong)
    assert "is sigmoid(" in hint and "- l)" in hint and "the last input's term alone" in hint
    assert sums.sum_formula_hint(cases, [1.7, 0.2, 0.3, 0.4]) is None  # not all sigmoids


class _Echoed:
    """Replies as a layer_output check's echoed batch gives them: (value, arguments, kwargs) per case."""

    def __init__(self, values):
        self.values = values

    def before_failure(self):
        return [(value, (), {}) for value in self.values]


def _layer(case, per_neuron):
    inputs, weights, biases = case
    return [per_neuron(float(np.dot(row, inputs)), b, len(inputs)) for row, b in zip(weights, biases)]


THREE_INPUTS = ([1.0, -2.0, 0.5], [[0.3, 0.1, -1.0], [2.0, 0.5, 0.25]], [0.4, -0.6])


def test_a_layer_output_is_said_in_each_neurons_sum_and_bias():
    cases = [(*SMALL, ""), (*THREE_INPUTS, "")]
    answers = [_layer(case[:3], lambda d, b, n: d / n + b) for case in cases]
    assert "is b + d / n, for every neuron" in layers.layer_formula_hint(cases, answers)
    assert layers.layer_formula_hint(cases, [_layer(case[:3], lambda d, b, n: d + b) for case in cases]) is None


def test_a_bias_per_input_is_told_from_a_bias_twice_by_another_input_count():
    twice = [(*SMALL, ""), (*THREE_INPUTS, "")]
    replies = _Echoed([_layer(case[:3], lambda d, b, n: d + 2 * b) for case in twice])
    assert layers.bias_per_input_hint(twice, replies, "per input") is None  # three inputs: not a bias per input
    per_input = _Echoed([_layer(case[:3], lambda d, b, n: d + n * b) for case in twice])
    assert layers.bias_per_input_hint(twice, per_input, "per input") == "per input"
    two_only = [(*SMALL, "")]
    both = layers.bias_per_input_hint(two_only, _Echoed([_layer(SMALL, lambda d, b, n: d + 2 * b)]), "per input")
    assert "once per input" in both and "a second time" in both
