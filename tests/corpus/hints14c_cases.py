"""Corpus cases for inputs the checks of loss, backprop and mlp did not try before (helper hints14c), each
with its exact expected outcome (``mutations.py``): integer arrays given to the loss's gradient (whose
result must still be float), data and targets given as Python lists to train and to the MLP's forward,
loss and predict (their docstrings say array-like), y flat for an MLP of two outputs, targets that are not
labels in the MLP's backward,
the caller's gradients left alone by the MLP's step, and a second learning rate wherever one rate alone
let a wrong step pass (0.5 is also 1 - lr and a fixed half; 0.25 is also a fixed quarter), in the step
checks and in the parts a wrong training is traced back to), the factor of a wrong sgd_step read at both
rates, and a wrong part of train named before a mistake of train's own that its values happen to match."""

from corpus.mutations import alternative, bug

L_GCONV = "    y_pred = np.asarray(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"
B_SGD = "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES"
B_LOOP = "    for _ in range(epochs):\n        for x, y_true in zip(data, all_y_trues):"
B_LOSS = "        losses.append(float(sum(errors) / len(errors)))"
M_STEP = "            param -= self.lr * grads[name]"
M_LOSS_Y = "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n        return float("
M_BACK_Y = "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n\n"
M_FORWARD = "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)"
M_PREDICT = "        return (self.forward(X) >= 0.5).astype(int)"
STEP_FOLLOW_ONS = ["step", "learns_xor", "fit_is_vectorised"]

