"""The edges of the hint helpers added for the classes the seventh held-out corpus found unnamed
in gates, perceptron, activations and neuron (``tests/corpus/heldout7_classes_a.py`` shows them end
to end): each names its class, and keeps quiet on a right answer and on a neighbouring mistake."""

import numpy as np

from autograder.checks import activations_slips, gates_hints, neuron_hints, perceptron_hints
from autograder.grading.errors import python_error_hint


def test_a_single_number_in_a_matrix_product_is_named():
    message = "matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature ...)"
    assert "@ was given a single number" in python_error_hint("ValueError", message)
    mismatch = "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (size 2 is different from 3)"
    assert "needs A's last dimension" in python_error_hint("ValueError", mismatch)  # sizes keep their own hint


def test_a_single_number_looped_over_indexed_or_measured_is_named():
    for raised, message in (("TypeError", "'numpy.float64' object is not iterable"),
                            ("TypeError", "object of type 'int' has no len()"),
                            ("IndexError", "invalid index to scalar variable.")):
        assert "a single number where a list or an array belongs" in python_error_hint(raised, message)
    assert python_error_hint("TypeError", "'NoneType' object is not iterable") is None  # a missing return, not this


def test_several_values_are_named_only_with_the_output_among_them():
    assert "returns 2 values at once, a tuple (1, 0.81)" in gates_hints.several_values_hint("perceptron", (1, 0.81), 1)
    assert gates_hints.several_values_hint("perceptron", (0.81, 0.3), 1) is None
    assert gates_hints.several_values_hint("perceptron", 1, 1) is None
    assert gates_hints.several_values_hint("perceptron", ("a", None), 1) is None


def test_a_relu_slope_at_the_kink_other_than_0_and_1():
    assert "your slope is 0.5" in activations_slips.relu_kink_hint(np.array([0.0, 0.5, 1.0]))
    for got in ([0.0, 1.0, 1.0], [0.0, 0.0, 1.0], [1.0, 0.5, 1.0], [0.0, np.inf, 1.0], "x"):
        assert activations_slips.relu_kink_hint(got) is None
    assert "0 / 0" in activations_slips.relu_kink_hint(np.array([0.0, np.nan, 1.0]))  # a slope divided by z


def test_joined_lists_either_way_round():
    expected, biases = [1.5, -0.5], [0.5, 1.0]
    sums = [1.0, -1.5]
    assert "joins them" in neuron_hints.joined_lists_hint(sums + biases, expected, biases)
    assert "joins them" in neuron_hints.joined_lists_hint(biases + sums, expected, biases)
    assert neuron_hints.joined_lists_hint(expected, expected, biases) is None
    assert neuron_hints.joined_lists_hint(sums + sums, expected, biases) is None


def _layers(weights, bias, x):
    hidden = 1 / (1 + np.exp(-(np.dot(weights, x) + bias)))
    return {"hidden": [hidden, hidden]}


def _network(o1_weights, o1_bias, layers):
    h = layers["hidden"][0]
    return 1 / (1 + np.exp(-(sum(o1_weights) * h + o1_bias)))


def test_an_output_neuron_with_fixed_weights_is_told_from_a_right_one():
    rng = np.random.default_rng(1)
    cases = [(list(rng.normal(size=2)), float(rng.normal()), list(rng.normal(size=2)), "") for _ in range(4)]
    layers = [_layers(w, b, x) for w, b, x, _ in cases]
    right = [_network(w, b, known) for (w, b, _, _), known in zip(cases, layers)]
    fixed = [_network([0.5, 0.5], b, known) for (_, b, _, _), known in zip(cases, layers)]
    fixed_bias = [_network([0.5, 0.5], 0.3, known) for known in layers]
    assert neuron_hints.fixed_output_weights_hint(right, cases, layers) is None
    assert "add up to 1 in every network" in neuron_hints.fixed_output_weights_hint(fixed, cases, layers)
    assert "the bias 0.3 in every network" in neuron_hints.fixed_output_weights_hint(fixed_bias, cases, layers)
    assert neuron_hints.fixed_output_weights_hint([1.0] * 4, cases, layers) is None  # saturated: cannot tell


def test_a_bias_kept_as_a_one_number_array():
    assert "shape (1,)" in perceptron_hints.bias_array_hint(np.zeros(1))
    for bias in (0.0, np.float64(0.0), np.array(0.0), np.zeros(2)):
        assert perceptron_hints.bias_array_hint(bias) is None
