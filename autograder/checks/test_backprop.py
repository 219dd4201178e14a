"""Checks for exercise 6, ``backprop``: the chain rule on a 2-2-1 network, SGD, training."""

from contextlib import contextmanager

import numpy as np
import pytest

from autograder.grading import gradcheck
from autograder.grading.compare import (
    CheckFailed,
    Misconception,
    describe,
    diagnose,
    expect_close,
    expect_float,
    expect_unchanged,
    is_number,
    relative_error,
)
from autograder.checking.siblings import load_sibling
from autograder.grading.computed import given_back
from autograder.grading.formulas import named_by_formula
from autograder.grading.keys import misnamed_keys_hint
from autograder.sandbox.session import StudentError, StudentTimeout

rules = load_sibling(__file__, "backprop_rules")  # train's rules: its losses read wherever they are, the defaults
hints = load_sibling(__file__, "backprop_hints")  # the chain links wrong partials share; how to fix what train returns
step_hints = load_sibling(__file__, "backprop_step_hints")  # a step that reads the wrong dict
slips = load_sibling(__file__, "backprop_slips")  # a clipped step, epochs read as single-sample updates
built_on = load_sibling(__file__, "backprop_parts")  # feedforward, backprop, sgd_step: the first broken one, the cause
h16 = load_sibling(__file__, "backprop_h16")  # dL/do1 twice, w2 and w3 swapped, a rate twice, // or an (n, n) loss
h17 = load_sibling(__file__, "backprop_h17")  # + for *, a slope twice, names zipped in another order, fromkeys
h18 = load_sibling(__file__, "backprop_h18")  # a hidden slope of z, / w5, a set, the log loss, data shifted again
h19 = load_sibling(__file__, "backprop_h19")  # a sign or abs step, a dict made in a loop, a memo, apply_along_axis, a zip twice
h20 = load_sibling(__file__, "backprop_h20")  # x ignored, gradients summed across calls, another rate, wrong labels
h21 = load_sibling(__file__, "backprop_h21")  # correct samples skipped, mini-batches, a history dict, range(4), (p - lr) * g, sorted, round
h22 = load_sibling(__file__, "backprop_h22")  # params returned, int() partials, a bias in a bracket, a multiplicative step, data centred
one_amount = load_sibling(__file__, "backprop_one_amount")  # every parameter moved by one amount (a mean of the gradients)
own_value = load_sibling(__file__, "backprop_own_value")  # a partial times its own bias (the bias as its own input)
repeated = load_sibling(__file__, "repeated_step_readers")  # sgd_step called twice in one pass of a loop
reads = load_sibling(__file__, "backprop_read_hints")  # params read as an object or as keys, rows as pairs, a None step

EXERCISE = "backprop"

NAMES = slips.NINE_KEYS  # the nine parameters, weights first
ONES = {name: (1.0 if name[0] == "w" else 0.0) for name in NAMES}
DATA = np.array([[-2.0, -1.0], [25.0, 6.0], [17.0, 4.0], [-15.0, -6.0]])
Y_TRUES = np.array([1.0, 0.0, 0.0, 1.0])
START = dict(zip(NAMES, (0.5, -0.3, -0.4, 0.8, 0.7, -0.6, 0.0, 0.0, 0.0)))
EMILY, FRANK = [-7.0, -3.0], [20.0, 2.0]


@contextmanager
def _train_runs(student, parts):
    """Calls of train (``parts``: ``built_on.parts_expected``): an error raised while train runs, when one
    of the parts it is built on answers wrongly, names that part as the cause in its hint (a timeout is
    left as it is)."""
    try:
        yield
    except StudentError as exc:
        if isinstance(exc, StudentTimeout):
            raise  # asking the parts again would wait out the same time
        hint = built_on.parts_hint(student, parts, raised_is_wrong=False)
        if hint == built_on.TRAIN_ITSELF and not h21.raised_hint(student, exc) and h19.part_raises_hint(student, exc, built_on.PART_PARAMS, DATA[0], Y_TRUES[0], built_on.PART_GRADS):
            raise  # a part raises this very error by itself: the error's own reading names its line there
        if hint == built_on.TRAIN_ITSELF and (hint := h21.raised_hint(student, exc) or h19.along_axis_hint(student, exc) or h19.spent_hint(student, exc) or h17.none_copy_hint(student, exc) or reads.rows_as_pairs_hint(student, exc, DATA, Y_TRUES, START)
                                              or reads.feedforward_whole_hint(student, exc, START, DATA) or rules.misordered_hint(
                student, exc, built_on.PART_PARAMS, DATA[0], Y_TRUES[0], built_on.PART_GRADS)
                or slips.whole_array_hint(student, exc, built_on.PART_PARAMS, DATA, Y_TRUES)) is None:
            raise
        raise type(exc)(exc.message, exc.detail, raised=exc.raised, raised_message=exc.raised_message,
                        hint=hint) from None  # fmt: skip


