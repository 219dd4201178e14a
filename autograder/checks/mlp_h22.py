"""Checks and hints of the mlp exercise the twenty-second held-out corpus asked for: predict on a network with
several outputs (an assert that refuses it, or one label where one per output belongs), judged only where the
student's own forward gives the outputs it should. Loaded by the mlp checks with ``load_sibling``; readers run only
once a check has failed, and never raise."""

import ast

import numpy as np

from autograder.grading.compare import CheckFailed, expect_close
from autograder.grading.function_source import function, statement_line
from autograder.sandbox.session import StudentError

TWO_OUT = (2, 3, 2)
SHIFT = 0.3  # the output biases +0.3 and -0.3: every output sigmoid(0.3) = 0.574 (class 1) or sigmoid(-0.3) = 0.426

SEVERAL = (
    "For a network with {k} outputs (output_size = {k}), which the spec allows, your predict {what}: predict gives one "
    "0/1 label per output, an (m, output_size) integer array, (self.forward(X) >= 0.5).astype(int) on the whole "
    "array forward returns. {fix}"
)


def _assert_line(student):
    source, node = function(student, "mlp", "MLP.predict")
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.Assert):
            return statement_line(source, sub), sub.lineno
    return None


def expect_predict_per_output(student, params, X, seed):
    """predict(X) on a network with two outputs, one at sigmoid(0.3) and one at sigmoid(-0.3) for every sample,
    gives [1, 0] on every row. Judged only where the student's forward on that network gives those outputs."""
    batch = student.batch()
    weights = {"W1": params["W1"].copy(), "b1": params["b1"].copy(), "W2": np.zeros((TWO_OUT[1], 2)),
               "b2": np.array([[SHIFT, -SHIFT]])}
    calls = []
    for method in ("forward", "predict"):
        net = batch.invoke("MLP", TWO_OUT, {"lr": 0.1, "seed": 0})
        batch.set_many({name: value.copy() for name, value in weights.items()}, on=net)
        calls.append(batch.invoke(method, (X,), on=net))
    replies = batch.run()
    m = len(X)
    want = 1.0 / (1.0 + np.exp(-np.tile([SHIFT, -SHIFT], (m, 1))))
    try:
        if not np.allclose(np.asarray(replies[calls[0]], dtype=float), want, rtol=1e-6, atol=1e-9):
            return  # forward is wrong for two outputs: its own checks say why
    except Exception:  # noqa: BLE001 - forward raised, or gave no numbers: its checks name it
        return
    call = f"predict(X) on a network with 2 outputs, every row of forward(X) [0.574, 0.426] (seed {seed})"
    try:
        got = replies[calls[1]]
    except StudentError as exc:
        if not exc.own_exception:
            raise
        found = _assert_line(student) if exc.raised == "AssertionError" else None
        if found is not None:
            what = f"stops with AssertionError at line {found[1]} of your mlp.py, `{found[0]}`"
            fix = "Remove the assert: a network with one output is only one case."
        else:
            what = f"raises {exc.raised}"
            fix = "Write predict so that it works on forward's whole output, whatever its number of columns."
        raise CheckFailed(f"{call} raised {exc.raised}: {exc.raised_message}",
                          hint=SEVERAL.format(what=what, k=2, fix=fix)) from None
    expect_close(got, np.tile([1, 0], (m, 1)), call=call,
                 hint=lambda: SEVERAL.format(what=f"gives shape {np.shape(got)} where ({m}, 2) belongs" if np.shape(got) != (m, 2)
                                             else "gives the wrong labels", k=2,
                                             fix="Threshold every output, not only the first column."))
