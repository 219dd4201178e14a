"""The nbgrader course, checked by nbgrader itself, and nbgrader notebooks graded by nnkit.

One nbgrader course is built into a temporary folder for the whole module: the
real ``nbgrader generate_assignment``, ``autograde`` and ``generate_feedback``
run on it with a real IPython kernel (registered for these tests only, through
``JUPYTER_PATH``). Five students hand in: the solution notebooks, the blank
released notebooks, released notebooks filled with one corpus bug per exercise,
a correct activations notebook whose code makes NumPy warn, and an activations
notebook that fails a hidden test only. nbgrader's scores must equal, test cell
by test cell, what ``grade`` gives the same code, and the feedback must show a
hidden test by name and outcome only.
The rest checks the notebooks themselves and how ``nnkit grade`` reads
notebooks that were edited, broken or handed in as an nbgrader tree.
"""

import html
import json
import math
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus.mutations import BUGS, reference_files, submission
from kit import MODULES, ROOT, jupyter_env, write_course

from autograder.build.release import BEGIN_MARKER, END_MARKER
from autograder.cli import main
from autograder.course import CourseError, load_course
from autograder.grader import grade, grade_paths
from autograder.nbgrader import build as nbbuild
from autograder.nbgrader import notebook as in_kernel
from autograder.intake.load import load_submission
from autograder.intake.notebook_cells import ANSWER, SETUP, extract
from autograder.intake.submission import Submission, SubmissionError
from autograder.nbgrader.layout import split_module

COMMITTED = ROOT / "nbgrader-course"  # not "nbgrader": that name would shadow the nbgrader package
ASSIGNMENT = "nnkit"
NBGRADER_STUB = "# YOUR CODE HERE\nraise NotImplementedError()"
STUDENTS = ("solutions", "blank", "bugs", "warnings", "hidden")
# The "hidden" student's activations: a sigmoid slope that overflows, which only a hidden test sees.
HIDDEN_BUG = ("    s = sigmoid(z)\n    return s * (1.0 - s)\n",
              "    e = np.exp(-np.asarray(z, dtype=float))\n    return e / (1.0 + e) ** 2\n")


# -- building ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(course):
    """``{relative path: text}`` of the course as the generator writes it."""
    return nbbuild.build_files(course, COMMITTED)


def _notebooks(built):
    return {Path(rel).stem: json.loads(text) for rel, text in built.items() if rel.endswith(".ipynb")}


def _meta(cell):
    return cell.get("metadata", {}).get("nbgrader", {})


def _source(cell):
    return "".join(cell["source"])


def _reference_tests(course):
    """``{module: [TestResult]}`` of the reference solutions, as ``grade`` gives them."""
    return nbbuild.collect_tests(course)


def test_committed_course_is_what_the_generator_writes(built, course):
    differ = nbbuild.stale(course, COMMITTED)
    assert not differ, (
        f"the committed nbgrader course drifted from the generator: {differ}; "
        "run `nnkit nbgrader build nbgrader-course` and commit the result (never edit the notebooks)"
    )
    assert set(built) == {"nbgrader_config.py", ".gitignore", *(f"source/{ASSIGNMENT}/{m}.ipynb" for m in MODULES)}


