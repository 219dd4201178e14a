"""More hints of the MLP checks: a classification loss in place of the MSE, an element-wise product
where a matrix product belongs, gradients paired with the wrong parameters by step, losses kept
in an integer array or added after slots already made, a predict that does not follow a network
that learned, y reshaped into one line, and a fit that changes the learning rate. Loaded by the mlp checks with ``load_sibling``."""

import re

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading import tracebacks
from autograder.grading.compare import CheckFailed, Misconception, describe
from autograder.sandbox.session import StudentError

network = load_sibling(__file__, "mlp_network")
h16 = load_sibling(__file__, "mlp_h16")
h17 = load_sibling(__file__, "mlp_h17")  # random numbers in forward or fit, X as bool, a row bias, reshape for .T
kept_axes, gradient_slip_hint = h16.kept_axes, h16.gradient_slip_hint  # keepdims; a tuple, 2 // N, predict
lr_twice_hint, spare_slot_hint = h16.lr_twice_hint, h16.spare_slot_hint  # lr * lr; np.zeros(epochs + 1)

CROSS_ENTROPY_LOSS = (
    "Your loss is the binary cross-entropy of A2 and Y (the mean of -(Y * log(A2) + (1 - Y) * log(1 - A2)){how}), "
    "a loss for classifiers. This network's loss is the mean squared error the spec defines: the mean, over all "
    "m * output_size values, of the squared differences between A2 and Y, with no logarithm."
)
ABSOLUTE_LOSS = (
    "Your loss is the mean absolute error of A2 and Y: it takes each difference's absolute value where the mean "
    "squared error squares it. Square each difference, then take the mean over all m * output_size values."
)


def loss_mistakes(values):
    """The Misconceptions of a classification habit or the absolute error, from what each gives on the
    reference's output (``values``: ``reference.mistakes.other_losses``, in its order)."""
    cross_entropy, per_sample, absolute, layouts = values
    return [Misconception(CROSS_ENTROPY_LOSS.format(how=""), cross_entropy),
            Misconception(CROSS_ENTROPY_LOSS.format(how=", or summed over the outputs and averaged over the samples"),
                          per_sample),
            Misconception(ABSOLUTE_LOSS, absolute), *[Misconception(OTHER_LAYOUT, value) for value in layouts]]  # fmt: skip


OTHER_LAYOUT = (
    "Your loss compares A2 with the targets laid out in another order: y was reshaped to (output_size, m) and "
    "transposed (the one-column-per-sample layout some tutorials use), or transposed (or read column by column, "
    "order='F') before a reshape, so each "
    "output meets another sample's target. Here the rows are samples: y already has A2's layout (m, output_size), "
    "so take it as it is, reshaped to A2's own shape, with no transpose."
)


Y_IN_ONE_LINE = (
    "Your {where} {what} into one line of all {total} values, shape {flat}, to meet {other} of shape ({m}, {n}): "
    "ravel, reshape(-1), reshape(-1, 1) or a fixed (len(y), 1) fits only a network with one output. Keep A2 as it "
    "is and give y A2's shape, y.reshape(A2.shape) (m, output_size), so that each target meets its own output."
)
FLATTENED = re.compile(r"(\w+)\s*\.\s*(?:ravel|flatten)\s*\(|(\w+)\s*\.\s*reshape\s*\(\s*-1|np\.ravel\(\s*(\w+)")


def y_in_one_line_hint(raised_message, m, n, where="loss", detail=""):
    """Y_IN_ONE_LINE when ``raised_message`` is NumPy's broadcast error between A2's (m, n) and a side made
    one column (m * n, 1) or one row (m * n,), for a network with n > 1 outputs (``where``: the method
    that raised, loss or backward). Which side was flattened is said from the student's line (``detail``,
    the traceback) where it shows a flattening call on a name; else the hint says one side."""
    shapes = re.findall(r"\(([\d,]*)\)", raised_message.split("shapes", 1)[-1]) if "broadcast" in raised_message else []
    found = {tuple(int(v) for v in shape.split(",") if v) for shape in shapes}
    flat = next((shape for shape in ((m * n, 1), (m * n,)) if shape in found), None)
    if n < 2 or (m, n) not in found or flat is None:
        return None
    named = FLATTENED.search(tracebacks.code_of_last_line(detail))
    name = next((g for g in named.groups() if g), None) if named else None
    what, other = (f"flattened {name}", "the other side") if name else ("turned one side", "the other side")
    return Y_IN_ONE_LINE.format(what=what, other=other, total=m * n, flat=flat, m=m, n=n, where=where)


