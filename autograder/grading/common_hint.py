"""The one known mistake that explains every answer of a check, when a single case cannot tell
two mistakes apart (an example with bias 0, say, where two slips give the same number)."""

from __future__ import annotations

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
