"""Checks for exercise 2, ``perceptron``: Rosenblatt's learning rule."""

import numpy as np
import pytest

from autograder.grading.compare import (
    FLOAT32_HINT,
    IN_PLACE_HINT,
    CheckFailed,
    Misconception,
    describe,
    expect_close,
    expect_float,
    expect_unchanged,
    fail_with,
    kind_of,
    list_error_hint,
    truth_value_hint,
)
from autograder.checking.remote import RemoteObject
from autograder.checking.siblings import load_sibling
from autograder.sandbox.session import StudentError

hints = load_sibling(__file__, "perceptron_hints")  # what the known mistakes in fit and predict are told
probe = load_sibling(__file__, "perceptron_probe")  # the first step of a wrong fit that leaves the rule
fit_errors = load_sibling(__file__, "perceptron_fit_errors")  # weights with an axis too many, an array for a number
fits = load_sibling(__file__, "perceptron_fits")  # the weights known mistakes leave; two fits that disagree
learns = load_sibling(__file__, "perceptron_learns")  # a fit that learns: what the checks of how it behaves need
predict_probe = load_sibling(__file__, "perceptron_predict_probe")  # where a wrong predict fires, on sums it picks
shapes = load_sibling(__file__, "perceptron_predict_shapes")  # one label per feature, or the first sample's alone
names = load_sibling(__file__, "perceptron_name_hints")  # a name without self., == None, X made one row
own = load_sibling(__file__, "perceptron_h17")  # read from the class: Perceptron.weights, enumerate from 1, np.append...
h18, h19 = (load_sibling(__file__, m) for m in ("perceptron_h18", "perceptron_h19"))  # h18: epochs ignored...; h19: np.empty, loops
h20 = load_sibling(__file__, "perceptron_h20")  # an aliased convergence check, the bias per feature, .fill's None...
h21, h22, built = (load_sibling(__file__, m) for m in ("perceptron_h21", "perceptron_h22", "perceptron_fit_constructs"))  # h21: max(epochs, 10), np.unique, plateau stops...; h22: round(sigmoid), a second prediction, shape[1], dtype object

EXERCISE = "perceptron"

GATE_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
GATE_Y = {"AND": np.array([0, 0, 0, 1]), "OR": np.array([0, 1, 1, 1])}


CHECKLIST = "Start from zeros, visit the samples in order, and update after every sample."


def _learned(learned, call):
    """The weights and bias read after fit (a dict from get_many), checked for their kind."""
    weights = learned["weights"]
    bias = _bias(learned["bias"], call=f"{call}, then .bias")
    if not isinstance(weights, np.ndarray) or weights.ndim != 1:
        raise CheckFailed(f"{call}: .weights should be a 1-D float array, got {kind_of(weights)}",
                          hint=hints.weights_kind_hint(weights))
    return weights, bias


def _bias(bias, call):
    """``bias`` as one number; a bias kept as a one-number array is named as such."""
    try:
        return expect_float(bias, call=call)
    except CheckFailed as wrong:
        raise CheckFailed(wrong.message, hint=hints.bias_array_hint(bias) or wrong.hint) from None


def _datasets(rng, seed):
    separable_X = np.round(rng.uniform(-1, 1, size=(20, 3)), 2)
    separable_y = (separable_X @ np.array([0.7, -0.4, 0.2]) + 0.1 >= 0).astype(int)
    noisy_X = np.round(rng.normal(size=(15, 2)), 2)
    noisy_y = rng.integers(0, 2, size=15)
    return [
        ("the AND table", GATE_X, GATE_Y["AND"], 0.1, 10),
        ("the OR table", GATE_X, GATE_Y["OR"], 0.1, 10),
        (f"20 random separable samples with 3 features (seed {seed})", separable_X, separable_y, 0.05, 15),
        (f"15 random samples that no line separates (seed {seed})", noisy_X, noisy_y, 0.2, 7),
    ]


