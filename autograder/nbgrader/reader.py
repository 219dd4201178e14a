"""Read nbgrader notebooks as submissions: the code of their answer cells, as text.

Nothing in a notebook is executed here. A notebook is read as JSON; the cells
are found by their nbgrader ``grade_id``; the code of the answer cells becomes
the text of one module (``gates.py``), which is graded like any other, in the
sandbox. Every notebook built by nnkit carries its layout in its metadata
(``metadata.nnkit``: the exercise, and each cell's ``grade_id``, kind and
names), so a notebook says which cells it should hold.

How the module is made (``module_text``): each cell's code runs on its own,
in notebook order, as it does in Jupyter and in ``nbgrader autograde``: a cell
that fails (a syntax error, an exception, an answer not written yet) leaves
the names of the other cells defined. Asking the module for a name that a
missing or failed cell should have defined raises an error that names the
cell, so the test that needed it says why. Read-only cells (``import numpy
as np``, constants) are taken from the layout, as nbgrader takes them from its
database when it autogrades: a student cannot change them.

A notebook with deleted or edited cells is graded on what it holds; the
notes say what is missing: an answer cell that is gone (or lost its nbgrader
metadata, or is no longer a code cell), a read-only cell that was changed, a
grade_id that appears twice (the last one counts: nbgrader's
DeduplicateIds strips the metadata of the earlier ones), IPython commands (``%timeit``, ``!pip``) left out.
Code in cells the student added is not graded: only answer cells are.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .layout import ANSWER, SETUP, ModuleLayout

META_KEY = "nnkit"  # notebook metadata written by `nnkit nbgrader build`
MAX_NOTEBOOK_BYTES = 32 << 20  # outputs with pictures make notebooks large; code never is
MAX_NOTEBOOKS = 64


class NotebookError(ValueError):
    """A file that cannot be read as a notebook."""


def read_notebook(path: Path) -> dict:
    """The notebook at ``path`` as plain JSON data (never nbformat's objects, never run)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_NOTEBOOK_BYTES:
            raise NotebookError(f"{path.name} is larger than {MAX_NOTEBOOK_BYTES >> 20} MiB and was not read")
        data = json.loads(path.read_bytes().decode("utf-8", errors="replace"))
    except OSError as exc:
        raise NotebookError(f"{path.name} could not be read ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise NotebookError(f"{path.name} is not a notebook (not valid JSON: {exc.msg}, line {exc.lineno})") from None
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        raise NotebookError(f"{path.name} is not a notebook (it has no list of cells)")
    return data


def cell_source(cell: dict) -> str:
    source = cell.get("source", "")
    if isinstance(source, list):
        source = "".join(s for s in source if isinstance(s, str))
    return source if isinstance(source, str) else ""


def _nbgrader(cell: dict) -> dict:
    meta = cell.get("metadata")
    meta = meta.get("nbgrader") if isinstance(meta, dict) else None
    return meta if isinstance(meta, dict) else {}


def layout_of(nb: dict) -> tuple[str | None, list[dict]]:
    """(exercise module, layout entries) from the notebook's nnkit metadata, if it is sound."""
    meta = nb.get("metadata")
    meta = meta.get(META_KEY) if isinstance(meta, dict) else None
    if not isinstance(meta, dict):
        return None, []
    module = meta.get("exercise")
    cells = meta.get("cells")
    if not isinstance(module, str) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", module):
        return None, []
    entries = []
    for entry in cells if isinstance(cells, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("grade_id"), str):
            continue
        kind = entry.get("kind")
        names = [n for n in entry.get("names", []) if isinstance(n, str)]
        if kind == SETUP and isinstance(entry.get("source"), str):
            entries.append({"grade_id": entry["grade_id"], "kind": SETUP, "names": names, "source": entry["source"]})
        elif kind == ANSWER:
            entries.append({"grade_id": entry["grade_id"], "kind": ANSWER, "names": names})
    return module, entries


def layout_metadata(layout: ModuleLayout) -> dict:
    """What ``nnkit nbgrader build`` stores under ``metadata.nnkit``."""
    return {"exercise": layout.module, "cells": layout.to_json()}


_MAGIC = re.compile(r"^(\s*)([%!].*)$")


def python_only(source: str) -> tuple[str, list[int]]:
    """``source`` with IPython commands (``%time``, ``!pip``) turned into ``pass``; their line numbers."""
    lines = source.split("\n")
    if lines and lines[0].startswith("%%"):
        return "\n".join("# " + line for line in lines), [1]
    dropped = []
    for index, line in enumerate(lines):
        match = _MAGIC.match(line)
        if match:
            lines[index] = f"{match.group(1)}pass  # nnkit: an IPython command, not Python: {match.group(2)[:60]}"
            dropped.append(index + 1)
    return "\n".join(lines), dropped


def _defined_names(source: str) -> set:
    import ast

    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name))
    return names


