"""A twenty-second held-out corpus of beginner mistakes, written blind.

Written from ``/work/shared/COURSE_SPEC.md``, the reference solutions, a grep of the stubs,
``tests/test_heldout.py``, ``tests/heldout21/README.md`` and the head and tail of
``tests/heldout21/cases.py``. The ``module``, ``name`` and ``did`` of every bug in heldout3 to
heldout21 were listed (by parsing the files with ``ast``, edits not printed) only so that every
bug here is a different mistake from theirs. Nothing under ``autograder/`` was opened, nor
``tests/corpus/``, ``tests/heldout/cases.py``, ``tests/heldout2/``, any ``REVIEW.md``, the
probe's source or the git history (see ``README.md`` beside this file).

The format is that of ``tests/heldout21/cases.py``: ``_bug(module, name, did, names, edits)`` and
``_variant(module, name, did, edits)``. ``edits`` are exact (old, new) replacements in
``solutions/<module>.py``. ``names`` lists alternatives; each alternative is a list of keyword
groups (a string, or a tuple of spellings), and a hint names the mistake when, for some
alternative, it holds one spelling of every group. The keywords were fixed when each case was
written, before any grading.

This corpus leans on control flow (``if`` where ``elif`` was meant, an ``else`` on the wrong
``if``, ``return`` and ``break`` in loops, a loop that feeds the wrong name), exceptions (a
``try``/``except`` that swallows or side-steps an error, ``assert`` and ``raise`` on the wrong
condition), types (float32, object arrays, 0-d arrays, Python floats and ints, lists),
state and mutation (cached outputs, a resumed epoch counter, the caller's lists and arrays
changed, a deep copy trained instead of the network), and formulas from neighbouring sources
(bipolar inputs and the bipolar sigmoid, ReLU6, the derivative with respect to alpha, a capped
squared error, a multiplicative update, a ReLU slope for a sigmoid layer).
"""


def _bug(module, name, did, names, edits):
    return {"name": name, "module": module, "kind": "bug", "edits": edits, "did": did, "names": names}


def _variant(module, name, did, edits):
    return {"name": name, "module": module, "kind": "variant", "edits": edits, "did": did, "names": None}


STATE = ("each call", "every call", "second call", "later call", "previous call", "earlier call",
         "between calls", "first call", "state", "cache", "stored", "remember", "memo", "reuse",
         "kept", "keeps", "persist")
MUTATE = ("modif", "mutat", "in place", "in-place", "changes the caller", "caller's", "callers",
          "overwrit", "side effect", "side-effect", "alter")
ZERO_D = ("0-d", "0d", "zero-dim", "zero dim", "0-dim", "ndim == 0", "scalar array", "0 dim")
EXCEPT = ("try", "except", "exception", "swallow", "catch")

# ---------------------------------------------------------------------------- gates

G_THRESH = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)\n"
G_THRESH_ARRAY = "        return (z >= 0.5).astype(int)\n"
G_THRESH_NUMBER = "    return int(z >= 0.5)\n"
G_SUM = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
G_XOR = ("    either = perceptron(x1, x2, OR_WEIGHTS)\n"
         "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
         "    return perceptron(either, not_both, AND_WEIGHTS)\n")

GATES = [
    _bug(
        "gates", "gates_threshold_try_int_except_typeerror",
        "threshold tries int(z >= 0.5) first and only falls back to the array code when that raises "
        "TypeError, but int() accepts a 0-d array, so a 0-d array comes back as a Python int instead "
        "of an integer array of shape ().",
        [[EXCEPT, ZERO_D], [("isinstance", "ndarray"), ZERO_D]],
        [(G_THRESH,
          "    try:\n        return int(z >= 0.5)\n    except TypeError:\n"
          "        return (np.asarray(z) >= 0.5).astype(int)\n")],
    ),
    _bug(
        "gates", "gates_threshold_zeros_like_keeps_float",
        "threshold's array branch fills np.zeros_like(z) with 1 where z >= 0.5; zeros_like copies z's "
        "dtype, so a float array of sums comes back as a float array instead of an integer array.",
        [[("zeros_like", "dtype"), ("int", "integer")], [("float",), ("int", "integer"), "dtype"]],
        [(G_THRESH_ARRAY,
          "        out = np.zeros_like(z)\n        out[z >= 0.5] = 1\n        return out\n")],
    ),
    _bug(
        "gates", "gates_threshold_asarray_before_type_test",
        "threshold converts z with np.asarray before testing isinstance(z, np.ndarray), so the test is "
        "always true and a Python number comes back as a 0-d integer array instead of an int (and so "
        "do perceptron and xor of two numbers).",
        [[("asarray", "convert"), ("int", "number", "scalar"), ("isinstance", "type test", "always true", "0-d", "array")]],
        [(G_THRESH, "    z = np.asarray(z)\n" + G_THRESH)],
    ),
    _bug(
        "gates", "gates_and_weights_in_percent",
        "AND_WEIGHTS = (-50.0, 60.0, 60.0), the weights written in percent, but the threshold 0.5 "
        "does not scale with them: one input on already sums to 10 and fires, so AND computes OR.",
        [[("percent", "100", "scale"), ("threshold", "0.5", "and")]],
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)\n", "AND_WEIGHTS = (-50.0, 60.0, 60.0)  # in percent\n")],
    ),
    _bug(
        "gates", "gates_perceptron_bipolar_inputs",
        "perceptron maps the 0/1 inputs to -1/+1 first (2 * x - 1, the bipolar convention of another "
        "tutorial) before the weighted sum, so the gate weights meet other sums: OR of (0, 1) sums to "
        "0 and gives 0.",
        [[("bipolar", "-1", "minus one", "2 * x - 1", "2*x - 1", "2x - 1", "+1")]],
        [(G_SUM, "    # bipolar inputs: 0 -> -1, 1 -> +1\n"
                 "    z = w0 + w1 * (2 * np.asarray(x1) - 1) + w2 * (2 * np.asarray(x2) - 1)\n")],
    ),
    _bug(
        "gates", "gates_threshold_plus_zero_for_int",
        "threshold's number branch turns the comparison into a number with (z >= 0.5) + 0; for the "
        "NumPy float that perceptron passes for two numbers this gives a NumPy integer (np.int64), "
        "not a Python int.",
        [[("python int", "int(", "np.int64", "numpy int", "numpy integer"), ("number", "scalar", "+ 0", "bool")]],
        [(G_THRESH_NUMBER, "    return (z >= 0.5) + 0\n")],
    ),
    _bug(
        "gates", "gates_perceptron_list_error_returns_zero",
        "perceptron multiplies the inputs as given inside try/except TypeError and returns 0 when that "
        "fails, so lists of inputs silently give a single 0 instead of an integer array.",
        [[EXCEPT, ("list",)], [("list",), ("asarray", "convert", "array")]],
        [(G_SUM, "    try:\n        z = w0 + w1 * x1 + w2 * x2\n    except TypeError:\n        return 0\n")],
    ),
    _bug(
        "gates", "gates_xor_return_inside_hidden_loop",
        "xor collects the hidden outputs in a loop over (OR_WEIGHTS, NAND_WEIGHTS), but its return is "
        "indented into that loop, so the second-layer perceptron is called after one hidden output "
        "with the weights in x2's place and raises TypeError.",
        [[("return",), ("loop", "indent", "inside")]],
        [(G_XOR,
          "    hidden = []\n    for weights in (OR_WEIGHTS, NAND_WEIGHTS):\n"
          "        hidden.append(perceptron(x1, x2, weights))\n"
          "        return perceptron(*hidden, AND_WEIGHTS)\n")],
    ),
    _bug(
        "gates", "gates_xor_loop_keeps_last_hidden_output",
        "xor computes its hidden neurons in a loop into one variable, so only the last one (NAND) "
        "survives and the second layer gets AND(NAND, NAND): xor computes NAND.",
        [[("overwrit", "last", "only one", "same variable", "one variable", "keeps"), ("hidden", "or", "nand", "loop")]],
        [(G_XOR,
          "    for weights in (OR_WEIGHTS, NAND_WEIGHTS):\n"
          "        hidden = perceptron(x1, x2, weights)\n"
          "    return perceptron(hidden, hidden, AND_WEIGHTS)\n")],
    ),
    _bug(
        "gates", "gates_xor_nor_of_and_and_or",
        "xor mixes two recipes, NOR(AND, NOR) and AND(OR, NAND), into NOR(AND(x1, x2), OR(x1, x2)), "
        "which is NOR: (0, 0) gives 1 and (0, 1) gives 0.",
        [[("nor",), ("or",), ("and", "nand")]],
        [(G_XOR,
          "    both = perceptron(x1, x2, AND_WEIGHTS)\n"
          "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
          "    return perceptron(both, either, NOR_WEIGHTS)\n")],
    ),
    _variant(
        "gates", "gates_v22_threshold_greater_equal_ufunc",
        "threshold's array branch returns np.greater_equal(z, 0.5).astype(int).",
        [(G_THRESH_ARRAY, "        return np.greater_equal(z, 0.5).astype(int)\n")],
    ),
    _variant(
        "gates", "gates_v22_threshold_conditional_expression",
        "threshold's number branch returns 1 if z >= 0.5 else 0.",
        [(G_THRESH_NUMBER, "    return 1 if z >= 0.5 else 0\n")],
    ),
    _variant(
        "gates", "gates_v22_perceptron_broadcast_arrays",
        "perceptron lines the inputs up with np.broadcast_arrays before the weighted sum.",
        [(G_SUM, "    a, b = np.broadcast_arrays(x1, x2)\n    z = w0 + w1 * a + w2 * b\n")],
    ),
    _variant(
        "gates", "gates_v22_xor_nor_of_and_and_nor",
        "xor is NOR(AND(x1, x2), NOR(x1, x2)): not both and not neither.",
        [(G_XOR,
          "    both = perceptron(x1, x2, AND_WEIGHTS)\n"
          "    neither = perceptron(x1, x2, NOR_WEIGHTS)\n"
          "    return perceptron(both, neither, NOR_WEIGHTS)\n")],
    ),
    _variant(
        "gates", "gates_v22_xor_four_nands",
        "xor is built from four NAND perceptrons, the classic NAND-only circuit.",
        [(G_XOR,
          "    n = perceptron(x1, x2, NAND_WEIGHTS)\n"
          "    a = perceptron(x1, n, NAND_WEIGHTS)\n"
          "    b = perceptron(n, x2, NAND_WEIGHTS)\n"
          "    return perceptron(a, b, NAND_WEIGHTS)\n")],
    ),
    _variant(
        "gates", "gates_v22_xor_not_and_via_nor",
        "xor builds 'not both' as NOR(a, a) of the AND output a, a NOT gate from one NOR perceptron.",
        [(G_XOR,
          "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
          "    both = perceptron(x1, x2, AND_WEIGHTS)\n"
          "    not_both = perceptron(both, both, NOR_WEIGHTS)\n"
          "    return perceptron(either, not_both, AND_WEIGHTS)\n")],
    ),
]

