"""Code similarity: copydetect's fingerprints (winnowing, as in MOSS), with the common code discounted.

Each module of a submission is tokenized and filtered by ``copydetect``: every
variable, attribute and function name becomes one letter, every string another,
comments and layout vanish. So renamed variables and changed comments leave the
text the same, and since a fingerprint is a set of hashes of its k-grams (``K``
characters of that filtered text), reordered functions keep all but the
fingerprints that span a function's edge.

Two kinds of fingerprint are discounted, as boilerplate:

- the course's own: the stubs' (``exercises/<module>.py``), the code every student was
  given, and the reference solution's, the one way the course itself wrote it (two
  students who both write it so share no more than the right answer);
- the common: those found in more than ``common_limit(n)`` of the ``n`` submissions
  of a module (MOSS's ``-m``): the one obvious way to write ``1 / (1 + np.exp(-z))``.

What is left is a student's own code. The ``code`` similarity of two students is
the number of own fingerprints they share, summed over the modules, divided by
the smaller of their two counts of own fingerprints (at least ``MIN_FINGERPRINTS``,
so that a few shared lines of a student who wrote almost nothing cannot make 1):
1 when all of one's own code is in the other's, 0 when they share none.

All pairs are counted at once from an index of who holds which fingerprint, so
125,000 pairs cost no more than the fingerprints they share. Lexing is the slow
part (a few ms a module with ``lexer``'s way of running pygments' rules, some 5
times less than pygments' own way): the batch does it when it grades a student
(the filtered text is kept beside the code, see ``sources``), else it is done
here, in ``workers`` processes for a large class. The hashes themselves are
computed here, in one process, because copydetect hashes with Python's ``hash``,
which differs between processes.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from multiprocessing import get_context

import numpy as np
import pygments
from pygments import token
from pygments.lexers import get_lexer_by_name

from .copydetect_parts import GUARANTEE_THRESHOLD, NOISE_THRESHOLD, copydetect_utils, copydetect_version
from .lexer import FastLexer

K = NOISE_THRESHOLD  # characters of filtered code per fingerprint (copydetect's default, 25)
WINDOW = GUARANTEE_THRESHOLD - NOISE_THRESHOLD + 1  # winnowing window (1: every k-gram kept)
MIN_FINGERPRINTS = 200  # the smallest denominator of a code similarity (some 8 lines of code)
COMMON_SHARE, COMMON_FLOOR = 0.05, 4  # a fingerprint in more than max(4, 5% of n) submissions is common
BATCH = 64  # students read at a time: memory holds one batch of source texts
PARALLEL_FROM = 300  # modules to lex in a batch before processes are worth starting (about a second each)
# Filtered text made by another version of the filter is made again.
FILTER_VERSION = f"copydetect {copydetect_version()}, pygments {pygments.__version__}"


def common_limit(submissions: int) -> int:
    """How many submissions of a module may share a fingerprint before it counts as common code."""
    return max(COMMON_FLOOR, int(COMMON_SHARE * submissions))


def filtered(text: str) -> str:
    """The module's code as copydetect compares it: names, strings and comments filtered away.

    The text copydetect's ``filter_code(text, "module.py", language="python")`` gives, from the
    same tokens of pygments' Python lexer, found some 5 times faster (see ``lexer``)."""
    lexer, letters = _python_filter()
    kept = []
    for token_type, value in lexer.tokens(text):
        letter = letters[token_type]
        if letter == _STRING:
            kept.append('"' if value in ("'", '"') else "S")  # a lone quote stays a quote
        else:
            kept.append(value if letter is None else letter)
    return "".join(kept)


_STRING = "S"  # a part of a string literal: "S", or '"' for a lone quote


def _letter(token_type) -> str | None:
    """What copydetect's filter writes for a token of ``token_type``: a letter, nothing (''),
    ``_STRING``, or None for the token's own text (keywords, operators, numbers, builtins)."""
    if token_type in (token.Name, token.Name.Variable, token.Name.Attribute):
        return "V"
    if token_type in token.Name.Function:  # pygments' ``in``: the type or one of its subtypes
        return "F"
    if token_type in token.Name.Class:
        return "O"
    if token_type == token.Comment.Preproc or token_type == token.Comment.Hashbang:
        return "P"
    if token_type in token.Text or token_type in token.Comment:
        return ""
    return _STRING if token_type in token.Literal.String else None


class _Letters(dict):
    """``_letter`` of each token type, worked out when first met."""

    def __missing__(self, token_type):
        self[token_type] = _letter(token_type)
        return self[token_type]


