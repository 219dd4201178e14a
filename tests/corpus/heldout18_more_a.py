"""Corpus cases for the classes of gates and perceptron the eighteenth held-out corpus showed after its blind run, in our own
spellings, with their exact expected outcomes (``mutations.py``): a threshold that keeps np.where's positions, one with
an upper bound on z, a perceptron that divides its weights by their length, an xor that computes XNOR with gates other
than the lesson's, one that makes its inputs 1-D, one that writes NOT as -1 * x; AND's weights halved, and weights whose
sign slip is not all that is wrong (a sum on 0.5 among other wrong rows); a fit that keeps the mean of its snapshots,
divides the step by the sample's length, zeroes the bias before every sample, learns a threshold to reach and
stores it as the bias, loops over the feature count, trains a fixed 1000 epochs with an early stop, compares labels
into booleans, or binds the bias and the weights to one array.
"""

from corpus.mutations import bug

G_ARRAY = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n"
G_XOR = ("    either = perceptron(x1, x2, OR_WEIGHTS)\n    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
         "    return perceptron(either, not_both, AND_WEIGHTS)\n")

P_LOOP = (
    "        for _ in range(self.epochs):\n"
    "            for x_i, y_i in zip(X, y):\n"
    "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
    "                update = self.lr * (y_i - prediction)\n"
    "                self.weights += update * x_i  # our own array: safe in place\n"
    "                self.bias = float(self.bias + update)\n"
)
P_START = "        self.weights = np.zeros(X.shape[1])\n        self.bias = 0.0\n"
P_SAMPLES = "            for x_i, y_i in zip(X, y):\n"
P_PREDICTION = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
P_STEP = "                self.weights += update * x_i  # our own array: safe in place\n"

XOR_PARTS = ["xor_truth_table", "xor_on_arrays"]
FIT_WRONG = ["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"]
FIT_RAISES = ["fit_returns_self", "weights_after_fit", "predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]",
              "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists", "fit_starts_afresh", "defaults_as_the_spec"]

