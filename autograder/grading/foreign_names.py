"""Names NumPy does not have, written by habit from another library or by a near miss: a keyword argument such
as PyTorch's ``dim=`` or pandas' ``skipna=``, a method an array does not have (``z.clamp``, ``z.exp()``,
``z.values``), a function NumPy does not have (``np.sigmoid``), or a unary ``+`` on booleans. The hint says what
the name is not, and the NumPy spelling of what was meant: from a short table of the habits a course like this
meets, else from NumPy itself (a parameter or a function spelt almost like it). Pure: the error's type name and
message in, a hint (or None) out.
"""

from __future__ import annotations

import difflib
import inspect
import re

import numpy as np

UNEXPECTED = re.compile(r"^_?(\w+)\(\) got an unexpected keyword argument '(\w+)'")
ARRAY_LACKS = re.compile(r"'(numpy\.\w+|float|int)' object has no attribute '(\w+)'")
NUMPY_LACKS = re.compile(r"module 'numpy' has no attribute '(\w+)'")
BOOL_SIGN = re.compile(r"ufunc '(positive|negative)' did not contain a loop with signature matching types .*Bool")

KEYWORDS = {  # another library's keyword: (whose it is, NumPy's way)
    "dim": ("PyTorch's word for the axis", "In NumPy it is axis=, as in np.sum(a, axis=1)."),
    "keepdim": ("PyTorch's spelling", "NumPy's is keepdims=True, with an s."),
    "skipna": ("a pandas setting", "NumPy's functions have none, and the arrays here hold no missing values: leave it "
                                   "out (np.nanmean and its kin skip nan values where that is really needed)."),
    "inplace": ("a pandas setting", "NumPy's functions give a new array: keep the result, a = np.f(a)."),
    "numeric_only": ("a pandas setting", "NumPy's arrays here hold numbers only: leave it out."),
    "reduction": ("a setting of PyTorch's loss functions", "np.mean already averages every element: leave it out."),
}
METHODS = {  # another library's method on a NumPy value: (whose it is, NumPy's way)
    "clamp": ("PyTorch's", "np.clip(a, low, high), or np.maximum(a, low) for a floor alone"),
    "clamp_min": ("PyTorch's", "np.maximum(a, low)"), "clamp_max": ("PyTorch's", "np.minimum(a, high)"),
    "unsqueeze": ("PyTorch's", "a[:, None] or np.expand_dims(a, axis)"),
    "numpy": ("PyTorch's", "nothing: a is a NumPy array already, so drop .numpy()"),
    "detach": ("PyTorch's", "nothing: drop .detach()"), "mm": ("PyTorch's", "a @ b"), "t": ("PyTorch's", "a.T"),
    "dim": ("PyTorch's", "a.ndim"), "pow": ("PyTorch's", "a ** k"), "mul": ("PyTorch's", "a * b"),
    "add": ("PyTorch's", "a + b"), "sub": ("PyTorch's", "a - b"), "div": ("PyTorch's", "a / b"),
    "values": ("pandas'", "nothing: a is a NumPy array already, so drop .values"),
    "to_numpy": ("pandas'", "nothing: drop .to_numpy()"),
    "apply": ("pandas'", "the NumPy function on the whole array at once, np.exp(a)"),
    "append": ("a Python list's", "np.append(a, v), which gives a new array (keep it), or collect the values in a "
                                  "list and make one array of it at the end"),
    "length": ("JavaScript's", "len(a) or a.shape[0]"),
}
REMOVED_ALIASES = ("float", "int", "bool", "object", "complex", "str")  # told by python_slips
FUNCTIONS = {  # what a course writes by hand, looked for in NumPy
    "sigmoid": "1 / (1 + np.exp(-z)), or the course's own sigmoid function",
    "relu": "np.maximum(z, 0), or the course's own relu function",
    "softmax": "the course's own softmax function (np.exp of the shifted scores over their sum)",
}


def foreign_name_hint(raised: str, message: str) -> str | None:
    """The hint for a name NumPy does not have, said by ``message``; None for any other error."""
    if raised == "TypeError" and (found := UNEXPECTED.search(message)):
        return _keyword(*found.groups())
    if raised == "AttributeError" and (found := ARRAY_LACKS.search(message)):
        return _method(*found.groups())
    if raised == "AttributeError" and (found := NUMPY_LACKS.search(message)):
        return _function(found.group(1))
    if BOOL_SIGN.search(message):
        return ("A unary + (or -) in front of a comparison does not make numbers of its True and False in NumPy: "
                "NumPy has no + or - for booleans, hence this error. Turn them into numbers explicitly: "
                "(z >= 0.5).astype(int) for an array, int(z >= 0.5) for one number.")
    return None


def _keyword(function: str, keyword: str) -> str | None:
    named = {"amax": "max", "amin": "min"}.get(function, function)
    if keyword in KEYWORDS:
        whose, fix = KEYWORDS[keyword]
        return f"{named}() has no keyword argument {keyword}= ({whose}). {fix}"
    own = getattr(np, named, None)
    try:
        parameters = list(inspect.signature(own).parameters) if own is not None else []
    except (TypeError, ValueError):
        parameters = []
    close = difflib.get_close_matches(keyword, parameters, n=1, cutoff=0.6)
    if not close:
        return None
    return f"NumPy's {named}() has no keyword argument {keyword}=; it has {close[0]}=, which is most likely what you meant."


def _method(owner: str, name: str) -> str | None:
    kind = "NumPy array" if owner == "numpy.ndarray" else "NumPy number" if owner.startswith("numpy") else f"Python {owner}"
    if name in METHODS:
        whose, fix = METHODS[name]
        return f"A {kind} has no .{name}: that is {whose} method. In NumPy, write {fix}."
    if callable(getattr(np, name, None)):
        return (f"A {kind} has no method .{name}(): {name} is a function of NumPy, called with the value as its "
                f"argument. Write np.{name}(a) instead of a.{name}().")
    if not owner.startswith("numpy"):
        return None
    close = difflib.get_close_matches(name, [n for n in dir(np.ndarray) if not n.startswith("_")], n=1, cutoff=0.75)
    return f"A NumPy array has no attribute .{name}; it has .{close[0]}, which is most likely what you meant." if close else None


def _function(name: str) -> str | None:
    if name in REMOVED_ALIASES:
        return None  # a removed alias (np.float): python_slips tells it, with the version that removed it
    if name in FUNCTIONS:
        return (f"NumPy has no np.{name}: it gives the pieces (np.exp, np.maximum) and you build {name} from them. "
                f"Write {FUNCTIONS[name]}.")
    close = difflib.get_close_matches(name, [n for n in dir(np) if not n.startswith("_")], n=1, cutoff=0.75)
    return f"NumPy has no np.{name}; it has np.{close[0]}, which is most likely what you meant." if close else None
