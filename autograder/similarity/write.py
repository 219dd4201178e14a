"""``similarity.csv`` and ``similarity.html`` of a results folder, from what grading stored there.

    results/similarity.csv    one row per flagged pair: a, b, score, code, behaviour; highest first
    results/similarity.html   the flagged pairs in detail (the first ``SHOWN``)

Each student's ``result.json`` gives the behaviour; the code comes from each
student's ``sources.json`` (see ``sources``), or from the submissions when given.
Records and stored sources are read a student (or a batch of students) at a time
and only fingerprints and answer digests are kept, so memory grows with the class,
not with its code (submissions given instead are read all at once).
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from ..atomic_write import write_atomic
from ..batch.store import RESULT, spreadsheet_safe
from .behaviour import BehaviourIndex, behaviour_scores
from .code import Matcher, code_scores
from .page import PairView, render
from .pairs import FLAG_AT, Pair, flagged_pairs
from .sources import graded_students, read_submissions, stored_sources

CSV_NAME, HTML_NAME = "similarity.csv", "similarity.html"
COLUMNS = ("a", "b", "score", "code", "behaviour")
SHOWN = 100  # pairs detailed in the page


def _record(results: Path, student: str) -> dict:
    try:
        record = json.loads((results / student / RESULT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def _message(record: dict, exercise: str, test: str) -> str:
    for each in record.get("exercises") or []:
        if each.get("name") == exercise:
            for t in each.get("tests") or []:
                if t.get("name") == test:
                    return str(t.get("message") or "")
    return ""


def csv_text(pairs: list[Pair]) -> str:
    """The CSV of ``pairs``: ids made safe for spreadsheets, numbers to 3 decimals."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for p in pairs:
        writer.writerow([spreadsheet_safe(p.a), spreadsheet_safe(p.b), f"{p.score:.3f}", f"{p.code:.3f}",
                         f"{p.behaviour:.3f}"])  # fmt: skip
    return buffer.getvalue()


def write_similarity(out: Path, *, course, submissions=None, workers: int | None = None,
                     flag_at: float = FLAG_AT) -> list[Pair]:  # fmt: skip
    """Compare every pair of students of the results folder ``out``; write ``similarity.csv`` and
    ``similarity.html`` there and return the flagged pairs, highest score first.

    ``course`` gives the modules, the stubs and the reference solutions (discounted as boilerplate); ``submissions``,
    paths as ``nnkit grade`` takes them, supply the code of students without a ``sources.json``
    (for a results folder written before it was kept). ``workers``: processes for lexing the
    code (default: the cores of this machine).
    """
    out = Path(out)
    students = graded_students(out)
    names = [f"{e.module}.py" for e in course.exercises]
    boilerplate = {name: [(folder / name).read_text(encoding="utf-8") for folder in
                          (course.exercises_dir, course.solutions_dir) if folder and (folder / name).is_file()]
                   for name in names}  # fmt: skip
    given = read_submissions(submissions, [e.module for e in course.exercises]) if submissions else {}

    def sources(student: str):
        return stored_sources(out, student) or given.get(student)

    behaviour = BehaviourIndex(students)
    for student in students:
        behaviour.add(student, _record(out, student))
    bits = behaviour.bits()
    code = code_scores(students, sources, boilerplate, workers=workers or os.cpu_count() or 1)
    pairs = flagged_pairs(students, code.similarity(), behaviour_scores(bits), bits, flag_at=flag_at)

    views, matcher = [], Matcher(code)
    for pair in pairs[:SHOWN]:
        code_a, code_b = sources(pair.a), sources(pair.b)
        files_a, files_b = code_a and code_a.files, code_b and code_b.files
        record = _record(out, pair.a)
        evidence = [(s, _message(record, s.exercise, s.test)) for s in behaviour.shared(pair.a, pair.b)]
        found = matcher.matches(pair.a, files_a, pair.b, files_b) if files_a and files_b else []
        views.append(PairView(pair, evidence, found, bool(files_a and files_b)))
    write_atomic(out / CSV_NAME, csv_text(pairs))
    write_atomic(out / HTML_NAME, render(views, flagged=len(pairs), students=len(students)))
    return pairs
