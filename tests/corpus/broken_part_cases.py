"""Corpus cases for a part of the MLP whose answer has the right numbers in the wrong shape: NumPy would
broadcast it against the right one, so the parts' comparison (``checking/parts.py``) compares shapes
first. A fit that then raises is told which part is wrong, not that every part is right."""

from corpus.mutations import bug

CASES = [
    bug(
        "mlp_loss_mean_keeps_dims", "mlp",
        [("        return float(np.mean((A2 - Y) ** 2))",
          "        return np.mean((A2 - Y) ** 2, axis=(0, 1), keepdims=True)")],
        fails=["fresh_network", "loss", "fit_trajectory", "learns_xor", "fit_is_vectorised"],
        hint="it is built on your loss, which gives wrong answers itself",
        about="MLP.loss keeps both axes of the mean, a (1, 1) array where a number belongs, and fit stores it",
        crashes=True,
    ),
]
