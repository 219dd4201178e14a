"""Corpus cases for the gates and perceptron classes the eleventh held-out corpus showed after its blind
run, each in our own spelling: a threshold that fires below 0.5 (its comparison negated), an xor that hands
back its first layer's outputs, a list of numbers and arrays summed with np.sum, a bias kept a whole number,
the whole X where the sample's inputs belong, the weights all moved by one number (a mean of the inputs), a
predict that cuts its sums to whole numbers, an iterator of the samples used up after one epoch, a
learning rate typed in, and two gates' weights exchanged. Their exact expected outcomes (``mutations.py``).
"""

from corpus.mutations import bug

G_ARRAY = "        return (z >= 0.5).astype(int)"
G_NUMBER = "    return int(z >= 0.5)"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"
P_EPOCHS = "        for _ in range(self.epochs):"
P_LOOP = "            for x_i, y_i in zip(X, y):"
P_UPDATE = "                update = self.lr * (y_i - prediction)"
P_WEIGHTS = "                self.weights += update * x_i  # our own array: safe in place"
P_BIAS = "                self.bias = float(self.bias + update)"
P_PREDICT = "        return (z >= 0).astype(int)"

CASES = [
    bug(
        "gates_threshold_negated", "gates",
        [(G_ARRAY + "\n" + G_NUMBER, "        return (~(z >= 0.5)).astype(int)\n    return int(not z >= 0.5)")],
        fails=["threshold_on_numbers", "threshold_on_arrays", "perceptron_weighted_sum", "xor_truth_table", "xor_on_arrays",
               "threshold_on_numpy_numbers"],
        hint="every output is the opposite of the right one",
        about="threshold negates its comparison, so it fires below 0.5 and not from 0.5 on",
    ),
    bug(
        "gates_xor_list_of_first_layer", "gates",
        [("    return perceptron(either, not_both, AND_WEIGHTS)", "    return [not_both, either]")],
        fails=["xor_truth_table", "xor_on_arrays"],
        hint="These are the outputs of the first layer only, never fed to the second-layer perceptron",
        about="xor returns a list of its two first-layer outputs and never runs the second layer",
    ),
    bug(
        "gates_perceptron_sum_of_list_axis0", "gates",
        [(G_Z, "    z = np.sum([w0, w1 * np.asarray(x1), w2 * np.asarray(x2)], axis=0)")],
        fails=["perceptron_weighted_sum", "xor_on_arrays"],
        hint="np.sum, np.dot or np.array on such a list works for numbers only",
        about="perceptron adds its terms with np.sum of a list, which cannot hold a number and arrays together",
    ),
    bug(
        "perceptron_bias_rounded", "perceptron",
        [(P_BIAS, "                self.bias = round(self.bias + update)")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="each update is cut away because the bias is kept a whole number",
        about="fit rounds the bias to a whole number after every step, so steps below 0.5 are lost",
    ),
    bug(
        "perceptron_weights_step_whole_X", "perceptron",
        [(P_WEIGHTS, "                self.weights += update * X")],
        fails=["fit_returns_self", "weights_after_fit", "predict_uses_step_at_zero", "learns_gate[AND]",
               "learns_gate[OR]", "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists",
               "fit_starts_afresh", "defaults_as_the_spec"],
        hint="a value with one entry per sample (4 of them, as many as X has rows)",
        about="fit moves the weights by the update times the whole X, not the sample's x_i",
        crashes=True,
    ),
    bug(
        "perceptron_weights_step_mean_of_inputs", "perceptron",
        [(P_WEIGHTS, "                self.weights += update * np.mean(x_i)")],
        fails=["weights_after_fit"],
        hint="yours is update times the mean of the sample's inputs",
        about="fit moves every weight by the update times the mean of the sample's inputs",
    ),
    bug(
        "perceptron_predict_sums_made_int", "perceptron",
        [(P_PREDICT, "        return (z.astype(int) >= 0).astype(int)")],
        fails=["predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]"],
        hint="the sums are cut to whole numbers towards 0 before the step",
        about="predict makes the sums integers before the step, so a sum above -1 predicts 1",
    ),
    bug(
        "perceptron_samples_generator_made_once", "perceptron",
        [(P_EPOCHS + "\n" + P_LOOP,
          "        samples = ((a, b) for a, b in zip(X, y))\n" + P_EPOCHS + "\n            for x_i, y_i in samples:")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="the samples come from an iterator made once, before that loop",
        about="fit makes a generator of the samples before the epoch loop; it is used up after one pass",
    ),
    bug(
        "perceptron_lr_typed_in", "perceptron",
        [(P_UPDATE, "                update = 0.05 * (y_i - prediction)")],
        fails=["weights_after_fit"],
        hint="it does not use the learning rate it is given: it learns what the rule learns with lr = 0.05",
        about="fit's update uses a learning rate of 0.05 typed in, not self.lr",
    ),
    bug(
        "gates_and_or_weights_exchanged", "gates",
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (0.0, 0.6, 0.6)"),
         ("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (-0.5, 0.6, 0.6)")],
        fails=["gate_weights[AND]", "gate_weights[OR]", "xor_truth_table", "xor_on_arrays"],
        hint="the two tuples are exchanged",
        about="AND_WEIGHTS and OR_WEIGHTS hold each other's numbers",
    ),
]
