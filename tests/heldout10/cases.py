"""A tenth held-out corpus of beginner mistakes, written blind.

Written from ``/work/shared/COURSE_SPEC.md``, the reference solutions (``solutions/*.py``),
``tests/heldout/probe.py`` and ``tests/test_heldout.py``; ``tests/heldout9/cases.py`` and the
sections of ``tests/heldout9/README.md`` before "The one blind measurement" were read for the
format and the keyword-group rules, and only the case names and ``did`` lines of heldout3 to
heldout9 were listed, to keep every bug here a different mistake from theirs. No check, hint,
mistake recogniser or other part of ``autograder/`` was opened, nor ``tests/corpus/`` nor the
git history (see ``README.md``).

The format is that of ``tests/heldout6/cases.py`` as ``tests/heldout9/cases.py`` follows it
(``name``, ``module``, ``kind``, ``edits``, ``did``, ``names``), so
``tests/heldout/measure.py --cases`` grades it unchanged. ``edits`` are exact (old, new)
replacements in ``solutions/<module>.py``. ``names`` lists alternatives; each alternative is a
list of keyword groups (a string, or a tuple of spellings), and a hint names the mistake when,
for some alternative, it holds one spelling of every group (the rule of ``names_mistake`` in
``tests/heldout/measure.py``). The keywords were fixed when each case was written, before the
grader saw any of them.
"""


def _bug(module, name, did, names, edits):
    return {"name": name, "module": module, "kind": "bug", "edits": edits, "did": did, "names": names}


def _variant(module, name, did, edits):
    return {"name": name, "module": module, "kind": "variant", "edits": edits, "did": did, "names": None}


IN_PLACE = ("in place", "in-place", "modif", "changed", "overwr", "mutat")

# ---------------------------------------------------------------------------- gates

G_ISINST = "    if isinstance(z, np.ndarray):"
G_ARRAY = "        return (z >= 0.5).astype(int)"
G_NUMBER = "    return int(z >= 0.5)"
G_THRESHOLD = G_ISINST + "\n" + G_ARRAY + "\n" + G_NUMBER
G_UNPACK = "    w0, w1, w2 = weights"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"
G_RET = "    return threshold(z)"
G_EITHER = "    either = perceptron(x1, x2, OR_WEIGHTS)"
G_XOR_LAST = "    return perceptron(either, not_both, AND_WEIGHTS)"

