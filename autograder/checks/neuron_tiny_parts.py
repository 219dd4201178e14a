"""Hints of the TinyNetwork check read from the network's own parts: once its output is wrong and the
student's Neuron is right, each of its neurons h1, h2 and o1 (the spec's names) is asked alone, with the
input it should get, so the hint can say which neuron was built with other numbers than the network's
weights and bias (and which numbers: the weights reversed, made whole numbers, the bias left out or cut),
or, when every neuron is right alone, that feedforward hands them the wrong inputs. Asked only of a
network already found wrong. Said in words, never as a solution's code line.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.grading.compare import is_number
from autograder.sandbox.session import StudentError

PARTS = ("h1", "h2", "o1")
BUILT_OTHERWISE = (
    "Your network's {names} {verb} other outputs than a Neuron built from the weights and the bias TinyNetwork is "
    "given: asked alone, {first} gives {got:.6g} for the input {given}, where Neuron({weights}, {bias}) gives "
    "{right:.6g}{reading}. All three neurons, h1, h2 and o1, are built from the very weights and bias TinyNetwork "
    "gets, passed on as they are."
)
READINGS = (  # (what a neuron was built with, in words; weights and bias it was built with, from the given ones)
    ("the weights in reverse order, {w}",
     lambda w, b: (w[::-1], b)),
    ("the weights made whole numbers, {w}: int() or dtype=int cuts the decimals off", lambda w, b: (np.trunc(w), b)),
    ("the weights rounded to whole numbers, {w}", lambda w, b: (np.round(w), b)),
    ("no bias: the bias left out, or 0 passed in its place", lambda w, b: (w, 0.0)),
    ("the bias made a whole number, {b:g}: int() cuts the decimals off", lambda w, b: (w, float(np.trunc(b)))),
    ("the first weight in both places, {w}", lambda w, b: (np.array([w[0], w[0]]), b)),
    ("the second weight in both places, {w}", lambda w, b: (np.array([w[1], w[1]]), b)),
)
WIRED_OTHERWISE = (
    "Each of your network's neurons, h1, h2 and o1, gives the right output when it is asked alone (with the input "
    "x for h1 and h2, with [h1, h2] for o1), yet the network's output is wrong: feedforward hands them other inputs "
    "than these. h1 and h2 each take the whole input x, as it is, and o1 takes the list of their two outputs, "
    "[h1's output, h2's output]; the network returns o1's output."
)


def _sigmoid(z):
    return float(1.0 / (1.0 + np.exp(-z)))


def _neuron(weights, bias, inputs):
    return _sigmoid(float(np.dot(weights, inputs) + bias))


def _ask(student, weights, bias, x, hidden):
    """Each part's output asked alone (None where the network has no such part or it does not answer with a
    number): h1 and h2 with x, o1 with [hidden, hidden] (the right hidden outputs)."""
    answers = {}
    for name in PARTS:
        given = np.array(x) if name != "o1" else np.array([hidden, hidden])
        batch = student.batch()
        made = batch.invoke("TinyNetwork", (np.array(weights), bias))
        batch.invoke("feedforward", (np.array(x),), on=made)  # parts made on the way exist now too
        step = batch.invoke("feedforward", (given,), on=batch.get(name, on=made))
        try:
            got = batch.run()[step]
        except StudentError:
            got = None
        answers[name] = float(got) if is_number(got) else None
    return answers


def parts_hint(student, weights, bias, x):
    """BUILT_OTHERWISE naming the parts of the student's TinyNetwork(weights, bias) whose outputs alone differ
    from a Neuron(weights, bias)'s, with what they were built with when one reading fits them all; WIRED_OTHERWISE
    when every part is right alone; None when the network has not the spec's three parts, or they do not answer."""
    w, b = np.asarray(weights, dtype=float), float(bias)
    hidden = _neuron(w, b, x)
    inputs = {"h1": np.asarray(x, dtype=float), "h2": np.asarray(x, dtype=float), "o1": np.array([hidden, hidden])}
    answers = _ask(student, weights, bias, x, hidden)
    if any(value is None for value in answers.values()):
        return None
    off = [name for name in PARTS if not np.isclose(answers[name], _neuron(w, b, inputs[name]), rtol=1e-7, atol=1e-12)]
    if not off:
        return WIRED_OTHERWISE
    fits = []
    for words, built in READINGS:
        bw, bb = built(w, b)
        if all(np.isclose(answers[name], _neuron(bw, bb, inputs[name]), rtol=1e-7, atol=1e-12) for name in off):
            fits.append(words.format(w=_listed(bw), b=bb))
    reading = f" (a Neuron built with {'; or with '.join(fits)} gives that)" if fits else ""
    first = off[0]
    names = off[0] if len(off) == 1 else ", ".join(off[:-1]) + " and " + off[-1]
    return BUILT_OTHERWISE.format(names=names, verb="gives" if len(off) == 1 else "give", first=first,
                                  got=answers[first], given=_listed(inputs[first]), weights=list(weights), bias=bias,
                                  right=_neuron(w, b, inputs[first]), reading=reading)


def _listed(values):
    return "[" + ", ".join(f"{float(v) + 0.0:.4g}" for v in values) + "]"  # + 0.0: no -0
