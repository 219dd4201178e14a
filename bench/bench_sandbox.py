"""What the walls around student code cost, per isolation level. Prints figures only.

    python bench/bench_sandbox.py [--submissions N]

For each level that works here (bubblewrap, unshare, none): the zygote's start
(interpreter, NumPy, the sandbox itself) and the cost of one submission's child:
fork, the child's walls, loading and importing a module, one call, and the kill and
clean-up. Then, for the strongest level, what each wall of the child adds per
submission: the same measure with that one wall taken away (Landlock, the private
/tmp and /dev/shm, the user of its own), and the difference.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from autograder.checking.remote import RemoteModule  # noqa: E402
from autograder.course import Limits  # noqa: E402
from autograder.sandbox.host import Sandbox  # noqa: E402
from autograder.sandbox.session import Session  # noqa: E402
from autograder.sandbox.isolation import detect  # noqa: E402


def measure(level: str, submissions: int, isolation=None) -> dict | None:
    isolation = isolation or detect(prefer=level)
    if isolation.level != level:
        return None
    files = {"gates.py": (ROOT / "solutions" / "gates.py").read_text()}
    started = time.perf_counter()
    box = Sandbox(Limits(), isolation=isolation)
    RemoteModule(Session(box, files), "gates").call("threshold", 0.7)  # the first child waits for the zygote
    first = time.perf_counter() - started
    per_submission = []
    for _ in range(submissions):
        started = time.perf_counter()
        session = Session(box, files)
        RemoteModule(session, "gates").call("threshold", 0.7)
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
    protections_cost(detect(), args.submissions)


def protections_cost(isolation, submissions: int) -> None:
    """Per submission, the strongest level with all walls, and with one wall taken away."""
    without = {
        "Landlock": {"landlock": 0, "read_paths": ()},
        "private /tmp and /dev/shm": {"private_tmp": False},
        "a user of its own": {"uid_mode": "same", "threads": None},
    }
    print(f"\nwhat each wall of a child costs under {isolation.level}, per submission (median):")
    full = measure(isolation.level, submissions, isolation)["median"]
    print(f"  {'all walls':<34} {full * 1e3:8.2f} ms")
    for wall, change in without.items():
        if all(getattr(isolation, key) == value for key, value in change.items()):
            print(f"  {wall:<34} not used here")
            continue
        figures = measure(isolation.level, submissions, dataclasses.replace(isolation, **change))
        print(f"  without {wall:<26} {figures['median'] * 1e3:8.2f} ms   ({(full - figures['median']) * 1e3:+.2f} ms for it)")


if __name__ == "__main__":
    main()
