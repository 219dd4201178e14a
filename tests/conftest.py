"""Shared fixtures for the kit's own tests."""

import pytest
from kit import ROOT

from autograder.course import Limits, load_course
from autograder.sandbox.host import Sandbox


@pytest.fixture(scope="session")
def course():
    return load_course(ROOT / "course.toml")


@pytest.fixture
def sandbox():
    with Sandbox(Limits(call_timeout=2.0, submission_timeout=30.0, memory_mb=1024, output_bytes=4096)) as box:
        yield box


@pytest.fixture(scope="session")
def corpus_graded():
    """The corpus, the solutions and the stubs graded once at the strongest level, hidden tests included
    (``corpus.graded``): what test_corpus and test_recorded_check read."""
    from corpus.graded import grade_corpus

    return grade_corpus()
