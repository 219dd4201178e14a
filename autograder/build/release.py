"""Generate the students' exercise stubs from the reference solutions.

A solution marks every answer a student must write with two lines::

    ### BEGIN SOLUTION
    ...the answer...
    ### END SOLUTION

``make_stub`` replaces each such region and copies everything else byte for
byte. Inside a function the region becomes::

    # YOUR CODE HERE
    raise NotImplementedError("Perceptron.fit: not written yet")

and at module level, where a region holds only assignments, it becomes a
one-line instruction followed by ``NAME = None`` for each name assigned.
``release`` writes a stub for every solution; ``stale_stubs`` tells which
stubs on disk differ from what ``release`` would write.

A stub starts with a notice that names its solution and carries a mark, the
first 16 hex digits of the SHA-256 of the text below the notice. A file is an
untouched stub when it is exactly such a notice followed by the text its mark
was made of, whichever release wrote it; anything else (an answer written in,
a line removed, a file nnkit never wrote) is someone's work, which ``release``
does not overwrite unless forced.
"""

from __future__ import annotations

import ast
import hashlib
import re
from pathlib import Path
from typing import NamedTuple

from ..atomic_write import write_atomic

BEGIN_MARKER = "### BEGIN SOLUTION"
END_MARKER = "### END SOLUTION"
NOTICE = (
    "# Your exercise: write your answers where it says YOUR CODE HERE, then run `nnkit check`.\n"
    "# (Made from {source} by `nnkit release`, stub {mark}; instructors edit that file, not this one.)\n"
)
NOTICE_PATTERN = re.compile(
    r"# Your exercise: .*\n# \(Made from (?P<source>.+) by `nnkit release`, stub (?P<mark>[0-9a-f]{16}); .*\)\n"
)


class EditedStubs(ValueError):
    """Files ``release`` would overwrite that are not untouched stubs; it wrote nothing."""

    def __init__(self, paths: list[Path]):
        self.paths = paths
        names = ", ".join(str(p) for p in paths)
        super().__init__(
            f"nothing written: {names} changed since `nnkit release` wrote them (an answer written in, or a "
            "file nnkit did not write); move your work elsewhere, or give --force to overwrite them"
        )


class _Region(NamedTuple):
    begin: int  # index of the BEGIN line (0-based)
    end: int  # index of the END line
    indent: str


def make_stub(source: str, *, filename: str = "<source>") -> str:
    """Return the student version of ``source``, with every region replaced.

    Raises ``ValueError`` naming ``filename`` and the line when markers are
    unbalanced, nested or misplaced, or when the result would not parse.
    """
    tree = _parse(source, filename, "the solution")
    # Split on "\n" only: the line numbers must agree with the ast's.
    lines = re.split(r"(?<=\n)", source)
    regions = _find_regions(lines, filename)
    spans = _function_spans(tree)

    out, copied_up_to = [], 0
    for region in regions:
        out.extend(lines[copied_up_to : region.begin])
        if region.indent:
            out.extend(_function_stub(region, lines, spans, filename))
        else:
            out.extend(_constant_stub(region, lines, filename))
        copied_up_to = region.end + 1
    out.extend(lines[copied_up_to:])

    stub = "".join(out)
    _parse(stub, filename, "the generated stub")
    return stub


def build_stubs(solutions_dir: Path | str) -> dict[str, str]:
    """Map each solution's file name to its stub, without the notice ``release`` puts above it.

    Every ``*.py`` in ``solutions_dir`` counts, except names starting with ``_``.
    """
    solutions_dir = Path(solutions_dir)
    return {
        path.name: make_stub(path.read_bytes().decode("utf-8"), filename=str(path))
        for path in sorted(solutions_dir.glob("*.py"))
        if not path.name.startswith("_")
    }


def with_notice(source: str, stub: str) -> str:
    """The file ``release`` writes: the notice naming ``source`` and marking ``stub``, then ``stub``."""
    mark = hashlib.sha256(stub.encode("utf-8")).hexdigest()[:16]
    return NOTICE.format(source=source, mark=mark) + stub


