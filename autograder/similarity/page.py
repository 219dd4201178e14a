"""``similarity.html``: the flagged pairs, their shared wrong answers in words, their code side by side.

One self-contained page: no script, no external asset. Everything a student
wrote (code, ids, the messages their code earned) is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .behaviour import SharedAnswer
from .code import Match
from .pairs import Pair

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 90em; color: #222; }
table.pairs { border-collapse: collapse; } table.pairs td, table.pairs th { padding: .2em .8em; border-bottom: 1px solid #ddd; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
section.pair { border-top: 2px solid #999; margin-top: 2em; }
table.code { width: 100%; table-layout: fixed; border-collapse: collapse; }
table.code td { vertical-align: top; width: 50%; padding: 0 .5em; }
pre { font-size: 12px; background: #f7f7f7; padding: .5em; overflow-x: auto; white-space: pre; }
mark { background: #ffd27f; }
p.note { color: #555; max-width: 60em; }
"""


@dataclass(frozen=True)
class PairView:
    """What the page shows of one flagged pair."""

    pair: Pair
    evidence: list[tuple[SharedAnswer, str]]  # each shared wrong answer with the message it earned
    matches: list[Match]  # modules with shared own code
    code_kept: bool  # whether both students' code was available


def _marked(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` escaped, with each range in ``<mark>``."""
    parts, done = [], 0
    for start, end in sorted(ranges):
        start = max(start, done)
        if end <= start:
            continue
        parts += [escape(text[done:start]), "<mark>", escape(text[start:end]), "</mark>"]
        done = end
    parts.append(escape(text[done:]))
    return "".join(parts)


def _evidence(view: PairView) -> str:
    if not view.evidence:
        return "<p>No wrong answer in common (behaviour adds nothing to this pair).</p>"
    items = []
    for shared, message in view.evidence:
        items.append(
            f"<li>Both gave the same wrong answer to <b>{escape(shared.test)}</b> ({escape(shared.exercise)}): "
            f"{shared.given_by} of the {shared.attempted} students who attempted {escape(shared.exercise)} "
            f"gave it ({shared.bits:.1f} bits).<pre>{escape(message)}</pre></li>"
        )
    counted = "; each exercise counts its rarest shared answer" if len(items) > 1 else ""
    return f"<p>Behaviour: {view.pair.bits:.1f} bits of evidence{counted}.</p><ul>{''.join(items)}</ul>"


def _code(view: PairView) -> str:
    if not view.code_kept:
        return "<p>The code of one of them was not kept, so only behaviour was compared.</p>"
    if not view.matches:
        return "<p>No own code in common (beyond the stubs and the code common in the class).</p>"
    a, b = escape(view.pair.a), escape(view.pair.b)
    blocks = []
    for match in view.matches:
        blocks.append(
            f"<h4>{escape(match.module)}</h4><table class='code'><tr><th>{a}</th><th>{b}</th></tr><tr>"
            f"<td><pre>{_marked(match.text_a, match.ranges_a)}</pre></td>"
            f"<td><pre>{_marked(match.text_b, match.ranges_b)}</pre></td></tr></table>"
        )
    return "<p>Shared own code is marked.</p>" + "".join(blocks)


def _section(rank: int, view: PairView) -> str:
    pair = view.pair
    return (
        f"<section class='pair' id='pair-{rank}'><h2>{rank}. {escape(pair.a)} and {escape(pair.b)}</h2>"
        f"<p>score {pair.score:.2f}: code {pair.code:.2f}, behaviour {pair.behaviour:.2f}</p>"
        f"{_evidence(view)}{_code(view)}</section>"
    )


def render(views: list[PairView], *, flagged: int, students: int) -> str:
    """The page: a table of the ``flagged`` pairs' first ``len(views)``, then each in detail."""
    rows = "".join(
        f"<tr><td class='num'><a href='#pair-{rank}'>{rank}</a></td><td>{escape(v.pair.a)}</td>"
        f"<td>{escape(v.pair.b)}</td><td class='num'>{v.pair.score:.2f}</td><td class='num'>{v.pair.code:.2f}</td>"
        f"<td class='num'>{v.pair.behaviour:.2f}</td></tr>"
        for rank, v in enumerate(views, 1)
    )  # fmt: skip
    more = f" The first {len(views)} are shown here; similarity.csv lists all." if len(views) < flagged else ""
    table = (f"<table class='pairs'><tr><th>#</th><th>a</th><th>b</th><th>score</th><th>code</th><th>behaviour</th>"
             f"</tr>{rows}</table>") if views else ""  # fmt: skip
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Similar submissions</title>"
        f"<style>{STYLE}</style></head><body><h1>Similar submissions</h1>"
        f"<p>{flagged} pair(s) of {students} students flagged.{more}</p>"
        "<p class='note'>A score is evidence for a conversation, not a verdict. <b>code</b>: how much of the "
        "smaller of the two students' own code (the stubs and code common in the class left out) is in the "
        "other's, names, comments and order aside. <b>behaviour</b>: how far the wrong answers they share "
        "exceed the coincidences a class of this size has anyway. Shared right answers count for nothing.</p>"
        f"{table}{''.join(_section(rank, v) for rank, v in enumerate(views, 1))}</body></html>\n"
    )
