"""The reading of an index, axis or broadcast error off the student's own line (``error_lines``), asked of the
real exceptions Python and NumPy raise: it names the line, the numbers the error gave and the subscripts written
there, and says the usual causes as things to look for; other errors, and errors a precise reader explains, are
left to those readers."""

import pytest

from autograder.grading.error_lines import line_reading
from autograder.grading.errors import python_error_hint

from test_python_slips import _raised


def test_an_array_index_past_the_end_names_the_line_the_index_and_the_size():
    source = "def fit(X, y):\n    for epoch in range(6):\n        for x_i in X:\n            label = y[epoch]\n"
    hint = python_error_hint(*_raised(source, "fit(np.ones((4, 2)), np.zeros(4))"))
    assert "line 4 of your student.py, `label = y[epoch]`" in hint
    assert "position 4 along axis 0" in hint and "4 positions there (0 to 3)" in hint and "one past the last" in hint
    assert "`y[epoch]`" in hint and "a counter of epochs" in hint


def test_a_list_index_past_the_end_on_i_plus_one_says_to_stop_one_step_earlier():
    source = "def count(sizes):\n    return sum(sizes[i] * sizes[i + 1] for i in range(len(sizes)))\n"
    hint = python_error_hint(*_raised(source, "count([2, 3, 1])"))
    assert hint.startswith("An index ran past the end of a list") and "range(len(items) - 1)" in hint


def test_a_list_index_past_the_end_elsewhere_names_the_subscript_and_not_i_plus_one():
    source = "def first_of_each(rows):\n    return [rows[k][k] for k in range(3)]\n"
    hint = python_error_hint(*_raised(source, "first_of_each([[1, 2], [3, 4], [5, 6]])"))
    assert "`rows[k][k]`" in hint and "i + 1" not in hint


def test_an_axis_the_array_lacks_says_how_many_axes_it_has():
    source = "def total(v):\n    return np.sum(v, axis=1)\n"
    hint = python_error_hint(*_raised(source, "total(np.ones(3))"))
    assert "axis 1 was asked of an array that has one axis only, axis 0" in hint and "line 2" in hint


def test_shapes_that_cannot_line_up_are_named_with_the_line():
    source = "def add(a, b):\n    return a + b\n"
    hint = python_error_hint(*_raised(source, "add(np.ones((3, 2)), np.ones((4, 5)))"))
    assert "shapes (3, 2) and (4, 5)" in hint and "`return a + b`" in hint and ".shape" in hint


@pytest.mark.parametrize("source, call", [
    ("def f(x):\n    return x + 1\n", "f('a')"),
    ("def f(d):\n    return d['w9']\n", "f({})"),
])
def test_other_errors_are_not_read_here(source, call):
    assert line_reading(*_raised(source, call)) is None


def _traceback(code: str, line: int = 12, file: str = "mlp.py") -> str:
    return (f'Traceback (most recent call last):\n  File "{file}", line {line}, in forward\n'
            f"    {code}\nValueError: the message\n")


def test_a_matrix_product_whose_sizes_differ_names_both_sides_on_the_students_line():
    message = ("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
               "(n?,k),(k,m?)->(n?,m?) (size 3 is different from 2)")
    hint = python_error_hint("ValueError", message, _traceback("Z1 = X @ W1.T + b1"))
    assert "line 12 of your mlp.py" in hint and "in `X @ W1.T` the last size of `X` is 2, the first size of `W1.T` is 3" in hint


def test_np_dot_not_aligned_gives_each_side_its_shape():
    hint = python_error_hint("ValueError", "shapes (4,2) and (3,5) not aligned: 2 (dim 1) != 3 (dim 0)",
                             _traceback("hidden = np.dot(W1, X)"))
    assert "`W1` has shape (4,2) and `X` has shape (3,5)" in hint


def test_a_line_with_two_products_names_them_without_choosing():
    message = "shapes (4,2) and (3,) not aligned: 2 (dim 1) != 3 (dim 0)"
    hint = python_error_hint("ValueError", message, _traceback("out = (x @ W1) @ W2"))
    assert "one of the products written there (`x @ W1 @ W2`, `x @ W1`)" in hint


def test_a_line_without_a_product_is_not_quoted():
    message = "shapes (4,2) and (3,) not aligned: 2 (dim 1) != 3 (dim 0)"
    hint = python_error_hint("ValueError", message, _traceback("out = helper(x)"))
    assert "line 12" not in hint and hint.startswith("A matrix product")
