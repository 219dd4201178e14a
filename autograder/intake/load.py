"""Read one submission, whatever its form: a folder of modules, a ``.zip`` of one, an nbgrader
notebook or a folder of them. The one entry point of the intake, and where student ids are made.

Only text is read; nothing is executed or extracted to disk. A submission path
that is itself a symbolic link is refused; whatever goes wrong while reading
becomes a ``SubmissionError`` with a short message naming the file, so that
submission scores zero and says why, and every other submission is graded.
What was skipped, and where the modules were found, becomes the submission's
notes (at most ``MAX_NOTES``, each at most ``MAX_NOTE_CHARS``), which reach the
student's report.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..grading.bounds import MAX_NAME_CHARS, clean, cut
from .folders import modules_in_folder
from .modules import LINK_NOTE
from .notebooks import holds_notebooks, modules_in_notebooks
from .safe_files import FILE, FOLDER, LINK, UnsafeFile, kind_of
from .submission import Submission, SubmissionError
from .zips import modules_in_zip

MAX_NOTES = 50
MAX_NOTE_CHARS = 300
NBGRADER_FOLDERS = ("submitted", "autograded")  # an nbgrader tree: <folder>/<student>/<assignment>/


def student_id(path: Path, notebooks: bool = False) -> str:
    """Who handed ``path`` in: a zip's or notebook's name without the extension, a folder's
    name, or, for notebooks in an nbgrader tree, ``alice`` for ``submitted/alice/<assignment>``."""
    path = Path(path)
    if path.suffix.lower() in (".zip", ".ipynb") and not path.is_dir():
        return path.stem
    path = path.resolve()
    if notebooks and path.is_dir() and path.parent.parent.name in NBGRADER_FOLDERS:
        return path.parent.name
    return path.name


def unreadable_id(path: Path | str) -> str:
    """What a path that could not be read is called: a zip's or notebook's name without the
    extension, else its own name as given (never what a link in it points to)."""
    path = Path(path)
    return path.stem if path.suffix.lower() in (".zip", ".ipynb") else path.name


def _tidy(submission: Submission) -> Submission:
    """The submission with text UTF-8 can write: lone surrogates replaced, notes and id bounded."""
    notes = [cut(note, MAX_NOTE_CHARS) for note in submission.notes[:MAX_NOTES]]
    if len(submission.notes) > MAX_NOTES:
        notes.append(f"... and {len(submission.notes) - MAX_NOTES} more notes")
    return replace(
        submission,
        id=cut(submission.id, MAX_NAME_CHARS),
        files={clean(name): clean(text) for name, text in submission.files.items()},
        notes=tuple(notes),
    )


def _load(path: Path, given_id: str | None, expected: frozenset) -> Submission:
    try:
        kind = kind_of(path)
    except FileNotFoundError:
        raise SubmissionError(f"{path} does not exist") from None
    suffix = path.suffix.lower()
    if kind == LINK:
        raise SubmissionError(LINK_NOTE.format(path.name))
    notebooks = kind == FILE and suffix == ".ipynb" or kind == FOLDER and holds_notebooks(path)
    if notebooks:  # nbgrader notebooks: their answer cells, as text
        files, notes = modules_in_notebooks(path, expected)
    elif kind == FOLDER:
        files, notes = modules_in_folder(path, expected)
    elif kind == FILE and suffix == ".zip":
        files, notes = modules_in_zip(path, expected)
    else:
        raise SubmissionError(f"{path} is neither a folder of modules nor a .zip")
    return Submission(id=given_id or student_id(path, notebooks), path=path, files=files, notes=tuple(notes))


def load_submission(path: Path | str, student: str | None = None, *, expected=()) -> Submission:
    """Read one submission; ``student`` is its id (default: ``student_id``), ``expected`` names
    the course's modules, to find the right folder.

    Raises only ``SubmissionError``, whatever the submission holds.
    """
    path = Path(path)
    try:
        submission = _load(path, student, frozenset(expected))
    except SubmissionError:
        raise
    except UnsafeFile as exc:
        raise SubmissionError(exc.strerror) from None
    except Exception as exc:  # noqa: BLE001 - whatever a hostile submission triggers is its own problem
        raise SubmissionError(f"{path.name} could not be read ({type(exc).__name__}: {exc})") from None
    return _tidy(submission)
