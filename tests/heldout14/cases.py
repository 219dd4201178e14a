"""A fourteenth held-out corpus of beginner mistakes, written blind.

Written from ``/work/shared/COURSE_SPEC.md``, the reference solutions, a grep of the stubs and
``tests/test_heldout.py``; the case names and ``did`` lines of heldout3 to heldout13 were
listed (by parsing them with ``ast``) only to keep every bug here a different mistake from
theirs. No check, hint, mistake recogniser or other part of ``autograder/`` was opened, nor
``tests/corpus/``, nor the probe's source, nor the git history (see ``README.md`` beside this
file).

The format is that of ``tests/heldout6/cases.py`` (``name``, ``module``, ``kind``, ``edits``,
``did``, ``names``), so ``tests/heldout/measure.py --cases`` grades it unchanged. ``edits`` are
exact (old, new) replacements in ``solutions/<module>.py``. ``names`` lists alternatives; each
alternative is a list of keyword groups (a string, or a tuple of spellings), and a hint names the
mistake when, for some alternative, it holds one spelling of every group. The keywords were fixed
when each case was written, before the grader saw any of them.

This corpus leans on kinds the earlier ones used little: modules that fail at import time
(default arguments and annotations evaluated by ``def``, a test line left above a definition,
``np.array`` given three arguments), Python operators and builtins used on the wrong objects
(``^``, ``*`` on lists, braces that make a set, missing commas, a dict unpacked into its keys,
``int()`` of an array, a method's result thrown away), shape habits from tutorials
(``[:, np.newaxis]``, ``reshape(1, -1)``, ``reshape(-1, 1)``, ``/ A2.shape``) and state kept or
changed where it should not be.
"""


def _bug(module, name, did, names, edits):
    return {"name": name, "module": module, "kind": "bug", "edits": edits, "did": did, "names": names}


def _variant(module, name, did, edits):
    return {"name": name, "module": module, "kind": "variant", "edits": edits, "did": did, "names": None}


IN_PLACE = ("in place", "in-place", "modif", "changed", "overwr", "mutat")
PARENS = ("parenthes", "bracket", "precedence")

# ---------------------------------------------------------------------------- gates

G_THRESHOLD = (
    "    if isinstance(z, np.ndarray):\n"
    "        return (z >= 0.5).astype(int)\n"
    "    return int(z >= 0.5)"
)
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"
G_Z_RETURN = G_Z + "\n    return threshold(z)"
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)"
)
G_AND = "AND_WEIGHTS = (-0.5, 0.6, 0.6)"
G_OR = "OR_WEIGHTS = (0.0, 0.6, 0.6)"
G_NAND = "NAND_WEIGHTS = (1.5, -0.6, -0.6)"
G_NOR = "NOR_WEIGHTS = (0.5, -0.6, -0.6)"

GATES = [
    _bug("gates", "gates_threshold_any_for_array",
         "threshold silences the 'truth value of an array is ambiguous' error with "
         "if np.any(z >= 0.5): return 1, so an array gives one 1 or 0 for the whole array instead "
         "of an integer array of z's shape.",
         [[("np.any", "any(", ".any")],
          [("single", "one number", "one value", "scalar"),
           ("same shape", "input's shape", "shape of z", "z's shape", "element-wise", "elementwise",
            "each element")]],
         [(G_THRESHOLD, "    if np.any(z >= 0.5):\n        return 1\n    return 0")]),
    _bug("gates", "gates_perceptron_inputs_wrapped_in_list",
         "perceptron converts each input with np.array([x1]), wrapping it in a list first, which "
         "adds an axis: two numbers give a shape-(1,) array instead of an int, and arrays of inputs "
         "gain a leading axis of length 1.",
         [[("np.array([x1])", "[x1]", "extra axis", "extra dimension", "leading axis", "adds an axis",
            "added axis", "shape (1,")],
          [("python int", "an int for", "int for two numbers"), ("array",)]],
         [(G_Z, "    z = w0 + w1 * np.array([x1]) + w2 * np.array([x2])")]),
    _bug("gates", "gates_perceptron_one_based_indexing",
         "perceptron reads the three weights as weights[1], weights[2], weights[3], counting from 1 "
         "as the names w0, w1, w2 on paper do not, so every call raises IndexError.",
         [[("index", "indices", "indexing"),
           ("from 0", "from zero", "zero-based", "0-based", "starts at 0", "start at 0", "weights[0]",
            "one-based", "1-based")],
          [("indexerror",), ("weights[3]", "weights[0]", "three weights", "out of range")]],
         [("    w0, w1, w2 = weights\n", "    w0, w1, w2 = weights[1], weights[2], weights[3]\n")]),
    _bug("gates", "gates_and_weights_np_array_three_arguments",
         "AND_WEIGHTS = np.array(-0.5, 0.6, 0.6) passes the three numbers as separate arguments "
         "instead of one tuple or list, so the module raises TypeError as soon as it is imported.",
         [[("and_weights",), ("typeerror", "import", "positional", "arguments")],
          [("np.array(",), ("separate arguments", "three arguments", "positional", "one tuple",
                            "one list", "a tuple", "a list")]],
         [(G_AND, "AND_WEIGHTS = np.array(-0.5, 0.6, 0.6)")]),
    _bug("gates", "gates_test_call_above_xor_def",
         "A test line print([xor(a, b) ...]) left at module level under the NOR weights calls xor "
         "before its def has run, so importing the module raises NameError.",
         [[("nameerror",), ("xor",)],
          [("import",), ("xor",), ("before", "module level", "module-level", "top level", "top-level")],
          [("print",), ("module level", "module-level", "top level", "top-level")]],
         [(G_NOR, G_NOR + '\nprint("xor:", [xor(a, b) for a in (0, 1) for b in (0, 1)])')]),
    _bug("gates", "gates_nand_weights_commas_missing",
         "NAND_WEIGHTS = (1.5 -0.6 -0.6) has no commas, so Python computes 1.5 - 0.6 - 0.6 and "
         "NAND_WEIGHTS is one float, 0.3, which perceptron cannot unpack into three weights (and "
         "xor fails with it).",
         [[("comma",)],
          [("nand_weights",), ("float", "one number", "single number", "not a tuple", "unpack")]],
         [(G_NAND, "NAND_WEIGHTS = (1.5 -0.6 -0.6)")]),
    _bug("gates", "gates_or_weights_tuple_concatenation",
         "OR_WEIGHTS = AND_WEIGHTS + (0.5, 0.0, 0.0), meant to raise AND's bias by 0.5, joins the "
         "two tuples into six numbers instead of adding them element-wise, so unpacking three "
         "weights fails (and xor fails with it).",
         [[("concatenat", "joins", "joined", "six numbers", "six values", "6 values", "6 numbers",
            "6 elements", "too many values")],
          [("or_weights",), ("tuple",), ("element-wise", "elementwise", "add")]],
         [(G_OR, "OR_WEIGHTS = AND_WEIGHTS + (0.5, 0.0, 0.0)")]),
    _bug("gates", "gates_xor_calls_undefined_gate_functions",
         "xor calls OR(x1, x2), NAND(x1, x2) and AND(either, not_both), gate functions the student "
         "never wrote, instead of perceptron with the gate weights, so xor raises NameError.",
         [[("nameerror",)],
          [("perceptron(",), ("or_weights", "nand_weights", "and_weights")],
          [("not defined", "undefined", "never defined", "no function")]],
         [(G_XOR,
           "    either = OR(x1, x2)\n"
           "    not_both = NAND(x1, x2)\n"
           "    return AND(either, not_both)")]),
    _bug("gates", "gates_threshold_shifts_input_in_place",
         "threshold's array branch shifts the sums with z -= 0.5 and compares with 0, which changes "
         "the caller's float array in place (and raises a casting error for an integer array).",
         [[IN_PLACE, ("array", "input", "argument", "caller")],
          [("z -= 0.5", "-=")]],
         [(G_THRESHOLD,
           "    if isinstance(z, np.ndarray):\n"
           "        z -= 0.5\n"
           "        return (z >= 0).astype(int)\n"
           "    return int(z >= 0.5)")]),
    _bug("gates", "gates_or_weights_set_braces",
         "OR_WEIGHTS = {0.0, 0.6, 0.6} is written with braces, which make a set: the repeated 0.6 "
         "collapses and the order is lost, so it holds two numbers and unpacking three weights "
         "fails.",
         [[("braces", "curly", "set literal", "a set", "python set")],
          [("or_weights",), ("duplicate", "repeated", "two values", "two numbers", "only two")]],
         [(G_OR, "OR_WEIGHTS = {0.0, 0.6, 0.6}")]),
    _bug("gates", "gates_perceptron_thresholds_each_term",
         "perceptron applies threshold to each term, threshold(w0) + threshold(w1 * x1) + "
         "threshold(w2 * x2), instead of once to their sum, so it can return 2 or 3 and fires "
         "whenever one term alone reaches 0.5.",
         [[("sum",), ("threshold",),
           ("each term", "every term", "separately", "once", "per term", "the whole")]],
         [(G_Z_RETURN,
           "    x1, x2 = np.asarray(x1), np.asarray(x2)\n"
           "    return threshold(w0) + threshold(w1 * x1) + threshold(w2 * x2)")]),
    # ----- variants
    _variant("gates", "var_gates_threshold_comprehension_reshaped",
             "threshold's array branch builds the 0/1 values with a comprehension over z.flat and "
             "reshapes an integer array back to z's shape.",
             [(G_THRESHOLD,
               "    if isinstance(z, np.ndarray):\n"
               "        flags = [1 if value >= 0.5 else 0 for value in z.flat]\n"
               "        return np.array(flags, dtype=int).reshape(z.shape)\n"
               "    return int(z >= 0.5)")]),
    _variant("gates", "var_gates_threshold_isscalar",
             "threshold tests np.isscalar(z) for the number branch (Python and NumPy scalars) and "
             "uses np.greater_equal(...).astype(int) for arrays, 0-d ones included.",
             [(G_THRESHOLD,
               "    if np.isscalar(z):\n"
               "        return 1 if z >= 0.5 else 0\n"
               "    return np.greater_equal(z, 0.5).astype(int)")]),
    _variant("gates", "var_gates_and_halves",
             "AND_WEIGHTS = (-0.5, 0.5, 0.5): one input sums to exactly 0.0, both to exactly 0.5, "
             "which fires.",
             [(G_AND, "AND_WEIGHTS = (-0.5, 0.5, 0.5)")]),
    _variant("gates", "var_gates_or_quarters",
             "OR_WEIGHTS = (0.25, 0.25, 0.25): (0, 0) sums to 0.25, one input on to exactly 0.5.",
             [(G_OR, "OR_WEIGHTS = (0.25, 0.25, 0.25)")]),
    _variant("gates", "var_gates_nor_three_quarters",
             "NOR_WEIGHTS = (1.0, -0.75, -0.75): (0, 0) sums to 1, one input on to 0.25, both to -0.5.",
             [(G_NOR, "NOR_WEIGHTS = (1.0, -0.75, -0.75)")]),
    _variant("gates", "var_gates_perceptron_ufuncs",
             "perceptron builds the sum with np.multiply and np.add in the same order as "
             "w0 + w1*x1 + w2*x2 (lists and numbers accepted by the ufuncs).",
             [(G_Z, "    z = np.add(np.add(w0, np.multiply(w1, x1)), np.multiply(w2, x2))")]),
]

