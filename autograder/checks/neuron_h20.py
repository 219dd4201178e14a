"""Readings of the neuron exercise's wrong answers that the twentieth held-out corpus showed, each confirmed on
every case the check asked (or on the student's own line) before it is said: inputs rescaled before the
weighted sum (divided by their length, sum or largest value), each input combined with its weight by another
operation than * (x + w), a layer's list one neuron short (a range that stops early) told apart from one entry
per input, sum() started at the whole list of biases, a bias multiplied by an input, and a count returned as text.

Loaded by ``test_neuron.py`` and ``neuron_count_hints.py`` with ``load_sibling``; handed out with the checks.
Every reader is called only for a failing check, and gives None (never raises) when it cannot tell.
"""

import ast
import re

import numpy as np

from autograder.grading import function_source as source
from autograder.grading import tracebacks


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _numbers(replies):
    try:
        return [float(r) for r in replies]
    except (TypeError, ValueError, OverflowError):
        return None


def _fits(cases, replies, neuron):
    """True when every answer is ``neuron(w, b, x)`` (as floats) over at least three cases and the right output is
    not that (the guess is not the right formula in disguise)."""
    got = _numbers(replies)
    if got is None or len(got) != len(cases) or len(cases) < 3:
        return False
    with np.errstate(all="ignore"):
        guesses, rights = [], []
        for w, b, x, *_ in cases:
            w, x = np.asarray(w, dtype=float), np.asarray(x, dtype=float)
            guesses.append(float(neuron(w, float(b), x)))
            rights.append(float(_sigmoid(np.dot(w, x) + b)))
    if not np.all(np.isfinite(guesses)) or np.allclose(guesses, rights, rtol=1e-9, atol=1e-12):
        return False
    return bool(np.allclose(got, guesses, rtol=1e-7, atol=1e-12))


# ------------------------------------------------------------------ the inputs rescaled first
RESCALED = (
    "Your Neuron divides the inputs by {what} before the weighted sum (x / {code}): at every input the check tried "
    "its output is the sigmoid of weights . (x / {code}) + bias. A neuron has no such step: it takes the inputs "
    "as they are given, sigmoid(np.dot(weights, x) + bias). Remove the normalising line."
)
SCALES = (
    ("their length (the norm)", "np.linalg.norm(x)", lambda x: np.linalg.norm(x)),
    ("their sum", "np.sum(x)", lambda x: np.sum(x)),
    ("their largest value", "np.max(x)", lambda x: np.max(x)),
    ("their largest size", "np.max(np.abs(x))", lambda x: np.max(np.abs(x))),
    ("their count", "len(x)", lambda x: float(len(x))),
    ("the sum of their sizes", "np.sum(np.abs(x))", lambda x: np.sum(np.abs(x))),
)


def rescaled_inputs_hint(cases, replies):
    """RESCALED when the student's Neuron gives sigmoid(w . (x / s(x)) + b) for one s of SCALES at every case."""
    try:
        for what, code, scale in SCALES:
            if _fits(cases, replies, lambda w, b, x, scale=scale: _sigmoid(np.dot(w, x / scale(x)) + b)):
                return RESCALED.format(what=what, code=code)
        if _fits(cases, replies, lambda w, b, x: _sigmoid(np.dot(w, (x - x.mean()) / x.std()) + b)):
            return RESCALED.format(what="their spread after taking off their mean", code="std, after x - mean")
    except Exception:
        return None
    return None


# ------------------------------------------------------------------ each input and weight combined otherwise
PAIRED = (
    "Your {where} combines each input with its weight as {op}, not x * w: at every input the check tried, "
    "{shown}. A weighted sum multiplies each input by its weight and adds up the products: "
    "sum(x * w for x, w in zip(inputs, weights)){then}.{why}"
)
OPS = (
    ("x + w", lambda x, w: x + w, " (sum(map(sum, zip(...))) or sum(pair) adds the two numbers of each pair: it is "
                                  "the pair's sum, not its product)"),
    ("x - w", lambda x, w: x - w, ""), ("w - x", lambda x, w: w - x, ""),
    ("x / w", lambda x, w: x / w, ""), ("x ** w", lambda x, w: x ** w, ""), ("max(x, w)", np.maximum, ""),
)


