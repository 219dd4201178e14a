"""Python slips of the neuron exercise that its values alone do not name: a star in a def line, a list's
append kept as the list, an append one loop too deep, a TinyNetwork that writes its hidden outputs into
the caller's x or returns them with its answer. Each guess is tested on the student's own code (its
signature, read in the child, or a call on a telling input) before it is said.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.checking.signatures import plain_signature
from autograder.grading.compare import CheckFailed, Misconception, diagnose
from autograder.sandbox.session import StudentError

STAR = (
    "Your {name} is defined with a star, {spelled}: a star parameter gathers all the arguments of a call into "
    "one tuple, so a call such as {example} hands your code the tuple ({given},), with the {what} inside it, and "
    "your code then works on that tuple instead of the {what} itself (hence the error). The spec's {name} takes "
    "the {what} as one argument: remove the star from the def line, {fixed}."
)
APPEND_KEPT = (
    "list.append changes the list where it is and gives back None, so outputs = outputs.append(value) "
    "throws your list away and keeps None in its place: the next append then fails (and a layer of one neuron "
    "returns None). Call it alone on its line, outputs.append(value), without assigning its result."
)
APPEND_TOO_DEEP = (
    "Your list has {got} entries for {neurons} neurons of {inputs} inputs: one for every input of every neuron. "
    "Each is a running total, so the append sits inside the loop over the inputs (indented one level too "
    "deep) and adds a partial sum after every input. Move the append out of that inner loop, one indent to the "
    "left, so that it runs once per neuron, after the whole sum: total plus the neuron's bias."
)
TINY_PAIR = (
    "Your feedforward returns two things at once, {order}: o1's output alone is the answer. The hidden outputs are only a step on the way; keep them in a local variable and "
    "return o1's output alone, a single float."
)
TINY_WRITES_X = (
    "Your feedforward writes into x, the caller's input: after the call x holds {after} where {given} was "
    "given{which}. So h2 (and o1) read a changed x, and the caller's data is overwritten (a tuple, which "
    "cannot be changed, would even raise a TypeError). Leave x as it is: h1 and h2 both read the whole x, and "
    "their outputs go into a new list, hidden = [h1's output, h2's output], which is what o1 reads."
)


def _signature(student, target, name):
    """The student's parameters of ``target`` (a child target) as plain rows, or None."""
    try:
        reply = student.session.request(student.name, "signature", target, f"reading the parameters of {name}",
                                        make_object=lambda *_args: None)  # fmt: skip
    except StudentError:
        return None
    return plain_signature(reply)


def _starred(rows):
    """The name of the first parameter when it is a star one (*args), or None."""
    if not rows or rows[0][1] != "VAR_POSITIONAL":
        return None
    return rows[0][0]


def count_star_hint(student):
    """STAR for a count_parameters whose first parameter is *something."""
    star = _starred(_signature(student, {"module": student.name, "name": "count_parameters"}, "count_parameters"))
    if star is None:
        return None
    return STAR.format(name="count_parameters", spelled=f"count_parameters(*{star})", what="list of sizes",
                       example="count_parameters([3, 5, 2])", given="[3, 5, 2]", fixed=f"def count_parameters({star}):")


def feedforward_star_hint(student, weights, bias):
    """STAR for a Neuron whose feedforward's first parameter after self is *something."""
    try:
        neuron = student.new("Neuron", np.array(weights), bias)
        rows = _signature(student, {"obj": neuron.id, "name": "feedforward"}, "feedforward")
    except StudentError:
        return None
    star = _starred(rows)
    if star is None:
        return None
    return STAR.format(name="feedforward", spelled=f"feedforward(self, *{star})", what="input",
                       example="feedforward([2.0, 3.0])", given="[2.0, 3.0]", fixed=f"def feedforward(self, {star}):")


def append_kept_hint(student, exc):
    """APPEND_KEPT when ``exc`` is append called on None and a layer of one neuron returns None."""
    if exc.raised != "AttributeError" or "'NoneType' object has no attribute 'append'" not in exc.raised_message:
        return None
    try:
        alone = student.call("layer_output", [1.0, 2.0], [[0.5, -1.0]], [0.25])
    except StudentError:
        return None
    return APPEND_KEPT if alone is None else None


def append_too_deep_hint(got, inputs, weights, biases):
    """APPEND_TOO_DEEP when ``got`` is, neuron after neuron, the running sum plus bias after each input."""
    partial = []
    for row, bias in zip(weights, biases):
        total = 0.0
        for x, w in zip(inputs, row):
            total += x * w
            partial.append(total + bias)
    if len(inputs) < 2 or len(got) != len(partial) or not diagnose(list(got), [Misconception("deep", partial)]):
        return None
    return APPEND_TOO_DEEP.format(got=len(got), neurons=len(biases), inputs=len(inputs))


def expect_no_pair(got, right, hidden, call):
    """Fail with TINY_PAIR when TinyNetwork's answer is (o1's output, [h1, h2])."""
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return
    first, second = got
    for output, layer, order in ((first, second, "o1's output and the hidden outputs [h1, h2]"),
                                 (second, first, "the hidden outputs [h1, h2] and o1's output")):
        output, layer = _floats(output), _floats(layer)
        if output is not None and layer is not None and output.size == 1 and layer.size == 2 and \
                np.isclose(output[0], right, rtol=1e-6, atol=1e-9) and np.allclose(layer, hidden, rtol=1e-6, atol=1e-9):
            raise CheckFailed(f"{call} returned a pair of {order}; it should return a single number (a float)",
                              hint=TINY_PAIR.format(order=order))  # fmt: skip


def _floats(value):
    """``value`` as a flat float array, or None."""
    try:
        return np.asarray(value, dtype=float).ravel()
    except (TypeError, ValueError):
        return None


def tiny_writes_x_hint(x, after, hidden):
    """TINY_WRITES_X when the input x came back from TinyNetwork.feedforward changed (``after``: it echoed)."""
    try:
        given, after = np.asarray(x, dtype=float), np.asarray(after, dtype=float)
    except (TypeError, ValueError):
        return None
    if after.shape != given.shape or np.array_equal(given, after):
        return None
    which = ""
    if np.isclose(after[0], hidden[0], rtol=1e-6, atol=1e-9):
        which = " (x[0] now holds h1's output)"
    return TINY_WRITES_X.format(after=[round(float(v), 6) for v in after], given=given.tolist(), which=which)
