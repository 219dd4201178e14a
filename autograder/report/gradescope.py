"""Gradescope's ``results.json`` for one submission (``nnkit grade --format gradescope``).

The fields are those of Gradescope's autograder specification: at the top
``score``, ``execution_time`` (seconds), ``output``, ``visibility`` and
``stdout_visibility``; per test ``name``, ``number``, ``score``, ``max_score``,
``status`` (``passed`` or ``failed``), ``output``, ``output_format`` and
``visibility``. Visible tests are ``visible``; hidden tests take
``[gradescope] hidden_visibility`` from course.toml (``after_published`` by
default, or ``hidden``).
"""

from __future__ import annotations

import json

from ..course import Course
from ..grading.results import SubmissionResult, TestResult

OUTPUT_FORMAT = "text"  # messages hold arrays and code: shown as written, in a <pre>


class OneSubmissionOnly(ValueError):
    """Gradescope grades one submission per run; several are a usage error."""


def _points(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".") if x != int(x) else f"{int(x)}"


def _test_output(test: TestResult) -> str:
    if test.status == "passed":
        return ""
    label = {"failed": "Wrong", "error": "Error", "timeout": "Too slow"}[test.status]
    parts = [f"{label}: {test.message}" if test.message else label]
    if test.hint:
        parts.append(f"Hint: {test.hint}")
    if test.detail and test.status == "error":
        parts.append(test.detail)
    if test.status == "failed" and 0 < test.score < test.max_score:
        parts.append(f"Partial credit: {_points(test.score)} of {_points(test.max_score)} points.")
    return "\n\n".join(parts)


def _summary(result: SubmissionResult) -> str:
    lines = []
    if result.problem:
        lines.append(f"Your submission could not be graded: {result.problem}")
    for e in result.exercises:
        note = f" ({e.problem})" if e.problem else ""
        lines.append(f"{e.title}: {_points(e.score)} of {_points(e.max_score)} points{note}")
    lines.append(f"Total: {_points(result.score)} of {_points(result.max_score)} points.")
    return "\n".join(lines)


def results_json(result: SubmissionResult, course: Course, *, execution_time: float = 0.0) -> dict:
    """The results.json object for one graded submission."""
    hidden = course.gradescope.hidden_visibility
    tests = []
    for e_number, exercise in enumerate(result.exercises, 1):
        for t_number, test in enumerate(exercise.tests, 1):
            tests.append(
                {
                    "name": f"{exercise.name}: {test.description or test.name}",
                    "number": f"{e_number}.{t_number}",
                    "score": round(test.score, 4),
                    "max_score": round(test.max_score, 4),
                    "status": "passed" if test.status == "passed" else "failed",
                    "output": _test_output(test),
                    "output_format": OUTPUT_FORMAT,
                    "visibility": hidden if test.hidden else "visible",
                }
            )
    return {
        "score": round(result.score, 4),
        "execution_time": round(float(execution_time), 3),
        "output": _summary(result),
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": tests,
    }


def render(results: list[SubmissionResult], course: Course, *, execution_time: float = 0.0) -> str:
    """results.json text; exactly one submission (Gradescope grades one per run)."""
    if len(results) != 1:
        raise OneSubmissionOnly(f"the gradescope format takes exactly one submission, got {len(results)}")
    return json.dumps(results_json(results[0], course, execution_time=execution_time), indent=2) + "\n"
