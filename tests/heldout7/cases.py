"""A seventh held-out corpus of beginner mistakes, written blind.

Written from ``COURSE_SPEC.md``, the reference solutions, the stubs, the top-level
``README.md`` and ``tests/heldout/probe.py``; the case lists (names and ``did`` lines) of
heldout3 to heldout6 were read only to keep every bug here a different mistake from theirs.
No check, hint, mistake recogniser or other part of ``autograder/`` was opened, nor
``tests/corpus/``, ``tests/heldout/cases.py``, ``tests/heldout2/`` or the git history (see
``README.md`` beside this file).

The format is that of ``tests/heldout6/cases.py`` (``name``, ``module``, ``kind``,
``edits``, ``did``, ``names``), so ``tests/heldout/measure.py --cases`` grades it unchanged.
``edits`` are exact (old, new) replacements in ``solutions/<module>.py``. ``names`` lists
alternatives; each alternative is a list of keyword groups (a string, or a tuple of spellings),
and a hint names the mistake when, for some alternative, it holds one spelling of every group
(the rule of ``names_mistake`` in ``tests/heldout/measure.py``). The keywords were fixed when
each case was written, before the grader saw any of them.
"""


def _bug(module, name, did, names, edits):
    return {"name": name, "module": module, "kind": "bug", "edits": edits, "did": did, "names": names}


def _variant(module, name, did, edits):
    return {"name": name, "module": module, "kind": "variant", "edits": edits, "did": did, "names": None}


IN_PLACE = ("in place", "in-place", "modif", "changed", "overwr", "mutat")

# ---------------------------------------------------------------------------- gates

G_NUM = "    return int(z >= 0.5)"
G_ARR = "        return (z >= 0.5).astype(int)"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"
G_RET = "    return threshold(z)\n    ### END SOLUTION"
G_XOR_LAST = "    return perceptron(either, not_both, AND_WEIGHTS)"

