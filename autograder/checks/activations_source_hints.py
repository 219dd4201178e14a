"""Slips of the activations exercise that values alone cannot tell apart, read off the student's own lines and
said only where the values fit them: floor division // where / is meant (relu, softmax), np.arctanh, the
inverse, where tanh belongs.

Loaded by ``test_activations.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.grading import function_source as source
from autograder.grading.compare import Misconception

FLOOR = (
    "In your {name}, `{line}` (line {lineno}) divides with //, floor division: it rounds every quotient down to a "
    "whole number, so your values are the right ones rounded down ({example}). Divide with /, true division, "
    "which keeps the fractions."
)
ARCTANH = (
    "Your tanh gives np.arctanh(z), the inverse hyperbolic tangent (artanh), which undoes tanh rather than computing "
    "it: it is defined only between -1 and 1 (nan outside). Use np.tanh(z), the hyperbolic tangent itself."
)


def floor_mistakes(student, name, expected):
    """A FLOOR misconception (the right values rounded down) when ``name``'s own lines hold a //, else []."""
    text, node = source.function(student, "activations", name)
    found = source.floor_division(text, node)
    expected = np.asarray(expected, dtype=float)
    if found is None or not np.all(np.isfinite(expected)):
        return []
    differ = expected != np.floor(expected)
    example = f"{np.floor(expected[differ]).ravel()[0]:g} for {expected[differ].ravel()[0]:.6g}" if differ.any() else ""
    return [Misconception(FLOOR.format(name=name, line=found[0], lineno=found[1], example=example), np.floor(expected))]


def arctanh_mistakes(z):
    """What np.arctanh gives at ``z`` (nan outside [-1, 1], silently)."""
    with np.errstate(all="ignore"):
        return [Misconception(ARCTANH, np.arctanh(np.asarray(z, dtype=float)))]


def arctanh_hint(student):
    """ARCTANH when the student's tanh gives np.arctanh on values inside (-1, 1), where both are finite; else None."""
    z = np.array([0.5, -0.25, 0.75])
    try:
        got = np.asarray(student.call("tanh", z), dtype=float)
    except Exception:  # noqa: BLE001 - an error or a non-number: not arctanh
        return None
    return ARCTANH if got.shape == z.shape and np.allclose(got, np.arctanh(z), rtol=1e-9, atol=1e-12) else None
