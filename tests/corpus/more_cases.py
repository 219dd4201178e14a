"""More corpus cases (issue 13): one per class of mistake whose hint names it, beside ``mutations.py``.

Written as beginners write them, and on purpose not the held-out corpus's own edits
(``tests/heldout/``): each case is another instance of a class that the checks recognise by
what the mistake produces, so that a hint which fires only on one spelling would fail here.
Same helpers and same rules as ``mutations.py`` (see its docstring).
"""

from corpus.mutations import alternative, bug

PERCEPTRON = [
    bug(
        "perceptron_epochs_from_one", "perceptron",
        [("for _ in range(self.epochs):", "for epoch in range(1, self.epochs):")],
        fails=["weights_after_fit"],
        hint="one fewer than epochs=",
        about="fit counts the epochs from 1 to epochs - 1, one pass short",
    ),
    bug(
        "perceptron_epochs_inclusive", "perceptron",
        [("for _ in range(self.epochs):", "for epoch in range(self.epochs + 1):")],
        fails=["weights_after_fit"],
        hint="one more than epochs=",
        about="fit counts the epochs 0 to epochs inclusive, one pass too many",
    ),
    bug(
        "perceptron_starts_from_ones", "perceptron",
        [("self.weights = np.zeros(X.shape[1])", "self.weights = np.ones(X.shape[1])")],
        fails=["weights_after_fit"],
        hint="must start from weights = np.zeros(n_features)",
        about="fit starts from weights of ones instead of zeros",
    ),
    bug(
        "perceptron_update_without_lr", "perceptron",
        [("update = self.lr * (y_i - prediction)", "update = (y_i - prediction)")],
        fails=["weights_after_fit"],
        hint="leaves out the learning rate",
        about="the update is the error alone, without the learning rate",
    ),
    bug(
        "perceptron_predict_returns_a_mask", "perceptron",
        [("return (z >= 0).astype(int)", "return np.greater_equal(z, 0)")],
        fails=["predict_uses_step_at_zero"],
        hint=".astype(int)",
        about="predict returns the boolean mask of the comparison",
    ),
    bug(
        "perceptron_predict_at_one_half", "perceptron",
        [("return (z >= 0).astype(int)", "return np.where(z >= 0.5, 1, 0)")],
        fails=["predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]"],
        hint="steps at 0, not at 0.5",
        about="predict reuses the gates' threshold 0.5",
    ),
    bug(
        "perceptron_predict_with_if", "perceptron",
        [("return (z >= 0).astype(int)", "return 1 if z >= 0 else 0")],
        fails=["predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]"],
        hint="(z >= 0).astype(int)",
        about="predict decides with Python's if, as for one sample, on the array of all the sums",
    ),
    alternative(
        "perceptron_while_loop_and_zeros_like", "perceptron",
        [("        self.weights = np.zeros(X.shape[1])\n", "        self.weights = np.zeros_like(X[0])\n"),
         ("        for _ in range(self.epochs):\n", "        epoch = 0\n        while epoch < self.epochs:\n            epoch += 1\n")],
        about="fit starts from np.zeros_like(X[0]) and counts the epochs with a while loop",
    ),
]

