"""Feedback students can read, from real grading results: every test with its points, hidden
tests kept hidden, the pictures with the verdicts their checks recorded, and atomic writes."""

import base64
import html
import math
import os
import struct

import pytest
from feedback_kit import SECRET, Page, graded_class, result_of

from autograder import atomic_write
from autograder.grading.results import points_text
from autograder.report import feedback
from autograder.report.feedback import write_feedback
from autograder.report.html import render_html
from autograder.report.markdown import escape as markdown_escape
from autograder.report.markdown import render_markdown
from autograder.report.pictures import picture_png, picture_words
from autograder.report.words import OUTCOME


@pytest.fixture(scope="module")
def results(course, tmp_path_factory):
    return graded_class(course, tmp_path_factory.mktemp("dan"))


@pytest.fixture(scope="module")
def pages(results):
    return {sid: (render_markdown(r), render_html(r)) for sid, r in results.items()}


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
    test = result_of(results["ben"], "mlp", "backward_gradient_check")
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
    dan = result_of(results["dan"], "mlp", "predict_threshold")
    assert dan.hidden and dan.status == "error" and SECRET in dan.message and 'File "mlp.py"' in dan.detail
    mlp = next(e for e in results["dan"].exercises if e.name == "mlp")
    assert all(t.status == "passed" for t in mlp.tests if not t.hidden)  # only the hidden test meets the raise
    ada = result_of(results["ada"], "activations", "derivatives_on_large_inputs")
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
        assert kind in result_of(results["ben"], "mlp", name).artifacts
        pictures = _pictures(parsed.test("mlp", name))
        assert list(pictures) == [kind], (name, pictures)
        assert pictures[kind]["alt"] == picture_words(kind, result_of(results["ben"], "mlp", name).artifacts[kind])
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
        "loss_curve": {"reference": [0.3, 0.2], "student": [float("nan"), 1e300, "x"], "first_difference": 0},
        "gradient_errors": {"errors": {"W1": None, "b1": 0.0, "W2": float("inf")}, "threshold": 1e-5, "within": ["b1"]},
        "decision": {"grid": [0.0, 1.0], "output": [0.1, 0.9], "points": [[0, 0]], "labels": [0], "at": [0.1],
                     "right": [True]},
        "gate": {"name": "AND", "weights": [0, 0, 0], "truth": [0, 0, 0, 1], "points": [[0, 0], [0, 1], [1, 0], [1, 1]],
                 "fires": [0, 0, 0, 0], "right": [True, True, True, False]},
    }
    for kind, data in odd.items():
        png = picture_png(kind, data)
        assert png is None or png[:4] == b"\x89PNG", kind
        assert isinstance(picture_words(kind, data), str)
    assert picture_png("decision", {"grid": [0.0], "output": None}) is None
    assert picture_words("gate", {"name": "AND", "weights": [0, 0, 0]}) == ""  # no verdict recorded: nothing said


def test_a_gradient_picture_says_what_its_check_decided():
    data = {"errors": {"W1": 2e-6, "b1": 3e-6}, "threshold": 1e-5, "within": ["W1"]}
    words = picture_words("gradient_errors", data)
    assert "Within it: W1." in words and "Too large: b1." in words  # b1's verdict is the check's, not the picture's


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
        decision = result_of(results[sid], "mlp", "learns_xor").artifacts["decision"]
        assert decision["right"] == [(v >= 0.5) == bool(t) for v, t in zip(decision["at"], decision["labels"])]
    curve = result_of(results["ben"], "mlp", "fit_trajectory").artifacts["loss_curve"]
    first = curve["first_difference"]
    student, reference = curve["student"], curve["reference"]
    assert all(math.isclose(s, r, rel_tol=1e-5) for s, r in zip(student[:first], reference))
    assert not math.isclose(student[first], reference[first], rel_tol=1e-5)
    assert result_of(results["solutions"], "mlp", "fit_trajectory").artifacts["loss_curve"]["first_difference"] is None
    for gate in ("AND", "OR", "NAND", "NOR"):
        data = result_of(results["solutions"], "gates", f"gate_weights[{gate}]").artifacts["gate"]
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
