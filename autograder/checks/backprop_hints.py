"""Hints of backprop's checks: which path of the chain rule a set of wrong partial derivatives
shares, in words; which slip of a forward pass (feedforward's, or backprop's own) a wrong answer
is; what sgd_step and train got wrong, from the values they give; and how to fix what train
returns, and its defaults.

The network of the backprop exercise: h1 = sigmoid(w1*x[0] + w2*x[1] + b1), h2 likewise with w3,
w4, b2, and o1 = sigmoid(w5*h1 + w6*h2 + b3), with L = (y_true - o1)**2. A mistake in one link of
the chain makes wrong exactly the partials whose path goes through that link, so the set of wrong
ones tells where to look. Said in maths, never as a solution's code line.
"""

from __future__ import annotations

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import RETURNED_NONE, Misconception, is_number, relative_error
from autograder.grading.value_hints import common_factor
from autograder.sandbox.session import StudentError

layers = load_sibling(__file__, "layer_hints")  # words for a layer with a wrong activation or input
step = load_sibling(__file__, "backprop_step_hints")  # a neuron's inputs added without their weights
epoch = load_sibling(__file__, "backprop_epoch_hints")  # another measure or reduction recorded than the MSE
readings = load_sibling(__file__, "backprop_readings")  # two slips that give the same numbers, both named

OUTPUT_SLOPE = "dL/do1 * o1 * (1 - o1)"
CHAINS = {
    "w1": "dL/dh1 * h1 * (1 - h1) * x[0]",
    "w2": "dL/dh1 * h1 * (1 - h1) * x[1]",
    "b1": "dL/dh1 * h1 * (1 - h1), times the constant input 1",
    "w3": "dL/dh2 * h2 * (1 - h2) * x[0]",
    "w4": "dL/dh2 * h2 * (1 - h2) * x[1]",
    "b2": "dL/dh2 * h2 * (1 - h2), times the constant input 1",
    "w5": f"{OUTPUT_SLOPE} * h1",
    "w6": f"{OUTPUT_SLOPE} * h2",
    "b3": f"{OUTPUT_SLOPE}, times the constant input 1 (no h1 or h2 in it)",
}
FEEDS = {"w1": "h1", "w2": "h1", "b1": "h1", "w3": "h2", "w4": "h2", "b2": "h2", "w5": "o1", "w6": "o1", "b3": "o1"}
BACK = (f"dL/do1 = -2 * (y_true - o1); dL/dh1 = {OUTPUT_SLOPE} * w5 and dL/dh2 = {OUTPUT_SLOPE} * w6")
GROUPS = [
    ({"w1", "w2", "b1"}, "the three partials that pass through h1: check dL/dh1 (through w5) and h1's slope, "
                         "h1 * (1 - h1), written with h1 only"),
    ({"w3", "w4", "b2"}, "the three partials that pass through h2: check dL/dh2 (through w6) and h2's slope, "
                         "h2 * (1 - h2), written with h2 only"),
    ({"w1", "w2", "b1", "w3", "w4", "b2"}, "the six partials of the hidden layer, which all pass back through "
                                           "the output neuron: check dL/dh1 and dL/dh2"),
    ({"w5", "w6", "b3"}, "the output neuron's three partials: check dL/do1 and o1's slope, o1 * (1 - o1)"),
    (set(CHAINS), "the mistake is where every path starts, dL/do1 or o1's slope, o1 * (1 - o1)"),
]


def wrong_path_hint(wrong: list[str]) -> str | None:
    """A hint naming the wrong partials (``wrong``, parameter names) and the link of the chain they
    share, or None when no parameter is named."""
    wrong = [name for name in CHAINS if name in wrong]
    if not wrong:
        return None
    names = ", ".join(wrong[:-1]) + (" and " if len(wrong) > 1 else "") + wrong[-1]
    for group, where in GROUPS:
        if set(wrong) == group:
            which = "All nine partials are wrong" if len(group) == len(CHAINS) else f"Only {names} are wrong"
            return f"{which}: {where}. The chain: {BACK}."
    if len(wrong) == 1:
        name = wrong[0]
        return (f"Only dL/d{name} is wrong, the others are right. {name} feeds {FEEDS[name]}, so "
                f"dL/d{name} = {CHAINS[name]}, where {BACK}.")
    chains = "; ".join(f"dL/d{name} = {CHAINS[name]}" for name in wrong)
    return f"Only {names} are wrong, the others are right. Follow each one's path: {chains}; where {BACK}."


