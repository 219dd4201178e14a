"""Corpus cases for the activations and neuron classes the tenth held-out corpus showed after its blind
run: a derivative that writes into the caller's array; a layer whose list holds NumPy numbers, or that returns a lazy map; a
piecewise slope with its two sides swapped, or wrong at z = 0 alone; a formula of z where ReLU's step
belongs; a slope off by one constant factor (the chain rule's inner factor); another NumPy function in
tanh's place; a method returned without being called; each neuron of a layer given another neuron's
bias, or a short formula of its own sum, bias and sizes; a parameter count that is another short formula of the weights, biases and pairs; and a neuron
whose sum is another short formula of its terms. Our own spellings (not heldout10's), with their exact
expected outcomes (``mutations.py``).
"""

from corpus.mutations import bug

DTANH = "    return 1.0 - tanh(z) ** 2"
DSIG = "    s = sigmoid(z)\n    return s * (1.0 - s)"
DRELU = "    return (np.asarray(z) > 0).astype(float)"
DLEAKY = "    return np.where(z > 0, 1.0, alpha)"
TANH = "    return np.tanh(np.asarray(z, dtype=float))"
TOTAL = "        total = np.dot(self.weights, inputs) + self.bias"
RETURN = "        return float(_sigmoid(total))"
LOOP = "    for neuron_weights, bias in zip(weights, biases):"
LAYER_SUM = "        total = sum(x * w for x, w in zip(inputs, neuron_weights))"
COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"

CASES = [
    bug("act_tanh_slope_computed_in_the_callers_array", "activations",
        [(DTANH, "    t = np.asarray(z, dtype=float)\n    np.tanh(t, out=t)\n    return 1.0 - t * t")],
        fails=["tanh_derivative"], hint="changed the caller's data",
        about="tanh_derivative takes tanh into the caller's own float array (out=), then squares it"),
    bug("act_relu_slope_sides_swapped", "activations",
        [(DRELU, "    return (np.asarray(z) <= 0).astype(float)")],
        fails=["relu_derivative"], hint="The two sides are swapped",
        about="relu_derivative is 1 where z <= 0 and 0 where z > 0: the comparison turned round"),
    bug("act_leaky_slope_select_default_zero", "activations",
        [(DLEAKY, "    return np.select([z > 0, z < 0], [1.0, alpha])")],
        fails=["leaky_relu_derivative"], hint="Only z = 0 itself is wrong",
        about="leaky_relu_derivative by np.select with two conditions: its default, 0, is taken at z = 0"),
    bug("act_leaky_slope_heaviside_half_at_zero", "activations",
        [(DLEAKY, "    return alpha + (1.0 - alpha) * np.heaviside(z, 0.5)")],
        fails=["leaky_relu_derivative"], hint="gives 0.65 at z = 0 (the spec's is alpha)",
        about="leaky_relu_derivative built on np.heaviside(z, 0.5): halfway between the slopes at z = 0"),
    bug("act_relu_slope_relu_capped_at_one", "activations",
        [(DRELU, "    return np.minimum(relu(z), 1.0)")],
        fails=["relu_derivative"], hint="where the spec asks for a step",
        about="relu_derivative as relu(z) capped at 1: small positive inputs get z, not 1"),
    bug("act_sigmoid_slope_tanh_identity_inner_half_lost", "activations",
        [(DSIG, "    t = np.tanh(np.asarray(z, dtype=float) / 2.0)\n    return 0.5 * (1.0 - t * t)")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"], hint="is exactly 2 times the right value",
        about="sigmoid_derivative from sigmoid(z) = (1 + tanh(z / 2)) / 2 without the chain rule's inner 1/2"),
    bug("act_tanh_as_arctan", "activations", [(TANH, "    return np.arctan(np.asarray(z, dtype=float))")],
        fails=["tanh_values", "tanh_on_large_inputs", "tanh_derivative", "derivatives_on_large_inputs"],
        hint="np.arctan(z)", about="tanh calls np.arctan, the inverse tangent"),
    bug("neuron_feedforward_item_not_called", "neuron", [(RETURN, "        return _sigmoid(total).item")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"], hint="named without brackets is not called",
        about="Neuron.feedforward returns the .item method of its answer, not what calling it gives"),
    bug("neuron_layer_numpy_products_summed", "neuron",
        [(LAYER_SUM, "        total = np.sum(np.multiply(inputs, neuron_weights))")],
        fails=["layer_output"], hint="the list holds NumPy numbers",
        about="layer_output sums each neuron's products with NumPy, so its list holds np.float64"),
    bug("neuron_layer_returns_a_map", "neuron",
        [("    return outputs", "    return map(float, outputs)")],
        fails=["layer_output"], hint="returns a map object",
        about="layer_output hands back map(float, outputs), a lazy map where a list belongs"),
    bug("neuron_layer_biases_reversed", "neuron", [(LOOP, "    for neuron_weights, bias in zip(weights, reversed(biases)):")],
        fails=["layer_output"], hint="the biases were taken in reverse order",
        about="layer_output pairs the rows of weights with the biases in reverse order"),
    bug("neuron_layer_bias_added_twice", "neuron",
        [("        outputs.append(total + bias)", "        outputs.append(total + bias + bias)")],
        fails=["layer_output"], hint="is d + 2 * b, for every neuron",
        about="layer_output adds each neuron's bias twice (on two inputs that looks like a bias per input)"),
    bug("neuron_layer_products_averaged", "neuron",
        [(LAYER_SUM, "        total = sum(x * w for x, w in zip(inputs, neuron_weights)) / len(neuron_weights)")],
        fails=["layer_output"], hint="is b + d / n",
        about="layer_output averages each neuron's products where it adds them up"),
    bug("neuron_count_weights_counted_twice", "neuron", [(COUNT, "    return sum(2 * a * b + b for a, b in zip(sizes, sizes[1:]))")],
        fails=["count_parameters"], hint="2 * W",
        about="count_parameters counts every weight twice, once each way, and the biases once"),
    bug("neuron_count_returns_in_the_loop", "neuron",
        [(COUNT, "    for a, b in zip(sizes, sizes[1:]):\n        return a * b + b\n    return 0")],
        fails=["count_parameters"], hint="sits in the loop's body, indented one level too deep",
        about="count_parameters returns inside its loop, so only the first pair of layers is counted"),
    bug("neuron_feedforward_first_input_skipped", "neuron",
        [(TOTAL, "        total = np.dot(self.weights[1:], np.asarray(inputs, dtype=float)[1:]) + self.bias")],
        fails=["neuron_feedforward", "tiny_network"], hint="the first input's term alone",
        about="Neuron.feedforward leaves the first weight and input out of its weighted sum"),
    # a function handed back uncalled, named by compare wherever numbers are expected (not only in Neuron)
    bug("act_tanh_returns_the_ufunc", "activations", [(TANH, "    return np.tanh")],
        fails=["tanh_values", "tanh_on_large_inputs", "tanh_derivative", "derivatives_on_large_inputs"],
        hint="a function itself, not the value it gives", crashes=True,
        about="tanh returns NumPy's tanh itself, not called on z"),
    bug("loss_mse_returns_np_mean_uncalled", "loss",
        [("    return float(np.mean((y_true - y_pred) ** 2))", "    return np.mean")],
        fails=["mse_values", "mse_column_against_flat"], hint="a function itself, not the value it gives",
        about="mse_loss returns np.mean itself, not the mean of the squared differences"),
]
