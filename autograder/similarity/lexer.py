"""pygments' Python lexer, run by trying at each position only the rules that can match there.

A pygments ``RegexLexer`` is a list of rules (a regular expression, a token type, a change
of state) for each state. At each position it tries the rules of the current state in
order until one matches: some 56 rules in the Python lexer's main state, so a plain name,
matched by the last rule, costs 56 calls of ``re.match``. That loop was most of the time
the similarity report took per submission.

Most rules cannot match most characters: a rule that starts with ``def`` cannot match at
an ``x``, one anchored with ``^`` cannot match in the middle of a line. ``FastLexer`` reads,
once, each rule's parsed expression (``re._parser``, the standard library's own parser)
and works out the first characters it can match (all of them for a rule that can match
the empty string; every non-ASCII one for a rule that can start with any). At each
position it then tries, in pygments' order, only the rules that can match the character
there. Leaving out a rule that cannot match changes nothing, so the tokens are pygments'
own: the same expressions, the same order, the same states, and pygments' handling of a
character nothing matches (an ``Error`` token, or at a newline a return to ``root``). What
is worked out is a superset of what a rule can match first, where in doubt all characters.

It reads two of pygments' internals: the lexer's processed rules (``_tokens``) and its
preparation of the text (``_preprocess_lexer_input``, newlines and a byte-order mark);
``tests/test_similarity_lexer.py`` compares its tokens with pygments' on every Python
file of the repository and on hostile texts, so an upgrade that changes them is caught.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre
from re import _parser as sre_parse
from typing import Iterator

from pygments.lexer import RegexLexer
from pygments.token import Error, Whitespace, _TokenType

ASCII = frozenset(map(chr, range(128)))
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
_CATEGORY_ASCII = {category: frozenset(c for c in ASCII if re.match(expression, c))
                   for category, expression in _CATEGORIES.items()}  # fmt: skip
_ONE_CHARACTER = (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_NON_ASCII = "\u00e9"  # stands for every non-ASCII character in the tables of rules


@dataclass(frozen=True)
class Start:
    """Where a rule's match can start: the ASCII characters it can match first, whether it
    can match a non-ASCII one first, whether it can match the empty string (then it can
    match anywhere, even at the end), and whether only at the start of a line."""

    ascii: frozenset[str]
    other: bool
    empty: bool
    line_start: bool = False

    def allows(self, character: str, at_line_start: bool) -> bool:
        """Whether the rule can match at a position holding ``character`` ('' at the end)."""
        if self.line_start and not at_line_start:
            return False
        return self.empty or character in self.ascii or (self.other and len(character) == 1
                                                          and character not in ASCII)  # fmt: skip


def start_of(pattern: re.Pattern) -> Start:
    """Where ``pattern`` can start matching, from its parsed expression."""
    items = sre_parse.parse(pattern.pattern, pattern.flags).data
    ascii, other, empty = _first(items, bool(pattern.flags & re.IGNORECASE))
    return Start(ascii, other, empty, _anchored(items))


def _first(items, ignore_case: bool) -> tuple[frozenset[str], bool, bool]:
    """(ASCII characters, any non-ASCII, can be empty) that the sequence ``items`` can match first."""
    ascii, other = frozenset(), False
    for op, value in items:
        if op in _ONE_CHARACTER:
            more, more_other = _one_character(op, value, ignore_case)
            return ascii | more, other or more_other, False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # match no character of their own
            continue
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, sub = value
            part = _first(sub, (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE)
        elif op is sre.BRANCH:
            parts = [_first(sub, ignore_case) for sub in value[1]]
            part = (frozenset().union(*(p[0] for p in parts)), any(p[1] for p in parts), any(p[2] for p in parts))
        elif op in _REPEATS:
            least, _, sub = value
            more, more_other, empty = _first(sub, ignore_case)
            part = (more, more_other, empty or least == 0)
        elif op is sre.ATOMIC_GROUP:
            part = _first(value, ignore_case)
        else:  # a back-reference, a conditional: anything
            return ASCII, True, True
        ascii, other = ascii | part[0], other or part[1]
        if not part[2]:
            return ascii, other, False
    return ascii, other, True


def _one_character(op, value, ignore_case: bool) -> tuple[frozenset[str], bool]:
    """(ASCII characters, any non-ASCII) one character's node can match."""
    if op is sre.LITERAL and value < 128:
        character = chr(value)  # with ignore_case, its other case, and maybe non-ASCII ones (K, the kelvin sign)
        return frozenset({character, character.lower(), character.upper()} if ignore_case else character), ignore_case
    if op is sre.LITERAL and not ignore_case:
        return frozenset(), True
    if op is sre.NOT_LITERAL and not ignore_case:
        return ASCII - {chr(value)}, True
    if op is not sre.IN:
        return ASCII, True
    ascii, other, negated = set(), False, False
    for item, argument in value:
        if item is sre.NEGATE:
            negated = True
        elif item is sre.LITERAL:
            more, more_other = _one_character(sre.LITERAL, argument, ignore_case)
            ascii, other = ascii | more, other or more_other
        elif item is sre.RANGE and not ignore_case:
            low, high = argument
            ascii, other = ascii | {chr(c) for c in range(low, min(high, 127) + 1)}, other or high > 127
        elif item is sre.CATEGORY and argument in _CATEGORY_ASCII:
            ascii, other = ascii | _CATEGORY_ASCII[argument], True
        else:
            return ASCII, True
    if negated:  # exact only where every set above is exact over ASCII
        return (ASCII, True) if ignore_case else (ASCII - ascii, True)
    return frozenset(ascii), other


