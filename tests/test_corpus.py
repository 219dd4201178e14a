"""Does the grader give every submission of the corpus the grade it must get?

The corpus (``tests/corpus/mutations.py``) holds single-module changes to the
reference solutions: realistic bugs, each with the tests it must fail and the
hint it must get, and different but correct answers, which must get full marks.
They are graded once a pytest session, with the reference solutions and the blank
stubs (``corpus/graded.py``); the tests below only read the results.
"""

import math

import pytest
from corpus.every_case import EVERY_CASE
from corpus.graded import SOLUTIONS_ID, STUBS_ID, grade_corpus  # noqa: F401  (grade_corpus: for test_plain_subprocess)
from corpus.mutations import (
    Case,
    CorpusError,
    apply,
    reference_files,
    submission,
)
from kit import MODULES, SOLUTIONS

from autograder.grading.follow_ons import PART_PASSED

CASES = EVERY_CASE
BUGS = [case for case in CASES if case.is_bug]
ALTERNATIVES = [case for case in CASES if not case.is_bug]



def _ids(cases):
    return [case.name for case in cases]


@pytest.fixture(scope="module")
def graded(corpus_graded):
    return corpus_graded


def _full(exercise) -> bool:
    return math.isclose(exercise.score, exercise.max_score, rel_tol=1e-9) and all(
        t.status == "passed" for t in exercise.tests
    )


def _not_passed(exercise) -> list:
    return [t for t in exercise.tests if t.status != "passed"]


def _describe(tests) -> str:
    if not tests:
        return "    (none)"
    lines = []
    for t in tests:
        first = (t.message or "").splitlines()[0] if t.message else ""
        lines.append(f"    {t.name} [{t.status}]: {first}\n      hint: {t.hint}")
    return "\n".join(lines)


# -- the corpus itself ----------------------------------------------------------


def test_corpus_is_large_and_covers_every_exercise():
    names = [case.name for case in CASES]
    assert len(names) == len(set(names)), "case names must be unique"
    assert len(BUGS) >= 50 and len(ALTERNATIVES) >= 25
    assert {case.module for case in BUGS} == set(MODULES)
    assert {case.module for case in ALTERNATIVES} == set(MODULES)


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_case_changes_only_its_own_module(case):
    reference = reference_files(SOLUTIONS)
    built = submission(case)
    assert sorted(built.files) == sorted(reference)
    changed = [name for name in reference if built.files[name] != reference[name]]
    assert changed == [f"{case.module}.py"]


def test_replacement_must_match_exactly_once():
    text = reference_files(SOLUTIONS)["loss.py"]
    nowhere = Case("nowhere", "loss", (("this text is not in loss.py", "x"),))
    twice = Case("twice", "loss", (("np.asarray", "np.array"),))
    with pytest.raises(CorpusError, match="occurs 0 times"):
        apply(nowhere, text)
    with pytest.raises(CorpusError, match=r"occurs \d+ times"):
        apply(twice, text)
    with pytest.raises(CorpusError, match="unparsable"):
        apply(Case("broken", "loss", (("import numpy as np", "import numpy as"),)), text)


# -- the anchors: reference solutions and blank stubs ---------------------------


@pytest.mark.parametrize("module", MODULES)
def test_solutions_get_full_marks(graded, module):
    exercise = next(e for e in graded[SOLUTIONS_ID].exercises if e.name == module)
    assert _full(exercise), f"the reference solution of {module} lost points:\n{_describe(_not_passed(exercise))}"


def test_blank_stubs_score_exactly_zero(graded):
    result = graded[STUBS_ID]
    assert [e.name for e in result.exercises] == list(MODULES)
    for exercise in result.exercises:
        passed = [t.name for t in exercise.tests if t.status == "passed" or t.credit > 0]
        assert exercise.score == 0 and not passed, f"the blank {exercise.name} earned points in {passed}"
    assert result.score == 0


# -- the bugs ------------------------------------------------------------------


@pytest.mark.parametrize("case", BUGS, ids=_ids(BUGS))
def test_bug_loses_points_only_where_it_is_wrong(graded, case):
    result = graded[case.name]
    for exercise in result.exercises:
        if exercise.name != case.module:
            assert _full(exercise), (
                f"{case.name} changes only {case.module}.py, yet {exercise.name} lost points:\n"
                f"{_describe(_not_passed(exercise))}"
            )
            continue
        failing = [t for t in _not_passed(exercise) if t.name not in case.chaotic]
        assert sorted(t.name for t in failing) == sorted(case.fails), (
            f"{case.name} ({case.about}) should fail exactly {list(case.fails)} in {case.module}; "
            f"the tests that did not pass:\n{_describe(failing)}"
        )
        # a wrong answer, not a crash of the grader or of the student's code
        allowed = {"failed", "error"} if case.crashes else {"failed"}
        assert all(t.status in allowed for t in failing), _describe(failing)
        assert not case.crashes or any(t.status == "error" for t in failing), "crashes=True, but nothing raised"
        assert exercise.score < exercise.max_score


@pytest.mark.parametrize("case", [c for c in BUGS if c.hint], ids=_ids(c for c in BUGS if c.hint))
def test_bug_gets_a_hint_that_names_it(graded, case):
    exercise = next(e for e in graded[case.name].exercises if e.name == case.module)
    test = next((t for t in exercise.tests if t.name == case.fails[0]), None)
    assert test is not None, f"{case.module} has no test named {case.fails[0]!r}"
    assert test.hint and case.hint in test.hint, (
        f"{case.name} ({case.about}): the hint of {test.name} should contain {case.hint!r}, got {test.hint!r}"
    )


@pytest.mark.parametrize("case", [c for c in BUGS if c.also], ids=_ids(c for c in BUGS if c.also))
def test_later_failures_point_to_the_cause(graded, case):
    exercise = next(e for e in graded[case.name].exercises if e.name == case.module)
    hints = {t.name: t.hint for t in exercise.tests}
    for name, text in case.also:
        assert hints.get(name) and text in hints[name], (
            f"{case.name} ({case.about}): the hint of {name} should contain {text!r}, got {hints.get(name)!r}"
        )


@pytest.mark.parametrize("case", BUGS, ids=_ids(BUGS))
def test_follow_ons_point_to_a_check_that_fails(graded, case):
    """A hint that says "fix X first" sends the student to X's check, which must fail too: the checks
    get this right themselves, so the grader's net (``grading.follow_ons``) never has to catch one."""
    exercise = next(e for e in graded[case.name].exercises if e.name == case.module)
    said = PART_PASSED.split("}", 1)[1].split("{")[0]  # " passes its own check, so "
    caught = [t.name for t in exercise.tests if t.hint and said in t.hint]
    assert not caught, f"{case.name} ({case.about}): {caught} pointed to a part whose checks all passed"


# -- the correct alternatives ---------------------------------------------------


@pytest.mark.parametrize("case", ALTERNATIVES, ids=_ids(ALTERNATIVES))
def test_alternative_gets_full_marks(graded, case):
    result = graded[case.name]
    lost = [e for e in result.exercises if not _full(e)]
    assert not lost, f"{case.name} ({case.about}) is correct but lost points:\n" + "\n".join(
        f"  {e.name}:\n{_describe(_not_passed(e))}" for e in lost
    )