def test_notebooks_follow_nbgrader_cell_metadata_schema_3(built, course):
    import nbformat

    tests = _reference_tests(course)
    for module, nb in _notebooks(built).items():
        nbformat.validate(nbformat.reads(json.dumps(nb), as_version=4))
        assert nb["metadata"]["kernelspec"]["name"] == "python3"
        ids, points, calls = set(), 0.0, {}
        for cell in nb["cells"]:
            meta = _meta(cell)
            if not meta:
                continue
            assert meta["schema_version"] == 3 and re.fullmatch(r"[A-Za-z0-9_-]+", meta["grade_id"])
            assert meta["grade_id"] not in ids, f"{module}: grade_id {meta['grade_id']} twice"
            ids.add(meta["grade_id"])
            assert cell["cell_type"] == "code"
            if meta["grade"]:
                assert meta["locked"] and not meta["solution"] and meta["points"] > 0
                points += meta["points"]
                found = re.findall(r'nnkit_score\("(\w+)", "([^"]+)"\)', _source(cell))
                assert len(found) == 1 and found[0][0] == module, _source(cell)
                calls[found[0][1]] = (meta["points"], _source(cell))
            elif meta["solution"]:
                assert not meta["locked"] and BEGIN_MARKER in _source(cell)
            else:
                assert meta["locked"], f"{module}: {meta['grade_id']} is neither graded, an answer nor read-only"
        assert math.isclose(points, course.exercise(module).points, rel_tol=1e-12)
        # one test cell per test, worth exactly the test's share, hidden ones inside the markers
        assert sorted(calls) == sorted(t.name for t in tests[module])
        for test in tests[module]:
            share, text = calls[test.name]
            assert share == test.max_score
            hidden = "### BEGIN HIDDEN TESTS" in text and "### END HIDDEN TESTS" in text
            assert hidden == test.hidden, f"{module}: {test.name} hidden={test.hidden}"


def test_notebook_cells_put_the_solution_back_together(built):
    """The answer and setup cells are the solution's code, cut at its top-level statements."""
    for module, nb in _notebooks(built).items():
        layout = split_module((ROOT / "solutions" / f"{module}.py").read_text(encoding="utf-8"), module)
        by_id = {_meta(c).get("grade_id"): _source(c) for c in nb["cells"] if _meta(c)}
        for cell in layout.cells:
            assert by_id[cell.grade_id] == cell.source
        assert {c.kind for c in layout.cells} == {ANSWER, SETUP}
        assert nb["metadata"]["nnkit"]["exercise"] == module


# -- nbgrader itself ------------------------------------------------------------------


def _nbgrader(folder: Path, env: dict, *args) -> float:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "nbgrader", *args], cwd=folder, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-5000:]}"
    assert not re.search(r"\| (ERROR|CRITICAL)\]", done.stderr), done.stderr[-5000:]
    return time.monotonic() - started


def _first_bug_per_module():
    """One corpus bug per exercise whose change stays inside the answer cells."""
    chosen = {}
    for case in BUGS:
        if case.module in chosen:
            continue
        reference = split_module(reference_files()[f"{case.module}.py"], case.module)
        changed = split_module(submission(case).files[f"{case.module}.py"], case.module)
        setup = [c for c in changed.cells if c.kind == SETUP]
        if setup == [c for c in reference.cells if c.kind == SETUP]:
            chosen[case.module] = case
    return chosen


WARNING_CODE = (
    "def relu(z):\n"
    "    np.log(np.zeros(2))  # a correct answer that makes NumPy warn (divide by zero) on every call\n"
    "    return np.maximum(np.asarray(z, dtype=float), 0.0)\n"
    "\n"
    "\n"
    "_ = np.exp(np.float64(1000.0))  # and an overflow warning when the cell runs\n"
)


def _write(path: Path, nb: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nbbuild.dumps(nb), encoding="utf-8")


