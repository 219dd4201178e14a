"""Plain-text reports: the instructor's table and the student's friendly check.

Both are read on a terminal or in a CI log, so every text a student could have
chosen passes through ``printable``: controls are shown as escapes, and what
belongs on one line (a name, a problem) stays on it.
"""

from __future__ import annotations

import json
import textwrap

from ..grading.results import SubmissionResult, points_text
from .terminal import printable
from .words import problem_beside_notes

MARKS = {"passed": "ok", "failed": "FAIL", "error": "ERROR", "timeout": "TIMEOUT"}


def table(results: list[SubmissionResult], *, verbose: bool = False) -> str:
    """One block per submission: a row per exercise with score, max and tests passed."""
    lines = []
    for result in results:
        lines.append(_line(result.submission))
        if result.problem:
            lines.append(f"  could not be graded: {_line(result.problem)}")
        if verbose:
            lines += [f"  note: {_line(note)}" for note in result.notes]
        width = max([len(e.name) for e in result.exercises] + [8])
        for e in result.exercises:
            tests = f"{e.passed}/{len(e.tests)} tests"
            problem = problem_beside_notes(e, result.notes) if verbose else e.problem  # verbose lists the notes
            note = f"  ({_line(problem)})" if e.problem else ""
            points = f"{points_text(e.score):>6} / {points_text(e.max_score):<4}"
            lines.append(f"  {_line(e.name):<{width}}  {points} {tests}{note}")
            if verbose and not e.problem:
                for t in e.tests:
                    if t.status != "passed":
                        lines.append(f"    {MARKS[t.status]:<7} {_line(t.name)}")
                        lines.append(_indent(t.message, "            "))
                        if t.hint:
                            lines.append(_indent(f"hint: {t.hint}", "            "))
        lines.append(f"  {'total':<{width}}  {points_text(result.score):>6} / {points_text(result.max_score)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def json_lines(results: list[SubmissionResult]) -> str:
    """One JSON object per submission, one per line."""
    return "".join(json.dumps(r.to_dict(), separators=(",", ":")) + "\n" for r in results)


def _line(text) -> str:
    """Text for one line of a report: controls and newlines shown as escapes."""
    return printable(text, newlines=False)


def _indent(text: str, prefix: str) -> str:
    """Text of several lines, each shown safely and indented under what it belongs to."""
    return textwrap.indent(printable(text), prefix)


def friendly(result: SubmissionResult) -> str:
    """What a student reads after ``nnkit check``: every test, and for each failure what and why."""
    lines = []
    if result.notes:  # said once, here, not again after each exercise they may explain
        lines += ["How your submission was read:", *(f"  - {_line(note)}" for note in result.notes), ""]
    for e in result.exercises:
        points = f"{points_text(e.score)} of {points_text(e.max_score)} points"
        lines.append(f"{_line(e.title)} ({_line(e.name)}.py): {points}")
        if e.problem and all(t.status != "passed" for t in e.tests):
            lines.append(f"  ! {_line(problem_beside_notes(e, result.notes))}")
            lines.append("")
            continue
        for t in e.tests:
            mark = "[x]" if t.status == "passed" else "[ ]"
            title = t.description or t.name
            lines.append(f"  {mark} {_line(title)}")
            if t.status != "passed":
                label = {"failed": "wrong", "error": "error", "timeout": "too slow"}[t.status]
                lines.append(_indent(f"{label}: {t.message}", "        "))
                if t.hint:
                    lines.append(_indent("hint: " + t.hint, "        "))
                if t.detail and t.status in ("error", "failed"):
                    lines.append(_indent(t.detail, "        "))
        if e.output.strip():
            shown = printable(e.output).strip().split("\n")
            lines.append(f"  your code printed ({len(shown)} lines{', the first 10' if len(shown) > 10 else ''}):")
            lines.extend(f"    | {line[:200]}" for line in shown[:10])
        lines.append("")
    done = sum(e.passed for e in result.exercises)
    total = sum(len(e.tests) for e in result.exercises)
    points = f"{points_text(result.score)} of {points_text(result.max_score)} points"
    lines.append(f"{done} of {total} checks pass: {points}.")
    if done == total and total:
        lines.append("Everything visible passes. Well done!")
    elif done < total:
        lines.append("Read the first failing check above, fix it, and run the check again.")
    lines.append("(These are the visible checks; your instructor's grading also runs hidden ones.)")
    return "\n".join(lines) + "\n"
