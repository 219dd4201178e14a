"""Hostile submissions against the intake: links, archives, notebooks, names, sizes, terminals.

Each test builds its attacks in a temporary folder, grades them (where grading
is the point) beside an honest student, a copy of the reference solutions, and
states the attacker's exact outcome; the honest student must score exactly what
it scores alone. Issue #11 lists the findings these tests pin down.
"""

import csv
import io
import json
import os
import shutil
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from kit import EXERCISES, MODULES, ROOT, SOLUTIONS, write_course

from autograder.batch.discover import discover, read_roster
from autograder.batch.progress import Progress
from autograder.batch.runner import grade_batch
from autograder.cli import main
from autograder.course import load_course
from autograder.grader import chosen_exercises, grade_paths, unreadable
from autograder.report import text
from autograder.atomic_write import write_atomic
from autograder.intake.load import load_submission
from autograder.intake.submission import SubmissionError

GATES_NOTEBOOK = ROOT / "nbgrader-course" / "source" / "nnkit" / "gates.ipynb"
CONTROLS = ("\x1b", "\r", "\x08", "\x9b", "\u202e")  # what must never reach a terminal raw


@pytest.fixture(scope="module")
def alone(course):
    """What the honest student (the reference solutions) scores on its own, per exercise."""
    (result,) = grade_paths([SOLUTIONS], course=course, exercises=["gates", "mlp"])
    return {e.name: e.score for e in result.exercises}


def honest(folder: Path) -> Path:
    shutil.copytree(SOLUTIONS, folder)
    return folder


def honest_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for module in SOLUTIONS.glob("*.py"):
            zf.write(module, module.name)
    return path


def notebook() -> dict:
    return json.loads(GATES_NOTEBOOK.read_text(encoding="utf-8"))


def write_notebook(path: Path, nb) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nb if isinstance(nb, str) else json.dumps(nb), encoding="utf-8")
    return path


def graded_class(klass: Path, course, exercises=("gates",)) -> dict:
    """Grade a class folder the way ``nnkit grade CLASS`` does; results by student id."""
    entries = discover([klass])
    results = grade_paths([e.path for e in entries], ids=[e.student for e in entries], course=course,
                          exercises=list(exercises))  # fmt: skip
    return {r.submission: r for r in results}


def exercise_problem(result, name="gates") -> str:
    return next(e.problem for e in result.exercises if e.name == name)


# --------------------------------------------------------------------------- links


@pytest.fixture(scope="module")
def linked(tmp_path_factory, course):
    """A class whose attackers hold only links: to the solutions, through /proc, to a classmate,
    to files, a submission that is itself a link, and links among notebooks."""
    root = tmp_path_factory.mktemp("links")
    klass = root / "class"
    mate = honest(klass / "honest")
    (klass / "to_solutions").mkdir()
    (klass / "to_solutions" / "solutions").symlink_to(SOLUTIONS, target_is_directory=True)
    (klass / "to_proc").mkdir()
    (klass / "to_proc" / "exercises").symlink_to("/proc/self/cwd/solutions", target_is_directory=True)
    (klass / "to_classmate").mkdir()
    (klass / "to_classmate" / "mine").symlink_to(mate, target_is_directory=True)
    (klass / "file_links").mkdir()
    for module in SOLUTIONS.glob("*.py"):
        (klass / "file_links" / module.name).symlink_to(module)
    (klass / "mallory").symlink_to(mate, target_is_directory=True)
    (klass / "zelda.zip").symlink_to(honest_zip(root / "elsewhere.zip"))
    (klass / "nb_link").mkdir()
    (klass / "nb_link" / "gates.ipynb").symlink_to(GATES_NOTEBOOK)
    write_notebook(root / "real" / "nnkit" / "gates.ipynb", notebook())
    (klass / "nb_assignment").mkdir()
    (klass / "nb_assignment" / "nnkit").symlink_to(root / "real" / "nnkit", target_is_directory=True)
    return {"class": klass, "results": graded_class(klass, course)}


def test_a_class_is_graded_and_the_honest_student_scores_as_alone(linked, alone):
    results = linked["results"]
    assert sorted(results) == ["file_links", "honest", "mallory", "nb_assignment", "nb_link", "to_classmate",
                               "to_proc", "to_solutions", "zelda"]  # fmt: skip
    assert results["honest"].score == alone["gates"] == 10


