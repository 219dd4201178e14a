"""The pictures of a student's feedback: which kinds there are, which tests show them, and each
one as a PNG and in words.

A check leaves plain data for a picture in ``TestResult.artifacts[kind]``, its verdict
included (which points are on the wrong side, where the losses first differ); the HTML shows
the picture next to the test, the Markdown says it in words. Hidden tests show none.

Drawing costs about a tenth of a second per picture; identical pictures (the same gate
weights, every right XOR network) are drawn once per process.
"""

from __future__ import annotations

import functools
import json
import math
import warnings
from collections.abc import Callable
from dataclasses import dataclass

from ..grading.results import TestResult
from .drawing import draw_decision, draw_gate, draw_gradient_errors, draw_loss_curve
from .picture_words import decision_words, gate_words, gradient_words, loss_words

__all__ = ["KINDS", "picture_png", "picture_words", "pictures_of"]


@dataclass(frozen=True)
class PictureKind:
    draw: Callable[[dict], bytes]  # the data -> a PNG
    words: Callable[[dict], str]  # the data -> what the picture shows, in words
    on_failure_only: bool  # shown only when its test did not pass (it explains the failure)


# In the order a test shows them. The loss curve and the gradient errors explain a failure;
# the decision pictures show what a network or gate learned, passed or not.
KINDS: dict[str, PictureKind] = {
    "loss_curve": PictureKind(draw_loss_curve, loss_words, on_failure_only=True),
    "gradient_errors": PictureKind(draw_gradient_errors, gradient_words, on_failure_only=True),
    "decision": PictureKind(draw_decision, decision_words, on_failure_only=False),
    "gate": PictureKind(draw_gate, gate_words, on_failure_only=False),
}


def pictures_of(test: TestResult) -> list[tuple[str, dict]]:
    """The pictures a test shows, as (kind, data): none for a hidden test."""
    if test.hidden:
        return []
    return [(kind, test.artifacts[kind]) for kind, picture in KINDS.items()
            if kind in test.artifacts and not (picture.on_failure_only and test.status == "passed")]  # fmt: skip


def _rounded(value):
    """Floats to 6 significant digits: the same picture for answers that differ by rounding noise
    (every right XOR network draws the same surface), so the cache draws it once. What the
    picture marks right or wrong was recorded by the check on the exact numbers, and is kept."""
    if isinstance(value, float):
        return float(f"{value:.6g}") if math.isfinite(value) else value
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_rounded(v) for v in value]
    return value


@functools.lru_cache(maxsize=128)
def _cached_png(kind: str, key: str) -> bytes:
    """Many students share a picture (the same right gate weights, a passing gradient check):
    draw each distinct one once per process."""
    return KINDS[kind].draw(json.loads(key))


def picture_png(kind: str, data: dict) -> bytes | None:
    """The PNG of one artifact, or None if it cannot be drawn (malformed data)."""
    try:
        key = json.dumps(_rounded(data), allow_nan=True, default=str)  # in its order: the bars' order
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # odd data (no contour to draw, ...) is not news
            return _cached_png(kind, key)
    except Exception:  # noqa: BLE001 - a picture is a bonus: odd data must never cost the student the feedback
        return None


def picture_words(kind: str, data: dict) -> str:
    """What one artifact's picture shows, in words; "" for data too odd to say anything of."""
    try:
        return KINDS[kind].words(data)
    except Exception:  # noqa: BLE001 - the same: words about odd data are a bonus too
        return ""
