"""Corpus cases for the classes of loss, backprop and mlp the seventeenth held-out corpus showed after its blind run,
in our own spellings, with their exact expected outcomes (``mutations.py``): targets made True/False, a try/except
that hides the size error, 2 ** for 2 *, both inputs packed in one array, np.fromiter, a guarded recursion that
passes an input on unchanged; a + for the last * of dL/dh2, a hidden slope taken twice, partials paired with the
names by position, one dict shared by dict.fromkeys, a train copying params with fromkeys, errors kept over epochs,
a losses list made in the epoch loop; a fit that permutes X alone, noise in forward, X as bool, an output bias added
as a row in the transposed layout, a transposed slope, reshape for .T, gradients named from 0, one epoch too many.
"""

from corpus.mutations import alternative, bug  # noqa: F401

L_TRUE = "    y_true = np.asarray(y_true, dtype=float).ravel()\n"
L_PRED = "    y_pred = np.asarray(y_pred, dtype=float).ravel()\n"
L_CHECK = "    if y_true.size != y_pred.size:\n"
L_RET = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"
B_DH1 = "    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n"
B_DH2 = "    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1\n"
B_RET = "    return {name: float(grads[name]) for name in PARAM_NAMES}"
B_COPY = "    params = dict(params)\n"
B_LOOP = "    losses = []\n    for _ in range(epochs):\n"
B_ERR = "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n        losses.append(float(sum(errors) / len(errors)))"
M_A1 = "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
M_A2 = "        return _sigmoid(A1 @ self.W2 + self.b2)\n"
M_DZ1 = "        dZ1 = (dZ2 @ self.W2.T) * A1 * (1.0 - A1)\n"
M_GRADS = ("        return {\n            \"W1\": X.T @ dZ1,\n            \"b1\": dZ1.sum(axis=0, keepdims=True),\n"
           "            \"W2\": A1.T @ dZ2,\n            \"b2\": dZ2.sum(axis=0, keepdims=True),\n        }\n")
M_FIT = "        for epoch in range(epochs):\n            losses[epoch] = self.loss(X, y)\n"
M_TRAIN = ["fit_trajectory", "learns_xor", "fit_is_vectorised"]

