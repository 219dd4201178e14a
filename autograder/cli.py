"""The ``nnkit`` command: thin click wrappers around one library call each.

Exit codes: 0 graded (and at or above ``--min-score`` when given); 1 a
submission scored below ``--min-score``; 2 a usage error or a broken course;
3 the grader itself failed (see ``cli_common``), which wins over 1.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import click

from .batch.discover import DiscoveryError, discover, missing_students, read_roster
from .build.release import release as release_stubs
from .course import CourseError
from .cli_common import (EXIT_BELOW, EXIT_CHECK_FAILED, EXIT_GRADER, CONTEXT, GraderFailure, UsageFailure, check_exercises,
                         course_option, load_course_or_exit)  # fmt: skip
from .grading.results import points_text
from .report import text
from .report.terminal import printable
from .report.formats import FORMATS
from .cli_integrations import classroom, gradescope
from .cli_similarity import similarity
from .nbgrader.cli import group as nbgrader_group
from .sandbox.isolation import FORCE_VARIABLE, detect

# What a command does not use it does not import: the grader (pytest, NumPy, the plugin) and the
# sandbox's processes are imported inside the commands that grade, so that `nnkit check` can
# start its sandbox's zygote before them (see ``check``) and `release` never loads them.


def _grader_errors() -> tuple[type[Exception], ...]:
    """The grader's own failures, which exit with 3."""
    from .grader import GraderError
    from .sandbox.host import SandboxError

    return GraderError, SandboxError

def _isolation(course, *, say: bool = True):
    """Find the sandbox once per run (the level FORCE_VARIABLE names, if set) and (``say``) tell
    on stderr what protects the grader."""
    try:
        isolation = detect(tmp_mb=course.limits.scratch_mb, prefer=os.environ.get(FORCE_VARIABLE) or None)
    except ValueError as exc:
        raise UsageFailure(f"{FORCE_VARIABLE}: {exc}") from None
    if say:
        click.echo(f"nnkit: {isolation.describe()}", err=True)
    return isolation


class BackgroundImport:
    """A module imported on a thread of its own while the caller does other work; ``module()``
    waits for it (and raises what the import raised)."""

    def __init__(self, name: str):
        self._name = name
        self._module = None
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name=f"nnkit-import-{name}")
        self._thread.start()

    def _load(self) -> None:
        try:
            self._module = importlib.import_module(self._name)
        except BaseException as exc:  # handed to the thread that asks for the module
            self._failure = exc

    def module(self):
        self._thread.join()
        if self._failure is not None:
            raise self._failure
        return self._module


@dataclass
class Ending:
    """How the ``nnkit`` program ends once its command is done. ``quick``: the command has closed
    all it opened (its sandbox, its files) and written its output, so the process may end at once,
    without the interpreter's tear-down of every module it loaded (about 0.1 s with NumPy and
    pytest); the other commands leave clean-up to that tear-down (temporary folders, workers)."""

    quick: bool = False


def run() -> None:
    """The ``nnkit`` program (``main`` is the command group, which tests invoke in-process)."""
    ending = Ending()
    try:
        main(obj=ending)
    except SystemExit as exc:
        if not ending.quick or not isinstance(exc.code, (int, type(None))):
            raise
        code = exc.code or 0
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except OSError:  # a reader that went away: what the interpreter's own exit would report
            code = 120
        os._exit(code)


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="nnkit")
def main():
    """nnkit: exercises and an autograder for "Neural Networks with NumPy"."""


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@course_option
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="table", show_default=True,
              help="; ".join(f"{f.name}: {f.help}" for f in FORMATS.values()) + ".")
@click.option("--output", "output_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file instead of stdout.")
@click.option("--min-score", type=float, default=None,
              help="Exit with code 1 when any submission scores fewer points than this.")
@click.option("-x", "--exercise", "exercises", multiple=True, help="Grade only this exercise (repeatable).")
@click.option("-v", "--verbose", is_flag=True, help="List the failing tests under each exercise.")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Grade a class into this folder: gradebook.csv, <student>/result.json and feedback, "
                   "summary.html. Resumable: graded students are skipped.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes for --out (default: the number of cores).")
