"""GitHub Classroom: what its reporter action shows students, and the points it reports.

GitHub Classroom's reporter action (``classroom-resources/autograding-grading-reporter@v1``)
reads, for each runner id named in its ``runners`` input, an environment
variable ``<RUNNER-ID>_RESULTS`` holding base64 of a JSON object::

    {"version": 1, "status": "pass" | "fail" | "error", "max_score": 10,
     "tests": [{"name": ..., "status": "pass" | "fail" | "error", "score": 7.5,
                "message": ..., "test_code": ..., "line_no": 0}]}

What the action does with it (read from its source, ``dist/main.js`` of v1):

- Each test is one line, by status: ``pass`` prints a check mark and the name,
  ``fail`` a cross and the name, ``error`` prints ``Error: <message>`` and no
  name. Unless ``line_no`` is 0, ``pass`` and ``fail`` lines end in
  `` - line <line_no>`` (``line undefined`` when it is missing). Under any
  status, ``test_code`` is printed after ``Test code:``. So a wrong answer's
  message is only ever seen through ``test_code``.
- Each runner with a ``max_score`` gets a line ``Total points for <runner>``
  and a row of the summary table, both computed as *the share of its tests
  that passed* times ``max_score``: per-test scores, weights and partial
  credit are ignored there.
- The points sent to Classroom (the notice ``Points <t>/<m>``) are the sum of
  the tests' ``score`` over runners whose ``max_score`` is not 0, out of the
  sum of those ``max_score``.

To make every number in the log the student's real score, the tests and the
points travel in different runners (``outputs``):

- one *display* runner per exercise (or one for all, ``per_exercise=False``)
  with ``max_score`` 0: its tests are listed, but it counts for nothing and
  prints no total of its own;
- two *points* runners: ``earned``, whose every test passes and whose
  ``max_score`` is the points earned (so its pass-count total is exactly
  them), and ``missed``, whose every test fails and whose ``max_score`` is
  the points lost. Their tests name, per exercise, the points earned and lost.

The table's total, the ``earned`` line and the notice then all say the same.

The notes of reading the submission (a module found in another folder, a file too large to
read) are one line, listed first; a missing exercise's line points to it instead of repeating them.

A visible failed test shows its message and hint (in ``test_code``; for an
error, in the ``Error:`` line after the test's name). A hidden test shows its
name and outcome only: its message would name its inputs, and a student can
read every line of their own repository's logs. Text a student chose is shown
with control characters as escapes, and a line that would start a workflow
command (``::``) is broken up, so nothing in a message can act on the runner.

``result_object``/``render`` is the older single-runner form of
``nnkit grade --format classroom``: one runner carrying tests and points.
"""

from __future__ import annotations

import base64
import json
import math
import os
import re
from collections.abc import Mapping
from pathlib import Path

from ..course import Course
from ..grading.results import (ExerciseResult, SubmissionResult, TestResult, from_cents, in_hundredths, points_text,
                               to_cents)  # fmt: skip
from .terminal import printable
from .words import problem_beside_notes

STATUS = {"passed": "pass", "failed": "fail", "error": "error", "timeout": "error"}
HIDDEN_MESSAGE = "hidden test: its inputs are not shown"
EARNED, MISSED = "earned", "missed"  # the runners that carry the points
ONE_RUNNER = "tests"  # the display runner when all exercises are listed together
NO_LINE = 0  # the reporter adds " - line N" to a test's line unless line_no is 0
NOTES_NAME = "reading your submission"  # the one line that lists the intake's notes
SEE_NOTES = f"(see {NOTES_NAME}, above)"
_COMMAND = re.compile(r"^(\s*):(?=:)", re.MULTILINE)


class OneSubmissionOnly(ValueError):
    """A workflow step grades one repository: several submissions are a usage error."""


# ---- text -----------------------------------------------------------------------------------


def log_text(text: str) -> str:
    """``text`` as it may appear in a job's log: control characters shown as escapes, and a
    line starting with ``::`` (which the runner would read as a workflow command, such as
    a forged ``::notice::Points``) broken up as ``: :``."""
    return _COMMAND.sub(r"\1: ", printable(text))


# ---- one test -------------------------------------------------------------------------------


def _details(test: TestResult) -> str:
    """The message and hint of a test that did not pass (a hidden test: a note only)."""
    if test.hidden:
        return HIDDEN_MESSAGE
    text = test.message or f"status: {test.status}"
    if test.hint:
        text += f"\nhint: {test.hint}"
    return log_text(text)


