"""``course.toml``: read once into a typed ``Course``; every mistake named with its line.

    [course]
    name = "Neural Networks with NumPy"
    solutions = "solutions"      # reference solutions, relative to this file
    expected = "expected"        # instead of solutions, in a student's kit: the recorded expected
                                 # results of the visible checks (see autograder/checking/recording.py)
    exercises = "exercises"      # student stubs, written by `nnkit release`
    checks = "checks"            # optional: test_<module>.py (and lesson_<module>.md) per exercise;
                                 # default: the kit's own, autograder/checks/
    seed = 1234                  # makes the random test inputs; shown in feedback

    [limits]
    call_timeout = 10            # seconds for one call into student code (or one batch of quick calls)
    submission_timeout = 300     # seconds for all of one submission
    memory_mb = 1024             # address space of a student process
    output_bytes = 65536         # what is kept of what student code prints
    processes = 1                # 1: student code may not start processes
    scratch_mb = 64              # the private /tmp of a sandbox child (bubblewrap, unshare)

    [[exercise]]
    module = "gates"
    title = "Logic gates with a perceptron"
    points = 10

    [gradescope]                 # optional
    hidden_visibility = "after_published"   # or "hidden": when students see hidden tests

    [nbgrader]                   # optional: what `nnkit nbgrader build` writes
    assignment = "nnkit"         # source/<assignment>/ in the nbgrader course
    notebook = "{module}"        # notebook names; {module} and {number} (1, 2, ...) are filled in
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

KIT_ROOT = Path(__file__).resolve().parent.parent
SOURCE_COURSE = KIT_ROOT / "course.toml"  # a checkout of the kit, or the kit staged in a Gradescope zip
BUNDLED_COURSE = Path(__file__).resolve().parent / "_course" / "course.toml"  # a regular install (pip install .)
CHECKS_DIR = Path(__file__).resolve().parent / "checks"


class CourseError(Exception):
    """A problem with course.toml that the instructor must fix."""


@dataclass(frozen=True)
class Limits:
    """Resource limits for student code; ``course.toml`` [limits] sets them."""

    call_timeout: float = 10.0  # seconds for one call into student code, or for one batch of quick calls
    submission_timeout: float = 300.0  # seconds for all calls of one submission
    memory_mb: int = 1024  # address space of one child
    output_bytes: int = 64 * 1024  # what is kept of a child's stdout and stderr
    processes: int = 1  # 1: student code may not start processes
    scratch_mb: int = 64  # size of a child's private /tmp (bubblewrap and unshare)


@dataclass(frozen=True)
class Exercise:
    module: str
    title: str
    points: float


@dataclass(frozen=True)
class Gradescope:
    """The optional ``[gradescope]`` table: how results.json shows hidden tests."""

    hidden_visibility: str = "after_published"  # or "hidden"


@dataclass(frozen=True)
class Nbgrader:
    """The optional ``[nbgrader]`` table: the names in the nbgrader course nnkit builds."""

    assignment: str = "nnkit"
    notebook: str = "{module}"

    def notebook_name(self, module: str, number: int) -> str:
        """The notebook's name without ``.ipynb``; ``number`` counts the exercises from 1."""
        return self.notebook.format(module=module, number=number)


