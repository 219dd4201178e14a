"""What every ``nnkit`` command shares: the help option, the exit codes, the course option.

Exit codes: 0 done; 1 a submission scored below ``--min-score`` (``EXIT_BELOW``), or a
check of ``nnkit check`` did not pass (``EXIT_CHECK_FAILED``), as pytest says a test failed; 2 a usage
error or a broken course file (``EXIT_USAGE``); 3 the grader itself failed (``EXIT_GRADER``):
its workers died or hung beyond retry, Dask failed, the checks could not be collected, the
sandbox could not start, or the reference solutions changed during the run.
"""

from __future__ import annotations

from pathlib import Path

import click

from .course import CourseError, load_course
from .report.terminal import printable

CONTEXT = {"help_option_names": ["-h", "--help"]}


EXIT_BELOW, EXIT_USAGE, EXIT_GRADER = 1, 2, 3
EXIT_CHECK_FAILED = 1


class UsageFailure(click.ClickException):
    """A problem with what was asked (bad course file, missing folder): exit 2. The message may
    name a student's file, so its control characters are shown as escapes."""

    exit_code = 2

    def format_message(self) -> str:
        return printable(self.message)


class GraderFailure(UsageFailure):
    """The grader's own failure, not the submissions' nor the command's: exit 3."""

    exit_code = EXIT_GRADER

    def format_message(self) -> str:
        return "the grader failed: " + super().format_message()


def load_course_or_exit(path):
    try:
        return load_course(path)
    except CourseError as exc:
        raise UsageFailure(str(exc)) from None


def check_exercises(course, exercises) -> None:
    known = [e.module for e in course.exercises]
    for name in exercises:
        if name not in known:
            raise UsageFailure(f"no exercise named {name!r}; the course has: {', '.join(known)}")


course_option = click.option(
    "--course",
    "course_path",
    type=click.Path(path_type=Path),
    default=None,
    help="The course.toml to use (default: the kit's own).",
)
