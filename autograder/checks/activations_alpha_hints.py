"""The activations rule that leaky_relu and its derivative default to the spec's alpha = 0.1: what a
call without alpha is compared with, the alpha a wrong default used, and a def line that gives none.

Loaded by ``test_activations.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.grading.compare import CheckFailed, describe, expect_close
from autograder.sandbox.session import StudentError


SPEC_ALPHA = 0.1  # the spec's default alpha of leaky_relu and leaky_relu_derivative
OTHER_DEFAULT = (
    "Called without alpha, your {name} uses alpha = {used:g}: the spec's default is alpha = 0.1, written in the "
    "def line, def {name}(z, alpha=0.1). Right with alpha given, wrong without it: only the default differs."
)
UNKNOWN_DEFAULT = (
    "Called without alpha, your {name} gives other values than with alpha=0.1 given: the spec's default is "
    "alpha = 0.1, written in the def line, def {name}(z, alpha=0.1), and used in the body as the argument alpha."
)
NO_DEFAULT = (
    "Your {name} needs alpha, but the spec gives it a default, 0.1, so that {name}(z) works alone: write the def "
    "line as def {name}(z, alpha=0.1)."
)


def _default_used(name, z, got):
    """The alpha that ``got`` (``name`` of ``z`` called without alpha) was computed with, when its
    left side (z < 0 for the function, z <= 0 for the slope) shows one; None otherwise."""
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != z.shape:
        return None
    left = got[z < 0] / z[z < 0] if name == "leaky_relu" else got[z <= 0]
    if not np.isfinite(left).all() or not np.allclose(left, left[0], rtol=1e-9, atol=1e-12):
        return None
    return float(left[0])


def _own_answer(name, z, own, at_other_alpha):
    """The student's wrong ``own`` answer at alpha = 0.1 as the measure of its default, when it is
    an array of z's shape that another alpha changes; else a CheckFailed: a default cannot be
    judged on a function that gives no numbers or ignores alpha."""
    try:
        answer, other = np.asarray(own, dtype=float), np.asarray(at_other_alpha, dtype=float)
    except (TypeError, ValueError):
        answer = other = None
    if answer is None or answer.shape != z.shape or np.array_equal(answer, other):
        what = "gives the same answer at alpha=0.3" if answer is not None and answer.shape == z.shape else "returned " + describe(own)
        raise CheckFailed(f"{name}(z, alpha={SPEC_ALPHA}) with z = {describe(z)} is wrong and {what}, so its default "
                          "cannot be judged", hint=f"See the check of {name}: fix {name} first, and this follows.")  # fmt: skip
    return answer


def expect_default_alpha(student, name, z, expected):
    """``name`` (leaky_relu or its derivative) called on ``z`` without alpha gives what it gives
    with alpha=0.1 given: ``expected`` (the reference's value there) where the student's is right
    with alpha given, else the student's own answer with alpha given, so a wrong formula with the
    right default loses points only in its own check. Nothing to compare (an error, no numbers, or
    numbers that do not depend on alpha) fails: a rule that cannot be judged earns nothing."""
    batch = student.batch()
    given = batch.invoke(name, (z,), {"alpha": SPEC_ALPHA})
    default = batch.invoke(name, (z,))
    other = batch.invoke(name, (z,), {"alpha": 3 * SPEC_ALPHA})
    replies = batch.run()
    own = replies[given]  # an error with alpha given fails here, as in the function's own check
    try:
        expect_close(own, expected, call="")
    except CheckFailed:
        expected = _own_answer(name, z, own, replies[other])
    call = f"{name}(z) with z = {describe(z)} and alpha not given"
    try:
        got = replies[default]
    except StudentError as exc:
        if exc.raised == "TypeError" and "alpha" in exc.raised_message:
            raise CheckFailed(f"{call}: {exc.message}", hint=NO_DEFAULT.format(name=name)) from None
        raise
    used = _default_used(name, z, got)
    hint = UNKNOWN_DEFAULT if used is None or np.isclose(used, SPEC_ALPHA) else OTHER_DEFAULT
    expect_close(got, expected, call=call, hint=hint.format(name=name, used=used or 0.0))
