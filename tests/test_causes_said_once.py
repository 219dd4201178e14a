"""A cause is said once, where it happened, and what follows from it points there: a loop that
never ends costs its full time limit once, not once per check that goes through it."""

import re

from kit import COURSE, MODULES, solution_files, write_course

from autograder.course import load_course
from autograder.grader import assemble, grade
from autograder.intake.load import load_submission
from autograder.intake.submission import Submission
from autograder.report import text
from autograder.report.html import render_html
from autograder.report.markdown import render_markdown

CALL_TIMEOUT = 2.0


def _endless(source: str, function: str) -> str:
    """``source`` with a loop that never ends at the start of the method ``function``."""
    pattern = rf"def {function}\(self[^)]*\):\n(\s+)\"\"\"(?:.|\n)*?\"\"\"\n"
    endless, count = re.subn(pattern, lambda m: m.group() + f"{m.group(1)}while True:\n{m.group(1)}    pass\n",
                             source, count=1)  # fmt: skip
    assert count == 1
    return endless


def _mlp(tmp_path, function: str):
    course = load_course(write_course(tmp_path, call_timeout=CALL_TIMEOUT, submission_timeout=120))
    files = {"mlp.py": _endless(solution_files()["mlp.py"], function)}
    (result,) = grade([Submission("student", tmp_path, files)], course=course, exercises=["mlp"])
    return result.exercises[0]


def test_an_endless_forward_pass_costs_the_full_limit_once_and_later_checks_point_to_it(tmp_path):
    mlp = _mlp(tmp_path, "forward")
    timeouts = [t for t in mlp.tests if t.status == "timeout"]
    first, later = timeouts[0], timeouts[1:]
    assert first.message.endswith(f"did not finish within {CALL_TIMEOUT:g} s (the time per call) and was stopped; "
                                  "look for a loop that never ends")  # fmt: skip
    assert len(later) >= 4
    for test in later:
        assert f"ran out of time in the check {first.name} ({CALL_TIMEOUT:g} s), a call into mlp.py" in test.message
        assert test.seconds < 1.8  # the short leash, not the full limit again
    assert sum(t.seconds for t in mlp.tests) < CALL_TIMEOUT + 1.2 * len(later) + 3
    vectorised = next(t for t in mlp.tests if t.name == "fit_is_vectorised")
    assert vectorised.status == "failed" and "it is stuck, not slow" in vectorised.message
    assert "over the samples" not in (vectorised.hint or "") + vectorised.message


def test_the_notes_of_reading_a_submission_are_said_once_in_each_report(tmp_path):
    """Five modules are missing: each missing exercise's problem explains itself where it stands
    alone (the JSON record, the terminal's table), and a report that lists the notes near the
    top says each of them there only, not again after every missing exercise."""
    (tmp_path / "ada" / "part1").mkdir(parents=True)
    for module in ("gates", "perceptron"):
        (tmp_path / "ada" / "part1" / f"{module}.py").write_text(solution_files()[f"{module}.py"])
    (tmp_path / "ada" / "part1" / "big.py").write_bytes(b"#" * ((1 << 20) + 1))
    (tmp_path / "ada" / "part2").mkdir()
    (tmp_path / "ada" / "part2" / "mlp.py").write_text(solution_files()["mlp.py"])
    submission = load_submission(tmp_path / "ada", expected=MODULES)
    notes = ("the modules were read from part1/", "big.py is larger than 1 MiB and was not read")
    assert submission.notes == notes
    result = assemble(submission, COURSE.exercises, [], {})
    mlp = next(e for e in result.exercises if e.name == "mlp")
    assert mlp.problem == f"no mlp.py in the submission ({notes[0]}; {notes[1]})"  # alone, it says why
    assert text.table([result]).count(notes[0]) == 5  # the table lists no notes: each problem carries them
    reports = {"feedback.md": render_markdown(result), "feedback.html": render_html(result, pictures=False),
               "check": text.friendly(result), "grade --verbose": text.table([result], verbose=True)}  # fmt: skip
    for name, page in reports.items():
        for note in notes:
            assert page.count(note) == 1, (name, note)
        assert page.count("no mlp.py in the submission") == 1, name
