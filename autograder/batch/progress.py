"""A progress line for a batch: done/total, rate, and the latest trouble, on stderr.

On a terminal the line is redrawn in place; elsewhere (CI logs) a line is
printed every few seconds, and once at the end.
"""

from __future__ import annotations

import sys
import time

from ..report.terminal import printable
from .store import status_of

WIDTH = 24


class Progress:
    """The progress line of ``total`` students, written to ``stream`` (stderr by default)."""

    def __init__(self, total: int, *, stream=None, every: float = 5.0):
        self.total = total
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.every = every
        self.done = 0
        self.troubled = 0
        self.latest = ""
        self.started = time.monotonic()
        self._printed = 0.0

    def update(self, student: str, record: dict) -> None:
        """One more student done; ``record``: their record (``SubmissionResult.to_dict``)."""
        self.done += 1
        status = status_of(record)
        if status not in ("graded", "incomplete"):  # unfinished stubs are no trouble of the grader's to show
            self.troubled += 1
            reason = record.get("grader_failure") or record.get("problem") or _first_error(record)
            self.latest = printable(f"{student}: {reason}", newlines=False)[:70]  # a student's words, on one line
        now = time.monotonic()
        if self.tty or now - self._printed >= self.every or self.done == self.total:
            self._printed = now
            self._draw()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        filled = int(WIDTH * self.done / self.total) if self.total else WIDTH
        bar = "#" * filled + "-" * (WIDTH - filled)
        text = f"[{bar}] {self.done}/{self.total}  {self.done / elapsed:.1f}/s"
        if self.troubled:
            text += f"  {self.troubled} with errors (latest {self.latest})"
        return text

    def _draw(self) -> None:
        if self.tty:
            self.stream.write("\r\033[K" + self.line())
        else:
            self.stream.write(self.line() + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty and self.done:
            self.stream.write("\n")
            self.stream.flush()


def _first_error(record: dict) -> str:
    for exercise in record.get("exercises", []):
        for test in exercise.get("tests", []):
            if test.get("status") in ("error", "timeout"):
                return test.get("message", "").splitlines()[0] if test.get("message") else test["status"]
    return "error"
