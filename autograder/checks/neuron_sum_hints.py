"""Hints of the neuron checks for a weighted sum spelled wrong: in Neuron.feedforward (slips by the
names of ``neuron_mistakes.feedforward_slips``, an output that never reads the inputs or the weights,
an output no sigmoid gives, a product whose two sides differ by one entry) and in layer_output (the
bias multiplied, or taken from the inputs; the sums of inputs and weights multiplied; only the first
inputs read; a whole list where one number belongs). Said in words, never as a solution's code line.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import math
import re

import numpy as np

from autograder.grading.formulas import Ingredient, find_formula, formula_hint
from autograder.sandbox.session import StudentError

FEEDFORWARD_SLIPS = {
    "mean": "Your neuron averages the products weights[i] * x[i] (a mean, which divides by the number of inputs) "
            "where it should add them up: the weighted sum is the plain sum of the products, then the bias is "
            "added and the sigmoid taken.",
    "bias_times": "Your neuron multiplies the weighted sum by the bias: the bias is added to the weighted sum, "
                  "not multiplied with it, and the sigmoid is taken of that total.",
    "added_pairs": "Your neuron adds each weight to its input (weights + x) where it should multiply them: the "
                   "weighted sum is the sum of the products weights[i] * x[i], then the bias is added.",
    "weights_squared": "Your neuron multiplies the weights with themselves (the dot product of the weights with the "
                       "weights), so its output never changes with the input: the weighted sum pairs each weight "
                       "with its own input, weights[i] * x[i], added up; then the bias is added and the sigmoid taken.",
    "inputs_squared": "Your neuron multiplies the inputs with themselves (the dot product of the input with the "
                      "input), so its output never changes with the weights: the weighted sum pairs each input "
                      "with its own weight, weights[i] * x[i], added up; then the bias is added and the sigmoid taken.",
    "bias_in_weights": "Your neuron adds the bias to every weight (weights + bias) before multiplying by the inputs, "
                       "so the bias is multiplied by each input and counted once per input: add it once, to the "
                       "finished weighted sum (after the products are added up), then take the sigmoid.",
    "bias_in_inputs": "Your neuron adds the bias to every input (x + bias) before multiplying by the weights, so the "
                      "bias is multiplied by each weight and counted once per input: add it once, to the finished "
                      "weighted sum (after the products are added up), then take the sigmoid.",
    "sigmoid_each": "Your neuron takes one sigmoid per input, of weights[i] * x[i] + bias, and adds them up (which "
                    "can pass 1, where no single sigmoid goes). A neuron has one sigmoid, taken once of the whole "
                    "weighted sum: add up the products first, add the bias once, then take the sigmoid of that total.",
    "sigmoid_each_bias_after": "Your neuron takes one sigmoid per product weights[i] * x[i], adds them up, then adds "
                               "the bias. A neuron has one sigmoid, taken last, of the whole weighted sum plus the "
                               "bias: add up the products first, add the bias, then take the sigmoid of that total.",
    "sigmoid_each_mean": "Your neuron averages one sigmoid per input (of weights[i] * x[i] + bias). A neuron has one "
                         "sigmoid, taken once of the whole weighted sum: add up the products first, add the bias "
                         "once, then take the sigmoid of that total.",
    "product_of_sums": "Your neuron multiplies the sum of the weights by the sum of the inputs. That product pairs "
                       "every weight with every input (weights[0] * x[1] too), where a neuron pairs each weight with "
                       "its own input only: multiply weights[i] by x[i], add those products up (the dot product), "
                       "then add the bias and take the sigmoid.",
    "inputs_truncated": "Your neuron turns its inputs into whole numbers before weighing them: converting to int "
                        "(dtype=int, int(), astype(int)) cuts off the decimals, so 0.56 and -0.67 both become 0. With "
                        "whole-number inputs such as [2, 3] it is right, with fractional ones it is not: keep the "
                        "inputs as floats (dtype=float).",
    "weights_truncated": "Your Neuron makes its weights whole numbers before weighing the inputs: converting to int "
                         "(dtype=int, int(), astype(int)) cuts off the decimals, so 0.56 and -0.67 both become 0. With "
                         "whole-number weights such as [0, 1] it is right, with fractional ones it is not: keep the "
                         "weights as floats (dtype=float).",
    "bias_truncated": "Your Neuron makes its bias a whole number: int() (or dtype=int) cuts off the decimals, so a bias "
                      "of 0.43 becomes 0 and one of -1.7 becomes -1. With a whole-number bias such as 4 it is right, "
                      "with a fractional one it is not: keep the bias as a float, float(bias).",
    "sigmoid_of_inputs": "Your neuron takes the sigmoid of each input before weighing it, and none of the weighted "
                         "sum: its output is weights . sigmoid(x) + bias, which can pass 1. A neuron uses its inputs "
                         "as they are, and takes one sigmoid, last, of the whole weighted sum plus the bias.",
}


UNREAD = (
    "Your Neuron gives the same output, {got:.6g}, {when}, where the right outputs differ: its weighted sum "
    "never reads {what}. Each weight is multiplied by its own input, weights[i] * x[i], the products are added "
    "up, the bias is added once, and the sigmoid is taken of that total."
)
OUT_OF_RANGE = (
    "Your Neuron's output, {got:.6g}, is not between 0 and 1, where every sigmoid's output lies: what it returns "
    "is not one sigmoid of the weighted sum plus the bias (a sum of several sigmoids, something added after "
    "the sigmoid, or no sigmoid at all give such numbers). Compute the one number z = weighted sum + bias, "
    "and return sigmoid(z)."
)


def probes(case):
    """Two more questions for the feedforward check's ``case`` (weights, bias, x, what): the same
    neuron given another input, and a neuron with other weights given the same input."""
    weights, bias, x, what = case
    other = [round(2 * v + 1, 3) for v in x], [round(2 * v + 1, 3) for v in weights]
    return [(weights, bias, other[0], what), (other[1], bias, x, what)]


def right(weights, bias, x):
    return float(1.0 / (1.0 + np.exp(-(np.dot(weights, x) + bias))))


def right_z(weights, bias, x):
    """The weighted sum plus the bias, the number inside a neuron's sigmoid."""
    return float(np.dot(weights, x) + bias)


