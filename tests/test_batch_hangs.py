"""Does a batch ever wait forever? A worker that hangs (stopped, blocked, never started) is
killed and replaced like one that dies, and its chunks are given back.

Each test sets a short ``deadline`` (the seconds a worker may take over a chunk, or stay
silent while it holds one) so that it takes seconds; the assertions are about outcomes only.
"""

import json
import multiprocessing
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from kit import DOOMING_CHECK, SOLUTIONS, write_course
from test_batch import _copies_of_the_solutions, gradebook

from autograder.batch.discover import discover
from autograder.batch.runner import grade_batch
from autograder.batch.supervisor import descendants
from autograder.course import load_course

DEADLINE = 6.0  # seconds; a worker starts in one or two


def _running(pid: int) -> bool:
    """The process exists and is not a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return False
    return stat[stat.rfind(b")") + 2 :].split()[0] != b"Z"


def _course_with_a_gates_check(folder: Path, check: str) -> Path:
    """A course of one exercise, gates (5 points), graded by ``check`` alone."""
    checks = folder / "checks"
    checks.mkdir()
    (checks / "checks.ini").write_text("[pytest]\n")
    (checks / "test_gates.py").write_text(check)
    course = folder / "course.toml"
    course.write_text(f'[course]\nsolutions = "{SOLUTIONS}"\nchecks = "checks"\n\n'
                      '[[exercise]]\nmodule = "gates"\npoints = 5\n')  # fmt: skip
    return course


def test_a_worker_stopped_mid_batch_is_killed_and_replaced_and_each_student_is_graded_once(tmp_path):
    klass = _copies_of_the_solutions(tmp_path, 30)
    out = tmp_path / "results"
    course = load_course(write_course(tmp_path, call_timeout=5))
    before = set(multiprocessing.active_children())
    outcome = {}
    batch = threading.Thread(target=lambda: outcome.update(report=grade_batch(
        discover([klass]), course=course, out=out, workers=2, exercises=["gates", "neuron", "loss"],
        deadline=DEADLINE)))  # fmt: skip
    batch.start()
    deadline = time.monotonic() + 120
    while len(list(out.glob("*/result.json"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    workers = [p for p in multiprocessing.active_children() if p not in before and p.is_alive()]
    assert workers, "the batch's workers should be running"
    stopped = workers[0]
    started_by_it = descendants(stopped.pid)  # its sandboxes' zygotes
    os.kill(stopped.pid, signal.SIGSTOP)
    assert len(list(out.glob("*/result.json"))) < 30, "the stop should land in the middle of the batch"
    batch.join(timeout=300)
    assert not batch.is_alive(), "the batch waited for the stopped worker"
    assert outcome["report"].graded == 30
    rows = gradebook(out)
    assert sorted(row["student"] for row in rows) == [f"s{i:02d}" for i in range(30)]
    assert all(row["total"] == "30" and row["status"] == "graded" for row in rows), rows
    assert not stopped.is_alive()
    assert started_by_it and not [pid for pid in started_by_it if _running(pid)]


HANGING_CHECK = '''
import time

EXERCISE = "gates"


def test_xor(student):
    """xor(0, 1) is 1; a submission marked STUCK makes this check hang the grader's own worker."""
    if "STUCK" in student.session.files.get("gates.py", ""):
        time.sleep(3600)
    assert student.call("xor", 0, 1) == 1
'''


def test_a_chunk_whose_worker_hangs_twice_is_the_graders_failure_and_the_rest_is_graded(tmp_path):
    course = load_course(_course_with_a_gates_check(tmp_path, HANGING_CHECK))
    klass = _copies_of_the_solutions(tmp_path, 7)
    (klass / "s03" / "gates.py").write_text((SOLUTIONS / "gates.py").read_text() + "\n# STUCK\n")
    out = tmp_path / "results"
    report = grade_batch(discover([klass]), course=course, out=out, workers=2, deadline=DEADLINE)
    rows = {row["student"]: row for row in gradebook(out)}
    assert sorted(rows) == [f"s{i:02d}" for i in range(7)] and report.graded == 7
    lost = {student for student, row in rows.items() if row["status"] == "grader failure"}
    assert "s03" in lost and len(lost) <= 2  # its chunk: s03 and the student graded with it
    assert all(rows[s]["total"] == "5" for s in set(rows) - lost)
    exercise = json.loads((out / "s03" / "result.json").read_text())["exercises"][0]
    said = "the grader's worker stopped answering while grading this submission (twice)"
    assert said in exercise["tests"][0]["message"] and said in exercise["problem"]
    assert "the grader's failure, not the submission's" in exercise["problem"]


STARTLESS_CHECK = '''
import time

