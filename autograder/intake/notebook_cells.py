"""The module nnkit grades for a notebook: the code of its answer cells, as text.

Nothing in a notebook is executed here. The cells are found by their nbgrader
``grade_id``. Every notebook built by nnkit carries its layout in its metadata
(``metadata.nnkit``: the exercise, and each cell's ``grade_id``, kind and
names), so a notebook says which cells it should hold; metadata of another
shape than nnkit writes is a ``NotebookError`` naming the file and key.

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
DeduplicateIds strips the metadata of the earlier ones), IPython commands
(``%timeit``, ``!pip``) left out. Code in cells the student added is not
graded: only answer cells are.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from ..grading.bounds import clean
from .notebook_json import NotebookError, json_type

META_KEY = "nnkit"  # notebook metadata written by `nnkit nbgrader build`
ANSWER = "answer"  # a cell kind in that metadata: the student writes it
SETUP = "setup"  # read-only, part of the module
MAX_PARSED_CELL_CHARS = 100_000  # a cell without metadata larger than this is not parsed for its names


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
        raise NotebookError(f"{key} should be an object, not {json_type(entry)}")
    grade_id, kind, names = entry.get("grade_id"), entry.get("kind"), entry.get("names", [])
    if not isinstance(grade_id, str):
        raise NotebookError(f"{key}.grade_id should be a string, not {json_type(grade_id)}")
    if kind not in (SETUP, ANSWER):
        raise NotebookError(f"{key}.kind should be {SETUP!r} or {ANSWER!r}, not {json_type(kind)}")
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise NotebookError(f"{key}.names should be a list of names, not {json_type(names)}")
    grade_id, names = clean(grade_id), [clean(name) for name in names]
    if kind == ANSWER:
        return {"grade_id": grade_id, "kind": ANSWER, "names": names}
    if not isinstance(entry.get("source"), str):
        raise NotebookError(f"{key}.source should be a string, not {json_type(entry.get('source'))}")
    return {"grade_id": grade_id, "kind": SETUP, "names": names, "source": clean(entry["source"])}


def layout_of(nb: dict, filename: str = "the notebook") -> tuple[str | None, list[dict]]:
    """(exercise module, layout entries) from the notebook's nnkit metadata; (None, []) when it
    has none. Metadata of the wrong shape is a NotebookError naming the file and the key."""
    meta = nb.get("metadata", {})
    try:
        if not isinstance(meta, dict):
            raise NotebookError(f"metadata should be an object, not {json_type(meta)}")
        if META_KEY not in meta:
            return None, []
        meta = meta[META_KEY]
        if not isinstance(meta, dict):
            raise NotebookError(f"metadata.{META_KEY} should be an object, not {json_type(meta)}")
        module, cells = meta.get("exercise"), meta.get("cells")
        if not isinstance(module, str) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", module):
            raise NotebookError(f"metadata.{META_KEY}.exercise should be a module name")
        if not isinstance(cells, list):
            raise NotebookError(f"metadata.{META_KEY}.cells should be a list, not {json_type(cells)}")
        return module, [_layout_entry(entry, f"metadata.{META_KEY}.cells[{i}]") for i, entry in enumerate(cells)]
    except NotebookError as exc:
        raise NotebookError(f"{filename} is not a notebook nnkit can read: {exc}") from None




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
            notes.append(f"{filename}: cell {index} is not a cell ({json_type(cell)}); it was skipped")
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

