"""How the kit's own tests grade a corpus: one process, or a process per CPU. Prints figures.

    python bench/bench_suite.py [--every K] [--parts N]

Grading the corpora is most of ``make test``'s time. Within one ``grade()`` the grader and the
student's child take turns, so one grading keeps about one core busy; ``kit.grade_in_parts`` deals
the submissions to a process per CPU. This grades every K-th corpus case (default 10) once in one
process and once in N (default: the CPUs this process may use), and prints the wall time of each,
how busy the whole machine was meanwhile (from /proc/stat, where there is one) and the ratio.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from corpus.every_case import EVERY_CASE  # noqa: E402
from corpus.mutations import submission  # noqa: E402
from kit import COURSE, grade_in_parts  # noqa: E402


def _busy() -> tuple[int, int] | None:
    """(busy ticks, all ticks) of the whole machine so far, or None without /proc/stat."""
    try:
        with open("/proc/stat") as stat:
            ticks = [int(v) for v in stat.readline().split()[1:]]
    except OSError:
        return None
    return sum(ticks) - ticks[3] - ticks[4], sum(ticks)  # idle and iowait are not busy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=10, help="grade every K-th corpus case (default 10)")
    parser.add_argument("--parts", type=int, default=0, help="processes for the split run (default: the CPUs)")
    args = parser.parse_args()
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    parts = args.parts or cpus
    submissions = [submission(case) for case in EVERY_CASE[:: max(1, args.every)]]
    print(f"{len(submissions)} corpus submissions, {cpus} CPUs, load average {os.getloadavg()[0]:.1f}")
    walls = {}
    for n in (1, parts):
        before, start = _busy(), time.perf_counter()
        grade_in_parts(submissions, course=COURSE, parts=n)
        walls[n] = time.perf_counter() - start
        after = _busy()
        busy = f", machine {100 * (after[0] - before[0]) / max(1, after[1] - before[1]):.0f} % busy" if before and after else ""
        print(f"  {n} process(es): {walls[n]:6.1f} s wall{busy}", flush=True)
    print(f"  ratio 1 / {parts}: {walls[1] / walls[parts]:.2f}")


if __name__ == "__main__":
    main()
