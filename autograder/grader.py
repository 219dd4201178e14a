"""Grade submissions: run the checks under pytest and assemble the results.

This is the one library entry point the CLI calls for ``grade`` and ``check``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import sys
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pytest

from .batch.discover import unique_ids
from .course import CHECKS_DIR, Course
from .grading.bounds import MAX_PROBLEM_CHARS, bounded_result, cut
from .grading.follow_ons import pointed_to_first_error, without_false_follow_ons
from .grading.results import ExerciseResult, SubmissionResult, split_points
from .plugin import GradingPlugin
from .sandbox.host import Sandbox
from .sandbox.plain_host import PlainSandbox, open_sandbox
from .sandbox.isolation import Isolation
from .intake.load import load_submission, unreadable_id
from .intake.submission import Submission, SubmissionError, meant_for, reading_notes


# pytest's built-in plugins that grading does not use: fewer means a faster start.
_UNUSED_PLUGINS = (
    "cacheprovider", "doctest", "junitxml", "pastebin", "unittest", "legacypath", "tmpdir", "monkeypatch",
    "recwarn", "logging", "warnings", "faulthandler", "stepwise", "setuponly", "setupplan", "debugging",
    "threadexception", "unraisableexception", "python_path", "randomly",
)  # fmt: skip


class GraderError(RuntimeError):
    """The checks themselves could not run (a broken check module)."""


@contextlib.contextmanager
def _no_plugin_autoload():
    """Grade with our plugin only: other installed pytest plugins (random order,
    reruns, ...) must not change how checks run, and loading them costs time."""
    saved = os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD")
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    try:
        yield
    finally:
        if saved is None:
            del os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"]
        else:
            os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = saved


def chosen_exercises(course: Course, exercises) -> list:
    """The exercises to grade, in course order, each once (``-x gates -x gates`` is one)."""
    if not exercises:
        return list(course.exercises)
    wanted = list(dict.fromkeys(exercises))
    for name in wanted:
        course.exercise(name)  # raises CourseError for an unknown name
    return [e for e in course.exercises if e.module in wanted]


def unreadable(name: str, problem: str, exercises) -> SubmissionResult:
    """The result of a submission that could not be read: zero on every exercise, and why."""
    return bounded_result(SubmissionResult(
        submission=name,
        problem=problem,
        exercises=tuple(ExerciseResult(e.module, e.title, e.points, (), "not graded") for e in exercises),
    ))  # fmt: skip


def _unique(submissions: Sequence[Submission]) -> list[Submission]:
    """The submissions, a repeated id made unique (``ada``, ``ada-2``) without taking another's id."""
    ids = unique_ids(sub.id for sub in submissions)
    return [sub if sub.id == new else dataclasses.replace(sub, id=new) for sub, new in zip(submissions, ids)]


def grade(
    submissions: Sequence[Submission],
    *,
    course: Course,
    include_hidden: bool = True,
    exercises: Iterable[str] | None = None,
    sandbox: Sandbox | PlainSandbox | None = None,
    isolation: Isolation | None = None,
    record_into: Path | None = None,
) -> list[SubmissionResult]:
    """Grade each submission on the course's exercises (or only ``exercises``).

    ``include_hidden=False`` is the student's view: hidden tests are neither run
    nor counted. Results come back in the order of ``submissions``.
    """
    results: list[SubmissionResult] = []
    if submissions:
        grade_stream(
            _unique(submissions), results.append, course=course, include_hidden=include_hidden,
            exercises=exercises, sandbox=sandbox, isolation=isolation, record_into=record_into,
        )  # fmt: skip
    return results


def grade_stream(
    submissions: Iterable[Submission],
    on_result: Callable[[SubmissionResult], None],
    *,
    course: Course,
    include_hidden: bool = True,
    exercises: Iterable[str] | None = None,
    sandbox: Sandbox | PlainSandbox | None = None,
    isolation: Isolation | None = None,
    record_into: Path | None = None,
) -> None:
    """Grade submissions as they arrive (``submissions`` may be a generator), in one
    pytest session: the checks are collected once, and ``on_result`` gets each
    submission's result as soon as it is graded. Ids should be unique. ``record_into``: a
    folder where every answer the references give the checks is written down (a student's
    kit answers its checks from it; see ``autograder/checking/recording.py``)."""
    chosen = chosen_exercises(course, exercises)
    owned = sandbox is None
    sandbox = sandbox or open_sandbox(course.limits, isolation=isolation)

    def on_graded(submission: Submission, outcomes, printed: dict[str, str]) -> None:
        on_result(assemble(submission, chosen, outcomes, printed))

    plugin = GradingPlugin(
        course,
        submissions,
        on_graded,
        sandbox=sandbox,
        include_hidden=include_hidden,
        record_into=record_into,
        check_files=[course.checks_dir / f"test_{e.module}.py" for e in chosen],
    )
    # The folder, not each file: pytest would read the whole folder once per file named (its helpers,
    # lessons and pictures, some 150 entries, seven times over); the plugin collects the chosen files.
    args = [str(course.checks_dir)]
    args += ["-c", str(course.checks_dir / "checks.ini"), "--rootdir", str(course.checks_dir)]
    args += ["--import-mode=importlib", "-p", "no:terminal"]
    if Path(course.checks_dir).resolve() == CHECKS_DIR:
        # The kit's checks fail by raising CheckFailed and never use assert, so pytest need
        # not rewrite them (which recompiles them at every start), and they print nothing and
        # ask for no capsys, so pytest's capturing (which imports readline) is left out.
        # A course's own checks may use either.
        args += ["--assert=plain", "-p", "no:capture"]
    else:
        args.append("-s")
    for plugin_name in _UNUSED_PLUGINS:
        args += ["-p", f"no:{plugin_name}"]
    try:
        with contextlib.redirect_stdout(io.StringIO()), _no_plugin_autoload(), warnings.catch_warnings():
            # The checks judge values; a warning about a student's odd numbers is not news.
            warnings.simplefilter("ignore")
            code = pytest.main(args, plugins=[plugin])
    finally:
        if owned:
            sandbox.close()
        _forget_checks(course.checks_dir)
    if plugin.sandbox_failure:
        raise GraderError(f"the sandbox failed {plugin.sandbox_failure}; grading stopped there")
    changed = plugin.changed_references()
    if changed:
        raise GraderError(
            f"the reference solutions changed while grading ran ({', '.join(changed)} in {course.solutions_dir}): "
            "something wrote to the kit, so no grade of this run can be trusted; restore the files and grade again"
        )
    if plugin.collection_errors or code in (pytest.ExitCode.INTERNAL_ERROR, pytest.ExitCode.USAGE_ERROR):
        raise GraderError("the checks could not be collected:\n" + "\n".join(plugin.collection_errors))
    plugin.save_recording()


