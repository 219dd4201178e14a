"""Hints of the activations checks that need more than one look at the student's function: which
side of z makes sigmoid overflow, and what that says about how it was written.

Loaded by ``test_activations.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.sandbox.session import StudentError

SAFE = "Use exp(-|z|), which never overflows, and pick the formula by the sign of z (or clip z to a safe range)."
OVERFLOWS = {
    (True, False): "exp(-z) overflows for z = -1000. " + SAFE,
    (False, True): "exp(z) overflows for z = 1000. " + SAFE,
    (True, True): (
        "Your sigmoid overflows at z = -1000 and at z = 1000 alike, as if both of its formulas ran on every z. "
        "That is what np.where(condition, a, b) does: it computes both branches, a and b, in full for every entry "
        "before it picks, so the branch meant for the other sign still overflows (the values come out right, "
        "with a warning). Make both branches safe on their own: build them from np.exp(-np.abs(z)), which never "
        "overflows, so that np.where only picks between safe values."
    ),
}


def _warns(student, z):
    """True if ``sigmoid(z)`` makes NumPy warn (or raise a floating-point error)."""
    try:
        student.invoke("sigmoid", (np.array([z]),), strict=True)
    except StudentError as exc:
        return exc.raised in ("FloatingPointError", "RuntimeWarning")
    return False


def sigmoid_overflow_hint(student):
    """How to fix a sigmoid that overflows on large |z|, told from which side overflows when
    ``sigmoid`` is called on z = -1000 alone and on z = 1000 alone."""
    sides = (_warns(student, -1000.0), _warns(student, 1000.0))
    return OVERFLOWS.get(sides, "exp overflows for |z| around 1000. " + SAFE)
