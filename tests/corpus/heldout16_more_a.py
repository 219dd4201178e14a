"""Corpus cases for the classes of gates and perceptron the sixteenth held-out corpus showed after its blind run, in our
own spellings, with their exact expected outcomes (``mutations.py``): a threshold whose return is indented into its loop,
gate weights as a generator expression, two gates bound to one list, a weight floored by //, a tuple asked to .pop();
a fit that never stores its local bias, slices an augmented vector at the wrong end, reuses the sample index in an
inner loop, steps to 0.5 at zero, stops on a signed sum of updates, or asks np.zeros for a dtype of 1; a predict that
sums down the samples or returns inside its row loop.
"""

from corpus.mutations import bug

G_THRESHOLD = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n"
G_UNPACK = "    w0, w1, w2 = weights\n"

P_LOOP = (
    "        for _ in range(self.epochs):\n"
    "            for x_i, y_i in zip(X, y):\n"
    "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
    "                update = self.lr * (y_i - prediction)\n"
    "                self.weights += update * x_i  # our own array: safe in place\n"
    "                self.bias = float(self.bias + update)\n"
)
P_START = "        self.weights = np.zeros(X.shape[1])\n        self.bias = 0.0\n"
P_PREDICTION = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
P_PREDICT = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n        return (z >= 0).astype(int)\n"

XOR_PARTS = ["xor_truth_table", "xor_on_arrays"]
FIT_WRONG = ["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"]
PREDICT_WRONG = ["predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]"]
FIT_RAISES = ["fit_returns_self", "weights_after_fit", "predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]",
              "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists", "fit_starts_afresh", "defaults_as_the_spec"]

