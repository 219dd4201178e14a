"""A thirteenth held-out corpus of beginner mistakes, written blind.

Written from ``/work/shared/COURSE_SPEC.md``, the reference solutions, the stubs and
``tests/test_heldout.py``; the case names and ``did`` lines of heldout3 to heldout12 were
listed only to keep every bug here a different mistake from theirs. No check, hint, mistake
recogniser or other part of ``autograder/`` was opened, nor ``tests/corpus/``, nor the probe's
source, nor the git history (see ``README.md`` beside this file).

The format is that of ``tests/heldout6/cases.py`` (``name``, ``module``, ``kind``, ``edits``,
``did``, ``names``), so ``tests/heldout/measure.py --cases`` grades it unchanged. ``edits`` are
exact (old, new) replacements in ``solutions/<module>.py``. ``names`` lists alternatives; each
alternative is a list of keyword groups (a string, or a tuple of spellings), and a hint names the
mistake when, for some alternative, it holds one spelling of every group. The keywords were fixed
when each case was written, before the grader saw any of them.
"""


def _bug(module, name, did, names, edits):
    return {"name": name, "module": module, "kind": "bug", "edits": edits, "did": did, "names": names}


def _variant(module, name, did, edits):
    return {"name": name, "module": module, "kind": "variant", "edits": edits, "did": did, "names": None}


IN_PLACE = ("in place", "in-place", "modif", "mutat", "overwr", "changed", "caller")

# ---------------------------------------------------------------------------- gates

G_ARRAY = "        return (z >= 0.5).astype(int)"
G_NUMBER = "    return int(z >= 0.5)"
G_ISINSTANCE = "    if isinstance(z, np.ndarray):"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"
G_RET = "    return threshold(z)\n"
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)"
)