def test_fit_returns_self(student):
    """fit(X, y) returns the perceptron itself."""
    batch = student.batch()
    made = batch.invoke("Perceptron", kwargs={"lr": 0.1, "epochs": 3})
    fit = batch.invoke("fit", (GATE_X, GATE_Y["AND"]), on=made)
    replies = batch.run()
    try:
        p, got = replies[made], replies[fit]
    except StudentError as exc:  # weights made one per sample fail inside fit: say so where it is first seen
        per_sample = hints.weights_per_sample_hint(student, GATE_X, GATE_Y["AND"])  # the weights' count, said first
        exc.hint = built.uncalled_method_hint(student, exc) or h22.fit_error_hint(student, exc) or h21.fit_error_hint(student, exc) or h20.fit_error_hint(student, exc) or h19.fit_error_hint(student, exc) or h18.fit_error_hint(student, exc) or own.fit_error_hint(student, exc) or ((per_sample and (exc.hint or per_sample)) or fit_errors.whole_data_hint(exc, GATE_X) or exc.hint
                    or fit_errors.fit_error_hint(student, exc, GATE_X, GATE_Y["AND"]))
        raise
    if not (isinstance(got, RemoteObject) and isinstance(p, RemoteObject) and got.id == p.id):
        raise CheckFailed(f"Perceptron.fit(X, y) returned {describe(got)}; it should end with `return self`",
                          hint=hints.FIT_RETURNS_NONE if got is None else hints.FIT_RETURNS_OTHER)  # fmt: skip


@pytest.mark.weight(4)
def test_weights_after_fit(student, reference, rng, seed, run_cache):
    """After fit, weights and bias are what the spec's rule gives on four data sets (the rule is deterministic)."""
    cases = _datasets(rng, seed)
    batch = student.batch()  # all four fits in one request: they take milliseconds
    steps = []
    for _, X, y, lr, epochs in cases:
        p = batch.invoke("Perceptron", kwargs={"lr": lr, "epochs": epochs})
        batch.invoke("fit", (X, y), on=p)
        steps.append(batch.get_many(["weights", "bias"], on=p))
    replies = batch.run()
    replayed = [run_cache.when_needed(("perceptron.mistakes", index), lambda X=X, y=y, lr=lr, e=epochs: fits.rule_mistakes(
        reference, X, y, lr, e)) for index, (_, X, y, lr, epochs) in enumerate(cases)]  # replayed where a hint needs them
    # one data set alone may not tell two mistakes apart, nor show that another data set rules one out:
    # a mistake is named only when it explains what fit learned on all four (where all can be read)
    learned = _all_learned(replies, steps)
    for index, ((what, X, y, lr, epochs), step) in enumerate(zip(cases, steps)):
        call = f"Perceptron(lr={lr}, epochs={epochs}).fit(X, y) on {what}"
        weights, bias = fit_errors.read_or_why(student, lambda: _learned(replies[step], call), X, y)

        def reference_fit(X=X, y=y, lr=lr, epochs=epochs):
            ref = reference.Perceptron(lr=lr, epochs=epochs).fit(X, y)
            return np.append(ref.weights, ref.bias)

        expected = run_cache.once(("perceptron.weights_after_fit", index), reference_fit)
        try:
            expect_close(np.append(weights, bias), expected, call="")
            continue  # right on this data set: nothing to name
        except CheckFailed:
            mistakes = [replay() for replay in replayed]
        float32 = weights.dtype == np.float32
        named = hints.named_everywhere(learned, mistakes, index) if learned else None
        try:
            expect_close(
                np.append(weights, bias),
                expected,
                call=f"{call}: the weights followed by the bias",
                misconceptions=[] if learned else mistakes[index],
                hint=FLOAT32_HINT if float32 else built.fit_hint(student, cases, learned) or h22.fit_hint(student, cases, learned) or h20.fit_hint(student, cases, learned) or h21.fit_hint(student, cases, learned) or named or own.weights_hint(student) or CHECKLIST,
            )
        except CheckFailed as wrong:
            if wrong.hint != CHECKLIST:
                raise
            hint = (h20.fit_hint(student, cases, learned) or h19.fit_hint(student, cases, learned) or fits.data_changed_hint(student, X, y, lr, epochs) or h18.epochs_hint(student, hints.start_hint(student, GATE_X, GATE_Y), hints.EPOCHS_IGNORED)
                    or fits.chance_hint(student, cases[2][1], cases[2][2])
                    or probe.lr_hint(student, X, y, lr, epochs) or probe.step_hint(student, X, y, lr, epochs) or CHECKLIST)
            raise CheckFailed(wrong.message, hint=hint) from None


