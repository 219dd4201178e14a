"""``nnkit handout``: a student's kit that checks their work and holds no answers.

The slow test builds the handout, installs it as its README says (``pip install ./kit``)
into a fresh virtual environment, checks the blank stubs and the reference solutions
with the installed ``nnkit`` from the handout's folder, and searches every file of the
handout and of the installed package for each line of the solutions' answer regions and
for each hidden test's name and lines.
"""

import ast
import re
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner
from kit import COURSE, ROOT, SOLUTIONS

from autograder.build.handout import DEPENDENCIES
from autograder.build.release import BEGIN_MARKER, END_MARKER
from autograder.build.visible_checks import visible_source
from autograder.cli import main

MIN_CHARS = 14  # a shorter line (`return s`) is no answer on its own


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def answer_lines() -> dict[str, str]:
    """The answers, and the file of each: every region between the solutions' BEGIN and END
    markers as a whole, and each of its lines that says something of its own, that is, one
    the given code of the solutions (outside the regions, so in the stubs anyway) and the
    nnkit package (code for any course) do not have (``z = np.asarray(z, dtype=float)``)."""
    common = _squeezed("\n".join(p.read_text() for p in (ROOT / "autograder").rglob("*.py")
                                  if "checks" not in p.parts))  # fmt: skip
    regions, given = [], []
    for path in sorted(SOLUTIONS.glob("*.py")):
        inside = None
        for line in path.read_text().splitlines():
            if BEGIN_MARKER in line:
                inside = []
            elif END_MARKER in line:
                regions.append((path.name, inside))
                inside = None
            elif inside is not None:
                inside.append(_squeezed(line))
            else:
                given.append(_squeezed(line))
    common += " ".join(given)
    found = {}
    for name, lines in regions:
        code = [c for c in lines if c and not c.startswith("#")]
        if len(code) > 1 or len(" ".join(code)) >= 2 * MIN_CHARS:  # `return outputs` is no answer on its own
            found[" ".join(code)] = name
        found.update({c: name for c in code if len(c) >= MIN_CHARS and c not in common})
    return found


def hidden_tests() -> dict[str, list[str]]:
    """Each hidden test's name, and its lines that no visible check or helper has."""
    visible = _squeezed("\n".join(visible_source(p.read_text())[0] if p.name.startswith("test_") else p.read_text()
                                   for p in COURSE.checks_dir.glob("*.py")))  # fmt: skip
    found = {}
    for path in sorted(COURSE.checks_dir.glob("test_*.py")):
        source = path.read_text()
        lines = source.splitlines()
        for node in ast.parse(source).body:
            if isinstance(node, ast.FunctionDef) and "pytest.mark.hidden" in map(ast.unparse, node.decorator_list):
                own = lines[node.lineno - 1 : node.end_lineno]
                found[node.name] = [c for c in map(_squeezed, own) if len(c) >= MIN_CHARS and c not in visible]
    return found


def leaks(folder) -> list[str]:
    answers, hidden = answer_lines(), hidden_tests()
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".py", ".md", ".toml", ".json", ".ini", ".txt")):
        text = _squeezed(path.read_text(errors="replace"))
        found += [f"{path}: answer line of {where}: {code}" for code, where in answers.items() if code in text]
        for name, own in hidden.items():
            found += [f"{path}: hidden test {name}" for word in (name, name.removeprefix("test_")) if word in text][:1]
            found += [f"{path}: a line of hidden test {name}: {code}" for code in own if code in text]
    return found


def test_the_kit_lists_what_check_needs_among_the_kits_dependencies():
    listed = (ROOT / "pyproject.toml").read_text()
    assert all(f'"{dependency}"' in listed for dependency in DEPENDENCIES)


def test_a_folder_that_is_not_empty_is_refused_unless_it_is_an_earlier_handout(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    out = run("handout", tmp_path)
    assert out.exit_code == 2 and "is not empty" in out.output
    out = run("handout", tmp_path, "--force")
    assert out.exit_code == 2 and "holds no handout" in out.output and (tmp_path / "notes.txt").exists()
    assert run("handout", tmp_path / "kit").exit_code == 0
    (tmp_path / "kit" / "exercises" / "gates.py").write_text("# edited")
    assert run("handout", tmp_path / "kit").exit_code == 2
    assert run("handout", tmp_path / "kit", "--force").exit_code == 0
    assert "YOUR CODE HERE" in (tmp_path / "kit" / "exercises" / "gates.py").read_text()


@pytest.fixture(scope="module")
def handout(tmp_path_factory):
    folder = tmp_path_factory.mktemp("handout") / "student"
    out = run("handout", folder)
    assert out.exit_code == 0, out.output
    return folder


def test_the_handout_holds_no_answer_and_no_hidden_test(handout):
    assert answer_lines() and hidden_tests()  # the search has something to look for
    assert leaks(handout) == []
    assert not list(handout.rglob("solutions")) and not list(handout.rglob("*.pkl"))
    assert "solutions/" not in (handout / "exercises" / "gates.py").read_text()  # no stub names its answer file


def test_the_leak_search_finds_an_answer_and_a_hidden_test(tmp_path):
    line = max(answer_lines(), key=len)
    (tmp_path / "copied.py").write_text(f"    {line}\n")
    (tmp_path / "notes.md").write_text(f"see {next(iter(hidden_tests()))}\n")
    found = leaks(tmp_path)
    assert any("copied.py: answer line of" in leak and leak.endswith(line) for leak in found)
    assert len([leak for leak in found if "notes.md: hidden test" in leak]) == 1


@pytest.fixture(scope="module")
def installed(handout, tmp_path_factory):
    """The handout's kit installed as its README says, into a fresh environment: its bin folder."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    base = getattr(sys, "_base_executable", sys.executable)
    assert subprocess.run([base, "-m", "venv", "--system-site-packages", str(venv)]).returncode == 0
    done = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                           "./kit"], cwd=handout, capture_output=True, text=True, timeout=600)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"the kit's dependencies could not be installed here: {done.stderr[-500:]}")
    return venv / "bin"


def _check(installed, handout, *args):
    env = {"PATH": f"{installed}:/usr/bin:/bin", "HOME": str(handout), "LANG": "C.UTF-8"}
    return subprocess.run([str(installed / "nnkit"), "check", *args], cwd=handout, env=env, capture_output=True,
                          text=True, timeout=600)  # fmt: skip


def test_the_installed_kit_checks_the_stubs_and_the_solutions_with_no_course_of_its_own(installed, handout):
    package = next((installed.parent / "lib").glob("python*/site-packages/autograder"))
    assert not (package / "checks").exists() and not (package / "_course").exists()
    assert leaks(package) == []
    blank = _check(installed, handout)
    assert blank.returncode == 1 and "0 of 49 checks pass" in blank.stdout, blank.stdout + blank.stderr
    shutil.copytree(SOLUTIONS, handout / "mine")
    right = _check(installed, handout, "mine")
    assert right.returncode == 0 and "49 of 49 checks pass: 100 of 100 points" in right.stdout, right.stdout + right.stderr
    assert "hidden" in right.stdout.splitlines()[-1]  # one line says the grade adds hidden tests
