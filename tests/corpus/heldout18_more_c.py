"""Corpus cases for the classes of loss, backprop and mlp the eighteenth held-out corpus showed after its blind run, in our own
spellings, with their exact expected outcomes (``mutations.py``): an mse_loss with ** 0.5 for ** 2, one relative to the
prediction, one that keeps a global total between calls, one written as PyTorch's smooth L1, np.square given an exponent,
np.array(y_true, y_pred) as one conversion; a gradient that reshapes to an array, flips y_true with np.transpose, or is the
RMSE's; a backprop whose hidden slopes use the weighted sums, that divides by w6 alone, or takes np.abs of the error; a
sgd_step that builds a set; a train that centres its data or records the log loss; an MLP loss with a squared-norm penalty,
a fit that restores the weights of its best epoch, steps W1 and b1 before asking backward again for the output layer, or
keeps its losses in a list on the network; a step over self.__dict__; a backward that counts W2's rows as N; and a slope
written A2 * 1 - A2.
"""

from corpus.mutations import bug

L_RET = "    return float(np.mean((y_true - y_pred) ** 2))"
L_CONV = "    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()\n"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"
L_VALUES = ["mse_values", "mse_column_against_flat"]

B_SLOPES = "    d_h1 = h1 * (1.0 - h1)\n    d_h2 = h2 * (1.0 - h2)\n"
B_ERR = "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
B_SGD = "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
B_TRAIN = ["train_trajectory"]

M_FIT = ("        losses = np.empty(epochs)\n"
         "        for epoch in range(epochs):\n"
         "            losses[epoch] = self.loss(X, y)\n"
         "            self.step(self.backward(X, y))\n"
         "        return losses\n")
M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"
M_STEP = "        for name in PARAM_NAMES:\n            param = getattr(self, name)\n            param -= self.lr * grads[name]\n"
M_TRAIN = ["fit_trajectory", "learns_xor", "fit_is_vectorised"]

