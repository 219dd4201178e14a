"""A sixteenth held-out corpus of beginner mistakes, written blind.

Written from ``/work/shared/COURSE_SPEC.md``, the reference solutions, a grep of the stubs and
``tests/test_heldout.py``; the case names and ``did`` lines of heldout3 to heldout15 were
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

This corpus leans on kinds the earlier corpora covered less: ``np.dot`` / ``@`` / ``*`` mixed up
on 1-D and 2-D operands (a stacked ``np.dot`` that contracts the wrong axis, ``@`` for a square,
a column that broadcasts into an outer product, ``x @ W`` for ``W @ x``), axis and ``keepdims``
slips, column targets that broadcast into ``(n, n)`` tables, floor division where ``/`` is meant,
numerical stability handled wrongly (log-space and ``cosh`` forms that still overflow,
``math.exp`` on a large negative sum), NumPy 2 behaviour (``copy=False``, ``float()`` of a
one-element array), aliasing (a list shared by two gates, a float bias that a local name cannot
carry back, the caller's ``y_true`` reshaped through ``.shape =``, gradients scaled in the caller's
dict), Python slips (a generator used as a tuple, a local name shadowing a function, a loop index
reused by an inner loop, ``return`` inside a loop, a mutable default argument, ``is not`` for
``!=``, a string raised, a method not called, a trailing comma, a misspelt keyword or
attribute), and a learning rate applied twice.
"""


def _bug(module, name, did, names, edits):
    return {"name": name, "module": module, "kind": "bug", "edits": edits, "did": did, "names": names}


def _variant(module, name, did, edits):
    return {"name": name, "module": module, "kind": "variant", "edits": edits, "did": did, "names": None}


FLOOR = ("//", "floor division", "integer division", "floor-division", "floor divide")
IN_PLACE = ("in place", "in-place", "caller", "modif", "mutat", "changed", "overwr", "alias")
RETURN_IN_LOOP = ("indent", "inside the loop", "inside a loop", "in the loop", "within the loop",
                  "first iteration", "after the first", "only the first")
REUSED_INDEX = ("reus", "same name", "same variable", "overwrit", "shadow", "clobber", "inner loop")
SHADOW = ("shadow", "unboundlocalerror", "local variable", "same name as", "rename")
LR_TWICE = ("twice", "squared", "**2", "** 2", "again", "double", "two times")
MUTABLE_DEFAULT = ("mutable default", "default argument", "default list", "default dict",
                   "default value", "shared between calls", "=[]", "={}")

# ---------------------------------------------------------------------------- gates

G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)\n"
)
G_THRESHOLD_ARRAY = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n"

GATES = [
    _bug(
        "gates", "gates_perceptron_matmul_for_times",
        "perceptron writes w1 @ x1 + w2 @ x2, the matrix-product operator where element-wise * is "
        "meant, so every call raises ValueError (matmul takes no scalar operands).",
        [[("@", "matmul", "matrix product", "matrix multiplication")]],
        [(G_Z, "    z = w0 + w1 @ np.asarray(x1) + w2 @ np.asarray(x2)\n")],
    ),
    _bug(
        "gates", "gates_perceptron_zip_without_constant_input",
        "perceptron sums w * x over zip(weights, (x1, x2)) without the constant input x0 = 1, so zip "
        "pairs w0 with x1 and w1 with x2 and drops w2: the bias weight is never added on its own.",
        [[("x0", "constant input", "input of 1", "bias weight", "w0"), ("zip", "pair", "align", "shift")]],
        [(G_Z, "    z = sum(w * x for w, x in zip(weights, (np.asarray(x1), np.asarray(x2))))\n")],
    ),
    _bug(
        "gates", "gates_threshold_return_inside_element_loop",
        "threshold fills an integer array element by element, but return out is indented into the "
        "loop, so only the first element is ever set and the others stay 0.",
        [["return", RETURN_IN_LOOP]],
        [(G_THRESHOLD_ARRAY,
          "    if isinstance(z, np.ndarray):\n"
          "        out = np.zeros(z.shape, dtype=int)\n"
          "        for i, value in enumerate(z.flat):\n"
          "            out.flat[i] = int(value >= 0.5)\n"
          "            return out\n")],
    ),
    _bug(
        "gates", "gates_nand_weights_generator",
        "NAND_WEIGHTS is a parenthesised generator expression (AND's weights negated), not a tuple, so "
        "the first perceptron call consumes it and every later use raises ValueError (not enough "
        "values to unpack).",
        [["generator", ("tuple", "exhaust", "consumed", "used up", "only once", "one pass")]],
        [("NAND_WEIGHTS = (1.5, -0.6, -0.6)\n",
          "NAND_WEIGHTS = (1.0 - w if i == 0 else -w for i, w in enumerate(AND_WEIGHTS))\n")],
    ),
    _bug(
        "gates", "gates_nor_weights_one_minus_or",
        "NOR_WEIGHTS = tuple(1 - w for w in OR_WEIGHTS), NOT applied to the weights as 1 - w, which "
        "gives (1.0, 0.4, 0.4): every input fires, so NOR is always 1.",
        [[("1 - w", "one minus", "1 -", "not of the weights", "negat"), ("nor",)]],
        [("NOR_WEIGHTS = (0.5, -0.6, -0.6)\n", "NOR_WEIGHTS = tuple(1 - w for w in OR_WEIGHTS)\n")],
    ),
    _bug(
        "gates", "gates_or_nor_share_one_list",
        "OR_WEIGHTS is a list and NOR_WEIGHTS = OR_WEIGHTS binds the same list, so setting NOR's three "
        "weights item by item overwrites OR's too: OR computes NOR (and xor breaks with it).",
        [[("same list", "same object", "alias", "copy", "reference", "mutat", "overwr")]],
        [("OR_WEIGHTS = (0.0, 0.6, 0.6)\n", "OR_WEIGHTS = [0.0, 0.6, 0.6]\n"),
         ("NOR_WEIGHTS = (0.5, -0.6, -0.6)\n",
          "NOR_WEIGHTS = OR_WEIGHTS  # start from OR and flip it\n"
          "NOR_WEIGHTS[0] = 0.5\n"
          "NOR_WEIGHTS[1] = -0.6\n"
          "NOR_WEIGHTS[2] = -0.6\n")],
    ),
    _bug(
        "gates", "gates_and_weights_floor_division",
        "AND_WEIGHTS = (-1 / 2, 3 // 5, 3 // 5): the input weights are written with floor division, "
        "which makes them 0, so AND never fires.",
        [[FLOOR]],
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)\n", "AND_WEIGHTS = (-1 / 2, 3 // 5, 3 // 5)\n")],
    ),
    _bug(
        "gates", "gates_xor_shadows_perceptron",
        "xor stores its output in a local variable named perceptron, which makes perceptron local to "
        "the whole function, so its first call raises UnboundLocalError.",
        [[SHADOW]],
        [(G_XOR,
          "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
          "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
          "    perceptron = perceptron(either, not_both, AND_WEIGHTS)\n"
          "    return perceptron\n")],
    ),
    _bug(
        "gates", "gates_xor_misspelt_weights_keyword",
        "xor calls perceptron(x1, x2, weight=OR_WEIGHTS), a misspelt keyword (the parameter is "
        "weights), so xor raises TypeError (unexpected keyword argument).",
        [[("keyword", "weight=", "unexpected", "misspel", "typo")]],
        [(G_XOR,
          "    either = perceptron(x1, x2, weight=OR_WEIGHTS)\n"
          "    not_both = perceptron(x1, x2, weight=NAND_WEIGHTS)\n"
          "    return perceptron(either, not_both, weight=AND_WEIGHTS)\n")],
    ),
    _bug(
        "gates", "gates_perceptron_pops_bias_weight",
        "perceptron takes the bias weight with weights.pop(0), a list method the weight tuples do not "
        "have, so every call raises AttributeError (and a caller's list would lose its bias weight).",
        [[("pop",), ("tuple", "attributeerror", "unpack", "mutat", "modif")]],
        [("    w0, w1, w2 = weights\n", "    w0 = weights.pop(0)  # the bias weight comes first\n    w1, w2 = weights\n")],
    ),
    _variant(
        "gates", "gates_v_and_weights_bare_tuple",
        "AND_WEIGHTS = -0.5, 0.6, 0.6 without parentheses, which is the same tuple.",
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)\n", "AND_WEIGHTS = -0.5, 0.6, 0.6\n")],
    ),
    _variant(
        "gates", "gates_v_nand_from_and",
        "NAND_WEIGHTS derived from AND's as (1 - w0, -w1, -w2), which is (1.5, -0.6, -0.6).",
        [("NAND_WEIGHTS = (1.5, -0.6, -0.6)\n",
          "NAND_WEIGHTS = (1.0 - AND_WEIGHTS[0], -AND_WEIGHTS[1], -AND_WEIGHTS[2])\n")],
    ),
    _variant(
        "gates", "gates_v_xor_nor_recipe",
        "xor as NOR(AND(x1, x2), NOR(x1, x2)), another two-layer recipe.",
        [(G_XOR,
          "    both = perceptron(x1, x2, AND_WEIGHTS)\n"
          "    neither = perceptron(x1, x2, NOR_WEIGHTS)\n"
          "    return perceptron(both, neither, NOR_WEIGHTS)\n")],
    ),
    _variant(
        "gates", "gates_v_xor_tuple_assignment",
        "xor overwrites x1, x2 with the hidden outputs in one tuple assignment, which evaluates both "
        "right-hand sides first.",
        [(G_XOR,
          "    x1, x2 = perceptron(x1, x2, OR_WEIGHTS), perceptron(x1, x2, NAND_WEIGHTS)\n"
          "    return perceptron(x1, x2, AND_WEIGHTS)\n")],
    ),
    _variant(
        "gates", "gates_v_perceptron_explicit_x0",
        "perceptron multiplies w0 by an explicit constant input x0 = ones_like(x1).",
        [(G_Z,
          "    x1, x2 = np.asarray(x1, dtype=float), np.asarray(x2, dtype=float)\n"
          "    x0 = np.ones_like(x1)\n"
          "    z = w0 * x0 + w1 * x1 + w2 * x2\n")],
    ),
    _variant(
        "gates", "gates_v_threshold_np_int",
        "threshold's array branch converts with np.int_(z >= 0.5).",
        [(G_THRESHOLD_ARRAY, "    if isinstance(z, np.ndarray):\n        return np.int_(z >= 0.5)\n")],
    ),
]

