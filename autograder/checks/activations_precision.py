"""Hints and a check of the activations exercise on precision: results that keep float64's digits (not
float32's, not an int for a number), and a slope that is close to the right one but not exact (a finite
difference where the spec's formula belongs). Said in words, never as a solution's code line.

The right values are computed here from the spec's definitions with NumPy alone, so the student's kit
(which holds only the reference's recorded answers) says the same.

Loaded by ``test_activations.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.grading.compare import CheckFailed, dtype_hint, expect_close, kind_of
from autograder.sandbox.session import StudentError

NARROW = (
    "Your {name} returns {dtype} values for a float64 input: {dtype} keeps about {digits} significant digits, where "
    "float64, NumPy's default, keeps 16, so every result is off from about the {off} digit on (and a single number "
    "comes back as np.{dtype}, where the module's docstring asks for np.float64). Compute in float64: convert with "
    "dtype=float, which is float64, not a narrower type such as np.float32."
)
SOFTMAX_NUMBER = (
    "softmax of a single number (no axis to work along) is a single choice, which gets the probability 1.0, a "
    "float (the module's docstring): yours {what}. Give a number that float, before any axis is used."
)


def _digits(dtype):
    return {2: (3, "4th"), 4: (7, "8th")}.get(np.dtype(dtype).itemsize, (16, "17th"))


def _narrow(value):
    """The dtype's name when ``value`` holds floats narrower than float64 (float32, float16), else None."""
    kind = getattr(value, "dtype", None)
    return kind.name if kind is not None and kind.kind == "f" and kind.itemsize < 8 else None


def _fail_narrow(call, name, got):
    dtype = _narrow(got)
    digits, off = _digits(dtype)
    raise CheckFailed(f"{call} returned {kind_of(got)}: {dtype}, not float64",
                      hint=NARROW.format(name=name, dtype=dtype, digits=digits, off=off))


def expect_double_precision(student, reference, names, z, number):
    """Each of ``names`` gives float64 results: on the float64 array ``z`` and on the Python float
    ``number`` (the docstring: a number gives np.float64 or a 0-d array, shape ()). Judged only for a
    function right on ``z`` (a wrong one is its own check's), softmax too, though its number (1.0: a single
    choice) no other check asks: a softmax that gives 1.0 whatever it is given is not judged right. Nothing judged fails: a rule that cannot be judged earns nothing."""
    judged = []
    for name in names:
        replies = student.map(name, [(z,), (number,)] if name != "softmax" else [(number,), (number,)])  # a map stops at
        # its first failure: softmax's array (which it does not need) must not hide its number's answer
        expected = 1.0 if name == "softmax" else getattr(reference, name)(number)
        call = f"{name}({number}) (a single Python float)"
        if name != "softmax":
            try:
                on_array = replies[0]
                expect_close(on_array, getattr(reference, name)(z), call=name)
            except (StudentError, CheckFailed) as wrong:
                if isinstance(wrong, StudentError) and not wrong.raised and "could not be imported" in wrong.message:
                    raise  # nothing of the module can be judged: the error says why
                continue  # wrong on an array: its own check says how
            judged.append(name)
            if _narrow(on_array):
                _fail_narrow(f"{name}(z) with z = a float64 array", name, on_array)
        else:  # its number is judged only where softmax is right on an array: 1.0 whatever it is given is not
            try:
                expect_close(student.call(name, z), getattr(reference, name)(z), call=name)
            except (StudentError, CheckFailed):
                continue
            judged.append(name)
        try:
            got = replies[1]
        except StudentError as exc:
            if name != "softmax":
                continue  # a number is its own check's (each tries numbers)
            raise CheckFailed(f"{call}: {exc.message}", hint=SOFTMAX_NUMBER.format(what=f"raises {exc.raised or 'an error'}")) from None
        if name != "softmax":  # its type and shape are its own check's (each asks numbers): only the width here
            if _narrow(got) and _numeric(got) and np.allclose(np.asarray(got, dtype=float), expected, rtol=1e-6, atol=1e-9):
                _fail_narrow(call, name, got)
            continue
        expect_close(got, expected, call=call, hint=SOFTMAX_NUMBER.format(what=f"gives {got!r}"))
        if _narrow(got):
            _fail_narrow(call, name, got)
        if not (isinstance(got, float) or getattr(got, "dtype", None) == np.float64) or np.shape(got) != ():
            hint = dtype_hint(got) if not isinstance(got, (list, tuple)) else None
            raise CheckFailed(f"{call} returned {kind_of(got)}; it should return a float64 number of shape ()",
                              hint=hint or SOFTMAX_NUMBER.format(what=f"gives {got!r}"))
    if not judged:
        raise CheckFailed(f"none of {', '.join(names)} gives the right answer for a float64 array, so the precision "
                          "of their results could not be judged: their own checks say what is wrong")


