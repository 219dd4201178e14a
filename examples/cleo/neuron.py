import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


class Neuron:
    def __init__(self, weights, bias):
        self.weights = np.asarray(weights, dtype=float)
        self.bias = bias

    def feedforward(self, inputs):
        total = np.dot(self.weights, inputs) + self.bias
        print("debug: total =", total)
        return float(sigmoid(total))


class TinyNetwork:
    def __init__(self, weights, bias):
        self.h1 = Neuron(weights, bias)
        self.h2 = Neuron(weights, bias)
        self.o1 = Neuron(weights, bias)

    def feedforward(self, x):
        return self.o1.feedforward([self.h1.feedforward(x), self.h2.feedforward(x)])


def layer_output(inputs, weights, biases):
    return [sum(i * w for i, w in zip(inputs, neuron)) + b for neuron, b in zip(weights, biases)]


def count_parameters(layer_sizes):
    return sum(a * b + b for a, b in zip(layer_sizes, layer_sizes[1:]))