def common_factor_hint(got, numerical) -> str | None:
    """A hint when every one of the nine partials (``got`` and ``numerical``: values in the same
    order) is the right one divided by one whole number: a division (by a count, or a factor such
    as a learning rate) where every path starts, at dL/do1. Any other common factor gives None: on
    one case a wrong o1 slope scales all nine alike too. A missing 2 (1/2) has a hint of its own."""
    try:
        factor = common_factor(np.asarray(got, dtype=float), np.asarray(numerical, dtype=float), rtol=1e-4)
    except (TypeError, ValueError):
        return None
    if factor is None or factor <= 0 or 1.0 / factor < 2.5 or abs(1.0 / factor - round(1.0 / factor)) >= 1e-4:
        return None  # 1/2, the missing factor 2, has a hint of its own
    n = round(1.0 / factor)
    return (f"Every partial is exactly 1/{n} of the right one, so one factor of 1/{n} sits where all nine "
            "paths start, at dL/do1. L here is the loss of one sample, (y_true - o1)**2, and dL/do1 = "
            "-2 * (y_true - o1) has no other factor: no division by the number of samples (backprop sees one "
            "sample, and nothing is averaged over the data set) and no learning rate (sgd_step applies it).")  # fmt: skip


NEURON_OF = {"b1": "h1", "b2": "h2", "b3": "o1"}
HIDDEN = "h1 = sigmoid(w1*x[0] + w2*x[1] + b1), h2 = sigmoid(w3*x[0] + w4*x[1] + b2)"
OUTPUT = "o1 = sigmoid(w5*h1 + w6*h2 + b3)"
SWAPS = {"o1": "w5 with h2 and w6 with h1", "h1": "w1 with x[1] and w2 with x[0]",
         "h2": "w3 with x[1] and w4 with x[0]"}  # fmt: skip


BIAS_AFTER = (
    "Your feedforward adds {b} after {neuron}'s sigmoid, not inside it: the sigmoid squashes the weighted sum "
    "with its bias, so {b} goes inside the parentheses, {formula}.{sign}"
)
OUTSIDE_01 = " (An o1 above 1 or below 0 is a sign of this: no sigmoid gives one.)"


