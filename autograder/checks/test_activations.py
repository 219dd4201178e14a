"""Checks for exercise 3, ``activations``: functions, derivatives, stability."""

import numpy as np
import pytest

from autograder.grading import gradcheck
from autograder.grading.compare import (
    CheckFailed,
    Misconception,
    describe,
    diagnose,
    expect_close,
    expect_unchanged,
    fail_with,
    list_error_hint,
    relative_error,
)
from autograder.checking.siblings import load_sibling
from autograder.grading.common_hint import Undisproved
from autograder.sandbox.session import StudentError

hints = load_sibling(__file__, "activations_hints")  # which side of z makes sigmoid overflow; softmax's maximum, keepdims
defaults = load_sibling(__file__, "activations_alpha_hints")  # leaky_relu's default alpha, and a def line without one
slips = load_sibling(__file__, "activations_slips")  # a plus for a minus, a sign flipped, the wrong sum
formulas = load_sibling(__file__, "activations_formulas")  # the formula of z a wrong answer computes
calls = load_sibling(__file__, "activations_calls")  # warnings as errors, arrays asked for one truth value, numbers
precision = load_sibling(__file__, "activations_precision")  # float64 kept; a slope close to the right one, not exact
soft = load_sibling(__file__, "activations_softmax")  # a softmax of scaled or negated scores
extra = load_sibling(__file__, "activations_extra_hints")  # a slope times z, softmax transposed, relu's slope 1 for z < 0
lines = load_sibling(__file__, "activations_source_hints")  # read off the lines: // where / is meant, np.arctanh
h17 = load_sibling(__file__, "activations_h17")  # leaky_relu squared or with np.minimum(alpha, z); a boolean mask as an index
h18 = load_sibling(__file__, "activations_h18")  # another activation in its place (a hard max for softmax), np.gradient
h20 = load_sibling(__file__, "activations_h20")  # z = 0 left to no case, a slope's neighbour, softmax's scores divided
h22 = load_sibling(__file__, "activations_h22")  # 1 + sum in softmax's denominator, rows as a list, z rebound to its positive part

EXERCISE = "activations"

SIGMOID_OF_Z = (
    "z * (1 - z) is the sigmoid's slope written in terms of its output a = sigmoid(z). "
    "Here the argument is z itself: take the sigmoid of z first, then s * (1 - s) with s that output."
)
LARGE = np.array([-1000.0, -400.0, -20.0, 0.5, 20.0, 400.0, 1000.0])
TANH_OVERFLOW = (
    "Your tanh gives nan or inf for large |z|: exp(z) overflows to inf from z = 710 on, and inf / inf is nan. "
    "Use np.tanh(z), or a form whose exp only ever sees -2|z|: with e = np.exp(-2 * np.abs(z)), "
    "tanh(z) = np.sign(z) * (1 - e) / (1 + e)."
)
TANH_OF_Z = (
    "1 - z**2 is tanh's slope in terms of its output a = tanh(z). "
    "Given z, compute 1 - tanh(z)**2."
)

HALF_SUBSTITUTED = (
    "Only one factor of your slope uses {f}'s output; the other uses z itself. Written with the output, "
    "{a} for {f}(z), the slope is {slope}: {a} in both factors, wherever the formula has it, never z. Compute {a} "
    "once from z, then the slope from {a}."
)
SIGMOID_ONE_FACTOR = HALF_SUBSTITUTED.format(f="sigmoid", a="s", slope="s * (1 - s)")
TANH_ONE_FACTOR = HALF_SUBSTITUTED.format(f="tanh", a="t", slope="1 - t * t")
SIGMOID_SIGN = "The sign is flipped: the sigmoid's slope is s * (1 - s) with s the sigmoid's output, not s * (s - 1)."
TANH_SIGN = "The sign is flipped: tanh's slope is 1 - tanh(z)**2, never negative."
TANH_NO_SQUARE = "tanh is not squared: the slope is 1 - tanh(z)**2, not 1 - tanh(z)."
def _sigmoid_slope_mistakes(reference, z):
    """What sigmoid_derivative gives for common slips at ``z`` (the reference asked with the check's ``z``)."""
    s = reference.sigmoid(z)
    return [Misconception(SIGMOID_OF_Z, z * (1 - z)), Misconception(SIGMOID_SIGN, -reference.sigmoid_derivative(z)),
            Misconception(SIGMOID_ONE_FACTOR, s * (1 - z)),
            Misconception(SIGMOID_ONE_FACTOR, z * (1 - s)),
            *hints.slope_mistakes(reference, "sigmoid_derivative", "sigmoid", z), *slips.sigmoid_slope_slips(reference, z), *slips.formula_slips(reference, "sigmoid", z),
            *extra.times_z_slips(reference, "sigmoid_derivative", z), *h20.slope_mistakes("sigmoid_derivative", z)]


