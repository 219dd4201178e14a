"""A known mistake is hinted only where the check's other answers do not rule it out
(``grading.common_hint.disproved_hints``, ``Undisproved``)."""

import numpy as np

from autograder.grading.common_hint import Undisproved, disproved_hints
from autograder.grading.compare import Misconception

FLOORED, SLOPE = "floor division", "the sigmoid's slope"


def _cases():
    """A case whose predictions are all 0 (where floor division and the extra slope both give zeros),
    and one where they differ."""
    lesson = [Misconception(FLOORED, np.zeros(4)), Misconception(SLOPE, np.zeros(4))]
    other = [Misconception(FLOORED, np.zeros(3)), Misconception(SLOPE, np.array([0.1, -0.2, 0.05]))]
    return [lesson, other]


def test_a_mistake_another_answer_rules_out_is_not_hinted():
    answers = [np.zeros(4), np.array([0.1, -0.2, 0.05])]  # the slope's answers, floor division's only on the first
    assert disproved_hints(answers, _cases()) == {FLOORED}
    known = Undisproved(_cases().__getitem__, lambda: answers)
    assert [m.hint for m in known.kept(0)] == [SLOPE] and len(known.at(0)) == 2


def test_answers_that_say_nothing_rule_nothing_out():
    assert disproved_hints([np.zeros(4), "not numbers"], _cases()) == set()
    assert disproved_hints([np.zeros(4), np.zeros(5)], _cases()) == set()  # another shape than the replays'
    assert disproved_hints([np.zeros(4)], _cases()) == set()  # the check stopped before the second answer


def test_the_answers_and_other_cases_are_read_only_when_a_hint_is_wanted():
    read, asked = [], []
    known = Undisproved(lambda k: asked.append(k) or _cases()[k], lambda: read.append(1) or [np.zeros(4), np.zeros(3)])
    known.at(0)
    assert not read and asked == [0]  # a right answer (or one that raised) asks its own case only
    known.kept(0), known.kept(0)
    assert read == [1] and asked == [0, 1]