# ---------------------------------------------------------------------------- perceptron

P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
P_UPDATE = "                update = self.lr * (y_i - prediction)"
P_WEIGHTS = "                self.weights += update * x_i  # our own array: safe in place"
P_BIAS = "                self.bias = float(self.bias + update)"
P_ZIP = "            for x_i, y_i in zip(X, y):\n"
P_PREDICT = (
    "        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n"
    "        return (z >= 0).astype(int)"
)

PERCEPTRON = [
    _bug("perceptron", "perceptron_label_always_first",
         "fit loops over indices and reads x_i = X[i] but y_i = y[0] (a 0 typed for i), so every "
         "sample is trained with the first sample's label.",
         [[("y[0]",)],
          [("label",), ("first sample", "first label", "same label", "y[i]")]],
         [(P_ZIP, "            for i in range(len(X)):\n                x_i, y_i = X[i], y[0]\n")]),
    _bug("perceptron", "perceptron_lr_without_self",
         "fit writes update = lr * (y_i - prediction) without self., so the name lr is undefined "
         "inside the method and fit raises NameError.",
         [[("self.lr",)], [("nameerror",), ("lr",)]],
         [(P_UPDATE, "                update = lr * (y_i - prediction)")]),
    _bug("perceptron", "perceptron_weights_update_dedented",
         "fit's weights line is dedented out of the sample loop, so the weights move once per epoch "
         "with the last sample's update and input, while the bias is still updated after every "
         "sample.",
         [[("weights",),
           ("indent", "dedent", "outside the loop", "out of the loop", "after the loop",
            "once per epoch", "inside the sample loop", "inside the loop")]],
         [(P_WEIGHTS + "\n" + P_BIAS,
           P_BIAS + "\n            self.weights += update * x_i  # our own array: safe in place")]),
    _bug("perceptron", "perceptron_prediction_elementwise_product",
         "fit's training prediction multiplies x_i * self.weights element-wise instead of taking "
         "the dot product, so the sum is an array and 'if' raises 'truth value of an array is "
         "ambiguous' (with a single feature it happens to work).",
         [[("dot product", "np.dot", "x_i @", "@ self.weights", "x_i.dot")],
          [("element-wise", "elementwise"), ("sum",)]],
         [(P_PRED, "                prediction = 1 if x_i * self.weights + self.bias >= 0 else 0")]),
    _bug("perceptron", "perceptron_fit_default_from_self",
         "fit is defined as fit(self, X, y, lr=self.lr) to default to the perceptron's rate, but "
         "defaults are evaluated when the class body runs, where self does not exist, so importing "
         "the module raises NameError.",
         [[("default",), ("self",)],
          [("nameerror",), ("self",)],
          [("import",), ("lr=self.lr",)]],
         [("    def fit(self, X, y):", "    def fit(self, X, y, lr=self.lr):"),
          (P_UPDATE, "                update = lr * (y_i - prediction)")]),
    _bug("perceptron", "perceptron_learning_rate_attribute",
         "fit reads self.learning_rate, a tutorial's name for the rate, while the constructor "
         "stores it as self.lr, so fit raises AttributeError.",
         [[("learning_rate",)], [("attributeerror",), ("self.lr",)]],
         [(P_UPDATE, "                update = self.learning_rate * (y_i - prediction)")]),
    _bug("perceptron", "perceptron_loops_over_int",
         "fit loops for _ in self.epochs, iterating over the integer itself instead of "
         "range(self.epochs), so fit raises TypeError ('int' object is not iterable).",
         [[("range(",)], [("not iterable", "iterable")]],
         [("        for _ in range(self.epochs):", "        for _ in self.epochs:")]),
    _bug("perceptron", "perceptron_update_only_set_when_wrong",
         "fit sets update only inside if prediction != y_i, so after a correct prediction the "
         "weights and bias are moved again by the previous mistake's stale update (and a correct "
         "first sample raises UnboundLocalError).",
         [[("stale", "previous update", "previous mistake", "previous sample", "leftover",
            "left over", "unboundlocalerror", "last update")],
          [("update",), ("correct", "right prediction", "no mistake"), ("zero", "= 0", "is 0")]],
         [(P_UPDATE + "\n",
           "                if prediction != y_i:\n"
           "                    update = self.lr * (y_i - prediction)\n")]),
    _bug("perceptron", "perceptron_predict_weights_eq_none",
         "predict tests self.weights == None instead of is None; after fit that compares every "
         "weight with None and gives an array, so the if raises 'truth value of an array is "
         "ambiguous'.",
         [[("is none",)], [("== none",)], [("ambiguous",), ("none",)]],
         [("        if self.weights is None:", "        if self.weights == None:")]),
    _bug("perceptron", "perceptron_scales_X_by_lr_in_place",
         "fit multiplies X by the learning rate once, in place (X *= self.lr), and drops lr from "
         "the weight step; that rescales the caller's float array, and the training predictions "
         "then use the scaled inputs, so the learned weights differ.",
         [[IN_PLACE, ("caller", "argument", "input", "training data", "x *=")],
          [("x *= self.lr", "x *= lr")],
          [("learning rate", "lr"), ("scal", "multipl"), ("features", "inputs", "x_i")]],
         [("        X = np.asarray(X, dtype=float)\n        y = np.asarray(y, dtype=float)\n",
           "        X = np.asarray(X, dtype=float)\n        X *= self.lr  # scale once, not every update\n"
           "        y = np.asarray(y, dtype=float)\n"),
          (P_UPDATE + "\n" + P_WEIGHTS + "\n" + P_BIAS,
           "                update = y_i - prediction\n"
           "                self.weights += update * x_i\n"
           "                self.bias = float(self.bias + self.lr * update)")]),
    _bug("perceptron", "perceptron_predict_reshapes_to_one_row",
         "predict reshapes X with .reshape(1, -1), the single-sample habit, which flattens all the "
         "samples into one row, so X @ weights fails for more than one sample.",
         [[("reshape(1, -1)", "reshape(1,-1)", "one row", "single row", "single sample")]],
         [("        z = np.asarray(X, dtype=float) @ self.weights + self.bias",
           "        z = np.asarray(X, dtype=float).reshape(1, -1) @ self.weights + self.bias")]),
    # ----- variants
    _variant("perceptron", "var_perceptron_predict_against_minus_bias",
             "predict compares X @ weights with -bias instead of adding the bias and comparing "
             "with 0 (the same test: a rounded sum is zero only when exactly zero).",
             [(P_PREDICT,
               "        sums = np.asarray(X, dtype=float) @ self.weights\n"
               "        return (sums >= -self.bias).astype(int)")]),
    _variant("perceptron", "var_perceptron_fit_index_loop",
             "fit walks the samples by index and takes np.dot(x_i, weights) for the sum.",
             [(P_ZIP + P_PRED,
               "            for i in range(X.shape[0]):\n"
               "                x_i, y_i = X[i], y[i]\n"
               "                prediction = 1 if np.dot(x_i, self.weights) + self.bias >= 0 else 0")]),
    _variant("perceptron", "var_perceptron_predict_rows_loop",
             "predict classifies row by row with a comprehension and returns an integer array.",
             [(P_PREDICT,
               "        X = np.asarray(X, dtype=float)\n"
               "        labels = [1 if row @ self.weights + self.bias >= 0 else 0 for row in X]\n"
               "        return np.array(labels, dtype=int)")]),
    _variant("perceptron", "var_perceptron_bias_as_constant_input",
             "fit appends a constant input 1 to every sample and learns the bias as its weight, "
             "then splits it off into weights and bias.",
             [("        self.weights = np.zeros(X.shape[1])\n"
               "        self.bias = 0.0\n"
               "        for _ in range(self.epochs):\n"
               + P_ZIP + P_PRED + "\n" + P_UPDATE + "\n" + P_WEIGHTS + "\n" + P_BIAS + "\n"
               "        return self",
               "        X1 = np.hstack([X, np.ones((X.shape[0], 1))])  # constant input for the bias\n"
               "        w = np.zeros(X1.shape[1])\n"
               "        for _ in range(self.epochs):\n"
               "            for x_i, y_i in zip(X1, y):\n"
               "                prediction = 1 if x_i @ w >= 0 else 0\n"
               "                w += self.lr * (y_i - prediction) * x_i\n"
               "        self.weights = w[:-1].copy()\n"
               "        self.bias = float(w[-1])\n"
               "        return self")]),
    _variant("perceptron", "var_perceptron_update_only_on_mistakes",
             "fit computes the error and touches weights and bias only when it is nonzero.",
             [(P_UPDATE + "\n" + P_WEIGHTS + "\n" + P_BIAS,
               "                error = y_i - prediction\n"
               "                if error != 0:\n"
               "                    self.weights += (self.lr * error) * x_i\n"
               "                    self.bias = float(self.bias + self.lr * error)")]),
]

