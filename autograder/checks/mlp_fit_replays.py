"""fit's bookkeeping of the gradients, replayed: a running total never reset, or a step one epoch late.

The spec's fit records loss(X, y) and then takes one step with that epoch's gradients. Two slips of the
bookkeeping keep every part right and still train another way: the gradients added into a total made once
before the epoch loop and stepped with (never reset, so each step carries every earlier epoch's gradients),
or the step taken with the gradients kept from the previous epoch (no step in the first epoch, each later
step one epoch stale). The reader runs only once the check of fit's trajectory has failed; it asks nothing:
it replays both rules in NumPy from the check's starting weights and names the one whose losses the
student's fit recorded, every one of them.

Loaded by ``test_mlp.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``).
"""

import ast

import numpy as np

from autograder.grading.function_source import calls, function, statement_line

SUMMED = (
    "Your fit steps with the sum of all the gradients so far, not with this epoch's: your {n} recorded losses are "
    "exactly those of a fit that adds each epoch's backward(X, y) into a running total, made once before the epoch "
    "loop and never reset, and steps with that total, so every step carries all the earlier epochs' gradients "
    "again. Each epoch takes one step with its own gradients, the dict backward(X, y) gives in that epoch (or "
    "reset the total to zero at the start of every epoch)."
)
LATE = (
    "Your fit steps with the previous epoch's gradients, one epoch late: your {n} recorded losses are exactly those "
    "of a fit that takes no step in the first epoch and then, in each epoch, steps with the gradients it kept from "
    "the epoch before (computed before the last step moved the weights), so the last gradients are never used. "
    "Compute this epoch's gradients and step with them in the same epoch, after recording the loss."
)


def _sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def _gradients(weights, X, Y):
    W1, b1, W2, b2 = weights
    A1 = _sig(X @ W1 + b1)
    A2 = _sig(A1 @ W2 + b2)
    dZ2 = (A2 - Y) * (2.0 / A2.size) * A2 * (1.0 - A2)
    dZ1 = (dZ2 @ W2.T) * A1 * (1.0 - A1)
    error = A2 - Y
    return float(np.mean(error * error)), [X.T @ dZ1, dZ1.sum(axis=0, keepdims=True), A1.T @ dZ2, dZ2.sum(axis=0, keepdims=True)]


def replay(params, X, y, lr, epochs, rule):
    """The losses a fit records under ``rule``: "summed" (steps with the running total of the gradients) or
    "late" (steps with the previous epoch's gradients)."""
    weights = [np.array(params[n], dtype=float) for n in ("W1", "b1", "W2", "b2")]
    data = np.asarray(X, dtype=float)
    Y = np.asarray(y, dtype=float).reshape(len(data), -1)
    losses, kept = [], None
    while len(losses) < epochs:
        loss, grads = _gradients(weights, data, Y)
        losses.append(loss)
        if rule == "spec":
            weights = [w - lr * g for w, g in zip(weights, grads)]
        elif rule == "summed":
            kept = grads if kept is None else [k + g for k, g in zip(kept, grads)]
            weights = [w - lr * k for w, k in zip(weights, kept)]
        else:
            if kept is not None:
                weights = [w - lr * k for w, k in zip(weights, kept)]
            kept = grads
    return np.array(losses)


DELAYED = (
    "Your fit's {n} losses are the right ones one epoch late: it takes no step in its first epoch and from then on "
    "each step is the one the epoch before should have taken, so the last epoch's step is never taken.{cause} "
    "Each epoch records the loss, then steps at once with the gradients backward(X, y) gives in this epoch, "
    "with no gradients kept over from the previous pass of the loop and no epoch skipped."
)
STALE_LINES = (
    " Line {step_no}, `{step}`, steps with the gradients that line {grads_no}, `{grads}`, computed in the previous "
    "pass of the loop (so in the first epoch there are none to step with)."
)


def bookkeeping_hint(recorded, params, X, y, lr, epochs, student=None) -> str | None:
    """SUMMED or LATE where the recorded losses are that rule's replay, every one of them; DELAYED where they
    are the spec's losses one epoch late (the cause read off ``student``'s fit where it shows); None otherwise."""
    try:
        recorded = np.asarray(recorded, dtype=float)
        if recorded.shape != (epochs,) or epochs < 3:
            return None
        for rule, text in (("summed", SUMMED), ("late", LATE)):
            if np.allclose(recorded, replay(params, X, y, lr, epochs, rule), rtol=1e-7, atol=1e-12):
                return text.format(n=epochs)
        spec = replay(params, X, y, lr, epochs, "spec")
        if np.allclose(recorded, np.r_[spec[0], spec[:-1]], rtol=1e-7, atol=1e-12) and not np.allclose(recorded, spec):
            return DELAYED.format(n=epochs, cause=_delayed_cause(student))
        return None
    except Exception:
        return None


def _delayed_cause(student) -> str:
    """The lines of fit where self.step uses a name that a later line of the same loop body sets from
    self.backward (the gradients kept from the previous pass), or "" where the source shows no such thing."""
    source, node = function(student, "mlp", "MLP.fit")
    for loop in ast.walk(node) if node is not None else ():
        if not isinstance(loop, (ast.For, ast.While)):
            continue
        steps = [(s, c) for s in ast.walk(loop) if isinstance(s, (ast.Expr, ast.Assign, ast.AugAssign)) for c, _, _ in calls(s, {"step"})]
        sets = [s for s in ast.walk(loop) if isinstance(s, ast.Assign) and any(True for _ in calls(s.value, {"backward"}))]
        for s, call in steps:
            used = {n.id for n in ast.walk(call) if isinstance(n, ast.Name)}
            for later in sets:
                if later.lineno > s.lineno and used & {t.id for t in later.targets if isinstance(t, ast.Name)}:
                    return STALE_LINES.format(step=statement_line(source, s), step_no=s.lineno,
                                              grads=statement_line(source, later), grads_no=later.lineno)
    return ""
