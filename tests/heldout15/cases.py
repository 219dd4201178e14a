"""A fifteenth held-out corpus of beginner mistakes, written blind.

Written from ``/work/shared/COURSE_SPEC.md``, the reference solutions, a grep of the stubs and
``tests/test_heldout.py``; the case names and ``did`` lines of heldout3 to heldout14 were
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

This corpus leans on state and Python-level slips (a result printed or cached instead of
returned, an accumulator kept on the object, a builtin shadowed, ``list.append``'s ``None``
kept, ``list += float``, a trailing comma, a star parameter, a renamed or extra parameter, a
default that names a constant defined later, a removed NumPy alias, ``.flat`` for ``.ravel()``),
on edge cases the spec defines (a one-element array, a 0-d input to softmax, a list, a 2-D
input, a second call), and on mix-ups of names and layers (W1/W2, h1 into h2, labels for
inputs, ``PARAM_NAMES[:-1]``, ``losses[epoch - 1]``).
"""


def _bug(module, name, did, names, edits):
    return {"name": name, "module": module, "kind": "bug", "edits": edits, "did": did, "names": names}


def _variant(module, name, did, edits):
    return {"name": name, "module": module, "kind": "variant", "edits": edits, "did": did, "names": None}


IN_PLACE = ("in place", "in-place", "modif", "changed", "overwr", "mutat")

# ---------------------------------------------------------------------------- gates

G_THRESHOLD = (
    "    if isinstance(z, np.ndarray):\n"
    "        return (z >= 0.5).astype(int)\n"
    "    return int(z >= 0.5)"
)
G_XOR = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
    "    return perceptron(either, not_both, AND_WEIGHTS)"
)
G_XOR_LAST = "    return perceptron(either, not_both, AND_WEIGHTS)"