def _anchored(items) -> bool:
    """Whether the expression starts with ``^`` or ``\\A``, so matches only at a line's start."""
    if not items:
        return False
    op, value = items[0]
    if op is sre.AT:
        return value in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
    return op is sre.SUBPATTERN and _anchored(value[3])


class FastLexer:
    """The tokens of a pygments ``RegexLexer``, the same as its ``get_tokens`` gives, found by
    trying at each position only the rules whose ``Start`` allows the character there."""

    def __init__(self, lexer: RegexLexer):
        if type(lexer).get_tokens_unprocessed is not RegexLexer.get_tokens_unprocessed or lexer.filters:
            raise TypeError(f"{type(lexer).__name__} does not lex by its rules alone")
        self.lexer = lexer
        starts: dict[re.Pattern, Start] = {}  # a rule included in several states is parsed once
        self.states = {name: _choices(rules, starts) for name, rules in lexer._tokens.items()}

    def tokens(self, text: str) -> Iterator[tuple[_TokenType, str]]:
        """``(token type, text)`` of each token of ``text``, as pygments' ``RegexLexer`` finds them."""
        lexer, states, stack = self.lexer, self.states, ["root"]
        text = lexer._preprocess_lexer_input(text)
        choices, position = states["root"], 0
        while True:
            rules, other = choices[position == 0 or text[position - 1] == "\n"]
            for match, action, new_state in rules.get(text[position:position + 1], other):
                found = match(text, position)
                if found:
                    if type(action) is _TokenType:
                        yield action, found.group()
                    elif action is not None:  # pygments' bygroups, using: tokens of the match's parts
                        for _, token_type, value in action(lexer, found):
                            yield token_type, value
                    position = found.end()
                    if new_state is not None:
                        _change_state(stack, new_state)
                        choices = states[stack[-1]]
                    break
            else:  # no rule matches: as pygments does
                if position == len(text):
                    return
                if text[position] == "\n":
                    stack, choices = ["root"], states["root"]
                    yield Whitespace, "\n"
                else:
                    yield Error, text[position]
                position += 1


def _choices(rules, starts: dict[re.Pattern, Start]):
    """For the middle of a line and a line's start: ({character: the rules that can match
    there}, the rules that can match at a non-ASCII character); '' stands for the end."""
    for pattern in (match.__self__ for match, _, _ in rules):
        if pattern not in starts:
            starts[pattern] = start_of(pattern)
    found = []
    for line_start in (False, True):
        def allowed(character: str) -> tuple:
            return tuple(rule for rule in rules if starts[rule[0].__self__].allows(character, line_start))
        found.append(({character: allowed(character) for character in [*ASCII, ""]}, allowed(_NON_ASCII)))
    return tuple(found)


def _change_state(stack: list[str], new_state) -> None:
    """Apply a rule's change of state to ``stack``, as pygments' ``RegexLexer`` does."""
    if isinstance(new_state, tuple):
        for state in new_state:
            if state == "#pop":
                if len(stack) > 1:
                    stack.pop()
            elif state == "#push":
                stack.append(stack[-1])
            else:
                stack.append(state)
    elif isinstance(new_state, int):  # pop that many (a negative count), keeping the bottom state
        del stack[1 if abs(new_state) >= len(stack) else new_state:]
    elif new_state == "#push":
        stack.append(stack[-1])
    else:
        raise ValueError(f"unknown change of state {new_state!r}")
