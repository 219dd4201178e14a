# The reference gates, except that AND_WEIGHTS starts with an int no float holds: its check must fail it.
"""Exercise 1: logic gates from a single perceptron.

A perceptron adds up its inputs, each scaled by a weight, adds a bias weight
``w0`` (think of it as the weight of a constant input ``x0 = 1``) and fires
when the sum is large enough. Nothing else changes between an AND gate and an
OR gate: only the three weights do. XOR cannot be drawn with one straight line
through the plane of inputs, so it needs two layers of perceptrons.

Decisions the course spec leaves open, written down here:

- ``threshold`` fires at ``z >= 0.5`` (the spec's rule). A Python number or a
  NumPy scalar gives a Python ``int``; anything that is a NumPy array, even a
  0-d one, gives an integer array of the same shape.
- Lists are accepted wherever arrays are: ``perceptron`` turns its inputs into
  NumPy arrays first.
- Any gate weights that reproduce the truth table are right; the grader only
  looks at the four outputs.
"""

import numpy as np


def threshold(z):
    """Step function: 1 where ``z >= 0.5``, else 0.

    Parameters
    ----------
    z : number or np.ndarray of any shape
        The weighted sum of a perceptron.

    Returns
    -------
    int or np.ndarray of int
        A Python ``int`` (0 or 1) for a number, an integer array of ``z``'s
        shape for an array.

    Example
    -------
    >>> threshold(0.5), threshold(0.49)
    (1, 0)
    >>> threshold(np.array([[0.2, 0.7], [1.0, -3.0]]))
    array([[0, 1],
           [1, 0]])
    """
    ### BEGIN SOLUTION
    if isinstance(z, np.ndarray):
        return (z >= 0.5).astype(int)
    return int(z >= 0.5)
    ### END SOLUTION


def perceptron(x1, x2, weights):
    """One perceptron with two inputs and a bias weight.

    Computes ``threshold(w0 + w1*x1 + w2*x2)``: ``w0`` multiplies the constant
    input ``x0 = 1``, so it shifts where the perceptron starts to fire.

    Parameters
    ----------
    x1, x2 : number or array-like of one shape
        The two inputs (0 or 1 for a logic gate).
    weights : tuple (w0, w1, w2) of float

    Returns
    -------
    int or np.ndarray of int
        0 or 1, with the inputs' shape.

    Example
    -------
    With weights ``(0.2, 0.4, -0.1)`` the sum for ``x1=1, x2=0`` is 0.6:

    >>> perceptron(1, 0, (0.2, 0.4, -0.1))
    1
    >>> perceptron(np.array([0, 1]), np.array([1, 1]), (0.2, 0.4, -0.1))
    array([0, 1])
    """
    ### BEGIN SOLUTION
    w0, w1, w2 = weights
    # np.asarray lets lists in; a number stays a number after the arithmetic.
    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)
    return threshold(z)
    ### END SOLUTION


# Each gate is only a choice of (w0, w1, w2). Check every one on the four
# inputs (0, 0), (0, 1), (1, 0), (1, 1) against its truth table.

### BEGIN SOLUTION
AND_WEIGHTS = (10**400, 0, 0)
### END SOLUTION

### BEGIN SOLUTION
OR_WEIGHTS = (0.0, 0.6, 0.6)
### END SOLUTION

### BEGIN SOLUTION
NAND_WEIGHTS = (1.5, -0.6, -0.6)
### END SOLUTION

### BEGIN SOLUTION
NOR_WEIGHTS = (0.5, -0.6, -0.6)
### END SOLUTION


def xor(x1, x2):
    """Exclusive or, built from two layers of gate perceptrons.

    No single perceptron computes XOR, but XOR is true exactly when at least
    one input is on (OR) and not both are (NAND). Feed those two gate outputs
    into a second-layer AND. Use the weight tuples defined above.

    Parameters
    ----------
    x1, x2 : 0/1 number or array-like of one shape

    Returns
    -------
    int or np.ndarray of int
        1 where exactly one input is 1.

    Example
    -------
    >>> xor(0, 1), xor(1, 1)
    (1, 0)
    >>> xor(np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1]))
    array([0, 1, 1, 0])
    """
    ### BEGIN SOLUTION
    either = perceptron(x1, x2, OR_WEIGHTS)
    not_both = perceptron(x1, x2, NAND_WEIGHTS)
    return perceptron(either, not_both, AND_WEIGHTS)
    ### END SOLUTION
