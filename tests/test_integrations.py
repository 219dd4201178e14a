"""Gradescope, GitHub Classroom and JUnit: the formats those systems read, checked against them.

- Gradescope: ``run_autograder`` from a built zip runs for real in a simulated
  ``/autograder`` (a temporary folder), and results.json is validated against a
  JSON Schema written from Gradescope's specification.
- GitHub Classroom: in ``test_classroom.py``.
- JUnit: parsed with xml.etree; one test case per test.
"""

import json
import os
import shutil
import stat
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from kit import EXERCISES, ROOT, SOLUTIONS

from autograder.build.gradescope import kit_requirements
from autograder.cli import main
from autograder.course import CourseError, load_course
from autograder.grader import grade_paths
from autograder.grading.results import ExerciseResult, SubmissionResult, TestResult
from autograder.report import gradescope, junit

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "gradescope_results.schema.json").read_text())
TOP_FIELDS = {"score", "execution_time", "output", "visibility", "stdout_visibility", "tests"}
TEST_FIELDS = {"name", "number", "score", "max_score", "status", "output", "output_format", "visibility"}

# Two realistic mistakes: a sigmoid slope that overflows (only the hidden test sees it), and
# one backprop partial without the sigmoid's slope (8 of 9 partials right: partial credit).
MISTAKES = {
    "activations.py": ("    s = sigmoid(z)\n    return s * (1.0 - s)\n",
                       "    e = np.exp(-np.asarray(z, dtype=float))\n    return e / (1.0 + e) ** 2\n"),
    "backprop.py": ('        "b3": d_L_d_o1 * d_o1,\n', '        "b3": d_L_d_o1,\n'),
}  # fmt: skip
HIDDEN_INPUT = "1.e+03"  # what the hidden test's message shows of its inputs


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, env=env)


def student(folder: Path, modules=("gates", "activations", "backprop")) -> Path:
    """A submission: the reference modules, with the two mistakes above."""
    folder.mkdir(parents=True)
    for module in modules:
        text = (SOLUTIONS / f"{module}.py").read_text()
        if f"{module}.py" in MISTAKES:
            old, new = MISTAKES[f"{module}.py"]
            assert text.count(old) == 1
            text = text.replace(old, new)
        (folder / f"{module}.py").write_text(text)
    return folder


def small_course(folder: Path, modules=("gates", "activations", "backprop"), extra="") -> Path:
    points = {"gates": 10, "activations": 15, "backprop": 20, "loss": 10}
    lines = ["[course]", 'name = "Small NN course"', f'solutions = "{SOLUTIONS}"', "seed = 2026", ""]
    for module in modules:
        lines += ["[[exercise]]", f'module = "{module}"', f"points = {points[module]}", ""]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "course.toml"
    path.write_text("\n".join(lines) + extra)
    return path


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """One grading, rendered by the pure renderers in several tests: a student and the blank stubs."""
    course = load_course(ROOT / "course.toml")
    alice = student(tmp_path_factory.mktemp("subs") / "alice")
    results = grade_paths([alice, EXERCISES], course=course, exercises=["activations", "backprop"])
    return course, results


# ---- Gradescope ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def autograder_zip(tmp_path_factory):
    """`nnkit gradescope build` of a three-exercise course whose hidden tests stay hidden."""
    work = tmp_path_factory.mktemp("gradescope")
    course = small_course(work / "course", extra='[gradescope]\nhidden_visibility = "hidden"\n')
    out = run("gradescope", "build", "--course", course, "--output", work / "autograder.zip", "--no-wheels")
    assert out.exit_code == 0, out.output
    return work / "autograder.zip"


def gradescope_layout(zip_path: Path, root: Path) -> Path:
    """What Gradescope makes of the zip: /autograder/source, and run_autograder copied to /autograder."""
    (root / "source").mkdir(parents=True)
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            target = Path(zf.extract(info, root / "source"))
            target.chmod((info.external_attr >> 16) & 0o777 or 0o644)
    shutil.copy2(root / "source" / "run_autograder", root / "run_autograder")
    (root / "submission").mkdir()
    return root


