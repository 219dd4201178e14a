"""A twentieth held-out corpus of beginner mistakes, written blind.

Written from ``/work/shared/COURSE_SPEC.md``, the reference solutions, a grep of the stubs,
``tests/test_heldout.py``, ``tests/heldout19/README.md`` and the head and tail of
``tests/heldout19/cases.py``. The ``module``, ``name`` and ``did`` of every bug in heldout3 to
heldout19 were listed (by parsing the files with ``ast``, edits not printed) only so that every
bug here is a different mistake from theirs. Nothing under ``autograder/`` was opened, nor
``tests/corpus/``, ``tests/heldout/cases.py``, ``tests/heldout2/``, the probe's source or the git
history (see ``README.md`` beside this file).

The format is that of ``tests/heldout19/cases.py``: ``_bug(module, name, did, names, edits)`` and
``_variant(module, name, did, edits)``. ``edits`` are exact (old, new) replacements in
``solutions/<module>.py``. ``names`` lists alternatives; each alternative is a list of keyword
groups (a string, or a tuple of spellings), and a hint names the mistake when, for some
alternative, it holds one spelling of every group. The keywords were fixed when each case was
written, before any grading.

This corpus leans on kinds the earlier corpora covered less: misplaced lines in loops (an epoch
counter incremented inside the sample loop, a step indented under a logging ``if``, an update
dedented out of its loop, a return placed before the hidden layer's gradients, the bias update
inside a per-feature loop, y rebound to the predictions inside ``fit``), state between calls (an
``alpha`` remembered from the first call, gradients accumulated across calls as in frameworks that
need ``zero_grad``), aliasing (a convergence check against a second name for the same weights),
misremembered NumPy calls (``np.greater_equal``/``np.greater`` with ``dtype=``, ``.fill`` chained,
``np.zeros_like`` of a count, ``np.dot`` with a third argument, ``np.prod`` and ``np.cumsum`` for
``np.sum``, ``np.nditer`` written into, ``np.append`` thought to work in place, ``W2.transpose``
without a call, ``np.broadcast_shapes`` as a size check, ``np.meshgrid`` on paired inputs,
``np.sinh`` for ``np.tanh``), Python slips (a tuple times -1, an exception built but not raised,
``self.name`` for ``setattr``, ``getattr`` on a dict, ``sum`` started at a list, ``len`` of a
number, ``epochs`` passed for ``learn_rate``, a generator given to ``np.mean``), mutation of inputs
(biases popped from the caller's list) and misread spec sentences (x0 added instead of w0, NOR's
fact copied for AND, XOR read as NAND of AND and OR, N read as "y_pred's shape", the last column
taken for the label, the first input taken for x0).
"""


def _bug(module, name, did, names, edits):
    return {"name": name, "module": module, "kind": "bug", "edits": edits, "did": did, "names": names}


def _variant(module, name, did, edits):
    return {"name": name, "module": module, "kind": "variant", "edits": edits, "did": did, "names": None}


STATE = ("each call", "every call", "second call", "later call", "previous call", "earlier call",
         "between calls", "first call", "last call", "state", "cache", "stored", "remember", "memo",
         "reuse", "re-use", "kept", "keeps")
MUTATE = ("modif", "mutat", "in place", "in-place", "changes the caller", "caller's", "callers",
          "overwrit", "side effect", "side-effect", "alter")

# ---------------------------------------------------------------------------- gates

G_THRESH = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)\n"
G_THRESH_ARRAY = "        return (z >= 0.5).astype(int)\n"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
G_RET = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n    return threshold(z)\n"
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)\n"
)

GATES = [
    _bug(
        "gates", "gates_perceptron_meshgrid_inputs",
        "perceptron passes the inputs through np.meshgrid(x1, x2) 'to get every combination', so two arrays "
        "of n inputs give an (n, n) grid of outputs instead of n outputs paired element by element "
        "(and two numbers give a (1, 1) array instead of an int).",
        [[("meshgrid", "grid", "combination", "every pair", "all pairs"), ("shape", "pair", "element", "n, n", "(n, n)")]],
        [(G_Z, "    x1, x2 = np.meshgrid(x1, x2)\n" + G_Z)],
    ),
    _bug(
        "gates", "gates_threshold_rounds_sum_to_tenths",
        "threshold rounds the sum to one decimal before comparing ('to get rid of float noise such as "
        "0.49999999'), so sums just below 0.5 (0.46, 0.49) round up to 0.5 and fire: threshold(0.49) is 1.",
        [[("round",), ("0.49", "below 0.5", "below the threshold", "just under", "decimal", "precision")],
         [("round",), ("before compar", "before the compar", "sum")]],
        [(G_THRESH,
          "    if isinstance(z, np.ndarray):\n        return (np.round(z, 1) >= 0.5).astype(int)\n"
          "    return int(round(z, 1) >= 0.5)\n")],
    ),
    _bug(
        "gates", "gates_perceptron_adds_x0_not_w0",
        "perceptron reads 'x0 = 1' as a term to add and computes x0 + w1*x1 + w2*x2 with x0 = 1, so the "
        "constant 1 is added where the bias weight w0 (times x0) belongs: w0 is never used and every gate "
        "fires on (0, 0).",
        [[("w0", "bias weight", "bias"), ("x0", "constant", " 1 ", "instead of", "never used", "ignored", "not used", "missing")]],
        [(G_Z, "    x0 = 1\n    z = x0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n")],
    ),
    _bug(
        "gates", "gates_xor_hidden_sums_not_thresholded",
        "xor computes the hidden OR and NAND neurons as raw weighted sums (w0 + w1*x1 + w2*x2) without "
        "passing them through threshold, and feeds those sums into the second-layer AND: every input "
        "gives a final sum of 0.4, so xor is always 0.",
        [[("hidden",), ("threshold", "step", "activation", "0/1", "not 0 or 1", "raw sum", "weighted sum")],
         [("threshold", "step"), ("or", "nand"), ("sum",)]],
        [(G_XOR,
          "    w0, w1, w2 = OR_WEIGHTS\n"
          "    either = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
          "    w0, w1, w2 = NAND_WEIGHTS\n"
          "    not_both = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
          "    return perceptron(either, not_both, AND_WEIGHTS)\n")],
    ),
    _bug(
        "gates", "gates_nand_weights_tuple_times_minus_one",
        "NAND_WEIGHTS = AND_WEIGHTS * -1, meant to negate AND's weights as with a NumPy array, but a tuple "
        "times -1 repeats it zero times and gives the empty tuple (), so perceptron cannot unpack three "
        "weights for NAND (and xor fails with it).",
        [[("tuple",), ("* -1", "*-1", "times -1", "multiply", "multiplying", "empty", "repeat", "repetition")],
         [("nand",), ("empty", "()", "no weights", "zero weights", "0 weights")]],
        [("NAND_WEIGHTS = (1.5, -0.6, -0.6)\n", "NAND_WEIGHTS = AND_WEIGHTS * -1\n")],
    ),
    _bug(
        "gates", "gates_perceptron_x0_ones_of_len",
        "perceptron builds the constant input as x0 = np.ones(len(x1)), so two Python numbers raise "
        "TypeError (an int has no len) and a 2-D grid of inputs gets a row of ones that does not match "
        "its shape.",
        [[("len",), ("number", "scalar", "int", "ones")],
         [("x0",), ("number", "scalar", "shape")]],
        [(G_Z, "    x0 = np.ones(len(x1))\n    z = w0 * x0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n")],
    ),
    _bug(
        "gates", "gates_xor_nand_of_and_and_or",
        "xor reads 'AND of NAND and OR' the wrong way round and computes NAND(AND(x1, x2), OR(x1, x2)), "
        "which is NAND itself (AND implies OR): (0, 0) gives 1.",
        [[("nand",), ("and",), ("or",), ("second layer", "output layer", "top", "final", "combin", "wrong way", "order", "swapped")]],
        [(G_XOR,
          "    both = perceptron(x1, x2, AND_WEIGHTS)\n"
          "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
          "    return perceptron(both, either, NAND_WEIGHTS)\n")],
    ),
    _bug(
        "gates", "gates_threshold_ufunc_dtype_int",
        "threshold's array branch returns np.greater_equal(z, 0.5, dtype=int), expecting dtype= to give "
        "an integer result; dtype= sets the loop the comparison runs in, and no integer loop takes 0.5, "
        "so every array raises TypeError (numbers are right).",
        [[("dtype",), ("greater_equal", "ufunc", "comparison", "astype")]],
        [(G_THRESH_ARRAY, "        return np.greater_equal(z, 0.5, dtype=int)\n")],
    ),
    _bug(
        "gates", "gates_perceptron_astype_on_threshold_result",
        "perceptron returns threshold(z).astype(int) 'to be sure of integers'; for two Python numbers "
        "threshold already returns a Python int, which has no astype, so scalar calls raise "
        "AttributeError (arrays work).",
        [[("astype",), ("int", "number", "scalar", "attributeerror")]],
        [(G_RET, G_Z + "    return threshold(z).astype(int)\n")],
    ),
    _bug(
        "gates", "gates_and_weights_copied_nor_fact",
        "AND_WEIGHTS = (0.5, -0.6, -0.6), the spec's known NOR weights copied into AND's line, so AND "
        "computes NOR: (0, 0) gives 1 and (1, 1) gives 0 (and xor, whose second layer is AND, breaks).",
        [[("and",), ("nor",)]],
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)\n", "AND_WEIGHTS = (0.5, -0.6, -0.6)\n")],
    ),
    _variant(
        "gates", "gates_v_threshold_np_isscalar_check",
        "threshold tests np.isscalar(z) for the number branch and treats everything else as an array.",
        [(G_THRESH,
          "    if np.isscalar(z):\n        return int(z >= 0.5)\n    return (z >= 0.5).astype(int)\n")],
    ),
    _variant(
        "gates", "gates_v_threshold_heaviside_shifted",
        "threshold's array branch is np.heaviside(z - 0.5, 1).astype(int), 1 at the tie.",
        [(G_THRESH_ARRAY, "        return np.heaviside(z - 0.5, 1).astype(int)\n")],
    ),
    _variant(
        "gates", "gates_v_perceptron_explicit_x0_ones_like",
        "perceptron builds x0 = np.ones_like(x1, dtype=float) and multiplies it by w0.",
        [(G_Z,
          "    x0 = np.ones_like(x1, dtype=float)\n"
          "    z = w0 * x0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n")],
    ),
    _variant(
        "gates", "gates_v_xor_nor_of_and_and_nor",
        "xor is NOR(AND(x1, x2), NOR(x1, x2)): 1 unless both or neither input is on.",
        [(G_XOR,
          "    both = perceptron(x1, x2, AND_WEIGHTS)\n"
          "    neither = perceptron(x1, x2, NOR_WEIGHTS)\n"
          "    return perceptron(both, neither, NOR_WEIGHTS)\n")],
    ),
    _variant(
        "gates", "gates_v_nand_textbook_unit_weights",
        "NAND_WEIGHTS = (1.5, -1.0, -1.0), the textbook unit weights, which also work with the 0.5 threshold.",
        [("NAND_WEIGHTS = (1.5, -0.6, -0.6)\n", "NAND_WEIGHTS = (1.5, -1.0, -1.0)\n")],
    ),
    _variant(
        "gates", "gates_v_and_weights_no_parentheses",
        "AND_WEIGHTS = -0.5, 0.6, 0.6 written without parentheses (still a tuple).",
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)\n", "AND_WEIGHTS = -0.5, 0.6, 0.6\n")],
    ),
]

