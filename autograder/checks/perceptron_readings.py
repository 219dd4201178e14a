"""What the numbers of a wrong perceptron fit show, for the step-by-step probe (``perceptron_probe``):
an epoch that is one step on one sample, not a pass over every sample; the prediction each of the
student's steps made, read off its own update, compared with other sums than the rule's; weights
rounded to a few decimals; and a learning rate that changes from one pass to the next.

Only the spec's rule and the student's own numbers are used here: nothing to record. Loaded by
``perceptron_probe.py`` with ``load_sibling``.
"""

import numpy as np

from autograder.grading import formulas

ONE_STEP = (
    "Your fit makes one step per epoch, on one sample: fitted for one epoch it gives what the rule gives after "
    "the first sample alone, however many samples it is given, and {epochs} epochs give what the rule gives "
    "after the first {epochs} samples. An epoch is a whole pass over the data: in every epoch, visit every sample, "
    "first to last, and update after each one."
)

ENDS_AT_RIGHT = (
    "Your fit ends each epoch at the first sample it already predicts right (a break there): on four samples where "
    "the rule's first, second and fourth steps move the weights and its third does not, one epoch of yours learns "
    "from the first two only. The rule visits every sample in every epoch: where the prediction is right the "
    "update is 0 and nothing changes, so go on to the next sample (continue, or no test at all), never leave the loop."
)


def _steps(X, y, count):
    """The samples the first ``count`` steps visit when each step takes the next sample, round and round."""
    order = [i % len(X) for i in range(count)]
    return X[order], y[order]


def one_step_per_epoch(fits, X, y, lr, passes, epoch, same):
    """ONE_STEP where one epoch on any prefix gives the rule after its first sample, and 2, 3 epochs the rule
    after 2, 3 steps (and the rule moves after the first sample somewhere); else None. ``fits``: the probe's
    reads (prefixes, then passes); ``epoch``: the rule's pass; ``same``: the probe's comparison."""
    n, start = len(X), (np.zeros(X.shape[1]), 0.0)
    if n < 2 or any(f is None for f in fits[:n + passes - 1]):
        return None
    after_one = epoch(*start, X[:1], y[:1], lr)
    expected = [after_one] * n + [epoch(*start, *_steps(X, y, e), lr) for e in range(2, passes + 1)]
    rule = [epoch(*start, X[:k], y[:k], lr) for k in range(1, n + 1)]
    if not any(not (same(r[0], after_one[0]) and same(r[1], after_one[1])) for r in rule):
        return None  # nothing moves after the first sample: the reading cannot show
    if all(same(f[0], e[0]) and same(f[1], e[1]) for f, e in zip(fits, expected)):
        return ONE_STEP.format(epochs=passes) if passes > 1 else ONE_STEP.split(", and ")[0] + "."
    return None


VISITS = {
    "last_skipped": "never learns from the last sample it is given: fitted on the first k samples, it gives what the "
                    "rule gives on the first k - 1, for every k (a range(len(X) - 1) or a slice X[:-1] leaves the last "
                    "one out)",
    "first_skipped": "never learns from the first sample it is given: fitted on the first k samples, it gives what the "
                     "rule gives on samples 2 to k, for every k (a range or a slice that starts at 1 leaves it out)",
    "reversed": "visits the samples from last to first: fitted on the first k samples, it gives what the rule gives "
                "on them in reverse order, for every k (X[::-1], reversed(...), or an index counting down)",
    "by_label": "visits the samples sorted by their label, those labelled 0 first, not in the order given: fitted on "
                "the first k samples, it gives what the rule gives on them in that order, for every k (an argsort or "
                "sort of y, or a loop over the labels, changes the order of the updates, and so what is learned)",
    "by_label_down": "visits the samples sorted by their label, those labelled 1 first, not in the order given: "
                     "fitted on the first k samples, it gives what the rule gives on them in that order, for every k "
                     "(a sort of y, or a loop over the labels, changes the order of the updates, and so what is learned)",
}
SAMPLES_VISITED = "Your fit {how}. The rule visits every sample, first to last, in every epoch."


