"""A regular install of the kit (``pip install .``, not editable) grades from any folder.

The kit's own course (course.toml and the reference solutions) travels inside the package
as ``autograder/_course`` (see pyproject.toml and ``course.default_course``). The slow test
builds a wheel from a copy of the kit's files (so nothing is written into the checkout),
installs it into a fresh virtual environment (which reuses the base interpreter's packages,
when it has them, through ``--system-site-packages``) and grades a copy of the solutions
from another folder; then, with the bundled course removed, as a kit handed out without
solutions would be, a command says to name the course.
"""

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from kit import COURSE, ROOT, SOLUTIONS

from autograder.course import BUNDLED_COURSE, SOURCE_COURSE, CourseError, default_course, load_course

KIT_FILES = ("autograder", "solutions", "course.toml", "pyproject.toml", "README.md")


def test_every_package_of_the_kit_is_in_the_wheel_list():
    listed = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "autograder").rglob("__init__.py")}
    assert found == {p for p in listed if not p.startswith("autograder._course")}
    assert {"autograder._course", "autograder._course.solutions"} <= set(listed)


def test_a_checkout_uses_the_course_beside_the_package():
    assert default_course() == SOURCE_COURSE == ROOT / "course.toml"
    assert load_course().solutions_dir == SOLUTIONS
    assert not BUNDLED_COURSE.exists()  # only a built wheel has it


def test_without_any_course_the_message_says_to_name_one(monkeypatch, tmp_path):
    import autograder.course as course_module

    monkeypatch.setattr(course_module, "SOURCE_COURSE", tmp_path / "nothing.toml")
    monkeypatch.setattr(course_module, "BUNDLED_COURSE", tmp_path / "nothing" / "course.toml")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CourseError, match=r"carries no course of its own .*: name one with --course PATH"):
        course_module.load_course()
    assert not course_module.is_default_course(ROOT / "course.toml")
    # a student's kit: the course.toml of the folder the command runs in, or of one above it
    (tmp_path / "course.toml").write_text("")
    (tmp_path / "exercises").mkdir()
    monkeypatch.chdir(tmp_path / "exercises")
    assert course_module.default_course() == tmp_path / "course.toml"


def _run(command, **options) -> subprocess.CompletedProcess:
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, **options)
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh virtual environment with the kit installed from a wheel: its ``bin`` folder."""
    work = tmp_path_factory.mktemp("install")
    source = work / "source"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in KIT_FILES:
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy2)(ROOT / name, source / name, **(
            {"ignore": ignore} if (ROOT / name).is_dir() else {}))  # fmt: skip
    built = _run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--disable-pip-version-check",
                  "-q", "-w", str(work / "dist")])  # fmt: skip
    if built.returncode != 0:
        pytest.skip(f"the wheel could not be built here (no PyPI for setuptools?): {built.stderr[-500:]}")
    (wheel,) = (work / "dist").glob("nnkit-*.whl")
    base = getattr(sys, "_base_executable", sys.executable)
    venv = work / "venv"
    assert _run([base, "-m", "venv", "--system-site-packages", str(venv)]).returncode == 0
    done = _run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)])
    if done.returncode != 0:
        pytest.skip(f"the kit's dependencies could not be installed here: {done.stderr[-500:]}")
    return venv / "bin"


def _clean_env() -> dict:
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV") and not k.startswith("NNKIT")}


def test_a_regular_install_grades_from_another_folder(installed, tmp_path):
    where = _run([str(installed / "python"), "-c", "import autograder; print(autograder.__file__)"], cwd=tmp_path)
    assert str(installed.parent) in where.stdout  # the installed package, not the checkout
    shutil.copytree(SOLUTIONS, tmp_path / "alice")
    elsewhere = tmp_path / "somewhere"
    elsewhere.mkdir()
    done = _run([str(installed / "nnkit"), "grade", str(tmp_path / "alice")], cwd=elsewhere, env=_clean_env())
    assert done.returncode == 0, done.stdout + done.stderr
    assert " ".join(done.stdout.split()).endswith(f"total {COURSE.max_score:g} / {COURSE.max_score:g}")
    checks = Path(_run([str(installed / "python"), "-c", "import autograder.course as c; print(c.CHECKS_DIR)"],
                       env=_clean_env(), cwd=tmp_path).stdout.strip())  # fmt: skip
    lessons = {p.name for p in (COURSE.checks_dir).glob("lesson_*")}
    assert lessons and lessons <= {p.name for p in checks.iterdir()}  # the lessons travel with their checks
    done = _run([str(installed / "nnkit"), "check", "-x", "gates"], cwd=tmp_path / "alice", env=_clean_env())
    assert done.returncode == 0 and "10 of 10 points" in done.stdout, done.stdout + done.stderr


def test_an_install_without_the_bundled_course_asks_for_one(installed, tmp_path):
    bundled = Path(_run([str(installed / "python"), "-c", "import autograder.course as c; print(c.BUNDLED_COURSE)"],
                        env=_clean_env(), cwd=tmp_path).stdout.strip())  # fmt: skip
    assert bundled.is_file() and (bundled.parent / "solutions" / "gates.py").is_file()
    hidden = bundled.parent.with_name("_course.away")
    bundled.parent.rename(hidden)  # a kit handed out without solutions
    try:
        done = _run([str(installed / "nnkit"), "grade", str(SOLUTIONS), "-x", "gates"], cwd=tmp_path, env=_clean_env())
        assert done.returncode == 2
        assert "carries no course of its own" in done.stderr and "--course PATH" in done.stderr
        done = _run([str(installed / "nnkit"), "grade", str(SOLUTIONS), "-x", "gates", "--course", str(ROOT)],
                    cwd=tmp_path, env=_clean_env())  # fmt: skip
        assert done.returncode == 0 and "total 10 / 10" in " ".join(done.stdout.split())
    finally:
        hidden.rename(bundled.parent)
