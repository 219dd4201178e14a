"""Corpus cases for the classes the sixteenth held-out corpus showed after its blind run (filled in by the fixer of this group)."""

from corpus.mutations import alternative, bug  # noqa: F401

N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"
N_TINY_FF = (
    "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
    "        return self.o1.feedforward(hidden)\n"
)
N_TINY_INIT = "        self.h1 = Neuron(weights, bias)\n        self.h2 = Neuron(weights, bias)\n"
N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias\n"
N_LAYER = (
    "    outputs = []\n"
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)\n"
    "    return outputs\n"
)

CASES = [
    bug(
        "h16b_count_return_in_while", "neuron",
        [(N_COUNT, "    total, k = 0, 1\n    while k < len(sizes):\n        total += sizes[k - 1] * sizes[k] + sizes[k]\n"
                   "        k += 1\n        return total\n")],
        fails=["count_parameters", "count_parameters_of_no_layers"], hint="indented one level too deep",
        about="count_parameters returns from inside its while loop",
    ),
    bug(
        "h16b_tiny_return_in_for", "neuron",
        [(N_TINY_FF, "        outs = []\n        for h in [self.h1, self.h2]:\n            outs.append(h.feedforward(x))\n"
                     "            return self.o1.feedforward(np.array(outs))\n")],
        fails=["tiny_network"], hint="sits in the loop's body",
        about="TinyNetwork.feedforward returns from inside its loop over the hidden neurons",
    ),
    bug(
        "h16b_tiny_star_list", "neuron",
        [(N_TINY_FF, "        return self.o1.feedforward(*[self.h1.feedforward(x), self.h2.feedforward(x)])\n")],
        fails=["tiny_network"], hint="unpacks the list with a star",
        about="TinyNetwork.feedforward star-unpacks the hidden outputs into o1's call",
    ),
    bug(
        "h16b_tiny_unpacks_one_neuron", "neuron",
        [(N_TINY_INIT, "        self.h1, self.h2 = Neuron(weights, bias)\n")],
        fails=["tiny_network"], hint="unpacks one Neuron object into several names",
        about="TinyNetwork.__init__ unpacks one Neuron into two names",
    ),
    bug(
        "h16b_layer_index_reused", "neuron",
        [(N_LAYER, "    outputs = []\n    for n in range(len(weights)):\n        total = 0.0\n"
                   "        for n in range(len(inputs)):\n            total += weights[len(outputs)][n] * inputs[n]\n"
                   "        outputs.append(total + biases[n])\n    return outputs\n")],
        fails=["layer_output"], hint="takes the name n again",
        about="layer_output's inner loop reuses the neuron index n, read after it for the bias",
    ),
    alternative(
        "h16b_layer_index_reused_but_unread", "neuron",
        [(N_LAYER, "    outputs = []\n    for i, row in enumerate(weights):\n        total = biases[i]\n"
                   "        for i in range(len(inputs)):\n            total += row[i] * inputs[i]\n"
                   "        outputs.append(total)\n    return outputs\n")],
        about="an inner loop reusing the outer name, never read after it: right",
    ),
    bug(
        "h16b_count_slice_before", "neuron",
        [(N_COUNT, "    total = 0\n    for a, b in zip(sizes[:-1], sizes[:1]):\n        total += (a + 1) * b\n    return total\n")],
        fails=["count_parameters"], hint="sizes[:1] is the list up to index 1",
        about="count_parameters pairs with sizes[:1] where sizes[1:] belongs",
    ),
    bug(
        "h16b_neuron_inputs_newaxis", "neuron",
        [(N_TOTAL, "        column = np.asarray(inputs, dtype=float)[:, None]\n"
                   "        total = np.dot(self.weights, column) + self.bias\n")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"], hint="makes a column of shape (n, 1)",
        about="Neuron.feedforward makes its inputs a column, so float() meets a one-element array",
    ),
    bug(
        "h16b_tiny_hidden_reshaped_column", "neuron",
        [(N_TINY_FF, "        hidden = np.array([self.h1.feedforward(x), self.h2.feedforward(x)]).reshape(2, 1)\n"
                     "        return self.o1.feedforward(hidden)\n")],
        fails=["tiny_network"], hint="makes a column of shape (n, 1)",
        about="TinyNetwork hands o1 its hidden outputs as a (2, 1) column",
    ),
    bug(
        "h16b_neuron_weights_newaxis_outer", "neuron",
        [(N_TOTAL, "        total = np.sum(self.weights[:, np.newaxis] * np.asarray(inputs, dtype=float)) + self.bias\n")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"], hint="broadcasts to the (n, n) table",
        about="Neuron.feedforward's weights as a column broadcast against the inputs",
    ),
    bug(
        "h16b_relu_floor_halves", "activations",
        [("    return np.maximum(np.asarray(z, dtype=float), 0.0)\n",
          "    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, 2 * z // 2, 0.0)\n")],
        fails=["relu_values"], hint="divides with //, floor division",
        about="relu halves 2z with //",
    ),
    bug(
        "h16b_softmax_floor_in_place", "activations",
        [("    return exps / np.sum(exps, axis=-1, keepdims=True)\n",
          "    exps //= exps.sum(axis=-1, keepdims=True)\n    return exps\n")],
        fails=["softmax", "softmax_is_stable"], hint="divides with //, floor division",
        about="softmax divides in place with //=",
    ),
    bug(
        "h16b_tanh_inverse", "activations",
        [("    return np.tanh(np.asarray(z, dtype=float))\n",
          "    with np.errstate(all=\"ignore\"):\n        return np.arctanh(np.asarray(z, dtype=float))\n")],
        fails=["tanh_values", "tanh_on_large_inputs", "tanh_derivative", "derivatives_on_large_inputs"],
        hint="np.arctanh(z), the inverse",
        about="tanh computed with np.arctanh",
    ),
    bug(
        "h16b_sigmoid_slope_matmul", "activations",
        [("    s = sigmoid(z)\n    return s * (1.0 - s)\n", "    s = sigmoid(z)\n    return s - s @ s\n")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"], crashes=True, hint="@ is the matrix product",
        about="sigmoid_derivative squares with @",
    ),
]
