"""A twenty-first held-out corpus of beginner mistakes, written blind.

Written from ``/work/shared/COURSE_SPEC.md``, the reference solutions, a grep of the stubs,
``tests/test_heldout.py``, ``tests/heldout20/README.md`` and the head and tail of
``tests/heldout20/cases.py``. The ``module``, ``name`` and ``did`` of every bug in heldout3 to
heldout20 were listed (by parsing the files with ``ast``, edits not printed) only so that every
bug here is a different mistake from theirs. Nothing under ``autograder/`` was opened, nor
``tests/corpus/``, ``tests/heldout/cases.py``, ``tests/heldout2/``, any ``REVIEW.md``, the
probe's source or the git history (see ``README.md`` beside this file).

The format is that of ``tests/heldout20/cases.py``: ``_bug(module, name, did, names, edits)`` and
``_variant(module, name, did, edits)``. ``edits`` are exact (old, new) replacements in
``solutions/<module>.py``. ``names`` lists alternatives; each alternative is a list of keyword
groups (a string, or a tuple of spellings), and a hint names the mistake when, for some
alternative, it holds one spelling of every group. The keywords were fixed when each case was
written, before any grading.

This corpus leans on kinds the earlier corpora covered less: keywords and habits carried over
from other libraries and languages (``dim=`` and ``clamp`` from PyTorch, ``skipna=`` from pandas,
scikit-learn's ``classes_`` and ``reshape(-1, 1)``, a Keras-style history dict and
``validation_split``, ``self._sigmoid`` from Java, ``+(...)`` and ``~~(...)`` from JavaScript,
``np.asmatrix`` from MATLAB), misremembered NumPy calls (``astype(np.integer)``, ``isinstance(z,
np.generic)``, ``np.insert`` without ``axis``, ``np.nditer`` over rows, ``np.unique`` reordering
rows, ``np.vectorize`` on scalars, ``np.tile`` with one count, ``np.linalg.norm(..., ord=2)`` on a
matrix, ``np.matmul(..., out=self.W1)``, an ``int16`` array overflowing), Python slips (``is 1``,
``not`` on an array, a ``for`` over ``data, labels`` without ``zip``, precedence in ``z >= 0.5 *
1`` and ``float(p - lr) * g``, a name rebound inside its own loop, a one-pass ``map``, ``prev``
never updated, an index slip in a two-slot list, ``list * list``, ``.copy()``/``.tolist()`` on the
wrong type, ``sorted`` keys zipped with ``PARAM_NAMES``, a slice to a loop variable), misplaced
lines (the weights' zero initialisation after the loop, ``dW2`` before the output slope), misread
spec sentences ("within 10 epochs" read as a minimum, the large score 1000 used as the shift,
numbers rejected as "not a vector", the lesson's four people hard-coded), state (a running total
kept on ``count_parameters``), mutation (``row.append`` on the caller's lists) and formulas from
neighbouring recipes (the cross-entropy gradient, the hinge loss, a normalised MSE, logits, std
for variance, SiLU, a temperature, the 1/2-sum convention, plateau stops, mini-batches, biases at
twice the rate, weights started at the learning rate).
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
COPY_FIX = ("copy", "new dict", "new list", "new array", "without changing", "leave", "untouched",
            "not modify", "do not modify", "don't modify")

# ---------------------------------------------------------------------------- gates

G_THRESH = "    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)\n"
G_THRESH_ARRAY = "        return (z >= 0.5).astype(int)\n"
G_THRESH_NUMBER = "    return int(z >= 0.5)\n"
G_UNPACK = "    w0, w1, w2 = weights\n"
G_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)\n"
G_XOR_HIDDEN = (
    "    either = perceptron(x1, x2, OR_WEIGHTS)\n"
    "    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n"
)
G_XOR_OUT = "    return perceptron(either, not_both, AND_WEIGHTS)\n"
G_XOR = G_XOR_HIDDEN + G_XOR_OUT

GATES = [
    _bug(
        "gates", "gates_threshold_unary_plus_on_bool",
        "threshold turns the comparison into a number with a unary plus, +(z >= 0.5), a JavaScript idiom: "
        "a Python bool gives 1 or 0, but NumPy has no unary plus for booleans, so arrays, and the NumPy "
        "float that perceptron passes for two numbers, raise UFuncTypeError (a TypeError).",
        [[("unary", "+(", "plus"), ("int(", "astype", "integer")]],
        [(G_THRESH,
          "    if isinstance(z, np.ndarray):\n        return +(z >= 0.5)\n"
          "    return +(z >= 0.5)  # + turns True/False into 1/0\n")],
    ),
    _bug(
        "gates", "gates_threshold_times_one_precedence",
        "threshold's array branch returns z >= 0.5 * 1, meant as (z >= 0.5) * 1 to turn the booleans "
        "into integers, but * binds tighter than >=, so it compares z with 0.5 and arrays come back as "
        "boolean arrays (numbers are right).",
        [[("bool",), ("astype", "integer", "parenthes", "precedence", "* 1", "int array")]],
        [(G_THRESH_ARRAY, "        return z >= 0.5 * 1\n")],
    ),
    _bug(
        "gates", "gates_xor_output_logical_and",
        "xor combines its hidden outputs with np.logical_and(either, not_both) instead of the "
        "second-layer AND perceptron, so it returns NumPy booleans (np.True_ or a boolean array) "
        "instead of 0/1 integers.",
        [[("logical_and", "bool"), ("and_weights", "perceptron", "astype", "integer", "0/1")]],
        [(G_XOR_OUT, "    return np.logical_and(either, not_both)\n")],
    ),
    _bug(
        "gates", "gates_xor_hidden_weight_matrix",
        "xor computes its hidden layer at once from a 2x3 weight matrix, layer[:, 0] + layer[:, 1] * x1 "
        "+ layer[:, 2] * x2, whose length-2 columns (one entry per neuron) do not line up with the "
        "samples: two numbers work, but four inputs per array raise ValueError (shapes (2,) and (4,) "
        "cannot broadcast), two inputs per array give one mixed-up number, and 2-D grids give wrong shapes.",
        [[("broadcast", "(2,)", "newaxis", "[:, none]", "reshape", "line up", "align"), ("neuron", "hidden", "layer", "sample")]],
        [(G_XOR_HIDDEN,
          "    layer = np.array([OR_WEIGHTS, NAND_WEIGHTS])  # one row per hidden neuron\n"
          "    either, not_both = threshold(layer[:, 0] + layer[:, 1] * x1 + layer[:, 2] * x2)\n")],
    ),
    _bug(
        "gates", "gates_threshold_isinstance_np_generic",
        "threshold tests isinstance(z, np.generic), NumPy's base class of scalars, taking it for the "
        "array type: arrays with at least one axis fall into int(z >= 0.5), which raises TypeError, "
        "and NumPy scalars come back as NumPy integers instead of Python ints.",
        [[("np.generic", "generic", "scalar"), ("np.ndarray", "ndarray")]],
        [(G_THRESH,
          "    if isinstance(z, np.generic):  # a NumPy object: keep it NumPy\n"
          "        return (z >= 0.5).astype(int)\n"
          "    return int(z >= 0.5)\n")],
    ),
    _bug(
        "gates", "gates_threshold_astype_abstract_integer",
        "threshold's array branch converts with .astype(np.integer), NumPy's abstract base class of the "
        "integer types, which NumPy 2 refuses as a dtype (TypeError: converting 'np.integer' to a dtype "
        "is not allowed), so every array raises while numbers work.",
        [[("np.integer", "abstract"), ("astype(int)", "np.int64", "int64", "concrete", "dtype=int")]],
        [(G_THRESH_ARRAY, "        return (z >= 0.5).astype(np.integer)\n")],
    ),
    _bug(
        "gates", "gates_perceptron_vstack_matrix_product",
        "perceptron computes the weighted sum as w0 + np.array([w1, w2]) @ np.vstack([x1, x2]), which "
        "is right for 1-D arrays of inputs, but two numbers give a shape-(1,) integer array instead of "
        "an int, and 2-D grids of inputs with more than one row raise ValueError (matmul shape mismatch).",
        [[("vstack", "stack", "matrix product", "matmul", "@"), ("shape", "scalar", "number", "2-d", "grid")]],
        [(G_Z, "    z = w0 + np.array([w1, w2]) @ np.vstack([x1, x2])\n")],
    ),
    _bug(
        "gates", "gates_xor_np_vectorize_pairs",
        "xor wraps a function of one input pair in np.vectorize, so two numbers give a 0-d NumPy array "
        "instead of a Python int (and an empty array raises ValueError, as vectorize has no otypes).",
        [[("vectorize",), ("0-d", "scalar", "python int", "a number", "two numbers", "otypes")]],
        [(G_XOR,
          "    def one_pair(a, b):\n"
          "        either = perceptron(a, b, OR_WEIGHTS)\n"
          "        not_both = perceptron(a, b, NAND_WEIGHTS)\n"
          "        return perceptron(either, not_both, AND_WEIGHTS)\n"
          "\n"
          "    return np.vectorize(one_pair)(x1, x2)\n")],
    ),
    _bug(
        "gates", "gates_threshold_double_tilde",
        "threshold converts the comparison with ~~(z >= 0.5), the double-tilde idiom of JavaScript: on a "
        "Python bool it gives 1 or 0, but on NumPy booleans ~ is logical not, so arrays come back as "
        "boolean arrays and NumPy scalars as np.bool_ (so perceptron of two numbers gives a bool).",
        [[("~~", "tilde", "~"), ("astype", "int(", "integer")]],
        [(G_THRESH,
          "    if isinstance(z, np.ndarray):\n        return ~~(z >= 0.5)\n"
          "    return ~~(z >= 0.5)  # ~~ turns True/False into 1/0\n")],
    ),
    _bug(
        "gates", "gates_xor_python_not_for_nand",
        "xor builds 'not both' as not perceptron(x1, x2, AND_WEIGHTS), Python's not keyword instead of "
        "the NAND perceptron: two numbers work (not 1 is False), but for arrays not asks for the truth "
        "value of the whole array and raises ValueError.",
        [[("not ",), ("nand", "1 -", "truth value", "ambiguous", "array")]],
        [("    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n",
          "    not_both = not perceptron(x1, x2, AND_WEIGHTS)\n")],
    ),
    _variant(
        "gates", "gates_v_threshold_and_or_idiom",
        "threshold's number branch returns (z >= 0.5) and 1 or 0, the old conditional idiom, which "
        "gives the Python int 1 or 0.",
        [(G_THRESH_NUMBER, "    return (z >= 0.5) and 1 or 0\n")],
    ),
    _variant(
        "gates", "gates_v_nor_from_or_complement",
        "NOR_WEIGHTS are built from OR's as (1 - w0, -w1, -w2), i.e. (1.0, -0.6, -0.6): the sum 1 - z "
        "reaches 0.5 exactly when OR's sum z does not.",
        [("NOR_WEIGHTS = (0.5, -0.6, -0.6)\n",
          "NOR_WEIGHTS = (1.0 - OR_WEIGHTS[0], -OR_WEIGHTS[1], -OR_WEIGHTS[2])  # NOT OR: 1 - z\n")],
    ),
    _variant(
        "gates", "gates_v_xor_not_both_complement_of_and",
        "xor's 'not both' neuron is 1 - perceptron(x1, x2, AND_WEIGHTS), the complement of the AND "
        "output, which is NAND on 0/1 inputs.",
        [("    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n",
          "    not_both = 1 - perceptron(x1, x2, AND_WEIGHTS)\n")],
    ),
    _variant(
        "gates", "gates_v_xor_hidden_list_unpacked",
        "xor builds the hidden layer as a list comprehension over the two weight tuples and unpacks it "
        "into the second-layer AND perceptron.",
        [(G_XOR,
          "    hidden = [perceptron(x1, x2, w) for w in (OR_WEIGHTS, NAND_WEIGHTS)]\n"
          "    return perceptron(*hidden, AND_WEIGHTS)\n")],
    ),
    _variant(
        "gates", "gates_v_perceptron_sum_over_zip",
        "perceptron adds w * x over zip(weights, (1, x1, x2)) with Python's sum, the constant input "
        "x0 = 1 written out, in the same order as the reference.",
        [(G_Z, "    z = sum(w * x for w, x in zip(weights, (1, np.asarray(x1), np.asarray(x2))))\n")],
    ),
    _variant(
        "gates", "gates_v_threshold_bool_times_one",
        "threshold's array branch returns (z >= 0.5) * 1, booleans times 1, an integer array of z's shape.",
        [(G_THRESH_ARRAY, "        return (z >= 0.5) * 1\n")],
    ),
]

# ---------------------------------------------------------------------------- perceptron

P_BODY = (
    "        X = np.asarray(X, dtype=float)\n"
    "        y = np.asarray(y, dtype=float)\n"
    "        self.weights = np.zeros(X.shape[1])\n"
    "        self.bias = 0.0\n"
    "        for _ in range(self.epochs):\n"
    "            for x_i, y_i in zip(X, y):\n"
    "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
    "                update = self.lr * (y_i - prediction)\n"
    "                self.weights += update * x_i  # our own array: safe in place\n"
    "                self.bias = float(self.bias + update)\n"
)
P_INIT = "        self.weights = np.zeros(X.shape[1])\n"
P_EPOCHS = "        for _ in range(self.epochs):\n"
P_SAMPLES = "            for x_i, y_i in zip(X, y):\n"
P_PREDICTION = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
P_UPDATE = "                update = self.lr * (y_i - prediction)\n"
P_WUPDATE = "                self.weights += update * x_i  # our own array: safe in place\n"
P_BUPDATE = "                self.bias = float(self.bias + update)\n"
P_RAISE = "            raise RuntimeError(\"Perceptron.predict: call fit(X, y) first\")\n"
P_PRED_RET = "        return (z >= 0).astype(int)\n"

PERCEPTRON = [
    _bug(
        "perceptron", "perceptron_epochs_at_least_ten",
        "fit runs max(self.epochs, 10) epochs, reading the spec's 'AND and OR are learned within 10 "
        "epochs' as a minimum, so a perceptron asked for fewer than 10 epochs trains for 10.",
        [[("max(", "at least 10", "minimum", "10 epochs", "ten epochs"), ("self.epochs", "epochs")]],
        [(P_EPOCHS, "        for _ in range(max(self.epochs, 10)):  # AND and OR need up to 10\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_unique_rows_reorders",
        "fit first drops duplicate samples with np.unique(X, axis=0, return_index=True) ('duplicates "
        "teach nothing new'), but np.unique returns the rows sorted, so the samples are visited in "
        "sorted order instead of the order given (and repeated samples are dropped).",
        [[("np.unique", "unique", "duplicate"), ("order", "sort")]],
        [("        y = np.asarray(y, dtype=float)\n        self.weights = np.zeros(X.shape[1])\n",
          "        y = np.asarray(y, dtype=float)\n"
          "        _, keep = np.unique(X, axis=0, return_index=True)  # drop duplicate samples\n"
          "        X, y = X[keep], y[keep]\n"
          "        self.weights = np.zeros(X.shape[1])\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_validation_split",
        "fit keeps the last 20% of the samples aside for validation (Keras' validation_split habit) and "
        "trains on the first 80% only, so the last samples never move the weights.",
        [[("validation", "split", "80", "20%", "hold"), ("every sample", "all samples", "all the samples", "whole")]],
        [(P_SAMPLES,
          "            n_train = int(0.8 * len(X))  # keep 20% for validation\n"
          "            for x_i, y_i in zip(X[:n_train], y[:n_train]):\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_nditer_over_rows",
        "fit walks the samples with zip(np.nditer(X), y), but np.nditer visits single elements, not "
        "rows, so each 'sample' is one 0-d feature value and x_i @ self.weights raises ValueError "
        "(matmul needs at least one dimension).",
        [[("nditer",), ("row", "sample", "element", "zip(x, y)")]],
        [(P_SAMPLES, "            for x_i, y_i in zip(np.nditer(X), y):\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_insert_without_axis",
        "fit adds the constant input with np.insert(X, 0, 1.0) but without axis=1; without an axis "
        "np.insert flattens X and puts a single 1.0 in front, so the augmented X is 1-D and "
        "X1.shape[1] raises IndexError.",
        [[("np.insert", "insert"), ("axis=1", "axis", "flatten", "1-d")]],
        [(P_BODY,
          "        X = np.asarray(X, dtype=float)\n"
          "        y = np.asarray(y, dtype=float)\n"
          "        X1 = np.insert(X, 0, 1.0)  # constant input x0 = 1 for the bias\n"
          "        w = np.zeros(X1.shape[1])\n"
          "        for _ in range(self.epochs):\n"
          "            for x_i, y_i in zip(X1, y):\n"
          "                prediction = 1 if x_i @ w >= 0 else 0\n"
          "                w += self.lr * (y_i - prediction) * x_i\n"
          "        self.weights = w[1:]\n"
          "        self.bias = float(w[0])\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_appends_bias_input_to_rows",
        "fit folds the bias in by appending a constant 1.0 to every row of X (row.append(1.0)): a NumPy "
        "array raises AttributeError (arrays have no append), and a list of lists is changed for the "
        "caller, every row one value longer.",
        [[("append",), ("array", "caller", "modif", "copy", "column_stack", "hstack", "np.c_")]],
        [(P_BODY,
          "        for row in X:\n"
          "            row.append(1.0)  # the constant input x0 = 1: the bias is the last weight\n"
          "        X = np.asarray(X, dtype=float)\n"
          "        y = np.asarray(y, dtype=float)\n"
          "        w = np.zeros(X.shape[1])\n"
          "        for _ in range(self.epochs):\n"
          "            for x_i, y_i in zip(X, y):\n"
          "                prediction = 1 if x_i @ w >= 0 else 0\n"
          "                w += self.lr * (y_i - prediction) * x_i\n"
          "        self.weights = w[:-1]\n"
          "        self.bias = float(w[-1])\n")],
    ),
    _bug(
        "perceptron", "perceptron_zero_weights_after_loop",
        "fit's self.weights = np.zeros(...) line sits after the training loop instead of before it, so "
        "the first x_i @ self.weights meets the None set by __init__ and fit raises TypeError (a refit "
        "would train from the old weights and then reset them to zeros).",
        [[("before", "after", "order", "move", "misplaced"), ("zeros", "initial", "none")]],
        [(P_INIT + "        self.bias = 0.0\n" + P_EPOCHS,
          "        self.bias = 0.0\n" + P_EPOCHS),
         (P_BUPDATE, P_BUPDATE + P_INIT)],
    ),
    _bug(
        "perceptron", "perceptron_weights_start_at_lr",
        "fit starts the weights at the learning rate, np.full(n_features, self.lr), 'so that the first "
        "sum is not exactly 0', where the spec starts from zeros.",
        [[("np.full", "start at the learning rate", "initial weights", "initialis", "initializ", "start from"), ("zeros", "zero")]],
        [(P_INIT, "        self.weights = np.full(X.shape[1], self.lr)  # avoid a first sum of exactly 0\n")],
    ),
    _bug(
        "perceptron", "perceptron_predict_maps_sklearn_classes",
        "fit stores scikit-learn's classes_ = np.unique(y) and predict returns classes_[step], so the "
        "labels come back as floats (y was converted to float) instead of an integer array, and a "
        "perceptron fitted on one class raises IndexError once a sum reaches 0.",
        [[("classes_", "np.unique", "unique"), ("integer", "dtype", "float", "astype")]],
        [("        y = np.asarray(y, dtype=float)\n        self.weights = np.zeros(X.shape[1])\n",
          "        y = np.asarray(y, dtype=float)\n        self.classes_ = np.unique(y)\n"
          "        self.weights = np.zeros(X.shape[1])\n"),
         (P_PRED_RET, "        return self.classes_[(z >= 0).astype(int)]\n")],
    ),
    _bug(
        "perceptron", "perceptron_fit_stops_on_plateau",
        "fit counts the mistakes of each epoch and stops as soon as an epoch makes no fewer mistakes "
        "than the one before ('no more progress'), so training can end after two epochs while samples "
        "are still misclassified, where the spec runs every epoch.",
        [[("stop", "break", "early", "plateau", "progress"), ("every epoch", "all epochs", "self.epochs", "no early", "mistake", "misclassif")]],
        [(P_BODY,
          "        X = np.asarray(X, dtype=float)\n"
          "        y = np.asarray(y, dtype=float)\n"
          "        self.weights = np.zeros(X.shape[1])\n"
          "        self.bias = 0.0\n"
          "        previous = len(X) + 1\n"
          "        for _ in range(self.epochs):\n"
          "            mistakes = 0\n"
          "            for x_i, y_i in zip(X, y):\n"
          "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
          "                update = self.lr * (y_i - prediction)\n"
          "                mistakes += int(prediction != y_i)\n"
          "                self.weights += update * x_i  # our own array: safe in place\n"
          "                self.bias = float(self.bias + update)\n"
          "            if mistakes >= previous:  # no more progress\n"
          "                break\n"
          "            previous = mistakes\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_break_after_mistake_free_epoch",
        "fit counts the mistakes of each epoch and stops after an epoch without one: such an epoch "
        "changes nothing, so every later epoch would change nothing either.",
        [(P_BODY,
          "        X = np.asarray(X, dtype=float)\n"
          "        y = np.asarray(y, dtype=float)\n"
          "        self.weights = np.zeros(X.shape[1])\n"
          "        self.bias = 0.0\n"
          "        for _ in range(self.epochs):\n"
          "            mistakes = 0\n"
          "            for x_i, y_i in zip(X, y):\n"
          "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
          "                update = self.lr * (y_i - prediction)\n"
          "                mistakes += update != 0\n"
          "                self.weights += update * x_i  # our own array: safe in place\n"
          "                self.bias = float(self.bias + update)\n"
          "            if mistakes == 0:\n"
          "                break\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_cycle_islice",
        "fit visits epochs * n samples in order with itertools.islice(itertools.cycle(zip(X, y)), ...), "
        "one flat loop instead of two nested ones.",
        [(P_BODY,
          "        import itertools\n"
          "\n"
          "        X = np.asarray(X, dtype=float)\n"
          "        y = np.asarray(y, dtype=float)\n"
          "        self.weights = np.zeros(X.shape[1])\n"
          "        self.bias = 0.0\n"
          "        samples = itertools.islice(itertools.cycle(zip(X, y)), self.epochs * len(X))\n"
          "        for x_i, y_i in samples:\n"
          "            prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
          "            update = self.lr * (y_i - prediction)\n"
          "            self.weights += update * x_i\n"
          "            self.bias = float(self.bias + update)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_predict_sign_nonnegative",
        "predict labels the samples with (np.sign(z) >= 0).astype(int), which is 1 exactly where z >= 0.",
        [(P_PRED_RET, "        return (np.sign(z) >= 0).astype(int)\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_zeros_of_trailing_shape",
        "fit starts the weights with np.zeros(X.shape[1:]), the shape of one sample.",
        [(P_INIT, "        self.weights = np.zeros(X.shape[1:])\n")],
    ),
    _variant(
        "perceptron", "perceptron_v_error_from_boolean_step",
        "fit computes the error as y_i minus the boolean step (x_i @ w + b >= 0), which NumPy subtracts "
        "as 0 or 1, and scales it by lr.",
        [(P_PREDICTION + P_UPDATE,
          "                error = y_i - (x_i @ self.weights + self.bias >= 0)\n"
          "                update = self.lr * error\n")],
    ),
]

# ---------------------------------------------------------------------------- activations

A_SIG = (
    "    z = np.asarray(z, dtype=float)\n"
    "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
    "    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n"
)
A_SIG_CONV = "    z = np.asarray(z, dtype=float)\n    e = np.exp(-np.abs(z))"
A_SIGD = "    s = sigmoid(z)\n    return s * (1.0 - s)\n"
A_TANH = "    return np.tanh(np.asarray(z, dtype=float))\n"
A_TANHD = "    return 1.0 - tanh(z) ** 2\n"
A_RELUD = "    return (np.asarray(z) > 0).astype(float)\n"
A_LEAKY = (
    "    z = np.asarray(z, dtype=float)\n"
    "    # positive part plus alpha times the negative part: one of them is 0\n"
)
A_LEAKYD = "    z = np.asarray(z, dtype=float)\n    return np.where(z > 0, 1.0, alpha)\n"
A_SOFT_HEAD = "    z = np.asarray(z, dtype=float)\n    if z.ndim == 0:\n        return np.float64(1.0)\n"
A_SOFT_EXPS = "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))\n"
A_SOFT_DIV = "    return exps / np.sum(exps, axis=-1, keepdims=True)\n"

ACTIVATIONS = [
    _bug(
        "activations", "act_softmax_dim_keyword",
        "softmax passes dim=-1 (PyTorch's name for the axis) to np.max and np.sum; NumPy's keyword is "
        "axis, so every array raises TypeError (unexpected keyword argument 'dim'); a number still "
        "gives 1.0.",
        [[("dim=", "dim ", "pytorch", "torch"), ("axis",)]],
        [(A_SOFT_EXPS + A_SOFT_DIV,
          "    exps = np.exp(z - np.max(z, dim=-1, keepdims=True))\n"
          "    return exps / np.sum(exps, dim=-1, keepdims=True)\n")],
    ),
    _bug(
        "activations", "act_sigmoid_flattens_input",
        "sigmoid flattens its input with .flatten() ('work on a vector'), so a 2-D array comes back 1-D "
        "and a number comes back as a shape-(1,) array instead of a scalar (sigmoid_derivative with it).",
        [[("flatten", "ravel", "1-d", "flat"), ("shape",)]],
        [(A_SIG_CONV, "    z = np.asarray(z, dtype=float).flatten()\n    e = np.exp(-np.abs(z))")],
    ),
    _bug(
        "activations", "act_softmax_last_axis_is_ndim",
        "softmax takes the last axis to be z.ndim, one past the end (axes count from 0, so the last is "
        "z.ndim - 1, or -1), so every array raises AxisError; a number still gives 1.0.",
        [[("z.ndim", "ndim", "out of bounds", "axiserror", "off-by-one", "off by one"), ("-1", "ndim - 1", "last axis")]],
        [(A_SOFT_EXPS + A_SOFT_DIV,
          "    last = z.ndim  # the last axis\n"
          "    exps = np.exp(z - np.max(z, axis=last, keepdims=True))\n"
          "    return exps / np.sum(exps, axis=last, keepdims=True)\n")],
    ),
    _bug(
        "activations", "act_relu_torch_clamp",
        "relu calls z.clamp(min=0.0), PyTorch's name for clipping; NumPy arrays have no clamp method "
        "(np.maximum or np.clip), so every call raises AttributeError.",
        [[("clamp", "pytorch", "torch"), ("np.maximum", "np.clip", "clip", "maximum")]],
        [("    return np.maximum(np.asarray(z, dtype=float), 0.0)\n",
          "    return np.asarray(z, dtype=float).clamp(min=0.0)\n")],
    ),
    _bug(
        "activations", "act_leaky_relu_alpha_capped_at_one",
        "leaky_relu caps alpha at 1 ('a leaky slope is a small fraction'), so leaky_relu(z, alpha=2.0) "
        "uses the slope 1 on the left instead of 2.",
        [[("cap", "min(alpha", "clip", "1.0", "at most 1"), ("alpha",)]],
        [(A_LEAKY, A_LEAKY + "    alpha = min(alpha, 1.0)  # a leaky slope is a small fraction\n")],
    ),
    _bug(
        "activations", "act_leaky_derivative_from_max_form",
        "leaky_relu_derivative picks the slope where the branch alpha * z wins the maximum, "
        "np.where(alpha * z > z, alpha, 1.0), derived from leaky_relu = max(z, alpha * z): at z = 0 "
        "neither wins and it gives 1 instead of alpha, and for alpha > 1 the two slopes swap sides.",
        [[("alpha * z > z", "max", "branch", "z > 0", "z <= 0"), ("0", "zero", "alpha > 1", "alpha")]],
        [(A_LEAKYD, "    z = np.asarray(z, dtype=float)\n    return np.where(alpha * z > z, alpha, 1.0)\n")],
    ),
    _bug(
        "activations", "act_softmax_temperature_left_in",
        "softmax divides the shifted scores by a temperature of 0.5 left over from a sampling tutorial, "
        "np.exp((z - max) / 0.5), so every distribution is sharper than the softmax of z.",
        [[("temperature", "/ 0.5"), ("exp(z - max", "softmax of z", "remove", "without", "drop")]],
        [(A_SOFT_EXPS, "    exps = np.exp((z - np.max(z, axis=-1, keepdims=True)) / 0.5)  # temperature\n")],
    ),
    _bug(
        "activations", "act_softmax_fixed_shift_1000",
        "softmax subtracts the fixed constant 1000 (the spec's large-score example) instead of each "
        "slice's maximum, so ordinary scores underflow: softmax([1, 2]) is [nan, nan] (0/0, with a "
        "RuntimeWarning).",
        [[("1000", "constant", "fixed"), ("max",)]],
        [(A_SOFT_EXPS, "    exps = np.exp(z - 1000.0)  # shifting by a constant changes nothing\n")],
    ),
    _bug(
        "activations", "act_sigmoid_is_silu",
        "sigmoid returns z * sigmoid(z), the SiLU ('sigmoid linear unit', next to the sigmoid in "
        "PyTorch's list of activations) taken for the sigmoid itself, so sigmoid(0) is 0 instead of "
        "0.5 and large inputs are not squashed into (0, 1).",
        [[("silu", "swish", "z *", "times z", "multipl"), ("1 / (1 + exp", "squash", "(0, 1)", "0.5")]],
        [(A_SIG,
          "    z = np.asarray(z, dtype=float)\n"
          "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
          "    return z * np.where(z >= 0, 1.0, e) / (1.0 + e)  # sigmoid linear unit\n")],
    ),
    _bug(
        "activations", "act_softmax_vector_as_column",
        "softmax turns a 1-D input into a column with z.reshape(-1, 1), scikit-learn's advice for data "
        "with a single feature, so every slice along the last axis holds one score: a vector of n "
        "scores comes back as an (n, 1) column of ones (2-D batches are right).",
        [[("reshape(-1, 1)", "column", "(n, 1)"), ("last axis", "1-d", "vector", "shape")]],
        [(A_SOFT_EXPS,
          "    if z.ndim == 1:\n"
          "        z = z.reshape(-1, 1)  # one sample per row\n" + A_SOFT_EXPS)],
    ),
    _variant(
        "activations", "act_v_sigmoid_textbook_errstate",
        "sigmoid is the textbook 1 / (1 + exp(-z)) inside np.errstate(over='ignore'): exp(1000) is "
        "inf without a warning and 1 / inf is 0.0, so every value is finite.",
        [(A_SIG,
          "    z = np.asarray(z, dtype=float)\n"
          "    with np.errstate(over=\"ignore\"):\n"
          "        return 1.0 / (1.0 + np.exp(-z))\n")],
    ),
    _variant(
        "activations", "act_v_sigmoid_derivative_mirror",
        "sigmoid_derivative is sigmoid(z) * sigmoid(-z), using 1 - sigmoid(z) = sigmoid(-z).",
        [(A_SIGD, "    return sigmoid(z) * sigmoid(-np.asarray(z, dtype=float))\n")],
    ),
    _variant(
        "activations", "act_v_tanh_derivative_four_sigmoid_slope_2z",
        "tanh_derivative is 4 * sigmoid_derivative(2z), from tanh(z) = 2 * sigmoid(2z) - 1 and the "
        "chain rule.",
        [(A_TANHD, "    return 4.0 * sigmoid_derivative(2.0 * np.asarray(z, dtype=float))\n")],
    ),
    _variant(
        "activations", "act_v_relu_derivative_ceil_clip",
        "relu_derivative is np.ceil(np.clip(z, 0, 1)): every positive value clips into (0, 1] and "
        "rounds up to 1, everything else is 0.",
        [(A_RELUD, "    return np.ceil(np.clip(np.asarray(z, dtype=float), 0.0, 1.0))\n")],
    ),
    _variant(
        "activations", "act_v_sigmoid_exp_min_form",
        "sigmoid is exp(min(z, 0)) / (1 + exp(-|z|)), one formula for both signs.",
        [(A_SIG,
          "    z = np.asarray(z, dtype=float)\n"
          "    return np.exp(np.minimum(z, 0.0)) / (1.0 + np.exp(-np.abs(z)))\n")],
    ),
    _variant(
        "activations", "act_v_softmax_log_space",
        "softmax subtracts the log of the shifted normaliser and exponentiates once (log-sum-exp).",
        [(A_SOFT_EXPS + A_SOFT_DIV,
          "    shifted = z - np.max(z, axis=-1, keepdims=True)\n"
          "    log_norm = np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))\n"
          "    return np.exp(shifted - log_norm)\n")],
    ),
    _variant(
        "activations", "act_v_leaky_derivative_filled_then_masked",
        "leaky_relu_derivative fills an array with alpha and writes 1.0 where z > 0.",
        [(A_LEAKYD,
          "    z = np.asarray(z, dtype=float)\n"
          "    slope = np.full(z.shape, alpha, dtype=float)\n"
          "    slope[z > 0] = 1.0\n"
          "    return slope\n")],
    ),
]

# ---------------------------------------------------------------------------- neuron

N_TOTAL = "        total = np.dot(self.weights, inputs) + self.bias\n"
N_FF_RET = "        return float(_sigmoid(total))\n"
N_TINY_FF = (
    "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n"
    "        return self.o1.feedforward(hidden)\n"
)
N_LAYER_LOOP = (
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)\n"
)
N_LAYER_RET = "    return outputs\n"
N_COUNT = (
    "    sizes = [int(n) for n in layer_sizes]\n"
    "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"
)
N_COUNT_RET = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"

NEURON = [
    _bug(
        "neuron", "neuron_count_list_slices_multiplied",
        "count_parameters computes np.sum(sizes[:-1] * sizes[1:] + sizes[1:]) as if layer_sizes were a "
        "NumPy array; for the usual Python list (or tuple) list * list raises TypeError (can't multiply "
        "sequence by non-int), so only arrays work.",
        [[("list", "sequence", "tuple"), ("np.asarray", "np.array", "convert", "zip", "loop")]],
        [(N_COUNT,
          "    sizes = layer_sizes\n"
          "    return int(np.sum(sizes[:-1] * sizes[1:] + sizes[1:]))\n")],
    ),
    _bug(
        "neuron", "neuron_layer_inputs_rebound_in_loop",
        "layer_output rebinds inputs to the current neuron's products, inputs = [x * w ...], inside the "
        "loop over the neurons, so the first neuron is right but every later neuron multiplies its "
        "weights by the previous neuron's products instead of the layer's inputs.",
        [[("inputs", "rebind", "rebound", "overwrit", "reassign", "same name"), ("product", "later neuron", "second neuron", "previous neuron", "each neuron")]],
        [(N_LAYER_LOOP,
          "    for neuron_weights, bias in zip(weights, biases):\n"
          "        inputs = [x * w for x, w in zip(inputs, neuron_weights)]\n"
          "        outputs.append(sum(inputs) + bias)\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_weights_tolist",
        "TinyNetwork converts the shared weights with weights.tolist(), an array method: building a "
        "network from a plain list (as in the spec's example, weights [0, 1]) raises AttributeError; "
        "arrays work.",
        [[("tolist",), ("list", "np.asarray", "array")]],
        [("        self.h1 = Neuron(weights, bias)\n",
          "        weights = weights.tolist()  # plain numbers for every neuron\n"
          "        self.h1 = Neuron(weights, bias)\n")],
    ),
    _bug(
        "neuron", "neuron_count_prev_never_updated",
        "count_parameters keeps the previous layer's width in prev but never updates it inside the "
        "loop, so every layer is counted as if it were connected to the input layer: [3, 5, 5, 5, 2] "
        "gives 68 instead of 92.",
        [[("prev", "previous"), ("update", "prev = ", "input layer", "first layer")]],
        [(N_COUNT_RET,
          "    total = 0\n"
          "    prev = sizes[0] if sizes else 0\n"
          "    for width in sizes[1:]:\n"
          "        total += prev * width + width\n"
          "    return total\n")],
    ),
    _bug(
        "neuron", "neuron_count_int16_widths",
        "count_parameters keeps the widths in np.array(..., dtype=np.int16) ('widths are small numbers'), "
        "so products above 32767 wrap around (with a RuntimeWarning): [784, 128, 10] gives a wrong, even "
        "negative, count.",
        [[("int16", "overflow", "wrap"), ("int(", "python int", "int64", "larger")]],
        [(N_COUNT,
          "    sizes = np.array([int(n) for n in layer_sizes], dtype=np.int16)  # widths are small numbers\n"
          "    return int(sum(a * b + b for a, b in zip(sizes, sizes[1:])))\n")],
    ),
    _bug(
        "neuron", "neuron_layer_inputs_map_used_up",
        "layer_output converts the inputs with inputs = map(float, inputs) before the loop over the "
        "neurons; a map is a one-pass iterator, so the first neuron uses it up and every later neuron's "
        "sum is 0 (it outputs only its bias).",
        [[("map", "iterator", "one-pass", "exhaust", "used up", "consumed"), ("list", "later neuron", "second neuron")]],
        [("    outputs = []\n",
          "    inputs = map(float, inputs)  # accept ints as well\n    outputs = []\n")],
    ),
    _bug(
        "neuron", "neuron_layer_transposes_square_weights",
        "layer_output guesses the layout: when there are as many weight rows as inputs it reads them as "
        "one row per input (another tutorial's layout) and transposes them, so every square layer, "
        "such as the docstring's 2 x 2 example, pairs the inputs with the wrong weights.",
        [[("transpose", "layout", "guess", "square", "weights[i][j]"), ("neuron", "row", "weights[j]")]],
        [("    outputs = []\n",
          "    if len(weights) == len(inputs):  # one row per input, as in some tutorials\n"
          "        weights = [list(column) for column in zip(*weights)]\n"
          "    outputs = []\n")],
    ),
    _bug(
        "neuron", "neuron_tiny_hidden_index_slip",
        "TinyNetwork.feedforward fills hidden = [0.0, 0.0] by index but writes h2's output into "
        "hidden[0] as well (a copy slip for hidden[1]), so o1 sees [h2's output, 0.0]: the spec's "
        "example gives 0.5 instead of 0.7216325609518421.",
        [[("hidden[1]", "index", "second slot", "slot"), ("0.0", "zero", "overwrit", "h1", "h2")]],
        [(N_TINY_FF,
          "        hidden = [0.0, 0.0]\n"
          "        hidden[0] = self.h1.feedforward(x)\n"
          "        hidden[0] = self.h2.feedforward(x)\n"
          "        return self.o1.feedforward(hidden)\n")],
    ),
    _bug(
        "neuron", "neuron_count_copy_method_on_sequence",
        "count_parameters copies the widths with layer_sizes.copy() so as not to touch the caller's "
        "list, but .copy() is a list method: a tuple has none (AttributeError), and for a NumPy array "
        "the sum comes back as a NumPy integer instead of an int; lists work.",
        [[(".copy()", "copy"), ("tuple", "list(", "sequence")]],
        [(N_COUNT,
          "    sizes = layer_sizes.copy()  # do not touch the caller's list\n"
          "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n")],
    ),
    _bug(
        "neuron", "neuron_count_running_total_on_function",
        "count_parameters adds each count to a running total kept on the function "
        "(count_parameters.total) and returns that total, so the first call is right and every later "
        "call also counts the networks of the calls before it.",
        [[STATE, ("total", "running", "accumulat")]],
        [(N_COUNT_RET,
          "    count_parameters.total = getattr(count_parameters, \"total\", 0) + sum(\n"
          "        a * b + b for a, b in zip(sizes, sizes[1:])\n"
          "    )\n"
          "    return count_parameters.total\n")],
    ),
    _variant(
        "neuron", "neuron_v_count_inputs_plus_one",
        "count_parameters counts (a + 1) * b per pair of layers: a weights and one bias for each of "
        "the b neurons.",
        [(N_COUNT_RET, "    return sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))\n")],
    ),
    _variant(
        "neuron", "neuron_v_feedforward_tolist",
        "Neuron.feedforward returns _sigmoid(total).tolist(), which turns the NumPy scalar into a "
        "Python float.",
        [(N_FF_RET, "        return _sigmoid(total).tolist()  # a NumPy scalar becomes a Python float\n")],
    ),
    _variant(
        "neuron", "neuron_v_layer_index_loops",
        "layer_output uses two index loops and a running total per neuron, in the reference's order.",
        [(N_LAYER_LOOP,
          "    for j in range(len(weights)):\n"
          "        total = 0\n"
          "        for i in range(len(inputs)):\n"
          "            total += inputs[i] * weights[j][i]\n"
          "        outputs.append(total + biases[j])\n")],
    ),
    _variant(
        "neuron", "neuron_v_count_range_index",
        "count_parameters walks the pairs of layers by index, sizes[i] * sizes[i + 1] + sizes[i + 1].",
        [(N_COUNT_RET,
          "    return sum(sizes[i] * sizes[i + 1] + sizes[i + 1] for i in range(len(sizes) - 1))\n")],
    ),
    _variant(
        "neuron", "neuron_v_tiny_hidden_as_ndarray",
        "TinyNetwork.feedforward hands o1 the hidden outputs as a NumPy array.",
        [(N_TINY_FF,
          "        hidden = np.array([self.h1.feedforward(x), self.h2.feedforward(x)])\n"
          "        return self.o1.feedforward(hidden)\n")],
    ),
    _variant(
        "neuron", "neuron_v_feedforward_fsum",
        "Neuron.feedforward adds the products with math.fsum over zip(weights, inputs), then the bias.",
        [(N_TOTAL,
          "        import math\n"
          "\n"
          "        total = math.fsum(w * x for w, x in zip(self.weights, inputs)) + self.bias\n")],
    ),
]

# ---------------------------------------------------------------------------- loss

L_CONV = (
    "    y_true = np.asarray(y_true, dtype=float).ravel()\n"
    "    y_pred = np.asarray(y_pred, dtype=float).ravel()\n"
)
L_EMPTY_RET = (
    "    if y_true.size == 0:\n"
    "        raise ValueError(\"mse_loss: the inputs are empty; there is no mean to take\")\n"
    "    return float(np.mean((y_true - y_pred) ** 2))\n"
)
L_RET = "    return float(np.mean((y_true - y_pred) ** 2))\n"
L_MSE_CHECK = (
    "    if y_true.size != y_pred.size:\n"
    "        raise ValueError(\n"
    "            f\"mse_loss: y_true has {y_true.size} values but y_pred has \"\n"
    "            f\"{y_pred.size}; they must hold the same number of elements\"\n"
    "        )\n"
)
LG_RET = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
LG_BODY = (
    "    y_pred = np.asarray(y_pred, dtype=float)\n"
    "    y_true = np.asarray(y_true, dtype=float)\n"
    "    if y_true.size != y_pred.size:\n"
    "        raise ValueError(\n"
    "            f\"mse_loss_gradient: y_true has {y_true.size} values but y_pred has \"\n"
    "            f\"{y_pred.size}; they must hold the same number of elements\"\n"
    "        )\n"
    "    if y_pred.size == 0:\n"
    "        raise ValueError(\"mse_loss_gradient: the inputs are empty\")\n"
    + LG_RET
)

LOSS = [
    _bug(
        "loss", "loss_mse_square_written_with_swapped_factor",
        "mse_loss writes the square as (y_true - y_pred) * (y_pred - y_true), the second difference the "
        "other way round, so every squared error is negated and the loss is negative (-0.5 for the "
        "spec's example).",
        [[("negative", "sign", "(y_pred - y_true)"), ("** 2", "square")]],
        [(L_RET, "    return float(np.mean((y_true - y_pred) * (y_pred - y_true)))\n")],
    ),
    _bug(
        "loss", "loss_grad_asmatrix",
        "mse_loss_gradient converts y_pred with np.asmatrix (a MATLAB-style matrix), which is always "
        "2-D, so a vector of predictions gives a (1, n) np.matrix gradient instead of an (n,) array "
        "(every result is an np.matrix, and NumPy warns: PendingDeprecationWarning).",
        [[("asmatrix", "matrix"), ("asarray", "ndarray", "shape", "(n,)")]],
        [("    y_pred = np.asarray(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)\n",
          "    y_pred = np.asmatrix(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)\n")],
    ),
    _bug(
        "loss", "loss_mse_normalised_by_target_variance",
        "mse_loss divides the mean squared error by the variance of the targets (a normalised MSE from "
        "a regression tutorial): the spec's example gives 2.0 instead of 0.5, and constant targets "
        "divide by zero (inf or nan, with a RuntimeWarning).",
        [[("var", "normalis", "normaliz"), ("mean", "divid")]],
        [(L_RET, "    return float(np.mean((y_true - y_pred) ** 2) / np.var(y_true))\n")],
    ),
    _bug(
        "loss", "loss_grad_cross_entropy_formula",
        "mse_loss_gradient returns (y_pred - y_true) / (y_pred * (1 - y_pred)) / N, the gradient of the "
        "binary cross-entropy (a classification habit), instead of 2 * (y_pred - y_true) / N; "
        "predictions of exactly 0 or 1 divide by zero.",
        [[("cross-entropy", "cross entropy", "bce", "log loss", "y_pred * (1", "(1 - y_pred)"), ("2 * (y_pred - y_true)", "2 *", "factor 2", "factor of 2", "squared error")]],
        [(LG_RET,
          "    y_true = y_true.reshape(y_pred.shape)\n"
          "    return (y_pred - y_true) / (y_pred * (1.0 - y_pred)) / y_pred.size\n")],
    ),
    _bug(
        "loss", "loss_mse_hinge_formula",
        "mse_loss computes the hinge loss mean(max(0, 1 - y_true * y_pred)) of a classification "
        "tutorial instead of the mean squared error: the spec's example gives 1.0 instead of 0.5.",
        [[("hinge", "max(0"), ("square", "** 2")]],
        [(L_RET, "    return float(np.mean(np.maximum(0.0, 1.0 - y_true * y_pred)))\n")],
    ),
    _bug(
        "loss", "loss_mse_sigmoid_on_predictions",
        "mse_loss passes y_pred through the sigmoid first, treating the predictions as raw scores "
        "(logits) as losses 'with logits' do, so the spec's example gives 0.25 instead of 0.5.",
        [[("sigmoid", "logit", "squash"), ("as given", "directly", "raw", "already", "probabilit")]],
        [(L_RET, "    y_pred = 1.0 / (1.0 + np.exp(-y_pred))  # the network gives raw scores\n" + L_RET)],
    ),
    _bug(
        "loss", "loss_mse_std_for_variance",
        "mse_loss uses the decomposition mean(d) ** 2 + variance of the differences d but writes "
        "np.std(d), the standard deviation, for the variance, so the spec's example gives 0.75 "
        "instead of 0.5.",
        [[("std", "standard deviation"), ("var", "variance", "square", "** 2")]],
        [(L_RET, "    d = y_true - y_pred\n    return float(np.mean(d) ** 2 + np.std(d))  # bias^2 + variance\n")],
    ),
    _bug(
        "loss", "loss_mse_rejects_numbers_and_3d",
        "mse_loss rejects inputs that are not 1-D or 2-D (ValueError 'expected a vector or a column'), "
        "so two numbers, or 3-D arrays with matching sizes, raise instead of giving their MSE.",
        [[("ndim", "1-d or 2-d", "number", "scalar", "0-d", "3-d"), ("any shape", "ravel", "flatten", "reject", "valueerror")]],
        [(L_CONV,
          "    y_true = np.asarray(y_true, dtype=float)\n"
          "    y_pred = np.asarray(y_pred, dtype=float)\n"
          "    if y_true.ndim not in (1, 2) or y_pred.ndim not in (1, 2):\n"
          "        raise ValueError(\"mse_loss: expected a vector or a column of values\")\n"
          "    y_true = y_true.ravel()\n"
          "    y_pred = y_pred.ravel()\n")],
    ),
    _bug(
        "loss", "loss_mse_skipna_keyword",
        "mse_loss passes skipna=True to np.mean (a pandas habit); NumPy's mean has no such keyword, so "
        "every call raises TypeError.",
        [[("skipna",), ("nanmean", "keyword", "remove", "drop", "np.mean(")]],
        [(L_RET, "    return float(np.mean((y_true - y_pred) ** 2, skipna=True))\n")],
    ),
    _bug(
        "loss", "loss_mse_zip_longest_pads",
        "mse_loss drops the size check and pairs the values with itertools.zip_longest(..., "
        "fillvalue=0.0), so inputs with different numbers of elements are padded with zeros and give a "
        "number instead of raising ValueError (unless y_true is empty).",
        [[("zip_longest", "pad", "fillvalue"), ("valueerror", "size", "number of elements", "mismatch")]],
        [(L_MSE_CHECK, ""),
         (L_RET,
          "    import itertools\n"
          "\n"
          "    pairs = itertools.zip_longest(y_true, y_pred, fillvalue=0.0)  # missing values count as 0\n"
          "    return float(np.mean([(t - p) ** 2 for t, p in pairs]))\n")],
    ),
    _variant(
        "loss", "loss_v_mse_squared_norm_over_n",
        "mse_loss is the squared Euclidean norm of the difference divided by N.",
        [(L_RET, "    return float(np.linalg.norm(y_true - y_pred) ** 2 / y_true.size)\n")],
    ),
    _variant(
        "loss", "loss_v_mse_var_plus_mean_squared",
        "mse_loss is var(d) + mean(d) ** 2 of the differences d, which equals mean(d ** 2).",
        [(L_RET, "    d = y_true - y_pred\n    return float(np.var(d) + np.mean(d) ** 2)\n")],
    ),
    _variant(
        "loss", "loss_v_grad_validates_with_mse_loss",
        "mse_loss_gradient calls mse_loss first to raise ValueError for mismatched or empty inputs.",
        [(LG_BODY,
          "    mse_loss(y_true, y_pred)  # raises ValueError for mismatched or empty inputs\n"
          "    y_pred = np.asarray(y_pred, dtype=float)\n"
          "    y_true = np.asarray(y_true, dtype=float)\n"
          + LG_RET)],
    ),
    _variant(
        "loss", "loss_v_mse_pred_reshaped_to_true_shape",
        "mse_loss keeps y_true's shape and reshapes y_pred to it (the sizes are checked first) "
        "instead of flattening both.",
        [(L_CONV,
          "    y_true = np.asarray(y_true, dtype=float)\n"
          "    y_pred = np.asarray(y_pred, dtype=float)\n"),
         (L_RET, "    return float(np.mean((y_true - y_pred.reshape(y_true.shape)) ** 2))\n")],
    ),
    _variant(
        "loss", "loss_v_mse_strict_zip_list",
        "mse_loss adds the squared differences over zip(y_true, y_pred, strict=True) and divides by "
        "their count.",
        [(L_RET,
          "    squares = [(t - p) ** 2 for t, p in zip(y_true, y_pred, strict=True)]\n"
          "    return float(sum(squares) / len(squares))\n")],
    ),
    _variant(
        "loss", "loss_v_grad_negated_difference",
        "mse_loss_gradient writes -2 * (y_true - y_pred) / N.",
        [(LG_RET, "    return -2.0 * (y_true.reshape(y_pred.shape) - y_pred) / y_pred.size\n")],
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
B_DLDO1 = "    d_L_d_o1 = -2.0 * (y_true - o1)\n"
B_SLOPES = (
    "    d_o1 = o1 * (1.0 - o1)\n"
    "    d_h1 = h1 * (1.0 - h1)\n"
    "    d_h2 = h2 * (1.0 - h2)\n"
)
B_BP_FWD = (
    "    p = params\n"
    "    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
    "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
    "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
    "\n"
    + B_DLDO1
)
B_GRADS_RET = "    return {name: float(grads[name]) for name in PARAM_NAMES}\n"
B_SGD = (
    "    return {\n"
    "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
    "    }\n"
)
B_TRAIN_SAMPLES = "        for x, y_true in zip(data, all_y_trues):\n"
B_TRAIN_STEP = "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
B_TRAIN = (
    "    params = dict(params)\n"
    "    losses = []\n"
    "    for _ in range(epochs):\n"
    + B_TRAIN_SAMPLES + B_TRAIN_STEP
    + "        predictions = [feedforward(params, x) for x in data]\n"
    "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
    "        losses.append(float(sum(errors) / len(errors)))\n"
    "    return params, losses\n"
)
B_TRAIN_RET = "    return params, losses\n"

BACKPROP = [
    _bug(
        "backprop", "bp_train_skips_correct_samples",
        "train skips every sample the network already classifies correctly (round(o1) == y_true), a "
        "perceptron habit; the squared error still has a gradient there, so those steps are missing "
        "and the parameters and losses differ.",
        [[("skip", "continue", "correct"), ("gradient", "every sample", "all samples", "each sample")]],
        [(B_TRAIN_STEP,
          "            if round(feedforward(params, x)) == y_true:\n"
          "                continue  # already right: nothing to learn\n"
          + B_TRAIN_STEP)],
    ),
    _bug(
        "backprop", "bp_train_loop_without_zip",
        "train writes for x, y_true in data, all_y_trues: without zip, so it loops over the two-element "
        "tuple (data, all_y_trues) and tries to unpack the whole data set into x and y_true: ValueError "
        "(too many values to unpack) for the four-sample data set.",
        [[("zip",), ("tuple", "unpack", "pair")]],
        [(B_TRAIN_SAMPLES, "        for x, y_true in data, all_y_trues:\n")],
    ),
    _bug(
        "backprop", "bp_sgd_step_parenthesis_around_rate",
        "sgd_step writes float(params[name] - learn_rate) * grads[name], the parenthesis closed after "
        "learn_rate, so it returns (param - learn_rate) * grad instead of param - learn_rate * grad.",
        [[("parenthes", "bracket", "precedence"), ("learn_rate * grad", "param - learn_rate", "params[name] -")]],
        [(B_SGD,
          "    return {\n"
          "        name: float(params[name] - learn_rate) * grads[name] for name in PARAM_NAMES\n"
          "    }\n")],
    ),
    _bug(
        "backprop", "bp_train_returns_keras_history",
        "train returns (params, {'loss': losses}), a Keras-style history dict, instead of the list of "
        "losses.",
        [[("dict", "history", "keras"), ("list",)]],
        [(B_TRAIN_RET, "    return params, {\"loss\": losses}  # like Keras' History.history\n")],
    ),
    _bug(
        "backprop", "bp_backprop_label_compared_with_is",
        "backprop picks dL/do1 with if y_true is 1 (else 2 * o1, the formula for label 0); is tests "
        "identity, not equality, so a float label 1.0 (as in ALL_Y_TRUES, and so in train) takes the "
        "label-0 branch (Python also warns: SyntaxWarning, 'is' with a literal).",
        [[(" is ", "identity", "is 1"), ("==", "equality", "-2 * (y_true - o1)", "y_true - o1")]],
        [(B_DLDO1,
          "    if y_true is 1:\n"
          "        d_L_d_o1 = -2.0 * (1 - o1)\n"
          "    else:\n"
          "        d_L_d_o1 = 2.0 * o1\n")],
    ),
    _bug(
        "backprop", "bp_sgd_step_sorted_names_zipped",
        "sgd_step computes the new values over sorted(params), alphabetical (b1, b2, b3, w1, ...), and "
        "zips them with PARAM_NAMES (w1, ..., b3), so every new value lands under the wrong name "
        "(w1 gets b1's).",
        [[("sorted", "alphabetical", "order"), ("param_names", "name", "key", "zip")]],
        [(B_SGD,
          "    new_values = [params[n] - learn_rate * grads[n] for n in sorted(params)]\n"
          "    return dict(zip(PARAM_NAMES, (float(v) for v in new_values)))\n")],
    ),
    _bug(
        "backprop", "bp_backprop_rounded_to_seven_decimals",
        "backprop rounds every derivative to 7 decimals, the precision of the spec's fact (0.0214695), "
        "so derivatives below 5e-8 become 0 and every derivative loses its later digits, which changes "
        "train's trajectory.",
        [[("round",), ("precision", "decimal", "exact", "full", "digits")]],
        [(B_GRADS_RET, "    return {name: round(float(grads[name]), 7) for name in PARAM_NAMES}\n")],
    ),
    _bug(
        "backprop", "bp_train_loss_zips_data_for_labels",
        "train's epoch loss zips the predictions with data instead of all_y_trues (a copy slip), so each "
        "'label' is a sample row and float(sum(errors) / len(errors)) of a two-element array raises "
        "TypeError.",
        [[("all_y_trues", "label", "target"), ("data", "zip", "row", "sample")]],
        [("        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n",
          "        errors = [(y - o) ** 2 for y, o in zip(data, predictions)]\n")],
    ),
    _bug(
        "backprop", "bp_train_four_samples_hardcoded",
        "train loops for i in range(4), the four people of the lesson typed in, so a data set of three "
        "samples raises IndexError and one of more than four trains on its first four only.",
        [[("range(4)", "four", "hard-coded", "hardcoded"), ("len(data)", "zip", "data set", "every sample")]],
        [(B_TRAIN_SAMPLES,
          "        for i in range(4):  # Alice, Bob, Charlie and Diana\n"
          "            x, y_true = data[i], all_y_trues[i]\n")],
    ),
    _bug(
        "backprop", "bp_train_minibatches_of_two",
        "train averages the gradients of pairs of samples and takes one step per mini-batch of two (a "
        "batch_size habit) instead of one step per sample, so the trajectory differs.",
        [[("batch", "average", "pair"), ("one sample", "each sample", "every sample", "stochastic", "per sample")]],
        [(B_TRAIN_SAMPLES + B_TRAIN_STEP,
          "        for start in range(0, len(data), 2):  # mini-batches of two samples\n"
          "            batch = list(zip(data[start:start + 2], all_y_trues[start:start + 2]))\n"
          "            grads = dict.fromkeys(PARAM_NAMES, 0.0)\n"
          "            for x, y_true in batch:\n"
          "                for name, g in backprop(params, x, y_true).items():\n"
          "                    grads[name] += g / len(batch)\n"
          "            params = sgd_step(params, grads, learn_rate)\n")],
    ),
    _variant(
        "backprop", "bp_v_train_by_sample_index",
        "train visits the samples by index, data[i] with all_y_trues[i].",
        [(B_TRAIN_SAMPLES + B_TRAIN_STEP,
          "        for i in range(len(data)):\n"
          "            params = sgd_step(params, backprop(params, data[i], all_y_trues[i]), learn_rate)\n")],
    ),
    _variant(
        "backprop", "bp_v_backprop_slopes_from_sums",
        "backprop keeps the weighted sums z1, z2, z3 and writes each slope as _sigmoid(z) * (1 - "
        "_sigmoid(z)), the same numbers as h * (1 - h).",
        [(B_BP_FWD,
          "    p = params\n"
          "    z1 = p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"]\n"
          "    z2 = p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"]\n"
          "    h1, h2 = _sigmoid(z1), _sigmoid(z2)\n"
          "    z3 = p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"]\n"
          "    o1 = _sigmoid(z3)\n"
          "\n"
          + B_DLDO1),
         (B_SLOPES,
          "    d_o1 = _sigmoid(z3) * (1.0 - _sigmoid(z3))\n"
          "    d_h1 = _sigmoid(z1) * (1.0 - _sigmoid(z1))\n"
          "    d_h2 = _sigmoid(z2) * (1.0 - _sigmoid(z2))\n")],
    ),
    _variant(
        "backprop", "bp_v_sgd_step_zip_param_names",
        "sgd_step builds the new dict with dict(zip(PARAM_NAMES, ...)) over a generator in PARAM_NAMES "
        "order.",
        [(B_SGD,
          "    return dict(zip(PARAM_NAMES, (float(params[n] - learn_rate * grads[n]) for n in PARAM_NAMES)))\n")],
    ),
    _variant(
        "backprop", "bp_v_feedforward_neuron_helper",
        "feedforward computes the three neurons with one small helper function.",
        [(B_FF,
          "    def neuron(wa, wb, b, a0, a1):\n"
          "        return _sigmoid(params[wa] * a0 + params[wb] * a1 + params[b])\n"
          "\n"
          "    h1 = neuron(\"w1\", \"w2\", \"b1\", x[0], x[1])\n"
          "    h2 = neuron(\"w3\", \"w4\", \"b2\", x[0], x[1])\n"
          "    return float(neuron(\"w5\", \"w6\", \"b3\", h1, h2))\n")],
    ),
    _variant(
        "backprop", "bp_v_train_losses_preallocated",
        "train preallocates losses = [0.0] * epochs and fills losses[epoch].",
        [(B_TRAIN,
          "    params = dict(params)\n"
          "    losses = [0.0] * epochs\n"
          "    for epoch in range(epochs):\n"
          + B_TRAIN_SAMPLES + B_TRAIN_STEP
          + "        predictions = [feedforward(params, x) for x in data]\n"
          "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
          "        losses[epoch] = float(sum(errors) / len(errors))\n"
          "    return params, losses\n")],
    ),
    _variant(
        "backprop", "bp_v_dLdo1_sign_inside",
        "backprop writes dL/do1 as 2 * (o1 - y_true).",
        [(B_DLDO1, "    d_L_d_o1 = 2.0 * (o1 - y_true)\n")],
    ),
]

# ---------------------------------------------------------------------------- mlp

M_FWD = (
    "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
    "        return _sigmoid(A1 @ self.W2 + self.b2)\n"
)
M_LOSS_RET = "        return float(np.mean((A2 - Y) ** 2))\n"
M_BWD_FWD = (
    "        X = np.asarray(X, dtype=float)\n"
    "        A1 = _sigmoid(X @ self.W1 + self.b1)\n"
    "        A2 = _sigmoid(A1 @ self.W2 + self.b2)\n"
)
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
M_FIT_ALLOC = "        losses = np.empty(epochs)\n"
M_FIT_EPOCHS = "        for epoch in range(epochs):\n"
M_PREDICT = "        return (self.forward(X) >= 0.5).astype(int)\n"

MLP = [
    _bug(
        "mlp", "mlp_backward_half_sum_convention",
        "backward starts from dZ2 = (A2 - Y) * A2 * (1 - A2), the gradient of E = 1/2 * sum((A2 - Y) "
        "** 2) from another tutorial, while loss is the mean: every gradient is N / 2 times too large "
        "(N = m * output_size).",
        [[("2 / n", "2/n", "2 / (m", "mean", "factor"), ("1/2", "half", "sum")]],
        [(M_DZ2, "        dZ2 = (A2 - Y) * A2 * (1.0 - A2)  # E = 1/2 * sum of squared errors\n")],
    ),
    _bug(
        "mlp", "mlp_loss_spectral_norm",
        "loss computes np.linalg.norm(A2 - Y, ord=2) ** 2 / N, but for a matrix ord=2 is the spectral "
        "norm (the largest singular value), not the Frobenius norm: one output column gives the right "
        "value, several outputs give a smaller loss.",
        [[("ord=2", "spectral", "singular"), ("frobenius", "mean", "ord='fro'", "ord=\"fro\"")]],
        [(M_LOSS_RET, "        return float(np.linalg.norm(A2 - Y, ord=2) ** 2 / A2.size)\n")],
    ),
    _bug(
        "mlp", "mlp_step_biases_double_rate",
        "step moves the biases with twice the learning rate (a tutorial's tip that biases can learn "
        "faster), param -= 2 * lr * grad for b1 and b2, where the spec applies lr to every parameter.",
        [[("bias", "b1", "b2"), ("2 *", "twice", "double", "same learning rate", "self.lr")]],
        [(M_STEP,
          "        for name in PARAM_NAMES:\n"
          "            param = getattr(self, name)\n"
          "            rate = 2 * self.lr if name.startswith(\"b\") else self.lr  # biases learn faster\n"
          "            param -= rate * grads[name]\n")],
    ),
    _bug(
        "mlp", "mlp_backward_self_sigmoid",
        "backward calls self._sigmoid(...), as if the module's _sigmoid were a method of the class (a "
        "Java habit); MLP has no such attribute, so every backward, and fit with it, raises "
        "AttributeError.",
        [[("self._sigmoid", "method", "attribute"), ("module", "_sigmoid(", "function")]],
        [(M_BWD_FWD,
          "        X = np.asarray(X, dtype=float)\n"
          "        A1 = self._sigmoid(X @ self.W1 + self.b1)\n"
          "        A2 = self._sigmoid(A1 @ self.W2 + self.b2)\n")],
    ),
    _bug(
        "mlp", "mlp_fit_returns_slice_to_loop_variable",
        "fit returns losses[:epoch], with epoch the loop variable left at the last index (epochs - 1), so "
        "the last loss is cut off (and fit(epochs=0) raises UnboundLocalError).",
        [[("[:epoch]", "slice", "last loss", "cut", "epochs - 1", "one short", "one loss"), ("losses", "return")]],
        [("        return losses\n", "        return losses[:epoch]  # the epochs that ran\n")],
    ),
    _bug(
        "mlp", "mlp_forward_tile_single_count",
        "forward repeats the hidden bias for every sample with np.tile(self.b1, len(X)), but a single "
        "count tiles along the last axis, into a (1, hidden_size * m) row: one sample works, more raise "
        "ValueError (operands could not be broadcast).",
        [[("tile",), ("broadcast", "(m, 1)", "axis", "len(x), 1", "shape")]],
        [(M_FWD,
          "        X = np.asarray(X, dtype=float)\n"
          "        A1 = _sigmoid(X @ self.W1 + np.tile(self.b1, len(X)))  # one bias row per sample\n"
          "        return _sigmoid(A1 @ self.W2 + self.b2)\n")],
    ),
    _bug(
        "mlp", "mlp_fit_losses_sized_by_samples",
        "fit allocates the losses with np.zeros_like(X[:, 0]), one slot per sample instead of one per "
        "epoch: more epochs than samples raise IndexError, fewer leave trailing zeros in the returned "
        "array.",
        [[("sample", "x[:, 0]", "zeros_like", "len(x)"), ("epoch",)]],
        [(M_FIT_ALLOC, "        losses = np.zeros_like(np.asarray(X, dtype=float)[:, 0])  # one loss each\n")],
    ),
    _bug(
        "mlp", "mlp_backward_matmul_out_into_W1",
        "backward computes W1's gradient with np.matmul(X.T, dZ1, out=self.W1) to avoid a new array, "
        "which writes the gradient into the network's own W1: after backward the weights are gone, and "
        "the returned gradient is W1 itself, so step scales it instead of moving the weights.",
        [[("out=", "in place", "overwrit", "writes"), ("w1", "weights", "parameter")]],
        [("            \"W1\": X.T @ dZ1,\n",
          "            \"W1\": np.matmul(X.T, dZ1, out=self.W1),  # no new array\n")],
    ),
    _bug(
        "mlp", "mlp_fit_loops_over_self_epochs",
        "fit loops over range(self.epochs), the perceptron's attribute, but an MLP keeps no epochs (it "
        "is fit's argument), so fit raises AttributeError.",
        [[("self.epochs",), ("argument", "parameter", "epochs)")]],
        [(M_FIT_EPOCHS, "        for epoch in range(self.epochs):\n")],
    ),
    _bug(
        "mlp", "mlp_backward_dW2_before_output_slope",
        "backward computes W2's gradient from dA2 = 2 * (A2 - Y) / N on the line before the output "
        "sigmoid's slope is applied, so dW2 misses the factor A2 * (1 - A2) while b2, W1 and b1 have it.",
        [[("slope", "a2 * (1", "sigmoid"), ("w2", "dw2", "before", "order")]],
        [(M_DZ2,
          "        dA2 = 2.0 * (A2 - Y) / A2.size\n"
          "        dW2 = A1.T @ dA2  # output layer first\n"
          "        dZ2 = dA2 * A2 * (1.0 - A2)\n"),
         ("            \"W2\": A1.T @ dZ2,\n", "            \"W2\": dW2,\n")],
    ),
    _variant(
        "mlp", "mlp_v_backward_dZ1_no_parentheses",
        "backward writes dZ1 = dZ2 @ W2.T * A1 * (1 - A1) without parentheses; @ and * have the same "
        "precedence and group from the left, so the product is the same.",
        [(M_DZ1, "        dZ1 = dZ2 @ self.W2.T * A1 * (1.0 - A1)\n")],
    ),
    _variant(
        "mlp", "mlp_v_loss_frobenius_norm",
        "loss is the squared Frobenius norm of A2 - Y divided by the number of elements.",
        [(M_LOSS_RET, "        return float(np.linalg.norm(A2 - Y) ** 2 / A2.size)\n")],
    ),
    _variant(
        "mlp", "mlp_v_step_ellipsis_assignment",
        "step writes param[...] = param - lr * grad, which fills the same array with the new values.",
        [(M_STEP,
          "        for name in PARAM_NAMES:\n"
          "            param = getattr(self, name)\n"
          "            param[...] = param - self.lr * grads[name]\n")],
    ),
    _variant(
        "mlp", "mlp_v_bias_grads_ones_row",
        "backward sums the deltas over the samples with a row of ones, np.ones((1, m)) @ dZ.",
        [("            \"b1\": dZ1.sum(axis=0, keepdims=True),\n",
          "            \"b1\": np.ones((1, X.shape[0])) @ dZ1,\n"),
         ("            \"b2\": dZ2.sum(axis=0, keepdims=True),\n",
          "            \"b2\": np.ones((1, X.shape[0])) @ dZ2,\n")],
    ),
    _variant(
        "mlp", "mlp_v_predict_heaviside",
        "predict returns np.heaviside(forward(X) - 0.5, 1).astype(int), 1 from exactly 0.5 up.",
        [(M_PREDICT, "        return np.heaviside(self.forward(X) - 0.5, 1.0).astype(int)\n")],
    ),
    _variant(
        "mlp", "mlp_v_fit_grads_before_loss",
        "fit computes the gradients first, then records the loss, then steps: both at the same "
        "parameters.",
        [(M_FIT,
          "        losses = np.empty(epochs)\n"
          "        for epoch in range(epochs):\n"
          "            grads = self.backward(X, y)\n"
          "            losses[epoch] = self.loss(X, y)\n"
          "            self.step(grads)\n"
          "        return losses\n")],
    ),
]

CASES = GATES + PERCEPTRON + ACTIVATIONS + NEURON + LOSS + BACKPROP + MLP
