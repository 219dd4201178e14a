"""The house rules of ``autograder/``, checked on its source: small files, no import cycles,
pure rooms that run no processes and write no files.

An import inside a function counts as much as one at the top: a cycle hidden in a
function is still a cycle a reader has to hold in mind.
"""

import ast
from pathlib import Path

from kit import ROOT

PACKAGE = ROOT / "autograder"
MAX_LINES = 400
# Rooms of pure logic: they compare, score and word results, and never start a process or write a file.
PURE = ("autograder.grading",)
IMPURE = ("autograder.sandbox", "autograder.batch", "autograder.cli", "autograder.build", "subprocess",
          "multiprocessing", "shutil")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str, path: Path, known) -> set[str]:
    """Every module this one imports, wherever in the file the import stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                stem = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(stem + ([node.module] if node.module else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in known)
    return found


def import_graph() -> dict[str, set[str]]:
    known = modules()
    return {name: {m for m in imported(name, path, known) if m in known and m != name}
            for name, path in known.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iteratively)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))
    return found


def test_no_file_in_the_package_is_longer_than_a_sitting():
    long = {name: n for name, path in modules().items() if (n := len(path.read_text().splitlines())) > MAX_LINES}
    assert long == {}


def test_no_module_imports_itself_round_about():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_pure_rooms_run_no_processes_and_write_no_files():
    known = modules()
    leaks = {name: sorted(m for m in imported(name, path, known) if m.startswith(IMPURE))
             for name, path in known.items() if name.startswith(PURE)}
    assert {name: found for name, found in leaks.items() if found} == {}


def _marked_helpers(source: str) -> list[str]:
    """The functions of a checks module that carry a pytest mark (a weight, hidden) but are not
    tests: a mark left on a helper when code is inserted between it and its test, which silently
    changes the test's weight."""
    return [node.name for node in ast.parse(source).body
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("test_")
            and any("pytest.mark" in ast.unparse(d) for d in node.decorator_list)]  # fmt: skip


def test_marks_sit_on_tests_only():
    found = {path.name: names for path in sorted((ROOT / "autograder" / "checks").glob("*.py"))
             if (names := _marked_helpers(path.read_text(encoding="utf-8")))}  # fmt: skip
    assert found == {}
    assert _marked_helpers("import pytest\n@pytest.mark.weight(2)\ndef _helper():\n    pass\n") == ["_helper"]
