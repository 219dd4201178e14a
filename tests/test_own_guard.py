"""An error the student's own raise or assert threw on an input the spec accepts (``grading.own_guard``)."""

from autograder.grading.own_guard import own_guard_hint

SOURCE = ("import numpy as np\n\n\ndef mse_loss(y_true, y_pred):\n    y_true = np.asarray(y_true)\n"
          "    if not np.all((y_true == 0) | (y_true == 1)):\n        raise ValueError('targets must be 0 or 1')\n"
          "    return 0.0\n")
RAISED = ('Traceback (most recent call last):\n  File "loss.py", line 7, in mse_loss\n'
          "    raise ValueError('targets must be 0 or 1')\n")


def test_a_raise_under_the_students_if_is_named_with_its_condition_and_values():
    hint = own_guard_hint(RAISED, {"y_true": "an array of shape (3, 4) (float64)"}, SOURCE)
    assert hint.startswith("This error is your own: line 7 of your loss.py, `raise ValueError('targets must be 0 or 1')`")
    assert "when `not np.all((y_true == 0) | (y_true == 1))` holds" in hint
    assert "y_true is an array of shape (3, 4) (float64)" in hint and "Make the condition refuse only" in hint


def test_an_assert_is_its_own_condition():
    detail = ('Traceback (most recent call last):\n  File "neuron.py", line 3, in count_parameters\n'
              '    assert len(sizes) >= 2, "two layers at least"\n')
    hint = own_guard_hint(detail, {"sizes": "a list of 1 number [4]"}, None)
    assert "`assert len(sizes) >= 2, \"two layers at least\"`, stops the call." in hint and "[4]" in hint


def test_an_error_numpy_or_python_raised_is_not_the_students_own():
    numpy_raised = RAISED + '  File "/usr/lib/numpy/core/fromnumeric.py", line 88, in sum\n    raise ValueError(x)\n'
    assert own_guard_hint(numpy_raised, {}, SOURCE) is None
    line_raised = 'Traceback (most recent call last):\n  File "loss.py", line 8, in mse_loss\n    return y[9]\n'
    assert own_guard_hint(line_raised, {}, SOURCE) is None
