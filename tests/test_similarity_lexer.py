"""The similarity report's lexer gives pygments' tokens, and its filter copydetect's text.

``autograder.similarity.lexer.FastLexer`` runs pygments' own rules, trying at each position
only the rules that can match the character there; ``filtered`` turns its tokens into the
text copydetect compares. Both are compared here with pygments and copydetect themselves,
token for token and character for character, on every Python source of the repository,
every case of the corpora applied to the reference solutions, and hostile text.
"""

import random
import re

import numpy as np
import pytest
from copydetect.utils import filter_code
from corpus import class_cases, more_cases
from corpus.classmates import disguise, variant, with_own_code
from corpus.mutations import CASES, apply
from heldout.measure import apply_edits, load_cases
from kit import ROOT, solution_files
from pygments.lexers import get_lexer_by_name
from pygments.lexers.python import NumPyLexer

from autograder.similarity.code import StudentCode, code_scores, filtered
from autograder.similarity.lexer import ASCII, FastLexer, Start, start_of

PYGMENTS = get_lexer_by_name("python")
FAST = FastLexer(PYGMENTS)


def _copydetect(text: str) -> str:
    return filter_code(text, "module.py", language="python")[0]


def _assert_same(text: str) -> None:
    assert list(FAST.tokens(text)) == list(PYGMENTS.get_tokens(text))
    assert filtered(text) == _copydetect(text)


def _repository_sources() -> dict[str, str]:
    paths = [p for p in ROOT.rglob("*.py") if not any(part.startswith(".") for part in p.relative_to(ROOT).parts)]
    return {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in sorted(paths)}


def _corpus_sources() -> dict[str, str]:
    """Every case of the corpora applied to its reference module, and disguised classmates."""
    reference = solution_files()
    texts = {}
    for case in [*CASES, *more_cases.CASES, *class_cases.CASES]:
        texts[f"corpus {case.name}"] = apply(case, reference[f"{case.module}.py"])
    for corpus in ("heldout", "heldout2"):
        for case in load_cases(ROOT / "tests" / corpus / "cases.py"):
            texts[f"{corpus} {case['name']}"] = apply_edits(reference[f"{case['module']}.py"], case["edits"])
    for seed in range(3):
        for name, text in disguise(with_own_code(variant([]), seed=seed), seed=seed).items():
            texts[f"classmate {seed} {name}"] = text
    return texts


def test_every_python_source_of_the_repository_gets_pygments_tokens_and_copydetects_text():
    sources = _repository_sources()
    assert len(sources) > 100 and "solutions/mlp.py" in sources
    differ = [path for path, text in sources.items() if filtered(text) != _copydetect(text)]
    assert differ == []
    for path in ("solutions/mlp.py", "autograder/similarity/lexer.py", "tests/corpus/mutations.py"):
        _assert_same(sources[path])


def test_every_corpus_case_and_disguised_copy_gets_copydetects_text():
    sources = _corpus_sources()
    assert len(sources) > 200
    assert [name for name, text in sources.items() if filtered(text) != _copydetect(text)] == []


