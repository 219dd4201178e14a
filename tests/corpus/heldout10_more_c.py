"""Corpus cases for the classes the tenth held-out corpus showed in loss, backprop and mlp after its blind
run, each in our own spelling (not the blind corpus's edit), with its exact expected outcome
(``mutations.py``): a loss built on the norm of the differences left unsquared; predictions rounded to
labels before the loss; a factor 2 on one term of the gradient's difference; a gradient normalised to
unit length; a gradient made of differences between neighbouring elements; plain numbers refused, or
given a gradient of shape (1,); a feedforward whose weighted sum slips once (an input misread, a + typed as
- or *); dL/do1 taken with o1 rounded to a label; a train at a scaled learn_rate, or calling a helper with
its arguments in the wrong order; an MLP forward that returns a tuple, gradients scaled by lr, a step with a
weight decay, and a loss of rounded outputs."""

from corpus.mutations import bug

L_MEAN = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"
L_CONV = "    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()"

CASES = [
    bug(
        "loss_mse_sqrt_of_sum_over_n", "loss",
        [(L_MEAN, "    return float(np.sqrt(np.sum((y_true - y_pred) ** 2)) / y_true.size)")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="the norm is not squared",
        about="mse_loss divides the square root of the sum of squares (the norm) by N",
    ),
    bug(
        "loss_mse_rint_predictions", "loss",
        [(L_MEAN, "    return float(np.mean((y_true - np.rint(y_pred)) ** 2))")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="rounded",
        about="mse_loss rounds the predictions to labels (np.rint) before comparing them with the targets",
    ),
    bug(
        "loss_grad_two_on_target_only", "loss",
        [(L_GRAD, "    return (y_pred - 2.0 * y_true.reshape(y_pred.shape)) / y_pred.size")],
        fails=["mse_gradient"],
        hint="to one term of the difference only",
        about="mse_loss_gradient puts the factor 2 on y_true alone, without parentheses",
    ),
    bug(
        "loss_grad_unit_direction", "loss",
        [(L_GRAD, "    g = 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
                  "    return g / np.sqrt(np.sum(g * g))")],
        fails=["mse_gradient"],
        hint="Your gradient has length 1",
        about="mse_loss_gradient scales the gradient to length 1",
    ),
    bug(
        "loss_grad_neighbour_differences", "loss",
        [(L_GRAD, "    return np.gradient(2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size, axis=-1)")],
        fails=["mse_gradient"],
        hint="differences between neighbouring elements",
        about="mse_loss_gradient takes np.gradient of the right gradient along the last axis",
    ),
    bug(
        "loss_mse_refuses_numbers", "loss",
        [(L_CONV, "    if np.ndim(y_true) == 0 or np.ndim(y_pred) == 0:\n"
                  "        raise TypeError(\"mse_loss takes arrays\")\n" + L_CONV)],
        fails=["numbers_are_one_element"],
        hint="when given plain numbers",
        about="mse_loss raises TypeError for a plain number, which the docstring lets be one element",
    ),
    bug(
        "loss_grad_number_gets_an_axis", "loss",
        [("    y_pred = np.asarray(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)",
          "    y_pred = np.array(y_pred, dtype=float, ndmin=1)\n    y_true = np.asarray(y_true, dtype=float)")],
        fails=["numbers_are_one_element"],
        hint="for a number y_pred, where y_pred's shape () belongs",
        about="mse_loss_gradient makes a number y_pred a (1,) array (ndmin=1), so its gradient has shape (1,)",
    ),
]

B_H2 = "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
B_O1 = "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
B_FF_END = "    return float(o1)"
B_STEP = "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)"

CASES += [
    bug(
        "bp_feedforward_h2_reads_x0_for_w4", "backprop",
        [(B_H2 + B_O1 + B_FF_END, B_H2.replace("p[\"w4\"] * x[1]", "p[\"w4\"] * x[0]") + B_O1 + B_FF_END)],
        fails=["feedforward", "train_trajectory"],
        hint="in h2's weighted sum, w4 multiplies x[0] where x[1] belongs",
        about="feedforward's h2 multiplies w4 by x[0] (a copy slip), so h2 never sees x[1]",
    ),
    bug(
        "bp_feedforward_b3_subtracted", "backprop",
        [(B_O1 + B_FF_END, B_O1.replace("+ p[\"b3\"]", "- p[\"b3\"]") + B_FF_END)],
        fails=["feedforward", "train_trajectory"],
        hint="the bias b3 is subtracted where it is added",
        about="feedforward subtracts b3 in o1's weighted sum",
    ),
    bug(
        "bp_dL_do1_stepped_output", "backprop",
        [("    d_L_d_o1 = -2.0 * (y_true - o1)", "    d_L_d_o1 = -2.0 * (y_true - float(o1 >= 0.5))")],
        fails=["backprop_gradients", "train_trajectory"],
        hint="o1 rounded to a 0/1 label",
        about="backprop's dL/do1 compares y_true with the stepped output o1 >= 0.5",
    ),
    bug(
        "bp_train_rate_times_samples", "backprop",
        [(B_STEP, B_STEP.replace(", learn_rate)", ", learn_rate * len(all_y_trues))"))],
        fails=["train_trajectory"],
        hint="multiplied by the number of samples",
        about="train steps with learn_rate times the number of samples",
    ),
    bug(
        "bp_train_sgd_step_arguments_misordered", "backprop",
        [(B_STEP, "            params = sgd_step(params, learn_rate, backprop(params, x, y_true))")],
        fails=["train_uses_learn_rate", "train_trajectory", "training_separates_emily_and_frank",
               "train_uses_its_data", "train_defaults"],
        hint="passes sgd_step's arguments in the wrong order",
        about="train calls sgd_step(params, learn_rate, grads), its last two arguments swapped", crashes=True,
    ),
]

M_FORWARD = "        return _sigmoid(A1 @ self.W2 + self.b2)"
M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)"

CASES += [
    bug(
        "mlp_forward_returns_A2_and_A1", "mlp",
        [(M_FORWARD, "        A2 = _sigmoid(A1 @ self.W2 + self.b2)\n        return A2, A1")],
        fails=["fresh_network", "forward", "loss", "fit_trajectory", "learns_xor", "fit_is_vectorised",
               "predict_threshold", "forward_is_stable"],
        hint="it is built on your forward", also={"forward": "item 1 of yours is the right A2"},
        about="forward returns the pair (A2, A1)", crashes=True,
    ),
    bug(
        "mlp_dZ2_times_lr", "mlp",
        [(M_DZ2, M_DZ2 + " * self.lr")],
        fails=["backward_gradient_check", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="the network's learning rate lr: backward folds lr into the gradients",
        about="backward multiplies dZ2 by the learning rate",
    ),
    bug(
        "mlp_step_shrinks_params", "mlp",
        [("            param -= self.lr * grads[name]", "            param -= self.lr * grads[name] + 0.01 * param")],
        fails=["step", "fit_trajectory", "fit_is_vectorised"],
        hint="that is a weight decay",
        about="step also subtracts 0.01 * param, a weight decay",
    ),
    bug(
        "mlp_loss_of_rounded_outputs", "mlp",
        [("        A2 = self.forward(X)\n        Y = np.asarray(y, dtype=float).reshape(A2.shape)",
          "        A2 = np.round(self.forward(X))\n        Y = np.asarray(y, dtype=float).reshape(A2.shape)")],
        fails=["loss", "fit_trajectory", "fit_is_vectorised", "fresh_network"],
        hint="Your loss compares Y with 0/1 labels",
        about="loss rounds the outputs to labels before comparing them with the targets",
    ),
]

CASES += [
    bug(
        "loss_mse_empty_test_on_y_pred_truth", "loss",
        [("    if y_true.size == 0:\n", "    if not y_pred:\n")],
        fails=["mse_values", "mse_column_against_flat", "mse_rejects_different_sizes"],
        hint="an if, while, not, and or or was given an array",
        about="mse_loss tests emptiness with `if not y_pred:`, which NumPy refuses for two or more elements",
    ),
    bug(
        "bp_train_fresh_copy_every_epoch", "backprop",
        [("    params = dict(params)\n    losses = []\n    for _ in range(epochs):\n",
          "    given = params\n    losses = []\n    for _ in range(epochs):\n        params = {k: v for k, v in given.items()}\n")],
        fails=["train_trajectory", "training_separates_emily_and_frank"],
        hint="every epoch starts again from the parameters train was given",
        about="train rebuilds params from the given ones at the start of every epoch",
    ),
    bug(
        "mlp_backward_subtracts_into_A2", "mlp",
        [(M_DZ2, "        np.subtract(A2, Y, out=A2)\n        dZ2 = 2.0 * A2 / A2.size * A2 * (1.0 - A2)")],
        fails=["backward_gradient_check", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="takes the sigmoid's slope from A2 - Y instead of A2",
        about="backward writes A2 - Y into A2 (out=A2) and then takes the slope from the overwritten A2",
    ),
]

B_ERRORS = "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]"

CASES += [
    bug(
        "bp_train_records_root_of_square", "backprop",
        [(B_ERRORS, "        errors = [np.sqrt((y - o) ** 2) for y, o in zip(all_y_trues, predictions)]")],
        fails=["train_trajectory"],
        hint="the mean absolute error",
        about="train records the mean of sqrt((y - o) ** 2), the absolute error, for each epoch",
    ),
    bug(
        "bp_train_records_misclassified", "backprop",
        [(B_ERRORS, "        errors = [float(round(o) != y) for y, o in zip(all_y_trues, predictions)]")],
        fails=["train_trajectory"],
        hint="the error rate",
        about="train records the fraction of samples whose rounded output is not the label",
    ),
]
