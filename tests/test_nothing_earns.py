"""A submission that does nothing earns nothing, however it does nothing (raising, answering alike
whatever it is asked, handing back what it was given, or answering by chance).

The blank stubs raise NotImplementedError and score zero (``test_corpus``). A check that cannot
judge its rule must not pass either when the student's code raises another error, returns None,
or raises something no check expects: otherwise `raise ValueError` in every body would earn the
points of every check that steps aside for "a wrong part whose own check says why" (the hidden
rules of the spec's defaults, a stable forward, the caller's data left alone did, once).
"""

import re

import pytest
from corpus.mutations import reference_files
from kit import EXERCISES, ROOT

from autograder.course import load_course
from autograder.grader import grade
from autograder.intake.submission import Submission

# What each body of the stubs does instead of raising NotImplementedError.
NOTHINGS = {
    "raises_value_error": 'raise ValueError("not done yet")',
    "raises_runtime_error": 'raise RuntimeError("not done yet")',
    "raises_type_error": 'raise TypeError("not done yet")',
    "returns_none": "return None",
    # answers that do not depend on the question: a rule about how answers are given (the caller's data
    # left alone, a stable forward, NumPy numbers like Python ones) holds vacuously for them
    "returns_zero": "return 0",
    "returns_one": "return 1.0",
    "returns_a_list": "return [0.0]",
    "returns_true": "return True",
    # answers that are not answers to the question: what the function was given, handed back, or chance
    # (grading/computed.py): they too keep a rule about how answers are given without computing anything
    "gives_back_its_input": "return next((v for k, v in dict(locals()).items() if k != 'self'), 0)",
    "gives_back_its_second_input": "v = [v for k, v in dict(locals()).items() if k != 'self']; return v[1] if len(v) > 1 else 0",
    "returns_chance": "import random; return random.random()",
    # answers made from the question's shape or length alone, or from nothing but a parameter (the red team's,
    # 2026-12-05): a count of len(layer_sizes), losses of len(data), weights of zeros, leaky ReLU of alpha
    "answers_from_the_shape": ("import numpy; a = next((v for k, v in dict(locals()).items() if k != 'self'), 0); "
                               "return numpy.zeros(numpy.shape(a)) + len(numpy.shape(a)) + 0.05"),
    "counts_its_calls": "import builtins; builtins.calls = getattr(builtins, 'calls', 0) + 1; return builtins.calls",
    "returns_chance_shaped_like_its_input": ("import numpy; a = next((v for k, v in dict(locals()).items() if k != 'self'), "
                                             "0); return numpy.random.rand(*numpy.shape(a))"),
}


def _doing_nothing(body: str) -> dict[str, str]:
    files = reference_files(EXERCISES)
    changed = {name: re.sub(r"raise NotImplementedError\b(\([^)]*\))?", body, text) for name, text in files.items()}
    assert all(changed[name] != files[name] for name in files if name.endswith(".py"))
    return changed


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    submissions = [Submission(name, EXERCISES, _doing_nothing(body)) for name, body in NOTHINGS.items()]
    results = grade(submissions, course=load_course(ROOT / "course.toml"))
    return {sub.id: result for sub, result in zip(submissions, results)}


@pytest.mark.parametrize("name", NOTHINGS)
def test_a_submission_that_does_nothing_scores_zero_in_every_check(graded, name):
    result = graded[name]
    earned = [f"{e.name}.{t.name}" for e in result.exercises for t in e.tests if t.status == "passed" or t.credit > 0]
    assert earned == [] and result.score == 0, f"{name} earned points in {earned}"
