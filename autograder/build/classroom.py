"""GitHub Classroom: the assignment's template repository (``nnkit classroom init``), the
workflow in it, and its grading step (``nnkit classroom grade``).

The template repository is the student's kit (``build/handout.py``): the stubs in
``exercises/``, the visible checks, the recorded expected results, the nnkit package
without the course (``kit/``), and a course file without solutions. So a student who
reads or edits it finds no answer and no hidden test, and the workflow needs nothing
from outside the repository: no token, no secret. The grades that count, hidden tests
included, are the instructor's: ``nnkit grade`` over the students' repositories (the
README of the kit says how).

GitHub Classroom reads the points of a push from a workflow named
``Autograding Tests`` with one job, ``run-autograding-tests``, whose last step
is the reporter action ``classroom-resources/autograding-grading-reporter``.
The reporter reads one environment variable ``<RUNNER-ID>_RESULTS`` per
runner named in its ``runners`` input.

The workflow installs bubblewrap (after ``apt-get update``) and, where AppArmor
restricts unprivileged user namespaces (Ubuntu 24.04 runners), lifts that
restriction so bubblewrap can make its namespaces; where either fails, nnkit
still grades behind Landlock and seccomp, and the log says so. Then it installs
the repository's ``kit/`` with pip.

One step, ``nnkit classroom grade``, grades ``exercises/`` on the visible tests once
and sets one step output per runner (``report/classroom.py`` says why the tests and
the points travel in different runners). Each of the reporter's variables falls back
to a fixed result saying that nothing was graded, so a grading step that crashed or
timed out still gives a readable log and 0 points rather than no report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..course import Course
from ..report import classroom
from .handout import build_handout

WORKFLOW_PATH = Path(".github") / "workflows" / "classroom.yml"
WORKFLOW_NAME = "Autograding Tests"  # the name GitHub Classroom looks for
JOB_ID = "run-autograding-tests"  # the job GitHub Classroom looks for
REPORTER = "classroom-resources/autograding-grading-reporter@v1"
KIT_DIR = "kit"  # the handout's nnkit package, in the repository
COURSE_FILE = "course.toml"  # the handout's course: expected results instead of solutions
SUBMISSION = "exercises"  # the handout's stubs, which the students fill in
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
python -m pip install --quiet ./{KIT_DIR}
"""
GITIGNORE = "__pycache__/\n*.pyc\n.ipynb_checkpoints/\n"
README = """
## Grading on GitHub Classroom

Each push runs `.github/workflows/classroom.yml`: it installs the kit from `kit/`, runs the
visible tests on `exercises/` (the tests `nnkit check` runs here) and reports their points to
GitHub Classroom; the log of the workflow's run (the repository's *Actions* tab) lists every
test, and a test that fails says why, as `nnkit check` does. Those points are the visible
tests' only: your instructor grades your `exercises/` with hidden tests as well, from your
repository as you last pushed it, and that grade is the one that counts. Changing the
workflow, `checks/` or `expected/` changes what the log says, not that grade.
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


def workflow(course: Course, *, per_exercise: bool = True, python_version: str = "3.12") -> str:
    """The text of ``.github/workflows/classroom.yml`` for a template repository that is a handout."""
    runners = classroom.runner_ids(course, per_exercise=per_exercise)
    command = f"nnkit classroom grade {SUBMISSION} --course {COURSE_FILE}"
    if not per_exercise:
        command += " --one-step"
    lines = [
        "# Written by `nnkit classroom init`: GitHub Classroom grades every push with nnkit's visible tests.",
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


def init(folder: Path, course: Course, *, force: bool = False, per_exercise: bool = True,
         python_version: str = "3.12") -> Path:
    """Write the template repository into ``folder``: the handout of ``course``, the workflow, and
    a README that adds how Classroom grades. Refuses a folder that is not empty unless ``force``
    is given and it holds an earlier template (or handout), whose ``.git`` is kept.
    Returns the workflow's path."""
    build_handout(course, folder, force=force)
    target = folder / WORKFLOW_PATH
    target.parent.mkdir(parents=True)
    target.write_text(workflow(course, per_exercise=per_exercise, python_version=python_version), encoding="utf-8")
    (folder / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    with open(folder / "README.md", "a", encoding="utf-8") as readme:
        readme.write(README)
    return target
