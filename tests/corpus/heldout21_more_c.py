"""Corpus cases for the classes of loss, backprop and mlp the twenty-first held-out corpus showed after its blind run, in our
own spellings, with their exact expected outcomes (``mutations.py``): ``bug`` for a mistake, ``alternative`` for
correct code written another way.

- loss: the square as (y_pred - y_true) * (y_true - y_pred); the MSE over y_true.var(); a squared hinge; y_pred
  squashed with exp / (1 + exp); np.std for the variance; PyTorch's dim= to np.mean; zip_longest(fillvalue=0);
  np.matrix in the gradient; the cross-entropy's gradient with its factors in another order.
- backprop: samples skipped where the output is on the right side of 0.5; summed mini-batches of three;
  a history dict under another key; range(4) by index; (p - lr) * g in a loop; sorted(grads) zipped with PARAM_NAMES;
  np.round(..., 6).
- mlp: norm(..., 2) by position; the half-sum delta with its factors reordered; np.dot(out=self.W1); biases at
  three times the rate; np.array(losses)[:i]; np.zeros(len(X)); range(self.epochs) through a local name.
"""

from corpus.mutations import alternative, bug  # noqa: F401

L_RETURN = "    return float(np.mean((y_true - y_pred) ** 2))\n"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
L_GRAD_CONV = "    y_pred = np.asarray(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)\n"
L_CHECK = (
    "    if y_true.size != y_pred.size:\n        raise ValueError(\n"
    "            f\"mse_loss: y_true has {y_true.size} values but y_pred has \"\n"
    "            f\"{y_pred.size}; they must hold the same number of elements\"\n        )\n"
)
B_LOOP = ("        for x, y_true in zip(data, all_y_trues):\n"
          "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n")
B_SGD = "    return {\n        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n    }\n"
B_RET = "    return {name: float(grads[name]) for name in PARAM_NAMES}\n"
M_STEP = "            param -= self.lr * grads[name]\n"
M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"

LOSS_VALUES = ["mse_values", "mse_column_against_flat"]
MLP_BWD = ["backward_gradient_check", "fit_trajectory", "fit_is_vectorised"]

