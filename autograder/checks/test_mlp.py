"""Checks for exercise 7, ``mlp``: a vectorised network trained by gradient descent.

The grader sets the weights itself (drawn from the test's seed) before every
comparison, so a student's own initialisation never decides a later test; one
check, ``fresh_network``, looks at that initialisation itself.
"""

import time

import numpy as np
import pytest

from autograder.grading import gradcheck
from autograder.grading.compare import (
    ATOL,
    CheckFailed,
    Misconception,
    describe,
    diagnose,
    expect_close,
    expect_float,
    expect_unchanged,
    is_number,
    kind_of,
)
from autograder.sandbox.host import RemoteObject, StudentError, StudentTimeout, StudentTooSlow

EXERCISE = "mlp"

PARAMS = ("W1", "b1", "W2", "b2")
XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([[0.0], [1.0], [1.0], [0.0]])
CROSS_ENTROPY = (
    "Your output gradient looks like dZ2 = A2 - Y, which belongs to a sigmoid with the cross-entropy loss. "
    "This network uses the mean squared error: dL/dA2 = 2 * (A2 - Y) / (m * output_size), "
    "then multiply by the sigmoid's slope A2 * (1 - A2) to reach dZ2."
)
NO_FACTOR_TWO = "The gradient of mean((A2 - Y)**2) carries a factor 2: dL/dA2 = 2 * (A2 - Y) / N."
LOOP_HINT = (
    "Your fit is much slower than a vectorised one: it probably loops over the samples in Python. "
    "Write the forward and backward passes with matrix products over the whole batch (X @ W1, A1.T @ dZ2, ...)."
)
STUCK_HINT = (
    "fit never finishes: look for a loop that never ends (a while loop whose condition never "
    "changes, or an epoch counter that is never increased), in fit or in what it calls."
)
FIT_ITSELF = (
    "Your forward, loss, backward and step give the right answers, so the mistake is in fit itself: "
    "each epoch records loss(X, y) and then takes one step(backward(X, y)), and fit returns the array "
    "of the recorded losses."
)
TIMED_FIT_HINT = (
    "The timed fit must give what a full fit gives: its losses and the weights it leaves are compared "
    "with the reference's, as when fit is checked from weights set by the grader. {cause}"
)
NO_OUTPUT_SIGMOID = (
    "The output layer has a sigmoid too: A2 = sigmoid(A1 @ W2 + b2). Without it the outputs are not "
    "between 0 and 1, and predict's >= 0.5 no longer means what it should."
)
NO_HIDDEN_SIGMOID = "The hidden layer has a sigmoid: A1 = sigmoid(X @ W1 + b1), and A1 (not X @ W1 + b1) feeds W2."
NO_BIAS = "Each layer adds its bias before its sigmoid: Z1 = X @ W1 + b1 and Z2 = A1 @ W2 + b2. Yours leaves out {which}."
ONE_LOSS = (
    "fit returns one loss per epoch, not only the last: record loss(X, y) at the start of every epoch, "
    "for example in a list, and return np.array(losses)."
)
FIT_RTOL = 1e-5  # how close a fit's losses and weights must come to the reference's


def _numbers(value):
    """A student's answer as a flat list of floats for a picture, or None if it is not numbers."""
    try:
        return np.asarray(value, dtype=float).ravel().tolist()
    except (TypeError, ValueError):
        return None


def _first_difference(losses, expected) -> int | None:
    """The first epoch whose loss is not within FIT_RTOL of the reference's, for the picture."""
    if losses is None:
        return None
    n = min(len(losses), len(expected))
    differ = np.flatnonzero(~np.isclose(losses[:n], expected[:n], rtol=FIT_RTOL, atol=ATOL))
    return int(differ[0]) if differ.size else None


def _params(rng, sizes):
    n_in, n_hidden, n_out = sizes
    return {
        "W1": rng.normal(size=(n_in, n_hidden)),
        "b1": rng.normal(scale=0.1, size=(1, n_hidden)),
        "W2": rng.normal(size=(n_hidden, n_out)),
        "b2": rng.normal(scale=0.1, size=(1, n_out)),
    }


def _net_batch(student, sizes, params, lr=0.1):
    """A batch whose first steps make the student's MLP and set its weights: (batch, the net's step).
    The calls added to it run in the same request."""
    batch = student.batch()
    net = batch.invoke("MLP", sizes, {"lr": lr, "seed": 0})
    batch.set_many({name: value.copy() for name, value in params.items()}, on=net)
    return batch, net


