"""A hint's stock story is told only where the student's code can have it (``grading.claims``)."""

import ast
import textwrap
from pathlib import Path

from autograder.grading import claims
from autograder.grading.tracebacks import Frame

ROOT = Path(__file__).resolve().parents[1]


def _evidence(source, frames=(), raised="", message=""):
    tree = ast.parse(textwrap.dedent(source))
    functions = claims.functions_named(tree, claims.defined_names(tree))
    return claims.Evidence(functions, tuple(Frame("mlp.py", 1, name, "") for name in frames), raised, message)


STOPS_EARLY = ("Your result holds the first 39 of the 40 values, all right: the loop that builds it stops too early. "
               "Count its passes (range(n) runs n times).")  # fmt: skip


def _texts_of_the_kit() -> str:
    """Every string the kit's own code holds (implicit concatenations joined, f-strings' fixed parts)."""
    found = []
    for path in (ROOT / "autograder").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append(node.value)
            elif isinstance(node, ast.JoinedStr):
                found.append("".join(p.value if isinstance(p, ast.Constant) else "{}" for p in node.values))
    return "\n".join(found)


def test_every_marker_is_words_a_hint_of_the_kit_says():
    texts = _texts_of_the_kit()
    missing = [claim.marker for claim in claims.CLAIMS if claim.marker not in texts]
    assert not missing, f"these stories are no longer told anywhere (reworded?): {missing}"


def test_a_returned_slice_replaces_the_loop_that_stops_early():
    sliced = _evidence("""
        def fit(self, X, y, epochs):
            losses = []
            for epoch in range(epochs):
                losses.append(self.loss(X, y))
            return losses[:epoch]
    """)
    said = claims.vet(STOPS_EARLY, sliced)
    assert "stops too early" not in said and "`return losses[:epoch]`" in said
    short = _evidence("""
        def fit(self, X, y, epochs):
            losses = []
            for epoch in range(epochs - 1):
                losses.append(self.loss(X, y))
            return losses
    """)
    assert claims.vet(STOPS_EARLY, short) == STOPS_EARLY


def test_how_fit_calls_its_parts_only_when_the_error_came_from_a_part():
    hint = "Your fit raised IndexError (...): the mistake is in how fit calls them. Pass each method what it takes."
    code = "def fit(self, X, y, epochs):\n    pass\ndef backward(self, X, y):\n    pass\n"
    assert claims.vet(hint, _evidence(code, ["fit"], "IndexError", "index 4 is out of bounds")) is None
    assert claims.vet(hint, _evidence(code, ["fit", "backward"], "ValueError", "shapes")) == hint
    refused = _evidence(code, ["fit"], "TypeError", "backward() takes 3 positional arguments but 2 were given")
    assert claims.vet(hint, refused) == hint
    assert claims.vet(hint, _evidence(code)) == hint  # no frames: nothing tells, the story stays


def test_other_paragraphs_of_a_hint_stay():
    hint = f"Your fit's second value is wrong.\n\n{STOPS_EARLY}"
    sliced = _evidence("def fit(self):\n    return self.losses[:3]\n")
    said = claims.vet(hint, sliced)
    assert said.startswith("Your fit's second value is wrong.\n\n") and "stops too early" not in said


def test_a_loop_over_a_pair_is_read_as_such():
    hint = "Your train unpacks each row of data into two names, as for x, y_true in data does."
    pair = _evidence("""
        def train(params, data, all_y_trues, lr, epochs):
            for x, y_true in data, all_y_trues:
                pass
    """)
    said = claims.vet(hint, pair)
    assert "loops over the pair (data, all_y_trues)" in said and "zip(data, all_y_trues)" in said
    rows = _evidence("def train(params, data, all_y_trues):\n    for x, y_true in data:\n        pass\n")
    assert claims.vet(hint, rows) == hint


