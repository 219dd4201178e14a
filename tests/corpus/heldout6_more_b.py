"""Corpus cases for classes of mistake in loss, backprop and mlp that the sixth held-out corpus
found graded without a hint naming them: an assert where the spec asks for ValueError, a floor
division in the gradient, a division that reaches only one term, a loop that leaves one square out,
inputs cut to whole numbers, ^ written for a power; a bias added after its sigmoid, an MLP loss
divided by one count where every element's count belongs, y flattened in a many-output loss, a
parameter updated with another's gradient; a neuron's weights crossed between its inputs, an output
slope written with the weighted sum, an epoch loss against one label. Our own spellings, with their exact expected
outcomes; same helpers and rules as ``mutations.py``.
"""

from corpus.mutations import bug

MSE_RETURN = "    return float(np.mean((y_true - y_pred) ** 2))"
MSE_SIZE_CHECK = (
    "    if y_true.size != y_pred.size:\n"
    "        raise ValueError(\n"
    "            f\"mse_loss: y_true has {y_true.size} values but y_pred has \"\n"
    "            f\"{y_pred.size}; they must hold the same number of elements\"\n"
    "        )"
)
MLP_A2 = "        return _sigmoid(A1 @ self.W2 + self.b2)"
MLP_LOSS = "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n        return float(np.mean((A2 - Y) ** 2))"
MLP_STEP = "        for name in PARAM_NAMES:\n            param = getattr(self, name)\n            param -= self.lr * grads[name]"
BP_FF_TAIL = ('    h2 = _sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])\n'
              '    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])\n    return float(o1)')
BP_ERRORS = "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]"
GRAD_RETURN = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"

CASES = [
    bug(
        "loss_mse_size_by_assert", "loss",
        [(MSE_SIZE_CHECK, "    assert y_pred.size == y_true.size")],
        fails=["mse_rejects_different_sizes"],
        hint="An assert statement raises AssertionError",
        about="mse_loss tests the sizes with assert, which raises AssertionError, not ValueError",
    ),
    bug(
        "loss_grad_floor_divided_by_n", "loss",
        [(GRAD_RETURN, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) // y_pred.size")],
        fails=["mse_gradient"],
        hint="what floor division gives",
        about="mse_loss_gradient divides by N with //, which rounds every value down",
    ),
    bug(
        "loss_grad_only_y_pred_divided", "loss",
        [(GRAD_RETURN, "    return 2.0 * (y_pred / y_pred.size - y_true.reshape(y_pred.shape))")],
        fails=["mse_gradient"],
        hint="divides only one of y_pred and y_true by N",
        about="mse_loss_gradient divides y_pred alone by N, not the difference",
    ),
    bug(
        "loss_mse_last_sliced_off", "loss",
        [(MSE_RETURN, "    squares = (y_pred - y_true) ** 2\n    return float(np.sum(squares[:-1]) / squares.size)")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="one element's square left out",
        about="mse_loss sums the squares sliced with [:-1], so the last one is never added",
    ),
    bug(
        "loss_mse_astype_int", "loss",
        [(MSE_RETURN, "    return float(np.mean((y_true.astype(int) - y_pred.astype(int)) ** 2))")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="cut to whole numbers",
        about="mse_loss casts both inputs to int before subtracting, dropping every fraction",
    ),
    bug(
        "loss_mse_xor_square", "loss",
        [(MSE_RETURN, "    return float(np.sum((y_pred - y_true) ^ 2) / y_true.size)")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="bitwise xor",
        about="mse_loss squares with ^, Python's bitwise xor, which NumPy refuses for floats",
    ),
    bug(
        "mlp_forward_b2_after_sigmoid", "mlp",
        [(MLP_A2, "        return _sigmoid(A1 @ self.W2) + self.b2")],
        fails=["forward", "loss", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="adds its bias b2 after the sigmoid",
        about="forward adds the output bias to the output layer's sigmoid, not inside it",
    ),
    bug(
        "mlp_loss_sum_of_output_means", "mlp",
        [(MLP_LOSS, "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n"
                    "        return float(np.mean((A2 - Y) ** 2, axis=0).sum())")],
        fails=["loss"],
        hint="divided by the number of samples alone",
        about="loss averages each output's squares over the samples and adds the outputs' means up",
    ),
    bug(
        "mlp_loss_y_one_column_of_all", "mlp",
        [(MLP_LOSS, "        Y = np.asarray(y, dtype=float).reshape(A2.size, 1)\n        return float(np.mean((A2 - Y) ** 2))")],
        fails=["loss"],
        hint="turned one side into one line of all",
        about="loss reshapes y to (A2.size, 1), one column, so with two outputs a (m, 2) A2 meets a (2m, 1) column",
    ),
    bug(
        "mlp_step_keys_typed_with_a_slip", "mlp",
        [(MLP_STEP, "        for name, key in zip(PARAM_NAMES, (\"W1\", \"b2\", \"W2\", \"b2\")):\n"
                    "            param = getattr(self, name)\n            param -= self.lr * grads[key]")],
        fails=["step", "fit_trajectory", "fit_is_vectorised"],
        hint="pairs the gradients with the wrong parameters",
        about="step's list of gradient keys names b2 where b1 belongs, so b1 takes b2's gradient",
    ),
    bug(
        "bp_feedforward_h2_weights_crossed", "backprop",
        [(BP_FF_TAIL, BP_FF_TAIL.replace('p["w3"] * x[0] + p["w4"] * x[1]', 'p["w4"] * x[0] + p["w3"] * x[1]'))],
        fails=["feedforward", "train_trajectory"],
        hint="pairs each weight with the other input",
        about="feedforward's h2 multiplies x[0] by w4 and x[1] by w3",
    ),
    bug(
        "bp_output_slope_from_the_sum", "backprop",
        [("    d_o1 = o1 * (1.0 - o1)",
          '    s_o = p["w5"] * h1 + p["w6"] * h2 + p["b3"]\n    d_o1 = s_o - s_o * s_o')],
        fails=["backprop_gradients", "train_trajectory", "training_separates_emily_and_frank"],
        hint="Your output slope is z * (1 - z)",
        about="backprop writes o1's slope as s - s * s of o1's weighted sum s, not of o1",
    ),
    bug(
        "bp_train_loss_first_label_only", "backprop",
        [(BP_ERRORS, "        errors = [(all_y_trues[0] - o) ** 2 for o in predictions]")],
        fails=["train_trajectory"],
        hint="compare every sample's prediction with one label",
        about="train's epoch loss compares every prediction with the first sample's label",
    ),
]
