"""Corpus cases for the classes of gates and perceptron the nineteenth held-out corpus showed after its blind run, in our
own spellings, with their exact expected outcomes (``mutations.py``): a threshold that hands its input back, an array of
dtype object (np.vectorize with otypes=[object]), a chain of `is True` after the comparison, a weighted mean by
np.average, == typed for = on gate weights, gate weights annotated with a colon or set only in the __main__ block, an
`assert ... in [0, 1]` input check in xor, xor's gates as lambdas that bind their weights late; a fit that starts from
np.empty_like, throws away the weights' update (an expression alone on a line, np.subtract), pairs every sample with
every label, predicts again inside its feature loop, breaks at the first correction of an epoch, never starts from zeros
behind a hasattr guard, or unpacks its settings swapped; a predict that truncates its products with .astype(int) or
sums with np.vdot or np.outer.
"""

from corpus.mutations import bug

G_ARRAY = "        return (z >= 0.5).astype(int)\n"
G_SUM = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
G_XOR = "    either = perceptron(x1, x2, OR_WEIGHTS)\n"

P_ZEROS = "        self.weights = np.zeros(X.shape[1])\n"
P_STEP = "                self.weights += update * x_i  # our own array: safe in place\n"
P_PREDICTION = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
P_UPDATE = "                update = self.lr * (y_i - prediction)\n"
P_BIAS = "                self.bias = float(self.bias + update)\n"
P_ZIP = "            for x_i, y_i in zip(X, y):\n"
P_Z = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n"

ARRAYS_WRONG = ["threshold_on_arrays", "perceptron_weighted_sum", "xor_on_arrays"]
SUMS_WRONG = ["perceptron_weighted_sum", "xor_truth_table", "xor_on_arrays"]
FIT_WRONG = ["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"]
PREDICT_WRONG = ["predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]"]
FIT_RAISES = ["fit_returns_self", "weights_after_fit", "predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]",
              "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists", "fit_starts_afresh", "defaults_as_the_spec"]
ALL_GATES = ["threshold_on_numbers", "threshold_on_arrays", "threshold_on_numpy_numbers", "perceptron_weighted_sum",
             "gate_weights[AND]", "gate_weights[OR]", "gate_weights[NAND]", "gate_weights[NOR]", "xor_truth_table",
             "xor_on_arrays"]

