"""Gradescope: what students can see of results.json agrees with what the instructor hid.

Gradescope's specification (Autograder Specifications: Output format; Controlling test
case visibility) says a test's ``visibility`` decides when students see it, that students
cannot see their total score while tests are hidden from them, and that the top-level
``output`` is for students (only stdout is kept from them, by ``stdout_visibility``). So
for each ``hidden_visibility`` the rendered results.json must validate against the schema
written from that specification, hide the hidden tests as asked, and show in ``output``
only points of visible tests. ``setup.sh`` must stop with apt's own error when apt fails.
"""

import json
import os
import re
import stat
import subprocess
import zipfile
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from test_integrations import SCHEMA, small_course, student

from autograder.cli import main
from autograder.course import load_course
from autograder.grader import grade_paths
from autograder.grading.results import ExerciseResult, SubmissionResult, TestResult
from autograder.report import gradescope

MODULES = ("gates", "activations", "backprop")
HIDDEN_DETAILS = ("-1000.0", "got nan")  # what the failing hidden test's message holds of its inputs


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """A student who fails a hidden test (activations) and gets partial credit (backprop)."""
    folder = student(tmp_path_factory.mktemp("alice") / "alice", MODULES)
    course = load_course(small_course(tmp_path_factory.mktemp("course"), MODULES))
    (result,) = grade_paths([folder], course=course)
    return course, result


def _course_with(course, visibility):
    return course.__class__(**{**course.__dict__, "gradescope": course.gradescope.__class__(visibility)})


def _visible_cents(tests) -> tuple[int, int]:
    shown = [t for t in tests if t["visibility"] == "visible"]
    return sum(round(t["score"] * 100) for t in shown), sum(round(t["max_score"] * 100) for t in shown)


@pytest.mark.parametrize("visibility", ["after_published", "hidden"])
def test_output_shows_only_the_visible_tests_points(graded, visibility):
    course, result = graded
    data = json.loads(gradescope.render([result], _course_with(course, visibility), execution_time=2.0))
    jsonschema.validate(data, SCHEMA)
    hidden = [t for t in data["tests"] if t["visibility"] != "visible"]
    assert hidden and {t["visibility"] for t in hidden} == {visibility}
    assert data["visibility"] == "visible" and data["stdout_visibility"] == "hidden"
    assert data["score"] == pytest.approx(result.score)  # the grade itself counts every test

    lines = data["output"].splitlines()
    by_title = {t.split(":")[0]: t for t in lines}
    for exercise in result.exercises:
        tests = [t for t in data["tests"] if t["name"].startswith(f"{exercise.name}:")]
        earned, possible = _visible_cents(tests)
        line = by_title[exercise.title]
        shown = re.fullmatch(r".*: (\S+) of (\S+) points in the visible tests", line)
        assert shown, line
        assert (round(float(shown.group(1)) * 100), round(float(shown.group(2)) * 100)) == (earned, possible)
    earned, possible = _visible_cents(data["tests"])
    total = re.fullmatch(r"Visible tests: (\S+) of (\S+) points\.", lines[-2])
    assert total and (round(float(total.group(1)) * 100), round(float(total.group(2)) * 100)) == (earned, possible)
    assert lines[-1] == gradescope.HIDDEN_NOTE[visibility]
    # no number in the output counts a hidden test: neither the total nor activations' full points
    assert f"{result.score:g} of" not in data["output"] and f" of {result.max_score:g} points" not in data["output"]
    activations = next(e for e in result.exercises if e.name == "activations")
    assert f"{activations.score:g} of {activations.max_score:g}" not in data["output"]
    for test in hidden:
        assert not any(detail in data["output"] for detail in HIDDEN_DETAILS)
        assert test["name"] not in data["output"]


