"""More readings of the activations' wrong answers: a slope with an extra factor z (a chain rule
half remembered), a softmax that comes back transposed, a relu_derivative that is 1 on the negative side
(a test true there: z != 0, or relu(z) >= 0, which holds everywhere), told apart by asking the student's
relu_derivative at 0 and on both sides of it. Said in words, never as a solution's code line.

Loaded by ``test_activations.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.grading.compare import CheckFailed, Misconception
from autograder.sandbox.session import StudentError

TIMES_Z = (
    "Your {name} is the right slope multiplied by z: ({slope}) * z, an extra factor z (it makes the slope 0 at "
    "z = 0 and negative for every negative z, where {f} rises everywhere). No chain rule is needed here: the "
    "derivative of {f} with respect to its own input z is {slope} alone, with {a} = {f}(z). Drop the factor z."
)
SOFTMAX_TRANSPOSED = (
    "Your softmax's answer is right but transposed: each sample's probabilities come out as a column, where "
    "z's rows are the samples (a (m, n) input gives (n, m)). Working on z.T along axis 0 does this unless the "
    "result is transposed back. Simpler: work on z itself along the last axis, the max and the sum with "
    "axis=-1 and keepdims=True, and the result has z's shape."
)
RELU_NONZERO = (
    "Your relu_derivative gives 1 for negative inputs as well as positive ones, and 0 only at z = 0 exactly "
    "(it gave {got} for z = {z}): it tests z != 0 (or a nonzero z), which is true on both sides of 0. relu is "
    "flat (slope 0) for every negative z: test z > 0 instead, 1.0 where z > 0 and 0.0 elsewhere."
)
RELU_ALWAYS_ONE = (
    "Your relu_derivative gives 1 for every input, negative, zero or positive (it gave {got} for z = {z}): "
    "the test it makes is true everywhere. relu(z) >= 0 is such a test, since relu's output is never "
    "negative (and z >= 0 on relu's output, or np.ones_like(z), give the same). The slope depends on z itself: "
    "1.0 where z > 0, and 0.0 where z <= 0."
)
RELU_SIDES = np.array([-3.0, -0.5, 0.0, 0.5, 3.0])


def times_z_slips(reference, name, z):
    """The slope of ``name`` (sigmoid_derivative or tanh_derivative) at ``z`` times z."""
    z = np.asarray(z, dtype=float)
    if name == "sigmoid_derivative":
        words = dict(name=name, slope="s * (1 - s)", f="sigmoid", a="s")
    else:
        words = dict(name=name, slope="1 - t**2", f="tanh", a="t")
    return [Misconception(TIMES_Z.format(**words), getattr(reference, name)(z) * z)]


def transposed_slips(reference, z):
    """softmax of ``z`` (two axes or more) with its axes reversed, as z.T along axis 0 gives it."""
    z = np.asarray(z, dtype=float)
    if z.ndim < 2:
        return []
    return [Misconception(SOFTMAX_TRANSPOSED, reference.softmax(z).T)]


def relu_ones_hint(student):
    """RELU_NONZERO or RELU_ALWAYS_ONE when the student's relu_derivative on RELU_SIDES is 1 on the negative
    side, as on the positive one (asked only once its check failed); None otherwise."""
    try:
        got = np.asarray(student.call("relu_derivative", RELU_SIDES.copy()), dtype=float)
    except (StudentError, TypeError, ValueError):
        return None
    if got.shape != RELU_SIDES.shape:
        return None
    shown = dict(got=[float(v) for v in got], z=RELU_SIDES.tolist())
    if np.array_equal(got, [1.0, 1.0, 0.0, 1.0, 1.0]):
        return RELU_NONZERO.format(**shown)
    if np.array_equal(got, np.ones(5)):
        return RELU_ALWAYS_ONE.format(**shown)
    return None


def relu_named(failed, student):
    """``failed`` (relu_derivative's check) again with relu_ones_hint, where it says something."""
    hint = relu_ones_hint(student)
    if hint is None:
        return failed
    return CheckFailed(failed.message, hint=hint, detail=getattr(failed, "detail", ""), credit=getattr(failed, "credit", 0.0))
