"""The table ``nnkit grade --out`` prints at the end: per exercise, mean, median and a distribution."""

from __future__ import annotations

import csv
import statistics
from pathlib import Path

from .store import GRADEBOOK, stored_results

BINS = 5  # of a fifth of the points each
HEADER = f"  {'exercise':<12} {'mean':>7} {'median':>7}   0-20% 20-40% 40-60% 60-80% 80-100%"


def summary_table(out: Path, exercises: list[str]) -> str:
    """Mean, median and a five-bin distribution of the total and of each exercise, from the
    gradebook's rows of the students with a result (the missing are left out)."""
    rows = [row for row in _gradebook(out) if row.get("status") != "missing"]
    lines = [f"{len(rows)} students graded in {out}"]
    if not rows:
        return "\n".join(lines) + "\n"
    lines.append(HEADER)
    maxima = _maxima(out)
    for name in ["total", *exercises]:
        values = [float(row[name]) for row in rows if row.get(name)]
        if not values:
            continue
        top = maxima.get(name) or max(values) or 1.0
        counts = [0] * BINS
        for v in values:
            counts[min(BINS - 1, int(BINS * v / top))] += 1
        lines.append(f"  {name:<12} {statistics.mean(values):7.2f} {statistics.median(values):7.2f}   "
                     + " ".join(f"{count:>6}" for count in counts[:-1]) + f" {counts[-1]:>7}")  # fmt: skip
    return "\n".join(lines) + "\n"


def _gradebook(out: Path) -> list[dict[str, str]]:
    """The gradebook's rows by column name (none when there is no gradebook yet)."""
    try:
        with open(Path(out) / GRADEBOOK, newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    except OSError:
        return []


def _maxima(out: Path) -> dict[str, float]:
    """The maximum of the total and of each exercise, from any one result (they all share the course's points)."""
    for result in stored_results(out):
        return {"total": result.max_score, **{e.name: e.max_score for e in result.exercises}}
    return {}
