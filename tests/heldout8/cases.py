"""An eighth held-out corpus of beginner mistakes, written blind.

Written from ``COURSE_SPEC.md``, the reference solutions and their docstrings, the stubs,
``tests/heldout/probe.py``, ``tests/test_heldout.py`` and the format of
``tests/heldout7/cases.py``; the case lists (names and ``did`` lines) of heldout3 to heldout7
were read only to keep every bug here a different mistake from theirs. No check, hint,
mistake recogniser or other part of ``autograder/`` was opened, nor ``tests/corpus/``,
``tests/heldout/cases.py``, ``tests/heldout2/``, any REVIEW.md or the git history (see
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
G_NAND_HIDDEN = "    not_both = perceptron(x1, x2, NAND_WEIGHTS)"
G_XOR_LAST = "    return perceptron(either, not_both, AND_WEIGHTS)"

GATES = [
    _bug("gates", "gates_threshold_point_zero_five",
         "threshold compares with 0.05 instead of 0.5 (a dropped digit), in both the number and the "
         "array branch, so a sum of 0.2 already fires.",
         [[("0.5", "one half", "0.05")]],
         [(G_NUM, "    return int(z >= 0.05)"), (G_ARR, "        return (z >= 0.05).astype(int)")]),
    _bug("gates", "gates_threshold_sign_of_shift",
         "threshold returns int(np.sign(z - 0.5)) for a number, so a sum below 0.5 gives -1 and "
         "exactly 0.5 gives 0.",
         [[("sign",), ("0 or 1", "0/1", "-1", "step", "negative")]],
         [(G_NUM, "    return int(np.sign(z - 0.5))")]),
    _bug("gates", "gates_threshold_checks_list_type",
         "threshold tests isinstance(z, list) instead of np.ndarray, so every array falls into "
         "int(z >= 0.5), which fails for more than one element.",
         [[("ndarray", "array"), ("int(", "isinstance", "list", "truth value", "ambiguous")]],
         [("    if isinstance(z, np.ndarray):", "    if isinstance(z, list):")]),
    _bug("gates", "gates_perceptron_averages_terms",
         "perceptron divides the weighted sum by 3 (the number of terms), taking a mean where the "
         "spec's w0 + w1*x1 + w2*x2 is a plain sum.",
         [[("/ 3", "divid", "mean", "average")]],
         [(G_Z, "    z = (w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)) / 3")]),
    _bug("gates", "gates_perceptron_int_instead_of_threshold",
         "perceptron returns int(z >= 0.5) itself instead of calling threshold, which works for "
         "numbers but fails on arrays of inputs.",
         [[("threshold(",), ("array",)], [("int(",), ("array",)]],
         [(G_RET, "    return int(z >= 0.5)\n    ### END SOLUTION")]),
    _bug("gates", "gates_and_second_weight_too_small",
         "AND_WEIGHTS = (-0.5, 0.6, 0.3): with both inputs on the sum is only 0.4, so AND never "
         "fires.",
         [[("and_weights", "and gate", "never fires", "both inputs")]],
         [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-0.5, 0.6, 0.3)")]),
    _bug("gates", "gates_or_bias_at_threshold",
         "OR_WEIGHTS = (0.5, 0.6, 0.6): the bias weight equals the threshold, so (0, 0) already "
         "fires and OR is always 1.",
         [[("or_weights", "or gate", "(0, 0)", "0, 0", "both inputs off", "always")]],
         [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.5, 0.6, 0.6)")]),
    _bug("gates", "gates_nand_one_sign_slip",
         "NAND_WEIGHTS = (1.5, 0.6, -0.6): the minus on w1 was dropped, so (1, 1) still fires.",
         [[("nand",)]],
         [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (1.5, 0.6, -0.6)")]),
    _bug("gates", "gates_nor_weights_not_negated",
         "NOR_WEIGHTS = (0.5, 0.6, 0.6): the input weights were left positive, so NOR fires on "
         "every input.",
         [[("nor",)]],
         [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (0.5, 0.6, 0.6)")]),
    _bug("gates", "gates_xor_nand_fed_or_output",
         "xor feeds the OR output and x2 (not x1 and x2) into the NAND, a wiring slip, so (0, 1) "
         "gives 0.",
         [[("nand",), ("x1", "input", "wir")]],
         [(G_NAND_HIDDEN, "    not_both = perceptron(either, x2, NAND_WEIGHTS)")]),
    _variant("gates", "var_gates_and_small_weights",
             "AND_WEIGHTS = (-0.2, 0.4, 0.4), other numbers with the same truth table.",
             [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-0.2, 0.4, 0.4)")]),
    _variant("gates", "var_gates_nor_bias_point_six",
             "NOR_WEIGHTS = (0.6, -0.6, -0.6), other numbers with the same truth table.",
             [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (0.6, -0.6, -0.6)")]),
    _variant("gates", "var_gates_xor_sum_minus_one",
             "xor returns either + not_both - 1, the AND of two 0/1 values written as arithmetic.",
             [(G_XOR_LAST, "    return either + not_both - 1")]),
    _variant("gates", "var_gates_nand_as_one_minus_and",
             "xor builds the NAND output as 1 - perceptron(x1, x2, AND_WEIGHTS).",
             [(G_NAND_HIDDEN, "    not_both = 1 - perceptron(x1, x2, AND_WEIGHTS)")]),
    _variant("gates", "var_gates_threshold_asarray_int",
             "threshold converts an array's comparison with np.asarray(z >= 0.5, dtype=int).",
             [(G_ARR, "        return np.asarray(z >= 0.5, dtype=int)")]),
]

# ---------------------------------------------------------------------------- perceptron

P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_UPD = "                update = self.lr * (y_i - prediction)"
P_W = "                self.weights += update * x_i  # our own array: safe in place"
P_EPOCHS = "        for _ in range(self.epochs):\n"

PERCEPTRON = [
    _bug("perceptron", "perceptron_zeros_of_n_samples",
         "fit starts from np.zeros(X.shape[0]), one weight per sample instead of per feature.",
         [[("shape[1]", "n_features", "feature", "per column"), ("weight", "zeros")]],
         [("        self.weights = np.zeros(X.shape[1])", "        self.weights = np.zeros(X.shape[0])")]),
    _bug("perceptron", "perceptron_update_absolute_error",
         "fit takes abs(y_i - prediction), so every mistake pushes the weights up, never down.",
         [[("abs",)], [("sign", "direction"), ("update", "y_i - prediction", "error")]],
         [(P_UPD, "                update = self.lr * abs(y_i - prediction)")]),
    _bug("perceptron", "perceptron_fit_fires_at_half",
         "fit predicts 1 only when the sum is >= 0.5 (exercise 1's threshold) instead of >= 0.",
         [[("0.5", "threshold", ">= 0", ">=0")]],
         [(P_PRED, "                prediction = 1 if x_i @ self.weights + self.bias >= 0.5 else 0")]),
    _bug("perceptron", "perceptron_epochs_are_samples",
         "fit loops range(len(X)) times instead of self.epochs, so the number of passes is the "
         "number of samples.",
         [[("epoch",), ("self.epochs", "len(x)", "number of passes", "samples")]],
         [(P_EPOCHS, "        for _ in range(len(X)):\n")]),
    _bug("perceptron", "perceptron_weights_lr_twice",
         "fit multiplies the weight step by self.lr again (update already holds lr), so weights move "
         "lr squared while the bias moves lr.",
         [[("lr", "learning rate"), ("twice", "squared", "again", "already", "double")]],
         [(P_W, "                self.weights += self.lr * update * x_i")]),
    _bug("perceptron", "perceptron_bias_reset_each_epoch",
         "fit sets self.bias = 0.0 at the start of every epoch, so only the last epoch's bias "
         "updates survive.",
         [[("bias",), ("reset", "each epoch", "every epoch", "re-initial", "reinitial", "zero")]],
         [(P_EPOCHS, "        for _ in range(self.epochs):\n            self.bias = 0.0\n")]),
    _bug("perceptron", "perceptron_error_divided_by_lr",
         "fit computes update = (y_i - prediction) / self.lr, dividing by the learning rate instead "
         "of multiplying.",
         [[("lr", "learning rate"), ("divid", "multipl", "times", "/ self.lr")]],
         [(P_UPD, "                update = (y_i - prediction) / self.lr")]),
    _bug("perceptron", "perceptron_label_index_off_by_one",
         "fit loops over indices and reads y[i - 1] for sample X[i], pairing every sample with the "
         "previous sample's label.",
         [[("y[i]", "label", "index", "off by one", "off-by-one", "i - 1", "i-1")]],
         [("            for x_i, y_i in zip(X, y):\n",
           "            for i in range(len(X)):\n                x_i, y_i = X[i], y[i - 1]\n")]),
    _bug("perceptron", "perceptron_bias_steps_by_lr",
         "fit adds self.lr to the bias after every sample instead of the update, so the bias grows "
         "whether or not the prediction was wrong.",
         [[("bias",), ("update", "error", "y_i - prediction", "mistake")]],
         [("                self.bias = float(self.bias + update)", "                self.bias = float(self.bias + self.lr)")]),
    _bug("perceptron", "perceptron_hebbian_update",
         "fit computes update = lr * y_i, the label instead of the error y_i - prediction, so every "
         "positive sample moves the weights, right or wrong.",
         [[("y_i - prediction", "y - prediction", "error", "mistake", "minus the prediction")]],
         [(P_UPD, "                update = self.lr * y_i")]),
    _variant("perceptron", "var_perceptron_predict_weights_times_transpose",
             "predict computes self.weights @ X.T + bias, the same sums the other way round.",
             [("        z = np.asarray(X, dtype=float) @ self.weights + self.bias",
               "        z = self.weights @ np.asarray(X, dtype=float).T + self.bias")]),
    _variant("perceptron", "var_perceptron_compare_minus_bias",
             "fit predicts 1 when x_i @ weights >= -bias, the same inequality rearranged.",
             [(P_PRED, "                prediction = 1 if x_i @ self.weights >= -self.bias else 0")]),
    _variant("perceptron", "var_perceptron_prediction_int_of_bool",
             "fit writes the prediction as int(x_i @ weights + bias >= 0).",
             [(P_PRED, "                prediction = int(x_i @ self.weights + self.bias >= 0)")]),
]

# ---------------------------------------------------------------------------- activations

A_SIGD = "    return s * (1.0 - s)"
A_SOFT_MAX = "np.max(z, axis=-1, keepdims=True)"

ACTIVATIONS = [
    _bug("activations", "act_sigmoid_derivative_drops_s",
         "sigmoid_derivative returns 1 - sigmoid(z), forgetting the factor sigmoid(z).",
         [[("sigmoid(z) *", "s *", "s(1", "s * (1", "factor", "product", "times")]],
         [(A_SIGD, "    return 1.0 - s")]),
    _bug("activations", "act_tanh_derivative_square_of_difference",
         "tanh_derivative returns (1 - tanh(z)) ** 2, squaring the difference instead of tanh.",
         [[("tanh(z) ** 2", "tanh(z)**2", "tanh squared", "square of tanh", "1 - tanh", "parenthes")]],
         [("    return 1.0 - tanh(z) ** 2", "    return (1.0 - tanh(z)) ** 2")]),
    _bug("activations", "act_relu_clipped_at_one",
         "relu uses np.clip(z, 0, 1), capping positive inputs at 1 instead of passing them through.",
         [[("clip", "cap", "upper", "at 1", "unbounded", "above 1", "passes z")]],
         [("    return np.maximum(np.asarray(z, dtype=float), 0.0)",
           "    return np.clip(np.asarray(z, dtype=float), 0.0, 1.0)")]),
    _bug("activations", "act_relu_derivative_integer_dtype",
         "relu_derivative returns (z > 0).astype(int), integers where the spec asks for floats.",
         [[("float",), ("dtype", "int", "astype")]],
         [("    return (np.asarray(z) > 0).astype(float)", "    return (np.asarray(z) > 0).astype(int)")]),
    _bug("activations", "act_leaky_relu_scales_callers_array",
         "leaky_relu does z[z < 0] *= alpha on np.asarray(z), which for a float array is the "
         "caller's own array, so the input is modified.",
         [[IN_PLACE]],
         [("    # positive part plus alpha times the negative part: one of them is 0\n"
           "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)",
           "    z[z < 0] *= alpha\n    return z")]),
    _bug("activations", "act_leaky_derivative_negative_alpha",
         "leaky_relu_derivative returns -alpha on the left, a sign slip for the slope of alpha * z.",
         [[("alpha",), ("sign", "negative", "-alpha", "positive")]],
         [("    return np.where(z > 0, 1.0, alpha)", "    return np.where(z > 0, 1.0, -alpha)")]),
    _bug("activations", "act_softmax_shift_in_numerator_only",
         "softmax subtracts the maximum in the numerator but divides by the sum of the unshifted "
         "exponentials, so the slices no longer sum to 1 and large scores overflow.",
         [[("sum to 1", "sums to 1", "normalis", "normaliz", "denominator", "same shift", "both")]],
         [("    return exps / np.sum(exps, axis=-1, keepdims=True)",
           "    return exps / np.sum(np.exp(z), axis=-1, keepdims=True)")]),
    _bug("activations", "act_softmax_max_along_axis_zero",
         "softmax takes the maximum along axis 0 (per column) instead of the last axis, so each row "
         "is shifted by different amounts and can underflow to 0/0.",
         [[("axis",), ("-1", "last", "row", "keepdims")]],
         [(A_SOFT_MAX, "np.max(z, axis=0, keepdims=True)")]),
    _bug("activations", "act_sigmoid_denominator_minus",
         "sigmoid divides by 1 - e instead of 1 + e, a sign slip that gives infinity at z = 0.",
         [[("1 + e", "1+e", "1 + exp", "1+exp", "denominator", "sign", "plus")]],
         [("    return np.where(z >= 0, 1.0, e) / (1.0 + e)", "    return np.where(z >= 0, 1.0, e) / (1.0 - e)")]),
    _bug("activations", "act_tanh_derivative_sigmoid_shaped",
         "tanh_derivative returns t * (1 - t) with t = tanh(z), the sigmoid's slope formula copied "
         "over to tanh.",
         [[("1 - tanh", "1-tanh", "tanh(z) ** 2", "tanh(z)**2", "squared", "square")]],
         [("    return 1.0 - tanh(z) ** 2", "    t = tanh(z)\n    return t * (1.0 - t)")]),
    _variant("activations", "var_act_sigmoid_derivative_s_minus_square",
             "sigmoid_derivative returns s - s ** 2, the product expanded.",
             [(A_SIGD, "    return s - s ** 2")]),
    _variant("activations", "var_act_relu_derivative_sign_of_relu",
             "relu_derivative returns np.sign(relu(z)), which is 1 for z > 0 and 0 otherwise.",
             [("    return (np.asarray(z) > 0).astype(float)", "    return np.sign(relu(z))")]),
    _variant("activations", "var_act_softmax_sum_then_index",
             "softmax divides by exps.sum(axis=-1)[..., None] instead of keepdims.",
             [("    return exps / np.sum(exps, axis=-1, keepdims=True)",
               "    return exps / exps.sum(axis=-1)[..., None]")]),
]

# ---------------------------------------------------------------------------- neuron

N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias"
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"

NEURON = [
    _bug("neuron", "neuron_dot_weights_with_themselves",
         "feedforward computes np.dot(self.weights, self.weights), a copy slip that never looks at "
         "the inputs.",
         [[("with the inputs", "not the inputs", "ignores the input", "never uses the input", "dot(self.weights, inputs)", "weights, inputs", "themselves", "itself")]],
         [(N_TOTAL, "        total = np.dot(self.weights, self.weights) + self.bias")]),
    _bug("neuron", "neuron_bias_added_to_weights",
         "feedforward computes np.dot(self.weights + self.bias, inputs), adding the bias to every "
         "weight instead of once to the sum.",
         [[("bias",), ("once", "after", "outside", "to the sum", "each weight", "every weight")]],
         [(N_TOTAL, "        total = np.dot(self.weights + self.bias, inputs)")]),
    _bug("neuron", "neuron_tiny_one_input_per_hidden",
         "TinyNetwork gives h1 only x[0] and h2 only x[1], where every hidden neuron sees both "
         "inputs.",
         [[("both inputs", "whole input", "all inputs", "x[0]", "x[1]", "every input", "each hidden")]],
         [("        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]",
           "        hidden = [self.h1.feedforward(x[0]), self.h2.feedforward(x[1])]")]),
    _bug("neuron", "neuron_layer_zips_whole_matrix",
         "layer_output zips the inputs with the whole weights matrix instead of neuron_weights.",
         [[("neuron_weights", "weights[j]", "row", "each neuron")]],
         [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))",
           "        total = sum(x * w for x, w in zip(inputs, weights))")]),
    _bug("neuron", "neuron_layer_bias_multiplied",
         "layer_output appends total * bias instead of total + bias.",
         [[("bias",), ("add", "plus", "+ bias", "multiplied")]],
         [("        outputs.append(total + bias)", "        outputs.append(total * bias)")]),
    _bug("neuron", "neuron_count_returns_float",
         "count_parameters returns float(sum(...)), a float where the spec asks for an int.",
         [[("int",), ("float", "type")]],
         [(N_COUNT, "    return float(sum(a * b + b for a, b in zip(sizes, sizes[1:])))")]),
    _bug("neuron", "neuron_count_squares_width",
         "count_parameters counts a * a + b per pair, a copy slip for a * b weights.",
         [[("a * b", "a*b", "width", "next layer", "product")]],
         [(N_COUNT, "    return sum(a * a + b for a, b in zip(sizes, sizes[1:]))")]),
    _bug("neuron", "neuron_sigmoid_of_each_product",
         "feedforward applies the sigmoid to each weight * input + bias and sums the results, "
         "instead of the sigmoid of one weighted sum.",
         [[("sum", "dot"), ("before", "then", "first", "one weighted", "once", "whole")]],
         [(N_TOTAL + "\n        return float(_sigmoid(total))",
           "        return float(np.sum(_sigmoid(self.weights * np.asarray(inputs, dtype=float) + self.bias)))")]),
    _bug("neuron", "neuron_layer_biases_from_inputs",
         "layer_output zips the weights with the inputs instead of the biases, so each neuron adds "
         "an input as its bias.",
         [[("biases", "bias")]],
         [("    for neuron_weights, bias in zip(weights, biases):", "    for neuron_weights, bias in zip(weights, inputs):")]),
    _bug("neuron", "neuron_count_every_pair_of_layers",
         "count_parameters sums a * b + b over every a in the sizes and every b after the first, "
         "connecting all layers to all, not only neighbours.",
         [[("consecutive", "adjacent", "neighbour", "neighbor", "next layer", "zip", "pair")]],
         [(N_COUNT, "    return sum(a * b + b for a in sizes for b in sizes[1:])")]),
    _variant("neuron", "var_neuron_tiny_o1_reuses_h1",
             "TinyNetwork uses self.h1 as o1 too: every neuron has the same weights and bias anyway.",
             [("        self.o1 = Neuron(weights, bias)", "        self.o1 = self.h1")]),
    _variant("neuron", "var_neuron_feedforward_sum_of_products",
             "feedforward computes np.sum(self.weights * np.asarray(inputs, dtype=float)) + bias.",
             [(N_TOTAL, "        total = np.sum(self.weights * np.asarray(inputs, dtype=float)) + self.bias")]),
    _variant("neuron", "var_neuron_layer_index_range",
             "layer_output sums inputs[i] * neuron_weights[i] over range(len(inputs)).",
             [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))",
               "        total = sum(inputs[i] * neuron_weights[i] for i in range(len(inputs)))")]),
    _variant("neuron", "var_neuron_count_dot",
             "count_parameters computes int(np.dot(sizes[:-1], sizes[1:]) + sum(sizes[1:])).",
             [(N_COUNT, "    return int(np.dot(sizes[:-1], sizes[1:]) + sum(sizes[1:]))")]),
]

# ---------------------------------------------------------------------------- loss

L_MSE = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"
L_GRAD_RAISE = ('        raise ValueError(\n'
                '            f"mse_loss_gradient: y_true has {y_true.size} values but y_pred has "\n'
                '            f"{y_pred.size}; they must hold the same number of elements"\n'
                '        )')

LOSS = [
    _bug("loss", "loss_mse_median",
         "mse_loss takes np.median of the squared errors instead of np.mean.",
         [[("mean", "average"), ("median",)], [("mean", "average")]],
         [(L_MSE, "    return float(np.median((y_true - y_pred) ** 2))")]),
    _bug("loss", "loss_mse_times_two_for_square",
         "mse_loss writes (y_true - y_pred) * 2, a typo for ** 2, so it averages doubled "
         "differences.",
         [[("** 2", "**2", "square")]],
         [(L_MSE, "    return float(np.mean((y_true - y_pred) * 2))")]),
    _bug("loss", "loss_mse_divides_by_n_plus_one",
         "mse_loss divides the sum of squares by N + 1 instead of N.",
         [[("n + 1", "n+1", "+ 1", "plus one", "by n,", "by n ", "number of elements")]],
         [(L_MSE, "    return float(np.sum((y_true - y_pred) ** 2) / (y_true.size + 1))")]),
    _bug("loss", "loss_mse_raises_type_error",
         "mse_loss raises TypeError for a size mismatch where the spec asks for ValueError.",
         [[("valueerror",)]],
         [('        raise ValueError(\n            f"mse_loss: y_true', '        raise TypeError(\n            f"mse_loss: y_true')]),
    _bug("loss", "loss_mse_compares_y_true_with_itself",
         "mse_loss converts y_true a second time into y_pred (a copy slip), so the loss is always 0.",
         [[("itself", "always 0", "always zero", "never uses y_pred", "ignores y_pred", "y_true twice", "np.asarray(y_true")]],
         [("    y_pred = np.asarray(y_pred, dtype=float).ravel()", "    y_pred = np.asarray(y_true, dtype=float).ravel()")]),
    _bug("loss", "loss_grad_divides_by_n_squared",
         "mse_loss_gradient divides by y_pred.size ** 2 instead of N.",
         [[("squared", "n ** 2", "n**2", "size ** 2", "twice", "number of elements")]],
         [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size ** 2")]),
    _bug("loss", "loss_grad_divides_by_ndim",
         "mse_loss_gradient divides by y_pred.ndim (the number of axes) instead of y_pred.size.",
         [[("ndim", "size", "number of elements", "divid")]],
         [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.ndim")]),
    _bug("loss", "loss_grad_includes_sigmoid_slope",
         "mse_loss_gradient also multiplies by y_pred * (1 - y_pred), the sigmoid's slope, which "
         "belongs to a network, not to the loss.",
         [[("sigmoid", "slope", "y_pred * (1", "activation", "extra factor")]],
         [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) * y_pred * (1.0 - y_pred) / y_pred.size")]),
    _bug("loss", "loss_grad_half_instead_of_two",
         "mse_loss_gradient uses the factor 0.5 (from the 1/2 * MSE convention) instead of 2.",
         [[("2 *", "2.0", "factor", "two", "0.5")]],
         [(L_GRAD, "    return 0.5 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size")]),
    _bug("loss", "loss_grad_returns_none_on_mismatch",
         "mse_loss_gradient returns None for a size mismatch instead of raising ValueError.",
         [[("valueerror", "raise")]],
         [(L_GRAD_RAISE, "        return None")]),
    _variant("loss", "var_loss_mse_abs_squared",
             "mse_loss squares np.abs(y_true - y_pred).",
             [(L_MSE, "    return float(np.mean(np.abs(y_true - y_pred) ** 2))")]),
    _variant("loss", "var_loss_mse_average",
             "mse_loss uses np.average of the squared differences.",
             [(L_MSE, "    return float(np.average((y_true - y_pred) ** 2))")]),
    _variant("loss", "var_loss_grad_y_true_size",
             "mse_loss_gradient divides by y_true.size, equal to y_pred.size after the check.",
             [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_true.size")]),
    _variant("loss", "var_loss_grad_scale_then_difference",
             "mse_loss_gradient multiplies the difference by (2.0 / N), computed first.",
             [(L_GRAD, "    return (2.0 / y_pred.size) * (y_pred - y_true.reshape(y_pred.shape))")]),
]

# ---------------------------------------------------------------------------- backprop

B_DLDO = "    d_L_d_o1 = -2.0 * (y_true - o1)"
B_SGD = "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES"
B_LOSS = "        losses.append(float(sum(errors) / len(errors)))"

BACKPROP = [
    _bug("backprop", "bp_dL_do1_without_two",
         "backprop sets dL/do1 = -(y_true - o1), dropping the 2 from the square's derivative.",
         [[("factor 2", "factor of 2", "2 *", "2.0", "-2", "two")]],
         [(B_DLDO, "    d_L_d_o1 = -(y_true - o1)")]),
    _bug("backprop", "bp_dL_do1_sign_lost",
         "backprop sets dL/do1 = 2 * (y_true - o1), losing the minus sign, so every gradient points "
         "uphill.",
         [[("sign", "minus", "-2", "negat")]],
         [(B_DLDO, "    d_L_d_o1 = 2.0 * (y_true - o1)")]),
    _bug("backprop", "bp_dL_do1_squared",
         "backprop keeps the square in dL/do1 = -2 * (y_true - o1) ** 2.",
         [[("square", "** 2", "**2", "dl/do1", "d_l_d_o1", "derivative of the loss")]],
         [(B_DLDO, "    d_L_d_o1 = -2.0 * (y_true - o1) ** 2")]),
    _bug("backprop", "bp_b1_without_hidden_slope",
         "backprop gives dL/db1 = dL/dh1, forgetting h1's sigmoid slope.",
         [[("b1",), ("slope", "h1 * (1", "sigmoid", "derivative", "d_h1")]],
         [('        "b1": d_L_d_h1 * d_h1,', '        "b1": d_L_d_h1,')]),
    _bug("backprop", "bp_sgd_divides_by_learn_rate",
         "sgd_step computes params - grads / learn_rate instead of params - learn_rate * grads.",
         [[("learn_rate", "learning rate"), ("multipl", "divid", "times")]],
         [(B_SGD, "        name: float(params[name] - grads[name] / learn_rate) for name in PARAM_NAMES")]),
    _bug("backprop", "bp_feedforward_rounds_to_label",
         "feedforward returns float(round(o1)), a 0/1 label instead of the output between 0 and 1.",
         [[("round", "label", "0 or 1", "probabilit", "between 0 and 1")]],
         [("    return float(o1)", "    return float(round(o1))")]),
    _bug("backprop", "bp_train_records_rmse",
         "train records the square root of the mean squared error (RMSE) for each epoch.",
         [[("sqrt", "root", "rmse")]],
         [(B_LOSS, "        losses.append(float(math.sqrt(sum(errors) / len(errors))))")]),
    _bug("backprop", "bp_train_returns_final_loss_only",
         "train returns (params, losses[-1]), the last loss instead of the list of every epoch's.",
         [[("list",), ("loss",)], [("losses[-1]", "every epoch", "each epoch", "one per epoch")]],
         [("    return params, losses\n", "    return params, losses[-1]\n")]),
    _bug("backprop", "bp_train_one_epoch_short",
         "train loops range(epochs - 1), one epoch fewer than asked.",
         [[("epoch",), ("one", "fewer", "- 1", "-1", "off by")]],
         [("    for _ in range(epochs):", "    for _ in range(epochs - 1):")]),
    _bug("backprop", "bp_train_loss_of_start_params",
         "train measures each epoch's loss with START_PARAMS instead of the current params, so the "
         "losses never change.",
         [[("start_params",)], [("current", "trained", "updated"), ("param",)]],
         [("        predictions = [feedforward(params, x) for x in data]",
           "        predictions = [feedforward(START_PARAMS, x) for x in data]")]),
    _variant("backprop", "var_bp_train_no_copy",
             "train does not copy params first: sgd_step returns a new dict, so the caller's dict is "
             "never touched anyway.",
             [("    params = dict(params)\n", "")]),
    _variant("backprop", "var_bp_train_divide_by_len_data",
             "train divides the summed squared errors by len(data).",
             [(B_LOSS, "        losses.append(float(sum(errors)) / len(data))")]),
    _variant("backprop", "var_bp_output_delta_first",
             "backprop multiplies dL/do1 by the output slope before the output weight on the hidden "
             "paths.",
             [('    d_L_d_h1 = d_L_d_o1 * p["w5"] * d_o1\n    d_L_d_h2 = d_L_d_o1 * p["w6"] * d_o1',
               '    d_L_d_h1 = d_L_d_o1 * d_o1 * p["w5"]\n    d_L_d_h2 = d_L_d_o1 * d_o1 * p["w6"]')]),
]

# ---------------------------------------------------------------------------- mlp

M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)"
M_DZ1 = "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)"
M_LOSS = "        return float(np.mean((A2 - Y) ** 2))"

MLP = [
    _bug("mlp", "mlp_hidden_slope_missing_one_minus",
         "backward multiplies by A1 alone, dropping the (1 - A1) of the hidden sigmoid's slope.",
         [[("1 - a1", "1-a1", "(1.0 - a1)", "slope", "sigmoid derivative", "a1 * (1")]],
         [(M_DZ1, "        dZ1 = (dZ2 @ self.W2.T) * A1")]),
    _bug("mlp", "mlp_dW1_transposed",
         "backward returns dZ1.T @ X for W1, the transpose of X.T @ dZ1, so the gradient has the "
         "wrong shape.",
         [[("w1",), ("transpos", "shape", "x.t")]],
         [('            "W1": X.T @ dZ1,', '            "W1": dZ1.T @ X,')]),
    _bug("mlp", "mlp_dZ2_divides_by_m",
         "backward divides by the number of samples m instead of N = m * output_size.",
         [[("m * output_size", "output_size", "a2.size", "all outputs", "n =", "number of outputs")]],
         [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / X.shape[0] * A2 * (1.0 - A2)")]),
    _bug("mlp", "mlp_loss_halved",
         "loss returns half the mean squared error (the 1/2 * MSE convention).",
         [[("half", "/ 2", "halved", "0.5 *")]],
         [(M_LOSS, "        return float(np.mean((A2 - Y) ** 2)) / 2")]),
    _bug("mlp", "mlp_db1_copied_from_dZ2",
         "backward sums dZ2 for the b1 gradient, a copy slip from the b2 line, so db1 has b2's "
         "shape and values.",
         [[("b1",), ("dz1",)]],
         [('            "b1": dZ1.sum(axis=0, keepdims=True),', '            "b1": dZ2.sum(axis=0, keepdims=True),')]),
    _bug("mlp", "mlp_fit_returns_last_loss",
         "fit returns losses[-1], the final loss, instead of the array of every epoch's loss.",
         [[("array", "every epoch", "each epoch", "losses[-1]", "shape (epochs")]],
         [("        return losses\n", "        return losses[-1]\n")]),
    _bug("mlp", "mlp_backward_y_always_column",
         "backward reshapes y to (-1, 1), a column, instead of A2's shape, so with several outputs "
         "the targets are laid out wrongly or fail to broadcast.",
         [[("reshape",), ("a2.shape", "shape of a2", "output_size", "(m, output_size)")]],
         [("        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n\n        dZ2",
           "        Y = np.asarray(y, dtype=float).reshape(-1, 1)\n\n        dZ2")]),
    _bug("mlp", "mlp_dZ1_W2_not_transposed",
         "backward passes the gradient back with dZ2 @ W2 instead of dZ2 @ W2.T.",
         [[("w2.t", "transpos")]],
         [(M_DZ1, "        dZ1 = (dZ2 @ self.W2) * A1 * (1.0 - A1)")]),
    _bug("mlp", "mlp_hidden_slope_of_sigmoid_of_A1",
         "backward takes the hidden slope as sigmoid(A1) * (1 - sigmoid(A1)), applying the "
         "sigmoid again to what is already its output.",
         [[("a1 * (1", "a1*(1", "already", "twice", "again", "output of the sigmoid")]],
         [(M_DZ1, "        dZ1 = (dZ2 @ self.W2.T) * _sigmoid(A1) * (1.0 - _sigmoid(A1))")]),
    _bug("mlp", "mlp_fit_decays_lr",
         "fit multiplies self.lr by 0.99 after every step, a learning-rate decay the spec does not "
         "ask for, which also changes the network's lr for later calls.",
         [[("lr", "learning rate"), ("decay", "chang", "constant", "0.99", "shrink", "modif")]],
         [("            self.step(self.backward(X, y))\n",
           "            self.step(self.backward(X, y))\n            self.lr *= 0.99\n")]),
    _variant("mlp", "var_mlp_forward_dot_method",
             "forward uses the .dot method instead of @.",
             [("        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
               "        return _sigmoid(A1 @ self.W2 + self.b2)",
               "        A1 = _sigmoid(np.asarray(X, dtype=float).dot(self.W1) + self.b1)\n"
               "        return _sigmoid(A1.dot(self.W2) + self.b2)")]),
    _variant("mlp", "var_mlp_loss_square_method_mean",
             "loss computes np.square(A2 - Y).mean().",
             [(M_LOSS, "        return float(np.square(A2 - Y).mean())")]),
    _variant("mlp", "var_mlp_backward_named_dA1",
             "backward names dA1 = dZ2 @ W2.T before multiplying by the hidden slope.",
             [(M_DZ1, "        dA1 = dZ2 @ self.W2.T\n        dZ1 = dA1 * (A1 * (1.0 - A1))")]),
    _variant("mlp", "var_mlp_dZ2_reordered",
             "backward writes dZ2 = A2 * (1 - A2) * (A2 - Y) * (2 / N), the same product reordered.",
             [(M_DZ2, "        dZ2 = A2 * (1.0 - A2) * (A2 - Y) * (2.0 / A2.size)")]),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
