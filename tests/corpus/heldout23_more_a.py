"""Corpus cases for the classes the twenty-third held-out corpus showed after its blind run, in our own spellings,
with their exact expected outcomes (``mutations.py``): for gates, an xor whose second layer adds its terms with
.sum() (no axis), a perceptron that puts a sigmoid before threshold, an xor that joins its hidden outputs with
np.vstack, an xor that stores the NAND output back into x2, a threshold that gives a 0-d array an axis
(np.atleast_1d); for perceptron, a fit that names .copy without calling it, counts sums near 0 as 0 with np.isclose,
predicts with min(max(z, 0), 1), keeps a label set to 1 in an if without else, runs Perceptron.__init__(self) again
or shuffles the samples, and a predict whose labels are inverted or whose column of ones and bias sit at opposite
ends. ``bug`` for a mistake, ``alternative`` for correct code written another way.
"""

from corpus.mutations import alternative, bug

G_THRESH_ARRAY = "        return (z >= 0.5).astype(int)\n"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)\n"
)
G_XOR_TOP = "    return perceptron(either, not_both, AND_WEIGHTS)\n"
P_X = "        X = np.asarray(X, dtype=float)\n"
P_Y = "        y = np.asarray(y, dtype=float)\n"
P_LOOPS = "        for _ in range(self.epochs):\n            for x_i, y_i in zip(X, y):\n"
P_PREDICTION = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
P_BIAS0 = "        self.bias = 0.0\n"
P_Z = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n"
P_RETURN = "        return (z >= 0).astype(int)\n"

XOR_PARTS = ["xor_truth_table", "xor_on_arrays"]
FIT_WRONG = ["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"]
PREDICT_WRONG = ["predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]"]

