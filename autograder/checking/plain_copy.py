"""A copy of the plain data a check hands a function or keeps from one (arrays, numbers, strings and the
lists, tuples and dicts made of them), with nothing shared that a later in-place change could reach.

One copier for the two places that keep answers or arguments: the reference answers kept between calls
(``references``) and the first answers of a student's functions kept for asking again (``remote``).
"""

from __future__ import annotations

import copy

import numpy as np

from ..sandbox import wire

_IMMUTABLE = (float, int, bool, complex, str, bytes, type(None))


class _Refused(Exception):
    """A handle on an object of the child's, met where only plain data may be copied."""


def plain_copy(value, *, refuse_handles: bool = False):
    """A copy of ``value``; with ``refuse_handles``, None when it holds a handle on an object that lives in
    the student's child (the object cannot be copied, and asking with it again would reach into the child).

    A handle is never deep-copied (its attribute lookups are calls into the child): without
    ``refuse_handles`` it is shared as it is. A subclass of a plain kind is deep-copied."""
    try:
        return _copy(value, refuse_handles)
    except _Refused:
        return None


def _copy(value, refuse_handles: bool):
    kind = type(value)
    if kind is np.ndarray:
        return value.copy()
    if kind in _IMMUTABLE or isinstance(value, np.generic):
        return value
    if kind is list or kind is tuple:
        return kind(_copy(v, refuse_handles) for v in value)
    if kind is dict:
        return {key: _copy(v, refuse_handles) for key, v in value.items()}
    if isinstance(value, wire.Handle):
        if refuse_handles:
            raise _Refused
        return value
    return copy.deepcopy(value)  # a subclass of a plain kind, or a reference's own object