def extract(nb: dict, filename: str, *, expected=()) -> tuple[str | None, str | None, list[str]]:
    """(module name, module text, notes) for one notebook; (None, None, notes) if it holds no exercise.

    ``expected`` names the course's modules; a notebook without nnkit metadata
    is taken for the module its file is named after, when that is one of them.
    """
    module, entries = layout_of(nb)
    notes = []
    by_id, seen_twice = {}, []
    unmarked = []  # code cells without nbgrader metadata: not graded, but worth a hint
    for cell in nb["cells"]:
        if not isinstance(cell, dict):
            continue
        meta = _nbgrader(cell)
        grade_id = meta.get("grade_id")
        if isinstance(grade_id, str) and (meta.get("solution") or meta.get("locked") or meta.get("grade")):
            if grade_id in by_id:
                seen_twice.append(grade_id)
            by_id[grade_id] = cell  # the last one counts, as in nbgrader
        elif cell.get("cell_type") == "code":
            unmarked.append(cell_source(cell))
    for grade_id in dict.fromkeys(seen_twice):
        notes.append(f"{filename}: the cell {grade_id!r} appears more than once; the last one was graded")

    if module is None:
        stem = Path(filename).stem
        if stem not in expected:
            return None, None, [f"{filename} holds no nnkit exercise (no nnkit metadata, and its name is not a module)"]
        module = stem
        notes.append(f"{filename} has lost its nnkit metadata: its answer cells were taken in order")
        entries = [
            {"grade_id": gid, "kind": ANSWER if _nbgrader(cell).get("solution") else SETUP, "names": []}
            for gid, cell in by_id.items()
            if cell.get("cell_type") == "code" and not _nbgrader(cell).get("grade")
        ]
        for entry in entries:
            if entry["kind"] == SETUP:
                entry["source"] = cell_source(by_id[entry["grade_id"]])

    cells, missing = [], {}
    extra_names = set().union(*(_defined_names(s) for s in unmarked)) if unmarked else set()
    for entry in entries:
        grade_id, names = entry["grade_id"], entry["names"]
        cell = by_id.get(grade_id)
        if entry["kind"] == SETUP:
            original = entry["source"]
            if cell is None:
                notes.append(f"{filename}: the read-only cell {grade_id!r} is missing; its original code was used")
            elif cell_source(cell).strip() != original.strip():
                notes.append(f"{filename}: the read-only cell {grade_id!r} was changed; its original code was used")
            cells.append((grade_id, original))
            continue
        what = f"the answer cell {grade_id!r}" + (f" ({', '.join(names)})" if names else "")
        if cell is None:
            why = f"is missing from {filename}"
            elsewhere = sorted(set(names) & extra_names)
            if elsewhere:
                why += f" (a cell without its nbgrader metadata defines {', '.join(elsewhere)}, but only answer cells are graded)"
            missing[grade_id] = why
            notes.append(f"{filename}: {what} {why}")
            continue
        if cell.get("cell_type") != "code":
            missing[grade_id] = f"in {filename} is no longer a code cell"
            notes.append(f"{filename}: {what} {missing[grade_id]}")
            continue
        source, dropped = python_only(cell_source(cell))
        if dropped:
            lines = ", ".join(map(str, dropped))
            notes.append(f"{filename}: IPython commands in {what} were left out (line {lines})")
        cells.append((grade_id, source))
    defines = {name: entry["grade_id"] for entry in entries if entry["kind"] == ANSWER for name in entry["names"]}
    return module, module_text(module, filename, cells, defines, missing), notes


_TEMPLATE = '''\
# {module}.py as nnkit grades it: the code of the answer cells of {notebook}, in order.
# Each cell runs on its own, as in the notebook: a cell that fails leaves the names of
# the others defined. Made by nnkit from the notebook's JSON; nothing else of it is here.
import linecache as _nnkit_linecache
import os as _nnkit_os

_NNKIT_NOTEBOOK = {notebook!r}
_NNKIT_CELLS = (
{cells})
_NNKIT_DEFINES = {defines!r}
_NNKIT_MISSING = {missing!r}
_NNKIT_FAILED = {{}}


def _nnkit_run_cells(namespace):
    folder = _nnkit_os.path.dirname(_nnkit_os.path.abspath(__file__))
    for cell_id, source in _NNKIT_CELLS:
        filename = _nnkit_os.path.join(folder, f"{{_NNKIT_NOTEBOOK}}[{{cell_id}}]")
        _nnkit_linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        try:
            exec(compile(source, filename, "exec"), namespace)
        except Exception as exc:  # noqa: BLE001 - as in the notebook, the next cells still run
            _NNKIT_FAILED[cell_id] = exc


_nnkit_run_cells(globals())


def __getattr__(name):
    cell_id = _NNKIT_DEFINES.get(name)
    if cell_id in _NNKIT_MISSING:
        raise NameError(f"{{name}} is not defined: the answer cell {{cell_id!r}} {{_NNKIT_MISSING[cell_id]}}")
    if cell_id in _NNKIT_FAILED:
        exc = _NNKIT_FAILED[cell_id]
        if isinstance(exc, NotImplementedError):
            raise NotImplementedError(f"{{name}}: its cell {{cell_id!r}} still raises NotImplementedError")
        raise NameError(f"{{name}} is not defined: its cell {{cell_id!r}} raised {{type(exc).__name__}}: {{exc}}")
    raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
'''


