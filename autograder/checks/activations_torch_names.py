"""Hints of the activations checks for an error that a PyTorch spelling raised in NumPy code: a keyword NumPy's
functions do not know (dim=, keepdim=) or a tensor method a NumPy array or a number does not have (z.clamp,
z.exp(), z.numel()). Read from what Python said (the keyword or the attribute it names), asked only once the
student's own code raised. Said in words, never as a solution's code line.

Loaded by ``activations_errors.py`` and ``activations_hints.py`` with ``load_sibling``; handed out with the checks.
"""

import re

KEYWORDS = {  # PyTorch's keyword: NumPy's
    "dim": "axis",
    "keepdim": "keepdims",
    "input": "a (or pass the array first, without a keyword)",
}
KEYWORD = (
    "{keyword}= is PyTorch's name for that argument; NumPy's functions do not know it (TypeError: unexpected "
    "keyword argument '{keyword}'). NumPy calls it {numpy}=: for instance np.max(z, axis=-1, keepdims=True) and "
    "np.sum(exps, axis=-1, keepdims=True). Write {numpy}= wherever your {name} wrote {keyword}=."
)
METHODS = {  # a tensor's method: what NumPy writes for it
    "clamp": "np.maximum(z, 0.0) for max(0, z), or np.clip(z, low, high) to clip between two bounds",
    "clamp_min": "np.maximum(z, low)",
    "clamp_max": "np.minimum(z, high)",
    "clip_": "np.clip(z, low, high)",
    "exp": "np.exp(z)",
    "log": "np.log(z)",
    "abs": "np.abs(z)",
    "sqrt": "np.sqrt(z)",
    "tanh": "np.tanh(z)",
    "sigmoid": "1 / (1 + np.exp(-z)), in a stable form",
    "relu": "np.maximum(z, 0.0)",
    "softmax": "exp of the shifted scores divided by their sum along the last axis",
    "pow": "z ** 2 (or np.power(z, 2))",
    "numel": "z.size",
    "dim": "z.ndim",
    "unsqueeze": "np.expand_dims(z, axis) or z[..., None]",
    "float": "z.astype(float), or np.asarray(z, dtype=float)",
    "double": "z.astype(float), or np.asarray(z, dtype=float)",
    "masked_fill": "np.where(mask, value, z)",
    "logsumexp": "the maximum plus np.log(np.sum(np.exp(z - maximum)))",
}
OWNERS = {"numpy.ndarray": "a NumPy array", "float": "a Python float", "int": "a Python int",
          "numpy.float64": "a NumPy number", "list": "a Python list"}
METHOD = (
    "z.{method}(...) is a PyTorch tensor's method, and {owner} has no {method} (AttributeError): NumPy spells it "
    "as a function of the array. Write {numpy} instead."
)


def torch_hint(name, error):
    """A hint for a StudentError ``error`` raised by ``name``'s own code because of a PyTorch spelling; None else."""
    try:
        if not error.own_exception:
            return None
        said = error.raised_message or ""
        keyword = re.search(r"unexpected keyword argument '(\w+)'", said)
        if error.raised == "TypeError" and keyword and keyword.group(1) in KEYWORDS:
            word = keyword.group(1)
            return KEYWORD.format(keyword=word, numpy=KEYWORDS[word].split(" ")[0], name=name)
        method = re.search(r"'([\w.]+)' object has no attribute '(\w+)'", said)
        if error.raised == "AttributeError" and method and method.group(2) in METHODS and method.group(1) in OWNERS:
            return METHOD.format(method=method.group(2), owner=OWNERS[method.group(1)], numpy=METHODS[method.group(2)])
        return None
    except Exception:
        return None
