"""What the gates checks ask of the kinds of input the spec lets in: Python lists where arrays go,
float 0.0/1.0 arrays in xor, and Python and NumPy numbers in threshold (which give a Python int);
and the truth table read off an element-wise xor.

Loaded by ``test_gates.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading import function_source
from autograder.grading.compare import CheckFailed, describe, expect_close, fail_with, list_error_hint
from autograder.sandbox.session import StudentError

hints = load_sibling(__file__, "gates_hints")
thresholds = load_sibling(__file__, "gates_threshold_hints")
xor_hints = load_sibling(__file__, "gates_xor_hints")
zero_d = load_sibling(__file__, "gates_h17")  # a threshold that refuses 0-d arrays

INPUTS = [(0, 0), (0, 1), (1, 0), (1, 1)]  # the gate inputs, in the order of a truth table


def telling_weights(rng, count=6):
    """Random weight triples whose outputs on the four gate inputs tell slips apart: (0, 1) and (1, 0)
    give different outputs (so the gates are not symmetric and reading one input for the other shows),
    and no weighted sum lies within 1e-6 of the threshold (where the order of the additions decides)."""
    found = []
    while len(found) < count:
        weights = tuple(float(w) for w in np.round(rng.uniform(-1, 1, size=3), 2))
        sums = [weights[0] + weights[1] * x1 + weights[2] * x2 for x1, x2 in INPUTS]
        if (sums[1] >= 0.5) != (sums[2] >= 0.5) and min(abs(z - 0.5) for z in sums) > 1e-6:
            found.append(weights)
    return found


NUMPY_ANSWER = (
    "Your perceptron returns {kind} for two numbers, where your threshold gives a Python int for a number (a Python "
    "float or a NumPy float alike): what perceptron returns is not what your threshold gives for the weighted sum. "
    "The usual ways: the sum wrapped into an array before threshold (np.asarray(z) or np.array(z) makes a 0-d "
    "array, which takes threshold's array path), threshold's answer converted after it (np.int64(...), "
    "np.asarray(...)), or a comparison of perceptron's own in place of threshold. Pass the sum to threshold as it "
    "is, and return what threshold gives."
)
PART_FLOATS = (0.7, np.float64(0.7), 0.2, np.float64(0.2))


def expect_ints_from_numbers(student, cases, replies):
    """perceptron on two numbers gives what threshold gives for a number, a Python int (the spec: it returns
    threshold of the sum), where the student's own threshold gives Python ints for Python and NumPy floats
    (asked only where a reply is no Python int; else threshold's own checks judge it); ``replies`` are right
    in value."""
    at = next((k for k, got in enumerate(replies) if type(got) is not int), None)
    if at is None:
        return
    try:
        own = list(student.map("threshold", [(z,) for z in PART_FLOATS]))
    except StudentError:
        return
    if not all(type(value) is int for value in own):
        return
    x1, x2, weights = cases[at]
    kind = xor_hints.numpy_kind(replies[at]) or describe(replies[at])
    raise CheckFailed(f"perceptron({x1}, {x2}, {weights}) returned {kind}; for two numbers it should return what "
                      f"your threshold returns for a number, the Python int {int(replies[at])}",
                      hint=NUMPY_ANSWER.format(kind=kind))


def expect_lists_taken(student, reference, weights):
    """perceptron takes Python lists as it takes arrays: its docstring promises "array-like"."""
    x1, x2 = [0, 1, 1, 0], [0, 0, 1, 1]
    call = f"perceptron({x1}, {x2}, {weights}) with Python lists"
    convert = "x1, x2 = np.asarray(x1), np.asarray(x2), before the weighted sum"
    try:
        got = student.call("perceptron", x1, x2, weights)
    except StudentError as exc:
        hint = list_error_hint(exc.raised, exc.raised_message, convert)
        fail_with(exc, hint, also="\n  perceptron must take lists as it takes arrays")
    expect_close(got, reference.perceptron(np.array(x1), np.array(x2), weights), call=call,
                 hint=f"Convert the inputs first, {convert}, so that lists are computed as arrays are.")  # fmt: skip


def truth_table(x1, x2, got):
    """The four outputs for (0,0), (0,1), (1,0), (1,1) read off an element-wise answer, or None
    if the answer is not one 0/1 value per input pair."""
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != x1.shape:
        return None
    table = []
    for a, b in INPUTS:
        seen = set(got[(x1 == a) & (x2 == b)].tolist())
        if len(seen) != 1 or not seen <= {0.0, 1.0}:
            return None
        table.append(int(seen.pop()))
    return table


def expect_floats_and_lists(student):
    """xor takes float 0.0/1.0 arrays and Python lists as perceptron does (its docstring: scalars or
    arrays; the perceptrons it is built from take lists)."""
    pairs = [(np.array([0.0, 0.0, 1.0, 1.0]), np.array([0.0, 1.0, 0.0, 1.0]), "float arrays"),
             ([0, 0, 1, 1], [0, 1, 0, 1], "Python lists")]  # fmt: skip
    for x1, x2, what in pairs:
        call = f"xor({describe(x1)}, {describe(x2)}) ({what})"
        try:
            got = student.call("xor", x1, x2)
        except StudentError as exc:
            hint = hints.operator_hint(exc.raised_message)
            if hint is None and isinstance(x1, list) and exc.raised in ("TypeError", "AttributeError"):
                hint = ("xor must take lists as perceptron does: build it only from perceptron calls, which take "
                        "lists, or convert x1 and x2 with np.asarray first (if your perceptron fails on lists, "
                        "its own check says so: fix perceptron first).")  # fmt: skip
            fail_with(exc, hint, also=f"\n  xor must take {what}")
        expect_close(got, [0.0, 1.0, 1.0, 0.0], call=call)


def _kind(z) -> str:
    """The kind of number ``z`` is, in the words of a hint."""
    if isinstance(z, np.float64):
        return "np.float64 numbers (Python floats too, but NumPy's)"
    if isinstance(z, np.floating):
        return f"NumPy floats such as np.{type(z).__name__}"
    if isinstance(z, np.integer):
        return "NumPy integers such as np.int64"
    return "Python ints" if isinstance(z, int) else "Python floats"


def expect_python_ints(numbers, replies, spelled=repr):
    """threshold's right 0/1 answers to ``numbers`` are Python ints, not NumPy integers (which print alike):
    fails naming which kinds of number come back as NumPy integers and which do not."""
    wrong = [(z, got) for z, got in zip(numbers, replies) if not isinstance(got, int)]
    if not wrong:
        return
    z, got = wrong[0]
    bad = list(dict.fromkeys(_kind(z) for z, _ in wrong))
    good = list(dict.fromkeys(_kind(z) for z, g in zip(numbers, replies) if isinstance(g, int)))
    said = f"Your threshold gives a NumPy integer ({type(got).__name__}) for {' and '.join(bad)}"
    said += f", where it gives a Python int for {' and '.join(good)}" if good else ""
    raise CheckFailed(
        f"threshold({spelled(z)}) returned {got!r}, a NumPy integer ({type(got).__name__}); for a number it should return "
        f"the Python int {int(got)}",
        hint=(f"{said}. The right 0 or 1, but not the kind the spec asks for: a Python int for every number, Python's "
              "or NumPy's (np.float64 is what a weighted sum of numbers gives, so perceptron passes threshold one, "
              "and integer weights and inputs give np.int64). "
              f"{'Your test that picks the number path (an isinstance, say) lets these through to the array path, ' if good else 'Either these numbers take your array path, '}"
              f"{'' if good else 'or your number path builds a NumPy integer (np.int64(...), say), '}"
              "where a NumPy operation gives a NumPy scalar: let only real NumPy arrays (np.ndarray) take the array "
              "path, and give every other number back as a Python int, with int(...)."),
    )  # fmt: skip


# NumPy's own numbers, which are no Python int or float (np.float64 is one, and the visible check has it),
# and 0-d arrays, which the module's docstring sends down the array path; each beside the Python number of its
# value, so that a wrong but consistent threshold loses points only in its own checks
NUMPY_NUMBERS = [(np.int64(1), 1), (np.int64(0), 0), (np.int32(-3), -3), (np.int64(7), 7), (np.float32(0.75), 0.75),
                 (np.float32(0.25), 0.25), (np.float32(0.5), 0.5), (np.float32(-40.5), -40.5)]
ZERO_D = [(np.array(0.7), np.array([0.7])), (np.array(0.2), np.array([0.2])), (np.array(-6.25), np.array([-6.25])),
          (np.array(2), np.array([2]))]  # beside a 1-D array of one value: the array path, as the student wrote it
ZERO_D_HINT = (
    "Your threshold gives a Python {kind} for a 0-d NumPy array (np.array(0.7), an array with no axes), where the "
    "module's docstring sends every NumPy array, even a 0-d one, down the array path: the test that picks the number "
    "path looks at the number of dimensions or the size (np.ndim, np.isscalar of an item, .size == 1, say) where it "
    "should ask whether z is a NumPy array at all. Let every np.ndarray, 0-d ones too, take the array path."
)
PATH_VALUE = (
    "NumPy numbers take another path through your threshold than Python numbers do, and that path gives another "
    "answer: {said}. A NumPy number (np.int64, np.float32) is a number like any other: let it take the number path."
)
PATH_VALUE_0D = (
    "A 0-d array takes another path through your threshold than an array of one value does, and that path gives "
    "another answer: {said}. A 0-d array is a NumPy array like any other: let it take the array path."
)


def expect_numpy_numbers(student):
    """threshold treats NumPy's numbers (np.int64, np.float32) as the Python numbers of their values, giving the
    Python int the spec asks for ("a Python number or a NumPy scalar gives a Python int", the module's docstring),
    and a 0-d array as its array path treats an array, giving no Python number; judged against the student's own
    answers for the same values as Python numbers (or as a 1-D array), so that a wrong but consistent threshold
    loses points only in its own checks."""
    pairs = NUMPY_NUMBERS + ZERO_D
    count = len(NUMPY_NUMBERS)
    replies = list(student.map("threshold", [(z,) for z, _ in NUMPY_NUMBERS] + [(py,) for _, py in NUMPY_NUMBERS]
                               + [(np.float64(0.7),)]))  # fmt: skip
    try:  # arrays apart: a threshold that refuses arrays fails the check of arrays, not this one
        arrays = list(student.map("threshold", [(z,) for z, _ in ZERO_D] + [(one,) for _, one in ZERO_D]))
    except StudentError:
        zero_d.expect_zero_d_taken(student)  # 0-d arrays refused where 1-D ones are taken: fails here
        pairs, arrays = NUMPY_NUMBERS, []  # 0-d arrays are not judged
    numbers = [z for z, _ in pairs]
    own = [(py, got) for (_, py), got in zip(pairs, replies[count:2 * count] + arrays[len(ZERO_D):])]
    answers, float64 = replies[:count] + arrays[:len(ZERO_D)], replies[-1]
    if any(got is None for _, got in own):
        py, _ = next(pair for pair in own if pair[1] is None)
        raise CheckFailed(f"threshold({_spelled(py)}) returned None, so threshold on NumPy numbers cannot be judged",
                          hint=UNJUDGED)  # fmt: skip
    if not _tells_apart([py for py, _ in own], [mine for _, mine in own]):
        raise CheckFailed("threshold on Python numbers (or on arrays of one value) gives no right 0 for one input and "
                          "right 1 for another, so whether NumPy numbers are treated alike cannot be judged",
                          hint=UNJUDGED)  # fmt: skip
    for z, (py, mine), got in zip(numbers, own, answers):
        if not _same_value(got, mine):
            said = f"threshold({_spelled(z)}) gives {describe(got)} where threshold({_spelled(py)}) gives {describe(mine)}"
            raise CheckFailed(f"{said}; a NumPy number must give the value of the same Python number, and a 0-d array "
                              "that of an array",
                              hint=(PATH_VALUE_0D if isinstance(z, np.ndarray) else PATH_VALUE).format(said=said))  # fmt: skip
    if not all(type(mine) is int for _, mine in own[:count]) or type(float64) is not int:
        return  # Python numbers (or np.float64) give no Python int: the check of threshold on numbers says why
    wrong = [(z, got) for z, got in zip(numbers[:count], answers) if type(got) is not int]
    if wrong:
        python = [py for _, py in NUMPY_NUMBERS] + [np.float64(0.7)]
        expect_python_ints(python + [z for z, _ in wrong], [*(int(py >= 0.5) for py in python), *(g for _, g in wrong)],
                           spelled=_spelled)  # fmt: skip
    for z, got in zip(numbers[count:], answers[count:]):
        if type(got) in (int, float, bool) and _takes_arrays(student):
            raise CheckFailed(f"threshold({_spelled(z)}) returned {describe(got)}; for a 0-d array it should return "
                              "what the array path gives, a NumPy integer of shape ()",
                              hint=ZERO_D_HINT.format(kind=type(got).__name__))  # fmt: skip
        if isinstance(got, np.ndarray) and got.shape != () and _keeps_shape(student):  # the docstring: z's shape, ()
            raise CheckFailed(f"threshold({_spelled(z)}) returned {describe(got)}; for a 0-d array it should return an "
                              "integer array of the same shape, ()", hint=zero_d_shape_hint(student, got))  # fmt: skip


ZERO_D_SHAPE = (
    "Your threshold gives an array of shape {shape} for a 0-d array (np.array(0.7), shape ()): {how} The spec asks for "
    "an integer array of z's own shape, so a 0-d array must give a 0-d array. {fix}"
)
NDMIN = ("`{line}` asks np.array for ndmin=1, at least one axis, so it adds an axis to a 0-d result.",
         "Leave ndmin out: (z >= 0.5).astype(int) keeps z's shape, whatever it is.")
KEEP = "Leave that out: (z >= 0.5).astype(int) keeps z's shape, whatever it is."


def _keeps_shape(student) -> bool:
    """Whether threshold keeps a 2-D array's shape (where it does not, the check of arrays says why). Asked only once
    a 0-d array has come back with axes."""
    try:
        return np.shape(student.invoke("threshold", (np.array([[0.2, 0.7], [0.9, 0.1]]),))) == (2, 2)
    except StudentError:
        return False


def zero_d_shape_hint(student, got):
    """ZERO_D_SHAPE, naming an ndmin= (or np.atleast_1d) in threshold's text where there is one."""
    try:
        source, node = function_source.function(student, "gates", "threshold")
        for call, name, _ in function_source.calls(node, {"array", "asarray", "atleast_1d", "atleast_2d", "reshape"}):
            line = function_source.statement_line(source, call)
            if name in ("array", "asarray") and any(k.arg == "ndmin" for k in call.keywords):
                how, fix = NDMIN[0].format(line=line), NDMIN[1]
            elif name != "array" and name != "asarray":
                how, fix = f"`{line}` gives the result an axis it did not have.", KEEP
            else:
                continue
            return ZERO_D_SHAPE.format(shape=got.shape, how=how, fix=fix)
        return ZERO_D_SHAPE.format(shape=got.shape, how="your result has gained an axis.", fix=KEEP)
    except Exception:  # a reader never raises
        return None


UNJUDGED = "See the checks of threshold on numbers and on arrays: fix threshold there first, and this follows."


def _tells_apart(inputs, answers) -> bool:
    """Whether the student's ``answers`` to ``inputs`` (Python numbers, or arrays of one value) include a right 0
    and a right 1: only then do they show a threshold at work, and comparing another kind of input with them
    judges something. A threshold that answers everything alike is not thereby right on NumPy numbers, nor one
    that gives z back (right at 0 and at 1 only): an answer equal to its input does not count."""
    right = set()
    for z, got in zip(inputs, answers):
        expected = int(float(np.asarray(z).reshape(())) >= 0.5)
        if _same_value(got, expected) and not _same_value(got, z):  # z = 0 or 1 given back shows no threshold
            right.add(expected)
    return right == {0, 1}


def _takes_arrays(student) -> bool:
    """Whether the student's threshold gives an array for a 1-D array (where it does not, the check of threshold
    on arrays says why, and a 0-d array is not judged apart). Asked only once a 0-d array has gone wrong."""
    try:
        return isinstance(student.call("threshold", np.array([0.7, 0.2])), np.ndarray)
    except StudentError:
        return False


def _same_value(got, mine) -> bool:
    """Whether ``got`` and ``mine`` are one number each, the same (a 1-D array of one value counts as its value)."""
    try:
        return np.size(got) == np.size(mine) == 1 and float(np.asarray(got).reshape(())) == float(np.asarray(mine).reshape(()))
    except (TypeError, ValueError):
        return False


def _spelled(z) -> str:
    """``z`` as a call would be written: np.int64(1), np.array(0.7), np.array([0.7]), 0.25."""
    if isinstance(z, np.generic):
        return f"np.{type(z).__name__}({z.item()!r})"
    return f"np.array({z.tolist()!r})" if isinstance(z, np.ndarray) else repr(z)


# Inputs other than 0 and 1, which the spec lets in ("scalars or arrays"): on 0 and 1, x, int(x), bool(x), abs(x)
# and x * x agree, and these ten calls tell each of them apart (both signs, fractions, whole numbers); their
# right sums lie between -1.5 and 1.5, where a threshold that rounds z + 0.5 is not caught out (its own check is)
OFF_TABLE = [(0.4, -1.6, (-0.19, 0.78, -0.2)), (1.0, -2.0, (-0.65, 0.82, 0.38)), (1.5, 2.1, (0.09, -0.86, 0.88)),
             (-2.5, -1.3, (0.36, 0.45, -0.24)), (-0.7, 1.4, (0.98, 0.15, -0.35)), (-1.1, 1.8, (0.27, -0.79, -0.2)),
             (-1.4, -0.1, (0.77, 1.0, -0.9)), (-0.1, -2.0, (-0.29, -0.95, 0.55)),
             (-1.3, -1.1, (-0.54, -0.73, -0.23)), (-1.6, 0.7, (-0.79, -0.29, 0.9))]  # fmt: skip
CHANGED = {
    "truncated": "cut to a whole number, as int() or astype(int) does (0.4 becomes 0, -1.6 becomes -1)",
    "rounded": "rounded to a whole number, as round() or np.round does",
    "nonzero": "made 0 or 1 by whether it is 0, as bool(x) or x != 0 does",
    "positive": "made 0 or 1 by its sign, as x > 0 does",
    "clipped": "clipped to between 0 and 1 (np.clip, or min and max)",
    "abs": "made positive, as abs() does (its sign is lost)",
    "squared": "squared (x * x, or x ** 2)",
}
OFF_TABLE_HINT = (
    "Your perceptron is right for inputs 0 and 1 but not for other numbers, which it must take too (the spec: "
    "threshold(w0 + w1*x1 + w2*x2) for any numbers). {how} On 0 and 1 such a change hides (int(1), abs(1) and 1 * 1 "
    "are all 1). Multiply each input, as it is given, by its own weight."
)


def _changes_said(got, changed):
    """What the outputs ``got`` show the inputs went through (every reading of ``changed`` that gives them)."""
    said = []
    for (how, which), outputs in changed.items():
        if list(outputs) == list(got):
            whose = {"both": "each input is", "x1": "x1 alone is", "x2": "x2 alone is"}[which]
            said.append(f"{whose} {CHANGED[how]}")
    if not said:
        return "Something in your sum treats the inputs as if they could only be 0 or 1."
    return "Your outputs are those of a sum in which " + "; or ".join(said) + " before it is weighted."


def expect_off_table(student, cases, replies, expected, changed, sums):
    """perceptron on inputs other than 0 and 1 (``cases``: OFF_TABLE; ``expected``: the reference's outputs;
    ``changed``: ``outputs_with_inputs_changed`` of the cases, and ``sums``: their right weighted sums, both
    recorded) gives the spec's outputs; where the student's threshold, given the right sums, gives what
    perceptron gave, threshold is named instead."""
    try:
        got = [int(np.asarray(g).reshape(())) for g in replies]
    except (TypeError, ValueError):
        got = None
    for (x1, x2, weights), reply, right in zip(cases, replies, expected):
        if got is None or got != [int(e) for e in expected]:
            wrong = next(((a, b, w, g, e) for (a, b, w), g, e in zip(cases, got or replies, expected) if g != e),
                         (x1, x2, weights, reply, right))
            a, b, w, g, e = wrong
            z = w[0] + w[1] * a + w[2] * b
            raise CheckFailed(f"perceptron({a}, {b}, {w}): the weighted sum is {z:.4g}, so expected {e}, got {describe(g)}",
                              hint=thresholds.threshold_first_hint(student, sums, replies)
                              or (OFF_TABLE_HINT.format(how=_changes_said(got, changed)) if got else None))  # fmt: skip