@pytest.fixture(scope="module")
def nbgrader_run(built, course, tmp_path_factory):
    root = tmp_path_factory.mktemp("nbgrader")
    folder = root / "course"
    for relative, text in built.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(text, encoding="utf-8")
    env = jupyter_env(root)
    times = {"generate_assignment": _nbgrader(folder, env, "generate_assignment", ASSIGNMENT)}

    release = folder / "release" / ASSIGNMENT
    submitted = folder / "submitted"
    shutil.copytree(folder / "source" / ASSIGNMENT, submitted / "solutions" / ASSIGNMENT)
    shutil.copytree(release, submitted / "blank" / ASSIGNMENT)
    bugs = _first_bug_per_module()
    bug_files = reference_files()
    for module, case in bugs.items():
        text = submission(case).files[f"{module}.py"]
        bug_files[f"{module}.py"] = text
        released = json.loads((release / f"{module}.ipynb").read_text(encoding="utf-8"))
        _write(submitted / "bugs" / ASSIGNMENT / f"{module}.ipynb", nbbuild.fill(released, text))
    warned = json.loads((release / "activations.ipynb").read_text(encoding="utf-8"))
    source = reference_files()["activations.py"]
    start, end = source.index("def relu(z):"), source.index("def relu_derivative(z):")
    source = source[:start] + WARNING_CODE + "\n\n" + source[end:]
    _write(submitted / "warnings" / ASSIGNMENT / "activations.ipynb", nbbuild.fill(warned, source))
    hidden_source = reference_files()["activations.py"]
    assert hidden_source.count(HIDDEN_BUG[0]) == 1
    hidden_source = hidden_source.replace(*HIDDEN_BUG)
    _write(submitted / "hidden" / ASSIGNMENT / "activations.ipynb", nbbuild.fill(warned, hidden_source))
    (hidden_result,) = grade([Submission("hidden", ROOT, {"activations.py": hidden_source})], course=course,
                             exercises=["activations"])  # fmt: skip

    times["autograde"] = _nbgrader(folder, env, "autograde", ASSIGNMENT)
    times["generate_feedback"] = _nbgrader(folder, env, "generate_feedback", ASSIGNMENT)

    from nbgrader.api import Gradebook

    scores = {}
    with Gradebook(f"sqlite:///{folder / 'gradebook.db'}") as gb:
        for student in STUDENTS:
            scores[student] = {}
            for nb in gb.find_submission(ASSIGNMENT, student).notebooks:
                cells = {g.name: (g.auto_score, g.max_score) for g in nb.grades}
                scores[student][nb.name] = {"score": nb.score, "max_score": nb.max_score, "cells": cells}

    started = time.monotonic()  # what an instructor runs: the tree is a class, one submission per student
    done = CliRunner().invoke(main, ["grade", str(submitted), "--format", "json"])
    times["nnkit grade"] = time.monotonic() - started
    assert done.exit_code == 0, done.output
    by_nnkit = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    (bug_result,) = grade([Submission("bugs", ROOT, bug_files)], course=course)
    return {
        "folder": folder,
        "release": release,
        "scores": scores,
        "bugs": bugs,
        "grade_of_bugs": bug_result,
        "grade_of_hidden": _exercise(hidden_result, "activations"),
        "nnkit": {r["submission"]: {e["name"]: e for e in r["exercises"]} for r in by_nnkit},
        "times": times,
    }


def test_released_notebooks_hold_no_solution_and_no_hidden_test(nbgrader_run, built):
    sources = _notebooks(built)
    for module in MODULES:
        text = (nbgrader_run["release"] / f"{module}.ipynb").read_text(encoding="utf-8")
        for marker in (BEGIN_MARKER, END_MARKER, "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"):
            assert marker not in text, f"release/{module}.ipynb holds {marker!r}"
        released = {_meta(c).get("grade_id"): _source(c) for c in json.loads(text)["cells"] if _meta(c)}
        for cell in sources[module]["cells"]:
            meta = _meta(cell)
            if meta.get("solution"):  # every region became nbgrader's stub, nothing else changed
                stub = re.sub(
                    r"^([ \t]*)### BEGIN SOLUTION\n.*?^[ \t]*### END SOLUTION$",
                    lambda m: "\n".join(m.group(1) + line for line in NBGRADER_STUB.split("\n")),
                    _source(cell),
                    flags=re.S | re.M,
                )
                assert released[meta["grade_id"]] == stub
            elif meta.get("grade") and "BEGIN HIDDEN TESTS" in _source(cell):
                assert "nnkit_score" not in released[meta["grade_id"]]


def _exercise(result, module):
    return next(e for e in result.exercises if e.name == module)


def test_solution_notebooks_get_full_marks(nbgrader_run, course):
    for module in MODULES:
        got = nbgrader_run["scores"]["solutions"][module]
        points = course.exercise(module).points
        assert math.isclose(got["score"], points) and math.isclose(got["max_score"], points), (module, got)


def test_blank_released_notebooks_get_zero(nbgrader_run):
    for module in MODULES:
        got = nbgrader_run["scores"]["blank"][module]
        assert got["score"] == 0, (module, got)
        assert all(score == 0 for score, _ in got["cells"].values())