ACTIVATIONS = [
    bug(
        "sigmoid_derivative_s_squared_minus_s", "activations",
        [("    return s * (1.0 - s)\n", "    return s**2 - s\n")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="The sign is flipped",
        about="sigmoid_derivative expanded as s**2 - s, the slope with its sign flipped",
    ),
    bug(
        "tanh_derivative_with_np_tanh_unsquared", "activations",
        [("    return 1.0 - tanh(z) ** 2\n", "    return 1.0 - np.tanh(z)\n")],
        fails=["tanh_derivative", "derivatives_on_large_inputs"],
        hint="tanh is not squared",
        about="tanh_derivative forgets the square, written with np.tanh",
        also={"derivatives_on_large_inputs": "tanh is not squared"},
    ),
    bug(
        "relu_with_python_max_zero_first", "activations",
        [("return np.maximum(np.asarray(z, dtype=float), 0.0)", "return max(0.0, z)")],
        fails=["relu_values"],
        hint="np.maximum(z, 0)",
        about="relu with Python's max(0.0, z), which works on one number and not on an array",
    ),
    bug(
        "relu_derivative_with_if", "activations",
        [("return (np.asarray(z) > 0).astype(float)", "return 1.0 if z > 0 else 0.0")],
        fails=["relu_derivative"],
        hint="not what this needs",
        about="relu_derivative decides with Python's if, which works on one number and not on an array",
    ),
    bug(
        "leaky_relu_derivative_copied_from_relu", "activations",
        [("return np.where(z > 0, 1.0, alpha)", "return (z > 0).astype(float)")],
        fails=["leaky_relu_derivative", "leaky_relu_default_alpha"],  # it ignores alpha: no default to judge
        hint="the slope is alpha, not 0",
        about="leaky_relu_derivative copied from relu_derivative: slope 0 on the left",
    ),
    bug(
        "leaky_relu_with_the_default_alpha_written_in", "activations",
        [("return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)", "return np.where(z > 0, z, 0.1 * z)")],
        fails=["leaky_relu"],
        hint="use the alpha argument",
        about="leaky_relu writes the default 0.1 in, so alpha=0.02 changes nothing",
    ),
    bug(
        "softmax_row_sums_without_keepdims", "activations",
        [("return exps / np.sum(exps, axis=-1, keepdims=True)", "return exps / exps.sum(axis=-1)")],
        fails=["softmax", "softmax_is_stable"],
        hint="keepdims=True",
        about="softmax divides by the row sums without keepdims, which fails for a matrix",
    ),
    bug(
        "leaky_relu_derivative_compares_a_list", "activations",
        [("    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, 1.0, alpha)", "    return np.where(z > 0, 1.0, alpha)")],
        fails=["functions_take_python_lists"],
        hint="np.asarray(z, dtype=float)",
        about="leaky_relu_derivative compares z with 0 as it came: right for a number or an array, a TypeError "
              "for a Python list",
    ),
    alternative(
        "relu_by_masking_and_leaky_slope_by_sums", "activations",
        [("return np.maximum(np.asarray(z, dtype=float), 0.0)", "z = np.asarray(z, dtype=float)\n    return z * (z > 0)"),
         ("return np.where(z > 0, 1.0, alpha)", "return 1.0 * (z > 0) + alpha * (z <= 0)")],
        about="relu as z times its mask, leaky_relu_derivative as a sum of two masks",
    ),
]

NEURON = [
    bug(
        "neuron_products_never_summed", "neuron",
        [("        total = np.dot(self.weights, inputs) + self.bias\n        return float(_sigmoid(total))",
          "        total = self.weights * np.asarray(inputs, dtype=float) + self.bias\n        return _sigmoid(total)")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="weights * inputs is element-wise",
        about="feedforward multiplies element-wise, never sums, and returns the array",
    ),
    bug(
        "layer_output_bias_inside_the_sum", "neuron",
        [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n        outputs.append(total + bias)\n",
          "        outputs.append(sum(x * w + bias for x, w in zip(inputs, neuron_weights)))\n")],
        fails=["layer_output"],
        hint="The bias is added once per input",
        about="layer_output adds the bias to every product inside the sum",
    ),
    bug(
        "layer_output_sums_the_layer", "neuron",
        [("    return outputs\n", "    return float(np.sum(outputs))\n")],
        fails=["layer_output"],
        hint="return the list of the outputs",
        about="layer_output returns the total of the neurons' outputs",
    ),
    bug(
        "count_parameters_stops_before_the_output_layer", "neuron",
        [("return sum(a * b + b for a, b in zip(sizes, sizes[1:]))", "return sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:-1]))")],
        fails=["count_parameters"],
        hint="The last pair of layers is missing",
        about="count_parameters pairs the layers only up to the one before the output layer",
    ),
    bug(
        "count_parameters_prints_its_total", "neuron",
        [("    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n",
          "    total = sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n    print('parameters:', total)\n")],
        fails=["count_parameters", "count_parameters_takes_a_tuple", "count_parameters_gives_a_python_int",
               "count_parameters_of_no_layers"],
        hint="print only shows a value on the screen",
        about="count_parameters prints the total and returns nothing",
    ),
]

LOSS = [
    bug(
        "mse_halved_like_the_gradient_tutorials", "loss",
        [("return float(np.mean((y_true - y_pred) ** 2))", "return float(np.mean((y_true - y_pred) ** 2) / 2)")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="drop the factor 0.5",
        about="mse_loss divides the mean by 2, a convention from other courses",
    ),
    bug(
        "mse_floor_divided_by_len", "loss",
        [("return float(np.mean((y_true - y_pred) ** 2))", "return float(((y_true - y_pred) ** 2).sum() // len(y_true))")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="// is floor division",
        about="mse_loss averages with //, which rounds down",
    ),
    bug(
        "mse_gradient_divided_by_rows", "loss",
        [("return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
          "return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.shape[0]")],
        fails=["mse_gradient"],
        hint="y_pred.size, not len(y_pred)",
        about="mse_loss_gradient divides by the number of rows, y_pred.shape[0]",
    ),
    bug(
        "mse_gradient_divided_by_size_squared", "loss",
        [("return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
          "return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size**2")],
        fails=["mse_gradient"],
        hint="Your gradient is divided by N twice",
        about="mse_loss_gradient divides by N twice (named on every input: the ratio to the right one is 1 / N)",
    ),
    bug(
        "mse_prints_instead_of_returning", "loss",
        [("    return float(np.mean((y_true - y_pred) ** 2))\n", "    print(float(np.mean((y_true - y_pred) ** 2)))\n")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="print only shows a value on the screen",
        about="mse_loss prints the loss and returns nothing",
    ),
    alternative(
        "mse_as_sum_over_size", "loss",
        [("return float(np.mean((y_true - y_pred) ** 2))", "return float(np.sum((y_true - y_pred) ** 2) / y_true.size)")],
        about="mse_loss as the sum of squares divided by size",
    ),
]

GATES = [
    bug(
        "gates_threshold_where_floats", "gates",
        [("return (z >= 0.5).astype(int)", "return np.where(z >= 0.5, 1.0, 0.0)")],
        fails=["threshold_on_arrays"],
        hint=".astype(int)",
        about="threshold on arrays gives 0.0/1.0 floats from np.where with float constants",
    ),
    bug(
        "gates_perceptron_bias_weight_last", "gates",
        [("z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)", "z = w2 + w0 * np.asarray(x1) + w1 * np.asarray(x2)")],
        fails=["perceptron_weighted_sum", "xor_truth_table", "xor_on_arrays"],
        hint="bias first",
        about="perceptron adds the last weight as the bias and multiplies x1, x2 by the first two",
    ),
]

BACKPROP = [
    bug(
        "bp_output_slope_of_sigmoid_again", "backprop",
        [("d_o1 = o1 * (1.0 - o1)", "d_o1 = _sigmoid(o1) * _sigmoid(-o1)")],
        fails=["backprop_gradients", "train_trajectory"],
        hint="o1 is already the sigmoid's output",
        about="the output's slope is the sigmoid's derivative taken at o1, a sigmoid's output already",
    ),
    bug(
        "bp_w4_uses_x0", "backprop",
        [('"w4": d_L_d_h2 * x[1] * d_h2,', '"w4": d_L_d_h2 * x[0] * d_h2,')],
        fails=["backprop_gradients", "train_trajectory"],
        hint="w4 multiplies x[1], so dL/dw4 is built from x[1]",
        about="dL/dw4 is built from the input w3 multiplies",
    ),
    bug(
        "bp_h2_back_through_w5", "backprop",
        [('d_L_d_h2 = d_L_d_o1 * p["w6"] * d_o1', 'd_L_d_h2 = d_L_d_o1 * p["w5"] * d_o1')],
        fails=["backprop_gradients", "train_trajectory"],
        hint="yours sends dL/dh2 back through the other weight",
        about="dL/dh2 is sent back through w5, the weight of h1",
    ),
    bug(
        "bp_feedforward_no_b1", "backprop",
        [('    0.5237\n    """\n    ### BEGIN SOLUTION\n    p = params\n    h1 = _sigmoid(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])',
          '    0.5237\n    """\n    ### BEGIN SOLUTION\n    p = params\n    h1 = _sigmoid(p["w1"] * x[0] + p["w2"] * x[1])')],
        fails=["feedforward", "train_trajectory"],
        hint="b1 is missing from h1",
        about="feedforward leaves the bias b1 out of h1",
    ),
    bug(
        "bp_train_records_np_sum", "backprop",
        [("losses.append(float(sum(errors) / len(errors)))", "losses.append(float(np.sum(errors)))")],
        fails=["train_trajectory"],
        hint="the loss is their mean",
        about="train records the sum of the squared errors, not their mean",
    ),
    bug(
        "bp_train_epochs_from_one", "backprop",
        [("    for _ in range(epochs):\n        for x, y_true", "    for epoch in range(1, epochs):\n        for x, y_true")],
        fails=["train_trajectory"],
        hint="one epoch short",
        about="train counts its epochs from 1, one short",
    ),
    bug(
        "bp_train_shuffled_with_rng", "backprop",
        [("        for x, y_true in zip(data, all_y_trues):\n",
          "        order = np.random.default_rng().permutation(len(data))\n"
          "        for x, y_true in zip(np.asarray(data)[order], np.asarray(all_y_trues)[order]):\n")],
        fails=["train_trajectory", "train_uses_learn_rate", "train_uses_its_data"],
        hint="a new shuffled order in each epoch",
        about="train shuffles the samples every epoch, as the tutorials do",
    ),
]

MLP = [
    bug(
        "mlp_dZ2_without_mean_factor", "mlp",
        [("dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)", "dZ2 = (A2 - Y) * (A2 * (1.0 - A2))")],
        fails=["backward_gradient_check", "fit_trajectory", "fit_is_vectorised"],
        hint="factor 2 / (m * output_size)",
        about="dZ2 leaves out the loss's factor 2 / (m * output_size)",
    ),
    bug(
        "mlp_b2_gradient_without_keepdims", "mlp",
        [('"b2": dZ2.sum(axis=0, keepdims=True),', '"b2": np.sum(dZ2, axis=0),')],
        fails=["backward_gradient_check"],
        hint="keepdims=True",
        about="b2's gradient loses its first axis",
    ),
    bug(
        "mlp_dZ1_with_tanh_slope", "mlp",
        [("dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)", "dZ1 = (dZ2 @ self.W2.T) * (1.0 - np.square(A1))")],
        fails=["backward_gradient_check", "fit_trajectory", "fit_is_vectorised"],
        chaotic=["learns_xor"],  # lr=10 with this slope oscillates: seen failing on one machine, passing on another
        hint="slope of tanh",
        about="dZ1 uses tanh's slope for the sigmoid hidden layer",
    ),
    bug(
        "mlp_step_new_name", "mlp",
        [("            param -= self.lr * grads[name]", "            updated = param - self.lr * grads[name]")],
        fails=["step", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="is unchanged",
        about="step computes the new parameter under a new name and never stores it",
    ),
    bug(
        "mlp_fit_redraws_w1_unseeded", "mlp",
        [("        losses = np.empty(epochs)\n",
          "        self.W1 = np.random.default_rng().standard_normal(self.W1.shape)\n        losses = np.empty(epochs)\n")],
        fails=["fit_trajectory", "fit_is_vectorised", "fresh_network"],
        hint="do not re-initialise",
        about="fit draws new W1 before training instead of continuing from the current weights",
    ),
    bug(
        "mlp_predict_rounds", "mlp",
        [("return (self.forward(X) >= 0.5).astype(int)", "return self.forward(X).round()")],
        fails=["learns_xor", "predict_threshold"],
        hint="np.round gives floats",
        about="predict rounds the outputs, which gives floats and rounds 0.5 down",
    ),
]

CASES = [*GATES, *PERCEPTRON, *ACTIVATIONS, *NEURON, *LOSS, *BACKPROP, *MLP]