def _student_net(student, sizes, params, lr=0.1):
    """The student's MLP with the weights set, as an object to call."""
    batch, net = _net_batch(student, sizes, params, lr)
    made = batch.run()[net]
    if not isinstance(made, RemoteObject):
        raise CheckFailed(f"MLP{sizes} did not create an object (got {kind_of(made)})")
    return made


def _student_call(student, sizes, params, method, args, *, lr=0.1, echo=False):
    """``method(*args)`` of a fresh student MLP with the given weights, in one request."""
    batch, net = _net_batch(student, sizes, params, lr)
    call = batch.invoke(method, args, on=net, echo=echo)
    return batch.run()[call]


def _reference_net(reference, sizes, params, lr=0.1):
    net = reference.MLP(*sizes, lr=lr, seed=0)
    for name, value in params.items():
        setattr(net, name, value.copy())
    return net


def _problem(rng, sizes, m):
    X = rng.normal(size=(m, sizes[0]))
    y = rng.integers(0, 2, size=(m, sizes[2])).astype(float)
    return X, y


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def _forward_mistakes(params, X):
    """What a forward pass would give for common slips, at the grader's weights."""
    W1, b1, W2, b2 = (params[name] for name in PARAMS)
    A1 = _sigmoid(X @ W1 + b1)
    no_b1 = _sigmoid(X @ W1)
    return [
        Misconception(NO_OUTPUT_SIGMOID, A1 @ W2 + b2),
        Misconception(NO_HIDDEN_SIGMOID, _sigmoid((X @ W1 + b1) @ W2 + b2)),
        Misconception(NO_BIAS.format(which="b1 and b2"), _sigmoid(no_b1 @ W2)),
        Misconception(NO_BIAS.format(which="b1"), _sigmoid(no_b1 @ W2 + b2)),
        Misconception(NO_BIAS.format(which="b2"), _sigmoid(A1 @ W2)),
    ]


def _broken_part(student, reference):
    """The first of forward, loss, backward and step that gives a wrong answer on a small problem
    (the parts fit, learns_xor and the timed fit are built from), or None if all are right."""
    sizes = (2, 3, 1)
    rng = np.random.default_rng(11)
    params = _params(rng, sizes)
    grads = _params(rng, sizes)
    X, y = _problem(rng, sizes, 4)
    ref = _reference_net(reference, sizes, params, lr=0.5)
    stepped = {name: params[name] - 0.5 * grads[name] for name in PARAMS}
    expected = {"forward": ref.forward(X), "loss": ref.loss(X, y), "backward": ref.backward(X, y), "step": stepped}
    batch = student.batch()
    net = batch.invoke("MLP", sizes, {"lr": 0.5, "seed": 0})
    ready = batch.set_many({name: value.copy() for name, value in params.items()}, on=net)
    steps = {name: batch.invoke(name, (X, y) if name != "forward" else (X,), on=net)
             for name in ("forward", "loss", "backward")}  # fmt: skip
    batch.invoke("step", (grads,), on=net)
    steps["step"] = batch.get_many(PARAMS, on=net)
    try:
        replies = batch.run()
        replies[ready]
    except StudentError:
        return None  # no network to ask: the other checks say what happened
    for name in ("forward", "loss", "backward", "step"):
        try:
            got = replies[steps[name]]
            if isinstance(expected[name], dict):
                right = isinstance(got, dict) and all(
                    np.allclose(np.asarray(got[k], dtype=float), expected[name][k], rtol=1e-5, atol=1e-9)
                    for k in PARAMS)  # fmt: skip
            else:
                right = np.allclose(np.asarray(got, dtype=float), expected[name], rtol=1e-5, atol=1e-9)
        except (StudentError, KeyError, TypeError, ValueError):
            right = False
        if not right:
            return name
    return None


def _parts_hint(student, reference) -> str:
    """Where a wrong fit, training or timed fit comes from: a broken part named, or fit itself."""
    part = _broken_part(student, reference)
    if part is None:
        return FIT_ITSELF
    return (f"This check runs your fit, which is built on your {part}, and {part} gives wrong answers itself "
            f"(see the check of {part}): fix {part} first, and this follows.")  # fmt: skip