def _random_params(rng):
    return {name: float(v) for name, v in zip(NAMES, rng.normal(scale=0.8, size=9).round(4))}


def _params_text(params):
    return "{" + ", ".join(f"{k}: {v:g}" for k, v in params.items()) + "}"


@pytest.mark.weight(2)
def test_feedforward(student, reference, rng, seed):
    """feedforward(params, x) returns o1 as a float (the lesson's example and random parameters)."""
    cases = [(ONES, [-2.0, -1.0], "all weights 1, all biases 0")]
    cases += [(_random_params(rng), rng.normal(size=2).round(3).tolist(), f"random, seed {seed}") for _ in range(3)]
    replies = student.map("feedforward", [(params, x) for params, x, _ in cases], echo=True)
    found = [reference.mistakes.feedforward_mistakes(params, x) for params, x, _ in cases]  # asked whatever the answer
    try:
        for (params, x, what), (got, (p_after, _), _) in zip(cases, replies):
            call = f"feedforward(params, {x}) with params = {_params_text(params)} ({what})"
            try:
                expected = reference.feedforward(params, x)
                expect_close(expect_float(got, call=call, expected=expected), expected, call=call)
            except CheckFailed as wrong:
                hint = h22.bias_bracket_hint(cases, replies) or h20.ignores_x_hint(student, "feedforward") or wrong.hint or h16.swapped_hint(cases, replies) or hints.feedforward_hint(replies, found)
                raise CheckFailed(wrong.message, hint=hint) from None
            expect_unchanged(params, p_after, call=call, what="params")
    except StudentError as exc:  # the dict read as an object, or unpacked into its keys
        params, x, _ = cases[len(replies.before_failure())]
        reads.raise_with(exc, reads.dict_as_object_hint(exc) or (reads.dict_keys_hint(student, exc, params, x) if exc.raised else None))


SIGMOID_TWICE = ("o1 is already the sigmoid's output, so its slope is o1 * (1 - o1); yours applies the sigmoid "
                 "to o1 a second time before taking the slope.")  # fmt: skip
THROUGH_W5_W6 = ("h1 reaches o1 through w5 and h2 through w6, so dL/dh1 goes back through w5 and dL/dh2 through w6: "
                 "yours sends {wrong} back through the other weight.")  # fmt: skip


def _chain_mistakes(known):
    """Whole-chain mistakes as the nine partials in NAMES order (``known``: from
    ``reference.mistakes.gradient_mistakes``)."""
    return [Misconception(SIGMOID_TWICE, known["sigmoid_twice"]), Misconception(step_hints.SLOPE_OF_Z, known["slope_of_z"]),
            *[Misconception(THROUGH_W5_W6.format(wrong=wrong), partials) for wrong, partials in known["wrong_back"].items()]]  # fmt: skip


