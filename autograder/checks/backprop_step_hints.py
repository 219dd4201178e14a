"""Hints for slips that read or return the wrong value: a step taken with the parameters where the
gradients belong (or the other way round), a neuron's inputs added without their weights, a train
that returns the parameters it was given, or records the loss only every few epochs, or compares every
prediction with one label, or whose losses never change (frozen parameters, or a loss measured at the
start); an output slope written with the weighted sum. Loaded by the backprop checks
with ``load_sibling``."""

import numpy as np

from autograder.grading.compare import CheckFailed, Misconception, describe, expect_close, expect_unchanged
from autograder.sandbox.session import StudentError

WRONG_DICT = (
    "Your new values are {got}: the step reads {wrong}. Each parameter moves against its own gradient: from the "
    "value in params, subtract learn_rate times the value of the same name in grads (two different dicts, "
    "one name)."
)
READINGS = {  # (starts from, subtracts learn_rate times) -> what that gives, what was read wrong
    ("params", "params"): ("each parameter shrunk by the factor 1 - learn_rate",
                           "the parameter again where its gradient belongs (params for grads)"),
    ("grads", "grads"): ("each gradient shrunk by the factor 1 - learn_rate",
                         "the gradient where the parameter belongs (grads for params)"),
    ("grads", "params"): ("the gradients minus learn_rate times the parameters",
                          "the two dicts the wrong way round: either the body swaps params and grads, or the "
                          "function takes its arguments in another order than sgd_step(params, grads, learn_rate)"),
}


def step_slips(params, grads, rate, names):
    """sgd_step's values (in ``names`` order) when it steps with the gradient, or returns the step
    itself or minus the step, with their hints."""
    return [Misconception("Step against the gradient: params - learn_rate * grads.",
                          [params[n] + rate * grads[n] for n in names]),
            Misconception("Your values are the step itself, learn_rate * grads: return the "
                          "parameters after it, params[name] - learn_rate * grads[name].", [rate * grads[n] for n in names]),
            Misconception("Your values are minus the step: return the parameters after it, "
                          "params[name] - learn_rate * grads[name].", [-rate * grads[n] for n in names])]  # fmt: skip


def step_mistakes(params, grads, rate, names):
    """sgd_step's values (in ``names`` order) when it reads the wrong dict, with their hints."""
    values = {"params": params, "grads": grads}
    return [Misconception(WRONG_DICT.format(got=got, wrong=wrong),
                          [values[start][n] - rate * values[step][n] for n in names])
            for (start, step), (got, wrong) in READINGS.items()]  # fmt: skip


UNWEIGHTED = ("Your feedforward adds {where} as they are, without their weights: {weights} are left out. A "
              "neuron multiplies each input by its own weight, adds the products and its bias, then applies "
              "the sigmoid: {hidden}, {output}.")
UNWEIGHTED_SLIPS = [("o1_unweighted", "the output neuron's inputs h1 and h2", "w5 and w6"),
                    ("h1_unweighted", "h1's inputs x[0] and x[1]", "w1 and w2"),
                    ("h2_unweighted", "h2's inputs x[0] and x[1]", "w3 and w4"),
                    ("hidden_unweighted", "the hidden neurons' inputs x[0] and x[1]", "w1 to w4")]


RETURNS_START = (
    "The parameters your train returns are the ones it was given, unchanged, though its losses show training "
    "happened: the steps went to another variable (a copy, say), and the return hands back the starting dict. "
    "Return the parameters the last sgd_step produced, the same variable every step updates."
)


def returned_start(start, names):
    """The trained parameters (in ``names`` order) of a train that returns the ones it started from."""
    return [Misconception(RETURNS_START, [start[n] for n in names])]


SPARSE_LOSSES = (
    "Your losses are those of every {k}th epoch only, {count} of {epochs}: train records one loss for every "
    "epoch, after that epoch's updates. Printing a loss every few epochs is for watching training on screen; "
    "the list train returns holds them all, so record the loss in every epoch, with no condition on the epoch number."
)


