"""GitHub Classroom: the workflow a student repository runs (``nnkit classroom init``).

GitHub Classroom reads the points of a push from a workflow named
``Autograding Tests`` with one job, ``run-autograding-tests``, whose last step
is the reporter action ``classroom-resources/autograding-grading-reporter``.
The reporter reads one environment variable ``<RUNNER-ID>_RESULTS`` per
runner named in its ``runners`` input: here each runner is an ``nnkit grade
--format classroom`` step, which sets its step output ``result``.

The kit is checked out from the instructor's repository (``--kit-repo``) into
``.nnkit`` with the secret ``NNKIT_TOKEN`` when that repository is private,
and installed with pip; its course.toml and reference solutions come with it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..course import Course

WORKFLOW_PATH = Path(".github") / "workflows" / "classroom.yml"
WORKFLOW_NAME = "Autograding Tests"  # the name GitHub Classroom looks for
JOB_ID = "run-autograding-tests"  # the job GitHub Classroom looks for
REPORTER = "classroom-resources/autograding-grading-reporter@v1"
KIT_DIR = ".nnkit"


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(value)


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
    course_arg = f"{KIT_DIR}/{course_file}"
    if per_exercise:
        runners = [(e.module, f"Grade {e.module}", f" -x {e.module}") for e in course.exercises]
    else:
        runners = [("nnkit", "Grade all exercises", "")]
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
        "          sudo apt-get install -y -qq bubblewrap >/dev/null 2>&1 || true",
        f"          python -m pip install --quiet -e {KIT_DIR}",
    ]
    for runner_id, name, args in runners:
        command = f"nnkit grade {submission}{args} --course {course_arg} --format classroom"
        lines += [
            f"      - name: {_q(name)}",
            f"        id: {runner_id}",
            "        timeout-minutes: 10",
            f"        run: {_q(command)}",
        ]
    lines += [
        "      - name: Autograding Reporter",
        f"        uses: {REPORTER}",
        "        env:",
    ]
    for runner_id, _, _ in runners:
        lines.append(f"          {runner_id.upper()}_RESULTS: \"${{{{ steps.{runner_id}.outputs.result }}}}\"")
    lines += [
        "        with:",
        f"          runners: {','.join(r for r, _, _ in runners)}",
    ]
    return "\n".join(lines) + "\n"


def init(folder: Path, course: Course, *, force: bool = False, **options) -> Path:
    """Write the workflow into ``folder``; refuses to replace one unless ``force``."""
    target = folder / WORKFLOW_PATH
    if target.exists() and not force:
        raise FileExistsError(f"{target} already exists (--force replaces it)")
    text = workflow(course, **options)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target
