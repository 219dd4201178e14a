"""What train records in place of each epoch's mean squared error: another measure of the trained network
(the mean absolute error, the error rate) or another reduction of the samples' squared errors than their
mean (the largest, the smallest, the median, the first sample's). Where two of them give the same losses on
the check's data (the worst sample may be the first in every epoch), one hint names both readings.

Loaded by ``backprop_hints.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``).
"""

import numpy as np

from autograder.grading.compare import Misconception

MEASURES = {
    "absolute": "the mean absolute error, the mean of |y_true - o1|",
    "error_rate": "the error rate, the fraction of samples whose o1 falls on the wrong side of 0.5 (a classifier's "
                  "accuracy turned round)",
    "largest": "the largest of the samples' squared errors (max, the worst sample's)",
    "smallest": "the smallest of the samples' squared errors (min, the best sample's)",
    "median": "the median of the samples' squared errors (the middle one once sorted)",
    "first": "the first sample's squared error alone",
    "last_output": "every label compared with one and the same output, the last sample's o1: feedforward was given "
                   "the same x for every sample (the sample loop's variable x left over, where the loss's own loop "
                   "over the data names another variable, or none)",
}
OTHER_MEASURE = (
    "Each loss your train records is {what}, over the data set after the epoch, where losses[e] is "
    "the mean squared error, the mean of (y_true - o1) ** 2 over every sample, with o1 as feedforward gives it."
)
SAME_HERE = " (on this data set these give the same losses, so either is yours)"


def measures(found) -> list:
    """The Misconceptions of a train that records another measure of the trained network than the MSE
    (``found``: the mistakes module's train_mistakes, where present); measures that give the same losses
    here share one hint that names them all."""
    groups = []  # [[key, ...], values]
    for key in (key for key in MEASURES if key in found):
        values = np.asarray(found[key], dtype=float)
        same = next((group for group in groups if np.allclose(group[1], values, rtol=1e-9, atol=1e-12)), None)
        if same is None:
            groups.append([[key], values])
        else:
            same[0].append(key)
    found_hints = []
    for keys, values in groups:
        what = " or ".join(MEASURES[key] for key in keys) + (SAME_HERE if len(keys) > 1 else "")
        found_hints.append(Misconception(OTHER_MEASURE.format(what=what), values))
    return found_hints
