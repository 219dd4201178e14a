"""The summary table ``nnkit grade --out`` prints: per exercise, mean, median and a distribution."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from .store import RESULT, ResultStore


def summary_table(out: Path, exercises: list[str]) -> str:
    """Mean, median and a five-bin distribution per exercise, from the gradebook's rows."""
    store = ResultStore(out, exercises)
    rows = list(store.rows.values())  # the students with a result: the missing have no row on disk
    lines = [f"{len(rows)} students graded in {out}"]
    if not rows:
        return "\n".join(lines) + "\n"
    header = f"  {'exercise':<12} {'mean':>7} {'median':>7}   0-20% 20-40% 40-60% 60-80% 80-100%"
    lines.append(header)
    columns = [("total", 1, 2)] + [(name, 3 + i, None) for i, name in enumerate(exercises)]
    maxima = _maxima(out, exercises)
    for name, index, max_index in columns:
        values = [float(row[index]) for row in rows if row[index] != ""]
        if not values:
            continue
        top = maxima.get(name) or max(values) or 1.0
        bins = [0] * 5
        for v in values:
            bins[min(4, int(5 * v / top))] += 1
        lines.append(
            f"  {name:<12} {statistics.mean(values):7.2f} {statistics.median(values):7.2f}   "
            + " ".join(f"{b:>6}" for b in bins[:4])
            + f" {bins[4]:>7}"
        )
    return "\n".join(lines) + "\n"


def _maxima(out: Path, exercises: list[str]) -> dict[str, float]:
    """The maximum of each column, from any one result (they all share the course's points)."""
    for path in Path(out).glob(f"*/{RESULT}"):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        maxima = {e["name"]: e["max_score"] for e in record.get("exercises", [])}
        maxima["total"] = record.get("max_score", 0)
        return maxima
    return {}
