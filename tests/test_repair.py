"""The one change that makes a wrong function right (``grading/repairs.py`` makes the changes, pure;
``checking/repair.py`` runs them in a child of their own and keeps the one that answers as the spec does).

Graded end to end on submissions made of the solutions with one slip each: the hint names the line and the
mend; a change that only fits the check's own numbers, two places that both mend, or answers that are only
0s and 1s say nothing; a hostile function whose changed copies never end costs its time cap once and
changes no grade."""

import ast
import textwrap

import pytest
from kit import COURSE, SOLUTIONS, grade_in_parts, solution_files

from autograder.checking.repair import _rewritten
from autograder.grading.repairs import MOST_NODES, Change, changes
from autograder.intake.submission import Submission

REPAIRED = "answers every question this check asked of it"


def _function(source: str):
    return ast.parse(textwrap.dedent(source)).body[0]


def test_the_changes_hold_the_beginners_slips_and_leave_the_function_as_it_was():
    function = _function("""
        def slope(z):
            s = sigmoid(z)
            return s * (1.0 - z)
    """)
    before = ast.dump(function)
    made = {(c.line, c.before, c.after) for c in changes(function, frozenset({"sigmoid"}))}
    assert ast.dump(function) == before
    assert (4, "z", "s") in made  # a name for another
    assert (4, "s * (1.0 - z)", "s * (1.0 + z)") not in made and (4, "1.0 - z", "1.0 + z") in made  # an operator
    assert (3, "s = sigmoid(z)", "") in made  # a line too many
    for change in changes(function, frozenset({"sigmoid"})):
        compile(change.source, "changed", "exec")  # every copy is Python


def test_a_test_of_what_a_value_is_and_an_equality_with_a_number_are_not_turned_round():
    function = _function("""
        def f(z, d):
            if z.ndim == 0:
                return z
            return z / (d != 0).sum()
    """)
    made = [(c.before, c.after) for c in changes(function)]
    assert not any("ndim" in before for before, _ in made)
    assert not any(after.endswith("!= 1") or "(d != 1)" in after for _, after in made)


def test_a_call_is_not_put_round_a_setting_nor_round_a_whole_returned_value():
    function = _function("""
        def slope(z, alpha=0.1):
            out = np.where(z > 0, 1.0, alpha)
            return out
    """)
    afters = [c.after for c in changes(function, frozenset({"relu"}))]
    assert "relu(alpha)" not in afters and "relu(out)" not in afters
    assert "relu(z)" in afters


def test_a_function_far_larger_than_the_courses_gets_no_changes():
    body = "\n".join(f"    x{i} = x{i - 1} + {i}" for i in range(1, 120))
    function = ast.parse(f"def f(x0):\n{body}\n    return x119\n").body[0]
    assert sum(1 for _ in ast.walk(function)) > MOST_NODES
    assert changes(function) == []


@pytest.mark.parametrize("nested", ["[" * 190 + "z" + "]" * 190, "-(" * 190 + "z" + ")" * 190])
def test_a_hostile_nesting_gets_no_changes_and_stops_nothing(nested):
    function = ast.parse(f"def sigmoid(z):\n    return {nested}\n").body[0]
    made = changes(function)  # returns, whatever the depth: the grader never fails on a student's text
    assert isinstance(made, list)


def test_the_mend_is_shown_in_the_students_own_line():
    def change(before, after, span=None):
        return Change(1, before, after, "", 0, span)

    assert _rewritten('    d = d_o1 * p["w5"] * d_o1', change("p['w5']", "p['w6']")) == 'd = d_o1 * p["w6"] * d_o1'
    assert _rewritten("    return s * (1.0 - z)", change("z", "s")) == "return s * (1.0 - s)"
    assert _rewritten("    return z * (1.0 - z)", change("z", "s")) is None  # twice on the line, and no columns
    # with the columns the piece takes, the very one is changed, in the student's own quotes
    assert _rewritten("    z = np.asarray(z, dtype=float)", change("z", "sigmoid(z)", (19, 20))) == \
        "z = np.asarray(sigmoid(z), dtype=float)"
    assert _rewritten('    d = p["w5"] * z', change("p['w5']", "p['w6']", (8, 15))) == 'd = p["w6"] * z'


