"""Find a submission's Python files: a folder of modules, or a .zip of one.

Only the text of the ``.py`` files is read; nothing is executed or extracted
to disk. A zip whose files all sit in one top folder is read from inside it.
The student id is the folder's or zip's name without the extension.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MAX_FILE_BYTES = 1 << 20  # a module larger than 1 MiB is not a course answer
MAX_FILES = 64


@dataclass(frozen=True)
class Submission:
    id: str
    path: Path
    files: dict = field(default_factory=dict)  # "gates.py" -> source text
    notes: tuple[str, ...] = ()  # what was skipped, and why

    @property
    def modules(self) -> list[str]:
        return sorted(name[:-3] for name in self.files)


class SubmissionError(Exception):
    """The path is not a submission that can be read."""


def _decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _choose_folder(folders: dict, expected: frozenset, where: str) -> str:
    """Pick the folder whose modules are the submission; refuse to guess between equals.

    ``folders`` maps a folder (relative, "" for the top) to the module names in it.
    The folder with the most course modules wins, the shallowest on a tie; two
    different folders with as many course modules at the same depth are an error.
    """

    def rank(folder):
        names = folders[folder]
        known = len(names & expected) if expected else len(names)
        return (-known, folder.count("/") if folder else -1)

    ordered = sorted(folders, key=lambda f: (rank(f), f))
    best = ordered[0]
    if len(ordered) > 1 and rank(ordered[1]) == rank(best):
        tied = ", ".join(f"{f or '.'}/" for f in ordered if rank(f) == rank(best))
        raise SubmissionError(f"{where} holds exercise modules in several folders ({tied}); it must hold one submission")
    return best


def _from_folder(path: Path, expected: frozenset) -> tuple[dict, list]:
    folders = {}
    for folder in [path, *sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith((".", "__")))]:
        names = {p.stem for p in folder.glob("*.py") if p.is_file() and not p.is_symlink()}
        if names:
            folders["" if folder == path else folder.name] = names
    if not folders:
        return {}, []
    chosen = _choose_folder(folders, expected, f"{path.name}/")
    notes = [f"the modules were read from {chosen}/"] if chosen else []
    files = {}
    for p in sorted((path / chosen).glob("*.py"))[:MAX_FILES]:
        if not p.is_file() or p.is_symlink():
            continue
        if p.stat().st_size > MAX_FILE_BYTES:
            notes.append(f"{p.name} is larger than {MAX_FILE_BYTES >> 20} MiB and was not read")
            continue
        files[p.name] = _decode(p.read_bytes())
    return files, notes


def _from_zip(path: Path, expected: frozenset) -> tuple[dict, list]:
    files, notes = {}, []
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise SubmissionError(f"{path.name} is not a readable zip file ({exc})") from None
    with archive:
        members = [
            m
            for m in archive.infolist()
            if not m.is_dir() and m.filename.endswith(".py") and "__MACOSX" not in m.filename
        ]
        folders: dict = {}
        for m in members:
            parent = str(PurePosixPath(m.filename).parent)
            folders.setdefault("" if parent == "." else parent, set()).add(PurePosixPath(m.filename).stem)
        if not folders:
            return {}, []
        chosen = _choose_folder(folders, expected, path.name)
        for m in sorted(members, key=lambda m: m.filename)[: MAX_FILES * 4]:
            parent = str(PurePosixPath(m.filename).parent)
            if ("" if parent == "." else parent) != chosen:
                continue
            name = PurePosixPath(m.filename).name
            if m.file_size > MAX_FILE_BYTES:
                notes.append(f"{name} is larger than {MAX_FILE_BYTES >> 20} MiB and was not read")
                continue
            with archive.open(m) as fh:
                files[name] = _decode(fh.read(MAX_FILE_BYTES + 1)[:MAX_FILE_BYTES])
    return files, notes


def _holds_notebooks(path: Path) -> bool:
    from .nbgrader.reader import holds_notebooks

    return holds_notebooks(path)


def load_submission(path: Path | str, student_id: str | None = None, *, expected=()) -> Submission:
    """Read one submission; ``expected`` names the course's modules, to find the right folder."""
    path = Path(path)
    expected = frozenset(expected)
    if path.suffix.lower() == ".ipynb" and path.is_file() or path.is_dir() and _holds_notebooks(path):
        from .nbgrader.reader import load_notebooks  # nbgrader notebooks: their answer cells, as text

        return load_notebooks(path, student_id, expected=expected)
    if path.is_dir():
        files, notes = _from_folder(path, expected)
        sid = student_id or path.resolve().name
    elif path.is_file() and path.suffix.lower() == ".zip":
        files, notes = _from_zip(path, expected)
        sid = student_id or path.stem
    elif path.exists():
        raise SubmissionError(f"{path} is neither a folder of modules nor a .zip")
    else:
        raise SubmissionError(f"{path} does not exist")
    return Submission(id=sid, path=path, files=files, notes=tuple(notes))
