"""Measure the grader on a corpus of beginner mistakes (tests/heldout/cases.py unless --cases).

    .venv/bin/python tests/heldout/measure.py                  # table and totals
    .venv/bin/python tests/heldout/measure.py --verbose        # ... and every failing test's hint
    .venv/bin/python tests/heldout/measure.py --json out.json  # ... and a JSON report
    .venv/bin/python tests/heldout/measure.py --only mlp_step_plus --only var_gates_other_weights
    .venv/bin/python tests/heldout/measure.py --cases tests/heldout2/cases.py  # another corpus

Each case becomes one submission: the seven reference modules of ``solutions/``, the
case's module changed by its edits. The reference itself is graded too, as a control
(it must get full marks, or the figures mean nothing). Everything is graded in one
``grade(...)`` call, pinned to one CPU.

Figures, over the bugs:

- *exact*: the submission lost points in the bug's exercise and in no other;
- *named*: some failing test of the bug's exercise has a hint that matches the case's
  ``names`` (see the docstring of cases.py for the matching rule);

and over the variants: how many get full marks.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from autograder.course import load_course  # noqa: E402
from autograder.grader import grade  # noqa: E402
from autograder.intake.submission import Submission  # noqa: E402

SOLUTIONS = ROOT / "solutions"
REFERENCE_ID = "reference"


DEFAULT_CASES = Path(__file__).with_name("cases.py")


def load_cases(path: Path = DEFAULT_CASES) -> list[dict]:
    spec = importlib.util.spec_from_file_location("heldout_cases", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


def reference_files() -> dict:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SOLUTIONS.glob("*.py"))}


def apply_edits(text: str, edits) -> str:
    for old, new in edits:
        count = text.count(old)
        if count != 1:
            raise ValueError(f"edit {old[:60]!r} occurs {count} times")
        text = text.replace(old, new)
    return text


def build(case: dict, reference: dict) -> Submission:
    files = dict(reference)
    name = f"{case['module']}.py"
    files[name] = apply_edits(files[name], case["edits"])
    return Submission(case["name"], SOLUTIONS, files)


# --- matching a hint against a case's keyword groups (the rule of cases.py) -----------

def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("`", "").lower()).strip()


def _has(hint: str, item) -> bool:
    spellings = item if isinstance(item, tuple) else (item,)
    squeezed = re.sub(r"\s+", "", hint)
    return any(s in hint or re.sub(r"\s+", "", s) in squeezed for s in spellings)


def without_quotes(hint: str | None) -> str | None:
    """``hint`` without the code it quotes between backticks: a keyword found only in the student's own line,
    quoted back to them, names nothing."""
    return re.sub(r"`[^`]*`", " ", hint) if hint else hint


def names_mistake(hint: str | None, groups) -> bool:
    if not hint:
        return False
    text = _normalise(hint)
    return any(all(_has(text, item) for item in group) for group in groups)


# --- one case's outcome -----------------------------------------------------------------

def short(text: str | None, limit: int) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= limit else text[: limit - 3] + "..."


def outcome(case: dict, record: dict) -> dict:
    lost, failing = [], []
    for exercise in record["exercises"]:
        if exercise["score"] < exercise["max_score"]:
            lost.append(exercise["name"])
        for test in exercise["tests"]:
            if test["status"] != "passed":
                failing.append({
                    "exercise": exercise["name"], "test": test["name"], "status": test["status"],
                    "score": test["score"], "max_score": test["max_score"],
                    "message": test.get("message") or "", "hint": test.get("hint"),
                })  # fmt: skip
    row = {
        "name": case["name"], "module": case["module"], "kind": case["kind"], "did": case["did"],
        "lost_points_in": lost, "failing": failing,
        "score": record.get("score"), "max_score": record.get("max_score"),
        "problem": record.get("problem"), "grader_failure": record.get("grader_failure"),
    }  # fmt: skip
    if case["kind"] == "bug":
        own = [f for f in failing if f["exercise"] == case["module"]]
        row["exact"] = lost == [case["module"]]
        row["named"] = any(names_mistake(f["hint"], case["names"]) for f in own)
        row["named_outside_quotes"] = any(names_mistake(without_quotes(f["hint"]), case["names"]) for f in own)
        row["named_in_message_or_hint"] = any(
            names_mistake(f"{f['message']} {f['hint'] or ''}", case["names"]) for f in own
        )
        row["names"] = [[list(i) if isinstance(i, tuple) else i for i in g] for g in case["names"]]
    else:
        row["full_marks"] = not lost and not failing
    return row


def percent(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f} %" if whole else "n/a"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cases", metavar="PATH", type=Path, default=DEFAULT_CASES,
        help="the corpus to grade, a cases.py in this format (default: the one beside this script)",
    )  # fmt: skip
    parser.add_argument("--json", metavar="PATH", help="also write the full report as JSON")
    parser.add_argument("--only", action="append", metavar="CASE", help="grade only these cases")
    parser.add_argument("--verbose", action="store_true", help="show every failing test's message and hint")
    parser.add_argument("--all-cpus", action="store_true", help="do not pin grading to one CPU")
    args = parser.parse_args(argv)

    if not args.all_cpus and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # children inherit it

    cases = load_cases(args.cases)
    if args.only:
        unknown = set(args.only) - {c["name"] for c in cases}
        if unknown:
            parser.error(f"unknown case(s): {', '.join(sorted(unknown))}")
        cases = [c for c in cases if c["name"] in args.only]
    reference = reference_files()
    submissions = [Submission(REFERENCE_ID, SOLUTIONS, dict(reference))]
    submissions += [build(case, reference) for case in cases]

    course = load_course(ROOT / "course.toml")
    started = time.monotonic()
    results = grade(submissions, course=course)
    elapsed = time.monotonic() - started
    records = [result.to_dict() for result in results]

    control = records[0]
    control_ok = all(e["score"] == e["max_score"] for e in control["exercises"])
    rows = [outcome(case, record) for case, record in zip(cases, records[1:])]

    for row in rows:
        if row["kind"] == "bug":
            verdict = ("exact" if row["exact"] else "NOT-EXACT") + " " + ("named" if row["named"] else "UNNAMED")
        else:
            verdict = "full marks" if row["full_marks"] else "LOST POINTS"
        lost = ",".join(row["lost_points_in"]) or "-"
        tests = ",".join(f"{f['exercise']}.{f['test']}" for f in row["failing"]) or "-"
        print(f"{row['name']:<36} [{row['module']}] {verdict:<16} lost in: {lost:<14} failing: {short(tests, 200)}")
        shown = row["failing"] if args.verbose else row["failing"][:1]
        for f in shown:
            print(f"    {f['exercise']}.{f['test']} ({f['status']}): {short(f['message'], 220)}")
            print(f"      hint: {short(f['hint'], 300) if f['hint'] else '(none)'}")
        if row.get("problem") or row.get("grader_failure"):
            print(f"    problem: {row.get('problem') or row.get('grader_failure')}")

    bugs = [r for r in rows if r["kind"] == "bug"]
    variants = [r for r in rows if r["kind"] == "variant"]
    exact = sum(r["exact"] for r in bugs)
    named = sum(r["named"] for r in bugs)
    named_any = sum(r["named_in_message_or_hint"] for r in bugs)
    named_prose = sum(r["named_outside_quotes"] for r in bugs)
    caught = sum(bool(r["lost_points_in"]) for r in bugs)
    full = sum(r["full_marks"] for r in variants)
    totals = {
        "bugs": len(bugs),
        "bugs_losing_points": caught,
        "bugs_exact": exact,
        "bugs_exact_percent": round(100.0 * exact / len(bugs), 1) if bugs else None,
        "bugs_named": named,
        "bugs_named_percent": round(100.0 * named / len(bugs), 1) if bugs else None,
        "bugs_named_in_message_or_hint": named_any,
        "bugs_named_outside_quotes": named_prose,
        "variants": len(variants),
        "variants_full_marks": full,
        "reference_full_marks": control_ok,
        "seconds": round(elapsed, 1),
    }
    print()
    print(f"reference (control): {'full marks' if control_ok else 'LOST POINTS: the measurement is broken'}")
    print(f"bugs: {len(bugs)}; losing points anywhere: {caught} ({percent(caught, len(bugs))})")
    print(f"bugs losing points in exactly their exercise: {exact}/{len(bugs)} ({percent(exact, len(bugs))})")
    print(f"bugs with a hint naming the mistake:          {named}/{len(bugs)} ({percent(named, len(bugs))})")
    print(f"  (named in the message or the hint:          {named_any}/{len(bugs)} ({percent(named_any, len(bugs))}))")
    print(f"  (named outside the code the hint quotes:    {named_prose}/{len(bugs)} ({percent(named_prose, len(bugs))}))")
    print(f"variants with full marks:                     {full}/{len(variants)}")
    print(f"graded {len(submissions)} submissions in {elapsed:.1f} s")
    by_module = {}
    for r in bugs:
        m = by_module.setdefault(r["module"], [0, 0, 0])
        m[0] += 1
        m[1] += r["exact"]
        m[2] += r["named"]
    for module, (n, e, h) in by_module.items():
        print(f"  {module:<12} bugs {n:>2}  exact {e:>2}  named {h:>2}")

    if args.json:
        Path(args.json).write_text(json.dumps({"totals": totals, "cases": rows, "reference": control}, indent=1))
    return 0 if control_ok else 1


if __name__ == "__main__":
    sys.exit(main())
