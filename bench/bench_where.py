"""Where one worker's time goes, per submission, and its ratio to the floor. Prints figures.

    python bench/bench_where.py [--students N] [--pictures]

Grades the class of bench_class.py (same mix) in this process, as one batch worker
does (``grade_chunk`` with a warm sandbox: the checks collected and the zygote
started before the clock starts), and splits the wall time per submission into:

- the grader's CPU, and within it the checks' own work (references, comparisons,
  hints: the time spent in the check functions less their exchanges with the
  child), the exchanges (the wire, on the grader's side), lexing the sources for
  the similarity report, writing the feedback and result.json, and the rest
  (reading the submission, pytest's loop, assembling the result);
- the children's CPU (the student's code, with the walls, the imports and the wire
  on their side), from the zygote, which collects it as it reaps them;
- the zygote's own CPU (forks, reaps, clean-up);
- waits: what is left, time in which none of these ran here.

The floor is the CPU the checks and the student's code need: the checks' own work
plus the children's CPU. Since the children's CPU includes their walls and wire, the
floor is generous and the ratio flatters; one worker's cost per submission is its wall
time, and the ratio printed is wall / floor.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from autograder import plugin  # noqa: E402
from autograder.batch import chunks  # noqa: E402
from autograder.batch.discover import discover  # noqa: E402
from autograder.course import load_course  # noqa: E402
from autograder.sandbox import session  # noqa: E402
from autograder.sandbox.host import Sandbox  # noqa: E402
from bench_class import make_class  # noqa: E402

CPU = defaultdict(float)  # what the probes measured: grader CPU seconds, by part


def probe(owner, name: str, part: str) -> None:
    """Count the grader's CPU inside ``owner.name`` under ``part`` (outermost calls only)."""
    original = getattr(owner, name)
    depth = [0]

    def timed(*args, **kwargs):
        depth[0] += 1
        started = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            depth[0] -= 1
            if depth[0] == 0:
                CPU[part] += time.process_time() - started

    setattr(owner, name, timed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--pictures", action="store_true", help="draw the feedback pictures too")
    args = parser.parse_args()
    course = load_course(ROOT / "course.toml")
    probe(plugin.GradingPlugin, "_run", "checks")
    probe(session.Session, "_exchange", "exchanges")
    probe(chunks, "keep_sources", "lexing the sources (similarity)")
    probe(chunks, "write_student_files", "feedback and result.json")
    with tempfile.TemporaryDirectory() as folder, Sandbox(course.limits) as sandbox:
        entries = discover([make_class(Path(folder), args.students)])
        out = Path(folder) / "results"
        chunks.grade_chunk(course, entries[:1], out=out, pictures=args.pictures, sandbox=sandbox)  # warm
        CPU.clear()
        before, cpu_before, started = sandbox.usage(), time.process_time(), time.perf_counter()
        chunks.grade_chunk(course, entries[1:], out=out, pictures=args.pictures, sandbox=sandbox)
        wall, grader = time.perf_counter() - started, time.process_time() - cpu_before
        after = sandbox.usage()
    n = len(entries) - 1
    children = after.children_seconds - before.children_seconds
    zygote = after.zygote_seconds - before.zygote_seconds
    own_checks = CPU["checks"] - CPU["exchanges"]
    parts = {
        "grader CPU": grader,
        "  the checks' own work": own_checks,
        "  exchanges with the child (grader's side)": CPU["exchanges"],
        "  lexing the sources (similarity)": CPU["lexing the sources (similarity)"],
        "  feedback and result.json": CPU["feedback and result.json"],
        "  the rest (reading, pytest's loop, results)": grader - CPU["checks"] - CPU["lexing the sources (similarity)"]
        - CPU["feedback and result.json"],
        f"children CPU ({after.children - before.children} children)": children,
        "zygote CPU": zygote,
        "waits": wall - grader - children - zygote,
    }
    floor = own_checks + children
    print(f"{n} submissions (bench_class.py's mix), one worker in this process, pictures "
          f"{'on' if args.pictures else 'off'}, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  {'wall, per submission':<46} {wall / n * 1e3:7.1f} ms")
    for name, seconds in parts.items():
        print(f"  {name:<46} {seconds / n * 1e3:7.1f} ms")
    print(f"  {'floor: the checks own work + children CPU':<46} {floor / n * 1e3:7.1f} ms")
    print(f"  cost per submission per worker / floor: {wall / floor:.2f}")


if __name__ == "__main__":
    main()
