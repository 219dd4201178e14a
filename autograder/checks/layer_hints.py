"""Words for a layer that computes the wrong thing: another activation than its sigmoid, or
another input than the layer before it. Shared by the backprop and mlp checks' hints, whose
networks are sigmoids throughout (exercise 6 with named numbers, exercise 7 with matrices).

Loaded with ``load_sibling`` (see ``autograder/checking/siblings.py``); handed out with the checks.
"""

ACTIVATIONS = ("relu", "tanh", "none", "twice")  # what a layer may apply instead of its sigmoid
USED = {
    "relu": "a ReLU, max(0, z), where this network has a sigmoid",
    "tanh": "tanh where this network has a sigmoid",
    "none": "no activation: the weighted sum goes on as it is, without its sigmoid",
    "twice": "the sigmoid twice, sigmoid(sigmoid(z)): one sigmoid too many",
}
ONCE = "Every neuron of this network, hidden or output, applies the sigmoid exactly once to its weighted sum"


def activation_hint(layer: str, used: str, right: str) -> str:
    """The hint for ``layer`` (``"hidden layer"``, ``"output neuron"``...) applying ``used`` (one of
    ACTIVATIONS) instead of its sigmoid; ``right`` is the spec's formula of that layer."""
    return f"Your {layer} applies {USED[used]}. {ONCE}: {right}."


def layer_input_hint(layer: str, given: str, wanted: str, right: str) -> str:
    """The hint for ``layer`` fed ``given`` where the spec feeds it ``wanted``."""
    return (f"Your {layer} is fed {given}; it is fed {wanted}, the outputs of the layer before it: {right}. "
            "Each layer's input is the previous layer's output.")  # fmt: skip


SOFTMAX_OUTPUT = (
    "Each row of your A2 sums to 1: your output layer applies a softmax across a sample's outputs (a habit from "
    "multi-class networks), so the outputs share one total. The spec's output layer applies the sigmoid to each "
    "output on its own, no sum across them: {right}. (With one output a softmax gives 1 everywhere.)"
)
