"""A cause is said once, where it happened, and what follows from it points there: a loop that
never ends costs its full time limit once, not once per check that goes through it."""

import json
import re

from kit import COURSE, MODULES, solution_files, write_course

from autograder.course import load_course
from autograder.grader import assemble, grade
from autograder.intake.load import load_submission
from autograder.intake.submission import Submission
from autograder.report import classroom, gradescope, text
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


def _ada(tmp_path):
    """A submission in two folders: gates and perceptron (and a file too large) in part1/, mlp in
    part2/; four modules missing. Its notes, and the submission as read."""
    (tmp_path / "ada" / "part1").mkdir(parents=True)
    for module in ("gates", "perceptron"):
        (tmp_path / "ada" / "part1" / f"{module}.py").write_text(solution_files()[f"{module}.py"])
    (tmp_path / "ada" / "part1" / "big.py").write_bytes(b"#" * ((1 << 20) + 1))
    (tmp_path / "ada" / "part2").mkdir()
    (tmp_path / "ada" / "part2" / "mlp.py").write_text(solution_files()["mlp.py"])
    notes = ("the modules were read from part1/",
             "mlp.py was read from part2/, the other modules from part1/: keep all the modules in one folder",
             "big.py is larger than 1 MiB and was not read")  # fmt: skip
    return notes, load_submission(tmp_path / "ada", expected=MODULES)


def test_the_notes_of_reading_a_submission_are_said_once_in_each_report(tmp_path):
    """Four modules are missing: each missing exercise's problem explains itself where it stands
    alone (the JSON record, the terminal's table), and a report that lists the notes near the
    top says each of them there only, not again after every missing exercise."""
    notes, submission = _ada(tmp_path)
    assert submission.notes == notes and "mlp.py" in submission.files
    result = assemble(submission, COURSE.exercises, [], {})
    neuron = next(e for e in result.exercises if e.name == "neuron")
    assert neuron.problem == f"no neuron.py in the submission ({'; '.join(notes)})"  # alone, it says why
    assert text.table([result]).count(notes[0]) == 4  # the table lists no notes: each problem carries them
    reports = {"feedback.md": render_markdown(result), "feedback.html": render_html(result, pictures=False),
               "check": text.friendly(result), "grade --verbose": text.table([result], verbose=True)}  # fmt: skip
    for name, page in reports.items():
        for note in notes:
            assert page.count(note) == 1, (name, note)
        assert page.count("no neuron.py in the submission") == 1, name


def test_gradescope_and_classroom_say_the_notes_once_and_the_missing_exercise_points_to_them(tmp_path):
    """Graded for real (gates passes, neuron and loss are missing): Gradescope lists the notes once, at the
    top of its output, and the missing exercise's line and each of its tests point there; each
    Classroom form lists them in one line, first, and the missing exercise's line points to it."""
    notes, submission = _ada(tmp_path)
    (result,) = grade([submission], course=COURSE, exercises=["gates", "neuron", "loss"])
    pages = {"results.json": gradescope.results_json(result, COURSE),
             "classroom runners": classroom.outputs(result, COURSE),
             "classroom --format": classroom.result_object(result)}  # fmt: skip
    for name, page in pages.items():
        for note in notes:
            assert json.dumps(page).count(note) == 1, (name, note)
    output = pages["results.json"]["output"]
    assert output.startswith(f"{gradescope.NOTES_TITLE}\n- {notes[0]}\n")
    assert f"no neuron.py in the submission; {gradescope.SEE_NOTES}" in output
    neuron_tests = [t for t in pages["results.json"]["tests"] if t["name"].startswith("neuron:")]
    assert neuron_tests and all(gradescope.SEE_NOTES in t["output"] for t in neuron_tests)
    assert not any(gradescope.SEE_NOTES in t["output"] for t in pages["results.json"]["tests"] if t["name"].startswith("gates:"))
    runners = pages["classroom runners"]
    first = runners[COURSE.exercises[0].module]["tests"][0]
    assert first["name"] == classroom.NOTES_NAME and first["message"].endswith("; ".join(notes))
    assert runners["gates"]["status"] == "pass"  # the notes' line leaves the status to gates' own tests
    (line,) = runners["neuron"]["tests"]
    assert line["message"].startswith(f"neuron: no neuron.py in the submission {classroom.SEE_NOTES}")
    assert pages["classroom --format"]["tests"][0]["name"] == classroom.NOTES_NAME
