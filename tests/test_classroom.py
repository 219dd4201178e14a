"""GitHub Classroom: what a student reads in the reporter's log, and the points it reports.

The reporter action (``classroom-resources/autograding-grading-reporter@v1``) is not on
npm, so it cannot be installed here: ``tools/classroom_reporter.js`` re-implements its
output from its source (see that file), and runs with node. Each test grades a
repository, hands the step outputs to it exactly as the workflow does (the
``<RUNNER>_RESULTS`` variables and the ``runners`` input) and checks the lines a student
sees: every visible failed test with its message and hint, hidden tests by name and
outcome only, no "line undefined", and one total, the real score, wherever the log
shows points. Without node, those tests are skipped; the rest checks the objects,
the workflow and the grading step without it.
"""

import base64
import json
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from kit import EXERCISES, ROOT, SOLUTIONS
from test_integrations import small_course, student

from autograder.build import classroom as classroom_build
from autograder.cli import main
from autograder.course import load_course
from autograder.grader import grade_paths
from autograder.grading.results import ExerciseResult, SubmissionResult, TestResult
from autograder.report import classroom

NODE = shutil.which("node")
REPORTER = Path(__file__).parent / "tools" / "classroom_reporter.js"
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed: the reporter cannot run")
MODULES = ("gates", "activations", "backprop")
HIDDEN_DETAILS = ("-1000.0", "got nan")  # what the failing hidden test's message holds of its inputs


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, env=env)


def decode(value: str) -> dict:
    return json.loads(base64.b64decode(value))


def reporter(outputs: dict[str, str], runners=None) -> subprocess.CompletedProcess:
    """The reporter's log for these ``{runner id: base64}`` results, in this runner order."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_RESULTS")}
    env["INPUT_RUNNERS"] = ",".join(runners or outputs)
    env.update({f"{runner.upper()}_RESULTS": value for runner, value in outputs.items()})
    return subprocess.run([NODE, str(REPORTER)], env=env, capture_output=True, text=True, timeout=60)


def totals(log: str) -> dict:
    """Every total of points the log shows: the notice, the table's last row, the runners' lines."""
    notice = re.findall(r"^::notice title=Autograding complete::Points (\S+)/(\S+)$", log, re.M)
    table = re.findall(r"^\| Total: +\| (\S+) +\| (\S+) +\|$", log, re.M)
    lines = re.findall(r"^Total points for (\S+): (\S+)/(\S+)$", log, re.M)
    return {"notice": notice, "table": table, "runners": lines}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The template repository ``nnkit classroom init`` writes for the kit's course."""
    repo = tmp_path_factory.mktemp("classroom") / "template"
    out = run("classroom", "init", repo)
    assert out.exit_code == 0, out.output
    return repo


@pytest.fixture(scope="module")
def course3(tmp_path_factory):
    return load_course(small_course(tmp_path_factory.mktemp("course3"), MODULES))


@pytest.fixture(scope="module")
def alice(course3, tmp_path_factory):
    """A repository with two mistakes: a visible partial credit (backprop) and a hidden failure."""
    folder = student(tmp_path_factory.mktemp("alice") / "exercises", MODULES)
    graded = classroom_build.grade(folder, course3)
    (result,) = grade_paths([folder], ids=["submission"], course=course3)
    return graded, result


# ---- what the student reads ----------------------------------------------------------------


@needs_node
def test_every_visible_failure_shows_its_message_and_hint_and_hidden_ones_only_their_outcome(alice):
    graded, result = alice
    done = reporter(graded.outputs)
    log = done.stdout
    assert done.returncode == 1 and "::error::Some tests failed." in log  # the reporter marks the job failed
    failed = [(e.name, t) for e in result.exercises for t in e.tests if t.status != "passed"]
    assert {t.hidden for _, t in failed} == {True, False}
    for exercise, test in failed:
        assert re.search(rf"^(❌|Error:) {exercise}: {re.escape(test.name)}(:|$)", log, re.M), test.name
        if test.hidden:
            assert not any(detail in log for detail in HIDDEN_DETAILS), "a hidden test's inputs reached the log"
            continue
        for line in test.message.splitlines():
            assert line in log, f"{test.name}: {line!r} is not in the log"
        assert test.hint and f"hint: {test.hint}" in log
    passed = [f"✅ {e.name}: {t.name}" for e in result.exercises for t in e.tests if t.status == "passed"]
    assert all(f"{line}\n" in log for line in passed)
    assert "line undefined" not in log and " - line " not in log