# ---------------------------------------------------------------------------- perceptron

P_LOOP = (
    "        for _ in range(self.epochs):\n"
    "            for x_i, y_i in zip(X, y):\n"
    "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
    "                update = self.lr * (y_i - prediction)\n"
    "                self.weights += update * x_i  # our own array: safe in place\n"
    "                self.bias = float(self.bias + update)\n"
    "        return self\n"
)
P_INIT = "        self.weights = np.zeros(X.shape[1])\n        self.bias = 0.0\n"
P_PRED_Z = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n        return (z >= 0).astype(int)\n"
P_PREDICTION = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
P_WUPDATE = "                self.weights += update * x_i  # our own array: safe in place\n"

PERCEPTRON = [
    _bug(
        "perceptron", "perceptron_convergence_check_aliased_weights",
        "fit stops when an epoch leaves the weights unchanged, but it keeps previous = self.weights, a "
        "second name for the same array that += keeps updating, so the two always compare equal and fit "
        "stops after the first epoch.",
        [[("copy", "alias", "same array", "same object", "reference"), ("weights", "previous", "stop", "epoch")],
         [("stop", "break"), ("first epoch", "one epoch", "after 1", "after one")]],
        [(P_LOOP,
          "        for _ in range(self.epochs):\n"
          "            previous = self.weights\n"
          "            for x_i, y_i in zip(X, y):\n"
          "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
          "                update = self.lr * (y_i - prediction)\n"
          "                self.weights += update * x_i\n"
          "                self.bias = float(self.bias + update)\n"
          "            if np.array_equal(previous, self.weights):\n"
          "                break\n"
          "        return self\n")],
    ),
    _bug(
        "perceptron", "perceptron_bias_update_inside_feature_loop",
        "fit updates the weights feature by feature in a loop and puts bias += update inside that loop "
        "too, so every mistake moves the bias once per feature (twice on the two-input gates) instead of "
        "once.",
        [[("bias",), ("feature", "loop", "once", "twice", "per feature", "each feature")]],
        [("                self.weights += update * x_i  # our own array: safe in place\n"
          "                self.bias = float(self.bias + update)\n",
          "                for j in range(len(x_i)):\n"
          "                    self.weights[j] += update * x_i[j]\n"
          "                    self.bias = float(self.bias + update)\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_drops_last_column_as_label",
        "fit trains on X[:, :-1], the habit of data files whose last column holds the label, so the last "
        "feature is dropped: the weights have one entry too few (or x_i @ weights fails) although y is "
        "given separately.",
        [[("last",), ("column", "feature")], [("feature",), ("drop", "missing", "ignored", "one too few")]],
        [("        X = np.asarray(X, dtype=float)\n        y = np.asarray(y, dtype=float)\n",
          "        X = np.asarray(X, dtype=float)[:, :-1]\n        y = np.asarray(y, dtype=float)\n")],
    ),
    _bug(
        "perceptron", "perceptron_while_counter_inside_sample_loop",
        "fit counts epochs with a while loop but its epoch += 1 is indented inside the sample loop, so "
        "the counter rises once per sample and fit runs only ceil(epochs / n_samples) passes (4 passes "
        "instead of 15 on a 4-sample table).",
        [[("epoch",), ("sample", "inner loop", "indent", "per sample", "each sample", "too few", "fewer")]],
        [(P_LOOP,
          "        epoch = 0\n"
          "        while epoch < self.epochs:\n"
          "            for x_i, y_i in zip(X, y):\n"
          "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
          "                update = self.lr * (y_i - prediction)\n"
          "                self.weights += update * x_i\n"
          "                self.bias = float(self.bias + update)\n"
          "                epoch += 1\n"
          "        return self\n")],
    ),
    _bug(
        "perceptron", "perceptron_zeros_like_feature_count",
        "fit starts the weights with np.zeros_like(X.shape[1], dtype=float), taking zeros_like for zeros: "
        "it gives a 0-d array shaped like the number of features, so x_i @ weights raises ValueError on "
        "the first sample.",
        [[("zeros_like",)], [("weights",), ("0-d", "shape", "scalar", "n_features", "number of features")]],
        [(P_INIT, "        self.weights = np.zeros_like(X.shape[1], dtype=float)\n        self.bias = 0.0\n")],
    ),
    _bug(
        "perceptron", "perceptron_returns_at_first_correct_sample",
        "fit returns self as soon as one sample is predicted right ('no error means it has converged'), "
        "so training ends at the first correct prediction instead of after every epoch.",
        [[("return",), ("first", "early", "correct", "converge", "stop")],
         [("stop",), ("correct", "converge", "first")]],
        [(P_WUPDATE,
          "                if update == 0:\n"
          "                    return self\n"
          "                self.weights += update * x_i\n")],
    ),
    _bug(
        "perceptron", "perceptron_bias_init_label_mean",
        "fit starts the bias at the mean label, float(np.mean(y)) ('a sensible first guess'), instead of "
        "bias = 0.0, so the learned weights and bias differ from the rule's.",
        [[("bias",), ("0.0", "zero", "start", "initial", "init", "mean")]],
        [(P_INIT, "        self.weights = np.zeros(X.shape[1])\n        self.bias = float(np.mean(y))\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_bias_column_broadcasts",
        "predict adds the bias as a column, self.bias * np.ones((len(X), 1)); the (n,) sums and the "
        "(n, 1) column broadcast into an (n, n) table, so predict returns an (n, n) array instead of (n,).",
        [[("shape", "broadcast", "(n, n)", "column"), ("predict", "bias", "label")]],
        [(P_PRED_Z,
          "        X = np.asarray(X, dtype=float)\n"
          "        z = X @ self.weights + self.bias * np.ones((len(X), 1))\n"
          "        return (z >= 0).astype(int)\n")],
    ),
    _bug(
        "perceptron", "perceptron_skips_all_zero_samples",
        "fit skips samples whose features are all zero ('they cannot move the weights'), but such a "
        "sample still moves the bias: on the AND table the wrongly fired (0, 0) never lowers the bias.",
        [[("zero",), ("bias", "skip", "sample")]],
        [(P_PREDICTION,
          "                if not x_i.any():\n"
          "                    continue\n" + P_PREDICTION)],
    ),
    _bug(
        "perceptron", "perceptron_weights_zeros_fill_returns_none",
        "fit writes self.weights = np.zeros(X.shape[1]).fill(0.0); fill works in place and returns None, "
        "so weights is None and the first x_i @ weights raises ValueError (matmul cannot take None).",
        [[("fill",)], [("none",), ("weights",)]],
        [(P_INIT, "        self.weights = np.zeros(X.shape[1]).fill(0.0)\n        self.bias = 0.0\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_fit_uses_predict_on_row",
        "fit gets each training prediction from self.predict(x_i[None, :])[0].",
        [(P_PREDICTION, "                prediction = self.predict(x_i[None, :])[0]\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_fit_augmented_bias_column",
        "fit learns on X with a column of ones in front and a weight vector of n_features + 1, then "
        "splits it into bias (w[0]) and weights (w[1:]).",
        [(P_INIT + P_LOOP,
          "        Xb = np.hstack([np.ones((X.shape[0], 1)), X])\n"
          "        w = np.zeros(Xb.shape[1])\n"
          "        for _ in range(self.epochs):\n"
          "            for x_i, y_i in zip(Xb, y):\n"
          "                prediction = 1 if x_i[1:] @ w[1:] + w[0] >= 0 else 0\n"
          "                w += self.lr * (y_i - prediction) * x_i\n"
          "        self.weights = w[1:].copy()\n"
          "        self.bias = float(w[0])\n"
          "        return self\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_fit_updates_only_on_mistakes",
        "fit changes the weights and bias only inside if prediction != y_i (a right prediction's update is 0 anyway).",
        [("                update = self.lr * (y_i - prediction)\n" + P_WUPDATE +
          "                self.bias = float(self.bias + update)\n",
          "                if prediction != y_i:\n"
          "                    update = self.lr * (y_i - prediction)\n"
          "                    self.weights += update * x_i\n"
          "                    self.bias = float(self.bias + update)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_predict_row_loop",
        "predict loops over the rows and builds np.array([...], dtype=int) of per-row labels.",
        [(P_PRED_Z,
          "        rows = np.asarray(X, dtype=float)\n"
          "        return np.array([1 if row @ self.weights + self.bias >= 0 else 0 for row in rows], dtype=int)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_predict_where",
        "predict returns np.where(z >= 0, 1, 0).",
        [(P_PRED_Z,
          "        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n        return np.where(z >= 0, 1, 0)\n")],
    ),
]

# ---------------------------------------------------------------------------- activations

A_SIG = (
    "    z = np.asarray(z, dtype=float)\n"
    "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
    "    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n"
)
A_SIGD = "    s = sigmoid(z)\n    return s * (1.0 - s)\n"
A_TANHD = "    return 1.0 - tanh(z) ** 2\n"
A_RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)\n"
A_RELUD = "    return (np.asarray(z) > 0).astype(float)\n"
A_LEAKY = (
    "    z = np.asarray(z, dtype=float)\n"
    "    # positive part plus alpha times the negative part: one of them is 0\n"
    "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)\n"
)
A_LEAKYD = "    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, 1.0, alpha)\n"
A_SOFT = (
    "    z = np.asarray(z, dtype=float)\n"
    "    if z.ndim == 0:\n"
    "        return np.float64(1.0)\n"
    "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
    "    return exps / np.sum(exps, axis=-1, keepdims=True)\n"
)
A_SOFT_DIV = "    return exps / np.sum(exps, axis=-1, keepdims=True)\n"

ACTIVATIONS = [
    _bug(
        "activations", "act_softmax_divides_scores_by_max",
        "softmax 'normalises' the scores by dividing them by their maximum, np.exp(z / max), where the "
        "stable recipe subtracts it: the slices still sum to 1, but the probabilities are those of "
        "z / max, not z (and a maximum of 0 divides by zero).",
        [[("subtract",), ("max", "divid")], [("z - max", "z - np.max", "shift"), ("divid",)]],
        [("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n",
          "    exps = np.exp(z / np.max(z, axis=-1, keepdims=True))\n")],
    ),
    _bug(
        "activations", "act_tanh_sinh_autocomplete",
        "tanh calls np.sinh, the hyperbolic sine picked from the autocomplete list next to np.tanh, so "
        "values are unbounded (sinh(1) = 1.175) and overflow for large |z|.",
        [[("sinh",)], [("tanh",), ("sine", "wrong function", "np.tanh")]],
        [("    return np.tanh(np.asarray(z, dtype=float))\n", "    return np.sinh(np.asarray(z, dtype=float))\n")],
    ),
    _bug(
        "activations", "act_relu_derivative_greater_dtype_float",
        "relu_derivative returns np.greater(z, 0, dtype=float), expecting dtype= to give a float result; "
        "dtype= picks the loop the comparison runs in and there is none for it, so every call raises "
        "TypeError.",
        [[("dtype",), ("greater", "ufunc", "comparison", "astype", "typeerror")]],
        [(A_RELUD, "    return np.greater(np.asarray(z), 0, dtype=float)\n")],
    ),
    _bug(
        "activations", "act_sigmoid_masks_miss_zero",
        "sigmoid fills np.zeros_like(z) through two masks, z > 0 and z < 0, with the two stable formulas; "
        "entries exactly 0 belong to neither mask and stay 0, so sigmoid(0) is 0.0 instead of 0.5.",
        [[("0.5", "zero", "z = 0", "z == 0", "exactly 0", "mask")]],
        [(A_SIG,
          "    z = np.asarray(z, dtype=float)\n"
          "    out = np.zeros_like(z)\n"
          "    pos, neg = z > 0, z < 0\n"
          "    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))\n"
          "    out[neg] = np.exp(z[neg]) / (1.0 + np.exp(z[neg]))\n"
          "    return out\n")],
    ),
    _bug(
        "activations", "act_leaky_relu_alpha_remembered",
        "leaky_relu stores alpha on the function at its first call (leaky_relu.alpha) and uses that value "
        "on every later call, so an alpha given later is ignored once the function has run.",
        [[STATE], [("alpha",), ("ignored", "first", "stored", "remember", "previous")]],
        [(A_LEAKY,
          "    z = np.asarray(z, dtype=float)\n"
          "    if not hasattr(leaky_relu, \"alpha\"):\n"
          "        leaky_relu.alpha = alpha\n"
          "    return np.maximum(z, 0.0) + leaky_relu.alpha * np.minimum(z, 0.0)\n")],
    ),
    _bug(
        "activations", "act_sigmoid_scalar_shortcut_math_exp",
        "sigmoid takes a fast path for Python numbers, 1 / (1 + math.exp(-z)), so sigmoid(-1000) raises "
        "OverflowError (arrays go through the stable form) and a number gives a Python float.",
        [[("math.exp", "overflow", "math"), ("number", "scalar", "-1000", "large", "1000")]],
        [(A_SIG,
          "    if isinstance(z, (int, float)):\n"
          "        import math\n"
          "        return 1.0 / (1.0 + math.exp(-z))\n" + A_SIG)],
    ),
    _bug(
        "activations", "act_tanh_derivative_four_sigmoid_slope_at_z",
        "tanh_derivative is written 4 * sigmoid_derivative(z), from tanh(z) = 2 sigmoid(2z) - 1 but with "
        "the inner 2z forgotten: right at 0, but tanh_derivative(1) gives 0.786 instead of 0.420.",
        [[("2z", "2 * z", "2*z", "argument", "inner", "chain")], [("sigmoid",), ("tanh",), ("identity", "2z", "factor")]],
        [(A_TANHD, "    return 4.0 * sigmoid_derivative(z)\n")],
    ),
    _bug(
        "activations", "act_softmax_cumsum_for_sum",
        "softmax divides by np.cumsum(exps, axis=-1) instead of np.sum, so each entry is divided by the "
        "running sum up to it: only the last entry of each slice is right and the slices do not sum to 1.",
        [[("cumsum", "cumulative", "running sum")], [("sum",), ("1", "one", "normalis", "normaliz")]],
        [(A_SOFT_DIV, "    return exps / np.cumsum(exps, axis=-1)\n")],
    ),
    _bug(
        "activations", "act_sigmoid_derivative_sigmoid_of_z_one_minus_z",
        "sigmoid_derivative returns sigmoid(z * (1 - z)), the classic z * (1 - z) slip wrapped in a "
        "sigmoid, so sigmoid_derivative(0) is 0.5 instead of 0.25.",
        [[("z * (1 - z)", "z*(1-z)", "z(1 - z)", "z (1 - z)")], [("sigmoid(z)",), ("1 - sigmoid", "1-sigmoid", "s * (1 - s)")]],
        [(A_SIGD, "    z = np.asarray(z, dtype=float)\n    return sigmoid(z * (1.0 - z))\n")],
    ),
    _bug(
        "activations", "act_leaky_derivative_returns_activation",
        "leaky_relu_derivative returns leaky_relu(z, alpha), the activation copied from the line above, "
        "instead of its slope, so leaky_relu_derivative(3) is 3 and leaky_relu_derivative(-2) is -0.2.",
        [[("leaky_relu", "activation", "function itself", "the function", "value")], [("slope", "derivative", "1", "alpha")]],
        [(A_LEAKYD, "    return leaky_relu(z, alpha)\n")],
    ),
    _variant(
        "activations", "act_v_sigmoid_exp_minus_logaddexp",
        "sigmoid is np.exp(z - np.logaddexp(0, z)), stable in log space.",
        [(A_SIG, "    z = np.asarray(z, dtype=float)\n    return np.exp(z - np.logaddexp(0.0, z))\n")],
    ),
    _variant(
        "activations", "act_v_sigmoid_derivative_symmetric_exp",
        "sigmoid_derivative is e / (1 + e) ** 2 with e = exp(-|z|), using the slope's symmetry.",
        [(A_SIGD,
          "    e = np.exp(-np.abs(np.asarray(z, dtype=float)))\n    return e / (1.0 + e) ** 2\n")],
    ),
    _variant(
        "activations", "act_v_relu_derivative_sign_of_relu",
        "relu_derivative is np.sign(relu(z)): 1 where relu is positive, 0 elsewhere.",
        [(A_RELUD, "    return np.sign(relu(z))\n")],
    ),
    _variant(
        "activations", "act_v_softmax_ord1_norm",
        "softmax divides by np.linalg.norm(exps, ord=1, axis=-1, keepdims=True), the sum of positive values.",
        [(A_SOFT_DIV, "    return exps / np.linalg.norm(exps, ord=1, axis=-1, keepdims=True)\n")],
    ),
    _variant(
        "activations", "act_v_softmax_via_transpose",
        "softmax works on z.T along axis 0 and transposes the result back (the last axis of z is the first of z.T).",
        [("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n" + A_SOFT_DIV,
          "    t = z.T\n"
          "    exps = np.exp(t - t.max(axis=0, keepdims=True))\n"
          "    return (exps / exps.sum(axis=0, keepdims=True)).T\n")],
    ),
    _variant(
        "activations", "act_v_leaky_relu_abs_halves",
        "leaky_relu is (z + |z|) / 2 + alpha * (z - |z|) / 2.",
        [(A_LEAKY,
          "    z = np.asarray(z, dtype=float)\n"
          "    return (z + np.abs(z)) / 2.0 + alpha * (z - np.abs(z)) / 2.0\n")],
    ),
]

# ---------------------------------------------------------------------------- neuron

N_FF = "        total = np.dot(self.weights, inputs) + self.bias\n        return float(_sigmoid(total))\n"
N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias\n"
N_TINY_INIT = (
    "        self.h1 = Neuron(weights, bias)\n"
    "        self.h2 = Neuron(weights, bias)\n"
    "        self.o1 = Neuron(weights, bias)\n"
)
N_TINY_FF = (
    "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
    "        return self.o1.feedforward(hidden)\n"
)
N_LAYER = (
    "    outputs = []\n"
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)\n"
    "    return outputs\n"
)
N_LAYER_TOTAL = "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
N_COUNT = (
    "    sizes = [int(n) for n in layer_sizes]\n"
    "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"
)

NEURON = [
    _bug(
        "neuron", "neuron_feedforward_bias_times_first_input",
        "Neuron.feedforward multiplies the bias by the first input, np.dot(weights, inputs) + bias * inputs[0], "
        "taking the first input for exercise 1's constant x0: weights [0, 1], bias 4 and input [2, 3] give "
        "sigmoid(11) instead of sigmoid(7).",
        [[("bias",), ("input", "x0", "multipl", "times")]],
        [(N_TOTAL, "        total = np.dot(self.weights, inputs) + self.bias * inputs[0]\n")],
    ),
    _bug(
        "neuron", "neuron_feedforward_inputs_normalised",
        "Neuron.feedforward divides the inputs by their Euclidean length first ('normalise before the "
        "neuron'), a preprocessing step the neuron does not have: the spec's example sums 0.832 + 4 "
        "instead of 3 + 4.",
        [[("normalis", "normaliz", "norm", "length", "scal")]],
        [(N_TOTAL,
          "        inputs = np.asarray(inputs, dtype=float)\n"
          "        inputs = inputs / np.linalg.norm(inputs)\n" + N_TOTAL)],
    ),
    _bug(
        "neuron", "neuron_count_returns_message_string",
        "count_parameters returns an f-string such as '92 parameters (75 weights, 17 biases)', written to "
        "read like the spec's fact, a str instead of the int 92.",
        [[("str", "string", "text", "message"), ("int", "number", "integer")]],
        [(N_COUNT,
          "    sizes = [int(n) for n in layer_sizes]\n"
          "    weights = sum(a * b for a, b in zip(sizes, sizes[1:]))\n"
          "    biases = sum(sizes[1:])\n"
          "    return f\"{weights + biases} parameters ({weights} weights, {biases} biases)\"\n")],
    ),
    _bug(
        "neuron", "neuron_layer_range_misses_last_neuron",
        "layer_output loops over range(len(biases) - 1), an off-by-one, so the last neuron's output is "
        "never computed and the list is one element short.",
        [[("last",), ("neuron", "output", "missing", "short")], [("off-by-one", "off by one", "range", "one short", "one element short")]],
        [(N_LAYER,
          "    outputs = []\n"
          "    for j in range(len(biases) - 1):\n"
          "        total = sum(x * w for x, w in zip(inputs, weights[j]))\n"
          "        outputs.append(total + biases[j])\n"
          "    return outputs\n")],
    ),
    _bug(
        "neuron", "neuron_feedforward_np_dot_bias_as_out",
        "Neuron.feedforward writes np.dot(self.weights, inputs, self.bias) to add the bias in the same "
        "call, but np.dot's third argument is out (an array to write into), so every call raises TypeError.",
        [[("np.dot", "dot"), ("out", "third argument", "argument")]],
        [(N_TOTAL, "        total = np.dot(self.weights, inputs, self.bias)\n")],
    ),
    _bug(
        "neuron", "neuron_feedforward_np_prod_for_sum",
        "Neuron.feedforward combines the products with np.prod(self.weights * inputs) instead of np.sum, "
        "multiplying the terms together: weights [0, 1], bias 4, input [2, 3] give sigmoid(4) = 0.982 "
        "instead of 0.999.",
        [[("prod", "product", "multipl")], [("sum", "add")]],
        [(N_TOTAL, "        total = np.prod(self.weights * np.asarray(inputs, dtype=float)) + self.bias\n")],
    ),
    _bug(
        "neuron", "neuron_feedforward_bias_input_zero",
        "Neuron.feedforward folds the bias into the dot product as an extra weight but gives it the "
        "constant input 0 instead of 1, np.dot(append(weights, bias), append(inputs, 0)), so the bias never "
        "counts: the spec's example gives sigmoid(3) = 0.953 instead of 0.999.",
        [[("bias",), ("0", "zero", "constant", "ignored", "never", "missing", "1")]],
        [(N_TOTAL,
          "        total = np.dot(np.append(self.weights, self.bias), np.append(np.asarray(inputs, dtype=float), 0.0))\n")],
    ),
    _bug(
        "neuron", "neuron_layer_pops_biases",
        "layer_output takes each neuron's bias with biases.pop(0), which empties the caller's biases list: "
        "the first call is right, a second call with the same list returns [] (and a tuple of biases "
        "raises AttributeError).",
        [[MUTATE], [("pop",), ("biases", "list")]],
        [(N_LAYER,
          "    outputs = []\n"
          "    for neuron_weights in weights:\n"
          "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
          "        if biases:\n"
          "            outputs.append(total + biases.pop(0))\n"
          "    return outputs\n")],
    ),
    _bug(
        "neuron", "neuron_layer_map_sum_adds_pairs",
        "layer_output computes each total as sum(map(sum, zip(inputs, neuron_weights))), which adds every "
        "input to its weight (x + w) instead of multiplying them.",
        [[("multipl", "product", "x * w", "times"), ("add", "sum", "x + w", "plus")]],
        [(N_LAYER_TOTAL, "        total = sum(map(sum, zip(inputs, neuron_weights)))\n")],
    ),
    _bug(
        "neuron", "neuron_layer_sum_start_whole_bias_list",
        "layer_output starts each sum at the bias with sum(products, biases), the plural list typed for "
        "the loop's bias, so every call raises TypeError (a list plus a float).",
        [[("bias",), ("list", "biases", "start", "typeerror")]],
        [(N_LAYER_TOTAL + "        outputs.append(total + bias)\n",
          "        total = sum((x * w for x, w in zip(inputs, neuron_weights)), biases)\n"
          "        outputs.append(total)\n")],
    ),
    _variant(
        "neuron", "neuron_v_feedforward_sum_initial_bias",
        "Neuron.feedforward computes np.sum(self.weights * inputs, initial=self.bias).",
        [(N_TOTAL, "        total = np.sum(self.weights * np.asarray(inputs, dtype=float), initial=self.bias)\n")],
    ),
    _variant(
        "neuron", "neuron_v_layer_sum_start_bias",
        "layer_output starts each neuron's sum at its bias: sum(products, bias).",
        [(N_LAYER_TOTAL + "        outputs.append(total + bias)\n",
          "        outputs.append(sum((x * w for x, w in zip(inputs, neuron_weights)), bias))\n")],
    ),
    _variant(
        "neuron", "neuron_v_tiny_neuron_list",
        "TinyNetwork.__init__ builds the three neurons in a comprehension and unpacks them.",
        [(N_TINY_INIT, "        self.h1, self.h2, self.o1 = [Neuron(weights, bias) for _ in range(3)]\n")],
    ),
    _variant(
        "neuron", "neuron_v_count_itertools_pairwise",
        "count_parameters walks the consecutive pairs with itertools.pairwise.",
        [(N_COUNT,
          "    import itertools\n"
          "    total = 0\n"
          "    for a, b in itertools.pairwise(int(n) for n in layer_sizes):\n"
          "        total += a * b + b\n"
          "    return total\n")],
    ),
    _variant(
        "neuron", "neuron_v_feedforward_einsum",
        "Neuron.feedforward computes the weighted sum with np.einsum('i,i->', weights, inputs).",
        [(N_TOTAL,
          "        total = np.einsum(\"i,i->\", self.weights, np.asarray(inputs, dtype=float)) + self.bias\n")],
    ),
]

# ---------------------------------------------------------------------------- loss

L_CONV = (
    "    y_true = np.asarray(y_true, dtype=float).ravel()\n"
    "    y_pred = np.asarray(y_pred, dtype=float).ravel()\n"
)
L_CHECK = (
    "    if y_true.size != y_pred.size:\n"
    "        raise ValueError(\n"
    "            f\"mse_loss: y_true has {y_true.size} values but y_pred has \"\n"
    "            f\"{y_pred.size}; they must hold the same number of elements\"\n"
    "        )\n"
)
L_RET = "    return float(np.mean((y_true - y_pred) ** 2))\n"
LG_RET = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
LG_CHECK_HEAD = "    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss_gradient:"
MISMATCH = ("valueerror", "mismatch", "different number", "different size", "number of elements", "sizes differ",
            "same number", "same size", "lengths differ", "different length")

LOSS = [
    _bug(
        "loss", "loss_mse_sorts_before_comparing",
        "mse_loss sorts both flattened inputs before comparing them ('to line the values up'), which pairs "
        "the smallest target with the smallest prediction instead of each target with its own prediction.",
        [[("sort",)], [("pair", "order", "element by element", "position", "own prediction", "align")]],
        [(L_CONV, L_CONV + "    y_true, y_pred = np.sort(y_true), np.sort(y_pred)\n")],
    ),
    _bug(
        "loss", "loss_grad_rounded_to_four_decimals",
        "mse_loss_gradient rounds its result to 4 decimals (np.round(..., 4)) so that it prints tidily, so "
        "a gradient such as 2/3 comes back as 0.6667 and small gradients below 5e-5 become 0.",
        [[("round",)], [("decimal", "precision", "4", "exact")]],
        [(LG_RET, "    return np.round(2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size, 4)\n")],
    ),
    _bug(
        "loss", "loss_mse_targets_scaled_by_max",
        "mse_loss rescales the targets by their maximum, y_true / y_true.max(), 'because the network "
        "outputs values between 0 and 1', so targets above 1 (or all below it) change, and all-zero "
        "targets give nan.",
        [[("target", "y_true"), ("scal", "max", "divid", "normalis", "normaliz")]],
        [(L_CONV, L_CONV + "    y_true = y_true / y_true.max()\n")],
    ),
    _bug(
        "loss", "loss_grad_divides_by_shape_tuple",
        "mse_loss_gradient reads 'N ... with y_pred's shape' as N = y_pred.shape and divides by the shape "
        "tuple: a vector of n values is divided by (n,) and is right, but an (n, 1) column is divided by "
        "the pair (n, 1), which broadcasts it to (n, 2).",
        [[("shape",), ("n", "size", "number of elements", "tuple", "divid")]],
        [(LG_RET, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / np.array(y_pred.shape)\n")],
    ),
    _bug(
        "loss", "loss_mse_np_mean_of_generator",
        "mse_loss passes a generator expression to np.mean, np.mean((t - p) ** 2 for t, p in zip(...)); "
        "NumPy does not iterate a generator, so every call raises TypeError.",
        [[("generator",)], [("np.mean", "mean"), ("list", "array", "iterate")]],
        [(L_RET, "    return float(np.mean((t - p) ** 2 for t, p in zip(y_true, y_pred)))\n")],
    ),
    _bug(
        "loss", "loss_mse_float_of_each_element",
        "mse_loss converts the inputs element by element with [float(v) for v in y_true] (and the same for "
        "y_pred) before flattening, so a column of shape (n, 1) (or a list of one-element lists) raises "
        "TypeError: each v is a one-element row, not a number.",
        [[("column", "(n, 1)", "2-d", "2d", "nested", "row"), ("float", "flatten", "ravel", "element")]],
        [(L_CONV,
          "    y_true = np.array([float(v) for v in y_true])\n"
          "    y_pred = np.array([float(v) for v in y_pred])\n")],
    ),
    _bug(
        "loss", "loss_grad_nditer_readonly",
        "mse_loss_gradient fills its result element by element through np.nditer, but nditer's operands "
        "are read-only unless op_flags=['readwrite'] is given, so writing v[...] raises ValueError on "
        "every call.",
        [[("nditer", "read-only", "readonly", "readwrite")]],
        [(LG_RET,
          "    diff = y_pred - y_true.reshape(y_pred.shape)\n"
          "    grad = np.empty_like(diff)\n"
          "    for v, d in np.nditer([grad, diff]):\n"
          "        v[...] = 2.0 * d / y_pred.size\n"
          "    return grad\n")],
    ),
    _bug(
        "loss", "loss_mse_error_built_not_raised",
        "mse_loss's size check writes ValueError(...) without raise, building the exception and dropping "
        "it, so mismatched inputs go on: a single prediction broadcasts against all the targets and gives "
        "a number, other mismatches fail with NumPy's broadcasting error.",
        [[("raise",)], [MISMATCH, ("single", "broadcast", "one prediction")]],
        [("    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss: y_true",
          "    if y_true.size != y_pred.size:\n        ValueError(\n            f\"mse_loss: y_true")],
    ),
    _bug(
        "loss", "loss_mse_check_with_broadcast_shapes",
        "mse_loss checks the inputs with np.broadcast_shapes(y_true.shape, y_pred.shape) instead of "
        "comparing sizes, taking 'can broadcast' for 'same number of elements': one prediction against n "
        "targets passes and gives a number instead of ValueError.",
        [[("broadcast",), MISMATCH + ("single", "size")]],
        [(L_CHECK, "    np.broadcast_shapes(y_true.shape, y_pred.shape)\n")],
    ),
    _bug(
        "loss", "loss_mse_ravels_only_after_error",
        "mse_loss subtracts the inputs as given and flattens them only if NumPy raises (try/except "
        "ValueError), but an (n,) against (n, 1) pair does not raise: it broadcasts into an (n, n) table, "
        "so its mean is wrong.",
        [[("broadcast", "(n, n)", "n x n", "n-by-n", "column", "(n, 1)")]],
        [(L_CONV + L_CHECK,
          "    y_true = np.asarray(y_true, dtype=float)\n"
          "    y_pred = np.asarray(y_pred, dtype=float)\n"
          "    try:\n"
          "        diff = y_true - y_pred\n"
          "    except ValueError:\n"
          "        y_true, y_pred = y_true.ravel(), y_pred.ravel()\n"
          "        if y_true.size != y_pred.size:\n"
          "            raise\n"
          "        diff = y_true - y_pred\n"),
         ("    if y_true.size == 0:\n        raise ValueError(\"mse_loss: the inputs are empty; there is no mean to take\")\n" + L_RET,
          "    if diff.size == 0:\n        raise ValueError(\"mse_loss: the inputs are empty; there is no mean to take\")\n"
          "    return float(np.mean(diff ** 2))\n")],
    ),
    _variant(
        "loss", "loss_v_mse_dot_over_size",
        "mse_loss computes the sum of squares as a dot product of the difference with itself.",
        [(L_RET, "    diff = y_true - y_pred\n    return float(diff @ diff / diff.size)\n")],
    ),
    _variant(
        "loss", "loss_v_mse_running_mean",
        "mse_loss keeps a running mean of the squared errors in a Python loop (mean += (e - mean) / k).",
        [(L_RET,
          "    mean = 0.0\n"
          "    for k, (t, p) in enumerate(zip(y_true, y_pred), start=1):\n"
          "        mean += ((t - p) ** 2 - mean) / k\n"
          "    return float(mean)\n")],
    ),
    _variant(
        "loss", "loss_v_mse_einsum",
        "mse_loss computes the sum of squares with np.einsum('i,i->', d, d).",
        [(L_RET, "    d = y_true - y_pred\n    return float(np.einsum(\"i,i->\", d, d) / d.size)\n")],
    ),
    _variant(
        "loss", "loss_v_grad_subtract_then_scale",
        "mse_loss_gradient computes np.subtract(y_pred, y_true.reshape(y_pred.shape)) * (2.0 / N).",
        [(LG_RET, "    return np.subtract(y_pred, y_true.reshape(y_pred.shape)) * (2.0 / y_pred.size)\n")],
    ),
    _variant(
        "loss", "loss_v_grad_n_from_shape_product",
        "mse_loss_gradient counts N as np.prod(y_pred.shape), the product of the shape's lengths.",
        [(LG_RET, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / np.prod(y_pred.shape)\n")],
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
B_GRADS_RET = "    return {name: float(grads[name]) for name in PARAM_NAMES}\n"
B_HIDDEN_D = (
    "    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n"
    "    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1\n"
)
B_SGD = (
    "    return {\n"
    "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
    "    }\n"
)
B_TRAIN_LOOP = (
    "        for x, y_true in zip(data, all_y_trues):\n"
    "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
)
B_TRAIN = (
    "    params = dict(params)\n"
    "    losses = []\n"
    "    for _ in range(epochs):\n" + B_TRAIN_LOOP +
    "        predictions = [feedforward(params, x) for x in data]\n"
    "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
    "        losses.append(float(sum(errors) / len(errors)))\n"
    "    return params, losses\n"
)

BACKPROP = [
    _bug(
        "backprop", "bp_backprop_uses_alice_not_x",
        "backprop's forward pass reads the sample from DATA[0] (Alice, the spec's example, left in from "
        "testing) instead of its argument x, so every sample gets Alice's derivatives (the spec's fact "
        "still matches).",
        [[("x",), ("argument", "sample", "ignored", "data[0]", "alice", "first sample", "hard")]],
        [("    p = params\n    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
          "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
          "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n\n",
          "    p = params\n    x = DATA[0]\n    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
          "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
          "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n\n")],
    ),
    _bug(
        "backprop", "bp_train_passes_epochs_as_learn_rate",
        "train calls sgd_step(params, grads, epochs), the neighbouring argument typed for learn_rate, so "
        "every step is 1000 times the gradient at the defaults (10000 times the step asked for).",
        [[("learn_rate", "learning rate", "step size", "lr"), ("epochs",)]],
        [("            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
          "        predictions",
          "            params = sgd_step(params, backprop(params, x, y_true), epochs)\n"
          "        predictions")],
    ),
    _bug(
        "backprop", "bp_feedforward_o1_uses_h1_twice",
        "feedforward's output line reads w5 * h1 + w6 * h1 (a copy slip), so h2 never reaches o1.",
        [[("h2",), ("h1", "never", "ignored", "missing", "w6")]],
        [("    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return float(o1)\n",
          "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h1 + p[\"b3\"])\n    return float(o1)\n")],
    ),
    _bug(
        "backprop", "bp_train_iterates_columns_of_data",
        "train loops over zip(np.asarray(data).T, all_y_trues), the features-by-samples layout of a "
        "tutorial, so each 'sample' is a column of the data (all weights, then all heights) and only two "
        "steps are taken per epoch.",
        [[("column", "transpos", ".t", "features", "rows"), ("sample", "data", "row")]],
        [(B_TRAIN_LOOP,
          "        for x, y_true in zip(np.asarray(data, dtype=float).T, all_y_trues):\n"
          "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n")],
    ),
    _bug(
        "backprop", "bp_backprop_returns_before_hidden_layer",
        "backprop returns the output layer's derivatives (w5, w6, b3) before reaching the code for the "
        "hidden layer, which is left below the return and never runs, so the dict lacks w1..w4, b1 and b2.",
        [[("w1", "hidden", "missing", "six", "keys"), ("return", "missing", "lacks", "only", "w5")]],
        [(B_HIDDEN_D,
          "    return {\"w5\": float(d_L_d_o1 * h1 * d_o1), \"w6\": float(d_L_d_o1 * h2 * d_o1),\n"
          "            \"b3\": float(d_L_d_o1 * d_o1)}\n" + B_HIDDEN_D)],
    ),
    _bug(
        "backprop", "bp_train_label_always_first",
        "train loops over the sample indices and reads x = data[i] but y_true = all_y_trues[0] (a 0 typed "
        "for i), so every sample is trained with Alice's label 1.",
        [[("label", "y_true", "target"), ("first", "[0]", "same", "every sample", "index")]],
        [(B_TRAIN_LOOP,
          "        for i in range(len(data)):\n"
          "            x, y_true = data[i], all_y_trues[0]\n"
          "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n")],
    ),
    _bug(
        "backprop", "bp_w5_times_h1_weighted_sum",
        "backprop multiplies dL/dw5 and dL/dw6 by the hidden neurons' weighted sums (their inputs before "
        "the sigmoid) instead of their outputs h1 and h2.",
        [[("w5", "w6"), ("h1", "h2", "output", "activation", "sigmoid", "weighted sum", "pre-activation")]],
        [("        \"w5\": d_L_d_o1 * h1 * d_o1,\n        \"w6\": d_L_d_o1 * h2 * d_o1,\n",
          "        \"w5\": d_L_d_o1 * (p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"]) * d_o1,\n"
          "        \"w6\": d_L_d_o1 * (p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"]) * d_o1,\n")],
    ),
    _bug(
        "backprop", "bp_backprop_accumulates_across_calls",
        "backprop adds each call's derivatives into a running dict kept on the function "
        "(backprop.total), as frameworks do until the gradients are zeroed, and returns the running "
        "totals: the first call is right, every later call returns the sum of all calls so far.",
        [[STATE + ("accumul", "zero", "reset", "sum of")]],
        [(B_GRADS_RET,
          "    if not hasattr(backprop, \"total\"):\n"
          "        backprop.total = dict.fromkeys(PARAM_NAMES, 0.0)\n"
          "    for name in PARAM_NAMES:\n"
          "        backprop.total[name] += float(grads[name])\n"
          "    return dict(backprop.total)\n")],
    ),
    _bug(
        "backprop", "bp_train_epochs_loop_inside_sample_loop",
        "train nests the loops the other way round: for each sample it takes all its epochs of steps "
        "before moving to the next sample, and records the epoch's loss inside, so it returns "
        "epochs * n_samples losses and different parameters.",
        [[("loop", "nest", "order"), ("epoch",), ("sample",)]],
        [(B_TRAIN,
          "    params = dict(params)\n"
          "    losses = []\n"
          "    for x, y_true in zip(data, all_y_trues):\n"
          "        for _ in range(epochs):\n"
          "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
          "            predictions = [feedforward(params, x) for x in data]\n"
          "            errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
          "            losses.append(float(sum(errors) / len(errors)))\n"
          "    return params, losses\n")],
    ),
    _bug(
        "backprop", "bp_train_loss_half_mse",
        "train records half the mean squared error, sum(errors) / (2 * n) (the 1/2 convention of some "
        "tutorials), so every recorded loss is half the spec's MSE.",
        [[("half", "1/2", "0.5", "2 *", "factor")]],
        [("        losses.append(float(sum(errors) / len(errors)))\n",
          "        losses.append(float(sum(errors) / (2 * len(errors))))\n")],
    ),
    _variant(
        "backprop", "bp_v_feedforward_matrix_form",
        "feedforward stacks the hidden weights in a 2x2 matrix and uses W @ x + b for the hidden layer.",
        [(B_FF,
          "    p = params\n"
          "    W = np.array([[p[\"w1\"], p[\"w2\"]], [p[\"w3\"], p[\"w4\"]]])\n"
          "    sums = W @ np.asarray(x, dtype=float) + np.array([p[\"b1\"], p[\"b2\"]])\n"
          "    h1, h2 = (_sigmoid(float(s)) for s in sums)\n"
          "    return float(_sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"]))\n")],
    ),
    _variant(
        "backprop", "bp_v_sgd_step_loop_into_new_dict",
        "sgd_step fills an empty dict in a for loop over PARAM_NAMES.",
        [(B_SGD,
          "    new_params = {}\n"
          "    for name in PARAM_NAMES:\n"
          "        new_params[name] = float(params[name]) - learn_rate * float(grads[name])\n"
          "    return new_params\n")],
    ),
    _variant(
        "backprop", "bp_v_train_while_loop",
        "train counts epochs with a while loop on len(losses).",
        [("    for _ in range(epochs):\n" + B_TRAIN_LOOP, "    while len(losses) < epochs:\n" + B_TRAIN_LOOP)],
    ),
    _variant(
        "backprop", "bp_v_train_loss_np_mean",
        "train records the epoch loss with np.mean over an array of squared errors.",
        [("        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
          "        losses.append(float(sum(errors) / len(errors)))\n",
          "        diffs = np.asarray(all_y_trues, dtype=float) - np.asarray(predictions)\n"
          "        losses.append(float(np.mean(diffs ** 2)))\n")],
    ),
    _variant(
        "backprop", "bp_v_backprop_named_locals",
        "backprop unpacks the nine parameters into local names first and writes the chain rule with them.",
        [("    p = params\n    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
          "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
          "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n\n",
          "    p = params\n"
          "    w1, w2, w3, w4, w5, w6, b1, b2, b3 = (params[name] for name in PARAM_NAMES)\n"
          "    h1 = _sigmoid(w1 * x[0] + w2 * x[1] + b1)\n"
          "    h2 = _sigmoid(w3 * x[0] + w4 * x[1] + b2)\n"
          "    o1 = _sigmoid(w5 * h1 + w6 * h2 + b3)\n\n")],
    ),
]

# ---------------------------------------------------------------------------- mlp

M_FWD = "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n        return _sigmoid(A1 @ self.W2 + self.b2)\n"
M_Y = "        A2 = _sigmoid(A1 @ self.W2 + self.b2)\n        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n"
M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"
M_DZ1 = "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)\n"
M_GRADS = (
    "        return {\n"
    "            \"W1\": X.T @ dZ1,\n"
    "            \"b1\": dZ1.sum(axis=0, keepdims=True),\n"
    "            \"W2\": A1.T @ dZ2,\n"
    "            \"b2\": dZ2.sum(axis=0, keepdims=True),\n"
    "        }\n"
)
M_STEP = (
    "        for name in PARAM_NAMES:\n"
    "            param = getattr(self, name)\n"
    "            param -= self.lr * grads[name]\n"
)
M_FIT = (
    "        losses = np.empty(epochs)\n"
    "        for epoch in range(epochs):\n"
    "            losses[epoch] = self.loss(X, y)\n"
    "            self.step(self.backward(X, y))\n"
    "        return losses\n"
)
M_PREDICT = "        return (self.forward(X) >= 0.5).astype(int)\n"

MLP = [
    _bug(
        "mlp", "mlp_fit_y_rebound_to_predictions",
        "fit checks its progress with y = self.predict(X) inside the epoch loop, rebinding y, so from the "
        "second epoch on the network is trained towards its own predictions instead of the targets.",
        [[("y",), ("predict", "overwrit", "rebind", "reassign", "own output", "target")]],
        [(M_FIT,
          "        losses = np.empty(epochs)\n"
          "        for epoch in range(epochs):\n"
          "            losses[epoch] = self.loss(X, y)\n"
          "            self.step(self.backward(X, y))\n"
          "            y = self.predict(X)\n"
          "        return losses\n")],
    ),
    _bug(
        "mlp", "mlp_step_getattr_on_grads_dict",
        "step reads each gradient with getattr(grads, name), as it reads the parameter from self, but "
        "grads is a dict whose entries are keys, not attributes, so every step raises AttributeError.",
        [[("getattr",), ("dict", "key", "grads[", "attribute")], [("dict",), ("key", "grads[name]", "index")]],
        [(M_STEP,
          "        for name in PARAM_NAMES:\n"
          "            param = getattr(self, name)\n"
          "            param -= self.lr * getattr(grads, name)\n")],
    ),
    _bug(
        "mlp", "mlp_forward_clips_inputs_to_unit_interval",
        "forward clips X into [0, 1] first ('the inputs are bits, as in XOR'), so real-valued inputs "
        "outside [0, 1] are changed before the first layer (XOR itself is unaffected).",
        [[("clip",)], [("input", "x")]],
        [(M_FWD,
          "        A1 = _sigmoid(np.clip(np.asarray(X, dtype=float), 0.0, 1.0) @ self.W1 + self.b1)\n"
          "        return _sigmoid(A1 @ self.W2 + self.b2)\n")],
    ),
    _bug(
        "mlp", "mlp_backward_transpose_method_not_called",
        "backward passes the gradient back with dZ2 @ self.W2.transpose, the method itself without its "
        "call parentheses, so every backward (and fit) raises ValueError (matmul cannot take a method).",
        [[("transpose",), ("()", "call", "method", "parenthes", ".t")]],
        [(M_DZ1, "        dZ1 = (dZ2 @ self.W2.transpose) * A1 * (1.0 - A1)\n")],
    ),
    _bug(
        "mlp", "mlp_step_update_dedented_out_of_loop",
        "step's param -= lr * grad line is dedented out of the for loop, so it runs once after the loop "
        "with the last name: only b2 is updated, W1, b1 and W2 never move.",
        [[("b2", "last", "only one", "indent", "dedent", "outside the loop", "after the loop"),
          ("w1", "update", "param", "loop")]],
        [(M_STEP,
          "        for name in PARAM_NAMES:\n"
          "            param = getattr(self, name)\n"
          "        param -= self.lr * grads[name]\n")],
    ),
    _bug(
        "mlp", "mlp_fit_step_under_logging_if",
        "fit prints the loss every 100 epochs, and the self.step(...) line is indented under that if, so "
        "the network takes a step only every 100th epoch.",
        [[("step",), ("100", "every epoch", "indent", "if", "only some", "logging", "print")]],
        [(M_FIT,
          "        losses = np.empty(epochs)\n"
          "        for epoch in range(epochs):\n"
          "            losses[epoch] = self.loss(X, y)\n"
          "            if epoch % 100 == 0:\n"
          "                print(f\"epoch {epoch}: loss {losses[epoch]:.4f}\")\n"
          "                self.step(self.backward(X, y))\n"
          "        return losses\n")],
    ),
    _bug(
        "mlp", "mlp_fit_np_append_result_discarded",
        "fit starts losses = np.array([]) and calls np.append(losses, loss) each epoch as if it worked in "
        "place like list.append; np.append returns a new array, which is thrown away, so fit trains but "
        "returns an empty array.",
        [[("append",)], [("empty", "loss", "return")]],
        [(M_FIT,
          "        losses = np.array([])\n"
          "        for epoch in range(epochs):\n"
          "            np.append(losses, self.loss(X, y))\n"
          "            self.step(self.backward(X, y))\n"
          "        return losses\n")],
    ),
    _bug(
        "mlp", "mlp_step_self_dot_name_literal",
        "step writes self.name -= self.lr * grads[name] inside the loop over PARAM_NAMES, meaning the "
        "attribute whose name is in name; Python looks up an attribute literally called 'name', so every "
        "step raises AttributeError.",
        [[("setattr", "getattr", "self.name", "attribute")]],
        [(M_STEP, "        for name in PARAM_NAMES:\n            self.name -= self.lr * grads[name]\n")],
    ),
    _bug(
        "mlp", "mlp_backward_hidden_slope_tanh_formula",
        "backward takes the hidden layer's slope as 1 - A1 ** 2, tanh's derivative copied from a tanh "
        "tutorial, while the hidden activation is the sigmoid (slope A1 * (1 - A1)), so W1's and b1's "
        "gradients are wrong.",
        [[("tanh", "1 - a1", "1 - a1**2", "1 - a1 ** 2"), ("sigmoid", "a1 * (1 - a1)", "slope", "derivative")]],
        [(M_DZ1, "        dZ1 = (dZ2 @ self.W2.T) * (1.0 - A1 ** 2)\n")],
    ),
    _bug(
        "mlp", "mlp_backward_N_sum_of_dims",
        "backward divides the output gradient by A2.shape[0] + A2.shape[1] (m + output_size, a + typed "
        "for the *) instead of the number of outputs m * output_size.",
        [[("m * output_size", "number of elements", "a2.size", "m*output_size", "factor", "n ", "scale", "2 /")]],
        [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / (A2.shape[0] + A2.shape[1]) * A2 * (1.0 - A2)\n")],
    ),
    _variant(
        "mlp", "mlp_v_forward_augmented_bias_row",
        "forward appends a column of ones to X and the bias row to W1, then multiplies once.",
        [(M_FWD,
          "        X = np.asarray(X, dtype=float)\n"
          "        Xb = np.hstack([X, np.ones((X.shape[0], 1))])\n"
          "        A1 = _sigmoid(Xb @ np.vstack([self.W1, self.b1]))\n"
          "        return _sigmoid(A1 @ self.W2 + self.b2)\n")],
    ),
    _variant(
        "mlp", "mlp_v_step_setattr_new_array",
        "step assigns each updated parameter back with setattr (a new array each time).",
        [(M_STEP,
          "        for name in PARAM_NAMES:\n"
          "            setattr(self, name, getattr(self, name) - self.lr * grads[name])\n")],
    ),
    _variant(
        "mlp", "mlp_v_step_subtract_into_param",
        "step subtracts in place with np.subtract(param, lr * grad, out=param).",
        [(M_STEP,
          "        for name in PARAM_NAMES:\n"
          "            param = getattr(self, name)\n"
          "            np.subtract(param, self.lr * grads[name], out=param)\n")],
    ),
    _variant(
        "mlp", "mlp_v_backward_weight_grads_einsum",
        "backward computes the weight gradients with np.einsum over the samples.",
        [("            \"W1\": X.T @ dZ1,\n", "            \"W1\": np.einsum(\"mi,mh->ih\", X, dZ1),\n"),
         ("            \"W2\": A1.T @ dZ2,\n", "            \"W2\": np.einsum(\"mh,mo->ho\", A1, dZ2),\n")],
    ),
    _variant(
        "mlp", "mlp_v_predict_np_where_labels",
        "predict returns np.where(forward(X) >= 0.5, 1, 0).",
        [(M_PREDICT, "        return np.where(self.forward(X) >= 0.5, 1, 0)\n")],
    ),
    _variant(
        "mlp", "mlp_v_fit_while_history_list",
        "fit keeps the losses in a Python list filled with append, then returns np.asarray(losses).",
        [(M_FIT,
          "        history = []\n"
          "        while len(history) < epochs:\n"
          "            history.append(self.loss(X, y))\n"
          "            self.step(self.backward(X, y))\n"
          "        return np.asarray(history, dtype=float)\n")],
    ),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
