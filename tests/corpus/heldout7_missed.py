"""Corpus cases for the two classes the seventh held-out corpus found with full marks (the third,
count_parameters of an empty list, is a written decision in ``test_count_parameters``): a size
check written with len(), which counts only the first axis, and train's losses in another container
than the promised list. Our own spellings, with their exact expected outcomes (``mutations.py``).
"""

from corpus.mutations import bug

MSE_FLAT = "    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()\n"

CASES = [
    bug(
        "loss_mse_len_before_ravel", "loss",
        [(MSE_FLAT, "    if len(np.asarray(y_true)) != len(np.asarray(y_pred)):\n"
                    "        raise ValueError('mse_loss: the inputs differ in length')\n" + MSE_FLAT)],
        fails=["mse_column_against_flat"],
        hint="len() counts only the first axis",
        about="mse_loss rejects inputs whose len() differs, so a (1, n) row against a flat (n,) raises",
    ),
    bug(
        "bp_train_losses_as_tuple", "backprop",
        [("    return params, losses\n", "    return params, tuple(losses)\n")],
        fails=["train_trajectory"],
        hint="returns them as a tuple",
        about="train returns its losses as a tuple where the docstring promises a list of floats",
    ),
]
