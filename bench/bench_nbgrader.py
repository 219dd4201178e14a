"""nbgrader's autograde against `nnkit grade` on the same submitted notebooks. Prints figures.

    python bench/bench_nbgrader.py [--students N] [--no-pictures] [--repeat R]

Builds the nbgrader course (what `nnkit nbgrader build` writes) in a temporary
folder, runs the real `nbgrader generate_assignment`, and hands in N students'
notebooks as `submitted/<student>/<assignment>/*.ipynb`: the released notebooks
filled with the reference solutions (half), filled with one bug of the test
corpus (a third, a different bug each, in turn over the exercises), or left
blank (a sixth). Then, in the same run, it times:

  (a) `nbgrader autograde <assignment>`, a real subprocess in the course folder
      (its gradebook.db there too), with this interpreter as the only Python
      kernel (registered through JUPYTER_PATH, as tests/test_nbgrader.py does);
  (b) `nnkit grade submitted/ --out results/ --workers N`, a real subprocess too
      (the interpreter's start and every import counted, as for nbgrader), with
      one worker per core, then with 1 worker, then one per core without pictures;
      each R times (3 by default), the median compared.

Both grade the same notebooks with the same checks: nbgrader runs the hidden test
cells `nnkit nbgrader build` wrote, which call the kit's checks. nbgrader's
settings are its own defaults: `autograde` has no option to grade notebooks in
parallel, and each notebook gets a fresh kernel by design. nnkit writes more
than nbgrader's autograde does (each student's feedback.html and feedback.md,
with pictures unless --no-pictures, the similarity report and the summary).

It prints seconds and submissions per second for each, the ratio nbgrader time /
nnkit time of this run, and whether each student's total (and each exercise's
score) agrees between nbgrader's gradebook.db and nnkit's results/gradebook.csv.
Needs only `pip install -e ".[dev]"` (nbgrader and ipykernel are in the dev extra).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from autograder.course import load_course  # noqa: E402
from autograder.nbgrader import build as nbbuild  # noqa: E402
from autograder.nbgrader.layout import SETUP, split_module  # noqa: E402
from kit import jupyter_env  # noqa: E402
from autograder.sandbox.isolation import detect  # noqa: E402
from corpus.mutations import BUGS, reference_files, submission  # noqa: E402

TOLERANCE = 1e-3  # gradebook.csv writes scores with 6 significant digits


def require_dev_extra() -> None:
    missing = []
    for name in ("nbgrader.api", "ipykernel"):
        try:
            __import__(name)
        except ImportError:
            missing.append(name.split(".")[0])
    if missing:
        raise SystemExit(f'bench_nbgrader needs {", ".join(missing)}: pip install -e ".[dev]"')


def nbgrader(folder: Path, env: dict, *args, timeout: float) -> float:
    """Run `nbgrader ARGS` in the course folder; its wall-clock seconds (exits on failure)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=folder, env=env, capture_output=True,
                          text=True, timeout=timeout, check=False)  # fmt: skip
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"nbgrader {' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-5000:]}")
    errors = [line for line in done.stderr.splitlines() if re.search(r"\| (ERROR|CRITICAL)\]", line)]
    if errors:
        print(f"  note: nbgrader {args[0]} logged {len(errors)} ERROR line(s), the first: {errors[0][:200]}")
    return seconds


def bug_cases() -> list:
    """Corpus bugs whose change stays inside answer cells, taken in turn over the exercises."""
    references = reference_files()
    by_module: dict[str, list] = {}
    for case in BUGS:
        reference = split_module(references[f"{case.module}.py"], case.module)
        changed = split_module(submission(case).files[f"{case.module}.py"], case.module)
        if [c for c in changed.cells if c.kind == SETUP] == [c for c in reference.cells if c.kind == SETUP]:
            by_module.setdefault(case.module, []).append(case)
    ordered, depth = [], max(len(v) for v in by_module.values())
    for i in range(depth):
        ordered += [cases[i] for cases in by_module.values() if i < len(cases)]
    return ordered


