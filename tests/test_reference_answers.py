"""The instructor's references answer each slow question once per grading run (``AnswersOnce``),
and that changes no answer: copies out, copies in, objects and unkeyable questions computed anew,
quick functions called directly. The tests set what counts as slow (no timing in tests)."""

from __future__ import annotations

import textwrap

import numpy as np
import pytest

from autograder.checking import references
from autograder.checking.references import MissingReference, References

SOLUTION = '''
import numpy as np

CALLS = []  # what the functions were asked, in order: how often each answer was computed


class Counter:
    def __init__(self):
        self.count = 0


def doubled(values, *, times=2):
    CALLS.append(("doubled", times))
    return np.asarray(values, dtype=float) * times


def scaled_in_place(values):
    """Changes its argument: the grader must not let that reach the check's array."""
    CALLS.append(("scaled_in_place",))
    values *= 10
    return values.sum()


def stats(values):
    CALLS.append(("stats",))
    return {"mean": float(np.mean(values)), "all": list(values)}


def counter():
    CALLS.append(("counter",))
    return Counter()


def apply(function, value):
    CALLS.append(("apply",))
    return function(value)
'''

@pytest.fixture
def course(tmp_path, monkeypatch):
    monkeypatch.setattr(references, "KEEP_SLOWER_THAN", 0.0)  # every function is worth keeping
    solutions, checks = tmp_path / "solutions", tmp_path / "checks"
    solutions.mkdir()
    checks.mkdir()
    (solutions / "sums.py").write_text(textwrap.dedent(SOLUTION), encoding="utf-8")
    (checks / "sums_mistakes.py").write_text(
        "CALLS = []\n\ndef halved(values):\n    CALLS.append(1)\n    return [v / 2 for v in values]\n", encoding="utf-8"
    )
    return solutions, checks


def test_a_question_is_answered_once_and_equal_questions_share_the_answer(course):
    reference = References(*course[:1], ["sums"], checks_dir=course[1]).module("sums")
    first = reference.doubled([1, 2, 3])
    again = reference.doubled(np.array([1, 2, 3]).tolist())
    other = reference.doubled([1, 2, 3], times=3)
    assert np.array_equal(first, [2, 4, 6]) and np.array_equal(again, first) and np.array_equal(other, [3, 6, 9])
    assert reference.CALLS == [("doubled", 2), ("doubled", 3)]
    # an int list and a float list are different questions, as are equal values of other dtypes
    reference.doubled([1.0, 2.0, 3.0])
    reference.doubled(np.array([1, 2, 3], dtype=np.int32))
    reference.doubled(np.array([1, 2, 3], dtype=np.int64))
    assert len(reference.CALLS) == 5


def test_answers_are_handed_out_as_copies(course):
    reference = References(*course[:1], ["sums"], checks_dir=course[1]).module("sums")
    first = reference.stats([1.0, 2.0])
    first["all"].append(99.0)
    first["mean"] = -1.0
    array = reference.doubled([1.0])
    array[0] = 123.0
    assert reference.stats([1.0, 2.0]) == {"mean": 1.5, "all": [1.0, 2.0]}
    assert reference.doubled([1.0]).tolist() == [2.0]
    assert reference.CALLS == [("stats",), ("doubled", 2)]


def test_a_function_changing_its_argument_leaves_the_checks_value_alone_asked_or_kept(course):
    reference = References(*course[:1], ["sums"], checks_dir=course[1]).module("sums")
    values = np.array([1.0, 2.0])
    assert reference.scaled_in_place(values) == 30.0  # computed
    assert reference.scaled_in_place(values) == 30.0  # kept
    assert values.tolist() == [1.0, 2.0]
    assert reference.CALLS == [("scaled_in_place",)]


def test_objects_and_unkeyable_questions_are_computed_at_every_call(course):
    reference = References(*course[:1], ["sums"], checks_dir=course[1]).module("sums")
    one, two = reference.counter(), reference.counter()
    one.count += 1
    assert (one.count, two.count) == (1, 0) and isinstance(one, reference.Counter)
    assert reference.apply(abs, -2) == 2 and reference.apply(abs, -2) == 2  # a function cannot key a question
    assert reference.CALLS == [("counter",), ("counter",), ("apply",), ("apply",)]


def test_each_run_has_its_own_answers_and_the_mistakes_answer_once_too(course):
    solutions, checks = course
    run = References(solutions, ["sums"], checks_dir=checks).module("sums")
    assert run.mistakes.halved([2.0, 4.0]) == [1.0, 2.0] and run.mistakes.halved([2.0, 4.0]) == [1.0, 2.0]
    assert run.mistakes.CALLS == [1]
    later = References(solutions, ["sums"], checks_dir=checks).module("sums")
    later.mistakes.halved([2.0, 4.0])
    assert later.mistakes.CALLS == [1]  # a module of its own, computed again
    assert "reference sums" in repr(run) and "reference sums.mistakes" in repr(run.mistakes)


def test_past_the_cap_answers_are_computed_not_kept(course, monkeypatch):
    monkeypatch.setattr(references, "MOST_ANSWERS_KEPT", 2)
    reference = References(*course[:1], ["sums"], checks_dir=course[1]).module("sums")
    for times in (1, 2, 3, 3, 1):
        reference.doubled([1.0], times=times)
    assert reference.CALLS == [("doubled", 1), ("doubled", 2), ("doubled", 3), ("doubled", 3)]


def test_quick_functions_are_called_directly_until_one_call_is_slow(course, monkeypatch):
    monkeypatch.setattr(references, "KEEP_SLOWER_THAN", 3600.0)  # every function is quick
    reference = References(*course[:1], ["sums"], checks_dir=course[1]).module("sums")
    values = np.array([1.0, 2.0])
    for _ in range(3):
        assert reference.doubled([1.0]).tolist() == [2.0]
    assert reference.scaled_in_place(values) == 30.0
    assert values.tolist() == [1.0, 2.0]  # the first call, which timed it, ran on copies
    assert reference.scaled_in_place(values) == 30.0 and values.tolist() == [10.0, 20.0]  # called as it is
    assert reference.CALLS == [("doubled", 2)] * 3 + [("scaled_in_place",)] * 2
    monkeypatch.setattr(references, "KEEP_SLOWER_THAN", 0.0)  # now every call is slow
    reference.doubled([1.0])  # called directly and found slow: the next one is kept
    for _ in range(3):
        assert reference.doubled([1.0]).tolist() == [2.0]
    assert reference.CALLS == [("doubled", 2)] * 3 + [("scaled_in_place",)] * 2 + [("doubled", 2)] * 2


def test_a_module_without_a_reference_is_still_refused(course):
    with pytest.raises(MissingReference, match="no reference for other"):
        References(*course[:1], ["sums"], checks_dir=course[1]).module("other")
