"""Corpus cases for the classes of loss, backprop and mlp the thirteenth held-out corpus showed after its
blind run, in our own spellings, with their exact expected outcomes (``mutations.py``): an answer close to
the right one (a finite difference, half precision), a sum of values or a number of bytes where the count of
elements belongs, a gradient that is a table of every pair, np.broadcast_to asked for a reshape, a range
check the MSE does not have, a prediction compared with a mean target.
"""

from corpus.mutations import bug

L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"
L_RET = "    return float(np.mean((y_true - y_pred) ** 2))"

CASES = [
    bug(
        "loss_grad_lines_up_with_broadcast_to", "loss",
        [(L_GRAD, "    y_true = np.broadcast_to(y_true.ravel(), y_pred.shape)\n    return 2.0 * (y_pred - y_true) / y_pred.size")],
        fails=["mse_gradient", "numbers_are_one_element"],
        hint="broadcast_to only repeats an array along axes of length 1",
        about="mse_loss_gradient gives y_true y_pred's shape with np.broadcast_to, which cannot turn (n,) into (n, 1)",
    ),
    bug(
        "loss_grad_over_bytes_of_targets", "loss",
        [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_true.nbytes")],
        fails=["mse_gradient"],
        hint="nbytes, the number of bytes",
        about="mse_loss_gradient divides by y_true.nbytes, the bytes of the targets, where the count belongs",
    ),
    bug(
        "loss_grad_backward_difference", "loss",
        [(L_GRAD,
          "    h = 1e-4\n"
          "    out = np.zeros(y_pred.shape)\n"
          "    for k in range(y_pred.size):\n"
          "        lower = y_pred.copy().ravel()\n"
          "        lower[k] -= h\n"
          "        out.flat[k] = (mse_loss(y_true, y_pred) - mse_loss(y_true, lower)) / h\n"
          "    return out")],
        fails=["mse_gradient"],
        hint="backward finite difference",
        about="mse_loss_gradient estimates each entry by a backward difference of mse_loss with a step of 1e-4",
    ),
    bug(
        "loss_mse_targets_must_be_labels", "loss",
        [(L_RET, "    if y_true.min() < 0 or y_true.max() > 1:\n"
                 "        raise ValueError(\"targets must be labels between 0 and 1\")\n" + L_RET)],
        fails=["mse_values"],
        hint="it rejects values, not sizes",
        about="mse_loss raises ValueError for targets outside [0, 1], which the MSE accepts",
    ),
    bug(
        "loss_grad_targets_raveled", "loss",
        [(L_GRAD, "    return 2.0 * (y_pred - y_true.ravel()) / y_pred.size")],
        fails=["mse_gradient"],
        hint="a table of every pair",
        about="mse_loss_gradient flattens y_true and subtracts it from y_pred as given, so a column broadcasts to (n, n)",
    ),
    bug(
        "loss_mse_squares_in_half_precision", "loss",
        [(L_RET, "    return float(np.mean(((y_true - y_pred) ** 2).astype(np.float16)))")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="float16, half precision",
        about="mse_loss stores the squares as float16 before taking their mean",
    ),
    bug(
        "loss_mse_over_sum_of_predictions", "loss",
        [(L_RET, "    return float(np.sum((y_true - y_pred) ** 2) / np.sum(y_pred))")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="P = the sum of the values of y_pred",
        about="mse_loss divides the sum of squares by the sum of the predictions where their number belongs",
    ),
    bug(
        "loss_grad_mean_prediction", "loss",
        [(L_GRAD, "    return 2.0 * (y_pred.mean() - y_true.reshape(y_pred.shape)) / y_pred.size")],
        fails=["mse_gradient"],
        hint="compares the predictions with a mean",
        about="mse_loss_gradient subtracts every target from the mean prediction",
    ),
]

B_SGD = (
    "    return {\n"
    "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
    "    }"
)
B_STEP = "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)"

CASES += [
    bug(
        "bp_sgd_step_caps_gradients_at_half", "backprop",
        [(B_SGD, "    return {\n"
                 "        name: float(params[name] - learn_rate * max(-0.5, min(0.5, grads[name])))\n"
                 "        for name in PARAM_NAMES\n"
                 "    }")],
        fails=["sgd_step"],
        hint="cuts the gradients off at 0.5",
        about="sgd_step caps every gradient to [-0.5, 0.5] with min and max before stepping",
    ),
    bug(
        "bp_sgd_step_formats_five_decimals", "backprop",
        [(B_SGD, "    return {\n"
                 "        name: float(f\"{params[name] - learn_rate * grads[name]:.5f}\") for name in PARAM_NAMES\n"
                 "    }")],
        fails=["sgd_step", "train_trajectory"],
        hint="rounded to 5 decimals",
        about="sgd_step writes each new parameter with five decimals and reads it back",
    ),
    bug(
        "bp_train_epochs_per_sample_count", "backprop",
        [("    for _ in range(epochs):\n", "    for _ in range(int(epochs / len(data))):\n")],
        fails=["train_trajectory"],
        hint="reads epochs as the number of single-sample updates",
        about="train runs int(epochs / len(data)) passes over the data",
    ),
    bug(
        "bp_train_loss_of_last_row_only", "backprop",
        [("        predictions = [feedforward(params, x) for x in data]",
          "        predictions = [feedforward(params, data[-1]) for x in data]")],
        fails=["train_trajectory"],
        hint="the last sample's o1",
        about="train's epoch loss compares every label with the last sample's prediction",
    ),
    bug(
        "bp_train_losses_kept_on_the_function", "backprop",
        [("    params = dict(params)\n    losses = []\n",
          "    params = dict(params)\n    losses = train.__dict__.setdefault(\"losses\", [])\n")],
        fails=["train_uses_learn_rate", "train_trajectory", "train_uses_its_data", "train_defaults"],
        hint="the losses of earlier calls are still in the list",
        about="train keeps its losses in a list stored on the function, so every call appends to the same list",
    ),
    bug(
        "bp_train_backprop_given_all_data", "backprop",
        [(B_STEP, "            params = sgd_step(params, backprop(params, data, y_true), learn_rate)")],
        fails=["train_uses_learn_rate", "train_trajectory", "training_separates_emily_and_frank",
               "train_uses_its_data", "train_defaults"],
        hint="passes a whole array where one sample's value belongs",
        crashes=True,
        about="train hands backprop the whole data with each sample's label",
    ),
]

M_FIT = "        losses = np.empty(epochs)\n        for epoch in range(epochs):"
M_HIDDEN = "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n        return _sigmoid(A1 @ self.W2 + self.b2)"

CASES += [
    bug(
        "mlp_fit_sized_by_a_fixed_count", "mlp",
        [(M_FIT, "        losses = np.zeros(1000)\n        for epoch in range(losses.size):")],
        fails=["fit_trajectory", "fit_is_vectorised"],
        hint="it ignores its epochs argument",
        about="fit makes room for 1000 losses and runs as many epochs, whatever epochs says",
    ),
    bug(
        "mlp_fit_losses_given_an_axis", "mlp",
        [(M_FIT, "        losses = np.empty(epochs)[:, None]\n        for epoch in range(epochs):")],
        fails=["fit_trajectory", "fit_is_vectorised"],
        hint="Your losses come as a column of shape (40, 1)",
        about="fit stores its losses in a column, np.empty(epochs)[:, None]",
    ),
    bug(
        "mlp_forward_bias_reshaped_to_column", "mlp",
        [(M_HIDDEN, "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1.reshape(-1, 1))\n"
                    "        return _sigmoid(A1 @ self.W2 + self.b2)")],
        fails=["forward", "loss", "fit_trajectory", "learns_xor", "fit_is_vectorised", "predict_threshold",
               "callers_data_left_alone"],
        hint="Your forward added a column of shape (4, 1)",
        crashes=True,
        about="forward adds b1 reshaped to a column (hidden_size, 1)",
    ),
    bug(
        "mlp_forward_hidden_uses_W2", "mlp",
        [(M_HIDDEN, "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W2 + self.b1)\n"
                    "        return _sigmoid(A1 @ self.W2 + self.b2)")],
        fails=["fresh_network", "forward", "loss", "fit_trajectory", "learns_xor", "fit_is_vectorised",
               "predict_threshold", "forward_is_stable", "callers_data_left_alone"],
        hint="built on your forward, which gives wrong answers itself (see the check of forward)",
        also={"forward": "Your hidden layer multiplies by W2 where W1 belongs"},
        crashes=True,
        about="forward's hidden layer multiplies X by W2 (a copy slip)",
    ),
    bug(
        "mlp_loss_difference_of_means_squared", "mlp",
        [("        return float(np.mean((A2 - Y) ** 2))", "        return float((np.mean(A2) - np.mean(Y)) ** 2)")],
        fails=["loss", "fit_trajectory", "fit_is_vectorised"],
        hint="Your loss squares the mean error",
        about="loss squares the difference of the means of A2 and Y",
    ),
    bug(
        "mlp_fit_three_steps_per_epoch", "mlp",
        [("            self.step(self.backward(X, y))",
          "            for _ in range(3):\n                self.step(self.backward(X, y))")],
        fails=["fit_trajectory", "fit_is_vectorised"],
        hint="Your fit takes 3 steps in every epoch",
        about="fit repeats its step three times in each epoch",
    ),
]