@pytest.mark.parametrize("student, link", [
    ("to_solutions", "solutions"), ("to_proc", "exercises"), ("to_classmate", "mine"),
    ("file_links", "gates.py"), ("nb_link", "gates.ipynb"), ("nb_assignment", "nnkit"),
])  # fmt: skip
def test_a_link_inside_a_submission_is_skipped_and_said(linked, student, link):
    result = linked["results"][student]
    assert result.score == 0 and not result.problem
    problem = exercise_problem(result)
    assert problem.startswith("no gates.py in the submission")
    assert f"{link} is a symbolic link; links are not followed" in problem
    notes = load_submission(linked["class"] / student, expected=MODULES).notes
    assert any(f"{link} is a symbolic link; links are not followed" in note for note in notes)


@pytest.mark.parametrize("student, name", [("mallory", "mallory"), ("zelda", "zelda.zip")])
def test_a_submission_that_is_itself_a_link_in_a_class_scores_zero_and_says_why(linked, student, name):
    result = linked["results"][student]
    assert result.score == 0
    assert result.problem == f"{name} is a symbolic link; links are not followed"


def test_a_link_beside_real_notebooks_is_skipped_and_said(tmp_path):
    folder = tmp_path / "nb_mixed"
    write_notebook(folder / "gates.ipynb", notebook())
    (folder / "loss.ipynb").symlink_to(GATES_NOTEBOOK.parent / "loss.ipynb")
    submission = load_submission(folder, expected=MODULES)
    assert list(submission.files) == ["gates.py"]
    assert "loss.ipynb is a symbolic link; links are not followed" in submission.notes


def test_a_path_named_on_the_command_line_may_be_a_link(tmp_path):
    """The instructor's own argument is followed; the id is the name the instructor typed."""
    (tmp_path / "ada").symlink_to(SOLUTIONS, target_is_directory=True)
    (entry,) = discover([tmp_path / "ada"])
    assert entry.student == "ada"
    assert sorted(load_submission(entry.path, entry.student, expected=MODULES).files) == sorted(f"{m}.py" for m in MODULES)


def test_a_link_swapped_in_after_the_listing_is_not_followed(tmp_path):
    from autograder.intake.safe_files import Folder, UnsafeFile

    sub = tmp_path / "sub"
    (sub / "inner").mkdir(parents=True)
    (sub / "gates.py").write_text("x = 1\n")
    with Folder(sub) as folder:
        names = [item.name for item in folder.items()[0]]
        (sub / "gates.py").unlink()
        (sub / "gates.py").symlink_to(SOLUTIONS / "gates.py")
        (sub / "inner").rmdir()
        (sub / "inner").symlink_to(SOLUTIONS, target_is_directory=True)
        with pytest.raises(UnsafeFile, match="gates.py is a symbolic link"):
            folder.read("gates.py", 1 << 20)
        with pytest.raises(UnsafeFile, match="inner is a symbolic link"):
            folder.sub("inner")
    assert names == ["gates.py", "inner"]


def test_a_named_pipe_is_never_opened(tmp_path):
    sub = honest(tmp_path / "sub")
    (sub / "loss.py").unlink()
    os.mkfifo(sub / "loss.py")
    submission = load_submission(sub, expected=MODULES)
    assert "loss.py" not in submission.files and "gates.py" in submission.files
    assert "loss.py is not a regular file; it was not read" in submission.notes


# --------------------------------------------------------------------------- errors while reading


