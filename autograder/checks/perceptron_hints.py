"""Hints of the perceptron checks: what each known mistake in fit and predict is told, and how a
mistake that leaves a trace (labels changed in place, defaults other than the spec's) is named. Said
in words, never as a solution's line.

Loaded by ``test_perceptron.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.grading.compare import Misconception, describe, matching_hints
from autograder.grading.value_hints import common_factor
from autograder.checking.siblings import load_sibling
from autograder.sandbox.session import StudentError

updates = load_sibling(__file__, "perceptron_update_hints")  # slips in the size of a step, one pass kept

OFF_BY_ONE = (
    "Your weights are what the rule gives after {ran} epochs, {than} than epochs={epochs} (an off-by-one in "
    "the loop over the epochs): loop for _ in range(self.epochs), one pass over the data per epoch."
)

RAW_SUM = (
    "Your update uses the weighted sum z itself, as Adaline's delta rule does; the perceptron's rule uses "
    "its 0/1 prediction: first predict 1 if z >= 0 else 0, then update = lr * (y_i - prediction)."
)

BIAS_STILL = (  # no update, or every update cut away: with steps below 1 the same numbers, both said
    "The bias learns too, and yours stays 0 while the weights learn. Two mistakes give this: the bias never gets "
    "its update (add the same update to it as to the weights: it is the weight of a constant input 1); or each "
    "update is cut away because the bias is kept a whole number (int(...) or round(...) of bias + update gives 0 "
    "again for any step smaller than 1, as every lr * (y_i - prediction) is here). Keep the bias a float and add "
    "the whole update to it."
)

FIT_RETURNS_NONE = (
    "fit ends without a return, so it gives back None. End it with return self, so that a call can go on "
    "with the fitted perceptron: Perceptron().fit(X, y).predict(X)."
)

FIT_RETURNS_OTHER = (
    "fit must give back the perceptron itself, return self, not what it learned (the weights are read from "
    "the object afterwards, p.weights), so that a call can go on: Perceptron().fit(X, y).predict(X)."
)

PREDICT_LIST = (
    "predict builds a Python list. Compute on the whole array at once, comparing the array of weighted sums "
    "with 0 and turning the result into integers with .astype(int), or convert your list with np.array(labels)."
)

NO_BIAS_IN_PREDICT = (
    "Your labels are those of X @ weights without the bias: add self.bias to the weighted sum before "
    "comparing it with 0."
)

NOT_FROM_ZEROS = (
    "fit must start from weights = np.zeros(n_features) and bias = 0.0, not from random or other values: "
    "Perceptron(epochs=0).fit(X, y), which makes no pass over the data, leaves yours at weights {weights} "
    "and bias {bias}."
)

EPOCHS_IGNORED = (
    "Perceptron(epochs=0).fit(X, y), which must make no pass over the data, changed the weights, and differently "
    "for the AND and the OR table: your fit runs its passes over something else than the epochs (the number "
    "of samples, a fixed count). The outer loop runs self.epochs times, and inside it one pass visits every sample."
)


def _zero_epochs(student, X, y):
    """The weights and bias a fit of 0 epochs leaves on ``X``, ``y``, or None where they cannot be read."""
    try:
        p = student.new("Perceptron", lr=0.1, epochs=0)
        p.invoke("fit", (X, y), within=2.0)
        weights, bias = p.get("weights"), p.get("bias")
        start = np.asarray(weights, dtype=float), float(bias)
    except (StudentError, TypeError, ValueError, ArithmeticError):
        return None
    if start[0].shape != (2,) or not np.isfinite(start[0]).all() or not np.isfinite(start[1]):
        return None  # not weights at all: nothing to say about where they start
    return start


def start_hint(student, X, gates):
    """A hint when a fit of 0 epochs (no pass over the data) leaves weights other than zeros: the same
    twice on the AND table and otherwise on the OR table (``gates``), it trains although told not to
    (EPOCHS_IGNORED); else fit starts elsewhere than zeros (NOT_FROM_ZEROS), at random or not. Asked only once fit is known to be wrong, so a right fit
    never pays for it; None where the weights are zeros or could not be read."""
    start = _zero_epochs(student, X, gates["AND"])
    if start is None or (not np.any(start[0]) and start[1] == 0.0):
        return None
    again, other = _zero_epochs(student, X, gates["AND"]), _zero_epochs(student, X, gates["OR"])
    if _same(again, start) and other is not None and not _same(other, start):  # the data, not chance, moved them
        return EPOCHS_IGNORED
    return NOT_FROM_ZEROS.format(weights=describe(start[0]), bias=describe(start[1]))


def _same(first, second) -> bool:
    return first is not None and second is not None and np.array_equal(first[0], second[0]) and first[1] == second[1]


BY_CHANCE = (
    "Two fits on the same data learned different weights ({first} and {second}): your fit depends on chance. "
    "The rule visits the samples in order, first to last, in every epoch, from zero weights: do not shuffle "
    "the samples or draw anything at random."
)

PREDICT_DTYPE = {
    "b": "predict returns booleans (True/False), which is what a comparison such as z >= 0 gives: "
         "turn them into 0/1 integers with .astype(int), for example (z >= 0).astype(int).",
    "f": "predict returns floats (np.where with 1.0 and 0.0 gives them, for example): "
         "return 0/1 integers, with .astype(int) or np.where(z >= 0, 1, 0).",
}

ELEMENT_WISE = (
    "predict is given all the samples at once, so z = X @ weights + bias is an array: compare it as a "
    "whole, (z >= 0).astype(int), which works element-wise."
)

MINUS_ONE_LABELS = (
    "Your fit trains as if the 0 labels were -1, the labels of perceptrons that predict -1 or 1 (y[y == 0] = -1, "
    "2 * y - 1). This perceptron's labels are 0 and 1, as its predictions are: train on y as given, so that "
    "the error y_i - prediction is -1, 0 or 1."
)
BIAS_WITH_INPUT = (
    "Your bias gets the update multiplied by the sample's inputs, as a weight does. The bias is the weight of a "
    "constant input 1: add the update itself to the bias, without x_i."
)
WITHOUT_INPUT = (
    "Your weights all move by the update itself, without the sample's inputs: each weight moves by the update "
    "times its own input, weights += update * x_i, so that an input of 0 leaves its weight alone."
)
DEFAULTS = "Perceptron() with no arguments must use the spec's defaults, lr=0.01 and epochs=15: {found}"
DEFAULT_LR = (
    "yours learn weights {factor:.4g} times those of lr=0.01, as a default learning rate of {lr:.4g} would "
    "(from zero weights, every update is proportional to lr)."
)
DEFAULT_OTHER = "check the defaults in __init__'s signature, and that __init__ stores what it is given."


def labels_changed_hint(y, y_after):
    """MINUS_ONE_LABELS when fit left the caller's 0 labels as -1, else None."""
    try:
        y, y_after = np.asarray(y, dtype=float), np.asarray(y_after, dtype=float)
    except (TypeError, ValueError):
        return None
    if y.shape != y_after.shape or not np.array_equal(np.where(y == 0, -1.0, y), y_after):
        return None
    return ("Your fit turned the caller's 0 labels into -1 in place. " + MINUS_ONE_LABELS
            + " And never change the caller's y: work on a copy if you must.")  # fmt: skip


