"""Corpus cases for the classes of gates and perceptron the fifteenth held-out corpus showed after its blind run, in our own
spellings, with their exact expected outcomes (``mutations.py``): a threshold whose array path is chosen by the number of
values (an array of one element sent to int()), or placed after the number path's return, a threshold that prints its
answer, a perceptron whose w1 is read from index 2, an xor that adds its first layer's outputs or caches its answers in a
dict keyed by the inputs; a predict that uses np.float (removed from NumPy), a fit that tests the old weights before a
second fit, moves the weights by the label, never moves the first weight, or makes epochs times n passes.
"""

from corpus.mutations import bug

G_THRESHOLD = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n"
G_NUMBER = "    return int(z >= 0.5)"
G_UNPACK = "    w0, w1, w2 = weights\n"
G_XOR_END = "    return perceptron(either, not_both, AND_WEIGHTS)\n"
G_NOT_BOTH = "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"

P_START = "        self.weights = np.zeros(X.shape[1])"
P_EPOCHS = "        for _ in range(self.epochs):"
P_WEIGHTS = "                self.weights += update * x_i  # our own array: safe in place"
P_PREDICT_Z = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias"

XOR_PARTS = ["xor_truth_table", "xor_on_arrays"]

CASES = [
    # ------------------------------------------------------------------ gates: threshold
    bug(
        "h15a_gates_threshold_array_path_by_size", "gates",
        [(G_THRESHOLD, "    if getattr(z, 'size', 1) > 1:\n        return (z >= 0.5).astype(int)\n")],
        fails=["threshold_on_arrays"],
        hint="not an array with a single element",
        about="threshold takes the array path only for more than one value: np.array([0.7]) goes to int()",
    ),
    bug(
        "h15a_gates_threshold_array_case_after_return", "gates",
        [(G_THRESHOLD + G_NUMBER, "    return 1 if z >= 0.5 else 0\n" + G_THRESHOLD)],
        fails=["threshold_on_arrays", "perceptron_weighted_sum", "xor_on_arrays"],
        hint="comes before the rest of the function, and a return ends the function at once",
        about="threshold's number return written first: the array case below it is never reached",
    ),
    bug(
        "h15a_gates_threshold_shows_result", "gates",
        [(G_NUMBER, "    result = int(z >= 0.5)\n    print('threshold:', result)")],
        fails=["threshold_on_numbers", "threshold_on_numpy_numbers", "perceptron_weighted_sum", "xor_truth_table"],
        hint="prints its answer (print(...) on line",
        also={"perceptron_weighted_sum": "passes on what your threshold gives for a number, None"},
        crashes=True,
        about="threshold prints its number answer and returns nothing",
    ),
    # ------------------------------------------------------------------ gates: perceptron and xor
    bug(
        "h15a_gates_w1_from_index_two", "gates",
        [(G_UNPACK, "    w0, w1, w2 = weights[0], weights[2], weights[2]\n")],
        fails=["perceptron_weighted_sum"],
        hint="so w1 is weights[1]",
        about="perceptron reads w1 from index 2, so both inputs are multiplied by w2",
    ),
    bug(
        "h15a_gates_xor_adds_hidden", "gates",
        [(G_XOR_END, "    return either + not_both\n")],
        fails=XOR_PARTS,
        hint="which is OR(x1, x2) plus NAND(x1, x2)",
        about="xor adds the OR and NAND outputs instead of feeding them to the AND perceptron",
    ),
    bug(
        "h15a_gates_xor_answers_kept_in_dict", "gates",
        [("def xor(x1, x2):", "_answers = {}\n\n\ndef xor(x1, x2):"),
         (G_XOR_END, "    return _answers.setdefault((x1, x2), perceptron(either, not_both, AND_WEIGHTS))\n")],
        fails=["xor_on_arrays"],
        hint="as a dict key, or puts it in a set",
        crashes=True,
        about="xor keeps its answers in a dict keyed by (x1, x2): arrays cannot be keys",
    ),
    # ------------------------------------------------------------------ perceptron
    bug(
        "h15a_perceptron_predict_np_float", "perceptron",
        [(P_PREDICT_Z, "        z = np.asarray(X, dtype=np.float) @ self.weights + self.bias")],
        fails=["predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]"],
        hint="np.float is a name NumPy no longer has",
        crashes=True,
        about="predict converts X with dtype=np.float, an alias NumPy removed",
    ),
    bug(
        "h15a_perceptron_zeros_only_when_falsy", "perceptron",
        [(P_START, "        if not self.weights:\n    " + P_START)],
        fails=["fit_starts_afresh"],
        hint="raises ValueError when the same perceptron is fitted a second time",
        about="fit makes zeros only when `not self.weights`: a second fit asks an array for its truth value",
    ),
    bug(
        "h15a_perceptron_step_times_target", "perceptron",
        [(P_WEIGHTS, "                self.weights = self.weights + self.lr * (y_i - prediction) * y_i")],
        fails=["weights_after_fit"],
        hint="Your weights move by the update times the label y_i",
        about="the weights' step multiplies by the label y_i where the rule has the input x_i",
    ),
    bug(
        "h15a_perceptron_feature_loop_from_one", "perceptron",
        [(P_WEIGHTS, "                for k in range(1, len(x_i)):\n"
                     "                    self.weights[k] = self.weights[k] + update * x_i[k]")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="Your first weight, weights[0], never moves",
        also={"learns_gate[AND]": "so fit is where it goes wrong"},
        about="fit updates the weights feature by feature from index 1: the first weight stays 0",
    ),
    bug(
        "h15a_perceptron_passes_times_samples", "perceptron",
        [(P_EPOCHS, "        for _ in range(len(X) * self.epochs):")],
        fails=["weights_after_fit"],
        hint="epochs times the number of samples",
        about="fit runs len(X) * epochs passes over the data",
    ),
]
