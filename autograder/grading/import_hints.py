"""Hints for a student's module that fails while Python imports it, read from the error, the traceback
and the module's own text (parsed, never run).

A module that does not import costs every check of its exercise, and each of them shows the same bare
error. What runs at import is the code outside any function: the constants, the def and class lines,
and whatever test lines were left at the top level. Three causes are read here, each only where the
module's text shows it:

- a default value in a def line that uses a name that has no value when the def line runs (self, another
  parameter, a constant defined further down or nowhere): a default is computed once, at the def line;
- a line at the top level that uses a name which the file only defines further down (a test call left
  above a def): Python runs the file from top to bottom;
- np.array given its numbers as separate arguments, np.array(a, b, c), where it takes one sequence.

Pure: the exception's type and message, the traceback of the student's frames (``detail``) and the module's
source. Asked by ``sandbox.session`` when a module fails to import.
"""

from __future__ import annotations

import ast

from . import tracebacks


# The text is parsed in the grader's own process: a course module is a few kilobytes, and a file far larger
# (a hostile one, up to the intake's 1 MiB) would cost the grader a second or more; it gets Python's reading only.
MAX_SOURCE_CHARS = 64 * 1024
AT_IMPORT = "The import fails there, and every check of this exercise with it."

DEFAULT_AT_DEF = (
    "Line {line} of {file}, `{code}`, gives the parameter {param} a default that uses {name}. Python works out a "
    "default once, when it runs the def line as the file is imported, not each time the function is called, and "
    "at that moment {why}. " + AT_IMPORT + " {fix}"
)
WHY = {
    "self": "there is no self: self is the object a method is called on, and it exists only inside the method, "
            "during a call",
    "parameter": "the parameters have no values yet ({name} is one of them): they get theirs only when the function "
                 "is called",
    "below": "{name} is not defined yet: the file sets it only on line {at}, further down",
    "nowhere": "{name} does not exist: nothing in the file defines it",
}
FIX_INSIDE = ("Give {param} a default that stands on its own, such as None, and work the value out inside the "
              "function, where {name} exists: `if {param} is None: {param} = {value}`.")
FIX_ITSELF = ("{param}={param} names the parameter itself: write the value the spec gives as the default, "
             "{param}=<the number>, or a constant defined above the def.")
FIX_CONSTANT = ("Write the default value itself in the def line, or define {name} at the top of the file, above "
                "the def.")
USED_BEFORE_DEFINED = (
    "Line {line} of {file}, `{code}`, is at the top level of the file, outside every function, so it runs as soon "
    "as the file is imported, and "
    "it uses {name}, which the file defines only on line {at}, further down. Python runs a file from top to "
    "bottom: when line {line} runs, {name} does not exist yet. " + AT_IMPORT + " Calls that try your functions "
    "out belong below every def, best under if __name__ == \"__main__\": (that block runs when you run the file "
    "yourself, not when it is imported), or delete them."
)
ARRAY_SEPARATE = (
    "Line {line} of {file}, `{code}`, gives np.array its numbers as {count} separate arguments. np.array takes "
    "all the numbers as one argument, a list or a tuple in brackets: np.array([a, b, c]) (a second argument "
    "would be the dtype, not another number). This line runs when the file is imported: " + AT_IMPORT[0].lower()
    + AT_IMPORT[1:]
)


def import_hint(kind: str, message: str, detail: str, source: str | None) -> str | None:
    """The hint for a module that raised ``kind`` (its type's name) saying ``message`` while it was
    imported, ``detail`` its traceback and ``source`` its text (None when unknown); None when none of
    the causes above is what the text shows."""
    frames = tracebacks.frames(detail)
    if not frames or not source or len(source) > MAX_SOURCE_CHARS:
        return None
    file = frames[-1].file_name
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    lines = source.splitlines()
    found = tracebacks.NOT_DEFINED.search(message or "") if kind == "NameError" else None
    if found:
        return _default_hint(tree, lines, file, found.group(1), frames[-1].line) or \
            _order_hint(tree, lines, file, found.group(1), frames)  # fmt: skip
    counted = tracebacks.ARRAY_ARGUMENTS.search(message or "") if kind == "TypeError" else None
    if counted:
        line = frames[-1].line
        return ARRAY_SEPARATE.format(line=line, file=file, code=_code(lines, line), count=int(counted.group(1)))
    return None


def _code(lines, line: int) -> str:
    text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    return text if len(text) <= 100 else text[:97] + "..."


def _names_in(node) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def _default_hint(tree, lines, file, name, line) -> str | None:
    """DEFAULT_AT_DEF when the def whose line raised has a default that reads ``name``."""
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or not node.lineno <= line < node.body[0].lineno:
            continue  # the def line (a long one spread over several lines included), not its body
        args = node.args
        positional = [*args.posonlyargs, *args.args]
        pairs = list(zip(positional[len(positional) - len(args.defaults):], args.defaults))
        pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
        param, default = next(((a.arg, d) for a, d in pairs if name in _names_in(d)), (None, None))
        if param is None:
            return None
        value = ast.get_source_segment("\n".join(lines), default) or "..."
        params = {a.arg for a in [*positional, *args.kwonlyargs]}
        at = _first_binding(tree, name)
        if name == param:  # alpha=alpha: the parameter names itself, where its own value was meant
            why, fix = WHY["parameter"].format(name=name), FIX_ITSELF.format(param=param)
        elif name in params:
            why = WHY["self"] if name == "self" else WHY["parameter"].format(name=name)
            fix = FIX_INSIDE.format(param=param, name=name, value=value if len(value) <= 60 else "...")
        elif at is not None and at > line:
            why, fix = WHY["below"].format(name=name, at=at), FIX_CONSTANT.format(name=name)
        elif at is None:
            why, fix = WHY["nowhere"].format(name=name), FIX_CONSTANT.format(name=name)
        else:
            return None
        return DEFAULT_AT_DEF.format(line=node.lineno, file=file, code=_code(lines, node.lineno), param=param,
                                     name=name, why=why, fix=fix)
    return None


def _order_hint(tree, lines, file, name, frames) -> str | None:
    """USED_BEFORE_DEFINED when the top-level line the import was running uses ``name``, which a top-level
    statement further down defines."""
    top = [frame for frame in frames if frame.function == "<module>"]
    if not top:
        return None
    line = top[-1].line
    at = _first_binding(tree, name)
    if at is None or at <= line:
        return None
    return USED_BEFORE_DEFINED.format(line=line, file=file, code=_code(lines, line), name=name, at=at)


def _first_binding(tree, name) -> int | None:
    """The line of the first top-level statement that gives ``name`` a value (a def, a class, an
    assignment, an import), or None when none does."""
    for statement in tree.body:
        if name in _bound(statement):
            return statement.lineno
    return None


def _bound(statement) -> set[str]:
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {statement.name}
    if isinstance(statement, (ast.Import, ast.ImportFrom)):
        return {(alias.asname or alias.name).split(".")[0] for alias in statement.names}
    return {n.id for n in ast.walk(statement) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}


__all__ = ["import_hint"]
