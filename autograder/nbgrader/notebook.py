"""What the test cells of nnkit's notebooks call, inside the notebook's kernel.

Each autograded test cell of a built notebook ends with one call::

    from autograder.nbgrader.notebook import nnkit_score
    nnkit_score("gates", "threshold_on_numbers")

``nnkit_score`` reads the notebook file from the kernel's working folder (the
notebook's own folder, under ``nbgrader autograde``, ``nbgrader validate`` and
Jupyter alike), takes the code of its answer cells exactly as ``nnkit grade``
does (``intake.notebook_cells.extract``), grades that exercise once through nnkit's isolated
path (``grader.grade``: the sandbox, the checks, the reference), caches the
result for that code in this kernel, and returns the points the named test
earned: a plain number (a ``float``), which nbgrader reads as the cell's
partial credit. The points of every test cell are the test's share of the
exercise, as ``grade`` computes them, so a notebook earns in nbgrader exactly
what ``nnkit grade`` gives the same notebook.

In a student's Jupyter, where only a handout's kit is installed (``nnkit handout``:
no course of its own, no solutions, no hidden test), the course is the handout's
``course.toml``, found in the notebook's folder or one above it, and the checks answer
from its recording; the released notebook's visible test cells then give what
``nnkit check`` gives the same code: verdict, message, hint and points (check's points,
the visible tests sharing the exercise's points among themselves). Kept anywhere else,
a test cell scores 0 and says where the notebook belongs.

While it grades, nothing reaches the cell's output but that number: the
process's stdout and stderr (file descriptors 1 and 2, which ipykernel
forwards to the cell) point to /dev/null, warnings are ignored, and any
failure of the grading itself scores 0 instead of raising. nbgrader gives a
cell with any stderr output no points, so a NumPy warning of the student's
(an overflow in ``exp``) must not escape: it happens inside the sandbox,
whose output is captured there, and never in this process. In Jupyter the
number also shows the test's verdict (an HTML view of the same result), and
so does the page ``nbgrader generate_feedback`` makes of the cell's output:
for a visible test the message and hint; for a hidden test only its name,
points and outcome, as nnkit's own feedback shows it, since its message
names the hidden inputs and the values expected for them.

What grading inside nbgrader protects against, and what it cannot
-------------------------------------------------------------------

Protected, as in ``nnkit grade``: the checks never run the student's code in
this process. Their calls go to a sandbox child (bubblewrap where available;
see the README's security model) with time and memory limits, so an infinite
loop, a crash, ``sys.exit``, a flood of output, a monkeypatched NumPy or a
lying ``ndarray`` subclass in an answer cannot stop the grading, hang the
cell, or change a comparison; a test cell's points depend only on the answer
cells' code, graded by the kit's own checks with hidden tests, hints and
partial credit, whatever else ran in the kernel before.

Not protected: nbgrader runs every cell of the notebook, the student's answer
cells included, in this same kernel before the test cells. Code there runs
with the grader's rights, outside any sandbox, and could replace
``nnkit_score`` (or ``float``'s display, or the notebook file on disk) before
the test cells call it, read the reference solutions that the kernel's nnkit
installation carries, write into nbgrader's files, or loop until nbgrader's
per-cell timeout. nbgrader itself makes no promise here either. For grades
that must hold against a hostile student, grade the submitted notebooks with
``nnkit grade submitted/`` instead: it reads them as JSON, never runs a cell
outside the sandbox, and grades many students in parallel.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import io
import os
import sys
import warnings
from pathlib import Path

COURSE_ENV = "NNKIT_COURSE"  # the course.toml to grade with (default: the kit's own, else the folder's)
NO_COURSE = (
    "; in a notebook: keep it in the folder of your nnkit kit (the one with course.toml) or a folder below it, "
    f"or set {COURSE_ENV} to that course.toml"
)

_graded: dict = {}  # (exercise, sha256 of the module) -> {test name: TestResult}
_course = None


class Score(float):
    """A test cell's points: a float for nbgrader, with the verdict for Jupyter's display."""

    def __new__(cls, points: float, result=None, problem: str = ""):
        score = super().__new__(cls, points)
        score.result = result
        score.problem = problem
        return score

    def __repr__(self) -> str:  # what nbgrader reads (text/plain): the number only
        return float.__repr__(self)

    def _repr_html_(self):
        try:
            return _html(self)
        except Exception:  # noqa: BLE001 - a display must never raise (IPython would print to stderr)
            return None


def _html(score: Score) -> str:
    result = score.result
    if result is None:
        text = f"<b>{float(score):g} points</b>: {html.escape(score.problem or 'not graded')}"
        return f"<div>{text}</div>"
    head = f"<b>{float(score):.4g} / {result.max_score:.4g} points</b> ({html.escape(result.status)})"
    lines = [head]
    if result.hidden:  # its message would show the hidden inputs and expected values
        lines.append(f"hidden test <code>{html.escape(result.name)}</code>: only its outcome is shown")
    elif result.status != "passed":
        lines.append(html.escape(result.message or ""))
        if result.hint:
            lines.append("<i>Hint:</i> " + html.escape(result.hint))
    return "<div>" + "<br>".join(line.replace("\n", "<br>") for line in lines if line) + "</div>"


@contextlib.contextmanager
def _silenced():
    """Nothing printed while grading reaches the cell: not Python's streams, not the file descriptors."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    saved = [os.dup(1), os.dup(2)]
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        with (
            contextlib.redirect_stdout(io.StringIO()),
            contextlib.redirect_stderr(io.StringIO()),
            warnings.catch_warnings(),
        ):
            warnings.simplefilter("ignore")
            yield
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (*saved, devnull):
            os.close(fd)