def is_untouched_stub(data: bytes) -> bool:
    """Whether ``data`` is a stub exactly as some release wrote it (its mark fits the text below the notice)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    notice = NOTICE_PATTERN.match(text)
    return notice is not None and text == with_notice(notice["source"], text[notice.end() :])


def _released_files(solutions_dir: Path | str) -> dict[str, bytes]:
    solutions_dir = Path(solutions_dir)
    return {name: with_notice(f"{solutions_dir.name}/{name}", stub).encode("utf-8")
            for name, stub in build_stubs(solutions_dir).items()}  # fmt: skip


def _untouched_file(path: Path) -> bool:
    return path.is_file() and is_untouched_stub(path.read_bytes())


def _differs(path: Path, data: bytes) -> bool:
    return path.is_symlink() or not path.is_file() or path.read_bytes() != data


def release(solutions_dir: Path | str, exercises_dir: Path | str, *, force: bool = False) -> list[Path]:
    """Write the stubs into ``exercises_dir`` (created if missing); returns the files written.

    Writes only files whose content changes, so a second run with nothing new returns ``[]``.
    A file to change must be missing or an untouched stub of an earlier release: if any is not
    (someone wrote in it; a symbolic link counts as someone's too), nothing is written and
    ``EditedStubs`` names them all, unless ``force`` is given. Each file is replaced whole
    (a link is replaced, never followed).
    """
    exercises_dir = Path(exercises_dir)
    changed = {exercises_dir / name: data for name, data in _released_files(solutions_dir).items()
               if _differs(exercises_dir / name, data)}  # fmt: skip
    edited = [path for path in changed if path.is_symlink() or path.exists() and not _untouched_file(path)]
    if edited and not force:
        raise EditedStubs(edited)
    for path, data in changed.items():
        write_atomic(path, data.decode("utf-8"))
    return list(changed)


def stale_stubs(solutions_dir: Path | str, exercises_dir: Path | str) -> list[str]:
    """Names of the stubs that are missing or differ from what ``release`` writes."""
    exercises_dir = Path(exercises_dir)
    return [name for name, data in _released_files(solutions_dir).items() if _differs(exercises_dir / name, data)]


def _parse(source: str, filename: str, what: str) -> ast.Module:
    try:
        return ast.parse(source, filename=filename)
    except SyntaxError as err:
        raise ValueError(
            f"{filename}:{err.lineno}: {what} is not valid Python: {err.msg}"
        ) from err


def _find_regions(lines: list[str], filename: str) -> list[_Region]:
    regions, open_at = [], None
    for i, line in enumerate(lines):
        text = line.strip()
        if text == BEGIN_MARKER:
            if open_at is not None:
                raise ValueError(
                    f"{filename}:{i + 1}: {BEGIN_MARKER!r} inside the region opened "
                    f"at line {open_at + 1}; regions cannot nest"
                )
            open_at = i
        elif text == END_MARKER:
            if open_at is None:
                raise ValueError(
                    f"{filename}:{i + 1}: {END_MARKER!r} without a {BEGIN_MARKER!r} before it"
                )
            indent = _indent(lines[open_at])
            if _indent(line) != indent:
                raise ValueError(
                    f"{filename}:{i + 1}: {END_MARKER!r} is not indented like the "
                    f"{BEGIN_MARKER!r} at line {open_at + 1}"
                )
            regions.append(_Region(open_at, i, indent))
            open_at = None
    if open_at is not None:
        raise ValueError(
            f"{filename}:{open_at + 1}: {BEGIN_MARKER!r} is never closed by {END_MARKER!r}"
        )
    return regions


def _function_spans(tree: ast.Module) -> list[tuple[int, int, str]]:
    """(def line, last line, qualified name) of every function, e.g. 'Perceptron.fit'."""
    spans = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = prefix + child.name
                if not isinstance(child, ast.ClassDef):
                    spans.append((child.lineno, child.end_lineno, name))
                visit(child, name + ".")
            else:
                visit(child, prefix)

    visit(tree, "")
    return spans


def _function_stub(region, lines, spans, filename) -> list[str]:
    line_no = region.begin + 1
    enclosing = [span for span in spans if span[0] < line_no <= span[1]]
    if not enclosing:
        raise ValueError(
            f"{filename}:{line_no}: an indented region must sit in a function body"
        )
    qualname = max(enclosing)[2]  # the innermost def starts last
    eol, last_eol = _eol(lines[region.begin]), _eol(lines[region.end])
    return [
        f"{region.indent}# YOUR CODE HERE{eol}",
        f'{region.indent}raise NotImplementedError("{qualname}: not written yet"){last_eol}',
    ]


def _constant_stub(region, lines, filename) -> list[str]:
    body = "".join(lines[region.begin + 1 : region.end])
    statements = ast.parse(body).body  # the whole file parsed, so this does too
    names, values = [], []
    for statement in statements:
        if not isinstance(statement, (ast.Assign, ast.AnnAssign)):
            line_no = region.begin + 1 + statement.lineno
            raise ValueError(
                f"{filename}:{line_no}: a module-level region may only assign names"
            )
        targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
        for target in targets:
            names.extend(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
        values.append(statement.value)
    if not names:
        raise ValueError(f"{filename}:{region.begin + 1}: the region assigns no name")
    hint = _describe(values[0]) if len(values) == 1 else "your values"
    eol, last_eol = _eol(lines[region.begin]), _eol(lines[region.end])
    stub = [f"# YOUR CODE HERE: replace None by {hint}{eol}"]
    stub += [f"{name} = None{eol}" for name in names]
    stub[-1] = stub[-1][: -len(eol)] + last_eol
    return stub


def _describe(value: ast.expr | None) -> str:
    """A few words on what kind of value the student should write."""
    if isinstance(value, (ast.Tuple, ast.List)):
        kind = "tuple" if isinstance(value, ast.Tuple) else "list"
        items = "numbers" if all(map(_is_number, value.elts)) else "values"
        return f"a {kind} of {len(value.elts)} {items}"
    if value is not None and _is_number(value):
        return "a number"
    return "your value"


def _is_number(node: ast.expr) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, (int, float))
        and not isinstance(node.value, bool)
    )


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _eol(line: str) -> str:
    return line[len(line.rstrip("\r\n")) :]
