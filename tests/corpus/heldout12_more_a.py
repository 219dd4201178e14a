"""Corpus cases for the gates and perceptron classes the twelfth held-out corpus showed after its blind run:
predict mixing the bias into the sum another way than adding it once (told nothing), predict taking a learned
bias of 0.0 for a perceptron never fitted (full marks), a fit whose first step moves nothing (told three
readings at once, now told apart with one more sample each: a step that predicts 0 at a sum of 0, an update cut to
a whole number, a fit that never moves), and xor's right answers for numbers as NumPy numbers,
where built from the perceptrons they are Python ints (full marks). Our own spellings, with their exact expected
outcomes (``mutations.py``).
"""

from corpus.mutations import bug

PREDICT_SUM = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias"
PREDICT_FAILS = ["predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]"]
XOR_BODY = ("    either = perceptron(x1, x2, OR_WEIGHTS)\n    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
            "    return perceptron(either, not_both, AND_WEIGHTS)")

CASES = [
    bug(
        "perceptron_predict_weights_shifted_by_bias", "perceptron",
        [(PREDICT_SUM, "        w = self.weights + self.bias\n        z = np.dot(np.asarray(X, dtype=float), w)")],
        fails=PREDICT_FAILS,
        hint="the bias is added to every weight",
        about="predict adds the bias to each weight first, so every input multiplies it",
    ),
    bug(
        "perceptron_predict_bias_once_per_feature", "perceptron",
        [(PREDICT_SUM, "        z = (np.asarray(X, dtype=float) * self.weights + self.bias).sum(axis=1)")],
        fails=PREDICT_FAILS,
        hint="the bias is added once per feature",
        about="predict adds the bias to every product x_j * w_j before the sum (its labels on the check's own "
              "data are those of a step at 0.5; the probe tells the two apart)",
    ),
    bug(
        "perceptron_predict_bias_shifts_inputs", "perceptron",
        [(PREDICT_SUM, "        z = (np.asarray(X, dtype=float) + self.bias) @ self.weights")],
        fails=["predict_uses_step_at_zero", "learns_gate[AND]"],
        hint="the bias is added to every input",
        about="predict adds the bias to every input before the weights multiply them",
    ),
    bug(
        "perceptron_predict_bias_scales_weights", "perceptron",
        [(PREDICT_SUM, "        z = np.asarray(X, dtype=float) @ (self.weights * self.bias)")],
        fails=PREDICT_FAILS,
        hint="the bias multiplies the weighted sum (or the weights, which gives the same)",
        about="predict multiplies the weights by the bias instead of adding the bias to the sum",
    ),
    bug(
        "perceptron_predict_zero_bias_taken_for_unfitted", "perceptron",
        [("        if self.weights is None:\n            raise RuntimeError",
          "        if self.weights is None or not self.bias:\n            raise RuntimeError")],
        fails=["learns_gate[AND]", "learns_gate[OR]"],
        hint="A learned 0 reads as False",
        about="predict also raises its not-fitted error when the learned bias is 0.0, as one epoch on AND leaves it",
    ),
    bug(
        "gates_xor_logical_xor_numpy_int", "gates",
        [(XOR_BODY, "    return np.logical_xor(x1, x2).astype(int)")],
        fails=["xor_truth_table"],
        hint="where your perceptron gives Python ints",
        about="xor skips the perceptrons for np.logical_xor, whose answer for two numbers is a NumPy integer",
    ),
    bug(
        "gates_xor_where_zero_d", "gates",
        [(XOR_BODY, "    return np.where(np.asarray(x1) != np.asarray(x2), 1, 0)")],
        fails=["xor_truth_table"],
        hint="but as a 0-d array (int64)",
        about="xor compares the inputs with np.where, which gives a 0-d array for two numbers",
    ),
]

STEP = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
UPDATE = "                update = self.lr * (y_i - prediction)"
FIT_FAILS = ["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"]
# a fit that never moves learns the same zeros on every table: its how-rules cannot be judged (perceptron_learns.py)
NOTHING_LEARNED = ["fit_leaves_data_alone", "attribute_types", "fit_accepts_lists", "fit_starts_afresh", "defaults_as_the_spec"]

CASES += [
    bug(
        "perceptron_fit_step_on_rounded_sum", "perceptron",
        [(STEP, "                prediction = round(float(x_i @ self.weights + self.bias))")],
        fails=FIT_FAILS,
        hint="your step predicts 0 at a sum of exactly 0",
        about="fit's prediction is the sum rounded to a whole number, 0 at a sum of 0 where the step gives 1",
    ),
    bug(
        "perceptron_fit_updates_only_upwards", "perceptron",
        [(UPDATE, "                update = self.lr * (y_i - prediction) if y_i >= prediction else 0.0")],
        fails=[*FIT_FAILS, *NOTHING_LEARNED],
        hint="or only updates above 0 are made",
        about="fit skips every update below 0 (a label 0 predicted 1), so from zeros it never moves",
    ),
    bug(
        "perceptron_fit_update_made_int", "perceptron",
        [(UPDATE, "                update = int(self.lr * (y_i - prediction))")],
        fails=[*FIT_FAILS, *NOTHING_LEARNED],
        hint="the update was rounded to a whole number (round(-0.1) and int(-0.1) are 0)",
        about="fit turns each update into an int, which is 0 for every update of lr = 0.1",
    ),
]
