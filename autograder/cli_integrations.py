"""``nnkit gradescope ...`` and ``nnkit classroom ...``: grading where instructors grade.

Two command groups for the ``nnkit`` command: ``gradescope build | run`` (the
autograder zip and what it runs) and ``classroom init | grade`` (the workflow
of the template repository and its grading step).

This module imports nothing from ``cli.py`` (which imports it), so that
``python -m autograder.cli`` works as well as the ``nnkit`` script.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .build import gradescope as gradescope_build
from .cli_common import CONTEXT, GraderFailure, UsageFailure, check_exercises, course_option, load_course_or_exit
from .course import CourseError
from .report.terminal import printable
from .sandbox.isolation import detect

# The handout's build and the grader (pytest, NumPy, the sandbox) are imported inside the commands
# that use them: `nnkit check` loads this module too, and must not pay for them before its sandbox starts.

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
    """Grade with GitHub Classroom: write the template repository, grade a push."""


@classroom.command("init", context_settings=CONTEXT)
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@course_option
@click.option("--one-step", is_flag=True,
              help="List all tests under one heading in the reporter's log (default: one per exercise).")
@click.option("--python", "python_version", default="3.12", show_default=True, help="The Python the workflow sets up.")
@click.option("--force", is_flag=True, help="Write over an earlier template in FOLDER (its .git is kept).")
def classroom_init_command(folder, course_path, one_step, python_version, force):
    """Write the assignment's template repository into FOLDER: the student's kit and its workflow.

    FOLDER gets what `nnkit handout` writes (stubs, visible checks, expected
    results, the kit without answers), .github/workflows/classroom.yml and a
    README. Each push of a student is graded on the visible tests by one step
    (`nnkit classroom grade`), then the reporter step lists every test, with
    the message and hint of each that failed, and reports the points. No token
    or secret is needed: nothing comes from outside the repository.

    \b
    Example:
        nnkit classroom init ../nn-template
    """
    from .build import classroom as classroom_build
    from .build.handout import HandoutError
    from .grader import GraderError
    from .sandbox.host import SandboxError

    course = load_course_or_exit(course_path)
    try:
        path = classroom_build.init(folder, course, force=force, per_exercise=not one_step,
                                    python_version=python_version)  # fmt: skip
    except (HandoutError, CourseError) as exc:
        raise UsageFailure(str(exc)) from None
    except (GraderError, SandboxError) as exc:
        raise GraderFailure(str(exc)) from None
    click.echo(f"wrote the template repository to {folder} (workflow: {path})")
    click.echo("Make it a GitHub repository, mark it a template, and create the assignment from it. "
               "Grade the students' repositories, hidden tests included, with `nnkit grade`.")  # fmt: skip


@classroom.command("grade", context_settings=CONTEXT)
@click.argument("folder", required=False, type=click.Path(path_type=Path), default=Path("exercises"))
@course_option
@click.option("--one-step", is_flag=True, help="One runner for all tests (as `classroom init --one-step` writes).")
def classroom_grade_command(folder, course_path, one_step):
    """Grade FOLDER (default: exercises) for GitHub Classroom's reporter: the workflow's step.

    FOLDER is one submission, whatever it holds: a missing or empty folder
    scores 0 with a message. Sets one step output per runner of the reporter
    (one per exercise, then `earned` and `missed`, which carry the points) in
    the file GITHUB_OUTPUT names, and prints them. Exit codes: 0 graded (the
    points are in the outputs, whatever they are); 1 the grader itself failed
    (the outputs say so); 2 usage or course error.
    """
    from .build import classroom as classroom_build
    from .report import classroom as classroom_report

    course = load_course_or_exit(course_path)
    try:
        classroom_report.runner_ids(course, per_exercise=not one_step)
    except ValueError as exc:
        raise UsageFailure(str(exc)) from None
    isolation = detect(tmp_mb=course.limits.scratch_mb)
    click.echo(f"nnkit: {isolation.describe()}", err=True)
    graded = classroom_build.grade(folder, course, per_exercise=not one_step, isolation=isolation)
    click.echo(graded.log, nl=False, err=True)
    classroom_report.write_step_outputs(graded.outputs)
    for name, value in graded.outputs.items():
        click.echo(f"{name}={value}")
    if not graded.graded:
        sys.exit(1)