def sparse_losses(losses, k_values=(2, 5, 10)):
    """The losses recorded only at every kth epoch (epoch % k == 0, or (epoch + 1) % k == 0)."""
    losses = list(losses)
    found = []
    for k in k_values:
        for picked in (losses[::k], losses[k - 1 :: k]):
            found.append(Misconception(SPARSE_LOSSES.format(k=k, count=len(picked), epochs=len(losses)), picked))
    return found


SLOPE_OF_Z = (
    "Your output slope is z * (1 - z) of o1's weighted sum z = w5*h1 + w6*h2 + b3: the formula s * (1 - s) "
    "holds for the sigmoid's output s, not for its input. Write it with o1 itself, o1 * (1 - o1) (or "
    "sigmoid(z) * (1 - sigmoid(z)), which is the same)."
)


ONE_LABEL = (
    "Your losses compare every sample's prediction with one label, {which}: a variable such as "
    "y_true, left over from the loop over the samples (or read once before it), stands in for each sample's own. "
    "After the epoch, pair each prediction with its own label, zip(data, all_y_trues), and take the mean of those "
    "squared errors."
)


def one_label(last, first):
    """ONE_LABEL's Misconceptions for the losses that compare every prediction with the last sample's
    label (``last``) or the first's (``first``): one hint naming both when they give the same losses."""
    if np.allclose(last, first, rtol=1e-12, atol=0):
        return [Misconception(ONE_LABEL.format(which="the last sample's (or the first's, which is the same here)"), last)]
    return [Misconception(ONE_LABEL.format(which="the last sample's"), last),
            Misconception(ONE_LABEL.format(which="the first sample's"), first)]  # fmt: skip


FROZEN = (
    "Your train records the same loss in every epoch, so the parameters never move: sgd_step returns a new dict "
    "and leaves the one it is given alone, so its result must be assigned (to params) for the next sample "
    "and the next epoch to use it."
)
LOSS_OF_THE_START = (
    "Your train records the same loss in every epoch, although the parameters it returns have moved from the "
    "start: each loss is computed with the parameters train was given (or another fixed set), not with the ones "
    "being trained. Compute each epoch's loss from the current params, after that epoch's updates."
)


RESTARTS = (
    "Your train records the same loss in every epoch, the right loss after the first epoch ({first:.8g}), and "
    "the parameters it returns have moved: every epoch starts again from the parameters train was given (a copy "
    "of them made inside the epoch loop, say), so only one epoch of training ever counts. Copy params once, "
    "before the epoch loop, and let each epoch start where the previous one ended."
)


WHOLE_LOSS = ("Your train records 0.0 as every epoch's loss, although its parameters moved, and no loss of this sigmoid "
              "network is 0: each loss is rounded down to a whole number, most likely a mean taken with //, floor "
              "division (int() rounds down too). Divide with /.")
ALL_ZERO = ("Every loss your train records is 0.0, on either data set, so its losses cannot tell which data it learned "
            "from: see the check of train's trajectory (no loss of this network is 0) first, and this follows.")


def frozen_hint(losses, start=None, trained=None, first=None):
    """FROZEN when every recorded loss (two or more) is the same number: the parameters never moved;
    LOSS_OF_THE_START instead where the ``trained`` parameters train returned differ from its ``start``,
    and RESTARTS where that one loss is ``first``, the right loss after the first epoch (each epoch starts over)."""
    try:
        values = [float(v) for v in losses]
    except (TypeError, ValueError, ArithmeticError):  # ArithmeticError: an int no float holds
        return None
    if len(values) < 2 or len(set(values)) != 1:
        return None
    try:
        moved = isinstance(trained, dict) and any(float(trained[name]) != float(start[name]) for name in start)
    except (KeyError, TypeError, ValueError, ArithmeticError):
        moved = False
    if moved and values[0] == 0.0:  # no loss of the spec's sigmoid network is 0: a mean rounded down
        return WHOLE_LOSS
    if moved and first is not None and abs(values[0] - float(first)) <= 1e-6 * abs(float(first)):
        return RESTARTS.format(first=float(first))
    return LOSS_OF_THE_START if moved else FROZEN


DIVIDED_BY_RATE = (
    "Your step divides each gradient by learn_rate, where it multiplies: with learn_rate = {rate:g} every parameter "
    "moves {times:g} times its gradient instead of {rate:g} times it, and a smaller rate would make the steps larger. "
    "The step is params[name] - learn_rate * grads[name]."
)


