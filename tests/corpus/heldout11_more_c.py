"""Corpus cases for the loss, backprop and mlp classes the eleventh held-out corpus showed after its
blind run: sgd_step's new values NumPy numbers where the module promises Python floats (no check tried
it), a train whose learn_rate and epochs are not in the spec's positional order (no check tried it), a
train that stops before its epochs are done (told its default was wrong), two slips of feedforward that
give the same o1 (told nothing), data or X cut to whole numbers, a weight's partial built from another
value of the network than its own input, a step's formula read at two learning rates, a gradient divided
by another count than N, a loss that loses elements of a wide 2-D input, a mean rounded down, a dict
looped over for its keys, a fit that hands step something else than backward's gradients, and y
reshaped to the hidden width. Our own spellings, with their exact expected outcomes (``mutations.py``).
"""

from corpus.mutations import bug

B_SGD = "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
B_APPEND = "        losses.append(float(sum(errors) / len(errors)))\n"

CASES = [
    bug(
        "bp_sgd_step_numpy_scalars", "backprop",
        [(B_SGD, "        name: np.float64(params[name]) - learn_rate * grads[name] for name in PARAM_NAMES\n")],
        fails=["sgd_step_gives_python_floats"],
        hint="not Python floats",
        about="sgd_step makes each new value a np.float64 (arithmetic on a NumPy number), not a Python float",
    ),
    bug(
        "bp_train_returns_when_small", "backprop",
        [(B_APPEND, B_APPEND + "        if losses[-1] < 0.02:\n            return params, losses\n")],
        fails=["train_defaults"],
        hint="stops before its epochs are done",
        about="train returns from inside the epoch loop once the loss is below 0.02",
    ),
    bug(
        "bp_train_keyword_only_rate", "backprop",
        [("def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000):",
          "def train(data, all_y_trues, params, *, learn_rate=0.1, epochs=1000):")],
        fails=["train_defaults"],
        hint="by position in the spec's order",
        about="train takes learn_rate and epochs by keyword only, so the spec's positional call fails",
    ),
    bug(
        "bp_feedforward_h2_weighted_twice", "backprop",
        [('    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])\n    return float(o1)',
          '    o1 = _sigmoid(p["w5"] * h2 + p["w6"] * h2 + p["b3"])\n    return float(o1)')],
        fails=["feedforward", "train_trajectory"],
        hint="Two slips give exactly your numbers",
        about="feedforward's o1 weighs h2 twice (w5 * h2), the same o1 as h1 computed with h2's line",
    ),
]

B_TRAIN_HEAD = "    params = dict(params)\n    losses = []\n"
CASES += [
    bug(
        "bp_train_data_rounded_by_int", "backprop",
        [(B_TRAIN_HEAD, "    data = [[int(v) for v in row] for row in data]\n" + B_TRAIN_HEAD)],
        fails=["train_uses_its_data"],
        hint="made whole numbers",
        about="train turns every feature into an int before training, cutting the fractions off",
    ),
]

