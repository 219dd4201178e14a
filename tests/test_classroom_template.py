"""The GitHub Classroom template repository, as a student's push runs it.

``nnkit classroom init`` writes the template: the handout and its workflow. Here a copy of
it is what ``actions/checkout`` gives a runner; a fresh virtual environment stands for
``actions/setup-python``; the workflow's shell steps run with bash as GitHub runs them
(``bash -e``; only ``sudo``, ``apt-get`` and ``sysctl`` are stand-ins), so the real
``pip install ./kit`` and the installed kit's ``nnkit classroom grade`` run; then the
reporter (``tools/classroom_reporter.js``, see ``test_classroom.py``) reads the step's
outputs through the workflow's own expressions. The template is searched for answers and
hidden tests as the handout is, and the instructor's ``nnkit grade`` of a student's
repository adds the hidden tests.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus.mutations import BUGS, submission
from kit import SOLUTIONS
from test_classroom import _stub, decode, needs_node, reporter, steps_of, totals
from test_handout import hidden_tests, leaks

from autograder.build import classroom as classroom_build
from autograder.cli import main

BUG = next(case for case in BUGS if case.module == "gates")


def _step(steps, name):
    (step,) = [s for s in steps if s["name"] == name]
    return step


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    repo = tmp_path_factory.mktemp("classroom") / "template"
    out = CliRunner().invoke(main, ["classroom", "init", str(repo)], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    return repo


@pytest.fixture(scope="module")
def installed(template, tmp_path_factory):
    """A runner after the workflow's Install step: ``{"env": ..., "steps": ...}``."""
    root = tmp_path_factory.mktemp("runner")
    _, steps = steps_of(template / ".github" / "workflows" / "classroom.yml")
    venv = root / "python"
    base = getattr(sys, "_base_executable", sys.executable)
    assert subprocess.run([base, "-m", "venv", "--system-site-packages", str(venv)]).returncode == 0
    stand_ins = root / "bin"
    stand_ins.mkdir()
    for name in ("sudo", "apt-get", "sysctl"):
        _stub(stand_ins, name, '"$@"' if name == "sudo" else "exit 0")
    env = {"PATH": f"{stand_ins}:{venv / 'bin'}:/usr/bin:/bin", "HOME": str(root), "LANG": "C.UTF-8",
           "CALLS": str(root / "calls")}  # fmt: skip
    repo = root / "checkout"
    shutil.copytree(template, repo)
    done = subprocess.run(["bash", "-e", "-c", _step(steps, "Install nnkit")["run"]], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=900)  # fmt: skip
    if done.returncode != 0 and "pip" in done.stderr:
        pytest.skip(f"the kit's dependencies could not be installed here: {done.stderr[-500:]}")
    assert done.returncode == 0, done.stdout + done.stderr
    return {"env": env, "steps": steps, "root": root, "template": template}


def _push(installed, name: str, files: dict) -> Path:
    """A student's repository: the template with ``files`` written into exercises/."""
    repo = installed["root"] / name
    shutil.copytree(installed["template"], repo)
    for file_name, text in files.items():
        (repo / "exercises" / file_name).write_text(text, encoding="utf-8")
    return repo


def _evaluate(expression: str, outputs: dict[str, str]) -> str:
    """GitHub's ``${{ steps.grade.outputs.X || 'fallback' }}``: the output, or the fallback when it is empty."""
    match = re.fullmatch(r"\$\{\{ steps\.(\w+)\.outputs\.(\w+) \|\| '([^']*)' \}\}", expression)
    assert match, expression
    return outputs.get(match.group(2)) or match.group(3)


def _run_workflow(installed, repo: Path, *, grade: bool = True) -> tuple[dict, str]:
    """The grading step's outputs (``{}`` when it did not run) and the reporter's log."""
    outputs = {}
    if grade:
        github_output = repo.parent / f"{repo.name}.output"
        github_output.write_text("")
        env = {**installed["env"], "GITHUB_OUTPUT": str(github_output)}
        done = subprocess.run(["bash", "-e", "-c", _step(installed["steps"], "Grade with nnkit")["run"]], cwd=repo,
                              env=env, capture_output=True, text=True, timeout=900)  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        outputs = dict(line.split("=", 1) for line in github_output.read_text().splitlines())
    step = installed["steps"][-1]
    runners = step["with"]["runners"].split(",")
    values = {r: _evaluate(step["env"][f"{r.upper()}_RESULTS"], outputs) for r in runners}
    return outputs, reporter(values, runners).stdout


