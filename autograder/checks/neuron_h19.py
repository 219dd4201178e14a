"""Readings of the neuron exercise's wrong answers that the nineteenth held-out corpus showed, each confirmed on
the student's own answers or lines before it is said: a weighted sum that pairs weights and inputs in another
order (np.convolve reverses one of them) or folds the bias in as a weight without lining it up with its input 1
(np.insert at another position), a TinyNetwork that runs its hidden layer more than once, builds a neuron from a
part of the weights or hands o1 the inputs as well as the hidden outputs, and a layer_output that treats its
lists as NumPy arrays (.T) or calls functools.reduce without a start value.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks. Every reader is called only for a
failing check, and gives None (never raises) when it cannot tell.
"""

import ast
import re

import numpy as np

from autograder.grading import function_source as source
from autograder.grading.common_hint import disproved_hints
from autograder.grading.compare import Misconception
from autograder.sandbox.session import StudentError

TIGHT = {"rtol": 1e-7, "atol": 1e-12}


def _sigmoid(v):
    return 0.5 * (1.0 + np.tanh(0.5 * v))


def _numbers(replies):
    try:
        return [float(r) for r in replies]
    except (TypeError, ValueError, OverflowError):
        return None


# ------------------------------------------------------------------ a neuron's weights paired otherwise
REVERSED = (
    "Your neuron pairs the weights with the inputs in reverse order: its sum is weights[0] * x[n-1] + weights[1] * "
    "x[n-2] + ..., the first weight with the last input.{convolve} A neuron multiplies each weight by the input at "
    "the same position, weights[i] * x[i], and adds those up: np.dot(weights, x) + bias."
)
CONVOLVE = (
    " That is what np.convolve computes: a convolution flips one of its two arrays before it multiplies, so it is "
    "no dot product."
)
FOLDED = (
    "Your neuron folds the bias in as an extra weight, with a constant input 1 added to the inputs, but the two are "
    "not lined up: the 1 sits {one} of the inputs and the bias {bias} of the weights, so the bias multiplies an "
    "input and some weight multiplies the 1.{insert} Put the 1 and the bias at the same position in both (both at "
    "the front, index 0), or leave the bias out of the product: np.dot(weights, x) + bias."
)
INSERT_MINUS_ONE = (
    " Note that np.insert(a, -1, v) puts v before the last entry, not after it: to add at the end, use index len(a) "
    "or np.append."
)
PLACES = (("at the front", lambda n: 0), ("before the last entry", lambda n: n - 1), ("at the end", lambda n: n))


def _calls_named(student, qualname, names):
    try:
        _, node = source.function(student, "neuron", qualname)
        return node is not None and next(iter(source.calls(node, names)), None) is not None
    except (SyntaxError, ValueError, AttributeError, TypeError, RecursionError):
        return False


def feedforward_hint(student, cases, replies):
    """REVERSED or FOLDED when every answer is the sigmoid of that weighted sum (and some answer is wrong); else
    None. ``cases``: (weights, bias, x, what); ``replies``: the student's answers."""
    got = _numbers(replies)
    if got is None or len(got) != len(cases):
        return None
    try:
        with np.errstate(all="ignore"):
            problems = [(np.asarray(w, dtype=float), float(b), np.asarray(x, dtype=float)) for w, b, x, _ in cases]
            right = [_sigmoid(np.dot(w, x) + b) for w, b, x in problems]
            if np.allclose(got, right, **TIGHT) or any(w.shape != x.shape or w.ndim != 1 for w, _, x in problems):
                return None
            reversed_ = [_sigmoid(np.dot(w[::-1], x) + b) for w, b, x in problems]
            if np.allclose(got, reversed_, **TIGHT):
                convolve = _calls_named(student, "Neuron.feedforward", ("convolve", "correlate"))
                return REVERSED.format(convolve=CONVOLVE if convolve else "")
            for one_words, one_at in PLACES:
                for bias_words, bias_at in PLACES:
                    if one_words == bias_words:
                        continue
                    folded = [_sigmoid(np.dot(np.insert(x, one_at(len(x)), 1.0), np.insert(w, bias_at(len(w)), b)))
                              for w, b, x in problems]
                    if np.allclose(got, folded, **TIGHT):
                        inserts = _calls_named(student, "Neuron.feedforward", ("insert",))
                        note = INSERT_MINUS_ONE if inserts and "before" in one_words + bias_words else ""
                        return FOLDED.format(one=one_words, bias=bias_words, insert=note)
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    return None


# ------------------------------------------------------------------ TinyNetwork's hidden layer run again
HIDDEN_AGAIN = (
    "Your TinyNetwork runs its hidden layer {times}: h1 and h2 take x, then h1 and h2 are asked again, on their own "
    "outputs, before o1 gets the result. That is a network with an extra hidden layer, not the lesson's two-layer "
    "one. Ask h1 and h2 once each, on x, and hand o1 those two outputs: o1.feedforward([h1_out, h2_out])."
)


