"""A rule about how answers are given (their kind, the caller's data left alone, the defaults used) is
judged only where the answers depend on the question: an answer that is the same whatever it is asked
satisfies such a rule without computing anything, and a rule that cannot be judged earns nothing.

``alike`` is that comparison, for the checks that ask one function two questions whose right answers
differ (mlp's rules, train's defaults, the count of parameters given a tuple). Checks whose questions are
of another shape say it in their own terms: the gates' NumPy numbers need a right 0 and a right 1, the
count's type two different whole numbers, softmax's number a softmax right on an array.
"""

from __future__ import annotations

import numpy as np

from .compare import CheckFailed


def alike(one, other) -> bool:
    """Whether two answers are the same: as numbers (arrays by shape and values) where both are numbers,
    by their repr otherwise."""
    try:
        return bool(np.array_equal(np.asarray(one, dtype=float), np.asarray(other, dtype=float)))
    except (TypeError, ValueError):
        return repr(one) == repr(other)


def expect_not_alike(one, other, message: str, hint: str | None = None) -> None:
    """Fails with ``message`` (and ``hint``, or a callable giving it, asked only then) where ``one`` and
    ``other``, the answers to two questions whose right answers differ, are ``alike``."""
    if alike(one, other):
        raise CheckFailed(message, hint=hint() if callable(hint) else hint)
