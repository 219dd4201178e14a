"""The vectorisation check judges the CPU time the student's child used, read from outside it,
so a busy machine fails no vectorised fit, and a loop over the samples fails wherever it
hides (the child's own thread, another thread, a forked process) or is stopped (a fit that
sleeps). Real sandboxes at every isolation level that works here, real processes keeping both
cores busy; no timing threshold: only what the check decides, and the measure it says it used.
"""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kit import SOLUTIONS, grade_in_a_container, solution_files, write_course

from autograder.course import load_course
from autograder.grader import grade
from autograder.intake.submission import Submission
from autograder.sandbox.cputime import tree_seconds
from autograder.sandbox.isolation import detect

FITS = Path(__file__).parent / "timed_fits"
LEVELS = ["bubblewrap", "unshare", "none", "container", "subprocess"]
HONEST = ("honest1", "honest2", "honest3")  # the reference, three times: three chances to lose points
CHEATS = {"looping": ("looping",), "threaded": ("looping", "threaded"), "forked": ("looping", "forked"),
          "sleeping": ("sleeping",)}  # fmt: skip
HOGS = 3  # processes that spin for the whole of a loaded run, beside the grader and the children
CHECK = "fit_is_vectorised"


def _submissions() -> list[Submission]:
    subs = [Submission(name, SOLUTIONS, solution_files()) for name in HONEST]
    for name, parts in CHEATS.items():
        files = solution_files()
        files["mlp.py"] += "".join((FITS / f"{part}.py").read_text() for part in parts)
        subs.append(Submission(name, FITS, files))
    return subs


class Hogs:
    """Processes that keep every core busy until stopped."""

    def __init__(self, count: int):
        self.processes = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]

    def stop(self) -> None:
        for process in self.processes:
            process.kill()
            process.wait()


def _checks(record: dict) -> dict:
    """By check name: (status, score, max_score, message) of the mlp exercise."""
    mlp = next(e for e in record["exercises"] if e["name"] == "mlp")
    return {t["name"]: (t["status"], t["score"], t["max_score"], t["message"]) for t in mlp["tests"]}


def _grade(level: str, course_path: Path, folder: Path) -> dict:
    subs = _submissions()
    if level == "container":
        if not shutil.which("cc"):
            pytest.fail("the container case needs a C compiler (cc) to build tests/tools/nouserns.c")
        records, said = grade_in_a_container(subs, course_path, folder, "-x", "mlp")
        assert len(records) == len(subs), said
    else:
        isolation = detect(prefer=level)
        if isolation.level != level:
            pytest.fail(f"the {level} level does not work on this machine")
        results = grade(subs, course=load_course(course_path), exercises=["mlp"], isolation=isolation)
        records = {r.submission: r.to_dict() for r in results}
    return {name: _checks(record)[CHECK] for name, record in records.items()}


@pytest.fixture(scope="module", params=LEVELS)
def graded(request, tmp_path_factory):
    """Each level's run, on a quiet machine (as far as this test goes: the course's default,
    which refuses new processes) and with HOGS spinning processes (the course allowing
    processes, so that the forked fit runs and its process's CPU is what must be counted)."""
    level = request.param
    folder = tmp_path_factory.mktemp(f"vectorised-{level}")
    (folder / "quiet").mkdir()
    (folder / "loaded").mkdir()
    quiet_course = write_course(folder / "quiet", call_timeout=5)
    loaded_course = write_course(folder / "loaded", call_timeout=5, processes=4)
    quiet = _grade(level, quiet_course, folder / "quiet")
    hogs = Hogs(HOGS)
    try:
        loaded = _grade(level, loaded_course, folder / "loaded")
    finally:
        hogs.stop()
    return {"level": level, "quiet": quiet, "loaded": loaded}


@pytest.mark.parametrize("load", ["quiet", "loaded"])
def test_vectorised_fits_get_full_marks(graded, load):
    for name in HONEST:
        status, score, max_score, message = graded[load][name]
        assert (status, score) == ("passed", max_score), (graded["level"], load, name, message)


@pytest.mark.parametrize("load", ["quiet", "loaded"])
@pytest.mark.parametrize("name", ["looping", "threaded"])
def test_a_loop_over_the_samples_fails_wherever_it_runs_in_the_child(graded, load, name):
    status, score, _, message = graded[load][name]
    assert status == "failed" and score == 0, (graded["level"], load, message)
    # Judged on CPU seconds wherever the child's can be read (Linux, every level here)
    assert "CPU seconds" in message, message


def test_a_loop_hidden_in_a_forked_process_is_refused_or_counted(graded):
    status, score, _, message = graded["quiet"]["forked"]
    if graded["level"] == "subprocess":  # nothing refuses processes there: its CPU is counted
        assert (status, score) == ("failed", 0) and "CPU seconds" in message, message
    else:
        assert status == "error" and score == 0 and "PermissionError" in message, message
    status, score, _, message = graded["loaded"]["forked"]
    assert (status, score) == ("failed", 0) and "CPU seconds" in message, message


@pytest.mark.parametrize("load", ["quiet", "loaded"])
def test_a_fit_that_sleeps_is_stopped(graded, load):
    status, score, _, message = graded[load]["sleeping"]
    assert status == "failed" and score == 0, message
    # stopped at the cap twice (it used next to no CPU: the machine may have been busy), then said
    # to be slow by the wall clock, as before (sleeping is not looping, but neither is it a vectorised fit)
    assert "was still running after" in message and "and was stopped" in message, message


def test_the_cpu_of_every_thread_and_waited_process_is_read_from_outside(tmp_path):
    """What a process reports of its own CPU (threads that ended, and a process it waited
    for, included) is at most what is read from outside it afterwards."""
    done = tmp_path / "done"
    script = f"""
import os, threading, time
def spin():
    sum(range(3_000_000))
worker = threading.Thread(target=spin)
worker.start(); worker.join()
if os.fork() == 0:
    spin()
    os._exit(0)
os.wait()
own, ended = time.process_time(), os.times()
open({str(done)!r}, "w").write(repr(own + ended.children_user + ended.children_system))
time.sleep(60)
"""
    process = subprocess.Popen([sys.executable, "-c", script])
    try:
        while not done.exists() or not done.read_text():
            assert process.poll() is None
            time.sleep(0.05)
        reported = float(done.read_text())
        assert tree_seconds(process.pid) >= reported > 0
    finally:
        process.kill()
        process.wait()
    assert tree_seconds(process.pid) is None  # gone: nothing to read
    assert tree_seconds(os.getpid()) is not None
