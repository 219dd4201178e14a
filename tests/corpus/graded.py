"""The whole corpus, the reference solutions and the blank stubs, graded together.

Grading the corpus is most of the suite's time, so the default level's grading is made once per
pytest session (the ``corpus_graded`` fixture of ``conftest.py``) and read by every test that needs
it: ``test_corpus`` holds it to each case's exact outcome, ``test_recorded_check`` compares a
student's kit with its visible tests. ``test_plain_subprocess`` grades it again at its own level.
"""

from corpus.every_case import EVERY_CASE
from corpus.mutations import reference_files, submission
from kit import EXERCISES, ROOT, SOLUTIONS, grade_in_parts

from autograder.course import load_course
from autograder.intake.submission import Submission


SOLUTIONS_ID = "reference-solutions"
STUBS_ID = "blank-stubs"


def corpus_submissions(cases=EVERY_CASE) -> list[Submission]:
    """The solutions, the stubs and one submission per case of ``cases``, in that order."""
    return [
        Submission(SOLUTIONS_ID, SOLUTIONS, reference_files(SOLUTIONS)),
        Submission(STUBS_ID, EXERCISES, reference_files(EXERCISES)),
        *(submission(case) for case in cases),
    ]


def grade_corpus(isolation=None, *, course=None, include_hidden=True, cases=EVERY_CASE) -> dict:
    """``{submission id: SubmissionResult}`` for ``corpus_submissions(cases)``, graded at ``isolation`` (the
    strongest level here when None) for ``course`` (the instructor's when None), in a process per CPU
    (``kit.grade_in_parts``)."""
    submissions = corpus_submissions(cases)
    results = grade_in_parts(submissions, course=course or load_course(ROOT / "course.toml"), isolation=isolation,
                             include_hidden=include_hidden)  # fmt: skip
    return {sub.id: result for sub, result in zip(submissions, results, strict=True)}
