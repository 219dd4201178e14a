"""Rules of the mlp exercise that its hidden checks try, each on a small network of its own: the
spec's defaults (``lr=0.1``, fit's ``epochs=1000``), a forward pass that stays finite and
warning-free when the pre-activations are near +-1000, every method leaving the caller's
``X`` and ``y`` as they were, values, shape and dtype, and backward taking y in any shape that
reshapes to (m, output_size), a list included.

Loaded by ``test_mlp.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``); handed out with the checks.
"""

from __future__ import annotations

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading import function_source
from autograder.grading.compare import IN_PLACE_HINT, CheckFailed, Misconception, describe, expect_close
from autograder.grading.computed import Raised, not_computed
from autograder.sandbox.session import StudentError, StudentTimeout

network = load_sibling(__file__, "mlp_network")  # the student's network with weights set by the grader
mistakes = load_sibling(__file__, "mlp_hints")  # what known mistakes give, and their hints

SIZES = (2, 3, 1)
DEFAULT_LR, DEFAULT_EPOCHS = 0.1, 1000


UNJUDGED_HINT = "See the check of {part}: fix {part} first, and this follows."


def _rate(before, after, grads):
    """The learning rate a step took, from one parameter before and after it, or None."""
    try:
        moved = np.asarray(before, dtype=float) - np.asarray(after, dtype=float)
    except (TypeError, ValueError):
        return None
    if moved.shape != np.shape(grads) or not np.all(np.isfinite(moved)):
        return None
    return float(np.sum(moved * grads) / np.sum(grads * grads))


NO_DEFAULT = (
    "Your {part} has no default for {name}, so a call that leaves {name} out stops with this TypeError (with "
    "{name} given, yours runs). The spec's signature is {spelled}: write the default into the def line, "
    "{name}={value}, so that a caller may leave {name} out."
)


def _required(exc, name) -> bool:
    """Whether ``exc`` (a call made without ``name``) is Python's complaint that ``name`` must be given."""
    message = getattr(exc, "raised_message", None) or ""
    return getattr(exc, "raised", None) == "TypeError" and "required" in message and f"'{name}'" in message


def _stepped_and_fitted(student, params, grads, X, y, lr, epochs):
    """The rate a step of a network made with ``lr`` took (None: not given) and the number of losses
    fit with ``epochs`` recorded on another (None: not given), with the error fit raised (or None):
    (rate, count, fit_error), None for what cannot
    be read from the answers (or raised), and for a count of losses that show no computation (the same
    for other data of the X's shape, others for the same data asked again, as ``[0.0] * epochs``, or
    an error on either). When both raise, the first error ends the check: nothing could be judged."""
    batch = student.batch()
    net = batch.invoke("MLP", SIZES, {"seed": 0} if lr is None else {"seed": 0, "lr": lr})
    batch.set_many({name: value.copy() for name, value in params.items()}, on=net)
    batch.invoke("step", (grads,), on=net)
    read = batch.get_many(("W1",), on=net)
    other = batch.invoke("MLP", SIZES, {"seed": 0})
    batch.set_many({name: value.copy() for name, value in params.items()}, on=other)
    fitted = batch.invoke("fit", (X, y), {} if epochs is None else {"epochs": epochs}, on=other)
    probes = [] if epochs is None else [  # other data of one shape, and the same again: losses that show a computation
        batch.invoke("fit", data, {"epochs": epochs}, on=network.add_net(batch, SIZES, params)) for data in
        ((X[::-1] * 2 - 1, y[::-1]), (X, y))]  # fmt: skip
    replies = batch.run()
    answers, errors, fit_error = {}, [], None
    for name, step in (("stepped", read), ("losses", fitted)):
        try:
            answers[name] = replies[step]
        except StudentError as exc:
            if isinstance(exc, StudentTimeout):
                raise
            errors.append(exc)
            fit_error = exc if name == "losses" else fit_error
    if len(errors) == 2:
        raise errors[0]  # neither could be read: nothing to judge
    stepped, losses = answers.get("stepped"), answers.get("losses")
    rate = _rate(params["W1"], stepped.get("W1") if isinstance(stepped, dict) else None, grads["W1"])
    if probes and not_computed([losses, reply_or_raised(replies, probes[0])],
                               again=(losses, reply_or_raised(replies, probes[1]))) is not None:
        return rate, None, fit_error  # losses as many as the epochs, computed from nothing: the count judges nothing
    return rate, (len(losses) if hasattr(losses, "__len__") else None), fit_error