@cache
def _python_filter() -> tuple[FastLexer, _Letters]:
    """The lexer and letters ``filtered`` uses, made once a process (the rules take some 0.1 s to read)."""
    return FastLexer(get_lexer_by_name("python")), _Letters()


def hashes_of(filtered_text: str) -> np.ndarray:
    """The sorted unique fingerprints (winnowed k-gram hashes) of filtered code."""
    if len(filtered_text) < K:
        return np.empty(0, dtype=np.int64)
    utils = copydetect_utils()
    kept = utils.winnow(utils.hashed_kgrams(filtered_text, K), WINDOW, remove_duplicates=False)[0]
    return np.unique(kept).astype(np.int64)


@dataclass
class CodeScores:
    """The code similarity of every pair of ``students`` and what was discounted to get it."""

    students: list[str]
    shared: dict[str, np.ndarray]  # module -> (n, n) own fingerprints each pair shares in it
    own: np.ndarray  # (n,) own fingerprints of each student, all modules
    discounted: dict[str, np.ndarray] = field(default_factory=dict)  # module -> the course's and common ones

    def similarity(self) -> np.ndarray:
        """(n, n): shared own fingerprints over the smaller own count (at least MIN_FINGERPRINTS)."""
        smaller = np.maximum(np.minimum.outer(self.own, self.own), MIN_FINGERPRINTS)
        total = sum(self.shared.values(), np.zeros((len(self.students),) * 2, dtype=np.int64))
        return total / smaller

    def modules_shared(self, a: str, b: str) -> list[str]:
        """The modules in which students ``a`` and ``b`` share own code."""
        i, j = self.students.index(a), self.students.index(b)  # for the few pairs shown: a scan will do
        return [name for name, counts in self.shared.items() if counts[i, j]]


@dataclass(frozen=True)
class StudentCode:
    """A student's modules (``{"gates.py": text}``) and, where kept, their filtered text."""

    files: dict[str, str]
    filtered: dict[str, str] = field(default_factory=dict)


class _Lexer:
    """Filters texts, in ``workers`` processes once a batch is large enough to be worth them."""

    def __init__(self, workers: int):
        self.workers, self.pool = workers, None

    def __call__(self, texts: list[str]) -> list[str]:
        if self.pool is None and self.workers > 1 and len(texts) >= PARALLEL_FROM:
            self.pool = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"))
        return list(self.pool.map(filtered, texts, chunksize=8)) if self.pool else [filtered(t) for t in texts]

    def close(self) -> None:
        if self.pool:
            self.pool.shutdown()


def code_scores(students: list[str], sources, boilerplate: dict[str, list[str]], *, workers: int = 1) -> CodeScores:
    """Code similarity of every pair of ``students``.

    ``sources(student)`` gives a student's ``StudentCode`` (or None: no code kept), read when
    needed so that only ``BATCH`` students' texts are held at once; ``boilerplate`` the course's
    own texts of each module compared (``{"gates.py": [stub, reference]}``), whose fingerprints
    are discounted.
    """
    given = {name: _union([hashes_of(filtered(text)) for text in texts]) for name, texts in boilerplate.items()}
    held: dict[str, list[tuple[int, np.ndarray]]] = {name: [] for name in boilerplate}
    lexer = _Lexer(workers)
    try:
        for start in range(0, len(students), BATCH):
            batch = []  # (student's index, module, text, its filtered text or None)
            for index in range(start, min(start + BATCH, len(students))):
                code = sources(students[index]) or StudentCode({})
                batch += [(index, name, text, code.filtered.get(name)) for name, text in code.files.items()
                          if name in boilerplate and text not in boilerplate[name]]  # an untouched stub: none own
            unique = list(dict.fromkeys(text for _, _, text, done in batch if done is None))  # lexed once
            lexed = dict(zip(unique, lexer(unique)))
            for index, name, text, done in batch:
                own = np.setdiff1d(hashes_of(lexed[text] if done is None else done), given[name], assume_unique=True)
                if len(own):
                    held[name].append((index, own))
    finally:
        lexer.close()
    count = len(students)
    shared, own, discounted = {}, np.zeros(count, dtype=np.int64), {}
    for name, documents in held.items():
        shared[name] = np.zeros((count, count), dtype=np.int32)
        common = _count_shared(documents, shared[name], own, common_limit(len(documents)))
        np.fill_diagonal(shared[name], 0)
        discounted[name] = np.union1d(given[name], common)
    return CodeScores(students, shared, own, discounted)


