"""Names NumPy does not have, written from another library's habits or by a near miss (``foreign_names``),
asked of the real errors NumPy raises for them."""

import numpy as np
import pytest

from autograder.grading.errors import python_error_hint

Z = np.array([[0.5, -1.0, 2.0], [1.5, 0.0, -0.5]])


def _raised(code: str):
    try:
        eval(code, {"np": np, "z": Z, "x": 0.3})
    except Exception as exc:  # noqa: BLE001 - NumPy's own error is what is read
        return type(exc).__name__, str(exc)
    raise AssertionError(f"{code} did not raise")


@pytest.mark.parametrize(("code", "said"), [
    ("np.sum(z, dim=1)", "In NumPy it is axis="),
    ("z.max(axis=1, keepdim=True)", "keepdims=True, with an s"),
    ("np.mean(z, skipna=True)", "(a pandas setting)"),
    ("np.sum(z, axes=1)", "it has axis="),
    ("z.clamp(0, 1)", "np.clip(a, low, high)"),
    ("x.clamp(0)", "A Python float has no .clamp"),
    ("z.exp()", "Write np.exp(a) instead of a.exp()"),
    ("np.float64(1.0).exp()", "A NumPy number has no method .exp()"),
    ("z.values", "drop .values"),
    ("z.append(1.0)", "np.append(a, v), which gives a new array"),
    ("z.resahpe(3, 2)", "it has .reshape"),
    ("np.sigmoid(z)", "1 / (1 + np.exp(-z))"),
    ("np.heavyside(z, 1)", "it has np.heaviside"),
    ("np.float(2)", "np.float is a name NumPy no longer has"),
    ("+(z > 0)", "(z >= 0.5).astype(int)"),
])
def test_the_numpy_spelling_of_a_foreign_or_misspelt_name_is_given(code, said):
    hint = python_error_hint(*_raised(code))
    assert hint is not None and said in hint, hint


@pytest.mark.parametrize("code", ["z.foo", "np.sum(z, banana=1)", "np.frobnicate(z)"])
def test_a_name_with_no_likely_meaning_gets_no_guess(code):
    hint = python_error_hint(*_raised(code))
    assert hint is None or "most likely" not in hint, hint
