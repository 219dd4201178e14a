"""A step-by-step probe of a wrong fit: where no known mistake explains the weights fit learned,
the student's own Perceptron is fitted for one epoch on the first sample alone, then on the first
two, and so on (one request), and the spec's rule is replayed beside it, one sample at a time from
the state the student's fit reached just before. At the first sample where the student's weights or
bias differ from the rule's, the hint says what the rule computes there (z, the prediction and why,
the update, the new weights and bias) next to what the student's fit gave, with what the numbers
show (the update that was made, what it would be the update of). Where every sample of the first
pass follows the rule, later passes are compared the same way.

Only the rule of the spec (printed in fit's docstring) is computed here, on the student's own
numbers: nothing to record, so a student's kit asks the same. Loaded by ``test_perceptron.py``
with ``load_sibling``; asked only once fit is known to be wrong and nothing else named it.
"""

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.sandbox.session import StudentError

readings = load_sibling(__file__, "perceptron_readings")  # what a wrong fit's numbers show: a formula, rounding
fitted = load_sibling(__file__, "perceptron_fits")  # the student's Perceptron fitted and read, several at once


def _num(value) -> str:
    value = float(np.round(float(value), 10)) + 0.0  # no -0.0, no 1e-17 noise
    return f"{value:.6g}"


def _vec(values) -> str:
    return "[" + ", ".join(_num(v) for v in np.ravel(values)) + "]"


def _same(a, b) -> bool:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=1e-7, atol=1e-10))


def _fits(student, X, y, lr, epochs):
    """The student's weights and bias after one epoch on each prefix of the data, then after 2, 3
    epochs on all of it, then after one epoch on each longer prefix of the data written out that many
    times in a row, then after 4 and 5 epochs on all of it (where fit has that many): a list of
    (weights, bias) or None where one could not be read."""
    batch = student.batch()
    reads = []
    passes = min(epochs, 3)
    long_X, long_y = np.tile(X, (passes, 1)), np.tile(y, passes)
    plan = ([(X[:k], y[:k], 1) for k in range(1, len(X) + 1)] + [(X, y, e) for e in range(2, passes + 1)]
            + [(long_X[:k], long_y[:k], 1) for k in range(len(X) + 1, len(long_X) + 1)]
            + [(X, y, e) for e in range(passes + 1, min(epochs, 5) + 1)])  # fmt: skip (more passes: learning rates)
    for data, labels, e in plan:
        p = batch.invoke("Perceptron", kwargs={"lr": lr, "epochs": e})
        batch.invoke("fit", (data, labels), on=p)
        reads.append(batch.get_many(["weights", "bias"], on=p))
    try:
        replies = batch.run()
    except (StudentError, TypeError, ValueError):
        return None
    found = []
    for read in reads:
        try:
            weights = np.asarray(replies[read]["weights"], dtype=float)
            bias = float(replies[read]["bias"])
        except (StudentError, KeyError, TypeError, ValueError):
            found.append(None)
            continue
        found.append((weights, bias) if weights.shape == (X.shape[1],) else None)
    return found


def _step(weights, bias, x, t, lr):
    """One step of the spec's rule: z, the prediction, the update, the new weights and bias."""
    z = float(x @ weights + bias)
    prediction = 1 if z >= 0 else 0
    update = lr * (t - prediction)
    return z, prediction, update, weights + update * x, bias + update


def _epoch(weights, bias, X, y, lr):
    for x, t in zip(X, y):
        weights, bias = _step(weights, bias, x, t, lr)[3:]
    return weights, bias


# From zeros the rule moves on samples 1, 2 and 4 of these, not on 3 (predicted right): one epoch that ends at
# the first right prediction learns from samples 1 and 2, one step per epoch from sample 1, the rule from all four.
RIGHT_X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 0.0]])
RIGHT_Y = np.array([0.0, 1.0, 1.0, 1.0])


def _ends_at_right(student, lr):
    """Whether the student's fit, one epoch on RIGHT_X, learns what the rule learns from its first two samples."""
    got = fitted.learned_after(student, [(RIGHT_X, RIGHT_Y, lr, 1)])
    return got is not None and _same(got[0], np.append(*_epoch(np.zeros(2), 0.0, RIGHT_X[:2], RIGHT_Y[:2], lr)))


# From zeros the rule moves on each of these three samples, each time differently: epochs 1, 2, 3 of a fit that makes one
# step per epoch give the rule after 1, 2, 3 samples, which a fit that learns little after the first sample does not.
STEPS_X, STEPS_Y = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), np.array([0.0, 1.0, 0.0])


