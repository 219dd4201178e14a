"""Corpus cases for the classes of mistake the fifth held-out corpus found in activations and neuron.

``tests/heldout5/`` (written blind) showed three mistakes that got full marks or no hint: a
default argument other than the spec's (no check called leaky_relu without alpha), a softmax
normalised along another axis than the last (no hint read the values; the same class reaches
the MSE, averaged along one axis), and a TinyNetwork that
returns a layer's values on the way instead of o1's output (only "should return a single
number"). A review of heldout5's messages (``/tmp/review5.md`` of that sitting) found others
misleading: gate weights whose sum sits exactly on 0.5 blamed on rounding, a layer without biases
told it added biases[0], an MSE kept in a (1,) array told to call float(), a gradient told to
reshape to the example's fixed shape; and two vague ones, an xor with one gate of the recipe
swapped told only the recipe, a TinyNetwork adding its hidden outputs up. Each case here is
another spelling of one of those classes, written for this file, with its exact expected
outcome; same helpers and rules as ``mutations.py``.
"""

from corpus.mutations import alternative, bug

LEAKY_DEF = "def leaky_relu(z, alpha=0.1):"
LEAKY_SLOPE_DEF = "def leaky_relu_derivative(z, alpha=0.1):"
LEAKY_BODY = "    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)"
MSE_FLAT = ("    y_true = np.asarray(y_true, dtype=float).ravel()\n"
            "    y_pred = np.asarray(y_pred, dtype=float).ravel()")
MSE_SAME_SHAPE = ("    y_true = np.asarray(y_true, dtype=float)\n"
                  "    y_pred = np.asarray(y_pred, dtype=float).reshape(y_true.shape)")
MSE_RETURN = "    return float(np.mean((y_true - y_pred) ** 2))"
SOFTMAX_SHIFT = "    exps = np.exp(z - np.max(z, axis=-1, keepdims=True))"
SOFTMAX_SUM = "    return exps / np.sum(exps, axis=-1, keepdims=True)"
TINY_RETURN = "        return self.o1.feedforward(hidden)"

