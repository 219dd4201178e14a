"""``nnkit nbgrader ...`` and notebooks for ``nnkit grade``.

``register(main)`` adds the ``nbgrader`` group to the ``nnkit`` command and
lets ``nnkit grade`` take an nbgrader ``submitted/`` tree: each
``<student>/<assignment>`` folder in it becomes one submission (the loading
of a notebook or a folder of notebooks itself lives in
``autograder.submission``, which calls ``reader``).
"""

from __future__ import annotations

import functools
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


def expand(paths, course_path=None) -> list:
    """``paths`` with each nbgrader ``submitted/`` tree (or student folder) split into its submissions."""
    from .reader import expand_tree

    assignment = None
    try:
        from ..course import load_course

        assignment = load_course(course_path).nbgrader.assignment
    except Exception:  # noqa: BLE001 - `grade` itself reports a broken course
        pass
    out = []
    for path in paths:
        out.extend(expand_tree(Path(path), assignment))
    return out


GRADE_HELP = """

\b
Notebooks: a PATH may also be an .ipynb built by `nnkit nbgrader build`, a
folder of them, or an nbgrader submitted/ tree (submitted/<student>/<assignment>/),
which gives one submission per student. Only the answer cells are read; no
cell is run outside the sandbox."""


def register(main: click.Group) -> None:
    """Add ``nnkit nbgrader`` and let ``nnkit grade`` expand nbgrader trees."""
    main.add_command(group)
    grade = main.commands.get("grade")
    if grade is None or getattr(grade.callback, "_nnkit_nbgrader", False):
        return
    original = grade.callback

    @functools.wraps(original)
    def callback(*args, **kwargs):
        if "paths" in kwargs:
            kwargs["paths"] = tuple(expand(kwargs["paths"], kwargs.get("course_path")))
        return original(*args, **kwargs)

    callback._nnkit_nbgrader = True
    grade.callback = callback
    grade.help = (grade.help or "").rstrip() + GRADE_HELP
