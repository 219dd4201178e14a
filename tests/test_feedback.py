"""Feedback students can read, and the instructor's summary, from real grading results."""

import base64
import html
import math
import os
import re
import struct
from html.parser import HTMLParser

import pytest
from kit import ROOT, SOLUTIONS

from autograder import atomic_write
from autograder.grader import grade
from autograder.grading.results import points_text
from autograder.report import feedback
from autograder.report.feedback import write_feedback
from autograder.report.html import anchor, render_html
from autograder.report.markdown import escape as markdown_escape
from autograder.report.markdown import render_markdown
from autograder.report.pictures import picture_png, picture_words
from autograder.report.words import OUTCOME
from autograder.report.summary import render_summary_html
from autograder.submission import Submission, load_submission

EXERCISES = ["gates", "activations", "backprop", "mlp"]
SECRET = "SECRET-EDGE-CASE all outputs are exactly one half"

# The reference MLP, except that predict raises where only the hidden test looks: every output exactly 0.5.
_SOLUTION_MLP = (SOLUTIONS / "mlp.py").read_text(encoding="utf-8")
DAN_MLP = _SOLUTION_MLP.replace(
    "    def predict(self, X):",
    "    def predict(self, X):\n"
    "        if np.all(self.forward(X) == 0.5):\n"
    f"            raise ValueError({SECRET!r})\n"
    "        return self._predict(X)\n\n"
    "    def _predict(self, X):",
    1,
)


@pytest.fixture(scope="module")
def results(course, tmp_path_factory):
    assert DAN_MLP != _SOLUTION_MLP
    dan = Submission("dan", tmp_path_factory.mktemp("dan"), {"mlp.py": DAN_MLP})
    submissions = [load_submission(ROOT / p) for p in ("examples/ben", "solutions", "exercises", "examples/ada")]
    graded = grade(submissions + [dan], course=course, exercises=EXERCISES)
    return {r.submission: r for r in graded}


@pytest.fixture(scope="module")
def pages(results):
    return {sid: (render_markdown(r), render_html(r)) for sid, r in results.items()}


def _test(result, exercise, name):
    return next(t for e in result.exercises if e.name == exercise for t in e.tests if t.name == name)


class Page(HTMLParser):
    """The parts of a page the tests look at: every element with its attributes, the text and
    pictures inside each test's <li>, and the <img> sources."""

    VOID = frozenset({"img", "meta", "br", "hr", "input", "link", "source", "col", "area", "base", "wbr"})

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags, self.images, self.stack = [], [], []
        self.tests = {}  # li id -> {"classes": [...], "text": str, "tags": [(tag, attrs), ...]}
        self.text = []
        self.feed(text)
        self.close()

    def _open_tests(self):
        return [self.tests[e["id"]] for e in self.stack if e.get("id") in self.tests]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "img":
            self.images.append(attrs)
        for test in self._open_tests():
            test["tags"].append((tag, attrs))
        if tag == "li" and "test" in attrs.get("class", "").split():
            self.tests[attrs["id"]] = {"classes": attrs["class"].split(), "text": "", "tags": []}
        if tag not in self.VOID:
            self.stack.append({"tag": tag, "id": attrs.get("id")})

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1]["tag"] == tag, f"</{tag}> closes <{self.stack[-1]['tag']}>"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        for test in self._open_tests():
            test["text"] += data

    def all_text(self) -> str:
        """What a reader can see or find: the text, and every attribute's value (alt, title, ...)."""
        values = [v or "" for _, attrs in self.tags for k, v in attrs.items() if k != "src"]
        return "".join(self.text) + "\n" + "\n".join(values)

    def test(self, exercise, name):
        return self.tests[anchor("test", exercise, name)]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def _pictures(test) -> dict:
    """The kinds of picture inside one test's <li>: {"loss_curve": <img attrs>, ...}."""
    found, kind = {}, None
    for tag, attrs in test["tags"]:
        if tag == "figure":
            kind = attrs["class"].split()[-1]
        if tag == "img" and kind:
            found[kind] = attrs
    return found


# ----------------------------------------------------------------------------- the page itself