WHOLE_SUM = (
    "Your neuron makes the weighted sum plus the bias, z, a whole number before its sigmoid: its outputs are the "
    "sigmoid of z {how} (z = {z:.4g} gives sigmoid({cut:g}) = {got:.6g}), so the fraction of z is lost. That is "
    "what {causes} does. Keep z a float: take the sigmoid of the weighted sum plus the bias as it is."
)
WHOLE_MODES = (("cut off after the point", np.trunc, "int(z) (or z put into an array of dtype=int)"),
               ("rounded down", np.floor, "z // 1, math.floor or np.floor"),
               ("rounded to the nearest whole number", np.round, "round(z) or np.round(z)"))


def whole_sum_hint(cases, answers):
    """WHOLE_SUM when every wrong output is the sigmoid of the right z (weighted sum plus bias) cut,
    floored or rounded to a whole number, naming every reading the numbers fit; None otherwise, and when
    the cut z are all 0 (a sigmoid of 0 for every input says too little). ``cases``: (weights, bias, x, what)."""
    if len(answers) != len(cases) or not all(_is_number(a) and 1e-12 < a < 1 - 1e-12 for a in answers):
        return None
    inside = np.array([float(np.log(a) - np.log1p(-a)) for a in answers])
    z = np.array([right_z(*case[:3]) for case in cases])
    differ = ~np.isclose(inside, z, rtol=1e-7, atol=1e-9)
    if not differ.any() or np.any(z[differ] == np.round(z[differ])) or np.all(np.round(inside[differ]) == 0):
        return None
    fits = [(how, causes) for how, cut, causes in WHOLE_MODES if np.allclose(inside[differ], cut(z[differ]), atol=1e-6)]
    if not fits:
        return None
    k = int(np.flatnonzero(differ & (np.round(inside) != 0))[0])
    causes = " or ".join(causes for _, causes in fits)
    return WHOLE_SUM.format(how=" or ".join(how for how, _ in fits), z=z[k], cut=float(np.round(inside[k])),
                            got=float(answers[k]), causes=causes)


