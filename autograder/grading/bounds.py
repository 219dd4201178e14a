"""What a result keeps of a student's doing: bounded, and writable as UTF-8.

A result quotes a submission in many places: messages that show its answers,
hints, the traceback of what it raised, what it printed, the data of its
pictures (a loss list it returned, say). Each kind is cut to a limit of its
own, with a visible marker (``CUT``); lone surrogates, which no UTF-8 file can
hold, become U+FFFD. If the whole record is still larger than
``MAX_RESULT_BYTES`` as JSON (text that JSON escapes grows up to six times),
the limits shrink, pictures go, and it is cut again, so a ``result.json``
stays under 1 MB and a batch's memory does not grow with what students send.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import math
import re

from .results import ExerciseResult, SubmissionResult, TestResult

MAX_RESULT_BYTES = 900_000  # one submission's record as JSON (result.json)
MAX_MESSAGE_CHARS = 4000  # a test's message
MAX_HINT_CHARS = 1000
MAX_DETAIL_CHARS = 8000  # a traceback
MAX_DESCRIPTION_CHARS = 500
MAX_NAME_CHARS = 200  # a test's, an exercise's or a submission's name
MAX_PROBLEM_CHARS = 1000  # why a submission or an exercise could not be graded
MAX_OUTPUT_CHARS = 16_000  # what one exercise's code printed
MIN_TEXT_CHARS = 200  # the limits shrink no further than this
MAX_PICTURE_VALUES = 2000  # entries of one list or dict in a picture's data
MAX_PICTURE_TEXT = 200  # one string in a picture's data
MAX_PICTURE_DEPTH = 6  # nesting of a picture's data
MAX_PICTURE_BYTES = 100_000  # one picture's data as JSON; larger, it is left out
LARGEST_INT = 2**53  # larger ints in a picture become floats (JSON cannot print huge ints quickly)
CUT = " ... (cut)"

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text) -> str:
    """``text`` as a string that UTF-8 can encode: each lone surrogate becomes U+FFFD."""
    text = text if isinstance(text, str) else str(text)
    return _SURROGATE.sub("\ufffd", text)


def cut(text, limit: int) -> str:
    """``text`` cleaned and at most ``limit`` characters long, ending in ``CUT`` when shortened."""
    text = text if isinstance(text, str) else str(text)
    if len(text) > limit:
        text = text[: max(0, limit - len(CUT))] + CUT
    return clean(text)


@dataclasses.dataclass(frozen=True)
class Caps:
    """The limits one pass of ``bounded_result`` cuts to."""

    message: int = MAX_MESSAGE_CHARS
    hint: int = MAX_HINT_CHARS
    detail: int = MAX_DETAIL_CHARS
    problem: int = MAX_PROBLEM_CHARS
    output: int = MAX_OUTPUT_CHARS
    pictures: bool = True

    def smaller(self) -> "Caps":
        """A quarter of each limit (never below MIN_TEXT_CHARS), and no pictures."""
        quarter = {f.name: max(MIN_TEXT_CHARS, getattr(self, f.name) // 4)
                   for f in dataclasses.fields(self) if f.name != "pictures"}  # fmt: skip
        return Caps(**quarter, pictures=False)


# --------------------------------------------------------------------------- pictures


def _picture_value(value, depth: int):
    """Plain JSON data from ``value``: lists and dicts cut to MAX_PICTURE_VALUES entries, strings
    to MAX_PICTURE_TEXT, nesting to MAX_PICTURE_DEPTH, huge ints made floats."""
    if value is None or isinstance(value, (bool, float)):
        return value
    if isinstance(value, int):
        return value if abs(value) <= LARGEST_INT else math.inf if value > 0 else -math.inf
    if isinstance(value, str):
        return cut(value, MAX_PICTURE_TEXT)
    if hasattr(value, "item") and getattr(value, "ndim", 1) == 0:  # a NumPy scalar
        return _picture_value(value.item(), depth)
    if depth >= MAX_PICTURE_DEPTH:
        return None
    if isinstance(value, dict):
        pairs = itertools.islice(value.items(), MAX_PICTURE_VALUES)
        return {cut(key, MAX_PICTURE_TEXT): _picture_value(item, depth + 1) for key, item in pairs}
    if hasattr(value, "ravel"):  # a NumPy array: only the entries kept are converted
        value = value.ravel()[:MAX_PICTURE_VALUES].tolist()
    if isinstance(value, (list, tuple)):
        return [_picture_value(item, depth + 1) for item in value[:MAX_PICTURE_VALUES]]
    return cut(value, MAX_PICTURE_TEXT)


def _length(value) -> int | None:
    """How many entries a list, dict or array holds (an array's all, as it is flattened); None for the rest."""
    if hasattr(value, "ravel"):
        return int(getattr(value, "size", 0))
    return len(value) if isinstance(value, (list, tuple, dict)) else None


def bounded_picture(data):
    """One picture's data (any plain data a check left), bounded; for a dict, ``data["cut"]``
    maps each list that was shortened to its length before. None when even that is larger
    than MAX_PICTURE_BYTES as JSON."""
    if isinstance(data, dict):
        out, lengths = {}, {}
        for key, value in itertools.islice(data.items(), MAX_PICTURE_VALUES):
            size = _length(value)
            if size is not None and size > MAX_PICTURE_VALUES:
                lengths[cut(key, MAX_PICTURE_TEXT)] = size
            out[cut(key, MAX_PICTURE_TEXT)] = _picture_value(value, 1)
        if lengths:
            out["cut"] = lengths
    else:
        out = _picture_value(data, 0)
    try:
        size = len(json.dumps(out, separators=(",", ":")))
    except (TypeError, ValueError):
        return None
    return out if size <= MAX_PICTURE_BYTES else None


def bounded_artifacts(artifacts) -> dict:
    """Every picture's data bounded; one too large even then is left out."""
    if not isinstance(artifacts, dict):
        return {}
    bounded = {}
    for kind, data in itertools.islice(artifacts.items(), MAX_PICTURE_VALUES):
        value = bounded_picture(data)
        if value is not None or data is None:
            bounded[cut(kind, MAX_NAME_CHARS)] = value
    return bounded


# --------------------------------------------------------------------------- results


def _test(test: TestResult, caps: Caps) -> TestResult:
    return dataclasses.replace(
        test,
        name=cut(test.name, MAX_NAME_CHARS),
        message=cut(test.message, caps.message),
        hint=None if test.hint is None else cut(test.hint, caps.hint),
        description=cut(test.description, MAX_DESCRIPTION_CHARS),
        detail=cut(test.detail, caps.detail),
        artifacts=bounded_artifacts(test.artifacts) if caps.pictures else {},
    )


def _exercise(exercise: ExerciseResult, caps: Caps) -> ExerciseResult:
    return dataclasses.replace(
        exercise,
        name=cut(exercise.name, MAX_NAME_CHARS),
        title=cut(exercise.title, MAX_NAME_CHARS),
        tests=tuple(_test(t, caps) for t in exercise.tests),
        problem=cut(exercise.problem, caps.problem),
        output=cut(exercise.output, caps.output),
    )


def _submission(result: SubmissionResult, caps: Caps) -> SubmissionResult:
    return dataclasses.replace(
        result,
        submission=cut(result.submission, MAX_NAME_CHARS),
        exercises=tuple(_exercise(e, caps) for e in result.exercises),
        problem=cut(result.problem, caps.problem),
    )


def json_size(result: SubmissionResult) -> int:
    """The length of the result's full record as result.json holds it."""
    return len(json.dumps(result.to_dict(full=True), separators=(",", ":")))


def bounded_result(result: SubmissionResult) -> SubmissionResult:
    """``result`` with every text and picture cut to its limit, and smaller limits until its
    record is at most MAX_RESULT_BYTES as JSON (or the limits are at their floor)."""
    caps = Caps()
    while True:
        bounded = _submission(result, caps)
        if caps == caps.smaller() or json_size(bounded) <= MAX_RESULT_BYTES:
            return bounded
        caps = caps.smaller()