def _tanh_slope_mistakes(reference, z):
    """What tanh_derivative gives for common slips at ``z`` (the reference asked with the check's ``z``)."""
    t = reference.tanh(z)
    return [Misconception(TANH_OF_Z, 1 - z**2), Misconception(TANH_NO_SQUARE, 1 - t),
            Misconception(TANH_SIGN, -reference.tanh_derivative(z)),
            Misconception(TANH_ONE_FACTOR, 1 - t * z),
            *hints.slope_mistakes(reference, "tanh_derivative", "tanh", z), *slips.tanh_slope_slips(reference, z), *slips.formula_slips(reference, "tanh", z),
            *extra.times_z_slips(reference, "tanh_derivative", z), *h20.slope_mistakes("tanh_derivative", z)]


def _inputs(rng):
    """Two numbers, edge values, a vector, a matrix and an integer array (kinks at 0 left out).

    The spec asks for a float result whatever the input; an integer array is where
    np.maximum(0, z) or np.where(z > 0, 1, 0) would hand back integers. The numbers are a float
    above 0 (first) and an int below it (last): a branch of its own for numbers (max(0, z), or
    z if z > 0 else ...) is tried on both sides of 0 and with an int, which no array shows.
    """
    return [
        (0.7, "a Python number"),
        (np.array([-3.0, -0.5, 0.25, 2.0, 6.0]), "a 1-D array"),
        (np.round(rng.normal(scale=3.0, size=(3, 4)), 3) + 0.0005, "a random 3x4 array"),
        (rng.normal(size=(2, 2, 3)), "a random 2x2x3 array"),
        (np.array([[-3, -1, 2], [4, -2, 1]]), "an integer array"),
        (-2, "a Python int"),  # last: an array's failure, which says more, comes first
    ]


def _given(kwargs):
    """The keyword arguments of a call as its text shows them: ", alpha=0.3"."""
    return "".join(f", {k}={v}" for k, v in kwargs.items())


def _check_values(student, reference, name, rng, seed, *, misconceptions=None, extra=(), **kwargs):
    cases = [*_inputs(rng), *extra]
    replies = student.map(name, [(z,) for z, _ in cases], kwargs, echo=True)
    known = Undisproved(lambda k: misconceptions(np.asarray(cases[k][0], dtype=float)) if misconceptions else [],
                        lambda: [value for value, _, _ in replies.before_failure()])  # fmt: skip
    with h22.rebound_named(student, name), h17.mask_indexed(student, name), calls.element_wise(name, student), \
            formulas.named(name, cases, replies, kwargs, echoed=True, student=student):
        for index, ((z, what), (got, (z_after,), _)) in enumerate(zip(cases, replies)):
            call = f"{name}(z{_given(kwargs)}) with z = {describe(z)} ({what}, seed {seed})"
            expected = getattr(reference, name)(z, **kwargs)
            known.at(index)  # asked here, whatever the answer, as a recording must
            with calls.number_path(student, name, z, kwargs, expected):
                expect_close(got, expected, call=call, float_dtype=True,
                             misconceptions=lambda: [*lines.floor_mistakes(student, name, expected), *known.kept(index)])
            expect_unchanged(z, z_after, call=call)