CASES = [
    # ------------------------------------------------------------------ gates
    bug(
        "h19a_gates_threshold_returns_its_input", "gates",
        [(G_ARRAY, "        out = np.where(z >= 0.5, 1, 0)\n        return np.asarray(z)\n")],
        fails=ARRAYS_WRONG,
        hint="gives back the sums themselves, unchanged",
        about="threshold's array branch computes the 0/1 array but returns the sums it was given",
    ),
    bug(
        "h19a_gates_threshold_vectorize_object", "gates",
        [(G_ARRAY, "        return np.vectorize(lambda v: int(v >= 0.5), otypes=[object])(z)\n")],
        fails=ARRAYS_WRONG,
        hint="returns an array of dtype object",
        crashes=True,
        about="threshold vectorised with otypes=[object]: an array of Python ints, not an integer array",
    ),
    bug(
        "h19a_gates_threshold_chain_is_true", "gates",
        [("    return int(z >= 0.5)\n", "    return 1 if z >= 0.5 is True else 0\n")],
        fails=["threshold_on_numbers", "perceptron_weighted_sum", "xor_truth_table"],
        hint="compares in a chain",
        about="z >= 0.5 is True chains to (z >= 0.5) and (0.5 is True): threshold never fires on a number",
    ),
    bug(
        "h19a_gates_perceptron_np_average_stacked", "gates",
        [(G_SUM, "    x1 = np.asarray(x1, dtype=float)\n"
                 "    z = np.average(np.stack([np.ones_like(x1), x1, np.asarray(x2, dtype=float) + 0 * x1]), axis=0,"
                 " weights=weights)\n")],
        fails=SUMS_WRONG,
        hint="divided by the sum of the weights, a weighted mean",
        about="perceptron's sum as np.average of the stacked inputs with weights=: a weighted mean, divided by sum(w)",
    ),
    bug(
        "h19a_gates_nand_weights_double_equals", "gates",
        [("NAND_WEIGHTS = (", "NAND_WEIGHTS == (")],
        fails=ALL_GATES,
        hint="compares with == where it means to assign",
        crashes=True,
        about="NAND_WEIGHTS == (...) typed for =: importing the module raises NameError",
    ),
    bug(
        "h19a_gates_xor_assert_in_list", "gates",
        [(G_XOR, "    assert x1 in [0, 1] and x2 in [0, 1]\n" + G_XOR)],
        fails=["xor_on_arrays"],
        hint="checks its inputs with `in`",
        about="xor asserts x1 in [0, 1]: an array cannot answer a membership test",
    ),
    bug(
        "h19a_gates_nand_weights_annotated_list", "gates",
        [("NAND_WEIGHTS = (1.5, -0.6, -0.6)\n", "NAND_WEIGHTS: [1.5, -0.6, -0.6]\n")],
        fails=["gate_weights[NAND]", "xor_truth_table", "xor_on_arrays"],
        hint="written with a colon",
        crashes=True,
        about="NAND_WEIGHTS: [...] is an annotation with no value: the module has no NAND_WEIGHTS",
    ),
    bug(
        "h19a_gates_and_weights_in_demo_block", "gates",
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)\n", "if __name__ == '__main__':\n    print('demo')\n    AND_WEIGHTS = (-0.5, 0.6, 0.6)\n")],
        fails=["gate_weights[AND]", "xor_truth_table", "xor_on_arrays"],
        hint="is set only inside",
        crashes=True,
        about="AND_WEIGHTS assigned in the __main__ demo block: an imported module has none",
    ),
    bug(
        "h19a_gates_xor_lambdas_in_comprehension", "gates",
        [("    either = perceptron(x1, x2, OR_WEIGHTS)\n    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
          "    return perceptron(either, not_both, AND_WEIGHTS)\n",
          "    layer = [lambda a, b: perceptron(a, b, w) for w in (OR_WEIGHTS, NAND_WEIGHTS, AND_WEIGHTS)]\n"
          "    return layer[2](layer[0](x1, x2), layer[1](x1, x2))\n")],
        fails=["xor_truth_table", "xor_on_arrays"],
        hint="a lambda looks w up when it is called",
        about="xor's gates as lambdas of a list comprehension: all read the last w, so all are AND",
    ),
    # ------------------------------------------------------------------ perceptron
    bug(
        "h19a_perceptron_weights_empty_like", "perceptron",
        [(P_ZEROS, "        self.weights = np.empty_like(X[0])\n")],
        fails=["fit_leaves_data_alone", "attribute_types", "fit_starts_afresh", "defaults_as_the_spec"],
        chaotic=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]", "fit_accepts_lists",
                 "predict_uses_step_at_zero"],
        hint="np.empty does not fill the array with zeros",
        about="fit starts from np.empty_like: whatever numbers were left in memory",
    ),
    bug(
        "h19a_perceptron_update_expression_alone", "perceptron",
        [(P_STEP, "                self.weights + update * x_i\n")],
        fails=FIT_WRONG,
        hint="never changes the weights: they stay zero",
        about="the weights' update written as an expression alone on a line: computed and thrown away",
    ),
    bug(
        "h19a_perceptron_np_subtract_discarded", "perceptron",
        [(P_STEP, "                np.subtract(self.weights, -update * x_i)\n")],
        fails=FIT_WRONG,
        hint="np.subtract gives back a new array",
        about="np.subtract(w, -d) called for its effect: its result is thrown away, the weights stay zero",
    ),
    bug(
        "h19a_perceptron_enumerate_then_every_label", "perceptron",
        [(P_ZIP, "            for i, x_i in enumerate(X):\n              for y_i in y:\n")],
        fails=FIT_WRONG,
        hint="trains every sample against every label",
        about="fit nests a loop over y inside enumerate(X): each sample meets every label",
    ),
    bug(
        "h19a_perceptron_predicts_per_feature", "perceptron",
        [(P_PREDICTION + P_UPDATE + P_STEP,
          "                for k, x_k in enumerate(x_i):\n"
          "                    prediction = int(np.dot(self.weights, x_i) + self.bias >= 0)\n"
          "                    update = self.lr * (y_i - prediction)\n"
          "                    self.weights[k] = self.weights[k] + update * x_k\n")],
        fails=["weights_after_fit", "learns_gate[AND]"],
        hint="makes the prediction again inside its loop over the features",
        about="fit predicts again for each feature, after the earlier weights of the sample moved",
    ),
    bug(
        "h19a_perceptron_break_when_wrong", "perceptron",
        [(P_BIAS, P_BIAS + "                if prediction != y_i:\n                    break\n")],
        fails=["weights_after_fit"],
        hint="stops each epoch at its first mistake",
        about="fit leaves the sample loop at the first wrong prediction of every epoch",
    ),
    bug(
        "h19a_perceptron_hasattr_bias_guard", "perceptron",
        [(P_ZEROS + "        self.bias = 0.0\n",
          "        if not hasattr(self, 'bias'):\n            self.bias = 0.0\n            self.weights = np.zeros(X.shape[1])\n")],
        fails=FIT_RAISES,
        hint="hasattr(self, 'bias') is always True",
        crashes=True,
        about="the zeros are set behind hasattr(self, 'bias'), which __init__ already made true",
    ),
    bug(
        "h19a_perceptron_init_settings_swapped", "perceptron",
        [("        self.lr = lr\n        self.epochs = epochs\n", "        self.epochs, self.lr = lr, epochs\n")],
        fails=FIT_RAISES,
        hint="unpacks two settings in swapped order",
        crashes=True,
        about="__init__ stores lr as epochs and epochs as lr in one tuple assignment",
    ),
    bug(
        "h19a_perceptron_predict_products_astype_int", "perceptron",
        [(P_Z, "        X = np.asarray(X, dtype=float)\n        z = (X * self.weights).astype(int).sum(axis=1) + self.bias\n")],
        fails=PREDICT_WRONG,
        hint="turns numbers into integers before it compares",
        about="predict makes integers of the products before adding them: 0.6 becomes 0",
    ),
    bug(
        "h19a_perceptron_predict_vdot_weights_first", "perceptron",
        [(P_Z, "        z = np.vdot(self.weights, np.asarray(X, dtype=float)) + self.bias\n")],
        fails=PREDICT_WRONG,
        hint="np.vdot flattens both of its arguments",
        about="predict's sums by np.vdot(weights, X): one flattened dot product, which fails for many samples",
    ),
    bug(
        "h19a_perceptron_predict_outer_summed", "perceptron",
        [(P_Z, "        z = np.outer(np.asarray(X, dtype=float), self.weights).sum(axis=1) + self.bias\n")],
        fails=PREDICT_WRONG,
        hint="np.outer multiplies every entry",
        about="predict's sums as rows of np.outer(X, weights): one value per entry of X, not per sample",
    ),
]