def layer_paired_hint(cases, replies):
    """PAIRED when every answered layer_output case gives, per neuron, sum(op(x, w)) + b for one op of OPS."""
    try:
        answered = []
        for k, (inputs, weights, biases, *_) in enumerate(cases):
            got = replies[k][0]
            if not isinstance(got, (list, tuple)) or len(got) != len(biases):
                return None
            answered.append((np.asarray(inputs, float), np.asarray(weights, float), np.asarray(biases, float),
                             np.asarray(got, float)))
        with np.errstate(all="ignore"):
            for text, op, why in OPS:
                fits = [np.allclose(got, [np.sum(op(x, row)) + b for row, b in zip(w, bs)], rtol=1e-7, atol=1e-9)
                        for x, w, bs, got in answered]
                if answered and all(fits):
                    return PAIRED.format(where="layer_output", op=text, then=" + bias for each neuron",
                                         shown="each output is the sum of " + text + " over the inputs, plus the bias",
                                         why=why)
    except Exception:
        return None
    return None


def feedforward_paired_hint(cases, replies):
    """PAIRED for a Neuron that gives sigmoid(sum(op(x, w)) + b) for one op of OPS at every case."""
    try:
        for text, op, why in OPS:
            if _fits(cases, replies, lambda w, b, x, op=op: _sigmoid(np.sum(op(x, w)) + b)):
                return PAIRED.format(where="Neuron", op=text, then=", then + bias and the sigmoid",
                                     shown="its output is the sigmoid of the sum of " + text + ", plus the bias",
                                     why=why)
    except Exception:
        return None
    return None


# ------------------------------------------------------------------ a layer's list one neuron short
ONE_SHORT = (
    "Your list is one output short at every layer the check tried ({shown}), and the outputs it has are the right "
    "ones for every neuron but the {lost}: the {lost} neuron is never computed. A loop that stops one early does this: "
    "range(len(biases) - 1), range(1, len(biases)) or a slice such as [:-1] or [1:]. range(len(weights)) runs over "
    "every neuron, 0 up to and including the last."
)


def length_hint(cases, replies, per_input_words):
    """``per_input_words`` (with inputs and neurons filled in for the first case) when every case answered has one
    entry per input; ONE_SHORT when every list is one short and its entries are the right first (or last) outputs.
    Each only where the cases tell the two apart: some case answered with inputs other than neurons - 1 in number,
    or (for one entry per input) a case that raised, as a loop over the inputs past the last neuron does."""
    try:
        shapes, raised = [], False
        for k, (inputs, weights, biases, *_) in enumerate(cases):
            try:
                got = replies[k][0]
            except Exception:  # the student's call raised: no answer to read
                raised = True
                continue
            if not isinstance(got, (list, tuple)):
                return None
            right = [float(np.dot(row, inputs) + b) for row, b in zip(weights, biases)]
            shapes.append((len(inputs), len(biases), list(got), right))
        if not shapes:
            return None
        telling = any(n_in != n - 1 for n_in, n, _, _ in shapes)
        if (telling or raised) and all(len(g) == n_in != n for n_in, n, g, _ in shapes if n_in != n) \
                and shapes[0][0] != shapes[0][1]:
            return per_input_words.format(inputs=shapes[0][0], neurons=shapes[0][1])
        if not telling or not all(len(g) == n - 1 for _, n, g, _ in shapes) or not any(n >= 2 for _, n, _, _ in shapes):
            return None
        for lost, part in (("last", slice(None, -1)), ("first", slice(1, None))):
            if all(np.allclose(np.asarray(g, float), r[part], rtol=1e-7, atol=1e-9) for _, _, g, r in shapes):
                shown = ", ".join(f"{len(g)} for {n}" for _, n, g, _ in shapes)
                return ONE_SHORT.format(shown=shown, lost=lost)
    except Exception:
        return None
    return None


# ------------------------------------------------------------------ sum() started at the whole list
SUM_STARTED_AT_LIST = (
    "On line {line}, `{code}`, sum() is given {start} as its second argument. sum's second argument is the value "
    "the sum starts from, so this sum starts from a whole list, and a list plus a number is the TypeError above. "
    "Start it from this neuron's own bias, one number ({one}), or leave the start out and add that bias after "
    "the sum."
)


