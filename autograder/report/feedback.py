"""Feedback a student can read: ``feedback.md`` and a self-contained ``feedback.html``, written
side by side into the student's folder of the results.

The HTML (``report/html.py``) shows every test with its points, what went wrong and the
pictures the checks recorded; the Markdown (``report/markdown.py``) says the same, the
pictures in words (``report/pictures.py``).
"""

from __future__ import annotations

from pathlib import Path

from ..atomic_write import write_atomic
from ..grading.results import SubmissionResult
from .html import render_html
from .markdown import render_markdown

__all__ = ["write_feedback"]


def write_feedback(result: SubmissionResult, folder: Path, *, pictures: bool = True) -> None:
    """Write ``folder/feedback.md`` and ``folder/feedback.html``, each atomically.

    Both are rendered before either is written, so a rendering failure leaves the old files alone.
    ``pictures=False`` says in words what each picture would show, without drawing.
    """
    folder = Path(folder)
    markdown = render_markdown(result)
    page = render_html(result, pictures=pictures)
    write_atomic(folder / "feedback.md", markdown)
    write_atomic(folder / "feedback.html", page)
