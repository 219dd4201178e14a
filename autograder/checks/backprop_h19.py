"""Hints of the backprop checks the nineteenth held-out corpus asked for, each confirmed on the student's own answers
or source before it is said: a step that keeps only the gradient's sign (np.sign, abs, a fixed-size step), a dict
made anew in each pass of sgd_step's loop, a feedforward (or backprop) that remembers answers between calls, a
function handed to np.apply_along_axis with its row put first, and a zip (or another one-pass iterator) looped over
twice. Loaded by the backprop checks with ``load_sibling``; every reader runs only once a check has failed, and
never raises."""

import ast
import math

import numpy as np

from autograder.grading.function_source import function, statement_line
from autograder.grading.kept_between_calls import spent_iterator, stored_line

STEP_FAMILY = (
    ("np.sign(gradient)", "keeps only the gradient's sign, so every parameter moves by the same fixed step, learn_rate, "
     "whatever the size of its gradient", lambda g: np.sign(g)),
    ("abs(gradient)", "takes the gradient's absolute value, so every parameter only ever decreases: one with a negative "
     "derivative moves the wrong way, uphill", lambda g: np.abs(g)),
    ("gradient ** 2", "squares the gradient, which drops its sign (every parameter decreases) and changes its size",
     lambda g: np.square(g)),
)
STEP = (
    "Your sgd_step subtracts learn_rate * {spelled} where learn_rate * gradient belongs: it {what}. Gradient descent "
    "moves each parameter against its own gradient, by an amount in proportion to it (sign and size): "
    "new = params[name] - learn_rate * grads[name]."
)


def step_family_hint(params, grads, got, rate, names):
    """STEP where ``got`` (sgd_step's dict) is params - rate * f(grads) for one f of STEP_FAMILY, everywhere."""
    try:
        p = np.array([params[n] for n in names], dtype=float)
        g = np.array([grads[n] for n in names], dtype=float)
        values = np.array([float(got[n]) for n in names])
        for spelled, what, f in STEP_FAMILY:
            if np.allclose(values, p - rate * f(g), rtol=1e-9, atol=1e-12) and not np.allclose(f(g), g):
                return STEP.format(spelled=spelled, what=what)
    except Exception:  # noqa: BLE001 - a reading never raises
        return None
    return None


REBUILT = (
    "Your sgd_step returned a dict with only {keys}: it makes a new dict in each pass of its loop (`{line}`), so each "
    "pass throws away the entries the passes before it wrote, and only the last parameter survives. Make the dict "
    "once, before the loop (new_params = {{}} or dict(params)), and inside the loop only fill one entry of it: "
    "new_params[name] = params[name] - learn_rate * grads[name]."
)


def rebuilt_hint(student, got, names):
    """REBUILT where ``got`` is a dict with fewer keys than ``names`` (all of them names) and sgd_step's source
    assigns a new dict (a display, a comprehension or dict(...)) to a name inside a for loop."""
    try:
        if not isinstance(got, dict) or not got or len(got) >= len(names) or not set(got) <= set(names):
            return None
        source, node = function(student, "backprop", "sgd_step")
        for loop in (n for n in ast.walk(node) if isinstance(n, ast.For)) if node is not None else ():
            for stmt in (s for body in loop.body for s in ast.walk(body)):
                made = getattr(stmt, "value", None)
                if isinstance(stmt, ast.Assign) and (isinstance(made, (ast.Dict, ast.DictComp))
                                                     or (isinstance(made, ast.Call) and ast.unparse(made.func) == "dict")):
                    keys = ", ".join(repr(k) for k in got)
                    return REBUILT.format(keys=f"the key {keys}" if len(got) == 1 else f"the keys {keys}",
                                          line=statement_line(source, stmt).split("\n")[0].strip())
    except Exception:  # noqa: BLE001
        return None
    return None


def _sig(z):
    return 1.0 / (1.0 + math.exp(-z))


def _feedforward(p, x):
    h1 = _sig(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])
    h2 = _sig(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])
    return _sig(p["w5"] * h1 + p["w6"] * h2 + p["b3"])


MEMO = (
    "Your {name} remembers its answers between calls: asked with the same x but other parameters, it gave the very "
    "same answer ({first:.6g}) twice, where the two networks give {right1:.6g} and {right2:.6g}.{where} So once the "
    "parameters change (as train changes them every step), it keeps answering with old ones, and train's losses "
    "stop moving. Do not cache answers keyed by x alone: compute {name} afresh in every call, from its params and x."
)


