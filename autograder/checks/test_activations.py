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
    relative_error,
)
from autograder.sandbox.session import StudentError

EXERCISE = "activations"

SIGMOID_OF_Z = (
    "z * (1 - z) is the sigmoid's slope written in terms of its output a = sigmoid(z). "
    "Here the argument is z itself: compute s = sigmoid(z) first, then s * (1 - s)."
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


def _inputs(rng):
    """A number, edge values, a vector, a matrix and an integer array (kinks at 0 left out).

    The spec asks for a float result whatever the input; an integer array is where
    np.maximum(0, z) or np.where(z > 0, 1, 0) would hand back integers.
    """
    return [
        (0.7, "a Python number"),
        (np.array([-3.0, -0.5, 0.25, 2.0, 6.0]), "a 1-D array"),
        (np.round(rng.normal(scale=3.0, size=(3, 4)), 3) + 0.0005, "a random 3x4 array"),
        (rng.normal(size=(2, 2, 3)), "a random 2x2x3 array"),
        (np.array([[-3, -1, 2], [4, -2, 1]]), "an integer array"),
    ]


def _check_values(student, reference, name, rng, seed, *, misconceptions=None, extra=(), **kwargs):
    cases = [*_inputs(rng), *extra]
    replies = student.map(name, [(z,) for z, _ in cases], kwargs, echo=True)
    for (z, what), (got, (z_after,), _) in zip(cases, replies):
        call = f"{name}(z{''.join(f', {k}={v}' for k, v in kwargs.items())}) with z = {describe(z)} ({what}, seed {seed})"
        expected = getattr(reference, name)(z, **kwargs)
        hints = misconceptions(np.asarray(z, dtype=float)) if misconceptions else ()
        expect_close(got, expected, call=call, float_dtype=True, misconceptions=hints)
        expect_unchanged(z, z_after, call=call)


def _check_derivative(student, reference, name, function, rng, seed, *, misconceptions=None, **kwargs):
    """The student's derivative against a central difference of the reference function."""
    cases = _inputs(rng)
    for (z, what), got in zip(cases, student.map(name, [(z,) for z, _ in cases], kwargs)):
        call = f"{name}(z) with z = {describe(z)} ({what}, seed {seed})"
        z = np.asarray(z, dtype=float)
        numerical = gradcheck.derivative(lambda v: getattr(reference, function)(v, **kwargs), z)
        hints = misconceptions(z) if misconceptions else ()
        expect_close(got, numerical, call=call, rtol=1e-4, atol=1e-7, float_dtype=True, misconceptions=hints)
        error = float(np.max(relative_error(got, numerical, gradcheck.FLOOR)))
        if error > gradcheck.THRESHOLD:
            raise CheckFailed(
                f"{call}: largest relative error against the numerical derivative is {error:.2e} "
                f"(threshold {gradcheck.THRESHOLD:.0e})",
                hint=diagnose(got, hints),
            )


@pytest.mark.weight(2)
def test_sigmoid_values(student, reference, rng, seed):
    """sigmoid matches 1 / (1 + exp(-z)) on numbers and arrays of any shape, as floats."""
    _check_values(student, reference, "sigmoid", rng, seed, extra=[(np.array([0.0]), "zero")])


def test_sigmoid_is_stable(student):
    """sigmoid stays finite and warning-free for |z| around 1000."""
    z = np.array([-1000.0, -750.0, -40.0, 0.0, 40.0, 750.0, 1000.0])
    call = f"sigmoid(z) with z = {describe(z)}"
    got = _warning_free(student, "sigmoid", z, call, hint=(
        "exp(-z) overflows for z = -1000. Use exp(-|z|), which never overflows, "
        "and pick the formula by the sign of z (or clip z to a safe range)."
    ))  # fmt: skip
    expect_close(got, np.exp(-np.logaddexp(0.0, -z)), call=call)


def _warning_free(student, name, z, call, *, hint):
    """Call ``name(z)`` with NumPy's warnings turned into errors; an overflow fails the check."""
    try:
        return student.invoke(name, (z,), strict=True)
    except StudentError as exc:
        message = exc.message
        if "FloatingPointError" in message or "RuntimeWarning" in message:
            raise CheckFailed(f"{call} overflowed: NumPy warned ({message.split(' raised ', 1)[-1]})", hint=hint) from None
        raise


@pytest.mark.weight(2)
def test_sigmoid_derivative(student, reference, rng, seed):
    """sigmoid_derivative(z) equals the numerical slope of sigmoid at z."""
    _check_derivative(
        student, reference, "sigmoid_derivative", "sigmoid", rng, seed,
        misconceptions=lambda z: [Misconception(SIGMOID_OF_Z, z * (1 - z))],
    )  # fmt: skip


def test_tanh_values(student, reference, rng, seed):
    """tanh matches np.tanh on numbers and arrays."""
    _check_values(student, reference, "tanh", rng, seed)


def test_tanh_on_large_inputs(student):
    """tanh gives -1 and 1, not nan, for |z| around 1000.

    The spec asks for tanh(z) element-wise on any input; it demands silence (no NumPy
    warning) only of sigmoid and softmax, so here only the values count.
    """
    z = LARGE
    call = f"tanh(z) with z = {describe(z)}"
    got = student.call("tanh", z)
    expect_close(got, np.tanh(z), call=call, hint=TANH_OVERFLOW if _not_finite(got) else None)


def test_tanh_derivative(student, reference, rng, seed):
    """tanh_derivative(z) equals the numerical slope of tanh at z."""
    _check_derivative(
        student, reference, "tanh_derivative", "tanh", rng, seed,
        misconceptions=lambda z: [Misconception(TANH_OF_Z, 1 - z**2)],
    )  # fmt: skip


def test_relu_values(student, reference, rng, seed):
    """relu(z) = max(0, z) element-wise, as floats."""
    _check_values(student, reference, "relu", rng, seed, extra=[(np.array([-0.0, 0.0, 1e-9]), "zero")])


def test_relu_derivative(student, reference, rng, seed):
    """relu_derivative is 1 where z > 0, else 0 (also at exactly 0), and matches the numerical slope."""
    _check_derivative(student, reference, "relu_derivative", "relu", rng, seed)
    z = np.array([-2.0, 0.0, 3.0])
    expect_close(
        student.call("relu_derivative", z), [0.0, 0.0, 1.0], call=f"relu_derivative({describe(z)})",
        misconceptions=[Misconception("At z = 0 the spec takes the slope 0: 1 where z > 0, else 0.", [0.0, 1.0, 1.0])],
    )  # fmt: skip


def test_leaky_relu(student, reference, rng, seed):
    """leaky_relu(z, alpha) is z where z > 0 and alpha * z elsewhere, for the default and another alpha."""
    _check_values(student, reference, "leaky_relu", rng, seed)
    _check_values(student, reference, "leaky_relu", rng, seed, alpha=0.02)


def test_leaky_relu_derivative(student, reference, rng, seed):
    """leaky_relu_derivative is 1 where z > 0 and alpha where z <= 0."""
    _check_derivative(student, reference, "leaky_relu_derivative", "leaky_relu", rng, seed)
    _check_derivative(student, reference, "leaky_relu_derivative", "leaky_relu", rng, seed, alpha=0.3)
    z = np.array([-1.0, 0.0, 2.0])
    expect_close(student.call("leaky_relu_derivative", z, alpha=0.3), [0.3, 0.3, 1.0],
                 call=f"leaky_relu_derivative({describe(z)}, alpha=0.3)")  # fmt: skip


def _softmax_mistakes(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max())
    return [
        Misconception("softmax works along the last axis: each row sums to 1, not the whole array. "
                      "Use axis=-1 with keepdims=True.", e / e.sum()),
        Misconception("softmax works along the last axis (each row), not down the columns (axis=0).",
                      np.exp(z - z.max(axis=0)) / np.exp(z - z.max(axis=0)).sum(axis=0)),
    ]  # fmt: skip


@pytest.mark.weight(2)
def test_softmax(student, reference, rng, seed):
    """softmax matches the reference along the last axis, each slice summing to 1."""
    cases = [
        (np.array([1.0, 2.0, 3.0]), "a 1-D array"),
        (np.round(rng.normal(size=(4, 3)), 3), f"a random 4x3 array, seed {seed}"),
        (rng.normal(size=(2, 3, 5)), f"a random 2x3x5 array, seed {seed}"),
        (np.array([[1, 2, 3], [0, 0, 5]]), "an integer array"),
    ]
    for (z, what), (got, (z_after,), _) in zip(cases, student.map("softmax", [(z,) for z, _ in cases], echo=True)):
        call = f"softmax(z) with z = {describe(z)} ({what})"
        expect_close(got, reference.softmax(z), call=call, float_dtype=True, misconceptions=_softmax_mistakes(z))
        expect_unchanged(z, z_after, call=call)


def test_softmax_is_stable(student):
    """softmax of scores around 1000 is finite and warning-free, and a constant shift changes nothing."""
    z = np.array([[1000.0, 1000.0, 999.0], [-1000.0, 0.0, 1000.0]])
    call = f"softmax(z) with z = {describe(z)}"
    got = _warning_free(student, "softmax", z, call,
                        hint="exp(1000) overflows. Subtract each row's maximum before exp: softmax does not change.")
    expected = np.exp(z - z.max(axis=-1, keepdims=True))
    expect_close(got, expected / expected.sum(axis=-1, keepdims=True), call=call, misconceptions=_softmax_mistakes(z))


def _not_finite(value) -> bool:
    """Whether a numeric answer holds nan or inf (False for anything that is not numbers)."""
    try:
        return not np.isfinite(np.asarray(value, dtype=float)).all()
    except (TypeError, ValueError):
        return False


# Each derivative, the function it is usually built on, and the slope in terms of that function's output.
DERIVATIVES = (
    ("sigmoid_derivative", "sigmoid", SIGMOID_OF_Z, lambda z: z * (1 - z), lambda s: s * (1 - s)),
    ("tanh_derivative", "tanh", TANH_OF_Z, lambda z: 1 - z**2, lambda t: 1 - t**2),
)


def _built_on_broken(name, function, slope, value, got):
    """A hint when ``got`` is the derivative computed from the student's own ``function``
    and that function gives nan or inf here: the cause is the function, not the derivative."""
    if value is None or not _not_finite(value):
        return None
    with np.errstate(all="ignore"):
        replayed = slope(np.asarray(value, dtype=float))
    if diagnose(got, [Misconception("built on it", replayed)]) is None:
        return None
    return (f"{name} uses your {function}, which gives nan or inf for |z| around 1000 (see the check of "
            f"{function} on large inputs): fix {function} first, and {name} follows.")  # fmt: skip


@pytest.mark.hidden
def test_derivatives_on_large_inputs(student, reference):
    """The derivatives stay finite for |z| around 1000."""
    z = np.array([-1000.0, -50.0, 0.5, 50.0, 1000.0])
    batch = student.batch()
    steps = [batch.invoke(name, (z,)) for name, *_ in DERIVATIVES]
    functions = [batch.invoke(function, (z,)) for _, function, *_ in DERIVATIVES]  # last: a failure stops only them
    replies = batch.run()
    for step, function_step, (name, function, hint, of_z, slope) in zip(steps, functions, DERIVATIVES):
        got = replies[step]
        try:
            value = replies[function_step]
        except StudentError:
            value = None
        cause = _built_on_broken(name, function, slope, value, got)
        expect_close(got, getattr(reference, name)(z), call=f"{name}({describe(z)})", atol=1e-12, hint=cause,
                     misconceptions=[] if cause else [Misconception(hint, of_z(z))])  # fmt: skip
