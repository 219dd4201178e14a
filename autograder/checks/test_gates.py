"""Checks for exercise 1, ``gates``: threshold, perceptron, gate weights, XOR."""

from contextlib import contextmanager

import numpy as np
import pytest

from autograder.grading import generic_readers
from autograder.grading.compare import (
    TRUTH_VALUE,
    CheckFailed,
    Misconception,
    describe,
    diagnose,
    expect_close,
    expect_unchanged,
    fail_with,
    kind_of,
)
from autograder.checking.siblings import load_sibling
from autograder.sandbox.session import StudentError

hints = load_sibling(__file__, "gates_hints")  # sums read or thresholded wrong, bools, raw inputs in xor
arrays = load_sibling(__file__, "gates_array_hints")  # a flattened result, a threshold on abs(z)
inputs = load_sibling(__file__, "gates_inputs")  # lists, float arrays, Python and NumPy numbers
weight_hints = load_sibling(__file__, "gates_weight_hints")  # a perceptron that ignores its weights or cuts them
thresholds = load_sibling(__file__, "gates_threshold_hints")  # a bool or float for an int, a rounding or scaled threshold
xor_hints = load_sibling(__file__, "gates_xor_hints")  # an xor that hands back its first layer's outputs
forms = load_sibling(__file__, "gates_form_hints")  # weights as a set or one number, indices from 1, an xor that raises
own = load_sibling(__file__, "gates_h17")  # read from the student's code: np.clip, ~, a global, a packed call, .tolist()
h18, h19, h20, h21, h22, called = (load_sibling(__file__, m) for m in ("gates_h18", "gates_h19", "gates_h20", "gates_h21", "gates_h22", "gates_call_readers"))  # h18: np.where(z), XNOR...; h19: z returned, `in`; h20: round, x0, grids; h21: +(...), ~~, np.integer, stacks, vectorize; h22: asarray first, zeros_like, percent, bipolar, a loop overwriting

EXERCISE = "gates"

INPUTS = [(0, 0), (0, 1), (1, 0), (1, 1)]
TRUTH = {
    "AND": (0, 0, 0, 1),
    "OR": (0, 1, 1, 1),
    "NAND": (1, 1, 1, 0),
    "NOR": (1, 0, 0, 0),
}

ON_THRESHOLD = 1e-9  # a sum this close to 0.5 is on the threshold but for float rounding
STRICT_THRESHOLD = "At exactly z = 0.5 the perceptron must fire: use z >= 0.5, not z > 0.5."
ZERO_THRESHOLD = "The threshold is 0.5, not 0: fire where z >= 0.5."

# Each function and the parts it is built on, which must take arrays for it to take them.
BUILT_ON = {"threshold": (), "perceptron": ("threshold",), "xor": ("threshold", "perceptron")}
PART_ON_ARRAYS = {
    "threshold": (np.array([0.2, 0.7]),),
    "perceptron": (np.array([0, 1]), np.array([1, 1]), (-0.5, 0.6, 0.6)),
}


@contextmanager
def _element_wise(student, name, fix):
    """Calls of ``name`` on arrays: code that asks an array for one truth value (Python's and,
    or, not, if) fails the check with a hint instead of ending it as an error. When a part
    ``name`` is built on fails that way itself, the hint names that part."""
    try:
        yield
    except StudentError as exc:
        marker = next((m for m in (hints.RAGGED_MARK, hints.ONE_NUMBER_MARK) if m in exc.raised_message), TRUTH_VALUE)
        if marker not in exc.raised_message:
            exc.hint = (name == "perceptron" and own.tolist_hint(student, exc)) or exc.hint  # sums made a list
            raise
        hint = {hints.RAGGED_MARK: hints.RAGGED, hints.ONE_NUMBER_MARK: hints.one_number_text(name)}.get(marker, hints.PYTHON_LOGIC).format(fix=fix)
        for part in BUILT_ON[name]:
            try:
                student.call(part, *PART_ON_ARRAYS[part])
            except StudentError as inner:
                if marker in inner.raised_message:
                    hint = (f"{name} is built on your {part}, which cannot take arrays itself (see the check of "
                            f"{part}): fix {part} first, and {name} follows.")  # fmt: skip
                    break
        raise CheckFailed(f"{exc.message}\n  {name} must work element-wise on arrays", hint=h19.membership_hint(student, (name, *BUILT_ON[name])) or hint) from None