def test_corpus_notebooks_score_in_nbgrader_as_grade_scores_their_code(nbgrader_run):
    """Exercise by exercise and test by test: nbgrader's points are grade()'s points."""
    assert len(nbgrader_run["bugs"]) == len(MODULES)
    for module, case in nbgrader_run["bugs"].items():
        expected = _exercise(nbgrader_run["grade_of_bugs"], module)
        got = nbgrader_run["scores"]["bugs"][module]
        assert expected.score < expected.max_score, f"{case.name} should lose points in {module}"
        assert round(got["score"], 6) == round(expected.score, 6), (case.name, got["score"], expected.score)
        cell_ids = nbbuild.test_cell_ids(module, expected.tests)
        for test in expected.tests:
            cell_score, cell_max = got["cells"][cell_ids[test.name]]
            assert cell_max == test.max_score
            assert cell_score == test.score, f"{case.name}: {test.name} got {cell_score} in nbgrader, {test.score} by grade"


def test_nnkit_grade_of_the_submitted_tree_agrees_with_nbgrader(nbgrader_run):
    nnkit = nbgrader_run["nnkit"]
    assert sorted(nnkit) == sorted(STUDENTS)  # one submission per student, named after the student
    for student in ("solutions", "blank", "bugs"):
        for module in MODULES:
            ours, theirs = nnkit[student][module]["score"], nbgrader_run["scores"][student][module]["score"]
            assert ours == round(theirs, 4), (student, module, ours, theirs)  # JSON rounds to 4 places
    assert nnkit["warnings"]["activations"]["score"] == 15 and nnkit["warnings"]["gates"]["score"] == 0


def _autograded(nbgrader_run, student, module):
    path = nbgrader_run["folder"] / "autograded" / student / ASSIGNMENT / f"{module}.ipynb"
    return json.loads(path.read_text(encoding="utf-8"))


def test_test_cells_show_one_number_and_nothing_else(nbgrader_run):
    for student in STUDENTS:
        modules = ["activations"] if student in ("warnings", "hidden") else MODULES
        for module in modules:
            for cell in _autograded(nbgrader_run, student, module)["cells"]:
                if not _meta(cell).get("grade"):
                    continue
                outputs = cell["outputs"]
                assert [o["output_type"] for o in outputs] == ["execute_result"], (student, module, outputs)
                float("".join(outputs[0]["data"]["text/plain"]))


def test_a_numpy_warning_does_not_zero_a_correct_answer(nbgrader_run):
    got = nbgrader_run["scores"]["warnings"]["activations"]
    assert math.isclose(got["score"], 15), got
    cells = {_meta(c).get("grade_id"): c for c in _autograded(nbgrader_run, "warnings", "activations")["cells"]}
    streams = [o for o in cells["activations_relu"]["outputs"] if o["output_type"] == "stream"]
    assert streams and streams[0]["name"] == "stderr" and "RuntimeWarning" in "".join(streams[0]["text"])


def test_generate_feedback_writes_a_page_per_notebook(nbgrader_run):
    feedback = nbgrader_run["folder"] / "feedback"
    for student in ("solutions", "blank", "bugs"):
        pages = sorted(p.stem for p in (feedback / student / ASSIGNMENT).glob("*.html"))
        assert pages == sorted(MODULES), (student, pages)
    page = (feedback / "bugs" / ASSIGNMENT / "activations.html").read_text(encoding="utf-8")
    assert "sigmoid_derivative" in page


def _shown(text: str, page: str) -> bool:
    """Whether ``text`` is on the feedback page, as written or as HTML escapes it."""
    return text in page or html.escape(text) in page or html.escape(text, quote=False) in page


