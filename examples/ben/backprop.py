import numpy as np

PARAM_NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def feedforward(params, x):
    p = params
    h1 = sigmoid(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])
    h2 = sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])
    return float(sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"]))


def backprop(params, x, y_true):
    p = params
    h1 = sigmoid(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])
    h2 = sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])
    o1 = sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])
    d_o1 = 2 * (y_true - o1)  # forgot the minus sign of d(y - o)^2 / do
    s_o1, s_h1, s_h2 = o1 * (1 - o1), h1 * (1 - h1), h2 * (1 - h2)
    grads = {
        "w5": d_o1 * h1 * s_o1,
        "w6": d_o1 * h2 * s_o1,
        "b3": d_o1 * s_o1,
        "w1": d_o1 * p["w5"] * s_o1 * x[0] * s_h1,
        "w2": d_o1 * p["w5"] * s_o1 * x[1] * s_h1,
        "b1": d_o1 * p["w5"] * s_o1 * s_h1,
        "w3": d_o1 * p["w6"] * s_o1 * x[0] * s_h2,
        "w4": d_o1 * p["w6"] * s_o1 * x[1] * s_h2,
        "b2": d_o1 * p["w6"] * s_o1 * s_h2,
    }
    return {name: float(grads[name]) for name in PARAM_NAMES}


def sgd_step(params, grads, learn_rate):
    return {name: params[name] - learn_rate * grads[name] for name in params}


def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000):
    losses = []
    for _ in range(epochs):
        for x, y in zip(data, all_y_trues):
            params = sgd_step(params, backprop(params, x, y), learn_rate)
        preds = np.array([feedforward(params, x) for x in data])
        losses.append(float(np.mean((np.asarray(all_y_trues) - preds) ** 2)))
    return params, losses