def defaults_hint(got, expected):
    """What the learned weights and bias of Perceptron() say about its defaults: a learning rate
    other than 0.01 scales them all by one factor."""
    factor = common_factor(got, expected) if got.shape == expected.shape else None
    if factor is not None and factor > 0:
        return DEFAULTS.format(found=DEFAULT_LR.format(factor=factor, lr=0.01 * factor))
    return DEFAULTS.format(found=DEFAULT_OTHER)


# Updates at the wrong loop level: which parameters move once per epoch (weights_at, bias_at of
# fit_with_mistake in perceptron_mistakes.py), and how that is said.
LOOP_LEVELS = [("sample", "last"), ("last", "sample"), ("last", "last"), ("sample", "sum"), ("sum", "sample"),
               ("sum", "sum"), ("sample", "lr_sum"), ("lr_sum", "sample"), ("lr_sum", "lr_sum")]  # fmt: skip
ONCE_PER_EPOCH = {
    "last": "once per epoch, after the loop over the samples, by the last sample's update only (look at the "
            "indentation: the update sits after that loop, not inside it)",
    "sum": "once per epoch, by the sum of the epoch's updates (a batch update: the updates are added up during "
           "the loop over the samples and applied after it)",
}
ONCE_PER_EPOCH["lr_sum"] = ONCE_PER_EPOCH["sum"]  # the same mistake, written as lr times the summed errors
EVERY_SAMPLE = (
    "Your {moved} {verb} {when}. The perceptron's rule moves the weights and the bias after every sample, inside "
    "the loop over the samples (indented under it, next to the prediction), so that the next sample is "
    "predicted with the parameters the previous one left."
)


