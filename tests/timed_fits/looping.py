

def _looping_fit(self, X, y, epochs=1000):
    """The reference's numbers, one sample at a time."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(y, dtype=float).reshape(len(X), -1)
    losses = np.empty(epochs)
    for epoch in range(epochs):
        total = 0.0
        grads = {name: np.zeros_like(getattr(self, name)) for name in PARAM_NAMES}
        for x, t in zip(X, Y):
            a1 = _sigmoid(x @ self.W1 + self.b1[0])
            a2 = _sigmoid(a1 @ self.W2 + self.b2[0])
            total += float(np.sum((a2 - t) ** 2))
            dz2 = 2.0 * (a2 - t) / Y.size * a2 * (1.0 - a2)
            dz1 = (self.W2 @ dz2) * a1 * (1.0 - a1)
            grads["W2"] += np.outer(a1, dz2)
            grads["b2"][0] += dz2
            grads["W1"] += np.outer(x, dz1)
            grads["b1"][0] += dz1
        losses[epoch] = total / Y.size
        self.step(grads)
    return losses


MLP.fit = _looping_fit