@click.option("--force", is_flag=True, help="With --out: grade again students already graded.")
@click.option("--roster", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="CSV with columns 'submission' and 'student': the student id of each submission name.")
@click.option("--pictures/--no-pictures", default=True, show_default=True,
              help="With --out: draw the pictures in feedback.html.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="With --out: grade on this machine's cores, or on a Dask distributed cluster.")
@click.option("--scheduler", default=None, help="With --executor dask: the scheduler's address (tcp://host:8786).")
def grade(paths, course_path, fmt, output_path, min_score, exercises, verbose, out, workers, force, roster,
          pictures, executor, scheduler):  # fmt: skip
    """Grade submissions, hidden tests included (for instructors and CI).

    Each PATH is one submission: a folder holding the exercise modules
    (gates.py, perceptron.py, ...), a .zip of one, or notebooks (an .ipynb built
    by `nnkit nbgrader build`, a folder of them, a student's folder of an
    nbgrader tree); a folder of such submissions is a class, one per entry.
    Only code is read: no notebook cell runs outside the sandbox.

    \b
    Example:
        nnkit grade examples/ada examples/ben --format json

    Exit codes: 0 graded (and every submission at or above --min-score, when
    given); 1 a submission scored below --min-score (with --out: any student
    of the gradebook, those graded by earlier runs included); 2 usage or course
    error (no submissions found is one); 3 the grader itself failed (its
    workers died or hung beyond retry, Dask failed, the checks could not be
    collected, the sandbox could not start, the reference solutions changed
    during the run), which wins over 1.
    --format gradescope and --format classroom take one submission.
    """
    started = time.monotonic()
    course = load_course_or_exit(course_path)
    check_exercises(course, exercises)
    if min_score is not None and min_score > course.max_score:
        click.echo(f"nnkit: note: --min-score {min_score:g} is above the course's {course.max_score:g} points", err=True)
    try:
        names = read_roster(roster) if roster else None
        entries = discover(paths, roster=names)
    except DiscoveryError as exc:
        raise UsageFailure(str(exc)) from None
    if not entries:
        raise UsageFailure(f"no submissions found in {', '.join(str(p) for p in paths)}: a submission is a folder "
                           "of modules, a .zip or a notebook, and a class folder holds one per student")  # fmt: skip
    missing = missing_students(entries, names) if names else []
    for student in missing:
        click.echo(f"nnkit: {printable(student, newlines=False)} is on the roster but has no submission", err=True)
    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS")
    if executor == "dask" and out is None:
        raise click.UsageError("--executor dask grades a class into a results folder: it needs --out FOLDER")
    if FORMATS[fmt].one_submission and (len(entries) > 1 or out is not None):
        raise UsageFailure(f"--format {fmt} grades one submission at a time, got {len(entries)}")
    isolation = _isolation(course)
    if out is not None:
        _grade_class(entries, course, out, fmt, min_score, exercises, workers, force, pictures, executor,
                     scheduler, isolation, missing)  # fmt: skip
        return
    from .grader import grade_paths

    try:
        results = grade_paths(
            [e.path for e in entries], ids=[e.student for e in entries], course=course,
            exercises=exercises or None, isolation=isolation,
        )  # fmt: skip
    except _grader_errors() as exc:
        raise GraderFailure(str(exc)) from None
    if fmt == "table":
        output = text.table(results, verbose=verbose)
    else:
        output = FORMATS[fmt].render(results, course, time.monotonic() - started)
    if output_path is None:
        click.echo(output, nl=False)
    else:
        output_path.parent.mkdir(parents=True, exist_ok=True)
        output_path.write_text(output, encoding="utf-8")
    FORMATS[fmt].after(output)
    if min_score is not None and _name_below([(r.submission, r.score) for r in results], min_score):
        sys.exit(EXIT_BELOW)


def _name_below(totals: list[tuple[str, float]], min_score: float) -> bool:
    """Name on stderr every student whose total is below ``min_score``; whether there is any."""
    below = [(student, total) for student, total in totals if total < min_score]
    for student, total in below:
        click.echo(f"nnkit: {printable(student, newlines=False)} scored {points_text(total)}, "
                   f"below --min-score {min_score:g}", err=True)
    if below:
        click.echo(f"nnkit: {len(below)} submission(s) below --min-score {min_score:g}", err=True)
    return bool(below)


def _grade_class(entries, course, out, fmt, min_score, exercises, workers, force, pictures, executor, scheduler,
                 isolation, missing):  # fmt: skip
    """``grade --out``: many submissions in parallel into a results folder. Every student of the
    gradebook counts for --min-score, those graded by earlier runs and the missing included."""
    from .batch.progress import Progress
    from .batch.dask_executor import BatchUsageError
    from .batch.runner import grade_batch
    from .batch.summary_table import summary_table
    from .grader import chosen_exercises

    out = out.absolute()
    progress = Progress(len(entries))

    def print_record(result):
        click.echo(text.json_lines([result]), nl=False)

    try:
        report = grade_batch(
            entries, course=course, out=out, workers=workers, force=force, pictures=pictures,
            exercises=list(exercises) or None, executor=executor, scheduler=scheduler,
            isolation_level=isolation.level, progress=progress, missing=missing,
            on_result=print_record if fmt == "json" else None, on_stored=print_record if fmt == "json" else None,
        )  # fmt: skip
    except BatchUsageError as exc:
        raise UsageFailure(str(exc)) from None
    except _grader_errors() as exc:
        raise GraderFailure(str(exc)) from None
    finally:
        progress.finish()
    click.echo(
        f"nnkit: graded {report.graded}, skipped {report.skipped} already graded, in {report.seconds:.1f} s; "
        f"results in {out}",
        err=True,
    )
    if fmt != "json":
        click.echo(summary_table(out, [e.module for e in chosen_exercises(course, exercises)]), nl=False)
    if report.grader_failures:
        shown = ", ".join(printable(s, newlines=False) for s in report.grader_failures)
        click.echo(f"nnkit: the grader failed on {len(report.grader_failures)} submission(s), not graded: {shown} "
                   "(status 'grader failure' in the gradebook; the same command grades them again)", err=True)
    below = min_score is not None and _name_below(report.below(min_score), min_score)
    if report.grader_failures:
        sys.exit(EXIT_GRADER)
    if below:
        sys.exit(EXIT_BELOW)


@main.command(context_settings=CONTEXT)
@click.argument("path", required=False, type=click.Path(path_type=Path))
@course_option
@click.option("-x", "--exercise", "exercises", multiple=True, help="Check only this exercise (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text for people; json: the record `grade --format json` prints, visible tests only.")
@click.option("-v", "--verbose", is_flag=True, help="Also say how your code is walled in while it runs.")
def check(path, course_path, exercises, fmt, verbose):
    """Check your work on the visible tests, with hints (for students).

    PATH is the folder (or .zip) with your modules (default: ./exercises, or the
    current folder when it holds the modules itself). Exits with 1 when a check
    does not pass, 0 when all pass.

    \b
    Example:
        nnkit check -x gates
    """
    course = load_course_or_exit(course_path)
    check_exercises(course, exercises)
    if path is None:
        # ./exercises when there is one, else this folder if it holds exercise modules
        here = [e.module for e in course.exercises if Path(f"{e.module}.py").is_file()]
        path = Path("exercises") if Path("exercises").is_dir() or not here else Path(".")
    if not path.exists():
        raise UsageFailure(
            f"there is no folder {path}: run this in the folder with your exercise modules, "
            "in the folder above exercises/, or name the folder"
        )
    if path.is_symlink():
        path = path.resolve()  # the student named it: followed (links inside it are not)
    # The grader (pytest, NumPy, the plugin) is imported on a thread of its own while this one finds
    # the sandbox, which waits on a probe process, and starts its zygote; the zygote loads NumPy on
    # another core and is ready by the time the first check asks for a child.
    grader = BackgroundImport("autograder.grader")
    isolation = _isolation(course, say=verbose)
    from .sandbox.plain_host import open_sandbox

    try:
        with open_sandbox(course.limits, isolation=isolation) as sandbox:
            grade_paths = grader.module().grade_paths
            (result,) = grade_paths(
                [path], course=course, include_hidden=False, exercises=exercises or None, sandbox=sandbox
            )
    except _grader_errors() as exc:
        raise GraderFailure(str(exc)) from None
    click.echo(text.json_lines([result]) if fmt == "json" else text.friendly(result), nl=False)
    ending = click.get_current_context().obj
    if isinstance(ending, Ending):
        ending.quick = True  # the sandbox is closed and the report written: nothing left to tear down
    if any(t.status != "passed" for e in result.exercises for t in e.tests) or result.problem:
        sys.exit(EXIT_CHECK_FAILED)


@main.command(context_settings=CONTEXT)
@course_option
@click.option("--force", is_flag=True, help="Overwrite stubs that someone has written in.")
def release(course_path, force):
    """Regenerate the student stubs (exercises/) from the solutions.

    Every region between "### BEGIN SOLUTION" and "### END SOLUTION" becomes
    "raise NotImplementedError(...)" (or NAME = None for a constant). Only
    missing files and stubs as a release left them are written: if a file to
    change was edited, nothing is written, it is named and the exit code is 2
    (--force overwrites).
    """
    course = load_course_or_exit(course_path)
    try:
        written = release_stubs(course.references("nnkit release"), course.exercises_dir, force=force)
    except (ValueError, CourseError) as exc:  # EditedStubs is a ValueError
        raise UsageFailure(str(exc)) from None
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"{len(written)} stub(s) changed in {course.exercises_dir}")


@main.command(context_settings=CONTEXT)
@click.argument("folder", type=click.Path(path_type=Path))
@course_option
@click.option("--force", is_flag=True, help="Write over an earlier handout in FOLDER.")
def handout(folder, course_path, force):
    """Write the student's kit into FOLDER: stubs, visible checks, expected results, no answers.

    \b
    Example:
        nnkit handout ../nnkit-student
    """
    from .build.handout import HandoutError, build_handout

    course = load_course_or_exit(course_path)
    try:
        build_handout(course, folder, force=force)
    except (HandoutError, CourseError) as exc:
        raise UsageFailure(str(exc)) from None
    except _grader_errors() as exc:
        raise GraderFailure(str(exc)) from None
    click.echo(f"wrote the student's kit to {folder}: its README.md says how to set it up and check")


main.add_command(gradescope)
main.add_command(classroom)
main.add_command(nbgrader_group)
main.add_command(similarity)

if __name__ == "__main__":
    run()
