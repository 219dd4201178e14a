"""The bias probe of a wrong predict (``autograder/checks/perceptron_predict_probe.py``): do its settings tell
every way of mixing the bias into the sum from the right sum and from each other, and does it say nothing of a
right predict?"""

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.checks import perceptron_hints

probe = load_sibling(perceptron_hints.__file__, "perceptron_predict_probe")


def _labels(sums):
    return [(sums(probe.GRID, w, b) >= 0).astype(float) for w, b in probe.SETTINGS]


def test_every_reading_differs_from_the_rule_and_from_the_others():
    tables = {name: _labels(sums) for name, (sums, _) in probe.BIAS_READINGS.items()}
    tables["right"] = _labels(lambda X, w, b: X @ w + b)
    names = list(tables)
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            assert not all(np.array_equal(a, b) for a, b in zip(tables[first], tables[second])), (first, second)


def test_each_reading_is_found_alone():
    for name, (sums, _) in probe.BIAS_READINGS.items():
        assert probe.bias_readings(_labels(sums)) == [name]


def test_a_right_predict_matches_no_reading():
    assert probe.bias_readings(_labels(lambda X, w, b: X @ w + b)) == []
