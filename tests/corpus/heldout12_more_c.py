"""Corpus cases for the classes of loss, backprop and mlp that the twelfth held-out corpus showed after
its blind run: an empty check that refuses one element too, a loop over the pairs that keeps one square
only (the first or the last), an input cut to whole numbers in the gradient, the mean taken before the
square, a gradient loop that returns in its first pass, a gradient that adds the targets, train recording another reduction of the squared
errors than their mean, a layer that subtracts its bias or takes the sigmoid of its input (the MLP's
layers, backprop's inputs), and an MLP loss that is another short formula of its sums.
Our own spellings, not the corpus's, with their exact expected outcomes (``mutations.py``).
"""

from corpus.mutations import bug

L_MEAN = "    return float(np.mean((y_true - y_pred) ** 2))"
M_FWD = ("        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
         "        return _sigmoid(A1 @ self.W2 + self.b2)")

CASES = [
    bug(
        "loss_grad_refuses_one_pair", "loss",
        [("    if y_pred.size == 0:\n        raise ValueError(\"mse_loss_gradient: the inputs are empty\")",
          "    if y_pred.size < 2:\n        raise ValueError(\"mse_loss_gradient: need two or more values\")")],
        fails=["mse_gradient", "numbers_are_one_element"],
        hint="raised ValueError for inputs of one element each",
        about="mse_loss_gradient's empty check is size < 2, so one pair raises ValueError",
    ),
    bug(
        "loss_mse_loop_breaks_after_first", "loss",
        [(L_MEAN, "    total = 0.0\n    for i in range(y_true.size):\n        total += (y_true[i] - y_pred[i]) ** 2\n"
                  "        break\n    return float(total / y_true.size)")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="only the first element's squared difference",
        about="mse_loss's loop breaks after its first pass, so only the first square is counted",
    ),
    bug(
        "loss_mse_total_replaced_each_pass", "loss",
        [(L_MEAN, "    total = 0.0\n    for a, b in zip(y_true, y_pred):\n        total = (a - b) ** 2\n"
                  "    return total / len(y_true)")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="only the last element's squared difference",
        about="mse_loss sets the total with = in its loop, so only the last square is left",
    ),
    bug(
        "loss_grad_y_pred_made_whole", "loss",
        [("    y_pred = np.asarray(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)\n    if",
          "    y_pred = np.asarray(y_pred, dtype=float).astype(np.int64)\n    y_true = np.asarray(y_true, dtype=float)\n    if")],
        fails=["mse_gradient"],
        hint="on inputs cut to whole numbers",
        about="mse_loss_gradient turns y_pred into int64 before the difference, so fractions are dropped",
    ),
    bug(
        "loss_mse_sums_subtracted_then_squared", "loss",
        [(L_MEAN, "    return float((y_true.sum() - y_pred.sum()) ** 2 / y_true.size ** 2)")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="You average before you square",
        about="mse_loss squares the difference of the two sums over N ** 2: the mean difference squared",
    ),
    bug(
        "bp_train_records_best_sample", "backprop",
        [("        losses.append(float(sum(errors) / len(errors)))", "        losses.append(float(sorted(errors)[0]))")],
        fails=["train_trajectory"],
        hint="the smallest of the samples' squared errors",
        about="train records the smallest squared error of the epoch instead of their mean",
    ),
    bug(
        "mlp_forward_b2_subtracted", "mlp",
        [(M_FWD, "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
                 "        Z2 = A1 @ self.W2\n        Z2 -= self.b2\n        return _sigmoid(Z2)")],
        fails=["forward", "loss", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="Your output layer subtracts its bias",
        about="forward subtracts b2 from the output layer's weighted sum",
    ),
    bug(
        "mlp_forward_output_squashes_hidden_again", "mlp",
        [(M_FWD, "        H = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
                 "        H = _sigmoid(H)\n        return H @ self.W2 + self.b2")],
        fails=["forward", "loss", "fit_trajectory", "fit_is_vectorised", "predict_threshold"],
        hint="Your output layer takes the sigmoid of its input",
        about="forward squashes A1 again before the output weights and leaves the output sum unsquashed",
    ),
    bug(
        "mlp_loss_norm_over_count", "mlp",
        [("        return float(np.mean((A2 - Y) ** 2))", "        return float(np.linalg.norm(A2 - Y) / A2.size)")],
        fails=["loss", "fit_trajectory", "fit_is_vectorised"],
        hint="gives sqrt(S) / N",
        about="loss is the norm of the errors over their count, where the mean of the squares belongs",
    ),
    bug(
        "loss_grad_loop_returns_in_first_pass", "loss",
        [("    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
          "    grad = np.zeros(y_pred.shape)\n    flat_true = y_true.ravel()\n    for i in range(y_pred.size):\n"
          "        grad.flat[i] = 2.0 * (y_pred.flat[i] - flat_true[i]) / y_pred.size\n        return grad")],
        fails=["mse_gradient"],
        hint="Only the first entry of your gradient is filled in",
        about="mse_loss_gradient's loop returns in its first pass, so only the first entry is filled in",
    ),
    bug(
        "bp_feedforward_squashes_inputs", "backprop",
        [('    0.5237\n    """\n    ### BEGIN SOLUTION\n    p = params\n',
          '    0.5237\n    """\n    ### BEGIN SOLUTION\n    p = params\n    x = [_sigmoid(x[0]), _sigmoid(x[1])]\n')],
        fails=["feedforward", "train_trajectory"],
        hint="takes the sigmoid of the inputs x[0] and x[1]",
        about="feedforward squashes the two inputs with the sigmoid before the hidden neurons weigh them",
    ),
    bug(
        "loss_grad_adds_the_targets", "loss",
        [("    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
          "    total = y_pred + y_true.reshape(y_pred.shape)\n    return total * 2.0 / y_pred.size")],
        fails=["mse_gradient"],
        hint="adds y_true to y_pred where it subtracts it",
        about="mse_loss_gradient adds y_true to y_pred where their difference belongs",
    ),
]
