"""The students' code as similarity reads it: kept in the results folder, or read again.

A results folder keeps, beside each student's ``result.json``, the text of the
modules that were graded (``SOURCES``, written by ``write_sources`` when the batch
reads a submission): the code of a notebook or a zip as the grader extracted it,
and each module's text as copydetect filters it (the slow part of comparing
code, done while the class is graded, on the grading workers):

    {"files": {"gates.py": "<source>", ...}, "filtered": {"gates.py": "<filtered>", ...},
     "filter": "<FILTER_VERSION>"}

A folder graded before that file existed can be given its submissions instead;
they are read as grading reads them (folders, zips, notebooks), never run.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..atomic_write import write_atomic
from ..batch.store import RESULT
from .code import FILTER_VERSION, StudentCode, filtered

SOURCES = "sources.json"


def write_sources(student_folder: Path, files: dict[str, str]) -> None:
    """Keep a submission's module texts (``Submission.files``: ``{"gates.py": text}``) and their
    filtered texts in ``<student_folder>/sources.json``, written atomically. The batch calls it
    on the grading worker as it reads the submission (lexing takes a few ms a module)."""
    kept = {"files": files, "filtered": {}, "filter": FILTER_VERSION}
    for name, text in files.items():
        try:
            kept["filtered"][name] = filtered(text)
        except Exception:  # noqa: BLE001 - the code is kept all the same; it is filtered again when compared
            continue
    write_atomic(Path(student_folder) / SOURCES, json.dumps(kept, ensure_ascii=False) + "\n")


def graded_students(results: Path) -> list[str]:
    """The students of a results folder: the folders holding a ``result.json``, sorted."""
    return sorted(p.parent.name for p in Path(results).glob(f"*/{RESULT}") if not p.parent.name.startswith("."))


def _texts(value) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def stored_sources(results: Path, student: str) -> StudentCode | None:
    """The code kept for ``student``, or None when none was kept or the file is not what
    ``write_sources`` writes; filtered texts of another filter's version are left out."""
    try:
        kept = json.loads((Path(results) / student / SOURCES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or not _texts(kept.get("files")):
        return None
    same_filter = kept.get("filter") == FILTER_VERSION and _texts(kept.get("filtered"))
    return StudentCode(kept["files"], kept["filtered"] if same_filter else {})


def read_submissions(paths, modules: list[str]) -> dict[str, StudentCode]:
    """``{student: StudentCode}`` for the submissions named by ``paths`` (as ``nnkit grade``
    names them: folders, zips, notebooks, class folders), with the ids grading gave them; a
    submission that cannot be read is left out."""
    from ..batch.discover import discover
    from ..intake.load import load_submission
    from ..intake.submission import SubmissionError

    texts = {}
    for entry in discover(paths):
        try:
            texts[entry.student] = StudentCode(load_submission(entry.path, entry.student, expected=modules).files)
        except SubmissionError:
            continue
    return texts
