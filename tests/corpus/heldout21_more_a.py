"""Corpus cases for the classes of gates and perceptron the twenty-first held-out corpus showed after its blind run, in our
own spellings, with their exact expected outcomes (``mutations.py``): a threshold that converts with a unary plus or
a ~, binds its * 1 to 0.5 instead of the comparison, or asks .astype for an abstract NumPy type; a perceptron that
takes a matrix product over its stacked inputs; an xor wrapped in np.vectorize, ended by np.logical_and, or whose
hidden layer comes from a weight matrix's columns; a fit that trains at least N epochs, runs np.unique over the
samples, keeps a share of them aside, stops at a plateau, walks X with np.nditer, adds its ones with np.insert
without axis or by appending to rows, or makes its zeros after the loop; a predict that looks its labels up in an
array of classes. ``bug`` for a mistake, ``alternative`` for correct code written another way.
"""

from corpus.mutations import alternative, bug

G_ARRAY = "        return (z >= 0.5).astype(int)\n"
G_NUMBER = "    return int(z >= 0.5)\n"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)\n"
)
P_START = "        self.weights = np.zeros(X.shape[1])\n        self.bias = 0.0\n"
P_EPOCHS = "        for _ in range(self.epochs):\n"
P_SAMPLES = "            for x_i, y_i in zip(X, y):\n"
P_LOOP = (
    P_EPOCHS + P_SAMPLES
    + "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
    "                update = self.lr * (y_i - prediction)\n"
    "                self.weights += update * x_i  # our own array: safe in place\n"
    "                self.bias = float(self.bias + update)\n"
)
P_RETURN = "        return (z >= 0).astype(int)\n"

XOR_PARTS = ["xor_truth_table", "xor_on_arrays"]
FIT_WRONG = ["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"]
FIT_RAISES = ["fit_returns_self", "weights_after_fit", "predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]",
              "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists", "fit_starts_afresh", "defaults_as_the_spec"]