def test_the_html_is_one_self_contained_page(pages):
    for sid, (_, page) in pages.items():
        parsed = Page(page)  # well nested, or the parser's assertion says where not
        assert not parsed.stack, sid
        names = {tag for tag, _ in parsed.tags}
        assert not names & {"script", "link", "iframe", "object", "embed", "video", "audio", "source"}, sid
        outside_pictures = page
        for img in parsed.images:
            src = img["src"]
            assert src.startswith("data:image/png;base64,"), (sid, src[:40])
            width, height = _png_size(base64.b64decode(src.split(",", 1)[1], validate=True))
            assert 200 <= width <= 1200 and 200 <= height <= 1200, (sid, width, height)
            assert img.get("alt"), sid
            outside_pictures = outside_pictures.replace(src, "")
        assert "http" not in outside_pictures and "url(" not in outside_pictures, sid
        assert page.count('src="') == page.count('src="data:image/png;base64,') == len(parsed.images), sid
        for tag, attrs in parsed.tags:
            assert attrs.get("href") is None or attrs["href"].startswith("#"), (sid, tag, attrs)  # links stay inside
            assert not any(k.startswith("on") for k in attrs), (sid, tag, attrs)  # no script in attributes either


def test_every_test_is_listed_with_its_points_in_both_files(results, pages):
    for sid, result in results.items():
        markdown, page = pages[sid]
        parsed = Page(page)
        for e in result.exercises:
            assert e.title in markdown and e.title in page
            for t in e.tests:
                li = parsed.test(e.name, t.name)
                assert t.status in li["classes"]
                assert points_text(t.max_score) in li["text"]
                assert f"`{t.name}`" in markdown


def test_a_failing_visible_test_shows_its_message_and_hint(results, pages):
    markdown, page = pages["ben"]
    test = _test(results["ben"], "mlp", "backward_gradient_check")
    assert test.status == "failed" and test.hint
    li = Page(page).test("mlp", "backward_gradient_check")
    assert test.message in li["text"]
    assert test.hint in li["text"]
    assert all(f"  {line}" in markdown.splitlines() for line in test.message.splitlines())  # in a code block
    assert markdown_escape(test.hint) in markdown


# ----------------------------------------------------------------------------- hidden tests


def _hidden_secrets(result):
    """What a hidden test must never show: its message, hint, description and traceback,
    unless a visible test of the same submission says the same thing (then it is no secret)."""
    visible = "\n".join(
        f"{t.message}\n{t.hint}\n{t.description}\n{t.detail}" for e in result.exercises for t in e.tests if not t.hidden
    )
    secrets = []
    for e in result.exercises:
        for t in e.tests:
            if t.hidden:
                for text in (t.message, t.hint, t.description, t.detail):
                    for line in (text or "").splitlines():
                        if len(line.strip()) >= 12 and line.strip() not in visible:
                            secrets.append(line.strip())
    return secrets


def test_hidden_tests_show_name_and_outcome_and_nothing_else(results, pages):
    checked = 0
    for sid, result in results.items():
        markdown, page = pages[sid]
        parsed = Page(page)
        text = parsed.all_text()
        for secret in _hidden_secrets(result):
            assert secret not in text, (sid, secret)
            assert secret not in markdown and markdown_escape(secret) not in markdown, (sid, secret)
            checked += 1
        for e in result.exercises:
            for t in (t for t in e.tests if t.hidden):
                li = parsed.test(e.name, t.name)
                assert "hidden" in li["classes"] and t.name in li["text"]
                assert OUTCOME[t.status] in li["text"] or "not checked" in li["text"]
                assert {tag for tag, _ in li["tags"]} <= {"div", "span", "code", "p"}, li["tags"]
                assert "Hint" not in li["text"] and (not t.description or t.description not in li["text"])
                line = next(line for line in markdown.splitlines() if f"`{t.name}` (hidden test)" in line)
                assert line.rstrip().endswith("points"), line
    assert checked >= 3  # ada's and dan's hidden failures, at least, carried something to hide


