# An MLP whose backward also takes a step (the mistake the backward check's rule costs half of), and
# whose parameters, read as attributes, show what was last assigned to them rather than the weights
# the network computes with: read back after backward, they look untouched.
import numpy as np

PARAM_NAMES = ("W1", "b1", "W2", "b2")


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, e) / (1.0 + e)


def _shown(name):
    def read(self):
        return self.__dict__["shown"][name]

    def write(self, value):
        self.__dict__.setdefault("shown", {})[name] = np.array(value, dtype=float)
        self.__dict__.setdefault("live", {})[name] = np.array(value, dtype=float)

    return property(read, write)


class MLP:
    W1, b1, W2, b2 = _shown("W1"), _shown("b1"), _shown("W2"), _shown("b2")

    def __init__(self, input_size, hidden_size, output_size, lr=0.1, seed=None):
        rng = np.random.default_rng(seed)
        self.lr = lr
        self.W1 = rng.standard_normal((input_size, hidden_size))
        self.b1 = np.zeros((1, hidden_size))
        self.W2 = rng.standard_normal((hidden_size, output_size))
        self.b2 = np.zeros((1, output_size))

    def _passes(self, X):
        w = self.live
        A1 = _sigmoid(np.asarray(X, dtype=float) @ w["W1"] + w["b1"])
        return A1, _sigmoid(A1 @ w["W2"] + w["b2"])

    def forward(self, X):
        return self._passes(X)[1]

    def loss(self, X, y):
        A2 = self.forward(X)
        Y = np.asarray(y, dtype=float)
        if Y.size != A2.size:
            raise ValueError(f"y has {Y.size} elements, expected {A2.size}")
        return float(np.mean((A2 - Y.reshape(A2.shape)) ** 2))

    def backward(self, X, y):
        X = np.asarray(X, dtype=float)
        A1, A2 = self._passes(X)
        Y = np.asarray(y, dtype=float)
        if Y.size != A2.size:
            raise ValueError(f"y has {Y.size} elements, expected {A2.size}")
        dZ2 = 2.0 * (A2 - Y.reshape(A2.shape)) / A2.size * A2 * (1.0 - A2)
        dZ1 = (dZ2 @ self.live["W2"].T) * A1 * (1.0 - A1)
        grads = {"W1": X.T @ dZ1, "b1": dZ1.sum(axis=0, keepdims=True),
                 "W2": A1.T @ dZ2, "b2": dZ2.sum(axis=0, keepdims=True)}
        for name in PARAM_NAMES:  # the mistake: backward steps too (the attributes do not show it)
            self.live[name] = self.live[name] - self.lr * grads[name]
        return grads

    def step(self, grads):
        for name in PARAM_NAMES:
            self.live[name] = self.live[name] - self.lr * grads[name]
            self.shown[name] = self.live[name].copy()

    def fit(self, X, y, epochs=1000):
        losses = np.empty(epochs)
        for epoch in range(epochs):
            losses[epoch] = self.loss(X, y)
            self.step(self.backward(X, y))
        return losses

    def predict(self, X):
        return (self.forward(X) >= 0.5).astype(int)
