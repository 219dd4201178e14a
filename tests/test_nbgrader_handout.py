"""The released nbgrader notebooks in a student's Jupyter that has only the handout's kit.

As the instructor: ``nnkit nbgrader build``, then the real ``nbgrader generate_assignment``
and ``release_assignment`` (into an exchange folder), and ``nnkit handout``. As the student:
``pip install ./kit`` of the handout (and ipykernel, which any Jupyter has) into a fresh
virtual environment, ``nbgrader fetch_assignment`` run in the handout's folder, the answer
cells filled in, and each notebook executed by nbclient on a kernel of that environment,
whose ``nnkit`` has no course, no solutions and no hidden test: its test cells find the
handout's ``course.toml`` above the notebook. Their verdicts must be ``nnkit check``'s, run
with the same environment on the same code: with the solutions every visible test cell
earns its points; with a corpus bug a test cell earns what check gives, and shows check's
message and hint.
"""

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from corpus.mutations import reference_files, submission
from kit import COURSE, jupyter_env
from test_handout import leaks
from test_nbgrader import _first_bug_per_module

from autograder.build.handout import build_handout
from autograder.nbgrader import build as nbbuild

ASSIGNMENT = COURSE.nbgrader.assignment
BUGGY = ("gates", "activations", "mlp")  # the exercises handed in with a corpus bug


def _run(args, cwd, env, timeout=600):
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{' '.join(map(str, args))} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def student(tmp_path_factory):
    """The instructor's release fetched into the student's handout, and the student's environment."""
    root = tmp_path_factory.mktemp("release")
    env = jupyter_env(root / "jupyter")
    nbbuild.build(COURSE, root / "course")
    exchange = [f"--Exchange.root={root / 'exchange'}", "--CourseDirectory.course_id=nn-numpy"]
    (root / "exchange").mkdir()
    nbgrader = [sys.executable, "-m", "nbgrader"]
    _run([*nbgrader, "generate_assignment", ASSIGNMENT], root / "course", env)
    _run([*nbgrader, "release_assignment", ASSIGNMENT, *exchange], root / "course", env)

    handout = build_handout(COURSE, root / "handout")
    _run([*nbgrader, "fetch_assignment", ASSIGNMENT, *exchange], handout, env)  # what the student runs there
    venv = root / "venv"
    base = getattr(sys, "_base_executable", sys.executable)
    _run([base, "-m", "venv", "--system-site-packages", str(venv)], root, None)
    done = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                           "./kit", "ipykernel"], cwd=handout, capture_output=True, text=True, timeout=900)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"the kit and ipykernel could not be installed here: {done.stderr[-500:]}")
    # the student's kernel: the fresh environment's Python, nothing of the instructor's
    spec = root / "jupyter" / "jupyter" / "kernels" / "python3" / "kernel.json"
    spec.write_text(json.dumps({"argv": [str(venv / "bin" / "python"), "-m", "ipykernel_launcher", "-f",
                                         "{connection_file}"], "display_name": "Python 3", "language": "python"}))  # fmt: skip
    student_env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(handout), "LANG": "C.UTF-8"}
    where = _run([str(venv / "bin" / "python"), "-c", "import autograder; print(autograder.__file__)"], handout,
                 student_env).stdout  # fmt: skip
    assert where.startswith(str(venv)) and not (Path(where).parent / "_course").exists()
    tests_of_cells = {}  # grade_id -> the test its cell calls, read from the instructor's source notebooks
    for path in (root / "course" / "source" / ASSIGNMENT).glob("*.ipynb"):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["metadata"].get("nbgrader", {}).get("grade"):
                (name,) = re.findall(r'nnkit_score\("\w+", "([^"]+)"\)', "".join(cell["source"]))
                tests_of_cells[cell["metadata"]["nbgrader"]["grade_id"]] = name
    return {"handout": handout, "released": handout / ASSIGNMENT, "venv": venv, "jupyter": env,
            "student_env": student_env, "tests_of_cells": tests_of_cells}  # fmt: skip


def _execute(student, folder: Path) -> dict:
    """Run every notebook of ``folder`` as Jupyter would (the kernel's working folder is the
    notebook's); ``{module: executed notebook}``."""
    env = {k: v for k, v in student["jupyter"].items() if k != "PYTHONPATH"}
    env.update({k: v for k, v in student["student_env"].items() if k != "PATH"})
    _run([sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute", "--inplace",
          "--ExecutePreprocessor.timeout=600", *sorted(p.name for p in folder.glob("*.ipynb"))], folder, env,
         timeout=1200)  # fmt: skip
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.ipynb")}


def _fill(student, folder: Path, files: dict, modules) -> None:
    """Copies of the fetched notebooks of ``modules`` in ``folder``, their answer cells holding ``files``."""
    folder.mkdir()
    for module in modules:
        released = json.loads((student["released"] / f"{module}.ipynb").read_text(encoding="utf-8"))
        nb = nbbuild.fill(released, files[f"{module}.py"])
        (folder / f"{module}.ipynb").write_text(nbbuild.dumps(nb), encoding="utf-8")


def _check(student, files: dict, modules, name: str) -> dict:
    """``{module: {test name: test record}}`` of the handout's ``nnkit check --format json`` on ``files``."""
    folder = student["handout"] / name
    folder.mkdir()
    for module in modules:
        (folder / f"{module}.py").write_text(files[f"{module}.py"], encoding="utf-8")
    return _checked(student, name, modules)


