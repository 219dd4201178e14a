import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


class MLP:
    def __init__(self, input_size, hidden_size, output_size, lr=0.1, seed=None):
        rng = np.random.default_rng(seed)
        self.lr = lr
        self.W1 = rng.standard_normal((input_size, hidden_size))
        self.b1 = np.zeros((1, hidden_size))
        self.W2 = rng.standard_normal((hidden_size, output_size))
        self.b2 = np.zeros((1, output_size))

    def forward(self, X):
        return sigmoid(sigmoid(X @ self.W1 + self.b1) @ self.W2 + self.b2)

    def loss(self, X, y):
        A2 = self.forward(X)
        return float(np.mean((A2 - np.reshape(y, A2.shape)) ** 2))

    def backward(self, X, y):
        A1 = sigmoid(X @ self.W1 + self.b1)
        A2 = sigmoid(A1 @ self.W2 + self.b2)
        m = X.shape[0]
        dZ2 = A2 - np.reshape(y, A2.shape)  # the neat formula from the video
        dZ1 = dZ2 @ self.W2.T * A1 * (1 - A1)
        return {
            "W2": A1.T @ dZ2 / m,
            "b2": dZ2.sum(axis=0, keepdims=True) / m,
            "W1": X.T @ dZ1 / m,
            "b1": dZ1.sum(axis=0, keepdims=True) / m,
        }

    def step(self, grads):
        for name in ("W1", "b1", "W2", "b2"):
            setattr(self, name, getattr(self, name) - self.lr * grads[name])

    def fit(self, X, y, epochs=1000):
        losses = []
        for _ in range(epochs):
            losses.append(self.loss(X, y))
            self.step(self.backward(X, y))
        return np.array(losses)

    def predict(self, X):
        return (self.forward(X) >= 0.5).astype(int)
