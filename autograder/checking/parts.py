"""Which part a wrong answer is built on is itself wrong: the cause a student should read first.

A check of ``fit`` (or ``train``, or ``xor``) fails for every mistake in the parts it calls.
Before guessing at the check's own mistake, it asks each part on one fixed case, in the
order they are built on each other, and names the first that answers wrongly.
"""

from __future__ import annotations

import numpy as np

from ..sandbox.session import StudentError


def first_wrong_part(replies, steps: dict, expected: dict, *, number=float, rtol: float, atol: float,
                     raised_is_wrong: bool = True) -> str | None:
    """The first name of ``steps`` (in their order) whose reply is not close to ``expected[name]``:
    a number, or a dict of numbers by name. ``number`` turns one replied value into what is
    compared (``float`` for a scalar, ``np.asarray`` for an array); a reply that cannot be
    turned counts as wrong, and so does one that raised, unless ``raised_is_wrong`` is False:
    then a part that raised ends the search with None (when the caller itself raised, that part's
    error is most likely the very one it met, already shown: a stub, a missing file)."""
    for name, step in steps.items():
        try:
            answered = replies[step]
        except StudentError:
            if not raised_is_wrong:
                return None
            return name
        try:
            right = _close(answered, expected[name], number, rtol, atol)
        except (StudentError, KeyError, TypeError, ValueError, ArithmeticError):  # 10**400 does not fit a float
            right = False
        if not right:
            return name
    return None


def _close(got, want, number, rtol: float, atol: float) -> bool:
    if isinstance(want, dict):
        return isinstance(got, dict) and all(_close(got[key], want[key], number, rtol, atol) for key in want)
    value = number(got)
    if isinstance(value, np.ndarray) and value.shape != np.shape(want):
        return False  # broadcasting would pass a (1, 1, 4) for a (1, 4), a (1, 1) array for a number
    return bool(np.all(np.isclose(value, want, rtol=rtol, atol=atol)))
