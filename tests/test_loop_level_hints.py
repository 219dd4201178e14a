"""The helpers that name an update or a recorded loss at the wrong loop level (issue 13, the classes
heldout5 found): the perceptron's rule replayed with a parameter moved once per epoch, the one
mistake that explains every data set, the count of losses that shows the sample loop, and the
hint of a failed in-place update. The corpus (``tests/corpus/heldout5_classes_b.py``) shows them
end to end; these pin their edges."""

import importlib.util

import numpy as np
from kit import SOLUTIONS

from autograder.checks import backprop_hints, mlp_fit_hints, mlp_mistakes, perceptron_hints, perceptron_mistakes
from autograder.grading.compare import Misconception
from autograder.grading.errors import python_error_hint

AND_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
AND_Y = np.array([0, 0, 0, 1])


def _bias_after_sample_loop(X, y, lr, epochs):
    """A beginner's fit with the bias's update dedented out of the loop over the samples."""
    weights, bias = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for x_i, y_i in zip(X, y):
            update = lr * (y_i - (1 if x_i @ weights + bias >= 0 else 0))
            weights = weights + update * x_i
        bias = bias + update
    return np.append(weights, bias)


def _bias_by_summed_errors(X, y, lr, epochs):
    """A beginner's fit that adds up the epoch's errors and moves the bias by lr times their sum."""
    weights, bias = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        errors = 0.0
        for x_i, y_i in zip(X, y):
            error = y_i - (1 if x_i @ weights + bias >= 0 else 0)
            weights = weights + lr * error * x_i
            errors += error
        bias += lr * errors
    return np.append(weights, bias)


def test_a_bias_moved_once_per_epoch_is_replayed_as_written():
    rng = np.random.default_rng(3)
    X, y = np.round(rng.normal(size=(9, 2)), 2), rng.integers(0, 2, size=9)
    for data, labels, lr, epochs in ((AND_X, AND_Y, 0.1, 10), (X, y, 0.2, 7)):
        replay = perceptron_mistakes.fit_with_mistake(data, labels, lr, epochs, bias_at="last")
        assert np.allclose(replay, _bias_after_sample_loop(data, labels, lr, epochs), rtol=0, atol=1e-12)
        summed = perceptron_mistakes.fit_with_mistake(data, labels, lr, epochs, bias_at="lr_sum")
        assert np.allclose(summed, _bias_by_summed_errors(data, labels, lr, epochs), rtol=0, atol=1e-12)
    right = perceptron_mistakes.fit_with_mistake(AND_X, AND_Y, 0.1, 10)
    assert not np.allclose(right, perceptron_mistakes.fit_with_mistake(AND_X, AND_Y, 0.1, 10, bias_at="last"))


def test_summing_updates_and_summing_errors_round_apart_where_a_sum_of_zero_decides():
    """lr * (sum of errors) and the sum of lr * error differ in the last bit, and on the AND table
    a weighted sum of exactly 0 predicts 1: both spellings must be replayed."""
    by_updates = perceptron_mistakes.fit_with_mistake(AND_X, AND_Y, 0.1, 3, bias_at="sum")
    by_errors = perceptron_mistakes.fit_with_mistake(AND_X, AND_Y, 0.1, 3, bias_at="lr_sum")
    assert not np.allclose(by_updates, by_errors)


def test_named_everywhere_takes_the_one_mistake_that_explains_every_data_set():
    first = [Misconception("A on 1", [1.0, 2.0]), Misconception("B on 1", [1.0, 2.0]), Misconception("C on 1", [5.0])]
    second = [Misconception("A on 2", [3.0]), Misconception("B on 2", [4.0]), Misconception("C on 2", [6.0])]
    mistakes = [first, second]
    # A and B give the same on the first data set; the second tells them apart, and the hint is said
    # with the numbers of the data set asked for
    assert perceptron_hints.named_everywhere([np.array([1.0, 2.0]), np.array([4.0])], mistakes, 0) == "B on 1"
    assert perceptron_hints.named_everywhere([np.array([1.0, 2.0]), np.array([4.0])], mistakes, 1) == "B on 2"
    # a mistake that explains the first data set but not the second is not named
    assert perceptron_hints.named_everywhere([np.array([1.0, 2.0]), np.array([7.0])], mistakes, 0) is None
    # two mistakes said alike that explain both are one hint
    alike = [[Misconception("same", [1.0]), Misconception("same", [1.0])], [Misconception("same", [2.0])] * 2]
    assert perceptron_hints.named_everywhere([np.array([1.0]), np.array([2.0])], alike, 0) == "same"
    assert perceptron_hints.named_everywhere([np.array([1.0]), np.array([2.0])], [first, second[:2]], 0) is None


def test_the_loop_level_mistakes_name_what_moved_and_how():
    found = perceptron_hints.loop_level_mistakes(perceptron_mistakes.fit_with_mistake, AND_X, AND_Y, 0.1, 10)
    said = [m.hint for m in found]
    assert len(found) == len(perceptron_hints.LOOP_LEVELS)
    assert said[0].startswith("Your bias moves once per epoch, after the loop over the samples, by the last")
    assert said[2].startswith("Your weights and bias move once per epoch, after the loop")
    assert all("inside the loop" in hint for hint in said)
    # both moved by the epoch's sum: what stale predictions give too, so both ways of writing it are named
    both_summed = [hint for (w, b), hint in zip(perceptron_hints.LOOP_LEVELS, said) if w == b != "last"]
    assert both_summed and all(hint == perceptron_hints.STALE_PREDICTIONS for hint in both_summed)
    assert "computed before that loop" in perceptron_hints.STALE_PREDICTIONS


