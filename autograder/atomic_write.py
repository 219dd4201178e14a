"""Write a text file so that a reader sees the old file or the new one, never half of one.

The results folder (``batch/store.py``) and the feedback pages (``report/feedback.py``)
are written this way: a batch killed at any moment leaves each file either old or new.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

__all__ = ["write_atomic"]


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader sees the old file or the new one, never half of one:
    a temporary file in the same folder, flushed to disk, then renamed over ``path``.

    The text is written as UTF-8; what UTF-8 cannot encode (a lone surrogate from a student's
    message) becomes ``?`` rather than stopping the write."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o644)  # mkstemp's 0600 would hide the page from a web server or a TA
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