def _check_derivative(student, reference, name, function, rng, seed, *, misconceptions=None, **kwargs):
    """The student's derivative against a central difference of the reference function."""
    cases = _inputs(rng)
    replies = student.map(name, [(z,) for z, _ in cases], kwargs, echo=True)  # echoed: was z written into?
    known = Undisproved(lambda k: misconceptions(np.asarray(cases[k][0], dtype=float)) if misconceptions else [],
                        lambda: [value for value, _, _ in replies.before_failure()])  # fmt: skip
    with h22.rebound_named(student, name), h17.mask_indexed(student, name), calls.element_wise(name, student), \
            formulas.named(name, cases, replies, kwargs, echoed=True, student=student):
        for index, ((z, what), (got, (z_after,), _)) in enumerate(zip(cases, replies)):
            call = f"{name}(z{_given(kwargs)}) with z = {describe(z)} ({what}, seed {seed})"
            given, z = z, np.asarray(z, dtype=float)
            numerical = gradcheck.derivative(lambda v: getattr(reference, function)(v, **kwargs), z)
            known.at(index)  # asked here, whatever the answer, as a recording must
            with calls.number_path(student, name, given, kwargs, numerical):
                expect_close(got, numerical, call=call, rtol=1e-4, atol=1e-7, float_dtype=True,
                             misconceptions=lambda: known.kept(index))  # fmt: skip
                error = float(np.max(relative_error(got, numerical, gradcheck.FLOOR)))
                if error > gradcheck.THRESHOLD:
                    raise CheckFailed(
                        f"{call}: largest relative error against the numerical derivative is {error:.2e} "
                        f"(threshold {gradcheck.THRESHOLD:.0e})",
                        hint=diagnose(got, known.kept(index)),
                    )
            expect_unchanged(given, z_after, call=call, hint=slips.WRITES_INTO_INPUT)


@pytest.mark.weight(2)
def test_sigmoid_values(student, reference, rng, seed):
    """sigmoid matches 1 / (1 + exp(-z)) on numbers and arrays of any shape, as floats."""
    _check_values(student, reference, "sigmoid", rng, seed, extra=[(np.array([0.0]), "zero")],
                  misconceptions=lambda z: [*hints.sigmoid_mistakes(reference, z), *slips.sigmoid_sign_slips(reference, z), *slips.sigmoid_formula_slips(reference, z)])


def test_sigmoid_is_stable(student, reference):
    """sigmoid stays finite and warning-free for |z| around 1000."""
    z = np.array([-1000.0, -750.0, -40.0, 0.0, 40.0, 750.0, 1000.0])
    call = f"sigmoid(z) with z = {describe(z)}"
    mirrored = [*hints.sigmoid_mistakes(reference, z), *slips.sigmoid_sign_slips(reference, z), *slips.sigmoid_bracket_slips(reference, z)]
    batch = student.batch()  # the array first; then single numbers, which a branch of their own may compute apart
    steps = [batch.invoke("sigmoid", (value,), strict=True) for value in (z, *calls.LARGE_NUMBERS)]
    replies = batch.run()
    try:
        got = calls.warning_free(lambda: replies[steps[0]], call, hint=None)
    except CheckFailed as wrong:  # which side overflows tells how it was written
        raise CheckFailed(wrong.message, hint=slips.SIGMOID_DIVIDES_BY_ZERO if "divide by zero" in wrong.message else hints.sigmoid_overflow_hint(student)) from None
    expected = reference.sigmoid(z)
    expect_close(got, expected, call=call, misconceptions=mirrored,
                 hint=lambda: h20.zero_hint(student, "sigmoid", [z], [got]) or hints.saturated_hint("sigmoid", z, got, expected))  # fmt: skip
    calls.expect_stable_numbers(replies, steps[1:], got, student)


@pytest.mark.weight(2)
def test_sigmoid_derivative(student, reference, rng, seed):
    """sigmoid_derivative(z) equals the numerical slope of sigmoid at z."""
    _check_derivative(
        student, reference, "sigmoid_derivative", "sigmoid", rng, seed,
        misconceptions=lambda z: _sigmoid_slope_mistakes(reference, z),
    )  # fmt: skip


TANH_HALF = (
    "Your tanh(z) equals tanh(z / 2): built from the sigmoid, the identity is tanh(z) = 2 * sigmoid(2z) - 1, "
    "with 2z inside the sigmoid (or use np.tanh)."
)
LEAKY_CONSTANT = "For z <= 0 you return alpha itself; leaky ReLU returns alpha * z there, alpha times the input."
LEAKY_SLOPE_AT_ZERO = (
    "At z = 0 the slope is alpha (the spec's z <= 0 side), and yours is 1: give 1 only where z > 0."
)


def test_tanh_values(student, reference, rng, seed):
    """tanh matches np.tanh on numbers and arrays."""
    _check_values(student, reference, "tanh", rng, seed,
                  misconceptions=lambda z: [Misconception(TANH_HALF, reference.mistakes.tanh_of_half(z)), *lines.arctanh_mistakes(z)])  # fmt: skip


