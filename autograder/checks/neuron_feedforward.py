"""The neuron checks' Neuron.feedforward: the known mistakes of one neuron (the bias missing, subtracted,
added after the sigmoid or once per input; no sigmoid; slips in the weighted sum), an array where one
number belongs (products never summed), feedforward's answer read as one float, and that float's precision
(``expect_double_precision``: a Python float, an np.float64 or a 0-d float64 array is the float the spec
asks for, a float32 is not; the instructor's reading is written beside the hidden check that asks it).

Loaded by ``test_neuron.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``); handed out with the checks.
"""

from contextlib import contextmanager

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import CheckFailed, Misconception, expect_float, fail_with, kind_of
from autograder.sandbox.session import StudentError

hints = load_sibling(__file__, "neuron_hints")  # a neuron's activation slips; a Neuron handed on
sums = load_sibling(__file__, "neuron_sum_hints")  # a neuron's weighted sum spelled wrong

NO_BIAS = "The bias is missing: add it to the weighted sum, before the sigmoid: sigmoid(dot(weights, x) + bias)."
ELEMENT_WISE = (
    "weights * inputs is element-wise: it gives one product per input, an array, where the neuron needs "
    "one number. Add the products up (np.sum) or use np.dot(weights, inputs) to get the weighted sum."
)
ONE_NUMBER = "only 0-dimensional arrays can be converted", "only length-1 arrays can be converted"
NEURON_BIAS_PER_INPUT = (
    "Your neuron adds the bias once per input ({n} times here), as a bias added inside the sum does (to each "
    "weights[i] * x[i] before summing): add it once, after the weighted sum, then take the sigmoid."
)


def one_number_hint(message):
    """A hint for the TypeError of float(), int() or a math function given an array where one number
    belongs (weights * inputs, never summed), or None for any other error."""
    if "raised TypeError" not in message or not any(text in message for text in ONE_NUMBER):
        return None
    return "A conversion to one Python number (float(), int() or a math function) was given an array. " + ELEMENT_WISE


LIST_JOINED = (
    "Your Neuron adds a number to a Python list (the error: can only concatenate list): + on a list only joins "
    "another list to its end, and lists have no element-wise arithmetic. Make the inputs (and weights) an array "
    "first, np.asarray(inputs, dtype=float), so that a list is computed as an array is."
)
SAME_AS_ARRAY = (
    "Your Neuron gives this same number for the inputs as an array, so the list is taken as an array is, and it is "
    "the neuron's output itself that is wrong (see the check of Neuron.feedforward, which asks this very example): "
    "fix Neuron first, and this check follows."
)


def list_joined_hint(error):
    """LIST_JOINED for the TypeError of a number added to a list; None for any other error."""
    return LIST_JOINED if error.raised == "TypeError" and "can only concatenate list" in (error.raised_message or "") else None


def same_as_array_hint(student, got):
    """SAME_AS_ARRAY when the student's Neuron([0, 1], 4), asked the lesson's example with arrays (asked only once
    the answer with lists, ``got``, is wrong), gives ``got`` too; None otherwise."""
    try:
        on_array = student.new("Neuron", np.array([0.0, 1.0]), 4.0).call("feedforward", np.array([2.0, 3.0]))
        return SAME_AS_ARRAY if np.isclose(float(on_array), got, rtol=1e-12, atol=0.0) else None
    except (StudentError, TypeError, ValueError):
        return None


@contextmanager
def one_number(first=None):
    """Calls of feedforward: an array where one number belongs fails the check with a hint
    instead of ending it as an error (``first``: a reader of the error asked before the others)."""
    try:
        yield
    except StudentError as exc:
        hint = (first(exc) if first else None) or one_number_hint(exc.message) or sums.one_entry_more_hint(exc.message)
        fail_with(exc, hint)


def sigmoid(z):
    return float(np.exp(-np.logaddexp(0.0, -z)))


