"""A held-out corpus of beginner mistakes (and correct variants) for nnkit's grader.

Written from the course spec, the reference solutions and the stubs only, without
looking at the grader's checks or hints or at the tuned corpus in ``tests/corpus/``,
so that the hints could not have been tuned on it.

Every case is a dict with these keys:

``name``
    A short unique identifier.
``module``
    The course exercise (module name without ``.py``) the case changes.
``kind``
    ``"bug"`` (a single beginner mistake: it should lose points in ``module`` and
    nowhere else) or ``"variant"`` (correct code written differently from the
    reference: it should get full marks everywhere).
``edits``
    A list of ``(old, new)`` text replacements applied, in order, to
    ``solutions/<module>.py``. Each ``old`` must occur exactly once in the text it is
    applied to (the module after the previous edits). The other six modules of the
    submission are the reference solutions, unchanged.
``did``
    One sentence: what the student did.
``names``
    Only for bugs: what a hint that *names the mistake* would contain. It is a list
    of alternative groups; a hint names the mistake when, for at least one group,
    it contains every item of that group. An item is a string, or a tuple of
    strings meaning "any one of these spellings". So::

        [["sign"], ["1 - s"]]                      # "sign" OR "1 - s"
        [["bias", ("update", "+=")]]               # "bias" AND ("update" OR "+=")

    Matching is case-insensitive (all keywords are written in lower case) and
    whitespace-tolerant: an item matches when it occurs in the hint with runs of
    whitespace collapsed to one space, or when it occurs in the hint with all
    whitespace removed after removing all whitespace from the item too (so
    ``"z * (1 - z)"`` also matches ``z*(1-z)``). Backquotes are removed from the
    hint before matching.

The ``names`` were written down, and committed, before the grader was ever run on
these cases. They try to be fair but strict: what a hint that tells the student
both what went wrong and how to put it right would naturally say.
"""

# ---------------------------------------------------------------------------
# helpers


def bug(name, module, edits, did, names):
    return {"name": name, "module": module, "kind": "bug", "edits": list(edits), "did": did, "names": names}


def variant(name, module, edits, did):
    return {"name": name, "module": module, "kind": "variant", "edits": list(edits), "did": did, "names": None}


# Keyword groups used by several cases.
IN_PLACE = [["in place"], ["in-place"], ["modif"], ["mutat"], ["copy"]]
STRICT_GE = [[">="], ["strict"], ["or equal"]]
BROADCAST = [["broadcast"], ["(n, n)"], ["(m, m)"], ["ravel"], ["flatten"], ["reshape"]]
NOT_ARRAY_SAFE = [["array", ("np.where", "astype", "element-wise", "elementwise", "each element", "vectori")],
                  ["np.where"], ["np.maximum"]]

CASES = []

# ---------------------------------------------------------------------------
# 1. gates