def _dtype_name(value) -> str:
    kind = getattr(getattr(value, "dtype", None), "kind", None)
    return {"f": "floats (0.0 and 1.0)", "b": "booleans (True and False)"}.get(kind, "no integer array")


def _threshold_gives(student):
    """What the student's threshold returns for the number 0.7 (None if it raises): asked only to
    say where a bool came from."""
    try:
        return student.call("threshold", 0.7)
    except StudentError:
        return None


def _is_int(value) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _threshold_hints(reference, z):
    """What common threshold mistakes give on ``z`` (the reference's mistakes asked whatever the answer)."""
    rounded = reference.mistakes.threshold_rounded(z)
    truncated = reference.mistakes.threshold_truncated(z)
    z = np.asarray(z, dtype=float)
    return [
        Misconception(thresholds.ROUNDS, rounded),
        Misconception(STRICT_THRESHOLD, (z > 0.5).astype(float)),
        Misconception(ZERO_THRESHOLD, (z >= 0).astype(float)), *h19.input_misconception(z),
        Misconception(hints.TRUNCATED, truncated),
        Misconception(arrays.MAGNITUDE.format(z="a sum of -0.5 or below"), arrays.magnitude_outputs(z)),
        *[Misconception(arrays.REVERSED.format(how=arrays.REVERSED_HOW[how]), outputs)
          for how, outputs in arrays.reversed_outputs(z).items()],
    ]


@pytest.mark.weight(2)
def test_threshold_on_numbers(student):
    """threshold(z) on Python numbers (np.float64 is one), including exactly 0.5, returns the int 0 or 1."""
    numbers = [0.5, 0.49999, 0.50001, 0.0, 0, 1, -2.5, 1000.0, -1000.0, np.float64(0.7), np.float64(0.5), np.float64(-0.3)]
    replies = h21.mapped(student, "threshold", [(z,) for z in numbers])
    beyond = [(z, got) for z, got in zip(numbers, replies) if _is_int(got) and got not in (0, 1)]
    if beyond:
        z, got = beyond[0]
        raise CheckFailed(f"threshold({z!r}) returned {got}; it may only return 0 or 1",
                          hint=hints.SIGN.format(got=got) if {g for _, g in beyond} == {-1} else thresholds.ROUNDS)  # fmt: skip
    for z, got in zip(numbers, replies):
        expected = int(z >= 0.5)
        call = f"threshold({z!r})"
        if not _is_int(got):
            raise CheckFailed(f"{call} returned {kind_of(got)}; for a number it should return the int {expected}",
                              hint=thresholds.none_hint(student, "threshold", f"the number {z!r}") if got is None
                              else h21.tilde_hint(student, got) or thresholds.int_hint("threshold", got))  # fmt: skip
        at_zero = all(_is_int(g) and g == int(n >= 0) for n, g in zip(numbers, replies))  # fires from 0 on
        hint = arrays.reversed_hint(numbers, replies) or (STRICT_THRESHOLD if z == 0.5 and got == 0 else (ZERO_THRESHOLD if at_zero else thresholds.BELOW_HALF.format(z=z)) if 0 <= z < 0.5 and got == 1 else arrays.magnitude_hint(numbers, replies))
        if got != expected:
            raise CheckFailed(f"{call}: expected {expected}, got {got}", hint=h20.rounds_hint(student, numbers, replies) or (got == 0 and z > 1 and h18.upper_bound_hint(student)) or h19.numbers_hint(student, numbers, replies, hint))
    h22.python_ints(student, lambda: inputs.expect_python_ints(numbers, replies))  # right values: now their kind (a NumPy integer is no Python int)


@pytest.mark.weight(2)
def test_threshold_on_arrays(student, reference, rng, seed):
    """threshold(z) on 1-D and 2-D arrays returns an integer array of the same shape."""
    edge = np.array([0.5, 0.4999999, 0.5000001, 0.0, -1000.0, 1000.0])
    cases = [
        (edge, "edge values"),
        (np.round(rng.uniform(-1, 2, size=(4, 5)), 2), f"random values (seed {seed})"),
        (np.full((2, 3), 0.5), "every entry exactly 0.5"),
        *[(z, "an array of one value") for z in thresholds.ONE_VALUE_ARRAYS],  # last: the rest judged first
    ]
    replies = student.map("threshold", [(z,) for z, _ in cases], echo=True)
    judged = []  # the cases judged so far
    try:
        _threshold_arrays(student, reference, cases, replies, judged)
    except (CheckFailed, StudentError) as wrong:  # an array of one element alone gone wrong, or a return too early
        fail_with(wrong, h21.threshold_error_hint(student, wrong) or h20.ufunc_hint(student, wrong) or h19.object_hint(student, wrong) or h18.where_hint(student, ("threshold",)) or (getattr(wrong, "hint", None) == hints.TRUNCATED and own.clip_hint(student)) or len(judged) > len(cases) - len(thresholds.ONE_VALUE_ARRAYS) and thresholds.one_value_hint(student)
                  or thresholds.after_return_hint(student) or h18.upper_bound_hint(student) or None)


