"""Inputs the mlp checks try beside their own: X and y as Python lists (forward, loss and predict; their
docstrings say array-like), y flat for a network of two outputs (the spec's Y is y reshaped), and targets
that are not labels (backward; the MSE takes any real targets). Each list or shape is judged against the
student's own answer for arrays, so a method wrong in itself loses points only in its own check.

Loaded by ``test_mlp.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``); handed out with the checks.
"""

from __future__ import annotations

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import CheckFailed, describe, expect_close
from autograder.sandbox.session import StudentError, StudentTimeout

network = load_sibling(__file__, "mlp_network")  # the student's network with weights set by the grader
rules = load_sibling(__file__, "mlp_rules")  # the hidden checks' network sizes

SIZES = rules.SIZES


AS_LISTS = (
    "Your {method} fails on (or answers differently for) X and y given as Python lists, which the docstrings "
    "allow (array-like): a list has no .reshape, .shape or .T, and list arithmetic is not element-wise. Turn "
    "them into float arrays first with np.asarray(X, dtype=float) (and the same for y), then work on those."
)


def _reply_or_fail(replies, step, call, hint):
    """The reply of ``step``; an error the student's code raised there fails the check with ``hint`` (a
    timeout, or code not written yet, ends it as it is)."""
    try:
        return replies[step]
    except StudentError as exc:
        if not exc.own_exception:
            raise
        raise CheckFailed(f"{call} raised {exc.raised}: {exc.raised_message}", hint=hint) from None


def expect_lists_taken(student, params, X, y):
    """forward, loss and predict answer X (and y) given as Python lists as they answer the same values as
    arrays: judged against the student's own answers for arrays, so a method wrong in itself (or raising
    on arrays too) loses points only in its own check."""
    batch = student.batch()  # each call on a network of its own: one that changes the network is not blamed here
    calls = {method: tuple(batch.invoke(method, args, on=network.add_net(batch, SIZES, params)) for args in (arrays, lists))
             for method, arrays, lists in (("forward", (X,), (X.tolist(),)),
                                           ("loss", (X, y.ravel()), (X.tolist(), y.ravel().tolist())),
                                           ("predict", (X,), (X.tolist(),)))}  # fmt: skip
    replies = batch.run()
    for method, (arrays, lists) in calls.items():
        call = f"{method} on a network of sizes {SIZES} with X{' and y' if method == 'loss' else ''} as Python lists"
        try:
            own = np.asarray(replies[arrays], dtype=float)
        except (StudentError, TypeError, ValueError) as exc:
            if isinstance(exc, StudentTimeout):
                raise
            continue  # wrong for arrays already: its own check says why
        got = _reply_or_fail(replies, lists, call, AS_LISTS.format(method=method))
        try:
            same = np.allclose(np.asarray(got, dtype=float), own, rtol=1e-9, atol=1e-12) and np.shape(got) == own.shape
        except (TypeError, ValueError):
            same = False
        if not same:
            raise CheckFailed(f"{call} returned {describe(got)}, where the same values as arrays give {describe(own)}",
                              hint=AS_LISTS.format(method=method))  # fmt: skip


def targets_case(reference, run_cache, rng, sizes, params, X, y):
    """Targets of y's shape that are not labels (the MSE takes any real numbers), drawn after every other
    input of the check, and the reference's gradients for them: asked whatever the student answers."""
    targets = rng.uniform(-0.5, 1.5, size=np.shape(y)).round(3)
    return targets, run_cache.once("mlp.backward.targets", lambda: network.reference_net(reference, sizes, params).backward(X, targets))


NOT_LABELS = (
    "Your backward gives the exact gradients for targets of 0 and 1, but other ones for targets that are not "
    "labels ({call}): the mean squared error takes any real targets, so y must be used as the numbers it holds. "
    "Look for where y is made whole numbers (astype(int), np.round, a comparison such as y > 0.5) or for a "
    "step that holds only for 0 and 1 (y * y or y ** 2 written as y)."
)