STALE_PREDICTIONS = (
    "Your fit learns what a batch update learns: every prediction of an epoch is made with the weights and the "
    "bias the epoch started with. Two ways of writing it give this: the updates added up during the loop over "
    "the samples and applied after it, or the predictions of the whole epoch computed before that loop (say "
    "X @ weights once per epoch) while the updates are made inside it. The perceptron's rule predicts each "
    "sample inside the loop, with the parameters as the previous sample left them."
)


def loop_level_mistakes(fit_with_mistake, X, y, lr, epochs):
    """A Misconception for each way of moving the weights or the bias at the wrong loop level
    (LOOP_LEVELS), with what ``fit_with_mistake`` (``reference.mistakes``) learns so on this data."""
    found = []
    for weights_at, bias_at in LOOP_LEVELS:
        moved = [name for name, level in (("weights", weights_at), ("bias", bias_at)) if level != "sample"]
        level = weights_at if weights_at != "sample" else bias_at
        hint = EVERY_SAMPLE.format(moved=" and ".join(moved), verb="moves" if moved == ["bias"] else "move",
                                   when=ONCE_PER_EPOCH[level])  # fmt: skip
        if weights_at == bias_at != "last":  # both by the epoch's sum: also what stale predictions give
            hint = STALE_PREDICTIONS
        found.append(Misconception(hint, fit_with_mistake(X, y, lr, epochs, weights_at=weights_at, bias_at=bias_at)))
    return found


def named_everywhere(learned, mistakes, index):
    """The hint, as said for data set ``index``, of the one known mistake that explains what fit
    learned on every data set (``learned[d]``; ``mistakes[d]``: the Misconceptions of data set d,
    the same mistakes in the same order for every d, their hints worded with each set's numbers);
    None when no mistake, or more than one that is said differently, explains them all."""
    if len({len(known) for known in mistakes}) != 1:
        return None
    everywhere = [i for i in range(len(mistakes[0]))
                  if all(matching_hints(got, [known[i]]) for got, known in zip(learned, mistakes))]  # fmt: skip
    said = {mistakes[index][i].hint for i in everywhere}
    return next(iter(said)) if len(said) == 1 else None


