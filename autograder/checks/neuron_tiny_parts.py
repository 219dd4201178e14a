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
    ("the bias negated, {b:g}", lambda w, b: (w, -b)),
    ("the weights negated, {w}", lambda w, b: (-w, b)),
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


REPLAYED = (
    "Your network's outputs are, for every input the check tried, those of a TinyNetwork with {readings} (for the "
    "weights {weights} and the bias {bias}). All three neurons, h1, h2 and o1, are built from the very weights and "
    "bias TinyNetwork gets, passed on as they are, and each hidden neuron takes the whole input x as it is."
)
SETS = (tuple((name,) for name in PARTS), (("h1", "h2"), ("h1", "o1"), ("h2", "o1")), (PARTS,))  # fewest first


def _network(w, b, x, built, which):
    """TinyNetwork's output with the neurons named in ``which`` built with ``built(w, b)``."""
    made = {name: built(w, b) if name in which else (w, b) for name in PARTS}
    h1, h2 = (_neuron(*made[name], x) for name in ("h1", "h2"))
    return _neuron(*made["o1"], [h1, h2])


def replayed_hint(cases, answers, shown=None):
    """REPLAYED when a reading of READINGS, for one set of the neurons (the fewest that fit), gives every answer
    of ``answers`` (one per case: weights, bias, x, what) where the right network does not, saying every reading
    that fits (h1 or h2 built with its weights reversed gives what it gives fed the input reversed: both are
    said, with the numbers of ``shown``, (weights, bias), or the last case's). For a network whose parts are not
    the spec's h1, h2 and o1, which cannot be asked alone."""
    if not cases or len(answers) != len(cases) or not all(is_number(a) for a in answers):
        return None
    arrays = [(np.asarray(w, dtype=float), float(b), np.asarray(x, dtype=float)) for w, b, x, _ in cases]

    def gives(built, which):
        return all(np.isclose(a, _network(w, b, x, built, which), rtol=1e-7, atol=1e-12)
                   for a, (w, b, x) in zip(answers, arrays))

    if gives(None, ()):
        return None
    w, b = arrays[-1][:2] if shown is None else (np.asarray(shown[0], dtype=float), float(shown[1]))
    for sets in SETS:
        fits = [(which, words, built) for which in sets for words, built in READINGS if gives(built, which)]
        if not fits:
            continue
        said = []
        for which, words, built in fits:
            bw, bb = built(w, b)
            names = _names(which)
            text = f"{names} built with {words.format(w=_listed(bw), b=bb)}"
            if built is READINGS[0][1] and "o1" not in which:
                text += f" (or {names} given the input x in reverse order)"
            said.append(text)
        return REPLAYED.format(readings="; or ".join(said), weights=_listed(w), bias=f"{b:g}")
    return None


def parts_hint(student, weights, bias, x, cases=(), answers=()):
    """BUILT_OTHERWISE naming the parts of the student's TinyNetwork(weights, bias) whose outputs alone differ
    from a Neuron(weights, bias)'s, with what they were built with when one reading fits them all; WIRED_OTHERWISE
    when every part is right alone. When the network has not the spec's three parts, or they do not answer,
    replayed_hint over every case's ``answers``."""
    w, b = np.asarray(weights, dtype=float), float(bias)
    hidden = _neuron(w, b, x)
    inputs = {"h1": np.asarray(x, dtype=float), "h2": np.asarray(x, dtype=float), "o1": np.array([hidden, hidden])}
    answers_alone = _ask(student, weights, bias, x, hidden)
    if any(value is None for value in answers_alone.values()):
        return replayed_hint(list(cases), list(answers), shown=(weights, bias))
    answers = answers_alone
    off = [name for name in PARTS if not np.isclose(answers[name], _neuron(w, b, inputs[name]), rtol=1e-7, atol=1e-12)]
    if not off:
        return WIRED_OTHERWISE
    fits = []
    for words, built in READINGS:
        bw, bb = built(w, b)
        if all(np.isclose(answers[name], _neuron(bw, bb, inputs[name]), rtol=1e-7, atol=1e-12) for name in off):
            fits.append(words.format(w=_listed(bw), b=bb))
    reading = f" (a Neuron built with {'; or with '.join(fits)} gives that)" if fits else ""
    first, names = off[0], _names(off)
    return BUILT_OTHERWISE.format(names=names, verb="gives" if len(off) == 1 else "give", first=first,
                                  got=answers[first], given=_listed(inputs[first]), weights=list(weights), bias=bias,
                                  right=_neuron(w, b, inputs[first]), reading=reading)


