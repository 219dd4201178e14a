"""Corpus cases for the classes of mistake that still lost points without a hint naming them after
the third held-out corpus was tuned (issue 13): an activation that saturates too early (z or the
output clipped to a small range), a slope with only one factor made of the function's output, a
derivative that overflows in an exp of its own, a TinyNetwork neuron built without the bias,
count_parameters with one term of a pair's count wrong, a gradient in the shape of the other
argument, one constant factor on every partial of backprop, a feedforward that returns its steps
along with its answer, the hidden and output layers' arrays mixed element-wise in backward, and
gradients under keys that differ from the expected ones by a prefix or by case. Each case is
another spelling of its class, written for this file, with its exact expected outcome; same
helpers and rules as ``mutations.py``.
"""

from corpus.mutations import bug

_SIGMOID = (
    "    z = np.asarray(z, dtype=float)\n"
    "    e = np.exp(-np.abs(z))  # in (0, 1]: cannot overflow\n"
    "    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n"
)
_SLOPE = "    s = sigmoid(z)\n    return s * (1.0 - s)\n"
_COUNT = "    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))\n"
_BACKWARD_KEYS = (
    '            "W1": X.T @ dZ1,\n'
    '            "b1": dZ1.sum(axis=0, keepdims=True),\n'
    '            "W2": A1.T @ dZ2,\n'
    '            "b2": dZ2.sum(axis=0, keepdims=True),\n'
)

