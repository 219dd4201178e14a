"""Slips of the neuron exercise that the eighteenth held-out corpus showed, each said only where the check's answers
already fit it (and, where the answers alone cannot tell how, the student's own lines show it): a network's single
output wrapped in a one-element list, a layer's bias subtracted where it is added, count_parameters skipping every
other pair of neighbouring layers or counting repeated pairs of widths once, and np.cross (the cross product) taken
for the dot product of a neuron's weighted sum.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import ast

import numpy as np

from autograder.grading import function_source as source
from autograder.grading import tracebacks
from autograder.grading.compare import CheckFailed, Misconception, is_number, kind_of

# ------------------------------------------------------------------ one number wrapped in a list
WRAPPED = (
    "Your {name} returns a {kind} holding one number, {got!r}, where a single number belongs: the network has one "
    "output neuron, o1, and its output is the float itself, not a {kind} of it.{how} Return o1's output as it is "
    "(or take the number out of the {kind} with [0])."
)
WRAPPED_BRACKETS = {"List": " The square brackets in `{line}` (line {lineno}) make that list: drop them.",
                    "Tuple": " The comma in `{line}` (line {lineno}) makes that tuple: drop it (and its brackets)."}


def expect_not_wrapped(student, got, call, name="TinyNetwork.feedforward"):
    """Fails with WRAPPED when ``got`` is a list or tuple of one number (where one float is asked)."""
    if not (isinstance(got, (list, tuple)) and len(got) == 1 and is_number(got[0])):
        return
    text, node = source.function(student, "neuron", name)
    how = ""
    for sub in _returns(node):
        if type(sub.value).__name__ in ("List", "Tuple") and len(sub.value.elts) == 1:
            how = WRAPPED_BRACKETS[type(sub.value).__name__].format(line=source.statement_line(text, sub), lineno=sub.lineno)
            break
    raise CheckFailed(f"{call} returned {kind_of(got)}; it should return a single number (a float)",
                      hint=WRAPPED.format(name=name, got=got, how=how, kind=type(got).__name__))


def _returns(node):
    return [sub for sub in ast.walk(node) if isinstance(sub, ast.Return) and sub.value is not None] if node else []


# ------------------------------------------------------------------ a layer's bias subtracted
BIAS_SUBTRACTED = (
    "Your layer_output subtracts each neuron's bias where it should add it: every output is the weighted sum minus "
    "biases[j] (total - bias). The bias is added: neuron j's output is the sum over i of inputs[i] * weights[j][i], "
    "plus biases[j]. Turn the minus into a plus."
)


def layer_mistakes(expected, biases):
    """Misconceptions of layer_output at one case: the bias subtracted."""
    return [Misconception(BIAS_SUBTRACTED, [total - 2 * b for total, b in zip(expected, biases)])]


# ------------------------------------------------------------------ count_parameters over some pairs only
EVERY_OTHER = (
    "Your count_parameters counts only every other pair of neighbouring layers: for {sizes} it adds the weights "
    "and biases of the pairs at positions {kept} ({kept_pairs}) and skips those at {skipped} ({skipped_pairs}), "
    "which gives {got}. A loop that steps by 2, range(0, n, 2), or a slice with a step, [::2], does this. Every layer "
    "but the first gets its weights and biases from the layer before it, so walk every neighbouring pair, one step "
    "at a time: layer k with layer k + 1, for every k."
)
PAIRS_ONCE = (
    "Your count_parameters counts each pair of neighbouring widths once only: {sizes} has the pair {pair} "
    "{times} times, and your count ({got}) includes its weights and biases once. {how} Each pair of neighbouring "
    "layers has its own weights and biases, even where the widths repeat: add them all, in a plain loop or a list, "
    "with nothing that drops repeats."
)
SET_USED = "Your `{line}` (line {lineno}) makes a set, and a set keeps one copy of each pair."
SET_LOOK = "Look for what drops the repeats: a set, a dict keyed by the pair, or an `if pair not in` test."


def _pairs(sizes):
    return list(zip(sizes, sizes[1:]))


def _count(pairs):
    return sum(a * b + b for a, b in pairs)


def count_hint(student, all_sizes, answers):
    """EVERY_OTHER or PAIRS_ONCE when the answers to every list of ``all_sizes`` fit that slip (and it shows on
    some list); None otherwise."""
    lists = [list(s) for s in all_sizes]
    if any(not isinstance(a, int) or isinstance(a, bool) for a in answers):
        return None
    for start in (0, 1):
        every_other = [_count(_pairs(s)[start::2]) for s in lists]
        if answers == every_other and any(a != _count(_pairs(s)) for a, s in zip(answers, lists)):
            sizes = max(lists, key=len)
            pairs = _pairs(sizes)
            kept, skipped = list(range(start, len(pairs), 2)), [k for k in range(len(pairs)) if (k - start) % 2]
            return EVERY_OTHER.format(sizes=sizes, kept=_positions(kept), skipped=_positions(skipped),
                                      kept_pairs=", ".join(str(pairs[k]) for k in kept),
                                      skipped_pairs=", ".join(str(pairs[k]) for k in skipped),
                                      got=answers[lists.index(sizes)])
    once = [_count(set(_pairs(s))) for s in lists]
    if answers != once:
        return None
    for sizes, got in zip(lists, answers):
        pairs = _pairs(sizes)
        repeated = next((p for p in pairs if pairs.count(p) > 1), None)
        if repeated is not None:
            text, node = source.function(student, "neuron", "count_parameters")
            made = next(iter(source.calls(node, ("set",))), None) if node is not None else None
            how = SET_USED.format(line=source.statement_line(text, made[0]), lineno=made[0].lineno) if made else SET_LOOK
            return PAIRS_ONCE.format(sizes=sizes, pair=repeated, times=pairs.count(repeated), got=got, how=how)
    return None


def _positions(ks):
    return " and ".join(", ".join(map(str, ks)).rsplit(", ", 1)) if ks else "none"


# ------------------------------------------------------------------ np.cross for np.dot
CROSS = (
    "Your Neuron.feedforward multiplies the weights and the inputs with np.cross (line {lineno}: `{line}`): the "
    "cross product of two vectors, which for two entries is the single number w[0] * x[1] - w[1] * x[0] (and for "
    "three a new vector), not the weighted sum. The weighted sum is the dot product: each weight times its own "
    "input, all added up, np.dot(weights, inputs), then plus the bias."
)


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def cross_hint(student, cases, replies):
    """CROSS when Neuron.feedforward's own lines call np.cross and every two-input case answered with a number is
    sigmoid(cross(w, x) + b); None otherwise."""
    text, node = source.function(student, "neuron", "Neuron.feedforward")
    found = next(iter(source.calls(node, ("cross",))), None) if node is not None else None
    if found is None:
        return None
    for (weights, bias, x, _), got in zip(cases, replies):
        if len(x) == 2 and is_number(got):
            replay = _sigmoid(weights[0] * x[1] - weights[1] * x[0] + bias)  # np.cross of two 2-vectors
            if not np.isclose(float(got), replay, rtol=1e-6, atol=1e-9):
                return None
    return CROSS.format(lineno=found[0].lineno, line=source.statement_line(text, found[0]))


# ------------------------------------------------------------------ one number indexed as if it were a list
SCALAR_INDEX = (
    "On line {lineno} of your neuron.py, `{code}`, {what} indexes a single number: {value} is one number there (a "
    "neuron's weighted sum is one number, and so is its sigmoid), and a number has no positions to index, hence the "
    "{raised}. Drop the {index}: the number itself is the value you want."
)
SCALAR_INDEX_LOOK = (
    "On line {lineno} of your neuron.py, `{code}`, something is indexed that is a single number, not a list or an "
    "array, hence the {raised}: one neuron's weighted sum, and its sigmoid, are one number each. Look at the "
    "indexes written there ({written}) and drop the one that reads a number."
)
SCALAR_ERRORS = ("invalid index to scalar variable", "array is 0-dimensional", "object is not subscriptable")


def scalar_index_hint(error):
    """SCALAR_INDEX (one subscript on the student's line) or SCALAR_INDEX_LOOK (several) for an error of indexing a
    single number, read off the traceback's last line in the student's file; None for any other error."""
    said = getattr(error, "raised_message", None) or ""
    if getattr(error, "raised", None) not in ("IndexError", "TypeError") or not any(s in said for s in SCALAR_ERRORS):
        return None
    if "object is not subscriptable" in said and not any(k in said for k in ("float", "int", "numpy.")):
        return None  # None, a function, a generator: another slip
    frame = tracebacks.last_with_code(getattr(error, "detail", ""), students=True)
    if frame is None:
        return None
    try:
        tree = ast.parse(frame.code.strip().rstrip(":") + ("\n    pass" if frame.code.strip().endswith(":") else ""))
    except SyntaxError:
        return None
    subs = [n for n in ast.walk(tree) if isinstance(n, ast.Subscript)]
    if not subs:
        return None
    raised = f"{error.raised}: {said}"
    if len(subs) == 1:
        sub = subs[0]
        return SCALAR_INDEX.format(lineno=frame.line, code=frame.code.strip(), what=f"`{ast.unparse(sub)}`",
                                   value=f"`{ast.unparse(sub.value)}`", raised=raised, index=f"[{ast.unparse(sub.slice)}]")
    return SCALAR_INDEX_LOOK.format(lineno=frame.line, code=frame.code.strip(), raised=raised,
                                    written=", ".join(f"`{ast.unparse(s)}`" for s in subs[:3]))
