"""Behavioural similarity: the same wrong answers, weighed by how rare they are in the class.

Grading asks every student the same questions (each check's inputs come from a
seed fixed by the course), so two students whose code makes the same mistake get
the same failing message, with the same wrong values, the same wrong gate
weights, the same wrong loss trajectory. Such a shared wrong answer is evidence
in proportion to its rarity; a right answer is shared by design and counts for
nothing.

What counts, test by test, from each student's ``result.json``:

- an *answer* is a test that failed, errored or ran out of time, as its message
  and artifacts (gate weights, the recorded losses...) state it, times rounded
  away; a test that passed is no answer;
- a test the student did not attempt (a missing module, a function that still
  raises NotImplementedError, as the stubs do) is no answer either.

The evidence of a shared answer is its surprise, ``log2(n / k)`` bits, where ``n``
is the number of students who attempted the exercise and ``k`` the number who gave
exactly this answer: an answer two students of 500 share carries 8 bits, one that
half the class shares carries 1. One mistake often fails several tests of an
exercise, so an exercise contributes only its rarest shared answer; the
``bits`` of a pair are the sum over the exercises.

The ``behaviour`` score turns bits into 0..1 against the size of the class: if
students erred independently at the class's own rates, a coincidence of ``bits``
bits would be expected among ``pairs * 2**-bits`` of the class's pairs, and
``behaviour = max(0, 1 - pairs * 2**-bits)``. It is 0 until the coincidence is
rarer than the class's size makes likely somewhere (17 bits for 500 students),
0.5 one bit beyond, 0.9 a little over three. Mistakes are not independent (a
misconception taught wrong is shared by design), so the score is a reason to
look, never a finding.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from ..batch.store import unfinished

# A duration in a message (the timed checks say how long a call took) differs between runs.
DURATION = re.compile(r"\d+(?:\.\d+)?(?:e[+-]?\d+)?\s*(?:ms|s|seconds?)\b")


def answer_key(test: dict) -> bytes | None:
    """What a test's answer was, as a short digest that two identical wrong answers share; None
    for a test that passed or was not attempted."""
    if test.get("status") == "passed" or unfinished(test):
        return None
    message = DURATION.sub("<time>", str(test.get("message") or ""))
    stated = json.dumps([test.get("status"), message, test.get("artifacts") or {}], sort_keys=True, default=str)
    return hashlib.blake2b(stated.encode("utf-8", "replace"), digest_size=12).digest()


def answers(record: dict) -> dict[str, dict[str, bytes | None]]:
    """``{exercise: {test: answer key or None}}`` of a result record, for the exercises attempted
    (at least one test not left unfinished)."""
    found = {}
    for exercise in record.get("exercises") or []:
        tests = exercise.get("tests") or []
        if any(not unfinished(t) for t in tests):
            found[exercise.get("name", "")] = {t.get("name", ""): answer_key(t) for t in tests}
    return found


@dataclass(frozen=True)
class SharedAnswer:
    """One wrong answer two students share: where, how many of the class gave it, its bits."""

    exercise: str
    test: str
    given_by: int  # students who gave exactly this answer
    attempted: int  # students who attempted the exercise
    bits: float


class BehaviourIndex:
    """Who gave which wrong answer, for the whole class; built one record at a time."""

    def __init__(self, students: list[str]):
        self.students = students
        self.position = {student: i for i, student in enumerate(students)}
        self.attempted: dict[str, int] = defaultdict(int)
        self.givers: dict[tuple[str, str, bytes], list[int]] = defaultdict(list)
        self.keys: dict[str, dict[str, dict[str, bytes | None]]] = {}

    def add(self, student: str, record: dict) -> None:
        """Take a student's answers from their result record (the record itself is not kept)."""
        given = answers(record)
        self.keys[student] = given
        for exercise, tests in given.items():
            self.attempted[exercise] += 1
            for test, key in tests.items():
                if key is not None:
                    self.givers[(exercise, test, key)].append(self.position[student])

    def bits(self) -> np.ndarray:
        """(n, n) evidence in bits of every pair: per exercise the rarest wrong answer both gave."""
        count = len(self.students)
        total = np.zeros((count, count), dtype=np.float32)
        by_exercise: dict[str, list[tuple[float, list[int]]]] = defaultdict(list)
        for (exercise, _, _), givers in self.givers.items():
            if len(givers) > 1:
                by_exercise[exercise].append((math.log2(self.attempted[exercise] / len(givers)), givers))
        for groups in by_exercise.values():
            rarest = np.zeros((count, count), dtype=np.float32)
            for surprise, givers in groups:
                block = np.ix_(givers, givers)
                rarest[block] = np.maximum(rarest[block], surprise)
            total += rarest
        np.fill_diagonal(total, 0)
        return total

    def shared(self, a: str, b: str) -> list[SharedAnswer]:
        """The wrong answers ``a`` and ``b`` both gave, rarest first."""
        found = []
        for exercise, tests in self.keys.get(a, {}).items():
            theirs = self.keys.get(b, {}).get(exercise, {})
            for test, key in tests.items():
                if key is not None and theirs.get(test) == key:
                    given_by, attempted = len(self.givers[(exercise, test, key)]), self.attempted[exercise]
                    found.append(SharedAnswer(exercise, test, given_by, attempted, math.log2(attempted / given_by)))
        return sorted(found, key=lambda s: (-s.bits, s.exercise, s.test))


def behaviour_scores(bits: np.ndarray) -> np.ndarray:
    """(n, n) behaviour in 0..1: ``max(0, 1 - pairs * 2**-bits)``, pairs the class's number of pairs."""
    count = len(bits)
    pairs = max(1, count * (count - 1) // 2)
    return np.clip(1.0 - pairs * np.exp2(-bits.astype(np.float64)), 0.0, 1.0)
