# Your exercise: write your answers where it says YOUR CODE HERE, then run `nnkit check`.
# (Made from solutions/neuron.py by `nnkit release`, stub 9235762b6d15b751; instructors edit that file, not this one.)
"""Exercise 4: a neuron, a dense layer, a tiny network and its size.

A neuron takes a weighted sum of its inputs, adds its bias and passes the
result through an activation (here the sigmoid). Wire neurons side by side
and you get a layer; feed one layer's outputs to the next and you get a
network. Counting the weights and biases tells you how many numbers training
has to find.

Decisions the course spec leaves open, written down here:

- ``Neuron`` stores its weights as a float NumPy array and its bias as a
  float; ``feedforward`` returns a Python ``float``.
- ``layer_output`` stays in plain Python (lists in, list out) so the sum is
  spelled out; mismatched lengths are the caller's mistake and not checked.
- ``count_parameters`` of a single layer (or none) is 0: there are no
  connections between layers.
- The sigmoid is given below (``_sigmoid``): activations were exercise 3.
"""

import numpy as np


def _sigmoid(z):
    """Logistic function, safe for large |z| (see exercise 3)."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, e) / (1.0 + e)


class Neuron:
    """One sigmoid neuron with fixed weights and bias.

    Parameters
    ----------
    weights : array-like of float, shape (n_inputs,)
    bias : float
    """

    def __init__(self, weights, bias):
        self.weights = np.array(weights, dtype=float)
        self.bias = float(bias)

    def feedforward(self, inputs):
        """Output of the neuron: ``sigmoid(dot(weights, inputs) + bias)``.

        Parameters
        ----------
        inputs : array-like of float, shape (n_inputs,)

        Returns
        -------
        float
            The activation, between 0 and 1.

        Example
        -------
        Weights [0, 1], bias 4 and input [2, 3]: the sum is 0*2 + 1*3 + 4 = 7.

        >>> Neuron([0, 1], 4).feedforward([2, 3])
        0.9990889488055994
        """
        # YOUR CODE HERE
        raise NotImplementedError("Neuron.feedforward: not written yet")


class TinyNetwork:
    """Two inputs, a hidden layer of two neurons ``h1``, ``h2``, one output ``o1``.

    Every neuron is built with the same ``weights`` and ``bias``, so the
    network is small enough to follow by hand.

    Parameters
    ----------
    weights : array-like of float, shape (2,)
        Used by ``h1``, ``h2`` and ``o1`` alike.
    bias : float
    """

    def __init__(self, weights, bias):
        # YOUR CODE HERE
        raise NotImplementedError("TinyNetwork.__init__: not written yet")

    def feedforward(self, x):
        """Output of ``o1``, fed with the outputs of ``h1`` and ``h2``.

        Parameters
        ----------
        x : array-like of float, shape (2,)

        Returns
        -------
        float

        Example
        -------
        With weights [0, 1] and bias 0, both hidden neurons see 3 and output
        sigmoid(3) = 0.9526; ``o1`` then outputs sigmoid(0.9526):

        >>> TinyNetwork([0, 1], 0).feedforward([2, 3])
        0.7216325609518421
        """
        # YOUR CODE HERE
        raise NotImplementedError("TinyNetwork.feedforward: not written yet")


def layer_output(inputs, weights, biases):
    """A dense layer without activation, written with plain Python lists.

    Neuron ``j`` has the weights ``weights[j]`` (one per input) and the bias
    ``biases[j]``; its output is ``sum_i inputs[i] * weights[j][i] + biases[j]``.

    Parameters
    ----------
    inputs : list of float, length n_inputs
    weights : list of n_neurons lists, each of length n_inputs
    biases : list of float, length n_neurons

    Returns
    -------
    list of float, length n_neurons

    Example
    -------
    >>> layer_output([1.0, 2.0], [[0.5, -1.0], [2.0, 0.25]], [0.5, -1.0])
    [-1.0, 1.5]
    """
    # YOUR CODE HERE
    raise NotImplementedError("layer_output: not written yet")


def count_parameters(layer_sizes):
    """Number of weights plus biases in a fully connected network.

    Between a layer of width ``a`` and the next of width ``b`` there are
    ``a * b`` weights and ``b`` biases; the input layer has no biases.

    Parameters
    ----------
    layer_sizes : sequence of int
        Widths of the layers, input layer first.

    Returns
    -------
    int

    Example
    -------
    [3, 5, 5, 5, 2] has 15 + 25 + 25 + 10 = 75 weights and 5 + 5 + 5 + 2 = 17
    biases:

    >>> count_parameters([3, 5, 5, 5, 2])
    92
    """
    # YOUR CODE HERE
    raise NotImplementedError("count_parameters: not written yet")
