"""The instructor's summary of a class, from real grading results: pass rates, hints and scores."""

import re
from html.parser import HTMLParser

import pytest
from feedback_kit import Page, graded_class, result_of

from autograder.grading.results import ExerciseResult, SubmissionResult, TestResult, points_text
from autograder.report.summary import FOLLOW_ON, Summary, render_summary_html


@pytest.fixture(scope="module")
def results(course, tmp_path_factory):
    return graded_class(course, tmp_path_factory.mktemp("dan"))


def _tables(page: str) -> list[list[list[str]]]:
    """Each <table> as rows of cell texts."""

    class Tables(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.tables, self.cell = [], None

        def handle_starttag(self, tag, attrs):
            if tag == "table":
                self.tables.append([])
            elif tag == "tr":
                self.tables[-1].append([])
            elif tag in ("td", "th"):
                self.cell = ""

        def handle_endtag(self, tag):
            if tag in ("td", "th"):
                self.tables[-1][-1].append(self.cell.strip())
                self.cell = None

        def handle_data(self, data):
            if self.cell is not None:
                self.cell += data

    parser = Tables()
    parser.feed(page)
    return parser.tables


def test_the_summary_counts_students_per_hint_and_pass_rates(results):
    stream = (r for r in results.values())  # a stream, read once
    page = render_summary_html(stream)
    Page(page)  # well formed
    assert not Page(page).images  # the histogram is inline SVG: no plotting library at the end of a batch
    (svg,) = re.findall(r"<svg .*?</svg>", page)
    bars = re.findall(r'<rect [^>]*/><text [^>]*>(\d+)</text>', svg)
    assert sum(int(count) for count in bars) == len(results)  # every student in one bar
    assert 'aria-label="The total scores: ' in svg and "mean " in svg and "median " in svg
    students, exercises, hints, follow_ons, tests = _tables(page)
    assert {row[0]: row[1] for row in students[1:]} == {
        sid: f"{points_text(r.score)} of {points_text(r.max_score)}" for sid, r in results.items()}  # fmt: skip

    # each hint that names a mistake: the students it reached, each counted once however many tests gave it
    by_hint = {row[2]: int(row[0]) for row in hints[1:]}
    reached = {}
    for sid, result in results.items():
        for hint in {t.hint for e in result.exercises for t in e.tests if t.hint and t.status != "passed"}:
            if not FOLLOW_ON.search(hint):
                reached.setdefault(hint, set()).add(sid)
    assert by_hint == {hint: len(students) for hint, students in reached.items()}
    # a hint that only sends the student to another check is not a misconception: it is counted apart,
    # by the part it points to (ben's train is built on his backprop, whose signs are flipped)
    train = result_of(results["ben"], "backprop", "train_trajectory").hint
    assert "fix backprop first" in train and train not in by_hint
    assert [row[:3] for row in follow_ons[1:]] == [["1", "20%", "fix backprop first (backprop.py)"],
                                                   ["1", "20%", "fix backward first (mlp.py)"]]
    sigmoid = result_of(results["ada"], "activations", "sigmoid_derivative").hint
    assert sigmoid == result_of(results["ada"], "activations", "derivatives_on_large_inputs").hint
    assert by_hint[sigmoid] == 1  # two of ada's tests gave it: one student
    cross_entropy = result_of(results["ben"], "mlp", "backward_gradient_check").hint
    assert cross_entropy.startswith("Your output gradient looks like dZ2 = A2 - Y") and by_hint[cross_entropy] == 1

    # each test: passed / total over the five submissions
    rows, group = {}, None
    for row in tests[1:]:
        if len(row) == 1:
            group = row[0].split()[-1].removesuffix(".py")
        else:
            rows[(group, row[0].replace("hidden", "").strip())] = row
    for e in results["solutions"].exercises:
        for t in e.tests:
            outcomes = [result_of(r, e.name, t.name).status for r in results.values()]
            row = rows[(e.name, t.name)]
            passed = outcomes.count("passed")
            assert row[3] == f"{passed} / {len(outcomes)}", (e.name, t.name, row)
            assert row[2] == f"{passed / len(outcomes):.0%}"
    assert rows[("mlp", "backward_gradient_check")][3] == "2 / 5"  # solutions and dan; ben's is wrong
    assert rows[("mlp", "backward_gradient_check")][7] == "1"  # ada has no mlp.py: it did not run

    # the class's numbers: five students, their mean, and each exercise's mean
    assert "5" in page and "students" in page
    mean = sum(r.score for r in results.values()) / len(results)
    assert f"{points_text(mean)} of {points_text(results['ben'].max_score)}" in page
    mlp = next(row for row in exercises if row[0].startswith("A vectorised"))
    mlp_scores = [e.score for r in results.values() for e in r.exercises if e.name == "mlp"]
    assert mlp[1] == points_text(sum(mlp_scores) / len(mlp_scores))


def test_the_mistakes_rank_above_the_follow_on_hint_they_all_lead_to():
    """Three students, three different mistakes in backward, and one follow-on hint in fit's checks
    for all three: the table of misconceptions shows the three mistakes, and the follow-on hint is
    counted apart, once per student, under the part it points to."""
    follow_on = ("This check runs your fit, which is built on your backward, and backward gives wrong answers "
                 "itself (see the check of backward): fix backward first, and this follows.")  # fmt: skip
    mistakes = ["dZ2 = A2 - Y belongs to the cross-entropy loss", "the gradient goes back through W2.T",
                "b1's gradient sums over the samples: axis=0, keepdims=True"]  # fmt: skip
    summary = Summary()
    for number, mistake in enumerate(mistakes):
        tests = (TestResult("backward_gradient_check", 5, "failed", hint=mistake),
                 TestResult("fit_trajectory", 5, "failed", hint=follow_on),
                 TestResult("learns_xor", 5, "failed", hint=follow_on))  # fmt: skip
        summary.add(SubmissionResult(f"student{number}", (ExerciseResult("mlp", "MLP", 15, tests),)))
    _, _, hints, follow_ons, _ = _tables(summary.render_html())
    assert sorted(row[2] for row in hints[1:]) == sorted(mistakes)
    assert follow_ons[1:] == [["3", "100%", "fix backward first (mlp.py)", "mlp: fit_trajectory (3); mlp: learns_xor (3)"]]


def test_an_empty_class_has_a_summary_too():
    assert "No results yet" in render_summary_html(iter(()))