CASES = [
    bug(
        "loss_grad_result_made_like_int_input", "loss",
        [(L_GCONV, "    y_pred = np.asarray(y_pred)\n    y_true = np.asarray(y_true)"),
         (L_GRAD, "    grad = np.zeros_like(y_pred)\n    grad[...] = 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
                  "    return grad")],
        fails=["mse_gradient"],
        hint="came back as an integer array",
        about="mse_loss_gradient fills np.zeros_like(y_pred), whose dtype is int for integer inputs",
    ),
    bug(
        "loss_grad_cast_to_input_dtype", "loss",
        [("def mse_loss_gradient(y_true, y_pred):", "def mse_loss_gradient(y_true, y_pred):\n    given = np.asarray(y_pred)"),
         (L_GRAD, "    return (2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size).astype(given.dtype)")],
        fails=["mse_gradient"],
        hint="fractions were cut off",
        about="mse_loss_gradient casts its result back to the dtype y_pred came with",
    ),
    bug(
        "bp_train_reads_data_shape", "backprop",
        [(B_LOOP, "    for _ in range(epochs):\n        for i in range(data.shape[0]):\n"
                  "            x, y_true = data[i], all_y_trues[i]")],
        fails=["train_uses_its_data"],
        hint="given as Python lists",
        about="train counts the samples with data.shape[0], which a list of samples does not have",
    ),
    bug(
        "bp_train_loss_over_labels_size", "backprop",
        [(B_LOSS, "        losses.append(float(sum(errors) / all_y_trues.size))")],
        fails=["train_uses_its_data"],
        hint="given as Python lists",
        about="train divides the epoch's squared errors by all_y_trues.size, which a list does not have",
    ),
    bug(
        "bp_sgd_fixed_quarter", "backprop",
        [(B_SGD, B_SGD.replace("learn_rate * grads[name]", "grads[name] / 4"))],
        fails=["sgd_step", "train_trajectory", "train_uses_learn_rate"],
        hint="a fixed number in place of learn_rate",
        also={"train_trajectory": "fix sgd_step first"},
        about="sgd_step divides the gradients by 4, which is learn_rate only at the check's first rate, 0.25",
    ),
    bug(
        "bp_sgd_root_of_rate", "backprop",
        [(B_SGD, B_SGD.replace("learn_rate * grads[name]", "learn_rate ** 0.5 * grads[name] / 2"))],
        fails=["sgd_step", "train_trajectory"],
        hint="agrees with learn_rate at 0.25 only (such as a power of learn_rate",
        also={"train_trajectory": "fix sgd_step first"},
        about="sgd_step scales the gradients by the square root of learn_rate over 2, learn_rate itself at 0.25",
    ),
    bug(
        "bp_sgd_twice_rate_squared", "backprop",
        [(B_SGD, B_SGD.replace("learn_rate * grads[name]", "2 * learn_rate ** 2 * grads[name]"))],
        fails=["sgd_step", "train_trajectory"],
        hint=None,
        also={"train_trajectory": "fix sgd_step first"},
        about="sgd_step scales by 2 * learn_rate ** 2, learn_rate itself at 0.5, the rate the parts of train were asked at",
    ),
    bug(
        "bp_sgd_rate_squared", "backprop",
        [(B_SGD, B_SGD.replace("learn_rate * grads[name]", "learn_rate ** 2 * grads[name]"))],
        fails=["sgd_step", "train_trajectory"],
        hint="at both rates that is learn_rate squared",
        also={"train_trajectory": "fix sgd_step first"},
        about="sgd_step squares the learning rate",
    ),
    bug(
        "bp_sgd_rate_quartered", "backprop",
        [(B_SGD, B_SGD.replace("learn_rate * grads[name]", "learn_rate / 4 * grads[name]"))],
        fails=["sgd_step", "train_trajectory"],
        hint="0.25 times learn_rate",
        also={"train_trajectory": "fix sgd_step first"},
        about="sgd_step divides the learning rate by 4, the number of samples of the lesson's data: train's check "
              "read that as a rate divided by the samples, where sgd_step was to blame",
    ),
    bug(
        "mlp_step_scales_callers_grads", "mlp",
        [(M_STEP, "            grads[name] *= self.lr\n            param -= grads[name]")],
        fails=["step"],
        hint="changed the grads dict it was given",
        about="step multiplies the caller's gradient arrays by lr in place before subtracting them",
    ),
    bug(
        "mlp_step_one_minus_rate", "mlp",
        [(M_STEP, "            param -= (1 - self.lr) * grads[name]")],
        fails=STEP_FOLLOW_ONS,
        hint="That is 1 - lr at both rates",
        also={"learns_xor": "fix step first"},
        about="step moves by (1 - lr) times the gradient, which is lr itself at 0.5",
    ),
    bug(
        "mlp_step_halves_gradient", "mlp",
        [(M_STEP, "            param -= grads[name] / 2")],
        fails=STEP_FOLLOW_ONS,
        hint="whatever the rate",
        also={"learns_xor": "fix step first"},
        about="step subtracts half the gradient, never reading lr: right only for lr=0.5",
    ),
    bug(
        "mlp_backward_targets_cast_to_int", "mlp",
        [(M_BACK_Y, "        Y = np.asarray(y).reshape(A2.shape).astype(int)\n\n")],
        fails=["backward_gradient_check"],
        hint="targets that are not labels",
        about="backward casts the targets to int, which changes nothing for labels 0 and 1",
    ),
    bug(
        "mlp_loss_reshapes_y_as_array", "mlp",
        [(M_LOSS_Y, "        Y = y.reshape(A2.shape)\n        return float(")],
        fails=["backward_takes_any_y"],
        hint="given as Python lists",
        about="loss calls y.reshape, which a list of targets does not have",
    ),
    bug(
        "mlp_forward_dot_method", "mlp",
        [(M_FORWARD, "        A1 = _sigmoid(X.dot(self.W1) + self.b1)")],
        fails=["backward_takes_any_y"],
        hint="Your forward fails on",
        about="forward calls X.dot, which a list of samples does not have",
    ),
    bug(
        "mlp_predict_reshapes_X", "mlp",
        [(M_PREDICT, "        return (self.forward(X.reshape(len(X), -1)) >= 0.5).astype(int)")],
        fails=["backward_takes_any_y"],
        hint="Your predict fails on",
        about="predict reshapes X with X.reshape, which a list of samples does not have",
    ),
    bug(
        "mlp_backward_flat_y_made_column", "mlp",
        [(M_BACK_Y, "        Y = np.asarray(y, dtype=float)\n        if Y.ndim == 1:\n            Y = Y.reshape(-1, 1)\n\n")],
        fails=["backward_takes_any_y"],
        hint="y given flat, shape (m * output_size,), on a network with 2 outputs",
        about="backward makes a flat y one column, which is Y only for one output",
    ),
    bug(
        "mlp_loss_y_rows_by_its_length", "mlp",
        [(M_LOSS_Y, "        Y = np.asarray(y, dtype=float).reshape(len(y), -1)\n        return float(")],
        fails=["backward_takes_any_y"],
        hint="Your loss fails on (or answers differently for) y given flat",
        about="loss reshapes y to len(y) rows, which is m only when y has one row per sample",
    ),
    alternative(
        "mlp_backward_y_rows_of_X", "mlp",
        [(M_BACK_Y, "        Y = np.reshape(y, (len(X), -1)).astype(float)\n\n")],
        about="backward reshapes y to one row per sample of X",
    ),
    alternative(
        "loss_grad_float_buffer", "loss",
        [(L_GRAD, "    grad = np.zeros_like(y_pred, dtype=float)\n"
                  "    grad[...] = 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n    return grad")],
        about="mse_loss_gradient fills a float buffer made like y_pred",
    ),
    alternative(
        "mlp_step_copies_before_scaling", "mlp",
        [(M_STEP, "            scaled = np.array(grads[name], dtype=float)\n            scaled *= self.lr\n            param -= scaled")],
        about="step scales a copy of each gradient in place, leaving the caller's alone",
    ),
    alternative(
        "bp_train_converts_data", "backprop",
        [(B_LOOP, "    data, all_y_trues = np.asarray(data, dtype=float), np.asarray(all_y_trues, dtype=float)\n"
                  "    for _ in range(epochs):\n        for i in range(data.shape[0]):\n"
                  "            x, y_true = data[i], all_y_trues[i]")],
        about="train turns data and labels into arrays and walks them by index",
    ),
]