def _names(which):
    return which[0] if len(which) == 1 else ", ".join(which[:-1]) + " and " + which[-1]


def _listed(values):
    return "[" + ", ".join(f"{float(v) + 0.0:.4g}" for v in values) + "]"  # + 0.0: no -0


WHOLE_HIDDEN = (
    "Your network's output is what o1 gives for {fed}{alone}: the hidden outputs become whole numbers on the way "
    "to o1 ({how}). A hidden output is a sigmoid's value, always between 0 and 1, so int() cuts every one of them "
    "to 0 and round() makes it 0 or 1. Hand them to o1 as they are, floats, without int(), round() or a comparison."
)
WHOLE_OR_FIXED = (
    " Your network's parts cannot be asked alone (it has not the spec's h1, h2 and o1), and an o1 built with weights "
    "of its own that add up to 0 would give the same outputs: if your hidden outputs are passed on as they are, "
    "look at the numbers o1 is built with instead (the weights TinyNetwork is given)."
)
CUTS = (("the inputs [0, 0]", "int() or a cast to an integer type truncates them to 0", np.trunc),
        ("the hidden outputs rounded, 0 or 1 each", "rounded to 0 or 1", np.round))


def whole_hidden_hint(student, cases, answers):
    """WHOLE_HIDDEN when TinyNetwork's ``answers`` (one per case: weights, bias, x, what) are, wherever one is
    wrong, what o1 gives fed the right hidden outputs truncated (or rounded) to whole numbers, and the network's
    h1, h2 and o1, asked alone (only then), are right; with WHOLE_OR_FIXED when the parts cannot be asked (a fixed
    o1 can give the truncated outputs too). None otherwise, and when the parts asked alone are wrong."""
    if not cases or len(answers) != len(cases) or not all(is_number(a) for a in answers):
        return None
    arrays = [(np.asarray(w, dtype=float), float(b), np.asarray(x, dtype=float)) for w, b, x, _ in cases]
    right = [_neuron(w, b, [_neuron(w, b, x)] * 2) for w, b, x in arrays]
    if all(np.isclose(a, r, rtol=1e-7, atol=1e-12) for a, r in zip(answers, right)):
        return None
    for fed, how, cut in CUTS:
        replayed = [_neuron(w, b, [cut(_neuron(w, b, x))] * 2) for w, b, x in arrays]
        if all(np.isclose(a, r, rtol=1e-7, atol=1e-12) for a, r in zip(answers, replayed)):
            break
    else:
        return None
    weights, bias, x, _ = cases[0]
    w, b = arrays[0][:2]
    hidden = _neuron(w, b, x)
    alone = _ask(student, weights, bias, x, hidden)
    if any(value is None for value in alone.values()):
        return WHOLE_HIDDEN.format(fed=fed, alone="", how=how) + WHOLE_OR_FIXED
    inputs = {"h1": arrays[0][2], "h2": arrays[0][2], "o1": np.array([hidden, hidden])}
    if not all(np.isclose(alone[name], _neuron(w, b, inputs[name]), rtol=1e-7, atol=1e-12) for name in PARTS):
        return None
    return WHOLE_HIDDEN.format(fed=fed, alone=", though h1, h2 and o1 each give the right output asked alone", how=how)
