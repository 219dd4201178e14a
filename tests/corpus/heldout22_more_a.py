"""Corpus cases for the classes of gates and perceptron the twenty-second held-out corpus showed after its blind run, in our own
spellings, with their exact expected outcomes (``mutations.py``): a threshold that converts z with np.array before its
type test, or fills np.ones_like(z) without a dtype; gate weights written ten times too large; a perceptron that maps
its inputs to -1/+1; an xor whose loop assigns each hidden output to one name; a fit that predicts with np.round of
a sigmoid, moves the weights and predicts the sample again for the bias, or checks len(X[0]) against the labels; a
predict that makes its labels with .astype(object). ``bug`` for a mistake, ``alternative`` for correct code written
another way.
"""

from corpus.mutations import alternative, bug

G_THRESH = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)\n"
G_ARRAY = "        return (z >= 0.5).astype(int)\n"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)\n"
)
P_PREDICTION = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
P_APPLY = (
    "                update = self.lr * (y_i - prediction)\n"
    "                self.weights += update * x_i  # our own array: safe in place\n"
    "                self.bias = float(self.bias + update)\n"
)
P_RETURN = "        return (z >= 0).astype(int)\n"

XOR_PARTS = ["xor_truth_table", "xor_on_arrays"]
FIT_WRONG = ["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"]
FIT_RAISES = ["fit_returns_self", "weights_after_fit", "predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]",
              "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists", "fit_starts_afresh", "defaults_as_the_spec"]
PREDICT_WRONG = ["predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]"]