def unread_hint(got, case, probed):
    """UNREAD when the student's Neuron gave ``got`` on ``case`` and the same on one (or both) of its
    ``probes`` (answers ``probed``), whose right outputs differ from the case's; None otherwise (and for an
    output of 0 or 1, which a saturated sigmoid can give for many inputs)."""
    if not _is_number(got) or not 1e-6 < got < 1 - 1e-6:
        return None
    weights, bias, x, _ = case
    inside = float(np.log(got) - np.log1p(-got))
    if abs(inside - round(inside)) < 1e-6 and abs(right_z(weights, bias, x) - round(right_z(weights, bias, x))) > 1e-6:
        return None  # the sigmoid of a whole number: a z cut to whole numbers gives it for many weights and inputs
    same = [_is_number(answer) and np.isclose(answer, got, rtol=1e-9, atol=1e-12)
            and abs(right(*probe[:3]) - right(weights, bias, x)) > 1e-3
            for probe, answer in zip(probes(case), probed)]  # fmt: skip
    other_x, other_weights = probes(case)
    if all(same):
        when = f"whatever its weights and input (weights {weights} or {other_weights[0]}, input {x} or {other_x[2]})"
        return UNREAD.format(got=got, when=when, what="the weights or the inputs")
    if same[0]:
        return UNREAD.format(got=got, when=f"for the input {x} and for {other_x[2]} (weights {weights}, bias {bias})",
                             what="the inputs")
    if same[1]:
        return UNREAD.format(got=got, when=f"for the weights {weights} and {other_weights[0]} (input {x}, bias {bias})",
                             what="the weights")
    return None


INPUTS_LEFT_OUT = (
    "Your Neuron's output does not change when {changed} changes, though its weight is not 0 (the weights are "
    "{weights}), so the right output does: the weighted sum leaves out {which}, and reads only {read}. A sum "
    "written out term by term for the lesson's two inputs, or a loop over a fixed range, stops short like this. "
    "Add up weights[i] * x[i] over every input, however many the neuron has (the dot product of the weights "
    "and the input does it for any length)."
)


def _indices(indices):
    return " and ".join(", ".join(f"x[{i}]" for i in indices).rsplit(", ", 1))


def unread_inputs_hint(student, cases, replies):
    """INPUTS_LEFT_OUT when, for the first case whose answer is a wrong number, the student's Neuron gives the
    same output with one input changed (each in turn, asked only here: the check already failed) where the
    right output changes, for some inputs but not all (an output that reads no input is UNREAD's); None
    otherwise (``cases``: (weights, bias, x, what))."""
    for (weights, bias, x, what), got in zip(cases, replies):
        if not _is_number(got) or np.isclose(got, right(weights, bias, x), rtol=1e-7, atol=1e-12) or len(x) < 2:
            continue
        changed = [(weights, bias, [v + 1.0 if k == i else v for k, v in enumerate(x)], what) for i in range(len(x))]
        batch = student.batch()
        steps = [batch.invoke("feedforward", (np.array(c[2]),), on=batch.invoke("Neuron", (np.array(weights), bias)))
                 for c in changed]  # fmt: skip
        replies, answers = batch.run(), []
        for step in steps:
            try:
                answers.append(replies[step])
            except StudentError:
                answers.append(None)
        unread = [i for i, (answer, case) in enumerate(zip(answers, changed))
                  if _is_number(answer) and np.isclose(answer, got, rtol=1e-12, atol=0.0)
                  and abs(right(*case[:3]) - right(weights, bias, x)) > 1e-6]
        if not unread or len(unread) == len(x):
            return None
        read = [i for i in range(len(x)) if i not in unread]
        return INPUTS_LEFT_OUT.format(changed=_indices(unread), weights=weights, which=_indices(unread),
                                      read=_indices(read) + (f", the first {len(read)}" if len(read) > 1 and read == list(range(len(read))) else ""))
    return None


def out_of_range_hint(answers):
    """OUT_OF_RANGE for the first answer clearly outside [0, 1], None when there is none."""
    for got in answers:
        if _is_number(got) and _finite(got) and not -1e-9 <= got <= 1 + 1e-9:
            return OUT_OF_RANGE.format(got=got)
    return None


def _finite(value) -> bool:
    """Whether a number is finite as a float (an int no float holds is not)."""
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


def _is_number(value):
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)


LAYER_BIAS_TIMES = (
    "Your neurons multiply their weighted sum by their bias: neuron j's output is its weighted sum plus its "
    "bias, biases[j] added to the sum, not multiplied with it."
)
LAYER_BIASES_FROM_INPUTS = (
    "Each of your neurons adds inputs[j], the input of its own index, where its bias belongs: the loop over the "
    "neurons pairs each row of weights with the inputs list instead of the biases list. Pair each row with its "
    "bias, biases[j] (zip stops at the shorter list, so pairing with the inputs also gives one output per input "
    "when the layer has more neurons than inputs)."
)


