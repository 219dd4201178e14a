"""Corpus cases for the classes of gates and perceptron the seventeenth held-out corpus showed after its blind run, in
our own spellings, with their exact expected outcomes (``mutations.py``): a step made with clip and a cut to int, ~ taken
for NOT, xor's results kept in the module's globals, perceptron called with a list for its two inputs, the sums made a
list, a threshold that maps over an array (a 0-d one refused), a tuple given a new item; a fit that sets its weights on
the class, numbers its samples from 1, grows its weights with np.append, names an attribute like predict, keeps the
labels unsigned, reads the label from the front of a stacked row or reorders X alone; a predict that clips its sums.
"""

from corpus.mutations import bug

G_THRESHOLD_ARRAY = "        return (z >= 0.5).astype(int)\n"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)\n"
)
P_ZIP = "            for x_i, y_i in zip(X, y):\n"
P_Y = "        y = np.asarray(y, dtype=float)\n"
P_UPDATE = "                self.weights += update * x_i  # our own array: safe in place\n"
P_STEP = "        return (z >= 0).astype(int)\n"

XOR_PARTS = ["xor_truth_table", "xor_on_arrays"]
GATES_ALL = ["threshold_on_numbers", "threshold_on_arrays", "threshold_on_numpy_numbers", "perceptron_weighted_sum",
             "gate_weights[AND]", "gate_weights[OR]", "gate_weights[NAND]", "gate_weights[NOR]", *XOR_PARTS]
FIT_WRONG = ["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"]
PREDICT_WRONG = ["predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]"]
FIT_RAISES = ["fit_returns_self", "weights_after_fit", "predict_uses_step_at_zero", "learns_gate[AND]", "learns_gate[OR]",
              "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists", "fit_starts_afresh", "defaults_as_the_spec"]

