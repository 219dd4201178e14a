"""What the walls around student code cost, per isolation level. Prints figures only.

    python bench/bench_sandbox.py [--submissions N]

For each level that works here (bubblewrap, unshare, none): the zygote's start
(interpreter, NumPy, the sandbox itself) and the cost of one submission's child:
fork, seccomp, loading and importing a module, one call, and the kill and clean-up.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from autograder.sandbox.host import Limits, Sandbox, Session  # noqa: E402
from autograder.sandbox.isolation import detect  # noqa: E402


def measure(level: str, submissions: int) -> dict | None:
    isolation = detect(prefer=level)
    if isolation.level != level:
        return None
    files = {"gates.py": (ROOT / "solutions" / "gates.py").read_text()}
    started = time.perf_counter()
    box = Sandbox(Limits(), isolation=isolation)
    Session(box, files).module("gates").call("threshold", 0.7)  # the first child waits for the zygote
    first = time.perf_counter() - started
    per_submission = []
    for _ in range(submissions):
        started = time.perf_counter()
        session = Session(box, files)
        session.module("gates").call("threshold", 0.7)
        session.close()
        per_submission.append(time.perf_counter() - started)
    box.close()
    return {"first": first, "median": statistics.median(per_submission), "min": min(per_submission)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=100)
    args = parser.parse_args()
    print(f"{'level':<12} {'zygote + first child':>22} {'per submission (median)':>25} {'(min)':>10}")
    for level in ("bubblewrap", "unshare", "none"):
        figures = measure(level, args.submissions)
        if figures is None:
            print(f"{level:<12} not available here")
            continue
        print(f"{level:<12} {figures['first'] * 1e3:19.1f} ms {figures['median'] * 1e3:22.2f} ms "
              f"{figures['min'] * 1e3:7.2f} ms")


if __name__ == "__main__":
    main()