ELEMENTWISE = (
    "An element-wise operation (*, np.multiply, + or -) met an array of shape {a} and one of shape {b}: those two "
    "shapes fit a matrix product (@), whose result would be {c}, and not an element-wise one, so a * where @ "
    "belongs is the likely slip. {which}Use @ (or np.dot) where one layer passes to the next; * is for arrays of "
    "one shape, such as a layer's values times its slope."
)


def elementwise_hint(raised_message, sizes, samples):
    """ELEMENTWISE when ``raised_message`` is NumPy's broadcast error between an (a, b) and a (b, c)
    array (shapes a matrix product takes), naming dZ2 and W2.T when they are (m, out) and (out, hidden)."""
    found = re.search(r"could not be broadcast together with shapes \((\d+),(\d+)\) \((\d+),(\d+)\)", raised_message)
    if not found:
        return None
    a, b, c, d = (int(v) for v in found.groups())
    if b != c or (a, b) == (c, d):
        return None
    n_in, hidden, out = sizes
    which = ("Here dZ2, (m, output_size), meets W2.T, (output_size, hidden_size): going back from the output layer "
             "to the hidden one is the matrix product dZ2 @ W2.T (with one output, dZ2 * W2.T happens to broadcast to "
             "the same numbers, which hides the slip). " if (a, b, d) == (samples, out, hidden) else "")
    which = which or {(samples, n_in, hidden): "Here X, (m, input_size), meets W1, (input_size, hidden_size): the hidden "
                                               "layer's sum is the matrix product X @ W1. ",
                      (samples, hidden, out): "Here A1, (m, hidden_size), meets W2, (hidden_size, output_size): the "
                                              "output layer's sum is the matrix product A1 @ W2. "}.get((a, b, d), "")
    return ELEMENTWISE.format(a=(a, b), b=(c, d), c=(a, d), which=which)


PAIRED = (
    "Your step pairs the gradients with the wrong parameters: on a network where all four parameters have one "
    "shape (1 input, 1 hidden neuron, 1 output), {pairs}. (Elsewhere the shapes differ, and the mismatch, or a "
    "broadcast that hides it, is what fails.) Either one update names another parameter's gradient (a line copied "
    "and not fully edited), or the gradients are paired by position (zip with grads.values(), or a list of the "
    "parameters), which relies on an order the gradient dict need not share. Match them by name: each parameter "
    "takes grads[name], the gradient under its own name."
)
ONES = (1, 1, 1)


def step_pairing_hint(student):
    """PAIRED when the student's step, on a network whose four parameters are all (1, 1), subtracts
    from some parameter another parameter's gradient (a permutation, or one gradient used twice); None
    when it pairs them right, does something else, or cannot be run."""
    zero = {name: np.zeros((1, 1)) for name in network.PARAMS}
    grads = {name: np.full((1, 1), float(i + 1)) for i, name in enumerate(network.PARAMS)}
    try:
        batch, net = network.net_batch(student, ONES, zero, lr=1.0)
        batch.invoke("step", (grads,), on=net)
        read = batch.get_many(network.PARAMS, on=net)
        after = batch.run()[read]
        took = {name: -float(np.asarray(after[name], dtype=float).ravel()[0]) for name in network.PARAMS}
    except (StudentError, KeyError, TypeError, ValueError, IndexError):
        return None
    by_value = {float(i + 1): name for i, name in enumerate(network.PARAMS)}
    if not set(took.values()) <= set(by_value) or all(by_value[v] == n for n, v in took.items()):
        return None  # not the gradients themselves (another mistake), or each its own
    wrong = [f"{name} took {by_value[value]}'s gradient" for name, value in took.items() if by_value[value] != name]
    return PAIRED.format(pairs=", ".join(wrong))


INT_LOSSES = (
    "Your fit returns its losses as {dtype} numbers, each cut to its whole part (yours begin {shown}): the array they were "
    "written into holds integers (np.zeros(epochs, dtype=int), say, or an array made from whole numbers), and "
    "writing a float into it drops the fraction. Make the losses array of floats (np.zeros(epochs) or "
    "np.empty(epochs) are float by default), or collect the floats in a list and return np.array(losses)."
)


def int_losses_hint(losses):
    """INT_LOSSES when fit returned an integer (or boolean) array of losses."""
    if isinstance(losses, np.ndarray) and losses.dtype.kind in "iub":
        return INT_LOSSES.format(dtype=f"integer ({losses.dtype})", shown=", ".join(str(v) for v in losses.ravel()[:4].tolist()))
    return None


APPENDED = (
    "Your fit returns {count} values for {epochs} epochs, and the last {epochs} are the right losses: each loss "
    "was added after the end of an array that already had {extra} slots (np.empty(epochs) or np.zeros(epochs), then "
    "np.append, or a list that was not empty). Do one or the other: fill the slots made in advance "
    "(losses[epoch] = ...), or start from an empty list, append one loss per epoch and return np.array(losses)."
)


