"""Hints of the gates checks about how the student wrote things down rather than what they compute: gate
weights that are a set, a dict or one number (commas left out) where a tuple of three belongs, or two tuples
joined with + (a triple repeated with *); a threshold that answers one value for a whole array (np.any,
np.all, a sum or a mean of it); a perceptron that reads its weights counting from 1, adds an axis to its
inputs, or thresholds parts of its sum on their own; a reading of a wrong weighted sum confirmed on more
inputs before it is said; and what xor's checks say when xor raises: a gate function the module never
defines, or a part xor is built on (perceptron, or gate weights whose own check fails) that is the cause.

Each reading is tested on the student's own code (another call with telling inputs, or the module's
text, parsed, never run) before it is said, and asked only once a check has failed. Loaded by
``test_gates.py`` with ``load_sibling``; handed out with the checks.
"""

import ast
import re

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.sandbox.session import StudentError
from autograder.grading import function_source, tracebacks

GATES = ("AND", "OR", "NAND", "NOR")

SET_WEIGHTS = (
    "Your {name} is a set: curly braces {{...}} make a set, which keeps each value once and in no order of its own"
    "{lost}. A gate's weights are three numbers in a fixed order, bias first: a tuple, in round brackets, "
    "{name} = (w0, w1, w2)."
)
DICT_WEIGHTS = (
    "Your {name} is a dict: curly braces with colons make one. A gate's weights are three numbers in a fixed "
    "order, bias first: a tuple, in round brackets, {name} = (w0, w1, w2)."
)
NO_COMMAS = (
    "Your {name} is one number, {value:g}, not three: `{code}` has no commas between the numbers, so Python reads "
    "it as one sum and works it out ({terms}){brackets}. The commas make the tuple: {name} = (w0, w1, w2), with a "
    "comma between each two numbers."
)
ONE_NUMBER = (
    "Your {name} is one number, {value:g}, where a gate's weights are three: a tuple (w0, w1, w2), the bias w0 "
    "first, with commas between the numbers."
)


def _assigned(source, name):
    """The value node of the last top-level assignment of ``name`` in ``source`` and the assignment's text, or
    (None, "")."""
    tree = function_source.parsed(source)
    if tree is None:
        return None, ""
    found = None
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in statement.targets):
            found = statement
    text = ast.get_source_segment(source, found) if found is not None else ""
    return (found.value if found is not None else None), (text or "")


def _literals(nodes):
    """The numbers the nodes write, or None where one is not a plain number."""
    try:
        values = [ast.literal_eval(node) for node in nodes]
    except (ValueError, TypeError, SyntaxError, RecursionError):
        return None
    return values if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values) else None


def _numbers_in_sum(node):
    """The numbers a chain of + and - joins (``(1.5 -0.6 -0.6)`` is one), or None when ``node`` is not that."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        left, right = _numbers_in_sum(node.left), _numbers_in_sum(node.right)
        return None if left is None or right is None else left + right
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        return _numbers_in_sum(node.operand)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return [node.value]
    return None


def weights_form_hint(student, name, weights):
    """A hint for gate weights ``name`` that are a set, a dict or one number where a tuple of three belongs;
    None for anything else. A number is said to come from numbers written without commas only where the
    module's text assigns ``name`` a sum of plain numbers."""
    if getattr(weights, "type_name", None) == "generator":
        return load_sibling(__file__, "gates_source_hints").generator_hint(None, name, weights)
    if isinstance(weights, (set, frozenset)) or getattr(weights, "type_name", None) in ("set", "frozenset"):
        node, _ = _assigned(_source(student), name)  # a set stays in the child: its numbers are read off the text
        written = _literals(node.elts) if isinstance(node, ast.Set) else None
        kept = len(set(written)) if written is not None else None
        lost = (f": you wrote {len(written)} numbers, and the one written twice is kept once, so it holds {kept}"
                if written is not None and len(written) > kept else "")
        return SET_WEIGHTS.format(name=name, lost=lost)
    if isinstance(weights, dict):
        return DICT_WEIGHTS.format(name=name)
    if isinstance(weights, (int, float, np.integer, np.floating)) and not isinstance(weights, (bool, np.bool_)):
        node, code = _assigned(_source(student), name)
        numbers = _numbers_in_sum(node) if node is not None else None
        if numbers and len(numbers) >= 2 and len(code) <= 80:
            brackets = ", and brackets around a single value make no tuple" if "(" in code.split("=", 1)[-1] else ""
            return NO_COMMAS.format(name=name, value=float(weights), code=code, terms=ast.unparse(node), brackets=brackets)
        return ONE_NUMBER.format(name=name, value=float(weights))
    return None


