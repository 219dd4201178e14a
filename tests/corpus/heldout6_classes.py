"""Corpus cases for classes of mistake the sixth held-out corpus found: ``MLP.backward`` taking
y as it comes, where the spec's Y is y reshaped to (m, output_size) (full marks before), and a
train whose parameters never move because sgd_step's result is dropped (told it ignored its rate).
Our own spellings, with their exact expected outcomes; same helpers and rules as ``mutations.py``.
"""

from corpus.mutations import alternative, bug

STEP = "            params = sgd_step(params, backprop(params, x, y_true), learn_rate)"

BACKWARD_Y = "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n\n        dZ2 = 2.0"

CASES = [
    bug(
        "bp_train_step_result_dropped", "backprop",
        [(STEP, "            sgd_step(params, backprop(params, x, y_true), learn_rate)")],
        fails=["train_trajectory", "training_separates_emily_and_frank", "train_uses_learn_rate"],
        hint="its result must be assigned",
        about="train calls sgd_step but drops the new dict it returns, so the parameters never move",
    ),
    bug(
        "mlp_backward_y_kept_flat", "mlp",
        [(BACKWARD_Y, "        Y = np.array(y, dtype=float)\n\n        dZ2 = 2.0")],
        fails=["backward_takes_any_y"],
        hint="broadcasts to (m, m)",
        about="backward makes y an array but never reshapes it, so a flat y meets A2's (m, 1) column",
    ),
    bug(
        "mlp_backward_y_reshaped_as_an_array", "mlp",
        [(BACKWARD_Y, "        Y = y.reshape(A2.shape)\n\n        dZ2 = 2.0")],
        fails=["backward_takes_any_y"],
        hint="a Python list",
        about="backward calls y.reshape directly, which a list of targets does not have",
    ),
    alternative(
        "mlp_backward_y_reshaped_by_size", "mlp",
        [(BACKWARD_Y, "        Y = np.reshape(np.asarray(y, dtype=float), (len(X), -1))\n\n        dZ2 = 2.0")],
        about="backward reshapes y to (m, -1) with m from X: the same Y for any shape of y",
    ),
]