def _zip_with_a_name_that_is_not_utf8(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("gätes.py", "x = 1\n")  # flagged UTF-8 in the archive
    path.write_bytes(path.read_bytes().replace("ä".encode(), b"\xff\xfe"))
    return path


def _nnkit_entry(nb: dict, key: str, value) -> dict:
    nb["metadata"]["nnkit"]["cells"][1][key] = value
    return nb


HOSTILE_FILES = {
    "broken.zip": (lambda p: p.write_bytes(b"PK\x03\x04 not a zip"), "broken.zip is not a readable zip file"),
    "badname.zip": (_zip_with_a_name_that_is_not_utf8, "badname.zip is not a readable zip file"),
    "names.ipynb": (
        lambda p: write_notebook(p, _nnkit_entry(notebook(), "names", 5)),
        "names.ipynb is not a notebook nnkit can read: metadata.nnkit.cells[1].names should be a list of "
        "names, not a number",
    ),
    "grade_id.ipynb": (
        lambda p: write_notebook(p, _nnkit_entry(notebook(), "grade_id", [1])),
        "grade_id.ipynb is not a notebook nnkit can read: metadata.nnkit.cells[1].grade_id should be a string, "
        "not a list",
    ),
    "deep.ipynb": (
        lambda p: write_notebook(p, "[" * 5000 + "]" * 5000),
        "deep.ipynb is not a notebook: its JSON is nested more than 64 levels deep (or its brackets do not match)",
    ),
    "bigint.ipynb": (
        lambda p: write_notebook(p, '{"cells": [], "n": ' + "9" * 5000 + "}"),
        "bigint.ipynb is not a notebook (not valid JSON: ",
    ),
    "cells.ipynb": (
        lambda p: write_notebook(p, {"cells": [{"cell_type": "code", "source": ""}] * 2001, "metadata": {}}),
        "cells.ipynb holds 2001 cells, more than the 2000 a notebook may",
    ),
    "big.ipynb": (
        lambda p: write_notebook(p, {"cells": [], "metadata": {}, "pad": "x" * (17 << 20)}),
        "big.ipynb is larger than 16 MiB and was not read",
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_a_file_that_cannot_be_read_is_a_submission_error_naming_it(tmp_path, name):
    make, message = HOSTILE_FILES[name]
    make(tmp_path / name)
    with pytest.raises(SubmissionError) as caught:
        load_submission(tmp_path / name, expected=MODULES)
    assert str(caught.value).startswith(message) and len(str(caught.value)) <= 1000


def test_every_hostile_file_scores_zero_with_its_problem_and_the_class_is_graded(tmp_path, course, alone):
    """Zips sit in the class folder; a notebook sits in its student's folder (notebooks at the
    top of a folder make it one submission)."""
    klass = tmp_path / "class"
    klass.mkdir()
    students = {}
    for name, (make, message) in HOSTILE_FILES.items():
        student = name.rsplit(".", 1)[0]
        if name.endswith(".zip"):
            make(klass / name)
        elif name != "big.ipynb":  # the same route as the other notebooks, and slow to write
            (klass / student).mkdir()
            make(klass / student / name)
        else:
            continue
        students[student] = message
    honest(klass / "honest")
    results = graded_class(klass, course)
    assert results.pop("honest").score == alone["gates"]
    assert sorted(results) == sorted(students)
    for student, result in results.items():
        problem = result.problem or exercise_problem(result)
        assert result.score == 0 and students[student] in problem, (student, problem)


def test_a_non_dict_cell_is_skipped_and_said(tmp_path):
    nb = notebook()
    nb["cells"].insert(3, 5)
    sub = load_submission(write_notebook(tmp_path / "gates.ipynb", nb), expected=MODULES)
    assert list(sub.files) == ["gates.py"]
    assert "gates.ipynb: cell 3 is not a cell (a number); it was skipped" in sub.notes


def test_lone_surrogates_and_odd_file_names_are_read_as_text(tmp_path):
    nb = notebook()
    cell = next(c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("grade_id") == "gates_threshold")
    cell["source"].append("\nNOTE = '\udcff'\n")
    sub = load_submission(write_notebook(tmp_path / "nb" / "gates.ipynb", nb), expected=MODULES)
    assert "NOTE = " in sub.files["gates.py"] and "\ufffd" in sub.files["gates.py"]
    assert "\\udcff" not in sub.files["gates.py"]
    folder = honest(tmp_path / "odd")
    (folder / os.fsdecode(b"\xff\xfe.py")).write_text("x = 1\n")
    sub = load_submission(folder, expected=MODULES)
    assert sorted(sub.files) == sorted(f"{m}.py" for m in MODULES)
    assert any("is not a Python module name; it was not read" in note for note in sub.notes)


# --------------------------------------------------------------------------- archives


def _zip_of_many_entries(path: Path, count: int) -> Path:
    """A stored zip of ``count`` empty ``f<i>/gates.py``, each in a folder of its own (zip64: more
    than 65535 entries), written by hand: zipfile would take seconds."""
    local, central = bytearray(), bytearray()
    for i in range(count):
        name = f"f{i}/gates.py".encode()
        offset = len(local)
        local += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0) + name
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0, 0, 0, 0, 0,
                               offset) + name  # fmt: skip
    start = len(local)
    end64 = len(local) + len(central)
    record = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, len(central), start)
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, end64, 1)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, len(central), start, 0)
    path.write_bytes(bytes(local + central) + record + locator + end)
    return path