def divided_by_rate(params, grads, rate, names):
    """sgd_step's values (in ``names`` order) when it divides the gradients by the rate."""
    return [Misconception(DIVIDED_BY_RATE.format(rate=rate, times=1 / rate), [params[n] - grads[n] / rate for n in names])]


AS_LABEL = (
    "Your feedforward returns a 0/1 label where o1 itself belongs, a number between 0 and 1: rounding o1 (round, "
    "np.round, or a comparison such as o1 >= 0.5) gives that, and so does a step function in place of the output "
    "neuron's sigmoid. Return the sigmoid's output as it is: the loss and every gradient need how far o1 is from "
    "the label; a label is made from it only when the network has to decide."
)

RECORDED_OTHER = {
    "root": ("Each loss you record is the square root of the mean squared error (the RMSE): losses[e] is the MSE "
             "itself, the mean of the squared errors over the data set, with no square root taken."),
    "half": ("Each loss you record is half the mean squared error: the loss is the mean of (y_true - o1) ** 2 over "
             "the data set, with no factor 0.5."),
}


def recorded_other(losses):
    """What train records when each epoch's MSE (``losses``, the right ones) is turned into its square root or half."""
    right = np.asarray(losses, dtype=float)
    return [Misconception(RECORDED_OTHER["root"], np.sqrt(right)), Misconception(RECORDED_OTHER["half"], 0.5 * right)]


WRONG_COUNT = (
    "Each loss you record is the epoch's sum of squared errors divided by {count}, {what}, where the mean over "
    "the data set divides by {samples}, the number of samples: divide by len(data) (or len of the list of "
    "errors), or take np.mean of the errors.{also}"
)
COUNTS = {
    "features": "the number of features of one sample (len(x) or len(data[0]), a name the sample loop left behind)",
    "one_less": "one less than the number of samples (len(data) - 1)",
    "one_more": "one more than the number of samples (len(data) + 1)",
}


def wrong_count(losses, samples, features):
    """What train records when each epoch's sum of squared errors is divided by another count than the
    ``samples`` (``losses``: the right ones): the ``features`` of one sample, one sample less or more."""
    right = np.asarray(losses, dtype=float)
    counts = {"features": features, "one_less": samples - 1, "one_more": samples + 1}
    found = []
    for key, count in counts.items():
        if count in (0, samples) or key != "features" and count == features:
            continue
        also = " (These are also twice the MSE, which a stray factor 2 gives: if yours has one, drop it.)" if samples == 2 * count else ""
        found.append(Misconception(WRONG_COUNT.format(count=count, what=COUNTS[key], samples=samples, also=also),
                                   right * samples / count))
    return found


SUMS = {"h1": "w1*x[0] + w2*x[1] + b1", "h2": "w3*x[0] + w4*x[1] + b2", "o1": "w5*h1 + w6*h2 + b3"}
OWN_INPUT = {"w1": "x[0]", "w2": "x[1]", "w3": "x[0]", "w4": "x[1]", "w5": "h1", "w6": "h2"}
SECOND = {"h1": "w2*x[1]", "h2": "w4*x[1]", "o1": "w6*h2"}


def wiring_words(key: str) -> str:
    """What one slip of a neuron's weighted sum does, in words (``key``: a key of the mistakes module's
    ``_wiring_slips``, such as ``"h1:w2*x[0]"`` or ``"o1:+b3:*"``)."""
    neuron, slip = key.split(":", 1)
    if "*" in slip and not slip.startswith("+"):
        weight, source = slip.split("*")
        return (f"in {neuron}'s weighted sum, {weight} multiplies {source} where {OWN_INPUT[weight]} belongs "
                f"(a line copied and not fully edited?), so {neuron} never sees {OWN_INPUT[weight]} through {weight}")
    term, op = slip[1:].split(":")
    second = SECOND[neuron]
    if term.startswith("b"):
        if op == "*":
            return f"in {neuron}'s weighted sum, the bias {term} multiplies {second} ({second} * {term}) where it is added"
        return f"in {neuron}'s weighted sum, the bias {term} is subtracted where it is added"
    if op == "*":
        return f"in {neuron}'s weighted sum, the two weighted inputs are multiplied together where they are added"
    return f"in {neuron}'s weighted sum, {second} is subtracted where it is added"


