"""An error read with what the names on the raising line held (``held_values``): the variable of the wrong kind
is named, and nothing is said where the held values do not single one out."""

from autograder.grading.held_values import held_hint

ARRAY = "an array of shape (2,) (float64)"


def test_a_name_holding_none_is_named_for_an_error_about_none_or_a_0_d_operand():
    hint = held_hint("ValueError", "matmul: Input operand 1 does not have enough dimensions (has 0, gufunc core "
                     "with signature (n?,k),(k,m?)->(n?,m?) requires 1)", {"x_i": ARRAY, "self.weights": "None"})
    assert hint.startswith("When your line raised, self.weights was None"), hint
    hint = held_hint("TypeError", "unsupported operand type(s) for *: 'NoneType' and 'float'", {"w": "None", "b": "None"})
    assert "w and b were None" in hint, hint


def test_a_single_number_where_matmul_needs_an_array_is_named():
    hint = held_hint("ValueError", "matmul: Input operand 1 does not have enough dimensions (has 0, ...)",
                     {"x": ARRAY, "w": "an array of shape () (float64)"})
    assert "w held a single number, an array of shape () (float64), where" in hint, hint


def test_a_list_in_arithmetic_is_named_with_the_fix():
    hint = held_hint("TypeError", "can't multiply sequence by non-int of type 'float'",
                     {"weights": "a list of 3 numbers", "lr": "the number 0.1"})
    assert "weights was a Python list" in hint and "np.asarray(weights, dtype=float)" in hint, hint


def test_nothing_is_said_where_no_held_value_fits_the_error():
    assert held_hint("ValueError", "matmul: Input operand 1 does not have enough dimensions (has 0, ...)",
                     {"x": ARRAY, "w": ARRAY}) is None
    assert held_hint("TypeError", "unsupported operand type(s) for *: 'NoneType' and 'float'", {"w": ARRAY}) is None
    assert held_hint("KeyError", "'W1'", {"params": "a dict with keys W2"}) is None
    assert held_hint("TypeError", "can't multiply sequence by non-int of type 'float'", {}) is None


def test_only_the_operands_of_the_product_are_named_where_the_line_shows_them():
    detail = 'File "perceptron.py", line 9, in fit\n    prediction = x_i @ self.weights + self.bias'
    hint = held_hint("ValueError", "matmul: Input operand 0 does not have enough dimensions (has 0, ...)",
                     {"x_i": "the NumPy number 1.0 (float64)", "self.weights": ARRAY, "self.bias": "the number 0.0"},
                     detail)
    assert hint.startswith("When your line raised, x_i held a single number"), hint
    assert "zip(X, y)" in hint, hint


def test_a_zero_d_array_indexed_is_named_with_where_it_came_from():
    detail = 'Traceback (most recent call last):\n  File "mlp.py", line 9, in fit\n    losses[epoch] = self.loss(X, y)\n'
    held = {"losses": "an array of shape () (float64)", "epoch": "the number 0", "X": "an array of shape (4, 2) (float64)"}
    hint = held_hint("IndexError", "too many indices for array: array is 0-dimensional, but 1 were indexed", held, detail)
    assert hint and hint.startswith("When your line raised, losses was an array of shape ()") and "np.empty_like" in hint
    assert held_hint("IndexError", "index 4 is out of bounds for axis 0 with size 4", held, detail) is None
    assert held_hint("IndexError", "too many indices for array: array is 0-dimensional, but 1 were indexed",
                     {"epoch": "the number 0"}, detail) is None  # epoch is not what [...] is applied to


def test_a_number_indexed_is_left_to_the_errors_reading():
    detail = 'Traceback (most recent call last):\n  File "perceptron.py", line 9, in fit\n    x_i, y = X[i], y[i]\n'
    assert held_hint("IndexError", "invalid index to scalar variable.", {"y": "the NumPy number 0 (int64)"}, detail) is None
