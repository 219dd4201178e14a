"""Hints of the gates checks about what threshold does to its input as a whole: a result that lost
the input's shape (flattened), and a threshold that compares the size of z, not z itself.

Loaded by ``test_gates.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

MAGNITUDE = (
    "Your threshold fires for large negative sums too ({z} gives 1): it compares the size of z with 0.5, as "
    "abs(z) >= 0.5 (or z squared against 0.25) does, so the sign of z is lost. A threshold compares z itself: 1 "
    "where z >= 0.5, 0 for everything below, however negative."
)


def magnitude_hint(numbers, replies):
    """MAGNITUDE when every reply is what abs(z) >= 0.5 gives and some negative number fires; else None."""
    try:
        by_size = [int(abs(z) >= 0.5) for z in numbers]
        if [int(g) for g in replies] != by_size:
            return None
    except (TypeError, ValueError):
        return None
    fired = [z for z, g in zip(numbers, by_size) if z < 0 and g == 1]
    return MAGNITUDE.format(z=fired[0]) if fired else None


def magnitude_outputs(z):
    """What a threshold on the size of z gives on the array ``z``."""
    return (np.abs(np.asarray(z, dtype=float)) >= 0.5).astype(float)


def flattened_hint(name, got, shape, follows=""):
    """A hint when ``got`` holds as many values as an input of ``shape`` but in one flat row; None
    otherwise (``follows``: said after, where another function may be the cause)."""
    if not isinstance(got, np.ndarray) or got.ndim != 1 or len(shape) < 2 or got.size != int(np.prod(shape)):
        return None
    return (f"Your {name} returns the right number of values, {got.size}, but flat, shape {got.shape}, for an input "
            f"of shape {tuple(shape)}: the result is flattened (ravel, flatten or reshape(-1) do this, and so does a "
            "list filled one element at a time). Keep the input's shape: a comparison or arithmetic on the whole "
            f"array gives a result of the same shape, with nothing to reshape.{follows}")


REVERSED = (
    "Your threshold fires below 0.5 and stays silent above it: {how}. A threshold gives 1 for the large sums, "
    "where z >= 0.5, and 0 for everything below."
)
REVERSED_HOW = {
    "at_or_below": "the comparison is the wrong way round (0.5 >= z, or z <= 0.5, where z >= 0.5 belongs)",
    "below": "every output is the opposite of the right one, as the comparison turned round and made strict "
             "(z < 0.5) gives, or the right comparison negated (not, ~, 1 - ...)",
}


def reversed_outputs(z):
    """What a threshold with its comparison turned round gives on ``z``: ``{how: outputs}`` (REVERSED_HOW's keys)."""
    z = np.asarray(z, dtype=float)
    return {"at_or_below": (z <= 0.5).astype(float), "below": (z < 0.5).astype(float)}


def reversed_hint(numbers, replies):
    """REVERSED when every reply is what a threshold turned round gives on ``numbers`` (some above 0.5 and some
    below among them); else None."""
    try:
        got = [int(g) for g in replies]
    except (TypeError, ValueError):
        return None
    if not (any(z > 0.5 for z in numbers) and any(z < 0.5 for z in numbers)):
        return None
    for how, outputs in reversed_outputs(numbers).items():
        if got == [int(v) for v in outputs]:
            return REVERSED.format(how=REVERSED_HOW[how])
    return None