BIAS_AFTER = "The bias is added before the sigmoid, not after it."
BIAS_AFTER_OR_INPUTS = (
    "Your sigmoid is not the last step of your neuron. Two slips give this number on these weights: the bias added "
    "after the sigmoid, or the sigmoid taken of each input before weighing it (weights . sigmoid(x) + bias). "
    "A neuron weighs its inputs as they are, adds the bias, and takes one sigmoid of that whole total, last."
)
SUBTRACTED_BIAS = (
    "Your output is the sigmoid of the weighted sum minus the bias: the bias is added, "
    "sigmoid(dot(weights, x) + bias)."
)


def neuron_mistakes(reference, weights, bias, x, slips=False):
    """What a Neuron would give for a few known mistakes (the reference's mistakes module is asked
    whatever the answer, so that a student's kit holds its reply); with ``slips``, slips in the
    weighted sum, a flipped sign in the sigmoid and a step in its place too, which a saturated sigmoid
    hides in one case: named only by all cases at once."""
    z = float(np.dot(weights, x) + bias)
    subtracted = reference.mistakes.feedforward_bias_subtracted(weights, bias, x)
    found, after = reference.mistakes.feedforward_slips(weights, bias, x), sigmoid(z - bias) + bias
    of_inputs = found["sigmoid_of_inputs"]  # on weights such as [0, 1] the same number as the bias after the sigmoid:
    # one case alone names both readings; with slips (all cases at once) each has its own hint, the other cases tell
    return [
        Misconception(SUBTRACTED_BIAS, subtracted),
        Misconception("Apply the sigmoid to the weighted sum: sigmoid(dot(weights, x) + bias).", z),
        Misconception(BIAS_AFTER if slips or not np.isclose(after, of_inputs, rtol=1e-9) else BIAS_AFTER_OR_INPUTS, after),
        Misconception(NO_BIAS, sigmoid(z - bias)),
        Misconception(NEURON_BIAS_PER_INPUT.format(n=len(x)), sigmoid(z + (len(x) - 1) * bias)),
        *[Misconception(sums.FEEDFORWARD_SLIPS[name], value)
          for name, value in found.items() if slips],
        *[Misconception(text, value) for text, value in hints.neuron_activation_mistakes(z) if slips],
    ]


def one_float(got, n_inputs, call):
    """``got`` as one number; an array of one value per input is named as unsummed products."""
    hints.expect_called(got, "Neuron.feedforward", call)
    if isinstance(got, np.ndarray) and got.shape == (n_inputs,) and n_inputs > 1:
        raise CheckFailed(f"{call} returned {kind_of(got)}, one value per input; it should return a single "
                          "number (a float)", hint=ELEMENT_WISE)  # fmt: skip
    return expect_float(got, call=call)


def raise_error(got):
    if isinstance(got, StudentError):
        raise got


NARROW = (
    "Your {name} returns {kind}: {dtype} keeps about {digits} significant digits, where a Python float (and "
    "np.float64) keeps 16, so your answer is off from about the {off} digit on (the spec's example is "
    "{fact!r}). The spec asks for a float: a Python float, an np.float64 or a 0-d float64 array all count, a "
    "narrower {dtype} does not. Compute in float64 (dtype=float, never np.{dtype}), and return float(...) of the result."
)


def _narrow(value):
    """The dtype's name when ``value`` is a float narrower than float64 (float32, float16), else None."""
    kind = getattr(value, "dtype", None)
    return kind.name if kind is not None and kind.kind == "f" and kind.itemsize < 8 else None


def expect_double_precision(answer, name, call):
    """Fails where ``answer`` (``name``'s right float, from ``call``) is a float narrower than float64's (an
    np.float32 or a 0-d float32 array); a Python float, an np.float64 or a 0-d float64 array passes."""
    dtype = _narrow(answer)
    if dtype:
        digits, off = {2: (3, "4th"), 4: (7, "8th")}.get(np.dtype(dtype).itemsize, (16, "17th"))
        raise CheckFailed(f"{call} returned {kind_of(answer)}: {dtype}, not a float of float64's precision",
                          hint=NARROW.format(name=name, kind=kind_of(answer), dtype=dtype, digits=digits, off=off,
                                             fact=0.9990889488055994))
