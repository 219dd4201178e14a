"""The grading loop keeps the objects alive before it out of the garbage collector's full passes,
and gives them back once it ends, however it ends."""

from __future__ import annotations

import gc

import pytest

from autograder.plugin import _old_objects_left_alone


def test_objects_alive_before_the_loop_are_frozen_during_it_and_given_back_after():
    assert gc.get_freeze_count() == 0
    with _old_objects_left_alone():
        frozen = gc.get_freeze_count()
        assert frozen > 1000  # the interpreter's, NumPy's and pytest's objects, at least
        garbage = []
        garbage.append(garbage)  # a cycle made during the loop is still collected
        del garbage
        assert gc.collect() >= 1
        assert gc.get_freeze_count() == frozen
    assert gc.get_freeze_count() == 0


def test_a_loop_that_raises_gives_the_objects_back_too():
    with pytest.raises(KeyError), _old_objects_left_alone():
        raise KeyError("a check's failure")
    assert gc.get_freeze_count() == 0
