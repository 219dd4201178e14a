"""A ninth held-out corpus of beginner mistakes, written blind.

Written from ``/work/shared/COURSE_SPEC.md``, the reference solutions, the stubs,
``tests/heldout/probe.py`` and ``tests/test_heldout.py``; ``tests/heldout8/cases.py`` and the
first sections of ``tests/heldout8/README.md`` were read for the format and the keyword-group
rules, and the case names and ``did`` lines of heldout3 to heldout8 only to keep every bug here
a different mistake from theirs. No check, hint, mistake recogniser or other part of
``autograder/`` was opened, nor ``tests/corpus/`` nor the git history (see ``README.md``).

The format is that of ``tests/heldout6/cases.py`` (``name``, ``module``, ``kind``, ``edits``,
``did``, ``names``), so ``tests/heldout/measure.py --cases`` grades it unchanged. ``edits`` are
exact (old, new) replacements in ``solutions/<module>.py``. ``names`` lists alternatives; each
alternative is a list of keyword groups (a string, or a tuple of spellings), and a hint names
the mistake when, for some alternative, it holds one spelling of every group (the rule of
``names_mistake`` in ``tests/heldout/measure.py``). The keywords were fixed when each case was
written, before the grader saw any of them.
"""


def _bug(module, name, did, names, edits):
    return {"name": name, "module": module, "kind": "bug", "edits": edits, "did": did, "names": names}


def _variant(module, name, did, edits):
    return {"name": name, "module": module, "kind": "variant", "edits": edits, "did": did, "names": None}


IN_PLACE = ("in place", "in-place", "modif", "changed", "overwr", "mutat")

# ---------------------------------------------------------------------------- gates

G_ARRAY = "        return (z >= 0.5).astype(int)"
G_NUMBER = "    return int(z >= 0.5)"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"
G_RET = "    return threshold(z)"
G_EITHER = "    either = perceptron(x1, x2, OR_WEIGHTS)"
G_XOR_LAST = "    return perceptron(either, not_both, AND_WEIGHTS)"
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)"
)

