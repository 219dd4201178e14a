"""Hints of the perceptron checks about the size and source of fit's steps: the step at another number
than 0, the learning rate taken twice or dividing, a parameter reset every epoch (or one pass kept,
whatever epochs is), labels read one place off, the label in place of the error. Each a Misconception of
what ``reference.mistakes.fit_with_mistake`` learns so. Said in words, never as a solution's line.

Loaded by ``perceptron_hints.py`` with ``load_sibling``; handed out with the checks.
"""

from autograder.grading.compare import Misconception

STEP_ELSEWHERE = (
    "Your fit predicts 1 only where the weighted sum reaches {at}{why} while the perceptron's step fires at "
    "z >= 0 (a sum of exactly 0 predicts 1). Compare the sum with 0 in fit, as predict does."
)
LR_TWICE = (
    "Your weights move lr times less than your bias: their step takes the learning rate twice (update already "
    "holds lr, and it is multiplied by lr once more). The weights move by the update times the input, "
    "update * x_i, and the bias by the update itself."
)
LR_DIVIDES = (
    "Your weights and bias are {factor:g} times the rule's, 1 / lr squared with lr = {lr:g}: the error is divided "
    "by the learning rate (or multiplied by its inverse) where it is multiplied by it. The update is lr times "
    "(y_i - prediction), so that a small lr makes small steps."
)
RESET = (
    "Your {what} again from 0 at every epoch{carry}: {they} set inside the loop over the epochs, so only the last "
    "epoch's steps are kept. Set the starting values once, before that loop, so that each epoch goes on from "
    "where the previous one stopped."
)
ONE_PASS = (  # a reset of both, a return inside the epoch loop, a used-up iterator: the same weights, all said
    "Your weights and bias are what one pass over the data gives, whatever epochs is. Three mistakes give this: fit "
    "returns inside the loop over the epochs (return self indented one level too deep ends fit after the first "
    "pass); or your weights and bias start again from 0 at every epoch (set inside that loop); or the samples come "
    "from an iterator made once, before that loop (pairs = zip(X, y), iter(...), a generator), which is used up "
    "after the first pass, so later epochs visit no sample at all. return self belongs after the loop, the starting "
    "values before it, and the samples are visited afresh in every epoch (zip(X, y) written in the inner loop itself)."
)
LABELS_SHIFTED = (
    "Your fit trains each sample against the label of the sample {where} it ({edge}): the labels are read one "
    "place off, as an index i {sign} 1 does. Each sample learns from its own label: take x_i and y_i at the same "
    "index (zip(X, y) pairs them)."
)
ONE_LABEL = (
    "Your fit trains every sample against one and the same label, {which}, where each sample has its own label "
    "({how}). Take x_i and y_i at the same index, X[i] with y[i] (zip(X, y) pairs them), so that each sample "
    "learns from its own label."
)
ONE_LABEL_AT = {0: ("the first sample's, y[0]", "y[0] written where y[i] belongs gives this"),
                -1: ("the last sample's, y[-1]", "y[-1], or a label left over from an earlier loop over y, gives this")}
STALE_UPDATE = (
    "Your fit computes update only when the prediction is wrong (inside an if), but moves the weights and bias after "
    "every sample: after a right prediction they move again by the update left over from the last mistake (and "
    "where the very first prediction is right, update has no value yet: an UnboundLocalError). A right prediction "
    "must move nothing: compute update = lr * (y_i - prediction) for every sample (it is 0 when the prediction is "
    "right), or put the lines that move the weights and bias inside that if too."
)
PREDICT_SCALED = (
    "Your fit's steps are the rule's, but the predictions it makes while it learns use every sample multiplied by "
    "the learning rate, (lr * x_i) . weights + bias: X (or a copy of it) scaled by lr, with lr left out of the "
    "update so that the steps still come out right{in_place}. The rule predicts each sample as it is given, "
    "x_i . weights + bias: leave X unscaled, and let lr scale the update only, update = lr * (y_i - prediction)."
)
BIAS_BY_LR = (
    "Your bias grows by lr after every sample, right or wrong: its step leaves out the error y_i - prediction. "
    "The bias moves by the same update as the weights, lr times the error, which is 0 when the prediction is "
    "right and -lr when the perceptron fired for a 0."
)
LABEL_NOT_ERROR = (
    "Your update is lr times the label y_i, not lr times the error y_i - prediction: every sample labelled 1 "
    "moves the weights even when it is already predicted right, and a sample labelled 0 never pushes them down. "
    "The perceptron learns from its mistakes only: the error is 0 when the prediction is right."
)
PER_SAMPLE_COUNT = ("Your update divides the error by the number of samples, (y_i - prediction) / n, where the rule multiplies "
                    "it by the learning rate, lr * (y_i - prediction): the perceptron's step is no mean over the samples.")


def update_slips(fit_with_mistake, X, y, lr, epochs):
    """A Misconception for each slip in how big a step is or what it learns from: the step at 0.5 or 1
    (exercise 1's threshold), lr taken twice by the weights or dividing the error, a parameter reset
    every epoch, each sample paired with a neighbour's label or all with one label, the bias moved by lr whatever the error,
    the label in place of the error."""
    fire = [Misconception(STEP_ELSEWHERE.format(at=at, why=why), fit_with_mistake(X, y, lr, epochs, fires_at=at))
            for at, why in ((0.5, ", the threshold of exercise 1's gates,"), (1.0, ","))]  # fmt: skip
    reset = [Misconception(RESET.format(what="bias starts", carry=", while the weights carry on", they="it is"),
                           fit_with_mistake(X, y, lr, epochs, reset_bias=True)),
             Misconception(ONE_PASS,
                           fit_with_mistake(X, y, lr, epochs, reset_bias=True, reset_weights=True))]  # fmt: skip
    shifted = [Misconception(LABELS_SHIFTED.format(where=where, edge=edge, sign=sign),
                             fit_with_mistake(X, y, lr, epochs, label_shift=shift))
               for shift, where, edge, sign in ((1, "before", "the first sample takes the last label", "-"),
                                                (-1, "after", "the last sample takes the first label", "+"))]  # fmt: skip
    one_label = [Misconception(ONE_LABEL.format(which=which, how=how), fit_with_mistake(X, y, lr, epochs, label_at=at))
                 for at, (which, how) in ONE_LABEL_AT.items()]
    return [*fire, *reset, *shifted, *one_label,
            Misconception(STALE_UPDATE, fit_with_mistake(X, y, lr, epochs, stale_update=True)),
            Misconception(PREDICT_SCALED.format(in_place=" (X *= lr would also change the caller's X)"),
                          fit_with_mistake(X, y, lr, epochs, predict_scale=lr)),
            Misconception(LR_TWICE, fit_with_mistake(X, y, lr, epochs, weight_scale=lr)),
            Misconception(LR_DIVIDES.format(factor=1 / lr**2, lr=lr), fit_with_mistake(X, y, 1 / lr, epochs)),
            Misconception(BIAS_BY_LR, fit_with_mistake(X, y, lr, epochs, bias_by_lr=True)),
            Misconception(LABEL_NOT_ERROR, fit_with_mistake(X, y, lr, epochs, error_as="label")),
            Misconception(PER_SAMPLE_COUNT, fit_with_mistake(X, y, 1 / len(X), epochs))]
