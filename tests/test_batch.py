"""Can an instructor grade a whole class in parallel, kill it, resume it, and trust the gradebook?"""

import contextlib
import csv
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from kit import DOOMING_CHECK, EXERCISES, ROOT, SOLUTIONS, write_course

from autograder.batch.discover import Entry, discover, read_roster
from autograder.batch.runner import grade_batch
from autograder.batch.store import stored_results
from autograder.cli import main
from autograder.course import load_course
from autograder.grader import GraderError
from autograder.report.summary import render_summary_html
from autograder.sandbox.isolation import detect

ATTACKS = Path(__file__).parent / "attacks"
FAST = ["gates", "neuron"]  # two small exercises keep the class tests quick


def make_class(folder: Path, honest: int = 4) -> Path:
    """A class folder: correct students, the blank stubs, a bug, hostile ones, an unreadable zip."""
    klass = folder / "class"
    klass.mkdir()
    for i in range(honest):
        shutil.copytree(SOLUTIONS, klass / f"student{i:02d}")
    shutil.copytree(EXERCISES, klass / "blank")
    shutil.copytree(ROOT / "examples" / "cleo", klass / "cleo")  # prints, and a perceptron that never ends
    for attack, module in [("fork_bomb", "gates"), ("segfault", "neuron"), ("kill_parent", "neuron")]:
        shutil.copytree(SOLUTIONS, klass / attack)
        shutil.copy(ATTACKS / attack / f"{module}.py", klass / attack / f"{module}.py")
    (klass / "broken.zip").write_bytes(b"not a zip at all")
    return klass


EXPECTED_TOTALS = {"blank": 0, "broken": 0, "cleo": 10, "fork_bomb": 10, "segfault": 10, "kill_parent": 10}


