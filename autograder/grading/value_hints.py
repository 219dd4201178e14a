"""What a wrong result's values say about the mistake that made them, whatever the exercise: the
right value rounded to a few decimals, or times a constant factor. Pure: values in, a hint (or None) out."""

from __future__ import annotations

import numpy as np

MOST_DECIMALS = 6  # rounding to more decimals than this hides under the checks' tolerance


def rounded_hint(got: np.ndarray, expected: np.ndarray) -> str | None:
    """A hint when ``got`` is ``expected`` rounded to a few decimals (round(x, 4), np.round, a value
    formatted for display and read back). To one decimal only where three values or more differ and not
    all of them are 0, 0.5 or 1: a 0 or 1 where 0.99996 belongs is a step or a clip, and 0.5 where 0.52
    belongs a sigmoid of 0, not rounding."""
    if got.shape != expected.shape or got.size == 0 or not (np.isfinite(got).all() and np.isfinite(expected).all()):
        return None
    differ = ~np.isclose(got, expected, rtol=1e-9, atol=0.0)
    if not differ.any():
        return None
    one_decimal = np.all(got[differ] == np.round(got[differ], 1))
    if one_decimal and (differ.sum() < 3 or np.all(np.isin(got[differ], (0.0, 0.5, 1.0)))):
        return None  # 1 for 0.99996 is a step or a clip, 0.5 for 0.52 a sigmoid of 0: not a rounding
    for decimals in range(1 if one_decimal else 2, MOST_DECIMALS + 1):
        half_unit = 0.5 * 10.0**-decimals * (1 + 1e-9) + 1e-15  # a tie rounds either way (Python's round, np.round)
        if np.allclose(got, np.round(got, decimals), rtol=1e-12, atol=1e-15) and np.all(np.abs(got - expected) <= half_unit):
            example = f"{float(got[differ][0])!r} for {float(expected[differ][0]):.10g}"
            return (f"Your result is the right value rounded to {decimals} decimal{'s' if decimals > 1 else ''} ({example}): the checks "
                    "compare far more digits. Return the full value, without round(), np.round or a number "
                    "formatted for display; round only where you print it.")
    return None


def capped_hint(got: np.ndarray, expected: np.ndarray) -> str | None:
    """A hint when ``got`` is ``expected`` cut off at a bound (np.clip, min or max with a number): equal
    wherever the right value lies between the bounds, and the bound itself wherever it lies beyond. Only
    where two values or more are cut, at bounds of three decimals at most (1, 0.5, 6: what one types), and
    some right value lies strictly between them (0/1 labels flipped to 1 are wrong labels, not a cap)."""
    if got.shape != expected.shape or got.size == 0 or not (np.isfinite(got).all() and np.isfinite(expected).all()):
        return None
    differ = ~np.isclose(got, expected, rtol=1e-6, atol=1e-9)
    above, below = differ & (expected > got), differ & (expected < got)
    if not differ.any() or not (above | below)[differ].all():
        return None
    top = float(got[above].max()) if above.any() else np.inf
    bottom = float(got[below].min()) if below.any() else -np.inf
    bounds = [b for b in (top, bottom) if np.isfinite(b)]
    if differ.sum() < 2 or any(b != round(b, 3) for b in bounds):
        return None  # one value off, or a bound no one types: a coincidence, not a clip
    if not np.any((expected > bottom + 1e-9) & (expected < top - 1e-9)):
        return None  # nothing kept between the bounds: labels flipped to the other label, not values cut off
    if not np.allclose(got, np.clip(expected, bottom, top), rtol=1e-6, atol=1e-9):
        return None
    where = " and ".join(f"{side} {bound:.6g}, yours is {bound:.6g}" for side, bound in
                         (("above", top), ("below", bottom)) if np.isfinite(bound))  # fmt: skip
    return (f"Your values are the right ones cut off at a bound: wherever the right value is {where}. Nothing in the "
            "spec caps these values: look for np.clip, np.minimum or np.maximum (or min, max) with a number, and "
            "drop it.")


def _times(factor: float) -> str:
    """``2`` -> "2 times", ``0.25`` -> "0.25 times (1/4 of)"."""
    text = f"{factor:.4g} times"
    inverse = 1.0 / factor
    if abs(factor) < 1 and abs(inverse - round(inverse)) < 1e-6:
        text += f" (1/{round(inverse)} of)"
    return text


def same_values(a, b, rtol: float = 1e-6, atol: float = 1e-10) -> bool:
    """Whether ``a`` and ``b`` have one shape and the same numbers to a tight tolerance (a replay of the student's
    own rule matched against what their code gave)."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=rtol, atol=atol))


def common_factor(got: np.ndarray, expected: np.ndarray, rtol: float = 1e-6) -> float | None:
    """The one constant c (not 0 or 1) with ``got`` = c * ``expected`` everywhere, or None."""
    nonzero = np.abs(expected) > 1e-12
    if not nonzero.any() or not np.isfinite(got).all() or np.any(np.abs(got[~nonzero]) > 1e-12):
        return None
    ratios = got[nonzero] / expected[nonzero]
    factor = float(np.median(ratios))
    if abs(factor) < 1e-6 or abs(factor - 1) < 1e-3 or not np.allclose(ratios, factor, rtol=rtol, atol=0):
        return None
    return factor


def scale_hint(got: np.ndarray, expected: np.ndarray, rtol: float = 1e-6) -> str | None:
    """A hint when every value of ``got`` is the expected one times the same constant (not 0 or 1):
    a factor or a sign is wrong. For a single number (any two have some ratio) only -1, 2, 1/2 or
    another whole number or its inverse counts, and both readings are said: a factor, or terms left out."""
    factor = common_factor(got, expected, rtol)
    if factor is None:
        return None
    whole = any(abs(x - round(x)) < 1e-6 for x in (factor, 1.0 / factor))
    if (single := int(np.sum(np.abs(expected) > 1e-12)) == 1) and not whole:
        return None
    if abs(factor + 1) < 1e-6:
        return ("Your values have the right size and the opposite sign: a sign is flipped, "
                "for example a difference taken the wrong way round (b - a for a - b).")  # fmt: skip
    text = (f"Every value of yours is exactly {_times(factor)} the right one: a constant factor is wrong, "
            "for example a factor of 0.5 or 2 too many or too few, or a division by the wrong count.")
    if single:  # one ratio cannot prove a constant factor
        text = (f"Your value is exactly {_times(factor)} the right one here. If that holds for other inputs too, a "
                f"constant factor is wrong{text[text.index(', for'):-1]}. If not, some terms are left out or counted twice.")
    if factor > 2.5 and abs(factor - round(factor)) < 1e-6:  # a count: the number of values averaged
        text += (f" If {round(factor)} is the number of values your code adds up, it sums where the mean belongs: "
                 "take np.mean of them, or divide by that count.")
    return text