def _one_step_told(student, lr):
    """Whether the student's fit for 1, 2 and 3 epochs on STEPS_X learns what the rule learns from its first 1, 2, 3
    samples (a data set where each step moves): where the check's data moves little, ONE_STEP is confirmed here."""
    got = fitted.learned_after(student, [(STEPS_X, STEPS_Y, lr, e) for e in (1, 2, 3)])
    return got is not None and all(_same(g, np.append(*_epoch(np.zeros(2), 0.0, STEPS_X[:e], STEPS_Y[:e], lr)))
                                   for g, e in zip(got, (1, 2, 3)))


def step_hint(student, X, y, lr, epochs):
    """The hint that shows the first step of fit that leaves the rule (see the module's docstring);
    None where the probe cannot be read or finds no step that differs."""
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    fits = _fits(student, X, y, lr, epochs)
    if not fits:
        return None
    n, passes = len(X), min(epochs, 3)
    per_epoch = readings.one_step_per_epoch(fits, X, y, lr, passes, _epoch, _same)
    if per_epoch and _ends_at_right(student, lr):  # a break at a right prediction gives the same numbers here
        return readings.ENDS_AT_RIGHT
    per_epoch = per_epoch if per_epoch and _one_step_told(student, lr) else None  # so do other slips, on some data
    per_epoch = per_epoch or readings.samples_visited(fits, X, y, lr, passes, _epoch, _same)
    if per_epoch:
        return per_epoch
    # one pass over the data written out ``passes`` times: the steps of later passes, with no new epoch between
    long_X, long_y = np.tile(X, (passes, 1)), np.tile(y, passes)
    prefix = fits[:n] + fits[n + passes - 1:n + passes - 1 + (passes - 1) * n]
    weights, bias, followed = np.zeros(X.shape[1]), 0.0, len(prefix) > n
    earlier = []  # the rule's updates at the samples before this one, in this one epoch
    for k in range(1, len(prefix) + 1):
        got = prefix[k - 1]
        if got is None or not (np.isfinite(got[0]).all() and np.isfinite(got[1])):
            if k > n:
                followed = False
                break  # the longer pass cannot be read: compare the passes as they are
            return None
        z, prediction, update, new_w, new_b = _step(weights, bias, long_X[k - 1], long_y[k - 1], lr)
        if not (_same(got[0], new_w) and _same(got[1], new_b)):
            skipped = _skipped(prefix, k, weights, bias, long_X, long_y, lr)
            found = readings.predictions(prefix, long_X, long_y, lr, _same)
            return _differs(k, long_X[k - 1], long_y[k - 1], lr, (weights, bias), (z, prediction, update, new_w, new_b),
                            got, skipped, found=found, n=n, fits=prefix, tell=lambda features=X.shape[1]: _telling_move(student, features, lr),
                            zero=lambda x: _zero_sum_moves(student, x, lr), earlier=earlier)
        weights, bias = got
        earlier.append(update)
    return _later_epochs(fits[n - 1:n + passes - 1] + fits[n + passes - 1 + (passes - 1) * n:], X, y, lr, steps_right=followed)


def _skipped(fits, k, weights, bias, X, y, lr):
    """None where the student's fits on more samples than ``k`` do not all give what the rule gives with
    sample k left out (from ``weights``, ``bias``); else whether something moves after it (which
    rules out an update lost on every sample)."""
    moved = False
    for j in range(k + 1, len(X) + 1):
        got = fits[j - 1]
        expected = _epoch(weights, bias, X[k:j], y[k:j], lr)
        if got is None or not (_same(got[0], expected[0]) and _same(got[1], expected[1])):
            return None
        moved = moved or not (_same(expected[0], weights) and _same(expected[1], bias))
    return moved if len(X) > k else None