def _all_learned(replies, steps):
    """The weights followed by the bias that fit learned on each data set, or None when one of
    them cannot be read (fit raised, or left no weights of the right kind)."""
    try:
        return [np.append(*_learned(replies[step], "")) for step in steps]
    except (CheckFailed, StudentError, TypeError, ValueError):
        return None


def _predicted(replies, step, student, X):
    """The reply of a predict step; Python's if/and/or/max on the array of sums fails the check with a
    hint instead of ending it as an error. An error fit raised before predict ran goes on as it is: the
    hint is about predict's array of sums, and fit's own checks name fit's error."""
    try:
        return replies[step]
    except StudentError as exc:
        from_predict = not exc.message.split("(", 1)[0].endswith(".fit")
        fail_with(exc, (h22.object_hint(student, exc) or h19.product_hint(student) or own.shadow_hint(student, exc) or names.predict_error_hint(student, exc, X) or truth_value_hint(exc.raised_message, hints.ELEMENT_WISE))
                  if from_predict else None)  # fmt: skip


@pytest.mark.weight(2)
def test_predict_uses_step_at_zero(student, reference, rng, seed):
    """predict(X) returns 0/1 integers, 1 where X @ weights + bias >= 0 (exactly 0 included)."""
    weights, bias = np.array([0.5, -0.25]), -0.25
    X = np.vstack([[1.0, 1.0], [0.5, 0.0], [0.0, 0.0], np.round(rng.uniform(-2, 2, size=(9, 2)), 2)])
    call = f"predict(X) with weights {weights.tolist()}, bias {bias} and X = {describe(X)} (seed {seed})"
    batch = student.batch()
    p = batch.invoke("Perceptron")
    batch.invoke("fit", (GATE_X, GATE_Y["OR"]), on=p)
    batch.set_many({"weights": weights, "bias": bias}, on=p)
    predict = batch.invoke("predict", (X,), on=p)
    no_bias = reference.mistakes.predict_without_bias(weights, X)  # asked whatever the answer: recorded
    got = _predicted(batch.run(), predict, student, X)
    if isinstance(got, list):
        raise CheckFailed(f"{call} returned {kind_of(got)}; predict should return an integer array",
                          hint=hints.PREDICT_LIST)  # fmt: skip
    expected = ((X @ weights + bias) >= 0).astype(float)
    minus = ((X @ weights - bias) >= 0).astype(float)  # where no sum lies in [-|bias|, |bias|), as no_bias's
    alike = np.array_equal(minus, np.asarray(no_bias, dtype=float))
    strict, half = ((X @ weights + bias) > 0).astype(float), ((X @ weights + bias) >= 0.5).astype(float)
    truncated = ((np.trunc(X) @ weights + bias) >= 0).astype(float)  # X made an integer array first
    try:
        _expect_labels(got, expected, call, strict, half, alike, minus, no_bias, truncated)
    except CheckFailed as wrong:  # a probe of where predict fires tells a step slip from a bias slip the data here may not
        said = wrong.hint in (predict_probe.STRICT, predict_probe.HALF)  # a step at another number, named already,
        # unless the probe shows a bias mixed in another way, which gave the same labels on the check's data
        hint = built.predict_hint(student, got, X, weights, bias) or h20.predict_shape_hint(student, got, X) or own.clip_hint(student, got, X, weights, bias) or shapes.shape_hint(student, got, X, weights, bias) or h19.predict_hint(student, got, X, weights, bias) or h19.product_hint(student) or (predict_probe.bias_hint(student, parts=False) or wrong.hint if said
                else hints.training_data_hint(got, X, GATE_X, weights, bias) or predict_probe.step_hint(student)
                or wrong.hint or predict_probe.bias_hint(student))  # fmt: skip
        raise CheckFailed(wrong.message, hint=hint) from None
    if not (isinstance(got, np.ndarray) and got.dtype.kind in "iu"):
        kind = got.dtype.kind if isinstance(got, np.ndarray) else None
        raise CheckFailed(f"{call} returned {kind_of(got)}; predict should return an integer array",
                          hint=h21.predict_dtype_hint(student, got) or hints.PREDICT_DTYPE.get(kind) or hints.PREDICT_LIST)  # fmt: skip


