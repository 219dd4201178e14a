"""A seventeenth held-out corpus of beginner mistakes, written blind.

Written from ``/work/shared/COURSE_SPEC.md``, the reference solutions, a grep of the stubs,
``tests/test_heldout.py``, ``tests/heldout16/README.md`` and the head and tail of
``tests/heldout16/cases.py``. The ``module``, ``name`` and ``did`` of every bug in heldout3 to
heldout16 were listed (by parsing the files with ``ast``, edits not printed) only so that every
bug here is a different mistake from theirs. Nothing under ``autograder/`` was opened, nor
``tests/corpus/``, ``tests/heldout/cases.py``, ``tests/heldout2/``, the probe's source or the git
history (see ``README.md`` beside this file).

The format is that of ``tests/heldout16/cases.py``: ``_bug(module, name, did, names, edits)`` and
``_variant(module, name, did, edits)``. ``edits`` are exact (old, new) replacements in
``solutions/<module>.py``. ``names`` lists alternatives; each alternative is a list of keyword
groups (a string, or a tuple of spellings), and a hint names the mistake when, for some
alternative, it holds one spelling of every group. The keywords were fixed when each case was
written, before any grading.

This corpus leans on kinds the earlier corpora covered less: dtype traps (``np.uint8`` labels
that wrap round, ``bool`` inputs and targets, ``np.piecewise`` keeping an integer dtype,
``astype`` back to the input's dtype, ``np.fromiter``), aliasing (``[[0.0] * n] * m``,
``dict.fromkeys`` with a list, ``dict.fromkeys`` used to copy a dict), state kept between calls
(a module-level cache, ``self.epochs`` counted down, an attribute that shadows a method, a sample
counter never reset, an errors list never cleared), Python slips (a duplicate dict key, a name
used before it is assigned, a missing ``f`` prefix on a key, ``list(dict)`` giving keys, ``~`` as
NOT, ``tuple`` item assignment, a class attribute set for an instance one, ``np.sum``'s second
argument taken for a start value, ``sizes.index`` on repeated widths, ``functools.reduce``,
``enumerate(start=1)``, the loop index used as a count, ``while epoch <= epochs``, recursion that
never flattens), NumPy misuse (``np.clip`` as a step, ``np.append`` for ``+``, a boolean mask
used as integer indices, ``out=`` on a scalar, builtin ``sum`` on a batch, ``np.zeros(len(z))``,
``np.tensordot(..., axes=0)``, ``math`` functions on arrays, ``reshape`` where a transpose is
meant, dropout, shuffling and random weights drawn with ``np.random`` inside the exercise), and
layouts (a transposed forward pass with an untransposed bias, a transposed slope, gradients zipped
with names in layer order).
"""


def _bug(module, name, did, names, edits):
    return {"name": name, "module": module, "kind": "bug", "edits": edits, "did": did, "names": names}


def _variant(module, name, did, edits):
    return {"name": name, "module": module, "kind": "variant", "edits": edits, "did": did, "names": None}


IN_PLACE = ("in place", "in-place", "caller", "modif", "mutat", "changed", "overwr", "alias")
ALIAS = ("alias", "same list", "same object", "shared", "one list", "single list", "references",
         "same inner", "same row")
STATE = ("each call", "every call", "second call", "later call", "previous call", "earlier call",
         "between calls", "first call", "state")

# ---------------------------------------------------------------------------- gates

G_THRESH_ARRAY = "        return (z >= 0.5).astype(int)\n"
G_THRESH = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)\n"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
G_RET = "    return threshold(z)\n"
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)\n"
)
G_AND = "AND_WEIGHTS = (-0.5, 0.6, 0.6)\n"
G_OR = "OR_WEIGHTS = (0.0, 0.6, 0.6)\n"
G_NAND = "NAND_WEIGHTS = (1.5, -0.6, -0.6)\n"
G_NOR = "NOR_WEIGHTS = (0.5, -0.6, -0.6)\n"

