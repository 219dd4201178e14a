"""GitHub Classroom: the workflow a student repository runs (``nnkit classroom init``), and
its grading step (``nnkit classroom grade``).

GitHub Classroom reads the points of a push from a workflow named
``Autograding Tests`` with one job, ``run-autograding-tests``, whose last step
is the reporter action ``classroom-resources/autograding-grading-reporter``.
The reporter reads one environment variable ``<RUNNER-ID>_RESULTS`` per
runner named in its ``runners`` input.

The workflow checks the kit out of the instructor's repository (``--kit-repo``)
into ``.nnkit``, with the secret ``NNKIT_TOKEN`` when that repository is private,
and installs it with pip; its course.toml and reference solutions come with it.
Before that it installs bubblewrap (after ``apt-get update``) and, where
AppArmor restricts unprivileged user namespaces (Ubuntu 24.04 runners), lifts
that restriction so bubblewrap can make its namespaces; where either fails,
nnkit still grades behind Landlock and seccomp, and the log says so.

One step, ``nnkit classroom grade``, grades everything once and sets one step
output per runner (``report/classroom.py`` says why the tests and the points
travel in different runners). Each of the reporter's variables falls back to a
fixed result saying that nothing was graded, so a grading step that crashed or
timed out still gives a readable log and 0 points rather than no report.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..course import Course
from ..report import classroom

WORKFLOW_PATH = Path(".github") / "workflows" / "classroom.yml"
WORKFLOW_NAME = "Autograding Tests"  # the name GitHub Classroom looks for
JOB_ID = "run-autograding-tests"  # the job GitHub Classroom looks for
REPORTER = "classroom-resources/autograding-grading-reporter@v1"
KIT_DIR = ".nnkit"
GRADE_STEP = "grade"  # the id of the grading step, whose outputs the reporter reads
USERNS_KEY = "kernel.apparmor_restrict_unprivileged_userns"
NOT_GRADED = "nnkit did not grade this push: the step 'Grade with nnkit' failed (see its log)"

INSTALL = f"""\
sudo apt-get update -q || echo "::warning::apt-get update failed: installing bubblewrap may fail too"
sudo apt-get install -y -q bubblewrap ||
  echo "::warning::bubblewrap could not be installed: nnkit grades behind Landlock and seccomp only"
# Ubuntu 24.04 lets AppArmor refuse unprivileged user namespaces, which bubblewrap needs
if [ -e /proc/sys/{USERNS_KEY.replace(".", "/")} ]; then
  sudo sysctl -w {USERNS_KEY}=0 ||
    echo "::warning::could not allow user namespaces: nnkit grades without bubblewrap"
