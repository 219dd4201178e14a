"""The results folder: one folder per student and a gradebook, every write atomic.

    results/
      gradebook.csv                one row per student (a cell that would start a formula begins with ')
      summary.html                 for the instructor
      <student>/result.json        the same record as ``--format json``, plus details
      <student>/feedback.html      for the student (self-contained)
      <student>/feedback.md

A student's ``result.json`` is written last, after the feedback: it marks the
student as graded. A batch killed at any moment leaves each file either old or
new, and a student without ``result.json`` is graded again by the next run.
The gradebook is rebuilt from the rows this store keeps (one small row per
student, never whole results), so it lists each student once.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from ..report.feedback import write_atomic

RESULT = "result.json"
HALF_WRITTEN = re.compile(r"\.[^/]+\.[A-Za-z0-9_]{6,}\.tmp")  # write_atomic's temporary names
GRADEBOOK = "gradebook.csv"
SUMMARY = "summary.html"
# What the results folder holds at its top besides the students' folders (and the hidden temporary
# files of writes under way): no student id may name one of these, in any case.
RESERVED_NAMES = frozenset({GRADEBOOK, SUMMARY, "similarity.csv", "similarity.html"})
# A gradebook cell a spreadsheet would run as a formula starts with one of these (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def check_student_folder(student: str) -> None:
    """Refuse a student id that is not one safe folder name of its own in the results folder
    (``discover`` gives only safe ones; this guards every other way in)."""
    if (not student or student.startswith(".") or "/" in student or "\\" in student or "\0" in student
            or student.casefold() in {name.casefold() for name in RESERVED_NAMES}):  # fmt: skip
        raise ValueError(f"{student!r} cannot name a student's folder in the results")


def spreadsheet_safe(cell: str) -> str:
    """The cell as a spreadsheet shows it and never runs: text that starts like a formula gets a
    leading ``'``; numbers stay numbers."""
    if cell.startswith(FORMULA_STARTS) and not NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def write_result(folder: Path, student: str, record: dict) -> None:
    """Write ``<folder>/<student>/result.json``, after the student's feedback: it marks them graded."""
    check_student_folder(student)
    record = dict(record, student=student)
    write_atomic(Path(folder) / student / RESULT, json.dumps(record, separators=(",", ":")) + "\n")


def status_of(record: dict) -> str:
    """"unreadable", "errors" (some test raised or timed out) or "graded"."""
    if record.get("problem"):
        return "unreadable"
    statuses = {t["status"] for e in record.get("exercises", []) for t in e.get("tests", [])}
    return "errors" if statuses & {"error", "timeout"} else "graded"


class ResultStore:
    def __init__(self, folder: Path, exercises: list[str]):
        self.folder = Path(folder)
        self.exercises = exercises
        self.folder.mkdir(parents=True, exist_ok=True)
        self._remove_half_written()
        self.rows: dict[str, list[str]] = {}
        for path in sorted(self.folder.glob(f"*/{RESULT}")):
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # a damaged record counts as not graded
            self.rows[path.parent.name] = self._row(path.parent.name, record)

    def _remove_half_written(self) -> None:
        """Temporary files of writes cut short by a kill: never the results, always safe to drop."""
        for path in [*self.folder.glob(".*.tmp"), *self.folder.glob("*/.*.tmp")]:
            if HALF_WRITTEN.fullmatch(path.name):
                path.unlink(missing_ok=True)

    def done(self, student: str) -> bool:
        return student in self.rows

    def student_folder(self, student: str) -> Path:
        return self.folder / student

    def _row(self, student: str, record: dict) -> list[str]:
        scores = {e["name"]: e["score"] for e in record.get("exercises", [])}
        return [
            student,
            f"{record.get('score', 0):g}",
            f"{record.get('max_score', 0):g}",
            *[f"{scores[name]:g}" if name in scores else "" for name in self.exercises],
            status_of(record),
        ]

    def save(self, student: str, record: dict) -> None:
        """Write the student's result.json (``SubmissionResult.to_dict(full=True)``) and note its row."""
        write_result(self.folder, student, record)
        self.note(student, record)

    def note(self, student: str, record: dict) -> None:
        """Note the row of a student whose result.json was written by the worker that graded
        them; ``record`` may be the brief ``to_dict()``: the row needs only the scores."""
        self.rows[student] = self._row(student, record)

    def write_gradebook(self) -> None:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([spreadsheet_safe(cell) for cell in ["student", "total", "max", *self.exercises, "status"]])
        for student in sorted(self.rows):
            writer.writerow([spreadsheet_safe(cell) for cell in self.rows[student]])
        write_atomic(self.folder / GRADEBOOK, buffer.getvalue())
