"""Hints of the gates checks for the classes the twentieth blind corpus showed, each said only where the student's
own answers or code confirm it: a threshold that rounds the sum to some decimals first, a perceptron that adds the
constant input x0 = 1 where w0 belongs, inputs spread over a grid (np.meshgrid, np.outer), .astype called on what
threshold returns for numbers, a gate's weights made by multiplying a tuple, and an xor whose layers are other gates
than AND over OR and NAND, or whose hidden outputs are raw sums never passed through the threshold.

Loaded by ``test_gates.py`` with ``load_sibling``; handed out with the checks. Every reader is called only once a
check has failed, and gives None rather than raise on an odd answer.
"""

import ast

import numpy as np

from autograder.grading import function_source


def _int(value):
    return int(np.asarray(value).item())


ROUNDS = (
    "Your threshold rounds z to {digits} before it compares (`{line}`): a sum just below 0.5, such as 0.49999 or "
    "0.46, rounds up to 0.5 and fires, although it lies below the threshold. Compare z itself, with no rounding: "
    "z >= 0.5 (float noise cannot make a sum that should be 0.5 fall below it in these gates)."
)


def _rounded(z, digits, numpy):
    return float(np.round(z, digits)) if numpy else round(float(z), digits)


def rounds_hint(student, numbers, replies):
    """ROUNDS where threshold's text rounds (round, np.round, np.around) and rounding to some number of decimals
    before the comparison gives every answer the student's threshold gave on ``numbers``."""
    try:
        source, node = function_source.function(student, "gates", "threshold")
        found = next(iter(function_source.calls(node, {"round", "around", "round_", "fix", "rint"})), None)
        if found is None:
            return None
        got = [_int(g) for g in replies]
        said = [a for a in [*found[0].args[1:2], *(k.value for k in found[0].keywords if k.arg in ("ndigits", "decimals"))]]
        first = [a.value for a in said if isinstance(a, ast.Constant) and isinstance(a.value, int) and 0 <= a.value < 5]
        for digits in [*first, *range(0, 5)]:
            for numpy in (False, True):
                if got == [int(_rounded(z, digits, numpy) >= 0.5) for z in numbers]:
                    words = "a whole number" if digits == 0 else f"{digits} decimal{'s' if digits > 1 else ''}"
                    return ROUNDS.format(digits=words, line=function_source.statement_line(source, found[0]))
    except Exception:  # a reader never raises
        return None
    return None


X0_ADDED = (
    "Your perceptron adds the constant 1 (the input x0) to the sum where the bias weight w0 belongs: it computes "
    "1 + w1*x1 + w2*x2, so w0 is never used and every gate's bias is 1. x0 = 1 is the input that w0 multiplies: "
    "z = w0 * x0 + w1 * x1 + w2 * x2, which is w0 + w1 * x1 + w2 * x2."
)
X0_CHECK = [((1, 1), (-3.0, 0.4, 0.7)), ((0, 0), (-0.2, 1.0, 1.0)), ((1, 0), (-1.7, 0.9, -0.3)), ((0, 1), (2.0, -0.4, 0.1)),
            ((0.5, 2.0), (-2.5, 0.3, 0.6))]


def x0_hint(student, cases, replies):
    """X0_ADDED where perceptron's answers on ``cases`` (and on a few more, with other weights and inputs) are what
    1 + w1*x1 + w2*x2 gives, and not what the rule gives."""
    try:
        more = [(x1, x2, w) for (x1, x2), w in X0_CHECK]
        again = list(student.map("perceptron", more))
        calls, got = list(cases) + more, [_int(g) for g in list(replies) + again]
        added = [int(1 + w[1] * a + w[2] * b >= 0.5) for a, b, w in calls]
        rule = [int(w[0] + w[1] * a + w[2] * b >= 0.5) for a, b, w in calls]
        if got == added and added != rule:
            return X0_ADDED
    except Exception:  # a reader never raises
        return None
    return None


GRID = (
    "Your perceptron makes a grid of every combination of its inputs (`{line}`): {how} pairs each x1 with every x2, "
    "so two arrays of n inputs give an (n, n) table of outputs, and two numbers give an array of shape (1, 1) instead "
    "of an int. A perceptron pairs its inputs element by element, x1[i] with x2[i]: use x1 and x2 as they are, "
    "z = w0 + w1 * x1 + w2 * x2, with no grid."
)
GRID_MAKERS = {"meshgrid": "np.meshgrid", "outer": "np.outer", "ix_": "np.ix_", "mgrid": "np.mgrid"}


