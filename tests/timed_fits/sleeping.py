import time

_vectorised_fit = MLP.fit


def _sleeping_fit(self, X, y, epochs=1000):
    """A vectorised fit that sleeps, for longer than any cap, when it is given many samples."""
    if len(X) >= 1000:
        time.sleep(60)
    return _vectorised_fit(self, X, y, epochs)


MLP.fit = _sleeping_fit