def _threshold_arrays(student, reference, cases, replies, judged):
    """The check of threshold on arrays, case by case (each appended to ``judged`` as it is reached)."""
    replies = iter(replies)
    with _element_wise(student, "threshold", "Compare the whole array at once: (z >= 0.5).astype(int)."):
        for z, how in cases:
            judged.append(z)
            got, (z_after,), _ = next(replies)
            call = f"threshold(z) with z = {describe(z)} ({how})"
            expect_close(got, (z >= 0.5).astype(float), call=call, misconceptions=_threshold_hints(reference, z),
                         hint=lambda got=got, z=z: arrays.flattened_hint("threshold", got, z.shape) or forms.reduced_hint(student, got))
            if not (isinstance(got, np.ndarray) and got.dtype.kind in "iu"):
                raise CheckFailed(f"{call} returned {kind_of(got)}; it should be an integer array",
                                  hint=h22.like_dtype_hint(student, got) or h21.precedence_hint(student, got) or h21.tilde_hint(student, got) or thresholds.INTEGER_ARRAY.format(kind=_dtype_name(got)))
            expect_unchanged(z, z_after, call=call)


@pytest.mark.hidden
def test_threshold_on_numpy_numbers(student):
    """threshold(z) on NumPy's own numbers (np.int64, np.float32) returns the Python int 0 or 1, and on a 0-d
    array an integer array of shape () (the module's docstring)."""
    inputs.expect_numpy_numbers(student)


@pytest.mark.weight(2)
def test_perceptron_weighted_sum(student, reference, rng, seed):
    """perceptron(x1, x2, weights) is threshold(w0 + w1*x1 + w2*x2) for numbers and arrays."""
    cases = [(x1, x2, weights) for weights in inputs.telling_weights(rng) for x1, x2 in INPUTS]
    sums = reference.mistakes.weighted_sums(cases)  # asked whatever the answer: recorded
    one_input_twice = reference.mistakes.outputs_with_one_input_twice(cases)
    cut = [reference.mistakes.outputs_with_weights_cut(some) for some in (cases, weight_hints.WIDE_CASES)]
    off = inputs.OFF_TABLE  # inputs other than 0 and 1, asked in the same request
    off_expected = [reference.perceptron(*case) for case in off]
    changed = reference.mistakes.outputs_with_inputs_changed(off)  # asked whatever the answer: recorded
    off_sums = reference.mistakes.weighted_sums(off)
    try:
        replies = list(student.map("perceptron", cases + off))
    except StudentError as exc:
        exc.hint = h20.astype_hint(student, exc) or exc.hint or forms.index_hint(student, exc)
        raise
    replies, off_replies = replies[:len(cases)], replies[len(cases):]
    for (x1, x2, weights), got, z in zip(cases, replies, sums):
        expected = reference.perceptron(x1, x2, weights)
        call = f"perceptron({x1}, {x2}, {weights})"
        if not _is_int(got) and not (isinstance(got, np.ndarray) and got.shape == ()):
            raise CheckFailed(f"{call} returned {kind_of(got)}; it should return the int 0 or 1",
                              hint=thresholds.NO_THRESHOLD if diagnose(got, [Misconception("sum", z)])
                              else thresholds.none_hint(student, "perceptron", f"the numbers {x1}, {x2}") if got is None
                              else h21.stacked_hint(student, got) or h20.grid_hint(student, got) or forms.extra_axis_hint(student, got) or thresholds.int_hint("perceptron", got, _threshold_gives(student))
                              or hints.several_values_hint("perceptron", got, expected))  # fmt: skip
        if int(got) != expected:
            z = weights[0] + weights[1] * x1 + weights[2] * x2
            raise CheckFailed(f"{call}: the weighted sum is {z:.4g}, so expected {expected}, got {got}",
                              hint=called.sigmoid_hint(student, cases, replies) or thresholds.threshold_first_hint(student, sums, replies) or h22.bipolar_hint(cases, replies) or h20.x0_hint(student, cases, replies) or h18.normalised_hint(student, cases, replies) or forms.per_term_hint(student, cases, replies) or forms.confirmed_sum_hint(student, hints.weighted_sum_hint(cases, [int(g) for g in replies], one_input_twice), hints.SUMS, hints.WRONG_SUMS)
                              or weight_hints.weights_use_hint(student, [int(g) for g in replies], *cut, TRUTH) or thresholds.scaled_sum_hint(student, sums, [int(g) for g in replies]))  # fmt: skip
    inputs.expect_ints_from_numbers(student, cases, replies)
    x1 = rng.integers(0, 2, size=(3, 4))
    x2 = rng.integers(0, 2, size=(3, 4))
    weights = (-0.4, 0.5, 0.3)
    fix = "Compute z = w0 + w1 * x1 + w2 * x2 with NumPy arithmetic, which works on whole arrays, and pass z to threshold."
    with _element_wise(student, "perceptron", fix):
        got = student.call("perceptron", x1, x2, weights)
    expect_close(
        got,
        reference.perceptron(x1, x2, weights),
        call=f"perceptron(x1, x2, {weights}) with x1, x2 random 0/1 arrays of shape (3, 4) (seed {seed})",
        hint=lambda: arrays.flattened_hint("perceptron", got, x1.shape, " If your threshold flattens (see its check), fix it there.")
        or forms.threshold_first_hint(student, "perceptron"),
    )
    inputs.expect_lists_taken(student, reference, weights)
    inputs.expect_off_table(student, off, off_replies, off_expected, changed, off_sums)