GATES = [
    _bug("gates", "gates_threshold_ravels_arrays",
         "threshold returns (z >= 0.5).astype(int).ravel() for arrays, flattening a 2-D input "
         "instead of keeping its shape.",
         [[("shape", "ravel", "flatten", "1-d", "2-d")]],
         [(G_ARRAY, "        return (z >= 0.5).astype(int).ravel()")]),
    _bug("gates", "gates_threshold_magnitude",
         "threshold compares abs(z) with 0.5 in both branches, so a large negative sum such as -3 "
         "fires.",
         [[("abs", "magnitude", "negative")]],
         [(G_ARRAY, "        return (np.abs(z) >= 0.5).astype(int)"),
          (G_NUMBER, "    return int(abs(z) >= 0.5)")]),
    _bug("gates", "gates_perceptron_bias_in_parentheses",
         "perceptron writes (w0 + w1) * x1 + w2 * x2, so the bias weight is multiplied by x1 instead "
         "of being added once (x0 = 1).",
         [[("parenthes",)], ["w0", ("once", "added", "x1", "alone", "x0")]],
         [(G_Z, "    z = (w0 + w1) * np.asarray(x1) + w2 * np.asarray(x2)")]),
    _bug("gates", "gates_perceptron_returns_bool",
         "perceptron returns threshold(z) == 1, a bool (or boolean array) instead of the 0/1 "
         "integers.",
         [[("bool", "true/false", "integer", "int(", "0/1", "0 or 1")]],
         [(G_RET, "    return threshold(z) == 1")]),
    _bug("gates", "gates_or_weights_for_step_at_zero",
         "OR_WEIGHTS = (-0.5, 0.5, 0.5), weights from a tutorial whose step fires at 0; with the "
         "0.5 threshold one input on sums to 0 and OR behaves as AND.",
         [[("or_weights", "or gate", "or truth", "or(")]],
         [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (-0.5, 0.5, 0.5)")]),
    _bug("gates", "gates_nand_weights_tie_at_half",
         "NAND_WEIGHTS = (1.5, -0.5, -0.5): with both inputs on the sum is exactly 0.5, which "
         "still fires, so NAND is always 1.",
         [[("nand",)]],
         [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (1.5, -0.5, -0.5)")]),
    _bug("gates", "gates_nor_input_weights_too_weak",
         "NOR_WEIGHTS = (0.6, -0.1, -0.1): the input weights are too small to pull the sum below "
         "0.5 when one input is on, so NOR fires for (0, 1) and (1, 0).",
         [[("nor_weights", "nor gate", "nor truth", "nor(")]],
         [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (0.6, -0.1, -0.1)")]),
    _bug("gates", "gates_xor_nor_for_or",
         "xor's 'at least one on' hidden perceptron uses NOR_WEIGHTS instead of OR_WEIGHTS, so "
         "(0, 0) gives 1 and (0, 1) gives 0.",
         [[("or_weights", "or gate", "or perceptron", " or ", "nor")]],
         [(G_EITHER, "    either = perceptron(x1, x2, NOR_WEIGHTS)")]),
    _bug("gates", "gates_xor_thresholds_sum_of_hidden",
         "xor passes either + not_both straight to threshold instead of through the second-layer "
         "AND perceptron, so (0, 0) (sum 1) gives 1.",
         [[("and_weights", "second layer", "second-layer", "and perceptron", "and gate", "and of")]],
         [(G_XOR_LAST, "    return threshold(either + not_both)")]),
    _bug("gates", "gates_xor_not_both_as_not_or",
         "xor computes its 'not both' neuron as 1 - either (NOT of the OR output) instead of the "
         "NAND perceptron, so the second-layer AND never fires.",
         [[("nand",)]],
         [("    not_both = perceptron(x1, x2, NAND_WEIGHTS)", "    not_both = 1 - either")]),
]

GATES_VARIANTS = [
    _variant("gates", "var_gates_nor_negated_and",
             "NOR_WEIGHTS is AND's weights negated, tuple(-w for w in AND_WEIGHTS) = (0.5, -0.6, -0.6).",
             [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = tuple(-w for w in AND_WEIGHTS)")]),
    _variant("gates", "var_gates_xor_nor_of_and_and_nor",
             "xor as NOR(AND(x1, x2), NOR(x1, x2)), another two-layer net of the gate perceptrons.",
             [(G_XOR,
               "    both = perceptron(x1, x2, AND_WEIGHTS)\n"
               "    neither = perceptron(x1, x2, NOR_WEIGHTS)\n"
               "    return perceptron(both, neither, NOR_WEIGHTS)")]),
    _variant("gates", "var_gates_threshold_where_int",
             "threshold's array branch is np.where(z >= 0.5, 1, 0), an integer array.",
             [(G_ARRAY, "        return np.where(z >= 0.5, 1, 0)")]),
    _variant("gates", "var_gates_and_other_numbers",
             "AND_WEIGHTS = (-0.8, 0.7, 0.7): (1, 1) sums to 0.6, one input on to -0.1.",
             [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-0.8, 0.7, 0.7)")]),
    _variant("gates", "var_gates_perceptron_np_multiply",
             "perceptron's weighted sum with np.multiply on the inputs as given.",
             [(G_Z, "    z = w0 + np.multiply(w1, x1) + np.multiply(w2, x2)")]),
]

# ---------------------------------------------------------------------------- perceptron

P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_UPDATE = "                update = self.lr * (y_i - prediction)"
P_W = "                self.weights += update * x_i  # our own array: safe in place"
P_LOOP = "            for x_i, y_i in zip(X, y):"
P_RETURN = "                self.bias = float(self.bias + update)\n        return self"
P_X = "        X = np.asarray(X, dtype=float)\n        y = np.asarray(y, dtype=float)"
P_PREDICT_Z = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias"

PERCEPTRON = [
    _bug("perceptron", "perceptron_update_parenthesis_slip",
         "fit writes update = self.lr * y_i - prediction, leaving out the parentheses around the "
         "error, so the learning rate scales only the label.",
         [[("parenthes", "lr * (y", "lr*(y", "whole error", "the error")]],
         [(P_UPDATE, "                update = self.lr * y_i - prediction")]),
    _bug("perceptron", "perceptron_predict_bias_subtracted",
         "predict computes X @ weights - bias, subtracting the bias that fit added.",
         [[("bias",), ("subtract", "minus", "sign", "+ b", "+ self.bias", "+ bias", "added")]],
         [(P_PREDICT_Z, "        z = np.asarray(X, dtype=float) @ self.weights - self.bias")]),
    _bug("perceptron", "perceptron_skips_first_sample",
         "fit loops over zip(X[1:], y[1:]), so the first sample is never trained on.",
         [[("first sample", "every sample", "all samples", "each sample", "x[1:]", "skip", "index 0",
            "first row")]],
         [(P_LOOP, "            for x_i, y_i in zip(X[1:], y[1:]):")]),
    _bug("perceptron", "perceptron_update_divided_by_n_samples",
         "fit divides each weight step by len(X), averaging the update over the samples although "
         "the rule applies it whole (the bias step is not divided).",
         [[("len(x)", "number of samples", "divid", "averag", "n_samples")]],
         [(P_W, "                self.weights += update * x_i / len(X)")]),
    _bug("perceptron", "perceptron_step_minus_one",
         "fit's step predicts -1 for a negative sum (a +-1 perceptron) while the labels are 0/1, so "
         "a wrong 0 pushes twice as hard.",
         [[("-1", "minus one", "0 or 1", "0/1", "else 0")]],
         [(P_PRED, "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else -1")]),
    _bug("perceptron", "perceptron_weights_update_to_local",
         "fit writes weights = self.weights + update * x_i to a local name, so self.weights stays "
         "all zeros (only the bias learns).",
         [[("self.weights", "local", "never updated", "stay zero", "stays zero", "not updated",
            "never change", "assign")]],
         [(P_W, "                weights = self.weights + update * x_i")]),
    _bug("perceptron", "perceptron_fit_standardises_features",
         "fit standardises the features first, X = (X - X.mean(axis=0)) / X.std(axis=0), a "
         "tutorial's preprocessing that the rule does not have.",
         [[("standardi", "normali", "scal", "mean", "preprocess")]],
         [(P_X, P_X + "\n        X = (X - X.mean(axis=0)) / X.std(axis=0)")]),
    _bug("perceptron", "perceptron_return_inside_epoch_loop",
         "fit's return self is indented into the epoch loop, so training stops after the first "
         "epoch.",
         [[("epoch",), ("return", "indent", "one epoch", "first epoch", "only one")]],
         [(P_RETURN, "                self.bias = float(self.bias + update)\n            return self\n        return self")]),
    _bug("perceptron", "perceptron_sigmoid_prediction",
         "fit predicts with the sigmoid 1 / (1 + exp(-z)) (a logistic-regression habit) instead of "
         "the 0/1 step, so every sample moves the weights a little.",
         [[("step", "0 or 1", "0/1", "heaviside", "threshold")]],
         [(P_PRED, "                prediction = 1 / (1 + np.exp(-(x_i @ self.weights + self.bias)))")]),
    _bug("perceptron", "perceptron_update_truncated_to_int",
         "fit wraps the update in int(), update = int(self.lr * (y_i - prediction)), which "
         "truncates any step smaller than 1 to 0, so nothing learns.",
         [[("int(", "integer", "truncat", "to int", "to 0")]],
         [(P_UPDATE, "                update = int(self.lr * (y_i - prediction))")]),
]

PERCEPTRON_VARIANTS = [
    _variant("perceptron", "var_perceptron_fit_uses_predict",
             "fit predicts each sample with self.predict(x_i), the same >= 0 step.",
             [(P_PRED, "                prediction = self.predict(x_i)")]),
    _variant("perceptron", "var_perceptron_index_loop",
             "fit loops over indices, for i in range(len(X)), reading X[i] and y[i].",
             [(P_LOOP, "            for i in range(len(X)):\n                x_i, y_i = X[i], y[i]")]),
    _variant("perceptron", "var_perceptron_feature_loop",
             "fit adds the update to each weight in an inner loop over the features.",
             [(P_W, "                for j in range(len(self.weights)):\n"
                    "                    self.weights[j] += update * x_i[j]")]),
    _variant("perceptron", "var_perceptron_weights_rebound",
             "fit writes self.weights = self.weights + update * x_i, a new array each time.",
             [(P_W, "                self.weights = self.weights + update * x_i")]),
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
A_SOFT_DIV = "    return exps / np.sum(exps, axis=-1, keepdims=True)"

ACTIVATIONS = [
    _bug("activations", "act_sigmoid_tanh_identity_without_half",
         "sigmoid is written 0.5 * (1 + tanh(z)), the identity that needs tanh(z / 2).",
         [[("z / 2", "z/2", "half", "tanh(z)", "identity")]],
         [(A_SIG, "    return 0.5 * (1.0 + np.tanh(np.asarray(z, dtype=float)))")]),
    _bug("activations", "act_sigmoid_derivative_square_times_exp",
         "sigmoid_derivative is sigmoid(z) ** 2 * exp(-z), equal on paper, but exp(1000) overflows "
         "at z = -1000 and 0 * inf gives nan with a warning.",
         [[("overflow", "nan", "inf", "stab", "exp(-z)", "warning")]],
         [(A_DSIG, "    z = np.asarray(z, dtype=float)\n    return sigmoid(z) ** 2 * np.exp(-z)")]),
    _bug("activations", "act_sigmoid_negates_callers_array",
         "sigmoid flips the sign with z *= -1 on np.asarray(z, dtype=float), which for a float array "
         "is the caller's own array, so the input is changed (the values returned are right).",
         [[IN_PLACE]],
         [(A_SIG,
           "    z = np.asarray(z, dtype=float)\n"
           "    z *= -1\n"
           "    e = np.exp(-np.abs(z))\n"
           "    return np.where(z <= 0, 1.0, e) / (1.0 + e)")]),
    _bug("activations", "act_relu_builtin_max",
         "relu calls Python's built-in max(z, 0.0) instead of np.maximum, which cannot compare a "
         "whole array with 0 (and gives a Python float for a negative number).",
         [[("np.maximum", "built-in max", "builtin max", "python max", "max(", "element-wise",
            "elementwise")]],
         [(A_RELU, "    return max(np.asarray(z, dtype=float), 0.0)")]),
    _bug("activations", "act_relu_derivative_relu_over_z",
         "relu_derivative computes relu(z) / z, the rise over the run, which divides by zero at "
         "z = 0 (nan with a warning).",
         [[("divi", "nan", "z = 0", "z=0", "/ z", "at 0")]],
         [(A_DRELU, "    z = np.asarray(z, dtype=float)\n    return relu(z) / z")]),
    _bug("activations", "act_leaky_relu_alpha_times_whole_z",
         "leaky_relu adds alpha * z instead of alpha * min(z, 0), so positive inputs come out as "
         "(1 + alpha) * z.",
         [[("min", "negative part", "positive", "z > 0", "z <= 0", "where")]],
         [(A_LEAKY, "    return np.maximum(z, 0.0) + alpha * z")]),
    _bug("activations", "act_leaky_derivative_adds_alpha_everywhere",
         "leaky_relu_derivative returns (z > 0) + alpha, adding alpha on the right too, so the "
         "slope for z > 0 is 1 + alpha.",
         [[("1 + alpha", "1+alpha", "z > 0", "where", "right", "positive")]],
         [(A_DLEAKY, "    return (z > 0).astype(float) + alpha")]),
    _bug("activations", "act_leaky_derivative_python_conditional",
         "leaky_relu_derivative is the Python expression 1.0 if z > 0 else alpha, which raises "
         "'truth value ... ambiguous' for arrays.",
         [[("array", "element-wise", "elementwise", "np.where", "ambiguous")]],
         [(A_DLEAKY, "    return 1.0 if z > 0 else alpha")]),
    _bug("activations", "act_softmax_divides_by_norm",
         "softmax divides the shifted exponentials by their Euclidean length (np.linalg.norm) "
         "instead of their sum, so the slices do not sum to 1.",
         [[("sum of the exp", "sum of exp", "np.sum", "sum(", "norm")]],
         [(A_SOFT_DIV, "    return exps / np.linalg.norm(exps, axis=-1, keepdims=True)")]),
    _bug("activations", "act_tanh_derivative_sign_reversed",
         "tanh_derivative returns tanh(z) ** 2 - 1, the terms in the wrong order, a negative slope.",
         [[("1 - tanh", "1-tanh", "sign", "negative", "order")]],
         [(A_DTANH, "    return tanh(z) ** 2 - 1.0")]),
]

ACTIVATIONS_VARIANTS = [
    _variant("activations", "var_act_sigmoid_tanh_identity",
             "sigmoid as 0.5 * (1 + tanh(z / 2)), stable for any z.",
             [(A_SIG, "    z = np.asarray(z, dtype=float)\n    return 0.5 * (1.0 + np.tanh(z / 2.0))")]),
    _variant("activations", "var_act_sigmoid_logaddexp",
             "sigmoid as exp(-logaddexp(0, -z)), the log-space form.",
             [(A_SIG, "    z = np.asarray(z, dtype=float)\n    return np.exp(-np.logaddexp(0.0, -z))")]),
    _variant("activations", "var_act_sigmoid_derivative_mirror",
             "sigmoid_derivative as sigmoid(z) * sigmoid(-z), since 1 - sigmoid(z) = sigmoid(-z).",
             [(A_DSIG, "    z = np.asarray(z, dtype=float)\n    return sigmoid(z) * sigmoid(-z)")]),
    _variant("activations", "var_act_tanh_from_sigmoid",
             "tanh as 2 * sigmoid(2z) - 1, using the stable sigmoid.",
             [(A_TANH, "    return 2.0 * sigmoid(2.0 * np.asarray(z, dtype=float)) - 1.0")]),
    _variant("activations", "var_act_tanh_derivative_factored",
             "tanh_derivative as (1 - t) * (1 + t) with t = tanh(z).",
             [(A_DTANH, "    t = tanh(z)\n    return (1.0 - t) * (1.0 + t)")]),
    _variant("activations", "var_act_relu_mask_product",
             "relu as z * (z > 0) on the float array.",
             [(A_RELU, "    z = np.asarray(z, dtype=float)\n    return z * (z > 0)")]),
    _variant("activations", "var_act_leaky_where",
             "leaky_relu as np.where(z > 0, z, alpha * z).",
             [(A_LEAKY, "    return np.where(z > 0, z, alpha * z)")]),
]

# ---------------------------------------------------------------------------- neuron

N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias"
N_RET = "        return float(_sigmoid(total))"
N_TINY_INIT = (
    "        self.h1 = Neuron(weights, bias)\n"
    "        self.h2 = Neuron(weights, bias)\n"
    "        self.o1 = Neuron(weights, bias)"
)
N_SUM = "        total = sum(x * w for x, w in zip(inputs, neuron_weights))"
N_LOOP = "    for neuron_weights, bias in zip(weights, biases):"
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"

NEURON = [
    _bug("neuron", "neuron_relu_instead_of_sigmoid",
         "Neuron.feedforward returns max(0, total), a ReLU from another tutorial, instead of the "
         "sigmoid of the sum.",
         [[("relu", "max(")], ["sigmoid", "negative"]],
         [(N_RET, "        return float(max(0.0, total))")]),
    _bug("neuron", "neuron_feedforward_product_of_sums",
         "Neuron.feedforward multiplies sum(weights) by sum(inputs) instead of summing the "
         "products weights[i] * inputs[i].",
         [[("dot", "product", "weighted sum", "w_i", "weights[i]")]],
         [(N_TOTAL, "        total = np.sum(self.weights) * np.sum(inputs) + self.bias")]),
    _bug("neuron", "neuron_feedforward_prepends_constant_input",
         "Neuron.feedforward puts the gates' constant input x0 = 1 in front of the inputs, "
         "np.dot(weights, [1, *inputs]), though these weights have no slot for it and the bias is "
         "separate.",
         [[("x0", "constant", "length", "shape", "extra", "[1,", "prepend")]],
         [(N_TOTAL, "        total = np.dot(self.weights, [1.0, *inputs]) + self.bias")]),
    _bug("neuron", "neuron_inputs_cast_to_int",
         "Neuron.feedforward converts the inputs with np.array(inputs, dtype=int), truncating "
         "fractional inputs such as 0.25 to 0.",
         [[("integer", "truncat", "dtype=int", "to int", "as int", "astype(int")]],
         [(N_TOTAL, "        total = np.dot(self.weights, np.array(inputs, dtype=int)) + self.bias")]),
    _bug("neuron", "neuron_tiny_hidden_without_bias",
         "TinyNetwork builds h1 and h2 with bias 0; only the output neuron o1 gets the shared bias.",
         [[("bias",), ("h1", "h2", "hidden")]],
         [(N_TINY_INIT,
           "        self.h1 = Neuron(weights, 0)\n"
           "        self.h2 = Neuron(weights, 0)\n"
           "        self.o1 = Neuron(weights, bias)")]),
    _bug("neuron", "neuron_layer_every_pair",
         "layer_output's comprehension has two for clauses, sum(x * w for x in inputs for w in "
         "neuron_weights), multiplying every input by every weight instead of pairing them.",
         [[("zip", "pair", "weights[j][i]", "inputs[i]", "every input")]],
         [(N_SUM, "        total = sum(x * w for x in inputs for w in neuron_weights)")]),
    _bug("neuron", "neuron_layer_two_inputs_hardcoded",
         "layer_output writes inputs[0] * w[0] + inputs[1] * w[1], the two inputs of the example "
         "hard-coded, so any further inputs are ignored.",
         [[("every input", "all inputs", "all the inputs", "each input", "two inputs", "hard-coded",
            "hardcoded", "zip", "loop")]],
         [(N_SUM, "        total = inputs[0] * neuron_weights[0] + inputs[1] * neuron_weights[1]")]),
    _bug("neuron", "neuron_count_only_output_biases",
         "count_parameters counts all the weights but only the output layer's biases, "
         "sizes[-1], leaving out those of the hidden layers.",
         [[("bias",), ("hidden", "every layer", "each layer", "all layers")]],
         [(N_COUNT, "    if len(sizes) < 2:\n        return 0\n"
                    "    return sum(a * b for a, b in zip(sizes, sizes[1:])) + sizes[-1]")]),
    _bug("neuron", "neuron_count_product_of_all_widths",
         "count_parameters counts the weights as the product of all the widths (every path "
         "through the network) instead of the sum of a * b over neighbouring layers.",
         [[("neighbo", "adjacent", "consecutive", "pair", "a * b", "a*b", "each pair", "product")]],
         [(N_COUNT, "    if len(sizes) < 2:\n        return 0\n"
                    "    return int(np.prod(sizes)) + sum(sizes[1:])")]),
    _bug("neuron", "neuron_sigmoid_of_inputs",
         "Neuron.feedforward passes the inputs through the sigmoid before weighting them, "
         "dot(weights, sigmoid(inputs)) + bias, and returns that sum, instead of the sigmoid of "
         "the weighted sum.",
         [[("sigmoid(dot", "sigmoid of the", "after the", "weighted sum", "sigmoid(np.dot",
            "sigmoid(total", "on the sum", "of the sum")]],
         [(N_TOTAL + "\n" + N_RET,
           "        total = np.dot(self.weights, _sigmoid(np.asarray(inputs, dtype=float))) + self.bias\n"
           "        return float(total)")]),
]

NEURON_VARIANTS = [
    _variant("neuron", "var_neuron_item",
             "feedforward returns _sigmoid(total).item(), a Python float.",
             [(N_RET, "        return _sigmoid(total).item()")]),
    _variant("neuron", "var_neuron_layer_index_loop",
             "layer_output loops over neuron indices j and input indices i.",
             [(N_LOOP + "\n" + N_SUM,
               "    for j in range(len(biases)):\n"
               "        neuron_weights, bias = weights[j], biases[j]\n"
               "        total = 0.0\n"
               "        for i in range(len(inputs)):\n"
               "            total += inputs[i] * neuron_weights[i]")]),
    _variant("neuron", "var_neuron_count_plus_one_times_b",
             "count_parameters as (a + 1) * b per pair of layers.",
             [(N_COUNT, "    return sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))")]),
    _variant("neuron", "var_neuron_count_split",
             "count_parameters adds the weights and the biases in two sums.",
             [(N_COUNT, "    weights = sum(a * b for a, b in zip(sizes, sizes[1:]))\n"
                        "    biases = sum(sizes[1:])\n"
                        "    return weights + biases")]),
]

# ---------------------------------------------------------------------------- loss

L_CHECK = "    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss: y_true"
L_EMPTY = ("    if y_true.size == 0:\n"
           "        raise ValueError(\"mse_loss: the inputs are empty; there is no mean to take\")")
L_MEAN = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"

LOSS = [
    _bug("loss", "loss_mse_square_binds_to_pred",
         "mse_loss writes np.mean(y_true - y_pred ** 2) without parentheses, so only the "
         "predictions are squared.",
         [[("parenthes", "(y_true - y_pred) ** 2", "(y_true - y_pred)**2", "precedence",
            "square of the difference", "squared difference")]],
         [(L_MEAN, "    return float(np.mean(y_true - y_pred ** 2))")]),
    _bug("loss", "loss_mse_empty_returns_zero",
         "mse_loss returns 0.0 for empty inputs instead of raising ValueError.",
         [[("valueerror", "raise"), ("empty", "no element", "zero element", "0 element")]],
         [(L_EMPTY, "    if y_true.size == 0:\n        return 0.0")]),
    _bug("loss", "loss_mse_one_sided_size_check",
         "mse_loss raises only when y_true has fewer elements than y_pred (y_true.size < "
         "y_pred.size), so a one-element y_pred against several targets broadcasts silently.",
         [[("valueerror", "element count", "number of elements", "differ", "mismatch")]],
         [("    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss: y_true",
           "    if y_true.size < y_pred.size:\n        raise ValueError(\n            f\"mse_loss: y_true")]),
    _bug("loss", "loss_mse_expanded_square_sign_slip",
         "mse_loss expands the square as y_true ** 2 - 2 * y_true * y_pred - y_pred ** 2, the last "
         "sign wrong (it is + y_pred ** 2).",
         [[("+ y_pred", "sign", "expan", "(y_true - y_pred) ** 2", "(y_true - y_pred)**2", "minus")]],
         [(L_MEAN, "    return float(np.mean(y_true ** 2 - 2 * y_true * y_pred - y_pred ** 2))")]),
    _bug("loss", "loss_grad_divides_by_n_minus_1",
         "mse_loss_gradient divides by y_pred.size - 1, as for a sample variance, instead of N.",
         [[("n - 1", "n-1", "size - 1", "minus one", "- 1")]],
         [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / (y_pred.size - 1)")]),
    _bug("loss", "loss_grad_clipped",
         "mse_loss_gradient clips the gradient into [-1, 1] (a gradient-clipping habit), so large "
         "errors get a wrong gradient.",
         [[("clip",)]],
         [(L_GRAD, "    return np.clip(2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size, -1.0, 1.0)")]),
    _bug("loss", "loss_grad_twice_the_loss",
         "mse_loss_gradient returns 2 * mse_loss(y_true, y_pred), one number, taking the derivative "
         "of the loss value instead of one derivative per prediction.",
         [[("per element", "each element", "each prediction", "element-wise", "elementwise",
            "one number", "a number", "scalar", "y_pred's shape", "shape of y_pred")]],
         [(L_GRAD, "    return 2.0 * mse_loss(y_true, y_pred)")]),
    _bug("loss", "loss_grad_returns_loss_too",
         "mse_loss_gradient returns the pair (mse_loss(...), gradient) instead of the gradient "
         "alone.",
         [[("tuple", "pair", "loss too", "the loss", "two values", "only the gradient")]],
         [(L_GRAD, "    grad = 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
                   "    return mse_loss(y_true, y_pred), grad")]),
    _bug("loss", "loss_mse_compares_shapes",
         "mse_loss checks np.shape(y_true) != np.shape(y_pred) before flattening, so the same n "
         "values as (n,) and (n, 1) are rejected with ValueError.",
         [[("(n,)", "(n, 1)", "(n,1)", "shape", "element count", "number of elements")]],
         [("    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()\n    if y_true.size != y_pred.size:",
           "    if np.shape(y_true) != np.shape(y_pred):\n"
           "        raise ValueError(\"mse_loss: y_true and y_pred must have the same shape\")\n"
           "    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()\n    if y_true.size != y_pred.size:")]),
    _bug("loss", "loss_grad_absolute_difference",
         "mse_loss_gradient returns 2 * |y_pred - y_true| / N, taking the absolute value of the "
         "difference, so every gradient is non-negative whichever side the prediction is on.",
         [[("abs", "sign", "negative")]],
         [(L_GRAD, "    return 2.0 * np.abs(y_pred - y_true.reshape(y_pred.shape)) / y_pred.size")]),
]

LOSS_VARIANTS = [
    _variant("loss", "var_loss_mse_loop",
             "mse_loss sums the squared differences in a Python loop and divides by the count.",
             [(L_MEAN, "    total = 0.0\n"
                       "    for t, p in zip(y_true, y_pred):\n"
                       "        total += (t - p) ** 2\n"
                       "    return float(total / len(y_true))")]),
    _variant("loss", "var_loss_mse_expanded_square",
             "mse_loss expands the square, y_true ** 2 - 2 * y_true * y_pred + y_pred ** 2.",
             [(L_MEAN, "    return float(np.mean(y_true ** 2 - 2 * y_true * y_pred + y_pred ** 2))")]),
    _variant("loss", "var_loss_mse_dot",
             "mse_loss as the dot product of the difference with itself, divided by N.",
             [(L_MEAN, "    diff = y_true - y_pred\n    return float(diff @ diff / diff.size)")]),
    _variant("loss", "var_loss_grad_negated_difference",
             "mse_loss_gradient as -2 * (y_true - y_pred) / N.",
             [(L_GRAD, "    return -2.0 * (y_true.reshape(y_pred.shape) - y_pred) / y_pred.size")]),
]

# ---------------------------------------------------------------------------- backprop

B_FF_H1 = "    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return float(o1)"
B_DLDO1 = "    d_L_d_o1 = -2.0 * (y_true - o1)"
B_DO1 = "    d_o1 = o1 * (1.0 - o1)"
B_W1 = "        \"w1\": d_L_d_h1 * x[0] * d_h1,"
B_W3 = "        \"w3\": d_L_d_h2 * x[0] * d_h2,"
B_SGD = (
    "    return {\n"
    "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
    "    }"
)
B_LOSS = "        losses.append(float(sum(errors) / len(errors)))"
B_LOSSES_INIT = "    params = dict(params)\n    losses = []"

BACKPROP = [
    _bug("backprop", "bp_feedforward_b3_outside_sigmoid",
         "feedforward adds b3 after the output sigmoid, sigmoid(w5*h1 + w6*h2) + b3, instead of "
         "inside it.",
         [[("b3",), ("inside", "before", "sigmoid(", "outside", "after")]],
         [(B_FF_H1, B_FF_H1.replace("    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])",
                                    "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2) + p[\"b3\"]"))]),
    _bug("backprop", "bp_feedforward_hidden_linear",
         "feedforward leaves the hidden neurons linear, h1 = w1*x[0] + w2*x[1] + b1 (and h2 alike), "
         "with a sigmoid only on o1.",
         [[("sigmoid",), ("hidden", "h1", "h2")]],
         [(B_FF_H1,
           "    h1 = p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"]\n"
           "    h2 = p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"]\n"
           "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
           "    return float(o1)")]),
    _bug("backprop", "bp_w1_times_h1",
         "backprop's dL/dw1 multiplies by h1, the neuron's output, instead of x[0], the input that "
         "w1 weighs.",
         [["w1", ("x[0]", "x0", "input x")]],
         [(B_W1, "        \"w1\": d_L_d_h1 * h1 * d_h1,")]),
    _bug("backprop", "bp_w3_without_input",
         "backprop's dL/dw3 leaves out the input x[0], writing it like the bias derivative "
         "dL/dh2 * s'(h2).",
         [["w3", ("x[0]", "x0", "input x", "times x")]],
         [(B_W3, "        \"w3\": d_L_d_h2 * d_h2,")]),
    _bug("backprop", "bp_forgets_dL_do1",
         "backprop sets d_L_d_o1 = 1, so it returns the derivatives of o1 instead of the loss "
         "(the factor -2 * (y_true - o1) is missing).",
         [[("dl/do1", "-2", "y_true - o1", "loss", "(y_true")]],
         [(B_DLDO1, "    d_L_d_o1 = 1.0")]),
    _bug("backprop", "bp_output_slope_of_tanh",
         "backprop takes the output neuron's slope as 1 - o1 ** 2, tanh's derivative, instead of "
         "the sigmoid's o1 * (1 - o1).",
         [[("o1 * (1 - o1)", "o1*(1-o1)", "o1 * (1.0 - o1)", "sigmoid", "tanh")]],
         [(B_DO1, "    d_o1 = 1.0 - o1 ** 2")]),
    _bug("backprop", "bp_sgd_step_returns_list",
         "sgd_step returns a list of the nine new values in PARAM_NAMES order instead of a dict "
         "keyed by name.",
         [["dict", "list"]],
         [(B_SGD, "    return [\n"
                  "        float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
                  "    ]")]),
    _bug("backprop", "bp_train_records_start_loss_too",
         "train records the loss of the starting parameters before the first epoch as well, so it "
         "returns epochs + 1 losses.",
         [[("epochs + 1", "one loss too many", "one too many", "too many", "extra", "before the first",
            "starting", "len(losses)")]],
         [(B_LOSSES_INIT,
           "    params = dict(params)\n"
           "    losses = [float(np.mean([(y - feedforward(params, x)) ** 2\n"
           "                             for x, y in zip(data, all_y_trues)]))]")]),
    _bug("backprop", "bp_train_loss_divided_by_features",
         "train divides the epoch's summed squared errors by len(x), the two features of a "
         "sample, instead of by the number of samples.",
         [[("number of samples", "len(data)", "len(errors)", "mean", "len(x)", "features")]],
         [(B_LOSS, "        losses.append(float(sum(errors) / len(x)))")]),
    _bug("backprop", "bp_train_appends_error_list",
         "train appends the list of squared errors itself for each epoch instead of their mean.",
         [[("mean", "average", "a float", "one number", "single")]],
         [(B_LOSS, "        losses.append(errors)")]),
]

BACKPROP_VARIANTS = [
    _variant("backprop", "var_bp_train_loss_np_mean",
             "train's epoch loss with np.mean over the squared errors, converted to float.",
             [(B_LOSS, "        losses.append(float(np.mean(errors)))")]),
    _variant("backprop", "var_bp_sgd_step_loop",
             "sgd_step builds the new dict in a for loop over PARAM_NAMES.",
             [(B_SGD, "    new_params = {}\n"
                      "    for name in PARAM_NAMES:\n"
                      "        new_params[name] = float(params[name] - learn_rate * grads[name])\n"
                      "    return new_params")]),
    _variant("backprop", "var_bp_output_delta_named",
             "backprop forms the output delta dL/do1 * s'(o1) first, then multiplies it by w5, w6.",
             [("    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1",
               "    delta_o = d_L_d_o1 * d_o1\n"
               "    d_L_d_h1 = delta_o * p[\"w5\"]\n"
               "    d_L_d_h2 = delta_o * p[\"w6\"]")]),
    _variant("backprop", "var_bp_feedforward_hidden_list",
             "feedforward computes the hidden outputs in a list and the output from it.",
             [(B_FF_H1,
               "    hidden = [\n"
               "        _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"]),\n"
               "        _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"]),\n"
               "    ]\n"
               "    return float(_sigmoid(p[\"w5\"] * hidden[0] + p[\"w6\"] * hidden[1] + p[\"b3\"]))")]),
]

# ---------------------------------------------------------------------------- mlp

M_FORWARD = "        return _sigmoid(A1 @ self.W2 + self.b2)"
M_LOSS_Y = "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n        return float(np.mean((A2 - Y) ** 2))"
M_LOSS_MEAN = "        return float(np.mean((A2 - Y) ** 2))"
M_BWD_A1 = "        A1 = _sigmoid(X @ self.W1 + self.b1)\n        A2 = _sigmoid(A1 @ self.W2 + self.b2)\n        Y ="
M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)"
M_DZ1 = "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)"
M_STEP = (
    "        for name in PARAM_NAMES:\n"
    "            param = getattr(self, name)\n"
    "            param -= self.lr * grads[name]"
)
M_FIT_RET = "            self.step(self.backward(X, y))\n        return losses"
M_PREDICT = "        return (self.forward(X) >= 0.5).astype(int)"

MLP = [
    _bug("mlp", "mlp_forward_squeezes_output",
         "forward returns the outputs .squeeze()d, so with one output A2 has shape (m,) instead of "
         "(m, output_size).",
         [[("squeeze", "(m, output_size)", "(m, 1)", "2-d", "(m,)")]],
         [(M_FORWARD, "        return _sigmoid(A1 @ self.W2 + self.b2).squeeze()")]),
    _bug("mlp", "mlp_loss_sums_output_means",
         "loss takes the mean over the samples for each output and adds the outputs up, which "
         "with several outputs is output_size times the mean over all elements.",
         [[("mean over all", "all elements", "m * output_size", "m*output_size", "axis=0", "per output",
            "each output")]],
         [(M_LOSS_MEAN, "        return float(np.mean((A2 - Y) ** 2, axis=0).sum())")]),
    _bug("mlp", "mlp_loss_targets_cast_to_int",
         "loss converts the targets with np.asarray(y, dtype=int), truncating real-valued targets "
         "to 0.",
         [[("integer", "truncat", "dtype=int", "to int", "as int", "astype(int")]],
         [(M_LOSS_Y, "        Y = np.asarray(y, dtype=int).reshape(A2.shape)\n        return float(np.mean((A2 - Y) ** 2))")]),
    _bug("mlp", "mlp_loss_targets_transposed_layout",
         "loss reshapes y to (output_size, m) and transposes it, the column-per-sample layout of "
         "another tutorial, so with several outputs the targets meet the wrong outputs.",
         [[("reshape", "layout", "transpos", "(m, output_size)", "a2.shape", "order")]],
         [(M_LOSS_Y, "        Y = np.asarray(y, dtype=float).reshape(A2.shape[::-1]).T\n"
                     "        return float(np.mean((A2 - Y) ** 2))")]),
    _bug("mlp", "mlp_backward_hidden_without_b1",
         "backward recomputes the hidden layer as sigmoid(X @ W1), leaving out b1 (forward has it).",
         [["b1", ("hidden", "a1", "forward pass", "recompute", "z1")]],
         [(M_BWD_A1, "        A1 = _sigmoid(X @ self.W1)\n        A2 = _sigmoid(A1 @ self.W2 + self.b2)\n        Y =")]),
    _bug("mlp", "mlp_backward_divides_by_output_size",
         "backward's dZ2 divides by output_size (A2.shape[1]) instead of N = m * output_size.",
         [[("m * output_size", "m*output_size", "a2.size", "number of elements", "all elements",
            "samples", "a2.shape[1]")]],
         [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / A2.shape[1] * A2 * (1.0 - A2)")]),
    _bug("mlp", "mlp_step_momentum",
         "step keeps a momentum velocity (0.9 times the previous one plus the gradient) and steps "
         "with it, so from the second step on the update is not lr * grad.",
         [[("momentum", "velocity")]],
         [(M_STEP,
           "        for name in PARAM_NAMES:\n"
           "            param = getattr(self, name)\n"
           "            velocity = 0.9 * getattr(self, \"v_\" + name, 0.0) + grads[name]\n"
           "            setattr(self, \"v_\" + name, velocity)\n"
           "            param -= self.lr * velocity")]),
    _bug("mlp", "mlp_fit_stores_losses_returns_none",
         "fit stores the losses in self.losses and returns nothing, instead of returning the array.",
         [[("none", "nothing", "no return", "return the losses", "returns the losses",
            "return losses", "self.losses")]],
         [(M_FIT_RET, "            self.step(self.backward(X, y))\n        self.losses = losses")]),
    _bug("mlp", "mlp_predict_returns_list",
         "predict returns .tolist() of the labels, nested Python lists instead of an integer array.",
         [[("list",)], [("ndarray", "numpy array")]],
         [(M_PREDICT, "        return (self.forward(X) >= 0.5).astype(int).tolist()")]),
    _bug("mlp", "mlp_forward_softmax_output",
         "forward puts a softmax on the output layer (a multi-class habit) instead of the sigmoid, "
         "so with one output every A2 is 1.",
         [[("softmax",)]],
         [(M_FORWARD,
           "        Z2 = A1 @ self.W2 + self.b2\n"
           "        E = np.exp(Z2 - Z2.max(axis=1, keepdims=True))\n"
           "        return E / E.sum(axis=1, keepdims=True)")]),
    _bug("mlp", "mlp_backward_output_fed_Z1",
         "backward's forward pass feeds the hidden pre-activations Z1 = X @ W1 + b1 into the output "
         "layer instead of A1 = sigmoid(Z1), while forward itself is right.",
         [["z1", ("a1", "sigmoid", "activation")]],
         [(M_BWD_A1, "        Z1 = X @ self.W1 + self.b1\n        A1 = _sigmoid(Z1)\n"
                     "        A2 = _sigmoid(Z1 @ self.W2 + self.b2)\n        Y =")]),
]

MLP_VARIANTS = [
    _variant("mlp", "var_mlp_loss_square_mean",
             "loss as np.square(A2 - Y).mean().",
             [(M_LOSS_MEAN, "        return float(np.square(A2 - Y).mean())")]),
    _variant("mlp", "var_mlp_hidden_slope_expanded",
             "backward's hidden slope written A1 - A1 ** 2.",
             [(M_DZ1, "        dZ1 = (dZ2 @ self.W2.T) * (A1 - A1 ** 2)")]),
    _variant("mlp", "var_mlp_predict_where",
             "predict as np.where(forward(X) >= 0.5, 1, 0).",
             [(M_PREDICT, "        return np.where(self.forward(X) >= 0.5, 1, 0)")]),
    _variant("mlp", "var_mlp_dZ2_split",
             "backward forms dA2 = 2 * (A2 - Y) / N first, then dZ2 = dA2 * A2 * (1 - A2).",
             [(M_DZ2, "        dA2 = 2.0 * (A2 - Y) / (Y.shape[0] * Y.shape[1])\n"
                      "        dZ2 = dA2 * A2 * (1.0 - A2)")]),
    _variant("mlp", "var_mlp_step_explicit",
             "step subtracts in place from each of the four attributes, written out.",
             [(M_STEP, "        self.W1 -= self.lr * grads[\"W1\"]\n"
                       "        self.b1 -= self.lr * grads[\"b1\"]\n"
                       "        self.W2 -= self.lr * grads[\"W2\"]\n"
                       "        self.b2 -= self.lr * grads[\"b2\"]")]),
]

CASES = (
    GATES + GATES_VARIANTS + PERCEPTRON + PERCEPTRON_VARIANTS + ACTIVATIONS + ACTIVATIONS_VARIANTS
    + NEURON + NEURON_VARIANTS + LOSS + LOSS_VARIANTS + BACKPROP + BACKPROP_VARIANTS + MLP + MLP_VARIANTS
)
