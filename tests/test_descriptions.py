"""Every check's description (what students read beside its box) is whole sentences: the first paragraph of
its docstring, joined, never a first line that stops mid-sentence."""

import ast

import pytest
from kit import ROOT

from autograder.plugin import check_description

CHECKS = sorted((ROOT / "autograder" / "checks").glob("test_*.py"))


def _checks():
    """Each check's name and a stand-in function with its docstring (read, not imported)."""
    for path in CHECKS:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                def stand_in():
                    pass

                stand_in.__doc__ = ast.get_docstring(node, clean=False)
                yield f"{path.stem}.{node.name}", stand_in


@pytest.mark.parametrize(("name", "function"), list(_checks()), ids=lambda value: value if isinstance(value, str) else "")
def test_a_description_ends_a_sentence(name, function):
    description = check_description(function)
    assert description and description.rstrip(")").endswith((".", "?")), f"{name}: {description!r}"
    assert "  " not in description and "\n" not in description


def test_a_description_is_the_first_paragraph_joined():
    def check():
        """One sentence that goes
        on to a second line.

        Details for the instructor."""

    assert check_description(check) == "One sentence that goes on to a second line."
