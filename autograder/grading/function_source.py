"""Read one function of the submitted source (the parent keeps the files the child imported) for a few
slips that its answers alone cannot tell apart: floor division where / is meant, a return indented into a
loop, a loop variable reused by an inner loop, a call that star-unpacks a list, a column (n, 1) made where
a flat array belongs. Each reader gives the slip's line (text and number) or None; the hints built on them
are said only by a check whose answers already fit the slip. Pure but for reading ``student.session.files``
(a file too large or too deep to parse in the grader gets none: ``parsed``).
"""

from __future__ import annotations

import ast
import functools

from .import_hints import MAX_SOURCE_CHARS  # a file far larger (a hostile one) is not parsed in the grader


MOST_NODES = 2000  # a function of this course is a few hundred AST nodes; a far larger one (a hostile file) is not read

# methods that change their list, dict or array in place (``biases.pop(0)``, ``self.losses.append(l)``, ``w.fill(0)``)
IN_PLACE_METHODS = frozenset({"append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse",
                              "update", "setdefault", "fill", "resize"})


def nodes_in(*trees) -> int:
    """How many AST nodes ``trees`` hold together (what MOST_NODES bounds)."""
    return sum(1 for tree in trees for _ in ast.walk(tree))


def reads(node, name: str) -> bool:
    """Whether ``node`` (or anything in it) reads the name ``name``."""
    return any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load) for n in ast.walk(node))


def names_of(store) -> set[str]:
    """The plain names an assignment (``=`` or ``op=``) binds."""
    targets = [store.target] if isinstance(store, ast.AugAssign) else store.targets
    return {t.id for t in targets if isinstance(t, ast.Name)}


def position(node) -> tuple[int, int]:
    return node.lineno, node.col_offset


def new_container(node) -> bool:
    """Whether ``node`` writes a new list, dict or set (``[]``, ``{}``, ``list()``...): a mutable default's value."""
    return isinstance(node, (ast.List, ast.Dict, ast.Set)) or (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("list", "dict", "set"))


def as_written(target) -> str:
    """A tuple as a student writes it, ``x, y`` (``ast.unparse`` adds brackets round a tuple); anything else
    unparsed."""
    return ", ".join(map(ast.unparse, target.elts)) if isinstance(target, ast.Tuple) else ast.unparse(target)


def parsed(source):
    """``source`` (a submitted file's text) parsed, or None when it does not parse or is too large to parse in
    the grader's own process: a hostile file of a megabyte, or nested beyond the parser's depth, gets none.
    The last few texts' trees are kept (every reader of a failed check asks for the same file): a reader walks
    a tree and never changes it."""
    if not isinstance(source, str) or len(source) > MAX_SOURCE_CHARS:
        return None
    return _parse(source)


@functools.lru_cache(maxsize=8)
def _parse(source: str):
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def function(student, module: str, qualname: str):
    """``(source, node)`` of ``qualname`` ("count_parameters" or "TinyNetwork.feedforward") in the student's
    ``module``.py, or ``(None, None)`` when the file is not there, does not parse, or lacks the name."""
    files = getattr(getattr(student, "session", None), "files", None) or {}
    source = files.get(f"{module}.py")
    tree = parsed(source)
    if tree is None:
        return None, None
    body = tree.body
    *owners, name = qualname.split(".")
    for owner in owners:
        found = next((n for n in body if isinstance(n, ast.ClassDef) and n.name == owner), None)
        if found is None:
            return None, None
        body = found.body
    node = next((n for n in reversed(body) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == name), None)
    return (source, node) if node is not None else (None, None)


def _line(source, node):
    text = ast.get_source_segment(source, node) or ""
    return text.strip().splitlines()[0] if text.strip() else "", node.lineno


def statement_line(source, node) -> str:
    """The student's source line where ``node`` starts, without its comment, shortened to 100 characters."""
    lines = source.splitlines()
    text = lines[node.lineno - 1].split(" #")[0].strip() if 0 < node.lineno <= len(lines) else _line(source, node)[0]
    return text if len(text) <= 100 else text[:97] + "..."


def calls(node, names):
    """``(call, name, owner)`` for each call in ``node`` of a function whose last dotted name is in ``names``
    (np.sum, numpy.sum and sum are all "sum"; ``owner``: the name before the dot, np, or None)."""
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.Call):
            func = sub.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
            owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else None
            if name in names:
                yield sub, name, owner