CASES = [
    # -- messages the review of heldout5 found misleading, as classes
    bug(
        'gates_nor_sum_on_the_threshold', 'gates',
        [("NOR_WEIGHTS = (0.5, -0.6, -0.6)", "NOR_WEIGHTS = (1.0, -0.5, -0.5)")],
        fails=['gate_weights[NOR]'],
        hint='(0, 1) and (1, 0) give the weighted sum 0.5, on the threshold itself',
        about='NOR_WEIGHTS put the one-input rows exactly on 0.5, where the perceptron fires',
    ),
    bug(
        'gates_xor_hidden_nor_for_or', 'gates',
        [("    either = perceptron(x1, x2, OR_WEIGHTS)", "    either = perceptron(x1, x2, NOR_WEIGHTS)")],
        fails=['xor_truth_table', 'xor_on_arrays'],
        hint='with NOR_WEIGHTS in place of OR_WEIGHTS in the first layer, the hidden pair',
        about='xor feeds NOR where OR belongs into the output AND, which gives NOR itself',
    ),
    bug(
        'gates_xor_output_nand', 'gates',
        [("    return perceptron(either, not_both, AND_WEIGHTS)", "    return perceptron(either, not_both, NAND_WEIGHTS)")],
        fails=['xor_truth_table', 'xor_on_arrays'],
        hint='with NAND_WEIGHTS in place of AND_WEIGHTS in the second layer, the output gate',
        about='xor\'s output perceptron uses NAND_WEIGHTS, which gives XNOR',
    ),
    bug(
        'neuron_layer_sums_only', 'neuron',
        [("        outputs.append(total + bias)", "        outputs.append(total)")],
        fails=['layer_output'],
        hint='Your outputs are the weighted sums without the biases',
        about='layer_output appends each neuron\'s weighted sum and never adds its bias',
    ),
    # -- the spec's defaults: leaky_relu(z, alpha=0.1), leaky_relu_derivative(z, alpha=0.1)
    bug(
        'activations_leaky_slope_default_fifth', 'activations',
        [(LEAKY_SLOPE_DEF, "def leaky_relu_derivative(z, alpha=0.2):")],
        fails=['leaky_relu_default_alpha'],
        hint='your leaky_relu_derivative uses alpha = 0.2',
        about='leaky_relu_derivative defaults alpha to 0.2 and is right whenever alpha is given',
    ),
    bug(
        'activations_leaky_alpha_without_default', 'activations',
        [(LEAKY_DEF, "def leaky_relu(z, alpha):")],
        fails=['leaky_relu_default_alpha'],
        hint='the spec gives it a default, 0.1',
        about='leaky_relu makes alpha a required argument, so leaky_relu(z) raises TypeError',
    ),
    bug(
        'activations_leaky_default_filled_in_body', 'activations',
        [(LEAKY_DEF, "def leaky_relu(z, alpha=None):"),
         (LEAKY_BODY, "    if alpha is None:\n        alpha = 0.05\n" + LEAKY_BODY)],
        fails=['leaky_relu_default_alpha'],
        hint='your leaky_relu uses alpha = 0.05',
        about='leaky_relu takes alpha=None and fills in 0.05 in its body',
    ),
    alternative(
        'var_activations_leaky_default_none', 'activations',
        [(LEAKY_DEF, "def leaky_relu(z, alpha=None):"),
         (LEAKY_BODY, "    if alpha is None:\n        alpha = 0.1\n" + LEAKY_BODY)],
        about='leaky_relu takes alpha=None and fills in the spec\'s 0.1 in its body',
    ),
    # -- an axis other than the last, or a row statistic without keepdims
    bug(
        'activations_softmax_sum_axis_one', 'activations',
        [(SOFTMAX_SUM, "    return exps / np.sum(exps, axis=1, keepdims=True)")],
        fails=['softmax'],
        hint='axis=-1 names it for a 1-D, 2-D or 3-D input alike',
        about='softmax sums along axis=1, which a vector does not have',
    ),
    bug(
        'activations_softmax_vector_then_axis_one', 'activations',
        [(SOFTMAX_SUM, "    if z.ndim == 1:\n        return exps / exps.sum()\n"
                       "    return exps / np.sum(exps, axis=1, keepdims=True)")],
        fails=['softmax'],
        hint='Your softmax normalises along axis 1 (the last axis is axis 2)',
        about='softmax handles a vector apart and sums a matrix along axis=1, not the last axis of a 3-D input',
    ),
    bug(
        'activations_softmax_columns_everywhere', 'activations',
        [(SOFTMAX_SHIFT, "    exps = np.exp(z - np.max(z, axis=0))"),
         (SOFTMAX_SUM, "    return exps / np.sum(exps, axis=0)")],
        fails=['softmax', 'softmax_is_stable'],
        hint='Your softmax normalises along axis 0 (down the columns)',
        also={'softmax_is_stable': 'Your softmax normalises along axis 0'},
        about='softmax takes the maximum and the sum down the columns, axis=0',
    ),
    bug(
        'activations_softmax_row_sum_flat', 'activations',
        [(SOFTMAX_SUM, "    return exps / np.sum(exps, axis=-1)")],
        fails=['softmax', 'softmax_is_stable'],
        hint='keepdims=True',
        also={'softmax_is_stable': 'on this square input row i\'s sum lands in column i'},
        about='softmax sums each row without keepdims: an error on a 4x3 input, wrong values on a square one',
    ),
    bug(
        'loss_mse_mean_down_columns', 'loss',
        [(MSE_FLAT, MSE_SAME_SHAPE), (MSE_RETURN, "    return np.mean((y_true - y_pred) ** 2, axis=0)")],
        fails=['mse_values', 'mse_column_against_flat'],
        hint='Your mse_loss returns an array holding one value, shape (1,)',
        about='mse_loss keeps the inputs\' shape and averages along axis=0: one mean per column',
    ),
    bug(
        'loss_mse_mean_along_rows', 'loss',
        [(MSE_RETURN, "    return float(np.mean((y_true - y_pred) ** 2, axis=1))")],
        fails=['mse_values', 'mse_column_against_flat'],
        hint='neither needs an axis at all',
        about='mse_loss averages along axis=1, which the flattened inputs do not have',
    ),
    bug(
        'loss_mse_column_means_squeezed', 'loss',
        [(MSE_FLAT, MSE_SAME_SHAPE), (MSE_RETURN, "    return np.mean((y_true - y_pred) ** 2, axis=0).squeeze()")],
        fails=['mse_values', 'mse_column_against_flat'],
        hint='the mean was taken along axis 0 of a (3, 4) array only, which keeps one value per column',
        about='mse_loss averages along axis=0 and squeezes: one number for a column, one per column for a matrix',
    ),
    bug(
        'loss_mse_keepdims_everywhere', 'loss',
        [(MSE_RETURN, "    return np.mean((y_true - y_pred) ** 2, keepdims=True)")],
        fails=['mse_values', 'mse_column_against_flat'],
        hint='with keepdims=True keeps every axis it averaged over',
        about='mse_loss averages with keepdims=True and returns the (1,) array',
    ),
    bug(
        'loss_gradient_fixed_column_shape', 'loss',
        [("    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
          "    return (2.0 * (y_pred.ravel() - y_true.ravel()) / y_pred.size).reshape(6, 1)")],
        fails=['mse_gradient'],
        hint='.reshape(y_pred.shape), so that it fits every call',
        about='mse_loss_gradient reshapes its result to the (6, 1) of one example',
    ),
    bug(
        'loss_gradient_flat_result', 'loss',
        [("    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
          "    return 2.0 * (y_pred.flatten() - y_true.flatten()) / y_pred.size")],
        fails=['mse_gradient'],
        hint="but lost y_pred's shape",
        about='mse_loss_gradient flattens both inputs and returns the flat gradient',
    ),
    alternative(
        'var_loss_mse_mean_of_column_means', 'loss',
        [(MSE_FLAT, MSE_SAME_SHAPE), (MSE_RETURN, "    return float(np.mean(np.mean((y_true - y_pred) ** 2, axis=0)))")],
        about='mse_loss keeps the inputs\' shape and averages the column means, which is the mean of all elements',
    ),
    # -- a network that returns a layer's values on the way to its output
    bug(
        'neuron_tiny_returns_every_layer', 'neuron',
        [(TINY_RETURN, "        return hidden + [self.o1.feedforward(hidden)]")],
        fails=['tiny_network'],
        hint='You return 3 values at once, as a list, and the last of them is the right answer',
        about='TinyNetwork.feedforward returns [h1, h2, o1] instead of o1 alone',
    ),
    bug(
        'neuron_tiny_returns_o1_sum', 'neuron',
        [(TINY_RETURN, "        return float(np.dot(self.o1.weights, hidden) + self.o1.bias)")],
        fails=['tiny_network'],
        hint="Your output is o1's weighted sum before its sigmoid",
        about='TinyNetwork.feedforward computes o1\'s weighted sum itself and forgets the sigmoid',
    ),
    bug(
        'neuron_tiny_returns_h2', 'neuron',
        [(TINY_RETURN, "        return hidden[1]")],
        fails=['tiny_network'],
        hint="a hidden neuron's output",
        about='TinyNetwork.feedforward returns h2\'s output, never asking o1',
    ),
    bug(
        'neuron_tiny_returns_hidden_total', 'neuron',
        [(TINY_RETURN, "        return sum(hidden)")],
        fails=['tiny_network'],
        hint='Your output is h1 + h2, the hidden outputs added up',
        about='TinyNetwork.feedforward adds the hidden outputs up instead of passing them to o1',
    ),
    bug(
        'neuron_tiny_returns_hidden_sums', 'neuron',
        [("        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]\n" + TINY_RETURN,
          "        return [float(np.dot(n.weights, x) + n.bias) for n in (self.h1, self.h2)]")],
        fails=['tiny_network'],
        hint="You return the hidden neurons' weighted sums",
        about='TinyNetwork.feedforward returns h1\'s and h2\'s weighted sums, before the sigmoid',
    ),
]