JOINED = (
    "Your {name} is {parts}: + between two tuples joins them into one longer tuple, it does not add them number by "
    "number, so {name} holds {n} numbers where a gate's weights are three. Write the three weights out, (w0, w1, "
    "w2), or add the tuples entry by entry, tuple(a + b for a, b in zip(first, second))."
)
REPEATED = "Your {name} is the same three numbers {times}, {n} in all, where a gate's weights are three: {how}"
REPEATED_HOW = ("* between a tuple and a number repeats the tuple, it does not multiply each number. Write the three "
                "weights out, (w0, w1, w2), or scale entry by entry, tuple(c * w for w in weights).")


def joined_hint(student, name, weights):
    """JOINED where ``weights`` (a tuple or list of 6 or 9) is another gate's weights joined with more numbers,
    REPEATED where it is one triple written out again; None otherwise."""
    if not isinstance(weights, (tuple, list)) or len(weights) not in (6, 9):
        return None
    triples = [tuple(weights[i:i + 3]) for i in range(0, len(weights), 3)]
    if all(t == triples[0] for t in triples):
        node, _ = _assigned(_source(student), name)
        times = isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult)
        return REPEATED.format(name=name, times={6: "twice", 9: "three times"}[len(weights)], n=len(weights),
                               how=REPEATED_HOW if times else "keep one (w0, w1, w2).")
    others = {}
    for gate in GATES:
        if f"{gate}_WEIGHTS" == name:
            continue
        try:
            others[tuple(student.get(f"{gate}_WEIGHTS"))] = f"{gate}_WEIGHTS"
        except (StudentError, TypeError):
            continue
    said = [others.get(t, str(t)) for t in triples]
    if not any(t in others for t in triples):
        return None
    return JOINED.format(name=name, parts=" followed by ".join(said), n=len(weights))


def source_hint(student, gate):
    """A hint the module's text gives for wrong ``gate`` weights: two gates bound to one list, a // in a weight."""
    found, name = load_sibling(__file__, "gates_source_hints"), f"{gate}_WEIGHTS"
    try:
        values = {other: student.get(other) for other in found.GATES}
    except StudentError:
        return None
    source = _source(student)
    return found.aliased_hint(source, name, values.get(name), values) or found.floored_hint(source, name, values.get(name))


def _source(student):
    files = getattr(getattr(student, "session", None), "files", None) or {}
    return files.get(f"{getattr(student, 'name', 'gates')}.py")


# --------------------------------------------------------------------------- threshold that reduces

REDUCED = (
    "Your threshold answers one 0 or 1 for a whole array: {what}, where it should answer one 0 or 1 per entry, in "
    "z's shape. {why}Compare the whole array at once, z >= 0.5, which gives one True or False per entry, and turn "
    "that into integers with .astype(int)."
)
REDUCTIONS = {  # probes of two entries each: which one value a reduction gives on each
    "any": ("1 when any entry reaches 0.5 (np.any(z >= 0.5), .any(), or the largest entry, np.max(z) >= 0.5)",
            lambda z: int(np.max(z) >= 0.5)),
    "all": ("1 only when every entry reaches 0.5 (np.all(z >= 0.5), .all(), or the smallest entry, np.min(z) >= 0.5)",
            lambda z: int(np.min(z) >= 0.5)),
    "sum": ("1 when the entries added up reach 0.5 (np.sum(z) >= 0.5)", lambda z: int(np.sum(z) >= 0.5)),
    "mean": ("1 when the mean of the entries reaches 0.5 (np.mean(z) >= 0.5)", lambda z: int(np.mean(z) >= 0.5)),
}
WHY_REDUCED = {"any": "NumPy's error about an ambiguous truth value suggests a.any() or a.all(), but neither is what "
                      "a threshold needs: each gives one answer for all the entries. ",
               "all": "NumPy's error about an ambiguous truth value suggests a.any() or a.all(), but neither is what "
                      "a threshold needs: each gives one answer for all the entries. "}
PROBES = [np.array(z) for z in ([0.7, 0.2], [0.2, 0.7], [0.6, 0.9], [0.3, 0.4], [0.9, 0.3])]


def reduced_hint(student, got):
    """REDUCED where threshold gave one value (``got``) for an array and, asked once more on PROBES, answers as one
    of REDUCTIONS does on each; None otherwise."""
    if np.ndim(got) != 0:
        return None
    try:
        answers = [int(np.asarray(v)) for v in student.map("threshold", [(z,) for z in PROBES])]
    except (StudentError, TypeError, ValueError):
        return None
    for name, (what, reduce) in REDUCTIONS.items():
        if answers == [reduce(z) for z in PROBES]:
            return REDUCED.format(what=what, why=WHY_REDUCED.get(name, ""))
    return None


THRESHOLD_REDUCES = ("{name} is built on your threshold, which itself answers an array of two sums with {what} (see the "
                     "check of threshold): fix threshold first, and {name} follows.")


