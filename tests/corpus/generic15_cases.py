"""Corpus cases for the three generic readers (``autograder/grading/generic_readers.py`` and
``autograder/checking/signatures.py``), in several exercises, in our own spellings, with their exact
expected outcomes (``mutations.py``): parameters in another order than the spec's, or another default;
several values returned where one belongs; the right values cut or rounded to whole numbers. Where an
exercise's check names the same answer in its own words (a default, floor division, forward's pair),
those words win, and the case pins them. Renamed
parameters in the spec's order, and learn_rate and epochs swapped where every caller names them, are
correct alternatives.
"""

from corpus.mutations import alternative, bug

CASES = [
    # -- parameters in another order, or another default
    bug(
        "generic_gates_perceptron_weights_first", "gates",
        [("def perceptron(x1, x2, weights):", "def perceptron(weights, x1, x2):"),
         ("perceptron(x1, x2, OR_WEIGHTS)", "perceptron(OR_WEIGHTS, x1, x2)"),
         ("perceptron(x1, x2, NAND_WEIGHTS)", "perceptron(NAND_WEIGHTS, x1, x2)"),
         ("perceptron(either, not_both, AND_WEIGHTS)", "perceptron(AND_WEIGHTS, either, not_both)")],
        fails=["perceptron_weighted_sum"], crashes=True, hint="the spec's order is perceptron(x1, x2, weights)",
        about="perceptron takes its weights first, and xor calls it so",
    ),
    bug(
        "generic_loss_gradient_prediction_first", "loss",
        [("def mse_loss_gradient(y_true, y_pred):", "def mse_loss_gradient(y_pred, y_true):")],
        fails=["mse_gradient"], hint="the spec's order is mse_loss_gradient(y_true, y_pred)",
        about="mse_loss_gradient takes the predictions first",
    ),
    bug(
        "generic_backprop_sgd_step_rate_before_grads", "backprop",
        [("def sgd_step(params, grads, learn_rate):", "def sgd_step(params, learn_rate, grads):")],
        fails=["train_uses_learn_rate", "sgd_step", "train_trajectory", "training_separates_emily_and_frank", "train_uses_its_data", "train_defaults",
               "sgd_step_gives_python_floats"], crashes=True, hint="the spec's order is sgd_step(params, grads, learn_rate)",
        about="sgd_step takes the learning rate before the gradients",
    ),
    bug(
        "generic_neuron_layer_output_weights_first", "neuron",
        [("def layer_output(inputs, weights, biases):", "def layer_output(weights, inputs, biases):")],
        fails=["layer_output"], crashes=True, hint="the spec's order is layer_output(inputs, weights, biases)",
        about="layer_output takes the weights before the inputs",
    ),
    bug(
        "generic_activations_leaky_default_alpha", "activations",
        [("def leaky_relu(z, alpha=0.1):", "def leaky_relu(z, alpha=0.01):")],
        fails=["leaky_relu_default_alpha"], hint="uses alpha = 0.01: the spec's default is alpha = 0.1",
        about="leaky_relu's default slope is 0.01, the spec's 0.1",
    ),
    bug(
        "generic_backprop_train_hundred_epochs", "backprop",
        [("def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000):",
          "def train(data, all_y_trues, params, learn_rate=0.1, epochs=100):")],
        fails=["train_defaults"], hint="the default epochs=1000",
        about="train's default is 100 epochs, the spec's 1000",
    ),
    bug(
        "generic_perceptron_ten_epochs_by_default", "perceptron",
        [("def __init__(self, lr=0.01, epochs=15):", "def __init__(self, lr=0.01, epochs=10):")],
        fails=["defaults_as_the_spec"], hint="the spec's defaults, lr=0.01 and epochs=15",
        about="Perceptron's default is 10 epochs, the spec's 15",
    ),
    bug(
        "generic_mlp_lr_half_by_default", "mlp",
        [("lr=0.1, seed=None):", "lr=0.5, seed=None):")],
        fails=["spec_defaults"], hint="lr the default 0.1",
        about="MLP's default learning rate is 0.5, the spec's 0.1",
    ),
    bug(
        "generic_neuron_bias_first", "neuron",
        [("    def __init__(self, weights, bias):\n        self.weights = np.array(weights, dtype=float)",
          "    def __init__(self, bias, weights):\n        self.weights = np.array(weights, dtype=float)")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"], hint="the spec's order is Neuron(weights, bias)",
        about="Neuron takes its bias before its weights",
    ),
    alternative(
        "generic_gates_perceptron_renamed", "gates",
        [("def perceptron(x1, x2, weights):", "def perceptron(a, b, w):"),
         ("    w0, w1, w2 = weights", "    w0, w1, w2 = w"),
         ("w1 * np.asarray(x1) + w2 * np.asarray(x2)", "w1 * np.asarray(a) + w2 * np.asarray(b)")],
        about="perceptron's parameters renamed, in the spec's order",
    ),
    bug(
        "generic_backprop_train_epochs_before_rate", "backprop",
        [("def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000):",
          "def train(data, all_y_trues, params, epochs=1000, learn_rate=0.1):")],
        fails=["train_defaults"], hint="Your train is defined as train(data, all_y_trues, params, epochs, learn_rate)",
        about="train's learn_rate and epochs swapped: a call by position in the spec's order trains wrong",
    ),
    # -- several values returned where one belongs
    bug(
        "generic_activations_sigmoid_derivative_with_sigmoid", "activations",
        [("    return s * (1.0 - s)", "    return s, s * (1.0 - s)")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"], hint="The second item of your tuple is the right answer",
        about="sigmoid_derivative returns the sigmoid along with its slope",
    ),
    bug(
        "generic_mlp_forward_both_layers", "mlp",
        [("        return _sigmoid(A1 @ self.W2 + self.b2)",
          "        A2 = _sigmoid(A1 @ self.W2 + self.b2)\n        return A1, A2")],
        fails=["fresh_network", "forward", "loss", "fit_trajectory", "learns_xor", "fit_is_vectorised", "predict_threshold", "forward_is_stable"], hint="it is built on your forward", also={"forward": "item 2 of yours is the right A2"}, crashes=True,
        about="MLP.forward returns the hidden layer's activations with the output",
    ),
    bug(
        "generic_loss_mse_with_errors", "loss",
        [("    return float(np.mean((y_true - y_pred) ** 2))",
          "    errors = y_true - y_pred\n    return float(np.mean(errors ** 2)), errors")],
        fails=["mse_values", "mse_column_against_flat"], hint="returns 2 values at once, as a tuple",
        about="mse_loss returns the errors along with the loss",
    ),
    bug(
        "generic_gates_xor_hidden_pair", "gates",
        [("    return perceptron(either, not_both, AND_WEIGHTS)", "    return either, not_both")],
        fails=["xor_truth_table", "xor_on_arrays"], hint="Your xor returns 2 values where its one output belongs",
        also={"xor_on_arrays": "Your xor returns 2 values where its one output belongs"},
        about="xor returns its hidden layer's pair, not the gate after it",
    ),
    # -- the right values cut or rounded to whole numbers
    bug(
        "generic_activations_leaky_relu_as_int", "activations",
        [("    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)",
          "    return (np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)).astype(int)")],
        fails=["leaky_relu"], hint="the right ones cut off after the point",
        about="leaky_relu makes integers of its result",
    ),
    bug(
        "generic_neuron_layer_output_int", "neuron",
        [("        outputs.append(total + bias)", "        outputs.append(int(total + bias))")],
        fails=["layer_output"], hint="the right ones cut off after the point",
        about="layer_output makes each output an int",
    ),
    bug(
        "generic_loss_gradient_floor_division", "loss",
        [("    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
          "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) // y_pred.size")],
        fails=["mse_gradient"], hint="what floor division gives",
        about="mse_loss_gradient divides by the count with //",
    ),
    bug(
        "generic_activations_tanh_like_input", "activations",
        [("    return np.tanh(np.asarray(z, dtype=float))",
          "    out = np.zeros_like(z)\n    out[...] = 3 * np.tanh(z) / 3\n    return out")],
        fails=["tanh_values", "tanh_derivative"], hint="integer dtype int64", also={"tanh_derivative": "fix tanh first"},
        about="tanh fills an array made like its input: an int input gives an int array",
    ),
]