CASES = [
    # ------------------------------------------------------------------ loss
    bug(
        "h18c_loss_half_power", "loss",
        [(L_RET, "    return float(np.mean((y_true - y_pred) ** 0.5))")],
        fails=L_VALUES, hint="takes the square root of each difference",
        about="mse_loss raises each difference to the power 0.5 (a square root) where ** 2 belongs",
    ),
    bug(
        "h18c_loss_relative_to_prediction", "loss",
        [(L_RET, "    rel = (y_pred - y_true) / y_pred\n    return float(np.mean(rel * rel))")],
        fails=L_VALUES, hint="divides each difference by the prediction y_pred",
        about="mse_loss divides each difference by the prediction before squaring it",
    ),
    bug(
        "h18c_loss_global_total", "loss",
        [(L_RET, "    global _SEEN\n    _SEEN = globals().get('_SEEN', []) + [float(np.mean((y_true - y_pred) ** 2))]\n"
                 "    return sum(_SEEN) / len(_SEEN)")],
        fails=L_VALUES, hint="it keeps values in the global _SEEN",
        about="mse_loss averages every loss it returned so far, kept in a global list",
    ),
    bug(
        "h18c_loss_smooth_l1", "loss",
        [(L_RET, "    a = np.abs(y_true - y_pred)\n    return float(np.mean(np.where(a < 1, a * a / 2, a - 1 / 2)))")],
        fails=L_VALUES, hint="is the Huber loss (smooth L1)",
        about="mse_loss is PyTorch's smooth L1 (Huber) loss",
    ),
    bug(
        "h18c_loss_square_given_exponent", "loss",
        [(L_RET, "    diff = y_true - y_pred\n    return float(np.square(diff, 2).mean())")],
        fails=L_VALUES, hint="is not an exponent but its out",
        about="np.square(diff, 2): the 2 lands in the out parameter",
    ),
    bug(
        "h18c_loss_array_of_pair", "loss",
        [(L_CONV, "    y_true, y_pred = (np.array(y_true, y_pred).ravel(), np.array(y_pred).ravel())\n")],
        fails=[*L_VALUES, "mse_rejects_different_sizes"], hint="its second argument is the dtype",
        about="np.array(y_true, y_pred): the second argument is read as a dtype",
    ),
    bug(
        "h18c_grad_np_reshape_to_array", "loss",
        [(L_GRAD, "    return 2.0 * (y_pred - np.reshape(y_true, y_pred)) / y_pred.size")],
        fails=["mse_gradient"], hint="passes the array y_pred to reshape",
        about="the gradient calls np.reshape(y_true, y_pred) with the array where its shape belongs",
    ),
    bug(
        "h18c_grad_np_transpose", "loss",
        [(L_GRAD, "    return 2.0 * (y_pred - np.transpose(y_true)) / y_pred.size")],
        fails=["mse_gradient"], hint="your code transposes y_true",
        about="the gradient lines y_true up with np.transpose: a (6, 1) pair becomes a (6, 6) table",
    ),
    bug(
        "h18c_grad_rmse", "loss",
        [(L_GRAD, "    diff = y_pred - y_true.reshape(y_pred.shape)\n"
                  "    rmse = np.sqrt((diff ** 2).sum() / diff.size)\n    return diff / rmse / diff.size")],
        fails=["mse_gradient"], hint="gradient of the root mean squared error (RMSE)",
        about="the gradient is the RMSE's: divided by the square root of the MSE",
    ),
    # ------------------------------------------------------------------ backprop
    bug(
        "h18c_bp_hidden_slopes_of_sums", "backprop",
        [(B_SLOPES, "    s1 = p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"]\n"
                    "    s2 = p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"]\n"
                    "    d_h1, d_h2 = s1 - s1 ** 2, s2 - s2 ** 2\n")],
        fails=["backprop_gradients", *B_TRAIN, "training_separates_emily_and_frank"], hint="written with the neuron's weighted sum z",
        about="the hidden slopes are written with the weighted sums, s - s**2",
    ),
    bug(
        "h18c_bp_divides_by_w6", "backprop",
        [("    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1\n", "    d_L_d_h2 = d_L_d_o1 * d_o1 / p[\"w6\"]\n")],
        fails=["backprop_gradients", *B_TRAIN], hint="Your dL/dh2 divides by w6",
        about="dL/dh2 divides by w6 where it multiplies",
    ),
    bug(
        "h18c_bp_np_abs_error", "backprop",
        [("    d_L_d_o1 = -2.0 * (y_true - o1)\n", "    d_L_d_o1 = -2.0 * np.abs(y_true - o1)\n")],
        fails=["backprop_gradients", *B_TRAIN, "training_separates_emily_and_frank"], hint="takes the absolute value of the error",
        also={"train_trajectory": "train is built on your backprop"},
        about="dL/do1 takes np.abs of the error: the sign is lost for label 0",
    ),
    bug(
        "h18c_bp_sgd_step_set", "backprop",
        [("    return {\n" + B_SGD + "    }\n",
          "    new_values = {params[name] - learn_rate * grads[name] for name in PARAM_NAMES}\n    return new_values\n")],
        fails=["train_uses_learn_rate", "sgd_step", "sgd_step_gives_python_floats", *B_TRAIN, "training_separates_emily_and_frank", "train_uses_its_data", "train_defaults"], hint="train is built on your sgd_step", crashes=True,
        also={"sgd_step": "Your sgd_step returns a set, not a dict"},
        about="sgd_step returns a set comprehension of the new values",
    ),
    bug(
        "h18c_bp_train_centres_data", "backprop",
        [("    params = dict(params)\n    losses = []\n",
          "    params = dict(params)\n    data = np.asarray(data, dtype=float)\n"
          "    data = data - data.mean(axis=0)\n    losses = []\n")],
        fails=[*B_TRAIN, "train_defaults"], hint="subtracts the mean of the data (centres it)",
        about="train centres its (already shifted) data on its mean before training",
    ),
    bug(
        "h18c_bp_train_log_loss", "backprop",
        [(B_ERR, "        errors = [-math.log(o) if y == 1 else -math.log(1 - o) for y, o in zip(all_y_trues, predictions)]\n")],
        fails=B_TRAIN, hint="binary cross-entropy (log loss)",
        about="train records the log loss of each epoch instead of the MSE",
    ),
    # ------------------------------------------------------------------ mlp
    bug(
        "h18c_mlp_loss_norm_penalty", "mlp",
        [("        return float(np.mean((A2 - Y) ** 2))\n",
          "        decay = 0.01 * (np.linalg.norm(self.W1) ** 2 + np.linalg.norm(self.W2) ** 2)\n"
          "        return float(np.mean((A2 - Y) ** 2) + decay)\n")],
        fails=["loss", "fit_trajectory", "fit_is_vectorised"], hint="an L2 regularisation (weight decay) term",
        about="loss adds a weight-decay term written with np.linalg.norm",
    ),
    bug(
        "h18c_mlp_fit_best_epoch", "mlp",
        [(M_FIT, "        losses = np.empty(epochs)\n        saved, lowest = None, float('inf')\n"
                 "        for epoch in range(epochs):\n            losses[epoch] = self.loss(X, y)\n"
                 "            if losses[epoch] <= lowest:\n"
                 "                lowest, saved = losses[epoch], {n: getattr(self, n).copy() for n in PARAM_NAMES}\n"
                 "            self.step(self.backward(X, y))\n"
                 "        for n, value in saved.items():\n            setattr(self, n, value)\n        return losses\n")],
        fails=["fit_trajectory", "fit_is_vectorised"], hint="where the recorded loss was lowest",
        about="fit puts back the weights of its lowest recorded loss after the loop",
    ),
    bug(
        "h18c_mlp_fit_hidden_layer_first", "mlp",
        [("            self.step(self.backward(X, y))\n",
          "            for group in ((\"W1\", \"b1\"), (\"W2\", \"b2\")):\n"
          "                grads = self.backward(X, y)\n"
          "                for n in group:\n"
          "                    setattr(self, n, getattr(self, n) - self.lr * grads[n])\n")],
        fails=["fit_trajectory", "fit_is_vectorised"], hint="updates one layer at a time: it steps W1 and b1",
        about="fit steps W1 and b1, then asks backward again for W2 and b2",
    ),
    bug(
        "h18c_mlp_fit_history_on_network", "mlp",
        [(M_FIT, "        self.history = getattr(self, 'history', [])\n"
                 "        for epoch in range(epochs):\n            self.history.append(self.loss(X, y))\n"
                 "            self.step(self.backward(X, y))\n        return np.asarray(self.history)\n")],
        fails=["fit_trajectory"], hint="the 2 of the first fit followed by its own 3",
        about="fit keeps its losses in self.history, which a second fit extends",
    ),
    bug(
        "h18c_mlp_step_over_dict", "mlp",
        [(M_STEP, "        for name in list(self.__dict__):\n"
                  "            setattr(self, name, getattr(self, name) - self.lr * grads[name])\n")],
        fails=["fresh_network", "step", "fit_trajectory", "learns_xor", "fit_is_vectorised", "spec_defaults"], hint="built on your step", crashes=True,
        also={"step": "loops over every attribute of the network"},
        about="step loops over self.__dict__, meeting lr",
    ),
    bug(
        "h18c_mlp_backward_rows_of_w2", "mlp",
        [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / (X.shape[0] * self.W2.shape[0]) * A2 * (1.0 - A2)\n")],
        fails=["backward_gradient_check", "fit_trajectory", "fit_is_vectorised"], hint="counts m * hidden_size",
        about="backward's N multiplies the samples by W2's rows, hidden_size",
    ),
    bug(
        "h18c_mlp_slope_without_parentheses", "mlp",
        [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / A2.size * (A2 * 1 - A2)\n")],
        fails=["backward_gradient_check", *M_TRAIN], hint="* binds tighter than -",
        about="the output slope written A2 * 1 - A2, which is 0",
    ),
    bug(
        "h18c_mlp_predict_line_at_median", "mlp",
        [("        return (self.forward(X) >= 0.5).astype(int)\n",
          "        out = self.forward(X)\n        return (out >= np.median(out)).astype(int)\n")],
        fails=["predict_threshold"],
        hint="it draws its line from the batch itself",
        about="predict labels 1 every output at or above the batch's median output, not 0.5",
    ),
]
