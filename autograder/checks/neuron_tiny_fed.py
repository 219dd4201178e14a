"""A hint of the TinyNetwork check read off what its output neuron o1 was handed: once the network's output is
wrong, each answer is matched with o1 (a Neuron of the network's weights and bias) fed a list of two slots, each
a hidden output, 0.0 or an input, and when one such list gives every case's answer, and it leaves one slot at
0.0, the hint says which slot of the hidden list is never written (quoting the student's two writes into the same
index when their feedforward has them). Asked only after the check failed. Said in words, never as a solution's
code line.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import ast
import itertools

import numpy as np

from autograder.grading import function_source as source

SLOT_LEFT = (
    "Your output neuron o1 is handed {shown}: one slot of the hidden list holds a hidden neuron's output, and "
    "hidden[{empty}] stays 0.0{where}. (h1 and h2 share the weights and the bias, so their outputs are equal "
    "here: the numbers show that one slot is never filled.) Write h1's output into hidden[0] and h2's into "
    "hidden[1], so that o1 gets [h1's output, h2's output]."
)


def _o1(weights, bias, pair):
    total = float(np.dot(np.asarray(weights, dtype=float), np.asarray(pair, dtype=float)) + bias)
    return 1.0 / (1.0 + np.exp(-total))


def slot_left_hint(student, cases, numbers, layers):
    """SLOT_LEFT when every answer in ``numbers`` is o1 fed [h, 0.0] (or [0.0, h]), h the hidden output of
    ``layers`` (tiny_network_layers per case), and no other pair of hidden outputs, zeros and inputs fits."""
    try:
        if len(numbers) != len(cases) or len(cases) < 3:
            return None
        fits = []
        for first, second in itertools.product(("h", "0", "x0", "x1"), repeat=2):
            ok = True
            for (weights, bias, x, _), got, known in zip(cases, numbers, layers):
                value = {"h": known["hidden"][0], "0": 0.0, "x0": float(x[0]), "x1": float(x[1])}
                if not np.isclose(float(got), _o1(weights, bias, (value[first], value[second])), rtol=1e-7, atol=1e-10):
                    ok = False
                    break
            if ok:
                fits.append((first, second))
        if fits not in ([("h", "0")], [("0", "h")]):
            return None
        empty = 1 if fits[0] == ("h", "0") else 0
        shown = "[a hidden output, 0.0]" if empty else "[0.0, a hidden output]"
        return SLOT_LEFT.format(shown=shown, empty=empty, where=_twice_words(student, 1 - empty))
    except Exception:
        return None


def _twice_words(student, filled):
    """' (your feedforward writes hidden[0] twice: `...` and `...`)' when it assigns the same index twice."""
    try:
        text, node = source.function(student, "neuron", "TinyNetwork.feedforward")
        if node is None:
            return ""
        writes = [n for n in ast.walk(node) if isinstance(n, ast.Assign) for t in n.targets
                  if isinstance(t, ast.Subscript) and isinstance(t.slice, ast.Constant) and t.slice.value == filled]
        if len(writes) != 2:
            return ""
        lines = " and ".join(f"`{source.statement_line(text, w)}`" for w in writes)
        return (f": your feedforward writes the same slot twice, {lines} (line {writes[0].lineno} and line "
                f"{writes[1].lineno}), so the second write replaces the first and hidden[{1 - filled}] is never written")
    except Exception:
        return ""