EXERCISE = "gates"
time.sleep(3600)  # collecting this module never ends: a worker that never gets going


def test_xor(student):
    """xor(0, 1) is 1."""
    assert student.call("xor", 0, 1) == 1
'''


def test_workers_that_never_finish_starting_stop_the_batch_with_an_error(tmp_path):
    course = load_course(_course_with_a_gates_check(tmp_path, STARTLESS_CHECK))
    klass = _copies_of_the_solutions(tmp_path, 3)
    with pytest.raises(RuntimeError, match="grading workers died or hung 3 times in a row before they could grade"):
        grade_batch(discover([klass]), course=course, out=tmp_path / "results", workers=2, deadline=DEADLINE)


def test_a_dask_task_that_keeps_killing_its_workers_is_the_graders_failure(tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed")
    import dask

    from autograder.batch import runner

    monkeypatch.setattr(runner, "DASK_CHUNK", 2)
    course = load_course(_course_with_a_gates_check(tmp_path, DOOMING_CHECK))
    klass = _copies_of_the_solutions(tmp_path, 5)
    (klass / "s02" / "gates.py").write_text((SOLUTIONS / "gates.py").read_text() + "\n# DOOMED\n")
    out = tmp_path / "results"
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        report = grade_batch(discover([klass]), course=course, out=out, executor="dask",
                             scheduler=cluster.scheduler_address)  # fmt: skip
    rows = {row["student"]: row for row in gradebook(out)}
    assert sorted(rows) == [f"s{i:02d}" for i in range(5)] and report.graded == 5
    assert {s for s, row in rows.items() if row["status"] == "grader failure"} == {"s02", "s03"}  # the chunk of s02
    assert all(rows[s]["total"] == "5" for s in ("s00", "s01", "s04"))
    exercise = json.loads((out / "s02" / "result.json").read_text())["exercises"][0]
    assert "the grader's Dask workers died while grading this submission" in exercise["problem"]


def test_an_unreachable_dask_scheduler_is_an_error_not_a_traceback(tmp_path):
    pytest.importorskip("distributed")
    import socket

    import dask

    klass = _copies_of_the_solutions(tmp_path, 1)
    course = load_course(write_course(tmp_path))
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{unused.getsockname()[1]}"  # nobody listens there
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        with pytest.raises(RuntimeError, match=f"could not reach the Dask scheduler at {address}"):
            grade_batch(discover([klass]), course=course, out=tmp_path / "results", executor="dask",
                        scheduler=address, exercises=["gates"])  # fmt: skip


def test_a_hung_dask_task_stops_the_batch_with_an_error_and_the_rest_is_graded(tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed")

    from autograder.batch import runner

    monkeypatch.setattr(runner, "DASK_CHUNK", 2)
    course = load_course(_course_with_a_gates_check(tmp_path, HANGING_CHECK))
    klass = _copies_of_the_solutions(tmp_path, 5)
    (klass / "s02" / "gates.py").write_text((SOLUTIONS / "gates.py").read_text() + "\n# STUCK\n")
    out = tmp_path / "results"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:  # fmt: skip
        with pytest.raises(RuntimeError, match="no Dask task finished in"):
            grade_batch(discover([klass]), course=course, out=out, executor="dask",
                        scheduler=cluster.scheduler_address, deadline=DEADLINE)  # fmt: skip
    graded = sorted(path.parent.name for path in out.glob("*/result.json"))
    assert graded == ["s00", "s01", "s04"]  # all but the stuck chunk, which a new run grades
