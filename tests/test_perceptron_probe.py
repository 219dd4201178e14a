"""The step-by-step probe of a wrong perceptron fit (``autograder/checks/perceptron_probe.py``): it
finds nothing to say about right fits, however written, and names the first step where a wrong one
leaves the rule. The corpus (``tests/corpus/heldout9_more_a.py``) shows it end to end."""

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.checks import perceptron_hints

probe = load_sibling(perceptron_hints.__file__, "perceptron_probe")
AND_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
AND_Y = np.array([0, 0, 0, 1])


class _Batch:
    """An in-process stand-in for a student session's batch: steps run in order on local objects."""

    def __init__(self, cls):
        self.cls, self.steps = cls, []

    def invoke(self, name, args=(), kwargs=None, on=None):
        self.steps.append((name, args, kwargs or {}, on))
        return len(self.steps) - 1

    def get_many(self, names, on=None):
        self.steps.append(("get", names, None, on))
        return len(self.steps) - 1

    def run(self):
        replies = {}
        for index, (name, args, kwargs, on) in enumerate(self.steps):
            if name == "Perceptron":
                replies[index] = self.cls(**kwargs)
            elif name == "get":
                replies[index] = {n: getattr(replies[on], n) for n in args}
            else:
                replies[index] = getattr(replies[on], name)(*args)
        return replies


class _Student:
    def __init__(self, cls):
        self.cls = cls

    def batch(self):
        return _Batch(self.cls)


def _perceptron(step):
    """A Perceptron whose fit runs ``step(self, x_i, y_i)`` for every sample of every epoch."""

    class Perceptron:
        def __init__(self, lr=0.01, epochs=15):
            self.lr, self.epochs = lr, epochs

        def fit(self, X, y):
            X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
            self.weights, self.bias = np.zeros(X.shape[1]), 0.0
            for _ in range(self.epochs):
                for i in range(len(X)):
                    step(self, X[i], y[i])
            return self

    return Perceptron


def _rule(p, x, y):
    update = p.lr * (y - (1 if x @ p.weights + p.bias >= 0 else 0))
    p.weights, p.bias = p.weights + update * x, p.bias + update


def _per_feature(p, x, y):
    update = p.lr * (y - int(np.dot(p.weights, x) + p.bias >= 0))
    for j in range(len(p.weights)):
        p.weights[j] += update * x[j]
    p.bias += update


def _sigmoid(p, x, y):
    update = p.lr * (y - 1 / (1 + np.exp(-(x @ p.weights + p.bias))))
    p.weights, p.bias = p.weights + update * x, p.bias + update


def test_right_fits_give_no_hint():
    rng = np.random.default_rng(5)
    X, y = np.round(rng.normal(size=(12, 3)), 2), rng.integers(0, 2, size=12)
    for step in (_rule, _per_feature):
        for data, labels, lr, epochs in ((AND_X, AND_Y, 0.1, 10), (X, y, 0.2, 7)):
            assert probe.step_hint(_Student(_perceptron(step)), data, labels, lr, epochs) is None


def test_a_slip_is_shown_at_the_first_step_it_changes():
    hint = probe.step_hint(_Student(_perceptron(_sigmoid)), AND_X, AND_Y, 0.1, 10)
    assert "at sample 1 (x = [0, 0], y = 0)" in hint and "p = 0.5" in hint and "bias -0.05" in hint


def _bias_per_feature(p, x, y):
    update = p.lr * (y - (1 if np.sum(x * p.weights + p.bias) >= 0 else 0))
    p.weights, p.bias = p.weights + update * x, p.bias + update


def _rounded(p, x, y):
    update = p.lr * (y - (1 if x @ p.weights + p.bias >= 0 else 0))
    p.weights, p.bias = np.round(p.weights + update * x, 1), p.bias + update


def test_a_prediction_from_another_sum_is_named_where_a_later_pass_first_shows_it():
    """On AND a bias added once per feature first changes a prediction in pass 2: one pass over the data written
    out twice shows it as a step, not as something carried over between passes."""
    hint = probe.step_hint(_Student(_perceptron(_bias_per_feature)), AND_X, AND_Y, 0.1, 10)
    assert "written out 2 times" in hint and "n_features * bias" in hint and "carries over" not in hint


def test_weights_rounded_after_a_step_are_named():
    X = np.array([[0.23, 0.68], [0.5, -0.31], [-0.77, 0.12]])
    hint = probe.step_hint(_Student(_perceptron(_rounded)), X, np.array([0, 1, 0]), 0.5, 3)
    assert "rounded or cut (truncated) to 1 decimal" in hint  # both readings: here they give the same numbers


def test_a_step_rounded_away_is_named_beside_the_other_readings():
    """A step smaller than the decimals the weights keep leaves them where they were: both readings are said."""
    X = np.array([[0.5, 0.5], [0.03, 0.02], [1.0, -1.0]])
    hint = probe.step_hint(_Student(_perceptron(_rounded)), X, np.array([0, 1, 0]), 1.0, 3)
    assert "Or your weights are rounded: every weight your fit learned here has 1 decimal at most" in hint
