"""Is every form of submission read the same way, and never by guessing?"""

import zipfile

import pytest
from kit import SOLUTIONS

from autograder.intake.load import load_submission
from autograder.intake.submission import SubmissionError

MODULES = ["gates", "perceptron", "activations", "neuron", "loss", "backprop", "mlp"]


def _zip(path, members):
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in members.items():
            zf.writestr(name, text)
    return path


def test_a_zip_with_two_submission_folders_is_refused_not_guessed(tmp_path):
    archive = _zip(tmp_path / "two.zip", {"s3/gates.py": "", "s3/loss.py": "", "s4/gates.py": "", "s4/loss.py": ""})
    with pytest.raises(SubmissionError, match=r"two.zip holds exercise modules in several folders \(s3/, s4/\)"):
        load_submission(archive, expected=MODULES)


def test_the_folder_with_more_course_modules_wins(tmp_path):
    archive = _zip(tmp_path / "z.zip", {"a/gates.py": "", "a/loss.py": "", "b/gates.py": "", "b/notes.py": ""})
    assert sorted(load_submission(archive, expected=MODULES).files) == ["gates.py", "loss.py"]


def test_modules_in_a_subfolder_are_found_beside_a_stray_script(tmp_path):
    (tmp_path / "sub" / "exercises").mkdir(parents=True)
    (tmp_path / "sub" / "scratch.py").write_text("print('hi')\n")
    for name in ("gates.py", "loss.py"):
        (tmp_path / "sub" / "exercises" / name).write_text((SOLUTIONS / name).read_text())
    submission = load_submission(tmp_path / "sub", expected=MODULES)
    assert sorted(submission.files) == ["gates.py", "loss.py"]
    assert submission.notes == ("the modules were read from exercises/",)


def test_a_flat_zip_and_a_single_top_folder_read_alike(tmp_path):
    flat = _zip(tmp_path / "flat.zip", {"gates.py": "x = 1\n"})
    nested = _zip(tmp_path / "nested.zip", {"me/gates.py": "x = 1\n", "__MACOSX/me/._gates.py": "junk"})
    assert load_submission(flat).files == load_submission(nested).files == {"gates.py": "x = 1\n"}
    assert load_submission(flat).id == "flat"
