"""Corpus cases for the classes of mistake the fourth held-out corpus found unnamed in gates,
perceptron, activations and neuron (and the rounding class, shared with loss).

``tests/heldout4/`` (written blind) showed mistakes whose values no hint read: a bool or float where
the int 0 or 1 belongs, a perceptron's sum thresholded twice, xor's second layer fed a raw input or
xor written with Python's bitwise operators, an integer weight array updated with floats, labels
turned into -1, a bias stepped like a weight, defaults other than the spec's, a mirrored sigmoid, a
derivative built on the other function or returning the function's value, relu's (z + |z|) not
halved, leaky ReLU's alpha on the wrong side (or its maximum form with alpha above 1), softmax
divided by the whole array's sum or by its maximum, a neuron's bias added once per input, and a
result rounded to a few decimals. Each case here is another spelling of one of those classes,
written for this file, with its exact expected outcome; same helpers and rules as ``mutations.py``.
"""

from corpus.mutations import alternative, bug

CASES = [
    bug(
        'gates_threshold_float_for_numbers', 'gates',
        [('    return int(z >= 0.5)', '    return float(z >= 0.5)')],
        fails=['threshold_on_numbers', 'perceptron_weighted_sum', 'xor_truth_table'],
        hint='Your threshold returns a float (1.0) where the int 0 or 1 belongs: convert it with int(...)',
        also={'perceptron_weighted_sum': 'fix threshold first'},
        about='threshold returns float(z >= 0.5) for a number, 1.0 where the int 1 belongs',
    ),
    bug(
        'gates_perceptron_sum_shifted_up', 'gates',
        [('    return threshold(z)\n', '    return threshold(z + 0.5)\n')],
        fails=['perceptron_weighted_sum', 'xor_truth_table', 'xor_on_arrays'],
        hint='Your perceptron fires where the weighted sum reaches 0, not 0.5',
        about='perceptron adds 0.5 to the sum before threshold, so it fires at a sum of 0',
    ),
    bug(
        'gates_xor_second_layer_takes_x2', 'gates',
        [('    return perceptron(either, not_both, AND_WEIGHTS)', '    return perceptron(either, x2, AND_WEIGHTS)')],
        fails=['xor_truth_table', 'xor_on_arrays'],
        hint='the raw input x2 where the output of NAND belongs',
        about="xor's second layer takes x2 itself where NAND's output belongs",
    ),
    bug(
        'gates_xor_from_bitwise_and_or', 'gates',
        [('    either = perceptron(x1, x2, OR_WEIGHTS)\n    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n'
          '    return perceptron(either, not_both, AND_WEIGHTS)',
          '    return (x1 | x2) & (1 - (x1 & x2))')],
        fails=['xor_on_arrays'],
        hint="Your xor uses one of Python's bitwise operators",
        about="xor is (x1 | x2) & (1 - (x1 & x2)): right on 0/1 integers, an error on floats and lists",
    ),
    alternative(
        'gates_xor_nested_calls', 'gates',
        [('    either = perceptron(x1, x2, OR_WEIGHTS)\n    not_both = perceptron(x1, x2, NAND_WEIGHTS)\n'
          '    return perceptron(either, not_both, AND_WEIGHTS)',
          '    return perceptron(perceptron(x1, x2, NAND_WEIGHTS), perceptron(x1, x2, OR_WEIGHTS), AND_WEIGHTS)')],
        about='xor nests the three perceptron calls, NAND first (AND is symmetric)',
    ),
    bug(
        'perceptron_weights_from_int_list', 'perceptron',
        [('        self.weights = np.zeros(X.shape[1])', '        self.weights = np.array([0] * X.shape[1])')],
        fails=['fit_returns_self', 'weights_after_fit', 'predict_uses_step_at_zero', 'learns_gate[AND]',
               'learns_gate[OR]', 'fit_leaves_data_alone', 'attribute_types', 'fit_accepts_lists',
               'fit_starts_afresh', 'defaults_as_the_spec'],
        hint='put float results into an array created with the integer dtype',
        crashes=True,
        about='fit builds its zero weights from a list of int 0s, so the float update cannot be added in place',
    ),
    bug(
        'perceptron_labels_rescaled_to_plus_minus_one', 'perceptron',
        [('        y = np.asarray(y, dtype=float)\n', '        y = 2 * np.asarray(y, dtype=float) - 1\n')],
        fails=['weights_after_fit', 'learns_gate[AND]'],
        hint='Your fit trains as if the 0 labels were -1',
        about='fit rescales the labels to -1 and 1 (2 * y - 1) before training, as a +-1 tutorial does',
    ),
    bug(
        'perceptron_bias_scaled_by_inputs', 'perceptron',
        [('self.bias = float(self.bias + update)', 'self.bias = float(self.bias + np.sum(update * x_i))')],
        fails=['weights_after_fit', 'learns_gate[AND]', 'learns_gate[OR]'],
        hint='Your bias gets the update multiplied by the sample',
        about="fit adds the sum of update * x_i to the bias, as if the bias were one more weight",
    ),
    bug(
        'perceptron_default_epochs_ten', 'perceptron',
        [('def __init__(self, lr=0.01, epochs=15):', 'def __init__(self, lr=0.01, epochs=10):')],
        fails=['defaults_as_the_spec'],
        hint="must use the spec's defaults, lr=0.01 and epochs=15",
        about='the default number of epochs is 10 instead of the spec 15',
    ),
    bug(
        'activations_sigmoid_one_minus', 'activations',
        [('    return np.where(z >= 0, 1.0, e) / (1.0 + e)', '    return 1.0 - np.where(z >= 0, 1.0, e) / (1.0 + e)')],
        fails=['sigmoid_values', 'sigmoid_is_stable'],
        hint='Your sigmoid gives 1 - sigmoid(z), which is sigmoid(-z)',
        about='sigmoid returns one minus the stable form, the sigmoid of -z',
    ),
    bug(
        'activations_sigmoid_derivative_from_tanh', 'activations',
        [('    s = sigmoid(z)\n    return s * (1.0 - s)', '    t = tanh(z)\n    return t * (1.0 - t)')],
        fails=['sigmoid_derivative', 'derivatives_on_large_inputs'],
        hint='Your sigmoid_derivative has the right form but is built on tanh where sigmoid belongs',
        about="sigmoid_derivative writes the sigmoid's slope form on tanh's output",
    ),
    bug(
        'activations_relu_derivative_returns_relu', 'activations',
        [('    return (np.asarray(z) > 0).astype(float)', '    return relu(z)')],
        fails=['relu_derivative'],
        hint='Your relu_derivative returns relu(z) itself',
        about='relu_derivative returns relu(z), the value where the slope belongs',
    ),
    bug(
        'activations_relu_abs_plus_z', 'activations',
        [('    return np.maximum(np.asarray(z, dtype=float), 0.0)',
          '    z = np.asarray(z, dtype=float)\n    return abs(z) + z')],
        fails=['relu_values'],
        hint='Your relu is twice the right value where z > 0',
        about='relu is |z| + z, without the division by 2',
    ),
    bug(
        'activations_leaky_maximum_alpha_first', 'activations',
        [('    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)', '    return np.maximum(alpha * z, z)')],
        fails=['leaky_relu'],
        hint='With alpha = 1.5, above 1, your leaky_relu gives alpha * z for z > 0',
        about='leaky_relu is the maximum of alpha * z and z, which is right only while alpha <= 1',
    ),
    bug(
        'activations_leaky_derivative_calls_leaky', 'activations',
        [('    return np.where(z > 0, 1.0, alpha)', '    return np.where(z > 0, 1.0, leaky_relu(z, alpha))')],
        fails=['leaky_relu_derivative'],
        hint="the function's value there, not its slope",
        about="leaky_relu_derivative gives leaky_relu's value where z <= 0",
    ),
    bug(
        'activations_softmax_sum_of_everything', 'activations',
        [('    return exps / np.sum(exps, axis=-1, keepdims=True)', '    return exps / exps.sum()')],
        fails=['softmax', 'softmax_is_stable'],
        hint='each row sums to 1, not the whole array. Yours divides by the sum over the whole array',
        about='softmax divides by exps.sum(), the whole array, so the rows of a batch do not each sum to 1',
    ),
    bug(
        'activations_softmax_over_row_max', 'activations',
        [('    return exps / np.sum(exps, axis=-1, keepdims=True)', '    return exps / exps.max(axis=-1, keepdims=True)')],
        fails=['softmax', 'softmax_is_stable'],
        hint='Your softmax divides the exponentials by their maximum',
        about="softmax divides by each row's largest exponential instead of the row's sum",
    ),
    bug(
        'neuron_feedforward_rounded_to_three', 'neuron',
        [('        return float(_sigmoid(total))', '        return float(np.round(_sigmoid(total), 3))')],
        fails=['neuron_feedforward', 'tiny_network', 'neuron_accepts_lists'],
        hint='Your result is the right value rounded to 3 decimals',
        about='feedforward rounds its output to 3 decimals with np.round',
    ),
    bug(
        'neuron_bias_in_generator_sum', 'neuron',
        [('        total = np.dot(self.weights, inputs) + self.bias',
          '        total = sum(w * x + self.bias for w, x in zip(self.weights, inputs))')],
        fails=['neuron_feedforward', 'tiny_network', 'neuron_accepts_lists'],
        hint='Your neuron adds the bias once per input',
        about='feedforward adds the bias inside a sum over the inputs, once per input',
    ),
    bug(
        'loss_mse_formatted_for_display', 'loss',
        [('    return float(np.mean((y_true - y_pred) ** 2))',
          '    mse = float(np.mean((y_true - y_pred) ** 2))\n    return float(f"{mse:.4f}")')],
        fails=['mse_values', 'mse_column_against_flat'],
        hint='Your result is the right value rounded to',
        about='mse_loss returns its value formatted to 4 decimals and read back, float(f"{mse:.4f}")',
    ),
]
