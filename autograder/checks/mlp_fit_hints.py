"""The mlp fit check's known mistakes: the losses a wrong fit records (each at the start, a running
total, one too many, a step per sample, stale gradients), the hint that names them or the broken part
fit is built on, and whether a fit left the reference's weights.

Loaded by ``test_mlp.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``); handed out with the checks.
"""

import numpy as np

from autograder.grading.compare import Misconception
from autograder.sandbox.session import StudentError


FIT_RESTARTS = (
    "Your loss, backward and step are right, but the first loss your fit records is not the loss at the weights "
    "the network had when fit was called. fit must continue from the current parameters: do not re-initialise "
    "the weights (or make a new network) inside fit."
)


def fit_start_hint(recorded, expected, parts_hint, fit_itself):
    """FIT_RESTARTS when every part is right (``parts_hint`` is ``fit_itself``) and the first
    recorded loss is not the loss at the starting weights."""
    if parts_hint != fit_itself or not recorded or not np.isfinite(recorded[0]):
        return parts_hint
    if abs(recorded[0] - expected[0]) > 1e-6 * max(1.0, abs(expected[0])):
        return FIT_RESTARTS
    return parts_hint


def fit_hint(named, recorded, expected, parts_hint, fit_itself):
    """The hint of a wrong fit: ``named``, what its losses' values name, unless that is every loss at the
    starting weights and a part fit is built on is broken (a step that changes nothing gives those losses
    too: then the part is named); else where the mistake is (``parts_hint()``, or FIT_RESTARTS)."""
    if named and named != EVERY_LOSS_AT_START:
        return named
    part = parts_hint()
    if named and part == fit_itself:
        return named
    return fit_start_hint(recorded, expected, part, fit_itself)


EVERY_LOSS_AT_START = (
    "Every loss your fit records is the one at the starting weights: either loss(X, y) is computed once, before "
    "the epoch loop, and that value appended every epoch, or the weights never change inside the loop (the step "
    "sits outside it). In every epoch, compute loss(X, y) at its start, then take one step(backward(X, y))."
)
RUNNING_TOTAL = (
    "Each loss your fit records is the sum of the epochs' losses so far, a total carried from one epoch to the "
    "next: record each epoch's own loss(X, y), not a running sum."
)
ONE_EXTRA = (
    "Your fit records {count} losses for {epochs} epochs: the {epochs} right ones and one more after the epoch loop, "
    "the loss the last step left (the weights your fit leaves are right, so the loop runs the right number of "
    "times). Record exactly one loss per epoch, at its start, before that epoch's step, and none after the loop."
)
STEP_PER_SAMPLE = (
    "Your fit takes one step per sample, each with the gradients of that sample alone (stochastic gradient "
    "descent). This MLP's fit is full-batch: one step(backward(X, y)) per epoch, with all the samples at once, "
    "and no loop over the samples."
)

ROLLED = (
    "Your losses are the right ones, each stored one place too early: epoch e's loss sits at index e - 1, and "
    "epoch 0's wrapped round to the end (index -1 is the last slot). Store each epoch's loss at its own index, "
    "losses[epoch] (or append it to a list), not losses[epoch - 1]."
)
RETURNS_IN_LOOP = (
    "Your fit stops after the first epoch: only the first loss is recorded (right), and the rest of the losses "
    "are never filled in. The return statement is indented inside the epoch loop, so it runs at the end of epoch "
    "0. Move return losses out of the loop (one indentation level less), after the last epoch."
)


def returned_in_loop_hint(recorded, expected, after, one_epoch) -> str | None:
    """RETURNS_IN_LOOP where the first recorded loss is right, a later one is not, and the weights fit left
    (``after()``, which raises StudentError where they cannot be read) are the ones one epoch of the spec's fit
    leaves (``one_epoch()``): fit ran a single epoch. ``recorded``: the losses as numbers, None where they are not."""
    if recorded is None or len(recorded) < 2 or len(expected) < 2 or \
            not np.isclose(recorded[0], expected[0], rtol=1e-6, atol=1e-12):  # fmt: skip
        return None
    try:
        left = after()
        if not all(np.allclose(np.asarray(left[name], dtype=float), value, rtol=1e-6, atol=1e-12)
                   for name, value in one_epoch().items()):
            return None
    except (StudentError, KeyError, TypeError, ValueError):
        return None
    return RETURNS_IN_LOOP
STALE_STEPS = (
    "Your losses are what fit gives when every step uses the same gradients, the ones at the starting weights: "
    "backward(X, y) is computed once, before the epoch loop, and reused. The gradients change as the weights "
    "move, so compute backward(X, y) again in every epoch, at the current weights, right before its step."
)


def fit_mistakes(expected, last_loss, found, weights_right):
    """The Misconceptions of the losses fit records (``expected``: the reference's, ``last_loss``: the
    loss after its last step; ``found``: ``reference.mistakes.fit_mistakes`` on the same start;
    ``weights_right``: whether fit left the reference's weights, which tells a loss recorded once
    more after the loop from a loop that runs once more)."""
    epochs = len(expected)
    return [
        Misconception("Record the loss at the start of each epoch, before its step.", np.r_[expected[1:], last_loss]),
        Misconception(EVERY_LOSS_AT_START, np.full(epochs, expected[0])),
        Misconception(RUNNING_TOTAL, np.cumsum(expected)),
        *([Misconception(ONE_EXTRA.format(count=epochs + 1, epochs=epochs), np.r_[expected, last_loss])]
          if weights_right else []),
        Misconception(ROLLED, np.r_[expected[1:], expected[:1]]),
        Misconception(STEP_PER_SAMPLE, found["per_sample"]),
        *([Misconception(STALE_STEPS, found["stale"])] if "stale" in found else []),
        *[Misconception(STEPS_PER_EPOCH.format(count=count, times={2: "twice", 3: "three times"}[count]), losses)
          for count, losses in found.get("steps", {}).items()],
    ]


STEPS_PER_EPOCH = (
    "Your fit takes {count} steps in every epoch where the spec takes one: your loss at epoch e is the spec's at "
    "epoch {count} * e, so training runs {times} as fast as it should. Most often the line that steps (or the "
    "call of backward with it) is there {count} times, or a second loop repeats it: each epoch records loss(X, y), "
    "then takes exactly one step(backward(X, y))."
)


def same_weights(replies, read, expected, rtol):
    """Whether the weights read after a fit (``replies[read]``) are ``expected``'s, within ``rtol``."""
    try:
        after = replies[read]
        return all(np.allclose(np.asarray(after[name], dtype=float), value, rtol=rtol, atol=1e-12)
                   for name, value in expected.items())  # fmt: skip
    except (StudentError, KeyError, TypeError, ValueError):
        return False
