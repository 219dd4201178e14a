"""``nnkit nbgrader ...``, added to the ``nnkit`` command by ``register(main)``.

``nnkit grade`` reads notebooks through ``autograder.submission``, which hands
an ``.ipynb``, a folder of them or a student's folder of an nbgrader tree to
``reader``; a ``submitted/`` tree is a class like any other folder of
submissions, one per student.
"""

from __future__ import annotations

from pathlib import Path

import click

CONTEXT = {"help_option_names": ["-h", "--help"]}


class _UsageFailure(click.ClickException):
    exit_code = 2


def _course(path):
    from ..course import CourseError, load_course

    try:
        return load_course(path)
    except CourseError as exc:
        raise _UsageFailure(str(exc)) from None


@click.group("nbgrader", context_settings=CONTEXT)
def group():
    """The course as an nbgrader course: notebooks built from the solutions.

    \b
    Two ways to grade with nbgrader (see the README):
      inside nbgrader: `nbgrader autograde` runs the notebooks; their test
          cells grade the answers through nnkit's sandbox;
      outside it: `nnkit grade submitted/` reads the submitted notebooks
          (never running them) and grades them like folders of modules.
    """


@group.command(context_settings=CONTEXT)
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--course", "course_path", type=click.Path(path_type=Path), default=None,
              help="The course.toml to use (default: the kit's own).")  # fmt: skip
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if DIRECTORY differs from what would be built.")
def build(directory, course_path, check):
    """Write an nbgrader course into DIRECTORY.

    \b
    DIRECTORY/nbgrader_config.py
    DIRECTORY/source/<assignment>/<notebook>.ipynb   one per exercise

    Names come from course.toml's [nbgrader] table (assignment, notebook).
    Then, in DIRECTORY: `nbgrader generate_assignment <assignment>`.
    """
    from .build import BuildError, build as write, stale

    course = _course(course_path)
    try:
        if check:
            differ = stale(course, directory)
            for relative in differ:
                click.echo(f"differs: {directory / relative}")
            if differ:
                raise SystemExit(1)
            click.echo(f"{directory} is up to date")
            return
        written = write(course, directory)
    except BuildError as exc:
        raise _UsageFailure(str(exc)) from None
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"{len(written)} file(s) changed in {directory}")


GRADE_HELP = """

\b
Notebooks: a submission may also be an .ipynb built by `nnkit nbgrader build`,
a folder of them, or a student's folder of an nbgrader tree; give the tree's
submitted/ folder to grade every student. Only the answer cells are read, and
no cell runs outside the sandbox."""


def register(main: click.Group) -> None:
    """Add ``nnkit nbgrader`` to ``main``, and say in ``nnkit grade --help`` that notebooks are welcome."""
    main.add_command(group)
    grade = main.commands.get("grade")
    if grade is not None and GRADE_HELP not in (grade.help or ""):
        grade.help = (grade.help or "").rstrip() + GRADE_HELP
