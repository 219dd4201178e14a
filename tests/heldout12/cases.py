"""A twelfth held-out corpus of beginner mistakes, written blind.

Written from the reference solutions (``solutions/*.py``), ``tests/heldout/probe.py`` (its
docstring first; its probe lists only after the first probe run, to replace the cases it could not
tell apart) and ``tests/test_heldout.py``; ``tests/heldout11/cases.py`` (its opening and a few variants) and the
sections of ``tests/heldout11/README.md`` before "The one blind measurement" were read for the
format and the keyword-group rules, and only the case names of heldout3 to heldout11 were listed,
to keep every bug here a different mistake from theirs. Nothing under ``autograder/``,
``tests/corpus/``, ``tests/heldout/cases.py``, ``tests/heldout2/``, any REVIEW.md or the git
history was opened.

The format is that of ``tests/heldout6/cases.py`` (``name``, ``module``, ``kind``, ``edits``,
``did``, ``names``). ``edits`` are exact (old, new) replacements in ``solutions/<module>.py``.
``names`` is a list of alternatives; each alternative is a list of keyword groups (a string, or a
tuple of spellings), and a hint names the mistake when, for some alternative, it holds one
spelling of every group. The keywords were fixed when each case was written.
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
G_NAND_LINE = "    not_both = perceptron(x1, x2, NAND_WEIGHTS)"
G_XOR_BODY = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)"
)

GATES = [
    _bug("gates", "gates_threshold_numpy_int_for_numbers",
         "threshold's number branch returns np.int64(z >= 0.5), a NumPy integer, where the docstring "
         "asks for a Python int.",
         [[("python int", "int(", "np.int64", "numpy int", "numpy integer", "plain int")]],
         [(G_NUMBER, "    return np.int64(z >= 0.5)")]),
    _bug("gates", "gates_threshold_floor_division_half",
         "threshold compares with 1 // 2 (floor division, which is 0) instead of 0.5, so it fires "
         "for every z >= 0.",
         [[("1 // 2", "floor division", "integer division", "// 2", "1 / 2", "0.5")]],
         [(G_ARRAY + "\n" + G_NUMBER,
           "        return (z >= 1 // 2).astype(int)\n    return int(z >= 1 // 2)")]),
    _bug("gates", "gates_threshold_astype_input_dtype",
         "threshold's array branch casts the comparison with .astype(z.dtype), so a float array "
         "gives a float array instead of an integer array.",
         [[("dtype", "integer array", "int array", "astype(int)", "floats")]],
         [(G_ARRAY, "        return (z >= 0.5).astype(z.dtype)")]),
    _bug("gates", "gates_threshold_ceil_of_shift",
         "threshold's number branch returns int(np.ceil(z - 0.5)), which is 0 at exactly 0.5 and "
         "2 or more for large z instead of 0 or 1.",
         [[("ceil", "0 or 1", ">= 0.5", "comparison", "greater than or equal")]],
         [(G_NUMBER, "    return int(np.ceil(z - 0.5))")]),
    _bug("gates", "gates_and_bias_minus_one",
         "AND_WEIGHTS = (-1.0, 0.6, 0.6): the bias is so negative that (1, 1) sums to only 0.2 and "
         "the AND gate never fires.",
         [[("and_weights", "and gate", "and truth", "bias", "w0", "never fires")]],
         [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-1.0, 0.6, 0.6)")]),
    _bug("gates", "gates_or_second_input_ignored",
         "OR_WEIGHTS = (0.0, 0.6, 0.0): the weight of x2 was left at zero, so (0, 1) gives 0.",
         [[("or_weights", "or gate", "or truth", "w2", "second input", "x2")]],
         [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.0, 0.6, 0.0)")]),
    _bug("gates", "gates_xor_nand_gets_x1_twice",
         "xor's NAND perceptron is called as perceptron(x1, x1, NAND_WEIGHTS), so it never sees x2.",
         [[("nand", "not_both", "x2", "second input", "x1 twice")]],
         [(G_NAND_LINE, "    not_both = perceptron(x1, x1, NAND_WEIGHTS)")]),
    _bug("gates", "gates_xor_modulo_shortcut",
         "xor returns (np.asarray(x1) + np.asarray(x2)) % 2 instead of two layers of perceptrons, so "
         "a pair of numbers gives a NumPy integer, not a Python int.",
         [[("two layers", "second layer", "hidden layer", "perceptrons", "np.int64", "numpy int",
            "python int", "modulo", "% 2")]],
         [(G_XOR_BODY, "    return (np.asarray(x1) + np.asarray(x2)) % 2")]),
    _variant("gates", "var_gates_and_unit_weights",
             "AND_WEIGHTS = (-1.0, 1.0, 1.0): (1, 1) sums to 1, one input on to 0.",
             [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-1.0, 1.0, 1.0)")]),
    _variant("gates", "var_gates_or_unit_weights",
             "OR_WEIGHTS = (0.0, 1.0, 1.0).",
             [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.0, 1.0, 1.0)")]),
    _variant("gates", "var_gates_nand_unit_weights",
             "NAND_WEIGHTS = (2.0, -1.0, -1.0): (1, 1) sums to 0, one input on to 1.",
             [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (2.0, -1.0, -1.0)")]),
    _variant("gates", "var_gates_nor_unit_weights",
             "NOR_WEIGHTS = (1.0, -1.0, -1.0): (0, 0) sums to 1, one input on to 0.",
             [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (1.0, -1.0, -1.0)")]),
    _variant("gates", "var_gates_perceptron_python_sum",
             "perceptron adds the three terms with Python's sum over a list.",
             [(G_Z, "    z = sum([w0, w1 * np.asarray(x1), w2 * np.asarray(x2)])")]),
]

# ---------------------------------------------------------------------------- perceptron

P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_UPDATE = "                update = self.lr * (y_i - prediction)"
P_X = "        X = np.asarray(X, dtype=float)\n        y = np.asarray(y, dtype=float)"
P_CHECK = (
    "        if self.weights is None:\n"
    "            raise RuntimeError(\"Perceptron.predict: call fit(X, y) first\")\n"
)
P_LOOP = (
    "        for _ in range(self.epochs):\n"
    "            for x_i, y_i in zip(X, y):\n"
    "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
    "                update = self.lr * (y_i - prediction)\n"
    "                self.weights += update * x_i  # our own array: safe in place\n"
    "                self.bias = float(self.bias + update)\n"
)

PERCEPTRON = [
    _bug("perceptron", "perceptron_update_uses_label_only",
         "fit computes update = lr * y_i, the label alone, instead of lr * (y_i - prediction), so "
         "every positive sample moves the weights even when it is already right.",
         [[("y_i - prediction", "error", "prediction", "mistake")]],
         [(P_UPDATE, "                update = self.lr * y_i")]),
    _bug("perceptron", "perceptron_fit_X_cast_to_int",
         "fit converts X with dtype=int, so fractional features are truncated before training.",
         [[("dtype=int", "integer", "int", "truncat", "dtype=float")]],
         [(P_X, "        X = np.asarray(X, dtype=int)\n        y = np.asarray(y, dtype=float)")]),
    _bug("perceptron", "perceptron_predict_checks_bias_truthiness",
         "predict tests `if not self.bias` to detect a missing fit, so a fitted perceptron whose "
         "bias is exactly 0.0 raises RuntimeError.",
         [[("is none", "none", "bias of 0", "0.0", "falsy", "truth", "not self.bias")]],
         [("        if self.weights is None:\n            raise RuntimeError",
           "        if not self.bias:\n            raise RuntimeError")]),
    _bug("perceptron", "perceptron_batch_update_per_epoch",
         "fit adds up the updates of an epoch and applies them once at its end (batch rule), "
         "instead of updating after every sample.",
         [[("each sample", "every sample", "per sample", "sample by sample", "after each",
            "immediately", "batch")]],
         [(P_LOOP,
           "        for _ in range(self.epochs):\n"
           "            dw = np.zeros_like(self.weights)\n"
           "            db = 0.0\n"
           "            for x_i, y_i in zip(X, y):\n"
           "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
           "                update = self.lr * (y_i - prediction)\n"
           "                dw += update * x_i\n"
           "                db += update\n"
           "            self.weights += dw\n"
           "            self.bias = float(self.bias + db)\n")]),
    _bug("perceptron", "perceptron_prediction_truncated_sum",
         "fit predicts int(x_i @ weights + bias), the sum truncated, instead of the step 1 if the "
         "sum >= 0 else 0.",
         [[("step", ">= 0", "threshold", "int(", "truncat")]],
         [(P_PRED, "                prediction = int(x_i @ self.weights + self.bias)")]),
    _variant("perceptron", "var_perceptron_bias_plus_equals_float",
             "fit updates the bias with self.bias += float(update).",
             [("                self.bias = float(self.bias + update)",
               "                self.bias += float(update)")]),
    _variant("perceptron", "var_perceptron_weights_new_array",
             "fit rebinds weights to self.weights + update * x_i.",
             [("                self.weights += update * x_i  # our own array: safe in place",
               "                self.weights = self.weights + update * x_i")]),
    _variant("perceptron", "var_perceptron_predict_where_ints",
             "predict returns np.where(z >= 0, 1, 0).",
             [("        return (z >= 0).astype(int)", "        return np.where(z >= 0, 1, 0)")]),
    _variant("perceptron", "var_perceptron_prediction_int_comparison",
             "fit predicts int(x_i @ weights + bias >= 0).",
             [(P_PRED, "                prediction = int(x_i @ self.weights + self.bias >= 0)")]),
]

# ---------------------------------------------------------------------------- activations

A_SOFT_SHIFT = "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))"
A_SOFT_SUM = "    return exps / np.sum(exps, axis=-1, keepdims=True)"

ACTIVATIONS = [
    _bug("activations", "act_leaky_derivative_default_alpha_hundredth",
         "leaky_relu_derivative's alpha defaults to 0.01 while leaky_relu's is 0.1, so the slope "
         "of the default leaky ReLU is wrong on the left.",
         [[("alpha=0.1", "default", "0.01")]],
         [("def leaky_relu_derivative(z, alpha=0.1):", "def leaky_relu_derivative(z, alpha=0.01):")]),
    _bug("activations", "act_softmax_number_gives_shape_one",
         "softmax of a number returns np.array([1.0]), shape (1,), instead of a 0-d 1.0.",
         [[("shape ()", "0-d", "scalar", "number", "shape (1,)", "np.float64")]],
         [("        return np.float64(1.0)", "        return np.array([1.0])")]),
    _bug("activations", "act_sigmoid_derivative_python_float",
         "sigmoid_derivative returns float(s * (1 - s)), which fails for arrays of more than one "
         "element instead of returning an array of z's shape.",
         [[("float(", "array", "shape", "python float")]],
         [("    return s * (1.0 - s)", "    return float(s * (1.0 - s))")]),
    _bug("activations", "act_relu_derivative_overwrites_input",
         "relu_derivative writes the 1s and 0s into np.asarray(z, dtype=float), which is the "
         "caller's own float array, so the input is changed.",
         [[IN_PLACE]],
         [("    return (np.asarray(z) > 0).astype(float)",
           "    z = np.asarray(z, dtype=float)\n    positive = z > 0\n    z[positive] = 1.0\n"
           "    z[~positive] = 0.0\n    return z")]),
    _bug("activations", "act_tanh_derivative_abs_for_square",
         "tanh_derivative returns 1 - |tanh(z)| instead of 1 - tanh(z)**2.",
         [[("square", "**2", "** 2", "squared", "abs")]],
         [("    return 1.0 - tanh(z) ** 2", "    return 1.0 - np.abs(tanh(z))")]),
    _variant("activations", "var_act_sigmoid_derivative_of_negative",
             "sigmoid_derivative uses s = sigmoid(-z); the slope is symmetric.",
             [("    s = sigmoid(z)\n", "    s = sigmoid(-np.asarray(z, dtype=float))\n")]),
    _variant("activations", "var_act_sigmoid_derivative_tanh_half",
             "sigmoid_derivative is 0.25 * (1 - tanh(z / 2) ** 2).",
             [("    s = sigmoid(z)\n    return s * (1.0 - s)",
               "    return 0.25 * (1.0 - np.tanh(np.asarray(z, dtype=float) / 2.0) ** 2)")]),
    _variant("activations", "var_act_relu_where_float",
             "relu is np.where(z > 0, z, 0.0) on the float array.",
             [("    return np.maximum(np.asarray(z, dtype=float), 0.0)",
               "    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, z, 0.0)")]),
    _variant("activations", "var_act_leaky_derivative_where_le",
             "leaky_relu_derivative is np.where(z <= 0, alpha, 1.0).",
             [("    return np.where(z > 0, 1.0, alpha)", "    return np.where(z <= 0, alpha, 1.0)")]),
    _variant("activations", "var_act_softmax_sum_indexed",
             "softmax divides by exps.sum(axis=-1)[..., None].",
             [(A_SOFT_SUM, "    return exps / exps.sum(axis=-1)[..., None]")]),
    _variant("activations", "var_act_tanh_derivative_difference_of_squares",
             "tanh_derivative is (1 - t) * (1 + t) with t = tanh(z).",
             [("    return 1.0 - tanh(z) ** 2", "    t = tanh(z)\n    return (1.0 - t) * (1.0 + t)")]),
]

# ---------------------------------------------------------------------------- neuron

N_FF = "        total = np.dot(self.weights, inputs) + self.bias\n        return float(_sigmoid(total))"
N_COUNT = (
    "    sizes = [int(n) for n in layer_sizes]\n"
    "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"
)
N_LAYER = (
    "    outputs = []\n"
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)\n"
    "    return outputs"
)

NEURON = [
    _bug("neuron", "neuron_tiny_h2_reversed_weights",
         "TinyNetwork builds h2 with weights[::-1], so h2 does not use the same weights as h1 and o1.",
         [[("same weights", "reversed", "h2", "[::-1]")]],
         [("        self.h2 = Neuron(weights, bias)", "        self.h2 = Neuron(weights[::-1], bias)")]),
    _bug("neuron", "neuron_tiny_weights_cast_to_int",
         "TinyNetwork converts the weights with np.array(weights, dtype=int) before building its "
         "neurons, so fractional weights are truncated.",
         [[("dtype=int", "int", "truncat", "integer", "float")]],
         [("        self.h1 = Neuron(weights, bias)",
           "        weights = np.array(weights, dtype=int)\n        self.h1 = Neuron(weights, bias)")]),
    _bug("neuron", "neuron_feedforward_double_sigmoid",
         "feedforward applies the sigmoid twice, _sigmoid(_sigmoid(total)).",
         [[("twice", "once", "double", "two sigmoid", "sigmoid of the sigmoid")]],
         [(N_FF, "        total = np.dot(self.weights, inputs) + self.bias\n"
                 "        return float(_sigmoid(_sigmoid(total)))")]),
    _bug("neuron", "neuron_layer_mutable_default_outputs",
         "layer_output keeps its result in a mutable default argument outputs=[], so the list grows "
         "from one call to the next.",
         [[("mutable default", "default argument", "outputs=[]", "fresh list", "new list", "previous call",
            "grows")]],
         [("def layer_output(inputs, weights, biases):", "def layer_output(inputs, weights, biases, outputs=[]):"),
          ("    outputs = []\n    for neuron_weights", "    for neuron_weights")]),
    _bug("neuron", "neuron_count_single_layer_counts_inputs",
         "count_parameters returns the width itself for a single layer instead of 0.",
         [[("single layer", "one layer", "only one layer", "no connections", "return 0")]],
         [(N_COUNT, "    sizes = [int(n) for n in layer_sizes]\n"
                    "    if len(sizes) == 1:\n        return sizes[0]\n"
                    "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))")]),
    _bug("neuron", "neuron_count_generator_not_list",
         "count_parameters builds sizes as a generator expression, so sizes[1:] raises TypeError.",
         [[("generator", "list", "slice", "subscript")]],
         [("    sizes = [int(n) for n in layer_sizes]", "    sizes = (int(n) for n in layer_sizes)")]),
    _bug("neuron", "neuron_count_pops_callers_list",
         "count_parameters pops the input width off the caller's list (layer_sizes.pop(0)) and then "
         "walks the rest, so the caller's list loses its first element.",
         [[IN_PLACE + ("pop",)]],
         [(N_COUNT, "    prev = layer_sizes.pop(0)\n    total = 0\n    for n in layer_sizes:\n"
                    "        total += prev * n + n\n        prev = n\n    return total")]),
    _bug("neuron", "neuron_feedforward_total_truncated",
         "feedforward takes int() of the weighted sum before the sigmoid, dropping its fraction.",
         [[("int(", "truncat", "integer", "fraction")]],
         [(N_FF, "        total = int(np.dot(self.weights, inputs) + self.bias)\n"
                 "        return float(_sigmoid(total))")]),
    _variant("neuron", "var_neuron_layer_np_dot_float",
             "layer_output appends float(np.dot(inputs, neuron_weights) + bias).",
             [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
               "        outputs.append(total + bias)",
               "        outputs.append(float(np.dot(inputs, neuron_weights) + bias))")]),
    _variant("neuron", "var_neuron_count_loop",
             "count_parameters walks consecutive widths in an index loop.",
             [(N_COUNT, "    sizes = [int(n) for n in layer_sizes]\n    total = 0\n"
                        "    for i in range(1, len(sizes)):\n"
                        "        total += sizes[i - 1] * sizes[i] + sizes[i]\n    return total")]),
    _variant("neuron", "var_neuron_feedforward_matmul_float",
             "feedforward uses self.weights @ np.asarray(inputs, dtype=float).",
             [(N_FF, "        total = self.weights @ np.asarray(inputs, dtype=float) + self.bias\n"
                     "        return float(_sigmoid(total))")]),
]

# ---------------------------------------------------------------------------- loss

L_MEAN = "    return float(np.mean((y_true - y_pred) ** 2))"
L_CHECK = "    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss: y_true"
L_EMPTY = "    if y_true.size == 0:"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"
L_GRAD_CONV = "    y_pred = np.asarray(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)\n    if"

LOSS = [
    _bug("loss", "loss_mse_difference_of_means",
         "mse_loss returns (mean(y_true) - mean(y_pred)) ** 2, comparing the averages instead of "
         "averaging the squared element-wise differences.",
         [[("element", "each pair", "per element", "elementwise", "element-wise", "each prediction")]],
         [(L_MEAN, "    return float((np.mean(y_true) - np.mean(y_pred)) ** 2)")]),
    _bug("loss", "loss_mse_broadcasts_single_prediction",
         "mse_loss lets a single prediction through a size mismatch (raising only when y_pred has "
         "more than one element), broadcasting it against all targets instead of raising ValueError.",
         [[("valueerror", "number of elements", "element count", "same size", "mismatch", "broadcast")]],
         [(L_CHECK, "    if y_true.size != y_pred.size and y_pred.size != 1:\n        raise ValueError(\n"
                    "            f\"mse_loss: y_true")]),
    _bug("loss", "loss_mse_rejects_single_element",
         "mse_loss's empty check is y_true.size <= 1, so one pair of numbers raises ValueError "
         "instead of giving its squared difference.",
         [[("one element", "single element", "size == 0", "<= 1", "empty", "single value")]],
         [(L_EMPTY, "    if y_true.size <= 1:")]),
    _bug("loss", "loss_mse_return_inside_loop",
         "mse_loss loops over the pairs with the return inside the loop, so only the first squared "
         "difference is returned.",
         [[("return", "loop", "first element", "first pair", "indent")]],
         [(L_MEAN, "    total = 0.0\n    for t, p in zip(y_true, y_pred):\n"
                   "        total += (t - p) ** 2\n        return float(total / y_true.size)")]),
    _bug("loss", "loss_grad_assert_for_mismatch",
         "mse_loss_gradient checks the sizes with assert, raising AssertionError instead of "
         "ValueError.",
         [[("valueerror", "assert")]],
         [("    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss_gradient: y_true has {y_true.size} values but y_pred has \"\n"
           "            f\"{y_pred.size}; they must hold the same number of elements\"\n        )\n",
           "    assert y_true.size == y_pred.size, \"sizes differ\"\n")]),
    _bug("loss", "loss_grad_y_true_cast_to_int",
         "mse_loss_gradient converts y_true with dtype=int (\"targets are labels\"), so fractional "
         "targets are truncated before the difference.",
         [[("dtype=int", "int", "truncat", "integer", "dtype=float")]],
         [(L_GRAD_CONV, "    y_pred = np.asarray(y_pred, dtype=float)\n"
                        "    y_true = np.asarray(y_true, dtype=int)\n    if")]),
    _bug("loss", "loss_grad_divides_by_last_axis",
         "mse_loss_gradient divides by y_pred.shape[-1], the length of the last axis, instead of "
         "the number of all elements (a column (N, 1) is divided by 1).",
         [[("all elements", "size", "every element", "shape[-1]", "number of elements", "n counts")]],
         [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.shape[-1]")]),
    _variant("loss", "var_loss_mse_dot_over_size",
             "mse_loss takes the difference d and returns float(d @ d / d.size).",
             [(L_MEAN, "    d = y_true - y_pred\n    return float(d @ d / d.size)")]),
    _variant("loss", "var_loss_grad_scale_last",
             "mse_loss_gradient multiplies the difference by 2.0 / size.",
             [(L_GRAD, "    return (y_pred - y_true.reshape(y_pred.shape)) * (2.0 / y_pred.size)")]),
]

# ---------------------------------------------------------------------------- backprop

B_DLDO = "    d_L_d_o1 = -2.0 * (y_true - o1)"
B_DO1 = "    d_o1 = o1 * (1.0 - o1)"

BACKPROP = [
    _bug("backprop", "bp_dL_do1_missing_factor_two",
         "backprop writes dL/do1 = -(y_true - o1), dropping the factor 2 of the squared error.",
         [[("factor 2", "factor of 2", "-2", "times 2", "factor two", "2 *")]],
         [(B_DLDO, "    d_L_d_o1 = -(y_true - o1)")]),
    _bug("backprop", "bp_dL_do1_sign_flipped",
         "backprop writes dL/do1 = 2 * (y_true - o1), losing the minus sign, so every gradient "
         "points the wrong way.",
         [[("sign", "y_true - o1", "o1 - y_true", "negat", "minus")]],
         [(B_DLDO, "    d_L_d_o1 = 2.0 * (y_true - o1)")]),
    _bug("backprop", "bp_output_slope_plus",
         "backprop writes the output sigmoid's slope as o1 * (1 + o1) instead of o1 * (1 - o1).",
         [[("1 - o1", "1 + o1", "slope", "sigmoid derivative", "s'(")]],
         [(B_DO1, "    d_o1 = o1 * (1.0 + o1)")]),
    _bug("backprop", "bp_hidden_path_without_loss_derivative",
         "backprop's d_L_d_h1 and d_L_d_h2 leave out dL/do1, so the hidden gradients are do1/dh "
         "instead of dL/dh.",
         [[("dl/do1", "d_l_d_o1", "loss derivative", "chain rule", "-2 * (y_true - o1)")]],
         [("    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1",
           "    d_L_d_h1 = p[\"w5\"] * d_o1\n    d_L_d_h2 = p[\"w6\"] * d_o1")]),
    _bug("backprop", "bp_w4_input_x0",
         "backprop's dL/dw4 multiplies by x[0] instead of x[1] (copied from the w3 line).",
         [[("w4",), ("x[1]", "x[0]", "second input", "input")]],
         [("        \"w4\": d_L_d_h2 * x[1] * d_h2,", "        \"w4\": d_L_d_h2 * x[0] * d_h2,")]),
    _bug("backprop", "bp_w6_times_h1",
         "backprop's dL/dw6 multiplies by h1 instead of h2 (copied from the w5 line).",
         [[("w6",), ("h2", "h1")]],
         [("        \"w6\": d_L_d_o1 * h2 * d_o1,", "        \"w6\": d_L_d_o1 * h1 * d_o1,")]),
    _bug("backprop", "bp_b2_through_h1_path",
         "backprop's dL/db2 uses d_L_d_h1 (the path through h1) instead of d_L_d_h2.",
         [[("b2",), ("h2", "h1", "w6", "d_l_d_h2")]],
         [("        \"b2\": d_L_d_h2 * d_h2,", "        \"b2\": d_L_d_h1 * d_h2,")]),
    _bug("backprop", "bp_train_samples_reversed",
         "train visits the samples in reverse order (data[::-1]) instead of data order.",
         [[("order", "reverse", "[::-1]", "data order")]],
         [("        for x, y_true in zip(data, all_y_trues):",
           "        for x, y_true in zip(data[::-1], all_y_trues[::-1]):")]),
    _bug("backprop", "bp_feedforward_output_bias_b1",
         "feedforward adds b1 to the output neuron's sum instead of b3.",
         [[("b3",), ("b1", "output", "o1")]],
         [("    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return float(o1)",
           "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b1\"])\n    return float(o1)")]),
    _variant("backprop", "var_bp_sgd_step_loop_dict",
             "sgd_step fills a new dict in a for loop over PARAM_NAMES.",
             [("    return {\n        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n    }",
               "    new_params = {}\n    for name in PARAM_NAMES:\n"
               "        new_params[name] = float(params[name] - learn_rate * grads[name])\n"
               "    return new_params")]),
    _variant("backprop", "var_bp_train_loss_np_mean_float",
             "train records float(np.mean((y - o) ** 2)) over numpy arrays.",
             [("        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
               "        losses.append(float(sum(errors) / len(errors)))",
               "        y_arr = np.asarray(all_y_trues, dtype=float)\n"
               "        losses.append(float(np.mean((y_arr - np.array(predictions)) ** 2)))")]),
    _variant("backprop", "var_bp_output_slope_expanded",
             "backprop writes the output slope as o1 - o1 ** 2.",
             [(B_DO1, "    d_o1 = o1 - o1 ** 2")]),
]

# ---------------------------------------------------------------------------- mlp

M_BWD = (
    "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"
    "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)"
)
M_FWD = (
    "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
    "        return _sigmoid(A1 @ self.W2 + self.b2)"
)
M_STEP = "            param -= self.lr * grads[name]"

MLP = [
    _bug("mlp", "mlp_backward_W2_not_transposed",
         "backward passes the gradient back with dZ2 @ W2 instead of dZ2 @ W2.T.",
         [[("transpose", "w2.t", ".t")]],
         [(M_BWD, "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"
                  "        dZ1 = (dZ2 @ self.W2) * A1 * (1.0 - A1)")]),
    _bug("mlp", "mlp_dW1_transposed",
         "backward returns dZ1.T @ X for W1, a gradient of shape (hidden_size, input_size) instead "
         "of W1's shape.",
         [[("transpose", "x.t", "shape", "dz1.t")]],
         [("            \"W1\": X.T @ dZ1,", "            \"W1\": dZ1.T @ X,")]),
    _bug("mlp", "mlp_hidden_slope_resquashes_A1",
         "backward writes the hidden slope as sigmoid(A1) * (1 - sigmoid(A1)), squashing the "
         "activation a second time.",
         [[("a1 * (1 - a1)", "slope", "sigmoid(a1)", "twice", "activation")]],
         [(M_BWD, "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"
                  "        dZ1 = (dZ2 @ self.W2.T) * _sigmoid(A1) * (1.0 - _sigmoid(A1))")]),
    _bug("mlp", "mlp_db2_from_hidden_delta",
         "backward sums dZ1 for the b2 gradient instead of dZ2.",
         [[("b2",), ("dz2", "output", "dz1")]],
         [("            \"b2\": dZ2.sum(axis=0, keepdims=True),", "            \"b2\": dZ1.sum(axis=0, keepdims=True),")]),
    _bug("mlp", "mlp_forward_X_cast_to_int",
         "forward converts X with dtype=int, truncating fractional inputs.",
         [[("dtype=int", "int", "truncat", "integer", "dtype=float")]],
         [(M_FWD, "        A1 = _sigmoid(np.asarray(X, dtype=int) @ self.W1 + self.b1)\n"
                  "        return _sigmoid(A1 @ self.W2 + self.b2)")]),
    _bug("mlp", "mlp_forward_sigmoid_of_inputs",
         "forward squashes the inputs before the first layer, sigmoid(X) @ W1 + b1, instead of "
         "squashing X @ W1 + b1.",
         [[("sigmoid(x)", "inputs", "parenthes", "before", "after the weighted sum", "z1")]],
         [(M_FWD, "        A1 = _sigmoid(np.asarray(X, dtype=float)) @ self.W1 + self.b1\n"
                  "        return _sigmoid(A1 @ self.W2 + self.b2)")]),
    _bug("mlp", "mlp_forward_returns_hidden_too",
         "forward returns the pair (A1, A2) instead of A2 alone.",
         [[("tuple", "pair", "a1", "only a2", "hidden")]],
         [(M_FWD, "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
                  "        return A1, _sigmoid(A1 @ self.W2 + self.b2)")]),
    _bug("mlp", "mlp_forward_b1_subtracted",
         "forward subtracts b1 (X @ W1 - b1) instead of adding it.",
         [[("b1",), ("sign", "add", "+ b1", "subtract", "minus")]],
         [(M_FWD, "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 - self.b1)\n"
                  "        return _sigmoid(A1 @ self.W2 + self.b2)")]),
    _bug("mlp", "mlp_step_divides_by_lr",
         "step subtracts grad / lr instead of lr * grad.",
         [[("lr *", "multiply", "times", "divid", "/ self.lr")]],
         [(M_STEP, "            param -= grads[name] / self.lr")]),
    _variant("mlp", "var_mlp_backward_einsum_W2",
             "backward computes the W2 gradient with np.einsum('mh,mo->ho', A1, dZ2).",
             [("            \"W2\": A1.T @ dZ2,", "            \"W2\": np.einsum(\"mh,mo->ho\", A1, dZ2),")]),
    _variant("mlp", "var_mlp_predict_where_ints",
             "predict returns np.where(forward(X) >= 0.5, 1, 0).",
             [("        return (self.forward(X) >= 0.5).astype(int)",
               "        return np.where(self.forward(X) >= 0.5, 1, 0)")]),
    _variant("mlp", "var_mlp_loss_sum_over_size_float",
             "loss is float(np.sum((A2 - Y) ** 2) / A2.size).",
             [("        return float(np.mean((A2 - Y) ** 2))",
               "        return float(np.sum((A2 - Y) ** 2) / A2.size)")]),
    _variant("mlp", "var_mlp_forward_np_dot",
             "forward uses np.dot for both layers.",
             [(M_FWD, "        A1 = _sigmoid(np.dot(np.asarray(X, dtype=float), self.W1) + self.b1)\n"
                      "        return _sigmoid(np.dot(A1, self.W2) + self.b2)")]),
]

# ---------------------------------------------------------------------------- added after the probe
# (these replace the cases the probe could not tell from the reference; see README.md)

GATES += [
    _bug("gates", "gates_nand_input_weights_zero",
         "NAND_WEIGHTS = (1.5, 0.0, 0.0): only the bias was set and the input weights left at zero, "
         "so the gate always fires, also on (1, 1).",
         [[("nand_weights", "nand gate", "nand truth", "input weights", "w1", "w2", "(1, 1)")]],
         [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (1.5, 0.0, 0.0)")]),
]

PERCEPTRON += [
    _bug("perceptron", "perceptron_bias_numpy_float",
         "fit updates the bias with self.bias += update, so it ends as a NumPy float64 instead of the "
         "Python float the docstring asks for.",
         [[("python float", "float(", "np.float64", "numpy float", "float64")]],
         [("                self.bias = float(self.bias + update)", "                self.bias += update")]),
    _bug("perceptron", "perceptron_update_only_positive_errors",
         "fit clips the error at zero, update = lr * max(y_i - prediction, 0), so wrongly fired "
         "samples never push the weights down.",
         [[("y_i - prediction", "negative", "both directions", "max(", "clip", "false positive",
            "wrongly fired", "-1")]],
         [(P_UPDATE, "                update = self.lr * max(y_i - prediction, 0)")]),
    _bug("perceptron", "perceptron_weights_zeros_int_dtype",
         "fit starts from np.zeros(n_features, dtype=int), so adding the float update in place "
         "raises a casting error.",
         [[("dtype=int", "int", "integer", "float", "casting", "dtype")]],
         [("        self.weights = np.zeros(X.shape[1])", "        self.weights = np.zeros(X.shape[1], dtype=int)")]),
    _bug("perceptron", "perceptron_predict_bias_added_to_weights",
         "predict computes X @ (weights + bias), adding the bias to every weight instead of to the sum.",
         [[("bias",), ("weights + ", "to every weight", "to the sum", "+ self.bias", "added once",
                       "parenthes", "outside")]],
         [("        z = np.asarray(X, dtype=float) @ self.weights + self.bias",
           "        z = np.asarray(X, dtype=float) @ (self.weights + self.bias)")]),
]

ACTIVATIONS += [
    _bug("activations", "act_sigmoid_output_clipped_epsilon",
         "sigmoid clips its output to [1e-7, 1 - 1e-7] (copied from cross-entropy code), so "
         "sigmoid(-1000) is 1e-7 instead of 0.",
         [[("clip", "1e-7", "epsilon", "eps")]],
         [("    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n    ### END SOLUTION\n\n\ndef sigmoid_derivative",
           "    return np.clip(np.where(z >= 0, 1.0, e) / (1.0 + e), 1e-7, 1 - 1e-7)\n    ### END SOLUTION\n\n\ndef sigmoid_derivative")]),
    _bug("activations", "act_sigmoid_derivative_tanh_formula",
         "sigmoid_derivative returns 1 - s**2, tanh's derivative formula, instead of s * (1 - s).",
         [[("s * (1 - s)", "1 - s", "tanh", "s(1 - s)", "s * (1.0 - s)")]],
         [("    return s * (1.0 - s)", "    return 1.0 - s ** 2")]),
    _bug("activations", "act_softmax_negated_exponent",
         "softmax exponentiates -(z - max), so the largest score gets the smallest probability.",
         [[("sign", "negat", "minus", "exp(z", "largest", "softmin")]],
         [("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))",
           "    exps = np.exp(-(z - np.max(z, axis=-1, keepdims=True)))")]),
    _variant("activations", "var_act_tanh_derivative_four_sigmoid_slopes",
             "tanh_derivative is 4 * sigmoid_derivative(2 z), since tanh(z) = 2 sigmoid(2z) - 1.",
             [("    return 1.0 - tanh(z) ** 2",
               "    return 4.0 * sigmoid_derivative(2.0 * np.asarray(z, dtype=float))")]),
]

NEURON += [
    _bug("neuron", "neuron_count_empty_returns_none",
         "count_parameters returns None for an empty list instead of 0.",
         [[("none", "return 0", "empty", "0 for")]],
         [("    sizes = [int(n) for n in layer_sizes]\n",
           "    sizes = [int(n) for n in layer_sizes]\n    if not sizes:\n        return None\n")]),
    _bug("neuron", "neuron_layer_mean_of_products",
         "layer_output divides each neuron's weighted sum by the number of inputs (a mean) before "
         "adding the bias.",
         [[("mean", "average", "divid", "len(inputs)", "sum")]],
         [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))",
           "        total = sum(x * w for x, w in zip(inputs, neuron_weights)) / len(inputs)")]),
]

LOSS += [
    _bug("loss", "loss_mse_squared_mean_absolute_error",
         "mse_loss returns mean(|y_true - y_pred|) ** 2, the squared mean absolute error, instead "
         "of the mean of the squares.",
         [[("mean of the squares", "square each", "squared differences", "abs", "before averaging",
            "each difference")]],
         [(L_MEAN, "    return float(np.mean(np.abs(y_true - y_pred)) ** 2)")]),
    _bug("loss", "loss_mse_max_for_mean",
         "mse_loss takes np.max of the squared differences instead of np.mean.",
         [[("np.mean", "mean", "max", "average")]],
         [(L_MEAN, "    return float(np.max((y_true - y_pred) ** 2))")]),
    _bug("loss", "loss_grad_plus_for_minus",
         "mse_loss_gradient adds y_true to y_pred instead of subtracting it.",
         [[("y_pred - y_true", "subtract", "minus", "difference", "+ y_true", "sign")]],
         [(L_GRAD, "    return 2.0 * (y_pred + y_true.reshape(y_pred.shape)) / y_pred.size")]),
]

BACKPROP += [
    _bug("backprop", "bp_w5_with_hidden_slope",
         "backprop's dL/dw5 multiplies by h1's slope d_h1 instead of the output slope d_o1.",
         [[("w5",), ("d_o1", "output slope", "s'(o1)", "o1 * (1 - o1)", "d_h1", "slope")]],
         [("        \"w5\": d_L_d_o1 * h1 * d_o1,", "        \"w5\": d_L_d_o1 * h1 * d_h1,")]),
    _bug("backprop", "bp_dL_do1_squared_error",
         "backprop writes dL/do1 = -2 * (y_true - o1) ** 2, squaring the error instead of "
         "differentiating the square.",
         [[("derivative of", "-2 * (y_true - o1)", "not squared", "squared", "** 2", "power")]],
         [(B_DLDO, "    d_L_d_o1 = -2.0 * (y_true - o1) ** 2")]),
    _bug("backprop", "bp_train_loss_worst_sample",
         "train records the largest squared error of the epoch (max(errors)) instead of their mean.",
         [[("mean", "average", "max", "sum(errors) / len")]],
         [("        losses.append(float(sum(errors) / len(errors)))", "        losses.append(float(max(errors)))")]),
]

MLP += [
    _bug("mlp", "mlp_backward_missing_factor_two",
         "backward starts from dL/dA2 = (A2 - Y) / N, dropping the factor 2 of the squared error.",
         [[("factor 2", "factor of 2", "2 *", "factor two", "times 2", "2.0 *")]],
         [(M_BWD, "        dZ2 = (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"
                  "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)")]),
    _bug("mlp", "mlp_loss_root_mean_square",
         "loss returns the square root of the mean squared error (RMSE) instead of the MSE.",
         [[("sqrt", "root", "rmse", "square root")]],
         [("        return float(np.mean((A2 - Y) ** 2))", "        return float(np.sqrt(np.mean((A2 - Y) ** 2)))")]),
    _bug("mlp", "mlp_forward_output_bias_b1",
         "forward adds b1 to the output layer's sum instead of b2.",
         [[("b2",), ("b1", "output", "bias")]],
         [(M_FWD, "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
                  "        return _sigmoid(A1 @ self.W2 + self.b1)")]),
]


CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
