"""The one copier of plain data the grader keeps (reference answers, a student's first arguments)."""

import numpy as np

from autograder.checking.plain_copy import plain_copy
from autograder.sandbox import wire


class _Touchy(wire.Handle):
    """A handle whose every attribute lookup would be a call into the child."""

    def __init__(self):
        pass

    def __getattr__(self, name):
        raise AssertionError(f"{name} was looked up on a handle")


def test_arrays_inside_containers_are_copied():
    inner = np.zeros(3)
    value = {"w": [inner, (inner, 2.0)], "n": 3}
    copied = plain_copy(value)
    inner[0] = 7.0
    assert copied["w"][0][0] == 0.0 and copied["w"][1][0][0] == 0.0
    assert type(copied["w"][1]) is tuple and copied["n"] == 3


def test_a_handle_is_refused_or_shared_but_never_deep_copied():
    handle = _Touchy()
    assert plain_copy(([1.0], {"net": handle}), refuse_handles=True) is None
    shared = plain_copy([handle, np.ones(2)])
    assert shared[0] is handle


def test_a_subclass_of_a_plain_kind_gets_a_copy_of_its_own():
    class Scores(list):
        pass

    value = Scores([np.zeros(2)])
    copied = plain_copy(value)
    value[0][0] = 1.0
    assert type(copied) is Scores and copied[0][0] == 0.0
