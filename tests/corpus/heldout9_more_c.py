"""Corpus cases for the classes of loss, backprop and mlp mistakes the ninth held-out corpus left
unnamed (or named wrongly) on its graded run: the square reaching one input only, the square written
out with a wrong sign, a gradient over N + 1, a gradient returned in a tuple with something else; a
bias added after a sigmoid in feedforward, an epoch's loss divided by another count than the
samples, each epoch's errors recorded as a list; a softmax on the MLP's output, targets laid out in
another order, a backward whose own forward pass has a slip, a step that remembers its earlier calls,
a predict that returns lists, and a forward that drops the output axis (named there, not in predict).
Our own spellings, not heldout9's, with their exact expected outcomes (``mutations.py``).
"""

from corpus.mutations import bug

L_MSE = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"
B_FF = ('    h2 = _sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])\n'
        '    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])\n    return float(o1)')  # fmt: skip
B_LOSS = "        losses.append(float(sum(errors) / len(errors)))"
M_OUT = "        return _sigmoid(A1 @ self.W2 + self.b2)"
M_STEP = "            param -= self.lr * grads[name]"

CASES = [
    bug(
        "loss_mse_only_target_squared", "loss",
        [(L_MSE, "    return float(np.sum(y_true ** 2 - y_pred) / y_true.size)")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="squares only one of the two inputs",
        about="mse_loss squares y_true alone and subtracts y_pred from it, a parenthesis short",
    ),
    bug(
        "loss_mse_expansion_plus_middle_term", "loss",
        [(L_MSE, "    return float(np.mean(y_pred ** 2 + 2 * y_pred * y_true + y_true ** 2))")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="written out with a sign or a factor wrong",
        about="mse_loss writes the square out with + on the middle term, the square of the sum",
    ),
    bug(
        "loss_grad_over_size_plus_one", "loss",
        [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / (y_pred.size + 1)")],
        fails=["mse_gradient"],
        hint="Your gradient divides by N + 1",
        about="mse_loss_gradient divides by one more than the number of elements",
    ),
    bug(
        "loss_grad_returns_gradient_and_size", "loss",
        [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size, y_pred.size")],
        fails=["mse_gradient"],
        hint="packed in a tuple",
        about="mse_loss_gradient returns the gradient with the element count, a tuple of two",
    ),
    bug(
        "bp_feedforward_b2_after_hidden_sigmoid", "backprop",
        [(B_FF, B_FF.replace('p["w4"] * x[1] + p["b2"])', 'p["w4"] * x[1]) + p["b2"]'))],
        fails=["feedforward", "train_trajectory"],
        hint="adds b2 after h2's sigmoid",
        about="feedforward adds b2 to h2 after its sigmoid instead of inside it",
    ),
    bug(
        "bp_train_loss_over_feature_count", "backprop",
        [(B_LOSS, "        losses.append(float(sum(errors) / np.shape(data)[1]))")],
        fails=["train_trajectory"],
        hint="divided by 2, the number of features of one sample",
        about="train divides the epoch's summed squared errors by the number of columns of data",
    ),
    bug(
        "bp_train_records_error_arrays", "backprop",
        [(B_LOSS, "        losses.append(np.array(errors))")],
        fails=["train_uses_learn_rate", "train_trajectory", "train_uses_its_data", "train_defaults"],
        hint="Each loss your train records is itself 4 values",
        about="train appends each epoch's array of squared errors instead of their mean",
    ),
    bug(
        "mlp_forward_normalised_exp_output", "mlp",
        [(M_OUT, "        E = np.exp(A1 @ self.W2 + self.b2)\n        return E / np.sum(E, axis=1, keepdims=True)")],
        fails=["forward", "loss", "fit_trajectory", "learns_xor", "fit_is_vectorised", "forward_is_stable", "fresh_network", "callers_data_left_alone"],
        hint="Each row of your A2 sums to 1",
        about="forward normalises the output's exponentials per row, a softmax, instead of the sigmoid",
    ),
    bug(
        "mlp_loss_targets_column_major", "mlp",
        [("        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n        return float(np.mean((A2 - Y) ** 2))",
          '        Y = np.asarray(y, dtype=float).ravel(order="F").reshape(A2.shape)\n'
          "        return float(np.mean((A2 - Y) ** 2))")],
        fails=["loss"],
        hint="laid out in another order",
        about="loss reads y column by column (ravel(order='F')) into A2's shape, so targets meet other samples' outputs",
    ),
    bug(
        "mlp_backward_output_without_b2", "mlp",
        [("        A2 = _sigmoid(A1 @ self.W2 + self.b2)\n        Y =", "        A2 = _sigmoid(A1 @ self.W2)\n        Y =")],
        fails=["backward_gradient_check", "fit_trajectory", "fit_is_vectorised"],
        hint="its output layer leaves out b2",
        about="backward recomputes A2 without b2 (forward has it)",
    ),
    bug(
        "mlp_step_adds_up_gradients", "mlp",
        [(M_STEP, '            total = getattr(self, "sum_" + name, 0.0) + grads[name]\n'
                  '            setattr(self, "sum_" + name, total)\n            param -= self.lr * total')],
        fails=["step", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="step remembers earlier calls",
        about="step keeps the running sum of every gradient it was given and steps with it",
    ),
    bug(
        "mlp_predict_list_of_rows", "mlp",
        [("        return (self.forward(X) >= 0.5).astype(int)",
          "        return [list(row) for row in (self.forward(X) >= 0.5).astype(int)]")],
        fails=["learns_xor"],
        hint="Your predict returns Python lists",
        about="predict returns a list of lists of the labels instead of the integer array",
    ),
    bug(
        "mlp_forward_first_column_for_one_output", "mlp",
        [(M_OUT, "        A2 = _sigmoid(A1 @ self.W2 + self.b2)\n        return A2[:, 0] if A2.shape[1] == 1 else A2")],
        fails=["learns_xor", "predict_threshold"],
        hint="Your forward already returns a 1-D array",
        also={"predict_threshold": "Your forward already returns a 1-D array"},  # the hidden check names forward too
        about="forward returns A2's only column as a 1-D array when the network has one output",
    ),
]
