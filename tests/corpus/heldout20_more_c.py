"""Corpus cases for the classes of loss, backprop and mlp the twentieth held-out corpus showed after its blind run,
in our own spellings, with their exact expected outcomes (``mutations.py``):

- loss: y_pred reversed with np.flip, both inputs reordered with argsort, y_pred divided by its maximum (the MSE of
  inputs reordered or rescaled before comparing); a gradient divided by np.asarray(y_pred.shape); np.nditer written
  into without readwrite, as a context manager; a gradient rounded with np.around; an exception kept in a name and never raised; np.broadcast_arrays
  as the size test; a size check only in the except of a try around the subtraction.
- backprop: a forward pass that reads DATA[-1] in place of x; gradients summed into a module dict across calls;
  learn_rate * epochs handed to sgd_step; each sample trained with the label of the one before it (i - 1); a loop
  over np.transpose(data); the epoch loop nested inside the sample loop; a return of the output layer's partials
  before the hidden layer's code.
- mlp: y rebound to rounded outputs inside fit's loop; step's update after its loop (only b2 moves), or a return
  inside it (only W1 moves); X.transpose without (); self.key for getattr(self, key); step under a progress if;
  np.concatenate of the losses thrown away.
"""

from corpus.mutations import bug

L_RETURN = "    return float(np.mean((y_true - y_pred) ** 2))\n"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
L_CHECK = (
    "    if y_true.size != y_pred.size:\n        raise ValueError(\n"
    "            f\"mse_loss: y_true has {y_true.size} values but y_pred has \"\n"
    "            f\"{y_pred.size}; they must hold the same number of elements\"\n        )\n"
)
L_EMPTY = '    if y_true.size == 0:\n        raise ValueError("mse_loss: the inputs are empty; there is no mean to take")\n'
L_RAVEL = "    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()\n"
B_FWD = ('    p = params\n    h1 = _sigmoid(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])\n'
         '    h2 = _sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])\n    o1 = _sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])\n\n')
B_RET = "    return {name: float(grads[name]) for name in PARAM_NAMES}\n"
B_LOOP = ("        for x, y_true in zip(data, all_y_trues):\n"
          "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n")
B_HIDDEN = '    d_L_d_h1 = d_L_d_o1 * p["w5"] * d_o1\n    d_L_d_h2 = d_L_d_o1 * p["w6"] * d_o1\n'
M_STEP = "        for name in PARAM_NAMES:\n            param = getattr(self, name)\n            param -= self.lr * grads[name]\n"
M_FIT = "            self.step(self.backward(X, y))\n        return losses\n"

LOSS_VALUES = ["mse_values", "mse_column_against_flat"]
TRAIN_WRONG = ["train_trajectory", "training_separates_emily_and_frank"]
BP_DICT = ["backprop_gradients", "train_uses_learn_rate", "train_trajectory", "train_uses_its_data", "train_defaults"]
MLP_STEP = ["step", "fit_trajectory", "learns_xor", "fit_is_vectorised"]
MLP_FIT = ["fit_trajectory", "learns_xor", "fit_is_vectorised"]