def hand_in(course, release: Path, submitted: Path, students: int) -> dict[str, str]:
    """Write every student's notebooks; ``{student: what they handed in}``."""
    assignment = course.nbgrader.assignment
    names = {e.module: course.nbgrader.notebook_name(e.module, n) for n, e in enumerate(course.exercises, 1)}
    released = {m: json.loads((release / f"{name}.ipynb").read_text(encoding="utf-8")) for m, name in names.items()}
    bugs, kinds, next_bug = bug_cases(), {}, 0
    for i in range(students):
        student = f"student{i:03d}"
        target = submitted / student / assignment
        target.mkdir(parents=True)
        kind = i % 6
        if kind == 5:  # one in six: the blank released notebooks
            for name in names.values():
                shutil.copy(release / f"{name}.ipynb", target / f"{name}.ipynb")
            kinds[student] = "blank"
            continue
        if kind < 3:  # half: correct
            files, kinds[student] = reference_files(), "correct"
        else:  # a third: one bug of the corpus
            case = bugs[next_bug % len(bugs)]
            next_bug += 1
            files, kinds[student] = submission(case).files, f"bug {case.name} ({case.module})"
        for module, name in names.items():
            nb = nbbuild.fill(released[module], files[f"{module}.py"])
            (target / f"{name}.ipynb").write_text(nbbuild.dumps(nb), encoding="utf-8")
    return kinds


def nbgrader_scores(folder: Path, course, students) -> dict[str, dict[str, float]]:
    """``{student: {"total": ..., module: ...}}`` from nbgrader's gradebook.db."""
    from nbgrader.api import Gradebook, MissingEntry

    modules = {course.nbgrader.notebook_name(e.module, n): e.module for n, e in enumerate(course.exercises, 1)}
    scores = {}
    with Gradebook(f"sqlite:///{folder / 'gradebook.db'}") as gb:
        for student in students:
            try:
                found = gb.find_submission(course.nbgrader.assignment, student)
            except MissingEntry:  # not autograded: every score of theirs counts as differing
                scores[student] = {}
                continue
            scores[student] = {"total": found.score}
            for nb in found.notebooks:
                scores[student][modules.get(nb.name, nb.name)] = nb.score
    return scores


