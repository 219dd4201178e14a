import numpy as np


def threshold(z):
    if isinstance(z, np.ndarray):
        return np.where(z >= 0.5, 1, 0)
    return 1 if z >= 0.5 else 0


def perceptron(x1, x2, weights):
    w0, w1, w2 = weights
    return threshold(w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2))


AND_WEIGHTS = (-1.0, 0.8, 0.8)
OR_WEIGHTS = (0.2, 0.5, 0.5)
NAND_WEIGHTS = (2.0, -0.8, -0.8)
NOR_WEIGHTS = (0.9, -1.0, -1.0)


def xor(x1, x2):
    return perceptron(perceptron(x1, x2, OR_WEIGHTS), perceptron(x1, x2, NAND_WEIGHTS), AND_WEIGHTS)