def expect_defaults(student, params, grads, X, y) -> None:
    """Fail, naming each default of the spec the student's MLP does not have: a network made
    without lr must step with 0.1, and fit without epochs must record 1000 losses. Each is judged
    only where the student's network steps with an lr it is given and fit runs the epochs it is
    given (else the step and fit checks say what is wrong, and a default is not to blame). Where
    neither can be judged, the check fails: a rule that cannot be tried earns nothing."""
    # at 0.3, not 0.5: a step that moves by (1 - lr) or a fixed half of the gradient is right at 0.5 alone
    given_rate, given_count, _ = _stepped_and_fitted(student, params, grads, X, y, 0.3, 3)
    rate_given = given_rate is not None and abs(given_rate - 0.3) <= 1e-6
    if not rate_given and given_count != 3:
        raise CheckFailed(f"a step of MLP{SIZES} made with lr=0.3 did not step with that rate, and fit with epochs=3 "
                          "did not record 3 losses, so neither of the spec's defaults can be judged",
                          hint=UNJUDGED_HINT.format(part="step"))  # fmt: skip
    try:
        rate, count, fit_error = _stepped_and_fitted(student, params, grads, X, y, None, None)
    except StudentError as exc:
        if not (rate_given and _required(exc, "lr")):
            raise
        raise CheckFailed(f"MLP{SIZES} made without lr raised TypeError: {exc.raised_message}",
                          hint=NO_DEFAULT.format(part="MLP's constructor", name="lr", value=DEFAULT_LR,
                                                 spelled="__init__(self, input_size, hidden_size, output_size, "
                                                         f"lr={DEFAULT_LR}, seed=None)")) from None
    problems = []
    if rate_given and rate is not None and abs(rate - DEFAULT_LR) > 1e-6:
        problems.append((f"MLP{SIZES} made without lr stepped with a learning rate of {rate:.4g}",
                         f"The spec gives the constructor's lr the default {DEFAULT_LR}: MLP(input_size, hidden_size, "
                         f"output_size) with no lr must step with {DEFAULT_LR}. Give the lr parameter that default."))  # fmt: skip
    if given_count == 3 and count is not None and count != DEFAULT_EPOCHS:
        problems.append((f"fit(X, y) without epochs recorded {count} losses",
                         f"The spec gives fit's epochs the default {DEFAULT_EPOCHS}: fit(X, y) with no epochs must "
                         f"train {DEFAULT_EPOCHS} epochs and record {DEFAULT_EPOCHS} losses. Give the epochs parameter "
                         "that default."))  # fmt: skip
    if given_count == 3 and _required(fit_error, "epochs"):
        problems.append((f"fit(X, y) without epochs raised TypeError: {fit_error.raised_message}",
                         NO_DEFAULT.format(part="fit", name="epochs", value=DEFAULT_EPOCHS,
                                           spelled=f"fit(self, X, y, epochs={DEFAULT_EPOCHS})")))
    if problems:
        raise CheckFailed("; ".join(message for message, _ in problems), hint=" ".join(hint for _, hint in problems))


# Weights that drive every pre-activation of the hidden and the output layer to about +-1000.
LARGE_PARAMS = {
    "W1": np.array([[500.0, -500.0, 0.0], [500.0, -500.0, 0.0]]),
    "b1": np.zeros((1, 3)),
    "W2": np.array([[1000.0], [-1000.0], [0.0]]),
    "b2": np.zeros((1, 1)),
}
LARGE_X = np.array([[1.0, 1.0], [-1.0, -1.0], [0.5, 0.5]])
OVERFLOW = (
    "Your forward overflowed: 1 / (1 + exp(-z)) computes exp(1000) for a pre-activation of -1000, which "
    "overflows with a warning (and may give nan or inf). Write the module's sigmoid in the stable form of "
    "exercise 3: take the exponential only of minus the absolute value of z, which never exceeds 1, and pick "
    "the formula for each sign of z from it."
)


def reply_or_raised(replies, step):
    """The student's reply to ``step``, or ``computed.Raised`` where the call raised: for asking whether
    answers show a computation, where a call that raised is no answer, not a question left unasked."""
    try:
        return replies[step]
    except StudentError as exc:
        return Raised(f"{exc.raised}: {exc.raised_message}" if exc.raised else exc.message)


def expect_depends_on_input(one, other, part: str, what: str, hint=None, *, given=(), again=None) -> None:
    """Fails when ``part``'s answers ``one`` and ``other``, to two questions whose right answers differ, show no
    computation (``grading.computed``): the same answer to both, each the question handed back (``given``: the
    arguments of each), or (``again``: ``one`` and the answer to its question asked once more) two answers to one
    question. Such answers meet a rule about how answers are given (finite, the caller's data left alone)
    without computing anything, so ``what`` cannot be judged. ``hint``: a text, or a function giving one, asked
    only then."""
    why = not_computed([one, other], given=given, again=None if again is None else (one, again))
    if why is not None:
        raise CheckFailed(f"{part} {why} ({describe(one)} first), so {what} cannot be judged",
                          hint=(hint() if callable(hint) else hint) or UNJUDGED_HINT.format(part=part))  # fmt: skip