NOT_WRITTEN = "raises NotImplementedError"  # how the sandbox reports a stub's method
FRESH_SIZES = (3, 5, 2)  # three different widths: a transposed W1 cannot pass for the right one
SEED_HINT = (
    "The seed must decide the weights: make a generator from it, rng = np.random.default_rng(seed), and draw "
    "every weight from rng (rng.standard_normal((input_size, hidden_size)), ...). np.random.randn, or a "
    "generator made without the seed, gives other weights every time."
)
EQUAL_WEIGHTS = (
    "Draw the weights at random from the seeded generator, e.g. rng.standard_normal((input_size, hidden_size)): "
    "with equal weights, every hidden neuron computes and learns the same thing."
)
ZERO_BIASES = (
    "Biases start at zero: self.b1 = np.zeros((1, hidden_size)) and self.b2 = np.zeros((1, output_size)); "
    "only the weights are drawn at random."
)


def _expected_shapes(sizes):
    n_in, n_hidden, n_out = sizes
    return {"W1": (n_in, n_hidden), "b1": (1, n_hidden), "W2": (n_hidden, n_out), "b2": (1, n_out)}


def _shape_problems(params, sizes):
    """(message, hint) for each parameter that is not a float array of the spec's shape."""
    names = {"W1": "(input_size, hidden_size)", "b1": "(1, hidden_size)", "W2": "(hidden_size, output_size)",
             "b2": "(1, output_size)"}  # fmt: skip
    problems = []
    for name, shape in _expected_shapes(sizes).items():
        value = params[name]
        what = f"{name} should be a float array of shape {names[name]} = {shape}"
        if not isinstance(value, np.ndarray):
            problems.append((f"{what}, got {kind_of(value)}", f"Make {name} a NumPy array, e.g. np.zeros({shape})."))
        elif value.shape != shape:
            problems.append((f"{what}, got shape {value.shape}", _shape_hint(name, value.shape, shape)))
        elif value.dtype.kind != "f":
            problems.append((f"{what}, got dtype {value.dtype}",
                             f"Create {name} with floats: np.zeros(shape) or rng.standard_normal(shape)."))  # fmt: skip
    return problems


def _shape_hint(name, got, shape):
    if name.startswith("W") and got == shape[::-1]:
        rows, columns = ("input_size", "hidden_size") if name == "W1" else ("hidden_size", "output_size")
        return (f"{name} is transposed: it has one row per {rows.split('_')[0]} and one column per "
                f"{columns.split('_')[0]} neuron, shape ({rows}, {columns}), so that "
                f"{'X @ W1' if name == 'W1' else 'A1 @ W2'} works. With the transposed shape, forward and fit "
                "fail on the network's own weights.")  # fmt: skip
    if name.startswith("b") and got == (shape[1],):
        return (f"{name} is a row of shape {shape}, not a flat vector of shape {got}: np.zeros({shape}), "
                "so that it keeps its shape through every step.")  # fmt: skip
    return (f"Give each parameter the spec's shape: W1 (input_size, hidden_size), b1 (1, hidden_size), "
            "W2 (hidden_size, output_size), b2 (1, output_size).")


def _bias_problems(params):
    problems = []
    for name in ("b1", "b2"):
        try:
            value = np.asarray(params[name], dtype=float)
        except (TypeError, ValueError):
            continue  # the shape part says what it is
        if value.size and np.any(value != 0):
            problems.append((f"{name} should start at zero, got {describe(value)}", ZERO_BIASES))
    return problems


def _same(a, b) -> bool:
    try:
        return all(np.array_equal(np.asarray(a[n], dtype=float), np.asarray(b[n], dtype=float)) for n in ("W1", "W2"))
    except (TypeError, ValueError):
        return False


def _seed_problems(first, again, sizes):
    """The weights are drawn (not all equal), and the seed reproduces them."""
    problems = []
    for name in ("W1", "W2"):
        try:
            value = np.asarray(first[name], dtype=float)
        except (TypeError, ValueError):
            continue  # the shape part says what it is
        if value.size > 1 and np.ptp(value) == 0:
            problems.append((f"every entry of {name} is {value.flat[0]:g}: the weights are not drawn at random",
                             EQUAL_WEIGHTS))  # fmt: skip
    if not _same(first, again):
        made = f"MLP({sizes[0]}, {sizes[1]}, {sizes[2]}, seed=7)"
        problems.append((f"two networks made as {made} start with different weights", SEED_HINT))
    return problems


