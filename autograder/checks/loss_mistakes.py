"""What the mean squared error gives as common mistakes write it: what the loss checks' hints compare with.

Instructor-side only: the grader exposes this module to the checks as ``reference.mistakes``, and a
student's kit holds only its outputs on the checks' fixed inputs (recorded), never this code.
"""

import numpy as np


def _differences(y_true, y_pred):
    return np.asarray(y_true, dtype=float).ravel() - np.asarray(y_pred, dtype=float).ravel()


def _one_left_out(d):
    """The sum of the squares with the last, or the first, left out, over N and over N - 1."""
    if d.size < 2:
        return []
    return [np.sum(part**2) / count for part in (d[:-1], d[1:]) for count in (d.size, d.size - 1)]


def _expansions(t, p):
    """The means of t ** 2 + b * t * p + c * p ** 2 (and of c * t ** 2 + b * t * p + p ** 2) for every
    other sign or factor of the expansion of (t - p) ** 2 = t ** 2 - 2 * t * p + p ** 2: a slip while
    writing the square out. The right one, and the two squares apart (no middle term), left out."""
    values = []
    for b in (-2.0, 2.0, -1.0, 1.0, -4.0, 4.0):
        for c in (1.0, -1.0):
            if (b, c) != (-2.0, 1.0):
                values += [np.mean(t**2 + b * t * p + c * p**2), np.mean(c * t**2 + b * t * p + p**2)]
    return values


def loss_with_mistake(y_true, y_pred, mistake):
    """The loss a common mistake gives: ``"root"`` (the RMSE), ``"n_minus_1"`` (the sum of squares
    divided by N - 1), ``"square_of_mean"`` (the mean difference squared), ``"half"`` (half the
    mean of squares), ``"variance"`` (np.var of the differences, which subtracts their mean
    first), ``"squares_apart"`` (each input squared on its own, then the squares subtracted, either
    way round), ``"over_n_again"`` (the mean divided by N once more, as dividing the differences by
    N before squaring them and adding up gives), ``"clipped"`` (the predictions, or both inputs,
    clipped into [0, 1] first), ``"one_left_out"`` (the last or the first square never added, the sum
    divided by N or by N - 1: a loop's range one short), ``"whole_numbers"`` (both inputs cut to
    whole numbers first, or only one of them, as dtype=int or astype(int) does), ``"first_only"`` and
    ``"last_only"`` (only the first, or the last, element's square, over N or alone: a return inside the
    loop over the pairs ends it after the first, a total set with = keeps only the last), ``"doubled"`` (the mean of the differences
    times 2, either way round: * 2 where ** 2 belongs), ``"n_plus_1"`` (the sum of squares divided by
    N + 1), ``"one_squared"`` (only one input squared, y_true - y_pred ** 2 or the like: ** binds
    tighter than -), ``"expanded"`` (the square written out, t ** 2 - 2 * t * p + p ** 2, with a sign or
    a factor wrong), ``"median"`` and ``"largest"`` (np.median, np.max of the squares in place of their mean), ``"rounded"``
    (the predictions, or both inputs, rounded to whole numbers first: labels where outputs belong),
    ``"norm"`` (the norm of the differences, the square root of the sum of squares, over N or alone).
    A list of values when the mistake has
    several spellings. nan where the mistake cannot be computed (N - 1 of one element)."""
    d = _differences(y_true, y_pred)
    t = np.asarray(y_true, dtype=float).ravel()
    p = np.asarray(y_pred, dtype=float).ravel()
    with np.errstate(all="ignore"):
        several = {
            "squares_apart": lambda: [np.mean(t**2 - p**2), np.mean(p**2 - t**2)],
            "clipped": lambda: [np.mean((t - np.clip(p, 0, 1)) ** 2),
                                np.mean((np.clip(t, 0, 1) - np.clip(p, 0, 1)) ** 2)],
            "one_left_out": lambda: _one_left_out(d),
            "whole_numbers": lambda: [np.mean((np.trunc(t) - np.trunc(p)) ** 2), np.mean((np.trunc(t) - p) ** 2),
                                      np.mean((t - np.trunc(p)) ** 2)],
            "first_only": lambda: [d[0] ** 2 / d.size, d[0] ** 2] if d.size > 1 else [],
            "last_only": lambda: [d[-1] ** 2 / d.size, d[-1] ** 2] if d.size > 1 else [],
            "rounded": lambda: [np.mean((t - np.round(p)) ** 2), np.mean((np.round(t) - np.round(p)) ** 2)],
            "norm": lambda: [np.sqrt(np.sum(d**2)) / d.size, np.sqrt(np.sum(d**2))],
            "doubled": lambda: [np.mean(2 * d), np.mean(-2 * d)],
            "one_squared": lambda: [np.mean(t - p**2), np.mean(t**2 - p), np.mean(p - t**2), np.mean(p**2 - t)],
            "expanded": lambda: _expansions(t, p),
        }.get(mistake)
        if several is not None:
            return [float(v) for v in several()]
    with np.errstate(all="ignore"):
        value = {
            "root": lambda: np.sqrt(np.mean(d**2)),
            "n_minus_1": lambda: np.sum(d**2) / (d.size - 1) if d.size > 1 else np.nan,
            "square_of_mean": lambda: np.mean(d) ** 2,
            "half": lambda: 0.5 * np.mean(d**2),
            "variance": lambda: np.var(d),
            "over_n_again": lambda: np.sum((d / d.size) ** 2),
            "n_plus_1": lambda: np.sum(d**2) / (d.size + 1),
            "median": lambda: _median(d**2),
            "largest": lambda: np.max(d**2),
        }[mistake]()
    return float(value)


