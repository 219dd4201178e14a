"""Is an exercise one unit? Adding an eighth takes its reference, its checks (with what its
mistakes compute, ``<module>_mistakes.py``, beside them) and one ``[[exercise]]`` entry; the
stubs, the notebooks and every list of exercises follow.

In a copy of the kit, ``loss`` is copied to ``loss2`` (the solution as it is, the checks
with only the exercise's name changed, its mistakes module as it is) and entered in
``course.toml``; then the copy's
own ``nnkit`` (the copy's package first on the path, its course beside it) releases the
stubs, grades the solutions, checks them as a student would and builds the nbgrader
course, and the copy's own course tests pass, all without another change.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from kit import COURSE, ROOT

KIT_FILES = ("autograder", "solutions", "exercises", "nbgrader-course", "tests", "course.toml", "pyproject.toml")
NEW = "loss2"
ENTRY = f'\n[[exercise]]\nmodule = "{NEW}"\ntitle = "Mean squared error, once more"\npoints = 10\n'


@pytest.fixture(scope="module")
def kit(tmp_path_factory):
    """A copy of the kit with the exercise ``loss2`` added as a course author adds one."""
    copy = tmp_path_factory.mktemp("eighth") / "kit"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache")
    for name in KIT_FILES:
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy2)(ROOT / name, copy / name, **(
            {"ignore": ignore} if (ROOT / name).is_dir() else {}))  # fmt: skip
    shutil.copy2(copy / "solutions" / "loss.py", copy / "solutions" / f"{NEW}.py")
    shutil.copy2(copy / "autograder" / "checks" / "loss_mistakes.py", copy / "autograder" / "checks" / f"{NEW}_mistakes.py")
    checks = (copy / "autograder" / "checks" / "test_loss.py").read_text(encoding="utf-8")
    assert checks.count('EXERCISE = "loss"\n') == 1
    (copy / "autograder" / "checks" / f"test_{NEW}.py").write_text(
        checks.replace('EXERCISE = "loss"\n', f'EXERCISE = "{NEW}"\n'), encoding="utf-8"
    )
    with open(copy / "course.toml", "a", encoding="utf-8") as course:
        course.write(ENTRY)
    return copy


def run(kit: Path, *command: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """A command of the copy: its package first on the path (so its checks and course are the
    kit's own), no setting of the caller's nnkit."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV") and not k.startswith("NNKIT")}
    env["PYTHONPATH"] = str(kit)
    return subprocess.run(command, cwd=cwd or kit, env=env, capture_output=True, text=True, timeout=300)


def nnkit(kit: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return run(kit, str(Path(sys.executable).parent / "nnkit"), *args, "--course", str(kit / "course.toml"), cwd=cwd)


def test_an_eighth_exercise_needs_its_reference_its_checks_and_its_entry(kit):
    where = run(kit, sys.executable, "-c", "import autograder.course as c; print(c.CHECKS_DIR)")
    assert where.stdout.strip() == str(kit / "autograder" / "checks")  # the copy's package, not the checkout's

    done = nnkit(kit, "release")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (kit / "exercises" / f"{NEW}.py").is_file()

    done = nnkit(kit, "grade", "solutions", "--format", "json")
    assert done.returncode == 0, done.stdout + done.stderr
    (record,) = [json.loads(line) for line in done.stdout.splitlines()]
    modules = [e.module for e in COURSE.exercises] + [NEW]
    assert [e["name"] for e in record["exercises"]] == modules
    assert all(e["score"] == e["max_score"] > 0 for e in record["exercises"]), record
    assert record["score"] == record["max_score"] == COURSE.max_score + 10

    done = nnkit(kit, "check", "-x", NEW, cwd=kit / "solutions")
    assert done.returncode == 0 and "10 of 10 points" in done.stdout, done.stdout + done.stderr

    done = nnkit(kit, "nbgrader", "build", "nbgrader-course")
    assert done.returncode == 0, done.stdout + done.stderr
    notebook = kit / "nbgrader-course" / "source" / COURSE.nbgrader.assignment / f"{NEW}.ipynb"
    assert notebook.is_file() and '"exercise": "loss2"' in notebook.read_text(encoding="utf-8")

    done = run(kit, sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
               "tests/test_course.py", "tests/test_release.py", "tests/test_solutions_facts.py")  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]


def test_checks_that_ask_for_mistakes_nobody_wrote_name_the_missing_file(tmp_path):
    from autograder.checking.references import MissingReference, References

    checks = tmp_path / "checks"
    checks.mkdir()
    reference = References(ROOT / "solutions", ["loss"], checks_dir=checks).module("loss")
    with pytest.raises(MissingReference, match=r"reference\.mistakes\.loss_with_mistake.*no loss_mistakes\.py"):
        reference.mistakes.loss_with_mistake([1.0], [0.0], "root")
