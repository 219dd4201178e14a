"""Corpus cases for the classes of loss, backprop and mlp the twenty-second held-out corpus showed after its blind run, in our own
spellings, with their exact expected outcomes (``mutations.py``). ``bug`` for a mistake, ``alternative`` for correct
code written another way.

- loss: a whole loss returned as int; a float32 gradient; a check of one's own that refuses columns or targets
  beyond 0 and 1; squares clipped at 1; the largest square dropped; the rate of mismatches; a gradient divided only
  for flat inputs; a gradient summed along an axis; a reshape's ValueError caught and broadcast.
- backprop: the hidden deltas negated; the parameters returned; partials through int(); the bias inside the second product's bracket; a
  multiplicative step; train centring a copy of its data.
- mlp: predict on the first output only; a Heaviside hidden layer; loss's check of one target per row; fit on a
  deep copy; a ReLU slope read from A1; fit's gradients times the batch size; backward's error written into Y.
- activations: three slips that only a formula of three operations names (a halved square, s * (1 - s ** 2), the
  softsign for tanh).
"""

from corpus.mutations import alternative, bug  # noqa: F401 - the cases below use them

L_RETURN = "    return float(np.mean((y_true - y_pred) ** 2))\n"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
L_GRAD_CONV = "    y_pred = np.asarray(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)\n"
L_GRAD_CHECK = ("    if y_true.size != y_pred.size:\n        raise ValueError(\n"
                "            f\"mse_loss_gradient: y_true has {y_true.size} values but y_pred has \"\n"
                "            f\"{y_pred.size}; they must hold the same number of elements\"\n        )\n")
B_RET = "    return {name: float(grads[name]) for name in PARAM_NAMES}\n"
B_SGD = "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
B_H = ("    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
       "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
       "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return float(o1)\n")
M_FORWARD = "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
M_LOSS = "        A2 = self.forward(X)\n        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n        return float("
M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)\n"
M_DZ1 = "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)\n"
M_FIT_STEP = "            self.step(self.backward(X, y))\n"
M_PREDICT = "        return (self.forward(X) >= 0.5).astype(int)\n"
A_SIG_D = "    return s * (1.0 - s)\n"
A_TANH = "    return np.tanh(np.asarray(z, dtype=float))\n"
A_TANH_D = "    return 1.0 - tanh(z) ** 2\n"
MLP_FIT = ["fit_trajectory", "learns_xor", "fit_is_vectorised"]

