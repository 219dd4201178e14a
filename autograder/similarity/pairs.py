"""The pairs worth a look: code and behaviour combined into one score, ranked.

``score = 1 - (1 - code) * (1 - behaviour)``: two independent lines of evidence,
either of which alone can raise it, and which together raise it more than either.
A pair is flagged when its score reaches ``FLAG_AT``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FLAG_AT = 0.5


@dataclass(frozen=True)
class Pair:
    """Two students, ``a`` before ``b`` in the class's order, and how alike their work is."""

    a: str
    b: str
    code: float  # 0..1, see similarity.code
    behaviour: float  # 0..1, see similarity.behaviour
    bits: float  # the behavioural evidence behind ``behaviour``

    @property
    def score(self) -> float:
        return 1.0 - (1.0 - self.code) * (1.0 - self.behaviour)


def flagged_pairs(students: list[str], code: np.ndarray, behaviour: np.ndarray, bits: np.ndarray,
                  *, flag_at: float = FLAG_AT) -> list[Pair]:  # fmt: skip
    """The pairs whose score reaches ``flag_at``, highest first (ties by the students' names)."""
    score = 1.0 - (1.0 - code) * (1.0 - behaviour)
    rows, cols = np.nonzero(np.triu(score >= flag_at, k=1))
    pairs = [Pair(students[i], students[j], float(code[i, j]), float(behaviour[i, j]), float(bits[i, j]))
             for i, j in zip(rows, cols)]  # fmt: skip
    return sorted(pairs, key=lambda p: (-p.score, p.a, p.b))
