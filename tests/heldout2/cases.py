"""A second held-out corpus of beginner mistakes, written blind (issue 13).

The first held-out corpus (``tests/heldout/``) has since been used to improve the hints, so
it no longer measures them honestly. These cases were written from ``COURSE_SPEC.md``, the
reference solutions, the stubs and the README alone: no check, hint or corpus of the kit was
opened while writing them (see ``README.md`` beside this file for the rules).

The format is that of ``tests/heldout/cases.py``, so ``tests/heldout/measure.py --cases``
grades it unchanged. ``CASES`` is a list of dicts:

``name``
    unique identifier, prefixed with the exercise (``var_`` for the correct variants);
``module``
    the exercise whose module the case edits;
``kind``
    ``"bug"`` (one mistake: it must cost points in ``module`` and nowhere else) or
    ``"variant"`` (correct code written another way: it must get full marks);
``edits``
    ``(old, new)`` replacements applied in order to ``solutions/<module>.py``; each ``old``
    occurs exactly once in the text it is applied to;
``did``
    what the student did, in one sentence;
``names``
    for a bug, the keyword groups a hint that names the mistake and its fix would contain:
    the hint matches when it holds every item of at least one group, an item being a
    lower-case string or a tuple of alternative spellings. The hint is compared in lower
    case, without backquotes, with runs of whitespace made one space (or, failing that,
    with all whitespace removed from both sides). ``None`` for a variant.

The keywords were committed before the grader was run on any of these cases.
"""