def samples_visited(fits, X, y, lr, passes, epoch, same):
    """SAMPLES_VISITED where every one of the student's fits (one epoch on each prefix of the data, then 2, 3 epochs on
    all of it: ``fits``) is the rule's on the samples one of VISITS says it visits, and the rule's own differs
    somewhere (several readings said where several fit); else None. A single prefix cannot tell these apart (on one
    sample, leaving out the last is leaving out everything), so every prefix must agree."""
    n, start = len(X), (np.zeros(X.shape[1]), 0.0)
    if n < 3 or any(f is None for f in fits[:n + passes - 1]):
        return None
    orders = {"last_skipped": lambda k: list(range(k - 1)), "first_skipped": lambda k: list(range(1, k)),
              "reversed": lambda k: list(range(k - 1, -1, -1)),
              "by_label": lambda k: list(np.argsort(y[:k], kind="stable")),
              "by_label_down": lambda k: list(np.argsort(-y[:k], kind="stable"))}  # fmt: skip
    found, rule = [], None
    for name, order in [("given", lambda k: list(range(k))), *orders.items()]:
        expected = [epoch(*start, X[order(k)], y[order(k)], lr) for k in range(1, n + 1)]
        state = expected[-1]
        for _ in range(2, passes + 1):  # later passes go on over the same samples, in the same order
            state = epoch(*state, X[order(n)], y[order(n)], lr)
            expected.append(state)
        if rule is None:
            rule = expected  # the rule's own: an order that gives it everywhere (labels sorted already) says nothing
        elif all(same(f[0], e[0]) and same(f[1], e[1]) for f, e in zip(fits, expected)) and not all(
                same(r[0], e[0]) and same(r[1], e[1]) for r, e in zip(rule, expected)):
            found.append(VISITS[name])
    return SAMPLES_VISITED.format(how="; or ".join(found)) if found else None


def _sums(x, w, b):
    """Other sums a prediction may be made from, with what each is, in the words of a hint."""
    return [
        (x @ w + len(x) * b, "x . weights + n_features * bias: the bias added once per feature (inside the sum over "
                             "the features, as np.sum(x_i * weights + bias) does), where it belongs once, added to "
                             "the finished sum"),
        (x @ w - b, "x . weights - bias: the bias subtracted (or used as a threshold the sum must reach, "
                    "x . weights >= bias), where the rule adds it"),
        (x @ w, "x . weights alone: the bias left out of the prediction"),
    ]


def predictions(prefix, X, y, lr, same):
    """A reading where every step of the student's (one epoch on each prefix of ``X``, read as ``prefix``) moved
    weights and bias by one update whose prediction, y - update / lr, is what one of ``_sums`` gives on the
    student's own weights and bias before it, and the rule's sum does not give it somewhere; [] otherwise."""
    before, steps = (np.zeros(X.shape[1]), 0.0), []
    for got, x, t in zip(prefix, X, y):
        if got is None or not lr:
            break
        moved_w, moved_b = got[0] - before[0], got[1] - before[1]
        predicted = t - moved_b / lr
        if not (same(moved_w, moved_b * x) and min(abs(predicted), abs(predicted - 1)) < 1e-9):
            return []
        steps.append((x, before, int(round(predicted))))
        before = got
    if len(steps) < 2 or all(int(x @ w + b >= 0) == p for x, (w, b), p in steps):
        return []
    forms = [text for index, (_, text) in enumerate(_sums(*steps[0][0:1], *steps[0][1]))
             if all(int(_sums(x, w, b)[index][0] >= 0) == p for x, (w, b), p in steps)]
    if not forms:
        return []
    return [f"Every step of your fit here, from the first, predicts as if the sum were " + "; or ".join(forms) + "."]


def rounded(got, before, new_w, new_b, same):
    """A reading where the student's step moved its weights from ``before`` to the rule's new weights (and bias)
    rounded, or cut, to a few decimals (both said where both give these numbers)."""
    for digits in range(0, 5):
        scale = 10.0**digits
        cuts = (("rounded", lambda v: np.round(v, digits)), ("cut (truncated)", lambda v: np.trunc(np.asarray(v) * scale) / scale))
        hows = [how for how, cut in cuts if not same(got[0], new_w) and same(got[0], cut(new_w))
                and (same(got[1], new_b) or same(got[1], cut(new_b)))]  # fmt: skip
        if hows and not same(got[0], before):
            return [f"Your weights are the rule's {' or '.join(hows)} to {digits} decimal{'s' if digits != 1 else ''} "
                    f"(the rule's step gives {np.round(new_w, 6).tolist()}, yours {np.round(got[0], 6).tolist()}): "
                    "something rounds them (np.round, round(), int(), a format). The rule keeps every digit: round "
                    "nothing in fit."]
    return []