@pytest.mark.weight(5)
def test_backprop_gradients(student, reference, rng, seed, artifacts, run_cache):
    """backprop's nine partials match a numerical gradient check, parameter by parameter (partial credit)."""
    cases = [(ONES, [-2.0, -1.0], 1.0, "all weights 1, all biases 0, x = [-2, -1], y_true = 1")]
    for _ in range(3):
        cases.append((_random_params(rng), rng.normal(scale=2.0, size=2).round(3).tolist(),
                      float(rng.integers(0, 2)), f"random, seed {seed}"))  # fmt: skip
    cases.append((ONES, [-2.0, -1.0], 0.0, "all weights 1, all biases 0, x = [-2, -1], y_true = 0: o1 > 0.5 for label 0"))
    worst = {name: 0.0 for name in NAMES}
    failures, knowns = [], []
    replies = student.map("backprop", [(params, x, y_true) for params, x, y_true, _ in cases], echo=True)
    reads.dict_errors(replies)  # params.w1 where params["w1"] belongs
    for index, ((params, x, y_true, what), (got, (p_after, _, _), _)) in enumerate(zip(cases, replies)):
        call = f"backprop(params, {x}, {y_true:g}) with params = {_params_text(params)} ({what})"
        expect_unchanged(params, p_after, call=call, what="params")
        numerical = gradcheck.gradient(lambda p: (y_true - reference.feedforward(p, x)) ** 2, params)
        o1 = reference.feedforward(params, x)  # asked whatever the answer: the cross-entropy delta's scale
        known = run_cache.when_needed(("backprop.gradient_mistakes", index),
                                      lambda p=params, x=x, y=y_true: reference.mistakes.gradient_mistakes(p, x, y))
        knowns.append(known)
        report = gradcheck.compare_gradients(got, numerical)
        for name, error in report.errors.items():
            worst[name] = max(worst[name], error)
        if report.failed and not failures:
            known = known()
            vector = [got.get(n) for n in NAMES] if isinstance(got, dict) else None
            mistaken = step_hints.sign_and_scale_mistakes(numerical, NAMES) + reads.cross_entropy([numerical[n] for n in NAMES], o1) + _chain_mistakes(known) + h16.delta_twice(numerical, y_true, o1) + h17.mistakes(params, x, y_true) + h18.mistakes(params, x, y_true) + [
                Misconception(hints.forward_slip_hint(slip), partials) for slip, partials in known["forward_slips"].items()]
            whole = bool(vector) and None not in vector  # all nine partials there
            hint = h20.early_return_hint(student, got) or misnamed_keys_hint(got, NAMES) or h17.shared_hint(student, got) or h17.filed_hint(cases, replies) or (diagnose(vector, mistaken) if whole else None)
            hint = hint or (hints.common_factor_hint(vector, [numerical[n] for n in NAMES]) if whole else None)
            hint = hint or hints.missing_slope_hint(got, numerical, report.failed, known["slopes"])
            hint = hint or hints.wrong_input_hint(got, report.failed, x, known)
            failures.append((gradcheck.format_report(report, call), hint))
    artifacts["gradient_errors"] = gradcheck.plot_data(gradcheck.GradientReport(worst, {}))
    if not failures:
        slips.expect_nine_keys(replies, cases, lambda case: f"backprop(params, {case[1]}, {case[2]:g})")
    if failures:
        right = sum(error <= gradcheck.THRESHOLD for error in worst.values())
        message, hint = failures[0]
        raise CheckFailed(
            f"{message}\n  {right} of 9 partial derivatives right on every case",
            hint=own_value.own_value_hint(cases, replies) or h22.params_back_hint(student, cases, replies) or h22.truncated_hint(student, replies) or h22.hidden_negated_hint(cases, replies) or h21.rounded_hint(student, replies) or h21.is_literal_hint(student) or h20.asked_twice_hint(student, cases, replies) or h20.ignores_x_hint(student) or h18.absolute_hint(cases, replies) or step_hints.label_gap_hint(replies, knowns, NAMES) or hint
            or hints.wrong_path_hint([n for n in NAMES if worst[n] > gradcheck.THRESHOLD]),
            credit=right / 9,
        )


def _lesson_training(reference, run_cache, rate):
    """The reference's train on the lesson's data from START for 5 epochs at ``rate``: asked once a
    run, for the learning-rate check and the own-data check alike."""
    return run_cache.once(("backprop.lesson_training", rate),
                          lambda: reference.train(DATA, Y_TRUES, START, learn_rate=rate, epochs=5))  # fmt: skip


