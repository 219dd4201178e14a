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
# mlp.py attacks on one check each: the check, its status and credit, and words its message must hold
MLP_ATTACKS = {
    "backward_hides_its_step": ("backward_gradient_check", "failed", 0.5, "a second backward(X, y) on the same network"),
    "too_large_for_a_float": ("backward_gradient_check", "failed", 0.5, "the network's b2 changed during the call"),
}


APPENDED = ("too_large_for_a_float", "part_that_raises")  # their files hold only what they change


def _replacing(name: str) -> Submission:
    """The reference solutions with each module the attack ``name`` holds replaced by its own, or,
    for the attacks of APPENDED, with the attack's text after the reference's (its definitions then
    replace the reference's, and it holds only what it changes)."""
    files = solution_files()
    for path in (ATTACKS / name).glob("*.py"):
        files[path.name] = (files[path.name] + "\n\n" if name in APPENDED else "") + path.read_text()
    return Submission(name, ATTACKS / name, files)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """The timed-fit shortcut and the reference solutions, graded in one run (the reference's
    times and results shared, as in a real batch)."""
    course = load_course(write_course(tmp_path_factory.mktemp("checks"), call_timeout=10, submission_timeout=120))
    honest = Submission("solutions", SOLUTIONS, solution_files())
    attacks = [_replacing(name) for name in ("timed_fit_shortcut", "part_that_raises", *MLP_ATTACKS)]
    results = grade([*attacks, honest], course=course)
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


@pytest.mark.parametrize("name", MLP_ATTACKS)
def test_an_mlp_attack_loses_what_its_check_withholds(graded, name):
    """A backward that also steps, with parameters that show only what was assigned to them, is
    caught by what a second backward gives; values that no float holds fail the checks that read
    them (the parameters after backward, predict's answer, a gate's weights, train's losses) instead of
    ending them with the grader's error."""
    check, status, credit, words = MLP_ATTACKS[name]
    tests = {t.name: t for t in _mlp(graded[name]).tests}
    assert (tests[check].status, tests[check].credit) == (status, credit), tests[check].message
    assert words in tests[check].message, tests[check].message
    everywhere = [t for e in graded[name].exercises for t in e.tests]
    assert not [t.name for t in everywhere if t.status == "error" and "the grader could not check" in t.message]
    if name == "too_large_for_a_float":  # in gates.py and backprop.py too
        assert tests["predict_threshold"].status == "failed", tests["predict_threshold"].message
        others = {f"{e.name}.{t.name}": t.status for e in graded[name].exercises if e.name in ("gates", "backprop")
                  for t in e.tests if t.status != "passed"}  # fmt: skip
        assert others == {"gates.gate_weights[AND]": "failed", "gates.xor_truth_table": "error",
                          "gates.xor_on_arrays": "error", "backprop.train_uses_learn_rate": "failed",
                          "backprop.train_trajectory": "failed", "backprop.train_uses_its_data": "failed",
                          "backprop.train_defaults": "failed"}, others  # xor's errors: its own OverflowError


def test_a_part_that_raises_is_named_by_the_fit_checks_hint(graded):
    """Every network of the parts' small problem is made before any part is asked, so a part that
    raises is the one named, not taken for a sign that every part is right."""
    tests = {t.name: t for t in _mlp(graded["part_that_raises"]).tests}
    timed = tests["fit_is_vectorised"]
    assert timed.status == "failed" and "built on your loss" in timed.hint, timed.hint
    assert "give the right answers" not in timed.hint, timed.hint