CASES = [
    # ------------------------------------------------------------------ gates
    bug(
        "h23a_gates_xor_second_layer_method_sum", "gates",
        [(G_XOR_TOP, "    w0, w1, w2 = AND_WEIGHTS\n    weighted = np.array([w1 * either, w2 * not_both])\n"
                     "    return threshold(w0 + weighted.sum())\n")],
        fails=["xor_on_arrays"],
        hint="without an axis",
        about="xor's second layer adds its two weighted hidden outputs with .sum() on their stacked array",
    ),
    bug(
        "h23a_gates_perceptron_sigmoid_line", "gates",
        [("    return threshold(z)\n", "    squashed = 1 / (1 + np.exp(-z))\n    return threshold(squashed)\n")],
        fails=["perceptron_weighted_sum", *XOR_PARTS],
        hint="passes the weighted sum through a sigmoid",
        about="perceptron squashes the weighted sum with a sigmoid on its own line before threshold",
    ),
    bug(
        "h23a_gates_xor_hidden_vstack", "gates",
        [(G_XOR_TOP, "    pair = np.vstack([either, not_both])\n    return perceptron(pair[0], pair[1], AND_WEIGHTS)\n")],
        fails=["xor_truth_table"],
        hint="puts values together with np.vstack",
        about="xor joins its hidden outputs with np.vstack and feeds the rows on",
    ),
    bug(
        "h23a_gates_xor_nand_stored_in_x2", "gates",
        [(G_XOR, "    x2 = perceptron(x1, x2, NAND_WEIGHTS)\n    either = perceptron(x1, x2, OR_WEIGHTS)\n"
                 "    return perceptron(either, x2, AND_WEIGHTS)\n")],
        fails=XOR_PARTS,
        hint="stores a result back into x2",
        about="xor stores the NAND output in x2 before OR reads the input x2",
    ),
    bug(
        "h23a_gates_threshold_atleast_1d", "gates",
        [(G_THRESH_ARRAY, "        return np.atleast_1d((z >= 0.5).astype(int))\n")],
        fails=["threshold_on_numpy_numbers"],
        hint="must give a 0-d array",
        about="threshold's array branch wraps its result in np.atleast_1d, so a 0-d array gets shape (1,)",
    ),
    alternative(
        "h23a_gates_xor_converts_inputs_in_place", "gates",
        [(G_XOR, "    x1, x2 = np.asarray(x1), np.asarray(x2)\n" + G_XOR)],
        about="xor converts its inputs with np.asarray under the same names (0-d arrays for numbers)",
    ),
    alternative(
        "h23a_gates_xor_sum_along_axis_zero", "gates",
        [(G_XOR_TOP, "    w0, w1, w2 = AND_WEIGHTS\n"
                     "    return threshold(w0 + np.sum([w1 * either, w2 * not_both], axis=0))\n")],
        about="xor's second layer adds its terms with np.sum(..., axis=0), term by term",
    ),
    # ------------------------------------------------------------------ perceptron
    bug(
        "h23a_perceptron_fit_labels_copy_uncalled", "perceptron",
        [(P_Y, "        y = np.asarray(y, dtype=float).copy\n")],
        fails=["fit_returns_self", "weights_after_fit", "predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]",
               "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists", "fit_starts_afresh", "defaults_as_the_spec"],
        hint="names the method .copy without calling it",
        crashes=True,
        about="fit writes y = np.asarray(y, dtype=float).copy, the method, not a copy",
    ),
    bug(
        "h23a_perceptron_fit_isclose_with_atol", "perceptron",
        [(P_PREDICTION, "                z = x_i @ self.weights + self.bias\n"
                        "                prediction = 1 if (z >= 0 or np.isclose(z, 0.0, atol=1e-6)) else 0\n")],
        fails=["weights_after_fit"],
        hint="np.isclose's tolerance",
        about="fit's step also fires where np.isclose(z, 0.0, atol=1e-6)",
    ),
    bug(
        "h23a_perceptron_fit_min_max_prediction", "perceptron",
        [(P_PREDICTION, "                prediction = min(max(x_i @ self.weights + self.bias, 0.0), 1.0)\n")],
        fails=FIT_WRONG,
        hint="clips the weighted sum into [0, 1]",
        about="fit predicts with min(max(z, 0), 1) instead of the step",
    ),
    bug(
        "h23a_perceptron_fit_label_kept_between_samples", "perceptron",
        [(P_BIAS0, P_BIAS0 + "        label = 0\n"),
         (P_PREDICTION, "                z = x_i @ self.weights + self.bias\n                if z >= 0:\n"
                        "                    label = 1\n                prediction = label\n")],
        fails=FIT_WRONG,
        hint="nothing sets it back to 0",
        about="fit sets label = 1 in an if without else and predicts with it",
    ),
    bug(
        "h23a_perceptron_fit_class_init_again", "perceptron",
        [(P_X, "        Perceptron.__init__(self)\n" + P_X)],
        fails=["weights_after_fit"],
        hint="runs the constructor (__init__) again",
        about="fit calls Perceptron.__init__(self), which puts lr and epochs back to their defaults",
    ),
    bug(
        "h23a_perceptron_fit_shuffles_in_place", "perceptron",
        [(P_LOOPS, "        order, rng = np.arange(len(X)), np.random.default_rng(7)\n        for _ in range(self.epochs):\n"
                   "            rng.shuffle(order)\n            for x_i, y_i in zip(X[order], y[order]):\n")],
        fails=["weights_after_fit"],
        hint="shuffles the samples",
        about="fit shuffles an index array with a generator seeded in fit, every epoch",
    ),
    bug(
        "h23a_perceptron_predict_labels_below_zero", "perceptron",
        [(P_RETURN, "        return (z < 0).astype(int)\n")],
        fails=PREDICT_WRONG,
        hint="every label is inverted",
        about="predict labels 1 where the sum is below 0",
    ),
    bug(
        "h23a_perceptron_predict_ones_last_bias_first", "perceptron",
        [(P_Z, "        X = np.asarray(X, dtype=float)\n"
               "        z = np.hstack([X, np.ones((len(X), 1))]) @ np.concatenate([[self.bias], self.weights])\n")],
        fails=PREDICT_WRONG,
        hint="the column of ones goes last",
        about="predict appends a column of ones but puts the bias first among the weights",
    ),
    alternative(
        "h23a_perceptron_predict_ones_and_bias_first", "perceptron",
        [(P_Z, "        X = np.asarray(X, dtype=float)\n"
               "        z = np.hstack([np.ones((len(X), 1)), X]) @ np.concatenate([[self.bias], self.weights])\n")],
        about="predict folds the bias in as a first column of ones and a first weight",
    ),
]
