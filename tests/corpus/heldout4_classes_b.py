"""Corpus cases for the classes of mistake the fourth held-out corpus found in loss, backprop and mlp.

``tests/heldout4/`` (written blind) showed mistakes that no check could see (one value against
four broadcast silently, empty inputs, the spec's defaults, a forward that overflows, a caller's
array reshaped in place) and others whose values or errors no hint read (the variance for the
MSE, a list for an array, a shape compared where the size is meant, a hidden neuron's line copied
from the other's, backprop's own forward pass slipping, sgd_step without learn_rate or moving the
weights only, a train that takes stale gradients, skips the last sample, changes its learning
rate or returns its pair swapped, an MLP that adds the other layer's bias, keeps a fixed lr, or
predicts booleans or argmax). Each case here is another spelling of one of those classes,
written for this file, with its exact expected outcome; same helpers and rules as
``mutations.py``.
"""

from corpus.mutations import bug

FF_LINES = ('    h1 = _sigmoid(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])\n'
            '    h2 = _sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])\n'
            '    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])\n    return float(o1)')
BP_LINES = ('    h2 = _sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])\n'
            '    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])\n\n    d_L_d_o1')
SGD = "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES"
SAMPLE_LOOP = ("        for x, y_true in zip(data, all_y_trues):\n"
               "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n")
LOSS_APPEND = "        losses.append(float(sum(errors) / len(errors)))\n"
PREDICT = "        return (self.forward(X) >= 0.5).astype(int)"
STABLE = "    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0, e) / (1.0 + e)"

