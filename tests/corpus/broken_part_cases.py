"""Corpus cases for a part of the MLP whose answer has the right numbers in the wrong shape: NumPy would
broadcast it against the right one, so the parts' comparison (``checking/parts.py``) compares shapes
first. A fit that then raises is told which part is wrong, not that every part is right. And a loss that
flattens A2 is told so, not that it flattened y (``mlp_more_hints.y_in_one_line_hint`` reads the line)."""

from corpus.mutations import bug

CASES = [
    bug(
        "mlp_loss_mean_keeps_dims", "mlp",
        [("        return float(np.mean((A2 - Y) ** 2))",
          "        return np.mean((A2 - Y) ** 2, axis=(0, 1), keepdims=True)")],
        fails=["fresh_network", "loss", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="your loss returns an array of shape (1, 1), not a number",
        about="MLP.loss keeps both axes of the mean, a (1, 1) array where a number belongs, and fit stores it",
        crashes=True,
    ),
    bug(
        "mlp_loss_flattens_outputs", "mlp",
        [("        return float(np.mean((A2 - Y) ** 2))", "        return float(np.mean((A2.flatten() - Y) ** 2))")],
        fails=["loss", "fit_trajectory", "fit_is_vectorised"],
        hint="Your loss flattened A2 into one line of all 12 values",
        about="MLP.loss flattens A2 and compares it with y in A2's shape: an (m, m) table for one output, an error for two",
    ),
]
