"""What a wrong result's values say about the mistake that made them, whatever the exercise: the
right value rounded to a few decimals. Pure: values in, a hint (or None) out."""

from __future__ import annotations

import numpy as np

MOST_DECIMALS = 6  # rounding to more decimals than this hides under the checks' tolerance


def rounded_hint(got: np.ndarray, expected: np.ndarray) -> str | None:
    """A hint when ``got`` is ``expected`` rounded to a few decimals (round(x, 4), np.round, a value
    formatted for display and read back). Only when a value that differs has two decimals or more: a
    0 or 1 where 0.99996 belongs is a step or a clip, and 0.5 where 0.52 belongs a sigmoid of 0, not
    rounding."""
    if got.shape != expected.shape or got.size == 0 or not (np.isfinite(got).all() and np.isfinite(expected).all()):
        return None
    differ = ~np.isclose(got, expected, rtol=1e-9, atol=0.0)
    if not differ.any() or np.all(got[differ] == np.round(got[differ], 1)):
        return None  # 1 for 0.99996 is a step or a clip, 0.5 for 0.52 a sigmoid of 0: not a rounding
    for decimals in range(2, MOST_DECIMALS + 1):
        if np.allclose(got, np.round(expected, decimals), rtol=1e-12, atol=1e-15):
            example = f"{float(got[differ][0])!r} for {float(expected[differ][0]):.10g}"
            return (f"Your result is the right value rounded to {decimals} decimals ({example}): the checks "
                    "compare far more digits. Return the full value, without round(), np.round or a number "
                    "formatted for display; round only where you print it.")
    return None