def test_tanh_on_large_inputs(student):
    """tanh gives -1 and 1, not nan, for |z| around 1000.

    The spec asks for tanh(z) element-wise on any input; it demands silence (no NumPy
    warning) only of sigmoid and softmax, so here only the values count.
    """
    z = LARGE
    call = f"tanh(z) with z = {describe(z)}"
    got = student.call("tanh", z)
    expect_close(got, np.tanh(z), call=call,
                 hint=lambda: (lines.arctanh_hint(student) or h20.reasked_tanh_hint(student, formulas.lookalike_hint) or TANH_OVERFLOW) if hints.not_finite(got) else hints.saturated_hint("tanh", z, got, np.tanh(z))
                 or formulas.lookalike_hint("tanh", [z], [got]) or h18.relatives_hint("tanh", [z], [got]))  # fmt: skip


def test_tanh_derivative(student, reference, rng, seed):
    """tanh_derivative(z) equals the numerical slope of tanh at z."""
    _check_derivative(
        student, reference, "tanh_derivative", "tanh", rng, seed,
        misconceptions=lambda z: _tanh_slope_mistakes(reference, z),
    )  # fmt: skip


def test_relu_values(student, reference, rng, seed):
    """relu(z) = max(0, z) element-wise, as floats."""
    _check_values(student, reference, "relu", rng, seed, extra=[(np.array([-0.0, 0.0, 1e-9]), "zero"),
                                                                (np.array([-300.0, -7.5, 7.25, 300.0]), "large values")],
                  misconceptions=lambda z: [*hints.relu_mistakes(z), *slips.relu_cap_slips(z)])  # fmt: skip


def test_relu_derivative(student, reference, rng, seed):
    """relu_derivative is 1 where z > 0, else 0 (also at exactly 0), and matches the numerical slope."""
    try:
        _check_derivative(student, reference, "relu_derivative", "relu", rng, seed,
                          misconceptions=lambda z: [*hints.slope_mistakes(reference, "relu_derivative", "relu", z), *slips.relu_slope_slips(z)])
    except CheckFailed as failed:  # 1 on the negative side: z != 0, or a test true everywhere, asked at 0
        raise extra.relu_named(failed, student) from None
    z = np.array([-2.0, 0.0, 3.0])
    replies = student.map("relu_derivative", [(z,), (0.0,)])  # the kink in an array, and as one number
    got = replies[0]
    expect_close(
        got, [0.0, 0.0, 1.0], call=f"relu_derivative({describe(z)})",
        hint=slips.relu_kink_hint(got) or formulas.sides_hint("relu_derivative", [z], [got]),
        misconceptions=[Misconception("At z = 0 the spec takes the slope 0: 1 where z > 0, else 0.", [0.0, 1.0, 1.0])],
    )  # fmt: skip
    calls.expect_at_zero(student, "relu_derivative", lambda: replies[1], 0.0, {})


def test_leaky_relu(student, reference, rng, seed):
    """leaky_relu(z, alpha) is z where z > 0 and alpha * z elsewhere, for alpha = 0.1, a smaller one and
    one above 1, each given explicitly (the spec's definition holds for any alpha)."""
    for alpha in (0.1, 0.02, 1.5):
        _check_values(student, reference, "leaky_relu", rng, seed, alpha=alpha, misconceptions=lambda z, alpha=alpha: [
            *slips.leaky_slope_mistakes(z, alpha), *hints.leaky_form_mistakes(z, alpha), *slips.leaky_sign_slips(reference, z, alpha),
            *h17.leaky_mistakes(z, alpha),
            Misconception(LEAKY_CONSTANT, reference.mistakes.leaky_relu_constant_left(z, alpha)),
        ])  # fmt: skip


