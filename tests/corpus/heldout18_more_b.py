"""Corpus cases for the classes of activations and neuron the eighteenth held-out corpus showed after its blind run, in our own
spellings, with their exact expected outcomes (``mutations.py``): another activation in the place of the one asked (a hard
tanh np.clip(z, -1, 1), PyTorch's hard sigmoid z / 6 + 0.5 clipped, tanh scaled as 2 * tanh(z / 2), the SiLU z * sigmoid(z)
for relu, the ELU's slope for leaky_relu_derivative, a one-hot of np.argmax through np.eye for softmax, a softmax of
sigmoids written out by hand); tanh_derivative estimated with np.gradient, or guessing from |z| <= 1 that it was given
tanh's output; softmax shifted by a fixed 1000 rather than each row's maximum; Neuron.feedforward indexing np.dot's one
number with [0], or summing np.cross; TinyNetwork.feedforward returning a one-element tuple; layer_output writing
-bias + total; count_parameters over a [::2] slice of the pairs, or over a dict keyed by the pair of widths.
"""

from corpus.mutations import alternative, bug  # noqa: F401

A_TANH = "    return np.tanh(np.asarray(z, dtype=float))\n"
A_SIGMOID = "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n"
A_TANH_SLOPE = "    return 1.0 - tanh(z) ** 2\n"
A_SOFTMAX = ("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
             "    return exps / np.sum(exps, axis=-1, keepdims=True)\n")
N_SUM = "        total = np.dot(self.weights, inputs) + self.bias\n"
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"