@needs_node
def test_the_log_shows_one_total_the_real_score(alice, course3):
    graded, result = alice
    log = reporter(graded.outputs).stdout
    score = f"{result.score:g}"
    assert 0 < result.score < course3.max_score
    found = totals(log)
    assert found["notice"] == [(score, "45")]  # what Classroom records
    assert found["table"] == [(score, "45")]
    assert [name for name, _, _ in found["runners"]] == ["earned", "missed"]  # no per-exercise pass counts
    (_, shown, out_of), _ = found["runners"]
    assert float(shown) == float(out_of) == result.score
    for exercise in result.exercises:  # and each exercise's points, earned and missed
        earned = f"{exercise.score:g}"
        assert f"✅ {exercise.name}: {earned} of {exercise.max_score:g} points\n" in log


@needs_node
def test_a_perfect_repository_passes_with_full_points(course3, tmp_path):
    folder = tmp_path / "exercises"
    folder.mkdir()
    for module in MODULES:
        shutil.copy(SOLUTIONS / f"{module}.py", folder)
    graded = classroom_build.grade(folder, course3)
    done = reporter(graded.outputs)
    assert done.returncode == 0, done.stdout
    assert "❌" not in done.stdout and "Error:" not in done.stdout
    found = totals(done.stdout)
    assert found["notice"] == [("45", "45")] and found["table"] == [("45", "45")]
    assert found["runners"] == [("earned", "45.00", "45")]


@needs_node
@pytest.mark.parametrize("make", ["empty", "missing", "notes only"])
def test_a_repository_without_modules_reports_0_points_and_says_why(course3, tmp_path, make):
    folder = tmp_path / "exercises"
    if make != "missing":
        folder.mkdir()
    if make == "notes only":
        (folder / "README.md").write_text("I will do it tomorrow\n")
    github_output = tmp_path / "github_output"
    github_output.write_text("")
    out = run("classroom", "grade", folder, "--course", course3.path, env={"GITHUB_OUTPUT": str(github_output)})
    assert out.exit_code == 0, out.output
    outputs = dict(line.split("=", 1) for line in github_output.read_text().splitlines())
    assert list(outputs) == [*MODULES, "earned", "missed"]
    log = reporter(outputs).stdout
    assert totals(log)["notice"] == [("0", "45")] and totals(log)["table"] == [("0", "45")]
    why = "does not exist" if make == "missing" else "no gates.py in the submission"
    assert re.search(rf"^Error: gates: .*{why}", log, re.M), log


@needs_node
def test_a_message_cannot_forge_a_workflow_command(course3):
    forged = "::notice title=Autograding complete::Points 45/45"
    test = TestResult("sneaky", 1.0, "failed", message=f"returned\n{forged}\n  {forged}", hint=forged)
    result = SubmissionResult("zoe", (ExerciseResult("gates", "Gates", 10.0, (test,)),))
    objects = classroom.outputs(result, course3)
    log = reporter({k: classroom.encode(v) for k, v in objects.items()}).stdout
    assert totals(log)["notice"] == [("0", "45")]  # the only notice is the reporter's own
    assert ": :notice title=Autograding complete::Points 45/45" in log


# ---- the objects ---------------------------------------------------------------------------


def test_entries_carry_what_the_reporter_prints_for_each_status():
    wrong = TestResult("xor", 2.0, "failed", message="xor(1, 1) returned 1, expected 0", hint="check the sign")
    crash = TestResult("relu", 1.0, "error", message="relu raised ValueError")
    hidden = TestResult("big", 1.0, "failed", message="sigmoid(1000.0): got nan", hidden=True)
    fine = TestResult("ok", 1.0, "passed")
    entries = {t.name: classroom.reported_test("gates", t) for t in (wrong, crash, hidden, fine)}
    assert all(e["line_no"] == 0 for e in entries.values())
    assert entries["xor"]["status"] == "fail"
    assert entries["xor"]["test_code"] == "xor(1, 1) returned 1, expected 0\nhint: check the sign"
    assert entries["relu"]["status"] == "error" and "test_code" not in entries["relu"]
    assert entries["relu"]["message"] == "gates: relu: relu raised ValueError"  # the reporter prints no name
    assert "test_code" not in entries["big"] and "1000" not in json.dumps(entries["big"])
    assert entries["ok"]["status"] == "pass" and "test_code" not in entries["ok"]


