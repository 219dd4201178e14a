"""The instructor's summary of a class: ``results/summary.html``.

The score distribution (a histogram, mean and median), every student with their
total, status and a link to their ``feedback.html``, the submissions that could
not be read and why, each exercise's mean and median, each test's pass rate, and
how many students each hint (a named misconception) reached: first the hints that
name a mistake, then, grouped by the part they point to, the follow-on hints that
only send the student to another failure ("fix forward first"). Results stream
through :class:`Summary` one at a time: it keeps counts and one short row per
student, never the results themselves, so a class of thousands costs a few
hundred kilobytes.
"""

from __future__ import annotations

import statistics
import urllib.parse
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..grading.results import STATUSES, SubmissionResult, points_text
from .colours import BLUE, INK, ORANGE
from ..grading.follow_ons import FOLLOW_ON
from .html import escape

__all__ = ["Summary", "render_summary_html"]

BINS = 10  # the histogram's bars: 0-10 %, 10-20 %, ..., 90-100 % of the points
# A follow-on hint names no mistake: it sends the student to a part whose own check fails, in the
# checks' words "(see the check of forward): fix forward first, and loss follows" (CONTRIBUTING.md).
# Counted as a misconception, it would rank above the mistakes it follows from, since it collects
# the students of all of them. (FOLLOW_ON: in grading.follow_ons.)


@dataclass
class _ExerciseCounts:
    title: str
    max_score: float
    scores: array = field(default_factory=lambda: array("d"))
    not_graded: int = 0  # the whole exercise could not run: missing or broken module


@dataclass
class _TestCounts:
    exercise: str
    name: str
    hidden: bool
    description: str = ""
    # the four statuses, and "not_run": the exercise's module was missing or broken, so the test never ran
    statuses: dict = field(default_factory=lambda: dict.fromkeys((*STATUSES, "not_run"), 0))

    @property
    def total(self) -> int:
        return sum(self.statuses.values())

    @property
    def pass_rate(self) -> float:
        return self.statuses["passed"] / self.total if self.total else 0.0


@dataclass(frozen=True)
class _Student:
    """A student's row in the summary: their total, the gradebook's status, and why, when the
    submission could not be read or the grader failed on it."""

    score: float
    max_score: float
    status: str
    why: str = ""


@dataclass
class _HintCounts:
    students: int = 0
    tests: dict = field(default_factory=dict)  # "exercise: test" -> students it reached there