def _feedforward_mistakes(found):
    """The hints for o1 as common slips compute it on several samples (``found``: one
    ``reference.mistakes.feedforward_mistakes`` per sample)."""

    def at(slip):
        return [case[slip] for case in found]

    return [
        *[Misconception(f"Each neuron adds its bias before its sigmoid: {b} is missing from {NEURON_OF[b]}.", at(b))
          for b in ("b3", "b1", "b2")],
        *[Misconception(BIAS_AFTER.format(b=b, neuron=NEURON_OF[b], formula=OUTPUT if b == "b3" else HIDDEN,
                                          sign=OUTSIDE_01 if b == "b3" else ""),
                        at(f"{b}_after")) for b in ("b3", "b1", "b2") if found and f"{b}_after" in found[0]],
        Misconception(layers.layer_input_hint("output neuron o1", "the inputs x[0] and x[1]", "h1 and h2", OUTPUT),
                      at("o1_from_x")),
        *readings.squashed_inputs(found, HIDDEN),
        *[Misconception(f"feedforward returns {h}, a hidden neuron's output, where it should return o1, the output neuron's: "
                        f"{OUTPUT}.", at(f"returns_{h}")) for h in ("h1", "h2")],
        *([Misconception(step.AS_LABEL, at("o1_as_label"))] if found and "o1_as_label" in found[0] else []),
        *[Misconception(layers.activation_hint("hidden layer (h1 and h2)", used, HIDDEN), at(f"hidden_{used}"))
          for used in layers.ACTIVATIONS],
        *[Misconception(layers.activation_hint("output neuron o1", used, OUTPUT), at(f"output_{used}"))
          for used in layers.ACTIVATIONS],
        *[Misconception(f"Your feedforward uses {used} where {meant} belongs, in {FEEDS[meant]}'s weighted sum "
                        f"(a line copied from the one above and not fully edited?): {FEEDS[meant]} takes "
                        f"{', '.join(n for n, fed in FEEDS.items() if fed == FEEDS[meant])}.", at(f"{used}_for_{meant}"))
          for used, meant in (key.split("_for_") for key in (found[0] if found else {}) if "_for_" in key)],
        *[Misconception(step.UNWEIGHTED.format(where=where, weights=weights, hidden=HIDDEN, output=OUTPUT), at(key))
          for key, where, weights in step.UNWEIGHTED_SLIPS if found and key in found[0]],
        *[Misconception(f"In your feedforward, {key[:2]}'s weighted sum pairs each weight with the other input "
                        f"({SWAPS[key[:2]]}): its two weights, or its two inputs, are swapped. Each weight belongs to "
                        f"one input: {HIDDEN if key[0] == 'h' else OUTPUT}.", at(key))
          for key in (found[0] if found else {}) if key.endswith("_weights_swapped")],
        *[Misconception(f"Your feedforward {slip_words(key)} (a line copied from the other hidden neuron's and not "
                        f"fully edited?): {HIDDEN}.", at(key)) for key in (found[0] if found else {}) if "_of_" in key],
        *step.wiring_mistakes(found, at),
    ]  # fmt: skip


def slip_words(slip: str) -> str:
    """What a slip of the forward pass does, in words (``slip``: a key of the mistakes module's
    FORWARD_SLIPS or COPIED_LINE)."""
    if slip.startswith("no_"):
        return f"leaves {slip[3:]} out of {NEURON_OF[slip[3:]]}"
    if slip.endswith("_inputs_swapped"):
        h = slip[:2]
        first, second = ("w1", "w2") if h == "h1" else ("w3", "w4")
        return f"computes {h} with x[0] and x[1] swapped ({first} multiplies x[0], {second} multiplies x[1])"
    if "_for_" in slip:
        used, meant = slip.split("_for_")
        return f"reads {used} where {meant} belongs, in {FEEDS[meant]}'s weighted sum"
    h, what, other = slip.split("_")[0], slip.split("_")[1], slip.split("_")[-1]
    own = {"h1": ("w1", "w2", "b1"), "h2": ("w3", "w4", "b2")}
    if what == "weights":
        return (f"computes {h} with {other}'s weights {own[other][0]} and {own[other][1]} instead of its own, "
                f"{own[h][0]} and {own[h][1]}")  # fmt: skip
    return f"computes {h} with {other}'s line, {', '.join(own[other])}, instead of its own {', '.join(own[h])}"


def forward_slip_hint(slip: str) -> str:
    """The hint for partials that are the right chain rule applied to a forward pass, inside
    backprop, that ``slip`` (see ``slip_words``)."""
    return (f"Your partials are the right chain rule applied to h1, h2 and o1 from a forward pass that {slip_words(slip)}: "
            f"backprop's own forward pass differs from feedforward's. Compute h1, h2 and o1 in backprop as the "
            f"network does: {HIDDEN}, {OUTPUT}.")  # fmt: skip


def feedforward_hint(replies, found):
    """The hint naming the slip whose o1 matches the student's on every sample (``replies``: the
    student's feedforward on each, echoed; ``found``: ``reference.mistakes.feedforward_mistakes``
    on each), or None. All samples must agree: on one sample two slips may give the same o1
    (all weights 1: h1 = h2); a sample that raised matches none."""
    try:
        got = [float(reply[0]) for reply in replies]
    except (StudentError, TypeError, ValueError):
        return None
    return readings.one_or_either(got, _feedforward_mistakes(found), rtol=1e-6, atol=1e-9)


