"""Corpus cases for the classes the ninth held-out corpus showed in gates and perceptron after its
blind run, each in our own spelling, with its exact expected outcome (``mutations.py``): a slip
anywhere in one step of the perceptron's rule, shown by the step-by-step probe (an update of another
formula, the weights' step scaled, a prediction of -1 or not 0/1, an update lost, a sample never
visited), the bias subtracted in predict (or left out: both named where the labels agree), and fit
kept to one pass (a break or return inside the epoch loop, or a reset: both named); threshold's
result flattened, threshold on the size of z, the bias weight multiplied by an input.
"""

from corpus.mutations import bug

G_ARRAY = "        return (z >= 0.5).astype(int)"
G_NUMBER = "    return int(z >= 0.5)"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"
P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_UPD = "                update = self.lr * (y_i - prediction)"
P_W = "                self.weights += update * x_i  # our own array: safe in place"
P_LOOP = "            for x_i, y_i in zip(X, y):"
P_B = "                self.bias = float(self.bias + update)"
FIT_GATES = ["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"]

CASES = [
    bug(
        "gates_threshold_reshaped_flat", "gates",
        [(G_ARRAY, "        return (z >= 0.5).astype(int).reshape(-1)")],
        fails=["threshold_on_arrays", "perceptron_weighted_sum"],
        hint="but flat, shape (20,), for an input of shape (4, 5)",
        also={"perceptron_weighted_sum": "but flat, shape (12,)"},
        about="threshold reshapes its array result to one flat row",
    ),
    bug(
        "gates_threshold_on_square", "gates",
        [(G_ARRAY, "        return (z * z >= 0.25).astype(int)"), (G_NUMBER, "    return int(z * z >= 0.25)")],
        fails=["threshold_on_numbers", "threshold_on_arrays", "perceptron_weighted_sum"],
        hint="it compares the size of z with 0.5",
        also={"threshold_on_arrays": "it compares the size of z with 0.5"},
        about="threshold compares z squared with 0.25, so large negative sums fire",
    ),
    bug(
        "gates_bias_bracketed_with_x2", "gates",
        [(G_Z, "    z = w1 * np.asarray(x1) + (w0 + w2) * np.asarray(x2)")],
        fails=["perceptron_weighted_sum", "xor_truth_table", "xor_on_arrays"],
        hint="Your sum multiplies w0 by an input",
        about="perceptron's sum brackets w0 with w2, so the bias is multiplied by x2",
    ),
    bug(
        "perceptron_predict_minus_bias", "perceptron",
        [("        z = np.asarray(X, dtype=float) @ self.weights + self.bias",
          "        z = np.asarray(X, dtype=float).dot(self.weights) - self.bias")],
        fails=["predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]"],
        hint="Your labels are those of X @ weights with the bias subtracted",
        about="predict subtracts the bias from the weighted sum",
    ),
    bug(
        "perceptron_update_lr_on_label_alone", "perceptron",
        [(P_UPD, "                update = y_i * self.lr - prediction")],
        fails=FIT_GATES,
        hint="lr * y - prediction, the learning rate on y alone",
        about="the update multiplies only the label by lr, then subtracts the prediction",
    ),
    bug(
        "perceptron_weights_step_over_rows", "perceptron",
        [(P_W, "                self.weights += update * x_i / X.shape[0]")],
        fails=["weights_after_fit"],
        hint="your weights moved 0.25 times the rule's update * x (1/4, and 4 is the number of samples",
        about="the weights' step is divided by the number of rows, the bias's is not",
    ),
    bug(
        "perceptron_step_to_plus_minus_one", "perceptron",
        [(P_PRED, "                prediction = 2 * int(x_i @ self.weights + self.bias >= 0) - 1")],
        fails=FIT_GATES,
        hint="with the prediction -1 where the rule's step gives 0",
        about="fit's step maps the 0/1 step onto -1/+1 while the labels stay 0/1",
    ),
    bug(
        "perceptron_weights_into_new_name", "perceptron",
        [(P_W, "                new_weights = self.weights + update * x_i")],
        fails=FIT_GATES,
        hint="your weights did not move at all",
        about="the weights' new value goes to a name nothing reads: self.weights stays zeros",
    ),
    bug(
        "perceptron_break_after_first_pass", "perceptron",
        [(P_B, P_B + "\n            break")],
        fails=FIT_GATES,
        hint="fit returns inside the loop over the epochs",
        about="a break after the sample loop ends the epoch loop after one pass",
    ),
    bug(
        "perceptron_logistic_prediction_in_fit", "perceptron",
        [(P_PRED, "                prediction = float(np.exp(x_i @ self.weights + self.bias) / "
                  "(1 + np.exp(x_i @ self.weights + self.bias)))")],
        fails=FIT_GATES,
        hint="with p = 0.5, a prediction that is not 0 or 1",
        about="fit predicts with the logistic function e^z / (1 + e^z) instead of the step",
    ),
    bug(
        "perceptron_update_rounded", "perceptron",
        [(P_UPD, "                update = round(self.lr * (y_i - prediction))")],
        fails=[*FIT_GATES, "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists",
               "fit_starts_afresh", "defaults_as_the_spec"],  # fit learns nothing: its how-rules cannot be judged
        hint="rounded to a whole number",
        about="round() of a step smaller than 0.5 is 0, so nothing learns",
    ),
    bug(
        "perceptron_loop_from_second_sample", "perceptron",
        [(P_LOOP, "            for x_i, y_i in list(zip(X, y))[1:]:")],
        fails=["weights_after_fit", "learns_gate[OR]"],
        hint="never learns from the first sample it is given",
        about="fit's loop starts at the second sample, so the first is never learned",
    ),
]
