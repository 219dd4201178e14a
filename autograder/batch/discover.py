"""Which submissions a list of paths names, and whose each one is.

A path is one submission when it is a ``.zip``, a notebook, or a folder that
holds Python files (at its top, or in its only subfolder); otherwise a folder
is a class: each folder, ``.zip`` or notebook inside it is one submission. The
student id is the submission's name (a zip's without ``.zip``) unless a roster
CSV with the columns ``submission`` and ``student`` says otherwise.

Ids are folder names in the results: each is made safe (``safe_id``) and
unique (``unique_ids``): a repeat gets the first suffix no other student has,
and a name the results folder uses for itself (``gradebook.csv``, any case)
gets one too, so nobody's results are written over. A link inside a class
folder is listed under its own name and refused when read, never followed.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..intake.safe_files import FILE, FOLDER, LINK, Folder
from .store import RESERVED_NAMES

SUBMISSION_FILES = (".zip", ".ipynb")
CODE_FILES = (".py", ".ipynb")
MAX_CLASS_ENTRIES = 100_000  # entries of a class folder looked at
MAX_ID_CHARS = 100


class DiscoveryError(Exception):
    """The paths or the roster cannot be read as submissions."""


@dataclass(frozen=True)
class Entry:
    student: str
    path: Path
    name: str = field(default="", compare=False)  # the submission's own name, which a roster maps


def _suffix(name: str) -> str:
    return Path(name).suffix.lower()


def _holds_code(folder: Path) -> bool:
    """Whether ``folder`` is one submission: code at its top, or in its only subfolder when it
    holds nothing else that could be a submission. Links are neither followed nor counted as code."""
    with Folder(folder) as top:
        items = top.items(MAX_CLASS_ENTRIES)[0]
        if any(i.kind == FILE and _suffix(i.name) in CODE_FILES for i in items):
            return True
        visible = [i for i in items if not i.name.startswith((".", "__"))]
        subfolders = [i.name for i in visible if i.kind == FOLDER]
        others = [i for i in visible if i.kind == LINK or i.kind == FILE and _suffix(i.name) in SUBMISSION_FILES]
        if len(subfolders) != 1 or others:
            return False
        with top.sub(subfolders[0]) as sub:
            return any(i.kind == FILE and _suffix(i.name) in CODE_FILES for i in sub.items()[0])


def _children(klass: Path) -> list[Path]:
    """The submissions in a class folder, sorted: its folders, zips and notebooks, and its links
    that look like one (they are refused when read, never followed)."""
    with Folder(klass) as folder:
        items = folder.items(MAX_CLASS_ENTRIES)[0]
    children = []
    for item in items:
        if item.name.startswith((".", "__")):
            continue
        path = klass / item.name
        if item.kind == FOLDER or item.kind == FILE and _suffix(item.name) in SUBMISSION_FILES:
            children.append(path)
        elif item.kind == LINK and (_suffix(item.name) in SUBMISSION_FILES or path.is_dir()):
            children.append(path)
    return children


def _name(path: Path) -> str:
    """A submission's name: a file's without its extension, a folder's own (a link's, not its target's)."""
    if path.is_file():
        return path.stem
    return path.resolve().name if path.name in ("", ".", "..") else path.name


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
    """A student id usable as a folder name: no separators, no dot-dot, nothing hidden, not too long."""
    cleaned = re.sub(r"[^A-Za-z0-9._@+-]", "_", student).lstrip(".")[:MAX_ID_CHARS]
    return cleaned or "_"


def unique_ids(ids, *, reserved=()) -> list[str]:
    """``ids`` with each repeat, and each id in ``reserved``, given the first free suffix
    (``ada``, ``ada-2``, ...). A suffix never takes an id that is in ``ids`` or ``reserved``,
    and ids that differ only in case count as the same (a results folder may sit on a
    filesystem that does not tell them apart)."""
    ids = list(ids)
    blocked = {name.casefold() for name in reserved}
    taken = {name.casefold() for name in ids} | blocked
    used: set[str] = set()
    next_number: dict[str, int] = {}  # per id, where its search for a free suffix goes on
    unique = []
    for name in ids:
        key = name.casefold()
        if key in used or key in blocked:
            number = next_number.get(key, 2)
            while f"{name}-{number}".casefold() in taken:
                number += 1
            next_number[key] = number + 1
            name = f"{name}-{number}"
            key = name.casefold()
            taken.add(key)
        used.add(key)
        unique.append(name)
    return unique


def discover(paths, *, roster: dict[str, str] | None = None) -> list[Entry]:
    """The submissions named by ``paths`` in order, each with a unique, safe student id that
    names none of the results folder's own files.

    A path named here that is a symbolic link is followed (the instructor chose it); a link
    inside a class folder is listed as it is, and reading it is refused.
    """
    found: list[tuple[str, Path]] = []
    for raw in paths:
        given = Path(raw)
        if not given.exists():
            raise DiscoveryError(f"{given} does not exist")
        path = given.resolve() if given.is_symlink() else given
        try:
            if not path.is_dir() or _holds_code(path):
                found.append((_name(given), path))
            else:
                found.extend((_name(child), child) for child in _children(path))
        except OSError as exc:
            raise DiscoveryError(f"cannot read {given}: {exc.strerror or exc}") from None
    roster = roster or {}
    students = unique_ids([safe_id(roster.get(name, name)) for name, _ in found], reserved=RESERVED_NAMES)
    return [Entry(student, path, name) for student, (name, path) in zip(students, found)]


def missing_students(entries: list[Entry], roster: dict[str, str]) -> list[str]:
    """The students of the roster who have no submission among ``entries``, as the ids their
    results would have had: each roster row whose submission name was not found, unless its
    student has a submission under another name. In roster order, each once."""
    found_names = {entry.name for entry in entries}
    ids = {entry.student.casefold() for entry in entries}
    missing: list[str] = []
    for name, student in roster.items():
        student_id = safe_id(student)
        if name in found_names or student_id.casefold() in ids:
            continue
        ids.add(student_id.casefold())
        missing.append(student_id)
    return missing
