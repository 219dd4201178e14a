"""Corpus cases for the classes of loss, backprop and mlp the fifteenth held-out corpus showed after its blind run, in our own
spellings, with their exact expected outcomes (``mutations.py``): a gradient that drops to a plain number for one
element, a return with a trailing comma, NumPy's removed alias, the flat iterator used as an array, a parameter the
spec's calls never pass, y_true made a column; a backprop dict with more than the nine partials, a train that
reorders the caller's data; a fit without the spec's default, losses stored one place early, and a
return inside fit's epoch loop, and
two gradients of backward under each other's keys.
"""

from corpus.mutations import alternative, bug

L_RET = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"
L_FLAT = "    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()\n    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss: y_true"
B_RETURN = "    return {name: float(grads[name]) for name in PARAM_NAMES}"
B_LOOP = "    for _ in range(epochs):\n        for x, y_true in zip(data, all_y_trues):"
M_FIT = "            losses[epoch] = self.loss(X, y)\n            self.step(self.backward(X, y))\n        return losses"

CASES = [
    bug(
        "loss_grad_one_element_squeezed", "loss",
        [(L_GRAD, "    grad = 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
                  "    if grad.size == 1:\n        return float(grad[0] if grad.ndim == 1 else grad[0, 0])\n    return grad")],
        fails=["mse_gradient"],
        hint="For a y_pred of one element, shape (1,), your gradient is a single number",
        about="mse_loss_gradient turns a one-element gradient into a float instead of keeping y_pred's shape",
    ),
    bug(
        "loss_mse_returns_pair_by_comma", "loss",
        [(L_RET, "    loss = float(np.mean((y_true - y_pred) ** 2)),\n    return loss")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="A comma after the value makes a tuple",
        about="mse_loss assigns its value with a trailing comma, so it returns a tuple of one",
    ),
    bug(
        "loss_mse_removed_int_alias", "loss",
        [(L_RET, "    return float(np.mean((y_true - y_pred) ** 2, dtype=np.int))")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="np.int was only another name for Python's own int",
        about="mse_loss passes dtype=np.int, an alias NumPy removed",
    ),
    bug(
        "loss_mse_flat_attribute_shape", "loss",
        [(L_FLAT, L_FLAT.replace("    y_true = np.asarray(y_true, dtype=float).ravel()\n",
                                 "    y_true = np.asarray(y_true, dtype=float).flat\n"))],
        fails=["mse_values", "mse_column_against_flat", "mse_rejects_different_sizes"],
        hint="x.flat is an iterator over the elements, not an array",
        about="mse_loss flattens y_true with .flat and then reads its size",
    ),
    bug(
        "loss_grad_count_as_parameter", "loss",
        [("def mse_loss_gradient(y_true, y_pred):", "def mse_loss_gradient(y_true, y_pred, n_samples):"),
         (L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / n_samples")],
        fails=["mse_rejects_different_sizes", "mse_gradient"],
        hint="asks for an extra parameter, 'n_samples',",
        about="mse_loss_gradient wants the element count passed as a third argument",
    ),
    bug(
        "loss_grad_target_as_column", "loss",
        [(L_GRAD, "    return 2.0 * (y_pred - y_true[:, np.newaxis]) / y_pred.size")],
        fails=["mse_gradient"],
        hint="y_true was made a column of shape (4, 1)",
        about="mse_loss_gradient makes y_true a column with np.newaxis, which broadcasts against a flat y_pred",
    ),
    bug(
        "bp_backprop_keeps_prediction", "backprop",
        [(B_RETURN, "    grads = {name: float(grads[name]) for name in PARAM_NAMES}\n"
                    "    grads[\"o1\"] = float(o1)\n    return grads")],
        fails=["backprop_gradients"],
        hint="beside the nine partial derivatives",
        about="backprop adds the prediction o1 to the dict of partials",
    ),
    bug(
        "bp_train_permutes_rows_in_place", "backprop",
        [(B_LOOP, "    rng = np.random.default_rng()\n    for _ in range(epochs):\n        rng.shuffle(data)\n"
                  "        for x, y_true in zip(data, all_y_trues):")],
        fails=["train_uses_learn_rate", "train_trajectory", "train_uses_its_data"],
        hint="Your train changes the caller's data",
        about="train shuffles data in place with a Generator every epoch, leaving the labels in their order",
        chaotic=("training_separates_emily_and_frank", "train_defaults"),
    ),
    bug(
        "mlp_fit_epochs_no_default_keyword", "mlp",
        [("    def fit(self, X, y, epochs=1000):", "    def fit(self, X, y, *, epochs):")],
        fails=["spec_defaults"],
        hint="Your fit has no default for epochs",
        about="fit makes epochs a keyword-only parameter without its default",
    ),
    bug(
        "mlp_fit_losses_shifted_back", "mlp",
        [(M_FIT, "            losses[epoch - 1] = self.loss(X, y)\n            self.step(self.backward(X, y))\n        return losses")],
        fails=["fit_trajectory", "fit_is_vectorised"],
        hint="each stored one place too early",
        about="fit stores epoch e's loss at index e - 1",
    ),
    bug(
        "mlp_fit_returns_after_one_epoch", "mlp",
        [("        losses = np.empty(epochs)", "        losses = np.zeros(epochs)"),
         (M_FIT, "            losses[epoch] = self.loss(X, y)\n            self.step(self.backward(X, y))\n            return losses")],
        fails=["fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="The return statement is indented inside the epoch loop",
        about="fit's return sits inside the epoch loop, so it returns after epoch 0",
    ),
    bug(
        "mlp_backward_bias_grads_crossed", "mlp",
        [("            \"b1\": dZ1.sum(axis=0, keepdims=True),", "            \"b1\": dZ2.sum(axis=0, keepdims=True),"),
         ("            \"b2\": dZ2.sum(axis=0, keepdims=True),", "            \"b2\": dZ1.sum(axis=0, keepdims=True),")],
        fails=["fresh_network", "backward_gradient_check", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="it is built on your backward",
        also={"backward_gradient_check": "Your dict holds the right gradients under the wrong keys"},
        crashes=True,
        about="backward puts the output layer's bias gradient under 'b1' and the hidden layer's under 'b2'",
    ),
    alternative(
        "loss_grad_one_element_kept", "loss",
        [(L_GRAD, "    grad = 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
                  "    return grad.reshape(np.shape(y_pred))")],
        about="mse_loss_gradient reshapes its result to y_pred's shape, one element included",
    ),
]