def nnkit_scores(results: Path) -> tuple[dict[str, dict[str, float]], dict[str, str]]:
    """``{student: {"total": ..., module: ...}}`` and each student's status, from results/gradebook.csv."""
    scores, statuses = {}, {}
    with open(results / "gradebook.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            student = row.pop("student")
            statuses[student] = row.pop("status")
            row.pop("max")
            scores[student] = {k: float(v) for k, v in row.items() if v != ""}
    return scores, statuses


def differences(mine: dict[str, float], other: dict[str, float]) -> list[str]:
    """The scores ("total" or an exercise) that differ, or that only one side has."""
    return [
        name
        for name in sorted(set(mine) | set(other), key=lambda n: (n != "total", n))
        if not math.isclose(mine.get(name, math.nan), other.get(name, math.nan), abs_tol=TOLERANCE)
    ]


def run_nnkit(submitted: Path, out: Path, workers: int, pictures: bool) -> tuple[float, int]:
    """Run `nnkit grade SUBMITTED --out OUT --workers N`; its wall-clock seconds and the students
    its gradebook lists (exits on failure)."""
    command = [sys.executable, "-m", "autograder.cli", "grade", str(submitted), "--out", str(out),
               "--course", str(ROOT / "course.toml"), "--workers", str(workers),
               "--pictures" if pictures else "--no-pictures"]  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"nnkit grade failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    with open(out / "gradebook.csv", newline="", encoding="utf-8") as fh:
        return seconds, sum(1 for _ in csv.DictReader(fh))


def rate(count: int, seconds: float) -> str:
    return f"{seconds:7.1f} s = {count / seconds:6.3f} submissions/s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=6)
    parser.add_argument("--no-pictures", dest="pictures", action="store_false",
                        help="nnkit: no pictures in feedback.html (`grade --out` draws them by default)")  # fmt: skip
    parser.add_argument("--repeat", type=int, default=3, help="runs of each nnkit command; the median is compared")
    args = parser.parse_args()
    if args.students < 1 or args.repeat < 1:
        parser.error("--students and --repeat must be at least 1")
    require_dev_extra()
    cores = os.cpu_count() or 1
    course = load_course(ROOT / "course.toml")
    assignment = course.nbgrader.assignment

    with tempfile.TemporaryDirectory(prefix="bench_nbgrader.") as temporary:
        root = Path(temporary)
        folder = root / "course"
        started = time.perf_counter()
        nbbuild.build(course, folder)  # what `nnkit nbgrader build DIR` writes
        built = time.perf_counter() - started
        env = jupyter_env(root)
        released = nbgrader(folder, env, "generate_assignment", assignment, timeout=600)
        submitted = folder / "submitted"
        kinds = hand_in(course, folder / "release" / assignment, submitted, args.students)
        notebooks = sum(1 for _ in submitted.glob(f"*/{assignment}/*.ipynb"))
        counts = {k: sum(1 for v in kinds.values() if v.split()[0] == k) for k in ("correct", "bug", "blank")}
        print(f"{args.students} students x {len(course.exercises)} notebooks = {notebooks} notebooks "
              f"({counts['correct']} correct, {counts['bug']} with one corpus bug, {counts['blank']} blank), "
              f"{cores} cores")  # fmt: skip
        print(f"  {detect(tmp_mb=course.limits.scratch_mb).describe()}")
        print(f"  setup (not compared): nnkit nbgrader build {built:.1f} s, "
              f"nbgrader generate_assignment {released:.1f} s")  # fmt: skip

        timeout = 120 + 120 * args.students
        nb_seconds = nbgrader(folder, env, "autograde", assignment, timeout=timeout)
        print(f"  (a) nbgrader autograde {assignment}:        {rate(args.students, nb_seconds)}"
              f"   ({nb_seconds / notebooks:.2f} s a notebook)")  # fmt: skip

        runs = {}  # (workers, pictures) -> the median seconds, the results folder
        plan = dict.fromkeys([(cores, args.pictures), (1, args.pictures), (cores, False)])
        for workers, pictures in plan:
            out = folder / f"results-{workers}-{'pictures' if pictures else 'no-pictures'}"
            times = []
            for _ in range(args.repeat):
                shutil.rmtree(out, ignore_errors=True)
                seconds, graded = run_nnkit(submitted, out, workers, pictures)
                times.append(seconds)
            seconds = statistics.median(times)
            runs[workers, pictures] = (seconds, out)
            label = f"(b) nnkit grade --out --workers {workers}{'' if pictures else ' --no-pictures'}:"
            print(f"  {label:<50} {rate(graded, seconds)}   ratio nbgrader/nnkit = {nb_seconds / seconds:5.1f}x"
                  f"   (median of {', '.join(f'{t:.1f}' for t in times)} s; load {os.getloadavg()[0]:.1f})")

        theirs = nbgrader_scores(folder, course, sorted(kinds))
        main_run = runs[cores, args.pictures][1]
        ours, statuses = nnkit_scores(main_run)
        print(f"  scores, nbgrader's gradebook.db against nnkit's {main_run.name}/gradebook.csv:")
        agree = 0
        for student in sorted(kinds):
            mine, other = ours.get(student, {}), theirs.get(student, {})
            differ = differences(mine, other)
            agree += not differ
            verdict = f"DIFFER in {', '.join(differ)}" if differ else "agree"
            totals = f"nbgrader {other.get('total', math.nan):7.3f}  nnkit {mine.get('total', math.nan):7.3f}"
            print(f"    {student}  {totals}  {verdict:<8} [{statuses.get(student, 'missing')}] {kinds[student]}")
        print(f"  {agree} of {len(kinds)} students get the same total and exercise scores from both")
        for _, other in runs.values():
            if other != main_run:
                same = nnkit_scores(other)[0] == ours
                print(f"  nnkit's {other.name} gives {'the same' if same else 'DIFFERENT'} scores as {main_run.name}")


if __name__ == "__main__":
    main()
