"""``nnkit gradescope ...`` and ``nnkit classroom ...``: grading where instructors grade.

``register(main)`` adds the two command groups to the ``nnkit`` command and
teaches ``grade`` two rules of the formats that need them: a format marked
``one_submission`` (gradescope, classroom) refuses several submissions before
anything is graded (exit 2), and ``grade`` notes when it began, for
Gradescope's ``execution_time``.

This module imports nothing from ``cli.py`` (which imports it), so that
``python -m autograder.cli`` works as well as the ``nnkit`` script.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .build import classroom as classroom_build
from .build import gradescope as gradescope_build
from .cli_common import CONTEXT, UsageFailure, check_exercises, course_option, load_course_or_exit
from .course import CourseError
from .report.terminal import printable
from .sandbox.isolation import detect

# ---- Gradescope --------------------------------------------------------------------------------


@click.group(context_settings=CONTEXT)
def gradescope():
    """Grade on Gradescope: build the autograder zip to upload."""


@gradescope.command("build", context_settings=CONTEXT)
@course_option
@click.option("--output", "-o", "output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("nnkit-gradescope.zip"), show_default=True, help="Where to write the zip.")
@click.option("-x", "--exercise", "exercises", multiple=True,
              help="Grade only this exercise on Gradescope (repeatable; default: all).")
@click.option("--python", "python_version", default=gradescope_build.DEFAULT_PYTHON, show_default=True,
              help="The Python that setup.sh uses on Gradescope; the wheels carried are for it.")
@click.option("--no-wheels", is_flag=True, help="Carry no wheels: setup.sh installs the dependencies from PyPI.")
def gradescope_build_command(course_path, output, exercises, python_version, no_wheels):
    """Write the autograder zip to upload to a Gradescope programming assignment.

    The zip holds setup.sh, run_autograder, the kit, the course and its
    reference solutions, and (when PyPI can be reached now) the kit's
    dependencies as wheels, so that setup.sh installs them offline.

    \b
    Example:
        nnkit gradescope build -o autograder.zip
    """
    course = load_course_or_exit(course_path)
    check_exercises(course, exercises)
    try:
        built = gradescope_build.build(
            output, course=course, exercises=list(exercises), python_version=python_version, wheels=not no_wheels
        )
    except (gradescope_build.BuildError, CourseError, OSError) as exc:
        raise UsageFailure(str(exc)) from None
    if built.wheels:
        click.echo(f"nnkit: {len(built.wheels)} wheels for Python {python_version} carried: setup.sh installs offline")
    else:
        click.echo(f"nnkit: {built.note}", err=True)
    click.echo(f"wrote {built.path} ({built.size / 1e6:.1f} MB)")


@gradescope.command("run", context_settings=CONTEXT)
@course_option
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help=f"Gradescope's folder (default: ${gradescope_build.ROOT_ENV} or /autograder).")
@click.option("-x", "--exercise", "exercises", multiple=True, help="Grade only this exercise (repeatable).")
def gradescope_run_command(course_path, root, exercises):
    """Grade ROOT/submission into ROOT/results/results.json (what run_autograder calls).

    A results.json is written whatever happens, saying what went wrong if
    grading failed. Exit codes: 0 graded, 1 grading failed, 2 usage error.
    """
    root = root or gradescope_build.autograder_root()
    course = load_course_or_exit(course_path)
    check_exercises(course, exercises)
    isolation = detect(tmp_mb=course.limits.scratch_mb)
    click.echo(f"nnkit: {isolation.describe()}", err=True)
    path, log, graded = gradescope_build.run(root, course, exercises=list(exercises), isolation=isolation)
    click.echo(printable(log), nl=False)  # the instructor's log may quote a student
    click.echo(f"wrote {path}")
    if not graded:
        sys.exit(1)


# ---- GitHub Classroom --------------------------------------------------------------------------


@click.group(context_settings=CONTEXT)
def classroom():
    """Grade with GitHub Classroom: write the workflow for the template repository."""


@classroom.command("init", context_settings=CONTEXT)
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path), default=Path("."))
@course_option
@click.option("--kit-repo", required=True, metavar="OWNER/NAME",
              help="The GitHub repository holding your copy of nnkit (its course.toml and solutions).")
@click.option("--kit-ref", default="main", show_default=True, help="The branch or tag of that repository.")
@click.option("--course-file", default="course.toml", show_default=True,
              help="The course file's path inside that repository.")
@click.option("--submission", default="exercises", show_default=True,
              help="The folder of the student's modules in their repository.")
@click.option("--one-step", is_flag=True, help="One grading step for all exercises (default: one per exercise).")
@click.option("--python", "python_version", default="3.12", show_default=True, help="The Python the workflow sets up.")
@click.option("--force", is_flag=True, help="Replace an existing classroom.yml.")
def classroom_init_command(folder, course_path, kit_repo, kit_ref, course_file, submission, one_step, python_version,
                           force):  # fmt: skip
    """Write FOLDER/.github/workflows/classroom.yml for the assignment's template repository.

    FOLDER is the template repository (default: the current folder). Each push
    of a student is graded: one step per exercise (or one for all) prints the
    result GitHub Classroom's reporter reads, then the reporter step reports
    the points.

    \b
    Example:
        nnkit classroom init ../nn-template --kit-repo my-course/nnkit
    """
    course = load_course_or_exit(course_path)
    try:
        path = classroom_build.init(
            folder,
            course,
            force=force,
            kit_repo=kit_repo,
            kit_ref=kit_ref,
            course_file=course_file,
            submission=submission,
            per_exercise=not one_step,
            python_version=python_version,
        )
    except (FileExistsError, ValueError) as exc:
        raise UsageFailure(str(exc)) from None
    click.echo(f"wrote {path}")
    click.echo("Commit it to the template repository; if the kit's repository is private, add a secret NNKIT_TOKEN "
               "that can read it.")  # fmt: skip