def test_a_list_changed_by_pop_is_named_where_no_alias_is():
    hint = "Your function changed a list it was given. outputs = biases does not copy the list: both names refer to it."
    popped = _evidence("""
        def layer_output(inputs, weights, biases):
            return [sum(w * x for w, x in zip(row, inputs)) + biases.pop(0) for row in weights]
    """)
    said = claims.vet(hint, popped)
    assert "`biases.pop(0)`" in said and "outputs = biases" not in said
    aliased = _evidence("def layer_output(inputs, weights, biases):\n    outputs = biases\n    return outputs\n")
    assert claims.vet(hint, aliased) == hint


def test_the_whole_arrays_maximum_only_where_one_is_taken():
    hint = "0 / 0 is nan: subtract from each row its own maximum, not the maximum of the whole array."
    per_row = _evidence("def softmax(z):\n    e = np.exp(z - np.max(z, axis=-1, keepdims=True))\n    return e / e.cumsum()\n")
    assert claims.vet(hint, per_row) is None
    for whole in ("np.max(z)", "z.max()", "max(z)"):
        assert claims.vet(hint, _evidence(f"def softmax(z):\n    return np.exp(z - {whole})\n")) == hint


def test_a_hint_is_kept_whole_when_the_code_cannot_be_read():
    assert claims.vet(STOPS_EARLY, None) == STOPS_EARLY
    assert claims.vet(STOPS_EARLY, claims.Evidence(())) == STOPS_EARLY
    assert claims.vet(None, _evidence("def f():\n    return 1\n")) is None


class _Session:
    """What ``vetted`` reads of a submission's session: its files and the answers the check asked for."""

    def __init__(self, files):
        self.files, self.first_answers = files, {}


MLP_SOURCE = """class MLP:
    def fit(self, X, y, epochs):
        losses = np.zeros(len(X))
        for epoch in range(epochs):
            losses[epoch] = self.loss(X, y)
        return losses
"""
FIT_ERROR = 'Traceback (most recent call last):\n  File "mlp.py", line 5, in fit\n    losses[epoch] = self.loss(X, y)\n'


def test_a_story_is_vetted_against_the_submissions_own_file_and_error():
    from autograder.checking.second_look import vetted
    from autograder.grading.compare import CheckFailed
    from autograder.sandbox.session import StudentError

    hint = "Your fit raised IndexError: the mistake is in how fit calls them. Pass each method what it takes."
    raised = StudentError("fit raised", FIT_ERROR, raised="IndexError", raised_message="index 4 is out of bounds")
    session = _Session({"mlp.py": MLP_SOURCE})
    assert vetted(session, "mlp", raised, hint) is None
    try:  # a check that caught the error and failed in words still has it as its cause
        try:
            raise raised
        except StudentError:
            raise CheckFailed("fit failed", hint=hint) from raised
    except CheckFailed as failed:
        assert vetted(session, "mlp", failed, hint) is None
    deeper = StudentError("fit raised", FIT_ERROR + '  File "mlp.py", line 9, in loss\n    return 1\n',
                          raised="ValueError", raised_message="shapes")
    assert vetted(session, "mlp", deeper, hint) == hint
    assert vetted(_Session({"mlp.py": "def broken(:\n"}), "mlp", raised, hint) == hint  # unreadable: kept


def test_a_size_check_story_needs_a_guard_that_counts():
    hint = "Your mse_loss raised ValueError for inputs of the same shape: its size check saw fewer elements than the inputs hold."
    code = ("def mse_loss(y_true, y_pred):\n    if not np.all((y_true == 0) | (y_true == 1)):\n"
            "        raise ValueError('0 or 1')\n    if y_true.size != y_pred.size:\n        raise ValueError('size')\n")
    tree = ast.parse(code)
    functions = claims.functions_named(tree, {"mse_loss"})

    def raised_on(line, text):
        return claims.Evidence(functions, (Frame("loss.py", line, "mse_loss", text),), "ValueError", "x")

    assert claims.vet(hint, raised_on(3, "raise ValueError('0 or 1')")) is None
    assert claims.vet(hint, raised_on(5, "raise ValueError('size')")) == hint
