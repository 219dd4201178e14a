"""A nineteenth held-out corpus of beginner mistakes, written blind.

Written from ``/work/shared/COURSE_SPEC.md``, the reference solutions, a grep of the stubs,
``tests/test_heldout.py``, ``tests/heldout18/README.md`` and the head and tail of
``tests/heldout18/cases.py``. The ``module``, ``name`` and ``did`` of every bug in heldout3 to
heldout18 were listed (by parsing the files with ``ast``, edits not printed) only so that every
bug here is a different mistake from theirs. Nothing under ``autograder/`` was opened, nor
``tests/corpus/``, ``tests/heldout/cases.py``, ``tests/heldout2/``, the probe's source or the git
history (see ``README.md`` beside this file).

The format is that of ``tests/heldout18/cases.py``: ``_bug(module, name, did, names, edits)`` and
``_variant(module, name, did, edits)``. ``edits`` are exact (old, new) replacements in
``solutions/<module>.py``. ``names`` lists alternatives; each alternative is a list of keyword
groups (a string, or a tuple of spellings), and a hint names the mistake when, for some
alternative, it holds one spelling of every group. The keywords were fixed when each case was
written, before any grading.

This corpus leans on kinds the earlier corpora covered less: misremembered NumPy calls
(``np.empty`` for zeros, ``np.add`` thought to work in place, ``np.average`` with ``weights=`` for a
weighted sum, ``np.vdot``, ``np.inner`` and ``np.outer`` for a matrix product, ``np.convolve`` for a
dot product, ``np.insert`` at -1, ``np.concatenate`` to flatten, ``np.sum(dtype=int)``,
``np.max(z, -1, True)``, ``np.expm1`` for ``np.exp``, ``.view(int)`` for ``.astype(int)``,
``np.linalg.pinv`` for a transpose, ``np.frompyfunc``, a non-existent ``np.sigmoid``, boolean
indexing for a mask), Python slips (an annotation colon for ``=``, ``==`` for ``=``, a chained
comparison with ``== True``, closures in a loop binding late, a dict literal rebuilt in a loop,
``hasattr`` on an attribute ``__init__`` set to ``None``, ``functools.reduce`` without a start value,
assignment into an empty list, ``in (0, 1)`` on arrays, a ``zip`` reused, nested loops for ``zip``,
settings unpacked in the wrong order, a return indented under a raise, a str + int error message,
a hidden value returned for the output), state between calls (the last sigmoid output kept in a
global, N cached on the gradient function, ``feedforward`` memoised on x), confusion between
neighbouring formulas (MSLE and log-cosh for the MSE, a bipolar step, tanh rescaled to (0, 1), the
sigmoid identity of tanh without the -1, sign SGD and the abs of the gradient, a Jacobian for a
gradient) and misplaced lines (the loss computed before the epoch loop, recorded after it, its array
allocated inside it, the prediction inside the feature loop, a break after the first correction,
b1's gradient taken before the hidden slope).
"""


def _bug(module, name, did, names, edits):
    return {"name": name, "module": module, "kind": "bug", "edits": edits, "did": did, "names": names}


def _variant(module, name, did, edits):
    return {"name": name, "module": module, "kind": "variant", "edits": edits, "did": did, "names": None}


STATE = ("each call", "every call", "second call", "later call", "previous call", "earlier call",
         "between calls", "first call", "last call", "state", "cache", "stored", "remember", "memo")

# ---------------------------------------------------------------------------- gates

G_THRESH = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)\n"
G_THRESH_ARRAY = "        return (z >= 0.5).astype(int)\n"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)\n"
)

GATES = [
    _bug(
        "gates", "gates_threshold_bipolar_minus_one",
        "threshold returns -1 instead of 0 below 0.5 (a bipolar step from a -1/+1 tutorial), for numbers and "
        "arrays alike, so every gate outputs -1 where it should output 0.",
        [[("-1", "minus 1", "minus one", "negative one", "bipolar")]],
        [(G_THRESH,
          "    if isinstance(z, np.ndarray):\n"
          "        return np.where(z >= 0.5, 1, -1)\n"
          "    return 1 if z >= 0.5 else -1\n")],
    ),
    _bug(
        "gates", "gates_threshold_array_returns_input",
        "threshold's array branch computes fired = (z >= 0.5).astype(int) but returns z, so an array of sums "
        "comes back unchanged (floats, not 0/1) while numbers are right.",
        [[("unchanged", "input itself", "returns z", "returns the input", "raw sum", "not thresholded",
           "without threshold", "sums themselves", "the sums")]],
        [(G_THRESH_ARRAY, "        fired = (z >= 0.5).astype(int)\n        return z\n")],
    ),
    _bug(
        "gates", "gates_threshold_frompyfunc_object_array",
        "threshold's array branch vectorises int(v >= 0.5) with np.frompyfunc, which returns an array of "
        "dtype object (Python ints inside), not an integer array.",
        [[("object", "frompyfunc")]],
        [(G_THRESH_ARRAY, "        return np.frompyfunc(lambda v: int(v >= 0.5), 1, 1)(z)\n")],
    ),
    _bug(
        "gates", "gates_threshold_chained_comparison_with_true",
        "threshold's number branch returns int(z >= 0.5 == True); Python chains the comparisons as "
        "z >= 0.5 and 0.5 == True, which is always False, so every Python number gives 0.",
        [[("chain", "== true", "0.5 == true")]],
        [("    return int(z >= 0.5)\n", "    return int(z >= 0.5 == True)\n")],
    ),
    _bug(
        "gates", "gates_perceptron_np_average_weighted_mean",
        "perceptron computes the weighted sum with np.average([1, x1, x2], weights=weights), which divides by "
        "the sum of the weights (a weighted mean): NAND's sums are divided by 0.3 so (1, 1) fires, and NOR's "
        "by -0.7 so (0, 0) does not.",
        [[("np.average", "average(", "weighted mean", "weighted average", "divides by the sum",
           "divided by the sum", "sum of the weights")]],
        [(G_Z, "    z = np.average([np.ones_like(np.asarray(x1, dtype=float)), x1, x2], axis=0, weights=weights)\n")],
    ),
    _bug(
        "gates", "gates_and_weights_double_equals",
        "AND_WEIGHTS == (-0.5, 0.6, 0.6) is typed with == for =, a comparison with a name that does not exist "
        "yet, so importing the module raises NameError.",
        [[("==", "comparison instead of", "double equals", "nameerror", "not defined")]],
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)\n", "AND_WEIGHTS == (-0.5, 0.6, 0.6)\n")],
    ),
    _bug(
        "gates", "gates_or_weights_annotation_colon",
        "OR_WEIGHTS: (0.0, 0.6, 0.6) is written with a colon (a dict-literal habit), which Python reads as a "
        "type annotation, so OR_WEIGHTS is never assigned: the module has no OR_WEIGHTS and xor raises "
        "NameError.",
        [["or_weights", ("not defined", "undefined", "missing", "nameerror", "annotation", "colon",
                         "never assigned", "not assigned", "no attribute", "lacks")]],
        [("OR_WEIGHTS = (0.0, 0.6, 0.6)\n", "OR_WEIGHTS: (0.0, 0.6, 0.6)\n")],
    ),
    _bug(
        "gates", "gates_nor_weights_under_main_guard",
        "NOR_WEIGHTS is assigned inside if __name__ == '__main__': (next to a demo), so it exists only when "
        "the file is run as a script: an imported module has no NOR_WEIGHTS.",
        [["nor_weights", ("not defined", "undefined", "missing", "__main__", "main guard", "not found", "lacks",
                          "no attribute", "nameerror")]],
        [("NOR_WEIGHTS = (0.5, -0.6, -0.6)\n",
          "if __name__ == \"__main__\":\n    NOR_WEIGHTS = (0.5, -0.6, -0.6)\n")],
    ),
    _bug(
        "gates", "gates_xor_validates_with_in",
        "xor first checks its inputs with `if x1 not in (0, 1) or x2 not in (0, 1): raise ValueError`: "
        "numbers pass, but for an array `in` compares it with 0 and asks for the truth value of an array "
        "(ValueError, ambiguous), and a list is never in (0, 1), so xor rejects every array and list input.",
        [[("not in", "in (0, 1)", "membership", "validat", "input check"),
          ("array", "ambiguous", "element", "list")]],
        [(G_XOR,
          "    if x1 not in (0, 1) or x2 not in (0, 1):\n"
          "        raise ValueError(\"xor: inputs must be 0 or 1\")\n" + G_XOR)],
    ),
    _bug(
        "gates", "gates_xor_lambdas_late_binding",
        "xor builds its gates as lambdas in a loop over (name, weights) pairs; the lambdas look weights up "
        "when called, after the loop, so all three use the last weights (AND) and xor computes "
        "AND(AND, AND), which is AND.",
        [[("late binding", "closure", "lambda", "loop variable", "every gate", "all three gates",
           "same weights", "last weights")]],
        [(G_XOR,
          "    gates = {}\n"
          "    for name, weights in ((\"or\", OR_WEIGHTS), (\"nand\", NAND_WEIGHTS), (\"and\", AND_WEIGHTS)):\n"
          "        gates[name] = lambda a, b: perceptron(a, b, weights)\n"
          "    either = gates[\"or\"](x1, x2)\n"
          "    not_both = gates[\"nand\"](x1, x2)\n"
          "    return gates[\"and\"](either, not_both)\n")],
    ),
    _variant(
        "gates", "gates_v_threshold_bool_plus_zero",
        "threshold's array branch turns the booleans into integers by adding 0, (z >= 0.5) + 0.",
        [(G_THRESH_ARRAY, "        return (z >= 0.5) + 0\n")],
    ),
    _variant(
        "gates", "gates_v_nor_other_numbers",
        "NOR_WEIGHTS = (0.9, -0.5, -0.5): (0, 0) sums to 0.9, one input on to 0.4, both to -0.1.",
        [("NOR_WEIGHTS = (0.5, -0.6, -0.6)\n", "NOR_WEIGHTS = (0.9, -0.5, -0.5)\n")],
    ),
    _variant(
        "gates", "gates_v_or_weights_at_the_tie",
        "OR_WEIGHTS = (0.0, 0.5, 0.5): one input on sums to exactly 0.5, which fires (z >= 0.5).",
        [("OR_WEIGHTS = (0.0, 0.6, 0.6)\n", "OR_WEIGHTS = (0.0, 0.5, 0.5)\n")],
    ),
    _variant(
        "gates", "gates_v_xor_hidden_layer_comprehension",
        "xor computes the hidden layer with a list comprehension over the OR and NAND weights and unpacks it "
        "into the second-layer AND.",
        [(G_XOR,
          "    hidden = [perceptron(x1, x2, w) for w in (OR_WEIGHTS, NAND_WEIGHTS)]\n"
          "    return perceptron(*hidden, AND_WEIGHTS)\n")],
    ),
    _variant(
        "gates", "gates_v_perceptron_zip_with_constant_input",
        "perceptron sums w * x over zip(weights, (1, x1, x2)) with the inputs converted by np.asarray.",
        [(G_Z,
          "    inputs = (1, np.asarray(x1), np.asarray(x2))\n"
          "    z = sum(w * x for w, x in zip(weights, inputs))\n")],
    ),
]