CASES = [
    # ------------------------------------------------------------------ gates
    bug(
        "h16a_gates_threshold_while_returns_in_loop", "gates",
        [(G_THRESHOLD, "    if isinstance(z, np.ndarray):\n        result = np.zeros_like(z, dtype=int)\n        k = 0\n"
                       "        while k < z.size:\n            result.flat[k] = 1 if z.flat[k] >= 0.5 else 0\n"
                       "            k += 1\n            return result\n")],
        fails=["threshold_on_arrays", "xor_on_arrays"],
        hint="sits inside its loop",
        about="threshold's while loop over the entries ends with its return: only the first entry is set",
    ),
    bug(
        "h16a_gates_first_two_weights_dotted", "gates",
        [("    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n",
          "    z = np.dot(np.asarray(weights[:2]), [np.asarray(x1), np.asarray(x2)])\n")],
        fails=["perceptron_weighted_sum", *XOR_PARTS],
        hint="one place before its own",
        about="the first two weights dotted with (x1, x2): w0 with x1, w1 with x2, w2 never used",
    ),
    bug(
        "h16a_gates_or_weights_generator", "gates",
        [("OR_WEIGHTS = (0.0, 0.6, 0.6)\n", "OR_WEIGHTS = (w * 2 for w in (0.0, 0.3, 0.3))\n")],
        fails=["gate_weights[OR]", *XOR_PARTS],
        hint="is a generator, not a tuple",
        crashes=True,
        about="OR_WEIGHTS written as a generator expression, used up by its first perceptron",
    ),
    bug(
        "h16a_gates_nand_and_share_list", "gates",
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)\n", "AND_WEIGHTS = [-0.5, 0.6, 0.6]\n"),
         ("NAND_WEIGHTS = (1.5, -0.6, -0.6)\n",
          "NAND_WEIGHTS = AND_WEIGHTS\nfor k, w in enumerate((1.5, -0.6, -0.6)):\n    NAND_WEIGHTS[k] = w\n")],
        fails=["gate_weights[AND]", *XOR_PARTS],
        hint="are one and the same list",
        about="NAND_WEIGHTS = AND_WEIGHTS then NAND's entries set one by one: AND is changed too",
    ),
    bug(
        "h16a_gates_nand_bias_floored", "gates",
        [("NAND_WEIGHTS = (1.5, -0.6, -0.6)\n", "NAND_WEIGHTS = (3 // 2, -6 / 10, -6 / 10)\n")],
        fails=["gate_weights[NAND]", *XOR_PARTS],
        hint="written with //, floor division",
        about="NAND's bias weight written 3 // 2, which floors to 1",
    ),
    bug(
        "h16a_gates_perceptron_appends_to_tuple", "gates",
        [(G_UNPACK, "    w0, w1, w2 = weights\n    weights.append(0.0)  # room for a third input\n")],
        fails=["perceptron_weighted_sum", *XOR_PARTS],
        hint="A tuple has no .append()",
        crashes=True,
        about="perceptron appends to the weights tuple",
    ),
    # ------------------------------------------------------------------ perceptron: fit
    bug(
        "h16a_perceptron_bias_kept_in_local", "perceptron",
        [(P_LOOP, P_LOOP.replace("self.bias >= 0", "b >= 0").replace("self.bias = float(self.bias + update)", "b = b + update")
          .replace("        for _ in range(self.epochs):\n", "        b = self.bias\n        for _ in range(self.epochs):\n", 1))],
        fails=FIT_WRONG,
        hint="self.bias is still its starting 0.0",
        about="fit learns the bias in a local b and never writes it back",
    ),
    bug(
        "h16a_perceptron_augmented_slice_end", "perceptron",
        [(P_START + P_LOOP,
          "        A = np.column_stack([np.ones(len(X)), X])\n        theta = np.zeros(A.shape[1])\n"
          "        for _ in range(self.epochs):\n            for a_i, y_i in zip(A, y):\n"
          "                theta = theta + self.lr * (y_i - (1 if a_i @ theta >= 0 else 0)) * a_i\n"
          "        self.weights, self.bias = theta[:len(theta) - 1], float(theta[0])\n")],
        fails=FIT_WRONG,
        hint="sliced at the wrong end",
        about="fit keeps theta[:-1] of a bias-first augmented vector as the weights",
    ),
    bug(
        "h16a_perceptron_inner_index_clobbers_sample", "perceptron",
        [("            for x_i, y_i in zip(X, y):\n" + P_PREDICTION,
          "            for n in range(X.shape[0]):\n                x_i = X[n]\n"
          "                s = self.bias\n                for n in range(X.shape[1]):\n                    s += self.weights[n] * x_i[n]\n"
          "                y_i = y[n]\n                prediction = int(s >= 0)\n")],
        fails=[*FIT_WRONG, "attribute_types"],
        hint="reuses the name of the sample index",
        crashes=True,
        about="the feature loop reuses n, so every sample learns y[n_features - 1]",
    ),
    bug(
        "h16a_perceptron_step_averaged_at_zero", "perceptron",
        [(P_PREDICTION, "                s = x_i @ self.weights + self.bias\n"
                        "                prediction = (float(s > 0) + float(s >= 0)) / 2\n")],
        fails=["weights_after_fit"],
        hint="your fit predicts 0.5, not 1",
        about="fit's step averages the two sides at exactly 0",
    ),
    bug(
        "h16a_perceptron_stops_on_summed_updates", "perceptron",
        [(P_LOOP, P_LOOP.replace("        for _ in range(self.epochs):\n", "        for _ in range(self.epochs):\n            moved = []\n", 1)
          + "                moved.append(update)\n            if sum(moved) == 0:\n                break\n")],
        fails=FIT_WRONG,
        hint="the updates carry a sign",
        about="fit stops after an epoch whose signed updates add up to 0",
    ),
    bug(
        "h16a_perceptron_zeros_two_numbers", "perceptron",
        [("        self.weights = np.zeros(X.shape[1])\n", "        self.weights = np.zeros(X.shape[1], 0)\n")],
        fails=FIT_RAISES,
        hint="np.zeros fills with 0 already: leave the 0 out",
        crashes=True,
        about="np.zeros(n, 0): the 0 is read as the dtype",
    ),
    bug(
        "h16a_perceptron_labels_newaxis_column", "perceptron",
        [("        y = np.asarray(y, dtype=float)\n", "        y = np.asarray(y, dtype=float)[:, np.newaxis]\n")],
        fails=FIT_RAISES,
        hint="makes a column of shape (n, 1)",
        crashes=True,
        about="the labels made a column with [:, np.newaxis]: each y_i is a one-element array float() refuses",
    ),
    # ------------------------------------------------------------------ perceptron: predict
    bug(
        "h16a_perceptron_predict_sums_columns", "perceptron",
        [(P_PREDICT, "        z = (np.asarray(X, dtype=float) * self.weights).sum(axis=0) + self.bias\n        return (z >= 0).astype(int)\n")],
        fails=PREDICT_WRONG,
        hint="one label per feature",
        about="predict sums X * weights down the samples",
    ),
    bug(
        "h16a_perceptron_predict_return_in_loop", "perceptron",
        [(P_PREDICT, "        labels = []\n        for x in np.asarray(X, dtype=float):\n"
                     "            labels.append(1 if x @ self.weights + self.bias >= 0 else 0)\n            return np.array(labels[0])\n")],
        fails=PREDICT_WRONG,
        hint="the first sample's",
        about="predict returns inside its loop over the rows",
    ),
]