def expect_any_targets(got, targets, expected, call):
    """Fail (a backward right for labels, the caller checked) unless ``got``, the student's backward(X,
    ``targets``), gives ``expected``, the reference's gradients for them."""
    call = f"{call}, then with targets y that are not labels, {describe(targets)}"
    if isinstance(got, StudentError):
        if not got.own_exception:
            raise got
        raise CheckFailed(f"{call}: raised {got.raised}: {got.raised_message}", hint=NOT_LABELS.format(call="it raised"))
    for name in network.PARAMS:
        try:
            value = np.asarray(got[name], dtype=float)
        except (TypeError, ValueError, KeyError, IndexError):
            raise CheckFailed(f"{call}: returned {describe(got)}, not the dict of the four gradients",
                              hint=NOT_LABELS.format(call="its answer is no dict of gradients")) from None  # fmt: skip
        expect_close(value, expected[name], call=f"{call}: d{name}", hint=NOT_LABELS.format(call=f"d{name} differs"))


TWO_OUTPUTS = (2, 3, 2)
FLAT_Y = (
    "Your {method} fails on (or answers differently for) y given flat, shape (m * output_size,), on a network with "
    "{outputs} outputs: the spec's Y is y reshaped to (m, output_size), whatever shape y comes in. A flat y turned "
    "into one column, shape (m * output_size, 1), is one way to get that wrong (right only when there is one output): "
    "reshape y to m rows of output_size values each, in order."
)


def expect_flat_y(student, reference, rng):
    """loss and backward on a network of TWO_OUTPUTS sizes give, for y flat, the answers the reference gives
    for y of shape (m, 2), judged only where the student's own give those for y of shape (m, 2) (else their own
    checks say what is wrong). Each call on a network of its own: a backward that moves a parameter is
    backward's own check's business."""
    params = network.random_params(rng, TWO_OUTPUTS)
    X, y = network.problem(rng, TWO_OUTPUTS, 5)
    ref = network.reference_net(reference, TWO_OUTPUTS, params)  # asked whatever the student answers: recorded
    right = {"loss": ref.loss(X, y), "backward": ref.backward(X, y)}
    batch = student.batch()  # a call that raises ends the batch: the ones that may raise come last
    one, (X1, y1) = network.random_params(rng, SIZES), network.problem(rng, SIZES, 5)  # flat y for one output
    column, flat = (batch.invoke("loss", (X1, given), on=network.add_net(batch, SIZES, one)) for given in (y1, y1.ravel()))
    calls = {method: [batch.invoke(method, (X, given), on=network.add_net(batch, TWO_OUTPUTS, params))
                      for given in (y, y.ravel())] for method in ("backward", "loss")}  # fmt: skip
    replies = batch.run()
    try:  # a loss that takes no flat y for one output fails the loss check for it: not judged here again
        if not np.isclose(float(replies[column]), float(replies[flat]), rtol=1e-9):
            calls.pop("loss")
    except (StudentError, TypeError, ValueError) as exc:
        if isinstance(exc, StudentTimeout):
            raise
        calls.pop("loss")
    for method, (as_rows, flat) in calls.items():
        call = f"{method}(X, y) on a network of sizes {TWO_OUTPUTS} with y flat, shape {y.ravel().shape}"
        try:
            own = replies[as_rows]
            own = {n: np.asarray(own[n], dtype=float) for n in network.PARAMS} if method == "backward" else float(own)
            if not (_same(own, right[method]) if method == "backward" else np.isclose(own, right[method], rtol=1e-6)):
                continue  # wrong for y of shape (m, 2) already: its own check says why
        except (StudentError, TypeError, ValueError, KeyError, IndexError) as exc:
            if isinstance(exc, StudentTimeout):
                raise
            continue
        got = _reply_or_fail(replies, flat, call, FLAT_Y.format(method=method, outputs=TWO_OUTPUTS[2]))
        pairs = [(got.get(n) if isinstance(got, dict) else None, own[n]) for n in network.PARAMS] if method == "backward" else [(got, own)]
        try:
            same = all(np.shape(a) == np.shape(b) and np.allclose(np.asarray(a, dtype=float), b, rtol=1e-9, atol=1e-12) for a, b in pairs)
        except (TypeError, ValueError):
            same = False
        if not same:
            raise CheckFailed(f"{call} gave another answer than for y of shape {y.shape}",
                              hint=FLAT_Y.format(method=method, outputs=TWO_OUTPUTS[2]))  # fmt: skip


def _same(got, right):
    """Whether the gradients ``got`` (float arrays by name) are ``right``'s, shapes and values."""
    return all(got[n].shape == np.shape(right[n]) and np.allclose(got[n], right[n], rtol=1e-6, atol=1e-9) for n in network.PARAMS)