CASES += [
    bug("gates_threshold_strict", "gates",
        [("return (z >= 0.5).astype(int)", "return (z > 0.5).astype(int)"),
         ("return int(z >= 0.5)", "return int(z > 0.5)")],
        "Wrote the step as z > 0.5, so a sum of exactly 0.5 does not fire.",
        STRICT_GE + [["exactly 0.5"], ["z = 0.5"], ["equal to 0.5"]]),
    bug("gates_threshold_float_array", "gates",
        [("return (z >= 0.5).astype(int)", "return (z >= 0.5).astype(float)")],
        "Made threshold return a float array of 0.0/1.0 instead of an integer array.",
        [["integer"], ["astype(int)"], ["dtype"]]),
    bug("gates_threshold_python_if", "gates",
        [("    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)",
          "    if z >= 0.5:\n        return 1\n    return 0")],
        "Wrote threshold with a Python if, which breaks on arrays (truth value of an array is ambiguous).",
        NOT_ARRAY_SAFE + [["ambiguous", "array"]]),
    bug("gates_perceptron_no_bias_weight", "gates",
        [("z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)",
          "z = w1 * np.asarray(x1) + w2 * np.asarray(x2)")],
        "Forgot the bias weight w0 in the weighted sum.",
        [["w0"], ["bias"]]),
    bug("gates_perceptron_bias_last", "gates",
        [("    w0, w1, w2 = weights\n", "    w1, w2, w0 = weights\n")],
        "Unpacked the weights as if the bias came last: (w1, w2, w0) instead of (w0, w1, w2).",
        [["order"], ["w0", "first"], ["(w0, w1, w2)"], ["w0, w1, w2 ="]]),
    bug("gates_and_is_or", "gates",
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (0.0, 0.6, 0.6)")],
        "Copied the OR weights into AND_WEIGHTS, so AND fires when only one input is on.",
        [["and_weights"], ["and gate"], ["gate and"]]),
    bug("gates_nor_negated_or", "gates",
        [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (-0.0, -0.6, -0.6)")],
        "Took NOR as the OR weights with every sign flipped, which never fires, not even on (0, 0).",
        [["nor_weights"], ["nor gate"], ["gate nor"], [" nor "], ["nor's"], ["nor:"]]),
    bug("gates_xor_second_layer_or", "gates",
        [("    return perceptron(either, not_both, AND_WEIGHTS)",
          "    return perceptron(either, not_both, OR_WEIGHTS)")],
        "Combined OR and NAND with a second-layer OR instead of AND.",
        [["and_weights"], ["and of"], ["and gate"], ["second-layer and"], ["second layer and"]]),
    bug("gates_xor_nor_for_nand", "gates",
        [("not_both = perceptron(x1, x2, NAND_WEIGHTS)", "not_both = perceptron(x1, x2, NOR_WEIGHTS)")],
        "Used NOR where XOR needs NAND (\"not both\").",
        [["nand"]]),
]

# ---------------------------------------------------------------------------
# 2. perceptron

EPOCH_SHORT = [["epoch", ("one fewer", "one too few", "one less", "too few", "off by one", "off-by-one",
                          "epochs - 1", "epochs-1", "missing")]]
EPOCH_LONG = [["epoch", ("one more", "one too many", "too many", "extra", "off by one", "off-by-one",
                         "epochs + 1", "epochs+1")]]

CASES += [
    bug("perceptron_no_bias_update", "perceptron",
        [("                self.bias = float(self.bias + update)\n", "")],
        "Updated the weights but never the bias.",
        [["bias", ("update", "+=", "never", "not change", "unchanged", "stays")]]),
    bug("perceptron_error_sign", "perceptron",
        [("update = self.lr * (y_i - prediction)", "update = self.lr * (prediction - y_i)")],
        "Computed the error as prediction - y_i, so every update pushes the wrong way.",
        [["sign"], ["y_i - y_pred"], ["y_i - prediction"], ["y - y_pred"], ["opposite"], ["reversed"],
         ["wrong direction"]]),
    bug("perceptron_epochs_minus_one", "perceptron",
        [("for _ in range(self.epochs):", "for _ in range(self.epochs - 1):")],
        "Looped range(self.epochs - 1), one epoch short.",
        EPOCH_SHORT),
    bug("perceptron_epochs_plus_one", "perceptron",
        [("for _ in range(self.epochs):", "for _ in range(self.epochs + 1):")],
        "Looped range(self.epochs + 1), one epoch too many.",
        EPOCH_LONG),
    bug("perceptron_mutates_X", "perceptron",
        [("                self.weights += update * x_i  # our own array: safe in place\n",
          "                x_i *= update\n                self.weights += x_i\n")],
        "Scaled each sample in place (x_i *= update) before adding it, which overwrites the caller's X.",
        IN_PLACE),
    bug("perceptron_predict_bool", "perceptron",
        [("return (z >= 0).astype(int)", "return z >= 0")],
        "Returned the boolean array z >= 0 from predict instead of integers 0/1.",
        [["integer"], ["astype(int)"], ["dtype"], ["bool"]]),
    bug("perceptron_step_strict", "perceptron",
        [("prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0",
          "prediction = 1 if x_i @ self.weights + self.bias > 0 else 0")],
        "Used z > 0 in the training step, so a sum of exactly 0 predicts 0.",
        STRICT_GE + [["exactly 0"], ["z = 0"], ["equal to 0"]]),
    bug("perceptron_random_init", "perceptron",
        [("self.weights = np.zeros(X.shape[1])", "self.weights = np.random.randn(X.shape[1]) * 0.01")],
        "Started from small random weights, as in a tutorial, instead of zeros.",
        [["zero", ("start", "initial", "init")], ["np.zeros"]]),
    bug("perceptron_no_learning_rate", "perceptron",
        [("update = self.lr * (y_i - prediction)", "update = y_i - prediction")],
        "Left the learning rate out of the update.",
        [["lr"], ["learning rate"]]),
    bug("perceptron_predict_half_threshold", "perceptron",
        [("return (z >= 0).astype(int)", "return (z >= 0.5).astype(int)")],
        "Reused exercise 1's threshold of 0.5 in predict, where the step is at 0.",
        [["0.5"], ["z >= 0"]]),
]

# ---------------------------------------------------------------------------
# 3. activations

CASES += [
    bug("act_sigmoid_derivative_of_z", "activations",
        [("    return s * (1.0 - s)\n", "    return z * (1.0 - z)\n")],
        "Wrote sigmoid_derivative(z) as z * (1 - z), the formula in terms of the activation, applied to z.",
        [["sigmoid(z)"], ["z * (1 - z)"], ["a = sigmoid"]]),
    bug("act_sigmoid_derivative_sign", "activations",
        [("    return s * (1.0 - s)\n", "    return s * (s - 1.0)\n")],
        "Wrote s * (s - 1), flipping the sign of the sigmoid's slope.",
        [["sign"], ["1 - s"], ["1 - sigmoid"]]),
    bug("act_sigmoid_naive_overflow", "activations",
        [("    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n",
          "    return 1.0 / (1.0 + np.exp(-z))\n")],
        "Wrote the textbook 1 / (1 + exp(-z)), which overflows (with a warning) for z = -1000.",
        [["overflow"], ["stabl"], ["-|z|"], ["abs"]]),
    bug("act_sigmoid_list_input", "activations",
        [("    z = np.asarray(z, dtype=float)\n    e = np.exp(-np.abs(z))", "    e = np.exp(-np.abs(z))")],
        "Did not convert the input with np.asarray, so sigmoid breaks when given a Python list.",
        [["list"], ["np.asarray"], ["np.array"], ["array-like"]]),
    bug("act_tanh_derivative_no_square", "activations",
        [("    return 1.0 - tanh(z) ** 2\n", "    return 1.0 - tanh(z)\n")],
        "Forgot to square tanh in the derivative: 1 - tanh(z).",
        [["square"], ["** 2"], ["^2"]]),
    bug("act_tanh_derivative_of_z", "activations",
        [("    return 1.0 - tanh(z) ** 2\n", "    return 1.0 - np.asarray(z, dtype=float) ** 2\n")],
        "Wrote 1 - z**2, the formula in terms of the activation, applied to z.",
        [["tanh(z)"], ["1 - z**2"], ["1 - z ** 2"]]),
    bug("act_relu_derivative_at_zero", "activations",
        [("(np.asarray(z) > 0).astype(float)", "(np.asarray(z) >= 0).astype(float)")],
        "Made relu_derivative 1 at z = 0 (>= instead of >).",
        [["z = 0"], ["at 0"], ["at zero"], ["exactly 0"], ["z > 0"], ["strict"]]),
    bug("act_relu_derivative_bool", "activations",
        [("return (np.asarray(z) > 0).astype(float)", "return np.asarray(z) > 0")],
        "Returned the boolean mask z > 0 from relu_derivative instead of floats.",
        [["float"], ["bool"], ["dtype"], ["astype"]]),
    bug("act_relu_python_max", "activations",
        [("return np.maximum(np.asarray(z, dtype=float), 0.0)", "return max(z, 0.0)")],
        "Used Python's max(z, 0), which works on one number but not on arrays.",
        NOT_ARRAY_SAFE + [["max(", "array"]]),
    bug("act_leaky_derivative_zero_left", "activations",
        [("return np.where(z > 0, 1.0, alpha)", "return np.where(z > 0, 1.0, 0.0)")],
        "Copied relu_derivative into leaky_relu_derivative: slope 0 instead of alpha on the left.",
        [["alpha"]]),
    bug("act_leaky_hardcoded_alpha", "activations",
        [("return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)",
          "return np.maximum(z, 0.0) + 0.01 * np.minimum(z, 0.0)")],
        "Hard-coded 0.01 in leaky_relu instead of using the alpha argument.",
        [["alpha"]]),
    bug("act_softmax_axis0", "activations",
        [("return exps / np.sum(exps, axis=-1, keepdims=True)", "return exps / np.sum(exps, axis=0, keepdims=True)")],
        "Normalised softmax over axis 0 (down the columns) instead of the last axis.",
        [["axis"]]),
    bug("act_softmax_no_keepdims", "activations",
        [("return exps / np.sum(exps, axis=-1, keepdims=True)", "return exps / np.sum(exps, axis=-1)")],
        "Dropped keepdims=True from the sum, so a 2-D input divides by the wrong sums (or fails).",
        [["keepdims"]]),
    bug("act_softmax_no_shift", "activations",
        [("exps = np.exp(z - np.max(z, axis=-1, keepdims=True))", "exps = np.exp(z)")],
        "Did not subtract the maximum before exp, so softmax overflows to nan for scores like 1000.",
        [["max"], ["overflow"], ["shift"], ["subtract"]]),
]

# ---------------------------------------------------------------------------
# 4. neuron

CASES += [
    bug("neuron_no_bias", "neuron",
        [("total = np.dot(self.weights, inputs) + self.bias", "total = np.dot(self.weights, inputs)")],
        "Forgot to add the bias in Neuron.feedforward.",
        [["bias"]]),
    bug("neuron_no_activation", "neuron",
        [("return float(_sigmoid(total))", "return float(total)")],
        "Returned the weighted sum without passing it through the sigmoid.",
        [["sigmoid"], ["activation"]]),
    bug("neuron_elementwise_not_dot", "neuron",
        [("total = np.dot(self.weights, inputs) + self.bias",
          "total = self.weights * np.asarray(inputs, dtype=float) + self.bias")],
        "Multiplied weights and inputs element-wise and never summed them.",
        [["dot"], ["weighted sum"], ["sum", ("product", "element")]]),
    bug("neuron_tiny_o1_gets_x", "neuron",
        [("return self.o1.feedforward(hidden)", "return self.o1.feedforward(x)")],
        "Fed the network's input x to the output neuron instead of the hidden outputs.",
        [["hidden"], ["h1", "h2"]]),
    bug("neuron_layer_transposed", "neuron",
        [("    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n"
          "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
          "        outputs.append(total + bias)\n",
          "    outputs = []\n    for j in range(len(biases)):\n        total = 0.0\n"
          "        for i in range(len(inputs)):\n            total += inputs[i] * weights[i][j]\n"
          "        outputs.append(total + biases[j])\n")],
        "Indexed weights[i][j] instead of weights[j][i] (the transposed layout).",
        [["weights[j][i]"], ["weights[j]"], ["transpos"], ["row", "neuron"]]),
    bug("neuron_layer_bias_every_term", "neuron",
        [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
          "        outputs.append(total + bias)\n",
          "        total = sum(x * w + bias for x, w in zip(inputs, neuron_weights))\n"
          "        outputs.append(total)\n")],
        "Added the bias inside the sum, once per input instead of once per neuron.",
        [["bias", ("once", "each input", "every input", "per input", "times", "inside")]]),
    bug("neuron_layer_returns_total", "neuron",
        [("    return outputs\n", "    return sum(outputs)\n")],
        "Returned the sum of the neurons' outputs instead of the list of outputs.",
        [["list"], ["per neuron"], ["each neuron"]]),
    bug("neuron_count_no_biases", "neuron",
        [("return sum(a * b + b for a, b in zip(sizes, sizes[1:]))",
          "return sum(a * b for a, b in zip(sizes, sizes[1:]))")],
        "Counted only the weights, not the biases.",
        [["bias"]]),
    bug("neuron_count_input_biases", "neuron",
        [("return sum(a * b + b for a, b in zip(sizes, sizes[1:]))",
          "return sum(a * b for a, b in zip(sizes, sizes[1:])) + sum(sizes)")],
        "Gave every layer biases, the input layer included.",
        [["input", "bias"]]),
    bug("neuron_count_skips_last_layer", "neuron",
        [("return sum(a * b + b for a, b in zip(sizes, sizes[1:]))",
          "return sum(sizes[i] * sizes[i + 1] + sizes[i + 1] for i in range(len(sizes) - 2))")],
        "Looped range(len(sizes) - 2), leaving out the last pair of layers.",
        [["last"], ["off by one"], ["off-by-one"], ["every pair"], ["each pair"], ["output layer"]]),
    bug("neuron_count_prints", "neuron",
        [("    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n",
          "    print(sum(a * b + b for a, b in zip(sizes, sizes[1:])))\n")],
        "Printed the count instead of returning it.",
        [["print"], ["none"]]),
]

