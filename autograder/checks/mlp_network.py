"""The mlp checks' network plumbing: weights and problems drawn from a seed, a student's or the
reference's network with the grader's weights set, the first broken part of a wrong fit, and
the timing of fit against a Python loop.

Loaded by ``test_mlp.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``).
"""

import time
from dataclasses import dataclass

import numpy as np

from autograder.checking.parts import first_wrong_part
from autograder.checking.remote import RemoteObject
from autograder.grading.compare import ATOL, CheckFailed, describe, expect_close, is_number, kind_of
from autograder.sandbox.session import StudentError, StudentTimeout

PARAMS = ("W1", "b1", "W2", "b2")
XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([[0.0], [1.0], [1.0], [0.0]])
FIT_ITSELF = (
    "Your forward, loss, backward and step give the right answers, so the mistake is in fit itself: "
    "each epoch records loss(X, y) and then takes one step(backward(X, y)), and fit returns the array "
    "of the recorded losses."
)
TIMED_FIT_HINT = (
    "This check times fit only once fit trains the network right, and yours does not yet (the check of fit "
    "from weights set by the grader shows where it goes wrong). {cause}"
)
ONE_LOSS = (
    "fit returns one loss per epoch, not only the last: record loss(X, y) at the start of every epoch, "
    "for example in a list, and return np.array(losses)."
)
FIT_RTOL = 1e-5  # how close a fit's losses and weights must come to the reference's


def random_params(rng, sizes):
    n_in, n_hidden, n_out = sizes
    return {
        "W1": rng.normal(size=(n_in, n_hidden)),
        "b1": rng.normal(scale=0.1, size=(1, n_hidden)),
        "W2": rng.normal(size=(n_hidden, n_out)),
        "b2": rng.normal(scale=0.1, size=(1, n_out)),
    }


def net_batch(student, sizes, params, lr=0.1):
    """A batch whose first steps make the student's MLP and set its weights: (batch, the net's step).
    The calls added to it run in the same request."""
    batch = student.batch()
    return batch, add_net(batch, sizes, params, lr)


def add_net(batch, sizes, params, lr=0.1):
    """One more of the student's MLPs made in ``batch``, its weights set: the net's step."""
    net = batch.invoke("MLP", sizes, {"lr": lr, "seed": 0})
    batch.set_many({name: value.copy() for name, value in params.items()}, on=net)
    return net


def student_net(student, sizes, params, lr=0.1):
    """The student's MLP with the weights set, as an object to call."""
    batch, net = net_batch(student, sizes, params, lr)
    made = batch.run()[net]
    if not isinstance(made, RemoteObject):
        raise CheckFailed(f"MLP{sizes} did not create an object (got {kind_of(made)})")
    return made


def student_call(student, sizes, params, method, args, *, lr=0.1, echo=False):
    """``method(*args)`` of a fresh student MLP with the given weights, in one request."""
    batch, net = net_batch(student, sizes, params, lr)
    call = batch.invoke(method, args, on=net, echo=echo)
    return batch.run()[call]


PARAMS_MOVED = (
    "Your backward changed the network's parameters ({names}): it must only compute and return the gradients. "
    "step applies them, and fit calls backward and then step, so a backward that also steps (or changes the "
    "weights in place, as self.W1 -= ...) moves the network twice per epoch. Take out the update from backward."
)


def backward_and_after(student, sizes, params, X, y, lr=0.1, targets=None):
    """backward(X, y) of a fresh student MLP with the given weights, the arguments echoed, its
    parameters read after the call, and what a second backward(X, y) on the same network gives
    (the network's behaviour, which its attributes cannot speak for): (gradients, (X, y) after,
    the parameters after, the second gradients; None for either that could not be had), and
    backward(X, targets) on a network of its own (the reply, or the StudentError it raised)."""
    batch, net = net_batch(student, sizes, params, lr)  # lr: a rate that is no factor a gradient has, 1 / N
    call = batch.invoke("backward", (X, y), on=net, echo=True)
    after = batch.get_many(PARAMS, on=net)
    again = batch.invoke("backward", (X, y), on=net)
    other = batch.invoke("backward", (X, targets), on=add_net(batch, sizes, params, lr))  # last: it may raise
    replies = batch.run()
    got, echoed, _ = replies[call]
    kept, second = (reply_or_none(replies, step) for step in (after, again))
    try:
        on_targets = replies[other]
    except StudentError as exc:
        on_targets = exc
    return got, echoed, kept, second, on_targets


def reply_or_none(replies, step):
    """The student's reply to ``step``, or None where the call raised."""
    try:
        return replies[step]
    except StudentError:
        return None