GATES = [
    _bug(
        "gates", "gates_threshold_clip_then_truncate",
        "threshold's array branch returns np.clip(z, 0, 1).astype(int): the sums are clipped into "
        "[0, 1] and then truncated, so every sum below 1 (0.5, 0.7) gives 0 and only sums of at least "
        "1 fire; AND on arrays (sum 0.7 for (1, 1)) never fires.",
        [[("clip",)], [("truncat", "rounds down", "round down", "cuts off", "drops the fraction"),
                       ("0.5", ">=")]],
        [(G_THRESH_ARRAY, "        return np.clip(z, 0, 1).astype(int)\n")],
    ),
    _bug(
        "gates", "gates_xor_hidden_layer_cached_globally",
        "xor computes the hidden layer (OR, NAND) on its first call only and keeps it in a "
        "module-level global, so every later call reuses the first call's hidden outputs whatever "
        "its own inputs are.",
        [[("global", "module-level", "module level", "cache", "stale", "first call", "earlier call",
           "previous call", "reuse")]],
        [(G_XOR,
          "    global _XOR_HIDDEN\n"
          "    if \"_XOR_HIDDEN\" not in globals():\n"
          "        _XOR_HIDDEN = (perceptron(x1, x2, OR_WEIGHTS), perceptron(x1, x2, NAND_WEIGHTS))\n"
          "    either, not_both = _XOR_HIDDEN\n"
          "    return perceptron(either, not_both, AND_WEIGHTS)\n")],
    ),
    _bug(
        "gates", "gates_xor_returns_hidden_name",
        "xor stores the second-layer AND in out but returns not_both, the NAND output, so xor "
        "computes NAND: (0, 0) gives 1 and (1, 0) gives 1.",
        [[("not_both", "nand output", "nand's output", "output of the nand", "computes nand",
           "behaves as nand", "behaves like nand", "is nand", "wrong variable", "wrong name")]],
        [(G_XOR,
          "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
          "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
          "    out = perceptron(either, not_both, AND_WEIGHTS)\n"
          "    return not_both\n")],
    ),
    _bug(
        "gates", "gates_perceptron_scales_inputs_in_place",
        "perceptron converts the inputs with np.asarray and scales them in place (a *= w1, b *= w2): "
        "integer inputs (numbers or int arrays) raise a casting error (UFuncTypeError), and a float "
        "array given by the caller is overwritten with its weighted values.",
        [[IN_PLACE], [("cast", "casting", "ufunctypeerror", "integer", "int64", "dtype")]],
        [(G_Z,
          "    a, b = np.asarray(x1), np.asarray(x2)\n"
          "    a *= w1\n"
          "    b *= w2\n"
          "    z = w0 + a + b\n")],
    ),
    _bug(
        "gates", "gates_threshold_recurses_over_elements",
        "threshold's array branch recurses over the elements, np.array([threshold(v) for v in z]): "
        "1-D and 2-D arrays work, but a 0-d array raises TypeError (iteration over a 0-d array) and "
        "an empty array comes back as a float array.",
        [[("0-d", "0d", "zero-dim", "0-dim", "shape ()", "scalar array", "iteration over a 0-d")],
         [("empty",), ("float",)]],
        [(G_THRESH_ARRAY, "        return np.array([threshold(v) for v in z])\n")],
    ),
    _bug(
        "gates", "gates_xor_tilde_for_not",
        "xor builds 'not both' as ~perceptron(x1, x2, AND_WEIGHTS); on integers ~ is bitwise NOT "
        "(~1 == -2, ~0 == -1), not 1 - x, so the second-layer AND gets -1 or -2 and never fires: "
        "xor is always 0.",
        [[("~", "bitwise", "invert", "-2")]],
        [(G_XOR,
          "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
          "    not_both = ~perceptron(x1, x2, AND_WEIGHTS)\n"
          "    return perceptron(either, not_both, AND_WEIGHTS)\n")],
    ),
    _bug(
        "gates", "gates_perceptron_loops_over_zipped_inputs",
        "perceptron builds the sums with a list comprehension over zip(x1, x2), which works for lists "
        "and arrays but raises TypeError ('int' object is not iterable) for two numbers.",
        [[("number", "scalar", "int"), ("iter", "zip", "loop")]],
        [(G_Z, "    z = np.array([w0 + w1 * a + w2 * b for a, b in zip(x1, x2)])\n")],
    ),
    _bug(
        "gates", "gates_xor_hidden_pair_as_one_argument",
        "xor passes the hidden outputs as one tuple, perceptron((either, not_both), AND_WEIGHTS), so "
        "the tuple lands in x1, AND_WEIGHTS in x2 and weights is missing: every call raises TypeError "
        "(missing 1 required positional argument).",
        [[("missing", "positional", "argument"),
          ("pair", "tuple", "one argument", "single argument", "separate", "unpack", "two inputs")]],
        [(G_XOR,
          "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
          "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
          "    return perceptron((either, not_both), AND_WEIGHTS)\n")],
    ),
    _bug(
        "gates", "gates_nor_tuple_item_assignment",
        "NOR_WEIGHTS starts as NAND_WEIGHTS and changes its bias with NOR_WEIGHTS[0] = 0.5, but the "
        "weights are a tuple, which cannot be changed: importing the module raises TypeError "
        "('tuple' object does not support item assignment).",
        [[("tuple",), ("immutable", "item assignment", "does not support", "cannot be changed",
                       "can't be changed", "import")]],
        [(G_NOR, "NOR_WEIGHTS = NAND_WEIGHTS\nNOR_WEIGHTS[0] = 0.5\n")],
    ),
    _bug(
        "gates", "gates_perceptron_sum_tolist",
        "perceptron passes z.tolist() to threshold 'to get plain Python values': numbers still work, "
        "but an array becomes a Python list, which threshold's number branch cannot compare with 0.5 "
        "(TypeError), so array inputs fail.",
        [[("tolist", "python list", "a list")]],
        [(G_RET, "    return threshold(z.tolist())\n")],
    ),
    _variant(
        "gates", "gates_v_threshold_isscalar",
        "threshold tests np.isscalar(z) for the number branch and treats everything else as an array.",
        [(G_THRESH,
          "    if np.isscalar(z):\n"
          "        return int(z >= 0.5)\n"
          "    return (z >= 0.5).astype(int)\n")],
    ),
    _variant(
        "gates", "gates_v_and_or_weights_at_the_tie",
        "AND_WEIGHTS = (-0.5, 0.5, 0.5) and OR_WEIGHTS = (0.0, 0.5, 0.5): the firing sums land exactly "
        "on 0.5, which fires (>=).",
        [(G_AND, "AND_WEIGHTS = (-0.5, 0.5, 0.5)\n"), (G_OR, "OR_WEIGHTS = (0.0, 0.5, 0.5)\n")],
    ),
    _variant(
        "gates", "gates_v_xor_nand_as_one_minus_and",
        "xor's 'not both' neuron is 1 - AND(x1, x2) instead of the NAND perceptron.",
        [(G_XOR,
          "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
          "    not_both = 1 - perceptron(x1, x2, AND_WEIGHTS)\n"
          "    return perceptron(either, not_both, AND_WEIGHTS)\n")],
    ),
    _variant(
        "gates", "gates_v_other_nand_nor_weights",
        "NAND_WEIGHTS = (1.0, -0.3, -0.3) and NOR_WEIGHTS = (0.6, -0.2, -0.2), other numbers with the "
        "same truth tables.",
        [(G_NAND, "NAND_WEIGHTS = (1.0, -0.3, -0.3)\n"), (G_NOR, "NOR_WEIGHTS = (0.6, -0.2, -0.2)\n")],
    ),
]

# ---------------------------------------------------------------------------- perceptron

P_LOOPS = "        for _ in range(self.epochs):\n            for x_i, y_i in zip(X, y):\n"
P_INNER = "            for x_i, y_i in zip(X, y):\n"
P_EPOCHS = "        for _ in range(self.epochs):\n"
P_Y = "        y = np.asarray(y, dtype=float)\n"
P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
P_UPDATE = "                update = self.lr * (y_i - prediction)\n"
P_BIAS_LINE = "                self.bias = float(self.bias + update)\n"
P_BIAS0 = "        self.bias = 0.0\n"
P_Z = "        z = np.asarray(X, dtype=float) @ self.weights + self.bias\n"
P_RET = "        return (z >= 0).astype(int)\n"

