"""Hints of the neuron checks for a TinyNetwork that answers with a layer's values on the way to
its output (the hidden outputs, the hidden sums, every layer at once, o1's sum before its sigmoid)
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
LAYER_RETURNED = {
    "hidden": "You return the hidden layer's outputs [h1, h2], which are the inputs of the output neuron, not "
              "the network's answer: pass them to o1 and return o1's output, a single float.",
    "hidden_sums": "You return the hidden neurons' weighted sums, before their sigmoid, not the network's "
                   "answer: h1 and h2 are Neurons' outputs (sigmoid included), and feedforward passes [h1, h2] "
                   "to the output neuron o1 and returns o1's output, a single float.",
    "all": "You return the outputs of every layer, the hidden neurons' and o1's together: return only the "
           "output neuron o1's output, a single float; h1 and h2 stay inside feedforward.",
}


def flat_numbers(value):
    """``value`` (numbers, nested in lists, tuples or arrays) as one flat list of floats; None if it
    holds anything else."""
    if isinstance(value, (list, tuple)):
        parts = [flat_numbers(item) for item in value]
        return None if any(part is None for part in parts) else [v for part in parts for v in part]
    try:
        return [float(v) for v in np.asarray(value, dtype=float).ravel()]
    except (TypeError, ValueError):
        return None


def _same_values(a, b):
    return len(a) == len(b) and np.allclose(a, b, rtol=1e-6, atol=1e-9)


def expect_not_a_layer(got, layers, call):
    """Fail, naming it, when TinyNetwork's answer ``got`` is not one number but a layer's values on
    the way to it (``layers``: neuron_mistakes.tiny_network_layers): the hidden outputs, the hidden
    sums, or every layer's outputs at once."""
    flat = flat_numbers(got)
    if flat is None or len(flat) < 2:
        return
    found = next((which for which in ("hidden", "hidden_sums") if _same_values(flat, layers[which])), None)
    if found is None and any(_same_values([v], [layers["output"]]) for v in flat):
        found = "all"
    if found:
        raise CheckFailed(f"{call} returned {kind_of(got)}; it should return o1's output, a single number (a float)",
                          hint=LAYER_RETURNED[found])  # fmt: skip