def expect_stable_forward(student):
    """The student's forward on LARGE_X at LARGE_PARAMS, with NumPy's warnings turned into errors,
    must give finite outputs without a warning (OVERFLOW when NumPy warns of one). Only this is
    judged: whether the outputs are right is the forward check's business. A forward that raises
    another error, or gives no numbers, fails here too: its stability cannot be judged."""
    batch, net = network.net_batch(student, SIZES, LARGE_PARAMS)
    forward = batch.invoke("forward", (LARGE_X,), on=net, strict=True)
    ordinary = batch.invoke("forward", (np.zeros_like(LARGE_X),), on=net)  # every output 0.5 there, not 0 or 1
    again = batch.invoke("forward", (LARGE_X,), on=net)  # the same question: an answer that changes computes nothing
    call = "forward(X) with pre-activations near +-1000"
    try:
        replies = batch.run()
        got = replies[forward]
    except StudentError as exc:
        if exc.raised in ("FloatingPointError", "RuntimeWarning"):
            raise CheckFailed(f"{call} made NumPy warn ({exc.raised}: {exc.raised_message})",
                              hint=OVERFLOW if "overflow" in exc.raised_message else None) from None  # fmt: skip
        raise
    expect_depends_on_input(got, replies[ordinary], "forward", "its stability", given=((LARGE_X,), (np.zeros_like(LARGE_X),)),
                            again=reply_or_raised(replies, again))
    try:
        finite = bool(np.all(np.isfinite(np.asarray(got, dtype=float))))
    except (TypeError, ValueError):
        raise CheckFailed(f"{call} returned {describe(got)}, not numbers, so its stability cannot be judged",
                          hint=UNJUDGED_HINT.format(part="forward")) from None  # fmt: skip
    if not finite:
        raise CheckFailed(f"{call} gave nan or inf: {describe(got)}", hint=OVERFLOW)


RESHAPED = (
    "Your {method} changed the shape of the caller's {what} from {before} to {after}. np.asarray of a float "
    "array is the caller's own array, so assigning its .shape (or calling .resize) reshapes theirs: use "
    ".reshape(...), which gives a new array of the new shape and leaves the caller's as it was."
)
RETYPED = "Your {method} changed the dtype of the caller's {what} from {before} to {after}: convert a copy, not theirs."


def _unchanged(method, what, before, after):
    """Fail if the caller's array ``before`` came back (``after``) with another shape, dtype or values."""
    call = f"{method}(...) on a network of sizes {SIZES}"
    if not isinstance(after, np.ndarray):
        raise CheckFailed(f"{call} replaced the caller's {what} by {describe(after)}", hint=IN_PLACE_HINT)
    if after.shape != before.shape:
        raise CheckFailed(f"{call} changed the caller's {what} in place: its shape is now {after.shape}, was {before.shape}",
                          hint=RESHAPED.format(method=method, what=what, before=before.shape, after=after.shape))  # fmt: skip
    if after.dtype != before.dtype:
        raise CheckFailed(f"{call} changed the caller's {what} in place: its dtype is now {after.dtype}, was {before.dtype}",
                          hint=RETYPED.format(method=method, what=what, before=before.dtype, after=after.dtype))  # fmt: skip
    if not np.array_equal(after, before):
        raise CheckFailed(f"{call} modified the caller's {what} in place", hint=IN_PLACE_HINT)


