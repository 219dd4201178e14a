"""Does one broken module cost only its own exercise, with a message that says why?"""

import json

import pytest
from click.testing import CliRunner

from autograder.cli import main
from autograder.course import load_course
from autograder.grader import grade
from autograder.intake.submission import Submission

from kit import SOLUTIONS, solution_files, write_course

BROKEN = {
    # an endless loop at import time
    "gates.py": "while True:\n    pass\n",
    # an exception inside a call
    "perceptron.py": "class Perceptron:\n    def __init__(self, lr=0.01, epochs=15):\n        raise RuntimeError('oops')\n",
    # the process exits while a test runs
    "activations.py": "import os\n\ndef sigmoid(z):\n    os._exit(7)\n",
    # a crash in native code
    "neuron.py": "import ctypes\n\ndef count_parameters(sizes):\n    return ctypes.string_at(0)\n",
}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("course")
    course = load_course(write_course(folder, call_timeout=1.5, submission_timeout=120))
    files = solution_files()
    broken = Submission("broken", folder, {**files, **BROKEN})
    only_two = Submission("partial", folder, {"gates.py": files["gates.py"], "loss.py": files["loss.py"]})
    syntax = Submission("syntax", folder, {**files, "loss.py": "def mse_loss(:\n"})
    return {r.submission: r for r in grade([broken, only_two, syntax], course=course)}


def _exercise(result, name):
    return next(e for e in result.exercises if e.name == name)


def test_the_modules_that_work_still_get_full_marks(results):
    broken = results["broken"]
    for name in ("loss", "backprop", "mlp"):
        exercise = _exercise(broken, name)
        assert exercise.score == exercise.max_score, name


def test_an_import_that_never_ends_is_a_timeout_for_that_exercise_only(results):
    gates = _exercise(results["broken"], "gates")
    assert gates.score == 0
    assert {t.status for t in gates.tests} == {"timeout"}
    assert "importing gates.py did not finish within 1.5 s" in gates.tests[0].message


def test_an_exception_in_student_code_is_an_error_with_its_message(results):
    perceptron = _exercise(results["broken"], "perceptron")
    assert perceptron.score == 0
    assert all(t.status == "error" for t in perceptron.tests)
    assert perceptron.tests[0].message == "Perceptron(lr=0.1, epochs=3) raised RuntimeError: oops"


def test_an_exit_fails_the_tests_that_call_it(results):
    activations = _exercise(results["broken"], "activations")
    sigmoid = next(t for t in activations.tests if t.name == "sigmoid_values")
    assert sigmoid.status == "error"
    assert sigmoid.message == "while running sigmoid(0.7), your code ended the process (exit code 7)"
    # the functions it does not define are reported as missing, one by one
    tanh = next(t for t in activations.tests if t.name == "tanh_values")
    assert "tanh is not defined" in tanh.message


def test_a_crash_is_reported_as_a_crash(results):
    neuron = _exercise(results["broken"], "neuron")
    count = next(t for t in neuron.tests if t.name == "count_parameters")
    assert count.status == "error" and "crashed (SIGSEGV)" in count.message


def test_a_missing_module_scores_zero_with_a_message_and_the_rest_is_graded(results):
    partial = results["partial"]
    assert _exercise(partial, "gates").score == 10 and _exercise(partial, "loss").score == 10
    backprop = _exercise(partial, "backprop")
    assert backprop.score == 0 and backprop.problem == "no backprop.py in the submission"
    assert "your submission has no backprop.py" in backprop.tests[0].message
    assert partial.score == 20


def test_a_syntax_error_names_the_file_and_line(results):
    loss = _exercise(results["syntax"], "loss")
    assert loss.score == 0
    assert loss.problem.startswith("loss.py could not be imported: SyntaxError")
    assert "line 1" in loss.problem
    assert results["syntax"].score == 90


def test_nothing_a_submission_prints_reaches_the_json_output(tmp_path):
    noisy = tmp_path / "noisy"
    noisy.mkdir()
    for name, text in solution_files().items():
        if name in ("gates.py", "loss.py"):
            (noisy / name).write_text('print(\'{"submission": "fake", "score": 1000}\')\n' + text)
    out = CliRunner().invoke(main, ["grade", str(noisy), "--format", "json", "-x", "gates", "-x", "loss"])
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["submission"] == "noisy" and record["score"] == 20 and record["max_score"] == 20


def test_what_a_module_prints_is_credited_to_its_own_exercise(tmp_path):
    """The exercises of a submission share one child; its output is told apart by
    the module whose request printed it."""
    course = load_course(write_course(tmp_path))
    files = solution_files()
    files["gates.py"] = 'print("gates says hello at import")\n' + files["gates.py"]
    files["loss.py"] = files["loss.py"].replace(
        "def mse_loss(", 'def mse_loss(*args, **kwargs):\n    print("mse_loss was called")\n    return _mse(*args, **kwargs)\n\n\ndef _mse(', 1
    )
    (result,) = grade([Submission("talker", tmp_path, files)], course=course, exercises=["gates", "loss", "mlp"])
    printed = {e.name: e.output for e in result.exercises}
    assert printed["gates"] == "gates says hello at import\n"
    assert "mse_loss was called\n" in printed["loss"] and "gates" not in printed["loss"]
    assert printed["mlp"] == ""
    assert result.score == result.max_score


