"""Hints of the perceptron check of predict when its labels come back in the wrong shape: one label per feature
(the weighted sums taken down the samples, axis=0) or a single label, the first sample's (a return inside the
loop over the rows). Each is told only when the student's own predict gives exactly that: the labels are
compared with that reading of the sums, and a single label is asked again on rows whose first label differs.

Loaded by ``test_perceptron.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.sandbox.session import StudentError

DOWN_THE_SAMPLES = (
    "Your predict gives one label per feature (shape {got}) where it gives one per sample (shape {want}): it adds "
    "X * weights down the samples, over axis=0, so each sum mixes every sample's value of one feature. A sample's "
    "weighted sum adds its own features, the sum over axis=1 (or X @ weights), one number per row of X."
)
FIRST_ROW_ONLY = (
    "Your predict returns one label, the first sample's, where it returns one label per sample (shape {want}): a "
    "return inside the loop over the rows ends predict in the loop's first round. Collect the labels in a list "
    "and return np.array(labels, dtype=int) after the loop, or label all the rows at once."
)
# Rows whose first label is 1 and the rest 0, and the other way round, with the weights [1, 0] and bias 0.
PROBES = (np.array([[1.0, 0.0], [-1.0, 0.0], [-2.0, 0.0]]), np.array([[-1.0, 0.0], [1.0, 0.0], [2.0, 0.0]]))


def _labels(got):
    try:
        return np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None


def shape_hint(student, got, X, weights, bias):
    """DOWN_THE_SAMPLES or FIRST_ROW_ONLY when predict's labels for ``X`` (``weights``, ``bias`` set) are those of
    that slip; None otherwise."""
    labels, want = _labels(got), (len(X),)
    if labels is None or labels.shape == want:
        return None
    if labels.shape == (X.shape[1],) and np.array_equal(labels, (np.sum(X * weights, axis=0) + bias >= 0).astype(float)):
        return DOWN_THE_SAMPLES.format(got=labels.shape, want=want)
    if labels.shape == () and labels == float(X[0] @ weights + bias >= 0) and _first_only(student):
        return FIRST_ROW_ONLY.format(want=want)
    return None


def _first_only(student):
    """Whether the student's predict, asked on PROBES, gives each probe's first label alone."""
    batch = student.batch()
    steps = []
    for rows in PROBES:
        p = batch.invoke("Perceptron")
        batch.set_many({"weights": np.array([1.0, 0.0]), "bias": 0.0}, on=p)
        steps.append(batch.invoke("predict", (rows,), on=p))
    try:
        replies = batch.run()
        got = [_labels(replies[step]) for step in steps]
    except StudentError:
        return False
    return all(g is not None and g.shape == () and g == float(rows[0, 0] >= 0) for g, rows in zip(got, PROBES))


def single_label_hint(student, got, n):
    """FIRST_ROW_ONLY when predict gave one number for ``n`` rows and its answers on PROBES are their first labels."""
    labels = _labels(got)
    return FIRST_ROW_ONLY.format(want=(n,)) if labels is not None and labels.shape == () and _first_only(student) else None