def expect_data_left_alone(student, params, X, y):
    """forward, loss, backward, fit (2 epochs) and predict, each on its own network, leave the
    caller's X and y (a flat float y, the shape code that reshapes in place changes) as they were.
    A method that raises, or returns None, is skipped (its own check reports it), unless every one
    does: then nothing was checked, and the check fails (with the first error, if one raised). So does
    a forward that raises, or answers alike for another X: it computes nothing whose care could be judged."""
    calls = {"forward": (X,), "loss": (X, y), "backward": (X, y), "fit": (X, y), "predict": (X,)}
    raised, answered, answers = [], 0, {}
    for method, args in calls.items():
        batch, net = network.net_batch(student, SIZES, params)
        step = batch.invoke(method, args, {"epochs": 2} if method == "fit" else {}, on=net, echo=True)
        try:
            got, after, _ = batch.run()[step]
        except StudentError as exc:
            if isinstance(exc, StudentTimeout):
                raise
            raised.append(exc)
            continue
        answered += got is not None
        answers[method] = got
        for what, before, echoed in zip(("X", "y"), args, after):
            _unchanged(method, what, before, echoed)
    if raised and len(raised) == len(calls):
        raise raised[0]
    if not answered:
        raise CheckFailed(f"forward, loss, backward, fit and predict on a network of sizes {SIZES} each raised or "
                          "returned None, so whether they leave the caller's X and y alone cannot be judged",
                          hint=UNJUDGED_HINT.format(part="forward"))  # fmt: skip
    if "forward" not in answers:  # forward, which everything else is built on, raised: nothing was judged
        raise raised[0]
    batch, net = network.net_batch(student, SIZES, params)
    another = X[::-1] * 2 + 1
    asked = [batch.invoke("forward", (another,), on=net), batch.invoke("forward", (X,), on=net)]
    try:  # a forward that answers alike whatever X is, or X itself, computes nothing whose care could be judged
        replies = batch.run()
        other, again = (reply_or_raised(replies, step) for step in asked)
    except StudentError as exc:  # the request itself failed: neither question was answered
        other = again = Raised(exc.message)
    expect_depends_on_input(answers["forward"], other, "forward", "whether it leaves the caller's data alone",
                            given=((X,), (another,)), again=again)


ANY_Y = (
    "The spec's Y is y reshaped to (m, output_size), so backward must give the same gradients whether y comes "
    "as an (m, 1) array, a flat array of shape (m,) or a Python list. Make y a float array with np.asarray "
    "and give it A2's shape before subtracting: a flat y against A2's (m, 1) broadcasts to (m, m) without a word."
)


def _gradients(student, params, X, y, call):
    """The student's backward(X, y) on its network of sizes SIZES: a dict of float arrays by name,
    or a CheckFailed (or the error it raised) when there is none to compare."""
    try:
        got = network.student_call(student, SIZES, params, "backward", (X, y))
    except StudentError as exc:
        if not exc.own_exception or np.ndim(y) == 2:
            raise
        raise CheckFailed(f"{call} raised {exc.raised}: {exc.message}", hint=ANY_Y) from None
    try:
        return {name: np.asarray(got[name], dtype=float) for name in network.PARAMS}
    except (TypeError, ValueError, KeyError, IndexError):
        raise CheckFailed(f"{call} returned {describe(got)}, not the dict of the four gradients, so the rule "
                          "cannot be judged", hint=UNJUDGED_HINT.format(part="backward")) from None  # fmt: skip


def expect_any_y(student, params, X, y):
    """backward(X, y) gives, for y flat (shape (m,)) and for y as a list, the gradients the student's
    own backward gives for y of shape (m, 1): judged against itself, so a backward wrong in itself
    loses points only in the gradient check."""
    column = y.reshape(-1, 1)
    own = _gradients(student, params, X, column, f"backward(X, y) with y of shape {column.shape}")
    for what, given in (("of shape (m,)", y.ravel()), ("as a Python list", y.ravel().tolist())):
        call = f"backward(X, y) on a network of sizes {SIZES} with y {what}"
        got = _gradients(student, params, X, given, call)
        wrong = [name for name in network.PARAMS if got[name].shape != own[name].shape
                 or not np.allclose(got[name], own[name], rtol=1e-9, atol=1e-12)]  # fmt: skip
        if wrong:
            raise CheckFailed(f"{call} gave other gradients of {', '.join(wrong)} than for y of shape {column.shape}",
                              hint=ANY_Y)  # fmt: skip


BELOW_HALF = (
    "Your predict gives 1 where every output of your forward is below 0.5: it does not draw the line at 0.5. "
    "Things that do this: a comparison with 0, or rounding up, which gives 1 for every sigmoid output (they are "
    "all above 0), or a line taken from the batch itself (its mean or median output), which moves with the "
    "data. predict is 1 where forward(X) >= 0.5, else 0."
)
FROM_THE_BATCH = (
    "Your predict gives 1 where every output of your forward is below 0.5: it draws its line from the batch "
    "itself (`{line}`), so each label depends on the other samples, and when every output is the same (0.426 "
    "here) every one of them reaches the line. The line is fixed: predict is 1 where forward(X) >= 0.5, else 0, "
    "whatever the rest of the batch holds."
)


