"""Readings of three errors whose cause sits on the student's own line, when no reader knew a more precise
one: an index past the end (IndexError), an axis an array lacks (AxisError), and two shapes element-wise
work cannot line up (ValueError: operands could not be broadcast). Each names the line from the traceback,
the index or the axis or the shapes from the error's message, and the subscripts on that line; it states
the usual causes as things to look for, since the line alone cannot tell which one it is. Pure.
"""

from __future__ import annotations

import ast
import re

from . import tracebacks

ARRAY_INDEX = re.compile(r"index (-?\d+) is out of bounds for axis (\d+) with size (\d+)")
SEQUENCE_INDEX = re.compile(r"\b(list|tuple|string) index out of range")
AXIS = re.compile(r"axis (-?\d+) is out of bounds for array of dimension (\d+)")
BROADCAST = re.compile(r"operands could not be broadcast together with shapes \(([\d,]*)\) \(([\d,]*)\)")
NEXT_ITEM = re.compile(r"\[[^\]]*\+\s*1\s*\]")


def line_reading(raised: str, message: str, detail: str = "") -> str | None:
    """The reading of an index, axis or broadcast error, or None for any other error."""
    frame = tracebacks.last_with_code(detail, students=True)
    where = f"line {frame.line} of your {frame.file_name}, `{frame.code}`," if frame else "the line the traceback shows"
    if raised == "IndexError":
        return _index(message, where, frame.code if frame else "")
    if raised == "AxisError":
        return _axis(message, where)
    if raised == "ValueError":
        return _broadcast(message, where)
    return None


def _subscripts(code: str) -> list[str]:
    """The subscripts written on ``code`` (``y[epoch]``, ``W[i][j]``), outermost first; [] when it does not parse."""
    text = code.rstrip(":")
    for attempt in (text, text + "\n    pass", text + " pass"):
        try:
            tree = ast.parse(attempt)
            break
        except SyntaxError:
            tree = None
    found = [node for node in ast.walk(tree) if isinstance(node, ast.Subscript)] if tree else []
    inner = {id(node.value) for node in found}
    return [ast.unparse(node) for node in found if id(node) not in inner][:3]


def _which(code: str) -> str:
    written = _subscripts(code)
    if not written:
        return ""
    return f" (the index{'es' if len(written) > 1 else ''} written there: {', '.join(f'`{s}`' for s in written)})"


def _index(message: str, where: str, code: str) -> str | None:
    found = ARRAY_INDEX.search(message)
    if found:
        index, axis, size = (int(v) for v in found.groups())
        past = ("one past the last position" if index == size else
                "beyond the last position" if index > size else "further back than the first position")
        return (
            f"On {where} an index asked for position {index} along axis {axis} of an array that has {size} "
            f"positions there (0 to {size - 1}): {past}{_which(code)}. The index counts something other than "
            "what it reads: look for a counter of epochs, or of another array's rows, used to read this one "
            "(the sample index belongs there), a count that starts at 1, or an i + 1 that reaches past the last "
            "item. Each index should run over range(len(...)) of the very array it reads, or loop over the "
            "items themselves (for x_i, y_i in zip(X, y))."
        )
    found = SEQUENCE_INDEX.search(message)
    if not found:
        return None
    kind = found.group(1)
    if NEXT_ITEM.search(code):
        return (
            f"An index ran past the end of a {kind}: a {kind} of n items has the indices 0 to n - 1, and on "
            f"{where} i + 1 reaches n on the last pass. A loop that reads item i + 1 must stop one step earlier, "
            "range(len(items) - 1), or walk over neighbouring pairs with zip(items, items[1:])."
        )
    return (
        f"On {where} an index ran past the end of a {kind}{_which(code)}: a {kind} of n items has the indices "
        "0 to n - 1. Look at what the index counts: a counter of something else (epochs, another list's items), "
        f"a count that starts at 1, or a {kind} that is shorter than you think (one item per layer where one "
        "per pair of layers is meant, or the reverse)."
    )


def _axis(message: str, where: str) -> str | None:
    found = AXIS.search(message)
    if not found:
        return None
    axis, ndim = int(found.group(1)), int(found.group(2))
    have = "has no axes at all (it is a single number)" if ndim == 0 else (
        f"has {ndim} ax{'is' if ndim == 1 else 'es'}, numbered 0 to {ndim - 1}" if ndim > 1 else "has one axis only, axis 0")
    return (
        f"On {where} axis {axis} was asked of an array that {have}. Either the array has fewer axes than the "
        "line expects (one sample is 1-D where a batch is 2-D; a sum or mean without axis= already leaves a "
        "single number; a vector (n,) is not a column (n, 1)), or the axis number is one too high. Print the "
        "array's .shape just before that line."
    )


def _products(code: str) -> list[tuple[str, str, str]]:
    """The matrix products written on ``code``: (the product, its left side, its right side) for each
    ``a @ b``, ``np.dot(a, b)``, ``np.matmul(a, b)`` and ``a.dot(b)``; [] when the line does not parse."""
    text = code.rstrip(":")
    for attempt in (text, text + "\n    pass"):
        try:
            tree = ast.parse(attempt)
            break
        except SyntaxError:
            tree = None
    found = []
    for node in ast.walk(tree) if tree else ():
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
            found.append((node, node.left, node.right))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("dot", "matmul"):
            if len(node.args) == 2 and isinstance(node.func.value, ast.Name) and node.func.value.id in ("np", "numpy"):
                found.append((node, *node.args))
            elif len(node.args) == 1 and node.func.attr == "dot":
                found.append((node, node.func.value, node.args[0]))
    return [tuple(ast.unparse(part) for part in item) for item in found]


def product_line(left_last: int, right_first: int, detail: str, shapes: tuple[str, str] | None = None) -> str:
    """What the student's line shows of a matrix product whose inner sizes differ (the left side's last
    ``left_last``, the right side's first ``right_first``; ``shapes``, when the error gave both whole):
    the line and the product written there, each side named; "" when the traceback shows no line of theirs."""
    frame = tracebacks.last_with_code(detail, students=True)
    if frame is None:
        return ""
    where = f"On line {frame.line} of your {frame.file_name}, `{frame.code}`"
    products = _products(frame.code)
    if not products:
        return ""  # the product is made further in (a NumPy function called there): the line names no sides
    if len(products) > 1:
        written = ", ".join(f"`{p[0]}`" for p in products)
        return (f"{where}, one of the products written there ({written}) has a left side whose last size is "
                f"{left_last} and a right side whose first size is {right_first}. ")
    product, left, right = products[0]
    if shapes:
        sizes = f"`{left}` has shape ({shapes[0]}) and `{right}` has shape ({shapes[1]})"
    else:
        sizes = f"the last size of `{left}` is {left_last}, the first size of `{right}` is {right_first}"
    return f"{where}, in `{product}` {sizes}: these two sizes must be equal. "


def _shape(text: str) -> tuple:
    return tuple(int(v) for v in text.split(",") if v)


def _broadcast(message: str, where: str) -> str | None:
    found = BROADCAST.search(message)
    if not found:
        return None
    a, b = (_shape(s) for s in found.groups())
    return (
        f"On {where} element-wise work (+, -, *, /, or a NumPy function of two arrays) met the shapes {a} and "
        f"{b}, which NumPy cannot line up: it pairs the sizes from the right, and each pair must be equal or "
        "have a 1. One of the operands on that line does not have the shape you meant: look for an array made "
        "with one entry per sample where one per feature belongs (or the reverse), a transpose (.T) too many or "
        "too few, or a list that grew longer than the data. Print each operand's .shape on that line."
    )
