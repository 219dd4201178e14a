"""A cause is said once, where it happened, and what follows from it points there: a loop that
never ends costs its full time limit once, not once per check that goes through it."""

import re

from kit import solution_files, write_course

from autograder.course import load_course
from autograder.grader import grade
from autograder.intake.submission import Submission

CALL_TIMEOUT = 2.0


def _endless(source: str, function: str) -> str:
    """``source`` with a loop that never ends at the start of the method ``function``."""
    pattern = rf"def {function}\(self[^)]*\):\n(\s+)\"\"\"(?:.|\n)*?\"\"\"\n"
    endless, count = re.subn(pattern, lambda m: m.group() + f"{m.group(1)}while True:\n{m.group(1)}    pass\n",
                             source, count=1)  # fmt: skip
    assert count == 1
    return endless


def _mlp(tmp_path, function: str):
    course = load_course(write_course(tmp_path, call_timeout=CALL_TIMEOUT, submission_timeout=120))
    files = {"mlp.py": _endless(solution_files()["mlp.py"], function)}
    (result,) = grade([Submission("student", tmp_path, files)], course=course, exercises=["mlp"])
    return result.exercises[0]


def test_an_endless_forward_pass_costs_the_full_limit_once_and_later_checks_point_to_it(tmp_path):
    mlp = _mlp(tmp_path, "forward")
    timeouts = [t for t in mlp.tests if t.status == "timeout"]
    first, later = timeouts[0], timeouts[1:]
    assert first.message.endswith(f"did not finish within {CALL_TIMEOUT:g} s (the time per call) and was stopped; "
                                  "look for a loop that never ends")  # fmt: skip
    assert len(later) >= 4
    for test in later:
        assert f"ran out of time in the check {first.name} ({CALL_TIMEOUT:g} s): fix that first" in test.message
        assert test.seconds < 1.8  # the short leash, not the full limit again
    assert sum(t.seconds for t in mlp.tests) < CALL_TIMEOUT + 1.2 * len(later) + 3
    vectorised = next(t for t in mlp.tests if t.name == "fit_is_vectorised")
    assert vectorised.status == "failed" and "it is stuck, not slow" in vectorised.message
    assert "over the samples" not in (vectorised.hint or "") + vectorised.message
