"""Similarity at class scale: seconds and peak memory of `nnkit similarity` on a synthetic class.

    python bench/bench_similarity.py [--students 500] [--copies 10] [--workers N] [--cold]

Writes a results folder of N made-up students (no grading: each student's
result.json is made up from the corpus's bug cases, see tests/corpus/classmates.py)
with their sources.json: the reference solutions with a random choice of the
corpus's alternatives and bugs, every student's code disguised in a way of their
own (names, comments, order), a few wrong values of their own; and ``--copies``
planted pairs, a disguised copy of another student with the same wrong answers.
Prints the time to write each student's sources.json (paid by the grading
workers, one student at a time: the code's filtered text is made there), the
time to write similarity.csv and .html from them (with ``--cold``, from sources
without their filtered text, as ``nnkit similarity --submissions`` does), the
peak resident memory, and how many planted pairs were flagged (and how many
other pairs were).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from autograder.course import load_course  # noqa: E402
from autograder.similarity.write import write_similarity  # noqa: E402
from corpus.classmates import disguise, record, variant, with_own_code, write_results  # noqa: E402
from corpus.mutations import ALTERNATIVES, BUGS  # noqa: E402


def make_class(folder: Path, students: int, copies: int, seed: int = 0) -> set[tuple[str, str]]:
    """Write the class; the planted pairs (a, b) with a < b. Prints the time sources.json took."""
    rng = random.Random(seed)
    by_module: dict[str, list] = {}
    for case in ALTERNATIVES + BUGS:
        by_module.setdefault(case.module, []).append(case)
    made, planted = {}, set()
    for number in range(students - copies):
        student = f"s{number:04d}"
        cases = [rng.choice(cases) for cases in by_module.values() if rng.random() < 0.3]
        own = {f"{c.module}::{rng.choice(c.fails)}": f"{rng.random():.6f}" for c in cases if c.fails
               and rng.random() < 0.3}  # fmt: skip
        files = disguise(with_own_code(variant(cases), seed=number), seed=number)
        made[student] = (files, record(student, cases, own_values=own))
    originals = sorted(made)
    for number in range(copies):
        source = rng.choice(originals)
        student = f"s{students - copies + number:04d}"
        files, result = made[source]
        made[student] = (disguise(files, seed=10_000 + number), dict(result, student=student, submission=student))
        planted.add(tuple(sorted((source, student))))
    started = time.perf_counter()
    write_results(folder, made)
    seconds = time.perf_counter() - started
    print(f"result.json and sources.json of {students} students written in {seconds:.1f} s "
          f"({1000 * seconds / students:.0f} ms a student, on the grading workers in a real batch)")
    return planted


def forget_filtered(folder: Path) -> None:
    """Leave only the code in every sources.json, as if it had been read from the submissions."""
    for path in folder.glob("*/sources.json"):
        path.write_text(json.dumps({"files": json.loads(path.read_text(encoding="utf-8"))["files"]}), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=500)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cold", action="store_true", help="lex all the code during the comparison")
    args = parser.parse_args()
    course = load_course(ROOT / "course.toml")
    with tempfile.TemporaryDirectory(prefix="nnkit-similarity-") as temp:
        folder = Path(temp)
        planted = make_class(folder, args.students, args.copies)
        print(f"{args.students * (args.students - 1) // 2} pairs, {len(planted)} planted copies")
        if args.cold:
            forget_filtered(folder)
        started = time.perf_counter()
        pairs = write_similarity(folder, course=course, workers=args.workers)
        seconds = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        found = {(p.a, p.b) for p in pairs}
        print(f"similarity{' (cold)' if args.cold else ''} with {args.workers} worker(s): {seconds:.1f} s, peak memory of this process "
              f"{peak_mb:.0f} MB; similarity.html {(folder / 'similarity.html').stat().st_size / 1e6:.1f} MB")
        print(f"flagged {len(pairs)} pair(s): {len(found & planted)} of the {len(planted)} planted copies, "
              f"{len(found - planted)} other(s)")
        for pair in pairs[:15]:
            mark = "planted" if (pair.a, pair.b) in planted else ""
            print(f"  {pair.a} {pair.b} score {pair.score:.2f} code {pair.code:.2f} "
                  f"behaviour {pair.behaviour:.2f} ({pair.bits:.1f} bits) {mark}")


if __name__ == "__main__":
    main()