def rounded_away(got, before, new_w, same, fits=()):
    """A reading where the student's weights did not move from ``before`` at a step where the rule's do, and every
    weight of the student's ``fits`` (some not 0) has a few decimals at most where the rule's step has more: a step
    too small for those decimals, rounded away."""
    learned = [f[0] for f in fits if f is not None]
    if not same(got[0], before) or not learned or not any(np.any(w != 0) for w in learned):
        return []
    for digits in range(1, 4):
        if all(same(w, np.round(w, digits)) for w in learned) and not same(new_w, np.round(new_w, digits)):
            return [f"Or your weights are rounded: every weight your fit learned here has {digits} "
                    f"decimal{'s' if digits != 1 else ''} at most, where the rule's step gives "
                    f"{np.round(new_w, 6).tolist()}, and a step smaller than the last decimal kept is rounded away "
                    "(np.round, round(), a format). The rule keeps every digit: round nothing in fit."]
    return []


RATES = [
    (lambda p: 1 / p, "lr divided by the pass number (lr / (epoch + 1), the epochs counted from 0)"),
    (lambda p: 1 / p**2, "lr divided by the square of the pass number"),
    (lambda p: 1 / np.sqrt(p), "lr divided by the square root of the pass number"),
    (lambda p: 0.5 ** (p - 1), "lr halved every pass"),
    (lambda p: p, "lr times the pass number"),
]


def learning_rates(fits, X, y, lr, epoch, same):
    """A reading where every later pass (2, 3 of ``fits``, the student's weights and bias after each pass) is the
    rule's pass from the one before with the learning rate changed as one of RATES says; [] otherwise."""
    found = []
    for factor, text in RATES:
        matches = []
        for index in range(1, len(fits)):
            before, got = fits[index - 1], fits[index]
            if before is None or got is None:
                return []
            expected = epoch(before[0], before[1], X, y, lr * factor(index + 1))
            matches.append(same(got[0], expected[0]) and same(got[1], expected[1]))
        if matches and all(matches):
            found.append(text)
    if not found:
        return []
    return [f"Each later pass moves as the rule would with a learning rate of " + "; or ".join(found) + ": your "
            "learning rate changes from pass to pass (a decay schedule). The perceptron rule has no schedule: it uses "
            "the same lr in every pass."]


SAME_STEP = (
    "Every weight of yours moved by one same number, {moved}, where the rule moves each weight by the update times "
    "its own input, update * x = {rule}{formula}. The update is one number, and each weight's step multiplies it by "
    "that weight's own input, element by element: no sum or other reduction of the sample's inputs."
)
STEP_FORMS = [
    (lambda u, x: u * np.sum(x), "update times the sum of the sample's inputs (x_i.sum(), np.sum(x_i), or "
                                 "np.dot(update, x_i) of the whole sample)"),
    (lambda u, x: u * np.mean(x), "update times the mean of the sample's inputs"),
    (lambda u, x: u * np.max(x), "update times the largest of the sample's inputs"),
    (lambda u, x: u * np.sum(x * x), "update times the sum of the squared inputs (x_i @ x_i)"),
    (lambda u, x: u, "the update itself, without the input"),
]


def same_step(moved_w, moved_b, update, x, same):
    """SAME_STEP where the student's weights all moved by one number while the bias moved by the rule's ``update``
    and the rule's step, update * ``x``, differs between the weights; None otherwise."""
    moved_w, x = np.asarray(moved_w, dtype=float), np.asarray(x, dtype=float)
    if moved_w.size < 2 or not same(moved_b, update) or not update or np.all(x == x[0]):
        return None
    if not same(moved_w, np.full(moved_w.shape, moved_w[0])) or same(moved_w, update * x):
        return None
    forms = [text for f, text in STEP_FORMS if same(moved_w[0], f(update, x))]
    formula = (": yours is " + "; or ".join(forms)) if forms else ""
    return SAME_STEP.format(moved=f"{float(moved_w[0]):.6g}", rule=np.round(update * x, 6).tolist(), formula=formula)