def test_a_zip_of_200000_entries_is_refused_with_a_short_message(tmp_path):
    archive = _zip_of_many_entries(tmp_path / "many.zip", 200_000)
    with pytest.raises(SubmissionError) as caught:
        load_submission(archive, expected=MODULES)
    assert str(caught.value) == "many.zip holds 200000 entries, more than the 2000 a submission may"


def _zip_bomb(path: Path, members: int = 256) -> Path:
    zeros = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(members):
            zf.writestr(f"m{i:03d}.py", zeros)
    return path


def test_a_zip_bomb_is_refused_without_inflating_it(tmp_path):
    bomb = _zip_bomb(tmp_path / "bomb.zip")
    assert bomb.stat().st_size < 300_000
    tracemalloc.start()
    try:
        with pytest.raises(SubmissionError) as caught:
            load_submission(bomb, expected=MODULES)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(caught.value) == "bomb.zip looks like a zip bomb: m000.py expands more than 100 times"
    assert peak < 16 << 20


def test_a_bzip2_member_is_not_inflated(tmp_path):
    """zipfile inflates bzip2 and LZMA a whole chunk at a time, so a few KiB could become gigabytes:
    such members are skipped, and said."""
    archive = honest_zip(tmp_path / "mixed.zip")
    with zipfile.ZipFile(archive, "a", zipfile.ZIP_BZIP2) as zf:
        zf.writestr("extra.py", "X = 0\n" * 100_000)
    sub = load_submission(archive, expected=MODULES)
    assert sorted(sub.files) == sorted(f"{m}.py" for m in MODULES)
    assert sub.notes == ("extra.py is compressed with method 12, not stored or deflated; it was not read",)


def test_the_python_files_of_a_zip_are_read_up_to_a_total(tmp_path):
    archive = tmp_path / "heavy.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for module in SOLUTIONS.glob("*.py"):
            zf.write(module, module.name)
        for i in range(6):
            zf.writestr(f"data{i}.py", "X = '" + os.urandom(450_000).hex() + "'\n")
    sub = load_submission(archive, expected=MODULES)
    assert sorted(f"{m}.py" for m in MODULES) == sorted(name for name in sub.files if not name.startswith("data"))
    assert sum(len(text) for text in sub.files.values()) <= 4 << 20
    assert any("not read: the submission's files add up to more than 4 MiB" in note for note in sub.notes)


# --------------------------------------------------------------------------- ids


def test_ids_made_unique_never_take_a_real_students_id(tmp_path, course, alone):
    klass = tmp_path / "class"
    honest(klass / "alice")
    honest_zip(klass / "alice.zip")
    shutil.copytree(EXERCISES, klass / "alice-2")  # a real student called alice-2, with blank stubs
    entries = discover([klass])
    assert [(e.student, e.path.name) for e in entries] == [("alice", "alice"), ("alice-2", "alice-2"),
                                                           ("alice-3", "alice.zip")]  # fmt: skip
    results = grade_paths([klass / "alice", klass / "alice.zip", klass / "alice-2", tmp_path / "x" / "alice.zip"],
                          course=course, exercises=["gates"])  # fmt: skip
    honest_score = alone["gates"]
    assert [(r.submission, r.score) for r in results] == [("alice", honest_score), ("alice-3", honest_score),
                                                          ("alice-2", 0), ("alice-4", 0)]  # fmt: skip
    assert results[3].problem.endswith("alice.zip does not exist")


def test_ids_never_collide_case_insensitively_nor_with_the_batchs_files():
    from autograder.batch.discover import unique_ids

    assert unique_ids(["Ann", "ann", "ann-2"]) == ["Ann", "ann-3", "ann-2"]
    reserved = ["gradebook.csv", "summary.html"]
    assert unique_ids(["GradeBook.CSV", "summary.html", "bob"], reserved=reserved) == [
        "GradeBook.CSV-2", "summary.html-2", "bob"]  # fmt: skip


