"""The edges of the hint helpers added for the activations and neuron classes the ninth held-out corpus
found unnamed (``tests/corpus/heldout9_more_b.py`` shows them end to end): each names its class, and
keeps quiet on a right answer and on a neighbouring mistake."""

import numpy as np

from autograder.checks import activations_hints, activations_slips, neuron_sum_hints


def _softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def test_a_softmax_normalised_by_something_else_than_its_sums():
    z = np.array([[1.0, 2.0, 3.0], [0.0, -1.0, 0.5]])
    right = _softmax(z)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    by_norm = e / np.linalg.norm(e, axis=-1, keepdims=True)
    assert "sums to" in activations_slips.softmax_other_normaliser_hint(by_norm, right)
    assert activations_slips.softmax_other_normaliser_hint(right, right) is None
    assert activations_slips.softmax_other_normaliser_hint(right[:, ::-1], right) is None  # not proportional
    assert "or by nothing" in activations_slips.softmax_other_normaliser_hint(np.exp(z), right)  # never divided
    assert activations_slips.softmax_other_normaliser_hint(right * [[1.0], [2.0]], right) is not None
    assert activations_slips.softmax_other_normaliser_hint(right * 1.0000001, right) is None  # sums to 1 within tolerance


def test_a_derivative_built_on_a_wrong_function_says_where_it_is_wrong():
    z = np.array([-1000.0, -50.0, 0.5, 50.0, 1000.0])
    right = 0.5 * (1 + np.tanh(z / 2))
    doubled = 0.5 * (1 + np.tanh(z))  # wrong at 0.5 only
    got = doubled * (1 - doubled)
    said = activations_hints.derivative_cause("sigmoid_derivative", "sigmoid", lambda s: s * (1 - s), doubled, right, got, z=z)
    assert "at z = 0.5 (" in said and "around 1000" not in said
    capped = np.clip(right, 1e-3, 1 - 1e-3)  # wrong only at |z| >= 50
    got = capped * (1 - capped)
    said = activations_hints.derivative_cause("sigmoid_derivative", "sigmoid", lambda s: s * (1 - s), capped, right, got, z=z)
    assert "for |z| around 1000" in said


def test_one_entry_more_in_a_dot_product_is_named_and_other_sizes_are_not():
    assert "2 and 3 entries" in neuron_sum_hints.one_entry_more_hint("raised ValueError: shapes (2,) and (3,) not aligned: 2 (dim 0) != 3 (dim 0)")
    assert neuron_sum_hints.one_entry_more_hint("operands could not be broadcast together with shapes (4,) (3,)")
    assert neuron_sum_hints.one_entry_more_hint("raised ValueError: shapes (2,) and (5,) not aligned") is None
    assert neuron_sum_hints.one_entry_more_hint("raised TypeError: unsupported operand") is None