def zero_sum_lost(told, lr):
    """What the two samples of ``probe._zero_sum_moves`` (``told``: moved by +lr on label 1, moved as the rule with
    lr = 2) show of a first step where nothing moved: a step that predicts 0 at a sum of exactly 0, an update cut to
    a whole number, or a fit that never moves at all; None where they show none of these."""
    if told is None:
        return None
    fires_late, whole_update_kept = told[:2]
    if len(told) > 2:  # the weights moved down as the rule's, the bias stayed
        wide, raised = told[2]
        return (f"your bias never goes down: with lr = 2 and y = 0 on x = {wide} (the rule's update is -2 there), your "
                "weights moved by -2 * x as the rule's do, but your bias stayed 0, where the rule lowers it to -2"
                + (", and after that, on the same x with y = 1 (update +2), your bias rose to 2: it moves only when "
                   "the update is positive (an if update > 0, or a max(update, 0), around the bias's line)"
                   if raised else ", and it does not rise either on the same x with y = 1 after it: the update never "
                   "reaches self.bias (stored in another name, say)") + ". The bias takes every update, as the "
                "weights do, up and down: bias += update on every sample")
    if fires_late:
        return (f"your step predicts 0 at a sum of exactly 0, where the rule's gives 1: on this sample with y = 1 your "
                f"fit moved by {lr:g}, where the rule moves nothing. A step with z > 0, or a sum cut to a whole number "
                "or rounded first (int(z) is 0 for any sum between -1 and 1, round(z) between -0.5 and 0.5), does this: "
                "compare the sum itself with 0, by >=")
    if whole_update_kept:
        return (f"the update was rounded to a whole number (round({-lr:g}) and int({-lr:g}) are 0): with lr = 2, whose "
                "update -2 is whole already, your fit moves as the rule does. Keep the update a float, with no int(), "
                "round() or // around it or the bias")
    return ("your fit never moves: not on this sample with y = 1 (nor does the rule), nor with lr = 2 and y = 0 (the "
            "rule: bias -2). Either the update never reaches self.weights and self.bias (another name, or times 0), "
            "or only updates above 0 are made (max(y_i - prediction, 0), or an if on y_i > prediction), or the "
            "samples labelled 0 are skipped (only they give updates below 0): from zeros every first mistake is an "
            "update below 0, so such a fit never moves. Visit every sample and apply every update, up and down")


WEIGHTS_STEP = (
    "Your bias moves as the rule says, but your weights do not move by update * x_i: fitted for one epoch from the "
    "start on x = {x} alone, with y = 0 (the rule predicts 1 there, so its update is {update}), your weights moved by "
    "{moved}, which is {found} (u = the update, x = the sample's inputs), where the rule's step is u * x: each "
    "weight moves by the update times its own input. Compare the two formulas: where they differ is the slip."
)


def weights_step(moved_w, moved_b, update, x):
    """WEIGHTS_STEP where the student's weights, on a sample of inputs that all differ (``x``, the rule's
    ``update``), moved by a short formula of the update and the inputs other than the rule's (the bias moving
    by the update); [] otherwise."""
    moved_w, x = np.asarray(moved_w, dtype=float), np.asarray(x, dtype=float)
    if moved_w.shape != x.shape or not np.isclose(moved_b, update) or np.allclose(moved_w, update * x):
        return []
    ingredients = [formulas.Ingredient("u", "the update", (float(update),)),
                   formulas.Ingredient("x", "the sample's inputs", (x,))]  # fmt: skip
    found = formulas.find_formula([moved_w], ingredients, [update * x])
    if found is None:
        return []
    return [WEIGHTS_STEP.format(x="[" + ", ".join(f"{v:g}" for v in x) + "]", update=f"{update:g}",
                                moved="[" + ", ".join(f"{v:.6g}" for v in moved_w) + "]", found=found)]