HOSTILE = {
    "unterminated string": "x = 'abc\ny = 2\n",
    "unterminated triple quotes": 'def f():\n    """never closed\n    return 1\n',
    "unterminated f-string": 'x = f"{a + \ny = 1\n',
    "nested f-strings": "s = f\"{x!r:>{width}} {f'{y:{z}}'} {{literal}} {d['k']}\"\n",
    "raw and byte strings": "a = rb'\\d' + Rb\"x\" + u'é' + b'\\x00' + rf'{x}\\n' + tr'{t}'\n",
    "format signs": "s = '%(name)s %-5.2f %%' % d + '{0.attr[1]!s:^10}'.format(o)\n",
    "nested brackets": "x = [(({[a, (b, {c: [d]})]}))] + (((((((((1)))))))))\n",
    "unbalanced brackets": "x = ((([[[{{{\ny = )))]]]}}}\n",
    "syntax error mid-file": "def f(:\n    return $ ? `x`\nclass 1X: pass\ndef g():\n    return 2\n",
    "escapes of undecodable bytes": "s = '\udcff\udc80'\n\udcfe = 1\n# \udcc3\n",
    "tabs and form feeds": "if x:\n\tif y:\n\t\treturn\t1\f\n\x0cpass\n",
    "a very long line": "x = [" + ", ".join(f"name_{i}" for i in range(20_000)) + "]\n",
    "windows and old mac newlines": "def f(a):\r\n    return a\r\rprint(f(1))\r\n",
    "byte order mark and blank edges": "\ufeff\n\n\nx = 1\n\n\n",
    "no final newline": "x = 1",
    "empty": "",
    "only newlines": "\n\n\n",
    "nul and control characters": "x = 1\x00\x01\x7f\ny = '\x00'\n",
    "non-ASCII names": "名前 = 1\nΔx = 名前 + ſ + K\nclass Ñandú:\n    def ünï(self): return self.名前\n",
    "soft keywords": "match command:\n    case [x, _] if x:\n        pass\n    case {'k': _, **rest}:\n        pass\nmatch = 1\n",
    "decorators and matrix product": "@functools.cache\n@ dec\ndef f(a, b): return a @ b\n",
    "imports": "from . import a\nfrom ..b.c import (d as e, f)\nimport x.y as z, w\nlazy import q\nraise E from None\n",
    "continuations": "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n\\",
    "hashbang and magic": "#!/usr/bin/env python\nclass A:\n    def __init__(self): self.__dict__ = __name__\n",
    "numbers": "x = 0x_1F + 0o17 + 0b1_0 + 1_000.5e-3j + .5 + 5. + 1e10 + 0_0\n",
    "docstrings": "'''module'''\nclass A:\n    r\"\"\"raw doc\"\"\"\n    def f(self):\n        b'''bytes doc'''\n",
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_gets_pygments_tokens_and_copydetects_text(name):
    _assert_same(HOSTILE[name])


def test_a_mebibyte_module_gets_copydetects_text():
    module = solution_files()["mlp.py"]
    text = (module * ((1 << 20) // len(module) + 1))[:1 << 20]
    assert filtered(text) == _copydetect(text)


PIECES = ['"', "'", '"""', "'''", 'f"', "rb'", "Rf'", "t'", "{", "}", "{{", "(", ")", "[", "]", "\\", "\\\n",
          "\n", "\r\n", "\r", "\t", " ", "    ", "# c\n", "#!x\n", "def ", "class ", "import ", "from ", "lazy ",
          "as ", "match ", "case ", "_ ", "x", "self", "print", "__init__", "__doc__", "@", "@d", "=", ":", "!r",
          "%s", "%(a)d", "{0:>{w}}", "1", "0x1F", "1.5e-3", "é", "名", "K", "ſ", "\x00", "\f", "\ufeff", "\udcff",
          "None", "async ", "yield from ", "lambda", "in ", "->", "**", ",", ".", "$", "?", "\\N{DASH}", "\\x41"]


def test_random_mixtures_of_python_pieces_get_pygments_tokens():
    rng = random.Random(16)
    for _ in range(1500):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 80)))
        assert list(FAST.tokens(text)) == list(PYGMENTS.get_tokens(text)), repr(text)


def test_the_class_scores_are_those_of_copydetects_filtered_text():
    files = {f"s{seed}": disguise(with_own_code(variant(CASES[seed::25]), seed=seed), seed=seed) for seed in range(6)}
    files["copy"] = disguise(files["s1"], seed=99)
    boilerplate = {name: [text] for name, text in solution_files().items()}
    students = sorted(files)
    ours = code_scores(students, lambda s: StudentCode(files[s]), boilerplate)
    theirs = code_scores(students, lambda s: StudentCode(files[s], {n: _copydetect(t) for n, t in files[s].items()}),
                         boilerplate)  # fmt: skip
    assert ours.similarity()[students.index("s1"), students.index("copy")] > 0.5
    assert np.array_equal(ours.similarity(), theirs.similarity()) and np.array_equal(ours.own, theirs.own)


@pytest.mark.parametrize("pattern, ascii, other, empty, line_start", [
    (r"def\s+", "d", False, False, False),
    (r"(?i)(rb|br|r)(')", "rRbB", True, False, False),
    (r"[^\S\n]+", " \t\r\x0b\x0c\x1c\x1d\x1e\x1f", True, False, False),
    (r"^(\s*)(''')", " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f'", True, False, True),
    (r"(?<!\.)(self|cls)\b", "sc", False, False, False),
    (r"\d*", "0123456789", True, True, False),
    (r"x?[ab]{0,2}y", "xaby", False, False, False),
    (r"(a?)\1b", ASCII, True, True, False),  # a back-reference: anything
    (r"é", "", True, False, False),
    (r"", "", False, True, False),
])  # fmt: skip
def test_a_rule_starts_where_its_expression_can_start(pattern, ascii, other, empty, line_start):
    assert start_of(re.compile(pattern, re.MULTILINE)) == Start(frozenset(ascii), other, empty, line_start)


def test_a_rule_anchored_at_a_line_start_is_not_tried_in_the_middle_of_a_line():
    start = start_of(re.compile(r"^(\s*)x", re.MULTILINE))
    assert start.allows("x", at_line_start=True) and not start.allows("x", at_line_start=False)
    assert not start.allows("y", at_line_start=True) and not start.allows("", at_line_start=True)


def test_a_lexer_that_does_not_lex_by_its_rules_alone_is_refused():
    with pytest.raises(TypeError, match="NumPyLexer"):
        FastLexer(NumPyLexer())  # it changes some names' tokens after its rules
    with pytest.raises(TypeError, match="PythonLexer"):
        FastLexer(get_lexer_by_name("python", filters=["keywordcase"]))