def grid_hint(student, got):
    """GRID where perceptron answered two numbers with a (1, 1) array, answers two arrays of 3 with a (3, 3) one, and
    its text calls a grid maker."""
    try:
        if np.shape(got) != (1, 1):
            return None
        wide = student.call("perceptron", np.array([0, 1, 1]), np.array([1, 0, 1]), (-0.5, 0.6, 0.6))
        if np.shape(wide) != (3, 3):
            return None
        for name in ("perceptron", "threshold"):
            source, node = function_source.function(student, "gates", name)
            for call, called, _ in function_source.calls(node, set(GRID_MAKERS)):
                return GRID.format(line=function_source.statement_line(source, call), how=GRID_MAKERS[called])
    except Exception:  # a reader never raises
        return None
    return None


ASTYPE = (
    "`{line}` calls .astype on a Python {kind}: for two numbers your threshold returns a Python int (as it should), "
    "and .astype is a method of NumPy arrays only, so a number has none (the AttributeError). threshold already "
    "gives the right kind, an int for numbers and an integer array for arrays: use its result as it is, without "
    ".astype(int)."
)


LEN = (
    "`{line}` takes len() of an input, but perceptron is given plain numbers too (perceptron(0, 1, weights)), and a "
    "Python {kind} has no length (the TypeError). The constant input x0 needs no array of ones: z = w0 + w1 * x1 + "
    "w2 * x2 works for numbers and arrays alike (or spell x0 out with np.ones_like(x1), which takes a number too)."
)


def astype_hint(student, exc):
    """ASTYPE where the error says a Python number has no astype and perceptron or xor calls .astype; LEN where it
    says a number has no len() and one of them calls len()."""
    try:
        message = str(getattr(exc, "raised_message", "") or "")
        method = "astype" if "has no attribute 'astype'" in message else "len" if "has no len()" in message else None
        kind = next((k for k in ("int", "float", "bool") if f"'{k}'" in message), None)
        if method is None or kind is None:
            return None
        for name in ("perceptron", "xor"):
            source, node = function_source.function(student, "gates", name)
            for sub in ast.walk(node) if node is not None else ():
                if isinstance(sub, ast.Call) and (getattr(sub.func, "attr", None) == "astype" if method == "astype"
                                                  else getattr(sub.func, "id", None) == "len"):
                    return (ASTYPE if method == "astype" else LEN).format(line=function_source.statement_line(source, sub), kind=kind)
    except Exception:  # a reader never raises
        return None
    return None


UFUNC_DTYPE = (
    "`{line}` gives dtype= to np.{called}: for a NumPy ufunc, dtype= chooses the type the comparison is computed in, "
    "not the type of the result, and no integer version of the comparison can take 0.5 (the TypeError: no loop "
    "matching the signature). Compare first and convert afterwards: np.{called}(z, 0.5).astype(int), or simply "
    "(z >= 0.5).astype(int)."
)
COMPARISONS = {"greater_equal", "greater", "less", "less_equal", "equal", "not_equal", "heaviside", "sign"}


def ufunc_hint(student, error):
    """UFUNC_DTYPE where the error is NumPy's missing loop and threshold calls a comparison ufunc with dtype=."""
    try:
        if "No loop matching" not in str(getattr(error, "raised_message", "") or getattr(error, "message", "") or error):
            return None
        for name in ("threshold", "perceptron"):
            source, node = function_source.function(student, "gates", name)
            for call, called, _ in function_source.calls(node, COMPARISONS):
                if any(k.arg == "dtype" for k in call.keywords):
                    return UFUNC_DTYPE.format(line=function_source.statement_line(source, call), called=called)
    except Exception:  # a reader never raises
        return None
    return None


REPEATED = (
    "Your {name} is `{line}`: multiplying a tuple by a number does not multiply the numbers inside it, it repeats "
    "the tuple that many times (a tuple times 2 is two copies one after the other, and a tuple times -1 or 0 is "
    "the empty tuple ()). That is why {name} is {got}. Write the gate's own three numbers out, {name} = (w0, w1, "
    "w2), and check them against its truth table."
)


def repeated_hint(student, name, weights):
    """REPEATED where ``weights`` is a tuple or list but not of three, and the module assigns ``name`` a product."""
    try:
        if not isinstance(weights, (tuple, list)):
            return None
        files = getattr(getattr(student, "session", None), "files", None) or {}
        source = files.get("gates.py")
        tree = function_source.parsed(source)
        for node in tree.body if tree is not None else ():
            if (isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets)
                    and isinstance(node.value, ast.BinOp) and isinstance(node.value.op, ast.Mult)):
                return REPEATED.format(name=name, line=function_source.statement_line(source, node), got=repr(tuple(weights)))
    except Exception:  # a reader never raises
        return None
    return None