# ---------------------------------------------------------------------------- activations

A_SIGMOID = (
    "    z = np.asarray(z, dtype=float)\n"
    "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
    "    return np.where(z >= 0, 1.0, e) / (1.0 + e)"
)
A_SIGMOID_RETURN = "    return np.where(z >= 0, 1.0, e) / (1.0 + e)"
A_SIG_DERIV = "    s = sigmoid(z)\n    return s * (1.0 - s)"
A_TANH_DERIV = "    return 1.0 - tanh(z) ** 2"
A_RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)"
A_RELU_DERIV = "    return (np.asarray(z) > 0).astype(float)"
A_LEAKY = (
    "    # positive part plus alpha times the negative part: one of them is 0\n"
    "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)"
)
A_SOFTMAX_RETURN = "    return exps / np.sum(exps, axis=-1, keepdims=True)"
A_SOFTMAX_TWO = (
    "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n" + A_SOFTMAX_RETURN
)

ACTIVATIONS = [
    _bug("activations", "act_sigmoid_textbook_overflows",
         "sigmoid is the textbook 1 / (1 + np.exp(-z)); the values are right, but for z = -1000 "
         "np.exp(1000) overflows with a RuntimeWarning, where the spec asks for no warnings at "
         "magnitude 1000.",
         [[("overflow",)], [("stable",), ("exp",)],
          [("np.exp(-z)", "exp(-z)"), ("large", "1000", "warning")]],
         [(A_SIGMOID, "    z = np.asarray(z, dtype=float)\n    return 1.0 / (1.0 + np.exp(-z))")]),
    _bug("activations", "act_softmax_sum_newaxis_two_d",
         "softmax divides by np.sum(exps, axis=-1)[:, np.newaxis], the 2-D tutorial's way to keep "
         "the axis, which raises IndexError for a 1-D vector and misaligns inputs of three or more "
         "dimensions, instead of keepdims=True.",
         [[("keepdims",)],
          [("newaxis", "[:, none]", "none]"),
           ("1-d", "1d", "vector", "one-dimensional", "any shape", "dimension")]],
         [(A_SOFTMAX_RETURN, "    return exps / np.sum(exps, axis=-1)[:, np.newaxis]")]),
    _bug("activations", "act_relu_abs_formula_precedence",
         "relu writes the identity (|z| + z) / 2 as np.abs(z) + z / 2, without the parentheses, so "
         "only z is halved: positive inputs give 1.5 z and negative ones -z / 2.",
         [[PARENS], [("(|z| + z) / 2", "(abs(z) + z) / 2", "(np.abs(z) + z) / 2")]],
         [(A_RELU, "    z = np.asarray(z, dtype=float)\n    return np.abs(z) + z / 2")]),
    _bug("activations", "act_leaky_mask_assigned_whole_array",
         "leaky_relu assigns z[z < 0] = alpha * z, the whole scaled array into the masked entries "
         "instead of alpha * z[z < 0], so any array of two or more values that are not all "
         "negative raises ValueError (the sizes do not match).",
         [[("z[z < 0]", "z[z<0]", "mask"),
           ("alpha * z[", "same mask", "both sides", "right-hand side", "right side",
            "masked values", "only the negative")],
          [("boolean index", "boolean mask"), ("size", "length", "number of")]],
         [("    z = np.asarray(z, dtype=float)\n" + A_LEAKY,
           "    z = np.array(z, dtype=float)\n    z[z < 0] = alpha * z\n    return z")]),
    _bug("activations", "act_tanh_derivative_caret",
         "tanh_derivative squares with ^ (bitwise xor in Python) instead of **, so "
         "1.0 - tanh(z) ^ 2 raises TypeError for float values.",
         [[("^",), ("**", "power", "xor")]],
         [(A_TANH_DERIV, "    return 1.0 - tanh(z) ^ 2")]),
    _bug("activations", "act_sigmoid_derivative_function_not_called",
         "sigmoid_derivative writes sigmoid(z) * (1.0 - sigmoid), the second sigmoid named "
         "without calling it on z, so subtracting a function raises TypeError.",
         [[("not called", "without calling", "never called", "forgot to call", "function itself",
            "function object", "1 - sigmoid)", "1.0 - sigmoid)")],
          [("typeerror",), ("function",)]],
         [(A_SIG_DERIV, "    return sigmoid(z) * (1.0 - sigmoid)")]),
    _bug("activations", "act_sigmoid_denominator_unbracketed",
         "sigmoid drops the parentheses around the denominator, np.where(z >= 0, 1.0, e) / 1.0 + e, "
         "so it divides by 1 and then adds e: sigmoid(0) is 2 and values leave (0, 1).",
         [[PARENS], [("(1 + e)", "(1.0 + e)", "denominator")]],
         [(A_SIGMOID_RETURN, "    return np.where(z >= 0, 1.0, e) / 1.0 + e")]),
    _bug("activations", "act_leaky_default_undefined_constant",
         "leaky_relu is defined with alpha=ALPHA, a constant the student meant to define but never "
         "did; the default is evaluated when the def runs, so importing the module raises "
         "NameError.",
         [[("alpha",), ("nameerror", "not defined", "undefined")],
          [("import",), ("alpha",)]],
         [("def leaky_relu(z, alpha=0.1):", "def leaky_relu(z, alpha=ALPHA):")]),
    _bug("activations", "act_softmax_loops_over_first_axis",
         "softmax loops over range(len(z)) and normalises each z[i] on its own, which is right for "
         "a 2-D batch but for a 1-D vector normalises every single score, so each comes out 1.0.",
         [[("last axis", "axis=-1", "axis -1"),
           ("1-d", "1d", "vector", "one-dimensional", "loop")],
          [("loop",), ("row",), ("1-d", "1d", "vector", "one-dimensional")]],
         [(A_SOFTMAX_TWO,
           "    out = np.empty_like(z)\n"
           "    for i in range(len(z)):\n"
           "        row = np.exp(z[i] - np.max(z[i]))\n"
           "        out[i] = row / np.sum(row)\n"
           "    return out")]),
    _bug("activations", "act_tanh_derivative_calls_itself",
         "tanh_derivative calls tanh_derivative(z) instead of tanh(z) (an autocomplete slip), so "
         "it calls itself without end and raises RecursionError.",
         [[("recursion", "recursive", "calls itself", "itself")],
          [("tanh(z)",), ("tanh_derivative(z)",)]],
         [(A_TANH_DERIV, "    return 1.0 - tanh_derivative(z) ** 2")]),
    _bug("activations", "act_relu_comprehension_over_first_axis",
         "relu is a list comprehension, [max(value, 0.0) for value in z], which works for a 1-D "
         "vector but fails for a number (a 0-d array cannot be iterated) and for 2-D input (max of "
         "a whole row).",
         [[("np.maximum",), ("loop", "comprehension", "element")],
          [("any shape", "2-d", "2d", "0-d", "scalar", "matrix"), ("loop", "comprehension")]],
         [(A_RELU,
           "    z = np.asarray(z, dtype=float)\n"
           "    return np.array([max(value, 0.0) for value in z])")]),
    # ----- variants
    _variant("activations", "var_act_sigmoid_clipped_at_500",
             "sigmoid clips z to [-500, 500] before the textbook formula: exp(500) does not "
             "overflow, and beyond 500 the true value differs from 0 or 1 by less than 1e-217.",
             [(A_SIGMOID,
               "    z = np.asarray(z, dtype=float)\n"
               "    return 1.0 / (1.0 + np.exp(-np.clip(z, -500.0, 500.0)))")]),
    _variant("activations", "var_act_relu_derivative_sign_of_relu",
             "relu_derivative is np.sign(relu(z)): 1.0 where relu is positive, 0.0 elsewhere.",
             [(A_RELU_DERIV, "    return np.sign(relu(z))")]),
    _variant("activations", "var_act_leaky_where",
             "leaky_relu is np.where(z > 0, z, alpha * z).",
             [(A_LEAKY, "    return np.where(z > 0, z, alpha * z)")]),
    _variant("activations", "var_act_softmax_ellipsis_newaxis",
             "softmax restores the summed axis with [..., np.newaxis] instead of keepdims.",
             [(A_SOFTMAX_RETURN, "    return exps / np.sum(exps, axis=-1)[..., np.newaxis]")]),
    _variant("activations", "var_act_sigmoid_derivative_tanh_quarter",
             "sigmoid_derivative is 0.25 * (1 - tanh(z / 2) ** 2), the same slope through tanh.",
             [(A_SIG_DERIV,
               "    t = np.tanh(np.asarray(z, dtype=float) / 2.0)\n"
               "    return 0.25 * (1.0 - t * t)")]),
    _variant("activations", "var_act_relu_where",
             "relu is np.where(z > 0, z, 0.0) on the float-converted input.",
             [(A_RELU, "    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, z, 0.0)")]),
]

