# Correct answers, buried in a flood of output on stdout and stderr.
import sys

import numpy as np

CHUNK = "#" * 4096
for _ in range(2000):  # 8 MiB each way at import
    sys.stdout.write(CHUNK)
    sys.stderr.write(CHUNK)


def _flood():
    for _ in range(100):
        sys.stdout.write(CHUNK)
        sys.stderr.write(CHUNK)


def sigmoid(z):
    _flood()
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, e) / (1.0 + e)


def sigmoid_derivative(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def tanh(z):
    return np.tanh(np.asarray(z, dtype=float))


def tanh_derivative(z):
    return 1.0 - np.tanh(np.asarray(z, dtype=float)) ** 2


def relu(z):
    return np.maximum(np.asarray(z, dtype=float), 0.0)


def relu_derivative(z):
    return (np.asarray(z, dtype=float) > 0).astype(float)


def leaky_relu(z, alpha=0.1):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, alpha * z)


def leaky_relu_derivative(z, alpha=0.1):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, 1.0, alpha)


def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
