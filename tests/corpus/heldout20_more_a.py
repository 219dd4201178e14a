"""Corpus cases for the classes of gates and perceptron the twentieth held-out corpus showed after its blind run, in
our own spellings, with their exact expected outcomes (``mutations.py``): a threshold that rounds to some decimals
before comparing, or gives dtype= to a comparison ufunc; a perceptron that adds x0 = 1 where w0 belongs, spreads its
inputs over a grid (np.ix_), takes len() of a number, or calls .astype on threshold's int; gate weights made by
multiplying a tuple by -1; an xor whose layers are other gates, or whose hidden outputs are raw sums; a fit that compares its
weights with a view of themselves, moves the bias once per feature, returns at the first right sample, starts its bias
elsewhere than 0, skips all-zero samples, counts epochs per sample, drops X's last column, stores .sort()'s None or np.ones_like of a count; a predict that
adds the bias as a column (n, 1).
"""

from corpus.mutations import bug

G_THRESH = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)\n"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
G_RET = G_Z + "    return threshold(z)\n"
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)\n"
)
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
P_WUPDATE = "                self.weights += update * x_i  # our own array: safe in place\n"
P_PREDICT = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n        return (z >= 0).astype(int)\n"

XOR_PARTS = ["xor_truth_table", "xor_on_arrays"]
FIT_WRONG = ["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"]
FIT_RAISES = ["fit_returns_self", "weights_after_fit", "predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]",
              "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists", "fit_starts_afresh", "defaults_as_the_spec"]