CASES = [
    # ------------------------------------------------------------------ activations
    bug("h18b_act_tanh_hard_clip", "activations", [(A_TANH, "    return np.clip(np.asarray(z, dtype=float), -1.0, 1.0)\n")],
        fails=["tanh_values", "tanh_on_large_inputs", "tanh_derivative", "derivatives_on_large_inputs"],
        also={"tanh_derivative": "fix tanh first"},
        hint="a straight line cut off at -1 and 1",
        about="tanh as the hard tanh, z clipped to [-1, 1]"),
    bug("h18b_act_sigmoid_torch_hard", "activations", [(A_SIGMOID, "    return np.clip(z / 6.0 + 0.5, 0.0, 1.0)\n")],
        fails=["sigmoid_values", "sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="a straight line cut off at 0 and 1",
        about="sigmoid as PyTorch's hard sigmoid, z / 6 + 1/2 clipped"),
    bug("h18b_act_tanh_halved_scaled", "activations", [(A_TANH, "    return 2.0 * np.tanh(np.asarray(z, dtype=float) / 2.0)\n")],
        fails=["tanh_values", "tanh_on_large_inputs", "tanh_derivative", "derivatives_on_large_inputs"],
        hint="Your tanh is a scaled tanh",
        about="tanh written as 2 * tanh(z / 2), a factor outside and inside"),
    bug("h18b_act_relu_silu", "activations", [("    return np.maximum(np.asarray(z, dtype=float), 0.0)\n",
                                               "    z = np.asarray(z, dtype=float)\n    return z * sigmoid(z)\n")],
        fails=["relu_values"],
        hint="the SiLU",
        about="relu computed as the SiLU (swish), z * sigmoid(z)"),
    bug("h18b_act_leaky_slope_elu", "activations", [("    return np.where(z > 0, 1.0, alpha)\n",
                                                     "    return np.where(z > 0, 1.0, alpha * np.exp(np.minimum(z, 0.0)))\n")],
        fails=["leaky_relu_derivative"],
        hint="the ELU's exponential side",
        about="leaky_relu_derivative with the ELU's slope alpha * exp(z) for z <= 0"),
    bug("h18b_act_tanh_slope_gradient", "activations", [(A_TANH_SLOPE, "    z = np.asarray(z, dtype=float)\n"
                                                         "    return np.gradient(tanh(z)) if z.ndim else 1.0 - tanh(z) ** 2\n")],
        fails=["tanh_derivative", "derivatives_on_large_inputs"],
        also={"derivatives_on_large_inputs": "estimates the slope with np.gradient"},
        hint="estimates the slope with np.gradient",
        about="tanh_derivative by np.gradient for arrays, right for numbers"),
    bug("h18b_act_tanh_slope_guesses_output", "activations", [(A_TANH_SLOPE, "    z = np.asarray(z, dtype=float)\n"
                                                               "    t = z if np.abs(z).max(initial=0.0) <= 1.0 else tanh(z)\n"
                                                               "    return 1.0 - t ** 2\n")],
        fails=["tanh_derivative"],
        hint="For some inputs your tanh_derivative gives 1 - z ** 2",
        about="tanh_derivative takes an input whose values all lie within [-1, 1] for tanh's output already"),
    bug("h18b_act_softmax_eye_argmax", "activations", [(A_SOFTMAX, "    return np.eye(z.shape[-1])[np.argmax(z, axis=-1)]\n")],
        fails=["softmax", "softmax_is_stable"],
        also={"softmax_is_stable": "a hard max"},
        hint="a hard max, the one-hot of argmax",
        about="softmax as rows of np.eye picked by np.argmax: a one-hot"),
    bug("h18b_act_softmax_sigmoids_by_hand", "activations", [(A_SOFTMAX, "    s = 1.0 / (1.0 + np.exp(-z))\n"
                                                              "    return s / s.sum(axis=-1, keepdims=True)\n")],
        fails=["softmax", "softmax_is_stable"],
        also={"softmax_is_stable": "a normalised sigmoid"},
        hint="a normalised sigmoid",
        about="softmax as sigmoids written out by hand, divided by their row's sum"),
    bug("h18b_act_softmax_fixed_shift", "activations", [(A_SOFTMAX, "    exps = np.exp(z - 1000.0)\n"
                                                         "    return exps / np.sum(exps, axis=-1, keepdims=True)\n")],
        fails=["softmax", "softmax_is_stable"],
        also={"softmax_is_stable": "subtracts no maximum at all"},
        hint="subtracts no maximum at all",
        about="softmax shifts every score by a fixed 1000, not a row's max"),
    # ------------------------------------------------------------------ neuron
    bug("h18b_neuron_dot_indexed", "neuron", [(N_SUM, "        total = np.dot(self.weights, inputs)[0] + self.bias\n")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        also={"tiny_network": "fix feedforward first"},
        hint="indexes a single number",
        crashes=True,
        about="np.dot's one number indexed with [0]"),
    bug("h18b_neuron_cross_summed", "neuron", [(N_SUM, "        total = np.sum(np.cross(self.weights, inputs)) + self.bias\n")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        also={"tiny_network": "fix Neuron first"},
        hint="with np.cross",
        about="the weighted sum as the sum of np.cross, the cross product"),
    bug("h18b_neuron_tiny_one_tuple", "neuron", [("        return self.o1.feedforward(hidden)\n",
                                                  "        return (self.o1.feedforward(hidden),)\n")],
        fails=["tiny_network"],
        hint="returns a tuple holding one number",
        about="TinyNetwork.feedforward returns a one-element tuple"),
    bug("h18b_neuron_layer_minus_bias_first", "neuron", [("        outputs.append(total + bias)\n",
                                                          "        outputs.append(-bias + total)\n")],
        fails=["layer_output"],
        hint="subtracts each neuron's bias",
        about="layer_output writes -bias + total"),
    bug("h18b_neuron_count_pairs_sliced", "neuron", [(N_COUNT, "    pairs = list(zip(sizes, sizes[1:]))\n"
                                                      "    return sum(a * b + b for a, b in pairs[::2])\n")],
        fails=["count_parameters"],
        hint="every other pair of neighbouring layers",
        about="count_parameters over pairs[::2]"),
    bug("h18b_neuron_count_dict_of_pairs", "neuron", [(N_COUNT, "    per_pair = {(a, b): a * b + b for a, b in zip(sizes, sizes[1:])}\n"
                                                       "    return sum(per_pair.values())\n")],
        fails=["count_parameters"],
        hint="counts each pair of neighbouring widths once only",
        about="count_parameters keyed by the pair in a dict"),
]