def run_autograder(root: Path, python=sys.executable) -> subprocess.CompletedProcess:
    env = {**os.environ, "NNKIT_AUTOGRADER_ROOT": str(root), "NNKIT_PYTHON": str(python)}
    env.pop("PYTHONPATH", None)
    return subprocess.run([str(root / "run_autograder")], cwd=root, env=env, capture_output=True, text=True,
                          timeout=240)  # fmt: skip


@pytest.mark.parametrize("command", [["gradescope"], ["gradescope", "build"], ["gradescope", "run"],
                                     ["classroom"], ["classroom", "init"], ["classroom", "grade"]])  # fmt: skip
def test_every_integration_command_has_help(command):
    out = run(*command, "--help")
    assert out.exit_code == 0 and "Usage:" in out.stdout


def test_the_zip_holds_what_gradescope_needs(autograder_zip):
    with zipfile.ZipFile(autograder_zip) as zf:
        infos = {i.filename: i for i in zf.infolist()}
        requirements = zf.read("requirements.txt").decode().split()
    for script in ("setup.sh", "run_autograder"):  # at the root of the archive, executable
        assert stat.S_IMODE(infos[script].external_attr >> 16) == 0o755
    assert {"nnkit/course.toml", "nnkit/autograder/cli.py", "nnkit/autograder/checks/test_gates.py"} <= set(infos)
    assert {f"nnkit/solutions/{p.name}" for p in SOLUTIONS.glob("*.py")} <= set(infos)
    assert not [name for name in infos if "__pycache__" in name or name.endswith(".pyc")]
    assert requirements == kit_requirements()


def test_setup_sh_installs_from_the_wheels_it_carries_else_from_pypi(autograder_zip, tmp_path):
    with zipfile.ZipFile(autograder_zip) as zf:
        setup = zf.read("setup.sh").decode()
    (tmp_path / "setup.sh").write_text(setup)
    assert subprocess.run(["bash", "-n", str(tmp_path / "setup.sh")]).returncode == 0
    assert '--no-index --find-links "$SOURCE/wheels"' in setup
    assert 'pip install --quiet -r "$SOURCE/requirements.txt"' in setup  # the fallback, online
    assert "NNKIT_AUTOGRADER_ROOT:-/autograder" in setup


def test_run_autograder_grades_the_submission_into_a_valid_results_json(autograder_zip, tmp_path):
    root = gradescope_layout(autograder_zip, tmp_path / "autograder")
    # uploaded from a GitHub repository: the modules sit in a subfolder, next to other files
    student(root / "submission" / "exercises")
    (root / "submission" / "README.md").write_text("my work\n")

    started = time.monotonic()
    done = run_autograder(root)
    wall = time.monotonic() - started
    assert done.returncode == 0, done.stdout + done.stderr
    print(f"run_autograder: {wall:.2f} s")

    results = json.loads((root / "results" / "results.json").read_text())
    jsonschema.validate(results, SCHEMA)
    assert set(results) == TOP_FIELDS
    assert all(set(t) == TEST_FIELDS for t in results["tests"])
    assert isinstance(results["execution_time"], (int, float)) and 0 < results["execution_time"] < wall + 1
    # the course carried in the zip was used (three exercises, not the kit's seven), and the
    # output gives only the visible tests' points (hidden tests stay hidden: test_gradescope.py)
    # what reading found (the modules in a subfolder) is said once, first
    assert [line.split(":")[0] for line in results["output"].splitlines()] == [
        "Reading your submission", "- the modules were read from exercises/", "",
        "gates", "activations", "backprop", "Visible tests", gradescope.HIDDEN_NOTE["hidden"]]  # fmt: skip
    assert results["score"] == pytest.approx(sum(t["score"] for t in results["tests"]), abs=1e-3)
    numbers = {"gates": "1.", "activations": "2.", "backprop": "3."}
    assert all(t["number"].startswith(numbers[t["name"].split(":")[0]]) for t in results["tests"])

    failed = [t for t in results["tests"] if t["status"] == "failed"]
    hidden = [t for t in results["tests"] if t["visibility"] == "hidden"]
    assert hidden and all(t["visibility"] in ("visible", "hidden") for t in results["tests"])
    (slope,) = [t for t in failed if t["visibility"] == "hidden"]
    assert slope["name"] == "activations: The derivatives stay finite for |z| around 1000." and slope["score"] == 0
    (partial,) = [t for t in failed if 0 < t["score"] < t["max_score"]]  # backprop's nine partials, 8 right
    assert partial["name"].startswith("backprop:") and "Partial credit" in partial["output"]
    assert partial["visibility"] == "visible" and "hint" in partial["output"].lower()
    assert "wrote " in done.stdout and "backprop" in done.stdout  # the instructor's log