CASES = [
    # ------------------------------------------------------------------ gates: bugs
    {
        "name": "gates_threshold_strict_greater",
        "module": "gates",
        "kind": "bug",
        "edits": [
            ("return (z >= 0.5).astype(int)", "return (z > 0.5).astype(int)"),
            ("return int(z >= 0.5)", "return int(z > 0.5)"),
        ],
        "did": "threshold fires only above 0.5 (z > 0.5), so exactly 0.5 gives 0.",
        "names": [[">="]],
    },
    {
        "name": "gates_threshold_if_on_array",
        "module": "gates",
        "kind": "bug",
        "edits": [
            (
                "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)",
                "    if z >= 0.5:\n        return 1\n    return 0",
            ),
        ],
        "did": "threshold uses a Python if on z, which fails for arrays (truth value of an array is ambiguous).",
        "names": [[("np.where", "astype")]],
    },
    {
        "name": "gates_threshold_returns_bool",
        "module": "gates",
        "kind": "bug",
        "edits": [
            (
                "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)",
                "    return z >= 0.5",
            ),
        ],
        "did": "threshold returns the comparison itself: a bool, or a boolean array, instead of integers.",
        "names": [[("astype", "int(")]],
    },
    {
        "name": "gates_threshold_rounds",
        "module": "gates",
        "kind": "bug",
        "edits": [
            (
                "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)",
                "    if isinstance(z, np.ndarray):\n        return np.round(z).astype(int)\n    return int(round(z))",
            ),
        ],
        "did": "threshold rounds z to the nearest integer (2 for 1.7, -1 for -0.8, 0 for 0.5) instead of comparing with 0.5.",
        "names": [["round", ">="]],
    },
    {
        "name": "gates_threshold_overwrites_input",
        "module": "gates",
        "kind": "bug",
        "edits": [
            (
                "        return (z >= 0.5).astype(int)",
                "        z[z >= 0.5] = 1\n        z[z < 0.5] = 0\n        return z.astype(int)",
            ),
        ],
        "did": "threshold writes the 0s and 1s into the caller's array z before converting it.",
        "names": [[("copy", "in place", "in-place")]],
    },
    {
        "name": "gates_perceptron_x1_twice",
        "module": "gates",
        "kind": "bug",
        "edits": [
            (
                "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)",
                "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x1)",
            ),
        ],
        "did": "perceptron multiplies w2 by x1 (a copy-paste slip), so x2 is never used.",
        "names": [["w2", "x2"]],
    },
    {
        "name": "gates_perceptron_no_threshold",
        "module": "gates",
        "kind": "bug",
        "edits": [("    return threshold(z)", "    return z")],
        "did": "perceptron returns the weighted sum and forgets to pass it through threshold.",
        "names": [["threshold", ("apply", "pass", "return threshold", "forgot", "missing", "raw", "without")]],
    },
    {
        "name": "gates_or_weights_too_small",
        "module": "gates",
        "kind": "bug",
        "edits": [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.0, 0.4, 0.4)")],
        "did": "OR_WEIGHTS are too small for one active input to reach 0.5, so the gate computes AND.",
        "names": [["or_weights", ("0.5", "larger", "increase", "raise", "bigger", "too small")]],
    },
    {
        "name": "gates_nor_weights_zero_bias",
        "module": "gates",
        "kind": "bug",
        "edits": [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (0.0, -0.6, -0.6)")],
        "did": "NOR_WEIGHTS has w0 = 0, as for a threshold at 0, so (0, 0) gives 0 instead of 1.",
        "names": [["nor_weights", ("0.5", "w0", "larger", "increase", "raise")]],
    },
    {
        "name": "gates_xor_nor_for_nand",
        "module": "gates",
        "kind": "bug",
        "edits": [
            (
                "    not_both = perceptron(x1, x2, NAND_WEIGHTS)",
                "    not_both = perceptron(x1, x2, NOR_WEIGHTS)",
            ),
        ],
        "did": "xor feeds OR and NOR (instead of NAND) into the AND, so it is always 0.",
        "names": [["nand"]],
    },
    {
        "name": "gates_xor_or_on_top",
        "module": "gates",
        "kind": "bug",
        "edits": [
            (
                "    return perceptron(either, not_both, AND_WEIGHTS)",
                "    return perceptron(either, not_both, OR_WEIGHTS)",
            ),
        ],
        "did": "xor combines OR and NAND with an OR in the second layer, so it is always 1.",
        "names": [["and_weights"], ["and gate"], ["an and"], ["and("]],
    },
    # ------------------------------------------------------------- perceptron: bugs
    {
        "name": "perceptron_fit_step_strict",
        "module": "perceptron",
        "kind": "bug",
        "edits": [
            (
                "prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0",
                "prediction = 1 if x_i @ self.weights + self.bias > 0 else 0",
            ),
        ],
        "did": "fit's step predicts 1 only for z > 0, so a sum of exactly 0 (as at the start) predicts 0.",
        "names": [[">="]],
    },
    {
        "name": "perceptron_weights_per_sample",
        "module": "perceptron",
        "kind": "bug",
        "edits": [("self.weights = np.zeros(X.shape[1])", "self.weights = np.zeros(X.shape[0])")],
        "did": "fit makes one weight per sample (X.shape[0]) instead of one per feature.",
        "names": [[("shape[1]", "n_features", "number of features", "one weight per feature", "per feature")]],
    },
    {
        "name": "perceptron_update_sign_flipped",
        "module": "perceptron",
        "kind": "bug",
        "edits": [
            ("update = self.lr * (y_i - prediction)", "update = self.lr * (prediction - y_i)"),
        ],
        "did": "the update is lr * (prediction - y_i), the wrong way round, so mistakes are made worse.",
        "names": [
            ["sign"],
            [("y_i - prediction", "y - prediction", "y_i - y_pred", "target - prediction", "y_true - prediction")],
        ],
    },
    {
        "name": "perceptron_bias_never_updated",
        "module": "perceptron",
        "kind": "bug",
        "edits": [("                self.bias = float(self.bias + update)\n", "")],
        "did": "fit updates the weights but never the bias, which stays 0.0.",
        "names": [["bias", ("+=", "update", "+ update")]],
    },
    {
        "name": "perceptron_while_one_epoch_more",
        "module": "perceptron",
        "kind": "bug",
        "edits": [
            (
                "        for _ in range(self.epochs):\n",
                "        epoch = 0\n        while epoch <= self.epochs:\n            epoch += 1\n",
            ),
        ],
        "did": "fit counts epochs with a while loop and <=, so it runs epochs + 1 passes.",
        "names": [
            [("one epoch more", "one more epoch", "extra epoch", "epochs + 1", "< self.epochs", "range(self.epochs)")],
        ],
    },
    {
        "name": "perceptron_predict_floats",
        "module": "perceptron",
        "kind": "bug",
        "edits": [("        return (z >= 0).astype(int)", "        return np.where(z >= 0, 1.0, 0.0)")],
        "did": "predict returns a float array of 0.0/1.0 instead of integers.",
        "names": [[("astype", "dtype=int")]],
    },
    {
        "name": "perceptron_predict_list",
        "module": "perceptron",
        "kind": "bug",
        "edits": [
            ("        return (z >= 0).astype(int)", "        return [1 if value >= 0 else 0 for value in z]"),
        ],
        "did": "predict builds a Python list of labels instead of a NumPy integer array.",
        "names": [[("np.array(", "np.asarray(", "astype")]],
    },
    {
        "name": "perceptron_update_with_raw_sum",
        "module": "perceptron",
        "kind": "bug",
        "edits": [
            (
                "update = self.lr * (y_i - prediction)",
                "update = self.lr * (y_i - (x_i @ self.weights + self.bias))",
            ),
        ],
        "did": "the update uses the raw weighted sum instead of the 0/1 prediction (the Adaline rule from a tutorial).",
        "names": [["prediction", ("weighted sum", "raw", "net input", "step", "0 or 1", "0/1", "threshold")]],
    },
    {
        "name": "perceptron_fit_returns_none",
        "module": "perceptron",
        "kind": "bug",
        "edits": [("        return self\n", "")],
        "did": "fit does not return self, so Perceptron().fit(X, y).predict(X) fails on None.",
        "names": [["return self"]],
    },
    {
        "name": "perceptron_predict_no_bias",
        "module": "perceptron",
        "kind": "bug",
        "edits": [
            (
                "z = np.asarray(X, dtype=float) @ self.weights + self.bias",
                "z = np.asarray(X, dtype=float) @ self.weights",
            ),
        ],
        "did": "predict forgets to add the learned bias.",
        "names": [["bias", ("+ self.bias", "add", "forg", "missing", "without", "leaves out", "left out")]],
    },
    {
        "name": "perceptron_fit_needs_arrays",
        "module": "perceptron",
        "kind": "bug",
        "edits": [
            ("        X = np.asarray(X, dtype=float)\n        y = np.asarray(y, dtype=float)\n", ""),
        ],
        "did": "fit uses X.shape and array arithmetic without converting X and y, so lists (which the docstring accepts) fail.",
        "names": [[("np.asarray", "np.array")]],
    },
    # ------------------------------------------------------------ activations: bugs
    {
        "name": "act_sigmoid_derivative_of_z",
        "module": "activations",
        "kind": "bug",
        "edits": [("    s = sigmoid(z)\n    return s * (1.0 - s)", "    return z * (1 - z)")],
        "did": "sigmoid_derivative returns z * (1 - z), the formula meant for a = sigmoid(z), applied to z.",
        "names": [["sigmoid(z)", ("z * (1 - z)", "s * (1 - s)", "a * (1 - a)")]],
    },
    {
        "name": "act_sigmoid_textbook_overflow",
        "module": "activations",
        "kind": "bug",
        "edits": [
            (
                "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n    return np.where(z >= 0, 1.0, e) / (1.0 + e)",
                "    return 1.0 / (1.0 + np.exp(-z))",
            ),
        ],
        "did": "sigmoid is the textbook 1 / (1 + exp(-z)), which overflows (with a warning) at z = -1000.",
        "names": [["overflow", ("np.where", "abs", "clip", "stable", "z < 0", "z >= 0", "two cases")]],
    },
    {
        "name": "act_sigmoid_where_both_branches",
        "module": "activations",
        "kind": "bug",
        "edits": [
            (
                "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n    return np.where(z >= 0, 1.0, e) / (1.0 + e)",
                "    return np.where(z >= 0, 1.0 / (1.0 + np.exp(-z)), np.exp(z) / (1.0 + np.exp(z)))",
            ),
        ],
        "did": "sigmoid picks a stable branch with np.where, but np.where evaluates both, so exp still overflows with a warning.",
        "names": [
            [("warning", "overflow"), ("-np.abs", "abs", "clip", "errstate", "both branches", "both sides", "evaluates both", "computes both")],
        ],
    },
    {
        "name": "act_sigmoid_math_module",
        "module": "activations",
        "kind": "bug",
        "edits": [
            ("import numpy as np", "import math\n\nimport numpy as np"),
            (
                "    z = np.asarray(z, dtype=float)\n    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n    return np.where(z >= 0, 1.0, e) / (1.0 + e)",
                "    if z >= 0:\n        return 1.0 / (1.0 + math.exp(-z))\n    return math.exp(z) / (1.0 + math.exp(z))",
            ),
        ],
        "did": "sigmoid uses math.exp and an if on z: right for a number, fails for every array.",
        "names": [[("np.exp", "np.where", "element-wise", "elementwise")]],
    },
    {
        "name": "act_tanh_from_sigmoid_half",
        "module": "activations",
        "kind": "bug",
        "edits": [("    return np.tanh(np.asarray(z, dtype=float))", "    return 2.0 * sigmoid(z) - 1.0")],
        "did": "tanh is written as 2 * sigmoid(z) - 1, a misremembered identity (it is 2 * sigmoid(2z) - 1).",
        "names": [["sigmoid(2"], ["2 * z"], ["2z"], ["z / 2"], ["np.tanh"]],
    },
    {
        "name": "act_tanh_derivative_of_z",
        "module": "activations",
        "kind": "bug",
        "edits": [
            ("    return 1.0 - tanh(z) ** 2", "    z = np.asarray(z, dtype=float)\n    return 1.0 - z ** 2"),
        ],
        "did": "tanh_derivative returns 1 - z**2, the slope in terms of the output, applied to z.",
        "names": [["tanh(z)", ("1 - z", "z ** 2", "z**2", "not z", "instead of z", "output")]],
    },
    {
        "name": "act_relu_derivative_one_at_zero",
        "module": "activations",
        "kind": "bug",
        "edits": [
            ("    return (np.asarray(z) > 0).astype(float)", "    return (np.asarray(z) >= 0).astype(float)"),
        ],
        "did": "relu_derivative gives 1 at exactly z = 0 (>= instead of >).",
        "names": [["z > 0"], ["at 0"], ["at zero"], ["z = 0"], ["z == 0"]],
    },
    {
        "name": "act_relu_zeroes_input_in_place",
        "module": "activations",
        "kind": "bug",
        "edits": [
            (
                "    return np.maximum(np.asarray(z, dtype=float), 0.0)",
                "    z = np.asarray(z, dtype=float)\n    z[z < 0] = 0.0\n    return z",
            ),
        ],
        "did": "relu sets the negative entries to 0 in the caller's own float array and returns it.",
        "names": [[("copy", "in place", "in-place", "np.maximum", "np.where")]],
    },
    {
        "name": "act_leaky_relu_constant_alpha",
        "module": "activations",
        "kind": "bug",
        "edits": [
            ("    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)", "    return np.where(z > 0, z, alpha)"),
        ],
        "did": "leaky_relu returns alpha itself for z <= 0 instead of alpha * z (mixed up with the derivative).",
        "names": [["alpha * z"]],
    },
    {
        "name": "act_leaky_derivative_one_at_zero",
        "module": "activations",
        "kind": "bug",
        "edits": [("    return np.where(z > 0, 1.0, alpha)", "    return np.where(z >= 0, 1.0, alpha)")],
        "did": "leaky_relu_derivative gives 1 at exactly z = 0, where the spec says alpha.",
        "names": [["z > 0"], ["<= 0"], ["at 0"], ["at zero"], ["z = 0"], ["z == 0"]],
    },
    {
        "name": "act_leaky_derivative_fixed_alpha",
        "module": "activations",
        "kind": "bug",
        "edits": [("    return np.where(z > 0, 1.0, alpha)", "    return np.where(z > 0, 1.0, 0.1)")],
        "did": "leaky_relu_derivative writes 0.1 instead of using its alpha argument (right only at the default).",
        "names": [["alpha", ("argument", "parameter", "hard-coded", "hardcoded", "hard coded", "passed", "given")]],
    },
    {
        "name": "act_softmax_no_shift",
        "module": "activations",
        "kind": "bug",
        "edits": [("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))", "    exps = np.exp(z)")],
        "did": "softmax exponentiates z directly, so scores of 1000 overflow to inf and give nan.",
        "names": [["max", ("subtract", "minus", "shift", "- np.max", "-np.max", "z - ")]],
    },
    {
        "name": "act_softmax_sum_axis0",
        "module": "activations",
        "kind": "bug",
        "edits": [
            (
                "    return exps / np.sum(exps, axis=-1, keepdims=True)",
                "    return exps / np.sum(exps, axis=0, keepdims=True)",
            ),
        ],
        "did": "softmax normalises over axis 0 (the columns of a batch) instead of the last axis.",
        "names": [[("axis=-1", "axis=1", "last axis", "each row", "per row")]],
    },
    {
        "name": "act_softmax_sum_everything",
        "module": "activations",
        "kind": "bug",
        "edits": [
            ("    return exps / np.sum(exps, axis=-1, keepdims=True)", "    return exps / np.sum(exps)"),
        ],
        "did": "softmax divides by the sum of all entries, as in a 1-D tutorial, so a batch sums to 1 overall.",
        "names": [[("axis=-1", "axis=1", "last axis", "each row", "per row")]],
    },
    # ----------------------------------------------------------------- neuron: bugs
    {
        "name": "neuron_feedforward_no_sigmoid",
        "module": "neuron",
        "kind": "bug",
        "edits": [("        return float(_sigmoid(total))", "        return float(total)")],
        "did": "Neuron.feedforward returns the weighted sum plus bias without the sigmoid.",
        "names": [["sigmoid", ("apply", "forgot", "missing", "without", "pass", "through")]],
    },
    {
        "name": "neuron_feedforward_subtracts_bias",
        "module": "neuron",
        "kind": "bug",
        "edits": [
            (
                "        total = np.dot(self.weights, inputs) + self.bias",
                "        total = np.dot(self.weights, inputs) - self.bias",
            ),
        ],
        "did": "Neuron.feedforward subtracts the bias (the w.x - theta convention of some tutorials).",
        "names": [["+ bias"], ["+ self.bias"], ["bias", ("add", "sign", "minus", "subtract")]],
    },
    {
        "name": "neuron_layer_applies_sigmoid",
        "module": "neuron",
        "kind": "bug",
        "edits": [("        outputs.append(total + bias)", "        outputs.append(float(_sigmoid(total + bias)))")],
        "did": "layer_output passes each neuron's sum through the sigmoid, though the layer has no activation.",
        "names": [
            [("without activation", "no activation", "without an activation", "without the sigmoid", "drop the sigmoid", "remove the sigmoid", "no sigmoid")],
        ],
    },
    {
        "name": "neuron_tiny_output_fed_x",
        "module": "neuron",
        "kind": "bug",
        "edits": [
            ("        return self.o1.feedforward(hidden)", "        return self.o1.feedforward(x)"),
        ],
        "did": "TinyNetwork.feedforward computes h1 and h2 but feeds the input x to o1.",
        "names": [
            ["h1", "h2", ("output", "instead of x", "not x")],
            ["hidden", ("outputs", "not x", "instead of x", "not the input")],
        ],
    },
    {
        "name": "neuron_tiny_prints",
        "module": "neuron",
        "kind": "bug",
        "edits": [
            ("        return self.o1.feedforward(hidden)", "        print(self.o1.feedforward(hidden))"),
        ],
        "did": "TinyNetwork.feedforward prints the output instead of returning it.",
        "names": [["print", "return"]],
    },
    {
        "name": "neuron_layer_loops_over_inputs",
        "module": "neuron",
        "kind": "bug",
        "edits": [
            (
                "    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n"
                "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
                "        outputs.append(total + bias)\n    return outputs",
                "    outputs = []\n    for j in range(len(inputs)):\n        total = 0.0\n"
                "        for i in range(len(inputs)):\n            total += inputs[i] * weights[j][i]\n"
                "        outputs.append(total + biases[j])\n    return outputs",
            ),
        ],
        "did": "layer_output makes one output per input (range(len(inputs))) instead of one per neuron.",
        "names": [[("len(weights)", "len(biases)", "number of neurons", "one output per neuron", "per neuron")]],
    },
    {
        "name": "neuron_layer_returns_array",
        "module": "neuron",
        "kind": "bug",
        "edits": [("    return outputs", "    return np.array(outputs)")],
        "did": "layer_output returns a NumPy array although the spec asks for a plain Python list.",
        "names": [["tolist"], ["list", "np.array"]],
    },
    {
        "name": "neuron_layer_first_bias_only",
        "module": "neuron",
        "kind": "bug",
        "edits": [("        outputs.append(total + bias)", "        outputs.append(total + biases[0])")],
        "did": "layer_output adds the first neuron's bias to every neuron.",
        "names": [["biases[j]"], ["own bias"], ["its bias"], ["each neuron", "bias"]],
    },
    {
        "name": "neuron_count_forgets_biases",
        "module": "neuron",
        "kind": "bug",
        "edits": [
            (
                "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))",
                "    return sum(a * b for a, b in zip(sizes, sizes[1:]))",
            ),
        ],
        "did": "count_parameters counts only the weights (75 for [3, 5, 5, 5, 2]).",
        "names": [["bias", ("+ b", "add", "missing", "forg", "only", "without", "leaves out", "left out")]],
    },
    {
        "name": "neuron_count_biases_on_input_layer",
        "module": "neuron",
        "kind": "bug",
        "edits": [
            (
                "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))",
                "    return sum(a * b for a, b in zip(sizes, sizes[1:])) + sum(sizes)",
            ),
        ],
        "did": "count_parameters gives every layer biases, the input layer too (95 for [3, 5, 5, 5, 2]).",
        "names": [["input", "bias"]],
    },
    {
        "name": "neuron_count_index_past_end",
        "module": "neuron",
        "kind": "bug",
        "edits": [
            (
                "    sizes = [int(n) for n in layer_sizes]\n    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))",
                "    total = 0\n    for i in range(len(layer_sizes)):\n"
                "        total += layer_sizes[i] * layer_sizes[i + 1] + layer_sizes[i + 1]\n    return total",
            ),
        ],
        "did": "count_parameters loops i over every layer and reads layer_sizes[i + 1], one past the end (IndexError).",
        "names": [[("len(layer_sizes) - 1", "- 1)", "one fewer", "last layer", "pairs")]],
    },
    # ------------------------------------------------------------------- loss: bugs
    {
        "name": "loss_mse_no_flatten",
        "module": "loss",
        "kind": "bug",
        "edits": [
            (
                "    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()",
                "    y_true = np.asarray(y_true, dtype=float)\n    y_pred = np.asarray(y_pred, dtype=float)",
            ),
        ],
        "did": "mse_loss does not flatten, so (n,) against (n, 1) broadcasts to an (n, n) table.",
        "names": [[("ravel", "reshape", "flatten")]],
    },
    {
        "name": "loss_mse_sum_not_mean",
        "module": "loss",
        "kind": "bug",
        "edits": [
            ("    return float(np.mean((y_true - y_pred) ** 2))", "    return float(np.sum((y_true - y_pred) ** 2))"),
        ],
        "did": "mse_loss sums the squared errors and never divides by their number.",
        "names": [[("np.mean", "divide", "average", "/ n", "/ len", "/ y_true.size")]],
    },
    {
        "name": "loss_mse_absolute_error",
        "module": "loss",
        "kind": "bug",
        "edits": [
            (
                "    return float(np.mean((y_true - y_pred) ** 2))",
                "    return float(np.mean(np.abs(y_true - y_pred)))",
            ),
        ],
        "did": "mse_loss takes the mean absolute error instead of the mean squared error.",
        "names": [[("abs", "absolute"), ("square", "** 2", "**2")]],
    },
    {
        "name": "loss_mse_returns_squares",
        "module": "loss",
        "kind": "bug",
        "edits": [("    return float(np.mean((y_true - y_pred) ** 2))", "    return (y_true - y_pred) ** 2")],
        "did": "mse_loss returns the array of squared errors and forgets to average them into one number.",
        "names": [[("np.mean", ".mean(", "average", "one number", "a single", "float(")]],
    },
    {
        "name": "loss_mse_subtracts_in_place",
        "module": "loss",
        "kind": "bug",
        "edits": [
            (
                "    return float(np.mean((y_true - y_pred) ** 2))",
                "    y_pred -= y_true\n    return float(np.mean(y_pred ** 2))",
            ),
        ],
        "did": "mse_loss subtracts in place into y_pred, which (for a float array) is the caller's array.",
        "names": [[("copy", "in place", "in-place", "-=")]],
    },
    {
        "name": "loss_grad_sign_flipped",
        "module": "loss",
        "kind": "bug",
        "edits": [
            (
                "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
                "    return 2.0 * (y_true.reshape(y_pred.shape) - y_pred) / y_pred.size",
            ),
        ],
        "did": "mse_loss_gradient uses y_true - y_pred, the wrong sign.",
        "names": [["sign"], ["y_pred - y_true"]],
    },
    {
        "name": "loss_grad_no_factor_two",
        "module": "loss",
        "kind": "bug",
        "edits": [
            (
                "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
                "    return (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
            ),
        ],
        "did": "mse_loss_gradient leaves out the factor 2 from the derivative of the square.",
        "names": [[("factor 2", "factor of 2", "times 2", "twice", "half", "missing 2", "the 2")]],
    },
    {
        "name": "loss_grad_no_division",
        "module": "loss",
        "kind": "bug",
        "edits": [
            (
                "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
                "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape))",
            ),
        ],
        "did": "mse_loss_gradient forgets to divide by N, the number of elements (the gradient of a sum).",
        "names": [[("/ n", "divide", "/ y_pred.size", ".size", "number of elements")]],
    },
    {
        "name": "loss_grad_flattened",
        "module": "loss",
        "kind": "bug",
        "edits": [
            (
                "    y_pred = np.asarray(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)\n",
                "    y_pred = np.asarray(y_pred, dtype=float).ravel()\n    y_true = np.asarray(y_true, dtype=float).ravel()\n",
            ),
        ],
        "did": "mse_loss_gradient flattens y_pred, so an (n, 1) prediction gets an (n,) gradient.",
        "names": [["reshape"], ["y_pred", "shape"]],
    },
    {
        "name": "loss_grad_averaged",
        "module": "loss",
        "kind": "bug",
        "edits": [
            (
                "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
                "    return np.mean(2.0 * (y_pred - y_true.reshape(y_pred.shape)))",
            ),
        ],
        "did": "mse_loss_gradient averages the per-element gradients into one number.",
        "names": [
            [("y_pred's shape", "shape of y_pred", "one per element", "each element", "per element", "one value per", "not a single", "not one number")],
        ],
    },
    {
        "name": "loss_grad_broadcast",
        "module": "loss",
        "kind": "bug",
        "edits": [
            (
                "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
                "    return 2.0 * (y_pred - y_true) / y_pred.size",
            ),
        ],
        "did": "mse_loss_gradient subtracts without reshaping, so (n, 1) against (n,) broadcasts to (n, n).",
        "names": [[("reshape", "ravel", "flatten")]],
    },
    # --------------------------------------------------------------- backprop: bugs
    {
        "name": "bp_dL_do1_no_two",
        "module": "backprop",
        "kind": "bug",
        "edits": [("    d_L_d_o1 = -2.0 * (y_true - o1)", "    d_L_d_o1 = -(y_true - o1)")],
        "did": "dL/do1 leaves out the factor 2 of the squared loss, halving every partial.",
        "names": [[("factor 2", "factor of 2", "-2 *", "-2.0 *", "twice", "half", "the 2")]],
    },
    {
        "name": "bp_h1_slope_typo",
        "module": "backprop",
        "kind": "bug",
        "edits": [("    d_h1 = h1 * (1.0 - h1)", "    d_h1 = h1 * (1.0 - h2)")],
        "did": "h1's sigmoid slope is written h1 * (1 - h2), a typo, so dL/dw1, dL/dw2 and dL/db1 are off.",
        "names": [["h1 * (1 - h1)"], ["h1 * (1.0 - h1)"]],
    },
    {
        "name": "bp_w2_uses_first_input",
        "module": "backprop",
        "kind": "bug",
        "edits": [('        "w2": d_L_d_h1 * x[1] * d_h1,', '        "w2": d_L_d_h1 * x[0] * d_h1,')],
        "did": "dL/dw2 multiplies by x[0] instead of x[1].",
        "names": [["w2", ("x[1]", "second input")]],
    },
    {
        "name": "bp_w3_through_h1",
        "module": "backprop",
        "kind": "bug",
        "edits": [('        "w3": d_L_d_h2 * x[0] * d_h2,', '        "w3": d_L_d_h1 * x[0] * d_h1,')],
        "did": "dL/dw3 is copied from dL/dw1 and goes through h1 instead of h2.",
        "names": [["w3", "h2"]],
    },
    {
        "name": "bp_b3_times_h1",
        "module": "backprop",
        "kind": "bug",
        "edits": [('        "b3": d_L_d_o1 * d_o1,', '        "b3": d_L_d_o1 * h1 * d_o1,')],
        "did": "dL/db3 is copied from dL/dw5 and keeps the factor h1, which a bias does not have.",
        "names": [["b3", ("bias", "constant", "without h1", "not h1", "no h1", "1 instead", "input 1")]],
    },
    {
        "name": "bp_feedforward_output_from_x",
        "module": "backprop",
        "kind": "bug",
        "edits": [
            (
                '    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])\n    return float(o1)',
                '    o1 = _sigmoid(p["w5"] * x[0] + p["w6"] * x[1] + p["b3"])\n    return float(o1)',
            ),
        ],
        "did": "feedforward computes h1 and h2 but feeds the inputs x[0], x[1] to o1.",
        "names": [["o1", "h1", "h2"], ["hidden", ("outputs", "not x", "instead of x")]],
    },
    {
        "name": "bp_sgd_step_mutates_params",
        "module": "backprop",
        "kind": "bug",
        "edits": [
            (
                "    return {\n        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n    }",
                "    for name in PARAM_NAMES:\n        params[name] -= learn_rate * grads[name]\n    return params",
            ),
        ],
        "did": "sgd_step updates the caller's params dict in place and returns it.",
        "names": [[("copy", "new dict", "in place", "in-place", "modif")]],
    },
    {
        "name": "bp_sgd_step_adds",
        "module": "backprop",
        "kind": "bug",
        "edits": [
            (
                "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES",
                "        name: float(params[name] + learn_rate * grads[name]) for name in PARAM_NAMES",
            ),
        ],
        "did": "sgd_step adds learn_rate * grad (gradient ascent).",
        "names": [[("minus", "subtract", "- learn_rate", "sign", "ascent", "against", "-=", "downhill")]],
    },
    {
        "name": "bp_train_loss_before_epoch",
        "module": "backprop",
        "kind": "bug",
        "edits": [
            (
                "    for _ in range(epochs):\n        for x, y_true in zip(data, all_y_trues):\n"
                "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
                "        predictions = [feedforward(params, x) for x in data]\n"
                "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
                "        losses.append(float(sum(errors) / len(errors)))\n",
                "    for _ in range(epochs):\n"
                "        predictions = [feedforward(params, x) for x in data]\n"
                "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
                "        losses.append(float(sum(errors) / len(errors)))\n"
                "        for x, y_true in zip(data, all_y_trues):\n"
                "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n",
            ),
        ],
        "did": "train records each epoch's loss before the epoch's updates instead of after them.",
        "names": [["after", ("epoch", "update")]],
    },
    {
        "name": "bp_train_changes_callers_params",
        "module": "backprop",
        "kind": "bug",
        "edits": [
            ("    params = dict(params)\n    losses = []", "    losses = []"),
            (
                "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)",
                "            grads = backprop(params, x, y_true)\n            for name in PARAM_NAMES:\n"
                "                params[name] -= learn_rate * grads[name]",
            ),
        ],
        "did": "train updates the params dict it was given in place, so the caller's starting point changes.",
        "names": [[("copy", "dict(params)", "in place", "in-place", "modif")]],
    },
    {
        "name": "bp_train_ignores_learn_rate",
        "module": "backprop",
        "kind": "bug",
        "edits": [
            (
                "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)",
                "            params = sgd_step(params, backprop(params, x, y_true), 0.1)",
            ),
        ],
        "did": "train always steps with 0.1 instead of its learn_rate argument.",
        "names": [["learn_rate", ("ignor", "hard", "0.1", "argument", "parameter", "pass")]],
    },
    {
        "name": "bp_backprop_returns_list",
        "module": "backprop",
        "kind": "bug",
        "edits": [
            (
                "    return {name: float(grads[name]) for name in PARAM_NAMES}",
                "    return [float(grads[name]) for name in PARAM_NAMES]",
            ),
        ],
        "did": "backprop returns a list of the nine partials instead of a dict keyed by name.",
        "names": [["dict"]],
    },
    {
        "name": "bp_train_returns_params_only",
        "module": "backprop",
        "kind": "bug",
        "edits": [("    return params, losses", "    return params")],
        "did": "train returns only the trained params and drops the list of losses.",
        "names": [["losses", ("tuple", "both", "pair", "(trained_params, losses)", "params, losses")]],
    },
    # -------------------------------------------------------------------- mlp: bugs
    {
        "name": "mlp_forward_relu_hidden",
        "module": "mlp",
        "kind": "bug",
        "edits": [
            (
                "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)",
                "        A1 = np.maximum(0.0, np.asarray(X, dtype=float) @ self.W1 + self.b1)",
            ),
        ],
        "did": "forward uses a ReLU on the hidden layer, copied from a tutorial; the spec says sigmoid.",
        "names": [["relu", "sigmoid"], ["np.maximum", "sigmoid"]],
    },
    {
        "name": "mlp_forward_W1_transposed",
        "module": "mlp",
        "kind": "bug",
        "edits": [
            (
                "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)",
                "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1.T + self.b1)",
            ),
        ],
        "did": "forward multiplies by W1.T (the (out, in) weight layout of other libraries).",
        "names": [["x @ w1"], ["x @ self.w1"], ["transpos"], ["w1.t"]],
    },
    {
        "name": "mlp_loss_sum",
        "module": "mlp",
        "kind": "bug",
        "edits": [
            ("        return float(np.mean((A2 - Y) ** 2))", "        return float(np.sum((A2 - Y) ** 2))"),
        ],
        "did": "loss sums the squared errors instead of averaging them.",
        "names": [[("np.mean", "average", "divide by", "m * output_size")]],
    },
    {
        "name": "mlp_loss_no_reshape",
        "module": "mlp",
        "kind": "bug",
        "edits": [
            (
                "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n        return float(np.mean",
                "        Y = np.asarray(y, dtype=float)\n        return float(np.mean",
            ),
        ],
        "did": "loss compares A2 of shape (m, 1) with y of shape (m,), which broadcasts to (m, m).",
        "names": [[("reshape", "ravel", "flatten")]],
    },
    {
        "name": "mlp_dZ2_cross_entropy",
        "module": "mlp",
        "kind": "bug",
        "edits": [("        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)", "        dZ2 = A2 - Y")],
        "did": "backward starts from dZ2 = A2 - Y, the cross-entropy gradient, in an MSE network.",
        "names": [
            [("cross-entropy", "cross entropy"), ("a2 * (1 - a2)", "sigmoid'", "slope", "derivative", "2 /", "2 * (a2 - y)")],
        ],
    },
    {
        "name": "mlp_dZ1_no_sigmoid_slope",
        "module": "mlp",
        "kind": "bug",
        "edits": [("        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)", "        dZ1 = dZ2 @ self.W2.T")],
        "did": "backward passes the gradient back through W2 but not through the hidden sigmoid.",
        "names": [["a1 * (1 - a1)"], ["a1 * (1.0 - a1)"]],
    },
    {
        "name": "mlp_backward_divides_by_m",
        "module": "mlp",
        "kind": "bug",
        "edits": [
            (
                "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)",
                "        dZ2 = 2.0 * (A2 - Y) / X.shape[0] * A2 * (1.0 - A2)",
            ),
        ],
        "did": "backward divides by the number of samples m, not by m * output_size (wrong with several outputs).",
        "names": [[("m * output_size", "a2.size", "output_size", "all outputs", "every output", "number of elements")]],
    },
    {
        "name": "mlp_db2_not_summed",
        "module": "mlp",
        "kind": "bug",
        "edits": [('            "b2": dZ2.sum(axis=0, keepdims=True),', '            "b2": dZ2,')],
        "did": "backward returns dZ2 itself as b2's gradient, one row per sample, instead of its sum over samples.",
        "names": [["sum", ("axis=0", "samples", "rows")]],
    },
    {
        "name": "mlp_dW2_wrong_order",
        "module": "mlp",
        "kind": "bug",
        "edits": [('            "W2": A1.T @ dZ2,', '            "W2": dZ2.T @ A1,')],
        "did": "backward computes dW2 as dZ2.T @ A1, W2's transpose shape.",
        "names": [["a1.t @ dz2"]],
    },
    {
        "name": "mlp_step_adds",
        "module": "mlp",
        "kind": "bug",
        "edits": [("            param -= self.lr * grads[name]", "            param += self.lr * grads[name]")],
        "did": "step adds lr * grad, climbing the loss.",
        "names": [[("-=", "minus", "subtract", "sign", "ascent", "against", "downhill")]],
    },
    {
        "name": "mlp_step_no_lr",
        "module": "mlp",
        "kind": "bug",
        "edits": [("            param -= self.lr * grads[name]", "            param -= grads[name]")],
        "did": "step subtracts the whole gradient and forgets the learning rate.",
        "names": [[("self.lr", "learning rate", "lr *", "* lr")]],
    },
    {
        "name": "mlp_fit_steps_before_recording",
        "module": "mlp",
        "kind": "bug",
        "edits": [
            (
                "            losses[epoch] = self.loss(X, y)\n            self.step(self.backward(X, y))",
                "            self.step(self.backward(X, y))\n            losses[epoch] = self.loss(X, y)",
            ),
        ],
        "did": "fit takes the step first and records the loss after it, so every entry is one step late.",
        "names": [["before", ("step", "update")]],
    },
    {
        "name": "mlp_fit_returns_list",
        "module": "mlp",
        "kind": "bug",
        "edits": [
            (
                "        losses = np.empty(epochs)\n        for epoch in range(epochs):\n"
                "            losses[epoch] = self.loss(X, y)\n            self.step(self.backward(X, y))\n"
                "        return losses",
                "        losses = []\n        for epoch in range(epochs):\n"
                "            losses.append(self.loss(X, y))\n            self.step(self.backward(X, y))\n"
                "        return losses",
            ),
        ],
        "did": "fit returns a Python list of losses instead of a NumPy array.",
        "names": [[("np.array", "np.asarray", "np.empty", "np.zeros")]],
    },
    {
        "name": "mlp_fit_per_sample_steps",
        "module": "mlp",
        "kind": "bug",
        "edits": [
            (
                "        losses = np.empty(epochs)\n        for epoch in range(epochs):\n"
                "            losses[epoch] = self.loss(X, y)\n            self.step(self.backward(X, y))\n"
                "        return losses",
                "        X = np.asarray(X, dtype=float)\n"
                "        Y = np.asarray(y, dtype=float).reshape(X.shape[0], -1)\n"
                "        losses = np.empty(epochs)\n        for epoch in range(epochs):\n"
                "            losses[epoch] = self.loss(X, y)\n"
                "            for i in range(X.shape[0]):\n"
                "                self.step(self.backward(X[i:i + 1], Y[i:i + 1]))\n"
                "        return losses",
            ),
        ],
        "did": "fit takes one step per sample (stochastic, in a Python loop) instead of one full-batch step per epoch.",
        "names": [[("full-batch", "full batch", "whole batch", "all samples", "one step per epoch", "once per epoch")]],
    },
    {
        "name": "mlp_predict_argmax",
        "module": "mlp",
        "kind": "bug",
        "edits": [
            (
                "        return (self.forward(X) >= 0.5).astype(int)",
                "        return np.argmax(self.forward(X), axis=1)",
            ),
        ],
        "did": "predict takes the argmax over outputs (from a multi-class tutorial): always 0 with one output.",
        "names": [["0.5", (">=", "threshold")]],
    },
    {
        "name": "mlp_backward_uses_cached_forward",
        "module": "mlp",
        "kind": "bug",
        "edits": [
            (
                "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
                "        return _sigmoid(A1 @ self.W2 + self.b2)",
                "        self.A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
                "        self.A2 = _sigmoid(self.A1 @ self.W2 + self.b2)\n        return self.A2",
            ),
            (
                "        A1 = _sigmoid(X @ self.W1 + self.b1)\n        A2 = _sigmoid(A1 @ self.W2 + self.b2)",
                "        A1 = self.A1\n        A2 = self.A2",
            ),
        ],
        "did": "backward reuses A1 and A2 stored by the last forward call instead of recomputing them for X.",
        "names": [[("recompute", "call self.forward", "call forward", "stale", "stored", "last forward")]],
    },
    {
        "name": "mlp_forward_loops_over_samples",
        "module": "mlp",
        "kind": "bug",
        "edits": [
            (
                "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
                "        return _sigmoid(A1 @ self.W2 + self.b2)",
                "        X = np.asarray(X, dtype=float)\n        outputs = []\n        for x in X:\n"
                "            a1 = _sigmoid(x @ self.W1 + self.b1)\n"
                "            outputs.append(_sigmoid(a1 @ self.W2 + self.b2)[0])\n"
                "        return np.array(outputs)",
            ),
        ],
        "did": "forward runs a Python loop over the samples (right values, not vectorised).",
        "names": [[("vectoris", "vectoriz", "x @ w1", "x @ self.w1", "whole batch", "matrix product", "all samples at once")]],
    },
    # --------------------------------------------------------------- gates: variants
    {
        "name": "var_gates_threshold_np_where",
        "module": "gates",
        "kind": "variant",
        "edits": [
            (
                "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)",
                "    if isinstance(z, np.ndarray):\n        return np.where(z >= 0.5, 1, 0)\n    return 1 if z >= 0.5 else 0",
            ),
        ],
        "did": "threshold with np.where for arrays and a conditional expression for numbers.",
        "names": None,
    },
    {
        "name": "var_gates_threshold_heaviside",
        "module": "gates",
        "kind": "variant",
        "edits": [
            (
                "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)",
                "    if isinstance(z, np.ndarray):\n        return np.heaviside(z - 0.5, 1.0).astype(int)\n"
                "    return int(np.heaviside(z - 0.5, 1.0))",
            ),
        ],
        "did": "threshold as NumPy's Heaviside step of z - 0.5, with value 1 at the step.",
        "names": None,
    },
    {
        "name": "var_gates_whole_number_weights",
        "module": "gates",
        "kind": "variant",
        "edits": [
            ("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-1.5, 1.0, 1.0)"),
            ("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (-0.5, 1.0, 1.0)"),
            ("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (2.0, -1.0, -1.0)"),
            ("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (1.0, -1.0, -1.0)"),
        ],
        "did": "other gate weights with input weights of +-1 that give the same four truth tables at threshold 0.5.",
        "names": None,
    },
    {
        "name": "var_gates_xor_nor_of_and_and_nor",
        "module": "gates",
        "kind": "variant",
        "edits": [
            (
                "    either = perceptron(x1, x2, OR_WEIGHTS)\n    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
                "    return perceptron(either, not_both, AND_WEIGHTS)",
                "    both = perceptron(x1, x2, AND_WEIGHTS)\n    neither = perceptron(x1, x2, NOR_WEIGHTS)\n"
                "    return perceptron(both, neither, NOR_WEIGHTS)",
            ),
        ],
        "did": "xor as NOR(AND, NOR): one input on means neither 'both' nor 'neither'.",
        "names": None,
    },
    # ---------------------------------------------------------- perceptron: variants
    {
        "name": "var_perceptron_index_loops",
        "module": "perceptron",
        "kind": "variant",
        "edits": [
            (
                "        X = np.asarray(X, dtype=float)\n        y = np.asarray(y, dtype=float)\n"
                "        self.weights = np.zeros(X.shape[1])\n        self.bias = 0.0\n"
                "        for _ in range(self.epochs):\n            for x_i, y_i in zip(X, y):\n"
                "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
                "                update = self.lr * (y_i - prediction)\n"
                "                self.weights += update * x_i  # our own array: safe in place\n"
                "                self.bias = float(self.bias + update)\n"
                "        return self",
                "        X = np.array(X, dtype=float)\n        y = np.array(y, dtype=float)\n"
                "        n_samples, n_features = X.shape\n"
                "        self.weights = np.zeros(n_features)\n        self.bias = 0.0\n"
                "        for epoch in range(self.epochs):\n            for i in range(n_samples):\n"
                "                z = 0.0\n                for j in range(n_features):\n"
                "                    z += self.weights[j] * X[i, j]\n                z += self.bias\n"
                "                y_hat = 1 if z >= 0 else 0\n"
                "                error = y[i] - y_hat\n"
                "                for j in range(n_features):\n"
                "                    self.weights[j] += self.lr * error * X[i, j]\n"
                "                self.bias += self.lr * error\n"
                "        return self",
            ),
        ],
        "did": "fit with index loops over samples and features instead of vector operations.",
        "names": None,
    },
    {
        "name": "var_perceptron_dot_and_where",
        "module": "perceptron",
        "kind": "variant",
        "edits": [
            (
                "prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0",
                "prediction = int(np.dot(x_i, self.weights) + self.bias >= 0)",
            ),
            ("        return (z >= 0).astype(int)", "        return np.where(z >= 0, 1, 0)"),
        ],
        "did": "np.dot and int() of the comparison in fit, np.where in predict.",
        "names": None,
    },
    # --------------------------------------------------------- activations: variants
    {
        "name": "var_act_sigmoid_masks",
        "module": "activations",
        "kind": "variant",
        "edits": [
            (
                "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n    return np.where(z >= 0, 1.0, e) / (1.0 + e)",
                "    out = np.empty_like(z)\n    positive = z >= 0\n"
                "    out[positive] = 1.0 / (1.0 + np.exp(-z[positive]))\n"
                "    exp_z = np.exp(z[~positive])\n    out[~positive] = exp_z / (1.0 + exp_z)\n    return out",
            ),
        ],
        "did": "stable sigmoid with boolean masks: each formula only on the entries where it cannot overflow.",
        "names": None,
    },
    {
        "name": "var_act_relu_np_where",
        "module": "activations",
        "kind": "variant",
        "edits": [
            (
                "    return np.maximum(np.asarray(z, dtype=float), 0.0)",
                "    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, z, 0.0)",
            ),
            ("    return (np.asarray(z) > 0).astype(float)", "    return np.where(np.asarray(z) > 0, 1.0, 0.0)"),
        ],
        "did": "relu and its derivative with np.where.",
        "names": None,
    },
    {
        "name": "var_act_leaky_where_and_mask",
        "module": "activations",
        "kind": "variant",
        "edits": [
            ("    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)", "    return np.where(z > 0, z, alpha * z)"),
            (
                "    return np.where(z > 0, 1.0, alpha)",
                "    slope = np.ones_like(z)\n    slope[z <= 0] = alpha\n    return slope",
            ),
        ],
        "did": "leaky_relu with np.where, its derivative as ones with alpha written through a mask.",
        "names": None,
    },
    {
        "name": "var_act_softmax_log_sum_exp",
        "module": "activations",
        "kind": "variant",
        "edits": [
            (
                "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
                "    return exps / np.sum(exps, axis=-1, keepdims=True)",
                "    shifted = z - z.max(axis=-1, keepdims=True)\n"
                "    log_norm = np.log(np.exp(shifted).sum(axis=-1, keepdims=True))\n"
                "    return np.exp(shifted - log_norm)",
            ),
        ],
        "did": "softmax as exp(z - logsumexp(z)), with the maximum taken out first.",
        "names": None,
    },
    {
        "name": "var_act_tanh_via_sigmoid",
        "module": "activations",
        "kind": "variant",
        "edits": [
            (
                "    return np.tanh(np.asarray(z, dtype=float))",
                "    return 2.0 * sigmoid(2.0 * np.asarray(z, dtype=float)) - 1.0",
            ),
        ],
        "did": "tanh through the identity tanh(z) = 2 * sigmoid(2z) - 1, using the stable sigmoid.",
        "names": None,
    },
    # -------------------------------------------------------------- neuron: variants
    {
        "name": "var_neuron_one_shared_neuron",
        "module": "neuron",
        "kind": "variant",
        "edits": [
            (
                "        self.h1 = Neuron(weights, bias)\n        self.h2 = Neuron(weights, bias)\n"
                "        self.o1 = Neuron(weights, bias)",
                "        self.h1 = self.h2 = self.o1 = Neuron(weights, bias)",
            ),
        ],
        "did": "TinyNetwork's three neurons are one shared Neuron object (they have the same weights and bias).",
        "names": None,
    },
    {
        "name": "var_neuron_layer_index_loops",
        "module": "neuron",
        "kind": "variant",
        "edits": [
            (
                "    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n"
                "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
                "        outputs.append(total + bias)\n    return outputs",
                "    outputs = []\n    for j in range(len(weights)):\n        total = 0\n"
                "        for i in range(len(inputs)):\n            total += inputs[i] * weights[j][i]\n"
                "        outputs.append(total + biases[j])\n    return outputs",
            ),
        ],
        "did": "layer_output with index loops over neurons and inputs.",
        "names": None,
    },
    {
        "name": "var_neuron_count_plus_one",
        "module": "neuron",
        "kind": "variant",
        "edits": [
            (
                "    sizes = [int(n) for n in layer_sizes]\n    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))",
                "    total = 0\n    for i in range(1, len(layer_sizes)):\n"
                "        total += (layer_sizes[i - 1] + 1) * layer_sizes[i]\n    return int(total)",
            ),
        ],
        "did": "count_parameters counts (inputs + 1) * outputs per pair of layers, the bias as an extra input.",
        "names": None,
    },
    {
        "name": "var_neuron_feedforward_loop",
        "module": "neuron",
        "kind": "variant",
        "edits": [
            (
                "        total = np.dot(self.weights, inputs) + self.bias\n        return float(_sigmoid(total))",
                "        total = 0.0\n        for w, x in zip(self.weights, inputs):\n            total += w * x\n"
                "        total += self.bias\n        return float(1.0 / (1.0 + np.exp(-total)))",
            ),
        ],
        "did": "Neuron.feedforward sums with a loop and writes the sigmoid out itself.",
        "names": None,
    },
    # ---------------------------------------------------------------- loss: variants
    {
        "name": "var_loss_reshape_and_average",
        "module": "loss",
        "kind": "variant",
        "edits": [
            (
                "    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()\n"
                "    if y_true.size != y_pred.size:",
                "    y_true = np.reshape(np.asarray(y_true, dtype=float), -1)\n"
                "    y_pred = np.reshape(np.asarray(y_pred, dtype=float), -1)\n"
                "    if len(y_true) != len(y_pred):",
            ),
            (
                "    return float(np.mean((y_true - y_pred) ** 2))",
                "    diff = y_pred - y_true\n    return float(np.average(diff * diff))",
            ),
        ],
        "did": "mse_loss with reshape(-1), len() and np.average of diff * diff.",
        "names": None,
    },
    {
        "name": "var_loss_dot_and_scale_first",
        "module": "loss",
        "kind": "variant",
        "edits": [
            (
                "    return float(np.mean((y_true - y_pred) ** 2))",
                "    diff = y_true - y_pred\n    return float(diff @ diff / diff.size)",
            ),
            (
                "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
                "    scale = 2.0 / y_pred.size\n    return scale * (y_pred - np.reshape(y_true, np.shape(y_pred)))",
            ),
        ],
        "did": "mse_loss as a dot product of the differences; the gradient with 2 / N computed first.",
        "names": None,
    },
    # ------------------------------------------------------------ backprop: variants
    {
        "name": "var_bp_delta_terms",
        "module": "backprop",
        "kind": "variant",
        "edits": [
            (
                "    d_L_d_o1 = -2.0 * (y_true - o1)\n",
                "    delta_o1 = -2.0 * (y_true - o1) * o1 * (1.0 - o1)\n"
                "    delta_h1 = delta_o1 * p[\"w5\"] * h1 * (1.0 - h1)\n"
                "    delta_h2 = delta_o1 * p[\"w6\"] * h2 * (1.0 - h2)\n"
                "    grads = {\n"
                "        \"w1\": delta_h1 * x[0], \"w2\": delta_h1 * x[1], \"b1\": delta_h1,\n"
                "        \"w3\": delta_h2 * x[0], \"w4\": delta_h2 * x[1], \"b2\": delta_h2,\n"
                "        \"w5\": delta_o1 * h1, \"w6\": delta_o1 * h2, \"b3\": delta_o1,\n"
                "    }\n"
                "    return {name: float(grads[name]) for name in PARAM_NAMES}\n",
            ),
        ],
        "did": "backprop with one error term (delta) per neuron, each partial its delta times the neuron's input.",
        "names": None,
    },
    {
        "name": "var_bp_train_indices_and_np_mean",
        "module": "backprop",
        "kind": "variant",
        "edits": [
            (
                "    params = dict(params)\n    losses = []\n    for _ in range(epochs):\n"
                "        for x, y_true in zip(data, all_y_trues):\n"
                "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
                "        predictions = [feedforward(params, x) for x in data]\n"
                "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
                "        losses.append(float(sum(errors) / len(errors)))\n"
                "    return params, losses",
                "    current = params.copy()\n    targets = np.asarray(all_y_trues, dtype=float)\n"
                "    losses = []\n    for epoch in range(epochs):\n"
                "        for i in range(len(data)):\n"
                "            grads = backprop(current, data[i], targets[i])\n"
                "            current = sgd_step(current, grads, learn_rate)\n"
                "        outputs = np.array([feedforward(current, row) for row in data])\n"
                "        losses.append(float(np.mean((targets - outputs) ** 2)))\n"
                "    return current, losses",
            ),
        ],
        "did": "train with index loops, a copy() of the start and np.mean for the epoch's loss.",
        "names": None,
    },
    {
        "name": "var_bp_sgd_step_loop",
        "module": "backprop",
        "kind": "variant",
        "edits": [
            (
                "    return {\n        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n    }",
                "    new_params = {}\n    for name in PARAM_NAMES:\n"
                "        new_params[name] = params[name] - learn_rate * grads[name]\n    return new_params",
            ),
        ],
        "did": "sgd_step builds the new dict in a for loop.",
        "names": None,
    },
    # ----------------------------------------------------------------- mlp: variants
    {
        "name": "var_mlp_backward_named_steps",
        "module": "mlp",
        "kind": "variant",
        "edits": [
            (
                "        X = np.asarray(X, dtype=float)\n        A1 = _sigmoid(X @ self.W1 + self.b1)\n"
                "        A2 = _sigmoid(A1 @ self.W2 + self.b2)\n"
                "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n\n"
                "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"
                "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)\n"
                "        return {\n"
                "            \"W1\": X.T @ dZ1,\n"
                "            \"b1\": dZ1.sum(axis=0, keepdims=True),\n"
                "            \"W2\": A1.T @ dZ2,\n"
                "            \"b2\": dZ2.sum(axis=0, keepdims=True),\n"
                "        }",
                "        X = np.asarray(X, dtype=float)\n"
                "        Z1 = X @ self.W1 + self.b1\n        A1 = _sigmoid(Z1)\n"
                "        Z2 = A1 @ self.W2 + self.b2\n        A2 = _sigmoid(Z2)\n"
                "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n"
                "        m, k = A2.shape\n"
                "        dA2 = 2.0 * (A2 - Y) / (m * k)\n"
                "        dZ2 = dA2 * A2 * (1.0 - A2)\n"
                "        dW2 = A1.T @ dZ2\n"
                "        db2 = np.sum(dZ2, axis=0, keepdims=True)\n"
                "        dA1 = dZ2 @ self.W2.T\n"
                "        dZ1 = dA1 * A1 * (1.0 - A1)\n"
                "        dW1 = X.T @ dZ1\n"
                "        db1 = np.sum(dZ1, axis=0, keepdims=True)\n"
                "        return {\"W1\": dW1, \"b1\": db1, \"W2\": dW2, \"b2\": db2}",
            ),
        ],
        "did": "backward with every intermediate (Z1, Z2, dA2, dA1, ...) named, N written as m * k.",
        "names": None,
    },
    {
        "name": "var_mlp_step_four_lines",
        "module": "mlp",
        "kind": "variant",
        "edits": [
            (
                "        for name in PARAM_NAMES:\n            param = getattr(self, name)\n"
                "            param -= self.lr * grads[name]",
                "        self.W1 -= self.lr * grads[\"W1\"]\n        self.b1 -= self.lr * grads[\"b1\"]\n"
                "        self.W2 -= self.lr * grads[\"W2\"]\n        self.b2 -= self.lr * grads[\"b2\"]",
            ),
        ],
        "did": "step writes the four in-place updates out one by one.",
        "names": None,
    },
    {
        "name": "var_mlp_fit_list_then_array",
        "module": "mlp",
        "kind": "variant",
        "edits": [
            (
                "        losses = np.empty(epochs)\n        for epoch in range(epochs):\n"
                "            losses[epoch] = self.loss(X, y)\n            self.step(self.backward(X, y))\n"
                "        return losses",
                "        history = []\n        for _ in range(epochs):\n"
                "            history.append(self.loss(X, y))\n"
                "            grads = self.backward(X, y)\n            self.step(grads)\n"
                "        return np.array(history, dtype=float)",
            ),
        ],
        "did": "fit collects the losses in a list and returns it as a float array.",
        "names": None,
    },
    {
        "name": "var_mlp_predict_np_where",
        "module": "mlp",
        "kind": "variant",
        "edits": [
            ("        return (self.forward(X) >= 0.5).astype(int)", "        return np.where(self.forward(X) >= 0.5, 1, 0)"),
        ],
        "did": "predict with np.where.",
        "names": None,
    },
    {
        "name": "var_mlp_forward_np_dot",
        "module": "mlp",
        "kind": "variant",
        "edits": [
            (
                "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
                "        return _sigmoid(A1 @ self.W2 + self.b2)",
                "        X = np.asarray(X, dtype=float)\n"
                "        hidden = _sigmoid(np.dot(X, self.W1) + self.b1)\n"
                "        return _sigmoid(np.dot(hidden, self.W2) + self.b2)",
            ),
        ],
        "did": "forward with np.dot instead of @.",
        "names": None,
    },
    {
        "name": "var_mlp_init_rng_normal",
        "module": "mlp",
        "kind": "variant",
        "edits": [
            (
                "        self.W1 = rng.standard_normal((input_size, hidden_size))",
                "        self.W1 = rng.normal(0.0, 1.0, size=(input_size, hidden_size))",
            ),
            (
                "        self.W2 = rng.standard_normal((hidden_size, output_size))",
                "        self.W2 = rng.normal(0.0, 1.0, size=(hidden_size, output_size))",
            ),
        ],
        "did": "initial weights drawn with rng.normal(0, 1, size=...) instead of standard_normal.",
        "names": None,
    },
    {
        "name": "var_mlp_loss_sum_over_size",
        "module": "mlp",
        "kind": "variant",
        "edits": [
            (
                "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n        return float(np.mean((A2 - Y) ** 2))",
                "        Y = np.reshape(np.asarray(y, dtype=float), A2.shape)\n        diff = A2 - Y\n"
                "        return float(np.sum(diff ** 2) / diff.size)",
            ),
        ],
        "did": "loss as the sum of squares divided by the number of outputs.",
        "names": None,
    },
]
