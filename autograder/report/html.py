"""The student's feedback as one self-contained HTML page, ``feedback.html``: inline CSS,
pictures as data URIs, no script, no link out.

Per exercise: the score, then every test with its points, and for a test that did not pass
its message, hint and (for an error) the traceback from the student's code, with the
test's pictures beside it. Hidden tests show their name, points and outcome only: never
their message, description, inputs, hint, traceback or pictures.
"""

from __future__ import annotations

import base64
import html
import re

from ..grading.results import ExerciseResult, SubmissionResult, TestResult, points_text
from .pictures import picture_png, picture_words, pictures_of
from .words import (INTRO, closing, counts, mark, missing_tip, outcome, problem_beside_notes, shared_detail,
                    shared_problem)  # fmt: skip

__all__ = ["anchor", "escape", "render_html"]

CSS = """
:root { --ink: #1a202c; --soft: #4a5568; --line: #e2e8f0; --page: #f7f8fa; --card: #ffffff;
  --ok: #276749; --ok-bg: #e6f4ea; --bad: #b7410e; --bad-bg: #fdf0e6; --hint-bg: #eef4fb; --hint: #2b6cb0;
  --code-bg: #f1f3f6; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #e2e8f0; --soft: #a0aec0; --line: #2d3748; --page: #12161c; --card: #1a202c;
    --ok: #9ae6b4; --ok-bg: #1c3326; --bad: #fbb47a; --bad-bg: #3a2616; --hint-bg: #1a2a3d; --hint: #90cdf4;
    --code-bg: #232a35; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 56rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 0; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  font-size: .88em; }
code { background: var(--code-bg); padding: .05em .3em; border-radius: 4px; }
pre { background: var(--code-bg); padding: .7rem .9rem; border-radius: 6px; overflow-x: auto; white-space: pre-wrap;
  overflow-wrap: anywhere; margin: .6rem 0; line-height: 1.45; }
.total { font-size: 1.15rem; margin: .2rem 0 1rem; }
.lead { color: var(--soft); }
.bar { height: .55rem; background: var(--line); border-radius: 1rem; overflow: hidden; min-width: 5rem; }
.bar > span { display: block; height: 100%; background: var(--ok); }
table.overview { width: 100%; border-collapse: collapse; margin: 1rem 0 2rem; background: var(--card);
  border: 1px solid var(--line); border-radius: 8px; }
table.overview th, table.overview td { padding: .45rem .7rem; text-align: left; border-bottom: 1px solid var(--line); }
table.overview td.num, table.overview th.num { text-align: right; white-space: nowrap; }
table.overview a { color: inherit; }
section.exercise { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 1.1rem 1.25rem; margin: 0 0 1.5rem; }
.exercise-head { display: flex; flex-wrap: wrap; gap: .3rem 1rem; align-items: baseline;
  justify-content: space-between; }
.exercise-score { font-weight: 600; white-space: nowrap; }
.exercise > .bar { margin: .5rem 0 .8rem; }
.problem { background: var(--bad-bg); border-left: 4px solid var(--bad); padding: .6rem .8rem; border-radius: 4px; }
ol.tests { list-style: none; padding: 0; margin: 0; }
li.test { border-top: 1px solid var(--line); padding: .65rem 0; }
.test-head { display: flex; gap: .6rem; align-items: baseline; }
.mark { flex: none; width: 1.5rem; height: 1.5rem; line-height: 1.5rem; text-align: center; border-radius: 50%;
  font-weight: 700; font-size: .9rem; background: var(--bad-bg); color: var(--bad); }
li.passed .mark { background: var(--ok-bg); color: var(--ok); }
.test-title { flex: 1; }
.test-points { white-space: nowrap; color: var(--soft); font-variant-numeric: tabular-nums; }
.test-name { color: var(--soft); font-size: .88rem; margin: .1rem 0 0 2.1rem; }
.outcome { font-weight: 600; color: var(--bad); }
li.passed .outcome { color: var(--ok); }
li.unchecked .mark { background: var(--line); color: var(--soft); }
li.unchecked .outcome { color: var(--soft); }
.body { margin-left: 2.1rem; }
.hint { background: var(--hint-bg); border-left: 4px solid var(--hint); padding: .55rem .8rem; border-radius: 4px;
  margin: .6rem 0; }
.hint strong { color: var(--hint); }
details { margin: .6rem 0; }
summary { cursor: pointer; color: var(--soft); }
figure { margin: .8rem 0; }
figure img { display: block; max-width: 100%; height: auto; background: #fff; border: 1px solid var(--line);
  border-radius: 6px; }
figcaption { color: var(--soft); font-size: .9rem; margin-top: .35rem; max-width: 40rem; }
figure.gate, figure.decision { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; }
figure.gate img { width: 20rem; }
figure.decision img { width: 26rem; }
figure.gate figcaption, figure.decision figcaption { flex: 1 1 14rem; }
.badge { font-size: .75rem; border: 1px solid var(--line); border-radius: 1rem; padding: 0 .5rem; color: var(--soft);
  margin-left: .4rem; white-space: nowrap; }
footer { color: var(--soft); margin-top: 2rem; }
"""


