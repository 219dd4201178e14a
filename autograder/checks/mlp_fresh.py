"""What ``test_fresh_network`` looks for in a new MLP: the spec's shapes, zero biases, weights
drawn from the seed and reproduced by it, and a fit that runs from them. A fit that raises is told
its cause here (a part it is built on, or how fit calls them); where it is how fit calls them, the
later fit checks give the same cause for the same error (``fit_raises``).

Loaded by ``test_mlp.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``).
"""

from contextlib import contextmanager

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading import tracebacks
from autograder.grading.compare import CheckFailed, describe, kind_of
from autograder.grading.errors import read_error
from autograder.sandbox.session import StudentError, StudentTimeout

network = load_sibling(__file__, "mlp_network")
rules = load_sibling(__file__, "mlp_rules")

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


def expected_shapes(sizes):
    n_in, n_hidden, n_out = sizes
    return {"W1": (n_in, n_hidden), "b1": (1, n_hidden), "W2": (n_hidden, n_out), "b2": (1, n_out)}


def shape_problems(params, sizes):
    """(message, hint) for each parameter that is not a float array of the spec's shape."""
    names = {"W1": "(input_size, hidden_size)", "b1": "(1, hidden_size)", "W2": "(hidden_size, output_size)",
             "b2": "(1, output_size)"}  # fmt: skip
    problems = []
    for name, shape in expected_shapes(sizes).items():
        value = params[name]
        what = f"{name} should be a float array of shape {names[name]} = {shape}"
        if not isinstance(value, np.ndarray):
            problems.append((f"{what}, got {kind_of(value)}", f"Make {name} a NumPy array, e.g. np.zeros({shape})."))
        elif value.shape != shape:
            problems.append((f"{what}, got shape {value.shape}", shape_hint(name, value.shape, shape)))
        elif value.dtype.kind != "f":
            problems.append((f"{what}, got dtype {value.dtype}",
                             f"Create {name} with floats: np.zeros(shape) or rng.standard_normal(shape)."))  # fmt: skip
    return problems


def shape_hint(name, got, shape):
    if name.startswith("W") and got == shape[::-1]:
        rows, columns = ("input_size", "hidden_size") if name == "W1" else ("hidden_size", "output_size")
        return (f"{name} is transposed: it has one row per {rows.split('_')[0]} and one column per "
                f"{columns.split('_')[0]} neuron, shape ({rows}, {columns}), so that "
                f"{'X @ W1' if name == 'W1' else 'A1 @ W2'} works. With the transposed shape, forward and fit "
                "fail on the network's own weights.")  # fmt: skip
    if name.startswith("b") and got == (shape[1],):
        return (f"{name} is a row of shape {shape}, not a flat vector of shape {got}: np.zeros({shape}), "
                "so that it keeps its shape through every step.")  # fmt: skip
    return ("Give each parameter the spec's shape: W1 (input_size, hidden_size), b1 (1, hidden_size), "
            "W2 (hidden_size, output_size), b2 (1, output_size).")


def _floats(params, name):
    """A parameter as a float array, or None where it is not numbers (the shape part says what it is)."""
    try:
        return np.asarray(params[name], dtype=float)
    except (TypeError, ValueError):
        return None


def bias_problems(params):
    problems = []
    for name in ("b1", "b2"):
        value = _floats(params, name)
        if value is not None and value.size and np.any(value != 0):
            problems.append((f"{name} should start at zero, got {describe(value)}", ZERO_BIASES))
    return problems


def same(a, b) -> bool:
    try:
        return all(np.array_equal(np.asarray(a[n], dtype=float), np.asarray(b[n], dtype=float)) for n in ("W1", "W2"))
    except (TypeError, ValueError):
        return False


def seed_problems(first, again, sizes):
    """The weights are drawn (not all equal), and the seed reproduces them."""
    problems = []
    for name in ("W1", "W2"):
        value = _floats(first, name)
        if value is not None and value.size > 1 and np.ptp(value) == 0:
            problems.append((f"every entry of {name} is {value.flat[0]:g}: the weights are not drawn at random",
                             EQUAL_WEIGHTS))  # fmt: skip
    if not same(first, again):
        made = f"MLP({sizes[0]}, {sizes[1]}, {sizes[2]}, seed=7)"
        problems.append((f"two networks made as {made} start with different weights", SEED_HINT))
    return problems


FIT_RAISED_IN_PART = (
    "fit raised while it trained, and it is built on your {part}, which gives wrong answers itself (see the check "
    "of {part}): the error most likely comes from there. Fix {part} first, and this follows."
)


def _wiring_hint(student, exc):
    """A fit that raised although every part it is built on is right: it calls them the wrong way."""
    return (load_sibling(__file__, "mlp_h21").fit_error_hint(student, exc) or load_sibling(__file__, "mlp_slip_hints").from_one_hint(student, network, exc) or load_sibling(__file__, "mlp_h16").fit_part_hint(
        student, network, exc) or load_sibling(__file__, "mlp_readings").fit_wiring_hint(exc))


def _part_hint(student, parts, exc, sizes, part):
    """Where a fit that raised (``exc``) on a network of ``sizes`` went wrong, built on ``part``, which answers
    wrongly (``parts``: ``network.parts_expected``): a step that pairs gradients with the wrong parameters, a loss
    or backward answering in the wrong shape, a backward whose raise is a known slip, or else that part named."""
    if part == "step":
        return load_sibling(__file__, "mlp_more_hints").step_pairing_hint(student) or FIT_RAISED_IN_PART.format(part=part)
    hints = load_sibling(__file__, "mlp_hints")
    specific = load_sibling(__file__, "mlp_h16").fit_part_hint(student, network, exc) if part in ("loss", "backward") else None
    if part == "backward" and specific is None:
        specific = hints.raised_hint(exc.raised_message, sizes, len(network.XOR_X)) or _transposed_gradient(student, parts, hints)
    return specific or FIT_RAISED_IN_PART.format(part=part)