def _differs(k, x, t, lr, before, rule, got, skipped=None, found=(), n=None, fits=(), tell=None, zero=None, earlier=()):
    z, prediction, update, new_w, new_b = rule
    weights, bias = before
    where = ("from the start, weights " if k == 1 else
             f"the first {'sample leaves' if k == 2 else f'{k - 1} samples leave'} weights ")  # fmt: skip
    data = (f"this data written out {-(-k // n)} times in a row (one epoch over it goes over the data more than once, "
            "with nothing between)" if n and k > n else "this data")  # fmt: skip
    said = (
        f"Fitted for one epoch on {f'the first {k} samples' if k > 1 else 'the first sample alone'} of {data}, "
        f"your fit first leaves "
        f"the rule at sample {k} (x = {_vec(x)}, y = {_num(t)}): {where}{_vec(weights)} and bias {_num(bias)}"
        f"{' in your fit as in the rule' if k > 1 else ''}. There the rule computes z = x . weights + bias = {_num(z)}, "
        f"which is {'>= 0' if z >= 0 else 'below 0'}, so the prediction is {prediction}; update = lr * (y - prediction) = "
        f"{_num(lr)} * ({_num(t)} - {prediction}) = {_num(update)}; weights += update * x gives {_vec(new_w)}, and "
        f"bias += update gives {_num(new_b)}. Your fit gave weights {_vec(got[0])} and bias {_num(got[1])}."
    )
    shown = found or readings.rounded(got, weights, new_w, new_b, _same)  # a reading of every step, or of this one's digits
    return " ".join([said, *(shown or [*_readings(k, x, t, lr, before, rule, got, skipped, tell, zero, earlier),
                                       *readings.rounded_away(got, weights, new_w, _same, fits)])])


def _readings(k, x, t, lr, before, rule, got, skipped=None, tell=None, zero=None, earlier=()):
    """What the student's move at this step shows, each said only where the numbers show it (``tell``: the
    student's move on a sample whose inputs all differ, asked where this sample's equal inputs cannot tell a
    weight's own input from the same number for every weight)."""
    z, prediction, update, _, _ = rule
    moved_w, moved_b = got[0] - before[0], got[1] - before[1]
    rule_w = update * x
    said = []
    if update == 0 and (np.any(np.abs(moved_w) > 1e-12) or abs(moved_b) > 1e-12):
        said.append("The rule's prediction is right here, so nothing should move; yours moved.")
    if update != 0 and _same(moved_w, 0 * x) and _same(moved_b, 0.0):
        lost = (f"the update was lost, for example rounded to a whole number (int({_num(update)}) is 0) or stored "
                "in a name other than self.weights and self.bias")
        if t in (0, 1) and t != prediction:
            lost += (f"; or your step predicted {_num(t)} here, where the rule's gives {prediction} (1 if z >= 0, "
                     "else 0: z exactly 0 gives 1)" if z == 0 else
                     f"; or your step predicted {_num(t)} here, where the rule's gives {prediction} (1 if z >= 0, else 0)")
        skip = (f"your loop never visits sample {k}: fitted on more samples, your fit gives what the rule gives with "
                f"it left out (a slice or a range that starts one place late, say; the rule visits every sample, "
                "first to last)")
        told = zero(x) if zero is not None and not skipped and k == 1 and t == 0 and z == 0 else None
        lost = readings.zero_sum_lost(told, lr) or lost  # one more sample each tells these readings apart
        if skipped:  # later samples moved it: no update is lost everywhere
            lost = skip + lost[lost.index(";"):] if ";" in lost else skip
        elif skipped is not None:
            lost += "; or " + skip
        said.append(f"Nothing of yours moved where the rule moves by {_num(update)}: {lost}.")
        return said
    if np.any(rule_w != 0) and _same(moved_w, 0 * x) and _same(moved_b, update):
        said.append("Your bias moved as the rule says but your weights did not move at all: the weights' "
                    "update never reaches self.weights (stored in another name, say, or multiplied by 0).")
        return said
    same_step = readings.same_step(moved_w, moved_b, update, x, _same)
    if same_step:
        return [same_step]
    ratio = _ratio(moved_w, rule_w)
    alike = x.size > 1 and np.all(x == x[0]) and x[0] != 0  # every weight's input the same: a sum of them looks alike
    told = tell() if ratio is not None and ratio != 1 and alike and tell is not None else None
    if told is not None and readings.same_step(*told, _same):
        return [f"On the sample here every input is the same, so one more sample tells more: fitted for one epoch "
                f"from the start on x = {_vec(told[3])} alone, with y = 0, where the rule predicts 1 and its update "
                f"is {_num(told[2])}. " + readings.same_step(*told, _same)]
    if ratio is not None and ratio != 1 and _same(moved_b, update):
        why = (f" (1/{k}, and {k} is the number of samples this fit was given: the rule adds the whole "
               "update * x, divided by nothing)" if _same(ratio * k, 1) else "")
        said.append(f"Your bias moved as the rule says, but your weights moved {_num(ratio)} times the rule's "
                    f"update * x{why}.")
        return said
    common = moved_b if _same(moved_w, moved_b * x) else None  # weights and bias moved by one update
    if common is not None:
        said.extend(_update_readings(common, t, prediction, lr, update, k, earlier))
    elif _same(moved_b, update) and tell is not None:  # the bias right, the weights' step another formula
        wide = tell(len(TELLING))
        said.extend(readings.weights_step(*wide) if wide is not None else [])
    return said