def threshold_first_hint(student, name):
    """THRESHOLD_REDUCES where the student's threshold, given an array of two sums, answers with another shape."""
    try:
        got = student.call("threshold", np.array([0.2, 0.7]))
    except StudentError:
        return None
    shape = np.shape(got)
    what = "one value" if shape == () else f"an answer of shape {shape}"
    return THRESHOLD_REDUCES.format(name=name, what=what) if shape != (2,) else None


# --------------------------------------------------------------------------- perceptron's own slips

ONE_BASED = (
    "Your perceptron reads its weights at the indices 1, 2 and 3, counting from 1: given four numbers, it uses "
    "the last three as (w0, w1, w2). Python counts from 0, so the three weights are weights[0], weights[1] and "
    "weights[2] (or unpack all three in one assignment); weights[3] is past the end of a tuple of three, hence "
    "the IndexError."
)
PADDED = [(x1, x2, (0.7, *w)) for w in ((-0.4, 0.5, 0.3), (0.2, -0.6, 0.9), (0.6, -0.3, -0.2)) for x1, x2 in
          ((0, 0), (0, 1), (1, 0), (1, 1))]  # fmt: skip


def _fires(x1, x2, w):
    return int(w[0] + w[1] * x1 + w[2] * x2 >= 0.5)


def index_hint(student, exc):
    """ONE_BASED when perceptron raised IndexError on three weights and, given four, answers as a perceptron
    with the last three; else None."""
    if exc.raised != "IndexError" or "index out of range" not in exc.raised_message:
        return None
    try:
        got = [int(np.asarray(v)) for v in student.map("perceptron", PADDED)]
    except (StudentError, TypeError, ValueError):
        return None
    return ONE_BASED if got == [_fires(x1, x2, w[1:]) for x1, x2, w in PADDED] else None


EXTRA_AXIS = (
    "Your perceptron's answers have an axis of length 1 too many, in front: for two numbers it returns an array "
    "of shape {number_shape} where the int belongs, and for two inputs of shape (2,) an array of shape "
    "{array_shape}, though the values in them are right: an axis is added to the inputs. Brackets around an input "
    "before it becomes an array, np.array([x1]) (a list of one item), add one, and so do np.expand_dims(x1, 0) and "
    "x1[np.newaxis]. np.asarray(x1) leaves the input as it is: a number stays one number, and an array keeps its "
    "shape."
)


def extra_axis_hint(student, got):
    """EXTRA_AXIS when perceptron's answer for two numbers is an array of shape (1,) (or (1, 1)) and its answer for
    arrays of shape (2,) has the same axes in front, its values right; else None."""
    if not isinstance(got, np.ndarray) or got.size != 1 or got.ndim == 0 or set(got.shape) != {1}:
        return None
    weights = (-0.4, 0.5, 0.3)
    x1, x2 = np.array([1, 0]), np.array([1, 1])
    try:
        on_arrays = student.call("perceptron", x1, x2, weights)
    except StudentError:
        return None
    right = [_fires(a, b, weights) for a, b in zip(x1, x2)]
    if not isinstance(on_arrays, np.ndarray) or on_arrays.shape != got.shape + (2,) or on_arrays.ravel().tolist() != right:
        return None
    return EXTRA_AXIS.format(number_shape=got.shape, array_shape=on_arrays.shape)


PER_TERM = (
    "Your perceptron applies threshold to {what} on {its} own and {joins} the 0s and 1s{beyond}, where it should "
    "add the three terms first and threshold their sum once: with weights {weights} and inputs ({x1}, {x2}), the "
    "sum {z:.3g} {verdict}, and yours gives {told}. Compute z = w0 + w1*x1 + w2*x2 first, and give that z to threshold, once."
)
# the ways of thresholding parts of the sum: (which parts, how the 0/1 answers are joined)
SPLITS = {
    "each term": ([[0], [1], [2]], "adds up"),
    "w0 and the inputs' terms": ([[0], [1, 2]], "adds up"),
    "w0 + w1*x1 and w2*x2": ([[0, 1], [2]], "adds up"),
    "each term (any one firing)": ([[0], [1], [2]], "takes the largest of"),
}
TOLD = [(1, 1, (0.3, 0.3, 0.3)), (1, 1, (0.6, 0.6, 0.6)), (1, 0, (0.7, -0.3, 0.9)), (0, 1, (0.2, 0.9, -0.1)),
        (1, 1, (-0.2, 0.4, 0.4))]  # fmt: skip


def _split_outputs(cases, parts, join):
    answers = []
    for x1, x2, w in cases:
        terms = (w[0], w[1] * x1, w[2] * x2)
        fired = [int(sum(terms[i] for i in part) >= 0.5) for part in parts]
        answers.append(sum(fired) if join == "adds up" else max(fired))
    return answers


