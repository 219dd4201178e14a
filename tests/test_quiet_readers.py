"""A hint reader that fails on an odd answer: the check still fails with its own message and no
hint, rather than ending as the grader's error (pure logic, no processes)."""

import numpy as np
import pytest

from autograder.checking.outcome import verdict
from autograder.grading.compare import CheckFailed, Misconception, expect_close
from autograder.sandbox.host import SandboxError


def _overflowing():
    return float(10**400)  # what a reader meets when it turns a student's huge int into a float


def _failure(**readers) -> CheckFailed:
    with pytest.raises(CheckFailed) as caught:
        expect_close(np.array([1.0, 5.0]), np.array([1.0, 2.0]), call="f(x)", **readers)
    return caught.value


def test_a_hint_that_raises_leaves_the_failure_without_a_hint_and_with_its_credit():
    failed = _failure(hint=_overflowing)
    assert "1 of 2 values differ" in failed.message
    assert verdict(failed)["status"] == "failed"


def test_misconceptions_that_raise_leave_the_other_readers_to_speak():
    failed = _failure(misconceptions=_overflowing, hint=lambda: "the second value is scaled")
    assert failed.hint == "the second value is scaled"


def test_a_reader_still_names_a_mistake_when_it_works():
    failed = _failure(misconceptions=lambda: [Misconception("doubled", np.array([1.0, 5.0]))])
    assert failed.hint == "doubled"


def test_the_sandbox_failing_inside_a_reader_still_stops_the_run():
    def walls_fail():
        raise SandboxError("the zygote went away")

    with pytest.raises(SandboxError):
        _failure(hint=walls_fail)


def test_a_right_answer_never_asks_its_readers():
    asked = []
    expect_close(np.array([1.0, 2.0]), np.array([1.0, 2.0]), call="f(x)", hint=lambda: asked.append(1))
    assert asked == []