def gradebook(out: Path) -> list[dict]:
    with open(out / "gradebook.csv", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    klass = make_class(folder)
    course = load_course(write_course(folder, call_timeout=2, submission_timeout=60))
    out = folder / "results"
    report = grade_batch(discover([klass]), course=course, out=out, workers=2, exercises=FAST)
    return {"folder": folder, "class": klass, "course": course, "out": out, "report": report}


def test_every_student_is_in_the_gradebook_once_with_the_right_total(graded):
    rows = {row["student"]: row for row in gradebook(graded["out"])}
    students = sorted(p.stem for p in graded["class"].iterdir())
    assert sorted(rows) == students
    for student, row in rows.items():
        assert float(row["total"]) == EXPECTED_TOTALS.get(student, 20), student
        assert row["max"] == "20"
    assert rows["broken"]["status"] == "unreadable" and rows["student00"]["status"] == "graded"
    assert rows["segfault"]["status"] == "errors" and rows["blank"]["status"] == "incomplete"


def test_each_student_gets_a_result_json_and_feedback(graded):
    out = graded["out"]
    record = json.loads((out / "student01" / "result.json").read_text())
    assert record["submission"] == "student01" and record["score"] == 20 and record["max_score"] == 20
    test = record["exercises"][0]["tests"][0]
    assert {"name", "score", "max_score", "status", "message", "hint", "hidden"} <= set(test)
    html = (out / "cleo" / "feedback.html").read_text()
    assert "<html" in html and "http://" not in html and "https://" not in html
    assert (out / "cleo" / "feedback.md").read_text().strip()
    assert (out / "summary.html").read_text().count("<html") == 1


def test_the_summary_built_as_results_arrive_is_the_one_the_result_files_give(graded):
    out = graded["out"]
    flagged = len((out / "similarity.csv").read_text().splitlines()) - 1
    rebuilt = render_summary_html(stored_results(out), isolation=detect().describe(), similar=flagged)
    assert (out / "summary.html").read_text() == rebuilt
    assert "<h2>Isolation</h2>" in rebuilt and "student code runs under " + detect().level in rebuilt
    assert f"<span>students</span><strong>{len(list(graded['class'].iterdir()))}</strong>" in rebuilt


def test_a_hostile_submission_does_not_stop_the_batch(graded):
    report = graded["report"]
    assert report.graded == len(list(graded["class"].iterdir()))
    assert {"fork_bomb", "segfault", "kill_parent", "broken", "blank"} <= set(report.failed_students)


def test_running_again_grades_nothing_and_force_regrades_only_what_is_named(graded):
    out, course, klass = graded["out"], graded["course"], graded["class"]
    before = {row["student"]: row for row in gradebook(out)}
    stale = out / "student00" / ".feedback.html.k3j9x0qz.tmp"  # what a kill during a write leaves
    stale.write_text("half a page")
    summary = (out / "summary.html").read_text()
    again = grade_batch(discover([klass]), course=course, out=out, workers=2, exercises=FAST)
    assert (again.graded, again.skipped) == (0, len(before))
    assert (out / "summary.html").read_text() == summary  # all students, read back from their results
    assert not stale.exists()
    stamp = (out / "student02" / "result.json").stat().st_mtime_ns
    other = (out / "student03" / "result.json").stat().st_mtime_ns
    one = grade_batch(discover([klass / "student02"]), course=course, out=out, workers=1, force=True, exercises=FAST)
    assert one.graded == 1
    assert (out / "student02" / "result.json").stat().st_mtime_ns != stamp
    assert (out / "student03" / "result.json").stat().st_mtime_ns == other
    assert {row["student"]: row for row in gradebook(out)} == before


def _grading_processes(marker: str) -> list[int]:
    """Processes whose command line mentions ``marker`` (workers, zygotes)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                command = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if marker in command and int(entry) != os.getpid():
                found.append(int(entry))
    return found


def _copies_of_the_solutions(folder: Path, students: int) -> Path:
    """A class of ``students`` correct submissions, s00, s01, ..."""
    klass = folder / "class"
    klass.mkdir()
    for i in range(students):
        shutil.copytree(SOLUTIONS, klass / f"s{i:02d}")
    return klass


def test_kill_9_then_the_same_command_finishes_with_each_student_once(tmp_path):
    klass = _copies_of_the_solutions(tmp_path, 24)
    out = tmp_path / "results"
    course = write_course(tmp_path, call_timeout=5)
    command = [sys.executable, "-m", "autograder.cli", "grade", str(klass), "--out", str(out), "--course", str(course),
               "--workers", "2", "-x", "gates", "-x", "loss"]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(list(out.glob("*/result.json"))) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    first = len(list(out.glob("*/result.json")))
    assert 3 <= first < 24, "the kill should land in the middle of the batch"
    time.sleep(1.0)  # workers and sandboxes die with their parent
    assert _grading_processes(str(out)) == []

    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"skipped {first} already graded" in done.stderr
    rows = gradebook(out)
    assert sorted(row["student"] for row in rows) == [f"s{i:02d}" for i in range(24)]
    assert all(row["total"] == "20" for row in rows)
    assert not list(out.glob("**/.*.tmp"))  # no half-written file left visible


def test_a_worker_killed_mid_batch_gives_its_chunks_back_and_each_student_is_graded_once(tmp_path):
    klass = _copies_of_the_solutions(tmp_path, 30)
    out = tmp_path / "results"
    course = load_course(write_course(tmp_path, call_timeout=5))
    before = set(multiprocessing.active_children())
    outcome = {}
    batch = threading.Thread(target=lambda: outcome.update(report=grade_batch(
        discover([klass]), course=course, out=out, workers=2, exercises=["gates", "neuron", "loss"])))  # fmt: skip
    batch.start()
    deadline = time.monotonic() + 120
    while len(list(out.glob("*/result.json"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    workers = [p for p in multiprocessing.active_children() if p not in before and p.is_alive()]
    assert workers, "the batch's workers should be running"
    os.kill(workers[0].pid, signal.SIGKILL)
    assert len(list(out.glob("*/result.json"))) < 30, "the kill should land in the middle of the batch"
    batch.join(timeout=300)
    assert not batch.is_alive() and outcome["report"].graded == 30
    rows = gradebook(out)
    assert sorted(row["student"] for row in rows) == [f"s{i:02d}" for i in range(30)]
    assert all(row["total"] == "30" and row["status"] == "graded" for row in rows), rows


def test_the_cli_grades_a_class_with_a_roster_and_prints_a_summary(tmp_path):
    klass = tmp_path / "class"
    klass.mkdir()
    shutil.copytree(SOLUTIONS, klass / "sub-1")
    shutil.copytree(EXERCISES, klass / "sub-2")
    roster = tmp_path / "roster.csv"
    roster.write_text("submission,student\nsub-1,alice\nsub-2,bob\n")
    out = tmp_path / "results"
    result = CliRunner().invoke(main, ["grade", str(klass), "--out", str(out), "--roster", str(roster),
                                       "--workers", "1", "-x", "gates", "--no-pictures"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "2 students graded in" in result.stdout and "gates" in result.stdout
    assert [row["student"] for row in gradebook(out)] == ["alice", "bob"]
    assert "2/2" in result.stderr


def test_discovery_reads_folders_of_submissions_and_rosters(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "gates.py").write_text("")
    (tmp_path / "b.zip").write_bytes(b"")
    (tmp_path / ".hidden").mkdir()
    assert discover([tmp_path]) == [Entry("a", tmp_path / "a"), Entry("b", tmp_path / "b.zip")]
    assert discover([tmp_path / "a", tmp_path / "a"])[1].student == "a-2"
    roster = tmp_path / "r.csv"
    roster.write_text("submission,student\na,../../etc\n")
    assert discover([tmp_path / "a"], roster=read_roster(roster))[0].student == "_.._etc"


DASK = Path(sys.executable).with_name("dask")


@contextlib.contextmanager
def dask_cluster(folder: Path, workers: int = 2, cwd: Path | None = None, wrap=()):
    """A Dask cluster of separate processes on 127.0.0.1: ``dask scheduler``, and ``dask worker``
    with ``workers`` worker processes started in ``cwd`` (a folder of their own), each command
    prefixed by ``wrap``; yields the scheduler's address once every worker has joined."""
    distributed = pytest.importorskip("distributed")
    if not DASK.exists():
        pytest.skip("no dask command next to this Python")
    cwd = cwd or folder / "workers-home"
    cwd.mkdir(parents=True, exist_ok=True)
    info = folder / "scheduler.json"
    started = []
    try:
        started.append(subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                         "--no-dashboard", "--scheduler-file", str(info)], cwd=cwd,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))  # fmt: skip
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert info.exists(), "the scheduler did not start"
        started.append(subprocess.Popen([*wrap, str(DASK), "worker", "--scheduler-file", str(info), "--nworkers",
                                         str(workers), "--nthreads", "1", "--no-dashboard", "--local-directory",
                                         str(cwd / "dask-space")], cwd=cwd,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))  # fmt: skip
        with distributed.Client(scheduler_file=str(info), timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)
            address = client.scheduler.address
        yield address
    finally:
        for process in reversed(started):
            process.terminate()
        for process in reversed(started):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_the_dask_executor_grades_relative_paths_like_the_local_one(tmp_path):
    """A real cluster (scheduler and workers in processes of their own, working in another folder)
    given the paths as the README shows them, relative to where nnkit runs: every student gets
    the score the local executor gives, and the results land in the folder named."""
    work = tmp_path / "course-work"
    klass = work / "class"
    klass.mkdir(parents=True)
    shutil.copytree(SOLUTIONS, klass / "good")
    shutil.copytree(EXERCISES, klass / "blank")
    (klass / "half").mkdir()
    shutil.copy(SOLUTIONS / "gates.py", klass / "half" / "gates.py")
    (work / "roster.csv").write_text("submission,student\ngood,ada\nblank,ben\nhalf,cy\n")
    write_course(work, call_timeout=5)
    command = [sys.executable, "-m", "autograder.cli", "grade", "class", "--out", "results", "--course",
               "course.toml", "--roster", "roster.csv", "-x", "gates", "-x", "loss", "--no-pictures"]  # fmt: skip
    with dask_cluster(tmp_path, workers=2) as address:
        done = subprocess.run([*command, "--executor", "dask", "--scheduler", address], cwd=work,
                              capture_output=True, text=True, timeout=300)  # fmt: skip
        assert done.returncode == 0, done.stderr
        again = subprocess.run([*command, "--executor", "dask", "--scheduler", address], cwd=work,
                               capture_output=True, text=True, timeout=300)  # fmt: skip
    assert again.returncode == 0 and "graded 0, skipped 3 already graded" in again.stderr, again.stderr
    rows = {row["student"]: row for row in gradebook(work / "results")}
    assert {s: (row["total"], row["status"]) for s, row in rows.items()} == {
        "ada": ("20", "graded"), "ben": ("0", "incomplete"), "cy": ("10", "incomplete")}  # fmt: skip
    assert not list((tmp_path / "workers-home").glob("**/result.json"))  # nothing scattered where workers run
    local = subprocess.run([*command[:6], "local-results", *command[7:], "--workers", "1"], cwd=work,
                           capture_output=True, text=True, timeout=300)  # fmt: skip
    assert local.returncode == 0, local.stderr
    assert gradebook(work / "results") == gradebook(work / "local-results")