fi
python -m pip install --quiet -e {KIT_DIR}
"""


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(value)


def _block(text: str, indent: int) -> list[str]:
    """The lines of a YAML literal block (after ``run: |``) holding ``text``."""
    return [" " * indent + line if line else "" for line in text.splitlines()]


def reporter_env(course: Course, *, per_exercise: bool = True) -> dict[str, str]:
    """``{VARIABLE: expression}`` for the reporter step: each runner's output of the grading
    step, or (when the step set none) a fixed result saying that nothing was graded."""
    fallback = classroom.failure_outputs(course, NOT_GRADED, per_exercise=per_exercise)
    return {
        f"{runner.upper()}_RESULTS": f"${{{{ steps.{GRADE_STEP}.outputs.{runner} || '{classroom.encode(obj)}' }}}}"
        for runner, obj in fallback.items()
    }


def workflow(
    course: Course,
    *,
    kit_repo: str,
    kit_ref: str = "main",
    course_file: str = "course.toml",
    submission: str = "exercises",
    per_exercise: bool = True,
    python_version: str = "3.12",
) -> str:
    """The text of ``.github/workflows/classroom.yml``."""
    if not re.fullmatch(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+", kit_repo):
        raise ValueError(f"--kit-repo must be OWNER/NAME on GitHub, got {kit_repo!r}")
    runners = classroom.runner_ids(course, per_exercise=per_exercise)
    command = f"nnkit classroom grade {submission} --course {KIT_DIR}/{course_file}"
    if not per_exercise:
        command += " --one-step"
    lines = [
        "# Written by `nnkit classroom init`: GitHub Classroom grades every push with nnkit.",
        "# GitHub Classroom needs the workflow name, the single job's id and the reporter step as they are.",
        f"name: {WORKFLOW_NAME}",
        '"on":',
        "  - push",
        "  - workflow_dispatch",
        "  - repository_dispatch",
        "permissions:",
        "  checks: write",
        "  actions: read",
        "  contents: read",
        "jobs:",
        f"  {JOB_ID}:",
        "    runs-on: ubuntu-latest",
        "    if: github.actor != 'github-classroom[bot]'",
        "    steps:",
        "      - name: Checkout",
        "        uses: actions/checkout@v4",
        "      - name: Set up Python",
        "        uses: actions/setup-python@v5",
        "        with:",
        f"          python-version: {_q(python_version)}",
        "      - name: Check out nnkit",
        "        uses: actions/checkout@v4",
        "        with:",
        f"          repository: {_q(kit_repo)}",
        f"          ref: {_q(kit_ref)}",
        f"          path: {KIT_DIR}",
        "          token: ${{ secrets.NNKIT_TOKEN || github.token }}",
        "      - name: Install nnkit",
        "        run: |",
        *_block(INSTALL, 10),
        "      - name: Grade with nnkit",
        f"        id: {GRADE_STEP}",
        "        timeout-minutes: 15",
        f"        run: {_q(command)}",
        "      - name: Autograding Reporter",
        "        if: ${{ !cancelled() }}",
        f"        uses: {REPORTER}",
        "        env:",
    ]
    lines += [f"          {name}: {_q(value)}" for name, value in reporter_env(course, per_exercise=per_exercise).items()]
    lines += [
        "        with:",
        f"          runners: {','.join(runners)}",
    ]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Graded:
    outputs: dict[str, str]  # runner id -> base64 result object
    log: str  # a line per exercise for the step's log
    graded: bool  # False when the grader itself failed (the outputs say so)


def grade(folder: Path, course: Course, *, per_exercise: bool = True, isolation=None) -> Graded:
    """Grade the student's ``folder`` as one submission into the reporter's runners.

    Never raises for the submission: a missing or empty folder, or one without the
    modules, scores 0 with a message per exercise; if grading itself fails, every
    exercise says why."""
    from ..grader import grade_paths

    try:
        (result,) = grade_paths([folder], ids=["submission"], course=course, isolation=isolation)
    except Exception as exc:  # noqa: BLE001 - the student must still get a report
        why = f"nnkit could not grade this push ({type(exc).__name__}: {exc})"
        objects = classroom.failure_outputs(course, why, per_exercise=per_exercise)
        return Graded({k: classroom.encode(v) for k, v in objects.items()}, why + "\n", False)
    objects = classroom.outputs(result, course, per_exercise=per_exercise)
    lines = [f"{e.name}: {classroom.points_text(round(e.score * 100))} of "
             f"{classroom.points_text(round(e.max_score * 100))} points" for e in result.exercises]  # fmt: skip
    if result.problem:
        lines.insert(0, f"not graded: {classroom.log_text(result.problem)}")
    return Graded({k: classroom.encode(v) for k, v in objects.items()}, "\n".join(lines) + "\n", True)


def init(folder: Path, course: Course, *, force: bool = False, **options) -> Path:
    """Write the workflow into ``folder``; refuses to replace one unless ``force``."""
    target = folder / WORKFLOW_PATH
    if target.exists() and not force:
        raise FileExistsError(f"{target} already exists (--force replaces it)")
    text = workflow(course, **options)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target