def fit_raised_hint(student, parts, exc, sizes, name_part=True):
    """The cause of a fit that raised (``exc``): the part it is built on that answers wrongly (said only where
    ``name_part``), or, when every part is right, how fit calls them; None for a timeout or code not written
    yet. The parts are asked once."""
    if not exc.own_exception:  # a time-out, a crash or a stub: nothing of fit's own to read
        return None
    part = network.broken_part(student, parts)
    if part is None:
        return _wiring_hint(student, exc)
    return _part_hint(student, parts, exc, sizes, part) if name_part else None


@contextmanager
def fit_raises(student, parts, sizes):
    """Calls of fit in the checks after fresh_network (``parts``: ``network.parts_expected``; ``sizes``: the
    network's): an error with no hint of its own gets the cause fresh_network gives it, so every check the
    error reaches points to one cause. Raised in fit's own code (or step's, fed a wrong gradient) where a part
    answers wrongly: Python's reading of the error stays where it reads the error itself (a missing key, an
    in-place shape: errors.py), but a slip guessed from the error alone (an element-wise * for the shapes a
    swapped gradient made: python_slips.py) gives way to that part, named. Raised inside a part: that part's
    own check met it first, and the pointer to it (``follow_ons``) quotes the line. Every part right: how fit
    calls them."""
    try:
        yield
    except StudentError as exc:
        if exc.hint is None and exc.own_exception:
            inside = tracebacks.student_functions(exc.detail)[-1:]
            guessed = read_error(exc.raised, exc.raised_message, exc.detail) is None  # at most a slip guessed
            named = guessed and not (inside and inside[0] in ("forward", "loss", "backward"))
            exc.hint = fit_raised_hint(student, parts, exc, sizes, name_part=named)
        raise


def _transposed_gradient(student, parts, hints):
    """The hint of a backward whose weight gradient is the transpose of the right one on the small
    problem of ``network.parts_expected`` (a step then cannot subtract it from its weight), or None."""
    params, _, X, y = network._part_problem()
    try:
        batch, net = network.net_batch(student, network.PART_SIZES, params, lr=0.5)
        step = batch.invoke("backward", (X, y), on=net)
        got = batch.run()[step]
        for name in ("W1", "W2"):
            value, right = np.asarray(got[name], dtype=float), np.asarray(parts["backward"][name], dtype=float)
            if right.shape != right.T.shape and value.shape == right.T.shape and np.allclose(value, right.T, rtol=1e-6):
                return hints.TRANSPOSED[name]
    except (StudentError, KeyError, TypeError, ValueError, IndexError):
        return None
    return None


def fit_problems(student, parts):
    """fit runs from the network's own initial weights as it runs from weights the grader sets.

    Only a fit that works from the grader's weights (returns something) can be judged here: one
    that raises there, or returns None, ends the check (with its error, or failed), so that a
    network whose __init__ is the given code and whose fit does nothing earns nothing. A fit that
    raises there is told which part it is built on answers wrongly (``parts``: ``network.parts_expected``).
    """
    sizes = (2, 4, 1)
    call = "MLP(2, 4, 1, lr=1.0, seed=3).fit(X, y, epochs=5) on XOR, from the network's own initial weights,"
    set_weights = network.random_params(np.random.default_rng(3), sizes)
    batch, net = network.net_batch(student, sizes, set_weights, lr=1.0)
    on_set_weights = batch.invoke("fit", (network.XOR_X, network.XOR_Y), {"epochs": 5}, on=net)
    twin = network.add_net(batch, sizes, set_weights, lr=1.0)  # the same start: a fit that answers otherwise computes nothing
    on_same_weights = batch.invoke("fit", (network.XOR_X, network.XOR_Y), {"epochs": 5}, on=twin)
    on_own_weights = batch.invoke("fit", (network.XOR_X, network.XOR_Y), {"epochs": 5}, on=batch.invoke("MLP", sizes, {"lr": 1.0, "seed": 3}))
    replies = batch.run()
    try:
        losses = replies[on_set_weights]  # a fit that raises from the grader's weights fails here
    except StudentError as exc:  # with a hint naming the part it is built on that answers wrongly
        if exc.own_exception:
            exc.hint = (fit_raised_hint(student, parts, exc, sizes) or exc.hint
                        or load_sibling(__file__, "mlp_more_hints").step_pairing_hint(student))
        raise
    if losses is None:
        raise CheckFailed("fit(X, y, epochs=5) from weights the grader set returned None, not its losses, so whether "
                          "it runs from the network's own weights cannot be judged",
                          hint="See the check of fit's trajectory: fix fit first, and this follows.")  # fmt: skip
    try:
        own = replies[on_own_weights]
    except StudentError as exc:
        if isinstance(exc, StudentTimeout):
            raise
        return [(f"{call} failed: {exc.message}",
                 "fit works from weights the grader sets but not from the ones __init__ gives: make each "
                 "parameter the float array of the shape forward, backward and step expect.")]  # fmt: skip
    rules.expect_depends_on_input(losses, own, "fit", "whether it runs from the network's own weights",
                                  hint=lambda: load_sibling(__file__, "mlp_h17").random_anywhere(student)
                                  or "See the check of fit's trajectory: fix fit first, and this follows.",
                                  given=((network.XOR_X, network.XOR_Y),) * 2,
                                  again=rules.reply_or_raised(replies, on_same_weights))
    return []