# ---------------------------------------------------------------------------- neuron

N_FF = (
    "        total = np.dot(self.weights, inputs) + self.bias\n"
    "        return float(_sigmoid(total))"
)
N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias"
N_TINY_INIT = (
    "        self.h1 = Neuron(weights, bias)\n"
    "        self.h2 = Neuron(weights, bias)\n"
    "        self.o1 = Neuron(weights, bias)"
)
N_HIDDEN = "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]"
N_LAYER = (
    "    outputs = []\n"
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)\n"
    "    return outputs"
)
N_LAYER_SUM = "        total = sum(x * w for x, w in zip(inputs, neuron_weights))"
N_COUNT = (
    "    sizes = [int(n) for n in layer_sizes]\n"
    "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"
)

NEURON = [
    _bug("neuron", "neuron_math_never_imported",
         "Neuron.feedforward computes 1 / (1 + math.exp(-total)) but the module never imports "
         "math, so every call raises NameError.",
         [[("import math",)], [("nameerror",), ("math",)],
          [("math",), ("not imported", "never imported", "missing import", "not defined")]],
         [(N_FF, N_TOTAL + "\n        return 1.0 / (1.0 + math.exp(-total))")]),
    _bug("neuron", "neuron_tiny_hidden_outputs_int",
         "TinyNetwork.feedforward converts the hidden outputs with int() before passing them on, "
         "which truncates every activation between 0 and 1 to 0, so o1 only ever sees zeros.",
         [[("int(",), ("truncat", "round", "0 and 1", "zero")],
          [("integer",), ("hidden",), ("truncat", "zero")]],
         [(N_HIDDEN,
           "        hidden = [int(self.h1.feedforward(x)), int(self.h2.feedforward(x))]")]),
    _bug("neuron", "neuron_layer_list_times_list",
         "layer_output writes sum(inputs * neuron_weights) as if the lists were NumPy arrays; "
         "Python cannot multiply a list by a list, so it raises TypeError.",
         [[("list",), ("element", "pair", "zip", "each input")],
          [("typeerror",), ("multiply", "sequence")]],
         [(N_LAYER_SUM, "        total = sum(inputs * neuron_weights)")]),
    _bug("neuron", "neuron_layer_bias_sum_discarded",
         "layer_output adds the biases in a second loop with the bare expression "
         "outputs[j] + biases[j], which computes the sum and throws it away (no assignment), so no "
         "bias is ever added.",
         [[("bias",),
           ("assign", "+=", "discard", "thrown away", "throws away", "never stored", "not stored",
            "no effect")]],
         [(N_LAYER,
           "    outputs = [sum(x * w for x, w in zip(inputs, neuron_weights)) for neuron_weights in weights]\n"
           "    for j in range(len(outputs)):\n"
           "        outputs[j] + biases[j]\n"
           "    return outputs")]),
    _bug("neuron", "neuron_count_recursion_base_two_layers",
         "count_parameters recurses on sizes[1:] with the base case len(sizes) == 2, so a list of "
         "one layer (or none) never reaches it and raises IndexError instead of giving 0.",
         [[("base case",)],
          [("single layer", "one layer", "empty", "fewer than two", "less than two", "no connections"),
           ("zero", "return 0", "gives 0", "be 0", "indexerror")]],
         [(N_COUNT,
           "    sizes = [int(n) for n in layer_sizes]\n"
           "    if len(sizes) == 2:\n"
           "        return sizes[0] * sizes[1] + sizes[1]\n"
           "    return sizes[0] * sizes[1] + sizes[1] + count_parameters(sizes[1:])")]),
    _bug("neuron", "neuron_inline_sigmoid_unbracketed",
         "Neuron.feedforward writes its own sigmoid as 1 / 1 + np.exp(-total), without parentheses "
         "around the denominator, so it returns 1 + exp(-total) instead of 1 / (1 + exp(-total)).",
         [[PARENS], [("1 / (1 +", "1/(1+", "1 / (1+")]],
         [(N_FF, N_TOTAL + "\n        return float(1 / 1 + np.exp(-total))")]),
    _bug("neuron", "neuron_layer_default_biases_from_weights",
         "layer_output gives biases the default [0.0] * len(weights), but a default is evaluated "
         "once when the def runs, where weights does not exist, so importing the module raises "
         "NameError.",
         [[("default",), ("weights",), ("nameerror", "not defined", "import")],
          [("nameerror",), ("default",)]],
         [("def layer_output(inputs, weights, biases):",
           "def layer_output(inputs, weights, biases=[0.0] * len(weights)):")]),
    _bug("neuron", "neuron_tiny_neurons_are_locals",
         "TinyNetwork.__init__ builds h1, h2 and o1 as local variables without self., so they "
         "vanish when __init__ returns and feedforward raises AttributeError.",
         [[("self.",), ("local",)], [("attributeerror",), ("self.h1", "self.o1")]],
         [(N_TINY_INIT,
           "        h1 = Neuron(weights, bias)\n"
           "        h2 = Neuron(weights, bias)\n"
           "        o1 = Neuron(weights, bias)")]),
    _bug("neuron", "neuron_layer_input_indexed_by_neuron",
         "layer_output multiplies every weight of neuron j by inputs[j], the neuron's index used "
         "where the input's belongs, instead of pairing inputs[i] with weights[j][i].",
         [[("inputs[i]",)],
          [("index",), ("inputs[j]", "neuron's index", "neuron index", "j instead of i", "i and j")]],
         [(N_LAYER,
           "    outputs = []\n"
           "    for j, (neuron_weights, bias) in enumerate(zip(weights, biases)):\n"
           "        total = sum(inputs[j] * w for w in neuron_weights)\n"
           "        outputs.append(total + bias)\n"
           "    return outputs")]),
    _bug("neuron", "neuron_bias_inside_dot",
         "Neuron.feedforward closes the parenthesis late, np.dot(self.weights, inputs + self.bias), "
         "so the bias is added to every input (and multiplied by the weights) instead of once to "
         "the weighted sum; a list of inputs raises TypeError.",
         [[PARENS], [("bias",), ("outside", "after the dot", "once", "to each input", "every input")]],
         [(N_TOTAL, "        total = np.dot(self.weights, inputs + self.bias)")]),
    # ----- variants
    _variant("neuron", "var_neuron_feedforward_python_sum",
             "Neuron.feedforward adds the products with Python's sum over zip, then the bias.",
             [(N_TOTAL,
               "        total = sum(w * x for w, x in zip(self.weights, inputs)) + self.bias")]),
    _variant("neuron", "var_neuron_tiny_neurons_from_generator",
             "TinyNetwork.__init__ builds its three neurons with one generator expression.",
             [(N_TINY_INIT,
               "        self.h1, self.h2, self.o1 = (Neuron(weights, bias) for _ in range(3))")]),
    _variant("neuron", "var_neuron_layer_index_loops",
             "layer_output uses two index loops, total starting at 0, weights[j][i] for input i.",
             [(N_LAYER,
               "    outputs = []\n"
               "    for j in range(len(weights)):\n"
               "        total = 0\n"
               "        for i in range(len(inputs)):\n"
               "            total += inputs[i] * weights[j][i]\n"
               "        outputs.append(total + biases[j])\n"
               "    return outputs")]),
    _variant("neuron", "var_neuron_count_weights_and_biases_apart",
             "count_parameters sums the weights sizes[i - 1] * sizes[i] and the biases sizes[1:] "
             "separately.",
             [(N_COUNT,
               "    sizes = [int(n) for n in layer_sizes]\n"
               "    n_weights = sum(sizes[i - 1] * sizes[i] for i in range(1, len(sizes)))\n"
               "    n_biases = sum(sizes[1:])\n"
               "    return n_weights + n_biases")]),
    _variant("neuron", "var_neuron_feedforward_matmul",
             "Neuron.feedforward converts the inputs and uses the @ operator.",
             [(N_TOTAL,
               "        total = self.weights @ np.asarray(inputs, dtype=float) + self.bias")]),
]