def sum_start_hint(student, error, qualname="layer_output"):
    """SUM_STARTED_AT_LIST when ``qualname`` raised a TypeError of a list plus a number on a line whose sum() starts
    at one of the function's parameters (or another list); None otherwise."""
    try:
        said = error.raised_message or ""
        if error.raised != "TypeError" or not re.search(r"can only concatenate list|for \+: '\w+' and 'list'|"
                                                         r"for \+: 'list' and", said):
            return None
        frame = tracebacks.last_with_code(error.detail, students=True)
        _, node = source.function(student, "neuron", qualname)
        if frame is None or node is None:
            return None
        params = {a.arg for a in node.args.args}
        tree = ast.parse(frame.code.strip().rstrip(":") if not frame.code.strip().startswith(("for ", "if ")) else "0")
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "sum":
                start = call.args[1] if len(call.args) == 2 else next((k.value for k in call.keywords if k.arg == "start"), None)
                if start is not None and (isinstance(start, ast.List) or (isinstance(start, ast.Name) and start.id in params)):
                    name = ast.unparse(start)
                    one = f"{name}[j], the j-th entry, or the loop's own bias" if isinstance(start, ast.Name) else "the bias"
                    return SUM_STARTED_AT_LIST.format(line=frame.line, code=frame.code.strip(),
                                                      start=f"{name}, the whole list", one=one)
    except Exception:
        return None
    return None


# ------------------------------------------------------------------ a count given as text
COUNT_TEXT = (
    "Your count_parameters returns text, a str ({got!r}), not a number: {holds}. A message is for printing; the "
    "function's answer is the count itself, an int that code can add and compare: return weights + biases (and "
    "print a sentence outside the function if you want one)."
)


def count_text_hint(got, expected):
    """COUNT_TEXT for a str answer (saying whether its first whole number is the right count); None otherwise."""
    if not isinstance(got, str):
        return None
    try:
        first = re.search(r"-?\d+", got)
        if first is None:
            holds = "it holds no whole number at all"
        elif int(first.group()) == int(expected):
            holds = f"its first number, {first.group()}, is the right count"
        else:
            holds = f"its first number, {first.group()}, is not the right count either"
    except Exception:
        return None
    shown = got if len(got) <= 60 else got[:57] + "..."
    return COUNT_TEXT.format(got=shown, holds=holds)


# ------------------------------------------------------------------ the bias multiplied by an input
BIAS_TIMES_INPUT = (
    "Your Neuron multiplies the bias by {which} (bias * {code}): at every input the check tried its output is "
    "sigmoid(np.dot(weights, x) + bias * {code}). The bias is added as it is, once, after the weighted sum: "
    "sigmoid(np.dot(weights, x) + bias). (The perceptron's constant input x0 = 1 is what multiplies its bias w0; "
    "here no input stands in for it.)"
)
BIAS_FACTORS = (("the first input", "x[0]", lambda x: x[0]), ("the last input", "x[-1]", lambda x: x[-1]),
                ("the sum of the inputs", "np.sum(x)", np.sum), ("the number of inputs", "len(x)", lambda x: len(x)))


def bias_times_input_hint(cases, replies):
    """BIAS_TIMES_INPUT when the student's Neuron gives sigmoid(w . x + b * f(x)) for one f of BIAS_FACTORS at every
    case (and the cases tell the factors apart); None otherwise."""
    try:
        for which, code, factor in BIAS_FACTORS:
            if _fits(cases, replies, lambda w, b, x, factor=factor: _sigmoid(np.dot(w, x) + b * factor(x))):
                return BIAS_TIMES_INPUT.format(which=which, code=code)
    except Exception:
        return None
    return None


def widened(ruled_out, mistakes):
    """``ruled_out`` (hints some case's answer disproves) with every hint of ``mistakes`` (lists of Misconception)
    that says the same with other numbers ("once per input (2 times here)" and "(3 times here)"): one mistake
    disproved on one case is disproved whatever its numbers there."""
    try:
        shapes = {re.sub(r"\d+(?:\.\d+)?", "#", hint) for hint in ruled_out}
        return set(ruled_out) | {m.hint for known in mistakes for m in known
                                 if isinstance(m.hint, str) and re.sub(r"\d+(?:\.\d+)?", "#", m.hint) in shapes}
    except Exception:
        return ruled_out


