"""Corpus cases for the classes of loss, backprop and mlp the nineteenth held-out corpus showed after its blind run,
in our own spellings, with their exact expected outcomes (``mutations.py``): an mse_loss that is the squared log error
written with np.log(1 + y), a flatten by np.concatenate of a list of rows, an emptiness test with np.all, a gradient
that keeps N in a global, a gradient multiplied into np.eye; an sgd_step by np.copysign, a train that loops twice over
one generator, a feedforward that caches its answers in a default dict; an mlp step that averages over rows with
np.mean, a bias gradient from the last sample's row.
"""

from corpus.mutations import bug

L_MEAN = "    return float(np.mean((y_true - y_pred) ** 2))\n"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
B_STEP = "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
TRAIN_ALL = ["train_uses_learn_rate", "train_trajectory", "training_separates_emily_and_frank", "train_uses_its_data",
             "train_defaults"]

CASES = [
    # ------------------------------------------------------------------ loss
    bug(
        "h19c_loss_msle_by_log_of_one_plus", "loss",
        [(L_MEAN, "    return float(np.mean((np.log(1 + y_true) - np.log(1 + y_pred)) ** 2))\n")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="mean squared logarithmic error",
        about="the squared log error, spelled with np.log(1 + y) rather than log1p",
    ),
    bug(
        "h19c_loss_flatten_by_concatenating_rows", "loss",
        [("    y_true = np.asarray(y_true, dtype=float).ravel()\n",
          "    y_true = np.concatenate([row for row in np.asarray(y_true, dtype=float)])\n")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="np.concatenate joins a list of arrays",
        about="np.concatenate of a list of the rows: a 1-D input's rows are numbers, which it cannot join",
    ),
    bug(
        "h19c_loss_grad_empty_test_with_np_all", "loss",
        [("    if y_pred.size == 0:\n        raise ValueError(\"mse_loss_gradient: the inputs are empty\")\n",
          "    if not np.all(y_pred):\n        raise ValueError(\"mse_loss_gradient: the inputs are empty\")\n")],
        fails=["mse_rejects_different_sizes", "mse_gradient"],
        hint="see its own check for why it raises",
        also={"mse_gradient": "asks about the values, not their number"},
        about="the emptiness test asks np.all of the predictions: any zero prediction raises",
    ),
    bug(
        "h19c_loss_grad_n_in_a_global", "loss",
        [(L_GRAD, "    global _SEEN_N\n    if '_SEEN_N' not in globals():\n        _SEEN_N = y_pred.size\n"
                  "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / _SEEN_N\n")],
        fails=["mse_gradient"],
        hint="keeps a value from one call to the next",
        about="N kept in a global from the first call",
    ),
    bug(
        "h19c_loss_grad_times_identity", "loss",
        [(L_GRAD, "    g = 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n"
                  "    return np.eye(g.size) * g.ravel()\n")],
        fails=["mse_gradient"],
        hint="on its diagonal and zeros elsewhere",
        about="the gradient spread on the diagonal of an identity matrix",
    ),
    # ------------------------------------------------------------------ backprop
    bug(
        "h19c_bp_step_by_copysign", "backprop",
        [(B_STEP, "        name: float(params[name] - np.copysign(learn_rate, grads[name])) for name in PARAM_NAMES\n")],
        fails=["sgd_step", "train_trajectory"],
        hint="keeps only the gradient's sign",
        about="every parameter moved by learn_rate with the gradient's sign",
    ),
    bug(
        "h19c_bp_train_generator_twice", "backprop",
        [("        for x, y_true in zip(data, all_y_trues):\n"
          "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
          "        predictions = [feedforward(params, x) for x in data]\n"
          "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n",
          "        samples = ((x, y) for x, y in zip(data, all_y_trues))\n"
          "        for x, y_true in samples:\n"
          "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
          "        errors = [(y - feedforward(params, x)) ** 2 for x, y in samples]\n")],
        fails=TRAIN_ALL,
        crashes=True,
        hint="can be gone through only once",
        about="a generator of pairs looped over for the steps and again for the loss",
    ),
    bug(
        "h19c_bp_feedforward_default_dict_cache", "backprop",
        [("def feedforward(params, x):\n", "def feedforward(params, x, _answers={}):\n"),
         ("    return float(o1)\n    ### END SOLUTION\n",
          "    return _answers.setdefault(tuple(float(v) for v in x), float(o1))\n    ### END SOLUTION\n")],
        fails=["train_uses_learn_rate", "train_trajectory"],
        hint="remembers its answers between calls",
        about="feedforward caches o1 in a default dict keyed by x alone",
    ),
    # ------------------------------------------------------------------ mlp
    bug(
        "h19c_mlp_step_np_mean_rows", "mlp",
        [("            param -= self.lr * grads[name]\n", "            param -= self.lr * np.mean(grads[name], axis=0)\n")],
        fails=["step", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="every row of W1 and W2 gets one and the same update",
        about="step averages each gradient over its rows with np.mean(axis=0)",
    ),
    bug(
        "h19c_mlp_bias_gradient_last_row", "mlp",
        [("            \"b2\": dZ2.sum(axis=0, keepdims=True),\n", "            \"b2\": dZ2[-1:],\n")],
        fails=["backward_gradient_check", "fit_trajectory", "fit_is_vectorised"],
        hint="the last sample's row of dZ2",
        about="b2's gradient is the last sample's row of dZ2",
    ),
]