def _fit_problems(student):
    """fit runs from the network's own initial weights as it runs from weights the grader sets.

    A fit that fails from the grader's weights too is wrong in itself, which the fit checks
    report: it costs nothing here. A fit not written yet (or one that hangs) ends the check,
    so that the blank stub, whose __init__ is given, earns nothing.
    """
    sizes = (2, 4, 1)
    call = "MLP(2, 4, 1, lr=1.0, seed=3).fit(X, y, epochs=5) on XOR, from the network's own initial weights,"
    batch, net = _net_batch(student, sizes, _params(np.random.default_rng(3), sizes), lr=1.0)
    on_set_weights = batch.invoke("fit", (XOR_X, XOR_Y), {"epochs": 5}, on=net)
    on_own_weights = batch.invoke("fit", (XOR_X, XOR_Y), {"epochs": 5}, on=batch.invoke("MLP", sizes, {"lr": 1.0, "seed": 3}))
    replies = batch.run()
    for step in (on_set_weights, on_own_weights):
        try:
            replies[step]
        except StudentError as exc:
            if isinstance(exc, StudentTimeout) or NOT_WRITTEN in exc.message:
                raise
            if step == on_set_weights:
                return []  # fit fails whatever the weights: the fit checks say why
            return [(f"{call} failed: {exc.message}",
                     "fit works from weights the grader sets but not from the ones __init__ gives: make each "
                     "parameter the float array of the shape forward, backward and step expect.")]  # fmt: skip
    return []


@pytest.mark.weight(2)
def test_fresh_network(student):
    """A new MLP has the spec's shapes, zero biases, weights its seed reproduces, and fit works from them.

    Four parts, each a quarter of the credit: the four parameters are float arrays of the spec's
    shapes; b1 and b2 are zero; the weights are drawn (W1 and W2 are not each one repeated
    number) and two networks made with one seed have the same weights; fit runs from the
    network's own initial weights (judged only where it runs from weights the grader sets: a fit
    broken in itself is the fit checks' business, not this one's).

    The spec leaves the distribution of the weights open, so any is accepted (standard normal,
    scaled, uniform, from default_rng, RandomState or np.random.seed). It says the weights are
    drawn from a seeded generator, so one seed must give one set of weights; it does not say that
    another seed must give other weights, and that is not checked (nor could it be told from
    another module of the same submission replacing NumPy's generator in the process they share).
    """
    sizes = FRESH_SIZES
    batch = student.batch()
    reads = [batch.get_many(PARAMS, on=batch.invoke("MLP", sizes, {"seed": 7})) for _ in range(2)]
    replies = batch.run()
    first, again = (replies[read] for read in reads)
    parts = [_shape_problems(first, sizes), _bias_problems(first), _seed_problems(first, again, sizes),
             _fit_problems(student)]  # fmt: skip
    problems = [problem for part in parts for problem in part]
    if problems:
        wrong = sum(bool(part) for part in parts)
        lines = "\n".join(f"  {message}" for message, _ in problems)
        raise CheckFailed(
            f"a new MLP{sizes} (seed=7) is not as the spec describes it ({wrong} of {len(parts)} parts wrong):\n{lines}",
            hint=problems[0][1],
            credit=(len(parts) - wrong) / len(parts),
        )


@pytest.mark.weight(2)
def test_forward(student, reference, rng, seed):
    """forward(X) returns A2 of shape (m, output_size), as the reference computes it."""
    sizes = (3, 4, 2)
    params = _params(rng, sizes)
    X, _ = _problem(rng, sizes, 7)
    call = f"forward(X) with X of shape {X.shape} and weights set by the grader (seed {seed})"
    got, (X_after,), _ = _student_call(student, sizes, params, "forward", (X,), echo=True)
    expect_close(got, _reference_net(reference, sizes, params).forward(X), call=call,
                 misconceptions=lambda: _forward_mistakes(params, X))  # fmt: skip
    expect_unchanged(X, X_after, call=call, what="X")


