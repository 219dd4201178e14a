"""Corpus cases for classes of mistake in gates, perceptron, activations and neuron that the sixth
held-out corpus's run on main left unnamed: in neuron, a layer's running total never set back to 0,
a layer that returns one neuron's output, a count with one bias per pair of layers, a count that
pairs each layer with itself or returns its per-pair counts, a neuron with a flipped sign in its
sigmoid or a step in its place, a network with a sigmoid too many; the sign of z for ReLU's slope,
tanh doubled where it is squared, a sigmoid's slope taken at its output, softmax left as its log or
shifted after its exp; a perceptron's bias moved without lr, its training step without the bias,
its weights reset every epoch, its parameters overwritten by the update, its X cut to integers, its
weights kept in a list; a threshold's 0-d array for a number, a weight added to its input, weights
paired with the other input, a weighted sum from a list of numbers and arrays, a gate's weights
without the bias. Our own spellings, with their exact expected outcomes; same helpers and rules as
``mutations.py``.
"""

from corpus.mutations import bug

LAYER_LOOP = (
    "    for neuron_weights, bias in zip(weights, biases):\n"
    "        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n"
    "        outputs.append(total + bias)\n"
)
COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))"
NEURON = "        return float(_sigmoid(total))"
SOFTMAX = "    return exps / np.sum(exps, axis=-1, keepdims=True)"
P_BIAS = "                self.bias = float(self.bias + update)"
P_WEIGHTS = "                self.weights += update * x_i  # our own array: safe in place"
P_PREDICTION = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0"
GATES_Z = "    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)"
HIDDEN = "        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]"