CASES = [
    # ------------------------------------------------------------------ loss
    bug(
        "h20c_loss_pred_flipped", "loss",
        [(L_RETURN, "    y_pred = np.flip(y_pred)  # newest first\n" + L_RETURN)],
        fails=LOSS_VALUES, hint="reverses one input",
        about="mse_loss flips y_pred before comparing, pairing each target with another prediction",
    ),
    bug(
        "h20c_loss_both_argsorted", "loss",
        [(L_RETURN, "    y_true, y_pred = y_true[np.argsort(y_true)], y_pred[np.argsort(y_pred)]\n" + L_RETURN)],
        fails=LOSS_VALUES, hint="sorts both inputs",
        about="mse_loss reorders both inputs by their values (argsort) before comparing",
    ),
    bug(
        "h20c_loss_pred_scaled_by_max", "loss",
        [(L_RETURN, "    y_pred = y_pred / np.max(y_pred)\n" + L_RETURN)],
        fails=LOSS_VALUES, hint="divides y_pred by its maximum",
        about="mse_loss rescales the predictions by their maximum before comparing",
    ),
    bug(
        "h20c_loss_grad_over_shape_array", "loss",
        [(L_GRAD, "    n = np.asarray(y_pred.shape)\n    return 2 * (y_pred - y_true.reshape(y_pred.shape)) / n\n")],
        fails=["mse_gradient"], hint="divided by y_pred's shape",
        about="the gradient is divided by the array of y_pred's shape where its size belongs",
    ),
    bug(
        "h20c_loss_grad_around_three", "loss",
        [(L_GRAD, "    return np.around(2 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size, decimals=3)\n")],
        fails=["mse_gradient"], hint="rounded to 3 decimals",
        about="the gradient is rounded to 3 decimals with np.around before it is returned",
    ),
    bug(
        "h20c_loss_grad_nditer_with", "loss",
        [(L_GRAD, "    out = np.zeros(y_pred.shape)\n    with np.nditer([out, y_pred - y_true.reshape(y_pred.shape)]) as it:\n"
                  "        for o, d in it:\n            o[...] = 2 * d / y_pred.size\n    return out\n")],
        fails=["mse_rejects_different_sizes", "mse_gradient"], hint="see its own check for why it raises",
        also={"mse_gradient": "np.nditer hands out its operands read-only"},
        about="the gradient is written through np.nditer without op_flags readwrite: every call raises",
    ),
    bug(
        "h20c_loss_error_named_not_raised", "loss",
        [(L_CHECK, '    if y_true.size != y_pred.size:\n        problem = ValueError("mse_loss: the sizes differ")\n')],
        fails=["mse_rejects_different_sizes"], hint="builds the exception but never raises it",
        about="the size check stores a ValueError in a name and never raises it",
    ),
    bug(
        "h20c_loss_broadcast_arrays_check", "loss",
        [(L_CHECK, "    y_true, y_pred = np.broadcast_arrays(y_true, y_pred)\n")],
        fails=["mse_rejects_different_sizes"], hint="whether NumPy can broadcast the two shapes",
        about="np.broadcast_arrays stands in for the size check: one value against four passes",
    ),
    bug(
        "h20c_loss_sizes_checked_in_except", "loss",
        [(L_RAVEL + L_CHECK, "    y_true = np.asarray(y_true, dtype=float)\n    y_pred = np.asarray(y_pred, dtype=float)\n"
                             "    try:\n        squares = (y_true - y_pred) ** 2\n    except ValueError:\n"
                             "        if np.size(y_true) != np.size(y_pred):\n"
                             "            raise ValueError('mse_loss: sizes differ') from None\n        raise\n"),
         (L_RETURN, "    return float(np.mean(squares))\n")],
        fails=["mse_column_against_flat", "mse_rejects_different_sizes"], hint="broadcasts to an (n, n) matrix",
        also={"mse_rejects_different_sizes": "only in `except`"},
        about="mse_loss subtracts as given and checks sizes only when NumPy raises",
    ),
    # ------------------------------------------------------------------ backprop
    bug(
        "h20c_bp_sample_from_data", "backprop",
        [(B_FWD, B_FWD.replace("x[0]", "DATA[-1][0]").replace("x[1]", "DATA[-1][1]"))],
        fails=["backprop_gradients", "train_trajectory"], hint="The forward pass inside your backprop does not use its argument x",
        about="backprop's forward pass reads the last sample of DATA in place of x",
    ),
    bug(
        "h20c_bp_running_module_dict", "backprop",
        [(B_RET, "    for name in PARAM_NAMES:\n        _SUMS[name] = _SUMS.get(name, 0.0) + float(grads[name])\n"
                 "    return dict(_SUMS)\n\n\n_SUMS = {}\n")],
        fails=BP_DICT, hint="gave another answer when asked the very same question again",
        about="backprop adds each call's partials into a module-level dict and returns the running sums",
    ),
    bug(
        "h20c_bp_rate_times_epochs", "backprop",
        [(B_LOOP, B_LOOP.replace("learn_rate)", "learn_rate * epochs)"))],
        fails=TRAIN_WRONG, hint="where the learning rate belongs",
        about="train hands sgd_step learn_rate * epochs as the rate",
    ),
    bug(
        "h20c_bp_label_index_minus_one", "backprop",
        [(B_LOOP, "        for i, x in enumerate(data):\n            y_true = all_y_trues[i - 1]\n"
                  "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n")],
        fails=TRAIN_WRONG, hint="the label of the sample before it",
        about="train pairs each sample with the previous sample's label",
    ),
    bug(
        "h20c_bp_train_over_np_transpose", "backprop",
        [(B_LOOP, B_LOOP.replace("zip(data, all_y_trues)", "zip(np.transpose(data), all_y_trues)"))],
        fails=[*TRAIN_WRONG, "train_defaults"], hint="loops over the columns of data", crashes=True,
        also={"train_defaults": "loops over a transpose of its data"},
        about="train walks the columns of data (np.transpose) as if they were samples",
    ),
    bug(
        "h20c_bp_train_epochs_per_sample", "backprop",
        [("    for _ in range(epochs):\n" + B_LOOP,
          "    for i in range(len(data)):\n        for epoch in range(epochs):\n"
          "            params = sgd_step(params, backprop(params, data[i], all_y_trues[i]), learn_rate)\n"
          "    for _ in range(epochs):\n")],
        fails=["train_trajectory"], hint="nests its loops the wrong way round",
        about="train takes all epochs on one sample before the next (the epoch loop inside the sample loop)",
    ),
    bug(
        "h20c_bp_returns_output_grads_first", "backprop",
        [(B_HIDDEN, '    out = {"b3": float(d_L_d_o1 * d_o1), "w5": float(d_L_d_o1 * d_o1 * h1), '
                    '"w6": float(d_L_d_o1 * d_o1 * h2)}\n    return out\n' + B_HIDDEN)],
        fails=[*BP_DICT[:2], "train_trajectory", "training_separates_emily_and_frank", *BP_DICT[3:]],
        hint="comes before the code that works them out", crashes=True,
        about="backprop returns the output layer's three partials before the hidden layer's code",
    ),
    # ------------------------------------------------------------------ mlp
    bug(
        "h20c_mlp_fit_y_rounded_outputs", "mlp",
        [(M_FIT, "            self.step(self.backward(X, y))\n            y = np.round(self.forward(X))\n        return losses\n")],
        fails=MLP_FIT, hint="assigns a new value to its argument y inside the epoch loop",
        about="fit rebinds y to the rounded outputs each epoch, training towards its own predictions",
    ),
    bug(
        "h20c_mlp_fit_concatenate_dropped", "mlp",
        [("        losses = np.empty(epochs)\n        for epoch in range(epochs):\n            losses[epoch] = self.loss(X, y)\n",
          "        losses = np.zeros(0)\n        for epoch in range(epochs):\n"
          "            np.concatenate([losses, [self.loss(X, y)]])\n")],
        fails=["fresh_network", "fit_trajectory", "fit_is_vectorised"], hint="fix fit first",
        also={"fit_trajectory": "np.concatenate does not change the array it is given"},
        about="fit joins each loss onto the losses with np.concatenate and throws the result away",
    ),
    bug(
        "h20c_mlp_step_update_after_loop", "mlp",
        [(M_STEP, "        for name in PARAM_NAMES:\n            update = self.lr * grads[name]\n"
                  "        getattr(self, name)[...] -= update\n")],
        fails=MLP_STEP, hint="sits after the for loop",
        about="step's update runs once after the loop: only b2 moves",
    ),
    bug(
        "h20c_mlp_step_returns_in_loop", "mlp",
        [(M_STEP, M_STEP + "            return None\n")],
        fails=MLP_STEP, hint="returns inside the for loop",
        about="step returns at the end of the loop's first pass: only W1 moves",
    ),
    bug(
        "h20c_mlp_x_transpose_uncalled", "mlp",
        [('            "W1": X.T @ dZ1,\n', '            "W1": X.transpose @ dZ1,\n')],
        fails=["fresh_network", "backward_gradient_check", "fit_trajectory", "learns_xor", "fit_is_vectorised",
               "backward_takes_any_y"],
        hint="built on your backward", crashes=True,
        also={"backward_gradient_check": "without its call parentheses"},
        about="backward multiplies by X.transpose, the method, not its result",
    ),
    bug(
        "h20c_mlp_step_self_key", "mlp",
        [(M_STEP, "        for key in PARAM_NAMES:\n            self.key = self.key - self.lr * grads[key]\n")],
        fails=["fresh_network", "step", "fit_trajectory", "learns_xor", "fit_is_vectorised", "spec_defaults"],
        hint="built on your step", crashes=True,
        also={"step": "an attribute literally called 'key'"},
        about="step writes self.key meaning the attribute named by key",
    ),
    bug(
        "h20c_mlp_step_under_progress_if", "mlp",
        [(M_FIT, "            if not epoch % 25:\n                print('progress', epoch, losses[epoch])\n"
                 "                self.step(self.backward(X, y))\n        return losses\n")],
        fails=MLP_FIT, hint="is indented under that if",
        about="fit steps only under its progress-printing if",
    ),
]