def test_leaky_relu_derivative(student, reference, rng, seed):
    """leaky_relu_derivative is 1 where z > 0 and alpha where z <= 0."""
    _check_derivative(student, reference, "leaky_relu_derivative", "leaky_relu", rng, seed, alpha=0.1,
                      misconceptions=lambda z: slips.leaky_slope_left_mistakes(hints, z, 0.1))  # fmt: skip
    _check_derivative(student, reference, "leaky_relu_derivative", "leaky_relu", rng, seed, alpha=0.3,
                      misconceptions=lambda z: slips.leaky_slope_left_mistakes(hints, z, 0.3))  # fmt: skip
    z = np.array([-1.0, 0.0, 2.0])
    replies = student.map("leaky_relu_derivative", [(z,), (0.0,)], {"alpha": 0.3})  # the kink as one number too
    got = replies[0]
    expect_close(got, [0.3, 0.3, 1.0], call=f"leaky_relu_derivative({describe(z)}, alpha=0.3)",
                 misconceptions=[*slips.leaky_slope_left_mistakes(hints, z, 0.3), Misconception(LEAKY_SLOPE_AT_ZERO, [0.3, 1.0, 1.0])],
                 hint=formulas.sides_hint("leaky_relu_derivative", [z], [got], 0.3))  # fmt: skip
    calls.expect_at_zero(student, "leaky_relu_derivative", lambda: replies[1], 0.3, {"alpha": 0.3})


def _softmax_mistakes(reference, z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max())
    return [
        Misconception(hints.SOFTMAX_TOTAL_SUM, e / e.sum()),
        *hints.softmax_normaliser_mistakes(z),
        *hints.softmax_axis_mistakes(z),
        *slips.softmax_sum_slips(reference, z),
        *extra.transposed_slips(reference, z),
    ]


@pytest.mark.weight(2)
def test_softmax(student, reference, rng, seed):
    """softmax matches the reference along the last axis, each slice summing to 1."""
    cases = [
        (np.array([1.0, 2.0, 3.0]), "a 1-D array"),
        (np.round(rng.normal(size=(4, 3)), 3), f"a random 4x3 array, seed {seed}"),
        (rng.normal(size=(2, 3, 5)), f"a random 2x3x5 array, seed {seed}"),
        (np.array([[1, 2, 3], [0, 0, 5]]), "an integer array"),
    ]
    replies = student.map("softmax", [(z,) for z, _ in cases], echo=True)
    scaled, replies = soft.common_scaled_hint([z for z, _ in cases], replies), iter(replies)  # one scale in every case
    for z, what in cases:
        with h22.rows_listed(student, z), soft.made_for_rows(student, z), hints.along_last_axis(z):  # right on rows alone: said so
            got, (z_after,), _ = next(replies)
            call = f"softmax(z) with z = {describe(z)} ({what})"
            expect_close(got, (right := reference.softmax(z)), call=call, float_dtype=True, misconceptions=[*lines.floor_mistakes(student, "softmax", right), *_softmax_mistakes(reference, z)],
                         hint=lambda: h22.softmax_extra_hint(z, got) or h20.softmax_hint(z, got, student) or slips.softmax_other_normaliser_hint(got, right) or scaled or h18.softmax_hint(z, got, student))
            expect_unchanged(z, z_after, call=call)


def test_softmax_is_stable(student, reference):
    """softmax of scores around 1000 and -1000 is finite and warning-free, row by row (a row far
    below another's scores is as stable as the rest), and a constant shift changes nothing."""
    z = np.array([[1000.0, 1000.0, 999.0], [-1000.0, 0.0, 1000.0], [-1000.0, -1001.0, -1002.0]])
    call = f"softmax(z) with z = {describe(z)}"
    shifted_by_all = Misconception(hints.SOFTMAX_ROW_MAX, reference.mistakes.softmax_shifted_by_array_max(z))
    known = [shifted_by_all, *_softmax_mistakes(reference, z)]
    with hints.along_last_axis(z):
        try:
            got = calls.warning_free(lambda: student.invoke("softmax", (z,), strict=True), call, hint=hints.SOFTMAX_OVERFLOW,
                                invalid_hint=hints.SOFTMAX_ROW_MAX)  # fmt: skip
        except CheckFailed as wrong:  # x / 0 is no 0 / 0: a sum that can be 0 is not the exponentials'
            by_zero = "divide by zero encountered in divide" in wrong.message
            raise CheckFailed(wrong.message, hint=slips.SOFTMAX_DIVIDED_BY_ZERO if by_zero else
                              h20.reasked_softmax_hint(student) or soft.overflow_reading_hint(student) or h18.softmax_warning_hint(student, wrong.hint, hints.SOFTMAX_ROW_MAX)
                              or wrong.hint) from None  # negated scores overflow too
    expect_close(got, (right := reference.softmax(z)), call=call, misconceptions=known,  # a slice's sum, not a count: says which
                 hint=lambda: h22.softmax_extra_hint(z, got) or h20.softmax_hint(z, got, student) or slips.softmax_other_normaliser_hint(got, right) or soft.scaled_scores_hint(z, got) or h18.softmax_hint(z, got))


