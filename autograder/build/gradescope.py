"""Gradescope: the autograder zip (``nnkit gradescope build``) and what it runs.

Gradescope unpacks the zip into ``/autograder/source``, runs ``setup.sh`` once
to build its image, then ``/autograder/run_autograder`` for every submission,
with the student's files in ``/autograder/submission``; whatever is in
``/autograder/results/results.json`` afterwards is the grade. The zip holds::

    setup.sh          makes a virtual environment (/autograder/nnkit-venv) and
                      installs the kit's dependencies from wheels/, offline;
                      online from PyPI when the wheels do not fit the Python
    run_autograder    runs `nnkit gradescope run` with the kit on PYTHONPATH
    requirements.txt  the kit's dependencies
    wheels/           those dependencies as wheels for Linux x86_64, when
                      PyPI could be reached at build time
    nnkit/            the kit (the autograder package), course.toml and the
                      reference solutions

The kit is never installed into the environment: the sandbox shows student
code the environment's files, and the checks and solutions must stay out of it.
The root ``/autograder`` can be moved with ``NNKIT_AUTOGRADER_ROOT`` (tests
run the real scripts in a temporary folder that way).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..course import CHECKS_DIR, KIT_ROOT, Course, load_course

ROOT_ENV = "NNKIT_AUTOGRADER_ROOT"
DEFAULT_ROOT = Path("/autograder")
DEFAULT_PYTHON = "3.11"  # installable with apt on Gradescope's Ubuntu 22.04 image
PLATFORMS = ("manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64", "any")
PACKAGE_DIR = Path(__file__).resolve().parents[1]  # the autograder package
# the kit's bundled course (autograder/_course, in a regular install) is not carried: the zip
# holds the chosen course and its solutions beside the package instead
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo", ".*", "_course")


class BuildError(RuntimeError):
    """The zip could not be built (for example the course cannot be staged)."""


@dataclass(frozen=True)
class Built:
    path: Path
    size: int
    wheels: tuple[str, ...]  # file names of the wheels carried
    note: str  # why there are no wheels, when there are none


def autograder_root(env=None) -> Path:
    env = os.environ if env is None else env
    return Path(env.get(ROOT_ENV) or DEFAULT_ROOT)


def kit_requirements() -> list[str]:
    """The kit's own dependencies, as pip requirements."""
    pyproject = KIT_ROOT / "pyproject.toml"
    if pyproject.is_file():
        return list(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"])
    from importlib.metadata import requires

    return [r for r in (requires("nnkit") or []) if "extra ==" not in r]


SETUP_SH = r"""#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image.
# Written by `nnkit gradescope build`. It makes $ROOT/nnkit-venv with Python {python}
# and installs the kit's dependencies from the wheels in this zip (no network needed);
# when the wheels do not fit the Python found here, it installs them from PyPI.
# Any failure stops it with the failing command's own error shown.
set -euo pipefail
SOURCE="$(cd "$(dirname "${{BASH_SOURCE[0]}}")" && pwd)"
ROOT="${{NNKIT_AUTOGRADER_ROOT:-/autograder}}"
WANT="{python}"
export DEBIAN_FRONTEND=noninteractive

# apt-get with its errors shown; a failure stops the build, saying which command failed
apt_get() {{
  if ! apt-get "$@"; then
    echo "nnkit: 'apt-get $*' failed (apt's error is above): setup.sh stops here" >&2
    exit 1
  fi
}}
CAN_APT=""
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  CAN_APT=1
  apt_get update -q
  # bubblewrap hides the course from student code where the container allows it
  apt_get install -y -q bubblewrap
  command -v "python$WANT" >/dev/null 2>&1 || apt_get install -y -q "python$WANT" "python$WANT-venv"
fi

PYTHON=""
for candidate in "python$WANT" python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    PYTHON="$(command -v "$candidate")"; break
  fi
done
if [ -z "$PYTHON" ]; then
  echo "nnkit: no Python 3.11 or newer here, and apt-get could not install python$WANT" >&2
  exit 1
fi
echo "nnkit: using $PYTHON ($("$PYTHON" --version 2>&1))"

rm -rf "$ROOT/nnkit-venv"
if ! "$PYTHON" -m venv "$ROOT/nnkit-venv"; then
  version="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  echo "nnkit: $PYTHON cannot make a virtual environment: installing python$version-venv"
  [ -n "$CAN_APT" ] && apt_get install -y -q "python$version-venv"
  rm -rf "$ROOT/nnkit-venv"
  "$PYTHON" -m venv "$ROOT/nnkit-venv"
fi
VENV_PYTHON="$ROOT/nnkit-venv/bin/python"

ONLINE=(-m pip install --quiet -r "$SOURCE/requirements.txt")
if ! ls "$SOURCE"/wheels/*.whl >/dev/null 2>&1; then
  echo "nnkit: no wheels in the zip: installing the dependencies from PyPI"
  "$VENV_PYTHON" "${{ONLINE[@]}}"
elif "$VENV_PYTHON" -m pip install --quiet --no-index --find-links "$SOURCE/wheels" -r "$SOURCE/requirements.txt"; then
  echo "nnkit: installed the dependencies offline, from the wheels in the zip"
else
  echo "nnkit: the wheels in the zip do not fit $("$VENV_PYTHON" --version 2>&1): installing from PyPI"
  "$VENV_PYTHON" "${{ONLINE[@]}}"
fi
# a smoke test: the kit grades one exercise of the reference solutions here
PYTHONPATH="$SOURCE/nnkit" "$VENV_PYTHON" -m autograder.cli grade "$SOURCE/nnkit/solutions" -x gates
"""

RUN_AUTOGRADER = r"""#!/usr/bin/env bash
# Gradescope runs this for every submission. Written by `nnkit gradescope build`.
# Grades $ROOT/submission and writes $ROOT/results/results.json ($ROOT: /autograder).
# NNKIT_AUTOGRADER_ROOT moves the root, NNKIT_PYTHON names another interpreter (both for tests).
set -u
ROOT="${{NNKIT_AUTOGRADER_ROOT:-/autograder}}"
export PYTHONPATH="$ROOT/source/nnkit"
"${{NNKIT_PYTHON:-$ROOT/nnkit-venv/bin/python}}" -m autograder.cli gradescope run --root "$ROOT"{exercises}
code=$?
if [ ! -s "$ROOT/results/results.json" ]; then
  # the kit could not even start: say so where students and instructors look
  mkdir -p "$ROOT/results"
  cat > "$ROOT/results/results.json" <<EOF
{{
  "score": 0, "execution_time": 0, "tests": [],
  "output": "The autograder could not start (exit code $code); please tell your instructor.",
  "visibility": "visible", "stdout_visibility": "hidden"
}}
EOF
fi
exit "$code"
"""


def _rewrite_key(text: str, key: str, value: str) -> str:
    """Point ``key = ...`` in [course] at ``value`` (a path inside the zip), adding it if absent."""
    line = f'{key} = "{value}"'
    pattern = re.compile(r"^[ \t]*" + re.escape(key) + r"[ \t]*=.*$", re.MULTILINE)
    header = re.compile(r"^[ \t]*\[course\][ \t]*(#.*)?$", re.MULTILINE)
    match = header.search(text)
    if match is None:
        return f"[course]\n{line}\n\n" + text
    end = re.compile(r"^[ \t]*\[", re.MULTILINE).search(text, match.end())
    stop = end.start() if end else len(text)
    section = text[match.end():stop]
    if pattern.search(section):
        section = pattern.sub(line.replace("\\", "\\\\"), section, count=1)
    else:
        section = "\n" + line + section
    return text[: match.end()] + section + text[stop:]


def stage_kit(course: Course, target: Path) -> Path:
    """Copy the autograder package, the course file and its solutions (and checks) under ``target``."""
    shutil.copytree(PACKAGE_DIR, target / "autograder", ignore=_IGNORE)
    text = course.path.read_text(encoding="utf-8")
    shutil.copytree(course.references("the Gradescope autograder"), target / "solutions", ignore=_IGNORE)
    text = _rewrite_key(text, "solutions", "solutions")
    if course.checks_dir.resolve() != CHECKS_DIR.resolve():
        shutil.copytree(course.checks_dir, target / "checks", ignore=_IGNORE)
        text = _rewrite_key(text, "checks", "checks")
    (target / "course.toml").write_text(text, encoding="utf-8")
    load_course(target / "course.toml")  # what Gradescope will read must load
    return target / "course.toml"


def download_wheels(requirements: Path, dest: Path, python_version: str) -> str:
    """``pip download`` the dependencies for Linux x86_64; returns "" or why it failed."""
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--retries", "1",
           "--timeout", "15", "--dest", str(dest),
           "--only-binary=:all:", "--implementation", "cp", "--python-version", python_version]  # fmt: skip
    for platform in PLATFORMS:
        cmd += ["--platform", platform]
    cmd += ["-r", str(requirements)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"pip download failed: {exc}"
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.startswith("ERROR")] or done.stderr.splitlines()
        return "pip download failed: " + (lines[-1] if lines else f"exit code {done.returncode}")
    return ""


