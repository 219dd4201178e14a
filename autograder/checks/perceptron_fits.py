"""What the perceptron check of the weights after fit compares a wrong fit with: the weights each known
mistake in the rule leaves (replayed by ``reference.mistakes``, instructor-side: a student's kit has only
their outputs), and two fits of the same data that learn different weights (a shuffle, a random start).

Loaded by ``test_perceptron.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``); handed out with the checks.
"""

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import Misconception, describe
from autograder.sandbox.session import StudentError

hints = load_sibling(__file__, "perceptron_hints")  # what the known mistakes in fit and predict are told


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
    ]  # fmt: skip


def chance_hint(student, X, y):
    """BY_CHANCE (perceptron_hints.py) when two fits on the same data leave different weights (a shuffle, a random start);
    None when they agree or could not be read. Asked only once fit is known to be wrong."""
    batch = student.batch()
    reads = []
    for _ in range(2):
        p = batch.invoke("Perceptron", kwargs={"lr": 0.05, "epochs": 15})
        batch.invoke("fit", (X, y), on=p)
        reads.append(batch.get_many(["weights", "bias"], on=p))
    try:
        replies = batch.run()
        learned = [np.append(np.asarray(replies[r]["weights"], dtype=float), float(replies[r]["bias"])) for r in reads]
    except (StudentError, TypeError, ValueError, KeyError):
        return None
    if learned[0].shape == learned[1].shape and np.allclose(learned[0], learned[1], rtol=1e-9, atol=0):
        return None
    return hints.BY_CHANCE.format(first=describe(learned[0]), second=describe(learned[1]))
