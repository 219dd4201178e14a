"""Corpus cases for the class of mistake the sixth held-out corpus found with full marks:
``MLP.backward`` taking y as it comes, where the spec's Y is y reshaped to (m, output_size).
Our own spellings, with their exact expected outcomes; same helpers and rules as ``mutations.py``.
"""

from corpus.mutations import alternative, bug

BACKWARD_Y = "        Y = np.asarray(y, dtype=float).reshape(A2.shape)\n\n        dZ2 = 2.0"

CASES = [
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