def wiring_mistakes(found, at) -> list:
    """The Misconceptions for one slip of a neuron's weighted sum (``found``: the mistakes module's
    feedforward_mistakes on each sample; ``at``: a slip's o1 on every sample)."""
    return [Misconception(f"Your feedforward slips once: {wiring_words(key)}. Each neuron adds its two weighted "
                          f"inputs and its bias: {key[:2]} = sigmoid({SUMS[key[:2]]}).", at(key))
            for key in (found[0] if found else {}) if ":" in key]


LABEL_GAP = (
    "Your partials compare y_true with o1 rounded to a 0/1 label (round(o1), or o1 >= 0.5) where o1 itself "
    "belongs: dL/do1 = -2 * (y_true - o1) takes the raw output, so a sample already on the right side of 0.5 "
    "still gives a gradient (yours gives none wherever the rounded o1 equals y_true). Use o1 as feedforward "
    "computes it, "
    "without rounding it."
)


def label_gap_hint(replies, knowns, names):
    """LABEL_GAP when the student's partials (``replies``: backprop on each case, echoed) are those of dL/do1
    taken with o1 rounded on every case, and some case tells that apart from no gradient at all (``knowns``:
    a function per case giving ``reference.mistakes.gradient_mistakes``), else None."""
    try:
        got = [[float(reply[0][n]) for n in names] for reply in replies]
    except (StudentError, TypeError, ValueError, KeyError, IndexError):
        return None
    if len(got) != len(knowns):
        return None
    expected = [known()["label_gap"] for known in knowns]
    if not any(np.any(np.abs(e) > 1e-9) for e in expected):
        return None  # all zero: a backprop that gives no gradient at all is the same
    matched = all(np.allclose(g, e, rtol=1e-5, atol=1e-9) for g, e in zip(got, expected))
    return LABEL_GAP if matched else None


RATE_SCALED = (
    "Your losses are those of training at {factor} the learn_rate given{why}: each sample's sgd_step takes the "
    "learn_rate train was given, unchanged (stochastic gradient descent takes a full step per sample, with no "
    "averaging over the samples). Pass learn_rate on to sgd_step as it is, and look at every place the rate "
    "passes through (a division, a factor, a default)."
)


def rate_scaled(scaled, samples) -> list:
    """The Misconceptions of a train at learn_rate times a factor (``scaled``: [factor, losses] pairs from the
    mistakes module's train_mistakes; ``samples``: the number of samples, for the words)."""
    found = []
    for factor, losses in scaled:
        if abs(factor * samples - 1) < 1e-12:
            words, why = f"1/{samples} of", f", divided by the number of samples ({samples})"
        elif abs(factor - samples) < 1e-12:
            words, why = f"{samples} times", f", multiplied by the number of samples ({samples})"
        else:
            words, why = ("half" if factor == 0.5 else f"{factor:g} times"), ""
        found.append(Misconception(RATE_SCALED.format(factor=words, why=why), losses))
    return found


OTHER_RATE = (
    "Your sgd_step is right at learn_rate={first:g} but not at learn_rate={rate:g}: there it moves each parameter "
    "by {moved} times its gradient, where learn_rate * grads belongs. {reading} Subtract the learn_rate it is given "
    "times each gradient, whatever that rate is."
)
RATE_READINGS = {
    "fixed": "It moves by {first:g} times the gradient whatever the rate: a fixed number in place of learn_rate.",
    "other": "A factor that agrees with learn_rate at {first:g} only (such as a power of learn_rate times a number, "
             "or 1 - learn_rate at 0.5) gives that.",
}


