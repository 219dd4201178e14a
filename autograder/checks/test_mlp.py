"""Checks for exercise 7, ``mlp``: a vectorised network trained by gradient descent.

The grader sets the weights itself (drawn from the test's seed) before every
comparison, so a student's own initialisation never decides a later test; one
check, ``fresh_network``, looks at that initialisation itself.
"""

import contextlib
import functools

import numpy as np
import pytest

from autograder.grading import gradcheck
from autograder.grading.compare import (CheckFailed, Misconception, describe, diagnose, expect_close, expect_float,
                                        expect_unchanged, fail_with, is_number, kind_of, length_hint, matching_hints)  # fmt: skip
from autograder.checking.siblings import load_sibling
from autograder.grading.formulas import named_by_formula
from autograder.sandbox.session import StudentError, StudentTimeout

EXERCISE = "mlp"
network = load_sibling(__file__, "mlp_network")  # weights, nets, broken parts, timing
fresh = load_sibling(__file__, "mlp_fresh")  # what a new network must be
mistakes = load_sibling(__file__, "mlp_hints")  # what known mistakes give, and their hints
fits = load_sibling(__file__, "mlp_fit_hints")  # the losses a wrong fit records; a broken part named first
rules = load_sibling(__file__, "mlp_rules")  # the hidden checks' rules: defaults, a stable forward, data left alone
inputs = load_sibling(__file__, "mlp_inputs")  # lists, a flat y for two outputs, targets that are not labels
extra = load_sibling(__file__, "mlp_extra_hints")  # the right answer in another form: a tuple, lr in gradients, a decay
more = load_sibling(__file__, "mlp_more_hints")  # a classification loss, * for @, step's pairing, fit's losses, predict
speed = load_sibling(__file__, "mlp_speed")  # fit timed against a Python loop over the samples, judged fairly
slips = load_sibling(__file__, "mlp_layer_slips")  # a bias subtracted, a sigmoid of a layer's input; the loss's formula
readings = load_sibling(__file__, "mlp_readings")  # a step at two rates, a dict's keys, a reshape's width, whole inputs
shapes = load_sibling(__file__, "mlp_more_slips")  # losses as a column or fixed epochs, a bias as a column, a squared mean
causes = load_sibling(__file__, "mlp_slip_hints")  # * for @ or a bias first in forward, X as a column, dZ2 of one number
h18, h19, h20, h21, h22, outs, replays = load_sibling(__file__, "mlp_h18"), load_sibling(__file__, "mlp_h19"), load_sibling(__file__, "mlp_h20"), load_sibling(__file__, "mlp_h21"), load_sibling(__file__, "mlp_h22"), load_sibling(__file__, "out_argument_readers"), load_sibling(__file__, "mlp_fit_replays")  # best weights restored, layers stepped apart, losses kept, a penalty, vars(self); X or y rebound, some parameters left; out= elsewhere; fit's gradients summed or a step late