BIAS_SUBTRACTED = (
    "Your bias moves against the update while the weights move with it: the bias is the weight of a constant "
    "input 1, so it gets the same update as the weights, added, not subtracted."
)
UNSIGNED_ERROR = (
    "Your update is lr for every mistake, whatever its direction: the error has lost its sign (squared, or "
    "taken as y_i != prediction, which give the same 0 or 1). The error y_i - prediction is +1 when the "
    "perceptron said 0 for a 1 (the weights must grow) and -1 when it said 1 for a 0 (they must shrink): "
    "keep that sign."
)
NESTED_LOOPS = (
    "Your loops are nested the other way round: each sample is learned epochs times in a row before the next "
    "one is visited. An epoch is one pass over all the samples: the outer loop runs over the epochs, the inner "
    "one over the samples, first to last."
)
RESCALED = (
    "Your weights are what the rule learns on X rescaled first ({how}), not on X as given: the spec's rule "
    "learns from the features as they are, so leave them alone (and a division in place, X /= ..., would "
    "change the caller's array too)."
)
PREDICTED_AFTER = (
    "Your fit updates before it predicts: each update uses the prediction made for the sample before (and 0 "
    "for the very first), not the current sample's. For each sample, first predict it with the parameters as "
    "they are, then update with that prediction's error."
)
SCALINGS = {"max": "divided by its largest absolute value",
            "columns": "each feature divided by its own largest absolute value",
            "standard": "each feature standardised to mean 0 and standard deviation 1"}  # fmt: skip
BIAS_ARRAY = (
    "Your bias is an array holding one number (shape {shape}), not a number: it was made an array (np.zeros(1), "
    "say, or a slice or a product that keeps an axis), and += keeps it one. Keep the bias a plain float: start "
    "it at 0.0, and take a value out of an array with float(...) before adding it."
)


def rule_slips(fit_with_mistake, X, y, lr, epochs):
    """A Misconception for each slip of the rule's own parts: the bias's update subtracted, an error
    without its sign, the loops nested the other way, X rescaled first (``fit_with_mistake``:
    ``reference.mistakes.fit_with_mistake``, asked whatever the answer)."""
    return [Misconception(BIAS_SUBTRACTED, fit_with_mistake(X, y, lr, epochs, bias_scale=-1.0)),
            Misconception(UNSIGNED_ERROR, fit_with_mistake(X, y, lr, epochs, unsigned_error=True)),
            Misconception(NESTED_LOOPS, fit_with_mistake(X, y, lr, epochs, nested=True)),
            Misconception(PREDICTED_AFTER, fit_with_mistake(X, y, lr, epochs, predict_after=True)),
            *[Misconception(RESCALED.format(how=how), fit_with_mistake(X, y, lr, epochs, scaled=name))
              for name, how in SCALINGS.items()],
            *part_slips(fit_with_mistake, X, y, lr, epochs), *updates.update_slips(fit_with_mistake, X, y, lr, epochs)]  # fmt: skip


BIAS_WITHOUT_LR = (
    "Your bias moves by the error itself, y_i - prediction, while the weights move by lr times it: the bias's "
    "update leaves out the learning rate. The bias is the weight of a constant input 1, so it moves by the "
    "same update as the weights, lr * (y_i - prediction)."
)
FIT_WITHOUT_BIAS = (
    "The predictions your fit makes while it learns leave the bias out: the weighted sum there is x_i @ weights "
    "alone, though the bias still learns. fit predicts each sample as predict does, with the bias added to the "
    "weighted sum before the step."
)
WEIGHTS_RESET = (
    "Your weights start again from zeros at every epoch, while the bias carries on: the weights are set to "
    "zeros inside the loop over the epochs. Start them once, before that loop, so that each epoch goes on "
    "from where the previous one left them."
)
ASSIGNED = (
    "Your {what} set to the sample's update instead of moved by it: = where += belongs (or the old value left "
    "out of the sum). Each update is added to the {whose} value, so that what the earlier samples taught is kept."
)
X_TRUNCATED = (
    "Your weights are what the rule learns on X with its values cut to whole numbers: X is turned into an "
    "integer array (dtype=int, or astype(int)), which drops every fraction. Make it a float array, "
    "np.asarray(X, dtype=float), so that the features stay as they are."
)


