"""Corpus cases for the classes the eighth held-out corpus showed in gates, perceptron and activations
after its blind run, each in our own spelling, with its exact expected outcome (``mutations.py``):
a weighted sum scaled by a constant, a perceptron right on top of a wrong threshold, int() given an
array; the perceptron's step at another number than 0, the learning rate taken twice or dividing,
the parameters reset every epoch, the labels read one place off, the bias moved by lr whatever the
error, the label in place of the error; a slope with a factor left out, a square around the whole
difference or another activation's form, a capped relu, -alpha as the left slope, a minus in
sigmoid's denominator, softmax shifted on one side of its division or by another axis's maxima.
"""

from corpus.mutations import bug

G_SUM = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"
P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_UPD = "                update = self.lr * (y_i - prediction)"
P_W = "                self.weights += update * x_i  # our own array: safe in place"

CASES = [
    bug(
        "gates_sum_doubled", "gates",
        [(G_SUM, "    z = 2 * (w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2))")],
        fails=["perceptron_weighted_sum", "xor_truth_table", "xor_on_arrays"],
        hint="multiplied by about 2",
        about="perceptron doubles the weighted sum, so it fires from 0.25 on",
    ),
    bug(
        "gates_threshold_at_point_four", "gates",
        [("    return int(z >= 0.5)", "    return int(z > 0.4)"),
         ("        return (z >= 0.5).astype(int)", "        return (z > 0.4).astype(int)")],
        fails=["threshold_on_numbers", "threshold_on_arrays", "perceptron_weighted_sum"],
        hint="Your threshold already fires at 0.49999, below 0.5",
        also={"perceptron_weighted_sum": "perceptron gives what your threshold gives for the right weighted sums"},
        about="threshold fires above 0.4; perceptron, built on it, is right for it",
    ),
    bug(
        "gates_threshold_tests_for_tuple", "gates",
        [("    if isinstance(z, np.ndarray):", "    if type(z) in (list, tuple):")],
        fails=["threshold_on_arrays", "perceptron_weighted_sum", "xor_on_arrays"],
        hint="An array went down the path meant for a single number",
        about="threshold sends only lists and tuples to its array branch, so a NumPy array meets int()",
    ),
    bug(
        "gates_perceptron_float_of_threshold", "gates",
        [("    return threshold(z)\n    ### END SOLUTION", "    return int(threshold(z))\n    ### END SOLUTION")],
        fails=["perceptron_weighted_sum", "xor_on_arrays"],
        hint="Your perceptron gives an array to int()",
        about="perceptron wraps threshold's answer in int(), which fails for arrays",
    ),
]
CASES += [
    bug(
        "perceptron_weights_one_per_label", "perceptron",
        [("        self.weights = np.zeros(X.shape[1])", "        self.weights = np.zeros_like(y, dtype=float)")],
        fails=["fit_returns_self", "weights_after_fit", "predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]",
               "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists", "fit_starts_afresh", "defaults_as_the_spec"],
        hint="fit makes its weights one per sample",
        about="fit makes one weight per label, zeros like y, where one per feature belongs",
        crashes=True,
    ),
    bug(
        "perceptron_step_of_the_gates", "perceptron",
        [(P_PRED, "                prediction = int(x_i @ self.weights + self.bias >= 0.5)")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="only where the weighted sum reaches 0.5",
        about="fit's step fires from 0.5 on, exercise 1's threshold, where the perceptron's fires at 0",
    ),
    bug(
        "perceptron_weights_step_times_lr", "perceptron",
        [(P_W, "                self.weights += update * self.lr * x_i")],
        fails=["weights_after_fit", "learns_gate[OR]"],
        hint="their step takes the learning rate twice",
        about="the weights' step multiplies update, which holds lr, by lr again",
    ),
    bug(
        "perceptron_update_times_inverse_lr", "perceptron",
        [(P_UPD, "                update = (y_i - prediction) * (1 / self.lr)")],
        fails=["weights_after_fit"],
        hint="the error is divided by the learning rate",
        about="the update multiplies the error by 1 / lr",
    ),
    bug(
        "perceptron_parameters_zeroed_each_epoch", "perceptron",
        [("        for _ in range(self.epochs):\n",
          "        for _ in range(self.epochs):\n            self.weights = np.zeros(X.shape[1])\n            self.bias = 0.0\n")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="your weights and bias start again from 0 at every epoch (set inside that loop)",
        about="fit sets both the weights and the bias back to zero at the start of every epoch",
    ),
    bug(
        "perceptron_label_of_the_next_sample", "perceptron",
        [("            for x_i, y_i in zip(X, y):\n",
          "            for i in range(len(X)):\n                x_i, y_i = X[i], y[(i + 1) % len(y)]\n")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="against the label of the sample after it",
        about="each sample is trained with the next sample's label (the last with the first's)",
    ),
    bug(
        "perceptron_bias_plus_lr", "perceptron",
        [("                self.bias = float(self.bias + update)", "                self.bias += self.lr")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="Your bias grows by lr after every sample",
        about="the bias grows by lr after every sample, whatever the error",
    ),
    bug(
        "perceptron_update_from_target", "perceptron",
        [(P_UPD, "                update = self.lr * float(y_i)")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="Your update is lr times the label y_i",
        about="the update is lr times the target, not the error",
    ),
]
CASES += [
    bug(
        "act_sigmoid_slope_of_minus_z", "activations",
        [("    return s * (1.0 - s)", "    return sigmoid(-z)")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="Your slope is 1 - s alone (s being sigmoid(z)), which is also sigmoid(-z)",
        about="sigmoid_derivative returns sigmoid(-z), which is 1 - s, one factor of the product",
    ),
    bug(
        "act_tanh_slope_difference_times_itself", "activations",
        [("    return 1.0 - tanh(z) ** 2", "    t = tanh(z)\n    return (1.0 - t) * (1.0 - t)")],
        fails=["tanh_derivative", "derivatives_on_large_inputs"],
        hint="Your slope squares the whole difference",
        about="tanh_derivative squares 1 - tanh(z) where only tanh(z) is squared",
    ),
    bug(
        "act_sigmoid_slope_in_tanh_form", "activations",
        [("    return s * (1.0 - s)", "    return 1.0 - s * s")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="Your slope has tanh's form",
        about="sigmoid_derivative uses tanh's slope form, 1 - a**2, on the sigmoid's output",
    ),
    bug(
        "act_relu_min_with_one", "activations",
        [("    return np.maximum(np.asarray(z, dtype=float), 0.0)", "    return np.minimum(np.maximum(np.asarray(z, dtype=float), 0.0), 1.0)")],
        fails=["relu_values"],
        hint="Your relu stops growing at 1",
        about="relu takes the minimum with 1 after the maximum with 0",
    ),
    bug(
        "act_leaky_slope_minus_alpha", "activations",
        [("    return np.where(z > 0, 1.0, alpha)", "    return np.where(z > 0, 1.0, 0.0) - alpha * (z <= 0)")],
        fails=["leaky_relu_derivative"],
        hint="your slope is -alpha",
        about="leaky_relu_derivative subtracts alpha on the left",
    ),
    bug(
        "act_sigmoid_one_minus_exp", "activations",
        [("    return np.where(z >= 0, 1.0, e) / (1.0 + e)", "    return 1.0 / (1.0 - np.exp(-z))")],
        fails=["sigmoid_values", "sigmoid_is_stable", "sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="a sign slip in the denominator",
        about="sigmoid is 1 / (1 - exp(-z))",
    ),
    bug(
        "act_softmax_raw_numerator", "activations",
        [("    return exps / np.sum(exps, axis=-1, keepdims=True)", "    return np.exp(z) / np.sum(exps, axis=-1, keepdims=True)")],
        fails=["softmax", "softmax_is_stable"],
        hint="the sum below is shifted and the numerator is not",
        about="softmax divides the unshifted exponentials by the sum of the shifted ones",
    ),
    bug(
        "act_softmax_column_max_flat", "activations",
        [("np.max(z, axis=-1, keepdims=True)", "np.max(z, axis=0)")],
        fails=["softmax", "softmax_is_stable"],
        hint="subtracts maxima taken along axis 0",
        about="softmax subtracts each column's maximum (axis 0, no keepdims) where each row's belongs",
    ),
]
