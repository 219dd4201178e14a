"""Hints for a fit that raises before it ends, read from what the failed fit left behind: weights
kept with an axis too many (a column (n_features, 1), or a row), and an array where the rule has one
number (the update, the bias or the weighted sum), which float() or int() refuses.

Loaded by ``test_perceptron.py`` with ``load_sibling``; asked only once fit has raised.
"""

import re

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading import function_source
from autograder.grading.compare import CheckFailed, expect_close, fail_with
from autograder.sandbox.session import StudentError

names = load_sibling(__file__, "perceptron_name_hints")  # self.lr written lr, a rate under another name
h18 = load_sibling(__file__, "perceptron_h18")  # booleans subtracted, a bias bound to the weights' array

ONE_NUMBER_MARK = "arrays can be converted to Python scalars"  # float() or int() of an array (NumPy 1 and 2)

WEIGHTS_AXES = (
    "fit keeps its weights with shape {shape}, {what}, where the spec's weights are a flat array of shape "
    "(n_features,), here ({features},): one axis, one weight per feature. The update of one sample, update * x_i, "
    "has shape ({features},), and {effect}. Make the starting zeros one-dimensional, n_features of them, and keep "
    "the weights that shape."
)
ONE_NUMBER = (
    "fit gave float() or int() an array where the rule has one number. In the rule only the weights and the sample "
    "x_i are arrays: z = x_i . weights + bias is one number (the dot product sums over the features), so is the "
    "prediction (0 or 1), so is update = lr * (y_i - prediction), and the bias moves by update alone. The usual "
    "ways an array gets in: update multiplied by x_i already (then the bias gets update * x_i; only the weights' "
    "step takes x_i), x_i * weights without the sum in z, or the whole y (all the labels) where the sample's own "
    "label y_i belongs."
)
COLUMN = (
    "In your fit, `{line}` (line {lineno}) makes a column of shape (n, 1). Each row of a column is then an array "
    "of one element, shape (1,), not a number: the label y_i, and with it update = lr * (y_i - prediction), and "
    "float() or int() of such an array raises this TypeError (NumPy 2 turns only 0-d arrays into a number). Keep "
    "the labels flat, shape (n_samples,), one number each: np.asarray(y) without the reshape (or y.ravel())."
)

TRUTH_MARK = "truth value of an array with more than one element is ambiguous"
ONE_TRUTH = (
    "fit asked an if (or a 1 if ... else 0) to decide on an array, which has many truth values, not one: that is "
    "the ValueError about ambiguous truth values, and NumPy's advice to use a.any() or a.all() is not what this "
    "needs. The training prediction compares one number, the sum of the sample being visited, x_i . weights + "
    "bias, with 0. A sum over the whole X (X @ weights: every sample at once) where the one sample x_i belongs "
    "gives one value per sample, and x_i * weights without the sum one per feature; the whole y in place of y_i "
    "does the same to the update. Inside the loop, use x_i and y_i, and sum the products (x_i @ weights)."
)


def _weights_after(student, X, y):
    """The weights a fit on ``X``, ``y`` (which may raise) leaves, as an array; None when unreadable."""
    try:
        p = student.new("Perceptron", lr=0.1, epochs=1)
        try:
            p.invoke("fit", (X, y), within=2.0)
        except StudentError:
            pass  # the weights made before the error are what this reads
        return np.asarray(p.get("weights"), dtype=float)
    except (StudentError, TypeError, ValueError):
        return None


def fit_error_hint(student, exc, X, y):
    """WEIGHTS_AXES where the failed fit left weights with more than one axis, holding one weight per feature;
    ONE_NUMBER where fit raised float()'s or int()'s error for an array (COLUMN when fit's text makes a column, the
    labels' usual way there); None otherwise."""
    features = X.shape[1]
    weights = _weights_after(student, X, y)
    if weights is not None and weights.ndim > 1 and weights.size == features and features in weights.shape:
        what = {(features, 1): "a column", (1, features): "a row"}.get(weights.shape, "with axes of length 1 added")
        effect = (f"adding it in place to the {weights.shape} weights broadcasts to a ({features}, {features}) array "
                  "they cannot hold: that is the ValueError" if "non-broadcastable" in exc.raised_message else
                  f"with weights of shape {weights.shape} the weighted sum x_i . weights (or the update) no longer lines "
                  "up with the sample: that is the error")  # fmt: skip
        return WEIGHTS_AXES.format(shape=weights.shape, what=what, features=features, effect=effect)
    if exc.raised == "TypeError" and ONE_NUMBER_MARK in exc.raised_message:
        text, node = function_source.function(student, "perceptron", "Perceptron.fit")
        column = function_source.column_maker(text, node)
        return COLUMN.format(line=column[0], lineno=column[1]) if column else ONE_NUMBER
    if exc.raised == "ValueError" and TRUTH_MARK in exc.raised_message:
        return names.none_compared_hint(exc.raised, exc.raised_message, exc.detail) or ONE_TRUTH
    return whole_data_hint(exc, X) or names.name_hint(student, exc)