@pytest.mark.weight(2)
def test_loss(student, reference, rng, seed):
    """loss(X, y) is mean((A2 - Y)**2) over all m * output_size outputs, as a float; y may be (m,) for one output."""
    for sizes, flat in [((3, 4, 2), False), ((2, 3, 1), True)]:
        params = _params(rng, sizes)
        X, y = _problem(rng, sizes, 6)
        if flat:
            y = y.ravel()
        call = f"loss(X, y) with X of shape {X.shape}, y of shape {y.shape} (seed {seed})"
        batch, net = _net_batch(student, sizes, params)
        loss = batch.invoke("loss", (X, y), on=net)
        forward = batch.invoke("forward", (X,), on=net)  # after loss: a forward that raises costs only the hint
        replies = batch.run()
        got = expect_float(replies[loss], call=call)
        expected = _reference_net(reference, sizes, params).loss(X, y)
        A2 = _reference_net(reference, sizes, params).forward(X)
        with np.errstate(all="ignore"):
            broadcast = float(np.mean((A2 - y) ** 2)) if flat else None
        hints = [Misconception("y of shape (m,) must be reshaped to (m, 1) before subtracting; "
                               "otherwise A2 - y broadcasts to (m, m).", broadcast)] if flat else []  # fmt: skip
        expect_close(got, expected, call=call, misconceptions=lambda: _loss_on_your_forward(replies, forward, A2, y) + hints)


def _loss_on_your_forward(replies, forward, A2, y):
    """A hint when the loss is right for the student's own forward, and that forward is wrong."""
    try:
        own = np.asarray(replies[forward], dtype=float)
    except (StudentError, TypeError, ValueError):
        return []
    if own.shape != A2.shape or np.allclose(own, A2, rtol=1e-6, atol=1e-9):
        return []
    with np.errstate(all="ignore"):
        value = float(np.mean((own - np.asarray(y, dtype=float).reshape(A2.shape)) ** 2))
    return [Misconception("Your loss is right for what your forward gives, but forward itself is wrong "
                          "(see the check of forward): fix forward first, and loss follows.", value)]  # fmt: skip


def _gradient_mistakes(reference, sizes, params, X, y):
    """What common wrong backward passes give for b2's gradient."""
    net = _reference_net(reference, sizes, params)
    A2 = net.forward(X)
    Y = y.reshape(A2.shape)
    m, n = A2.shape[0], A2.size
    slope = A2 * (1 - A2)
    candidates = []
    for dZ2 in ((A2 - Y), (A2 - Y) / m, (A2 - Y) / n):
        candidates.append(Misconception(CROSS_ENTROPY, dZ2.sum(axis=0, keepdims=True)))
    candidates.append(Misconception(NO_FACTOR_TWO, ((A2 - Y) / n * slope).sum(axis=0, keepdims=True)))
    if n != m:
        candidates.append(Misconception(
            "The mean runs over all m * output_size outputs, so divide by N = m * output_size, not by m.",
            (2 * (A2 - Y) / m * slope).sum(axis=0, keepdims=True),
        ))  # fmt: skip
    candidates.append(Misconception("The gradient is divided by N = m * output_size because the loss is a mean.",
                                    (2 * (A2 - Y) * slope).sum(axis=0, keepdims=True)))  # fmt: skip
    return candidates


@pytest.mark.weight(4)
def test_backward_gradient_check(student, reference, rng, seed, artifacts, run_cache):
    """backward(X, y) matches a numerical gradient check for W1, b1, W2 and b2 (partial credit per parameter)."""
    sizes = (3, 4, 2)
    params = _params(rng, sizes)
    X, y = _problem(rng, sizes, 5)
    call = f"backward(X, y) with X {X.shape}, y {y.shape}, weights set by the grader (seed {seed})"
    got, (X_after, y_after), _ = _student_call(student, sizes, params, "backward", (X, y), echo=True)
    ref = _reference_net(reference, sizes, params)

    def loss(p):
        for name, value in p.items():
            setattr(ref, name, value)
        return ref.loss(X, y)

    numerical = run_cache.once("mlp.backward.numerical", lambda: gradcheck.gradient(loss, params))
    report = gradcheck.compare_gradients(got, numerical)
    artifacts["gradient_errors"] = gradcheck.plot_data(report)
    if report.failed:
        hint = diagnose(got.get("b2"), _gradient_mistakes(reference, sizes, params, X, y)) if isinstance(got, dict) else None
        raise CheckFailed(
            gradcheck.format_report(report, call),
            hint=hint or "Check each step of the chain rule with its shape: dZ2 (m, out), dW2 = A1.T @ dZ2, "
            "db2 = dZ2.sum(axis=0, keepdims=True), dA1 = dZ2 @ W2.T, dZ1 = dA1 * A1 * (1 - A1).",
            credit=len(report.passed) / len(PARAMS),
        )
    expect_unchanged(X, X_after, call=call, what="X")
    expect_unchanged(y, y_after, call=call, what="y")


