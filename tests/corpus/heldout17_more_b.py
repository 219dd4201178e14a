"""Corpus cases for the classes the seventeenth held-out corpus showed after its blind run (filled in by the fix of its
exercises), in our own spellings, with their exact expected outcomes (``mutations.py``)."""

from corpus.mutations import alternative, bug  # noqa: F401

A_SIGD = "    return s * (1.0 - s)\n"
A_TANH = "    return np.tanh(np.asarray(z, dtype=float))\n"
A_RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)\n"
A_RELUD = "    return (np.asarray(z) > 0).astype(float)\n"
A_LEAKY = "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)\n"
A_LEAKYD = "    return np.where(z > 0, 1.0, alpha)\n"
N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias\n"
N_TINY_FF = (
    "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
    "        return self.o1.feedforward(hidden)\n"
)
N_LAYER = (
    "    outputs = []\n"
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)\n"
    "    return outputs\n"
)
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"

CASES = [
    bug(
        "h17b_leaky_positive_squared", "activations",
        [(A_LEAKY, "    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, z * z, alpha * z)\n")],
        fails=["leaky_relu"], hint="positive inputs come out squared",
        about="leaky_relu squares the positive side (z * z where z belongs)",
    ),
    bug(
        "h17b_leaky_min_of_z_and_alpha", "activations",
        [(A_LEAKY, "    return np.minimum(z, alpha) + np.maximum(z, 0.0)\n")],
        fails=["leaky_relu"], hint="np.minimum compares its two arguments and keeps the smaller",
        about="leaky_relu adds the smaller of z and alpha where alpha times the negative part belongs",
    ),
    bug(
        "h17b_relud_named_table_masked", "activations",
        [(A_RELUD, "    slopes = np.array([0.0, 1.0])\n    return slopes[np.asarray(z) > 0]\n")],
        fails=["relu_derivative"], hint="with the boolean mask",
        about="relu_derivative looks its slopes up in a named table with a boolean mask as the index",
    ),
    bug(
        "h17b_relu_mask_drops_entries", "activations",
        [(A_RELU, "    z = np.asarray(z, dtype=float)\n    return z[z > 0]\n")],
        fails=["relu_values"], hint="selects the entries where the mask is True",
        about="relu returns z[z > 0], the positive entries only, a shorter array",
    ),
    bug(
        "h17b_sigd_subtract_out", "activations",
        [(A_SIGD, "    return np.subtract(s, s * s, out=s)\n")],
        fails=["sigmoid_derivative"], hint="out= must name an array", crashes=True,
        about="sigmoid_derivative writes its result into s with out=, a NumPy scalar for a number",
    ),
    bug(
        "h17b_tanh_from_torch", "activations",
        [(A_TANH, "    import torch\n    return torch.tanh(torch.as_tensor(z, dtype=torch.float64)).numpy()\n")],
        fails=["tanh_values", "tanh_on_large_inputs", "tanh_derivative", "derivatives_on_large_inputs"],
        hint="a package the grader does not have", crashes=True, also={"tanh_derivative": "comes from inside your tanh"},
        about="tanh computed with torch, which the course's environment does not have",
    ),
    bug(
        "h17b_feedforward_method_sum_axis", "neuron",
        [(N_TOTAL, "        total = (self.weights * np.asarray(inputs)).sum(axis=-2) + self.bias\n")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"], hint="its only axis is axis 0",
        also={"tiny_network": "its only axis is axis 0"},
        about="Neuron.feedforward sums one sample's products along an axis a 1-D array lacks",
    ),
    bug(
        "h17b_feedforward_np_sum_start", "neuron",
        [(N_TOTAL, "        total = np.sum([w * x for w, x in zip(self.weights, inputs)], self.bias)\n")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"], hint="takes the axis to add along there",
        also={"tiny_network": "takes the axis to add along there"},
        about="Neuron.feedforward passes the bias to np.sum as if it were sum's start value",
    ),
    bug(
        "h17b_feedforward_multiply_outer", "neuron",
        [(N_TOTAL, "        total = np.multiply.outer(self.weights, inputs) + self.bias\n")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"], hint="makes the outer product",
        also={"tiny_network": "makes the outer product"},
        about="Neuron.feedforward takes the outer product of weights and inputs",
    ),
    bug(
        "h17b_tiny_starred_dict", "neuron",
        [(N_TINY_FF, "        outs = dict(first=self.h1.feedforward(x), second=self.h2.feedforward(x))\n"
                     "        return self.o1.feedforward([*outs])\n")],
        fails=["tiny_network"], hint="a dict gives its keys",
        about="TinyNetwork hands o1 the keys of a dict of the hidden outputs",
    ),
    bug(
        "h17b_layer_outputs_as_str", "neuron",
        [(N_LAYER, "    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n"
                   "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
                   "        outputs.append(str(round(total + bias, 3)))\n    return outputs\n")],
        fails=["layer_output"], hint="Your list holds text, not numbers",
        about="layer_output appends each output as text, str(round(...))",
    ),
    bug(
        "h17b_layer_plain_string_key", "neuron",
        [(N_LAYER, "    store = {}\n    for idx in range(len(weights)):\n"
                   "        store['idx{idx}'] = sum(x * w for x, w in zip(inputs, weights[idx])) + biases[idx]\n"
                   "    return [store[key] for key in store]\n")],
        fails=["layer_output"], hint="has braces but no f before its quotes",
        about="layer_output keys its outputs with 'idx{idx}', a plain string without the f prefix",
    ),
    bug(
        "h17b_layer_rows_shared_arrays", "neuron",
        [(N_LAYER, "    rows = [np.zeros(len(inputs))] * len(weights)\n"
                   "    for j, w in enumerate(weights):\n"
                   "        rows[j][:] = [x * wi for x, wi in zip(inputs, w)]\n"
                   "    return [float(sum(r)) + b for r, b in zip(rows, biases)]\n")],
        fails=["layer_output"], hint="repeats one inner list with *",
        about="layer_output's rows are one array repeated by *, so every row is the last one written",
    ),
    bug(
        "h17b_count_index_of_next", "neuron",
        [(N_COUNT, "    total = 0\n    for a in sizes[:-1]:\n        b = sizes[sizes.index(a) + 1]\n"
                   "        total += a * b + b\n    return total\n")],
        fails=["count_parameters"], hint="list.index gives the position of the FIRST layer",
        about="count_parameters finds each layer's successor with list.index",
    ),
    bug(
        "h17b_count_running_total_as_width", "neuron",
        [(N_COUNT, "    total = sizes[0]\n    for b in sizes[1:]:\n        total = total * b + b\n    return total\n")],
        fails=["count_parameters"], hint="feeds its running total back in as a width",
        about="count_parameters multiplies its running total by the next width",
    ),
    alternative(
        "h17b_relu_mask_assigned_and_read", "activations",
        [(A_RELU, "    z = np.asarray(z, dtype=float)\n    out = np.zeros_like(z)\n    out[z > 0] = z[z > 0]\n    return out\n")],
        about="relu fills a zero array through a boolean mask, reading z through the same mask: right",
    ),
    alternative(
        "h17b_relud_table_with_int_index", "activations",
        [(A_RELUD, "    slopes = np.array([0.0, 1.0])\n    return slopes[(np.asarray(z) > 0).astype(int)]\n")],
        about="relu_derivative looks its slopes up with the mask made whole numbers: right",
    ),
    alternative(
        "h17b_feedforward_sum_axis_zero_and_tensordot", "neuron",
        [(N_TOTAL, "        total = np.sum(self.weights * np.asarray(inputs), axis=0) + "
                   "0.0 * np.tensordot(self.weights, inputs, axes=1) + self.bias\n")],
        about="Neuron.feedforward sums along axis 0 of a 1-D product, and a tensordot with axes=1: right",
    ),
    alternative(
        "h17b_tiny_dict_values", "neuron",
        [(N_TINY_FF, "        outs = {'h1': self.h1.feedforward(x), 'h2': self.h2.feedforward(x)}\n"
                     "        return self.o1.feedforward(list(outs.values()))\n")],
        about="TinyNetwork keeps the hidden outputs in a dict and hands o1 its values: right",
    ),
    alternative(
        "h17b_layer_fresh_rows_and_f_keys", "neuron",
        [(N_LAYER, "    rows = [[0.0] * len(inputs) for _ in weights]\n    named = {}\n"
                   "    for j, w in enumerate(weights):\n        for i, x in enumerate(inputs):\n"
                   "            rows[j][i] = x * w[i]\n        named[f'n{j}'] = sum(rows[j]) + biases[j]\n"
                   "    return list(named.values())\n")],
        about="layer_output builds a fresh row per neuron and keys its outputs with an f-string: right",
    ),
    bug(
        "h17b_feedforward_np_sum_axis_positional", "neuron",
        [(N_TOTAL, "        total = np.sum(np.multiply(self.weights, inputs), 1) + self.bias\n")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"], hint="adds along axis 1, but one sample",
        about="Neuron.feedforward gives np.sum the axis 1 by position, on one sample's 1-D product",
    ),
    bug(
        "h17b_relu_floor_sized_by_len", "activations",
        [(A_RELU, "    z = np.asarray(z, dtype=float)\n    return np.fmax(z, np.full(len(z), 0.0))\n")],
        fails=["relu_values"],
        hint="asks for len(z)",
        crashes=True,
        about="relu compares z with a floor of zeros made len(z) long: a single number has no length",
    ),
]
