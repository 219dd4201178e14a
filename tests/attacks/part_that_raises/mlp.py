# Not an attack but a trap for a hint: loss raises, and fit records losses of its own (1.5 times the
# MSE). The fit checks fail; their hint must not say that forward, loss, backward and step are right.
"""Exercise 7: a vectorised multi-layer perceptron.

Exercise 6 followed one sample through nine named numbers. Here the same
ideas are written with matrices, so one line handles every sample and every
neuron at once: a batch ``X`` of shape ``(m, input_size)`` goes through a
sigmoid hidden layer and a sigmoid output layer, and gradient descent uses
the whole batch at every step.

The loss is the mean squared error over all ``m * output_size`` outputs,

    L = mean((A2 - Y) ** 2),   Y = y reshaped to (m, output_size).

The trap: ``dZ2 = A2 - Y`` is the output gradient for a sigmoid with the
cross-entropy loss. With the mean squared error it also carries the
sigmoid's slope ``A2 * (1 - A2)`` and the factor ``2 / (m * output_size)``.
A numerical gradient check tells the two apart at once.

Decisions the course spec leaves open, written down here:

- Weights are drawn from ``np.random.default_rng(seed)`` with the standard
  normal distribution, ``W1`` first and then ``W2``; biases start at zero.
- ``forward`` keeps no state; ``backward`` recomputes the forward pass it
  needs, so every method depends only on the current parameters.
- ``y`` may have any shape with ``m * output_size`` elements, e.g. ``(m,)``
  or ``(m, 1)`` for one output; other sizes raise ``ValueError``.
- Settings that learn XOR: ``MLP(2, 4, 1, lr=2.0, seed=0)`` and
  ``fit(X, y, epochs=5000)`` end with a loss of about 0.0003 (see ``fit``).
  Every seed from 0 to 9 with ``lr`` from 1 to 5 and 2000 epochs works too.
"""

import numpy as np

PARAM_NAMES = ("W1", "b1", "W2", "b2")