def expect_other_rate(reply, params, grads, rate, first, names, call):
    """Fail unless sgd_step at ``rate`` (``reply``: the student's answer, echoed) gives params - rate * grads and
    leaves its inputs alone, after it was right at ``first``; the hint reads the step's factor off the answer and
    names a fixed number only where it is ``first`` at both rates."""
    got, (p_after, g_after, _), _ = reply
    expected = [params[n] - rate * grads[n] for n in names]
    values = [got.get(n) if isinstance(got, dict) else None for n in names]
    try:
        wrong = not np.allclose(np.asarray(values, dtype=float), expected, rtol=1e-6, atol=1e-12)
    except (TypeError, ValueError):
        wrong = True
    if wrong:
        try:
            moved = [(params[n] - float(v)) / grads[n] for n, v in zip(names, values) if abs(grads[n]) > 1e-12]
        except (TypeError, ValueError):
            moved = []
        same = bool(moved) and np.allclose(moved, moved[0], rtol=1e-6)
        reading = RATE_READINGS["fixed" if same and np.isclose(moved[0], first) else "other"].format(first=first)
        hint = OTHER_RATE.format(first=first, rate=rate, reading=reading, moved=f"{moved[0]:.4g}" if same else "other amounts than")
        if not moved:
            raise CheckFailed(f"{call} returned {describe(got)}, not a dict of the nine new parameters", hint=hint)
        expect_close(np.asarray(values, dtype=float), expected, call=f"{call}, values in the order {', '.join(names)}",
                     rtol=1e-6, atol=1e-12, hint=hint)  # fmt: skip
    expect_unchanged(params, p_after, call=call, what="params")
    expect_unchanged(grads, g_after, call=call, what="grads")


def sign_and_scale_mistakes(numerical, names):
    """backprop's nine partials (in ``names`` order) with every sign flipped, or all halved, with their hints."""
    vector = np.array([numerical[n] for n in names])
    return [
        Misconception("Every derivative has the wrong sign: dL/do1 = -2 * (y_true - o1), with the minus.", -vector),
        Misconception("Every derivative is half what it should be: the factor 2 of d(y - o1)^2/do1 is missing.", vector / 2),
    ]  # fmt: skip


RATE_FACTOR = (
    "Your sgd_step moves each parameter by {first} times its gradient at learn_rate={r1:g}, and by {second} times at "
    "learn_rate={r2:g}: at both rates that is {reading}, where learn_rate itself belongs. Subtract learn_rate times "
    "each gradient, the rate exactly as it is given."
)
FACTOR_READINGS = [  # (what the factor is, at a rate r, with k read off the first rate) -> its words
    (lambda r, k: k, "a fixed {k:g}, whatever the rate (a number written in place of learn_rate)"),
    (lambda r, k: r * k, "{k:g} times learn_rate (a stray factor on the rate)"),
    (lambda r, k: r * r, "learn_rate squared"),
    (lambda r, k: r ** 0.5, "the square root of learn_rate"),
    (lambda r, k: 1 - r, "1 - learn_rate"),
]


def _factor(reply, params, grads, names):
    """The one number c with got = params - c * grads for every parameter, or None."""
    try:
        got = reply[0] if isinstance(reply, tuple) else reply
        moved = [(params[n] - float(got[n])) / grads[n] for n in names if abs(grads[n]) > 1e-12]
    except (TypeError, ValueError, KeyError, IndexError):
        return None
    return moved[0] if moved and np.allclose(moved, moved[0], rtol=1e-6, atol=1e-12) else None


def rate_factor_hint(replies, cases, names):
    """RATE_FACTOR where sgd_step's answers at the two rates of ``cases`` ((params, grads, rate) each) move every
    parameter by one factor of its gradient per rate, and a reading of that factor holds at both rates (each reading
    that holds named, so two that the rates cannot tell apart are both said); None otherwise."""
    try:
        factors = [_factor(replies[i], *case[:2], names) for i, case in enumerate(cases)]
    except Exception:  # noqa: BLE001 - a StudentError: a call that raised has no factor
        return None
    if None in factors:
        return None
    (c1, c2), (r1, r2) = factors, [case[2] for case in cases]
    readings = [words.format(k=k) for form, words in FACTOR_READINGS
                if (k := (c1 / r1 if "times" in words else c1)) is not None
                and np.isclose(form(r1, k), c1, rtol=1e-6) and np.isclose(form(r2, k), c2, rtol=1e-6) and not np.isclose(k, 1)]
    if not readings or np.isclose(c1, r1, rtol=1e-6):
        return None
    return RATE_FACTOR.format(first=f"{c1:.4g}", second=f"{c2:.4g}", r1=r1, r2=r2, reading=" or ".join(readings))
