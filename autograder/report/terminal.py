"""Text for a terminal or a CI log, where a student's words must stay words.

Messages, hints, tracebacks, printed output, submission names and problems
all hold text a student chose. Written to a terminal as they are, an ANSI
escape sequence could clear the screen or recolour it, a carriage return or
backspaces could write over what the grader printed (a blank submission's
"0 / 10" made to read "10 / 10"), and bidirectional controls could reorder a
line. ``printable`` shows every such character as an escape (``\\x1b``,
``\\r``, ``\\u202e``) instead, so the text says what it holds and moves nothing.
Every renderer for people (the table, ``--verbose``, ``check``, the progress
line, error messages) passes student text through it.
"""

from __future__ import annotations

import re

# C0 controls but newline, DEL and the C1 controls, line and paragraph separators, the bidirectional
# embeddings, overrides and isolates, and lone surrogates (which no terminal can print).
_CONTROL = "\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE_KEEPING_NEWLINES = re.compile(f"[{_CONTROL}]")
_UNSAFE = re.compile(f"[{_CONTROL}\n]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text, *, newlines: bool = True) -> str:
    """``text`` with every control character shown as an escape; ``newlines=False`` escapes
    newlines too (for what must stay on one line: a name, a problem, the progress line)."""
    text = text if isinstance(text, str) else str(text)
    return (_UNSAFE_KEEPING_NEWLINES if newlines else _UNSAFE).sub(_escape, text)