GATES = [
    _bug("gates", "gates_threshold_prints_number",
         "threshold's number branch prints int(z >= 0.5) instead of returning it, so a Python "
         "number gives None (arrays are still right).",
         [[("print",), ("return",)]],
         [("    return int(z >= 0.5)", "    print(int(z >= 0.5))")]),
    _bug("gates", "gates_threshold_number_branch_first",
         "threshold returns int(z >= 0.5) first and only then tests isinstance(z, np.ndarray), so "
         "the array branch is never reached: arrays of several values raise TypeError and a "
         "0-d array gives an int instead of an integer array.",
         [[("unreachable", "never reached", "never runs", "dead code", "order of the")],
          [("int(",), ("array",), ("before",)]],
         [(G_THRESHOLD,
           "    return int(z >= 0.5)\n"
           "    if isinstance(z, np.ndarray):\n"
           "        return (z >= 0.5).astype(int)")]),
    _bug("gates", "gates_threshold_single_element_array_as_number",
         "threshold sends only arrays with more than one element down the array branch "
         "(isinstance(z, np.ndarray) and z.size > 1), so a one-element or 0-d array gives a "
         "Python int instead of an integer array of its shape.",
         [[("size",), ("one element", "single element", "one-element", "single-element", "0-d",
                       "size 1", "size-1")]],
         [("    if isinstance(z, np.ndarray):",
           "    if isinstance(z, np.ndarray) and z.size > 1:")]),
    _bug("gates", "gates_perceptron_default_weights_defined_later",
         "perceptron is defined as perceptron(x1, x2, weights=AND_WEIGHTS) to default to AND, but "
         "the default is evaluated by def, before AND_WEIGHTS exists, so the module raises "
         "NameError at import.",
         [[("default",), ("and_weights",)], [("nameerror",), ("and_weights",)]],
         [("def perceptron(x1, x2, weights):", "def perceptron(x1, x2, weights=AND_WEIGHTS):")]),
    _bug("gates", "gates_perceptron_w2_reads_index_one",
         "perceptron unpacks the weights as weights[0], weights[1], weights[1] (a copy slip), so "
         "w2 is w1; the symmetric gate weights hide it, any weights with w1 != w2 do not.",
         [[("weights[2]",)], [("w2",), ("weights[1]",)]],
         [("    w0, w1, w2 = weights", "    w0, w1, w2 = weights[0], weights[1], weights[1]")]),
    _bug("gates", "gates_nor_negated_or_weights",
         "NOR_WEIGHTS = tuple(-w for w in OR_WEIGHTS), OR's weights negated in the belief that "
         "this makes NOT OR; that gives (-0.0, -0.6, -0.6), so (0, 0) sums to 0 and NOR never fires.",
         [[("nor_weights", "nor gate", "nor's"), ("negat", "bias", "w0", "(0, 0)")]],
         [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = tuple(-w for w in OR_WEIGHTS)")]),
    _bug("gates", "gates_xor_logical_xor",
         "xor returns np.logical_xor(x1, x2): booleans (np.True_ or a boolean array) instead of "
         "0/1 integers, and no perceptrons at all.",
         [[("logical_xor",)], [("bool",), ("int",)]],
         [(G_XOR, "    return np.logical_xor(x1, x2)")]),
    _bug("gates", "gates_xor_difference_of_hidden",
         "xor returns either - not_both, subtracting the NAND output from the OR output instead "
         "of feeding both into the second-layer AND: (0, 0) gives -1, (0, 1) gives 0, (1, 1) gives 1.",
         [[("and_weights", "second layer", "second-layer"), ("subtract", "difference", "minus")]],
         [(G_XOR_LAST, "    return either - not_both")]),
    _bug("gates", "gates_xor_if_inputs_equal",
         "xor is written as if x1 == x2: return 0, else return 1: right for two numbers, but arrays "
         "raise 'truth value ... ambiguous' and two equal-length lists compare whole (always 0 "
         "or 1, one number).",
         [[("ambiguous",)], [("truth value",)], [("perceptron",), ("array",), ("element",)]],
         [(G_XOR, "    if x1 == x2:\n        return 0\n    return 1")]),
    _bug("gates", "gates_xor_memo_dict",
         "xor memoises its results in a module-level dict keyed by (x1, x2); arrays and lists are "
         "unhashable, so xor raises TypeError for them (numbers work).",
         [[("unhashable", "hashable")], [("cache", "memo", "dict"), ("array",)]],
         [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (0.5, -0.6, -0.6)\n_XOR_CACHE = {}"),
          (G_XOR,
           "    key = (x1, x2)\n"
           "    if key not in _XOR_CACHE:\n"
           "        either = perceptron(x1, x2, OR_WEIGHTS)\n"
           "        not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
           "        _XOR_CACHE[key] = perceptron(either, not_both, AND_WEIGHTS)\n"
           "    return _XOR_CACHE[key]")]),
    _bug("gates", "gates_xor_zip_pairs_to_list",
         "xor loops over zip(x1, x2) and returns a Python list of per-pair results: arrays give a "
         "list instead of an integer array, and two numbers raise TypeError (an int is not "
         "iterable).",
         [[("list",), ("array",)], [("zip",), ("number", "scalar", "iterable")]],
         [(G_XOR,
           "    return [perceptron(perceptron(a, b, OR_WEIGHTS), perceptron(a, b, NAND_WEIGHTS),\n"
           "                       AND_WEIGHTS)\n"
           "            for a, b in zip(x1, x2)]")]),
    _variant("gates", "gates_or_weights_tie_at_half",
             "OR_WEIGHTS = (0.0, 0.5, 0.5): one input on sums to exactly 0.5, which fires.",
             [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.0, 0.5, 0.5)")]),
    _variant("gates", "gates_nand_weights_halves",
             "NAND_WEIGHTS = (1.0, -0.5, -0.5): (1, 0) sums to 0.5 and fires, (1, 1) to 0.",
             [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (1.0, -0.5, -0.5)")]),
    _variant("gates", "gates_nor_weights_unit",
             "NOR_WEIGHTS = (0.5, -1.0, -1.0).",
             [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (0.5, -1.0, -1.0)")]),
    _variant("gates", "gates_threshold_conditional_expression",
             "threshold's number branch is 1 if z >= 0.5 else 0.",
             [("    return int(z >= 0.5)", "    return 1 if z >= 0.5 else 0")]),
    _variant("gates", "gates_threshold_where_int",
             "threshold's array branch is np.where(z >= 0.5, 1, 0), an integer array.",
             [("        return (z >= 0.5).astype(int)", "        return np.where(z >= 0.5, 1, 0)")]),
]

# ---------------------------------------------------------------------------- perceptron

P_FIT_START = (
    "        X = np.asarray(X, dtype=float)\n"
    "        y = np.asarray(y, dtype=float)\n"
    "        self.weights = np.zeros(X.shape[1])"
)
P_WEIGHTS_LINE = "                self.weights += update * x_i  # our own array: safe in place"
P_PRED = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"

PERCEPTRON = [
    _bug("perceptron", "perceptron_predict_np_int_alias",
         "predict converts the labels with .astype(np.int), an alias removed from NumPy (copied "
         "from an old tutorial), so predict raises AttributeError.",
         [[("alias",)], [("np.int",), ("removed",)]],
         [("        return (z >= 0).astype(int)", "        return (z >= 0).astype(np.int)")]),
    _bug("perceptron", "perceptron_predict_adds_bias_to_X",
         "predict adds the bias to X before the product, (X + bias) @ weights, so the bias is "
         "added to every feature and scaled by the weights instead of added once to the sum.",
         [[("bias",), ("parenthes", "each feature", "every feature", "to the inputs", "to x ")]],
         [("        z = np.asarray(X, dtype=float) @ self.weights + self.bias",
           "        z = (np.asarray(X, dtype=float) + self.bias) @ self.weights")]),
    _bug("perceptron", "perceptron_zeros_like_integer_row",
         "fit converts X without dtype=float and starts from np.zeros_like(X[0]), which inherits "
         "X's dtype: for integer data (the AND table) the weights are an integer array and the "
         "first float update raises a casting error.",
         [[("zeros_like",), ("int", "dtype")], [("integer",), ("dtype",)]],
         [(P_FIT_START,
           "        X = np.asarray(X)\n"
           "        y = np.asarray(y)\n"
           "        self.weights = np.zeros_like(X[0])")]),
    _bug("perceptron", "perceptron_weights_or_default",
         "fit writes self.weights = self.weights or np.zeros(...), so a second fit on the same "
         "perceptron tests an array's truth value (ValueError for two or more features) instead "
         "of starting again from zeros.",
         [[("ambiguous", "truth value")], [("second", "again", "refit", "re-fit"), ("zeros",)]],
         [("        self.weights = np.zeros(X.shape[1])",
           "        self.weights = self.weights or np.zeros(X.shape[1])")]),
    _bug("perceptron", "perceptron_predict_comparison_reversed",
         "predict returns (z <= 0).astype(int), the comparison the wrong way round, so it "
         "predicts 1 where the sum is negative (and both at exactly 0).",
         [[("z >= 0", ">= 0", "z>=0"), ("predict",)], [("revers", "wrong way", "<= 0")]],
         [("        return (z >= 0).astype(int)", "        return (z <= 0).astype(int)")]),
    _bug("perceptron", "perceptron_weights_times_label",
         "fit adds update * y_i to the weights (the label typed for the input x_i), the same "
         "step for every weight, and no step at all for samples labelled 0.",
         [[("x_i",), ("y_i", "label")], [("label",), ("input", "feature", "sample")]],
         [(P_WEIGHTS_LINE, "                self.weights += update * y_i")]),
    _bug("perceptron", "perceptron_epochs_times_samples",
         "fit loops range(self.epochs * len(X)) full passes, reading epochs as a number of "
         "single updates but still visiting every sample in each pass.",
         [[("epochs",), ("len(x)", "number of samples", "n_samples", "times the", "too many")]],
         [("        for _ in range(self.epochs):", "        for _ in range(self.epochs * len(X)):")]),
    _bug("perceptron", "perceptron_feature_loop_misses_last",
         "fit updates the weights one feature at a time in range(len(self.weights) - 1), an "
         "off-by-one that never updates the last weight (it stays 0).",
         [[("last",), ("weight", "feature")], [("range(len",), ("- 1", "-1")],
          [("off-by-one", "off by one")]],
         [(P_WEIGHTS_LINE,
           "                for j in range(len(self.weights) - 1):\n"
           "                    self.weights[j] += update * x_i[j]")]),
    _bug("perceptron", "perceptron_predict_X_cast_to_int",
         "predict converts X with dtype=int, truncating fractional features (0.7 becomes 0) "
         "before the weighted sum; fit is right.",
         [[("dtype=int",)], [("truncat",)], [("integer",), ("feature", "fraction")]],
         [("        z = np.asarray(X, dtype=float) @ self.weights + self.bias",
           "        z = np.asarray(X, dtype=int) @ self.weights + self.bias")]),
    _bug("perceptron", "perceptron_fit_own_epochs_parameter",
         "fit takes its own epochs=15 parameter and loops over it, so the epochs given to the "
         "constructor are ignored (Perceptron(epochs=3).fit runs 15 epochs).",
         [[("self.epochs",)], [("epochs",), ("constructor", "__init__", "parameter", "argument")]],
         [("    def fit(self, X, y):", "    def fit(self, X, y, epochs=15):"),
          ("        for _ in range(self.epochs):", "        for _ in range(epochs):")]),
    _bug("perceptron", "perceptron_weights_sized_by_X_size",
         "fit starts from np.zeros(X.size), one weight per element of X instead of per feature, "
         "so the first x_i @ weights raises a shape mismatch.",
         [[("x.shape[1]", "shape[1]", "n_features", "number of features")], [("size",), ("feature",)]],
         [("        self.weights = np.zeros(X.shape[1])", "        self.weights = np.zeros(X.size)")]),
    _variant("perceptron", "perceptron_fit_predicts_with_predict",
             "fit predicts each sample with self.predict(x_i.reshape(1, -1))[0].",
             [(P_PRED, "                prediction = self.predict(x_i.reshape(1, -1))[0]")]),
    _variant("perceptron", "perceptron_early_stop_when_clean",
             "fit stops after an epoch without mistakes; later epochs would change nothing.",
             [("        for _ in range(self.epochs):\n            for x_i, y_i in zip(X, y):",
               "        for _ in range(self.epochs):\n            mistakes = 0\n"
               "            for x_i, y_i in zip(X, y):"),
              ("                self.bias = float(self.bias + update)\n        return self",
               "                self.bias = float(self.bias + update)\n"
               "                mistakes += update != 0\n"
               "            if mistakes == 0:\n"
               "                break\n"
               "        return self")]),
    _variant("perceptron", "perceptron_predict_heaviside_int",
             "predict returns np.heaviside(z, 1).astype(int).",
             [("        return (z >= 0).astype(int)", "        return np.heaviside(z, 1).astype(int)")]),
    _variant("perceptron", "perceptron_fit_bool_prediction",
             "fit keeps the prediction as the boolean x_i @ w + b >= 0 and subtracts it from the label.",
             [(P_PRED, "                prediction = x_i @ self.weights + self.bias >= 0")]),
    _variant("perceptron", "perceptron_predict_weights_times_X_transposed",
             "predict computes weights @ X.T + bias.",
             [("        z = np.asarray(X, dtype=float) @ self.weights + self.bias",
               "        z = self.weights @ np.asarray(X, dtype=float).T + self.bias")]),
]

# ---------------------------------------------------------------------------- activations

A_SIG_DER = "    s = sigmoid(z)\n    return s * (1.0 - s)"
A_RELU_DER = "    return (np.asarray(z) > 0).astype(float)"
A_SOFTMAX_TAIL = (
    "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
    "    return exps / np.sum(exps, axis=-1, keepdims=True)"
)

ACTIVATIONS = [
    _bug("activations", "act_relu_maximum_out_into_input",
         "relu writes its result into the input with np.maximum(z, 0.0, out=z); np.asarray does "
         "not copy a float array, so the caller's array loses its negative values.",
         [[IN_PLACE, ("input", "caller")], [("out=",)]],
         [("    return np.maximum(np.asarray(z, dtype=float), 0.0)",
           "    z = np.asarray(z, dtype=float)\n    return np.maximum(z, 0.0, out=z)")]),
    _bug("activations", "act_softmax_exp2",
         "softmax exponentiates with np.exp2 (powers of 2) instead of np.exp, so the slices "
         "still sum to 1 but the probabilities are those of z * ln 2.",
         [[("exp2",)], [("base 2", "base-2", "powers of 2")]],
         [(A_SOFTMAX_TAIL, A_SOFTMAX_TAIL.replace("np.exp(", "np.exp2("))]),
    _bug("activations", "act_sigmoid_derivative_returns_sigmoid",
         "sigmoid_derivative computes s = sigmoid(z) and returns s itself, the function instead "
         "of its slope s * (1 - s).",
         [[("1 - s", "1 - sigmoid", "1.0 - s", "s * (1")]],
         [(A_SIG_DER, "    s = sigmoid(z)\n    return s")]),
    _bug("activations", "act_sigmoid_derivative_times_z",
         "sigmoid_derivative returns s * (1 - s) * z, an extra factor z from a half-remembered "
         "chain rule, so the slope at 0 is 0 and negative inputs give negative slopes.",
         [[("times z", "* z", "multiplied by z", "extra factor", "factor z", "factor of z")]],
         [(A_SIG_DER, "    s = sigmoid(z)\n    return s * (1.0 - s) * z")]),
    _bug("activations", "act_tanh_math_module",
         "tanh calls math.tanh(z) (importing math in the function), which takes single numbers "
         "only: arrays and lists raise TypeError.",
         [[("math.tanh",)], [("math",), ("np.tanh", "numpy")]],
         [("    return np.tanh(np.asarray(z, dtype=float))", "    import math\n    return math.tanh(z)")]),
    _bug("activations", "act_tanh_derivative_tanh_twice",
         "tanh_derivative computes a = tanh(z) and then returns 1 - tanh(a) ** 2, applying tanh "
         "to the activation a second time instead of using 1 - a ** 2.",
         [[("twice",)], [("tanh(a)",)], [("activation", "output"), ("instead of z", "not z", "of z")]],
         [("    return 1.0 - tanh(z) ** 2", "    a = tanh(z)\n    return 1.0 - tanh(a) ** 2")]),
    _bug("activations", "act_softmax_list_not_converted",
         "softmax uses z.max(axis=-1, keepdims=True) on z as given, without np.asarray, so a "
         "Python list raises AttributeError (arrays work).",
         [[("list",), ("asarray", "np.array", "convert")]],
         [("    z = np.asarray(z, dtype=float)\n    if z.ndim == 0:\n        return np.float64(1.0)\n"
           "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))",
           "    if np.ndim(z) == 0:\n        return np.float64(1.0)\n"
           "    exps = np.exp(z - z.max(axis=-1, keepdims=True))")]),
    _bug("activations", "act_sigmoid_rounded",
         "sigmoid rounds its result to 4 decimals (np.round(..., 4)) so that it prints tidily, "
         "so sigmoid(0.3) is 0.5744 instead of 0.574442...",
         [[("round",)]],
         [("    return np.where(z >= 0, 1.0, e) / (1.0 + e)",
           "    return np.round(np.where(z >= 0, 1.0, e) / (1.0 + e), 4)")]),
    _bug("activations", "act_relu_derivative_nonzero",
         "relu_derivative returns (z != 0).astype(float), so negative inputs get slope 1 "
         "instead of 0.",
         [[("!= 0", "!=0", "nonzero", "non-zero")], [("negative",), ("slope", "0", "zero")]],
         [(A_RELU_DER, "    return (np.asarray(z) != 0).astype(float)")]),
    _bug("activations", "act_softmax_transposed_result",
         "softmax works on z.T along axis 0 (a column-per-sample tutorial) and never transposes "
         "back, so a 2-D batch of shape (m, n) comes out as (n, m); 1-D inputs are right.",
         [[("transpos",)]],
         [(A_SOFTMAX_TAIL,
           "    exps = np.exp(z.T - np.max(z.T, axis=0))\n"
           "    return exps / np.sum(exps, axis=0)")]),
    _bug("activations", "act_relu_derivative_of_relu_output",
         "relu_derivative returns (relu(z) >= 0).astype(float); relu's output is never negative, "
         "so the slope is 1 everywhere.",
         [[("always 1", "always one", "every input", "never negative", "non-negative",
            "nonnegative", "everywhere")], [("relu(z)",), ("z > 0", "> 0")]],
         [(A_RELU_DER, "    return (relu(z) >= 0).astype(float)")]),
    _variant("activations", "act_sigmoid_strict_branch",
             "sigmoid picks the branch with z > 0; at 0 both branches give 0.5.",
             [("    return np.where(z >= 0, 1.0, e) / (1.0 + e)",
               "    return np.where(z > 0, 1.0, e) / (1.0 + e)")]),
    _variant("activations", "act_sigmoid_derivative_mirror_product",
             "sigmoid_derivative is sigmoid(z) * sigmoid(-z), since 1 - sigmoid(z) = sigmoid(-z).",
             [(A_SIG_DER, "    return sigmoid(z) * sigmoid(-np.asarray(z, dtype=float))")]),
    _variant("activations", "act_tanh_derivative_factored",
             "tanh_derivative is (1 - t) * (1 + t) with t = tanh(z).",
             [("    return 1.0 - tanh(z) ** 2", "    t = tanh(z)\n    return (1.0 - t) * (1.0 + t)")]),
    _variant("activations", "act_relu_derivative_heaviside",
             "relu_derivative is np.heaviside(z, 0.0) on a float array.",
             [(A_RELU_DER, "    return np.heaviside(np.asarray(z, dtype=float), 0.0)")]),
    _variant("activations", "act_leaky_relu_where",
             "leaky_relu is np.where(z > 0, z, alpha * z).",
             [("    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)",
               "    return np.where(z > 0, z, alpha * z)")]),
    _variant("activations", "act_softmax_log_space",
             "softmax subtracts the log of the summed shifted exponentials and exponentiates once.",
             [(A_SOFTMAX_TAIL,
               "    shifted = z - np.max(z, axis=-1, keepdims=True)\n"
               "    return np.exp(shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True)))")]),
]

# ---------------------------------------------------------------------------- neuron

N_FF = (
    "        total = np.dot(self.weights, inputs) + self.bias\n"
    "        return float(_sigmoid(total))"
)
N_TINY_FF = (
    "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
    "        return self.o1.feedforward(hidden)"
)
N_LAYER_BODY = (
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)"
)
N_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"

NEURON = [
    _bug("neuron", "neuron_layer_outputs_dict",
         "layer_output collects the outputs in a dict keyed by neuron index, outputs[j] = ..., "
         "and returns the dict instead of a list.",
         [[("dict",), ("list",)]],
         [("    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n" + N_LAYER_BODY,
           "    outputs = {}\n"
           "    for j, (neuron_weights, bias) in enumerate(zip(weights, biases)):\n"
           "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
           "        outputs[j] = total + bias")]),
    _bug("neuron", "neuron_tiny_returns_output_and_hidden",
         "TinyNetwork.feedforward returns the pair (o1's output, hidden outputs) to show its "
         "working, instead of o1's output alone.",
         [[("tuple", "pair"), ("hidden",)], [("o1",), ("only", "alone")]],
         [(N_TINY_FF,
           "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
           "        return self.o1.feedforward(hidden), hidden")]),
    _bug("neuron", "neuron_tiny_reuses_input_list",
         "TinyNetwork.feedforward stores the hidden outputs into x itself (x[0] = h1 output, "
         "x[1] = h2 output) to save a list: h2 then sees h1's output in place of x[0], the "
         "caller's list is overwritten, and a tuple input raises TypeError.",
         [[("x[0]",), ("h2",)], [IN_PLACE, ("input list", "caller's", "inputs", "the input")]],
         [(N_TINY_FF,
           "        x[0] = self.h1.feedforward(x)\n"
           "        x[1] = self.h2.feedforward(x)\n"
           "        return self.o1.feedforward(x)")]),
    _bug("neuron", "neuron_count_star_args",
         "count_parameters is defined as count_parameters(*layer_sizes), so a list argument "
         "arrives wrapped in a tuple and int() of the list raises TypeError.",
         [[("*layer_sizes", "*args", "star", "variadic")]],
         [("def count_parameters(layer_sizes):", "def count_parameters(*layer_sizes):")]),
    _bug("neuron", "neuron_count_prints_total",
         "count_parameters prints the total instead of returning it, so it returns None.",
         [[("print",), ("return",)]],
         [(N_COUNT, "    print(sum(a * b + b for a, b in zip(sizes, sizes[1:])))")]),
    _bug("neuron", "neuron_feedforward_star_inputs",
         "Neuron.feedforward is defined as feedforward(self, *inputs), so a list argument arrives "
         "as a one-element tuple of lists and np.dot raises a shape mismatch.",
         [[("*inputs", "star", "*args", "variadic")]],
         [("    def feedforward(self, inputs):", "    def feedforward(self, *inputs):")]),
    _bug("neuron", "neuron_layer_append_result_assigned",
         "layer_output writes outputs = outputs.append(total + bias); append returns None, so the "
         "second neuron raises AttributeError (one neuron gives None).",
         [[("append",), ("none",)]],
         [("        outputs.append(total + bias)", "        outputs = outputs.append(total + bias)")]),
    _bug("neuron", "neuron_count_biases_drop_output_layer",
         "count_parameters counts the biases as sum(sizes[:-1]), leaving out the output layer "
         "but counting the input layer, so [3, 5, 5, 5, 2] gives 93.",
         [[("input layer",), ("bias",)], [("sizes[1:]",)], [("output layer",), ("bias",)]],
         [(N_COUNT, "    return sum(a * b for a, b in zip(sizes, sizes[1:])) + sum(sizes[:-1])")]),
    _bug("neuron", "neuron_layer_sum_shadows_builtin",
         "layer_output names the neuron's output sum (sum = total + bias); assigning the name "
         "anywhere in the function makes sum local, so the first call to sum(...) raises "
         "UnboundLocalError.",
         [[("sum",), ("shadow", "built-in", "builtin", "unboundlocalerror")]],
         [(N_LAYER_BODY,
           "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
           "        sum = total + bias\n"
           "        outputs.append(sum)")]),
    _bug("neuron", "neuron_layer_append_inside_input_loop",
         "layer_output's append is indented into the loop over the inputs, so it appends a "
         "running partial sum (plus bias) for every input: n_neurons * n_inputs outputs.",
         [[("indent",)], [("append",), ("inner", "each input", "every input", "per input")]],
         [(N_LAYER_BODY,
           "        total = 0.0\n"
           "        for x, w in zip(inputs, neuron_weights):\n"
           "            total += x * w\n"
           "            outputs.append(total + bias)")]),
    _variant("neuron", "neuron_tiny_one_shared_neuron",
             "TinyNetwork uses one Neuron object for h1, h2 and o1 (they share weights and bias).",
             [("        self.h1 = Neuron(weights, bias)\n"
               "        self.h2 = Neuron(weights, bias)\n"
               "        self.o1 = Neuron(weights, bias)",
               "        self.h1 = self.h2 = self.o1 = Neuron(weights, bias)")]),
    _variant("neuron", "neuron_layer_sum_start_bias",
             "layer_output starts Python's sum at the bias.",
             [(N_LAYER_BODY,
               "        outputs.append(sum((x * w for x, w in zip(inputs, neuron_weights)), bias))")]),
    _variant("neuron", "neuron_layer_index_loops",
             "layer_output uses index loops over neurons and inputs.",
             [("    outputs = []\n"
               "    for neuron_weights, bias in zip(weights, biases):\n" + N_LAYER_BODY,
               "    outputs = []\n"
               "    for j in range(len(weights)):\n"
               "        total = 0.0\n"
               "        for i in range(len(inputs)):\n"
               "            total += inputs[i] * weights[j][i]\n"
               "        outputs.append(total + biases[j])")]),
    _variant("neuron", "neuron_count_plus_one_inputs",
             "count_parameters counts (a + 1) * b per pair: a weight for each input plus the bias.",
             [(N_COUNT, "    return sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))")]),
    _variant("neuron", "neuron_feedforward_tolist",
             "Neuron.feedforward returns _sigmoid(total).tolist(), a Python float.",
             [("        return float(_sigmoid(total))", "        return _sigmoid(total).tolist()")]),
]

# ---------------------------------------------------------------------------- loss

L_CONVERT = (
    "    y_true = np.asarray(y_true, dtype=float).ravel()\n"
    "    y_pred = np.asarray(y_pred, dtype=float).ravel()"
)
L_MEAN = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"

LOSS = [
    _bug("loss", "loss_grad_floor_division_whole",
         "mse_loss_gradient divides with // instead of /, so every entry is floored: "
         "-0.5 becomes -1.0 and 0.25 becomes 0.0.",
         [[("//", "floor division", "integer division")]],
         [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) // y_pred.size")]),
    _bug("loss", "loss_mse_trailing_comma_tuple",
         "mse_loss ends its return line with a stray comma, so it returns a one-element tuple "
         "(0.5,) instead of the float.",
         [[("tuple",)], [("comma",)]],
         [(L_MEAN, L_MEAN + ",")]),
    _bug("loss", "loss_mse_named_like_sklearn",
         "the loss function is defined as mean_squared_error (scikit-learn's name), so the module "
         "has no mse_loss.",
         [[("mean_squared_error",)], [("mse_loss",), ("no function", "not defined", "missing",
                                                      "lacks", "no name", "not found")]],
         [("def mse_loss(y_true, y_pred):", "def mean_squared_error(y_true, y_pred):")]),
    _bug("loss", "loss_mse_flat_iterator",
         "mse_loss flattens with .flat instead of .ravel(); .flat is an iterator without .size, "
         "so every call raises AttributeError.",
         [[("flatiter", "flat iterator", ".flat ")], [(".flat",), ("ravel()", "flatten()")]],
         [(L_CONVERT,
           "    y_true = np.asarray(y_true, dtype=float).flat\n"
           "    y_pred = np.asarray(y_pred, dtype=float).flat")]),
    _bug("loss", "loss_mse_np_float_alias",
         "mse_loss converts with dtype=np.float, an alias removed from NumPy (copied from an old "
         "tutorial), so every call raises AttributeError.",
         [[("alias",)], [("removed",), ("numpy",)], [("np.float",), ("builtin float", "built-in float")]],
         [(L_CONVERT,
           "    y_true = np.asarray(y_true, dtype=np.float).ravel()\n"
           "    y_pred = np.asarray(y_pred, dtype=np.float).ravel()")]),
    _bug("loss", "loss_grad_single_element_item",
         "mse_loss_gradient returns grad.item() when the gradient has one element, so a y_pred of "
         "shape (1,) or (1, 1) gives a Python float instead of an array of its shape.",
         [[("item",)], [("shape",), ("one element", "single element", "(1,)", "size 1", "one-element")]],
         [(L_GRAD,
           "    grad = 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
           "    return grad.item() if grad.size == 1 else grad")]),
    _bug("loss", "loss_grad_N_hardcoded_four",
         "mse_loss_gradient divides by 4, the number of elements of the spec's example, typed in "
         "instead of y_pred.size.",
         [[("hard-coded", "hardcoded", "hard coded", "/ 4", "typed in")], [("y_pred.size",)],
          [("number of elements",)]],
         [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / 4")]),
    _bug("loss", "loss_grad_extra_required_N",
         "mse_loss_gradient is defined with a third required parameter N (the element count the "
         "caller is expected to pass), so mse_loss_gradient(y_true, y_pred) raises TypeError.",
         [[("missing 1 required", "required positional", "third argument", "third parameter",
            "extra parameter", "extra argument")]],
         [("def mse_loss_gradient(y_true, y_pred):", "def mse_loss_gradient(y_true, y_pred, N):"),
          (L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / N")]),
    _bug("loss", "loss_grad_reshape_rows_minus_one",
         "mse_loss_gradient reshapes y_true with reshape(len(y_pred), -1), which is a column "
         "(n, 1): against a vector y_pred of shape (n,) that broadcasts to an (n, n) table, and a "
         "number y_pred raises TypeError.",
         [[("broadcast",), ("(n, n)", "(n,n)", "n by n", "matrix", "table")],
          [("reshape",), ("y_pred.shape",)]],
         [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(len(y_pred), -1)) / y_pred.size")]),
    _bug("loss", "loss_grad_summed_over_axis0",
         "mse_loss_gradient sums the gradient over axis 0, a habit from bias gradients, so a "
         "vector gives one number and a column gives shape (1,) instead of y_pred's shape.",
         [[("sum",), ("axis",)], [("shape",), ("one number", "single number", "scalar")]],
         [(L_GRAD, "    return np.sum(2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size, axis=0)")]),
    _variant("loss", "loss_mse_dot_product",
             "mse_loss is d @ d / d.size with d the flattened difference.",
             [(L_MEAN, "    d = y_true - y_pred\n    return float(d @ d / d.size)")]),
    _variant("loss", "loss_mse_square_mean_method",
             "mse_loss is np.square(...).mean().",
             [(L_MEAN, "    return float(np.square(y_true - y_pred).mean())")]),
    _variant("loss", "loss_mse_combined_check",
             "mse_loss checks the size mismatch and emptiness in one condition.",
             [("    if y_true.size != y_pred.size:\n        raise ValueError(\n"
               "            f\"mse_loss: y_true has",
               "    if y_true.size != y_pred.size or y_true.size == 0:\n        raise ValueError(\n"
               "            f\"mse_loss: y_true has")]),
    _variant("loss", "loss_grad_prod_of_shape",
             "mse_loss_gradient scales by 2 / np.prod(y_pred.shape) first.",
             [(L_GRAD, "    return (2.0 / np.prod(y_pred.shape)) * (y_pred - y_true.reshape(y_pred.shape))")]),
    _variant("loss", "loss_grad_negated_form",
             "mse_loss_gradient is -2 * (y_true - y_pred) / N.",
             [(L_GRAD, "    return -2.0 * (y_true.reshape(y_pred.shape) - y_pred) / y_pred.size")]),
]

# ---------------------------------------------------------------------------- backprop

B_SGD = (
    "    return {\n"
    "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
    "    }"
)
B_FF_TAIL = (
    "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
    "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
    "    return float(o1)"
)
B_LOSS_LINES = (
    "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
    "        losses.append(float(sum(errors) / len(errors)))"
)

BACKPROP = [
    _bug("backprop", "bp_sgd_step_returns_original",
         "sgd_step updates a copy, new_params, but returns params, the unchanged input, so no "
         "step is ever taken.",
         [[("new_params", "new dict", "the copy"), ("return",)],
          [("returns params", "return params", "unchanged")]],
         [(B_SGD,
           "    new_params = dict(params)\n"
           "    for name in PARAM_NAMES:\n"
           "        new_params[name] = float(params[name] - learn_rate * grads[name])\n"
           "    return params")]),
    _bug("backprop", "bp_feedforward_h2_takes_h1",
         "feedforward feeds h1's output into h2 in place of x[0] (w3 * h1 + w4 * x[1] + b2), "
         "chaining the hidden neurons instead of giving both the inputs.",
         [[("h2",), ("x[0]",)], [("h2",), ("h1",), ("input",)]],
         [(B_FF_TAIL, B_FF_TAIL.replace("p[\"w3\"] * x[0]", "p[\"w3\"] * h1"))]),
    _bug("backprop", "bp_feedforward_stores_hidden_in_params",
         "feedforward stores the hidden outputs in the params dict it is given "
         "(p['h1'], p['h2'] = h1, h2), so the caller's dict gains two keys.",
         [[IN_PLACE, ("params", "dict")]],
         [(B_FF_TAIL, B_FF_TAIL.replace("    return float(o1)",
                                        "    p[\"h1\"], p[\"h2\"] = h1, h2\n    return float(o1)"))]),
    _bug("backprop", "bp_feedforward_get_default_hides_typo",
         "feedforward reads the output bias as p.get('b_3', 0.0), a misspelt key whose default "
         "hides the typo, so b3 is always 0 in feedforward (backprop is right).",
         [[("b3",), ("get", "typo", "key", "ignored", "missing")]],
         [(B_FF_TAIL, B_FF_TAIL.replace("p[\"b3\"]", "p.get(\"b_3\", 0.0)"))]),
    _bug("backprop", "bp_backprop_extra_loss_key",
         "backprop also puts the sample's loss into the dict it returns under 'loss', ten keys "
         "instead of the nine partial derivatives.",
         [[("extra key", "tenth", "10 keys", "ten keys", "extra entry")],
          [("\"loss\"", "'loss'"), ("key",)]],
         [("    return {name: float(grads[name]) for name in PARAM_NAMES}",
           "    result = {name: float(grads[name]) for name in PARAM_NAMES}\n"
           "    result[\"loss\"] = float((y_true - o1) ** 2)\n"
           "    return result")]),
    _bug("backprop", "bp_dL_do1_parentheses_lost",
         "backprop writes d_L_d_o1 = -2.0 * y_true - o1, the parentheses around (y_true - o1) "
         "lost, so only y_true is doubled and negated.",
         [[("parenthes", "bracket", "precedence")], [("y_true - o1",)]],
         [("    d_L_d_o1 = -2.0 * (y_true - o1)", "    d_L_d_o1 = -2.0 * y_true - o1")]),
    _bug("backprop", "bp_train_shuffles_data_in_place",
         "train calls np.random.shuffle(data) at the start of every epoch: the caller's data is "
         "reordered in place and the rows no longer line up with all_y_trues.",
         [[("shuffle",)]],
         [("    for _ in range(epochs):\n        for x, y_true in zip(data, all_y_trues):",
           "    for _ in range(epochs):\n        np.random.shuffle(data)\n"
           "        for x, y_true in zip(data, all_y_trues):")]),
    _bug("backprop", "bp_train_list_plus_equals_float",
         "train adds each epoch's loss with losses += loss instead of losses.append(loss); a list "
         "+= a float raises TypeError ('float' object is not iterable).",
         [[("append",)], [("+=",), ("list",)]],
         [("        losses.append(float(sum(errors) / len(errors)))",
           "        losses += float(sum(errors) / len(errors))")]),
    _bug("backprop", "bp_train_sgd_step_arguments_swapped",
         "train calls sgd_step(backprop(...), params, learn_rate), the gradients and the "
         "parameters in the wrong order, so each step returns grads - learn_rate * params.",
         [[("argument",), ("order", "swapped", "swap")]],
         [("            params = sgd_step(params, backprop(params, x, y_true), learn_rate)",
           "            params = sgd_step(backprop(params, x, y_true), params, learn_rate)")]),
    _bug("backprop", "bp_train_loss_misses_last_sample",
         "train measures each epoch's loss over range(len(data) - 1), an off-by-one that leaves "
         "the last sample out of the MSE.",
         [[("last",), ("sample", "row", "person")],
          [("len(data) - 1", "off-by-one", "off by one")]],
         [("        predictions = [feedforward(params, x) for x in data]",
           "        predictions = [feedforward(params, data[i]) for i in range(len(data) - 1)]")]),
    _variant("backprop", "bp_slopes_from_sums",
             "backprop computes each sigmoid's slope from its weighted sum, s(z) * (1 - s(z)).",
             [("    d_o1 = o1 * (1.0 - o1)\n    d_h1 = h1 * (1.0 - h1)\n    d_h2 = h2 * (1.0 - h2)",
               "    z_o1 = p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"]\n"
               "    z_h1 = p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"]\n"
               "    z_h2 = p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"]\n"
               "    d_o1 = _sigmoid(z_o1) * (1.0 - _sigmoid(z_o1))\n"
               "    d_h1 = _sigmoid(z_h1) * (1.0 - _sigmoid(z_h1))\n"
               "    d_h2 = _sigmoid(z_h2) * (1.0 - _sigmoid(z_h2))")]),
    _variant("backprop", "bp_train_without_copy",
             "train does not copy params first; sgd_step returns a new dict anyway.",
             [("    params = dict(params)\n    losses = []", "    losses = []")]),
    _variant("backprop", "bp_sgd_step_copy_then_subtract",
             "sgd_step copies params and overwrites the copy's entries.",
             [(B_SGD,
               "    new_params = dict(params)\n"
               "    for name in PARAM_NAMES:\n"
               "        new_params[name] = float(new_params[name] - learn_rate * grads[name])\n"
               "    return new_params")]),
    _variant("backprop", "bp_dL_do1_other_sign_form",
             "backprop writes dL/do1 = 2 * (o1 - y_true).",
             [("    d_L_d_o1 = -2.0 * (y_true - o1)", "    d_L_d_o1 = 2.0 * (o1 - y_true)")]),
    _variant("backprop", "bp_train_numpy_mean_loss",
             "train's epoch loss is np.mean of the squared differences.",
             [(B_LOSS_LINES,
               "        losses.append(float(np.mean(\n"
               "            (np.asarray(all_y_trues, dtype=float) - np.array(predictions)) ** 2)))")]),
]

# ---------------------------------------------------------------------------- mlp

M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)"
M_DZ1 = "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)"
M_STEP = "            param = getattr(self, name)\n            param -= self.lr * grads[name]"

MLP = [
    _bug("mlp", "mlp_dZ2_divides_by_slope",
         "backward writes dZ2 = 2 * (A2 - Y) / (A2.size * A2 * (1 - A2)), the parentheses taking "
         "the sigmoid's slope into the denominator, so it divides by the slope instead of "
         "multiplying.",
         [[("parenthes", "bracket", "precedence")], [("divid",), ("slope", "a2 * (1 - a2)")]],
         [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / (A2.size * A2 * (1.0 - A2))")]),
    _bug("mlp", "mlp_dZ2_hidden_slope",
         "backward's output delta multiplies by the hidden layer's slope A1 * (1 - A1) instead "
         "of the output's A2 * (1 - A2), which broadcasts to the hidden width and then fails (or, "
         "with one hidden unit, gives wrong gradients).",
         [[("a2 * (1 - a2)", "output slope", "slope of the output", "output layer's slope",
            "output sigmoid")], [("a1",), ("a2",), ("slope",)]],
         [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / A2.size * A1 * (1.0 - A1)")]),
    _bug("mlp", "mlp_dZ1_divided_by_N_again",
         "backward divides the hidden delta by A2.size once more, though dZ2 already carries the "
         "factor 2 / N, so W1's and b1's gradients are N times too small.",
         [[("twice", "again", "second time", "once more", "double"),
           ("a2.size", "2 / n", "factor", "divid")]],
         [(M_DZ1, M_DZ1 + " / A2.size")]),
    _bug("mlp", "mlp_backward_weight_grads_swapped",
         "backward returns A1.T @ dZ2 under 'W1' and X.T @ dZ1 under 'W2', the two weight "
         "gradients under each other's names.",
         [[("w1",), ("w2",), ("swap", "mixed up", "exchanged", "other's", "each other")]],
         [("            \"W1\": X.T @ dZ1,\n"
           "            \"b1\": dZ1.sum(axis=0, keepdims=True),\n"
           "            \"W2\": A1.T @ dZ2,",
           "            \"W1\": A1.T @ dZ2,\n"
           "            \"b1\": dZ1.sum(axis=0, keepdims=True),\n"
           "            \"W2\": X.T @ dZ1,")]),
    _bug("mlp", "mlp_step_updates_copy",
         "step takes param = getattr(self, name).copy() 'to be safe' and subtracts from the copy, "
         "so the network's parameters never change.",
         [[("copy",)]],
         [(M_STEP, "            param = getattr(self, name).copy()\n"
                   "            param -= self.lr * grads[name]")]),
    _bug("mlp", "mlp_step_misses_last_param",
         "step loops over PARAM_NAMES[:-1], an off-by-one slice that never updates b2.",
         [[("b2",), ("step", "updated", "never", "moves")]],
         [("        for name in PARAM_NAMES:\n" + M_STEP,
           "        for name in PARAM_NAMES[:-1]:\n" + M_STEP)]),
    _bug("mlp", "mlp_fit_return_inside_loop",
         "fit's return losses is indented into the epoch loop, so fit stops after one epoch and "
         "returns an array whose later entries are np.empty's leftovers.",
         [[("return",), ("indent", "inside the loop", "first epoch", "after one epoch", "one epoch")]],
         [("            self.step(self.backward(X, y))\n        return losses",
           "            self.step(self.backward(X, y))\n            return losses")]),
    _bug("mlp", "mlp_fit_epochs_without_default",
         "fit is defined as fit(self, X, y, epochs) without the default 1000, so fit(X, y) "
         "raises TypeError.",
         [[("default",), ("epochs",)]],
         [("    def fit(self, X, y, epochs=1000):", "    def fit(self, X, y, epochs):")]),
    _bug("mlp", "mlp_fit_losses_index_minus_one",
         "fit stores each loss in losses[epoch - 1], so epoch 0 writes the last slot and every "
         "loss sits one place early (the array is rolled by one).",
         [[("losses[epoch]",)], [("epoch - 1", "epoch-1")],
          [("shift", "rolled", "off by one", "off-by-one"), ("loss",)]],
         [("            losses[epoch] = self.loss(X, y)",
           "            losses[epoch - 1] = self.loss(X, y)")]),
    _bug("mlp", "mlp_loss_targets_ndmin_row",
         "loss builds Y with np.array(y, dtype=float, ndmin=2), which makes a vector y a row "
         "(1, m); against A2 of shape (m, 1) that broadcasts to an (m, m) table.",
         [[("broadcast",), ("(m, m)", "(m,m)", "m by m", "square", "table")], [("ndmin",)],
          [("reshape",), ("a2.shape", "shape of a2")]],
         [("        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n"
           "        return float(np.mean((A2 - Y) ** 2))",
           "        Y = np.array(y, dtype=float, ndmin=2)\n"
           "        return float(np.mean((A2 - Y) ** 2))")]),
    _variant("mlp", "mlp_forward_column_layout",
             "forward computes in the column-per-sample layout and transposes the result back.",
             [("        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
               "        return _sigmoid(A1 @ self.W2 + self.b2)",
               "        A1T = _sigmoid(self.W1.T @ np.asarray(X, dtype=float).T + self.b1.T)\n"
               "        return _sigmoid(self.W2.T @ A1T + self.b2.T).T")]),
    _variant("mlp", "mlp_forward_flat_bias",
             "forward adds b1.ravel(), which broadcasts the same way.",
             [("        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)",
               "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1.ravel())")]),
    _variant("mlp", "mlp_step_through_dict",
             "step subtracts in place through self.__dict__[name].",
             [(M_STEP, "            self.__dict__[name] -= self.lr * grads[name]")]),
    _variant("mlp", "mlp_fit_list_then_array",
             "fit collects the losses in a list and returns np.array of it.",
             [("        losses = np.empty(epochs)\n"
               "        for epoch in range(epochs):\n"
               "            losses[epoch] = self.loss(X, y)\n"
               "            self.step(self.backward(X, y))\n"
               "        return losses",
               "        losses = []\n"
               "        for _ in range(epochs):\n"
               "            losses.append(self.loss(X, y))\n"
               "            self.step(self.backward(X, y))\n"
               "        return np.array(losses, dtype=float)")]),
    _variant("mlp", "mlp_predict_where",
             "predict returns np.where(forward(X) >= 0.5, 1, 0).",
             [("        return (self.forward(X) >= 0.5).astype(int)",
               "        return np.where(self.forward(X) >= 0.5, 1, 0)")]),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
