"""``nnkit nbgrader ...``: the ``nbgrader`` group of the ``nnkit`` command.

``nnkit grade`` reads notebooks through the intake (``autograder.intake``), which
takes an ``.ipynb``, a folder of them or a student's folder of an nbgrader tree
as one submission; a ``submitted/`` tree is a class like any other folder of
submissions, one per student.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..cli_common import CONTEXT, UsageFailure, course_option, load_course_or_exit

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
@course_option
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

    course = load_course_or_exit(course_path)
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
        raise UsageFailure(str(exc)) from None
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"{len(written)} file(s) changed in {directory}")
