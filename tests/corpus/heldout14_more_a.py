"""Corpus cases for the classes of gates and perceptron the fourteenth held-out corpus showed after its
blind run, in our own spellings, with their exact expected outcomes (``mutations.py``): modules that fail
at import (np.array given its numbers one by one, a top-level call of a function defined further down, a
def line whose default needs a name that has no value yet), gate weights written as a set, without commas,
or joined with + or repeated with *, a perceptron that reads its weights from index 1, adds an axis to its
inputs or thresholds parts of its sum, a threshold that answers one value for a whole array, an xor that calls
gate functions the module lacks or uses broken weights; a fit that uses an attribute without self. or under
another name, loops over a number, trains every sample with one label, moves again by a stale update or
predicts on samples scaled by lr; a predict that compares the weights with None by == or flattens X into one
row. And a correct gates module whose tries sit under ``if __name__ == "__main__":``.
"""

from corpus.mutations import alternative, bug

G_THRESHOLD = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n"
G_UNPACK = "    w0, w1, w2 = weights\n"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"
G_RETURN = "    return threshold(z)\n"
G_AND = "AND_WEIGHTS = (-0.5, 0.6, 0.6)"
G_OR = "OR_WEIGHTS = (0.0, 0.6, 0.6)"
G_NAND = "NAND_WEIGHTS = (1.5, -0.6, -0.6)"
G_NOR = "NOR_WEIGHTS = (0.5, -0.6, -0.6)"
G_NOT_BOTH = "    not_both = perceptron(x1, x2, NAND_WEIGHTS)"
G_XOR_END = "    return perceptron(either, not_both, AND_WEIGHTS)\n    ### END SOLUTION\n"
G_PERCEPTRON_DEF = "def perceptron(x1, x2, weights):"

P_FIT_DEF = "    def fit(self, X, y):"
P_EPOCHS = "        for _ in range(self.epochs):"
P_LOOP = "            for x_i, y_i in zip(X, y):\n"
P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_UPDATE = "                update = self.lr * (y_i - prediction)"
P_WEIGHTS = "                self.weights += update * x_i  # our own array: safe in place"
P_BIAS = "                self.bias = float(self.bias + update)"
P_X = "        X = np.asarray(X, dtype=float)\n        y = np.asarray(y, dtype=float)\n"
P_PREDICT_NONE = "        if self.weights is None:"
P_PREDICT_Z = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias"

ALL_GATES = ["threshold_on_numbers", "threshold_on_arrays", "threshold_on_numpy_numbers", "perceptron_weighted_sum",
             "gate_weights[AND]", "gate_weights[OR]", "gate_weights[NAND]", "gate_weights[NOR]", "xor_truth_table",
             "xor_on_arrays"]
ALL_FITS = ["fit_returns_self", "weights_after_fit", "predict_uses_step_at_zero", "learns_gate[AND]",
            "learns_gate[OR]", "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists", "fit_starts_afresh",
            "defaults_as_the_spec"]
XOR_PARTS = ["xor_truth_table", "xor_on_arrays"]