def test_run_autograder_writes_results_even_when_the_kit_cannot_start(autograder_zip, tmp_path):
    root = gradescope_layout(autograder_zip, tmp_path / "autograder")
    done = run_autograder(root, python="/bin/false")
    assert done.returncode != 0
    results = json.loads((root / "results" / "results.json").read_text())
    jsonschema.validate(results, SCHEMA)
    assert results["score"] == 0 and "could not start" in results["output"]


def test_hidden_tests_are_after_published_by_default(graded):
    course, results = graded
    data = json.loads(gradescope.render(results[:1], course, execution_time=1.5))
    jsonschema.validate(data, SCHEMA)
    visibility = {t["visibility"] for t in data["tests"]}
    assert visibility == {"visible", "after_published"}
    assert data["execution_time"] == 1.5
    with pytest.raises(ValueError, match="exactly one submission"):
        gradescope.render(results, course)
    unreadable = SubmissionResult("bad", (ExerciseResult("gates", "Gates", 10.0, (), "not graded"),),
                                  problem="bad.zip is not a readable zip file")  # fmt: skip
    data = json.loads(gradescope.render([unreadable], course))
    jsonschema.validate(data, SCHEMA)
    assert data["score"] == 0 and data["tests"] == [] and "bad.zip is not a readable zip file" in data["output"]


def test_grade_format_gradescope_times_the_grading():
    started = time.monotonic()
    out = run("grade", SOLUTIONS, "-x", "gates", "--format", "gradescope")
    data = json.loads(out.stdout)
    jsonschema.validate(data, SCHEMA)
    assert 0 < data["execution_time"] <= time.monotonic() - started and data["score"] == 10


def test_gradescope_and_classroom_refuse_several_submissions_before_grading():
    for fmt in ("gradescope", "classroom"):
        started = time.monotonic()
        out = run("grade", SOLUTIONS, EXERCISES, "--format", fmt)
        assert out.exit_code == 2
        assert f"--format {fmt} grades one submission at a time, got 2" in out.output
        assert time.monotonic() - started < 1.0  # refused before any grading


def test_the_gradescope_table_of_course_toml_is_checked(tmp_path):
    course = small_course(tmp_path, extra='[gradescope]\nhidden_visibility = "later"\n')
    line = course.read_text().splitlines().index('hidden_visibility = "later"') + 1
    with pytest.raises(CourseError) as error:
        load_course(course)
    assert str(error.value) == (f"{course}, line {line}: [gradescope] hidden_visibility must be "
                                "'after_published' or 'hidden', got 'later'")  # fmt: skip
    course.write_text(course.read_text().replace("hidden_visibility", "visibility"))
    with pytest.raises(CourseError, match=rf"line {line}: unknown key 'visibility' in \[gradescope\]"):
        load_course(course)
    assert load_course(ROOT / "course.toml").gradescope.hidden_visibility == "after_published"