def _sum_text(z: float) -> str:
    """A weighted sum for a message: exact (repr) when rounding would hide which side of 0.5 it is."""
    return repr(z) if abs(z - 0.5) < ON_THRESHOLD else f"{z:.4g}"


def _weights(student, name):
    weights = h19.weights_of(student, name)  # an annotation or a __main__ block for =: said
    call = f"{name}"
    if weights is None:
        raise CheckFailed(f"{name} is still None: replace it with a tuple of three numbers (w0, w1, w2)")
    if isinstance(weights, np.ndarray) and weights.shape == (3,):
        weights = weights.tolist()  # an array of three numbers does the job of a tuple
    if not isinstance(weights, (tuple, list)) or len(weights) != 3:
        raise CheckFailed(f"{call} should be a tuple of three numbers (w0, w1, w2), got {describe(weights)}",
                          hint=forms.joined_hint(student, name, weights) or h20.repeated_hint(student, name, weights) or hints.weights_length_hint(name, weights) or forms.weights_form_hint(student, name, weights))
    if not all(isinstance(w, (int, float, np.integer, np.floating)) and not isinstance(w, bool) for w in weights):
        raise CheckFailed(f"{call} should hold three numbers, got {describe(weights)}")
    try:
        return tuple(float(w) for w in weights)
    except OverflowError:  # an int no float holds
        raise CheckFailed(f"{call} should hold three numbers a float can hold, got {describe(weights)}") from None


@pytest.mark.parametrize("gate", list(TRUTH))
def test_gate_weights(student, gate, artifacts):
    """The gate's weights reproduce its truth table through a perceptron (any right weights count)."""
    weights = _weights(student, f"{gate}_WEIGHTS")
    sums = [weights[0] + weights[1] * a + weights[2] * b for a, b in INPUTS]
    got = tuple(int(z >= 0.5) for z in sums)  # the perceptron as the spec defines it, in float64
    artifacts["gate"] = {"name": gate, "weights": list(weights), "truth": list(TRUTH[gate]), "points": INPUTS,
                         "fires": list(got), "right": [g == t for g, t in zip(got, TRUTH[gate])]}  # fmt: skip
    wrong = [f"({x1}, {x2}) -> {g} (should be {t})" for (x1, x2), g, t in zip(INPUTS, got, TRUTH[gate]) if g != t]
    if wrong:
        hint = forms.source_hint(student, gate) or h22.scaled_hint(gate, weights, TRUTH[gate], INPUTS) or hints.gate_weights_hint(gate, sums, got, TRUTH[gate], INPUTS, ON_THRESHOLD)
        if hint.startswith(weight_hints.GENERIC_GATE_HINTS):  # which way the sums miss: another gate or a sign slip says more
            hint = (weight_hints.other_gate_hint(student, gate, weights, got, TRUTH, hint)
                    or h18.with_rows(weight_hints.sign_hint(gate, weights, TRUTH[gate]), gate, weights, TRUTH[gate], INPUTS)
                    or weight_hints.negated_hint(student, gate, weights, TRUTH, hint)
                    or h18.scaled_hint(gate, weights, TRUTH[gate], INPUTS) or weight_hints.decimal_hint(gate, weights, TRUTH[gate])
                    or (hint.startswith("Write down") and h18.rows_hint(gate, weights, TRUTH[gate], INPUTS)) or hint)
        raise CheckFailed(
            f"{gate}_WEIGHTS = {weights} gives the wrong output for {'; '.join(wrong)}\n"
            f"  weighted sums for (0,0), (0,1), (1,0), (1,1): {', '.join(_sum_text(z) for z in sums)}; "
            "the perceptron fires at >= 0.5",
            hint=hint,
        )