CASES = [
    # ------------------------------------------------------------------ loss
    bug("h22c_loss_int_when_whole", "loss",
        [(L_RETURN, "    mse = np.mean((y_true - y_pred) ** 2)\n    return int(mse) if mse == int(mse) else float(mse)\n")],
        fails=["mse_values"], hint="returns the Python int",
        about="mse_loss returns an int for a whole-number loss"),
    bug("h22c_loss_grad_astype_float32", "loss",
        [(L_GRAD, "    return (2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size).astype(np.float32)\n")],
        fails=["mse_gradient"], hint="float32",
        about="mse_loss_gradient returns its gradient as float32"),
    bug("h22c_loss_grad_refuses_matrix", "loss",
        [(L_GRAD, "    if len(y_pred.shape) == 2:\n        raise ValueError(\"pass flat predictions\")\n" + L_GRAD)],
        fails=["mse_gradient"], hint="This error is your own",
        about="mse_loss_gradient refuses a 2-D y_pred with a check of its own"),
    bug("h22c_loss_labels_only", "loss",
        [(L_RETURN, "    if set(np.unique(y_true)) - {0.0, 1.0}:\n        raise ValueError(\"labels only\")\n" + L_RETURN)],
        fails=["mse_values"], hint="it rejects values, not sizes",
        about="mse_loss refuses targets other than 0 and 1"),
    bug("h22c_loss_clip_squares", "loss",
        [(L_RETURN, "    return float(np.mean(np.clip((y_true - y_pred) ** 2, None, 1)))\n")],
        fails=["mse_values"], hint="caps each squared error",
        about="mse_loss clips every squared error at 1"),
    bug("h22c_loss_without_max", "loss",
        [(L_RETURN, "    sq = (y_true - y_pred) ** 2\n"
                    "    return float((sq.sum() - sq.max()) / (sq.size - 1)) if sq.size > 1 else float(sq[0])\n")],
        fails=["mse_values", "mse_column_against_flat"], hint="leaves out the largest",
        about="mse_loss leaves the largest squared error out"),
    bug("h22c_loss_count_nonzero", "loss",
        [(L_RETURN, "    return float(np.count_nonzero(y_true - y_pred) / y_true.size)\n")],
        fails=["mse_values", "mse_column_against_flat"], hint="fraction of predictions that differ",
        about="mse_loss counts the elements that differ"),
    bug("h22c_loss_grad_undivided_matrix", "loss",
        [(L_GRAD, "    g = 2.0 * (y_pred - y_true.reshape(y_pred.shape))\n"
                  "    return g / y_pred.size if y_pred.ndim < 2 else g\n")],
        fails=["mse_gradient"], hint="not divided by N",
        about="mse_loss_gradient divides by N only for 1-D y_pred"),
    bug("h22c_loss_grad_np_sum_axis", "loss",
        [(L_GRAD, "    g = 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
                  "    if g.ndim == 2:\n        g = np.sum(g, axis=1)\n    return g\n")],
        fails=["mse_gradient"], hint="sums it along an axis",
        about="mse_loss_gradient sums a 2-D gradient along its rows"),
    bug("h22c_loss_grad_except_fallback", "loss",
        [(L_GRAD_CHECK, ""),
         (L_GRAD, "    try:\n        d = y_pred - y_true.reshape(y_pred.shape)\n"
                  "    except ValueError:\n        d = y_pred - y_true.ravel()[0]\n    return 2.0 * d / y_pred.size\n")],
        fails=["mse_rejects_different_sizes"], hint="catches the ValueError",
        about="mse_loss_gradient falls back to broadcasting when reshape fails"),
    alternative("h22c_loss_square_mean_method", "loss",
                [(L_RETURN, "    return float(np.square(y_true - y_pred).mean())\n")],
                about="mse_loss with np.square and .mean()"),
    # ------------------------------------------------------------------ backprop
    bug("h22c_bp_params_zipped_back", "backprop",
        [(B_RET, "    return dict(zip(PARAM_NAMES, (float(p[n]) for n in PARAM_NAMES)))\n")],
        fails=["backprop_gradients", "train_trajectory", "training_separates_emily_and_frank"],
        hint="returns the parameters themselves", about="backprop returns the parameters, zipped with their names"),
    bug("h22c_bp_float_of_int", "backprop",
        [(B_RET, "    return {name: float(int(grads[name])) for name in PARAM_NAMES}\n")],
        fails=["backprop_gradients", "train_uses_learn_rate", "train_trajectory", "training_separates_emily_and_frank"],
        hint="whole number", about="backprop cuts each partial to a whole number with int()"),
    bug("h22c_bp_bias_in_second_bracket", "backprop",
        [(B_H, "    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * (x[1] + p[\"b1\"]))\n"
               "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * (x[1] + p[\"b2\"]))\n"
               "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return float(o1)\n")],
        fails=["feedforward", "train_trajectory"], hint="inside the bracket",
        about="feedforward adds each hidden bias to x[1] inside the second product"),
    bug("h22c_bp_step_times_param", "backprop",
        [(B_SGD, "        name: float(params[name] - learn_rate * grads[name] * params[name]) for name in PARAM_NAMES\n")],
        fails=["sgd_step", "train_trajectory", "training_separates_emily_and_frank"], hint="multiplicative update",
        about="sgd_step scales each step by the parameter itself"),
    bug("h22c_bp_train_centres_copy", "backprop",
        [("    params = dict(params)\n    losses = []\n",
          "    data = np.array(data, dtype=float)\n    data = data - np.mean(data, axis=0)\n"
          "    params = dict(params)\n    losses = []\n")],
        fails=["train_trajectory", "train_defaults"], hint="subtracts the mean of the data (centres it)",
        about="train centres a copy of its data before training"),
    bug("h22c_bp_hidden_delta_negated", "backprop",
        [("    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1\n",
          "    d_L_d_h1 = -(d_L_d_o1 * p[\"w5\"] * d_o1)\n    d_L_d_h2 = -(d_L_d_o1 * p[\"w6\"] * d_o1)\n")],
        fails=["backprop_gradients", "train_trajectory"], hint="exactly the negatives",
        about="backprop negates the derivative it sends back to the hidden neurons"),
    alternative("h22c_bp_step_rate_last", "backprop",
                [(B_SGD, "        name: float(params[name] - grads[name] * learn_rate) for name in PARAM_NAMES\n")],
                about="sgd_step with the rate written last"),
    # ------------------------------------------------------------------ mlp
    bug("h22c_mlp_predict_first_output", "mlp",
        [(M_PREDICT, "        return (self.forward(X)[:, :1] >= 0.5).astype(int)\n")],
        fails=["predict_threshold"], hint="outputs (output_size = 2)",
        about="predict thresholds only the first output"),
    bug("h22c_mlp_heaviside_hidden", "mlp",
        [(M_FORWARD, "        A1 = np.heaviside(np.asarray(X, dtype=float) @ self.W1 + self.b1, 1.0)\n")],
        fails=["forward", "loss", "fit_trajectory", "fit_is_vectorised"], hint="is a step, not the sigmoid",
        about="forward's hidden layer is np.heaviside"),
    bug("h22c_mlp_loss_rows_check", "mlp",
        [(M_LOSS, "        if np.size(y) > len(X):\n            raise ValueError(\"y: one value per row\")\n" + M_LOSS)],
        fails=["loss"], hint="one target per sample",
        about="loss refuses y unless it has one value per row of X"),
    bug("h22c_mlp_fit_deepcopy_name", "mlp",
        [("        losses = np.empty(epochs)\n        for epoch in range(epochs):\n"
          "            losses[epoch] = self.loss(X, y)\n" + M_FIT_STEP,
          "        from copy import deepcopy\n\n        twin = deepcopy(self)\n"
          "        losses = np.empty(epochs)\n        for epoch in range(epochs):\n"
          "            losses[epoch] = twin.loss(X, y)\n            twin.step(twin.backward(X, y))\n")],
        fails=MLP_FIT, hint="trains a copy of the network",
        about="fit trains a deep copy of the network"),
    bug("h22c_mlp_relu_mask_from_a1", "mlp",
        [(M_DZ1, "        dZ1 = (dZ2 @ self.W2.T) * np.where(A1 > 0.5, 1.0, 0.0)\n")],
        fails=["backward_gradient_check", *MLP_FIT], hint="slope as ReLU's",
        about="backward's hidden slope is 1 where the hidden unit is on, as ReLU's"),
    bug("h22c_mlp_fit_grads_scaled", "mlp",
        [(M_FIT_STEP, "            self.step({k: v * X.shape[0] for k, v in self.backward(X, y).items()})\n")],
        fails=MLP_FIT, hint="number of samples",
        about="fit multiplies every gradient by the number of samples"),
    bug("h22c_mlp_backward_subtract_out", "mlp",
        [(M_DZ2, "        np.subtract(Y, A2, out=Y)\n        dZ2 = -2.0 * Y / A2.size * A2 * (1.0 - A2)\n")],
        fails=["fit_trajectory", "backward_gradient_check", "learns_xor", "fit_is_vectorised", "callers_data_left_alone"],
        hint="targets that change",
        about="backward writes the error into Y, a view of the caller's y"),
    alternative("h22c_mlp_predict_greater_or_equal", "mlp",
                [(M_PREDICT, "        return np.greater_equal(self.forward(X), 0.5).astype(int)\n")],
                about="predict with np.greater_equal"),
    # ------------------------------------------------------------------ activations (formulas of three operations)
    bug("h22c_act_tanh_derivative_halved_square", "activations",
        [(A_TANH_D, "    return 1.0 - tanh(z) ** 2 / 2.0\n")],
        fails=["tanh_derivative", "derivatives_on_large_inputs"], hint="gives 1 - t ** 2 / 2",
        about="tanh_derivative halves the square: 1 - t ** 2 / 2"),
    bug("h22c_act_sigmoid_derivative_cubed", "activations",
        [(A_SIG_D, "    return s * (1.0 - s ** 2)\n")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"], hint="gives s * (1 - s ** 2)",
        about="sigmoid_derivative mixes in tanh's slope: s * (1 - s ** 2)"),
    bug("h22c_act_tanh_is_softsign", "activations",
        [(A_TANH, "    z = np.asarray(z, dtype=float)\n    return z / (1.0 + np.abs(z))\n")],
        fails=["tanh_values", "tanh_on_large_inputs", "tanh_derivative", "derivatives_on_large_inputs"],
        hint="gives z / (1 + abs(z))", about="tanh is the softsign z / (1 + |z|)"),
]