# ---- JUnit --------------------------------------------------------------------------------------


def test_junit_has_one_testcase_per_test_and_hides_hidden_inputs(graded):
    course, results = graded
    root = ET.fromstring(junit.render(results, course))
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == sum(len(e.tests) for r in results for e in r.exercises) == int(root.get("tests"))
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert set(suites) == {"alice.activations", "alice.backprop", "exercises.activations", "exercises.backprop"}
    for result in results:
        for exercise in result.exercises:
            suite = suites[f"{result.submission}.{exercise.name}"]
            assert [c.get("name") for c in suite.findall("testcase")] == [t.name for t in exercise.tests]

    alice = {c.get("name"): c for c in root.findall("./testsuite/testcase") if c.get("classname").startswith("alice.")}
    failure = alice["backprop_gradients"].find("failure")
    message = failure.get("message")  # the message's whole first paragraph, its text all of it
    assert "\n" in message and "\n\n" not in message and failure.text.startswith(message + "\n\n")
    assert "points: 5.23 of 5.88" in failure.text
    hidden = alice["derivatives_on_large_inputs"]
    assert hidden.find("failure").get("message") == "hidden test failed" and hidden.find("failure").text is None
    assert HIDDEN_INPUT not in ET.tostring(hidden, encoding="unicode")
    assert alice["sigmoid_values"].find("failure") is None and alice["sigmoid_values"].find("error") is None
    errors = root.findall("./testsuite[@name='exercises.backprop']/testcase/error")
    # a hidden check's error keeps its message to itself, as a hidden failure does
    assert errors and all("not written yet" in e.get("message") or e.get("message").startswith("hidden test")
                          for e in errors)  # fmt: skip
    statuses = [t.status for r in results for e in r.exercises for t in e.tests]
    assert int(root.get("failures")) == statuses.count("failed") == len(root.findall(".//failure"))
    assert int(root.get("errors")) == len(statuses) - statuses.count("passed") - statuses.count("failed")


def test_junit_survives_what_students_print():
    nasty = "got \x00\x1b[31mred\x1b[0m <&> \ud800?"
    test = TestResult("t", 1.0, "failed", message=nasty)
    result = SubmissionResult("zoe", (ExerciseResult("loss", "Loss", 1.0, (test,)),))
    unreadable = SubmissionResult("bad", (), problem="bad.zip is not a readable zip file")
    root = ET.fromstring(junit.render([result, unreadable], load_course(ROOT / "course.toml")))
    assert "<&>" in root.find(".//failure").get("message")
    assert root.find("./testsuite[@name='bad']/testcase/error").get("message").startswith("bad.zip")


def test_grade_junit_to_a_file_and_the_exit_codes(tmp_path):
    report = tmp_path / "reports" / "junit.xml"
    out = run("grade", SOLUTIONS, "-x", "gates", "--format", "junit", "--output", report, "--min-score", "10")
    assert out.exit_code == 0 and out.stdout == ""
    assert ET.parse(report).getroot().get("failures") == "0"
    out = run("grade", EXERCISES, "-x", "gates", "--format", "junit", "--output", report, "--min-score", "1")
    assert out.exit_code == 1 and "below --min-score" in out.output
    assert int(ET.parse(report).getroot().get("errors")) > 0  # written before exiting 1
    assert run("grade", SOLUTIONS, "--format", "nosuch").exit_code == 2
    assert run("gradescope", "build", "-x", "nosuch", "--no-wheels", "-o", tmp_path / "a.zip").exit_code == 2
    help_text = " ".join(run("grade", "--help").stdout.split())
    assert ("Exit codes: 0 graded (and every submission at or above --min-score, when given); "
            "1 a submission scored below --min-score (with --out: any student of the gradebook") in help_text
    assert "2 usage or course error (no submissions found is one); 3 the grader itself failed" in help_text
    assert "--format gradescope and --format classroom take one submission." in help_text
