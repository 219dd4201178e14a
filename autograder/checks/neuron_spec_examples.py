"""Two of the neuron checks' last questions, asked as the spec and the docstrings write them: a TinyNetwork
built from plain Python lists (the spec's example, TinyNetwork([0, 1], 0)), where the other questions hand it
NumPy arrays, and layer_output on square layers (as many neurons as inputs, the docstring's 2 x 2 example)
whose weights are not symmetric, where a layout read the other way round (weights[i][j]) cannot pass for the
right one. Each is asked only once every other question of its check passed; its hint is worked out only
after it failed. Said in words, never as a solution's code line.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import ast
import re

import numpy as np

from autograder.grading.compare import CheckFailed, Misconception, expect_close, expect_float, fail_with, list_error_hint
from autograder.grading.function_source import function, statement_line
from autograder.sandbox.session import StudentError

TINY_CALL = "TinyNetwork([0, 1], 0).feedforward([2, 3]) (the spec's example, built from plain Python lists)"
TINY_RIGHT = 0.7216325609518421
LIST_ATTRIBUTE = (
    "Your TinyNetwork works when it is built from NumPy arrays, but the spec's own example builds it from plain "
    "lists, TinyNetwork([0, 1], 0), and then your code asks a list for .{attr}{who}: {attr} belongs to NumPy "
    "arrays, and a Python list has no such attribute (AttributeError). The weights may come as a list or as an "
    "array: {fix}"
)
TOLIST_FIX = (
    "a list needs no .tolist(). Convert in a way that takes both, np.asarray(weights, dtype=float) (and "
    ".tolist() on that, if you want a list), or simply pass the weights on to each Neuron as they are: "
    "Neuron converts them itself."
)
ARRAY_FIX = "convert them first with np.asarray(weights, dtype=float), which takes a list or an array alike."
NEURON_FIRST = (
    "Your TinyNetwork fails when it is built from plain lists, as in the spec's example TinyNetwork([0, 1], 0), "
    "and so does your Neuron, Neuron([0, 1], 0).feedforward([2, 3]): TinyNetwork is made of Neurons, so make "
    "Neuron take lists first (self.weights = np.asarray(weights, dtype=float)), and TinyNetwork follows."
)
LIST_VALUE = (
    "Your TinyNetwork gives the right output when it is built from NumPy arrays, but another one when it is "
    "built from plain lists, as in the spec's example TinyNetwork([0, 1], 0): something in it treats a list "
    "otherwise than an array (* on a list repeats it, + joins two lists). Convert the weights with "
    "np.asarray(weights, dtype=float) before computing with them."
)


def expect_tiny_from_lists(student):
    """TinyNetwork([0, 1], 0).feedforward([2, 3]) is the spec's fact, 0.7216325609518421, asked with lists."""
    try:
        answer = student.new("TinyNetwork", [0, 1], 0).call("feedforward", [2, 3])
    except StudentError as exc:
        fail_with(exc, _tiny_error_hint(student, exc) if exc.own_exception else None)
    got = expect_float(answer, call=TINY_CALL, expected=TINY_RIGHT)
    expect_close(got, TINY_RIGHT, call=TINY_CALL, hint=LIST_VALUE)


def _tiny_error_hint(student, exc):
    try:
        if not _neuron_takes_lists(student):
            return NEURON_FIRST
        found = re.search(r"'list' object has no attribute '(\w+)'", exc.raised_message or "")
        if exc.raised == "AttributeError" and found:
            attr = found.group(1)
            names = [name for name, held in (exc.held or {}).items() if str(held).startswith("a list")
                     and not name.endswith(")")]
            who = f" ({names[0]} is a list there)" if len(names) == 1 else ""
            return LIST_ATTRIBUTE.format(attr=attr + ("()" if attr == "tolist" else ""), who=who,
                                         fix=TOLIST_FIX if attr == "tolist" else ARRAY_FIX)
        general = list_error_hint(exc.raised, exc.raised_message or "", "weights = np.asarray(weights, dtype=float)")
        return ("Your TinyNetwork fails when it is built from plain lists, as in the spec's example "
                "TinyNetwork([0, 1], 0). " + general) if general else None
    except Exception:
        return None