GATES = [
    _bug("gates", "gates_threshold_float_check_misses_ints",
         "threshold tests isinstance(z, float) for the number branch and sends everything else "
         "through np.asarray, so a Python int such as 1 or -3 comes back as a 0-d array instead "
         "of an int.",
         [[("python int", "0-d", "isinstance", "integer input", "int input", "plain int",
            "python number")]],
         [(G_THRESHOLD,
           "    if isinstance(z, float):\n"
           "        return int(z >= 0.5)\n"
           "    return (np.asarray(z) >= 0.5).astype(int)")]),
    _bug("gates", "gates_threshold_numpy_scalar_as_array",
         "threshold sends NumPy scalars down the array branch, isinstance(z, (np.ndarray, "
         "np.generic)), so np.float64(0.7) (and every perceptron sum of numbers) gives an np.int64 "
         "instead of a Python int.",
         [[("python int", "numpy scalar", "np.int64", "np.float64", "np.generic", "numpy integer",
            "int(")]],
         [(G_ISINST, "    if isinstance(z, (np.ndarray, np.generic)):")]),
    _bug("gates", "gates_perceptron_weights_truncated_to_int",
         "perceptron unpacks the weights as ints, (int(w) for w in weights), truncating 0.6 to 0 "
         "and -0.5 to 0.",
         [[("int(", "truncat", "integer", "float weights")]],
         [(G_UNPACK, "    w0, w1, w2 = (int(w) for w in weights)")]),
    _bug("gates", "gates_perceptron_float_of_sum",
         "perceptron returns threshold(float(z)), converting the weighted sum to a Python float, "
         "which fails for arrays of inputs.",
         [[("float(", "size-1", "length-1", "only length")]],
         [(G_RET, "    return threshold(float(z))")]),
    _bug("gates", "gates_perceptron_ignores_weights_argument",
         "perceptron unpacks AND_WEIGHTS instead of its weights argument (left over from a first "
         "AND-only version), so every gate computes AND.",
         [[("weights argument", "argument", "parameter", "and_weights", "passed", "given weights")]],
         [(G_UNPACK, "    w0, w1, w2 = AND_WEIGHTS")]),
    _bug("gates", "gates_and_weights_for_step_at_zero",
         "AND_WEIGHTS = (-1.0, 0.6, 0.6), weights that make AND for a step at 0; with the 0.5 "
         "threshold (1, 1) sums to 0.2 and AND never fires.",
         [[("and_weights", "and gate", "and truth", "and(", "and's")]],
         [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-1.0, 0.6, 0.6)")]),
    _bug("gates", "gates_or_weight_sign_slip",
         "OR_WEIGHTS = (0.0, 0.6, -0.6): a minus typed on w2, so the input (0, 1) does not fire.",
         [[("or_weights", "or gate", "or truth", "or's")]],
         [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.0, 0.6, -0.6)")]),
    _bug("gates", "gates_nand_bias_too_large",
         "NAND_WEIGHTS = (2.0, -0.6, -0.6): the bias weight is so large that (1, 1) still sums to "
         "0.8 and fires, so NAND is always 1.",
         [[("nand",)]],
         [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (2.0, -0.6, -0.6)")]),
    _bug("gates", "gates_threshold_array_tolist",
         "threshold returns (z >= 0.5).astype(int).tolist() for arrays, a Python list instead of an "
         "integer array.",
         [[("tolist", "list", "ndarray", "numpy array", "integer array")]],
         [(G_ARRAY, "        return (z >= 0.5).astype(int).tolist()")]),
    _bug("gates", "gates_xor_or_neuron_gets_x1_twice",
         "xor's OR neuron is called perceptron(x1, x1, OR_WEIGHTS), x1 typed twice, so x2 never "
         "reaches it and (0, 1) gives 0.",
         [[("x2", "x1 twice", "both inputs", "copy")]],
         [(G_EITHER, "    either = perceptron(x1, x1, OR_WEIGHTS)")]),
    _bug("gates", "gates_xor_nor_on_top_of_or_nand",
         "xor feeds OR and NAND into a second-layer NOR (the top of the NOR(AND, NOR) recipe) "
         "instead of AND, so (0, 1) gives 0.",
         [[("and_weights", "and perceptron", "second-layer and", "second layer and", "and gate",
            "and of", "nor")]],
         [(G_XOR_LAST, "    return perceptron(either, not_both, NOR_WEIGHTS)")]),
]

GATES_VARIANTS = [
    _variant("gates", "var_gates_perceptron_zip_sum",
             "perceptron sums w * x over zip(weights, (1.0, x1, x2)), the constant input x0 = 1 "
             "written out.",
             [(G_Z, "    z = sum(w * x for w, x in zip(weights, (1.0, np.asarray(x1), np.asarray(x2))))")]),
    _variant("gates", "var_gates_or_other_numbers",
             "OR_WEIGHTS = (0.1, 0.5, 0.5): (0, 0) sums to 0.1, one input on to 0.6.",
             [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.1, 0.5, 0.5)")]),
    _variant("gates", "var_gates_nand_from_and",
             "NAND_WEIGHTS derived from AND's as (1 - w0, -w1, -w2), the negation for a 0.5 "
             "threshold: (1.5, -0.6, -0.6).",
             [("NAND_WEIGHTS = (1.5, -0.6, -0.6)",
               "NAND_WEIGHTS = (1.0 - AND_WEIGHTS[0], -AND_WEIGHTS[1], -AND_WEIGHTS[2])")]),
    _variant("gates", "var_gates_threshold_conditional_expression",
             "threshold's number branch is 1 if z >= 0.5 else 0.",
             [(G_NUMBER, "    return 1 if z >= 0.5 else 0")]),
    _variant("gates", "var_gates_xor_and_arguments_swapped",
             "xor's second-layer AND takes (not_both, either), the same AND.",
             [(G_XOR_LAST, "    return perceptron(not_both, either, AND_WEIGHTS)")]),
]

# ---------------------------------------------------------------------------- perceptron

P_INIT = "        self.weights = np.zeros(X.shape[1])"
P_BIAS0 = "        self.bias = 0.0"
P_EPOCH = "        for _ in range(self.epochs):"
P_LOOP = "            for x_i, y_i in zip(X, y):"
P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_UPDATE = "                update = self.lr * (y_i - prediction)"
P_W = "                self.weights += update * x_i  # our own array: safe in place"
P_BIAS = "                self.bias = float(self.bias + update)"
P_RETURN = P_BIAS + "\n        return self"
P_PREDICT_RET = "        return (z >= 0).astype(int)"

PERCEPTRON = [
    _bug("perceptron", "perceptron_weights_column_vector",
         "fit starts from np.zeros((n_features, 1)), a column from a tutorial, so the first "
         "update broadcasts a (n,) step into the (n, 1) weights and fails.",
         [[("(n_features,)", "1-d", "one-dimensional", "column", "(n, 1)", "(n_features, 1)", "flat")]],
         [(P_INIT, "        self.weights = np.zeros((X.shape[1], 1))")]),
    _bug("perceptron", "perceptron_update_includes_input",
         "fit folds the input into the update, update = lr * (y_i - prediction) * x_i, and adds it "
         "to the weights and to the bias alike, so the bias gets an array and float() fails.",
         [[("bias",), ("x_i", "times the input", "scalar", "float(", "not scaled", "without the input")]],
         [(P_UPDATE + "\n" + P_W,
           "                update = self.lr * (y_i - prediction) * x_i\n"
           "                self.weights += update")]),
    _bug("perceptron", "perceptron_update_times_weights",
         "fit writes weights += update * self.weights (a copy slip for x_i), so weights that start "
         "at zero never move.",
         [[("x_i", "times the input", "by the input", "* x", "the input x", "weights stay", "stay zero", "never move")]],
         [(P_W, "                self.weights += update * self.weights")]),
    _bug("perceptron", "perceptron_bias_as_threshold",
         "fit predicts 1 when x_i . weights >= bias, treating the bias as a threshold to reach "
         "instead of adding it to the sum.",
         [[("bias",), ("add", "+ self.bias", "+ bias", "+ b", "threshold", "sign", "subtract")]],
         [(P_PRED, "                prediction = 1 if x_i @ self.weights >= self.bias else 0")]),
    _bug("perceptron", "perceptron_fit_returns_predictions",
         "fit ends with return self.predict(X), handing back its predictions on the training data "
         "instead of self.",
         [[("return self", "returns self", "return the perceptron", "return the model", "chain",
            "must return self", "should return self")]],
         [(P_RETURN, P_BIAS + "\n        return self.predict(X)")]),
    _bug("perceptron", "perceptron_lr_decays_with_epoch",
         "fit divides the learning rate by the epoch number, lr / (epoch + 1), a decay schedule "
         "the perceptron rule does not have.",
         [[("decay", "epoch + 1", "schedule", "divid", "same learning rate", "constant learning rate")]],
         [(P_EPOCH + "\n" + P_LOOP + "\n" + P_PRED + "\n" + P_UPDATE,
           "        for epoch in range(self.epochs):\n" + P_LOOP + "\n" + P_PRED + "\n"
           "                update = self.lr / (epoch + 1) * (y_i - prediction)")]),
    _bug("perceptron", "perceptron_attribute_names_from_tutorial",
         "fit keeps what it learns in self.w and self.b, a tutorial's names, so weights and bias "
         "stay None (and predict refuses to run).",
         [[("attribute", "self.weights", "self.bias", "self.w")]],
         [(P_INIT + "\n" + P_BIAS0 + "\n" + P_EPOCH + "\n" + P_LOOP + "\n" + P_PRED + "\n" + P_UPDATE
           + "\n" + P_W + "\n" + P_BIAS,
           "        self.w = np.zeros(X.shape[1])\n"
           "        self.b = 0.0\n"
           "        for _ in range(self.epochs):\n"
           "            for x_i, y_i in zip(X, y):\n"
           "                prediction = 1 if x_i @ self.w + self.b >= 0 else 0\n"
           "                update = self.lr * (y_i - prediction)\n"
           "                self.w += update * x_i\n"
           "                self.b = float(self.b + update)")]),
    _bug("perceptron", "perceptron_epoch_is_one_sample",
         "fit takes an epoch to be one update on one sample, X[epoch % len(X)], instead of a full "
         "pass over every sample.",
         [[("epoch",), ("pass", "every sample", "all samples", "each sample", "all the samples")]],
         [(P_EPOCH + "\n" + P_LOOP + "\n" + P_PRED + "\n" + P_UPDATE + "\n" + P_W + "\n" + P_BIAS,
           "        for epoch in range(self.epochs):\n"
           "            x_i, y_i = X[epoch % len(X)], y[epoch % len(X)]\n"
           "            prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
           "            update = self.lr * (y_i - prediction)\n"
           "            self.weights += update * x_i\n"
           "            self.bias = float(self.bias + update)")]),
    _bug("perceptron", "perceptron_bias_added_per_feature",
         "fit predicts with np.sum(x_i * weights + bias), adding the bias once per feature instead "
         "of once to the sum.",
         [[("bias",), ("once", "per feature", "each feature", "every feature", "n_features", "inside")]],
         [(P_PRED, "                prediction = 1 if np.sum(x_i * self.weights + self.bias) >= 0 else 0")]),
    _bug("perceptron", "perceptron_rounds_weights",
         "fit rounds the weights to two decimals after every update, np.round(weights + update * "
         "x_i, 2), to keep them tidy.",
         [[("round",)]],
         [(P_W, "                self.weights = np.round(self.weights + update * x_i, 2)")]),
    _bug("perceptron", "perceptron_bias_starts_at_one",
         "fit starts the bias at 1.0 (the constant input x0 = 1 taken for its weight) instead of "
         "0.0.",
         [["bias", ("0.0", "zero", "= 0")]],
         [(P_BIAS0, "        self.bias = 1.0")]),
]

PERCEPTRON_VARIANTS = [
    _variant("perceptron", "var_perceptron_predict_comprehension",
             "predict builds the labels with a comprehension, np.array([...], dtype=int).",
             [(P_PREDICT_RET, "        return np.array([1 if v >= 0 else 0 for v in z], dtype=int)")]),
    _variant("perceptron", "var_perceptron_prediction_int_of_comparison",
             "fit predicts int(np.dot(x_i, weights) + bias >= 0).",
             [(P_PRED, "                prediction = int(np.dot(x_i, self.weights) + self.bias >= 0)")]),
    _variant("perceptron", "var_perceptron_np_add_out",
             "fit adds the weight step with np.add(..., out=self.weights).",
             [(P_W, "                np.add(self.weights, update * x_i, out=self.weights)")]),
    _variant("perceptron", "var_perceptron_bias_augmented_float",
             "fit updates the bias with self.bias += float(update).",
             [(P_BIAS, "                self.bias += float(update)")]),
    _variant("perceptron", "var_perceptron_predict_where",
             "predict returns np.where(z >= 0, 1, 0).",
             [(P_PREDICT_RET, "        return np.where(z >= 0, 1, 0)")]),
]

# ---------------------------------------------------------------------------- activations

A_SIG = (
    "    z = np.asarray(z, dtype=float)\n"
    "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
    "    return np.where(z >= 0, 1.0, e) / (1.0 + e)"
)
A_DSIG = "    s = sigmoid(z)\n    return s * (1.0 - s)"
A_TANH = "    return np.tanh(np.asarray(z, dtype=float))"
A_DTANH = "    return 1.0 - tanh(z) ** 2"
A_RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)"
A_DRELU = "    return (np.asarray(z) > 0).astype(float)"
A_LEAKY = "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)"
A_DLEAKY = "    return np.where(z > 0, 1.0, alpha)"
A_SOFT_EXPS = "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))"
A_SOFT_DIV = "    return exps / np.sum(exps, axis=-1, keepdims=True)"

ACTIVATIONS = [
    _bug("activations", "act_leaky_derivative_branches_swapped",
         "leaky_relu_derivative writes np.where(z > 0, alpha, 1.0), the two slopes in the wrong "
         "branches, so positive inputs get alpha and negative ones 1.",
         [[("swapped", "1 where", "1 for z > 0", "z > 0", "positive", "branches")]],
         [(A_DLEAKY, "    return np.where(z > 0, alpha, 1.0)")]),
    _bug("activations", "act_softmax_axis_one",
         "softmax shifts and normalises along axis=1, the rows of a 2-D batch, which fails for a "
         "1-D vector and is the wrong axis beyond two dimensions.",
         [[("axis=-1", "last axis", "axis -1", "axis=1", "1-d", "one-dimensional")]],
         [(A_SOFT_EXPS + "\n" + A_SOFT_DIV,
           "    exps = np.exp(z - np.max(z, axis=1, keepdims=True))\n"
           "    return exps / np.sum(exps, axis=1, keepdims=True)")]),
    _bug("activations", "act_tanh_derivative_chain_factor_two",
         "tanh_derivative is 2 * sigmoid_derivative(2z), from tanh(z) = 2 sigmoid(2z) - 1 but with "
         "the chain rule's inner factor 2 forgotten (it is 4 * sigmoid_derivative(2z)).",
         [[("chain rule", "factor 2", "factor of 2", "4 *", "4*", "inner", "2z", "2 * z",
            "1 - tanh")]],
         [(A_DTANH, "    return 2.0 * sigmoid_derivative(2.0 * np.asarray(z, dtype=float))")]),
    _bug("activations", "act_sigmoid_derivative_mirror_slip",
         "sigmoid_derivative is sigmoid(z) * (1 - sigmoid(-z)), mixing up 1 - sigmoid(z) with "
         "sigmoid(-z), so it returns sigmoid(z) squared.",
         [[("sigmoid(-z)", "1 - sigmoid(z)", "1 - s", "s * (1 - s)", "s*(1-s)", "mirror")]],
         [(A_DSIG, "    z = np.asarray(z, dtype=float)\n    return sigmoid(z) * (1.0 - sigmoid(-z))")]),
    _bug("activations", "act_tanh_circular_tangent",
         "tanh calls np.tan, the circular tangent, instead of np.tanh (an autocomplete slip).",
         [[("np.tanh", "hyperbolic", "np.tan(", "tan(")]],
         [(A_TANH, "    return np.tan(np.asarray(z, dtype=float))")]),
    _bug("activations", "act_relu_derivative_clipped_input",
         "relu_derivative returns np.clip(z, 0, 1), so small positive inputs such as 0.5 get a "
         "slope of 0.5 instead of 1.",
         [[("clip", "step", "0 or 1", "1 where", "z > 0", "0/1")]],
         [(A_DRELU, "    return np.clip(np.asarray(z, dtype=float), 0.0, 1.0)")]),
    _bug("activations", "act_leaky_derivative_zero_at_zero",
         "leaky_relu_derivative adds alpha only where z < 0, (z > 0) + alpha * (z < 0), so at "
         "exactly z = 0 the slope is 0 instead of alpha.",
         [[("z <= 0", "z<=0", "z = 0", "z=0", "at 0", "at zero", "exactly 0", "<= 0")]],
         [(A_DLEAKY, "    return np.where(z > 0, 1.0, 0.0) + alpha * (z < 0)")]),
    _bug("activations", "act_sigmoid_logaddexp_sign",
         "sigmoid is exp(-logaddexp(0, z)), the log-space form with the sign of z lost, which is "
         "sigmoid(-z).",
         [[("sigmoid(-z)", "sign", "-z", "mirror", "logaddexp(0, -z)", "logaddexp(0.0, -z)",
            "1 - sigmoid")]],
         [(A_SIG, "    z = np.asarray(z, dtype=float)\n    return np.exp(-np.logaddexp(0.0, z))")]),
    _bug("activations", "act_sigmoid_derivative_writes_into_input",
         "sigmoid_derivative stores its result in z[...] to save memory; for a float array "
         "np.asarray returns the caller's own array, which is overwritten (a read-only one raises).",
         [[IN_PLACE]],
         [(A_DSIG, "    z = np.asarray(z, dtype=float)\n    s = sigmoid(z)\n    z[...] = s * (1.0 - s)\n    return z")]),
    _bug("activations", "act_softmax_divides_by_mean",
         "softmax divides the shifted exponentials by their mean instead of their sum, so each "
         "slice sums to its length instead of 1.",
         [[("np.sum", "sum of the exp", "sum of exp", "sums to 1", "sum to 1", "mean")]],
         [(A_SOFT_DIV, "    return exps / np.mean(exps, axis=-1, keepdims=True)")]),
]

ACTIVATIONS_VARIANTS = [
    _variant("activations", "var_act_relu_derivative_heaviside",
             "relu_derivative as np.heaviside(z, 0.0) on the float array.",
             [(A_DRELU, "    return np.heaviside(np.asarray(z, dtype=float), 0.0)")]),
    _variant("activations", "var_act_relu_abs_halved",
             "relu as (z + |z|) / 2.",
             [(A_RELU, "    z = np.asarray(z, dtype=float)\n    return (z + np.abs(z)) / 2.0")]),
    _variant("activations", "var_act_leaky_blend",
             "leaky_relu as alpha * z + (1 - alpha) * max(z, 0).",
             [(A_LEAKY, "    return alpha * z + (1.0 - alpha) * np.maximum(z, 0.0)")]),
    _variant("activations", "var_act_leaky_two_maxima",
             "leaky_relu as max(z, 0) - alpha * max(-z, 0).",
             [(A_LEAKY, "    return np.maximum(z, 0.0) - alpha * np.maximum(-z, 0.0)")]),
    _variant("activations", "var_act_tanh_derivative_from_sigmoid",
             "tanh_derivative as 4 * sigmoid_derivative(2z), the chain rule on tanh(z) = 2 sigmoid(2z) - 1.",
             [(A_DTANH, "    return 4.0 * sigmoid_derivative(2.0 * np.asarray(z, dtype=float))")]),
    _variant("activations", "var_act_softmax_log_sum_exp",
             "softmax as exp(shifted - log(sum(exp(shifted)))), the log-sum-exp form.",
             [(A_SOFT_EXPS + "\n" + A_SOFT_DIV,
               "    shifted = z - np.max(z, axis=-1, keepdims=True)\n"
               "    return np.exp(shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True)))")]),
    _variant("activations", "var_act_sigmoid_derivative_s_minus_s_squared",
             "sigmoid_derivative as s - s ** 2 with s = sigmoid(z).",
             [(A_DSIG, "    s = sigmoid(z)\n    return s - s ** 2")]),
]

# ---------------------------------------------------------------------------- neuron

N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias"
N_RET = "        return float(_sigmoid(total))"
N_TINY_INIT = (
    "        self.h1 = Neuron(weights, bias)\n"
    "        self.h2 = Neuron(weights, bias)\n"
    "        self.o1 = Neuron(weights, bias)"
)
N_TINY_FF = (
    "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
    "        return self.o1.feedforward(hidden)"
)
N_LOOP = "    for neuron_weights, bias in zip(weights, biases):"
N_SUM = "        total = sum(x * w for x, w in zip(inputs, neuron_weights))"
N_APPEND = "        outputs.append(total + bias)"
N_LAYER = "    outputs = []\n" + N_LOOP + "\n" + N_SUM + "\n" + N_APPEND + "\n    return outputs"
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"

NEURON = [
    _bug("neuron", "neuron_tanh_activation",
         "Neuron.feedforward passes the sum through np.tanh instead of the sigmoid.",
         [["tanh", ("sigmoid", "logistic")]],
         [(N_RET, "        return float(np.tanh(total))")]),
    _bug("neuron", "neuron_tiny_returns_method",
         "TinyNetwork.feedforward returns self.o1.feedforward without calling it, a bound method "
         "instead of o1's output.",
         [[("call it", "calling", "parenthes", "method", "bound")]],
         [("        return self.o1.feedforward(hidden)", "        return self.o1.feedforward")]),
    _bug("neuron", "neuron_layer_output_numpy",
         "layer_output is one NumPy line, list(np.dot(weights, inputs) + biases), so it returns a "
         "list of np.float64 instead of the plain-Python floats the exercise asks for.",
         [[("plain python", "numpy", "np.float64", "np.dot", "python float")]],
         [(N_LAYER, "    return list(np.dot(weights, inputs) + np.asarray(biases))")]),
    _bug("neuron", "neuron_layer_bias_index_off_by_one",
         "layer_output loops with enumerate and takes biases[j - 1] for neuron j, so the first "
         "neuron gets the last bias and every other neuron its neighbour's.",
         [[("biases[j]", "j - 1", "j-1", "off-by-one", "off by one", "own bias", "index")]],
         [(N_LOOP, "    for j, neuron_weights in enumerate(weights):\n        bias = biases[j - 1]")]),
    _bug("neuron", "neuron_count_returns_pair",
         "count_parameters returns the pair (weights, biases), 75 and 17, instead of their total.",
         [[("tuple", "pair", "total", "add them", "one int", "single int", "weights plus biases",
            "weights + biases")]],
         [(N_COUNT, "    weights = sum(a * b for a, b in zip(sizes, sizes[1:]))\n"
                    "    return weights, sum(sizes[1:])")]),
    _bug("neuron", "neuron_count_bias_per_connection",
         "count_parameters gives every weight its own bias, 2 * a * b per pair of layers, instead "
         "of one bias per neuron of the receiving layer.",
         [[("one bias per neuron", "per neuron", "each neuron", "b biases", "+ b", "per connection",
            "each weight")]],
         [(N_COUNT, "    return sum(2 * a * b for a, b in zip(sizes, sizes[1:]))")]),
    _bug("neuron", "neuron_feedforward_loop_misses_last",
         "Neuron.feedforward sums weights[i] * inputs[i] over range(len(weights) - 1), leaving the "
         "last input out.",
         [[("last", "range(len", "off-by-one", "off by one", "every weight", "all weights", "- 1")]],
         [(N_TOTAL, "        total = sum(self.weights[i] * inputs[i] for i in range(len(self.weights) - 1)) + self.bias")]),
    _bug("neuron", "neuron_tiny_hidden_squashed_twice",
         "TinyNetwork.feedforward passes the hidden outputs through the sigmoid once more before "
         "o1, though h1 and h2 already applied it.",
         [[("twice", "again", "second time", "already")]],
         [(N_TINY_FF,
           "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
           "        return self.o1.feedforward(_sigmoid(np.array(hidden)))")]),
    _bug("neuron", "neuron_count_assigns_instead_of_adds",
         "count_parameters loops over the pairs of layers with total = a * b + b, assigning "
         "instead of adding, so only the last pair is counted.",
         [[("+=", "accumulat", "add up", "adds up", "overwr", "last pair", "only the last")]],
         [(N_COUNT, "    total = 0\n"
                    "    for a, b in zip(sizes, sizes[1:]):\n"
                    "        total = a * b + b\n"
                    "    return total")]),
    _bug("neuron", "neuron_count_both_layers_biases",
         "count_parameters counts a * b + a + b per pair, biases for both layers of every pair, so "
         "hidden biases are counted twice and the input layer gets some.",
         [[("b biases", "receiving", "next layer", "+ b", "only b", "twice", "double", "input layer")]],
         [(N_COUNT, "    return sum(a * b + a + b for a, b in zip(sizes, sizes[1:]))")]),
]

NEURON_VARIANTS = [
    _variant("neuron", "var_neuron_multiply_sum",
             "feedforward's sum as np.multiply(weights, inputs).sum() + bias.",
             [(N_TOTAL, "        total = np.multiply(self.weights, inputs).sum() + self.bias")]),
    _variant("neuron", "var_neuron_generator_sum",
             "feedforward's sum in a generator over zip(weights, inputs).",
             [(N_TOTAL, "        total = sum(w * x for w, x in zip(self.weights, inputs)) + self.bias")]),
    _variant("neuron", "var_neuron_tiny_generator_init",
             "TinyNetwork builds its three neurons from one generator expression.",
             [(N_TINY_INIT, "        self.h1, self.h2, self.o1 = (Neuron(weights, bias) for _ in range(3))")]),
    _variant("neuron", "var_neuron_tiny_hidden_array",
             "TinyNetwork.feedforward collects the hidden outputs in a NumPy array.",
             [(N_TINY_FF,
               "        hidden = np.array([self.h1.feedforward(x), self.h2.feedforward(x)])\n"
               "        return self.o1.feedforward(hidden)")]),
    _variant("neuron", "var_neuron_layer_bias_trick",
             "layer_output appends a constant input 1.0 and treats each bias as its weight.",
             [(N_LOOP + "\n" + N_SUM + "\n" + N_APPEND,
               "    extended = list(inputs) + [1.0]\n"
               "    for neuron_weights, bias in zip(weights, biases):\n"
               "        total = sum(x * w for x, w in zip(extended, list(neuron_weights) + [bias]))\n"
               "        outputs.append(total)")]),
    _variant("neuron", "var_neuron_count_index_range",
             "count_parameters over indices, sizes[i] * sizes[i + 1] + sizes[i + 1].",
             [(N_COUNT, "    return sum(sizes[i] * sizes[i + 1] + sizes[i + 1] for i in range(len(sizes) - 1))")]),
]

# ---------------------------------------------------------------------------- loss

L_CONV = "    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()"
L_CHECK = "    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss: y_true"
L_EMPTY = ("    if y_true.size == 0:\n"
           "        raise ValueError(\"mse_loss: the inputs are empty; there is no mean to take\")")
L_MEAN = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD_CONV = "    y_pred = np.asarray(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"

LOSS = [
    _bug("loss", "loss_mse_norm_not_squared",
         "mse_loss divides the Euclidean norm of the differences by N, np.linalg.norm(d) / N, "
         "forgetting that the norm must be squared to give the sum of squares.",
         [["norm", ("square", "** 2", "**2")]],
         [(L_MEAN, "    diff = y_true - y_pred\n    return float(np.linalg.norm(diff) / diff.size)")]),
    _bug("loss", "loss_mse_empty_check_truthiness",
         "mse_loss tests emptiness with `if not y_true:`, which raises 'truth value of an array ... "
         "ambiguous' (a ValueError) for any input of two or more elements.",
         [[("ambiguous", "truth value", "size == 0", ".size", "if not", "len(")]],
         [(L_EMPTY, "    if not y_true:\n"
                    "        raise ValueError(\"mse_loss: the inputs are empty; there is no mean to take\")")]),
    _bug("loss", "loss_grad_atleast_1d",
         "mse_loss_gradient converts y_pred with np.atleast_1d, so a number gives a gradient of "
         "shape (1,) instead of a NumPy float of y_pred's shape ().",
         [[("(1,)", "0-d", "scalar", "atleast_1d", "numpy float", "y_pred's shape", "shape of y_pred",
            "a number gives", "for a number")]],
         [(L_GRAD_CONV, "    y_pred = np.atleast_1d(np.asarray(y_pred, dtype=float))\n"
                        "    y_true = np.asarray(y_true, dtype=float)")]),
    _bug("loss", "loss_grad_np_gradient",
         "mse_loss_gradient calls np.gradient on the squared errors, NumPy's finite differences "
         "between neighbouring elements, instead of the formula 2 * (y_pred - y_true) / N.",
         [[("np.gradient",)]],
         [(L_GRAD, "    return np.gradient((y_pred - y_true.reshape(y_pred.shape)) ** 2)")]),
    _bug("loss", "loss_grad_two_only_on_pred",
         "mse_loss_gradient writes (2 * y_pred - y_true) / N, the factor 2 on y_pred alone "
         "instead of on the whole difference.",
         [[("parenthes", "2 * (y_pred - y_true)", "2*(y_pred-y_true)", "whole difference", "both")]],
         [(L_GRAD, "    return (2.0 * y_pred - y_true.reshape(y_pred.shape)) / y_pred.size")]),
    _bug("loss", "loss_mse_warns_instead_of_raising",
         "mse_loss calls warnings.warn for different element counts and carries on, so a "
         "one-element y_pred broadcasts against several targets instead of raising ValueError.",
         [[("valueerror", "raise")]],
         [(L_CHECK, "    if y_true.size != y_pred.size:\n        import warnings\n"
                    "        warnings.warn(\n            f\"mse_loss: y_true")]),
    _bug("loss", "loss_grad_normalised_to_unit_length",
         "mse_loss_gradient divides the gradient by its own norm, a unit-length 'direction', "
         "instead of returning 2 * (y_pred - y_true) / N itself.",
         [[("norm", "unit length", "normalis", "normaliz")]],
         [(L_GRAD, "    grad = 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
                   "    return grad / np.linalg.norm(grad)")]),
    _bug("loss", "loss_mse_list_conversion",
         "mse_loss converts its inputs with np.array(list(...)), which raises TypeError for a "
         "plain number (not iterable).",
         [[("a number", "numbers", "scalar", "list(", "0-d", "iterable", "float input")]],
         [(L_CONV, "    y_true = np.array(list(y_true), dtype=float).ravel()\n"
                   "    y_pred = np.array(list(y_pred), dtype=float).ravel()")]),
    _bug("loss", "loss_grad_transposed",
         "mse_loss_gradient returns its result transposed (.T), the layout of a column-per-sample "
         "tutorial, so an (n, 1) y_pred gets a (1, n) gradient and a (2, 3) one a (3, 2) gradient.",
         [[("transpos", "y_pred's shape", "shape of y_pred", "(1, n)", "(3, 2)")]],
         [(L_GRAD, "    return (2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size).T")]),
    _bug("loss", "loss_mse_rounds_predictions",
         "mse_loss rounds the predictions to the nearest integer (to labels) before comparing.",
         [[("round",)]],
         [(L_MEAN, "    return float(np.mean((y_true - np.round(y_pred)) ** 2))")]),
]

LOSS_VARIANTS = [
    _variant("loss", "var_loss_mse_squared_norm",
             "mse_loss as the squared Euclidean norm of the differences divided by N.",
             [(L_MEAN, "    diff = y_true - y_pred\n    return float(np.linalg.norm(diff) ** 2 / diff.size)")]),
    _variant("loss", "var_loss_mse_average_square",
             "mse_loss as np.average(np.square(y_true - y_pred)).",
             [(L_MEAN, "    return float(np.average(np.square(y_true - y_pred)))")]),
    _variant("loss", "var_loss_grad_factor_first",
             "mse_loss_gradient as (2 / N) * (y_pred - y_true).",
             [(L_GRAD, "    return (2.0 / y_pred.size) * (y_pred - y_true.reshape(y_pred.shape))")]),
    _variant("loss", "var_loss_grad_ravel_then_reshape",
             "mse_loss_gradient works on the flattened arrays and reshapes the result to y_pred's shape.",
             [(L_GRAD, "    diff = y_pred.ravel() - y_true.ravel()\n"
                       "    return (2.0 * diff / y_pred.size).reshape(y_pred.shape)")]),
    _variant("loss", "var_loss_mse_sum_over_size",
             "mse_loss as np.sum of the squares divided by the element count.",
             [(L_MEAN, "    return float(np.sum((y_true - y_pred) ** 2) / y_true.size)")]),
]

# ---------------------------------------------------------------------------- backprop

B_FF = (
    "    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
    "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
    "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
    "    return float(o1)"
)
B_DLDO1 = "    d_L_d_o1 = -2.0 * (y_true - o1)"
B_SGD = (
    "    return {\n"
    "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
    "    }"
)
B_STEP = "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)"
B_SAMPLES = "        for x, y_true in zip(data, all_y_trues):\n" + B_STEP
B_ERRORS = "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]"
B_LOSS_BLOCK = (
    "        predictions = [feedforward(params, x) for x in data]\n"
    + B_ERRORS + "\n"
    "        losses.append(float(sum(errors) / len(errors)))"
)
B_START = "    params = dict(params)\n    losses = []\n    for _ in range(epochs):"

BACKPROP = [
    _bug("backprop", "bp_feedforward_h1_reads_x0_twice",
         "feedforward's h1 line multiplies w2 by x[0] as well (a copy slip), so h1 never sees "
         "x[1].",
         [[("x[1]", "second input", "x[0] twice")]],
         [(B_FF, B_FF.replace("p[\"w2\"] * x[1] + p[\"b1\"]", "p[\"w2\"] * x[0] + p[\"b1\"]"))]),
    _bug("backprop", "bp_train_records_error_rate",
         "train records the fraction of misclassified samples, (o >= 0.5) != y, as each epoch's "
         "loss instead of the mean squared error.",
         [[("mse", "mean squared", "squared error", "accuracy", "misclassif", "error rate")]],
         [(B_ERRORS, "        errors = [float((o >= 0.5) != y) for y, o in zip(all_y_trues, predictions)]")]),
    _bug("backprop", "bp_train_backprop_arguments_swapped",
         "train calls backprop(params, y_true, x), the sample and its label in the wrong order.",
         [[("order", "argument", "swapped", "backprop(params, x, y_true)")]],
         [(B_STEP, "            params = sgd_step(params, backprop(params, y_true, x), learn_rate)")]),
    _bug("backprop", "bp_train_restarts_each_epoch",
         "train copies the starting params inside the epoch loop, so every epoch starts over from "
         "them and only one epoch of training survives.",
         [[("restart", "every epoch", "each epoch", "inside the", "start over", "starts over",
            "from the start", "copy")]],
         [(B_START, "    start = params\n    losses = []\n    for _ in range(epochs):\n"
                    "        params = dict(start)")]),
    _bug("backprop", "bp_dL_do1_rounded_prediction",
         "backprop compares y_true with round(o1), the predicted label, in dL/do1 = -2 * (y_true - "
         "round(o1)), so a correctly classified sample gives no gradient at all.",
         [[("round", "label", "raw output", "0/1", "o1 itself")]],
         [(B_DLDO1, "    d_L_d_o1 = -2.0 * (y_true - round(o1))")]),
    _bug("backprop", "bp_train_learn_rate_divided_by_samples",
         "train passes learn_rate / len(data) to sgd_step, averaging the step over the samples "
         "although each sample takes a full step.",
         [[("len(data)", "divid", "number of samples", "averag")]],
         [(B_STEP, "            params = sgd_step(params, backprop(params, x, y_true), learn_rate / len(data))")]),
    _bug("backprop", "bp_feedforward_b3_multiplied",
         "feedforward multiplies the output's weighted sum by b3 (w6 * h2 * b3) instead of adding "
         "b3, a * typed for +.",
         [["b3", ("added", "add ", "+ b3", "+ p", "multipl", "plus")]],
         [(B_FF, B_FF.replace("p[\"w6\"] * h2 + p[\"b3\"]", "p[\"w6\"] * h2 * p[\"b3\"]"))]),
    _bug("backprop", "bp_train_loss_absolute_error",
         "train records the mean absolute error, abs(y - o), for each epoch instead of the mean "
         "squared error.",
         [[("square", "** 2", "**2", "mse", "mean squared", "absolute")]],
         [(B_ERRORS, "        errors = [abs(y - o) for y, o in zip(all_y_trues, predictions)]")]),
    _bug("backprop", "bp_w2_through_h2",
         "backprop's dL/dw2 goes through h2, dL/dh2 * x[1] * s'(h2), though w2 feeds h1.",
         [["w2", "h1"]],
         [("        \"w2\": d_L_d_h1 * x[1] * d_h1,", "        \"w2\": d_L_d_h2 * x[1] * d_h2,")]),
    _bug("backprop", "bp_b1_b2_swapped",
         "backprop writes h2's bias derivative under b1 and h1's under b2.",
         [["b1", "b2"]],
         [("        \"b1\": d_L_d_h1 * d_h1,\n        \"b2\": d_L_d_h2 * d_h2,",
           "        \"b1\": d_L_d_h2 * d_h2,\n        \"b2\": d_L_d_h1 * d_h1,")]),
]

BACKPROP_VARIANTS = [
    _variant("backprop", "var_bp_sgd_step_zip",
             "sgd_step builds the new dict with dict(zip(PARAM_NAMES, ...)).",
             [(B_SGD, "    return dict(zip(PARAM_NAMES, (float(params[n] - learn_rate * grads[n]) for n in PARAM_NAMES)))")]),
    _variant("backprop", "var_bp_train_index_loop",
             "train visits the samples by index, data[i] and all_y_trues[i].",
             [(B_SAMPLES, "        for i in range(len(data)):\n"
                          "            params = sgd_step(params, backprop(params, data[i], all_y_trues[i]), learn_rate)")]),
    _variant("backprop", "var_bp_feedforward_neuron_helper",
             "feedforward uses a small local helper for each neuron's weighted sum and sigmoid.",
             [(B_FF,
               "    def neuron(a, b, wa, wb, bias):\n"
               "        return _sigmoid(wa * a + wb * b + bias)\n\n"
               "    h1 = neuron(x[0], x[1], p[\"w1\"], p[\"w2\"], p[\"b1\"])\n"
               "    h2 = neuron(x[0], x[1], p[\"w3\"], p[\"w4\"], p[\"b2\"])\n"
               "    return float(neuron(h1, h2, p[\"w5\"], p[\"w6\"], p[\"b3\"]))")]),
    _variant("backprop", "var_bp_train_loss_one_expression",
             "train's epoch loss in one np.mean over the squared errors.",
             [(B_LOSS_BLOCK,
               "        losses.append(float(np.mean([(y - feedforward(params, x)) ** 2\n"
               "                                     for x, y in zip(data, all_y_trues)])))")]),
]

# ---------------------------------------------------------------------------- mlp

M_FORWARD = "        return _sigmoid(A1 @ self.W2 + self.b2)"
M_LOSS_A2 = "        A2 = self.forward(X)"
M_LOSS_MEAN = "        return float(np.mean((A2 - Y) ** 2))"
M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)"
M_DZ1 = "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)"
M_GW1 = "            \"W1\": X.T @ dZ1,"
M_GB2 = "            \"b2\": dZ2.sum(axis=0, keepdims=True),"
M_STEP = (
    "        for name in PARAM_NAMES:\n"
    "            param = getattr(self, name)\n"
    "            param -= self.lr * grads[name]"
)
M_FIT = (
    "        losses = np.empty(epochs)\n"
    "        for epoch in range(epochs):\n"
    "            losses[epoch] = self.loss(X, y)\n"
    "            self.step(self.backward(X, y))\n"
    "        return losses"
)
M_PREDICT = "        return (self.forward(X) >= 0.5).astype(int)"

MLP = [
    _bug("mlp", "mlp_output_slope_uses_targets",
         "backward's output slope is A2 * (1 - Y), the targets typed where the second A2 belongs.",
         [[("a2 * (1 - a2)", "a2*(1-a2)", "1 - a2", "1-a2", "1 - y", "targets", "y instead")]],
         [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - Y)")]),
    _bug("mlp", "mlp_dW1_uses_dZ2",
         "backward's W1 gradient is X.T @ dZ2, the output layer's delta (a copy slip), instead of "
         "X.T @ dZ1.",
         [[("dz1", "hidden delta", "hidden layer's")]],
         [(M_GW1, "            \"W1\": X.T @ dZ2,")]),
    _bug("mlp", "mlp_forward_returns_A1_too",
         "forward returns the pair (A1, A2), as a tutorial's forward pass does, instead of A2 "
         "alone.",
         [[("tuple", "only a2", "a2 alone", "a2 only", "pair", "(a1, a2)", "(a1,a2)")]],
         [(M_FORWARD, "        return A1, _sigmoid(A1 @ self.W2 + self.b2)")]),
    _bug("mlp", "mlp_loss_per_sample",
         "loss returns np.mean(..., axis=1), one loss per sample, instead of one float over all "
         "elements.",
         [[("float", "one number", "single", "scalar", "per sample", "axis=1", "every sample",
            "each sample")]],
         [(M_LOSS_MEAN, "        return np.mean((A2 - Y) ** 2, axis=1)")]),
    _bug("mlp", "mlp_backward_scaled_by_lr",
         "backward multiplies dZ2 by self.lr, folding the learning rate into the gradients (which "
         "step then applies again).",
         [[("learning rate", "self.lr", "lr *", "lr*")]],
         [(M_DZ2, "        dZ2 = self.lr * 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)")]),
    _bug("mlp", "mlp_step_weight_decay",
         "step adds an L2 weight decay, param -= lr * (grad + 1e-3 * param), which the spec's "
         "update does not have.",
         [[("decay", "regulari", "l2", "penalty")]],
         [(M_STEP, "        for name in PARAM_NAMES:\n"
                   "            param = getattr(self, name)\n"
                   "            param -= self.lr * (grads[name] + 1e-3 * param)")]),
    _bug("mlp", "mlp_dZ1_parenthesis_slip",
         "backward writes dZ1 = dZ2 @ (W2.T * A1 * (1 - A1)), the parentheses around the wrong "
         "part, so the slope is multiplied into W2.T before the matrix product.",
         [[("parenthes", "dz2 @ self.w2.t", "dz2 @ w2.t", "precedence", "order")]],
         [(M_DZ1, "        dZ1 = dZ2 @ (self.W2.T * A1 * (1.0 - A1))")]),
    _bug("mlp", "mlp_hidden_slope_of_Z1",
         "backward takes the hidden slope as Z1 * (1 - Z1), written with the pre-activation Z1 "
         "instead of the activation A1.",
         [[("a1 * (1 - a1)", "a1*(1-a1)", "z1", "pre-activation")]],
         [(M_DZ1, "        Z1 = X @ self.W1 + self.b1\n"
                  "        dZ1 = (dZ2 @ self.W2.T) * Z1 * (1.0 - Z1)")]),
    _bug("mlp", "mlp_backward_A2_overwritten",
         "backward computes A2 -= Y in place to save an array and then takes the output slope "
         "from the overwritten A2.",
         [[("a2 * (1 - a2)", "a2*(1-a2)", "overwr", "in place", "in-place", "a2 -= y", "modif")]],
         [(M_DZ2, "        A2 -= Y\n        dZ2 = 2.0 * A2 / A2.size * A2 * (1.0 - A2)")]),
    _bug("mlp", "mlp_loss_of_labels",
         "loss compares the targets with self.predict(X), the 0/1 labels, instead of the outputs "
         "forward(X).",
         [[("predict", "label", "0/1", "forward(x)", "outputs a2", "probabilit")]],
         [(M_LOSS_A2, "        A2 = self.predict(X)")]),
]

MLP_VARIANTS = [
    _variant("mlp", "var_mlp_predict_times_one",
             "predict as (forward(X) >= 0.5) * 1.",
             [(M_PREDICT, "        return (self.forward(X) >= 0.5) * 1")]),
    _variant("mlp", "var_mlp_step_subtract_out",
             "step with np.subtract(param, lr * grad, out=param).",
             [(M_STEP, "        for name in PARAM_NAMES:\n"
                       "            param = getattr(self, name)\n"
                       "            np.subtract(param, self.lr * grads[name], out=param)")]),
    _variant("mlp", "var_mlp_db2_newaxis",
             "backward's b2 gradient as np.sum(dZ2, axis=0)[np.newaxis, :].",
             [(M_GB2, "            \"b2\": np.sum(dZ2, axis=0)[np.newaxis, :],")]),
    _variant("mlp", "var_mlp_loss_sum_over_size",
             "loss as the sum of the squared errors divided by A2.size.",
             [(M_LOSS_MEAN, "        return float(((A2 - Y) ** 2).sum() / A2.size)")]),
    _variant("mlp", "var_mlp_dW1_einsum",
             "backward's W1 gradient with np.einsum(\"mi,mh->ih\", X, dZ1).",
             [(M_GW1, "            \"W1\": np.einsum(\"mi,mh->ih\", X, dZ1),")]),
    _variant("mlp", "var_mlp_fit_list_then_array",
             "fit appends the losses to a list and returns np.array(losses, dtype=float).",
             [(M_FIT, "        losses = []\n"
                      "        for _ in range(epochs):\n"
                      "            losses.append(self.loss(X, y))\n"
                      "            self.step(self.backward(X, y))\n"
                      "        return np.array(losses, dtype=float)")]),
]

CASES = (
    GATES + GATES_VARIANTS + PERCEPTRON + PERCEPTRON_VARIANTS + ACTIVATIONS + ACTIVATIONS_VARIANTS
    + NEURON + NEURON_VARIANTS + LOSS + LOSS_VARIANTS + BACKPROP + BACKPROP_VARIANTS + MLP + MLP_VARIANTS
)
