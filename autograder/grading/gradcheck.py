"""Central-difference numerical gradients, and checks of analytic ones against them.

All arithmetic is float64 and runs in the grader's process on trusted
functions (the reference's forward passes), never on student code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .compare import CheckFailed, describe, relative_error, to_array
from .keys import near_key, near_key_words

STEP = 1e-6  # central differences are accurate to about STEP**2
THRESHOLD = 1e-5  # largest relative error accepted between analytic and numerical
FLOOR = 1e-8  # denominator floor: near-zero gradients are compared absolutely


def derivative(f, z: np.ndarray, step: float = STEP) -> np.ndarray:
    """Element-wise derivative of an element-wise function ``f`` at ``z``."""
    z = np.asarray(z, dtype=np.float64)
    return (np.asarray(f(z + step), dtype=np.float64) - np.asarray(f(z - step), dtype=np.float64)) / (2 * step)


def gradient(loss, params: dict, step: float = STEP) -> dict:
    """d loss / d param for every entry of every parameter.

    ``params`` maps names to floats or float arrays; ``loss(params)`` returns a
    number. Each entry is nudged by ``±step`` on a copy; ``params`` is untouched.
    """
    grads = {}
    for name, value in params.items():
        base = np.array(value, dtype=np.float64)
        grad = np.zeros_like(base)
        for index in np.ndindex(base.shape):
            values = []
            for sign in (1.0, -1.0):
                nudged = base.copy()
                nudged[index] += sign * step
                trial = dict(params)
                trial[name] = nudged if base.ndim else float(nudged)
                values.append(float(loss(trial)))
            grad[index] = (values[0] - values[1]) / (2 * step)
        grads[name] = grad if base.ndim else float(grad)
    return grads


@dataclass(frozen=True)
class GradientReport:
    """Per parameter: the largest relative error, or why it could not be compared."""

    errors: dict  # name -> float (inf where missing or malformed)
    problems: dict  # name -> message
    threshold: float = THRESHOLD
    numbers: dict = field(default_factory=dict)  # name -> (yours, numerical), for a gradient that is one number

    @property
    def passed(self) -> list[str]:
        return [n for n, e in self.errors.items() if e <= self.threshold]

    @property
    def failed(self) -> list[str]:
        return [n for n, e in self.errors.items() if e > self.threshold]


def compare_gradients(got: dict, numerical: dict, *, threshold: float = THRESHOLD, floor: float = FLOOR) -> GradientReport:
    """Compare a student's dict of gradients with numerical ones, parameter by parameter."""
    errors, problems, numbers = {}, {}, {}
    if not isinstance(got, dict):
        raise CheckFailed(f"the gradients should come back as a dict, got {describe(got)}",
                          hint=_packed_hint(got, numerical, threshold, floor) or
                          "Return a dict keyed by the parameter names, {name: gradient, ...}, one entry per "
                          "parameter: the code that uses the gradients looks each one up by its name.")  # fmt: skip
    for name, expected in numerical.items():
        expected = np.asarray(expected, dtype=np.float64)
        if name not in got:
            near = near_key(name, got)
            errors[name], problems[name] = np.inf, f"missing ({near_key_words(name, near)})" if near else "missing"
            continue
        try:
            value = to_array(got[name], call=f"gradient {name!r}")
        except CheckFailed as exc:
            errors[name], problems[name] = np.inf, exc.message
            continue
        if value.shape != expected.shape:
            errors[name], problems[name] = np.inf, f"shape {value.shape}, expected {expected.shape}"
            continue
        errors[name] = float(np.max(relative_error(value, expected, floor), initial=0.0))
        if value.ndim == 0:
            numbers[name] = (float(value), float(expected))
    return GradientReport(errors, problems, threshold, numbers)


PACKED = (
    "Your function returns a {kind} of {n} values, and one of them is the dict of gradients{right}: a return "
    "with commas (return grads, loss) packs everything after it into a tuple. Return the dict of gradients "
    "alone, as the only value: the code that uses it (the update step) looks the gradients up by name in it, "
    "and anything else you want (the loss, say) is computed where it is needed."
)


def _packed_hint(got, numerical, threshold, floor) -> str | None:
    """PACKED when ``got`` is a tuple or list holding a dict among other values (the gradients
    returned together with something else), else None."""
    if not isinstance(got, (tuple, list)) or len(got) < 2:
        return None
    inner = [item for item in got if isinstance(item, dict)]
    if len(inner) != 1:
        return None
    report = compare_gradients(inner[0], numerical, threshold=threshold, floor=floor)
    right = " (and the gradients in it are right)" if not report.failed else ""
    return PACKED.format(kind="tuple" if isinstance(got, tuple) else "list", n=len(got), right=right)


def format_report(report: GradientReport, call: str) -> str:
    """Lines like ``w1: WRONG, yours 0.0107, numerical 0.0215`` for a gradient that is one number,
    ``W1: WRONG, largest relative error 0.33 (up to 1e-05 passes)`` for an array, and a bare ``ok``
    for a right one."""
    lines = [f"{call}: {len(report.failed)} of {len(report.errors)} gradients disagree with the numerical gradient"]
    for name, error in report.errors.items():
        if name in report.problems:
            lines.append(f"  {name}: {report.problems[name]}")
        elif error <= report.threshold:
            lines.append(f"  {name}: ok")
        elif name in report.numbers:
            lines.append(f"  {name}: WRONG, yours {report.numbers[name][0]:.6g}, numerical {report.numbers[name][1]:.6g}")
        else:
            lines.append(f"  {name}: WRONG, largest relative error {error:.2g} (up to {report.threshold:.0e} passes)")
    return "\n".join(lines)


def plot_data(report: GradientReport) -> dict:
    """The report as plain data for a picture: errors per parameter (None where missing), and the
    verdict it carries, the parameters whose gradient is within the threshold."""
    errors = {name: (error if np.isfinite(error) else None) for name, error in report.errors.items()}
    return {"errors": errors, "threshold": report.threshold, "within": report.passed}
