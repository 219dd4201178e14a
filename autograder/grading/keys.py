"""Which key of a student's dict was meant for a key the grader looks up and does not find: the
same name in other upper/lower case, with spaces, dashes or underscores, or a near spelling.
Pure: names in, a name (or None) out."""

from __future__ import annotations

import difflib
import re


def _plain(key: str) -> str:
    """A key lower-cased, without spaces, dashes, underscores or dots: 'd_W1' and 'dw1' alike."""
    return re.sub(r"[\s_\-.]", "", key.lower())


def near_key(wanted: str, keys) -> str | None:
    """The one key of ``keys`` (those that are strings, other than ``wanted``) that differs from
    ``wanted`` only in case, spacing, dashes or underscores, or else by a near spelling; None
    when there is none, or more than one and they cannot be told apart."""
    others = [key for key in keys if isinstance(key, str) and key != wanted]
    same = [key for key in others if _plain(key) == _plain(wanted)]
    if len(same) == 1:
        return same[0]
    if same:
        return None
    plain = {_plain(key): key for key in others}
    close = difflib.get_close_matches(_plain(wanted), list(plain), n=2, cutoff=0.75)
    return plain[close[0]] if len(close) == 1 else None


def near_key_words(wanted: str, found: str) -> str:
    """How a key found in the student's dict differs from the one looked up, in words."""
    if _plain(found) == _plain(wanted):
        how = "only in upper/lower case" if found.lower() == wanted.lower() else "only in spaces or underscores"
        return (f"your dict has {found!r} where {wanted!r} belongs, which differs {how}: dict keys are compared "
                f"exactly, so write the key as {wanted!r}")
    return f"your dict has {found!r} where {wanted!r} belongs (a near spelling): dict keys are compared exactly"


def misnamed_keys_hint(got, wanted) -> str | None:
    """A hint when the dict ``got`` lacks some of the ``wanted`` keys and holds, for each one it
    lacks, a key that was plainly meant for it (see ``near_key``); None otherwise."""
    if not isinstance(got, dict):
        return None
    missing = [name for name in wanted if name not in got]
    pairs = [(name, near_key(name, got)) for name in missing]
    if not pairs or any(near is None for _, near in pairs):
        return None
    listed = ", ".join(f"{near!r} where {name!r} belongs" for name, near in pairs)
    return (f"Your dict holds {listed}: dict keys are compared exactly, so a key in other upper/lower case, with "
            "other underscores or spaces, or spelt a little differently is another key, and the code that looks up "
            f"{pairs[0][0]!r} does not find it. Use the names exactly as the spec gives them.")
