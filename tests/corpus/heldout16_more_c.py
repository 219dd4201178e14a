"""Corpus cases for the classes of loss, backprop and mlp the sixteenth held-out corpus showed after its blind run,
in our own spellings, with their exact expected outcomes (``mutations.py``): a raised string, a method named without
its call, copy=False under NumPy 2, reshape(*shape) of a number, the outer product's sum, a default list that keeps
the errors of earlier calls, a gradient loop from 1, a loop pairing y_true[i] with y_pred[i - 1]; partials carrying
dL/do1 twice, a feedforward with w2 and w3 swapped or h2 fed h1, a train applying learn_rate twice, swapping
sgd_step's arguments, building predictions with a generator, recording losses by //, by an (n, n) table or without the
last sample; a backward with 2 // N, with A2 of 0/1 labels, with a gradient stored as a tuple or a dZ2 dividing by the
slope, a loss keeping its axes, a fit applying lr twice or returning a spare slot.
"""

from corpus.mutations import bug

L_RET = "    return float(np.mean((y_true - y_pred) ** 2))"
L_GRAD = "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size"
L_RAISE = ("        raise ValueError(\n            f\"mse_loss: y_true has {y_true.size} values but y_pred has \"\n"
           "            f\"{y_pred.size}; they must hold the same number of elements\"\n        )")
L_GRAD_IN = "    y_pred = np.asarray(y_pred, dtype=float)\n    y_true = np.asarray(y_true, dtype=float)\n"
B_STEP = "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)"
B_PRED = "        predictions = [feedforward(params, x) for x in data]"
B_MEAN = "        losses.append(float(sum(errors) / len(errors)))"
B_H2 = "    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return float(o1)"
M_DZ2 = "        dZ2 = 2.0 * (A2 - Y) / A2.size * A2 * (1.0 - A2)"
M_FIT = "            self.step(self.backward(X, y))"
M_TRAIN = ["fit_trajectory", "learns_xor", "fit_is_vectorised"]

