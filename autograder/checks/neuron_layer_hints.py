"""Hints of the layer_output check that read the student's list as a whole: a result that is not a list,
the caller's list changed, the weights read with their two indices swapped, each neuron given another
neuron's bias (or the right outputs in another order), and the right values held as NumPy numbers where
the plain-Python exercise returns Python floats, a bias per input told from a bias added twice by another
case's input count, and the formula finder given each neuron's own sum, bias, terms and sizes. Said in
words, never as a solution's code line.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading import formulas
from autograder.grading.compare import RETURNED_NONE, CheckFailed, Misconception, diagnose
from autograder.grading.errors import grown_by_number
from autograder.sandbox.session import StudentError

hints = load_sibling(__file__, "neuron_hints")  # a layer that answers with one neuron's number

LIST_CHANGED = (
    "Your function changed a list it was given. outputs = biases does not copy the list: both names refer "
    "to the caller's list, so outputs[j] += ... changes their biases too. Start a new list (outputs = [] "
    "and append to it, or outputs = list(biases))."
)
NUMPY_NUMBERS = (
    "layer_output is the plain-Python step of the course: lists in, a list of Python floats out, each sum "
    "written out. Your values are right, but the list holds NumPy numbers ({kind}), which np.dot, np.sum, "
    "arithmetic on a NumPy array or list() of an array give (printed, the list shows np.float64(...) where "
    "the docstring's example shows plain numbers). Add up the products with Python's own sum, or turn each "
    "output into a Python number with float(...) (an array's .tolist() does it for all of them at once)."
)
OTHER_BIAS = (
    "Each of your neurons adds another neuron's bias: {which}. Neuron j adds its own bias, biases[j], the one "
    "at the same index as its row of weights, weights[j]; an index shifted in the loop, or the biases read in "
    "another order, gives this (and Python reads biases[-1], the last one, without an error)."
)
OTHER_ORDER = (
    "Your list holds the right outputs, but in another order: neuron j's output belongs at index j, the "
    "position of its row weights[j]. Build the list in the order of the neurons, one append per neuron, "
    "without reversing or sorting it."
)


LAZY = ("generator", "map", "zip", "filter", "reversed", "enumerate")
LAZY_LIST = (
    "Your layer_output returns a {kind} object: a recipe that hands out the values one at a time when asked, not "
    "a list that holds them (a comprehension in round brackets makes a generator, in square brackets a list). "
    "Return a list: write the comprehension with square brackets, or wrap what you have in list(...)."
)


def not_a_list_hint(got, expected):
    """What to say about a layer_output that returned something other than a list."""
    if isinstance(got, np.ndarray):
        return ("This exercise is plain Python and returns a list: build it with a loop or a list comprehension, "
                "or turn your array into a list with .tolist().")
    if got is None:
        return RETURNED_NONE
    if isinstance(got, dict):
        return dict_hint(got, expected)
    if getattr(got, "type_name", None) in LAZY:
        return LAZY_LIST.format(kind=got.type_name)
    if diagnose(got, [Misconception("total", sum(expected))]) and len(expected) > 1:
        return ("Your result is the sum of the neurons' outputs: return the list of the outputs, one "
                "number per neuron, not their total.")  # fmt: skip
    return hints.layer_number_hint(got, expected)


def dict_hint(got, expected):
    """A layer_output that collects its outputs in a dict (outputs = {}, outputs[j] = ...)."""
    by_number = sorted(got) == list(range(len(expected))) if all(type(k) is int for k in got) else False
    right = by_number and diagnose([got[j] for j in range(len(expected))], [Misconception("right", list(expected))])
    found = ("Your dict holds the right output for each neuron number, " if right else
             "Your outputs are kept in a dict, ")
    return (found + "but layer_output returns a list, and a dict is not one: outputs[j] = value on an empty dict "
            "({}) makes a new key j instead of a list entry. Start with a list, outputs = [], and add each neuron's "
            "output with outputs.append(value), in the neurons' order.")


def swapped(inputs, weights, biases):
    """layer_output with the weights read as weights[i][j] (input i, neuron j): the list that
    reading gives, or None where it runs off the end of a list (as it does unless the layer has
    as many neurons as inputs)."""
    try:
        return [sum(inputs[i] * weights[i][j] for i in range(len(inputs))) + biases[j] for j in range(len(biases))]
    except IndexError:
        return None


A_TUPLE = (
    "Your values are right, but they come back as a {kind}, where the spec's layer_output returns a list. The two "
    "look alike, yet they are different types: a tuple (round brackets, or tuple(...)) cannot grow, and code that "
    "appends to the layer's outputs or compares them with a list breaks on it. Return the list itself: build it "
    "with a loop and append, or a comprehension in square brackets."
)


def expect_a_list(got, call):
    """Fail when a right answer is a sequence of another type than the spec's list (a tuple, say)."""
    if not isinstance(got, list):
        raise CheckFailed(f"{call} returned {type(got).__name__} {got!r}; the spec asks for a Python list",
                          hint=A_TUPLE.format(kind=type(got).__name__))