def appended_hint(losses, expected, rtol):
    """APPENDED when the right losses are the last ``len(expected)`` of more values (the first ones right
    and more after them is another mistake: a loop that runs too many epochs)."""
    try:
        got = np.asarray(losses, dtype=float).ravel()
    except (TypeError, ValueError):
        return None
    epochs = len(expected)
    if got.size <= epochs:
        return None
    if np.allclose(got[-epochs:], expected, rtol=rtol, atol=1e-12):
        return APPENDED.format(count=got.size, epochs=epochs, extra=got.size - epochs)
    return None


PREDICT_NOT_FOLLOWING = (
    "Your network learned XOR: after fit, its forward outputs at the four inputs are {at}, each on the right side "
    "of 0.5, but predict turned them into {got}. So training works and predict is what is wrong: it gives 1 where "
    "forward(X) >= 0.5 and 0 elsewhere, as integers.{extra}"
)
ALL_ONES = (" Yours says 1 for all four, as a comparison with 0 does: a sigmoid's output is always above 0, so 0 "
            "cannot be the line between the classes; 0.5 is.")  # fmt: skip


def predict_hint(got, at):
    """PREDICT_NOT_FOLLOWING when the student's forward outputs ``at`` (at the XOR inputs, after fit) are
    each on the right side of 0.5 and predict's answer ``got`` is not XOR's labels; else None."""
    if at is None or len(at) != len(network.XOR_Y):
        return None
    outputs = np.asarray(at, dtype=float)
    if not np.all(np.isfinite(outputs)) or not np.array_equal(outputs >= 0.5, network.XOR_Y.ravel() == 1):
        return None
    try:
        answer = np.asarray(got, dtype=float).ravel()
    except (TypeError, ValueError):
        return None
    extra = ALL_ONES if answer.size == len(outputs) and np.all(answer == 1) and np.all(outputs > 0) else ""
    return PREDICT_NOT_FOLLOWING.format(at=", ".join(f"{v:.3f}" for v in outputs), got=describe(got), extra=extra)


LR_CHANGED = (
    "Your network's lr is {before:g} when fit starts and {after:.6g} after it: something in fit (or in step, which fit "
    "calls) changes self.lr as it trains, a decay or schedule the spec's rule does not have. Every epoch steps with "
    "the same lr, the one the network was made with; leave self.lr as it is (a change would also carry over to every "
    "later call of step and fit)."
)


def lr_changed_hint(replies, kept, before):
    """LR_CHANGED when the network's ``lr`` attribute read after fit (``replies[kept]``) is no longer
    ``before``, the rate it was made with; None when it is, or cannot be read (kept under another name)."""
    try:
        after = float(replies[kept]["lr"])
    except (StudentError, KeyError, TypeError, ValueError):
        return None
    if after == before or not np.isfinite(after):
        return None
    return LR_CHANGED.format(before=before, after=after)


def parts_or_lr_hint(student, parts, replies, kept, lr):
    """Where a wrong fit comes from: a broken part (``parts``: ``network.parts_expected``), or, when every
    part is right, a learning rate that fit changed from ``lr`` (read after it, ``replies[kept]``), or else
    fit itself."""
    part = network.parts_hint(student, parts)
    return (lr_changed_hint(replies, kept, lr) or part) if part == network.FIT_ITSELF else part


def loss_on_your_forward(replies, forward, A2, y):
    """A hint when the loss is right for the student's own forward, and that forward is wrong: in values, or in
    shape (a transposed A2, whose loss reshapes y to that shape as the spec's loss does)."""
    try:
        own = np.asarray(replies[forward], dtype=float)
    except (StudentError, TypeError, ValueError):
        return []
    if own.size != A2.size or (own.shape == A2.shape and np.allclose(own, A2, rtol=1e-6, atol=1e-9)):
        return []
    with np.errstate(all="ignore"):
        value = float(np.mean((own - np.asarray(y, dtype=float).reshape(own.shape)) ** 2))
    return [Misconception("Your loss is right for what your forward gives, but forward itself is wrong "
                          "(see the check of forward): fix forward first, and loss follows.", value)]  # fmt: skip


WHOLE_TARGETS = (
    "Your loss turns the targets into whole numbers ({how}): y may hold any real numbers, and the MSE compares "
    "A2 with them as they are. Convert y with dtype=float (np.asarray(y, dtype=float)), never int."
)


def whole_targets(A2, y):
    """The loss when the targets are made integers, by truncation (dtype=int, astype(int)) or by rounding."""
    Y = np.reshape(np.asarray(y, dtype=float), np.shape(A2))  # (not the answer's line: the handout holds this file)
    if np.array_equal(Y, np.round(Y)):
        return []  # labels are whole numbers already: nothing to tell
    with np.errstate(all="ignore"):
        return [Misconception(WHOLE_TARGETS.format(how=how), float(np.mean((A2 - whole) ** 2)))
                for how, whole in (("dtype=int or astype(int) cuts off the decimals", np.trunc(Y)),
                                   ("rounded", np.round(Y)))]  # fmt: skip


