"""Corpus cases for the classes of loss, backprop and mlp the fourteenth held-out corpus showed after its
blind run, in our own spellings, with their exact expected outcomes (``mutations.py``): an exception returned
where it is raised, a size check whose condition is never true, an attribute called like a method, a shape
indexed on an axis a flat input lacks, a count of rows or of both inputs where N belongs, a ravel whose result
is dropped; the params dict read with a dot or iterated for its keys, data's rows unpacked as pairs, a step
that returns None or stores nothing, a float default for epochs, losses recorded once or as they go, the whole
data handed to feedforward, the cross-entropy's delta, a backprop that steps itself; and in the MLP a * where
@ belongs, a bias added before its weights, X made one column, a square written with a transpose, a dZ2 made
of one number or divided by the shape tuple, dW2 summed element by element, int() of predict's array, losses
stored from index 1, and a fit slowed by its loss.
"""

from corpus.mutations import bug

L_RAVEL = (
    "    y_true = np.asarray(y_true, dtype=float).ravel()\n"
    "    y_pred = np.asarray(y_pred, dtype=float).ravel()"
)
L_RET = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"

CASES = [
    bug(
        "loss_grad_hands_back_value_error", "loss",
        [("        raise ValueError(\n            f\"mse_loss_gradient: y_true",
          "        return ValueError(\n            f\"mse_loss_gradient: y_true")],
        fails=["mse_rejects_different_sizes"],
        hint="Your mse_loss_gradient gives the exception back as its answer",
        about="mse_loss_gradient writes return ValueError(...) for different sizes where raise belongs",
    ),
    bug(
        "loss_mse_size_check_joined_with_and", "loss",
        [("    if y_true.size != y_pred.size:\n        raise ValueError(\n            f\"mse_loss: y_true",
          "    if y_true.size != y_pred.size and y_pred.size == 0:\n        raise ValueError(\n            f\"mse_loss: y_true")],
        fails=["mse_rejects_different_sizes"],
        hint="No size check of your mse_loss ever raised",
        about="mse_loss joins its size check with a second condition by and, so it never fires for two non-empty inputs",
    ),
    bug(
        "loss_grad_shape_called", "loss",
        [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape())) / y_pred.size")],
        fails=["mse_gradient"],
        hint="shape is an attribute that holds a tuple, written without brackets",
        about="mse_loss_gradient calls y_pred.shape() as if shape were a method",
    ),
    bug(
        "loss_grad_two_before_brackets", "loss",
        [(L_GRAD, "    return 2(y_pred - y_true.reshape(y_pred.shape)) / y_pred.size")],
        fails=["mse_gradient"],
        hint="Python also reads a number written right before brackets as a call",
        about="mse_loss_gradient writes 2(...) without the * of the product",
    ),
    bug(
        "loss_grad_rows_times_columns", "loss",
        [(L_GRAD, "    n = len(y_pred) * y_pred.shape[1]\n"
                  "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / n")],
        fails=["mse_gradient"],
        hint="it reads an entry of the shape that a flat array does not have",
        about="mse_loss_gradient counts the elements as len(y_pred) * y_pred.shape[1], which a flat y_pred lacks",
    ),
    bug(
        "loss_mse_shape_one_after_ravel", "loss",
        [(L_RET, "    return float(np.sum((y_true - y_pred) ** 2) / (y_pred.shape[0] * y_pred.shape[1]))")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="the tuple this code most likely indexes is a shape",
        also={"mse_column_against_flat": "the tuple this code most likely indexes is a shape"},
        about="mse_loss divides by shape[0] * shape[1] of inputs it has already flattened",
    ),
    bug(
        "loss_mse_over_twice_the_count", "loss",
        [(L_RET, "    return float(np.sum((y_true - y_pred) ** 2) / (2 * y_true.size))")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="divides the sum of the squares by 2N",
        about="mse_loss divides the sum of the squares by 2 * N",
    ),
    bug(
        "loss_mse_reshape_result_dropped", "loss",
        [(L_RAVEL, "    y_true = np.asarray(y_true, dtype=float)\n"
                   "    y_pred = np.asarray(y_pred, dtype=float)\n"
                   "    y_pred.reshape(-1)\n"
                   "    y_true.reshape(-1)")],
        fails=["mse_column_against_flat"],
        hint="a y_pred.ravel() on a line of its own changes nothing",
        about="mse_loss calls reshape(-1) on both inputs as statements and keeps their shapes",
    ),
    bug(
        "loss_mse_mean_over_rows", "loss",
        [(L_RAVEL, "    y_true = np.asarray(y_true, dtype=float)\n"
                   "    y_pred = np.asarray(y_pred, dtype=float)"),
         (L_RET, "    return float(np.sum((y_true.reshape(y_pred.shape) - y_pred) ** 2) / len(y_pred))")],
        fails=["mse_values", "numbers_are_one_element"],
        hint="divides the sum of the squares by len(y_pred), the number of rows",
        about="mse_loss divides by len(y_pred), the rows of a 2-D input, where its element count belongs",
    ),
]

B_SLOPES = "    d_o1 = o1 * (1.0 - o1)\n"
B_SGD = (
    "    return {\n"
    "        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES\n"
    "    }"
)
B_FF = (
    "    p = params\n"
    "    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n"
    "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
    "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n"
    "    return float(o1)"
)
B_LOSS = (
    "        predictions = [feedforward(params, x) for x in data]\n"
    "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
    "        losses.append(float(sum(errors) / len(errors)))"
)
B_GRADS_RETURN = "    return {name: float(grads[name]) for name in PARAM_NAMES}"

CASES += [
    bug(
        "bp_backprop_reads_params_by_getattr", "backprop",
        [("    d_L_d_h1 = d_L_d_o1 * p[\"w5\"] * d_o1\n    d_L_d_h2 = d_L_d_o1 * p[\"w6\"] * d_o1",
          "    d_L_d_h1 = d_L_d_o1 * getattr(p, \"w5\") * d_o1\n    d_L_d_h2 = d_L_d_o1 * getattr(p, \"w6\") * d_o1")],
        fails=["backprop_gradients", "train_uses_learn_rate", "train_trajectory", "training_separates_emily_and_frank",
               "train_uses_its_data", "train_defaults"],
        hint="Your backprop reads params.w5",
        crashes=True,
        about="backprop reads w5 and w6 with getattr(params, name), as attributes of a dict",
    ),
    bug(
        "bp_feedforward_indexes_the_keys", "backprop",
        [(B_FF, "    w = list(params)\n"
                "    h1 = _sigmoid(w[0] * x[0] + w[1] * x[1] + w[6])\n"
                "    h2 = _sigmoid(w[2] * x[0] + w[3] * x[1] + w[7])\n"
                "    o1 = _sigmoid(w[4] * h1 + w[5] * h2 + w[8])\n"
                "    return float(o1)")],
        fails=["feedforward", "train_uses_learn_rate", "train_trajectory", "training_separates_emily_and_frank",
               "train_uses_its_data", "train_defaults"],
        hint="the names it computes with hold the dict's keys",
        crashes=True,
        about="feedforward takes list(params), the nine keys, and computes with them as if they were the values",
    ),
    bug(
        "bp_train_splits_each_row", "backprop",
        [("        for x, y_true in zip(data, all_y_trues):\n            params = sgd_step(",
          "        for sample in data:\n            x, y_true = sample\n            params = sgd_step(")],
        fails=["train_uses_learn_rate", "train_trajectory", "training_separates_emily_and_frank", "train_uses_its_data",
               "train_defaults"],
        hint="Your train unpacks each row of data into two names",
        also={"train_defaults": "Your train unpacks each row of data into two names"},
        crashes=True,
        about="train splits each row of data into x and y_true and never reads all_y_trues",
    ),
    bug(
        "bp_sgd_step_forgets_return", "backprop",
        [(B_SGD, "    new_params = {}\n"
                 "    for name in PARAM_NAMES:\n"
                 "        new_params[name] = float(params[name] - learn_rate * grads[name])")],
        fails=["sgd_step", "train_uses_learn_rate", "sgd_step_gives_python_floats", "train_trajectory",
               "training_separates_emily_and_frank", "train_uses_its_data", "train_defaults"],
        hint="Your sgd_step returns None: either it has no return statement",
        also={"train_defaults": "fix sgd_step first"},
        crashes=True,
        about="sgd_step fills a new dict and ends without returning it",
    ),
    bug(
        "bp_sgd_step_returns_a_tuple", "backprop",
        [(B_SGD, "    return tuple(float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES)")],
        fails=["sgd_step", "train_uses_learn_rate", "sgd_step_gives_python_floats", "train_trajectory",
               "training_separates_emily_and_frank", "train_uses_its_data", "train_defaults"],
        hint="Your sgd_step returns a tuple of the 9 new values, with no names",
        crashes=True,
        about="sgd_step returns the nine new values as a tuple, without their names",
    ),
    bug(
        "bp_sgd_step_new_value_left_in_a_local", "backprop",
        [(B_SGD, "    new_params = dict(params)\n"
                 "    for name in PARAM_NAMES:\n"
                 "        updated = new_params[name] - learn_rate * grads[name]\n"
                 "    return new_params")],
        fails=["train_uses_learn_rate", "sgd_step", "sgd_step_gives_python_floats", "train_trajectory",
               "training_separates_emily_and_frank"],
        hint="See the check of sgd_step",
        also={"sgd_step": "Your sgd_step returns the parameters it was given, unchanged, at both rates"},
        about="sgd_step computes each new value into a local name and returns the copy it never changed",
    ),
    bug(
        "bp_train_epochs_default_with_decimals", "backprop",
        [("def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000):",
          "def train(data, all_y_trues, params, learn_rate=0.1, epochs=1000.0):")],
        fails=["train_defaults"],
        hint="its default for epochs is a float",
        crashes=True,
        about="train's default is written epochs=1000.0, a float that range() refuses",
    ),
    bug(
        "bp_train_append_after_the_epochs", "backprop",
        [(B_LOSS, "        predictions = [feedforward(params, x) for x in data]\n"
                  "        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n"
                  "    losses.append(float(sum(errors) / len(errors)))")],
        fails=["train_trajectory", "train_defaults"],
        hint="Your train's losses hold one loss for 25 epochs, the loss after the last one",
        about="train computes each epoch's errors inside the epoch loop but appends the loss once, after it",
    ),
    bug(
        "bp_train_sums_errors_before_each_step", "backprop",
        [("        for x, y_true in zip(data, all_y_trues):\n"
          "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n" + B_LOSS,
          "        total = 0.0\n"
          "        for x, y_true in zip(data, all_y_trues):\n"
          "            total += (y_true - feedforward(params, x)) ** 2\n"
          "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)\n"
          "        losses.append(float(total / len(data)))")],
        fails=["train_trajectory"],
        hint="Your losses are running losses",
        about="train adds each sample's squared error just before that sample's step and records their mean",
    ),
    bug(
        "bp_train_scores_data_in_one_call", "backprop",
        [(B_LOSS, "        losses.append(float(np.mean((all_y_trues - feedforward(params, data)) ** 2)))")],
        fails=["train_uses_learn_rate", "train_trajectory", "training_separates_emily_and_frank", "train_uses_its_data",
               "train_defaults"],
        hint="Your train hands feedforward the whole data set at once",
        also={"train_defaults": "Your train hands feedforward the whole data set at once"},
        crashes=True,
        about="train scores the epoch with one call feedforward(params, data)",
    ),
    bug(
        "bp_backprop_slope_cancelled", "backprop",
        [("    d_L_d_o1 = -2.0 * (y_true - o1)", "    d_L_d_o1 = y_true - o1"),
         (B_SLOPES, "    d_o1 = 1.0  # the output slope taken as cancelled\n")],
        fails=["backprop_gradients", "train_trajectory", "training_separates_emily_and_frank"],
        hint="with the sign flipped too (y_true - o1 where o1 - y_true belongs)",
        about="backprop takes y_true - o1 as the output delta and drops the output sigmoid's slope",
    ),
    bug(
        "bp_backprop_updates_params_after", "backprop",
        [(B_GRADS_RETURN, "    for name in PARAM_NAMES:\n"
                          "        params[name] = params[name] - 0.05 * grads[name]\n" + B_GRADS_RETURN)],
        fails=["backprop_gradients", "train_trajectory"],
        hint="Your function changed the caller's data",
        also={"train_trajectory": "train is built on your backprop, which changes the params it is given"},
        about="backprop also steps the caller's params by 0.05 times each gradient",
    ),
]

M_FORWARD = (
    "        A1 = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
    "        return _sigmoid(A1 @ self.W2 + self.b2)"
)
M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)"
M_LOSS = "        return float(np.mean((A2 - Y) ** 2))"
M_FORWARD_FAILS = ["fresh_network", "forward", "loss", "fit_trajectory", "learns_xor", "fit_is_vectorised",
                   "predict_threshold", "callers_data_left_alone"]