def _update_readings(made, t, prediction, lr, update, k=None, earlier=()):
    """The readings of an update of ``made`` where the rule's is ``update``: every short formula of
    y, the prediction, lr and ``k`` (the number of samples this fit was given) that gives it (more than one
    where they agree here: with one sample, the error over k is the error itself)."""
    forms = [*([((t - prediction) / k, f"y - prediction divided by the number of samples fit was given ({k} here), "
                                        "where the rule multiplies it by lr (a mean's 1/n does not belong here)")]
               if k and k > 1 else []),  # with one sample, the same as the error without lr
        (t - prediction, "y - prediction without the learning rate"),
        (lr * t - prediction, "lr * y - prediction, the learning rate on y alone (brackets missing around "
                              "y - prediction)"),
        (lr * (prediction - t), "lr * (prediction - y), the error the wrong way round"),
        (lr * t, "lr * y, the label where the error y - prediction belongs"),
        (lr * lr * (t - prediction), "the learning rate applied twice"),
        *([(update + sum(earlier), "this sample's update added to the updates of the samples before it in the epoch, "
                                   "carried over (an update += ..., with update set to 0 once per epoch or never), "
                                   "where each sample's update is its own, lr * (y_i - prediction)")]
          if any(earlier) else []),
        *([(earlier[-1], "the previous sample's update, used before this sample's own is computed")]
          if earlier and earlier[-1] else []),
    ]
    readings = [text for value, text in forms if _same(made, value) and not _same(made, update)]
    implied = t - made / lr if lr else None
    if implied is not None and -1.0 <= implied <= 1.0 and not _same(implied, prediction):
        if _same(implied, round(implied)):
            readings.append(f"lr * (y - prediction) with the prediction {_num(implied)} where the rule's step gives "
                            f"{prediction} (the step is 1 if z >= 0, else 0)")
        else:
            readings.append(f"lr * (y - p) with p = {_num(implied)}, a prediction that is not 0 or 1: the "
                            "prediction is the step's 0 or 1, 1 if z >= 0 else 0, not a smooth function of z")
    if not readings:
        return [f"Your weights and bias moved by one update, {_num(made)}, where the rule's is {_num(update)}."]
    return [f"Your weights and bias moved by one update, {_num(made)}, where the rule's is {_num(update)}: that is "
            + "; or ".join(readings) + "."]


def _ratio(moved, rule):
    """c where ``moved`` is c times ``rule`` (rule not all 0), else None."""
    nonzero = np.abs(rule) > 1e-12
    if not np.any(nonzero):
        return None
    c = float(moved[nonzero][0] / rule[nonzero][0])
    return c if _same(moved, c * rule) else None


def _later_epochs(fits, X, y, lr, steps_right=False):
    """Every sample of the first pass follows the rule: the first later pass that leaves it. ``steps_right``:
    one epoch over the data written out as many times followed the rule, step by step."""
    for epoch in range(1, len(fits)):
        before, got = fits[epoch - 1], fits[epoch]
        if before is None or got is None:
            return None
        expected = _epoch(before[0], before[1], X, y, lr)
        if _same(got[0], expected[0]) and _same(got[1], expected[1]):
            continue
        said = (f"Your fit follows the rule sample by sample through the first {epoch} pass{'es' if epoch > 1 else ''} over "
                f"the data (weights {_vec(before[0])}, bias {_num(before[1])}), but pass {epoch + 1}, which should go "
                f"on from there to weights {_vec(expected[0])} and bias {_num(expected[1])}, gives weights "
                f"{_vec(got[0])} and bias {_num(got[1])}.")
        if _same(got[0], before[0]) and _same(got[1], before[1]) and not _same(expected[0], before[0]):
            said += (" A pass more changed nothing: fit keeps only one pass, as a return indented into the loop "
                     "over the epochs does (it ends fit after the first), or weights and bias set back to zeros at "
                     "the start of every pass, or an iterator of the samples made once before that loop (a zip(X, y) "
                     "kept in a name), which is used up after the first pass. Return after the loop over the epochs, "
                     "set the starting values once, before it, and go over the samples afresh in every epoch.")
            return said
        if steps_right:
            said += (" One epoch over the data written out several times in a row follows the rule step by step, so "
                     "each step is right within a pass: what differs comes with a new epoch.")
        rates = readings.learning_rates(fits, X, y, lr, _epoch, _same)
        return " ".join([said, *(rates or [
            "Check what carries over from one pass to the next: the weights and bias go on from where the previous "
            "pass left them, and nothing else is kept or reset between passes."])])
    return None