def test_train_uses_learn_rate(student, reference, run_cache):
    """train at learn_rate=0.5 follows the spec's rule, checked where train at 0.1 does (a train that
    is wrong at 0.1 already fails the trajectory check, which says why)."""
    at = {rate: _lesson_training(reference, run_cache, rate)[1] for rate in (0.1, 0.5)}
    parts = built_on.parts_expected(reference, run_cache)
    batch = student.batch()
    steps = {rate: batch.invoke("train", (DATA, Y_TRUES, START), {"learn_rate": rate, "epochs": 5}) for rate in at}
    replies = batch.run()
    with _train_runs(student, parts):
        slow, fast = replies[steps[0.1]], replies[steps[0.5]]  # a train that raises fails here
    call = "train(DATA, Y_TRUES, START, learn_rate={}, epochs=5)"
    slow_losses, fast_losses = rules.losses_of(slow, call.format(0.1)), rules.losses_of(fast, call.format(0.5))
    try:
        expect_close(slow_losses, at[0.1], call="", rtol=1e-5)
    except CheckFailed:  # wrong at 0.1 already (the trajectory check says why): does the rate change anything?
        if (kept := slips.kept_between_calls_hint(fast_losses, 5, earlier=slow_losses)) is not None:
            raise CheckFailed(f"{call.format(0.5)} returned {len(fast_losses)} losses for 5 epochs", hint=kept) from None
        if slow_losses == fast_losses:  # nothing to judge; where a part is to blame, it is named
            raise CheckFailed(f"{call.format(0.5)} recorded the same losses as at learn_rate=0.1",
                              hint=h19.memo_hint(student, NAMES) or h20.other_rate_hint(student, DATA, Y_TRUES, START, slow_losses) or (rules.UNJUDGED.format(part=part) if (part := built_on.broken_part(student, parts)) else
                              step_hints.frozen_hint(slow_losses, START, slow[0] if isinstance(slow, (tuple, list)) and slow else None)
                              or hints.IGNORES_LEARN_RATE)) from None  # fmt: skip
        broken = built_on.broken_part(student, parts)
        try:
            rules.expect_same_again(student, slow_losses, (DATA, Y_TRUES, START), {"learn_rate": 0.1, "epochs": 5},
                                    call.format(0.1), broken)  # a change by chance judges nothing
        except CheckFailed as again:
            changed = None if broken else slips.data_changed_hint(student, DATA, Y_TRUES, START)
            raise CheckFailed(again.message, hint=changed or again.hint, credit=again.credit) from None
        return
    expect_close(fast_losses, at[0.5], rtol=1e-5,
                 call="train(DATA, Y_TRUES, START, learn_rate=0.5, epochs=5): the 5 losses",
                 misconceptions=[Misconception(hints.IGNORES_LEARN_RATE, at[0.1])])  # fmt: skip


def test_sgd_step(student, rng, seed):
    """sgd_step returns a new dict params - learn_rate * grads (at two rates) and leaves its inputs unchanged."""
    params, grads = _random_params(rng), _random_params(rng)
    second = (_random_params(rng), _random_params(rng), 0.7)  # another rate: at 0.25 alone a fixed 1/4 passes, and 2 * lr is lr ** 0.5
    call = f"sgd_step(params, grads, 0.25) with random params and grads (seed {seed})"
    reads.dict_errors(replies := student.map("sgd_step", [(params, grads, 0.25), second], echo=True))  # params.w1, say
    got, (p_after, g_after, _), _ = replies[0]
    if not isinstance(got, dict) or set(got) != set(NAMES):
        raise CheckFailed(f"{call} returned {describe(got)}; it should return a dict with the nine parameter names",
                          hint=reads.step_none_hint(got, params, p_after) or h18.set_hint(got) or h19.rebuilt_hint(student, got, NAMES))
    expected = [params[n] - 0.25 * grads[n] for n in NAMES]
    with h21.named(lambda: h21.step_hint(student, params, grads, got, 0.25, NAMES)), named_by_formula(lambda: hints.readings.two_rates_hint(params, grads, got, replies, second, NAMES)):
        expect_close([got[n] for n in NAMES], expected, call=f"{call}, values in the order {', '.join(NAMES)}",
                     misconceptions=[*step_hints.step_slips(params, grads, 0.25, NAMES),
                                     Misconception(hints.NO_LEARN_RATE, [params[n] - grads[n] for n in NAMES]),
                                     *[Misconception(hints.ONLY_STEPPED.format(kind=kind, others=others),
                                                     [params[n] - (0.25 * grads[n] if n[0] == letter else 0.0) for n in NAMES])
                                       for letter, kind, others in (("w", "weights", "biases b1, b2 and b3"),
                                                                    ("b", "biases", "weights w1 to w6"))],
                                     *step_hints.step_mistakes(params, grads, 0.25, NAMES),
                                     *step_hints.divided_by_rate(params, grads, 0.25, NAMES)],
                     hint=lambda: (one_amount.one_amount_hint(replies, [(params, grads, 0.25), second], NAMES) or h22.multiplicative_hint(params, grads, got, 0.25) or h19.step_family_hint(params, grads, got, 0.25, NAMES) or reads.unchanged_hint(replies, [(params, grads, 0.25), second])
                                   or step_hints.rate_factor_hint(replies, [(params, grads, 0.25), second], NAMES)
                                   or slips.clipped_hint(params, grads, [got[n] for n in NAMES], 0.25, NAMES)))  # fmt: skip
    expect_unchanged(params, p_after, call=call, what="params")
    expect_unchanged(grads, g_after, call=call, what="grads")
    step_hints.expect_other_rate(replies[1], *second, 0.25, NAMES, f"sgd_step(params, grads, 0.7) with other random params (seed {seed})")


