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
        fails=["mse_values", "numbers_are_one_element"],
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