def test_feedback_shows_a_hidden_test_by_name_and_outcome_only(nbgrader_run):
    """generate_feedback shows the test cells' source and output: a hidden test's output is its
    name, points and outcome, never its message, which holds the hidden inputs and expected values."""
    expected = nbgrader_run["grade_of_hidden"]
    failed = [t for t in expected.tests if t.status != "passed"]
    assert [t.hidden for t in failed] == [True] and failed[0].message  # only the hidden test fails
    (test,) = failed
    got = nbgrader_run["scores"]["hidden"]["activations"]
    cell_id = nbbuild.test_cell_ids("activations", expected.tests)[test.name]
    assert cell_id == "activations_hidden_test_1" and got["cells"][cell_id][0] == test.score == 0
    page = (nbgrader_run["folder"] / "feedback" / "hidden" / ASSIGNMENT / "activations.html").read_text("utf-8")
    assert test.name in page and "(failed)" in page and "only its outcome is shown" in page
    secrets = [line.strip() for line in test.message.splitlines() if line.strip()]
    assert secrets and not [line for line in secrets if _shown(line, page)], "the hidden test's message is shown"
    assert not _shown(test.description, page)  # the hidden cell names its test, nothing more
    # a visible failure, on the bugs student's page, does show its message and hint
    bugs = _exercise(nbgrader_run["grade_of_bugs"], "gates")
    visible = next(t for t in bugs.tests if t.status != "passed" and not t.hidden)
    page = (nbgrader_run["folder"] / "feedback" / "bugs" / ASSIGNMENT / "gates.html").read_text("utf-8")
    assert _shown(visible.message.splitlines()[0], page) and (not visible.hint or _shown(visible.hint, page))


# -- nnkit grade on notebooks -----------------------------------------------------------


def _cell(nb, grade_id):
    return next(c for c in nb["cells"] if _meta(c).get("grade_id") == grade_id)


def _edited_gates(built):
    """Gates notebooks, each changed the way a student might (with what must happen)."""
    source = _notebooks(built)["gates"]

    def copy():
        return json.loads(json.dumps(source))

    cases = {}
    nb = copy()
    nb["cells"].remove(_cell(nb, "gates_xor"))
    cases["deleted"] = nb
    nb = copy()
    _cell(nb, "gates_setup")["source"] = ["np = None\n"]
    cases["setup_edited"] = nb
    nb = copy()
    del _cell(nb, "gates_xor")["metadata"]["nbgrader"]
    cases["metadata_lost"] = nb
    nb = copy()
    _cell(nb, "gates_nor_weights")["source"] = ["NOR_WEIGHTS = (0.5, -0.6, -0.6\n"]
    cases["syntax_error"] = nb
    nb = copy()
    _cell(nb, "gates_threshold")["source"].insert(0, "%load_ext autoreload\n")
    cases["magic"] = nb
    nb = copy()
    del nb["metadata"]["nnkit"]
    cases["no_nnkit_metadata"] = nb
    nb = copy()
    nb["cells"].append(json.loads(json.dumps(_cell(nb, "gates_xor"))))
    _cell(nb, "gates_xor")["source"] = ["def xor(x1, x2):\n", "    return 0\n"]
    cases["duplicated"] = nb
    return cases


@pytest.fixture(scope="module")
def edited(built, course, tmp_path_factory):
    folder = tmp_path_factory.mktemp("edited")
    paths = []
    for name, nb in _edited_gates(built).items():
        path = folder / name / "gates.ipynb"
        _write(path, nb)
        paths.append(path)
    subs = [load_submission(p, expected=MODULES) for p in paths]
    results = grade(subs, course=course, exercises=["gates"])
    return {p.parent.name: (s, _exercise(r, "gates")) for p, s, r in zip(paths, subs, results)}


def _failing(exercise):
    return {t.name: t.message for t in exercise.tests if t.status != "passed"}


def test_a_deleted_answer_cell_is_named_and_the_rest_is_graded(edited):
    sub, exercise = edited["deleted"]
    failing = _failing(exercise)
    assert sorted(failing) == ["xor_on_arrays", "xor_truth_table"]
    assert all("'gates_xor' is missing from gates.ipynb" in m for m in failing.values()), failing
    assert any("gates_xor" in note and "missing" in note for note in sub.notes)


