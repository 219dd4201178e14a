"""The frames of a traceback from a student's code, as the sandbox reports it (``StudentError.detail``),
and the messages of Python's errors that more than one reader looks for.

A frame reads ``  File "loss.py", line 12, in mse_loss`` with, on the next line indented by four spaces,
the code of that line when Python could show it. The student's own modules are named by their bare file
names (NumPy's and Python's frames carry a folder). Pure: text in, frames out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FRAME = re.compile(r'File "([^"]+)", line (\d+), in ([^\n]*)(?:\n {4}(\S[^\n]*))?')
NOT_DEFINED = re.compile(r"name '(\w+)' is not defined")
ARRAY_ARGUMENTS = re.compile(r"array\(\) takes from 1 to 2 positional arguments but (\d+) were given")


@dataclass(frozen=True)
class Frame:
    """One frame: the file as the traceback names it, the line number, the function (``<module>`` at a
    module's top level) and the line's code, stripped ("" when the traceback shows none)."""

    file: str
    line: int
    function: str
    code: str

    @property
    def file_name(self) -> str:
        return re.split(r"[/\\]", self.file)[-1]

    @property
    def is_students(self) -> bool:
        """Whether this frame is in one of the student's modules (a bare ``.py`` file name, no folder)."""
        return self.file.endswith(".py") and self.file_name == self.file


def frames(detail: str | None) -> list[Frame]:
    """Every frame of ``detail``, outermost first."""
    return [Frame(file, int(line), function.strip(), (code or "").strip())
            for file, line, function, code in FRAME.findall(detail or "")]  # fmt: skip


def student_functions(detail: str | None) -> list[str]:
    """The functions (and methods) of the student's own frames, outermost first (a module's top level left out)."""
    return [frame.function for frame in frames(detail) if frame.is_students and frame.function.isidentifier()]


def last_with_code(detail: str | None, *, students: bool = False) -> Frame | None:
    """The innermost frame that shows its line of code (``students``: of the student's own files), or None."""
    shown = [frame for frame in frames(detail) if frame.code and (frame.is_students or not students)]
    return shown[-1] if shown else None


def code_of_last_line(detail: str | None) -> str:
    """The code of the innermost frame that shows one, a trailing comment cut off, or ""."""
    frame = last_with_code(detail)
    return frame.code.split("  #", 1)[0].strip() if frame else ""