NESTED = (
    "Your list holds each neuron's output inside a list (or array) of its own, {first!r} for the first neuron, where "
    "the spec's layer_output returns a flat list of numbers, one number per neuron: square brackets around the "
    "value appended (or a row of one value) wrap it. Append the number itself."
)


def nested_hint(got):
    """NESTED when ``got`` is a list whose every item is a list, tuple or array of one value; None otherwise."""
    if not isinstance(got, (list, tuple)) or not got:
        return None
    if all(isinstance(v, (list, tuple, np.ndarray)) and np.size(v) == 1 for v in got):
        return NESTED.format(first=got[0])
    return None


def grown_by_number_hint(error):
    """errors.grown_by_number_hint of a StudentError: a list grown by one number with extend or +=."""
    return grown_by_number(error.raised, error.raised_message or "", error.detail)


def expect_python_floats(got, call):
    """Fail when a right list holds NumPy numbers (np.float64 and the like) where Python floats belong."""
    kinds = sorted({type(v).__name__ for v in got if isinstance(v, np.generic)})
    if kinds:
        raise CheckFailed(f"{call} returned the right values as NumPy numbers ({', '.join(kinds)}), not plain Python floats",
                          hint=NUMPY_NUMBERS.format(kind=", ".join(f"np.{k}" for k in kinds)))


def _described(order):
    """Which bias each neuron took, in words, for the indices ``order`` (neuron j took biases[order[j]])."""
    n = len(order)
    if all(k == (j - 1) % n for j, k in enumerate(order)):
        return "neuron j took biases[j - 1], the bias of the neuron before it (the first neuron the last bias)"
    if all(k == (j + 1) % n for j, k in enumerate(order)):
        return "neuron j took biases[j + 1], the bias of the neuron after it (the last neuron the first bias)"
    if all(k == n - 1 - j for j, k in enumerate(order)):
        return "the biases were taken in reverse order, the first neuron with the last bias"
    return "neuron " + ", neuron ".join(f"{j} took biases[{k}]" for j, k in enumerate(order))


def other_bias_hint(got, inputs, weights, biases):
    """OTHER_BIAS when each output of ``got`` is its neuron's weighted sum plus some bias of ``biases``,
    one each, taken in an order other than the neurons' own (every neuron given the same bias is
    another hint's); OTHER_ORDER when ``got`` is the right outputs in another order; None otherwise."""
    try:
        values = np.asarray(got, dtype=float)
        sums = np.asarray(weights, dtype=float) @ np.asarray(inputs, dtype=float)
        own = np.asarray(biases, dtype=float)
    except (TypeError, ValueError):
        return None
    n = len(own)
    if n < 2 or values.shape != (n,) or sums.shape != (n,) or not np.isfinite(values).all():
        return None
    right = sums + own
    if np.allclose(np.sort(values), np.sort(right), rtol=1e-9, atol=1e-12) and not np.allclose(values, right):
        return OTHER_ORDER
    order = []
    for j in range(n):
        found = np.flatnonzero(np.isclose(values[j] - sums[j], own, rtol=1e-9, atol=1e-12))
        if found.size != 1:
            return None  # no bias, or two equal ones: which was taken cannot be told
        order.append(int(found[0]))
    if len(set(order)) != n or order == list(range(n)):
        return None
    return OTHER_BIAS.format(which=_described(order))


LAYER_PARTS = (  # (symbol, meaning, value for neuron j of a layer): what one output is made of, for the finder
    ("d", "the neuron's weighted sum, inputs[i] * weights[j][i] added up over every input",
     lambda x, w, b: float(np.dot(w, x))),
    ("b", "the neuron's own bias, biases[j]", lambda x, w, b: float(b)),
    ("n", "the number of inputs", lambda x, w, b: float(len(x))),
    ("f", "inputs[0] * weights[j][0], the first input's term alone", lambda x, w, b: float(x[0] * w[0])),
    ("l", "inputs[-1] * weights[j][-1], the last input's term alone", lambda x, w, b: float(x[-1] * w[-1])),
    ("sx", "the inputs added up", lambda x, w, b: float(np.sum(x))),
    ("sw", "the neuron's weights added up", lambda x, w, b: float(np.sum(w))),
)