INPUTS = [(0, 0), (0, 1), (1, 0), (1, 1)]
GATES = ("AND", "OR", "NAND", "NOR")
LAYERS = (
    "Your xor's second layer is {out} of {first} and {second}: `{line}` feeds the {first} and {second} outputs into a "
    "perceptron with {out}_WEIGHTS, which gives {got}. The order is the other way round: XOR is AND(OR(x1, x2), "
    "NAND(x1, x2)), so the first layer computes OR and NAND of the inputs, and the final, output gate is AND of those "
    "two outputs."
)
RAW = (
    "Your xor feeds the hidden neurons' raw weighted sums (w0 + w1*x1 + w2*x2) into the output gate: the first layer "
    "is never passed through the threshold, so the second layer gets numbers such as 1.1 and -0.1 instead of 0/1 "
    "outputs. Each hidden neuron is a whole perceptron, its weighted sum passed through the threshold: compute OR "
    "and NAND of the inputs with your perceptron function, and give those two 0/1 outputs to the AND gate."
)


def _fire(x1, x2, w):
    return int(w[0] + w[1] * x1 + w[2] * x2 >= 0.5)


def _weights(student):
    found = {}
    for gate in GATES:
        try:
            w = tuple(float(v) for v in student.get(f"{gate}_WEIGHTS"))
            if len(w) == 3:
                found[gate] = w
        except Exception:  # a gate the module lacks or holds in another form: left out
            continue
    return found


def _layers(source, node):
    """``(output gate, first hidden, second hidden, line)`` of xor's last perceptron call fed by two others."""
    made = {}
    for sub in ast.walk(node):
        if isinstance(sub, ast.Assign) and len(sub.targets) == 1 and isinstance(sub.targets[0], ast.Name):
            gate = _gate_of(sub.value)
            if gate:
                made[sub.targets[0].id] = gate
    for call, _, _ in function_source.calls(node, {"perceptron"}):
        out = _gate_of(call)
        inner = [made.get(a.id) if isinstance(a, ast.Name) else _gate_of(a) for a in call.args[:2]]
        if out and len(inner) == 2 and all(inner):
            return out, inner[0], inner[1], function_source.statement_line(source, call)
    return None


def _gate_of(value):
    if isinstance(value, ast.Call) and getattr(value.func, "id", None) == "perceptron" and len(value.args) == 3:
        name = getattr(value.args[2], "id", "")
        gate = name[:-len("_WEIGHTS")] if name.endswith("_WEIGHTS") else None
        return gate if gate in GATES else None
    return None


def xor_hint(student, got):
    """LAYERS where xor's text builds another gate over two others and those gates, with the student's weights, give
    ``got``; RAW where xor's answers, on 0/1 inputs and on others, are AND of the raw OR and NAND sums."""
    try:
        weights = _weights(student)
        source, node = function_source.function(student, "gates", "xor")
        found = _layers(source, node) if node is not None else None
        misses = found and (found[0] != "AND") + len({"OR", "NAND"} - set(found[1:3]))  # one swap is told by the recipe's hints
        if found and misses >= 2 and set(found[:3]) <= set(weights):
            out, first, second, line = found
            table = [_fire(_fire(a, b, weights[first]), _fire(a, b, weights[second]), weights[out]) for a, b in INPUTS]
            if table == list(got) and table != [0, 1, 1, 0]:
                return LAYERS.format(out=out, first=first, second=second, line=line, got=table)
        if not {"AND", "OR", "NAND"} <= set(weights):
            return None
        inputs = INPUTS + [(0.5, 0.2), (2.0, -1.0), (0.3, 0.9), (-1.5, 2.5)]
        answers = [_int(v) for v in student.map("xor", inputs)]
        sums = {g: [weights[g][0] + weights[g][1] * a + weights[g][2] * b for a, b in inputs] for g in ("OR", "NAND")}
        raw = [_fire(o, n, weights["AND"]) for o, n in zip(sums["OR"], sums["NAND"])]
        right = [_fire(_fire(a, b, weights["OR"]), _fire(a, b, weights["NAND"]), weights["AND"]) for a, b in inputs]
        if answers == raw and raw != right:
            return RAW
    except Exception:  # a reader never raises
        return None
    return None
