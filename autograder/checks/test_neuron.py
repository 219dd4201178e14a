"""Checks for exercise 4, ``neuron``: a neuron, a tiny network, a layer, parameter counts."""

import numpy as np
import pytest

from autograder.grading.compare import CheckFailed, Misconception, describe, expect_close, expect_float, kind_of

EXERCISE = "neuron"


def _feedforward(obj, x, call):
    return expect_float(obj.call("feedforward", x), call=call)


def _feedforwards(student, cls, cases):
    """``cls(weights, bias).feedforward(x)`` for each case, in one request: the answers in order."""
    batch = student.batch()
    steps = [batch.invoke("feedforward", (np.array(x),), on=batch.invoke(cls, (np.array(weights), bias)))
             for weights, bias, x, _ in cases]  # fmt: skip
    replies = batch.run()
    return (replies[step] for step in steps)


@pytest.mark.weight(2)
def test_neuron_feedforward(student, reference, rng, seed):
    """Neuron(weights, bias).feedforward(x) = sigmoid(weights . x + bias), a float."""
    cases = [([0.0, 1.0], 4.0, [2.0, 3.0], "the lesson's example")]
    for _ in range(3):
        n = int(rng.integers(2, 6))
        cases.append((rng.normal(size=n).round(3).tolist(), round(float(rng.normal()), 3),
                      rng.normal(size=n).round(3).tolist(), f"random, seed {seed}"))  # fmt: skip
    for (weights, bias, x, what), got in zip(cases, _feedforwards(student, "Neuron", cases)):
        call = f"Neuron({weights}, {bias}).feedforward({x}) ({what})"
        got = expect_float(got, call=call)
        expected = reference.Neuron(np.array(weights), bias).feedforward(np.array(x))
        z = float(np.dot(weights, x) + bias)
        expect_close(got, expected, call=call, misconceptions=[
            Misconception("Apply the sigmoid to the weighted sum: sigmoid(dot(weights, x) + bias).", z),
            Misconception("The bias is added before the sigmoid, not after it.", 1 / (1 + np.exp(-(z - bias))) + bias),
        ])  # fmt: skip


@pytest.mark.weight(2)
def test_tiny_network(student, reference, rng, seed):
    """TinyNetwork(weights, bias).feedforward(x): two hidden neurons feed one output neuron."""
    cases = [([0.0, 1.0], 0.0, [2.0, 3.0], "the lesson's example")]
    for _ in range(3):
        cases.append((rng.normal(size=2).round(3).tolist(), round(float(rng.normal()), 3),
                      rng.normal(size=2).round(3).tolist(), f"random, seed {seed}"))  # fmt: skip
    for (weights, bias, x, what), got in zip(cases, _feedforwards(student, "TinyNetwork", cases)):
        call = f"TinyNetwork({weights}, {bias}).feedforward({x}) ({what})"
        got = expect_float(got, call=call)
        expected = reference.TinyNetwork(np.array(weights), bias).feedforward(np.array(x))
        one_layer = reference.Neuron(np.array(weights), bias).feedforward(np.array(x))
        expect_close(got, expected, call=call, misconceptions=[
            Misconception("The output neuron o1 takes the hidden outputs [h1, h2] as its inputs, "
                          "not the network's input x.", one_layer),
        ])  # fmt: skip


@pytest.mark.weight(2)
def test_layer_output(student, reference, rng, seed):
    """layer_output(inputs, weights, biases) gives one weighted sum plus bias per neuron, as a list."""
    cases = [([1.0, 2.0], [[0.5, -1.0], [2.0, 0.0], [0.0, 0.25]], [0.0, 1.0, -1.0], "a small example")]
    n_in, n_out = int(rng.integers(2, 5)), int(rng.integers(1, 5))
    cases.append((rng.normal(size=n_in).round(2).tolist(), rng.normal(size=(n_out, n_in)).round(2).tolist(),
                  rng.normal(size=n_out).round(2).tolist(), f"random, seed {seed}"))  # fmt: skip
    replies = student.map("layer_output", [(inputs, weights, biases) for inputs, weights, biases, _ in cases])
    for (inputs, weights, biases, what), got in zip(cases, replies):
        call = f"layer_output({inputs}, {weights}, {biases}) ({what})"
        if not isinstance(got, (list, tuple)):
            raise CheckFailed(
                f"{call} returned {kind_of(got)}; it should return a Python list with one number per neuron",
                hint="This exercise is plain Python: build the list with a loop or a list comprehension."
                if isinstance(got, np.ndarray) else None,
            )
        transposed = (np.array(weights).T @ np.array(inputs)) if len(inputs) == len(weights) else None
        hints = [Misconception("weights[j] holds neuron j's weights: neuron j sums inputs[i] * weights[j][i].",
                               transposed + np.array(biases))] if transposed is not None else []  # fmt: skip
        expect_close(got, reference.layer_output(inputs, weights, biases), call=call, misconceptions=hints)


@pytest.mark.weight(2)
def test_count_parameters(student, reference):
    """count_parameters(layer_sizes) counts weights and biases of a fully connected network."""
    all_sizes = ([3, 5, 5, 5, 2], [2, 2, 1], [4, 1], [784, 128, 10], [1])
    for sizes, got in zip(all_sizes, student.map("count_parameters", [(sizes,) for sizes in all_sizes])):
        call = f"count_parameters({sizes})"
        expected = reference.count_parameters(sizes)
        if isinstance(got, bool) or not isinstance(got, (int, np.integer)):
            raise CheckFailed(f"{call} returned {kind_of(got)}; it should return an int")
        weights = sum(a * b for a, b in zip(sizes, sizes[1:]))
        hint = None
        if got == weights:
            hint = "Count the biases too: one per neuron in every layer after the input layer."
        elif got == weights + sum(sizes):
            hint = "The input layer has no biases: only the layers after it do."
        if got != expected:
            raise CheckFailed(f"{call}: expected {expected}, got {got}", hint=hint)


@pytest.mark.hidden
def test_neuron_accepts_lists(student):
    """Neuron works when weights and inputs are plain lists."""
    got = _feedforward(student.new("Neuron", [0.0, 1.0], 4.0), [2.0, 3.0], "Neuron([0, 1], 4).feedforward([2, 3])")
    expect_close(got, 0.9990889488055994, call=f"Neuron([0, 1], 4).feedforward([2, 3]) -> {describe(got)}")