def reported_test(exercise: str, test: TestResult) -> dict:
    """One test as the reporter reads it: a visible wrong answer's details in ``test_code``
    (the only field printed for ``fail``), an error's after its name in ``message`` (the
    only field printed for ``error``), a hidden test's name and outcome only."""
    name = f"{exercise}: {test.name}"
    status = STATUS[test.status]
    entry = {"name": name, "status": status, "line_no": NO_LINE,
             "score": test.score, "max_score": test.max_score,
             "message": "", "filename": f"{exercise}.py"}  # fmt: skip
    if status == "error":
        entry["message"] = f"{name}: {_details(test)}"
    elif status == "fail":
        entry["message"] = _details(test)
        if not test.hidden:
            entry["test_code"] = entry["message"]
    return entry


def _not_graded(name: str, why: str) -> dict:
    return {"name": name, "status": "error", "line_no": NO_LINE, "score": 0, "max_score": 0,
            "message": f"{name}: {log_text(why)}"}  # fmt: skip


def notes_line(notes) -> list[dict]:
    """The one line listing the notes of reading the submission (none when there are none):
    an error line, the only kind whose message the reporter prints without a test's code."""
    return [_not_graded(NOTES_NAME, "; ".join(notes))] if notes else []


def _problem(exercise: ExerciseResult, notes) -> str:
    """An exercise's problem without the notes, which ``notes_line`` says once: a pointer instead."""
    problem = problem_beside_notes(exercise, notes)
    return problem if problem == exercise.problem else f"{problem} {SEE_NOTES}"


def _status(tests: list[dict]) -> str:
    statuses = {t["status"] for t in tests}
    return "pass" if statuses == {"pass"} else "fail"


# ---- runners --------------------------------------------------------------------------------


def display_runner(exercises: list[ExerciseResult], problem: str = "", name: str = "nnkit", *, notes=(),
                   listed=()) -> dict:  # fmt: skip
    """A runner listing the tests of ``exercises``, worth nothing (``max_score`` 0): the reporter
    prints its tests and no total. An exercise without tests (not graded) gets one error line,
    and so does a runner with no exercise (under ``name``). ``notes``: the notes of reading the
    submission, listed by this runner first (``notes_line``); ``listed``: notes another runner
    lists, which the exercises' lines point to instead of repeating."""
    tests = []
    said = tuple(notes) or tuple(listed)
    for exercise in exercises:
        if not exercise.tests:
            tests.append(_not_graded(exercise.name, problem or _problem(exercise, said) or "not graded"))
        elif exercise.problem and all(t.status in ("error", "timeout") for t in exercise.tests):
            # a missing module or one that does not import: one line, not the same error per test
            tests.append(_not_graded(exercise.name, f"{_problem(exercise, said)} ({len(exercise.tests)} tests not run)"))
        else:
            tests += [reported_test(exercise.name, t) for t in exercise.tests]
    if not tests:  # the reporter divides by the number of tests
        tests.append(_not_graded(name, problem or "nothing was graded"))
    return {"version": 1, "status": _status(tests), "max_score": 0, "tests": notes_line(notes) + tests}


def _complement(total: int, earned: int) -> float:
    """The points missed, as a float the reporter adds to the points earned to get exactly
    the total (JavaScript adds floats as Python does): two decimals when that sum is exact,
    else the float that makes it exact. For a course worth whole or half points one always
    exists; for odd totals such as 0.45 the sum can be one unit in the last place off."""
    want, got = from_cents(total), from_cents(earned)
    candidate = from_cents(total - earned)
    if got + candidate == want:
        return candidate
    candidate = want - got
    for _ in range(8):
        if got + candidate == want:
            return candidate
        candidate = math.nextafter(candidate, math.inf if got + candidate < want else -math.inf)
    return want - got


def points_runners(per_exercise: list[tuple[str, int, int]]) -> tuple[dict, dict]:
    """The ``earned`` and ``missed`` runners for ``[(exercise, earned cents, max cents)]``.

    ``earned``: every test passes, ``max_score`` is the points earned, and the first test's
    score carries them all (a sum of one number, so the notice prints it exactly). ``missed``:
    every test fails with score 0, ``max_score`` is the points lost. Each lists its exercises
    with their points; a runner with nothing to list says so."""
    earned = sum(e for _, e, _ in per_exercise)
    total = sum(m for _, _, m in per_exercise)
    gained = [{"name": f"{name}: {points_text(from_cents(e))} of {points_text(from_cents(m))} points",
               "status": "pass", "line_no": NO_LINE, "score": 0} for name, e, m in per_exercise if e > 0]  # fmt: skip
    if gained:
        gained[0]["score"] = from_cents(earned)
    else:
        gained = [{"name": "no points earned yet", "status": "fail", "line_no": NO_LINE, "score": 0}]
    lost = [{"name": f"{name}: {points_text(from_cents(m - e))} of {points_text(from_cents(m))} points missed",
             "status": "fail", "line_no": NO_LINE, "score": 0} for name, e, m in per_exercise if m > e]  # fmt: skip
    if not lost:
        lost = [{"name": "no points missed", "status": "pass", "line_no": NO_LINE, "score": 0}]
    earned_runner = {"version": 1, "status": _status(gained), "max_score": from_cents(earned), "tests": gained}
    missed_runner = {"version": 1, "status": "fail" if total > earned else "pass",
                     "max_score": _complement(total, earned) if total > earned else 0, "tests": lost}  # fmt: skip
    return earned_runner, missed_runner