def _load_course():
    global _course
    if _course is None:
        from ..course import load_course

        _course = load_course(os.environ.get(COURSE_ENV) or None)
    return _course


def notebook_path(course, exercise: str, folder: Path) -> Path | None:
    """The notebook of ``exercise`` in ``folder``: by the course's name for it, else by its metadata."""
    from ..intake.notebook_cells import layout_of
    from ..intake.notebook_json import NotebookError, read_notebook
    from ..intake.notebooks import notebooks_in

    numbers = {e.module: n for n, e in enumerate(course.exercises, 1)}
    if exercise in numbers:
        path = folder / f"{course.nbgrader.notebook_name(exercise, numbers[exercise])}.ipynb"
        if path.is_file():
            return path
    for path in notebooks_in(folder):
        with contextlib.suppress(NotebookError):
            if layout_of(read_notebook(path))[0] == exercise:
                return path
    return None


def _grade(exercise: str) -> tuple[dict, str]:
    """({test name: TestResult}, problem) for the exercise's notebook in the working folder."""
    from ..grader import grade
    from ..intake.notebook_cells import extract
    from ..intake.notebook_json import read_notebook
    from ..intake.submission import Submission

    course = _load_course()
    path = notebook_path(course, exercise, Path.cwd())
    if path is None:
        return {}, f"the notebook of {exercise} is not in {Path.cwd()} (save it there first)"
    module, text, notes = extract(read_notebook(path), path.name, expected=[e.module for e in course.exercises])
    if module != exercise or text is None:
        return {}, "; ".join(notes) or f"{path.name} holds no answer cells of {exercise}"
    key = (exercise, hashlib.sha256(text.encode("utf-8")).hexdigest())
    if key not in _graded:
        submission = Submission(id=path.stem, path=path, files={f"{exercise}.py": text}, notes=tuple(notes))
        (result,) = grade([submission], course=course, exercises=[exercise])
        (graded,) = result.exercises
        _graded[key] = {t.name: t for t in graded.tests}
    return _graded[key], ""


def nnkit_score(exercise: str, test: str) -> Score:
    """The points ``test`` of ``exercise`` earns for this notebook's answer cells (0 on any failure)."""
    from ..course import CourseError

    try:
        with _silenced():
            results, problem = _grade(exercise)
    except CourseError as exc:  # a student's kit finds its course from the notebook's folder
        return Score(0.0, problem=f"nnkit has no course to grade with: {exc}{NO_COURSE}")
    except Exception as exc:  # noqa: BLE001 - a test cell scores 0, it never raises
        return Score(0.0, problem=f"nnkit could not grade this notebook ({type(exc).__name__}: {exc})")
    if test not in results:
        return Score(0.0, problem=problem or f"nnkit has no test {test!r} for {exercise}: rebuild the notebooks")
    result = results[test]
    return Score(result.score, result)


__all__ = ["nnkit_score", "Score", "COURSE_ENV"]