# ------------------------------------------------------------------ the products combined otherwise than by a sum
COMBINED = (
    "Your Neuron {how} instead of adding them: at every input the check tried its output is "
    "sigmoid({code}(weights * x) + bias). The weighted sum adds the products w[i] * x[i] up: np.sum(weights * x), "
    "or np.dot(weights, x), then + bias."
)
REDUCERS = (("multiplies the products w[i] * x[i] together (np.prod)", "np.prod", np.prod),
            ("takes the largest of the products w[i] * x[i] (np.max)", "np.max", np.max),
            ("averages the products w[i] * x[i] (np.mean)", "np.mean", np.mean))


def combined_hint(cases, replies):
    """COMBINED when the student's Neuron gives sigmoid(r(w * x) + b) for one r of REDUCERS at every case."""
    try:
        for how, code, reduce in REDUCERS:
            if _fits(cases, replies, lambda w, b, x, reduce=reduce: _sigmoid(reduce(w * x) + b)):
                return COMBINED.format(how=how, code=code)
    except Exception:
        return None
    return None


# ------------------------------------------------------------------ the bias folded in with the input 0
FOLDED_ZERO = (
    "Your bias counts for nothing: on line {line}, `{code}`, the bias is folded in as one more weight, but the "
    "input put beside it is the constant 0, and bias * 0 = 0. A bias's input is the constant 1: append 1.0 to the "
    "inputs there (or leave the folding out and add self.bias after np.dot)."
)
APPENDERS = ("append", "concatenate", "hstack", "insert", "r_", "vstack", "stack")


def folded_zero_hint(student, current, no_bias):
    """FOLDED_ZERO in place of ``no_bias`` (the check's hint ``current``) when Neuron.feedforward's lines join a 0 to
    an array (np.append(x, 0), np.concatenate([x, [0]]), [*x, 0]...) in a statement that also names the bias."""
    if current != no_bias:
        return None
    try:
        text, node = source.function(student, "neuron", "Neuron.feedforward")
        if node is None:
            return None
        for stmt in ast.walk(node):
            if not isinstance(stmt, (ast.Assign, ast.AugAssign, ast.Return, ast.Expr, ast.AnnAssign)):
                continue
            segment = ast.get_source_segment(text, stmt) or ""
            zeros = any(isinstance(c, ast.Constant) and c.value == 0 and not isinstance(c.value, bool)
                        for c in ast.walk(stmt))
            joins = any((isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr in APPENDERS)
                        or isinstance(c, ast.Starred) for c in ast.walk(stmt))
            if zeros and joins and "bias" in segment:
                return FOLDED_ZERO.format(line=stmt.lineno, code=source.statement_line(text, stmt))
    except Exception:
        return None
    return None


# ------------------------------------------------------------------ a list argument changed by a method
CHANGED_BY_METHOD = (
    "Your layer_output changes the caller's {what} list: on line {line}, `{code}`, .{method}() changes the list it is "
    "called on, in place, and {what} is the caller's own list, not a copy, so after one call their list is {left}. "
    "Read the list without changing it: zip(weights, biases), or an index such as {what}[j]."
)
LIST_METHODS = {"pop": "shorter (a second call finds fewer entries)", "remove": "shorter", "clear": "empty",
                "append": "longer", "extend": "longer", "insert": "longer", "sort": "reordered",
                "reverse": "reversed"}


def changed_by_method_hint(student, what):
    """CHANGED_BY_METHOD when layer_output's lines call a list-changing method on its parameter ``what``; None
    otherwise (the check's own words stand)."""
    try:
        text, node = source.function(student, "neuron", "layer_output")
        if node is None or what not in {a.arg for a in node.args.args}:
            return None
        for call in ast.walk(node):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr in LIST_METHODS \
                    and isinstance(call.func.value, ast.Name) and call.func.value.id == what:
                return CHANGED_BY_METHOD.format(what=what, line=call.lineno, code=source.statement_line(text, call),
                                                method=call.func.attr, left=LIST_METHODS[call.func.attr])
    except Exception:
        return None
    return None


def expect_left_alone(student, before, after, call, what, hint):
    """compare.expect_unchanged of the caller's ``what`` list, with CHANGED_BY_METHOD in place of ``hint`` where the
    student's lines show the method that changed it (read only once the list was found changed)."""
    from autograder.grading.compare import CheckFailed, expect_unchanged
    try:
        expect_unchanged(before, after, call=call, what=f"the caller's {what} list", hint=hint)
    except CheckFailed as failed:
        raise CheckFailed(failed.message, hint=changed_by_method_hint(student, what) or failed.hint) from None
