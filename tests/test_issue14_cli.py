"""Issue 14: what instructors and CI read must be true.

Exit codes (3 for the grader's own failure, 2 for nothing to grade), a roster's missing
students, --min-score over a resumed batch, a changed submission regraded on resume, totals
that add up exactly in every format, and what summary.html, the gradebook and JUnit say.
"""

import csv
import json
import re
import shutil
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from kit import DOOMING_CHECK, EXERCISES, ROOT, SOLUTIONS, write_course

from autograder import cli, grader
from autograder.batch.discover import discover
from autograder.batch.runner import grade_batch
from autograder.batch.store import ResultStore, status_of
from autograder.course import load_course
from autograder.grading.results import ExerciseResult, SubmissionResult, TestResult, split_points, to_cents
from autograder.report import classroom, gradescope, junit, text
from autograder.sandbox.host import SandboxError

GATES = ["-x", "gates", "--no-pictures"]


def run(*args):
    return CliRunner().invoke(cli.main, [str(a) for a in args], catch_exceptions=False)


def gradebook(out: Path) -> dict[str, dict]:
    with open(out / "gradebook.csv", newline="") as fh:
        return {row["student"]: row for row in csv.DictReader(fh)}


def small_class(folder: Path) -> Path:
    """ada (right), ben (the blank stubs), cy (a gates.py that crashes)."""
    klass = folder / "class"
    klass.mkdir()
    shutil.copytree(SOLUTIONS, klass / "ada")
    shutil.copytree(EXERCISES, klass / "ben")
    (klass / "cy").mkdir()
    (klass / "cy" / "gates.py").write_text("def threshold(z):\n    return 1 / 0\n")
    return klass


# ---- exit codes -----------------------------------------------------------------------------------


def test_the_help_documents_exit_code_3_for_the_graders_own_failure():
    help_text = " ".join(run("grade", "-h").stdout.split())
    assert "2 usage or course error (no submissions found is one); 3 the grader itself failed" in help_text
    assert "which wins over 1" in help_text