STALE_GRADIENTS = (
    "Your losses are what training gives when every sample's gradient is taken at the parameters the epoch "
    "started with: take one sample at a time, its backprop at the current parameters (the ones the previous "
    "sample's step just updated), then its sgd_step, before the next sample's gradient."
)
SKIPS_LAST = (
    "Your losses are what training gives when the last sample is never visited: each epoch visits every "
    "sample, the last one too; a range(len(data) - 1) stops one short, zip(data, all_y_trues) visits them all."
)
NO_LEARN_RATE = ("Your step subtracts the whole gradient: multiply each gradient by learn_rate first, "
                 "params[name] - learn_rate * grads[name].")  # fmt: skip
ONLY_STEPPED = ("Only the {kind} moved: the {others} came back unchanged. sgd_step moves every one of the nine "
                "parameters, biases and weights alike, against its own gradient.")  # fmt: skip
LATER_EPOCHS = (
    "Your first epoch's loss is right and the later ones drift away: something changes from one epoch to the "
    "next that should not. The learning rate stays the same learn_rate in every epoch (no decay or schedule), "
    "and each epoch starts from the parameters the previous one ended with."
)


def later_epochs_hint(losses, expected, rtol=1e-5):
    """LATER_EPOCHS if the first recorded loss is right and a later one is not (a train whose
    feedforward, backprop and sgd_step are right), else None."""
    try:
        got = np.asarray([float(v) for v in losses])
    except (TypeError, ValueError, ArithmeticError):
        return None
    expected = np.asarray(expected, dtype=float)
    if got.shape != expected.shape or len(got) < 2:
        return None
    right = relative_error(got, expected) <= rtol
    return LATER_EPOCHS if right[0] and not right.all() else None


WHOLE_DATA_SET = (
    "losses[e] is the mean squared error over the whole data set after epoch e, not the loss of one sample. "
    "Once the epoch's updates are done, run feedforward on every sample with the new parameters and average "
    "(y_true - o1)**2 over all of them."
)
ONE_NUMBER = "train returns (trained_params, losses) with one loss per epoch: append each epoch's loss to a list."


EACH_SAMPLE = (
    "Your train records {count} losses, {per} per epoch{what}: one for every sample, because the recording sits "
    "inside the loop over the samples. Record once per epoch, after that loop (dedent those lines to the epoch "
    "loop's level): the MSE over the whole data set with the parameters the epoch's last step left, so that "
    "losses[e] is the loss after epoch e."
)
WITH_START = (
    "Your losses are the right ones with one more in front, the MSE at the starting parameters ({count} losses "
    "for {epochs} epochs): record a loss only after each epoch's updates, not once more before the first epoch."
)
CUMULATIVE = (
    "Each of your losses is the sum of the epochs' losses so far, a total carried from one epoch to the next: "
    "record each epoch's own MSE over the data set (start its sum afresh inside the epoch loop, or use np.mean)."
)
STEP_PER_EPOCH = (
    "Your parameters move once per epoch, after the loop over the samples, {how}. train is stochastic gradient "
    "descent: one sgd_step per sample, inside the loop over the samples, each with that sample's backprop at "
    "the parameters the previous step left."
)


def each_sample_hint(losses, epochs, samples, what=""):
    """EACH_SAMPLE when train recorded ``samples`` losses per epoch (``what``: what they are, when
    known), else None."""
    count = len(losses) if isinstance(losses, (list, tuple, np.ndarray)) else None
    if count != epochs * samples or samples < 2:
        return None
    return EACH_SAMPLE.format(count=count, per=samples, what=what)