def test_paths_the_dask_workers_cannot_reach_are_refused_before_any_work_is_sent(tmp_path):
    """Workers that do not share the class folder (here: a worker that sees an empty folder mounted
    over it, in a mount namespace of its own) refuse the batch up front, as a usage error."""
    if shutil.which("unshare") is None or subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "true"], capture_output=True
    ).returncode != 0:  # fmt: skip
        pytest.skip("no mount namespaces here")
    klass = _copies_of_the_solutions(tmp_path, 2)
    course = write_course(tmp_path, call_timeout=5)
    hide = ["unshare", "--mount", "--propagation", "private", "sh", "-c",
            f'mount -t tmpfs none "{klass}" && exec "$0" "$@"']  # fmt: skip
    with dask_cluster(tmp_path, workers=1, wrap=hide) as address:
        done = subprocess.run([sys.executable, "-m", "autograder.cli", "grade", str(klass), "--out",
                               str(tmp_path / "results"), "--course", str(course), "-x", "gates", "--executor",
                               "dask", "--scheduler", address], capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "cannot reach" in done.stderr and str(klass / "s00") in done.stderr and "(not found)" in done.stderr
    assert not list((tmp_path / "results").glob("*/result.json"))


def test_workers_that_cannot_start_stop_the_batch_with_an_error_instead_of_a_hang(tmp_path):
    # The course file is gone once the parent has read it: every worker, which reads it again
    # when it starts, dies before it can grade anything.
    (tmp_path / "class").mkdir()
    shutil.copytree(SOLUTIONS, tmp_path / "class" / "ann")
    course_file = write_course(tmp_path, call_timeout=5)
    course = load_course(course_file)
    course_file.unlink()
    with pytest.raises(GraderError, match="grading workers died or hung 3 times in a row before they could grade"):
        grade_batch(discover([tmp_path / "class"]), course=course, out=tmp_path / "out", workers=1,
                    exercises=["gates"])  # fmt: skip


def test_a_chunk_whose_worker_dies_twice_is_reported_and_the_rest_of_the_class_is_graded(tmp_path):
    """A check that kills the worker (a grader bug, not a student's doing: student code cannot reach
    the worker) costs its chunk two workers, then that chunk is reported as the grader's failure."""
    checks = tmp_path / "checks"
    checks.mkdir()
    (checks / "checks.ini").write_text("[pytest]\n")
    (checks / "test_gates.py").write_text(DOOMING_CHECK)
    (tmp_path / "course.toml").write_text(f'[course]\nsolutions = "{SOLUTIONS}"\nchecks = "checks"\n\n'
                                          '[[exercise]]\nmodule = "gates"\npoints = 5\n')  # fmt: skip
    klass = _copies_of_the_solutions(tmp_path, 7)
    (klass / "s03" / "gates.py").write_text((SOLUTIONS / "gates.py").read_text() + "\n# DOOMED\n")
    out = tmp_path / "results"
    report = grade_batch(discover([klass]), course=load_course(tmp_path / "course.toml"), out=out, workers=2)
    rows = {row["student"]: row for row in gradebook(out)}
    assert sorted(rows) == [f"s{i:02d}" for i in range(7)] and report.graded == 7
    lost = {student for student, row in rows.items() if row["status"] == "grader failure"}
    assert "s03" in lost and len(lost) <= 2  # its chunk: s03 and the student graded with it
    record = json.loads((out / "s03" / "result.json").read_text())
    assert "the grader's worker died while grading this submission (twice)" in record["exercises"][0]["tests"][0]["message"]
    assert all(rows[s]["total"] == "5" for s in set(rows) - lost)


def test_feedback_that_cannot_be_drawn_costs_neither_the_result_nor_the_class(tmp_path, monkeypatch):
    """A page or picture that fails for one student's odd values: the plain text feedback
    and result.json are still written, and the worker goes on."""
    import autograder.report.feedback as feedback
    from autograder.batch.student_files import write_student_files
    from autograder.grading.results import ExerciseResult, SubmissionResult, TestResult

    def broken(*args, **kwargs):
        raise ValueError("a picture that cannot be drawn")

    monkeypatch.setattr(feedback, "write_feedback", broken)
    test = TestResult(name="t", max_score=1.0, status="failed", credit=0.0, message="wrong")
    result = SubmissionResult("odd", (ExerciseResult("gates", "Gates", 1.0, (test,)),))
    record = write_student_files(result, tmp_path, pictures=True)
    assert record["submission"] == "odd" and record["score"] == 0
    assert json.loads((tmp_path / "odd" / "result.json").read_text())["submission"] == "odd"
    text = (tmp_path / "odd" / "feedback.md").read_text()
    assert "wrong" in text and "could not be made: ValueError" in text


def test_the_closing_table_reads_the_gradebook_by_column_name_and_leaves_the_missing_out(tmp_path):
    from autograder.batch.store import ResultStore
    from autograder.batch.summary_table import summary_table
    from autograder.grading.results import ExerciseResult, SubmissionResult, TestResult

    store = ResultStore(tmp_path, ["gates", "neuron"])
    for student, credit in (("ann", 1.0), ("bob", 0.5)):
        exercises = tuple(ExerciseResult(name, name.title(), 10, (TestResult("t", 10, "passed" if credit == 1 else
                                                                             "failed", credit=credit),))
                          for name in ("gates", "neuron"))  # fmt: skip
        store.save(student, SubmissionResult(student, exercises).to_dict(full=True))
    store.mark_missing("cy", 20)
    store.write_gradebook()
    lines = summary_table(tmp_path, ["gates", "neuron"]).splitlines()
    assert lines[0] == f"2 students graded in {tmp_path}"
    assert lines[2].split() == ["total", "15.00", "15.00", "0", "0", "1", "0", "1"]
    assert lines[3].split() == ["gates", "7.50", "7.50", "0", "0", "1", "0", "1"]


def test_an_exercise_named_like_a_gradebook_column_is_refused(tmp_path):
    from autograder.batch.store import ResultStore

    with pytest.raises(ValueError, match="an exercise may not be called total"):
        ResultStore(tmp_path, ["gates", "total"])
