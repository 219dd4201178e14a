"""Corpus cases for slips no known mistake describes, where ``grading.formulas`` says which short
formula the student's code computes instead (over every input the check tried), or the values say
they were cut off at a bound (``value_hints.capped_hint``); and targets made whole numbers, which
only real-valued targets show. Our own spellings, none of them replayed by a ``*_mistakes`` module,
with their exact expected outcomes (``mutations.py``)."""

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
    bug(
        "capped_mse_gradient_by_min_and_max", "loss",
        [("    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
          "    grad = 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size\n    return np.maximum(np.minimum(grad, 1.0), -1.0)")],
        fails=["mse_gradient"],
        hint="cut off at a bound: wherever the right value is above 1, yours is 1 and below -1",
        about="mse_loss_gradient keeps its values within [-1, 1], which only large errors show",
    ),
    bug(
        "mlp_loss_rounds_the_targets", "mlp",
        [("        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n        return float(np.mean((A2 - Y) ** 2))",
          "        Y = np.round(np.asarray(y, dtype=float)).reshape(A2.shape)\n        return float(np.mean((A2 - Y) ** 2))")],
        fails=["loss"],
        hint="Your loss turns the targets into whole numbers (rounded)",
        about="loss rounds y to whole numbers: 0/1 labels hide it, real-valued targets do not",
    ),
]
