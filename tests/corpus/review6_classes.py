"""Corpus cases for the classes of misleading hint that the review of the sixth held-out corpus
found (``tests/heldout6/REVIEW.md``): a gate's numbers right but in the wrong order, an xor whose
output gate gets one hidden output twice, predictions made once per epoch, a ratio read from one
value, a backward that also steps (once blamed on step), a predict that thresholds the weighted sum.
Our own spellings, with their exact expected outcomes; same helpers and rules as ``mutations.py``.
"""

from corpus.mutations import bug

PREDICTION = "                prediction = 1 if x_i @ self.weights + self.bias >= 0 else 0\n"
MSE_MEAN = "    return float(np.mean((y_true - y_pred) ** 2))"
BACKWARD_RETURN = '        return {\n            "W1": X.T @ dZ1,'

CASES = [
    bug(
        "gates_nand_bias_written_last", "gates",
        [("NAND_WEIGHTS = (1.5, -0.6, -0.6)", "NAND_WEIGHTS = (-0.6, -0.6, 1.5)")],
        fails=["gate_weights[NAND]", "xor_truth_table", "xor_on_arrays"],
        hint="in another order",
        about="NAND's numbers are right, but the bias is written last, as if the tuple were (w1, w2, w0)",
    ),
    bug(
        "gates_xor_nand_fed_twice", "gates",
        [("    return perceptron(either, not_both, AND_WEIGHTS)", "    return perceptron(not_both, not_both, AND_WEIGHTS)")],
        fails=["xor_truth_table", "xor_on_arrays"],
        hint="given the NAND output twice",
        about="xor's output gate is given the NAND output twice, so xor computes NAND",
    ),
    bug(
        "perceptron_epoch_predictions_first", "perceptron",
        [("            for x_i, y_i in zip(X, y):\n" + PREDICTION,
          "            predictions = (X @ self.weights + self.bias >= 0).astype(int)\n"
          "            for x_i, y_i, prediction in zip(X, y, predictions):\n")],
        fails=["weights_after_fit"],
        hint="the predictions of the whole epoch computed before that loop",
        about="fit predicts the whole epoch at once before the sample loop, then updates inside it",
    ),
    bug(
        "loss_mse_loop_from_one", "loss",
        [(MSE_MEAN, "    total = 0.0\n    for i in range(1, y_true.size):\n        total += (y_true[i] - y_pred[i]) ** 2\n"
                    "    return float(total / y_true.size)")],
        fails=["mse_values", "mse_column_against_flat"],
        hint="one element's square left out",
        about="mse_loss's loop starts at index 1, so the first squared error is never added",
    ),
    bug(
        "mlp_backward_moves_b2", "mlp",
        [(BACKWARD_RETURN, "        self.b2 = self.b2 - self.lr * dZ2.sum(axis=0, keepdims=True)\n" + BACKWARD_RETURN)],
        fails=["backward_gradient_check", "fit_trajectory", "fit_is_vectorised"],
        hint="Your backward changed the network's parameters (b2)",
        about="backward also steps the output bias, so fit moves b2 twice per epoch (once blamed on step)",
        also={"fit_trajectory": "fix backward first"},
    ),
    bug(
        "mlp_predict_from_output_sum", "mlp",
        [("        return (self.forward(X) >= 0.5).astype(int)",
          "        hidden = _sigmoid(np.asarray(X, dtype=float) @ self.W1 + self.b1)\n"
          "        return (hidden @ self.W2 + self.b2 >= 0.5).astype(int)")],
        fails=["predict_threshold"],
        hint="before the sigmoid",
        about="predict compares the output layer's weighted sum with 0.5 instead of forward's sigmoid output",
    ),
]