# ---------------------------------------------------------------------------- loss

L_RAVEL = (
    "    y_true = np.asarray(y_true, dtype=float).ravel()\n"
    "    y_pred = np.asarray(y_pred, dtype=float).ravel()"
)
L_MSE_RETURN = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD_CONVERT = (
    "    y_pred = np.asarray(y_pred, dtype=float)\n"
    "    y_true = np.asarray(y_true, dtype=float)"
)
L_GRAD_RETURN = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"

LOSS = [
    _bug("loss", "loss_mse_returns_the_exception",
         "mse_loss writes return ValueError(...) instead of raise ValueError(...), so for different "
         "element counts it hands back the exception object as if it were the loss instead of "
         "raising it.",
         [[("raise",),
           ("instead of return", "not return", "returns the exception", "returned the exception",
            "exception object", "returns a valueerror", "returned a valueerror", "return valueerror")]],
         [("        raise ValueError(\n            f\"mse_loss: y_true",
           "        return ValueError(\n            f\"mse_loss: y_true")]),
    _bug("loss", "loss_mse_ravel_result_discarded",
         "mse_loss calls y_true.ravel() and y_pred.ravel() as statements without assigning the "
         "results, so the inputs keep their shapes and (n,) against (n, 1) broadcasts to an "
         "(n, n) table.",
         [[("ravel",), ("assign", "discard", "result", "returns a new", "return value", "new array")],
          [("broadcast",), ("(n, n)", "n x n", "n-by-n", "matrix", "table")]],
         [(L_RAVEL,
           "    y_true = np.asarray(y_true, dtype=float)\n"
           "    y_pred = np.asarray(y_pred, dtype=float)\n"
           "    y_true.ravel()\n"
           "    y_pred.ravel()")]),
    _bug("loss", "loss_grad_N_from_two_axes",
         "mse_loss_gradient counts the elements as y_pred.shape[0] * y_pred.shape[1], the two axes "
         "of a matrix, so a 1-D (or 0-d) y_pred raises IndexError instead of using y_pred.size.",
         [[("shape[1]", "shape[0] *", "two axes", "2-d only", "two-dimensional")],
          [("indexerror",), ("shape",)]],
         [(L_GRAD_RETURN,
           "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / (y_pred.shape[0] * y_pred.shape[1])")]),
    _bug("loss", "loss_grad_size_called",
         "mse_loss_gradient calls y_pred.size() with parentheses, a PyTorch habit, but NumPy's size "
         "is an attribute (an int), so it raises TypeError: 'int' object is not callable.",
         [[("size()",)], [("not callable",)], [("attribute",), ("size",)]],
         [(L_GRAD_RETURN,
           "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size()")]),
    _bug("loss", "loss_mse_divides_by_rows",
         "mse_loss divides the summed squares by len(y_pred), the number of rows, instead of the "
         "number of elements: a (2, 3) y_pred gets a loss three times too big, and a plain number "
         "raises TypeError.",
         [[("len(",), ("element", ".size")], [("rows",), ("elements",)]],
         [(L_RAVEL, "    n_rows = len(y_pred)\n" + L_RAVEL),
          (L_MSE_RETURN, "    return float(np.sum((y_true - y_pred) ** 2) / n_rows)")]),
    _bug("loss", "loss_grad_factor_on_prediction_only",
         "mse_loss_gradient writes 2.0 / N * y_pred - y_true without parentheses around the "
         "difference, so only y_pred is scaled by 2 / N and the whole y_true is subtracted.",
         [[PARENS], [("(y_pred - y_true)",), ("2 / n", "2/n", "whole difference", "both")]],
         [(L_GRAD_RETURN,
           "    return 2.0 / y_pred.size * y_pred - y_true.reshape(y_pred.shape)")]),
    _bug("loss", "loss_grad_in_place_division_of_integers",
         "mse_loss_gradient converts the inputs without dtype=float and divides in place, "
         "grad /= N; with integer targets and predictions (such as the spec's [1, 0, 0, 1] against "
         "[0, 0, 0, 0]) the gradient is an integer array and the in-place true division raises a "
         "casting error.",
         [[("dtype=float", "float dtype", "to float", "floats"), ("in place", "in-place", "/=")],
          [("integer",), ("/=",)], [("casting",), ("int",)]],
         [(L_GRAD_CONVERT, "    y_pred = np.asarray(y_pred)\n    y_true = np.asarray(y_true)"),
          (L_GRAD_RETURN,
           "    grad = 2 * (y_pred - y_true.reshape(y_pred.shape))\n"
           "    grad /= y_pred.size\n"
           "    return grad")]),
    _bug("loss", "loss_mse_divides_by_both_counts",
         "mse_loss divides the summed squares by y_true.size + y_pred.size, counting the numbers of "
         "both inputs (2N), so every loss is half the mean squared error.",
         [[("y_true.size + y_pred.size", "both inputs", "both arrays", "2n", "2 * n")]],
         [(L_MSE_RETURN,
           "    return float(np.sum((y_true - y_pred) ** 2) / (y_true.size + y_pred.size))")]),
    _bug("loss", "loss_mse_bitwise_or_in_check",
         "mse_loss writes its check as y_true.size != y_pred.size | y_true.size == 0, with | "
         "(bitwise or, which binds tighter than the comparisons) for or, so the chained comparison "
         "is never true: different element counts are let through (a single prediction "
         "broadcasts against all the targets) instead of raising ValueError.",
         [[("|",), (" or ", "bitwise", "precedence")], [("bitwise or", "bitwise-or")]],
         [("    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss: y_true",
           "    if y_true.size != y_pred.size | y_true.size == 0:\n        raise ValueError(\n            f\"mse_loss: y_true")]),
    _bug("loss", "loss_grad_loop_over_first_axis",
         "mse_loss_gradient fills np.empty_like(y_pred) in a loop over range(len(y_pred)), which "
         "works for vectors and columns but raises TypeError for a plain number (a 0-d array has "
         "no len) instead of returning its gradient.",
         [[("len(",), ("0-d", "number", "scalar")], [("loop",), ("vectori", "whole array", "0-d", "scalar")]],
         [(L_GRAD_RETURN,
           "    y_t = y_true.reshape(y_pred.shape)\n"
           "    grad = np.empty_like(y_pred)\n"
           "    for i in range(len(y_pred)):\n"
           "        grad[i] = 2.0 * (y_pred[i] - y_t[i]) / y_pred.size\n"
           "    return grad")]),
    # ----- variants
    _variant("loss", "var_loss_mse_sum_over_size",
             "mse_loss divides np.sum(diff * diff) by diff.size.",
             [(L_MSE_RETURN,
               "    diff = y_true - y_pred\n    return float(np.sum(diff * diff) / diff.size)")]),
    _variant("loss", "var_loss_mse_bias_plus_variance",
             "mse_loss adds the squared mean difference and the variance of the differences, "
             "which is the mean of their squares.",
             [(L_MSE_RETURN,
               "    diff = y_true - y_pred\n    return float(np.mean(diff) ** 2 + np.var(diff))")]),
    _variant("loss", "var_loss_mse_python_loop",
             "mse_loss adds the squared differences in a Python loop over the flattened inputs.",
             [(L_MSE_RETURN,
               "    total = 0.0\n"
               "    for t, p in zip(y_true, y_pred):\n"
               "        total += (t - p) ** 2\n"
               "    return float(total / y_true.size)")]),
    _variant("loss", "var_loss_grad_negated_difference",
             "mse_loss_gradient is -2 * (y_true - y_pred) / N, the same numbers.",
             [(L_GRAD_RETURN,
               "    return -2.0 * (y_true.reshape(y_pred.shape) - y_pred) / y_pred.size")]),
    _variant("loss", "var_loss_grad_scale_first",
             "mse_loss_gradient multiplies by the precomputed scale 2 / N and reshapes with "
             "np.reshape.",
             [(L_GRAD_RETURN,
               "    scale = 2.0 / y_pred.size\n"
               "    return scale * (y_pred - np.reshape(y_true, np.shape(y_pred)))")]),
]