def escape(text) -> str:
    """Text as HTML shows it, quotes escaped too (for attributes)."""
    return html.escape(str(text), quote=True)


def anchor(*parts: str) -> str:
    """The id of an exercise's or a test's element: anchor("test", "mlp", "fit") -> "test-mlp-fit"."""
    return re.sub(r"[^A-Za-z0-9_-]+", "-", "-".join(parts)).strip("-")


def _bar(score: float, max_score: float, label: str) -> str:
    share = 0.0 if max_score <= 0 else max(0.0, min(1.0, score / max_score))
    width = f"{share * 100:.1f}%"
    return f'<div class="bar" role="img" aria-label="{escape(label)}"><span style="width:{width}"></span></div>'


def _traceback(detail: str) -> str:
    return f"<details><summary>The traceback from your code</summary><pre>{escape(detail)}</pre></details>"


def _figure(kind: str, data: dict, pictures: bool) -> str:
    words = picture_words(kind, data)
    if not pictures:
        return f'<p class="lead">{escape(words)}</p>' if words else ""
    png = picture_png(kind, data)
    if png is None:
        return f'<p class="lead">(This picture could not be drawn.) {escape(words)}</p>' if words else ""
    uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    return (
        f'<figure class="picture {kind}"><img src="{uri}" alt="{escape(words)}">'
        f"<figcaption>{escape(words)}</figcaption></figure>"
    )


def _test_item(exercise: ExerciseResult, test: TestResult, *, shared: bool, pictures: bool) -> str:
    points = f"{points_text(test.score)} / {points_text(test.max_score)}"
    test_id = anchor("test", exercise.name, test.name)
    unchecked = shared and test.status != "passed"
    classes = f"test {test.status}" + (" hidden" if test.hidden else "") + (" unchecked" if unchecked else "")
    head = (f'<div class="test-head"><span class="mark" aria-hidden="true">{mark(test, shared)}</span>'
            '<span class="test-title">{title}</span>'
            f'<span class="test-points" title="points">{points}</span></div>')  # fmt: skip
    if test.hidden:
        title = f'<code>{escape(test.name)}</code><span class="badge">hidden test</span>'
        return (f'<li class="{classes}" id="{test_id}">{head.format(title=title)}'
                f'<p class="test-name"><span class="outcome">{outcome(test, shared)}</span></p></li>')  # fmt: skip
    parts = [f'<li class="{classes}" id="{test_id}">', head.format(title=escape(test.description or test.name))]
    said = outcome(test, shared)
    parts.append(f'<p class="test-name"><code>{escape(test.name)}</code> · <span class="outcome">{said}</span></p>')
    body = []
    if test.status != "passed" and not shared:
        if test.message:
            body.append(f'<pre class="message">{escape(test.message)}</pre>')
        if test.hint:
            body.append(f'<div class="hint"><strong>Hint:</strong> {escape(test.hint)}</div>')
        if test.detail:
            body.append(_traceback(test.detail))
    for kind, data in pictures_of(test):
        body.append(_figure(kind, data, pictures))
    if body:
        parts.append('<div class="body">' + "".join(body) + "</div>")
    parts.append("</li>")
    return "".join(parts)


