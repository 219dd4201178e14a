"""An eleventh held-out corpus of beginner mistakes, written blind.

Written from ``/work/shared/COURSE_SPEC.md``, the reference solutions (``solutions/*.py``), the
stubs' signatures (``exercises/*.py``), ``tests/heldout/probe.py`` and ``tests/test_heldout.py``;
``tests/heldout6/cases.py`` (its opening and first sections) and the sections of
``tests/heldout6/README.md`` and ``tests/heldout10/README.md`` before "The one blind measurement"
were read for the format and the keyword-group rules, and only the case names and ``did`` lines of
heldout3 to heldout10 were listed, to keep every bug here a different mistake from theirs. No
check, hint, mistake recogniser or other part of ``autograder/`` was opened, nor ``tests/corpus/``
nor the git history (see ``README.md``).

The format is that of ``tests/heldout6/cases.py`` (``name``, ``module``, ``kind``, ``edits``,
``did``, ``names``), so ``tests/heldout/measure.py --cases`` grades it unchanged. ``edits`` are
exact (old, new) replacements in ``solutions/<module>.py``. ``names`` lists alternatives; each
alternative is a list of keyword groups (a string, or a tuple of spellings), and a hint names the
mistake when, for some alternative, it holds one spelling of every group (the rule of
``names_mistake`` in ``tests/heldout/measure.py``). The keywords were fixed when each case was
written, before the grader saw any of them.
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
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)"
)
G_XOR_LAST = "    return perceptron(either, not_both, AND_WEIGHTS)"

GATES = [
    _bug("gates", "gates_threshold_float_for_numbers",
         "threshold's number branch returns float(z >= 0.5), so a Python number gives 1.0 or 0.0 "
         "instead of the int 1 or 0.",
         [[("python int", "an int", "integer", "int(")]],
         [(G_NUMBER, "    return float(z >= 0.5)")]),
    _bug("gates", "gates_threshold_heaviside_tie_zero",
         "threshold's array branch is np.heaviside(z - 0.5, 0).astype(int), whose second argument "
         "gives 0 at exactly z = 0.5 where the spec fires (z >= 0.5).",
         [[("heaviside", ">= 0.5", "exactly 0.5", "at 0.5", "equal to 0.5", "z = 0.5", "tie")]],
         [(G_ARRAY, "        return np.heaviside(z - 0.5, 0).astype(int)")]),
    _bug("gates", "gates_threshold_comparison_reversed",
         "threshold writes 0.5 >= z in both branches, the comparison the wrong way round, so it "
         "fires below the threshold and stays silent above it.",
         [[("reversed", "wrong way", "inverted", "backwards", "z >= 0.5", "opposite", "flipped")]],
         [(G_ARRAY + "\n" + G_NUMBER,
           "        return (0.5 >= z).astype(int)\n    return int(0.5 >= z)")]),
    _bug("gates", "gates_threshold_ndim_check",
         "threshold tests np.ndim(z) > 0 instead of isinstance(z, np.ndarray), so a 0-d array such "
         "as np.array(0.6) goes down the number branch and comes back as an int instead of an "
         "integer array.",
         [[("0-d", "zero-dimensional", "0-dimensional", "ndim", "isinstance")]],
         [(G_ISINST, "    if np.ndim(z) > 0:")]),
    _bug("gates", "gates_xor_returns_hidden_pair",
         "xor returns the hidden layer's two outputs (either, not_both) and never feeds them into "
         "the second-layer AND perceptron.",
         [[("second layer", "second-layer", "and perceptron", "and_weights", "and gate", "tuple",
            "pair", "two values")]],
         [(G_XOR_LAST, "    return either, not_both")]),
    _bug("gates", "gates_nand_nor_weights_exchanged",
         "NAND_WEIGHTS and NOR_WEIGHTS hold each other's numbers, the two negated gates mixed up, "
         "so NAND computes NOR and NOR computes NAND (and xor breaks with them).",
         [[("nand_weights", "nor_weights", "nand gate", "nor gate", "nand truth", "nor truth",
            "swapped", "exchanged", "mixed up")]],
         [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (0.5, -0.6, -0.6)"),
          ("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (1.5, -0.6, -0.6)")]),
    _bug("gates", "gates_nand_negated_or",
         "NAND_WEIGHTS = (-0.0, -0.6, -0.6), OR's weights negated in the belief that NOT OR is "
         "NAND; with the 0.5 threshold it never fires, not even for (0, 0).",
         [[("nand_weights", "nand gate", "nand truth", "nand(")]],
         [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (-0.0, -0.6, -0.6)")]),
    _bug("gates", "gates_perceptron_np_sum_of_terms",
         "perceptron adds its three terms with np.sum([w0, w1 * x1, w2 * x2]), which works for "
         "numbers but for array inputs builds a ragged list (an error) instead of an element-wise "
         "sum.",
         [[("element-wise", "elementwise", "np.sum", "ragged", "array input", "arrays of input",
            "each element")]],
         [(G_Z, "    z = np.sum([w0, w1 * np.asarray(x1), w2 * np.asarray(x2)])")]),
    _bug("gates", "gates_and_weights_float_tie",
         "AND_WEIGHTS = (-0.9, 0.7, 0.7), chosen so that (1, 1) sums to 0.5 on paper, but in "
         "floating point the sum is 0.4999999999999999, so AND never fires.",
         [[("and_weights", "and gate", "and truth", "floating", "rounding", "0.4999")]],
         [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-0.9, 0.7, 0.7)")]),
    _bug("gates", "gates_perceptron_weights_first_parameter",
         "perceptron is defined as perceptron(weights, x1, x2), the weights first (and xor calls it "
         "that way), where the spec's signature is perceptron(x1, x2, weights).",
         [[("signature", "argument order", "order of the arguments", "parameter order",
            "perceptron(x1, x2, weights)", "weights last", "third argument", "positional")]],
         [("def perceptron(x1, x2, weights):", "def perceptron(weights, x1, x2):"),
          (G_XOR,
           "    either = perceptron(OR_WEIGHTS, x1, x2)\n"
           "    not_both = perceptron(NAND_WEIGHTS, x1, x2)\n"
           "    return perceptron(AND_WEIGHTS, either, not_both)")]),
    _variant("gates", "var_gates_threshold_not_below",
             "threshold's number branch is int(not z < 0.5).",
             [(G_NUMBER, "    return int(not z < 0.5)")]),
    _variant("gates", "var_gates_and_point_three",
             "AND_WEIGHTS = (-0.3, 0.5, 0.5): (1, 1) sums to 0.7, one input on to 0.2.",
             [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-0.3, 0.5, 0.5)")]),
    _variant("gates", "var_gates_threshold_heaviside_one",
             "threshold's array branch is np.heaviside(z - 0.5, 1).astype(int), 1 at exactly 0.5.",
             [(G_ARRAY, "        return np.heaviside(z - 0.5, 1).astype(int)")]),
    _variant("gates", "var_gates_threshold_greater_equal_int",
             "threshold's number branch is int(np.greater_equal(z, 0.5)).",
             [(G_NUMBER, "    return int(np.greater_equal(z, 0.5))")]),
]

# ---------------------------------------------------------------------------- perceptron

P_INIT_W = "        self.weights = np.zeros(X.shape[1])"
P_EPOCHS = "        for _ in range(self.epochs):"
P_LOOP = "            for x_i, y_i in zip(X, y):"
P_PREDICTION = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_UPDATE_LINE = "                update = self.lr * (y_i - prediction)"
P_WEIGHTS_UPDATE = "                self.weights += update * x_i  # our own array: safe in place"
P_BIAS_UPDATE = "                self.bias = float(self.bias + update)"
P_PREDICT_Z = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias"

PERCEPTRON = [
    _bug("perceptron", "perceptron_bias_int_conversion",
         "fit stores the bias with int(self.bias + update) instead of float(...), so every step "
         "smaller than 1 is truncated away and the bias is an int.",
         [["bias", ("int(", "integer", "truncat", "float")]],
         [(P_BIAS_UPDATE, "                self.bias = int(self.bias + update)")]),
    _bug("perceptron", "perceptron_lr_hardcoded_default",
         "fit computes update = 0.01 * (y_i - prediction), the default learning rate typed in, "
         "instead of self.lr.",
         [[("self.lr", "learning rate", "lr argument", "lr=", "hard-coded", "hardcoded")]],
         [(P_UPDATE_LINE, "                update = 0.01 * (y_i - prediction)")]),
    _bug("perceptron", "perceptron_weights_view_of_first_row",
         "fit makes the weights 'the shape of one sample' with self.weights = X[0] and zeroes them "
         "with *= 0, so the weights are a view of X's first row: the caller's float array is "
         "overwritten and every update changes the first training sample.",
         [[IN_PLACE, ("view", "x[0]", "first row", "copy", "np.zeros")]],
         [(P_INIT_W, "        self.weights = X[0]\n        self.weights *= 0")]),
    _bug("perceptron", "perceptron_step_from_sign_halved",
         "fit maps the sum to a label with (np.sign(z) + 1) / 2, the conversion from a -1/+1 "
         "perceptron, which gives 0.5 for a sum of exactly 0 where the step gives 1.",
         [[("np.sign", "sign(", "0.5", "z >= 0", "exactly 0", "exactly zero")]],
         [(P_PREDICTION,
           "                prediction = (np.sign(x_i @ self.weights + self.bias) + 1) / 2")]),
    _bug("perceptron", "perceptron_break_on_correct_sample",
         "fit skips correctly predicted samples with break instead of continue, so each epoch ends "
         "at the first sample the perceptron already gets right.",
         [[("break", "continue", "every sample", "each sample", "all samples", "ends the epoch",
            "rest of the")]],
         [(P_PREDICTION, P_PREDICTION + "\n                if prediction == y_i:\n                    break")]),
    _bug("perceptron", "perceptron_epochs_hardcoded",
         "fit loops for _ in range(15), the default number of epochs typed in, ignoring "
         "self.epochs.",
         [[("self.epochs", "epochs argument", "number of epochs", "hard-coded", "hardcoded",
            "range(15)")]],
         [(P_EPOCHS, "        for _ in range(15):")]),
    _bug("perceptron", "perceptron_update_times_feature_sum",
         "fit adds update * x_i.sum() to the weights, the same scalar step for every weight, "
         "instead of update * x_i, one step per feature.",
         [[("x_i.sum", "sum of the", "each feature", "per feature", "update * x_i", "own input",
            "its input", "scalar")]],
         [(P_WEIGHTS_UPDATE, "                self.weights += update * x_i.sum()")]),
    _bug("perceptron", "perceptron_update_uses_whole_y",
         "fit computes update = self.lr * (y - prediction) with the whole label array y instead "
         "of the sample's label y_i, so the update is an array of n_samples values.",
         [[("y_i", "the sample's label", "label of the sample", "whole label", "all labels",
            "entire y", "whole y")]],
         [(P_UPDATE_LINE, "                update = self.lr * (y - prediction)")]),
    _bug("perceptron", "perceptron_predict_rounds_sums",
         "predict rounds the sums with np.round before the step, so a sum between -0.5 and 0 "
         "becomes -0.0 and is predicted 1.",
         [[("round", "z >= 0", "negative sum", "exact sum")]],
         [(P_PREDICT_Z,
           "        z = np.round(np.asarray(X, dtype=float) @ self.weights + self.bias)")]),
    _bug("perceptron", "perceptron_zip_made_once",
         "fit builds pairs = zip(X, y) once before the epoch loop; a zip is an iterator that is "
         "used up after the first pass, so every later epoch visits no sample at all.",
         [[("iterator", "exhaust", "used up", "consumed", "only one epoch", "first epoch",
            "zip(")]],
         [(P_EPOCHS + "\n" + P_LOOP,
           "        pairs = zip(X, y)\n" + P_EPOCHS + "\n            for x_i, y_i in pairs:")]),
    _variant("perceptron", "var_perceptron_zeros_dtype_of_X",
             "fit starts the weights with np.zeros(X.shape[1], dtype=X.dtype) of the float-converted X.",
             [(P_INIT_W, "        self.weights = np.zeros(X.shape[1], dtype=X.dtype)")]),
    _variant("perceptron", "var_perceptron_heaviside_prediction",
             "fit predicts with int(np.heaviside(sum, 1.0)), 1 at a sum of exactly 0.",
             [(P_PREDICTION,
               "                prediction = int(np.heaviside(x_i @ self.weights + self.bias, 1.0))")]),
    _variant("perceptron", "var_perceptron_error_named",
             "fit names the error y_i - prediction and multiplies it by self.lr in each update.",
             [(P_UPDATE_LINE + "\n" + P_WEIGHTS_UPDATE + "\n" + P_BIAS_UPDATE,
               "                error = y_i - prediction\n"
               "                self.weights += self.lr * error * x_i\n"
               "                self.bias = float(self.bias + self.lr * error)")]),
    _variant("perceptron", "var_perceptron_predict_weights_times_XT",
             "predict computes the sums as weights @ X.T + bias.",
             [(P_PREDICT_Z, "        z = self.weights @ np.asarray(X, dtype=float).T + self.bias")]),
]

# ---------------------------------------------------------------------------- activations

A_SIG_HEAD = (
    "    z = np.asarray(z, dtype=float)\n"
    "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow"
)
A_SIGMOID = A_SIG_HEAD + "\n    return np.where(z >= 0, 1.0, e) / (1.0 + e)"
A_SIGMOID_DERIV = "    s = sigmoid(z)\n    return s * (1.0 - s)"
A_TANH = "    return np.tanh(np.asarray(z, dtype=float))"
A_TANH_DERIV = "    return 1.0 - tanh(z) ** 2"
A_RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)"
A_RELU_DERIV = "    return (np.asarray(z) > 0).astype(float)"
A_LEAKY_DERIV = "    return np.where(z > 0, 1.0, alpha)"
A_SOFT_NUMBER = "        return np.float64(1.0)"
A_SOFT_RETURN = "    return exps / np.sum(exps, axis=-1, keepdims=True)"

ACTIVATIONS = [
    _bug("activations", "act_sigmoid_float32",
         "sigmoid converts its input with dtype=np.float32 to save memory, so results are float32, "
         "a number gives an np.float32 instead of np.float64, and values are off in the 8th digit.",
         [[("float32", "float64", "precision", "single precision")]],
         [(A_SIG_HEAD, A_SIG_HEAD.replace("dtype=float", "dtype=np.float32"))]),
    _bug("activations", "act_sigmoid_derivative_finite_difference",
         "sigmoid_derivative is a forward finite difference (sigmoid(z + 1e-5) - sigmoid(z)) / "
         "1e-5, an approximation of the slope instead of sigmoid(z) * (1 - sigmoid(z)).",
         [[("finite difference", "numerical", "approximat", "1e-5", "sigmoid(z) * (1 - sigmoid(z))",
            "s * (1 - s)", "exact")]],
         [(A_SIGMOID_DERIV,
           "    h = 1e-5\n    return (sigmoid(np.asarray(z, dtype=float) + h) - sigmoid(z)) / h")]),
    _bug("activations", "act_leaky_derivative_keeps_z",
         "leaky_relu_derivative copies leaky_relu's np.where(z > 0, z, ...) and keeps z on the "
         "right, so the slope for z > 0 is z instead of 1.",
         [[("slope 1", "1 where z > 0", "1 for z > 0", "1 for positive", "1.0 where", "returns z",
            "value instead", "not z")]],
         [(A_LEAKY_DERIV, "    return np.where(z > 0, z, alpha)")]),
    _bug("activations", "act_sigmoid_zeros_like_input_dtype",
         "sigmoid fills np.zeros_like(z) through boolean masks without converting z to float, so "
         "an integer input gives an integer array (or 0-d array) of truncated values, 0 or 1.",
         [[("integer", "int dtype", "dtype", "zeros_like", "float")]],
         [(A_SIGMOID,
           "    z = np.asarray(z)\n"
           "    out = np.zeros_like(z)\n"
           "    pos = z >= 0\n"
           "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
           "    e = np.exp(z[~pos])\n"
           "    out[~pos] = e / (1.0 + e)\n"
           "    return out")]),
    _bug("activations", "act_softmax_number_returns_int",
         "softmax returns the Python int 1 for a number instead of the float 1.0.",
         [[("float", "1.0", "integer", "int 1")]],
         [(A_SOFT_NUMBER, "        return 1")]),
    _bug("activations", "act_softmax_rounded",
         "softmax rounds its probabilities to 4 decimals (np.round(..., 4)) so that they print "
         "tidily, which changes the values and can break the sum to 1.",
         [[("round",)]],
         [(A_SOFT_RETURN, "    return np.round(exps / np.sum(exps, axis=-1, keepdims=True), 4)")]),
    _bug("activations", "act_sigmoid_derivative_returns_pair",
         "sigmoid_derivative returns the pair (s, s * (1 - s)), the activation along with its "
         "slope, instead of the slope alone.",
         [[("tuple", "pair", "two values", "slope alone", "only the slope", "only the derivative")]],
         [("    return s * (1.0 - s)", "    return s, s * (1.0 - s)")]),
    _bug("activations", "act_sigmoid_derivative_tanh_identity_half",
         "sigmoid_derivative is written 0.5 * (1 - tanh(z / 2) ** 2), the tanh identity with 1/2 "
         "where it needs 1/4, so every slope is twice too large.",
         [[("0.25", "1/4", "quarter", "twice", "factor")],
          [("sigmoid(z) * (1 - sigmoid(z))", "s * (1 - s)")]],
         [(A_SIGMOID_DERIV,
           "    return 0.5 * (1.0 - np.tanh(np.asarray(z, dtype=float) / 2.0) ** 2)")]),
    _bug("activations", "act_relu_derivative_leaky_slope",
         "relu_derivative is copied from leaky_relu_derivative and keeps 0.1 on the left, "
         "np.where(z > 0, 1.0, 0.1), where ReLU's slope is 0.",
         [[("0 where", "0 for z <= 0", "0 for negative", "0.1", "leaky", "zero for")]],
         [(A_RELU_DERIV, "    return np.where(np.asarray(z) > 0, 1.0, 0.1)")]),
    _bug("activations", "act_tanh_input_clipped",
         "tanh clips its input into [-1, 1] before np.tanh, confusing tanh's output range with its "
         "domain, so tanh(2) comes out as tanh(1).",
         [[("clip", "range", "domain")]],
         [(A_TANH, "    return np.tanh(np.clip(np.asarray(z, dtype=float), -1.0, 1.0))")]),
    _variant("activations", "var_act_sigmoid_logaddexp",
             "sigmoid as exp(-logaddexp(0, -z)), the log-space form.",
             [(A_SIGMOID, "    z = np.asarray(z, dtype=float)\n    return np.exp(-np.logaddexp(0.0, -z))")]),
    _variant("activations", "var_act_softmax_apply_along_axis",
             "softmax applies a one-slice stable softmax along the last axis with np.apply_along_axis.",
             [("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n" + A_SOFT_RETURN,
               "    def one(row):\n"
               "        e = np.exp(row - row.max())\n"
               "        return e / e.sum()\n"
               "\n"
               "    return np.apply_along_axis(one, -1, z)")]),
    _variant("activations", "var_act_tanh_derivative_factored",
             "tanh_derivative as (1 - t) * (1 + t) with t = tanh(z).",
             [(A_TANH_DERIV, "    t = tanh(z)\n    return (1.0 - t) * (1.0 + t)")]),
    _variant("activations", "var_act_sigmoid_derivative_mirror",
             "sigmoid_derivative as sigmoid(z) * sigmoid(-z), using 1 - sigmoid(z) = sigmoid(-z).",
             [(A_SIGMOID_DERIV, "    z = np.asarray(z, dtype=float)\n    return sigmoid(z) * sigmoid(-z)")]),
    _variant("activations", "var_act_relu_clip",
             "relu as np.clip(z, 0, None) on the float array.",
             [(A_RELU, "    return np.clip(np.asarray(z, dtype=float), 0.0, None)")]),
    _variant("activations", "var_act_sigmoid_vectorize",
             "sigmoid applies a stable one-number sigmoid with np.vectorize(..., otypes=[float]).",
             [(A_SIGMOID,
               "    def one(v):\n"
               "        e = np.exp(-abs(v))\n"
               "        return 1.0 / (1.0 + e) if v >= 0 else e / (1.0 + e)\n"
               "\n"
               "    return np.vectorize(one, otypes=[float])(np.asarray(z, dtype=float))")]),
    _variant("activations", "var_act_relu_derivative_sign",
             "relu_derivative as np.maximum(np.sign(z), 0) on the float array.",
             [(A_RELU_DERIV, "    return np.maximum(np.sign(np.asarray(z, dtype=float)), 0.0)")]),
]

# ---------------------------------------------------------------------------- neuron

N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias"
N_HIDDEN = "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]"
N_O1 = "        return self.o1.feedforward(hidden)"
N_SUM = "        total = sum(x * w for x, w in zip(inputs, neuron_weights))"
N_APPEND = "        outputs.append(total + bias)"
N_LAYER = (
    "    outputs = []\n"
    "    for neuron_weights, bias in zip(weights, biases):\n"
    + N_SUM + "\n" + N_APPEND + "\n"
    "    return outputs"
)
N_COUNT = (
    "    sizes = [int(n) for n in layer_sizes]\n"
    "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"
)

NEURON = [
    _bug("neuron", "neuron_tiny_sums_hidden_outputs",
         "TinyNetwork.feedforward adds the two hidden outputs into one number, "
         "o1.feedforward(sum(hidden)), instead of passing o1 the list of both.",
         [[("both hidden", "two hidden", "list of", "[h1, h2]", "h1 and h2", "two inputs")]],
         [(N_O1, "        return self.o1.feedforward(sum(hidden))")]),
    _bug("neuron", "neuron_layer_returns_tuple",
         "layer_output returns tuple(outputs) instead of the list the spec asks for.",
         [[("tuple", "a list", "list of")]],
         [("    return outputs", "    return tuple(outputs)")]),
    _bug("neuron", "neuron_layer_returns_generator",
         "layer_output returns a generator expression in parentheses instead of a list of the "
         "neurons' outputs.",
         [[("generator", "list")]],
         [(N_LAYER,
           "    return (sum(x * w for x, w in zip(inputs, neuron_weights)) + bias\n"
           "            for neuron_weights, bias in zip(weights, biases))")]),
    _bug("neuron", "neuron_layer_extend_for_append",
         "layer_output calls outputs.extend(total + bias) where append was meant, which raises "
         "because a float is not iterable.",
         [[("append", "extend")]],
         [(N_APPEND, "        outputs.extend(total + bias)")]),
    _bug("neuron", "neuron_layer_inserts_at_front",
         "layer_output collects the outputs with outputs.insert(0, ...), so the list comes back in "
         "reverse neuron order.",
         [[("revers", "insert", "append", "neuron order", "wrong order")]],
         [(N_APPEND, "        outputs.insert(0, total + bias)")]),
    _bug("neuron", "neuron_count_numpy_scalar",
         "count_parameters computes np.dot(sizes[:-1], sizes[1:]) + np.sum(sizes[1:]) on a NumPy "
         "array, so it returns a NumPy number (np.int64, or the float 0.0 for an empty list) "
         "instead of a Python int.",
         [[("python int", "an int", "int(", "np.int64", "numpy", "integer")]],
         [(N_COUNT,
           "    sizes = np.array(layer_sizes)\n"
           "    return np.dot(sizes[:-1], sizes[1:]) + np.sum(sizes[1:])")]),
    _bug("neuron", "neuron_tiny_feeds_neuron_objects",
         "TinyNetwork.feedforward passes the hidden Neuron objects themselves, [self.h1, self.h2], "
         "to o1 instead of their outputs for x.",
         [[("outputs of h1", "h1.feedforward", "their outputs", "hidden outputs", "output of h1",
            "neuron object", "feedforward(x)")]],
         [(N_HIDDEN, "        hidden = [self.h1, self.h2]")]),
    _bug("neuron", "neuron_feedforward_scales_inputs_in_place",
         "Neuron.feedforward multiplies the inputs in place, inputs *= weights, on "
         "np.asarray(inputs, dtype=float), which for a float array is the caller's own: in "
         "TinyNetwork h2 then sees the inputs already scaled by h1.",
         [[IN_PLACE]],
         [(N_TOTAL,
           "        inputs = np.asarray(inputs, dtype=float)\n"
           "        inputs *= self.weights\n"
           "        total = inputs.sum() + self.bias")]),
    _bug("neuron", "neuron_layer_nested_outputs",
         "layer_output appends [total + bias], a one-element list per neuron, so it returns a "
         "list of lists instead of a flat list of numbers.",
         [[("nested", "list of lists", "flat", "one-element list", "list of float", "list of numbers")]],
         [(N_APPEND, "        outputs.append([total + bias])")]),
    _bug("neuron", "neuron_feedforward_two_terms",
         "Neuron.feedforward writes weights[0] * inputs[0] + weights[1] * inputs[1] + bias, the "
         "two inputs of the example, so a neuron with another number of inputs is wrong or raises.",
         [[("every input", "all inputs", "each input", "any number", "np.dot", "dot product",
            "two inputs", "hard-coded", "hardcoded")]],
         [(N_TOTAL,
           "        total = self.weights[0] * inputs[0] + self.weights[1] * inputs[1] + self.bias")]),
    _variant("neuron", "var_neuron_feedforward_item",
             "Neuron.feedforward returns _sigmoid(total).item(), a Python float.",
             [("        return float(_sigmoid(total))", "        return _sigmoid(total).item()")]),
    _variant("neuron", "var_neuron_layer_fsum",
             "layer_output sums each neuron's products with math.fsum.",
             [("import numpy as np", "import math\n\nimport numpy as np"),
              (N_SUM, "        total = math.fsum(x * w for x, w in zip(inputs, neuron_weights))")]),
    _variant("neuron", "var_neuron_count_index_from_one",
             "count_parameters sums sizes[i - 1] * sizes[i] + sizes[i] for i from 1.",
             [("    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))",
               "    return sum(sizes[i - 1] * sizes[i] + sizes[i] for i in range(1, len(sizes)))")]),
    _variant("neuron", "var_neuron_tiny_hidden_comprehension",
             "TinyNetwork.feedforward collects the hidden outputs in a comprehension over (h1, h2).",
             [(N_HIDDEN, "        hidden = [neuron.feedforward(x) for neuron in (self.h1, self.h2)]")]),
]

# ---------------------------------------------------------------------------- loss

L_CONVERT = (
    "    y_true = np.asarray(y_true, dtype=float).ravel()\n"
    "    y_pred = np.asarray(y_pred, dtype=float).ravel()"
)
L_MSE_CHECK = (
    "    if y_true.size != y_pred.size:\n"
    "        raise ValueError(\n"
    "            f\"mse_loss: y_true has"
)
L_MSE_EMPTY_AND_RETURN = (
    "    if y_true.size == 0:\n"
    "        raise ValueError(\"mse_loss: the inputs are empty; there is no mean to take\")\n"
    "    return float(np.mean((y_true - y_pred) ** 2))"
)
L_MSE_RETURN = "    return float(np.mean((y_true - y_pred) ** 2))"
L_G_CONVERT = "    y_pred = np.asarray(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)"
L_G_CHECK = (
    "    if y_true.size != y_pred.size:\n"
    "        raise ValueError(\n"
    "            f\"mse_loss_gradient: y_true has {y_true.size} values but y_pred has \"\n"
    "            f\"{y_pred.size}; they must hold the same number of elements\"\n"
    "        )\n"
)
L_G_RETURN = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"

LOSS = [
    _bug("loss", "loss_grad_zeros_like_integer",
         "mse_loss_gradient converts y_pred without dtype=float and fills np.zeros_like(y_pred), "
         "so integer predictions give an integer gradient truncated to whole numbers.",
         [[("integer", "int dtype", "dtype", "float", "truncat", "zeros_like")]],
         [(L_G_CONVERT, "    y_pred = np.asarray(y_pred)\n    y_true = np.asarray(y_true, dtype=float)"),
          (L_G_RETURN,
           "    grad = np.zeros_like(y_pred)\n"
           "    grad[...] = 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
           "    return grad")]),
    _bug("loss", "loss_mse_zero_division_for_empty",
         "mse_loss drops the empty check and divides float(sum) by len(y_true), so empty inputs "
         "raise ZeroDivisionError instead of ValueError.",
         [[("valueerror",)], [("zerodivision", "empty")]],
         [(L_MSE_EMPTY_AND_RETURN, "    return float(np.sum((y_true - y_pred) ** 2)) / len(y_true)")]),
    _bug("loss", "loss_grad_N_sum_of_shape",
         "mse_loss_gradient divides by sum(y_pred.shape), adding the axis lengths where N is their "
         "product, the number of elements (a number gives a division by zero).",
         [[("number of elements", "y_pred.size", "element count", "product", ".size", "all elements")]],
         [(L_G_RETURN, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / sum(y_pred.shape)")]),
    _bug("loss", "loss_mse_size_check_inverted",
         "mse_loss's size check is written with == instead of !=, so it raises ValueError for "
         "every valid pair and lets mismatched inputs through.",
         [[("!=", "inverted", "reversed", "same number", "equal size", "condition", "valid input")]],
         [(L_MSE_CHECK, L_MSE_CHECK.replace("!=", "=="))]),
    _bug("loss", "loss_mse_transposes_pred",
         "mse_loss fixes an (n, 1) y_pred by transposing it (.T) instead of flattening both inputs, "
         "so an (n, 1) y_true against an (n,) y_pred still broadcasts to (n, n) and 2-D inputs "
         "fail.",
         [[("flatten", "ravel", "broadcast", "(n, n)", "transpos")]],
         [(L_CONVERT,
           "    y_true = np.asarray(y_true, dtype=float)\n"
           "    y_pred = np.asarray(y_pred, dtype=float).T")]),
    _bug("loss", "loss_grad_np_resize",
         "mse_loss_gradient drops the size check and matches y_true to y_pred with "
         "np.resize(y_true, y_pred.shape), which silently repeats or cuts targets of another size "
         "instead of raising ValueError.",
         [[("valueerror", "resize", "different number", "mismatch", "element count")]],
         [(L_G_CHECK, ""),
          (L_G_RETURN, "    return 2.0 * (y_pred - np.resize(y_true, y_pred.shape)) / y_pred.size")]),
    _bug("loss", "loss_mse_first_column_only",
         "mse_loss turns a column into a vector with y_pred[:, 0], which for a 2-D y_pred keeps "
         "only its first column (so (2, 3) inputs are rejected).",
         [[("flatten", "ravel", "first column", "[:, 0]", "all elements", "every element")]],
         [("    y_pred = np.asarray(y_pred, dtype=float).ravel()",
           "    y_pred = np.asarray(y_pred, dtype=float)\n"
           "    if y_pred.ndim == 2:\n"
           "        y_pred = y_pred[:, 0]")]),
    _bug("loss", "loss_grad_divides_by_nonzero_count",
         "mse_loss_gradient divides by np.count_nonzero of the differences, the number of wrong "
         "predictions, instead of N, the number of elements.",
         [[("number of elements", "all elements", "y_pred.size", "element count", "count_nonzero",
            "non-zero", "nonzero")]],
         [(L_G_RETURN,
           "    diff = y_pred - y_true.reshape(y_pred.shape)\n"
           "    return 2.0 * diff / np.count_nonzero(diff)")]),
    _bug("loss", "loss_grad_parameters_swapped",
         "mse_loss_gradient is defined as mse_loss_gradient(y_pred, y_true), the parameters in the "
         "other order from the spec, so the gradient has the opposite sign and y_true's shape.",
         [[("argument order", "parameter order", "order of the", "signature", "swapped", "opposite sign", "sign flipped", "wrong sign")]],
         [("def mse_loss_gradient(y_true, y_pred):", "def mse_loss_gradient(y_pred, y_true):")]),
    _bug("loss", "loss_mse_int_for_float",
         "mse_loss returns int(np.mean(...)), an int() typed where float() was meant, so every "
         "loss below 1 becomes 0.",
         [[("float(", "int(", "truncat", "integer", "a float")]],
         [(L_MSE_RETURN, "    return int(np.mean((y_true - y_pred) ** 2))")]),
    _variant("loss", "var_loss_mse_variance_plus_mean_squared",
             "mse_loss as np.var(d) + np.mean(d) ** 2, the mean square split into variance and bias.",
             [(L_MSE_RETURN, "    d = y_true - y_pred\n    return float(np.var(d) + np.mean(d) ** 2)")]),
    _variant("loss", "var_loss_grad_minus_two",
             "mse_loss_gradient as -2 * (y_true - y_pred) / N.",
             [(L_G_RETURN, "    return -2.0 * (y_true.reshape(y_pred.shape) - y_pred) / y_pred.size")]),
    _variant("loss", "var_loss_mse_reshape_pred_to_true",
             "mse_loss reshapes y_pred to y_true's shape (after the checks) instead of flattening both.",
             [(L_CONVERT,
               "    y_true = np.asarray(y_true, dtype=float)\n"
               "    y_pred = np.asarray(y_pred, dtype=float)"),
              (L_MSE_RETURN, "    return float(np.mean((y_true - y_pred.reshape(y_true.shape)) ** 2))")]),
]

# ---------------------------------------------------------------------------- backprop

B_FF_O1 = '    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])\n    return float(o1)'
B_BP_O1 = '    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])\n\n    d_L_d_o1'
B_DH = (
    '    d_L_d_h1 = d_L_d_o1 * p["w5"] * d_o1\n'
    '    d_L_d_h2 = d_L_d_o1 * p["w6"] * d_o1'
)
B_SGD = (
    "    return {\n"
    "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
    "    }"
)
B_TRAIN_HEAD = "    params = dict(params)\n    losses = []"
B_TRAIN_LOOP = (
    "    for _ in range(epochs):\n"
    "        for x, y_true in zip(data, all_y_trues):\n"
    "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)"
)
B_APPEND = "        losses.append(float(sum(errors) / len(errors)))"

BACKPROP = [
    _bug("backprop", "bp_train_data_cast_to_int",
         "train converts the data with np.asarray(data, dtype=int), truncating samples that are "
         "not whole numbers.",
         [[("integer", "dtype=int", "int dtype", "truncat", "dtype", "float")]],
         [(B_TRAIN_HEAD, "    data = np.asarray(data, dtype=int)\n" + B_TRAIN_HEAD)]),
    _bug("backprop", "bp_train_steps_with_previous_gradients",
         "train takes each step with the gradients of the previous sample: it calls sgd_step "
         "before backprop (starting from zero gradients), so every update lags one sample behind.",
         [[("previous sample", "one sample behind", "lag", "order", "before sgd_step",
            "before the step", "current sample", "same sample", "stale")]],
         [(B_TRAIN_LOOP,
           "    grads = dict.fromkeys(PARAM_NAMES, 0.0)\n"
           "    for _ in range(epochs):\n"
           "        for x, y_true in zip(data, all_y_trues):\n"
           "            params = sgd_step(params, grads, learn_rate)\n"
           "            grads = backprop(params, x, y_true)")]),
    _bug("backprop", "bp_sgd_step_numpy_values",
         "sgd_step subtracts two NumPy arrays of the nine values and zips them back into a dict, "
         "so the new parameters are np.float64 instead of the Python floats the module promises.",
         [[("python float", "np.float64", "numpy float", "float(", "numpy scalar")]],
         [(B_SGD,
           "    new = np.array([params[n] for n in PARAM_NAMES]) - learn_rate * np.array(\n"
           "        [grads[n] for n in PARAM_NAMES]\n"
           "    )\n"
           "    return dict(zip(PARAM_NAMES, new))")]),
    _bug("backprop", "bp_dh1_through_w1",
         "backprop's path from o1 back to h1 multiplies by w1 (h1's own input weight) instead of "
         "w5, the weight that connects h1 to o1.",
         [[("w5 *", "through w5", "via w5", "by w5", "weight w5", "instead of w1", "p[\"w5\"]")]],
         [('    d_L_d_h1 = d_L_d_o1 * p["w5"] * d_o1', '    d_L_d_h1 = d_L_d_o1 * p["w1"] * d_o1')]),
    _bug("backprop", "bp_w5_times_input",
         "backprop's dL/dw5 multiplies by the input x[0] instead of h1, treating w5 like a "
         "first-layer weight.",
         [[("h1 *", "by h1", "times h1", "input h1", "h1, the", "hidden output", "instead of x[0]")]],
         [('        "w5": d_L_d_o1 * h1 * d_o1,', '        "w5": d_L_d_o1 * x[0] * d_o1,')]),
    _bug("backprop", "bp_train_early_stop",
         "train stops as soon as an epoch's loss falls below 0.01, so it can return fewer than "
         "epochs losses (and fewer updates) instead of running every epoch.",
         [[("early", "break", "stop", "every epoch", "all epochs", "epochs losses", "fewer")]],
         [(B_APPEND, B_APPEND + "\n        if losses[-1] < 0.01:\n            break")]),
    _bug("backprop", "bp_sgd_minus_for_times",
         "sgd_step writes params[name] - learn_rate - grads[name], a minus typed for the *, "
         "instead of params[name] - learn_rate * grads[name].",
         [[("learn_rate * grad", "learn_rate*grad", "multipl", "times")]],
         [(B_SGD, B_SGD.replace("learn_rate * grads", "learn_rate - grads"))]),
    _bug("backprop", "bp_feedforward_h1_weighted_twice",
         "feedforward's output neuron weighs h1 twice, w5 * h1 + w6 * h1 (a copy slip), so h2 "
         "never reaches o1.",
         [[("w6 * h2", "w6*h2", "h2 never", "h1 twice", "twice")]],
         [(B_FF_O1, B_FF_O1.replace('p["w6"] * h2', 'p["w6"] * h1'))]),
    _bug("backprop", "bp_b3_times_h1",
         "backprop's dL/db3 carries a factor h1, copied from the dL/dw5 line, as if b3 weighed h1.",
         [[("db3", "dl/db3", "b3's", "b3 derivative", "bias b3", "gradient of b3", "derivative of b3")]],
         [('        "b3": d_L_d_o1 * d_o1,', '        "b3": d_L_d_o1 * h1 * d_o1,')]),
    _bug("backprop", "bp_train_signature_epochs_first",
         "train is defined as train(data, all_y_trues, params, epochs=1000, learn_rate=0.1), the "
         "two keyword parameters in the other order from the spec, so positional calls mix them up.",
         [[("signature", "parameter order", "argument order", "order of the", "learn_rate before",
            "positional", "swapped")]],
         [("def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000):",
           "def train(data, all_y_trues, params, epochs=1000, learn_rate=0.1):")]),
    _variant("backprop", "var_bp_backprop_calls_feedforward",
             "backprop gets o1 from feedforward(params, x) after computing h1 and h2 itself.",
             [(B_BP_O1, "    o1 = feedforward(params, x)\n\n    d_L_d_o1")]),
    _variant("backprop", "var_bp_train_without_copy",
             "train does not copy params first; sgd_step returns new dicts, so the caller's is "
             "never changed.",
             [(B_TRAIN_HEAD, "    losses = []")]),
    _variant("backprop", "var_bp_output_delta",
             "backprop names the output delta d_L_d_o1 * s'(o1) once and multiplies it by w5 and w6.",
             [(B_DH,
               "    delta_o = d_L_d_o1 * d_o1\n"
               '    d_L_d_h1 = delta_o * p["w5"]\n'
               '    d_L_d_h2 = delta_o * p["w6"]')]),
]

# ---------------------------------------------------------------------------- mlp

M_A1 = "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)"
M_LOSS_RETURN = "        return float(np.mean((A2 - Y) ** 2))"
M_BACK_Y = "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n\n        dZ2"
M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)"
M_STEP = (
    "        for name in PARAM_NAMES:\n"
    "            param = getattr(self, name)\n"
    "            param -= self.lr * grads[name]"
)
M_FIT = (
    "        losses = np.empty(epochs)\n"
    "        for epoch in range(epochs):\n"
    "            losses[epoch] = self.loss(X, y)\n"
    "            self.step(self.backward(X, y))"
)
M_PREDICT = "        return (self.forward(X) >= 0.5).astype(int)"

MLP = [
    _bug("mlp", "mlp_predict_astype_truncates",
         "predict returns forward(X).astype(int), expecting astype to round, so every output "
         "below 1 is truncated to class 0.",
         [[(">= 0.5", "0.5", "threshold", "truncat")]],
         [(M_PREDICT, "        return self.forward(X).astype(int)")]),
    _bug("mlp", "mlp_dW2_uses_A2",
         "backward's W2 gradient is A2.T @ dZ2, the layer's own output, instead of A1.T @ dZ2, "
         "the input the weights multiply.",
         [[("a1.t", "a1", "hidden activation", "hidden output")]],
         [('            "W2": A1.T @ dZ2,', '            "W2": A2.T @ dZ2,')]),
    _bug("mlp", "mlp_step_multiplies",
         "step writes param *= self.lr * grad, a * typed for the -, so the parameters are scaled "
         "instead of moved against the gradient.",
         [[("-=", "subtract", "minus")]],
         [("            param -= self.lr * grads[name]", "            param *= self.lr * grads[name]")]),
    _bug("mlp", "mlp_loss_precedence_slip",
         "loss writes np.sum(...) / m * output_size without parentheses, dividing by m and then "
         "multiplying by output_size instead of dividing by m * output_size.",
         [[("parenthes", "m * output_size", "precedence", "all elements", "a2.size", "np.mean")]],
         [(M_LOSS_RETURN,
           "        m, output_size = A2.shape\n"
           "        return float(np.sum((A2 - Y) ** 2) / m * output_size)")]),
    _bug("mlp", "mlp_db1_not_summed",
         "backward returns dZ1 itself as b1's gradient, without summing it over the samples, so "
         "it has shape (m, hidden_size) instead of (1, hidden_size).",
         [[("sum over", "summed", "sum it", "axis=0", "over the samples", "keepdims", "(1, hidden")]],
         [('            "b1": dZ1.sum(axis=0, keepdims=True),', '            "b1": dZ1,')]),
    _bug("mlp", "mlp_step_zips_dict_keys",
         "step zips PARAM_NAMES with the grads dict itself, which iterates its keys, so each "
         "parameter is multiplied by a string instead of its gradient.",
         [[("grads[name]", "values", "keys", "dict")]],
         [(M_STEP,
           "        for name, grad in zip(PARAM_NAMES, grads):\n"
           "            param = getattr(self, name)\n"
           "            param -= self.lr * grad")]),
    _bug("mlp", "mlp_fit_steps_with_loss",
         "fit passes the loss to step, self.step(self.loss(X, y)), instead of the gradients from "
         "backward(X, y).",
         [[("backward", "gradient")]],
         [(M_FIT, M_FIT.replace("self.step(self.backward(X, y))", "self.step(self.loss(X, y))"))]),
    _bug("mlp", "mlp_forward_X_cast_to_int",
         "forward converts X with dtype=int, truncating real-valued features.",
         [[("integer", "dtype=int", "int dtype", "truncat", "dtype")]],
         [(M_A1, M_A1.replace("dtype=float", "dtype=int"))]),
    _bug("mlp", "mlp_dZ2_divides_by_m_squared",
         "backward divides by A2.shape[0] * A2.shape[0], m squared (the second shape[0] a slip for "
         "shape[1]), instead of N = m * output_size.",
         [[("m * output_size", "a2.size", "number of elements", "all elements", "shape[1]",
            "output_size")]],
         [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / (A2.shape[0] * A2.shape[0]) * A2 * (1.0 - A2)")]),
    _bug("mlp", "mlp_backward_Y_hidden_width",
         "backward reshapes y to (-1, self.W1.shape[1]), the hidden width (a slip for W2's "
         "output width), instead of A2's shape.",
         [[("a2.shape", "a2's shape", "output_size", "w2.shape", "reshape")]],
         [(M_BACK_Y, "        Y = np.asarray(y, dtype=float).reshape(-1, self.W1.shape[1])\n\n        dZ2")]),
    _variant("mlp", "var_mlp_forward_transposed_layout",
             "forward computes the hidden sums as (W1.T @ X.T).T + b1.",
             [(M_A1, "        A1 = _sigmoid((self.W1.T @ np.asarray(X, dtype=float).T).T + self.b1)")]),
    _variant("mlp", "var_mlp_step_instance_dict",
             "step subtracts in place through self.__dict__[name] -= lr * grad.",
             [(M_STEP, "        for name in PARAM_NAMES:\n            self.__dict__[name] -= self.lr * grads[name]")]),
    _variant("mlp", "var_mlp_fit_gradients_ahead",
             "fit computes the first gradients before the loop and each next one right after the step.",
             [(M_FIT,
               "        losses = np.empty(epochs)\n"
               "        grads = self.backward(X, y)\n"
               "        for epoch in range(epochs):\n"
               "            losses[epoch] = self.loss(X, y)\n"
               "            self.step(grads)\n"
               "            grads = self.backward(X, y)")]),
    _variant("mlp", "var_mlp_forward_loop_over_hidden_units",
             "forward builds the hidden layer column by column in a loop over the hidden units "
             "(each column vectorised over the samples).",
             [(M_A1,
               "        X = np.asarray(X, dtype=float)\n"
               "        A1 = np.column_stack(\n"
               "            [_sigmoid(X @ self.W1[:, j] + self.b1[0, j]) for j in range(self.W1.shape[1])]\n"
               "        )")]),
    _variant("mlp", "var_mlp_forward_bias_trick",
             "forward appends a column of ones to X and stacks b1 under W1.",
             [(M_A1,
               "        X = np.asarray(X, dtype=float)\n"
               "        X1 = np.hstack([X, np.ones((X.shape[0], 1))])\n"
               "        A1 = _sigmoid(X1 @ np.vstack([self.W1, self.b1]))")]),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
