"""One student's files in the results folder: their feedback, then ``result.json``.

``result.json`` is written last: it marks the student graded (see ``store``).
Feedback that cannot be drawn (a student's odd values) is written without
pictures, or as the plain text table, but never costs the student their result.
"""

from __future__ import annotations

from pathlib import Path

from ..grading.results import SubmissionResult
from ..report import feedback, text
from .store import check_student_folder, write_result


def write_student_files(result: SubmissionResult, out: Path | None, pictures: bool, fingerprint: str = "") -> dict:
    """Write the student's feedback and then result.json (when there is a results folder), with
    the ``fingerprint`` of the submission graded; the record the parent needs: the brief one of
    ``--format json``, with what the class summary also counts (each test's description, each
    exercise's problem) and the fingerprint."""
    if out is not None:
        check_student_folder(result.submission)  # before anything is written under that name
        try:
            feedback.write_feedback(result, out / result.submission, pictures=pictures)
        except Exception:  # noqa: BLE001 - one student's odd values must not cost the class its feedback
            try:
                feedback.write_feedback(result, out / result.submission, pictures=False)
            except Exception as exc:  # noqa: BLE001
                _write_plain_feedback(result, out / result.submission, exc)
        full = result.to_dict(full=True)
        if fingerprint:
            full["fingerprint"] = fingerprint
        write_result(out, result.submission, full)
    record = result.to_dict()
    if fingerprint:
        record["fingerprint"] = fingerprint
    for exercise, brief in zip(result.exercises, record["exercises"]):
        if exercise.problem:
            brief["problem"] = exercise.problem
        for test, test_brief in zip(exercise.tests, brief["tests"]):
            test_brief["description"] = test.description
    return record


def _write_plain_feedback(result: SubmissionResult, folder: Path, problem: Exception) -> None:
    """The feedback as the text table, when the page itself could not be made."""
    note = f"(The full feedback page could not be made: {type(problem).__name__}.)"
    feedback.write_atomic(folder / "feedback.md", text.table([result], verbose=True) + "\n" + note + "\n")