GATES = [
    _bug("gates", "gates_threshold_array_branch_strict",
         "threshold's array branch compares z > 0.5, so an array entry of exactly 0.5 gives 0 "
         "while the number branch (and the spec's z >= 0.5) gives 1.",
         [[("z >= 0.5", ">= 0.5", "exactly 0.5", "equal to 0.5", "at 0.5", "greater than or equal")]],
         [(G_ARRAY, "        return (z > 0.5).astype(int)")]),
    _bug("gates", "gates_perceptron_wraps_sum_in_asarray",
         "perceptron passes np.asarray(z) to threshold 'to be safe', so two numbers give a 0-d "
         "integer array instead of a Python int.",
         [[("python int", "an int", "0-d", "scalar", "a number", "plain int")]],
         [(G_RET, "    return threshold(np.asarray(z))\n")]),
    _bug("gates", "gates_and_weights_decimal_comma",
         "AND_WEIGHTS = (-0.5, 0,6, 0.6): a decimal comma typed for the point, so the tuple holds "
         "four numbers (-0.5, 0, 6, 0.6) and unpacking three weights fails.",
         [[("and_weights",), ("three", "four", "comma", "unpack", "length")]],
         [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-0.5, 0,6, 0.6)")]),
    _bug("gates", "gates_nor_weights_misspelled",
         "The NOR weights are assigned to NOR_WIEGHTS (letters swapped), so the module has no "
         "NOR_WEIGHTS (xor does not use it, so nothing else fails).",
         [[("nor_weights",), ("missing", "not defined", "lacks", "spell", "undefined", "not found", "no name")]],
         [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WIEGHTS = (0.5, -0.6, -0.6)")]),
    _bug("gates", "gates_perceptron_np_add_three_terms",
         "perceptron adds its three terms with np.add(w0, w1 * x1, w2 * x2), whose third argument is "
         "the output array, so x2's term is never added (and two numbers raise a TypeError).",
         [[("np.add",)], [("x2",), ("ignor", "never", "missing", "lost", "dropped", "not added")]],
         [(G_Z, "    z = np.add(w0, w1 * np.asarray(x1), w2 * np.asarray(x2))")]),
    _bug("gates", "gates_threshold_isinstance_np_array",
         "threshold tests isinstance(z, np.array), the array-making function instead of the type "
         "np.ndarray, so every call raises a TypeError.",
         [[("np.ndarray", "ndarray")], [("isinstance",), ("type", "function")]],
         [(G_ISINSTANCE, "    if isinstance(z, np.array):")]),
    _bug("gates", "gates_or_weights_trailing_comma",
         "OR_WEIGHTS = (0.0, 0.6, 0.6), with a stray trailing comma, is a one-element tuple holding the "
         "weight tuple, so unpacking three weights fails.",
         [[("or_weights",), ("comma", "nested", "tuple of", "one element", "unpack", "length")]],
         [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.0, 0.6, 0.6),")]),
    _bug("gates", "gates_nand_weight_typo_minus_six",
         "NAND_WEIGHTS = (1.5, -0.6, -6.0): the second input weight typed as -6.0 instead of -0.6, so "
         "(0, 1) already drops below 0.5 and NAND gives 0 there.",
         [[("nand_weights",), ("-6", "typo", "w2", "too large", "magnitude", "(0, 1)")]],
         [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (1.5, -0.6, -6.0)")]),
    _bug("gates", "gates_or_weights_hundredths",
         "OR_WEIGHTS = (0.0, 0.06, 0.06): a zero slipped in after the point, so one input on sums to "
         "0.06 and both to 0.12, below the threshold: OR never fires.",
         [[("or_weights",), ("0.06", "too small", "typo", "one input", "below 0.5", "below the threshold")]],
         [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.0, 0.06, 0.06)")]),
    _bug("gates", "gates_threshold_int_of_z_compared",
         "threshold's number branch returns int(z) >= 0.5, the parenthesis closed too early: z is "
         "truncated first (0.7 gives 0) and the result is a bool, not an int.",
         [[("int(z)", "truncat", "bool", "parenthes")]],
         [(G_NUMBER, "    return int(z) >= 0.5")]),
]

GATE_VARIANTS = [
    _variant("gates", "var_gates_nor_half_weights",
             "NOR_WEIGHTS = (0.5, -0.5, -0.5): (0, 0) sums to exactly 0.5 and fires, one input on sums to 0.",
             [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (0.5, -0.5, -0.5)")]),
    _variant("gates", "var_gates_and_quarter_weights",
             "AND_WEIGHTS = (0.0, 0.25, 0.25): only (1, 1) reaches 0.5.",
             [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (0.0, 0.25, 0.25)")]),
    _variant("gates", "var_gates_nand_small_weights",
             "NAND_WEIGHTS = (1.0, -0.3, -0.3): (1, 1) sums to 0.4, any other input to 0.7 or more.",
             [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (1.0, -0.3, -0.3)")]),
    _variant("gates", "var_gates_or_positive_bias",
             "OR_WEIGHTS = (0.1, 0.5, 0.5): (0, 0) sums to 0.1, one input on to 0.6.",
             [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.1, 0.5, 0.5)")]),
    _variant("gates", "var_gates_xor_nor_of_and_and_nor",
             "xor is NOR(AND(x1, x2), NOR(x1, x2)), another two-layer recipe of gate perceptrons.",
             [(G_XOR,
               "    both = perceptron(x1, x2, AND_WEIGHTS)\n"
               "    neither = perceptron(x1, x2, NOR_WEIGHTS)\n"
               "    return perceptron(both, neither, NOR_WEIGHTS)")]),
    _variant("gates", "var_gates_xor_four_nands",
             "xor is built from four NAND perceptrons: n = NAND(x1, x2), then NAND(NAND(x1, n), NAND(x2, n)).",
             [(G_XOR,
               "    n = perceptron(x1, x2, NAND_WEIGHTS)\n"
               "    left = perceptron(x1, n, NAND_WEIGHTS)\n"
               "    right = perceptron(x2, n, NAND_WEIGHTS)\n"
               "    return perceptron(left, right, NAND_WEIGHTS)")]),
    _variant("gates", "var_gates_threshold_where_int",
             "threshold's array branch is np.where(z >= 0.5, 1, 0), an integer array of z's shape.",
             [(G_ARRAY, "        return np.where(z >= 0.5, 1, 0)")]),
]

# ---------------------------------------------------------------------------- perceptron

P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_UPDATE = "                update = self.lr * (y_i - prediction)"
P_LOOP = "            for x_i, y_i in zip(X, y):"
P_BIAS = "                self.bias = float(self.bias + update)"
P_WEIGHTS = "                self.weights += update * x_i  # our own array: safe in place"
P_INIT_W = "        self.weights = np.zeros(X.shape[1])"
P_PREDICT_RET = "        return (z >= 0).astype(int)"
P_PREDICT_Z = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias"

PERCEPTRON = [
    _bug("perceptron", "perceptron_fit_step_at_half",
         "fit's training step predicts 1 only where the sum reaches 0.5, the gates' threshold of "
         "exercise 1, instead of the perceptron's z >= 0 (predict still uses 0).",
         [[("0.5",), ("fit", "training", "step")], [(">= 0", "at zero", "at 0", "z >= 0")]],
         [(P_PRED, "                prediction = 1 if x_i @ self.weights + self.bias >= 0.5 else 0")]),
    _bug("perceptron", "perceptron_update_accumulates",
         "fit writes update += ... (update set to 0 once per epoch), so each sample's step carries the "
         "sum of all earlier errors of the epoch instead of its own lr * (y_i - prediction).",
         [[("+=", "accumulat", "running", "reset", "carries over", "previous", "sum of")]],
         [(P_LOOP, "            update = 0.0\n" + P_LOOP),
          (P_UPDATE, "                update += self.lr * (y_i - prediction)")]),
    _bug("perceptron", "perceptron_enumerate_for_zip",
         "fit loops for x_i, y_i in enumerate(X), so x_i is the row index and y_i the row, instead of "
         "pairing each sample with its label through zip(X, y).",
         [[("enumerate",)], [("zip(x, y)", "zip(x,y)", "its label", "with the label", "labels")]],
         [(P_LOOP, "            for x_i, y_i in enumerate(X):")]),
    _bug("perceptron", "perceptron_weights_sized_by_ndim",
         "fit starts from np.zeros(X.ndim), taking the number of dimensions (always 2) for the number "
         "of features, which is only right for two-feature data.",
         [[("ndim",)], [("shape[1]", "n_features", "number of features", "features")]],
         [(P_INIT_W, "        self.weights = np.zeros(X.ndim)")]),
    _bug("perceptron", "perceptron_prediction_uses_whole_X",
         "fit's training prediction uses X @ self.weights (the whole data set, a typo for x_i), which "
         "raises 'truth value of an array is ambiguous'.",
         [[("x_i",), ("whole", "entire", "all samples", "x @", "every sample", "ambiguous")]],
         [(P_PRED, "                prediction = 1 if X @ self.weights + self.bias >= 0 else 0")]),
    _bug("perceptron", "perceptron_bias_only_raised",
         "fit updates the bias only inside if update > 0, so a wrongly fired sample lowers the weights "
         "but never the bias.",
         [[("bias",), ("negative", "only when", "only if", "positive", "never decreas", "both directions", "lower")]],
         [(P_BIAS, "                if update > 0:\n    " + P_BIAS)]),
    _bug("perceptron", "perceptron_predict_uses_training_data",
         "fit keeps the training data in self.X and predict classifies self.X, ignoring the X it is "
         "given.",
         [[("ignor", "argument", "training data", "self.x", "its x", "given x", "new data")]],
         [(P_INIT_W, "        self.X = X\n" + P_INIT_W),
          (P_PREDICT_Z, "        z = self.X @ self.weights + self.bias")]),
    _bug("perceptron", "perceptron_bias_updated_before_update",
         "fit adds the update to the bias before computing the sample's new update, so the bias "
         "always gets the previous sample's update (and the first one fails as update is undefined).",
         [[("bias",), ("previous", "before", "order", "stale", "last sample", "undefined")]],
         [(P_UPDATE + "\n" + P_WEIGHTS + "\n" + P_BIAS,
           P_BIAS + "\n" + P_UPDATE + "\n" + P_WEIGHTS)]),
    _bug("perceptron", "perceptron_skips_negative_samples",
         "fit skips the samples labelled 0 (continue), learning only from the positive examples, where "
         "the rule visits every sample.",
         [[("label 0", "y_i == 0", "negative", "zero label", "skip", "0 labels", "every sample")]],
         [(P_PRED, "                if y_i == 0:\n                    continue\n" + P_PRED)]),
    _bug("perceptron", "perceptron_samples_sorted_by_label",
         "fit visits the samples sorted by label (np.argsort(y)) instead of in the order given, so the "
         "updates come in a different order.",
         [[("order",), ("sort", "given order", "data order", "in order")]],
         [(P_LOOP, "            order = np.argsort(y, kind=\"stable\")\n"
                   "            for x_i, y_i in zip(X[order], y[order]):")]),
    _bug("perceptron", "perceptron_weights_plus_for_times",
         "fit adds update + x_i to the weights (a + typed for *), so every sample moves the weights by "
         "its inputs even when the prediction was right.",
         [[("update * x_i", "update*x_i", "multipl", "times")]],
         [(P_WEIGHTS, "                self.weights += update + x_i  # our own array: safe in place")]),
]

PERCEPTRON_VARIANTS = [
    _variant("perceptron", "var_perceptron_predict_where",
             "predict returns np.where(z >= 0, 1, 0), an integer array.",
             [(P_PREDICT_RET, "        return np.where(z >= 0, 1, 0)")]),
    _variant("perceptron", "var_perceptron_weights_rebound",
             "fit writes weights = weights + update * x_i, a new array each time instead of +=.",
             [(P_WEIGHTS, "                self.weights = self.weights + update * x_i")]),
    _variant("perceptron", "var_perceptron_index_loop",
             "fit visits the samples with for i in range(len(X)) and indexes X[i], y[i].",
             [(P_LOOP, "            for i in range(len(X)):\n                x_i, y_i = X[i], y[i]")]),
    _variant("perceptron", "var_perceptron_training_prediction_via_predict",
             "fit's training prediction calls self.predict on the one sample as a 1-row batch.",
             [(P_PRED, "                prediction = int(self.predict(x_i[np.newaxis])[0])")]),
]

# ---------------------------------------------------------------------------- activations

A_SIG_E = "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow"
A_SIG_RET = "    return np.where(z >= 0, 1.0, e) / (1.0 + e)"
A_SIGD = "    return s * (1.0 - s)"
A_TANH = "    return np.tanh(np.asarray(z, dtype=float))"
A_TANHD = "    return 1.0 - tanh(z) ** 2"
A_RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)"
A_RELUD = "    return (np.asarray(z) > 0).astype(float)"
A_LEAKY = "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)"
A_LEAKYD = "    return np.where(z > 0, 1.0, alpha)"
A_SM_EXPS = "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))"
A_SM_RET = "    return exps / np.sum(exps, axis=-1, keepdims=True)"
A_SM_NUMBER = "    if z.ndim == 0:\n        return np.float64(1.0)\n"

ACTIVATIONS = [
    _bug("activations", "act_sigmoid_stable_form_without_abs",
         "sigmoid copies the stable two-branch form but computes e = np.exp(-z) without the abs, so for "
         "negative z the branch e / (1 + e) gets a huge e (wrong values near 1, overflow at -1000).",
         [[("abs", "|z|", "absolute")], [("overflow",), ("negative",)]],
         [(A_SIG_E, "    e = np.exp(-z)  # in (0, 1]: cannot overflow")]),
    _bug("activations", "act_sigmoid_derivative_sigmoid_of_one_minus_z",
         "sigmoid_derivative returns s * sigmoid(1 - z), reading '1 - sigmoid(z)' as 'sigmoid of 1 - z'.",
         [[("1 - sigmoid(z)", "1 - s", "(1 - s)", "1 - sigmoid", "1-sigmoid", "1-s")]],
         [(A_SIGD, "    return s * sigmoid(1.0 - z)")]),
    _bug("activations", "act_tanh_derivative_square_inside",
         "tanh_derivative returns 1 - tanh(z ** 2), squaring z inside tanh instead of squaring tanh(z).",
         [[("tanh(z)**2", "tanh(z) ** 2", "square of tanh", "tanh squared", "squares z", "z**2", "z ** 2",
            "inside")]],
         [(A_TANHD, "    return 1.0 - tanh(z ** 2)")]),
    _bug("activations", "act_leaky_relu_minus_alpha",
         "leaky_relu subtracts alpha * min(z, 0) instead of adding it, so negative inputs come out "
         "positive (-alpha * z).",
         [[("alpha * z", "alpha*z", "sign", "negative", "minus", "subtract")]],
         [(A_LEAKY, "    return np.maximum(z, 0.0) - alpha * np.minimum(z, 0.0)")]),
    _bug("activations", "act_sigmoid_derivative_precedence",
         "sigmoid_derivative writes s * 1.0 - s without the parentheses around (1 - s), which is "
         "always 0.",
         [[("parenthes", "bracket", "precedence", "(1 - s)", "1 - sigmoid", "(1-s)")]],
         [(A_SIGD, "    return s * 1.0 - s")]),
    _bug("activations", "act_relu_input_cast_to_int",
         "relu converts its input with np.asarray(z, dtype=int), truncating 0.7 to 0 and -0.5 to 0 "
         "before taking the maximum.",
         [[("truncat", "dtype=int", "to int", "integer", "as int")]],
         [(A_RELU, "    return np.maximum(np.asarray(z, dtype=int), 0.0)")]),
    _bug("activations", "act_relu_derivative_at_half",
         "relu_derivative returns 1 only where z > 0.5 (the gates' threshold), so inputs between 0 and "
         "0.5 get a slope of 0 instead of 1.",
         [[("z > 0", "> 0", "positive", "0.5")]],
         [(A_RELUD, "    return (np.asarray(z) > 0.5).astype(float)")]),
    _bug("activations", "act_leaky_derivative_midpoint_at_zero",
         "leaky_relu_derivative gives (1 + alpha) / 2 at exactly z = 0, the average of the two sides, "
         "where the docstring says alpha (the left slope) for z <= 0.",
         [[("z = 0", "z == 0", "exactly 0", "at 0", "at zero", "z <= 0", "left slope")]],
         [(A_LEAKYD, "    return np.where(z > 0, 1.0, np.where(z < 0, alpha, (1.0 + alpha) / 2))")]),
    _bug("activations", "act_relu_derivative_comparison_reversed",
         "relu_derivative returns (z < 0).astype(float), the comparison the wrong way round, so the slope "
         "is 1 on the left and 0 on the right.",
         [[("z > 0", "> 0", "positive", "revers", "wrong way")]],
         [(A_RELUD, "    return (np.asarray(z) < 0).astype(float)")]),
    _bug("activations", "act_relu_minimum",
         "relu calls np.minimum(z, 0) instead of np.maximum(z, 0), keeping the negative part.",
         [[("maximum", "max")]],
         [(A_RELU, "    return np.minimum(np.asarray(z, dtype=float), 0.0)")]),
]

ACTIVATION_VARIANTS = [
    _variant("activations", "var_act_sigmoid_errstate",
             "sigmoid is the textbook 1 / (1 + exp(-z)) inside np.errstate(over='ignore'): exp(1000) is "
             "inf and 1 / inf is exactly 0, without a warning.",
             [(A_SIG_E + "\n" + A_SIG_RET,
               "    with np.errstate(over=\"ignore\"):\n"
               "        return 1.0 / (1.0 + np.exp(-z))")]),
    _variant("activations", "var_act_sigmoid_derivative_mirrored",
             "sigmoid_derivative uses s = sigmoid(-z): the slope is symmetric, s(-z)(1 - s(-z)) = s(z)(1 - s(z)).",
             [("    s = sigmoid(z)\n" + A_SIGD, "    s = sigmoid(-np.asarray(z, dtype=float))\n" + A_SIGD)]),
    _variant("activations", "var_act_sigmoid_derivative_quarter_form",
             "sigmoid_derivative returns 0.25 - (s - 0.5) ** 2, the same polynomial as s * (1 - s).",
             [(A_SIGD, "    return 0.25 - (s - 0.5) ** 2")]),
    _variant("activations", "var_act_tanh_derivative_factored",
             "tanh_derivative returns (1 - t) * (1 + t), the difference of squares factored.",
             [(A_TANHD, "    t = tanh(z)\n    return (1.0 - t) * (1.0 + t)")]),
    _variant("activations", "var_act_relu_clip",
             "relu is np.clip(z, 0, None) on the float array.",
             [(A_RELU, "    return np.clip(np.asarray(z, dtype=float), 0.0, None)")]),
    _variant("activations", "var_act_relu_derivative_heaviside",
             "relu_derivative is np.heaviside(z, 0.0), 0 at exactly 0.",
             [(A_RELUD, "    return np.heaviside(np.asarray(z, dtype=float), 0.0)")]),
    _variant("activations", "var_act_leaky_derivative_power",
             "leaky_relu_derivative is alpha ** (z <= 0): alpha to the power 1 on the left, 0 on the right.",
             [(A_LEAKYD, "    return np.asarray(alpha, dtype=float) ** (z <= 0)")]),
    _variant("activations", "var_act_softmax_log_sum_exp",
             "softmax computes log-probabilities shifted - log(sum(exp(shifted))) and exponentiates them.",
             [(A_SM_EXPS + "\n" + A_SM_RET,
               "    shifted = z - np.max(z, axis=-1, keepdims=True)\n"
               "    return np.exp(shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True)))")]),
    _variant("activations", "var_act_softmax_l1_norm",
             "softmax divides the shifted exponentials by their L1 norm along the last axis (they are "
             "positive, so it is their sum).",
             [(A_SM_RET, "    return exps / np.linalg.norm(exps, ord=1, axis=-1, keepdims=True)")]),
]

# ---------------------------------------------------------------------------- neuron

N_FF = "        total = np.dot(self.weights, inputs) + self.bias\n        return float(_sigmoid(total))"
N_TINY_FF = (
    "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
    "        return self.o1.feedforward(hidden)"
)
N_LAYER = (
    "    outputs = []\n"
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)"
)
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"
N_COUNT_ALL = "    sizes = [int(n) for n in layer_sizes]\n" + N_COUNT

NEURON = [
    _bug("neuron", "neuron_tiny_hidden_without_sigmoid",
         "TinyNetwork.feedforward feeds o1 the hidden neurons' weighted sums (dot + bias) instead of "
         "their sigmoid outputs.",
         [[("hidden",), ("sigmoid", "activation", "squash", "feedforward")]],
         [(N_TINY_FF,
           "        hidden = [np.dot(self.h1.weights, x) + self.h1.bias,\n"
           "                  np.dot(self.h2.weights, x) + self.h2.bias]\n"
           "        return self.o1.feedforward(hidden)")]),
    _bug("neuron", "neuron_layer_zip_order_swapped",
         "layer_output loops over zip(biases, weights) while naming the pair neuron_weights, bias, so "
         "each 'weights' is a number and zip(inputs, number) fails.",
         [[("zip",), ("order", "swap", "revers")]],
         [("    for neuron_weights, bias in zip(weights, biases):",
           "    for neuron_weights, bias in zip(biases, weights):")]),
    _bug("neuron", "neuron_count_three_layers_hardcoded",
         "count_parameters unpacks the first three widths as input, hidden and output layer (a "
         "one-hidden-layer formula from a tutorial), ignoring any further layers.",
         [[("every", "each pair", "all layers", "any number", "consecutive", "more than three", "hidden layers", "all the layers")]],
         [(N_COUNT_ALL,
           "    n_in, n_hidden, n_out = [int(n) for n in layer_sizes][:3]\n"
           "    return n_in * n_hidden + n_hidden + n_hidden * n_out + n_out")]),
    _bug("neuron", "neuron_layer_outputs_sized_by_inputs",
         "layer_output pre-sizes its result as [0.0] * len(inputs), one slot per input instead of per "
         "neuron, so extra zeros are returned (or an IndexError raised) when the counts differ.",
         [[("len(inputs)", "number of inputs", "length", "size"), ("neurons", "len(weights)", "len(biases)", "neuron")]],
         [(N_LAYER,
           "    outputs = [0.0] * len(inputs)\n"
           "    for j, (neuron_weights, bias) in enumerate(zip(weights, biases)):\n"
           "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
           "        outputs[j] = total + bias")]),
    _bug("neuron", "neuron_count_wraps_around",
         "count_parameters pairs sizes[i - 1] with sizes[i] for every i, so i = 0 pairs the last layer "
         "with the input layer and adds input biases (a single layer gives more than 0).",
         [[("sizes[-1]", "wrap", "last and first", "first and last", "range(1", "i - 1", "negative index", "index -1")]],
         [(N_COUNT, "    return sum(sizes[i - 1] * sizes[i] + sizes[i] for i in range(len(sizes)))")]),
    _bug("neuron", "neuron_feedforward_hidden_generator",
         "TinyNetwork.feedforward passes o1 a generator expression of the hidden outputs, which "
         "np.dot cannot multiply.",
         [[("generator",), ("list", "array")]],
         [(N_TINY_FF,
           "        return self.o1.feedforward(h.feedforward(x) for h in (self.h1, self.h2))")]),
    _bug("neuron", "neuron_feedforward_scales_inputs",
         "Neuron.feedforward divides the inputs by 255 first, the pixel scaling of an image tutorial.",
         [[("255", "scal", "normalis", "normaliz")]],
         [(N_FF,
           "        total = np.dot(self.weights, np.asarray(inputs, dtype=float) / 255) + self.bias\n"
           "        return float(_sigmoid(total))")]),
    _bug("neuron", "neuron_layer_skips_first_weight",
         "layer_output zips the inputs with neuron_weights[1:], taking weights[j][0] for a bias weight "
         "as in the x0 = 1 convention, although the biases come separately.",
         [[("first weight", "weights[j][0]", "[1:]", "skips", "every weight", "all weights", "all the weights")]],
         [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))",
           "        total = sum(x * w for x, w in zip(inputs, neuron_weights[1:]))")]),
    _bug("neuron", "neuron_feedforward_returns_slope",
         "Neuron.feedforward returns s * (1 - s), the sigmoid's slope at the sum, instead of the sigmoid "
         "itself.",
         [[("derivative", "slope")]],
         [(N_FF, "        total = np.dot(self.weights, inputs) + self.bias\n"
                 "        s = _sigmoid(total)\n"
                 "        return float(s * (1 - s))")]),
    _bug("neuron", "neuron_layer_total_assigned",
         "layer_output loops over the inputs with total = x * w (assignment, not +=), so each neuron keeps "
         "only its last product.",
         [[("+=", "accumulat", "overwrit", "last product", "add up", "adds up")]],
         [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))",
           "        for x, w in zip(inputs, neuron_weights):\n            total = x * w")]),
]

NEURON_VARIANTS = [
    _variant("neuron", "var_neuron_feedforward_python_sum",
             "Neuron.feedforward adds the products in a generator over zip(weights, inputs).",
             [(N_FF,
               "        total = sum(w * x for w, x in zip(self.weights, inputs)) + self.bias\n"
               "        return float(_sigmoid(total))")]),
    _variant("neuron", "var_neuron_layer_sum_starts_at_bias",
             "layer_output starts each sum at the bias: sum(products, bias).",
             [(N_LAYER,
               "    outputs = []\n"
               "    for neuron_weights, bias in zip(weights, biases):\n"
               "        outputs.append(sum((x * w for x, w in zip(inputs, neuron_weights)), bias))")]),
    _variant("neuron", "var_neuron_count_plus_one_times_b",
             "count_parameters counts (a + 1) * b per pair: a weights and one bias for each of b neurons.",
             [(N_COUNT, "    return sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))")]),
    _variant("neuron", "var_neuron_tiny_hidden_array",
             "TinyNetwork.feedforward collects the hidden outputs in a NumPy array.",
             [(N_TINY_FF,
               "        hidden = np.array([self.h1.feedforward(x), self.h2.feedforward(x)])\n"
               "        return self.o1.feedforward(hidden)")]),
]

# ---------------------------------------------------------------------------- loss

L_CONV = (
    "    y_true = np.asarray(y_true, dtype=float).ravel()\n"
    "    y_pred = np.asarray(y_pred, dtype=float).ravel()"
)
L_RET = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"

LOSS = [
    _bug("loss", "loss_grad_broadcast_to",
         "mse_loss_gradient lines y_true up with np.broadcast_to(y_true, y_pred.shape), which refuses "
         "(n,) against (n, 1) and other same-size shapes instead of reshaping.",
         [[("broadcast_to",), ("reshape",)]],
         [(L_GRAD, "    return 2.0 * (y_pred - np.broadcast_to(y_true, y_pred.shape)) / y_pred.size")]),
    _bug("loss", "loss_grad_divides_by_nbytes",
         "mse_loss_gradient divides by y_pred.nbytes (8 bytes per float) instead of y_pred.size, the "
         "number of elements.",
         [[("nbytes",)], [("bytes",), ("size", "number of elements")]],
         [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.nbytes")]),
    _bug("loss", "loss_grad_forward_difference",
         "mse_loss_gradient estimates each entry with a forward finite difference of mse_loss (step "
         "1e-5) instead of the exact 2 * (y_pred - y_true) / N.",
         [[("finite difference", "finite-difference", "numerical", "approximat", "eps")],
          [("analytic", "exact", "2 * (y_pred - y_true)", "2*(y_pred - y_true)")]],
         [(L_GRAD,
           "    eps = 1e-5\n"
           "    grad = np.empty_like(y_pred)\n"
           "    for i in np.ndindex(y_pred.shape):\n"
           "        bumped = y_pred.copy()\n"
           "        bumped[i] += eps\n"
           "        grad[i] = (mse_loss(y_true, bumped) - mse_loss(y_true, y_pred)) / eps\n"
           "    return grad")]),
    _bug("loss", "loss_mse_requires_probabilities",
         "mse_loss raises ValueError when a prediction lies outside [0, 1], treating predictions as "
         "probabilities as in cross-entropy, although the MSE takes any real values.",
         [[("between 0 and 1", "[0, 1]", "probabilit", "range", "any real", "any value", "outside")]],
         [(L_RET,
           "    if np.any((y_pred < 0) | (y_pred > 1)):\n"
           "        raise ValueError(\"mse_loss: predictions must lie between 0 and 1\")\n" + L_RET)]),
    _bug("loss", "loss_grad_reshape_to_size",
         "mse_loss_gradient reshapes y_true with y_true.reshape(y_pred.size) instead of y_pred.shape, so "
         "against a column (n, 1) of predictions it broadcasts to an (n, n) table.",
         [[("broadcast", "(n, n)", "n x n", "n-by-n")], [("y_pred.shape",)]],
         [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.size)) / y_pred.size")]),
    _bug("loss", "loss_mse_flattens_only_lists",
         "mse_loss flattens its inputs only when they are Python lists, so a NumPy column (n, 1) "
         "against a vector (n,) broadcasts to an (n, n) table.",
         [[("broadcast", "(n, n)", "n x n", "flatten", "ravel")]],
         [(L_CONV,
           "    y_true = np.ravel(y_true) if isinstance(y_true, list) else np.asarray(y_true, dtype=float)\n"
           "    y_pred = np.ravel(y_pred) if isinstance(y_pred, list) else np.asarray(y_pred, dtype=float)")]),
    _bug("loss", "loss_mse_mean_divided_again",
         "mse_loss divides np.mean(...) by the number of elements once more, mixing the sum / N and mean "
         "forms.",
         [[("twice", "again", "already", "n squared", "n**2", "n ** 2", "double")]],
         [(L_RET, "    return float(np.mean((y_true - y_pred) ** 2) / y_true.size)")]),
    _bug("loss", "loss_mse_float16_mean",
         "mse_loss takes the mean with dtype=np.float16 to save memory, which rounds the result to "
         "about three significant digits.",
         [[("float16", "half precision", "precision")]],
         [(L_RET, "    return float(np.mean((y_true - y_pred) ** 2, dtype=np.float16))")]),
    _bug("loss", "loss_mse_divides_by_sum",
         "mse_loss divides the summed squares by y_true.sum() instead of y_true.size (sum typed for size).",
         [[(".size", "number of elements", "n elements", "count of elements", "element count")]],
         [(L_RET, "    return float(np.sum((y_true - y_pred) ** 2) / y_true.sum())")]),
    _bug("loss", "loss_grad_mean_target",
         "mse_loss_gradient compares every prediction with the mean target, 2 * (y_pred - mean(y_true)) "
         "/ N, reading the 'mean' of the MSE as the mean of y_true.",
         [[("mean",), ("element", "each target", "y_true", "its own target")]],
         [(L_GRAD, "    return 2.0 * (y_pred - y_true.mean()) / y_pred.size")]),
]

LOSS_VARIANTS = [
    _variant("loss", "var_loss_mse_dot",
             "mse_loss is diff @ diff / N on the flattened difference.",
             [(L_RET, "    diff = y_true - y_pred\n    return float(diff @ diff / diff.size)")]),
    _variant("loss", "var_loss_grad_flat_then_reshape",
             "mse_loss_gradient works on flattened copies and reshapes the result to y_pred's shape.",
             [(L_GRAD,
               "    flat = 2.0 * (y_pred.ravel() - y_true.ravel()) / y_pred.size\n"
               "    return flat.reshape(y_pred.shape)")]),
    _variant("loss", "var_loss_grad_negated_difference",
             "mse_loss_gradient writes -2 * (y_true - y_pred) / N.",
             [(L_GRAD, "    return -2.0 * (y_true.reshape(y_pred.shape) - y_pred) / y_pred.size")]),
]

# ---------------------------------------------------------------------------- backprop

B_SGD = (
    "    return {\n"
    "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
    "    }"
)
B_TRAIN_STEP = "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)"
B_FF = (
    "    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
    "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
    "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
    "    return float(o1)"
)
B_DLDO1 = "    d_L_d_o1 = -2.0 * (y_true - o1)"

BACKPROP = [
    _bug("backprop", "bp_train_passes_all_labels",
         "train calls backprop(params, x, all_y_trues), the whole label array instead of the sample's "
         "y_true, so the gradients are arrays and float() fails.",
         [[("all_y_trues",), ("y_true", "one label", "sample's label", "single label")]],
         [(B_TRAIN_STEP, "            params = sgd_step(params, backprop(params, x, all_y_trues), learn_rate)")]),
    _bug("backprop", "bp_w1_through_both_hidden",
         "backprop adds a second path through h2 to dL/dw1, as if w1 also fed h2, instead of the one "
         "path through h1.",
         [[("h2",), ("w1",), ("only", "path", "not feed", "does not reach", "one path")]],
         [('        "w1": d_L_d_h1 * x[0] * d_h1,',
           '        "w1": d_L_d_h1 * x[0] * d_h1 + d_L_d_h2 * x[0] * d_h2,')]),
    _bug("backprop", "bp_train_mutable_default_losses",
         "train takes losses=[] as a default argument and appends to it, so the list is shared and "
         "grows across calls.",
         [[("mutable default", "default argument", "losses=[]", "shared", "previous call", "accumulat")]],
         [("def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000):",
           "def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000, losses=[]):"),
          ("    params = dict(params)\n    losses = []\n", "    params = dict(params)\n")]),
    _bug("backprop", "bp_train_epochs_as_updates",
         "train runs range(epochs // len(data)) passes, reading epochs as the number of single-sample "
         "updates instead of full passes over the data.",
         [[("epochs",), ("len(data)", "number of samples", "divid", "full pass", "every sample", "passes")]],
         [("    for _ in range(epochs):\n", "    for _ in range(epochs // len(data)):\n")]),
    _bug("backprop", "bp_sgd_step_clips_gradients",
         "sgd_step clips every gradient to [-1, 1] before the step (a habit from deep-learning code), "
         "so large derivatives are cut.",
         [[("clip",)]],
         [(B_SGD,
           "    return {\n"
           "        name: float(params[name] - learn_rate * np.clip(grads[name], -1.0, 1.0))\n"
           "        for name in PARAM_NAMES\n"
           "    }")]),
    _bug("backprop", "bp_dL_do1_divided_by_inputs",
         "backprop divides dL/do1 by len(x), averaging over the two inputs although the loss of one "
         "sample has no mean in it.",
         [[("len(x)", "number of inputs", "/ 2", "halved", "half", "average")]],
         [(B_DLDO1, B_DLDO1 + " / len(x)")]),
    _bug("backprop", "bp_sgd_step_rounds",
         "sgd_step rounds every new parameter to four decimals to keep them tidy.",
         [[("round",)]],
         [(B_SGD,
           "    return {\n"
           "        name: round(float(params[name] - learn_rate * grads[name]), 4) for name in PARAM_NAMES\n"
           "    }")]),
    _bug("backprop", "bp_feedforward_h2_weights_swapped",
         "feedforward computes h2 as sigmoid(w4 * x[0] + w3 * x[1] + b2), w3 and w4 exchanged.",
         [[("w3",), ("w4",)]],
         [(B_FF,
           "    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
           "    h2 = _sigmoid(p[\"w4\"] * x[0] + p[\"w3\"] * x[1] + p[\"b2\"])\n"
           "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
           "    return float(o1)")]),
    _bug("backprop", "bp_train_loss_uses_last_sample",
         "train's epoch loss predicts with feedforward(params, x) for _ in data, the loop variable x left "
         "over from the sample loop, so every prediction is the last sample's.",
         [[("last sample", "every sample", "each sample", "loop variable", "same sample", "for x in data")]],
         [("        predictions = [feedforward(params, x) for x in data]",
           "        predictions = [feedforward(params, x) for _ in data]")]),
    _bug("backprop", "bp_hidden_paths_weights_exchanged",
         "backprop sends the loss to h1 through w6 and to h2 through w5, the two output weights exchanged.",
         [[("w5",), ("w6",)]],
         [("    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1",
           "    d_L_d_h1 = d_L_d_o1 * p[\"w6\"] * d_o1\n    d_L_d_h2 = d_L_d_o1 * p[\"w5\"] * d_o1")]),
]

BACKPROP_VARIANTS = [
    _variant("backprop", "var_bp_dL_do1_flipped",
             "backprop writes dL/do1 as 2 * (o1 - y_true).",
             [(B_DLDO1, "    d_L_d_o1 = 2.0 * (o1 - y_true)")]),
    _variant("backprop", "var_bp_sgd_step_copy_loop",
             "sgd_step copies params with dict(params) and overwrites each entry in a loop.",
             [(B_SGD,
               "    new = dict(params)\n"
               "    for name in PARAM_NAMES:\n"
               "        new[name] = float(new[name] - learn_rate * grads[name])\n"
               "    return {name: new[name] for name in PARAM_NAMES}")]),
    _variant("backprop", "var_bp_train_np_mean_loss",
             "train records the epoch's loss with np.mean over the squared errors.",
             [("        losses.append(float(sum(errors) / len(errors)))",
               "        losses.append(float(np.mean(errors)))")]),
    _variant("backprop", "var_bp_slopes_from_sums",
             "backprop takes each sigmoid's slope from its pre-activation sum, _sigmoid(s) * (1 - _sigmoid(s)).",
             [("    d_o1 = o1 * (1.0 - o1)",
               "    s_o1 = p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"]\n"
               "    d_o1 = _sigmoid(s_o1) * (1.0 - _sigmoid(s_o1))")]),
]

# ---------------------------------------------------------------------------- mlp

M_FWD = (
    "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
    "        return _sigmoid(A1 @ self.W2 + self.b2)"
)
M_BWD_X = "        X = np.asarray(X, dtype=float)\n        A1 = _sigmoid(X @ self.W1 + self.b1)"
M_BWD_Y = "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n\n        dZ2"
M_DZ = (
    "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"
    "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)"
)
M_DB1 = '            "b1": dZ1.sum(axis=0, keepdims=True),'
M_GRADS = (
    '            "W1": X.T @ dZ1,\n'
    '            "b1": dZ1.sum(axis=0, keepdims=True),\n'
    '            "W2": A1.T @ dZ2,\n'
    '            "b2": dZ2.sum(axis=0, keepdims=True),'
)
M_FIT = "        losses = np.empty(epochs)\n        for epoch in range(epochs):"
M_STEP = "            param -= self.lr * grads[name]"
M_PRED = "        return (self.forward(X) >= 0.5).astype(int)"
M_LOSS = "        return float(np.mean((A2 - Y) ** 2))"

MLP = [
    _bug("mlp", "mlp_backward_gradient_keys_with_d",
         "backward returns its gradients under the keys 'dW1', 'db1', 'dW2', 'db2' (a tutorial's "
         "names) instead of 'W1', 'b1', 'W2', 'b2'.",
         [[("key",), ("dw1", "'w1'", '"w1"', "names")]],
         [(M_GRADS,
           '            "dW1": X.T @ dZ1,\n'
           '            "db1": dZ1.sum(axis=0, keepdims=True),\n'
           '            "dW2": A1.T @ dZ2,\n'
           '            "db2": dZ2.sum(axis=0, keepdims=True),'),
          ("            param -= self.lr * grads[name]", "            param -= self.lr * grads[\"d\" + name]")]),
    _bug("mlp", "mlp_forward_b1_transposed",
         "forward adds self.b1.T, a column (hidden_size, 1), to X @ W1, which broadcasts to the wrong "
         "shape or adds the biases per sample instead of per hidden neuron.",
         [[("b1",), ("transpos", "shape", "column", "broadcast")]],
         [(M_FWD,
           "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1.T)\n"
           "        return _sigmoid(A1 @ self.W2 + self.b2)")]),
    _bug("mlp", "mlp_fit_epochs_hardcoded",
         "fit always runs 1000 epochs (the default typed in), ignoring its epochs argument.",
         [[("epochs",), ("1000", "hard", "ignor", "argument")]],
         [(M_FIT, "        losses = np.empty(1000)\n        for epoch in range(1000):")]),
    _bug("mlp", "mlp_forward_returns_transposed",
         "forward returns A2.T, shape (output_size, m), the features-by-samples layout of a tutorial, "
         "instead of (m, output_size).",
         [[("(m, output_size)", "shape", "transpos")]],
         [(M_FWD,
           "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
           "        return _sigmoid(A1 @ self.W2 + self.b2).T")]),
    _bug("mlp", "mlp_fit_losses_column",
         "fit records the losses in np.empty((epochs, 1)), so it returns a column of shape (epochs, 1) "
         "instead of (epochs,).",
         [[("(epochs,)", "shape", "column", "1-d", "one-dimensional", "flat")]],
         [(M_FIT, "        losses = np.empty((epochs, 1))\n        for epoch in range(epochs):")]),
    _bug("mlp", "mlp_backward_factor_only_on_output_layer",
         "backward applies the factor 2 / N only to the output layer's gradients: the hidden delta is "
         "computed from the unscaled (A2 - Y) * A2 * (1 - A2).",
         [[("factor", "2 / n", "2/n", "2 / (m", "scal"), ("hidden", "w1", "b1", "first layer")]],
         [(M_DZ,
           "        delta2 = (A2 - Y) * A2 * (1.0 - A2)\n"
           "        dZ1 = (delta2 @ self.W2.T) * A1 * (1.0 - A1)\n"
           "        dZ2 = 2.0 * delta2 / A2.size")]),
    _bug("mlp", "mlp_forward_output_uses_W1",
         "forward computes the output layer with self.W1 where W2 belongs (a copy slip), which fails "
         "or gives wrong outputs.",
         [[("w2",), ("w1",), ("output layer", "output", "a1 @")]],
         [(M_FWD,
           "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
           "        return _sigmoid(A1 @ self.W1 + self.b2)")]),
    _bug("mlp", "mlp_backward_b1_gradient_column",
         "backward returns the b1 gradient as dZ1.sum(axis=0).reshape(-1, 1), a column (hidden_size, 1) "
         "instead of b1's shape (1, hidden_size).",
         [[("b1",), ("shape", "column", "(1, hidden_size)", "keepdims")]],
         [(M_DB1, '            "b1": dZ1.sum(axis=0).reshape(-1, 1),')]),
    _bug("mlp", "mlp_backward_targets_new_axis",
         "backward builds Y as np.asarray(y)[:, None], which is right for a vector y but turns a "
         "column y of shape (m, 1) into (m, 1, 1), so A2 - Y broadcasts to (m, m, 1).",
         [[("reshape", "a2.shape", "(m, output_size)")], [("broadcast",)]],
         [(M_BWD_Y, "        Y = np.asarray(y, dtype=float)[:, None]\n\n        dZ2")]),
    _bug("mlp", "mlp_loss_square_of_mean",
         "loss squares the mean difference, np.mean(A2 - Y) ** 2, instead of taking the mean of the "
         "squared differences.",
         [[("mean of the squared", "mean((a2 - y) ** 2)", "mean((a2 - y)**2)", "square of the mean",
            "squared mean", "squares the mean")]],
         [(M_LOSS, "        return float(np.mean(A2 - Y) ** 2)")]),
    _bug("mlp", "mlp_fit_two_steps_per_epoch",
         "fit takes two gradient steps per epoch (the step line duplicated), so the recorded losses fall "
         "twice as fast as the spec's one step per epoch.",
         [[("twice", "two steps", "one step per epoch", "double", "duplicat")]],
         [("            self.step(self.backward(X, y))",
           "            self.step(self.backward(X, y))\n            self.step(self.backward(X, y))")]),
]

MLP_VARIANTS = [
    _variant("mlp", "var_mlp_step_subtract_out",
             "step updates each parameter in place with np.subtract(param, lr * grad, out=param).",
             [(M_STEP, "            np.subtract(param, self.lr * grads[name], out=param)")]),
    _variant("mlp", "var_mlp_predict_where",
             "predict returns np.where(forward(X) >= 0.5, 1, 0).",
             [(M_PRED, "        return np.where(self.forward(X) >= 0.5, 1, 0)")]),
    _variant("mlp", "var_mlp_hidden_slope_expanded",
             "backward writes the hidden slope as A1 - A1 ** 2.",
             [("        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)",
               "        dZ1 = (dZ2 @ self.W2.T) * (A1 - A1 ** 2)")]),
    _variant("mlp", "var_mlp_fit_list_of_losses",
             "fit appends the losses to a list and returns np.array(losses).",
             [(M_FIT + "\n            losses[epoch] = self.loss(X, y)",
               "        losses = []\n        for epoch in range(epochs):\n            losses.append(self.loss(X, y))"),
              ("        return losses\n        ### END SOLUTION\n\n    def predict",
               "        return np.array(losses)\n        ### END SOLUTION\n\n    def predict")]),
    _variant("mlp", "var_mlp_backward_einsum",
             "backward computes the weight gradients with np.einsum.",
             [('            "W1": X.T @ dZ1,', '            "W1": np.einsum("mi,mh->ih", X, dZ1),'),
              ('            "W2": A1.T @ dZ2,', '            "W2": np.einsum("mh,mo->ho", A1, dZ2),')]),
]

CASES = (
    GATES + GATE_VARIANTS + PERCEPTRON + PERCEPTRON_VARIANTS + ACTIVATIONS + ACTIVATION_VARIANTS
    + NEURON + NEURON_VARIANTS + LOSS + LOSS_VARIANTS + BACKPROP + BACKPROP_VARIANTS + MLP + MLP_VARIANTS
)