CASES = [
    # ------------------------------------------------------------------ gates
    bug(
        "h22a_gates_threshold_array_before_isinstance", "gates",
        [(G_THRESH, "    values = z\n    values = np.array(values, dtype=float)\n"
                    "    if isinstance(values, np.ndarray):\n        return (values >= 0.5).astype(int)\n"
                    "    return int(values >= 0.5)\n")],
        fails=["threshold_on_numbers"],
        hint="so the test is always true",
        about="threshold converts its value with np.array before testing isinstance(..., np.ndarray)",
    ),
    bug(
        "h22a_gates_threshold_ones_like_float", "gates",
        [(G_ARRAY, "        result = np.ones_like(z)\n        result[z < 0.5] = 0\n        return result\n")],
        fails=["threshold_on_arrays"],
        hint="which copies z's dtype",
        about="threshold's array branch fills np.ones_like(z), a float array for float sums",
    ),
    bug(
        "h22a_gates_nand_weights_times_ten", "gates",
        [("NAND_WEIGHTS = (1.5, -0.6, -0.6)\n", "NAND_WEIGHTS = (15.0, -6.0, -6.0)\n")],
        fails=["gate_weights[NAND]", *XOR_PARTS],
        hint="does not scale the threshold",
        about="NAND_WEIGHTS written ten times too large, the threshold left at 0.5",
    ),
    bug(
        "h22a_gates_perceptron_inputs_to_plus_minus_one", "gates",
        [(G_Z, "    a = np.where(np.asarray(x1) > 0, 1, -1)\n    b = np.where(np.asarray(x2) > 0, 1, -1)\n"
               "    z = w0 + w1 * a + w2 * b\n")],
        fails=["perceptron_weighted_sum", *XOR_PARTS],
        hint="bipolar convention",
        about="perceptron maps its 0/1 inputs to -1/+1 with np.where before the weighted sum",
    ),
    bug(
        "h22a_gates_xor_loop_one_name", "gates",
        [(G_XOR, "    for gate in [NAND_WEIGHTS, OR_WEIGHTS]:\n        out = perceptron(x1, x2, gate)\n"
                 "    return perceptron(out, out, AND_WEIGHTS)\n")],
        fails=XOR_PARTS,
        hint="overwrites the hidden output",
        about="xor's loop over the hidden weights assigns each output to one name; only OR's survives",
    ),
    bug(
        "h22a_gates_threshold_times_one_number", "gates",
        [("    return int(z >= 0.5)\n", "    return 1 * (z >= 0.5)\n")],
        fails=["threshold_on_numbers"],
        hint="turns the comparison into a number by arithmetic",
        about="threshold's number branch multiplies the comparison by 1, np.int64 for an np.float64",
    ),
    bug(
        "h22a_gates_xor_return_in_for", "gates",
        [(G_XOR, "    outs = []\n    for gate in (OR_WEIGHTS, NAND_WEIGHTS):\n        outs.append(perceptron(x1, x2, gate))\n"
                 "        return perceptron(outs[0], outs[-1], AND_WEIGHTS)\n")],
        fails=XOR_PARTS,
        hint="is indented inside the loop",
        about="xor's return sits in its hidden loop, so the output gate sees OR's output twice",
    ),
    alternative(
        "h22a_gates_v_threshold_zeros_like_int", "gates",
        [(G_ARRAY, "        out = np.zeros_like(z, dtype=int)\n        out[z >= 0.5] = 1\n        return out\n")],
        about="threshold's array branch fills np.zeros_like(z, dtype=int)",
    ),
    alternative(
        "h22a_gates_v_xor_loop_list", "gates",
        [(G_XOR, "    hidden = []\n    for gate in (OR_WEIGHTS, NAND_WEIGHTS):\n        hidden.append(perceptron(x1, x2, gate))\n"
                 "    return perceptron(hidden[0], hidden[1], AND_WEIGHTS)\n")],
        about="xor collects its hidden outputs in a list in a loop",
    ),
    # ------------------------------------------------------------------ perceptron
    bug(
        "h22a_perceptron_fit_np_round_sigmoid", "perceptron",
        [(P_PREDICTION, "                s = 1 / (1 + np.exp(-(self.weights @ x_i + self.bias)))\n"
                        "                prediction = int(np.round(s))\n")],
        fails=FIT_WRONG,
        hint="rounds a half to the even",
        about="fit predicts with np.round of the sigmoid, which gives 0 at a sum of 0",
    ),
    bug(
        "h22a_perceptron_fit_weights_then_predict_again", "perceptron",
        [(P_APPLY, "                step = self.lr * (y_i - prediction)\n"
                   "                self.weights = self.weights + step * x_i\n"
                   "                prediction = int(x_i @ self.weights + self.bias >= 0)\n"
                   "                self.bias += self.lr * (y_i - prediction)\n")],
        fails=["weights_after_fit", "learns_gate[AND]"],
        hint="predicts each sample twice",
        about="fit moves the weights, then predicts the sample again for the bias's update",
    ),
    bug(
        "h22a_perceptron_fit_len_row_against_labels", "perceptron",
        [("        y = np.asarray(y, dtype=float)\n",
          "        y = np.asarray(y, dtype=float)\n"
          "        if len(X[0]) != y.shape[0]:\n            raise ValueError(\"one label per sample, please\")\n")],
        fails=FIT_RAISES,
        hint="the number of features",
        crashes=True,
        about="fit refuses data unless len(X[0]), the features, equals the number of labels",
    ),
    bug(
        "h22a_perceptron_predict_astype_object", "perceptron",
        [(P_RETURN, "        return (z >= 0).astype(object)\n")],
        fails=PREDICT_WRONG,
        hint="dtype object",
        crashes=True,
        about="predict turns its labels into an array of dtype object",
    ),
    bug(
        "h22a_perceptron_fit_else_on_second_if", "perceptron",
        [(P_PREDICTION + "                update = self.lr * (y_i - prediction)\n",
          "                s = x_i @ self.weights + self.bias\n"
          "                if s < 0 and y_i > 0:\n                    delta = self.lr\n"
          "                if s >= 0 and y_i < 1:\n                    delta = -self.lr\n"
          "                else:\n                    delta = 0\n"
          "                update = delta\n")],
        fails=FIT_WRONG,
        hint="Write the second test as elif",
        about="fit's else meant for 'no mistake' hangs on the second of two separate ifs",
    ),
    alternative(
        "h22a_perceptron_v_fit_checks_rows", "perceptron",
        [("        y = np.asarray(y, dtype=float)\n",
          "        y = np.asarray(y, dtype=float)\n"
          "        if X.shape[0] != len(y):\n            raise ValueError(\"one label per sample\")\n")],
        about="fit checks that X has one row per label",
    ),
]
