"""Words the grader puts on a check's result once it ends: a follow-on hint that points at a check
which passed is replaced (``autograder/grading/follow_ons.py``), while one that points at a failing
check, or at a part with no check in the run, is kept; an int no float holds fails in words."""

from autograder.grading.follow_ons import PART_PASSED, checks_of, without_false_follow_ons
from autograder.grading.results import TestResult

FOLLOWS = "This check runs your fit, which is built on your {part}, and {part} gives wrong answers itself " \
          "(see the check of {part}): fix {part} first, and this follows."


def _test(name, status, hint=None):
    return TestResult(name=name, max_score=1.0, status=status, credit=1.0 if status == "passed" else 0.0, hint=hint)


def test_a_follow_on_to_a_passed_check_is_replaced():
    tests = (_test("step", "passed"), _test("fit_trajectory", "failed", FOLLOWS.format(part="step")))
    fixed = without_false_follow_ons(tests)
    assert fixed[0] == tests[0]
    assert fixed[1].hint == PART_PASSED.format(part="step")
    assert "fix step first" not in fixed[1].hint
    assert fixed[1].status == "failed" and fixed[1].credit == 0.0  # only the words change


def test_a_follow_on_to_a_failing_check_is_kept():
    tests = (_test("backward_gradient_check", "failed", "wrong slope"),
             _test("fit_trajectory", "failed", FOLLOWS.format(part="backward")))
    assert without_false_follow_ons(tests) == tests


def test_a_follow_on_to_a_part_without_a_check_in_the_run_is_kept():
    tests = (_test("fit_trajectory", "failed", FOLLOWS.format(part="loss")), _test("forward", "passed"))
    assert without_false_follow_ons(tests) == tests


def test_the_checks_of_a_part_are_found_by_name():
    names = ["backward_gradient_check", "step", "fit_is_vectorised", "neuron_feedforward", "gate_weights[AND]",
             "predict_uses_step_at_zero"]
    assert checks_of("backward", names) == ["backward_gradient_check"]
    assert checks_of("step", names) == ["step"]  # the exact name first, not every name holding it
    assert checks_of("Neuron", names) == ["neuron_feedforward"]
    assert checks_of("gate weights", names) == ["gate_weights[AND]"]
    assert checks_of("those weights", names) == []


def test_an_int_no_float_holds_fails_the_check_in_words():
    """Only a student's answer holds such an int: the check fails (not the grader's error) and says why."""
    from autograder.checking.outcome import verdict

    try:
        float(10**400)
    except OverflowError as exc:
        said = verdict(exc)
    assert said["status"] == "failed" and said["credit"] == 0.0
    assert "too large for any float" in said["message"] and "grows" in said["hint"]
    assert verdict(OverflowError("math range error"))["status"] == "error"  # another overflow stays the grader's
