"""Hints of the count_parameters check read off its answers, its error and the student's own lines: every layer
counted as if it were fed by the input layer (the previous width kept in a variable never moved on), a count that
wrapped round because the widths were held in a small fixed-size integer (np.int16 and the like), and two lists of
widths multiplied with *, which Python refuses. Each is said only when it gives every answer (or names the error
Python raised), and asked only after the check failed. Said in words, never as a solution's code line.

Loaded by ``test_neuron.py`` with ``load_sibling``; handed out with the checks.
"""

import ast
import re

from autograder.grading import function_source as source

FIRST_WIDTH = (
    "Your count_parameters counts every layer as if it were connected to the input layer: for [3, 5, 5, 5, 2] it "
    "gives {got}, that is (3 * 5 + 5) + (3 * 5 + 5) + (3 * 5 + 5) + (3 * 2 + 2), where each layer's weights are "
    "the previous layer's width times its own: (3 * 5 + 5) + (5 * 5 + 5) + (5 * 5 + 5) + (5 * 2 + 2) = 92. "
    "{cause}"
)
NEVER_MOVED = (
    "{name} holds the previous layer's width (`{line}`, line {lineno}) but is never updated inside the loop: "
    "at the end of each pass, set it to the width just counted ({name} = the current width), or pair the widths "
    "with zip(sizes, sizes[1:])."
)
FIRST_WIDTH_FIX = (
    "Pair each layer with the one just before it: for instance with zip(sizes, sizes[1:]), or keep the previous "
    "width in a variable and update it at the end of every pass of the loop."
)
WRAPPED = (
    "Your count_parameters gives {got} for {sizes}, where the count is {right}: the two differ by a multiple of "
    "2**{bits} = {modulus}, the mark of an integer overflow. A NumPy integer of {bits} bits holds at most {top} "
    "(784 * 128 is already 100352), and past that it wraps round, even to negative numbers (NumPy may only "
    "warn){where}. Keep the widths as Python ints (int(n), or the list as it is, with no dtype): Python's own "
    "ints never overflow."
)
LISTS_MULTIPLIED = (
    "Your count_parameters multiplies two {kinds} with *{where}: Python refuses (TypeError: can't multiply sequence "
    "by non-int), because * on a list or a tuple repeats it a whole number of times and never multiplies "
    "element by element. The widths come as a list or a tuple: pair them with zip(sizes, sizes[1:]) and "
    "multiply each pair, or make them an array first, sizes = np.asarray(layer_sizes), so that * works "
    "element by element (and turn the total back into an int)."
)


def first_width_hint(student, all_sizes, answers):
    """FIRST_WIDTH when every answer is each layer counted with the input layer's width; None otherwise."""
    try:
        replay = [sum(sizes[0] * b + b for b in sizes[1:]) if sizes else 0 for sizes in all_sizes]
        if list(answers) != replay or 92 == replay[0]:
            return None
        return FIRST_WIDTH.format(got=replay[0], cause=_never_moved(student) or FIRST_WIDTH_FIX)
    except Exception:
        return None


def _never_moved(student):
    """NEVER_MOVED for the one name set before a loop, read inside it, and never assigned in it; None else."""
    text, node = source.function(student, "neuron", "count_parameters")
    if node is None:
        return None
    loops = [n for n in node.body if isinstance(n, (ast.For, ast.While))]
    if len(loops) != 1:
        return None
    loop = loops[0]
    before = {}
    for statement in node.body[:node.body.index(loop)]:
        if isinstance(statement, ast.Assign):
            for target in statement.targets:
                if isinstance(target, ast.Name):
                    before[target.id] = statement
    read = {n.id for n in ast.walk(loop) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    written = {n.id for n in ast.walk(loop) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    loop_names = {n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)} if isinstance(loop, ast.For) else set()
    candidates = [name for name in before if name in read and name not in written and name not in loop_names
                  and name not in _iterated(loop)]
    if len(candidates) != 1:
        return None
    name = candidates[0]
    return NEVER_MOVED.format(name=name, line=source.statement_line(text, before[name]), lineno=before[name].lineno)


def _iterated(loop):
    """Names the loop walks over (for width in sizes[1:]: sizes), which it rightly never changes."""
    if not isinstance(loop, ast.For):
        return set()
    return {n.id for n in ast.walk(loop.iter) if isinstance(n, ast.Name)}


def wrapped_hint(student, all_sizes, answers, counts):
    """WRAPPED when every wrong answer equals the right count modulo 2**8, 2**16 or 2**32; None otherwise."""
    try:
        wrong = [(sizes, got, right) for sizes, got, right in zip(all_sizes, answers, counts) if got != right]
        if not wrong:
            return None
        for bits in (8, 16, 32):  # the narrowest integer that holds every wrong answer and wraps to it
            modulus = 2**bits
            if all((got - right) % modulus == 0 and -modulus // 2 <= got < modulus for _, got, right in wrong):
                sizes, got, right = wrong[0]
                return WRAPPED.format(got=got, sizes=list(sizes), right=right, bits=bits, modulus=modulus,
                                      top=modulus // 2 - 1, where=_dtype_words(student))
        return None
    except Exception:
        return None


def _dtype_words(student):
    text, node = source.function(student, "neuron", "count_parameters")
    if node is None:
        return ""
    found = [n for n in ast.walk(node) if isinstance(n, ast.stmt) and not isinstance(n, ast.FunctionDef)
             and re.search(r"\b(u?int(8|16|32))\b", ast.get_source_segment(text, n) or "")
             and not any(isinstance(c, ast.stmt) for c in ast.iter_child_nodes(n))]
    if len(found) != 1:
        return ""
    return f": your widths are made such integers in `{source.statement_line(text, found[0])}` (line {found[0].lineno})"


def lists_multiplied_hint(student, error):
    """LISTS_MULTIPLIED for the TypeError of a list (or tuple) times a list (or tuple); None otherwise."""
    try:
        said = error.raised_message or ""
        found = re.search(r"can't multiply sequence by non-int of type '(list|tuple)'", said)
        if error.raised != "TypeError" or not found:
            return None
        code = _product_line(student)
        return LISTS_MULTIPLIED.format(kinds=found.group(1) + "s" if found.group(1) == "list" else "sequences",
                                       where=code)
    except Exception:
        return None


def _product_line(student):
    text, node = source.function(student, "neuron", "count_parameters")
    if node is None:
        return ""
    products = [n for n in ast.walk(node) if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult)
                and all(isinstance(side, ast.Subscript) and isinstance(side.slice, ast.Slice)
                        for side in (n.left, n.right))]
    if len(products) != 1:
        return ""
    return f", {ast.get_source_segment(text, products[0])} (line {products[0].lineno})"