@pytest.mark.weight(2)
def test_fresh_network(student, reference, run_cache):
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
    sizes = fresh.FRESH_SIZES
    expected_parts = network.parts_expected(reference, run_cache)  # asked whatever the answer: a raising fit names one
    batch = student.batch()
    reads = [batch.get_many(network.PARAMS, on=batch.invoke("MLP", sizes, {"seed": 7})) for _ in range(2)]
    replies = batch.run()
    first, again = (replies[read] for read in reads)
    parts = [fresh.shape_problems(first, sizes), fresh.bias_problems(first), fresh.seed_problems(first, again, sizes),
             fresh.fit_problems(student, expected_parts)]  # fmt: skip
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
    """forward(X) returns A2 of shape (m, output_size), as the spec's formulas compute it."""
    sizes = (3, 4, 2)
    params = network.random_params(rng, sizes)
    X, _ = network.problem(rng, sizes, 7)
    call = f"forward(X) with X of shape {X.shape} and weights set by the grader (seed {seed})"
    known = reference.mistakes.forward_mistakes(params, X)  # asked whatever the answer
    square = network.random_params(rng, mistakes.SQUARE_SIZES)
    known_square = reference.mistakes.square_forward_mistakes(square, X)
    one_feature = reference.mistakes.one_feature_forward(params, X)  # for a forward that makes X one column
    try:
        got, (X_after,), _ = network.student_call(student, sizes, params, "forward", (X,), echo=True)
    except StudentError as exc:  # matrices mixed up: on a network whose sizes are equal it may run, and say which
        hint = readings.square_forward_hint(student, network, mistakes, square, X, known_square) if exc.raised else None  # not after a timeout
        hint = hint or h21.error_hint(student, exc, "forward") or more.h17.row_bias_hint(exc, sizes, len(X)) or shapes.bias_column_hint(exc.raised_message, sizes) or more.elementwise_hint(exc.raised_message, sizes, len(X))
        hint = hint or causes.bias_first_hint(exc.raised_message, sizes, len(X)) or (
            causes.one_column_hint(student, network, exc.raised_message, sizes, params, X, one_feature) if exc.raised else None)
        fail_with(exc, hint)
    expected = network.reference_net(reference, sizes, params).forward(X)
    with extra.several_returned(got, expected, "forward", "A2"):
        expect_close(got, expected, call=call, hint=lambda: h22.forward_step_hint(student, params, X, got) or more.h17.forward_hint(student, params, X, got),
                     misconceptions=mistakes.forward_mistakes(known) + readings.whole_inputs(known) + slips.layer_slips(known))
    expect_unchanged(X, X_after, call=call, what="X")


@pytest.mark.weight(2)
def test_loss(student, reference, rng, seed):
    """loss(X, y) is mean((A2 - Y)**2) over all m * output_size outputs, as a float; y may be (m,) for one output."""
    runs = []
    for sizes, flat in [((3, 4, 2), False), ((2, 3, 1), True), ((2, 3, 1), "targets")]:
        params = network.random_params(rng, sizes)
        X, y = network.problem(rng, sizes, 6)
        if flat:  # y as (m,) for one output; "targets": any real numbers, which the MSE takes as well as labels
            y = rng.uniform(-0.5, 1.5, size=y.shape).round(3) if flat == "targets" else y.ravel()
        call = f"loss(X, y) with X of shape {X.shape}, y of shape {y.shape}{' (targets, not labels)' if flat == 'targets' else ''} (seed {seed})"
        batch, net = network.net_batch(student, sizes, params)
        loss = batch.invoke("loss", (X, y), on=net)
        forward = batch.invoke("forward", (X,), on=net)  # after loss: a forward that raises costs only the hint
        runs.append((sizes, flat, params, X, y, call, functools.cache(batch.run), loss, forward))  # run when first asked

    def formula():  # which formula of its sums every loss is: the later cases run only for a failure without a hint
        kept = []
        for sizes, _, params, X, y, _, replies, loss, _ in runs:
            with contextlib.suppress(StudentError):
                A2 = network.reference_net(reference, sizes, params).forward(X)
                kept.append((replies()[loss], A2, np.asarray(y, dtype=float).reshape(A2.shape), X))
        return slips.loss_formula_hint(kept)

    for sizes, flat, params, X, y, call, replies, loss, forward in runs:
        replies = replies()
        try:
            got = expect_float(more.kept_axes(replies[loss], call), call=call)
        except StudentError as exc:
            fail_with(exc, h22.one_per_sample_hint(student, exc, len(X), sizes[2]) or more.y_in_one_line_hint(exc.raised_message, len(X), sizes[2], detail=exc.detail)
                      or causes.transposed_pair_hint(exc.raised_message, len(X), sizes[2]))
        expected = network.reference_net(reference, sizes, params).loss(X, y)
        A2 = network.reference_net(reference, sizes, params).forward(X)
        with np.errstate(all="ignore"):
            broadcast = float(np.mean((A2 - y) ** 2)) if flat is True else None
        others = more.loss_mistakes(reference.mistakes.other_losses(A2, y))  # asked whatever the answer: recorded
        hints = ([Misconception("y of shape (m,) must be reshaped to (m, 1) before subtracting; otherwise A2 - y "
                                "broadcasts to (m, m).", broadcast)] if flat is True else []) + [mistakes.loss_summed(expected, A2.shape), *mistakes.loss_one_count(expected, A2.shape)] + others + more.whole_targets(A2, y) + extra.labels_loss(A2, y) + readings.precedence_slips(expected, A2.shape) + shapes.loss_slips(A2, y)
        with named_by_formula(formula):
            # a loss right for the student's own wrong forward is explained by forward, whatever else it matches
            expect_close(got, expected, call=call, misconceptions=lambda: (
                own if matching_hints(got, own := more.loss_on_your_forward(replies, forward, A2, y)) else hints), hint=lambda: h21.loss_hint(student, got, A2, y) or h18.penalty_hint(student, got, expected))


