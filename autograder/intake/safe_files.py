"""Read a student's files without ever following a symbolic link.

A submission is hostile: a folder may hold a link to the solutions, to
``/proc/self/cwd``, to a classmate's folder, or a named pipe that would block
a reader forever. Everything here works on open folder descriptors: a folder
is opened with ``O_NOFOLLOW | O_DIRECTORY``, its entries are listed from that
descriptor without following links (``os.scandir(fd)``), and a file or
subfolder is opened relative to it (``dir_fd``) with ``O_NOFOLLOW``. A link
swapped in between the listing and the opening is therefore refused by the
kernel, not followed, and so is a link put in place of a folder on the way.

Only the last part of the path a caller names is checked: the folders above
it are the instructor's.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

MAX_ITEMS = 1000  # entries of one folder looked at; a submission holds a few modules
READ_CHUNK = 1 << 16

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_FILE_FLAGS = os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_FOLDER_FLAGS = os.O_RDONLY | _NOFOLLOW | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)

FILE, FOLDER, LINK, OTHER = "file", "folder", "link", "other"


class UnsafeFile(OSError):
    """A path that is a link, or not a regular file or folder, or too large: not read."""


@dataclass(frozen=True)
class Item:
    """One entry of a folder, seen without following it: ``kind`` is FILE, FOLDER, LINK or OTHER."""

    name: str
    kind: str


def kind_of(path: Path | str) -> str:
    """What ``path`` itself is (a link is LINK, never what it points to); OSError if it is not there."""
    mode = os.lstat(path).st_mode
    if stat.S_ISLNK(mode):
        return LINK
    if stat.S_ISDIR(mode):
        return FOLDER
    return FILE if stat.S_ISREG(mode) else OTHER


def _is_link(path, dir_fd: int | None = None) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path, dir_fd=dir_fd).st_mode)
    except OSError:
        return False


def _refusal(exc: OSError, path, what: str, dir_fd: int | None = None) -> OSError:
    """The error to raise when opening ``path`` failed: a link (ELOOP under O_NOFOLLOW, EMLINK on
    the BSDs, ENOTDIR with O_DIRECTORY) says so plainly, and so does a file where a folder was
    expected. The kernel refused to follow; this only finds the words."""
    name = Path(path).name or str(path)
    if exc.errno in (errno.ELOOP, errno.EMLINK) or exc.errno == errno.ENOTDIR and _is_link(path, dir_fd):
        return UnsafeFile(exc.errno, f"{name} is a symbolic link; links are not followed")
    if exc.errno == errno.ENOTDIR and what == FOLDER:
        return UnsafeFile(exc.errno, f"{name} is not a folder")
    return exc


def _read_all(fd: int, name: str, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of the open file ``fd`` (one more than allowed says "too large")."""
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        raise UnsafeFile(errno.EINVAL, f"{name} is not a regular file")
    chunks, size = [], 0
    while size <= limit:
        chunk = os.read(fd, min(READ_CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_path(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file ``path`` (never through a link), at most ``limit + 1``."""
    try:
        fd = os.open(path, _FILE_FLAGS)
    except OSError as exc:
        raise _refusal(exc, path, FILE) from None
    try:
        return _read_all(fd, Path(path).name, limit)
    finally:
        os.close(fd)


def open_binary(path: Path | str):
    """A binary file object for the regular file ``path``, opened without following a link."""
    try:
        fd = os.open(path, _FILE_FLAGS)
    except OSError as exc:
        raise _refusal(exc, path, FILE) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UnsafeFile(errno.EINVAL, f"{Path(path).name} is not a regular file")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class Folder:
    """An open folder that is not a link; its entries and files are reached through it.

    Use as a context manager; ``Folder(path)`` opens a path, ``folder.sub(name)``
    one of its subfolders.
    """

    def __init__(self, path: Path | str, *, _fd: int | None = None):
        self.path = Path(path)
        if _fd is None:
            try:
                _fd = os.open(self.path, _FOLDER_FLAGS)
            except OSError as exc:
                raise _refusal(exc, self.path, FOLDER) from None
        self.fd = _fd

    def __enter__(self) -> "Folder":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def items(self, limit: int = MAX_ITEMS) -> tuple[list[Item], bool]:
        """(at most ``limit`` entries, sorted by name; whether the folder holds more). Links are
        listed as LINK, never followed; a folder with more entries is cut in the system's order."""
        found, more = [], False
        with os.scandir(self.fd) as entries:
            for entry in entries:
                if len(found) >= limit:
                    more = True
                    break
                found.append(Item(entry.name, _entry_kind(entry)))
        return sorted(found, key=lambda item: item.name), more

    def sub(self, name: str) -> "Folder":
        """The subfolder ``name``, opened relative to this one, never through a link."""
        try:
            fd = os.open(name, _FOLDER_FLAGS, dir_fd=self.fd)
        except OSError as exc:
            raise _refusal(exc, name, FOLDER, self.fd) from None
        return Folder(self.path / name, _fd=fd)

    def read(self, name: str, limit: int) -> bytes:
        """The bytes of the regular file ``name`` in this folder (never through a link), at most ``limit + 1``."""
        try:
            fd = os.open(name, _FILE_FLAGS, dir_fd=self.fd)
        except OSError as exc:
            raise _refusal(exc, name, FILE, self.fd) from None
        try:
            return _read_all(fd, name, limit)
        finally:
            os.close(fd)


def _entry_kind(entry: os.DirEntry) -> str:
    try:
        if entry.is_symlink():
            return LINK
        if entry.is_dir(follow_symlinks=False):
            return FOLDER
        return FILE if entry.is_file(follow_symlinks=False) else OTHER
    except OSError:
        return OTHER