def _same(a, b, **tolerance) -> bool:
    """Whether two replied values are the same numbers (False for anything that is not numbers)."""
    try:
        a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
        if not tolerance:
            return np.array_equal(a, b)
        return a.shape == b.shape and bool(np.allclose(a, b, **tolerance))
    except (TypeError, ValueError, ArithmeticError):
        return False


def expect_params_kept(params, after, call, got, again):
    """Fail when backward left the network's parameters other than ``params`` (PARAMS_MOVED), read
    back or as its behaviour shows: a second backward(X, y) (``again``) must give the first's gradients
    (``got``), as at the same parameters. Parameters or second gradients that cannot be read fail too
    (a rule that cannot be judged earns nothing)."""
    if not isinstance(after, dict):
        raise CheckFailed(f"{call}: the gradients are right, but the network's parameters could not be read after "
                          "the call", hint=PARAMS_MOVED.format(names=", ".join(PARAMS)), credit=0.5)  # fmt: skip
    moved = [name for name in PARAMS if not _same(after.get(name), params[name])]
    if moved:
        raise CheckFailed(f"{call}: the gradients are right, but the network's {', '.join(moved)} changed during "
                          "the call", hint=PARAMS_MOVED.format(names=", ".join(moved)), credit=0.5)  # fmt: skip
    if not isinstance(again, dict):
        raise CheckFailed(f"{call}: the gradients are right, but a second backward(X, y) on the same network did not "
                          "answer with gradients, so whether the first call left the parameters alone cannot be told",
                          hint=PARAMS_MOVED.format(names=", ".join(PARAMS)), credit=0.5)  # fmt: skip
    moved = [name for name in PARAMS if not _same(again.get(name), got[name], rtol=1e-9, atol=1e-12)]
    if moved:
        raise CheckFailed(f"{call}: the gradients are right, but a second backward(X, y) on the same network gave "
                          f"other gradients of {', '.join(moved)}: the parameters changed during the first call",
                          hint=PARAMS_MOVED.format(names=", ".join(PARAMS)), credit=0.5)  # fmt: skip


def reference_net(reference, sizes, params, lr=0.1, seed=0):
    net = reference.MLP(*sizes, lr=lr, seed=seed)
    for name, value in params.items():
        setattr(net, name, value.copy())
    return net


def problem(rng, sizes, m):
    X = rng.normal(size=(m, sizes[0]))
    y = rng.integers(0, 2, size=(m, sizes[2])).astype(float)
    return X, y


PART_SIZES = (2, 3, 1)  # the small problem that tells which part of a wrong fit is broken


def _part_problem():
    """The small problem's weights, gradients and data (the same in every run)."""
    rng = np.random.default_rng(11)
    params = random_params(rng, PART_SIZES)
    grads = random_params(rng, PART_SIZES)
    X, _ = problem(rng, PART_SIZES, 4)  # its targets drawn here are all 0: a backward wrong only through Y passed
    return params, grads, X, np.array([[1.0], [0.0], [0.0], [1.0]])


def parts_expected(reference, run_cache):
    """What forward, loss, backward and step must give on the small problem. Asked whatever the
    student answered, so that a student's kit has them recorded."""

    def ask():
        params, grads, X, y = _part_problem()
        ref = reference_net(reference, PART_SIZES, params, lr=0.5)
        stepped = {name: params[name] - 0.5 * grads[name] for name in PARAMS}
        return {"forward": ref.forward(X), "loss": ref.loss(X, y), "backward": ref.backward(X, y), "step": stepped}

    return run_cache.once("mlp.parts", ask)


AGAIN_RATE = 0.3  # the rate of the network stepped twice: at 0.5 alone, 1 - lr and a fixed 1/2 pass for lr


def broken_part(student, expected):
    """The first of forward, loss, backward and step that gives a wrong answer on the small problem
    (the parts fit, learns_xor and the timed fit are built from), or None if all are right. Each
    part is asked on a network of its own, so that one part's side effect is not blamed on the next;
    a backward that changes the parameters counts as wrong (its check says so). ``expected``: what
    ``parts_expected`` gives."""
    params, grads, X, y = _part_problem()
    batch = student.batch()
    nets, ready = {}, []
    for name in ("forward", "loss", "backward", "step", "step again"):  # every network made first: a part that raises stops the batch
        nets[name] = batch.invoke("MLP", PART_SIZES, {"lr": AGAIN_RATE if name == "step again" else 0.5, "seed": 0})
        ready.append(batch.set_many({key: value.copy() for key, value in params.items()}, on=nets[name]))
    steps = {name: batch.invoke(name, (X, y) if name != "forward" else (X,), on=nets[name])
             for name in ("forward", "loss", "backward")}  # fmt: skip
    steps["backward after"] = batch.get_many(PARAMS, on=nets["backward"])
    batch.invoke("step", (grads,), on=nets["step"])
    steps["step"] = batch.get_many(PARAMS, on=nets["step"])
    for _ in range(2):  # on a network of its own (at another rate): a step that remembers its first call is wrong at the second
        batch.invoke("step", (grads,), on=nets["step again"])
    steps["step again"] = batch.get_many(PARAMS, on=nets["step again"])
    again = {name: params[name] - 2 * AGAIN_RATE * grads[name] for name in PARAMS}
    expected = {**expected, "backward after": params, "step again": again}
    try:
        replies = batch.run()
        for step in ready:
            replies[step]
    except StudentError:
        return None  # no network to ask: the other checks say what happened
    wrong = first_wrong_part(replies, steps, expected, number=lambda v: np.asarray(v, dtype=float), rtol=1e-5, atol=1e-9)
    return wrong.removesuffix(" after").removesuffix(" again") if wrong else None


