"""Hints of the neuron checks for a TinyNetwork that answers with a value on the way to its output
(one hidden neuron's output, the hidden layer's outputs, sums or total, o1's sum before its sigmoid)
instead of o1's output. Said in words, never as a solution's code line.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import re

import numpy as np

from autograder.grading.compare import CheckFailed, Misconception, diagnose, is_number, kind_of, returned_nothing_hint
from autograder.sandbox.session import StudentError
from autograder.grading import tracebacks

HIDDEN_OUTPUT = (
    "Your output is what one neuron gives for the network's input x, a hidden neuron's output: feedforward "
    "returns the output neuron o1's output, and o1 takes the hidden outputs [h1, h2] as its inputs, not x."
)
OUTPUT_SUM = (
    "Your output is o1's weighted sum before its sigmoid: o1 is a Neuron like h1 and h2, so the network's "
    "answer is o1's own output for the inputs [h1, h2], with the sigmoid applied."
)
HIDDEN_TOTAL = (
    "Your output is h1 + h2, the hidden outputs added up: o1 is a neuron of its own, which weighs [h1, h2] with "
    "its weights, adds its bias and applies the sigmoid; feedforward returns o1's output."
)
LAYER_RETURNED = {
    "hidden": "You return the hidden layer's outputs [h1, h2], which are the inputs of the output neuron, not "
              "the network's answer: pass them to o1 and return o1's output, a single float.",
    "hidden_sums": "You return the hidden neurons' weighted sums, before their sigmoid, not the network's "
                   "answer: h1 and h2 are Neurons' outputs (sigmoid included), and feedforward passes [h1, h2] "
                   "to the output neuron o1 and returns o1's output, a single float.",
}


def expect_not_a_layer(got, layers, call):
    """Fail, naming it, when TinyNetwork's answer ``got`` is not one number but the hidden layer's
    values on the way to it, its outputs [h1, h2] or its weighted sums (``layers``:
    neuron_mistakes.tiny_network_layers). Several values holding o1's among them are named by
    expect_float."""
    try:
        values = np.asarray(got, dtype=float).ravel()
    except (TypeError, ValueError):
        return
    for which, text in LAYER_RETURNED.items():
        if values.shape == (2,) and np.allclose(values, layers[which], rtol=1e-6, atol=1e-9):
            raise CheckFailed(f"{call} returned {kind_of(got)}; it should return o1's output, a single number "
                              "(a float)", hint=text)  # fmt: skip


def expect_called(got, what, call):
    """Fail, naming ``what`` (the student's function) in the hint, when ``got`` is a function or
    method returned without being called (``compare.returned_nothing_hint``)."""
    if got is not None and (hint := returned_nothing_hint(got, what)):
        raise CheckFailed(f"{call} returned {kind_of(got)}; it should return a single number (a float)", hint=hint)


LAYER_ONE_NUMBER = (
    "You return one number, {which} output, where layer_output returns a list with one output per neuron. "
    "Start an empty list before the loop over the neurons, append each neuron's output to it inside the loop, "
    "and return the list after the loop (a return inside the loop ends the function at its first neuron)."
)
LAYER_CARRIED = (
    "Each neuron's output carries the weighted sums of the neurons before it: your running total is started "
    "once, before the loop over the neurons, and never set back to 0. Every neuron starts its own sum at 0: "
    "set the total to 0 inside the loop over the neurons, before the inner loop over the inputs."
)


def layer_number_hint(got, expected):
    """The hint for a layer_output that returned one number: named as the neuron whose output it is,
    when it is one, else said in general."""
    if not is_number(got) or not expected:
        return None
    for index, which in ((len(expected) - 1, "the last neuron's"), (0, "the first neuron's")):
        if diagnose(float(got), [Misconception("found", expected[index])]):
            return LAYER_ONE_NUMBER.format(which=which)
    return LAYER_ONE_NUMBER.format(which="a single")


ONE_ROW = (
    "Every neuron of yours weighs the inputs with the same row of weights, weights[{row}] ({which} neuron's): "
    "neuron j has a row of its own, weights[j], one weight per input. Inside the loop over the neurons, use "
    "the row of the neuron the loop is at."
)
JOINED_LISTS = (
    "Your list is the neurons' weighted sums followed by the biases ({n} + {n} entries): + on two Python lists "
    "joins them into one longer list, it does not add them entry by entry. Add each neuron's bias to its own "
    "sum, one number per neuron (in the loop, or pairing the two lists with zip)."
)
ARGUMENTS_SWAPPED = (
    "Your Neuron works when it is built as Neuron(weights, bias), but TinyNetwork fails with the very error your "
    "Neuron gives when it is built as Neuron(bias, weights): TinyNetwork passes the two arguments in the other "
    "order. Neuron takes the weights first, then the bias: build h1, h2 and o1 in that order."
)
FIXED_OUTPUT_WEIGHTS = (
    "Your output neuron o1 weighs [h1, h2] with weights that add up to {total:.4g} in every network, whatever "
    "weights the network is given{bias}: o1 is built with numbers written into the code, not from the "
    "arguments. All three neurons, h1, h2 and o1, are built from the weights and the bias TinyNetwork is given."
)


def layer_one_row_mistakes(reference, inputs, weights, biases):
    """(hint, value) pairs for a layer whose neurons all use the first, or the last, row of weights
    (asked of the reference's mistakes whatever the answer)."""
    return [(ONE_ROW.format(row=row, which=which),
             reference.mistakes.layer_with_mistake(inputs, weights, biases, one_row=row))
            for row, which in ((0, "the first"), (-1, "the last"))]  # fmt: skip


def joined_lists_hint(got, expected, biases):
    """JOINED_LISTS when ``got`` is the layer's sums (``expected`` less ``biases``) and the biases
    joined into one list, either way round; None otherwise."""
    sums = [e - b for e, b in zip(expected, biases)]
    try:
        values = np.asarray(got, dtype=float).ravel()
    except (TypeError, ValueError):
        return None
    for joined in (sums + list(biases), list(biases) + sums):
        if values.shape == (len(joined),) and np.allclose(values, joined, rtol=1e-6, atol=1e-9):
            return JOINED_LISTS.format(n=len(sums))
    return None


NEURONS_FED_WRONG = (
    "Your Neuron answers these weights, bias and input without an error, but "
    "TinyNetwork raises with them: look at what TinyNetwork hands its neurons. h1 and h2 each take the whole "
    "input x, both of its values, and o1 takes the list [h1, h2] of their outputs; each neuron is built from "
    "the weights and the bias TinyNetwork is given."
)


ONE_VALUE_FED = (
    "Your Neuron answers these weights, bias and input without an error, but raises this very error when it is "
    "given a single number, such as x[0], in place of a list of inputs: look at what TinyNetwork hands its "
    "neurons. h1 and h2 each take the whole input x, both of its values (not x[0] or x[1] alone), and o1 takes "
    "the list [h1, h2] of their outputs (not h1 or h2 alone)."
)


OBJECTS_FED = (
    "Your TinyNetwork hands a neuron a Neuron object itself where numbers belong (the error names the type "
    "'{kind}'): a Neuron is the thing that computes, its output is the number its feedforward returns for an "
    "input. o1 takes the outputs of h1 and h2 for x, two numbers, not the neurons h1 and h2 themselves."
)


def fed_wrong_hint(student, weights, bias, x, error):
    """The hint for a TinyNetwork that raised ``error`` where the student's Neuron(weights, bias) answers
    ``x`` (checked by the caller): OBJECTS_FED when the error names a Neuron as an operand (an object handed
    on where its output belongs), ONE_VALUE_FED when it raises the same error given the single number x[0], else
    NEURONS_FED_WRONG."""
    named = re.search(r"'(\w*Neuron\w*)'", error.raised_message or "")
    if named and error.raised == "TypeError":
        return OBJECTS_FED.format(kind=named.group(1))
    missing = re.search(r"'TinyNetwork' object has no attribute '(\w+)'", error.raised_message or "")
    if error.raised == "AttributeError" and missing and _not_kept(student, weights, bias, missing.group(1)):
        return NOT_KEPT.format(name=missing.group(1))
    try:
        student.new("Neuron", np.array(weights), bias).call("feedforward", [float(v) for v in x])
    except StudentError as on_list:
        if (on_list.raised, on_list.raised_message) == (error.raised, error.raised_message):
            return LIST_FED
    try:
        student.new("Neuron", np.array(weights), bias).call("feedforward", float(x[0]))
    except StudentError as one:
        if (one.raised, one.raised_message) == (error.raised, error.raised_message):
            return ONE_VALUE_FED
    return NEURONS_FED_WRONG


NOT_KEPT = (
    "Your TinyNetwork has no {name} once __init__ has run, and feedforward reads self.{name}: a name assigned in "
    "__init__ without self. ({name} = Neuron(...)) is a local variable of __init__, gone when __init__ returns, and "
    "a name spelt otherwise is another attribute. Keep each neuron on the network itself, self.{name} = "
    "Neuron(weights, bias), so that feedforward finds it."
)
LIST_FED = (
    "Your Neuron answers these weights, bias and input as an array, but raises this very error when it is given "
    "the same input as a Python list, and a TinyNetwork hands a list to its output neuron o1: [h1, h2], the hidden "
    "outputs. Neuron.feedforward must take a list as it takes an array: convert its inputs to an array first, "
    "np.asarray(inputs, dtype=float)."
)


def _not_kept(student, weights, bias, name) -> bool:
    """Whether a TinyNetwork(weights, bias), just built, has no attribute ``name`` (asked only for a network whose
    feedforward raised AttributeError naming it)."""
    batch = student.batch()
    made = batch.invoke("TinyNetwork", (np.array(weights), bias))
    step = batch.get(name, on=made)
    replies = batch.run()
    try:
        replies[made]
    except StudentError:
        return False  # not built at all: that error is another story
    try:
        replies[step]
    except StudentError as exc:  # the grader's lookup says "<name> is not defined"
        return not exc.raised and exc.message.endswith(f"{name} is not defined")
    return False


def neuron_works(student, weights, bias, x) -> bool:
    """Whether the student's own Neuron(weights, bias) answers ``x`` without raising, with a number."""
    return _neuron_answer(student, weights, bias, x) == "number"


def _neuron_answer(student, weights, bias, x) -> str:
    """What the student's own Neuron(weights, bias) gives for ``x``: "number", "raises" or "other"."""
    try:
        got = student.new("Neuron", np.array(weights), bias).call("feedforward", np.array(x))
    except StudentError:
        return "raises"
    return "number" if is_number(got) else "other"


NEURON_NOT_A_NUMBER = (
    "TinyNetwork is made of Neurons, and your Neuron does not return a number for these weights, bias and "
    "input (see the check of Neuron.feedforward): o1 is handed what h1 and h2 return, so fix Neuron first, "
    "and TinyNetwork follows."
)


def neuron_not_a_number_hint(student, weights, bias, x):
    """NEURON_NOT_A_NUMBER when the student's own Neuron answers ``x`` without raising but not with a
    number (what its outputs then break in o1 is Neuron's fault); None otherwise."""
    return NEURON_NOT_A_NUMBER if _neuron_answer(student, weights, bias, x) == "other" else None


def swapped_arguments_hint(student, weights, bias, x, error):
    """ARGUMENTS_SWAPPED when TinyNetwork raised ``error`` while the student's own Neuron, built as
    Neuron(weights, bias), works on ``x``, and built as Neuron(bias, weights) raises the same error in
    the same place."""
    if not neuron_works(student, weights, bias, x):
        return None  # the Neuron fails itself: its own check says how
    try:
        student.new("Neuron", bias, np.array(weights)).call("feedforward", np.array(x))
    except StudentError as swapped:
        if (swapped.raised, swapped.raised_message, _innermost(swapped)) == (error.raised, error.raised_message,
                                                                             _innermost(error)):
            return ARGUMENTS_SWAPPED
    return None


def _innermost(error):
    """Where in the student's code ``error`` was raised: the last frame of its traceback (file, line,
    function), None without one. Two mistakes can raise the same words in different places (a hidden
    neuron given one number fails in feedforward; a Neuron built with its arguments swapped, in __init__)."""
    frames = [frame for frame in tracebacks.frames(error.detail) if frame.function.isidentifier()]
    return frames[-1] if frames else None


def fixed_output_weights_hint(answers, cases, layers):
    """FIXED_OUTPUT_WEIGHTS when TinyNetwork's ``answers`` are what an o1 with weights that never change
    gives on the right hidden outputs (``layers``: neuron_mistakes.tiny_network_layers per case): o1's sum
    (the logit of the answer) is the same multiple of the hidden output in every case, with the bias given
    or with one fixed bias, and that multiple is not the weights given. None otherwise."""
    try:
        got = np.array([float(a) for a in answers])
    except (TypeError, ValueError):
        return None
    if len(got) < 3 or not np.all((got > 1e-9) & (got < 1 - 1e-9)):
        return None
    sums = np.log(got / (1 - got))
    hidden = np.array([known["hidden"][0] for known in layers])
    biases = np.array([bias for _, bias, _, _ in cases])
    given = np.array([sum(weights) for weights, _, _, _ in cases])
    totals = (sums - biases) / hidden
    if np.allclose(totals, totals[0], rtol=1e-4, atol=1e-6) and not np.allclose(totals, given, rtol=1e-4, atol=1e-6):
        return FIXED_OUTPUT_WEIGHTS.format(total=totals[0], bias="")
    fit, *_ = np.linalg.lstsq(np.stack([hidden, np.ones_like(hidden)], axis=1), sums, rcond=None)
    if (np.allclose(fit[0] * hidden + fit[1], sums, rtol=1e-4, atol=1e-6) and np.ptp(biases) > 1e-6
            and not np.allclose(fit[0], given, rtol=1e-4, atol=1e-6)):
        return FIXED_OUTPUT_WEIGHTS.format(total=fit[0], bias=f" (and with the bias {fit[1]:.4g} in every network)")
    return None


FLIPPED_SIGMOID = (
    "Your neuron gives 1 - sigmoid(z), the sigmoid of -z, where z is the weighted sum plus the bias: a sign is "
    "flipped on the way. The sigmoid is 1 / (1 + exp(-z)), exp of minus z; exp(z) in its place, the weighted "
    "sum and the bias both negated, or 1 - sigmoid(z) (also written exp(-z) / (1 + exp(-z))) all give your "
    "numbers."
)
STEP_OUTPUT = (
    "Your neuron outputs 0 or 1, a step (1 where the weighted sum plus the bias reaches 0), as a threshold "
    "on z or a rounded sigmoid gives. This neuron's activation is the sigmoid itself, a number between 0 and "
    "1: return sigmoid(z) as it is, without comparing it or z with anything and without rounding."
)
TWICE = (
    "Your network applies the sigmoid twice in its {where}: sigmoid(sigmoid(z)). A Neuron's feedforward already "
    "ends with its sigmoid, so {what} is used as it comes, without a sigmoid of its own on top."
)


NEURON_TWICE = (
    "Your neuron takes the sigmoid twice: its output is sigmoid(sigmoid(z)), with z the weighted sum plus the bias, "
    "which stays between 0.5 and 0.731 whatever z is. A neuron takes one sigmoid, of z: return that sigmoid's value "
    "as it is, without passing it through the sigmoid (or a function that already takes it) a second time."
)


OTHER_ACTIVATION = (
    "Your neuron's output is {what} of the weighted sum plus the bias, z: another activation in the sigmoid's "
    "place. This neuron's activation is the sigmoid, 1 / (1 + exp(-z)), a number between 0 and 1: take the "
    "sigmoid of z."
)


SIGMOID_SLOPE = (
    "Your neuron returns sigmoid(z) * (1 - sigmoid(z)), the sigmoid's slope (its derivative) at z, the weighted "
    "sum plus the bias, where feedforward returns the sigmoid itself: the neuron's output is sigmoid(z), a "
    "number between 0 and 1. The slope belongs to backpropagation, later; return the sigmoid's value."
)


UNBRACKETED = (
    "Your neuron returns 1 + exp(-z), with z the weighted sum plus the bias: the brackets around the sigmoid's "
    "denominator are missing, and / binds tighter than +, so 1 / 1 + exp(-z) divides 1 by 1 and then adds exp(-z). "
    "Put the whole denominator in brackets, 1 / (1 + exp(-z)), which stays between 0 and 1."
)


def neuron_activation_mistakes(z):
    """What a Neuron gives on the weighted sum plus bias ``z`` with a flipped sign in its sigmoid, a
    step in its place (the step at z = 0 either way: >= or >), a second sigmoid on top, a ReLU or
    tanh, or its denominator unbracketed: (hint, value) pairs."""
    with np.errstate(over="ignore"):
        unbracketed = 1.0 + np.exp(-z)
    sigmoid = 1.0 / (1.0 + np.exp(-z))
    return [(FLIPPED_SIGMOID, 1.0 - sigmoid), (STEP_OUTPUT, float(z >= 0)), (STEP_OUTPUT, float(z > 0)),
            (NEURON_TWICE, float(1.0 / (1.0 + np.exp(-sigmoid)))),
            (OTHER_ACTIVATION.format(what="max(0, z), a ReLU"), max(0.0, z)),
            (OTHER_ACTIVATION.format(what="tanh(z), a tanh"), float(np.tanh(z))),
            (SIGMOID_SLOPE, float(sigmoid * (1.0 - sigmoid))), (UNBRACKETED, float(unbracketed))]


def tiny_twice_mistakes(weights, bias, layers):
    """What TinyNetwork gives with a second sigmoid on o1's output, or on each hidden output before o1
    takes them: (hint, value) pairs (``layers`` from the mistakes module's tiny_network_layers)."""
    def sigmoid(z):
        return 1.0 / (1.0 + np.exp(-z))

    twice_hidden = sigmoid(layers["hidden"][0])
    output_of_twice = sigmoid(float(np.dot(weights, [twice_hidden, twice_hidden]) + bias))
    return [(TWICE.format(where="output neuron o1", what="o1's output"), sigmoid(sigmoid(layers["output_sum"]))),
            (TWICE.format(where="hidden neurons", what="each hidden output"), output_of_twice)]
