"""`nnkit check` against the import floor, in one run. Prints figures; asserts nothing.

    python bench/bench_check.py [--repeat N] [--handout] [--against OTHER_CHECKOUT]

The floor is what any tool built on NumPy, pytest and click pays before it does anything:
`python -c "import numpy, pytest, click"`. Each round times, one after the other, the floor,
the instructor's `nnkit check solutions` and `nnkit check exercises` (the blank stubs) and,
with --handout, the same two commands of a student's kit (`nnkit handout`, then
`pip install ./kit` into a fresh environment, as tests/test_handout.py does) and, with
--against, the instructor's two commands of another checkout (main, say: before and after
in the same rounds, with this interpreter and its packages). Rounds
alternate so that other work on the machine weighs on every figure alike; the medians
and their ratios to the floor's median are printed, with the load average.

Every command runs without PYTHONDONTWRITEBYTECODE, as on a student's machine: NumPy, pytest
and click were compiled when pip installed them, and the kit's own modules (and the checks)
are compiled at their first run; with the variable set, only the kit would pay for compiling
at every run (about 0.2 s here).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOOR = ["-c", "import numpy, pytest, click"]


def seconds(command: list[str], cwd: Path, env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def install_handout(folder: Path) -> tuple[Path, Path]:
    """A student's kit in ``folder``, installed as its README says; (its folder, the env's bin folder)."""
    handout, venv = folder / "handout", folder / "env"
    subprocess.run([str(Path(sys.executable).parent / "nnkit"), "handout", str(handout)], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    subprocess.run([getattr(sys, "_base_executable", sys.executable), "-m", "venv", "--system-site-packages",
                    str(venv)], check=True)  # fmt: skip
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check", "./kit"],
                   cwd=handout, check=True)  # fmt: skip
    return handout, venv / "bin"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--handout", action="store_true", help="also time a student's kit, installed in a fresh env")
    parser.add_argument("--against", type=Path, default=None, help="also time the check of this other checkout")
    args = parser.parse_args()
    solutions = ROOT / "solutions"
    nnkit = [sys.executable, "-m", "autograder.cli"]  # run in ROOT: this checkout's kit, whatever is installed
    here = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    commands = {
        "floor: import numpy, pytest, click": ([sys.executable, *FLOOR], ROOT, here),
        "instructor: nnkit check solutions": ([*nnkit, "check", str(solutions)], ROOT, here),
        "instructor: nnkit check exercises": ([*nnkit, "check", "exercises"], ROOT, here),
    }
    if args.against:
        other = args.against.resolve()
        commands["against: nnkit check solutions"] = ([*nnkit, "check", str(other / "solutions")], other, here)
        commands["against: nnkit check exercises"] = ([*nnkit, "check", "exercises"], other, here)
    with tempfile.TemporaryDirectory() as folder:
        if args.handout:
            handout, kit_bin = install_handout(Path(folder))
            env = {"PATH": f"{kit_bin}:/usr/bin:/bin", "HOME": str(handout), "LANG": "C.UTF-8"}
            commands["handout: floor in its env"] = ([str(kit_bin / "python"), *FLOOR], handout, env)
            commands["handout: nnkit check solutions"] = ([str(kit_bin / "nnkit"), "check", str(solutions)], handout, env)
            commands["handout: nnkit check (the stubs)"] = ([str(kit_bin / "nnkit"), "check"], handout, env)
        for command, cwd, env in commands.values():
            seconds(command, cwd, env)  # warm: bytecode written, files in the page cache
        times: dict[str, list[float]] = {name: [] for name in commands}
        load_before = os.getloadavg()[0]
        for _ in range(args.repeat):
            for name, (command, cwd, env) in commands.items():
                times[name].append(seconds(command, cwd, env))
        load_after = os.getloadavg()[0]
    print(f"{args.repeat} alternating rounds, {os.cpu_count()} cores, load average {load_before:.1f} -> {load_after:.1f}"
          f"{'' if 'PYTHONDONTWRITEBYTECODE' not in os.environ else ' (PYTHONDONTWRITEBYTECODE left out of the runs)'}")
    floors = {"instructor": statistics.median(times["floor: import numpy, pytest, click"])}
    floors["against"] = floors["instructor"]
    if args.handout:
        floors["handout"] = statistics.median(times["handout: floor in its env"])
    for name, values in times.items():
        median = statistics.median(values)
        ratio = "" if "floor" in name else f"   {median / floors[name.split(':')[0]]:.2f} x its floor"
        print(f"  {name:<38} median {median * 1e3:7.0f} ms  (min {min(values) * 1e3:6.0f}){ratio}")


if __name__ == "__main__":
    main()