# ---------------------------------------------------------------------------
# 5. loss

MSE_LINE = "return float(np.mean((y_true - y_pred) ** 2))"
GRAD_LINE = "return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"

CASES += [
    bug("loss_mse_broadcast", "loss",
        [("y_true = np.asarray(y_true, dtype=float).ravel()", "y_true = np.asarray(y_true, dtype=float)"),
         ("y_pred = np.asarray(y_pred, dtype=float).ravel()", "y_pred = np.asarray(y_pred, dtype=float)")],
        "Did not flatten the inputs, so (n,) against (n, 1) silently broadcasts to an (n, n) table.",
        BROADCAST + [["(n, 1)"]]),
    bug("loss_mse_sum", "loss",
        [(MSE_LINE, "return float(np.sum((y_true - y_pred) ** 2))")],
        "Summed the squared errors instead of averaging them.",
        [["mean"], ["divid"], ["average"], ["/ n"]]),
    bug("loss_mse_half", "loss",
        [(MSE_LINE, "return float(0.5 * np.mean((y_true - y_pred) ** 2))")],
        "Multiplied the MSE by 1/2, a convention copied from another course.",
        [["0.5"], ["1/2"], ["half"], ["factor"]]),
    bug("loss_mse_absolute", "loss",
        [(MSE_LINE, "return float(np.mean(np.abs(y_true - y_pred)))")],
        "Averaged absolute differences (MAE) instead of squared ones.",
        [["square"], ["absolute"], ["abs"], ["** 2"]]),
    bug("loss_mse_floor_division", "loss",
        [(MSE_LINE, "return float(np.sum((y_true - y_pred) ** 2) // y_true.size)")],
        "Divided with // (floor division) when averaging.",
        [["//"], ["integer division"], ["floor"], ["round"]]),
    bug("loss_grad_no_factor_2", "loss",
        [(GRAD_LINE, "return (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size")],
        "Left out the factor 2 that comes from differentiating the square.",
        [["factor 2"], ["factor of 2"], ["2 *"], ["missing 2"], ["twice"], ["half"]]),
    bug("loss_grad_sign", "loss",
        [(GRAD_LINE, "return 2.0 * (y_true.reshape(y_pred.shape) - y_pred) / y_pred.size")],
        "Wrote y_true - y_pred in the gradient, flipping its sign.",
        [["sign"], ["y_pred - y_true"], ["opposite"]]),
    bug("loss_grad_no_mean", "loss",
        [(GRAD_LINE, "return 2.0 * (y_pred - y_true.reshape(y_pred.shape))")],
        "Forgot to divide the gradient by N.",
        [["/ n"], ["divid"], ["number of elements"], ["by n"], ["mean"]]),
    bug("loss_grad_len_not_size", "loss",
        [(GRAD_LINE, "return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / len(y_pred)")],
        "Divided by len(y_pred), the number of rows, instead of the number of elements.",
        [["number of elements"], ["size"], ["len("], ["all elements"]]),
    bug("loss_grad_broadcast", "loss",
        [(GRAD_LINE, "return 2.0 * (y_pred - y_true) / y_pred.size")],
        "Subtracted without reshaping y_true, so (n, 1) against (n,) broadcasts to an (n, n) matrix.",
        BROADCAST + [["(n, 1)"]]),
    bug("loss_grad_in_place", "loss",
        [("    " + GRAD_LINE + "\n",
          "    y_pred -= y_true.reshape(y_pred.shape)\n    return 2.0 * y_pred / y_pred.size\n")],
        "Subtracted y_true from y_pred in place, overwriting the caller's predictions.",
        IN_PLACE),
]

