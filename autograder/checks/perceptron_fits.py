"""What the perceptron check of the weights after fit compares a wrong fit with: the weights each known
mistake in the rule leaves (replayed by ``reference.mistakes``, instructor-side: a student's kit has only
their outputs), two fits of the same data that learn different weights (a shuffle, a random start), and a
fit that writes into the X it is given. ``learned_after`` fits and reads the student's Perceptron for those
hints and ``perceptron_probe.py``'s.

Loaded by ``test_perceptron.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``); handed out with the checks.
"""

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import Misconception, describe
from autograder.sandbox.session import StudentError

hints = load_sibling(__file__, "perceptron_hints")  # what the known mistakes in fit and predict are told
slips = load_sibling(__file__, "perceptron_weight_slips")  # the label for the input, a weight skipped, passes per sample
kept = load_sibling(__file__, "perceptron_kept_slips")  # a bias never stored, a slice at the wrong end, an index reused
h18 = load_sibling(__file__, "perceptron_h18")  # averaged weights, a step divided by the sample's norm, a reset per sample
h19 = load_sibling(__file__, "perceptron_h19")  # np.empty for np.zeros, named where two fits disagree


def rule_mistakes(reference, X, y, lr, epochs):
    """What each common mistake in the rule would leave on this data, from ``reference.mistakes``
    (instructor-side code: a student's kit has only these outputs)."""
    fit_with_mistake = reference.mistakes.fit_with_mistake
    off_by_one = [Misconception(hints.OFF_BY_ONE.format(ran=ran, than=than, epochs=epochs), fit_with_mistake(X, y, lr, ran))
                  for ran, than in ((epochs - 1, "one fewer"), (epochs + 1, "one more"))]  # fmt: skip
    no_lr = [Misconception("The update leaves out the learning rate: update = lr * (y_i - prediction), "
                           "so that each mistake moves the weights by lr times the input.",
                           fit_with_mistake(X, y, 1.0, epochs))] if lr != 1.0 else []
    return no_lr + off_by_one + [
        Misconception("The update is lr * (y_i - prediction): target minus prediction. "
                      "Yours seems to use prediction minus target, which moves the weights the wrong way.",
                      fit_with_mistake(X, y, lr, epochs, sign=-1.0)),
        Misconception("The step fires at z >= 0 (z exactly 0 predicts 1); yours seems to use z > 0.",
                      fit_with_mistake(X, y, lr, epochs, strict=True)),
        Misconception(hints.BIAS_STILL, fit_with_mistake(X, y, lr, epochs, bias=False)),
        Misconception(hints.RAW_SUM, fit_with_mistake(X, y, lr, epochs, raw_sum=True)),
        Misconception(hints.MINUS_ONE_LABELS, fit_with_mistake(X, y, lr, epochs, minus_one_labels=True)),
        Misconception(hints.BIAS_WITH_INPUT, fit_with_mistake(X, y, lr, epochs, bias_with_input=True)),
        Misconception("Your weights move against the update while the bias moves with it: weights += update * x_i, "
                      "added like the bias's update, not subtracted.", fit_with_mistake(X, y, lr, epochs, weight_sign=-1.0)),
        Misconception("update = lr * (y_i - prediction) already holds the learning rate: add update itself to the "
                      "bias, not lr * update.", fit_with_mistake(X, y, lr, epochs, bias_scale=lr)),
        Misconception(hints.WITHOUT_INPUT, fit_with_mistake(X, y, lr, epochs, weight_input=False)),
        *hints.loop_level_mistakes(fit_with_mistake, X, y, lr, epochs),
        *hints.rule_slips(fit_with_mistake, X, y, lr, epochs),
        *slips.weight_slips(fit_with_mistake, X, y, lr, epochs),
        *kept.kept_slips(fit_with_mistake, X, y, lr, epochs),
        *h18.replayed_slips(fit_with_mistake, X, y, lr, epochs),
    ]  # fmt: skip


def learned_after(student, runs):
    """The weights followed by the bias that the student's ``Perceptron(lr=lr, epochs=epochs).fit(X, y)``
    learns for each ``(X, y, lr, epochs)`` of ``runs`` (all in one request), as float arrays; None when
    one of them cannot be read (fit raised, or left weights or a bias that are not numbers)."""
    batch = student.batch()
    reads = []
    for X, y, lr, epochs in runs:
        p = batch.invoke("Perceptron", kwargs={"lr": lr, "epochs": epochs})
        batch.invoke("fit", (X, y), on=p)
        reads.append(batch.get_many(["weights", "bias"], on=p))
    try:
        replies = batch.run()
        return [np.append(np.asarray(replies[r]["weights"], dtype=float), float(replies[r]["bias"])) for r in reads]
    except (StudentError, TypeError, ValueError, KeyError):
        return None


def chance_hint(student, X, y):
    """BY_CHANCE (perceptron_hints.py) when two fits on the same data leave different weights (a shuffle, a random start);
    None when they agree or could not be read. Asked only once fit is known to be wrong."""
    learned = learned_after(student, [(X, y, 0.05, 15)] * 2)
    if learned is None:
        return None
    if learned[0].shape == learned[1].shape and np.allclose(learned[0], learned[1], rtol=1e-9, atol=0):
        return None
    return h19.empty_hint(student) or hints.BY_CHANCE.format(first=describe(learned[0]), second=describe(learned[1]))


X_VIEW = (
    "Your fit writes into the X it is given: after fit, row {row} of X holds exactly the weights fit learned, so "
    "the weights are that row itself (X[{row}] is a view of the row, not a copy, and *=, += or [...] = on the "
    "weights change it), and every update changes that sample too: later passes learn from changed data, and the "
    "caller's X is changed. Start the weights as an array of their own, np.zeros(n_features), and leave X as it is."
)
X_CHANGED = (
    "Your fit changes the X it is given (after fit, X is not what was passed in): the caller's X is changed, and "
    "where that happens before or while it learns, it learns from other numbers than the data as given. Look for a name that is X itself or a part of it "
    "(X[i], a row, a reshape of X) that is then changed with +=, -=, *= or [...] =, and work on new arrays instead."
)


def data_changed_hint(student, X, y, lr, epochs):
    """X_VIEW when the student's fit on ``X`` leaves a row of X changed into the weights it learned, X_CHANGED when it
    leaves X changed otherwise; None when X is left alone or could not be read. Asked only once fit is known to be
    wrong: said before any trace of the rule, which would follow data that the fit itself changes."""
    batch = student.batch()
    p = batch.invoke("Perceptron", kwargs={"lr": lr, "epochs": epochs})
    fit = batch.invoke("fit", (X, y), on=p, echo=True)
    read = batch.get_many(["weights"], on=p)
    try:
        replies = batch.run()
        _, (X_after, _), _ = replies[fit]
        X_after, weights = np.asarray(X_after, dtype=float), np.asarray(replies[read]["weights"], dtype=float)
    except (StudentError, TypeError, ValueError, KeyError):
        return None
    given = np.asarray(X, dtype=float)
    if X_after.shape == given.shape and np.array_equal(X_after, given, equal_nan=True):
        return None
    if X_after.shape == given.shape and weights.shape == given.shape[1:]:
        rows = [i for i in range(len(given))
                if not np.array_equal(X_after[i], given[i]) and np.array_equal(X_after[i], weights)]
        if rows:
            return X_VIEW.format(row=rows[0])
    return X_CHANGED
