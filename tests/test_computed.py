"""grading/computed.py: when answers show a computation at work, so that a rule about how they are given
(finite, typed, the caller's data left alone) can be judged on them."""

import numpy as np

from autograder.grading.computed import CHANGES, GIVEN_BACK, RAISED, SAME_FOR_ALL, Raised, given_back, not_computed, same_answer


def test_same_answer_compares_numbers_arrays_and_dicts_by_value():
    assert same_answer(1, 1.0) and same_answer([0.5, 1.0], np.array([0.5, 1.0]))
    assert not same_answer(np.zeros((2, 1)), np.zeros(2))  # the shape counts
    assert same_answer({"w1": 1.0, "b1": np.float64(2)}, {"w1": 1.0, "b1": 2.0})
    assert not same_answer({"w1": 1.0}, {"w1": 1.0, "b1": 2.0}) and not same_answer({"w1": 1.0}, 1.0)
    assert same_answer(np.array([np.nan]), np.array([np.nan]))
    assert same_answer("text", "text") and not same_answer("text", None) and not same_answer(None, 0)


def test_given_back_is_an_answer_equal_to_an_argument():
    X = np.array([[0.0, 1.0], [1.0, 0.0]])
    assert given_back(X.copy(), X) and given_back([2, 3], None, (2, 3))
    assert not given_back(X + 1, X) and not given_back(0.5, X)


def test_answers_that_compute_something_are_judged():
    X, other = np.ones((3, 2)), np.zeros((3, 2))
    assert not_computed([np.full((3, 1), 0.9), np.full((3, 1), 0.5)], given=((X,), (other,))) is None
    assert not_computed([X + 1, other + 1], given=((X,), (other,)), again=(X + 1, X + 1)) is None  # wrong, but computed


def test_answers_that_compute_nothing_are_not():
    X, other = np.ones((3, 2)), np.zeros((3, 2))
    assert not_computed([0.0, 0.0]).kind == SAME_FOR_ALL and "same answer" in str(not_computed([0.0, 0.0]))
    assert not_computed([X, other], given=((X,), (other,))).kind == GIVEN_BACK
    why = not_computed([0.3, 0.7], again=(0.3, 0.4))
    assert why.kind == CHANGES and "asked twice" in str(why)
    # one answer equal to its input by coincidence (threshold(0) is 0) is not an echo of every question
    assert not_computed([0, 1, 0], given=((0,), (0.75,), (0.25,))) is None


def test_a_question_refused_is_not_a_question_left_unasked():
    """A part that answers once and raises when asked again, or raises on every other question, has shown
    no computation: a random answer followed by an error must not pass where a missing question would."""
    why = not_computed([0.3, 0.7], again=(0.3, Raised("RuntimeError: asked twice")))
    assert why.kind == RAISED and "asked again" in str(why) and "RuntimeError" in str(why)
    why = not_computed([np.full((3, 1), 0.5), Raised("ValueError: no")])
    assert why.kind == RAISED and "another question" in str(why)
    assert not_computed([0.3, 0.7], again=(0.3, 0.3)) is None  # answered again, alike: judged
