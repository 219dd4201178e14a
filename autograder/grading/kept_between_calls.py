"""Two readings of a student's own source that several exercises share, each read only once a check has failed.

``stored_line``: where a function keeps something from one call to the next that the same question asked twice
does not show (a value stored on the function the first time it runs, a cache keyed by part of the arguments,
a global it assigns, a mutable default, an lru_cache): a later call then reuses what an earlier one computed.

``spent_iterator``: a name bound once to a one-pass iterator (zip, map, filter, enumerate, reversed, iter, a
generator expression) and then looped over twice: the second loop finds it used up and sees nothing.

Both return ``(line, what)`` or None, and never raise: an odd source gives None.
"""

from __future__ import annotations

import ast

from .function_source import function, statement_line
from .function_source import new_container

ONE_PASS = ("zip", "map", "filter", "enumerate", "reversed", "iter")


def _statement(source, node, inner):
    """The source line of the statement of ``node``'s body that holds ``inner``."""
    best = inner
    for stmt in ast.walk(node):
        if isinstance(stmt, ast.stmt) and stmt is not node and any(sub is inner for sub in ast.walk(stmt)):
            best = stmt
    try:
        return statement_line(source, best)
    except Exception:  # noqa: BLE001 - a reading never raises
        return ast.unparse(inner)


def stored_line(student, module: str, name: str):
    """``(line, what)`` where ``name``'s source keeps a value between calls; None where it does not show."""
    try:
        source, node = function(student, module, name)
        if node is None:
            return None
        bare = name.split(".")[-1]
        for deco in node.decorator_list:
            text = ast.unparse(deco)
            if "cache" in text:
                return f"@{text}", f"the decorator @{text} keeps every answer and hands it back when the same arguments come again"
        defaults = [*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)]
        for d in defaults:
            if new_container(d):
                return ast.unparse(d), (f"its default argument {ast.unparse(d)} is made once, when the def runs, and the "
                                        "same object is handed to every later call")
        for sub in ast.walk(node):
            on_self = isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id == bare
            if on_self and (isinstance(sub.ctx, ast.Store) or sub.attr == "__dict__"):
                return _statement(source, node, sub), f"it stores a value on the function itself ({bare}.{sub.attr}), which lives as long as the module"
            if isinstance(sub, ast.Global):
                return _statement(source, node, sub), f"it declares global {', '.join(sub.names)} and keeps a value in it"
        for sub in ast.walk(node):
            if isinstance(sub, ast.Call) and ast.unparse(sub.func) in ("hasattr", "setattr") and sub.args \
                    and isinstance(sub.args[0], ast.Name) and sub.args[0].id == bare:
                return _statement(source, node, sub), f"it stores a value on the function itself ({ast.unparse(sub)}), which lives as long as the module"
    except Exception:  # noqa: BLE001 - a reading never raises
        return None
    return None


def _one_pass(value) -> str | None:
    if isinstance(value, ast.GeneratorExp):
        return "a generator expression"
    if isinstance(value, ast.Call):
        called = ast.unparse(value.func)
        if called in ONE_PASS or called.endswith((".izip", ".imap")):
            return f"{called}(...)"
    return None


def spent_iterator(student, module: str, name: str):
    """``(line, kind, var)`` where ``name``'s source binds ``var`` once to a one-pass iterator of ``kind`` and then
    iterates it twice (two for loops, comprehensions, or calls such as list(var) or sum(var)); else None."""
    try:
        source, node = function(student, module, name)
        if node is None:
            return None
        for stmt in ast.walk(node):
            if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
                continue
            kind, var = _one_pass(stmt.value), stmt.targets[0].id
            if kind is None:
                continue
            uses = 0
            for sub in ast.walk(node):
                iterated = getattr(sub, "iter", None) if isinstance(sub, (ast.For, ast.comprehension)) else None
                if isinstance(iterated, ast.Name) and iterated.id == var:
                    uses += 1
                elif isinstance(sub, ast.Call) and any(isinstance(a, ast.Name) and a.id == var for a in sub.args) \
                        and ast.unparse(sub.func) in ("list", "tuple", "sum", "len", "sorted", "max", "min", "dict", "np.array", "np.fromiter"):
                    uses += 1
            if uses >= 2:
                return statement_line(source, stmt), kind, var
    except Exception:  # noqa: BLE001 - a reading never raises
        return None
    return None