# ---------------------------------------------------------------------------- backprop

B_FF = (
    "    p = params\n"
    "    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
    "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
    "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
    "    return float(o1)"
)
B_FF_BODY = B_FF[len("    p = params\n"):]
B_GRADS_RETURN = "    return {name: float(grads[name]) for name in PARAM_NAMES}"
B_SGD = (
    "    return {\n"
    "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
    "    }"
)
B_TRAIN_LOOP = (
    "    for _ in range(epochs):\n"
    "        for x, y_true in zip(data, all_y_trues):\n"
    "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
    "        predictions = [feedforward(params, x) for x in data]\n"
    "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
    "        losses.append(float(sum(errors) / len(errors)))"
)
B_SLOPES = (
    "    d_o1 = o1 * (1.0 - o1)\n"
    "    d_h1 = h1 * (1.0 - h1)\n"
    "    d_h2 = h2 * (1.0 - h2)"
)

BACKPROP = [
    _bug("backprop", "bp_feedforward_attribute_access",
         "feedforward reads the parameters as attributes, p.w1, p.w2, ..., as if params were an "
         "object, but it is a dict, so every call raises AttributeError.",
         [[("attributeerror",)],
          [("dict",), ("p[\"w1\"]", "params[\"w1\"]", "[\"w1\"]", "['w1']", "key", "square bracket",
                       "subscript")]],
         [(B_FF_BODY,
           "    h1 = _sigmoid(p.w1 * x[0] + p.w2 * x[1] + p.b1)\n"
           "    h2 = _sigmoid(p.w3 * x[0] + p.w4 * x[1] + p.b2)\n"
           "    o1 = _sigmoid(p.w5 * h1 + p.w6 * h2 + p.b3)\n"
           "    return float(o1)")]),
    _bug("backprop", "bp_feedforward_unpacks_dict_keys",
         "feedforward unpacks the dict, w1, w2, ..., b3 = params, which gives the nine key strings, "
         "not their values, so 'w1' * x[0] raises TypeError.",
         [[("keys",), ("values", "unpack")], [("params[",), ("unpack",)]],
         [(B_FF,
           "    w1, w2, w3, w4, w5, w6, b1, b2, b3 = params\n"
           "    h1 = _sigmoid(w1 * x[0] + w2 * x[1] + b1)\n"
           "    h2 = _sigmoid(w3 * x[0] + w4 * x[1] + b2)\n"
           "    o1 = _sigmoid(w5 * h1 + w6 * h2 + b3)\n"
           "    return float(o1)")]),
    _bug("backprop", "bp_sgd_step_rebinds_loop_variable",
         "sgd_step loops for name, value in new_params.items() and writes "
         "value -= learn_rate * grads[name], which only rebinds the loop variable (floats are "
         "immutable), so the returned parameters are unchanged.",
         [[("loop variable", "local variable", "rebind", "immutable", "never stored", "not stored",
            "new_params[name]", "params[name] =")],
          [("unchanged",), ("sgd_step",)]],
         [(B_SGD,
           "    new_params = dict(params)\n"
           "    for name, value in new_params.items():\n"
           "        value -= learn_rate * grads[name]\n"
           "    return new_params")]),
    _bug("backprop", "bp_train_unpacks_rows_as_pairs",
         "train loops for x, y_true in data, unpacking each sample row into its two features "
         "instead of pairing the rows with all_y_trues, so x is a single number and backprop fails "
         "on x[0].",
         [[("zip",), ("all_y_trues", "labels")]],
         [("        for x, y_true in zip(data, all_y_trues):",
           "        for x, y_true in data:")]),
    _bug("backprop", "bp_train_loss_dedented_out_of_epochs",
         "train's three loss lines are dedented out of the epoch loop, so the loss is recorded "
         "once, after all the epochs, and losses has one entry instead of one per epoch.",
         [[("losses",),
           ("indent", "dedent", "outside the epoch loop", "inside the epoch loop", "after the loop",
            "once", "one entry", "only one")]],
         [(B_TRAIN_LOOP,
           "    for _ in range(epochs):\n"
           "        for x, y_true in zip(data, all_y_trues):\n"
           "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
           "    predictions = [feedforward(params, x) for x in data]\n"
           "    errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
           "    losses.append(float(sum(errors) / len(errors)))")]),
    _bug("backprop", "bp_train_running_loss",
         "train averages each sample's loss measured just before that sample's step (a running "
         "loss, as many training loops print it) instead of the MSE over the whole data set after "
         "the epoch's updates.",
         [[("running",)],
          [("after",), ("whole data", "entire data", "full data", "all the samples", "all samples",
                        "data set")],
          [("during the epoch", "while training", "before each step", "before the step",
            "mid-epoch", "during the loop")]],
         [(B_TRAIN_LOOP,
           "    for _ in range(epochs):\n"
           "        errors = []\n"
           "        for x, y_true in zip(data, all_y_trues):\n"
           "            errors.append((y_true - feedforward(params, x)) ** 2)\n"
           "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
           "        losses.append(float(sum(errors) / len(errors)))")]),
    _bug("backprop", "bp_train_feedforward_whole_data",
         "train calls feedforward(params, data) once for the whole data set, as if it were "
         "vectorised, but feedforward takes one sample: x[0] is then the first row and the "
         "one-number sigmoid raises TypeError.",
         [[("one sample", "single sample", "each sample", "per sample", "sample by sample")],
          [("vectori",), ("feedforward",)]],
         [("        predictions = [feedforward(params, x) for x in data]",
           "        predictions = feedforward(params, data)")]),
    _bug("backprop", "bp_train_epochs_default_float",
         "train's default is written epochs=1e3, which is the float 1000.0, so range(epochs) raises "
         "TypeError whenever train is called without epochs.",
         [[("1e3",)], [("float",), ("int", "integer", "range(")]],
         [("def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000):",
           "def train(data, all_y_trues, params, learn_rate=0.1, epochs=1e3):")]),
    _bug("backprop", "bp_cross_entropy_output_delta",
         "backprop uses the output delta o1 - y_true, the shortcut for a sigmoid with "
         "cross-entropy, in place of dL/do1 * s'(o1) = -2 * (y_true - o1) * o1 * (1 - o1) for the "
         "squared error, so every derivative misses the factor 2 and the output slope.",
         [[("cross-entropy", "cross entropy")],
          [("o1 * (1 - o1)", "o1*(1-o1)", "output slope", "output sigmoid's slope",
            "slope of the output", "derivative of the output sigmoid")]],
         [("    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n"
           "    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1",
           "    delta_o = o1 - y_true  # error at the output\n"
           "    d_L_d_h1 = delta_o * p[\"w5\"]\n"
           "    d_L_d_h2 = delta_o * p[\"w6\"]"),
          ("        \"w5\": d_L_d_o1 * h1 * d_o1,\n"
           "        \"w6\": d_L_d_o1 * h2 * d_o1,",
           "        \"w5\": delta_o * h1,\n"
           "        \"w6\": delta_o * h2,"),
          ("        \"b3\": d_L_d_o1 * d_o1,", "        \"b3\": delta_o,")]),
    _bug("backprop", "bp_sgd_step_returns_update_result",
         "sgd_step returns the result of new_params.update({...}), but dict.update changes the dict "
         "in place and returns None, so sgd_step returns None.",
         [[("returns none", "returned none", "gives none", "is none"),
           (".update", "update(", "dict.update", "in place")]],
         [(B_SGD,
           "    new_params = dict(params)\n"
           "    return new_params.update(\n"
           "        {name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES}\n"
           "    )")]),
    # ----- variants
    _variant("backprop", "var_bp_feedforward_neuron_helper",
             "feedforward uses a small nested helper for one sigmoid neuron with two inputs.",
             [(B_FF,
               "    def neuron(a, b, wa, wb, bias):\n"
               "        return _sigmoid(wa * a + wb * b + bias)\n"
               "\n"
               "    h1 = neuron(x[0], x[1], params[\"w1\"], params[\"w2\"], params[\"b1\"])\n"
               "    h2 = neuron(x[0], x[1], params[\"w3\"], params[\"w4\"], params[\"b2\"])\n"
               "    return float(neuron(h1, h2, params[\"w5\"], params[\"w6\"], params[\"b3\"]))")]),
    _variant("backprop", "var_bp_backprop_output_delta_first",
             "backprop first forms the output delta dL/do1 * s'(o1) and reuses it for w5, w6, b3 "
             "and the paths back to h1 and h2.",
             [("    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n"
               "    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1",
               "    delta_o = d_L_d_o1 * d_o1\n"
               "    d_L_d_h1 = delta_o * p[\"w5\"]\n"
               "    d_L_d_h2 = delta_o * p[\"w6\"]"),
              ("        \"w5\": d_L_d_o1 * h1 * d_o1,\n"
               "        \"w6\": d_L_d_o1 * h2 * d_o1,",
               "        \"w5\": delta_o * h1,\n"
               "        \"w6\": delta_o * h2,"),
              ("        \"b3\": d_L_d_o1 * d_o1,", "        \"b3\": delta_o,")]),
    _variant("backprop", "var_bp_sgd_step_loop",
             "sgd_step fills a new dict in a loop over PARAM_NAMES.",
             [(B_SGD,
               "    new_params = {}\n"
               "    for name in PARAM_NAMES:\n"
               "        new_params[name] = float(params[name] - learn_rate * grads[name])\n"
               "    return new_params")]),
    _variant("backprop", "var_bp_train_index_loop_np_mean",
             "train walks the samples by index and takes the epoch's loss with np.mean.",
             [("    params = dict(params)\n    losses = []\n" + B_TRAIN_LOOP + "\n    return params, losses",
               "    current = dict(params)\n"
               "    losses = []\n"
               "    for _ in range(epochs):\n"
               "        for i in range(len(data)):\n"
               "            grads = backprop(current, data[i], all_y_trues[i])\n"
               "            current = sgd_step(current, grads, learn_rate)\n"
               "        errors = [(all_y_trues[i] - feedforward(current, data[i])) ** 2\n"
               "                  for i in range(len(data))]\n"
               "        losses.append(float(np.mean(errors)))\n"
               "    return current, losses")]),
    _variant("backprop", "var_bp_slopes_expanded",
             "backprop writes each sigmoid slope as a - a * a instead of a * (1 - a).",
             [(B_SLOPES,
               "    d_o1 = o1 - o1 * o1\n"
               "    d_h1 = h1 - h1 * h1\n"
               "    d_h2 = h2 - h2 * h2")]),
    # last of all: it changes the caller's params dict, so when the probe runs every case in
    # one process it goes after every other case that reads the shared params
    _bug("backprop", "bp_backprop_also_steps_params",
         "backprop also takes the gradient step itself, p[name] -= 0.1 * grads[name], before "
         "returning (the lesson's training loop folded in), so computing the derivatives changes "
         "the caller's params and train steps twice per sample.",
         [[IN_PLACE, ("params",)], [("side effect",)]],
         [(B_GRADS_RETURN,
           "    for name in PARAM_NAMES:\n"
           "        p[name] -= 0.1 * grads[name]  # take the step right away\n"
           + B_GRADS_RETURN)]),
]

