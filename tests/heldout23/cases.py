"""A twenty-third held-out corpus of beginner mistakes, written blind.

Written from ``/work/shared/COURSE_SPEC.md``, the reference solutions, a grep of the stubs,
``tests/test_heldout.py``, ``tests/heldout22/README.md`` and the head and tail of
``tests/heldout22/cases.py``. The ``module``, ``name`` and ``did`` of every bug in heldout3 to
heldout22 were listed (by parsing the files with ``ast``, edits not printed) only so that every
bug here is a different mistake from theirs. Nothing under ``autograder/`` was opened, nor
``tests/corpus/``, ``tests/heldout/cases.py``, ``tests/heldout2/``, any ``REVIEW.md``, the
probe's source or the git history (see ``README.md`` beside this file).

The format is that of ``tests/heldout22/cases.py``: ``_bug(module, name, did, names, edits)`` and
``_variant(module, name, did, edits)``. ``edits`` are exact (old, new) replacements in
``solutions/<module>.py``. ``names`` lists alternatives; each alternative is a list of keyword
groups (a string, or a tuple of spellings), and a hint names the mistake when, for some
alternative, it holds one spelling of every group. The keywords were fixed when each case was
written, before any grading.

This corpus leans on NumPy API misuse (``np.sum`` without an axis, ``keepdims`` without an
axis, ``column_stack``, ``np.stack`` on the wrong axis, ``ndmin``, ``squeeze``, ``atleast_2d``,
``out=`` into the wrong array, ``np.where`` with swapped branches, ``np.dot`` for ``*``,
``np.clip`` with swapped or tight bounds, ``reshape(-1, 1)`` for ``keepdims``, ``np.c_`` column
order, ``np.mean(where=...)``), object-oriented slips (a method not called, ``__init__`` re-run in
``fit``, an attribute spelt two ways, state on the class), numerical slips (``np.isclose`` at a
threshold, an epsilon in a denominator, a shift by the minimum, ``is`` for a float), bookkeeping
(a running sum started twice, a wrong running mean, gradients summed and never reset, a running
average of epoch losses, a prediction never reset), control flow (``return`` in a loop, an early
return, a name reused for two things) and exceptions (``try``/``except`` that swallows an error).
"""


def _bug(module, name, did, names, edits):
    return {"name": name, "module": module, "kind": "bug", "edits": edits, "did": did, "names": names}


def _variant(module, name, did, edits):
    return {"name": name, "module": module, "kind": "variant", "edits": edits, "did": did, "names": None}


MUTATE = ("modif", "mutat", "in place", "in-place", "changes the caller", "caller's", "callers",
          "overwrit", "side effect", "side-effect", "alter")
ZERO_D = ("0-d", "0d", "zero-dim", "zero dim", "0-dim", "ndim == 0", "scalar array", "0 dim", "shape ()")
EXCEPT = ("try", "except", "exception", "swallow", "catch")
STATE = ("each call", "every call", "second call", "later call", "previous call", "earlier call",
         "between calls", "first call", "state", "cache", "stored", "remember", "persist", "shared",
         "class attribute", "on the class", "accumulat")

# ---------------------------------------------------------------------------- gates

G_THRESH = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)\n"
G_THRESH_ARRAY = "        return (z >= 0.5).astype(int)\n"
G_THRESH_NUMBER = "    return int(z >= 0.5)\n"
G_UNPACK = "    w0, w1, w2 = weights\n"
G_SUM = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
G_XOR = ("    either = perceptron(x1, x2, OR_WEIGHTS)\n"
         "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
         "    return perceptron(either, not_both, AND_WEIGHTS)\n")
G_XOR_TOP = "    return perceptron(either, not_both, AND_WEIGHTS)\n"
G_XOR_NAND = "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"

GATES = [
    _bug(
        "gates", "gates_xor_top_layer_np_sum_without_axis",
        "xor writes its second-layer AND by hand as threshold(w0 + np.sum([w1 * either, w2 * not_both])); "
        "np.sum without an axis adds up every element of both hidden arrays, so two numbers are right but "
        "arrays of inputs collapse into one int.",
        [[("np.sum", "sum"), ("axis",)], [("sum",), ("every element", "all elements", "whole array", "collapse", "single")]],
        [(G_XOR_TOP, "    w0, w1, w2 = AND_WEIGHTS\n"
                     "    return threshold(w0 + np.sum([w1 * either, w2 * not_both]))\n")],
    ),
    _bug(
        "gates", "gates_perceptron_sigmoid_before_threshold",
        "perceptron passes the weighted sum through the sigmoid of a later lesson before threshold, "
        "threshold(1 / (1 + np.exp(-z))); sigmoid(z) >= 0.5 exactly when z >= 0, so the gate fires at a sum "
        "of 0 instead of 0.5 (AND fires on (0, 1)).",
        [[("sigmoid", "logistic"), ("threshold", "0.5", "step")]],
        [("    return threshold(z)\n", "    return threshold(1.0 / (1.0 + np.exp(-z)))\n")],
    ),
    _bug(
        "gates", "gates_threshold_comparison_out_into_input",
        "threshold's array branch writes the comparison into the input with np.greater_equal(z, 0.5, out=z) "
        "before converting it, so the caller's array of sums is overwritten with 0.0 and 1.0 (and a 0-d array "
        "gives a 0-d result instead of an np.int64).",
        [[MUTATE], [("out=", "out ="), ("input", "caller", "argument", "sums")]],
        [(G_THRESH_ARRAY, "        return np.greater_equal(z, 0.5, out=z).astype(int)\n")],
    ),
    _bug(
        "gates", "gates_threshold_array_ndmin_one",
        "threshold's array branch builds its result with np.array(z >= 0.5, dtype=int, ndmin=1), so a 0-d "
        "array comes back with shape (1,) instead of shape ().",
        [[("ndmin",)], [ZERO_D, ("shape",)]],
        [(G_THRESH_ARRAY, "        return np.array(z >= 0.5, dtype=int, ndmin=1)\n")],
    ),
    _bug(
        "gates", "gates_xor_hidden_column_stack",
        "xor puts its hidden outputs side by side with np.column_stack and feeds the columns to the AND "
        "perceptron: 1-D inputs work, but two numbers come back as a shape-(1,) array and 2-D grids lose "
        "their shape (column_stack joins 2-D arrays along their columns).",
        [[("column_stack", "column stack", "stack")]],
        [(G_XOR_TOP, "    hidden = np.column_stack([either, not_both])\n"
                     "    return perceptron(hidden[:, 0], hidden[:, 1], AND_WEIGHTS)\n")],
    ),
    _bug(
        "gates", "gates_perceptron_stack_default_axis_matmul",
        "perceptron computes the weighted sum as w0 + np.stack([x1, x2]) @ np.array([w1, w2]); np.stack "
        "puts the inputs on axis 0, so two numbers work, but n inputs give a (2, n) array that @ cannot "
        "pair with the two weights (an error, or wrong sums when n is 2).",
        [[("stack",), ("axis",)], [("stack",), ("matmul", "@", "matrix product")]],
        [(G_SUM, "    z = w0 + np.stack([x1, x2]) @ np.array([w1, w2])\n")],
    ),
    _bug(
        "gates", "gates_xor_input_name_reused_for_or",
        "xor stores the OR neuron's output back into x1 (x1 = perceptron(x1, x2, OR_WEIGHTS)), so the NAND "
        "neuron then sees the OR output instead of the input x1, and (0, 1) gives 0.",
        [[("x1",), ("overwrit", "reus", "rebind", "rebound", "reassign", "same name", "variable")]],
        [(G_XOR, "    x1 = perceptron(x1, x2, OR_WEIGHTS)\n"
                 "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
                 "    return perceptron(x1, not_both, AND_WEIGHTS)\n")],
    ),
    _bug(
        "gates", "gates_threshold_tie_tested_with_is",
        "threshold's number branch writes the tie as int(z > 0.5 or z is 0.5); `is` tests object identity, "
        "not equality, so a sum of exactly 0.5 passed in by the caller gives 0.",
        [[("is ", "`is`", "identity"), ("==", "equal")], [("is 0.5", "'is'", "\"is\"", "`is`")]],
        [(G_THRESH_NUMBER, "    return int(z > 0.5 or z is 0.5)\n")],
    ),
    _bug(
        "gates", "gates_perceptron_weights_cached_on_function",
        "perceptron stores the weights on the function at its first call (perceptron.weights) and unpacks "
        "that stored tuple on every later call, so every gate computes the first gate it was called with.",
        [[STATE, ("weights",)]],
        [(G_UNPACK, "    if not hasattr(perceptron, \"weights\"):\n"
                    "        perceptron.weights = weights\n"
                    "    w0, w1, w2 = perceptron.weights\n")],
    ),
    _bug(
        "gates", "gates_threshold_duck_typed_astype",
        "threshold tries (z >= 0.5).astype(int) first and falls back to int() only on AttributeError; a NumPy "
        "scalar's comparison has astype, so np.float64 sums (what perceptron builds from two numbers) give "
        "an np.int64 instead of a Python int.",
        [[EXCEPT, ("astype",)], [("np.int64", "numpy int", "numpy integer", "int64"), ("python int", "int")]],
        [(G_THRESH, "    try:\n        return (z >= 0.5).astype(int)\n    except AttributeError:\n"
                    "        return int(z >= 0.5)\n")],
    ),
    _variant(
        "gates", "gates_v23_threshold_np_isscalar",
        "threshold sends np.isscalar values to int() and everything else to the array branch.",
        [(G_THRESH, "    if np.isscalar(z):\n        return int(z >= 0.5)\n    return (z >= 0.5).astype(int)\n")],
    ),
    _variant(
        "gates", "gates_v23_perceptron_np_multiply",
        "perceptron multiplies with np.multiply(w1, x1) and np.multiply(w2, x2), which accept lists as they are.",
        [(G_SUM, "    z = w0 + np.multiply(w1, x1) + np.multiply(w2, x2)\n")],
    ),
    _variant(
        "gates", "gates_v23_xor_not_both_as_one_minus_and",
        "xor's 'not both' neuron is 1 - AND(x1, x2), which equals NAND on 0/1 inputs.",
        [(G_XOR_NAND, "    not_both = 1 - perceptron(x1, x2, AND_WEIGHTS)\n")],
    ),
    _variant(
        "gates", "gates_v23_nor_from_nand_bias_shift",
        "NOR_WEIGHTS is NAND's tuple with the bias lowered by 1.0, (0.5, -0.6, -0.6).",
        [("NOR_WEIGHTS = (0.5, -0.6, -0.6)\n", "NOR_WEIGHTS = (NAND_WEIGHTS[0] - 1.0,) + NAND_WEIGHTS[1:]\n")],
    ),
    _variant(
        "gates", "gates_v23_threshold_and_or_idiom",
        "threshold's number branch is the old `cond and 1 or 0` idiom, which gives the ints 1 and 0.",
        [(G_THRESH_NUMBER, "    return z >= 0.5 and 1 or 0\n")],
    ),
    _variant(
        "gates", "gates_v23_perceptron_builtin_sum_of_terms",
        "perceptron adds its three terms with Python's sum over a list, which adds arrays element-wise.",
        [(G_SUM, "    z = sum([w0, w1 * np.asarray(x1), w2 * np.asarray(x2)])\n")],
    ),
]

