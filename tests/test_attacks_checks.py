"""Can a submission fool a check by recognising when the check is looking? Each attack
replaces one module of the reference solutions; the check it aims at must fail, and every
other test must give what the module's honest content earns.
"""

from pathlib import Path

import pytest
from kit import SOLUTIONS, solution_files, write_course

from autograder.course import load_course
from autograder.grader import grade
from autograder.intake.submission import Submission

ATTACKS = Path(__file__).parent / "attacks"


def _replacing(name: str, module: str) -> Submission:
    """The reference solutions with ``module`` replaced by the attack ``name``'s."""
    files = solution_files()
    files[f"{module}.py"] = (ATTACKS / name / f"{module}.py").read_text()
    return Submission(name, ATTACKS / name, files)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """The timed-fit shortcut and the reference solutions, graded in one run (the reference's
    times and results shared, as in a real batch)."""
    course = load_course(write_course(tmp_path_factory.mktemp("checks"), call_timeout=10, submission_timeout=120))
    honest = Submission("solutions", SOLUTIONS, solution_files())
    results = grade([_replacing("timed_fit_shortcut", "mlp"), honest], course=course)
    return {result.submission: result for result in results}


def _mlp(result):
    return next(e for e in result.exercises if e.name == "mlp")


def test_a_fit_that_skips_the_work_when_timed_fails_the_vectorisation_check(graded):
    tests = {t.name: t for t in _mlp(graded["timed_fit_shortcut"]).tests}
    timed = tests.pop("fit_is_vectorised")
    assert timed.status == "failed" and timed.score == 0
    assert "could not be timed: only a fit that trains the network as the spec's rule does" in timed.message, timed.message
    assert {name: t.status for name, t in tests.items() if t.status != "passed"} == {}


def test_the_rest_of_the_submission_keeps_full_marks(graded):
    shortcut = graded["timed_fit_shortcut"]
    assert all(e.score == e.max_score for e in shortcut.exercises if e.name != "mlp")


def test_the_reference_solutions_graded_alongside_get_full_marks(graded):
    assert all(t.status == "passed" for t in _mlp(graded["solutions"]).tests)
    assert graded["solutions"].score == graded["solutions"].max_score