@pytest.mark.weight(4)
def test_backward_gradient_check(student, reference, rng, seed, artifacts, run_cache):
    """backward(X, y) matches a numerical gradient check for W1, b1, W2 and b2 (partial credit per parameter)."""
    sizes = (3, 4, 2)
    params = network.random_params(rng, sizes)
    X, y = network.problem(rng, sizes, 5)
    targets, on_targets = inputs.targets_case(reference, run_cache, rng, sizes, params, X, y)  # not labels
    parts = network.parts_expected(reference, run_cache)  # asked whatever the answer: a raising backward names one
    call = f"backward(X, y) with X {X.shape}, y {y.shape}, weights set by the grader (seed {seed})"
    try:
        got, (X_after, y_after), params_after, again, got_targets = network.backward_and_after(
            student, sizes, params, X, y, lr=0.3, targets=targets)
    except StudentError as exc:
        hint = (h21.error_hint(student, exc, "backward") or h20.uncalled_method_hint(student, exc) or (causes.summed_product_hint(student, network, parts) if exc.raised else None) or more.h17.slope_transposed_hint(exc)
                or mistakes.raised_hint(exc.raised_message, sizes, len(X)) or more.elementwise_hint(exc.raised_message, sizes, len(X))
                or more.y_in_one_line_hint(exc.raised_message, len(X), sizes[2], "backward", exc.detail)
                or readings.reshape_width_hint(exc.raised_message, sizes, len(X)))
        fail_with(exc, hint)
    ref = network.reference_net(reference, sizes, params)
    known = run_cache.once("mlp.backward.mistakes", lambda: reference.mistakes.backward_mistakes(params, X, y))

    def loss(p):
        for name, value in p.items():
            setattr(ref, name, value)
        return ref.loss(X, y)

    numerical = run_cache.once("mlp.backward.numerical", lambda: gradcheck.gradient(loss, params))
    report = gradcheck.compare_gradients(got, numerical)
    artifacts["gradient_errors"] = gradcheck.plot_data(report)
    if report.failed:
        hint = (h22.relu_slope_hint(student, got, params, X, y) or h21.backward_hint(student, got, numerical, X, y) or h19.backward_hint(student, got, params, X, y) or h18.backward_hint(student, network, got, params, X, y) or more.h17.backward_hint(got, params, X, y) or more.gradient_slip_hint(got, network, student, y.size, params, X, y) or extra.backward_hint(got, known, 0.3) or causes.one_number_hint(got, known) or causes.by_shape_hint(got, known)
                or mistakes.backward_hint(got, report.failed, known))
        raise CheckFailed(
            gradcheck.format_report(report, call),
            hint=hint,
            credit=len(report.passed) / len(network.PARAMS),
        )
    expect_unchanged(X, X_after, call=call, what="X")
    expect_unchanged(y, y_after, call=call, what="y")
    network.expect_params_kept(params, params_after, call, got, again)
    inputs.expect_any_targets(got_targets, targets, on_targets, call)


