"""Helper modules a course keeps beside its checks, loaded by path."""

import py_compile
import sys

import pytest

from autograder.checking.siblings import hold_folder, load_sibling


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


def _cached_helper(folder, text):
    """A helper whose compiled code is cached, as after a first run of the checks."""
    (folder / "helpers.py").write_text(text)
    py_compile.compile(str(folder / "helpers.py"), doraise=True)


def test_a_cached_helper_runs_only_when_first_read_and_runs_what_was_on_disk_then(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.dont_write_bytecode", False)
    _cached_helper(tmp_path, "import sys\nsys.modules.setdefault('nnkit_test_ran', []).append(1)\nNAME = 'kit'\n")
    monkeypatch.delitem(sys.modules, "nnkit_test_ran", raising=False)
    helper = load_sibling(str(tmp_path / "test_gates.py"), "helpers")
    assert "nnkit_test_ran" not in sys.modules  # collected, not run
    assert helper.__file__ == str(tmp_path / "helpers.py") and getattr(helper, "_mock_name", None) is None
    assert "nnkit_test_ran" not in sys.modules  # pytest's questions while collecting do not run it
    # a submission that rewrites the helper (or its cache) while grading runs changes nothing
    (tmp_path / "helpers.py").write_text("NAME = 'student'\n")
    _cached_helper(tmp_path, "NAME = 'student'\n")
    assert helper.NAME == "kit" and sys.modules["nnkit_test_ran"] == [1]
    assert helper.NAME == "kit" and sys.modules["nnkit_test_ran"] == [1]  # run once


def test_a_helper_whose_cache_is_stale_is_imported_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.dont_write_bytecode", False)
    _cached_helper(tmp_path, "NAME = 'old'\n")
    (tmp_path / "helpers.py").write_text("NAME = 'newer, longer'\n")
    helper = load_sibling(str(tmp_path / "test_gates.py"), "helpers")
    assert type(helper).__name__ == "module" and helper.NAME == "newer, longer"


def test_helpers_held_before_grading_run_what_was_on_disk_then_even_when_asked_for_later(tmp_path, monkeypatch):
    """A helper that another, lazily run helper asks for at its first line is asked for after
    student code has run: ``hold_folder`` (called by the plugin before grading) read it already."""
    monkeypatch.setattr("sys.dont_write_bytecode", False)
    (tmp_path / "first.py").write_text(
        "from autograder.checking.siblings import load_sibling\nsecond = load_sibling(__file__, 'second')\n")
    py_compile.compile(str(tmp_path / "first.py"), doraise=True)  # cached: run only when first read
    (tmp_path / "second.py").write_text("NAME = 'kit'\n")  # no cached code: held as its source
    first = load_sibling(str(tmp_path / "test_gates.py"), "first")
    assert type(first).__name__ == "LaterSibling"
    hold_folder(tmp_path)
    (tmp_path / "second.py").write_text("NAME = 'a submission wrote this'\n")
    assert first.second.NAME == "kit"
