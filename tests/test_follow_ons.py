"""Words the grader puts on a check's result once it ends: a follow-on hint that points at a check
which passed is replaced (``autograder/grading/follow_ons.py``), while one that points at a failing
check, or at a part with no check in the run, is kept; an int no float holds fails in words."""

from autograder.grading.follow_ons import PART_PASSED, checks_of, pointed_to_first_error, without_false_follow_ons
from autograder.grading.results import TestResult

FOLLOWS = "This check runs your fit, which is built on your {part}, and {part} gives wrong answers itself " \
          "(see the check of {part}): fix {part} first, and this follows."


def _test(name, status, hint=None, message="", detail=""):
    return TestResult(name=name, max_score=1.0, status=status, credit=1.0 if status == "passed" else 0.0, hint=hint,
                      message=message, detail=detail)


BROADCAST = "raised ValueError: operands could not be broadcast together with shapes (6,4) (4,1)"
IN_FORWARD = ('  File "mlp.py", line 127, in loss\n    A2 = self.forward(X)\n'
              '  File "mlp.py", line 100, in forward\n    A1 = _sigmoid(X @ self.W1 + self.b1.T)')


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


def test_an_error_raised_inside_a_part_whose_check_met_it_first_points_there():
    forward = _test("forward", "failed", "b1 became a column", message=f"MLP.forward(X) {BROADCAST}")
    loss = _test("loss", "error", message=f"MLP.loss(X, y) {BROADCAST}", detail=IN_FORWARD)
    fixed = pointed_to_first_error((forward, loss))
    assert fixed[0] == forward
    assert "fix forward first" in fixed[1].hint and "A1 = _sigmoid(X @ self.W1 + self.b1.T)" in fixed[1].hint
    assert "the check forward" in fixed[1].hint and fixed[1].status == "error"  # only the words change


def test_no_pointer_where_the_part_check_passed_met_another_error_or_came_later():
    loss = _test("loss", "error", message=f"MLP.loss(X, y) {BROADCAST}", detail=IN_FORWARD)
    other = _test("forward", "error", message="MLP.forward(X) raised TypeError: unsupported operand")
    for tests in ((_test("forward", "passed"), loss),  # forward passes: the cause is how loss uses it
                  (other, loss),  # another kind of error in forward's own check
                  (loss, _test("forward", "failed", message=f"MLP.forward(X) {BROADCAST}")),  # not earlier
                  (_test("forward", "failed", message=f"MLP.forward(X) {BROADCAST}"),
                   _test("loss", "error", "its own hint", f"MLP.loss(X, y) {BROADCAST}", IN_FORWARD))):
        assert pointed_to_first_error(tests) == tests
    numpy_frame = IN_FORWARD + '\n  File "/venv/numpy/core/fromnumeric.py", line 88, in forward\n    x'
    assert "`A1 = " in pointed_to_first_error(
        (_test("forward", "failed", message=f"f {BROADCAST}"), _test("loss", "error", message=f"l {BROADCAST}",
                                                                   detail=numpy_frame)))[1].hint


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