def test_step(student, rng, seed):
    """step(grads) subtracts lr * grad from each parameter, at every call (a second call as well), at two rates."""
    sizes = (2, 3, 1)
    params, grads = network.random_params(rng, sizes), network.random_params(rng, sizes)
    batch, net = network.net_batch(student, sizes, params, lr=0.5)
    stepped = batch.invoke("step", (grads,), on=net, echo=True)  # grads echoed: the caller's, left as they were?
    read = batch.get_many(network.PARAMS, on=net)
    twice = network.add_net(batch, sizes, params, lr=0.5)  # stepped twice: each call moves by lr * grad
    for _ in range(2):
        batch.invoke("step", (grads,), on=twice)
    again = batch.get_many(network.PARAMS, on=twice)
    other = network.add_net(batch, sizes, params, lr=0.3)  # another rate: 0.5 is also 1 - lr and a fixed 1/2
    batch.invoke("step", (grads,), on=other)
    other = batch.get_many(network.PARAMS, on=other)
    kept = batch.get_many(("lr",), on=net)  # the rate the constructor kept, if it is named lr: for the hint (last: it may raise)
    replies = batch.run()
    try:
        after = replies[read]
        for name in network.PARAMS:
            call = f"after step(grads) with lr=0.5 (seed {seed}), {name}"
            mine = [[params[n] for n in network.PARAMS], [grads[n] for n in network.PARAMS], [after[n] for n in network.PARAMS]]
            with named_by_formula(lambda: readings.step_formula_hint(mine, 0.5, replies, other, params, grads, 0.3)
                                  or extra.linear_step_hint(*mine, 0.5)):
                expect_close(after[name], params[name] - 0.5 * grads[name], call=call,
                             misconceptions=mistakes.step_mistakes(name, params[name], grads[name], 0.5, replies, kept))
        more.expect_second_step(replies[again], params, grads, 0.5, f"after a second step(grads) with lr=0.5 (seed {seed})")
        more.expect_other_rate(replies[other], params, grads, 0.3, 0.5, f"after step(grads) with lr=0.3 (seed {seed})")
        expect_unchanged(grads, replies[stepped][1][0], call=f"step(grads) with lr=0.5 (seed {seed})", what="grads",
                         hint=more.GRADS_CHANGED)
    except (StudentError, CheckFailed) as wrong:  # gradients paired with the wrong parameters: seen where shapes agree
        wrong.hint = (isinstance(wrong, StudentError) and (h20.literal_attribute_hint(student, wrong) or h18.every_attribute_hint(student, wrong))) or outs.out_elsewhere_hint(student, "mlp", "MLP.step", params, replies[read]) or h21.step_hint(student, params, grads, replies, read, 0.5) or h19.step_hint(params, grads, replies, read, 0.5) or h20.only_some_hint(student, params, grads, replies, read, 0.5) or wrong.hint or readings.keys_hint(wrong) or (more.step_pairing_hint(student) if not isinstance(wrong, StudentTimeout) else None)
        raise