GATES = [
    _bug("gates", "gates_threshold_round_for_numbers",
         "threshold rounds a number with int(round(z)), so 0.5 rounds (half to even) to 0 and 3 "
         "gives 3 instead of 1.",
         [[("round", ">= 0.5", "0 or 1", "0/1")]],
         [(G_NUM, "    return int(round(z))")]),
    _bug("gates", "gates_threshold_add_half_and_truncate",
         "threshold returns int(z + 0.5) for a number, a round-half-up trick that is only right for "
         "z between -0.5 and 1.5 (threshold(-3) gives -2).",
         [[("0 or 1", "0/1", ">= 0.5", "negative", "truncat")]],
         [(G_NUM, "    return int(z + 0.5)")]),
    _bug("gates", "gates_threshold_casts_array_to_int_first",
         "threshold casts an array z to int before comparing, (z.astype(int) >= 0.5), truncating "
         "0.7 to 0 so nothing between 0.5 and 1 fires.",
         [[("truncat", "astype(int) >=", "before compar", "cast", "dtype")]],
         [(G_ARR, "        return (z.astype(int) >= 0.5).astype(int)")]),
    _bug("gates", "gates_perceptron_w1_for_both_inputs",
         "perceptron multiplies both inputs by w1 (w1 * x1 + w1 * x2), a copy slip, so w2 is "
         "never used.",
         [[("w2",)]],
         [(G_Z, "    z = w0 + w1 * np.asarray(x1) + w1 * np.asarray(x2)")]),
    _bug("gates", "gates_perceptron_bias_subtracted",
         "perceptron subtracts w0 (z = -w0 + w1*x1 + w2*x2), reading the bias weight as a threshold "
         "to subtract, where the spec adds w0 times x0 = 1.",
         [[("w0", "bias"), ("sign", "subtract", "added", "add w0", "plus", "minus", "+ w0")]],
         [(G_Z, "    z = -w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)")]),
    _bug("gates", "gates_perceptron_returns_sum_too",
         "perceptron returns the pair (threshold(z), z), keeping the weighted sum for inspection, "
         "instead of the output alone.",
         [[("tuple", "pair", "two values", "only the output")]],
         [(G_RET, "    return threshold(z), z\n    ### END SOLUTION")]),
    _bug("gates", "gates_or_copied_from_and",
         "OR_WEIGHTS = (-0.5, 0.6, 0.6), AND's weights copied, so one input on does not fire and OR "
         "behaves as AND.",
         [[("or_weights", "at least one", "either input", "acts as and", "behaves as and",
            "like and", "same as and")]],
         [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (-0.5, 0.6, 0.6)")]),
    _bug("gates", "gates_nand_bias_too_small",
         "NAND_WEIGHTS = (1.0, -0.6, -0.6): the bias weight is too small, so one input on already "
         "drops below 0.5 and the gate behaves as NOR.",
         [[("nand",)]],
         [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (1.0, -0.6, -0.6)")]),
    _bug("gates", "gates_nor_bias_negative",
         "NOR_WEIGHTS = (-0.5, -0.6, -0.6): the bias weight written negative as in AND, so (0, 0) "
         "does not fire and NOR is always 0.",
         [[("nor_weights", "nor gate", "nor truth", "nor(", "(0, 0)", "both inputs off")]],
         [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (-0.5, -0.6, -0.6)")]),
    _bug("gates", "gates_xor_second_layer_nand",
         "xor feeds OR and NAND into a second-layer NAND instead of AND, which gives XNOR.",
         [[("second layer", "second-layer", "xnor", "final perceptron", "last perceptron", "an and ",
            "with and")]],
         [(G_XOR_LAST, "    return perceptron(either, not_both, NAND_WEIGHTS)")]),
    _bug("gates", "gates_xor_python_and",
         "xor combines the two hidden outputs with Python's `and` (either and not_both) instead of a "
         "second-layer AND perceptron: right for numbers, raises on arrays.",
         [[("array", "ambiguous", "element-wise", "elementwise", "python's and", "python and",
            "and operator")]],
         [(G_XOR_LAST, "    return either and not_both")]),
    _variant("gates", "var_gates_and_other_numbers",
             "AND_WEIGHTS = (-1.0, 0.8, 0.8), other numbers with AND's truth table.",
             [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-1.0, 0.8, 0.8)")]),
    _variant("gates", "var_gates_or_other_numbers",
             "OR_WEIGHTS = (0.1, 0.5, 0.5), other numbers with OR's truth table.",
             [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.1, 0.5, 0.5)")]),
    _variant("gates", "var_gates_nand_other_numbers",
             "NAND_WEIGHTS = (1.0, -0.3, -0.3), other numbers with NAND's truth table.",
             [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (1.0, -0.3, -0.3)")]),
    _variant("gates", "var_gates_threshold_greater_equal_ufunc",
             "threshold's array branch uses np.greater_equal(z, 0.5).astype(int).",
             [(G_ARR, "        return np.greater_equal(z, 0.5).astype(int)")]),
    _variant("gates", "var_gates_perceptron_indexed_weights",
             "perceptron indexes weights[0], weights[1], weights[2] instead of unpacking them.",
             [("    w0, w1, w2 = weights\n", ""),
              (G_Z, "    z = weights[0] + weights[1] * np.asarray(x1) + weights[2] * np.asarray(x2)")]),
    _variant("gates", "var_gates_xor_operands_reversed",
             "xor passes NAND's output first and OR's second to the symmetric second-layer AND.",
             [(G_XOR_LAST, "    return perceptron(not_both, either, AND_WEIGHTS)")]),
]

# ---------------------------------------------------------------------------- perceptron

P_CONVERT = "        X = np.asarray(X, dtype=float)\n        y = np.asarray(y, dtype=float)\n"
P_LOOPS = "        for _ in range(self.epochs):\n            for x_i, y_i in zip(X, y):\n"
P_LOOP = "            for x_i, y_i in zip(X, y):"
P_PREDICTION = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_UPDATE_LR = "                update = self.lr * (y_i - prediction)"
P_UPDATE = (
    P_UPDATE_LR + "\n"
    "                self.weights += update * x_i  # our own array: safe in place\n"
    "                self.bias = float(self.bias + update)"
)
P_BIAS_UPDATE = "                self.bias = float(self.bias + update)"
P_ZEROS = "        self.weights = np.zeros(X.shape[1])"
P_PREDICT_RET = "        return (z >= 0).astype(int)"

PERCEPTRON = [
    _bug("perceptron", "perceptron_fit_lists_not_converted",
         "fit uses X and y as given, without np.asarray, so X.shape fails for a list of lists.",
         [[("list", "asarray", "array-like", "np.array")]],
         [(P_CONVERT, "")]),
    _bug("perceptron", "perceptron_zip_names_swapped",
         "fit unpacks zip(X, y) as `for y_i, x_i in ...`, the names in the wrong order, so x_i is a "
         "label and x_i @ weights fails.",
         [[("swap", "order", "x_i, y_i", "unpack")]],
         [(P_LOOP, "            for y_i, x_i in zip(X, y):")]),
    _bug("perceptron", "perceptron_update_before_predict",
         "fit applies the update first and predicts the sample afterwards, so each update uses the "
         "previous sample's prediction (0 for the very first).",
         [[("order", "before the update", "before updating", "previous sample", "current sample",
            "stale", "predict first")]],
         [("        self.bias = 0.0\n", "        self.bias = 0.0\n        prediction = 0\n"),
          (P_PREDICTION + "\n" + P_UPDATE, P_UPDATE + "\n" + P_PREDICTION)]),
    _bug("perceptron", "perceptron_bias_one_element_array",
         "fit starts the bias as np.zeros(1) and adds to it with +=, so bias ends up a one-element "
         "array instead of a float.",
         [["bias", ("float", "array", "scalar", "number", "shape")]],
         [("        self.bias = 0.0\n", "        self.bias = np.zeros(1)\n"),
          (P_BIAS_UPDATE, "                self.bias += update")]),
    _bug("perceptron", "perceptron_bias_subtracted",
         "fit subtracts the update from the bias (bias - update) while adding it to the weights.",
         [["bias", ("sign", "subtract", "+=", "minus", "added", "add the", "adding")]],
         [(P_BIAS_UPDATE, "                self.bias = float(self.bias - update)")]),
    _bug("perceptron", "perceptron_update_squared_error",
         "fit squares the error, update = lr * (y_i - prediction) ** 2, which loses its sign so "
         "every mistake pushes the same way.",
         [[("square", "** 2", "**2", "sign", "direction")]],
         [(P_UPDATE_LR, "                update = self.lr * (y_i - prediction) ** 2")]),
    _bug("perceptron", "perceptron_update_mistake_indicator",
         "fit uses update = lr * (y_i != prediction), 1 for any mistake, losing whether the "
         "prediction was too high or too low.",
         [[("sign", "direction", "y_i - prediction", "y_i - y_pred", "negative", "too high")]],
         [(P_UPDATE_LR, "                update = self.lr * (y_i != prediction)")]),
    _bug("perceptron", "perceptron_two_features_hardcoded",
         "fit starts from np.zeros(2), the two features of the AND example hard-coded, instead of "
         "one weight per feature of X.",
         [[("n_features", "x.shape[1]", "number of features", "feature count", "hard-cod", "hardcod",
            "two features", "2 features")]],
         [(P_ZEROS, "        self.weights = np.zeros(2)")]),
    _bug("perceptron", "perceptron_one_epoch_too_many",
         "fit loops over range(self.epochs + 1), one pass more than asked.",
         [["epoch", ("one too many", "one extra", "one more", "+ 1", "off-by-one", "off by one",
                     "range(self.epochs)", "extra")]],
         [("        for _ in range(self.epochs):", "        for _ in range(self.epochs + 1):")]),
    _bug("perceptron", "perceptron_fit_normalises_X_in_place",
         "fit scales the features with X /= np.abs(X).max(), a tutorial's preprocessing, which "
         "changes the caller's float array and the learned weights.",
         [[IN_PLACE], [("normalis", "normaliz", "rescal", "scales the features", "scaling")]],
         [(P_CONVERT, P_CONVERT + "        X /= np.abs(X).max()  # scale the features to [-1, 1]\n")]),
    _bug("perceptron", "perceptron_label_shadows_y",
         "fit's loop names the label y (for x_i, y in zip(X, y)), rebinding y to the last label, so "
         "the second epoch's zip fails.",
         [[("shadow", "rebind", "overwrit", "y_i", "loop variable", "same name")]],
         [(P_LOOP + "\n" + P_PREDICTION + "\n" + P_UPDATE_LR,
           "            for x_i, y in zip(X, y):\n" + P_PREDICTION + "\n"
           "                update = self.lr * (y - prediction)")]),
    _bug("perceptron", "perceptron_loops_nested_the_other_way",
         "fit nests the loops the other way round: for each sample, epochs updates on that sample, "
         "instead of epochs passes over all the samples.",
         [[("nest", "loop order", "order of the loops", "each epoch", "every epoch", "pass over",
            "outer loop", "inner loop")]],
         [(P_LOOPS, "        for x_i, y_i in zip(X, y):\n            for _ in range(self.epochs):\n")]),
    _variant("perceptron", "var_perceptron_full_of_zeros",
             "fit starts the weights with np.full(X.shape[1], 0.0).",
             [(P_ZEROS, "        self.weights = np.full(X.shape[1], 0.0)")]),
    _variant("perceptron", "var_perceptron_index_loop",
             "fit loops over range(len(X)) and indexes X[i], y[i].",
             [(P_LOOP, "            for i in range(len(X)):\n                x_i, y_i = X[i], y[i]")]),
    _variant("perceptron", "var_perceptron_predict_where",
             "predict returns np.where(z >= 0, 1, 0), an integer array.",
             [(P_PREDICT_RET, "        return np.where(z >= 0, 1, 0)")]),
    _variant("perceptron", "var_perceptron_bias_plus_equals",
             "fit adds to the bias with self.bias += float(update).",
             [(P_BIAS_UPDATE, "                self.bias += float(update)")]),
    _variant("perceptron", "var_perceptron_np_dot_prediction",
             "fit predicts with int(np.dot(x_i, weights) + bias >= 0).",
             [(P_PREDICTION, "                prediction = int(np.dot(x_i, self.weights) + self.bias >= 0)")]),
]

# ---------------------------------------------------------------------------- activations

A_SIG_CONVERT = "    z = np.asarray(z, dtype=float)\n    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
A_SIG_E = "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow"
A_SIGMOID = A_SIG_CONVERT + "    return np.where(z >= 0, 1.0, e) / (1.0 + e)"
A_SIG_DERIV = "    s = sigmoid(z)\n    return s * (1.0 - s)"
A_TANH_DERIV = "    return 1.0 - tanh(z) ** 2"
A_RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)"
A_RELU_DERIV = "    return (np.asarray(z) > 0).astype(float)"
A_LEAKY = "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)"
A_LEAKY_DERIV = "    return np.where(z > 0, 1.0, alpha)"
A_SOFT_EXPS = "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))"
A_SOFT_RETURN = "    return exps / np.sum(exps, axis=-1, keepdims=True)"

ACTIVATIONS = [
    _bug("activations", "act_sigmoid_list_not_converted",
         "sigmoid works on z as given, without np.asarray, so a Python list fails at z >= 0.",
         [[("list", "asarray", "array-like")]],
         [(A_SIG_CONVERT, A_SIG_E + "\n")]),
    _bug("activations", "act_sigmoid_stable_form_without_abs",
         "sigmoid keeps the two-branch stable form but computes e = exp(-z) without the absolute "
         "value, so the z < 0 branch is wrong and overflows at -1000.",
         [[("abs", "|z|", "overflow", "negative z", "z < 0", "1000")]],
         [(A_SIG_E, "    e = np.exp(-z)")]),
    _bug("activations", "act_sigmoid_derivative_plus",
         "sigmoid_derivative returns s * (1 + s), a plus typed for the minus.",
         [[("1 - s", "1 - sigmoid", "1-sigmoid", "minus", "sign")]],
         [(A_SIG_DERIV, "    s = sigmoid(z)\n    return s * (1.0 + s)")]),
    _bug("activations", "act_tanh_derivative_square_inside",
         "tanh_derivative returns 1 - tanh(z ** 2), squaring z inside the tanh instead of squaring "
         "tanh(z).",
         [[("parenthes", "tanh(z) ** 2", "tanh(z)**2", "square of tanh", "tanh squared", "outside")]],
         [(A_TANH_DERIV, "    return 1.0 - tanh(z ** 2)")]),
    _bug("activations", "act_tanh_derivative_forgets_one_minus",
         "tanh_derivative returns tanh(z) ** 2, forgetting the 1 - in front.",
         [[("1 - tanh", "1-tanh", "one minus")]],
         [(A_TANH_DERIV, "    return tanh(z) ** 2")]),
    _bug("activations", "act_relu_derivative_is_relu",
         "relu_derivative returns np.maximum(z, 0), ReLU itself, instead of its slope 1 or 0.",
         [[("relu(z) itself", "function itself", "relu itself", "instead of the slope", "0 or 1",
            "1 where", "1.0 where")]],
         [(A_RELU_DERIV, A_RELU)]),
    _bug("activations", "act_leaky_relu_sign_slip",
         "leaky_relu subtracts alpha * min(z, 0) instead of adding it, so negative inputs come out "
         "positive.",
         [[("sign", "alpha * z", "alpha*z", "negative", "minus")]],
         [(A_LEAKY, "    return np.maximum(z, 0.0) - alpha * np.minimum(z, 0.0)")]),
    _bug("activations", "act_leaky_derivative_zero_on_left",
         "leaky_relu_derivative returns 0 where z <= 0, copied from relu_derivative, instead of alpha.",
         [["alpha", ("z <= 0", "negative", "left", "0 instead", "zero", "not 0")]],
         [(A_LEAKY_DERIV, "    return np.where(z > 0, 1.0, 0.0)")]),
    _bug("activations", "act_relu_derivative_half_at_zero",
         "relu_derivative returns np.heaviside(z, 0.5), the slope 0.5 at exactly z = 0, where the "
         "spec gives 0 (1 only where z > 0).",
         [[("z = 0", "z == 0", "at zero", "at 0", "exactly 0", "heaviside", "0.5")]],
         [(A_RELU_DERIV, "    return np.heaviside(np.asarray(z, dtype=float), 0.5)")]),
    _bug("activations", "act_softmax_divides_exp_by_exp_max",
         "softmax computes np.exp(z) / np.exp(max) instead of np.exp(z - max): equal on paper, but "
         "exp(1000) overflows to inf / inf.",
         [[("overflow", "exp(z -", "exp(z-", "nan", "1000", "stab")]],
         [(A_SOFT_EXPS, "    exps = np.exp(z) / np.exp(np.max(z, axis=-1, keepdims=True))")]),
    _bug("activations", "act_softmax_not_normalised",
         "softmax returns the shifted exponentials without dividing by their sum.",
         [[("sum to 1", "sums to 1", "normalis", "normaliz", "divide", "sum of the exp")]],
         [(A_SOFT_RETURN, "    return exps")]),
    _bug("activations", "act_softmax_divides_by_sum_of_scores",
         "softmax divides the exponentials by the sum of the scores z instead of the sum of the "
         "exponentials (the wrong variable).",
         [[("sum of the exp", "sum of exp", "np.sum(exps", "exps.sum", "sum to 1", "sums to 1")]],
         [(A_SOFT_RETURN, "    return exps / np.sum(z, axis=-1, keepdims=True)")]),
    _variant("activations", "var_act_sigmoid_logaddexp",
             "sigmoid as exp(-logaddexp(0, -z)), stable without a branch.",
             [(A_SIGMOID, "    z = np.asarray(z, dtype=float)\n    return np.exp(-np.logaddexp(0.0, -z))")]),
    _variant("activations", "var_act_sigmoid_derivative_mirror",
             "sigmoid_derivative as sigmoid(z) * sigmoid(-z), the same product without 1 - s.",
             [(A_SIG_DERIV, "    z = np.asarray(z, dtype=float)\n    return sigmoid(z) * sigmoid(-z)")]),
    _variant("activations", "var_act_tanh_derivative_factored",
             "tanh_derivative as (1 - t) * (1 + t) with t = tanh(z).",
             [(A_TANH_DERIV, "    t = tanh(z)\n    return (1.0 - t) * (1.0 + t)")]),
    _variant("activations", "var_act_relu_abs_form",
             "relu as (z + |z|) / 2 on a float copy.",
             [(A_RELU, "    z = np.asarray(z, dtype=float)\n    return (z + np.abs(z)) / 2.0")]),
    _variant("activations", "var_act_relu_derivative_from_relu",
             "relu_derivative as (relu(z) > 0) turned into floats.",
             [(A_RELU_DERIV, "    return (relu(z) > 0).astype(float)")]),
    _variant("activations", "var_act_leaky_derivative_masks",
             "leaky_relu_derivative adds the two masks: (z > 0) * 1.0 + alpha * (z <= 0).",
             [(A_LEAKY_DERIV, "    return (z > 0) * 1.0 + alpha * (z <= 0)")]),
    _variant("activations", "var_act_softmax_log_sum_exp",
             "softmax as exp(shifted - log(sum(exp(shifted)))), the log-sum-exp form carried through.",
             [(A_SOFT_EXPS + "\n" + A_SOFT_RETURN,
               "    shifted = z - np.max(z, axis=-1, keepdims=True)\n"
               "    return np.exp(shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True)))")]),
]

# ---------------------------------------------------------------------------- neuron

N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias"
N_TINY_INIT = (
    "        self.h1 = Neuron(weights, bias)\n"
    "        self.h2 = Neuron(weights, bias)\n"
    "        self.o1 = Neuron(weights, bias)"
)
N_LAYER_SUM = "        total = sum(x * w for x, w in zip(inputs, neuron_weights))"
N_LAYER = (
    "    outputs = []\n"
    "    for neuron_weights, bias in zip(weights, biases):\n"
    + N_LAYER_SUM + "\n"
    "        outputs.append(total + bias)\n"
    "    return outputs"
)
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"

NEURON = [
    _bug("neuron", "neuron_feedforward_mean_not_sum",
         "Neuron.feedforward averages the weighted inputs, np.mean(weights * inputs), instead of "
         "summing them.",
         [[("mean", "average", "divides by the number")]],
         [(N_TOTAL, "        total = np.mean(self.weights * inputs) + self.bias")]),
    _bug("neuron", "neuron_feedforward_bias_multiplied",
         "Neuron.feedforward multiplies the weighted sum by the bias instead of adding it.",
         [["bias", ("added", "add the", "plus", "multipl", "times")]],
         [(N_TOTAL, "        total = np.dot(self.weights, inputs) * self.bias")]),
    _bug("neuron", "neuron_feedforward_adds_weights_to_inputs",
         "Neuron.feedforward sums weights + inputs instead of the products weights * inputs.",
         [[("multipl", "product", "times", "dot", "w * x", "w*x")]],
         [(N_TOTAL, "        total = np.sum(self.weights + inputs) + self.bias")]),
    _bug("neuron", "neuron_tiny_o1_hardcoded_weights",
         "TinyNetwork builds o1 with the example's weights [0, 1] typed in, instead of the weights "
         "it was given.",
         [[("same weights", "shared weights", "hard-cod", "hardcod", "[0, 1]", "o1's weights",
            "weights of o1", "weights given")]],
         [("        self.o1 = Neuron(weights, bias)", "        self.o1 = Neuron([0, 1], bias)")]),
    _bug("neuron", "neuron_tiny_neuron_arguments_swapped",
         "TinyNetwork builds its neurons with Neuron(bias, weights), the arguments in the wrong order.",
         [[("order", "swap", "argument", "neuron(weights, bias)")]],
         [(N_TINY_INIT, N_TINY_INIT.replace("Neuron(weights, bias)", "Neuron(bias, weights)"))]),
    _bug("neuron", "neuron_layer_bias_twice",
         "layer_output starts Python's sum at the bias and then adds the bias again.",
         [["bias", ("twice", "once", "double", "two times")]],
         [(N_LAYER_SUM, "        total = sum((x * w for x, w in zip(inputs, neuron_weights)), bias)")]),
    _bug("neuron", "neuron_layer_concatenates_biases",
         "layer_output collects the weighted sums and returns outputs + biases, which joins the two "
         "lists instead of adding them element by element.",
         [[("concaten", "element-wise", "elementwise", "element by element", "joins", "extend",
            "length")]],
         [(N_LAYER,
           "    outputs = []\n"
           "    for neuron_weights in weights:\n"
           + N_LAYER_SUM + "\n"
           "        outputs.append(total)\n"
           "    return outputs + biases")]),
    _bug("neuron", "neuron_layer_first_neuron_weights_everywhere",
         "layer_output multiplies the inputs by weights[0] for every neuron instead of each neuron's "
         "own row.",
         [[("weights[j]", "each neuron's", "own weights", "own row", "weights[0]", "same weights")]],
         [(N_LAYER_SUM, "        total = sum(x * w for x, w in zip(inputs, weights[0]))")]),
    _bug("neuron", "neuron_count_skips_input_layer",
         "count_parameters pairs zip(sizes[1:], sizes[2:]), starting from the first hidden layer, so "
         "the input layer's weights and the first biases are not counted.",
         [[("input layer", "first layer", "first pair", "zip(sizes, sizes[1:])", "adjacent",
            "consecutive")]],
         [(N_COUNT, "    return sum(a * b + b for a, b in zip(sizes[1:], sizes[2:]))")]),
    _bug("neuron", "neuron_count_no_output_biases",
         "count_parameters counts the biases of the hidden layers only, sum(sizes[1:-1]), leaving out "
         "the output layer's.",
         [["bias", ("output layer", "last layer", "output neurons", "sizes[1:]")]],
         [(N_COUNT, "    return sum(a * b for a, b in zip(sizes, sizes[1:])) + sum(sizes[1:-1])")]),
    _bug("neuron", "neuron_count_empty_list_index_error",
         "count_parameters starts from previous = sizes[0], so an empty list raises IndexError "
         "instead of giving 0.",
         [[("empty", "no layer", "indexerror", "sizes[0]", "[]")]],
         [(N_COUNT,
           "    total = 0\n"
           "    previous = sizes[0]\n"
           "    for width in sizes[1:]:\n"
           "        total += previous * width + width\n"
           "        previous = width\n"
           "    return total")]),
    _bug("neuron", "neuron_count_counts_neurons",
         "count_parameters returns sum(layer_sizes), the number of neurons, instead of the weights "
         "plus biases.",
         [[("neurons", "units", "widths", "sum of the layer sizes")]],
         [(N_COUNT, "    return sum(sizes)")]),
    _variant("neuron", "var_neuron_feedforward_matmul",
             "Neuron.feedforward with weights @ np.asarray(inputs, dtype=float).",
             [(N_TOTAL, "        total = self.weights @ np.asarray(inputs, dtype=float) + self.bias")]),
    _variant("neuron", "var_neuron_tiny_hidden_array",
             "TinyNetwork.feedforward collects the hidden outputs in a NumPy array.",
             [("        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]",
               "        hidden = np.array([self.h1.feedforward(x), self.h2.feedforward(x)])")]),
    _variant("neuron", "var_neuron_layer_index_loops",
             "layer_output with two index loops, starting each neuron's total at its bias.",
             [(N_LAYER,
               "    outputs = []\n"
               "    for j in range(len(weights)):\n"
               "        total = biases[j]\n"
               "        for i in range(len(inputs)):\n"
               "            total += inputs[i] * weights[j][i]\n"
               "        outputs.append(total)\n"
               "    return outputs")]),
    _variant("neuron", "var_neuron_count_factored",
             "count_parameters adds (a + 1) * b for each pair of adjacent layers in a loop.",
             [(N_COUNT,
               "    total = 0\n"
               "    for a, b in zip(sizes[:-1], sizes[1:]):\n"
               "        total += (a + 1) * b\n"
               "    return total")]),
]

# ---------------------------------------------------------------------------- loss

L_RAVEL = (
    "    y_true = np.asarray(y_true, dtype=float).ravel()\n"
    "    y_pred = np.asarray(y_pred, dtype=float).ravel()"
)
L_MSE = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"
L_CHECK = (
    "    if y_true.size != y_pred.size:\n"
    "        raise ValueError(\n"
    "            f\"mse_loss: y_true has {y_true.size} values but y_pred has \"\n"
    "            f\"{y_pred.size}; they must hold the same number of elements\"\n"
    "        )"
)
L_GRAD_CHECK = "    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss_gradient:"
L_GRAD_CONVERT = "    y_pred = np.asarray(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)\n"
L_GRAD_EMPTY = "    if y_pred.size == 0:\n        raise ValueError(\"mse_loss_gradient: the inputs are empty\")\n"

LOSS = [
    _bug("loss", "loss_mse_difference_of_squares",
         "mse_loss averages y_true ** 2 - y_pred ** 2, the difference of the squares, instead of "
         "the square of the difference.",
         [[("(y_true - y_pred) ** 2", "(y_true-y_pred)**2", "square of the difference",
            "squared difference", "difference of squares", "difference of the squares",
            "before squaring")]],
         [(L_MSE, "    return float(np.mean(y_true ** 2 - y_pred ** 2))")]),
    _bug("loss", "loss_mse_divides_before_squaring",
         "mse_loss divides the differences by N before squaring and sums, which is the MSE divided "
         "by N once more.",
         [[("order", "before squaring", "after squaring", "n ** 2", "n**2", "square of n",
            "mean of the squares")]],
         [(L_MSE, "    return float(np.sum(((y_true - y_pred) / y_true.size) ** 2))")]),
    _bug("loss", "loss_mse_prints_instead_of_raising",
         "mse_loss prints a message and returns None when the element counts differ, instead of "
         "raising ValueError.",
         [[("valueerror", "raise")]],
         [(L_CHECK,
           "    if y_true.size != y_pred.size:\n"
           "        print(\"mse_loss: y_true and y_pred hold different numbers of elements\")\n"
           "        return None")]),
    _bug("loss", "loss_mse_ravel_after_subtracting",
         "mse_loss subtracts the arrays as given and ravels the difference afterwards, so (n,) "
         "against (n, 1) has already broadcast to (n, n).",
         [[("broadcast", "(n, n)", "ravel", "flatten", "(n, 1)")]],
         [(L_RAVEL,
           "    y_true = np.asarray(y_true, dtype=float)\n"
           "    y_pred = np.asarray(y_pred, dtype=float)"),
          (L_MSE, "    return float(np.mean(((y_true - y_pred) ** 2).ravel()))")]),
    _bug("loss", "loss_mse_clips_predictions",
         "mse_loss clips y_pred into [0, 1] first, as if every prediction were a probability.",
         [[("clip",)]],
         [(L_MSE, "    y_pred = np.clip(y_pred, 0.0, 1.0)\n" + L_MSE)]),
    _bug("loss", "loss_grad_len_check",
         "mse_loss_gradient compares len(y_true) with len(y_pred) instead of the element counts, so "
         "a number (no len) raises TypeError.",
         [[("len(", "number of elements", ".size", "element count", "0-d", "a number", "scalar")]],
         [(L_GRAD_CHECK,
           "    if len(y_true) != len(y_pred):\n        raise ValueError(\n            f\"mse_loss_gradient:")]),
    _bug("loss", "loss_grad_y_true_not_converted",
         "mse_loss_gradient converts y_pred with np.asarray but not y_true, so a list of targets "
         "fails at y_true.size.",
         [[("list", "asarray", "array-like", "convert")]],
         [(L_GRAD_CONVERT, "    y_pred = np.asarray(y_pred, dtype=float)\n")]),
    _bug("loss", "loss_grad_empty_not_rejected",
         "mse_loss_gradient has no check for empty inputs and returns an empty array instead of "
         "raising ValueError.",
         [[("empty", "no element", "zero elements")]],
         [(L_GRAD_EMPTY, "")]),
    _bug("loss", "loss_grad_divides_by_2N",
         "mse_loss_gradient divides the difference by 2 * N instead of multiplying it by 2 / N.",
         [[("factor", "2 / n", "2/n", "2 *", "multipl", "times 2", "twice")]],
         [(L_GRAD, "    return (y_pred - y_true.reshape(y_pred.shape)) / (2.0 * y_pred.size)")]),
    _bug("loss", "loss_grad_multiplies_by_N",
         "mse_loss_gradient multiplies by N instead of dividing by it.",
         [[("divide", "/ n", "multipl")]],
         [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) * y_pred.size")]),
    _bug("loss", "loss_grad_sign_of_difference",
         "mse_loss_gradient uses np.sign of the difference, the gradient of the mean absolute error, "
         "instead of the difference itself.",
         [[("sign", "absolute", "mae", "magnitude")]],
         [(L_GRAD, "    return 2.0 * np.sign(y_pred - y_true.reshape(y_pred.shape)) / y_pred.size")]),
    _variant("loss", "var_loss_mse_power",
             "mse_loss squares with np.power(diff, 2).",
             [(L_MSE, "    return float(np.mean(np.power(y_true - y_pred, 2)))")]),
    _variant("loss", "var_loss_mse_python_sum",
             "mse_loss adds diff * diff with Python's sum and divides by len of the flat array.",
             [(L_MSE, "    d = y_true - y_pred\n    return float(sum(d * d) / len(d))")]),
    _variant("loss", "var_loss_grad_subtract_ufunc",
             "mse_loss_gradient with np.subtract, scaled by 2 / N computed first.",
             [(L_GRAD, "    return np.subtract(y_pred, y_true.reshape(y_pred.shape)) * (2.0 / y_pred.size)")]),
    _variant("loss", "var_loss_grad_negated_difference",
             "mse_loss_gradient written as -2 * (y_true - y_pred) / N.",
             [(L_GRAD, "    return -2.0 * (y_true.reshape(y_pred.shape) - y_pred) / y_pred.size")]),
]

# ---------------------------------------------------------------------------- backprop

B_FF = (
    "    p = params\n"
    "    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
    "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
    "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
    "    return float(o1)"
)
B_FF_O1 = "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return float(o1)"
B_RETURN = "    return {name: float(grads[name]) for name in PARAM_NAMES}"
B_SGD = "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES"
B_SGD_ALL = "    return {\n" + B_SGD + "\n    }"
B_TRAIN = (
    "    params = dict(params)\n"
    "    losses = []\n"
    "    for _ in range(epochs):\n"
    "        for x, y_true in zip(data, all_y_trues):\n"
    "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
    "        predictions = [feedforward(params, x) for x in data]\n"
    "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
    "        losses.append(float(sum(errors) / len(errors)))\n"
    "    return params, losses"
)
B_STEP = "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)"
B_SAMPLES = "        for x, y_true in zip(data, all_y_trues):\n" + B_STEP

BACKPROP = [
    _bug("backprop", "bp_feedforward_output_ignores_w5_w6",
         "feedforward's output neuron adds the hidden outputs as they are, sigmoid(h1 + h2 + b3), "
         "without the weights w5 and w6.",
         [[("w5", "w6")]],
         [(B_FF_O1, "    o1 = _sigmoid(h1 + h2 + p[\"b3\"])\n    return float(o1)")]),
    _bug("backprop", "bp_w6_times_own_weight",
         "backprop's dL/dw6 multiplies by w6, the weight itself, instead of its input h2.",
         [["w6", ("h2", "input")]],
         [("        \"w6\": d_L_d_o1 * h2 * d_o1,", "        \"w6\": d_L_d_o1 * p[\"w6\"] * d_o1,")]),
    _bug("backprop", "bp_path_to_h1_uses_h1_slope",
         "backprop's dL/dh1 goes through w5 with h1's slope d_h1 instead of the output's slope d_o1, "
         "so the w1, w2, b1 derivatives carry h1's slope twice.",
         [[("o1 * (1 - o1)", "o1*(1-o1)", "output slope", "slope of o1", "d_o1", "output's slope",
            "output sigmoid")]],
         [("    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1", "    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_h1")]),
    _bug("backprop", "bp_backprop_returns_loss_too",
         "backprop returns the pair (grads, loss) instead of the dict of derivatives alone.",
         [[("tuple", "pair", "only the gradients", "loss too", "just the dict")]],
         [(B_RETURN, B_RETURN + ", (y_true - o1) ** 2")]),
    _bug("backprop", "bp_backprop_weights_only",
         "backprop returns only the six weight derivatives, leaving out b1, b2 and b3.",
         [[("bias", "b1", "b2", "b3", "nine", "missing")]],
         [(B_RETURN, "    return {name: float(grads[name]) for name in PARAM_NAMES if name.startswith(\"w\")}")]),
    _bug("backprop", "bp_sgd_step_uses_params_as_gradient",
         "sgd_step subtracts learn_rate * params[name] (a copy slip) instead of learn_rate * grads[name].",
         [[("grads",)]],
         [(B_SGD, "        name: float(params[name] - learn_rate * params[name]) for name in PARAM_NAMES")]),
    _bug("backprop", "bp_train_hardcoded_learn_rate",
         "train calls sgd_step with 0.1 typed in instead of its learn_rate argument.",
         [[("learn_rate", "learning rate")]],
         [(B_STEP, "            params = sgd_step(params, backprop(params, x, y_true), 0.1)")]),
    _bug("backprop", "bp_train_returns_start_params",
         "train keeps its running parameters in `trained` but returns `params`, the starting point "
         "it was given.",
         [[("start", "trained", "original", "unchanged", "initial")]],
         [(B_TRAIN,
           "    trained = dict(params)\n"
           "    losses = []\n"
           "    for _ in range(epochs):\n"
           "        for x, y_true in zip(data, all_y_trues):\n"
           "            trained = sgd_step(trained, backprop(trained, x, y_true), learn_rate)\n"
           "        predictions = [feedforward(trained, x) for x in data]\n"
           "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
           "        losses.append(float(sum(errors) / len(errors)))\n"
           "    return params, losses")]),
    _bug("backprop", "bp_train_returns_array",
         "train returns its losses as np.array(losses) where the module docstring promises a list "
         "of floats.",
         [[("list",)]],
         [("    return params, losses\n", "    return params, np.array(losses)\n")]),
    _bug("backprop", "bp_train_loss_every_tenth_epoch",
         "train records the loss only when epoch % 10 == 0, as the lesson printed it, instead of "
         "after every epoch.",
         [["epoch", ("every epoch", "each epoch", "% 10", "tenth", "one per epoch", "length",
                     "number of losses")]],
         [("    for _ in range(epochs):\n" + B_SAMPLES + "\n"
           "        predictions = [feedforward(params, x) for x in data]\n"
           "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
           "        losses.append(float(sum(errors) / len(errors)))",
           "    for epoch in range(epochs):\n" + B_SAMPLES + "\n"
           "        if epoch % 10 == 0:\n"
           "            predictions = [feedforward(params, x) for x in data]\n"
           "            errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
           "            losses.append(float(sum(errors) / len(errors)))")]),
    _bug("backprop", "bp_train_one_step_per_epoch",
         "train adds up the epoch's gradients over all samples and takes one sgd_step per epoch "
         "(batch descent) instead of one step per sample.",
         [[("one sample at a time", "each sample", "every sample", "per sample", "stochastic", "batch")]],
         [(B_SAMPLES,
           "        total = dict.fromkeys(PARAM_NAMES, 0.0)\n"
           "        for x, y_true in zip(data, all_y_trues):\n"
           "            grads = backprop(params, x, y_true)\n"
           "            total = {name: total[name] + grads[name] for name in PARAM_NAMES}\n"
           "        params = sgd_step(params, total, learn_rate)")]),
    _variant("backprop", "var_bp_dL_do1_reversed",
             "backprop writes dL/do1 as 2 * (o1 - y_true).",
             [("    d_L_d_o1 = -2.0 * (y_true - o1)", "    d_L_d_o1 = 2.0 * (o1 - y_true)")]),
    _variant("backprop", "var_bp_feedforward_dots",
             "feedforward computes each neuron's sum with np.dot of its two weights and its inputs.",
             [(B_FF,
               "    p = params\n"
               "    h1 = _sigmoid(np.dot([p[\"w1\"], p[\"w2\"]], x) + p[\"b1\"])\n"
               "    h2 = _sigmoid(np.dot([p[\"w3\"], p[\"w4\"]], x) + p[\"b2\"])\n"
               "    o1 = _sigmoid(np.dot([p[\"w5\"], p[\"w6\"]], [h1, h2]) + p[\"b3\"])\n"
               "    return float(o1)")]),
    _variant("backprop", "var_bp_sgd_step_loop",
             "sgd_step fills a new dict in a loop over PARAM_NAMES.",
             [(B_SGD_ALL,
               "    new_params = {}\n"
               "    for name in PARAM_NAMES:\n"
               "        new_params[name] = float(params[name] - learn_rate * grads[name])\n"
               "    return new_params")]),
    _variant("backprop", "var_bp_train_index_loop",
             "train visits the samples with an index loop over range(len(data)).",
             [(B_SAMPLES,
               "        for i in range(len(data)):\n"
               "            params = sgd_step(params, backprop(params, data[i], all_y_trues[i]), learn_rate)")]),
    _variant("backprop", "var_bp_train_loss_np_mean",
             "train records float(np.mean(errors)).",
             [("        losses.append(float(sum(errors) / len(errors)))",
               "        losses.append(float(np.mean(errors)))")]),
]

# ---------------------------------------------------------------------------- mlp

M_A1 = "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)"
M_FORWARD = M_A1 + "\n        return _sigmoid(A1 @ self.W2 + self.b2)"
M_LOSS = "        return float(np.mean((A2 - Y) ** 2))"
M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)"
M_DZ1 = "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)"
M_STEP = (
    "        for name in PARAM_NAMES:\n"
    "            param = getattr(self, name)\n"
    "            param -= self.lr * grads[name]"
)
M_FIT_LOOP = (
    "        losses = np.empty(epochs)\n"
    "        for epoch in range(epochs):\n"
    "            losses[epoch] = self.loss(X, y)\n"
    "            self.step(self.backward(X, y))"
)
M_PREDICT = "        return (self.forward(X) >= 0.5).astype(int)"

MLP = [
    _bug("mlp", "mlp_forward_no_hidden_sigmoid",
         "forward leaves the hidden layer linear, A1 = X @ W1 + b1, with the sigmoid only on the output.",
         [["hidden", ("sigmoid", "activation")]],
         [(M_A1, "        A1 = np.asarray(X, dtype=float) @ self.W1 + self.b1")]),
    _bug("mlp", "mlp_loss_cross_entropy",
         "loss computes the binary cross-entropy, a classification habit, instead of the mean "
         "squared error the spec defines.",
         [[("cross-entropy", "cross entropy", "np.log", "squared error", "mse", "(a2 - y) ** 2")]],
         [(M_LOSS, "        return float(-np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)))")]),
    _bug("mlp", "mlp_backward_N_from_X_size",
         "backward scales dZ2 by 2 / X.size (m * input_size) instead of 2 / A2.size (m * output_size).",
         [[("m * output_size", "output_size", "a2.size", "number of outputs", "number of elements")]],
         [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / X.size * A2 * (1.0 - A2)")]),
    _bug("mlp", "mlp_backward_dZ1_elementwise_W2",
         "backward multiplies dZ2 * W2.T element-wise instead of the matrix product dZ2 @ W2.T, "
         "which broadcasts to the right values for one output and fails for more.",
         [[("matrix product", "matrix multipl", "matmul", "np.dot", "element-wise", "elementwise",
            "dz2 @")]],
         [(M_DZ1, "        dZ1 = (dZ2 * self.W2.T) * A1 * (1.0 - A1)")]),
    _bug("mlp", "mlp_backward_dZ1_through_W1",
         "backward passes the gradient back with dZ2 @ W1.T, the wrong weight matrix (a copy slip), "
         "instead of W2.T.",
         [[("w2.t", "w2", "shape")]],
         [(M_DZ1, "        dZ1 = (dZ2 @ self.W1.T) * A1 * (1.0 - A1)")]),
    _bug("mlp", "mlp_backward_W2_divided_by_m_again",
         "backward divides W2's gradient by m once more, though dZ2 already carries the 1 / N of the mean.",
         [[("twice", "again", "already", "extra", "/ m", "1/m")]],
         [("            \"W2\": A1.T @ dZ2,", "            \"W2\": A1.T @ dZ2 / X.shape[0],")]),
    _bug("mlp", "mlp_step_zip_order_mismatch",
         "step zips (W1, W2, b1, b2) with grads.values(), whose order is W1, b1, W2, b2, so the "
         "gradients meet the wrong parameters.",
         [[("order", "key", "by name", "grads[", "match")]],
         [(M_STEP,
           "        for param, grad in zip((self.W1, self.W2, self.b1, self.b2), grads.values()):\n"
           "            param -= self.lr * grad")]),
    _bug("mlp", "mlp_fit_losses_int_dtype",
         "fit stores the losses in np.zeros(epochs, dtype=int), which truncates every loss to 0.",
         [[("dtype", "integer", "float", "truncat")]],
         [("        losses = np.empty(epochs)", "        losses = np.zeros(epochs, dtype=int)")]),
    _bug("mlp", "mlp_fit_gradients_computed_once",
         "fit computes backward(X, y) once before the loop and steps with those same gradients every "
         "epoch.",
         [[("once", "recompute", "every epoch", "each epoch", "same gradients", "stale", "current param")]],
         [(M_FIT_LOOP,
           "        losses = np.empty(epochs)\n"
           "        grads = self.backward(X, y)\n"
           "        for epoch in range(epochs):\n"
           "            losses[epoch] = self.loss(X, y)\n"
           "            self.step(grads)")]),
    _bug("mlp", "mlp_fit_appends_to_empty",
         "fit starts from np.empty(epochs) and np.append's each loss to it, returning 2 * epochs "
         "values, the first half garbage.",
         [[("length", "append", "np.empty", "shape", "2 * epochs", "twice as many", "too many")]],
         [("            losses[epoch] = self.loss(X, y)",
           "            losses = np.append(losses, self.loss(X, y))")]),
    _bug("mlp", "mlp_fit_losses_overwritten",
         "fit assigns losses = self.loss(X, y) every epoch instead of losses[epoch], so only the last "
         "loss comes back, as a float.",
         [[("losses[epoch]", "each epoch", "every epoch", "array", "overwr", "only the last")]],
         [("            losses[epoch] = self.loss(X, y)", "            losses = self.loss(X, y)")]),
    _bug("mlp", "mlp_predict_threshold_zero",
         "predict thresholds the outputs at 0 (as for a weighted sum or tanh) instead of 0.5, so "
         "every sigmoid output is class 1.",
         [[("0.5",)]],
         [(M_PREDICT, "        return (self.forward(X) >= 0).astype(int)")]),
    _variant("mlp", "var_mlp_forward_named_sums",
             "forward names Z1, A1 and Z2 on separate lines.",
             [(M_FORWARD,
               "        Z1 = np.asarray(X, dtype=float) @ self.W1 + self.b1\n"
               "        A1 = _sigmoid(Z1)\n"
               "        Z2 = A1 @ self.W2 + self.b2\n"
               "        return _sigmoid(Z2)")]),
    _variant("mlp", "var_mlp_loss_square_mean",
             "loss as float(np.square(A2 - Y).mean()).",
             [(M_LOSS, "        return float(np.square(A2 - Y).mean())")]),
    _variant("mlp", "var_mlp_backward_dA2",
             "backward names dA2 = 2 * (A2 - Y) / Y.size and multiplies by the slope on the next line.",
             [(M_DZ2, "        dA2 = 2.0 * (A2 - Y) / Y.size\n        dZ2 = dA2 * A2 * (1.0 - A2)")]),
    _variant("mlp", "var_mlp_b1_sum_reshape",
             "backward's b1 gradient sums over axis 0 and reshapes to (1, hidden_size).",
             [("            \"b1\": dZ1.sum(axis=0, keepdims=True),",
               "            \"b1\": np.sum(dZ1, axis=0).reshape(1, -1),")]),
    _variant("mlp", "var_mlp_step_written_out",
             "step writes the four in-place updates out one by one.",
             [(M_STEP,
               "        self.W1 -= self.lr * grads[\"W1\"]\n"
               "        self.b1 -= self.lr * grads[\"b1\"]\n"
               "        self.W2 -= self.lr * grads[\"W2\"]\n"
               "        self.b2 -= self.lr * grads[\"b2\"]")]),
    _variant("mlp", "var_mlp_predict_where",
             "predict as np.where(forward(X) >= 0.5, 1, 0).",
             [(M_PREDICT, "        return np.where(self.forward(X) >= 0.5, 1, 0)")]),
    _variant("mlp", "var_mlp_fit_zeros",
             "fit collects the losses in np.zeros(epochs) instead of np.empty(epochs).",
             [("        losses = np.empty(epochs)", "        losses = np.zeros(epochs)")]),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
