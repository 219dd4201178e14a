"""An eighteenth held-out corpus of beginner mistakes, written blind.

Written from ``/work/shared/COURSE_SPEC.md``, the reference solutions, a grep of the stubs,
``tests/test_heldout.py``, ``tests/heldout17/README.md`` and the head and tail of
``tests/heldout17/cases.py``. The ``module``, ``name`` and ``did`` of every bug in heldout3 to
heldout17 were listed (by parsing the files with ``ast``, edits not printed) only so that every
bug here is a different mistake from theirs. Nothing under ``autograder/`` was opened, nor
``tests/corpus/``, ``tests/heldout/cases.py``, ``tests/heldout2/``, the probe's source or the git
history (see ``README.md`` beside this file).

The format is that of ``tests/heldout17/cases.py``: ``_bug(module, name, did, names, edits)`` and
``_variant(module, name, did, edits)``. ``edits`` are exact (old, new) replacements in
``solutions/<module>.py``. ``names`` lists alternatives; each alternative is a list of keyword
groups (a string, or a tuple of spellings), and a hint names the mistake when, for some
alternative, it holds one spelling of every group. The keywords were fixed when each case was
written, before any grading.

This corpus leans on kinds the earlier corpora covered less: confusion between neighbouring
functions and formulas (a hard sigmoid, LeCun's scaled tanh, softplus for ReLU, ELU for leaky
ReLU, a normalised sigmoid or a one-hot argmax for softmax, np.cross for the dot product, the Huber
loss, the RMSE's gradient, XNOR's recipe for XOR, a binary cross-entropy for the epoch loss, an L2
penalty in the loss), training recipes from other tutorials (train until converged, the averaged
perceptron, a threshold input x0 = -1, keeping the best weights, updating one layer at a time),
misremembered NumPy calls (``np.where`` with one argument, ``np.gradient`` as a derivative,
``np.square(d, 2)``, ``np.asarray(a, b)``, ``reshape(array)``), Python slips (a set
comprehension, a chained assignment that aliases two attributes, ``vars(self)`` over every
attribute, ``range(0, n, 2)``, ``set`` over pairs of widths, indexing a 0-d result, a dict of
named weights, booleans that NumPy will not subtract, NOT typed as a minus sign), state between
calls (a running average of losses, losses kept on the network, outputs cached for ``predict``,
gradients stored instead of returned), and misread spec sentences (the data shifted a second
time, gate weights indexed per neuron, a threshold taken as a band, weights halved for the 0.5
threshold, the docstring's example weights left in).
"""


def _bug(module, name, did, names, edits):
    return {"name": name, "module": module, "kind": "bug", "edits": edits, "did": did, "names": names}


def _variant(module, name, did, edits):
    return {"name": name, "module": module, "kind": "variant", "edits": edits, "did": did, "names": None}


SHAPE = ("shape", "dimension", "0-d", "scalar", "number")
STATE = ("each call", "every call", "second call", "later call", "previous call", "earlier call",
         "between calls", "first call", "state", "cache", "stored", "remember")

# ---------------------------------------------------------------------------- gates

G_THRESH_ARRAY = "        return (z >= 0.5).astype(int)\n"
G_THRESH = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)\n"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)\n"
)

GATES = [
    _bug(
        "gates", "gates_threshold_where_single_argument",
        "threshold's array branch returns np.where(z >= 0.5) with one argument, which gives a tuple "
        "of index arrays (where the sums fire) instead of a 0/1 integer array of z's shape (and a "
        "0-d array raises ValueError).",
        [[("tuple", "indices", "index", "positions")], ["np.where", ("one argument", "single argument",
                                                                    "three arguments", "1, 0")]],
        [(G_THRESH_ARRAY, "        return np.where(z >= 0.5)\n")],
    ),
    _bug(
        "gates", "gates_threshold_band_up_to_one",
        "threshold fires only where 0.5 <= z <= 1, reading the 0/1 output range into the input, so "
        "any sum above 1 (OR with both inputs on sums to 1.2) gives 0.",
        [[("above 1", "greater than 1", "larger than 1", "more than 1", "upper", "<= 1", "at most 1",
           "band", "large sum", "large value", "bigger than 1")]],
        [(G_THRESH,
          "    if isinstance(z, np.ndarray):\n"
          "        return ((z >= 0.5) & (z <= 1)).astype(int)\n"
          "    return int(0.5 <= z <= 1)\n")],
    ),
    _bug(
        "gates", "gates_perceptron_weights_normalised",
        "perceptron divides the weight tuple by its Euclidean norm first (a unit-length weight "
        "vector, a habit from geometry tutorials), which rescales the sum and so moves the point "
        "where it crosses the 0.5 threshold: with weights (0.3, 0.1, 0.1) the input (0, 0) sums to 0.9 instead of 0.3 and fires (the course's gate weights happen to keep their truth tables).",
        [[("norm", "normalis", "normaliz", "unit length", "rescal", "scaled", "divid")]],
        [("    w0, w1, w2 = weights\n",
          "    w0, w1, w2 = np.asarray(weights, dtype=float) / np.linalg.norm(weights)\n")],
    ),
    _bug(
        "gates", "gates_and_weights_dict",
        "AND_WEIGHTS is written as a dict {'w0': -0.5, 'w1': 0.6, 'w2': 0.6} to name the weights; "
        "unpacking a dict gives its keys, so perceptron multiplies the strings 'w1' and 'w2' by the "
        "inputs and AND (and xor with it) raises TypeError.",
        [[("dict",)], [("keys", "string", "str")]],
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)\n", "AND_WEIGHTS = {\"w0\": -0.5, \"w1\": 0.6, \"w2\": 0.6}\n")],
    ),
    _bug(
        "gates", "gates_xor_or_of_and_nor",
        "xor combines AND and NOR with a second-layer OR, the recipe of XNOR (both or neither), so "
        "every output is inverted: (0, 0) gives 1 and (0, 1) gives 0.",
        [["xnor"], [("invert", "negat", "opposite", "flipped", "reversed", "not of")]],
        [(G_XOR,
          "    both = perceptron(x1, x2, AND_WEIGHTS)\n"
          "    neither = perceptron(x1, x2, NOR_WEIGHTS)\n"
          "    return perceptron(both, neither, OR_WEIGHTS)\n")],
    ),
    _bug(
        "gates", "gates_xor_ravels_inputs",
        "xor flattens its inputs with np.ravel first 'so arrays and numbers take one path': two "
        "numbers come back as a shape-(1,) array instead of an int, and 2-D grids come back flat.",
        [[("shape", "ravel", "flatten", "1-d", "one-element", "array instead")]],
        [(G_XOR, "    x1, x2 = np.ravel(x1), np.ravel(x2)\n" + G_XOR)],
    ),
    _bug(
        "gates", "gates_nand_bias_copied_from_and",
        "NAND_WEIGHTS = (-0.5, -0.6, -0.6): the input weights of AND were negated but its bias "
        "weight was copied unchanged, so every sum is negative and NAND never fires (xor with it "
        "is always 0).",
        [[("bias", "w0")], [("never fires", "always 0", "negative", "(0, 0)", "too small", "copied")]],
        [("NAND_WEIGHTS = (1.5, -0.6, -0.6)\n", "NAND_WEIGHTS = (-0.5, -0.6, -0.6)\n")],
    ),
    _bug(
        "gates", "gates_nor_weights_docstring_example",
        "NOR_WEIGHTS = (0.2, 0.4, -0.1), the numbers of perceptron's docstring example left in as "
        "a placeholder, so (0, 0) sums to 0.2 and does not fire while (1, 0) fires.",
        [[("nor",)], [("truth table", "(0, 0)", "(1, 0)", "wrong", "placeholder", "example")]],
        [("NOR_WEIGHTS = (0.5, -0.6, -0.6)\n", "NOR_WEIGHTS = (0.2, 0.4, -0.1)\n")],
    ),
    _bug(
        "gates", "gates_and_weights_halved",
        "AND_WEIGHTS = (-0.25, 0.3, 0.3): the student halved working weights 'because the threshold "
        "is 0.5, not 1', which does not move the firing point along with them: (1, 1) sums to 0.35, "
        "so AND never fires.",
        [[("and",)], [("(1, 1)", "never fires", "always 0", "too small", "halv", "below 0.5")]],
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)\n", "AND_WEIGHTS = (-0.25, 0.3, 0.3)\n")],
    ),
    _bug(
        "gates", "gates_xor_not_as_negation",
        "xor is written as OR(AND(x1, NOT x2), AND(NOT x1, x2)) with NOT typed as a minus sign, "
        "-x, instead of 1 - x: NOT 0 stays 0, so (1, 0) and (0, 1) give 0 and xor is always 0.",
        [[("not",)], [("1 - x", "minus", "negat", "-x")]],
        [(G_XOR,
          "    a = perceptron(x1, -np.asarray(x2), AND_WEIGHTS)  # x1 and not x2\n"
          "    b = perceptron(-np.asarray(x1), x2, AND_WEIGHTS)  # not x1 and x2\n"
          "    return perceptron(a, b, OR_WEIGHTS)\n")],
    ),
    _variant(
        "gates", "gates_v_threshold_where_three_arguments",
        "threshold's array branch returns np.where(z >= 0.5, 1, 0).",
        [(G_THRESH_ARRAY, "        return np.where(z >= 0.5, 1, 0)\n")],
    ),
    _variant(
        "gates", "gates_v_threshold_flat_loop_reshaped",
        "threshold's array branch loops over z.flat and reshapes the integer list back to z's shape.",
        [(G_THRESH_ARRAY,
          "        return np.array([int(v >= 0.5) for v in z.flat], dtype=int).reshape(z.shape)\n")],
    ),
    _variant(
        "gates", "gates_v_xor_nor_of_and_nor",
        "xor is NOR(AND, NOR): 1 exactly when the inputs are neither both on nor both off.",
        [(G_XOR,
          "    both = perceptron(x1, x2, AND_WEIGHTS)\n"
          "    neither = perceptron(x1, x2, NOR_WEIGHTS)\n"
          "    return perceptron(both, neither, NOR_WEIGHTS)\n")],
    ),
    _variant(
        "gates", "gates_v_xor_product_of_hidden",
        "xor thresholds the product of the OR and NAND outputs (1 only when both are 1).",
        [(G_XOR,
          "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
          "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
          "    return threshold(either * not_both)\n")],
    ),
    _variant(
        "gates", "gates_v_other_or_nand_numbers",
        "OR_WEIGHTS = (0.0, 1.0, 1.0) and NAND_WEIGHTS = (1.0, -0.3, -0.3), other numbers with the "
        "same truth tables.",
        [("OR_WEIGHTS = (0.0, 0.6, 0.6)\n", "OR_WEIGHTS = (0.0, 1.0, 1.0)\n"),
         ("NAND_WEIGHTS = (1.5, -0.6, -0.6)\n", "NAND_WEIGHTS = (1.0, -0.3, -0.3)\n")],
    ),
    _variant(
        "gates", "gates_v_and_tuple_without_parentheses",
        "AND_WEIGHTS = -0.5, 0.6, 0.6 is written without parentheses (still a tuple).",
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)\n", "AND_WEIGHTS = -0.5, 0.6, 0.6\n")],
    ),
]