CASES = [
    # ------------------------------------------------------------------ gates
    bug(
        "h17a_gates_threshold_clip_method", "gates",
        [(G_THRESHOLD_ARRAY, "        return z.clip(0.0, 1.0).astype(np.int64)\n")],
        fails=["threshold_on_arrays", "xor_on_arrays"],
        hint="uses np.clip as its step",
        about="threshold's array branch clips the sums into [0, 1] and casts to int: only sums of 1 or more fire",
    ),
    bug(
        "h17a_gates_xor_tilde_of_nor", "gates",
        [(G_XOR, "    either = ~perceptron(x1, x2, NOR_WEIGHTS)\n    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
                 "    return perceptron(either, not_both, AND_WEIGHTS)\n")],
        fails=XOR_PARTS,
        hint="uses ~ as NOT",
        about="xor's OR made as ~NOR: ~ on 0/1 integers gives -1 and -2",
    ),
    bug(
        "h17a_gates_xor_pair_in_globals", "gates",
        [(G_XOR, "    either, not_both = globals().setdefault(\"_pair\", (perceptron(x1, x2, OR_WEIGHTS), "
                 "perceptron(x1, x2, NAND_WEIGHTS)))\n    return perceptron(either, not_both, AND_WEIGHTS)\n")],
        fails=XOR_PARTS,
        hint="keeps values in a module-level global",
        about="xor's hidden pair stored in the module's globals on the first call and reused by every later call",
    ),
    bug(
        "h17a_gates_xor_returns_first_gate", "gates",
        [(G_XOR, "    gate_or = perceptron(x1, x2, OR_WEIGHTS)\n    gate_nand = perceptron(x1, x2, NAND_WEIGHTS)\n"
                 "    result = perceptron(gate_or, gate_nand, AND_WEIGHTS)\n    return gate_or\n")],
        fails=XOR_PARTS,
        hint="then returns `gate_or`",
        about="xor works out the output gate into result but returns the OR gate's output, so it computes OR",
    ),
    bug(
        "h17a_gates_xor_inputs_as_a_list", "gates",
        [(G_XOR, "    hidden = [perceptron(x1, x2, OR_WEIGHTS), perceptron(x1, x2, NAND_WEIGHTS)]\n"
                 "    return perceptron([*hidden], AND_WEIGHTS)\n")],
        fails=XOR_PARTS,
        hint="calls perceptron with 2 arguments where it takes three",
        crashes=True,
        about="xor hands perceptron its two hidden outputs as one list: weights is missing",
    ),
    bug(
        "h17a_gates_sums_tolist_at_once", "gates",
        [(G_Z, "    z = (w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)).tolist()\n")],
        fails=["perceptron_weighted_sum", "xor_on_arrays"],
        hint="turns the sums into a Python list",
        crashes=True,
        about="perceptron turns its sums into plain Python values: arrays reach threshold as lists",
    ),
    bug(
        "h17a_gates_threshold_maps_itself", "gates",
        [(G_THRESHOLD_ARRAY, "        return np.asarray(list(map(threshold, z)), dtype=int)\n")],
        fails=["threshold_on_numpy_numbers"],
        hint="loops over the array's elements",
        about="threshold's array branch maps itself over the array's rows: a 0-d array cannot be iterated",
    ),
    bug(
        "h17a_gates_or_from_and_item_added", "gates",
        [("OR_WEIGHTS = (0.0, 0.6, 0.6)\n", "OR_WEIGHTS = AND_WEIGHTS\nOR_WEIGHTS[0] += 0.5\n")],
        fails=GATES_ALL,
        hint="a tuple is immutable",
        crashes=True,
        about="OR_WEIGHTS made from AND_WEIGHTS by changing its bias in place: a tuple refuses, the import fails",
    ),
    # ------------------------------------------------------------------ perceptron
    bug(
        "h17a_perceptron_weights_on_dunder_class", "perceptron",
        [("        self.weights = np.zeros(X.shape[1])\n", "        self.__class__.weights = np.zeros(X.shape[1])\n")],
        fails=FIT_RAISES,
        hint="an attribute of the class",
        crashes=True,
        about="fit sets the zero weights on the class through self.__class__: the instance's None hides them",
    ),
    bug(
        "h17a_perceptron_enumerate_from_one_positional", "perceptron",
        [(P_ZIP, "            for n, x_i in enumerate(X, 1):\n                y_i = y[n]\n")],
        fails=FIT_RAISES,
        hint="which numbers them from 1, not 0",
        crashes=True,
        about="fit numbers the samples from 1 and reads y[n]: the next label, and past the end at the last",
    ),
    bug(
        "h17a_perceptron_append_update_first", "perceptron",
        [(P_UPDATE, "                self.weights = np.append(update * x_i, self.weights)\n")],
        fails=FIT_RAISES,
        hint="np.append does not add",
        crashes=True,
        about="fit joins the update to the weights with np.append: the weights grow, the next sum fails",
    ),
    bug(
        "h17a_perceptron_training_labels_as_predict", "perceptron",
        [("        return self\n", "        self.predict = (X @ self.weights + self.bias >= 0).astype(int)\n        return self\n")],
        fails=PREDICT_WRONG,
        hint="shadows (hides) the method",
        about="fit keeps its training labels in self.predict, hiding the method predict",
    ),
    bug(
        "h17a_perceptron_labels_astype_uint8", "perceptron",
        [(P_Y, "        y = np.asarray(y).astype(\"uint8\")\n")],
        fails=FIT_WRONG,
        hint="keeps the labels as unsigned integers",
        about="fit casts the labels to uint8: 0 - 1 wraps round to 255",
    ),
    bug(
        "h17a_perceptron_hstack_label_first", "perceptron",
        [(P_ZIP, "            for row in np.hstack([X, y[:, None]]):\n                y_i, x_i = row[0], row[1:]\n")],
        fails=FIT_WRONG,
        hint="reads the label from the front of each row",
        about="fit stacks y as the last column but reads the label from the first",
    ),
    bug(
        "h17a_perceptron_X_lexsorted_alone", "perceptron",
        [(P_Y, P_Y + "        X = X[np.lexsort(X.T[::-1])]\n")],
        fails=["weights_after_fit"],
        hint="reorders the samples",
        about="fit sorts the rows of X (first feature first) and leaves y as it was",
    ),
    bug(
        "h17a_perceptron_predict_clip_keywords", "perceptron",
        [(P_STEP, "        return np.clip(z, a_min=0, a_max=1).astype(np.int8)\n")],
        fails=PREDICT_WRONG,
        hint="uses np.clip as its step",
        about="predict clips its sums into [0, 1] and casts to int: only sums of 1 or more give 1",
    ),
    bug(
        "h17a_perceptron_epochs_handed_to_local", "perceptron",
        [("        for _ in range(self.epochs):\n",
          "        self.epochs, todo = 0, self.epochs\n        for _ in range(todo):\n")],
        fails=["fit_starts_afresh"],
        hint="changes the perceptron's settings",
        about="fit moves self.epochs into a local count and leaves 0 behind: a second fit trains nothing",
    ),
]
