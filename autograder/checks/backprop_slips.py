"""The backprop checks' readers for slips no replay gives: a step that cuts the gradients off at a bound
(gradient clipping), and a train that ran epochs // len(data) passes (epochs read as single-sample updates).

Each reader computes from what the check already holds and runs only for a check that fails. Loaded by
``test_backprop.py`` with ``load_sibling``; handed out with the checks.
"""

from __future__ import annotations

import numpy as np

from autograder.grading.compare import CheckFailed
from autograder.sandbox.session import StudentError

CLIPPED = (
    "Your sgd_step cuts the gradients off at {bound:g}: wherever a gradient is larger than {bound:g} in size "
    "({name}'s is {g:.4g}), your step moves the parameter by learn_rate * {bound:g} instead of learn_rate * gradient, "
    "and everywhere else it is right. That is gradient clipping (np.clip, min or max with a number), which the "
    "spec's rule does not have: step by the whole gradient, params[name] - learn_rate * grads[name]."
)


def clipped_hint(params, grads, got, rate, names) -> str | None:
    """CLIPPED where ``got`` (sgd_step's new values, in ``names``' order) is right wherever a gradient's size is
    at most one bound c, and p - rate * sign(g) * c wherever it is larger, for c of three decimals at most."""
    p = np.array([params[n] for n in names], dtype=float)
    g = np.array([grads[n] for n in names], dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != p.shape or not np.isfinite(got).all():
        return None
    off = ~np.isclose(got, p - rate * g, rtol=1e-9, atol=1e-12)
    if not off.any():
        return None
    bounds = (p[off] - got[off]) / (rate * np.sign(g[off]))
    bound = float(bounds[0])
    if not np.allclose(bounds, bound, rtol=1e-6) or bound <= 0 or bound != round(bound, 3):
        return None
    if not np.allclose(got, p - rate * np.clip(g, -bound, bound), rtol=1e-9, atol=1e-12):
        return None
    at = int(np.flatnonzero(off)[0])
    return CLIPPED.format(bound=bound, name=names[at], g=g[at])


EPOCHS_AS_UPDATES = (
    "Your train recorded {got} losses for epochs={epochs} on {n} samples, and {got} is epochs // len(data) "
    "({epochs} // {n}): it reads epochs as the number of single-sample updates and runs that many divided by the "
    "number of samples. In the spec an epoch is one full pass over the data (every sample once, each its own "
    "sgd_step), so train runs range(epochs) passes and records one loss per pass."
)


def epochs_as_updates_hint(losses, epochs, samples) -> str | None:
    """EPOCHS_AS_UPDATES where ``losses`` holds epochs // samples (or the rounded-up count) values, not epochs."""
    try:
        got = len(losses)
    except TypeError:
        return None
    if samples < 2 or got == epochs or got not in (epochs // samples, -(-epochs // samples)):
        return None
    return EPOCHS_AS_UPDATES.format(got=got, epochs=epochs, n=samples)


KEPT_BETWEEN_CALLS = (
    "Your train returned {got} losses for epochs={epochs}: the losses of earlier calls are still in the list it "
    "returns, before this call's. A list made once and kept between calls does this: a default "
    "argument such as losses=[] (Python makes a default value once, when def runs, and every call shares that "
    "same list) or a list outside the function. Make a new, empty list inside train at every call (losses = [] "
    "in its body) and take no list as a default argument."
)


def kept_between_calls_hint(losses, epochs, right=None, earlier=None) -> str | None:
    """KEPT_BETWEEN_CALLS where ``losses`` (floats) holds more than ``epochs`` values: its last ``epochs``
    right (given ``right``, the spec's losses of this call; earlier calls may have had other epochs), or else
    beginning with every loss an ``earlier`` call of the same process returned."""
    if not isinstance(losses, (list, tuple, np.ndarray)) or len(losses) <= epochs:
        return None
    if right is None and (earlier is None or len(earlier) < epochs or len(losses) < len(earlier)
                          or not np.array_equal(np.asarray(losses[:len(earlier)], dtype=float), np.asarray(earlier, dtype=float))):
        return None
    if right is not None and not np.allclose(np.asarray(losses[-epochs:], dtype=float), right, rtol=1e-5):
        return None
    return KEPT_BETWEEN_CALLS.format(got=len(losses), epochs=epochs)


WHOLE_ARRAY = (
    "train raised {raised}, and your backprop and sgd_step raise the very same error when backprop is handed "
    "{readings}: train most likely passes a whole array where one sample's value belongs. Then backprop's "
    "partials are arrays, one value per sample, and sgd_step cannot turn them into one float each. In the loop "
    "over zip(data, all_y_trues), give backprop that sample's x and its own label y_true, never the whole data "
    "or the whole all_y_trues."
)
WHOLE = (("all_y_trues, every label, where the sample's own y_true belongs", lambda d, t, x, y: (x, t)),
         ("data, every sample, where the sample's own x belongs", lambda d, t, x, y: (d, y)))


def whole_array_hint(student, raised, params, data, y_trues) -> str | None:
    """WHOLE_ARRAY when the student's backprop, given the whole labels (or the whole data) with one sample,
    followed by sgd_step of what it returns, raises the very error train raised (``raised``: that
    StudentError); every reading that does is named. Asked only once train raised and its parts answer right."""


    data, y_trues = np.asarray(data, dtype=float), np.asarray(y_trues, dtype=float)
    found = []
    for words, arguments in WHOLE:
        try:
            grads = student.call("backprop", params, *arguments(data, y_trues, data[0], float(y_trues[0])))
            student.call("sgd_step", params, grads, 0.1)
        except StudentError as exc:
            if exc.own_exception and (exc.raised, exc.raised_message) == (raised.raised, raised.raised_message):
                found.append(words)
    if not found:
        return None
    return WHOLE_ARRAY.format(raised=f"{raised.raised} ({raised.raised_message})", readings=", or ".join(found))


NINE_KEYS = ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")
EXTRA_KEYS = (
    "Your backprop's dict holds {extra} beside the nine partial derivatives, {count} keys where the spec asks "
    "for nine: 'w1' to 'w6' and 'b1' to 'b3', each dL/dparam, and nothing else. Code that walks over the dict "
    "(such as a step that subtracts learn_rate * grads[name] for every key) meets the extra key as if it were a "
    "parameter. Return only the nine partials; anything else you want to see (the loss, o1) can be computed "
    "or printed apart."
)


def expect_nine_keys(replies, cases, spelled) -> None:
    """Fail where backprop's nine partials are right but its dict holds more keys than the nine (the
    sample's loss or o1 kept beside them): the spec's dict holds the nine partials. ``spelled``: the call
    of a case, in words. Judged on every answer: all were right, so the extra keys are the only fault."""
    for case, (got, _, _) in zip(cases, replies):
        extra = [key for key in got if key not in NINE_KEYS] if isinstance(got, dict) else []
        if extra:
            shown = ", ".join(repr(key) for key in extra[:3]) + (" and more" if len(extra) > 3 else "")
            raise CheckFailed(f"{spelled(case)} returned a dict with {len(got)} keys: its nine partial derivatives "
                              f"are right, but it also holds {shown}",
                              hint=EXTRA_KEYS.format(extra=shown, count=len(got)), credit=0.8)


DATA_CHANGED = (
    "Your train changes the caller's data: after train(data, all_y_trues, ...) returns, {what}. {how}"
    "train must leave its inputs as they were: the spec's train visits the samples in data order, so there is "
    "nothing to shuffle; and where you do want another order (not here), shuffle a copy, or shuffle the indices "
    "(order = rng.permutation(len(data))) and read data[order] and all_y_trues[order] together."
)
REORDERED = ("np.random.shuffle(data) (or rng.shuffle) reorders the array in place, for the caller too, and "
             "all_y_trues is not reordered with it, so rows and labels no longer belong together. ")


def data_changed_hint(student, data, y_trues, params) -> str | None:
    """DATA_CHANGED where one more call, train(data, y_trues, params, learn_rate=0.1, epochs=2) on copies,
    leaves the copies of data or y_trues changed (said as reordered where its rows are the same rows in
    another order); None where it leaves them alone or raises (asked only for a check that already fails)."""
    data = np.vstack([data, np.asarray(data, dtype=float) * 0.5 + 1.0])  # 8 distinct rows: a shuffle that keeps
    y_trues = np.r_[y_trues, y_trues]  # their order by chance is 1 in 40320
    try:
        _, (data_after, y_after, _), _ = student.invoke("train", (data.copy(), y_trues.copy(), dict(params)),
                                                        {"learn_rate": 0.1, "epochs": 2}, echo=True)
    except StudentError:
        return None
    for name, before, after in (("data", data, data_after), ("all_y_trues", y_trues, y_after)):
        try:
            after = np.asarray(after, dtype=float)
        except (TypeError, ValueError):
            return None
        if after.shape == np.shape(before) and np.array_equal(after, before):
            continue
        reordered = after.shape == np.shape(before) and sorted(map(tuple, np.atleast_2d(after.T).T.tolist())) == sorted(
            map(tuple, np.atleast_2d(np.asarray(before).T).T.tolist()))
        what = f"the rows of {name} are in another order" if reordered else f"{name} holds other values"
        return DATA_CHANGED.format(what=what, how=REORDERED if reordered else "")
    return None
