"""Slips that show in the student's text and not in any number: read once a check has failed without a
hint of its own (or with one that reads the values alone), and named as a likely cause.

- a value computed and thrown away: ``np.add(z, b)`` or ``x.reshape(-1)`` alone on a line (NumPy returns
  a new array and leaves its input as it was), or ``x == 1`` alone on a line (a comparison, not ``=``);
- a line that is never reached, after a ``return``, ``raise``, ``break`` or ``continue`` in the same block;
- a ``lambda`` made in a loop that reads the loop's variable (every one sees the variable's last value);
- ``NAME: value`` for ``NAME = value`` (an annotation, which gives the name no value);
- a name of the module given its value only under ``if __name__ == "__main__":`` (the grader imports the
  module, so that block never runs);
- the habits of ``source_habits``: an error caught and hidden, a shared default or class-level list, a setting
  changed in a loop, a random draw, ``is`` for ==, one array under two names.

Pure: text in, findings out. Each finding is (line, code, words); ``slip_hint`` words the first one.
"""

from __future__ import annotations

import ast
import functools
import re

from .function_source import parsed
from .loop_habits import LIKELY
from .source_habits import habits, module_habits
from .source_misuses import misuses

NEW_ARRAY_FUNCTIONS = frozenset({
    "add", "subtract", "multiply", "divide", "true_divide", "power", "dot", "matmul", "clip", "round", "abs",
    "absolute", "maximum", "minimum", "exp", "log", "sqrt", "square", "where", "reshape", "transpose", "sum", "mean",
    "array", "asarray", "astype", "ravel", "flatten", "squeeze", "expand_dims", "negative", "tanh", "copy", "outer",
})
NEW_ARRAY_METHODS = frozenset({"reshape", "astype", "ravel", "flatten", "squeeze", "copy", "round", "clip", "transpose",
                               "sum", "mean", "dot"})
ENDERS = (ast.Return, ast.Raise, ast.Break, ast.Continue)
SLIP = "Line {line} of your {file}, `{code}`, {words}"