@pytest.mark.weight(3)
def test_fit_trajectory(student, reference, rng, seed, artifacts, run_cache):
    """fit(X, y, epochs) from weights set by the grader records the same losses and ends at the same weights (a second fit goes on from there, returning its own losses)."""
    sizes = (3, 5, 1)
    params = network.random_params(rng, sizes)
    X, y = network.problem(rng, sizes, 12)
    call = f"fit(X, y, epochs=40) with lr=0.5, X {X.shape}, weights set by the grader (seed {seed})"
    batch, net = network.net_batch(student, sizes, params, lr=0.5)
    fit = batch.invoke("fit", (X, y), {"epochs": 40}, on=net)
    read = batch.get_many(network.PARAMS, on=net)
    again = h18.fit_twice(batch, network.add_net(batch, sizes, params, lr=0.5), X, y)  # 2 epochs, then 3 more
    kept = batch.get_many(("lr",), on=net)  # the rate after fit, if it is named lr: for the hint (last: it may raise)
    parts = network.parts_expected(reference, run_cache)
    replies = batch.run()
    with fresh.fit_raises(student, parts, sizes):  # the cause fresh_network names, named here too
        losses = replies[fit]

    def reference_fit():
        ref = network.reference_net(reference, sizes, params, lr=0.5)
        losses = ref.fit(X, y, epochs=40)
        return losses, {name: getattr(ref, name) for name in network.PARAMS}, ref.loss(X, y)

    expected, ref_after, ref_last_loss = run_cache.once("mlp.fit_trajectory", reference_fit)
    one_epoch = run_cache.when_needed("mlp.fit_trajectory.one_epoch", lambda: _weights_after(reference, sizes, params, X, y, epochs=1))  # a return in the epoch loop
    replayed = run_cache.when_needed("mlp.fit_mistakes", lambda: reference.mistakes.fit_mistakes(params, X, y, 0.5, 40))
    known = lambda: fits.fit_mistakes(expected, ref_last_loss, replayed(),  # noqa: E731 - asked where a hint needs it
                                      fits.same_weights(replies, read, ref_after, network.FIT_RTOL))
    if is_number(losses):
        raise CheckFailed(f"{call} returned one number, {describe(losses)}; it should return the 40 recorded "
                          "losses, one per epoch, shape (40,)", hint=network.ONE_LOSS)  # fmt: skip
    if isinstance(losses, np.ndarray) and losses.shape != (40,):
        raise CheckFailed(
            f"{call} returned losses of shape {losses.shape}; it should return the 40 recorded losses, shape (40,)",
            hint=h21.fit_shape_hint(student, losses, expected) or more.spare_slot_hint(losses, expected) or h20.thrown_away_hint(student) or diagnose(losses, known()) or more.appended_hint(losses, expected, network.FIT_RTOL) or shapes.fit_shape_hint(losses, 40)
            or length_hint(losses, expected) or "Collect one float per epoch (the value of loss(X, y)) and return np.array(losses).",
        )
    recorded = network.numbers(losses)
    artifacts["loss_curve"] = {"reference": expected.tolist(), "student": recorded,
                               "first_difference": network.first_difference(recorded, expected)}  # fmt: skip
    if isinstance(losses, (list, tuple)) and len(losses) == len(expected):  # the spec: fit returns an array
        raise CheckFailed(f"{call} returned a Python {type(losses).__name__} of losses; it should return a NumPy "
                          "array of the 40 recorded losses, shape (40,)",
                          hint="fit returns a list: turn it into an array before returning it, np.array(losses).")
    try:
        expect_close(losses, expected, call=f"{call}: the 40 recorded losses", rtol=network.FIT_RTOL,
                     misconceptions=known)
        after = replies[read]
        for name in network.PARAMS:
            expect_close(after[name], ref_after[name], call=f"{call}: {name} after fit", rtol=network.FIT_RTOL)
    except CheckFailed as wrong:
        hint = replays.bookkeeping_hint(recorded, params, X, y, 0.5, 40, student) or h22.fit_replay_hint(student, recorded, params, X, y, 0.5, 40) or h22.copy_trained_hint(student, recorded, expected, lambda: replies[read], params) or h19.fit_hint(student, recorded) or h20.fit_hint(student, recorded, expected) or more.h17.random_hint(student, "fit", True) or more.int_losses_hint(losses) or more.lr_twice_hint(recorded, params, X, y, 0.5, 40) or h18.fit_hint(recorded, lambda: replies[read], params, X, y, 0.5, 40) or fits.returned_in_loop_hint(recorded, expected, lambda: replies[read],
                                                                          one_epoch) or fits.fit_hint(wrong.hint, recorded, expected,
                                                             lambda: more.parts_or_lr_hint(student, parts, replies, kept, 0.5), network.FIT_ITSELF)
        raise CheckFailed(wrong.message, hint=hint) from None
    h18.expect_again(replies, again, expected[2:5], call.replace("epochs=40", "epochs=2, then epochs=3 on the same network"))


