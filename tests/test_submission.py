"""Is every form of submission read the same way, and never by guessing?"""

import zipfile

import json

import pytest
from kit import COURSE, MODULES, SOLUTIONS

from autograder.grader import assemble
from autograder.grading.results import SubmissionResult
from autograder.intake.load import load_submission
from autograder.intake.submission import SubmissionError
from autograder.report import text
from autograder.report.html import render_html
from autograder.report.markdown import render_markdown


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


def test_the_notes_of_reading_a_submission_reach_its_record_and_feedback(tmp_path):
    """Where the modules were found, and what was skipped, is told to the student near the top."""
    (tmp_path / "ada" / "part1").mkdir(parents=True)
    (tmp_path / "ada" / "part1" / "gates.py").write_text("x = 1\n")
    (tmp_path / "ada" / "part1" / "big.py").write_bytes(b"#" * ((1 << 20) + 1))
    submission = load_submission(tmp_path / "ada", expected=MODULES)
    assert submission.notes == ("the modules were read from part1/", "big.py is larger than 1 MiB and was not read")
    result = assemble(submission, COURSE.exercises, [], {})
    assert result.notes == submission.notes
    record = json.loads(json.dumps(result.to_dict()))
    assert record["notes"] == list(submission.notes)
    assert SubmissionResult.from_dict(record).notes == submission.notes
    markdown, html = render_markdown(result), render_html(result, pictures=False)
    for page in (markdown, html):
        assert "the modules were read from part1/" in page and "big.py is larger than 1 MiB" in page
        assert page.index("How your submission was read") < page.index(COURSE.exercises[0].title)
    assert "  note: the modules were read from part1/" in text.table([result], verbose=True)
    assert "note:" not in text.table([result])  # the terminal's table shows them when asked for detail


def test_a_submission_read_without_notes_has_no_notes_in_its_record():
    result = assemble(load_submission(SOLUTIONS, expected=MODULES), COURSE.exercises, [], {})
    assert result.notes == () and "notes" not in result.to_dict()