def parts_hint(student, expected) -> str:
    """Where a wrong fit, training or timed fit comes from: a broken part named, or fit itself.
    ``expected``: what ``parts_expected`` gives."""
    part = broken_part(student, expected)
    if part is None:
        return FIT_ITSELF
    return (f"This check runs your fit, which is built on your {part}, and {part} gives wrong answers itself "
            f"(see the check of {part}): fix {part} first, and this follows.")  # fmt: skip


LOOP_SAMPLES = 4_000  # a loop over this many samples costs far more than a vectorised pass over them
EPOCHS_TIMED = 2  # the timed fit's epochs
CAP_TIMES, CAP_FLOOR = 10, 0.25  # a timed fit is stopped at this many times the loop's wall-clock time (at least)


@dataclass(frozen=True)
class LoopTime:
    """What the Python loop of ``time_a_loop`` costs here: CPU seconds of the grader's thread,
    and wall-clock seconds."""

    cpu: float
    wall: float

    def cap(self) -> float:
        """The wall-clock time a timed fit gets before it is stopped: generous, since the CPU
        it used is what is judged where it can be read (only an endless loop, or a fit that
        sleeps, needs stopping), and also enough for a vectorised fit where it cannot."""
        return max(CAP_FLOOR, CAP_TIMES * self.wall)


@dataclass(frozen=True)
class FitTime:
    """What one timed fit cost: the CPU seconds its child used for the call, read from outside
    the child (None where they cannot be read: see ``Session.last_cpu``), and wall-clock seconds
    by the grader's clock."""

    cpu: float | None
    wall: float


@dataclass(frozen=True)
class Comparison:
    """A timed fit set against the loop in the one measure both have: CPU seconds where the
    child's could be read, which other work on the machine barely changes; otherwise (the
    ``subprocess`` level off Linux) wall-clock seconds, which a busy machine lengthens."""

    fit: float
    loop: float
    cpu: bool

    @classmethod
    def of(cls, fit: FitTime, loop: LoopTime) -> "Comparison":
        if fit.cpu is None:
            return cls(fit.wall, loop.wall, cpu=False)
        return cls(fit.cpu, loop.cpu, cpu=True)

    def borderline(self) -> bool:
        """Neither clearly fine nor clearly slow: worth measuring again."""
        return self.loop < self.fit <= 2 * self.loop

    def too_costly(self, call: str, stopped_at: float | None = None) -> str:
        """Why the fit fails when it cost more than the loop (``stopped_at``: the cap it was stopped at)."""
        if self.cpu:
            spent, loop, costs = f"{self.fit:.3f} CPU seconds", f"{self.loop:.3f} CPU seconds", "uses"
        else:
            spent, loop, costs = f"{self.fit:.3f} s", f"{self.loop:.3f} s", "takes"
        said = f"was still running after {stopped_at:.3f} s and was stopped, having used {spent}" if stopped_at else (
            f"used {spent}" if self.cpu else f"took {spent}")  # fmt: skip
        return (f"{call} {said}, more than a Python loop doing two tiny matrix products per sample {costs} here "
                f"({loop}): a vectorised fit {costs} a small fraction of that")  # fmt: skip