def test_step(student, rng, seed):
    """step(grads) subtracts lr * grad from each parameter."""
    sizes = (2, 3, 1)
    params, grads = _params(rng, sizes), _params(rng, sizes)
    batch, net = _net_batch(student, sizes, params, lr=0.5)
    batch.invoke("step", (grads,), on=net)
    read = batch.get_many(PARAMS, on=net)
    after = batch.run()[read]
    for name in PARAMS:
        call = f"after step(grads) with lr=0.5 (seed {seed}), {name}"
        expect_close(after[name], params[name] - 0.5 * grads[name], call=call, misconceptions=[
            Misconception("Step against the gradient: param -= lr * grad.", params[name] + 0.5 * grads[name]),
            Misconception("Scale the gradient by the learning rate lr.", params[name] - grads[name]),
        ])  # fmt: skip


@pytest.mark.weight(3)
def test_fit_trajectory(student, reference, rng, seed, artifacts, run_cache):
    """fit(X, y, epochs) from weights set by the grader records the same losses and ends at the same weights."""
    sizes = (3, 5, 1)
    params = _params(rng, sizes)
    X, y = _problem(rng, sizes, 12)
    call = f"fit(X, y, epochs=40) with lr=0.5, X {X.shape}, weights set by the grader (seed {seed})"
    batch, net = _net_batch(student, sizes, params, lr=0.5)
    fit = batch.invoke("fit", (X, y), {"epochs": 40}, on=net)
    read = batch.get_many(PARAMS, on=net)
    replies = batch.run()
    losses = replies[fit]

    def reference_fit():
        ref = _reference_net(reference, sizes, params, lr=0.5)
        losses = ref.fit(X, y, epochs=40)
        return losses, {name: getattr(ref, name) for name in PARAMS}, ref.loss(X, y)

    expected, ref_after, ref_last_loss = run_cache.once("mlp.fit_trajectory", reference_fit)
    if is_number(losses):
        raise CheckFailed(f"{call} returned one number, {describe(losses)}; it should return the 40 recorded "
                          "losses, one per epoch, shape (40,)", hint=ONE_LOSS)  # fmt: skip
    if isinstance(losses, np.ndarray) and losses.shape != (40,):
        raise CheckFailed(
            f"{call} returned losses of shape {losses.shape}; it should return the 40 recorded losses, shape (40,)",
            hint="Collect one float per epoch (the value of loss(X, y)) and return np.array(losses).",
        )
    recorded = _numbers(losses)
    artifacts["loss_curve"] = {"reference": expected.tolist(), "student": recorded,
                               "first_difference": _first_difference(recorded, expected)}  # fmt: skip
    try:
        expect_close(losses, expected, call=f"{call}: the 40 recorded losses", rtol=FIT_RTOL, misconceptions=[
            Misconception("Record the loss at the start of each epoch, before its step.", np.r_[expected[1:], ref_last_loss]),
        ])  # fmt: skip
        after = replies[read]
        for name in PARAMS:
            expect_close(after[name], ref_after[name], call=f"{call}: {name} after fit", rtol=FIT_RTOL)
    except CheckFailed as wrong:
        raise CheckFailed(wrong.message, hint=wrong.hint or _parts_hint(student, reference)) from None


