"""A check module as a student may see it: its hidden tests gone, with everything only they used.

A handout ships the visible checks so that ``nnkit check`` runs offline, but a hidden
test's name, code, inputs and expected values must not travel with them. This cuts
the hidden tests (those marked ``@pytest.mark.hidden``) out of the module's text,
then, again and again until nothing changes, every top-level function, class or
constant that nothing left in the module uses. The comment lines right above a cut
definition go with it. What is left is the original text, line for line, with the
cut lines removed: the student reads the checks as the instructor wrote them.
"""

from __future__ import annotations

import ast
import re

KEPT_NAMES = frozenset({"EXERCISE"})  # read by the plugin, not by the module itself


class CheckSourceError(ValueError):
    """A check module that cannot be read as Python."""


def _is_hidden(node: ast.AST) -> bool:
    return isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
        ast.unparse(d) in ("pytest.mark.hidden", "mark.hidden", "hidden") for d in node.decorator_list
    )


def _defined(node: ast.AST) -> set[str]:
    """The module-level names a statement defines (empty for one that defines none a check could drop)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        flat = [t for target in targets for t in (target.elts if isinstance(target, ast.Tuple) else [target])]
        names = {t.id for t in flat if isinstance(t, ast.Name)}
        owners = [t.value for t in flat if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)]
        if owners and not names:  # `test_x.before_grading = ...` belongs to test_x
            return {"@" + owners[0].id}
        return names
    return set()


def _used(nodes: list[ast.AST]) -> set[str]:
    used = set()
    for node in nodes:
        for inner in ast.walk(node):
            if isinstance(inner, ast.Name) and isinstance(inner.ctx, ast.Load):
                used.add(inner.id)
            elif isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                used.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", inner.value))  # names read by getattr
    return used


def _first_line(node: ast.AST, lines: list[str]) -> int:
    """The 0-based first line of ``node``, with its decorators and the comments right above it."""
    start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])]) - 1
    while start > 0 and lines[start - 1].lstrip().startswith("#"):
        start -= 1
    return start


def visible_source(source: str) -> tuple[str, list[str]]:
    """The module's text without its hidden tests and what only they used; and the hidden tests' names."""
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise CheckSourceError(f"line {exc.lineno}: {exc.msg}") from None
    body = list(tree.body)
    hidden = [node.name for node in body if _is_hidden(node)]
    cut = [node for node in body if _is_hidden(node)]
    kept = [node for node in body if not _is_hidden(node)]
    while True:
        roots = [n for n in kept if not _defined(n) or any(name.startswith("test_") or name in KEPT_NAMES
                                                            for name in _defined(n))]  # fmt: skip
        used = _used(kept)
        defined_by_tests = {d.name for d in kept if isinstance(d, (ast.FunctionDef, ast.AsyncFunctionDef))}
        unused = [
            n for n in kept if n not in roots
            and not (_defined(n) & used)
            and not any(name.startswith("@") and name[1:] in defined_by_tests for name in _defined(n))
        ]  # fmt: skip
        if not unused:
            break
        cut += unused
        kept = [n for n in kept if n not in unused]
    lines = source.splitlines(keepends=True)
    dropped = set()
    for node in cut:
        dropped.update(range(_first_line(node, lines), node.end_lineno))
    text = "".join(line for number, line in enumerate(lines) if number not in dropped)
    return re.sub(r"\n{4,}", "\n\n\n", text).rstrip("\n") + "\n", hidden