@pytest.mark.parametrize("total", [10000, 4500, 1000, 250, 12350, 30000])
def test_earned_and_missed_add_up_to_the_total_exactly(total):
    """For a course worth whole or half points, the reporter's sum of the two runners' max_score
    is exactly the total (in JavaScript as in Python: the same float additions)."""
    for earned in range(0, total + 1):
        won, lost = classroom.points_runners([("x", earned, total)])
        maxima = [r["max_score"] for r in (won, lost) if r["max_score"]]
        assert sum(maxima, 0.0) == total / 100
        assert sum(t["score"] for t in won["tests"]) == earned / 100
        assert all(t["status"] == "pass" for t in won["tests"]) or earned == 0
        assert all(t["status"] != "pass" for t in lost["tests"]) or earned == total


def test_the_single_runner_format_has_partial_points_and_hides_hidden_inputs(course3, alice):
    _, result = alice
    obj = json.loads(base64.b64decode(classroom.render([result], course3).strip()))
    assert obj["version"] == 1 and obj["status"] == "fail" and obj["max_score"] == 45
    assert all({"name", "status", "score", "message", "line_no"} <= set(t) for t in obj["tests"])
    assert sum(t["score"] for t in obj["tests"]) == pytest.approx(result.score, abs=1e-9)
    (partial,) = [t for t in obj["tests"] if t["status"] == "fail" and t["score"] > 0]
    assert partial["name"] == "backprop: backprop_gradients" and "8 of 9" in partial["test_code"]
    (hidden,) = [t for t in obj["tests"] if t["name"] == "activations: derivatives_on_large_inputs"]
    assert hidden["status"] == "fail" and not any(d in json.dumps(hidden) for d in HIDDEN_DETAILS)
    stubs = grade_paths([EXERCISES], course=course3)
    assert "pass" not in {t["status"] for t in decode(classroom.render(stubs, course3))["tests"]}
    nothing = decode(classroom.render([], course3))  # an empty folder: 0 points, saying so
    assert nothing["max_score"] == 45 and "no submission found" in nothing["tests"][0]["message"]


def test_grade_format_classroom_prints_the_result_and_sets_the_step_output(tmp_path):
    output = tmp_path / "github_output"
    output.write_text("earlier=1\n")
    out = run("grade", SOLUTIONS, "-x", "gates", "--format", "classroom", env={"GITHUB_OUTPUT": str(output)})
    assert out.exit_code == 0
    encoded = out.stdout.strip()
    assert output.read_text() == f"earlier=1\nresult={encoded}\n"
    obj = decode(encoded)
    assert (obj["status"], obj["max_score"], sum(t["score"] for t in obj["tests"])) == ("pass", 10, pytest.approx(10))
    out = run("grade", SOLUTIONS, "-x", "gates", "--format", "classroom", env={"GITHUB_OUTPUT": ""})
    assert out.exit_code == 0 and out.stdout.strip() == encoded  # no GITHUB_OUTPUT: printed only


def test_a_grader_failure_still_sets_every_output(course3, tmp_path, monkeypatch):
    import autograder.grader

    def broken(*args, **kwargs):
        raise autograder.grader.GraderError("the checks could not be collected")

    monkeypatch.setattr(autograder.grader, "grade_paths", broken)
    github_output = tmp_path / "github_output"
    out = run("classroom", "grade", SOLUTIONS, "--course", course3.path, env={"GITHUB_OUTPUT": str(github_output)})
    assert out.exit_code == 1
    outputs = dict(line.split("=", 1) for line in github_output.read_text().splitlines())
    assert list(outputs) == [*MODULES, "earned", "missed"]
    gates = decode(outputs["gates"])["tests"]
    assert "could not grade this push (GraderError: the checks could not be collected)" in gates[0]["message"]
    assert decode(outputs["missed"])["max_score"] == 45


# ---- the workflow --------------------------------------------------------------------------


def steps_of(workflow: Path) -> tuple[dict, list]:
    data = yaml.safe_load(workflow.read_text())
    (job_id,) = data["jobs"]
    assert job_id == "run-autograding-tests"
    return data, data["jobs"][job_id]["steps"]