# ---------------------------------------------------------------------------- perceptron

P_X = "        X = np.asarray(X, dtype=float)\n"
P_Y = "        y = np.asarray(y, dtype=float)\n"
P_INIT_W = "        self.weights = np.zeros(X.shape[1])\n"
P_INIT_B = "        self.bias = 0.0\n"
P_EPOCH = "        for _ in range(self.epochs):\n"
P_ZIP = "            for x_i, y_i in zip(X, y):\n"
P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
P_UPDATE = "                update = self.lr * (y_i - prediction)\n"
P_W = "                self.weights += update * x_i  # our own array: safe in place\n"
P_B = "                self.bias = float(self.bias + update)\n"
P_CHECK = ("        if self.weights is None:\n"
           "            raise RuntimeError(\"Perceptron.predict: call fit(X, y) first\")\n")
P_Z = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n"
P_STEP = "        return (z >= 0).astype(int)\n"

PERCEPTRON = [
    _bug(
        "perceptron", "perceptron_fit_copy_method_not_called",
        "fit writes X = np.asarray(X, dtype=float).copy without the call parentheses (meant as a safe copy), "
        "so X is the bound method and X.shape raises AttributeError.",
        [[("copy",), ("parenthes", "not called", "never called", "without calling", "()", "bound method", "method")]],
        [(P_X, "        X = np.asarray(X, dtype=float).copy\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_step_isclose_zero",
        "fit's step fires where z > 0 or np.isclose(z, 0), 'to absorb float noise', so small negative sums "
        "(within isclose's tolerance of 0, such as -1e-9 or -2.8e-17 from rounding) predict 1 where the rule's "
        "z >= 0 predicts 0.",
        [[("isclose", "tolerance", "atol", "epsilon", "approximately")]],
        [(P_PRED, "                z = x_i @ self.weights + self.bias\n"
                  "                prediction = 1 if z > 0 or np.isclose(z, 0) else 0\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_seeded_shuffle_each_epoch",
        "fit shuffles the visiting order every epoch with a generator seeded once, "
        "np.random.default_rng(0).permutation, a habit from stochastic training; the result is repeatable "
        "but the spec visits the samples in the given order.",
        [[("shuffl", "permut", "random"), ("order",)], [("shuffl", "permut")]],
        [(P_EPOCH + P_ZIP, "        rng = np.random.default_rng(0)\n        for _ in range(self.epochs):\n"
                           "            order = rng.permutation(len(X))\n"
                           "            for x_i, y_i in zip(X[order], y[order]):\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_where_branches_swapped",
        "predict returns np.where(z >= 0, 0, 1), the two branch values swapped, so every label is inverted "
        "(a sum of exactly 0 gives 0).",
        [[("where",), ("swap", "order", "revers", "wrong way", "invert", "flip", "opposite", "exchang")]],
        [(P_STEP, "        return np.where(z >= 0, 0, 1)\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_prediction_never_reset_to_zero",
        "fit sets prediction = 0 once before the loops and inside only writes `if sum >= 0: prediction = 1`, "
        "so once a sample fires, every later sample keeps the prediction 1 even when its sum is negative.",
        [[("prediction",), ("reset", "never set", "stale", "previous", "not reset", "keeps", "else")]],
        [(P_INIT_B, "        self.bias = 0.0\n        prediction = 0\n"),
         (P_PRED, "                if x_i @ self.weights + self.bias >= 0:\n"
                  "                    prediction = 1\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_calls_init_again",
        "fit starts with self.__init__() to 'reset the model', which puts lr and epochs back to their "
        "defaults (0.01 and 15), so Perceptron(lr=0.1, epochs=3).fit trains with the default settings.",
        [[("__init__", "init", "constructor"), ("lr", "epochs", "setting", "default", "reset")]],
        [(P_X, "        self.__init__()\n        X = np.asarray(X, dtype=float)\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_reads_misspelt_bias",
        "predict reads self.bais, a misspelling of the attribute fit stores as self.bias, so every predict "
        "after fit raises AttributeError.",
        [[("bais", "bias"), ("spell", "typo", "attribute", "attributeerror", "name")]],
        [(P_Z, "        z = np.asarray(X, dtype=float) @ self.weights + self.bais\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_skips_undecided_zero_sums",
        "fit skips a sample with continue when its sum is exactly 0.0 ('undecided, neither side'), but the "
        "step predicts 1 there and the rule updates when the label is 0, so the AND table's first sample "
        "(sum 0) is never corrected.",
        [[("0", "zero"), ("skip", "continue", "== 0", "undecided", "ignored")]],
        [(P_PRED, "                z = x_i @ self.weights + self.bias\n                if z == 0.0:\n"
                  "                    continue\n                prediction = 1 if z >= 0 else 0\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_bias_column_order_mismatch",
        "predict folds the bias in with np.c_[np.ones(len(X)), X] @ np.append(self.weights, self.bias): the "
        "column of ones goes first but the bias is appended last, so the bias multiplies the last feature "
        "and the first weight multiplies the ones.",
        [[("column", "ones", "append", "np.c_", "augment"), ("order", "first", "last", "mismatch", "position")]],
        [(P_Z, "        X = np.asarray(X, dtype=float)\n"
               "        z = np.c_[np.ones(len(X)), X] @ np.append(self.weights, self.bias)\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_prediction_clipped_sum",
        "fit uses np.clip(sum, 0, 1) as the prediction in the update instead of the 0/1 step, so sums between "
        "0 and 1 give fractional errors and negative sums of a positive sample count as 0.",
        [[("clip",), ("step", "prediction", "0/1", "threshold")]],
        [(P_PRED, "                prediction = np.clip(x_i @ self.weights + self.bias, 0.0, 1.0)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v23_fit_continue_when_update_zero",
        "fit skips the two updates with continue when update == 0 (a right prediction).",
        [(P_UPDATE + P_W + P_B,
          "                update = self.lr * (y_i - prediction)\n                if update == 0:\n"
          "                    continue\n                self.weights += update * x_i\n"
          "                self.bias = float(self.bias + update)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v23_fit_index_name_reused",
        "fit names both loop variables i (epochs and samples) and indexes X[i], y[i]; Python's for rebinds "
        "i from its own range each time, so nothing is disturbed.",
        [(P_EPOCH + P_ZIP, "        for i in range(self.epochs):\n            for i in range(len(X)):\n"
                           "                x_i, y_i = X[i], y[i]\n")],
    ),
    _variant(
        "perceptron", "perceptron_v23_fit_prediction_kept_bool",
        "fit keeps the prediction as the NumPy bool sum >= 0; float minus bool counts it as 0 or 1.",
        [(P_PRED, "                prediction = x_i @ self.weights + self.bias >= 0\n")],
    ),
    _variant(
        "perceptron", "perceptron_v23_fit_stops_when_epoch_changes_nothing",
        "fit stops early after an epoch with no update; from then on every epoch would change nothing.",
        [(P_EPOCH + P_ZIP + P_PRED + P_UPDATE + P_W + P_B,
          "        for _ in range(self.epochs):\n            changed = False\n" + P_ZIP + P_PRED + P_UPDATE
          + P_W + P_B + "                if update != 0:\n                    changed = True\n"
          "            if not changed:\n                break\n")],
    ),
    _variant(
        "perceptron", "perceptron_v23_fit_zeros_from_shape_slice",
        "fit sizes the weights with np.zeros(X.shape[1:]), the shape tuple of one sample.",
        [(P_INIT_W, "        self.weights = np.zeros(X.shape[1:])\n")],
    ),
    _variant(
        "perceptron", "perceptron_v23_predict_sign_nonnegative",
        "predict labels 1 where np.sign(z) >= 0, which is z >= 0.",
        [(P_STEP, "        return (np.sign(z) >= 0).astype(int)\n")],
    ),
]

# ---------------------------------------------------------------------------- activations

A_SIG = ("    z = np.asarray(z, dtype=float)\n    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
         "    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n")
A_SIG_RET = "    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n"
A_SIGD = "    s = sigmoid(z)\n    return s * (1.0 - s)\n"
A_TANH = "    return np.tanh(np.asarray(z, dtype=float))\n"
A_RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)\n"
A_RELUD = "    return (np.asarray(z) > 0).astype(float)\n"
A_LEAKY = "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)\n"
A_LEAKYD = "    return np.where(z > 0, 1.0, alpha)\n"
A_SOFT_EXP = "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
A_SOFT_RET = "    return exps / np.sum(exps, axis=-1, keepdims=True)\n"

ACTIVATIONS = [
    _bug(
        "activations", "act_softmax_axis_one_hardcoded",
        "softmax takes the maximum and the sum along axis=1, the batch layout of a tutorial, instead of the "
        "last axis: 2-D batches work, but a 1-D vector raises AxisError (and 3-D inputs use the wrong axis).",
        [[("axis",), ("last", "-1", "1-d", "1d", "vector")]],
        [(A_SOFT_EXP, "    exps = np.exp(z - np.max(z, axis=1, keepdims=True))\n"),
         (A_SOFT_RET, "    return exps / np.sum(exps, axis=1, keepdims=True)\n")],
    ),
    _bug(
        "activations", "act_relu_derivative_ratio_nan_at_zero",
        "relu_derivative computes the slope as relu(z) / z ('output over input'), which is right away from 0 "
        "but divides 0 by 0 at z = 0, giving nan and a RuntimeWarning instead of 0.",
        [[("nan", "0/0", "divide by zero", "division by zero", "divides by zero", "zero division", "divide 0", "invalid")]],
        [(A_RELUD, "    z = np.asarray(z, dtype=float)\n    return relu(z) / z\n")],
    ),
    _bug(
        "activations", "act_leaky_derivative_where_branches_swapped",
        "leaky_relu_derivative returns np.where(z > 0, alpha, 1.0), the two branch values swapped, so the "
        "slope is alpha on the right and 1 on the left.",
        [[("where",), ("swap", "order", "revers", "wrong way", "invert", "flip", "opposite", "exchang")]],
        [(A_LEAKYD, "    return np.where(z > 0, alpha, 1.0)\n")],
    ),
    _bug(
        "activations", "act_softmax_sum_reshaped_to_column",
        "softmax divides by np.sum(exps, axis=-1).reshape(-1, 1) instead of keeping the axis with keepdims: "
        "2-D batches work, but a 1-D vector's sum becomes a (1, 1) array and the result a (1, n) row.",
        [[("keepdims",)], [("reshape",), ("1-d", "1d", "vector", "shape", "column")]],
        [(A_SOFT_RET, "    return exps / np.sum(exps, axis=-1).reshape(-1, 1)\n")],
    ),
    _bug(
        "activations", "act_softmax_divides_by_l2_norm",
        "softmax normalises the exponentials with np.linalg.norm(exps, axis=-1, keepdims=True), their "
        "Euclidean length, instead of their sum, so the slices no longer sum to 1.",
        [[("norm", "euclid", "length", "l2"), ("sum",)]],
        [(A_SOFT_RET, "    return exps / np.linalg.norm(exps, axis=-1, keepdims=True)\n")],
    ),
    _bug(
        "activations", "act_softmax_epsilon_in_denominator",
        "softmax adds 1e-8 to the denominator 'to avoid dividing by zero', which cannot happen after the "
        "max shift; the epsilon changes every probability and the slices no longer sum exactly to 1.",
        [[("epsilon", "1e-8", "eps", "guard")]],
        [(A_SOFT_RET, "    return exps / (np.sum(exps, axis=-1, keepdims=True) + 1e-8)\n")],
    ),
    _bug(
        "activations", "act_sigmoid_clip_bounds_swapped",
        "sigmoid clips z with np.clip(z, 500, -500) before the textbook formula, the lower and upper bounds "
        "swapped; NumPy does not check them, so every input becomes -500 and every output about 7e-218.",
        [[("clip",), ("bound", "swap", "order", "min", "max", "revers")]],
        [(A_SIG, "    z = np.clip(np.asarray(z, dtype=float), 500, -500)\n"
                 "    return 1.0 / (1.0 + np.exp(-z))\n")],
    ),
    _bug(
        "activations", "act_sigmoid_derivative_np_dot_for_product",
        "sigmoid_derivative multiplies with np.dot(s, 1 - s) where the element-wise * is meant: numbers are "
        "right, but a vector gives one summed number and a square matrix a matrix product.",
        [[("np.dot", "dot"), ("element-wise", "elementwise", "*", "multiply")]],
        [(A_SIGD, "    s = sigmoid(z)\n    return np.dot(s, 1.0 - s)\n")],
    ),
    _bug(
        "activations", "act_tanh_input_clipped_to_five",
        "tanh clips its input to [-5, 5] 'to avoid overflow' (np.tanh does not overflow), so large inputs "
        "give tanh(5) = 0.99991 instead of values nearer 1 (tanh(1000) is 1.0).",
        [[("clip",), ("5", "too tight", "tight", "large", "range", "bound")]],
        [(A_TANH, "    return np.tanh(np.clip(np.asarray(z, dtype=float), -5.0, 5.0))\n")],
    ),
    _bug(
        "activations", "act_leaky_derivative_bool_masks_miss_zero",
        "leaky_relu_derivative adds two boolean masks, (z > 0) + alpha * (z < 0), so an input of exactly 0 "
        "belongs to neither and gets slope 0 instead of alpha.",
        [[("0", "zero"), ("mask", "< 0", "<= 0", "neither", "boolean", "bool")]],
        [(A_LEAKYD, "    return (z > 0) + alpha * (z < 0)\n")],
    ),
    _variant(
        "activations", "act_v23_sigmoid_derivative_in_place_product",
        "sigmoid_derivative multiplies s by (1 - s) in place (s is a fresh result of sigmoid).",
        [(A_SIGD, "    s = sigmoid(z)\n    s *= 1.0 - s\n    return s\n")],
    ),
    _variant(
        "activations", "act_v23_sigmoid_branch_strict_at_zero",
        "sigmoid picks the z >= 0 form with z > 0; at 0 both forms give 1 / 2.",
        [(A_SIG_RET, "    return np.where(z > 0, 1.0, e) / (1.0 + e)\n")],
    ),
    _variant(
        "activations", "act_v23_sigmoid_textbook_errstate",
        "sigmoid uses 1 / (1 + exp(-z)) inside np.errstate(over='ignore'): exp overflows to inf, silently, "
        "and 1 / inf is 0.",
        [(A_SIG, "    z = np.asarray(z, dtype=float)\n    with np.errstate(over=\"ignore\"):\n"
                 "        return 1.0 / (1.0 + np.exp(-z))\n")],
    ),
    _variant(
        "activations", "act_v23_relu_derivative_sign_clipped",
        "relu_derivative is np.clip(np.sign(z), 0, 1) on a float array.",
        [(A_RELUD, "    return np.clip(np.sign(np.asarray(z, dtype=float)), 0.0, 1.0)\n")],
    ),
    _variant(
        "activations", "act_v23_leaky_relu_minus_alpha_abs",
        "leaky_relu subtracts alpha * |min(z, 0)|, the same as adding alpha * min(z, 0).",
        [(A_LEAKY, "    return np.maximum(z, 0.0) - alpha * np.abs(np.minimum(z, 0.0))\n")],
    ),
    _variant(
        "activations", "act_v23_leaky_derivative_full_like_mask",
        "leaky_relu_derivative starts from np.full_like(z, alpha) and writes 1.0 where z > 0.",
        [(A_LEAKYD, "    slopes = np.full_like(z, alpha)\n    slopes[z > 0] = 1.0\n    return slopes\n")],
    ),
]

# ---------------------------------------------------------------------------- neuron

N_FF_SUM = "        total = np.dot(self.weights, inputs) + self.bias\n"
N_FF_RET = "        return float(_sigmoid(total))\n"
N_TINY_INIT = ("        self.h1 = Neuron(weights, bias)\n        self.h2 = Neuron(weights, bias)\n"
               "        self.o1 = Neuron(weights, bias)\n")
N_TINY_H2 = "        self.h2 = Neuron(weights, bias)\n"
N_TINY_FF = "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
N_LAYER = ("    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n"
           "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
           "        outputs.append(total + bias)\n    return outputs\n")
N_LAYER_SUM = "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
N_LAYER_APPEND = "        outputs.append(total + bias)\n"
N_COUNT_RET = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"

NEURON = [
    _bug(
        "neuron", "neuron_tiny_h2_method_not_called",
        "TinyNetwork.feedforward lists the hidden outputs as [self.h1.feedforward(x), self.h2.feedforward], "
        "the second method named but not called, so o1 multiplies a weight by a bound method and raises TypeError.",
        [[("h2",), ("parenthes", "not called", "never called", "without calling", "()", "bound method", "call")]],
        [(N_TINY_FF, "        hidden = [self.h1.feedforward(x), self.h2.feedforward]\n")],
    ),
    _bug(
        "neuron", "neuron_layer_first_product_counted_twice",
        "layer_output starts each neuron's running sum at inputs[0] * weights[j][0] and then loops over all "
        "the inputs from the first, so the first product is counted twice (and an empty input list raises "
        "IndexError).",
        [[("first",), ("twice", "double", "two times", "again")]],
        [(N_LAYER_SUM, "        total = inputs[0] * neuron_weights[0]\n"
                       "        for x, w in zip(inputs, neuron_weights):\n            total += x * w\n")],
    ),
    _bug(
        "neuron", "neuron_count_zip_iterator_reused",
        "count_parameters makes pairs = zip(sizes, sizes[1:]) once and sums the weights and then the biases "
        "over it; the first sum uses the zip up, so the biases add up to 0 and only the weights are counted "
        "(75 for [3, 5, 5, 5, 2]).",
        [[("zip", "iterator", "generator"), ("used up", "exhaust", "consumed", "once", "empty", "reuse", "second")]],
        [(N_COUNT_RET, "    pairs = zip(sizes, sizes[1:])\n    n_weights = sum(a * b for a, b in pairs)\n"
                       "    n_biases = sum(b for a, b in pairs)\n    return n_weights + n_biases\n")],
    ),
    _bug(
        "neuron", "neuron_feedforward_plus_list_constant_input",
        "Neuron.feedforward folds the bias in as np.dot(np.append(weights, bias), inputs + [1]): for a Python "
        "list, + appends the constant input 1, but for a NumPy array it adds 1 to every input, so the lengths "
        "no longer match and array inputs raise ValueError (tuples raise TypeError).",
        [[("+ [1]", "concaten", "append", "list"), ("array", "numpy", "broadcast", "adds 1", "add 1")]],
        [(N_FF_SUM, "        total = np.dot(np.append(self.weights, self.bias), inputs + [1])\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_attribute_spelt_differently",
        "TinyNetwork.__init__ stores the second hidden neuron as self.h_2 while feedforward reads self.h2, "
        "so every feedforward raises AttributeError.",
        [[("h_2", "h2"), ("attribute", "spell", "name", "typo", "attributeerror")]],
        [(N_TINY_H2, "        self.h_2 = Neuron(weights, bias)\n")],
    ),
    _bug(
        "neuron", "neuron_count_prev_updated_before_use",
        "count_parameters walks the widths with a prev variable but updates prev = n at the top of the loop "
        "body, before using it, so each layer is counted as n * n + n instead of prev * n + n.",
        [[("prev", "previous"), ("update", "order", "before", "too early", "overwrit")]],
        [(N_COUNT_RET, "    total = 0\n    prev = sizes[0] if sizes else 0\n    for n in sizes[1:]:\n"
                       "        prev = n\n        total += prev * n + n\n    return total\n")],
    ),
    _bug(
        "neuron", "neuron_layer_inner_loop_misses_last_input",
        "layer_output sums inputs[i] * weights[j][i] for i in range(len(inputs) - 1), an off-by-one that "
        "leaves the last input out of every neuron's sum.",
        [[("last",), ("input", "off-by-one", "off by one", "range")], [("off-by-one", "off by one")]],
        [(N_LAYER_SUM, "        total = sum(inputs[i] * neuron_weights[i] for i in range(len(inputs) - 1))\n")],
    ),
    _bug(
        "neuron", "neuron_feedforward_weights_without_self",
        "Neuron.feedforward writes np.dot(weights, inputs), forgetting self., so the name weights is "
        "undefined inside the method and every call raises NameError.",
        [[("self",)], [("nameerror", "undefined", "not defined")]],
        [(N_FF_SUM, "        total = np.dot(weights, inputs) + self.bias\n")],
    ),
    _bug(
        "neuron", "neuron_feedforward_float32_output",
        "Neuron.feedforward returns np.float32(...) to keep the output small, so it is a float32 rounded to "
        "about seven digits (0.99908894 for the spec's fact) instead of a Python float.",
        [[("float32", "single precision", "32-bit", "32 bit")]],
        [(N_FF_RET, "        return np.float32(_sigmoid(total))\n")],
    ),
    _bug(
        "neuron", "neuron_feedforward_sum_clipped_too_tight",
        "Neuron.feedforward clips the weighted sum to [-5, 5] before the sigmoid 'to keep exp safe', so the "
        "spec's fact (a sum of 7) gives sigmoid(5) = 0.9933 instead of 0.99909.",
        [[("clip",), ("5", "tight", "range", "bound", "sum")]],
        [(N_FF_SUM, "        total = np.clip(np.dot(self.weights, inputs) + self.bias, -5.0, 5.0)\n")],
    ),
    _variant(
        "neuron", "neuron_v23_tiny_one_shared_neuron",
        "TinyNetwork binds h1, h2 and o1 to one Neuron; neurons keep no state, so sharing changes nothing.",
        [(N_TINY_INIT, "        self.h1 = self.h2 = self.o1 = Neuron(weights, bias)\n")],
    ),
    _variant(
        "neuron", "neuron_v23_feedforward_weights_T",
        "Neuron.feedforward writes np.dot(self.weights.T, inputs); .T of a 1-D array is the same array.",
        [(N_FF_SUM, "        total = np.dot(self.weights.T, inputs) + self.bias\n")],
    ),
    _variant(
        "neuron", "neuron_v23_layer_for_else_adds_bias",
        "layer_output sums each neuron in a for loop whose else clause adds the bias (the loop never breaks).",
        [(N_LAYER_SUM, "        total = 0\n        for x, w in zip(inputs, neuron_weights):\n            total += x * w\n"
                       "        else:\n            total += bias\n"),
         (N_LAYER_APPEND, "        outputs.append(total)\n")],
    ),
    _variant(
        "neuron", "neuron_v23_count_local_named_sum",
        "count_parameters accumulates into a local variable named sum, shadowing the built-in harmlessly.",
        [(N_COUNT_RET, "    sum = 0\n    for a, b in zip(sizes, sizes[1:]):\n        sum += a * b + b\n    return sum\n")],
    ),
    _variant(
        "neuron", "neuron_v23_feedforward_item",
        "Neuron.feedforward returns _sigmoid(total).item(), a Python float.",
        [(N_FF_RET, "        return _sigmoid(total).item()\n")],
    ),
    _variant(
        "neuron", "neuron_v23_tiny_h1_output_twice",
        "TinyNetwork.feedforward feeds o1 h1's output twice; h1 and h2 share weights and bias, so they agree.",
        [(N_TINY_FF, "        hidden = [self.h1.feedforward(x)] * 2\n")],
    ),
]

# ---------------------------------------------------------------------------- loss

L_MSE_T = "    y_true = np.asarray(y_true, dtype=float).ravel()\n"
L_MSE_P = "    y_pred = np.asarray(y_pred, dtype=float).ravel()\n"
L_MSE_RET = "    return float(np.mean((y_true - y_pred) ** 2))\n"
L_GRAD_P = "    y_pred = np.asarray(y_pred, dtype=float)\n"
L_GRAD_T = "    y_true = np.asarray(y_true, dtype=float)\n"
L_GRAD_RET = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"

LOSS = [
    _bug(
        "loss", "loss_grad_squeezes_predictions",
        "mse_loss_gradient converts y_pred with np.squeeze, so an (n, 1) column of predictions gets an (n,) "
        "gradient and a (1,) one a 0-d gradient, instead of y_pred's own shape.",
        [[("squeeze",)]],
        [(L_GRAD_P, "    y_pred = np.squeeze(np.asarray(y_pred, dtype=float))\n")],
    ),
    _bug(
        "loss", "loss_mse_slice_drops_first_pair",
        "mse_loss compares y_true[1:] with y_pred[1:], an off-by-one slice that leaves the first pair out of "
        "the mean (the spec's fact gives 1/3 instead of 0.5).",
        [[("first",), ("slice", "[1:]", "skip", "drop", "off-by-one", "off by one", "left out")]],
        [(L_MSE_RET, "    return float(np.mean((y_true[1:] - y_pred[1:]) ** 2))\n")],
    ),
    _bug(
        "loss", "loss_mse_first_square_counted_twice",
        "mse_loss starts its running total at the first squared difference and then loops over all the "
        "pairs from the first, so the first error is counted twice before dividing by N.",
        [[("first",), ("twice", "double", "two times", "again")]],
        [(L_MSE_RET, "    total = (y_true[0] - y_pred[0]) ** 2\n    for t, p in zip(y_true, y_pred):\n"
                     "        total += (t - p) ** 2\n    return float(total / y_true.size)\n")],
    ),
    _bug(
        "loss", "loss_mse_running_mean_formula_wrong",
        "mse_loss keeps a running mean with mean = (mean + e) / (i + 1), which divides the earlier mean again "
        "at every step; it is right for one or two elements but too small from three on (the spec's fact gives "
        "0.29 instead of 0.5).",
        [[("running", "incremental", "online", "loop"), ("mean", "average")]],
        [(L_MSE_RET, "    mean = 0.0\n    for i, (t, p) in enumerate(zip(y_true, y_pred)):\n"
                     "        mean = (mean + (t - p) ** 2) / (i + 1)\n    return float(mean)\n")],
    ),
    _bug(
        "loss", "loss_grad_np_size_of_pair",
        "mse_loss_gradient counts the elements with np.size([y_true, y_pred]), the size of both inputs "
        "together, so N is doubled (and inputs of shapes (n,) and (n, 1) make a ragged list that raises "
        "ValueError).",
        [[("np.size", "size"), ("both", "2n", "twice", "double", "pair", "list")]],
        [(L_GRAD_RET, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / np.size([y_true, y_pred])\n")],
    ),
    _bug(
        "loss", "loss_mse_norm_ord_one",
        "mse_loss computes np.linalg.norm(d, ord=1) ** 2 / N; ord=1 is the sum of absolute differences, so "
        "the result is the squared sum of errors over N, not the mean of the squared errors (which needs the "
        "default 2-norm).",
        [[("ord", "norm"), ("1", "l1", "absolute", "2-norm", "l2", "euclid")]],
        [(L_MSE_RET, "    return float(np.linalg.norm(y_true - y_pred, ord=1) ** 2 / y_true.size)\n")],
    ),
    _bug(
        "loss", "loss_mse_mean_where_errors_nonzero",
        "mse_loss takes np.mean(d ** 2, where=d != 0), averaging over the wrong predictions only, so the spec's "
        "fact gives 1.0 instead of 0.5 (and equal inputs give nan with a warning).",
        [[("where",), ("zero", "nonzero", "non-zero", "count", "n ", "divid")]],
        [(L_MSE_RET, "    d = y_true - y_pred\n    return float(np.mean(d ** 2, where=d != 0))\n")],
    ),
    _bug(
        "loss", "loss_mse_early_return_when_equal",
        "mse_loss returns 0 early when np.array_equal(y_true, y_pred), before its checks: equal inputs give "
        "the int 0 instead of 0.0, and two empty inputs give 0 instead of ValueError.",
        [[("early", "shortcut", "array_equal", "equal"), ("empty", "int", "valueerror", "check")]],
        [(L_MSE_P, L_MSE_P + "    if np.array_equal(y_true, y_pred):\n        return 0\n")],
    ),
    _bug(
        "loss", "loss_grad_atleast_2d_predictions",
        "mse_loss_gradient converts y_pred with np.atleast_2d, so a vector (n,) gets a (1, n) gradient and a "
        "number a (1, 1) one instead of y_pred's shape.",
        [[("atleast_2d", "at least 2", "2-d", "2d")]],
        [(L_GRAD_P, "    y_pred = np.atleast_2d(np.asarray(y_pred, dtype=float))\n")],
    ),
    _bug(
        "loss", "loss_grad_equal_inputs_return_zero_number",
        "mse_loss_gradient returns 0.0 at once when np.array_equal(y_true, y_pred) ('no error, no gradient'), "
        "a single number instead of an array of zeros with y_pred's shape, and empty inputs get 0.0 instead "
        "of ValueError.",
        [[("early", "shortcut", "array_equal", "equal"), ("shape", "array", "number", "scalar", "empty", "valueerror")]],
        [(L_GRAD_T, L_GRAD_T + "    if np.array_equal(y_true, y_pred):\n        return 0.0\n")],
    ),
    _variant(
        "loss", "loss_v23_mse_vdot",
        "mse_loss computes np.vdot(d, d) / d.size.",
        [(L_MSE_RET, "    d = y_true - y_pred\n    return float(np.vdot(d, d) / d.size)\n")],
    ),
    _variant(
        "loss", "loss_v23_mse_norm_squared",
        "mse_loss computes np.linalg.norm(d) ** 2 / N with the default 2-norm.",
        [(L_MSE_RET, "    return float(np.linalg.norm(y_true - y_pred) ** 2 / y_true.size)\n")],
    ),
    _variant(
        "loss", "loss_v23_mse_loop_divided_inside",
        "mse_loss adds each squared difference divided by N in a loop.",
        [(L_MSE_RET, "    total = 0.0\n    for t, p in zip(y_true, y_pred):\n"
                     "        total += (t - p) ** 2 / y_true.size\n    return float(total)\n")],
    ),
    _variant(
        "loss", "loss_v23_grad_negated_reverse_difference",
        "mse_loss_gradient writes -2 * (y_true - y_pred) / N.",
        [(L_GRAD_RET, "    return -2.0 * (y_true.reshape(y_pred.shape) - y_pred) / y_pred.size\n")],
    ),
    _variant(
        "loss", "loss_v23_grad_full_like_factor",
        "mse_loss_gradient multiplies the difference by np.full_like(y_pred, 2 / N).",
        [(L_GRAD_RET, "    return np.full_like(y_pred, 2.0 / y_pred.size) * (y_pred - y_true.reshape(y_pred.shape))\n")],
    ),
    _variant(
        "loss", "loss_v23_mse_rows",
        "mse_loss reshapes both inputs to rows (1, N) instead of ravelling them.",
        [(L_MSE_T, "    y_true = np.asarray(y_true, dtype=float).reshape(1, -1)\n"),
         (L_MSE_P, "    y_pred = np.asarray(y_pred, dtype=float).reshape(1, -1)\n")],
    ),
]

# ---------------------------------------------------------------------------- backprop

B_FF = ("    p = params\n    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
        "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
        "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return float(o1)\n")
B_FF_RET = "    return float(o1)\n"
B_HID_SLOPES = "    d_h1 = h1 * (1.0 - h1)\n    d_h2 = h2 * (1.0 - h2)\n"
B_HID_PATH = "    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1\n"
B_W56 = "        \"w5\": d_L_d_o1 * h1 * d_o1,\n        \"w6\": d_L_d_o1 * h2 * d_o1,\n"
B_BIASES = ("        \"b1\": d_L_d_h1 * d_h1,\n        \"b2\": d_L_d_h2 * d_h2,\n"
            "        \"b3\": d_L_d_o1 * d_o1,\n")
B_B3 = "        \"b3\": d_L_d_o1 * d_o1,\n"
B_BP_TAIL = ("    d_L_d_o1 = -2.0 * (y_true - o1)\n"
             "    # slope of each sigmoid, written with its own output\n"
             "    d_o1 = o1 * (1.0 - o1)\n" + B_HID_SLOPES + "\n" + B_HID_PATH
             + "    grads = {\n"
             "        \"w1\": d_L_d_h1 * x[0] * d_h1,\n        \"w2\": d_L_d_h1 * x[1] * d_h1,\n"
             "        \"w3\": d_L_d_h2 * x[0] * d_h2,\n        \"w4\": d_L_d_h2 * x[1] * d_h2,\n"
             + B_W56 + B_BIASES + "    }\n"
             "    return {name: float(grads[name]) for name in PARAM_NAMES}\n")
B_SGD = ("    return {\n        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
         "    }\n")
B_TRAIN_COPY = "    params = dict(params)\n"
B_TRAIN_LOSSES = "    losses = []\n"
B_TRAIN_EPOCH = "    for _ in range(epochs):\n"
B_TRAIN_STEP = "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
B_TRAIN_LOSS = "        losses.append(float(sum(errors) / len(errors)))\n"

BACKPROP = [
    _bug(
        "backprop", "bp_sgd_step_mean_gradient_for_all",
        "sgd_step moves every parameter by learn_rate times the mean of all nine gradients, "
        "np.mean(list(grads.values())), instead of by its own gradient.",
        [[("mean", "average"), ("own", "each", "every parameter", "same step", "all nine", "its gradient")]],
        [(B_SGD, "    step = learn_rate * np.mean(list(grads.values()))\n"
                 "    return {name: float(params[name] - step) for name in PARAM_NAMES}\n")],
    ),
    _bug(
        "backprop", "bp_train_builtin_sum_shadowed",
        "train keeps a running total of the loss in a variable named sum (sum = 0.0 before the loops, then "
        "sum += loss), which shadows the built-in, so the epoch's sum(errors) raises TypeError "
        "('float' object is not callable).",
        [[("sum",), ("shadow", "built-in", "builtin", "not callable", "overwrit", "name")]],
        [(B_TRAIN_LOSSES, "    losses = []\n    sum = 0.0  # total loss over all epochs\n"),
         (B_TRAIN_LOSS, B_TRAIN_LOSS + "        sum += losses[-1]\n")],
    ),
    _bug(
        "backprop", "bp_train_records_running_average_of_epochs",
        "train records, after each epoch, the average of all the epoch losses so far (a progress-bar style "
        "running mean) instead of that epoch's MSE over the data set.",
        [[("running", "cumulative", "average so far", "so far", "all epochs", "previous epochs"), ("average", "mean")]],
        [(B_TRAIN_LOSSES, "    losses = []\n    epoch_losses = []\n"),
         (B_TRAIN_LOSS, "        epoch_losses.append(float(sum(errors) / len(errors)))\n"
                        "        losses.append(sum(epoch_losses) / len(epoch_losses))\n")],
    ),
    _bug(
        "backprop", "bp_bias_grads_times_bias_value",
        "backprop multiplies each bias derivative by the bias itself (dL/db1 = dL/dh1 * s'(h1) * b1), "
        "treating b as the input of its own weight, so zero biases get zero gradients; a bias's input is "
        "the constant 1.",
        [[("bias",), ("times", "multipl", "factor", "constant 1", "input 1", "1 as")]],
        [(B_BIASES, "        \"b1\": d_L_d_h1 * d_h1 * p[\"b1\"],\n        \"b2\": d_L_d_h2 * d_h2 * p[\"b2\"],\n"
                    "        \"b3\": d_L_d_o1 * d_o1 * p[\"b3\"],\n")],
    ),
    _bug(
        "backprop", "bp_hidden_slopes_unpacked_swapped",
        "backprop computes both hidden slopes on one line, d_h2, d_h1 = h1 * (1 - h1), h2 * (1 - h2), the names "
        "on the left in the wrong order, so every h1 gradient uses h2's slope and the other way round.",
        [[("slope", "derivative", "d_h1", "d_h2"), ("swap", "exchang", "order", "unpack", "wrong")]],
        [(B_HID_SLOPES, "    d_h2, d_h1 = h1 * (1.0 - h1), h2 * (1.0 - h2)\n")],
    ),
    _bug(
        "backprop", "bp_train_loss_divided_by_n_minus_one",
        "train divides each epoch's summed squared errors by len(errors) - 1, the sample-variance habit, "
        "instead of by the number of samples (a one-sample data set raises ZeroDivisionError).",
        [[("n - 1", "n-1", "minus one", "- 1", "len(errors) - 1", "bessel"), ("divid", "mean", "average", "count")]],
        [(B_TRAIN_LOSS, "        losses.append(float(sum(errors) / (len(errors) - 1)))\n")],
    ),
    _bug(
        "backprop", "bp_train_step_applied_twice_per_sample",
        "train calls sgd_step twice with the same gradients for every sample (the step line duplicated), so "
        "each sample moves the parameters by twice the learning rate's step.",
        [[("twice", "two steps", "double", "duplicat")]],
        [(B_TRAIN_STEP, "            grads = backprop(params, x, y_true)\n"
                        "            params = sgd_step(params, grads, learn_rate)\n"
                        "            params = sgd_step(params, grads, learn_rate)\n")],
    ),
    _bug(
        "backprop", "bp_train_losses_assigned_append_result",
        "train writes losses = losses.append(...); append returns None, so after the first epoch losses is "
        "None and the second epoch raises AttributeError (one epoch returns None for the losses).",
        [[("append",), ("none", "returns nothing", "assign")]],
        [(B_TRAIN_LOSS, "        losses = losses.append(float(sum(errors) / len(errors)))\n")],
    ),
    _bug(
        "backprop", "bp_backprop_finite_differences",
        "backprop returns forward-difference estimates ((L(p + h) - L(p)) / h with h = 1e-6) of the nine "
        "derivatives instead of the chain rule's exact values, so each is off by about h times the curvature.",
        [[("finite", "numerical", "difference", "approximat", "estimate"), ("exact", "chain rule", "analytic")]],
        [(B_BP_TAIL, "    base = (y_true - o1) ** 2\n    grads = {}\n    for name in PARAM_NAMES:\n"
                     "        nudged = dict(params)\n        nudged[name] += 1e-6\n"
                     "        grads[name] = float(((y_true - feedforward(nudged, x)) ** 2 - base) / 1e-6)\n"
                     "    return grads\n")],
    ),
    _bug(
        "backprop", "bp_feedforward_output_squashed_twice",
        "feedforward computes o1 with the output sigmoid and then returns float(_sigmoid(o1)), squashing the "
        "output a second time, so every output lies between 0.5 and 0.73.",
        [[("sigmoid",), ("twice", "double", "second time", "again")]],
        [(B_FF_RET, "    return float(_sigmoid(o1))\n")],
    ),
    _variant(
        "backprop", "bp_v23_feedforward_x_unpacked",
        "feedforward unpacks the sample as x0, x1 = x.",
        [(B_FF, "    p = params\n    x0, x1 = x\n"
                "    h1 = _sigmoid(p[\"w1\"] * x0 + p[\"w2\"] * x1 + p[\"b1\"])\n"
                "    h2 = _sigmoid(p[\"w3\"] * x0 + p[\"w4\"] * x1 + p[\"b2\"])\n"
                "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return float(o1)\n")],
    ),
    _variant(
        "backprop", "bp_v23_sgd_step_explicit_loop",
        "sgd_step fills a new dict in a for loop over PARAM_NAMES.",
        [(B_SGD, "    new_params = {}\n    for name in PARAM_NAMES:\n"
                 "        new_params[name] = float(params[name] - learn_rate * grads[name])\n    return new_params\n")],
    ),
    _variant(
        "backprop", "bp_v23_train_while_countdown",
        "train counts the epochs down with a while loop on a local copy of epochs.",
        [(B_TRAIN_EPOCH, "    remaining = epochs\n    while remaining > 0:\n        remaining -= 1\n")],
    ),
    _variant(
        "backprop", "bp_v23_train_loss_fsum",
        "train averages the squared errors with math.fsum.",
        [(B_TRAIN_LOSS, "        losses.append(math.fsum(errors) / len(errors))\n")],
    ),
    _variant(
        "backprop", "bp_v23_backprop_output_delta_name",
        "backprop names the output delta dL/do1 * s'(o1) once and reuses it for w5, w6, b3 and the hidden paths.",
        [(B_HID_PATH, "    delta_o1 = d_L_d_o1 * d_o1\n    d_L_d_h1 = delta_o1 * p[\"w5\"]\n"
                      "    d_L_d_h2 = delta_o1 * p[\"w6\"]\n"),
         (B_W56, "        \"w5\": delta_o1 * h1,\n        \"w6\": delta_o1 * h2,\n"),
         (B_B3, "        \"b3\": delta_o1,\n")],
    ),
    _variant(
        "backprop", "bp_v23_train_params_copy_method",
        "train copies the starting parameters with params.copy().",
        [(B_TRAIN_COPY, "    params = params.copy()\n")],
    ),
]

# ---------------------------------------------------------------------------- mlp

M_FWD = ("        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
         "        return _sigmoid(A1 @ self.W2 + self.b2)\n")
M_LOSS = ("        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n"
          "        return float(np.mean((A2 - Y) ** 2))\n")
M_LOSS_RET = "        return float(np.mean((A2 - Y) ** 2))\n"
M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"
M_DZ1 = "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)\n"
M_DB2 = "            \"b2\": dZ2.sum(axis=0, keepdims=True),\n"
M_STEP = ("        for name in PARAM_NAMES:\n            param = getattr(self, name)\n"
          "            param -= self.lr * grads[name]\n")
M_FIT = ("        losses = np.empty(epochs)\n        for epoch in range(epochs):\n"
         "            losses[epoch] = self.loss(X, y)\n            self.step(self.backward(X, y))\n"
         "        return losses\n")
M_FIT_LOSS = "            losses[epoch] = self.loss(X, y)\n"

MLP = [
    _bug(
        "mlp", "mlp_fit_loss_method_not_called",
        "fit records losses[epoch] = self.loss, the method named without its call (X, y), so storing a bound "
        "method in the float array raises TypeError on the first epoch.",
        [[("loss",), ("parenthes", "not called", "never called", "without calling", "()", "bound method", "call")]],
        [(M_FIT_LOSS, "            losses[epoch] = self.loss\n")],
    ),
    _bug(
        "mlp", "mlp_backward_db2_keepdims_without_axis",
        "backward's b2 gradient is dZ2.sum(keepdims=True) without axis=0, which sums over the outputs too: "
        "the shape (1, 1) is right for one output, but with several outputs b2's gradient is one total.",
        [[("axis",), ("b2", "bias")], [("axis",), ("keepdims",)]],
        [(M_DB2, "            \"b2\": dZ2.sum(keepdims=True),\n")],
    ),
    _bug(
        "mlp", "mlp_step_return_inside_loop",
        "step ends with a return indented into the loop over PARAM_NAMES, so it returns after updating W1 "
        "and b1, W2 and b2 never move.",
        [[("return",), ("loop", "indent", "first", "only w1")]],
        [(M_STEP, M_STEP + "            return\n")],
    ),
    _bug(
        "mlp", "mlp_fit_gradients_summed_never_reset",
        "fit adds each epoch's gradients into a running total made once before the loop and steps with that "
        "total, never resetting it, so every step carries the sum of all earlier gradients.",
        [[("reset", "accumulat", "running", "sum", "total"), ("grad",)]],
        [(M_FIT, "        losses = np.empty(epochs)\n        total = {name: 0.0 for name in PARAM_NAMES}\n"
                 "        for epoch in range(epochs):\n            losses[epoch] = self.loss(X, y)\n"
                 "            grads = self.backward(X, y)\n            for name in PARAM_NAMES:\n"
                 "                total[name] = total[name] + grads[name]\n            self.step(total)\n"
                 "        return losses\n")],
    ),
    _bug(
        "mlp", "mlp_step_subtract_out_into_gradient",
        "step writes np.subtract(param, self.lr * grads[name], out=grads[name]), so the result lands in the "
        "gradient array and the parameters never change.",
        [[("out",), ("grad", "param", "wrong array")]],
        [(M_STEP, "        for name in PARAM_NAMES:\n            param = getattr(self, name)\n"
                  "            np.subtract(param, self.lr * grads[name], out=grads[name])\n")],
    ),
    _bug(
        "mlp", "mlp_fit_history_list_on_class",
        "fit appends its losses to MLP.history, a list created once on the class, and returns all of it, so "
        "a second fit (of any network) returns the earlier fits' losses too.",
        [[("class",), STATE], [("history",), STATE]],
        [(M_FIT, "        if not hasattr(MLP, \"history\"):\n            MLP.history = []\n"
                 "        for epoch in range(epochs):\n            MLP.history.append(self.loss(X, y))\n"
                 "            self.step(self.backward(X, y))\n        return np.array(MLP.history)\n")],
    ),
    _bug(
        "mlp", "mlp_fit_steps_with_previous_epoch_gradients",
        "fit steps with the gradients computed in the previous epoch and only then computes new ones, so the "
        "first epoch takes no step, every step is one epoch stale, and the last gradients are never used.",
        [[("previous", "stale", "last epoch", "one epoch", "order", "late", "behind"), ("grad", "step")]],
        [(M_FIT, "        losses = np.empty(epochs)\n        grads = None\n        for epoch in range(epochs):\n"
                 "            losses[epoch] = self.loss(X, y)\n            if grads is not None:\n"
                 "                self.step(grads)\n            grads = self.backward(X, y)\n        return losses\n")],
    ),
    _bug(
        "mlp", "mlp_backward_hidden_delta_skips_output_slope",
        "backward passes the gradient back to the hidden layer from dA2 = 2 (A2 - Y) / N instead of dZ2, "
        "leaving the output sigmoid's slope A2 (1 - A2) out of the W1 and b1 gradients.",
        [[("slope", "derivative", "sigmoid'"), ("output", "dz2", "da2", "a2")]],
        [(M_DZ2 + M_DZ1, "        dA2 = 2.0 * (A2 - Y) / A2.size\n        dZ2 = dA2 * A2 * (1.0 - A2)\n"
                         "        dZ1 = (dA2 @ self.W2.T) * A1 * (1.0 - A1)\n")],
    ),
    _bug(
        "mlp", "mlp_loss_divides_by_X_size",
        "loss divides the summed squared errors by X.size (m * input_size) instead of the number of outputs "
        "m * output_size, so the loss is scaled whenever the input and output sizes differ.",
        [[("x.size", "input_size", "input size", "inputs"), ("divid", "n ", "count", "output")]],
        [(M_LOSS_RET, "        return float(np.sum((A2 - Y) ** 2) / np.asarray(X).size)\n")],
    ),
    _bug(
        "mlp", "mlp_backward_db1_ones_vector_dot",
        "backward computes b1's gradient as np.ones(m) @ dZ1, a 1-D vector of ones where a (1, m) row was "
        "meant, so the gradient has shape (hidden_size,) instead of b1's (1, hidden_size).",
        [[("1-d", "1d", "vector", "ones"), ("shape", "row", "(1,", "keepdims")]],
        [("            \"b1\": dZ1.sum(axis=0, keepdims=True),\n",
          "            \"b1\": np.ones(X.shape[0]) @ dZ1,\n")],
    ),
    _variant(
        "mlp", "mlp_v23_fit_loop_variable_named_epochs",
        "fit's loop variable is named epochs; range(epochs) is evaluated once, so the loop is unchanged.",
        [(M_FIT, "        losses = np.empty(epochs)\n        for epochs in range(epochs):\n"
                 "            losses[epochs] = self.loss(X, y)\n            self.step(self.backward(X, y))\n"
                 "        return losses\n")],
    ),
    _variant(
        "mlp", "mlp_v23_forward_X_name_reused",
        "forward stores the hidden activations back into the local name X.",
        [(M_FWD, "        X = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
                 "        return _sigmoid(X @ self.W2 + self.b2)\n")],
    ),
    _variant(
        "mlp", "mlp_v23_step_skips_zero_gradient",
        "step skips a parameter whose gradient is all zeros.",
        [(M_STEP, "        for name in PARAM_NAMES:\n            if not np.any(grads[name]):\n                continue\n"
                  "            param = getattr(self, name)\n            param -= self.lr * grads[name]\n")],
    ),
    _variant(
        "mlp", "mlp_v23_loss_sum_of_squares_over_size",
        "loss divides np.sum((A2 - Y) ** 2) by A2.size.",
        [(M_LOSS_RET, "        return float(np.sum((A2 - Y) ** 2) / A2.size)\n")],
    ),
    _variant(
        "mlp", "mlp_v23_backward_db2_ones_row",
        "backward's b2 gradient is a row of ones times dZ2, np.ones((1, m)) @ dZ2.",
        [(M_DB2, "            \"b2\": np.ones((1, X.shape[0])) @ dZ2,\n")],
    ),
    _variant(
        "mlp", "mlp_v23_backward_np_dot_hidden",
        "backward passes the gradient back with np.dot(dZ2, W2.T).",
        [(M_DZ1, "        dZ1 = np.dot(dZ2, self.W2.T) * A1 * (1.0 - A1)\n")],
    ),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
