"""Results of grading, as plain dataclasses. Scores are derived, never stored twice."""

from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("passed", "failed", "error", "timeout")


@dataclass(frozen=True)
class TestResult:
    """One check on one exercise.

    ``credit`` is the fraction of ``max_score`` earned: 1 for a pass, partial
    credit (for example 7 of 9 gradients right) or 0 otherwise.
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

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")
        if not 0.0 <= self.credit <= 1.0:
            raise ValueError(f"credit must be within [0, 1], got {self.credit}")

    @property
    def score(self) -> float:
        return self.max_score * (1.0 if self.status == "passed" else self.credit)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "score": round(self.score, 4),
            "max_score": round(self.max_score, 4),
            "status": self.status,
            "message": self.message,
            "hint": self.hint,
            "hidden": self.hidden,
        }

    def to_full_dict(self) -> dict:
        """Everything, for result.json and the feedback: the JSON schema plus extras."""
        out = self.to_dict()
        out.update(description=self.description, detail=self.detail, artifacts=self.artifacts)
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
        )


@dataclass(frozen=True)
class ExerciseResult:
    name: str
    title: str
    max_score: float
    tests: tuple[TestResult, ...] = ()
    problem: str = ""  # for example "gates.py could not be imported: ..."
    output: str = field(default="", compare=False)  # what the student's code printed (capped)

    @property
    def score(self) -> float:
        # rounded so that shares of the points add up to exactly the points
        return round(float(sum(t.score for t in self.tests)), 6)

    @property
    def passed(self) -> int:
        return sum(t.status == "passed" for t in self.tests)

    def to_dict(self, full: bool = False) -> dict:
        out = {
            "name": self.name,
            "title": self.title,
            "score": round(self.score, 4),
            "max_score": round(self.max_score, 4),
            "tests": [t.to_full_dict() if full else t.to_dict() for t in self.tests],
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
    submission: str
    exercises: tuple[ExerciseResult, ...] = field(default_factory=tuple)
    problem: str = ""  # a submission that could not be read at all

    @property
    def score(self) -> float:
        return round(float(sum(e.score for e in self.exercises)), 6)

    @property
    def max_score(self) -> float:
        return float(sum(e.max_score for e in self.exercises))

    def to_dict(self, full: bool = False) -> dict:
        """The ``--format json`` record; ``full`` adds descriptions, details and artifacts."""
        out = {
            "submission": self.submission,
            "score": round(self.score, 4),
            "max_score": round(self.max_score, 4),
            "exercises": [e.to_dict(full) for e in self.exercises],
        }
        if self.problem:
            out["problem"] = self.problem
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "SubmissionResult":
        return cls(
            submission=data["submission"],
            exercises=tuple(ExerciseResult.from_dict(e) for e in data.get("exercises", [])),
            problem=data.get("problem", ""),
        )


def split_points(points: float, weights: list[float]) -> list[float]:
    """Share an exercise's points among its tests in proportion to their weights."""
    total = sum(weights)
    if total <= 0:
        return [0.0 for _ in weights]
    return [points * w / total for w in weights]