def tiny_hint(cases, numbers):
    """HIDDEN_AGAIN when every answer is the network with its hidden layer applied twice (or three times); else
    None. ``cases``: (weights, bias, x, what) of test_tiny_network; ``numbers``: the student's answers."""
    got = _numbers(numbers)
    if got is None or len(got) != len(cases):
        return None
    try:
        with np.errstate(all="ignore"):
            for times, runs in (("twice", 2), ("three times", 3)):
                values = []
                for w, b, x, _ in cases:
                    w, hidden = np.asarray(w, dtype=float), np.asarray(x, dtype=float)
                    for _ in range(runs):
                        hidden = np.full(2, _sigmoid(np.dot(w, hidden) + b))
                    values.append(_sigmoid(np.dot(w, hidden) + b))
                if np.allclose(got, values, **TIGHT):
                    return HIDDEN_AGAIN.format(times=times)
    except (TypeError, ValueError, OverflowError):
        return None
    return None


# ------------------------------------------------------------------ TinyNetwork's errors read off its lines
PART_OF_WEIGHTS = (
    "Your TinyNetwork builds {who} from `{arg}` (line {lineno}: `{line}`), a part of the weights, not all of them: "
    "{who} then has fewer weights than the inputs it is handed, which is the shape mismatch. Every neuron of the "
    "network, o1 included, takes the same two weights and the same bias (o1 has two inputs, h1's and h2's outputs, "
    "so it needs two weights too): build each one as Neuron(weights, bias)."
)
INPUTS_TO_OUTPUT = (
    "Your TinyNetwork hands o1 the inputs x and the hidden outputs together (line {lineno}: `{line}`), "
    "{count} values for o1's two weights: that is the shape mismatch. The output neuron sees only the hidden "
    "outputs, not x: o1.feedforward([h1_out, h2_out]), the two outputs of h1 and h2 only."
)


def _part_of_weights(text, node):
    for sub in ast.walk(node):
        if isinstance(sub, ast.Assign) and isinstance(sub.value, ast.Call) and sub.value.args:
            func = sub.value.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            first = sub.value.args[0]
            if called == "Neuron" and isinstance(first, ast.Subscript):
                target = sub.targets[0]
                who = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "a neuron")
                return PART_OF_WEIGHTS.format(who=who, arg=ast.get_source_segment(text, first) or "a slice",
                                              lineno=sub.lineno, line=source.statement_line(text, sub))
    return None


