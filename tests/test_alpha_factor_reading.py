"""Does a slope or a value that is one constant times the right one name alpha only when that constant
is the alpha the check gave, and say both readings (alpha itself, or that number written in), since one
call cannot tell them apart? The corpus (``tests/corpus/hints14b_cases.py``) shows it end to end."""

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.checks import activations_hints

formulas = load_sibling(activations_hints.__file__, "activations_formulas")
Z = [np.array([-3.0, -0.5, 0.25, 2.0]), np.array([[-1.5, 4.0], [0.75, -2.0]])]


def _slope(z, alpha):
    return np.where(z > 0, 1.0, alpha)


def test_a_step_times_alpha_names_alpha_and_the_number():
    answers = [0.1 * _slope(z, 0.1) for z in Z]
    hint = formulas.factor_hint("leaky_relu_derivative", answers, [_slope(z, 0.1) for z in Z], alpha=0.1)
    assert "0.1 is the alpha given" in hint and "or that number written in" in hint


def test_another_factor_is_not_read_as_alpha():
    answers = [0.5 * _slope(z, 0.1) for z in Z]
    hint = formulas.factor_hint("leaky_relu_derivative", answers, [_slope(z, 0.1) for z in Z], alpha=0.1)
    assert hint is not None and "alpha given" not in hint


def test_a_right_step_gets_no_factor_hint():
    right = [_slope(z, 0.3) for z in Z]
    assert formulas.factor_hint("leaky_relu_derivative", right, right, alpha=0.3) is None