def test_classroom_init_writes_a_workflow_the_reporter_understands(template, tmp_path):
    data, steps = steps_of(template / ".github" / "workflows" / "classroom.yml")
    assert data["name"] == "Autograding Tests" and {"push", "workflow_dispatch"} <= set(data["on"])
    assert data["permissions"]["checks"] == "write"
    modules = [e.module for e in load_course(ROOT / "course.toml").exercises]
    assert [s["name"] for s in steps] == ["Checkout", "Set up Python", "Install nnkit", "Grade with nnkit",
                                          "Autograding Reporter"]  # fmt: skip
    assert steps[0]["uses"].startswith("actions/checkout@") and steps[1]["uses"].startswith("actions/setup-python@")
    assert "with" not in steps[0]  # the student's repository only: no other checkout, no token
    assert steps[3]["id"] == "grade" and steps[3]["run"] == "nnkit classroom grade exercises --course course.toml"
    reporter_step = steps[-1]
    assert reporter_step["uses"] == "classroom-resources/autograding-grading-reporter@v1"
    assert reporter_step["if"] == "${{ !cancelled() }}"  # it reports even when grading failed
    runners = [*modules, "earned", "missed"]
    assert reporter_step["with"]["runners"] == ",".join(runners)
    assert list(reporter_step["env"]) == [f"{r.upper()}_RESULTS" for r in runners]
    for runner, expression in zip(runners, reporter_step["env"].values()):
        assert expression.startswith(f"${{{{ steps.grade.outputs.{runner} || '")


def test_classroom_init_refuses_a_folder_in_use_and_force_keeps_the_repository(tmp_path):
    repo = tmp_path / "template"
    assert run("classroom", "init", repo, "--one-step").exit_code == 0
    _, steps = steps_of(repo / ".github" / "workflows" / "classroom.yml")
    assert steps[3]["run"].endswith(" --one-step") and steps[-1]["with"]["runners"] == "tests,earned,missed"
    (repo / ".git").mkdir()
    (repo / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (repo / "exercises" / "gates.py").write_text("# edited\n")
    out = run("classroom", "init", repo)
    assert out.exit_code == 2 and "is not empty" in out.output
    out = run("classroom", "init", repo, "--force")
    assert out.exit_code == 0, out.output
    assert (repo / ".git" / "HEAD").read_text() == "ref: refs/heads/main\n"  # the repository's history stays
    assert "YOUR CODE HERE" in (repo / "exercises" / "gates.py").read_text()
    _, steps = steps_of(repo / ".github" / "workflows" / "classroom.yml")
    assert not steps[3]["run"].endswith(" --one-step")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("mine")
    out = run("classroom", "init", tmp_path / "mine", "--force")
    assert out.exit_code == 2 and "holds no handout" in out.output and (tmp_path / "mine" / "notes.txt").exists()


def _install_script(template) -> str:
    _, steps = steps_of(template / ".github" / "workflows" / "classroom.yml")
    (install,) = [s["run"] for s in steps if s["name"] == "Install nnkit"]
    return install


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/usr/bin/env bash\necho \"{name} $*\" >> \"$CALLS\"\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.mark.parametrize("apt_works", [True, False])
def test_the_install_step_updates_apt_first_and_goes_on_without_bubblewrap(template, tmp_path, apt_works):
    """The step's script, run by bash with sudo, apt-get, sysctl and python stubbed out."""
    script = _install_script(template)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _stub(bin_dir, "sudo", '"$@"')
    _stub(bin_dir, "apt-get", "exit 0" if apt_works else "echo 'E: Unable to locate package' >&2; exit 100")
    _stub(bin_dir, "sysctl", "exit 0")
    _stub(bin_dir, "python", "exit 0")
    calls = tmp_path / "calls"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "CALLS": str(calls)}
    done = subprocess.run(["bash", "-e", "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr  # GitHub runs `bash -e`: nothing here may stop the job
    made = [line for line in calls.read_text().splitlines() if not line.startswith("sudo ")]
    assert made[:2] == ["apt-get update -q", "apt-get install -y -q bubblewrap"]
    key = "kernel.apparmor_restrict_unprivileged_userns"
    if Path("/proc/sys/kernel/apparmor_restrict_unprivileged_userns").exists():
        assert f"sysctl -w {key}=0" in made
    else:  # the key is absent here: not touched, and no failure
        assert not [line for line in made if line.startswith("sysctl")]
    assert made[-1] == "python -m pip install --quiet ./kit"
    assert ("::warning::bubblewrap could not be installed" in done.stdout) != apt_works
    assert "E: Unable to locate package" in done.stderr or apt_works  # apt's own error is shown
