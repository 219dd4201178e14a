"""The corpus: single-module changes to the reference solutions, with the grade each must get.

A case never copies a whole solution file. It names one module of ``solutions/``
and lists ``(old, new)`` text replacements, each of which must match that
module's text exactly once (anything else is an error in the corpus, reported
at once). ``submission(case)`` builds the submission in memory: all seven
reference modules, only the named one changed.

Two kinds of case:

- ``bug``: a realistic student mistake. The case's exercise must lose points in
  exactly the tests listed in ``fails`` (names as they appear in the results,
  e.g. ``"sigmoid_derivative"`` or ``"gate_weights[AND]"``), every other test of
  every exercise must pass, and, unless ``hint`` is None, the hint of the first
  listed test must contain ``hint``. ``also`` pins the hints of later failing
  tests where one mistake explains them (``{"tiny_network": "fix Neuron first"}``):
  each must contain its text. ``crashes`` marks a bug whose code raises in some of the
  failing tests (an error of the student's code, status error, where its hint still names it).
- ``alternative``: a different but correct answer; it must get full marks.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from kit import MODULES, SOLUTIONS

from autograder.intake.submission import Submission


class CorpusError(ValueError):
    """A case that cannot be applied to the reference solutions as written."""


@dataclass(frozen=True)
class Case:
    name: str
    module: str
    replacements: tuple[tuple[str, str], ...]
    fails: tuple[str, ...] = ()  # empty: an alternative that must get full marks
    hint: str | None = None  # must appear in the hint of fails[0]
    about: str = ""  # what the student wrote, in a sentence
    also: tuple[tuple[str, str], ...] = ()  # (test, text): text must appear in that failing test's hint
    crashes: bool = False  # the student's code raises in the failing tests (status error), as written
    # tests that may fail or pass: a training at a large rate that this bug makes chaotic, whose end
    # turns on the last bits of the floating point (the BLAS, the CPU), so machines differ
    chaotic: tuple[str, ...] = ()

    @property
    def is_bug(self) -> bool:
        return bool(self.fails)


def bug(name, module, replacements, *, fails, hint, about, also=None, crashes=False, chaotic=()) -> Case:
    if not fails:
        raise CorpusError(f"bug case {name!r} must name at least one failing test")
    also = tuple((also or {}).items())
    if any(test not in fails for test, _ in also):
        raise CorpusError(f"bug case {name!r} pins the hint of a test it does not list in fails")
    return Case(name, module, tuple(replacements), tuple(fails), hint, about, also, crashes, tuple(chaotic))


def alternative(name, module, replacements, *, about) -> Case:
    return Case(name, module, tuple(replacements), (), None, about)


def reference_files(folder: Path = SOLUTIONS) -> dict:
    """``{"gates.py": source, ...}`` for the course's modules in ``folder``."""
    files = {}
    for module in MODULES:
        path = folder / f"{module}.py"
        if not path.is_file():
            raise CorpusError(f"{path} is missing")
        files[path.name] = path.read_text(encoding="utf-8")
    return files


def apply(case: Case, text: str) -> str:
    """``text`` with every replacement of ``case`` made; each must match exactly once."""
    for number, (old, new) in enumerate(case.replacements, 1):
        count = text.count(old)
        if count != 1:
            raise CorpusError(
                f"case {case.name!r}, replacement {number}: the text to replace occurs {count} times "
                f"in solutions/{case.module}.py (it must occur exactly once):\n{old}"
            )
        if old == new:
            raise CorpusError(f"case {case.name!r}, replacement {number} changes nothing")
        text = text.replace(old, new)
    try:
        ast.parse(text, filename=f"{case.module}.py")
    except SyntaxError as exc:
        raise CorpusError(f"case {case.name!r} leaves {case.module}.py unparsable: {exc}") from None
    return text


def submission(case: Case, folder: Path = SOLUTIONS) -> Submission:
    """The reference modules from ``folder`` with ``case`` applied to its module, in memory."""
    if case.module not in MODULES:
        raise CorpusError(f"case {case.name!r} names an unknown module {case.module!r}")
    files = reference_files(folder)
    filename = f"{case.module}.py"
    files[filename] = apply(case, files[filename])
    return Submission(id=case.name, path=folder, files=files)


# ---------------------------------------------------------------------------
# 1. gates
# ---------------------------------------------------------------------------