# ---------------------------------------------------------------------------
# 6. backprop

BP_LOOP = ("        for x, y_true in zip(data, all_y_trues):\n"
           "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
           "        predictions = [feedforward(params, x) for x in data]\n"
           "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
           "        losses.append(float(sum(errors) / len(errors)))\n")

CASES += [
    bug("bp_dL_do1_sign", "backprop",
        [("d_L_d_o1 = -2.0 * (y_true - o1)", "d_L_d_o1 = 2.0 * (y_true - o1)")],
        "Dropped the minus sign of dL/do1 = -2 (y_true - o1).",
        [["sign"], ["-2"], ["o1 - y_true"]]),
    bug("bp_dL_do1_no_2", "backprop",
        [("d_L_d_o1 = -2.0 * (y_true - o1)", "d_L_d_o1 = -(y_true - o1)")],
        "Left out the factor 2 of the squared loss in dL/do1.",
        [["factor 2"], ["factor of 2"], ["2 *"], ["-2"], ["twice"], ["half"]]),
    bug("bp_sigmoid_applied_twice", "backprop",
        [("d_o1 = o1 * (1.0 - o1)", "d_o1 = _sigmoid(o1) * (1.0 - _sigmoid(o1))")],
        "Took the output's slope as sigmoid'(o1), applying the sigmoid to what is already its output.",
        [["o1 * (1 - o1)"], ["twice"], ["already"], ["sigmoid(o1)"]]),
    bug("bp_w1_uses_x1", "backprop",
        [('"w1": d_L_d_h1 * x[0] * d_h1,', '"w1": d_L_d_h1 * x[1] * d_h1,')],
        "Multiplied dL/dw1 by x[1] instead of x[0] (the input w1 actually multiplies).",
        [["w1", ("x[0]", "input", "x0")]]),
    bug("bp_w5_w6_swapped", "backprop",
        [('d_L_d_h1 = d_L_d_o1 * p["w5"] * d_o1', 'd_L_d_h1 = d_L_d_o1 * p["w6"] * d_o1'),
         ('d_L_d_h2 = d_L_d_o1 * p["w6"] * d_o1', 'd_L_d_h2 = d_L_d_o1 * p["w5"] * d_o1')],
        "Sent the gradient back to h1 through w6 and to h2 through w5.",
        [["w5", "w6"]]),
    bug("bp_no_hidden_slope", "backprop",
        [("d_h1 = h1 * (1.0 - h1)", "d_h1 = 1.0"), ("d_h2 = h2 * (1.0 - h2)", "d_h2 = 1.0")],
        "Forgot the hidden sigmoids' slopes h * (1 - h) in the chain rule.",
        [["slope"], ["sigmoid'"], ["derivative", "hidden"], ["h1 * (1 - h1)"]]),
    bug("bp_feedforward_no_b3", "backprop",
        [('    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])\n    return float(o1)',
          '    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2)\n    return float(o1)')],
        "Forgot the output bias b3 in feedforward.",
        [["b3"]]),
    bug("bp_sgd_plus", "backprop",
        [("params[name] - learn_rate * grads[name]", "params[name] + learn_rate * grads[name]")],
        "Added learn_rate * grad in sgd_step (gradient ascent) instead of subtracting it.",
        [["sign"], ["minus"], ["subtract"], ["ascent"], ["against"], ["opposite"]]),
    bug("bp_sgd_in_place", "backprop",
        [("    return {\n        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n    }\n",
          "    for name in PARAM_NAMES:\n        params[name] -= learn_rate * grads[name]\n    return params\n")],
        "Updated the params dict in place and returned it, modifying the caller's dict.",
        IN_PLACE + [["new dict"]]),
    bug("bp_train_loss_before_updates", "backprop",
        [(BP_LOOP,
          "        predictions = [feedforward(params, x) for x in data]\n"
          "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
          "        losses.append(float(sum(errors) / len(errors)))\n"
          "        for x, y_true in zip(data, all_y_trues):\n"
          "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n")],
        "Recorded each epoch's loss before the epoch's updates instead of after.",
        [["after", "epoch"], ["before", "epoch"], ["shifted"], ["start of"]]),
    bug("bp_train_returns_last_loss", "backprop",
        [("    return params, losses\n", "    return params, losses[-1]\n")],
        "Returned only the last loss instead of the list of losses.",
        [["list"], ["every epoch"], ["each epoch"], ["per epoch"], ["last"]]),
    bug("bp_train_loss_sum", "backprop",
        [("losses.append(float(sum(errors) / len(errors)))", "losses.append(float(sum(errors)))")],
        "Recorded the sum of squared errors instead of their mean.",
        [["mean"], ["divid"], ["average"]]),
    bug("bp_train_epochs_minus_one", "backprop",
        [("for _ in range(epochs):", "for _ in range(epochs - 1):")],
        "Looped range(epochs - 1), one epoch short (and one loss short).",
        EPOCH_SHORT),
    bug("bp_train_shuffles", "backprop",
        [("        for x, y_true in zip(data, all_y_trues):\n",
          "        for i in np.random.permutation(len(data)):\n            x, y_true = data[i], all_y_trues[i]\n")],
        "Shuffled the samples every epoch, as tutorials do, instead of visiting them in data order.",
        [["order"], ["shuffl"]]),
]