@pytest.mark.weight(2)
def test_learns_xor(student, reference, rng, seed, artifacts):
    """Trained on XOR (hidden_size 8, lr 10, 200 epochs, weights set by the grader), predict gives 0, 1, 1, 0."""
    sizes = (2, 8, 1)
    params = {"W1": rng.normal(size=(2, 8)), "b1": np.zeros((1, 8)), "W2": rng.normal(size=(8, 1)), "b2": np.zeros((1, 1))}
    grid = np.linspace(-0.5, 1.5, 41)
    batch, net = _net_batch(student, sizes, params, lr=10.0)
    batch.invoke("fit", (XOR_X, XOR_Y), {"epochs": 200}, on=net)
    predict = batch.invoke("predict", (XOR_X,), on=net)
    # the surface for the picture, then the four inputs themselves (their exact outputs go with it)
    forward = batch.invoke("forward", (np.array([[a, b] for b in grid for a in grid] + XOR_X.tolist()),), on=net)
    replies = batch.run()
    got = replies[predict]
    call = f"after fit on XOR (hidden_size 8, lr=10, 200 epochs, seed {seed}), predict(X)"
    if isinstance(got, np.ndarray) and got.shape != XOR_Y.shape:
        raise CheckFailed(
            f"{call} returned shape {got.shape}; it should be (m, output_size) = {XOR_Y.shape}",
            hint="Keep forward's 2-D shape in predict: (self.forward(X) >= 0.5).astype(int).",
        )
    outputs = _numbers(replies[forward]) or []
    cells = grid.size**2
    surface, at = (outputs[:cells], outputs[cells:]) if len(outputs) == cells + len(XOR_X) else (outputs, None)
    # the surface rounded (it only shades the picture); the outputs at the inputs exact, and which of them
    # land on the right side of 0.5 (the picture marks the others)
    right = None if at is None else [bool(np.isfinite(v) and (v >= 0.5) == t) for v, t in zip(at, XOR_Y.ravel())]
    artifacts["decision"] = {"grid": grid.tolist(), "output": [round(v, 4) for v in surface], "at": at,
                             "points": XOR_X.tolist(), "labels": XOR_Y.ravel().tolist(), "right": right}  # fmt: skip
    try:
        expect_close(got, XOR_Y, call=call)
    except CheckFailed as wrong:
        raise CheckFailed(wrong.message, hint=_parts_hint(student, reference)) from None
    if not (isinstance(got, np.ndarray) and got.dtype.kind in "iu"):
        raise CheckFailed(f"{call} returned {kind_of(got)}; predict should return an integer array")


LOOP_SAMPLES = 4_000  # a loop over this many samples costs far more than a vectorised pass over them


def _time_a_loop(run_cache) -> None:
    """Time, in the grader and before any student code runs, the least a Python loop over the
    vectorisation check's samples must do: a sample through two layers is two tiny matrix
    products, for each of the 2 epochs (best of two). A fit that loops over the samples does
    that and more (activations, the backward pass), so it takes longer; a vectorised fit takes
    a small fraction of it. This measures the machine, not any answer: a student's kit times
    its loop the same way."""
    rng = np.random.default_rng(0)
    X = rng.normal(size=(LOOP_SAMPLES, 2))
    W1, W2 = rng.normal(size=(2, 4)), rng.normal(size=(4, 1))
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        for _epoch in range(2):
            for i in range(LOOP_SAMPLES):
                (X[i : i + 1] @ W1) @ W2
        best = min(best, time.perf_counter() - started)
    run_cache["loop_time"] = best


def _never_ends(student, sizes, params, X, y, seconds=1.0) -> bool:
    """Whether the student's fit is stuck rather than slow: it does not finish even on the first
    10 samples (a loop over samples would, in well under a second)."""
    try:
        _timed_fit(student, sizes, params, X[:10], y[:10], within=seconds)
    except StudentTimeout:  # stopped at ``seconds``, or at the call's own limit if that is shorter
        return True
    except StudentError:
        return False  # it ends, if badly: other checks say how
    return False


def _timed_fit(module, sizes, params, X, y, within=None):
    """``fit(X, y, epochs=2)`` of a fresh net of ``module``'s with the given weights: the seconds
    it took by the grader's clock (around the whole call), what it returned, and the net."""
    net = _student_net(module, sizes, params)
    losses = net.invoke("fit", (X, y), {"epochs": 2}, within=within)
    return module.session.last_elapsed, losses, net


