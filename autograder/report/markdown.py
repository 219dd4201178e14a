"""The student's feedback as Markdown, ``feedback.md``: the same content as the HTML page, with
each picture said in words. A text file is often read with ``cat``: control characters a
student wrote are shown as escapes (``terminal.printable``)."""

from __future__ import annotations

import re

from ..grading.results import SubmissionResult, TestResult, points_text
from .pictures import picture_words, pictures_of
from .terminal import printable
from .words import (INTRO, closing, counts, mark, missing_tip, outcome, problem_beside_notes, shared_detail,
                    shared_problem)  # fmt: skip

__all__ = ["code", "escape", "render_markdown"]


def escape(text: str) -> str:
    """Plain text that Markdown shows as typed, escaping only what would start formatting
    (so the file stays readable in a text editor too)."""
    text = " ".join(str(text).split("\n"))
    for trigger, pattern, replacement in _ESCAPES:  # a pattern runs only if its character is there
        if trigger in text:
            text = pattern.sub(replacement, text)
    text = text.replace("|", "\\|")
    if text[:1].isdigit():
        text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
    return re.sub(r"^([#>+-])", r"\\\1", text) if text[:1] in "#>+-" else text


_ESCAPES = [
    ("\\", re.compile(r"\\(?=[!-/:-@\[-`{-~])"), r"\\\\"),  # a backslash before punctuation
    ("`", re.compile(r"`"), r"\\`"),
    ("*", re.compile(r"\*"), r"\\*"),
    ("_", re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])"), r"\\_"),  # _ that is not inside a word
    ("<", re.compile(r"<(?=[A-Za-z/!?])"), r"\\<"),  # what would open an HTML tag
    ("]", re.compile(r"\](?=[(\[])"), r"\\]"),  # what would close a link
    ("~", re.compile(r"~(?=~)"), r"\\~"),
]


def _code(text: str) -> str:
    """Inline code that shows ``text`` as it is, backticks in it included."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _block(text: str, indent: str = "") -> list[str]:
    """A fenced code block of ``text`` (a message, a traceback), each line indented by ``indent``."""
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    fence = "`" * max(3, longest + 1)
    lines = [fence] + text.rstrip("\n").split("\n") + [fence]
    return [indent + line if line else "" for line in lines]


def _test_lines(test: TestResult, *, shared: bool) -> list[str]:
    """One test as a list item: its mark, title, outcome and points; if it did not pass, its
    message, hint and traceback; and its pictures in words."""
    points = f"{points_text(test.score)} of {points_text(test.max_score)} points"
    if test.hidden:
        return [f"- {mark(test, shared)} {_code(test.name)} (hidden test): {outcome(test, shared)}, {points}"]
    title = escape(test.description or test.name)
    lines = [f"- {mark(test, shared)} **{title}**  ", f"  {_code(test.name)}: {outcome(test, shared)}, {points}"]
    if test.status != "passed" and not shared:
        if test.message:
            lines += [""] + _block(test.message, "  ")
        if test.hint:
            lines += ["", f"  > **Hint:** {escape(test.hint)}"]
        if test.detail:
            lines += ["", "  The traceback from your code:", ""] + _block(test.detail, "  ")
    for kind, data in pictures_of(test):
        words = picture_words(kind, data)
        if words:
            lines += ["", f"  *Picture (in feedback.html):* {escape(words)}"]
    if len(lines) > 2:
        lines.append("")
    return lines


def render_markdown(result: SubmissionResult) -> str:
    """The feedback as Markdown: the same content as the HTML, with the pictures said in words.
    A text file is often read with ``cat``: control characters a student wrote are shown as escapes."""
    done, total = counts(result)
    out = [
        f"# Feedback for {escape(result.submission)}",
        "",
        f"**{points_text(result.score)} of {points_text(result.max_score)} points**, {done} of {total} checks pass.",
        "",
        escape(INTRO),
        "",
    ]
    if result.problem:
        out += [f"> **Your submission could not be read:** {escape(result.problem)}", ""]
    if result.notes:
        out += ["**How your submission was read:**", "", *(f"- {escape(note)}" for note in result.notes), ""]
    if result.exercises:
        out += ["| Exercise | Points | Checks passed |", "| --- | ---: | ---: |"]
        for e in result.exercises:
            points = f"{points_text(e.score)} / {points_text(e.max_score)}"
            out.append(f"| {escape(e.title)} ({_code(e.name + '.py')}) | {points} | {e.passed} / {len(e.tests)} |")
        out.append("")
    for e in result.exercises:
        out += [f"## {escape(e.title)} ({_code(e.name + '.py')})", ""]
        score = f"**{points_text(e.score)} of {points_text(e.max_score)} points**"
        out += [f"{score}, {e.passed} of {len(e.tests)} checks pass.", ""]
        shared = shared_problem(e)
        if e.problem:
            problem = problem_beside_notes(e, result.notes)
            out += [f"> **Nothing in this exercise could be checked:** {escape(problem)}", ""]
            if shared is not None and missing_tip(e):
                out += [f"> {escape(missing_tip(e))}", ""]
            detail = shared_detail(e) if shared is not None else ""
            if detail:
                out += ["The traceback from your code:", ""] + _block(detail) + [""]
        for t in e.tests:
            out += _test_lines(t, shared=shared is not None)
        if out[-1] != "":
            out.append("")
    out += [escape(closing(result)), ""]
    return printable("\n".join(out))