def per_term_hint(student, cases, replies):
    """PER_TERM when perceptron's answers on the check's ``cases`` (``replies``) and on TOLD, asked once more, are
    those of thresholding parts of the weighted sum on their own and adding (or taking the largest of) the 0s
    and 1s, and the right perceptron's differ on TOLD; else None."""
    try:
        got = [int(np.asarray(v)) for v in replies]
    except (TypeError, ValueError):
        return None
    matched = [(what, parts, join) for what, (parts, join) in SPLITS.items() if got == _split_outputs(cases, parts, join)]
    if not matched:
        return None
    try:
        told = [int(np.asarray(v)) for v in student.map("perceptron", TOLD)]
    except (StudentError, TypeError, ValueError):
        return None
    right = [_fires(*case) for case in TOLD]
    for what, parts, join in matched:
        if told == _split_outputs(TOLD, parts, join) != right:
            at = next(i for i, (t, r) in enumerate(zip(told, right)) if t != r)
            x1, x2, w = TOLD[at]
            z = w[0] + w[1] * x1 + w[2] * x2
            beyond = ", so that it can answer 2 or 3" if join == "adds up" and len(parts) == 3 else (
                ", so that it can answer 2" if join == "adds up" else "")
            return PER_TERM.format(
                what="each term of the weighted sum" if what.startswith("each") else f"the parts of the sum, {what},",
                its="its" if what.startswith("each") else "their", joins=join, beyond=beyond, weights=w, x1=x1, x2=x2,
                z=z, verdict="reaches 0.5 and fires" if z >= 0.5 else "stays below 0.5", told=told[at])
    return None


def confirmed_sum_hint(student, hint, sums, texts):
    """``hint`` (a reading of the check's answers as a wrong weighted sum), unless it is one of ``texts`` (name: text)
    whose sum (``sums``: name: the sum as a function of x1, x2, w) the student's perceptron, asked once more on TOLD,
    does not follow: a reading that fitted the check's cases by coincidence is not said."""
    names = [name for name, text in texts.items() if text == hint and name in sums]
    if not hint or not names:
        return hint
    try:
        told = [int(np.asarray(v)) for v in student.map("perceptron", TOLD)]
    except (StudentError, TypeError, ValueError):
        return None
    follows = any(told == [int(sums[name](x1, x2, w) >= 0.5) for x1, x2, w in TOLD] for name in names)
    return hint if follows else None


# --------------------------------------------------------------------------- xor that raises

UNDEFINED_GATE = (
    "Your xor calls {called}(...), and your gates.py has no function of that name (hence the NameError). In this "
    "exercise a gate is not a function of its own: it is a perceptron given that gate's weights, "
    "perceptron(x1, x2, {gate}_WEIGHTS). Write each gate of xor that way (or define {called} yourself, as a "
    "function that returns that perceptron)."
)
WEIGHTS_FIRST = (
    "xor uses {names}, which {be} not a tuple of three numbers (see the check of {checks}): fix {them} first, and "
    "xor follows."
)


def _gate_of(name):
    """The gate a function name stands for (OR for OR, or_gate, Or, gate_or), or None."""
    key = re.sub(r"(^gate_?|_?gate$)", "", name, flags=re.IGNORECASE).upper()
    return key if key in GATES else None


def xor_error_hint(student, exc, broken_part, read_weights):
    """The hint for xor raising ``exc``: a gate function it calls that the module lacks, else the part it is
    built on that is wrong itself (``broken_part``: a callable giving that hint or None), else the gate weights
    whose own check fails (``read_weights(name)`` raises for weights that are not three numbers); None when
    none of these is so. Nothing is said for an xor that raised no exception of its own (not written yet, no
    gates.py, a module that does not import, a crash or a timeout): the message says what happened."""
    if not exc.own_exception:
        return None
    found = tracebacks.NOT_DEFINED.search(exc.raised_message or "") if exc.raised == "NameError" else None
    frames = tracebacks.student_functions(exc.detail)
    if found and _gate_of(found.group(1)) and frames and frames[-1] == "xor":  # raised in xor itself
        return UNDEFINED_GATE.format(called=found.group(1), gate=_gate_of(found.group(1)))
    said = broken_part()
    if said:
        return said
    broken = []
    for gate in ("OR", "NAND", "AND"):
        try:
            read_weights(f"{gate}_WEIGHTS")
        except StudentError:
            return None
        except Exception:  # noqa: BLE001 - the check's own failure (CheckFailed): these weights fail their check
            broken.append(gate)
    if not broken:
        return None
    names = " and ".join(f"{gate}_WEIGHTS" for gate in broken)
    checks = " and ".join(f"gate_weights[{gate}]" for gate in broken)
    return WEIGHTS_FIRST.format(names=names, be="are" if len(broken) > 1 else "is", checks=checks,
                                them="them" if len(broken) > 1 else "it")