def _weights_after(reference, sizes, params, X, y, epochs):
    """The weights the reference's fit (lr 0.5) leaves after ``epochs`` from ``params``, by name (a network of
    seed 1: a kit's recording never takes it for the one fit_trajectory trains, which its seed 0 tells apart)."""
    net = network.reference_net(reference, sizes, params, lr=0.5, seed=1)
    net.fit(X, y, epochs=epochs)
    return {name: getattr(net, name) for name in network.PARAMS}


@pytest.mark.weight(2)
def test_learns_xor(student, reference, rng, seed, artifacts, run_cache):
    """Trained on XOR (hidden_size 8, lr 10, 200 epochs, weights set by the grader), predict gives 0, 1, 1, 0."""
    sizes = (2, 8, 1)
    params = {"W1": rng.normal(size=(2, 8)), "b1": np.zeros((1, 8)), "W2": rng.normal(size=(8, 1)), "b2": np.zeros((1, 1))}
    grid = np.linspace(-0.5, 1.5, 41)
    parts = network.parts_expected(reference, run_cache)
    batch, net = network.net_batch(student, sizes, params, lr=10.0)
    fit = batch.invoke("fit", (network.XOR_X, network.XOR_Y), {"epochs": 200}, on=net)
    predict = batch.invoke("predict", (network.XOR_X,), on=net)
    # the surface for the picture, then the four inputs themselves (their exact outputs go with it)
    forward = batch.invoke("forward", (np.array([[a, b] for b in grid for a in grid] + network.XOR_X.tolist()),), on=net)
    replies = batch.run()
    with fresh.fit_raises(student, parts, sizes):
        replies[fit]  # fit's own error, read apart from predict's: each named for its own method
    try:
        got = replies[predict]
    except StudentError as exc:
        exc.hint = exc.hint or causes.predict_raised_hint(exc)
        raise
    call = f"after fit on XOR (hidden_size 8, lr=10, 200 epochs, seed {seed}), predict(X)"
    if isinstance(got, np.ndarray) and got.shape != network.XOR_Y.shape:
        raise CheckFailed(
            f"{call} returned shape {got.shape}; it should be (m, output_size) = {network.XOR_Y.shape}",
            hint=mistakes.predict_shape_hint(got, more.reply_or_none(replies, forward)),
        )
    outputs = network.numbers(replies[forward]) or []
    cells = grid.size**2
    surface, at = (outputs[:cells], outputs[cells:]) if len(outputs) == cells + len(network.XOR_X) else (outputs, None)
    # the surface rounded (it only shades the picture); the outputs at the inputs exact, and which of them
    # land on the right side of 0.5 (the picture marks the others)
    right = None if at is None else [bool(np.isfinite(v) and (v >= 0.5) == t) for v, t in zip(at, network.XOR_Y.ravel())]
    artifacts["decision"] = {"grid": grid.tolist(), "output": [round(v, 4) for v in surface], "at": at,
                             "points": network.XOR_X.tolist(), "labels": network.XOR_Y.ravel().tolist(), "right": right}  # fmt: skip
    try:
        expect_close(got, network.XOR_Y, call=call)
    except CheckFailed as wrong:
        raise CheckFailed(wrong.message, hint=more.predict_hint(got, at) or h22.targets_written_hint(student, network.parts_hint(student, parts), network.FIT_ITSELF)) from None
    if not (isinstance(got, np.ndarray) and got.dtype.kind in "iu"):
        raise CheckFailed(f"{call} returned {kind_of(got)}; predict should return an integer array",
                          hint=mistakes.predict_dtype_hint(got))