def _zero_sum_moves(student, x, lr):
    """Where nothing of the student's moved on ``x`` (label 0, from the start: the sum is 0, the rule predicts 1):
    whether their fit moves by the rule's +lr on ``x`` with label 1 (where the rule, predicting 1, moves nothing),
    and whether with lr = 2 on ``x`` and label 0 it moves as the rule (by -2, a whole number); None where unread."""
    on_one = _fits(student, x[None, :], np.array([1.0]), lr, 1)
    wide = np.resize(np.array(TELLING), x.size) if not np.all(x != 0) else x  # every weight's move shows
    at_two = _fits(student, wide[None, :], np.array([0.0]), 2.0, 1)
    if not (on_one and at_two and on_one[0] is not None and at_two[0] is not None):
        return None
    (w1, b1), (w2, b2) = on_one[0], at_two[0]
    told = (_same(w1, lr * x) and _same(b1, lr), _same(w2, -2.0 * wide) and _same(b2, -2.0))
    if not (_same(w2, -2.0 * wide) and _same(b2, 0.0)):
        return told
    # the weights moved down as the rule's, the bias not: does the bias ever move up? (down, then up again)
    twice = _fits(student, np.array([wide, wide]), np.array([0.0, 1.0]), 2.0, 1)
    raised = bool(twice and twice[1] is not None and _same(twice[1][1], 2.0))
    return (*told, (_vec(wide), raised))


TELLING = (2.0, -0.5, 1.5, 0.25, -1.0)  # inputs that all differ, no two alike in size, their sum not 0


def _telling_move(student, features, lr):
    """The student's move on one sample with inputs that all differ, fitted for one epoch from the start with
    label 0: (weights moved, bias moved, the rule's update, x), where the rule's step predicts 1 (the sum is 0)
    and moves by -lr; None where it cannot be read."""
    x = np.resize(np.array(TELLING), features) * (1 + np.arange(features) // len(TELLING))
    fits = _fits(student, x[None, :], np.array([0.0]), lr, 1)
    if not fits or fits[0] is None:
        return None
    return fits[0][0], fits[0][1], -lr, x


LR_IGNORED = (
    "Your fit learns the same weights and bias with lr = {lr:g} as with lr = {other:g}: it does not use the learning "
    "rate it is given{acts}. From zero weights every step of the rule is proportional to lr, so the weights it "
    "learns are too: use self.lr, the one __init__ stored, in the update, not a number typed in."
)


def lr_hint(student, X, y, lr, epochs):
    """LR_IGNORED where the student's fits on ``X`` with ``lr`` and twice ``lr`` learn the same (moved) weights and
    bias, both for the labels ``y`` and for the labels turned over (1 - y: a label that lr multiplies alone, lr * y,
    may leave the same weights on one set of labels, never on both); None otherwise. Asked only once fit is known
    to be wrong."""
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    got = fitted.learned_after(student, [(X, labels, rate, epochs) for labels in (y, 1 - y) for rate in (lr, 2 * lr)])
    if got is None:
        return None
    if any(g.shape != (X.shape[1] + 1,) for g in got) or not (_same(got[0], got[1]) and _same(got[2], got[3])):
        return None
    if not (np.max(np.abs(got[0])) > 1e-9 and np.max(np.abs(got[2])) > 1e-9):
        return None  # nothing learned on one set of labels: no proof that lr goes unused
    rule = _rule_fit(X, y, lr, epochs)
    nonzero = np.abs(rule) > 1e-12
    rate = lr * float(got[0][nonzero][0] / rule[nonzero][0]) if np.any(nonzero) else None
    acts = (f": it learns what the rule learns with lr = {_num(rate)}" if rate and rate > 0
            and _same(got[0], _rule_fit(X, y, rate, epochs)) else "")  # fmt: skip (a rate the ratio suggests, replayed)
    return LR_IGNORED.format(lr=lr, other=2 * lr, acts=acts)


def _rule_fit(X, y, lr, epochs):
    """The rule's weights followed by its bias after ``epochs`` passes from zeros."""
    state = (np.zeros(X.shape[1]), 0.0)
    for _ in range(int(epochs)):  # one pass of the rule each
        state = _epoch(*state, X, y, lr)
    return np.append(*state)