# ---------------------------------------------------------------------------
# 7. mlp

DZ2 = "dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)"

CASES += [
    bug("mlp_dZ2_cross_entropy", "mlp",
        [(DZ2, "dZ2 = A2 - Y")],
        "Used dZ2 = A2 - Y, the cross-entropy gradient, in an MSE network.",
        [["cross-entropy"], ["cross entropy"]]),
    bug("mlp_dZ2_no_scale", "mlp",
        [(DZ2, "dZ2 = (A2 - Y) * A2 * (1.0 - A2)")],
        "Left out the factor 2 / (m * output_size) of the mean squared error.",
        [["2 / (m"], ["2/(m"], ["m * output_size"], ["factor"], ["/ n"]]),
    bug("mlp_dZ2_divides_by_m", "mlp",
        [(DZ2, "dZ2 = 2.0 * (A2 - Y) / X.shape[0] * A2 * (1.0 - A2)")],
        "Divided by the number of samples m instead of m * output_size.",
        [["output_size"], ["all elements"], ["number of elements"], ["size"]]),
    bug("mlp_b1_no_keepdims", "mlp",
        [('"b1": dZ1.sum(axis=0, keepdims=True),', '"b1": dZ1.sum(axis=0),')],
        "Summed dZ1 over samples without keepdims, so b1's gradient has shape (hidden,) not (1, hidden).",
        [["keepdims"], ["(1, hidden"], ["(1,"]]),
    bug("mlp_b2_wrong_axis", "mlp",
        [('"b2": dZ2.sum(axis=0, keepdims=True),', '"b2": dZ2.sum(axis=1, keepdims=True),')],
        "Summed dZ2 over axis 1 (outputs) instead of axis 0 (samples) for b2's gradient.",
        [["axis"]]),
    bug("mlp_dZ1_tanh_derivative", "mlp",
        [("dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)", "dZ1 = (dZ2 @ self.W2.T) * (1.0 - A1 ** 2)")],
        "Used tanh's derivative 1 - A1**2 for the sigmoid hidden layer.",
        [["tanh"], ["a1 * (1 - a1)"]]),
    bug("mlp_dZ1_no_transpose", "mlp",
        [("dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)", "dZ1 = (dZ2 @ self.W2) * A1 * (1.0 - A1)")],
        "Multiplied by W2 instead of W2.T when passing the gradient back.",
        [["transpos"], ["w2.t"]]),
    bug("mlp_dW1_transposed", "mlp",
        [('"W1": X.T @ dZ1,', '"W1": dZ1.T @ X,')],
        "Computed W1's gradient as dZ1.T @ X, the transpose of the right shape.",
        [["transpos"], ["x.t @ dz1"]]),
    bug("mlp_step_plus", "mlp",
        [("param -= self.lr * grads[name]", "param += self.lr * grads[name]")],
        "Added lr * grad in step (gradient ascent).",
        [["sign"], ["ascent"], ["-="], ["subtract"], ["opposite"]]),
    bug("mlp_step_rebinds", "mlp",
        [("param -= self.lr * grads[name]", "param = param - self.lr * grads[name]")],
        "Wrote param = param - lr * grad, which rebinds a local name and leaves the network unchanged.",
        [["in place"], ["in-place"], ["setattr"], ["unchanged"], ["not updated"], ["never updated"],
         ["did not change"], ["does not change"], ["not change"]]),
    bug("mlp_fit_step_before_loss", "mlp",
        [("            losses[epoch] = self.loss(X, y)\n            self.step(self.backward(X, y))\n",
          "            self.step(self.backward(X, y))\n            losses[epoch] = self.loss(X, y)\n")],
        "Took the step first and recorded the loss after it.",
        [["before", ("step", "update")], ["after", ("step", "update")], ["order"]]),
    bug("mlp_fit_returns_last", "mlp",
        [("        return losses\n", "        return losses[-1]\n")],
        "Returned only the final loss from fit.",
        [["every epoch"], ["each epoch"], ["per epoch"], ["last"], ["(epochs,)"], ["array of"]]),
    bug("mlp_fit_reinitialises", "mlp",
        [("        losses = np.empty(epochs)\n",
          "        self.__init__(self.W1.shape[0], self.W1.shape[1], self.W2.shape[1], self.lr)\n"
          "        losses = np.empty(epochs)\n")],
        "Re-initialised the weights at the start of fit instead of continuing from the current ones.",
        [["initiali"], ["re-init"], ["reinit"], ["current param"], ["starting param"]]),
    bug("mlp_forward_loop", "mlp",
        [("        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
          "        return _sigmoid(A1 @ self.W2 + self.b2)\n",
          "        rows = []\n"
          "        for x in np.asarray(X, dtype=float):\n"
          "            a1 = _sigmoid(x @ self.W1 + self.b1[0])\n"
          "            rows.append(_sigmoid(a1 @ self.W2 + self.b2[0]))\n"
          "        return np.array(rows)\n")],
        "Looped over the samples in forward instead of using matrix products.",
        [["loop"], ["vectori"]]),
    bug("mlp_seed_ignored", "mlp",
        [("rng = np.random.default_rng(seed)", "rng = np.random.default_rng()")],
        "Ignored the seed argument, so two networks with one seed start differently.",
        [["seed"]]),
    bug("mlp_predict_float", "mlp",
        [("return (self.forward(X) >= 0.5).astype(int)", "return np.round(self.forward(X))")],
        "Rounded the outputs in predict, returning floats instead of integers.",
        [["integer"], ["astype"], ["dtype"], ["float"]]),
    bug("mlp_loss_broadcast", "mlp",
        [("        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n        return float(np.mean((A2 - Y) ** 2))",
          "        Y = np.asarray(y, dtype=float)\n        return float(np.mean((A2 - Y) ** 2))")],
        "Did not reshape y in loss, so an (m,) y against (m, 1) outputs broadcasts to (m, m).",
        BROADCAST + [["(m, 1)"]]),
]