def test_a_hidden_tests_traceback_and_inputs_stay_hidden(results, pages):
    dan = _test(results["dan"], "mlp", "predict_threshold")
    assert dan.hidden and dan.status == "error" and SECRET in dan.message and 'File "mlp.py"' in dan.detail
    mlp = next(e for e in results["dan"].exercises if e.name == "mlp")
    assert all(t.status == "passed" for t in mlp.tests if not t.hidden)  # only the hidden test meets the raise
    ada = _test(results["ada"], "activations", "derivatives_on_large_inputs")
    assert ada.hidden and ada.status == "failed" and "array(" in ada.message
    for sid, test in (("dan", dan), ("ada", ada)):
        markdown, page = pages[sid]
        for text in (markdown, page, html.unescape(page)):
            assert SECRET not in text and "raise ValueError" not in text and 'File "mlp.py"' not in text
            assert test.message.splitlines()[0] not in text
        assert test.name in markdown and test.name in page
    # the same hint also belongs to a visible test of ada's, and is shown there, once
    assert Page(pages["ada"][1]).all_text().count(ada.hint) == 1


# ----------------------------------------------------------------------------- pictures


def test_bens_mlp_has_its_loss_curve_gradient_errors_and_decision_surface(results, pages):
    markdown, page = pages["ben"]
    parsed = Page(page)
    where = {
        "fit_trajectory": "loss_curve",
        "backward_gradient_check": "gradient_errors",
        "learns_xor": "decision",
    }
    for name, kind in where.items():
        assert kind in _test(results["ben"], "mlp", name).artifacts
        pictures = _pictures(parsed.test("mlp", name))
        assert list(pictures) == [kind], (name, pictures)
        assert pictures[kind]["alt"] == picture_words(kind, _test(results["ben"], "mlp", name).artifacts[kind])
    # backprop's gradient check has its own picture, next to its own test
    assert list(_pictures(parsed.test("backprop", "backprop_gradients"))) == ["gradient_errors"]
    # each picture's words are in the Markdown too, where the student reads without pictures
    assert "They first differ at epoch" in markdown
    assert "Too large: W1, b1, W2 and b2." in markdown
    assert "At the four XOR inputs" in markdown
    # a test that did not produce data has no picture
    assert _pictures(parsed.test("mlp", "forward")) == {}


def test_gate_pictures_sit_next_to_each_gate(results, pages):
    parsed = Page(pages["solutions"][1])
    for gate in ("AND", "OR", "NAND", "NOR"):
        pictures = _pictures(parsed.test("gates", f"gate_weights[{gate}]"))
        assert list(pictures) == ["gate"], gate
        assert "All four inputs land on the side" in pictures["gate"]["alt"]
    # the blank stubs left no weights to draw
    assert all(not _pictures(t) for t in Page(pages["exercises"][1]).tests.values())


def test_pictures_of_odd_data_are_drawn_or_skipped_never_fatal():
    odd = {
        "loss_curve": {"reference": [0.3, 0.2], "student": [float("nan"), 1e300, "x"]},
        "gradient_errors": {"errors": {"W1": None, "b1": 0.0, "W2": float("inf")}, "threshold": 1e-5},
        "decision": {"grid": [0.0, 1.0], "output": [0.1, 0.9], "points": [[0, 0]], "labels": [0]},
        "gate": {"name": "AND", "weights": [0, 0, 0], "truth": [0, 0, 0, 1]},
    }
    for kind, data in odd.items():
        png = picture_png(kind, data)
        assert png is None or png[:4] == b"\x89PNG", kind
        assert isinstance(picture_words(kind, data), str)
    assert picture_png("decision", {"grid": [0.0], "output": None}) is None