def _expect_labels(got, expected, call, strict, half, alike, minus, no_bias, truncated):
    """predict's labels against the rule's, with the known slips' labels for hints."""
    expect_close(got, expected, call=call, misconceptions=[
        Misconception(predict_probe.STRICT, strict), Misconception(predict_probe.HALF, half),
        *([Misconception(predict_probe.BIAS_SIGN.format(alike=", or without it (the two give the same labels here)"), minus)] if alike
          else [Misconception(predict_probe.BIAS_SIGN.format(alike=""), minus), Misconception(hints.NO_BIAS_IN_PREDICT, no_bias)]),
        Misconception(fit_errors.PREDICT_TRUNCATED, truncated)], hint=predict_probe.labels_hint(got))  # fmt: skip


@pytest.mark.weight(2)
@pytest.mark.parametrize("gate", ["AND", "OR"])
def test_learns_gate(student, gate):
    """Trained for 10 epochs with lr=0.1, the perceptron predicts the gate's truth table; after one epoch (fit's
    docstring example, which leaves the bias at 0.0) predict answers too."""
    batch = student.batch()
    p = batch.invoke("Perceptron", kwargs={"lr": 0.1, "epochs": 10})
    batch.invoke("fit", (GATE_X, GATE_Y[gate]), on=p)
    predict = batch.invoke("predict", (GATE_X,), on=p)
    learned = batch.get_many(["weights", "bias"], on=p)  # if it fails, only the hint is lost
    once = batch.invoke("Perceptron", kwargs={"lr": 0.1, "epochs": 1})  # the docstring's example: bias 0.0 after it
    batch.invoke("fit", (GATE_X, GATE_Y[gate]), on=once)
    once_learned = batch.get_many(["weights", "bias"], on=once)
    once_predict = batch.invoke("predict", (GATE_X,), on=once)
    replies = batch.run()
    got = _predicted(replies, predict, student, GATE_X)
    try:
        expect_close(got, GATE_Y[gate], call=f"after fit on the {gate} table (lr=0.1, epochs=10), predict(X)")
    except CheckFailed as wrong:
        raise CheckFailed(wrong.message, hint=shapes.single_label_hint(student, got, len(GATE_X)) or wrong.hint
                          or _fit_or_predict(replies, learned, got)) from None
    try:
        replies[once_predict]
    except StudentError as exc:  # predict answers after ten epochs but not after one: what one epoch left decides
        raise CheckFailed(f"after Perceptron(lr=0.1, epochs=1).fit on the {gate} table (one epoch, as in fit's docstring example), "
                          f"predict(X) raised {exc.raised or 'an error'}: {exc.raised_message}",
                          hint=fit_errors.refused_fit_hint(replies, once_learned)) from None


def _fit_or_predict(replies, learned, got):
    """Which of fit and predict a wrong gate comes from: predict is right if it gives what the
    weights the student's own fit learned give."""
    try:
        values = replies[learned]
        follows = (GATE_X @ np.asarray(values["weights"], dtype=float) + float(values["bias"]) >= 0).astype(float)
        matches = np.array_equal(np.asarray(got, dtype=float), follows)
    except (StudentError, KeyError, TypeError, ValueError):
        return None
    if matches:
        return ("predict is right for the weights your fit learned, so fit is where it goes wrong "
                "(see the check of the weights after fit): fix fit first, and this follows.")
    return "predict should give 1 where X @ weights + bias >= 0 with the weights fit learned, and 0 elsewhere."


