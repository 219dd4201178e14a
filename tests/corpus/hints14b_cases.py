"""Corpus cases for the activations and neuron classes of inputs a check did not try (hints14b), in our
own spellings, with their exact expected outcomes (``mutations.py``): a branch of its own for single
numbers (an int, a number below 0, the kink at 0 as a number, a large number that math.exp refuses), a
slope multiplied by alpha as a whole (a factor equal to the alpha given), a Neuron whose feedforward
changes the neuron itself or the caller's input array, a layer whose bias is added twice or once per
input (told apart by a layer of three inputs), and a count of parameters that changes the caller's
list of sizes or takes only a list (a tuple is a sequence of int too). Alternatives: correct code
that takes each of those paths.
"""

from corpus.mutations import alternative, bug

SIG = ("    z = np.asarray(z, dtype=float)\n    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
       "    return np.where(z >= 0, 1.0, e) / (1.0 + e)")
RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)"
DRELU = "    return (np.asarray(z) > 0).astype(float)"
LEAKY = ("    z = np.asarray(z, dtype=float)\n    # positive part plus alpha times the negative part: one of them is 0\n"
         "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)")
DSIG = "    s = sigmoid(z)\n    return s * (1.0 - s)"
DLEAKY = "    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, 1.0, alpha)"
TOTAL = "        total = np.dot(self.weights, inputs) + self.bias"
LAYER_SUM = "        total = sum(x * w for x, w in zip(inputs, neuron_weights))"
COUNT = "    sizes = [int(n) for n in layer_sizes]\n    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"
NUMBER_ALONE = "but wrong for the number"
FEEDFORWARD_TWICE = ["neuron_feedforward", "tiny_network"]