def time_a_loop(run_cache) -> None:
    """Time, in the grader and before any student code runs, the least a Python loop over the
    vectorisation check's samples must do: a sample through two layers is two tiny matrix
    products, for each of the 2 epochs. One epoch's loop is timed twice and the faster counts,
    twice over (a pause of the machine lengthens a run, never shortens it: the faster of two
    short runs is the likelier to have none, and it costs what one run of both epochs would).
    Both its CPU time (of this thread: what the student's child's CPU time is set against) and
    its wall-clock time (for the cap, and where the child's CPU cannot be read) are kept.
    A fit that loops over the samples does that and more (activations, the backward pass), so
    it costs more; a vectorised fit costs a small fraction of it. This measures the machine,
    not any answer: a student's kit times its loop the same way."""
    rng = np.random.default_rng(0)
    X = rng.normal(size=(LOOP_SAMPLES, 2))
    W1, W2 = rng.normal(size=(2, 4)), rng.normal(size=(4, 1))
    best_cpu = best_wall = float("inf")
    for _ in range(2):
        started, started_cpu = time.perf_counter(), time.thread_time()
        for i in range(LOOP_SAMPLES):
            (X[i : i + 1] @ W1) @ W2
        best_cpu = min(best_cpu, time.thread_time() - started_cpu)
        best_wall = min(best_wall, time.perf_counter() - started)
    run_cache["loop_time"] = LoopTime(cpu=EPOCHS_TIMED * best_cpu, wall=EPOCHS_TIMED * best_wall)


def never_ends(student, sizes, params, X, y, seconds=1.0) -> bool:
    """Whether the student's fit is stuck rather than slow: it does not finish even on the first
    10 samples (a loop over samples would, in well under a second)."""
    try:
        timed_fit(student, sizes, params, X[:10], y[:10], within=seconds)
    except StudentTimeout:  # stopped at ``seconds``, or at the call's own limit if that is shorter
        return True
    except StudentError:
        return False  # it ends, if badly: other checks say how
    return False


def timed_fit(module, sizes, params, X, y, within=None):
    """``fit(X, y, epochs=2)`` of a fresh net of ``module``'s with the given weights, stopped at
    ``within`` seconds (StudentTooSlow): what it cost (a FitTime), what it returned, and the net."""
    net = student_net(module, sizes, params)
    losses = net.invoke("fit", (X, y), {"epochs": EPOCHS_TIMED}, within=within)
    return last_call_cost(module), losses, net


def last_call_cost(module) -> FitTime:
    """What the last call into ``module`` cost, stopped or not (its CPU seconds are read only
    for a call made with ``within``)."""
    return FitTime(module.session.last_cpu, module.session.last_elapsed)


def expect_trained(student, parts, net, losses, trained, call):
    """The timed fit did its work: it returned the losses a full fit records and left the weights
    where the reference's fit leaves them, within the fit trajectory check's tolerance.

    A time says nothing about a fit that skipped the work (one that returns at once when it
    recognises the timed call, say). The losses are part of the timed call's reply, and the
    second epoch's loss needs the first step's gradient over every sample, so at least one
    whole epoch was done within the time measured; the weights show that the rest was done.
    ``parts``: what ``parts_expected`` gives, to name a broken part.
    """
    expected_losses, expected_params = trained
    batch = student.batch()
    read = batch.get_many(PARAMS, on=net)
    after = batch.run()[read]
    try:
        if is_number(losses):
            raise CheckFailed(f"it returned one number, {describe(losses)}, instead of the 2 recorded losses", hint=ONE_LOSS)
        expect_close(losses, expected_losses, call="the 2 recorded losses", rtol=FIT_RTOL)
        for name in PARAMS:
            expect_close(after[name], expected_params[name], call=f"{name} after it", rtol=FIT_RTOL)
    except CheckFailed as wrong:
        raise CheckFailed(
            f"the timed {call} could not be timed: only a fit that trains the network as the spec's rule does "
            f"can be (nothing here says your fit is slow), and this one gave: {wrong.message}",
            hint=TIMED_FIT_HINT.format(cause=wrong.hint if wrong.hint == ONE_LOSS else parts_hint(student, parts)),
        ) from None


def numbers(value):
    """A student's answer as a flat list of floats for a picture, or None if it is not numbers."""
    try:
        return np.asarray(value, dtype=float).ravel().tolist()
    except (TypeError, ValueError):
        return None


def first_difference(losses, expected) -> int | None:
    """The first epoch whose loss is not within FIT_RTOL of the reference's, for the picture."""
    if losses is None:
        return None
    n = min(len(losses), len(expected))
    differ = np.flatnonzero(~np.isclose(losses[:n], expected[:n], rtol=FIT_RTOL, atol=ATOL))
    return int(differ[0]) if differ.size else None


LOOP_HINT = (
    "Your fit is much slower than a vectorised one: it probably loops over the samples in Python. "
    "Write the forward and backward passes with matrix products over the whole batch (X @ W1, A1.T @ dZ2, ...)."
)
STUCK_HINT = (
    "fit never finishes: look for a loop that never ends (a while loop whose condition never "
    "changes, or an epoch counter that is never increased), in fit or in what it calls."
)
