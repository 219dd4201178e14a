"""Corpus cases for classes of mistake the seventh held-out corpus found unnamed in gates,
perceptron, activations and neuron: each class in our own spelling (not heldout7's edit), with
its exact expected outcome; same helpers and rules as ``mutations.py``.
"""

from corpus.mutations import bug

N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias"
N_TINY_INIT = (
    "        self.h1 = Neuron(weights, bias)\n"
    "        self.h2 = Neuron(weights, bias)\n"
    "        self.o1 = Neuron(weights, bias)"
)
N_LAYER = (
    "    outputs = []\n"
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)\n"
    "    return outputs"
)
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"
NEURON_FF = ["neuron_feedforward", "tiny_network", "neuron_accepts_lists"]

NEURON = [
    bug("neuron_ff_sum_divided_by_count", "neuron",
        [(N_TOTAL, "        total = np.dot(self.weights, inputs) / len(inputs) + self.bias")],
        fails=NEURON_FF, hint="averages the products",
        about="the weighted sum divided by the number of inputs: a mean where a sum belongs"),
    bug("neuron_ff_bias_scales_sum", "neuron",
        [(N_TOTAL, "        total = self.bias * np.sum(self.weights * inputs)")],
        fails=NEURON_FF, hint="multiplies the weighted sum by the bias",
        about="the bias multiplies the weighted sum instead of being added to it"),
    bug("neuron_ff_weight_plus_input", "neuron",
        [(N_TOTAL, "        total = sum(w + x for w, x in zip(self.weights, inputs)) + self.bias")],
        fails=NEURON_FF, hint="adds each weight to its input",
        about="each weight added to its input instead of multiplied by it"),
    bug("neuron_tiny_output_weights_typed_in", "neuron",
        [(N_TINY_INIT, N_TINY_INIT.replace("self.o1 = Neuron(weights, bias)", "self.o1 = Neuron([0.5, 0.5], bias)"))],
        fails=["tiny_network"], hint="o1 is built with numbers written into the code",
        about="TinyNetwork's output neuron built with fixed weights, not the weights given"),
    bug("neuron_tiny_bias_first", "neuron",
        [(N_TINY_INIT, "        self.h1, self.h2, self.o1 = (Neuron(bias, weights) for _ in range(3))")],
        fails=["tiny_network"], hint="passes the two arguments in the other order",
        about="TinyNetwork builds its neurons with the bias first and the weights second"),
    bug("neuron_layer_biases_appended", "neuron",
        [(N_LAYER, N_LAYER.replace("outputs.append(total + bias)", "outputs.append(total)")
          .replace("    return outputs", "    return outputs + list(biases)"))],
        fails=["layer_output"], hint="joins them into one longer list",
        about="layer_output returns the sums list + the biases list, joined instead of added"),
    bug("neuron_layer_last_row_for_all", "neuron",
        [(N_LAYER, N_LAYER.replace("zip(inputs, neuron_weights)", "zip(inputs, weights[-1])"))],
        fails=["layer_output"], hint="the same row of weights, weights[-1]",
        about="every neuron weighs the inputs with the last neuron's row"),
    bug("neuron_count_last_layer_unbiased", "neuron",
        [(N_COUNT, "    weights = sum(a * b for a, b in zip(sizes, sizes[1:]))\n"
                   "    return weights + sum(sizes[1:len(sizes) - 1])")],
        fails=["count_parameters"], hint="the output layer's biases are missing",
        about="count_parameters counts biases for the hidden layers only"),
    bug("neuron_count_sizes_summed", "neuron",
        [(N_COUNT, "    return int(np.sum(sizes))")],
        fails=["count_parameters"], hint="the number of neurons, the layer sizes added up",
        about="count_parameters returns the number of neurons"),
]

A_SIG_DERIV = "    s = sigmoid(z)\n    return s * (1.0 - s)"
A_TANH_DERIV = "    return 1.0 - tanh(z) ** 2"
A_LEAKY = "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)"
A_RELU_DERIV = "    return (np.asarray(z) > 0).astype(float)"
A_SOFT_RETURN = "    return exps / np.sum(exps, axis=-1, keepdims=True)"

