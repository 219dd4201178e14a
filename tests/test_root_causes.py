"""When one failure explains others, the student reads the cause: where an import failed,
which file was probably meant, and that a fit stuck in an endless loop is not "slow"."""

import re

from kit import solution_files, write_course

from autograder.course import load_course
from autograder.grader import grade
from autograder.intake.submission import Submission


def _graded(tmp_path, files, exercises, **limits):
    course = load_course(write_course(tmp_path, **limits))
    (result,) = grade([Submission("student", tmp_path, files)], course=course, exercises=exercises)
    return {e.name: e for e in result.exercises}


def test_an_error_at_import_names_the_line_of_the_students_file(tmp_path):
    files = {"loss.py": "import numpy as np\n\nx = undefined_name + 1\n"}
    loss = _graded(tmp_path, files, ["loss"])["loss"]
    assert loss.problem == (
        "loss.py could not be imported: NameError: name 'undefined_name' is not defined "
        "(line 3 of loss.py: x = undefined_name + 1)"
    )


def test_a_misnamed_file_is_named_in_the_exercises_problem(tmp_path):
    files = {"activation.py": solution_files()["activations.py"]}
    activations = _graded(tmp_path, files, ["activations"])["activations"]
    assert activations.problem == "no activations.py in the submission (is activation.py meant to be activations.py?)"


def test_a_fit_that_never_ends_is_not_blamed_on_a_loop_over_the_samples(tmp_path):
    endless = re.sub(r"def fit\(self, X, y, epochs=\d+\):", lambda m: m.group() + "\n        while True:\n            pass",
                     solution_files()["mlp.py"], count=1)  # fmt: skip
    assert "while True" in endless
    mlp = _graded(tmp_path, {"mlp.py": endless}, ["mlp"], call_timeout=1.0, submission_timeout=60)["mlp"]
    vectorised = next(t for t in mlp.tests if t.name == "fit_is_vectorised")
    assert vectorised.status == "failed"
    assert "it is stuck, not slow" in vectorised.message
    assert "loops over the samples" not in (vectorised.hint or "")
