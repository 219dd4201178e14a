import numpy as np


def mse_loss(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    if y_true.size != y_pred.size:
        raise ValueError("y_true and y_pred differ in size")
    return float(np.mean((y_true - y_pred) ** 2))


def mse_loss_gradient(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    if y_true.size != y_pred.size:
        raise ValueError("y_true and y_pred differ in size")
    return 2 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size