def runner_ids(course: Course, *, per_exercise: bool = True) -> list[str]:
    """The runner ids, in the order the reporter lists them: the display runners, then the points."""
    shown = [e.module for e in course.exercises] if per_exercise else [ONE_RUNNER]
    clash = {EARNED, MISSED} & set(shown)
    if clash:
        raise ValueError(f"an exercise may not be called {' or '.join(sorted(clash))} in GitHub Classroom")
    return [*shown, EARNED, MISSED]


def outputs(result: SubmissionResult, course: Course, *, per_exercise: bool = True) -> dict[str, dict]:
    """``{runner id: object}`` for one graded submission: the tests, then the points."""
    ids = runner_ids(course, per_exercise=per_exercise)
    by_name = {e.name: e for e in result.exercises}
    if per_exercise:  # the first runner lists the notes, once
        out = {e.module: display_runner([by_name[e.module]] if e.module in by_name else [], result.problem, e.module,
                                        notes=result.notes if n == 0 else (), listed=result.notes)
               for n, e in enumerate(course.exercises)}  # fmt: skip
    else:
        out = {ONE_RUNNER: display_runner(list(result.exercises), result.problem, notes=result.notes)}
    tally = [(e.module, by_name[e.module].cents if e.module in by_name else 0, to_cents(e.points))
             for e in course.exercises]  # fmt: skip
    out[EARNED], out[MISSED] = points_runners(tally)
    return {runner: out[runner] for runner in ids}


def failure_outputs(course: Course, why: str, *, per_exercise: bool = True) -> dict[str, dict]:
    """The runners when nothing could be graded: each exercise says ``why``, all points missed."""
    ids = runner_ids(course, per_exercise=per_exercise)
    shown = {runner: display_runner([], why, runner) for runner in ids if runner not in (EARNED, MISSED)}
    earned, missed = points_runners([(e.module, 0, to_cents(e.points)) for e in course.exercises])
    return {**shown, EARNED: earned, MISSED: missed}


# ---- the single-runner form and step outputs ------------------------------------------------


def result_object(result: SubmissionResult) -> dict:
    """One runner holding every test and the submission's points (``--format classroom``), after
    the line of notes on reading the submission, if any.

    Classroom gets the right points from it; the reporter's own per-runner total counts
    passed tests instead (see the module's docstring), which ``nnkit classroom grade`` avoids."""
    tests = [reported_test(e.name, t) for e in result.exercises for t in e.tests]
    if not tests:
        tests.append(_not_graded("nnkit", result.problem or "nothing was graded"))
    status = "error" if result.problem else _status(tests)
    out = {"version": 1, "status": status, "max_score": result.max_score, "tests": notes_line(result.notes) + tests}
    if result.problem:
        out["message"] = log_text(result.problem)
    return out


def encode(obj: dict) -> str:
    """base64 of the compact JSON: one line, as a step output must be."""
    return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode("utf-8")).decode("ascii")


def render(results: list[SubmissionResult], course: Course) -> str:
    """The base64 result object for exactly one submission, and a newline. No submission at all
    (an empty folder) is a result too: 0 points, saying so."""
    if len(results) > 1:
        raise OneSubmissionOnly(f"the classroom format takes exactly one submission, got {len(results)}")
    if not results:
        nothing = SubmissionResult("nothing", (), problem="no submission found: the folder holds no exercise modules")
        obj = result_object(nothing)
        obj["max_score"] = in_hundredths(course.max_score)
        return encode(obj) + "\n"
    return encode(result_object(results[0])) + "\n"


def write_step_outputs(values: Mapping[str, str], env: Mapping[str, str] | None = None) -> Path | None:
    """Append ``name=value`` for each output to the file named by ``GITHUB_OUTPUT``, if it is set."""
    env = os.environ if env is None else env
    target = env.get("GITHUB_OUTPUT")
    if not target:
        return None
    path = Path(target)
    with path.open("a", encoding="utf-8") as fh:
        for name, value in values.items():
            fh.write(f"{name}={value.strip()}\n")
    return path


def write_step_output(rendered: str, env: Mapping[str, str] | None = None, name: str = "result") -> Path | None:
    """Append ``result=<base64>`` to the file named by ``GITHUB_OUTPUT``, if it is set."""
    return write_step_outputs({name: rendered}, env)
