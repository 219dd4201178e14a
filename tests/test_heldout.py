"""The held-out corpus (tests/heldout/cases.py) is well-formed.

Only the shape of the corpus is checked here, quickly and without grading: how well the
grader does on it is measured by ``tests/heldout/measure.py`` and improved separately.
"""

import importlib.util
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "heldout"


def _load_cases():
    spec = importlib.util.spec_from_file_location("heldout_cases", HELDOUT / "cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


CASES = _load_cases()
COURSE = tomllib.loads((ROOT / "course.toml").read_text(encoding="utf-8"))
EXERCISES = [e["module"] for e in COURSE["exercise"]]


def test_counts_and_coverage():
    bugs = [c for c in CASES if c["kind"] == "bug"]
    variants = [c for c in CASES if c["kind"] == "variant"]
    assert len(bugs) >= 50 and len(variants) >= 10
    assert len(bugs) + len(variants) == len(CASES), "every case is a bug or a variant"
    for module in EXERCISES:
        assert sum(c["module"] == module for c in bugs) >= 7, f"fewer than 7 bugs in {module}"
    assert len({c["name"] for c in CASES}) == len(CASES), "case names are unique"


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case_is_well_formed(case):
    assert case["module"] in EXERCISES
    assert case["did"].strip() and case["edits"]
    text = (ROOT / "solutions" / f"{case['module']}.py").read_text(encoding="utf-8")
    for old, new in case["edits"]:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    compile(text, f"{case['module']}.py", "exec")
    if case["kind"] == "bug":
        groups = case["names"]
        assert groups and all(group for group in groups)
        for group in groups:
            for item in group:
                spellings = item if isinstance(item, tuple) else (item,)
                assert spellings and all(s and s == s.lower() for s in spellings), item
    else:
        assert case["names"] is None