class Summary:
    """Counts over a stream of results: ``add`` each one, then ``render_html``."""

    def __init__(self) -> None:
        self.students = 0
        self.unreadable = 0  # submissions that could not be read at all
        self.totals = array("d")  # one score per student, as a share of its maximum
        self.max_scores: set[float] = set()
        self.exercises: dict[str, _ExerciseCounts] = {}
        self.tests: dict[tuple[str, str], _TestCounts] = {}
        self.hints: dict[str, _HintCounts] = {}  # the hints that name a mistake
        self.follow_ons: dict[tuple[str, str], _HintCounts] = {}  # (exercise, the part pointed to)
        self.rows: dict[str, _Student] = {}  # every student, the missing included

    def add(self, result: SubmissionResult) -> None:
        from ..batch.store import status_of

        record = {"problem": result.problem, "grader_failure": result.grader_failure,
                  "exercises": [{"tests": [{"status": t.status, "message": t.message} for t in e.tests]}
                                for e in result.exercises]}  # fmt: skip
        why = result.grader_failure or result.problem
        self.rows[result.submission] = _Student(result.score, result.max_score, status_of(record), why)
        self.students += 1
        self.unreadable += bool(result.problem)
        self.max_scores.add(round(result.max_score, 6))
        self.totals.append(result.score / result.max_score if result.max_score else 0.0)
        reached: dict[str, set[str]] = {}  # hint -> "exercise: test" of the tests that gave it
        pointed: dict[tuple[str, str], set[str]] = {}  # (exercise, part) -> the same, for follow-on hints
        for e in result.exercises:
            counts = self.exercises.setdefault(e.name, _ExerciseCounts(e.title, e.max_score))
            counts.scores.append(e.score)
            not_run = bool(e.problem) and not any(t.status == "passed" for t in e.tests)
            counts.not_graded += not_run
            for t in e.tests:
                test = self.tests.setdefault((e.name, t.name), _TestCounts(e.name, t.name, t.hidden, t.description))
                test.statuses["not_run" if not_run else t.status] += 1
                if t.hint and t.status != "passed":
                    follows = FOLLOW_ON.search(t.hint)
                    found = pointed.setdefault((e.name, follows.group(1)), set()) if follows else \
                        reached.setdefault(t.hint, set())  # fmt: skip
                    found.add(f"{e.name}: {t.name}")
        # a student counts once per hint (or part pointed to), however many tests it came up in
        for table, seen in ((self.hints, reached), (self.follow_ons, pointed)):
            for key, where in seen.items():
                counts = table.setdefault(key, _HintCounts())
                counts.students += 1
                for place in where:
                    counts.tests[place] = counts.tests.get(place, 0) + 1

    def add_missing(self, student: str) -> None:
        """A student of the roster who handed in nothing: listed, not counted in the statistics."""
        self.rows.setdefault(student, _Student(0.0, 0.0, "missing", "no submission was found"))

    # ----------------------------------------------------------------- numbers

    @property
    def max_score(self) -> float | None:
        """The class's maximum, when every submission was graded out of the same points."""
        return next(iter(self.max_scores)) if len(self.max_scores) == 1 else None

    def histogram(self) -> list[int]:
        counts = [0] * BINS
        for share in self.totals:
            counts[min(BINS - 1, max(0, int(share * BINS + 1e-9)))] += 1
        return counts

    # ----------------------------------------------------------------- HTML

    def render_html(self, isolation: str = "", feedback=None, similar: int | None = None) -> str:
        """The page; ``isolation`` says how student code was walled in on the grading machine;
        ``feedback``: the students whose ``<student>/feedback.html`` exists (default: all that
        were graded), each linked from their row; ``similar``: the pairs ``similarity.html``
        flags (None: there is no such page)."""
        parts = [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>Class summary</title>",
            f"<style>{CSS}</style></head><body><main>",
            "<h1>Class summary</h1>",
        ]
        if not self.students:
            parts += ["<p>No results yet.</p>", self._students(feedback) if self.rows else ""]
            parts.append("</main></body></html>")
            return "\n".join(parts) + "\n"
        parts += [self._overview(), self._similar(similar), self._students(feedback), self._unreadable(),
                  self._exercises(), self._hints(), self._follow_ons(), self._tests()]  # fmt: skip
        if isolation:
            parts.append(f"<h2>Isolation</h2><p class=\"isolation\">{escape(isolation)}</p>")
        parts.append("</main></body></html>")
        return "\n".join(parts) + "\n"

    def _overview(self) -> str:
        top = self.max_score
        shares = list(self.totals)
        mean, median = statistics.fmean(shares), statistics.median(shares)

        def score(share: float) -> str:
            return f"{points_text(share * top)} of {points_text(top)}" if top else f"{share * 100:.1f} %"

        facts = [
            ("students", str(self.students)),
            ("mean", score(mean)),
            ("median", score(median)),
            ("full marks", str(sum(s >= 1 - 1e-9 for s in shares))),
        ]
        if self.unreadable:
            facts.append(("could not be read", str(self.unreadable)))
        cells = "".join(f'<div class="fact"><span>{escape(k)}</span><strong>{escape(v)}</strong></div>'
                        for k, v in facts)  # fmt: skip
        words = "The total scores: " + ", ".join(
            f"{c} at {i * 100 // BINS}-{(i + 1) * 100 // BINS} %" for i, c in enumerate(self.histogram()) if c
        ) + "."  # fmt: skip
        picture = _histogram_svg(self.histogram(), mean, median, words)
        figure = f"<figure>{picture}<figcaption>{escape(words)}</figcaption></figure>"
        return f'<section><h2>Scores</h2><div class="facts">{cells}</div>{figure}</section>'

    @staticmethod
    def _similar(similar: int | None) -> str:
        if similar is None:
            return ""
        return (f'<section><h2>Similar submissions</h2><p><a href="similarity.html">{similar} pair(s) flagged</a> '
                "by code or by behaviour: evidence for a conversation, not a verdict.</p></section>")

    def _students(self, feedback) -> str:
        """Every student by id: total, status, and a link to their feedback page (relative to
        the results folder, where this page is written)."""
        rows = []
        for student, row in sorted(self.rows.items()):
            linked = row.status != "missing" and (feedback is None or student in feedback)
            href = urllib.parse.quote(student, safe="") + "/feedback.html"
            name = f'<a href="{escape(href)}">{escape(student)}</a>' if linked else escape(student)
            total = "" if row.status == "missing" else f"{points_text(row.score)} of {points_text(row.max_score)}"
            rows.append(f'<tr><td>{name}</td><td class="num">{escape(total)}</td><td>{escape(row.status)}</td>'
                        f'<td class="where">{escape(row.why)}</td></tr>')  # fmt: skip
        return (
            "<section><h2>Students</h2><p>Each name links to the student's feedback page. The status: "
            "<em>graded</em> (every test ran on finished code), <em>incomplete</em> (stubs left unfinished or "
            "modules missing), <em>errors</em> (the code crashed or ran out of time), <em>unreadable</em>, "
            "<em>grader failure</em> (grade again), <em>missing</em> (no submission).</p>"
            '<table><thead><tr><th>Student</th><th class="num">Total</th><th>Status</th><th>Why</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></section>"
        )

    def _unreadable(self) -> str:
        """The submissions that could not be read at all, and why."""
        rows = [f"<li><strong>{escape(student)}</strong>: {escape(row.why)}</li>"
                for student, row in sorted(self.rows.items()) if row.status == "unreadable"]  # fmt: skip
        if not rows:
            return ""
        return (f"<section><h2>Could not be read</h2><p>{len(rows)} submission(s) scored zero because they could "
                f"not be read:</p><ul>{''.join(rows)}</ul></section>")  # fmt: skip

    def _exercises(self) -> str:
        rows = []
        for name, e in self.exercises.items():
            scores = list(e.scores)
            mean, median = statistics.fmean(scores), statistics.median(scores)
            full = sum(s >= e.max_score - 1e-9 for s in scores)
            share = mean / e.max_score if e.max_score else 0.0
            rows.append(
                f"<tr><td>{escape(e.title)} <code>{escape(name)}.py</code></td>"
                f'<td class="num">{points_text(mean)}</td><td class="num">{points_text(median)}</td>'
                f'<td class="num">{points_text(e.max_score)}</td><td class="num">{full}</td>'
                f'<td class="num">{e.not_graded}</td><td>{_meter(share)}</td></tr>'
            )
        return (
            '<section><h2>Exercises</h2><table><thead><tr><th>Exercise</th><th class="num">Mean</th>'
            '<th class="num">Median</th><th class="num">Points</th><th class="num">Full marks</th>'
            '<th class="num" title="missing or broken module">Not graded</th><th>Mean share</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></section>"
        )

    def _hint_rows(self, table: dict, label) -> str:
        """A row per entry of ``table`` (most students first): students, share, ``label(key)``, the tests."""
        rows = []
        for key, counts in sorted(table.items(), key=lambda item: (-item[1].students, item[0])):
            where = "; ".join(f"{place} ({n})" for place, n in sorted(counts.tests.items(), key=lambda kv: (-kv[1], kv[0])))
            rows.append(
                f'<tr><td class="num">{counts.students}</td><td class="num">{counts.students / self.students:.0%}</td>'
                f'<td>{label(key)}</td><td class="where">{escape(where)}</td></tr>'
            )
        return "".join(rows)

    def _hints(self) -> str:
        if not self.hints:
            return "<section><h2>Misconceptions</h2><p>No hint named a mistake for any student.</p></section>"
        return (
            "<section><h2>Misconceptions</h2><p>Each hint names a mistake the checks recognised. A student counts "
            "once per hint, however many tests gave it; the tests are listed with how many students got it there.</p>"
            '<table><thead><tr><th class="num">Students</th><th class="num">Share</th><th>Hint</th><th>Given by</th>'
            f"</tr></thead><tbody>{self._hint_rows(self.hints, escape)}</tbody></table></section>"
        )

    def _follow_ons(self) -> str:
        if not self.follow_ons:
            return ""
        rows = self._hint_rows(self.follow_ons, lambda key: f"fix <code>{escape(key[1])}</code> first "
                                                            f"({escape(key[0])}.py)")  # fmt: skip
        return (
            "<section><h2>Follow-on hints</h2><p>These hints name no mistake: they tell the student that a check "
            "fails because a part it is built on fails its own check, and to fix that part first. They are grouped "
            "by the part they point to; the mistakes themselves are counted above, or in the Tests table when their "
            "check gives no hint.</p>"
            '<table><thead><tr><th class="num">Students</th><th class="num">Share</th><th>Points to</th>'
            f"<th>Given by</th></tr></thead><tbody>{rows}</tbody></table></section>"
        )

    def _tests(self) -> str:
        rows = []
        current = None
        for (exercise, name), t in self.tests.items():
            if exercise != current:
                current = exercise
                title = self.exercises[exercise].title if exercise in self.exercises else exercise
                rows.append(f'<tr class="group"><th colspan="8">{escape(title)} <code>{escape(exercise)}.py</code></th></tr>')
            hidden = ' <span class="badge">hidden</span>' if t.hidden else ""
            s = t.statuses
            rows.append(
                f'<tr><td title="{escape(t.description)}"><code>{escape(name)}</code>{hidden}</td>'
                f'<td>{_meter(t.pass_rate)}</td><td class="num">{t.pass_rate:.0%}</td>'
                f'<td class="num">{s["passed"]} / {t.total}</td>'
                + "".join(f'<td class="num">{s[k]}</td>' for k in ("failed", "error", "timeout", "not_run"))
                + "</tr>"
            )
        return (
            "<section><h2>Tests</h2><p>The pass rate counts every student; a test whose module was missing or "
            "could not be imported did not run. Hover a test for what it checks.</p>"
            '<table><thead><tr><th>Test</th><th>Pass rate</th><th class="num"></th>'
            '<th class="num">Passed</th><th class="num">Wrong</th><th class="num">Error</th>'
            '<th class="num">Too slow</th><th class="num" title="the module was missing or could not be imported">'
            f"Not run</th></tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
        )


