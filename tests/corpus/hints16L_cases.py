"""Corpus cases for the classes hints16L names, in our own spellings, with their exact expected outcomes
(``mutations.py``): a fit that hands step something other than backward's gradients, where every part is
right, points every fit check to how fit calls them (not only the first).
"""

from corpus.mutations import bug

MLP_STEP = "            self.step(self.backward(X, y))"
FIT_WIRING = "the mistake is in how fit calls them"
LATER_FITS = ("fit_trajectory", "learns_xor", "fit_is_vectorised")

CASES = [
    # -- mlp: fit hands step the loss (or another value) where backward's gradients belong
    bug(
        "hints16L_mlp_fit_steps_with_the_recorded_loss", "mlp",
        [(MLP_STEP, "            self.step(losses[epoch])")],
        fails=["fresh_network", *LATER_FITS], crashes=True, hint=FIT_WIRING,
        also={name: FIT_WIRING for name in LATER_FITS},
        about="fit hands step the loss it has just recorded instead of backward's gradients",
    ),
    bug(
        "hints16L_mlp_fit_steps_with_forward", "mlp",
        [(MLP_STEP, "            self.step(self.forward(X))")],
        fails=["fresh_network", *LATER_FITS], crashes=True, hint=FIT_WIRING,
        also={name: FIT_WIRING for name in LATER_FITS},
        about="fit hands step forward's outputs instead of backward's gradients",
    ),
]