CASES = [
    # ------------------------------------------------------------------ gates
    bug(
        "h18a_gates_threshold_where_positions", "gates",
        [(G_ARRAY, "    if isinstance(z, np.ndarray):\n        fired = np.where(z >= 0.5)\n        return fired\n")],
        fails=["threshold_on_arrays", "threshold_on_numpy_numbers", "perceptron_weighted_sum", "xor_on_arrays"],
        hint="calls np.where with the condition alone",
        crashes=True,
        about="threshold's array branch keeps what np.where(cond) gives: a tuple of positions",
    ),
    bug(
        "h18a_gates_threshold_nonzero_positions", "gates",
        [(G_ARRAY, "    if isinstance(z, np.ndarray):\n        return np.nonzero(z >= 0.5)[0]\n")],
        fails=["threshold_on_arrays", "threshold_on_numpy_numbers", "perceptron_weighted_sum", "xor_on_arrays"],
        hint="calls np.nonzero on the condition",
        crashes=True,
        about="threshold's array branch answers np.nonzero's positions of the entries that fire",
    ),
    bug(
        "h18a_gates_threshold_capped_at_two", "gates",
        [(G_ARRAY + "    return int(z >= 0.5)\n",
          "    if isinstance(z, np.ndarray):\n        return ((z >= 0.5) * (z < 2)).astype(int)\n    return int(z >= 0.5 and z < 2)\n")],
        fails=["threshold_on_numbers", "threshold_on_arrays"],
        hint="stops firing for sums above some number",
        about="threshold fires only for 0.5 <= z < 2",
    ),
    bug(
        "h18a_gates_perceptron_weights_over_largest", "gates",
        [("    w0, w1, w2 = weights\n",
          "    w = np.asarray(weights, dtype=float)\n    w0, w1, w2 = w / np.max(np.abs(w))\n")],
        fails=["perceptron_weighted_sum"],
        hint="divided by their largest size",
        about="perceptron scales its weights by the largest of them before the sum",
    ),
    bug(
        "h18a_gates_perceptron_unit_weights", "gates",
        [("    w0, w1, w2 = weights\n",
          "    w = np.array(weights, dtype=float)\n    w0, w1, w2 = w / np.sqrt(np.sum(w ** 2))\n")],
        fails=["perceptron_weighted_sum"],
        hint="divided by their length",
        about="perceptron scales its weights to unit length before the sum",
    ),
    bug(
        "h18a_gates_xor_nor_or_and", "gates",
        [(G_XOR, "    return perceptron(perceptron(x1, x2, NOR_WEIGHTS), perceptron(x1, x2, AND_WEIGHTS), OR_WEIGHTS)\n")],
        fails=XOR_PARTS,
        hint="is XNOR",
        about="xor as OR(NOR, AND): both or neither, the opposite of XOR",
    ),
    bug(
        "h18a_gates_xor_atleast_1d", "gates",
        [(G_XOR, "    x1 = np.atleast_1d(x1)\n    x2 = np.atleast_1d(x2)\n" + G_XOR)],
        fails=["xor_truth_table"],
        hint="flattens its inputs into 1-D arrays",
        about="xor makes its inputs at least 1-D, so two numbers give an array of shape (1,)",
    ),
    bug(
        "h18a_gates_xor_not_times_minus_one", "gates",
        [(G_XOR, "    left = perceptron(-1 * np.asarray(x1), x2, AND_WEIGHTS)\n"
                 "    right = perceptron(x1, -1 * np.asarray(x2), AND_WEIGHTS)\n"
                 "    return perceptron(left, right, OR_WEIGHTS)\n")],
        fails=XOR_PARTS,
        hint="writes NOT as a minus sign",
        about="xor's NOT written as -1 * x, which keeps 0 at 0",
    ),
    bug(
        "h18a_gates_and_weights_halved", "gates",
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)\n", "AND_WEIGHTS = (-0.3, 0.35, 0.35)\n")],
        fails=["gate_weights[AND]", *XOR_PARTS],
        hint="are all half of weights",
        about="AND weights that work, (-0.6, 0.7, 0.7), halved: (1, 1) no longer reaches 0.5",
    ),
    bug(
        "h18a_gates_nor_sign_and_tie", "gates",
        [("NOR_WEIGHTS = (0.5, -0.6, -0.6)\n", "NOR_WEIGHTS = (0.3, 0.2, -0.2)\n")],
        fails=["gate_weights[NOR]"],
        hint="The sign is not all",
        about="NOR weights with w1 of the wrong sign and w0 too small; (1, 0) sums to 0.5 exactly",
    ),
    # ------------------------------------------------------------------ perceptron
    bug(
        "h18a_perceptron_mean_of_snapshots", "perceptron",
        [(P_LOOP, "        seen = []\n" + P_LOOP + "                seen.append(np.append(self.weights, self.bias))\n"
                  "        mean = np.mean(seen, axis=0)\n        self.weights, self.bias = mean[:-1], float(mean[-1])\n")],
        fails=["weights_after_fit", "learns_gate[OR]"],
        hint="averages of the values they took",
        about="fit ends on the mean of the weights and bias seen after every sample",
    ),
    bug(
        "h18a_perceptron_step_over_length", "perceptron",
        [(P_STEP, "                self.weights = self.weights + update * x_i / np.sqrt(max(x_i @ x_i, 1e-12))\n")],
        fails=["weights_after_fit"],
        hint="divided by the length (the norm)",
        about="the weights' step divided by the sample's Euclidean length",
    ),
    bug(
        "h18a_perceptron_bias_zeroed_every_sample", "perceptron",
        [(P_SAMPLES, P_SAMPLES + "                self.bias *= 0\n")],
        fails=FIT_WRONG,
        hint="set back to zero before every sample",
        about="the bias multiplied by 0 at the top of the sample loop",
    ),
    bug(
        "h18a_perceptron_threshold_stored_as_bias", "perceptron",
        [(P_START + P_LOOP,
          "        self.weights = np.zeros(X.shape[1])\n        theta = 0.0\n"
          "        for _ in range(self.epochs):\n            for x_i, y_i in zip(X, y):\n"
          "                prediction = int(x_i @ self.weights >= theta)\n"
          "                update = self.lr * (y_i - prediction)\n"
          "                self.weights = self.weights + update * x_i\n                theta -= update\n"
          "        self.bias = float(theta)\n")],
        fails=FIT_WRONG,
        hint="bias has the opposite sign",
        about="fit learns a threshold theta to reach (x @ w >= theta) and stores theta itself as the bias",
    ),
    bug(
        "h18a_perceptron_rows_counted_by_columns", "perceptron",
        [(P_SAMPLES, "            for k in range(len(X[0])):\n                x_i, y_i = X[k], y[k]\n")],
        fails=[*FIT_WRONG, "attribute_types"],
        hint="learns from the first 2 samples only",
        crashes=True,
        about="the sample loop runs over len(X[0]), the feature count",
    ),
    bug(
        "h18a_perceptron_fixed_thousand_epochs", "perceptron",
        [(P_LOOP, P_LOOP.replace("        for _ in range(self.epochs):\n", "        for _ in range(1000):\n            wrong = 0\n", 1)
          + "                wrong += prediction != y_i\n            if not wrong:\n                break\n")],
        fails=["weights_after_fit"],
        hint="never reads self.epochs",
        about="fit runs up to 1000 epochs and stops at the first without a mistake, never reading self.epochs",
    ),
    bug(
        "h18a_perceptron_labels_compared_to_one", "perceptron",
        [("        y = np.asarray(y, dtype=float)\n", "        y = np.asarray(y) == 1\n"),
         (P_PREDICTION, "                prediction = bool(x_i @ self.weights + self.bias >= 0)\n")],
        fails=FIT_RAISES,
        hint="NumPy refuses to subtract two booleans",
        crashes=True,
        about="labels made booleans by == 1 and the prediction by bool(): y_i - prediction raises TypeError",
    ),
    bug(
        "h18a_perceptron_bias_bound_to_weights", "perceptron",
        [(P_START, "        self.bias = self.weights = np.zeros(X.shape[1])\n")],
        fails=FIT_RAISES,
        hint="binds both names to one and the same array",
        crashes=True,
        about="self.bias = self.weights = np.zeros(n): the bias is the weight array",
    ),
]