A_SIG_RETURN = "    return np.where(z >= 0, 1.0, e) / (1.0 + e)"

ACTIVATIONS = [
    bug("act_sigmoid_negative_side_lost", "activations",
        [(A_SIG_RETURN, "    return 1.0 / (1.0 + e)")],
        fails=["sigmoid_values", "sigmoid_is_stable"], hint="for negative z it gives values above 0.5",
        about="the stable sigmoid keeps only its z >= 0 branch, so it gives sigmoid(|z|)"),
    bug("act_sigmoid_slope_one_plus", "activations",
        [(A_SIG_DERIV, "    return sigmoid(z) * (sigmoid(z) + 1.0)")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"], hint="a plus where the minus belongs",
        about="sigmoid_derivative with 1 + s for 1 - s"),
    bug("act_tanh_slope_one_plus", "activations",
        [(A_TANH_DERIV, "    return 1.0 + tanh(z) ** 2")],
        fails=["tanh_derivative", "derivatives_on_large_inputs"], hint="a plus where the minus belongs",
        about="tanh_derivative with 1 + t**2 for 1 - t**2"),
    bug("act_tanh_slope_square_only", "activations",
        [(A_TANH_DERIV, "    t = tanh(z)\n    return t * t")],
        fails=["tanh_derivative", "derivatives_on_large_inputs"], hint="the \"1 -\" in front is missing",
        about="tanh_derivative returns the square of tanh without the 1 -"),
    bug("act_tanh_slope_of_z_squared", "activations",
        [(A_TANH_DERIV, "    return 1.0 - tanh(np.square(z))")],
        fails=["tanh_derivative", "derivatives_on_large_inputs"], hint="squares z before tanh",
        about="tanh_derivative takes tanh of z squared"),
    bug("act_leaky_left_side_positive", "activations",
        [(A_LEAKY, "    return np.where(z > 0, z, -alpha * z)")],
        fails=["leaky_relu"], hint="the negative side has its sign flipped",
        about="leaky_relu gives -alpha * z on the negative side"),
    bug("act_relu_slope_half_at_kink", "activations",
        [(A_RELU_DERIV, "    return 0.5 * np.sign(np.asarray(z, dtype=float)) + 0.5")],
        fails=["relu_derivative"], hint="At exactly z = 0 your slope is 0.5",
        about="relu_derivative gives 0.5 at z = 0, the average of the two sides"),
    bug("act_softmax_over_shifted_score_sum", "activations",
        [(A_SOFT_RETURN, "    shifted = z - np.max(z, axis=-1, keepdims=True)\n"
                         "    return exps / shifted.sum(axis=-1, keepdims=True)")],
        fails=["softmax", "softmax_is_stable"], hint="by the sum of the scores z",
        about="softmax divides the exponentials by the sum of the (shifted) scores"),
]

G_ARR = "        return (z >= 0.5).astype(int)"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"
G_RET = "    return threshold(z)\n    ### END SOLUTION"

GATES = [
    bug("gates_threshold_floors_array", "gates",
        [(G_ARR, "        return (np.floor(z) >= 0.5).astype(int)")],
        fails=["threshold_on_arrays", "xor_on_arrays"], hint="makes z a whole number before comparing it",
        about="threshold floors an array before comparing it with 0.5", also={"xor_on_arrays": "built on your threshold"}),
    bug("gates_perceptron_bias_taken_away", "gates",
        [(G_Z, "    z = w1 * np.asarray(x1) + w2 * np.asarray(x2) - w0")],
        fails=["perceptron_weighted_sum", "xor_truth_table", "xor_on_arrays"], hint="subtracts w0 from the weighted sum",
        about="perceptron subtracts w0 as if it were a threshold"),
    bug("gates_perceptron_returns_sum_and_output", "gates",
        [(G_RET, "    return z, threshold(z)\n    ### END SOLUTION")],
        fails=["perceptron_weighted_sum", "xor_truth_table", "xor_on_arrays"], hint="returns 2 values at once, a tuple",
        about="perceptron returns the weighted sum with its output", also={"xor_truth_table": "built on your perceptron"}),
]

P_CONVERT = "        X = np.asarray(X, dtype=float)\n        y = np.asarray(y, dtype=float)\n"
P_LOOPS = "        for _ in range(self.epochs):\n            for x_i, y_i in zip(X, y):\n"
P_LOOP = "            for x_i, y_i in zip(X, y):"
P_PREDICTION = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_UPDATE_LR = "                update = self.lr * (y_i - prediction)"
P_BIAS_UPDATE = "                self.bias = float(self.bias + update)"
P_FAILS = ["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"]
EVERY_FIT = ["fit_returns_self", "weights_after_fit", "predict_uses_step_at_zero", "learns_gate[AND]",
             "learns_gate[OR]", "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists",
             "fit_starts_afresh", "defaults_as_the_spec"]

PERCEPTRON = [
    bug("perceptron_error_of_the_sample_before", "perceptron",
        [("        self.bias = 0.0\n", "        self.bias = 0.0\n        last = 0\n"),
         (P_PREDICTION + "\n" + P_UPDATE_LR, "                update = self.lr * (y_i - last)"),
         (P_BIAS_UPDATE, P_BIAS_UPDATE + "\n                last = int(x_i @ self.weights + self.bias >= 0)")],
        fails=P_FAILS, hint="Your fit updates before it predicts",
        about="each update uses the prediction made, after its update, for the sample before"),
    bug("perceptron_zip_arguments_swapped", "perceptron",
        [(P_LOOP, "            for x_i, y_i in zip(y, X):")],
        fails=EVERY_FIT, hint="x_i held a single number, the NumPy number 0.0 (float64), where @ needs an array", crashes=True,
        about="zip(y, X) unpacked as x_i, y_i: the sample's name gets the label"),
    bug("perceptron_bias_kept_as_array", "perceptron",
        [("        self.bias = 0.0\n", "        self.bias = np.array([0.0])\n"),
         (P_BIAS_UPDATE, "                self.bias = self.bias + update")],
        fails=["weights_after_fit", "attribute_types", "fit_accepts_lists", "fit_starts_afresh", "defaults_as_the_spec"],
        hint="Your bias is an array holding one number",
        about="the bias starts as a one-element array and stays one"),
    bug("perceptron_bias_moves_against", "perceptron",
        [(P_BIAS_UPDATE, "                self.bias = float(self.bias) - update")],
        fails=P_FAILS, hint="Your bias moves against the update",
        about="the bias's update is subtracted while the weights' is added"),
    bug("perceptron_update_absolute_error", "perceptron",
        [(P_UPDATE_LR, "                update = self.lr * abs(y_i - prediction)")],
        fails=P_FAILS, hint="the error has lost its sign",
        about="the update uses the absolute error, which loses its direction"),
    bug("perceptron_features_scaled_per_column", "perceptron",
        [(P_CONVERT, P_CONVERT + "        X = X / np.abs(X).max(axis=0)\n")],
        fails=["weights_after_fit"], hint="rescaled first (each feature divided by its own largest absolute value)",
        about="fit divides each feature by its largest absolute value before learning"),
    bug("perceptron_features_scaled_in_place", "perceptron",
        [(P_CONVERT, P_CONVERT + "        X /= np.abs(X).max(axis=0)\n")],
        fails=["weights_after_fit", "fit_leaves_data_alone"], hint="each feature divided by its own largest",
        about="fit rescales each feature of the caller's float X in place before learning",
        also={"fit_leaves_data_alone": "changed the caller's data"}),
    bug("perceptron_label_name_reused", "perceptron",
        [(P_LOOP + "\n", "            for i in range(len(X)):\n                x_i, y = X[i], y[i]\n"),
         (P_UPDATE_LR, "                update = self.lr * (y - prediction)")],
        fails=EVERY_FIT, hint="used a single number where a list or an array belongs", crashes=True,
        about="fit assigns each label to y, the name of all the labels, so the next sample's y[i] fails"),
    bug("perceptron_epochs_inside_samples", "perceptron",
        [(P_LOOPS, "        for x_i, y_i in zip(X, y):\n            for epoch in range(self.epochs):\n")],
        fails=P_FAILS, hint="nested the other way round",
        about="fit learns every sample epochs times in a row, then the next"),
]

CASES = [*GATES, *PERCEPTRON, *NEURON, *ACTIVATIONS]