def _meter(share: float) -> str:
    share = max(0.0, min(1.0, share))
    return f'<div class="bar" role="img" aria-label="{share:.0%}"><span style="width:{share * 100:.1f}%"></span></div>'


def _histogram_svg(counts: list[int], mean: float, median: float, words: str) -> str:
    """The distribution of total scores as inline SVG: drawn by hand, so the summary
    needs no plotting library (the class's last second is not spent importing one)."""
    width, height, left, bottom, top = 640, 260, 44, 40, 28
    plot_w, plot_h = width - left - 16, height - bottom - top
    tallest = max(max(counts), 1)
    x = lambda share: left + share * plot_w  # noqa: E731
    y = lambda count: top + plot_h * (1 - count / (tallest * 1.15))  # noqa: E731
    bar = plot_w / len(counts)
    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" role="img" aria-label="{escape(words)}" '
             f'font-family="sans-serif" font-size="11" fill="{INK}">']  # fmt: skip
    for tick in range(0, 101, 10):
        parts.append(f'<line x1="{x(tick / 100):.1f}" y1="{top + plot_h}" x2="{x(tick / 100):.1f}" '
                     f'y2="{top + plot_h + 4}" stroke="{INK}"/><text x="{x(tick / 100):.1f}" y="{top + plot_h + 16}" '
                     f'text-anchor="middle">{tick}</text>')  # fmt: skip
    for i, count in enumerate(counts):
        if count:
            x0, y0 = left + i * bar + bar * 0.04, y(count)
            parts.append(f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{bar * 0.92:.1f}" height="{top + plot_h - y0:.1f}" '
                         f'fill="{BLUE}"/><text x="{x0 + bar * 0.46:.1f}" y="{y0 - 3:.1f}" '
                         f'text-anchor="middle">{count}</text>')  # fmt: skip
    parts.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="{INK}"/>')
    for share, colour, dash, label, anchor in [(mean, ORANGE, "", "mean", 0), (median, INK, "5 3", "median", 1)]:
        parts.append(f'<line x1="{x(share):.1f}" y1="{top}" x2="{x(share):.1f}" y2="{top + plot_h}" stroke="{colour}" '
                     f'stroke-width="1.6" stroke-dasharray="{dash}"/>'
                     f'<text x="{width - 16}" y="{12 + 13 * anchor}" text-anchor="end" fill="{colour}">'
                     f'{label} {share * 100:.1f} %</text>')  # fmt: skip
    parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 6}" text-anchor="middle">'
                 "total score, % of the points</text>")
    parts.append(f'<text x="12" y="{top + plot_h / 2:.1f}" text-anchor="middle" '
                 f'transform="rotate(-90 12 {top + plot_h / 2:.1f})">students</text></svg>')
    return "".join(parts)


