"""Can a submission use the grader's reading of its parameters to change a score or stop the grader?

Once a check that called a function by position has failed, the grader asks the child for that
function's signature (``checking/signatures.py``), to say when the parameters are in another order
than the spec's. The reading runs the student's code: ``inspect.signature`` reads a ``__signature__``
the student may define. Each attack here keeps the same wrong ``perceptron`` (the spec's parameters
in another order) and adds a hostile ``__signature__``: one that never returns, one that raises, one
that ends the child, one that lies (claims the spec's order: it loses only the hint) and one that answers with an object no plain data holds. The
honest version of the same mistake is graded beside them, in one run. Every attack must end with
exactly the honest version's statuses and points in every exercise: the reading may only ever
change a hint.
"""

import pytest
from kit import SOLUTIONS, solution_files, write_course

from autograder.course import load_course
from autograder.grader import grade
from autograder.intake.submission import Submission

SWAPPED = '''

def _spec_order(x1, x2, weights):
    return threshold(weights[0] + weights[1] * x1 + weights[2] * x2)


class _Perceptron:
    """perceptron with its parameters as (weights, x1, x2): the honest mistake."""

    def __call__(self, weights, x1, x2):
        return _spec_order(x1, x2, weights)
'''

# What each attack's _Perceptron adds; the honest one adds nothing.
SIGNATURES = {
    "honest": "",
    "never_returns": """
    @property
    def __signature__(self):
        while True:
            pass
""",
    "raises": """
    @property
    def __signature__(self):
        raise SystemExit(3)
""",
    "ends_the_child": """
    @property
    def __signature__(self):
        import os
        os._exit(0)
""",
    "lies": """
    @property
    def __signature__(self):
        import inspect
        return inspect.signature(_spec_order)
""",
    "odd_object": """
    @property
    def __signature__(self):
        class Odd:
            parameters = {"x1": object(), "x2": 10 ** 5000, "weights": [0] * 10 ** 6}
        return Odd()
""",
}


def _submission(name: str) -> Submission:
    files = solution_files()
    files["gates.py"] += SWAPPED + SIGNATURES[name] + "\n\nperceptron = _Perceptron()\n"
    return Submission(name, SOLUTIONS, files)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    course = load_course(write_course(tmp_path_factory.mktemp("signature"), call_timeout=2, submission_timeout=120))
    results = grade([_submission(name) for name in SIGNATURES], course=course)
    return {result.submission: result for result in results}


def _outcomes(result) -> dict:
    return {f"{e.name}.{t.name}": (t.status, t.score) for e in result.exercises for t in e.tests}


def test_the_honest_mistake_loses_points_in_gates_only(graded):
    honest = graded["honest"]
    lost = {e.name for e in honest.exercises if e.score < e.max_score}
    assert lost == {"gates"}, _outcomes(honest)
    hints = [t.hint or "" for e in honest.exercises for t in e.tests if e.name == "gates" and t.status != "passed"]
    assert any("the spec's order is perceptron(x1, x2, weights)" in h for h in hints), hints


@pytest.mark.parametrize("attack", [name for name in SIGNATURES if name != "honest"])
def test_a_hostile_signature_changes_no_status_and_no_point(graded, attack):
    assert _outcomes(graded[attack]) == _outcomes(graded["honest"])
    assert graded[attack].score == graded["honest"].score
    # the reading was asked for and gave nothing: the honest one's hint names the order
    hints = [t.hint or "" for e in graded[attack].exercises for t in e.tests if e.name == "gates"]
    assert not any("the spec's order is" in h for h in hints), hints