def part_slips(fit_with_mistake, X, y, lr, epochs):
    """A Misconception for each slip in one part of the rule: the bias moved without the learning rate,
    fit's predictions without the bias, the weights reset every epoch, a parameter set to its update
    instead of moved by it, X truncated to integers."""
    assigned = {("weights",): ASSIGNED.format(what="weights are", whose="weights'"),
                ("bias",): ASSIGNED.format(what="bias is", whose="bias's"),
                ("weights", "bias"): ASSIGNED.format(what="weights and bias are", whose="parameters'")}
    return [Misconception(BIAS_WITHOUT_LR, fit_with_mistake(X, y, lr, epochs, bias_scale=1.0 / lr)),
            Misconception(FIT_WITHOUT_BIAS, fit_with_mistake(X, y, lr, epochs, fit_bias=False)),
            Misconception(WEIGHTS_RESET, fit_with_mistake(X, y, lr, epochs, reset_weights=True)),
            *[Misconception(hint, fit_with_mistake(X, y, lr, epochs, assigned=names)) for names, hint in assigned.items()],
            Misconception(X_TRUNCATED, fit_with_mistake(X, y, lr, epochs, scaled="int"))]  # fmt: skip


WEIGHTS_LIST = (
    "Your weights are a Python list: keep them a NumPy float array (np.zeros with one entry per feature), "
    "and move the whole array at once, weights += update * x_i, instead of one entry at a time in a list."
)


def weights_kind_hint(weights):
    """WEIGHTS_LIST when the weights read after fit are a list or a tuple, else None."""
    return WEIGHTS_LIST if isinstance(weights, (list, tuple)) else None


def bias_array_hint(bias):
    """BIAS_ARRAY when ``bias`` is an array holding one number, else None."""
    if isinstance(bias, np.ndarray) and bias.size == 1 and bias.ndim > 0:
        return BIAS_ARRAY.format(shape=bias.shape)
    return None


WEIGHTS_PER_SAMPLE = (
    "fit makes its weights one per sample ({samples} of them, as many as X has rows) where one per feature "
    "belongs ({features}, as many as X has columns): the array they start from is made with the wrong count, "
    "X.shape[0] for X.shape[1]. Then each sample's weighted sum fails: {features} features against {samples} weights."
)


def weights_per_sample_hint(student, X, y):
    """WEIGHTS_PER_SAMPLE when a fit on ``X`` (more rows than columns) leaves weights with one entry per row,
    read after the fit (which may raise); None otherwise. Asked only once fit has failed."""
    try:
        p = student.new("Perceptron", lr=0.1, epochs=1)
        try:
            p.invoke("fit", (X, y), within=2.0)
        except StudentError:
            pass  # the weights made before the error are what this reads
        weights = np.asarray(p.get("weights"), dtype=float)
    except (StudentError, TypeError, ValueError):
        return None
    if X.shape[0] == X.shape[1] or weights.shape != (X.shape[0],):
        return None
    try:  # made so before any sample is visited: weights that grow during fit (np.append) are not this
        before = student.new("Perceptron", lr=0.1, epochs=0)
        before.invoke("fit", (X, y), within=2.0)
        if np.shape(before.get("weights")) == (X.shape[1],):
            return None
    except (StudentError, TypeError, ValueError):
        pass
    return WEIGHTS_PER_SAMPLE.format(samples=X.shape[0], features=X.shape[1])


TRAINING_DATA = (
    "predict was given X with {rows} rows and returned {n} labels, one for each of the {n} samples fit was given"
    "{same}: it classifies data kept from fit (self.X, say), not the X passed to it. predict works on its own "
    "argument, whatever data it is given, new or old: compute X @ weights + bias from that X."
)


def training_data_hint(got, X, trained_X, weights, bias):
    """TRAINING_DATA where predict's answer has one label per training sample (``trained_X``) and not one per
    row of ``X``; None otherwise."""
    shape = np.shape(got)
    if len(shape) != 1 or shape[0] == len(X) or shape[0] != len(trained_X):
        return None
    rule = (np.asarray(trained_X, dtype=float) @ weights + bias >= 0).astype(float)
    same = (" (and they are the labels these weights give the training data)"
            if np.array_equal(np.asarray(got, dtype=float), rule) else "")  # fmt: skip
    return TRAINING_DATA.format(rows=len(X), n=shape[0], same=same)