# ---------------------------------------------------------------------------- perceptron

P_INIT_LOOP = (
    "        self.weights = np.zeros(X.shape[1])\n"
    "        self.bias = 0.0\n"
    "        for _ in range(self.epochs):\n"
    "            for x_i, y_i in zip(X, y):\n"
    "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
    "                update = self.lr * (y_i - prediction)\n"
    "                self.weights += update * x_i  # our own array: safe in place\n"
    "                self.bias = float(self.bias + update)\n"
)
P_LOOP_HEAD = (
    "            for x_i, y_i in zip(X, y):\n"
    "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
    "                update = self.lr * (y_i - prediction)\n"
)
P_PREDICTION = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
P_PREDICT = (
    "        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n"
    "        return (z >= 0).astype(int)\n"
)

PERCEPTRON = [
    _bug(
        "perceptron", "perceptron_inner_loop_reuses_sample_index",
        "fit computes each weighted sum with an inner loop that reuses the sample index i, so after it "
        "i is the last feature index and every sample is trained with the label y[n_features - 1].",
        [[("loop variable", "index", "counter", "label"), REUSED_INDEX]],
        [(P_LOOP_HEAD,
          "            for i in range(len(X)):\n"
          "                x_i = X[i]\n"
          "                total = self.bias\n"
          "                for i in range(len(x_i)):\n"
          "                    total += x_i[i] * self.weights[i]\n"
          "                prediction = 1 if total >= 0 else 0\n"
          "                update = self.lr * (y[i] - prediction)\n")],
    ),
    _bug(
        "perceptron", "perceptron_zeros_shape_not_a_tuple",
        "fit writes np.zeros(X.shape[1], 1), meaning a shape but passing 1 as the second argument, the "
        "dtype, so fit raises TypeError ('Cannot interpret 1 as a data type').",
        [[("dtype", "data type", "tuple")]],
        [("        self.weights = np.zeros(X.shape[1])\n", "        self.weights = np.zeros(X.shape[1], 1)\n")],
    ),
    _bug(
        "perceptron", "perceptron_early_stop_signed_error_sum",
        "fit stops when an epoch's summed updates are 0, but it sums the signed updates, so a +lr and a "
        "-lr mistake cancel and training stops while samples are still misclassified (on AND with "
        "lr=0.1 it stops after the first epoch).",
        [[("early stop", "stops early", "stop early", "break", "stops training", "converge"),
          ("sign", "cancel", "abs", "count", "number of mistakes", "number of errors")]],
        [("        for _ in range(self.epochs):\n            for x_i, y_i in zip(X, y):\n",
          "        for _ in range(self.epochs):\n            errors = 0.0\n            for x_i, y_i in zip(X, y):\n"),
         ("                self.bias = float(self.bias + update)\n        return self\n",
          "                self.bias = float(self.bias + update)\n"
          "                errors += update\n"
          "            if errors == 0:\n"
          "                break  # no mistakes this epoch: converged\n"
          "        return self\n")],
    ),
    _bug(
        "perceptron", "perceptron_bias_local_float_not_stored",
        "fit trains local weights and bias after binding self.weights and self.bias to them once; the "
        "array is shared so self.weights learns, but bias += update rebinds the local float and "
        "self.bias stays 0.0.",
        [["bias", ("immutable", "rebind", "rebound", "local variable", "local name", "alias",
                   "not stored", "never stored", "never written", "not written back", "copy")]],
        [(P_INIT_LOOP,
          "        weights = np.zeros(X.shape[1])\n"
          "        bias = 0.0\n"
          "        self.weights, self.bias = weights, bias  # the attributes follow the working values\n"
          "        for _ in range(self.epochs):\n"
          "            for x_i, y_i in zip(X, y):\n"
          "                prediction = 1 if x_i @ weights + bias >= 0 else 0\n"
          "                update = self.lr * (y_i - prediction)\n"
          "                weights += update * x_i\n"
          "                bias += update\n")],
    ),
    _bug(
        "perceptron", "perceptron_labels_as_column",
        "fit reshapes y into an (n, 1) column, so each y_i and update is a one-element array and "
        "self.bias = float(self.bias + update) converts a 1-D array, which the installed NumPy rejects "
        "with TypeError (older NumPy only warned).",
        [[("column", "(n, 1)", "reshape", "one-element", "1-element", "ravel")]],
        [("        y = np.asarray(y, dtype=float)\n",
          "        y = np.asarray(y, dtype=float).reshape(-1, 1)  # labels as a column\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_heaviside_half_at_zero",
        "fit's step is np.heaviside(sum, 0.5), whose second argument is the value at exactly 0, so a "
        "sum of 0 predicts 0.5 instead of 1 and such updates are half a step.",
        [["heaviside", ("0.5", "half", "second argument", "at zero", "at 0", "exactly 0")]],
        [(P_PREDICTION, "                prediction = np.heaviside(x_i @ self.weights + self.bias, 0.5)\n")],
    ),
    _bug(
        "perceptron", "perceptron_epochs_attribute_misspelt",
        "fit loops over range(self.epoch), a misspelt attribute (the constructor stores self.epochs), "
        "so fit raises AttributeError.",
        [[("self.epoch", "attributeerror", "typo", "misspel", "attribute")]],
        [("        for _ in range(self.epochs):\n", "        for _ in range(self.epoch):\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_sums_axis0",
        "predict sums X * weights over axis=0 (the samples) instead of axis=1 (the features), so it "
        "returns one label per feature instead of one per sample.",
        [["axis"]],
        [("        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n",
          "        z = np.sum(np.asarray(X, dtype=float) * self.weights, axis=0) + self.bias\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_returns_inside_row_loop",
        "predict loops over the rows but returns inside the loop, so it gives one int, the first "
        "sample's label, instead of an integer array.",
        [["return", RETURN_IN_LOOP + ("first sample", "first row", "one int", "single int")]],
        [(P_PREDICT,
          "        for row in np.asarray(X, dtype=float):\n"
          "            return int(row @ self.weights + self.bias >= 0)\n")],
    ),
    _bug(
        "perceptron", "perceptron_augmented_weights_sliced_wrong",
        "fit learns the bias as w[0] of an augmented weight vector (a column of ones put before X) but "
        "keeps w[:-1] as the weights, the bias and all but the last feature weight, instead of w[1:].",
        [[("w[1:]", "w[:-1]", "[1:]", "[:-1]", "slice", "slicing", "off by one", "off-by-one", "shifted")]],
        [(P_INIT_LOOP,
          "        Xb = np.hstack([np.ones((len(X), 1)), X])  # x0 = 1 carries the bias\n"
          "        w = np.zeros(Xb.shape[1])\n"
          "        for _ in range(self.epochs):\n"
          "            for x_i, y_i in zip(Xb, y):\n"
          "                prediction = 1 if x_i @ w >= 0 else 0\n"
          "                w += self.lr * (y_i - prediction) * x_i\n"
          "        self.bias = float(w[0])\n"
          "        self.weights = w[:-1]\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_sum_keepdims",
        "predict sums X * weights over the features with keepdims=True, so the labels come back as an "
        "(n, 1) column instead of shape (n,).",
        [[("keepdims", "(n, 1)", "column")]],
        [("        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n",
          "        z = np.sum(np.asarray(X, dtype=float) * self.weights, axis=1, keepdims=True) + self.bias\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_augmented_weights",
        "fit trains one augmented weight vector on [1, x] and splits it into bias w[0] and weights w[1:].",
        [(P_INIT_LOOP,
          "        Xb = np.hstack([np.ones((len(X), 1)), X])  # x0 = 1 carries the bias\n"
          "        w = np.zeros(Xb.shape[1])\n"
          "        for _ in range(self.epochs):\n"
          "            for x_i, y_i in zip(Xb, y):\n"
          "                prediction = 1 if x_i @ w >= 0 else 0\n"
          "                w += self.lr * (y_i - prediction) * x_i\n"
          "        self.bias = float(w[0])\n"
          "        self.weights = w[1:]\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_error_other_sign",
        "fit writes the error as prediction - y_i and subtracts the step.",
        [("                update = self.lr * (y_i - prediction)\n"
          "                self.weights += update * x_i  # our own array: safe in place\n"
          "                self.bias = float(self.bias + update)\n",
          "                step = self.lr * (prediction - y_i)\n"
          "                self.weights -= step * x_i\n"
          "                self.bias = float(self.bias - step)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_predict_one_row",
        "fit's training prediction calls self.predict on a one-row list.",
        [(P_PREDICTION, "                prediction = self.predict([x_i])[0]\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_predict_comprehension",
        "predict builds the labels row by row in a list comprehension and wraps them in an int array.",
        [(P_PREDICT,
          "        rows = np.asarray(X, dtype=float)\n"
          "        labels = [1 if row @ self.weights + self.bias >= 0 else 0 for row in rows]\n"
          "        return np.array(labels, dtype=int).reshape(len(rows))\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_dot_update",
        "fit adds np.dot(update, x_i), a scalar times a vector, to the weights.",
        [("                self.weights += update * x_i  # our own array: safe in place\n",
          "                self.weights = self.weights + np.dot(update, x_i)\n")],
    ),
]

# ---------------------------------------------------------------------------- activations

A_SIGMOID = (
    "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
    "    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n"
)
A_SIG_DERIV = "    s = sigmoid(z)\n    return s * (1.0 - s)\n"
A_TANH = "    return np.tanh(np.asarray(z, dtype=float))\n"
A_TANH_DERIV = "    return 1.0 - tanh(z) ** 2\n"
A_RELU = "    return np.maximum(np.asarray(z, dtype=float), 0.0)\n"
A_RELU_DERIV = "    return (np.asarray(z) > 0).astype(float)\n"
A_LEAKY = (
    "    z = np.asarray(z, dtype=float)\n"
    "    # positive part plus alpha times the negative part: one of them is 0\n"
    "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)\n"
)
A_LEAKY_DERIV = "    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, 1.0, alpha)\n"
A_SOFTMAX_EXPS = "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
A_SOFTMAX_RET = "    return exps / np.sum(exps, axis=-1, keepdims=True)\n"

ACTIVATIONS = [
    _bug(
        "activations", "act_sigmoid_log_space_still_overflows",
        "sigmoid is computed as exp(-log1p(exp(-z))), a log-space form that still evaluates exp(-z), "
        "so z = -1000 overflows with a RuntimeWarning (the value itself is right).",
        [["overflow", ("exp(-z)", "exp(1000)", "warning", "log1p", "log space", "log-space", "stable")]],
        [(A_SIGMOID,
          "    # sigmoid(z) = exp(-log(1 + exp(-z))): log space, for stability\n"
          "    return np.exp(-np.log1p(np.exp(-z)))\n")],
    ),
    _bug(
        "activations", "act_sigmoid_derivative_shadows_sigmoid",
        "sigmoid_derivative stores sigmoid(z) in a local variable named sigmoid, which makes the name "
        "local to the function, so the call raises UnboundLocalError.",
        [[SHADOW]],
        [(A_SIG_DERIV, "    sigmoid = sigmoid(z)\n    return sigmoid * (1.0 - sigmoid)\n")],
    ),
    _bug(
        "activations", "act_tanh_arctanh",
        "tanh returns np.arctanh(z), the inverse hyperbolic tangent, which is nan (with a warning) "
        "outside [-1, 1] and infinite at +-1.",
        [[("arctanh", "inverse")]],
        [(A_TANH, "    return np.arctanh(np.asarray(z, dtype=float))\n")],
    ),
    _bug(
        "activations", "act_tanh_derivative_matmul_square",
        "tanh_derivative squares tanh(z) with t @ t, the matrix product, so a number raises TypeError (a "
        "NumPy scalar has no @), a 1-D array gives one number (1 minus the sum of squares) and a 2-D "
        "array a matrix product.",
        [[("@", "matmul", "matrix product", "dot product", "matrix multiplication")]],
        [(A_TANH_DERIV, "    t = tanh(z)\n    return 1.0 - t @ t\n")],
    ),
    _bug(
        "activations", "act_tanh_derivative_cosh_overflows",
        "tanh_derivative returns 1 / cosh(z)**2, equal on paper, but cosh overflows for |z| above about "
        "710, so large inputs raise an overflow RuntimeWarning (the value 0 is still right).",
        [[("overflow", "cosh")]],
        [(A_TANH_DERIV, "    return 1.0 / np.cosh(np.asarray(z, dtype=float)) ** 2\n")],
    ),
    _bug(
        "activations", "act_relu_abs_formula_floor_division",
        "relu returns (z + |z|) // 2, floor division where / is meant, so positive non-integer inputs "
        "are floored (relu(2.5) gives 2.0).",
        [[FLOOR]],
        [(A_RELU, "    z = np.asarray(z, dtype=float)\n    return (z + np.abs(z)) // 2\n")],
    ),
    _bug(
        "activations", "act_relu_derivative_astype_on_number",
        "relu_derivative calls (z > 0).astype(float) without converting z first, so a Python number "
        "raises AttributeError ('bool' object has no attribute 'astype') and a list raises TypeError.",
        [[("asarray", "np.array", "convert"), ("number", "scalar", "list", "bool", "float")]],
        [(A_RELU_DERIV, "    return (z > 0).astype(float)\n")],
    ),
    _bug(
        "activations", "act_leaky_relu_integer_copy",
        "leaky_relu copies z with np.array(z), which keeps an integer input's dtype, so "
        "out[out < 0] *= alpha raises a casting error for integer inputs.",
        [[("dtype", "integer", "int64"), ("float", "cast")]],
        [(A_LEAKY, "    out = np.array(z)  # a copy, so the caller's array is safe\n"
                   "    out[out < 0] *= alpha\n"
                   "    return out\n")],
    ),
    _bug(
        "activations", "act_leaky_derivative_ones_like_integer",
        "leaky_relu_derivative starts from np.ones_like(z) without a float dtype, so for an integer "
        "input the alpha written into it is truncated to 0 and the result is an integer array.",
        [[("dtype", "integer", "int64", "ones_like"), ("float", "truncat", "cast", "0.1")]],
        [(A_LEAKY_DERIV,
          "    z = np.asarray(z)\n"
          "    slope = np.ones_like(z)\n"
          "    slope[z <= 0] = alpha\n"
          "    return slope\n")],
    ),
    _bug(
        "activations", "act_softmax_floor_division",
        "softmax divides with //, floor division, so every probability below 1 becomes 0 and the "
        "slices no longer sum to 1.",
        [[FLOOR]],
        [(A_SOFTMAX_RET, "    return exps // np.sum(exps, axis=-1, keepdims=True)\n")],
    ),
    _bug(
        "activations", "act_softmax_atleast_2d_kept",
        "softmax passes z through np.atleast_2d so that 1-D and 2-D inputs take one path, and never "
        "reshapes back, so a 1-D input of shape (n,) gives a (1, n) result.",
        [[("atleast_2d", "(1, n)", "extra axis", "extra dimension", "2-d", "2d", "shape")]],
        [(A_SOFTMAX_EXPS, "    z = np.atleast_2d(z)  # one path for 1-D and 2-D inputs\n" + A_SOFTMAX_EXPS)],
    ),
    _variant(
        "activations", "act_v_sigmoid_errstate",
        "the textbook 1 / (1 + exp(-z)) inside np.errstate(over='ignore'): exp(1000) becomes inf and "
        "1 / inf is the right 0, without a warning.",
        [(A_SIGMOID, "    with np.errstate(over=\"ignore\"):\n        return 1.0 / (1.0 + np.exp(-z))\n")],
    ),
    _variant(
        "activations", "act_v_sigmoid_clip_500",
        "the textbook formula on z clipped to [-500, 500], where exp cannot overflow.",
        [(A_SIGMOID, "    z = np.clip(z, -500.0, 500.0)\n    return 1.0 / (1.0 + np.exp(-z))\n")],
    ),
    _variant(
        "activations", "act_v_sigmoid_logaddexp",
        "sigmoid as exp(-logaddexp(0, -z)), a log-space form that never overflows.",
        [(A_SIGMOID, "    return np.exp(-np.logaddexp(0.0, -z))\n")],
    ),
    _variant(
        "activations", "act_v_sigmoid_derivative_difference",
        "sigmoid_derivative as s - s**2.",
        [(A_SIG_DERIV, "    s = sigmoid(z)\n    return s - s ** 2\n")],
    ),
    _variant(
        "activations", "act_v_tanh_from_sigmoid",
        "tanh as 2 * sigmoid(2z) - 1, which stays finite for large inputs.",
        [(A_TANH, "    return 2.0 * sigmoid(2.0 * np.asarray(z, dtype=float)) - 1.0\n")],
    ),
    _variant(
        "activations", "act_v_relu_mask_product",
        "relu as z * (z > 0).",
        [(A_RELU, "    z = np.asarray(z, dtype=float)\n    return z * (z > 0)\n")],
    ),
    _variant(
        "activations", "act_v_relu_derivative_heaviside",
        "relu_derivative as np.heaviside(z, 0.0), 0 at exactly 0.",
        [(A_RELU_DERIV, "    return np.heaviside(np.asarray(z, dtype=float), 0.0)\n")],
    ),
    _variant(
        "activations", "act_v_leaky_derivative_masks",
        "leaky_relu_derivative as (z > 0) + alpha * (z <= 0).",
        [(A_LEAKY_DERIV, "    z = np.asarray(z, dtype=float)\n    return (z > 0) + alpha * (z <= 0)\n")],
    ),
    _variant(
        "activations", "act_v_softmax_ellipsis_newaxis",
        "softmax divides by the sums given back their axis with [..., np.newaxis].",
        [(A_SOFTMAX_RET, "    return exps / np.sum(exps, axis=-1)[..., np.newaxis]\n")],
    ),
]

# ---------------------------------------------------------------------------- neuron

N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias\n"
N_RETURN = "        return float(_sigmoid(total))\n"
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
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"

NEURON = [
    _bug(
        "neuron", "neuron_feedforward_weights_column_outer",
        "Neuron.feedforward multiplies a column of the weights by the inputs, which broadcasts to the "
        "(n, n) table of every weight times every input, so the sum is sum(weights) * sum(inputs) "
        "instead of the dot product.",
        [[("broadcast", "outer", "(n, n)", "column", "reshape(-1, 1)")]],
        [(N_TOTAL, "        total = np.sum(self.weights.reshape(-1, 1) * np.asarray(inputs)) + self.bias\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_return_inside_hidden_loop",
        "TinyNetwork.feedforward's return is indented into the loop over the hidden neurons, so o1 is "
        "fed after h1 alone, a one-element list against its two weights (ValueError).",
        [["return", RETURN_IN_LOOP + ("h1 alone", "only h1", "one hidden")]],
        [(N_TINY_FF,
          "        hidden = []\n"
          "        for neuron in (self.h1, self.h2):\n"
          "            hidden.append(neuron.feedforward(x))\n"
          "            return self.o1.feedforward(hidden)\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_star_unpacks_hidden",
        "TinyNetwork.feedforward calls self.o1.feedforward(*hidden), unpacking the two hidden outputs "
        "into two arguments, so the call raises TypeError (feedforward takes one list of inputs).",
        [[("*hidden", "unpack", "star", "two arguments", "separate arguments", "positional argument")]],
        [(N_TINY_FF,
          "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
          "        return self.o1.feedforward(*hidden)\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_one_neuron_unpacked_into_three",
        "TinyNetwork.__init__ writes self.h1, self.h2, self.o1 = Neuron(weights, bias), unpacking one "
        "neuron into three names, so building the network raises TypeError (a Neuron is not iterable).",
        [[("unpack", "iterable", "three neurons", "three separate", "one neuron")]],
        [(N_TINY_INIT, "        self.h1, self.h2, self.o1 = Neuron(weights, bias)\n")],
    ),
    _bug(
        "neuron", "neuron_layer_inner_loop_reuses_neuron_index",
        "layer_output's inner loop over the inputs reuses the neuron index i, so every neuron adds "
        "biases[i] with i the last input index, the same bias for all (IndexError when there are more "
        "inputs than neurons).",
        [[("loop variable", "index", "counter", "bias"), REUSED_INDEX]],
        [(N_LAYER,
          "    outputs = []\n"
          "    for i, neuron_weights in enumerate(weights):\n"
          "        total = 0.0\n"
          "        for i in range(len(inputs)):\n"
          "            total += inputs[i] * neuron_weights[i]\n"
          "        outputs.append(total + biases[i])\n"
          "    return outputs\n")],
    ),
    _bug(
        "neuron", "neuron_count_return_inside_loop",
        "count_parameters' return is indented into the loop over layer pairs, so it counts only the "
        "first pair (20 for [3, 5, 5, 5, 2]) and returns None for a single layer.",
        [["return", RETURN_IN_LOOP + ("first pair", "first layer")]],
        [(N_COUNT,
          "    total = 0\n"
          "    for a, b in zip(sizes, sizes[1:]):\n"
          "        total += a * b + b\n"
          "        return total\n")],
    ),
    _bug(
        "neuron", "neuron_count_slice_colon_before_one",
        "count_parameters pairs the layers with zip(sizes, sizes[:1]), the colon typed before the 1, so "
        "only the pair (sizes[0], sizes[0]) is counted (12 for [3, 5, 5, 5, 2]).",
        [[("sizes[1:]", "[1:]", "[:1]", "slice")]],
        [(N_COUNT, "    return sum(a * b + b for a, b in zip(sizes, sizes[:1]))\n")],
    ),
    _bug(
        "neuron", "neuron_count_biases_total_minus_input",
        "count_parameters counts the biases as sum(sizes) - sizes[0], right for one layer or more but "
        "an IndexError for an empty list, where the answer is 0.",
        [["empty", ("indexerror", "sizes[0]", "index")]],
        [(N_COUNT,
          "    weights = sum(a * b for a, b in zip(sizes, sizes[1:]))\n"
          "    biases = sum(sizes) - sizes[0]  # every layer but the input has biases\n"
          "    return weights + biases\n")],
    ),
    _bug(
        "neuron", "neuron_feedforward_inputs_as_column",
        "Neuron.feedforward reshapes the inputs into an (n, 1) column, so the dot product is a "
        "one-element 1-D array and float() of it raises TypeError in the installed NumPy.",
        [[("column", "(n, 1)", "reshape", "one-element", "1-element", "0-d")]],
        [(N_TOTAL, "        total = np.dot(self.weights, np.reshape(inputs, (-1, 1))) + self.bias\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_hidden_as_column",
        "TinyNetwork.feedforward hands o1 the hidden outputs as a (2, 1) column array, so o1's dot "
        "product is a one-element 1-D array and float() of it raises TypeError in the installed NumPy.",
        [[("column", "(2, 1)", "(n, 1)", "nested", "one-element", "1-element", "0-d")]],
        [(N_TINY_FF,
          "        hidden = np.array([[self.h1.feedforward(x)], [self.h2.feedforward(x)]])  # column\n"
          "        return self.o1.feedforward(hidden)\n")],
    ),
    _variant(
        "neuron", "neuron_v_feedforward_sum_of_products",
        "Neuron.feedforward as np.sum(weights * inputs) + bias.",
        [(N_TOTAL, "        total = np.sum(self.weights * np.asarray(inputs, dtype=float)) + self.bias\n")],
    ),
    _variant(
        "neuron", "neuron_v_tiny_hidden_array",
        "TinyNetwork.feedforward hands o1 a NumPy array of the hidden outputs.",
        [(N_TINY_FF,
          "        hidden = np.array([self.h1.feedforward(x), self.h2.feedforward(x)])\n"
          "        return self.o1.feedforward(hidden)\n")],
    ),
    _variant(
        "neuron", "neuron_v_layer_comprehension",
        "layer_output as one list comprehension over zip(weights, biases).",
        [(N_LAYER,
          "    return [\n"
          "        sum(x * w for x, w in zip(inputs, neuron_weights)) + bias\n"
          "        for neuron_weights, bias in zip(weights, biases)\n"
          "    ]\n")],
    ),
    _variant(
        "neuron", "neuron_v_count_numpy_dot",
        "count_parameters as int(dot(sizes[:-1], sizes[1:]) + sum(sizes[1:])).",
        [(N_COUNT,
          "    s = np.array(sizes, dtype=int)\n"
          "    return int(np.dot(s[:-1], s[1:]) + np.sum(s[1:]))\n")],
    ),
    _variant(
        "neuron", "neuron_v_tiny_neurons_in_a_loop",
        "TinyNetwork.__init__ builds the three neurons in a comprehension and unpacks them.",
        [(N_TINY_INIT, "        self.h1, self.h2, self.o1 = [Neuron(weights, bias) for _ in range(3)]\n")],
    ),
]

# ---------------------------------------------------------------------------- loss

L_MSE_RET = "    return float(np.mean((y_true - y_pred) ** 2))\n"
L_GRAD_RET = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
L_MSE_RAISE = (
    "        raise ValueError(\n"
    "            f\"mse_loss: y_true has {y_true.size} values but y_pred has \"\n"
    "            f\"{y_pred.size}; they must hold the same number of elements\"\n"
    "        )\n"
)
L_MSE_CONVERT = (
    "    y_true = np.asarray(y_true, dtype=float).ravel()\n"
    "    y_pred = np.asarray(y_pred, dtype=float).ravel()\n"
    "    if y_true.size != y_pred.size:\n"
)

LOSS = [
    _bug(
        "loss", "loss_mse_raises_a_string",
        "mse_loss raises a plain string for mismatched sizes, which Python rejects with TypeError "
        "('exceptions must derive from BaseException') instead of raising the ValueError.",
        [[("string", "str"), ("valueerror", "baseexception", "exception class", "exception")]],
        [(L_MSE_RAISE, "        raise \"mse_loss: y_true and y_pred must hold the same number of elements\"\n")],
    ),
    _bug(
        "loss", "loss_mse_mean_not_called",
        "mse_loss writes ((y_true - y_pred) ** 2).mean without the call parentheses, so float() gets "
        "the method itself and raises TypeError.",
        [[("mean()", "parenthes", "call", "method")]],
        [(L_MSE_RET, "    return float(((y_true - y_pred) ** 2).mean)\n")],
    ),
    _bug(
        "loss", "loss_mse_column_outer_product",
        "mse_loss writes the errors as a column d and sums d @ d.T, the (n, n) outer product, where "
        "d.T @ d is the sum of squares, so it returns (sum of errors)**2 / n (1.0 instead of 0.5 for "
        "the spec's fact).",
        [[("outer", "d @ d.t", "d.t @ d", "(n, n)", "transpose")]],
        [(L_MSE_RET,
          "    d = (y_true - y_pred).reshape(-1, 1)  # column of errors\n"
          "    return float(np.sum(d @ d.T) / d.size)\n")],
    ),
    _bug(
        "loss", "loss_mse_mutable_default_errors",
        "mse_loss collects the squared errors in a default list argument errors=[], created once with "
        "the function, so every call averages over the errors of all earlier calls too.",
        [[MUTABLE_DEFAULT]],
        [("def mse_loss(y_true, y_pred):\n", "def mse_loss(y_true, y_pred, errors=[]):\n"),
         (L_MSE_RET, "    errors.extend((y_true - y_pred) ** 2)\n    return float(np.mean(errors))\n")],
    ),
    _bug(
        "loss", "loss_mse_len_check_before_flattening",
        "mse_loss compares len(y_true) with len(y_pred) before flattening, so a number raises TypeError "
        "(len() of a 0-d array) and same-size inputs of different shapes, (2, 3) against (6,), raise "
        "ValueError.",
        [["len", ("size", "number of elements", "flatten", "ravel", "rows")]],
        [(L_MSE_CONVERT,
          "    y_true = np.asarray(y_true, dtype=float)\n"
          "    y_pred = np.asarray(y_pred, dtype=float)\n"
          "    if len(y_true) != len(y_pred):\n"
          "        raise ValueError(\"mse_loss: y_true and y_pred must have the same length\")\n"
          "    y_true, y_pred = y_true.ravel(), y_pred.ravel()\n"
          "    if y_true.size != y_pred.size:\n")],
    ),
    _bug(
        "loss", "loss_grad_copy_false",
        "mse_loss_gradient converts with np.array(..., copy=False), which NumPy 2 turns into an error "
        "whenever a copy is needed, so lists and integer arrays raise ValueError ('Unable to avoid "
        "copy').",
        [[("copy=false", "copy", "asarray")]],
        [("    y_pred = np.asarray(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)\n",
          "    y_pred = np.array(y_pred, dtype=float, copy=False)  # no copy, to save memory\n"
          "    y_true = np.array(y_true, dtype=float, copy=False)\n")],
    ),
    _bug(
        "loss", "loss_grad_reshape_star_shape",
        "mse_loss_gradient writes y_true.reshape(*y_pred.shape), which for a number (shape ()) calls "
        "reshape() with no argument and raises TypeError.",
        [["reshape", ("number", "scalar", "0-d", "shape ()", "star", "*y_pred")]],
        [(L_GRAD_RET, "    return 2.0 * (y_pred - y_true.reshape(*y_pred.shape)) / y_pred.size\n")],
    ),
    _bug(
        "loss", "loss_grad_loop_from_one",
        "mse_loss_gradient fills the gradient in a loop over range(1, N), so the first element is never "
        "computed and stays 0.",
        [[("range(1", "first element", "index 0", "off by one", "off-by-one", "starts at 1", "from 1")]],
        [(L_GRAD_RET,
          "    grad = np.zeros(y_pred.shape)\n"
          "    flat_true = y_true.ravel()\n"
          "    for i in range(1, y_pred.size):\n"
          "        grad.flat[i] = 2.0 * (y_pred.flat[i] - flat_true[i]) / y_pred.size\n"
          "    return grad\n")],
    ),
    _bug(
        "loss", "loss_mse_keepdims_array",
        "mse_loss returns np.mean(..., keepdims=True) without float(), a one-element array instead of "
        "a float.",
        [["keepdims"], [("array", "ndarray"), "float"]],
        [(L_MSE_RET, "    return np.mean((y_true - y_pred) ** 2, keepdims=True)\n")],
    ),
    _bug(
        "loss", "loss_mse_loop_pairs_previous_prediction",
        "mse_loss's loop pairs y_true[i] with y_pred[i - 1], an index slip, so every target is "
        "compared with the previous prediction (the first with the last).",
        [[("i - 1", "i-1", "index", "previous", "shift", "off by one", "off-by-one", "misalign")]],
        [(L_MSE_RET,
          "    total = 0.0\n"
          "    for i in range(len(y_true)):\n"
          "        total += (y_true[i] - y_pred[i - 1]) ** 2\n"
          "    return float(total / len(y_true))\n")],
    ),
    _variant(
        "loss", "loss_v_mse_norm_squared",
        "mse_loss as the squared Euclidean norm of the errors over their count.",
        [(L_MSE_RET, "    d = y_true - y_pred\n    return float(np.linalg.norm(d) ** 2 / d.size)\n")],
    ),
    _variant(
        "loss", "loss_v_mse_sum_over_size",
        "mse_loss as the sum of squared errors divided by the number of elements, in a loop.",
        [(L_MSE_RET,
          "    total = 0.0\n"
          "    for t, p in zip(y_true, y_pred):\n"
          "        total += (t - p) ** 2\n"
          "    return float(total / y_true.size)\n")],
    ),
    _variant(
        "loss", "loss_v_grad_loop_then_reshape",
        "mse_loss_gradient fills a flat list in a loop over all N elements and reshapes it to y_pred's shape.",
        [(L_GRAD_RET,
          "    n = y_pred.size\n"
          "    flat = [2.0 * (p - t) / n for t, p in zip(y_true.ravel(), y_pred.ravel())]\n"
          "    return np.array(flat).reshape(y_pred.shape)\n")],
    ),
    _variant(
        "loss", "loss_v_grad_len_of_flat",
        "mse_loss_gradient counts N as len(y_pred.flat).",
        [(L_GRAD_RET, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / len(y_pred.flat)\n")],
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
B_GRADS = (
    "    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n"
    "    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1\n"
    "    grads = {\n"
    "        \"w1\": d_L_d_h1 * x[0] * d_h1,\n"
    "        \"w2\": d_L_d_h1 * x[1] * d_h1,\n"
    "        \"w3\": d_L_d_h2 * x[0] * d_h2,\n"
    "        \"w4\": d_L_d_h2 * x[1] * d_h2,\n"
    "        \"w5\": d_L_d_o1 * h1 * d_o1,\n"
    "        \"w6\": d_L_d_o1 * h2 * d_o1,\n"
    "        \"b1\": d_L_d_h1 * d_h1,\n"
    "        \"b2\": d_L_d_h2 * d_h2,\n"
    "        \"b3\": d_L_d_o1 * d_o1,\n"
    "    }\n"
    "    return {name: float(grads[name]) for name in PARAM_NAMES}\n"
)
B_STEP_CALL = "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
B_LOSS = (
    "        predictions = [feedforward(params, x) for x in data]\n"
    "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
    "        losses.append(float(sum(errors) / len(errors)))\n"
)
B_SGD = (
    "    return {\n"
    "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
    "    }\n"
)


def _hidden_loop(first, second):
    return (
        "    grads = {\"w5\": d_L_d_o1 * h1 * d_o1, \"w6\": d_L_d_o1 * h2 * d_o1, \"b3\": d_L_d_o1 * d_o1}\n"
        "    for i, (h, w_out) in enumerate([(h1, p[\"w5\"]), (h2, p[\"w6\"])]):\n"
        "        delta = d_L_d_o1 * w_out * d_o1 * h * (1.0 - h)\n"
        f"        grads[f\"w{{{first}}}\"] = delta * x[0]\n"
        f"        grads[f\"w{{{second}}}\"] = delta * x[1]\n"
        "        grads[f\"b{i + 1}\"] = delta\n"
        "    return {name: float(grads[name]) for name in PARAM_NAMES}\n"
    )


BACKPROP = [
    _bug(
        "backprop", "bp_train_scales_grads_by_learn_rate_too",
        "train multiplies the gradients by learn_rate and then passes them to sgd_step, which "
        "multiplies by learn_rate again, so every step is learn_rate**2 times the gradient.",
        [[("learn_rate", "learning rate"), LR_TWICE]],
        [(B_STEP_CALL,
          "            grads = backprop(params, x, y_true)\n"
          "            step = {name: learn_rate * g for name, g in grads.items()}\n"
          "            params = sgd_step(params, step, learn_rate)\n")],
    ),
    _bug(
        "backprop", "bp_feedforward_matrix_transposed",
        "feedforward puts the hidden weights in a matrix whose rows are the neurons but computes x @ W, "
        "which multiplies by W's transpose, so h1 gets w1*x[0] + w3*x[1] and h2 gets w2*x[0] + w4*x[1].",
        [[("transpose", "w @ x", "x @ w", "w.t", "rows", "orientation")]],
        [(B_FF,
          "    p = params\n"
          "    W = np.array([[p[\"w1\"], p[\"w2\"]], [p[\"w3\"], p[\"w4\"]]])  # row j: hidden neuron j\n"
          "    z = np.asarray(x, dtype=float) @ W + np.array([p[\"b1\"], p[\"b2\"]])\n"
          "    h1, h2 = _sigmoid(z[0]), _sigmoid(z[1])\n"
          "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
          "    return float(o1)\n")],
    ),
    _bug(
        "backprop", "bp_slope_name_reused_for_output_delta",
        "backprop reuses the name d_o1 for the output delta dL/do1 * s'(o1), but the later formulas "
        "still multiply by d_L_d_o1, so every gradient carries dL/do1 twice.",
        [[("twice", "two times", "double", "squared", "reus", "overwrit"),
          ("dl/do1", "d_l_d_o1", "delta", "loss derivative", "d_o1")]],
        [("    d_o1 = o1 * (1.0 - o1)\n",
          "    d_o1 = o1 * (1.0 - o1)\n    d_o1 = d_L_d_o1 * d_o1  # delta of the output neuron\n")],
    ),
    _bug(
        "backprop", "bp_backprop_hidden_loop_key_numbers",
        "backprop loops over the two hidden neurons but names their weight keys w{i + 1} and w{i + 2}, "
        "so the second neuron overwrites w2, puts its x[1] gradient under w3 and never sets w4 "
        "(KeyError).",
        [[("w{i + 1}", "w{2 * i", "2 * i", "2*i", "key name", "key index", "keyerror", "w4", "numbering")]],
        [(B_GRADS, _hidden_loop("i + 1", "i + 2"))],
    ),
    _bug(
        "backprop", "bp_feedforward_item_on_python_float",
        "feedforward returns o1.item(), a NumPy habit, but the given _sigmoid returns a Python float, "
        "which has no .item(), so feedforward raises AttributeError.",
        [[(".item", "item()")]],
        [("    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return float(o1)\n",
          "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return o1.item()\n")],
    ),
    _bug(
        "backprop", "bp_train_return_inside_epoch_loop",
        "train's return is indented into the epoch loop, so it returns after the first epoch with one "
        "loss.",
        [["return", RETURN_IN_LOOP + ("first epoch", "one epoch")]],
        [("        losses.append(float(sum(errors) / len(errors)))\n    return params, losses\n",
          "        losses.append(float(sum(errors) / len(errors)))\n        return params, losses\n")],
    ),
    _bug(
        "backprop", "bp_train_predictions_generator",
        "train builds the epoch's predictions with a generator expression (round brackets) and passes "
        "it to np.array, which makes a 0-d object array holding the generator, so the loss "
        "subtraction raises TypeError.",
        [["generator"]],
        [(B_LOSS,
          "        predictions = (feedforward(params, x) for x in data)\n"
          "        losses.append(float(np.mean((np.asarray(all_y_trues) - np.array(predictions)) ** 2)))\n")],
    ),
    _bug(
        "backprop", "bp_train_labels_column_loss_broadcasts",
        "train's loss subtracts the (n,) predictions from the labels reshaped to an (n, 1) column, "
        "which broadcasts to the (n, n) table of every label against every prediction, so the recorded "
        "losses are wrong (the training itself is right).",
        [[("broadcast", "(n, n)", "column", "(n, 1)")]],
        [(B_LOSS,
          "        predictions = np.array([feedforward(params, x) for x in data])\n"
          "        y_col = np.asarray(all_y_trues, dtype=float).reshape(-1, 1)\n"
          "        losses.append(float(np.mean((y_col - predictions) ** 2)))\n")],
    ),
    _bug(
        "backprop", "bp_train_loss_floor_division",
        "train averages the squared errors with //, floor division, so every loss below 1 is recorded "
        "as 0.0.",
        [[FLOOR]],
        [("        losses.append(float(sum(errors) / len(errors)))\n",
          "        losses.append(float(sum(errors) // len(errors)))\n")],
    ),
    _bug(
        "backprop", "bp_train_sgd_step_keyword_lr",
        "train calls sgd_step(params, grads, lr=learn_rate), a keyword the function does not have (its "
        "parameter is learn_rate), so train raises TypeError.",
        [[("keyword", "lr=", "unexpected", "learn_rate=", "parameter name")]],
        [(B_STEP_CALL,
          "            params = sgd_step(params, backprop(params, x, y_true), lr=learn_rate)\n")],
    ),
    _variant(
        "backprop", "bp_v_feedforward_weight_matrix",
        "feedforward with the hidden weights in a matrix W (rows are neurons) and W @ x.",
        [(B_FF,
          "    p = params\n"
          "    W = np.array([[p[\"w1\"], p[\"w2\"]], [p[\"w3\"], p[\"w4\"]]])  # row j: hidden neuron j\n"
          "    z = W @ np.asarray(x, dtype=float) + np.array([p[\"b1\"], p[\"b2\"]])\n"
          "    h1, h2 = _sigmoid(z[0]), _sigmoid(z[1])\n"
          "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
          "    return float(o1)\n")],
    ),
    _variant(
        "backprop", "bp_v_hidden_loop_keys",
        "backprop loops over the two hidden neurons with keys w{2i + 1}, w{2i + 2} and b{i + 1}.",
        [(B_GRADS, _hidden_loop("2 * i + 1", "2 * i + 2"))],
    ),
    _variant(
        "backprop", "bp_v_sgd_step_items",
        "sgd_step as a comprehension over params.items().",
        [(B_SGD,
          "    return {name: float(value - learn_rate * grads[name]) for name, value in params.items()}\n")],
    ),
    _variant(
        "backprop", "bp_v_train_deepcopy",
        "train starts from copy.deepcopy(params).",
        [("    params = dict(params)\n    losses = []\n",
          "    import copy\n\n    params = copy.deepcopy(params)\n    losses = []\n")],
    ),
    _variant(
        "backprop", "bp_v_train_numpy_loss",
        "train's loss from NumPy arrays of the predictions and labels, both 1-D.",
        [(B_LOSS,
          "        predictions = np.array([feedforward(params, x) for x in data])\n"
          "        y = np.asarray(all_y_trues, dtype=float).ravel()\n"
          "        losses.append(float(np.mean((y - predictions) ** 2)))\n")],
    ),
]

# ---------------------------------------------------------------------------- mlp

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
M_LOSS = (
    "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n"
    "        return float(np.mean((A2 - Y) ** 2))\n"
)
M_BACK_Y = (
    "        A2 = _sigmoid(A1 @ self.W2 + self.b2)\n"
    "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n"
)

MLP = [
    _bug(
        "mlp", "mlp_backward_factor_floor_division",
        "backward writes the factor as 2 // N, floor division, which is 0 once the batch holds more "
        "than two outputs, so all gradients are zero (and the factor is wrong for N = 2).",
        [[FLOOR]],
        [(M_DZ2, "        dZ2 = (2 // A2.size) * (A2 - Y) * A2 * (1.0 - A2)\n")],
    ),
    _bug(
        "mlp", "mlp_fit_prescales_grads_by_lr",
        "fit multiplies the gradients by self.lr before passing them to step, which multiplies by lr "
        "again, so each step is lr**2 times the gradient.",
        [[("lr", "learning rate"), LR_TWICE]],
        [("            self.step(self.backward(X, y))\n",
          "            grads = self.backward(X, y)\n"
          "            self.step({name: self.lr * g for name, g in grads.items()})\n")],
    ),
    _bug(
        "mlp", "mlp_loss_keepdims_array",
        "loss returns np.mean(..., keepdims=True) without float(), a (1, 1) array instead of a float.",
        [["keepdims"], [("array", "ndarray"), "float"]],
        [(M_LOSS,
          "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n"
          "        return np.mean((A2 - Y) ** 2, keepdims=True)\n")],
    ),
    _bug(
        "mlp", "mlp_loss_ravels_output_only",
        "loss flattens A2 but not y, so targets given as an (m, 1) column broadcast against the (m,) "
        "outputs into an (m, m) table and the loss is wrong (1-D targets work).",
        [[("broadcast", "(m, m)", "(n, n)", "column", "ravel", "reshape")]],
        [(M_LOSS,
          "        Y = np.asarray(y, dtype=float)\n"
          "        return float(np.mean((A2.ravel() - Y) ** 2))\n")],
    ),
    _bug(
        "mlp", "mlp_fit_losses_empty_like_of_int",
        "fit allocates the losses with np.empty_like(epochs), an array shaped like the integer epochs "
        "(0-d), so losses[epoch] = ... raises IndexError.",
        [[("empty_like", "0-d", "zero-dimensional", "shape ()")]],
        [("        losses = np.empty(epochs)\n", "        losses = np.empty_like(epochs, dtype=float)\n")],
    ),
    _bug(
        "mlp", "mlp_backward_db1_trailing_comma",
        "backward's line db1 = dZ1.sum(axis=0, keepdims=True), ends with a comma, so db1 is a "
        "one-element tuple holding the array instead of the array.",
        [[("trailing comma", "comma")], ["tuple"]],
        [(M_GRADS,
          "        dW1 = X.T @ dZ1\n"
          "        db1 = dZ1.sum(axis=0, keepdims=True),\n"
          "        dW2 = A1.T @ dZ2\n"
          "        db2 = dZ2.sum(axis=0, keepdims=True)\n"
          "        return {\"W1\": dW1, \"b1\": db1, \"W2\": dW2, \"b2\": db2}\n")],
    ),
    _bug(
        "mlp", "mlp_backward_predict_for_forward",
        "backward takes A2 from self.predict(X), the 0/1 labels, instead of the sigmoid outputs, so the "
        "slope A2 * (1 - A2) is 0 everywhere and every gradient is zero.",
        [["predict", ("forward", "sigmoid output", "probabilit", "labels", "0/1")]],
        [(M_BACK_Y,
          "        A2 = self.predict(X)\n"
          "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n")],
    ),
    _bug(
        "mlp", "mlp_hidden_slope_overwrites_A1",
        "backward overwrites A1 with the hidden slope A1 * (1 - A1) before the weight gradients, so the "
        "W2 gradient is slope.T @ dZ2 instead of A1.T @ dZ2.",
        [[("a1", "hidden activation", "hidden output"),
          ("overwrit", "reus", "slope", "same name", "derivative")]],
        [(M_DZ1 + M_GRADS,
          "        A1 = A1 * (1.0 - A1)  # slope of the hidden sigmoid\n"
          "        dZ1 = (dZ2 @ self.W2.T) * A1\n" + M_GRADS)],
    ),
    _bug(
        "mlp", "mlp_fit_losses_one_slot_too_many",
        "fit allocates np.zeros(epochs + 1) for the losses and fills only the first epochs slots, so it "
        "returns epochs + 1 losses ending in a spurious 0.",
        [[("epochs + 1", "one too many", "extra", "length", "off by one", "off-by-one")]],
        [("        losses = np.empty(epochs)\n", "        losses = np.zeros(epochs + 1)\n")],
    ),
    _bug(
        "mlp", "mlp_hidden_slope_matmul",
        "backward writes the hidden slope as A1 @ (1 - A1).T, a matrix product where the element-wise "
        "product is meant (and @ binds as tightly as *), so dZ1 becomes an (m, m) matrix and the W1 and "
        "b1 gradients come out with the shapes (input_size, m) and (1, m).",
        [[("@", "matmul", "matrix product", "np.dot", "element-wise", "elementwise")]],
        [(M_DZ1, "        dZ1 = (dZ2 @ self.W2.T) * A1 @ (1.0 - A1).T\n")],
    ),
    _variant(
        "mlp", "mlp_v_einsum_weight_gradients",
        "backward computes the weight gradients with np.einsum over the samples.",
        [(M_GRADS,
          "        return {\n"
          "            \"W1\": np.einsum(\"mi,mh->ih\", X, dZ1),\n"
          "            \"b1\": dZ1.sum(axis=0, keepdims=True),\n"
          "            \"W2\": np.einsum(\"mh,mo->ho\", A1, dZ2),\n"
          "            \"b2\": dZ2.sum(axis=0, keepdims=True),\n"
          "        }\n")],
    ),
    _variant(
        "mlp", "mlp_v_ones_row_bias_gradients",
        "backward sums the deltas over the samples with a (1, m) row of ones.",
        [(M_GRADS,
          "        ones = np.ones((1, X.shape[0]))\n"
          "        return {\n"
          "            \"W1\": X.T @ dZ1,\n"
          "            \"b1\": ones @ dZ1,\n"
          "            \"W2\": A1.T @ dZ2,\n"
          "            \"b2\": ones @ dZ2,\n"
          "        }\n")],
    ),
    _variant(
        "mlp", "mlp_v_dZ1_without_parentheses",
        "dZ1 = dZ2 @ W2.T * A1 * (1 - A1) without brackets: @ and * bind equally, left to right.",
        [(M_DZ1, "        dZ1 = dZ2 @ self.W2.T * A1 * (1.0 - A1)\n")],
    ),
    _variant(
        "mlp", "mlp_v_targets_reshaped_by_output_width",
        "backward reshapes y to (-1, output_size), the width read from W2.",
        [(M_BACK_Y,
          "        A2 = _sigmoid(A1 @ self.W2 + self.b2)\n"
          "        Y = np.asarray(y, dtype=float).reshape(-1, self.W2.shape[1])\n")],
    ),
    _variant(
        "mlp", "mlp_v_step_setattr",
        "step rebinds each parameter with setattr(self, name, param - lr * grad).",
        [(M_STEP,
          "        for name in PARAM_NAMES:\n"
          "            setattr(self, name, getattr(self, name) - self.lr * grads[name])\n")],
    ),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
