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

import numpy as np


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


def not_computed(answers, *, given=(), again=None) -> str | None:
    """Why ``answers`` show no computation, or None when they do.

    ``answers``: the part's answers to two or more questions whose right answers differ; ``given``: for
    each answer, what the part was given for it (a tuple of arguments), where an answer equal to one
    of them is the question handed back; ``again``: a pair (first answer, the answer to the same question
    asked once more)."""
    answers = list(answers)
    if given and all(given_back(answer, *args) for answer, args in zip(answers, given)):
        return "gave back what it was given"
    if all(same_answer(answers[0], other) for other in answers[1:]):
        return "gave the same answer to questions whose right answers differ"
    if again is not None and not same_answer(*again):
        return "gave two different answers to the same question asked twice"
    return None
