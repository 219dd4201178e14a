"""Are points, comparisons and gradient checks right on their own (pure logic, no processes)?"""

import itertools
import json
from decimal import Decimal

import numpy as np
import pytest

from autograder.grading import gradcheck
from autograder.grading.compare import (
    BOOL_HINT,
    INTEGER_HINT,
    CheckFailed,
    Misconception,
    _close,
    describe,
    diagnose,
    expect_close,
    expect_float,
    expect_unchanged,
    is_number,
    kind_of,
    list_error_hint,
    relative_error,
)
from autograder.grading.results import ExerciseResult, SubmissionResult, TestResult, points_text, split_points, to_cents


def test_points_are_shared_by_weight_in_hundredths_that_add_up_exactly():
    weights = [2, 2, 2, 1, 1, 1, 1, 1, 2]
    shares = split_points(10, weights)
    assert shares == [1.54, 1.54, 1.54, 0.77, 0.77, 0.77, 0.77, 0.77, 1.53]
    assert all(abs(share - 10 * w / 13) < 0.01 for share, w in zip(shares, weights))
    assert sum(to_cents(share) for share in shares) == 1000
    assert split_points(10, [1] * 7) == [1.43] * 6 + [1.42]
    tests = tuple(TestResult(f"t{i}", share, "passed") for i, share in enumerate(shares))
    assert ExerciseResult("gates", "Gates", 10, tests).score == 10


def test_one_rounding_rule_to_hundredths():
    assert [to_cents(x) for x in (1.005, 1.004999, 0.125, 2 / 3, 0)] == [101, 100, 13, 67, 0]
    assert [points_text(x) for x in (10, 19.5, 19.3213, 1.005, 0.0)] == ["10", "19.5", "19.32", "1.01", "0"]


def _awkward(credit) -> SubmissionResult:
    """Three exercises with awkward shares (7 tests for 10 points, 3 for 15, weights 1 to 5 for 75);
    ``credit(i)`` gives the credit of the i-th test (1 passes)."""
    exercises, i = [], 0
    for name, points, weights in [("gates", 10, [1] * 7), ("activations", 15, [1, 1, 1]),
                                  ("mlp", 75, [1, 2, 3, 4, 5, 1, 2])]:  # fmt: skip
        tests = []
        for w, share in zip(weights, split_points(points, weights)):
            c = credit(i)
            tests.append(TestResult(f"t{i}", share, "passed" if c == 1 else "failed", credit=c))
            i += 1
        exercises.append(ExerciseResult(name, name, points, tuple(tests)))
    return SubmissionResult("s", tuple(exercises))


def _exact_sums(record: dict) -> None:
    """Every number of a JSON record is, as decimal text, exactly the sum of its parts."""
    data = json.loads(json.dumps(record), parse_float=Decimal, parse_int=Decimal)
    for e in data["exercises"]:
        assert sum(t["score"] for t in e["tests"]) == e["score"], e["name"]
        assert sum(t["max_score"] for t in e["tests"]) == e["max_score"], e["name"]
    assert sum(e["score"] for e in data["exercises"]) == data["score"]
    assert sum(e["max_score"] for e in data["exercises"]) == data["max_score"]
    numbers = [data["score"]] + [x for e in data["exercises"] for t in e["tests"] for x in (t["score"], t["max_score"])]
    assert all(n == n.quantize(Decimal("0.01")) for n in numbers)  # two decimals at most


def test_a_perfect_student_scores_exactly_100_with_awkward_weights():
    result = _awkward(lambda i: 1)
    assert result.score == 100 and result.max_score == 100
    assert json.dumps(result.to_dict()["score"]) == "100.0"
    _exact_sums(result.to_dict())


@pytest.mark.parametrize("seed", range(5))
def test_partial_credit_sums_exactly_in_hundredths(seed):
    rng = np.random.default_rng(seed)
    credits = rng.choice([0.0, 1 / 3, 0.5, 2 / 3, 0.999, 1.0], size=17)
    result = _awkward(lambda i: float(credits[i]))
    _exact_sums(result.to_dict())
    _exact_sums(SubmissionResult.from_dict(result.to_dict(full=True)).to_dict())  # the same once stored
    for e in result.exercises:
        for t in e.tests:
            assert t.status == "passed" or t.score < t.max_score  # a test not passed never shows full points


def test_scores_are_derived_from_status_and_credit():
    passed = TestResult("a", 4, "passed")
    partial = TestResult("b", 9, "failed", credit=7 / 9)
    error = TestResult("c", 3, "error", credit=0.0)
    exercise = ExerciseResult("backprop", "Backprop", 16, (passed, partial, error))
    assert (passed.score, partial.score, error.score) == (4, pytest.approx(7), 0)
    assert exercise.score == 11 and exercise.passed == 1
    result = SubmissionResult("s", (exercise,))
    assert result.score == 11 and result.max_score == 16
    assert result.to_dict()["exercises"][0]["tests"][1] == {
        "name": "b", "score": 7.0, "max_score": 9, "status": "failed", "message": "", "hint": None, "hidden": False,
    }  # fmt: skip


