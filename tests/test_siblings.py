"""Helper modules a course keeps beside its checks, loaded by path."""

import pytest

from autograder.checking.siblings import load_sibling


def test_two_courses_helpers_of_one_name_stay_apart_and_each_loads_once(tmp_path):
    for course in ("first", "second"):
        (tmp_path / course).mkdir()
        (tmp_path / course / "helpers.py").write_text(f"NAME = {course!r}\nLOADS = []\nLOADS.append(1)\n")
    first = load_sibling(str(tmp_path / "first" / "test_gates.py"), "helpers")
    second = load_sibling(str(tmp_path / "second" / "test_gates.py"), "helpers")
    assert (first.NAME, second.NAME) == ("first", "second")
    assert load_sibling(str(tmp_path / "first" / "test_other.py"), "helpers") is first and first.LOADS == [1]


def test_a_missing_or_broken_helper_is_an_import_error_that_names_it(tmp_path):
    with pytest.raises(ImportError, match="helpers.py"):
        load_sibling(str(tmp_path / "test_gates.py"), "helpers")
    (tmp_path / "broken.py").write_text("def (:\n")
    with pytest.raises(SyntaxError):
        load_sibling(str(tmp_path / "test_gates.py"), "broken")
    (tmp_path / "broken.py").write_text("OK = 1\n")
    assert load_sibling(str(tmp_path / "test_gates.py"), "broken").OK == 1  # a failed load is not kept