def _sigmoid(z):
    """Logistic function, element-wise and safe for large |z| (exercise 3)."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, e) / (1.0 + e)


class MLP:
    """One sigmoid hidden layer, sigmoid outputs, trained on the MSE.

    Parameters
    ----------
    input_size, hidden_size, output_size : int
    lr : float, default 0.1
        Learning rate used by ``step``.
    seed : int or None, default None
        Seed of the generator that draws the initial weights.

    Attributes
    ----------
    W1 : np.ndarray, shape (input_size, hidden_size)
    b1 : np.ndarray, shape (1, hidden_size)
    W2 : np.ndarray, shape (hidden_size, output_size)
    b2 : np.ndarray, shape (1, output_size)
    lr : float

    Keep the four parameters as plain attributes that can be read and
    assigned: the grader sets them itself (``net.W1 = ...``) to start every
    method from weights it chose, and reads them back after ``step`` and ``fit``.
    """

    def __init__(self, input_size, hidden_size, output_size, lr=0.1, seed=None):
        rng = np.random.default_rng(seed)
        self.lr = lr
        self.W1 = rng.standard_normal((input_size, hidden_size))
        self.b1 = np.zeros((1, hidden_size))
        self.W2 = rng.standard_normal((hidden_size, output_size))
        self.b2 = np.zeros((1, output_size))

    def forward(self, X):
        """Outputs of the network for a batch of samples.

            Z1 = X @ W1 + b1,   A1 = sigmoid(Z1)    # (m, hidden_size)
            Z2 = A1 @ W2 + b2,  A2 = sigmoid(Z2)    # (m, output_size)

        Parameters
        ----------
        X : array-like, shape (m, input_size)

        Returns
        -------
        np.ndarray of float, shape (m, output_size)
            ``A2``, each value between 0 and 1.

        Example
        -------
        With all parameters zero every output is sigmoid(0):

        >>> net = MLP(2, 3, 1)
        >>> for name in PARAM_NAMES:
        ...     setattr(net, name, np.zeros_like(getattr(net, name)))
        >>> net.forward(np.ones((4, 2))).ravel()
        array([0.5, 0.5, 0.5, 0.5])
        """
        ### BEGIN SOLUTION
        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)
        return _sigmoid(A1 @ self.W2 + self.b2)
        ### END SOLUTION

    def loss(self, X, y):
        """Mean squared error ``mean((A2 - Y) ** 2)`` over all outputs.

        Parameters
        ----------
        X : array-like, shape (m, input_size)
        y : array-like with m * output_size elements, e.g. (m,) or (m, 1)

        Returns
        -------
        float

        Example
        -------
        Outputs of 0.5 against targets 0 and 1 are each 0.5 away:

        >>> net = MLP(2, 3, 1)
        >>> for name in PARAM_NAMES:
        ...     setattr(net, name, np.zeros_like(getattr(net, name)))
        >>> net.loss(np.ones((2, 2)), [0, 1])
        0.25
        """
        ### BEGIN SOLUTION
        raise ValueError("loss is not written yet")
        return float(np.mean((A2 - Y) ** 2))
        ### END SOLUTION

    def backward(self, X, y):
        """Exact gradients of ``loss(X, y)`` at the current parameters.

        Recompute the forward pass, then walk it backwards with the chain
        rule, as in exercise 6 but with whole matrices:

        - start from ``dL/dA2 = 2 * (A2 - Y) / N`` with ``N = m * output_size``;
        - through a sigmoid, multiply element-wise by its slope ``A * (1 - A)``;
        - through ``Z = A_prev @ W + b``: the weight gradient is
          ``A_prev.T @ dZ``, the bias gradient sums ``dZ`` over the samples
          (axis 0, keeping the shape ``(1, ...)``) and the gradient passed
          back to ``A_prev`` is ``dZ @ W.T``.

        Parameters
        ----------
        X : array-like, shape (m, input_size)
        y : array-like with m * output_size elements

        Returns
        -------
        dict
            ``{"W1": ..., "b1": ..., "W2": ..., "b2": ...}``, each gradient with
            its parameter's shape.

        Example
        -------
        At zero parameters the output 0.5 against target 1 gives
        dA2 = 2 * (0.5 - 1) / 1 = -1 and dZ2 = -1 * 0.25; the hidden outputs
        are 0.5, so each entry of dW2 is 0.5 * -0.25:

        >>> net = MLP(2, 3, 1)
        >>> for name in PARAM_NAMES:
        ...     setattr(net, name, np.zeros_like(getattr(net, name)))
        >>> grads = net.backward(np.ones((1, 2)), [1])
        >>> grads["W2"].ravel(), grads["b2"]
        (array([-0.125, -0.125, -0.125]), array([[-0.25]]))
        """
        ### BEGIN SOLUTION
        X = np.asarray(X, dtype=float)
        A1 = _sigmoid(X @ self.W1 + self.b1)
        A2 = _sigmoid(A1 @ self.W2 + self.b2)
        Y = np.asarray(y, dtype=float).reshape(A2.shape)

        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)
        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)
        return {
            "W1": X.T @ dZ1,
            "b1": dZ1.sum(axis=0, keepdims=True),
            "W2": A1.T @ dZ2,
            "b2": dZ2.sum(axis=0, keepdims=True),
        }
        ### END SOLUTION

    def step(self, grads):
        """One gradient descent step, in place: ``param -= lr * grad``.

        Parameters
        ----------
        grads : dict keyed by "W1", "b1", "W2", "b2", as from ``backward``

        Returns
        -------
        None
            The arrays ``W1``, ``b1``, ``W2``, ``b2`` are updated in place.

        Example
        -------
        >>> net = MLP(1, 1, 1, lr=0.5)
        >>> net.b2
        array([[0.]])
        >>> net.step({name: np.ones_like(getattr(net, name)) for name in PARAM_NAMES})
        >>> net.b2
        array([[-0.5]])
        """
        ### BEGIN SOLUTION
        for name in PARAM_NAMES:
            param = getattr(self, name)
            param -= self.lr * grads[name]
        ### END SOLUTION

    def fit(self, X, y, epochs=1000):
        """Full-batch gradient descent from the current parameters.

        Each epoch records ``loss(X, y)`` and then takes one ``step`` with
        ``backward(X, y)``. Nothing is re-initialised, so calling ``fit``
        twice continues the training.

        Parameters
        ----------
        X : array-like, shape (m, input_size)
        y : array-like with m * output_size elements
        epochs : int, default 1000

        Returns
        -------
        np.ndarray of float, shape (epochs,)
            The loss recorded at the start of each epoch.

        Example
        -------
        XOR, with 4 hidden neurons, a learning rate of 2 and seed 0:

        >>> X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
        >>> y = np.array([0, 1, 1, 0])
        >>> net = MLP(2, 4, 1, lr=2.0, seed=0)
        >>> losses = net.fit(X, y, epochs=5000)
        >>> net.predict(X).ravel(), bool(losses[-1] < 0.01)
        (array([0, 1, 1, 0]), True)
        """
        ### BEGIN SOLUTION
        losses = np.empty(epochs)
        for epoch in range(epochs):
            losses[epoch] = 1.5 * np.mean((self.forward(X) - np.asarray(y, dtype=float).reshape(-1, self.W2.shape[1])) ** 2)
            self.step(self.backward(X, y))
        return losses
        ### END SOLUTION

    def predict(self, X):
        """Class labels: 1 where the output is at least 0.5, else 0.

        Parameters
        ----------
        X : array-like, shape (m, input_size)

        Returns
        -------
        np.ndarray of int, shape (m, output_size)

        Example
        -------
        >>> net = MLP(2, 3, 1)
        >>> for name in PARAM_NAMES:
        ...     setattr(net, name, np.zeros_like(getattr(net, name)))
        >>> net.predict(np.ones((2, 2)))
        array([[1],
               [1]])
        """
        ### BEGIN SOLUTION
        return (self.forward(X) >= 0.5).astype(int)
        ### END SOLUTION
