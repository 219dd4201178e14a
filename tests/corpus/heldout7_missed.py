"""Corpus cases for classes the seventh held-out corpus and its review found: two with full marks
(the third, count_parameters of an empty list, is a written decision in ``test_count_parameters``),
a size check written with len(), which counts only the first axis, and train's losses in another
container than the promised list; and a misleading hint, a weight used for both inputs that was
told it read one input twice (both give the same outputs: both are said). Our own spellings, with
their exact expected outcomes (``mutations.py``).
"""

from corpus.mutations import bug

MSE_FLAT = "    y_true = np.asarray(y_true, dtype=float).ravel()\n    y_pred = np.asarray(y_pred, dtype=float).ravel()\n"

CASES = [
    bug(
        "gates_perceptron_w2_for_both_inputs", "gates",
        [("    z = w0 + w1 * np.asarray(x1) + w2 * np.asarray(x2)", "    z = w0 + w2 * np.asarray(x1) + w2 * np.asarray(x2)")],
        fails=["perceptron_weighted_sum"],
        hint="multiplies both inputs by w2",
        about="perceptron multiplies both inputs by w2 (a copy slip), so w1 is never used",
    ),
    bug(
        "loss_mse_len_before_ravel", "loss",
        [(MSE_FLAT, "    if len(np.asarray(y_true)) != len(np.asarray(y_pred)):\n"
                    "        raise ValueError('mse_loss: the inputs differ in length')\n" + MSE_FLAT)],
        fails=["mse_column_against_flat", "numbers_are_one_element"],  # len() of a number raises TypeError too
        hint="len() counts only the first axis",
        about="mse_loss rejects inputs whose len() differs, so a (1, n) row against a flat (n,) raises, and a number",
    ),
    bug(
        "bp_train_losses_as_tuple", "backprop",
        [("    return params, losses\n", "    return params, tuple(losses)\n")],
        fails=["train_trajectory"],
        hint="returns them as a tuple",
        about="train returns its losses as a tuple where the docstring promises a list of floats",
    ),
]