CASES = [
    # ------------------------------------------------------------------ gates
    bug(
        "h20a_gates_threshold_around_two_places", "gates",
        [(G_THRESH, G_THRESH.replace("(z >= 0.5)", "(np.around(z, 2) >= 0.5)"))],
        fails=["threshold_on_numbers", "threshold_on_arrays"],
        hint="rounds z to 2 decimals before it compares",
        about="threshold rounds z to two places first: 0.49999 becomes 0.5 and fires",
    ),
    bug(
        "h20a_gates_threshold_less_dtype_int8", "gates",
        [("        return (z >= 0.5).astype(int)\n", "        return 1 - np.less(z, 0.5, dtype=np.int8)\n")],
        fails=["threshold_on_arrays", "perceptron_weighted_sum", "xor_on_arrays"],
        hint="gives dtype= to np.less",
        crashes=True,
        about="threshold's array branch asks np.less for an int8 loop, which does not exist for 0.5",
    ),
    bug(
        "h20a_gates_perceptron_sums_one_for_w0", "gates",
        [(G_Z, "    z = sum((1, w1 * np.asarray(x1), w2 * np.asarray(x2)))\n")],
        fails=["perceptron_weighted_sum", *XOR_PARTS],
        hint="adds the constant 1 (the input x0)",
        about="perceptron sums 1 with the two weighted inputs: w0 never used",
    ),
    bug(
        "h20a_gates_perceptron_ix_grid", "gates",
        [(G_Z, "    x1, x2 = np.ix_(np.atleast_1d(x1), np.atleast_1d(x2))\n" + G_Z)],
        fails=["perceptron_weighted_sum", *XOR_PARTS],
        hint="np.ix_ pairs each x1 with every x2",
        crashes=True,
        about="perceptron spreads its inputs over a grid with np.ix_: (n, n) outputs, (1, 1) for numbers",
    ),
    bug(
        "h20a_gates_perceptron_full_of_len", "gates",
        [(G_Z, "    x0 = np.full(len(x1), 1.0)\n    z = w0 * x0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n")],
        fails=["perceptron_weighted_sum", "xor_truth_table"],
        hint="takes len() of an input",
        crashes=True,
        about="x0 made as np.full(len(x1), 1.0): a number has no len",
    ),
    bug(
        "h20a_gates_perceptron_astype_int64", "gates",
        [(G_RET, G_Z + "    out = threshold(z)\n    return out.astype(np.int64)\n")],
        fails=["perceptron_weighted_sum", "xor_truth_table"],
        hint="calls .astype on a Python int",
        crashes=True,
        about="perceptron converts threshold's answer with .astype, which a Python int lacks",
    ),
    bug(
        "h20a_gates_nor_weights_minus_or", "gates",
        [("NOR_WEIGHTS = (0.5, -0.6, -0.6)\n", "NOR_WEIGHTS = -1 * OR_WEIGHTS\n")],
        fails=["gate_weights[NOR]"],
        hint="multiplying a tuple by a number does not multiply the numbers",
        about="NOR_WEIGHTS meant as OR's weights negated, but -1 times a tuple is the empty tuple",
    ),
    bug(
        "h20a_gates_xor_nand_over_or_and_nor", "gates",
        [(G_XOR, "    return perceptron(perceptron(x1, x2, OR_WEIGHTS), perceptron(x1, x2, NOR_WEIGHTS), NAND_WEIGHTS)\n")],
        fails=XOR_PARTS,
        hint="second layer is NAND of OR and NOR",
        about="xor built as NAND(OR, NOR), always 1: both layers hold other gates than the recipe's",
    ),
    bug(
        "h20a_gates_xor_hidden_list_of_sums", "gates",
        [(G_XOR, "    h = [w[0] + w[1] * np.asarray(x1) + w[2] * np.asarray(x2) for w in (OR_WEIGHTS, NAND_WEIGHTS)]\n"
                 "    return perceptron(h[0], h[1], AND_WEIGHTS)\n")],
        fails=XOR_PARTS,
        hint="raw weighted sums",
        about="xor's hidden layer computed as a list of sums that never meet the threshold",
    ),
    # ------------------------------------------------------------------ perceptron
    bug(
        "h20a_perceptron_snapshot_is_a_view", "perceptron",
        [(P_LOOP, "        for _ in range(self.epochs):\n            snapshot = self.weights[:]\n"
                  + P_LOOP.split("\n", 1)[1] + "            if (snapshot == self.weights).all():\n                break\n")],
        fails=FIT_WRONG,
        hint="a second name for the same array",
        about="fit stops when the weights did not move, compared with a slice of themselves (a view)",
    ),
    bug(
        "h20a_perceptron_bias_in_enumerate_loop", "perceptron",
        [(P_WUPDATE + "                self.bias = float(self.bias + update)\n",
          "                for k, xk in enumerate(x_i):\n                    self.weights[k] += update * xk\n"
          "                    self.bias += update\n")],
        fails=["weights_after_fit"],
        hint="moves the bias once per feature",
        about="the bias update sits in the per-feature loop: n_features updates per mistake",
    ),
    bug(
        "h20a_perceptron_return_when_right", "perceptron",
        [(P_PREDICTION, P_PREDICTION + "                if prediction == y_i:\n                    return self\n")],
        fails=FIT_WRONG,
        hint="returns as soon as it meets a sample it already predicts right",
        about="fit returns at the first sample predicted right",
    ),
    bug(
        "h20a_perceptron_weights_start_small", "perceptron",
        [(P_START, "        self.weights = np.zeros(X.shape[1])\n        self.bias = float(np.max(y)) / 2\n")],
        fails=["weights_after_fit"],
        hint="does not start from zeros",
        about="fit starts the bias at half the largest label",
    ),
    bug(
        "h20a_perceptron_skips_zero_rows", "perceptron",
        [(P_PREDICTION, "                if np.all(x_i == 0):\n                    continue\n" + P_PREDICTION)],
        fails=["weights_after_fit", "learns_gate[OR]"],
        hint="skips the samples whose features are all zero",
        about="fit skips the samples of all zeros, which still move the bias",
    ),
    bug(
        "h20a_perceptron_weights_sorted_none", "perceptron",
        [(P_START, "        self.weights = np.zeros(len(X[0])).sort()\n        self.bias = 0.0\n")],
        fails=FIT_RAISES,
        hint=".sort() works in place on the array and returns None",
        crashes=True,
        about="weights stored from .sort(), which returns None",
    ),
    bug(
        "h20a_perceptron_ones_like_count", "perceptron",
        [(P_START, "        self.weights = np.ones_like(len(X[0])) * 0.0\n        self.bias = 0.0\n")],
        fails=FIT_RAISES,
        hint="np.ones_like makes an array shaped like its argument",
        crashes=True,
        about="weights made with np.ones_like of the feature count: a 0-d array",
    ),
    bug(
        "h20a_perceptron_predict_bias_full_column", "perceptron",
        [(P_PREDICT, "        X = np.asarray(X, dtype=float)\n        z = X @ self.weights + np.full((len(X), 1), self.bias)\n"
                     "        return (z >= 0).astype(int)\n")],
        fails=["predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]"],
        hint="broadcasts them into an (n, n) table",
        about="predict adds the bias as a column (n, 1): the labels become an (n, n) table",
    ),
    bug(
        "h20a_perceptron_pass_count_per_sample", "perceptron",
        [(P_LOOP, "        passes = 0\n        while passes < self.epochs:\n            for x_i, y_i in zip(X, y):\n"
                  + "".join(line + "\n" for line in P_LOOP.splitlines()[2:]) + "                passes += 1\n")],
        fails=["weights_after_fit"],
        hint="counts its epochs inside the sample loop",
        about="a while loop over the epochs whose count goes up once per sample",
    ),
    bug(
        "h20a_perceptron_features_without_last", "perceptron",
        [(P_START, "        X = X[:, :X.shape[1] - 1]\n" + P_START)],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]", "attribute_types"],
        hint="leaves out the last column of X",
        crashes=True,
        about="fit trains on every column of X but the last",
    ),
]