CASES = [
    # ------------------------------------------------------------------ gates
    bug(
        "h21a_gates_threshold_unary_plus_greater_equal", "gates",
        [(G_ARRAY, "        return +np.greater_equal(z, 0.5)\n")],
        fails=["threshold_on_arrays", "perceptron_weighted_sum", "xor_on_arrays"],
        hint="with a unary plus",
        crashes=True,
        about="threshold's array branch converts np.greater_equal's booleans with a unary plus",
    ),
    bug(
        "h21a_gates_threshold_astype_signedinteger", "gates",
        [(G_ARRAY, "        return np.asarray(z >= 0.5).astype(np.signedinteger)\n")],
        fails=["threshold_on_arrays", "perceptron_weighted_sum", "xor_on_arrays"],
        hint="abstract base classes",
        crashes=True,
        about="threshold's array branch asks .astype for NumPy's abstract np.signedinteger",
    ),
    bug(
        "h21a_gates_threshold_single_tilde_of_less", "gates",
        [(G_ARRAY, "        return ~(z < 0.5)\n")],
        fails=["threshold_on_arrays"],
        hint="applies ~ to a comparison",
        about="threshold's array branch negates z < 0.5 with ~, which leaves booleans",
    ),
    bug(
        "h21a_gates_threshold_plus_zero_binds_to_half", "gates",
        [(G_ARRAY, "        return z >= 0.5 + 0  # + 0 makes it a number\n")],
        fails=["threshold_on_arrays"],
        hint="binds tighter than the comparison",
        about="threshold adds 0 to make the comparison a number, but + binds to 0.5",
    ),
    bug(
        "h21a_gates_perceptron_column_stack_product", "gates",
        [(G_Z, "    z = w0 + np.array([w1, w2]) @ np.column_stack([x1, x2]).T\n")],
        fails=["perceptron_weighted_sum", "xor_truth_table"],
        hint="a matrix product over the inputs stacked",
        about="perceptron's sum is a matrix product over np.column_stack of the inputs, (1,) for numbers",
    ),
    bug(
        "h21a_gates_xor_vectorized_lambda", "gates",
        [(G_XOR, "    gate = lambda a, b: perceptron(perceptron(a, b, OR_WEIGHTS), perceptron(a, b, NAND_WEIGHTS), AND_WEIGHTS)\n"
                 "    return np.vectorize(gate)(x1, x2)\n")],
        fails=["xor_truth_table"],
        hint="in np.vectorize",
        about="xor vectorizes a lambda over input pairs: two numbers give a 0-d array",
    ),
    bug(
        "h21a_gates_xor_logical_and_of_calls", "gates",
        [(G_XOR, "    return np.logical_and(perceptron(x1, x2, OR_WEIGHTS), perceptron(x1, x2, NAND_WEIGHTS))\n")],
        fails=["xor_truth_table"],
        hint="with np.logical_and",
        about="xor ends with np.logical_and of the OR and NAND perceptrons instead of the AND perceptron",
    ),
    bug(
        "h21a_gates_xor_hidden_from_weight_columns", "gates",
        [(G_XOR, "    W = np.array([OR_WEIGHTS, NAND_WEIGHTS])\n"
                 "    h = threshold(W[:, 0] + W[:, 1] * x1 + W[:, 2] * x2)\n"
                 "    return perceptron(h[0], h[1], AND_WEIGHTS)\n")],
        fails=["xor_on_arrays"],
        hint="one weight per hidden neuron",
        crashes=True,
        about="xor's hidden layer multiplies a weight matrix's columns by the inputs: neurons meet samples",
    ),
    alternative(
        "h21a_gates_v_threshold_plus_bool", "gates",
        [(G_NUMBER, "    return +bool(z >= 0.5)  # a Python bool: + gives 1 or 0\n")],
        about="threshold's number branch makes the comparison a Python bool, then a unary plus gives the int",
    ),
    alternative(
        "h21a_gates_v_threshold_bracketed_times_one", "gates",
        [(G_ARRAY, "        return (z >= 0.5) * 1\n")],
        about="threshold's array branch multiplies the bracketed comparison by 1",
    ),
    # ------------------------------------------------------------------ perceptron
    bug(
        "h21a_perceptron_epochs_floor_twelve", "perceptron",
        [(P_EPOCHS, "        n_epochs = max(12, self.epochs)\n        for _ in range(n_epochs):\n")],
        fails=["weights_after_fit"],
        hint="never runs fewer than 12 epochs",
        about="fit runs at least 12 epochs, whatever self.epochs says",
    ),
    bug(
        "h21a_perceptron_fit_unique_rows_first", "perceptron",
        [(P_START, "        rows, first = np.unique(X, axis=0, return_index=True)\n        X, y = rows, y[first]\n" + P_START)],
        fails=["weights_after_fit"],
        hint="np.unique gives the rows back sorted",
        about="fit keeps np.unique's rows, sorted, instead of the samples in their order",
    ),
    bug(
        "h21a_perceptron_fit_holds_out_a_quarter", "perceptron",
        [(P_SAMPLES, "            cut = int(len(X) * 0.75)  # the rest checks the fit\n"
                     "            for x_i, y_i in zip(X[:cut], y[:cut]):\n")],
        fails=["weights_after_fit", "learns_gate[AND]"],
        hint="kept aside for validation",
        about="fit trains on the first three quarters of the samples only",
    ),
    bug(
        "h21a_perceptron_fit_stops_when_errors_stall", "perceptron",
        [(P_LOOP, "        best = None\n" + P_EPOCHS + "            errors = 0\n" + P_SAMPLES
          + "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
          "                update = self.lr * (y_i - prediction)\n"
          "                errors += update != 0\n"
          "                self.weights += update * x_i\n"
          "                self.bias = float(self.bias + update)\n"
          "            if best is not None and errors >= best:\n"
          "                break\n"
          "            best = errors\n")],
        fails=FIT_WRONG,
        hint="Your fit stops early",
        about="fit stops once an epoch makes no fewer errors than the best so far",
    ),
    bug(
        "h21a_perceptron_fit_nditer_c_order", "perceptron",
        [(P_SAMPLES, "            for x_i, y_i in zip(np.nditer(X, order=\"C\"), y):\n")],
        fails=FIT_RAISES,
        hint="walks X with np.nditer",
        crashes=True,
        about="fit pairs np.nditer's single elements with the labels, taking them for rows",
    ),
    bug(
        "h21a_perceptron_fit_insert_ones_at_end", "perceptron",
        [(P_START + P_LOOP,
          "        Xb = np.insert(X, X.shape[1], 1.0)  # x0 = 1 as the last input\n"
          "        wb = np.zeros(Xb.shape[1])\n"
          + P_EPOCHS +
          "            for x_i, y_i in zip(Xb, y):\n"
          "                wb = wb + self.lr * (y_i - (1 if x_i @ wb >= 0 else 0)) * x_i\n"
          "        self.weights, self.bias = wb[:-1], float(wb[-1])\n")],
        fails=FIT_RAISES,
        hint="calls np.insert without axis=",
        crashes=True,
        about="fit adds its column of ones with np.insert but no axis: X is flattened",
    ),
    bug(
        "h21a_perceptron_fit_appends_in_comprehension", "perceptron",
        [(P_START + P_LOOP,
          "        [r.append(1.0) for r in X]\n"
          "        wb = np.zeros(X.shape[1])\n"
          + P_EPOCHS +
          "            for x_i, y_i in zip(X, y):\n"
          "                wb = wb + self.lr * (y_i - (1 if x_i @ wb >= 0 else 0)) * x_i\n"
          "        self.weights, self.bias = wb[:-1], float(wb[-1])\n")],
        fails=FIT_RAISES,
        hint="an array has no .append",
        crashes=True,
        about="fit appends 1.0 to every row of X, which is an array",
    ),
    bug(
        "h21a_perceptron_zeros_after_training", "perceptron",
        [(P_START + P_LOOP, "        self.bias = 0.0\n" + P_LOOP + "        self.weights = np.zeros(len(X[0]))\n")],
        fails=FIT_RAISES,
        hint="comes after the training loop",
        crashes=True,
        about="fit makes the weights' zeros after the loop that uses them",
    ),
    bug(
        "h21a_perceptron_predict_labels_lookup", "perceptron",
        [(P_START, "        self.labels_ = np.unique(y)\n" + P_START),
         (P_RETURN, "        return self.labels_[np.where(z >= 0, 1, 0)]\n")],
        fails=["predict_uses_step_at_zero"],
        hint="looks its labels up in an array",
        about="predict maps the step through np.unique's float labels",
    ),
    alternative(
        "h21a_perceptron_v_stop_after_clean_epoch", "perceptron",
        [(P_LOOP, P_EPOCHS + "            errors = 0\n" + P_SAMPLES
          + "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
          "                update = self.lr * (y_i - prediction)\n"
          "                errors += update != 0\n"
          "                self.weights += update * x_i\n"
          "                self.bias = float(self.bias + update)\n"
          "            if not errors:\n"
          "                break\n")],
        about="fit stops after an epoch with no error, which would change nothing",
    ),
]