def train_mistakes(found):
    """The hints for what train would record for common mistakes (``found``: from
    ``reference.mistakes.train_mistakes``)."""
    epochs = len(found["last_after"])
    samples = len(found["each_sample_own"]) // epochs
    return [
        Misconception(WHOLE_DATA_SET, found["last_after"]),
        Misconception(WHOLE_DATA_SET, found["last_before"]),
        Misconception(load_sibling(__file__, "backprop_read_hints").RUNNING, found["running"]),
        Misconception(each_sample_hint(found["each_sample_mse"], epochs, samples,
                                       ", the MSE over the data set after each sample's step"), found["each_sample_mse"]),
        Misconception(each_sample_hint(found["each_sample_own"], epochs, samples,
                                       ", each sample's own squared error before its step"), found["each_sample_own"]),
        Misconception(WITH_START.format(count=epochs + 1, epochs=epochs), found["with_start"]),
        Misconception(CUMULATIVE, found["cumulative"]),
        Misconception(STALE_GRADIENTS, found["stale"]),
        *step.one_label(found["last_label"], found["first_label"]),
        Misconception(SKIPS_LAST, found["skips_last"]),
        Misconception(STEP_PER_EPOCH.format(how="with the last sample's gradient only (the sgd_step line sits after "
                                            "the sample loop: look at its indentation)"), found["last_step"]),
        Misconception(STEP_PER_EPOCH.format(how="by the mean of the epoch's gradients (a batch step)"),
                      found["mean_step"]), *step.rate_scaled(found["rate_scaled"], samples), *epoch.measures(found),
    ]  # fmt: skip


SUM_NOT_MEAN = ("Each recorded loss is the sum of the squared errors over the data set; the loss is their mean: "
                "divide the sum by the number of samples (or use np.mean).")  # fmt: skip
ONE_EPOCH_SHORT = ("Your losses are the right ones, one epoch short: train runs exactly `epochs` epochs and records one "
                   "loss after each; range(epochs - 1) and range(1, epochs) are one short, range(epochs) is right.")  # fmt: skip
IGNORES_LEARN_RATE = (
    "Your losses at learn_rate=0.5 are those of learn_rate=0.1: train ignores its learn_rate argument. "
    "Pass learn_rate on to sgd_step instead of a fixed number."
)


def pair_hint(got):
    """How to fix a train that returns something else than the pair (trained_params, losses)."""
    if isinstance(got, (tuple, list)) and len(got) == 2 and isinstance(got[1], dict) and not isinstance(got[0], dict):
        return ("train returns the pair the other way round, (losses, trained_params): swap the order, so that "
                "the trained parameters come first and the losses second, (trained_params, losses).")  # fmt: skip
    if isinstance(got, dict):
        return ("train returns only the trained parameters: it returns both, the parameters and the list of "
                "the losses recorded per epoch, as a pair (a tuple of two), trained parameters first.")  # fmt: skip
    if got is None:
        return RETURNED_NONE
    if isinstance(got, (list, tuple)) and got and all(is_number(value) for value in got):
        return ("train returns only the losses: it returns both, the trained parameters and the losses, "
                "as a pair (a tuple of two), trained parameters first.")  # fmt: skip
    return None


SHUFFLED = ("Your losses are what training gives when the samples are visited in {order}. The spec visits them "
            "in data order, first to last, in every epoch: do not shuffle or reorder them.")  # fmt: skip


def shuffled_hint(losses, trajectories, rtol=1e-6):
    """SHUFFLED, saying which order, if ``losses`` are what a train gives that visits the samples
    in another order than the data's: the same order in every epoch (all its losses agree), or a
    new order each epoch (the first loss that data order does not give best is another order's).
    ``trajectories``: from ``reference.mistakes.shuffled_trajectories``."""
    try:
        wanted = np.asarray([float(v) for v in losses])
    except (TypeError, ValueError, ArithmeticError):
        return None
    same = np.asarray(trajectories["same_order"])
    if wanted.shape != same.shape[1:]:
        return None
    errors = relative_error(wanted, same).max(axis=1)
    closest = int(np.argmin(errors))  # orders that nearly commute give nearly the same losses: the closest
    if closest and errors[closest] <= rtol:
        order = trajectories["orders"][closest]
        return SHUFFLED.format(order=f"the same order {', '.join(map(str, order))} in every epoch")
    for loss, diverted in zip(wanted, np.asarray(trajectories["diverted"])):
        errors = relative_error(loss, diverted)
        closest = int(np.argmin(errors))  # data order goes on while it is the closest
        if errors[closest] > rtol:
            return None
        if closest:
            return SHUFFLED.format(order="a new shuffled order in each epoch")
    return None


