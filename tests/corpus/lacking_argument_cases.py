"""Corpus cases for a def line that asks for what the spec's calls never pass: a default the spec gives,
dropped (MLP's lr, Perceptron's lr), or a parameter the spec has not (perceptron's bias, Neuron's
activation). Python stops with a TypeError that names the parameter; the hint says which of the two it is
and gives the spec's default or tells to remove the parameter (``checking/signatures.py``). And a function
defined under a name of its own (scikit-learn's, a tutorial's): the hint lists the names the module does
define (``errors.missing_name_hint``)."""

from corpus.mutations import bug

CASES = [
    bug(
        "mlp_init_lr_without_default", "mlp",
        [("output_size, lr=0.1, seed=None):", "output_size, lr, seed=None):")],
        fails=["fresh_network", "spec_defaults"],
        hint="Your MLP has no default for lr; the spec's is lr=0.1",
        about="MLP's constructor has no default for lr, so MLP(3, 5, 2, seed=7) raises a TypeError",
        crashes=True,
    ),
    bug(
        "perceptron_init_lr_without_default", "perceptron",
        [("def __init__(self, lr=0.01, epochs=15):", "def __init__(self, lr, epochs=15):")],
        fails=["predict_uses_step_at_zero", "defaults_as_the_spec"],
        hint="Your Perceptron has no default for lr; the spec's is lr=0.01",
        about="Perceptron's constructor has no default for lr, so Perceptron() raises a TypeError",
        crashes=True,
    ),
    bug(
        "gates_perceptron_asks_for_bias", "gates",
        [("def perceptron(x1, x2, weights):", "def perceptron(x1, x2, weights, bias):")],
        fails=["perceptron_weighted_sum", "xor_truth_table", "xor_on_arrays"],
        hint="Your perceptron asks for bias, which the spec's perceptron(x1, x2, weights) does not have",
        about="perceptron takes a fourth parameter, bias, that the spec's calls never pass",
        crashes=True,
    ),
    bug(
        "neuron_init_asks_for_activation", "neuron",
        [("    def __init__(self, weights, bias):\n        self.weights", "    def __init__(self, weights, bias, activation):\n        self.weights")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="Your Neuron asks for activation, which the spec's Neuron(weights, bias) does not have",
        about="Neuron's constructor takes an activation the spec's calls never pass",
        crashes=True,
    ),
    bug(
        "loss_mse_named_mean_squared_error", "loss",
        [("def mse_loss(y_true, y_pred):", "def mean_squared_error(y_true, y_pred):")],
        fails=["mse_values", "mse_column_against_flat", "mse_rejects_different_sizes"],
        hint="There is no mse_loss in your code, which defines mean_squared_error and mse_loss_gradient",
        about="mse_loss is defined under scikit-learn's name, mean_squared_error",
        crashes=True,
    ),
    bug(
        "mlp_fit_named_train", "mlp",
        [("    def fit(self, X, y, epochs=1000):", "    def train(self, X, y, epochs=1000):")],
        fails=["fresh_network", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="There is no fit in your code, which defines forward, loss, backward, step, train and predict",
        about="MLP's fit is defined as a method named train",
        crashes=True,
    ),
]