# ---------------------------------------------------------------------------
# Correct variants: different code, the same behaviour the spec asks for.

CASES += [
    variant("var_gates_other_weights", "gates",
            [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-1.0, 1.0, 1.0)"),
             ("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.0, 1.0, 1.0)"),
             ("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (2.0, -1.0, -1.0)"),
             ("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (1.0, -1.0, -1.0)")],
            "Chose other gate weights that reproduce every truth table."),
    variant("var_gates_where_and_nor_xor", "gates",
            [("        return (z >= 0.5).astype(int)", "        return np.where(z >= 0.5, 1, 0)"),
             ("    either = perceptron(x1, x2, OR_WEIGHTS)\n    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
              "    return perceptron(either, not_both, AND_WEIGHTS)\n",
              "    both = perceptron(x1, x2, AND_WEIGHTS)\n    neither = perceptron(x1, x2, NOR_WEIGHTS)\n"
              "    return perceptron(both, neither, NOR_WEIGHTS)\n")],
            "Used np.where in threshold and built XOR as NOR(AND, NOR)."),
    variant("var_perceptron_index_loop", "perceptron",
            [("            for x_i, y_i in zip(X, y):\n"
              "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
              "                update = self.lr * (y_i - prediction)\n"
              "                self.weights += update * x_i  # our own array: safe in place\n"
              "                self.bias = float(self.bias + update)\n",
              "            for i in range(len(X)):\n"
              "                z = np.dot(X[i], self.weights) + self.bias\n"
              "                if z >= 0:\n"
              "                    prediction = 1\n"
              "                else:\n"
              "                    prediction = 0\n"
              "                update = self.lr * (y[i] - prediction)\n"
              "                self.weights = self.weights + update * X[i]\n"
              "                self.bias = self.bias + float(update)\n"),
             ("return (z >= 0).astype(int)", "return np.where(z >= 0, 1, 0)")],
            "Wrote fit with an index loop, np.dot and an explicit if, and predict with np.where."),
    variant("var_act_logaddexp_sigmoid", "activations",
            [("    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n",
              "    return np.exp(-np.logaddexp(0.0, -z))\n"),
             ("    s = sigmoid(z)\n    return s * (1.0 - s)\n", "    return sigmoid(z) * sigmoid(-np.asarray(z, dtype=float))\n")],
            "Wrote sigmoid as exp(-log(1 + exp(-z))) with np.logaddexp and its derivative as sigmoid(z) * sigmoid(-z)."),
    variant("var_act_where_heaviside_logsumexp", "activations",
            [("return (np.asarray(z) > 0).astype(float)", "return np.heaviside(np.asarray(z, dtype=float), 0.0)"),
             ("return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)", "return np.where(z > 0, z, alpha * z)"),
             ("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
              "    return exps / np.sum(exps, axis=-1, keepdims=True)\n",
              "    shifted = z - z.max(axis=-1, keepdims=True)\n"
              "    return np.exp(shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True)))\n")],
            "Used np.heaviside for relu_derivative, np.where for leaky_relu and a log-sum-exp softmax."),
    variant("var_neuron_plain_python", "neuron",
            [("total = np.dot(self.weights, inputs) + self.bias",
              "total = sum(w * x for w, x in zip(self.weights, inputs)) + self.bias"),
             ("    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n"
              "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
              "        outputs.append(total + bias)\n    return outputs\n",
              "    outputs = []\n    for j in range(len(weights)):\n        total = biases[j]\n"
              "        for i in range(len(inputs)):\n            total += inputs[i] * weights[j][i]\n"
              "        outputs.append(total)\n    return outputs\n"),
             ("    sizes = [int(n) for n in layer_sizes]\n    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n",
              "    total = 0\n    for i in range(1, len(layer_sizes)):\n"
              "        total += layer_sizes[i - 1] * layer_sizes[i] + layer_sizes[i]\n    return int(total)\n")],
            "Wrote the neuron's sum, the layer and the parameter count with plain Python loops."),
    variant("var_loss_python_sum_and_ravel", "loss",
            [(MSE_LINE, "return float(sum((t - p) ** 2 for t, p in zip(y_true, y_pred)) / len(y_true))"),
             (GRAD_LINE, "diff = y_pred.ravel() - y_true.ravel()\n    return (2.0 * diff / diff.size).reshape(y_pred.shape)")],
            "Averaged with a Python generator, and computed the gradient on flat arrays before reshaping."),
    variant("var_backprop_helper_and_copy", "backprop",
            [("    d_o1 = o1 * (1.0 - o1)\n    d_h1 = h1 * (1.0 - h1)\n    d_h2 = h2 * (1.0 - h2)\n",
              "    def slope(a):\n        return a * (1 - a)\n\n    d_o1 = slope(o1)\n    d_h1 = slope(h1)\n    d_h2 = slope(h2)\n"),
             ("    return {\n        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n    }\n",
              "    new_params = dict(params)\n    for name in PARAM_NAMES:\n"
              "        new_params[name] = new_params[name] - learn_rate * grads[name]\n    return new_params\n"),
             ("        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
              "        losses.append(float(sum(errors) / len(errors)))\n",
              "        losses.append(float(np.mean((np.asarray(all_y_trues, dtype=float) - np.array(predictions)) ** 2)))\n")],
            "Used a slope helper, a copied dict in sgd_step and np.mean for the epoch loss."),
    variant("var_mlp_setattr_and_list", "mlp",
            [("        for name in PARAM_NAMES:\n            param = getattr(self, name)\n"
              "            param -= self.lr * grads[name]\n",
              "        for name in PARAM_NAMES:\n            setattr(self, name, getattr(self, name) - self.lr * grads[name])\n"),
             ("        losses = np.empty(epochs)\n        for epoch in range(epochs):\n"
              "            losses[epoch] = self.loss(X, y)\n            self.step(self.backward(X, y))\n"
              "        return losses\n",
              "        history = []\n        for _ in range(epochs):\n            history.append(self.loss(X, y))\n"
              "            grads = self.backward(X, y)\n            self.step(grads)\n        return np.array(history)\n"),
             ("return (self.forward(X) >= 0.5).astype(int)", "return np.where(self.forward(X) >= 0.5, 1, 0)")],
            "Stepped with setattr (new arrays), kept the losses in a list and predicted with np.where."),
    variant("var_mlp_explicit_backward", "mlp",
            [("        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"
              "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)\n"
              "        return {\n"
              '            "W1": X.T @ dZ1,\n'
              '            "b1": dZ1.sum(axis=0, keepdims=True),\n'
              '            "W2": A1.T @ dZ2,\n'
              '            "b2": dZ2.sum(axis=0, keepdims=True),\n'
              "        }\n",
              "        m, k = Y.shape\n"
              "        dA2 = (2.0 / (m * k)) * (A2 - Y)\n"
              "        dZ2 = dA2 * A2 * (1.0 - A2)\n"
              "        dW2 = np.dot(A1.T, dZ2)\n"
              "        db2 = np.sum(dZ2, axis=0).reshape(1, -1)\n"
              "        dA1 = np.dot(dZ2, self.W2.T)\n"
              "        dZ1 = dA1 * A1 * (1.0 - A1)\n"
              "        dW1 = np.dot(X.T, dZ1)\n"
              "        db1 = np.sum(dZ1, axis=0).reshape(1, -1)\n"
              '        return {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}\n'),
             ("        return float(np.mean((A2 - Y) ** 2))", "        return float(np.square(A2 - Y).sum() / Y.size)"),
             ("self.W1 = rng.standard_normal((input_size, hidden_size))",
              "self.W1 = rng.normal(0.0, 1.0, size=(input_size, hidden_size))")],
            "Wrote backward step by step with np.dot and reshape, the loss with np.square, and drew W1 with rng.normal."),
]

BUGS = [c for c in CASES if c["kind"] == "bug"]
VARIANTS = [c for c in CASES if c["kind"] == "variant"]