def _median(values):
    """np.median of ``values``, which a passing check asks too: np.median loads numpy.ma (6 ms a run)."""
    ordered = np.sort(values, axis=None)
    if ordered.size == 0 or np.isnan(ordered[-1]):  # sorted last, a nan makes the median nan, as np.median's
        return np.nan
    return (ordered[(ordered.size - 1) // 2] + ordered[ordered.size // 2]) / 2


def gradient_with_mistake(y_true, y_pred, mistake):
    """The gradients a common mistake gives, in y_pred's shape, as a list (several spellings):
    ``"sign"`` (the sign of each difference in place of the difference itself, the mean absolute
    error's gradient, with or without its 2 and its 1 / N); ``"floored"`` (a floor division, //,
    in the factor 2 / N or in the division by N, which rounds down to whole numbers);
    ``"one_term_divided"`` (only y_true, or only y_pred, divided by N: a parenthesis in the wrong place);
    ``"over_n_again"`` (divided by N twice, N * N in all); ``"plus"`` (y_pred + y_true where their difference
    belongs, either sign); ``"first_only"`` (only the first entry filled in,
    the rest 0: a return inside the loop that fills the gradient); ``"whole_numbers"`` (y_true, y_pred or both cut to
    whole numbers before the difference, as dtype=int does); ``"half"`` (the factor 0.5 where 2 belongs);
    ``"sigmoid_slope"`` (times y_pred * (1 - y_pred), the slope of a sigmoid that made y_pred);
    ``"n_minus_1"``, ``"n_plus_1"`` (divided by N - 1 or N + 1 where N belongs); ``"two_on_one_term"``
    (the 2, or the 1 / N, on one term of the difference only: 2 * y_pred - y_true); ``"unit_length"`` (the
    right gradient divided by its own norm); ``"neighbours"`` (np.gradient of the
    squared errors, or of the differences: differences between neighbouring elements, for 1-D inputs);
    ``"summary_for_values"`` (y_true, y_pred or both replaced by their mean before the difference, or the mean
    difference spread over every entry)."""
    p = np.asarray(y_pred, dtype=float)
    d = -_differences(y_true, y_pred).reshape(p.shape)
    n = max(p.size, 1)
    if mistake == "sign":  # none where every difference is -1, 0 or 1: its sign is the difference itself
        if np.all(np.isin(np.abs(d), (0.0, 1.0))):
            return []
        return [2.0 * np.sign(d) / n, np.sign(d) / n, np.sign(d)]
    t = p - d
    if mistake == "floored":
        return [(2 // n) * d, (2 * d) // n, 2 * (d // n)]
    if mistake == "one_term_divided":
        return [2.0 * (p - t / n), 2.0 * (p / n - t)]
    if mistake == "over_n_again":
        return [2.0 * d / n**2]
    if mistake == "plus":  # y_pred + y_true: a + typed where the difference's - belongs (the lesson's y_pred = 0 hides it)
        return [2.0 * (p + t) / n, -2.0 * (p + t) / n]
    if mistake == "first_only":  # a return inside the loop that fills the gradient: only its first entry
        first = np.zeros(p.shape)
        first.flat[0] = 2.0 * d.flat[0] / n if p.size > 1 else np.nan
        return [first] if p.size > 1 and d.flat[0] != 0 else []
    if mistake == "whole_numbers":  # y_true, y_pred or both cut to whole numbers (dtype=int) before the difference
        return [2.0 * (np.trunc(p) - t) / n, 2.0 * (p - np.trunc(t)) / n, 2.0 * (np.trunc(p) - np.trunc(t)) / n]
    if mistake == "half":
        return [0.5 * d / n]
    if mistake == "sigmoid_slope":
        return [2.0 * d / n * p * (1.0 - p)]
    if mistake == "n_minus_1":
        return [2.0 * d / (n - 1)] if n > 1 else []
    if mistake == "n_plus_1":
        return [2.0 * d / (n + 1)]
    if mistake == "two_on_one_term":  # 2 * y_pred - y_true: the 2 (or the 1 / N) reaches one term only
        return [(2.0 * p - t) / n, (p - 2.0 * t) / n, 2.0 * p - t / n, 2.0 * p / n - t]
    if mistake == "unit_length":  # the right gradient divided by its own norm
        g = 2.0 * d / n
        size = np.sqrt(np.sum(g**2))
        return [g / size] if size > 0 else []
    if mistake == "neighbours":  # np.gradient: differences between neighbouring elements, not a derivative
        if p.ndim != 1 or n < 2:
            return []
        return [np.gradient(v) for v in (d**2, d**2 / n, 2.0 * d / n, d, (p - t) ** 2 * 2.0)]
    if mistake == "summary_for_values":  # one input replaced by its mean (or both): the 'mean' of the MSE misplaced
        if n < 2:
            return []
        return [2.0 * (p - t.mean()) / n, 2.0 * (p.mean() - t) / n, np.full(p.shape, 2.0 * (p.mean() - t.mean()) / n),
                np.full(p.shape, 2.0 * d.mean())]
    raise KeyError(mistake)