def test_impossible_results_are_refused():
    with pytest.raises(ValueError):
        TestResult("a", 1, "passd")
    with pytest.raises(ValueError):
        TestResult("a", 1, "failed", credit=1.5)


def test_a_mismatch_message_says_where_and_by_how_much():
    with pytest.raises(CheckFailed) as info:
        expect_close(np.array([[1.0, 2.0], [3.0, 5.0]]), np.array([[1.0, 2.0], [3.0, 4.0]]), call="f(x)")
    message = info.value.message
    assert message.startswith("f(x):\n1 of 4 values differ")
    assert "at [1, 1]: expected 4, got 5" in message
    assert "largest absolute error 1, largest relative error 0.25" in message


def test_a_shape_mismatch_is_named_and_the_misconception_found():
    wrong = np.ones((3, 3))
    hint = Misconception("broadcast!", wrong)
    with pytest.raises(CheckFailed) as info:
        expect_close(wrong, np.ones(3), call="g()", misconceptions=[hint])
    assert info.value.message == "g(): expected shape (3,), got shape (3, 3)" and info.value.hint == "broadcast!"


def test_a_misconception_that_agrees_with_the_right_answer_gives_no_hint():
    expect_close([1.0, 2.0], [1.0, 2.0], call="h()", misconceptions=[Misconception("never shown", [1.0, 2.0])])
    assert diagnose([1.0, 2.0], [Misconception("other", [1.0, 3.0])]) is None


def test_non_numbers_are_refused_with_their_type():
    with pytest.raises(CheckFailed, match=r"f\(\) returned 'text' \(str\), not numbers"):
        expect_close("text", 1.0, call="f()")


def test_float_dtype_is_required_when_asked():
    with pytest.raises(CheckFailed, match="should have a float dtype"):
        expect_close(np.array([1, 0]), [1.0, 0.0], call="f()", float_dtype=True)


@pytest.mark.parametrize("value, hint", [(np.array([1, 0]), INTEGER_HINT), (np.int64(1), INTEGER_HINT),
                                         (np.array([True, False]), BOOL_HINT), (np.True_, BOOL_HINT)])
def test_a_result_of_the_right_values_but_not_floats_says_how_to_fix_it(value, hint):
    with pytest.raises(CheckFailed) as info:
        expect_close(value, np.asarray(value, dtype=float), call="f()", float_dtype=True)
    assert info.value.hint == hint
    assert (".astype(float)" in hint) == (hint is BOOL_HINT) and "np.asarray(z, dtype=float)" in INTEGER_HINT


def test_a_numpy_scalar_is_named_once_with_its_dtype():
    assert kind_of(np.True_) == "True (a NumPy bool scalar)"
    assert kind_of(np.float64(0.5)) == "0.5 (a NumPy float64 scalar)"


def test_one_number_is_a_python_or_numpy_scalar_or_a_0d_array_but_not_a_bool():
    assert all(is_number(v) for v in (1, 0.5, np.float64(2.0), np.int32(3), np.array(4.0)))
    assert not any(is_number(v) for v in (True, np.True_, np.array([1.0]), [1.0], "1", None, np.array(True)))
    assert expect_float(np.array(2.5), call="f()") == 2.5


def test_calls_on_lists_that_fail_as_unconverted_lists_fail_get_the_np_asarray_hint():
    fix = "y = np.asarray(y, dtype=float)"
    for raised, message in (("TypeError", "unsupported operand type(s) for -: 'list' and 'list'"),
                            ("AttributeError", "'list' object has no attribute 'shape'"),
                            ("TypeError", "can't multiply sequence by non-int of type 'float'")):
        assert fix in list_error_hint(raised, message, fix)
    for raised, message in (("ValueError", "'list' is not allowed"),  # not how lists fail arithmetic
                            ("TypeError", "unsupported operand type(s) for -: 'str' and 'int'"),
                            ("", "f([1.0]) raised TypeError: 'list' ...")):  # the sandbox's words are not what was raised
        assert list_error_hint(raised, message, fix) is None


def test_in_place_changes_are_caught_with_the_hint():
    expect_unchanged({"a": 1.0}, {"a": 1.0}, call="f()")
    with pytest.raises(CheckFailed) as info:
        expect_unchanged(np.zeros(2), np.ones(2), call="f(x)", what="x")
    assert info.value.message == "f(x) modified x in place" and "Work on a copy" in info.value.hint


def test_the_numerical_gradient_of_a_known_function():
    params = {"w": np.array([[1.0, -2.0]]), "b": 0.5}
    loss = lambda p: float(np.sum(p["w"] ** 2) + 3 * p["b"] ** 2)  # noqa: E731
    grads = gradcheck.gradient(loss, params)
    assert np.allclose(grads["w"], [[2.0, -4.0]], atol=1e-6) and grads["b"] == pytest.approx(3.0, abs=1e-6)
    assert params["w"].tolist() == [[1.0, -2.0]]  # untouched


