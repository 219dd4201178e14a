"""A check module cut down to its visible tests, for a student's kit."""

import ast

import pytest
from kit import ROOT

from autograder.build.visible_checks import CheckSourceError, visible_source

MODULE = '''"""Checks of xor."""
import pytest

EXERCISE = "gates"
SHARED = [(0, 1)]
# Inputs only the hidden test uses.
SECRET_INPUTS = [(7, 7)]


def _both(student):
    return student.call("xor", *SHARED[0])


def _only_hidden(student):
    return student.call("xor", *SECRET_INPUTS[0])


def test_visible(student):
    """xor(0, 1) is 1."""
    assert _both(student) == 1


# The hidden one.
@pytest.mark.hidden
@pytest.mark.weight(2)
def test_secret_check(student):
    assert _only_hidden(student) == 0 and _both(student) == 1


def _prepare(run_cache):
    run_cache["x"] = 1


test_visible.before_grading = _prepare


def _prepare_secret(run_cache):
    run_cache["secret"] = 2


test_secret_check.before_grading = _prepare_secret
'''


def test_hidden_tests_go_with_all_that_only_they_used():
    text, hidden = visible_source(MODULE)
    assert hidden == ["test_secret_check"]
    for gone in ("secret", "SECRET_INPUTS", "_only_hidden", "(7, 7)", "The hidden one", "Inputs only",
                 "_prepare_secret"):
        assert gone not in text
    for kept in ("def _both", "def test_visible", "SHARED = ", 'EXERCISE = "gates"', "before_grading = _prepare",
                 "def _prepare", '"""Checks of xor."""'):  # fmt: skip
        assert kept in text
    ast.parse(text)


def test_a_module_without_hidden_tests_is_left_as_it_was():
    # every exercise of the course has hidden checks now: the kit's module with its hidden tests cut out
    source, _ = visible_source((ROOT / "autograder" / "checks" / "test_loss.py").read_text())
    assert "pytest.mark.hidden" not in source
    assert visible_source(source) == (source, [])


def test_every_check_module_of_the_course_still_parses_and_keeps_its_visible_tests():
    for path in sorted((ROOT / "autograder" / "checks").glob("test_*.py")):
        text, hidden = visible_source(path.read_text())
        tree = ast.parse(text)
        names = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
        assert not set(hidden) & names
        assert all(name in names for name in _visible_tests(path.read_text()))


def _visible_tests(source):
    return [n.name for n in ast.parse(source).body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")
            and "pytest.mark.hidden" not in map(ast.unparse, n.decorator_list)]  # fmt: skip


def test_a_broken_check_module_names_its_line():
    with pytest.raises(CheckSourceError, match="line 2"):
        visible_source("x = 1\ndef (:\n")
