"""What the loss checks read from every answer together, where one answer alone cannot tell: a mean
rounded down to a whole number, a loss that is 0 everywhere, a gradient divided by another count than
N, and a loss that lost elements of a wide 2-D input before its size check.

Loaded by ``test_loss.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``).
"""

from __future__ import annotations

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import Misconception
from autograder.grading.formulas import as_numbers
from autograder.sandbox.session import StudentError

_hints = load_sibling(__file__, "loss_hints")
ALWAYS_ZERO, ALWAYS_ZERO_FLOORED = _hints.ALWAYS_ZERO, _hints.ALWAYS_ZERO_FLOORED


def floored_mean(y_true, y_pred):
    squares = (np.asarray(y_true, dtype=float).ravel() - np.asarray(y_pred, dtype=float).ravel()) ** 2
    return np.sum(squares) // squares.size


def floored_everywhere(cases, replies):
    """Whether every answer is the sum of squares floor-divided by N (and not all of them 0, which
    other mistakes give too): a floor division, which one answer alone cannot tell from others."""
    try:
        answers = [float(got) for got, _, _ in replies]
    except (StudentError, TypeError, ValueError):
        return False
    floors = [floored_mean(y_true, y_pred) for y_true, y_pred, _ in cases]
    return any(floors) and np.allclose(answers, floors, rtol=1e-9, atol=0)


def zero_everywhere(cases, replies):
    """ALWAYS_ZERO when every answer is 0 although no case's targets equal its predictions: a loss that
    never sees their difference (one input used for both), naming the floor division too where it gives
    0 on every case as well."""
    try:
        answers = [float(got) for got, _, _ in replies]
    except (StudentError, TypeError, ValueError):
        return None
    if any(answers) or any(np.array_equal(np.ravel(t), np.ravel(p)) for t, p, _ in cases):
        return None
    floors = [floored_mean(y_true, y_pred) for y_true, y_pred, _ in cases]
    return ALWAYS_ZERO.format(floored="" if any(floors) else ALWAYS_ZERO_FLOORED)


DIVISOR = (
    "Your gradient divides by {what}, where the division belongs to N, the number of elements (y_pred.size): for "
    "y_pred of shape {shape} yours divides by {got:g}, where N = {n}. The loss is the mean over all N elements, every one of them "
    "(right predictions and wrong ones, whatever the shape), so its gradient is 2 * (y_pred - y_true) / N with "
    "N = y_pred.size."
)
# Counts a gradient is divided by in place of N, in words: each computed from a case's y_pred (p) and differences (d).
COUNTS = [
    ("len(y_pred), the length of y_pred's first axis only (its rows)", lambda p, d: p.shape[0] if p.ndim else None),
    ("the sum of y_pred's axis lengths (sum(y_pred.shape)), not their product", lambda p, d: sum(p.shape)),
    ("the number of differences that are not zero (np.count_nonzero), the wrong predictions only",
     lambda p, d: np.count_nonzero(d)),
    ("the length of y_pred's last axis (y_pred.shape[-1])", lambda p, d: p.shape[-1] if p.ndim else None),
    ("the number of y_pred's axes (y_pred.ndim)", lambda p, d: p.ndim),
    ("y_pred.nbytes, the number of bytes its values take in memory (8 for each float64), not the number of "
     "elements", lambda p, d: p.nbytes),
]