def _numeric(value):
    try:
        np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return False
    return True


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _sigmoid_slopes(z):
    """The sigmoid's first three derivatives at ``z``."""
    s = _sigmoid(z)
    d = s * (1 - s)
    return d, d * (1 - 2 * s), d * (1 - 2 * s) ** 2 - 2 * d * d


def _tanh_slopes(z):
    """tanh's first three derivatives at ``z``."""
    t = np.tanh(z)
    d = 1 - t * t
    return d, -2 * t * d, -2 * d * (1 - 3 * t * t)


SLOPES = {"sigmoid_derivative": ("sigmoid", _sigmoid_slopes, "s * (1 - s), where s is sigmoid(z)"),
          "tanh_derivative": ("tanh", _tanh_slopes, "1 - t ** 2, where t is tanh(z)")}
FINITE_DIFFERENCE = (
    "Your {name} is close to the right slope but not exact: at z = {z:g} it gives {got:.10g}, where the slope is "
    "{right:.10g}. That is what a {kind} difference gives, {formula} with a step h of about {h:.0e}: it only "
    "approaches the slope as h shrinks, so a check that compares more digits finds the gap. The spec's slope is "
    "exact, {form}: compute it from {f}(z) itself, with no step."
)
APPROXIMATE = (
    "Your {name} is close to the right slope but not exact, off by a relative {error:.1e} at z = {z:g}: an "
    "approximation gives this, such as a finite difference, ({f}(z + h) - {f}(z)) / h, which only approaches the "
    "slope as h shrinks, or a constant written with a few digits (2.718 for e), or a step through float32. The "
    "spec's slope is exact, {form}."
)
DIFFERENCES = (  # (kind, formula, the step h that explains an error err from the right slope's derivatives)
    ("forward", "({f}(z + h) - {f}(z)) / h", lambda err, d2, d3: 2 * err / d2),
    ("backward", "({f}(z) - {f}(z - h)) / h", lambda err, d2, d3: -2 * err / d2),
    ("central", "({f}(z + h) - {f}(z - h)) / (2 * h)", lambda err, d2, d3: np.sqrt(np.abs(6 * err / d3)) * np.sign(err / d3)),
)


def approximation_hint(name, inputs, answers):
    """A hint when ``answers`` (the student's ``name``, sigmoid_derivative or tanh_derivative, at ``inputs``)
    are close to the right slope (within 1 %) but not equal to it where they differ: FINITE_DIFFERENCE when
    one step h of a forward, backward or central difference explains every difference (from the error and the
    curve's bend there), APPROXIMATE otherwise; None when the answers are not numbers of the inputs' shapes,
    are right, or are further off."""
    if name not in SLOPES:
        return None
    function, slopes, form = SLOPES[name]
    zs, gots = [], []
    for z, got in zip(inputs, answers):
        if not _numeric(got) or np.shape(got) != np.shape(z):
            continue
        zs.append(np.ravel(np.asarray(z, dtype=float)))
        gots.append(np.ravel(np.asarray(got, dtype=float)))
    if not zs:
        return None
    z, got = np.concatenate(zs), np.concatenate(gots)
    d1, d2, d3 = slopes(z)
    if not np.isfinite(got).all():
        return None
    off = ~np.isclose(got, d1, rtol=1e-9, atol=1e-13)
    if not off.any() or not np.allclose(got, d1, rtol=1e-2, atol=1e-9):
        return None
    err = got - d1
    first = int(np.flatnonzero(off)[0])
    with np.errstate(all="ignore"):
        for kind, formula, step in DIFFERENCES:
            usable = off & (np.abs(d2 if kind != "central" else d3) > 1e-3)
            if not usable.any():
                continue
            h = step(err[usable], d2[usable], d3[usable])
            if np.all(h > 0) and np.allclose(h, h[0], rtol=0.05) and 1e-9 < h[0] < 0.5:
                at = int(np.flatnonzero(usable)[0])
                return FINITE_DIFFERENCE.format(name=name, z=z[at], got=got[at], right=d1[at], kind=kind,
                                                formula=formula.format(f=function), h=h[0], form=form, f=function)
    error = float(np.max(np.abs(err[off]) / np.maximum(np.abs(d1[off]), 1e-12)))
    return APPROXIMATE.format(name=name, error=error, z=z[first], f=function, form=form)
