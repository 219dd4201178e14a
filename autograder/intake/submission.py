"""A submission as the intake read it: its modules' text and the notes on what was skipped."""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..grading.bounds import MAX_PROBLEM_CHARS, cut


@dataclass(frozen=True)
class Submission:
    id: str
    path: Path
    files: dict = field(default_factory=dict)  # "gates.py" -> source text
    notes: tuple[str, ...] = ()  # what was skipped, and where the modules were found


class SubmissionError(Exception):
    """The path is not a submission that can be read; the message, short, says why."""

    def __init__(self, message: str):
        super().__init__(cut(message, MAX_PROBLEM_CHARS))


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


def reading_notes(notes) -> str:
    """`` (the modules were read from part1/; big.py is larger than 1 MiB and was not read)``:
    the notes of reading a submission as the problem of an exercise it lacks ends with them
    (they may say why it is missing), or ``""`` when there are none."""
    return f" ({'; '.join(notes)})" if notes else ""


def meant_for(module: str, names) -> str:
    """`` (is activation.py meant to be activations.py?)`` when a file of the submission is
    named almost like the missing module, else ``""``."""
    close = difflib.get_close_matches(f"{module}.py", [n for n in names if n != f"{module}.py"], n=1, cutoff=0.75)
    return f" (is {close[0]} meant to be {module}.py?)" if close else ""
