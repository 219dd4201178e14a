"""A course module that is not where the other modules are is read from where it is, when only
one place holds it, and is otherwise named in a note saying where it was found and what to do
(issue 13: "no mlp.py in the submission" about an mlp.py the student handed in)."""

import zipfile

import pytest
from kit import MODULES

from autograder.intake.load import load_submission
from autograder.intake.submission import SubmissionError


def _folder(root, files: dict):
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def _zip(path, files: dict):
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


SPLIT = {"part1/gates.py": "g = 1\n", "part1/loss.py": "l = 1\n", "part2/mlp.py": "m = 1\n"}
SPLIT_NOTES = ("mlp.py was read from part2/, the other modules from part1/: keep all the modules in one folder",)


@pytest.mark.parametrize("form", ["folder", "zip"])
def test_a_module_in_one_other_folder_is_read_from_there_with_a_note(tmp_path, form):
    path = _folder(tmp_path / "ada", SPLIT) if form == "folder" else _zip(tmp_path / "ada.zip", SPLIT)
    submission = load_submission(path, expected=MODULES)
    assert submission.files == {"gates.py": "g = 1\n", "loss.py": "l = 1\n", "mlp.py": "m = 1\n"}
    assert submission.notes[-1:] == SPLIT_NOTES


@pytest.mark.parametrize("form", ["folder", "zip"])
def test_a_module_in_several_other_folders_is_not_read_and_the_note_names_them(tmp_path, form):
    files = {**SPLIT, "part1/neuron.py": "n = 1\n", "old/mlp.py": "m = 0\n"}
    path = _folder(tmp_path / "ada", files) if form == "folder" else _zip(tmp_path / "ada.zip", files)
    submission = load_submission(path, expected=MODULES)
    assert "mlp.py" not in submission.files
    assert ("mlp.py was found in old/, part2/ but not read: there is none in part1/, and which of them is meant "
            "cannot be told; keep all the modules in one folder") in submission.notes  # fmt: skip


def test_folders_as_full_as_each_other_with_different_modules_are_read_together(tmp_path):
    files = {"a/gates.py": "g = 1\n", "a/loss.py": "l = 1\n", "b/neuron.py": "n = 1\n", "b/mlp.py": "m = 1\n"}
    submission = load_submission(_folder(tmp_path / "ada", files), expected=MODULES)
    assert sorted(submission.files) == ["gates.py", "loss.py", "mlp.py", "neuron.py"]
    assert "mlp.py was read from b/, the other modules from a/: keep all the modules in one folder" in submission.notes


def test_folders_as_full_as_each_other_with_the_same_module_are_still_refused(tmp_path):
    files = {"a/gates.py": "g = 1\n", "a/loss.py": "l = 1\n", "b/gates.py": "g = 2\n", "b/mlp.py": "m = 1\n"}
    with pytest.raises(SubmissionError, match=r"holds exercise modules in several folders \(a/, b/\)"):
        load_submission(_folder(tmp_path / "ada", files), expected=MODULES)


@pytest.mark.parametrize(
    "name, why",
    [
        ("Gates.py", "Python's module names are case-sensitive: rename it gates.py"),
        ("gates (1).py", "it looks like a second download or a copy of gates.py: rename it gates.py"),
        ("gates copy.py", "it looks like a second download or a copy of gates.py: rename it gates.py"),
        ("gates.ipynb", "it is a notebook, and the modules are read from .py files: save it as gates.py"),
    ],
)
@pytest.mark.parametrize("form", ["folder", "zip"])
def test_a_file_named_almost_like_a_missing_module_gets_a_note_saying_where_and_what_to_do(tmp_path, name, why, form):
    files = {"loss.py": "l = 1\n", f"extra/{name}": "{}\n"}
    path = _folder(tmp_path / "ada", files) if form == "folder" else _zip(tmp_path / "ada.zip", files)
    submission = load_submission(path, expected=MODULES)
    assert "gates.py" not in submission.files
    (note,) = [note for note in submission.notes if name in note]  # one note, not also "not a module name"
    assert note.startswith(f"extra/{name} was not read as gates.py: {why}")


def test_a_near_name_of_a_module_that_is_there_gets_no_such_note(tmp_path):
    submission = load_submission(_folder(tmp_path / "ada", {"gates.py": "g = 1\n", "gates.ipynb": "{}\n"}),
                                 expected=MODULES)  # fmt: skip
    assert submission.notes == ()
