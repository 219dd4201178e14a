"""Corpus cases for classes of mistake the seventh held-out corpus found in loss, backprop and mlp,
each in our own spelling (not heldout7's edit), with its exact expected outcome: a loss that squares
the inputs apart, divides by N twice, or clips the predictions; a gradient of signs; a neuron that
adds its inputs without weights; gradients returned packed with something else; a step that reads
the wrong dict or pairs gradients with the wrong parameters; a classification loss; an element-wise
product where a matrix product belongs; W2's gradient divided by m again; losses kept as integers
or added after slots already made; a predict that does not follow a network that learned. Same
helpers and rules as ``mutations.py``.
"""

from corpus.mutations import bug

L_MSE = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"
M_DZ1 = "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)"
M_STEP = ("        for name in PARAM_NAMES:\n"
          "            param = getattr(self, name)\n"
          "            param -= self.lr * grads[name]")

CASES = [
    bug(
        "loss_mse_products_apart", "loss",
        [(L_MSE, "    return float(np.mean(y_pred * y_pred - y_true * y_true))")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="squared apart",
        about="mse_loss averages y_pred * y_pred - y_true * y_true, each input squared on its own",
    ),
    bug(
        "loss_mse_mean_over_n_again", "loss",
        [(L_MSE, "    return float(np.mean((y_true - y_pred) ** 2) / y_true.size)")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="divided by N once more",
        about="mse_loss divides the mean of the squares by N a second time",
    ),
    bug(
        "loss_mse_predictions_bounded", "loss",
        [(L_MSE, "    y_pred = np.minimum(np.maximum(y_pred, 0.0), 1.0)\n" + L_MSE)],
        fails=["mse_values"],
        hint="clipped into [0, 1]",
        about="mse_loss bounds the predictions to [0, 1] with np.maximum and np.minimum before comparing",
    ),
    bug(
        "loss_grad_signs_by_comparison", "loss",
        [(L_GRAD, "    diff = y_pred - y_true.reshape(y_pred.shape)\n"
                  "    return (2.0 * (diff > 0) - 2.0 * (diff < 0)) / y_pred.size")],
        fails=["mse_gradient"],
        hint="only the sign of each difference",
        about="mse_loss_gradient writes the sign of each difference with two comparisons, the MAE's gradient",
    ),
]

B_FF = ("    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
        "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
        "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
        "    return float(o1)")
B_RETURN = "    return {name: float(grads[name]) for name in PARAM_NAMES}"
B_SGD = "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES"

CASES += [
    bug(
        "bp_feedforward_hidden_sums_inputs", "backprop",
        [(B_FF, B_FF.replace("p[\"w1\"] * x[0] + p[\"w2\"] * x[1]", "x[0] + x[1]")
                    .replace("p[\"w3\"] * x[0] + p[\"w4\"] * x[1]", "x[0] + x[1]"))],
        fails=["feedforward", "train_trajectory"],
        hint="without their weights",
        about="feedforward's hidden neurons add x[0] + x[1] and their bias, the weights w1 to w4 left out",
    ),
    bug(
        "bp_backprop_returns_output_first", "backprop",
        [(B_RETURN, "    return o1, {name: float(grads[name]) for name in PARAM_NAMES}")],
        fails=["backprop_gradients", "train_uses_learn_rate", "train_trajectory",
               "training_separates_emily_and_frank", "train_uses_its_data", "train_defaults"],
        hint="one of them is the dict of gradients",
        about="backprop returns the pair (o1, grads), the output it computed along with the derivatives",
        crashes=True,
    ),
    bug(
        "bp_sgd_step_starts_from_grads", "backprop",
        [(B_SGD, "        name: float(grads[name] - learn_rate * grads[name]) for name in PARAM_NAMES")],
        fails=["sgd_step", "train_trajectory", "training_separates_emily_and_frank"],
        hint="the gradient where the parameter belongs",
        about="sgd_step starts from grads[name] where params[name] belongs",
    ),
]

M_LOSS = "        return float(np.mean((A2 - Y) ** 2))"
M_FIT = "            losses[epoch] = self.loss(X, y)"

CASES += [
    bug(
        "mlp_loss_log_loss_per_sample", "mlp",
        [(M_LOSS, "        return float(-np.mean(np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2), axis=1)))")],
        fails=["loss", "fit_trajectory", "fit_is_vectorised"],
        hint="binary cross-entropy",
        about="loss sums the log loss over the outputs and averages it over the samples",
    ),
    bug(
        "mlp_backward_dZ1_np_multiply", "mlp",
        [(M_DZ1, "        dZ1 = np.multiply(dZ2, self.W2.T) * A1 * (1.0 - A1)")],
        fails=["backward_gradient_check"],
        hint="fit a matrix product",
        about="backward passes dZ2 back with np.multiply(dZ2, W2.T), element-wise, where dZ2 @ W2.T belongs",
    ),
    bug(
        "mlp_backward_dW2_over_len_X", "mlp",
        [("            \"W2\": A1.T @ dZ2,", "            \"W2\": (A1.T @ dZ2) / len(X),")],
        fails=["backward_gradient_check", "fit_trajectory", "fit_is_vectorised"],
        hint="once more",
        about="backward divides W2's gradient by len(X), though dZ2 already holds the mean's division",
    ),
    bug(
        "mlp_step_names_in_another_order", "mlp",
        [(M_STEP, "        for param, name in zip((self.W1, self.W2, self.b1, self.b2), PARAM_NAMES):\n"
                  "            param -= self.lr * grads[name]")],
        fails=["fresh_network", "step", "fit_trajectory", "learns_xor", "fit_is_vectorised", "spec_defaults"],
        hint="pairs the gradients with the wrong parameters",
        about="step zips the parameters listed as W1, W2, b1, b2 with PARAM_NAMES, whose order is W1, b1, W2, b2",
        crashes=True,
    ),
    bug(
        "mlp_fit_losses_from_int_list", "mlp",
        [("        losses = np.empty(epochs)", "        losses = np.array([0] * epochs)")],
        fails=["fit_trajectory", "fit_is_vectorised", "fresh_network"],
        hint="cut to its whole part",
        about="fit makes its losses array from a list of int zeros, so every loss written into it becomes 0",
    ),
    bug(
        "mlp_fit_list_of_slots_appended", "mlp",
        [("        losses = np.empty(epochs)", "        losses = list(np.zeros(epochs))"),
         (M_FIT, "            losses.append(self.loss(X, y))"),
         ("            self.step(self.backward(X, y))\n        return losses",
          "            self.step(self.backward(X, y))\n        return np.array(losses)")],
        fails=["fit_trajectory", "fit_is_vectorised"],
        hint="already had 40 slots",
        about="fit makes a list of epochs zeros and appends each loss to it, returning 2 * epochs values",
    ),
    bug(
        "mlp_predict_rounds_up", "mlp",
        [("        return (self.forward(X) >= 0.5).astype(int)", "        return np.ceil(self.forward(X)).astype(int)")],
        fails=["learns_xor", "predict_threshold"],
        hint="predict is what is wrong",
        about="predict rounds every output up with np.ceil, which makes every sigmoid output class 1",
    ),
]

B_TRAIN_LOOP = (
    "    for _ in range(epochs):\n"
    "        for x, y_true in zip(data, all_y_trues):\n"
    "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
    "        predictions = [feedforward(params, x) for x in data]\n"
    "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
    "        losses.append(float(sum(errors) / len(errors)))\n"
    "    return params, losses"
)

CASES += [
    bug(
        "bp_train_returns_what_it_was_given", "backprop",
        [("    params = dict(params)\n    losses = []\n" + B_TRAIN_LOOP,
          "    current = dict(params)\n    losses = []\n" + B_TRAIN_LOOP.replace("params", "current")
          .replace("return current, losses", "return params, losses"))],
        fails=["train_trajectory", "training_separates_emily_and_frank", "train_uses_its_data"],
        hint="are the ones it was given, unchanged",
        about="train steps a copy named current and returns params, the dict it was given",
    ),
    bug(
        "bp_train_loss_every_fifth_epoch", "backprop",
        [(B_TRAIN_LOOP, B_TRAIN_LOOP.replace("    for _ in range(epochs):", "    for epoch in range(epochs):")
          .replace("        predictions = [feedforward(params, x) for x in data]\n"
                   "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
                   "        losses.append(float(sum(errors) / len(errors)))",
                   "        if (epoch + 1) % 5 == 0:\n"
                   "            predictions = [feedforward(params, x) for x in data]\n"
                   "            errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
                   "            losses.append(float(sum(errors) / len(errors)))"))],
        fails=["train_trajectory"],
        hint="every 5th epoch only",
        about="train records the loss only when (epoch + 1) % 5 == 0",
    ),
    bug(
        "mlp_fit_first_gradients_kept", "mlp",
        [("            self.step(self.backward(X, y))\n        return losses",
          "            if epoch == 0:\n                grads = self.backward(X, y)\n            self.step(grads)\n"
          "        return losses")],
        fails=["fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="every step uses the same gradients",
        about="fit computes backward only in the first epoch and steps with those gradients ever after",
    ),
]