def test_fit_leaves_data_alone(student):
    """fit does not modify X or y (judged only on a fit that learns weights: one that does nothing
    leaves the data alone trivially, and earns nothing here)."""
    X = 2.0 * GATE_X  # inputs 0 and 2: a fit that rescales X in place (X /= its maximum) changes it
    y = GATE_Y["AND"].astype(float)
    batch = student.batch()
    p = batch.invoke("Perceptron", kwargs={"lr": 0.1, "epochs": 5})
    fit = batch.invoke("fit", (X, y), on=p, echo=True)
    read = batch.get_many(["weights"], on=p)
    gate = learns.ask(batch)
    replies = batch.run()
    _, (X_after, y_after), _ = replies[fit]
    if not isinstance(replies[read]["weights"], np.ndarray):
        raise CheckFailed(f"after Perceptron.fit(X, y) on the AND table (inputs 0 and 2), weights is {kind_of(replies[read]['weights'])}, "
                          "so fit learned nothing whose effect on X and y could be judged",
                          hint="See the check of the weights after fit: fix fit first, and this follows.")  # fmt: skip
    expect_unchanged(X, X_after, call="Perceptron.fit(X, y)", what="X")
    expect_unchanged(y, y_after, call="Perceptron.fit(X, y)", what="y",
                     hint=hints.labels_changed_hint(y, y_after) or IN_PLACE_HINT)
    learns.expect_learns(student, replies, gate, "whether it leaves X and y alone")


@pytest.mark.hidden
def test_attribute_types(student):
    """After fit, weights is a float array of shape (n_features,) and bias a float."""
    X = np.array([[0.0, 1.0, 2.0], [1.0, 0.0, -1.0]])
    batch = student.batch()
    p = batch.invoke("Perceptron", kwargs={"lr": 0.1, "epochs": 2})
    batch.invoke("fit", (X, np.array([1, 0])), on=p)
    read = batch.get_many(["weights", "bias"], on=p)
    gate = learns.ask(batch)
    replies = batch.run()
    learned = replies[read]
    weights = learned["weights"]
    call = "after Perceptron(lr=0.1, epochs=2).fit(X, y) with 3 features, weights"
    if not (isinstance(weights, np.ndarray) and weights.shape == (3,) and weights.dtype.kind == "f"):
        raise CheckFailed(f"{call} is {kind_of(weights)}; expected a float array of shape (3,)")
    _bias(learned["bias"], call="bias")
    learns.expect_learns(student, replies, gate, "the types of weights and bias")


@pytest.mark.hidden
def test_fit_accepts_lists(student):
    """fit takes X and y as Python lists and as integer arrays (the module's docstring: array-like; its example
    is an integer X) and learns what it learns from the same numbers as float arrays; predict takes them too."""
    batch = student.batch()
    steps, kinds = [], [(GATE_X.tolist(), GATE_Y["AND"].tolist()), (GATE_X, GATE_Y["AND"]),
                        (GATE_X.astype(int), GATE_Y["AND"])]  # fmt: skip
    for X, y in kinds:
        p = batch.invoke("Perceptron", kwargs={"lr": 0.1, "epochs": 5})
        batch.invoke("fit", (X, y), on=p)
        steps.append(batch.get_many(["weights", "bias"], on=p))
    predicts = [batch.invoke("predict", (X,), on=p) for X in (GATE_X, GATE_X.tolist())]  # on the integer X's fit
    gate = learns.ask(batch)
    replies = batch.run()
    call = "Perceptron(lr=0.1, epochs=5).fit(X, y) with X and y given as Python lists"
    try:
        from_lists = replies[steps[0]]
    except StudentError as exc:
        hint = list_error_hint(exc.raised, exc.raised_message, "X = np.asarray(X, dtype=float) at the start of fit")
        fail_with(exc, hint)
    weights, bias = _learned(from_lists, call)
    learns.expect_learns(student, replies, gate, "whether it takes lists")
    try:
        from_arrays = np.append(*_learned(replies[steps[1]], call))
    except (StudentError, CheckFailed):
        return  # fit fails on arrays too: the other checks say why
    expect_close(np.append(weights, bias), from_arrays, call=f"{call}: the weights followed by the bias, against "
                 "those learned from the same numbers as arrays")  # fmt: skip
    fit_errors.expect_integer_X(replies, steps[2], predicts, from_arrays, GATE_X)


