"""Hints of the perceptron check of the weights after fit about what fit keeps: a bias learned in a local
name and never stored, an augmented weight vector sliced at the wrong end, a sample index reused by an inner
loop over the features, a step that gives 0.5 at exactly 0, an early stop on a signed sum of updates. Each a
Misconception of what ``reference.mistakes.fit_with_mistake`` learns so. Said in words, never as a solution's line.

Loaded by ``perceptron_fits.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.grading.compare import Misconception

BIAS_NOT_STORED = (
    "Your weights are learned right, but self.bias is still its starting 0.0: fit learns a bias (the weights "
    "would come out otherwise) and never stores it. A float cannot change in place: bias += update rebinds the "
    "local name bias to a new float, and self.bias keeps the old one (an array such as the weights is changed "
    "in place by +=, which is why they follow). Update self.bias itself, or set self.bias = bias after the loop."
)
SLICED_AT_THE_END = (
    "Your weights are the bias followed by all but the last feature weight: the vector that carries the bias "
    "first (w[0], the weight of a column of ones put before X) is sliced at the wrong end, w[:-1], which keeps "
    "the bias and drops the last weight. The feature weights are w[1:], the bias is w[0]."
)
INDEX_REUSED = (
    "Your fit trains every sample against the label y[{k}], and {k} is the index of the last feature ({n} "
    "features here): an inner loop over the features that reuses the name of the sample index (for i ... "
    "inside for i ...) leaves i at the last feature's index, and y[i] is read with that i. Give the inner loop "
    "a name of its own (j), or take the sum at once with x_i @ weights."
)
HALF_AT_ZERO = (
    "Where the weighted sum is exactly 0, your fit predicts 0.5, not 1, so the update there is half a step "
    "(lr * (0 - 0.5)): np.heaviside(z, 0.5) does this, its second argument being the value at exactly 0. The "
    "step predicts 1 at z = 0: np.heaviside(z, 1), or 1 if z >= 0 else 0."
)
SIGNED_STOP = (
    "Your fit stops early (a break before its epochs are done) while samples are still misclassified: it stops "
    "after an epoch whose updates add up to 0, but the updates carry a sign, so a +lr and a -lr cancel and the "
    "sum is 0 though two samples were wrong. To stop early, count the mistakes (or add up abs(update)), or "
    "simply run all the epochs."
)


def kept_slips(fit_with_mistake, X, y, lr, epochs):
    """A Misconception for each slip in what fit keeps (``fit_with_mistake``: ``reference.mistakes.fit_with_mistake``,
    asked whatever the answer)."""
    rule = fit_with_mistake(X, y, lr, epochs)
    n = np.shape(X)[1]
    return [Misconception(BIAS_NOT_STORED, np.append(rule[:-1], 0.0)),
            Misconception(SLICED_AT_THE_END, np.concatenate([rule[-1:], rule[:n - 1], rule[-1:]])),
            Misconception(INDEX_REUSED.format(k=n - 1, n=n), fit_with_mistake(X, y, lr, epochs, label_at=n - 1)),
            Misconception(HALF_AT_ZERO, fit_with_mistake(X, y, lr, epochs, half_at_zero=True)),
            Misconception(SIGNED_STOP, fit_with_mistake(X, y, lr, epochs, signed_stop=True))]