def test_a_picture_shows_the_verdict_its_check_recorded():
    """The check decides on the exact outputs which XOR inputs land on the wrong side; the picture
    and its words show that verdict, even where the stored surfaces agree to 6 digits."""
    grid = [0.0, 1.0]
    data = {"grid": grid, "output": [0.1, 0.9, 0.9, 0.5], "points": [[0, 0], [0, 1], [1, 0], [1, 1]],
            "labels": [0, 1, 1, 1]}  # fmt: skip
    below = dict(data, at=[0.1, 0.9, 0.9, 0.4999999], right=[True, True, True, False])
    above = dict(data, at=[0.1, 0.9, 0.9, 0.5000001], right=[True, True, True, True])
    assert "1 of 4 on the wrong side" in picture_words("decision", below)
    assert "all four on the right side" in picture_words("decision", above)
    # the same picture to 6 digits, but one point is marked wrong: two pictures, not one from the cache
    assert picture_png("decision", below) != picture_png("decision", above)
    gate = {"name": "AND", "weights": [0.5, 0, 0], "truth": [0, 0, 0, 1], "points": [[0, 0], [0, 1], [1, 0], [1, 1]],
            "fires": [1, 1, 1, 1], "right": [False, False, False, True]}  # fmt: skip
    assert "always fires. 1 of 4 inputs come out right; (0, 0) gives 1 where AND gives 0" in picture_words("gate", gate)


def test_the_checks_record_what_their_pictures_mark(results):
    """Does each picture's data carry the check's verdict: which XOR inputs land on the right side
    of 0.5, what each gate gives, and the epoch where the losses first differ?"""
    for sid in ("ben", "solutions"):
        decision = _test(results[sid], "mlp", "learns_xor").artifacts["decision"]
        assert decision["right"] == [(v >= 0.5) == bool(t) for v, t in zip(decision["at"], decision["labels"])]
    curve = _test(results["ben"], "mlp", "fit_trajectory").artifacts["loss_curve"]
    first = curve["first_difference"]
    student, reference = curve["student"], curve["reference"]
    assert all(math.isclose(s, r, rel_tol=1e-5) for s, r in zip(student[:first], reference))
    assert not math.isclose(student[first], reference[first], rel_tol=1e-5)
    assert _test(results["solutions"], "mlp", "fit_trajectory").artifacts["loss_curve"]["first_difference"] is None
    for gate in ("AND", "OR", "NAND", "NOR"):
        data = _test(results["solutions"], "gates", f"gate_weights[{gate}]").artifacts["gate"]
        assert data["fires"] == data["truth"] and data["right"] == [True] * 4


# ----------------------------------------------------------------------------- writing the files


def test_write_feedback_writes_both_files_complete_through_a_rename(results, tmp_path, monkeypatch):
    folder = tmp_path / "ben"
    renames = []
    real_replace = os.replace

    def spy(src, dst):
        src, dst = os.fspath(src), os.fspath(dst)
        with open(src, encoding="utf-8") as handle:
            renames.append((src, dst, handle.read()))
        real_replace(src, dst)

    monkeypatch.setattr(atomic_write.os, "replace", spy)
    write_feedback(results["ben"], folder)
    assert sorted(p.name for p in folder.iterdir()) == ["feedback.html", "feedback.md"]
    assert {os.path.basename(dst) for _, dst, _ in renames} == {"feedback.md", "feedback.html"}
    for src, dst, text in renames:
        assert os.path.dirname(src) == os.path.dirname(dst) == str(folder)  # same folder: a rename, not a copy
        assert os.path.basename(src).startswith(".") and src != dst
        assert text == (folder / os.path.basename(dst)).read_text(encoding="utf-8")
    assert (folder / "feedback.md").read_text(encoding="utf-8") == render_markdown(results["ben"])
    assert (folder / "feedback.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


def test_a_failed_write_leaves_the_old_files_and_no_debris(results, tmp_path, monkeypatch):
    folder = tmp_path / "ada"
    write_feedback(results["ada"], folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_write.os, "replace", disk_full)
    with pytest.raises(OSError):
        write_feedback(results["ben"], folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before

    monkeypatch.undo()

    def broken(result, **kwargs):
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(feedback, "render_html", broken)
    with pytest.raises(RuntimeError):
        write_feedback(results["ben"], folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # not even the Markdown changed


# ----------------------------------------------------------------------------- the instructor's summary


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
    sigmoid = _test(results["ada"], "activations", "sigmoid_derivative").hint
    assert sigmoid == _test(results["ada"], "activations", "derivatives_on_large_inputs").hint
    assert by_hint[sigmoid] == 1  # two of ada's tests gave it: one student
    cross_entropy = _test(results["ben"], "mlp", "backward_gradient_check").hint
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
            outcomes = [_test(r, e.name, t.name).status for r in results.values()]
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