def floor_division(source, node):
    """The first ``a // b`` (or ``//=``) in ``node``: (line text, line number), or None."""
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, (ast.BinOp, ast.AugAssign)) and isinstance(sub.op, ast.FloorDiv):
            return _line(source, sub)
    return None


def return_in_loop(source, node):
    """A return that is a statement of a for or while loop's own body (no if around it), so the loop's first
    pass ends the function: (line text, line number, the loop's line number), or None."""
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, (ast.For, ast.While)):
            ret = next((s for s in sub.body if isinstance(s, ast.Return)), None)
            if ret is not None:
                return (*_line(source, ret), sub.lineno)
    return None


def _names(target) -> set:
    return {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}


def reused_loop_name(source, node):
    """``(name, outer line, inner line)`` when a for loop's variable is taken again by a for loop inside its
    body and then read after that inner loop in the same pass (what it holds there is the inner loop's last
    value); None otherwise."""
    for outer in ast.walk(node) if node is not None else ():
        if not isinstance(outer, ast.For):
            continue
        for k, statement in enumerate(outer.body):
            inner = next((s for s in ast.walk(statement) if isinstance(s, ast.For) and s is not outer), None)
            shared = _names(outer.target) & _names(inner.target) if inner is not None else set()
            for name in sorted(shared):
                after = [n for s in outer.body[k + 1:] for n in ast.walk(s)]
                if any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load) for n in after):
                    return name, outer.lineno, inner.lineno
    return None


def starred_call(source, node, method: str):
    """The first call of ``.method(*...)`` in ``node``: (line text, line number), or None."""
    for sub in ast.walk(node) if node is not None else ():
        if (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == method
                and any(isinstance(arg, ast.Starred) for arg in sub.args)):
            return _line(source, sub)
    return None


def _is_column_maker(sub) -> bool:
    if isinstance(sub, ast.Call) and (getattr(sub.func, "attr", None) or getattr(sub.func, "id", None)) == "reshape":
        func, args = sub.func, list(sub.args)
        on_numpy = isinstance(func, ast.Attribute) and getattr(func.value, "id", "") in ("np", "numpy")
        if on_numpy or isinstance(func, ast.Name):
            dims = args[1].elts if len(args) == 2 and isinstance(args[1], (ast.Tuple, ast.List)) else []
        else:
            dims = args[0].elts if len(args) == 1 and isinstance(args[0], (ast.Tuple, ast.List)) else args
        return len(dims) == 2 and isinstance(dims[1], ast.Constant) and dims[1].value == 1
    if isinstance(sub, ast.Subscript) and isinstance(sub.slice, ast.Tuple) and len(sub.slice.elts) == 2:
        first, second = sub.slice.elts
        return isinstance(first, ast.Slice) and (isinstance(second, ast.Constant) and second.value is None
                                                 or isinstance(second, ast.Attribute) and second.attr == "newaxis")
    if isinstance(sub, ast.List) and len(sub.elts) >= 2:
        return all(isinstance(e, ast.List) and len(e.elts) == 1 for e in sub.elts)
    return False


def column_maker(source, node):
    """The first expression in ``node`` that makes a column (n, 1): a reshape to (-1, 1) or (n, 1), a
    ``[:, None]`` / ``[:, np.newaxis]``, or a list of one-element lists: (line text, line number), or None."""
    for sub in ast.walk(node) if node is not None else ():
        if _is_column_maker(sub):
            return _line(source, sub)
    return None




def unused_last_result(source, node):
    """``(returned, unused, unused line number)`` when the function's body ends by assigning a name that
    nothing reads and then returns another name computed earlier (``out = ...; return hidden``): the last
    result is thrown away. None otherwise."""
    body = getattr(node, "body", None) or []
    if len(body) < 2 or not isinstance(body[-1], ast.Return) or not isinstance(body[-1].value, ast.Name):
        return None
    last = body[-2]
    if not (isinstance(last, ast.Assign) and len(last.targets) == 1 and isinstance(last.targets[0], ast.Name)):
        return None
    unused, returned = last.targets[0].id, body[-1].value.id
    assigned_before = {n.id for s in body[:-2] for n in ast.walk(s) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    if unused == returned or returned not in assigned_before:
        return None
    return returned, unused, last.lineno