@pytest.mark.hidden
def test_sgd_step_gives_python_floats(student, rng, seed):
    """sgd_step's new dict holds Python floats, as the module's docstring promises (not NumPy numbers),
    whether or not they are the right values (which its own check judges)."""
    params, grads, other = _random_params(rng), _random_params(rng), _random_params(rng)
    got, with_other, again = student.map("sgd_step", [(params, grads, 0.25), (params, other, 0.25), (params, grads, 0.25)])
    rules.expect_python_floats(got, NAMES, f"sgd_step(params, grads, 0.25) with random params and grads (seed {seed})",
                               given=(params, grads), other=with_other, again=again)


@pytest.mark.weight(3)
def test_train_trajectory(student, reference, rng, seed, run_cache):
    """train from given parameters follows the spec's rule: the same losses per epoch and final parameters."""
    start = _random_params(rng)
    call = f"train(DATA, Y_TRUES, params, learn_rate=0.1, epochs=25) with params = {_params_text(start)} (seed {seed})"
    parts = built_on.parts_expected(reference, run_cache)
    with _train_runs(student, parts):
        got, (_, _, p_after), _ = student.invoke("train", (DATA, Y_TRUES, start), {"learn_rate": 0.1, "epochs": 25},
                                                 echo=True)  # fmt: skip
    if not (isinstance(got, (tuple, list)) and len(got) == 2 and isinstance(got[0], dict)):
        raise CheckFailed(f"{call} returned {describe(got)}; it should return (trained_params, losses)",
                          hint=hints.pair_hint(got))  # fmt: skip
    trained, losses = got

    def reference_train():
        trained_params, trained_losses = reference.train(DATA, Y_TRUES, start, learn_rate=0.1, epochs=25)
        first = np.mean([(y - reference.feedforward(start, x)) ** 2 for x, y in zip(DATA, Y_TRUES)])
        return trained_params, trained_losses, first

    ref_params, ref_losses, initial = run_cache.once("backprop.train_trajectory", reference_train)
    # what mistakes would record, and where a wrong training comes from: asked where a hint needs them
    mistaken = run_cache.when_needed("backprop.train_mistakes", lambda: hints.train_mistakes(
        reference.mistakes.train_mistakes(DATA, Y_TRUES, start, 0.1, 25)))  # fmt: skip
    shuffled = run_cache.when_needed("backprop.shuffled", lambda: reference.mistakes.shuffled_trajectories(
        DATA, Y_TRUES, start, 0.1, 25))  # fmt: skip
    recorded_before = np.r_[initial, ref_losses[:-1]]
    if is_number(losses):
        raise CheckFailed(f"{call} returned one number, {describe(losses)}, as losses; it should return the 25 "
                          "recorded losses, one per epoch", hint=hints.ONE_NUMBER)  # fmt: skip
    try:
        expect_close(losses, ref_losses, call=f"{call}: the 25 losses (losses[e] is the MSE after epoch e)",
                     rtol=1e-5, misconceptions=lambda: [
                         Misconception("Record each epoch's loss after its updates, not before them.", recorded_before),
                         *mistaken(),
                         Misconception(hints.SUM_NOT_MEAN, np.asarray(ref_losses) * len(DATA)),
                         *step_hints.recorded_other(ref_losses), *step_hints.wrong_count(ref_losses, len(DATA), len(DATA[0])),
                         Misconception(hints.ONE_EPOCH_SHORT, ref_losses[:-1]), *step_hints.sparse_losses(ref_losses),
                         *reads.recorded_once(ref_losses),
                     ], hint=lambda: (slips.epochs_as_updates_hint(losses, 25, len(DATA))
                                      or slips.kept_between_calls_hint(losses, 25, ref_losses)
                                      or hints.each_sample_hint(losses, 25, len(DATA)) or rules.nested_hint(got)))  # fmt: skip
        if set(trained) != set(NAMES):
            raise CheckFailed(f"{call}: trained_params has keys {sorted(trained)}, expected {list(NAMES)}")
        expect_close([trained[n] for n in NAMES], [ref_params[n] for n in NAMES], rtol=1e-5,
                     call=f"{call}: the trained parameters in the order {', '.join(NAMES)}",
                     misconceptions=step_hints.returned_start(start, NAMES))  # fmt: skip
    except CheckFailed as wrong:
        # a broken part explains any trajectory, a shuffled order's and a known mistake of train's included: named first
        part = built_on.parts_hint(student, parts)
        if part == built_on.TRAIN_ITSELF:
            part = repeated.twice_hint(student, EXERCISE, "train", "sgd_step", "sample") or h22.centred_hint(student) or h21.train_hint(student, reference, got, DATA, Y_TRUES, start) or h19.memo_hint(student, NAMES) or h20.other_rate_hint(student, DATA, Y_TRUES, start, losses, 0.1, 25) or h20.labels_hint(student, DATA, Y_TRUES, start, trained, 0.1, 25) or h19.spent_hint(student, None) or h17.running_hint(losses, ref_losses) or h16.train_hint(losses, trained, DATA, Y_TRUES, start, 0.1, 25) or wrong.hint or h18.train_hint(student, losses, trained, DATA, Y_TRUES, start, 0.1, 25) or slips.data_changed_hint(student, DATA, Y_TRUES, start) or step_hints.frozen_hint(losses, start, trained, ref_losses[0]) or hints.shuffled_hint(losses, shuffled()) or hints.later_epochs_hint(losses, ref_losses) or part
        hint = part
        raise CheckFailed(wrong.message, hint=hint) from None
    expect_unchanged(start, p_after, call=call, what="the starting params")
    rules.expect_list_of_losses(losses, call)


