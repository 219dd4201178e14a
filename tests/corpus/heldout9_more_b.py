"""Corpus cases for the activations and neuron classes the ninth held-out corpus showed unnamed after
its blind run: sigmoid's z scaled on the way in, a ReLU slope computed by dividing by z (nan at 0),
alpha added on both sides of leaky ReLU and of its slope, softmax divided by something else than its
slices' sums, a neuron that multiplies the sum of the weights by the sum of the inputs, turns its
inputs into whole numbers, takes the sigmoid of its inputs or another activation than the sigmoid, a
layer that pairs every input with every weight or reads only its first inputs, and parameter counts
with only the output layer's biases or the product of all the widths. Our own spellings (not
heldout9's), with their exact expected outcomes (``mutations.py``).
"""

from corpus.mutations import bug

SIGMOID = "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
SOFTMAX = "    return exps / np.sum(exps, axis=-1, keepdims=True)"
TOTAL = "        total = np.dot(self.weights, inputs) + self.bias\n"
RETURN = "        return float(_sigmoid(total))"
LAYER_SUM = "        total = sum(x * w for x, w in zip(inputs, neuron_weights))"
COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"

CASES = [
    bug("act_sigmoid_z_doubled_in_stable_form", "activations", [(SIGMOID, "    z = z + z\n" + SIGMOID)],
        fails=["sigmoid_values", "sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="equals sigmoid(2z)", about="sigmoid's stable form with z doubled first: sigmoid(2z)"),
    bug("act_relu_slope_as_a_ratio", "activations",
        [("    return (np.asarray(z) > 0).astype(float)", "    z = np.asarray(z, dtype=float)\n    return (np.abs(z) + z) / (2 * z)")],
        fails=["relu_derivative"], hint="which is what 0 / 0 gives",
        about="relu_derivative as (|z| + z) / (2z): right except at z = 0, where 0 / 0 is nan"),
    bug("act_leaky_alpha_on_all_of_z", "activations",
        [("    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)", "    return np.where(z > 0, z, 0.0) + alpha * z")],
        fails=["leaky_relu"], hint="alpha * z is added on both sides of 0",
        about="leaky_relu adds alpha * z to relu(z) on both sides: (1 + alpha) * z where z > 0"),
    bug("act_leaky_slope_alpha_on_both_sides", "activations",
        [("    return np.where(z > 0, 1.0, alpha)", "    return alpha + np.where(z > 0, 1.0, 0.0)")],
        fails=["leaky_relu_derivative"], hint="alpha is added on both sides of 0",
        about="leaky_relu_derivative adds alpha to relu's slope: 1 + alpha where z > 0"),
    bug("act_softmax_divided_by_the_count", "activations",
        [(SOFTMAX, "    return exps / z.shape[-1]")],
        fails=["softmax", "softmax_is_stable"], hint="divided by something other than their own slice's sum",
        about="softmax divides the shifted exponentials by the slice's length, not their sum"),
    bug("neuron_sum_of_the_outer_product", "neuron",
        [(TOTAL, "        total = np.outer(self.weights, inputs).sum() + self.bias\n")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="multiplies the sum of the weights by the sum of the inputs",
        about="feedforward sums the outer product of the weights and the inputs: sum(w) * sum(x)"),
    bug("neuron_inputs_astype_int", "neuron",
        [(TOTAL, "        total = np.dot(self.weights, np.asarray(inputs).astype(int)) + self.bias\n")],
        fails=["neuron_feedforward", "tiny_network"], hint="turns its inputs into whole numbers",
        about="feedforward converts the inputs with astype(int), cutting off their decimals"),
    bug("neuron_sigmoid_per_input", "neuron",
        [(TOTAL + RETURN, "        total = sum(w * _sigmoid(v) for w, v in zip(self.weights, inputs)) + self.bias\n"
                          "        return float(total)")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="takes the sigmoid of each input before weighing it",
        about="feedforward weighs the sigmoid of each input and returns that sum plus the bias, with no sigmoid of it"),
    bug("neuron_tanh_activation", "neuron", [(RETURN, "        return float(np.tanh(total))")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"], hint="tanh(z), a tanh",
        about="feedforward returns tanh of the weighted sum plus the bias, not its sigmoid"),
    bug("neuron_layer_sums_multiplied", "neuron",
        [(LAYER_SUM, "        total = sum(inputs) * sum(neuron_weights)")],
        fails=["layer_output"], hint="the sum of the inputs times the sum of its weights",
        about="layer_output multiplies the sum of the inputs by the sum of each neuron's weights"),
    bug("neuron_layer_last_input_dropped", "neuron",
        [(LAYER_SUM, "        total = sum(x * w for x, w in zip(inputs[:-1], neuron_weights))")],
        fails=["layer_output"], hint="reads only the first 1 of the 2 inputs",
        about="layer_output zips inputs[:-1] with the weights, so the last input is never read"),
    bug("neuron_count_biases_of_output_only", "neuron",
        [(COUNT, "    return sum(a * b for a, b in zip(sizes, sizes[1:])) + (sizes[-1] if len(sizes) > 1 else 0)")],
        fails=["count_parameters"], hint="only the output layer's are counted",
        about="count_parameters adds only the output layer's biases to the weights"),
    bug("neuron_count_weights_as_one_product", "neuron",
        [(COUNT, "    return int(np.prod(sizes)) + sum(sizes[1:])")],
        fails=["count_parameters", "count_parameters_of_no_layers"], hint="all the widths multiplied together",
        about="count_parameters counts the weights as the product of every width (1 for [1], and for [] too)"),
]
CASES += [
    bug("neuron_bias_input_appended", "neuron",
        [(TOTAL, "        total = np.dot(self.weights, np.append(inputs, 1.0)) + self.bias\n")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"], hint="one apart", crashes=True,
        about="feedforward appends a constant input 1 to the inputs, one entry more than the weights"),
]