LESSON_DATA_USED = (
    "train learned from the lesson's data set, not from the data it was given: loop over its own "
    "arguments, zip(data, all_y_trues), and compute each epoch's loss on them too, never on the "
    "module's DATA and ALL_Y_TRUES."
)


def wrong_input_hint(got, wrong, x, known):
    """A hint if every wrong partial is a weight's partial built from another value of the network than the
    input its weight multiplies (x[0] for x[1], h1 for h2, an input x for a hidden output h, or the other way):
    the right gradient times the other value over the right one; None where a value fits none, or two."""
    grads, values = known["right"], {"x[0]": x[0], "x[1]": x[1], "h1": known["hidden"]["h1"], "h2": known["hidden"]["h2"]}
    own = {"w1": "x[0]", "w2": "x[1]", "w3": "x[0]", "w4": "x[1]", "w5": "h1", "w6": "h2"}
    parts = []
    for name in wrong:
        if name not in own or not values[own[name]]:
            return None
        right = own[name]
        try:
            others = [o for o, v in values.items() if o != right and v and abs(v / values[right] - 1) > 1e-6
                      and relative_error(float(got[name]), grads[name] * v / values[right]) <= 1e-4]  # fmt: skip
        except (KeyError, TypeError, ValueError):
            return None
        if len(others) != 1:
            return None
        kind = "a hidden output" if right[0] == "h" else "an input"
        parts.append(f"{name} multiplies {right}, so dL/d{name} is built from {right}, not {others[0]}"
                     + (f" ({name} weighs {kind}, {right}, on its way into {FEEDS[name]})" if others[0][0] != right[0] else ""))
    if not parts:
        return None
    return f"Only {', '.join('dL/d' + n for n in wrong)} {'is' if len(wrong) == 1 else 'are'} wrong: " + "; ".join(parts) + "."


def missing_slope_hint(got, numerical, wrong, slopes):
    """A hint if every wrong partial is the right one without one sigmoid's slope on its path, or
    with that slope taken at another neuron's output (``slopes``: each sigmoid's slope at its
    output, on this case); None where a value fits none of these, or more than one."""
    on_path = {name: ["o1"] + (["h1"] if name in ("w1", "w2", "b1") else ["h2"] if name in ("w3", "w4", "b2") else [])
               for name in CHAINS}  # fmt: skip
    slips = {}
    for name in wrong:
        try:
            value = float(got[name])
        except (KeyError, TypeError, ValueError):
            return None
        found = {(k, at) for k in on_path[name] for at in (None, *slopes)
                 if at != k and relative_error(value, numerical[name] / slopes[k] * slopes.get(at, 1.0)) <= 1e-4}
        if len(found) != 1:
            return None
        slips.setdefault(found.pop(), []).append(f"dL/d{name}")
    if not slips:
        return None
    parts = []
    for (k, at), names in slips.items():
        listed, verb = (names[0], "s") if len(names) == 1 else (", ".join(names[:-1]) + " and " + names[-1], "")
        parts.append(f"{listed} leave{verb} out the slope of {k}'s sigmoid, {k} * (1 - {k})" if at is None else
                     f"{listed} take{verb} the slope of {k}'s sigmoid at {at}'s output, {at} * (1 - {at}), where "
                     f"{k} * (1 - {k}) belongs")  # fmt: skip
    swapped = " So the two hidden slopes are swapped: each is stored under the other's name (look where the two slopes are assigned, and which name gets which)." if {("h1", "h2"), ("h2", "h1")} <= set(slips) else ""
    return "; ".join(parts) + "." + swapped + " Every sigmoid on the path from L back to a parameter multiplies the chain by its slope."
