"""Corpus cases for slips no known mistake describes, where ``grading.formulas`` says which short
formula the student's code computes instead (over every input the check tried). Our own spellings,
none of them replayed by a ``*_mistakes`` module, with their exact expected outcomes (``mutations.py``)."""

from corpus.mutations import bug

CASES = [
    bug(
        "formula_sigmoid_slope_two_minus_s", "activations",
        [("    return s * (1.0 - s)", "    return s * (2.0 - s)")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="gives s * (2 - s) at every input the check tried",
        about="sigmoid_derivative with 2 where the formula has 1",
    ),
    bug(
        "formula_relu_squared", "activations",
        [("    return np.maximum(np.asarray(z, dtype=float), 0.0)", "    return np.maximum(np.asarray(z, dtype=float), 0.0) ** 2")],
        fails=["relu_values"],
        hint="gives max(0, z) ** 2 at every input",
        about="relu squares its positive part",
    ),
    bug(
        "formula_mse_gradient_without_two_or_n", "loss",
        [("    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
          "    return (y_pred - y_true.reshape(y_pred.shape)) * y_pred.size")],
        fails=["mse_gradient"],
        hint="gives N * (p - y) at every input",
        about="mse_loss_gradient multiplies by N where it divides (and drops the 2)",
    ),
    bug(
        "formula_sgd_step_rate_outside", "backprop",
        [("        name: float(params[name] - learn_rate * grads[name]) for name in PARAM_NAMES",
          "        name: float((params[name] - grads[name]) * learn_rate) for name in PARAM_NAMES")],
        fails=["sgd_step", "train_trajectory", "training_separates_emily_and_frank"],
        hint="gives lr * (p - g) at every input",
        about="sgd_step multiplies the whole difference by the learning rate",
    ),
    bug(
        "formula_mlp_step_minus_for_times", "mlp",
        [("            param -= self.lr * grads[name]", "            param -= self.lr - grads[name]")],
        fails=["step", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="gives p + g - lr at every input",
        about="step subtracts lr - grad, a minus typed for the times (said as p + g - lr, the same formula)",
    ),
]
