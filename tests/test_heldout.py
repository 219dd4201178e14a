"""The held-out corpora (tests/heldout*/cases.py) are well-formed.

Only the shape of each corpus is checked here, quickly and without grading: how well the
grader does on it is measured by ``tests/heldout/measure.py`` (``--cases`` for the others)
and improved separately.
"""

import importlib.util
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# corpus folder: (fewest bugs, fewest variants, fewest bugs per exercise) it promises
CORPORA = {"heldout": (50, 10, 7), "heldout2": (70, 15, 7), "heldout3": (90, 28, 10), "heldout4": (100, 30, 12), "heldout5": (70, 20, 8), "heldout6": (80, 30, 10), "heldout7": (80, 30, 10), "heldout8": (70, 25, 8), "heldout9": (70, 25, 8), "heldout10": (70, 25, 8), "heldout11": (70, 25, 8), "heldout12": (70, 25, 8), "heldout13": (70, 25, 8), "heldout14": (70, 25, 8), "heldout15": (70, 25, 8), "heldout16": (70, 25, 8), "heldout17": (70, 25, 8), "heldout18": (70, 25, 8), "heldout19": (70, 25, 8), "heldout20": (70, 25, 8), "heldout21": (70, 25, 8), "heldout22": (70, 25, 8), "heldout23": (70, 25, 8)}


def _load_cases(corpus):
    spec = importlib.util.spec_from_file_location(f"{corpus}_cases", ROOT / "tests" / corpus / "cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


CASES = {corpus: _load_cases(corpus) for corpus in CORPORA}
COURSE = tomllib.loads((ROOT / "course.toml").read_text(encoding="utf-8"))
EXERCISES = [e["module"] for e in COURSE["exercise"]]


@pytest.mark.parametrize("corpus", CORPORA)
def test_counts_and_coverage(corpus):
    cases = CASES[corpus]
    fewest_bugs, fewest_variants, fewest_per_exercise = CORPORA[corpus]
    bugs = [c for c in cases if c["kind"] == "bug"]
    variants = [c for c in cases if c["kind"] == "variant"]
    assert len(bugs) >= fewest_bugs and len(variants) >= fewest_variants
    assert len(bugs) + len(variants) == len(cases), "every case is a bug or a variant"
    for module in EXERCISES:
        count = sum(c["module"] == module for c in bugs)
        assert count >= fewest_per_exercise, f"{count} bugs in {module}"
    assert len({c["name"] for c in cases}) == len(cases), "case names are unique"


@pytest.mark.parametrize(
    "case", [c for corpus in CORPORA for c in CASES[corpus]],
    ids=[f"{corpus}-{c['name']}" for corpus in CORPORA for c in CASES[corpus]],
)  # fmt: skip
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
