# Appended to the reference mlp.py. Not an attack but a trap for a hint: loss raises, and fit records
# losses of its own (1.5 times the MSE). The fit checks fail; their hint must not say that forward,
# loss, backward and step are right.


class MLP(MLP):  # noqa: F821 - the reference's, defined above this in the submitted file
    def loss(self, X, y):
        raise ValueError("loss is not written yet")

    def fit(self, X, y, epochs=1000):
        losses = np.empty(epochs)  # noqa: F821 - the reference module's NumPy
        for epoch in range(epochs):
            outputs = self.forward(X)
            losses[epoch] = 1.5 * np.mean((outputs - np.asarray(y, dtype=float).reshape(outputs.shape)) ** 2)  # noqa: F821
            self.step(self.backward(X, y))
        return losses