CASES = [
    bug(
        'activations_sigmoid_bounded_at_15', 'activations',
        [(_SIGMOID, "    z = np.maximum(np.minimum(np.asarray(z, dtype=float), 15.0), -15.0)\n"
                    "    return 1.0 / (1.0 + np.exp(-z))\n")],
        fails=['sigmoid_is_stable', 'derivatives_on_large_inputs'],
        hint='saturates too early: it stops changing at about |z| = 15',
        also={'derivatives_on_large_inputs': 'fix sigmoid first'},
        about='sigmoid bounds z to [-15, 15] with np.minimum and np.maximum, so z = -40 gives sigmoid(-15)',
    ),
    bug(
        'activations_sigmoid_output_capped', 'activations',
        [(_SIGMOID, "    s = 0.5 * (1.0 + np.tanh(np.asarray(z, dtype=float) / 2.0))\n"
                    "    return np.clip(s, 1e-7, 1.0 - 1e-7)  # never exactly 0 or 1\n")],
        fails=['sigmoid_is_stable', 'derivatives_on_large_inputs'],
        hint='saturates too early: it stops changing at about |z| = 16.1',
        about='sigmoid keeps its output inside [1e-7, 1 - 1e-7], so every z below -16 gives 1e-7',
    ),
    bug(
        'activations_sigmoid_slope_z_times_complement', 'activations',
        [(_SLOPE, "    return (1.0 - sigmoid(z)) * z\n")],
        fails=['sigmoid_derivative', 'derivatives_on_large_inputs'],
        hint="Only one factor of your slope uses sigmoid's output; the other uses z itself",
        about='sigmoid_derivative multiplies 1 - sigmoid(z) by z instead of by sigmoid(z)',
    ),
    bug(
        'activations_tanh_slope_one_factor', 'activations',
        [("    return 1.0 - tanh(z) ** 2\n", "    return 1.0 - tanh(z) * z\n")],
        fails=['tanh_derivative', 'derivatives_on_large_inputs'],
        hint="Only one factor of your slope uses tanh's output",
        about='tanh_derivative squares by multiplying tanh(z) with z instead of with itself',
    ),
    bug(
        'activations_sigmoid_slope_from_exp_z', 'activations',
        [(_SLOPE, "    e = np.exp(np.asarray(z, dtype=float))\n    return e / (1.0 + e) ** 2\n")],
        fails=['derivatives_on_large_inputs'],
        hint='overflows in an exp of its own',
        about="sigmoid_derivative is exp(z) / (1 + exp(z))**2, right in maths, inf / inf = nan at z = 1000",
    ),
    bug(
        'neuron_tiny_hidden_layer_unbiased', 'neuron',
        [("        self.h1 = Neuron(weights, bias)\n        self.h2 = Neuron(weights, bias)\n",
          "        self.h1 = Neuron(weights, 0.0)\n        self.h2 = Neuron(weights, 0.0)\n")],
        fails=['tiny_network'],
        hint="Your network's hidden neurons h1 and h2 work without the bias",
        about='TinyNetwork builds h1 and h2 with bias 0.0 and only o1 with the bias',
    ),
    bug(
        'neuron_tiny_output_bias_keyword_zero', 'neuron',
        [("        self.o1 = Neuron(weights, bias)\n", "        self.o1 = Neuron(weights=weights, bias=0)\n")],
        fails=['tiny_network'],
        hint="Your network's output neuron o1 works without the bias",
        about='TinyNetwork builds o1 with the keyword bias=0',
    ),
    bug(
        'neuron_count_loop_adds_sizes', 'neuron',
        [(_COUNT, "    total = 0\n    for i in range(len(sizes) - 1):\n"
                  "        total += sizes[i] + sizes[i + 1]  # connections\n"
                  "        total += sizes[i + 1]  # biases\n    return total\n")],
        fails=['count_parameters'],
        hint='you add the two sizes, a + b',
        about='count_parameters counts sizes[i] + sizes[i + 1] connections between two layers',
    ),
    bug(
        'neuron_count_biases_of_all_but_output', 'neuron',
        [(_COUNT, "    weights = sum(a * b for a, b in zip(sizes, sizes[1:]))\n"
                  "    return weights + sum(sizes[:-1])\n")],
        fails=['count_parameters'],
        hint='the biases are counted on the sending side of each pair',
        about='count_parameters gives biases to every layer but the output layer',
    ),
    bug(
        'neuron_count_both_terms_off', 'neuron',
        [(_COUNT, "    return sum(a + b + a for a, b in zip(sizes, sizes[1:]))\n")],
        fails=['count_parameters'],
        hint="Both terms of each pair's count are off",
        about="count_parameters adds the sizes for the weights and counts the sending layer's biases",
    ),
    bug(
        'loss_gradient_in_targets_shape', 'loss',
        [("    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n",
          "    return 2.0 * (np.reshape(y_pred, np.shape(y_true)) - y_true) / y_true.size\n")],
        fails=['mse_gradient'],
        hint="Your result has y_true's shape (4,), but it must have y_pred's shape (4, 1)",
        about="mse_loss_gradient brings y_pred to y_true's shape, so the gradient comes back in y_true's",
    ),
    bug(
        'backprop_learning_rate_in_output_error', 'backprop',
        [("    d_L_d_o1 = -2.0 * (y_true - o1)\n", "    d_L_d_o1 = -2.0 * (y_true - o1) * 0.1  # learning rate\n")],
        fails=['backprop_gradients', 'train_trajectory'],
        hint='Every partial is exactly 1/10 of the right one',
        also={'train_trajectory': 'fix backprop first'},
        about='backprop multiplies dL/do1 by a learning rate of 0.1',
    ),
    bug(
        'backprop_feedforward_returns_output_first', 'backprop',
        [("    return float(o1)\n    ### END SOLUTION\n\n\ndef backprop",
          "    return float(o1), h1, h2\n    ### END SOLUTION\n\n\ndef backprop")],
        fails=['feedforward', 'train_uses_learn_rate', 'train_trajectory', 'training_separates_emily_and_frank',
               'train_uses_its_data', 'train_defaults'],
        hint='You return 3 values at once, as a tuple, and the value number 1 of them is the right answer',
        also={'train_trajectory': 'fix feedforward first'},
        about='feedforward returns o1 together with the hidden outputs h1 and h2',
        crashes=True,
    ),
    bug(
        'neuron_tiny_returns_hidden_and_output', 'neuron',
        [("        return self.o1.feedforward(hidden)\n", "        return hidden, self.o1.feedforward(hidden)\n")],
        fails=['tiny_network'],
        hint="Your feedforward returns two things at once, the hidden outputs [h1, h2] and o1's output",
        about='TinyNetwork.feedforward returns the hidden outputs along with the output',
    ),
    bug(
        'mlp_dZ1_from_output_activation', 'mlp',
        [("        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)\n",
          "        dZ1 = np.dot(dZ2, self.W2.T) * A2 * (1 - A2)\n")],
        fails=['backward_gradient_check', 'fit_trajectory', 'learns_xor', 'fit_is_vectorised'],
        hint="An array of the hidden layer's shape (5, 4)",
        about="backward multiplies the way back into the hidden layer by the output layer's slope",
    ),
    bug(
        'mlp_backward_d_prefixed_keys', 'mlp',
        [(_BACKWARD_KEYS, _BACKWARD_KEYS.replace('"W', '"dW').replace('"b', '"db'))],
        fails=['backward_gradient_check', 'fit_trajectory', 'learns_xor', 'fit_is_vectorised', 'fresh_network', 'backward_takes_any_y'],
        hint="Your dict holds 'dW1' where 'W1' belongs, 'db1' where 'b1' belongs",
        also={'fit_trajectory': "A dict was asked for the key 'W1'"},
        about='backward returns its gradients under the keys dW1, db1, dW2, db2',
        crashes=True,
    ),
]
