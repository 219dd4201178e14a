"""The instructor's summary of a class, from real grading results: pass rates, hints and scores."""

import re
from html.parser import HTMLParser

import pytest
from feedback_kit import Page, graded_class, result_of

from autograder.grading.results import points_text
from autograder.report.summary import render_summary_html


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
    students, exercises, hints, tests = _tables(page)
    assert {row[0]: row[1] for row in students[1:]} == {
        sid: f"{points_text(r.score)} of {points_text(r.max_score)}" for sid, r in results.items()}  # fmt: skip

    # each hint: the students it reached, each counted once however many tests gave it
    by_hint = {row[2]: int(row[0]) for row in hints[1:]}
    reached = {}
    for sid, result in results.items():
        for hint in {t.hint for e in result.exercises for t in e.tests if t.hint and t.status != "passed"}:
            reached.setdefault(hint, set()).add(sid)
    assert by_hint == {hint: len(students) for hint, students in reached.items()}
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


def test_an_empty_class_has_a_summary_too():
    assert "No results yet" in render_summary_html(iter(()))
