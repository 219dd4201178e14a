"""What the gates' parts give as common mistakes write them: what the checks' hints compare with.

Instructor-side only: the grader exposes this module to the checks as ``reference.mistakes``,
and a student's kit holds only its outputs on the checks' fixed inputs (recorded with the
reference's), never this code.
"""

import numpy as np


def threshold_rounded(z):
    """threshold written as rounding: whole numbers, and 0.5 rounded down to 0 (to even)."""
    return np.round(np.asarray(z, dtype=float))


def threshold_truncated(z):
    """threshold that makes z a whole number (cut towards zero) before comparing it with 0.5."""
    return (np.trunc(np.asarray(z, dtype=float)) >= 0.5).astype(float)


def weighted_sums(cases):
    """w0 + w1*x1 + w2*x2 for each (x1, x2, weights) case, before any threshold."""
    return [float(w[0] + w[1] * x1 + w[2] * x2) for x1, x2, w in cases]


def outputs_with_one_input_twice(cases):
    """The perceptron's 0/1 outputs when its sum reads one input in both places:
    ``{"x1": [...], "x2": [...]}``, the input read twice."""
    return {
        "x1": [int(w[0] + w[1] * x1 + w[2] * x1 >= 0.5) for x1, _, w in cases],
        "x2": [int(w[0] + w[1] * x2 + w[2] * x2 >= 0.5) for _, x2, w in cases],
    }


def outputs_with_weights_cut(cases):
    """The perceptron's 0/1 outputs when its weights are made whole numbers before the sum:
    ``{"truncated": [...], "rounded": [...]}`` (int() cuts towards zero; round() goes to the nearest,
    halves to even)."""
    cut = {"truncated": np.trunc, "rounded": np.round}
    return {how: [int(float(f(w[0]) + f(w[1]) * x1 + f(w[2]) * x2) >= 0.5) for x1, x2, w in cases]
            for how, f in cut.items()}  # fmt: skip


INPUT_CHANGES = {"truncated": np.trunc, "rounded": np.round, "nonzero": lambda x: (x != 0) * 1.0,
                 "positive": lambda x: (x > 0) * 1.0, "clipped": lambda x: np.clip(x, 0.0, 1.0), "abs": np.abs,
                 "squared": lambda x: x * x}  # fmt: skip


def outputs_with_inputs_changed(cases):
    """The perceptron's 0/1 outputs when its inputs are changed before they are weighted (each way of
    INPUT_CHANGES, on both inputs, or on x1 or x2 alone): ``{(how, which): [...]}``, which "both", "x1", "x2"."""
    found = {}
    for how, change in INPUT_CHANGES.items():
        for which in ("both", "x1", "x2"):
            f1 = change if which in ("both", "x1") else float
            f2 = change if which in ("both", "x2") else float
            found[(how, which)] = [int(w[0] + w[1] * float(f1(x1)) + w[2] * float(f2(x2)) >= 0.5) for x1, x2, w in cases]
    return found
