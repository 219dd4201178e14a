# Your exercise: write your answers where it says YOUR CODE HERE, then run `nnkit check`.
# (Made from solutions/activations.py by `nnkit release`, stub a0a6c84234deec7d; instructors edit that file, not this one.)
"""Exercise 3: activation functions and their derivatives.

A network of weighted sums alone is still one weighted sum. An activation
bends each neuron's output, and gradient descent needs its slope, so every
activation here comes with its derivative.

All derivatives are taken with respect to the pre-activation input ``z``,
never the activation ``a``. The classic slip is ``sigmoid_derivative(z)``
written as ``z * (1 - z)``: that is the slope expressed in terms of
``a = sigmoid(z)``, so it must be given ``sigmoid(z)``, not ``z``.

Every function accepts a Python number or an array-like of any shape and
returns floats of the input's shape. Decisions the course spec leaves open,
written down here:

- A Python number gives a NumPy float scalar (``np.float64``) or a 0-d array,
  both of shape ``()``.
- ``relu_derivative`` and ``leaky_relu_derivative`` at exactly ``z = 0`` use
  the left slope (0 and ``alpha``), as the spec's "1 where z > 0" says.
- ``softmax`` works along the last axis; a number (no axis) is a single
  choice and gets probability 1.0.
- A Python list is an array-like like any other: ``sigmoid([0.0, 2.0])`` works as
  ``sigmoid(np.array([0.0, 2.0]))`` does (convert with ``np.asarray(z, dtype=float)`` first).
- Inputs are never modified.
"""

import numpy as np


def sigmoid(z):
    """The logistic function ``1 / (1 + exp(-z))``, squashing z into (0, 1).

    Computed so that ``exp`` only ever sees ``-|z|``: for ``z >= 0`` use
    ``1 / (1 + exp(-z))``, for ``z < 0`` the equal form
    ``exp(z) / (1 + exp(z))``. No overflow, no warning, even at |z| = 1000.

    Parameters
    ----------
    z : number or array-like, any shape

    Returns
    -------
    float or np.ndarray of float, ``z``'s shape

    Example
    -------
    >>> float(sigmoid(0.0))
    0.5
    >>> sigmoid(np.array([-1000.0, 1000.0]))
    array([0., 1.])
    """
    # YOUR CODE HERE
    raise NotImplementedError("sigmoid: not written yet")


def sigmoid_derivative(z):
    """Slope of the sigmoid at ``z``: ``sigmoid(z) * (1 - sigmoid(z))``.

    Parameters
    ----------
    z : number or array-like, any shape
        The pre-activation input (not the sigmoid's output).

    Returns
    -------
    float or np.ndarray of float, ``z``'s shape

    Example
    -------
    The slope is steepest at 0, where it is 0.5 * 0.5:

    >>> float(sigmoid_derivative(0.0))
    0.25
    >>> round(float(sigmoid_derivative(2.0)), 6)
    0.104994
    """
    # YOUR CODE HERE
    raise NotImplementedError("sigmoid_derivative: not written yet")


def tanh(z):
    """Hyperbolic tangent, squashing z into (-1, 1) and centred on 0.

    Parameters
    ----------
    z : number or array-like, any shape

    Returns
    -------
    float or np.ndarray of float, ``z``'s shape

    Example
    -------
    >>> round(float(tanh(1.0)), 6)
    0.761594
    """
    # YOUR CODE HERE
    raise NotImplementedError("tanh: not written yet")


def tanh_derivative(z):
    """Slope of tanh at ``z``: ``1 - tanh(z)**2``.

    Parameters
    ----------
    z : number or array-like, any shape

    Returns
    -------
    float or np.ndarray of float, ``z``'s shape

    Example
    -------
    >>> float(tanh_derivative(0.0))
    1.0
    >>> round(float(tanh_derivative(1.0)), 6)
    0.419974
    """
    # YOUR CODE HERE
    raise NotImplementedError("tanh_derivative: not written yet")


def relu(z):
    """Rectified linear unit: ``z`` where ``z > 0``, else 0.

    Parameters
    ----------
    z : number or array-like, any shape

    Returns
    -------
    float or np.ndarray of float, ``z``'s shape

    Example
    -------
    >>> relu(np.array([-2, 0, 3]))
    array([0., 0., 3.])
    """
    # YOUR CODE HERE
    raise NotImplementedError("relu: not written yet")


def relu_derivative(z):
    """Slope of ReLU: 1 where ``z > 0``, else 0 (also 0 at exactly 0).

    Parameters
    ----------
    z : number or array-like, any shape

    Returns
    -------
    float or np.ndarray of float, ``z``'s shape

    Example
    -------
    >>> relu_derivative(np.array([-2, 0, 3]))
    array([0., 0., 1.])
    """
    # YOUR CODE HERE
    raise NotImplementedError("relu_derivative: not written yet")


def leaky_relu(z, alpha=0.1):
    """Leaky ReLU: ``z`` where ``z > 0``, else ``alpha * z``.

    The small slope on the left keeps a little gradient flowing where plain
    ReLU would be flat.

    Parameters
    ----------
    z : number or array-like, any shape
    alpha : float, default 0.1
        Slope for ``z <= 0``.

    Returns
    -------
    float or np.ndarray of float, ``z``'s shape

    Example
    -------
    >>> leaky_relu(np.array([-2.0, 0.0, 3.0]))
    array([-0.2,  0. ,  3. ])
    """
    # YOUR CODE HERE
    raise NotImplementedError("leaky_relu: not written yet")


def leaky_relu_derivative(z, alpha=0.1):
    """Slope of leaky ReLU: 1 where ``z > 0``, ``alpha`` where ``z <= 0``.

    Parameters
    ----------
    z : number or array-like, any shape
    alpha : float, default 0.1

    Returns
    -------
    float or np.ndarray of float, ``z``'s shape

    Example
    -------
    >>> leaky_relu_derivative(np.array([-2.0, 0.0, 3.0]))
    array([0.1, 0.1, 1. ])
    """
    # YOUR CODE HERE
    raise NotImplementedError("leaky_relu_derivative: not written yet")


def softmax(z):
    """Turn scores into probabilities along the last axis.

    ``softmax(z)[..., i] = exp(z_i) / sum_j exp(z_j)`` over each slice of the
    last axis. Adding one constant to a slice changes nothing, so subtract the
    slice's maximum first: then the largest exponent is ``exp(0) = 1`` and
    nothing overflows, even for scores like 1000.

    Parameters
    ----------
    z : array-like, any shape with at least one axis (a number gives 1.0)

    Returns
    -------
    np.ndarray of float, ``z``'s shape
        Non-negative; each slice along the last axis sums to 1.

    Example
    -------
    >>> softmax(np.array([1000.0, 1000.0]))
    array([0.5, 0.5])
    >>> softmax(np.array([[0.0, 0.0], [0.0, np.log(3.0)]]))
    array([[0.5 , 0.5 ],
           [0.25, 0.75]])
    """
    # YOUR CODE HERE
    raise NotImplementedError("softmax: not written yet")
