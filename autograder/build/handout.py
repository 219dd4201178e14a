"""``nnkit handout DIR``: the kit a student gets, which checks their work and holds no answers.

What goes in, and what stays out:

- ``exercises/``: the stubs, made from the solutions as ``nnkit release`` makes them, with
  a first comment that names no solution file;
- ``checks/``: the visible checks only (``visible_checks``: a hidden test, and whatever only
  it uses, is cut out) and the helper modules beside them, but not ``<module>_mistakes.py``
  (the answer as a mistake writes it, which the checks ask through ``reference.mistakes``);
- ``expected/``: every answer the reference gave the visible checks, run on the solutions
  and on the stubs, as JSON and ``.npy`` (``checking/recording.py``): the expected values of
  the checks' fixed inputs, no code;
- ``course.toml``: the course with ``expected`` where the instructor's has ``solutions``;
- ``kit/``: the nnkit package to install, without the course's checks or solutions;
- ``README.md``: the two commands that set it up and check.

A folder that is not empty is refused unless ``force`` is given, and even then only a
folder an earlier handout wrote (it holds ``.nnkit-handout``) is written over; its
``.git``, if it became a repository (a Classroom template, ``build/classroom.py``), is kept.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..course import Course
from ..grader import grade
from ..intake.load import load_submission
from .release import build_stubs
from .visible_checks import visible_source

MARKER = ".nnkit-handout"
MISTAKES = "_mistakes.py"  # what mistakes compute, beside the checks: recorded, never handed out
PACKAGE_DIR = Path(__file__).resolve().parents[1]
COURSE_CONTENT = ("checks", "_course")  # folders of the package that are the course, not the kit
DEPENDENCIES = ("numpy>=1.24", "pytest>=7.4", "click>=8.1", "matplotlib>=3.7")  # what `check` needs
STUB_NOTICE = "# Your exercise: write your answers where it says YOUR CODE HERE, then run `nnkit check`.\n"
README = """# {name}: your exercises

Your answers go in `exercises/`, where it says `YOUR CODE HERE`. Set up once, in this folder
(Python 3.11 or newer; on Windows write `py` for `python3`):

    python3 -m pip install ./kit

Then check your work, as often as you like:

    nnkit check

It runs the visible tests on your `exercises/` and says, for each, what is right, what is
not and why. It needs no network and holds no answers: the expected results of the visible
tests' inputs are in `expected/`. Your instructor's grade also runs hidden tests, on other
inputs, so an answer that only fits these inputs will lose points there.

`nnkit check -x gates` checks one exercise; `nnkit check --format json` prints the result
for editors and scripts.

Notebooks: if your course hands out Jupyter notebooks, keep them in this folder or in a
folder inside it (run `nbgrader fetch_assignment` here, for example), and start Jupyter
where the kit is installed. Their test cells run the visible tests through the kit, as
`nnkit check` does, and show what each earns and why.
"""


class HandoutError(ValueError):
    """The handout cannot be written where it was asked."""


def build_handout(course: Course, folder: Path, *, force: bool = False) -> Path:
    """Write the student's kit of ``course`` into ``folder``; returns the folder."""
    folder = Path(folder)
    _make_room(folder, force)
    solutions = course.references("a handout")
    exercises = folder / "exercises"
    exercises.mkdir()
    for name, stub in build_stubs(solutions).items():
        if name.removesuffix(".py") in {e.module for e in course.exercises}:
            (exercises / name).write_text(STUB_NOTICE + stub, encoding="utf-8")
    _write_checks(course, folder / "checks")
    _record(course, solutions, exercises, folder / "expected")
    (folder / "course.toml").write_text(_course_text(course), encoding="utf-8")
    _write_kit(folder / "kit")
    (folder / "README.md").write_text(README.format(name=course.name), encoding="utf-8")
    (folder / MARKER).write_text("written by nnkit handout\n", encoding="utf-8")
    return folder


def _make_room(folder: Path, force: bool) -> None:
    if folder.exists() and any(folder.iterdir()):
        if not force:
            raise HandoutError(f"{folder} is not empty: name an empty folder, or give --force to write over a handout")
        if not (folder / MARKER).is_file():
            raise HandoutError(f"{folder} is not empty and holds no handout, so --force does not write over it")
        for entry in folder.iterdir():  # a repository made of the handout (a Classroom template) keeps .git
            if entry.name == ".git":
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    folder.mkdir(parents=True, exist_ok=True)


def _write_checks(course: Course, target: Path) -> None:
    """The visible checks of the course's exercises, their helper modules and the pytest settings."""
    target.mkdir()
    shutil.copy2(course.checks_dir / "checks.ini", target / "checks.ini")
    for exercise in course.exercises:
        source = (course.checks_dir / f"test_{exercise.module}.py").read_text(encoding="utf-8")
        (target / f"test_{exercise.module}.py").write_text(visible_source(source)[0], encoding="utf-8")
    for helper in sorted(course.checks_dir.glob("*.py")):
        if not helper.name.startswith(("test_", "__")) and not helper.name.endswith(MISTAKES):
            shutil.copy2(helper, target / helper.name)


def _record(course: Course, solutions: Path, stubs: Path, into: Path) -> None:
    """What the references answer the visible checks, on the solutions and on the stubs."""
    modules = [e.module for e in course.exercises]
    submissions = [load_submission(folder, name, expected=modules) for name, folder in
                   (("solutions", solutions), ("stubs", stubs))]  # fmt: skip
    grade(submissions, course=course, include_hidden=False, record_into=into)


def _course_text(course: Course) -> str:
    limits = course.limits
    lines = [
        "# The course as a student's kit has it: expected results instead of solutions.",
        "[course]",
        f"name = {_toml(course.name)}",
        'exercises = "exercises"',
        'checks = "checks"',
        'expected = "expected"',
        f"seed = {course.seed}",
        "",
        "[limits]",
        *(f"{key} = {getattr(limits, key)!r}" for key in limits.__dataclass_fields__),
    ]
    lines += ["", "[nbgrader]", f"assignment = {_toml(course.nbgrader.assignment)}",
              f"notebook = {_toml(course.nbgrader.notebook)}"]  # how its notebooks are named
    for exercise in course.exercises:
        lines += ["", "[[exercise]]", f"module = {_toml(exercise.module)}", f"title = {_toml(exercise.title)}",
                  f"points = {exercise.points!r}"]  # fmt: skip
    return "\n".join(lines) + "\n"


def _toml(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _write_kit(target: Path) -> None:
    """The nnkit package without the course: its code, and a pyproject.toml to install it."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", *COURSE_CONTENT)
    shutil.copytree(PACKAGE_DIR, target / "autograder", ignore=ignore)
    inits = (target / "autograder").rglob("__init__.py")
    packages = sorted(".".join(init.parent.relative_to(target).parts) for init in inits)
    (target / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools>=68"]\nbuild-backend = "setuptools.build_meta"\n\n'
        '[project]\nname = "nnkit"\nversion = "0.1.0"\nrequires-python = ">=3.11"\n'
        f"dependencies = {list(DEPENDENCIES)!r}\n\n[project.scripts]\nnnkit = \"autograder.cli:run\"\n\n"
        f"[tool.setuptools]\npackages = {packages!r}\n".replace("'", '"'),
        encoding="utf-8",
    )
