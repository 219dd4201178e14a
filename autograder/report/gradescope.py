"""Gradescope's ``results.json`` for one submission (``nnkit grade --format gradescope``).

The fields are those of Gradescope's autograder specification: at the top
``score``, ``execution_time`` (seconds), ``output``, ``visibility`` and
``stdout_visibility``; per test ``name``, ``number``, ``score``, ``max_score``,
``status`` (``passed`` or ``failed``), ``output``, ``output_format`` and
``visibility``. Visible tests are ``visible``; hidden tests take
``[gradescope] hidden_visibility`` from course.toml (``after_published`` by
default, or ``hidden``).

What students see stays consistent with that. Gradescope shows the top-level
``output`` to students at once (only ``stdout``, the instructor's log, is kept
from them by ``stdout_visibility``), and while any test is hidden from them it
does not show them their total score. So when the submission has hidden tests,
``output`` gives per exercise and in all only the points of the visible tests,
and says that hidden tests count too; the hidden tests' points reach students
with the tests themselves (once published, or never), and the top-level
``score`` (which overrides the sum of the tests') is the whole score.

The notes of reading the submission (a module found in another folder, a file too large to
read) are listed once, at the top of ``output``; a missing exercise's line, and each of its
tests, points to them in a few words instead of repeating them.
"""

from __future__ import annotations

import json

from ..course import Course
from ..grading.results import SubmissionResult, TestResult, from_cents, points_text
from .words import problem_beside_notes

OUTPUT_FORMAT = "text"  # messages hold arrays and code: shown as written, in a <pre>
NOTES_TITLE = "Reading your submission:"
SEE_NOTES = "see Reading your submission, at the top"


class OneSubmissionOnly(ValueError):
    """Gradescope grades one submission per run; several are a usage error."""


def _test_output(test: TestResult, see_notes: bool = False) -> str:
    """A test's output; ``see_notes``: its exercise's module is missing and the top-level output
    lists notes on reading the submission, which may say why: a few words point there."""
    if test.status == "passed":
        return ""
    label = {"failed": "Wrong", "error": "Error", "timeout": "Too slow"}[test.status]
    parts = [f"{label}: {test.message}" if test.message else label]
    if see_notes:
        parts[0] += f" ({SEE_NOTES})"
    if test.hint:
        parts.append(f"Hint: {test.hint}")
    if test.detail and test.status in ("error", "failed"):
        parts.append(test.detail)
    if test.status == "failed" and 0 < test.score < test.max_score:
        parts.append(f"Partial credit: {points_text(test.score)} of {points_text(test.max_score)} points.")
    return "\n\n".join(parts)


HIDDEN_NOTE = {
    "after_published": "Hidden tests also count towards your score: you will see them, and your total, "
                       "when the grades are published.",
    "hidden": "Hidden tests also count towards your score; their results and your total are not shown here.",
}


def _visible_points(tests) -> tuple[float, float]:
    """(earned, possible) points of the visible tests among ``tests``, summed in hundredths."""
    shown = [t for t in tests if not t.hidden]
    return from_cents(sum(t.cents for t in shown)), from_cents(sum(t.max_cents for t in shown))


def _summary(result: SubmissionResult, hidden_visibility: str) -> str:
    """The top-level output: points per exercise and in all; when there are hidden tests,
    only those of the visible tests, and a note saying that hidden tests count too."""
    lines = []
    if result.problem:
        lines.append(f"Your submission could not be graded: {result.problem}")
    if result.notes:  # said once, here: each exercise they may explain points to them
        lines += [NOTES_TITLE, *(f"- {note}" for note in result.notes), ""]
    hidden = any(t.hidden for e in result.exercises for t in e.tests)
    for e in result.exercises:
        problem = problem_beside_notes(e, result.notes)
        note = f" ({problem}{'; ' + SEE_NOTES if problem != e.problem else ''})" if problem else ""
        if hidden:
            earned, possible = _visible_points(e.tests)
            lines.append(f"{e.title}: {points_text(earned)} of {points_text(possible)} points in the visible tests"
                         f"{note}")  # fmt: skip
        else:
            lines.append(f"{e.title}: {points_text(e.score)} of {points_text(e.max_score)} points{note}")
    if hidden:
        earned, possible = _visible_points([t for e in result.exercises for t in e.tests])
        lines.append(f"Visible tests: {points_text(earned)} of {points_text(possible)} points.")
        lines.append(HIDDEN_NOTE[hidden_visibility])
    else:
        lines.append(f"Total: {points_text(result.score)} of {points_text(result.max_score)} points.")
    return "\n".join(lines)


def results_json(result: SubmissionResult, course: Course, *, execution_time: float = 0.0) -> dict:
    """The results.json object for one graded submission."""
    hidden = course.gradescope.hidden_visibility
    tests = []
    for e_number, exercise in enumerate(result.exercises, 1):
        see_notes = problem_beside_notes(exercise, result.notes) != exercise.problem
        for t_number, test in enumerate(exercise.tests, 1):
            tests.append(
                {
                    "name": f"{exercise.name}: {test.description or test.name}",
                    "number": f"{e_number}.{t_number}",
                    "score": test.score,
                    "max_score": test.max_score,
                    "status": "passed" if test.status == "passed" else "failed",
                    "output": _test_output(test, see_notes),
                    "output_format": OUTPUT_FORMAT,
                    "visibility": hidden if test.hidden else "visible",
                }
            )
    return {
        "score": result.score,
        "execution_time": round(float(execution_time), 3),
        "output": _summary(result, hidden),
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": tests,
    }


def render(results: list[SubmissionResult], course: Course, *, execution_time: float = 0.0) -> str:
    """results.json text; exactly one submission (Gradescope grades one per run)."""
    if len(results) != 1:
        raise OneSubmissionOnly(f"the gradescope format takes exactly one submission, got {len(results)}")
    return json.dumps(results_json(results[0], course, execution_time=execution_time), indent=2) + "\n"