def _below_half_hint(student) -> str:
    """FROM_THE_BATCH where the student's predict takes a mean, median or average; else BELOW_HALF."""
    source, node = function_source.function(student, "mlp", "MLP.predict")
    for call, _, _ in function_source.calls(node, {"mean", "median", "average", "percentile", "quantile"}):
        return FROM_THE_BATCH.format(line=function_source.statement_line(source, call))
    return BELOW_HALF
ABOVE_HALF = 0.3  # an output bias that puts every output at sigmoid(0.3) = 0.574, above 0.5, and Z2 below it
BEFORE_SIGMOID = (
    "Your predict gives 0 where every output of forward is sigmoid(0.3) = 0.574, above 0.5: it compares the output "
    "layer's weighted sum Z2 (0.3 here) with 0.5, before the sigmoid. predict thresholds what forward returns, "
    "the output A2 = sigmoid(Z2): 1 where forward(X) >= 0.5."
)


def expect_predict_at_the_line(student, params, X, seed):
    """predict on a network whose outputs are all exactly 0.5 (output weights and bias zero) must give
    1 everywhere. A second network, whose outputs are all sigmoid(0.3), tells a predict that thresholds
    the weighted sum before the sigmoid (BEFORE_SIGMOID, said only where the student's forward gives
    the 0.5 it should: else forward is to blame) from one that compares with > 0.5."""
    at_half = {**params, "W2": np.zeros((SIZES[1], 1)), "b2": np.zeros((1, 1))}
    batch = student.batch()
    calls = []
    below = {**at_half, "b2": np.full((1, 1), -ABOVE_HALF)}  # every output sigmoid(-0.3) = 0.426: class 0
    for weights, method in ((at_half, "predict"), (at_half, "forward"), ({**at_half, "b2": np.full((1, 1), ABOVE_HALF)}, "predict"),
                            (below, "predict"), (below, "forward")):
        net = batch.invoke("MLP", SIZES, {"lr": 0.1, "seed": 0})
        batch.set_many({name: value.copy() for name, value in weights.items()}, on=net)
        calls.append(batch.invoke(method, (X,), on=net))
    replies = batch.run()
    try:
        got = replies[calls[0]]  # a predict that raises fails here; forward and the second predict only inform the hint
    except StudentError as exc:
        exc.hint = exc.hint or load_sibling(__file__, "mlp_slip_hints").predict_raised_hint(exc) or load_sibling(__file__, "mlp_h19").view_hint(student, exc)
        raise
    own, above, under_own = (network.reply_or_none(replies, calls[index]) for index in (1, 2, 4))
    call = f"predict(X) when every output is exactly 0.5 (seed {seed})"
    if _all_zero(got) and _all_zero(above) and _all_half(own):  # forward right, predict not following it
        raise CheckFailed(f"{call} gave 0 everywhere, and so did predict(X) when every output is sigmoid(0.3) = 0.574",
                          hint=BEFORE_SIGMOID)  # fmt: skip
    if isinstance(got, np.ndarray) and got.size == 5 and (got.ndim == 1 or got.shape == (1, 5)):  # here or in forward
        raise CheckFailed(f"{call}: expected shape (5, 1), got shape {got.shape}",
                          hint=mistakes.predict_shape_hint(got, own))  # fmt: skip
    floats = isinstance(got, np.ndarray) and got.dtype.kind == "f"
    expect_close(got, np.ones((5, 1)), call=call, misconceptions=lambda: mistakes.predict_mistakes(own, floats=floats))
    if _all_below_half(under_own):  # judged against the student's own forward, where it is below 0.5
        expect_close(replies[calls[3]], np.zeros((5, 1)), misconceptions=lambda: [Misconception(_below_half_hint(student), np.ones((5, 1)))],
                     call=f"predict(X) when every output of your forward is below 0.5 (sigmoid(-0.3) = 0.426, seed {seed})")
    load_sibling(__file__, "mlp_h22").expect_predict_per_output(student, params, X, seed)  # several outputs, a label each


def _all_zero(answer) -> bool:
    try:
        return np.array_equal(np.asarray(answer, dtype=float), np.zeros((5, 1)))
    except (TypeError, ValueError, ArithmeticError):  # ArithmeticError: an int too large for a float
        return False


def _all_below_half(answer) -> bool:
    try:
        values = np.asarray(answer, dtype=float)
        return values.shape == (5, 1) and bool(np.all(values < 0.5))
    except (TypeError, ValueError, ArithmeticError):  # ArithmeticError: an int too large for a float
        return False


def _all_half(answer) -> bool:
    try:
        return bool(np.allclose(np.asarray(answer, dtype=float), np.full((5, 1), 0.5), rtol=0, atol=1e-12))
    except (TypeError, ValueError, ArithmeticError):  # ArithmeticError: an int too large for a float
        return False
