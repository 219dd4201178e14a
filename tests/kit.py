"""Helpers shared by the kit's own tests and benches (import as ``from kit import ...``)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from autograder.course import load_course
from autograder.grader import grade

ROOT = Path(__file__).resolve().parents[1]
SOLUTIONS = ROOT / "solutions"
EXERCISES = ROOT / "exercises"
COURSE = load_course(ROOT / "course.toml")  # the kit's own course: every list of exercises comes from it
MODULES = tuple(exercise.module for exercise in COURSE.exercises)


def grade_in_parts(submissions, *, parts: int | None = None, **options) -> list:
    """``grade(submissions, **options)``, the same results in the same order, with the submissions dealt
    round-robin to ``parts`` fresh processes, each with its own sandbox (by default one per CPU this process
    may use, at most 4, and only as many as have 20 submissions each): a corpus of a thousand submissions is
    graded in half the time on two cores. Each check's inputs come from its own seed, never from the order
    of grading, so the split changes nothing a test reads (``test_corpus`` holds every case to its exact
    outcome either way)."""
    import concurrent.futures
    import multiprocessing

    submissions = list(submissions)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    # as many as asked (one per submission at most), else one per CPU with at least 20 submissions each
    parts = max(1, min(parts, len(submissions)) if parts else min(cpus, 4, len(submissions) // 20 or 1))
    if parts == 1:
        return grade(submissions, **options)
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: never a copy of pytest and its sandbox
    with concurrent.futures.ProcessPoolExecutor(parts, mp_context=context) as pool:
        futures = [pool.submit(grade, submissions[k::parts], **options) for k in range(parts)]
        graded = [future.result() for future in futures]
    results = [None] * len(submissions)
    for k, part in enumerate(graded):
        results[k::parts] = part
    return results


def solution_files() -> dict:
    """The reference solutions as a submission's files: {"gates.py": source, ...}."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SOLUTIONS.glob("*.py"))}


def write_course(folder: Path, **limits) -> Path:
    """A course.toml in ``folder`` using the kit's solutions and checks, with other limits."""
    lines = ["[course]", f'solutions = "{SOLUTIONS}"', "seed = 2026", "", "[limits]"]
    lines += [f"{key} = {value}" for key, value in limits.items()]
    for exercise in COURSE.exercises:
        lines += ["", "[[exercise]]", f'module = "{exercise.module}"', f"points = {exercise.points:g}"]
    path = folder / "course.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def jupyter_env(root: Path) -> dict:
    """An environment where the only Python kernel is this interpreter and no user config applies."""
    spec = root / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(json.dumps({"argv": argv, "display_name": "Python 3", "language": "python"}))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "IPYTHON", "NNKIT_"))}
    env.update(
        JUPYTER_PATH=str(root / "jupyter"),
        JUPYTER_CONFIG_DIR=str(root / "config"),
        JUPYTER_DATA_DIR=str(root / "data"),
        JUPYTER_RUNTIME_DIR=str(root / "runtime"),
        IPYTHONDIR=str(root / "ipython"),
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    return env


NOUSERNS = Path(__file__).parent / "tools" / "nouserns.c"


def grade_in_a_container(submissions, course_path: Path, folder: Path, *options: str) -> tuple[dict, str]:
    """Grade through the command line inside a seccomp filter that refuses namespaces, as
    Docker's default profile does (Gradescope, most CI containers): each submission's JSON
    record by its name, and what the command said on stderr. ``options``: more of
    ``nnkit grade``'s (``-x mlp``, say)."""
    runner = folder / "nouserns"
    subprocess.run(["cc", "-O2", "-o", str(runner), str(NOUSERNS)], check=True)
    paths = []
    for sub in submissions:
        where = folder / "subs" / sub.id
        where.mkdir(parents=True)
        for name, text in sub.files.items():
            (where / name).write_text(text)
        paths.append(str(where))
    nnkit = str(Path(sys.executable).parent / "nnkit")
    done = subprocess.run([str(runner), nnkit, "grade", *paths, "--format", "json", "--course", str(course_path),
                           *options], capture_output=True, text=True, timeout=600)  # fmt: skip
    records = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {r["submission"]: r for r in records}, done.stderr


# A check for batch tests: a submission whose gates.py holds DOOMED makes it kill the worker
# grading it (a grader bug, never a student's doing), so tests can see how the batch copes.
DOOMING_CHECK = '''
import os
import signal

EXERCISE = "gates"


def test_xor(student):
    """xor(0, 1) is 1; a submission marked DOOMED makes this check kill the grader's own worker."""
    if "DOOMED" in student.session.files.get("gates.py", ""):
        os.kill(os.getpid(), signal.SIGKILL)
    assert student.call("xor", 0, 1) == 1
'''