@pytest.fixture(scope="module")
def named_batch(tmp_path_factory):
    """A batch whose students are named like the batch's own files, like formulas, and like '..'."""
    root = tmp_path_factory.mktemp("names")
    klass = root / "class"
    for name in ("gradebook.csv", "SUMMARY.html", "similarity.csv", "similarity.html", "@SUM(1+1)", "-2+3",
                 "dots", "plain"):  # fmt: skip
        honest(klass / name)
    roster = root / "roster.csv"
    roster.write_text("submission,student\ndots,..\nplain,+cmd|x\n")
    course = load_course(write_course(root, call_timeout=5, submission_timeout=60))
    out = root / "results"
    report = grade_batch(discover([klass], roster=read_roster(roster)), course=course, out=out, workers=1,
                         exercises=["gates"], pictures=False)  # fmt: skip
    return {"out": out, "report": report}


def test_a_student_named_like_a_batch_file_gets_a_safe_unique_name(named_batch, alone):
    out = named_batch["out"]
    assert named_batch["report"].graded == 8
    assert (out / "gradebook.csv").is_file() and (out / "summary.html").is_file()
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert folders == ["+cmd_x", "-2+3", "@SUM_1+1_", "SUMMARY.html-2", "_", "gradebook.csv-2", "similarity.csv-2",
                       "similarity.html-2"]  # fmt: skip
    for folder in folders:
        assert json.loads((out / folder / "result.json").read_text())["score"] == alone["gates"], folder


def test_gradebook_cells_that_a_spreadsheet_would_run_are_neutralised(named_batch):
    with open(named_batch["out"] / "gradebook.csv", newline="") as fh:
        rows = list(csv.reader(fh))
    students = {row[0] for row in rows[1:]}
    assert {"'@SUM_1+1_", "'-2+3", "'+cmd_x", "_"} <= students
    assert all(row[1] == "10" and row[2] == "10" for row in rows[1:])


def test_gradebook_cells_keep_numbers_and_quote_formulas():
    from autograder.batch.store import spreadsheet_safe

    assert [spreadsheet_safe(v) for v in ("=1+2", "+A1", "-2+3", "@SUM(A1)", "\tx", "\rx", "10", "-1.5", "2e3",
                                          "alice")] == [
        "'=1+2", "'+A1", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "10", "-1.5", "2e3", "alice"]  # fmt: skip


# --------------------------------------------------------------------------- bounded output and writing


@pytest.fixture(scope="module")
def loud_batch(tmp_path_factory):
    """A batch of students who print, return and raise too much, or text no file can hold."""
    root = tmp_path_factory.mktemp("loud")
    klass = root / "class"
    honest(klass / "honest")
    printer = honest(klass / "printer")
    with open(printer / "gates.py", "a") as fh:
        fh.write("\nprint('p' * 3_000_000)\n")
    returner = honest(klass / "returner")
    with open(returner / "gates.py", "a") as fh:
        fh.write("\n\ndef threshold(z):\n    return 'y' * 1_000_000\n")
    surrogate = honest(klass / "surrogate")
    with open(surrogate / "gates.py", "a") as fh:
        fh.write("\n\ndef threshold(z):\n    raise ValueError('\\udcff boom')\n")
    losses = honest(klass / "losses")
    with open(losses / "mlp.py", "a") as fh:
        fh.write("\n\n_fit = MLP.fit\n\n\ndef _long_fit(self, *args, **kwargs):\n"
                 "    return list(_fit(self, *args, **kwargs)) + [0.0] * 1_500_000\n\n\nMLP.fit = _long_fit\n")
    course = load_course(write_course(root, call_timeout=10, submission_timeout=120, output_bytes=4_000_000))
    out = root / "results"
    report = grade_batch(discover([klass]), course=course, out=out, workers=1, exercises=["gates", "mlp"],
                         pictures=False)  # fmt: skip
    return {"out": out, "report": report}


def _record(batch, student):
    return json.loads((batch["out"] / student / "result.json").read_text(encoding="utf-8"))


def test_every_result_json_stays_under_one_megabyte(loud_batch, alone):
    out = loud_batch["out"]
    assert loud_batch["report"].graded == 5
    for student in ("honest", "printer", "returner", "surrogate", "losses"):
        assert (out / student / "result.json").stat().st_size < 1_000_000, student
        assert (out / student / "feedback.md").is_file() and (out / student / "feedback.html").is_file()
    assert _record(loud_batch, "honest")["score"] == alone["gates"] + alone["mlp"] == 35