# ---------------------------------------------------------------------------- perceptron

P_ZEROS = "        self.weights = np.zeros(X.shape[1])\n"
P_STEP = "                self.weights += update * x_i  # our own array: safe in place\n"
P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
P_BIAS = "                self.bias = float(self.bias + update)\n"
P_LOOPS = "        for _ in range(self.epochs):\n            for x_i, y_i in zip(X, y):\n"
P_Z = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n"
P_RET = "        return (z >= 0).astype(int)\n"

PERCEPTRON = [
    _bug(
        "perceptron", "perceptron_weights_np_empty",
        "fit starts the weights with np.empty(n_features), taking 'empty' for 'zeros': the array holds "
        "whatever was in memory, so training starts from arbitrary weights and the result is not the rule's.",
        [[("np.empty", "empty(", "uninitiali", "garbage", "leftover", "arbitrary")]],
        [(P_ZEROS, "        self.weights = np.empty(X.shape[1])\n")],
    ),
    _bug(
        "perceptron", "perceptron_np_add_result_discarded",
        "fit writes np.add(self.weights, update * x_i) as a statement, believing it adds in place; np.add "
        "returns a new array, which is thrown away, so the weights stay zero (only the bias learns).",
        [[("np.add", "discard", "not stored", "never stored", "not assigned", "thrown away", "out=")],
         ["weights", ("never change", "never move", "stay zero", "stays zero", "remain zero", "never updated",
                      "not updated", "all zero")]],
        [(P_STEP, "                np.add(self.weights, update * x_i)  # our own array: safe in place\n")],
    ),
    _bug(
        "perceptron", "perceptron_prediction_inside_feature_loop",
        "fit updates the weights one feature at a time and recomputes the prediction (and the update) inside "
        "that feature loop, so after the first weight moves, later features of the same sample see a new "
        "prediction, and the bias gets the last feature's update.",
        [[("feature loop", "loop over features", "loop over the features", "per feature", "each feature",
           "predict again", "re-predict", "recomput", "after each weight")]],
        [(P_PRED + "                update = self.lr * (y_i - prediction)\n" + P_STEP,
          "                for j in range(len(x_i)):\n"
          "                    prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
          "                    update = self.lr * (y_i - prediction)\n"
          "                    self.weights[j] += update * x_i[j]\n")],
    ),
    _bug(
        "perceptron", "perceptron_one_correction_per_epoch",
        "fit breaks out of the sample loop after the first mistake of each epoch (one correction per pass, "
        "as in a 'pick a misclassified point' tutorial), so the later samples of that epoch are never visited.",
        [[("break", "first mistake", "one update per epoch", "one correction", "rest of the epoch",
           "remaining samples", "stops the epoch")]],
        [(P_BIAS, P_BIAS + "                if update != 0:\n                    break\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_vdot",
        "predict computes np.vdot(X, weights), which flattens both arguments into vectors: for more than one "
        "sample it raises ValueError (sizes differ), and for one sample it returns a number, not an array.",
        [[("vdot", "flatten")]],
        [(P_Z, "        z = np.vdot(np.asarray(X, dtype=float), self.weights) + self.bias\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_sum_dtype_int",
        "predict sums X * weights with np.sum(..., axis=1, dtype=int) to get integer labels, but dtype=int "
        "truncates every product to an integer before adding (0.6 becomes 0), so the sums and labels are wrong.",
        [[("dtype=int", "dtype", "truncat")]],
        [(P_Z,
          "        X = np.asarray(X, dtype=float)\n"
          "        z = np.sum(X * self.weights, axis=1, dtype=int) + self.bias\n")],
    ),
    _bug(
        "perceptron", "perceptron_hasattr_guard_never_initialises",
        "fit creates the zero weights and bias only `if not hasattr(self, 'weights')`, but __init__ already "
        "set weights = None, so the guard is never true: training starts from None and the first x_i @ None "
        "raises ValueError (matmul needs an array).",
        [["hasattr"], [("never initiali", "not initiali", "never set", "stays none", "still none", "is none",
                        "are none")]],
        [(P_ZEROS + "        self.bias = 0.0\n",
          "        if not hasattr(self, \"weights\"):\n"
          "            self.weights = np.zeros(X.shape[1])\n"
          "            self.bias = 0.0\n")],
    ),
    _bug(
        "perceptron", "perceptron_nested_loops_every_label",
        "fit nests `for x_i in X:` and `for y_i in y:` instead of zipping them, so every sample is trained "
        "against every label in turn (n * n updates per epoch) rather than against its own label.",
        [[("nested", "every label", "each label", "all labels", "zip", "pairs every", "every pair")]],
        [("            for x_i, y_i in zip(X, y):\n",
          "            for x_i in X:\n              for y_i in y:\n")],
    ),
    _bug(
        "perceptron", "perceptron_bias_starts_at_minus_half",
        "fit starts the bias at -0.5, carrying exercise 1's firing threshold of 0.5 into the bias, where the "
        "rule starts from bias = 0.0 (the step already fires at 0).",
        [[("-0.5", "minus 0.5", "0.5", "threshold of exercise 1", "gates"), ("bias",)]],
        [("        self.bias = 0.0\n", "        self.bias = -0.5\n")],
    ),
    _bug(
        "perceptron", "perceptron_settings_unpacked_swapped",
        "fit unpacks its settings at the top as epochs, lr = self.lr, self.epochs (the order of the "
        "constructor's arguments reversed), so it loops over range(0.01) (TypeError) and would scale the "
        "updates by the number of epochs.",
        [[("swapped", "lr and epochs", "epochs and lr", "epochs and the learning rate", "wrong order",
           "order of")]],
        [(P_LOOPS + P_PRED + "                update = self.lr * (y_i - prediction)\n",
          "        epochs, lr = self.lr, self.epochs\n"
          "        for _ in range(epochs):\n            for x_i, y_i in zip(X, y):\n" + P_PRED
          + "                update = lr * (y_i - prediction)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_stops_after_clean_epoch",
        "fit counts the mistakes of each epoch and stops after an epoch with none (nothing would change later).",
        [(P_LOOPS, "        for _ in range(self.epochs):\n            mistakes = 0\n            for x_i, y_i in zip(X, y):\n"),
         (P_BIAS + "        return self\n",
          P_BIAS + "                mistakes += update != 0\n"
          "            if mistakes == 0:\n                break\n        return self\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_fit_step_np_heaviside",
        "fit's step is np.heaviside(sum, 1.0), which is 1.0 at exactly 0.",
        [(P_PRED, "                prediction = np.heaviside(x_i @ self.weights + self.bias, 1.0)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_predict_np_inner",
        "predict computes the sums with np.inner(X, weights).",
        [(P_Z, "        z = np.inner(np.asarray(X, dtype=float), self.weights) + self.bias\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_index_loop",
        "fit walks the samples by index, x_i, y_i = X[i], y[i].",
        [("            for x_i, y_i in zip(X, y):\n",
          "            for i in range(len(X)):\n                x_i, y_i = X[i], y[i]\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_weights_feature_loop",
        "fit adds update * x_i[j] to each weight in a loop over the features (the prediction is made once).",
        [(P_STEP,
          "                for j in range(len(self.weights)):\n"
          "                    self.weights[j] += update * x_i[j]\n")],
    ),
]

# ---------------------------------------------------------------------------- activations

A_SIG_RET = "    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n"
A_SIGD = "    s = sigmoid(z)\n    return s * (1.0 - s)\n"
A_TANH = "    return np.tanh(np.asarray(z, dtype=float))\n"
A_SOFT_EXP = "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"

ACTIVATIONS = [
    _bug(
        "activations", "act_softmax_max_keepdims_positional",
        "softmax writes np.max(z, -1, True) meaning keepdims=True, but the third positional argument of "
        "np.max is out, so every call with an array raises TypeError.",
        [[("positional", "keepdims=", "third argument", "out=", "out argument", "out parameter")]],
        [(A_SOFT_EXP, "    exps = np.exp(z - np.max(z, -1, True))\n")],
    ),
    _bug(
        "activations", "act_sigmoid_derivative_np_sigmoid",
        "sigmoid_derivative calls np.sigmoid(z), a function NumPy does not have (the course's own sigmoid was "
        "meant), so every call raises AttributeError.",
        [[("np.sigmoid", "numpy has no", "no attribute", "attributeerror", "does not exist", "doesn't exist")]],
        [(A_SIGD, "    s = np.sigmoid(z)\n    return s * (1.0 - s)\n")],
    ),
    _bug(
        "activations", "act_sigmoid_derivative_uses_last_sigmoid_output",
        "sigmoid keeps its last output in a module global and sigmoid_derivative uses that cached activation "
        "(as a backprop cache would) instead of sigmoid(z): the slope belongs to whatever sigmoid was last "
        "called with, and before any sigmoid call it raises NameError.",
        [[("last call", "previous call", "cached", "cache", "global", "stored", "earlier call", "last sigmoid",
           "state")]],
        [(A_SIG_RET,
          "    global _LAST_SIGMOID\n"
          "    _LAST_SIGMOID = np.where(z >= 0, 1.0, e) / (1.0 + e)\n"
          "    return _LAST_SIGMOID\n"),
         (A_SIGD, "    s = _LAST_SIGMOID\n    return s * (1.0 - s)\n")],
    ),
    _bug(
        "activations", "act_sigmoid_of_abs",
        "sigmoid keeps the stable e = exp(-|z|) but returns 1 / (1 + e) for every z, dropping the branch for "
        "negative z, so sigmoid(-z) equals sigmoid(z): every negative input gives a value above 0.5.",
        [[("abs", "absolute", "|z|", "symmetric", "negative branch", "negative z", "negative input",
           "negative values", "z < 0")]],
        [(A_SIG_RET, "    return 1.0 / (1.0 + e)\n")],
    ),
    _bug(
        "activations", "act_tanh_rescaled_to_unit_interval",
        "tanh returns (tanh(z) + 1) / 2, rescaled into (0, 1) in the belief that activations give values "
        "between 0 and 1, so tanh(0) is 0.5 and no output is negative.",
        [[("(0, 1)", "0 and 1", "0 to 1", "rescal", "(-1, 1)", "-1 and 1", "-1 to 1", "negative values",
           "never negative", "+ 1) / 2")]],
        [(A_TANH, "    return (np.tanh(np.asarray(z, dtype=float)) + 1.0) / 2.0\n")],
    ),
    _bug(
        "activations", "act_tanh_sigmoid_identity_without_minus_one",
        "tanh is written from the identity tanh(z) = 2 sigmoid(2z) - 1 but without the - 1, so it returns "
        "2 sigmoid(2z), between 0 and 2 (tanh(0) is 1).",
        [[("- 1", "-1", "minus 1", "minus one", "subtract 1", "subtract one", "(0, 2)", "0 and 2")]],
        [(A_TANH, "    return 2.0 * sigmoid(2.0 * np.asarray(z, dtype=float))\n")],
    ),
    _bug(
        "activations", "act_relu_derivative_ceil_without_clip",
        "relu_derivative returns np.ceil(relu(z)), expecting every positive value to round up to 1, but "
        "ceil of z > 1 is 2 or more (relu_derivative(2.5) is 3.0).",
        [["ceil"], [("greater than 1", "above 1", "larger than 1", "bigger than 1", "> 1", "not 0 or 1",
                     "only 0 and 1", "clip")]],
        [("    return (np.asarray(z) > 0).astype(float)\n", "    return np.ceil(relu(z))\n")],
    ),
    _bug(
        "activations", "act_leaky_derivative_compares_with_alpha",
        "leaky_relu_derivative tests z > alpha instead of z > 0, so inputs between 0 and alpha get the slope "
        "alpha instead of 1.",
        [[("z > alpha", "> alpha", "compares with alpha", "compared with alpha", "against alpha",
           "between 0 and alpha", "instead of 0")]],
        [("    return np.where(z > 0, 1.0, alpha)\n", "    return np.where(z > alpha, 1.0, alpha)\n")],
    ),
    _bug(
        "activations", "act_softmax_expm1",
        "softmax uses np.expm1 (taken for a more precise exp) on the shifted scores, but expm1 is exp(x) - 1: "
        "the largest score gives 0 and the others negative numbers, so [1000, 1000] gives 0 / 0 = nan and "
        "other slices get negative 'probabilities'.",
        [[("expm1", "exp(x) - 1", "minus one", "minus 1")]],
        [(A_SOFT_EXP, "    exps = np.expm1(z - np.max(z, axis=-1, keepdims=True))\n")],
    ),
    _bug(
        "activations", "act_relu_positive_entries_only",
        "relu returns z[z > 0], boolean indexing where masking was meant, so it returns only the positive "
        "entries as a 1-D array: the shape shrinks and the zeros are missing.",
        [[("boolean index", "z[z > 0]", "only the positive", "shape", "shrinks", "mask", "drops", "fewer")]],
        [("    return np.maximum(np.asarray(z, dtype=float), 0.0)\n",
          "    z = np.asarray(z, dtype=float)\n    return z[z > 0]\n")],
    ),
    _variant(
        "activations", "act_v_tanh_two_sigmoid_two_z_minus_one",
        "tanh is computed as 2 sigmoid(2z) - 1 with the stable sigmoid.",
        [(A_TANH, "    return 2.0 * sigmoid(2.0 * np.asarray(z, dtype=float)) - 1.0\n")],
    ),
    _variant(
        "activations", "act_v_sigmoid_textbook_under_errstate",
        "sigmoid is the textbook 1 / (1 + exp(-z)) inside np.errstate(over='ignore'): exp(1000) is inf and "
        "1 / inf is 0, with no warning.",
        [("    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n" + A_SIG_RET,
          "    with np.errstate(over=\"ignore\"):\n        return 1.0 / (1.0 + np.exp(-z))\n")],
    ),
    _variant(
        "activations", "act_v_sigmoid_derivative_mirror_product",
        "sigmoid_derivative returns sigmoid(z) * sigmoid(-z) (1 - sigmoid(z) equals sigmoid(-z)).",
        [(A_SIGD, "    z = np.asarray(z, dtype=float)\n    return sigmoid(z) * sigmoid(-z)\n")],
    ),
    _variant(
        "activations", "act_v_tanh_derivative_from_sigmoid_slope",
        "tanh_derivative returns 4 * sigmoid_derivative(2z), from tanh(z) = 2 sigmoid(2z) - 1.",
        [("    return 1.0 - tanh(z) ** 2\n",
          "    return 4.0 * sigmoid_derivative(2.0 * np.asarray(z, dtype=float))\n")],
    ),
    _variant(
        "activations", "act_v_relu_derivative_np_heaviside_left",
        "relu_derivative returns np.heaviside(z, 0.0), which is 0 at exactly 0.",
        [("    return (np.asarray(z) > 0).astype(float)\n",
          "    return np.heaviside(np.asarray(z, dtype=float), 0.0)\n")],
    ),
    _variant(
        "activations", "act_v_leaky_relu_blend",
        "leaky_relu returns (1 - alpha) * relu(z) + alpha * z.",
        [("    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)\n",
          "    return (1.0 - alpha) * relu(z) + alpha * z\n")],
    ),
    _variant(
        "activations", "act_v_softmax_sum_new_axis",
        "softmax divides by exps.sum(axis=-1)[..., None] instead of keepdims=True.",
        [("    return exps / np.sum(exps, axis=-1, keepdims=True)\n",
          "    return exps / exps.sum(axis=-1)[..., None]\n")],
    ),
]

# ---------------------------------------------------------------------------- neuron

N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias\n"
N_TINY_FF = "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n        return self.o1.feedforward(hidden)\n"
N_LAYER = (
    "    outputs = []\n"
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)\n"
    "    return outputs\n"
)
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"

NEURON = [
    _bug(
        "neuron", "neuron_feedforward_np_convolve",
        "Neuron.feedforward takes np.convolve(weights, inputs, mode='valid')[0] for the weighted sum; "
        "convolution flips the inputs, so it computes sum w[i] * x[n-1-i] (weights [0, 1], bias 4 and input "
        "[2, 3] give sigmoid(6), not sigmoid(7)).",
        [[("convolve", "convolution", "reversed", "flip")]],
        [(N_TOTAL, "        total = np.convolve(self.weights, inputs, mode=\"valid\")[0] + self.bias\n")],
    ),
    _bug(
        "neuron", "neuron_feedforward_np_insert_minus_one",
        "Neuron.feedforward folds the bias in as a weight (np.insert(weights, 0, bias)) and adds the constant "
        "input with np.insert(inputs, -1, 1.0), which inserts before the last input instead of at the front, "
        "so the bias multiplies the first input and the first weight multiplies 1.",
        [[("np.insert", "insert("), ("-1", "before the last", "front", "position", "index 0", "misalign")],
         [("misalign", "lined up", "wrong position", "bias multiplies", "multiplies the first input")]],
        [(N_TOTAL,
          "        total = np.insert(np.asarray(inputs, dtype=float), -1, 1.0) @ np.insert(self.weights, 0, self.bias)\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_output_without_sigmoid",
        "TinyNetwork.feedforward computes o1 by hand as dot(o1.weights, hidden) + o1.bias and forgets the "
        "sigmoid, so it returns the output neuron's weighted sum instead of its activation.",
        [[("sigmoid", "activation", "squash"), ("o1", "output")]],
        [(N_TINY_FF,
          "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
          "        return float(np.dot(self.o1.weights, hidden) + self.o1.bias)\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_hidden_layer_applied_twice",
        "TinyNetwork.feedforward runs the hidden layer twice (h1 and h2 on x, then h1 and h2 again on their "
        "own outputs) before o1, a three-layer network instead of the two-layer one.",
        [[("twice", "two hidden layers", "second hidden", "again", "extra layer", "three layers")]],
        [(N_TINY_FF,
          "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
          "        hidden = [self.h1.feedforward(hidden), self.h2.feedforward(hidden)]\n"
          "        return self.o1.feedforward(hidden)\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_o1_one_weight",
        "TinyNetwork builds o1 with weights[:1] ('one output, one weight'), so the output neuron has a single "
        "weight for the two hidden outputs and feedforward raises a shape mismatch.",
        [[("one weight", "single weight", "weights[:1]", "two weights", "shape", "mismatch", "same weights")]],
        [("        self.o1 = Neuron(weights, bias)\n", "        self.o1 = Neuron(weights[:1], bias)\n")],
    ),
    _bug(
        "neuron", "neuron_layer_adds_all_biases",
        "layer_output adds sum(biases), every neuron's bias, to each neuron's weighted sum instead of that "
        "neuron's own bias.",
        [[("all the biases", "all biases", "sum of the biases", "sum(biases)", "every bias", "sum of biases",
           "own bias")]],
        [("        outputs.append(total + bias)\n", "        outputs.append(total + sum(biases))\n")],
    ),
    _bug(
        "neuron", "neuron_layer_list_has_no_T",
        "layer_output copies a NumPy tutorial's np.dot(inputs, weights.T) + biases, but weights is a list of "
        "lists, which has no .T, so every call raises AttributeError.",
        [[("weights.t", ".t attribute", "transpose"), "list"]],
        [(N_LAYER, "    outputs = np.dot(inputs, weights.T) + biases\n    return list(outputs)\n")],
    ),
    _bug(
        "neuron", "neuron_layer_reduce_without_initial",
        "layer_output adds up the products with functools.reduce(lambda acc, xw: acc + xw[0] * xw[1], "
        "zip(inputs, neuron_weights)) without a start value, so the first accumulator is the first (x, w) "
        "tuple itself and adding a float to it raises TypeError.",
        [[("reduce",), ("initial", "start value", "starting value", "tuple", "first pair", "0.0")]],
        [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n",
          "        import functools\n"
          "        total = functools.reduce(lambda acc, xw: acc + xw[0] * xw[1], zip(inputs, neuron_weights))\n")],
    ),
    _bug(
        "neuron", "neuron_layer_assigns_into_empty_list",
        "layer_output fills outputs[j] = total + bias by index, but outputs starts as an empty list, so the "
        "first assignment raises IndexError.",
        [[("indexerror", "empty list", "out of range", "append", "preallocat")]],
        [(N_LAYER,
          "    outputs = []\n"
          "    for j, (neuron_weights, bias) in enumerate(zip(weights, biases)):\n"
          "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
          "        outputs[j] = total + bias\n"
          "    return outputs\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_o1_fed_inputs_and_hidden",
        "TinyNetwork.feedforward feeds o1 the inputs followed by the hidden outputs, list(x) + hidden (as if "
        "the output saw every earlier value), so o1's two weights meet four values and feedforward raises a "
        "shape mismatch.",
        [[("inputs and", "x and the hidden", "four values", "concatenat", "list(x) +", "skip connection",
           "only the hidden", "hidden outputs only")]],
        [(N_TINY_FF,
          "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
          "        return self.o1.feedforward(list(x) + hidden)\n")],
    ),
    _variant(
        "neuron", "neuron_v_tiny_single_neuron_object",
        "TinyNetwork builds one Neuron and uses it for h1, h2 and o1 (they have the same weights and bias).",
        [("        self.h1 = Neuron(weights, bias)\n        self.h2 = Neuron(weights, bias)\n"
          "        self.o1 = Neuron(weights, bias)\n",
          "        self.h1 = self.h2 = self.o1 = Neuron(weights, bias)\n")],
    ),
    _variant(
        "neuron", "neuron_v_tiny_layers_loop",
        "TinyNetwork.feedforward loops over the layers ((h1, h2), (o1,)) and returns the single output.",
        [(N_TINY_FF,
          "        signal = x\n"
          "        for layer in ((self.h1, self.h2), (self.o1,)):\n"
          "            signal = [neuron.feedforward(signal) for neuron in layer]\n"
          "        return signal[0]\n")],
    ),
    _variant(
        "neuron", "neuron_v_feedforward_tanh_form",
        "Neuron.feedforward computes the sigmoid as 0.5 * tanh(total / 2) + 0.5.",
        [("        return float(_sigmoid(total))\n", "        return float(0.5 * np.tanh(total / 2.0) + 0.5)\n")],
    ),
    _variant(
        "neuron", "neuron_v_count_bias_as_extra_input",
        "count_parameters counts (a + 1) * b per pair of layers, the bias as one more input.",
        [(N_COUNT, "    return sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))\n")],
    ),
    _variant(
        "neuron", "neuron_v_count_recursion_on_tail",
        "count_parameters recurses: the first pair's a * b + b plus the count of the rest, 0 below two layers.",
        [(N_COUNT,
          "    if len(sizes) < 2:\n"
          "        return 0\n"
          "    return sizes[0] * sizes[1] + sizes[1] + count_parameters(sizes[1:])\n")],
    ),
    _variant(
        "neuron", "neuron_v_layer_fsum",
        "layer_output adds the products with math.fsum.",
        [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n",
          "        import math\n"
          "        total = math.fsum(x * w for x, w in zip(inputs, neuron_weights))\n")],
    ),
]

# ---------------------------------------------------------------------------- loss

L_RAVEL = (
    "    y_true = np.asarray(y_true, dtype=float).ravel()\n"
    "    y_pred = np.asarray(y_pred, dtype=float).ravel()\n"
)
L_MEAN = "    return float(np.mean((y_true - y_pred) ** 2))\n"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
L_GRAD_CONV = "    y_pred = np.asarray(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)\n"

LOSS = [
    _bug(
        "loss", "loss_mse_squared_log_error",
        "mse_loss returns the mean squared *logarithmic* error, mean((log1p(y_true) - log1p(y_pred)) ** 2), "
        "a neighbouring regression metric, instead of the mean squared error (the spec's fact gives 0.24, "
        "not 0.5).",
        [[("log1p", "log", "msle")]],
        [(L_MEAN, "    return float(np.mean((np.log1p(y_true) - np.log1p(y_pred)) ** 2))\n")],
    ),
    _bug(
        "loss", "loss_mse_log_cosh",
        "mse_loss returns the log-cosh loss, mean(log(cosh(y_true - y_pred))), which is close to half the "
        "squared error for small differences but is not the MSE.",
        [[("cosh",)]],
        [(L_MEAN, "    return float(np.mean(np.log(np.cosh(y_true - y_pred))))\n")],
    ),
    _bug(
        "loss", "loss_mse_concatenate_to_flatten",
        "mse_loss flattens its inputs with np.concatenate (the flatten-a-list-of-lists idiom): a column "
        "works, but a 1-D input or a number raises ValueError (zero-dimensional arrays cannot be "
        "concatenated), so mse_loss([1, 0, 0, 1], [0, 0, 0, 0]) fails.",
        [[("concatenate",)]],
        [(L_RAVEL,
          "    y_true = np.concatenate(np.asarray(y_true, dtype=float))\n"
          "    y_pred = np.concatenate(np.asarray(y_pred, dtype=float))\n")],
    ),
    _bug(
        "loss", "loss_grad_N_cached_from_first_call",
        "mse_loss_gradient stores N on the function the first time it runs (mse_loss_gradient.n) and divides "
        "by that N on every later call, so only inputs with the first call's number of elements get the "
        "right gradient.",
        [[STATE]],
        [(L_GRAD,
          "    if not hasattr(mse_loss_gradient, \"n\"):\n"
          "        mse_loss_gradient.n = y_pred.size\n"
          "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / mse_loss_gradient.n\n")],
    ),
    _bug(
        "loss", "loss_grad_empty_check_any",
        "mse_loss_gradient tests for empty inputs with `if not y_pred.any()`, but any() asks whether some "
        "value is nonzero, so all-zero predictions (the spec's example) raise ValueError.",
        [[("any()", ".any", "all zero", "all-zero", "zeros", "nonzero")]],
        [("    if y_pred.size == 0:\n", "    if not y_pred.any():\n")],
    ),
    _bug(
        "loss", "loss_grad_jacobian_diag",
        "mse_loss_gradient returns the Jacobian np.diag(2 * (y_pred - y_true) / N), an (N, N) matrix with the "
        "gradient on its diagonal, instead of a gradient of y_pred's shape.",
        [[("diag", "jacobian", "matrix", "(n, n)")]],
        [(L_GRAD, "    return np.diag(2.0 * (y_pred - y_true.reshape(y_pred.shape)).ravel() / y_pred.size)\n")],
    ),
    _bug(
        "loss", "loss_grad_pred_shape_read_before_conversion",
        "mse_loss_gradient reshapes y_true to y_pred.shape before converting y_pred with np.asarray, so a "
        "list of predictions (which has no .shape) raises AttributeError; arrays work.",
        [["list", ("asarray", "convert", "before")]],
        [(L_GRAD_CONV,
          "    y_true = np.asarray(y_true, dtype=float).reshape(y_pred.shape)\n"
          "    y_pred = np.asarray(y_pred, dtype=float)\n")],
    ),
    _bug(
        "loss", "loss_mse_error_message_concatenates_int",
        "mse_loss builds its mismatch message with \"y_true has \" + y_true.size + \" values\", adding an int "
        "to a str, so mismatched inputs raise TypeError from the message instead of the ValueError.",
        [[("typeerror", "concatenat", "str(", "f-string", "message")]],
        [("            f\"mse_loss: y_true has {y_true.size} values but y_pred has \"\n"
          "            f\"{y_pred.size}; they must hold the same number of elements\"\n",
          "            \"mse_loss: y_true has \" + y_true.size + \" values but y_pred has \"\n"
          "            + y_pred.size + \"; they must hold the same number of elements\"\n")],
    ),
    _bug(
        "loss", "loss_grad_reshape_only_for_2d_predictions",
        "mse_loss_gradient reshapes y_true to y_pred's shape only when y_pred is 2-D ('the column is the "
        "problem'), so a column of targets against a 1-D y_pred still broadcasts into an (n, n) gradient.",
        [[("broadcast", "(n, n)", "n x n", "every pair", "column")]],
        [(L_GRAD,
          "    if y_pred.ndim > 1:\n"
          "        y_true = y_true.reshape(y_pred.shape)\n"
          "    return 2.0 * (y_pred - y_true) / y_pred.size\n")],
    ),
    _bug(
        "loss", "loss_mse_return_inside_empty_check",
        "mse_loss's return line is indented under the empty-input check, after its raise, so it can never "
        "run: every valid call falls off the end and returns None.",
        [[("none", "indent", "unreachable", "inside the if", "never returns", "no return", "never reached")]],
        [("        raise ValueError(\"mse_loss: the inputs are empty; there is no mean to take\")\n" + L_MEAN,
          "        raise ValueError(\"mse_loss: the inputs are empty; there is no mean to take\")\n"
          "        return float(np.mean((y_true - y_pred) ** 2))\n")],
    ),
    _variant(
        "loss", "loss_v_mse_reshape_raises",
        "mse_loss reshapes y_pred to y_true's shape, which raises ValueError itself when the element counts "
        "differ, and keeps the check for empty inputs.",
        [(L_RAVEL
          + "    if y_true.size != y_pred.size:\n"
          "        raise ValueError(\n"
          "            f\"mse_loss: y_true has {y_true.size} values but y_pred has \"\n"
          "            f\"{y_pred.size}; they must hold the same number of elements\"\n"
          "        )\n",
          "    y_true = np.asarray(y_true, dtype=float)\n"
          "    y_pred = np.asarray(y_pred, dtype=float).reshape(y_true.shape)\n")],
    ),
    _variant(
        "loss", "loss_v_mse_zip_strict_sum",
        "mse_loss sums the squared differences over zip(y_true, y_pred, strict=True) of the flattened inputs "
        "and divides by N.",
        [(L_MEAN,
          "    return float(sum((t - p) ** 2 for t, p in zip(y_true, y_pred, strict=True)) / y_true.size)\n")],
    ),
    _variant(
        "loss", "loss_v_mse_math_dist",
        "mse_loss squares math.dist(y_true, y_pred), the Euclidean distance of the flattened inputs, and "
        "divides by N.",
        [(L_MEAN, "    import math\n    return float(math.dist(y_true, y_pred) ** 2 / y_true.size)\n")],
    ),
    _variant(
        "loss", "loss_v_grad_minus_two_over_n",
        "mse_loss_gradient returns -2 / N * (y_true - y_pred) with y_true reshaped.",
        [(L_GRAD, "    return -2.0 / y_pred.size * (y_true.reshape(y_pred.shape) - y_pred)\n")],
    ),
    _variant(
        "loss", "loss_v_grad_flat_then_reshaped",
        "mse_loss_gradient works on flattened copies and reshapes the result to y_pred's shape.",
        [(L_GRAD,
          "    flat = 2.0 * (y_pred.ravel() - y_true.ravel()) / y_pred.size\n"
          "    return flat.reshape(y_pred.shape)\n")],
    ),
]

# ---------------------------------------------------------------------------- backprop

B_FF = (
    "    p = params\n"
    "    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
    "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
    "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
    "    return float(o1)\n"
)
B_SGD = (
    "    return {\n"
    "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
    "    }\n"
)
B_W12 = "    grads = {\n        \"w1\": d_L_d_h1 * x[0] * d_h1,\n        \"w2\": d_L_d_h1 * x[1] * d_h1,\n"
B_TRAIN_LOOP = (
    "        for x, y_true in zip(data, all_y_trues):\n"
    "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
    "        predictions = [feedforward(params, x) for x in data]\n"
    "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
)

BACKPROP = [
    _bug(
        "backprop", "bp_sgd_step_sign_of_gradient",
        "sgd_step moves each parameter by learn_rate * sign(gradient), reading 'move a little against its "
        "derivative' as a fixed step in the downhill direction, so the size of the gradient is lost.",
        [[("sign",)], [("fixed step", "same size", "magnitude", "fixed size", "size of the gradient")]],
        [("        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n",
          "        name: float(params[name] - learn_rate * np.sign(grads[name])) for name in PARAM_NAMES\n")],
    ),
    _bug(
        "backprop", "bp_sgd_step_dict_rebuilt_in_loop",
        "sgd_step assigns new_params = {name: ...} inside the loop over PARAM_NAMES, building a fresh "
        "one-entry dict each time, so it returns {'b3': ...} only and the other eight parameters are missing.",
        [[("one key", "only one", "single key", "one entry", "only b3", "inside the loop", "overwrit",
           "rebuilt", "recreat", "missing", "eight")]],
        [(B_SGD,
          "    for name in PARAM_NAMES:\n"
          "        new_params = {name: float(params[name] - learn_rate * grads[name])}\n"
          "    return new_params\n")],
    ),
    _bug(
        "backprop", "bp_feedforward_rounds_to_four_decimals",
        "feedforward returns round(o1, 4), matching the spec's 0.5237 to the digit, so every output loses its "
        "precision beyond four decimals.",
        [[("round", "decimal", "precision", "four digits", "4 digits")]],
        [("    return float(o1)\n", "    return round(float(o1), 4)\n")],
    ),
    _bug(
        "backprop", "bp_feedforward_vectorised_with_scalar_sigmoid",
        "feedforward computes the hidden layer as a matrix product, W @ x + b, and passes that array to the "
        "module's _sigmoid, which uses math.exp and only accepts one number, so every call raises TypeError.",
        [[("_sigmoid", "math.exp", "math"), ("array", "vector", "one number", "scalar", "single number")]],
        [(B_FF,
          "    p = params\n"
          "    W = np.array([[p[\"w1\"], p[\"w2\"]], [p[\"w3\"], p[\"w4\"]]])\n"
          "    h = _sigmoid(W @ np.asarray(x, dtype=float) + np.array([p[\"b1\"], p[\"b2\"]]))\n"
          "    o1 = _sigmoid(p[\"w5\"] * h[0] + p[\"w6\"] * h[1] + p[\"b3\"])\n"
          "    return float(o1)\n")],
    ),
    _bug(
        "backprop", "bp_feedforward_memoised_on_x",
        "feedforward memoises its outputs in a dict on the function keyed by tuple(x) only, not by the "
        "parameters, so a second call with the same sample returns the first call's o1 even after the "
        "parameters changed (train's losses stop moving).",
        [[STATE + ("stale", "same x", "same sample", "parameters changed")]],
        [(B_FF,
          "    cache = feedforward.__dict__.setdefault(\"cache\", {})\n"
          "    key = tuple(float(v) for v in x)\n"
          "    if key in cache:\n"
          "        return cache[key]\n"
          + B_FF.replace("    return float(o1)\n", "    cache[key] = float(o1)\n    return cache[key]\n"))],
    ),
    _bug(
        "backprop", "bp_backprop_list_times_float",
        "backprop computes the w1 and w2 derivatives together as d_L_d_h1 * x * d_h1 and indexes the result; "
        "that works for an array x, but for a list such as the spec's x = [-2, -1] it raises TypeError "
        "(a list cannot be multiplied by a float).",
        [["list", ("multiply", "multipl", "times", "sequence", "asarray", "array")]],
        [(B_W12,
          "    d_w12 = d_L_d_h1 * x * d_h1\n"
          "    grads = {\n        \"w1\": d_w12[0],\n        \"w2\": d_w12[1],\n")],
    ),
    _bug(
        "backprop", "bp_train_apply_along_axis_argument_order",
        "train computes the epoch's predictions as in the lesson's class-based tutorial, "
        "np.apply_along_axis(feedforward, 1, data, params), which calls feedforward(row, params): the row "
        "lands in params and the dict in x, so indexing the row by 'w1' raises an IndexError.",
        [["apply_along_axis", ("argument", "order", "first", "params", "swapped")]],
        [("        predictions = [feedforward(params, x) for x in data]\n",
          "        predictions = np.apply_along_axis(feedforward, 1, np.asarray(data, dtype=float), params)\n")],
    ),
    _bug(
        "backprop", "bp_train_zip_reused_for_loss",
        "train makes pairs = zip(data, all_y_trues) once per epoch and uses it for the updates and again for "
        "the epoch loss, but a zip is used up after one pass, so the loss sees no samples and divides by "
        "zero (ZeroDivisionError).",
        [[("zip", "iterator"), ("used up", "exhausted", "consumed", "empty", "second", "again", "once")]],
        [(B_TRAIN_LOOP,
          "        pairs = zip(data, all_y_trues)\n"
          "        for x, y_true in pairs:\n"
          "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
          "        errors = [(y - feedforward(params, x)) ** 2 for x, y in pairs]\n")],
    ),
    _bug(
        "backprop", "bp_feedforward_returns_h2",
        "feedforward computes o1 but returns float(h2), the last hidden value typed in its place, so it "
        "gives the second hidden neuron's output instead of the network's.",
        [[("returns h2", "return float(h2)")],
         [("h2", "second hidden", "hidden output", "hidden neuron's output"),
          ("instead of o1", "not o1", "rather than o1", "instead of the output", "instead of the network")]],
        [("    return float(o1)\n", "    return float(h2)\n")],
    ),
    _bug(
        "backprop", "bp_sgd_step_abs_gradient",
        "sgd_step subtracts learn_rate * abs(gradient), believing that descent always makes the parameters "
        "smaller, so parameters with a negative derivative move the wrong way.",
        [[("abs", "absolute", "sign of the gradient", "always decreas", "always smaller", "wrong way",
           "negative gradient", "negative derivative")]],
        [("        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n",
          "        name: float(params[name] - learn_rate * abs(grads[name])) for name in PARAM_NAMES\n")],
    ),
    _variant(
        "backprop", "bp_v_dL_do1_prediction_minus_label",
        "backprop writes dL/do1 as 2 * (o1 - y_true).",
        [("    d_L_d_o1 = -2.0 * (y_true - o1)\n", "    d_L_d_o1 = 2.0 * (o1 - y_true)\n")],
    ),
    _variant(
        "backprop", "bp_v_slopes_from_weighted_sums",
        "backprop computes each sigmoid's slope from its weighted sum, sigmoid(s) * (1 - sigmoid(s)), as the "
        "lesson's tutorial does.",
        [("    d_o1 = o1 * (1.0 - o1)\n    d_h1 = h1 * (1.0 - h1)\n    d_h2 = h2 * (1.0 - h2)\n",
          "    s_h1 = p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"]\n"
          "    s_h2 = p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"]\n"
          "    s_o1 = p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"]\n"
          "    d_o1 = _sigmoid(s_o1) * (1.0 - _sigmoid(s_o1))\n"
          "    d_h1 = _sigmoid(s_h1) * (1.0 - _sigmoid(s_h1))\n"
          "    d_h2 = _sigmoid(s_h2) * (1.0 - _sigmoid(s_h2))\n")],
    ),
    _variant(
        "backprop", "bp_v_w12_from_input_vector",
        "backprop computes the w1 and w2 derivatives together from np.asarray(x, dtype=float) and indexes them.",
        [(B_W12,
          "    d_w12 = d_L_d_h1 * np.asarray(x, dtype=float) * d_h1\n"
          "    grads = {\n        \"w1\": d_w12[0],\n        \"w2\": d_w12[1],\n")],
    ),
    _variant(
        "backprop", "bp_v_sgd_copy_then_loop",
        "sgd_step copies params with dict() and updates the copy in a loop.",
        [(B_SGD,
          "    new_params = dict(params)\n"
          "    for name in PARAM_NAMES:\n"
          "        new_params[name] = float(new_params[name] - learn_rate * grads[name])\n"
          "    return new_params\n")],
    ),
    _variant(
        "backprop", "bp_v_train_flat_step_counter",
        "train runs one loop over epochs * n steps, taking sample t % n, and records the loss after the last "
        "sample of each epoch.",
        [("    for _ in range(epochs):\n" + B_TRAIN_LOOP
          + "        losses.append(float(sum(errors) / len(errors)))\n",
          "    n = len(data)\n"
          "    for t in range(epochs * n):\n"
          "        params = sgd_step(params, backprop(params, data[t % n], all_y_trues[t % n]), learn_rate)\n"
          "        if t % n == n - 1:\n"
          "            predictions = [feedforward(params, x) for x in data]\n"
          "            errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
          "            losses.append(float(sum(errors) / len(errors)))\n")],
    ),
]

# ---------------------------------------------------------------------------- mlp

M_FIT = (
    "        losses = np.empty(epochs)\n"
    "        for epoch in range(epochs):\n"
    "            losses[epoch] = self.loss(X, y)\n"
    "            self.step(self.backward(X, y))\n"
    "        return losses\n"
)
M_FWD = "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
M_DZ1 = "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)\n"
M_PREDICT = "        return (self.forward(X) >= 0.5).astype(int)\n"
M_STEP = "            param -= self.lr * grads[name]\n"
M_B1 = "            \"b1\": dZ1.sum(axis=0, keepdims=True),\n"
M_B2 = "            \"b2\": dZ2.sum(axis=0, keepdims=True),\n"

MLP = [
    _bug(
        "mlp", "mlp_fit_loss_from_outputs_before_loop",
        "fit computes A2 = forward(X) once before the epoch loop and records mean((A2 - Y) ** 2) from it every "
        "epoch, so the steps are right but every recorded loss is the starting loss.",
        [[("before the loop", "outside the loop", "once", "never recomput", "constant", "same loss", "stale",
           "starting loss", "initial loss")]],
        [(M_FIT,
          "        A2 = self.forward(X)\n"
          "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n"
          "        losses = np.empty(epochs)\n"
          "        for epoch in range(epochs):\n"
          "            losses[epoch] = np.mean((A2 - Y) ** 2)\n"
          "            self.step(self.backward(X, y))\n"
          "        return losses\n")],
    ),
    _bug(
        "mlp", "mlp_fit_records_loss_after_loop",
        "fit computes each epoch's loss into a variable but the line losses[epoch] = loss sits after the loop "
        "(dedented), so only the last slot is written and the others keep np.empty's leftovers.",
        [[("after the loop", "outside the loop", "dedent", "indent", "only the last", "last slot", "garbage",
           "uninitiali", "np.empty", "leftover")]],
        [(M_FIT,
          "        losses = np.empty(epochs)\n"
          "        for epoch in range(epochs):\n"
          "            loss = self.loss(X, y)\n"
          "            self.step(self.backward(X, y))\n"
          "        losses[epoch] = loss\n"
          "        return losses\n")],
    ),
    _bug(
        "mlp", "mlp_backward_dW2_np_outer",
        "backward computes W2's gradient with np.outer(A1, dZ2), the single-sample formula: np.outer flattens "
        "its arguments, so for one sample it is right but for m samples it returns an (m * hidden, m * output) "
        "matrix.",
        [[("outer",)]],
        [("            \"W2\": A1.T @ dZ2,\n", "            \"W2\": np.outer(A1, dZ2),\n")],
    ),
    _bug(
        "mlp", "mlp_backward_db_first_row",
        "backward takes the bias gradients as dZ1[:1] and dZ2[:1], the first sample's row (which has the "
        "bias's shape), instead of summing dZ over the samples.",
        [[("first sample", "first row", "one sample", "[:1]", "[0]")], ["sum", ("samples", "axis 0", "axis=0",
                                                                             "rows")]],
        [(M_B1, "            \"b1\": dZ1[:1],\n"), (M_B2, "            \"b2\": dZ2[:1],\n")],
    ),
    _bug(
        "mlp", "mlp_backward_pinv_for_transpose",
        "backward passes the output delta back with np.linalg.pinv(W2), 'inverting' the layer, instead of "
        "multiplying by W2.T; the shapes fit, the values are wrong.",
        [[("pinv", "inverse", "invert")]],
        [(M_DZ1, "        dZ1 = (dZ2 @ np.linalg.pinv(self.W2)) * A1 * (1.0 - A1)\n")],
    ),
    _bug(
        "mlp", "mlp_backward_db1_before_hidden_slope",
        "backward computes b1's gradient from dA1 = dZ2 @ W2.T before multiplying by the hidden sigmoid's "
        "slope A1 * (1 - A1) (W1's gradient does use the slope), so b1's gradient lacks that factor.",
        [[("slope", "sigmoid'", "derivative of the sigmoid", "a1 * (1 - a1)", "dz1"), "b1"]],
        [(M_DZ1,
          "        dA1 = dZ2 @ self.W2.T\n"
          "        db1 = dA1.sum(axis=0, keepdims=True)\n"
          "        dZ1 = dA1 * A1 * (1.0 - A1)\n"),
         (M_B1, "            \"b1\": db1,\n")],
    ),
    _bug(
        "mlp", "mlp_forward_np_inner",
        "forward computes the hidden layer with np.inner(X, W1), which contracts the last axis of both "
        "(X's inputs with W1's hidden units): it raises ValueError unless input_size equals hidden_size, and "
        "then it computes X @ W1.T.",
        [[("inner",)]],
        [(M_FWD, "        A1 = _sigmoid(np.inner(np.asarray(X, dtype=float), self.W1) + self.b1)\n")],
    ),
    _bug(
        "mlp", "mlp_step_averages_gradient_rows",
        "step subtracts lr * grads[name].mean(axis=0), averaging each gradient over its rows 'over the "
        "samples' once more: the bias updates are unaffected, but every row of W1 and W2 gets the same update.",
        [[("mean(axis", "averag", "every row", "same update", "each row", "rows")]],
        [(M_STEP, "            param -= self.lr * grads[name].mean(axis=0)\n")],
    ),
    _bug(
        "mlp", "mlp_predict_view_for_astype",
        "predict converts the booleans with .view(int) instead of .astype(int); a view reinterprets the bytes "
        "(one per boolean) as 8-byte integers, which raises ValueError for an (m, 1) result.",
        [[("view",)]],
        [(M_PREDICT, "        return (self.forward(X) >= 0.5).view(int)\n")],
    ),
    _bug(
        "mlp", "mlp_fit_losses_allocated_inside_loop",
        "fit's losses = np.zeros(epochs) sits inside the epoch loop, so every epoch starts a fresh array: the "
        "returned losses are 0 except the last epoch's.",
        [[("inside the loop", "each epoch", "every epoch", "reset", "re-created", "recreated", "allocated",
           "zeros except", "only the last")]],
        [(M_FIT,
          "        for epoch in range(epochs):\n"
          "            losses = np.zeros(epochs)\n"
          "            losses[epoch] = self.loss(X, y)\n"
          "            self.step(self.backward(X, y))\n"
          "        return losses\n")],
    ),
    _variant(
        "mlp", "mlp_v_predict_digitize",
        "predict returns np.digitize(A2, [0.5]): 1 where A2 >= 0.5, else 0, as integers.",
        [(M_PREDICT, "        return np.digitize(self.forward(X), [0.5])\n")],
    ),
    _variant(
        "mlp", "mlp_v_backward_bias_via_ones",
        "backward computes the bias gradients as a row of ones times dZ.",
        [(M_B1, "            \"b1\": np.ones((1, X.shape[0])) @ dZ1,\n"),
         (M_B2, "            \"b2\": np.ones((1, X.shape[0])) @ dZ2,\n")],
    ),
    _variant(
        "mlp", "mlp_v_loss_sum_over_size",
        "loss divides the sum of the squared differences by A2.size.",
        [("        return float(np.mean((A2 - Y) ** 2))\n",
          "        return float(((A2 - Y) ** 2).sum() / A2.size)\n")],
    ),
    _variant(
        "mlp", "mlp_v_step_via_instance_dict",
        "step subtracts in place through self.__dict__[name].",
        [("        for name in PARAM_NAMES:\n            param = getattr(self, name)\n" + M_STEP,
          "        for name in PARAM_NAMES:\n            self.__dict__[name] -= self.lr * grads[name]\n")],
    ),
    _variant(
        "mlp", "mlp_v_fit_losses_list_to_array",
        "fit appends the losses to a list and returns np.array(losses, dtype=float).",
        [(M_FIT,
          "        losses = []\n"
          "        for _ in range(epochs):\n"
          "            losses.append(self.loss(X, y))\n"
          "            self.step(self.backward(X, y))\n"
          "        return np.array(losses, dtype=float)\n")],
    ),
    _variant(
        "mlp", "mlp_v_forward_einsum",
        "forward computes the hidden layer's sums with np.einsum('mi,ih->mh', X, W1).",
        [(M_FWD,
          "        X = np.asarray(X, dtype=float)\n"
          "        A1 = _sigmoid(np.einsum(\"mi,ih->mh\", X, self.W1) + self.b1)\n")],
    ),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