CASES = [
    bug("h17c_loss_targets_astype_bool", "loss", [(L_TRUE, "    y_true = np.asarray(y_true).ravel().astype(bool)\n")],
        fails=["mse_values"], hint="turns y_true into True/False values",
        about="mse_loss converts y_true with astype(bool), so every nonzero target is 1"),
    bug("h17c_loss_except_returns_nan", "loss",
        [(L_RET, "    try:\n        return float(np.mean((y_true - y_pred) ** 2))\n    except Exception:\n        return float(\"nan\")"),
         ("    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss: y_true", "    if False:\n        raise ValueError(\n            f\"mse_loss: y_true")],
        fails=["mse_rejects_different_sizes"], hint="wraps its computation in try/except",
        about="mse_loss has no size check and turns NumPy's broadcast error into nan with try/except"),
    bug("h17c_loss_grad_two_to_the_error", "loss",
        [(L_GRAD, "    diff = y_pred - y_true.reshape(y_pred.shape)\n    return 2 ** diff / diff.size")],
        fails=["mse_gradient"], hint="** is the power operator",
        about="mse_loss_gradient raises 2 to the power of the errors where it multiplies"),
    bug("h17c_loss_pair_in_one_asarray", "loss",
        [(L_TRUE + L_PRED, "    pair = np.asarray((y_true, y_pred), dtype=float)\n"
                           "    y_true, y_pred = pair[0].ravel(), pair[1].ravel()\n")],
        fails=["mse_column_against_flat"], hint="converts both inputs in one call",
        about="mse_loss converts the two inputs together, which needs one shape"),
    bug("h17c_loss_fromiter_true_only", "loss", [(L_TRUE, "    y_true = np.fromiter(y_true, float)\n")],
        fails=["mse_values", "mse_column_against_flat", "numbers_are_one_element"], hint="with np.fromiter",
        about="mse_loss reads y_true with np.fromiter, which takes only flat sequences of numbers"),
    bug("h17c_loss_recursion_keeps_true", "loss",
        [(L_TRUE, "    if np.ndim(y_true) > 1 or np.ndim(y_pred) > 1:\n        return mse_loss(y_true, np.ravel(y_pred))\n" + L_TRUE)],
        fails=["mse_values", "mse_column_against_flat", "mse_rejects_different_sizes"], hint="calls itself on purpose",
        about="mse_loss recurses to flatten its inputs but passes y_true on unflattened"),
    bug("h17c_bp_plus_on_h2_path", "backprop", [(B_DH2, "    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] + d_o1\n")],
        fails=["backprop_gradients", "train_trajectory"], hint="Your dL/dh2 adds where the chain rule multiplies",
        about="backprop adds o1's slope to dL/dh2 where it multiplies"),
    bug("h17c_bp_h1_slope_twice", "backprop", [(B_DH1, "    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1 * d_h1\n")],
        fails=["backprop_gradients", "train_trajectory"], hint="carry the hidden slope twice, h1 * (1 - h1) squared",
        about="backprop folds h1's slope into dL/dh1 and multiplies by it again"),
    bug("h17c_bp_names_paired_by_position", "backprop",
        [(B_RET, "    order = [\"w1\", \"w2\", \"w3\", \"w4\", \"b1\", \"b2\", \"w5\", \"w6\", \"b3\"]\n"
                 "    return {name: float(grads[o]) for name, o in zip(PARAM_NAMES, order)}")],
        fails=["backprop_gradients", "train_trajectory"], hint="filed under the wrong names",
        about="backprop pairs PARAM_NAMES by position with its partials listed in another order"),
    bug("h17c_bp_fromkeys_one_dict", "backprop",
        [(B_RET, "    store = dict.fromkeys(PARAM_NAMES, {})\n    for name in PARAM_NAMES:\n        store[name][\"v\"] = grads[name]\n"
                 "    return {name: float(store[name][\"v\"]) for name in PARAM_NAMES}")],
        fails=["backprop_gradients", "train_trajectory", "training_separates_emily_and_frank"],
        hint="every key reads one shared object",
        about="backprop stores its partials in dicts from dict.fromkeys(names, {}), one dict for every key"),
    bug("h17c_bp_train_copy_by_fromkeys", "backprop", [(B_COPY, "    params = {}.fromkeys(params.keys())\n")],
        fails=["train_uses_learn_rate", "train_trajectory", "training_separates_emily_and_frank", "train_uses_its_data",
               "train_defaults"], crashes=True, hint="with dict.fromkeys(params)",
        about="train copies params with fromkeys, which sets every value to None"),
    bug("h17c_bp_train_errors_over_epochs", "backprop",
        [(B_LOOP, "    losses = []\n    seen = []\n    for _ in range(epochs):\n"),
         (B_ERR, "        seen.extend((y - o) ** 2 for y, o in zip(all_y_trues, predictions))\n"
                 "        losses.append(float(sum(seen) / len(seen)))")],
        fails=["train_trajectory"], hint="the mean over every epoch's errors so far",
        about="train averages the errors of every epoch so far into each recorded loss"),
    bug("h17c_bp_train_losses_made_per_epoch", "backprop",
        [(B_LOOP, "    for _ in range(epochs):\n        losses = list()\n")],
        fails=["train_trajectory", "train_defaults"], hint="a list made afresh inside the epoch loop",
        about="train makes its losses list at the top of every epoch"),
    bug("h17c_mlp_forward_noise", "mlp",
        [(M_A1, M_A1 + "        A1 = A1 + np.random.normal(scale=0.05, size=A1.shape)\n")],
        fails=["fresh_network", "forward", "fit_trajectory", "fit_is_vectorised", "callers_data_left_alone",
               "backward_takes_any_y"], chaotic=["learns_xor", "loss", "forward_is_stable"], hint="uses random numbers",
        about="forward adds random noise to the hidden layer"),
    bug("h17c_mlp_forward_astype_bool", "mlp",
        [(M_A1, "        A1 = _sigmoid(np.asarray(X).astype(bool) @ self.W1 + self.b1)\n")],
        fails=["forward", "loss", "fit_trajectory", "fit_is_vectorised", "callers_data_left_alone"],
        hint="turns X into True/False values", about="forward converts X with astype(bool)"),
    bug("h17c_mlp_output_row_bias_transposed", "mlp",
        [(M_A2, "        return _sigmoid(self.W2.T @ A1.T + self.b2).T\n")],
        fails=["forward", "loss"], crashes=True, hint="adds its bias as the row the spec stores",
        about="forward computes the output layer in the column-per-sample layout and adds b2 as a row"),
    bug("h17c_mlp_slope_transposed_name", "mlp",
        [(M_DZ1, "        slope = A1 * (1.0 - A1)\n        dZ1 = (dZ2 @ self.W2.T) * slope.T\n")],
        fails=["backward_gradient_check"] + M_TRAIN + ["backward_takes_any_y"], crashes=True,
        hint="a transposed operand, inside that element-wise product",
        about="backward multiplies by the hidden slope transposed"),
    bug("h17c_mlp_reshape_w2_back", "mlp",
        [(M_DZ1, "        back = self.W2.reshape(self.W2.shape[1], -1)\n        dZ1 = (dZ2 @ back) * A1 * (1.0 - A1)\n")],
        fails=["backward_gradient_check"], hint="reshape to the swapped shape is not a transpose",
        about="backward reshapes W2 to its swapped shape where it means W2.T"),
    bug("h17c_mlp_grads_numbered_from_zero", "mlp",
        [(M_GRADS, "        layers = [(X.T @ dZ1, dZ1.sum(axis=0, keepdims=True)), (A1.T @ dZ2, dZ2.sum(axis=0, keepdims=True))]\n"
                   "        return {f\"{p}{k}\": g for k, (w, b) in enumerate(layers) for p, g in ((\"W\", w), (\"b\", b))}\n")],
        fails=["fresh_network", "backward_gradient_check"] + M_TRAIN + ["backward_takes_any_y"], crashes=True,
        hint="it is built on your backward", also={"backward_gradient_check": "the layers are numbered from 0"},
        about="backward names its gradients W0, b0, W1, b1"),
    bug("h17c_mlp_fit_range_plus_one", "mlp",
        [(M_FIT, "        for epoch in range(epochs + 1):\n            losses[epoch] = self.loss(X, y)\n")],
        fails=["fresh_network"] + M_TRAIN, crashes=True, hint="its epoch counter reaches epochs itself",
        about="fit runs range(epochs + 1), one pass too many, and writes past the end of its losses"),
]
