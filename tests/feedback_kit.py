"""The class the feedback and summary tests grade: ben, ada, the solutions, the blank stubs and
dan (whose hidden test meets a raise), and an HTML parser for the pages they make."""

from html.parser import HTMLParser
from pathlib import Path

from kit import ROOT, SOLUTIONS

from autograder.grader import grade
from autograder.report.html import anchor
from autograder.intake.load import load_submission
from autograder.intake.submission import Submission

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


def _class_of_five(folder: Path) -> list[Submission]:
    """ben, the solutions, the blank stubs, ada and dan (only his mlp.py, in ``folder``)."""
    assert DAN_MLP != _SOLUTION_MLP
    students = [load_submission(ROOT / p) for p in ("examples/ben", "solutions", "exercises", "examples/ada")]
    return students + [Submission("dan", folder, {"mlp.py": DAN_MLP})]


def graded_class(course, folder: Path) -> dict:
    """The class of five graded on EXERCISES: {submission id: SubmissionResult}."""
    return {r.submission: r for r in grade(_class_of_five(folder), course=course, exercises=EXERCISES)}


def result_of(result, exercise, name):
    """The result of one test of one exercise."""
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
