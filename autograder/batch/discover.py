"""Which submissions a list of paths names, and whose each one is.

A path is one submission when it is a ``.zip``, a notebook, or a folder that
holds Python files (at its top, or in its only subfolder); otherwise a folder
is a class: each folder, ``.zip`` or notebook inside it is one submission. The
student id is the submission's name (a zip's without ``.zip``) unless a roster
CSV with the columns ``submission`` and ``student`` says otherwise.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

SUBMISSION_FILES = (".zip", ".ipynb")


class DiscoveryError(Exception):
    """The paths or the roster cannot be read as submissions."""


@dataclass(frozen=True)
class Entry:
    student: str
    path: Path


def _holds_code(folder: Path) -> bool:
    if any(p.suffix in (".py", ".ipynb") for p in folder.iterdir() if p.is_file()):
        return True
    subfolders = [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "__"))]
    zips = [p for p in folder.iterdir() if p.is_file() and p.suffix in SUBMISSION_FILES]
    return len(subfolders) == 1 and not zips and any(p.suffix in (".py", ".ipynb") for p in subfolders[0].iterdir())


def _name(path: Path) -> str:
    return path.stem if path.is_file() else path.resolve().name


def read_roster(path: Path) -> dict[str, str]:
    """``submission name -> student id`` from a CSV with a header row."""
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or not {"submission", "student"} <= set(reader.fieldnames):
                raise DiscoveryError(f"{path}: the roster needs the columns 'submission' and 'student'")
            roster = {}
            for line, row in enumerate(reader, start=2):
                name, student = (row.get("submission") or "").strip(), (row.get("student") or "").strip()
                if not name or not student:
                    raise DiscoveryError(f"{path}, line {line}: both 'submission' and 'student' must be filled in")
                roster[name] = student
            return roster
    except OSError as exc:
        raise DiscoveryError(f"cannot read the roster {path}: {exc.strerror}") from None


def safe_id(student: str) -> str:
    """A student id usable as a folder name: no separators, no dot-dot, nothing hidden."""
    cleaned = re.sub(r"[^A-Za-z0-9._@+-]", "_", student).lstrip(".")
    return cleaned or "_"


def discover(paths, *, roster: dict[str, str] | None = None) -> list[Entry]:
    """The submissions named by ``paths`` in order, each with a unique, safe student id."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise DiscoveryError(f"{path} does not exist")
        if path.is_file() or _holds_code(path):
            found.append(path)
            continue
        children = sorted(
            p
            for p in path.iterdir()
            if not p.name.startswith((".", "__")) and (p.is_dir() or p.suffix in SUBMISSION_FILES)
        )
        found.extend(children)
    entries, seen = [], {}
    for path in found:
        student = safe_id((roster or {}).get(_name(path), _name(path)))
        count = seen.get(student, 0) + 1
        seen[student] = count
        entries.append(Entry(student if count == 1 else f"{student}-{count}", path))
    return entries
