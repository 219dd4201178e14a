"""Slips of the neuron exercise that the seventeenth held-out corpus showed, each said only where the check's
answers (or the error raised) already fit it and, where the answers alone cannot tell, the student's own lines
show it: np.sum given a second argument (the axis, not a start value), an axis a single sample's 1-D product
lacks, an outer product (np.tensordot with axes=0, np.outer) where the weighted sum belongs, a dict's keys
handed on where its values belong, a layer's outputs turned into text, a dict key written without its f prefix,
and count_parameters' widths found with list.index or folded with a running total (functools.reduce).

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import ast
import re

from autograder.grading import function_source as source

SUM_SECOND = (
    "In your {name}, `{line}` (line {lineno}) gives {call}{start} argument, {second}. Python's built-in sum "
    "takes a start value as its second argument, but NumPy's sum takes the axis to add along there, a whole "
    "number, so NumPy {what}. Add the products up with a sum of them alone, and add the bias afterwards, with +."
)
SUM_SECOND_WHAT = {"TypeError": "refuses a float bias as an axis (the TypeError)",
                   "AxisError": "reads the bias as an axis that a 1-D array does not have (the AxisError)"}
AXIS_ONE_D = (
    "In your {name}, `{line}` (line {lineno}) adds along {axis}, but one sample's product weights * inputs is a "
    "1-D array, one value per input: its only axis is axis 0 (axis=1 is for a 2-D batch, one row per sample). "
    "Leave the axis out: np.sum of a 1-D array adds everything, one number (np.dot does the whole weighted sum)."
)
OUTER = (
    "In your {name}, `{line}` (line {lineno}) makes the outer product: {how} multiplies every weight by every "
    "input and adds nothing up, an (n, n) table, where the weighted sum is one number, the sum of weights[i] * "
    "inputs[i] over i (float() of that table is the TypeError). Use np.dot(weights, inputs){or_axes}."
)
DICT_KEYS = (
    "In your TinyNetwork.feedforward, `{line}` (line {lineno}) hands o1 {what}: a dict "
    "gives its keys (the labels it stores the outputs under) when it is turned into a list or gone through, not the "
    "values stored under them, so o1 weighs text, not the hidden outputs. Hand o1 the values, the two numbers: "
    "list({dict_name}.values()), or keep the outputs in a list in the first place."
)
LAYER_TEXT = (
    "Your list holds text, not numbers ({example!r} is a str): a formatted string (an f-string such as "
    "f\"{{x:.4f}}\", format() or str()) turns a number into its printed digits, and text cannot be added or "
    "compared as numbers (and keeps only the digits shown). Append the number itself, total plus bias, and "
    "format only where you print."
)
KEY_NO_F = (
    "In your layer_output, the key {key} (line {lineno}) has braces but no f before its quotes: without the f "
    "prefix it is not an f-string, the braces stay as they are and every neuron writes the same literal key, so "
    "each output overwrites the one before and only one is left ({got} for {neurons} neurons). Put an f "
    "before the quotes, or simpler, append each output to a list."
)
COUNT_INDEX = (
    "Your count_parameters finds a layer's neighbour with .index(...) (`{line}`, line {lineno}): list.index gives "
    "the position of the FIRST layer of that width, so when two layers have the same width (as 5, 5, 5 here) "
    "they all take the same neighbour and some pairs are counted wrong. Go by position instead: loop over the "
    "indices (range or enumerate) or walk the list beside itself shifted by one (zip)."
)
COUNT_RUNNING = (
    "Your count feeds its running total back in as a width: after the first pair, the number so far takes the "
    "place of the previous layer's width, a * b + b is computed with a the total (for [3, 5, 5, 5, 2] it grows to "
    "{got}){reduce}. The width a belongs to the layer before b: take the widths in pairs of neighbours and add each "
    "pair's a * b + b to a total of its own, which starts at 0."
)
REDUCE_WORDS = (", as functools.reduce(lambda a, b: ...) over the widths does: reduce hands its result so far to "
                "the next step as a, never the previous width")


def _segment(text, node):
    return source._line(text, node)[0]


def feedforward_error_hint(student, error, qualname="Neuron.feedforward"):
    """SUM_SECOND, AXIS_ONE_D or OUTER for the error ``qualname`` (Neuron.feedforward) raised, read off its own
    lines and said only for the error each slip raises; None otherwise."""
    raised, said = getattr(error, "raised", None), getattr(error, "raised_message", None) or ""
    text, node = source.function(student, "neuron", qualname)
    if node is None or raised not in ("TypeError", "AxisError"):
        return None
    for call, _, owner in source.calls(node, {"sum"}):
        method = owner not in ("np", "numpy")  # products.sum(...): its first argument is already the axis
        if method and (not isinstance(call.func, ast.Attribute) or owner in ("math", "builtins")):
            continue
        second = call.args[0] if method and call.args else call.args[1] if len(call.args) >= 2 else None
        if isinstance(second, ast.Constant) and isinstance(second.value, int) and raised == "AxisError" \
                and "array of dimension 1" in said:  # an axis meant as one: np.sum(products, 1)
            return AXIS_ONE_D.format(name=qualname, line=_segment(text, call), lineno=call.lineno, axis=f"axis {second.value}")
        if second is not None and (raised == "AxisError" or "cannot be interpreted as an integer" in said):
            return SUM_SECOND.format(name=qualname, line=_segment(text, call), lineno=call.lineno,
                                     call="the method .sum" if method else "np.sum", start=" a first" if method else " a second",
                                     second=ast.get_source_segment(text, second), what=SUM_SECOND_WHAT[raised])
        axis = next((k.value for k in call.keywords if k.arg == "axis"), None)
        if axis is not None and raised == "AxisError" and "array of dimension 1" in said:
            return AXIS_ONE_D.format(name=qualname, line=_segment(text, call), lineno=call.lineno,
                                     axis=f"axis={ast.get_source_segment(text, axis)}")
    if raised == "TypeError" and ("only 0-dimensional arrays" in said or "only length-1 arrays" in said):
        for call, name, _ in source.calls(node, {"tensordot", "outer"}):
            axes = next((k.value for k in call.keywords if k.arg == "axes"), call.args[2] if len(call.args) > 2 else None)
            if name == "outer" or (isinstance(axes, ast.Constant) and axes.value == 0):
                how = "np.tensordot with axes=0" if name == "tensordot" else f"{_segment(text, call.func)}"
                return OUTER.format(name=qualname, line=_segment(text, call), lineno=call.lineno, how=how,
                                    or_axes=", or np.tensordot with axes=1, which adds the products up" if name == "tensordot" else "")
    return None


def _dict_names(node):
    """Names assigned a dict (a {...} literal or dict(...)) in ``node``."""
    found = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Assign) and (isinstance(sub.value, ast.Dict) or (
                isinstance(sub.value, ast.Call) and isinstance(sub.value.func, ast.Name) and sub.value.func.id == "dict")):
            found |= {t.id for t in sub.targets if isinstance(t, ast.Name)}
    return found


def tiny_dict_hint(student, error):
    """DICT_KEYS when TinyNetwork.feedforward raised (``error``) and its own lines hand a feedforward call a dict,
    as it is or as list(...), tuple(...), np.array(...) of it; None otherwise."""
    if not getattr(error, "raised", None):
        return None
    text, node = source.function(student, "neuron", "TinyNetwork.feedforward")
    if node is None or not (names := _dict_names(node)):
        return None
    for call, _, _ in source.calls(node, {"feedforward"}):
        for arg in call.args:
            read = {id(sub.value) for sub in ast.walk(arg) if isinstance(sub, (ast.Attribute, ast.Subscript))}
            inner = next((sub for sub in ast.walk(arg) if isinstance(sub, ast.Name) and sub.id in names
                          and id(sub) not in read), None)
            if inner is not None:
                what = f"the dict {inner.id} itself" if inner is arg else \
                    f"{ast.get_source_segment(text, arg)}, made of the dict {inner.id}"
                return DICT_KEYS.format(line=_segment(text, call), lineno=call.lineno, what=what, dict_name=inner.id)
    return None


def layer_text_hint(got):
    """LAYER_TEXT when layer_output's list ``got`` holds text (str); None otherwise."""
    if not isinstance(got, (list, tuple)):
        return None
    text = next((item for item in got if isinstance(item, str)), None)
    return LAYER_TEXT.format(example=text) if text is not None else None


