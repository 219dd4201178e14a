"""The reading of a function that answers the same question twice in two ways (``checking/asked_again.py``):
its comparisons and its reading of the student's text, pure; the whole path runs in the corpus
(``tests/corpus/asked_again_cases.py``)."""

import numpy as np

from autograder.checking.asked_again import _first_difference, _same, _where, asked_again_hint
from autograder.checking.kept_state import store_outliving_a_call
from autograder.grading.compare import CheckFailed
from autograder.sandbox.wire import Handle


class _Files:
    def __init__(self, source):
        self.session = type("S", (), {"files": {"loss.py": source}})()


def test_the_same_answer_is_the_same_whatever_its_kind():
    assert _same(np.array([1.0, np.nan]), np.array([1.0, np.nan]))
    assert _same({"w1": 0.5, "losses": [1.0, 2.0]}, {"w1": 0.5, "losses": [1.0, 2.0]})
    assert _same(0.1 + 0.2, 0.30000000000000004)


def test_answers_that_differ_in_value_kind_length_or_dtype_are_not_the_same():
    assert not _same(np.array([1.0, 2.0]), np.array([1.0, 2.1]))
    assert not _same([1.0], [1.0, 1.0])
    assert not _same(1, 1.0)
    assert not _same(np.array([1, 0]), np.array([1.0, 0.0]))
    assert not _same({"a": 1.0}, {"b": 1.0})


def test_the_first_difference_is_found_inside_containers():
    first = ({"w1": 0.5, "w2": 0.25}, [1.0, 2.0, 3.0])
    again = ({"w1": 0.5, "w2": 0.25}, [1.0, 2.5, 3.0])
    assert _first_difference(first, again) == ("[1][1]", 2.0, 2.5)
    assert _first_difference({"w1": 0.5}, {"w1": 0.75}) == ("['w1']", 0.5, 0.75)
    assert _first_difference(1.0, 2.0) == ("", 1.0, 2.0)


def test_where_names_a_global_a_mutable_default_or_a_value_on_the_function():
    glob = "def mse_loss(t, p):\n    global SEEN\n    SEEN += 1\n    return SEEN\n"
    default = "def mse_loss(t, p, kept=[]):\n    kept.append(1)\n    return len(kept)\n"
    on_itself = "def mse_loss(t, p):\n    mse_loss.n = 1\n    return 0\n"
    plain = "def mse_loss(t, p):\n    return 0\n"
    assert "global SEEN" in _where(_Files(glob), "loss", "mse_loss")
    assert "default argument [] is made once" in _where(_Files(default), "loss", "mse_loss")
    assert "on the function itself (mse_loss.n)" in _where(_Files(on_itself), "loss", "mse_loss")
    assert _where(_Files(plain), "loss", "mse_loss") == ""


def test_a_check_with_its_own_reading_keeps_it_and_a_check_that_asked_nothing_says_nothing():
    session = type("S", (), {"first_answers": {}})()
    read_off = CheckFailed("f(x): 2 of 2 values differ", hint="Every value is 1.5 times the right one",
                           read_off_values=True)
    own = CheckFailed("f(x): 2 of 2 values differ", hint="Your f changes the caller's data")
    assert asked_again_hint(session, read_off, read_off.hint) == read_off.hint  # nothing was asked
    assert asked_again_hint(session, own, own.hint) == own.hint
    session.first_answers[("loss", "mse_loss")] = ("mse_loss(...)", [], {}, Handle(1, "Thing"))
    assert asked_again_hint(session, read_off, None) is None  # an object of the child's is no answer to compare


def test_where_names_random_numbers_drawn_without_a_seed():
    unseeded = "def mse_loss(t, p):\n    rng = np.random.default_rng()\n    return rng.normal()\n"
    seeded = "def mse_loss(t, p):\n    rng = np.random.default_rng(0)\n    return rng.normal()\n"
    assert "np.random.default_rng, not seeded" in _where(_Files(unseeded), "loss", "mse_loss")
    assert _where(_Files(seeded), "loss", "mse_loss") == ""


def test_a_store_that_outlives_the_call_is_found_in_the_asked_function_first():
    source = ("COUNTS = {}\n\ndef helper(x):\n    COUNTS['h'] = 1\n    return x\n\n"
              "def mse_loss(t, p):\n    mse_loss.n = len(p)\n    return 0\n")
    assert store_outliving_a_call(source, "mse_loss")[:2] == ("mse_loss", 8)
    assert store_outliving_a_call(source, "other")[:2] == ("helper", 4)


def test_the_stores_that_outlive_a_call_each_have_their_words():
    assert "assigns the global TOTAL" in store_outliving_a_call("def f(x):\n    global TOTAL\n    TOTAL = x\n")[3]
    assert "made once when def runs" in store_outliving_a_call("def g(x, seen=[]):\n    seen.append(x)\n")[3]
    assert "HISTORY, which belongs to the module, with .append()" in store_outliving_a_call(
        "HISTORY = []\ndef f(x):\n    HISTORY.append(x)\n")[3]
    assert "belongs to the module" in store_outliving_a_call(
        "def f(x):\n    kept = globals().setdefault('K', {})\n    kept[x] = 1\n")[3]


def test_calls_that_keep_nothing_beyond_the_call_are_not_stores():
    clean = ("W = [1.0, 2.0]\n\ndef f(x, out=None):\n    total = []\n    total.append(x)\n    w = list(W)\n"
             "    w[0] = 3.0\n    return total\n\nclass Net:\n    def fit(self):\n        self.w = 1\n")
    assert store_outliving_a_call(clean) is None
    assert store_outliving_a_call("def broken(:\n") is None


def test_no_more_than_a_few_fresh_children_are_started_for_one_submission():
    from autograder.checking.kept_state import MOST_FRESH_STARTS, kept_state_hint

    class Spent:  # a session that has started its fresh children already: asking must not start another
        files = {"loss.py": "def mse_loss(t, p):\n    global N\n    N = len(p)\n    return N\n"}
        fresh_starts = MOST_FRESH_STARTS
        sandbox = None  # a Session made on it would fail: none may be

    assert kept_state_hint(Spent(), "loss", "mse_loss", "mse_loss(...)", [], {}, 1.0, _same, None, None) is None