GATES = [
    bug(
        "threshold_strictly_above_half", "gates",
        [("return (z >= 0.5).astype(int)", "return (z > 0.5).astype(int)"),
         ("return int(z >= 0.5)", "return int(z > 0.5)")],
        fails=["threshold_on_numbers", "threshold_on_arrays"],
        hint="use z >= 0.5, not z > 0.5",
        about="threshold fires at z > 0.5, so a sum of exactly 0.5 gives 0",
    ),
    bug(
        "and_weights_for_a_threshold_at_zero", "gates",
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-1.0, 0.7, 0.7)")],
        # xor is built on AND_WEIGHTS, so it breaks with them
        fails=["gate_weights[AND]", "xor_truth_table", "xor_on_arrays"],
        hint="would be right if the perceptron fired at z >= 0",
        about="AND weights that would be right if the perceptron fired at 0 (the sum for (1, 1) is 0.4)",
    ),
    bug(
        "xor_second_input_is_and", "gates",
        [("not_both = perceptron(x1, x2, NAND_WEIGHTS)", "not_both = perceptron(x1, x2, AND_WEIGHTS)")],
        fails=["xor_truth_table", "xor_on_arrays"],
        hint="Your xor computes AND",
        about="xor as AND(OR, AND) instead of AND(OR, NAND), which is just AND",
    ),
    alternative(
        "gate_weights_of_other_sizes", "gates",
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-1.0, 0.8, 0.8)"),
         ("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.1, 0.5, 0.5)"),
         ("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (2.0, -0.8, -0.8)"),
         ("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (0.9, -1.0, -1.0)")],
        about="different numbers that reproduce every truth table at the 0.5 threshold",
    ),
    alternative(
        "gate_weights_as_arrays", "gates",
        [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = np.array([-0.5, 1.0, 1.0])")],
        about="a NumPy array of three numbers instead of a tuple",
    ),
    bug(
        "and_weights_on_the_float_edge", "gates",
        [("AND_WEIGHTS = (-0.5, 0.6, 0.6)", "AND_WEIGHTS = (-0.9, 0.7, 0.7)")],
        fails=["gate_weights[AND]", "xor_truth_table", "xor_on_arrays"],
        hint="in floating point, just below the threshold",
        about="weights whose sum is 0.5 on paper but 0.49999999999999994 in float64",
    ),
    alternative(
        "xor_as_or_of_two_ands_with_nots", "gates",
        [("""    either = perceptron(x1, x2, OR_WEIGHTS)
    not_both = perceptron(x1, x2, NAND_WEIGHTS)
    return perceptron(either, not_both, AND_WEIGHTS)
""", """    not_x1 = perceptron(x1, x1, NAND_WEIGHTS)  # NAND(a, a) is NOT a
    not_x2 = perceptron(x2, x2, NAND_WEIGHTS)
    only_x1 = perceptron(x1, not_x2, AND_WEIGHTS)
    only_x2 = perceptron(not_x1, x2, AND_WEIGHTS)
    return perceptron(only_x1, only_x2, OR_WEIGHTS)
""")],
        about="xor = OR(AND(x1, NOT x2), AND(NOT x1, x2)), with NOT built as NAND(a, a)",
    ),
    alternative(
        "xor_from_nands_only", "gates",
        [("""    either = perceptron(x1, x2, OR_WEIGHTS)
    not_both = perceptron(x1, x2, NAND_WEIGHTS)
    return perceptron(either, not_both, AND_WEIGHTS)
""", """    def nand(a, b):
        return perceptron(a, b, NAND_WEIGHTS)

    both_not = nand(x1, x2)
    return nand(nand(x1, both_not), nand(x2, both_not))
""")],
        about="the four-NAND circuit for xor",
    ),
]

GATES += [
    bug(
        "perceptron_forgets_w0", "gates",
        [("z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)", "z = w1 * np.asarray(x1) + w2 * np.asarray(x2)")],
        # xor is built on perceptron: with w0 gone every xor computes OR, so xor must name perceptron, not guess
        fails=["perceptron_weighted_sum", "xor_truth_table", "xor_on_arrays"],
        hint="w0 multiplies the constant input x0 = 1",
        also={"xor_truth_table": "fix perceptron first", "xor_on_arrays": "fix perceptron first"},
        about="perceptron sums w1*x1 + w2*x2 and forgets the bias weight w0",
    ),
    bug(
        "xor_with_python_and", "gates",
        [("    return perceptron(either, not_both, AND_WEIGHTS)\n", "    return either and not_both\n")],
        # right on numbers; Python's `and` cannot combine arrays element by element
        fails=["xor_on_arrays"],
        hint="Python's and, or, not and if ask an array for a single True/False",
        about="xor combines the two first-layer outputs with Python's `and` instead of a perceptron",
    ),
    bug(
        "or_weights_too_small_xor_built_right", "gates",
        [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.0, 0.4, 0.4)")],
        fails=["gate_weights[OR]", "xor_truth_table", "xor_on_arrays"],
        hint="the sums of the rows that should output 1 stay below 0.5: make the weights (or w0) larger",
        also={"xor_truth_table": "Your xor is built the right way, as AND(OR, NAND), but OR_WEIGHTS give the wrong truth table"},
        about="OR weights whose single inputs do not reach 0.5 (0.4 each): they compute AND; xor itself is right",
    ),
    bug(
        "threshold_with_an_if", "gates",
        [("""    if isinstance(z, np.ndarray):
        return (z >= 0.5).astype(int)
    return int(z >= 0.5)
""", """    if z >= 0.5:
        return 1
    return 0
""")],
        # right on numbers; perceptron and xor on arrays fail through it and must say so
        fails=["threshold_on_arrays", "perceptron_weighted_sum", "xor_on_arrays"],
        hint="Compare the whole array at once",
        also={"perceptron_weighted_sum": "fix threshold first", "xor_on_arrays": "fix threshold first"},
        about="threshold written with an if, which works for one number and refuses an array",
    ),
    alternative(
        "threshold_with_np_where", "gates",
        [("        return (z >= 0.5).astype(int)\n", "        return np.where(z >= 0.5, 1, 0)\n")],
        about="threshold of an array with np.where(z >= 0.5, 1, 0), an integer array",
    ),
]

# ---------------------------------------------------------------------------
# 2. perceptron
# ---------------------------------------------------------------------------