def layer_key_hint(student, got, expected):
    """KEY_NO_F when layer_output gave fewer outputs than neurons and its own lines hold a string with {name} in
    braces that is no f-string (nor formatted with .format or %); None otherwise."""
    if not isinstance(got, (list, tuple)) or len(got) >= len(expected):
        return None
    text, node = source.function(student, "neuron", "layer_output")
    if node is None:
        return None
    inside_f, formatted = set(), set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.JoinedStr):
            inside_f |= {id(v) for v in ast.walk(sub)}
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == "format":
            formatted.add(id(sub.func.value))
        if isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.Mod):
            formatted.add(id(sub.left))
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str) and id(sub) not in inside_f | formatted \
                and any(ch.isidentifier() for ch in _braced(sub.value)):
            return KEY_NO_F.format(key=ast.get_source_segment(text, sub), lineno=sub.lineno,
                                   got=f"{len(got)} output" + ("s" if len(got) != 1 else ""),
                                   neurons=len(expected))
    return None


def _braced(value):
    """The names written in braces in ``value``: "neuron{j}" gives ["j"]."""
    return re.findall(r"\{(\w+)\}", value)


def _index_count(sizes, after):
    """The count of a loop that finds each layer's neighbour with sizes.index: the layer before b (after False)."""
    total = 0
    for b in sizes[1:] if not after else sizes[:-1]:
        a = sizes[sizes.index(b) - 1] if not after else sizes[sizes.index(b) + 1]
        total += a * b + b if not after else b * a + a
    return total


