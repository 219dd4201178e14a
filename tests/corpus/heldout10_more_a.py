"""Corpus cases for classes of the gates and perceptron exercises that the tenth held-out corpus
showed after its blind run, in our own spellings, with their exact expected outcomes
(``mutations.py``): a threshold that gives a NumPy integer for some kind of number (Python ints, or
NumPy numbers), a perceptron that ignores its weights argument or makes the weights whole numbers,
a fit with weights of an axis too many, a bias moved by an array, a learning rate that changes from
pass to pass, an epoch that is one step on one sample, a bias added once per feature in the
prediction, and weights cut to a few decimals.
"""

from corpus.mutations import bug

G_THRESHOLD = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)"
P_EPOCH = "        for _ in range(self.epochs):"
P_LOOP = "            for x_i, y_i in zip(X, y):"
P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_UPDATE = "                update = self.lr * (y_i - prediction)"
P_W = "                self.weights += update * x_i  # our own array: safe in place"
P_BIAS = "                self.bias = float(self.bias + update)"
P_INIT = "        self.weights = np.zeros(X.shape[1])"
P_BIAS0 = "        self.bias = 0.0"
FIT_RAISES = ["fit_returns_self", "weights_after_fit", "predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]",
              "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists", "fit_starts_afresh", "defaults_as_the_spec"]
GATE_TABLES = ["perceptron_weighted_sum", "xor_truth_table", "xor_on_arrays"]

CASES = [
    bug(
        "gates_threshold_number_branch_for_floats_only", "gates",
        [(G_THRESHOLD, "    if type(z) is float:\n        return int(z >= 0.5)\n    return np.greater_equal(z, 0.5).astype(int)")],
        fails=["threshold_on_numbers"],
        hint="for Python ints and np.float64 numbers",
        about="threshold sends only floats down the number path, so an int such as 1 gives a NumPy integer",
    ),
    bug(
        "gates_threshold_numpy_numbers_by_dtype", "gates",
        [("    if isinstance(z, np.ndarray):", '    if hasattr(z, "dtype"):')],
        fails=["threshold_on_numbers"],
        hint="gives a NumPy integer (int64) for np.float64 numbers",
        about="threshold sends everything with a dtype (NumPy numbers too) down the array path",
    ),
    bug(
        "gates_perceptron_uses_or_weights", "gates",
        [("    w0, w1, w2 = weights", "    w0, w1, w2 = OR_WEIGHTS")],
        fails=GATE_TABLES,
        hint="whatever weights it is given",
        about="perceptron unpacks OR_WEIGHTS, not its weights argument",
    ),
    bug(
        "gates_perceptron_rounds_weights", "gates",
        [("    w0, w1, w2 = weights", "    w0, w1, w2 = np.round(weights)")],
        fails=GATE_TABLES,
        hint="rounded to whole numbers",
        about="perceptron rounds its weights to whole numbers before the sum",
    ),
    bug(
        "perceptron_weights_as_column", "perceptron",
        [(P_INIT, "        self.weights = np.zeros(X.shape[1])[:, None]")],
        fails=FIT_RAISES,
        hint="fit keeps its weights with shape (2, 1), a column", crashes=True,
        about="fit starts from a column of zeros, so the in-place update cannot fit in it",
    ),
    bug(
        "perceptron_weights_as_row", "perceptron",
        [(P_INIT, "        self.weights = np.zeros((1, X.shape[1]))")],
        fails=FIT_RAISES,
        hint="fit keeps its weights with shape (1, 2), a row", crashes=True,
        about="fit starts from a row of zeros, so the weighted sum of a sample fails",
    ),
    bug(
        "perceptron_bias_moved_by_update_times_input", "perceptron",
        [(P_BIAS, "                self.bias = float(self.bias + update * x_i)")],
        fails=FIT_RAISES,
        hint="the bias moves by update alone", crashes=True,
        about="fit moves the bias by update * x_i, an array, which float() refuses",
    ),
    bug(
        "perceptron_lr_halved_each_epoch", "perceptron",
        [(P_EPOCH, "        for epoch in range(self.epochs):"),
         (P_UPDATE, "                update = self.lr / 2 ** epoch * (y_i - prediction)")],
        fails=["weights_after_fit"],
        hint="your learning rate changes from pass to pass",
        about="fit halves the learning rate every epoch",
    ),
    bug(
        "perceptron_one_sample_each_epoch", "perceptron",
        [(P_EPOCH + "\n" + P_LOOP,
          "        for epoch in range(self.epochs):\n            for x_i, y_i in list(zip(X, y))[epoch % len(X):][:1]:")],
        fails=["weights_after_fit", "learns_gate[AND]"],
        hint="Your fit makes one step per epoch, on one sample",
        about="each epoch of fit visits one sample, the next one round and round",
    ),
    bug(
        "perceptron_bias_times_features", "perceptron",
        [(P_PRED, "                prediction = 1 if np.dot(x_i, self.weights) + self.bias * len(x_i) >= 0 else 0")],
        fails=["weights_after_fit", "learns_gate[AND]"],
        hint="the bias added once per feature",
        about="fit's prediction adds the bias times the number of features",
    ),
    bug(
        "perceptron_weights_cut_to_cents", "perceptron",
        [(P_W, "                self.weights = np.trunc((self.weights + update * x_i) * 100) / 100")],
        fails=["weights_after_fit"],
        hint="cut (truncated) to 2 decimals",
        about="fit cuts the weights to two decimals after every update",
    ),
    bug(
        "gates_nand_first_weight_positive", "gates",
        [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (1.5, 0.6, -0.6)")],
        fails=["gate_weights[NAND]", "xor_truth_table", "xor_on_arrays"],
        hint="w1 = 0.6 of NAND_WEIGHTS has the wrong sign",
        about="NAND_WEIGHTS lose the minus of w1, so (1, 0) pushes the sum up",
    ),
    bug(
        "perceptron_learns_into_sklearn_names", "perceptron",
        [(P_INIT + "\n" + P_BIAS0 + "\n" + P_EPOCH + "\n" + P_LOOP + "\n" + P_PRED + "\n" + P_UPDATE + "\n" + P_W + "\n" + P_BIAS,
          "        self.coef_ = np.zeros(X.shape[1])\n"
          "        self.intercept_ = 0.0\n"
          "        for _ in range(self.epochs):\n"
          "            for x_i, y_i in zip(X, y):\n"
          "                prediction = 1 if x_i @ self.coef_ + self.intercept_ >= 0 else 0\n"
          "                update = self.lr * (y_i - prediction)\n"
          "                self.coef_ = self.coef_ + update * x_i\n"
          "                self.intercept_ += update")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]", "fit_leaves_data_alone", "attribute_types",
               "fit_accepts_lists", "fit_starts_afresh", "defaults_as_the_spec"],
        hint="but fit made self.coef_ (an array of 2 numbers) and self.intercept_ (a number)", crashes=True,
        about="fit keeps what it learns in scikit-learn's names, coef_ and intercept_, so weights and bias stay None",
    ),
]