def _shapes(message):
    """The shapes a broadcasting error names, as tuples of ints."""
    found = re.findall(r"\(([0-9, ]*)\)", message) if "broadcast" in message else []
    return [tuple(int(n) for n in text.replace(" ", "").split(",") if n) for text in found]


WHOLE_DATA = (
    "Inside fit, a value with one entry per sample ({samples} of them, as many as X has rows) met one with one entry "
    "per feature ({features}): that is the error about shapes that cannot be broadcast together. Inside the loop over "
    "the samples, everything belongs to the one sample being visited: its label y_i, not the whole y (all the "
    "labels), and its inputs x_i, not the whole X. The update, lr * (y_i - prediction), is one number per sample."
)


def whole_data_hint(exc, X):
    """WHOLE_DATA where fit raised a broadcasting error between a shape of one entry per sample and one of one
    entry per feature (X with more rows than columns, or fewer: the counts differ); None otherwise."""
    samples, features = X.shape
    shapes = _shapes(exc.raised_message)
    if samples == features or not shapes:
        return None
    if any(samples in s for s in shapes) and any(s[-1:] == (features,) for s in shapes):
        return WHOLE_DATA.format(samples=samples, features=features)
    return None


def read_or_why(student, read, X, y):
    """``read()`` (what a fit on ``X``, ``y`` learned); where it raises the fit's error, that error with
    ``fit_error_hint`` for its hint when no other is known; where weights or bias are still None after fit,
    the check's failure with ``renamed_hint`` when fit stored them under other names."""
    try:
        return read()
    except StudentError as exc:  # what the failed fit left behind may say why
        exc.hint = h18.fit_error_hint(student, exc) or whole_data_hint(exc, X) or exc.hint or fit_error_hint(student, exc, X, y)
        raise
    except CheckFailed as wrong:
        hint = renamed_hint(student, X, y)
        fail_with(wrong, hint)


RENAMED = (
    "After fit, {unset} still None, but fit made {made}: what fit learns is read from self.weights and "
    "self.bias (the spec's names, which predict and the grader use), so store it there, under those names."
)


def _is_number(value) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, (bool, np.bool_))


def renamed_hint(student, X, y):
    """RENAMED where, after a fit on ``X``, ``y``, weights or bias is None and the perceptron holds other
    attributes that look like them (an array of one weight per feature, a number); None otherwise."""
    try:
        p = student.new("Perceptron", lr=0.1, epochs=1)
        p.invoke("fit", (X, y), within=2.0)
        held = p.get("__dict__")
    except (StudentError, TypeError, ValueError):
        return None
    if not isinstance(held, dict):
        return None
    unset = [name for name in ("weights", "bias") if name in held and held[name] is None]
    others = {name: value for name, value in held.items() if name not in ("weights", "bias", "lr", "epochs")}
    like_weights = [n for n, v in others.items() if isinstance(v, np.ndarray) and v.shape == (X.shape[1],)]
    like_bias = [n for n, v in others.items() if _is_number(v) or (isinstance(v, np.ndarray) and v.size == 1)]
    made = [f"self.{n} (an array of {X.shape[1]} numbers)" for n in like_weights] + [f"self.{n} (a number)" for n in like_bias]
    if not unset or not made:
        return None
    return RENAMED.format(unset=" and ".join(f"self.{n}" for n in unset) + (" are" if len(unset) > 1 else " is"),
                          made=" and ".join(made))