PERCEPTRON = [
    _bug(
        "perceptron", "perceptron_label_indexed_by_epoch",
        "fit reads the label as y[epoch], the epoch counter typed where the sample index belongs, so "
        "every sample of an epoch is trained with one label, and from epoch len(y) on fit raises "
        "IndexError.",
        [[("epoch",), ("index", "y[i]", "label")]],
        [(P_LOOPS,
          "        for epoch in range(self.epochs):\n"
          "            for i, x_i in enumerate(X):\n"
          "                y_i = y[epoch]\n")],
    ),
    _bug(
        "perceptron", "perceptron_stacked_label_read_from_front",
        "fit joins features and labels with np.column_stack([X, y]), which puts the label in the last "
        "column, but reads each row as label first (y_i = row[0], x_i = row[1:]), so it trains on x1 "
        "as the label and on (x2, y) as the features.",
        [[("row[0]", "row[-1]", "last column", "first column", "column_stack")]],
        [(P_INNER,
          "            for row in np.column_stack([X, y]):\n"
          "                x_i, y_i = row[1:], row[0]\n")],
    ),
    _bug(
        "perceptron", "perceptron_labels_uint8_wrap_around",
        "fit stores the labels as np.uint8 ('they are only 0 and 1'), so y_i - prediction stays "
        "unsigned and a label 0 predicted as 1 gives 255 instead of -1 (with an overflow warning): "
        "the weights jump by 255 * lr the wrong way.",
        [[("uint8", "unsigned", "wrap", "overflow", "255")]],
        [(P_Y, "        y = np.asarray(y, dtype=np.uint8)\n")],
    ),
    _bug(
        "perceptron", "perceptron_epochs_attribute_counted_down",
        "fit loops with while self.epochs > 0: self.epochs -= 1, using up the attribute: the first "
        "fit is right, but afterwards epochs is 0, so a second fit on the same perceptron resets the "
        "weights to zeros and trains no epoch at all.",
        [[("self.epochs", "epochs attribute", "epochs to 0", "epochs is 0", "counts down",
           "count down", "decrement", "-= 1", "second fit", "consum", "used up")]],
        [(P_EPOCHS, "        while self.epochs > 0:\n            self.epochs -= 1\n")],
    ),
    _bug(
        "perceptron", "perceptron_enumerate_start_one",
        "fit loops for i, x_i in enumerate(X, start=1) and reads y[i], so every sample is trained with "
        "the next sample's label and the last sample raises IndexError.",
        [[("start=1", "start = 1", "from 1", "off-by-one", "off by one", "next sample", "next label",
           "one position")]],
        [(P_INNER,
          "            for i, x_i in enumerate(X, start=1):\n"
          "                y_i = y[i]\n")],
    ),
    _bug(
        "perceptron", "perceptron_attribute_shadows_predict",
        "fit keeps the predictions it makes while training in self.predict (a list), which shadows the "
        "predict method on the instance: after fit, p.predict(X) raises TypeError ('list' object is "
        "not callable).",
        [[("shadow", "overwrit", "replac", "hides", "attribute named predict", "self.predict",
           "not callable")]],
        [(P_BIAS0, "        self.bias = 0.0\n        self.predict = []  # predictions seen in training\n"),
         (P_PRED, P_PRED + "                self.predict.append(prediction)\n")],
    ),
    _bug(
        "perceptron", "perceptron_sample_counter_not_reset",
        "fit walks the samples with a while loop on a counter i set to 0 once before the epoch loop "
        "and never reset, so after the first epoch i == len(X) and the later epochs do nothing: only "
        "one pass is trained.",
        [[("reset", "i = 0", "counter", "first epoch", "only one epoch", "one pass", "single pass")]],
        [(P_LOOPS,
          "        i = 0\n"
          "        for _ in range(self.epochs):\n"
          "            while i < len(X):\n"
          "                x_i, y_i = X[i], y[i]\n"
          "                i += 1\n")],
    ),
    _bug(
        "perceptron", "perceptron_weights_set_on_class",
        "fit assigns the zero weights to Perceptron.weights, the class, instead of self.weights; the "
        "instance's own weights (None, set by __init__) hide the class attribute, so the first "
        "prediction, x_i @ None, raises ValueError (matmul operand without dimensions).",
        [[("class attribute", "on the class", "perceptron.weights", "instead of self", "not self",
           "class instead", "the class")]],
        [("        self.weights = np.zeros(X.shape[1])\n",
          "        Perceptron.weights = np.zeros(X.shape[1])\n")],
    ),
    _bug(
        "perceptron", "perceptron_sorts_X_not_y",
        "fit sorts the samples by their first feature, X = X[np.argsort(X[:, 0])], but leaves y in "
        "its order, so samples and labels no longer match and the rule learns from wrong pairs (data "
        "already sorted that way, like the AND table, hides it).",
        [[("sort", "argsort", "order"), ("label", "y too", "together", "match", "pair")]],
        [(P_Y, P_Y + "        X = X[np.argsort(X[:, 0])]  # visit the samples by their first feature\n")],
    ),
    _bug(
        "perceptron", "perceptron_np_append_for_add",
        "fit writes self.weights = np.append(self.weights, update * x_i), taking append for "
        "element-wise addition: at the first mistake the weight vector grows by n_features entries "
        "and the next prediction raises ValueError (shapes do not match).",
        [[("append",)]],
        [("                self.weights += update * x_i  # our own array: safe in place\n",
          "                self.weights = np.append(self.weights, update * x_i)\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_clip_truncates",
        "predict returns np.clip(z, 0, 1).astype(int) as its step: the sums are clipped into [0, 1] "
        "and truncated, so only sums of at least 1 give 1 and every sum between 0 and 1 gives 0.",
        [[("clip",)], [("truncat", "rounds down", "below 1", "less than 1"), (">= 0", "step",
                                                                                 "threshold")]],
        [(P_RET, "        return np.clip(z, 0, 1).astype(int)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_heaviside_step",
        "fit's step is np.heaviside(sum, 1.0), 1 at exactly 0.",
        [(P_PRED, "                prediction = np.heaviside(x_i @ self.weights + self.bias, 1.0)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_stop_after_clean_epoch",
        "fit stops after an epoch without a mistake; later epochs could not change anything.",
        [(P_LOOPS,
          "        for _ in range(self.epochs):\n"
          "            mistakes = 0\n"
          "            for x_i, y_i in zip(X, y):\n"),
         (P_BIAS_LINE,
          P_BIAS_LINE + "                mistakes += int(update != 0)\n"
          "            if mistakes == 0:\n"
          "                break\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_predict_weights_times_X_transposed",
        "predict computes weights @ X.T + bias.",
        [(P_Z, "        z = self.weights @ np.asarray(X, dtype=float).T + self.bias\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_sign_of_error",
        "fit's update is lr * np.sign(y_i - prediction); the error is already -1, 0 or 1.",
        [(P_UPDATE, "                update = self.lr * np.sign(y_i - prediction)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_stacked_rows",
        "fit walks np.column_stack([X, y]) and splits each row into row[:-1] and row[-1].",
        [(P_INNER,
          "            for row in np.column_stack([X, y]):\n"
          "                x_i, y_i = row[:-1], row[-1]\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_predict_one_minus_below",
        "predict returns 1 - (z < 0), an integer array.",
        [(P_RET, "        return 1 - (z < 0)\n")],
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
A_LEAKY = "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)\n"
A_LEAKYD = "    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, 1.0, alpha)\n"
A_SM_EXP = "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
A_SM_RET = "    return exps / np.sum(exps, axis=-1, keepdims=True)\n"

ACTIVATIONS = [
    _bug(
        "activations", "act_sigmoid_scipy_expit",
        "sigmoid imports expit from scipy.special inside the function; the course environment has "
        "only NumPy, so every call raises ModuleNotFoundError (No module named 'scipy').",
        [[("scipy",)]],
        [(A_SIG,
          "    from scipy.special import expit\n"
          "    return expit(np.asarray(z, dtype=float))\n")],
    ),
    _bug(
        "activations", "act_leaky_relu_where_times_z",
        "leaky_relu returns np.where(z > 0, z, alpha) * z, multiplying by z once too often: negative "
        "inputs give alpha * z as they should, but positive inputs come out squared (3 gives 9).",
        [[("squar", "z * z", "z**2", "z ** 2", "twice")], [("alpha * z",), ("where",)]],
        [(A_LEAKY, "    return np.where(z > 0, z, alpha) * z\n")],
    ),
    _bug(
        "activations", "act_tanh_derivative_tan_identity",
        "tanh_derivative returns 1 + tanh(z) ** 2, the identity of the circular tangent "
        "(tan' = 1 + tan^2) carried over to tanh, whose slope is 1 - tanh(z) ** 2; the result is "
        "above 1 away from 0.",
        [[("plus", "1 + tanh", "1.0 + tanh", "adds", "added", "sign", "minus", "1 - tanh", "tan(")]],
        [(A_TANHD, "    return 1.0 + tanh(z) ** 2\n")],
    ),
    _bug(
        "activations", "act_relu_zeros_of_len",
        "relu compares z with np.zeros(len(z)), a vector as long as z's first axis: a number raises "
        "TypeError (len() of an unsized object) and a 2-D input whose rows are not as long as it has "
        "rows raises a broadcasting ValueError.",
        [[("len",), ("number", "scalar", "0-d", "2-d", "shape", "broadcast")],
         [("np.zeros", "zeros("), ("shape", "broadcast", "scalar", "number")]],
        [(A_RELU,
          "    z = np.asarray(z, dtype=float)\n"
          "    return np.maximum(z, np.zeros(len(z)))\n")],
    ),
    _bug(
        "activations", "act_leaky_relu_minimum_of_alpha_and_z",
        "leaky_relu adds np.minimum(alpha, z) instead of alpha * np.minimum(z, 0): negative inputs "
        "keep slope 1 (leaky_relu(-2) is -2), inputs between 0 and alpha are doubled and larger "
        "ones gain alpha.",
        [[("minimum(alpha", "min(alpha", "alpha * np.minimum", "alpha * min", "alpha times",
           "multipl")]],
        [(A_LEAKY, "    return np.maximum(z, 0.0) + np.minimum(alpha, z)\n")],
    ),
    _bug(
        "activations", "act_leaky_derivative_piecewise_keeps_int",
        "leaky_relu_derivative uses np.piecewise(z, [z > 0, z <= 0], [1.0, alpha]) on np.asarray(z) "
        "without a float dtype; np.piecewise returns z's dtype, so an integer input gives an integer "
        "array in which alpha = 0.1 becomes 0.",
        [[("piecewise",)], [("dtype", "integer input", "int input", "integer array", "int array",
                              "ints", "integer"), ("float",)]],
        [(A_LEAKYD,
          "    z = np.asarray(z)\n"
          "    return np.piecewise(z, [z > 0, z <= 0], [1.0, alpha])\n")],
    ),
    _bug(
        "activations", "act_softmax_builtin_sum",
        "softmax divides by Python's built-in sum(exps), which adds along the first axis: a 1-D vector "
        "is right, but for a 2-D batch each column is normalised instead of each row.",
        [[("built-in", "builtin", "python's sum", "python sum", "axis 0", "axis=0", "first axis",
           "column"), ("axis=-1", "last axis", "np.sum", "keepdims", "each row", "rows")]],
        [(A_SM_RET, "    return exps / sum(exps)\n")],
    ),
    _bug(
        "activations", "act_relu_derivative_int_for_numbers",
        "relu_derivative handles arrays with (z > 0).astype(float) but returns int(z > 0) for a "
        "number, a Python int where a float is asked for (and a list raises TypeError).",
        [[("int",), ("float",)]],
        [(A_RELUD,
          "    if isinstance(z, np.ndarray):\n"
          "        return (z > 0).astype(float)\n"
          "    return int(z > 0)\n")],
    ),
    _bug(
        "activations", "act_sigmoid_derivative_out_into_scalar",
        "sigmoid_derivative writes the product into the sigmoid's result with "
        "np.multiply(s, 1 - s, out=s): arrays work, but for a number s is a NumPy scalar and every "
        "call raises TypeError (return arrays must be of ArrayType).",
        [[("out=", "out ="), ("number", "scalar", "float", "0-d")]],
        [(A_SIGD, "    s = sigmoid(z)\n    return np.multiply(s, 1.0 - s, out=s)\n")],
    ),
    _bug(
        "activations", "act_relu_derivative_boolean_mask_as_index",
        "relu_derivative looks the slopes up in np.array([0.0, 1.0]) with the boolean mask z > 0 as "
        "the index; a boolean mask selects entries instead of indexing 0 and 1, so the result has the "
        "wrong shape, or IndexError when z does not have exactly two elements.",
        [[("boolean", "bool", "mask"), ("index",)], [("astype(int)", "integer index", "as integers")]],
        [(A_RELUD, "    return np.array([0.0, 1.0])[np.asarray(z) > 0]\n")],
    ),
    _variant(
        "activations", "act_v_sigmoid_exp_of_min",
        "sigmoid is exp(min(z, 0)) / (1 + exp(-|z|)), one expression for both signs.",
        [(A_SIG,
          "    z = np.asarray(z, dtype=float)\n"
          "    return np.exp(np.minimum(z, 0.0)) / (1.0 + np.exp(-np.abs(z)))\n")],
    ),
    _variant(
        "activations", "act_v_tanh_derivative_from_sigmoid",
        "tanh_derivative is 4 * sigmoid_derivative(2 * z), since tanh(z) = 2 sigmoid(2z) - 1.",
        [(A_TANHD, "    return 4.0 * sigmoid_derivative(2.0 * np.asarray(z, dtype=float))\n")],
    ),
    _variant(
        "activations", "act_v_relu_derivative_heaviside_zero",
        "relu_derivative is np.heaviside(z, 0.0), 0 at exactly 0.",
        [(A_RELUD, "    return np.heaviside(np.asarray(z, dtype=float), 0.0)\n")],
    ),
    _variant(
        "activations", "act_v_leaky_derivative_lookup",
        "leaky_relu_derivative indexes np.array([1.0, alpha]) with (z <= 0).astype(int).",
        [(A_LEAKYD,
          "    z = np.asarray(z, dtype=float)\n"
          "    return np.array([1.0, alpha])[(z <= 0).astype(int)]\n")],
    ),
    _variant(
        "activations", "act_v_softmax_l1_norm",
        "softmax divides by np.linalg.norm(exps, ord=1, axis=-1, keepdims=True); the exponentials are "
        "positive, so that is their sum.",
        [(A_SM_RET, "    return exps / np.linalg.norm(exps, ord=1, axis=-1, keepdims=True)\n")],
    ),
    _variant(
        "activations", "act_v_leaky_relu_two_maxima",
        "leaky_relu is max(z, 0) - alpha * max(-z, 0).",
        [(A_LEAKY, "    return np.maximum(z, 0.0) - alpha * np.maximum(-z, 0.0)\n")],
    ),
    _variant(
        "activations", "act_v_sigmoid_derivative_in_place_own",
        "sigmoid_derivative builds 1 - s and multiplies it by s in place (its own new array).",
        [(A_SIGD, "    s = sigmoid(z)\n    slope = 1.0 - s\n    slope *= s\n    return slope\n")],
    ),
]

# ---------------------------------------------------------------------------- neuron

N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias\n"
N_TINY_FF = (
    "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
    "        return self.o1.feedforward(hidden)\n"
)
N_TINY_INIT = (
    "        self.h1 = Neuron(weights, bias)\n"
    "        self.h2 = Neuron(weights, bias)\n"
    "        self.o1 = Neuron(weights, bias)\n"
)
N_LAYER = (
    "    outputs = []\n"
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)\n"
    "    return outputs\n"
)
N_APPEND = "        outputs.append(total + bias)\n"
N_COUNT = (
    "    sizes = [int(n) for n in layer_sizes]\n"
    "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"
)

NEURON = [
    _bug(
        "neuron", "neuron_feedforward_sum_axis_one",
        "Neuron.feedforward sums weights * inputs with np.sum(..., axis=1), copied from batch code; "
        "the product of one sample is 1-D, so every call raises AxisError.",
        [[("axis=1", "axis 1", "axiserror", "axis=0", "axis 0", "no axis", "without axis", "1-d",
           "one-dimensional", "single axis")]],
        [(N_TOTAL, "        total = np.sum(self.weights * np.asarray(inputs), axis=1) + self.bias\n")],
    ),
    _bug(
        "neuron", "neuron_layer_rows_list_multiplication",
        "layer_output keeps the products in [[0.0] * len(inputs)] * len(weights), which repeats one "
        "inner list, so every row is the same list: all neurons see the last neuron's products and "
        "differ only by their bias.",
        [[ALIAS], [("* len",), ("list",)]],
        [(N_LAYER,
          "    products = [[0.0] * len(inputs)] * len(weights)\n"
          "    for j, neuron_weights in enumerate(weights):\n"
          "        for i, x in enumerate(inputs):\n"
          "            products[j][i] = x * neuron_weights[i]\n"
          "    return [sum(row) + bias for row, bias in zip(products, biases)]\n")],
    ),
    _bug(
        "neuron", "neuron_layer_formatted_strings",
        "layer_output appends f\"{total + bias:.4f}\" to print tidily, so it returns a list of strings "
        "rounded to four decimals instead of floats.",
        [[("string", "str", "format", "f-string")]],
        [(N_APPEND, "        outputs.append(f\"{total + bias:.4f}\")\n")],
    ),
    _bug(
        "neuron", "neuron_layer_key_without_f_prefix",
        "layer_output collects the outputs in a dict under the key \"neuron{j}\", written without the "
        "f prefix, so every neuron writes the same literal key and the list returned holds only the "
        "last neuron's output.",
        [[("f-string", "f prefix", "f-prefix", "literal", "same key", "one key", "single key",
           "overwrit")]],
        [(N_LAYER,
          "    outputs = {}\n"
          "    for j, (neuron_weights, bias) in enumerate(zip(weights, biases)):\n"
          "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
          "        outputs[\"neuron{j}\"] = total + bias\n"
          "    return list(outputs.values())\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_list_of_dict_keys",
        "TinyNetwork.feedforward keeps the hidden outputs in a dict {\"h1\": ..., \"h2\": ...} and "
        "passes list(hidden) to o1, which is the list of keys ['h1', 'h2'], not the values, so the dot "
        "product with strings raises.",
        [[("key",), ("value", "dict", "string")]],
        [(N_TINY_FF,
          "        hidden = {\"h1\": self.h1.feedforward(x), \"h2\": self.h2.feedforward(x)}\n"
          "        return self.o1.feedforward(list(hidden))\n")],
    ),
    _bug(
        "neuron", "neuron_count_index_of_repeated_width",
        "count_parameters finds each layer's predecessor with sizes[sizes.index(b) - 1]; index() "
        "returns the first layer of that width, so repeated widths all take the same predecessor "
        "([3, 5, 5, 5, 2] gives 72, not 92) and a first width repeated later wraps to sizes[-1].",
        [[(".index", "index(", "first occurrence", "first match", "repeated", "equal widths",
           "same width", "duplicate")]],
        [(N_COUNT,
          "    sizes = [int(n) for n in layer_sizes]\n"
          "    total = 0\n"
          "    for b in sizes[1:]:\n"
          "        a = sizes[sizes.index(b) - 1]\n"
          "        total += a * b + b\n"
          "    return total\n")],
    ),
    _bug(
        "neuron", "neuron_np_sum_bias_as_axis",
        "Neuron.feedforward writes np.sum(weights * inputs, self.bias), taking np.sum's second "
        "argument for a start value as in Python's sum; it is the axis, so a float bias raises "
        "TypeError on every call.",
        [[("axis",)]],
        [(N_TOTAL, "        total = np.sum(self.weights * np.asarray(inputs), self.bias)\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_random_weights",
        "TinyNetwork builds each neuron with np.random.randn(2) weights, the random start of a "
        "tutorial, ignoring the weights it is given, so its output is random and differs from run "
        "to run.",
        [[("random",)], [("weights",), ("ignor", "given", "argument", "instead")]],
        [(N_TINY_INIT,
          "        self.h1 = Neuron(np.random.randn(2), bias)\n"
          "        self.h2 = Neuron(np.random.randn(2), bias)\n"
          "        self.o1 = Neuron(np.random.randn(2), bias)\n")],
    ),
    _bug(
        "neuron", "neuron_tensordot_axes_zero",
        "Neuron.feedforward computes np.tensordot(weights, inputs, axes=0); axes=0 contracts nothing "
        "and gives the outer product, an (n, n) array, so float() of its sigmoid raises TypeError.",
        [[("tensordot",), ("axes", "outer")], [("outer product",)]],
        [(N_TOTAL, "        total = np.tensordot(self.weights, inputs, axes=0) + self.bias\n")],
    ),
    _bug(
        "neuron", "neuron_count_reduce_chains_total",
        "count_parameters folds the widths with functools.reduce(lambda a, b: a * b + b, sizes), "
        "which feeds each running total back in as the next layer's width ([3, 5, 5, 5, 2] gives "
        "1062), returns a single width unchanged and raises TypeError for an empty list.",
        [[("reduce",)]],
        [(N_COUNT,
          "    import functools\n"
          "    sizes = [int(n) for n in layer_sizes]\n"
          "    return functools.reduce(lambda a, b: a * b + b, sizes)\n")],
    ),
    _variant(
        "neuron", "neuron_v_tiny_one_shared_neuron",
        "TinyNetwork binds h1, h2 and o1 to one Neuron; they would all be equal anyway.",
        [(N_TINY_INIT, "        self.h1 = self.h2 = self.o1 = Neuron(weights, bias)\n")],
    ),
    _variant(
        "neuron", "neuron_v_layer_recursive",
        "layer_output computes the first neuron and recurses on the remaining weights and biases.",
        [(N_LAYER,
          "    if len(weights) == 0:\n"
          "        return []\n"
          "    first = sum(x * w for x, w in zip(inputs, weights[0])) + biases[0]\n"
          "    return [first] + layer_output(inputs, weights[1:], biases[1:])\n")],
    ),
    _variant(
        "neuron", "neuron_v_layer_augmented_input",
        "layer_output zips list(inputs) + [1.0] with list(neuron_weights) + [bias] (new lists).",
        [("        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n" + N_APPEND,
          "        total = sum(x * w for x, w in zip(list(inputs) + [1.0], list(neuron_weights) + [bias]))\n"
          "        outputs.append(total)\n")],
    ),
    _variant(
        "neuron", "neuron_v_count_factored",
        "count_parameters sums (a + 1) * b.",
        [(N_COUNT,
          "    sizes = [int(n) for n in layer_sizes]\n"
          "    return sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))\n")],
    ),
    _variant(
        "neuron", "neuron_v_count_recursive",
        "count_parameters counts the first pair of layers and recurses on the rest.",
        [(N_COUNT,
          "    sizes = [int(n) for n in layer_sizes]\n"
          "    if len(sizes) < 2:\n"
          "        return 0\n"
          "    return sizes[0] * sizes[1] + sizes[1] + count_parameters(sizes[1:])\n")],
    ),
]

# ---------------------------------------------------------------------------- loss

L_TRUE = "    y_true = np.asarray(y_true, dtype=float).ravel()\n"
L_PRED = "    y_pred = np.asarray(y_pred, dtype=float).ravel()\n"
L_CHECK = (
    "    if y_true.size != y_pred.size:\n"
    "        raise ValueError(\n"
    "            f\"mse_loss: y_true has {y_true.size} values but y_pred has \"\n"
    "            f\"{y_pred.size}; they must hold the same number of elements\"\n"
    "        )\n"
)
L_RET = "    return float(np.mean((y_true - y_pred) ** 2))\n"
LG_PRED = "    y_pred = np.asarray(y_pred, dtype=float)\n"
LG_RET = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"

LOSS = [
    _bug(
        "loss", "loss_mse_targets_bool",
        "mse_loss converts y_true with dtype=bool ('the targets are 0/1 labels'), so every nonzero "
        "target becomes 1: a target of 0.5 or 3 is compared as 1.",
        [[("bool",)]],
        [(L_TRUE, "    y_true = np.asarray(y_true, dtype=bool).ravel()\n")],
    ),
    _bug(
        "loss", "loss_mse_math_pow",
        "mse_loss squares the differences with math.pow(y_true - y_pred, 2); math.pow takes one "
        "number, so an array of differences raises TypeError (only 0-dimensional arrays can be "
        "converted).",
        [[("math",)], [("pow",), ("array",)]],
        [(L_TRUE, "    import math\n" + L_TRUE),
         (L_RET, "    return float(np.mean(math.pow(y_true - y_pred, 2)))\n")],
    ),
    _bug(
        "loss", "loss_mse_mean_axis_one",
        "mse_loss takes np.mean(..., axis=1), a per-sample mean copied from batch code, on the "
        "flattened 1-D differences, so every call raises AxisError.",
        [[("axis",)]],
        [(L_RET, "    return float(np.mean((y_true - y_pred) ** 2, axis=1))\n")],
    ),
    _bug(
        "loss", "loss_grad_astype_input_dtype",
        "mse_loss_gradient casts the gradient back to the dtype y_pred came in "
        "(.astype(np.asarray(original).dtype)), so integer predictions give an integer gradient: "
        "-0.5 becomes 0 and [0, 0, 0, 0] against [1, 0, 0, 1] gives all zeros.",
        [[("astype", "dtype"), ("int", "truncat")], [("integer",), ("truncat", "float")]],
        [(LG_PRED, "    original_pred = y_pred\n" + LG_PRED),
         (LG_RET,
          "    grad = 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
          "    return grad.astype(np.asarray(original_pred).dtype)\n")],
    ),
    _bug(
        "loss", "loss_mse_swallows_broadcast_error",
        "mse_loss drops the size check and wraps the mean in try/except ValueError: return 0.0, so "
        "inputs of 3 and 2 elements give a loss of 0.0 instead of raising, and a single prediction "
        "against n targets broadcasts silently.",
        [[("except", "try", "swallow", "catch", "caught", "suppress", "silenc")]],
        [(L_CHECK, ""),
         (L_RET,
          "    try:\n"
          "        return float(np.mean((y_true - y_pred) ** 2))\n"
          "    except ValueError:\n"
          "        return 0.0\n")],
    ),
    _bug(
        "loss", "loss_mse_divides_by_last_index",
        "mse_loss sums the squares in a loop for i in range(N) and divides by i, the last index "
        "(N - 1), instead of the count N, so the loss is too large and a single pair divides by 0 "
        "(inf with a RuntimeWarning).",
        [[("last index", "loop variable", "n - 1", "n-1", "size - 1", "one less", "off-by-one",
           "off by one", "i + 1", "zerodivision", "divide by zero", "division by zero")]],
        [(L_RET,
          "    total = 0.0\n"
          "    for i in range(y_true.size):\n"
          "        total += (y_true[i] - y_pred[i]) ** 2\n"
          "    return float(total / i)\n")],
    ),
    _bug(
        "loss", "loss_grad_power_for_times",
        "mse_loss_gradient writes 2.0 ** (y_pred - y_true) / N, a power typed for the product, so "
        "every entry is positive and equal predictions give 1 / N instead of 0.",
        [[("**", "power", "exponent")]],
        [(LG_RET, "    return 2.0 ** (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n")],
    ),
    _bug(
        "loss", "loss_mse_converts_both_in_one_array",
        "mse_loss converts both inputs with one call, np.array([y_true, y_pred], dtype=float), which "
        "needs them to have one shape: (n,) against (n, 1) raises ValueError (inhomogeneous shape) "
        "instead of comparing the n values.",
        [[("inhomogeneous", "one array", "single array", "together", "stack", "np.array([y_true",
           "same shape", "one call")]],
        [(L_TRUE + L_PRED,
          "    y_true, y_pred = np.array([y_true, y_pred], dtype=float)\n"
          "    y_true, y_pred = y_true.ravel(), y_pred.ravel()\n")],
    ),
    _bug(
        "loss", "loss_mse_fromiter",
        "mse_loss converts its inputs with np.fromiter(y, dtype=float), which reads only flat "
        "iterables of numbers: flat lists work, but a number raises TypeError (not iterable) and a "
        "column (n, 1) or other 2-D input cannot be read.",
        [[("fromiter",)]],
        [(L_TRUE + L_PRED,
          "    y_true = np.fromiter(y_true, dtype=float)\n"
          "    y_pred = np.fromiter(y_pred, dtype=float)\n")],
    ),
    _bug(
        "loss", "loss_mse_recursion_never_flattens_pred",
        "mse_loss flattens by recursion, return mse_loss(y_true.ravel(), y_pred) whenever either input "
        "has more than one axis, but never flattens y_pred, so a 2-D y_pred (an (n, 1) column) "
        "recurses until RecursionError.",
        [[("recurs",)]],
        [(L_TRUE + L_PRED,
          "    y_true = np.asarray(y_true, dtype=float)\n"
          "    y_pred = np.asarray(y_pred, dtype=float)\n"
          "    if y_true.ndim > 1 or y_pred.ndim > 1:\n"
          "        return mse_loss(y_true.ravel(), y_pred)\n")],
    ),
    _variant(
        "loss", "loss_v_mse_dot_product",
        "mse_loss computes d @ d / d.size on the flattened differences.",
        [(L_RET, "    d = y_true - y_pred\n    return float(d @ d / d.size)\n")],
    ),
    _variant(
        "loss", "loss_v_mse_zip_strict",
        "mse_loss sums over zip(y_true, y_pred, strict=True) and divides by len(y_true).",
        [(L_RET,
          "    total = sum((t - p) ** 2 for t, p in zip(y_true, y_pred, strict=True))\n"
          "    return float(total / len(y_true))\n")],
    ),
    _variant(
        "loss", "loss_v_mse_reshape_pred_to_true",
        "mse_loss reshapes y_pred to y_true's shape; a size mismatch raises reshape's ValueError.",
        [(L_TRUE, "    y_true = np.asarray(y_true, dtype=float)\n"),
         (L_PRED, "    y_pred = np.asarray(y_pred, dtype=float).reshape(y_true.shape)\n")],
    ),
    _variant(
        "loss", "loss_v_grad_minus_two_other_order",
        "mse_loss_gradient returns -2 * (y_true - y_pred) / N.",
        [(LG_RET, "    return -2.0 * (y_true.reshape(y_pred.shape) - y_pred) / y_pred.size\n")],
    ),
    _variant(
        "loss", "loss_v_grad_recurse_on_flat",
        "mse_loss_gradient flattens anything that is not 1-D, recurses, and reshapes back.",
        [(LG_RET,
          "    if y_pred.ndim != 1:\n"
          "        return mse_loss_gradient(y_true.ravel(), y_pred.ravel()).reshape(y_pred.shape)\n"
          + LG_RET)],
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
B_W4 = "        \"w4\": d_L_d_h2 * x[1] * d_h2,\n"
B_RET = "    return {name: float(grads[name]) for name in PARAM_NAMES}\n"
B_SLOPES = (
    "    d_o1 = o1 * (1.0 - o1)\n"
    "    d_h1 = h1 * (1.0 - h1)\n"
    "    d_h2 = h2 * (1.0 - h2)\n"
    "\n"
    "    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n"
    "    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1\n"
)
B_DH1 = "    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n"
B_DO1 = "    d_o1 = o1 * (1.0 - o1)\n"
B_GRADS = (
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
B_SGD = (
    "    return {\n"
    "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
    "    }\n"
)
B_COPY = "    params = dict(params)\n"
B_LOSSES = "    losses = []\n"
B_EPOCHS = "    for _ in range(epochs):\n"
B_SAMPLES = (
    "        for x, y_true in zip(data, all_y_trues):\n"
    "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
)
B_ERRORS = "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
B_APPEND = "        losses.append(float(sum(errors) / len(errors)))\n"

BACKPROP = [
    _bug(
        "backprop", "bp_grads_dict_duplicate_key",
        "backprop's grads dict literal writes the key \"w3\" twice, the second time for w4's "
        "derivative: the later value wins, so w3 gets w4's derivative and w4 is missing, and the final "
        "lookup raises KeyError 'w4'.",
        [[("w4",), ("key", "missing", "keyerror", "twice", "duplicate")]],
        [(B_W4, "        \"w3\": d_L_d_h2 * x[1] * d_h2,\n")],
    ),
    _bug(
        "backprop", "bp_fromkeys_shared_list",
        "backprop collects the derivatives in dict.fromkeys(PARAM_NAMES, []) and appends to each "
        "entry, but fromkeys gives every key the same list, so all nine entries read w1's derivative.",
        [[("fromkeys",)], [ALIAS]],
        [(B_RET,
          "    collected = dict.fromkeys(PARAM_NAMES, [])\n"
          "    for name in PARAM_NAMES:\n"
          "        collected[name].append(grads[name])\n"
          "    return {name: float(collected[name][0]) for name in PARAM_NAMES}\n")],
    ),
    _bug(
        "backprop", "bp_train_errors_never_cleared",
        "train creates the errors list once before the epoch loop and extends it (errors += ...) "
        "every epoch, so losses[e] is the mean over all the errors of epochs 0 to e, not the MSE "
        "after epoch e.",
        [[("reset", "accumul", "previous epochs", "earlier epochs", "all epochs", "so far", "grows",
           "cleared", "+=", "extend")]],
        [(B_LOSSES, B_LOSSES + "    errors = []\n"),
         (B_ERRORS, "        errors += [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n")],
    ),
    _bug(
        "backprop", "bp_train_step_after_sample_loop",
        "train computes each sample's gradients inside the sample loop but takes the sgd_step after "
        "it (dedented), so each epoch makes one step, with the last sample's gradients only.",
        [[("indent", "dedent", "outside", "last sample", "once per epoch", "one step per epoch",
           "after the loop")]],
        [(B_SAMPLES,
          "        for x, y_true in zip(data, all_y_trues):\n"
          "            grads = backprop(params, x, y_true)\n"
          "        params = sgd_step(params, grads, learn_rate)\n")],
    ),
    _bug(
        "backprop", "bp_chain_plus_for_times",
        "backprop writes d_L_d_h1 = d_L_d_o1 * w5 + d_o1, a plus typed for the last product of the "
        "chain rule, so the derivatives of w1, w2 and b1 are wrong (those of h2's path are right).",
        [[("plus",)], [("added", "adds", "addition", "sum"), ("multipl", "product", "times")]],
        [(B_DH1, "    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] + d_o1\n")],
    ),
    _bug(
        "backprop", "bp_values_zipped_in_layer_order",
        "backprop lists the derivatives neuron by neuron (w1, w2, b1, w3, w4, b2, w5, w6, b3) and zips "
        "them with PARAM_NAMES, whose order is w1..w6, b1, b2, b3, so b1's derivative is filed under "
        "w3, w3's under w4 and so on; only w1, w2 and b3 are right.",
        [[("order",), ("zip", "param_names", "names", "keys", "mismatch")]],
        [(B_GRADS,
          "    values = [\n"
          "        d_L_d_h1 * x[0] * d_h1, d_L_d_h1 * x[1] * d_h1, d_L_d_h1 * d_h1,\n"
          "        d_L_d_h2 * x[0] * d_h2, d_L_d_h2 * x[1] * d_h2, d_L_d_h2 * d_h2,\n"
          "        d_L_d_o1 * h1 * d_o1, d_L_d_o1 * h2 * d_o1, d_L_d_o1 * d_o1,\n"
          "    ]\n"
          "    return {name: float(v) for name, v in zip(PARAM_NAMES, values)}\n")],
    ),
    _bug(
        "backprop", "bp_slope_used_before_assignment",
        "backprop computes d_L_d_h1 and d_L_d_h2 with d_o1 before the line that assigns d_o1 (moved "
        "below them), so every call raises UnboundLocalError.",
        [[("before", "order", "unboundlocalerror", "nameerror", "not defined", "not yet",
           "referenced")]],
        [(B_SLOPES,
          "    d_h1 = h1 * (1.0 - h1)\n"
          "    d_h2 = h2 * (1.0 - h2)\n"
          "\n"
          "    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n"
          "    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1\n"
          "    d_o1 = o1 * (1.0 - o1)\n")],
    ),
    _bug(
        "backprop", "bp_train_copies_with_fromkeys",
        "train 'copies' the starting parameters with dict.fromkeys(params), which keeps the keys but "
        "sets every value to None, so the first backprop raises TypeError.",
        [[("fromkeys",)], [("none",), ("value", "copy")]],
        [(B_COPY, "    params = dict.fromkeys(params)\n")],
    ),
    _bug(
        "backprop", "bp_train_losses_reset_each_epoch",
        "train creates losses = [] inside the epoch loop, so each epoch starts a new list and train "
        "returns a list holding only the last epoch's loss (and epochs=0 raises UnboundLocalError).",
        [[("reset", "inside the loop", "inside the epoch loop", "every epoch", "each epoch",
           "re-created", "recreated", "only the last", "one loss", "single loss")]],
        [(B_LOSSES + B_EPOCHS, B_EPOCHS + "        losses = []\n")],
    ),
    _bug(
        "backprop", "bp_hidden_slope_applied_twice",
        "backprop folds each hidden neuron's slope into d_L_d_h1 and d_L_d_h2 (the delta convention) "
        "and the grads lines multiply by d_h1 and d_h2 again, so the derivatives of w1 to w4, b1 and "
        "b2 carry the hidden slope squared.",
        [[("twice", "squared", "again", "double", "two times", "** 2")]],
        [("    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1\n",
          "    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1 * d_h1\n"
          "    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1 * d_h2\n")],
    ),
    _variant(
        "backprop", "bp_v_sgd_step_dict_copy",
        "sgd_step copies params with .copy() and overwrites each value in the copy.",
        [(B_SGD,
          "    new_params = params.copy()\n"
          "    for name in PARAM_NAMES:\n"
          "        new_params[name] = float(new_params[name] - learn_rate * grads[name])\n"
          "    return new_params\n")],
    ),
    _variant(
        "backprop", "bp_v_output_slope_from_pre_activation",
        "backprop takes the output slope as sigmoid(z) * sigmoid(-z) of o1's weighted sum z.",
        [(B_DO1,
          "    z_o1 = p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"]\n"
          "    d_o1 = _sigmoid(z_o1) * _sigmoid(-z_o1)\n")],
    ),
    _variant(
        "backprop", "bp_v_train_fsum",
        "train averages the squared errors with math.fsum.",
        [(B_APPEND, "        losses.append(math.fsum(errors) / len(errors))\n")],
    ),
    _variant(
        "backprop", "bp_v_train_epochs_from_one",
        "train counts the epochs with range(1, epochs + 1).",
        [(B_EPOCHS, "    for epoch in range(1, epochs + 1):\n")],
    ),
    _variant(
        "backprop", "bp_v_feedforward_formatted_keys",
        "feedforward computes both hidden neurons in a comprehension with keys f\"w{2 * i + 1}\", "
        "f\"w{2 * i + 2}\" and f\"b{i + 1}\".",
        [(B_FF,
          "    hidden = [\n"
          "        _sigmoid(params[f\"w{2 * i + 1}\"] * x[0] + params[f\"w{2 * i + 2}\"] * x[1]\n"
          "                 + params[f\"b{i + 1}\"])\n"
          "        for i in range(2)\n"
          "    ]\n"
          "    o1 = _sigmoid(params[\"w5\"] * hidden[0] + params[\"w6\"] * hidden[1] + params[\"b3\"])\n"
          "    return float(o1)\n")],
    ),
]

# ---------------------------------------------------------------------------- mlp

M_FWD_A1 = "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
M_LOSS_RET = "        return float(np.mean((A2 - Y) ** 2))\n"
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
M_FIT_LOOP = "        for epoch in range(epochs):\n"
M_PREDICT = "        return (self.forward(X) >= 0.5).astype(int)\n"

MLP = [
    _bug(
        "mlp", "mlp_fit_shuffles_X_only",
        "fit calls np.random.shuffle(X) at the start of every epoch (a stochastic-training habit), "
        "which reorders the rows of X but not y, so samples and targets no longer match, the training "
        "is random, and the caller's X is reordered in place.",
        [[("shuffl",), ("target", "label", "y too", "together", "pairs", "mismatch", "match")],
         [("shuffl",), IN_PLACE], [("random",), ("deterministic",)]],
        [(M_FIT_LOOP, M_FIT_LOOP + "            np.random.shuffle(X)  # a fresh order every epoch\n")],
    ),
    _bug(
        "mlp", "mlp_forward_transposed_with_row_bias",
        "forward works in the column-per-sample layout, (W1.T @ X.T + b1).T, but adds b1 as the row "
        "(1, hidden_size): it broadcasts along the samples instead of the neurons, so it raises a "
        "shape error unless m equals hidden_size, when it silently adds neuron j's bias to sample j.",
        [[("b1",), ("transpos", "column", "(hidden", "shape", "broadcast")]],
        [(M_FWD_A1, "        A1 = _sigmoid(self.W1.T @ np.asarray(X, dtype=float).T + self.b1).T\n")],
    ),
    _bug(
        "mlp", "mlp_hidden_slope_sign",
        "backward writes the hidden slope as A1 * (A1 - 1.0), the factor reversed, so dZ1 and the "
        "gradients of W1 and b1 have the wrong sign.",
        [[("sign",)], [("a1 - 1", "1 - a1", "(a1 - 1", "1.0 - a1")]],
        [(M_DZ1, "        dZ1 = (dZ2 @ self.W2.T) * A1 * (A1 - 1.0)\n")],
    ),
    _bug(
        "mlp", "mlp_backward_keys_enumerate_from_zero",
        "backward names its gradients with f\"W{i}\" and f\"b{i}\" over enumerate of the two layers, "
        "which counts from 0: it returns W0, b0, W1, b1, so 'W1' holds the output layer's gradient "
        "and 'W2' and 'b2' are missing: step subtracts the output layer's gradient from W1 (a "
        "broadcasting error) and would find no 'W2'.",
        [[("w0", "from 0", "from zero", "enumerate", "start=1", "off-by-one", "off by one")],
         [("w2",), ("missing", "keyerror")]],
        [(M_GRADS,
          "        layers = [(X.T @ dZ1, dZ1.sum(axis=0, keepdims=True)),\n"
          "                  (A1.T @ dZ2, dZ2.sum(axis=0, keepdims=True))]\n"
          "        grads = {}\n"
          "        for i, (dW, db) in enumerate(layers):\n"
          "            grads[f\"W{i}\"] = dW\n"
          "            grads[f\"b{i}\"] = db\n"
          "        return grads\n")],
    ),
    _bug(
        "mlp", "mlp_fit_while_less_equal",
        "fit counts the epochs with while epoch <= epochs, one pass too many: after the last step it "
        "writes losses[epochs], past the end of np.empty(epochs), and raises IndexError.",
        [[("<=", "less than or equal", "one epoch too many", "one too many", "off-by-one",
           "off by one", "epochs + 1")]],
        [(M_FIT,
          "        losses = np.empty(epochs)\n"
          "        epoch = 0\n"
          "        while epoch <= epochs:\n"
          "            losses[epoch] = self.loss(X, y)\n"
          "            self.step(self.backward(X, y))\n"
          "            epoch += 1\n"
          "        return losses\n")],
    ),
    _bug(
        "mlp", "mlp_loss_math_fsum_of_rows",
        "loss adds the squared errors with math.fsum((A2 - Y) ** 2), which iterates the rows of the "
        "2-D array and cannot turn a row into a float, so every call raises TypeError.",
        [[("math",), ("row", "2-d", "ravel", "flatten", "array")]],
        [(M_LOSS_RET, "        import math\n        return math.fsum((A2 - Y) ** 2) / A2.size\n")],
    ),
    _bug(
        "mlp", "mlp_forward_X_bool",
        "forward converts X with dtype=bool ('the inputs are binary'), so every nonzero feature "
        "becomes 1: 0.3 and -2 both enter the network as 1 (XOR's 0/1 inputs hide it).",
        [[("bool",)]],
        [(M_FWD_A1, "        A1 = _sigmoid(np.asarray(X, dtype=bool) @ self.W1 + self.b1)\n")],
    ),
    _bug(
        "mlp", "mlp_dZ1_reshape_for_transpose",
        "backward passes the gradient back through W2.reshape(W2.shape[::-1]) where W2.T is meant: "
        "with one output the two are equal, but with several outputs reshape keeps the memory order "
        "and scrambles the weights, so W1's and b1's gradients are wrong.",
        [[("reshape",), ("transpos", ".t")]],
        [(M_DZ1, "        dZ1 = (dZ2 @ self.W2.reshape(self.W2.shape[::-1])) * A1 * (1.0 - A1)\n")],
    ),
    _bug(
        "mlp", "mlp_forward_dropout",
        "forward applies dropout from a tutorial to the hidden layer on every call, "
        "A1 * (np.random.rand(*A1.shape) > 0.2) / 0.8, so outputs, loss and predictions are random "
        "and differ between calls, and backward's gradients do not match loss.",
        [[("dropout", "random", "np.random")]],
        [(M_FWD_A1, M_FWD_A1 + "        A1 = A1 * (np.random.rand(*A1.shape) > 0.2) / 0.8  # dropout\n")],
    ),
    _bug(
        "mlp", "mlp_hidden_slope_transposed",
        "backward multiplies by the hidden slope transposed, A1.T * (1 - A1.T), of shape "
        "(hidden_size, m): it raises a broadcasting error unless m equals hidden_size, and then "
        "silently pairs sample i's slope with neuron i.",
        [[("transpos", ".t"), ("a1", "slope", "hidden", "shape")]],
        [(M_DZ1, "        dZ1 = (dZ2 @ self.W2.T) * (A1.T * (1.0 - A1.T))\n")],
    ),
    _variant(
        "mlp", "mlp_v_step_shallow_dict_copy",
        "step takes vars(self).copy() and subtracts in place through it; the copy shares the arrays.",
        [(M_STEP,
          "        params = vars(self).copy()\n"
          "        for name in PARAM_NAMES:\n"
          "            params[name] -= self.lr * grads[name]\n")],
    ),
    _variant(
        "mlp", "mlp_v_dW2_double_transpose",
        "backward computes W2's gradient as (dZ2.T @ A1).T.",
        [("            \"W2\": A1.T @ dZ2,\n", "            \"W2\": (dZ2.T @ A1).T,\n")],
    ),
    _variant(
        "mlp", "mlp_v_forward_transposed_product",
        "forward computes the hidden sums as (W1.T @ X.T).T + b1.",
        [(M_FWD_A1, "        A1 = _sigmoid((self.W1.T @ np.asarray(X, dtype=float).T).T + self.b1)\n")],
    ),
    _variant(
        "mlp", "mlp_v_db2_mean_times_m",
        "backward writes b2's gradient as the mean over the samples times m.",
        [("            \"b2\": dZ2.sum(axis=0, keepdims=True),\n",
          "            \"b2\": dZ2.mean(axis=0, keepdims=True) * dZ2.shape[0],\n")],
    ),
    _variant(
        "mlp", "mlp_v_predict_where",
        "predict returns np.where(forward(X) >= 0.5, 1, 0).",
        [(M_PREDICT, "        return np.where(self.forward(X) >= 0.5, 1, 0)\n")],
    ),
    _variant(
        "mlp", "mlp_v_fit_list_then_array",
        "fit appends the losses to a list and returns np.array(losses).",
        [(M_FIT,
          "        losses = []\n"
          "        for epoch in range(epochs):\n"
          "            losses.append(self.loss(X, y))\n"
          "            self.step(self.backward(X, y))\n"
          "        return np.array(losses, dtype=float)\n")],
    ),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
