"""Corpus cases of functions that keep something from one call to the next, read by the general
``checking/asked_again.py`` once a check fails: a train that appends to a list the module made (each call
returns every loss so far), and a gradient that counts in a global the values it has seen (so it divides by
a count that grows); and, read by ``checking/kept_state.py``, functions that answer alike when asked twice but
from what earlier calls left: a sigmoid_derivative that uses the output sigmoid last left in a global, a gradient
that stores the size of its first input on itself, a feedforward that keeps its outputs in a dict of the module
keyed by the input (asked again in a fresh child, each answers otherwise; the loss and backprop exercises now
name the last two with readings of their own, which stay first). Last, slips read off the text by
``grading/source_slips.py``: a relu that computes np.maximum on a line of its own and returns z, and a step
that writes param - lr * grad without keeping it. Their numbers fit no formula; the hint names the state and shows two answers to the
same question (where the exercise's own reading already names it, as for train's growing list, its words stay)."""

from corpus.mutations import bug

CASES = [
    bug(
        "again_train_module_list", "backprop",
        [("    params = dict(params)\n    losses = []\n",
          "    params = dict(params)\n    losses = globals().setdefault('HISTORY', [])\n")],
        fails=["train_trajectory", "train_uses_learn_rate", "train_uses_its_data", "train_defaults"],
        hint="the losses of earlier calls are still in the list it returns",
        about="train appends its losses to a list kept in the module, so every call returns the losses of all calls so far",
    ),
    bug(
        "again_gradient_counts_globally", "loss",
        [("    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
          "    global SEEN\n    SEEN = globals().get('SEEN', 0) + y_pred.size\n"
          "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / SEEN")],
        fails=["mse_gradient"],
        hint="it declares global SEEN and keeps a value in it",
        about="mse_loss_gradient divides by a count of values kept in a global, which grows at every call",
    ),
    bug(
        "again_slope_reads_activation_global", "activations",
        [("    return np.where(z >= 0, 1.0, e) / (1.0 + e)",
          "    global LAST_S\n    LAST_S = np.where(z >= 0, 1.0, e) / (1.0 + e)\n    return LAST_S"),
         ("    s = sigmoid(z)\n    return s * (1.0 - s)",
          "    s = globals().get('LAST_S')\n    if s is None:\n        s = sigmoid(z)\n    return s * (1.0 - s)")],
        fails=["sigmoid_derivative", "derivatives_on_large_inputs"],
        hint="In sigmoid, line 56 of your activations.py, `LAST_S = np.where(z >= 0, 1.0, e) / (1.0 + e)`, assigns the global LAST_S",
        about="sigmoid leaves its output in a global, and sigmoid_derivative uses that output rather than sigmoid(z)",
    ),
    bug(
        "again_gradient_counts_on_first_call", "loss",
        [("    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
          "    if not hasattr(mse_loss_gradient, 'count'):\n        mse_loss_gradient.count = y_pred.size\n"
          "    return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / mse_loss_gradient.count")],
        fails=["mse_gradient"],
        hint="stores a value on the function itself (mse_loss_gradient.count)",
        about="mse_loss_gradient stores the size of its first input on itself and divides every later gradient by it",
    ),
    bug(
        "again_forward_pass_memoised_by_input", "backprop",
        [("    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
          "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    return float(o1)",
          "    seen = globals().setdefault('SEEN_OUTPUTS', {})\n    if tuple(x) in seen:\n        return seen[tuple(x)]\n"
          "    h1 = _sigmoid(p[\"w1\"] * x[0] + p[\"w2\"] * x[1] + p[\"b1\"])\n    h2 = _sigmoid(p[\"w3\"] * x[0] + p[\"w4\"] * x[1] + p[\"b2\"])\n"
          "    o1 = _sigmoid(p[\"w5\"] * h1 + p[\"w6\"] * h2 + p[\"b3\"])\n    seen[tuple(x)] = float(o1)\n    return float(o1)")],
        fails=["train_uses_learn_rate", "train_trajectory"],
        hint="Your feedforward remembers its answers between calls",
        about="feedforward keeps its outputs in a dict of the module keyed by the input alone, so new parameters get old outputs",
    ),
    bug(
        "slip_relu_maximum_not_kept", "activations",
        [("    return np.maximum(np.asarray(z, dtype=float), 0.0)",
          "    z = np.asarray(z, dtype=float)\n    np.maximum(z, 0.0)\n    return z")],
        fails=["relu_values"],
        hint="`np.maximum(z, 0.0)`, computes a new value with maximum() and throws it away",
        about="relu computes np.maximum(z, 0) on a line of its own and returns z unchanged",
    ),
    bug(
        "slip_mlp_step_subtracts_without_keeping", "mlp",
        [("            param -= self.lr * grads[name]", "            param - self.lr * grads[name]")],
        fails=["step", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="`param - self.lr * grads[name]`, computes a value and throws it away",
        about="step writes param - lr * grad as a line of its own, so no parameter moves",
    ),
]