def test_a_loss_per_sample_is_counted_from_the_epochs_and_the_samples():
    hint = backprop_hints.each_sample_hint([0.1] * 100, 25, 4)
    assert hint.startswith("Your train records 100 losses, 4 per epoch: one for every sample")
    assert backprop_hints.each_sample_hint([0.1] * 26, 25, 4) is None  # one too many is another mistake
    assert backprop_hints.each_sample_hint([0.1] * 25, 25, 1) is None  # one sample: one per epoch is right
    assert backprop_hints.each_sample_hint(0.1, 25, 4) is None


def test_a_failed_in_place_update_names_the_broadcast_shape_as_such():
    message = "non-broadcastable output operand with shape (1,5) doesn't match the broadcast shape (12,5)"
    hint = python_error_hint("ValueError", message)
    assert "of an array of shape (1,5) failed" in hint and "broadcast to shape (12,5)" in hint
    assert "by one of shape" not in hint


def _solutions_module(name):
    spec = importlib.util.spec_from_file_location(f"solutions_{name}", SOLUTIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_mlp_stepped_per_sample_is_replayed_as_a_beginner_writes_it():
    """The MLP's fit with a step per sample, each from backward on that one sample, written with the
    solution's own MLP: what ``fit_mistakes`` replays (a corpus case cannot hold it, since such a fit
    is also slow, and the timed check then says one thing or the other by the machine's load)."""
    rng = np.random.default_rng(5)
    params = {"W1": rng.normal(size=(3, 4)), "b1": rng.normal(size=(1, 4)), "W2": rng.normal(size=(4, 2)),
              "b2": rng.normal(size=(1, 2))}  # fmt: skip
    X, y = rng.normal(size=(6, 3)), rng.integers(0, 2, size=(6, 2)).astype(float)
    net = _solutions_module("mlp").MLP(3, 4, 2, lr=0.5)
    for name, value in params.items():
        setattr(net, name, value.copy())
    losses = []
    for _ in range(5):
        losses.append(net.loss(X, y))
        for i in range(len(X)):
            net.step(net.backward(X[i : i + 1], y[i : i + 1]))
    assert np.allclose(mlp_mistakes.fit_mistakes(params, X, y, 0.5, 5)["per_sample"], losses, rtol=1e-12)
    known = mlp_fit_hints.fit_mistakes(np.array(losses), 0.1, {"per_sample": losses}, weights_right=False)
    assert mlp_fit_hints.STEP_PER_SAMPLE in {m.hint for m in known}
    assert not any(m.hint.startswith("Your fit records") for m in known)  # one more loss: only with right weights


def test_an_mlp_stepped_with_its_first_gradients_is_replayed_as_a_beginner_writes_it():
    """fit with backward computed once, before the loop, and that step taken every epoch, written with
    the solution's own MLP: what ``fit_mistakes`` replays as ``stale``, with its hint."""
    rng = np.random.default_rng(6)
    params = {"W1": rng.normal(size=(3, 4)), "b1": rng.normal(size=(1, 4)), "W2": rng.normal(size=(4, 2)),
              "b2": rng.normal(size=(1, 2))}  # fmt: skip
    X, y = rng.normal(size=(6, 3)), rng.integers(0, 2, size=(6, 2)).astype(float)
    net = _solutions_module("mlp").MLP(3, 4, 2, lr=0.5)
    for name, value in params.items():
        setattr(net, name, value.copy())
    grads, losses = net.backward(X, y), []
    for _ in range(5):
        losses.append(net.loss(X, y))
        net.step(grads)
    found = mlp_mistakes.fit_mistakes(params, X, y, 0.5, 5)
    assert np.allclose(found["stale"], losses, rtol=1e-12)
    assert mlp_fit_hints.STALE_STEPS in {m.hint for m in mlp_fit_hints.fit_mistakes(np.array(losses), 0.1, found, False)}


def test_losses_stuck_at_the_start_yield_to_a_broken_part():
    """A step that changes nothing gives every loss at the starting weights too: a broken part is
    named then, and fit itself only where every part is right."""
    stuck, itself, broken = mlp_fit_hints.EVERY_LOSS_AT_START, "fit itself", "fix step first"
    assert mlp_fit_hints.fit_hint(stuck, [0.3, 0.3], [0.3, 0.2], lambda: broken, itself) == broken
    assert mlp_fit_hints.fit_hint(stuck, [0.3, 0.3], [0.3, 0.2], lambda: itself, itself) == stuck
    other = mlp_fit_hints.RUNNING_TOTAL

    def never_asked():
        raise AssertionError("the parts are asked only when the values name nothing else")

    assert mlp_fit_hints.fit_hint(other, [0.3, 0.5], [0.3, 0.2], never_asked, itself) == other
