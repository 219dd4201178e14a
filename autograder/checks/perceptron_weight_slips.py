"""Hints of the perceptron check of the weights after fit about which weights move and how often: every weight
moved by the label where the rule has the sample's input, one weight that never moves (a loop over the features
one short), and epochs read as a count of passes per sample. Each a Misconception of what
``reference.mistakes.fit_with_mistake`` learns so. Said in words, never as a solution's line.

Loaded by ``perceptron_fits.py`` with ``load_sibling``; handed out with the checks.
"""

from autograder.grading.compare import Misconception

LABEL_FOR_INPUT = (
    "Your weights move by the update times the label y_i, where the rule multiplies the update by the sample's "
    "input x_i: weights += update * x_i. With the label every weight takes the same step, whatever its feature "
    "holds, and a sample labelled 0 never moves them at all. Each weight moves by the update times its own feature "
    "of x_i (the bias alone moves by the update itself)."
)
WEIGHT_SKIPPED = (
    "Your {which} never moves: it stays at 0 while the other weights learn. A loop over the features that updates "
    "the weights one at a time misses it ({how}). Every weight j moves by update * x_i[j]: loop over all of them, "
    "range(len(self.weights)), or move them all at once with weights += update * x_i."
)
SKIPPED = {-1: ("last weight", "range(len(self.weights) - 1) stops one index early: range's end is already left out"),
           0: ("first weight, weights[0],", "range(1, len(self.weights)) starts at 1, and Python counts from 0")}
PASSES_PER_SAMPLE = (
    "Your fit goes over the data epochs times the number of samples ({passes} passes here: {epochs} epochs times "
    "{n} samples), as a loop over range(self.epochs * len(X)) does, where it makes epochs passes. One epoch is "
    "already one pass over all the samples: the outer loop runs self.epochs times, and the inner loop visits each "
    "sample once."
)


def weight_slips(fit_with_mistake, X, y, lr, epochs):
    """A Misconception for each slip in which weights move and how often: the label for the input, a weight
    skipped by the loop over the features, epochs times the samples' count of passes (``fit_with_mistake``:
    ``reference.mistakes.fit_with_mistake``, asked whatever the answer)."""
    skipped = [Misconception(WEIGHT_SKIPPED.format(which=which, how=how), fit_with_mistake(X, y, lr, epochs, frozen=at))
               for at, (which, how) in SKIPPED.items()]
    return [Misconception(LABEL_FOR_INPUT, fit_with_mistake(X, y, lr, epochs, weight_times="label")), *skipped,
            Misconception(PASSES_PER_SAMPLE.format(passes=epochs * len(X), epochs=epochs, n=len(X)),
                          fit_with_mistake(X, y, lr, epochs * len(X)))]