def _checked(student, name: str, modules) -> dict:
    """``{module: {test name: test record}}`` of the handout's ``nnkit check --format json`` on its folder ``name``
    (modules, or the notebooks themselves)."""
    done = subprocess.run([str(student["venv"] / "bin" / "nnkit"), "check", name, "--format", "json"],
                          cwd=student["handout"], env=student["student_env"], capture_output=True, text=True,
                          timeout=600)  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    (record,) = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {e["name"]: {t["name"]: t for t in e["tests"]} for e in record["exercises"] if e["name"] in modules}


def _test_cells(nb: dict) -> list[tuple[dict, dict]]:
    """(nbgrader metadata, outputs) of every autograded cell of an executed notebook."""
    cells = [c for c in nb["cells"] if c.get("metadata", {}).get("nbgrader", {}).get("grade")]
    return [(c["metadata"]["nbgrader"], c["outputs"]) for c in cells]


def _verdicts(student, nb: dict, module: str, tests: dict) -> dict:
    """``{test name: (points, html)}`` of the test cells that ran a test; every other test cell
    must be a hidden test's, which nbgrader emptied and which shows nothing."""
    found = {}
    for meta, outputs in _test_cells(nb):
        name = student["tests_of_cells"][meta["grade_id"]]
        if name not in tests:
            assert outputs == [] and meta["grade_id"].startswith(f"{module}_hidden_test_"), (name, outputs)
            continue
        assert [o["output_type"] for o in outputs] == ["execute_result"], (name, outputs)
        data = outputs[0]["data"]
        found[name] = (float("".join(data["text/plain"])), "".join(data["text/html"]))
    return found


def test_released_notebooks_hold_no_answer_and_no_hidden_test(student, tmp_path):
    """The leak search of the handout, over every cell and the metadata of the fetched notebooks."""
    for path in student["released"].glob("*.ipynb"):
        nb = json.loads(path.read_text(encoding="utf-8"))
        (tmp_path / f"{path.stem}.py").write_text("\n".join("".join(c["source"]) for c in nb["cells"]))
        cells = [c.get("metadata", {}) for c in nb["cells"]] + [{c.get("id"): 0 for c in nb["cells"]}]
        (tmp_path / f"{path.stem}.json").write_text(json.dumps([nb["metadata"], *cells]))
    assert len(list(tmp_path.glob("*.py"))) == len(COURSE.exercises)
    assert leaks(tmp_path) == []


def test_the_solutions_pass_every_visible_test_cell_as_check_passes_them(student):
    modules = [e.module for e in COURSE.exercises]
    files = reference_files()
    _fill(student, student["handout"] / "right", files, modules)
    executed = _execute(student, student["handout"] / "right")
    checked = _check(student, files, modules, "right-py")
    for module in modules:
        verdicts = _verdicts(student, executed[module], module, checked[module])
        assert sorted(verdicts) == sorted(checked[module]), module  # one cell per visible test, all ran
        for name, (points, shown) in verdicts.items():
            test = checked[module][name]
            assert test["status"] == "passed" and points == test["score"] == test["max_score"] > 0, (module, name)
            assert "(passed)" in shown


def test_a_buggy_answer_fails_its_test_cells_with_checks_message_and_hint(student):
    bugs = {module: case for module, case in _first_bug_per_module().items() if module in BUGGY}
    files = reference_files()
    files.update({f"{m}.py": submission(case).files[f"{m}.py"] for m, case in bugs.items()})
    _fill(student, student["handout"] / "buggy", files, BUGGY)
    executed = _execute(student, student["handout"] / "buggy")
    # held to `nnkit check` on the very notebooks: what reads the student's text (a line, the one change that
    # mends a function) reads the module a notebook's cells make, which is not the .py file of the same answers
    checked = _checked(student, "buggy", BUGGY)
    as_modules = _check(student, files, BUGGY, "buggy-py")  # the same answers as .py files: the same verdicts
    assert {m: {n: (r["status"], r["score"], r["message"]) for n, r in tests.items()} for m, tests in as_modules.items()} \
        == {m: {n: (r["status"], r["score"], r["message"]) for n, r in tests.items()} for m, tests in checked.items()}
    for module, case in bugs.items():
        verdicts = _verdicts(student, executed[module], module, checked[module])
        assert sorted(verdicts) == sorted(checked[module])
        failed = [name for name, test in checked[module].items() if test["status"] != "passed"]
        assert failed, f"{case.name} fails no visible test of {module}"
        for name, (points, shown) in verdicts.items():
            test = checked[module][name]
            assert points == test["score"], (module, name, points, test["score"])
            assert f"({test['status']})" in shown
            if test["status"] != "passed":
                assert html.escape(test["message"]).replace("\n", "<br>") in shown, (module, name)
                assert not test["hint"] or html.escape(test["hint"]).replace("\n", "<br>") in shown


def test_a_notebook_kept_outside_the_handout_says_where_it_belongs(student):
    elsewhere = student["handout"].parent / "elsewhere"
    _fill(student, elsewhere, reference_files(), ["loss"])
    (loss,) = _execute(student, elsewhere).values()
    shown = {meta["grade_id"]: outputs for meta, outputs in _test_cells(loss)}
    for outputs in filter(None, shown.values()):
        text = "".join(outputs[0]["data"]["text/html"])
        assert float("".join(outputs[0]["data"]["text/plain"])) == 0.0
        assert "keep it in the folder of your nnkit kit (the one with course.toml)" in text, text