INTEGER_WEIGHTS = (
    "fit fails on an integer X, such as np.array([[0, 0], [0, 1], [1, 0], [1, 1]]) (the example in fit's docstring): "
    "its weights take X's integer dtype (np.zeros_like(X[0]), or dtype=X.dtype, give integer zeros for an integer X), "
    "and an update of floats cannot be added in place to integers: that is the casting error. The weights are "
    "floats whatever X holds: make the starting zeros floats (or turn X into floats first)."
)
INTEGER_X = (
    "fit learns something else from an integer X than from the same numbers as floats: something in fit keeps X's "
    "integer dtype where floats belong (the weights, or an update rounded into them). Turn X into floats first, "
    "or make the weights floats whatever X holds."
)


def expect_integer_X(replies, step, predicts, from_floats, X):
    """fit on an integer X (the read ``step`` of the batch's ``replies``) learns the weights and bias ``from_floats``
    learned on the same numbers as floats, and predict on that perceptron gives for ``X`` as a Python list what it
    gives for ``X`` as a float array (``predicts``: the two predict steps)."""
    call = "Perceptron(lr=0.1, epochs=5).fit(X, y) with X an integer array (dtype int)"
    try:
        learned = replies[step]
    except StudentError as exc:
        if "Cannot cast ufunc" in exc.raised_message and "int" in exc.raised_message:
            raise CheckFailed(exc.message, hint=INTEGER_WEIGHTS) from None
        raise
    try:
        got = np.append(np.asarray(learned["weights"], dtype=float), float(learned["bias"]))
    except (TypeError, ValueError):
        raise CheckFailed(f"{call}: the weights and bias cannot be read as numbers", hint=INTEGER_X) from None
    expect_close(got, from_floats, call=f"{call}: the weights followed by the bias, against those learned from the "
                 "same numbers as floats", hint=INTEGER_X)  # fmt: skip
    try:
        from_array = replies[predicts[0]]
    except StudentError:
        return  # predict fails on an array too: the checks of predict say why
    try:
        from_list = replies[predicts[1]]
    except StudentError as exc:
        if exc.raised not in ("AttributeError", "TypeError"):
            raise
        raise CheckFailed(f"{exc.message}\n  predict must take X as a Python list, as fit does", hint=PREDICT_LIST) from None
    expect_close(from_list, from_array, call=f"predict(X) with X = {X.tolist()} as a Python list, against predict of "
                 "the same numbers as an array", hint=PREDICT_LIST)  # fmt: skip


PREDICT_LIST = (
    "predict must take X as a Python list, as fit does (the module's docstring: lists are accepted): a list has no "
    ".dot, .shape or .T, and arithmetic on it means something else. Turn X into a float array at the start of "
    "predict (np.asarray) and compute on that."
)
PREDICT_TRUNCATED = (
    "Your labels are those of X with its fractions dropped: predict turns X into an integer array (dtype=int, or "
    "astype(int)) before the weighted sum, so 0.75 counts as 0 and -1.5 as -1. Make it a float array, so that the "
    "features stay as they are."
)


REFUSED_FIT = (
    "Your predict works after ten epochs but refuses the perceptron one epoch leaves, whose {what}: a right result "
    "of the rule (one epoch on AND or OR ends there, as fit's docstring example shows). A learned 0 reads as False, so a test such as "
    "`if not self.bias` (or `not self.weights.any()`) takes this fitted perceptron for one that was never fitted. "
    "Test what __init__ sets before any fit instead: `if self.weights is None`."
)
REFUSED_OTHER = (
    "Your predict works after ten epochs but raises after one: look at what the one-epoch fit leaves ({what}) and "
    "at how your predict reads it. A fitted perceptron must predict whatever weights and bias the rule left, 0s "
    "included; only one never fitted (weights still None) raises."
)


def refused_fit_hint(replies, learned_step):
    """REFUSED_FIT where the one-epoch fit (read at ``learned_step``) left a bias of 0 or weights all 0, else
    REFUSED_OTHER; REFUSED_OTHER without the values where they cannot be read."""
    try:
        values = replies[learned_step]
        weights, bias = np.asarray(values["weights"], dtype=float), float(np.asarray(values["bias"], dtype=float))
    except (StudentError, KeyError, TypeError, ValueError):
        return REFUSED_OTHER.format(what="its weights and bias")
    zero = [part for part, is_zero in (("bias is 0.0", bias == 0), ("weights are all 0", weights.size and not weights.any()))
            if is_zero]  # fmt: skip
    what = f"weights {weights.tolist()} and bias {bias:g}"
    return REFUSED_FIT.format(what=" and ".join(zero) + f" ({what})") if zero else REFUSED_OTHER.format(what=what)
