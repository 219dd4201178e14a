"""Corpus cases for the classes of loss, backprop and mlp mistakes the eighth held-out corpus left
unnamed on its graded run: another statistic of the squared errors than their mean, differences
doubled where they are squared, a mean over N + 1, a loss that compares an input with itself, a
gradient divided by N twice, with 0.5 for its 2, or with a sigmoid's slope in it; a learning rate
that divides the gradient (sgd_step, the MLP's step), an output rounded to a label, losses recorded
as the RMSE, y laid out in one column inside backward, and a fit that changes the learning rate; and
a fit that raises on a fresh network because backward is broken (told which part, and how).
Our own spellings, not heldout8's, with their exact expected outcomes (``mutations.py``).
"""

from corpus.mutations import bug

L_MSE = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"

CASES = [
    bug(
        "loss_mse_takes_the_largest_square", "loss",
        [(L_MSE, "    return float(((y_true - y_pred) ** 2).max())")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="the largest squared difference",
        about="mse_loss returns the largest squared difference instead of their mean",
    ),
    bug(
        "loss_mse_fiftieth_percentile", "loss",
        [(L_MSE, "    return float(np.percentile((y_true - y_pred) ** 2, 50))")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="the median of the squared differences",
        about="mse_loss takes the 50th percentile of the squares, their median, instead of their mean",
    ),
    bug(
        "loss_mse_doubles_prediction_minus_target", "loss",
        [(L_MSE, "    return float(np.mean(2 * (y_pred - y_true)))")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="the mean of the differences times 2",
        about="mse_loss doubles each difference, the other way round, where it squares it",
    ),
    bug(
        "loss_mse_counts_one_extra", "loss",
        [(L_MSE, "    return float(((y_true - y_pred) ** 2).sum() / (len(y_true) + 1))")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="by N + 1",
        about="mse_loss divides the sum of the squares by len(y_true) + 1",
    ),
    bug(
        "loss_mse_targets_from_predictions", "loss",
        [("    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()\n"
          "    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss",
          "    y_true = np.asarray(y_pred, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()\n"
          "    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss")],
        fails=["mse_values", "mse_column_against_flat", "mse_rejects_different_sizes"],
        hint="compares an input with itself",
        about="mse_loss builds y_true from y_pred (a copy slip), so the loss is always 0",
    ),
    bug(
        "loss_grad_scaled_by_two_over_n_then_over_n", "loss",
        [(L_GRAD, "    return (2.0 / y_pred.size) * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size")],
        fails=["mse_gradient"],
        hint="divided by N twice",
        about="mse_loss_gradient divides by the number of elements a second time",
    ),
    bug(
        "loss_grad_over_twice_n", "loss",
        [(L_GRAD, "    return (y_pred - y_true.reshape(y_pred.shape)) / (2 * y_pred.size)")],
        fails=["mse_gradient"],
        hint="the factor 0.5 where the derivative of a square has 2",
        about="mse_loss_gradient divides by 2 N, the half-MSE habit, where it multiplies by 2 / N",
    ),
    bug(
        "loss_grad_times_p_minus_p_squared", "loss",
        [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size * (y_pred - y_pred ** 2)")],
        fails=["mse_gradient"],
        hint="y_pred * (1 - y_pred), the slope of a sigmoid",
        about="mse_loss_gradient multiplies by y_pred - y_pred ** 2, a sigmoid's slope, which is not the loss's",
    ),
    bug(
        "bp_sgd_times_inverse_rate", "backprop",
        [("        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES",
          "        name: float(params[name] - grads[name] * (1.0 / learn_rate)) for name in PARAM_NAMES")],
        fails=["sgd_step", "train_trajectory"],
        hint="divides each gradient by learn_rate",
        about="sgd_step multiplies the gradients by 1 / learn_rate",
    ),
    bug(
        "bp_feedforward_returns_decision", "backprop",
        [("    return float(o1)", "    return 1.0 if o1 >= 0.5 else 0.0")],
        fails=["feedforward", "train_trajectory"],
        hint="a 0/1 label where o1 itself belongs",
        about="feedforward returns the decision 1.0 or 0.0 instead of o1",
    ),
    bug(
        "bp_train_records_half_mse", "backprop",
        [("        losses.append(float(sum(errors) / len(errors)))", "        losses.append(float(np.mean(errors)) / 2)")],
        fails=["train_trajectory"],
        hint="half the mean squared error",
        about="train records half of each epoch's MSE",
    ),
    bug(
        "mlp_backward_y_flattened_to_column", "mlp",
        [("        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n\n        dZ2",
          "        Y = np.asarray(y, dtype=float).reshape(-1)[:, np.newaxis]\n\n        dZ2")],
        fails=["backward_gradient_check"],
        hint="Your backward turned one side into one line of all",
        about="backward lays y out as one column of m * output_size targets",
    ),
    bug(
        "mlp_step_over_lr", "mlp",
        [("            param -= self.lr * grads[name]", "            param -= grads[name] / self.lr")],
        fails=["step", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="Your step divides the gradient by lr",
        about="step divides each gradient by the learning rate",
    ),
    bug(
        "mlp_fit_lowers_lr_each_epoch", "mlp",
        [("            self.step(self.backward(X, y))\n", "            self.step(self.backward(X, y))\n            self.lr -= 0.001\n")],
        fails=["fit_trajectory", "fit_is_vectorised"],
        hint="changes self.lr as it trains",
        about="fit lowers self.lr by 0.001 after every step, a schedule the spec does not have",
    ),
    bug(
        "mlp_dW2_as_dZ2_T_times_A1", "mlp",
        [('            "W2": A1.T @ dZ2,', '            "W2": dZ2.T @ A1,')],
        fails=["fresh_network", "backward_gradient_check", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="Your dW2 is the transpose of the right one",
        about="backward computes dZ2.T @ A1 for W2, so fit's step fails on a gradient of the transposed shape",
        crashes=True,
    ),
    bug(
        "mlp_dZ1_through_dot_with_W2", "mlp",
        [("        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)", "        dZ1 = np.dot(dZ2, self.W2) * A1 * (1.0 - A1)")],
        fails=["fresh_network", "backward_gradient_check", "fit_trajectory", "learns_xor", "fit_is_vectorised",
               "backward_takes_any_y"],
        hint="through W2.T",
        about="backward goes back to the hidden layer with np.dot(dZ2, W2), W2 not transposed, so fit raises",
        crashes=True,
    ),
]
