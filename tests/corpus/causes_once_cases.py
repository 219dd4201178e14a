"""Corpus cases where one mistake explains the checks after it: the cause is named where it is first
met, and the later checks point there (``grading/follow_ons.pointed_to_first_error``, the parts hints)
instead of guessing at a mistake of their own. With their exact expected outcomes (``mutations.py``).
"""

from corpus.mutations import bug

M_A1 = "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
M_A2 = "        return _sigmoid(A1 @ self.W2 + self.b2)\n        ### END SOLUTION"
M_PREDICT = "        return (self.forward(X) >= 0.5).astype(int)"
M_Y = "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n\n        dZ2"
FORWARD_RAISED = "the same ValueError the check forward above met: fix forward first"

CASES = [
    bug(
        'mlp_forward_bias_as_column', 'mlp',
        [(M_A1, "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1.reshape(-1, 1))\n")],
        fails=['forward', 'loss', 'fit_trajectory', 'learns_xor', 'fit_is_vectorised', 'predict_threshold',
               'callers_data_left_alone'],
        hint='A .T (or a reshape to (-1, 1)) turned it into a column',
        also={name: FORWARD_RAISED for name in ('loss', 'fit_trajectory', 'learns_xor', 'predict_threshold',
                                                'callers_data_left_alone')},
        crashes=True,
        about="forward adds b1 reshaped to a column: every later check that runs forward raises the same error",
    ),
    bug(
        'bp_sgd_step_three_decimals', 'backprop',
        [("        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES",
          "        name: float(np.round(params[name] - learn_rate * grads[name], 3)) for name in PARAM_NAMES")],
        fails=['sgd_step', 'train_trajectory'],
        hint='rounded to 3 decimals',
        also={'train_trajectory': 'fix sgd_step first'},
        about="sgd_step rounds each new parameter to 3 decimals: train's trajectory points to sgd_step, not to an order",
    ),
    bug(
        'loss_mse_over_count_of_ones', 'loss',
        [("    return float(np.mean((y_true - y_pred) ** 2))",
          "    return float(np.sum((y_true - y_pred) ** 2) / np.count_nonzero(y_true))")],
        fails=['mse_values', 'mse_column_against_flat'],
        hint='2 times the right one',
        also={'mse_column_against_flat': 'wrong here even with both inputs flat'},
        about="mse_loss divides by the number of ones in y_true: the shape check says the formula is the cause",
    ),
    bug(
        'perceptron_fit_if_on_all_samples', 'perceptron',
        [("                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0",
          "                prediction = 1 if np.dot(X, self.weights) + self.bias >= 0 else 0")],
        fails=['fit_returns_self', 'weights_after_fit', 'predict_uses_step_at_zero', 'learns_gate[AND]',
               'learns_gate[OR]', 'fit_leaves_data_alone', 'attribute_types', 'fit_accepts_lists',
               'fit_starts_afresh', 'defaults_as_the_spec'],
        hint='fit asked an if',
        also={'predict_uses_step_at_zero': 'comes from inside your fit', 'learns_gate[AND]': 'fix fit first'},
        crashes=True,
        about="fit's prediction sums every sample at once: the predict checks point to fit, not to predict",
    ),
    bug(
        'mlp_forward_samples_as_columns', 'mlp',
        [(M_A2, "        return np.transpose(_sigmoid(A1 @ self.W2 + self.b2))\n        ### END SOLUTION")],
        fails=['forward', 'loss', 'learns_xor', 'predict_threshold'],
        hint='Your result is transposed',
        also={'loss': 'fix forward first', 'learns_xor': 'Fix forward first', 'predict_threshold': 'Fix forward first'},
        about="forward returns A2 transposed: loss and predict point to forward, not to y's layout or a flattening",
    ),
    bug(
        'mlp_predict_transposed', 'mlp',
        [(M_PREDICT, "        return np.transpose(self.forward(X) >= 0.5).astype(int)")],
        fails=['learns_xor', 'predict_threshold'],
        hint='without a transpose',
        also={'predict_threshold': 'without a transpose'},
        about="predict transposes forward's outputs: told so, not told of a flattening",
    ),
    bug(
        'mlp_backward_targets_expanded', 'mlp',
        [(M_Y, "        Y = np.expand_dims(np.asarray(y, dtype=float), 1)\n\n        dZ2")],
        fails=['fresh_network', 'backward_gradient_check', 'fit_trajectory', 'learns_xor', 'fit_is_vectorised',
               'backward_takes_any_y'],
        hint='built on your backward',
        crashes=True,
        about="backward adds an axis to an (m, 1) y: the speed check says fit raises, not that it loops (which of "
              "its two hints says so depends on whether fit is stopped for its time first, so neither is pinned)",
    ),
]
