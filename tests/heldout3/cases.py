"""A third held-out corpus of beginner mistakes, written blind (issue 13).

The first two held-out corpora (``tests/heldout/``, ``tests/heldout2/``) have been used to
improve the hints, so they no longer measure them honestly. These cases were written from
``COURSE_SPEC.md``, the reference solutions, the stubs, the top-level README, the rules of
``tests/heldout2/README.md`` and ``tests/heldout/measure.py`` alone: no check, hint, mistake
recogniser or case of another corpus was opened while writing them (see ``README.md`` beside
this file for the rules).

The format is that of ``tests/heldout2/cases.py``, so ``tests/heldout/measure.py --cases``
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

The dicts are built by ``_bug`` and ``_variant`` below, which only spell the fields out.
The keywords were committed before the grader was run on any of these cases.
"""


def _bug(module, name, did, names, edits):
    return {"name": name, "module": module, "kind": "bug", "edits": edits, "did": did, "names": names}


def _variant(module, name, did, edits):
    return {"name": name, "module": module, "kind": "variant", "edits": edits, "did": did, "names": None}


# Alternative spellings shared by several cases.
IN_PLACE = ("in place", "in-place", "modif", "changed", "overwr", "mutat")
LIST_FIX = ("np.asarray", "np.array")
OVERFLOW = ("overflow", "nan", "inf")
FACTOR_2 = ("2 *", "2.0 *", "factor 2", "factor of 2", "twice", "half", "-2")