PERCEPTRON = [
    bug(
        "perceptron_update_sign_flipped", "perceptron",
        [("update = self.lr * (y_i - prediction)", "update = self.lr * (prediction - y_i)")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="prediction minus target",
        also={"learns_gate[AND]": "fix fit first", "learns_gate[OR]": "fix fit first"},
        about="the update uses prediction minus target",
    ),
    alternative(
        "perceptron_predict_with_where", "perceptron",
        [("""        z = np.asarray(X, dtype=float) @ self.weights + self.bias
        return (z >= 0).astype(int)
""", """        scores = np.dot(np.asarray(X, dtype=float), self.weights) + self.bias
        return np.where(scores >= 0, 1, 0)
""")],
        about="predict with np.dot and np.where instead of @ and a cast",
    ),
]

PERCEPTRON += [
    bug(
        "perceptron_bias_never_learns", "perceptron",
        [("                self.bias = float(self.bias + update)\n", "")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="The bias learns too",
        also={"learns_gate[AND]": "fix fit first", "learns_gate[OR]": "fix fit first"},
        about="fit updates the weights but leaves the bias at 0",
    ),
    bug(
        "perceptron_fit_fires_above_zero", "perceptron",
        [("prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0",
          "prediction = 1 if x_i @ self.weights + self.bias > 0 else 0")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="yours seems to use z > 0",
        also={"learns_gate[OR]": "fix fit first"},
        about="fit's step fires only where z > 0, so a sum of exactly 0 predicts 0 while learning",
    ),
    alternative(
        "perceptron_fit_with_an_index_loop", "perceptron",
        [("""            for x_i, y_i in zip(X, y):
                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0
                update = self.lr * (y_i - prediction)
                self.weights += update * x_i  # our own array: safe in place
                self.bias = float(self.bias + update)
""", """            for i in range(len(X)):
                z = np.dot(X[i], self.weights) + self.bias
                y_hat = 1 if z >= 0 else 0
                error = y[i] - y_hat
                self.weights = self.weights + self.lr * error * X[i]
                self.bias = self.bias + self.lr * error
""")],
        about="fit over sample indices with np.dot and new arrays instead of in-place updates",
    ),
]

# ---------------------------------------------------------------------------
# 3. activations
# ---------------------------------------------------------------------------

ACTIVATIONS = [
    bug(
        "sigmoid_derivative_of_z", "activations",
        [("""    s = sigmoid(z)
    return s * (1.0 - s)
""", """    z = np.asarray(z, dtype=float)
    return z * (1.0 - z)
""")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="z * (1 - z) is the sigmoid's slope written in terms of its output",
        about="sigmoid_derivative(z) = z * (1 - z), the formula for the activation applied to z",
    ),
    bug(
        "tanh_derivative_of_z", "activations",
        [("return 1.0 - tanh(z) ** 2", "return 1.0 - np.asarray(z, dtype=float) ** 2")],
        fails=["tanh_derivative", "derivatives_on_large_inputs"],
        hint="1 - z**2 is tanh's slope in terms of its output",
        about="tanh_derivative(z) = 1 - z**2",
    ),
    bug(
        "relu_derivative_one_at_zero", "activations",
        [("return (np.asarray(z) > 0).astype(float)", "return (np.asarray(z) >= 0).astype(float)")],
        fails=["relu_derivative"],
        hint="At z = 0 the spec takes the slope 0",
        about="relu_derivative is 1 where z >= 0",
    ),
    bug(
        "softmax_over_the_whole_array", "activations",
        [("""    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return exps / np.sum(exps, axis=-1, keepdims=True)
""", """    exps = np.exp(z - np.max(z))
    return exps / np.sum(exps)
""")],
        fails=["softmax", "softmax_is_stable"],
        hint="each row sums to 1, not the whole array",
        about="softmax normalises over every element instead of along the last axis",
    ),
    bug(
        "softmax_shifts_the_callers_array", "activations",
        [("""    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))
""", """    z -= np.max(z, axis=-1, keepdims=True)  # np.asarray did not copy a float array
    exps = np.exp(z)
""")],
        fails=["softmax"],
        hint="changed the caller's data",
        about="softmax subtracts the maximum in place, on the caller's array",
    ),
    alternative(
        "sigmoid_via_tanh", "activations",
        [("""    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow
    return np.where(z >= 0, 1.0, e) / (1.0 + e)
""", """    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))
""")],
        about="sigmoid(z) = (1 + tanh(z / 2)) / 2, stable because tanh saturates",
    ),
    alternative(
        "sigmoid_with_where_branches", "activations",
        [("""    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow
    return np.where(z >= 0, 1.0, e) / (1.0 + e)
""", """    z = np.clip(np.asarray(z, dtype=float), -500.0, 500.0)  # exp(500) ~ 1e217: no overflow
    positive = 1.0 / (1.0 + np.exp(-z))
    negative = np.exp(z) / (1.0 + np.exp(z))
    return np.where(z >= 0, positive, negative)
""")],
        about="both branches of the textbook formula under np.where, on a clipped z",
    ),
    alternative(
        "softmax_via_logsumexp", "activations",
        [("""    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return exps / np.sum(exps, axis=-1, keepdims=True)
""", """    top = z.max(axis=-1, keepdims=True)
    log_total = top + np.log(np.exp(z - top).sum(axis=-1, keepdims=True))
    return np.exp(z - log_total)
""")],
        about="softmax as exp(z - logsumexp(z)) along the last axis",
    ),
]

ACTIVATIONS += [
    bug(
        "relu_keeps_integer_dtype", "activations",
        [("return np.maximum(np.asarray(z, dtype=float), 0.0)", "return np.maximum(0, z)")],
        fails=["relu_values"],
        hint="Your result has an integer dtype",
        about="relu(z) = np.maximum(0, z): an integer array comes back as integers",
    ),
    bug(
        "relu_derivative_with_integer_where", "activations",
        [("return (np.asarray(z) > 0).astype(float)", "return np.where(np.asarray(z) > 0, 1, 0)")],
        fails=["relu_derivative"],
        hint="Your result has an integer dtype",
        about="relu_derivative = np.where(z > 0, 1, 0), integers instead of floats",
    ),
    bug(
        "relu_derivative_returns_booleans", "activations",
        [("return (np.asarray(z) > 0).astype(float)", "return np.asarray(z) > 0")],
        fails=["relu_derivative"],
        hint=".astype(float)",
        about="relu_derivative returns the comparison z > 0 itself, an array of booleans",
    ),
    bug(
        "tanh_from_exp_overflows", "activations",
        [("    return np.tanh(np.asarray(z, dtype=float))\n", """    z = np.asarray(z, dtype=float)
    return (np.exp(z) - np.exp(-z)) / (np.exp(z) + np.exp(-z))
""")],
        # tanh_derivative is right, but built on this tanh: its message must send the student to tanh
        fails=["tanh_on_large_inputs", "derivatives_on_large_inputs"],
        hint="exp(z) overflows to inf",
        also={"derivatives_on_large_inputs": "fix tanh first"},
        about="tanh as (e^z - e^-z) / (e^z + e^-z), which is inf / inf = nan at |z| = 1000",
    ),
    alternative(
        "relu_with_where_and_a_float_zero", "activations",
        [("return np.maximum(np.asarray(z, dtype=float), 0.0)", "z = np.asarray(z)\n    return np.where(z > 0, z, 0.0)")],
        about="relu as np.where(z > 0, z, 0.0): the float 0.0 makes integer inputs come back as floats",
    ),
    alternative(
        "relu_derivative_with_float_where", "activations",
        [("return (np.asarray(z) > 0).astype(float)", "return np.where(np.asarray(z) > 0, 1.0, 0.0)")],
        about="relu_derivative as np.where(z > 0, 1.0, 0.0)",
    ),
    alternative(
        "tanh_from_exp_of_minus_two_abs_z", "activations",
        [("    return np.tanh(np.asarray(z, dtype=float))\n", """    z = np.asarray(z, dtype=float)
    e = np.exp(-2.0 * np.abs(z))  # in (0, 1]: cannot overflow
    return np.sign(z) * (1.0 - e) / (1.0 + e)
""")],
        about="tanh written with exp(-2|z|) and the sign of z, stable for any |z|",
    ),
]

# ---------------------------------------------------------------------------
# 4. neuron
# ---------------------------------------------------------------------------

NEURON = [
    bug(
        "neuron_adds_bias_after_sigmoid", "neuron",
        [("""        total = np.dot(self.weights, inputs) + self.bias
        return float(_sigmoid(total))
""", """        total = np.dot(self.weights, inputs)
        return float(_sigmoid(total) + self.bias)
""")],
        # TinyNetwork is made of Neurons; the lesson's example has bias 0, the random ones do not
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="The bias is added before the sigmoid",
        also={"tiny_network": "fix Neuron first"},
        about="feedforward returns sigmoid(w . x) + bias",
    ),
    bug(
        "count_parameters_without_biases", "neuron",
        [("return sum(a * b + b for a, b in zip(sizes, sizes[1:]))",
          "return sum(a * b for a, b in zip(sizes, sizes[1:]))")],
        fails=["count_parameters"],
        hint="add the biases too",
        about="count_parameters counts the weights only",
    ),
    alternative(
        "count_parameters_with_a_loop", "neuron",
        [("""    sizes = [int(n) for n in layer_sizes]
    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))
""", """    total = 0
    for i in range(1, len(layer_sizes)):
        total += layer_sizes[i - 1] * layer_sizes[i]  # weights into layer i
        total += layer_sizes[i]  # one bias per neuron of layer i
    return total
""")],
        about="count_parameters with an index loop",
    ),
]

NEURON += [
    bug(
        "neuron_forgets_the_bias", "neuron",
        [("        total = np.dot(self.weights, inputs) + self.bias\n", "        total = np.dot(self.weights, inputs)\n")],
        # TinyNetwork is made of Neurons: its message must send the student to Neuron
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="The bias is missing",
        also={"tiny_network": "fix Neuron first", "neuron_accepts_lists": "The bias is missing"},
        about="feedforward returns sigmoid(w . x) without the bias",
    ),
    bug(
        "layer_output_indices_swapped", "neuron",
        [("""    for neuron_weights, bias in zip(weights, biases):
        total = sum(x * w for x, w in zip(inputs, neuron_weights))
        outputs.append(total + bias)
""", """    for j in range(len(biases)):
        total = 0
        for i in range(len(inputs)):
            total += inputs[i] * weights[i][j]
        outputs.append(total + biases[j])
""")],
        fails=["layer_output"],
        hint="with the two indices swapped",
        about="layer_output reads weights[i][j] instead of weights[j][i] (an IndexError with 2 inputs and 3 neurons)",
    ),
    bug(
        "neuron_multiplies_lists", "neuron",
        [("        self.weights = np.array(weights, dtype=float)\n", "        self.weights = weights\n"),
         ("        total = np.dot(self.weights, inputs) + self.bias\n",
          "        total = np.sum(self.weights * inputs) + self.bias\n")],
        # right for arrays; weights and inputs given as lists cannot be multiplied
        fails=["neuron_accepts_lists", "tiny_network"],  # TinyNetwork([0, 1], 0), the spec's example, too
        hint="Convert every input to an array",
        about="Neuron keeps the weights as given and multiplies them with *, which fails for two lists",
    ),
    alternative(
        "neuron_with_a_loop_and_math_exp", "neuron",
        [("import numpy as np\n", "import math\n\nimport numpy as np\n"),
         ("""        total = np.dot(self.weights, inputs) + self.bias
        return float(_sigmoid(total))
""", """        total = self.bias
        for w, x in zip(self.weights, inputs):
            total += w * x
        return 1.0 / (1.0 + math.exp(-total))
""")],
        about="feedforward with a Python loop over the inputs and math.exp",
    ),
    alternative(
        "layer_output_with_index_loops", "neuron",
        [("""    for neuron_weights, bias in zip(weights, biases):
        total = sum(x * w for x, w in zip(inputs, neuron_weights))
        outputs.append(total + bias)
""", """    for j in range(len(weights)):
        total = 0.0
        for i in range(len(inputs)):
            total = total + inputs[i] * weights[j][i]
        outputs.append(total + biases[j])
""")],
        about="layer_output with two index loops, weights[j][i] the right way round",
    ),
]

# ---------------------------------------------------------------------------
# 5. loss
# ---------------------------------------------------------------------------

LOSS = [
    bug(
        "mse_broadcasts_a_column_against_a_row", "loss",
        [("""    y_true = np.asarray(y_true, dtype=float).ravel()
    y_pred = np.asarray(y_pred, dtype=float).ravel()
""", """    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
""")],
        fails=["mse_column_against_flat"],
        hint="broadcasts to an (n, n) matrix",
        about="mse_loss subtracts without flattening, so (n,) against (n, 1) builds an (n, n) table",
    ),
    bug(
        "mse_gradient_without_factor_two", "loss",
        [("return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
          "return (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size")],
        fails=["mse_gradient"],
        hint="the factor 2 is missing",
        about="the gradient of the mean of squares without the 2",
    ),
    bug(
        "mse_gradient_sign_flipped", "loss",
        [("return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
          "return 2.0 * (y_true.reshape(y_pred.shape) - y_pred) / y_pred.size")],
        fails=["mse_gradient"],
        hint="The sign is flipped",
        about="the gradient as target minus prediction",
    ),
    alternative(
        "mse_with_square_sum_and_size", "loss",
        [("""    y_true = np.asarray(y_true, dtype=float).ravel()
    y_pred = np.asarray(y_pred, dtype=float).ravel()
    if y_true.size != y_pred.size:
""", """    y_true = np.ravel(y_true).astype(float)
    y_pred = np.ravel(y_pred).astype(float)
    if len(y_true) != len(y_pred):
"""),
         ("return float(np.mean((y_true - y_pred) ** 2))",
          "return float(np.sum(np.square(y_pred - y_true)) / y_true.size)"),
         ("return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
          "return (2.0 / y_pred.size) * (y_pred.ravel() - y_true.ravel()).reshape(y_pred.shape)")],
        about="np.square, np.sum and .size instead of np.mean; the gradient flattened and reshaped back",
    ),
]

LOSS += [
    bug(
        "mse_loss_treats_lists_as_arrays", "loss",
        [("""    y_true = np.asarray(y_true, dtype=float).ravel()
    y_pred = np.asarray(y_pred, dtype=float).ravel()
""", """    y_true = y_true.ravel()
    y_pred = y_pred.ravel()
""")],
        fails=["mse_values"],
        hint="np.asarray(y_true, dtype=float)",
        about="mse_loss calls .ravel() on its inputs without converting them: the lesson's lists have no .ravel",
    ),
    bug(
        "mse_gradient_treats_lists_as_arrays", "loss",
        [("""    y_pred = np.asarray(y_pred, dtype=float)
    y_true = np.asarray(y_true, dtype=float)
    if y_true.size != y_pred.size:
""", """    if y_true.size != y_pred.size:
""")],
        fails=["mse_gradient"],
        hint="np.asarray(y_true, dtype=float)",
        about="mse_loss_gradient reads .size of its inputs without converting them: lists have no .size",
    ),
    alternative(
        "mse_with_np_array_and_a_loop", "loss",
        [("""    y_true = np.asarray(y_true, dtype=float).ravel()
    y_pred = np.asarray(y_pred, dtype=float).ravel()
""", """    y_true = np.array(y_true, dtype=float).flatten()
    y_pred = np.array(y_pred, dtype=float).flatten()
"""),
         ("    return float(np.mean((y_true - y_pred) ** 2))\n", """    total = 0.0
    for t, p in zip(y_true, y_pred):
        total += (t - p) ** 2
    return total / len(y_true)
""")],
        about="lists converted with np.array(...).flatten(), the mean taken with a Python loop (a NumPy float back)",
    ),
]

# ---------------------------------------------------------------------------
# 6. backprop
# ---------------------------------------------------------------------------

_BACKPROP_BODY = """    p = params
    h1 = _sigmoid(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])
    h2 = _sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])
    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])

    d_L_d_o1 = -2.0 * (y_true - o1)
    # slope of each sigmoid, written with its own output
    d_o1 = o1 * (1.0 - o1)
    d_h1 = h1 * (1.0 - h1)
    d_h2 = h2 * (1.0 - h2)

    d_L_d_h1 = d_L_d_o1 * p["w5"] * d_o1
    d_L_d_h2 = d_L_d_o1 * p["w6"] * d_o1
    grads = {
        "w1": d_L_d_h1 * x[0] * d_h1,
        "w2": d_L_d_h1 * x[1] * d_h1,
        "w3": d_L_d_h2 * x[0] * d_h2,
        "w4": d_L_d_h2 * x[1] * d_h2,
        "w5": d_L_d_o1 * h1 * d_o1,
        "w6": d_L_d_o1 * h2 * d_o1,
        "b1": d_L_d_h1 * d_h1,
        "b2": d_L_d_h2 * d_h2,
        "b3": d_L_d_o1 * d_o1,
    }
    return {name: float(grads[name]) for name in PARAM_NAMES}
"""

BACKPROP = [
    bug(
        "backprop_h1_path_misses_the_output_slope", "backprop",
        [('d_L_d_h1 = d_L_d_o1 * p["w5"] * d_o1', 'd_L_d_h1 = d_L_d_o1 * p["w5"]')],
        # train runs on the student's backprop, so its trajectory goes wrong too
        fails=["backprop_gradients", "train_trajectory"],
        hint="leave out the slope of o1's sigmoid",
        also={"train_trajectory": "fix backprop first"},
        about="dL/dh1 leaves out o1's sigmoid slope, so w1, w2 and b1 are off",
    ),
    bug(
        "backprop_loss_derivative_sign_flipped", "backprop",
        [("d_L_d_o1 = -2.0 * (y_true - o1)", "d_L_d_o1 = 2.0 * (y_true - o1)")],
        fails=["backprop_gradients", "train_trajectory", "training_separates_emily_and_frank"],
        hint="wrong sign",
        also={"train_trajectory": "fix backprop first", "training_separates_emily_and_frank": "fix backprop first"},
        about="dL/do1 without the minus: training climbs the loss",
    ),
    bug(
        "sgd_step_updates_params_in_place", "backprop",
        [("""    return {
        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES
    }
""", """    for name in PARAM_NAMES:
        params[name] -= learn_rate * grads[name]
    return params
""")],
        fails=["sgd_step"],
        hint="changed the caller's data",
        about="sgd_step updates the caller's dict and returns it",
    ),
    bug(
        "train_records_loss_before_the_epoch", "backprop",
        [("""        for x, y_true in zip(data, all_y_trues):
            params = sgd_step(params, backprop(params, x, y_true), learn_rate)
        predictions = [feedforward(params, x) for x in data]
        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]
        losses.append(float(sum(errors) / len(errors)))
""", """        predictions = [feedforward(params, x) for x in data]
        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]
        losses.append(float(sum(errors) / len(errors)))
        for x, y_true in zip(data, all_y_trues):
            params = sgd_step(params, backprop(params, x, y_true), learn_rate)
""")],
        fails=["train_trajectory"],
        hint="Record each epoch's loss after its updates",
        about="train measures the loss at the start of each epoch",
    ),
    alternative(
        "backprop_with_deltas_and_other_names", "backprop",
        [(_BACKPROP_BODY, """    net_h1 = params["w1"] * x[0] + params["w2"] * x[1] + params["b1"]
    net_h2 = params["w3"] * x[0] + params["w4"] * x[1] + params["b2"]
    out_h1, out_h2 = _sigmoid(net_h1), _sigmoid(net_h2)
    out_o1 = _sigmoid(params["w5"] * out_h1 + params["w6"] * out_h2 + params["b3"])

    # delta of a neuron: dL / d(its weighted sum)
    delta_o1 = -2.0 * (y_true - out_o1) * out_o1 * (1.0 - out_o1)
    delta_h1 = delta_o1 * params["w5"] * out_h1 * (1.0 - out_h1)
    delta_h2 = delta_o1 * params["w6"] * out_h2 * (1.0 - out_h2)
    result = {}
    result["w5"], result["w6"], result["b3"] = delta_o1 * out_h1, delta_o1 * out_h2, delta_o1
    result["w1"], result["w2"], result["b1"] = delta_h1 * x[0], delta_h1 * x[1], delta_h1
    result["w3"], result["w4"], result["b2"] = delta_h2 * x[0], delta_h2 * x[1], delta_h2
    return result
""")],
        about="backprop with per-neuron deltas, other names and a dict filled in another order",
    ),
]

BACKPROP += [
    bug(
        "train_visits_the_samples_backwards", "backprop",
        [("        for x, y_true in zip(data, all_y_trues):\n            params = sgd_step(",
          "        for x, y_true in zip(data[::-1], all_y_trues[::-1]):\n            params = sgd_step(")],
        fails=["train_trajectory"],
        hint="the same order 3, 2, 1, 0 in every epoch",
        about="train steps through the samples from the last to the first",
    ),
    bug(
        "train_records_the_last_samples_loss", "backprop",
        [("""        for x, y_true in zip(data, all_y_trues):
            params = sgd_step(params, backprop(params, x, y_true), learn_rate)
        predictions = [feedforward(params, x) for x in data]
        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]
        losses.append(float(sum(errors) / len(errors)))
""", """        for x, y_true in zip(data, all_y_trues):
            params = sgd_step(params, backprop(params, x, y_true), learn_rate)
            loss = (y_true - feedforward(params, x)) ** 2
        losses.append(float(loss))
""")],
        fails=["train_trajectory"],
        hint="over the whole data set after epoch e, not the loss of one sample",
        about="train records the squared error of the last sample it stepped on instead of the MSE over the data set",
    ),
    alternative(
        "train_with_indices_and_np_mean", "backprop",
        [("""        for x, y_true in zip(data, all_y_trues):
            params = sgd_step(params, backprop(params, x, y_true), learn_rate)
        predictions = [feedforward(params, x) for x in data]
        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]
        losses.append(float(sum(errors) / len(errors)))
""", """        for i in range(len(data)):
            grads = backprop(params, data[i], all_y_trues[i])
            params = sgd_step(params, grads, learn_rate)
        y_preds = np.array([feedforward(params, x) for x in data])
        losses.append(float(np.mean((np.asarray(all_y_trues) - y_preds) ** 2)))
""")],
        about="train over sample indices, the epoch's loss with np.mean over an array of predictions",
    ),
]

# ---------------------------------------------------------------------------
# 7. mlp
# ---------------------------------------------------------------------------

_MLP_FORWARD = """        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)
        return _sigmoid(A1 @ self.W2 + self.b2)
"""
_MLP_BACKWARD = """        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)
        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)
        return {
            "W1": X.T @ dZ1,
            "b1": dZ1.sum(axis=0, keepdims=True),
            "W2": A1.T @ dZ2,
            "b2": dZ2.sum(axis=0, keepdims=True),
        }
"""

MLP = [
    bug(
        "mlp_output_gradient_of_cross_entropy", "mlp",
        [("dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)", "dZ2 = A2 - Y")],
        # the cross-entropy gradient is 8 or more times the MSE's: at the check's lr of 10 it overshoots;
        # a fit that does not train as it should cannot be timed either
        fails=["backward_gradient_check", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="cross-entropy",
        also={"fit_trajectory": "fix backward first", "learns_xor": "fix backward first",
              "fit_is_vectorised": "fix backward first"},
        about="dZ2 = A2 - Y, the output gradient of the cross-entropy, with the MSE loss",
    ),
    bug(
        "mlp_loops_over_samples_in_python", "mlp",
        [(_MLP_FORWARD, """        outputs = []
        for x_i in np.asarray(X, dtype=float):
            a1 = _sigmoid(x_i @ self.W1 + self.b1[0])
            outputs.append(_sigmoid(a1 @ self.W2 + self.b2[0]))
        return np.array(outputs)
"""),
         (_MLP_BACKWARD, """        grads = {name: np.zeros_like(getattr(self, name)) for name in PARAM_NAMES}
        for x_i, a1, a2, y_i in zip(X, A1, A2, Y):
            dz2 = 2.0 * (a2 - y_i) / Y.size * a2 * (1.0 - a2)
            dz1 = (self.W2 @ dz2) * a1 * (1.0 - a1)
            grads["W2"] += np.outer(a1, dz2)
            grads["b2"][0] += dz2
            grads["W1"] += np.outer(x_i, dz1)
            grads["b1"][0] += dz1
        return grads
""")],
        # right numbers, only slow: nothing but the timing check may notice
        fails=["fit_is_vectorised"],
        hint="loops over the samples in Python",
        about="forward and backward go through the batch one sample at a time",
    ),
    bug(
        "mlp_step_adds_the_gradient", "mlp",
        [("param -= self.lr * grads[name]", "param += self.lr * grads[name]")],
        fails=["step", "fit_trajectory", "learns_xor", "fit_is_vectorised"],  # the last: a wrong fit is not timed
        hint="Step against the gradient",
        also={"fit_trajectory": "fix step first", "learns_xor": "fix step first"},
        about="step climbs the loss: param += lr * grad",
    ),
    bug(
        "mlp_predict_strictly_above_half", "mlp",
        [("return (self.forward(X) >= 0.5).astype(int)", "return (self.forward(X) > 0.5).astype(int)")],
        fails=["predict_threshold"],
        hint="exactly 0.5 predicts 1",
        about="predict uses > 0.5, so an output of exactly 0.5 gives 0",
    ),
    alternative(
        "mlp_backward_with_einsum", "mlp",
        [(_MLP_BACKWARD, """        m, k = Y.shape
        dA2 = (A2 - Y) * (2.0 / (m * k))
        dZ2 = dA2 * A2 * (1.0 - A2)
        dZ1 = np.einsum("mk,hk->mh", dZ2, self.W2) * A1 * (1.0 - A1)
        return {
            "W1": np.einsum("mi,mh->ih", X, dZ1),
            "b1": np.einsum("mh->h", dZ1)[np.newaxis, :],
            "W2": np.einsum("mh,mk->hk", A1, dZ2),
            "b2": np.ones((1, m)) @ dZ2,
        }
""")],
        about="backward with einsum, an explicit dA2, and a bias gradient as a product with ones",
    ),
]

MLP += [
    bug(
        "mlp_fit_draws_new_weights", "mlp",
        [("""        losses = np.empty(epochs)
""", """        rng = np.random.default_rng(0)  # copied from __init__
        self.W1 = rng.standard_normal(self.W1.shape)
        self.W2 = rng.standard_normal(self.W2.shape)
        losses = np.empty(epochs)
""")],
        # (XOR is still learned from the new weights)
        fails=["fit_trajectory", "fit_is_vectorised"],
        hint="do not re-initialise the weights",
        also={"fit_is_vectorised": "the mistake is in fit itself"},
        about="fit starts by drawing new weights instead of training from the current ones",
    ),
    bug(
        "mlp_biases_start_random", "mlp",
        [("self.b1 = np.zeros((1, hidden_size))", "self.b1 = rng.standard_normal((1, hidden_size))")],
        # every other check sets the weights itself: only the fresh network shows it
        fails=["fresh_network"],
        hint="Biases start at zero",
        about="b1 drawn at random like the weights",
    ),
    bug(
        "mlp_W1_transposed", "mlp",
        [("self.W1 = rng.standard_normal((input_size, hidden_size))",
          "self.W1 = rng.standard_normal((hidden_size, input_size))")],
        fails=["fresh_network"],
        hint="W1 is transposed",
        about="W1 drawn with shape (hidden_size, input_size), so fit from the network's own weights crashes",
    ),
    bug(
        "mlp_b1_as_a_flat_vector", "mlp",
        [("self.b1 = np.zeros((1, hidden_size))", "self.b1 = np.zeros(hidden_size)")],
        fails=["fresh_network"],
        hint="not a flat vector",
        about="b1 = np.zeros(hidden_size), shape (hidden_size,): step's in-place update then fails",
    ),
    bug(
        "mlp_ignores_the_seed", "mlp",
        [("self.W1 = rng.standard_normal((input_size, hidden_size))", "self.W1 = np.random.randn(input_size, hidden_size)"),
         ("self.W2 = rng.standard_normal((hidden_size, output_size))", "self.W2 = np.random.randn(hidden_size, output_size)")],
        fails=["fresh_network"],
        hint="The seed must decide the weights",
        about="the weights come from np.random.randn, so two networks with seed=0 differ",
    ),
    bug(
        "mlp_W1_starts_at_zero", "mlp",
        [("self.W1 = rng.standard_normal((input_size, hidden_size))", "self.W1 = np.zeros((input_size, hidden_size))")],
        fails=["fresh_network"],
        hint="every hidden neuron computes and learns the same thing",
        about="W1 starts as zeros like the biases, so every hidden neuron starts the same",
    ),
    bug(
        "mlp_forward_without_output_sigmoid", "mlp",
        [("        return _sigmoid(A1 @ self.W2 + self.b2)\n", "        return A1 @ self.W2 + self.b2\n")],
        # backward recomputes its own pass, so only what uses forward goes wrong; predict must blame forward
        # (learning XOR still works: Z2 >= 0.5 separates the four inputs once trained)
        fails=["forward", "loss", "fit_trajectory", "fit_is_vectorised", "predict_threshold"],
        hint="The output layer has a sigmoid too",
        also={"loss": "fix forward first", "fit_trajectory": "fix forward first",
              "fit_is_vectorised": "fix forward first", "predict_threshold": "fix forward first"},
        about="forward returns A1 @ W2 + b2 without the output sigmoid",
    ),
    bug(
        "mlp_forward_forgets_b1", "mlp",
        [("A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)", "A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1)")],
        fails=["forward", "loss", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="Yours leaves out b1",
        also={"loss": "fix forward first", "fit_trajectory": "fix forward first", "learns_xor": "fix forward first"},
        about="the hidden layer's weighted sum leaves out b1 in forward (backward has it)",
    ),
    bug(
        "mlp_fit_returns_the_last_loss", "mlp",
        [("        return losses\n", "        return losses[-1]\n")],
        fails=["fit_trajectory", "fit_is_vectorised"],
        hint="fit returns one loss per epoch",
        also={"fit_is_vectorised": "fit returns one loss per epoch"},
        about="fit returns only the last recorded loss, a NumPy float",
    ),
    bug(
        "mlp_fit_returns_a_python_float", "mlp",
        [("""        losses = np.empty(epochs)
        for epoch in range(epochs):
            losses[epoch] = self.loss(X, y)
            self.step(self.backward(X, y))
        return losses
""", """        for epoch in range(epochs):
            loss = self.loss(X, y)
            self.step(self.backward(X, y))
        return loss
""")],
        fails=["fit_trajectory", "fit_is_vectorised"],
        hint="fit returns one loss per epoch",
        about="fit keeps only the latest loss, a Python float, and returns it",
    ),
    alternative(
        "mlp_init_scaled_normal", "mlp",
        [("self.W1 = rng.standard_normal((input_size, hidden_size))",
          "self.W1 = rng.standard_normal((input_size, hidden_size)) * np.sqrt(1.0 / input_size)"),
         ("self.W2 = rng.standard_normal((hidden_size, output_size))",
          "self.W2 = rng.standard_normal((hidden_size, output_size)) * np.sqrt(1.0 / hidden_size)")],
        about="weights scaled by sqrt(1 / fan_in), as tutorials do; the spec fixes no distribution",
    ),
    alternative(
        "mlp_init_with_the_global_seed", "mlp",
        [("rng = np.random.default_rng(seed)", "np.random.seed(seed)"),
         ("self.W1 = rng.standard_normal((input_size, hidden_size))", "self.W1 = np.random.randn(input_size, hidden_size)"),
         ("self.W2 = rng.standard_normal((hidden_size, output_size))", "self.W2 = np.random.randn(hidden_size, output_size)")],
        about="np.random.seed(seed) then np.random.randn: the global generator, seeded",
    ),
    alternative(
        "mlp_init_uniform_from_randomstate", "mlp",
        [("rng = np.random.default_rng(seed)", "rng = np.random.RandomState(seed)"),
         ("self.W1 = rng.standard_normal((input_size, hidden_size))",
          "self.W1 = rng.uniform(-1.0, 1.0, size=(input_size, hidden_size))"),
         ("self.W2 = rng.standard_normal((hidden_size, output_size))",
          "self.W2 = rng.uniform(-1.0, 1.0, size=(hidden_size, output_size))")],
        about="uniform weights in [-1, 1) from a seeded RandomState",
    ),
    alternative(
        "mlp_fit_with_a_list_of_losses", "mlp",
        [("""        losses = np.empty(epochs)
        for epoch in range(epochs):
            losses[epoch] = self.loss(X, y)
            self.step(self.backward(X, y))
        return losses
""", """        losses = []
        for _ in range(epochs):
            losses.append(self.loss(X, y))
            grads = self.backward(X, y)
            self.step(grads)
        return np.array(losses)
""")],
        about="fit appends each loss to a list and returns np.array(losses)",
    ),
    alternative(
        "mlp_predict_with_where", "mlp",
        [("return (self.forward(X) >= 0.5).astype(int)", "return np.where(self.forward(X) >= 0.5, 1, 0)")],
        about="predict with np.where(forward(X) >= 0.5, 1, 0)",
    ),
]

EXTRA = [
    bug(
        "mlp_forward_loops_over_samples", "mlp",
        [("""        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)
        return _sigmoid(A1 @ self.W2 + self.b2)
""", """        rows = []
        for x in np.asarray(X, dtype=float):
            a1 = _sigmoid(x @ self.W1 + self.b1[0])
            rows.append(_sigmoid(a1 @ self.W2 + self.b2[0]))
        return np.array(rows)
""")],
        fails=["fit_is_vectorised"],
        hint="loops over the samples in Python",
        about="forward (only) loops over the samples; backward is vectorised",
    ),
    bug(
        "neuron_output_as_a_one_element_array", "neuron",
        [("        return float(_sigmoid(total))", "        return np.atleast_1d(_sigmoid(total))")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="Return a plain number",
        about="feedforward returns an array of shape (1,) instead of a float",
    ),
    bug(
        "layer_output_as_an_array", "neuron",
        [("    return outputs\n", "    return np.array(outputs)\n")],
        fails=["layer_output"],
        hint="This exercise is plain Python and returns a list",
        about="layer_output returns a NumPy array instead of the list the spec asks for",
    ),
]
CASES: list[Case] = [*GATES, *PERCEPTRON, *ACTIVATIONS, *NEURON, *LOSS, *BACKPROP, *MLP, *EXTRA]
BUGS = [case for case in CASES if case.is_bug]
ALTERNATIVES = [case for case in CASES if not case.is_bug]