def test_an_edited_read_only_cell_is_graded_with_its_original(edited):
    sub, exercise = edited["setup_edited"]
    assert exercise.score == exercise.max_score
    assert any("'gates_setup' was changed; its original code was used" in n for n in sub.notes)


def test_an_answer_cell_that_lost_its_metadata_is_not_graded_and_says_why(edited):
    sub, exercise = edited["metadata_lost"]
    assert sorted(_failing(exercise)) == ["xor_on_arrays", "xor_truth_table"]
    assert any("without its nbgrader metadata defines xor" in n for n in sub.notes)


def test_a_broken_cell_fails_alone_as_in_the_notebook(edited):
    _, exercise = edited["syntax_error"]
    failing = _failing(exercise)
    assert sorted(failing) == ["gate_weights[NOR]"]
    assert "its cell 'gates_nor_weights' raised SyntaxError" in failing["gate_weights[NOR]"]


def test_ipython_commands_are_left_out(edited):
    sub, exercise = edited["magic"]
    assert exercise.score == exercise.max_score
    assert any("IPython commands" in n and "gates_threshold" in n for n in sub.notes)


def test_a_notebook_without_nnkit_metadata_is_read_by_its_name(edited):
    sub, exercise = edited["no_nnkit_metadata"]
    assert exercise.score == exercise.max_score
    assert any("lost its nnkit metadata" in n for n in sub.notes)


def test_the_last_of_two_cells_with_one_grade_id_counts_as_in_nbgrader(edited):
    sub, exercise = edited["duplicated"]  # a wrong xor, then a copy of the right one further down
    assert exercise.score == exercise.max_score
    assert any("'gates_xor' appears more than once; the last one was graded" in n for n in sub.notes)


def test_a_file_that_is_not_a_notebook_is_refused(tmp_path, course):
    bad = tmp_path / "gates.ipynb"
    bad.write_text("{not json")
    with pytest.raises(SubmissionError, match="not a notebook"):
        load_submission(bad, expected=MODULES)
    (result,) = grade_paths([bad], course=course, exercises=["gates"])
    assert result.score == 0 and "not a notebook" in result.problem


def test_notebook_code_never_runs_while_reading(tmp_path, built):
    """Reading a notebook is reading JSON: a cell that would leave a file behind leaves none."""
    nb = _notebooks(built)["gates"]
    marker = tmp_path / "ran"
    _cell(nb, "gates_threshold")["source"] = [f"open({str(marker)!r}, 'w').close()\n"]
    _write(tmp_path / "sub" / "gates.ipynb", nb)
    sub = load_submission(tmp_path / "sub", expected=MODULES)
    assert sub.id == "sub" and list(sub.files) == ["gates.py"] and not marker.exists()


def test_a_submitted_tree_gives_one_submission_per_student(tmp_path, built):
    gates = _notebooks(built)["gates"]
    for student in ("alice", "bob"):
        _write(tmp_path / "submitted" / student / ASSIGNMENT / "gates.ipynb", gates)
    _write(tmp_path / "submitted" / "bob" / "other-course" / "week1.ipynb", {"cells": [], "metadata": {}})
    alice = load_submission(tmp_path / "submitted" / "alice", expected=MODULES)
    assert alice.id == "alice" and list(alice.files) == ["gates.py"] and "read from nnkit/" in alice.notes[0]
    assert load_submission(tmp_path / "submitted" / "bob" / ASSIGNMENT, expected=MODULES).id == "bob"
    assert list(load_submission(tmp_path / "submitted" / "bob", expected=MODULES).files) == ["gates.py"]

    done = CliRunner().invoke(main, ["grade", str(tmp_path / "submitted"), "-x", "gates", "--format", "json"])
    assert done.exit_code == 0, done.output
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert [(r["submission"], r["score"]) for r in lines] == [("alice", 10.0), ("bob", 10.0)]

    _write(tmp_path / "submitted" / "carol" / "copy-1" / "gates.ipynb", gates)
    _write(tmp_path / "submitted" / "carol" / "copy-2" / "gates.ipynb", gates)
    with pytest.raises(SubmissionError, match=r"several folders \(copy-1/, copy-2/\)"):
        load_submission(tmp_path / "submitted" / "carol", expected=MODULES)


