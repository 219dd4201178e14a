"""What a neuron and a layer give as common mistakes write them: what the checks' hints compare with.

Instructor-side only: the grader exposes this module to the checks as ``reference.mistakes``,
and a student's kit holds only its outputs on the checks' fixed inputs (recorded with the
reference's), never this code.
"""

import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


def feedforward_bias_subtracted(weights, bias, x):
    """A neuron that subtracts its bias from the weighted sum."""
    return float(_sigmoid(np.dot(weights, x) - bias))


def layer_with_mistake(inputs, weights, biases, *, sigmoid=False, first_bias_only=False):
    """layer_output as a mistake writes it: ``sigmoid`` passes each neuron's sum through the
    sigmoid; ``first_bias_only`` adds biases[0] to every neuron."""
    outputs = []
    for j, neuron_weights in enumerate(weights):
        total = sum(x * w for x, w in zip(inputs, neuron_weights)) + biases[0 if first_bias_only else j]
        outputs.append(float(_sigmoid(total)) if sigmoid else total)
    return outputs
