"""The results folder: one folder per student and a gradebook, every write atomic.

    results/
      gradebook.csv                one row per student (a cell that would start a formula begins with ')
      summary.html                 for the instructor
      <student>/result.json        the same record as ``--format json``, plus details
      <student>/feedback.html      for the student (self-contained)
      <student>/feedback.md

A student's ``result.json`` is written last, after the feedback: it marks the
student as graded, and holds the ``fingerprint`` of the submission as it was
read (``submission.fingerprint``). A batch killed at any moment leaves each
file either old or new; the next run grades again a student without
``result.json``, and one whose submission no longer has the stored
fingerprint (it changed since). The gradebook is rebuilt from the rows this
store keeps (one small row per student, never whole results), so it lists
each student once; a student of the roster with no submission gets a row
too, with the status ``missing``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from ..grading.results import SubmissionResult, points_text
from ..atomic_write import write_atomic

RESULT = "result.json"
FEEDBACK = "feedback.html"
HALF_WRITTEN = re.compile(r"\.[^/]+\.[A-Za-z0-9_]{6,}\.tmp")  # write_atomic's temporary names
GRADEBOOK = "gradebook.csv"
SUMMARY = "summary.html"
# What the results folder holds at its top besides the students' folders (and the hidden temporary
# files of writes under way): no student id may name one of these, in any case.
RESERVED_NAMES = frozenset({GRADEBOOK, SUMMARY, "similarity.csv", "similarity.html"})
# A gradebook cell a spreadsheet would run as a formula starts with one of these (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


GRADEBOOK_FIXED_COLUMNS = ("student", "total", "max", "status")


def gradebook_columns(exercises: list[str]) -> list[str]:
    """The gradebook's columns: the student, their total and its maximum, a score per exercise, the
    status. An exercise named like one of the others would make the gradebook ambiguous: refused."""
    clash = sorted(set(exercises) & set(GRADEBOOK_FIXED_COLUMNS))
    if clash:
        raise ValueError(f"an exercise may not be called {' or '.join(clash)}: the gradebook has such a column")
    return ["student", "total", "max", *exercises, "status"]


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


# How the sandbox words an unfinished answer (autograder/sandbox/session.py): a function that still
# raises NotImplementedError, as the stubs do, and a module the submission does not have.
NOT_WRITTEN_YET = "(it still raises NotImplementedError)"
NO_MODULE = "your submission has no "


def unfinished(test: dict) -> bool:
    """Whether a test (of a record) ended in an error because the work is not done: its function
    still raises NotImplementedError, or its module is missing from the submission."""
    message = test.get("message") or ""
    return test.get("status") == "error" and (message.endswith(NOT_WRITTEN_YET) or message.startswith(NO_MODULE))


def status_of(record: dict) -> str:
    """The gradebook's ``status`` of a student's record: the first of these that holds.

    - ``grader failure``: the grader itself failed on this submission (its workers died or hung
      each time it was tried, or the Dask task failed); the scores are not the student's.
      Grade it again.
    - ``unreadable``: the submission could not be read at all (a corrupt zip, modules in two
      folders); it scores zero, and the record's ``problem`` says why.
    - ``errors``: some test ran the student's code and it crashed: raised an exception (other
      than NotImplementedError), exited, was killed, ran out of memory, did not import, or
      ran out of time (``timeout``).
    - ``incomplete``: nothing crashed, but some work is not done: a module is missing from the
      submission, or a function still raises NotImplementedError as the stub did.
    - ``graded``: every test ran on finished code; each passed or gave a wrong answer.

    A student of the roster without any submission has no record; their row says ``missing``.
    """
    if record.get("grader_failure"):
        return "grader failure"
    if record.get("problem"):
        return "unreadable"
    tests = [t for e in record.get("exercises", []) for t in e.get("tests", [])]
    crashed = [t for t in tests if t.get("status") in ("error", "timeout") and not unfinished(t)]
    if crashed:
        return "errors"
    return "incomplete" if any(unfinished(t) for t in tests) else "graded"


class ResultStore:
    """The results folder of a batch: the students' result.json files, and the gradebook's row
    of each student (a dict by column name, as ``gradebook.csv`` is read back)."""

    def __init__(self, folder: Path, exercises: list[str]):
        self.folder = Path(folder)
        self.exercises = exercises
        self.columns = gradebook_columns(exercises)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._remove_half_written()
        self.rows: dict[str, dict[str, str]] = {}
        self.fingerprints: dict[str, str] = {}  # of the submissions as they were graded
        for path in sorted(self.folder.glob(f"*/{RESULT}")):
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # a damaged record counts as not graded
            self.note(path.parent.name, record)

    def _remove_half_written(self) -> None:
        """Temporary files of writes cut short by a kill: never the results, always safe to drop."""
        for path in [*self.folder.glob(".*.tmp"), *self.folder.glob("*/.*.tmp")]:
            if HALF_WRITTEN.fullmatch(path.name):
                path.unlink(missing_ok=True)

    def done(self, student: str) -> bool:
        """Whether the student has a result (whatever it was graded from)."""
        return student in self.rows and self.rows[student]["status"] != "missing"

    def current(self, student: str, fingerprint: str) -> bool:
        """Whether the student's stored result was graded from a submission with this fingerprint.
        A result without one (the grader failed on it, or an older nnkit wrote it) is not current."""
        return self.done(student) and self.fingerprints.get(student) == fingerprint

    def mark_missing(self, student: str, max_score: float) -> None:
        """A row for a student of the roster with no submission: total 0, status ``missing``
        (a student with a stored result keeps it)."""
        if not self.done(student):
            self.rows[student] = {**dict.fromkeys(self.columns, ""), "student": student, "total": "0",
                                  "max": points_text(max_score), "status": "missing"}  # fmt: skip

    def totals(self) -> dict[str, float]:
        """Every student of the gradebook and their total, those of earlier runs and the missing included."""
        return {student: float(row["total"]) for student, row in self.rows.items()}

    def _row(self, student: str, record: dict) -> dict[str, str]:
        scores = {e["name"]: e["score"] for e in record.get("exercises", [])}
        return {
            "student": student,
            "total": points_text(record.get("score", 0)),
            "max": points_text(record.get("max_score", 0)),
            **{name: points_text(scores[name]) if name in scores else "" for name in self.exercises},
            "status": status_of(record),
        }

    def save(self, student: str, record: dict) -> None:
        """Write the student's result.json (the full record, ``SubmissionResult.to_dict(full=True)``)
        and note its row."""
        write_result(self.folder, student, record)
        self.note(student, record)

    def note(self, student: str, record: dict) -> None:
        """Note the row of a student whose result.json was written by the worker that graded them."""
        self.rows[student] = self._row(student, record)
        if record.get("fingerprint"):
            self.fingerprints[student] = record["fingerprint"]
        else:
            self.fingerprints.pop(student, None)

    def write_gradebook(self) -> None:
        """Write ``gradebook.csv``: the header, then one row per student, by id."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([spreadsheet_safe(cell) for cell in self.columns])
        for student in sorted(self.rows):
            writer.writerow([spreadsheet_safe(self.rows[student][column]) for column in self.columns])
        write_atomic(self.folder / GRADEBOOK, buffer.getvalue())


def stored_results(folder: Path, skip=frozenset()):
    """Every graded student's result in ``folder`` but those in ``skip``, one at a time (the
    class summary keeps counts, not results); a damaged result.json is passed over."""
    for path in sorted(Path(folder).glob(f"*/{RESULT}")):
        if path.parent.name in skip:
            continue
        try:
            yield SubmissionResult.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError):
            continue
