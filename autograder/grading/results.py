"""Results of grading as plain dataclasses, their points, and their JSON record.

Points are counted in whole hundredths ("cents"), and this module is the one
place that rounds them, by one rule (``to_cents``: to the nearest hundredth,
half up). A result holds its maximum in hundredths from the moment it is made.
An exercise's points are shared among its tests by ``split_points`` so that the
shares add up to exactly the exercise's points; a test earns a whole number of
hundredths of its share; an exercise's score is the sum of its tests'
hundredths, and a submission's the sum of its exercises'. Scores are derived,
never stored. So every number a report shows (JSON, gradebook, JUnit, tables,
Gradescope, Classroom) is exactly the sum of the numbers under it, and a
perfect submission scores exactly the course's points.

The record (``to_dict``/``from_dict``) is written here and nowhere else: the
brief one is what ``nnkit grade --format json`` prints, one line per
submission; the full one (``full=True``) is what ``result.json`` holds, with
each test's description, detail, pictures' data and time, each exercise's
problem and printed output, and the fingerprint of the submission graded::

    {"submission", "score", "max_score",
     "exercises": [{"name", "title", "score", "max_score",
                    "tests": [{"name", "score", "max_score", "status", "message", "hint", "hidden",
                               full: "description", "detail", "artifacts", "seconds"}],
                    full, when set: "problem", "output"}],
     when set: "problem", "grader_failure", "notes"; full, when set: "fingerprint"}
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

STATUSES = ("passed", "failed", "error", "timeout")
CENTS = 100  # points are counted in hundredths


def to_cents(points: float) -> int:
    """``points`` as a whole number of hundredths: the nearest, a half rounded up. The tiny
    allowance keeps a decimal such as 1.005, which binary floats hold as 1.00499..., at 101."""
    return math.floor(float(points) * CENTS + 0.5 + 1e-7)


def from_cents(cents: int) -> float:
    """Hundredths as points (143 -> 1.43); JSON writes them with at most two decimals."""
    return cents / CENTS


def in_hundredths(points: float) -> float:
    """``points`` rounded to hundredths by the one rule (1.005 -> 1.01)."""
    return from_cents(to_cents(points))


def points_text(points: float) -> str:
    """Points for people: at most two decimals, no trailing zeros (10, 19.5, 1.43)."""
    text = f"{in_hundredths(points):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def split_points(points: float, weights: list[float]) -> list[float]:
    """Share an exercise's points among its tests in proportion to their weights, in whole
    hundredths that add up to exactly the points (rounded to hundredths).

    Largest remainder: each test first gets its exact share rounded down, and the hundredths
    left over go one each to the tests whose shares lost the most (the earlier test on a
    tie). 10 points over 7 equal tests: 1.43 six times, then 1.42 once."""
    total = sum(weights)
    if total <= 0:
        return [0.0 for _ in weights]
    whole = to_cents(points)
    exact = [whole * w / total for w in weights]
    shares = [math.floor(x + 1e-9) for x in exact]
    by_loss = sorted(range(len(exact)), key=lambda i: (-(exact[i] - shares[i]), i))
    for i in by_loss[: max(0, whole - sum(shares))]:
        shares[i] += 1
    return [from_cents(c) for c in shares]


@dataclass(frozen=True)
class TestResult:
    """One check on one exercise.

    ``credit`` is the fraction of ``max_score`` earned: 1 for a pass, partial
    credit (for example 7 of 9 gradients right) or 0 otherwise. ``max_score``
    is held in hundredths (``in_hundredths``), whatever it was given as.
    """

    __test__ = False  # a result, not a pytest test class

    name: str
    max_score: float
    status: str
    credit: float = 0.0
    message: str = ""
    hint: str | None = None
    hidden: bool = False
    description: str = ""
    detail: str = ""  # for example the student's traceback
    # plain data for pictures in the feedback (loss curves, gradient errors, ...)
    artifacts: dict = field(default_factory=dict, compare=False)
    seconds: float = field(default=0.0, compare=False)  # how long the check took, the student's calls included

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")
        if not 0.0 <= self.credit <= 1.0:
            raise ValueError(f"credit must be within [0, 1], got {self.credit}")
        object.__setattr__(self, "max_score", in_hundredths(self.max_score))

    @property
    def max_cents(self) -> int:
        return to_cents(self.max_score)

    @property
    def cents(self) -> int:
        """What the test earned, in hundredths: all of its share when it passed, else its credit's
        part of the share, rounded, and never all of it (a test that did not pass lost something)."""
        top = self.max_cents
        if self.status == "passed":
            return top
        return max(0, min(to_cents(top * self.credit / CENTS), top - 1))

    @property
    def score(self) -> float:
        return from_cents(self.cents)

    def to_dict(self, full: bool = False) -> dict:
        out = {
            "name": self.name,
            "score": self.score,
            "max_score": self.max_score,
            "status": self.status,
            "message": self.message,
            "hint": self.hint,
            "hidden": self.hidden,
        }
        if full:
            out.update(description=self.description, detail=self.detail, artifacts=self.artifacts,
                       seconds=round(self.seconds, 3))
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "TestResult":
        max_score = float(data["max_score"])
        passed = data["status"] == "passed"
        credit = 1.0 if passed else (float(data["score"]) / max_score if max_score else 0.0)
        return cls(
            name=data["name"],
            max_score=max_score,
            status=data["status"],
            credit=min(1.0, max(0.0, credit)),
            message=data.get("message", ""),
            hint=data.get("hint"),
            hidden=bool(data.get("hidden", False)),
            description=data.get("description", ""),
            detail=data.get("detail", ""),
            artifacts=data.get("artifacts") or {},
            seconds=float(data.get("seconds") or 0.0),
        )


@dataclass(frozen=True)
class ExerciseResult:
    """One exercise of a submission: its tests, and why it could not run when it could not.
    ``max_score`` is held in hundredths."""

    name: str
    title: str
    max_score: float
    tests: tuple[TestResult, ...] = ()
    problem: str = ""  # for example "gates.py could not be imported: ..."
    output: str = field(default="", compare=False)  # what the student's code printed (capped)

    def __post_init__(self) -> None:
        object.__setattr__(self, "max_score", in_hundredths(self.max_score))

    @property
    def cents(self) -> int:
        return sum(t.cents for t in self.tests)

    @property
    def max_cents(self) -> int:
        return to_cents(self.max_score)

    @property
    def score(self) -> float:
        """The sum of the tests' points, exactly (they are counted in hundredths)."""
        return from_cents(self.cents)

    @property
    def passed(self) -> int:
        return sum(t.status == "passed" for t in self.tests)

    def to_dict(self, full: bool = False) -> dict:
        out = {
            "name": self.name,
            "title": self.title,
            "score": self.score,
            "max_score": self.max_score,
            "tests": [t.to_dict(full) for t in self.tests],
        }
        if full and self.problem:
            out["problem"] = self.problem
        if full and self.output:
            out["output"] = self.output
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "ExerciseResult":
        return cls(
            name=data["name"],
            title=data.get("title", data["name"]),
            max_score=float(data["max_score"]),
            tests=tuple(TestResult.from_dict(t) for t in data.get("tests", [])),
            problem=data.get("problem", ""),
            output=data.get("output", ""),
        )