CASES = [
    # ------------------------------------------------------------------ gates: at import
    bug(
        "h14a_gates_nand_tuple_of_np_array_three_numbers", "gates",
        [(G_NAND, "NAND_WEIGHTS = tuple(np.array(1.5, -0.6, -0.6))")],
        fails=ALL_GATES,
        hint="gives np.array its numbers as 3 separate arguments",
        crashes=True,
        about="NAND_WEIGHTS = tuple(np.array(1.5, -0.6, -0.6)): np.array given three numbers, at import",
    ),
    bug(
        "h14a_gates_perceptron_tried_above_its_def", "gates",
        [(G_PERCEPTRON_DEF, "print(perceptron(1, 1, (0.2, 0.4, -0.1)))  # try it\n\n\n" + G_PERCEPTRON_DEF)],
        fails=ALL_GATES,
        hint="which the file defines only on line",
        crashes=True,
        about="a top-level print(perceptron(...)) written just above def perceptron: it runs at import",
    ),
    bug(
        "h14a_gates_perceptron_default_weights_below", "gates",
        [(G_PERCEPTRON_DEF, "def perceptron(x1, x2, weights=AND_WEIGHTS):")],
        fails=ALL_GATES,
        hint="AND_WEIGHTS is not defined yet: the file sets it only on line",
        crashes=True,
        about="perceptron's weights default to AND_WEIGHTS, which the module sets further down",
    ),
    # ------------------------------------------------------------------ gates: weights written in another form
    bug(
        "h14a_gates_and_weights_in_braces", "gates",
        [(G_AND, "AND_WEIGHTS = {-0.5, 0.6, 0.6}")],
        fails=["gate_weights[AND]", *XOR_PARTS],
        hint="curly braces {...} make a set",
        also={"xor_truth_table": "xor uses AND_WEIGHTS, which is not a tuple of three numbers"},
        crashes=True,
        about="AND_WEIGHTS written with braces: a set of two numbers",
    ),
    bug(
        "h14a_gates_or_weights_plus_signs_no_commas", "gates",
        [(G_OR, "OR_WEIGHTS = 0.0 +0.6 +0.6")],
        fails=["gate_weights[OR]", *XOR_PARTS],
        hint="has no commas between the numbers, so Python reads it as one sum",
        also={"xor_on_arrays": "fix it first, and xor follows"},
        crashes=True,
        about="OR_WEIGHTS = 0.0 +0.6 +0.6: no commas, no brackets, one number 1.2",
    ),
    bug(
        "h14a_gates_nor_weights_from_or_joined", "gates",
        [(G_NOR, "NOR_WEIGHTS = OR_WEIGHTS + (0.5, -1.2, -1.2)")],
        fails=["gate_weights[NOR]"],
        hint="Your NOR_WEIGHTS is OR_WEIGHTS followed by (0.5, -1.2, -1.2): + between two tuples joins them",
        about="NOR_WEIGHTS meant as OR's weights plus a shift, written with + on tuples: six numbers",
    ),
    bug(
        "h14a_gates_nand_weights_times_two", "gates",
        [(G_NAND, "NAND_WEIGHTS = (0.75, -0.3, -0.3) * 2")],
        fails=["gate_weights[NAND]", *XOR_PARTS],
        hint="* between a tuple and a number repeats the tuple",
        crashes=True,
        about="NAND_WEIGHTS meant as twice (0.75, -0.3, -0.3), written with * on a tuple: the triple repeated",
    ),
    # ------------------------------------------------------------------ gates: threshold and perceptron
    bug(
        "h14a_gates_threshold_all_for_arrays", "gates",
        [(G_THRESHOLD, "    if isinstance(z, np.ndarray):\n        return int(np.all(z >= 0.5))\n")],
        fails=["threshold_on_arrays", "perceptron_weighted_sum", "xor_on_arrays"],
        hint="1 only when every entry reaches 0.5",
        also={"xor_on_arrays": "xor is built on your threshold"},
        about="threshold's array branch answers int(np.all(z >= 0.5)): one value for the array",
    ),
    bug(
        "h14a_gates_weights_read_from_one", "gates",
        [(G_UNPACK, "    w0 = weights[1]\n    w1 = weights[2]\n    w2 = weights[3]\n")],
        fails=["perceptron_weighted_sum", *XOR_PARTS],
        hint="reads its weights at the indices 1, 2 and 3, counting from 1",
        also={"xor_truth_table": "xor is built on your perceptron, which raises an error itself"},
        crashes=True,
        about="perceptron reads w0, w1, w2 as weights[1], weights[2], weights[3] on three lines",
    ),
    bug(
        "h14a_gates_inputs_expanded_in_front", "gates",
        [(G_Z, "    z = w0 + w1 * np.expand_dims(np.asarray(x1), 0) + w2 * np.expand_dims(np.asarray(x2), 0)")],
        fails=["perceptron_weighted_sum", *XOR_PARTS],
        hint="an axis is added to the inputs",
        also={"xor_on_arrays": "xor is built on your perceptron"},
        about="perceptron gives each input an axis in front with np.expand_dims(..., 0)",
    ),
    bug(
        "h14a_gates_bias_thresholded_apart", "gates",
        [(G_Z + "\n" + G_RETURN, "    x1, x2 = np.asarray(x1), np.asarray(x2)\n"
                                 "    return threshold(w0) + threshold(w1 * x1 + w2 * x2)\n")],
        fails=["perceptron_weighted_sum", *XOR_PARTS],
        hint="applies threshold to the parts of the sum, w0 and the inputs' terms, on their own",
        about="perceptron thresholds the bias and the inputs' terms apart and adds the two 0/1 answers",
    ),
    bug(
        "h14a_gates_xor_calls_nand_function", "gates",
        [(G_NOT_BOTH, "    not_both = nand(x1, x2)")],
        fails=XOR_PARTS,
        hint="Your xor calls nand(...), and your gates.py has no function of that name",
        crashes=True,
        about="xor's first layer calls nand(x1, x2), a function the module never defines",
    ),
    alternative(
        "h14a_alt_gates_tries_under_main", "gates",
        [(G_XOR_END, G_XOR_END + '\n\nif __name__ == "__main__":\n    print([xor(a, b) for a in (0, 1) for b in (0, 1)])\n')],
        about="the module ends with its tries under if __name__ == '__main__': they do not run at import",
    ),
    # ------------------------------------------------------------------ perceptron: names
    bug(
        "h14a_perceptron_fit_default_epochs_from_self", "perceptron",
        [(P_FIT_DEF, "    def fit(self, X, y, epochs=self.epochs):"), (P_EPOCHS, "        for _ in range(epochs):")],
        fails=ALL_FITS,
        hint="gives the parameter epochs a default that uses self",
        crashes=True,
        about="fit defined as fit(self, X, y, epochs=self.epochs): the default needs self at import",
    ),
    bug(
        "h14a_perceptron_epochs_without_self", "perceptron",
        [(P_EPOCHS, "        for _ in range(epochs):")],
        fails=ALL_FITS,
        hint="Write self.epochs",
        crashes=True,
        about="fit loops for _ in range(epochs): the object's epochs without self.",
    ),
    bug(
        "h14a_perceptron_n_epochs_attribute", "perceptron",
        [(P_EPOCHS, "        for _ in range(self.n_epochs):")],
        fails=ALL_FITS,
        hint="(for the number of passes, self.epochs)",
        crashes=True,
        about="fit reads self.n_epochs, a name the constructor never sets (it keeps self.epochs)",
    ),
    bug(
        "h14a_perceptron_samples_looped_over_len", "perceptron",
        [(P_LOOP, "            for i in len(X):\n                x_i, y_i = X[i], y[i]\n")],
        fails=ALL_FITS,
        hint="loop over range of that number: for ... in range(len(X))",
        crashes=True,
        about="fit's sample loop is for i in len(X): a loop over a number",
    ),
    # ------------------------------------------------------------------ perceptron: the rule
    bug(
        "h14a_perceptron_every_label_the_last", "perceptron",
        [(P_LOOP, "            for x_i in X:\n                y_i = y[-1]\n")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="one and the same label, the last sample's, y[-1]",
        about="fit trains every sample against y[-1], the last label",
    ),
    bug(
        "h14a_perceptron_delta_kept_from_last_mistake", "perceptron",
        [(P_UPDATE + "\n" + P_WEIGHTS + "\n" + P_BIAS,
          "                if y_i != prediction:\n"
          "                    delta = self.lr * (y_i - prediction)\n"
          "                self.weights = self.weights + delta * x_i\n"
          "                self.bias = float(self.bias + delta)")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]", "fit_leaves_data_alone", "attribute_types",
               "fit_accepts_lists", "fit_starts_afresh", "defaults_as_the_spec"],
        hint="computes update only when the prediction is wrong (inside an if)",
        also={"fit_leaves_data_alone": "or it sits under an if"},
        crashes=True,
        about="fit sets delta only after a mistake and moves by it after every sample",
    ),
    bug(
        "h14a_perceptron_predicts_on_lr_scaled_copy", "perceptron",
        [(P_X, "        X = self.lr * np.asarray(X, dtype=float)\n        y = np.asarray(y, dtype=float)\n"),
         (P_UPDATE + "\n" + P_WEIGHTS + "\n" + P_BIAS,
          "                error = y_i - prediction\n"
          "                self.weights += error * x_i\n"
          "                self.bias = float(self.bias + self.lr * error)")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="the predictions it makes while it learns use every sample multiplied by the learning rate",
        about="fit works on lr * X (a copy) and leaves lr out of the weights' step: predictions on scaled samples",
    ),
    # ------------------------------------------------------------------ perceptron: predict
    bug(
        "h14a_perceptron_predict_bias_or_weights_eq_none", "perceptron",
        [(P_PREDICT_NONE, "        if self.bias == None or self.weights == None:")],
        fails=["predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]"],
        hint="compares with None by == (or !=)",
        about="predict tests self.bias == None or self.weights == None: the second gives an array",
    ),
    bug(
        "h14a_perceptron_predict_ravel_newaxis", "perceptron",
        [(P_PREDICT_Z, "        z = np.asarray(X, dtype=float).ravel()[np.newaxis, :] @ self.weights + self.bias")],
        fails=["predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]"],
        hint="Your predict turns X into one row",
        about="predict flattens X and puts it in one row: every sample side by side",
    ),
]
