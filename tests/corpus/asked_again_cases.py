"""Corpus cases of functions that keep something from one call to the next, read by the general
``checking/asked_again.py`` once a check fails: a train that appends to a list the module made (each call
returns every loss so far), and a gradient that counts in a global the values it has seen (so it divides by
a count that grows). Their numbers fit no formula; the hint names the state and shows two answers to the
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
        hint="(it declares global SEEN and changes it)",
        about="mse_loss_gradient divides by a count of values kept in a global, which grows at every call",
    ),
]