def _running_count(sizes):
    """The count of a fold that feeds its running total back in as the previous width."""
    if not sizes:
        return None
    total = sizes[0]
    for b in sizes[1:]:
        total = total * b + b
    return total


def count_hint(student, all_sizes, answers):
    """COUNT_INDEX or COUNT_RUNNING when the answers to every list of ``all_sizes`` are those of that slip (and,
    for .index, count_parameters' own lines call it); None otherwise."""
    text, node = source.function(student, "neuron", "count_parameters")
    lists = [list(sizes) for sizes in all_sizes]
    if node is not None:
        for after in (False, True):
            if answers == [_index_count(sizes, after) for sizes in lists]:
                call = next((c for c, _, _ in source.calls(node, {"index"})), None)
                if call is not None:
                    return COUNT_INDEX.format(line=_segment(text, call), lineno=call.lineno)
    if answers == [_running_count(sizes) for sizes in lists]:
        uses_reduce = node is not None and next(source.calls(node, {"reduce"}), None) is not None
        return COUNT_RUNNING.format(got=answers[0], reduce=REDUCE_WORDS if uses_reduce else "")
    return None


ALIASED_ROWS = (
    "In your layer_output, `{line}` (line {lineno}) repeats one inner list with *: the outer * copies the reference, "
    "not the list, so every row is the very same list, and writing into one row writes into all of them. After "
    "the loops every row holds what the last neuron wrote, and the neurons differ only by their biases. Build a "
    "new list for each row, one per neuron (a list comprehension with a for, or append a fresh list in the loop)."
)
MAKERS = {"zeros", "ones", "empty", "full", "array", "list", "zeros_like"}


def _fresh_container(node):
    """A list literal, a [...] * n of one, or a call that makes a list or an array: a row that * would share."""
    if isinstance(node, ast.List):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        return isinstance(node.left, ast.List) or isinstance(node.right, ast.List)
    func = node.func if isinstance(node, ast.Call) else None
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
    return name in MAKERS


def aliased_rows(text, node):
    """The first ``[row] * m`` in ``node`` whose row is a list or an array: (line text, line number), or None."""
    for sub in ast.walk(node) if node is not None else ():
        if isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.Mult):
            for side in (sub.left, sub.right):
                if isinstance(side, ast.List) and any(_fresh_container(e) for e in side.elts):
                    return _segment(text, sub), sub.lineno
    return None


def aliased_rows_hint(student, known_hint, one_row):
    """ALIASED_ROWS when layer_output's own lines repeat a row with * and the check's hint is none or ``one_row``
    (neuron_hints.ONE_ROW) of the first or the last row: every neuron gives the same row's products, which shared
    rows give too; else None."""
    said = {one_row.format(row=row, which=which) for row, which in ((0, "the first"), (-1, "the last"))}
    if known_hint is not None and known_hint not in said:
        return None
    text, node = source.function(student, "neuron", "layer_output")
    found = aliased_rows(text, node)
    return ALIASED_ROWS.format(line=found[0], lineno=found[1]) if found else None
