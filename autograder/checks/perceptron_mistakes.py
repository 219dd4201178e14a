"""The perceptron's learning rule as common mistakes write it: what the checks' hints compare with.

Instructor-side only: the grader exposes this module to the checks as ``reference.mistakes``,
and a student's kit holds only its outputs on the checks' fixed inputs (recorded with the
reference's), never this code, which is most of the answer.
"""

import numpy as np


def fit_with_mistake(X, y, lr, epochs, *, sign=1.0, strict=False, bias=True, raw_sum=False, weight_sign=1.0,
                     bias_scale=1.0, minus_one_labels=False, bias_with_input=False):
    """The learning rule as a common mistake would write it (for hints): ``raw_sum`` updates with
    the weighted sum itself where the rule has the 0/1 prediction (Adaline's delta rule);
    ``weight_sign`` -1 subtracts the update from the weights only; ``bias_scale`` multiplies the
    bias's update (the learning rate a second time, say); ``minus_one_labels`` trains on the 0 labels
    turned into -1 (a +-1 tutorial's labels); ``bias_with_input`` adds to the bias the update times
    the sum of the sample's inputs, as if it were a weight."""
    weights, b = np.zeros(X.shape[1]), 0.0
    y = np.where(np.asarray(y) == 0, -1, y) if minus_one_labels else y
    for _ in range(epochs):
        for x_i, y_i in zip(X, y):
            z = x_i @ weights + b
            prediction = 1 if (z > 0 if strict else z >= 0) else 0
            update = sign * lr * (y_i - (z if raw_sum else prediction))
            weights = weights + weight_sign * update * x_i
            step = update * np.sum(x_i) if bias_with_input else update
            b = b + bias_scale * step if bias else b
    return np.append(weights, b)


def predict_without_bias(weights, X):
    """predict's labels with the bias left out of the weighted sum."""
    return (np.asarray(X, dtype=float) @ np.asarray(weights, dtype=float) >= 0).astype(int)