FIT_CONTINUES = (
    "A second fit continued from the weights the first one left. fit starts from zeros every time it is "
    "called: at the start of fit, every time (not only when there are no weights yet), set the weights to "
    "zeros, one per feature, and the bias to 0.0, and keep nothing else between fits."
)


@pytest.mark.hidden
def test_fit_starts_afresh(student):
    """A second fit starts again from zeros: fit on NAND then on AND leaves what a new perceptron's fit
    on AND leaves (the student's own, so a wrong but consistent rule loses points only in its own
    checks; a fit that raises, or leaves no weights, fails here as everywhere)."""
    batch = student.batch()
    fresh = batch.invoke("Perceptron", kwargs={"lr": 0.1, "epochs": 3})
    batch.invoke("fit", (GATE_X, GATE_Y["AND"]), on=fresh)
    reads = [batch.get_many(["weights", "bias"], on=fresh)]  # read before the second fit, which may raise
    reused = batch.invoke("Perceptron", kwargs={"lr": 0.1, "epochs": 3})
    batch.invoke("fit", (GATE_X, 1 - GATE_Y["AND"]), on=reused)
    batch.invoke("fit", (GATE_X, GATE_Y["AND"]), on=reused)
    reads.append(batch.get_many(["weights", "bias"], on=reused))
    settings = batch.get_many(["lr", "epochs"], on=reused)  # what the two fits left of the settings
    gate = learns.ask(batch)
    replies = batch.run()
    call = "Perceptron(lr=0.1, epochs=3): fit on the NAND table, then fit on the AND table"
    expected = np.append(*_learned(replies[reads[0]], call))  # a fit that raises fails here too
    try:
        got = np.append(*_learned(replies[reads[1]], call))
    except StudentError as exc:  # a new perceptron's fit went through: the second fit's own error
        fail_with(exc, names.second_fit_hint(exc))
    learns.expect_learns(student, replies, gate, "whether a second fit starts afresh")
    expect_close(got, expected, call=f"{call}: the weights followed by the bias, against those of a new "
                 "perceptron fitted on the AND table only", hint=lambda: h19.empty_hint(student) or own.settings_hint(replies, settings) or FIT_CONTINUES)  # fmt: skip


@pytest.mark.hidden
def test_defaults_as_the_spec(student, rng):
    """Perceptron() with no arguments learns what the student's own Perceptron(lr=0.01, epochs=15)
    learns: the spec's defaults (so a wrong rule loses points only in its own checks; a fit that
    raises fails here as everywhere; a wrong default loses this check alone)."""
    X = np.round(rng.normal(size=(12, 2)), 2)
    y = rng.integers(0, 2, size=12)
    batch = student.batch()
    reads = []
    for kwargs in ({}, {"lr": 0.01, "epochs": 15}, {"lr": 0.01, "epochs": 15}):
        p = batch.invoke("Perceptron", kwargs=kwargs)
        batch.invoke("fit", (X, y), on=p)
        reads.append(batch.get_many(["weights", "bias"], on=p))
    gate = learns.ask(batch)
    replies = batch.run()
    call = "Perceptron().fit(X, y) with 12 random samples that no line separates"
    explicit, again = (np.append(*_learned(replies[read], call)) for read in reads[1:])  # a fit that raises fails
    learns.expect_learns(student, replies, gate, "its defaults")
    if not np.array_equal(explicit, again):  # fit depends on chance: nothing to judge the defaults by
        raise CheckFailed("Perceptron(lr=0.01, epochs=15).fit(X, y) learned other weights when fitted again on the "
                          "same data, so its defaults cannot be judged",
                          hint=h19.empty_hint(student) or hints.BY_CHANCE.format(first=describe(explicit), second=describe(again)))  # fmt: skip
    got = np.append(*_learned(replies[reads[0]], call))
    expect_close(got, explicit, call=f"{call}: the weights followed by the bias, against those of your "
                 "Perceptron(lr=0.01, epochs=15)", hint=hints.defaults_hint(got, explicit))  # fmt: skip