@pytest.mark.weight(2)
def test_xor_truth_table(student, reference):
    """xor(x1, x2) gives 0, 1, 1, 0 on the four inputs."""
    parts = _parts_expected(reference)
    try:
        got, replies = [], list(student.map("xor", INPUTS))
    except StudentError as exc:
        exc.hint = exc.hint or h22.return_in_loop_hint(student, exc) or own.xor_call_hint(student, exc) or forms.xor_error_hint(student, exc, lambda: _broken_part(student, parts), lambda name: _weights(student, name))
        raise
    for (x1, x2), value in zip(INPUTS, replies):
        if not (_is_int(value) or (isinstance(value, np.ndarray) and value.shape == () and value.dtype.kind in "iub")):
            raise CheckFailed(f"xor({x1}, {x2}) returned {kind_of(value)}; it should return the int 0 or 1",
                              hint=h21.logical_hint(student, value) or h18.flattened_hint(student, "xor", value) or called.stacked_hint(student, value) or (thresholds.none_hint(student, "xor", f"the numbers {x1}, {x2}") if value is None else
                                    thresholds.int_hint("xor", value, _threshold_gives(student))) or xor_hints.hint_on_numbers(replies)
                              or _broken_part(student, parts),
                              generic_hint=generic_readers.several_values_hint(value, x1 ^ x2, "xor"))  # fmt: skip
        got.append(int(value))
    expected = [0, 1, 1, 0]
    if got != expected:
        raise CheckFailed(
            f"xor on (0,0), (0,1), (1,0), (1,1) gave {got}, expected {expected}",
            hint=_xor_hint(student, parts, got),
        )
    h21.expect_xor_kind(student, replies, INPUTS, xor_hints)


PART_NUMBERS = [0.5, 0.2, 0.9, 0.0, 1.0, -1.0]


def _parts_expected(reference, arrays=False):
    """The calls that tell whether threshold and perceptron are right, and the reference's answers
    to them: ``{name: (calls, answers)}``; with ``arrays``, calls on arrays too. Asked whatever the
    student answered, so that a student's kit has them recorded."""
    gates = [getattr(reference, f"{gate}_WEIGHTS") for gate in ("AND", "OR", "NAND")]
    cases = [(a, b, weights) for weights in gates for a, b in INPUTS]
    numbers = [(z,) for z in PART_NUMBERS]
    if arrays:
        cases += [(np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1]), weights) for weights in gates]
        numbers.append((np.array(PART_NUMBERS),))
    return {"threshold": (numbers, [reference.threshold(*z) for z in numbers]),
            "perceptron": (cases, [reference.perceptron(*case) for case in cases])}  # fmt: skip


def _broken_part(student, parts):
    """A hint naming the first part xor is built on that is itself wrong (threshold, then
    perceptron), or None when both give the reference's answers (``parts``: ``_parts_expected``).

    A wrong part makes any guess about xor's own structure unreliable (a perceptron
    that leaves out w0 turns every xor into OR), so the part is named instead.
    """
    for name, (calls, expected) in parts.items():
        raised = False
        try:
            got = list(student.map(name, calls))
            right = all(np.array_equal(np.asarray(g, dtype=float), np.asarray(e, dtype=float)) for g, e in zip(got, expected))
        except (StudentError, TypeError, ValueError) as exc:
            right, raised = False, isinstance(exc, StudentError)
        if not right:
            return (f"xor is built on your {name}, which {'raises an error' if raised else 'gives wrong answers'} itself (see the check of {name}): "
                    f"fix {name} first, then look at xor again.")  # fmt: skip
    return None