# Each derivative, the function it is usually built on, its known mistakes, and the slope in terms of
# that function's output (the hints say it in words: activations_hints.OUTPUT_SLOPE).
DERIVATIVES = (
    ("sigmoid_derivative", "sigmoid", _sigmoid_slope_mistakes, lambda s: s * (1 - s)),
    ("tanh_derivative", "tanh", _tanh_slope_mistakes, lambda t: 1 - t**2),
)


@pytest.mark.hidden
def test_derivatives_on_large_inputs(student, reference):
    """The derivatives stay finite for |z| around 1000."""
    z = np.array([-1000.0, -50.0, 0.5, 50.0, 1000.0])
    batch = student.batch()
    steps = [batch.invoke(name, (z,)) for name, *_ in DERIVATIVES]
    functions = [batch.invoke(function, (z,)) for _, function, *_ in DERIVATIVES]  # last: a failure stops only them
    replies = batch.run()
    for step, function_step, (name, function, mistakes, slope) in zip(steps, functions, DERIVATIVES):
        got = replies[step]
        try:
            value = replies[function_step]
        except StudentError:
            value = None
        cause = hints.derivative_cause(name, function, slope, value, getattr(reference, function)(z), got, z=z)
        expect_close(got, getattr(reference, name)(z), call=f"{name}({describe(z)})", atol=1e-12,
                     hint=lambda: cause or h18.kept_or_numeric_hint(student, name) or precision.approximation_hint(name, [z], [got]),
                     misconceptions=[] if cause else mistakes(reference, z))  # fmt: skip


# Every function of the module takes "a Python number or an array-like" (its docstring): a list is
# what a beginner passes, and what the neuron exercise's code hands an activation.
TAKE_LISTS = ("sigmoid", "sigmoid_derivative", "tanh", "tanh_derivative", "relu", "relu_derivative",
              "leaky_relu", "leaky_relu_derivative", "softmax")  # fmt: skip


def test_functions_take_python_lists(student, reference):
    """Every activation and derivative takes a Python list as it takes an array."""
    z = [-2.0, -0.5, 0.0, 1.5, 3.0]
    expected = {name: getattr(reference, name)(np.array(z)) for name in TAKE_LISTS}
    judged = []  # the functions right on an array: only they say whether a list is taken
    for name in TAKE_LISTS:
        replies = iter(student.map(name, [(np.array(z),), (z,)]))
        try:
            on_array = next(replies)
            expect_close(on_array, expected[name], call=name)
        except (StudentError, CheckFailed) as wrong:
            calls.raise_unimportable(wrong)
            continue  # wrong on an array too: its own check says how
        judged.append(name)
        call = f"{name}(z) with z = {z} (a Python list)"
        try:
            on_list = next(replies)
        except StudentError as exc:
            hint = list_error_hint(exc.raised, exc.raised_message, "z = np.asarray(z, dtype=float), first thing")
            fail_with(exc, hint, also=f"\n  {name} must take a list as it takes an array")
        expect_close(on_list, expected[name], call=call,
                     hint="Convert the input first, z = np.asarray(z, dtype=float), so that a list is computed as "
                          "an array is.")  # fmt: skip
    if not judged:
        raise CheckFailed(f"none of {', '.join(TAKE_LISTS)} gives the right answer for z = np.array({z}), so "
                          "whether they take a list could not be checked: their own checks say what is wrong")


@pytest.mark.hidden
def test_leaky_relu_default_alpha(student, reference):
    """leaky_relu and leaky_relu_derivative called without alpha use the spec's default, alpha = 0.1.
    A wrong default loses this check alone; no check calls by position only to test the parameters' order."""
    z = np.array([-4.0, -1.5, -0.25, 0.0, 0.5, 3.0])
    for name in ("leaky_relu", "leaky_relu_derivative"):
        defaults.expect_default_alpha(student, name, z, getattr(reference, name)(z, alpha=defaults.SPEC_ALPHA))


@pytest.mark.hidden
def test_results_keep_double_precision(student, reference):
    """Every function gives float64 results, for a float64 array and for a Python number (np.float64 or a
    0-d array, the module's docstring), and softmax of a number is 1.0."""
    precision.expect_double_precision(student, reference, TAKE_LISTS, np.array([-2.5, -0.4, 0.3, 1.7]), 0.7)