# ---------------------------------------------------------------------------- perceptron

P_STEP = ("                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
          "                update = self.lr * (y_i - prediction)\n")
P_APPLY = ("                update = self.lr * (y_i - prediction)\n"
           "                self.weights += update * x_i  # our own array: safe in place\n"
           "                self.bias = float(self.bias + update)\n")
P_INIT = ("        self.weights = np.zeros(X.shape[1])\n        self.bias = 0.0\n"
          "        for _ in range(self.epochs):\n")
P_PRED = ("        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n"
          "        return (z >= 0).astype(int)\n")
P_PRED_RET = "        return (z >= 0).astype(int)\n"

PERCEPTRON = [
    _bug(
        "perceptron", "perceptron_fit_if_where_elif_meant",
        "fit spells out the two kinds of mistake with two separate ifs, and the else meant for 'no "
        "mistake' belongs to the second if, so a missed positive sample (label 1, sum below 0) has "
        "its update reset to 0 and never pushes the weights up.",
        [[("elif", "else"), ("if",)], [("else",), ("overwrit", "reset", "second if")]],
        [(P_STEP,
          "                z = x_i @ self.weights + self.bias\n"
          "                if y_i == 1 and z < 0:\n                    update = self.lr\n"
          "                if y_i == 0 and z >= 0:\n                    update = -self.lr\n"
          "                else:\n                    update = 0.0\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_weights_float32",
        "fit starts from np.zeros(n_features, dtype=np.float32) to save memory, so the weights are "
        "float32 (not float64) and every update is rounded to single precision.",
        [[("float32", "single precision", "32-bit", "32 bit")]],
        [("        self.weights = np.zeros(X.shape[1])\n",
          "        self.weights = np.zeros(X.shape[1], dtype=np.float32)\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_rounds_sigmoid_prediction",
        "fit predicts with round(sigmoid(z)) (a logistic-regression habit); Python rounds 0.5 to 0, "
        "so a sum of exactly 0, as on the very first sample, predicts 0 where the step gives 1.",
        [[("round",), ("0.5", "sigmoid", "z = 0", "zero", "tie")]],
        [("                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n",
          "                z = x_i @ self.weights + self.bias\n"
          "                prediction = round(1.0 / (1.0 + np.exp(-z)))\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_update_stored_in_lr",
        "fit computes the update with self.lr *= (y_i - prediction), writing the update into the "
        "learning rate itself, so after the first correct prediction the rate is 0 and nothing "
        "learns again.",
        [[("lr", "learning rate"), ("overwrit", "self.lr *=", "changes", "modif", "stored", "local")]],
        [(P_APPLY,
          "                self.lr *= y_i - prediction\n"
          "                self.weights += self.lr * x_i\n"
          "                self.bias = float(self.bias + self.lr)\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_truncates_sums",
        "predict puts .astype(int) on the sums before the step, (z.astype(int) >= 0), truncating "
        "every sum between -1 and 0 to 0, so those samples are labelled 1 (and the result is boolean).",
        [[("int", "truncat", "astype"), ("sum", "z", "negative", "bool")]],
        [(P_PRED_RET, "        return z.astype(int) >= 0\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_object_array",
        "predict builds its labels as np.array([1 if v >= 0 else 0 for v in z], dtype=object) to keep "
        "Python ints, an object array instead of an integer array.",
        [[("object",), ("dtype", "int", "integer")]],
        [(P_PRED_RET, "        return np.array([1 if v >= 0 else 0 for v in z], dtype=object)\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_bias_step_before_weight_prediction",
        "fit moves the bias first and then predicts the sample again with the new bias to get the "
        "weights' update, so the two updates of one sample come from different predictions.",
        [[("bias",), ("order", "before", "again", "recompute", "re-predict", "second prediction")]],
        [(P_APPLY,
          "                update = self.lr * (y_i - prediction)\n"
          "                self.bias = float(self.bias + update)\n"
          "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
          "                self.weights += self.lr * (y_i - prediction) * x_i\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_checks_features_against_labels",
        "fit raises ValueError unless X.shape[1] == len(y), comparing the number of features with the "
        "number of labels (shape[1] for shape[0]), so ordinary data such as the AND table is refused.",
        [[("shape[1]", "features", "columns"), ("shape[0]", "samples", "rows", "valueerror", "raise")]],
        [("        y = np.asarray(y, dtype=float)\n",
          "        y = np.asarray(y, dtype=float)\n"
          "        if X.shape[1] != len(y):\n"
          "            raise ValueError(\"X and y must hold the same number of samples\")\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_weights_cast_to_int",
        "predict puts .astype(int) on the weights instead of on the labels, X @ weights.astype(int), "
        "so every learned weight between -1 and 1 is truncated to 0 before the sum.",
        [[("int", "integer", "truncat"), ("weight",)]],
        [("        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n",
          "        z = np.asarray(X, dtype=float) @ self.weights.astype(int) + self.bias\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_rows_as_python_lists",
        "fit walks zip(X.tolist(), y.tolist()) to loop over plain Python values, so each x_i is a list "
        "and update * x_i (a float times a list) raises TypeError on the first sample.",
        [[("list", "tolist"), ("array", "multiply", "typeerror", "float")]],
        [("            for x_i, y_i in zip(X, y):\n",
          "            for x_i, y_i in zip(X.tolist(), y.tolist()):\n")],
    ),
    _variant(
        "perceptron", "perceptron_v22_fit_elif_cases",
        "fit spells out the two kinds of mistake with if/elif/else: +lr for a missed positive, -lr for "
        "a wrongly fired negative, 0 otherwise.",
        [(P_STEP,
          "                z = x_i @ self.weights + self.bias\n"
          "                if y_i == 1 and z < 0:\n                    update = self.lr\n"
          "                elif y_i == 0 and z >= 0:\n                    update = -self.lr\n"
          "                else:\n                    update = 0.0\n")],
    ),
    _variant(
        "perceptron", "perceptron_v22_fit_feature_loop",
        "fit adds the update to the weights one feature at a time in a loop.",
        [("                self.weights += update * x_i  # our own array: safe in place\n",
          "                for j in range(len(x_i)):\n"
          "                    self.weights[j] += update * x_i[j]\n")],
    ),
    _variant(
        "perceptron", "perceptron_v22_fit_labels_not_float",
        "fit converts y with np.asarray(y) without dtype=float; integer labels give the same updates.",
        [("        y = np.asarray(y, dtype=float)\n", "        y = np.asarray(y)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v22_fit_augmented_weights",
        "fit keeps the bias as w[0] of one augmented weight vector and splits it into weights and bias "
        "at the end.",
        [(P_INIT + "            for x_i, y_i in zip(X, y):\n"
                   "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
                   "                update = self.lr * (y_i - prediction)\n"
                   "                self.weights += update * x_i  # our own array: safe in place\n"
                   "                self.bias = float(self.bias + update)\n",
          "        w = np.zeros(X.shape[1] + 1)\n"
          "        for _ in range(self.epochs):\n"
          "            for x_i, y_i in zip(X, y):\n"
          "                prediction = 1 if x_i @ w[1:] + w[0] >= 0 else 0\n"
          "                update = self.lr * (y_i - prediction)\n"
          "                w[1:] += update * x_i\n"
          "                w[0] += update\n"
          "        self.weights = w[1:].copy()\n"
          "        self.bias = float(w[0])\n")],
    ),
    _variant(
        "perceptron", "perceptron_v22_predict_where",
        "predict returns np.where(z >= 0, 1, 0).",
        [(P_PRED_RET, "        return np.where(z >= 0, 1, 0)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v22_predict_int_of_bool_sum",
        "predict returns (z >= 0) + 0, booleans turned into integers by adding 0.",
        [(P_PRED_RET, "        return (z >= 0) + 0\n")],
    ),
]

# ---------------------------------------------------------------------------- activations

A_SIG = ("    z = np.asarray(z, dtype=float)\n    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
         "    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n")
A_SIGD = "    s = sigmoid(z)\n    return s * (1.0 - s)\n"
A_TANH = "    return np.tanh(np.asarray(z, dtype=float))\n"
A_TANHD = "    return 1.0 - tanh(z) ** 2\n"
A_RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)\n"
A_RELUD = "    return (np.asarray(z) > 0).astype(float)\n"
A_LEAKY = ("    z = np.asarray(z, dtype=float)\n"
           "    # positive part plus alpha times the negative part: one of them is 0\n"
           "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)\n")
A_LEAKYD = "    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, 1.0, alpha)\n"
A_SOFT = ("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
          "    return exps / np.sum(exps, axis=-1, keepdims=True)\n")
A_SOFT0 = "    if z.ndim == 0:\n        return np.float64(1.0)\n"

ACTIVATIONS = [
    _bug(
        "activations", "act_sigmoid_math_exp_except_returns_zero",
        "sigmoid computes 1 / (1 + math.exp(-z)) inside try/except (TypeError, OverflowError) and "
        "returns 0.0 when it fails, so every array (and list) gives the single number 0.0 and "
        "numbers give Python floats.",
        [[EXCEPT, ("array", "math.exp", "0.0", "zero")]],
        [(A_SIG,
          "    import math\n\n    try:\n        return 1.0 / (1.0 + math.exp(-z))\n"
          "    except (TypeError, OverflowError):\n        return 0.0\n")],
    ),
    _bug(
        "activations", "act_sigmoid_rejects_large_inputs",
        "sigmoid raises OverflowError when some |z| exceeds 709 ('exp would overflow'), so the spec's "
        "inputs of magnitude 1000 raise instead of giving 0 and 1.",
        [[("709", "1000", "large", "overflow"), ("raise", "error", "reject", "exception")]],
        [("    z = np.asarray(z, dtype=float)\n    e = np.exp(-np.abs(z))",
          "    z = np.asarray(z, dtype=float)\n"
          "    if np.any(np.abs(z) > 709):\n"
          "        raise OverflowError(\"sigmoid: exp would overflow beyond |z| = 709\")\n"
          "    e = np.exp(-np.abs(z))")],
    ),
    _bug(
        "activations", "act_sigmoid_derivative_bipolar_formula",
        "sigmoid_derivative uses the slope of the bipolar sigmoid f = 2 sigmoid(z) - 1, (1 + f)(1 - f) / 2, "
        "which is 2 sigmoid(z) (1 - sigmoid(z)), twice the logistic sigmoid's slope.",
        [[("bipolar", "twice", "2 *", "factor 2", "double", "factor of 2")]],
        [(A_SIGD,
          "    f = 2.0 * sigmoid(z) - 1.0  # the bipolar sigmoid\n"
          "    return (1.0 + f) * (1.0 - f) / 2.0\n")],
    ),
    _bug(
        "activations", "act_tanh_try_math_tanh_first",
        "tanh tries math.tanh(z) first and uses np.tanh only when that raises TypeError, so numbers, "
        "NumPy scalars and 0-d arrays come back as Python floats instead of NumPy floats (and "
        "tanh_derivative with them).",
        [[("math.tanh", "math"), ("python float", "float", "type", "numpy")], [EXCEPT, ("python float", "np.float64", "numpy float")]],
        [(A_TANH,
          "    import math\n\n    try:\n        return math.tanh(z)\n"
          "    except TypeError:\n        return np.tanh(np.asarray(z, dtype=float))\n")],
    ),
    _bug(
        "activations", "act_tanh_derivative_asserts_activation_range",
        "tanh_derivative asserts that every input lies in [-1, 1], expecting tanh's output a rather "
        "than the pre-activation z, so any |z| > 1 raises AssertionError.",
        [[("assert",), ("[-1, 1]", "-1", "range", "activation", "pre-activation", "output")]],
        [(A_TANHD,
          "    assert np.all(np.abs(z) <= 1), \"tanh_derivative expects tanh's output\"\n" + A_TANHD)],
    ),
    _bug(
        "activations", "act_relu_is_relu6",
        "relu is np.clip(z, 0, 6), ReLU6 from a mobile-network library, so inputs above 6 are capped "
        "at 6 instead of passed through.",
        [[("relu6", "6", "six", "cap", "clip")]],
        [(A_RELU, "    return np.clip(np.asarray(z, dtype=float), 0.0, 6.0)\n")],
    ),
    _bug(
        "activations", "act_leaky_relu_z_rebound_to_positive_part",
        "leaky_relu rebinds z to its positive part, z = np.maximum(z, 0), and then adds "
        "alpha * np.minimum(z, 0) of that new z, which is 0, so it computes plain ReLU.",
        [[("rebind", "rebound", "reassign", "overwrit", "reuse", "same name", "z ="), ("relu", "negative", "minimum", "alpha")]],
        [(A_LEAKY,
          "    z = np.asarray(z, dtype=float)\n    z = np.maximum(z, 0.0)\n"
          "    return z + alpha * np.minimum(z, 0.0)\n")],
    ),
    _bug(
        "activations", "act_leaky_derivative_with_respect_to_alpha",
        "leaky_relu_derivative returns np.minimum(z, 0), the derivative of leaky_relu with respect to "
        "alpha, instead of its slope with respect to z (1 or alpha).",
        [[("alpha",), ("respect", "wrt", "w.r.t", "parameter", "d/dalpha")]],
        [(A_LEAKYD, "    z = np.asarray(z, dtype=float)\n    return np.minimum(z, 0.0)\n")],
    ),
    _bug(
        "activations", "act_softmax_plus_one_denominator",
        "softmax adds 1 to the denominator, exps / (1 + sum(exps)), the 'off-by-one softmax' of a "
        "blog post, so the slices no longer sum to 1.",
        [[("+ 1", "plus one", "1 +", "off-by-one", "extra"), ("denominator", "sum to 1", "sum")]],
        [(A_SOFT,
          "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
          "    return exps / (1.0 + np.sum(exps, axis=-1, keepdims=True))\n")],
    ),
    _bug(
        "activations", "act_softmax_rows_as_list",
        "softmax handles inputs with more than one axis by recursing into their rows, "
        "[softmax(row) for row in z], which returns a Python list of arrays instead of an array.",
        [[("list",), ("array", "np.array", "ndarray", "row")]],
        [(A_SOFT0, A_SOFT0 + "    if z.ndim > 1:\n        return [softmax(row) for row in z]\n")],
    ),
    _variant(
        "activations", "act_v22_relu_clip_no_upper",
        "relu is np.clip(z, 0.0, None).",
        [(A_RELU, "    return np.clip(np.asarray(z, dtype=float), 0.0, None)\n")],
    ),
    _variant(
        "activations", "act_v22_relu_derivative_heaviside",
        "relu_derivative is np.heaviside(z, 0.0): 1 where z > 0, 0 at and below 0.",
        [(A_RELUD, "    return np.heaviside(np.asarray(z, dtype=float), 0.0)\n")],
    ),
    _variant(
        "activations", "act_v22_leaky_from_relu",
        "leaky_relu is relu(z) - alpha * relu(-z).",
        [(A_LEAKY, "    return relu(z) - alpha * relu(-np.asarray(z, dtype=float))\n")],
    ),
    _variant(
        "activations", "act_v22_tanh_clipped_at_20",
        "tanh clips z to [-20, 20] before np.tanh; tanh(20) already rounds to 1.0.",
        [(A_TANH, "    return np.tanh(np.clip(np.asarray(z, dtype=float), -20.0, 20.0))\n")],
    ),
    _variant(
        "activations", "act_v22_softmax_newaxis_sum",
        "softmax divides by exps.sum(axis=-1)[..., np.newaxis].",
        [(A_SOFT,
          "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
          "    return exps / exps.sum(axis=-1)[..., np.newaxis]\n")],
    ),
    _variant(
        "activations", "act_v22_sigmoid_logaddexp",
        "sigmoid is exp(-logaddexp(0, -z)), the log-space form, which never overflows.",
        [(A_SIG, "    z = np.asarray(z, dtype=float)\n    return np.exp(-np.logaddexp(0.0, -z))\n")],
    ),
]

# ---------------------------------------------------------------------------- neuron

N_FF = "        total = np.dot(self.weights, inputs) + self.bias\n        return float(_sigmoid(total))\n"
N_TINY = ("        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
          "        return self.o1.feedforward(hidden)\n")
N_LAYER = ("    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n"
           "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
           "        outputs.append(total + bias)\n    return outputs\n")
N_COUNT = ("    sizes = [int(n) for n in layer_sizes]\n"
           "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n")
N_COUNT_RET = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"

NEURON = [
    _bug(
        "neuron", "neuron_feedforward_softsign_squash",
        "Neuron.feedforward squashes the sum with the 'fast sigmoid' total / (1 + |total|) from "
        "another source instead of the logistic sigmoid, so outputs lie in (-1, 1) and differ.",
        [[("sigmoid", "logistic"), ("fast", "softsign", "1 + |", "abs", "approximation")]],
        [(N_FF,
          "        total = np.dot(self.weights, inputs) + self.bias\n"
          "        return float(total / (1.0 + abs(total)))  # fast sigmoid\n")],
    ),
    _bug(
        "neuron", "neuron_feedforward_asserts_unit_inputs",
        "Neuron.feedforward asserts that every input lies in [0, 1] ('normalised features'), so the "
        "spec's input [2, 3] raises AssertionError.",
        [[("assert",), ("[0, 1]", "normalis", "normaliz", "range", "input")]],
        [("        total = np.dot(self.weights, inputs) + self.bias\n",
          "        assert all(0 <= v <= 1 for v in inputs), \"inputs must be normalised\"\n"
          "        total = np.dot(self.weights, inputs) + self.bias\n")],
    ),
    _bug(
        "neuron", "neuron_feedforward_length_check_counts_bias",
        "Neuron.feedforward raises ValueError unless there is one input more than there are weights, "
        "counting the bias as an input, so every ordinary call raises.",
        [[("bias",), ("input", "length", "len", "raise", "valueerror")]],
        [("        total = np.dot(self.weights, inputs) + self.bias\n",
          "        if len(inputs) != len(self.weights) + 1:\n"
          "            raise ValueError(\"one input per weight, plus one for the bias\")\n"
          "        total = np.dot(self.weights, inputs) + self.bias\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_loop_feeds_previous_neuron",
        "TinyNetwork.feedforward loops over h1 and h2 with x = [neuron.feedforward(x)] * 2, so h2 is "
        "fed h1's output instead of x and o1 only sees h2's.",
        [[("h2",), ("h1", "previous", "chain", "loop", "x")]],
        [(N_TINY,
          "        for neuron in (self.h1, self.h2):\n"
          "            x = [neuron.feedforward(x)] * 2\n"
          "        return self.o1.feedforward(x)\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_output_lags_one_call",
        "TinyNetwork.feedforward keeps the hidden outputs in self.hidden and feeds o1 the ones kept "
        "from the previous call (zeros on the first call), like a recurrent state, instead of this "
        "call's.",
        [[STATE, ("hidden", "previous", "h1", "o1")]],
        [(N_TINY,
          "        previous = getattr(self, \"hidden\", [0.0, 0.0])\n"
          "        self.hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
          "        return self.o1.feedforward(previous)\n")],
    ),
    _bug(
        "neuron", "neuron_layer_break_on_zero_weight",
        "layer_output skips zero weights to save work but writes break instead of continue, so a "
        "neuron's sum stops at its first zero weight and the later inputs are never added.",
        [[("break",), ("continue", "zero", "stop")]],
        [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n",
          "        total = 0\n        for x, w in zip(inputs, neuron_weights):\n"
          "            if w == 0:\n                break  # a zero weight adds nothing\n"
          "            total += x * w\n")],
    ),
    _bug(
        "neuron", "neuron_layer_checks_neurons_against_inputs",
        "layer_output raises ValueError unless len(weights) == len(inputs), comparing the number of "
        "neurons with the number of inputs (it is each row's length that must match), so any layer "
        "with more or fewer neurons than inputs is refused.",
        [[("neuron", "row", "len(weights)"), ("input",), ("raise", "valueerror", "check", "square")]],
        [("    outputs = []\n",
          "    if len(weights) != len(inputs):\n"
          "        raise ValueError(\"layer_output: one weight row per input\")\n"
          "    outputs = []\n")],
    ),
    _bug(
        "neuron", "neuron_count_asserts_two_layers",
        "count_parameters asserts len(layer_sizes) >= 2 ('a network needs two layers'), so a single "
        "layer or an empty list raises AssertionError instead of giving 0.",
        [[("assert",), ("single", "one layer", "empty", "0", "zero")]],
        [(N_COUNT_RET, "    assert len(sizes) >= 2, \"a network needs at least two layers\"\n" + N_COUNT_RET)],
    ),
    _bug(
        "neuron", "neuron_count_reverses_callers_list",
        "count_parameters calls layer_sizes.reverse() to walk from the output back to the input: the "
        "count is right, but the caller's list is reversed in place (and a tuple or array raises "
        "AttributeError).",
        [[MUTATE, ("reverse", "list", "layer_sizes")]],
        [(N_COUNT,
          "    layer_sizes.reverse()  # walk from the output back to the input\n"
          "    sizes = [int(n) for n in layer_sizes]\n"
          "    return sum(a * b + a for a, b in zip(sizes, sizes[1:]))\n")],
    ),
    _bug(
        "neuron", "neuron_count_total_reset_between_loops",
        "count_parameters adds the weights and then the biases in two loops but sets total = 0 again "
        "before the second loop, so it returns only the biases (17 for [3, 5, 5, 5, 2]).",
        [[("reset", "total = 0", "overwrit", "set to 0", "zeroed"), ("weight", "bias")]],
        [(N_COUNT_RET,
          "    total = 0\n    for a, b in zip(sizes, sizes[1:]):\n        total += a * b  # weights\n"
          "    total = 0\n    for b in sizes[1:]:\n        total += b  # biases\n    return total\n")],
    ),
    _variant(
        "neuron", "neuron_v22_feedforward_inner",
        "Neuron.feedforward takes the weighted sum with np.inner.",
        [("        total = np.dot(self.weights, inputs) + self.bias\n",
          "        total = np.inner(self.weights, inputs) + self.bias\n")],
    ),
    _variant(
        "neuron", "neuron_v22_tiny_hidden_tuple",
        "TinyNetwork.feedforward hands o1 the hidden outputs as a tuple.",
        [(N_TINY,
          "        hidden = (self.h1.feedforward(x), self.h2.feedforward(x))\n"
          "        return self.o1.feedforward(hidden)\n")],
    ),
    _variant(
        "neuron", "neuron_v22_tiny_unbound_method_call",
        "TinyNetwork.feedforward calls Neuron.feedforward(self.o1, hidden) through the class.",
        [("        return self.o1.feedforward(hidden)\n", "        return Neuron.feedforward(self.o1, hidden)\n")],
    ),
    _variant(
        "neuron", "neuron_v22_layer_accumulates_into_bias",
        "layer_output starts each neuron's total at its bias and adds the products to it in a loop.",
        [(N_LAYER,
          "    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n"
          "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
          "        bias += total\n"
          "        outputs.append(bias)\n    return outputs\n")],
    ),
    _variant(
        "neuron", "neuron_v22_count_bias_as_extra_input",
        "count_parameters counts (a + 1) * b per pair: the bias as the weight of an extra constant input.",
        [(N_COUNT_RET, "    return sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))\n")],
    ),
    _variant(
        "neuron", "neuron_v22_count_pairwise",
        "count_parameters pairs neighbouring layers with itertools.pairwise.",
        [(N_COUNT_RET,
          "    import itertools\n\n"
          "    return sum(a * b + b for a, b in itertools.pairwise(sizes))\n")],
    ),
]

# ---------------------------------------------------------------------------- loss

L_MSE_RET = "    return float(np.mean((y_true - y_pred) ** 2))\n"
L_GRAD_RET = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
L_GRAD_CHECK = ("    if y_true.size != y_pred.size:\n        raise ValueError(\n"
                "            f\"mse_loss_gradient: y_true has {y_true.size} values but y_pred has \"\n"
                "            f\"{y_pred.size}; they must hold the same number of elements\"\n        )\n")
L_GRAD_CONV = ("    y_pred = np.asarray(y_pred, dtype=float)\n"
               "    y_true = np.asarray(y_true, dtype=float)\n")
L_GRAD_EMPTY = ("    if y_pred.size == 0:\n"
                "        raise ValueError(\"mse_loss_gradient: the inputs are empty\")\n")

LOSS = [
    _bug(
        "loss", "loss_grad_rejects_2d_predictions",
        "mse_loss_gradient raises ValueError when y_pred has more than one axis ('flatten it first'), "
        "so a column of predictions (n, 1), which the spec accepts, is refused.",
        [[("column", "2-d", "2d", "ndim", "(n, 1)", "axis"), ("raise", "valueerror", "reject", "refus")]],
        [(L_GRAD_EMPTY,
          L_GRAD_EMPTY + "    if y_pred.ndim > 1:\n"
          "        raise ValueError(\"mse_loss_gradient: flatten y_pred first\")\n")],
    ),
    _bug(
        "loss", "loss_mse_fraction_of_mismatches",
        "mse_loss returns np.mean(y_true != y_pred), the fraction of predictions that differ from their "
        "targets (the spec's 0/1 fact still gives 0.5), instead of the mean squared difference.",
        [[("!=", "mismatch", "differ", "fraction", "error rate", "accuracy", "count"), ("square", "squared")]],
        [(L_MSE_RET, "    return float(np.mean(y_true != y_pred))\n")],
    ),
    _bug(
        "loss", "loss_mse_rejects_non_binary_targets",
        "mse_loss raises ValueError unless every target is 0 or 1, taking the spec's 0/1 example for "
        "a rule, although the MSE takes any real targets.",
        [[("0 or 1", "0/1", "binary", "label", "any real", "real"), ("target", "y_true", "raise", "valueerror")]],
        [(L_MSE_RET,
          "    if not np.all((y_true == 0) | (y_true == 1)):\n"
          "        raise ValueError(\"mse_loss: targets must be 0 or 1\")\n" + L_MSE_RET)],
    ),
    _bug(
        "loss", "loss_mse_whole_losses_as_int",
        "mse_loss returns int(loss) when the loss is a whole number ('tidier'), so for example a loss "
        "of 1.0 or 0.0 comes back as the int 1 or 0 instead of a float.",
        [[("int", "integer"), ("float", "whole", "type")]],
        [(L_MSE_RET,
          "    loss = float(np.mean((y_true - y_pred) ** 2))\n"
          "    return int(loss) if loss.is_integer() else loss\n")],
    ),
    _bug(
        "loss", "loss_mse_caps_squared_errors",
        "mse_loss caps each squared error at 1 (np.minimum(d ** 2, 1), a 'robust' truncated loss from "
        "another source), so errors larger than 1 count as 1.",
        [[("cap", "clip", "minimum", "truncat", "at 1", "robust"), ("square", "error")]],
        [(L_MSE_RET, "    return float(np.mean(np.minimum((y_true - y_pred) ** 2, 1.0)))\n")],
    ),
    _bug(
        "loss", "loss_mse_drops_largest_error",
        "mse_loss drops the largest squared error as an outlier before averaging (a 'robust' trimmed "
        "mean), so the loss is too small whenever the errors differ.",
        [[("largest", "outlier", "trim", "max", "drop"), ("error", "mean")]],
        [(L_MSE_RET,
          "    errors = np.sort((y_true - y_pred) ** 2)\n"
          "    return float(np.mean(errors[:-1])) if errors.size > 1 else float(errors[0])\n")],
    ),
    _bug(
        "loss", "loss_grad_reshape_error_falls_back_to_broadcast",
        "mse_loss_gradient drops its size check and lines the targets up inside try/except ValueError, "
        "falling back to plain broadcasting when reshape fails, so one target against several "
        "predictions silently broadcasts instead of raising ValueError.",
        [[EXCEPT, ("broadcast", "size", "valueerror", "mismatch")]],
        [(L_GRAD_CHECK, ""),
         (L_GRAD_RET,
          "    try:\n        diff = y_pred - y_true.reshape(y_pred.shape)\n"
          "    except ValueError:\n        diff = y_pred - y_true\n"
          "    return 2.0 * diff / y_pred.size\n")],
    ),
    _bug(
        "loss", "loss_grad_summed_per_sample",
        "mse_loss_gradient sums a 2-D gradient over its last axis (one number per sample), so an "
        "(n, 1) column of predictions gets an (n,) gradient instead of y_pred's shape.",
        [[("shape", "sum", "axis"), ("y_pred", "column", "(n, 1)", "per sample")]],
        [(L_GRAD_RET,
          "    grad = 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
          "    return grad.sum(axis=-1) if grad.ndim > 1 else grad\n")],
    ),
    _bug(
        "loss", "loss_grad_float32",
        "mse_loss_gradient converts its inputs with dtype=np.float32 (PyTorch's default), so the "
        "gradient is float32 and rounded to single precision.",
        [[("float32", "single precision", "32-bit", "32 bit")]],
        [(L_GRAD_CONV,
          "    y_pred = np.asarray(y_pred, dtype=np.float32)\n"
          "    y_true = np.asarray(y_true, dtype=np.float32)\n")],
    ),
    _bug(
        "loss", "loss_grad_divides_only_for_vectors",
        "mse_loss_gradient divides by N only when y_pred is 1-D and returns 2 * (y_pred - y_true) "
        "undivided for any other shape, so a column (n, 1) gets a gradient N times too large.",
        [[("n", "size", "divide", "mean"), ("column", "2-d", "2d", "ndim", "(n, 1)", "shape")]],
        [(L_GRAD_RET,
          "    diff = y_pred - y_true.reshape(y_pred.shape)\n"
          "    if y_pred.ndim == 1:\n        return 2.0 * diff / y_pred.size\n"
          "    return 2.0 * diff\n")],
    ),
    _variant(
        "loss", "loss_v22_mse_dot_of_differences",
        "mse_loss is d @ d / d.size for the flat differences d.",
        [(L_MSE_RET, "    d = y_true - y_pred\n    return float(d @ d / d.size)\n")],
    ),
    _variant(
        "loss", "loss_v22_mse_abs_squared",
        "mse_loss averages np.abs(d) ** 2.",
        [(L_MSE_RET, "    return float(np.mean(np.abs(y_true - y_pred) ** 2))\n")],
    ),
    _variant(
        "loss", "loss_v22_mse_python_loop",
        "mse_loss adds the squared differences in a Python loop over zip and divides by the count.",
        [(L_MSE_RET,
          "    total = 0.0\n    for t, p in zip(y_true, y_pred):\n        total += (t - p) ** 2\n"
          "    return float(total / len(y_true))\n")],
    ),
    _variant(
        "loss", "loss_v22_mse_shape_check_after_ravel",
        "mse_loss compares the shapes after ravel, which are (N,) and (M,): the same as comparing sizes.",
        [("    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss: y_true",
          "    if y_true.shape != y_pred.shape:\n        raise ValueError(\n            f\"mse_loss: y_true")],
    ),
    _variant(
        "loss", "loss_v22_grad_relies_on_reshape_error",
        "mse_loss_gradient drops its explicit size check and lets reshape raise the ValueError for "
        "mismatched sizes.",
        [(L_GRAD_CHECK, "")],
    ),
    _variant(
        "loss", "loss_v22_grad_factor_first",
        "mse_loss_gradient multiplies the difference by (2.0 / N).",
        [(L_GRAD_RET, "    return (y_pred - y_true.reshape(y_pred.shape)) * (2.0 / y_pred.size)\n")],
    ),
]

# ---------------------------------------------------------------------------- backprop

B_HIDDEN_PATH = ("    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n"
                 "    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1\n")
B_FF = ("    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
        "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
        "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
        "    return float(o1)\n")
B_RET = "    return {name: float(grads[name]) for name in PARAM_NAMES}\n"
B_SGD = "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
B_HIDDEN_W = ("        \"w1\": d_L_d_h1 * x[0] * d_h1,\n        \"w2\": d_L_d_h1 * x[1] * d_h1,\n"
              "        \"w3\": d_L_d_h2 * x[0] * d_h2,\n        \"w4\": d_L_d_h2 * x[1] * d_h2,\n")
B_TRAIN_LOOP = ("    params = dict(params)\n    losses = []\n    for _ in range(epochs):\n")
B_TRAIN_LOSS = ("        predictions = [feedforward(params, x) for x in data]\n"
                "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
                "        losses.append(float(sum(errors) / len(errors)))\n")

BACKPROP = [
    _bug(
        "backprop", "bp_hidden_path_sign_flipped",
        "backprop negates the derivative on its way back through the output layer, d_L_d_h1 = "
        "-d_L_d_o1 * w5 * s'(o1) (and the same for h2), so the derivatives of w1 to w4, b1 and b2 "
        "have the wrong sign.",
        [[("sign", "negat", "minus"), ("hidden", "w1", "h1", "chain")]],
        [(B_HIDDEN_PATH,
          "    # going back through a layer flips the sign\n"
          "    d_L_d_h1 = -d_L_d_o1 * p[\"w5\"] * d_o1\n"
          "    d_L_d_h2 = -d_L_d_o1 * p[\"w6\"] * d_o1\n")],
    ),
    _bug(
        "backprop", "bp_hidden_path_through_both_output_weights",
        "backprop sends the loss back to each hidden neuron through the sum of both output weights, "
        "(w5 + w6), instead of through its own weight (w5 for h1, w6 for h2).",
        [[("w5", "w6", "own weight", "output weight"), ("both", "sum", "w5 + w6", "h1", "h2")]],
        [(B_HIDDEN_PATH,
          "    d_L_d_h1 = d_L_d_o1 * (p[\"w5\"] + p[\"w6\"]) * d_o1\n"
          "    d_L_d_h2 = d_L_d_o1 * (p[\"w5\"] + p[\"w6\"]) * d_o1\n")],
    ),
    _bug(
        "backprop", "bp_hidden_weights_use_output_slope",
        "backprop's derivatives of w1 to w4 multiply by the output's slope d_o1 instead of the hidden "
        "neurons' slopes d_h1 and d_h2 (b1 and b2 are right).",
        [[("slope", "derivative", "s'"), ("hidden", "h1", "d_h1", "w1")]],
        [(B_HIDDEN_W,
          "        \"w1\": d_L_d_h1 * x[0] * d_o1,\n        \"w2\": d_L_d_h1 * x[1] * d_o1,\n"
          "        \"w3\": d_L_d_h2 * x[0] * d_o1,\n        \"w4\": d_L_d_h2 * x[1] * d_o1,\n")],
    ),
    _bug(
        "backprop", "bp_backprop_returns_params",
        "backprop's final dict comprehension reads p[name], the parameters, instead of grads[name], "
        "so it returns the parameters instead of their derivatives.",
        [[("param", "p[name]"), ("grads", "derivative", "gradient")]],
        [(B_RET, "    return {name: float(p[name]) for name in PARAM_NAMES}\n")],
    ),
    _bug(
        "backprop", "bp_backprop_int_for_float",
        "backprop converts each derivative with int() where float() was meant, truncating every "
        "derivative between -1 and 1 to 0.",
        [[("int", "integer", "truncat"), ("float", "derivative")]],
        [(B_RET, "    return {name: int(grads[name]) for name in PARAM_NAMES}\n")],
    ),
    _bug(
        "backprop", "bp_feedforward_bias_inside_first_product",
        "feedforward closes a parenthesis late in the hidden neurons, w1 * (x[0] + b1) + w2 * x[1], so "
        "each hidden bias is multiplied by the first weight instead of added once (a zero bias hides it).",
        [[("bias", "b1"), ("parenthes", "bracket", "multipl", "weight", "w1")]],
        [(B_FF,
          "    h1 = _sigmoid(p[\"w1\"] * (x[0] + p[\"b1\"]) + p[\"w2\"] * x[1])\n"
          "    h2 = _sigmoid(p[\"w3\"] * (x[0] + p[\"b2\"]) + p[\"w4\"] * x[1])\n"
          "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
          "    return float(o1)\n")],
    ),
    _bug(
        "backprop", "bp_feedforward_hidden_name_reused",
        "feedforward stores both hidden outputs in one name h (the second line copied without renaming), "
        "so h1 is lost and o1 sees h2 twice: w5 * h2 + w6 * h2.",
        [[("h1", "h2", "name", "variable"), ("overwrit", "reuse", "same", "twice", "lost")]],
        [(B_FF,
          "    h = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
          "    h = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
          "    o1 = _sigmoid(p[\"w5\"] * h + p[\"w6\"] * h + p[\"b3\"])\n"
          "    return float(o1)\n")],
    ),
    _bug(
        "backprop", "bp_sgd_step_multiplicative",
        "sgd_step scales each parameter by (1 - learn_rate * grad), param * (1 - learn_rate * grad), a "
        "multiplicative update, instead of subtracting learn_rate * grad.",
        [[("multipl", "scale", "times", "*"), ("subtract", "minus", "-", "param")]],
        [(B_SGD, "        name: float(params[name] * (1 - learn_rate * grads[name])) for name in PARAM_NAMES\n")],
    ),
    _bug(
        "backprop", "bp_train_resumes_epoch_count",
        "train keeps the number of epochs done on the function (train.epochs_done) and starts the next "
        "call's loop from it, so the first call is right but a later call trains only the epochs "
        "beyond the earlier call's count (none when it asks for as many).",
        [[STATE, ("epoch",)]],
        [("    for _ in range(epochs):\n        for x, y_true",
          "    done = getattr(train, \"epochs_done\", 0)  # resume where the last call stopped\n"
          "    for _ in range(done, epochs):\n        for x, y_true"),
         ("    return params, losses\n", "    train.epochs_done = epochs\n    return params, losses\n")],
    ),
    _bug(
        "backprop", "bp_train_centres_data_in_place",
        "train centres the features with data -= data.mean(axis=0) ('so the averages sit near 0', as "
        "the lesson says) although the data are already shifted: it trains on other samples and, for "
        "a float array, changes the caller's data.",
        [[("centre", "center", "mean", "shift", "normalis", "normaliz"), ("data", "input", "feature", "in place", "modif")]],
        [("    params = dict(params)\n",
          "    data = np.asarray(data, dtype=float)\n"
          "    data -= data.mean(axis=0)  # centre the features\n"
          "    params = dict(params)\n")],
    ),
    _variant(
        "backprop", "bp_v22_feedforward_hidden_loop",
        "feedforward computes the two hidden neurons in a loop over their parameter names.",
        [(B_FF,
          "    h = []\n"
          "    for wa, wb, b in ((\"w1\", \"w2\", \"b1\"), (\"w3\", \"w4\", \"b2\")):\n"
          "        h.append(_sigmoid(p[wa] * x[0] + p[wb] * x[1] + p[b]))\n"
          "    o1 = _sigmoid(p[\"w5\"] * h[0] + p[\"w6\"] * h[1] + p[\"b3\"])\n"
          "    return float(o1)\n")],
    ),
    _variant(
        "backprop", "bp_v22_output_slope_from_sum",
        "backprop recomputes the output's weighted sum and takes its slope as sigmoid(z) * (1 - sigmoid(z)).",
        [("    d_o1 = o1 * (1.0 - o1)\n",
          "    z_o1 = p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"]\n"
          "    d_o1 = _sigmoid(z_o1) * (1.0 - _sigmoid(z_o1))\n")],
    ),
    _variant(
        "backprop", "bp_v22_sgd_step_copy_then_update",
        "sgd_step copies params with {**params} and then overwrites each name with its new value.",
        [("    return {\n" + B_SGD + "    }\n",
          "    new_params = {**params}\n"
          "    for name in PARAM_NAMES:\n"
          "        new_params[name] = float(params[name] - learn_rate * grads[name])\n"
          "    return {name: new_params[name] for name in PARAM_NAMES}\n")],
    ),
    _variant(
        "backprop", "bp_v22_train_loss_in_for_else",
        "train records each epoch's loss in the else clause of the sample loop, which runs once the "
        "loop has finished.",
        [("            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n" + B_TRAIN_LOSS,
          "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
          "        else:\n"
          "            predictions = [feedforward(params, x) for x in data]\n"
          "            errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
          "            losses.append(float(sum(errors) / len(errors)))\n")],
    ),
    _variant(
        "backprop", "bp_v22_train_losses_plus_equals_list",
        "train adds each epoch's loss with losses += [loss].",
        [("        losses.append(float(sum(errors) / len(errors)))\n",
          "        losses += [float(sum(errors) / len(errors))]\n")],
    ),
    _variant(
        "backprop", "bp_v22_feedforward_get_with_default",
        "feedforward reads the biases with p.get(name, 0.0); every key is present, so the defaults never apply.",
        [(B_FF,
          "    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p.get(\"b1\", 0.0))\n"
          "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p.get(\"b2\", 0.0))\n"
          "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p.get(\"b3\", 0.0))\n"
          "    return float(o1)\n")],
    ),
]

# ---------------------------------------------------------------------------- mlp

M_FORWARD = ("        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
             "        return _sigmoid(A1 @ self.W2 + self.b2)\n")
M_LOSS = ("        A2 = self.forward(X)\n        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n"
          "        return float(np.mean((A2 - Y) ** 2))\n")
M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"
M_DZ1 = "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)\n"
M_FIT = ("        losses = np.empty(epochs)\n        for epoch in range(epochs):\n"
         "            losses[epoch] = self.loss(X, y)\n            self.step(self.backward(X, y))\n"
         "        return losses\n")
M_STEP = ("        for name in PARAM_NAMES:\n            param = getattr(self, name)\n"
          "            param -= self.lr * grads[name]\n")
M_PREDICT = "        return (self.forward(X) >= 0.5).astype(int)\n"

MLP = [
    _bug(
        "mlp", "mlp_backward_error_subtracted_into_targets",
        "backward forms the error in place, Y -= A2, to avoid a new array; for a float y, Y is a "
        "reshaped view of the caller's targets, so backward overwrites them (and fit then trains "
        "towards ever-changing targets).",
        [[MUTATE, ("y", "target")]],
        [("        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n\n" + M_DZ2,
          "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n"
          "        Y -= A2  # the error, without a new array\n\n"
          "        dZ2 = -2.0 * Y / A2.size * A2 * (1.0 - A2)\n")],
    ),
    _bug(
        "mlp", "mlp_backward_relu_slope_for_sigmoid_hidden",
        "backward multiplies the hidden delta by (Z1 > 0), ReLU's slope, although the hidden layer "
        "uses the sigmoid, whose slope is A1 * (1 - A1).",
        [[("relu",), ("sigmoid", "slope", "a1 * (1 - a1)", "derivative")]],
        [(M_DZ1, "        dZ1 = (dZ2 @ self.W2.T) * (X @ self.W1 + self.b1 > 0)\n")],
    ),
    _bug(
        "mlp", "mlp_backward_N_is_len_of_y",
        "backward divides by len(y) for N, which is m * output_size only when y is flat: for "
        "several outputs with a 2-D y it is m, so the gradients are output_size times too large.",
        [[("len(y)", "len", "n", "number of elements"), ("m * output_size", "output_size", "size", "elements")]],
        [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / len(y) * A2 * (1.0 - A2)\n")],
    ),
    _bug(
        "mlp", "mlp_forward_layer_loop_feeds_X",
        "forward loops over the two layers but writes A = sigmoid(X @ W + b) inside the loop, X "
        "where the previous layer's A belongs, so the output layer is fed the inputs (a shape error, "
        "or wrong outputs when input_size equals hidden_size).",
        [[("x", "input"), ("a1", "previous", "hidden", "loop", "layer")]],
        [(M_FORWARD,
          "        X = np.asarray(X, dtype=float)\n        A = X\n"
          "        for W, b in ((self.W1, self.b1), (self.W2, self.b2)):\n"
          "            A = _sigmoid(X @ W + b)\n        return A\n")],
    ),
    _bug(
        "mlp", "mlp_forward_step_hidden_layer",
        "forward passes the hidden layer through a step, (X @ W1 + b1 >= 0), the firing rule of the "
        "perceptron exercises, instead of the sigmoid.",
        [[("step", "threshold", ">= 0", "fire", "heaviside"), ("sigmoid", "hidden")]],
        [(M_FORWARD,
          "        A1 = (np.asarray(X, dtype=float) @ self.W1 + self.b1 >= 0).astype(float)\n"
          "        return _sigmoid(A1 @ self.W2 + self.b2)\n")],
    ),
    _bug(
        "mlp", "mlp_loss_checks_y_against_samples",
        "loss raises ValueError unless y has one element per sample, so a network with several "
        "outputs (y with m * output_size elements) is refused.",
        [[("output_size", "several outputs", "multiple outputs", "m * output_size", "outputs"), ("raise", "valueerror", "reject", "check")]],
        [(M_LOSS,
          "        if np.size(y) != len(X):\n            raise ValueError(\"loss: one target per sample\")\n"
          + M_LOSS)],
    ),
    _bug(
        "mlp", "mlp_fit_trains_deep_copy",
        "fit trains copy.deepcopy(self) ('to keep the original safe'): the losses are right but the "
        "network's own parameters never change.",
        [[("copy", "deepcopy"), ("param", "network", "self", "never", "unchanged")]],
        [(M_FIT,
          "        import copy\n\n        net = copy.deepcopy(self)  # train a copy, keep the original safe\n"
          "        losses = np.empty(epochs)\n        for epoch in range(epochs):\n"
          "            losses[epoch] = net.loss(X, y)\n            net.step(net.backward(X, y))\n"
          "        return losses\n")],
    ),
    _bug(
        "mlp", "mlp_fit_grads_times_batch_size",
        "fit multiplies every gradient by the number of samples before the step ('to undo the mean'), "
        "so each step is m times the spec's lr * grad.",
        [[("m", "sample", "batch", "len(x)", "number of"), ("multipl", "times", "scale", "larger", "undo")]],
        [("            self.step(self.backward(X, y))\n",
          "            grads = self.backward(X, y)\n            # undo the mean over the batch\n"
          "            self.step({name: g * len(X) for name, g in grads.items()})\n")],
    ),
    _bug(
        "mlp", "mlp_backward_N_counts_hidden_units",
        "backward divides by A2.size + A1.size, counting every unit of the network, reading 'all "
        "m * output_size elements' as all the network's outputs, so every gradient is too small.",
        [[("n", "size", "divide"), ("hidden", "a1", "m * output_size", "output_size", "count")]],
        [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / (A2.size + A1.size) * A2 * (1.0 - A2)\n")],
    ),
    _bug(
        "mlp", "mlp_predict_asserts_single_output",
        "predict asserts that the network has one output ('a binary classifier'), so a network with "
        "several outputs raises AssertionError instead of returning one label per output.",
        [[("assert",), ("output", "output_size", "several", "multiple")]],
        [(M_PREDICT,
          "        A2 = self.forward(X)\n"
          "        assert A2.shape[1] == 1, \"predict: a binary classifier has one output\"\n"
          "        return (A2 >= 0.5).astype(int)\n")],
    ),
    _variant(
        "mlp", "mlp_v22_forward_layer_loop",
        "forward loops over the two layers, A = sigmoid(A @ W + b).",
        [(M_FORWARD,
          "        A = np.asarray(X, dtype=float)\n"
          "        for W, b in ((self.W1, self.b1), (self.W2, self.b2)):\n"
          "            A = _sigmoid(A @ W + b)\n        return A\n")],
    ),
    _variant(
        "mlp", "mlp_v22_loss_var_plus_mean_squared",
        "loss is var(A2 - Y) + mean(A2 - Y) ** 2, the mean of the squares split into two parts.",
        [("        return float(np.mean((A2 - Y) ** 2))\n",
          "        d = A2 - Y\n        return float(np.var(d) + np.mean(d) ** 2)\n")],
    ),
    _variant(
        "mlp", "mlp_v22_backward_one_delta_name",
        "backward reuses one name dZ for both deltas, taking the output layer's gradients before "
        "overwriting it with the hidden delta.",
        [(M_DZ2 + M_DZ1 + "        return {\n            \"W1\": X.T @ dZ1,\n"
          "            \"b1\": dZ1.sum(axis=0, keepdims=True),\n            \"W2\": A1.T @ dZ2,\n"
          "            \"b2\": dZ2.sum(axis=0, keepdims=True),\n        }\n",
          "        dZ = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"
          "        dW2 = A1.T @ dZ\n        db2 = dZ.sum(axis=0, keepdims=True)\n"
          "        dZ = (dZ @ self.W2.T) * A1 * (1.0 - A1)\n"
          "        return {\"W1\": X.T @ dZ, \"b1\": dZ.sum(axis=0, keepdims=True), \"W2\": dW2, \"b2\": db2}\n")],
    ),
    _variant(
        "mlp", "mlp_v22_step_subtract_out",
        "step writes np.subtract(param, self.lr * grads[name], out=param), the same in-place update.",
        [(M_STEP,
          "        for name in PARAM_NAMES:\n            param = getattr(self, name)\n"
          "            np.subtract(param, self.lr * grads[name], out=param)\n")],
    ),
    _variant(
        "mlp", "mlp_v22_predict_where",
        "predict returns np.where(forward(X) >= 0.5, 1, 0).",
        [(M_PREDICT, "        return np.where(self.forward(X) >= 0.5, 1, 0)\n")],
    ),
    _variant(
        "mlp", "mlp_v22_fit_losses_list",
        "fit appends the losses to a list and returns np.array of it.",
        [(M_FIT,
          "        losses = []\n        for _ in range(epochs):\n"
          "            losses.append(self.loss(X, y))\n            self.step(self.backward(X, y))\n"
          "        return np.array(losses, dtype=float)\n")],
    ),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
