"""Timings of the core kit. Prints figures; asserts nothing (not part of the tests).

    python bench/bench_grade.py [--repeat N]

- `nnkit grade solutions` wall time (a whole process, as an instructor runs it);
- `nnkit check exercises` wall time (as a student runs it on the blank stubs);
- the sandbox: zygote start, fork of a fresh child with its modules imported,
  and the round trip of one call with a 100x100 array.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from autograder.checking.remote import RemoteModule  # noqa: E402
from autograder.course import Limits  # noqa: E402
from autograder.sandbox.host import Sandbox  # noqa: E402
from autograder.sandbox.session import Session  # noqa: E402


def wall(command: list[str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - started)
    return times


def sandbox_figures(repeat: int) -> dict[str, list[float]]:
    files = {p.name: p.read_text() for p in (ROOT / "solutions").glob("*.py")}
    figures: dict[str, list[float]] = {"zygote start + first child": [], "fresh child + import": [], "call round trip (100x100)": []}
    array = np.random.default_rng(0).normal(size=(100, 100))
    for _ in range(repeat):
        with Sandbox(Limits()) as box:
            started = time.perf_counter()
            RemoteModule(Session(box, files), "activations").call("sigmoid", 0.0)
            figures["zygote start + first child"].append(time.perf_counter() - started)
            for _ in range(10):
                session = Session(box, files)
                started = time.perf_counter()
                RemoteModule(session, "activations").call("sigmoid", 0.0)
                figures["fresh child + import"].append(time.perf_counter() - started)
                session.close()
            session = Session(box, files)
            module = RemoteModule(session, "activations")
            module.call("sigmoid", array)
            for _ in range(200):
                started = time.perf_counter()
                module.call("sigmoid", array)
                figures["call round trip (100x100)"].append(time.perf_counter() - started)
            session.close()
    return figures


def show(name: str, times: list[float]) -> None:
    unit, scale = ("ms", 1e3) if statistics.median(times) < 1 else ("s", 1)
    print(f"{name:<40} median {statistics.median(times) * scale:8.2f} {unit}   "
          f"min {min(times) * scale:8.2f} {unit}   (n={len(times)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    nnkit = [sys.executable, "-m", "autograder.cli"]
    show("nnkit grade solutions (one submission)", wall([*nnkit, "grade", "solutions"], args.repeat))
    show("nnkit check exercises (blank stubs)", wall([*nnkit, "check", "exercises"], args.repeat))
    show("nnkit check solutions", wall([*nnkit, "check", "solutions"], args.repeat))
    for name, times in sandbox_figures(args.repeat).items():
        show(name, times)


if __name__ == "__main__":
    main()