def _neuron_takes_lists(student):
    try:
        got = student.new("Neuron", [0, 1], 0).call("feedforward", [2, 3])
        return bool(np.isclose(float(got), 0.9525741268224334, rtol=1e-7))
    except Exception:
        return False


SQUARE_LAYERS = (  # (inputs, weights, biases, what): square, and no weight equal to its mirror image
    ([1.0, 2.0], [[0.5, -1.0], [2.0, 0.25]], [0.5, -1.0], "the docstring's example, a square layer: 2 inputs, 2 neurons"),
    ([1.0, -2.0, 0.5], [[0.5, 1.0, -1.0], [-0.25, 2.0, 0.75], [1.5, -0.5, 0.0]], [0.25, -0.5, 1.0],
     "a square layer: 3 inputs, 3 neurons"),
)
TRANSPOSED = (
    "Your layer_output is right on layers whose number of neurons differs from their number of inputs, but on a "
    "square layer (as many neurons as inputs, like the docstring's 2 x 2 example) it pairs the inputs with the "
    "wrong weights: neuron j gets the sum over i of inputs[i] * weights[i][j], the weights read column by column, "
    "as if each row held one input's weights (another layout some tutorials use). Your code seems to guess the "
    "layout from the sizes{where}. The spec's layout never changes: weights[j] is neuron j's list of weights, one "
    "per input, whatever the sizes. Drop the guess and the transpose, and give neuron j the sum over i of "
    "inputs[i] * weights[j][i], plus biases[j]."
)


def expect_square_layers(student, reference):
    """layer_output on square layers with asymmetric weights: weights[j] is neuron j's row whatever the sizes."""
    asked = [(inputs, weights, biases) for inputs, weights, biases, _ in SQUARE_LAYERS]
    replies = student.map("layer_output", asked)
    for index, (inputs, weights, biases, what) in enumerate(SQUARE_LAYERS):
        call = f"layer_output({inputs}, {weights}, {biases}) ({what})"
        got = replies[index]  # one that raised raises here: the check's error
        expected = reference.layer_output(inputs, weights, biases)
        expect_close(got, expected, call=call,
                     misconceptions=lambda index=index: _transposed(student, reference, replies, index))


def _transposed(student, reference, replies, asked):
    """The hint for a layer read as weights[i][j] on square layers, once it gives that on every square layer."""
    try:
        for index, (inputs, weights, biases, _) in enumerate(SQUARE_LAYERS):
            if not np.allclose(np.asarray(replies[index], dtype=float), _read_by_columns(inputs, weights, biases),
                               rtol=1e-7, atol=1e-9):
                return []
        inputs, weights, biases, _ = SQUARE_LAYERS[asked]
        return [Misconception(TRANSPOSED.format(where=_guess_words(student)), _read_by_columns(inputs, weights, biases))]
    except Exception:
        return []


def _read_by_columns(inputs, weights, biases):
    """What the mistaken layout gives, computed here (a student's kit records only what the reference was asked
    while grading, so the reading must not ask it anything new): neuron j weighs input i by weights[i][j]."""
    table = np.asarray(weights, dtype=float)
    return np.einsum("ij,i->j", table, np.asarray(inputs, dtype=float)) + np.asarray(biases, dtype=float)


def _guess_words(student):
    """Where the student's layer_output compares the sizes and transposes, in words, or ''."""
    try:
        source, node = function(student, "neuron", "layer_output")
        if node is None:
            return ""
        tests = [n for n in ast.walk(node) if isinstance(n, (ast.If, ast.IfExp)) and "len(" in (ast.unparse(n.test))]
        if len(tests) == 1:
            return f" (`{statement_line(source, tests[0])}`) and transposes the weights when they look square"
        return ""
    except Exception:
        return ""