def layer_sum_mistakes(reference, inputs, weights, biases):
    """(hint, value) pairs for a layer that multiplies each sum by its bias, takes its biases from the
    inputs, multiplies the sum of the inputs by the sum of each row, or reads only the first few inputs
    (asked of the reference's mistakes whatever the answer)."""
    return [(LAYER_BIAS_TIMES, reference.mistakes.layer_with_mistake(inputs, weights, biases, bias_times=True)),
            (LAYER_BIASES_FROM_INPUTS,
             reference.mistakes.layer_with_mistake(inputs, weights, biases, biases_from_inputs=True)),
            (LAYER_PRODUCT_OF_SUMS, reference.mistakes.layer_with_mistake(inputs, weights, biases, product_of_sums=True)),
            *[(LAYER_FIRST_INPUTS.format(k=k, n=len(inputs)),
               reference.mistakes.layer_with_mistake(inputs, weights, biases, first_inputs=k)) for k in range(1, len(inputs))]]


LAYER_PRODUCT_OF_SUMS = (
    "Each of your neurons gives the sum of the inputs times the sum of its weights, plus its bias: every input is "
    "multiplied by every weight (two for clauses in one sum, or two sums multiplied). Pair each input with its "
    "own weight, inputs[i] * weights[j][i], one product per input, and add those products up."
)
LAYER_FIRST_INPUTS = (
    "Your layer reads only the first {k} of the {n} inputs: each neuron's weighted sum stops there, as a fixed "
    "number of terms written out does. Sum over every input, each times its own weight (a loop over the inputs, "
    "or zip of the inputs with the neuron's weights), so that any number of inputs works."
)


LIST_TIMES_NUMBER = (
    "Python cannot multiply a list by a float (a list times a whole number repeats the list; times a float it is "
    "this TypeError): somewhere a whole list stands where one number belongs. In the inner sum each input is "
    "multiplied by one weight, its own in the row of the neuron the outer loop is at; pairing the inputs with "
    "weights, the list of every neuron's row, hands each input a whole row instead. Pair the inputs with that "
    "one neuron's row, so that each product is one number times one number."
)
LIST_TIMES_LIST = (
    "Python cannot multiply two lists: lists have no element-wise arithmetic, so inputs times a row of weights "
    "is this TypeError. Pair the inputs with the neuron's weights (zip) and multiply one input by one weight at "
    "a time, then add the products up."
)


def list_times_number_hint(error: StudentError):
    """A hint for layer_output's TypeError of a list multiplied by a float, or by another list; None for
    any other error."""
    if error.raised != "TypeError" or "can't multiply sequence by non-int" not in (error.raised_message or ""):
        return None
    if "of type 'list'" in error.raised_message:
        return LIST_TIMES_LIST
    return LIST_TIMES_NUMBER if "of type 'float'" in error.raised_message else None


SQUARE = ([1.0, 2.0], [[0.5, -1.0], [2.0, 0.25]], [0.5, -1.0])  # the docstring's layer: as many neurons as inputs
BIAS_INDEXED_IN_INPUTS = (
    "Each of your neurons adds inputs[j], the input of its own index, where its bias belongs, biases[j]: with "
    "{inputs} inputs and {neurons} neurons, inputs[j] runs off the end of the inputs list, which is the IndexError. "
    "Neuron j's bias is biases[j], one per neuron."
)
INDEX_READINGS = (
    "An index ran off the end of a list: with {inputs} inputs and {neurons} neurons, the three lists have "
    "different lengths. weights has one row per neuron and biases one bias per neuron ({neurons} of each), "
    "while inputs and each row weights[j] have one entry per input ({inputs}). Reading weights[i][j] with the "
    "two indices swapped, or inputs[j] with a neuron's index, gives this error: neuron j's output is the sum "
    "over i of inputs[i] * weights[j][i], plus biases[j]."
)