@pytest.mark.parametrize("extra", [[], ["--min-score", "1"], ["--out", "results", "--min-score", "1"]])
def test_an_empty_folder_is_a_usage_error(tmp_path, extra, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    out = run("grade", "empty", *extra)
    assert out.exit_code == 2, out.output
    assert "no submissions found in empty" in out.output
    assert not (tmp_path / "results" / "gradebook.csv").exists()


def test_the_dask_executor_without_a_results_folder_is_a_usage_error():
    out = run("grade", SOLUTIONS, "--executor", "dask", "--scheduler", "tcp://127.0.0.1:1")
    assert out.exit_code == 2 and "needs --out" in out.output


def test_a_sandbox_that_cannot_start_is_the_graders_failure(monkeypatch):
    def broken(*args, **kwargs):
        raise SandboxError("the sandbox's zygote could not be started, or stopped answering")

    monkeypatch.setattr(grader, "grade_paths", broken)  # the command imports the grader when it grades
    out = run("grade", SOLUTIONS, "-x", "gates", "--min-score", "5")
    assert out.exit_code == 3 and "the grader failed: the sandbox's zygote could not be started" in out.output


def test_submissions_lost_by_dying_workers_exit_3_after_the_gradebook_is_written(tmp_path):
    checks = tmp_path / "checks"
    checks.mkdir()
    (checks / "checks.ini").write_text("[pytest]\n")
    (checks / "test_gates.py").write_text(DOOMING_CHECK)
    course = tmp_path / "course.toml"
    course.write_text(f'[course]\nsolutions = "{SOLUTIONS}"\nchecks = "checks"\n\n[[exercise]]\nmodule = "gates"\npoints = 5\n')
    klass = tmp_path / "class"
    for name in ("ann", "bob", "cy", "dan"):
        shutil.copytree(SOLUTIONS, klass / name)
    (klass / "ann" / "gates.py").write_text((SOLUTIONS / "gates.py").read_text() + "\n# DOOMED\n")
    out = run("grade", klass, "--course", course, "--out", tmp_path / "results", "--workers", 1, "--min-score", 1,
              "--no-pictures")  # fmt: skip
    assert out.exit_code == 3, out.output
    rows = gradebook(tmp_path / "results")
    assert rows["ann"]["status"] == "grader failure" and rows["dan"]["status"] == "graded"
    assert "the grader failed on" in out.stderr and "ann" in out.stderr.split("the grader failed on")[1]
    assert "ann scored 0, below --min-score 1" in out.stderr  # named even when the exit code is 3
    record = json.loads((tmp_path / "results" / "ann" / "result.json").read_text())
    assert "the grader's worker died" in record["grader_failure"] and "fingerprint" not in record


# ---- the roster, --min-score on resume ---------------------------------------------------------------


def test_a_roster_entry_without_a_submission_is_reported_and_listed_as_missing(tmp_path):
    klass = small_class(tmp_path)
    roster = tmp_path / "roster.csv"
    roster.write_text("submission,student\nada,ada\nben,ben\ncy,cy\ndee-sub,dee\n")
    out = run("grade", klass, "--out", tmp_path / "results", "--roster", roster, "--workers", 1, *GATES)
    assert out.exit_code == 0, out.output
    assert "nnkit: dee is on the roster but has no submission" in out.stderr
    rows = gradebook(tmp_path / "results")
    assert rows["dee"]["total"] == "0" and rows["dee"]["status"] == "missing" and rows["dee"]["max"] == "10"
    assert not (tmp_path / "results" / "dee").exists()
    summary = (tmp_path / "results" / "summary.html").read_text()
    assert "<td>dee</td>" in summary and "no submission was found" in summary
    table = run("grade", klass, "--roster", roster, "-x", "gates")  # without --out: said on stderr
    assert "nnkit: dee is on the roster but has no submission" in table.stderr


def test_min_score_counts_every_student_of_the_gradebook_on_resume_and_names_them(tmp_path):
    klass = small_class(tmp_path)
    args = ["grade", klass, "--out", tmp_path / "results", "--workers", 1, "--min-score", 5, *GATES]
    first = run(*args)
    assert first.exit_code == 1
    assert "ben scored 0, below --min-score 5" in first.stderr and "cy scored 0, below --min-score 5" in first.stderr
    assert "ada scored" not in first.stderr
    again = run(*args)  # nothing to grade: the stored students still count
    assert "graded 0, skipped 3 already graded" in again.stderr
    assert again.exit_code == 1
    assert "ben scored 0, below --min-score 5" in again.stderr and "cy scored 0, below" in again.stderr
    assert run("grade", klass / "ada", "--out", tmp_path / "results", "--min-score", 5, *GATES).exit_code == 1
    records = run(*args, "--format", "json")  # the stored students' records too, so CI reads every one
    assert sorted(json.loads(line)["submission"] for line in records.stdout.splitlines()) == ["ada", "ben", "cy"]
    assert run("grade", klass, "--out", tmp_path / "results", "--min-score", 0, *GATES).exit_code == 0


# ---- resume by content -----------------------------------------------------------------------------


def test_a_submission_changed_since_it_was_graded_is_regraded_on_resume(tmp_path):
    klass = small_class(tmp_path)
    out = tmp_path / "results"
    course = load_course(write_course(tmp_path, call_timeout=5))
    first = grade_batch(discover([klass]), course=course, out=out, workers=1, exercises=["gates"], pictures=False)
    assert first.graded == 3
    stamps = {s: (out / s / "result.json").stat().st_mtime_ns for s in ("ada", "ben", "cy")}
    assert json.loads((out / "ben" / "result.json").read_text())["fingerprint"].startswith("sha256:")
    shutil.copy(SOLUTIONS / "gates.py", klass / "ben" / "gates.py")  # ben finishes his work
    again = grade_batch(discover([klass]), course=course, out=out, workers=1, exercises=["gates"], pictures=False)
    assert (again.graded, again.skipped) == (1, 2)
    assert (out / "ada" / "result.json").stat().st_mtime_ns == stamps["ada"]
    assert (out / "cy" / "result.json").stat().st_mtime_ns == stamps["cy"]
    rows = gradebook(out)
    assert (rows["ben"]["total"], rows["ben"]["status"]) == ("10", "graded")
    assert (rows["ada"]["total"], rows["cy"]["total"]) == ("10", "0")
    forced = grade_batch(discover([klass / "cy"]), course=course, out=out, workers=1, exercises=["gates"],
                         pictures=False, force=True)  # fmt: skip
    assert (forced.graded, forced.skipped) == (1, 0)


# ---- totals -----------------------------------------------------------------------------------------


def _awkward_result(passing) -> SubmissionResult:
    """10 points over 7 tests, 15 over 3, 75 over 7 weighted 1 to 5; ``passing(i)``: the i-th
    test's credit (1 passes)."""
    exercises, i = [], 0
    for name, points, weights in [("gates", 10, [1] * 7), ("activations", 15, [1, 1, 1]),
                                  ("mlp", 75, [1, 2, 3, 4, 5, 1, 2])]:  # fmt: skip
        tests = []
        for share in split_points(points, weights):
            credit = passing(i)
            status = "passed" if credit == 1 else ("failed" if credit else "error")
            tests.append(TestResult(f"t{i}", share, status, credit=credit, message="wrong\n\nmore"))
            i += 1
        exercises.append(ExerciseResult(name, name.title(), points, tuple(tests)))
    return SubmissionResult("zoe", tuple(exercises))


def _cents(text) -> int:
    return to_cents(Decimal(str(text)))


@pytest.mark.parametrize("passing", [lambda i: 1, lambda i: [1, 0.5, 0, 1 / 3, 0.9][i % 5]], ids=["perfect", "partial"])
def test_totals_add_up_exactly_in_every_format(passing, tmp_path, course):
    result = _awkward_result(passing)
    tests = {e.name: [t.cents for t in e.tests] for e in result.exercises}
    exercise_cents = {e.name: sum(tests[e.name]) for e in result.exercises}
    total = sum(exercise_cents.values())
    if passing(1) == 1:
        assert total == 10000 and result.score == 100.0

    record = json.loads(text.json_lines([result]), parse_float=Decimal)  # JSON
    assert _cents(record["score"]) == total
    assert {e["name"]: _cents(e["score"]) for e in record["exercises"]} == exercise_cents
    assert {e["name"]: [_cents(t["score"]) for t in e["tests"]] for e in record["exercises"]} == tests

    store = ResultStore(tmp_path, ["gates", "activations", "mlp"])  # the gradebook
    store.save("zoe", result.to_dict(full=True))
    store.write_gradebook()
    row = gradebook(tmp_path)["zoe"]
    assert _cents(row["total"]) == total and row["max"] == "100"
    assert {name: _cents(row[name]) for name in exercise_cents} == exercise_cents

    root = ET.fromstring(junit.render([result], course))  # JUnit
    for suite in root.findall("testsuite"):
        props = {p.get("name"): p.get("value") for p in suite.find("properties")}
        name = suite.get("name").split(".")[1]
        assert _cents(props["score"]) == exercise_cents[name]
        assert [_cents(props[f"{t}.score"]) for t in (c.get("name") for c in suite.findall("testcase"))] == tests[name]

    table = text.table([result])  # the table: two decimals at most
    assert f"total {_two(total)} / 100" in " ".join(table.split())
    for line in table.splitlines()[1:-1]:
        for number in re.findall(r"\d+\.\d+", line):
            assert len(number.split(".")[1]) <= 2

    scope = gradescope.results_json(result, course)  # Gradescope and Classroom read the same numbers
    assert _cents(scope["score"]) == total == sum(_cents(t["score"]) for t in scope["tests"])
    room = classroom.result_object(result)
    assert sum(_cents(t["score"]) for t in room["tests"]) == total and _cents(room["max_score"]) == 10000


def _two(cents: int) -> str:
    return f"{cents / 100:.2f}".rstrip("0").rstrip(".")


# ---- reports ----------------------------------------------------------------------------------------


def test_the_gradebook_tells_unfinished_stubs_from_crashing_code(tmp_path):
    klass = small_class(tmp_path)
    (klass / "broken.zip").write_bytes(b"not a zip")
    out = tmp_path / "results"
    run("grade", klass, "--out", out, "--workers", 1, *GATES)
    rows = gradebook(out)
    assert {s: r["status"] for s, r in rows.items()} == {
        "ada": "graded", "ben": "incomplete", "cy": "errors", "broken": "unreadable"}  # fmt: skip
    missing_module = {"exercises": [{"tests": [{"status": "error", "message": "your submission has no gates.py, so this "
                                                "could not be graded"}]}]}  # fmt: skip
    assert status_of(missing_module) == "incomplete"
    timeout = {"exercises": [{"tests": [{"status": "timeout", "message": "too slow"},
                                        {"status": "error", "message": "f is not written yet (it still raises "
                                         "NotImplementedError)"}]}]}  # fmt: skip
    assert status_of(timeout) == "errors"


def test_the_summary_lists_every_student_with_a_link_to_their_feedback_and_says_what_could_not_be_read(tmp_path):
    klass = small_class(tmp_path)
    (klass / "<i>broken.zip").write_bytes(b"not a zip")  # a name of the student's choosing, shown as text
    out = tmp_path / "results"
    assert run("grade", klass, "--out", out, "--workers", 1, *GATES).exit_code == 0
    page = (out / "summary.html").read_text()
    for student in ("ada", "ben", "cy"):
        assert f'<a href="{student}/feedback.html">{student}</a>' in page
        assert (out / student / "feedback.html").is_file()
    assert '<a href="ada/feedback.html">ada</a></td><td class="num">10 of 10</td><td>graded</td>' in page
    assert '<a href="ben/feedback.html">ben</a></td><td class="num">0 of 10</td><td>incomplete</td>' in page
    assert "<h2>Could not be read</h2>" in page
    assert "<strong>_i_broken</strong>: &lt;i&gt;broken.zip is not a readable zip file" in page
    assert "<i>" not in page


def test_junit_carries_points_time_and_the_whole_first_paragraph(course):
    message = "gates(x) with x = [1, 2]\nexpected 1, got 0\n  at [0]\n\nThe largest error is 1."
    tests = (TestResult("t", 1.43, "failed", credit=0.5, message=message, seconds=0.25),
             TestResult("u", 1.43, "passed", seconds=0.125),
             TestResult("h", 1.42, "failed", message="secret inputs", hidden=True))  # fmt: skip
    result = SubmissionResult("zoe", (ExerciseResult("gates", "Gates", 4.28, tests),))
    root = ET.fromstring(junit.render([result], course))
    case = root.find("./testsuite/testcase[@name='t']")
    failure = case.find("failure")
    assert failure.get("message") == "gates(x) with x = [1, 2]\nexpected 1, got 0\n  at [0]"
    assert "The largest error is 1." in failure.text and "points: 0.72 of 1.43" in failure.text
    assert case.get("time") == "0.250" and root.find("./testsuite").get("time") == "0.375"
    assert root.get("time") == "0.375"
    props = {p.get("name"): p.get("value") for p in root.find("./testsuite/properties")}
    assert props == {"score": "2.15", "max_score": "4.28", "t.score": "0.72", "t.max_score": "1.43",
                     "u.score": "1.43", "u.max_score": "1.43", "h.score": "0", "h.max_score": "1.42"}  # fmt: skip
    assert "secret" not in ET.tostring(root, encoding="unicode")
    _junit_10_shape(root)


# What Jenkins' JUnit schema (junit-10.xsd, of its xunit plugin) allows where: elements and attributes.
JUNIT_10 = {
    "testsuites": ({"testsuite"}, {"name", "time", "tests", "failures", "errors"}),
    "testsuite": ({"testsuite", "properties", "testcase", "system-out", "system-err"},
                  {"name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp", "hostname", "id",
                   "package", "file", "log", "url"}),  # fmt: skip
    "properties": ({"property"}, set()),
    "property": (set(), {"name", "value"}),
    "testcase": ({"skipped", "error", "failure", "system-out", "system-err"}, {"name", "time", "classname", "group"}),
    "failure": (set(), {"type", "message"}),
    "error": (set(), {"type", "message"}),
}
REQUIRED = {"testsuite": {"name", "tests", "failures", "errors"}, "testcase": {"name"}, "property": {"name", "value"}}
SUREFIRE_TIME = re.compile(r"(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]*)?")


def _junit_10_shape(element: ET.Element) -> None:
    children, attributes = JUNIT_10[element.tag]
    assert set(element.attrib) <= attributes, (element.tag, element.attrib)
    assert REQUIRED.get(element.tag, set()) <= set(element.attrib), element.tag
    if element.tag in ("testsuites", "testsuite") and "time" in element.attrib:
        assert SUREFIRE_TIME.fullmatch(element.get("time"))
    for child in element:
        assert child.tag in children, (element.tag, child.tag)
        _junit_10_shape(child)


def test_a_real_grading_in_junit_has_the_shape_jenkins_reads(course):
    result = grader.grade_paths([SOLUTIONS, EXERCISES], course=course, exercises=["gates"])
    root = ET.fromstring(junit.render(result, course))
    _junit_10_shape(root)
    times = [float(case.get("time")) for case in root.iter("testcase")]
    assert all(t >= 0 for t in times) and float(root.get("time")) == pytest.approx(sum(times), abs=0.01)
    assert float(root.get("time")) > 0
    props = {p.get("name"): p.get("value") for p in root.find("./testsuite[@name='solutions.gates']/properties")}
    assert props["score"] == "10" and sum(_cents(v) for k, v in props.items() if k.endswith(".score")) == 1000
