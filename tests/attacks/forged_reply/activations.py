"""Wrong answers, and at import it rewrites how the sandbox process answers the grader.

It finds the object that serves the grader's requests (through the garbage
collector) and replaces its methods for this module's requests: a batch of calls
claims to have failed at a step that does not exist, and a call made with echo
sends back a malformed echo. The grader must read both as garbled data, not
crash, and give nothing for them.
"""

import gc

import numpy as np


def _server():
    for obj in gc.get_objects():
        if type(obj).__name__ == "RequestServer" and hasattr(obj, "run_batch") and hasattr(obj, "run"):
            return obj
    return None


def _mine(target):
    return isinstance(target, dict) and target.get("module") == "activations"


_child = _server()
if _child is not None:
    _run_batch, _run = _child.run_batch, _child.run

    def _forged_batch(steps, arguments):
        if steps and _mine(steps[0].get("target")):
            return {"values": [1.0] * 99, "failed": 1, "error": "no such thing"}
        return _run_batch(steps, arguments)

    def _forged_run(header, args, kwargs):
        if _mine(header.get("target")) and header.get("echo"):
            return [1.0, "not the arguments", None]
        return _run(header, args, kwargs)

    _child.run_batch, _child.run = _forged_batch, _forged_run


def _zeros(z, *args, **kwargs):
    return np.zeros(np.shape(z))


sigmoid = sigmoid_derivative = tanh = tanh_derivative = relu = relu_derivative = _zeros
leaky_relu = leaky_relu_derivative = softmax = _zeros