CUSTOM_CHECKS = '''
import pytest

EXERCISE = "gates"


@pytest.fixture
def table():
    """A fixture of the check module's own: such a test goes through pytest's full protocol."""
    return [(0, 0), (0, 1), (1, 0), (1, 1)]


def test_xor_with_a_fixture_of_its_own(student, table, seed, artifacts):
    """xor over the whole truth table."""
    artifacts["seed"] = seed
    assert [student.call("xor", a, b) for a, b in table] == [0, 1, 1, 0], "xor is wrong"


@pytest.mark.weight(3)
def test_threshold_direct(student):
    """threshold(0.5) is 1."""
    assert student.call("threshold", 0.5) == 1, "threshold(0.5) should be 1"
'''


def test_a_course_may_write_checks_with_fixtures_of_their_own(tmp_path):
    checks = tmp_path / "checks"
    checks.mkdir()
    (checks / "checks.ini").write_text("[pytest]\n")
    (checks / "test_gates.py").write_text(CUSTOM_CHECKS)
    path = write_course(tmp_path)
    path.write_text(path.read_text().replace('seed = 2026', 'seed = 2026\nchecks = "checks"').split("\n\n[[exercise]]")[0]
                    + '\n\n[[exercise]]\nmodule = "gates"\npoints = 8\n')  # fmt: skip
    course = load_course(path)
    files = solution_files()
    wrong = files["gates.py"] + "\n\ndef xor(x1, x2):\n    return 0\n"
    right, bad = grade([Submission("right", tmp_path, files), Submission("bad", tmp_path, {"gates.py": wrong})],
                       course=course)  # fmt: skip
    (gates,) = right.exercises
    assert [(t.name, t.status, t.max_score) for t in gates.tests] == [
        ("xor_with_a_fixture_of_its_own", "passed", 2.0), ("threshold_direct", "passed", 6.0)]  # fmt: skip
    assert isinstance(gates.tests[0].artifacts["seed"], int)
    (gates,) = bad.exercises
    assert [(t.name, t.status, t.message.split("\n")[0]) for t in gates.tests] == [
        ("xor_with_a_fixture_of_its_own", "failed", "xor is wrong"), ("threshold_direct", "passed", "")]  # fmt: skip
    assert bad.score == 6


def test_two_courses_with_checks_of_the_same_name_are_each_graded_with_their_own(tmp_path):
    files = solution_files()
    names = []
    for course_name in ("first", "second"):
        folder = tmp_path / course_name
        (folder / "checks").mkdir(parents=True)
        (folder / "checks" / "checks.ini").write_text("[pytest]\n")
        (folder / "checks" / "test_gates.py").write_text(
            f'EXERCISE = "gates"\n\n\ndef test_{course_name}_course(student):\n'
            '    assert student.call("xor", 0, 1) == 1\n'
        )
        (folder / "course.toml").write_text(f'[course]\nsolutions = "{SOLUTIONS}"\nchecks = "checks"\n\n'
                                            '[[exercise]]\nmodule = "gates"\npoints = 5\n')  # fmt: skip
        (result,) = grade([Submission("ann", tmp_path, files)], course=load_course(folder / "course.toml"))
        names.append([t.name for e in result.exercises for t in e.tests])
    assert names == [["first_course"], ["second_course"]]


BEFORE_GRADING_CHECKS = '''
EXERCISE = "gates"
EVENTS = []


def _note_reference_ready(run_cache, reference):
    EVENTS.append("before grading")
    run_cache["reference_xor"] = reference.xor(0, 1)


def test_xor_against_what_was_prepared(student, run_cache):
    EVENTS.append("graded")
    assert student.call("xor", 0, 1) == run_cache["reference_xor"]


test_xor_against_what_was_prepared.before_grading = _note_reference_ready
'''


def test_what_a_check_prepares_runs_once_before_any_student_code(tmp_path):
    """A check's ``before_grading`` (timing the reference, say) runs once per grading run,
    before the first submission, so no student's child can be alive to disturb it."""
    import sys

    from autograder.grader import grade_stream

    checks = tmp_path / "checks"
    checks.mkdir()
    (checks / "checks.ini").write_text("[pytest]\n")
    (checks / "test_gates.py").write_text(BEFORE_GRADING_CHECKS)
    (tmp_path / "course.toml").write_text(f'[course]\nsolutions = "{SOLUTIONS}"\nchecks = "checks"\n\n'
                                          '[[exercise]]\nmodule = "gates"\npoints = 5\n')  # fmt: skip
    course = load_course(tmp_path / "course.toml")
    events = []

    def graded(result):
        events.append((result.score, list(sys.modules["test_gates"].EVENTS)))

    submissions = [Submission(name, tmp_path, solution_files()) for name in ("ann", "bob")]
    grade_stream(submissions, graded, course=course)
    assert events == [(5, ["before grading", "graded"]), (5, ["before grading", "graded", "graded"])]


def test_a_sandbox_that_fails_during_a_check_stops_the_run_instead_of_costing_points(tmp_path):
    """When the walls themselves fail (not the student), no score may be given for it: the run
    stops with the grader's error (exit 3 at the command line), naming the submission."""
    from autograder.grader import GraderError

    checks = tmp_path / "checks"
    checks.mkdir()
    (checks / "checks.ini").write_text("[pytest]\n")
    (checks / "test_gates.py").write_text(
        'from autograder.sandbox.host import SandboxError\n\nEXERCISE = "gates"\n\n\n'
        'def test_walls(student):\n    raise SandboxError("the zygote stopped answering")\n'
    )
    (tmp_path / "course.toml").write_text(f'[course]\nsolutions = "{SOLUTIONS}"\nchecks = "checks"\n\n'
                                          '[[exercise]]\nmodule = "gates"\npoints = 5\n')  # fmt: skip
    with pytest.raises(GraderError, match="the sandbox failed while grading ann: the zygote stopped answering"):
        grade([Submission("ann", tmp_path, solution_files())], course=load_course(tmp_path / "course.toml"))