def render_summary_html(results: Iterable[SubmissionResult], isolation: str = "", feedback=None,
                        similar: int | None = None) -> str:  # fmt: skip
    """The instructor's page for a stream of results (consumed once, never kept)."""
    summary = Summary()
    for result in results:
        summary.add(result)
    return summary.render_html(isolation, feedback, similar)


CSS = """
:root { --ink: #1a202c; --soft: #4a5568; --line: #e2e8f0; --page: #f7f8fa; --card: #ffffff; --ok: #2b6cb0;
  --code-bg: #f1f3f6; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 64rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.2rem; margin: 0 0 .6rem; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.2rem;
  margin: 0 0 1.4rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .88em;
  background: var(--code-bg); padding: .05em .3em; border-radius: 4px; }
table { width: 100%; border-collapse: collapse; }
th, td { padding: .35rem .55rem; text-align: left; border-bottom: 1px solid var(--line); vertical-align: top; }
th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.group th { background: var(--code-bg); padding-top: .5rem; }
td.where { color: var(--soft); font-size: .88rem; }
.facts { display: flex; flex-wrap: wrap; gap: .6rem 2rem; margin-bottom: .8rem; }
.fact span { display: block; color: var(--soft); font-size: .85rem; }
.fact strong { font-size: 1.25rem; }
.bar { height: .55rem; background: var(--line); border-radius: 1rem; overflow: hidden; min-width: 6rem;
  margin-top: .45rem; }
.bar > span { display: block; height: 100%; background: var(--ok); }
.badge { font-size: .75rem; border: 1px solid var(--line); border-radius: 1rem; padding: 0 .45rem; color: var(--soft); }
figure { margin: 0; }
figure img { display: block; max-width: 100%; height: auto; }
figcaption { color: var(--soft); font-size: .85rem; }
"""