def _union(arrays: list[np.ndarray]) -> np.ndarray:
    return np.unique(np.concatenate(arrays)) if arrays else np.empty(0, dtype=np.int64)


def _count_shared(documents, shared: np.ndarray, own: np.ndarray, limit: int) -> np.ndarray:
    """Add one module's shared own fingerprints into ``shared`` and own counts into ``own``;
    the common fingerprints (held by more than ``limit`` documents), which count for neither."""
    if not documents:
        return np.empty(0, dtype=np.int64)
    owners = np.concatenate([np.full(len(h), index) for index, h in documents])
    hashes = np.concatenate([h for _, h in documents])
    order = np.argsort(hashes, kind="stable")
    hashes, owners = hashes[order], owners[order]
    values, starts, counts = np.unique(hashes, return_index=True, return_counts=True)
    common = values[counts > limit]
    kept = np.repeat(counts <= limit, counts)
    np.add.at(own, owners[kept], 1)
    for start, size in zip(starts[(counts > 1) & (counts <= limit)], counts[(counts > 1) & (counts <= limit)]):
        group = owners[start:start + size]
        shared[np.ix_(group, group)] += 1
    return common


@dataclass(frozen=True)
class Match:
    """One module two students share code in: the matched character ranges of each text."""

    module: str
    text_a: str
    text_b: str
    ranges_a: list[tuple[int, int]]
    ranges_b: list[tuple[int, int]]


class Matcher:
    """Where two students' own code matches: copydetect's copied slices, the discounted
    fingerprints left out. Each student's module is fingerprinted once, however many pairs
    it is in."""

    def __init__(self, scores: CodeScores):
        self.scores = scores
        self.prints: dict[tuple[str, str], Fingerprint] = {}

    def _print(self, student: str, name: str, text: str) -> Fingerprint:
        if (student, name) not in self.prints:
            self.prints[(student, name)] = fingerprint(text, self.scores.discounted[name])
        return self.prints[(student, name)]

    def matches(self, a: str, files_a: dict[str, str], b: str, files_b: dict[str, str]) -> list[Match]:
        """The modules in which ``a`` and ``b`` share own code, with the ranges that match."""
        found = []
        for name in self.scores.modules_shared(a, b):
            if name in files_a and name in files_b:
                print_a, print_b = self._print(a, name, files_a[name]), self._print(b, name, files_b[name])
                ranges_a, ranges_b = copied_ranges(print_a, print_b)
                if ranges_a:
                    found.append(Match(name, print_a.text, print_b.text, ranges_a, ranges_b))
        return found


@dataclass(frozen=True)
class Fingerprint:
    """One module's text as copydetect fingerprints it for showing matches: the hashes kept
    (common ones left out), where in the filtered text each occurs, and the offsets that map
    the filtered text back to the student's own characters."""

    text: str
    hashes: set
    where: dict  # hash -> its starts in the filtered text
    offsets: np.ndarray  # (filtered index, characters removed up to there), as copydetect's filter gives


def fingerprint(text: str, discounted: np.ndarray) -> Fingerprint:
    """``text``'s fingerprint by copydetect's own steps (its ``CodeFingerprint``, without the report
    module that carries it)."""
    utils = copydetect_utils()
    filtered_text, offsets = utils.filter_code(text, "module.py", "python")
    hashes, where = utils.get_document_fingerprints(filtered_text, K, WINDOW, discounted)
    return Fingerprint(text, hashes, where, offsets)


def copied_ranges(a: Fingerprint, b: Fingerprint) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The character ranges of ``a``'s and of ``b``'s own text that the fingerprints both hold
    cover, as copydetect's ``compare_files`` finds them (empty lists when none)."""
    utils = copydetect_utils()
    starts_a, starts_b = utils.find_fingerprint_overlap(a.hashes, b.hashes, a.where, b.where)
    return _in_text(utils.get_copied_slices(starts_a, K), a.offsets), _in_text(utils.get_copied_slices(starts_b, K), b.offsets)


def _in_text(slices: np.ndarray, offsets: np.ndarray) -> list[tuple[int, int]]:
    """Slices of the filtered text as ranges of the original: each end moves on by the characters
    the filter had removed before the last filtered position at or past it."""
    if slices.shape[1] == 0:
        return []
    if len(offsets):
        last = offsets.shape[0] - 1
        slices = slices + offsets[:, 1][np.clip(np.searchsorted(offsets[:, 0], slices), 0, last)]
    return [(int(start), int(end)) for start, end in zip(slices[0], slices[1])]
