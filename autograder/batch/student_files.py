"""One student's files in the results folder: their feedback, then ``result.json``.

``result.json`` is written last: it marks the student graded (see ``store``).
Feedback that cannot be drawn (a student's odd values) is written without
pictures, or as the plain text table, but never costs the student their result.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..atomic_write import write_atomic
from ..grading.results import SubmissionResult
from ..report import feedback, text
from .store import check_student_folder, write_result


def write_student_files(result: SubmissionResult, out: Path | None, pictures: bool, fingerprint: str = "") -> dict:
    """Write the student's feedback and then result.json (when there is a results folder); the
    full record, with the ``fingerprint`` of the submission graded, as result.json holds it."""
    record = dataclasses.replace(result, fingerprint=fingerprint).to_dict(full=True)
    if out is not None:
        check_student_folder(result.submission)  # before anything is written under that name
        try:
            feedback.write_feedback(result, out / result.submission, pictures=pictures)
        except Exception:  # noqa: BLE001 - one student's odd values must not cost the class its feedback
            try:
                feedback.write_feedback(result, out / result.submission, pictures=False)
            except Exception as exc:  # noqa: BLE001
                _write_plain_feedback(result, out / result.submission, exc)
        write_result(out, result.submission, record)
    return record


def _write_plain_feedback(result: SubmissionResult, folder: Path, problem: Exception) -> None:
    """The feedback as the text table, when the page itself could not be made."""
    note = f"(The full feedback page could not be made: {type(problem).__name__}.)"
    write_atomic(folder / "feedback.md", text.table([result], verbose=True) + "\n" + note + "\n")