M_BACKWARD_FAILS = ["fresh_network", "backward_gradient_check", "fit_trajectory", "learns_xor", "fit_is_vectorised"]

CASES += [
    bug(
        "mlp_forward_hidden_multiplied", "mlp",
        [(M_FORWARD, "        A1 = _sigmoid(np.multiply(np.asarray(X, dtype=float), self.W1) + self.b1)\n"
                     "        return _sigmoid(A1 @ self.W2 + self.b2)")],
        fails=M_FORWARD_FAILS + ["forward_is_stable"],
        hint="built on your forward",
        also={"forward": "Here X, (m, input_size), meets W1, (input_size, hidden_size)"},
        crashes=True,
        about="forward's hidden layer is np.multiply(X, W1) where the product X @ W1 belongs",
    ),
    bug(
        "mlp_forward_b1_before_W1", "mlp",
        [(M_FORWARD, "        A1 = _sigmoid((np.asarray(X, dtype=float) + self.b1) @ self.W1)\n"
                     "        return _sigmoid(A1 @ self.W2 + self.b2)")],
        fails=M_FORWARD_FAILS + ["forward_is_stable"],
        hint="built on your forward",
        also={"forward": "Your hidden layer adds its bias b1 to its input before the weights"},
        crashes=True,
        about="forward adds b1 to X before multiplying by W1",
    ),
    bug(
        "mlp_forward_X_flattened_to_column", "mlp",
        [(M_FORWARD, "        X = np.asarray(X, dtype=float).flatten()[:, np.newaxis]\n"
                     "        A1 = _sigmoid(X @ self.W1 + self.b1)\n"
                     "        return _sigmoid(A1 @ self.W2 + self.b2)")],
        fails=M_FORWARD_FAILS + ["forward_is_stable"],
        hint="built on your forward",
        also={"forward": "So X lost its columns before X @ W1"},
        crashes=True,
        about="forward flattens X and makes it one column before the first product",
    ),
    bug(
        "mlp_loss_diff_times_diff_transposed", "mlp",
        [(M_LOSS, "        diff = A2 - Y\n        return float(np.mean(diff * diff.T))")],
        fails=["loss", "fit_trajectory", "fit_is_vectorised"],
        hint="one of the transposed shape (2, 6)",
        also={"fit_is_vectorised": "fix loss first"},  # stopped for its time or not, loss is named
        about="loss squares the errors as diff * diff.T, a table of every pair for one output",
    ),
    bug(
        "mlp_backward_dZ2_from_mean_error", "mlp",
        [(M_DZ2, "        dZ2 = np.mean(A2 - Y) * A2 * (1.0 - A2)")],
        fails=["backward_gradient_check", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="one number times the output sigmoid's slope",
        about="backward's dZ2 is the mean error, one number, times the output slope",
    ),
    bug(
        "mlp_backward_divides_by_Y_shape", "mlp",
        [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / Y.shape * A2 * (1.0 - A2)")],
        fails=M_BACKWARD_FAILS + ["backward_takes_any_y"],
        hint="built on your backward",
        also={"backward_gradient_check": "Your output gradient divides by A2.shape, the tuple (m, output_size)"},
        crashes=True,
        about="backward divides by Y.shape, the tuple, where the count of entries belongs",
    ),
    bug(
        "mlp_backward_dW2_product_summed", "mlp",
        [("            \"W2\": A1.T @ dZ2,", "            \"W2\": (dZ2 * A1).sum(0),")],
        fails=M_BACKWARD_FAILS,
        hint="built on your backward",
        also={"backward_gradient_check": "Your dW2 is made element by element"},
        crashes=True,
        about="backward writes dW2 as (dZ2 * A1).sum(0), element by element",
    ),
    bug(
        "mlp_predict_float_of_comparison", "mlp",
        [("        return (self.forward(X) >= 0.5).astype(int)",
          "        return np.asarray(float(self.forward(X) >= 0.5)).astype(int)")],
        fails=["learns_xor", "predict_threshold"],
        hint="Your predict hands a whole array to something that takes one number",
        crashes=True,
        about="predict converts forward(X) >= 0.5 with float() before making it an array",
    ),
    bug(
        "mlp_fit_stores_at_next_slot", "mlp",
        [("            losses[epoch] = self.loss(X, y)", "            losses[epoch + 1] = self.loss(X, y)")],
        fails=["fresh_network", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="Your fit writes into index 5 of an array of 5 slots",
        crashes=True,
        about="fit stores each epoch's loss one slot further on, losses[epoch + 1]",
    ),
]