def memo_hint(student, names):
    """MEMO where feedforward, asked with one x and two parameter sets (the first call first), answers both alike
    where the right answers differ."""
    try:
        x = [0.37, -1.21]
        first = dict(zip(names, (0.11, -0.52, 0.33, 0.74, -0.45, 0.26, 0.07, -0.18, 0.29)))
        second = {n: -v * 1.5 for n, v in first.items()}
        a, b = float(student.call("feedforward", first, x)), float(student.call("feedforward", second, x))
        r1, r2 = _feedforward(first, x), _feedforward(second, x)
        if a == b and abs(r1 - r2) > 1e-3:
            found = stored_line(student, "backprop", "feedforward")
            where = f" Its source keeps them: {found[1]} (`{found[0].split(chr(10))[0].strip()}`)." if found else ""
            return MEMO.format(name="feedforward", first=a, right1=r1, right2=r2, where=where)
    except Exception:  # noqa: BLE001 - a reading never raises (a StudentError, an odd answer)
        return None
    return None


ALONG_AXIS = (
    "Your train calls `{line}`: np.apply_along_axis(f, axis, arr, *extra) calls f(row, *extra), with the row FIRST "
    "and the extra arguments after it, so {func} gets the row where its first parameter, {first}, belongs, and "
    "{extra} lands in its later place: hence the {raised}. Loop over the rows yourself, "
    "[{func}(params, x) for x in data], or pass a lambda that puts the arguments in order: "
    "np.apply_along_axis(lambda x: {func}(params, x), 1, data)."
)


def along_axis_hint(student, exc):
    """ALONG_AXIS where train raised and its source hands one of the module's functions (named, not a lambda) to
    np.apply_along_axis with extra arguments, while that function's first parameter is not the row (params)."""
    try:
        source, node = function(student, "backprop", "train")
        for sub in ast.walk(node) if node is not None else ():
            if isinstance(sub, ast.Call) and ast.unparse(sub.func).endswith("apply_along_axis") and len(sub.args) > 3 \
                    and isinstance(sub.args[0], ast.Name):
                func = sub.args[0].id
                _, target = function(student, "backprop", func)
                params = [a.arg for a in target.args.args] if target is not None else []
                if not params or params[0] in ("x", "row", "sample"):
                    continue
                return ALONG_AXIS.format(line=ast.unparse(sub), func=func, first=params[0],
                                         extra=", ".join(ast.unparse(a) for a in sub.args[3:]), raised=exc.raised)
    except Exception:  # noqa: BLE001
        return None
    return None


SPENT = (
    "Your train makes {var} = {kind} once (`{line}`) and then loops over it twice. A zip (like map, filter, "
    "enumerate or a generator) is an iterator that can be gone through only once: the first loop uses it up, so "
    "the second loop sees no pairs at all{effect}. Make it a list you can reuse, {var} = list({kind_call}), or write "
    "zip(data, all_y_trues) afresh in each loop."
)


def spent_hint(student, exc, module="backprop", name="train"):
    """SPENT where the function raised and its source binds a one-pass iterator once and iterates it twice."""
    try:
        found = spent_iterator(student, module, name)
        if found is None:
            return None
        line, kind, var = found
        effect = (" (no errors to average, so dividing by their count, 0, raised ZeroDivisionError)"
                  if exc is not None and exc.raised == "ZeroDivisionError" else "")
        return SPENT.format(var=var, kind=kind, line=line.split("\n")[0].strip(), effect=effect,
                            kind_call=line.split("=", 1)[1].strip() if "=" in line else kind)
    except Exception:  # noqa: BLE001
        return None


PART_RAISES = (
    "train raised {raised}, and your {name} raises that very error by itself, called the spec's way on one sample "
    "({call}): the error is in {name}, not in train. See the check of {name}, fix it first, and train follows."
)


def part_raises_hint(student, exc, params, x, y_true, grads):
    """PART_RAISES where feedforward, backprop or sgd_step, called in the spec's order on one sample, raises the
    very error (type and message) train raised."""
    from autograder.sandbox.session import StudentError

    for name, args, shown in (("feedforward", (params, x), "feedforward(params, x)"),
                              ("backprop", (params, x, y_true), "backprop(params, x, y_true)"),
                              ("sgd_step", (params, grads, 0.1), "sgd_step(params, grads, 0.1)")):
        try:
            student.call(name, *args)
        except StudentError as own:
            if own.own_exception and (own.raised, own.raised_message) == (exc.raised, exc.raised_message):
                return PART_RAISES.format(raised=f"{exc.raised} ({exc.raised_message})", name=name, call=shown)
        except Exception:  # noqa: BLE001 - a reading never raises
            return None
    return None
