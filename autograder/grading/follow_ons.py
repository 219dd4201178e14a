"""Follow-on hints that point at a check which passed, caught after grading.

A check whose function is built on another part (fit on step, xor on the gates, train on
backprop) says, when that part answers wrongly, "... (see the check of step): fix step first, and
this follows". The part is judged inside the check, on the check's own small problem; its own
check may judge it on other inputs and pass. Then the pointer sends the student to a green check
and away from the real mistake. The checks are written to avoid this (each part asked on a network
of its own, say), and the corpus test makes sure of it; this module is the net under them: once all
of an exercise's checks have run, a follow-on whose part's checks all passed is replaced by a hint
that says so. A part with no check of its own in the run (a hidden check not run by a student's
``nnkit check``, a part named in other words) is left as it was: there is nothing to contradict it.
"""

from __future__ import annotations

import dataclasses
import re

from . import tracebacks
from .errors import python_error_hint
from .results import TestResult

# the checks' words for a follow-on: "... fix forward first, and loss follows"
FOLLOW_ON = re.compile(r"\bfix ([^.:;()]{1,60}?) first\b")

PART_PASSED = (
    "Your {part} passes its own check, so {part} alone is not the cause here: look at how this function uses it "
    "(the arguments it gives {part}, what it does with the answer, and whether another part changes what {part} "
    "reads, such as a method that also updates the weights)."
)


def checks_of(part: str, names) -> list[str]:
    """The checks (by name) of the part a follow-on names: the check named so, else those whose
    names start or end with the part's name (backward -> backward_gradient_check, Neuron ->
    neuron_feedforward); parametrised checks count by their base name."""
    key = part.strip().lower().replace(" ", "_")
    bases = {name: name.split("[", 1)[0] for name in names}
    exact = [name for name, base in bases.items() if base == key]
    return exact or [name for name, base in bases.items() if base.startswith(key + "_") or base.endswith("_" + key)]


def without_false_follow_ons(tests: tuple[TestResult, ...]) -> tuple[TestResult, ...]:
    """``tests`` (one exercise's results), with each follow-on hint whose part's checks all passed
    replaced by PART_PASSED; everything else as it was."""
    status = {test.name: test.status for test in tests}
    kept = []
    for test in tests:
        if test.status != "passed" and test.hint:
            for part in FOLLOW_ON.findall(test.hint):
                pointed = checks_of(part, status)
                if pointed and all(status[name] == "passed" for name in pointed):
                    test = dataclasses.replace(test, hint=PART_PASSED.format(part=part.strip()))
                    break
        kept.append(test)
    return tuple(kept)


RAISED = re.compile(r"\braised (\w+(?:Error|Exception)):")

SAME_ERROR = (
    "This {kind} comes from inside your {part} ({line}), the same {kind} the check {check} above met: "
    "fix {part} first, and this check follows."
)


def _raised_in(test: TestResult) -> tuple[str, str, str] | None:
    """(exception name, innermost function, its line of code) of a check ended by the student's error."""
    kind = RAISED.search(test.message or "")
    frames = [frame for frame in tracebacks.frames(test.detail) if frame.is_students and frame.function.isidentifier()]
    if not kind or not frames:
        return None
    line = frames[-1].code
    return kind.group(1), frames[-1].function, line if len(line) <= 100 else line[:97] + "..."


def _generic(test: TestResult) -> bool:
    """Whether ``test``'s hint is only Python's error read in general (errors.python_error_hint), which a
    pointer to where the error was first met says better."""
    found = re.search(r"\braised (\w+): (.*)", test.message or "", re.S)
    return bool(found) and test.hint == python_error_hint(found.group(1), found.group(2), test.detail)


def pointed_to_first_error(tests: tuple[TestResult, ...]) -> tuple[TestResult, ...]:
    """``tests`` (one exercise's results, in order), where a check the student's error ended without a
    hint of its own (none, or only Python's error read in general), raised inside a part (a function or method) whose own check came earlier and met the same
    kind of error, gets a hint that points there: the cause is read once, in that check, and not met
    again as a bare error in every check that goes through the part."""
    kept: list[TestResult] = []
    for test in tests:
        raised = _raised_in(test) if test.status == "error" and (not test.hint or _generic(test)) else None
        if raised:
            kind, part, line = raised
            earlier = {t.name: t for t in kept}
            for name in checks_of(part, earlier):
                first = earlier[name]
                if first.status in ("failed", "error") and RAISED.search(first.message or "") and \
                        RAISED.search(first.message).group(1) == kind:  # fmt: skip
                    where = f"`{line}`" if line and not line.endswith(("(", "[", "{")) else "the line the traceback shows"
                    test = dataclasses.replace(test, hint=SAME_ERROR.format(kind=kind, part=part, line=where, check=name))
                    break
        kept.append(test)
    return tuple(kept)


__all__ = ["FOLLOW_ON", "PART_PASSED", "SAME_ERROR", "checks_of", "pointed_to_first_error", "without_false_follow_ons"]
