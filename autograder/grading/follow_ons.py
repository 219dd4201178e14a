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


__all__ = ["FOLLOW_ON", "PART_PASSED", "checks_of", "without_false_follow_ons"]