def _exercise_section(e: ExerciseResult, notes, pictures: bool) -> str:
    shared = shared_problem(e)
    label = f"{points_text(e.score)} of {points_text(e.max_score)} points"
    head = f'<h2>{escape(e.title)} <code>{escape(e.name)}.py</code></h2><span class="exercise-score">{label}</span>'
    parts = [
        f'<section class="exercise" id="{anchor("exercise", e.name)}">',
        f'<div class="exercise-head">{head}</div>',
        _bar(e.score, e.max_score, label),
        f'<p class="lead">{e.passed} of {len(e.tests)} checks pass.</p>',
    ]
    if e.problem:
        text = f"<strong>Nothing in this exercise could be checked:</strong> {escape(problem_beside_notes(e, notes))}"
        if shared is not None and missing_tip(e):
            text += f"<br>{escape(missing_tip(e))}"
        detail = shared_detail(e) if shared is not None else ""
        if detail:
            text += _traceback(detail)
        parts.append(f'<div class="problem">{text}</div>')
    parts.append('<ol class="tests">')
    parts += [_test_item(e, t, shared=shared is not None, pictures=pictures) for t in e.tests]
    parts.append("</ol></section>")
    return "\n".join(parts)


def render_html(result: SubmissionResult, *, pictures: bool = True) -> str:
    """The feedback as one self-contained HTML page (inline CSS, pictures as data URIs, no script).

    ``pictures=False`` says what each picture would show in words instead, without drawing.
    """
    done, total = counts(result)
    label = f"{points_text(result.score)} of {points_text(result.max_score)} points"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Feedback for {escape(result.submission)}</title>",
        f"<style>{CSS}</style></head><body><main>",
        f"<header><h1>Feedback for {escape(result.submission)}</h1>",
        f'<p class="total"><strong>{label}</strong>, {done} of {total} checks pass.</p>',
        _bar(result.score, result.max_score, label),
        f'<p class="lead">{escape(INTRO)}</p></header>',
    ]
    if result.problem:
        problem = f"<strong>Your submission could not be read:</strong> {escape(result.problem)}"
        parts.append(f'<p class="problem">{problem}</p>')
    if result.notes:
        items = "".join(f"<li>{escape(note)}</li>" for note in result.notes)
        parts.append(f'<div class="notes"><strong>How your submission was read:</strong><ul>{items}</ul></div>')
    if result.exercises:
        parts.append('<table class="overview"><thead><tr><th>Exercise</th><th class="num">Points</th>'
                     '<th class="num">Checks passed</th><th></th></tr></thead><tbody>')  # fmt: skip
        for e in result.exercises:
            title = f'<a href="#{anchor("exercise", e.name)}">{escape(e.title)}</a> <code>{escape(e.name)}.py</code>'
            bar = _bar(e.score, e.max_score, f"{points_text(e.score)} of {points_text(e.max_score)} points")
            parts.append(
                f"<tr><td>{title}</td>"
                f'<td class="num">{points_text(e.score)} / {points_text(e.max_score)}</td>'
                f'<td class="num">{e.passed} / {len(e.tests)}</td><td>{bar}</td></tr>'
            )
        parts.append("</tbody></table>")
    parts += [_exercise_section(e, result.notes, pictures) for e in result.exercises]
    parts.append(f"<footer><p>{escape(closing(result))}</p></footer></main></body></html>")
    return "\n".join(parts) + "\n"