@pytest.mark.weight(2)
def test_fit_is_vectorised(student, reference, rng, seed, run_cache):
    """fit on 4000 samples trains the network as the spec's rule does, faster than a Python loop over them could."""
    # A narrow network makes the vectorised cost per sample tiny, while a loop pays Python's
    # price for every sample: the two differ by a factor of ten or more on any machine.
    sizes = (2, 4, 1)
    params = network.random_params(rng, sizes)
    X, y = network.problem(rng, sizes, network.LOOP_SAMPLES)
    call = f"fit(X, y, epochs=2) on X of shape {X.shape}"

    def reference_fit():
        ref = network.reference_net(reference, sizes, params)
        losses = ref.fit(X, y, epochs=2)
        return losses, {name: getattr(ref, name) for name in network.PARAMS}

    trained = run_cache.once("mlp.fit_is_vectorised.trained", reference_fit)
    parts = network.parts_expected(reference, run_cache)

    def student_time(cap):
        """One timed fit of the student's, stopped at ``cap`` seconds, and only if it did the work, its cost."""
        with fresh.fit_raises(student, parts, sizes):
            cost, losses, net = network.timed_fit(student, sizes, params, X, y, within=cap)
        network.expect_trained(student, parts, net, losses, trained, call)
        return cost

    try:
        speed.expect_fast_enough(student, run_cache, student_time, (sizes, params, X, y), call)
    except CheckFailed as slow:  # slow while a part it is built on fails its own check: that part first
        if slow.hint != network.LOOP_HINT or (part := network.broken_part(student, parts)) is None:
            raise
        raise CheckFailed(slow.message, hint=causes.PART_FIRST.format(part=part)) from None


test_fit_is_vectorised.before_grading = network.time_a_loop  # the plugin runs it before any student code


@pytest.mark.hidden
def test_predict_threshold(student, rng, seed):
    """predict(X) is 1 where forward(X) >= 0.5 and an integer array."""
    rules.expect_predict_at_the_line(student, network.random_params(rng, rules.SIZES), rng.normal(size=(5, 2)), seed)


@pytest.mark.hidden
def test_spec_defaults(student, rng):
    """MLP's lr defaults to 0.1 and fit's epochs to 1000, as the spec says (a wrong default loses this check)."""
    params, grads = network.random_params(rng, rules.SIZES), network.random_params(rng, rules.SIZES)
    X, y = network.problem(rng, rules.SIZES, 6)
    rules.expect_defaults(student, params, grads, X, y)


@pytest.mark.hidden
def test_forward_is_stable(student):
    """forward stays finite and warning-free when the pre-activations are near +-1000.

    The spec says so of exercise 3's sigmoid only; the instructor decided the MLP built on it keeps
    it (a trained network meets large pre-activations): hidden, weight 1, the overflow named."""
    rules.expect_stable_forward(student)


@pytest.mark.hidden
def test_callers_data_left_alone(student, rng):
    """forward, loss, backward, fit and predict leave the caller's X and y as they were: values, shape, dtype."""
    params = network.random_params(rng, rules.SIZES)
    X, y = network.problem(rng, rules.SIZES, 6)
    rules.expect_data_left_alone(student, params, X, y.ravel())


@pytest.mark.hidden
def test_backward_takes_any_y(student, reference, rng):
    """backward and loss take y as (m, 1), (m,), a list, or flat for 2 outputs (Y is y reshaped); forward, predict take lists."""
    params = network.random_params(rng, rules.SIZES)
    X, y = network.problem(rng, rules.SIZES, 6)
    rules.expect_any_y(student, params, X, y)
    inputs.expect_lists_taken(student, params, X, y)
    inputs.expect_flat_y(student, reference, rng)
