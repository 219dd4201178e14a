"""A sixth held-out corpus of beginner mistakes, written blind (issue 13).

Written from ``COURSE_SPEC.md``, the reference solutions, the stubs, the top-level
``README.md`` and ``tests/heldout/probe.py``; the case lists of heldout3, heldout4 and
heldout5 were read only to keep every bug here a different mistake from theirs. No check,
hint, mistake recogniser or other part of ``autograder/`` was opened, nor ``tests/corpus/``
nor the git history of main (see ``README.md`` beside this file).

The format is that of ``tests/heldout5/cases.py`` (``name``, ``module``, ``kind``,
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

GATES_THRESHOLD = (
    "    if isinstance(z, np.ndarray):\n"
    "        return (z >= 0.5).astype(int)\n"
    "    return int(z >= 0.5)"
)
GATES_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"
GATES_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)"
)
GATES_XOR_LAST = "    return perceptron(either, not_both, AND_WEIGHTS)"

GATES = [
    _bug("gates", "gates_threshold_where_for_everything",
         "threshold returns np.where(z >= 0.5, 1, 0) for every input, so a Python number gives a "
         "0-d NumPy array instead of an int.",
         [[("python int", "an int", "integer", "python number", "0-d", "scalar")]],
         [(GATES_THRESHOLD, "    return np.where(z >= 0.5, 1, 0)")]),
    _bug("gates", "gates_perceptron_plus_for_times",
         "perceptron types w2 + x2 instead of w2 * x2 in the weighted sum.",
         [[("w2 * x2", "w2*x2", "w2 times", "multipl")]],
         [(GATES_Z, "    z = w0 + w1 * np.asarray(x1) + w2 + np.asarray(x2)")]),
    _bug("gates", "gates_perceptron_dot_with_constant_input",
         "perceptron computes np.dot(weights, [1, x1, x2]), which works for numbers but not for "
         "arrays or lists of inputs (a ragged list).",
         [[("array", "element-wise", "elementwise", "vector")]],
         [(GATES_Z, "    z = np.dot(weights, [1, x1, x2])")]),
    _bug("gates", "gates_and_bias_sign_lost",
         "AND_WEIGHTS = (0.5, 0.6, 0.6): the minus sign of the bias weight was dropped, so (0, 0) "
         "already fires and AND is always 1.",
         [[("and_weights", "and gate")]],
         [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (0.5, 0.6, 0.6)")]),
    _bug("gates", "gates_nand_two_weights",
         "NAND_WEIGHTS = (-0.6, -0.6): only the two input weights, the bias weight w0 forgotten, so "
         "unpacking three weights fails.",
         [["nand", ("three", "w0", "bias", "length", "3 float", "3 number", "3 weight", "unpack")]],
         [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (-0.6, -0.6)")]),
    _bug("gates", "gates_nor_bias_written_last",
         "NOR_WEIGHTS = (-0.6, -0.6, 0.5): the right numbers with the bias written last in the "
         "tuple, while perceptron reads w0 first.",
         [[("nor_weights", "nor gate", "nor truth", "nor(")]],
         [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (-0.6, -0.6, 0.5)")]),
    _bug("gates", "gates_xor_and_of_either_twice",
         "xor's second layer gets the OR output twice, AND(either, either), so xor is OR.",
         [[("nand", "not_both", "not both", "second input")]],
         [(GATES_XOR_LAST, "    return perceptron(either, either, AND_WEIGHTS)")]),
    _bug("gates", "gates_xor_int_of_result",
         "xor wraps its result in int(), which works for numbers but raises on arrays.",
         [[("array",)]],
         [(GATES_XOR_LAST, "    return int(perceptron(either, not_both, AND_WEIGHTS))")]),
    _bug("gates", "gates_xor_first_hidden_and",
         "xor's first hidden perceptron uses AND_WEIGHTS where the OR ('at least one input on') belongs.",
         [[("or_weights", "or gate", "either", "at least one")]],
         [("    either = perceptron(x1, x2, OR_WEIGHTS)", "    either = perceptron(x1, x2, AND_WEIGHTS)")]),
    _bug("gates", "gates_perceptron_inputs_swapped",
         "perceptron multiplies w1 by x2 and w2 by x1.",
         [[("swap", "order", "w1 * x1", "w1*x1", "w1 with x1", "reversed")]],
         [(GATES_Z, "    z = w0 + w1 * np.asarray(x2) + w2 * np.asarray(x1)")]),
    _variant("gates", "var_gates_threshold_conditional_expression",
             "threshold's number branch is a conditional expression 1 if z >= 0.5 else 0.",
             [("    return int(z >= 0.5)", "    return 1 if z >= 0.5 else 0")]),
    _variant("gates", "var_gates_threshold_array_constructor",
             "threshold's array branch builds np.array(z >= 0.5, dtype=int).",
             [("        return (z >= 0.5).astype(int)", "        return np.array(z >= 0.5, dtype=int)")]),
    _variant("gates", "var_gates_nor_other_numbers",
             "NOR_WEIGHTS = (0.6, -0.5, -0.5), other numbers with NOR's truth table.",
             [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (0.6, -0.5, -0.5)")]),
    _variant("gates", "var_gates_xor_hidden_layer_loop",
             "xor builds its hidden layer in a list comprehension over (OR_WEIGHTS, NAND_WEIGHTS) "
             "and unpacks it into the second-layer AND.",
             [(GATES_XOR,
               "    hidden = [perceptron(x1, x2, w) for w in (OR_WEIGHTS, NAND_WEIGHTS)]\n"
               "    return perceptron(*hidden, AND_WEIGHTS)")]),
]

# ---------------------------------------------------------------------------- perceptron

P_UPDATE = (
    "                update = self.lr * (y_i - prediction)\n"
    "                self.weights += update * x_i  # our own array: safe in place\n"
    "                self.bias = float(self.bias + update)"
)
P_WEIGHTS_UPDATE = "                self.weights += update * x_i  # our own array: safe in place"
P_PREDICTION = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_LOOP = "            for x_i, y_i in zip(X, y):"
P_PREDICT_Z = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias"

PERCEPTRON = [
    _bug("perceptron", "perceptron_bias_update_without_lr",
         "fit adds the raw error y_i - prediction to the bias; only the weights' update carries "
         "the learning rate.",
         [["bias", ("lr", "learning rate")]],
         [("                self.bias = float(self.bias + update)",
           "                self.bias = float(self.bias + (y_i - prediction))")]),
    _bug("perceptron", "perceptron_predict_returns_sums",
         "predict returns the sums X @ weights + bias themselves, forgetting the step that turns "
         "them into 0/1 labels.",
         [[("step", "0 or 1", "0/1", "threshold", "integer", "label")]],
         [("        return (z >= 0).astype(int)", "        return z")]),
    _bug("perceptron", "perceptron_fit_step_without_bias",
         "fit's prediction during training is x_i @ weights >= 0, without the bias (predict has it).",
         [["bias"]],
         [(P_PREDICTION, "                prediction = 1 if x_i @ self.weights >= 0 else 0")]),
    _bug("perceptron", "perceptron_weights_reset_each_epoch",
         "fit creates the zero weights inside the epoch loop, so each epoch starts from zeros "
         "again (the bias carries on).",
         [[("reset", "re-initial", "reinitial", "each epoch", "every epoch", "inside the epoch")]],
         [("        self.weights = np.zeros(X.shape[1])\n        self.bias = 0.0\n        for _ in range(self.epochs):\n",
           "        self.bias = 0.0\n        for _ in range(self.epochs):\n            self.weights = np.zeros(X.shape[1])\n")]),
    _bug("perceptron", "perceptron_predictions_once_per_epoch",
         "fit predicts every sample at the start of the epoch and then applies the updates with "
         "those stale predictions, instead of predicting each sample with the current weights.",
         [[("each sample", "every sample", "one at a time", "stale", "current weights", "after each",
            "in turn", "batch")]],
         [("        for _ in range(self.epochs):\n" + P_LOOP + "\n" + P_PREDICTION + "\n",
           "        for _ in range(self.epochs):\n"
           "            predictions = (X @ self.weights + self.bias >= 0).astype(int)\n"
           "            for x_i, y_i, prediction in zip(X, y, predictions):\n")]),
    _bug("perceptron", "perceptron_predict_column",
         "predict multiplies by weights.reshape(-1, 1), so it returns a column (n, 1) instead of (n,).",
         [["shape"]],
         [(P_PREDICT_Z, "        z = np.asarray(X, dtype=float) @ self.weights.reshape(-1, 1) + self.bias")]),
    _bug("perceptron", "perceptron_weights_python_list",
         "fit keeps the weights in a Python list [0.0] * n_features updated in a loop, so weights "
         "is a list, not a float array.",
         [[("array", "ndarray", "list")]],
         [("        self.weights = np.zeros(X.shape[1])", "        self.weights = [0.0] * X.shape[1]"),
          (P_WEIGHTS_UPDATE,
           "                for j in range(len(self.weights)):\n"
           "                    self.weights[j] += update * x_i[j]")]),
    _bug("perceptron", "perceptron_iterates_columns",
         "fit loops over zip(X.T, y), the features-by-samples layout of a tutorial, so x_i is a "
         "column and the shapes do not match.",
         [[("shape", "transpos", "rows", "x.t")]],
         [(P_LOOP, "            for x_i, y_i in zip(X.T, y):")]),
    _bug("perceptron", "perceptron_skips_last_sample",
         "fit loops for i in range(len(X) - 1), never training on the last sample.",
         [[("last", "every sample", "each sample", "all samples", "range")]],
         [(P_LOOP, "            for i in range(len(X) - 1):\n                x_i, y_i = X[i], y[i]")]),
    _bug("perceptron", "perceptron_weights_assigned",
         "fit writes weights = update * x_i, replacing the weights instead of adding to them.",
         [[("+=", "accumul", "add to", "adding", "overwr", "replac")]],
         [(P_WEIGHTS_UPDATE, "                self.weights = update * x_i")]),
    _bug("perceptron", "perceptron_bias_assigned",
         "fit writes bias = update, replacing the bias instead of adding to it.",
         [["bias", ("+=", "accumul", "add to", "adding", "overwr", "replac")]],
         [("                self.bias = float(self.bias + update)", "                self.bias = float(update)")]),
    _bug("perceptron", "perceptron_X_cast_to_int",
         "fit converts X with np.asarray(X, dtype=int), truncating real-valued features.",
         [[("integer", "dtype=int", "int dtype", "truncat", "dtype")]],
         [("        X = np.asarray(X, dtype=float)\n        y = np.asarray(y, dtype=float)",
           "        X = np.asarray(X, dtype=int)\n        y = np.asarray(y, dtype=float)")]),
    _bug("perceptron", "perceptron_predict_weights_first",
         "predict computes weights @ X instead of X @ weights, which fails unless X is square.",
         [[("x @ weights", "x @ w", "order", "transpos", "shape")]],
         [(P_PREDICT_Z, "        z = self.weights @ np.asarray(X, dtype=float) + self.bias")]),
    _variant("perceptron", "var_perceptron_update_only_on_mistake",
             "fit updates only when the prediction is wrong (if prediction != y_i).",
             [(P_UPDATE,
               "                if prediction != y_i:\n"
               "                    update = self.lr * (y_i - prediction)\n"
               "                    self.weights += update * x_i\n"
               "                    self.bias = float(self.bias + update)")]),
    _variant("perceptron", "var_perceptron_fit_uses_predict",
             "fit predicts each sample with self.predict on a one-row matrix.",
             [(P_PREDICTION, "                prediction = self.predict(x_i.reshape(1, -1))[0]")]),
    _variant("perceptron", "var_perceptron_predict_comprehension",
             "predict builds its labels with a list comprehension turned into an int array.",
             [("        return (z >= 0).astype(int)",
               "        return np.array([1 if value >= 0 else 0 for value in z], dtype=int)")]),
    _variant("perceptron", "var_perceptron_weight_loop",
             "fit updates the weight array one feature at a time in a Python loop.",
             [(P_WEIGHTS_UPDATE,
               "                for j in range(len(x_i)):\n"
               "                    self.weights[j] += update * x_i[j]")]),
]

# ---------------------------------------------------------------------------- activations

A_SIGMOID = (
    "    z = np.asarray(z, dtype=float)\n"
    "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
    "    return np.where(z >= 0, 1.0, e) / (1.0 + e)"
)
A_SIGMOID_DERIV = "    s = sigmoid(z)\n    return s * (1.0 - s)"
A_TANH = "    return np.tanh(np.asarray(z, dtype=float))"
A_RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)"
A_RELU_DERIV = "    return (np.asarray(z) > 0).astype(float)"
A_LEAKY = "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)"
A_SOFT_EXPS = "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))"
A_SOFT_RETURN = "    return exps / np.sum(exps, axis=-1, keepdims=True)"

ACTIVATIONS = [
    _bug("activations", "act_softmax_shifts_callers_array",
         "softmax subtracts the maximum with z -= ..., changing the caller's float array in place.",
         [[IN_PLACE]],
         [(A_SOFT_EXPS, "    z -= np.max(z, axis=-1, keepdims=True)\n    exps = np.exp(z)")]),
    _bug("activations", "act_softmax_max_without_keepdims",
         "softmax subtracts np.max(z, axis=-1) without keepdims, which misaligns the rows of a "
         "2-D input (or fails to broadcast).",
         [[("keepdims", "broadcast")]],
         [(A_SOFT_EXPS, "    exps = np.exp(z - np.max(z, axis=-1))")]),
    _bug("activations", "act_relu_np_max",
         "relu calls np.max(z, 0), the reduction along axis 0, instead of np.maximum(z, 0).",
         [[("maximum", "np.max", "element-wise", "elementwise", "element by element")]],
         [(A_RELU, "    return np.max(np.asarray(z, dtype=float), 0)")]),
    _bug("activations", "act_relu_derivative_sign",
         "relu_derivative returns np.sign(z), which is -1 for negative z instead of 0.",
         [[("negative", "z <= 0", "z < 0", "left")]],
         [(A_RELU_DERIV, "    return np.sign(np.asarray(z, dtype=float))")]),
    _bug("activations", "act_leaky_relu_returns_alpha",
         "leaky_relu returns alpha itself on the left (np.where(z > 0, z, alpha)) instead of alpha * z.",
         [[("alpha * z", "alpha*z", "alpha times z", "times z", "negative")]],
         [(A_LEAKY, "    return np.where(z > 0, z, alpha)")]),
    _bug("activations", "act_softmax_exp_parenthesis",
         "softmax closes the parenthesis early, np.exp(z) - max instead of np.exp(z - max): the "
         "maximum is subtracted after exponentiating.",
         [[("exp(z -", "inside the exp", "before the exp", "before exponentiat", "shift", "subtract")]],
         [(A_SOFT_EXPS, "    exps = np.exp(z) - np.max(z, axis=-1, keepdims=True)")]),
    _bug("activations", "act_sigmoid_where_both_branches",
         "sigmoid picks between 1 / (1 + exp(-z)) and exp(z) / (1 + exp(z)) with np.where, which "
         "evaluates both formulas everywhere and warns of overflow at |z| = 1000.",
         [[("overflow", "warning", "both branches", "1000")]],
         [(A_SIGMOID,
           "    z = np.asarray(z, dtype=float)\n"
           "    return np.where(z >= 0, 1.0 / (1.0 + np.exp(-z)), np.exp(z) / (1.0 + np.exp(z)))")]),
    _bug("activations", "act_tanh_derivative_times_two",
         "tanh_derivative returns 1 - tanh(z) * 2, a * typed for **.",
         [[("square", "**2", "** 2", "squared")]],
         [("    return 1.0 - tanh(z) ** 2", "    return 1.0 - tanh(z) * 2")]),
    _bug("activations", "act_leaky_relu_no_default_alpha",
         "leaky_relu is defined as leaky_relu(z, alpha) without the spec's default alpha=0.1.",
         [["alpha", ("default", "0.1")]],
         [("def leaky_relu(z, alpha=0.1):", "def leaky_relu(z, alpha):")]),
    _bug("activations", "act_tanh_returns_python_float",
         "tanh returns float(np.tanh(z)), which only works for a single number.",
         [[("array", "shape")]],
         [(A_TANH, "    return float(np.tanh(z))")]),
    _bug("activations", "act_sigmoid_derivative_sigmoid_twice",
         "sigmoid_derivative computes a = sigmoid(z) and then takes sigmoid(a) * (1 - sigmoid(a)), "
         "applying the sigmoid twice.",
         [[("twice", "sigmoid(sigmoid", "already", "a = sigmoid")]],
         [(A_SIGMOID_DERIV, "    s = sigmoid(sigmoid(z))\n    return s * (1.0 - s)")]),
    _bug("activations", "act_softmax_log_space_unfinished",
         "softmax follows the log-sum-exp recipe, shifted - log(sum(exp(shifted))), and returns "
         "that log-probability without the final exp.",
         [[("log", "sum to 1", "sums to 1", "negative", "probabilit")]],
         [(A_SOFT_EXPS + "\n" + A_SOFT_RETURN,
           "    shifted = z - np.max(z, axis=-1, keepdims=True)\n"
           "    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))")]),
    _variant("activations", "var_act_tanh_from_sigmoid",
             "tanh as 2 * sigmoid(2 * z) - 1.",
             [(A_TANH, "    z = np.asarray(z, dtype=float)\n    return 2.0 * sigmoid(2.0 * z) - 1.0")]),
    _variant("activations", "var_act_relu_derivative_heaviside",
             "relu_derivative as np.heaviside(z, 0.0).",
             [(A_RELU_DERIV, "    return np.heaviside(np.asarray(z, dtype=float), 0.0)")]),
    _variant("activations", "var_act_leaky_from_relu",
             "leaky_relu as relu(z) - alpha * relu(-z).",
             [(A_LEAKY, "    return relu(z) - alpha * relu(-z)")]),
    _variant("activations", "var_act_softmax_newaxis",
             "softmax divides by exps.sum(axis=-1)[..., np.newaxis].",
             [(A_SOFT_RETURN, "    return exps / exps.sum(axis=-1)[..., np.newaxis]")]),
    _variant("activations", "var_act_sigmoid_via_tanh",
             "sigmoid as 0.5 * (1 + tanh(z / 2)), stable without a branch.",
             [(A_SIGMOID, "    z = np.asarray(z, dtype=float)\n    return 0.5 * (1.0 + np.tanh(0.5 * z))")]),
    _variant("activations", "var_act_sigmoid_derivative_even_form",
             "sigmoid_derivative as e / (1 + e) ** 2 with e = exp(-|z|), using that the slope is even.",
             [(A_SIGMOID_DERIV,
               "    e = np.exp(-np.abs(np.asarray(z, dtype=float)))\n    return e / (1.0 + e) ** 2")]),
    _variant("activations", "var_act_relu_times_mask",
             "relu as z * (z > 0) on a float copy.",
             [(A_RELU, "    z = np.asarray(z, dtype=float)\n    return z * (z > 0)")]),
]

# ---------------------------------------------------------------------------- neuron

N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias"
N_RETURN = "        return float(_sigmoid(total))"
N_LAYER_LOOP = (
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)"
)
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"

NEURON = [
    _bug("neuron", "neuron_inline_sigmoid_sign",
         "Neuron.feedforward writes its own sigmoid as 1 / (1 + exp(total)), losing the minus "
         "sign, which is sigmoid(-total).",
         [[("sigmoid(-", "exp(-", "sign", "minus", "mirror")]],
         [(N_RETURN, "        return float(1.0 / (1.0 + np.exp(total)))")]),
    _bug("neuron", "neuron_layer_total_not_reset",
         "layer_output starts total = 0 once before the loop and adds into it, so each neuron's "
         "output carries the previous neurons' sums.",
         [[("reset", "accumul", "running", "carried", "previous neuron", "each neuron")]],
         [("    outputs = []\n" + N_LAYER_LOOP,
           "    outputs = []\n"
           "    total = 0.0\n"
           "    for neuron_weights, bias in zip(weights, biases):\n"
           "        total += sum(x * w for x, w in zip(inputs, neuron_weights))\n"
           "        outputs.append(total + bias)")]),
    _bug("neuron", "neuron_layer_loops_over_inputs_count",
         "layer_output loops for j in range(len(inputs)), one output per input instead of one per neuron.",
         [[("number of neurons", "len(weights)", "one per neuron", "one output per neuron", "n_neurons",
            "len(inputs)", "length")]],
         [(N_LAYER_LOOP,
           "    for j in range(len(inputs)):\n"
           "        total = sum(x * w for x, w in zip(inputs, weights[j]))\n"
           "        outputs.append(total + biases[j])")]),
    _bug("neuron", "neuron_count_wrong_slice",
         "count_parameters pairs the layers with zip(sizes, sizes[:-1]) instead of sizes[1:].",
         [[("pair", "adjacent", "consecutive", "next layer", "sizes[1:]")]],
         [(N_COUNT, "    return sum(a * b + b for a, b in zip(sizes, sizes[:-1]))")]),
    _bug("neuron", "neuron_tiny_extra_sigmoid",
         "TinyNetwork.feedforward passes o1's output through the sigmoid once more.",
         [[("twice", "extra", "double", "again")]],
         [("        return self.o1.feedforward(hidden)",
           "        return float(_sigmoid(self.o1.feedforward(hidden)))")]),
    _bug("neuron", "neuron_feedforward_thresholds",
         "Neuron.feedforward thresholds the sigmoid at 0.5 as the gates did and returns 0.0 or "
         "1.0 instead of the activation.",
         [[("threshold", "0 or 1", "step", "round", "0/1")]],
         [(N_RETURN, "        return float(_sigmoid(total) >= 0.5)")]),
    _bug("neuron", "neuron_layer_returns_last_only",
         "layer_output never collects its outputs and returns the last neuron's value, a number.",
         [[("list", "each neuron", "every neuron", "all neurons", "one value per")]],
         [("        outputs.append(total + bias)\n    return outputs", "    return total + bias")]),
    _bug("neuron", "neuron_count_one_bias_per_layer",
         "count_parameters counts one bias per layer (a * b + 1) instead of one per neuron.",
         [["bias", ("each neuron", "per neuron", "every neuron", "one per", "b biases")]],
         [(N_COUNT, "    return sum(a * b + 1 for a, b in zip(sizes, sizes[1:]))")]),
    _bug("neuron", "neuron_count_index_past_end",
         "count_parameters loops for i in range(len(sizes)) and reads sizes[i + 1], an IndexError.",
         [[("index", "range", "off-by-one", "off by one", "last")]],
         [(N_COUNT,
           "    total = 0\n"
           "    for i in range(len(sizes)):\n"
           "        total += sizes[i] * sizes[i + 1] + sizes[i + 1]\n"
           "    return total")]),
    _bug("neuron", "neuron_count_returns_list",
         "count_parameters returns the list of per-layer counts instead of their total.",
         [[("total", "single number", "an int", "one number", "add up", "sum of")]],
         [(N_COUNT, "    return [a * b + b for a, b in zip(sizes, sizes[1:])]")]),
    _bug("neuron", "neuron_layer_with_activation",
         "layer_output passes each neuron's sum through the sigmoid, though the layer has no activation.",
         [[("activation", "sigmoid")]],
         [("        outputs.append(total + bias)", "        outputs.append(float(_sigmoid(total + bias)))")]),
    _variant("neuron", "var_neuron_tiny_output_by_hand",
             "TinyNetwork.feedforward computes o1 from its weights and bias by hand on a tuple of "
             "the hidden outputs.",
             [("        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
               "        return self.o1.feedforward(hidden)",
               "        hidden = (self.h1.feedforward(x), self.h2.feedforward(x))\n"
               "        return float(_sigmoid(np.dot(self.o1.weights, hidden) + self.o1.bias))")]),
    _variant("neuron", "var_neuron_layer_sum_start",
             "layer_output starts Python's sum at the bias: sum(products, bias).",
             [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
               "        outputs.append(total + bias)",
               "        outputs.append(sum((x * w for x, w in zip(inputs, neuron_weights)), bias))")]),
    _variant("neuron", "var_neuron_count_two_sums",
             "count_parameters adds the weights and the biases (sum(sizes[1:])) separately.",
             [(N_COUNT,
               "    n_weights = sum(a * b for a, b in zip(sizes, sizes[1:]))\n"
               "    n_biases = sum(sizes[1:])\n"
               "    return n_weights + n_biases")]),
    _variant("neuron", "var_neuron_feedforward_item",
             "Neuron.feedforward returns _sigmoid(total).item().",
             [(N_RETURN, "        return _sigmoid(total).item()")]),
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

LOSS = [
    _bug("loss", "loss_mse_assert_instead_of_valueerror",
         "mse_loss checks the element counts with assert, raising AssertionError instead of ValueError.",
         [["valueerror"]],
         [(L_CHECK, "    assert y_true.size == y_pred.size, \"y_true and y_pred differ in size\"")]),
    _bug("loss", "loss_grad_integer_division",
         "mse_loss_gradient scales by 2 // N, integer division, which is 0 from three elements on.",
         [[("//", "integer division", "floor division", "2 / n", "2/n")]],
         [(L_GRAD, "    return (2 // y_pred.size) * (y_pred - y_true.reshape(y_pred.shape))")]),
    _bug("loss", "loss_grad_parenthesis",
         "mse_loss_gradient closes the parenthesis late, 2 * (y_pred - y_true / N), dividing only y_true.",
         [[("parenthes", "/ n", "/n", "divide", "number of elements")]],
         [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape) / y_pred.size)")]),
    _bug("loss", "loss_mse_subtracts_into_y_true",
         "mse_loss names diff = y_true and subtracts with -=, so the caller's float array (a view "
         "after ravel) is changed.",
         [[IN_PLACE]],
         [(L_MSE, "    diff = y_true\n    diff -= y_pred\n    return float(np.mean(diff ** 2))")]),
    _bug("loss", "loss_mse_loop_skips_last",
         "mse_loss sums the squares in a loop over range(len(y_true) - 1), missing the last element.",
         [[("last", "every element", "each element", "all elements", "range", "off-by-one", "off by one")]],
         [(L_MSE,
           "    total = 0.0\n"
           "    for i in range(len(y_true) - 1):\n"
           "        total += (y_true[i] - y_pred[i]) ** 2\n"
           "    return float(total / len(y_true))")]),
    _bug("loss", "loss_mse_int_dtype",
         "mse_loss converts the inputs with dtype=int, truncating real-valued targets and predictions.",
         [[("integer", "int dtype", "dtype=int", "truncat", "round")]],
         [(L_RAVEL,
           "    y_true = np.asarray(y_true, dtype=int).ravel()\n"
           "    y_pred = np.asarray(y_pred, dtype=int).ravel()")]),
    _bug("loss", "loss_mse_caret_for_power",
         "mse_loss squares with ^ (bitwise xor in Python) instead of **.",
         [[("**", "xor", "^", "square", "power")]],
         [(L_MSE, "    return float(np.mean((y_true - y_pred) ^ 2))")]),
    _bug("loss", "loss_grad_averaged_to_number",
         "mse_loss_gradient takes np.mean of 2 * (y_pred - y_true), one number instead of a "
         "gradient per element.",
         [[("shape", "scalar", "per element", "each element", "array")]],
         [(L_GRAD, "    return np.mean(2.0 * (y_pred - y_true.reshape(y_pred.shape)))")]),
    _bug("loss", "loss_grad_always_column",
         "mse_loss_gradient reshapes its result to a column, reshape(-1, 1), whatever y_pred's shape.",
         [["shape"]],
         [(L_GRAD, "    return (2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size).reshape(-1, 1)")]),
    _bug("loss", "loss_mse_times_two",
         "mse_loss multiplies the mean by 2, the factor copied from the gradient.",
         [[("factor", "2 *", "twice", "double")]],
         [(L_MSE, "    return float(2.0 * np.mean((y_true - y_pred) ** 2))")]),
    _bug("loss", "loss_mse_returns_squared_errors",
         "mse_loss returns the array of squared errors and never takes their mean.",
         [[("mean", "average", "float", "single number", "one number")]],
         [(L_MSE, "    return (y_true - y_pred) ** 2")]),
    _variant("loss", "var_loss_mse_norm",
             "mse_loss as the squared Euclidean norm of the difference over its size.",
             [(L_MSE, "    return float(np.linalg.norm(y_true - y_pred) ** 2 / y_true.size)")]),
    _variant("loss", "var_loss_grad_flat_then_reshape",
             "mse_loss_gradient works on flattened copies and reshapes the result to y_pred's shape.",
             [(L_GRAD,
               "    flat = 2.0 * (y_pred.ravel() - y_true.ravel()) / y_pred.size\n"
               "    return flat.reshape(y_pred.shape)")]),
    _variant("loss", "var_loss_mse_einsum",
             "mse_loss with np.einsum for the sum of squares.",
             [(L_MSE, "    d = y_true - y_pred\n    return float(np.einsum(\"i,i->\", d, d) / d.size)")]),
    _variant("loss", "var_loss_mse_reversed_difference",
             "mse_loss squares y_pred - y_true and divides the sum by len of the flattened array.",
             [(L_MSE, "    return float(((y_pred - y_true) ** 2).sum() / len(y_true))")]),
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
B_BP_O1 = "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n\n    d_L_d_o1"
B_HIDDEN = "    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1"
B_GRADS = (
    B_HIDDEN + "\n"
    "    grads = {\n"
    "        \"w1\": d_L_d_h1 * x[0] * d_h1,\n"
    "        \"w2\": d_L_d_h1 * x[1] * d_h1,\n"
    "        \"w3\": d_L_d_h2 * x[0] * d_h2,\n"
    "        \"w4\": d_L_d_h2 * x[1] * d_h2,\n"
    "        \"w5\": d_L_d_o1 * h1 * d_o1,\n"
    "        \"w6\": d_L_d_o1 * h2 * d_o1,\n"
    "        \"b1\": d_L_d_h1 * d_h1,\n"
    "        \"b2\": d_L_d_h2 * d_h2,\n"
    "        \"b3\": d_L_d_o1 * d_o1,\n"
    "    }"
)
B_STEP = "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)"
B_ERRORS = "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]"
B_TRAIN_DEF = "def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000):"

BACKPROP = [
    _bug("backprop", "bp_feedforward_output_weights_swapped",
         "feedforward weighs h1 with w6 and h2 with w5 in the output neuron.",
         [[("w5", "w6")]],
         [(B_FF_O1, "    o1 = _sigmoid(p[\"w6\"] * h1 + p[\"w5\"] * h2 + p[\"b3\"])\n    return float(o1)")]),
    _bug("backprop", "bp_feedforward_one_based_inputs",
         "feedforward reads the inputs as x[1] and x[2], counting from 1 as the formulas on paper do.",
         [[("index", "x[0]", "zero-based", "0-based", "indexerror")]],
         [(B_FF, B_FF.replace("x[1]", "x[2]").replace("x[0]", "x[1]"))]),
    _bug("backprop", "bp_hidden_path_without_output_slope",
         "backprop's dL/dh1 and dL/dh2 go through w5 and w6 but leave out the output sigmoid's "
         "slope o1 * (1 - o1).",
         [[("hidden", "w1", "b1"), ("o1 * (1 - o1)", "o1*(1-o1)", "slope", "sigmoid'")]],
         [(B_HIDDEN, "    d_L_d_h1 = d_L_d_o1 * p[\"w5\"]\n    d_L_d_h2 = d_L_d_o1 * p[\"w6\"]")]),
    _bug("backprop", "bp_backprop_keys_prefixed",
         "backprop returns its derivatives under the keys 'dw1', ..., 'db3' instead of the "
         "parameter names, so sgd_step cannot find them.",
         [[("key", "param_names")]],
         [("    return {name: float(grads[name]) for name in PARAM_NAMES}",
           "    return {\"d\" + name: float(grads[name]) for name in PARAM_NAMES}")]),
    _bug("backprop", "bp_w5_times_o1",
         "backprop's dL/dw5 multiplies by o1, the neuron's own output, instead of its input h1.",
         [["w5", ("h1", "input")]],
         [("        \"w5\": d_L_d_o1 * h1 * d_o1,", "        \"w5\": d_L_d_o1 * o1 * d_o1,")]),
    _bug("backprop", "bp_sgd_step_arguments_swapped",
         "sgd_step is defined as sgd_step(grads, params, learn_rate), the first two arguments in "
         "the other order from the spec, so it returns grads - learn_rate * params.",
         [[("order", "argument", "swap")]],
         [("def sgd_step(params, grads, learn_rate):", "def sgd_step(grads, params, learn_rate):")]),
    _bug("backprop", "bp_train_discards_step",
         "train calls sgd_step but does not assign its result, so the parameters never change.",
         [[("unchanged", "never change", "never move", "assign", "discard", "ignor", "return value",
            "same as the start")]],
         [(B_STEP, "            sgd_step(params, backprop(params, x, y_true), learn_rate)")]),
    _bug("backprop", "bp_train_default_epochs",
         "train's default is epochs=100 instead of the spec's 1000.",
         [["epoch", ("1000", "default")]],
         [(B_TRAIN_DEF, "def train(data, all_y_trues, params, learn_rate=0.1, epochs=100):")]),
    _bug("backprop", "bp_train_loss_with_leaked_label",
         "train's epoch loss compares every prediction with y_true, the label left over from the "
         "last sample of the loop, instead of each sample's own label.",
         [[("label", "all_y_trues", "target", "its own", "last sample")]],
         [(B_ERRORS, "        errors = [(y_true - o) ** 2 for o in predictions]")]),
    _bug("backprop", "bp_output_slope_of_weighted_sum",
         "backprop takes the output slope as z * (1 - z) of o1's weighted sum z, instead of "
         "o1 * (1 - o1) of its output.",
         [[("z * (1 - z)", "z*(1-z)", "pre-activation", "sigmoid(z)", "weighted sum", "not the output")]],
         [("    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n\n"
           "    d_L_d_o1 = -2.0 * (y_true - o1)\n"
           "    # slope of each sigmoid, written with its own output\n"
           "    d_o1 = o1 * (1.0 - o1)",
           "    z_o1 = p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"]\n"
           "    o1 = _sigmoid(z_o1)\n\n"
           "    d_L_d_o1 = -2.0 * (y_true - o1)\n"
           "    # slope of each sigmoid, written with its own output\n"
           "    d_o1 = z_o1 * (1.0 - z_o1)")]),
    _bug("backprop", "bp_train_loss_not_squared",
         "train's epoch loss averages y - o without squaring it, so errors of both signs cancel.",
         [[("square", "** 2", "**2", "mean squared", "mse")]],
         [(B_ERRORS, "        errors = [(y - o) for y, o in zip(all_y_trues, predictions)]")]),
    _bug("backprop", "bp_dL_do1_is_the_loss",
         "backprop starts from dL/do1 = (y_true - o1) ** 2, the loss itself, instead of its "
         "derivative -2 * (y_true - o1).",
         [[("dl/do1", "derivative of the loss", "-2 * (", "loss itself", "2 * (o1")]],
         [("    d_L_d_o1 = -2.0 * (y_true - o1)", "    d_L_d_o1 = (y_true - o1) ** 2")]),
    _variant("backprop", "var_bp_backprop_calls_feedforward",
             "backprop gets o1 from feedforward(params, x) and computes h1, h2 itself.",
             [(B_BP_O1, "    o1 = feedforward(p, x)\n\n    d_L_d_o1")]),
    _variant("backprop", "var_bp_sgd_zip",
             "sgd_step zips PARAM_NAMES with a generator of the stepped values into a new dict.",
             [("    return {\n        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n    }",
               "    stepped = (float(params[n] - learn_rate * grads[n]) for n in PARAM_NAMES)\n"
               "    return dict(zip(PARAM_NAMES, stepped))")]),
    _variant("backprop", "var_bp_train_running_loss",
             "train adds up the epoch's squared errors in a running total over the samples.",
             [("        predictions = [feedforward(params, x) for x in data]\n" + B_ERRORS + "\n"
               "        losses.append(float(sum(errors) / len(errors)))",
               "        total = 0.0\n"
               "        for x, y in zip(data, all_y_trues):\n"
               "            total += (y - feedforward(params, x)) ** 2\n"
               "        losses.append(float(total / len(data)))")]),
    _variant("backprop", "var_bp_named_deltas",
             "backprop names each neuron's delta (dL/d of its weighted sum) and multiplies by the "
             "inputs last.",
             [(B_GRADS,
               "    delta_o = d_L_d_o1 * d_o1\n"
               "    delta_1 = delta_o * p[\"w5\"] * d_h1\n"
               "    delta_2 = delta_o * p[\"w6\"] * d_h2\n"
               "    grads = {\n"
               "        \"w1\": delta_1 * x[0],\n"
               "        \"w2\": delta_1 * x[1],\n"
               "        \"w3\": delta_2 * x[0],\n"
               "        \"w4\": delta_2 * x[1],\n"
               "        \"w5\": delta_o * h1,\n"
               "        \"w6\": delta_o * h2,\n"
               "        \"b1\": delta_1,\n"
               "        \"b2\": delta_2,\n"
               "        \"b3\": delta_o,\n"
               "    }")]),
    _variant("backprop", "var_bp_feedforward_neuron_helper",
             "feedforward uses a small nested function for one neuron, called three times.",
             [(B_FF,
               "    def neuron(wa, wb, b, a, c):\n"
               "        return _sigmoid(params[wa] * a + params[wb] * c + params[b])\n\n"
               "    h1 = neuron(\"w1\", \"w2\", \"b1\", x[0], x[1])\n"
               "    h2 = neuron(\"w3\", \"w4\", \"b2\", x[0], x[1])\n"
               "    return float(neuron(\"w5\", \"w6\", \"b3\", h1, h2))")]),
]

# ---------------------------------------------------------------------------- mlp

M_A1 = "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)"
M_FORWARD = M_A1 + "\n        return _sigmoid(A1 @ self.W2 + self.b2)"
M_LOSS = "        return float(np.mean((A2 - Y) ** 2))"
M_LOSS_Y = "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n        return float"
M_BACK_Y = "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n\n        dZ2"
M_BACK_FORWARD = (
    "        X = np.asarray(X, dtype=float)\n"
    "        A1 = _sigmoid(X @ self.W1 + self.b1)\n"
    "        A2 = _sigmoid(A1 @ self.W2 + self.b2)\n"
)
M_RETURN = (
    "        return {\n"
    "            \"W1\": X.T @ dZ1,\n"
    "            \"b1\": dZ1.sum(axis=0, keepdims=True),\n"
    "            \"W2\": A1.T @ dZ2,\n"
    "            \"b2\": dZ2.sum(axis=0, keepdims=True),\n"
    "        }"
)
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
    _bug("mlp", "mlp_forward_b1_after_sigmoid",
         "forward adds b1 after the hidden sigmoid instead of inside it.",
         [["b1", ("inside", "before the sigmoid", "after the sigmoid", "outside")]],
         [(M_A1, "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1) + self.b1")]),
    _bug("mlp", "mlp_forward_W1_transposed",
         "forward multiplies by W1.T, the weights laid out as in a features-by-samples tutorial.",
         [[("shape", "transpos", "w1.t")]],
         [(M_A1, "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1.T + self.b1)")]),
    _bug("mlp", "mlp_loss_divides_by_m",
         "loss divides the summed squares by len(X), the number of samples m, instead of "
         "m * output_size.",
         [[("output_size", "all elements", "number of elements", "m * ", "every output")]],
         [(M_LOSS, "        return float(np.sum((A2 - Y) ** 2) / len(X))")]),
    _bug("mlp", "mlp_backward_y_not_reshaped",
         "backward uses y as given, so A2 of shape (m, 1) minus y of shape (m,) broadcasts to (m, m).",
         [[("reshape", "broadcast", "(m, m)")]],
         [(M_BACK_Y, "        Y = np.asarray(y, dtype=float)\n\n        dZ2")]),
    _bug("mlp", "mlp_backward_returns_tuple",
         "backward returns the tuple (dW1, db1, dW2, db2) instead of a dict keyed by name.",
         [["dict"]],
         [(M_RETURN,
           "        return X.T @ dZ1, dZ1.sum(axis=0, keepdims=True), A1.T @ dZ2, dZ2.sum(axis=0, keepdims=True)")]),
    _bug("mlp", "mlp_backward_W1_without_transpose",
         "backward's W1 gradient is X @ dZ1 instead of X.T @ dZ1.",
         [[("transpos", "x.t", "shape")]],
         [("            \"W1\": X.T @ dZ1,", "            \"W1\": X @ dZ1,")]),
    _bug("mlp", "mlp_backward_also_steps",
         "backward applies self.step to its gradients before returning them, so computing the "
         "gradients moves the parameters.",
         [["backward", ("step", "updat", "modif", "chang")]],
         [(M_RETURN,
           "        grads = {\n"
           "            \"W1\": X.T @ dZ1,\n"
           "            \"b1\": dZ1.sum(axis=0, keepdims=True),\n"
           "            \"W2\": A1.T @ dZ2,\n"
           "            \"b2\": dZ2.sum(axis=0, keepdims=True),\n"
           "        }\n"
           "        self.step(grads)\n"
           "        return grads")]),
    _bug("mlp", "mlp_step_b1_from_b2_gradient",
         "step writes the four updates out and subtracts b2's gradient from b1 (a copy slip).",
         [["b1"]],
         [(M_STEP,
           "        self.W1 -= self.lr * grads[\"W1\"]\n"
           "        self.b1 -= self.lr * grads[\"b2\"]\n"
           "        self.W2 -= self.lr * grads[\"W2\"]\n"
           "        self.b2 -= self.lr * grads[\"b2\"]")]),
    _bug("mlp", "mlp_fit_step_after_loop",
         "fit's step is dedented out of the epoch loop: the losses are recorded every epoch but "
         "only one step is taken, at the end.",
         [["step", ("each epoch", "every epoch", "per epoch", "inside", "in the loop", "indent", "once")]],
         [("            losses[epoch] = self.loss(X, y)\n            self.step(self.backward(X, y))",
           "            losses[epoch] = self.loss(X, y)\n        self.step(self.backward(X, y))")]),
    _bug("mlp", "mlp_fit_extra_final_loss",
         "fit appends the loss after the last step, returning epochs + 1 losses.",
         [["epoch", ("length", "extra", "one more", "too many", "shape", "number of")]],
         [("            self.step(self.backward(X, y))\n        return losses",
           "            self.step(self.backward(X, y))\n        return np.append(losses, self.loss(X, y))")]),
    _bug("mlp", "mlp_predict_thresholds_weighted_sum",
         "predict compares the output layer's weighted sum Z2 with 0.5, skipping the output sigmoid.",
         [[("sigmoid", "forward(", "a2", "pre-activation", "z2")]],
         [(M_PREDICT,
           M_A1 + "\n        return (A1 @ self.W2 + self.b2 >= 0.5).astype(int)")]),
    _bug("mlp", "mlp_loss_column_reshape",
         "loss reshapes y with reshape(-1, 1), a one-output habit, instead of to A2's shape.",
         [[("output_size", "shape", "reshape", "(m, output_size)")]],
         [(M_LOSS_Y, "        Y = np.asarray(y, dtype=float).reshape(-1, 1)\n        return float")]),
    _bug("mlp", "mlp_backward_uses_cached_forward",
         "forward stores A1 and A2 on the network and backward uses those stored values instead "
         "of recomputing them, so backward fails (or is stale) without a fresh forward on the same X.",
         [["forward", ("cache", "stale", "recompute", "stored", "current param")]],
         [(M_FORWARD,
           M_A1 + "\n"
           "        self.A1 = A1\n"
           "        self.A2 = _sigmoid(A1 @ self.W2 + self.b2)\n"
           "        return self.A2"),
          (M_BACK_FORWARD,
           "        X = np.asarray(X, dtype=float)\n"
           "        A1 = self.A1\n"
           "        A2 = self.A2\n")]),
    _bug("mlp", "mlp_backward_y_list",
         "backward calls y.reshape(...) without np.asarray, so a Python list of targets fails.",
         [[("list", "asarray", "array")]],
         [(M_BACK_Y, "        Y = y.reshape(A2.shape)\n\n        dZ2")]),
    _variant("mlp", "var_mlp_backward_einsum",
             "backward's W1 gradient with np.einsum.",
             [("            \"W1\": X.T @ dZ1,", "            \"W1\": np.einsum(\"mi,mh->ih\", X, dZ1),")]),
    _variant("mlp", "var_mlp_bias_grad_ones_row",
             "backward's b1 gradient as a row of ones times dZ1.",
             [("            \"b1\": dZ1.sum(axis=0, keepdims=True),",
               "            \"b1\": np.ones((1, X.shape[0])) @ dZ1,")]),
    _variant("mlp", "var_mlp_dZ2_named_sizes",
             "backward unpacks m and the output size from A2.shape and scales by 2 / (m * out) first.",
             [("        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)",
               "        m, out = A2.shape\n"
               "        dZ2 = (2.0 / (m * out)) * (A2 - Y) * A2 * (1.0 - A2)")]),
    _variant("mlp", "var_mlp_loss_mean_of_row_means",
             "loss as the mean over samples of each sample's mean squared error.",
             [(M_LOSS, "        return float(np.mean(np.mean((A2 - Y) ** 2, axis=1)))")]),
    _variant("mlp", "var_mlp_predict_greater_equal",
             "predict with np.greater_equal.",
             [(M_PREDICT, "        return np.greater_equal(self.forward(X), 0.5).astype(int)")]),
    _variant("mlp", "var_mlp_fit_while_list",
             "fit collects the losses in a list with a while loop and returns them as a float array.",
             [(M_FIT,
               "        history = []\n"
               "        while len(history) < epochs:\n"
               "            history.append(self.loss(X, y))\n"
               "            self.step(self.backward(X, y))\n"
               "        return np.asarray(history, dtype=float)")]),
    _variant("mlp", "var_mlp_step_subtract_out",
             "step loops over grads.items() and subtracts with np.subtract(..., out=param).",
             [(M_STEP,
               "        for name, grad in grads.items():\n"
               "            param = getattr(self, name)\n"
               "            np.subtract(param, self.lr * grad, out=param)")]),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