@pytest.mark.weight(2)
def test_training_separates_emily_and_frank(student, reference, run_cache):
    """After training on the lesson's data (lr 0.5, 150 epochs), the network scores Emily above 0.5 and Frank below.

    Trained parameters that are the reference's (within the trajectory check's tolerance) separate
    them. Others are scored with the student's own feedforward: the network is theirs, and
    scoring it with the reference's would ask the reference about parameters only this student
    has, which a student's kit has no recorded answer for."""
    call = "train(DATA, Y_TRUES, START, learn_rate=0.5, epochs=150)"
    expected = run_cache.once("backprop.separates", lambda: reference.train(DATA, Y_TRUES, START, learn_rate=0.5,
                                                                             epochs=150)[0])  # fmt: skip
    parts = built_on.parts_expected(reference, run_cache)
    with _train_runs(student, parts):
        got = student.call("train", DATA, Y_TRUES, START, learn_rate=0.5, epochs=150)
    if not (isinstance(got, (tuple, list)) and len(got) == 2 and isinstance(got[0], dict)):
        raise CheckFailed(f"{call} returned {describe(got)}; it should return (trained_params, losses)",
                          hint=hints.pair_hint(got))  # fmt: skip
    try:
        trained = {name: float(got[0][name]) for name in NAMES}
    except (KeyError, TypeError, ValueError) as exc:
        raise CheckFailed(f"{call}: the trained parameters cannot be used ({exc})") from None
    if all(relative_error(trained[n], expected[n]) <= 1e-5 or abs(trained[n] - expected[n]) <= 1e-9 for n in NAMES):
        return
    emily, frank = (expect_float(value, call=f"feedforward(trained params, {name})")
                    for value, name in zip(student.map("feedforward", [(trained, EMILY), (trained, FRANK)]),
                                           ("EMILY", "FRANK")))  # fmt: skip
    if not (emily > 0.5 > frank):
        raise CheckFailed(
            f"{call}: the trained network, scored with your feedforward, gives Emily {emily:.3f} (should be > 0.5) "
            f"and Frank {frank:.3f} (should be < 0.5)",
            hint=built_on.parts_hint(student, parts),
        )


OWN_DATA, OWN_Y_TRUES = np.array([[1.0, -2.0], [-3.0, 0.5], [2.0, 2.0]]), np.array([0.0, 1.0, 1.0])


