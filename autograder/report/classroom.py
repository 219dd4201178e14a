"""GitHub Classroom's grading result (``nnkit grade --format classroom``).

GitHub Classroom's reporter action (``autograding-grading-reporter``) reads,
for each runner id named in its ``runners`` input, an environment variable
``<RUNNER-ID>_RESULTS`` holding base64 of a JSON object::

    {"version": 1, "status": "pass" | "fail" | "error", "max_score": 10,
     "tests": [{"name": ..., "status": "pass" | "fail" | "error",
                "score": 7.5, "message": ..., ...}]}

It adds up each test's ``score`` (so partial points count) against the
runner's ``max_score``. ``render`` returns that base64 text; the CLI also
appends it as the step output ``result`` when ``GITHUB_OUTPUT`` is set
(``write_step_output``), which the workflow hands to the reporter.

A hidden test shows its name and outcome only: its message would name its
inputs, and a student can read every line of their own repository's logs.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Mapping
from pathlib import Path

from ..course import Course
from ..grading.results import SubmissionResult, TestResult

STATUS = {"passed": "pass", "failed": "fail", "error": "error", "timeout": "error"}
HIDDEN_MESSAGE = "hidden test: its inputs are not shown"


class OneSubmissionOnly(ValueError):
    """A workflow step grades one repository: several submissions are a usage error."""


def _message(test: TestResult) -> str:
    if test.status == "passed":
        return ""
    if test.hidden:
        return HIDDEN_MESSAGE
    if test.hint:
        return f"{test.message}\nhint: {test.hint}"
    return test.message


def result_object(result: SubmissionResult) -> dict:
    """The object the reporter decodes, for one submission."""
    tests = []
    for exercise in result.exercises:
        for test in exercise.tests:
            tests.append(
                {
                    "name": f"{exercise.name}: {test.name}",
                    "status": STATUS[test.status],
                    "score": round(test.score, 4),
                    "max_score": round(test.max_score, 4),
                    "message": _message(test),
                    "filename": f"{exercise.name}.py",
                }
            )
    if result.problem:
        status = "error"
    elif all(t["status"] == "pass" for t in tests) and tests:
        status = "pass"
    else:
        status = "fail"
    out = {"version": 1, "status": status, "max_score": round(result.max_score, 4), "tests": tests}
    if result.problem:
        out["message"] = result.problem
    return out


def encode(obj: dict) -> str:
    """base64 of the compact JSON: one line, as a step output must be."""
    return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode("utf-8")).decode("ascii")


def render(results: list[SubmissionResult], course: Course) -> str:
    """The base64 result object for exactly one submission, and a newline."""
    if len(results) != 1:
        raise OneSubmissionOnly(f"the classroom format takes exactly one submission, got {len(results)}")
    return encode(result_object(results[0])) + "\n"


def write_step_output(rendered: str, env: Mapping[str, str] | None = None, name: str = "result") -> Path | None:
    """Append ``result=<base64>`` to the file named by ``GITHUB_OUTPUT``, if it is set."""
    env = os.environ if env is None else env
    target = env.get("GITHUB_OUTPUT")
    if not target:
        return None
    path = Path(target)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"{name}={rendered.strip()}\n")
    return path