def reply_or_none(replies, key):
    """A batch's reply to ``key``, or None when that call raised (a hint that reads it then says nothing)."""
    try:
        return replies[key]
    except StudentError:
        return None


REMEMBERS = (
    "Your step's first call is right, but a second call with the same gradients moves the parameters {how} "
    "lr * grad: step remembers earlier calls (a velocity or momentum kept between calls, gradients added up, or "
    "a learning rate that step itself changes). The spec's step keeps nothing: each call moves every parameter "
    "by lr times the gradient it is given, param -= lr * grad, and the next call starts afresh."
)


def expect_second_step(after, params, grads, lr, call):
    """Fail, naming state kept between calls, when a second step with ``grads`` (from ``params``, after a
    first right one) does not leave params - 2 * lr * grads (``after``: the parameters then read)."""
    moves, wrong = [], None
    for name in network.PARAMS:
        want = params[name] - 2 * lr * grads[name]
        got = np.asarray(after[name], dtype=float)
        if got.shape != want.shape or not np.allclose(got, want, rtol=1e-5, atol=1e-9):
            wrong = wrong or name
        if got.shape == want.shape:
            moves.append((params[name] - lr * grads[name] - got, lr * grads[name]))
    if wrong is None:
        return
    ratios = np.concatenate([(m / g).ravel() for m, g in moves if np.all(np.abs(g) > 1e-12)] or [np.array([np.nan])])
    same = np.all(np.isfinite(ratios)) and np.allclose(ratios, ratios[0], rtol=1e-6)
    how = f"{ratios[0]:.4g} times as far as" if same else "by another amount than"
    raise CheckFailed(f"{call}, {wrong}: expected {describe(params[wrong] - 2 * lr * grads[wrong])}, got "
                      f"{describe(after[wrong])}", hint=REMEMBERS.format(how=how))  # fmt: skip


GRADS_CHANGED = (
    "Your step changed the grads dict it was given (an entry scaled or replaced in place, such as grads[name] *= "
    "self.lr): fit still trains, since backward makes new gradients every epoch, but whoever called step finds "
    "their gradients altered. step should read the gradients and change only the network's own parameters: "
    "multiply by the learning rate into a new value instead of writing it back into grads."
)


OTHER_RATE = (
    "Your step is right for a network made with lr={first:g} but not for one made with lr={rate:g}: there it moves "
    "each parameter by {moved} times its gradient, where lr * grad belongs. {reading} Subtract the network's own "
    "learning rate (the lr the constructor kept) times each gradient, whatever that rate is."
)
READINGS = {
    "fixed": "It moves by {first:g} times the gradient whatever the rate: a fixed number (such as grad / 2) in place of the lr.",
    "one_minus": "That is 1 - lr at both rates: the factor is written as 1 - lr where lr itself belongs.",
    "other": "A factor that agrees with lr at {first:g} only (such as 1 - lr, lr ** 2 * 2 or a fixed 1/2) gives that.",
}


def expect_other_rate(after, params, grads, rate, first, call):
    """Fail unless one step on a network made with lr=``rate`` (``after``: its parameters then read) leaves
    params - rate * grads; the hint says what the step's factor is, read at both rates (``first``: the rate
    the step was right at), naming one reading only where both rates agree on it."""
    wrong = next((name for name in network.PARAMS if np.shape(after[name]) != np.shape(params[name]) or not
                  np.allclose(after[name], params[name] - rate * grads[name], rtol=1e-5, atol=1e-9)), None)  # fmt: skip
    if wrong is None:
        return
    moved = np.concatenate([((params[n] - np.asarray(after[n], dtype=float)) / grads[n]).ravel() for n in network.PARAMS
                            if np.shape(after[n]) == np.shape(params[n])])  # fmt: skip
    same = moved.size and np.all(np.isfinite(moved)) and np.allclose(moved, moved[0], rtol=1e-6)
    factor = float(moved[0]) if same else None
    reading = ("fixed" if factor is not None and np.isclose(factor, first) else
               "one_minus" if factor is not None and np.isclose(factor, 1 - rate) and np.isclose(first, 1 - first) else "other")
    raise CheckFailed(f"{call}, {wrong}: expected {describe(params[wrong] - rate * grads[wrong])}, got {describe(after[wrong])}",
                      hint=OTHER_RATE.format(first=first, rate=rate, moved=f"{factor:.4g}" if same else "other amounts than",
                                             reading=READINGS[reading].format(first=first)))  # fmt: skip