def layer_formula_hint(cases, answers):
    """The formula finder's hint for layer outputs that match no known mistake: which short formula of each
    neuron's weighted sum, bias, terms and sizes (LAYER_PARTS) every output is, pooled over the ``cases``
    ((inputs, weights, biases, what)) whose ``answers`` are lists of one number per neuron, against the
    spec's d + b; None when none is."""
    neurons, got = [], []
    for (inputs, weights, biases, _), answer in zip(cases, answers):
        values = formulas.as_numbers(answer) if isinstance(answer, (list, tuple)) else None
        if values is None or values.shape != (len(biases),) or not len(inputs):
            continue
        x = np.asarray(inputs, dtype=float)
        neurons += [(x, np.asarray(row, dtype=float), float(b)) for row, b in zip(weights, biases)]
        got += [float(v) for v in values]
    if not neurons:
        return None
    ingredients = [formulas.Ingredient(symbol, meaning, tuple(value(*neuron) for neuron in neurons))
                   for symbol, meaning, value in LAYER_PARTS]  # fmt: skip
    right = [float(np.dot(w, x) + b) for x, w, b in neurons]
    found = formulas.find_formula(got, ingredients, right)
    if found is None:
        return None
    return formulas.formula_hint(found, gives="layer_output", ingredients=ingredients, right="d + b").replace(
        f"Your layer_output gives {found} at", f"Each output of your layer_output is {found}, for every neuron at", 1)


def named_by_formula(cases, replies):
    """``formulas.named_by_formula`` for the layer_output check: ``replies`` its echoed answers to ``cases``."""

    def found():
        return layer_formula_hint(cases, [reply[0] for reply in replies.before_failure()])

    return formulas.named_by_formula(found)


THREE_INPUTS = ([0.5, -1.5, 2.25], [[1.0, 0.5, -0.25], [-0.3, 0.8, 0.6]], [0.3, -0.7], "three inputs, two neurons")
BIAS_TWICE_OR_PER_INPUT = (
    "Each of your neurons adds its bias twice. On layers of two inputs, as all of this check's are, two slips give "
    "this: the bias added once per input, inside the sum over the inputs, or added a second time after the sum. "
    "Add biases[j] once per neuron, after summing inputs[i] * weights[j][i]."
)


def bias_per_input_hint(cases, replies, hint):
    """``hint`` (the bias added once per input) unless another case's answer disproves that reading
    (``bias_per_input_disproved``); when every case has two inputs, where a bias added twice gives the
    same numbers, BIAS_TWICE_OR_PER_INPUT, which names both; None when disproved."""
    if _bias_per_input_disproved(cases, replies):
        return None
    return BIAS_TWICE_OR_PER_INPUT if all(len(inputs) == 2 for inputs, *_ in cases) else hint


def _bias_per_input_disproved(cases, replies):
    """Whether some case's answer (a list of one number per neuron, among the echoed ``replies`` that came
    back) is not each neuron's weighted sum plus its bias once per input: on a layer of two inputs that
    reading gives the same numbers as a bias added twice, which another case's input count tells apart."""
    for (inputs, weights, biases, _), reply in zip(cases, replies.before_failure()):
        values = formulas.as_numbers(reply[0]) if isinstance(reply[0], (list, tuple)) else None
        if values is None or values.shape != (len(biases),):
            continue
        per_input = np.asarray(weights, dtype=float) @ np.asarray(inputs, dtype=float) + len(inputs) * np.asarray(biases, dtype=float)
        if not np.allclose(values, per_input, rtol=1e-6, atol=1e-9):
            return True
    return False


KEPT_BETWEEN_CALLS = (
    "Your layer_output gives {answers} for the very same call made twice in a row: it keeps "
    "something from one call to the next. A default argument that is a list (outputs=[] in the def line) is made "
    "once, when the def line runs, and every call that leaves it out gets that same list, still holding what "
    "earlier calls put in it; a list made outside the function (at the module's top level) is shared the same way. "
    "Make a new, empty list inside the function, at every call, before the loop over the neurons."
)


def _short(value):
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def kept_between_calls_hint(student, inputs, weights, biases):
    """KEPT_BETWEEN_CALLS when the student's layer_output, asked the same question twice in a row (only once its
    answer was found wrong), gives two different answers; None otherwise (or when it raises)."""
    try:  # two requests: answered in one, a list kept between the calls would come back twice as it ends
        first, second = (student.call("layer_output", inputs, weights, biases) for _ in range(2))
    except StudentError:
        return None
    try:
        a, b = np.asarray(first, dtype=float), np.asarray(second, dtype=float)
        same = a.shape == b.shape and bool(np.allclose(a, b, rtol=1e-12, atol=0.0, equal_nan=True))
    except (TypeError, ValueError):
        same = repr(first) == repr(second)
    if same:
        return None
    if isinstance(first, (list, tuple)) and isinstance(second, (list, tuple)) and len(first) != len(second):
        answers = f"a list of {len(first)} values, then one of {len(second)},"
    else:
        answers = f"{_short(first)}, then {_short(second)},"
    return KEPT_BETWEEN_CALLS.format(answers=answers)
