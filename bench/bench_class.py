"""Class-scale grading: submissions per second and the parent's peak memory. Prints figures.

    python bench/bench_class.py [--students N] [--pictures]

Generates N submissions in a temporary folder, a mix of correct ones, single-bug
ones from the test corpus, the blank stubs, and hostile ones from the attack
suite that fail fast (patched NumPy, lying arrays, exits, crashes, fork bombs,
floods of output; endless loops are left out: they cost their time limit by
design). Grades the class with `grade --out` logic, with 1, 2, ... workers up to
the cores it finds, and prints the rate over the whole batch, the rate once
results flow (from the first result to the last: the start-up of workers,
sandboxes and pytest left out), what a submission costs per worker (workers x
seconds / submissions, the figure to set against bench_where.py's floor), and the
parent's peak resident memory (which must stay flat as N grows: the parent keeps
one gradebook row per student).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from autograder.batch.discover import discover  # noqa: E402
from autograder.batch.runner import grade_batch  # noqa: E402
from autograder.course import load_course  # noqa: E402
from corpus.mutations import BUGS, submission  # noqa: E402

FAST_ATTACKS = ["patch_numpy", "lying_array", "lying_float", "exit_in_call", "segfault", "kill_parent",
                "fork_bomb", "output_flood", "stack_peek"]  # fmt: skip


def make_class(folder: Path, students: int) -> Path:
    klass = folder / "class"
    klass.mkdir()
    solutions = ROOT / "solutions"
    for i in range(students):
        target = klass / f"student{i:04d}"
        kind = i % 10
        if kind < 5:  # half correct
            shutil.copytree(solutions, target)
        elif kind < 8:  # three in ten with one bug
            target.mkdir()
            for name, text in submission(BUGS[i % len(BUGS)]).files.items():
                (target / name).write_text(text)
        elif kind == 8:  # the blank stubs
            shutil.copytree(ROOT / "exercises", target)
        else:  # hostile
            attack = FAST_ATTACKS[(i // 10) % len(FAST_ATTACKS)]
            shutil.copytree(solutions, target)
            for path in (ROOT / "tests" / "attacks" / attack).glob("*.py"):
                shutil.copy(path, target / path.name)
    return klass


def peak_rss_mb() -> float:
    """This process's peak resident memory (the batch parent), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(klass: Path, workers: int, pictures: bool) -> tuple[float, int, float, float]:
    """Seconds for the whole batch, how many were graded, when the first result came
    and the rate from the first result to the last (the start-up left out)."""
    course = load_course(ROOT / "course.toml")
    entries = discover([klass])
    arrivals = []
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        report = grade_batch(entries, course=course, out=Path(out), workers=workers, pictures=pictures,
                             on_result=lambda result: arrivals.append(time.perf_counter() - started))  # fmt: skip
        seconds = time.perf_counter() - started
    steady = (len(arrivals) - 1) / (arrivals[-1] - arrivals[0]) if len(arrivals) > 1 else 0.0
    return seconds, report.graded, arrivals[0] if arrivals else seconds, steady


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=60)
    parser.add_argument("--pictures", action="store_true", help="draw the feedback pictures too")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as folder:
        klass = make_class(Path(folder), args.students)
        print(f"{args.students} submissions (5 in 10 correct, 3 buggy, 1 blank, 1 hostile), "
              f"pictures {'on' if args.pictures else 'off'}, {cores} cores")  # fmt: skip
        for workers in range(1, cores + 1):
            seconds, graded, first, steady = run(klass, workers, args.pictures)
            print(f"  {workers} worker(s): {graded} graded in {seconds:6.1f} s = {graded / seconds:5.2f} submissions/s "
                  f"(first result after {first:.1f} s, then {steady:5.2f}/s); "
                  f"{workers * seconds / graded * 1e3:.0f} ms per submission per worker")  # fmt: skip
        print(f"  batch parent's peak resident memory: {peak_rss_mb():.0f} MiB; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
