"""Corpus cases for the activations and neuron classes the thirteenth held-out corpus showed after its
blind run, in our own spellings, with their exact expected outcomes (``mutations.py``): a function taken of
1 - z where one minus the function belongs, a slope whose terms cancel to 0 (brackets dropped), the input
made whole numbers before the function, a step placed off 0, the smaller of two pieces where the larger
belongs; a neuron that scales its sum or returns the sigmoid's slope, hidden sums fed to o1, a lazy map fed
on, a layer's lists paired in the other order, inputs and weights paired one place out, a total replaced
where it is added to, a result list made with one slot per input, a count written for a fixed number of
layers or wrapped round to the first.
"""

from corpus.mutations import bug

CASES = [
    bug(
        "act_tanh_derivative_of_one_minus_z", "activations",
        [("    return 1.0 - tanh(z) ** 2", "    return 1.0 - tanh(1.0 - np.asarray(z, dtype=float)) ** 2")],
        fails=["tanh_derivative"],
        hint="tanh taken of 1 - z",
        about="tanh_derivative squares tanh(1 - z), reading 1 - tanh(z) as tanh of 1 - z",
    ),
    bug(
        "act_sigmoid_derivative_terms_cancel", "activations",
        [("    return s * (1.0 - s)", "    return sigmoid(z) * 1 - sigmoid(z)")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="the brackets around 1 - s are missing",
        about="sigmoid_derivative drops the brackets of s * (1 - s), which cancels to 0 everywhere",
    ),
    bug(
        "act_leaky_relu_input_as_int", "activations",
        [("    z = np.asarray(z, dtype=float)\n    # positive part", "    z = np.asarray(z).astype(int)\n    # positive part")],
        fails=["leaky_relu"],
        hint="made a whole number first",
        about="leaky_relu turns its input into integers first, losing every fraction",
    ),
    bug(
        "act_leaky_derivative_step_at_one", "activations",
        [("    return np.where(z > 0, 1.0, alpha)", "    return np.where(z > 1, 1.0, alpha)")],
        fails=["leaky_relu_derivative"],
        hint="not at z = 0",
        about="leaky_relu_derivative switches to 1 only above z = 1, a step in the wrong place",
    ),
    bug(
        "act_relu_clip_from_above", "activations",
        [("    return np.maximum(np.asarray(z, dtype=float), 0.0)", "    return np.clip(np.asarray(z, dtype=float), None, 0.0)")],
        fails=["relu_values"],
        hint="np.minimum in the place of np.maximum",
        about="relu clips z from above at 0, keeping the smaller of z and 0",
    ),
]
CASES += [
    bug(
        "neuron_tiny_hidden_sums_fed_on", "neuron",
        [("        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]",
          "        hidden = [float(np.dot(h.weights, x) + h.bias) for h in (self.h1, self.h2)]")],
        fails=["tiny_network"],
        hint="before their sigmoid",
        about="TinyNetwork hands o1 the hidden neurons' sums, not their sigmoid outputs",
    ),
    bug(
        "neuron_layer_loop_names_swapped", "neuron",
        [("    for neuron_weights, bias in zip(weights, biases):", "    for bias, neuron_weights in zip(weights, biases):")],
        fails=["layer_output"],
        hint="in each other's places",
        about="layer_output names the pairs of zip(weights, biases) the other way round",
    ),
    bug(
        "neuron_count_indexed_three_widths", "neuron",
        [("    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))",
          "    return sizes[0] * sizes[1] + sizes[1] + sizes[1] * sizes[2] + sizes[2]")],
        fails=["count_parameters"],  # its Python ints for three widths judge the type rule (the other lists raise)
        hint="written for a fixed number of layers",
        about="count_parameters writes out the count of a network of exactly three layers",
    ),
    bug(
        "neuron_count_rotated_pairs", "neuron",
        [("    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))",
          "    return sum(a * b + b for a, b in zip(sizes[-1:] + sizes[:-1], sizes))")],
        fails=["count_parameters"],
        hint="the last layer paired with the first",
        about="count_parameters pairs each width with the one before it, the first with the last",
    ),
    bug(
        "neuron_tiny_hidden_mapped", "neuron",
        [("        return self.o1.feedforward(hidden)", "        return self.o1.feedforward(map(float, hidden))")],
        fails=["tiny_network"],
        hint="'map'",
        about="TinyNetwork hands o1 a lazy map object of the hidden outputs",
    ),
    bug(
        "neuron_inputs_scaled_down", "neuron",
        [("        total = np.dot(self.weights, inputs) + self.bias",
          "        total = np.dot(self.weights, np.asarray(inputs, dtype=float) * 0.1) + self.bias")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="divided by 10 before they are weighed",
        about="Neuron scales its inputs by 0.1 before weighing them",
    ),
    bug(
        "neuron_returns_sigmoid_slope", "neuron",
        [("        return float(_sigmoid(total))", "        return float(_sigmoid(total) - _sigmoid(total) ** 2)")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="the sigmoid's slope (its derivative)",
        about="Neuron returns s - s ** 2, the sigmoid's slope, instead of s",
    ),
    bug(
        "neuron_layer_first_input_dropped", "neuron",
        [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))",
          "        total = sum(x * w for x, w in zip(inputs[1:], neuron_weights))")],
        fails=["layer_output"],
        hint="inputs[0] is never used",
        about="layer_output pairs inputs[1:] with each row, one place out",
    ),
    bug(
        "neuron_layer_last_product_kept", "neuron",
        [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))",
          "        total = [x * w for x, w in zip(inputs, neuron_weights)][-1]")],
        fails=["layer_output"],
        hint="only the last input's product",
        about="layer_output keeps each neuron's last product where the products are added up",
    ),
]
CASES += [
    bug(
        "neuron_layer_result_sized_by_inputs", "neuron",
        [("    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n",
          "    outputs = [0.0 for _ in inputs]\n    for j, (neuron_weights, bias) in enumerate(zip(weights, biases)):\n"),
         ("        outputs.append(total + bias)", "        outputs[j] = total + bias")],
        fails=["layer_output"],
        hint="fewer slots than the layer has neurons",
        about="layer_output writes into a list made with one slot per input, where a layer has one output per neuron",
    ),
]