def _forget_checks(checks_dir: Path) -> None:
    """Drop a course's own check modules from ``sys.modules`` after a run.

    pytest imports check files that are not in a package under their bare name
    (``test_gates``) and reuses whatever ``sys.modules`` holds under that name,
    so the checks of another course graded later in this process, or a file
    that failed to import, would otherwise stand in for the right ones. The
    kit's own checks live in a package, under names no other course shares.
    """
    root = str(Path(checks_dir).resolve())
    for name, module in list(sys.modules.items()):
        location = getattr(module, "__file__", None) or ""
        if "." not in name and location.startswith(root + os.sep):
            del sys.modules[name]


def assemble(submission: Submission, chosen, outcomes, printed: dict[str, str]) -> SubmissionResult:
    """A submission's result from its test outcomes: points shared out per exercise by weight;
    what it holds of the student's doing (messages, output, pictures) bounded; a follow-on hint
    that points at a check which passed replaced (``grading.follow_ons``); the intake's notes on
    reading the submission carried along, for the reports."""
    exercise_results = []
    for exercise in chosen:
        mine = sorted((o for o in outcomes if o.test.exercise == exercise.module), key=lambda o: o.test.order)
        shares = split_points(exercise.points, [o.test.weight for o in mine])
        tests = pointed_to_first_error(without_false_follow_ons(tuple(o.result(share) for o, share in zip(mine, shares))))
        exercise_results.append(
            ExerciseResult(
                name=exercise.module,
                title=exercise.title,
                max_score=exercise.points,
                tests=tests,
                problem=_problem(submission, exercise.module, tests),
                output=printed.get(exercise.module, ""),
            )
        )
    return bounded_result(
        SubmissionResult(submission=submission.id, exercises=tuple(exercise_results), notes=submission.notes)
    )


def _problem(sub: Submission, module: str, tests) -> str:
    """One line saying why a whole exercise could not be graded, if that is so; a missing module
    adds the notes of reading the submission (where it looked, what it skipped: a link, a file
    too large), which may say why, so that the line explains itself wherever it is shown alone
    (a page that also lists the notes shows it without them: ``report.words.problem_beside_notes``)."""
    if f"{module}.py" not in sub.files:
        said = f"no {module}.py in the submission{meant_for(module, sub.files)}{reading_notes(sub.notes)}"
        return cut(said, MAX_PROBLEM_CHARS)
    messages = {t.message for t in tests if t.status in ("error", "timeout")}
    for message in messages:
        if message.startswith(f"{module}.py could not be imported"):
            return message
    return ""


def grade_paths(
    paths: Sequence,
    *,
    course: Course,
    include_hidden: bool = True,
    exercises: Iterable[str] | None = None,
    isolation: Isolation | None = None,
    ids: Sequence[str] | None = None,
    sandbox: Sandbox | PlainSandbox | None = None,
) -> list[SubmissionResult]:
    """Load and grade each path; one that cannot be read scores zero with a message.

    ``ids`` gives the student id of each path (default: ``intake.load.student_id``). The ids
    of all paths, readable or not, are made unique together. ``sandbox``: one already started
    (its zygote warming up while the caller imported the grader), left open; else one of this
    call's own.
    """
    modules = [e.module for e in course.exercises]
    chosen = chosen_exercises(course, exercises)
    read: list = []  # per path, a Submission or (its name, why it cannot be read)
    for index, path in enumerate(paths):
        student = ids[index] if ids else None
        try:
            read.append(load_submission(path, student, expected=modules))
        except SubmissionError as exc:
            read.append((student or unreadable_id(path), str(exc)))
    names = unique_ids(item.id if isinstance(item, Submission) else item[0] for item in read)
    loaded = [dataclasses.replace(item, id=name) for item, name in zip(read, names) if isinstance(item, Submission)]
    graded = iter(grade(loaded, course=course, include_hidden=include_hidden,
                        exercises=list(exercises) if exercises else None, sandbox=sandbox, isolation=isolation))  # fmt: skip
    return [next(graded) if isinstance(item, Submission) else unreadable(name, item[1], chosen)
            for item, name in zip(read, names)]  # fmt: skip


__all__ = ["grade", "grade_stream", "grade_paths", "assemble", "chosen_exercises", "unreadable", "GraderError"]