@dataclass(frozen=True)
class SubmissionResult:
    """One submission's result: its exercises, and what kept it from being graded, if anything."""

    submission: str
    exercises: tuple[ExerciseResult, ...] = field(default_factory=tuple)
    problem: str = ""  # a submission that could not be read at all
    grader_failure: str = ""  # the grader itself failed on this submission: its scores are not the student's
    fingerprint: str = ""  # of the submission as graded, where a batch records it (``intake.submission.fingerprint``)
    notes: tuple[str, ...] = ()  # the intake's: what of the submission was skipped, where its modules were found

    @property
    def cents(self) -> int:
        return sum(e.cents for e in self.exercises)

    @property
    def score(self) -> float:
        """The sum of the exercises' points, exactly."""
        return from_cents(self.cents)

    @property
    def max_score(self) -> float:
        return from_cents(sum(e.max_cents for e in self.exercises))

    def to_dict(self, full: bool = False) -> dict:
        """The ``--format json`` record; ``full``: the record of result.json (see the module's docstring)."""
        out = {
            "submission": self.submission,
            "score": self.score,
            "max_score": self.max_score,
            "exercises": [e.to_dict(full) for e in self.exercises],
        }
        # The fields written only when they say something; a new one of the record goes here.
        optional = {"problem": self.problem, "grader_failure": self.grader_failure, "notes": list(self.notes)}
        if full:
            optional["fingerprint"] = self.fingerprint
        out.update((name, value) for name, value in optional.items() if value)
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "SubmissionResult":
        return cls(
            submission=data["submission"],
            exercises=tuple(ExerciseResult.from_dict(e) for e in data.get("exercises", [])),
            problem=data.get("problem", ""),
            grader_failure=data.get("grader_failure", ""),
            fingerprint=data.get("fingerprint", ""),
            notes=tuple(data.get("notes", ())),
        )