# ---------------------------------------------------------------------------- perceptron

P_EPOCHS = "        for _ in range(self.epochs):\n"
P_SAMPLES = "            for x_i, y_i in zip(X, y):\n"
P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
P_UPDATE = "                update = self.lr * (y_i - prediction)\n"
P_W = "                self.weights += update * x_i  # our own array: safe in place\n"
P_B = "                self.bias = float(self.bias + update)\n"
P_INIT = "        self.weights = np.zeros(X.shape[1])\n        self.bias = 0.0\n"
P_TAIL = P_B + "        return self\n"
P_PREDICT = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n        return (z >= 0).astype(int)\n"

PERCEPTRON = [
    _bug(
        "perceptron", "perceptron_trains_until_converged",
        "fit trains until an epoch makes no mistake (at most 100 epochs), the 'until converged' loop "
        "of a tutorial, ignoring self.epochs: Perceptron(epochs=1) trains on, and non-separable data "
        "runs 100 epochs.",
        [["epochs", ("ignor", "not used", "never used", "instead of", "until", "converge", "stop")]],
        [(P_EPOCHS,
          "        mistakes, epoch = 1, 0\n"
          "        while mistakes and epoch < 100:\n"
          "            mistakes, epoch = 0, epoch + 1\n"),
         (P_UPDATE, P_UPDATE + "                mistakes += int(update != 0)\n")],
    ),
    _bug(
        "perceptron", "perceptron_averaged_weights",
        "fit ends by setting weights and bias to their averages over every update step (the averaged "
        "perceptron of a tutorial) instead of leaving the values the rule reached.",
        [[("averag", "mean")]],
        [(P_EPOCHS, "        w_sum, b_sum, count = np.zeros_like(self.weights), 0.0, 0\n" + P_EPOCHS),
         (P_TAIL,
          P_B
          + "                w_sum += self.weights\n"
          "                b_sum += self.bias\n"
          "                count += 1\n"
          "        self.weights = w_sum / count\n"
          "        self.bias = float(b_sum / count)\n"
          "        return self\n")],
    ),
    _bug(
        "perceptron", "perceptron_threshold_input_minus_one",
        "fit learns the bias as the weight of a constant input x0 = -1 (the 'threshold' convention "
        "of a tutorial) but stores that weight itself as bias, so the stored bias has the wrong sign.",
        [["bias", ("sign", "negat", "-1", "minus one", "threshold")]],
        [(P_INIT + P_EPOCHS + P_SAMPLES + P_PRED + P_UPDATE + P_W + P_B,
          "        Xa = np.column_stack([-np.ones(len(X)), X])  # x0 = -1 carries the threshold\n"
          "        w = np.zeros(Xa.shape[1])\n"
          "        for _ in range(self.epochs):\n"
          "            for x_i, y_i in zip(Xa, y):\n"
          "                prediction = 1 if x_i @ w >= 0 else 0\n"
          "                update = self.lr * (y_i - prediction)\n"
          "                w += update * x_i\n"
          "        self.bias = float(w[0])\n"
          "        self.weights = w[1:]\n")],
    ),
    _bug(
        "perceptron", "perceptron_weights_bias_chained_assignment",
        "fit starts both at zero with self.weights = self.bias = np.zeros(n_features), so the bias "
        "is the weight array too: the first weighted sum plus that bias is an array and the "
        "prediction's if raises 'truth value of an array is ambiguous'.",
        [["bias", ("array", "same object", "alias", "chained", "float")]],
        [(P_INIT, "        self.weights = self.bias = np.zeros(X.shape[1])\n")],
    ),
    _bug(
        "perceptron", "perceptron_sample_loop_over_feature_count",
        "fit's sample loop runs for i in range(X.shape[1]), the number of features (shape[1] typed "
        "for shape[0]), so only the first n_features samples are ever trained on (and IndexError "
        "when there are more features than samples).",
        [[("sample", "row")], [("feature", "shape[1]", "column", "skipp", "only the first", "not all")]],
        [(P_SAMPLES, "            for i in range(X.shape[1]):\n                x_i, y_i = X[i], y[i]\n")],
    ),
    _bug(
        "perceptron", "perceptron_update_normalised_by_input_norm",
        "fit divides each weight step by the length of the sample, update * x_i / norm(x_i) (a "
        "normalised perceptron from a tutorial), so weights move by other amounts than the rule's.",
        [[("norm", "normalis", "normaliz", "length", "divid")]],
        [(P_W, "                self.weights += update * x_i / (np.linalg.norm(x_i) or 1.0)\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_sums_everything",
        "predict computes np.sum(X * weights) + bias without an axis, adding up every sample's "
        "products into one number, so it returns a single label for the whole batch.",
        [[("axis", "one label", "single label", "one number", "single number", "whole batch",
           "every sample", "shape", "scalar")]],
        [(P_PREDICT,
          "        z = np.sum(np.asarray(X, dtype=float) * self.weights) + self.bias\n"
          "        return (z >= 0).astype(int)\n")],
    ),
    _bug(
        "perceptron", "perceptron_bias_reset_each_sample",
        "fit's bias = 0.0 sits inside the sample loop, so the bias is reset before every sample and "
        "only the last sample's update is ever kept.",
        [["bias", ("reset", "each sample", "every sample", "inside the loop", "zero again", "re-initial")]],
        [(P_INIT + P_EPOCHS + P_SAMPLES,
          "        self.weights = np.zeros(X.shape[1])\n" + P_EPOCHS + P_SAMPLES
          + "                self.bias = 0.0\n")],
    ),
    _bug(
        "perceptron", "perceptron_labels_and_predictions_bool",
        "fit keeps labels and predictions as booleans ('they are only true or false'): "
        "y = np.asarray(y, dtype=bool) and prediction = (sum >= 0); NumPy refuses to subtract two "
        "booleans, so y_i - prediction raises TypeError on the first sample.",
        [[("bool", "boolean")], [("subtract", "minus", "integer", "int", "float")]],
        [("        y = np.asarray(y, dtype=float)\n", "        y = np.asarray(y, dtype=bool)\n"),
         (P_PRED, "                prediction = x_i @ self.weights + self.bias >= 0\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_compares_with_bias",
        "predict fires where X @ weights >= bias, treating the learned bias as a threshold to reach "
        "instead of adding it to the sum (fit adds it), so with a negative bias every sum between "
        "bias and -bias is labelled the wrong way.",
        [["bias", ("threshold", "add", "compar", "sign")]],
        [(P_PREDICT,
          "        z = np.asarray(X, dtype=float) @ self.weights\n"
          "        return (z >= self.bias).astype(int)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_predict_inside_fit",
        "fit's training prediction calls self.predict on the sample as a one-row batch.",
        [(P_PRED, "                prediction = self.predict(x_i.reshape(1, -1))[0]\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_augmented_bias_last",
        "fit learns one augmented weight vector over X with a column of ones appended, then splits "
        "it into weights (all but the last) and bias (the last).",
        [(P_INIT + P_EPOCHS + P_SAMPLES + P_PRED + P_UPDATE + P_W + P_B,
          "        Xa = np.column_stack([X, np.ones(len(X))])\n"
          "        w = np.zeros(Xa.shape[1])\n"
          "        for _ in range(self.epochs):\n"
          "            for x_i, y_i in zip(Xa, y):\n"
          "                prediction = 1 if x_i @ w >= 0 else 0\n"
          "                update = self.lr * (y_i - prediction)\n"
          "                w += update * x_i\n"
          "        self.weights = w[:-1].copy()\n"
          "        self.bias = float(w[-1])\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_zeros_of_shape_tail",
        "fit starts from np.zeros(X.shape[1:]).",
        [("        self.weights = np.zeros(X.shape[1])\n", "        self.weights = np.zeros(X.shape[1:])\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_predict_compares_with_minus_bias",
        "predict compares X @ weights with -bias instead of adding the bias and comparing with 0.",
        [(P_PREDICT,
          "        s = np.asarray(X, dtype=float) @ self.weights\n"
          "        return (s >= -self.bias).astype(int)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_update_only_when_wrong",
        "fit updates weights and bias only inside if prediction != y_i.",
        [(P_UPDATE + P_W + P_B,
          "                if prediction != y_i:\n"
          "                    update = self.lr * (y_i - prediction)\n"
          "                    self.weights = self.weights + update * x_i\n"
          "                    self.bias = float(self.bias + update)\n")],
    ),
]

# ---------------------------------------------------------------------------- activations

A_SIG = "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n"
A_SIGD = "    s = sigmoid(z)\n    return s * (1.0 - s)\n"
A_TANH = "    return np.tanh(np.asarray(z, dtype=float))\n"
A_TANHD = "    return 1.0 - tanh(z) ** 2\n"
A_RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)\n"
A_RELUD = "    return (np.asarray(z) > 0).astype(float)\n"
A_LEAKY = "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)\n"
A_LEAKYD = "    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, 1.0, alpha)\n"
A_SOFT = ("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
          "    return exps / np.sum(exps, axis=-1, keepdims=True)\n")

ACTIVATIONS = [
    _bug(
        "activations", "act_sigmoid_hard_sigmoid",
        "sigmoid is the 'hard sigmoid' clip(0.2 * z + 0.5, 0, 1) from a deep-learning library, a "
        "piecewise-linear stand-in: sigmoid(1) gives 0.7 instead of 0.731 and sigmoid(3) gives 1.0.",
        [[("hard", "clip", "linear", "piecewise", "approximat")]],
        [(A_SIG, "    return np.clip(0.2 * z + 0.5, 0.0, 1.0)\n")],
    ),
    _bug(
        "activations", "act_sigmoid_derivative_np_gradient",
        "sigmoid_derivative returns np.gradient(sigmoid(z), z), NumPy's finite differences between "
        "neighbouring entries: a number gives an empty array, 1-D arrays get approximate slopes that "
        "depend on the neighbours, and 2-D arrays raise TypeError.",
        [[("np.gradient", "finite difference", "numerical", "neighbour", "neighbor", "approximat")]],
        [(A_SIGD, "    z = np.asarray(z, dtype=float)\n    return np.gradient(sigmoid(z), z)\n")],
    ),
    _bug(
        "activations", "act_sigmoid_derivative_guesses_activation",
        "sigmoid_derivative guesses whether it was given an activation: when every value lies in "
        "[0, 1] it uses z itself as s (z * (1 - z)), otherwise sigmoid(z); so sigmoid_derivative(0.5) "
        "is 0.25 instead of 0.235.",
        [[("activation", "output", "a = sigmoid", "z * (1 - z)", "z*(1-z)", "[0, 1]", "between 0 and 1",
           "already")]],
        [(A_SIGD,
          "    z = np.asarray(z, dtype=float)\n"
          "    # values already in [0, 1] are taken to be activations\n"
          "    s = z if np.all((z >= 0) & (z <= 1)) else sigmoid(z)\n"
          "    return s * (1.0 - s)\n")],
    ),
    _bug(
        "activations", "act_tanh_lecun_scaled",
        "tanh returns 1.7159 * tanh(2z / 3), LeCun's scaled tanh from a paper on training tricks, "
        "instead of tanh itself (tanh_derivative inherits the error).",
        [[("1.7159", "scaled", "lecun", "scale", "2/3", "2 / 3")]],
        [(A_TANH, "    return 1.7159 * np.tanh(2.0 / 3.0 * np.asarray(z, dtype=float))\n")],
    ),
    _bug(
        "activations", "act_relu_softplus",
        "relu returns log(1 + exp(z)), softplus, the 'smooth ReLU': relu(0) is 0.693 instead of 0, "
        "negative inputs give small positive values and relu(1000) overflows to inf.",
        [[("softplus", "smooth", "log(1", "log1p", "log")]],
        [(A_RELU, "    return np.log1p(np.exp(np.asarray(z, dtype=float)))\n")],
    ),
    _bug(
        "activations", "act_relu_derivative_sigmoid",
        "relu_derivative returns sigmoid(z), the derivative of softplus (the smooth ReLU), instead "
        "of the step 1 where z > 0 else 0: relu_derivative(0) is 0.5 and relu_derivative(2) is 0.88.",
        [[("sigmoid", "softplus", "smooth")]],
        [(A_RELUD, "    return sigmoid(z)\n")],
    ),
    _bug(
        "activations", "act_leaky_relu_elu_formula",
        "leaky_relu computes the negative side as alpha * (exp(z) - 1), the ELU formula, instead of "
        "alpha * z: leaky_relu(-2) is -0.086 instead of -0.2.",
        [[("elu", "exp", "exponential")]],
        [(A_LEAKY, "    return np.maximum(z, 0.0) + alpha * (np.exp(np.minimum(z, 0.0)) - 1.0)\n")],
    ),
    _bug(
        "activations", "act_softmax_normalised_sigmoid",
        "softmax divides sigmoid(z) by its sum along the last axis, a normalised sigmoid: the slices "
        "sum to 1, but the values are not exp(z_i) / sum exp(z_j) and shifting z changes them.",
        [[("sigmoid",)], [("softmax", "exp", "shift", "normalis", "normaliz")]],
        [(A_SOFT,
          "    s = sigmoid(z)\n"
          "    return s / np.sum(s, axis=-1, keepdims=True)\n")],
    ),
    _bug(
        "activations", "act_softmax_one_hot_argmax",
        "softmax returns 1.0 at the largest score of each slice and 0.0 elsewhere (a hard max or "
        "one-hot argmax) instead of the smooth probabilities exp(z_i) / sum exp(z_j).",
        [[("one-hot", "one hot", "argmax", "hard", "max")]],
        [(A_SOFT, "    return (z == np.max(z, axis=-1, keepdims=True)).astype(float)\n")],
    ),
    _bug(
        "activations", "act_softmax_number_returned_unchanged",
        "softmax of a number returns the number itself ('a single score has nothing to normalise'), "
        "so softmax(3.0) is 3.0 instead of the probability 1.0.",
        [[("number", "scalar", "single", "0-d")], [("1.0", "probability", "sum to 1", "sums to 1",
                                                      "one", "unchanged", "itself")]],
        [("    if z.ndim == 0:\n        return np.float64(1.0)\n",
          "    if z.ndim == 0:\n        return z  # a single score: nothing to normalise\n")],
    ),
    _variant(
        "activations", "act_v_sigmoid_exp_of_neg_logaddexp",
        "sigmoid is exp(-logaddexp(0, -z)), the log-space form with the right sign.",
        [(A_SIG, "    return np.exp(-np.logaddexp(0.0, -z))\n")],
    ),
    _variant(
        "activations", "act_v_sigmoid_tanh_of_half",
        "sigmoid is 0.5 * (1 + tanh(z / 2)).",
        [(A_SIG, "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n")],
    ),
    _variant(
        "activations", "act_v_sigmoid_derivative_even_form",
        "sigmoid_derivative is e / (1 + e) ** 2 with e = exp(-|z|), using that the slope is even.",
        [(A_SIGD,
          "    e = np.exp(-np.abs(np.asarray(z, dtype=float)))\n"
          "    return e / (1.0 + e) ** 2\n")],
    ),
    _variant(
        "activations", "act_v_relu_derivative_ceil_of_clip",
        "relu_derivative is ceil(clip(z, 0, 1)).",
        [(A_RELUD, "    return np.ceil(np.clip(np.asarray(z, dtype=float), 0.0, 1.0))\n")],
    ),
    _variant(
        "activations", "act_v_tanh_derivative_factored",
        "tanh_derivative is (1 - t) * (1 + t) with t = tanh(z).",
        [(A_TANHD, "    t = tanh(z)\n    return (1.0 - t) * (1.0 + t)\n")],
    ),
    _variant(
        "activations", "act_v_leaky_derivative_blend",
        "leaky_relu_derivative is alpha + (1 - alpha) * relu_derivative(z).",
        [(A_LEAKYD, "    return alpha + (1.0 - alpha) * relu_derivative(z)\n")],
    ),
    _variant(
        "activations", "act_v_softmax_sum_with_newaxis",
        "softmax divides by the sums along the last axis with a new axis appended by indexing.",
        [("    return exps / np.sum(exps, axis=-1, keepdims=True)\n",
          "    return exps / exps.sum(axis=-1)[..., np.newaxis]\n")],
    ),
]

# ---------------------------------------------------------------------------- neuron

N_FF_RET = "        return float(_sigmoid(total))\n"
N_TINY_INIT = ("        self.h1 = Neuron(weights, bias)\n        self.h2 = Neuron(weights, bias)\n"
               "        self.o1 = Neuron(weights, bias)\n")
N_TINY_HIDDEN = "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
N_TINY_RET = "        return self.o1.feedforward(hidden)\n"
N_LAYER_TOTAL = "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
N_LAYER = ("    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n" + N_LAYER_TOTAL
           + "        outputs.append(total + bias)\n    return outputs\n")
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"

NEURON = [
    _bug(
        "neuron", "neuron_feedforward_indexes_zero",
        "Neuron.feedforward returns float(_sigmoid(total)[0]), indexing the first entry as if the "
        "sigmoid gave a one-element array; for one neuron it is a 0-d array, so every call raises "
        "IndexError.",
        [[("index", "[0]", "0-d", "zero-dimensional", "scalar")]],
        [(N_FF_RET, "        return float(_sigmoid(total)[0])\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_weights_indexed_per_neuron",
        "TinyNetwork builds neuron j from weights[j], as in layer_output where weights[j] is neuron "
        "j's list, although the spec gives every neuron the same weights: h1 gets the single number "
        "weights[0], and o1's weights[2] raises IndexError.",
        [[("same weights", "shared", "every neuron", "all three", "each neuron", "whole weights",
           "weights[0]", "weights[j]", "index")]],
        [(N_TINY_INIT,
          "        self.h1 = Neuron(weights[0], bias)\n"
          "        self.h2 = Neuron(weights[1], bias)\n"
          "        self.o1 = Neuron(weights[2], bias)\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_h2_fed_h1_output",
        "TinyNetwork.feedforward gives h2 the input [h1's output, x[1]] instead of x, chaining the "
        "two hidden neurons, so h2 computes a different value (with weights [0, 1] it only hides "
        "while x[1] is the deciding input).",
        [[("h2",)], [("h1", "chain", "input x", "same input", "both inputs")]],
        [(N_TINY_HIDDEN,
          "        h1 = self.h1.feedforward(x)\n"
          "        hidden = [h1, self.h2.feedforward([h1, x[1]])]\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_returns_one_element_list",
        "TinyNetwork.feedforward returns [o1's output], a one-element list like layer_output's "
        "result, instead of the float.",
        [[("list",)], [("float", "number", "one-element", "single")]],
        [(N_TINY_RET, "        return [self.o1.feedforward(hidden)]\n")],
    ),
    _bug(
        "neuron", "neuron_layer_returns_total",
        "layer_output returns sum(outputs), adding the neurons' outputs into one number, instead of "
        "the list with one output per neuron.",
        [[("list", "one per neuron", "each neuron", "per neuron")], [("sum", "one number", "single number",
                                                                     "total", "added")]],
        [("    return outputs\n", "    return sum(outputs)\n")],
    ),
    _bug(
        "neuron", "neuron_layer_inner_range_len_weights",
        "layer_output sums inputs[i] * neuron_weights[i] for i in range(len(weights)), the number "
        "of neurons instead of the number of inputs: extra inputs are left out, and a layer with "
        "more neurons than inputs raises IndexError.",
        [[("len(weights)", "number of neurons", "neurons instead", "range", "inputs", "index")]],
        [(N_LAYER_TOTAL,
          "        total = sum(inputs[i] * neuron_weights[i] for i in range(len(weights)))\n")],
    ),
    _bug(
        "neuron", "neuron_layer_bias_subtracted",
        "layer_output appends total - bias, subtracting each neuron's bias instead of adding it.",
        [["bias", ("subtract", "minus", "sign", "- bias")]],
        [("        outputs.append(total + bias)\n", "        outputs.append(total - bias)\n")],
    ),
    _bug(
        "neuron", "neuron_count_range_step_two",
        "count_parameters walks the pairs of layers with range(0, len(sizes) - 1, 2), a step of 2 "
        "for 'pairs', so every other pair of neighbouring layers is skipped: [3, 5, 5, 5, 2] gives 50.",
        [[("skip", "every other", "step", "pair", "missing", "some layers", "not all")]],
        [(N_COUNT,
          "    return sum(sizes[i] * sizes[i + 1] + sizes[i + 1] for i in range(0, len(sizes) - 1, 2))\n")],
    ),
    _bug(
        "neuron", "neuron_count_set_of_pairs",
        "count_parameters loops over set(zip(sizes, sizes[1:])), so repeated pairs of widths such as "
        "(5, 5) in [3, 5, 5, 5, 2] are counted once: 62 instead of 92.",
        [[("set", "repeated", "duplicate", "same width", "once")]],
        [(N_COUNT, "    return sum(a * b + b for a, b in set(zip(sizes, sizes[1:])))\n")],
    ),
    _bug(
        "neuron", "neuron_feedforward_np_cross",
        "Neuron.feedforward multiplies weights and inputs with np.cross, the cross product, taken "
        "for the dot product: for two inputs it gives w0*x1 - w1*x0 (weights [0, 1] and input "
        "[2, 3] sum to -2 + bias), and for three inputs a vector that float() rejects.",
        [[("cross", "np.dot", "dot product")]],
        [("        total = np.dot(self.weights, inputs) + self.bias\n",
          "        total = np.cross(self.weights, inputs) + self.bias\n")],
    ),
    _variant(
        "neuron", "neuron_v_feedforward_augmented",
        "Neuron.feedforward appends the bias to the weights and a constant 1 to the inputs.",
        [("        total = np.dot(self.weights, inputs) + self.bias\n",
          "        w = np.append(self.weights, self.bias)\n"
          "        total = np.dot(w, np.append(np.asarray(inputs, dtype=float), 1.0))\n")],
    ),
    _variant(
        "neuron", "neuron_v_layer_sum_starts_at_bias",
        "layer_output passes the bias as sum's start value.",
        [(N_LAYER_TOTAL + "        outputs.append(total + bias)\n",
          "        outputs.append(sum((x * w for x, w in zip(inputs, neuron_weights)), bias))\n")],
    ),
    _variant(
        "neuron", "neuron_v_layer_map_lambda",
        "layer_output is one map over the weight rows and the biases.",
        [(N_LAYER,
          "    return list(map(lambda row, b: sum(x * w for x, w in zip(inputs, row)) + b, weights, biases))\n")],
    ),
    _variant(
        "neuron", "neuron_v_tiny_hidden_from_layer_output",
        "TinyNetwork.feedforward computes the hidden layer with layer_output and the sigmoid.",
        [(N_TINY_HIDDEN + N_TINY_RET,
          "        w, b = list(self.h1.weights), self.h1.bias\n"
          "        hidden = [float(_sigmoid(v)) for v in layer_output(list(x), [w, w], [b, b])]\n"
          + N_TINY_RET)],
    ),
    _variant(
        "neuron", "neuron_v_count_explicit_indices",
        "count_parameters indexes the neighbouring widths explicitly.",
        [(N_COUNT, "    return sum(sizes[i] * sizes[i + 1] + sizes[i + 1] for i in range(len(sizes) - 1))\n")],
    ),
]

# ---------------------------------------------------------------------------- loss

L_CONV = ("    y_true = np.asarray(y_true, dtype=float).ravel()\n"
          "    y_pred = np.asarray(y_pred, dtype=float).ravel()\n")
L_RET = "    return float(np.mean((y_true - y_pred) ** 2))\n"
LG_CONV = ("    y_pred = np.asarray(y_pred, dtype=float)\n"
           "    y_true = np.asarray(y_true, dtype=float)\n")
LG_RET = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"

LOSS = [
    _bug(
        "loss", "loss_mse_np_square_with_exponent",
        "mse_loss writes np.square(y_true - y_pred, 2), giving np.square an exponent as if it were "
        "np.power; the second positional argument of a ufunc is its output, so every call raises "
        "TypeError.",
        [[("np.square", "square(", "second argument", "out", "exponent", "np.power")]],
        [(L_RET, "    return float(np.mean(np.square(y_true - y_pred, 2)))\n")],
    ),
    _bug(
        "loss", "loss_mse_sqrt_for_square",
        "mse_loss takes np.sqrt of the differences where np.square was meant (autocomplete), so "
        "negative differences give nan with a warning and the rest are square roots, not squares.",
        [[("sqrt", "square root")]],
        [(L_RET, "    return float(np.mean(np.sqrt(y_true - y_pred)))\n")],
    ),
    _bug(
        "loss", "loss_mse_asarray_two_arguments",
        "mse_loss converts both inputs with one call, np.asarray(y_true, y_pred), whose second "
        "argument is the dtype, so every call raises TypeError.",
        [[("asarray", "dtype", "second argument")]],
        [(L_CONV,
          "    y_true, y_pred = np.asarray(y_true, y_pred)\n"
          "    y_true, y_pred = y_true.ravel(), y_pred.ravel()\n")],
    ),
    _bug(
        "loss", "loss_mse_running_average_of_calls",
        "mse_loss keeps every loss it returns in a list on the function (mse_loss.history) and "
        "returns their running average, like a training loop's printout: the first call is right, "
        "later calls are averaged with the earlier ones.",
        [[STATE]],
        [(L_RET,
          "    mse_loss.history = getattr(mse_loss, \"history\", [])\n"
          "    mse_loss.history.append(float(np.mean((y_true - y_pred) ** 2)))\n"
          "    return sum(mse_loss.history) / len(mse_loss.history)\n")],
    ),
    _bug(
        "loss", "loss_mse_mean_axis0_unflattened",
        "mse_loss lines y_pred up with y_true's shape but does not flatten, and takes the mean along "
        "axis 0 (a per-column habit): a column (n, 1) of targets gives a one-element array that "
        "float() rejects, targets with several columns give one mean per column, and a number raises "
        "AxisError.",
        [[("axis", "column", "per-column", "flatten", "shape", "float")]],
        [(L_CONV, "    y_true = np.asarray(y_true, dtype=float)\n    y_pred = np.asarray(y_pred, dtype=float)\n"),
         (L_RET,
          "    y_pred = y_pred.reshape(y_true.shape)\n"
          "    return float(np.mean((y_true - y_pred) ** 2, axis=0))\n")],
    ),
    _bug(
        "loss", "loss_mse_relative_error",
        "mse_loss divides each difference by the target before squaring, the mean squared relative "
        "(percentage) error: targets of 0 give inf or nan and other losses are scaled.",
        [[("relative", "percent", "divid", "y_true")]],
        [(L_RET, "    return float(np.mean(((y_true - y_pred) / y_true) ** 2))\n")],
    ),
    _bug(
        "loss", "loss_grad_transposes_y_true",
        "mse_loss_gradient lines the targets up with y_true.T instead of reshaping them to "
        "y_pred's shape: (n, 1) targets against (n,) predictions give a (1, n) gradient, and (n,) "
        "targets against an (n, 1) column broadcast to an (n, n) table.",
        [[("transpos", ".t", "broadcast", "(n, n)", "shape")]],
        [(LG_RET, "    return 2.0 * (y_pred - y_true.T) / y_pred.size\n")],
    ),
    _bug(
        "loss", "loss_grad_reshape_to_array",
        "mse_loss_gradient writes y_true.reshape(y_pred), passing the prediction array where its "
        "shape belongs, so the call raises TypeError (float values cannot be a shape).",
        [[("reshape", "shape")]],
        [(LG_RET, "    return 2.0 * (y_pred - y_true.reshape(y_pred)) / y_pred.size\n")],
    ),
    _bug(
        "loss", "loss_mse_huber",
        "mse_loss is the Huber loss of a robust-regression tutorial, 0.5 * d**2 for |d| <= 1 and "
        "|d| - 0.5 beyond, instead of the mean of d**2: the spec's example gives 0.25 instead of 0.5.",
        [[("huber", "0.5", "half", "absolute", "robust")]],
        [(L_RET,
          "    d = np.abs(y_true - y_pred)\n"
          "    return float(np.mean(np.where(d <= 1.0, 0.5 * d ** 2, d - 0.5)))\n")],
    ),
    _bug(
        "loss", "loss_grad_of_rmse",
        "mse_loss_gradient returns the gradient of the root mean squared error, (y_pred - y_true) / "
        "(N * sqrt(MSE)), instead of the MSE's 2 * (y_pred - y_true) / N.",
        [[("rmse", "root", "sqrt", "square root")]],
        [(LG_RET,
          "    d = y_pred - y_true.reshape(y_pred.shape)\n"
          "    return d / (d.size * np.sqrt(np.mean(d ** 2)))\n")],
    ),
    _variant(
        "loss", "loss_v_mse_variance_plus_mean_squared",
        "mse_loss is var(d) + mean(d) ** 2 of the differences d.",
        [(L_RET, "    d = y_true - y_pred\n    return float(np.var(d) + np.mean(d) ** 2)\n")],
    ),
    _variant(
        "loss", "loss_v_mse_squared_norm_over_count",
        "mse_loss is the squared Euclidean norm of the differences over their count.",
        [(L_RET, "    d = y_true - y_pred\n    return float(np.linalg.norm(d) ** 2 / d.size)\n")],
    ),
    _variant(
        "loss", "loss_v_mse_statistics_fmean",
        "mse_loss averages the squared differences with statistics.fmean.",
        [(L_RET, "    import statistics\n    return float(statistics.fmean((y_true - y_pred) ** 2))\n")],
    ),
    _variant(
        "loss", "loss_v_mse_columns",
        "mse_loss reshapes both inputs to columns (-1, 1) instead of flattening them.",
        [(L_CONV,
          "    y_true = np.asarray(y_true, dtype=float).reshape(-1, 1)\n"
          "    y_pred = np.asarray(y_pred, dtype=float).reshape(-1, 1)\n")],
    ),
    _variant(
        "loss", "loss_v_grad_prod_of_shape",
        "mse_loss_gradient counts the elements as the product of y_pred's shape.",
        [(LG_RET,
          "    n = int(np.prod(y_pred.shape))\n"
          "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / n\n")],
    ),
    _variant(
        "loss", "loss_v_grad_count_from_flatiter",
        "mse_loss_gradient counts the elements as len(y_pred.flat).",
        [(LG_RET, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / len(y_pred.flat)\n")],
    ),
]

# ---------------------------------------------------------------------------- backprop

B_SLOPES = "    d_h1 = h1 * (1.0 - h1)\n    d_h2 = h2 * (1.0 - h2)\n"
B_DLDO1 = "    d_L_d_o1 = -2.0 * (y_true - o1)\n"
B_PATHS = ("    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n"
           "    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1\n")
B_SGD = "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
B_LOSS = ("        predictions = [feedforward(params, x) for x in data]\n"
          "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
          "        losses.append(float(sum(errors) / len(errors)))\n")
B_FF = ("    p = params\n"
        "    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
        "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
        "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
        "    return float(o1)\n")

BACKPROP = [
    _bug(
        "backprop", "bp_hidden_slope_of_weighted_sum",
        "backprop writes the hidden neurons' slopes with their weighted sums z1, z2 (z * (1 - z)) "
        "instead of their outputs h1, h2, so the derivatives of w1 to w4, b1 and b2 are wrong.",
        [[("weighted sum", "pre-activation", "z1", "z * (1 - z)", "z*(1-z)", "sum instead", "input of the sigmoid")],
         [("slope", "derivative"), ("h1 * (1 - h1)", "output")]],
        [(B_SLOPES,
          "    z1 = p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"]\n"
          "    z2 = p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"]\n"
          "    d_h1 = z1 * (1.0 - z1)\n"
          "    d_h2 = z2 * (1.0 - z2)\n")],
    ),
    _bug(
        "backprop", "bp_dL_do1_absolute_error",
        "backprop writes dL/do1 = -2 * abs(y_true - o1), so whenever o1 is above the label (every "
        "sample labelled 0) the derivative has the wrong sign.",
        [[("abs", "absolute", "sign")]],
        [(B_DLDO1, "    d_L_d_o1 = -2.0 * abs(y_true - o1)\n")],
    ),
    _bug(
        "backprop", "bp_output_slope_at_target",
        "backprop evaluates the output sigmoid's slope at the label, y_true * (1 - y_true), instead "
        "of at o1; for labels 0 and 1 that slope is 0, so every derivative is 0.",
        [[("y_true", "label", "target")], [("slope", "derivative", "o1 * (1 - o1)", "zero")]],
        [("    d_o1 = o1 * (1.0 - o1)\n", "    d_o1 = y_true * (1.0 - y_true)\n")],
    ),
    _bug(
        "backprop", "bp_chain_divides_by_weight",
        "backprop goes back through the output weights by dividing, d_L_d_h1 = d_L_d_o1 / w5 * "
        "s'(o1), reading 'backwards' as the inverse operation, so the hidden derivatives are wrong "
        "and a zero weight raises ZeroDivisionError.",
        [[("divid", "division", "/ w5", "multipl")]],
        [(B_PATHS,
          "    d_L_d_h1 = d_L_d_o1 / p[\"w5\"] * d_o1\n"
          "    d_L_d_h2 = d_L_d_o1 / p[\"w6\"] * d_o1\n")],
    ),
    _bug(
        "backprop", "bp_w6_uses_hidden_delta",
        "backprop writes dL/dw6 = d_L_d_h2 * h2, the loss's derivative at h2 (which is w6's own "
        "output side) where the derivative at o1, dL/do1 * s'(o1), belongs.",
        [["w6"]],
        [("        \"w6\": d_L_d_o1 * h2 * d_o1,\n", "        \"w6\": d_L_d_h2 * h2,\n")],
    ),
    _bug(
        "backprop", "bp_sgd_step_set_comprehension",
        "sgd_step leaves name: out of its comprehension, {float(params[name] - ...) for name in "
        "PARAM_NAMES}, which builds a set of the new values instead of a dict keyed by name.",
        [[("set",)], [("dict", "key", "name")]],
        [(B_SGD, "        float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n")],
    ),
    _bug(
        "backprop", "bp_sgd_step_scales_whole_difference",
        "sgd_step computes (params - grads) * learn_rate, the parentheses around the wrong part, so "
        "the parameters themselves shrink by the learning rate instead of moving by "
        "learn_rate * grads.",
        [[("parenthes", "bracket", "learn_rate * grad", "learning rate", "multipl", "scal")]],
        [(B_SGD, "        name: float((params[name] - grads[name]) * learn_rate) for name in PARAM_NAMES\n")],
    ),
    _bug(
        "backprop", "bp_train_shifts_data_again",
        "train subtracts 135 lb and 66 in from the data, reading the lesson's 'weight minus 135, "
        "height minus 66' as its own job, but the data given are already shifted, so the network "
        "trains and is scored on twice-shifted samples.",
        [[("135", "66", "shift", "subtract", "offset")]],
        [("    params = dict(params)\n    losses = []\n",
          "    params = dict(params)\n"
          "    data = np.asarray(data, dtype=float) - [135.0, 66.0]  # weight - 135 lb, height - 66 in\n"
          "    losses = []\n")],
    ),
    _bug(
        "backprop", "bp_train_epoch_loss_cross_entropy",
        "train records each epoch's binary cross-entropy, -(y log o + (1 - y) log(1 - o)), a "
        "classification habit, instead of the mean squared error the spec asks for.",
        [[("cross-entropy", "cross entropy", "log loss", "log-loss", "log(")]],
        [("        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n",
          "        errors = [-(y * math.log(o) + (1 - y) * math.log(1 - o))\n"
          "                  for y, o in zip(all_y_trues, predictions)]\n")],
    ),
    _bug(
        "backprop", "bp_train_loss_list_minus_list",
        "train measures the epoch loss as np.mean((all_y_trues - predictions) ** 2) with predictions "
        "a list: right when the labels are an array, but labels given as a Python list make list "
        "minus list, which raises TypeError.",
        [[("list",)], [("subtract", "minus", "array", "convert", "asarray")]],
        [(B_LOSS,
          "        predictions = [feedforward(params, x) for x in data]\n"
          "        losses.append(float(np.mean((all_y_trues - predictions) ** 2)))\n")],
    ),
    _variant(
        "backprop", "bp_v_feedforward_loop_over_hidden",
        "feedforward computes the two hidden neurons in a loop with formatted keys.",
        [(B_FF,
          "    p = params\n"
          "    hidden = []\n"
          "    for j in range(2):\n"
          "        z = p[f\"w{2 * j + 1}\"] * x[0] + p[f\"w{2 * j + 2}\"] * x[1] + p[f\"b{j + 1}\"]\n"
          "        hidden.append(_sigmoid(z))\n"
          "    o1 = _sigmoid(p[\"w5\"] * hidden[0] + p[\"w6\"] * hidden[1] + p[\"b3\"])\n"
          "    return float(o1)\n")],
    ),
    _variant(
        "backprop", "bp_v_sgd_step_copy_then_loop",
        "sgd_step copies params with dict() and overwrites each value in a loop.",
        [("    return {\n" + B_SGD + "    }\n",
          "    new = dict(params)\n"
          "    for name in PARAM_NAMES:\n"
          "        new[name] = float(new[name] - learn_rate * grads[name])\n"
          "    return new\n")],
    ),
    _variant(
        "backprop", "bp_v_backprop_o1_from_feedforward",
        "backprop takes o1 from feedforward(params, x).",
        [("    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n\n" + B_DLDO1,
          "    o1 = feedforward(p, x)\n\n" + B_DLDO1)],
    ),
    _variant(
        "backprop", "bp_v_train_index_loop",
        "train visits the samples with an index loop over range(len(data)).",
        [("        for x, y_true in zip(data, all_y_trues):\n",
          "        for i in range(len(data)):\n            x, y_true = data[i], all_y_trues[i]\n")],
    ),
    _variant(
        "backprop", "bp_v_train_np_mean",
        "train records float(np.mean(errors)).",
        [("        losses.append(float(sum(errors) / len(errors)))\n",
          "        losses.append(float(np.mean(errors)))\n")],
    ),
]

# ---------------------------------------------------------------------------- mlp

M_STEP = ("        for name in PARAM_NAMES:\n"
          "            param = getattr(self, name)\n"
          "            param -= self.lr * grads[name]\n")
M_FIT = ("        losses = np.empty(epochs)\n"
         "        for epoch in range(epochs):\n"
         "            losses[epoch] = self.loss(X, y)\n"
         "            self.step(self.backward(X, y))\n"
         "        return losses\n")
M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"
M_PREDICT = "        return (self.forward(X) >= 0.5).astype(int)\n"
M_FWD = ("        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
         "        return _sigmoid(A1 @ self.W2 + self.b2)\n")

MLP = [
    _bug(
        "mlp", "mlp_step_loops_over_all_attributes",
        "step loops over vars(self).items(), every attribute of the network, to subtract the "
        "gradients; the first attribute is lr, which has no gradient, so step raises KeyError "
        "('lr') before updating anything.",
        [[("vars", "__dict__", "every attribute", "all attributes", "lr", "keyerror")]],
        [(M_STEP, "        for name, param in vars(self).items():\n            param -= self.lr * grads[name]\n")],
    ),
    _bug(
        "mlp", "mlp_backward_stores_grads_returns_none",
        "backward stores its gradients on the network (self.grads) as a tutorial's layer object "
        "does, and returns nothing, so backward gives None and fit's step(None) raises TypeError.",
        [[("none", "return")]],
        [("        return {\n            \"W1\": X.T @ dZ1,\n", "        self.grads = {\n            \"W1\": X.T @ dZ1,\n")],
    ),
    _bug(
        "mlp", "mlp_backward_N_len_of_W2",
        "backward counts the outputs as len(X) * len(self.W2); len of W2 is its number of rows, "
        "hidden_size, not output_size, so the gradients are scaled by output_size / hidden_size.",
        [[("len(self.w2)", "hidden_size", "hidden size", "rows", "m * output_size", "number of elements",
           "factor", "scale", "2 / n")]],
        [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / (len(X) * len(self.W2)) * A2 * (1.0 - A2)\n")],
    ),
    _bug(
        "mlp", "mlp_dZ2_slope_precedence",
        "backward writes the output slope as A2 * 1.0 - A2 (parentheses around 1 - A2 lost), which "
        "is 0, so every gradient is 0 and training never moves.",
        [[("parenthes", "bracket", "precedence", "zero", "a2 * (1 - a2)", "slope")]],
        [(M_DZ2, "        slope = A2 * 1.0 - A2\n        dZ2 = 2.0 * (A2 - Y) / A2.size * slope\n")],
    ),
    _bug(
        "mlp", "mlp_loss_adds_l2_penalty",
        "loss adds an L2 penalty 1e-3 * (sum W1**2 + sum W2**2) to the mean squared error, a "
        "regularisation from a tutorial that the spec's loss does not have.",
        [[("penalty", "regulari", "l2", "weight decay", "squared weights")]],
        [("        return float(np.mean((A2 - Y) ** 2))\n",
          "        penalty = 1e-3 * (np.sum(self.W1 ** 2) + np.sum(self.W2 ** 2))\n"
          "        return float(np.mean((A2 - Y) ** 2) + penalty)\n")],
    ),
    _bug(
        "mlp", "mlp_fit_restores_best_weights",
        "fit remembers the parameters at the lowest recorded loss and restores them at the end (a "
        "'restore best weights' habit), so the network ends before its last step instead of after it.",
        [[("best", "restor", "lowest", "last step", "final")]],
        [(M_FIT,
          "        losses = np.empty(epochs)\n"
          "        best = (np.inf, None)\n"
          "        for epoch in range(epochs):\n"
          "            losses[epoch] = self.loss(X, y)\n"
          "            if losses[epoch] < best[0]:\n"
          "                best = (losses[epoch], [getattr(self, n).copy() for n in PARAM_NAMES])\n"
          "            self.step(self.backward(X, y))\n"
          "        for name, value in zip(PARAM_NAMES, best[1]):\n"
          "            setattr(self, name, value)\n"
          "        return losses\n")],
    ),
    _bug(
        "mlp", "mlp_fit_updates_layers_one_at_a_time",
        "fit steps the output layer first and then recomputes the gradients for the hidden layer "
        "with the already updated W2 and b2, instead of one step with the gradients of the current "
        "parameters.",
        [[("one layer at a time", "layer by layer", "recomput", "updated w2", "already updated", "twice",
           "stale", "before the hidden", "same parameters")]],
        [("            self.step(self.backward(X, y))\n",
          "            grads = self.backward(X, y)\n"
          "            self.W2 -= self.lr * grads[\"W2\"]\n"
          "            self.b2 -= self.lr * grads[\"b2\"]\n"
          "            grads = self.backward(X, y)\n"
          "            self.W1 -= self.lr * grads[\"W1\"]\n"
          "            self.b1 -= self.lr * grads[\"b1\"]\n")],
    ),
    _bug(
        "mlp", "mlp_fit_losses_kept_on_network",
        "fit appends the losses to self.losses, created on the first call only, and returns them "
        "all: the first fit is right, but a second fit returns the first fit's losses followed by "
        "its own.",
        [[STATE]],
        [(M_FIT,
          "        if not hasattr(self, \"losses\"):\n"
          "            self.losses = []\n"
          "        for epoch in range(epochs):\n"
          "            self.losses.append(self.loss(X, y))\n"
          "            self.step(self.backward(X, y))\n"
          "        return np.array(self.losses)\n")],
    ),
    _bug(
        "mlp", "mlp_predict_uses_cached_outputs",
        "forward stores its outputs in self.A2 and predict thresholds self.A2 instead of calling "
        "forward(X): predict ignores the X it is given (returning the last forward pass's labels) "
        "and fails with AttributeError on a network that has not run forward yet.",
        [[("forward(x)", "ignor", "cache", "stored", "self.a2", "last forward", "x it is given")]],
        [("        return _sigmoid(A1 @ self.W2 + self.b2)\n",
          "        self.A2 = _sigmoid(A1 @ self.W2 + self.b2)\n        return self.A2\n"),
         (M_PREDICT, "        return (self.A2 >= 0.5).astype(int)\n")],
    ),
    _bug(
        "mlp", "mlp_predict_threshold_at_batch_mean",
        "predict labels an output 1 when it is at least the batch's mean output ('above average') "
        "instead of at least 0.5, so the labels depend on the other samples in the batch.",
        [[("mean", "average", "0.5")]],
        [(M_PREDICT,
          "        A2 = self.forward(X)\n"
          "        return (A2 >= A2.mean()).astype(int)\n")],
    ),
    _variant(
        "mlp", "mlp_v_step_rebinds_with_setattr",
        "step assigns each parameter a new array with setattr instead of subtracting in place.",
        [(M_STEP,
          "        for name in PARAM_NAMES:\n"
          "            setattr(self, name, getattr(self, name) - self.lr * grads[name])\n")],
    ),
    _variant(
        "mlp", "mlp_v_step_np_subtract_out",
        "step subtracts with np.subtract(param, lr * grad, out=param).",
        [("            param -= self.lr * grads[name]\n",
          "            np.subtract(param, self.lr * grads[name], out=param)\n")],
    ),
    _variant(
        "mlp", "mlp_v_backward_einsum",
        "backward computes W1's gradient with np.einsum('mi,mh->ih', X, dZ1).",
        [("            \"W1\": X.T @ dZ1,\n", "            \"W1\": np.einsum(\"mi,mh->ih\", X, dZ1),\n")],
    ),
    _variant(
        "mlp", "mlp_v_forward_loop_over_hidden_units",
        "forward fills the hidden layer one hidden unit (column) at a time; the samples stay vectorised.",
        [(M_FWD,
          "        X = np.asarray(X, dtype=float)\n"
          "        A1 = np.empty((X.shape[0], self.W1.shape[1]))\n"
          "        for j in range(self.W1.shape[1]):\n"
          "            A1[:, j] = _sigmoid(X @ self.W1[:, j] + self.b1[0, j])\n"
          "        return _sigmoid(A1 @ self.W2 + self.b2)\n")],
    ),
    _variant(
        "mlp", "mlp_v_dZ1_transposed_product",
        "backward computes the hidden delta as (W2 @ dZ2.T).T times the hidden slope.",
        [("        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)\n",
          "        dZ1 = (self.W2 @ dZ2.T).T * A1 * (1.0 - A1)\n")],
    ),
    _variant(
        "mlp", "mlp_v_predict_times_one",
        "predict multiplies the boolean comparison by 1.",
        [(M_PREDICT, "        return (self.forward(X) >= 0.5) * 1\n")],
    ),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