def test_printed_output_is_cut_with_a_marker(loud_batch):
    gates = _record(loud_batch, "printer")["exercises"][0]
    assert gates["score"] == 10 and gates["output"].endswith("... (cut)") and len(gates["output"]) <= 16_000


def test_a_huge_returned_value_is_cut_in_the_message(loud_batch):
    gates = _record(loud_batch, "returner")["exercises"][0]
    message = gates["tests"][0]["message"]
    assert message.startswith("threshold(0.5) returned 'yyy") and message.endswith("... (cut)")
    assert len(message) <= 4000


def test_a_huge_loss_list_is_cut_in_the_picture_data(loud_batch):
    mlp = _record(loud_batch, "losses")["exercises"][1]
    fit = next(t for t in mlp["tests"] if t["name"] == "fit_trajectory")
    curve = fit["artifacts"]["loss_curve"]
    assert fit["status"] == "failed" and len(curve["student"]) == 2000 and curve["cut"] == {"student": 1_500_040}
    assert "Your fit recorded 1500040 losses" in (loud_batch["out"] / "losses" / "feedback.md").read_text()


def test_a_lone_surrogate_in_a_message_is_written_as_a_replacement_character(loud_batch):
    gates = _record(loud_batch, "surrogate")["exercises"][0]
    assert gates["tests"][0]["message"] == "threshold(0.5) raised ValueError: \ufffd boom"
    assert "\ufffd boom" in (loud_batch["out"] / "surrogate" / "feedback.md").read_text(encoding="utf-8")


def test_writing_text_that_utf8_cannot_encode_never_fails(tmp_path):
    write_atomic(tmp_path / "f.md", "a\udcffb")
    assert (tmp_path / "f.md").read_bytes() == b"a?b"


# --------------------------------------------------------------------------- terminals


def _has_raw_control(output: str) -> bool:
    return any(c in output for c in CONTROLS)


def test_a_blank_submission_cannot_redraw_the_verbose_table(tmp_path):
    fake = "\r\x1b[2K  gates         10 / 10   9/9 tests\x08\x9b\u202e"
    stub = tmp_path / "stub"
    shutil.copytree(EXERCISES, stub)
    with open(stub / "gates.py", "a") as fh:
        fh.write(f"\n\ndef threshold(z):\n    raise ValueError({fake!r})\n\nprint({fake!r})\n")
    done = CliRunner().invoke(main, ["grade", str(stub), "-x", "gates", "--verbose"])
    assert done.exit_code == 0, done.output
    assert not _has_raw_control(done.stdout)
    assert "\\r\\x1b[2K  gates         10 / 10   9/9 tests\\x08\\x9b\\u202e" in done.stdout
    assert "  gates          0 / 10   0/10 tests" in done.stdout
    checked = CliRunner().invoke(main, ["check", str(stub), "-x", "gates"])
    assert not _has_raw_control(checked.stdout) and "| \\r\\x1b[2K  gates" in checked.stdout


def test_names_and_problems_stay_on_their_own_line_in_the_table(course):
    result = unreadable("ev\x1b[8mil\r", "bad zip\n  gates  10 / 10\x1b[A", chosen_exercises(course, ["gates"]))
    table = text.table([result], verbose=True)
    assert not _has_raw_control(table)
    assert table.splitlines()[:2] == ["ev\\x1b[8mil\\r", "  could not be graded: bad zip\\n  gates  10 / 10\\x1b[A"]


def test_feedback_md_shows_control_characters_as_escapes(course):
    from autograder.report.markdown import render_markdown

    page = render_markdown(unreadable("eve", "bad\x1b[2J\rzip", chosen_exercises(course, ["gates"])))
    assert not _has_raw_control(page) and "bad\\x1b[2J\\rzip" in page


def test_the_progress_line_escapes_what_a_student_wrote():
    stream = io.StringIO()
    progress = Progress(1, stream=stream)
    progress.update("mallory", {"problem": "\r\x1b[K[########################] 1/1 all fine\n"})
    assert not _has_raw_control(stream.getvalue())
    assert "latest mallory: \\r\\x1b[K[####" in stream.getvalue()


def test_error_messages_of_the_command_escape_control_characters():
    from autograder.cli_common import UsageFailure

    assert UsageFailure("no such file: a\x1b[2Jb\rc").format_message() == "no such file: a\\x1b[2Jb\\rc"
