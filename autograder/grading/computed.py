"""Whether a part's answers show a computation at work: what a rule about *how* it answers needs first.

Some checks judge how a part gives its answers rather than which answers: finite, of a type, the
caller's data left alone, a tuple taken as a list. Code that computes nothing can meet such a rule:
``return 0`` is finite, ``return x`` leaves ``x`` alone, ``return random.random()`` is a float. So
each such rule is judged only where the part's answers behave as answers to questions do:

- **they depend on the question**: two questions whose right answers differ get different answers;
- **they are not the question given back**: an answer equal to what the part was given (``return x``)
  shows no work, whatever it is;
- **the same question gets the same answer**: an answer that differs between two askings of one
  question (a random number) says nothing about the question.

A wrong part that computes still has its rule judged (its own check names what is wrong), so one
mistake does not cost every rule about the same part. Where the answers fail one of the three, the
check fails, saying that the rule cannot be judged and which part to fix first: a rule that cannot
be tried earns nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Raised:
    """What stands for an answer where the part raised instead (``message``: what its error said). A
    question the part refused is not a question left unasked: answers that only hold up because the
    part raised when asked again, or when asked another question, show no computation."""

    message: str = ""


@dataclass(frozen=True)
class NoComputation:
    """Why answers show no computation: ``kind`` (one of KINDS) for the code that acts on it, ``text``
    (its str) for the student."""

    kind: str
    text: str

    def __str__(self) -> str:
        return self.text


GIVEN_BACK, SAME_FOR_ALL, CHANGES, RAISED = "given back", "same for all", "changes", "raised"
KINDS = (GIVEN_BACK, SAME_FOR_ALL, CHANGES, RAISED)


def same_answer(one, other) -> bool:
    """Whether two answers are the same: equal numbers (arrays of one shape, lists, dicts of them), or
    equal texts where they are not numbers."""
    if isinstance(one, dict) or isinstance(other, dict):
        return (isinstance(one, dict) and isinstance(other, dict) and one.keys() == other.keys()
                and all(same_answer(one[k], other[k]) for k in one))  # fmt: skip
    try:
        a, b = np.asarray(one, dtype=float), np.asarray(other, dtype=float)
    except (TypeError, ValueError, OverflowError):
        return _text(one) == _text(other)
    return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=True))


def _text(value) -> str:
    try:
        return repr(value)
    except Exception:  # noqa: BLE001 - a value whose repr raises is its type
        return type(value).__name__


def given_back(answer, *given) -> bool:
    """Whether ``answer`` is one of the things the part was ``given`` (numbers, arrays, lists, dicts),
    handed back as it came."""
    return any(same_answer(answer, each) for each in given if each is not None)


def not_computed(answers, *, given=(), again=None) -> NoComputation | None:
    """Why ``answers`` show no computation, or None when they do.

    ``answers``: the part's answers to two or more questions whose right answers differ (the first one
    an answer; a later one may be ``Raised``); ``given``: for each answer, what the part was given for it
    (a tuple of arguments), where an answer equal to one of them is the question handed back; ``again``:
    a pair (first answer, the answer to the same question asked once more, or ``Raised``)."""
    answers = list(answers)
    refused = [answer for answer in answers[1:] if isinstance(answer, Raised)]
    if refused:
        return NoComputation(RAISED, f"raised an error on another question ({refused[0].message or 'no message'})")
    if given and all(given_back(answer, *args) for answer, args in zip(answers, given)):
        return NoComputation(GIVEN_BACK, "gave back what it was given")
    if all(same_answer(answers[0], other) for other in answers[1:]):
        return NoComputation(SAME_FOR_ALL, "gave the same answer to questions whose right answers differ")
    if again is not None and isinstance(again[1], Raised):
        return NoComputation(RAISED, f"raised an error when the same question was asked again "
                                     f"({again[1].message or 'no message'})")
    if again is not None and not same_answer(*again):
        return NoComputation(CHANGES, "gave two different answers to the same question asked twice")
    return None