CASES = [
    bug(
        'loss_mse_size_check_one_way', 'loss',
        [('    if y_true.size != y_pred.size:\n        raise ValueError(\n            f"mse_loss:',
          '    if y_true.size < y_pred.size:\n        raise ValueError(\n            f"mse_loss:')],
        fails=['mse_rejects_different_sizes'],
        hint='NumPy broadcasts one value against four without a word',
        about='mse_loss raises only when y_pred is the longer, so one prediction against four targets broadcasts',
    ),
    bug(
        'loss_gradient_empty_gives_empty', 'loss',
        [('    if y_pred.size == 0:\n        raise ValueError("mse_loss_gradient: the inputs are empty")\n', '')],
        fails=['mse_rejects_different_sizes'],
        hint='the mean of no elements is undefined',
        about='mse_loss_gradient drops its empty-input check and returns an empty array',
    ),
    bug(
        'loss_mse_deviations_from_mean', 'loss',
        [('    return float(np.mean((y_true - y_pred) ** 2))',
          '    diff = y_true - y_pred\n    return float(np.mean((diff - diff.mean()) ** 2))')],
        fails=['mse_values', 'mse_column_against_flat'],
        hint='it subtracts the mean of the differences before squaring them',
        about='mse_loss averages the squared deviations of the differences from their mean: their variance',
    ),
    bug(
        'loss_gradient_list_of_floats', 'loss',
        [('    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size',
          '    return [float(g) for g in 2.0 * (y_pred.ravel() - y_true.ravel()) / y_pred.size]')],
        fails=['mse_gradient'],
        hint='Your gradient is a Python list',
        about='mse_loss_gradient builds a list of floats from the flat gradient',
    ),
    bug(
        'loss_mse_same_shape_required', 'loss',
        [('    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()\n',
          '    if np.shape(y_true) != np.shape(y_pred):\n        raise ValueError("mse_loss: the shapes differ")\n'
          '    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()\n')],
        fails=['mse_column_against_flat'],
        hint='the rule is about the number of elements, not the shape',
        about='mse_loss insists on equal shapes, so (n,) against (n, 1) raises',
    ),
    bug(
        'bp_feedforward_h1_copies_h2', 'backprop',
        [(FF_LINES, FF_LINES.replace('p["w1"] * x[0] + p["w2"] * x[1]', 'p["w3"] * x[0] + p["w4"] * x[1]'))],
        fails=['feedforward', 'train_trajectory'],
        hint="computes h1 with h2's weights w3 and w4",
        about="feedforward's h1 line reads w3 and w4, copied from the h2 line",
    ),
    bug(
        'bp_backprop_forward_w4_for_w3', 'backprop',
        [(BP_LINES, BP_LINES.replace('p["w3"] * x[0]', 'p["w4"] * x[0]'))],
        fails=['backprop_gradients', 'train_trajectory'],
        hint="backprop's own forward pass differs from feedforward's",
        about="backprop's forward pass reads w4 where w3 belongs in h2 (feedforward is right)",
    ),
    bug(
        'bp_sgd_biases_only', 'backprop',
        [(SGD, '        name: float(params[name] - learn_rate * grads[name]) if name.startswith("b") else params[name]\n'
               '        for name in PARAM_NAMES')],
        fails=['sgd_step', 'train_trajectory', 'training_separates_emily_and_frank'],
        hint='Only the biases moved',
        about='sgd_step moves the biases and copies the weights unchanged',
    ),
    bug(
        'bp_sgd_gradient_times_one', 'backprop',
        [(SGD, "        name: params[name] - 1.0 * grads[name] for name in PARAM_NAMES")],
        fails=['sgd_step', 'train_trajectory', 'train_uses_learn_rate'],
        hint='Your step subtracts the whole gradient',
        about='sgd_step subtracts the gradient with a rate of 1 written in',
    ),
    bug(
        'bp_train_gradients_at_epoch_start', 'backprop',
        [(SAMPLE_LOOP, "        start = dict(params)\n" + SAMPLE_LOOP.replace("backprop(params,", "backprop(start,"))],
        fails=['train_trajectory'],
        hint="every sample's gradient is taken at the parameters the epoch started with",
        about="train takes each sample's backprop at the parameters the epoch started from",
    ),
    bug(
        'bp_train_slices_off_last', 'backprop',
        [(SAMPLE_LOOP, SAMPLE_LOOP.replace("zip(data, all_y_trues)", "zip(data[:-1], all_y_trues[:-1])"))],
        fails=['train_trajectory'],
        hint='the last sample is never visited',
        about='train visits data[:-1], leaving out the last sample',
    ),
    bug(
        'bp_train_halves_learn_rate', 'backprop',
        [(LOSS_APPEND, LOSS_APPEND + "        learn_rate = learn_rate / 2\n")],
        fails=['train_trajectory'],
        hint='The learning rate stays the same learn_rate in every epoch',
        about='train halves learn_rate after each epoch',
    ),
    bug(
        'bp_train_returns_list_swapped', 'backprop',
        [("    return params, losses", "    return [losses, params]")],
        fails=['train_trajectory', 'training_separates_emily_and_frank'],
        hint='train returns the pair the other way round',
        about='train returns the list [losses, params]',
    ),
    bug(
        'bp_train_default_epochs', 'backprop',
        [("def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000):",
          "def train(data, all_y_trues, params, learn_rate=0.1, epochs=100):")],
        fails=['train_defaults'],
        hint='The spec gives train the default epochs=1000',
        about="train's epochs default to 100",
    ),
    bug(
        'mlp_forward_output_uses_b1', 'mlp',
        [("        return _sigmoid(A1 @ self.W2 + self.b2)", "        return _sigmoid(A1 @ self.W2 + self.b1)")],
        fails=['forward', 'loss', 'fit_trajectory', 'learns_xor', 'fit_is_vectorised', 'predict_threshold', 'fresh_network'],
        hint="Your output layer adds b1, the other layer's bias",
        about='forward adds b1 in the output layer',
        crashes=True,
    ),
    bug(
        'mlp_init_lr_written_in', 'mlp',
        [("        self.lr = lr\n", "        self.lr = 0.01\n")],
        fails=['step', 'fit_trajectory', 'learns_xor', 'fit_is_vectorised'],
        hint='the constructor ignores its lr argument',
        about='__init__ keeps a learning rate of 0.01 whatever it is given',
    ),
    bug(
        'mlp_default_lr_one', 'mlp',
        [("def __init__(self, input_size, hidden_size, output_size, lr=0.1, seed=None):",
          "def __init__(self, input_size, hidden_size, output_size, lr=1.0, seed=None):")],
        fails=['spec_defaults'],
        hint="The spec gives the constructor's lr the default 0.1",
        about="MLP's lr defaults to 1.0",
    ),
    bug(
        'mlp_fit_default_ten_epochs', 'mlp',
        [("    def fit(self, X, y, epochs=1000):", "    def fit(self, X, y, epochs=10):")],
        fails=['spec_defaults'],
        hint="The spec gives fit's epochs the default 1000",
        about="fit's epochs default to 10",
    ),
    bug(
        'mlp_predict_greater_equal', 'mlp',
        [(PREDICT, "        return np.greater_equal(self.forward(X), 0.5)")],
        fails=['learns_xor'],
        hint="predict returns the comparison's booleans",
        about='predict returns np.greater_equal(forward(X), 0.5), booleans',
    ),
    bug(
        'mlp_predict_argmax_last_axis', 'mlp',
        [(PREDICT, "        return self.forward(X).argmax(axis=-1)")],
        fails=['learns_xor', 'predict_threshold'],
        hint='np.argmax over the outputs picks one of several outputs',
        about='predict returns the index of the largest output of each row',
    ),
    bug(
        'mlp_sigmoid_exp_over_one_plus_exp', 'mlp',
        [(STABLE, "    return np.exp(z) / (1.0 + np.exp(z))")],
        fails=['forward_is_stable'],
        hint='Your forward overflowed',
        about="the module's _sigmoid is exp(z) / (1 + exp(z)), which overflows for large positive z",
    ),
    bug(
        'mlp_loss_reshapes_callers_y', 'mlp',
        [("        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n        return float(",
          "        Y = np.asarray(y, dtype=float)\n        Y.shape = A2.shape\n        return float(")],
        fails=['callers_data_left_alone'],
        hint='changed the shape of the caller',
        about="loss reshapes y by assigning Y.shape, which reshapes the caller's float array",
    ),
]