CASES = [
    bug("h14b_sigmoid_math_exp_for_numbers", "activations",
        [(SIG, "    if isinstance(z, (int, float)):\n        import math\n        return 1.0 / (1.0 + math.exp(-z))\n" + SIG)],
        fails=["sigmoid_is_stable"], hint="not on one large number alone",
        about="sigmoid sends Python numbers to math.exp, which raises OverflowError for z = -1000"),
    bug("h14b_relu_number_branch_int_zero", "activations",
        [(RELU, "    if isinstance(z, (int, float)):\n        return max(0, z)\n" + RELU)],
        fails=["relu_values"], hint=NUMBER_ALONE,
        about="relu gives numbers max(0, z), so a negative number comes back as the int 0"),
    bug("h14b_relu_slope_number_branch_at_zero", "activations",
        [(DRELU, "    if np.isscalar(z):\n        return 1.0 if z >= 0 else 0.0\n" + DRELU)],
        fails=["relu_derivative"], hint=NUMBER_ALONE,
        about="relu_derivative's branch for numbers takes the slope 1 at exactly 0"),
    bug("h14b_leaky_number_branch_alpha_itself", "activations",
        [(LEAKY, "    if isinstance(z, (int, float)):\n        return z if z > 0 else alpha\n" + LEAKY)],
        fails=["leaky_relu"], hint=NUMBER_ALONE,
        about="leaky_relu's branch for numbers returns alpha itself below 0 (arrays are right)"),
    bug("h14b_relu_int_number_keeps_int", "activations",
        [(RELU, "    if isinstance(z, np.ndarray):\n        return np.maximum(z.astype(float), 0.0)\n"
                "    return np.maximum(z, 0)")],
        fails=["relu_values"], hint=NUMBER_ALONE,
        about="relu converts arrays to floats but not numbers, so an int gives a NumPy int"),
    bug("h14b_relu_number_made_an_array", "activations",
        [(RELU, "    return np.maximum(np.atleast_1d(np.asarray(z, dtype=float)), 0.0)")],
        fails=["relu_values"], hint="shape (1,), for the single number",
        about="relu makes its input at least 1-D, so a number comes back as an array of one value"),
    bug("h14b_sigmoid_slope_rounds_numbers", "activations",
        [(DSIG, "    s = sigmoid(z)\n    if np.ndim(z) == 0:\n        return round(float(s * (1.0 - s)), 4)\n"
                "    return s * (1.0 - s)")],
        fails=["sigmoid_derivative"], hint=NUMBER_ALONE,
        about="sigmoid_derivative rounds the slope of a single number to 4 decimals for display"),
    bug("h14b_leaky_slope_times_alpha", "activations",
        [(DLEAKY, "    z = np.asarray(z, dtype=float)\n    return alpha * np.where(z > 0, 1.0, alpha)")],
        fails=["leaky_relu_derivative"], hint="is the alpha given",
        about="leaky_relu_derivative multiplies the whole step by alpha"),
    bug("h14b_neuron_weights_overwritten", "neuron",
        [(TOTAL, "        self.weights = self.weights * np.asarray(inputs, dtype=float)\n"
                 "        total = np.sum(self.weights) + self.bias")],
        fails=FEEDFORWARD_TWICE, hint="when feedforward is asked again with the same input",
        also={"tiny_network": "fix Neuron first"},
        about="feedforward stores the products in self.weights, so a second call weighs with them"),
    bug("h14b_neuron_bias_accumulates", "neuron",
        [(TOTAL, "        self.bias += np.dot(self.weights, inputs)\n        total = self.bias")],
        fails=FEEDFORWARD_TWICE, hint="changes the object itself",
        about="feedforward adds the weighted sum into self.bias and uses that as the total"),
    bug("h14b_neuron_inputs_scaled_in_place", "neuron",
        [(TOTAL, "        x = np.asarray(inputs, dtype=float)\n        x *= self.weights\n        total = x.sum() + self.bias")],
        fails=FEEDFORWARD_TWICE, hint="changed the caller's input x",
        also={"tiny_network": "h2 reads what h1 left in it"},
        about="feedforward multiplies the caller's float array by the weights in place"),
    bug("h14b_layer_bias_per_input_three_inputs", "neuron",
        [(LAYER_SUM, "        total = sum(x * w + bias for x, w in zip(inputs, neuron_weights))"),
         ("        outputs.append(total + bias)", "        outputs.append(total)")],
        fails=["layer_output"], hint="The bias is added once per input, inside the sum",
        about="layer_output adds the bias inside the sum, once per input (a layer of three inputs tells it from twice)"),
    bug("h14b_count_pops_the_callers_list", "neuron",
        [(COUNT, "    total = 0\n    previous = layer_sizes.pop(0) if layer_sizes else 0\n    for n in layer_sizes:\n"
                 "        total += previous * n + n\n        previous = n\n    return total")],
        fails=["count_parameters", "count_parameters_takes_a_tuple"], hint="changed the caller's list of sizes",
        about="count_parameters pops the input layer off the caller's list"),
    bug("h14b_count_list_only", "neuron",
        [(COUNT, "    sizes = layer_sizes + []\n    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))")],
        fails=["count_parameters_takes_a_tuple"], hint="not the same sizes as a tuple",
        about="count_parameters copies the sizes with + [], which a tuple refuses"),
    bug("h14b_relu6", "activations", [(RELU, "    return np.clip(np.asarray(z, dtype=float), 0.0, 6.0)")],
        fails=["relu_values"], hint="cut off at a bound: wherever the right value is above 6",
        about="relu clipped to [0, 6], ReLU6 from another tutorial (no input above 6 was tried before)"),
    bug("h14b_leaky_times_alpha", "activations",
        [(LEAKY, "    z = np.asarray(z, dtype=float)\n    return alpha * (np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0))")],
        fails=["leaky_relu"], hint="is the alpha given",
        about="leaky_relu multiplies its whole answer by alpha once more"),
    bug("h14b_neuron_weights_made_ints", "neuron",
        [("        self.weights = np.array(weights, dtype=float)", "        self.weights = np.array(weights, dtype=int)")],
        fails=FEEDFORWARD_TWICE, hint="makes its weights whole numbers",
        about="Neuron stores its weights as an int array (the lesson's [0, 1] still works)"),
    bug("h14b_neuron_bias_made_int", "neuron", [("        self.bias = float(bias)", "        self.bias = int(bias)")],
        fails=FEEDFORWARD_TWICE, hint="makes its bias a whole number",
        about="Neuron stores int(bias): a bias of 0.433 becomes 0, which one case alone reads as no bias"),
    alternative("h14b_relu_number_branch_float", "activations",
                [(RELU, "    if isinstance(z, (int, float)):\n        return float(max(0.0, z))\n" + RELU)],
                about="relu gives numbers float(max(0.0, z))"),
    alternative("h14b_sigmoid_math_for_numbers_stable", "activations",
                [(SIG, "    if isinstance(z, (int, float)):\n        import math\n        if z >= 0:\n"
                       "            return 1.0 / (1.0 + math.exp(-z))\n        return math.exp(z) / (1.0 + math.exp(z))\n" + SIG)],
                about="sigmoid computes numbers with math.exp, in the two-branch stable form"),
    alternative("h14b_leaky_slope_number_branch", "activations",
                [(DLEAKY, "    if isinstance(z, (int, float)):\n        return 1.0 if z > 0 else float(alpha)\n" + DLEAKY)],
                about="leaky_relu_derivative's own branch for numbers, right at 0"),
    alternative("h14b_neuron_keeps_last_output", "neuron",
                [("        return float(_sigmoid(total))", "        self.last_output = float(_sigmoid(total))\n"
                                                            "        return self.last_output")],
                about="feedforward keeps its last output in an attribute (the weights and bias stay)"),
    alternative("h14b_neuron_scales_a_copy", "neuron",
                [(TOTAL, "        x = np.array(inputs, dtype=float)\n        x *= self.weights\n        total = x.sum() + self.bias")],
                about="feedforward multiplies a copy of the inputs in place"),
    alternative("h14b_count_pops_a_copy", "neuron",
                [(COUNT, "    sizes = list(layer_sizes)\n    total = 0\n    previous = sizes.pop(0) if sizes else 0\n"
                         "    for n in sizes:\n        total += previous * n + n\n        previous = n\n    return total")],
                about="count_parameters pops from its own copy of the sizes"),
]