def _outside_feedforward(node):
    """The nodes of ``node`` that are not inside a .feedforward(...) call (where x is a hidden neuron's input)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "feedforward":
        return
    yield node
    for child in ast.iter_child_nodes(node):
        yield from _outside_feedforward(child)


def _inputs_to_output(text, node, message):
    params = [a.arg for a in node.args.args]
    if len(params) < 2:
        return None
    x = params[1]
    for sub in ast.walk(node):
        if not (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == "feedforward"
                and sub.args):
            continue
        owner = sub.func.value
        if not (isinstance(owner, ast.Attribute) and owner.attr == "o1"):
            continue
        arg = sub.args[0]
        if isinstance(arg, (ast.Name, ast.Starred)) or len(sub.args) > 1:
            return None  # x alone, a list built before, or a star: other readings say more
        names = {n.id for n in _outside_feedforward(arg) if isinstance(n, ast.Name)}  # x itself, not h1's input
        if x in names and len(list(ast.walk(arg))) > 2:
            sizes = re.findall(r"\((\d+),\)", message)
            count = max((int(s) for s in sizes), default=0)
            return INPUTS_TO_OUTPUT.format(lineno=sub.lineno, line=source.statement_line(text, sub),
                                           count=count if count > 2 else "more than two")
    return None


def tiny_error_hint(student, error):
    """PART_OF_WEIGHTS or INPUTS_TO_OUTPUT for a TinyNetwork that raised where its Neuron works (the caller checks
    that), read off its own lines; else None."""
    try:
        message = error.raised_message or ""
        text, node = source.function(student, "neuron", "TinyNetwork.__init__")
        if node is not None and (found := _part_of_weights(text, node)):
            return found
        text, node = source.function(student, "neuron", "TinyNetwork.feedforward")
        return _inputs_to_output(text, node, message) if node is not None else None
    except (SyntaxError, ValueError, AttributeError, TypeError, RecursionError):
        return None


# ------------------------------------------------------------------ layer_output's errors read off its lines
ARRAY_ATTRIBUTES = ("T", "shape", "dot", "reshape", "sum", "size", "ndim", "transpose", "flatten", "astype", "mean",
                    "max", "min", "tolist")
LIST_NO_ATTRIBUTE = (
    "layer_output is handed Python lists (weights is a list of lists), and a list has no .{attr}{where}: .{attr} "
    "belongs to NumPy arrays{what}. Turn the lists into arrays first, weights = np.array(weights, dtype=float) (and "
    "inputs, biases likewise), then use .{attr}; or work with the lists as they are (np.dot takes lists). Return a "
    "list of floats, for instance with .tolist()."
)
REDUCE_NO_START = (
    "functools.reduce is called without a start value (line {lineno}: `{line}`): reduce then starts from the first "
    "item of the sequence itself, here the first (x, w) tuple of the zip, so acc + x * w adds a number to a tuple. "
    "Give reduce a start value, 0.0, as its third argument: reduce(function, pairs, 0.0); or use sum(x * w for x, "
    "w in zip(inputs, weights_of_neuron))."
)


def layer_error_hint(student, error, qualname="layer_output"):
    """LIST_NO_ATTRIBUTE or REDUCE_NO_START for the error ``qualname`` raised, read off its own lines; else None."""
    try:
        message, raised = error.raised_message or "", error.raised
        text, node = source.function(student, "neuron", qualname)
        if node is None:
            return None
        missing = re.search(r"'list' object has no attribute '(\w+)'", message)
        if raised == "AttributeError" and missing and missing.group(1) in ARRAY_ATTRIBUTES:
            attr = missing.group(1)
            found = next((s for s in ast.walk(node) if isinstance(s, ast.Attribute) and s.attr == attr), None)
            where = f" (line {found.lineno}: `{source.statement_line(text, found)}`)" if found is not None else ""
            return LIST_NO_ATTRIBUTE.format(attr=attr, where=where, what=" (.T is an array's transpose)" if attr == "T" else "")
        if raised == "TypeError" and "tuple" in message:
            for call, _, _ in source.calls(node, ("reduce",)):
                if len(call.args) == 2 and not call.keywords:
                    return REDUCE_NO_START.format(lineno=call.lineno, line=source.statement_line(text, call))
    except (SyntaxError, ValueError, AttributeError, TypeError, RecursionError):
        return None
    return None


# ------------------------------------------------------------------ one example's guess, asked again
OTHER_CASES = (([0.5, -1.0], 0.25, [1.0, 0.5]), ([-0.3, 0.8], -1.5, [0.7, 1.2]))  # two inputs, as the lesson's


def unruled_mistakes(student, reference, neurons, known):
    """``known`` (the mistakes replayed on the lesson's example, which one example cannot tell apart) without those
    the student's Neuron rules out when asked two more two-input questions as arrays."""
    try:
        answers = [student.new("Neuron", np.array(w), b).call("feedforward", np.array(x)) for w, b, x in OTHER_CASES]
        ruled_out = disproved_hints(answers, [neurons.neuron_mistakes(reference, w, b, x) for w, b, x in OTHER_CASES])
    except (StudentError, TypeError, ValueError, OverflowError):  # an error, or an odd answer: nothing ruled out
        return known
    return [m for m in known if m.hint not in ruled_out]


# ------------------------------------------------------------------ one bias shared by every neuron of a layer
SHARED_BIAS = (
    "Every neuron of your layer adds the same bias, {which}, where neuron j adds only its own bias, biases[j]: "
    "{how} Add biases[j] to neuron j's weighted sum, inside the loop over the neurons."
)
SHARED = (
    ("the sum of all the biases", lambda b: sum(b), "a total of the biases (sum(biases), or a running sum) is added "
     "to each neuron's output instead of that neuron's own entry."),
    ("the last bias, biases[-1]", lambda b: b[-1], "the bias read after the loop, or a variable left over from it, "
     "holds the last one only."),
    ("the mean of the biases", lambda b: sum(b) / len(b), "an average of the biases is added to each neuron."),
)


def shared_bias(known, first_only, cases, replies):
    """``known`` (layer_output's misconceptions at one case), with the hint ``first_only`` (every neuron got
    biases[0]) replaced when the check's other cases show the one bias every neuron adds is another: their sum,
    the last one or their mean; ``known`` as it is otherwise."""
    try:
        offsets = []  # per case: the answer minus the weighted sums, and the biases
        for index, (inputs, weights, biases, _) in enumerate(cases):
            try:
                reply = replies[index]
            except StudentError:
                continue
            got = reply[0] if isinstance(reply, tuple) else None
            if not isinstance(got, (list, tuple)) or len(got) != len(weights):
                continue
            sums = [sum(float(x) * float(w) for x, w in zip(inputs, row)) for row in weights]
            offsets.append(([float(g) - s for g, s in zip(got, sums)], [float(b) for b in biases]))
        if not offsets or all(np.allclose(o, b[0], **TIGHT) for o, b in offsets):
            return known  # biases[0] fits every case (or nothing to read): as it was
        for which, value, how in SHARED:
            if all(np.allclose(o, value(b), **TIGHT) for o, b in offsets):
                text = SHARED_BIAS.format(which=which, how=how)
                return [Misconception(text, m.value) if m.hint == first_only else m for m in known]
    except (TypeError, ValueError, OverflowError, ZeroDivisionError, IndexError):
        return known
    return known
