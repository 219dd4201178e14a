"""Hints for a module that fails while it is imported: before any check can call it, Python runs the file's
top level, its def lines (defaults included) and its class bodies, from top to bottom. Pure: reads the error's
type, message and traceback.
"""

from __future__ import annotations

import re

from .errors import python_error_hint
from .python_slips import NOT_DEFINED, last_frame

DEFAULT_FROM_SELF = (
    "A default value (after = in a def line) is computed once, when Python runs the def line as the file is "
    "imported, not at each call; self does not exist then (it is the object a call is made on). Make the default "
    "None and read the attribute inside: def {function}(self, ..., {parameter}=None): then "
    "if {parameter} is None: {parameter} = self.{attribute}."
)
DEFAULT_TOO_EARLY = (
    "A default value (after = in a def line) is computed once, when Python runs the def line as the file is "
    "imported, and {name} does not exist at that moment. A default may use only names defined above the def (a "
    "constant, an import); one that depends on another argument belongs inside the function: make the default "
    "None, then if the argument is None, compute it there. If {name} is meant to be a constant, define it above "
    "the def."
)
DEFAULT_FROM_PARAMETER = (
    "A default value (after = in a def line) is computed once, when Python runs the def line as the file is "
    "imported, not at each call; {name} is a parameter of {function}, and a parameter has a value only inside a "
    "call. Make the default None, and at the top of the body compute it from the arguments the call was given: "
    "if the argument is None, set it there."
)
TOP_LEVEL_TOO_EARLY = (
    "This line is at the top level of the file, so it runs while the file is imported, from top to bottom: {name} "
    "must be defined (by def, import or =) on a line above it. If {name} is defined further down (a function "
    "below, say), the line ran too early: move a line that tries things out under if __name__ == \"__main__\": at "
    "the end of the file, or delete it; if {name} is defined nowhere, define or import it."
)


def import_error_hint(raised: str, message: str, detail: str) -> str | None:
    """The hint for an error raised while a student's module was imported, or None."""
    missing = NOT_DEFINED.search(message) if raised == "NameError" else None
    function, code = last_frame(detail)
    if missing and code.startswith(("def ", "async def ")):
        name = missing.group(1)
        uses = re.search(rf"(\w+)\s*=\s*[^,)]*\bself\.(\w+)", code) if name == "self" else None
        if uses:
            defined = re.search(r"def\s+(\w+)", code)
            return DEFAULT_FROM_SELF.format(function=defined.group(1) if defined else "method",
                                            parameter=uses.group(1), attribute=uses.group(2))  # fmt: skip
        own = re.match(r"(?:async\s+)?def\s+(\w+)\s*\((.*)", code)
        if own and re.search(rf"(?:^|,)\s*\**{re.escape(name)}\s*[,=):]", own.group(2)):
            return DEFAULT_FROM_PARAMETER.format(name=name, function=own.group(1))
        return DEFAULT_TOO_EARLY.format(name=name)
    # the top level itself, or a comprehension on a top-level line ("<listcomp>"), with no function's frame
    top_level = function.startswith("<") and all(f.startswith("<") for f in re.findall(r", in (\S+)", detail))
    if missing and top_level:
        return TOP_LEVEL_TOO_EARLY.format(name=missing.group(1))
    return python_error_hint(raised, message, detail)
