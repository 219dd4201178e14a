"""The modules of a submission's ``.zip``, read from the archive, never extracted to disk.

A zip is hostile: its entry count and directory size are read from its end
record before the archive is parsed, only stored or deflated members are read,
and a member that expands more than ``MAX_COMPRESSION_RATIO`` times refuses the
zip (a zip bomb). A zip whose files all sit in one top folder is read from
inside it; ``choose_folder`` picks among several, and a course module missing there that one
other folder holds is read from that one (see ``elsewhere``).
"""

from __future__ import annotations

import os
import struct
import zipfile
from pathlib import Path, PurePosixPath

from .elsewhere import borrowed, near_misses
from .modules import LINK_NOTE, MODULE_NAME, NOT_A_MODULE_NAME, choose_folder, read_modules
from .safe_files import READ_CHUNK, UnsafeFile, open_binary
from .submission import SubmissionError

MAX_ZIP_ENTRIES = 2000
MAX_ZIP_DIRECTORY_BYTES = 1 << 20  # the zip's list of entries, which is parsed before anything is read
MAX_COMPRESSION_RATIO = 100  # Python source compresses some 3 to 10 times
RATIO_FLOOR_BYTES = 1 << 16  # a member smaller than this may compress as well as it likes
# zipfile inflates these in bounded steps; bzip2 and LZMA it inflates a whole chunk at once (gigabytes from 4 KiB)
READABLE_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)

_END = b"PK\x05\x06"  # a zip's end of central directory record
_END_SIZE = 22
_END64 = b"PK\x06\x06"  # the zip64 end record and its locator, just before the end record
_END64_SIZE = 56
_LOCATOR = b"PK\x06\x07"
_LOCATOR_SIZE = 20
_MAX_COMMENT = 0xFFFF


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


def _zip_folders(archive: zipfile.ZipFile) -> tuple[dict, dict, list]:
    """({folder: {module file name: its entry}}, {folder: every file name}, notes on the .py entries skipped)."""
    folders: dict = {}
    names: dict = {}
    notes = []
    for info in archive.infolist():
        member = PurePosixPath(info.filename)
        if info.is_dir() or "__MACOSX" in info.filename:
            continue
        parent = "" if str(member.parent) == "." else str(member.parent)
        names.setdefault(parent, []).append(member.name)
        if not member.name.endswith(".py"):
            continue
        if _is_link(info):
            notes.append(LINK_NOTE.format(info.filename))
        elif not MODULE_NAME.fullmatch(member.name):
            notes.append(f"{info.filename}{NOT_A_MODULE_NAME}")
        elif info.compress_type not in READABLE_COMPRESSION:
            notes.append(f"{info.filename} is compressed with method {info.compress_type}, not stored or deflated; "
                         "it was not read")  # fmt: skip
        else:
            folders.setdefault(parent, {})[member.name] = info
    return folders, names, notes


def _read_zip(archive: zipfile.ZipFile, name: str, expected: frozenset) -> tuple[dict, list]:
    folders, names, notes = _zip_folders(archive)
    modules = {folder: {m[:-3] for m in members} for folder, members in folders.items()}
    chosen = choose_folder(modules, expected, name, "exercise modules", borrows=True) if folders else ""
    extra, moved = borrowed(modules, chosen, expected)
    missing = set(expected) - modules.get(chosen, set()) - {module[:-3] for module in extra}
    near, named = near_misses(names, missing)
    notes = [note for note in notes if note.removesuffix(NOT_A_MODULE_NAME) not in named] + moved + near
    members = {**folders.get(chosen, {}), **{module: folders[folder][module] for module, folder in extra.items()}}
    files, read_notes = read_modules(lambda member, limit: _inflate(archive, members[member], name, limit),
                                     list(members), expected)  # fmt: skip
    return files, notes + read_notes


def modules_in_zip(path: Path, expected: frozenset) -> tuple[dict, list]:
    """``({"gates.py": text}, notes)`` of the zip ``path``; SubmissionError for one that cannot be read."""
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
