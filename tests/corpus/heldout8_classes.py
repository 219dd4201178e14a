"""Corpus cases for classes the eighth held-out corpus showed after its blind run: a fit whose outer
loop runs over the samples instead of the epochs (told it did not start from zeros), and a train
whose losses are all measured at the parameters it was given (told that its parameters never move),
a threshold that takes a sign (told that it rounds), and hidden neurons fed one value each (told
that Neuron's arguments were swapped). Our own spellings, with their exact expected outcomes (``mutations.py``).
"""

from corpus.mutations import bug

CASES = [
    bug(
        "bp_train_loss_from_the_given_params", "backprop",
        [("    params = dict(params)\n    losses = []\n", "    given = params\n    params = dict(params)\n    losses = []\n"),
         ("        predictions = [feedforward(params, x) for x in data]", "        predictions = [feedforward(given, x) for x in data]")],
        fails=["train_uses_learn_rate", "train_trajectory"],
        hint="although the parameters it returns have moved",
        about="train measures every epoch's loss with the parameters it was given, not the trained ones",
    ),
    bug(
        "perceptron_passes_counted_by_samples", "perceptron",
        [("        for _ in range(self.epochs):\n", "        for _ in range(len(X)):\n")],
        fails=["weights_after_fit"],
        hint="one for each sample, a count taken from the data",
        about="fit runs one pass per sample (len(X) of them), whatever epochs says",
    ),
]
CASES += [
    bug(
        "gates_threshold_sign_for_numbers", "gates",
        [("    return int(z >= 0.5)", "    return int(np.sign(z - 0.5)) if z != 0.5 else 1")],
        fails=["threshold_on_numbers", "perceptron_weighted_sum", "xor_truth_table"],
        hint="a sign (np.sign(z - 0.5)) gives -1, 0 or 1",
        about="threshold takes the sign of z - 0.5 for a number, so a sum below 0.5 gives -1",
    ),
]
CASES += [
    bug(
        "neuron_tiny_hidden_fed_one_value", "neuron",
        [("        hidden = [self.h1.feedforward(x), self.h2.feedforward(x)]", "        hidden = [self.h1.feedforward(x[0]), self.h2.feedforward(x[1])]")],
        fails=["tiny_network"],
        hint="look at what TinyNetwork hands its neurons",
        about="TinyNetwork gives h1 only the first input value, where every hidden neuron takes the whole input",
    ),
]