def index_error_hint(student, swapped, from_inputs, swapped_hint, inputs, neurons):
    """The hint for a layer_output that raised IndexError on a layer of ``inputs`` inputs and ``neurons``
    neurons, where the weights read with swapped indices run off a row: the student's layer_output is
    asked SQUARE, a layer where neither runs off, and its answer tells the readings apart: ``swapped_hint``
    when it is ``swapped`` (SQUARE read as weights[i][j]), BIAS_INDEXED_IN_INPUTS when it is
    ``from_inputs`` (SQUARE's neurons given the inputs as biases, asked of the reference's mistakes
    whatever the answer), INDEX_READINGS (both readings) when neither or when it raises."""
    try:
        got = student.call("layer_output", *SQUARE)
        values = np.asarray(got, dtype=float)
    except (StudentError, TypeError, ValueError):
        return INDEX_READINGS.format(inputs=inputs, neurons=neurons)
    for reading, hint in ((swapped, swapped_hint), (from_inputs, BIAS_INDEXED_IN_INPUTS.format(inputs=inputs,
                                                                                            neurons=neurons))):
        if values.shape == (len(reading),) and np.allclose(values, reading, rtol=1e-6, atol=1e-9):
            return hint
    return INDEX_READINGS.format(inputs=inputs, neurons=neurons)


ONE_ENTRY_MORE = (
    "The two sides of a product in your feedforward have {a} and {b} entries, one apart, where the weights and the "
    "inputs it was given have the same length: an entry was added to one side (a constant 1 put before or after "
    "the inputs, as for a bias input, say) or one was dropped. This neuron keeps its bias apart: pair the weights "
    "with the inputs exactly as given, add the products up, then add the bias once."
)
_SIZES = (re.compile(r"shapes \((\d+),\) and \((\d+),\) not aligned"),
          re.compile(r"could not be broadcast together with shapes \((\d+),\) \((\d+),\)"),
          re.compile(r"size (\d+) is different from (\d+)"))


def one_entry_more_hint(message):
    """ONE_ENTRY_MORE for an error of two 1-D operands whose lengths differ by one (np.dot's "not aligned",
    a broadcast's or the @ operator's mismatch), asked of a Neuron whose weights and input have one length
    (the feedforward checks' Neurons all have); None for any other error."""
    for pattern in _SIZES:
        found = pattern.search(message or "")
        if found:
            a, b = (int(v) for v in found.groups())
            return ONE_ENTRY_MORE.format(a=a, b=b) if abs(a - b) == 1 else None
    return None


SUM_PARTS = (  # (symbol, meaning, value for one case's weights, bias, x): what a neuron's z is made of, for the finder
    ("d", "the weighted sum, weights[i] * x[i] added up over every input", lambda w, b, x: float(np.dot(w, x))),
    ("b", "the bias", lambda w, b, x: float(b)),
    ("n", "the number of inputs", lambda w, b, x: float(len(x))),
    ("f", "weights[0] * x[0], the first input's term alone", lambda w, b, x: float(w[0] * x[0])),
    ("l", "weights[-1] * x[-1], the last input's term alone", lambda w, b, x: float(w[-1] * x[-1])),
    ("sw", "the weights added up", lambda w, b, x: float(np.sum(w))),
    ("sx", "the inputs added up", lambda w, b, x: float(np.sum(x))),
)


def sum_formula_hint(cases, answers, *, wider=True, only_wider=False):
    """The formula finder's hint for a Neuron whose outputs match no known mistake but are each a
    sigmoid: which short formula of the case's weighted sum, bias, terms and sizes (SUM_PARTS) the number
    inside that sigmoid is (read back from the output), against the spec's d + b; None when an output is
    not strictly between 0 and 1, or no formula fits (``cases``: (weights, bias, x, what); ``wider``: search
    formulas of three operations too; ``only_wider``: those alone, for a second asking)."""
    if len(answers) != len(cases) or not all(_is_number(a) and 1e-12 < a < 1 - 1e-12 for a in answers):
        return None
    inside = [float(np.log(a) - np.log1p(-a)) for a in answers]  # the z whose sigmoid each answer is
    arrays = [(np.asarray(w, dtype=float), float(b), np.asarray(x, dtype=float)) for w, b, x, _ in cases]
    ingredients = [Ingredient(symbol, meaning, tuple(value(*case) for case in arrays)) for symbol, meaning, value in SUM_PARTS]
    right = [float(np.dot(w, x) + b) for w, b, x in arrays]
    found = find_formula(inside, ingredients, right, wider=wider, only_wider=only_wider)
    if found is None:
        return None
    return formula_hint(found, gives="Neuron's output", ingredients=ingredients, right="sigmoid(d + b)").replace(
        f"gives {found} at", f"is sigmoid({found}) at", 1)