def test_a_change_knows_the_columns_of_what_it_changes():
    source = "def slope(z):\n    z = np.asarray(z, dtype=float)\n    return z * (1.0 - z)\n"
    function = ast.parse(source).body[0]
    wrapped = next(c for c in changes(function, frozenset({"sigmoid"})) if c.line == 2 and c.after == "sigmoid(z)")
    assert source.splitlines()[1][wrapped.span[0]:wrapped.span[1]] == "z"
    assert _rewritten(source.splitlines()[1], wrapped) == "z = np.asarray(sigmoid(z), dtype=float)"


def _with(module: str, old: str, new: str, name: str) -> Submission:
    files = solution_files()
    assert files[f"{module}.py"].count(old) == 1, old
    files[f"{module}.py"] = files[f"{module}.py"].replace(old, new)
    return Submission(name, SOLUTIONS, files)


SLIPS = [
    ("activations", "    s = sigmoid(z)\n    return s * (1.0 - s)", "    s = sigmoid(z)\n    return s * (1.0 - z)",
     "written `return s * (1.0 - s)`"),
    ("loss", "return float(np.mean((y_true - y_pred) ** 2))", "return float(np.sum((y_true - y_pred) ** 2))",
     "written `return float(np.mean((y_true - y_pred) ** 2))`"),
    ("backprop", 'd_L_d_h2 = d_L_d_o1 * p["w6"] * d_o1', 'd_L_d_h2 = d_L_d_o1 * p["w5"] * d_o1',
     'written `d_L_d_h2 = d_L_d_o1 * p["w6"] * d_o1`'),
    # methods: the object is made and used again as the check made and used it, with the changed method
    ("neuron", "total = np.dot(self.weights, inputs) + self.bias", "total = np.dot(self.weights, inputs) * self.bias",
     "written `total = np.dot(self.weights, inputs) + self.bias`, your Neuron.feedforward"),
    ("mlp", "return _sigmoid(A1 @ self.W2 + self.b2)", "return _sigmoid(A1 @ self.W2 - self.b2)",
     "written `return _sigmoid(A1 @ self.W2 + self.b2)`, your MLP.forward"),
]


@pytest.fixture(scope="module")
def graded():
    subs = [_with(module, old, new, f"slip_{module}") for module, old, new, _ in SLIPS]
    # two places that both mend it (the sign of the gradient, written on two lines): nothing is said
    subs.append(_with("loss", "return 2.0 * (y_pred - y_true.reshape(y_pred.shape)) / y_pred.size",
                      "g = y_true.reshape(y_pred.shape) - y_pred\n    return 2.0 * g / y_pred.size", "two_places"))
    # answers that are only 0s and 1s: a threshold at > (many changes fit a few 0s and 1s)
    subs.append(_with("gates", "return int(z >= 0.5)", "return int(z > 0.5)", "zeros_and_ones"))
    # a hostile function whose changed copies never end (a loop the copies turn endless): the cap, once
    subs.append(_with("loss", "return float(np.mean((y_true - y_pred) ** 2))",
                      "n = 0\n    while n < 1:\n        n = n + 1\n    return float(np.sum((y_true - y_pred) ** 2))", "endless"))
    return {r.submission: r for r in grade_in_parts(subs, course=COURSE)}


def _hints(result, exercise: str) -> list[str]:
    found = next(e for e in result.exercises if e.name == exercise)
    return [t.hint or "" for t in found.tests if t.status != "passed"]


@pytest.mark.parametrize("module, old, new, said", SLIPS, ids=[s[0] for s in SLIPS])
def test_a_one_token_slip_is_named_with_its_line_and_mend(graded, module, old, new, said):
    hints = _hints(graded[f"slip_{module}"], module)
    assert hints and any(said in h and REPAIRED in h for h in hints), hints
    first = next(h for h in hints if REPAIRED in h)
    assert first.startswith("Line ") and f"of your {module}.py" in first


def test_two_places_that_both_mend_or_answers_of_0s_and_1s_say_no_mend(graded):
    assert not any(REPAIRED in h for h in _hints(graded["two_places"], "loss"))
    assert not any(REPAIRED in h for h in _hints(graded["zeros_and_ones"], "gates"))


def test_changed_copies_that_never_end_cost_the_cap_and_change_no_grade(graded):
    endless = next(e for e in graded["endless"].exercises if e.name == "loss")
    plain = next(e for e in graded["slip_loss"].exercises if e.name == "loss")
    assert [t.status for t in endless.tests] == [t.status for t in plain.tests]
    assert endless.score == plain.score
    assert all(e.score == e.max_score for e in graded["endless"].exercises if e.name != "loss")
