"""Corpus cases for the classes of activations and neuron the twentieth held-out corpus showed after its blind run, in
our own spellings, with their exact expected outcomes (``mutations.py``): a sigmoid whose two strict masks (0 < z,
z < 0) leave z = 0 at its starting value, np.less given dtype= in a slope, tanh's slope from 2 * sigmoid(2z) - 1
without the outer factor, tanh taken of the slope form 1 - z * z, softmax's scores divided by their largest size,
softmax divided by a running total (np.add.accumulate), an alpha kept in a global from the first call; a Neuron
that scales its inputs by their largest size, adds each weight to its input (np.add), or multiplies its bias by the
last input; a layer_output that starts at neuron 1 or starts sum() at the whole bias list; a count returned as text.
After the review: tanh as np.cosh (read again on small inputs when it overflows), a Neuron that takes the largest
product (np.max) for the sum, a bias folded in with np.concatenate beside the input 0, and a layer_output that appends
to the caller's inputs list.
"""

from corpus.mutations import bug

A_SIG = ("    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
         "    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n")
A_TANHD = "    return 1.0 - tanh(z) ** 2\n"
A_SOFT = ("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
          "    return exps / np.sum(exps, axis=-1, keepdims=True)\n")
N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias\n"
N_LAYER = (
    "    outputs = []\n"
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)\n"
)
FEEDFORWARD_WRONG = ["neuron_feedforward", "tiny_network", "neuron_accepts_lists"]
COUNT_WRONG = ["count_parameters", "count_parameters_gives_a_python_int", "count_parameters_of_no_layers",
               "count_parameters_takes_a_tuple"]
TANH_SLOPE_WRONG = ["tanh_derivative", "derivatives_on_large_inputs"]
SOFTMAX_WRONG = ["softmax", "softmax_is_stable"]

