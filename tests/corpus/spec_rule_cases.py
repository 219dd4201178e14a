"""Corpus cases for rules of the spec the checks did not try until the third held-out corpus.

``tests/heldout3/`` (written blind) found bugs that no check could see, because no check gave the
input that shows them: lists to the gates' perceptron (its docstring says "array-like"), a second
``fit`` of the same perceptron, a softmax row far below another, two TinyNetworks alive at once,
a ``layer_output`` that writes into a list it was given, and a ``train`` that learns from the
lesson's data whatever it is given. It also showed classes of mistake whose values or errors no
hint read: a result cut short or one pass too long, the math module or float() given an array, a
loss that is the RMSE, divides by N - 1 or squares the mean difference (and a value two mistakes
share, which must name neither). Each case here is another spelling of one of those classes,
written for this file, with its exact expected outcome; same helpers and rules as
``mutations.py``.
"""

from corpus.mutations import alternative, bug

CASES = [
    bug(
        'gates_perceptron_sum_of_list_products', 'gates',
        [('z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)', 'z = w0 + x1 * w1 + x2 * w2')],
        fails=['perceptron_weighted_sum', 'xor_on_arrays'],
        hint='Your code was given Python lists, and lists have no element-wise arithmetic',
        about='perceptron multiplies its inputs as they come, so lists of 0s and 1s raise a TypeError',
    ),
    alternative(
        'gates_perceptron_array_of_floats', 'gates',
        [('z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)',
          'z = w0 + w1 * np.array(x1, dtype=float) + w2 * np.array(x2, dtype=float)')],
        about='perceptron converts its inputs to float arrays before the sum',
    ),
    bug(
        'perceptron_fit_keeps_weights_of_last_fit', 'perceptron',
        [('        self.weights = np.zeros(X.shape[1])\n        self.bias = 0.0\n',
          '        if not hasattr(self, "fitted"):\n            self.weights = np.zeros(X.shape[1])\n'
          '            self.bias = 0.0\n            self.fitted = True\n')],
        fails=['fit_starts_afresh'],
        hint='A second fit continued from the weights the first one left',
        about='fit sets the zero weights only the first time it is called, so a second fit goes on from the first',
    ),
    bug(
        'activations_softmax_shift_by_overall_max', 'activations',
        [('exps = np.exp(z - np.max(z, axis=-1, keepdims=True))', 'exps = np.exp(z - z.max())')],
        fails=['softmax_is_stable'],
        hint="subtract from each row its own maximum",
        about="softmax subtracts the whole array's maximum, so a row far below it becomes 0 / 0",
    ),
    alternative(
        'activations_softmax_shift_by_row_min', 'activations',
        [('exps = np.exp(z - np.max(z, axis=-1, keepdims=True))',
          'exps = np.exp(z - np.amax(z, axis=z.ndim - 1, keepdims=True))')],
        about="softmax subtracts each row's maximum, found with np.amax over the last axis by number",
    ),
    bug(
        'neuron_tiny_network_neurons_on_class', 'neuron',
        [('        self.h1 = Neuron(weights, bias)\n        self.h2 = Neuron(weights, bias)\n'
          '        self.o1 = Neuron(weights, bias)\n',
          '        TinyNetwork.neurons = [Neuron(weights, bias) for _ in range(3)]\n'),
         ('        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n        return self.o1.feedforward(hidden)\n',
          '        h1, h2, o1 = self.neurons\n        return o1.feedforward([h1.feedforward(x), h2.feedforward(x)])\n')],
        fails=['tiny_network'],
        hint='A TinyNetwork built before another one gives the newer',
        about="TinyNetwork keeps its three neurons in a list on the class, which every new network replaces",
    ),
    bug(
        'neuron_layer_output_extends_inputs', 'neuron',
        [('    outputs = []\n    for neuron_weights, bias in zip(weights, biases):\n'
          '        total = sum(x * w for x, w in zip(inputs, neuron_weights))\n'
          '        outputs.append(total + bias)\n    return outputs\n',
          '    n = len(inputs)\n    for neuron_weights, bias in zip(weights, biases):\n'
          '        inputs.append(sum(x * w for x, w in zip(inputs[:n], neuron_weights)) + bias)\n'
          '    return inputs[n:]\n')],
        fails=['layer_output'],
        hint="changes the caller's inputs list: on line",
        about='layer_output appends each neuron\'s output to the inputs list and returns the tail of it',
    ),
    bug(
        'backprop_train_loops_over_lesson_data', 'backprop',
        [('        for x, y_true in zip(data, all_y_trues):\n',
          '        for x, y_true in zip(DATA, ALL_Y_TRUES):\n')],
        fails=['train_uses_its_data'],
        hint="train learned from the lesson's data set, not from the data it was given",
        about="train's updates go over the module's DATA and ALL_Y_TRUES, not its arguments",
    ),
    bug(
        'mlp_fit_records_after_the_last_step_too', 'mlp',
        [('        for epoch in range(epochs):\n', '        for epoch in range(epochs + 1):\n'),
         ('        losses = np.empty(epochs)\n', '        losses = np.empty(epochs + 1)\n')],
        fails=['fit_trajectory', 'fit_is_vectorised'],
        hint='Your result has 1 value too many, and the first',
        about='fit runs range(epochs + 1) and records one loss too many',
    ),
    bug(
        'activations_tanh_with_math', 'activations',
        [('    return np.tanh(np.asarray(z, dtype=float))\n', '    import math\n    return math.tanh(z)\n')],
        fails=['tanh_values', 'tanh_on_large_inputs', 'tanh_derivative', 'derivatives_on_large_inputs'],
        hint="the math module's functions (math.exp, math.sqrt) take one",
        crashes=True,
        about='tanh calls math.tanh, which takes one number only',
    ),
    bug(
        'loss_root_mean_square', 'loss',
        [('    return float(np.mean((y_true - y_pred) ** 2))', '    return float(np.sqrt(np.mean((y_true - y_pred) ** 2)))')],
        fails=['mse_values', 'mse_column_against_flat'],
        hint='the square root of the mean squared error',
        about='mse_loss returns the root of the mean square (the RMSE)',
    ),
    bug(
        'loss_mean_with_n_minus_one', 'loss',
        [('    return float(np.mean((y_true - y_pred) ** 2))', '    return float(((y_true - y_pred) ** 2).sum() / (len(y_true) - 1))')],
        fails=['mse_values', 'mse_column_against_flat'],
        hint='not by N - 1',
        about='mse_loss divides the sum of squares by N - 1',
    ),
    bug(
        'loss_mean_error_squared', 'loss',
        [('    return float(np.mean((y_true - y_pred) ** 2))', '    return float((y_true - y_pred).mean() ** 2)')],
        fails=['mse_values', 'mse_column_against_flat'],
        hint='square each difference first',
        about='mse_loss squares the mean error instead of averaging the squared errors',
    ),
    bug(
        'perceptron_weights_step_backwards', 'perceptron',
        [('                self.weights += update * x_i  # our own array: safe in place',
          '                self.weights = self.weights - update * x_i')],
        fails=['weights_after_fit', 'learns_gate[AND]', 'learns_gate[OR]'],
        hint='Your weights move against the update while the bias moves with it',
        about='fit subtracts the update from the weights but adds it to the bias',
    ),
    bug(
        'perceptron_bias_scaled_by_rate_again', 'perceptron',
        [('                self.bias = float(self.bias + update)', '                self.bias += self.lr * update')],
        fails=['weights_after_fit', 'learns_gate[AND]'],
        hint='already holds the learning rate',
        about='fit multiplies the bias update by the learning rate a second time',
    ),
    bug(
        'perceptron_fit_returns_what_it_learned', 'perceptron',
        [('        return self\n        ### END SOLUTION', '        return self.weights, self.bias\n        ### END SOLUTION')],
        fails=['fit_returns_self'],
        hint='fit must give back the perceptron itself, return self',
        about='fit returns the pair (weights, bias)',
    ),
    bug(
        'perceptron_predict_plus_minus_one', 'perceptron',
        [('        return (z >= 0).astype(int)', '        return np.where(z >= 0, 1, -1)')],
        fails=['predict_uses_step_at_zero', 'learns_gate[AND]', 'learns_gate[OR]'],
        hint="this perceptron's labels are 0 and 1",
        about='predict gives 1 and -1, as a perceptron of another course does',
    ),
    bug(
        'bp_feedforward_h1_reads_w3', 'backprop',
        [('    h1 = _sigmoid(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])\n    h2 = _sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])\n    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])\n    return float(o1)',
          '    h1 = _sigmoid(p["w3"] * x[0] + p["w2"] * x[1] + p["b1"])\n    h2 = _sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])\n    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])\n    return float(o1)')],
        fails=['feedforward', 'train_trajectory'],
        hint='Your feedforward uses w3 where w1 belongs',
        about="feedforward's h1 reads w3 where w1 belongs",
    ),
    bug(
        'bp_sgd_step_returns_the_step', 'backprop',
        [('        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES',
          '        name: float(learn_rate * grads[name]) for name in PARAM_NAMES')],
        fails=['sgd_step', 'train_trajectory', 'training_separates_emily_and_frank'],
        hint='Your values are the step itself',
        about='sgd_step returns learn_rate * grads instead of the parameters after the step',
    ),
    bug(
        'mlp_step_rate_written_in', 'mlp',
        [('            param -= self.lr * grads[name]', '            param -= 0.01 * grads[name]')],
        fails=['step', 'fit_trajectory', 'learns_xor', 'fit_is_vectorised'],
        hint='Your step uses a learning rate of 0.01',
        about='step uses a learning rate of 0.01 written into the code',
    ),
    bug(
        'mlp_predict_rint', 'mlp',
        [('        return (self.forward(X) >= 0.5).astype(int)', '        return np.rint(self.forward(X)).astype(int)')],
        fails=['predict_threshold'],
        hint='rounds a half to the even number',
        about='predict rounds the outputs with np.rint, which sends exactly 0.5 to 0',
    ),
]
