"""Find a submission's Python files: a folder of modules, or a .zip of one.

Only the text of the ``.py`` files is read; nothing is executed or extracted
to disk. A zip whose files all sit in one top folder is read from inside it.
The student id is the folder's or zip's name without the extension.

A submission is hostile, so reading one is bounded and never follows a link:

- a symbolic link inside a submission (to the solutions, to a classmate's
  folder, through ``/proc/self/cwd``) is skipped and a note says so; a
  submission path that is itself a link is refused. Files are opened through
  ``safe_files``, relative to their open folder and with ``O_NOFOLLOW``, so a
  link swapped in after the listing is refused too;
- at most ``MAX_FILES`` modules are read, each at most ``MAX_FILE_BYTES`` and
  all together at most ``MAX_SUBMISSION_BYTES`` (the course's modules first);
- a zip's entry count and directory size are read from its end record before
  the archive is parsed, only stored or deflated members are read, and a member
  that expands more than ``MAX_COMPRESSION_RATIO`` times refuses the zip (a zip
  bomb);
- whatever goes wrong while reading becomes a ``SubmissionError`` with a short
  message naming the file, so that submission scores zero and says why, and
  every other submission is graded.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import struct
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from .grading.bounds import MAX_NAME_CHARS, MAX_PROBLEM_CHARS, clean, cut
from .safe_files import FILE, FOLDER, LINK, MAX_ITEMS, OTHER, READ_CHUNK, Folder, UnsafeFile, kind_of, open_binary

MAX_FILE_BYTES = 1 << 20  # a module larger than 1 MiB is not a course answer
MAX_FILES = 64
MAX_SUBMISSION_BYTES = 4 << 20  # all the Python files of one submission together
MAX_SUBFOLDERS = 64  # folders of a submission looked into for its modules
MAX_ZIP_ENTRIES = 2000
MAX_ZIP_DIRECTORY_BYTES = 1 << 20  # the zip's list of entries, which is parsed before anything is read
MAX_COMPRESSION_RATIO = 100  # Python source compresses some 3 to 10 times
RATIO_FLOOR_BYTES = 1 << 16  # a member smaller than this may compress as well as it likes
# zipfile inflates these in bounded steps; bzip2 and LZMA it inflates a whole chunk at once (gigabytes from 4 KiB)
READABLE_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
MAX_TIED_FOLDERS_SHOWN = 5
MAX_NOTES = 50
MAX_NOTE_CHARS = 300

MODULE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\.py")
LINK_NOTE = "{} is a symbolic link; links are not followed"

_END = b"PK\x05\x06"  # a zip's end of central directory record
_END_SIZE = 22
_END64 = b"PK\x06\x06"  # the zip64 end record and its locator, just before the end record
_END64_SIZE = 56
_LOCATOR = b"PK\x06\x07"
_LOCATOR_SIZE = 20
_MAX_COMMENT = 0xFFFF


@dataclass(frozen=True)
class Submission:
    id: str
    path: Path
    files: dict = field(default_factory=dict)  # "gates.py" -> source text
    notes: tuple[str, ...] = ()  # what was skipped, and why

    @property
    def modules(self) -> list[str]:
        return sorted(name[:-3] for name in self.files)


def fingerprint(submission: Submission | None, problem: str = "") -> str:
    """A hash of a submission as it was read: its modules' names and text and the notes on what
    was skipped (everything grading sees of it), or, when it could not be read, of ``problem``,
    the reason. Two reads give the same fingerprint exactly when grading would see the same."""
    digest = hashlib.sha256()
    if submission is None:
        digest.update(b"unreadable\0" + problem.encode("utf-8", "replace"))
    else:
        for name in sorted(submission.files):
            for part in (name, submission.files[name]):
                data = part.encode("utf-8", "replace")
                digest.update(len(data).to_bytes(8, "big") + data)
        for note in submission.notes:
            data = note.encode("utf-8", "replace")
            digest.update(b"note" + len(data).to_bytes(8, "big") + data)
    return "sha256:" + digest.hexdigest()


class SubmissionError(Exception):
    """The path is not a submission that can be read; the message, short, says why."""

    def __init__(self, message: str):
        super().__init__(cut(message, MAX_PROBLEM_CHARS))


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
        tied = [f"{f or '.'}/" for f in ordered if rank(f) == rank(best)]
        shown = ", ".join(tied[:MAX_TIED_FOLDERS_SHOWN])
        if len(tied) > MAX_TIED_FOLDERS_SHOWN:
            shown += f" and {len(tied) - MAX_TIED_FOLDERS_SHOWN} more"
        raise SubmissionError(f"{where} holds exercise modules in several folders ({shown}); "
                              "it must hold one submission")
    return best


def _read_modules(read, names, expected: frozenset) -> tuple[dict, list]:
    """Read the modules ``names`` with ``read(name, limit)`` (at most ``limit + 1`` bytes): the
    course's modules first, at most MAX_FILES, each within MAX_FILE_BYTES and all within
    MAX_SUBMISSION_BYTES; what is left out gets a note."""
    ordered = sorted(names, key=lambda name: (name[:-3] not in expected, name))
    files, notes, total = {}, [], 0
    if len(ordered) > MAX_FILES:
        notes.append(f"only {MAX_FILES} of the {len(ordered)} Python files were read")
    for name in ordered[:MAX_FILES]:
        limit = min(MAX_FILE_BYTES, MAX_SUBMISSION_BYTES - total)  # never read past what may be kept
        try:
            data = read(name, limit)
        except UnsafeFile as exc:
            notes.append(exc.strerror)
            continue
        except OSError as exc:
            notes.append(f"{name} could not be read ({exc.strerror or exc})")
            continue
        if len(data) <= limit:
            total += len(data)
            files[name] = _decode(data)
        elif limit == MAX_FILE_BYTES:
            notes.append(f"{name} is larger than {MAX_FILE_BYTES >> 20} MiB and was not read")
        else:
            notes.append(f"{name} was not read: the submission's files add up to more than "
                         f"{MAX_SUBMISSION_BYTES >> 20} MiB")  # fmt: skip
    return files, notes


# --------------------------------------------------------------------------- folders


def _skipped(items, prefix: str = "") -> list[str]:
    """Notes on what a folder holds that is not read: links, and .py entries that are not modules."""
    notes = []
    for item in items:
        where = prefix + item.name
        if item.kind == LINK:
            notes.append(LINK_NOTE.format(where))
        elif item.name.endswith(".py") and item.kind == OTHER:
            notes.append(f"{where} is not a regular file; it was not read")
        elif item.name.endswith(".py") and item.kind == FILE and not MODULE_NAME.fullmatch(item.name):
            notes.append(f"{where} is not a Python module name; it was not read")
    return notes


def _module_files(items) -> list[str]:
    return [item.name for item in items if item.kind == FILE and MODULE_NAME.fullmatch(item.name)]


def _listing(folder: Folder, prefix: str) -> tuple[list, list[str]]:
    """(the folder's entries, notes on what of them is skipped)."""
    items, more = folder.items()
    notes = _skipped(items, prefix)
    if more:
        where = prefix or "the submission"
        notes.append(f"{where} holds more than {MAX_ITEMS} entries; only {MAX_ITEMS} were looked at")
    return items, notes


def _from_folder(path: Path, expected: frozenset) -> tuple[dict, list]:
    with Folder(path) as top:
        items, notes = _listing(top, "")
        listings = {"": (items, [])}
        subfolders = [i.name for i in items if i.kind == FOLDER and not i.name.startswith((".", "__"))]
        if len(subfolders) > MAX_SUBFOLDERS:
            notes.append(f"only the first {MAX_SUBFOLDERS} of its {len(subfolders)} folders were looked into")
        for name in subfolders[:MAX_SUBFOLDERS]:
            with top.sub(name) as folder:
                listings[name] = _listing(folder, f"{name}/")
        folders = {name: {m[:-3] for m in _module_files(found)} for name, (found, _) in listings.items()}
        folders = {name: modules for name, modules in folders.items() if modules}
        if not folders:
            return {}, notes
        chosen = _choose_folder(folders, expected, f"{path.name}/")
        if chosen:
            notes += [f"the modules were read from {chosen}/", *listings[chosen][1]]
        with top.sub(chosen) if chosen else contextlib.nullcontext(top) as folder:
            files, read_notes = _read_modules(folder.read, _module_files(listings[chosen][0]), expected)
    return files, notes + read_notes


# --------------------------------------------------------------------------- zips


def _zip_directory(handle) -> tuple[int, int]:
    """(entries, bytes of the central directory) as the zip's end records declare them, read
    from its last bytes without parsing the archive; the zip64 record counts when it is there."""
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    tail_size = min(size, _END_SIZE + _MAX_COMMENT + _LOCATOR_SIZE + _END64_SIZE)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(_END)
    if at < 0 or len(tail) - at < _END_SIZE:
        raise zipfile.BadZipFile("File is not a zip file")
    entries, directory = struct.unpack_from("<HL", tail, at + 10)
    locator = at - _LOCATOR_SIZE
    if locator >= _END64_SIZE and tail[locator : locator + 4] == _LOCATOR:
        record = tail[locator - _END64_SIZE : locator]
        if record[:4] == _END64:
            entries64, directory64 = struct.unpack_from("<2Q", record, 32)
            entries, directory = max(entries, entries64), max(directory, directory64)
    return entries, directory


def _check_zip_size(handle, name: str) -> None:
    entries, directory = _zip_directory(handle)
    if entries > MAX_ZIP_ENTRIES:
        raise SubmissionError(f"{name} holds {entries} entries, more than the {MAX_ZIP_ENTRIES} a submission may")
    if directory > MAX_ZIP_DIRECTORY_BYTES:
        raise SubmissionError(f"{name} lists its entries in {directory} bytes, more than the "
                              f"{MAX_ZIP_DIRECTORY_BYTES >> 20} MiB a submission may")  # fmt: skip
    handle.seek(0)


def _bomb(zip_name: str, info: zipfile.ZipInfo) -> SubmissionError:
    return SubmissionError(
        f"{zip_name} looks like a zip bomb: {info.filename} expands more than {MAX_COMPRESSION_RATIO} times"
    )


def _too_compressed(size: int, info: zipfile.ZipInfo) -> bool:
    return size > RATIO_FLOOR_BYTES and size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, zip_name: str, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of a member, refusing the zip as a bomb as soon as the
    member declares, or turns out, to expand more than MAX_COMPRESSION_RATIO times."""
    if _too_compressed(info.file_size, info):
        raise _bomb(zip_name, info)
    chunks, size = [], 0
    with archive.open(info) as stream:
        while size <= limit:
            chunk = stream.read(min(READ_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if _too_compressed(size, info):
                raise _bomb(zip_name, info)
    return b"".join(chunks)


def _is_link(info: zipfile.ZipInfo) -> bool:
    return (info.external_attr >> 16) & 0o170000 == 0o120000


def _zip_folders(archive: zipfile.ZipFile) -> tuple[dict, list]:
    """({folder: {module file name: its entry}}, notes on the .py entries skipped)."""
    folders: dict = {}
    notes = []
    for info in archive.infolist():
        member = PurePosixPath(info.filename)
        if info.is_dir() or "__MACOSX" in info.filename or not member.name.endswith(".py"):
            continue
        if _is_link(info):
            notes.append(LINK_NOTE.format(info.filename))
        elif not MODULE_NAME.fullmatch(member.name):
            notes.append(f"{info.filename} is not a Python module name; it was not read")
        elif info.compress_type not in READABLE_COMPRESSION:
            notes.append(f"{info.filename} is compressed with method {info.compress_type}, not stored or deflated; "
                         "it was not read")  # fmt: skip
        else:
            parent = str(member.parent)
            folders.setdefault("" if parent == "." else parent, {})[member.name] = info
    return folders, notes


def _read_zip(archive: zipfile.ZipFile, name: str, expected: frozenset) -> tuple[dict, list]:
    folders, notes = _zip_folders(archive)
    if not folders:
        return {}, notes
    chosen = _choose_folder({f: {m[:-3] for m in members} for f, members in folders.items()}, expected, name)
    members = folders[chosen]
    files, read_notes = _read_modules(lambda member, limit: _inflate(archive, members[member], name, limit),
                                      list(members), expected)  # fmt: skip
    return files, notes + read_notes


def _from_zip(path: Path, expected: frozenset) -> tuple[dict, list]:
    try:
        with open_binary(path) as handle:
            _check_zip_size(handle, path.name)
            with zipfile.ZipFile(handle) as archive:
                return _read_zip(archive, path.name, expected)
    except SubmissionError:
        raise
    except UnsafeFile as exc:
        raise SubmissionError(exc.strerror) from None
    except Exception as exc:  # noqa: BLE001 - a corrupt, encrypted or odd archive is this submission's problem
        raise SubmissionError(f"{path.name} is not a readable zip file ({exc})") from None


# --------------------------------------------------------------------------- submissions


def _holds_notebooks(path: Path) -> bool:
    from .nbgrader.reader import holds_notebooks

    return holds_notebooks(path)


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


def _load(path: Path, student_id: str | None, expected: frozenset) -> Submission:
    try:
        kind = kind_of(path)
    except FileNotFoundError:
        raise SubmissionError(f"{path} does not exist") from None
    suffix = path.suffix.lower()
    if kind == LINK:
        raise SubmissionError(LINK_NOTE.format(path.name))
    if kind == FILE and suffix == ".ipynb" or kind == FOLDER and _holds_notebooks(path):
        from .nbgrader.reader import load_notebooks  # nbgrader notebooks: their answer cells, as text

        return load_notebooks(path, student_id, expected=expected)
    if kind == FOLDER:
        files, notes = _from_folder(path, expected)
        sid = student_id or path.resolve().name
    elif kind == FILE and suffix == ".zip":
        files, notes = _from_zip(path, expected)
        sid = student_id or path.stem
    else:
        raise SubmissionError(f"{path} is neither a folder of modules nor a .zip")
    return Submission(id=sid, path=path, files=files, notes=tuple(notes))


def load_submission(path: Path | str, student_id: str | None = None, *, expected=()) -> Submission:
    """Read one submission; ``expected`` names the course's modules, to find the right folder.

    Raises only ``SubmissionError``, whatever the submission holds.
    """
    path = Path(path)
    try:
        submission = _load(path, student_id, frozenset(expected))
    except SubmissionError:
        raise
    except UnsafeFile as exc:
        raise SubmissionError(exc.strerror) from None
    except Exception as exc:  # noqa: BLE001 - whatever a hostile submission triggers is its own problem
        raise SubmissionError(f"{path.name} could not be read ({type(exc).__name__}: {exc})") from None
    return _tidy(submission)


def meant_for(module: str, names) -> str:
    """`` (is activation.py meant to be activations.py?)`` when a file of the submission is
    named almost like the missing module, else ``""``."""
    import difflib

    close = difflib.get_close_matches(f"{module}.py", [n for n in names if n != f"{module}.py"], n=1, cutoff=0.75)
    return f" (is {close[0]} meant to be {module}.py?)" if close else ""
