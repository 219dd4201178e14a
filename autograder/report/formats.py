"""The report formats of ``nnkit grade --format``: a name, and a function that renders.

Each renderer takes the results and the course and returns the text to write
(to stdout, or to ``--output FILE``). Adding a format is adding an entry here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import click

from ..course import Course
from ..grading.results import SubmissionResult
from . import classroom, gradescope, junit, text


@dataclass(frozen=True)
class Format:
    name: str
    render: Callable[[list[SubmissionResult], Course], str]
    help: str
    one_submission: bool = False  # grading several submissions in this format is a usage error


_IMPORTED = time.monotonic()
GRADE_STARTED = "nnkit.grade_started"  # click context meta: when `grade` began (set by cli_integrations)


def _elapsed() -> float:
    """Seconds since this `grade` command began (or, outside one, since the kit was loaded)."""
    ctx = click.get_current_context(silent=True)
    started = ctx.find_root().meta.get(GRADE_STARTED) if ctx is not None else None
    return time.monotonic() - (started if started is not None else _IMPORTED)


def _gradescope(results, course):
    return gradescope.render(results, course, execution_time=_elapsed())


def _classroom(results, course):
    rendered = classroom.render(results, course)
    classroom.write_step_output(rendered)  # the one side effect, kept out of the renderer
    return rendered


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("table", lambda results, course: text.table(results), "a table per submission, for people"),
        Format("json", lambda results, course: text.json_lines(results), "one JSON object per submission, one per line"),
        Format("gradescope", _gradescope, "Gradescope's results.json (one submission)", one_submission=True),
        Format("classroom", _classroom,
               "GitHub Classroom's base64 result (one submission; also the step output `result` "
               "when GITHUB_OUTPUT is set)", one_submission=True),
        Format("junit", junit.render, "JUnit XML for CI test reports"),
    )
}