CASES = [
    bug("loss_mse_raises_f_string", "loss", [(L_RAISE, "        raise f\"sizes differ: {y_true.size} against {y_pred.size}\"")],
        fails=["mse_rejects_different_sizes"], hint="Your code raises a plain string",
        about="mse_loss raises an f-string instead of a ValueError"),
    bug("loss_mse_mean_method_uncalled", "loss", [(L_RET, "    squares = np.square(y_true - y_pred)\n    return float(squares.mean)")],
        fails=["mse_values", "mse_column_against_flat"], hint=".mean is named but never called",
        about="mse_loss names squares.mean without calling it"),
    bug("loss_grad_array_copy_false", "loss", [(L_GRAD_IN, "    y_pred = np.array(y_pred, copy=False, dtype=np.float64)\n"
                                                           "    y_true = np.array(y_true, copy=False, dtype=np.float64)\n")],
        fails=["mse_gradient"], hint="np.array(..., copy=False) no longer means",
        about="mse_loss_gradient converts with np.array(copy=False), which NumPy 2 refuses where a copy is needed"),
    bug("loss_grad_reshape_unpacked_shape", "loss",
        [(L_GRAD, "    return 2.0 * (y_pred - y_true.reshape(*np.shape(y_pred))) / y_pred.size")],
        fails=["numbers_are_one_element"], hint="reshape(*shape) unpacks the shape",
        about="mse_loss_gradient unpacks y_pred's shape into reshape, which a number's shape () leaves empty"),
    bug("loss_mse_np_outer_sum", "loss", [(L_RET, "    e = y_true - y_pred\n    return float(np.outer(e, e).sum() / e.size)")],
        fails=["mse_values", "mse_column_against_flat"], hint="the sum of the (n, n) outer product",
        about="mse_loss sums the outer product of the errors, (sum of errors) squared"),
    bug("loss_mse_history_default", "loss",
        [("def mse_loss(y_true, y_pred):", "def mse_loss(y_true, y_pred, history=[]):"),
         (L_RET, "    history += list((y_true - y_pred) ** 2)\n    return float(sum(history) / len(history))")],
        fails=["mse_values", "mse_column_against_flat"], hint="a mutable default argument (history=[]",
        about="mse_loss keeps its squared errors in a default list shared between calls"),
    bug("loss_grad_loop_skips_first", "loss",
        [(L_GRAD, "    out = np.zeros_like(y_pred)\n    target = y_true.reshape(y_pred.shape)\n"
                  "    for k in range(1, out.size):\n        out.flat[k] = 2.0 * (y_pred.flat[k] - target.flat[k]) / out.size\n"
                  "    return out")],
        fails=["mse_gradient"], hint="its first element, which stays 0",
        about="mse_loss_gradient fills its gradient in a loop that starts at 1"),
    bug("loss_mse_pairs_shifted_by_one", "loss",
        [(L_RET, "    n = y_true.size\n    return float(sum((y_pred[k - 1] - y_true[k]) ** 2 for k in range(n)) / n)")],
        fails=["mse_values", "mse_column_against_flat"], hint="pairs each target with the prediction before it",
        about="mse_loss pairs y_true[k] with y_pred[k - 1]"),
    bug("bp_grads_carry_loss_slope_twice", "backprop",
        [("    d_o1 = o1 * (1.0 - o1)\n", "    d_o1 = d_L_d_o1 * (o1 * (1.0 - o1))  # output delta\n")],
        fails=["backprop_gradients", "train_trajectory", "training_separates_emily_and_frank"],
        hint="Every partial carries dL/do1", about="backprop folds dL/do1 into the slope's name and multiplies by it again"),
    bug("bp_feedforward_columns_as_neurons", "backprop",
        [("    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return float(o1)",
          "    hidden = np.array([[p[\"w1\"], p[\"w2\"]], [p[\"w3\"], p[\"w4\"]]])\n"
          "    z1, z2 = np.dot(x, hidden) + [p[\"b1\"], p[\"b2\"]]\n    h1, h2 = _sigmoid(z1), _sigmoid(z2)\n"
          "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return float(o1)")],
        fails=["feedforward", "train_trajectory"], hint="pairs w2 and w3 the other way round",
        about="feedforward multiplies x by a rows-are-neurons matrix from the left"),
    bug("bp_feedforward_h2_reads_h1_second", "backprop", [(B_H2, B_H2.replace("p[\"w4\"] * x[1]", "p[\"w4\"] * h1", 1))],
        fails=["feedforward", "train_trajectory"], hint="Your h2 reads h1's output where the input x[1] belongs",
        about="feedforward feeds h1 into h2 in place of x[1]"),
    bug("bp_train_grads_prescaled", "backprop",
        [(B_STEP, "            grads = {k: g * learn_rate for k, g in backprop(params, x, y_true).items()}\n"
                  "            params = sgd_step(params, grads, learn_rate)")],
        fails=["train_trajectory"], hint="the learning rate is applied twice",
        about="train multiplies the partials by learn_rate before sgd_step does it again"),
    bug("bp_train_step_order_swapped", "backprop",
        [(B_STEP, "            partials = backprop(params, x, y_true)\n            params = sgd_step(partials, params, learn_rate)")],
        fails=["train_trajectory", "training_separates_emily_and_frank"], hint="sgd_step given its arguments in the wrong order",
        about="train passes the partials first and the parameters second to sgd_step"),
    bug("bp_train_outputs_generator", "backprop",
        [(B_PRED + "\n        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n" + B_MEAN,
          "        outputs = (feedforward(params, x) for x in data)\n"
          "        losses.append(float(np.mean(np.square(np.array(all_y_trues, dtype=float) - np.array(outputs)))))")],
        fails=["train_uses_learn_rate", "train_trajectory", "training_separates_emily_and_frank", "train_uses_its_data",
               "train_defaults"], hint="A generator reached arithmetic",
        about="train builds the epoch's outputs with a generator expression and subtracts it", crashes=True),
    bug("bp_train_loss_labels_newaxis", "backprop",
        [(B_PRED + "\n        errors = [(y - o) ** 2 for y, o in zip(all_y_trues, predictions)]\n" + B_MEAN,
          "        outputs = np.array([feedforward(params, x) for x in data])\n"
          "        losses.append(float(np.mean((np.asarray(all_y_trues, dtype=float)[:, np.newaxis] - outputs) ** 2)))")],
        fails=["train_trajectory"], hint="the (n, n) table of every label against every prediction",
        about="train's loss subtracts a row of outputs from a column of labels"),
    bug("bp_train_loss_whole_division", "backprop", [(B_MEAN, "        losses.append(sum(errors) // len(data))")],
        fails=["train_uses_learn_rate", "train_trajectory", "train_uses_its_data", "train_defaults"],
        hint="rounded down to a whole number", about="train averages the squared errors with //"),
    bug("bp_train_loss_drops_last_row", "backprop", [(B_MEAN, "        losses.append(float(sum(errors[:-1]) / (len(errors) - 1)))")],
        fails=["train_trajectory", "train_defaults"], hint="the mean over all samples but the last one",
        about="train's loss leaves the last sample out", crashes=True),
    bug("mlp_backward_scale_floor", "mlp", [(M_DZ2, "        scale = 2 // Y.size\n        dZ2 = scale * (A2 - Y) * A2 * (1.0 - A2)")],
        fails=["backward_gradient_check", *M_TRAIN], hint="floor division, which rounds 2 // N down to 0",
        about="backward's factor 2 // N is 0 for more than two outputs"),
    bug("mlp_backward_thresholded_output", "mlp",
        [("        A2 = _sigmoid(A1 @ self.W2 + self.b2)\n        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n\n",
          "        A2 = (_sigmoid(A1 @ self.W2 + self.b2) >= 0.5).astype(float)\n        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n\n")],
        fails=["backward_gradient_check", *M_TRAIN], hint="backward's A2 holds 0/1 labels",
        about="backward thresholds the output before taking its slope"),
    bug("mlp_backward_db2_comma", "mlp",
        [("            \"b2\": dZ2.sum(axis=0, keepdims=True),\n        }",
          "            \"b2\": db2,\n        }"),
         (M_DZ2, M_DZ2 + "\n        db2 = np.sum(dZ2, axis=0, keepdims=True),")],
        fails=["fresh_network", "backward_gradient_check", *M_TRAIN], hint="gradient of b2 as a tuple holding one array",
        about="backward's db2 line ends with a comma", crashes=True),
    bug("mlp_backward_slope_in_denominator", "mlp", [(M_DZ2, "        dZ2 = 2.0 * (A2 - Y) / (A2 * (1.0 - A2) * A2.size)")],
        fails=["backward_gradient_check", *M_TRAIN], hint="divides by the output sigmoid's slope",
        about="backward's dZ2 has the slope under the division"),
    bug("mlp_loss_sum_keepdims", "mlp",
        [("        return float(np.mean((A2 - Y) ** 2))", "        return np.sum((A2 - Y) ** 2, keepdims=True) / A2.size")],
        fails=["fresh_network", "loss", *M_TRAIN], hint="with keepdims=True keeps both axes",
        about="loss returns a (1, 1) array from a sum with keepdims", crashes=True),
    bug("mlp_fit_step_lr_prescaled", "mlp",
        [(M_FIT, "            g = self.backward(X, y)\n            self.step({k: self.lr * v for k, v in g.items()})")],
        fails=M_TRAIN, hint="the learning rate is applied twice", about="fit scales the gradients by lr before step"),
    bug("mlp_fit_losses_two_spare_slots", "mlp", [("        losses = np.empty(epochs)", "        losses = np.zeros(epochs + 2)")],
        fails=["fit_trajectory", "fit_is_vectorised"], hint="made 2 slots longer than the number of epochs",
        about="fit allocates two loss slots too many"),
]