# ---------------------------------------------------------------------------- mlp

M_FORWARD = (
    "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
    "        return _sigmoid(A1 @ self.W2 + self.b2)"
)
M_LOSS = (
    "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n"
    "        return float(np.mean((A2 - Y) ** 2))"
)
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
    "            self.step(self.backward(X, y))\n"
    "        return losses"
)
M_PREDICT = "        return (self.forward(X) >= 0.5).astype(int)"

MLP = [
    _bug("mlp", "mlp_backward_divides_by_shape",
         "backward divides by A2.shape, the tuple (m, output_size), where A2.size (their product) "
         "was meant, so NumPy divides column by column by m and output_size instead of by N (for "
         "one output the (m, 1) delta broadcasts to (m, 2) and the product with W2.T fails).",
         [[("a2.size", ".size"), ("shape",)], [("shape",), ("tuple",)]],
         [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / A2.shape * A2 * (1.0 - A2)")]),
    _bug("mlp", "mlp_dW2_elementwise_sum",
         "backward writes W2's gradient as np.sum(A1 * dZ2, axis=0), the per-sample products "
         "summed, which for one output has the right numbers but shape (hidden_size,) instead of "
         "(hidden_size, 1), and fails to broadcast for several outputs; A1.T @ dZ2 is meant.",
         [[("a1.t @ dz2", "a1.t @", "matrix product", "a1.t.dot", "np.dot(a1.t")],
          [("shape",), ("hidden_size, 1", "(hidden_size, output_size)", "w2's shape", "shape of w2")]],
         [("            \"W2\": A1.T @ dZ2,", "            \"W2\": np.sum(A1 * dZ2, axis=0),")]),
    _bug("mlp", "mlp_fit_own_lr_parameter",
         "fit takes its own lr=0.1 parameter and sets self.lr = lr, so a network built with another "
         "learning rate (MLP(..., lr=2.0)) trains with 0.1 unless fit is given lr again.",
         [[("lr",), ("constructor", "__init__", "overrid", "overwrit", "replaces", "self.lr")]],
         [("    def fit(self, X, y, epochs=1000):", "    def fit(self, X, y, epochs=1000, lr=0.1):"),
          ("        losses = np.empty(epochs)\n", "        self.lr = lr\n        losses = np.empty(epochs)\n")]),
    _bug("mlp", "mlp_fit_loss_arguments_swapped",
         "fit calls self.loss(y, X), the targets and the inputs in the wrong order, so the network "
         "is fed y and the loss fails (or compares the wrong arrays).",
         [[("loss(x, y)", "self.loss(x, y)")],
          [("swap", "order", "wrong way round"), ("argument", "x and y")]],
         [("            losses[epoch] = self.loss(X, y)", "            losses[epoch] = self.loss(y, X)")]),
    _bug("mlp", "mlp_predict_int_of_array",
         "predict wraps the comparison in int(), which (in NumPy 2) converts only 0-d arrays, so "
         "predict raises TypeError for every batch instead of returning an integer array.",
         [[("astype",)],
          [("int(",), ("array",), ("single", "one value", "length-1", "size-1", "scalar")]],
         [(M_PREDICT, "        return int(self.forward(X) >= 0.5)")]),
    _bug("mlp", "mlp_forward_output_elementwise",
         "forward multiplies A1 * self.W2 element-wise in the output layer where the matrix product "
         "A1 @ self.W2 belongs, so the shapes broadcast to a wrong table or fail.",
         [[("a1 @ self.w2", "a1 @ w2", "matrix product", "matrix multiplication", "np.dot", "matmul")],
          [("element-wise", "elementwise"), ("w2",)]],
         [("        return _sigmoid(A1 @ self.W2 + self.b2)",
           "        return _sigmoid(A1 * self.W2 + self.b2)")]),
    _bug("mlp", "mlp_loss_times_own_transpose",
         "loss squares the differences as (A2 - Y) * (A2 - Y).T, a vector-times-its-transpose "
         "habit, which for a column broadcasts to an (m, m) table of products and averages that "
         "instead of the squared differences.",
         [[("** 2", "**2", "np.square", "element-wise square", "squared differences", "square each")],
          [("transpose",), ("(m, m)", "outer", "table", "broadcast")]],
         [(M_LOSS,
           "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n"
           "        return float(np.mean((A2 - Y) * (A2 - Y).T))")]),
    _bug("mlp", "mlp_forward_X_as_column",
         "forward reshapes X to a column with .reshape(-1, 1), the one-feature habit, which for more "
         "than one input feature stacks all the features into one column, so X @ W1 fails.",
         [[("reshape(-1, 1)", "reshape(-1,1)")], [("column",), ("feature",)]],
         [("        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)",
           "        A1 = _sigmoid(np.asarray(X, dtype=float).reshape(-1, 1) @ self.W1 + self.b1)")]),
    _bug("mlp", "mlp_backward_from_loss_value",
         "backward starts from the loss value, dZ2 = 2 * self.loss(X, y) * A2 * (1 - A2), one "
         "number for every output, instead of the element-wise derivative 2 * (A2 - Y) / N, so the "
         "gradients lose each output's error and its sign.",
         [[("a2 - y",), ("element", "each output", "per output", "loss value", "scalar", "one number")]],
         [(M_DZ2, "        dZ2 = 2.0 * self.loss(X, y) * A2 * (1.0 - A2)")]),
    _bug("mlp", "mlp_fit_epoch_counter_from_one",
         "fit counts the epochs from 1, for epoch in range(1, epochs + 1), and stores "
         "losses[epoch], so the first slot keeps np.empty's garbage and the last epoch writes past "
         "the end (IndexError).",
         [[("range(epochs)",), ("from 1", "range(1", "one-based", "1-based", "off by one", "off-by-one", "indexerror")],
          [("index",), ("from 0", "from zero", "0-based", "zero-based", "losses[0]", "one-based", "1-based")],
          [("indexerror",)]],
         [("        for epoch in range(epochs):\n            losses[epoch] = self.loss(X, y)",
           "        for epoch in range(1, epochs + 1):\n            losses[epoch] = self.loss(X, y)")]),
    _bug("mlp", "mlp_forward_b2_before_weights",
         "forward adds b2 before multiplying by W2, (A1 + self.b2) @ self.W2, the parenthesis "
         "around the wrong part, so the bias is weighted (and summed over the hidden units) instead "
         "of added once to each output (for several outputs the shapes fail).",
         [[PARENS], [("b2",), ("after", "outside", "added to the product", "a1 @ self.w2 + self.b2", "a1 @ w2 + b2")]],
         [("        return _sigmoid(A1 @ self.W2 + self.b2)",
           "        return _sigmoid((A1 + self.b2) @ self.W2)")]),
    # ----- variants
    _variant("mlp", "var_mlp_forward_np_dot",
             "forward converts X once and uses np.dot for both layers.",
             [(M_FORWARD,
               "        X = np.asarray(X, dtype=float)\n"
               "        A1 = _sigmoid(np.dot(X, self.W1) + self.b1)\n"
               "        return _sigmoid(np.dot(A1, self.W2) + self.b2)")]),
    _variant("mlp", "var_mlp_loss_np_square",
             "loss reshapes y with np.reshape and squares with np.square(...).mean().",
             [(M_LOSS,
               "        Y = np.reshape(y, A2.shape)\n"
               "        return float(np.square(A2 - Y).mean())")]),
    _variant("mlp", "var_mlp_backward_bias_sum_reshape",
             "backward sums the deltas over axis 0 and reshapes them to rows (1, n).",
             [("            \"b1\": dZ1.sum(axis=0, keepdims=True),",
               "            \"b1\": np.sum(dZ1, axis=0).reshape(1, -1),"),
              ("            \"b2\": dZ2.sum(axis=0, keepdims=True),",
               "            \"b2\": np.sum(dZ2, axis=0).reshape(1, -1),")]),
    _variant("mlp", "var_mlp_step_slice_assignment",
             "step writes the new values into each parameter array with param[...] = ...",
             [(M_STEP,
               "        for name in PARAM_NAMES:\n"
               "            param = getattr(self, name)\n"
               "            param[...] = param - self.lr * grads[name]")]),
    _variant("mlp", "var_mlp_fit_list_then_array",
             "fit collects the losses in a list and returns np.array(losses, dtype=float).",
             [(M_FIT,
               "        losses = []\n"
               "        for _ in range(epochs):\n"
               "            losses.append(self.loss(X, y))\n"
               "            self.step(self.backward(X, y))\n"
               "        return np.array(losses, dtype=float)")]),
    _variant("mlp", "var_mlp_predict_where",
             "predict is np.where(forward(X) >= 0.5, 1, 0).",
             [(M_PREDICT, "        return np.where(self.forward(X) >= 0.5, 1, 0)")]),
    _variant("mlp", "var_mlp_dZ2_factor_last",
             "backward multiplies the scale 2 / N in last: (A2 - Y) * A2 * (1 - A2) * (2 / N).",
             [(M_DZ2, "        dZ2 = (A2 - Y) * A2 * (1.0 - A2) * (2.0 / A2.size)")]),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + MLP + BACKPROP
