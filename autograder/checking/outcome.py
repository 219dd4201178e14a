"""What one check produced for one submission, and how the way it ended becomes a verdict."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field

import pytest

from ..grading.compare import CheckFailed
from ..grading.errors import python_error_hint
from ..grading.held_values import held_hint
from ..grading.results import TestResult
from ..sandbox.session import StudentError
from .recording import RecordingMissing

# Exceptions a check may end with that are the student's outcome, not errors of ours to
# re-raise (pytest.fail and pytest.skip raise BaseException subclasses).
CHECK_ENDINGS = (Exception, pytest.fail.Exception, pytest.skip.Exception)


@dataclass
class PlannedTest:
    """One collected check, with everything about it that does not depend on the submission."""

    item: pytest.Item
    order: int
    exercise: str
    name: str
    weight: float
    hidden: bool
    description: str
    seed: int
    params: dict
    arguments: tuple  # the names the test function takes
    direct: bool  # asks only for the plugin's fixtures: called without pytest's setup


@dataclass
class Outcome:
    """What one test produced for one submission, before the points are shared out."""

    test: PlannedTest
    status: str = "passed"
    credit: float = 1.0
    message: str = ""
    hint: str | None = None
    detail: str = ""
    artifacts: dict = field(default_factory=dict)
    seconds: float = 0.0

    def record(self, ending: BaseException) -> None:
        """Set the verdict from the exception the check ended with."""
        for key, value in verdict(ending).items():
            setattr(self, key, value)

    def result(self, max_score: float) -> TestResult:
        return TestResult(
            name=self.test.name,
            max_score=max_score,
            status=self.status,
            credit=self.credit,
            message=self.message,
            hint=self.hint,
            hidden=self.test.hidden,
            description=self.test.description,
            detail=self.detail,
            artifacts=self.artifacts,
            seconds=self.seconds,
        )


TOO_LARGE = ("A Python int can have any number of digits, a float cannot (about 1.8e308 at most). Somewhere your "
             "code makes a whole number that grows without end, such as 10 ** n or a running product of ints: "
             "compute with floats, as NumPy does, and look for the value that grows.")


def generic_hint(ending: CheckFailed) -> str | None:
    """A generic reader's words (``CheckFailed.generic_hint``) for a check that ended without a hint: its own,
    or that of the comparison it re-raised with the same message (a check that adds its own hint catches
    the comparison's failure and raises anew; one that found nothing to add leaves the generic words)."""
    seen = ending
    for _ in range(6):
        if not isinstance(seen, CheckFailed) or seen.message != ending.message:
            return None
        if seen.generic_hint:
            return seen.generic_hint
        seen = seen.__context__
    return None


def error_reading(error: StudentError) -> str | None:
    """What the kit reads from an error of the student's code alone: what the names on its line held
    (``held_values``), else Python's error read in general (``errors``); None when neither says anything."""
    return held_hint(error.raised, error.raised_message, error.held, error.detail) \
        or python_error_hint(error.raised, error.raised_message, error.detail)


def verdict(ending: BaseException) -> dict:
    """The status, credit and words of a check that ended with ``ending``: a failed comparison
    keeps its partial credit and hint; the student's code failing is theirs; anything else
    is the grader's own error, shown as such (a student's kit lacking a recorded answer says so,
    without a traceback)."""
    if isinstance(ending, CheckFailed):
        credit = min(1.0, max(0.0, float(ending.credit)))
        return {"status": "failed", "credit": credit, "message": ending.message, "detail": ending.detail,
                "hint": ending.hint or generic_hint(ending)}
    if isinstance(ending, StudentError):
        return {"status": ending.status, "credit": 0.0, "message": ending.message, "detail": ending.detail,
                "hint": ending.hint or error_reading(ending)}
    if isinstance(ending, RecordingMissing):
        return {"status": "error", "credit": 0.0, "message": str(ending), "detail": ""}
    if isinstance(ending, AssertionError):
        return {"status": "failed", "credit": 0.0, "message": str(ending) or "the answer is not right"}
    if isinstance(ending, OverflowError) and "too large to convert to float" in str(ending):
        # only a student's answer holds such an int (the references give floats): it fails, in words
        return {"status": "failed", "credit": 0.0, "hint": TOO_LARGE,
                "message": "your code gave an int too large for any float (hundreds of digits), so it cannot be "
                           "compared with the right value"}  # fmt: skip
    return {
        "status": "error",
        "credit": 0.0,
        "message": f"the grader could not check this answer ({type(ending).__name__}: {ending})",
        "detail": "".join(traceback.format_exception(ending)[-4:]),
    }
