"""What every held-out corpus (tests/heldout*/cases.py) must keep, graded: the correctness of grades.

The corpora measure the hints (``tests/heldout/measure.py``), and the figures move as the checks do.
Two of their facts are not a measure but a promise, and are asserted here on every case of every
corpus, graded in one run as ``measure.py`` grades them:

- every correct variant gets full marks (a correct but different solution loses nothing);
- no bug costs a point outside its own exercise (a mistake in one module never lowers another's
  score), and the untouched reference gets full marks.

That a bug loses points at all, and where its hint names it, stays a figure of ``measure.py``.
"""

import importlib.util
from pathlib import Path

import pytest
from kit import ROOT, grade_in_parts, solution_files

from autograder.course import load_course
from autograder.intake.submission import Submission

CORPORA = sorted(p.parent.name for p in (ROOT / "tests").glob("heldout*/cases.py"))


def _cases(corpus: str) -> list[dict]:
    spec = importlib.util.spec_from_file_location(f"{corpus}_graded_cases", ROOT / "tests" / corpus / "cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


def _submission(corpus: str, case: dict, reference: dict) -> Submission:
    files = dict(reference)
    name = f"{case['module']}.py"
    for old, new in case["edits"]:
        files[name] = files[name].replace(old, new, 1)
    return Submission(f"{corpus}:{case['name']}", ROOT / "solutions", files)


@pytest.fixture(scope="module")
def graded():
    """Every case of every corpus and the reference, graded in one run: {submission id: (case, result)}."""
    reference = solution_files()
    cases = {f"{corpus}:{case['name']}": case for corpus in CORPORA for case in _cases(corpus)}
    submissions = [_submission(*key.split(":", 1)[:1], case, reference) for key, case in cases.items()]
    results = grade_in_parts([*submissions, Submission("reference", ROOT / "solutions", reference)],
                             course=load_course(ROOT / "course.toml"))  # fmt: skip
    return {r.submission: (cases.get(r.submission), r) for r in results}


def _losing(result) -> dict[str, float]:
    return {e.name: e.max_score - e.score for e in result.exercises if e.score < e.max_score}


def test_every_corpus_is_graded(graded):
    assert len(CORPORA) >= 12
    assert _losing(graded["reference"][1]) == {}


def test_every_correct_variant_gets_full_marks(graded):
    short = {key: _losing(result) for key, (case, result) in graded.items() if case and case["kind"] == "variant"}
    assert len(short) >= 250
    assert {key: lost for key, lost in short.items() if lost} == {}


def test_no_bug_costs_a_point_outside_its_exercise(graded):
    bugs = {key: (case, result) for key, (case, result) in graded.items() if case and case["kind"] == "bug"}
    assert len(bugs) >= 800
    elsewhere = {key: sorted(set(_losing(result)) - {case["module"]}) for key, (case, result) in bugs.items()}
    assert {key: where for key, where in elsewhere.items() if where} == {}
