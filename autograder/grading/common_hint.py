"""The one known mistake that explains every answer of a check, when a single case cannot tell
two mistakes apart (an example with bias 0, say, where two slips give the same number)."""

from __future__ import annotations

import functools
from collections.abc import Callable

import numpy as np

from .compare import Misconception, matching_hints


def common_hint(answers, mistakes: list[list[Misconception]]) -> str | None:
    """The hint of the one mistake whose values match every answer (``mistakes[i]``: the known
    mistakes' values for the case of ``answers[i]``); None when no single mistake, or more than one,
    explains them all."""
    common = None
    for got, known in zip(answers, mistakes, strict=True):
        matched = matching_hints(got, known)
        common = matched if common is None else common & matched
    return next(iter(common)) if common and len(common) == 1 else None


def disproved_hints(answers, mistakes: list[list[Misconception]]) -> set[str]:
    """The hints of known mistakes that one of the check's answers rules out: the mistake was replayed
    for that answer's case (``mistakes[i]``, with the shape of ``answers[i]``) and no spelling of it
    gives that answer. A hint that matched the failing case alone is then a guess the check's other
    cases disprove (a gradient of zeros on an example whose predictions are all 0 looks like a floor
    division, and the next example says it is not). An answer that is not numbers of the replayed
    shape rules nothing out."""
    ruled_out = set()
    for got, known in zip(answers, mistakes):
        try:
            shape = np.shape(np.asarray(got, dtype=np.float64))
        except (TypeError, ValueError, OverflowError):
            continue
        if not any(np.shape(m.value) == shape for m in known):
            continue
        ruled_out |= {m.hint for m in known if np.shape(m.value) == shape} - matching_hints(got, known)
    return ruled_out


def undisproved(mistakes: list[list[Misconception]], answers: Callable[[], list]) -> Callable[[int], list[Misconception]]:
    """case index -> that case's known mistakes (``mistakes[index]``) less those the check's other
    answers rule out (``disproved_hints``). ``answers`` (the answers that came back, in case order) is
    read and the ruling made once, when a case first asks: a right answer never pays for it."""
    ruled_out = functools.cache(lambda: disproved_hints(answers(), mistakes))
    return lambda case: [m for m in mistakes[case] if m.hint not in ruled_out()]
