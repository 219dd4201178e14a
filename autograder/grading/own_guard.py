"""A student's error that their own code raised on purpose: a ``raise`` under an ``if`` of theirs, or an ``assert``,
stopped a call that the check made with an input the spec accepts (a check that wants an error does not end with
one). Python's reading of the error's type says nothing here, and a story about what usually raises it misleads: the
cause is the student's own condition. The hint quotes it, with what its names held when it fired, and says to make
it refuse only what the spec refuses. Pure: the traceback, the held values and the file's text in, a hint out.
"""

from __future__ import annotations

import ast

from . import tracebacks
from .function_source import parsed


def own_guard_hint(detail: str, held: dict[str, str] | None, source: str | None) -> str | None:
    """The hint for an error whose innermost frame is the student's own ``raise`` or ``assert`` line (``detail``:
    the traceback; ``held``: what the names on that line, and on the ``if`` that guards a raise, held; ``source``:
    the file's text, for that ``if``); None for any other error."""
    frames = tracebacks.frames(detail)
    if not frames or not frames[-1].is_students or not frames[-1].code.startswith(("raise", "assert")):
        return None
    frame = frames[-1]
    condition = frame.code[len("assert"):].split(",")[0].strip() if frame.code.startswith("assert") else _guard(source, frame.line)
    said = f" when `{condition}` holds" if condition and frame.code.startswith("raise") else ""
    values = "; ".join(f"{name} is {words}" for name, words in (held or {}).items())
    return (f"This error is your own: line {frame.line} of your {frame.file_name}, `{frame.code}`, stops the call"
            f"{said}. The check's call (in the message above) is one the spec accepts, so that condition refuses an "
            f"input it should take{': when it fired, ' + values if values else ''}. Make the condition refuse only "
            "what the spec says to refuse (the module's docstring says what each function must take), or remove the "
            "check.")


def _guard(source: str | None, line: int) -> str:
    """The test of the ``if`` (or ``elif``) whose body holds the raise on ``line``, as written; "" where none does."""
    tree = parsed(source)
    for node in ast.walk(tree) if tree is not None else ():
        if isinstance(node, ast.If) and any(getattr(s, "lineno", 0) == line for s in node.body):
            text = " ".join((ast.get_source_segment(source, node.test) or ast.unparse(node.test)).split())
            return text if len(text) <= 100 else text[:97] + "..."
    return ""