def _add(zf: zipfile.ZipFile, path: Path, arcname: str, executable: bool = False) -> None:
    info = zipfile.ZipInfo.from_file(path, arcname)
    mode = 0o755 if executable else 0o644
    info.external_attr = (stat.S_IFREG | mode) << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    with path.open("rb") as fh:
        zf.writestr(info, fh.read())


def build(
    output: Path,
    *,
    course: Course | None = None,
    exercises: list[str] | None = None,
    python_version: str = DEFAULT_PYTHON,
    wheels: bool = True,
) -> Built:
    """Write the autograder zip to ``output``."""
    course = course or load_course()
    for name in exercises or ():
        course.exercise(name)  # raises CourseError for an unknown name
    if not re.fullmatch(r"3\.\d+", python_version):
        raise BuildError(f"--python must look like 3.11, got {python_version!r}")
    with tempfile.TemporaryDirectory(prefix="nnkit-gradescope-") as tmp:
        stage = Path(tmp)
        stage_kit(course, stage / "nnkit")
        (stage / "requirements.txt").write_text("\n".join(kit_requirements()) + "\n", encoding="utf-8")
        note = "built without wheels (--no-wheels): setup.sh installs the dependencies from PyPI"
        if wheels:
            failure = download_wheels(stage / "requirements.txt", stage / "wheels", python_version)
            if failure:  # an incomplete set is no use offline
                shutil.rmtree(stage / "wheels", ignore_errors=True)
                note = f"no wheels carried ({failure}): setup.sh installs the dependencies from PyPI"
            else:
                note = ""
        (stage / "setup.sh").write_text(SETUP_SH.format(python=python_version), encoding="utf-8")
        args = "".join(f" -x {name}" for name in exercises or ())
        (stage / "run_autograder").write_text(RUN_AUTOGRADER.format(exercises=args), encoding="utf-8")
        carried = tuple(sorted(p.name for p in (stage / "wheels").glob("*.whl")))
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(output.name + ".part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(p for p in stage.rglob("*") if p.is_file()):
                arcname = path.relative_to(stage).as_posix()
                _add(zf, path, arcname, executable=arcname in ("setup.sh", "run_autograder"))
        partial.replace(output)
    return Built(path=output, size=output.stat().st_size, wheels=carried, note=note)


# ---- inside Gradescope's container -------------------------------------------------------------


def find_submission(folder: Path) -> Path:
    """The student's files: the folder itself, or the one .zip in it when it holds no .py file."""
    if folder.is_dir() and not any(folder.rglob("*.py")):
        zips = sorted(folder.glob("*.zip"))
        if len(zips) == 1:
            return zips[0]
    return folder


def failure_results(message: str, execution_time: float = 0.0) -> dict:
    """A results.json that says grading failed, so students never see a silent zero."""
    return {
        "score": 0.0,
        "execution_time": round(execution_time, 3),
        "output": f"The autograder could not grade this submission: {message}\nPlease tell your instructor.",
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": [],
    }


def write_results(root: Path, data: dict | str) -> Path:
    results = root / "results" / "results.json"
    results.parent.mkdir(parents=True, exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data, indent=2) + "\n"
    tmp = results.with_name("results.json.part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(results)
    return results


def run(root: Path, course: Course, *, exercises: list[str] | None = None, isolation=None) -> tuple[Path, str, bool]:
    """Grade ``root/submission`` and write ``root/results/results.json``.

    Returns the results file, a report for the instructor's log (Gradescope
    keeps stdout for instructors) and whether grading worked. Whatever goes
    wrong, a results.json is written that says so.
    """
    from ..grader import grade_paths
    from ..report import gradescope, text

    started = time.monotonic()
    try:
        submission = find_submission(root / "submission")
        (result,) = grade_paths([submission], course=course, exercises=exercises or None, isolation=isolation)
    except Exception as exc:  # the student must still get an answer
        message = f"{type(exc).__name__}: {exc}"
        return write_results(root, failure_results(message, time.monotonic() - started)), message + "\n", False
    rendered = gradescope.render([result], course, execution_time=time.monotonic() - started)
    return write_results(root, rendered), text.table([result], verbose=True), True