def _expect_trained(student, reference, net, losses, trained, call):
    """The timed fit did its work: it returned the losses a full fit records and left the weights
    where the reference's fit leaves them, within the fit trajectory check's tolerance.

    A time says nothing about a fit that skipped the work (one that returns at once when it
    recognises the timed call, say). The losses are part of the timed call's reply, and the
    second epoch's loss needs the first step's gradient over every sample, so at least one
    whole epoch was done within the time measured; the weights show that the rest was done.
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
            f"the timed {call} did not train the network as the reference's fit does (the losses it records "
            f"and the weights it leaves), so its time cannot count: {wrong.message}",
            hint=TIMED_FIT_HINT.format(cause=wrong.hint if wrong.hint == ONE_LOSS else _parts_hint(student, reference)),
        ) from None


@pytest.mark.weight(2)
def test_fit_is_vectorised(student, reference, rng, seed, run_cache):
    """fit on 4000 samples trains the network as the reference's does, faster than a Python loop over them could."""
    # A narrow network makes the vectorised cost per sample tiny, while a loop pays Python's
    # price for every sample: the two differ by a factor of ten or more on any machine.
    sizes = (2, 4, 1)
    params = _params(rng, sizes)
    X, y = _problem(rng, sizes, LOOP_SAMPLES)
    call = f"fit(X, y, epochs=2) on X of shape {X.shape}"

    def reference_fit():
        ref = _reference_net(reference, sizes, params)
        losses = ref.fit(X, y, epochs=2)
        return losses, {name: getattr(ref, name) for name in PARAMS}

    def student_time(within=None):
        """One timed fit of the student's, and only if it did the work, its time."""
        elapsed, losses, net = _timed_fit(student, sizes, params, X, y, within)
        _expect_trained(student, reference, net, losses, run_cache.once("mlp.fit_is_vectorised.trained", reference_fit), call)
        return elapsed

    # The loop was timed before any student code ran (see _time_a_loop); the student's fit is
    # timed again only if it looks too slow.
    if "loop_time" not in run_cache:
        _time_a_loop(run_cache)
    loop_time = run_cache["loop_time"]
    # A fit still running at 3 times the loop's time fails whatever the exact figure: it is
    # stopped there, so a loop over the samples costs a fraction of its full time.
    cap = max(0.1, 3 * loop_time)
    stuck_before = student.session.ran_out_of_time(EXERCISE, "fit")
    try:
        fastest = student_time(within=cap)
    except StudentTooSlow:
        if stuck_before or _never_ends(student, sizes, params, X, y):
            raise CheckFailed(
                f"{call} was stopped after {cap:.3f} s, and fit does not finish even on 10 samples "
                "(or already ran out of time in an earlier check): it is stuck, not slow, so its speed "
                "could not be measured",
                hint=STUCK_HINT,
            ) from None
        raise CheckFailed(
            f"{call} was still running after {cap:.3f} s, 3 times what a Python loop doing two tiny "
            f"products per sample takes here ({loop_time:.3f} s), and was stopped",
            hint=LOOP_HINT,
        ) from None
    for _ in range(2):
        if fastest <= loop_time or fastest > 2 * loop_time:
            break  # clearly fine or clearly slow; only a borderline time is measured again
        fastest = min(fastest, student_time())
    if fastest > loop_time:
        raise CheckFailed(
            f"{call} took {fastest:.3f} s, longer than a Python loop doing two tiny matrix products "
            f"per sample takes here ({loop_time:.3f} s): a vectorised fit takes a small fraction of that",
            hint=LOOP_HINT,
        )


test_fit_is_vectorised.before_grading = _time_a_loop  # the plugin runs it before any student code


@pytest.mark.hidden
def test_predict_threshold(student, rng, seed):
    """predict(X) is 1 where forward(X) >= 0.5 and an integer array."""
    sizes = (2, 3, 1)
    params = _params(rng, sizes)
    params["W2"] = np.zeros((3, 1))
    params["b2"] = np.zeros((1, 1))  # every output exactly 0.5: all predicted 1
    X = rng.normal(size=(5, 2))
    batch, net = _net_batch(student, sizes, params)
    predict = batch.invoke("predict", (X,), on=net)
    forward = batch.invoke("forward", (X,), on=net)  # after predict: a forward that raises costs only the hint
    replies = batch.run()
    got = replies[predict]
    try:
        own = replies[forward]
    except StudentError:
        own = None
    expect_close(got, np.ones((5, 1)), call=f"predict(X) when every output is exactly 0.5 (seed {seed})",
                 misconceptions=lambda: _predict_mistakes(own))


def _predict_mistakes(forward):
    """What predict gives on the student's own forward with > 0.5 (the hint for > applies only
    where that differs from >= 0.5), and with >= 0.5 when that forward is not the expected 0.5."""
    try:
        outputs = np.asarray(forward, dtype=float)
    except (TypeError, ValueError):
        return []
    if outputs.shape != (5, 1):
        return []
    strict, right = (outputs > 0.5).astype(float), (outputs >= 0.5).astype(float)
    mistakes = []
    if not np.array_equal(strict, right):
        mistakes.append(Misconception("An output of exactly 0.5 predicts 1: use >= 0.5, not > 0.5.", strict))
    if not np.allclose(outputs, 0.5, rtol=0, atol=1e-12):
        mistakes.append(Misconception(
            f"Your predict follows your forward, but with these weights every output should be exactly "
            f"sigmoid(0) = 0.5, and your forward gives {describe(outputs.ravel())}: fix forward first "
            "(see the check of forward), and predict follows.", right))  # fmt: skip
    return mistakes