@functools.lru_cache(maxsize=8)  # every failed check of a submission asks for the same file's findings
def findings(source: str | None, with_habits: bool = True) -> tuple[tuple[int, str, str, str], ...]:
    """The slips of ``source``, in the order of their lines: (line, code, words, where), ``where`` the top-level
    function or class they are in ("" at the module's level); [] when it does not parse. ``with_habits``: with
    ``source_habits``' readings too."""
    tree = parsed(source)
    if tree is None:
        return ()
    found = [(line, node, words, "") for line, node, words in _module_names(tree)]
    found += module_habits(tree) if with_habits else []
    for top in tree.body:
        where = top.name if isinstance(top, (ast.FunctionDef, ast.ClassDef)) else ""
        if where and with_habits:
            found += [(*f, where) for f in habits(top)]
        found += [(*f, where) for fn in ast.walk(top) if where and isinstance(fn, ast.FunctionDef) for f in misuses(fn)]
        for node in ast.walk(top):
            if isinstance(node, ast.Expr):
                found += [(*f, where) for f in _thrown_away(node)]
            if isinstance(node, (ast.For, ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
                found += [(*f, where) for f in _late_lambdas(node)]
            for block in (getattr(node, name, None) for name in ("body", "orelse", "finalbody")):
                if isinstance(block, list):
                    found += [(*f, where) for f in _unreached(block)]
    return tuple(sorted({(line, _code(source, node), words, where) for line, node, words, where in found}))


def slip_hint(source: str | None, file: str, asked: set[str], said: str = "", with_habits: bool = True) -> str | None:
    """SLIP for the first finding of ``source`` (the student's ``file``) that sits in a function or class the failing
    check asked for (``asked``: their names, and what they call in the module), or at the module's level naming a
    name the check's words (``said``) mention; None when there is none. ``with_habits``: ``source_habits``' too
    (not beside a reading of an error the student's code raised: a habit changes answers, it seldom raises)."""
    tree = parsed(source)
    if tree is None:
        return None
    reach = _reached(tree, asked)
    for line, code, words, where in findings(source, with_habits):
        if code in said:
            return None  # the check's own words quote this line already
        if (where and where in reach) or (not where and any(re.search(rf"\b{n}\b", said) for n in _named(code))):
            return SLIP.format(line=line, file=file, code=code, words=words)
    return None


def _reached(tree: ast.Module, asked: set[str]) -> set[str]:
    """``asked``, and the module's functions and classes they call, and those they call in turn."""
    tops = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    owners = {m.name: c.name for c in tops.values() if isinstance(c, ast.ClassDef) for m in c.body
              if isinstance(m, ast.FunctionDef)}  # a method named in a traceback stands for its class
    reach, todo = set(), [n if n in tops else owners[n] for n in asked if n in tops or n in owners]
    while todo:
        name = todo.pop()
        if name not in reach:
            reach.add(name)
            todo += [n.id for n in ast.walk(tops[name]) if isinstance(n, ast.Name) and n.id in tops]
    return reach


def _named(code: str) -> list[str]:
    return [part for part in code.replace(":", " ").replace("=", " ").split() if part.isidentifier()][:1]


def _code(source: str, node) -> str:
    text = ast.get_source_segment(source, node) or ast.unparse(node)
    return text.strip().splitlines()[0]


def _thrown_away(node: ast.Expr):
    value = node.value
    if isinstance(value, ast.Compare) and len(value.ops) == 1 and isinstance(value.ops[0], ast.Eq):
        yield node.lineno, node, ("compares two values with == and throws the answer away: to give a name a "
                                  "value, write a single =." + LIKELY)
    elif isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and not any(
            k.arg == "out" for k in value.keywords):
        owner, name = value.func.value, value.func.attr
        numpy = isinstance(owner, ast.Name) and owner.id in ("np", "numpy")
        if (numpy and name in NEW_ARRAY_FUNCTIONS) or (not numpy and name in NEW_ARRAY_METHODS and not isinstance(owner, ast.Call)):
            yield node.lineno, node, (f"computes a new value with {name}() and throws it away: NumPy leaves the "
                                      "array it was given as it was. Keep the result: assign it to a name "
                                      "(x = ...) or return it." + LIKELY)
    elif isinstance(value, ast.BinOp):
        yield node.lineno, node, ("computes a value and throws it away (a line of arithmetic alone changes "
                                  "nothing): assign it (x = ...), or use +=, or return it." + LIKELY)


def _unreached(block: list):
    for statement, after in zip(block, block[1:]):
        if isinstance(statement, ENDERS) and not isinstance(after, (ast.FunctionDef, ast.ClassDef)):
            kind = type(statement).__name__.lower()
            yield after.lineno, after, (f"is never run: it comes after the {kind} on line {statement.lineno}, "
                                        f"which leaves the block. If that code is meant to run, it may be why the "
                                        f"check fails: move it before the {kind}, or indent the {kind} where it "
                                        "belongs.")
            return


def _late_lambdas(loop):
    targets = [loop.target] if isinstance(loop, ast.For) else [g.target for g in loop.generators]
    names = {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    body = loop.body if isinstance(loop, ast.For) else [loop.elt] if hasattr(loop, "elt") else [loop.key, loop.value]
    for sub in (s for part in body for s in ast.walk(part)):
        if isinstance(sub, ast.Lambda):
            own = {a.arg for a in sub.args.args}
            read = {n.id for n in ast.walk(sub.body) if isinstance(n, ast.Name)} & (names - own)
            if read:
                name = sorted(read)[0]
                params = ", ".join([*(a.arg for a in sub.args.args), f"{name}={name}"])
                yield sub.lineno, sub, (f"makes a lambda in a loop that reads the loop's {name} when it is called, "
                                        f"not when it is made: every one of them sees the last value of {name}. "
                                        f"Bind it at once, lambda {params}: ..., or compute the value in the loop." + LIKELY)
                return


def _module_names(tree: ast.Module):
    top = {t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and node.value is None and isinstance(node.target, ast.Name):
            yield node.lineno, node, (f"is an annotation, not an assignment: the colon gives {node.target.id} a "
                                      f"type hint and no value. Write {node.target.id} = ... with an equals sign." + LIKELY)
        if isinstance(node, ast.If) and "__main__" in ast.unparse(node.test):
            for sub in node.body:
                names = [t.id for t in getattr(sub, "targets", []) if isinstance(t, ast.Name) and t.id not in top]
                if names:
                    yield sub.lineno, sub, (f"gives {names[0]} its value only when the file is run as a script: "
                                            "the grader imports it, so the block under if __name__ == "
                                            "\"__main__\" never runs. Move the line above that if." + LIKELY)
                    break