def module_text(module: str, notebook: str, cells: list, defines: dict, missing: dict) -> str:
    """The module that runs ``cells`` ((grade_id, code) pairs) one by one; see the module docstring."""
    body = "".join(f"    ({grade_id!r}, {source!r}),\n" for grade_id, source in cells)
    return _TEMPLATE.format(module=module, notebook=notebook, cells=body, defines=defines, missing=missing)


# -- submissions ---------------------------------------------------------------


def is_notebook(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() == ".ipynb"


def notebooks_in(folder: Path) -> list[Path]:
    """The notebooks directly in ``folder`` (Jupyter's checkpoints left out), sorted."""
    return sorted(p for p in Path(folder).iterdir() if is_notebook(p) and not p.is_symlink())[:MAX_NOTEBOOKS]


def submission_id(path: Path) -> str:
    """The student: ``alice`` for ``submitted/alice/<assignment>``, else the file's or folder's name."""
    path = Path(path).resolve()
    if path.is_dir() and path.parent.parent.name in ("submitted", "autograded"):
        return path.parent.name
    return path.stem if path.is_file() else path.name


def read_files(paths: list[Path], *, expected=()) -> tuple[dict, list[str]]:
    """``({"gates.py": text}, notes)`` from notebooks; the first notebook of an exercise counts."""
    files, notes, origin = {}, [], {}
    for path in paths:
        try:
            nb = read_notebook(path)
        except NotebookError as exc:
            notes.append(str(exc))
            continue
        module, text, found = extract(nb, path.name, expected=expected)
        notes.extend(found)
        if module is None:
            continue
        if f"{module}.py" in files:
            notes.append(f"{path.name} holds {module} too; {origin[module]} was graded")
            continue
        files[f"{module}.py"], origin[module] = text, path.name
    return files, notes


def holds_notebooks(folder: Path) -> bool:
    """Notebooks and no Python files, at the top of ``folder`` or one folder down (a student's folder)."""
    folders = [Path(folder)] + [p for p in Path(folder).iterdir() if p.is_dir() and not p.name.startswith(".")]
    return any(notebooks_in(f) for f in folders) and not any(any(f.glob("*.py")) for f in folders)


def _notebook_folder(path: Path, expected) -> tuple[Path, list[str]]:
    """The folder whose notebooks are the submission: ``path``, or the one assignment folder in it.

    In a student's folder of an nbgrader tree (``submitted/alice/``) each
    subfolder is an assignment; the one whose notebooks hold the most course
    exercises is taken, and two that hold as many are refused, never guessed.
    """
    from ..submission import SubmissionError

    if notebooks_in(path):
        return path, []
    counts = {}
    for folder in sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith(".")):
        found = set()
        for notebook in notebooks_in(folder):
            try:
                module = layout_of(read_notebook(notebook))[0] or notebook.stem
            except NotebookError:
                continue
            if not expected or module in expected:
                found.add(module)
        if notebooks_in(folder):
            counts[folder] = len(found)
    if not counts:
        raise SubmissionError(f"{path} holds no notebooks")
    best = max(counts.values())
    tied = [f for f, n in counts.items() if n == best]
    if len(tied) > 1:
        names = ", ".join(f"{f.name}/" for f in tied)
        raise SubmissionError(f"{path.name}/ holds the course's notebooks in several folders ({names}); it must hold one")
    return tied[0], [f"the notebooks were read from {tied[0].name}/"]


def load_notebooks(path: Path, student_id: str | None = None, *, expected=()):
    """A ``Submission`` from one ``.ipynb`` or a folder of them (what ``load_submission`` calls)."""
    from ..submission import Submission, SubmissionError

    path = Path(path)
    where = []
    if path.is_file():
        paths = [path]
    else:
        folder, where = _notebook_folder(path, expected)
        paths = notebooks_in(folder)
    files, notes = read_files(paths, expected=expected)
    notes = where + notes
    if path.is_file() and not files:
        raise SubmissionError("; ".join(notes) or f"{path.name} holds no nnkit exercise")
    return Submission(id=student_id or submission_id(path), path=path, files=files, notes=tuple(notes))
