"""More readings of the neuron checks: a neuron whose weighted sum is scaled by a constant (its inputs divided
or multiplied inside it), a TinyNetwork whose o1 takes the hidden sums before their sigmoid or a generator where a list
belongs, a layer whose loop pairs weights and biases in the other order, or pairs the inputs with their
weights one place out, or keeps only its last product. Said in words, never as a solution's code line.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import re

import numpy as np

from autograder.sandbox.session import StudentError

SCALED_SUM = (
    "Your neuron's weighted sum is {factor} the right one at every input the check tried (the bias added as it "
    "is): the inputs, or the weights, are {how} before they are weighed, as a scaling of the data written "
    "into the neuron does. A neuron weighs its inputs as they are given: "
    "sigmoid(dot(weights, x) + bias), with no scaling inside."
)
SCALED_TOTAL = (
    "Your neuron's z, the weighted sum plus the bias, is {factor} the right one at every input the check tried: "
    "it is {how} before the sigmoid is taken. A neuron takes the sigmoid of z as it is, "
    "sigmoid(dot(weights, x) + bias), with no factor in front."
)


def _factor_words(c):
    """How a constant ``c`` scales: ("1/8 of", "divided by 8") or ("2.5 times", "multiplied by 2.5")."""
    inverse = 1.0 / c
    if abs(c) < 1 and np.isclose(inverse, round(inverse), rtol=1e-6) and abs(round(inverse)) > 1:
        return f"1/{round(inverse)} of", f"divided by {round(inverse)}"
    return f"{c:.4g} times", f"multiplied by {c:.4g}"


def scaled_sum_hint(cases, answers):
    """SCALED_SUM when the z read back from each answer (a sigmoid's output) less the case's bias is one
    constant (not 1) times the case's weighted sum, in every case (``cases``: (weights, bias, x, what));
    SCALED_TOTAL when z itself is one constant times the right z; None otherwise, and where fewer than three
    cases have a weighted sum away from 0 (too few to tell a factor from a coincidence)."""
    if len(answers) != len(cases) or not all(isinstance(a, (int, float, np.floating)) and 1e-12 < a < 1 - 1e-12
                                             for a in answers):
        return None
    inside = np.array([float(np.log(a) - np.log1p(-a)) for a in answers])
    d = np.array([float(np.dot(w, x)) for w, _, x, _ in cases])
    b = np.array([float(bias) for _, bias, _, _ in cases])
    for values, base, text in ((inside - b, d, SCALED_SUM), (inside, d + b, SCALED_TOTAL)):
        away = np.abs(base) > 1e-3
        if np.count_nonzero(away) < 3:
            continue
        ratios = values[away] / base[away]
        c = float(np.median(ratios))
        if np.isclose(c, 1.0, rtol=1e-4) or np.isclose(c, 0.0, atol=1e-9):
            continue
        if np.allclose(values, c * base, rtol=1e-5, atol=1e-7):
            factor, how = _factor_words(c)
            return text.format(factor=factor, how=how)
    return None


HIDDEN_SUMS_FED = (
    "Your o1 is handed the hidden neurons' weighted sums (weights . x + bias), before their sigmoid, where it takes "
    "their outputs: a hidden neuron's output is the sigmoid of its sum, what its own feedforward returns. Hand o1 "
    "[h1's output, h2's output], the sigmoid included, and return o1's output."
)


def hidden_sums_fed(weights, bias, layers):
    """What TinyNetwork gives when o1 takes the hidden sums, not the hidden outputs (``layers``: the mistakes
    module's tiny_network_layers for the case)."""
    z = float(np.dot(weights, layers["hidden_sums"]) + bias)
    return float(0.5 * (1.0 + np.tanh(0.5 * z)))


LAZY_FED = (
    "Your TinyNetwork hands a neuron a {kind} object where a list of numbers belongs (the error names the type "
    "'{kind}'): an expression in round brackets, (... for ... in ...), makes a generator, and map(...) or zip(...) "
    "make lazy objects of their own: they hold no numbers until something loops over them, and NumPy cannot "
    "multiply them. Put the hidden outputs in a list, with square brackets [...] (or list(...) around them), and "
    "hand o1 that list."
)
_LAZY = re.compile(r"'(generator|map|zip|filter|itertools\.\w+|dict_values)'")


def lazy_fed_hint(error):
    """LAZY_FED when ``error`` (a TinyNetwork's StudentError) names a generator or another lazy iterator as an
    operand; None otherwise."""
    found = _LAZY.search(error.raised_message or "") if error.raised == "TypeError" else None
    return LAZY_FED.format(kind=found.group(1)) if found else None


PAIRED_OTHER_WAY = (
    "Your layer_output works when weights and biases are handed to it in each other's places: it takes each "
    "neuron's weights from biases and its bias from weights. Either the loop pairs the two lists in another "
    "order than the names it gives them (zip(biases, weights) gives the bias first, whatever the loop variables "
    "are called), or the parameters are listed in another order than the spec's, layer_output(inputs, weights, "
    "biases). Pair the lists in the order you name them: zip(weights, biases) gives a neuron's weights, then "
    "its bias."
)


def paired_other_way_hint(student, inputs, weights, biases, expected):
    """PAIRED_OTHER_WAY when the student's layer_output, asked with ``weights`` and ``biases`` swapped, gives
    the right ``expected`` list; None otherwise (asked only for a layer_output that raised)."""
    try:
        got = student.call("layer_output", list(inputs), list(biases), [list(row) for row in weights])
    except StudentError:
        return None
    try:
        values = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if values.shape == (len(expected),) and np.allclose(values, expected, rtol=1e-6, atol=1e-9):
        return PAIRED_OTHER_WAY
    return None


LAYER_SHIFTED = {
    "weights": "Each of your neurons pairs the inputs with its weights one place out: inputs[0] with weights[j][1], "
               "inputs[1] with weights[j][2], and weights[j][0] is never used, as when the first weight is taken for "
               "a bias weight (the x0 = 1 way of writing a bias). Here the biases come in a list of their own, so "
               "every weight of weights[j] weighs an input, the first one too: inputs[i] goes with weights[j][i], "
               "the same i, for every i.",
    "inputs": "Each of your neurons pairs its weights with the inputs one place out: weights[j][0] with inputs[1], "
              "and inputs[0] is never used. Every input is weighed, the first one too: inputs[i] goes with "
              "weights[j][i], the same i, for every i.",
}
LAYER_LAST_TERM = (
    "Each of your outputs is the neuron's bias plus only the last input's product, inputs[-1] * weights[j][-1]: "
    "every product but the last is lost, as when the total inside the loop over the inputs is replaced at each "
    "step (total = ...) where it should be added to (total += ...), so each product overwrites the one before. "
    "Start the total at 0 for each neuron, add up the products of every input with its weight, then add the bias."
)


def layer_mistakes(reference, inputs, weights, biases):
    """(hint, value) pairs for a layer that pairs inputs and weights one place out, either way, or keeps only
    each sum's last product (asked of the reference's mistakes whatever the answer)."""
    return [*[(text, reference.mistakes.layer_with_mistake(inputs, weights, biases, shifted=which))
              for which, text in LAYER_SHIFTED.items()],
            (LAYER_LAST_TERM, reference.mistakes.layer_with_mistake(inputs, weights, biases, last_term=True))]


RESULT_TOO_SHORT = (
    "An assignment into a list ran past its end (list assignment index out of range): your code writes each "
    "neuron's output into a list made beforehand, and that list has fewer slots than the layer has neurons. With "
    "{inputs} inputs and {neurons} neurons, a list sized by the inputs ([0.0] * len(inputs)) is {inputs} long: "
    "layer_output gives one output per neuron, so size it by the neurons, len(weights) (or len(biases)), or start "
    "with an empty list and append each neuron's output."
)


def result_too_short_hint(error, inputs, neurons):
    """RESULT_TOO_SHORT when layer_output's IndexError ``error`` is an assignment's (a list written past its end,
    not read past it) on a layer of ``inputs`` inputs and more ``neurons``; None otherwise."""
    if error.raised != "IndexError" or "assignment" not in (error.raised_message or "") or neurons <= inputs:
        return None
    return RESULT_TOO_SHORT.format(inputs=inputs, neurons=neurons)
