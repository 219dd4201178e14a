"""Notebooks as a submission: one ``.ipynb``, a folder of them, or a student's folder holding one.

Each notebook becomes one module (``notebook_cells.extract``); the first
notebook of an exercise counts. In a student's folder of an nbgrader tree
(``submitted/alice/``) each subfolder is an assignment, and the one holding the
most course exercises is read (``modules.choose_folder``). Links are skipped
with a note, and all the notebooks one submission reads are bounded together
(``MAX_NOTEBOOKS_BYTES``).
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path

from .modules import LINK_NOTE, choose_folder
from .notebook_cells import extract, layout_of
from .notebook_json import MAX_NOTEBOOK_BYTES, NotebookError, parse_notebook, read_notebook
from .safe_files import FILE, FOLDER, LINK, Folder, UnsafeFile, kind_of
from .submission import SubmissionError

MAX_NOTEBOOKS = 64  # notebooks of one folder read
MAX_NOTEBOOKS_BYTES = 64 << 20  # all the notebooks one submission reads, its assignment folders included
MAX_SUBFOLDERS = 64  # assignment folders of a student's folder looked into
MAX_MODULE_BYTES = 1 << 20  # the code of one notebook's answer cells, as for a module file


class _Budget:
    """What one submission may still read of notebooks, in bytes."""

    def __init__(self, total: int = MAX_NOTEBOOKS_BYTES):
        self.left = total

    def take(self, name: str, size: int) -> None:
        if size > self.left:
            raise NotebookError(f"{name} was not read: the submission's notebooks add up to more than "
                                f"{MAX_NOTEBOOKS_BYTES >> 20} MiB")  # fmt: skip
        self.left -= size


def _read_in(folder: Folder, name: str, budget: _Budget) -> dict:
    """The notebook ``name`` of an open folder, counted against the submission's budget."""
    try:
        data = folder.read(name, MAX_NOTEBOOK_BYTES)
    except UnsafeFile as exc:
        raise NotebookError(exc.strerror) from None
    except OSError as exc:
        raise NotebookError(f"{name} could not be read ({exc.strerror})") from None
    if len(data) <= MAX_NOTEBOOK_BYTES:
        budget.take(name, len(data))
    return parse_notebook(data, name)


def _notebook_names(items) -> list[str]:
    """The notebooks among a folder's entries (links left out), sorted, at most MAX_NOTEBOOKS."""
    return [i.name for i in items if i.kind == FILE and i.name.lower().endswith(".ipynb")][:MAX_NOTEBOOKS]


def _subfolders(items) -> list[str]:
    return [i.name for i in items if i.kind == FOLDER and not i.name.startswith(".")][:MAX_SUBFOLDERS]


def _link_notes(items, prefix: str = "") -> list[str]:
    return [LINK_NOTE.format(prefix + i.name) for i in items if i.kind == LINK]


def notebooks_in(folder: Path) -> list[Path]:
    """The notebooks directly in ``folder`` (Jupyter's checkpoints and links left out), sorted."""
    with Folder(folder) as opened:
        return [Path(folder) / name for name in _notebook_names(opened.items()[0])]


def read_files(sources, *, expected=()) -> tuple[dict, list[str]]:
    """``({"gates.py": text}, notes)`` from notebooks given as ``(file name, read)`` pairs, where
    ``read()`` returns the notebook's JSON; the first notebook of an exercise counts."""
    files, notes, origin = {}, [], {}
    for name, read in sources:
        try:
            module, text, found = extract(read(), name, expected=expected)
        except NotebookError as exc:
            notes.append(str(exc))
            continue
        notes.extend(found)
        if module is None:
            continue
        if f"{module}.py" in files:
            notes.append(f"{name} holds {module} too; {origin[module]} was graded")
        elif len(text.encode("utf-8", errors="surrogatepass")) > MAX_MODULE_BYTES:
            notes.append(f"{name}: the code of its answer cells is larger than {MAX_MODULE_BYTES >> 20} MiB "
                         "and was not read")  # fmt: skip
        else:
            files[f"{module}.py"], origin[module] = text, name
    return files, notes


def holds_notebooks(folder: Path) -> bool:
    """Notebooks and no Python files, at the top of ``folder`` or one folder down (a student's
    folder); links are neither followed nor counted."""
    with Folder(folder) as top:
        listings = [top.items()[0]]
        for name in _subfolders(listings[0]):
            with top.sub(name) as sub:
                listings.append(sub.items()[0])
    python = any(item.kind == FILE and item.name.endswith(".py") for items in listings for item in items)
    return not python and any(_notebook_names(items) for items in listings)


def _exercises_in(folder: Folder, names: list[str], expected, budget: _Budget) -> set:
    """The course exercises the notebooks ``names`` of ``folder`` hold (unreadable ones count for none)."""
    found = set()
    for name in names:
        try:
            module = layout_of(_read_in(folder, name, budget), name)[0] or Path(name).stem
        except NotebookError:
            continue
        if not expected or module in expected:
            found.add(module)
    return found


def _notebook_folder(top: Folder, expected, budget: _Budget) -> tuple[str, list[str]]:
    """The folder whose notebooks are the submission: "" for ``top`` itself, or the one
    assignment folder in it; and the notes saying so.

    In a student's folder of an nbgrader tree (``submitted/alice/``) each
    subfolder is an assignment; the one whose notebooks hold the most course
    exercises is taken, and two that hold as many are refused, never guessed. The usual
    student's folder holds one assignment folder, taken without reading its notebooks here.
    """
    items = top.items()[0]
    notes = _link_notes(items)
    if _notebook_names(items):
        return "", notes
    holding = []
    for name in _subfolders(items):
        with top.sub(name) as folder:
            if _notebook_names(folder.items()[0]):
                holding.append(name)
    if not holding:
        raise SubmissionError(f"{top.path} holds no notebooks")
    if len(holding) == 1:  # nothing to choose between: its notebooks are read once, when graded
        chosen = holding[0]
    else:
        exercises = {}
        for name in holding:
            with top.sub(name) as folder:
                exercises[name] = _exercises_in(folder, _notebook_names(folder.items()[0]), expected, budget)
        chosen = choose_folder(exercises, frozenset(expected), f"{top.path.name}/", "the course's notebooks")
    return chosen, notes + [f"the notebooks were read from {chosen}/"]


def _from_folder(path: Path, expected) -> tuple[dict, list[str]]:
    """The modules and notes of a folder of notebooks, or of a student's folder holding one."""
    budget = _Budget()
    with Folder(path) as top:
        chosen, notes = _notebook_folder(top, expected, budget)
        with top.sub(chosen) if chosen else contextlib.nullcontext(top) as folder:
            items = folder.items()[0]
            if chosen:
                notes += _link_notes(items, f"{chosen}/")
            sources = [(name, functools.partial(_read_in, folder, name, budget)) for name in _notebook_names(items)]
            files, read_notes = read_files(sources, expected=expected)
    return files, notes + read_notes


def modules_in_notebooks(path: Path, expected) -> tuple[dict, list[str]]:
    """``({"gates.py": text}, notes)`` of one ``.ipynb``, or of a folder of them, or of a student's
    folder holding one such folder; SubmissionError for a notebook that holds no exercise."""
    if kind_of(path) != FILE:
        return _from_folder(path, expected)
    files, notes = read_files([(path.name, functools.partial(read_notebook, path))], expected=expected)
    if not files:
        raise SubmissionError("; ".join(notes) or f"{path.name} holds no nnkit exercise")
    return files, notes
