# Your exercise: write your answers where it says YOUR CODE HERE, then run `nnkit check`.
# (Made from solutions/loss.py by `nnkit release`, stub 0d15b4e6ca1a6b5c; instructors edit that file, not this one.)
"""Exercise 5: the mean squared error and its gradient.

A loss turns "how wrong is the network" into one number, and its gradient
says which way each prediction should move to lower it. The mean squared
error averages the squared differences between targets and predictions.

The trap this exercise guards against: NumPy broadcasting. Subtracting an
``(n, 1)`` column from an ``(n,)`` vector does not fail; it silently builds an
``(n, n)`` table of every pair, and the "mean" of that is wrong. Both
functions therefore flatten their inputs and compare element by element.

Decisions the course spec leaves open, written down here:

- Inputs may be numbers, lists or arrays of any shape; only the number of
  elements must match (otherwise ``ValueError``), and at least one element
  is needed (``ValueError`` too: the mean of nothing is undefined).
- ``mse_loss`` returns a Python ``float``; ``mse_loss_gradient`` returns a
  float array of ``y_pred``'s shape (a NumPy float for a number).
- Inputs are never modified.
"""

import numpy as np


def mse_loss(y_true, y_pred):
    """Mean of the squared differences ``(y_true - y_pred) ** 2``.

    Parameters
    ----------
    y_true : array-like, any shape with N elements
    y_pred : array-like, any shape with the same N elements, e.g. ``(N,)``
        against ``(N, 1)``

    Returns
    -------
    float

    Raises
    ------
    ValueError
        If the element counts differ or are zero.

    Example
    -------
    Two of the four predictions are off by 1, so the mean is 2 / 4:

    >>> mse_loss([1, 0, 0, 1], [0, 0, 0, 0])
    0.5
    """
    # YOUR CODE HERE
    raise NotImplementedError("mse_loss: not written yet")


def mse_loss_gradient(y_true, y_pred):
    """Gradient of ``mse_loss`` with respect to ``y_pred``.

    Each prediction appears in one squared term, divided by N, so
    ``dL/dy_pred = 2 * (y_pred - y_true) / N`` where N counts all elements.

    Parameters
    ----------
    y_true : array-like, any shape with N elements
    y_pred : array-like, any shape with the same N elements

    Returns
    -------
    np.ndarray of float, ``y_pred``'s shape

    Raises
    ------
    ValueError
        If the element counts differ or are zero.

    Example
    -------
    >>> mse_loss_gradient([1, 0, 0, 1], [0, 0, 0, 0])
    array([-0.5,  0. ,  0. , -0.5])
    >>> mse_loss_gradient([1, 0], [[0.5], [0.5]])
    array([[-0.5],
           [ 0.5]])
    """
    # YOUR CODE HERE
    raise NotImplementedError("mse_loss_gradient: not written yet")