L_G_RETURN = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"
CASES += [
    bug(
        "loss_grad_over_sum_of_axes", "loss",
        [(L_G_RETURN, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / sum(np.shape(y_pred))")],
        fails=["mse_gradient", "numbers_are_one_element"],
        hint="the sum of y_pred's axis lengths",
        about="mse_loss_gradient divides by the sum of the axis lengths where their product belongs",
    ),
    bug(
        "loss_grad_over_wrong_predictions", "loss",
        [(L_G_RETURN, "    d = y_pred - y_true.reshape(y_pred.shape)\n    return 2.0 * d / np.sum(d != 0)")],
        fails=["mse_gradient"],
        hint="the number of differences that are not zero",
        about="mse_loss_gradient divides by how many predictions are wrong, not by N",
    ),
    bug(
        "loss_mse_last_column", "loss",
        [("    y_pred = np.asarray(y_pred, dtype=float).ravel()",
          "    y_pred = np.asarray(y_pred, dtype=float)\n    y_pred = y_pred[:, -1] if y_pred.ndim == 2 else y_pred")],
        fails=["mse_values"],
        hint="its size check saw fewer elements than the inputs hold",
        about="mse_loss keeps only the last column of a 2-D y_pred, so wide inputs are rejected",
    ),
    bug(
        "loss_mse_floor_of_mean", "loss",
        [("    return float(np.mean((y_true - y_pred) ** 2))", "    return float(np.floor(np.mean((y_true - y_pred) ** 2)))")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="rounded down to a whole number",
        about="mse_loss rounds the mean down with np.floor",
    ),
]

M_STEP = "            param -= self.lr * grads[name]"
CASES += [
    bug(
        "mlp_step_scales_in_place", "mlp",
        [(M_STEP, "            param[...] = param * (self.lr * grads[name])")],
        fails=["step", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="the parameter minus the learning rate times its gradient",
        about="step writes param * (lr * grad) into each parameter instead of subtracting lr * grad",
    ),
    bug(
        "mlp_step_gradients_from_keys", "mlp",
        [("        for name in PARAM_NAMES:\n            param = getattr(self, name)\n" + M_STEP,
          "        for grad, name in zip(grads, PARAM_NAMES):\n            param = getattr(self, name)\n"
          "            param -= self.lr * grad")],
        fails=["step", "fresh_network", "fit_trajectory", "learns_xor", "fit_is_vectorised", "spec_defaults"],
        hint="gives its keys", crashes=True,
        about="step zips the grads dict (its keys) with the names and multiplies the rate by a key",
    ),
    bug(
        "mlp_fit_steps_with_the_method", "mlp",
        [("            self.step(self.backward(X, y))", "            self.step(self.backward)")],
        fails=["fresh_network", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="the mistake is in how fit calls them", crashes=True,
        about="fit hands step the backward method itself, never called",
    ),
    bug(
        "mlp_forward_X_astype_int", "mlp",
        [("        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)",
          "        A1 = _sigmoid(np.asarray(X).astype(int) @ self.W1 + self.b1)")],
        fails=["forward", "loss", "fit_trajectory", "fit_is_vectorised"],
        hint="cut to whole numbers",
        about="forward turns X into integers with astype(int)",
    ),
    bug(
        "mlp_backward_Y_width_of_b1", "mlp",
        [("        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n\n        dZ2",
          "        Y = np.asarray(y, dtype=float).reshape(-1, self.b1.shape[1])\n\n        dZ2")],
        fails=["backward_gradient_check", "fresh_network", "fit_trajectory", "learns_xor", "fit_is_vectorised",
               "backward_takes_any_y"],
        hint="the hidden width hidden_size", crashes=True,
        about="backward reshapes y to b1's width, the hidden layer's, instead of A2's shape",
    ),
]

CASES += [
    bug(
        "bp_w6_times_second_input", "backprop",
        [('        "w6": d_L_d_o1 * h2 * d_o1,', '        "w6": d_L_d_o1 * x[1] * d_o1,')],
        fails=["backprop_gradients", "train_trajectory"],
        hint="dL/dw6 is built from h2, not x[1]",
        about="backprop's dL/dw6 multiplies by the input x[1] where h2, the hidden output w6 weighs, belongs",
    ),
]

CASES += [
    bug(
        "bp_sgd_plus_for_times", "backprop",
        [(B_SGD, "        name: float(params[name] - learn_rate + grads[name]) for name in PARAM_NAMES\n")],
        fails=["sgd_step", "train_trajectory", "training_separates_emily_and_frank"],
        hint="the learning rate times its gradient",
        about="sgd_step writes params[name] - learn_rate + grads[name], a + typed for the *",
    ),
]

CASES += [
    bug(
        "loss_mse_size_check_subtracts", "loss",
        [("    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss: y_true has",
          "    if y_true.size - y_pred.size == 0:\n        raise ValueError(\n            f\"mse_loss: y_true has")],
        fails=["mse_values", "mse_column_against_flat", "mse_rejects_different_sizes"],
        hint="your size check fires when the counts are equal",
        about="mse_loss raises when the sizes' difference is zero, the size check turned around",
    ),
    bug(
        "mlp_loss_over_m_times_width", "mlp",
        [("        return float(np.mean((A2 - Y) ** 2))",
          "        return float(np.sum((A2 - Y) ** 2) / A2.shape[0] * A2.shape[1])")],
        fails=["loss"],
        hint="was written without parentheses",
        about="loss divides the sum of squares by m and then multiplies by output_size",
    ),
]

CASES += [
    bug(
        "loss_mse_transposes_true", "loss",
        [("    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()",
          "    y_true = np.asarray(y_true, dtype=float).T\n    y_pred = np.asarray(y_pred, dtype=float)")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="one input was turned",
        about="mse_loss transposes y_true instead of flattening both, so two (n, 1) columns meet as a table",
    ),
]
