# Your exercise: write your answers where it says YOUR CODE HERE, then run `nnkit check`.
# (Made from solutions/perceptron.py by `nnkit release`, stub 5a147e6a820e1599; instructors edit that file, not this one.)
"""Exercise 2: Rosenblatt's perceptron learning rule.

In exercise 1 you picked the weights by hand. Here the perceptron finds them
itself: it predicts each training sample, and whenever the prediction is
wrong it nudges the weights towards the right answer, in proportion to the
input that caused the mistake. On data a straight line can separate (AND, OR)
this settles after a few passes.

Decisions the course spec leaves open, written down here:

- ``X`` is a 2-D array-like of shape ``(n_samples, n_features)`` and ``y`` a
  1-D array-like of 0/1 labels; lists are accepted.
- ``predict`` before ``fit`` raises a ``RuntimeError`` that says so.
- ``epochs`` counts full passes over the data; there is no early stop, so the
  result depends only on ``lr``, ``epochs`` and the data (the grader compares
  the weights with the reference's).
"""

import numpy as np


class Perceptron:
    """A single perceptron with a step activation, trained sample by sample.

    Parameters
    ----------
    lr : float, default 0.01
        Learning rate: how far one mistake moves the weights.
    epochs : int, default 15
        Number of passes over the training data in ``fit``.

    Attributes (after ``fit``)
    --------------------------
    weights : np.ndarray of float, shape (n_features,)
    bias : float
    """

    def __init__(self, lr=0.01, epochs=15):
        self.lr = lr
        self.epochs = epochs
        self.weights = None
        self.bias = None

    def fit(self, X, y):
        """Learn ``weights`` and ``bias`` with the perceptron rule.

        Start from ``weights = zeros(n_features)`` and ``bias = 0.0``. For each
        epoch, visit the samples in order; for sample ``x_i`` with label
        ``y_i``, predict ``1 if x_i . weights + bias >= 0 else 0``, then apply

            update = lr * (y_i - prediction)
            weights += update * x_i
            bias += update

        A right prediction gives ``update = 0``, so only mistakes move anything.
        ``X`` and ``y`` themselves are never modified.

        Parameters
        ----------
        X : array-like, shape (n_samples, n_features)
        y : array-like of 0/1, shape (n_samples,)

        Returns
        -------
        Perceptron
            ``self``, so that ``Perceptron().fit(X, y).predict(X)`` works.

        Example
        -------
        One epoch on the AND table with ``lr=0.1``: sample (0, 0) is wrongly
        predicted 1 (its sum 0 is >= 0), so the bias drops to -0.1; (0, 1) and
        (1, 0) are now right; (1, 1) is wrongly 0, so both weights rise to 0.1
        and the bias returns to 0.0.

        >>> X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
        >>> p = Perceptron(lr=0.1, epochs=1).fit(X, np.array([0, 0, 0, 1]))
        >>> p.weights, p.bias
        (array([0.1, 0.1]), 0.0)
        """
        # YOUR CODE HERE
        raise NotImplementedError("Perceptron.fit: not written yet")

    def predict(self, X):
        """Classify samples with the learned weights.

        Parameters
        ----------
        X : array-like, shape (n_samples, n_features)

        Returns
        -------
        np.ndarray of int, shape (n_samples,)
            1 where ``X @ weights + bias >= 0``, else 0.

        Example
        -------
        After one epoch on AND (see ``fit``) every sum is still >= 0; ten
        epochs are enough to learn the table:

        >>> X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
        >>> y = np.array([0, 0, 0, 1])
        >>> Perceptron(lr=0.1, epochs=1).fit(X, y).predict(X)
        array([1, 1, 1, 1])
        >>> Perceptron(lr=0.1, epochs=10).fit(X, y).predict(X)
        array([0, 0, 0, 1])
        """
        # YOUR CODE HERE
        raise NotImplementedError("Perceptron.predict: not written yet")
