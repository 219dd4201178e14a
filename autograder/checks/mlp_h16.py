"""Hints of the MLP checks the sixteenth held-out corpus asked for: a loss that keeps its axes (keepdims=True),
a gradient stored as a tuple by a trailing comma, a backward that takes its output from predict, a factor
written with floor division, a fit that scales the gradients by lr before step does, and a losses array
made one slot longer than the epochs. Each is a replay or a question to the student's own code. Loaded by
the mlp checks with ``load_sibling``."""

import numpy as np

from autograder.grading.compare import CheckFailed, kind_of

KEPT_AXES = (
    "Your loss returns an array holding one value, shape {shape}, where a number belongs: np.mean (or np.sum) "
    "with keepdims=True keeps both axes it averaged over, each with length 1. Take the mean over every element "
    "without keepdims, and return it as a float, with float()."
)


def kept_axes(got, call):
    """``got`` as it is, or CheckFailed naming keepdims where loss returned a (1, 1) array (both axes of A2 kept)."""
    if isinstance(got, np.ndarray) and got.shape == (1, 1) and got.dtype.kind == "f":
        raise CheckFailed(f"{call} returned {kind_of(got)}; it should return a single number (a float)",
                          hint=KEPT_AXES.format(shape=got.shape))
    return got