# -- inside the kernel, without one --------------------------------------------------------


def test_the_test_cell_function_returns_grade_points_and_prints_nothing(tmp_path, built, course, capfd, monkeypatch):
    case = next(c for c in BUGS if c.module == "gates")
    nb = nbbuild.fill(_notebooks(built)["gates"], submission(case).files["gates.py"])
    _write(tmp_path / "gates.ipynb", nb)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(in_kernel.COURSE_ENV, raising=False)
    (expected,) = grade([submission(case)], course=course, exercises=["gates"])
    for test in _exercise(expected, "gates").tests:
        score = in_kernel.nnkit_score("gates", test.name)
        assert score == test.score and repr(score) == repr(float(test.score))
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    assert "Hint:" in in_kernel.nnkit_score("gates", case.fails[0])._repr_html_()
    assert in_kernel.nnkit_score("gates", "no_such_test") == 0.0
    missing = in_kernel.nnkit_score("loss", "mse_values")
    assert missing == 0.0 and "is not in" in missing.problem


def test_extracted_module_runs_cells_one_by_one(built):
    nb = _notebooks(built)["gates"]
    module, text, notes = extract(nb, "gates.ipynb", expected=MODULES)
    assert module == "gates" and notes == []
    namespace = {"__name__": "gates", "__file__": "/nowhere/gates.py"}
    exec(compile(text, "gates.py", "exec"), namespace)
    assert namespace["xor"](1, 0) == 1 and namespace["AND_WEIGHTS"] == (-0.5, 0.6, 0.6)


# -- course.toml and the command ------------------------------------------------------------


def test_nbgrader_names_come_from_course_toml(tmp_path):
    path = write_course(tmp_path)
    with path.open("a") as fh:
        fh.write('\n[nbgrader]\nassignment = "week-1"\nnotebook = "{number:02d}_{module}"\n')
    course = load_course(path)
    assert course.nbgrader.notebook_name("loss", 5) == "05_loss"
    names = nbbuild.build_files(course, tmp_path / "out")
    assert "source/week-1/01_gates.ipynb" in names and "source/week-1/07_mlp.ipynb" in names
    assert "NNKIT_COURSE" in names["nbgrader_config.py"]  # the kernels grade with this course


@pytest.mark.parametrize(
    "table, message",
    [
        ('notebook = "{modul}"', r"line \d+: \[nbgrader\] notebook '\{modul\}' is not a pattern"),
        ('notebook = "nb"', r"line \d+: \[nbgrader\] notebook 'nb' gives two exercises the same name"),
        ('assignment = "week 1"', r"line \d+: \[nbgrader\] assignment must be a folder name"),
        ("assignment = 3", r"line \d+: \[nbgrader\] assignment must be a string"),
        ('folder = "x"', r"line \d+: unknown key 'folder' in \[nbgrader\]"),
    ],
)
def test_a_bad_nbgrader_table_names_key_and_line(tmp_path, table, message):
    path = write_course(tmp_path)
    with path.open("a") as fh:
        fh.write(f"\n[nbgrader]\n{table}\n")
    with pytest.raises(CourseError, match=message):
        load_course(path)


def test_build_command_writes_and_checks(tmp_path):
    runner = CliRunner()
    target = tmp_path / "course"
    done = runner.invoke(main, ["nbgrader", "build", str(target)])
    assert done.exit_code == 0, done.output
    assert (target / "nbgrader_config.py").is_file() and (target / "source" / ASSIGNMENT / "mlp.ipynb").is_file()
    assert runner.invoke(main, ["nbgrader", "build", str(target), "--check"]).exit_code == 0
    (target / "source" / ASSIGNMENT / "gates.ipynb").write_text("{}")
    (target / "source" / ASSIGNMENT / "extra.ipynb").write_text("{}")
    done = runner.invoke(main, ["nbgrader", "build", str(target), "--check"])
    assert done.exit_code == 1 and "gates.ipynb" in done.output and "extra.ipynb" in done.output
