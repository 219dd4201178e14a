"""An argument given to a NumPy function by position that lands in another parameter than the one meant,
read off the student's raising line with NumPy's own signatures (``numpy_by_position``), and asked of the real
errors NumPy raises for it."""

import pytest

from autograder.grading.errors import python_error_hint
from autograder.grading.numpy_by_position import by_position_hint

from test_python_slips import _raised


@pytest.mark.parametrize(("source", "call", "said"), [
    ("def softmax(z):\n    return np.exp(z - np.max(z, -1, True))\n", "softmax(np.ones((2, 3)))",
     ["True goes to out", "np.max(z, axis=-1, keepdims=True)"]),
    ("def column(n):\n    return np.zeros(n, 1)\n", "column(3)", ["1 goes to dtype", "np.zeros((n, 1))"]),
    ("def join(a, b):\n    return np.concatenate(a, b)\n", "join(np.ones(2), np.ones(3))",
     ["b goes to axis", "np.concatenate((a, b))"]),
    ("def start(n):\n    return np.zeros(n, 0)\n", "start(3)", ["0 goes to dtype", "leave the 0 out, np.zeros(n)."]),
    ("def halves(n):\n    return np.ones(n, 0.5)\n", "halves(3)", ["np.full(n, 0.5)"]),
    ("def tall(x):\n    return np.reshape(x, 3, 1)\n", "tall(np.ones(3))", ["1 goes to order", "np.reshape(x, (3, 1))"]),
    ("def total(a, b, c):\n    return np.add(a, b, c)\n", "total(1.0, 2.0, 3.0)",
     ["c goes to out", "np.add takes 2 operands only"]),
    ("def squares(x):\n    return np.square(x, 2)\n", "squares(np.ones(3))", ["2 goes to out", "np.square(x)."]),
    ("def peak(z):\n    return z.max(-1, True)\n", "peak(np.ones((2, 3)))", ["True goes to out", ".max(axis=-1, keepdims=True)"]),
])
def test_the_real_error_is_read_as_the_argument_it_gave_by_position(source, call, said):
    hint = python_error_hint(*_raised(source, call))
    assert hint is not None and hint.startswith("On your line `"), hint
    assert all(words in hint for words in said), hint


@pytest.mark.parametrize("code", [
    "s = np.sum(x, 0, float)",  # a dtype, by position, on purpose
    "c = np.concatenate(parts, 0)",  # an axis
    "c = np.stack(rows, axis)",
    "k = np.clip(z, 0, 1)",
    "p = np.where(z > 0, z, 0)",
    "r = np.round(x, 2)",
    "x = np.array(rows, float)",
    "s = np.sum(x, axis=0, keepdims=True)",
    "x = np.random.normal(0, 1, (3, 2))",
    "y = f(*args)",
    "y = np.add(*terms)",
    "not python (",
])
def test_arguments_where_they_belong_are_not_read(code):
    assert by_position_hint(code) is None


def test_an_error_on_a_line_with_nothing_misplaced_keeps_its_own_reading():
    source = "def total(v):\n    return np.sum(v, axis=1)\n"
    hint = python_error_hint(*_raised(source, "total(np.ones(3))"))
    assert "On your line" not in hint and "axis 1" in hint


def test_without_the_line_the_out_error_is_told_without_a_story_of_three_terms():
    """No traceback line to read (the code is not at hand): the hint says what NumPy did with the extra
    argument and nothing about terms the student may never have written."""
    hint = python_error_hint("TypeError", "return arrays must be of ArrayType", "")
    assert hint is not None and "out" in hint and "operands only" in hint, hint
    assert "third term" not in hint and "np.subtract" not in hint, hint


def test_a_ufunc_named_with_numpy_spelt_out_is_read_as_one():
    hint = python_error_hint(*_raised("import numpy\ndef total(a, b, c):\n    return numpy.add(a, b, c)\n",
                                      "total(1.0, 2.0, 3.0)"))
    assert hint is not None and "np.add takes 2 operands only" in hint, hint
