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


class Undisproved:
    """Each case's known mistakes (``mistakes_of(case)``, computed once, when the case asks) less
    those the check's other answers rule out (``disproved_hints``). ``answers`` (the answers that
    came back, in case order) is read, and the other cases' mistakes computed, only when a case's
    hint is wanted: a right answer, or one that raised, pays for nothing more than before."""

    def __init__(self, mistakes_of: Callable[[int], list[Misconception]], answers: Callable[[], list]):
        self._mistakes_of = functools.cache(mistakes_of)
        self._answers = answers
        self._ruled_out: set[str] | None = None

    def at(self, case: int) -> list[Misconception]:
        """The known mistakes of ``case``, all of them."""
        return self._mistakes_of(case)

    def kept(self, case: int) -> list[Misconception]:
        """The known mistakes of ``case`` that no other answer rules out."""
        if self._ruled_out is None:
            answers = self._answers()
            self._ruled_out = disproved_hints(answers, [self._mistakes_of(k) for k in range(len(answers))])
        return [m for m in self._mistakes_of(case) if m.hint not in self._ruled_out]
