"""The wording the Markdown and the HTML feedback share: numbers, lists, each test's mark and
outcome, and the sentences that open and close a student's feedback."""

from __future__ import annotations

import math

from ..grading.results import ExerciseResult, SubmissionResult, TestResult
from ..intake.submission import reading_notes

OUTCOME = {"passed": "passed", "failed": "not right yet", "error": "raised an error", "timeout": "too slow"}
MARK = {"passed": "✓", "failed": "✗", "error": "!", "timeout": "⏱"}

INTRO = (
    "Every check the grader ran is listed below with its points. A check that did not pass says what it "
    "called, what it expected and what it got, and often adds a hint. Hidden checks show only their name "
    "and whether they passed."
)


def number(x: float) -> str:
    """A measured number, to three significant digits: 0.123456 -> "0.123"; nan and inf as such."""
    return f"{x:.3g}" if math.isfinite(x) else str(x)


def floats(values) -> list[float] | None:
    """A list of floats (NaN for anything unreadable), or None if ``values`` is not a list."""
    if not isinstance(values, (list, tuple)):
        return None
    try:
        return list(map(float, values))  # the usual case, at C speed: a surface has 1681 values
    except (TypeError, ValueError):
        pass
    out = []
    for v in values:
        try:
            out.append(float(v))
        except (TypeError, ValueError):
            out.append(math.nan)
    return out


def listing(items: list[str]) -> str:
    """["a", "b", "c"] -> "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def counts(result: SubmissionResult) -> tuple[int, int]:
    """How many of the submission's tests passed, and how many there are."""
    tests = [t for e in result.exercises for t in e.tests]
    return sum(t.status == "passed" for t in tests), len(tests)


def closing(result: SubmissionResult) -> str:
    """The last words of a student's feedback."""
    done, total = counts(result)
    if result.problem:
        return "Once the grader can read your submission, every exercise will be checked."
    if total and done == total:
        return "Every check passes. Well done, and thank you for the careful work."
    return (
        "Take the exercises one at a time and start with the first check that does not pass: "
        "later checks often build on earlier ones, so one fix can turn several of them green."
    )


def problem_beside_notes(exercise: ExerciseResult, notes) -> str:
    """An exercise's problem as shown beside the notes of reading the submission (``notes``, said
    once, near the top): without the notes a missing module's problem ends with."""
    return exercise.problem.removesuffix(reading_notes(notes)) if notes else exercise.problem


def shared_problem(exercise: ExerciseResult) -> str | None:
    """The one message every visible test repeats when a whole exercise could not run (a missing
    or broken module), so that it is said once rather than once per test."""
    if not exercise.problem or any(t.status == "passed" for t in exercise.tests):
        return None
    messages = {t.message for t in exercise.tests if not t.hidden}
    return next(iter(messages)) if len(messages) == 1 else None


def shared_detail(exercise: ExerciseResult) -> str:
    """The traceback that goes with an exercise's shared problem (the first visible test's)."""
    return next((t.detail for t in exercise.tests if not t.hidden and t.detail), "")


def missing_tip(exercise: ExerciseResult) -> str:
    """A word on the file's name, when an exercise's module was not found."""
    if exercise.problem.startswith(f"no {exercise.name}.py"):
        return (f"If you did write this exercise, check the file's name: it must be exactly {exercise.name}.py, "
                "next to your other modules.")  # fmt: skip
    return ""


def mark(test: TestResult, shared: bool) -> str:
    """The test's mark; a dash for a test that did not run because of its exercise's shared problem."""
    return "–" if shared and test.status != "passed" else MARK[test.status]


def outcome(test: TestResult, shared: bool) -> str:
    """The test's outcome in words; "not checked" for one that did not run because of a shared problem."""
    return "not checked" if shared and test.status != "passed" else OUTCOME[test.status]