def _xor_hint(student, parts, got):
    """Name a broken part first; then tell a wrong structure from the right one on top of wrong gate weights."""
    broken_part = (_broken_part(student, parts) or own.tilde_hint(student) or h18.minus_not_hint(student) or own.global_hint(student)
                   or own.unused_last_hint(student) or called.rebound_input_hint(student) or h22.overwritten_hint(student) or h22.return_in_loop_hint(student, None) or h18.xnor_hint(student, got) or h19.late_binding_hint(student) or h20.xor_hint(student, got))
    if broken_part:  # a wrong part first; then xor's own text: ~ or - for NOT, kept results, an earlier gate returned, XNOR
        return broken_part
    try:
        weights = {gate: _weights(student, f"{gate}_WEIGHTS") for gate in ("AND", "OR", "NAND")}
    except (CheckFailed, StudentError):
        weights = None
    if weights is not None:  # your perceptron is right (_broken_part found it so): run the gates on it
        first = {gate: [(a, b, weights[gate]) for a, b in INPUTS] for gate in ("AND", "OR", "NAND")}
        try:
            tables = {gate: [int(np.asarray(v)) for v in student.map("perceptron", calls)] for gate, calls in first.items()}
            second = [(o, n, weights["AND"]) for o, n in zip(tables["OR"], tables["NAND"])]
            layered = [int(np.asarray(v)) for v in student.map("perceptron", second)]
        except (StudentError, TypeError, ValueError):
            tables, layered = {}, None
        broken = [gate for gate, table in tables.items() if tuple(table) != TRUTH[gate]]
        if layered == got and broken:
            names = " and ".join(f"{gate}_WEIGHTS" for gate in broken)
            return (f"Your xor is built the right way, as AND(OR, NAND), but {names} give the wrong truth table: "
                    "fix those weights first (each gate must reproduce its own truth table).")  # fmt: skip
    tables = tables if weights is not None else {}
    said = xor_hints.arithmetic_hint(tables.get("OR", TRUTH["OR"]), tables.get("NAND", TRUTH["NAND"]), got) or hints.raw_input_hint(got)
    if said:  # the two outputs combined with arithmetic, or the raw inputs fed on
        return said
    looks_like = {tuple(v): k for k, v in TRUTH.items()}.get(tuple(got))
    slip = hints.recipe_slip_hint(got, TRUTH, INPUTS, looks_like)
    if slip:
        return slip
    if looks_like:
        return (f"Your xor computes {looks_like}. XOR is AND(OR(x1, x2), NAND(x1, x2)): "
                "feed the two first-layer outputs into a second perceptron.")  # fmt: skip
    return ("XOR is AND(OR(x1, x2), NAND(x1, x2)): compute OR and NAND of the inputs with perceptron, "
            "then feed those two outputs into a perceptron with AND_WEIGHTS.")


@pytest.mark.hidden
def test_xor_on_arrays(student, reference, rng, seed):
    """xor works element-wise on arrays of 0s and 1s."""
    x1 = rng.integers(0, 2, size=50)
    x2 = rng.integers(0, 2, size=50)
    parts = _parts_expected(reference, arrays=True)
    try:
        with _element_wise(student, "xor", hints.XOR_FIX):
            got, (x1_after, x2_after), _ = student.invoke("xor", (x1, x2), echo=True)
    except StudentError as exc:
        exc.hint = h21.xor_error_hint(student, exc) or exc.hint or own.xor_call_hint(student, exc) or forms.xor_error_hint(student, exc, lambda: _broken_part(student, parts), lambda name: _weights(student, name))
        raise
    call = f"xor(x1, x2) with x1, x2 random 0/1 arrays of shape (50,) (seed {seed})"
    try:
        expect_close(got, np.logical_xor(x1, x2).astype(float), call=call)
    except CheckFailed as wrong:
        table = inputs.truth_table(x1, x2, got)
        broken = _broken_part(student, parts)  # a part wrong itself: named before a reading of xor's own answer
        hint = _xor_hint(student, parts, table) if table else (xor_hints.hint_on_arrays(x1, x2, got) or broken)
        raise CheckFailed(wrong.message, hint=broken or own.global_hint(student) or called.reduced_hint(student, got) or wrong.hint or hint) from None
    expect_unchanged(x1, x1_after, call=call, what="x1")
    expect_unchanged(x2, x2_after, call=call, what="x2")
    inputs.expect_floats_and_lists(student)
