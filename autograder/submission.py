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


def _from_folder(path: Path) -> tuple[dict, list]:
    files, notes = {}, []
    entries = sorted(p for p in path.iterdir() if p.suffix == ".py" and p.is_file() and not p.is_symlink())
    if not entries:
        subdirs = [p for p in path.iterdir() if p.is_dir() and not p.name.startswith((".", "__"))]
        if len(subdirs) == 1:
            return _from_folder(subdirs[0])
    for p in entries[:MAX_FILES]:
        if p.stat().st_size > MAX_FILE_BYTES:
            notes.append(f"{p.name} is larger than {MAX_FILE_BYTES >> 20} MiB and was not read")
            continue
        files[p.name] = _decode(p.read_bytes())
    return files, notes


def _from_zip(path: Path) -> tuple[dict, list]:
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
        folders = {PurePosixPath(m.filename).parent for m in members}
        if len(folders) > 1:
            # take the modules from the shallowest folder that has any
            top = min(folders, key=lambda f: len(f.parts))
            members = [m for m in members if PurePosixPath(m.filename).parent == top]
        for m in members[:MAX_FILES]:
            name = PurePosixPath(m.filename).name
            if m.file_size > MAX_FILE_BYTES:
                notes.append(f"{name} is larger than {MAX_FILE_BYTES >> 20} MiB and was not read")
                continue
            with archive.open(m) as fh:
                files[name] = _decode(fh.read(MAX_FILE_BYTES + 1)[:MAX_FILE_BYTES])
    return files, notes


def load_submission(path: Path | str, student_id: str | None = None) -> Submission:
    path = Path(path)
    if path.is_dir():
        files, notes = _from_folder(path)
        sid = student_id or path.resolve().name
    elif path.is_file() and path.suffix.lower() == ".zip":
        files, notes = _from_zip(path)
        sid = student_id or path.stem
    elif path.exists():
        raise SubmissionError(f"{path} is neither a folder of modules nor a .zip")
    else:
        raise SubmissionError(f"{path} does not exist")
    return Submission(id=sid, path=path, files=files, notes=tuple(notes))