def divisor_hint(cases, replies) -> str | None:
    """DIVISOR where every gradient the student gave is 2 * (y_pred - y_true) / D for one count D per case,
    D is not N on some case, and one count of COUNTS (or one fixed number) is D on every case; words for
    the count found. None where the answers are not such a division, or no count explains them all."""
    found = []  # (D, N, y_pred, differences) of each case that tells D
    for (y_true, y_pred, _), reply in zip(cases, replies.before_failure()):
        p, got = np.asarray(y_pred, dtype=float), as_numbers(reply[0])
        d = p.ravel() - np.asarray(y_true, dtype=float).ravel()
        if got is None or got.size != p.size or d.size != p.size:
            return None
        got, moved = got.ravel(), d != 0
        if not moved.any():
            continue
        if np.any(got[~moved] != 0) or np.any(got[moved] == 0):
            return None
        ratios = 2 * d[moved] / got[moved]
        if not np.allclose(ratios, ratios[0], rtol=1e-6) or not np.isfinite(ratios[0]) or ratios[0] <= 0:
            return None
        found.append((float(ratios[0]), p.size, p, d.reshape(p.shape)))
    if len(found) < 2 or all(np.isclose(D, n) for D, n, _, _ in found):
        return None
    words = [what for what, count in COUNTS if all(count(p, d) is not None and np.isclose(D, count(p, d))
                                                  for D, _, p, d in found)]  # fmt: skip
    if not words and np.allclose([D for D, *_ in found], found[0][0]):
        words = [f"the fixed number {found[0][0]:g}"]
    if len(words) != 1:
        return None
    D, n, p, _ = next(case for case in found if not np.isclose(case[0], case[1]))
    return DIVISOR.format(what=words[0], shape=p.shape, got=D, n=n)


LOST_ELEMENTS = (
    "Your mse_loss answers flat inputs and (n, 1) columns, but raised ValueError for two inputs of the same shape "
    "{shape}, {n} elements each, which the spec accepts: its size check saw fewer elements than the inputs hold. "
    "Either the check counts with len(), which gives only the rows ({rows}) of a 2-D array, or an input lost "
    "elements before the check, as picking one column ([:, 0]) or one row ([0]) of a 2-D array does (harmless for "
    "an (n, 1) column, not for a wider array). Flatten both inputs with ravel() (or reshape(-1)), which keeps every "
    "element whatever the shape, and compare their .size."
)


EQUAL_REJECTED = (
    "Your mse_loss raised ValueError for its very first inputs, two of the same shape {shape} with {n} elements "
    "each, which the spec answers: your size check fires when the counts are equal. Its condition is most likely "
    "turned around (== where != belongs, or a not too many): raise only when y_true.size != y_pred.size, or when "
    "the inputs are empty."
)


def lost_elements_hint(cases, replies, exc) -> str | None:
    """EQUAL_REJECTED where the first call, two inputs of one shape, raised (``exc``, a ValueError not from
    broadcasting); LOST_ELEMENTS where the first call that raised (``exc``, a ValueError not from broadcasting) was given
    two inputs of one 2-D shape wider than a column, after every earlier call came back."""
    refused = _hints.first_refused(cases, replies, exc)
    if refused is None:
        return None
    index, (y_true, y_pred, _) = refused
    shape = np.shape(y_pred)
    if index and np.shape(y_true) == shape and len(shape) == 2 and min(shape) > 1:
        return LOST_ELEMENTS.format(shape=shape, n=int(np.prod(shape)), rows=shape[0])
    if index == 0 and np.shape(y_true) == shape and np.size(y_pred) > 0:
        return EQUAL_REJECTED.format(shape=shape, n=int(np.size(y_pred)))
    return None


TURNED = (
    "Your value is the mean over a table of every pair: one input was turned (transposed with .T, or reshaped to a "
    "row) while the other stayed a column, so subtracting them broadcast {shape} against {turned} into a table of "
    "every pair. Flatten both inputs instead (np.ravel, or reshape(-1)), so that element i meets element i."
)


def turned_tables(t, p) -> list:
    """The mean of the squares over the table that one 2-D input turned (``.T``) against the other gives, for
    inputs of one shape with a column or a row (``t``, ``p``: the inputs as float arrays)."""
    if t.shape != p.shape or t.ndim != 2 or 1 not in t.shape or t.size < 2:
        return []
    with np.errstate(all="ignore"):
        return [Misconception(TURNED.format(shape=t.shape, turned=t.shape[::-1]), float(np.mean((a - b) ** 2)))
                for a, b in ((t, p.T), (t.T, p))]