CASES = [
    bug(
        "neuron_layer_running_sum_across_neurons", "neuron",
        [(LAYER_LOOP,
          "    running = 0.0\n"
          "    for neuron_weights, bias in zip(weights, biases):\n"
          "        for x, w in zip(inputs, neuron_weights):\n"
          "            running += x * w\n"
          "        outputs.append(running + bias)\n")],
        fails=["layer_output"],
        hint="never set back to 0",
        about="layer_output keeps one running sum over all the neurons, started once before the loop",
    ),
    bug(
        "neuron_layer_return_in_loop", "neuron",
        [("        outputs.append(total + bias)\n", "        return total + bias\n")],
        fails=["layer_output"],
        hint="the first neuron's output",
        about="layer_output returns inside the loop over the neurons, so only the first neuron's output comes back",
    ),
    bug(
        "neuron_count_bias_per_pair_added_after", "neuron",
        [(COUNT, "    return sum(a * b for a, b in zip(sizes, sizes[1:])) + len(sizes) - 1")],
        fails=["count_parameters", "count_parameters_of_no_layers"],  # and -1 for no layers
        hint="one bias per layer",
        about="count_parameters adds one bias per pair of layers (len(sizes) - 1) where each neuron has its own",
    ),
    bug(
        "neuron_count_receiving_layer_with_itself", "neuron",
        [(COUNT, "    return sum(b * b + b for b in sizes[1:])")],
        fails=["count_parameters"],
        hint="pairs each layer with itself",
        about="count_parameters squares each receiving layer's width, as if each layer fed itself",
    ),
    bug(
        "neuron_count_tuple_of_pairs", "neuron",
        [(COUNT, "    return tuple(a * b + b for a, b in zip(sizes, sizes[1:]))")],
        fails=["count_parameters", "count_parameters_gives_a_python_int", "count_parameters_of_no_layers"],
        hint="the count of each pair of layers",
        about="count_parameters returns a tuple of per-pair counts, not their total",
    ),
    bug(
        "neuron_sigmoid_exp_of_plus_z", "neuron",
        [(NEURON, "        return float(1.0 / (1.0 + np.exp(total)))")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="1 - sigmoid(z)",
        about="Neuron.feedforward writes its sigmoid with exp(z) where exp(-z) belongs",
    ),
    bug(
        "neuron_rounded_sigmoid", "neuron",
        [(NEURON, "        return float(round(float(_sigmoid(total))))")],
        fails=["neuron_feedforward", "tiny_network", "neuron_accepts_lists"],
        hint="outputs 0 or 1",
        about="Neuron.feedforward rounds its sigmoid to 0 or 1",
    ),
    bug(
        "neuron_tiny_hidden_sigmoid_again", "neuron",
        [(HIDDEN, "        hidden = [float(_sigmoid(self.h1.feedforward(x))), float(_sigmoid(self.h2.feedforward(x)))]")],
        fails=["tiny_network"],
        hint="sigmoid twice in its hidden neurons",
        about="TinyNetwork passes each hidden neuron's output through the sigmoid once more",
    ),
    bug(
        "act_relu_slope_minus_one_on_the_left", "activations",
        [("    return (np.asarray(z) > 0).astype(float)", "    return np.where(np.asarray(z) > 0, 1.0, -1.0)")],
        fails=["relu_derivative"],
        hint="the sign of z",
        about="relu_derivative gives -1 on the negative side (and at 0), the sign of z, where ReLU is flat",
    ),
    bug(
        "act_tanh_slope_doubled", "activations",
        [("    return 1.0 - tanh(z) ** 2", "    t = tanh(z)\n    return 1.0 - t - t")],
        fails=["tanh_derivative", "derivatives_on_large_inputs"],
        hint="doubled where it should be squared",
        about="tanh_derivative subtracts tanh(z) twice, 1 - t - t, where the square belongs",
    ),
    bug(
        "act_sigmoid_slope_of_its_output", "activations",
        [("    s = sigmoid(z)\n    return s * (1.0 - s)", "    s = sigmoid(z)\n    return sigmoid(s) * (1.0 - sigmoid(s))")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="the sigmoid is applied twice",
        about="sigmoid_derivative takes the sigmoid of s, which already holds sigmoid(z)",
    ),
    bug(
        "act_softmax_log_of_ratio", "activations",
        [(SOFTMAX, "    return np.log(exps / np.sum(exps, axis=-1, keepdims=True))")],
        fails=["softmax", "softmax_is_stable"],
        hint="logarithms of softmax",
        about="softmax returns the log of its probabilities",
    ),
    bug(
        "perceptron_bias_moves_by_raw_error", "perceptron",
        [(P_BIAS, "                self.bias += y_i - prediction")],
        fails=["weights_after_fit", "learns_gate[OR]"],
        hint="leaves out the learning rate",
        about="fit moves the bias by the error itself, without lr, while the weights move by lr times it",
    ),
    bug(
        "perceptron_training_step_ignores_bias", "perceptron",
        [(P_PREDICTION, "                prediction = int(np.dot(self.weights, x_i) >= 0)")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="leave the bias out",
        about="fit's predictions during training use the weights alone, without the bias",
    ),
    bug(
        "perceptron_zero_weights_every_epoch", "perceptron",
        [("            for x_i, y_i in zip(X, y):\n",
          "            self.weights = np.zeros_like(X[0])\n            for x_i, y_i in zip(X, y):\n")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="start again from zeros at every epoch",
        about="fit sets the weights back to zeros at the start of each epoch, the bias carries on",
    ),
    bug(
        "perceptron_both_parameters_overwritten", "perceptron",
        [(P_WEIGHTS + "\n" + P_BIAS, "                self.weights, self.bias = x_i * update, float(update)")],
        fails=["weights_after_fit", "learns_gate[AND]", "learns_gate[OR]"],
        hint="set to the sample's update instead of moved by it",
        about="fit sets weights and bias to the sample's update instead of adding it",
    ),
    bug(
        "perceptron_features_as_ints", "perceptron",
        [("        X = np.asarray(X, dtype=float)", "        X = np.array(X).astype(int)")],
        fails=["weights_after_fit"],
        hint="cut to whole numbers",
        about="fit turns X into an integer array, dropping the features' fractions",
    ),
    bug(
        "perceptron_weights_rebuilt_as_list", "perceptron",
        [(P_WEIGHTS, "                self.weights = [w + update * x for w, x in zip(self.weights, x_i)]")],
        fails=["weights_after_fit", "fit_leaves_data_alone", "attribute_types", "fit_accepts_lists",
               "fit_starts_afresh", "defaults_as_the_spec"],
        hint="a Python list",
        about="fit rebuilds the weights as a Python list at every update",
    ),
    bug(
        "gates_threshold_asarray_for_numbers_too", "gates",
        [("    if isinstance(z, np.ndarray):\n        return (z >= 0.5).astype(int)\n    return int(z >= 0.5)",
          "    return np.asarray(z >= 0.5).astype(int)")],
        fails=["threshold_on_numbers"],
        hint="0-d NumPy array",
        about="threshold converts every answer with np.asarray, so a number gives a 0-d array, not an int",
    ),
    bug(
        "gates_first_weight_plus_input", "gates",
        [(GATES_Z, "    z = w0 + w1 + np.asarray(x1) + w2 * np.asarray(x2)")],
        fails=["perceptron_weighted_sum", "xor_truth_table", "xor_on_arrays"],
        hint="a + typed for a *",
        about="perceptron adds w1 and x1 where it multiplies them",
    ),
    bug(
        "gates_weights_read_backwards", "gates",
        [(GATES_Z, "    z = w0 + w2 * np.asarray(x1) + w1 * np.asarray(x2)")],
        fails=["perceptron_weighted_sum"],
        hint="pairs each weight with the other input",
        about="perceptron multiplies x1 by w2 and x2 by w1",
    ),
    bug(
        "gates_weighted_sum_from_a_mixed_list", "gates",
        [(GATES_Z, "    z = np.array([1.0, x1, x2]) @ np.array(weights)")],
        fails=["perceptron_weighted_sum", "xor_on_arrays"],
        hint="cannot become one NumPy array",
        about="perceptron puts 1, x1 and x2 in one array, which fails when x1 and x2 are arrays",
    ),
    bug(
        "gates_or_without_bias", "gates",
        [("OR_WEIGHTS = (0.0, 0.6, 0.6)", "OR_WEIGHTS = (0.6, 0.6)")],
        fails=["gate_weights[OR]", "xor_truth_table", "xor_on_arrays"],
        hint="leave out the bias",
        about="OR_WEIGHTS holds only the two inputs' weights, without w0",
        crashes=True,
    ),
    bug(
        "act_softmax_max_taken_off_the_exponentials", "activations",
        [("    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))",
          "    top = z.max(axis=-1, keepdims=True)\n    exps = np.exp(z) - top")],
        fails=["softmax", "softmax_is_stable"],
        hint="after the exponential",
        about="softmax subtracts the row maximum from the exponentials instead of from the scores",
    ),
]

