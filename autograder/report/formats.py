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

# The formats of one platform each are imported when used: `nnkit check` and the table need none.


def _nothing(output: str) -> None:
    pass


def _gradescope(results: list[SubmissionResult], course: Course, seconds: float) -> str:
    from . import gradescope

    return gradescope.render(results, course, execution_time=seconds)


def _classroom(results: list[SubmissionResult], course: Course, seconds: float) -> str:
    from . import classroom

    return classroom.render(results, course)


def _classroom_step_output(output: str) -> None:
    from . import classroom

    classroom.write_step_output(output)


def _junit(results: list[SubmissionResult], course: Course, seconds: float) -> str:
    from . import junit

    return junit.render(results, course)


@dataclass(frozen=True)
class Format:
    name: str
    render: Callable[[list[SubmissionResult], Course, float], str]  # results, course, seconds spent
    help: str
    one_submission: bool = False  # grading several submissions in this format is a usage error
    after: Callable[[str], None] = _nothing  # a side effect once the output is written


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("table", lambda results, course, seconds: text.table(results), "a table per submission, for people"),
        Format("json", lambda results, course, seconds: text.json_lines(results),
               "one JSON object per submission, one per line"),
        Format("gradescope", _gradescope, "Gradescope's results.json (one submission)", one_submission=True),
        Format("classroom", _classroom, "GitHub Classroom's base64 result (one submission; also the step output "
               "`result` when GITHUB_OUTPUT is set)", one_submission=True, after=_classroom_step_output),
        Format("junit", _junit, "JUnit XML for CI test reports"),
    )
}  # fmt: skip
