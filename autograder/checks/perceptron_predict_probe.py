"""A probe of a wrong predict: where predict's labels are wrong, the student's own predict is asked, with
the weights (1, 0) and three biases, for a column of weighted sums from -2 to 2, and each candidate reading
of where it fires is tried on all three (the sums rounded or cut to whole numbers before the step, or
compared with another number than 0). A bias handled right gives the same threshold on the full sum
z = X @ weights + bias for every bias, so one reading must hold for all three: that tells a threshold
slip from a bias slip, which the check's own data alone may not.

Only the spec's rule and the student's own labels are used here: nothing to record. Loaded by
``test_perceptron.py`` with ``load_sibling``; asked only once predict is known to be wrong.
"""

import numpy as np

from autograder.sandbox.session import StudentError

# sorted(set(...)), not np.unique, which loads numpy.ma (some 20 ms at every check's start)
SUMS = np.array(sorted(set(np.round(np.concatenate([np.arange(-2.0, 2.0001, 0.05), [
    -1.0, -0.99, -0.51, -0.5, -0.49, -0.01, 0.0, 0.01, 0.49, 0.5, 0.51, 0.99, 1.0]]), 2).tolist())))
BIASES = (0.0, 0.75, -0.75)
READINGS = {
    "rounded": (lambda z: np.round(z) >= 0,
                "the sums are rounded to whole numbers before the step (np.round or round(): any sum from -0.5 up to 0 "
                "rounds to 0, or -0.0, which is >= 0), or compared with -0.5"),
    "truncated": (lambda z: np.trunc(z) >= 0,
                  "the sums are cut to whole numbers towards 0 before the step (int(), astype(int), np.trunc or "
                  "np.ceil make every sum above -1, such as -0.7, into 0), or compared with -1 by >"),
}
FIRES_ELSEWHERE = (
    "Your predict fires from a weighted sum of {where} on, where the step fires from 0: {how}. Read with the "
    "weights (1, 0) and the biases 0, 0.75 and -0.75, it moves with the bias as it should, so the bias is added "
    "right; only the step is off. Compare the sum X @ weights + bias itself with 0, and round nothing in predict."
)


def _labels(student):
    """The student's predict on the column SUMS (second feature 0) with weights (1, 0) and each of BIASES: a list
    of 0/1 arrays, or None where one cannot be read."""
    X = np.column_stack([SUMS, np.zeros_like(SUMS)])
    batch = student.batch()
    p = batch.invoke("Perceptron")
    batch.invoke("fit", (np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]), np.array([0, 1, 1, 1])), on=p)
    steps = []
    for bias in BIASES:
        batch.set_many({"weights": np.array([1.0, 0.0]), "bias": bias}, on=p)
        steps.append(batch.invoke("predict", (X,), on=p))
    try:
        replies = batch.run()
        found = [np.asarray(replies[step], dtype=float) for step in steps]
    except (StudentError, TypeError, ValueError, KeyError):
        return None
    return found if all(f.shape == SUMS.shape for f in found) else None


def step_hint(student):
    """FIRES_ELSEWHERE where, for all three biases, the student's labels are those of one reading of READINGS, or of
    the full sum compared with one number other than 0 (with >= or >); None otherwise."""
    found = _labels(student)
    if found is None:
        return None
    sums = [SUMS + bias for bias in BIASES]
    if all(np.array_equal(f, (z >= 0).astype(float)) for f, z in zip(found, sums)):
        return None  # right here: what the check saw is something else
    for fires, how in READINGS.values():
        if all(np.array_equal(f, fires(z).astype(float)) for f, z in zip(found, sums)):
            return FIRES_ELSEWHERE.format(where=f"{'-0.5' if how.startswith('the sums are rounded') else 'just above -1'}", how=how)
    for at in np.unique(np.round(sums[0], 2)):
        for strict in (False, True):
            if at == 0 and not strict:
                continue
            if all(np.array_equal(f, ((z > at) if strict else (z >= at)).astype(float)) for f, z in zip(found, sums)):
                where = f"{'just above ' if strict else ''}{at:g}"
                return FIRES_ELSEWHERE.format(where=where, how=f"it compares the sum with {at:g}"
                                              f"{' by >' if strict else ''}, where the step compares it with 0 by >=")
    return None


STRICT = "A sample whose sum is exactly 0 is predicted 1: use >= 0, not > 0."
HALF = ("predict steps at 0, not at 0.5 (0.5 was the threshold of exercise 1's gates, whose weights were picked for "
        "it): 1 where z = X @ weights + bias >= 0.")
BIAS_SIGN = ("Your labels are those of X @ weights with the bias subtracted{alike}: predict adds the bias to the "
             "weighted sum, X @ weights + bias, before comparing it with 0.")


