"""Hints of the neuron checks for a TinyNetwork that answers with a value on the way to its output
(one hidden neuron's output, the hidden layer's outputs, sums or total, o1's sum before its sigmoid)
instead of o1's output. Said in words, never as a solution's code line.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.grading.compare import CheckFailed, kind_of

HIDDEN_OUTPUT = (
    "Your output is what one neuron gives for the network's input x, a hidden neuron's output: feedforward "
    "returns the output neuron o1's output, and o1 takes the hidden outputs [h1, h2] as its inputs, not x."
)
OUTPUT_SUM = (
    "Your output is o1's weighted sum before its sigmoid: o1 is a Neuron like h1 and h2, so the network's "
    "answer is o1's own output for the inputs [h1, h2], with the sigmoid applied."
)
HIDDEN_TOTAL = (
    "Your output is h1 + h2, the hidden outputs added up: o1 is a neuron of its own, which weighs [h1, h2] with "
    "its weights, adds its bias and applies the sigmoid; feedforward returns o1's output."
)
LAYER_RETURNED = {
    "hidden": "You return the hidden layer's outputs [h1, h2], which are the inputs of the output neuron, not "
              "the network's answer: pass them to o1 and return o1's output, a single float.",
    "hidden_sums": "You return the hidden neurons' weighted sums, before their sigmoid, not the network's "
                   "answer: h1 and h2 are Neurons' outputs (sigmoid included), and feedforward passes [h1, h2] "
                   "to the output neuron o1 and returns o1's output, a single float.",
}


def expect_not_a_layer(got, layers, call):
    """Fail, naming it, when TinyNetwork's answer ``got`` is not one number but the hidden layer's
    values on the way to it, its outputs [h1, h2] or its weighted sums (``layers``:
    neuron_mistakes.tiny_network_layers). Several values holding o1's among them are named by
    expect_float."""
    try:
        values = np.asarray(got, dtype=float).ravel()
    except (TypeError, ValueError):
        return
    for which, text in LAYER_RETURNED.items():
        if values.shape == (2,) and np.allclose(values, layers[which], rtol=1e-6, atol=1e-9):
            raise CheckFailed(f"{call} returned {kind_of(got)}; it should return o1's output, a single number "
                              "(a float)", hint=text)  # fmt: skip
