"""The report formats of ``nnkit grade --format``: a name, and a function that renders.

Each renderer takes the results and the course and returns the text to write
(to stdout, or to ``--output FILE``). Adding a format is adding an entry here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..course import Course
from ..grading.results import SubmissionResult
from . import text


@dataclass(frozen=True)
class Format:
    name: str
    render: Callable[[list[SubmissionResult], Course], str]
    help: str


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("table", lambda results, course: text.table(results), "a table per submission, for people"),
        Format("json", lambda results, course: text.json_lines(results), "one JSON object per submission, one per line"),
    )
}