@dataclass(frozen=True)
class Course:
    name: str
    path: Path
    solutions_dir: Path | None  # None in a student's kit, which has expected_dir instead
    exercises_dir: Path
    checks_dir: Path
    seed: int
    limits: Limits
    exercises: tuple[Exercise, ...]
    gradescope: Gradescope = Gradescope()
    nbgrader: Nbgrader = Nbgrader()
    expected_dir: Path | None = None  # a student's kit: what the visible checks expect, recorded

    def references(self, what: str) -> Path:
        """The reference solutions' folder, for ``what`` (a command that needs them)."""
        if self.solutions_dir is None:
            raise CourseError(f"{self.path} is a student's kit without reference solutions: {what} needs them")
        return self.solutions_dir

    def exercise(self, module: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.module == module:
                return exercise
        known = ", ".join(e.module for e in self.exercises)
        raise CourseError(f"no exercise named {module!r} in {self.path} (known: {known})")

    @property
    def max_score(self) -> float:
        return sum(e.points for e in self.exercises)


_COURSE_KEYS = {"name": str, "solutions": str, "expected": str, "exercises": str, "checks": str, "seed": int}
_LIMIT_KEYS = {
    "call_timeout": float,
    "submission_timeout": float,
    "memory_mb": int,
    "output_bytes": int,
    "processes": int,
    "scratch_mb": int,
}
_EXERCISE_KEYS = {"module": str, "title": str, "points": float}
_GRADESCOPE_KEYS = {"hidden_visibility": str}
_NBGRADER_KEYS = {"assignment": str, "notebook": str}
_NBGRADER_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
HIDDEN_VISIBILITIES = ("after_published", "hidden")


def _line_of(text: str, table: str, key: str | None, nth: int = 0) -> int | None:
    """Line number (1-based) of ``key`` inside the ``nth`` ``[table]``/``[[table]]``."""
    header = re.compile(r"^\s*\[\[?\s*" + re.escape(table) + r"\s*\]\]?\s*(#.*)?$")
    any_header = re.compile(r"^\s*\[")
    seen, inside = -1, False
    for number, line in enumerate(text.splitlines(), 1):
        if header.match(line):
            seen += 1
            inside = seen == nth
            if inside and key is None:
                return number
            continue
        if any_header.match(line):
            inside = False
        elif inside and key and re.match(r"^\s*" + re.escape(key) + r"\s*=", line):
            return number
    return None


class _Reader:
    def __init__(self, path: Path, text: str):
        self.path = path
        self.text = text

    def fail(self, message: str, table: str, key: str | None = None, nth: int = 0):
        line = _line_of(self.text, table, key, nth) or _line_of(self.text, table, None, nth)
        where = f"{self.path}, line {line}" if line else str(self.path)
        raise CourseError(f"{where}: {message}")

    def table(self, data: dict, table: str, schema: dict, nth: int = 0, label: str | None = None) -> dict:
        label = label or f"[{table}]"
        if not isinstance(data, dict):
            self.fail(f"{label} must be a table", table, None, nth)
        for key, value in data.items():
            if key not in schema:
                allowed = ", ".join(schema)
                self.fail(f"unknown key {key!r} in {label} (allowed: {allowed})", table, key, nth)
            want = schema[key]
            ok = isinstance(value, want) and not isinstance(value, bool)
            if want is float:
                ok = isinstance(value, (int, float)) and not isinstance(value, bool)
            if not ok:
                self.fail(
                    f"{label} {key} must be {'a number' if want is float else 'an integer' if want is int else 'a string'}, "
                    f"got {value!r}",
                    table,
                    key,
                    nth,
                )
        return data


def default_course() -> Path:
    """The kit's own course file, used when no ``--course`` is given.

    In a checkout of the kit (and an editable install, and the Gradescope zip) it is the
    ``course.toml`` beside the ``autograder`` package, whose ``solutions`` folder sits next
    to it. A regular install (``pip install .``) carries a copy inside the package,
    ``autograder/_course/``, course file and reference solutions, which student code never
    sees (the sandbox hides the whole package). A kit built without that copy, as a
    student's handout installs it, has no course of its own: then it is the ``course.toml``
    of the current folder or the nearest folder above it, or the one named.
    """
    for path in (SOURCE_COURSE, BUNDLED_COURSE):
        if path.is_file():
            return path
    for folder in (Path.cwd(), *Path.cwd().parents):  # a student's kit: its course.toml, above the exercises
        if (folder / "course.toml").is_file():
            return folder / "course.toml"
    raise CourseError(
        "this installation of nnkit carries no course of its own (no course.toml beside the autograder "
        f"package, {KIT_ROOT}, nor inside it, nor in this folder or one above it): name one with --course PATH"
    )


def is_default_course(path: Path | str) -> bool:
    """Whether ``path`` is the kit's own course file (``default_course``)."""
    try:
        return Path(path).resolve() == default_course().resolve()
    except CourseError:
        return False


def load_course(path: Path | str | None = None) -> Course:
    """Read and check ``course.toml`` (the kit's own when ``path`` is None); raises CourseError
    naming the key and line."""
    path = Path(path) if path is not None else default_course()
    if path.is_dir():
        path = path / "course.toml"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CourseError(f"cannot read the course file {path}: {exc.strerror}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CourseError(f"{path}: not valid TOML: {exc}") from None
    reader = _Reader(path, text)
    for key in data:
        if key not in ("course", "limits", "exercise", "gradescope", "nbgrader"):
            reader.fail(
                f"unknown table {key!r} (expected [course], [limits], [[exercise]], [gradescope] and [nbgrader])", key
            )

    course = reader.table(data.get("course", {}), "course", _COURSE_KEYS)
    limits = reader.table(data.get("limits", {}), "limits", _LIMIT_KEYS)
    for key, value in limits.items():
        if value <= 0:
            reader.fail(f"[limits] {key} must be positive, got {value!r}", "limits", key)
    if limits.get("memory_mb", 1024) < 256:
        reader.fail("[limits] memory_mb must be at least 256 (NumPy needs that much to start)", "limits", "memory_mb")

    gradescope = reader.table(data.get("gradescope", {}), "gradescope", _GRADESCOPE_KEYS)
    visibility = gradescope.get("hidden_visibility", Gradescope.hidden_visibility)
    if visibility not in HIDDEN_VISIBILITIES:
        allowed = " or ".join(repr(v) for v in HIDDEN_VISIBILITIES)
        reader.fail(f"[gradescope] hidden_visibility must be {allowed}, got {visibility!r}", "gradescope", "hidden_visibility")

    base = path.parent
    entries = data.get("exercise")
    if not isinstance(entries, list) or not entries:
        raise CourseError(f"{path}: the course needs at least one [[exercise]] table")
    checks_dir = (base / course["checks"]).resolve() if "checks" in course else CHECKS_DIR
    exercises, seen = [], set()
    for nth, entry in enumerate(entries):
        label = f"[[exercise]] number {nth + 1}"
        reader.table(entry, "exercise", _EXERCISE_KEYS, nth, label)
        for key in ("module", "points"):
            if key not in entry:
                reader.fail(f"{label} is missing the key {key!r}", "exercise", None, nth)
        module = entry["module"]
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", module):
            reader.fail(f"{label} module {module!r} is not a Python module name", "exercise", "module", nth)
        if module in seen:
            reader.fail(f"{label} repeats the module {module!r}", "exercise", "module", nth)
        if not (checks_dir / f"test_{module}.py").is_file():
            reader.fail(f"{label}: there are no checks for module {module!r} in {checks_dir}", "exercise", "module", nth)
        if entry["points"] < 0:
            reader.fail(f"{label} points must not be negative", "exercise", "points", nth)
        seen.add(module)
        exercises.append(Exercise(module, entry.get("title", module), float(entry["points"])))

    nbgrader = _nbgrader(reader, data.get("nbgrader", {}), [e.module for e in exercises])

    solutions_dir = expected_dir = None
    if "expected" in course and "solutions" not in course:
        expected_dir = (base / course["expected"]).resolve()
        if not expected_dir.is_dir():
            reader.fail(f"the expected results folder {expected_dir} does not exist", "course", "expected")
    else:
        solutions_dir = (base / course.get("solutions", "solutions")).resolve()
        if not solutions_dir.is_dir():
            reader.fail(f"the solutions folder {solutions_dir} does not exist", "course", "solutions")
    return Course(
        name=course.get("name", "course"),
        path=path.resolve(),
        solutions_dir=solutions_dir,
        exercises_dir=(base / course.get("exercises", "exercises")).resolve(),
        checks_dir=checks_dir,
        seed=course.get("seed", 0),
        limits=Limits(**{k: (float(v) if _LIMIT_KEYS[k] is float else v) for k, v in limits.items()}),
        exercises=tuple(exercises),
        gradescope=Gradescope(hidden_visibility=visibility),
        nbgrader=nbgrader,
        expected_dir=expected_dir,
    )


def _nbgrader(reader: _Reader, data, modules: list) -> Nbgrader:
    """The ``[nbgrader]`` table: a folder name and a notebook pattern giving distinct names."""
    table = reader.table(data, "nbgrader", _NBGRADER_KEYS)
    settings = Nbgrader(**table)
    if not _NBGRADER_NAME.fullmatch(settings.assignment):
        reader.fail(
            f"[nbgrader] assignment must be a folder name of letters, digits, _ and -, got {settings.assignment!r}",
            "nbgrader", "assignment",
        )
    names = []
    for number, module in enumerate(modules, 1):
        try:
            name = settings.notebook_name(module, number)
        except (KeyError, IndexError, ValueError) as exc:
            reader.fail(
                f"[nbgrader] notebook {settings.notebook!r} is not a pattern of {{module}} and {{number}} ({exc})",
                "nbgrader", "notebook",
            )
        if not _NBGRADER_NAME.fullmatch(name):
            reader.fail(
                f"[nbgrader] notebook gives {name!r} for {module}: a name needs letters, digits, _ and - only",
                "nbgrader", "notebook",
            )
        names.append(name)
    if len(set(names)) < len(names):
        reader.fail(
            f"[nbgrader] notebook {settings.notebook!r} gives two exercises the same name: use {{module}} or {{number}}",
            "nbgrader", "notebook",
        )
    return settings
