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

A notebook is hostile too: it is read without following links (a link is
skipped with a note), bounded in size (``MAX_NOTEBOOK_BYTES``, and
``MAX_NOTEBOOKS_BYTES`` for all of a submission's), checked for nesting
(``MAX_JSON_DEPTH``, before ``json.loads`` could exhaust the stack) and cells
(``MAX_CELLS``), and its nnkit metadata must have the shape nnkit writes: a
number where a list belongs is a ``NotebookError`` naming the file and key.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from pathlib import Path

import numpy as np

from ..grading.bounds import clean
from ..safe_files import FILE, FOLDER, LINK, Folder, UnsafeFile, kind_of, read_path
from ..submission import LINK_NOTE, MAX_TIED_FOLDERS_SHOWN, Submission, SubmissionError
from .layout import ANSWER, SETUP, ModuleLayout

META_KEY = "nnkit"  # notebook metadata written by `nnkit nbgrader build`
MAX_NOTEBOOK_BYTES = 16 << 20  # outputs with pictures make notebooks large; code never is
MAX_NOTEBOOKS = 64  # notebooks of one folder read
MAX_NOTEBOOKS_BYTES = 64 << 20  # all the notebooks one submission reads, its assignment folders included
MAX_SUBFOLDERS = 64  # assignment folders of a student's folder looked into
MAX_CELLS = 2000
MAX_JSON_DEPTH = 64  # a notebook nests some eight levels deep
DEPTH_CHUNK = 1 << 20  # brackets summed at a time while the depth is checked
MAX_PARSED_CELL_CHARS = 100_000  # a cell without metadata larger than this is not parsed for its names
MAX_MODULE_BYTES = 1 << 20  # the code of one notebook's answer cells, as for a module file


class NotebookError(ValueError):
    """A file that cannot be read as a notebook."""


class _Budget:
    """What one submission may still read of notebooks, in bytes."""

    def __init__(self, total: int = MAX_NOTEBOOKS_BYTES):
        self.left = total

    def take(self, name: str, size: int) -> None:
        if size > self.left:
            raise NotebookError(f"{name} was not read: the submission's notebooks add up to more than "
                                f"{MAX_NOTEBOOKS_BYTES >> 20} MiB")  # fmt: skip
        self.left -= size


# --------------------------------------------------------------------------- JSON, bounded

_JSON_STRING = re.compile(r'"[^"]*"')  # a string, once its escaped quotes are gone
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DEPTH_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")  # one level in, one level out (as int8)


def _structure(text: str) -> bytes:
    """The brackets of the JSON ``text`` that are not inside strings, in order. Escapes are
    removed first, left to right as JSON reads them (an escaped backslash, then an escaped
    quote), so what is left of each string is quote, text, quote."""
    unescaped = text.replace("\\\\", "").replace('\\"', "")
    return _NOT_BRACKET.sub("", _JSON_STRING.sub("", unescaped)).encode("ascii")


def nested_deeper_than(text: str, limit: int) -> bool:
    """Whether the JSON ``text`` nests arrays and objects more than ``limit`` levels deep, or its
    brackets do not pair up; found by summing +1 and -1 over its brackets (NumPy, in chunks),
    never by recursion, so a hostile file cannot exhaust the stack or take long."""
    steps = np.frombuffer(_structure(text).translate(_DEPTH_STEPS), dtype=np.int8)
    depth = 0
    for start in range(0, steps.size, DEPTH_CHUNK):
        running = np.cumsum(steps[start : start + DEPTH_CHUNK], dtype=np.int64) + depth
        if running.max() > limit or running.min() < 0:
            return True
        depth = int(running[-1])
    return depth != 0


def _json_type(value) -> str:
    """What a JSON value is, in the words of JSON."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a string"}.get(type(value), type(value).__name__)


def parse_notebook(data: bytes, name: str) -> dict:
    """The notebook in ``data`` (the bytes of the file ``name``) as plain JSON data, bounded in
    size, nesting and cells; NotebookError, naming the file, for anything else."""
    if len(data) > MAX_NOTEBOOK_BYTES:
        raise NotebookError(f"{name} is larger than {MAX_NOTEBOOK_BYTES >> 20} MiB and was not read")
    text = data.decode("utf-8", errors="replace")
    deep = (f"{name} is not a notebook: its JSON is nested more than {MAX_JSON_DEPTH} levels deep "
            "(or its brackets do not match)")
    if nested_deeper_than(text, MAX_JSON_DEPTH):
        raise NotebookError(deep)
    try:
        nb = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotebookError(f"{name} is not a notebook (not valid JSON: {exc.msg}, line {exc.lineno})") from None
    except RecursionError:
        raise NotebookError(deep) from None
    except ValueError as exc:  # a number too long to convert, say
        raise NotebookError(f"{name} is not a notebook (not valid JSON: {exc})") from None
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise NotebookError(f"{name} is not a notebook (it has no list of cells)")
    if len(nb["cells"]) > MAX_CELLS:
        raise NotebookError(f"{name} holds {len(nb['cells'])} cells, more than the {MAX_CELLS} a notebook may")
    return nb


def read_notebook(path: Path) -> dict:
    """The notebook at ``path`` as plain JSON data (never nbformat's objects, never run, never
    read through a symbolic link)."""
    path = Path(path)
    try:
        data = read_path(path, MAX_NOTEBOOK_BYTES)
    except UnsafeFile as exc:
        raise NotebookError(exc.strerror) from None
    except OSError as exc:
        raise NotebookError(f"{path.name} could not be read ({exc.strerror})") from None
    return parse_notebook(data, path.name)


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


def cell_source(cell: dict) -> str:
    """A cell's code as one string; lone surrogates (a JSON escape can make them) become U+FFFD,
    since the module is compiled from UTF-8."""
    source = cell.get("source", "")
    if isinstance(source, list):
        source = "".join(s for s in source if isinstance(s, str))
    return clean(source) if isinstance(source, str) else ""


def _nbgrader(cell: dict) -> dict:
    meta = cell.get("metadata")
    meta = meta.get("nbgrader") if isinstance(meta, dict) else None
    return meta if isinstance(meta, dict) else {}


def _layout_entry(entry, key: str) -> dict:
    """One entry of ``metadata.nnkit.cells``, checked: NotebookError names the key that is wrong."""
    if not isinstance(entry, dict):
        raise NotebookError(f"{key} should be an object, not {_json_type(entry)}")
    grade_id, kind, names = entry.get("grade_id"), entry.get("kind"), entry.get("names", [])
    if not isinstance(grade_id, str):
        raise NotebookError(f"{key}.grade_id should be a string, not {_json_type(grade_id)}")
    if kind not in (SETUP, ANSWER):
        raise NotebookError(f"{key}.kind should be {SETUP!r} or {ANSWER!r}, not {_json_type(kind)}")
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise NotebookError(f"{key}.names should be a list of names, not {_json_type(names)}")
    grade_id, names = clean(grade_id), [clean(name) for name in names]
    if kind == ANSWER:
        return {"grade_id": grade_id, "kind": ANSWER, "names": names}
    if not isinstance(entry.get("source"), str):
        raise NotebookError(f"{key}.source should be a string, not {_json_type(entry.get('source'))}")
    return {"grade_id": grade_id, "kind": SETUP, "names": names, "source": clean(entry["source"])}


def layout_of(nb: dict, filename: str = "the notebook") -> tuple[str | None, list[dict]]:
    """(exercise module, layout entries) from the notebook's nnkit metadata; (None, []) when it
    has none. Metadata of the wrong shape is a NotebookError naming the file and the key."""
    meta = nb.get("metadata", {})
    try:
        if not isinstance(meta, dict):
            raise NotebookError(f"metadata should be an object, not {_json_type(meta)}")
        if META_KEY not in meta:
            return None, []
        meta = meta[META_KEY]
        if not isinstance(meta, dict):
            raise NotebookError(f"metadata.{META_KEY} should be an object, not {_json_type(meta)}")
        module, cells = meta.get("exercise"), meta.get("cells")
        if not isinstance(module, str) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", module):
            raise NotebookError(f"metadata.{META_KEY}.exercise should be a module name")
        if not isinstance(cells, list):
            raise NotebookError(f"metadata.{META_KEY}.cells should be a list, not {_json_type(cells)}")
        return module, [_layout_entry(entry, f"metadata.{META_KEY}.cells[{i}]") for i, entry in enumerate(cells)]
    except NotebookError as exc:
        raise NotebookError(f"{filename} is not a notebook nnkit can read: {exc}") from None


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
    """The names a cell defines at its top level (for a hint); nothing for a cell too large or odd to parse."""
    import ast

    if len(source) > MAX_PARSED_CELL_CHARS:
        return set()
    try:
        tree = ast.parse(source)
    except Exception:  # noqa: BLE001 - SyntaxError, and RecursionError or MemoryError on a hostile cell
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
    filename = clean(filename)
    module, entries = layout_of(nb, filename)
    notes = []
    by_id, seen_twice = {}, []
    unmarked = []  # code cells without nbgrader metadata: not graded, but worth a hint
    for index, cell in enumerate(nb["cells"]):
        if not isinstance(cell, dict):
            notes.append(f"{filename}: cell {index} is not a cell ({_json_type(cell)}); it was skipped")
            continue
        meta = _nbgrader(cell)
        grade_id = meta.get("grade_id")
        if isinstance(grade_id, str) and (meta.get("solution") or meta.get("locked") or meta.get("grade")):
            grade_id = clean(grade_id)
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
# {module}.py as nnkit grades it: the code of the answer cells of {notebook!r}, in order.
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


def submission_id(path: Path) -> str:
    """The student: ``alice`` for ``submitted/alice/<assignment>``, else the file's or folder's name."""
    path = Path(path).resolve()
    if path.is_dir() and path.parent.parent.name in ("submitted", "autograded"):
        return path.parent.name
    return path.stem if path.is_file() else path.name


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
    exercises is taken, and two that hold as many are refused, never guessed.
    """
    items = top.items()[0]
    notes = _link_notes(items)
    if _notebook_names(items):
        return "", notes
    counts = {}
    for name in _subfolders(items):
        with top.sub(name) as folder:
            notebooks = _notebook_names(folder.items()[0])
            if notebooks:
                counts[name] = len(_exercises_in(folder, notebooks, expected, budget))
    if not counts:
        raise SubmissionError(f"{top.path} holds no notebooks")
    best = max(counts.values())
    tied = [name for name, n in counts.items() if n == best]
    if len(tied) > 1:
        shown = ", ".join(f"{name}/" for name in tied[:MAX_TIED_FOLDERS_SHOWN])
        if len(tied) > MAX_TIED_FOLDERS_SHOWN:
            shown += f" and {len(tied) - MAX_TIED_FOLDERS_SHOWN} more"
        raise SubmissionError(f"{top.path.name}/ holds the course's notebooks in several folders ({shown}); "
                              "it must hold one")
    return tied[0], notes + [f"the notebooks were read from {tied[0]}/"]


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


def load_notebooks(path: Path, student_id: str | None = None, *, expected=()) -> Submission:
    """A ``Submission`` from one ``.ipynb`` or a folder of them (what ``load_submission`` calls)."""
    path = Path(path)
    if kind_of(path) == FILE:
        files, notes = read_files([(path.name, functools.partial(read_notebook, path))], expected=expected)
        if not files:
            raise SubmissionError("; ".join(notes) or f"{path.name} holds no nnkit exercise")
    else:
        files, notes = _from_folder(path, expected)
    return Submission(id=student_id or submission_id(path), path=path, files=files, notes=tuple(notes))
