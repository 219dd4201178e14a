"""Classes of made-up students for the similarity tests and bench: variants of the reference
solutions built from the corpus's cases, copies disguised as copiers disguise them, and the
result records grading would store for them (without grading: the records are made up
from the cases' failing tests, the same wrong answer for the same bug).
"""

from __future__ import annotations

import ast
import builtins
import io
import json
import keyword
import random
import tokenize
from pathlib import Path

from corpus.mutations import BUGS, CASES, apply, reference_files
from kit import EXERCISES, SOLUTIONS

STUBS = reference_files(EXERCISES)


def variant(cases, folder: Path = SOLUTIONS) -> dict[str, str]:
    """The reference modules with every case applied to its module (``{"gates.py": text}``)."""
    files = reference_files(folder)
    for case in cases:
        files[f"{case.module}.py"] = apply(case, files[f"{case.module}.py"])
    return files


def _local_names(tree: ast.Module) -> set[str]:
    """Parameters and names assigned inside functions: what a copier renames safely."""
    top = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    top |= {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.arg):
            found.add(node.arg)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            found.add(node.id)
    return found - top - {"self"} - set(dir(builtins))


def _renamed_and_recommented(text: str, rng: random.Random) -> str:
    """Every local name renamed, every comment replaced by another."""
    names = sorted(_local_names(ast.parse(text)))
    new = {name: f"{rng.choice(['val', 'tmp', 'my', 'q'])}_{i}_{name[::-1]}" for i, name in enumerate(names)}
    lines = text.splitlines(keepends=True)
    edits = []  # (row, start col, end col, replacement)
    previous = None
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.NAME and token.string in new and not keyword.iskeyword(token.string) \
                and not (previous and previous.string == "."):  # fmt: skip
            edits.append((token.start[0], token.start[1], token.end[1], new[token.string]))
        elif token.type == tokenize.COMMENT:
            edits.append((token.start[0], token.start[1], token.end[1], f"# {rng.choice(['ok', 'done', 'see notes'])}"))
        if token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
            previous = token
    for row, start, end, replacement in sorted(edits, reverse=True):
        line = lines[row - 1]
        lines[row - 1] = line[:start] + replacement + line[end:]
    return "".join(lines)


DEFINITIONS = (ast.FunctionDef, ast.ClassDef)


def _reordered_block(lines: list[str], body: list[ast.stmt], end: int) -> str:
    """The statements ``body`` (ending at line ``end``) with their functions and classes in reverse
    order after the rest, and the methods of each class reversed too."""
    starts = [min([n.lineno] + [d.lineno for d in getattr(n, "decorator_list", [])]) for n in body]
    chunks = []
    for index, node in enumerate(body):
        stop = starts[index + 1] - 1 if index + 1 < len(body) else end
        if isinstance(node, ast.ClassDef) and any(isinstance(n, DEFINITIONS) for n in node.body):
            head = "".join(lines[starts[index] - 1:node.body[0].lineno - 1])
            chunks.append((node, head + _reordered_block(lines, node.body, stop)))
        else:
            chunks.append((node, "".join(lines[starts[index] - 1:stop])))
    defs = [chunk for node, chunk in chunks if isinstance(node, DEFINITIONS)]
    rest = [chunk for node, chunk in chunks if not isinstance(node, DEFINITIONS)]
    return "".join(rest) + "\n" + "\n".join(reversed(defs))


def _reordered(text: str) -> str:
    """The module's functions, classes and methods in reverse order (imports and the rest first)."""
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    if not tree.body:
        return text
    first = min([tree.body[0].lineno] + [d.lineno for d in getattr(tree.body[0], "decorator_list", [])])
    return "".join(lines[:first - 1]) + _reordered_block(lines, tree.body, len(lines))


def disguise(files: dict[str, str], seed: int = 0) -> dict[str, str]:
    """A copy as a copier hands it in: local names renamed, functions reordered, comments changed."""
    rng = random.Random(seed)
    return {name: _reordered(_renamed_and_recommented(text, rng)) for name, text in files.items()}


def with_own_code(files: dict[str, str], seed: int) -> dict[str, str]:
    """Every module with a helper of the student's own appended: the code a class does not share
    (the corpus's cases are few, a real student's own lines are many)."""
    rng = random.Random(seed)
    terms = ["x", "y", "np.abs(x)", "np.sum(y, axis=0)", "x.T @ y", "np.maximum(x, 0)", "(x - y) ** 2"]
    own = {}
    for name, text in files.items():
        lines = [f"\n\ndef _own_{seed}(x, y):"]
        for _ in range(rng.randint(3, 6)):
            expression = " ".join(f"{rng.choice('+-*')} {rng.choice(terms + [str(rng.randint(2, 999))])}"
                                  for _ in range(rng.randint(3, 6)))  # fmt: skip
            lines.append(f"    x = x {expression}")
        own[name] = text + "\n".join(lines + ["    return x", ""])
    return own


def record(student: str, cases, *, own_values: dict[str, str] | None = None) -> dict:
    """The result record of a student whose modules have ``cases`` applied: every test a bug
    case lists fails with the same message for the same bug; ``own_values`` (test -> value)
    adds wrong answers of the student's own. The test names are those the corpus knows."""
    failing = {}
    for case in cases:
        for test in case.fails:
            failing[(case.module, test)] = f"{test}: expected the reference's value, got the value of {case.name}"
    for test, value in (own_values or {}).items():
        module, _, name = test.partition("::")
        failing[(module, name)] = f"{name}: expected the reference's value, got {value}"
    exercises = []
    for module in sorted({c.module for c in CASES}):
        names = sorted({t for c in BUGS if c.module == module for t in c.fails} | {n for m, n in failing if m == module})
        tests = [{"name": n, "status": "failed" if (module, n) in failing else "passed",
                  "message": failing.get((module, n), ""), "artifacts": {}, "score": 0.0, "max_score": 1.0}
                 for n in names]  # fmt: skip
        exercises.append({"name": module, "tests": tests})
    return {"submission": student, "student": student, "exercises": exercises}


def stub_record(student: str) -> dict:
    """The record of the blank stubs: every test unfinished."""
    blank = record(student, [])
    for exercise in blank["exercises"]:
        for test in exercise["tests"]:
            test.update(status="error", message=f"{test['name']} is not written yet (it still raises NotImplementedError)")
    return blank


def write_results(folder: Path, students: dict[str, tuple[dict, dict]]) -> Path:
    """A results folder as ``nnkit grade --out`` leaves it: ``{student: (files, record)}``, each
    student's result.json and sources.json."""
    from autograder.similarity.sources import write_sources

    for student, (files, result) in students.items():
        (folder / student).mkdir(parents=True, exist_ok=True)
        (folder / student / "result.json").write_text(json.dumps(result), encoding="utf-8")
        if files is not None:
            write_sources(folder / student, files)
    return folder