CASES = [
    # ------------------------------------------------------------------ activations
    bug(
        "h20b_act_sigmoid_strict_masks_start_at_one", "activations",
        [(A_SIG, "    out = np.ones_like(z)\n    up, down = 0 < z, z < 0\n"
                 "    out[up] = 1.0 / (1.0 + np.exp(-z[up]))\n"
                 "    out[down] = np.exp(z[down]) / (1.0 + np.exp(z[down]))\n    return out\n")],
        fails=["sigmoid_values", "sigmoid_is_stable"],
        hint="except z = 0 exactly",
        about="sigmoid fills a ones array through two strict masks: z = 0 keeps its 1",
    ),
    bug(
        "h20b_act_relu_derivative_less_dtype", "activations",
        [("    return (np.asarray(z) > 0).astype(float)\n", "    return np.less(0, np.asarray(z), dtype=np.float64)\n")],
        fails=["relu_derivative"],
        hint="dtype= is given to a comparison",
        crashes=True,
        about="relu_derivative asks np.less for float results with dtype=: no such loop, a TypeError",
    ),
    bug(
        "h20b_act_tanh_derivative_no_outer_two", "activations",
        [(A_TANHD, "    return 2.0 * sigmoid_derivative(2.0 * z)\n")],
        fails=TANH_SLOPE_WRONG,
        hint="2 * sigmoid_derivative(2 * z)",
        about="tanh_derivative from tanh = 2 sigmoid(2z) - 1 with the chain rule's inner 2 but not the outer one",
    ),
    bug(
        "h20b_act_tanh_derivative_tanh_of_form", "activations",
        [(A_TANHD, "    z = np.asarray(z, dtype=float)\n    return np.tanh(1.0 - z * z)\n")],
        fails=TANH_SLOPE_WRONG,
        hint="gives tanh(1 - z ** 2)",
        about="tanh_derivative is tanh taken of 1 - z * z, the slope form written with z",
    ),
    bug(
        "h20b_act_softmax_scores_over_largest_size", "activations",
        [(A_SOFT, "    exps = np.exp(z / np.abs(z).max(axis=-1, keepdims=True))\n"
                  "    return exps / np.sum(exps, axis=-1, keepdims=True)\n")],
        fails=SOFTMAX_WRONG,
        hint="divided by the largest |score|",
        about="softmax divides the scores by their largest absolute value instead of subtracting the maximum",
    ),
    bug(
        "h20b_act_softmax_accumulated_total", "activations",
        [(A_SOFT, "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
                  "    return exps / np.add.accumulate(exps, axis=-1)\n")],
        fails=SOFTMAX_WRONG,
        hint="by a running total",
        also={"softmax_is_stable": "by a running total"},
        about="softmax divides by np.add.accumulate, a running sum, not the slice's total",
    ),
    bug(
        "h20b_act_leaky_alpha_in_a_global", "activations",
        [("def leaky_relu(z, alpha=0.1):\n", "_ALPHA = None\n\n\ndef leaky_relu(z, alpha=0.1):\n"),
         ("    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)\n",
          "    global _ALPHA\n    if _ALPHA is None:\n        _ALPHA = alpha\n"
          "    return np.maximum(z, 0.0) + _ALPHA * np.minimum(z, 0.0)\n")],
        fails=["leaky_relu"],
        hint="answers differently after other calls",
        about="leaky_relu keeps the first alpha it was given in a global and uses it ever after",
    ),
    # ------------------------------------------------------------------ neuron
    bug(
        "h20b_neuron_inputs_over_largest_size", "neuron",
        [(N_TOTAL, "        inputs = np.asarray(inputs, dtype=float)\n        inputs = inputs / np.max(np.abs(inputs))\n"
                   + N_TOTAL)],
        fails=FEEDFORWARD_WRONG,
        hint="divides the inputs by their largest size",
        about="Neuron.feedforward scales the inputs by their largest absolute value first",
    ),
    bug(
        "h20b_neuron_weights_added_to_inputs", "neuron",
        [(N_TOTAL, "        total = np.sum(np.add(self.weights, inputs)) + self.bias\n")],
        fails=FEEDFORWARD_WRONG,
        hint="adds each weight to its input",
        about="Neuron.feedforward adds each weight to its input (np.add) and sums those",
    ),
    bug(
        "h20b_neuron_bias_times_last_input", "neuron",
        [(N_TOTAL, "        total = np.dot(self.weights, inputs) + inputs[-1] * self.bias\n")],
        fails=FEEDFORWARD_WRONG,
        hint="multiplies the bias by the last input",
        about="Neuron.feedforward multiplies the bias by the last input",
    ),
    bug(
        "h20b_neuron_layer_starts_at_one", "neuron",
        [(N_LAYER, "    outputs = []\n    for j in range(1, len(weights)):\n"
                   "        total = sum(x * w for x, w in zip(inputs, weights[j]))\n"
                   "        outputs.append(total + biases[j])\n")],
        fails=["layer_output"],
        hint="the first neuron is never computed",
        about="layer_output's loop over the neurons starts at 1: the first neuron is left out",
    ),
    bug(
        "h20b_neuron_layer_sum_start_keyword_list", "neuron",
        [(N_LAYER, "    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n"
                   "        outputs.append(sum([x * w for x, w in zip(inputs, neuron_weights)], start=biases))\n")],
        fails=["layer_output"],
        hint="sum() is given biases, the whole list",
        about="layer_output starts sum() at start=biases, the whole list, not the neuron's bias",
    ),
    bug(
        "h20b_neuron_count_as_text", "neuron",
        [("    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n",
          "    return f\"total: {sum(a * b + b for a, b in zip(sizes, sizes[1:]))}\"\n")],
        fails=COUNT_WRONG,
        hint="returns text, a str",
        about="count_parameters returns the count inside a sentence, a str",
    ),
    bug(
        "h20b_act_tanh_is_cosh", "activations",
        [("    return np.tanh(np.asarray(z, dtype=float))\n", "    return np.cosh(np.asarray(z, dtype=float))\n")],
        fails=["tanh_values", "tanh_on_large_inputs", "tanh_derivative", "derivatives_on_large_inputs"],
        hint="np.cosh(z), the hyperbolic cosine",
        also={"tanh_on_large_inputs": "np.cosh(z), the hyperbolic cosine"},
        about="tanh written with np.cosh, which overflows to inf on large inputs",
    ),
    bug(
        "h20b_neuron_largest_product", "neuron",
        [(N_TOTAL, "        total = np.max(self.weights * np.asarray(inputs, dtype=float)) + self.bias\n")],
        fails=["neuron_feedforward", "tiny_network"],
        hint="takes the largest of the products",
        about="Neuron.feedforward takes the largest product where the products are added",
    ),
    bug(
        "h20b_neuron_bias_folded_beside_zero", "neuron",
        [(N_TOTAL, "        total = np.dot(np.concatenate([self.weights, [self.bias]]),\n"
                   "                       np.concatenate([np.asarray(inputs, dtype=float), [0]]))\n")],
        fails=FEEDFORWARD_WRONG,
        hint="Your bias counts for nothing",
        about="Neuron.feedforward folds the bias in as a weight with np.concatenate, beside the input 0",
    ),
    bug(
        "h20b_neuron_layer_appends_to_inputs", "neuron",
        [(N_LAYER, "    outputs = []\n    inputs.append(0.0)\n    for neuron_weights, bias in zip(weights, biases):\n"
                   "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
                   "        outputs.append(total + bias)\n")],
        fails=["layer_output"],
        hint=".append() changes the list it is called on",
        about="layer_output appends a 0 to the caller's inputs list (zip stops at the weights, so the values are right)",
    ),
]