def test_the_relative_error_has_a_floor():
    assert relative_error(1e-12, 0.0).item() == pytest.approx(1e-4)
    assert relative_error(1.0, -1.0).item() == 1.0
    assert relative_error(2.0, 2.0).item() == 0.0


def test_a_gradient_report_lists_every_parameter():
    report = gradcheck.compare_gradients({"w": [1.0, 2.0], "b": "x"}, {"w": np.array([1.0, 2.5]), "b": 1.0, "c": 0.0})
    assert report.failed == ["w", "b", "c"]
    text = gradcheck.format_report(report, "backward()")
    assert "3 of 3 gradients disagree" in text and "c: missing" in text and "WRONG" in text


def test_a_result_survives_a_round_trip_through_its_full_dict():
    tests = (
        TestResult("a", 4, "passed", credit=1.0, description="does a", artifacts={"loss_curve": {"student": [1.0, 0.5]}}),
        TestResult("b", 6, "failed", credit=0.5, message="wrong", hint="think", hidden=True, detail="tb"),
    )
    result = SubmissionResult("s", (ExerciseResult("mlp", "MLP", 10, tests, problem=""),))
    back = SubmissionResult.from_dict(result.to_dict(full=True))
    assert back == result and back.score == 7
    assert back.exercises[0].tests[0].artifacts == {"loss_curve": {"student": [1.0, 0.5]}}


def test_nan_is_counted_not_measured_and_zero_expected_has_no_relative_error():
    with pytest.raises(CheckFailed) as info:
        expect_close(np.array([np.nan, 1.0, 2.0]), np.array([0.5, 0.0, 2.0]), call="f()")
    message = info.value.message
    assert "2 of 3 values differ" in message and "1 of your values are nan or inf" in message
    assert "largest absolute error 1" in message and "relative" not in message


def test_a_float32_answer_that_misses_gets_the_float32_hint():
    with pytest.raises(CheckFailed) as info:
        expect_close(np.array([0.1234567], dtype=np.float32), [0.12345678901], call="f()", rtol=1e-9)
    assert "float32" in info.value.hint


@pytest.mark.parametrize("rtol, atol", [(1e-6, 1e-9), (1e-5, 1e-7), (0.0, 0.0)])
def test_closeness_agrees_with_numpy_isclose_on_edge_values(rtol, atol):
    values = [0.0, -0.0, 1.0, -1.0, 1e-10, 1 + 1e-7, 1 + 1e-5, np.inf, -np.inf, np.nan, 1e308, -1e308, 5e-324]
    a, b = (np.array(column) for column in zip(*itertools.product(values, values)))
    with np.errstate(all="ignore"):
        expected = np.isclose(a, b, rtol=rtol, atol=atol, equal_nan=True)
    assert (_close(a, b, rtol, atol) == expected).all()
    for x, y, want in zip(a, b, expected):  # one value at a time: the all-close shortcut
        assert bool(_close(np.asarray(x), np.asarray(y), rtol, atol)) == want, (x, y)


def test_small_arrays_are_described_by_their_entries():
    assert describe(np.array([-3.0, 0.25, 2.0])) == "array([-3.0, 0.25, 2.0], shape (3,))"
    assert describe(np.array([[1.5, np.nan], [-np.inf, 1e-7]])) == "array([[1.5, nan], [-inf, 1e-07]], shape (2, 2))"
    assert describe(np.array([1, 2])) == "array([1, 2], shape (2,))"
    assert describe(np.zeros((3, 4))) == "array of shape (3, 4) (float64)"


def test_the_kits_checks_never_use_assert():
    """grade_stream runs the kit's own checks without pytest's assertion rewriting (--assert=plain):
    a bare assert there would fail with no message, so the checks must raise CheckFailed instead."""
    import ast

    from autograder.course import CHECKS_DIR

    for path in sorted(CHECKS_DIR.glob("test_*.py")):
        asserts = [node.lineno for node in ast.walk(ast.parse(path.read_text())) if isinstance(node, ast.Assert)]
        assert not asserts, f"{path.name} uses assert on lines {asserts}"


def test_a_result_holds_its_maximum_in_hundredths_so_every_format_reads_one_number():
    test = TestResult("t", 1 / 3, "failed", credit=0.5)
    exercise = ExerciseResult("gates", "Gates", 2 / 3, (test,))
    assert (test.max_score, test.score, exercise.max_score) == (0.33, 0.17, 0.67)
    record = SubmissionResult("s", (exercise,), fingerprint="sha256:x").to_dict(full=True)
    assert record["exercises"][0]["tests"][0]["max_score"] == 0.33 and record["fingerprint"] == "sha256:x"
    assert "fingerprint" not in SubmissionResult("s", (exercise,), fingerprint="sha256:x").to_dict()