GATES = [
    _bug("gates", "gates_threshold_at_zero",
         "threshold fires at z >= 0 (the perceptron rule's step) instead of at 0.5.",
         [["0.5", ("zero", "not 0", "instead of 0", "0 instead")]],
         [("return (z >= 0.5).astype(int)", "return (z >= 0).astype(int)"),
          ("return int(z >= 0.5)", "return int(z >= 0)")]),
    _bug("gates", "gates_threshold_bool_array",
         "threshold returns the comparison z >= 0.5 itself for arrays, a boolean array.",
         [[("astype(int)", "integer array", "int array", "dtype=int"), ("bool", "true/false", "true and false")]],
         [("return (z >= 0.5).astype(int)", "return z >= 0.5")]),
    _bug("gates", "gates_threshold_float_where",
         "threshold builds its array with np.where(z >= 0.5, 1.0, 0.0), a float array.",
         [["float", ("astype(int)", "integer", "int array", "1, 0)")]],
         [("return (z >= 0.5).astype(int)", "return np.where(z >= 0.5, 1.0, 0.0)")]),
    _bug("gates", "gates_threshold_if_on_array",
         "threshold is a Python if/else on z, which raises 'truth value ... ambiguous' for arrays.",
         [[("ambiguous", "truth value", "an if", "if statement", "python if", "if z"),
           ("astype(int)", "np.where", "element-wise", "elementwise", "each element", "every element")]],
         [("    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)",
           "    if z >= 0.5:\n        return 1\n    else:\n        return 0")]),
    _bug("gates", "gates_threshold_overwrites_input",
         "threshold writes 0 and 1 into the caller's array with boolean masks before converting it.",
         [[IN_PLACE, ("copy", "new array", "(z >= 0.5).astype(int)")]],
         [("        return (z >= 0.5).astype(int)",
           "        z[z < 0.5] = 0\n        z[z >= 0.5] = 1\n        return z.astype(int)")]),
    _bug("gates", "gates_perceptron_bias_last",
         "perceptron unpacks the weights as (w1, w2, w0), taking the bias weight from the end.",
         [[("w0, w1, w2", "weights[0]", "comes first", "bias first", "first entry", "first weight", "first element")]],
         [("    w0, w1, w2 = weights", "    w1, w2, w0 = weights")]),
    _bug("gates", "gates_perceptron_no_bias",
         "perceptron sums w1*x1 + w2*x2 and forgets the bias weight w0 (times x0 = 1).",
         [["w0", ("add", "forgot", "missing", "left out", "w0 +", "x0")]],
         [("z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)", "z = w1 * np.asarray(x1) + w2 * np.asarray(x2)")]),
    _bug("gates", "gates_perceptron_lists_multiplied",
         "perceptron multiplies the inputs as given, so Python lists raise 'can't multiply sequence by float'.",
         [["list", LIST_FIX]],
         [("z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)", "z = w0 + w1 * x1 + w2 * x2")]),
    _bug("gates", "gates_and_acts_as_or",
         "AND_WEIGHTS = (-0.1, 0.6, 0.6): a single input already reaches 0.5, so it computes OR.",
         [["and_weights", ("truth table", "(0, 1)", "(1, 0)", "one input", "only one")]],
         [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-0.1, 0.6, 0.6)")]),
    _bug("gates", "gates_nand_is_negated_and",
         "NAND_WEIGHTS are AND's weights negated, (0.5, -0.6, -0.6), which with the 0.5 threshold is NOR.",
         [["nand_weights", ("truth table", "nor", "(0, 1)", "(1, 0)", "one input", "only one")]],
         [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (0.5, -0.6, -0.6)")]),
    _bug("gates", "gates_nor_bias_short",
         "NOR_WEIGHTS = (0.4, -0.6, -0.6): the input (0, 0) sums to 0.4 and does not fire.",
         [["nor_weights", ("(0, 0)", "0, 0", "truth table", "both inputs are 0", "reach 0.5", "both 0")]],
         [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (0.4, -0.6, -0.6)")]),
    _bug("gates", "gates_xor_and_instead_of_nand",
         "xor's 'not both' neuron uses AND_WEIGHTS instead of NAND_WEIGHTS, so xor computes AND.",
         [["nand", ("and_weights", "not and", "instead of and", "not both", "nand_weights")]],
         [("not_both = perceptron(x1, x2, NAND_WEIGHTS)", "not_both = perceptron(x1, x2, AND_WEIGHTS)")]),
    _bug("gates", "gates_xor_or_on_top",
         "xor's second layer is an OR of OR and NAND instead of an AND, so it is always 1.",
         [[("and_weights", "an and", "and gate", "and of or and nand", "and of nand and or", "second layer")]],
         [("return perceptron(either, not_both, AND_WEIGHTS)", "return perceptron(either, not_both, OR_WEIGHTS)")]),
    _variant("gates", "var_gates_where_int",
             "threshold's array branch uses np.where(z >= 0.5, 1, 0).",
             [("return (z >= 0.5).astype(int)", "return np.where(z >= 0.5, 1, 0)")]),
    _variant("gates", "var_gates_other_weights",
             "Other weights that give the same four truth tables.",
             [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-1.0, 0.8, 0.8)"),
              ("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.1, 0.5, 0.5)"),
              ("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (2.0, -0.8, -0.8)"),
              ("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (1.0, -1.0, -1.0)")]),
    _variant("gates", "var_gates_xor_nor_of_and_nor",
             "xor as NOR of AND and NOR: neither both nor neither.",
             [("    either = perceptron(x1, x2, OR_WEIGHTS)\n    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
               "    return perceptron(either, not_both, AND_WEIGHTS)",
               "    both = perceptron(x1, x2, AND_WEIGHTS)\n    neither = perceptron(x1, x2, NOR_WEIGHTS)\n"
               "    return perceptron(both, neither, NOR_WEIGHTS)")]),
    _variant("gates", "var_gates_perceptron_indexed",
             "perceptron indexes the weight tuple and writes the constant input x0 = 1 out.",
             [("    w0, w1, w2 = weights\n    # np.asarray lets lists in; a number stays a number after the arithmetic.\n"
               "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)",
               "    x0 = 1\n    z = weights[0] * x0 + weights[1] * np.asarray(x1) + weights[2] * np.asarray(x2)")]),
]

PERCEPTRON = [
    _bug("perceptron", "perceptron_predict_threshold_half",
         "predict fires at z >= 0.5, the gates' threshold, instead of the perceptron's z >= 0.",
         [["0.5", ("zero", "not 0", "instead of 0", "0 instead", "gates")]],
         [("return (z >= 0).astype(int)", "return (z >= 0.5).astype(int)")]),
    _bug("perceptron", "perceptron_fit_step_strict",
         "fit's step predicts 1 only where the sum is > 0, so a sum of exactly 0 predicts 0.",
         [[">= 0", ("> 0", "exactly 0", "equal to 0", "zero", "sum is 0")]],
         [("prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0",
           "prediction = 1 if x_i @ self.weights + self.bias > 0 else 0")]),
    _bug("perceptron", "perceptron_weights_subtracted",
         "fit subtracts update * x_i from the weights (the bias is still increased).",
         [[("+= update * x_i", "add", "plus"), ("sign", "subtract", "-=", "minus", "wrong way", "opposite")]],
         [("self.weights += update * x_i  # our own array: safe in place", "self.weights -= update * x_i")]),
    _bug("perceptron", "perceptron_bias_never_updated",
         "fit never updates the bias, which stays 0.0.",
         [[("bias += update", "bias + update", "update the bias", "bias is never updated", "bias never",
            "bias stays", "bias too", "bias is not updated")]],
         [("                self.bias = float(self.bias + update)\n", "")]),
    _bug("perceptron", "perceptron_bias_lr_twice",
         "fit adds lr * update to the bias, although update already holds the learning rate.",
         [[("twice", "lr * lr", "lr ** 2", "lr**2", "bias += update", "bias + update")]],
         [("self.bias = float(self.bias + update)", "self.bias = float(self.bias + self.lr * update)")]),
    _bug("perceptron", "perceptron_random_init",
         "fit starts from np.random.rand weights (as in a tutorial) instead of zeros.",
         [["zeros", "random"]],
         [("self.weights = np.zeros(X.shape[1])", "self.weights = np.random.rand(X.shape[1])")]),
    _bug("perceptron", "perceptron_weights_with_bias_slot",
         "fit makes one weight more than there are features (room for a bias it keeps separately anyway).",
         [[("x.shape[1])", "n_features", "one per feature", "per feature", "number of features")]],
         [("self.weights = np.zeros(X.shape[1])", "self.weights = np.zeros(X.shape[1] + 1)")]),
    _bug("perceptron", "perceptron_epochs_from_one",
         "fit loops over range(1, self.epochs), one epoch fewer than asked.",
         [[("range(self.epochs)", "one epoch", "epochs - 1", "one pass", "too few", "one fewer")]],
         [("for _ in range(self.epochs):", "for _ in range(1, self.epochs):")]),
    _bug("perceptron", "perceptron_shuffles_each_epoch",
         "fit visits the samples in a fresh np.random.permutation order every epoch.",
         [[("shuffl", "permut", "random"), "order"]],
         [("            for x_i, y_i in zip(X, y):",
           "            order = np.random.permutation(len(X))\n            for x_i, y_i in zip(X[order], y[order]):")]),
    _bug("perceptron", "perceptron_update_into_sample",
         "fit scales the sample row itself (x_i *= update) and adds it, changing X's rows.",
         [[IN_PLACE, ("copy", "input", "sample", "x_i", "data", "row")]],
         [("                self.weights += update * x_i  # our own array: safe in place",
           "                x_i *= update\n                self.weights += x_i")]),
    _bug("perceptron", "perceptron_predict_bool",
         "predict returns the boolean array z >= 0 without converting it.",
         [[("astype(int)", "integer", "int array", "dtype=int"), ("bool", "true")]],
         [("return (z >= 0).astype(int)", "return z >= 0")]),
    _bug("perceptron", "perceptron_predict_heaviside",
         "predict returns np.heaviside(z, 1), which is a float array.",
         [["float", ("astype(int)", "integer", "int array")]],
         [("return (z >= 0).astype(int)", "return np.heaviside(z, 1)")]),
    _bug("perceptron", "perceptron_fit_returns_weights",
         "fit returns self.weights instead of self.",
         [["return self"]],
         [("        return self\n        ### END SOLUTION\n\n    def predict",
           "        return self.weights\n        ### END SOLUTION\n\n    def predict")]),
    _bug("perceptron", "perceptron_predict_sign",
         "predict returns np.sign(z), the -1/+1 labels of another tutorial's perceptron.",
         [[("sign", "-1"), ("0 and 1", "0/1", "0 or 1", "z >= 0")]],
         [("return (z >= 0).astype(int)", "return np.sign(z).astype(int)")]),
    _bug("perceptron", "perceptron_fit_warm_start",
         "fit creates the zero weights only when there are none yet, so a second fit continues from the first.",
         [[("every call", "each call", "reset", "again", "twice", "second call", "restart", "re-start", "every fit"),
           ("zeros", "0.0", "from 0", "from zero")]],
         [("        self.weights = np.zeros(X.shape[1])\n        self.bias = 0.0\n",
           "        if self.weights is None:\n            self.weights = np.zeros(X.shape[1])\n            self.bias = 0.0\n")]),
    _bug("perceptron", "perceptron_update_without_lr",
         "fit's update is y_i - prediction, without the learning rate.",
         [[("self.lr", "learning rate", "lr *")]],
         [("update = self.lr * (y_i - prediction)", "update = y_i - prediction")]),
    _variant("perceptron", "var_perceptron_index_loop",
             "fit loops over sample indices.",
             [("            for x_i, y_i in zip(X, y):\n",
               "            for i in range(len(X)):\n                x_i, y_i = X[i], y[i]\n")]),
    _variant("perceptron", "var_perceptron_dot_int",
             "fit predicts with int(np.dot(...) + bias >= 0).",
             [("prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0",
               "prediction = int(np.dot(x_i, self.weights) + self.bias >= 0)")]),
    _variant("perceptron", "var_perceptron_predict_where",
             "predict uses np.where(z >= 0, 1, 0).",
             [("return (z >= 0).astype(int)", "return np.where(z >= 0, 1, 0)")]),
    _variant("perceptron", "var_perceptron_predict_dot",
             "predict converts X and computes the sums with np.dot.",
             [("z = np.asarray(X, dtype=float) @ self.weights + self.bias",
               "X = np.asarray(X, dtype=float)\n        z = np.dot(X, self.weights) + self.bias")]),
    _variant("perceptron", "var_perceptron_weights_rebound",
             "fit rebinds the weights to a new array each update instead of adding in place.",
             [("self.weights += update * x_i  # our own array: safe in place",
               "self.weights = self.weights + update * x_i")]),
]

_SIGMOID_BODY = (
    "    z = np.asarray(z, dtype=float)\n"
    "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
    "    return np.where(z >= 0, 1.0, e) / (1.0 + e)"
)
_SIGMOID_TAIL = (
    "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
    "    return np.where(z >= 0, 1.0, e) / (1.0 + e)"
)

ACTIVATIONS = [
    _bug("activations", "act_sigmoid_exp_over_one_plus_exp",
         "sigmoid is exp(z) / (1 + exp(z)), which overflows to inf / inf = nan for z = 1000.",
         [["overflow", ("exp(-|z|)", "np.abs", "abs(z)", "-|z|", "sign of z", "np.where", "stable")]],
         [(_SIGMOID_TAIL, "    return np.exp(z) / (1.0 + np.exp(z))")]),
    _bug("activations", "act_sigmoid_clipped_at_10",
         "sigmoid clips z to [-10, 10] before the textbook formula, so large |z| give wrong values.",
         [["clip"]],
         [(_SIGMOID_TAIL, "    z = np.clip(z, -10, 10)  # avoid overflow\n    return 1.0 / (1.0 + np.exp(-z))")]),
    _bug("activations", "act_sigmoid_math_exp",
         "sigmoid uses math.exp, which takes only single numbers (arrays raise TypeError).",
         [["math.exp", "np.exp"], ["math", "np.exp"]],
         [("import numpy as np", "import math\n\nimport numpy as np"),
          (_SIGMOID_BODY, "    return 1.0 / (1.0 + math.exp(-z))")]),
    _bug("activations", "act_sigmoid_derivative_half_substituted",
         "sigmoid_derivative returns sigmoid(z) * (1 - z): only the first factor got the sigmoid.",
         [[("1 - sigmoid(z)", "(1 - s)", "1 - s)", "1.0 - s", "sigmoid(z) * (1 - sigmoid(z))", "both factors")]],
         [("    s = sigmoid(z)\n    return s * (1.0 - s)", "    return sigmoid(z) * (1.0 - z)")]),
    _bug("activations", "act_sigmoid_derivative_exp_formula",
         "sigmoid_derivative is exp(-z) / (1 + exp(-z))**2, which gives nan (inf / inf) at z = -1000.",
         [[OVERFLOW, ("sigmoid(z) * (1 - sigmoid(z))", "s * (1 - s)", "sigmoid(z)")]],
         [("    s = sigmoid(z)\n    return s * (1.0 - s)",
           "    z = np.asarray(z, dtype=float)\n    return np.exp(-z) / (1.0 + np.exp(-z)) ** 2")]),
    _bug("activations", "act_tanh_derivative_no_square",
         "tanh_derivative returns 1 - tanh(z), without the square.",
         [[("** 2", "**2", "square")]],
         [("return 1.0 - tanh(z) ** 2", "return 1.0 - tanh(z)")]),
    _bug("activations", "act_tanh_derivative_on_z",
         "tanh_derivative returns 1 - z**2, the slope written with a = tanh(z) but given z.",
         [[("tanh(z)", "a = tanh", "activation")]],
         [("return 1.0 - tanh(z) ** 2", "return 1.0 - np.asarray(z, dtype=float) ** 2")]),
    _bug("activations", "act_tanh_exp_formula",
         "tanh is (exp(z) - exp(-z)) / (exp(z) + exp(-z)), which is nan for |z| = 1000.",
         [[OVERFLOW, ("np.tanh",)]],
         [("return np.tanh(np.asarray(z, dtype=float))",
           "z = np.asarray(z, dtype=float)\n    return (np.exp(z) - np.exp(-z)) / (np.exp(z) + np.exp(-z))")]),
    _bug("activations", "act_relu_integer_dtype",
         "relu returns np.maximum(z, 0), an integer array for integer input.",
         [["float", ("dtype", "astype", "asarray", "0.0")]],
         [("return np.maximum(np.asarray(z, dtype=float), 0.0)", "return np.maximum(z, 0)")]),
    _bug("activations", "act_relu_in_place",
         "relu sets the negative entries of the caller's float array to 0 and returns it.",
         [[IN_PLACE, ("copy", "np.maximum", "new array")]],
         [("    return np.maximum(np.asarray(z, dtype=float), 0.0)",
           "    z = np.asarray(z, dtype=float)\n    z[z < 0] = 0.0\n    return z")]),
    _bug("activations", "act_relu_derivative_bool",
         "relu_derivative returns the boolean array z > 0.",
         [["float", ("bool", "astype", "true")]],
         [("return (np.asarray(z) > 0).astype(float)", "return np.asarray(z) > 0")]),
    _bug("activations", "act_leaky_relu_fixed_slope",
         "leaky_relu multiplies the negative part by 0.01 (a common tutorial value), not alpha.",
         [["alpha", "0.01"]],
         [("return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)",
           "return np.maximum(z, 0.0) + 0.01 * np.minimum(z, 0.0)")]),
    _bug("activations", "act_leaky_derivative_fixed_slope",
         "leaky_relu_derivative returns 0.1 on the left whatever alpha is given.",
         [["alpha", ("0.1", "argument", "parameter", "hard-coded", "hardcoded", "default", "ignor")]],
         [("return np.where(z > 0, 1.0, alpha)", "return np.where(z > 0, 1.0, 0.1)")]),
    _bug("activations", "act_leaky_derivative_list",
         "leaky_relu_derivative compares z > 0 directly, which fails on a Python list.",
         [["list", LIST_FIX]],
         [("    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, 1.0, alpha)",
           "    return np.where(z > 0, 1.0, alpha)")]),
    _bug("activations", "act_softmax_no_shift",
         "softmax exponentiates z directly, which overflows for scores of 1000.",
         [[("max", "largest"), ("subtract", "shift", "minus", "z - ")]],
         [("exps = np.exp(z - np.max(z, axis=-1, keepdims=True))", "exps = np.exp(z)")]),
    _bug("activations", "act_softmax_sum_no_keepdims",
         "softmax divides by np.sum(exps, axis=-1) without keepdims, which misaligns rows of a 2-D input.",
         [["keepdims"]],
         [("return exps / np.sum(exps, axis=-1, keepdims=True)", "return exps / np.sum(exps, axis=-1)")]),
    _bug("activations", "act_softmax_global_max",
         "softmax subtracts the maximum of the whole array, so a row far below it underflows to 0/0.",
         [[("each row", "each slice", "per row", "per slice", "axis=-1", "keepdims", "its own max", "own maximum")]],
         [("exps = np.exp(z - np.max(z, axis=-1, keepdims=True))", "exps = np.exp(z - np.max(z))")]),
    _variant("activations", "var_act_sigmoid_masks",
             "sigmoid fills the positive and negative entries separately through boolean masks.",
             [(_SIGMOID_TAIL,
               "    out = np.empty_like(z)\n    pos = z >= 0\n    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
               "    ez = np.exp(z[~pos])\n    out[~pos] = ez / (1.0 + ez)\n    return out")]),
    _variant("activations", "var_act_relu_where",
             "relu as np.where(z > 0, z, 0.0).",
             [("return np.maximum(np.asarray(z, dtype=float), 0.0)",
               "z = np.asarray(z, dtype=float)\n    return np.where(z > 0, z, 0.0)")]),
    _variant("activations", "var_act_softmax_log_sum_exp",
             "softmax through the log of the normaliser: exp(shifted - log(sum(exp(shifted)))).",
             [("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
               "    return exps / np.sum(exps, axis=-1, keepdims=True)",
               "    shifted = z - z.max(axis=-1, keepdims=True)\n"
               "    log_norm = np.log(np.exp(shifted).sum(axis=-1, keepdims=True))\n"
               "    return np.exp(shifted - log_norm)")]),
    _variant("activations", "var_act_leaky_where",
             "leaky_relu as np.where(z > 0, z, alpha * z).",
             [("return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)", "return np.where(z > 0, z, alpha * z)")]),
    _variant("activations", "var_act_tanh_derivative_product",
             "tanh_derivative computes t = tanh(z) once and returns 1 - t * t.",
             [("return 1.0 - tanh(z) ** 2", "t = tanh(z)\n    return 1.0 - t * t")]),
    _variant("activations", "var_act_relu_derivative_where",
             "relu_derivative as np.where(z > 0, 1.0, 0.0).",
             [("return (np.asarray(z) > 0).astype(float)", "return np.where(np.asarray(z) > 0, 1.0, 0.0)")]),
]

_LAYER_BODY = (
    "    outputs = []\n"
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)\n"
    "    return outputs"
)
_TINY_INIT = (
    "        self.h1 = Neuron(weights, bias)\n"
    "        self.h2 = Neuron(weights, bias)\n"
    "        self.o1 = Neuron(weights, bias)"
)
_COUNT_LINE = "return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"

NEURON = [
    _bug("neuron", "neuron_feedforward_returns_array",
         "Neuron.feedforward returns _sigmoid(total) as it comes, a 0-d NumPy array.",
         [[("float(", "python float", "a float"), ("array", "ndarray")]],
         [("return float(_sigmoid(total))", "return _sigmoid(total)")]),
    _bug("neuron", "neuron_feedforward_bias_after_sigmoid",
         "Neuron.feedforward adds the bias after the sigmoid instead of inside it.",
         [["bias", ("inside", "before", "+ bias)", "+ self.bias)")]],
         [("        total = np.dot(self.weights, inputs) + self.bias\n        return float(_sigmoid(total))",
           "        total = np.dot(self.weights, inputs)\n        return float(_sigmoid(total) + self.bias)")]),
    _bug("neuron", "neuron_feedforward_no_sum",
         "Neuron.feedforward multiplies weights and inputs element-wise and never sums them.",
         [[("np.dot", "dot(", ".sum", "sum of", "add up", "weighted sum")]],
         [("total = np.dot(self.weights, inputs) + self.bias", "total = self.weights * inputs + self.bias")]),
    _bug("neuron", "neuron_tiny_skips_hidden",
         "TinyNetwork.feedforward feeds x straight to o1, skipping the hidden layer.",
         [[("outputs of h1 and h2", "h1 and h2's outputs", "hidden outputs", "outputs of the hidden",
            "hidden layer's outputs", "[h1, h2]", "not x")]],
         [("        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n        return self.o1.feedforward(hidden)",
           "        return self.o1.feedforward(x)")]),
    _bug("neuron", "neuron_tiny_prints_output",
         "TinyNetwork.feedforward prints o1's output instead of returning it (so it returns None).",
         [["return", ("print", "none")]],
         [("        return self.o1.feedforward(hidden)", "        print(self.o1.feedforward(hidden))")]),
    _bug("neuron", "neuron_tiny_output_without_bias",
         "TinyNetwork builds o1 with bias 0; only the hidden neurons get the bias.",
         [["o1", "bias"]],
         [("self.o1 = Neuron(weights, bias)", "self.o1 = Neuron(weights, 0)")]),
    _bug("neuron", "neuron_tiny_class_attributes",
         "TinyNetwork stores its neurons on the class (TinyNetwork.h1 = ...), so a new network replaces an older one's.",
         [[("self.h1", "class attribute", "instance attribute", "shared", "every instance", "all instances")]],
         [(_TINY_INIT, _TINY_INIT.replace("self.", "TinyNetwork."))]),
    _bug("neuron", "neuron_layer_weights_transposed",
         "layer_output reads weights[i][j] (input i, neuron j) instead of weights[j][i].",
         [[("weights[j][i]", "weights[j]", "row j", "neuron j's", "one list per neuron", "transpos")]],
         [(_LAYER_BODY,
           "    outputs = []\n    for j in range(len(biases)):\n        total = 0\n"
           "        for i in range(len(inputs)):\n            total += inputs[i] * weights[i][j]\n"
           "        outputs.append(total + biases[j])\n    return outputs")]),
    _bug("neuron", "neuron_layer_bias_per_input",
         "layer_output adds the bias inside the sum, once per input.",
         [["bias", ("once", "outside", "after the sum", "every input", "each input", "per input", "times")]],
         [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n        outputs.append(total + bias)",
           "        total = sum(x * w + bias for x, w in zip(inputs, neuron_weights))\n        outputs.append(total)")]),
    _bug("neuron", "neuron_layer_return_in_loop",
         "layer_output's return is indented into the loop, so it returns after the first neuron.",
         [[("indent", "inside the loop", "after the loop", "only the first", "one output", "out of the loop")]],
         [("        outputs.append(total + bias)\n    return outputs", "        outputs.append(total + bias)\n        return outputs")]),
    _bug("neuron", "neuron_layer_aliases_biases",
         "layer_output starts from outputs = biases and adds into it, changing the caller's biases list.",
         [[IN_PLACE + ("alias", "same list"), ("copy", "list(biases)", "biases[:]", "new list", ".copy()")]],
         [(_LAYER_BODY,
           "    outputs = biases\n    for j, neuron_weights in enumerate(weights):\n"
           "        outputs[j] += sum(x * w for x, w in zip(inputs, neuron_weights))\n    return outputs")]),
    _bug("neuron", "neuron_count_biases_of_sending_layer",
         "count_parameters adds a biases per pair (the sending layer) instead of b (the receiving layer).",
         [[("input layer", "receiving", "next layer", "each layer after", "a * b + b", "+ b")]],
         [(_COUNT_LINE, "return sum(a * b + a for a, b in zip(sizes, sizes[1:]))")]),
    _bug("neuron", "neuron_count_adds_widths",
         "count_parameters counts a + b weights between two layers instead of a * b.",
         [[("a * b", "product", "multipl", "times")]],
         [(_COUNT_LINE, "return sum(a + b + b for a, b in zip(sizes, sizes[1:]))")]),
    _bug("neuron", "neuron_count_biases_every_layer",
         "count_parameters gives every layer biases, the input layer included.",
         [["input layer", ("no bias", "has no bias", "no biases", "biases")]],
         [(_COUNT_LINE,
           "weights = sum(a * b for a, b in zip(sizes, sizes[1:]))\n    return weights + sum(sizes)")]),
    _variant("neuron", "var_neuron_tiny_one_neuron",
             "TinyNetwork uses one Neuron object for h1, h2 and o1 (they share weights and bias anyway).",
             [(_TINY_INIT, "        self.h1 = self.h2 = self.o1 = Neuron(weights, bias)")]),
    _variant("neuron", "var_neuron_count_loop",
             "count_parameters loops over indices and counts (a + 1) * b per pair.",
             [(_COUNT_LINE,
               "total = 0\n    for i in range(len(sizes) - 1):\n        total += (sizes[i] + 1) * sizes[i + 1]\n"
               "    return total")]),
    _variant("neuron", "var_neuron_layer_comprehension",
             "layer_output as one list comprehension with index loops.",
             [(_LAYER_BODY,
               "    return [sum(inputs[i] * row[i] for i in range(len(inputs))) + b for row, b in zip(weights, biases)]")]),
    _variant("neuron", "var_neuron_feedforward_matmul",
             "Neuron.feedforward converts the inputs and uses @.",
             [("total = np.dot(self.weights, inputs) + self.bias",
               "total = self.weights @ np.asarray(inputs, dtype=float) + self.bias")]),
]

_MSE_RETURN = "return float(np.mean((y_true - y_pred) ** 2))"
_GRAD_RETURN = "return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"
_MSE_SIZE_CHECK = (
    "    if y_true.size != y_pred.size:\n"
    "        raise ValueError(\n"
    "            f\"mse_loss: y_true has {y_true.size} values but y_pred has \"\n"
    "            f\"{y_pred.size}; they must hold the same number of elements\"\n"
    "        )\n"
)

LOSS = [
    _bug("loss", "loss_mse_square_of_mean",
         "mse_loss squares the mean difference instead of averaging the squared differences.",
         [[("square each", "square the differences", "squared differences", "mean of the squares",
            "(y_true - y_pred) ** 2", "before averaging", "before the mean", "then average", "then take the mean")]],
         [(_MSE_RETURN, "return float(np.mean(y_true - y_pred) ** 2)")]),
    _bug("loss", "loss_mse_half",
         "mse_loss multiplies by 0.5 (the 1/2 convention that cancels the 2 of the derivative).",
         [[("0.5", "1/2", "half", "factor of 2", "twice")]],
         [(_MSE_RETURN, "return float(0.5 * np.mean((y_true - y_pred) ** 2))")]),
    _bug("loss", "loss_mse_floor_division",
         "mse_loss sums the squares in a loop and divides with //, rounding the mean down.",
         [[("//", "floor", "integer division", "rounds down")]],
         [("    " + _MSE_RETURN,
           "    total = 0.0\n    for t, p in zip(y_true, y_pred):\n        total += (t - p) ** 2\n"
           "    return float(total // y_true.size)")]),
    _bug("loss", "loss_mse_zip_no_check",
         "mse_loss pairs the values with zip and has no size check, so mismatched inputs are silently cut.",
         [["valueerror", ("size", "number of elements", "length", "zip")]],
         [(_MSE_SIZE_CHECK, ""),
          (_MSE_RETURN, "return float(np.mean([(t - p) ** 2 for t, p in zip(y_true, y_pred)]))")]),
    _bug("loss", "loss_grad_sign_flipped",
         "mse_loss_gradient returns 2 * (y_true - y_pred) / N, the opposite sign.",
         [[("sign", "y_pred - y_true", "flipped", "opposite", "negat")]],
         [(_GRAD_RETURN, "return 2.0 * (y_true.reshape(y_pred.shape) - y_pred) / y_pred.size")]),
    _bug("loss", "loss_grad_no_factor_2",
         "mse_loss_gradient returns (y_pred - y_true) / N, without the 2.",
         [[FACTOR_2]],
         [(_GRAD_RETURN, "return (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size")]),
    _bug("loss", "loss_grad_divides_by_len",
         "mse_loss_gradient divides by len(y_pred), the number of rows, not the number of elements.",
         [["len", (".size", "number of elements", "all elements", "every element", "all n")]],
         [(_GRAD_RETURN, "return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / len(y_pred)")]),
    _bug("loss", "loss_grad_shape_of_y_true",
         "mse_loss_gradient reshapes y_pred to y_true's shape, so the gradient has y_true's shape.",
         [[("y_pred's shape", "shape of y_pred", "reshape(y_pred.shape)", "y_pred.shape")]],
         [(_GRAD_RETURN, "return 2.0 * (y_pred.reshape(y_true.shape) - y_true) / y_pred.size")]),
    _bug("loss", "loss_grad_in_place",
         "mse_loss_gradient computes with -= and *= on y_pred, changing the caller's float array.",
         [[IN_PLACE, ("y_pred", "input", "argument", "caller")]],
         [("    " + _GRAD_RETURN,
           "    y_pred -= y_true.reshape(y_pred.shape)\n    y_pred *= 2.0 / y_pred.size\n    return y_pred")]),
    _bug("loss", "loss_mse_root",
         "mse_loss returns the square root of the mean (the RMSE).",
         [[("sqrt", "square root", "root")]],
         [(_MSE_RETURN, "return float(np.sqrt(np.mean((y_true - y_pred) ** 2)))")]),
    _bug("loss", "loss_mse_n_minus_1",
         "mse_loss divides the sum of squares by N - 1, as for a sample variance.",
         [[("n - 1", "size - 1", "ddof", "n, not", "by n")]],
         [(_MSE_RETURN, "return float(np.sum((y_true - y_pred) ** 2) / (y_true.size - 1))")]),
    _bug("loss", "loss_mse_broadcast",
         "mse_loss flattens y_true but not y_pred, so (n,) against (n, 1) broadcasts to (n, n).",
         [[("broadcast", "(n, n)"), ("ravel", "flatten", "reshape", "element by element")]],
         [("y_pred = np.asarray(y_pred, dtype=float).ravel()", "y_pred = np.asarray(y_pred, dtype=float)")]),
    _bug("loss", "loss_grad_broadcast",
         "mse_loss_gradient subtracts y_true as given, so (n, 1) against (n,) broadcasts to (n, n).",
         [[("broadcast", "(n, n)"), ("reshape", "ravel", "flatten")]],
         [(_GRAD_RETURN, "return 2.0 * (y_pred - y_true) / y_pred.size")]),
    _variant("loss", "var_loss_mse_dot",
             "mse_loss as the dot product of the differences with themselves, over the size.",
             [(_MSE_RETURN, "diff = y_true - y_pred\n    return float(diff @ diff / diff.size)")]),
    _variant("loss", "var_loss_mse_square_average",
             "mse_loss as np.average(np.square(...)).",
             [(_MSE_RETURN, "return float(np.average(np.square(y_true - y_pred)))")]),
    _variant("loss", "var_loss_grad_np_reshape",
             "mse_loss_gradient with np.reshape and the factor 2 / N written once.",
             [(_GRAD_RETURN, "diff = y_pred - np.reshape(y_true, np.shape(y_pred))\n    return diff * (2.0 / diff.size)")]),
    _variant("loss", "var_loss_mse_loop",
             "mse_loss sums the squares in a Python loop and divides by the length.",
             [("    " + _MSE_RETURN,
               "    total = 0.0\n    for t, p in zip(y_true, y_pred):\n        total += (t - p) ** 2\n"
               "    return float(total / len(y_true))")]),
]

_FF_TAIL = (
    "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
    "    return float(o1)"
)
_FF_BODY = (
    "    p = params\n"
    "    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
    "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n" + _FF_TAIL
)
_SGD_BODY = (
    "    return {\n"
    "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
    "    }"
)
_EPOCH_LOSS = (
    "        predictions = [feedforward(params, x) for x in data]\n"
    "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
    "        losses.append(float(sum(errors) / len(errors)))"
)
_EPOCH_LOOP = (
    "    for _ in range(epochs):\n"
    "        for x, y_true in zip(data, all_y_trues):\n"
    "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
)
_CHANGED_CALLER = (IN_PLACE + ("same dict",), ("copy", "dict(params)", "new dict", "dict comprehension"))

BACKPROP = [
    _bug("backprop", "bp_dL_do1_missing_2",
         "backprop takes dL/do1 = -(y_true - o1), without the 2 of the square's derivative.",
         [[FACTOR_2]],
         [("d_L_d_o1 = -2.0 * (y_true - o1)", "d_L_d_o1 = -(y_true - o1)")]),
    _bug("backprop", "bp_output_slope_of_output",
         "backprop takes the output slope as sigmoid(o1) * (1 - sigmoid(o1)), applying the sigmoid to o1 a second time.",
         [[("o1 * (1 - o1)", "o1 * (1.0 - o1)", "already", "twice", "second time")]],
         [("d_o1 = o1 * (1.0 - o1)", "d_o1 = _sigmoid(o1) * (1.0 - _sigmoid(o1))")]),
    _bug("backprop", "bp_dh1_through_w6",
         "backprop's path from o1 back to h1 uses w6 (h2's weight) instead of w5.",
         [["w5", "h1"]],
         [("d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1", "d_L_d_h1 = d_L_d_o1 * p[\"w6\"] * d_o1")]),
    _bug("backprop", "bp_w2_input_x0",
         "backprop's dL/dw2 multiplies by x[0] instead of x[1], the input w2 weighs.",
         [["w2", "x[1]"]],
         [("\"w2\": d_L_d_h1 * x[1] * d_h1", "\"w2\": d_L_d_h1 * x[0] * d_h1")]),
    _bug("backprop", "bp_b2_with_h1_slope",
         "backprop's dL/db2 uses h1's slope d_h1 instead of h2's.",
         [["b2", "h2"]],
         [("\"b2\": d_L_d_h2 * d_h2", "\"b2\": d_L_d_h2 * d_h1")]),
    _bug("backprop", "bp_dL_averaged_over_dataset",
         "backprop divides dL/do1 by 4, the size of the lesson's data set, though L is one sample's loss.",
         [[("one sample", "single sample", "quarter", "1/4", "/ 4", "divid", "4 times", "four times")]],
         [("d_L_d_o1 = -2.0 * (y_true - o1)", "d_L_d_o1 = -2.0 * (y_true - o1) / 4  # mean over the 4 samples")]),
    _bug("backprop", "bp_feedforward_returns_all",
         "feedforward returns (h1, h2, o1) instead of o1 alone.",
         [[("return float(o1)", "return o1", "only o1", "just o1", "single float", "one float", "a float")]],
         [(_FF_TAIL, "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return h1, h2, o1")]),
    _bug("backprop", "bp_feedforward_no_b3",
         "feedforward leaves b3 out of o1's sum (backprop itself has it).",
         [["b3"]],
         [(_FF_TAIL, "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2)\n    return float(o1)")]),
    _bug("backprop", "bp_feedforward_h2_bias_b1",
         "feedforward gives h2 the bias b1 instead of b2 (a copy-paste slip).",
         [["b2", "h2"]],
         [("    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n" + _FF_TAIL,
           "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b1\"])\n" + _FF_TAIL)]),
    _bug("backprop", "bp_sgd_step_mutates",
         "sgd_step subtracts in place from the params dict it was given and returns that same dict.",
         [list(_CHANGED_CALLER)],
         [(_SGD_BODY, "    for name in PARAM_NAMES:\n        params[name] -= learn_rate * grads[name]\n    return params")]),
    _bug("backprop", "bp_sgd_returns_step",
         "sgd_step returns learn_rate * grads, the step, instead of the stepped parameters.",
         [[("params[name] -", "params - learn_rate", "subtract", "from params", "from the param")]],
         [("name: float(params[name] - learn_rate * grads[name])", "name: float(learn_rate * grads[name])")]),
    _bug("backprop", "bp_train_loss_before_updates",
         "train records each epoch's loss before the epoch's updates instead of after them.",
         [[("before", "start of"), "after"]],
         [(_EPOCH_LOOP + _EPOCH_LOSS,
           "    for _ in range(epochs):\n" + _EPOCH_LOSS + "\n"
           "        for x, y_true in zip(data, all_y_trues):\n"
           "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)")]),
    _bug("backprop", "bp_train_updates_caller_params",
         "train subtracts each step in place from the params dict it was given, changing the caller's start.",
         [list(_CHANGED_CALLER)],
         [("    params = dict(params)\n    losses = []\n" + _EPOCH_LOOP,
           "    losses = []\n    for _ in range(epochs):\n        for x, y_true in zip(data, all_y_trues):\n"
           "            grads = backprop(params, x, y_true)\n            for name in PARAM_NAMES:\n"
           "                params[name] -= learn_rate * grads[name]\n")]),
    _bug("backprop", "bp_train_loss_sum",
         "train records the sum of the squared errors over the data set, not their mean.",
         [[("mean", "average", "divide", "/ len"), ("sum", "4 times", "four times", "times the")]],
         [("losses.append(float(sum(errors) / len(errors)))", "losses.append(float(sum(errors)))")]),
    _bug("backprop", "bp_train_loss_of_last_sample",
         "train records the loss of the epoch's last sample only, not the MSE over the data set.",
         [[("whole data", "all samples", "every sample", "over the data", "all four", "entire data",
            "last sample", "each sample")]],
         [(_EPOCH_LOSS, "        losses.append(float((y_true - feedforward(params, x)) ** 2))")]),
    _bug("backprop", "bp_train_shuffles_samples",
         "train visits the samples in a fresh np.random.permutation order every epoch.",
         [[("shuffl", "permut", "random"), "order"]],
         [(_EPOCH_LOOP,
           "    for _ in range(epochs):\n        order = np.random.permutation(len(data))\n        for i in order:\n"
           "            x, y_true = data[i], all_y_trues[i]\n"
           "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n")]),
    _bug("backprop", "bp_train_extra_epoch",
         "train loops over range(epochs + 1), one epoch (and one loss) too many.",
         [[("range(epochs)", "epochs + 1", "one too many", "extra epoch", "one more", "too many")]],
         [("    for _ in range(epochs):\n", "    for _ in range(epochs + 1):\n")]),
    _bug("backprop", "bp_train_uses_module_data",
         "train's updates loop over the module's DATA and ALL_Y_TRUES instead of its arguments.",
         [[("argument", "parameter", "global", "passed in", "given data", "module-level", "data and all_y_trues")]],
         [("        for x, y_true in zip(data, all_y_trues):", "        for x, y_true in zip(DATA, ALL_Y_TRUES):")]),
    _variant("backprop", "var_bp_sgd_loop",
             "sgd_step fills a new dict in a loop.",
             [(_SGD_BODY,
               "    new_params = {}\n    for name in PARAM_NAMES:\n"
               "        new_params[name] = params[name] - learn_rate * grads[name]\n    return new_params")]),
    _variant("backprop", "var_bp_slopes_from_pre_activations",
             "backprop computes each sigmoid's slope from its pre-activation, sigmoid(z) * (1 - sigmoid(z)).",
             [("    d_o1 = o1 * (1.0 - o1)\n    d_h1 = h1 * (1.0 - h1)\n    d_h2 = h2 * (1.0 - h2)\n",
               "    def slope(z):\n        return _sigmoid(z) * (1.0 - _sigmoid(z))\n\n"
               "    d_o1 = slope(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
               "    d_h1 = slope(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
               "    d_h2 = slope(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n")]),
    _variant("backprop", "var_bp_train_index_loop",
             "train loops over sample indices and names the gradients.",
             [("        for x, y_true in zip(data, all_y_trues):\n"
               "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)",
               "        for i in range(len(data)):\n            grads = backprop(params, data[i], all_y_trues[i])\n"
               "            params = sgd_step(params, grads, learn_rate)")]),
    _variant("backprop", "var_bp_train_numpy_loss",
             "train computes each epoch's MSE with NumPy.",
             [(_EPOCH_LOSS,
               "        predictions = np.array([feedforward(params, x) for x in data])\n"
               "        losses.append(float(np.mean((np.asarray(all_y_trues, dtype=float) - predictions) ** 2)))")]),
    _variant("backprop", "var_bp_feedforward_dot",
             "feedforward writes each neuron's sum with np.dot.",
             [(_FF_BODY,
               "    w = params\n"
               "    h1 = _sigmoid(np.dot([w[\"w1\"], w[\"w2\"]], x) + w[\"b1\"])\n"
               "    h2 = _sigmoid(np.dot([w[\"w3\"], w[\"w4\"]], x) + w[\"b2\"])\n"
               "    o1 = _sigmoid(np.dot([w[\"w5\"], w[\"w6\"]], [h1, h2]) + w[\"b3\"])\n"
               "    return float(o1)")]),
]

_INIT_WEIGHTS = (
    "        self.W1 = rng.standard_normal((input_size, hidden_size))\n"
    "        self.b1 = np.zeros((1, hidden_size))\n"
    "        self.W2 = rng.standard_normal((hidden_size, output_size))"
)
_FORWARD_BODY = (
    "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
    "        return _sigmoid(A1 @ self.W2 + self.b2)"
)
_DZ2 = "dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)"
_BACKWARD_TAIL = (
    "        " + _DZ2 + "\n"
    "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)\n"
    "        return {\n"
    "            \"W1\": X.T @ dZ1,\n"
    "            \"b1\": dZ1.sum(axis=0, keepdims=True),\n"
    "            \"W2\": A1.T @ dZ2,\n"
    "            \"b2\": dZ2.sum(axis=0, keepdims=True),\n"
    "        }"
)
_STEP_BODY = (
    "        for name in PARAM_NAMES:\n"
    "            param = getattr(self, name)\n"
    "            param -= self.lr * grads[name]"
)
_FIT_BODY = (
    "        losses = np.empty(epochs)\n"
    "        for epoch in range(epochs):\n"
    "            losses[epoch] = self.loss(X, y)\n"
    "            self.step(self.backward(X, y))\n"
    "        return losses"
)
_PREDICT = "return (self.forward(X) >= 0.5).astype(int)"

MLP = [
    _bug("mlp", "mlp_init_uniform",
         "MLP draws its weights with rng.random (uniform on [0, 1)) instead of rng.standard_normal.",
         [["standard_normal"], ["standard normal"], ["normal distribution"]],
         [("self.W1 = rng.standard_normal((input_size, hidden_size))", "self.W1 = rng.random((input_size, hidden_size))"),
          ("self.W2 = rng.standard_normal((hidden_size, output_size))", "self.W2 = rng.random((hidden_size, output_size))")]),
    _bug("mlp", "mlp_init_legacy_global_seed",
         "MLP seeds the global legacy generator (np.random.seed, np.random.randn) instead of default_rng(seed).",
         [[("default_rng",)]],
         [("        rng = np.random.default_rng(seed)\n        self.lr = lr\n" + _INIT_WEIGHTS,
           "        np.random.seed(seed)\n        self.lr = lr\n"
           "        self.W1 = np.random.randn(input_size, hidden_size)\n"
           "        self.b1 = np.zeros((1, hidden_size))\n"
           "        self.W2 = np.random.randn(hidden_size, output_size)")]),
    _bug("mlp", "mlp_init_W2_drawn_first",
         "MLP draws W2 before W1 from the seeded generator.",
         [[("w1 first", "first w1", "order", "then w2", "before w2")]],
         [(_INIT_WEIGHTS,
           "        self.W2 = rng.standard_normal((hidden_size, output_size))\n"
           "        self.W1 = rng.standard_normal((input_size, hidden_size))\n"
           "        self.b1 = np.zeros((1, hidden_size))")]),
    _bug("mlp", "mlp_init_W1_shape_swapped",
         "MLP makes W1 of shape (hidden_size, input_size).",
         [[("(input_size, hidden_size)",)]],
         [("self.W1 = rng.standard_normal((input_size, hidden_size))",
           "self.W1 = rng.standard_normal((hidden_size, input_size))")]),
    _bug("mlp", "mlp_b1_one_dimensional",
         "MLP makes b1 = np.zeros(hidden_size), of shape (hidden_size,) instead of (1, hidden_size).",
         [[("(1, hidden_size)", "2-d", "two-dimensional", "(1, h", "one row")]],
         [("self.b1 = np.zeros((1, hidden_size))", "self.b1 = np.zeros(hidden_size)")]),
    _bug("mlp", "mlp_init_scaled_small",
         "MLP scales its initial weights by 0.01, as a tutorial does, instead of standard normal draws.",
         [[("0.01", "scal")]],
         [("self.W1 = rng.standard_normal((input_size, hidden_size))",
           "self.W1 = 0.01 * rng.standard_normal((input_size, hidden_size))"),
          ("self.W2 = rng.standard_normal((hidden_size, output_size))",
           "self.W2 = 0.01 * rng.standard_normal((hidden_size, output_size))")]),
    _bug("mlp", "mlp_forward_no_b2",
         "forward leaves b2 out of the output layer's sum.",
         [["b2"]],
         [("return _sigmoid(A1 @ self.W2 + self.b2)", "return _sigmoid(A1 @ self.W2)")]),
    _bug("mlp", "mlp_loss_no_reshape",
         "loss compares A2 of shape (m, 1) with y of shape (m,) as given, broadcasting to (m, m).",
         [[("broadcast", "(m, m)"), ("reshape", "a2.shape")]],
         [("        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n        return float(np.mean((A2 - Y) ** 2))",
           "        Y = np.asarray(y, dtype=float)\n        return float(np.mean((A2 - Y) ** 2))")]),
    _bug("mlp", "mlp_loss_mean_axis0",
         "loss takes np.mean(..., axis=0), one mean per output, which fails to be one float for several outputs.",
         [["axis", ("all elements", "every element", "all m * output_size", "all outputs", "one number", "single number")]],
         [("return float(np.mean((A2 - Y) ** 2))", "return float(np.mean((A2 - Y) ** 2, axis=0))")]),
    _bug("mlp", "mlp_backward_N_is_m",
         "backward divides by m = X.shape[0] instead of N = m * output_size.",
         [[("m * output_size", "a2.size", "all outputs", "output_size", "number of outputs", "every output")]],
         [(_DZ2, "dZ2 = 2.0 * (A2 - Y) / X.shape[0] * A2 * (1.0 - A2)")]),
    _bug("mlp", "mlp_db1_axis1",
         "backward sums dZ1 over axis 1 (the hidden units) for db1 instead of over the samples.",
         [["axis=0"], ["axis 0"], ["over the samples"]],
         [("\"b1\": dZ1.sum(axis=0, keepdims=True)", "\"b1\": dZ1.sum(axis=1, keepdims=True)")]),
    _bug("mlp", "mlp_db2_no_keepdims",
         "backward returns db2 = dZ2.sum(axis=0), of shape (output_size,) instead of (1, output_size).",
         [["keepdims"], ["(1, output_size)"]],
         [("\"b2\": dZ2.sum(axis=0, keepdims=True)", "\"b2\": dZ2.sum(axis=0)")]),
    _bug("mlp", "mlp_dW2_uses_Z1",
         "backward's dW2 multiplies the pre-activations Z1 (X @ W1 + b1) instead of the activations A1.",
         [[("a1.t", "a1, not z1", "activation")]],
         [("\"W2\": A1.T @ dZ2", "\"W2\": (X @ self.W1 + self.b1).T @ dZ2")]),
    _bug("mlp", "mlp_dZ1_output_slope",
         "backward's dZ1 multiplies by the output layer's slope A2 * (1 - A2) instead of A1 * (1 - A1).",
         [[("a1 * (1 - a1)", "a1 * (1.0 - a1)", "hidden layer's slope", "slope of the hidden")]],
         [("dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)", "dZ1 = (dZ2 @ self.W2.T) * A2 * (1.0 - A2)")]),
    _bug("mlp", "mlp_dZ2_cross_entropy_mean",
         "backward takes dZ2 = (A2 - Y) / N, the cross-entropy gradient averaged, without the sigmoid's slope and the 2.",
         [["a2 * (1 - a2)"], ["cross-entropy"], ["cross entropy"]],
         [(_DZ2, "dZ2 = (A2 - Y) / A2.size")]),
    _bug("mlp", "mlp_dZ2_missing_2",
         "backward's dZ2 leaves out the factor 2 of the squared error's derivative.",
         [[FACTOR_2 + ("2 / (",)]],
         [(_DZ2, "dZ2 = (A2 - Y) / A2.size * A2 * (1.0 - A2)")]),
    _bug("mlp", "mlp_backward_lowercase_keys",
         "backward returns the weight gradients under the keys 'w1' and 'w2' instead of 'W1' and 'W2'.",
         [[("key", "keys"), ("w1", "w2", "param_names")]],
         [("            \"W1\": X.T @ dZ1,", "            \"w1\": X.T @ dZ1,"),
          ("            \"W2\": A1.T @ dZ2,", "            \"w2\": A1.T @ dZ2,")]),
    _bug("mlp", "mlp_step_rebinds_local",
         "step writes param = param - lr * grad, which rebinds a local name and leaves the attributes as they were.",
         [[("setattr", "in place", "in-place", "rebind", "local", "never stored", "not stored", "self.w1 =")]],
         [("            param -= self.lr * grads[name]", "            param = param - self.lr * grads[name]")]),
    _bug("mlp", "mlp_step_fixed_lr",
         "step uses the default rate 0.1 instead of self.lr.",
         [["self.lr"], ["learning rate", "0.1"]],
         [("param -= self.lr * grads[name]", "param -= 0.1 * grads[name]")]),
    _bug("mlp", "mlp_step_skips_biases",
         "step updates only W1 and W2; the biases never move.",
         [["b1", "b2"], ["biases"]],
         [("        for name in PARAM_NAMES:\n            param = getattr(self, name)",
           "        for name in (\"W1\", \"W2\"):\n            param = getattr(self, name)")]),
    _bug("mlp", "mlp_fit_reinitialises",
         "fit calls self.__init__ first, drawing fresh unseeded weights instead of starting from the current ones.",
         [[("re-initial", "reinitial", "current parameters", "re-draw", "redraw", "__init__", "starting parameters",
            "from the current")]],
         [("        losses = np.empty(epochs)\n",
           "        self.__init__(self.W1.shape[0], self.W1.shape[1], self.W2.shape[1], self.lr)\n"
           "        losses = np.empty(epochs)\n")]),
    _bug("mlp", "mlp_fit_loss_after_step",
         "fit records each epoch's loss after the step instead of before it.",
         [["before", ("step", "update")]],
         [("            losses[epoch] = self.loss(X, y)\n            self.step(self.backward(X, y))",
           "            self.step(self.backward(X, y))\n            losses[epoch] = self.loss(X, y)")]),
    _bug("mlp", "mlp_fit_range_from_one",
         "fit loops over range(1, epochs): one step fewer, and losses[0] is left as np.empty's garbage.",
         [[("range(epochs)", "epochs - 1", "one step", "one epoch fewer", "losses[0]", "one fewer", "first epoch")]],
         [("for epoch in range(epochs):", "for epoch in range(1, epochs):")]),
    _bug("mlp", "mlp_fit_per_sample_steps",
         "fit takes one step per sample (stochastic updates) instead of one full-batch step per epoch.",
         [[("full-batch", "full batch", "whole batch", "all samples at once", "whole data set", "one step per epoch")]],
         [("            self.step(self.backward(X, y))",
           "            for i in range(len(X)):\n                self.step(self.backward(X[i:i + 1], y[i:i + 1]))")]),
    _bug("mlp", "mlp_forward_loop_over_samples",
         "forward runs a Python loop over the samples, one row at a time.",
         [["loop", ("vectoris", "vectoriz", "whole batch", "x @ w1", "all samples at once", "matrix")]],
         [(_FORWARD_BODY,
           "        rows = []\n        for x in np.asarray(X, dtype=float):\n"
           "            a1 = _sigmoid(x @ self.W1 + self.b1)\n"
           "            rows.append(_sigmoid(a1 @ self.W2 + self.b2)[0])\n        return np.array(rows)")]),
    _bug("mlp", "mlp_predict_round",
         "predict rounds the outputs with np.round, which sends exactly 0.5 to 0 (round half to even).",
         [["round", ">= 0.5"]],
         [(_PREDICT, "return np.round(self.forward(X)).astype(int)")]),
    _bug("mlp", "mlp_predict_flattened",
         "predict flattens its labels to shape (m * output_size,) instead of (m, output_size).",
         [[("(m, output_size)", "ravel", "flatten", "(m, 1)")]],
         [(_PREDICT, "return (self.forward(X) >= 0.5).astype(int).ravel()")]),
    _bug("mlp", "mlp_fit_returns_self",
         "fit returns self, as scikit-learn's fit does, instead of the array of losses.",
         [[("return losses", "the losses", "array of losses", "recorded losses")]],
         [("            self.step(self.backward(X, y))\n        return losses",
           "            self.step(self.backward(X, y))\n        return self")]),
    _bug("mlp", "mlp_module_rng_ignores_seed",
         "MLP draws from one module-level default_rng(42) shared by all networks, ignoring seed.",
         [[("default_rng(seed)", "the seed", "seed argument", "ignor", "use seed", "seed is")]],
         [("PARAM_NAMES = (\"W1\", \"b1\", \"W2\", \"b2\")",
           "PARAM_NAMES = (\"W1\", \"b1\", \"W2\", \"b2\")\nRNG = np.random.default_rng(42)"),
          ("        rng = np.random.default_rng(seed)\n", "        rng = RNG\n")]),
    _variant("mlp", "var_mlp_step_explicit",
             "step updates the four attributes one by one with -=.",
             [(_STEP_BODY,
               "        self.W1 -= self.lr * grads[\"W1\"]\n        self.b1 -= self.lr * grads[\"b1\"]\n"
               "        self.W2 -= self.lr * grads[\"W2\"]\n        self.b2 -= self.lr * grads[\"b2\"]")]),
    _variant("mlp", "var_mlp_backward_stepwise",
             "backward names every intermediate (dA2, dZ2, dA1, dZ1) and uses np.dot and reshape(1, -1).",
             [(_BACKWARD_TAIL,
               "        m = X.shape[0]\n"
               "        dA2 = 2.0 * (A2 - Y) / (m * self.W2.shape[1])\n"
               "        dZ2 = dA2 * A2 * (1.0 - A2)\n"
               "        dW2 = np.dot(A1.T, dZ2)\n"
               "        db2 = np.sum(dZ2, axis=0).reshape(1, -1)\n"
               "        dA1 = np.dot(dZ2, self.W2.T)\n"
               "        dZ1 = dA1 * A1 * (1.0 - A1)\n"
               "        dW1 = np.dot(X.T, dZ1)\n"
               "        db1 = np.sum(dZ1, axis=0).reshape(1, -1)\n"
               "        return {\"W1\": dW1, \"b1\": db1, \"W2\": dW2, \"b2\": db2}")]),
    _variant("mlp", "var_mlp_loss_sum_over_size",
             "loss as the sum of squares over A2.size.",
             [("return float(np.mean((A2 - Y) ** 2))", "return float(np.sum(np.square(A2 - Y)) / A2.size)")]),
    _variant("mlp", "var_mlp_fit_list",
             "fit collects the losses in a list and returns np.array of it.",
             [(_FIT_BODY,
               "        history = []\n        for _ in range(epochs):\n            history.append(self.loss(X, y))\n"
               "            grads = self.backward(X, y)\n            self.step(grads)\n        return np.array(history)")]),
    _variant("mlp", "var_mlp_predict_where",
             "predict as np.where(forward(X) >= 0.5, 1, 0).",
             [(_PREDICT, "return np.where(self.forward(X) >= 0.5, 1, 0)")]),
    _variant("mlp", "var_mlp_forward_named",
             "forward names Z1, A1, Z2 and uses np.dot.",
             [(_FORWARD_BODY,
               "        X = np.asarray(X, dtype=float)\n        Z1 = np.dot(X, self.W1) + self.b1\n"
               "        A1 = _sigmoid(Z1)\n        Z2 = np.dot(A1, self.W2) + self.b2\n        return _sigmoid(Z2)")]),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