def test_without_hidden_tests_the_output_gives_the_whole_score(tmp_path):
    # every exercise of the course has hidden checks: bob's graded result with them left out
    course = load_course(small_course(tmp_path, ("loss",), extra='[gradescope]\nhidden_visibility = "hidden"\n'))
    (result,) = grade_paths([student(tmp_path / "bob", ("loss",))], course=course, include_hidden=False)
    assert result.exercises[0].tests and not any(t.hidden for e in result.exercises for t in e.tests)
    data = json.loads(gradescope.render([result], course))
    jsonschema.validate(data, SCHEMA)
    assert data["output"].splitlines()[-1] == f"Total: {result.score:g} of {result.max_score:g} points."


def test_a_submission_that_could_not_be_read_says_why_and_scores_0(graded):
    course, _ = graded
    unreadable = SubmissionResult("bad", (ExerciseResult("gates", "gates", 10.0, (), "not graded"),),
                                  problem="bad.zip is not a readable zip file")  # fmt: skip
    for visibility in ("after_published", "hidden"):
        data = json.loads(gradescope.render([unreadable], _course_with(course, visibility)))
        jsonschema.validate(data, SCHEMA)
        assert data["score"] == 0 and data["tests"] == [] and "bad.zip is not a readable zip file" in data["output"]


def test_hidden_tests_count_in_the_score_but_not_in_the_output(tmp_path):
    shown = TestResult("shown", 4.0, "passed")
    secret = TestResult("secret", 6.0, "failed", message="f(123.456) returned 1, expected 2", credit=0.5, hidden=True)
    result = SubmissionResult("zoe", (ExerciseResult("loss", "Loss", 10.0, (shown, secret)),))
    course = load_course(small_course(tmp_path, ("loss",)))
    data = gradescope.results_json(result, _course_with(course, "hidden"))
    jsonschema.validate(data, SCHEMA)
    assert data["score"] == 7 and [t["score"] for t in data["tests"]] == [4, 3]
    assert data["output"].splitlines()[:2] == ["Loss: 4 of 4 points in the visible tests", "Visible tests: 4 of 4 points."]
    assert "7" not in data["output"] and "123.456" not in data["output"]


# ---- setup.sh -------------------------------------------------------------------------------


def _setup_sh(tmp_path) -> Path:
    course = small_course(tmp_path / "course", ("gates",))
    zip_path = tmp_path / "autograder.zip"
    out = CliRunner().invoke(main, ["gradescope", "build", "--course", str(course), "-o", str(zip_path), "--no-wheels"])
    assert out.exit_code == 0, out.output
    with zipfile.ZipFile(zip_path) as zf:
        script = tmp_path / "setup.sh"
        script.write_bytes(zf.read("setup.sh"))
    return script


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/usr/bin/env bash\necho \"{name} $*\" >> \"$CALLS\"\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.mark.parametrize("failing", ["update", "install"])
def test_setup_sh_stops_with_apts_own_error(tmp_path, failing):
    """setup.sh as root with apt-get stubbed: it fails at that apt-get command, showing apt's error."""
    script = _setup_sh(tmp_path)
    text = script.read_text()
    assert ">/dev/null 2>&1 || true" not in text and "apt-get install -y -qq" not in text
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _stub(bin_dir, "id", "echo 0")  # as root, as on Gradescope
    fail = f'[ "$1" = "{failing}" ] && {{ echo "E: Unable to locate package bubblewrap" >&2; exit 100; }}; exit 0'
    _stub(bin_dir, "apt-get", fail)
    calls = tmp_path / "calls"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "CALLS": str(calls),
           "NNKIT_AUTOGRADER_ROOT": str(tmp_path / "root")}  # fmt: skip
    done = subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "E: Unable to locate package bubblewrap" in done.stderr
    expected = "apt-get update -q" if failing == "update" else "apt-get install -y -q bubblewrap"
    assert f"nnkit: '{expected}' failed (apt's error is above)" in done.stderr
    made = [line for line in calls.read_text().splitlines() if line.startswith("apt-get")]
    assert made == ["apt-get update -q"] + (["apt-get install -y -q bubblewrap"] if failing == "install" else [])
    assert not (tmp_path / "root" / "nnkit-venv").exists()  # it stopped there