@pytest.mark.hidden
def test_train_uses_its_data(student, reference, run_cache):
    """train learns from the data it is given: on three other samples it follows the spec's rule
    (checked only where train follows it on the lesson's data, which the trajectory check judges), as lists too."""
    lesson = _lesson_training(reference, run_cache, 0.1)
    own = reference.train(OWN_DATA, OWN_Y_TRUES, START, learn_rate=0.1, epochs=5)
    parts = built_on.parts_expected(reference, run_cache)
    batch = student.batch()
    steps = [batch.invoke("train", (data, y, START), {"learn_rate": 0.1, "epochs": 5})
             for data, y in ((DATA, Y_TRUES), (OWN_DATA, OWN_Y_TRUES), (OWN_DATA.tolist(), OWN_Y_TRUES.tolist()))]  # fmt: skip
    replies = batch.run()
    with _train_runs(student, parts):
        on_lesson = replies[steps[0]]  # a train that raises fails here
    if given_back(on_lesson, DATA, Y_TRUES, START):
        raise CheckFailed("train(DATA, Y_TRUES, START, ...) gave back what it was given, so whether it learns from its "
                          "data cannot be judged", hint="See the check of train's trajectory: fix train first, and this follows.")
    call = f"train(data, all_y_trues, START, learn_rate=0.1, epochs=5) with data = {OWN_DATA.tolist()}, all_y_trues = {OWN_Y_TRUES.tolist()}"
    with h21.fixed_count(student):  # range(4) on three samples
        on_lesson_losses, on_own_losses = rules.losses_of(on_lesson, "train(DATA, Y_TRUES, START)"), rules.losses_of(replies[steps[1]], call)
    try:
        expect_close(on_lesson_losses, lesson[1], call="", rtol=1e-5)
    except CheckFailed:  # wrong on the lesson's data already (the trajectory check says why): does the data matter?
        if (kept := slips.kept_between_calls_hint(on_own_losses, 5, earlier=on_lesson_losses)) is not None:
            raise CheckFailed(f"{call} returned {len(on_own_losses)} losses for 5 epochs", hint=kept) from None
        if on_lesson_losses == on_own_losses:  # nothing to judge; where a part is to blame, it is named
            part = built_on.broken_part(student, parts)
            raise CheckFailed(f"{call} recorded the same losses as on the lesson's data",
                              hint=rules.UNJUDGED.format(part=part) if part else step_hints.ALL_ZERO if set(on_own_losses) == {0.0} else hints.LESSON_DATA_USED) from None  # fmt: skip
        rules.expect_same_again(student, on_lesson_losses, (DATA, Y_TRUES, START), {"learn_rate": 0.1, "epochs": 5},
                                "train(DATA, Y_TRUES, START, learn_rate=0.1, epochs=5)", built_on.broken_part(student, parts))
        rules.expect_values_matter(student, on_lesson_losses, (DATA * 0.5, Y_TRUES, START), {"learn_rate": 0.1, "epochs": 5},
                                   built_on.broken_part(student, parts))  # as many samples: a count of them is no use
        return
    whole = [Misconception(rules.WHOLE_DATA, v) for v in reference.mistakes.whole_number_training(OWN_DATA, OWN_Y_TRUES, START, 0.1, 5)]
    trained = next((part for part in replies[steps[1]] if isinstance(part, dict)), None)  # swapped or not
    if trained is not None and set(NAMES) <= set(trained):
        expect_close([trained[n] for n in NAMES], [own[0][n] for n in NAMES], rtol=1e-5,
                     call=f"{call}: the trained parameters in the order {', '.join(NAMES)}",
                     misconceptions=[Misconception(hints.LESSON_DATA_USED, [lesson[0][n] for n in NAMES]), whole[0]])  # fmt: skip
    expect_close(on_own_losses, own[1], rtol=1e-5, call=f"{call}: the 5 losses",
                 misconceptions=[Misconception(hints.LESSON_DATA_USED, lesson[1]), whole[1]])  # fmt: skip
    rules.expect_lists_taken(replies, steps[1], steps[2], call)


@pytest.mark.hidden
def test_train_defaults(student, reference, run_cache):
    """train's learn_rate defaults to 0.1 and its epochs to 1000, as the spec says: train without
    them records what the reference's train records with them, or, where train is wrong with both
    given (the trajectory check says why), what the student's own train records with them. On the
    lesson's first sample alone: the 1000 default epochs cost a quarter of the steps. Given by position in
    the spec's order, train(data, all_y_trues, params, 0.1, 5), they train as given by name."""
    rules.judge_defaults(student, reference, run_cache, DATA[:1], Y_TRUES[:1], START,
                         lambda: built_on.broken_part(student, built_on.parts_expected(reference, run_cache)))