def labels_hint(got):
    """A hint when predict gives labels other than 0 and 1 (np.sign's -1, say); None otherwise."""
    try:
        labels = set(np.asarray(got, dtype=float).ravel().tolist())  # not np.unique, which loads numpy.ma (6 ms)
    except (TypeError, ValueError):
        return None
    if labels <= {0.0, 1.0}:
        return None
    return (f"Your labels include {sorted(labels - {0.0, 1.0})}: this perceptron's labels are 0 and 1, as y's "
            "are (np.sign gives -1, 0 and 1, the labels of other courses): give 1 where z >= 0 and 0 elsewhere.")


# Where the bias goes: each reading is a way of mixing weights and bias into the sum, tried on SETTINGS (weights,
# bias) chosen so that no two readings give the same labels on all of them (tests/test_predict_probe.py holds that).
SETTINGS = ((np.array([1.0, 0.0]), 0.75), (np.array([1.0, 0.0]), -0.75), (np.array([0.5, -1.0]), 0.5),
            (np.array([-0.5, 1.5]), -1.0))
GRID = np.array([[a, b] for a in np.arange(-2.0, 2.001, 0.25) for b in np.arange(-2.0, 2.001, 0.25)])
BIAS_READINGS = {
    "into weights": (lambda X, w, b: X @ (w + b),
                     "the bias is added to every weight, X @ (weights + bias), so it is multiplied by every input"),
    "into inputs": (lambda X, w, b: (X + b) @ w,
                    "the bias is added to every input, (X + bias) @ weights, so it is multiplied by every weight"),
    "per feature": (lambda X, w, b: X @ w + b * X.shape[1],
                    "the bias is added once per feature (inside a sum over the features, such as "
                    "np.sum(X * weights + bias, axis=1)), not once per sample"),
    "times": (lambda X, w, b: (X @ w) * b, "the bias multiplies the weighted sum (or the weights, which gives the "
              "same), where it belongs added to it"),
    "no bias": (lambda X, w, b: X @ w, "the bias is left out of the sum"),
    "minus": (lambda X, w, b: X @ w - b, "the bias is subtracted from the weighted sum"),
}
BIAS_PLACE = (
    "Your predict's labels are those of a sum where {how}{also}. The bias is one number added once to each "
    "sample's weighted sum: z = X @ weights + bias (parentheses around X @ weights only), then 1 where z >= 0."
)
PARTS_FROM_RULE = (
    "Your predict parts from the rule here: with weights {w} and bias {b:g}, the sample x = {x} has the sum "
    "x @ weights + bias = {z:g}, so the step gives {right}; yours gave {got}. Work out that one sample by hand and "
    "follow it through your predict: the sum is X @ weights + bias, and the label is 1 where it is >= 0, else 0."
)


def _settings_labels(student):
    """The student's predict on GRID for each of SETTINGS, or None where one cannot be read."""
    batch = student.batch()
    p = batch.invoke("Perceptron")
    batch.invoke("fit", (np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]), np.array([0, 1, 1, 1])), on=p)
    steps = []
    for weights, bias in SETTINGS:
        batch.set_many({"weights": weights, "bias": bias}, on=p)
        steps.append(batch.invoke("predict", (GRID,), on=p))
    try:
        replies = batch.run()
        found = [np.asarray(replies[step], dtype=float) for step in steps]
    except (StudentError, TypeError, ValueError, KeyError):
        return None
    return found if all(f.shape == (len(GRID),) for f in found) else None


def bias_readings(found) -> list[str]:
    """The BIAS_READINGS whose labels are the student's (``found``: one array per setting) on every setting."""
    return [name for name, (sums, _) in BIAS_READINGS.items()
            if all(np.array_equal(f, (sums(GRID, w, b) >= 0).astype(float)) for f, (w, b) in zip(found, SETTINGS))]


def bias_hint(student, *, parts=True):
    """Where the labels of a wrong predict show how it mixes weights and bias (BIAS_PLACE, naming every reading
    that gives them), or (with ``parts``) where they first part from the rule on the simplest setting
    (PARTS_FROM_RULE); None when predict cannot be read on the probe or is right on it (what the check saw is
    something else)."""
    found = _settings_labels(student)
    if found is None:
        return None
    matching = bias_readings(found)
    if matching:
        hows = [BIAS_READINGS[name][1] for name in matching]
        also = "".join(f", or where {how}" for how in hows[1:])
        if len(hows) > 1:
            also += " (these give the same labels here)"
        return BIAS_PLACE.format(how=hows[0], also=also)
    for f, (w, b) in zip(found, SETTINGS) if parts else ():
        z = GRID @ w + b
        wrong = np.flatnonzero(f != (z >= 0))
        if wrong.size:
            k = wrong[np.argmin(np.abs(GRID[wrong]).sum(axis=1) * 1000 + np.abs(z[wrong]))]  # the plainest sample
            return PARTS_FROM_RULE.format(w=w.tolist(), b=b, x=GRID[k].tolist(), z=z[k], right=int(z[k] >= 0), got=f"{f[k]:g}")
    return None