CASES = [
    # ------------------------------------------------------------------ loss
    bug("h21c_loss_square_reversed_product", "loss",
        [(L_RETURN, "    return float(np.mean((y_pred - y_true) * (y_true - y_pred)))\n")],
        fails=LOSS_VALUES, hint="minus the mean squared error",
        about="mse_loss multiplies the difference by its reverse, so every square is negated"),
    bug("h21c_loss_over_var_method", "loss",
        [(L_RETURN, "    mse = np.mean((y_true - y_pred) ** 2)\n    return float(mse / y_true.var())\n")],
        fails=LOSS_VALUES, hint="normalised MSE",
        about="mse_loss divides by y_true.var(), a normalised MSE"),
    bug("h21c_loss_squared_hinge", "loss",
        [(L_RETURN, "    return float(np.mean(np.maximum(0, 1 - y_true * y_pred) ** 2))\n")],
        fails=LOSS_VALUES, hint="hinge loss",
        about="mse_loss computes the squared hinge loss"),
    bug("h21c_loss_exp_ratio_sigmoid", "loss",
        [(L_RETURN, "    y_pred = np.exp(y_pred) / (1.0 + np.exp(y_pred))\n" + L_RETURN)],
        fails=LOSS_VALUES, hint="through the sigmoid",
        about="mse_loss squashes y_pred with exp / (1 + exp) first"),
    bug("h21c_loss_std_plus_bias", "loss",
        [(L_RETURN, "    return float(np.std(y_true - y_pred) + np.mean(y_true - y_pred) ** 2)\n")],
        fails=LOSS_VALUES, hint="standard deviation",
        about="mse_loss writes np.std of the differences where their variance belongs"),
    bug("h21c_loss_torch_dim", "loss",
        [(L_RETURN, "    return float(np.mean((y_true - y_pred) ** 2, dim=0))\n")],
        fails=LOSS_VALUES, hint="passes dim=",
        about="mse_loss passes PyTorch's dim= to np.mean"),
    bug("h21c_loss_zip_longest_zero", "loss",
        [(L_CHECK, ""), (L_RETURN, "    from itertools import zip_longest\n\n"
                                   "    return float(np.mean([(a - b) ** 2 for a, b in zip_longest(y_true, y_pred, fillvalue=0)]))\n")],
        fails=["mse_rejects_different_sizes"], hint="zip_longest",
        about="mse_loss pads the shorter input with zeros and drops the size check"),
    bug("h21c_loss_grad_np_matrix", "loss",
        [(L_GRAD_CONV, "    y_pred = np.matrix(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)\n")],
        fails=["mse_gradient", "numbers_are_one_element"], hint="np.matrix",
        about="mse_loss_gradient turns y_pred into an np.matrix, always 2-D"),
    bug("h21c_loss_grad_bce_reordered", "loss",
        [(L_GRAD, "    y_true = y_true.reshape(y_pred.shape)\n"
                  "    return (y_pred - y_true) / ((1.0 - y_pred) * y_pred) / y_pred.size\n")],
        fails=["mse_gradient"], hint="binary cross-entropy",
        about="mse_loss_gradient is the binary cross-entropy's gradient"),
    # ------------------------------------------------------------------ backprop
    bug("h21c_bp_skip_right_side", "backprop",
        [(B_LOOP, "        for x, y_true in zip(data, all_y_trues):\n"
                  "            if (feedforward(params, x) > 0.5) == y_true:\n                continue\n"
                  "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n")],
        fails=["train_trajectory"], hint="skips the samples",
        about="train takes no step for a sample already on the right side of 0.5"),
    bug("h21c_bp_full_batch_mean", "backprop",
        [(B_LOOP, "        for lo in range(0, len(data), 3):\n"
                  "            total = dict.fromkeys(PARAM_NAMES, 0.0)\n"
                  "            for x, y_true in zip(data[lo:lo + 3], all_y_trues[lo:lo + 3]):\n"
                  "                for key, value in backprop(params, x, y_true).items():\n"
                  "                    total[key] += value\n"
                  "            params = sgd_step(params, total, learn_rate)\n")],
        fails=["train_trajectory"], hint="one step per mini-batch",
        about="train adds up the gradients of batches of three samples and steps once per batch"),
    bug("h21c_bp_history_key", "backprop",
        [("    return params, losses\n", "    return params, {\"mse\": losses}\n")],
        fails=["train_trajectory", "train_uses_learn_rate", "train_uses_its_data", "train_defaults"], hint="as a dict",
        about="train returns its losses in a dict"),
    bug("h21c_bp_range_four_index", "backprop",
        [(B_LOOP, "        for k in range(4):\n"
                  "            params = sgd_step(params, backprop(params, data[k], all_y_trues[k]), learn_rate)\n")],
        fails=["train_uses_its_data", "train_defaults"], hint="fixed number of samples",
        crashes=True, about="train visits four samples whatever the data"),
    bug("h21c_bp_step_rate_subtracted_first", "backprop",
        [(B_SGD, "    new = {}\n    for n in PARAM_NAMES:\n        new[n] = float((params[n] - learn_rate) * grads[n])\n    return new\n")],
        fails=["sgd_step", "train_trajectory", "training_separates_emily_and_frank"], hint="parenthesis closes",
        about="sgd_step subtracts the rate from the parameter before multiplying by the gradient"),
    bug("h21c_bp_step_sorted_grads", "backprop",
        [(B_SGD, "    return {name: float(params[key] - learn_rate * grads[key])\n"
                 "            for name, key in zip(PARAM_NAMES, sorted(grads))}\n")],
        fails=["sgd_step", "train_trajectory"], hint="sorted",
        about="sgd_step pairs PARAM_NAMES with the names sorted alphabetically"),
    bug("h21c_bp_np_round_six", "backprop",
        [(B_RET, "    return {name: float(np.round(grads[name], 6)) for name in PARAM_NAMES}\n")],
        fails=["backprop_gradients"], hint="rounds its partial",
        about="backprop rounds its partials to 6 decimals"),
    bug("h21c_bp_for_over_tuple", "backprop",
        [(B_LOOP, "        for sample, label in (data, all_y_trues):\n"
                  "            params = sgd_step(params, backprop(params, sample, label), learn_rate)\n")],
        fails=["train_uses_learn_rate", "train_trajectory", "training_separates_emily_and_frank", "train_uses_its_data",
               "train_defaults"],
        hint="without zip", crashes=True, about="train loops over the pair (data, all_y_trues) instead of zipping them"),
    bug("h21c_bp_loss_pairs_rows", "backprop",
        [("        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n",
          "        errors = [(o - y) ** 2 for o, y in zip(predictions, data)]\n")],
        fails=["train_uses_learn_rate", "train_trajectory", "training_separates_emily_and_frank", "train_uses_its_data",
               "train_defaults"],
        hint="pairs the predictions with data", crashes=True, about="train's epoch loss pairs the predictions with the data rows"),
    bug("h21c_bp_is_zero_label", "backprop",
        [("    d_L_d_o1 = -2.0 * (y_true - o1)\n",
          "    if y_true is 0:\n        d_L_d_o1 = 2.0 * o1\n    else:\n        d_L_d_o1 = -2.0 * (1.0 - o1)\n")],
        fails=["backprop_gradients", "train_trajectory", "training_separates_emily_and_frank"], hint="compares the label with `is`",
        about="backprop tests the label with is 0"),
    # ------------------------------------------------------------------ mlp
    bug("h21c_mlp_forward_self_sigmoid", "mlp",
        [("        return _sigmoid(A1 @ self.W2 + self.b2)\n", "        return self._sigmoid(A1 @ self.W2 + self.b2)\n")],
        fails=["forward", "fresh_network", "loss", "fit_trajectory", "learns_xor",
               "fit_is_vectorised", "predict_threshold", "forward_is_stable", "callers_data_left_alone"],
        hint="function of the module", crashes=True, about="forward calls the module's _sigmoid as self._sigmoid"),
    bug("h21c_mlp_tile_rows", "mlp",
        [("        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n",
          "        X = np.asarray(X, dtype=float)\n        A1 = _sigmoid(X @ self.W1 + np.tile(self.b1, X.shape[0]))\n")],
        fails=["forward", "fresh_network", "loss", "fit_trajectory", "learns_xor", "fit_is_vectorised", "predict_threshold",
               "forward_is_stable", "callers_data_left_alone"],
        hint="np.tile", crashes=True, about="forward tiles b1 with one count, into one long row"),
    bug("h21c_mlp_loss_norm_two_positional", "mlp",
        [("        return float(np.mean((A2 - Y) ** 2))\n", "        return float(np.linalg.norm(A2 - Y, 2) ** 2 / A2.size)\n")],
        fails=["loss"], hint="spectral norm",
        about="loss takes the matrix 2-norm (spectral), given by position"),
    bug("h21c_mlp_half_sum_reordered", "mlp",
        [(M_DZ2, "        dZ2 = A2 * (1.0 - A2) * (A2 - Y)\n")],
        fails=MLP_BWD, hint="N / 2",
        about="backward starts from the half-sum's delta, without 2 / N"),
    bug("h21c_mlp_dot_out_W1", "mlp",
        [("            \"W1\": X.T @ dZ1,\n", "            \"W1\": np.dot(X.T, dZ1, out=self.W1),\n")],
        fails=["backward_gradient_check", "fit_trajectory", "learns_xor", "fit_is_vectorised"], hint="out=self.W1",
        about="backward writes dW1 into the network's own W1"),
    bug("h21c_mlp_biases_triple_rate", "mlp",
        [(M_STEP, "            param -= (3 * self.lr if name in (\"b1\", \"b2\") else self.lr) * grads[name]\n")],
        fails=["step", "fit_trajectory", "fit_is_vectorised"], hint="3 times the learning rate",
        about="step moves the biases three times as fast"),
    bug("h21c_mlp_losses_slice_i", "mlp",
        [("        losses = np.empty(epochs)\n        for epoch in range(epochs):\n            losses[epoch] = self.loss(X, y)\n",
          "        losses = []\n        for i in range(epochs):\n            losses.append(self.loss(X, y))\n"),
         ("        return losses\n", "        return np.array(losses)[:i]\n")],
        fails=["fit_trajectory", "fit_is_vectorised"], hint="cuts off the last loss",
        about="fit slices its losses with the loop variable"),
    bug("h21c_mlp_losses_len_X", "mlp",
        [("        losses = np.empty(epochs)\n", "        losses = np.zeros(len(X))\n")],
        fails=["fresh_network", "fit_trajectory", "learns_xor", "fit_is_vectorised"], hint="one slot per sample",
        crashes=True, about="fit sizes its losses by the number of samples"),
    bug("h21c_mlp_self_epochs_local", "mlp",
        [("        losses = np.empty(epochs)\n        for epoch in range(epochs):\n",
          "        n = self.epochs\n        losses = np.empty(n)\n        for epoch in range(n):\n")],
        fails=["fresh_network", "fit_trajectory", "learns_xor", "fit_is_vectorised"], hint="self.epochs",
        crashes=True, about="fit reads its epochs from self"),
]
