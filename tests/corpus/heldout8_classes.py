"""Corpus cases for classes the eighth held-out corpus showed after its blind run: a fit whose outer
loop runs over the samples instead of the epochs (told it did not start from zeros), and a
TinyNetwork whose hidden neurons get one input each (told that Neuron's arguments were swapped,
since both raise the same words). Our own spellings, with their exact expected outcomes (``mutations.py``).
"""

from corpus.mutations import bug

CASES = [
    bug(
        "perceptron_passes_counted_by_samples", "perceptron",
        [("        for _ in range(self.epochs):\n", "        for _ in range(len(X)):\n")],
        fails=["weights_after_fit"],
        hint="your fit runs its passes over something else than the epochs",
        about="fit runs one pass per sample (len(X) of them), whatever epochs says",
    ),
]
