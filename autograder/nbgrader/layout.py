"""How a solution module becomes notebook cells, and back.

A reference solution (``solutions/gates.py``) is cut at its top-level
statements into cells:

- an **answer cell** for every top-level statement that holds a
  ``### BEGIN SOLUTION`` region (a function, a class) or that sits inside a
  module-level region (a constant such as ``AND_WEIGHTS``); the comments just
  above a statement go with it;
- a **setup cell** (read-only) for every run of statements without a region
  (``import numpy as np``, ``PARAM_NAMES = ...``, private helpers).

The module docstring becomes no cell: the lesson says it in its own words.
Each cell gets a stable ``grade_id`` (``gates_threshold``, ``gates_setup``)
and the top-level names it defines. ``split_module`` is used both to build
the notebooks and to put a module's code (a corpus submission, a student's
``.py``) into the cells of a notebook (see ``build.fill``).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from ..build.release import BEGIN_MARKER, END_MARKER
from ..intake.notebook_cells import ANSWER, SETUP


class LayoutError(ValueError):
    """A module that cannot be cut into notebook cells."""


@dataclass(frozen=True)
class Cell:
    grade_id: str
    kind: str  # ANSWER (the student writes it) or SETUP (read-only, part of the module)
    source: str  # without a trailing newline
    names: tuple[str, ...]  # the top-level names it defines

    @property
    def title(self) -> str:
        return ", ".join(self.names)


@dataclass(frozen=True)
class ModuleLayout:
    module: str
    docstring: str
    cells: tuple[Cell, ...]

    def cell(self, grade_id: str) -> Cell:
        for cell in self.cells:
            if cell.grade_id == grade_id:
                return cell
        raise KeyError(grade_id)

    @property
    def answers(self) -> tuple[Cell, ...]:
        return tuple(c for c in self.cells if c.kind == ANSWER)

    def to_json(self) -> list:
        """The plain-data form stored in each notebook's metadata (setup sources included)."""
        out = []
        for cell in self.cells:
            entry = {"grade_id": cell.grade_id, "kind": cell.kind, "names": list(cell.names)}
            if cell.kind == SETUP:
                entry["source"] = cell.source
            out.append(entry)
        return out


def _names(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return [(a.asname or a.name).split(".")[0] for a in node.names]
    targets = []
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
        targets = [node.target]
    return [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]


def _first_line(node: ast.stmt) -> int:
    decorators = getattr(node, "decorator_list", [])
    return min([node.lineno] + [d.lineno for d in decorators])


def _body_end(lines: list[str], last: int) -> int:
    """``last`` moved past the indented comments that close a body (an indented END marker)."""
    probe = last
    while probe < len(lines):
        line = lines[probe]
        if not line.strip():
            probe += 1
            continue
        if line[:1] in (" ", "\t") and line.lstrip().startswith("#"):
            last = probe = probe + 1
            continue
        break
    return last


def _module_regions(lines: list[str]) -> list[tuple[int, int]]:
    """(BEGIN, END) line numbers (1-based) of the regions that are not indented."""
    regions, begin = [], None
    for number, line in enumerate(lines, 1):
        if line.rstrip() == BEGIN_MARKER:
            begin = number
        elif line.rstrip() == END_MARKER and begin is not None:
            regions.append((begin, number))
            begin = None
    return regions


def _grade_id(module: str, names: list[str], taken: set) -> str:
    stem = re.sub(r"[^a-z0-9_]+", "_", "_".join(names[:1]).lower()).strip("_") or "cell"
    grade_id, n = f"{module}_{stem}", 2
    while grade_id in taken:
        grade_id, n = f"{module}_{stem}_{n}", n + 1
    taken.add(grade_id)
    return grade_id


def split_module(source: str, module: str, answer_names=()) -> ModuleLayout:
    """Cut ``source`` (a solution, or a module shaped like one) into cells.

    A statement with a solution region is an answer; so is one that defines a
    name in ``answer_names`` (a student's module has no regions left).
    """
    answer_names = set(answer_names)
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise LayoutError(f"{module}.py:{exc.lineno}: not valid Python: {exc.msg}") from None
    lines = source.splitlines()
    body = list(tree.body)
    docstring = ast.get_docstring(tree, clean=True) or ""
    done = 0  # last line (1-based) already given to a cell or the docstring
    if body and docstring and isinstance(body[0], ast.Expr):
        done = body.pop(0).end_lineno

    regions = _module_regions(lines)
    units = []  # (first line, last line, names, has a region)
    for node in body:
        first, last = _first_line(node), node.end_lineno
        region = next((r for r in regions if r[0] < first and last < r[1]), None)
        if region is not None:
            if units and units[-1][3] == region:  # a second statement in the same region
                units[-1] = (units[-1][0], region[1], units[-1][2] + _names(node), region)
                continue
            units.append((region[0], region[1], _names(node), region))
            continue
        last = _body_end(lines, last)
        text = "\n".join(lines[first - 1 : last])
        names = _names(node)
        units.append((first, last, names, BEGIN_MARKER in text or bool(answer_names & set(names))))

    cells, taken = [], set()
    pending = None  # (text lines, names) of a run of setup statements
    for _first, last, names, answer in units:
        chunk = lines[done:last]
        done = last
        if answer:
            if pending:
                cells.append(_setup(module, pending, taken))
                pending = None
            text = "\n".join(chunk).strip("\n").rstrip()
            cells.append(Cell(_grade_id(module, names, taken), ANSWER, text, tuple(names)))
        elif pending:
            pending = (pending[0] + chunk, pending[1] + names)
        else:
            pending = (chunk, names)
    if pending:
        cells.append(_setup(module, pending, taken))
    trailing = "\n".join(lines[done:]).strip()
    if trailing and cells:  # comments after the last statement stay with it
        last = cells[-1]
        cells[-1] = Cell(last.grade_id, last.kind, last.source + "\n\n" + trailing, last.names)
    return ModuleLayout(module=module, docstring=docstring, cells=tuple(cells))


def _setup(module: str, pending, taken: set) -> Cell:
    chunk, names = pending
    text = "\n".join(chunk).strip("\n").rstrip()
    grade_id = f"{module}_setup"
    n = 2
    while grade_id in taken:
        grade_id, n = f"{module}_setup_{n}", n + 1
    taken.add(grade_id)
    return Cell(grade_id, SETUP, text, tuple(names))


def course_layouts(course) -> dict[str, ModuleLayout]:
    """``{module: ModuleLayout}`` for every exercise of ``course``, from its solutions."""
    layouts = {}
    for exercise in course.exercises:
        path = course.references("the nbgrader course") / f"{exercise.module}.py"
        layouts[exercise.module] = split_module(path.read_text(encoding="utf-8"), exercise.module)
    return layouts
