"""Hints of the loss checks the sixteenth held-out corpus asked for, each a replay on the student's own answers
or a question to the student's code: a loop that pairs y_true[i] with y_pred[i - 1], a default list that keeps
the errors of earlier calls, a gradient whose first element a loop from 1 never fills, and D * D read as the sum
of the outer product of the errors with themselves. Loaded by the loss checks with ``load_sibling``."""

import numpy as np

from autograder.checking.signatures import read_signature
from autograder.sandbox.session import StudentError

SHIFTED = (
    "Your mse_loss pairs each target with the prediction before it: its value is the mean of (y_true[i] - "
    "y_pred[i - 1]) ** 2, where y_pred[-1], the last prediction, meets y_true[0]. The index is off by one in the "
    "loop: compare y_true[i] with y_pred[i], the same i on both sides."
)
KEPT = (
    "Your mse_loss gives another answer when it is called a second time with the same inputs ({first:.6g}, then "
    "{second:.6g}): it keeps something between calls. Its parameter {name} has a default value, and a mutable "
    "default argument ({name}=[] or {{}}) is made once, when the def runs, and shared by every later call, so each "
    "call adds to the errors of the calls before it. Drop that parameter and build the list inside the function "
    "(errors = [] in the body), or compute the mean directly."
)
FIRST_SKIPPED = (
    "Your gradient is right everywhere except its first element, which stays {value:g}: the loop that fills it most likely "
    "starts at 1 (range(1, N)), so index 0 is never computed. Start at 0, range(N), or compute all elements at "
    "once without a loop."
)
OUTER = (
    " D * D is what the sum of the (n, n) outer product of the errors with themselves gives: with the errors d as "
    "a column, d @ d.T is that table, every error times every other, while d.T @ d (or np.sum(d ** 2)) is S, the "
    "sum of their squares."
)


def shifted_hint(cases, replies):
    """SHIFTED where every mse_loss reply of a flat case is the mean of (y_true - np.roll(y_pred, 1)) ** 2."""
    checked = 0
    for (y_true, y_pred, _), reply in zip(cases, replies):
        t, p = np.ravel(np.asarray(y_true, dtype=float)), np.ravel(np.asarray(y_pred, dtype=float))
        if t.size != p.size or t.size < 2:
            continue
        try:
            got = float(reply[0])
        except (TypeError, ValueError, IndexError):
            return None
        shifted, right = np.mean((t - np.roll(p, 1)) ** 2), np.mean((t - p) ** 2)
        if not np.isclose(got, shifted, rtol=1e-9, atol=1e-12):
            return None
        checked += not np.isclose(shifted, right, rtol=1e-6)
    return SHIFTED if checked else None


def kept_hint(student, y_true, y_pred):
    """KEPT where two calls of mse_loss with the same inputs differ and a parameter past the second has a default."""
    try:
        first, second = (float(student.call("mse_loss", y_true, y_pred)) for _ in range(2))
        rows = read_signature(student.session, student.name, "mse_loss") or []
    except (StudentError, TypeError, ValueError):
        return None
    extra = [name for name, _, has_default, _ in rows[2:] if has_default]
    if np.isclose(first, second, rtol=1e-12) or not extra:
        return None
    return KEPT.format(first=first, second=second, name=extra[0])


def first_skipped_hint(got, expected):
    """FIRST_SKIPPED where the gradient differs from the right one at its first element only, which is 0."""
    try:
        got, expected = np.ravel(np.asarray(got, dtype=float)), np.ravel(np.asarray(expected, dtype=float))
    except (TypeError, ValueError):
        return None
    if got.size != expected.size or got.size < 2 or got[0] != 0.0 or np.isclose(expected[0], 0.0):
        return None
    return FIRST_SKIPPED.format(value=got[0]) if np.allclose(got[1:], expected[1:], rtol=1e-6, atol=1e-12) else None
