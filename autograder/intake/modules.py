"""What of a submission is read as its modules, and how much: the bounds, the one folder chooser.

A submission is hostile, so reading one is bounded: at most ``MAX_FILES`` modules
are read, each at most ``MAX_FILE_BYTES`` and all together at most
``MAX_SUBMISSION_BYTES`` (the course's modules first); what is left out gets a note.
When modules (or notebooks) sit in several folders, ``choose_folder`` takes the one
holding the most course exercises and refuses to guess between equals that hold the same ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .safe_files import UnsafeFile
from .submission import SubmissionError

MAX_FILE_BYTES = 1 << 20  # a module larger than 1 MiB is not a course answer
MAX_FILES = 64
MAX_SUBMISSION_BYTES = 4 << 20  # all the Python files of one submission together
MAX_TIED_FOLDERS_SHOWN = 5

MODULE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\.py")
LINK_NOTE = "{} is a symbolic link; links are not followed"
NOT_A_MODULE_NAME = " is not a Python module name; it was not read"  # after the file's path


def choose_folder(folders: dict[str, set], expected: frozenset, where: str, holding: str, *, borrows: bool = False) -> str:
    """Pick the folder whose exercises are the submission; refuse to guess between equals.

    ``folders`` maps a folder (relative, "" for the top) to the exercises found in it.
    The folder with the most course exercises wins, the shallowest on a tie. Two different
    folders with as many at the same depth are a SubmissionError, unless the caller
    ``borrows`` (reads the exercises missing from the chosen folder from the one other folder
    that holds each: ``elsewhere.borrowed``) and the tied folders hold different exercises:
    then the first by name is chosen. The error says that ``where`` holds ``holding``
    (``"exercise modules"``) in several folders.
    """

    def rank(folder):
        names = folders[folder]
        known = len(names & expected) if expected else len(names)
        return (-known, folder.count("/") if folder else -1)

    ordered = sorted(folders, key=lambda f: (rank(f), f))
    best = ordered[0]
    tied = [f for f in ordered if rank(f) == rank(best)]
    held = [module for f in tied for module in (folders[f] & expected if expected else folders[f])]
    if len(tied) > 1 and (not borrows or len(held) != len(set(held))):  # the same exercise twice: which is meant?
        tied = [f"{f or '.'}/" for f in tied]
        shown = ", ".join(tied[:MAX_TIED_FOLDERS_SHOWN])
        if len(tied) > MAX_TIED_FOLDERS_SHOWN:
            shown += f" and {len(tied) - MAX_TIED_FOLDERS_SHOWN} more"
        raise SubmissionError(f"{where} holds {holding} in several folders ({shown}); it must hold one submission")
    return best


def read_modules(read: Callable[[str, int], bytes], names: Iterable[str], expected: frozenset) -> tuple[dict, list]:
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
            files[name] = data.decode("utf-8", errors="replace")
        elif limit == MAX_FILE_BYTES:
            notes.append(f"{name} is larger than {MAX_FILE_BYTES >> 20} MiB and was not read")
        else:
            notes.append(f"{name} was not read: the submission's files add up to more than "
                         f"{MAX_SUBMISSION_BYTES >> 20} MiB")  # fmt: skip
    return files, notes