def _check(installed, repo: Path) -> dict:
    """``{test name: record}`` of the installed kit's ``nnkit check --format json`` in the repository."""
    done = subprocess.run(["nnkit", "check", "--format", "json"], cwd=repo, env=installed["env"], capture_output=True,
                          text=True, timeout=600)  # fmt: skip
    (record,) = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {f"{e['name']}: {t['name']}": t for e in record["exercises"] for t in e["tests"]}


def test_the_template_holds_no_answer_and_no_hidden_test(template, tmp_path):
    workflow = (template / ".github" / "workflows" / "classroom.yml").read_text()
    assert "token" not in workflow and "secrets" not in workflow and not list(template.rglob("solutions"))
    for path in (template / ".github").rglob("*"):  # the workflow, searched as text too
        if path.is_file():
            (tmp_path / f"{path.name}.txt").write_text(path.read_text())
    assert leaks(tmp_path) == []
    assert leaks(template) == []
    readme = (template / "README.md").read_text()
    assert "python3 -m pip install ./kit" in readme and "hidden tests" in readme and "Grading on GitHub Classroom" in readme


def test_the_install_step_installs_the_repositorys_kit_without_a_course_of_its_own(installed):
    calls = Path(installed["env"]["CALLS"]).read_text().splitlines()
    assert "apt-get install -y -q bubblewrap" in calls
    python = Path(shutil.which("python", path=installed["env"]["PATH"]))
    package = next((python.parent.parent / "lib").glob("python*/site-packages/autograder"))
    assert not (package / "checks").exists() and not (package / "_course").exists()


@needs_node
def test_a_push_of_the_solutions_gets_every_visible_point(installed):
    repo = _push(installed, "perfect", {p.name: p.read_text() for p in SOLUTIONS.glob("*.py")})
    outputs, log = _run_workflow(installed, repo)
    assert totals(log)["notice"] == [("100", "100")] and "❌" not in log and "Error:" not in log
    checked = _check(installed, repo)
    shown = [decode(outputs[e])["tests"] for e in outputs if e not in ("earned", "missed")]
    reported = {t["name"] for tests in shown for t in tests}
    assert reported == set(checked)  # the visible tests, exactly those check runs
    assert not [name for name in hidden_tests() if name.removeprefix("test_") in log]


@needs_node
def test_a_push_with_a_mistake_shows_checks_message_and_hint(installed):
    repo = _push(installed, "buggy", {"gates.py": submission(BUG).files["gates.py"]})
    outputs, log = _run_workflow(installed, repo)
    checked = _check(installed, repo)
    failed = {name: t for name, t in checked.items() if name.startswith("gates: ") and t["status"] != "passed"}
    assert failed
    for name, test in failed.items():
        assert re.search(rf"^❌ {re.escape(name)}$", log, re.M), name
        assert all(line in log for line in test["message"].splitlines()) and f"hint: {test['hint']}" in log
    earned = sum(t["score"] for t in checked.values())
    assert totals(log)["notice"] == [(f"{earned:g}", "100")]


@needs_node
def test_a_push_whose_grading_step_failed_reports_0_points_and_says_so(installed):
    _, log = _run_workflow(installed, _push(installed, "crashed", {}), grade=False)
    assert totals(log)["notice"] == [("0", "100")]
    assert log.count(f"Error: gates: {classroom_build.NOT_GRADED}") == 1


def test_the_instructor_grades_a_students_repository_with_the_hidden_tests(installed):
    repos = installed["root"] / "repos"
    _push(installed, "repos/alice", {p.name: p.read_text() for p in SOLUTIONS.glob("*.py")})
    _push(installed, "repos/bob", {"gates.py": submission(BUG).files["gates.py"]})
    done = CliRunner().invoke(main, ["grade", str(repos), "--format", "json"], catch_exceptions=False)
    assert done.exit_code == 0, done.output
    records = {r["submission"]: r for r in map(json.loads, done.stdout.splitlines())}
    assert sorted(records) == ["alice", "bob"] and records["alice"]["score"] == 100
    hidden = [t for e in records["alice"]["exercises"] for t in e["tests"] if t["hidden"]]
    assert hidden and all(t["status"] == "passed" for t in hidden)
    assert 0 < records["bob"]["score"] < 100 and "problem" not in records["bob"]
    assert os.path.isdir(repos / "bob" / "kit")  # read as exercises/, the kit's code beside it ignored
