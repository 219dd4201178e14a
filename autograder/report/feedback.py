"""Feedback a student can read: ``feedback.md`` and a self-contained ``feedback.html``.

Per exercise: the score, then every test with its points, and for a test that did
not pass its message, hint and (for an error) the traceback from the student's
code. Where a check left plain data behind (``TestResult.artifacts``) the HTML
shows a picture next to that test: the MLP's loss curve beside the reference's,
the relative error of each gradient against the threshold, the XOR network's
decision surface and each gate's decision line. The Markdown says the same in
words.

Hidden tests show their name, points and outcome only: never their message,
description, inputs, hint, traceback or pictures.

Drawing costs about a tenth of a second per picture; identical pictures (the same
gate weights, every right XOR network) are drawn once per process, and
``pictures=False`` leaves them out (their words stay).

matplotlib is imported only when a picture is drawn, and always through the Agg
canvas (no pyplot, no global backend switch), so importing this module is cheap
and safe in any process.
"""

from __future__ import annotations

import base64
import functools
import html
import io
import json
import math
import re
import warnings
from collections.abc import Callable
from pathlib import Path

from ..atomic_write import write_atomic
from ..grading.results import ExerciseResult, SubmissionResult, TestResult, points_text
from .terminal import printable

__all__ = ["render_html", "render_markdown", "write_feedback"]

# The colours of the pictures and the page: a blue/orange pair that colour-blind readers tell apart.
BLUE, ORANGE, INK, GREY = "#2b6cb0", "#dd6b20", "#1a202c", "#a0aec0"
LOW_FILL, HIGH_FILL = "#dbe8f6", "#fbe3cf"
WRONG, NOT_A_NUMBER = "#c53030", "#9aa5b1"
MAX_CURVE_POINTS = 2000  # a longer loss list is thinned before it is drawn

OUTCOME = {"passed": "passed", "failed": "not right yet", "error": "raised an error", "timeout": "too slow"}
MARK = {"passed": "✓", "failed": "✗", "error": "!", "timeout": "⏱"}


# --------------------------------------------------------------------------- numbers and words


def _points(x: float) -> str:
    """1.5385 -> "1.54", 2.0 -> "2", 0.0 -> "0" (the one rule of ``results.points_text``)."""
    return points_text(x)


def _num(x: float) -> str:
    return f"{x:.3g}" if math.isfinite(x) else str(x)


def _finite(values) -> list[float] | None:
    """A list of floats (NaN for anything unreadable), or None if ``values`` is not a list."""
    if not isinstance(values, (list, tuple)):
        return None
    try:
        return list(map(float, values))  # the usual case, at C speed: a surface has 1681 values
    except (TypeError, ValueError):
        pass
    out = []
    for v in values:
        try:
            out.append(float(v))
        except (TypeError, ValueError):
            out.append(math.nan)
    return out


def _listing(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _counts(result: SubmissionResult) -> tuple[int, int]:
    tests = [t for e in result.exercises for t in e.tests]
    return sum(t.status == "passed" for t in tests), len(tests)


def _closing(result: SubmissionResult) -> str:
    done, total = _counts(result)
    if result.problem:
        return "Once the grader can read your submission, every exercise will be checked."
    if total and done == total:
        return "Every check passes. Well done, and thank you for the careful work."
    return (
        "Take the exercises one at a time and start with the first check that does not pass: "
        "later checks often build on earlier ones, so one fix can turn several of them green."
    )


def _shared_problem(exercise: ExerciseResult) -> str | None:
    """The one message every visible test repeats when a whole exercise could not run (a missing
    or broken module), so that it is said once rather than once per test."""
    if not exercise.problem or any(t.status == "passed" for t in exercise.tests):
        return None
    messages = {t.message for t in exercise.tests if not t.hidden}
    return next(iter(messages)) if len(messages) == 1 else None


def _missing_tip(exercise: ExerciseResult) -> str:
    if exercise.problem.startswith(f"no {exercise.name}.py"):
        return (f"If you did write this exercise, check the file's name: it must be exactly {exercise.name}.py, "
                "next to your other modules.")  # fmt: skip
    return ""


def _mark(test: TestResult, shared: bool) -> str:
    return "–" if shared and test.status != "passed" else MARK[test.status]


def _outcome(test: TestResult, shared: bool) -> str:
    return "not checked" if shared and test.status != "passed" else OUTCOME[test.status]


def _shared_detail(exercise: ExerciseResult) -> str:
    return next((t.detail for t in exercise.tests if not t.hidden and t.detail), "")


# --------------------------------------------------------------------------- what the pictures say, in words


def _loss_words(data: dict) -> str:
    reference = _finite(data.get("reference")) or []
    student = _finite(data.get("student"))
    ref = f"the reference's go from {_num(reference[0])} to {_num(reference[-1])}" if reference else "the reference's"
    if student is None:
        return "Your fit did not return a list of numbers, so the picture shows only the reference's losses."
    if not student:
        return "Your fit returned an empty list of losses, so the picture shows only the reference's."
    recorded = (data.get("cut") or {}).get("student", len(student))  # the length before the list was cut
    if recorded != len(student):
        kept = f"the first {len(student)} were kept"
        words = f"Your fit recorded {recorded} losses ({kept}), from {_num(student[0])}; {ref}"
    else:
        words = f"Your fit recorded {recorded} losses, from {_num(student[0])} to {_num(student[-1])}; {ref}"
    if recorded != len(reference):
        words += f" (the reference records {len(reference)}, one per epoch)"
    first = _first_difference(student, reference)
    if first is not None:
        words += f". They first differ at epoch {first}"
    elif len(student) == len(reference):
        words += ". The two curves agree"
    bad = sum(not math.isfinite(v) for v in student)
    if bad:
        words += f". {bad} of your losses are not finite numbers (NaN or infinity) and are left out of the picture"
    return words + "."


def _first_difference(student: list[float], reference: list[float], rtol: float = 1e-5) -> int | None:
    for i, (s, r) in enumerate(zip(student, reference)):
        if not (math.isfinite(s) and abs(s - r) <= rtol * abs(r) + 1e-12):
            return i
    return None


def _gradient_words(data: dict) -> str:
    errors = data.get("errors") or {}
    threshold = float(data.get("threshold", 1e-5))
    good = [n for n, e in errors.items() if e is not None and e <= threshold]
    bad = [n for n, e in errors.items() if e is not None and e > threshold]
    missing = [n for n, e in errors.items() if e is None]
    words = [
        (
            "Each bar is the largest relative error of one gradient against a numerical one (log scale); "
            f"the dashed line is the threshold, {threshold:.0e}."
        )
    ]
    if good and not bad and not missing:
        words.append("All of them are within it.")
    else:
        if good:
            words.append(f"Within it: {_listing(good)}.")
        if bad:
            words.append(f"Too large: {_listing(bad)}.")
        if missing:
            words.append(f"Missing or not comparable (wrong shape, or not numbers): {_listing(missing)}.")
    return " ".join(words)


def _xor_at_points(data: dict) -> list[float] | None:
    """The network's output at the four inputs: as the check measured them ("at"), or else read
    off the surface (which a result.json may hold rounded)."""
    at = _finite(data.get("at"))
    if at is not None and len(at) == len(data.get("points", [])):
        return at
    grid = _finite(data.get("grid")) or []
    output = _finite(data.get("output"))
    n = len(grid)
    if output is None or n == 0 or len(output) != n * n:
        return None
    values = []
    for x, y in data.get("points", []):
        ix = min(range(n), key=lambda i: abs(grid[i] - x))
        iy = min(range(n), key=lambda i: abs(grid[i] - y))
        values.append(output[iy * n + ix])
    return values


def _decision_words(data: dict) -> str:
    at = _xor_at_points(data)
    if at is None:
        return "Your network's forward did not return one number per grid point, so there is no surface to draw."
    labels = [int(v) for v in data.get("labels", [])]
    pairs = [f"({_points(p[0])}, {_points(p[1])}) → {_num(v)}" for p, v in zip(data.get("points", []), at)]
    wrong = _decision_right(data).count(False)
    verdict = "all four on the right side of 0.5" if not wrong else f"{wrong} of 4 on the wrong side of 0.5"
    output = _finite(data.get("output")) or []
    if not all(map(math.isfinite, output)):
        verdict += "; grey marks where the output is not a number (NaN or infinity)"
    return (
        "Your trained network's output over the square from -0.5 to 1.5 in both inputs; "
        f"the black line is where it crosses 0.5. At the four XOR inputs: {', '.join(pairs)} "
        f"(should be {', '.join(str(t) for t in labels)}): {verdict}."
    )


def _gate_fires(weights, x1, x2) -> int:
    w0, w1, w2 = weights
    return int(w0 + w1 * x1 + w2 * x2 >= 0.5)


def _gate_outputs(weights) -> list[int]:
    """What a perceptron with these weights gives on (0, 0), (0, 1), (1, 0) and (1, 1)."""
    return [_gate_fires(weights, x1, x2) for x1, x2 in GATE_INPUTS]


GATE_INPUTS = [(0, 0), (0, 1), (1, 0), (1, 1)]


def _weighted_sum(w0: float, w1: float, w2: float) -> str:
    """-0.5 + 0.6·x1 - 1·x2, with the signs where they belong."""
    text = _num(w0)
    for w, x in ((w1, "x1"), (w2, "x2")):
        text += f" - {_num(-w)}·{x}" if w < 0 else f" + {_num(w)}·{x}"
    return text


def _gate_words(data: dict) -> str:
    w0, w1, w2 = (float(w) for w in data["weights"])
    name = data["name"]
    truth = [int(t) for t in data["truth"]]
    got = _gate_outputs((w0, w1, w2))
    wrong = [
        f"({x1}, {x2}) gives {g} where {name} gives {t}" for (x1, x2), g, t in zip(GATE_INPUTS, got, truth) if g != t
    ]
    words = (
        f"With (w0, w1, w2) = ({_num(w0)}, {_num(w1)}, {_num(w2)}) "
        f"the perceptron fires where {_weighted_sum(w0, w1, w2)} ≥ 0.5"
    )
    if w1 == 0 and w2 == 0:
        words += ": that does not depend on the inputs, so it " + ("always fires. " if w0 >= 0.5 else "never fires. ")
    else:
        words += " (the orange side of the line). "
    if wrong:
        return words + f"{4 - len(wrong)} of 4 inputs come out right; " + "; ".join(wrong) + "."
    return words + f"All four inputs land on the side the {name} truth table asks for."


# --------------------------------------------------------------------------- pictures (matplotlib, Agg, lazy)


def _axes(width: float, height: float, margins: tuple[float, float, float, float]):
    """A figure on the Agg canvas with one axes placed by fixed margins in inches (left, bottom,
    right, top): a fixed layout draws in half the time of matplotlib's automatic ones."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    left, bottom, right, top = margins
    ax = fig.add_axes((left / width, bottom / height, 1 - (left + right) / width, 1 - (bottom + top) / height))
    ax.tick_params(labelsize=8, colors=INK)
    return fig, ax


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    # no metadata: the PNG says nothing about the software that drew it
    fig.savefig(buffer, format="png", dpi=110, metadata={"Software": None})
    return buffer.getvalue()


def _style(ax) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(alpha=0.25, linewidth=0.6)


def _thin(values: list[float]) -> tuple[list[int], list[float]]:
    step = max(1, math.ceil(len(values) / MAX_CURVE_POINTS))
    index = list(range(0, len(values), step))
    return index, [values[i] for i in index]


def draw_loss_curve(data: dict) -> bytes:
    """The student's recorded losses beside the reference's, per epoch."""
    reference = _finite(data.get("reference")) or []
    student = _finite(data.get("student"))
    fig, ax = _axes(5.2, 3.0, (0.75, 0.5, 0.15, 0.3))
    _style(ax)
    x, y = _thin(reference)
    ax.plot(x, y, color=GREY, linewidth=4.5, solid_capstyle="round", label="reference", zorder=2)
    shown = [v for v in reference if math.isfinite(v) and v > 0]
    if student:
        x, y = _thin(student)
        keep = [(i, v) for i, v in zip(x, y) if math.isfinite(v)]
        if keep:
            ax.plot(*zip(*keep), color=ORANGE, linewidth=1.8, marker="o", markersize=2.5, label="yours", zorder=3)
            shown += [v for _, v in keep if v > 0]
        first = _first_difference(student, reference)
        if first is not None and first < max(len(reference), 1):
            ax.axvline(first, color=INK, linestyle=":", linewidth=1)
            ax.annotate(f"first differ\nat epoch {first}", (first, 1), xycoords=("data", "axes fraction"),
                        xytext=(4, -4), textcoords="offset points", va="top", fontsize=7, color=INK)  # fmt: skip
    else:
        ax.text(0.98, 0.95, "your fit returned no losses to draw", transform=ax.transAxes, ha="right", va="top",
                fontsize=8, color=ORANGE)  # fmt: skip
    if shown and min(shown) > 0 and max(shown) / min(shown) > 50:
        ax.set_yscale("log")  # a diverging fit would flatten the reference's curve otherwise
    ax.set_xlabel("epoch", fontsize=8)
    ax.set_ylabel("loss (mean squared error)", fontsize=8)
    ax.set_title("The losses fit recorded", fontsize=9, color=INK)
    ax.legend(fontsize=8, frameon=False)
    return _png(fig)


def draw_gradient_errors(data: dict) -> bytes:
    """One bar per parameter: its gradient's relative error, on a log scale, against the threshold."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    errors = data.get("errors") or {}
    threshold = float(data.get("threshold", 1e-5))
    names = list(errors)
    known = [float(e) for e in errors.values() if e is not None and float(e) > 0]
    bottom = min([threshold / 1e4] + [e / 10 for e in known])
    top = max([10 * threshold, 2.0] + [e * 10 for e in known])
    fig, ax = _axes(max(4.6, 0.55 * len(names) + 1.6), 3.3, (0.8, 0.75, 0.15, 0.3))
    _style(ax)
    ax.set_yscale("log")
    ax.set_ylim(bottom, top)
    for i, name in enumerate(names):
        error = errors[name]
        if error is None:
            ax.bar(i, top - bottom, bottom=bottom, color="white", edgecolor=GREY, hatch="///", linewidth=0.8)
            ax.text(i, math.sqrt(bottom * top), "missing", rotation=90, ha="center", va="center", fontsize=8,
                    color=INK, bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})  # fmt: skip
            continue
        error = float(error)
        height = max(error, bottom * 1.0001)
        ax.bar(i, height - bottom, bottom=bottom, color=BLUE if error <= threshold else ORANGE, width=0.7)
        ax.text(i, height * 1.6, "0" if error == 0 else f"{error:.0e}", ha="center", va="bottom", fontsize=7, color=INK)
    ax.axhline(threshold, color=INK, linestyle="--", linewidth=1.2, zorder=3)
    ax.set_xticks(range(len(names)), names)
    ax.set_xlim(-0.6, len(names) - 0.4)
    ax.set_ylabel("relative error (log scale)", fontsize=8)
    ax.set_title("Your gradients against numerical ones", fontsize=9, color=INK)
    handles = [Patch(color=BLUE, label="within"), Patch(color=ORANGE, label="too large"),
               Line2D([], [], color=INK, linestyle="--", label=f"threshold {threshold:.0e}")]  # fmt: skip
    if None in errors.values():
        handles.append(Patch(facecolor="white", edgecolor=GREY, hatch="///", label="missing"))
    ax.legend(handles=handles, fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=len(handles),
              frameon=False, handlelength=1.6, columnspacing=1.0)  # fmt: skip
    return _png(fig)


def _points_by_label(ax, points, labels, *, wrong=()) -> list:
    """Draw the four inputs coloured by what they should give; return the legend's handles."""
    from matplotlib.lines import Line2D

    handles = []
    for label, colour, marker, text in ((0, BLUE, "o", "should be 0"), (1, ORANGE, "s", "should be 1")):
        chosen = [p for p, t in zip(points, labels) if int(t) == label]
        if chosen:
            xs, ys = zip(*chosen)
            ax.scatter(xs, ys, s=90, c=colour, marker=marker, edgecolors=INK, linewidths=1.2, zorder=5)
            handles.append(Line2D([], [], linestyle="", marker=marker, markersize=8, markerfacecolor=colour,
                                  markeredgecolor=INK, label=text))  # fmt: skip
    if wrong:
        xs, ys = zip(*wrong)
        ax.scatter(xs, ys, s=380, facecolors="none", edgecolors=WRONG, linewidths=2, zorder=6)
        handles.append(Line2D([], [], linestyle="", marker="o", markersize=10, markerfacecolor="none",
                              markeredgecolor=WRONG, markeredgewidth=2, label="on the wrong side"))  # fmt: skip
    return handles


def _plane(ax, title: str, handles: list, columns: int = 3) -> None:
    ax.set_xlim(-0.5, 1.5)
    ax.set_ylim(-0.5, 1.5)
    ax.set_xticks([-0.5, 0, 0.5, 1, 1.5])
    ax.set_yticks([-0.5, 0, 0.5, 1, 1.5])
    ax.set_xlabel("x1", fontsize=8, labelpad=1)
    ax.set_ylabel("x2", fontsize=8, labelpad=1)
    ax.set_title(title, fontsize=9, color=INK)
    ax.legend(handles=handles, fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=columns, frameon=False,
              handletextpad=0.2, columnspacing=1.0)  # fmt: skip


def _surface_colours():
    from matplotlib.colors import LinearSegmentedColormap

    colours = LinearSegmentedColormap.from_list("nnkit", ["#8fb8e0", "#ffffff", "#f4b183"])
    colours.set_bad(NOT_A_NUMBER)
    return colours


def draw_decision(data: dict) -> bytes:
    """The XOR network's output over the grid, its 0.5 contour and the four points."""
    import numpy as np

    grid = np.asarray(_finite(data["grid"]), dtype=float)
    n = grid.size
    output = np.asarray(_finite(data["output"]), dtype=float).reshape(n, n)  # rows are y, columns x
    fig, ax = _axes(4.3, 3.7, (0.55, 0.8, 1.0, 0.3))
    low, high = grid[0], grid[-1]
    half = (high - low) / (n - 1) / 2
    shown = np.ma.masked_invalid(np.clip(output, 0.0, 1.0))
    image = ax.imshow(shown, cmap=_surface_colours(), vmin=0, vmax=1, origin="lower", interpolation="bilinear",
                      extent=(low - half, high + half, low - half, high + half))  # fmt: skip
    if np.isfinite(output).any() and np.nanmin(output) < 0.5 < np.nanmax(output):
        ax.contour(grid, grid, np.where(np.isfinite(output), output, 0.5), levels=[0.5], colors=INK, linewidths=1.6)
    points, labels = data.get("points", []), data.get("labels", [])
    right = data.get("right") or _decision_right(data)
    wrong = [p for p, ok in zip(points, right) if not ok]
    _plane(ax, "Your XOR network: its output", _points_by_label(ax, points, labels, wrong=wrong))
    bar = fig.colorbar(image, cax=fig.add_axes((1 - 0.85 / 4.3, 0.8 / 3.7, 0.15 / 4.3, 1 - 1.1 / 3.7)))
    bar.set_label("output (black line: 0.5)", fontsize=8)
    bar.ax.tick_params(labelsize=7)
    return _png(fig)


def draw_gate(data: dict) -> bytes:
    """The gate's decision line w0 + w1*x1 + w2*x2 = 0.5, its firing side, and the truth table's points."""
    import numpy as np
    from matplotlib.colors import ListedColormap

    w0, w1, w2 = (float(w) for w in data["weights"])
    grid = np.linspace(-0.5, 1.5, 201)
    with np.errstate(all="ignore"):
        z = w0 + w1 * grid[None, :] + w2 * grid[:, None]
    fires = (z >= 0.5).astype(float)
    fig, ax = _axes(2.9, 3.2, (0.5, 0.78, 0.12, 0.28))
    ax.imshow(fires, cmap=ListedColormap([LOW_FILL, HIGH_FILL]), vmin=0, vmax=1, origin="lower",
              interpolation="nearest", extent=(-0.5, 1.5, -0.5, 1.5))  # fmt: skip
    if 0 < fires.mean() < 1:
        ax.contour(grid, grid, z, levels=[0.5], colors=INK, linewidths=1.6)
    truth = [int(t) for t in data["truth"]]
    fires = data.get("fires") or _gate_outputs((w0, w1, w2))
    wrong = [p for p, f, t in zip(GATE_INPUTS, fires, truth) if f != t]
    _plane(ax, f"{data['name']}: fires on the orange side", _points_by_label(ax, GATE_INPUTS, truth, wrong=wrong), 2)
    return _png(fig)


@functools.lru_cache(maxsize=128)
def _cached_png(kind: str, key: str) -> bytes:
    """Many students share a picture (the same right gate weights, a passing gradient check):
    draw each distinct one once per process."""
    return PICTURES[kind][0](json.loads(key))


# kind -> (draw the picture, say it in words)
PICTURES: dict[str, tuple[Callable[[dict], bytes], Callable[[dict], str]]] = {
    "loss_curve": (draw_loss_curve, _loss_words),
    "gradient_errors": (draw_gradient_errors, _gradient_words),
    "decision": (draw_decision, _decision_words),
    "gate": (draw_gate, _gate_words),
}


def _wanted(test: TestResult, kind: str) -> bool:
    """Pictures where they help. The loss curve and the gradient errors explain a failure;
    the decision pictures show what a network or gate learned, passed or not."""
    if test.hidden:
        return False
    if kind in ("loss_curve", "gradient_errors"):
        return test.status != "passed"
    return True


def _pictures(test: TestResult) -> list[tuple[str, dict]]:
    return [(kind, test.artifacts[kind]) for kind in PICTURES if kind in test.artifacts and _wanted(test, kind)]


def _rounded(value):
    """Floats to 6 significant digits: the same picture for answers that differ by rounding noise
    (every right XOR network draws the same surface), so the cache draws it once."""
    if isinstance(value, float):
        return float(f"{value:.6g}") if math.isfinite(value) else value
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_rounded(v) for v in value]
    return value


def _decision_right(data: dict) -> list[bool]:
    at = _xor_at_points(data) or []
    return [math.isfinite(v) and (v >= 0.5) == bool(t) for v, t in zip(at, data.get("labels", []))]


def _marks(kind: str, data: dict) -> dict:
    """What a picture marks right or wrong, decided on the exact numbers before the cache key
    rounds them (an output of 0.4999996 must not be drawn on the 1 side)."""
    if kind == "decision":
        return {"right": _decision_right(data)}
    if kind == "gate":
        weights = tuple(float(w) for w in data["weights"])
        return {"fires": _gate_outputs(weights)}
    return {}


def picture_png(kind: str, data: dict) -> bytes | None:
    """The PNG of one artifact, or None if it cannot be drawn (malformed data)."""
    try:
        marked = {**data, **_marks(kind, data)}
        key = json.dumps(_rounded(marked), allow_nan=True, default=str)  # in its order: the bars' order
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # odd data (no contour to draw, ...) is not news
            return _cached_png(kind, key)
    except Exception:  # noqa: BLE001 - a picture is a bonus: odd data must never cost the student the feedback
        return None


def picture_words(kind: str, data: dict) -> str:
    try:
        return PICTURES[kind][1](data)
    except Exception:  # noqa: BLE001 - the same: words about odd data are a bonus too
        return ""


# --------------------------------------------------------------------------- Markdown


def _md(text: str) -> str:
    """Plain text that Markdown shows as typed, escaping only what would start formatting
    (so the file stays readable in a text editor too)."""
    text = " ".join(str(text).split("\n"))
    for trigger, pattern, replacement in _MD_ESCAPES:  # a pattern runs only if its character is there
        if trigger in text:
            text = pattern.sub(replacement, text)
    text = text.replace("|", "\\|")
    if text[:1].isdigit():
        text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
    return re.sub(r"^([#>+-])", r"\\\1", text) if text[:1] in "#>+-" else text


_MD_ESCAPES = [
    ("\\", re.compile(r"\\(?=[!-/:-@\[-`{-~])"), r"\\\\"),  # a backslash before punctuation
    ("`", re.compile(r"`"), r"\\`"),
    ("*", re.compile(r"\*"), r"\\*"),
    ("_", re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])"), r"\\_"),  # _ that is not inside a word
    ("<", re.compile(r"<(?=[A-Za-z/!?])"), r"\\<"),  # what would open an HTML tag
    ("]", re.compile(r"\](?=[(\[])"), r"\\]"),  # what would close a link
    ("~", re.compile(r"~(?=~)"), r"\\~"),
]


def _md_code(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _md_block(text: str, indent: str = "") -> list[str]:
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    fence = "`" * max(3, longest + 1)
    lines = [fence] + text.rstrip("\n").split("\n") + [fence]
    return [indent + line if line else "" for line in lines]


def _md_test(test: TestResult, *, shared: bool) -> list[str]:
    points = f"{_points(test.score)} of {_points(test.max_score)} points"
    if test.hidden:
        return [f"- {_mark(test, shared)} {_md_code(test.name)} (hidden test): {_outcome(test, shared)}, {points}"]
    title = _md(test.description or test.name)
    lines = [f"- {_mark(test, shared)} **{title}**  ", f"  {_md_code(test.name)}: {_outcome(test, shared)}, {points}"]
    if test.status != "passed" and not shared:
        if test.message:
            lines += [""] + _md_block(test.message, "  ")
        if test.hint:
            lines += ["", f"  > **Hint:** {_md(test.hint)}"]
        if test.detail:
            lines += ["", "  The traceback from your code:", ""] + _md_block(test.detail, "  ")
    for kind, data in _pictures(test):
        words = picture_words(kind, data)
        if words:
            lines += ["", f"  *Picture (in feedback.html):* {_md(words)}"]
    if len(lines) > 2:
        lines.append("")
    return lines


def render_markdown(result: SubmissionResult) -> str:
    """The feedback as Markdown: the same content as the HTML, with the pictures said in words.
    A text file is often read with ``cat``: control characters a student wrote are shown as escapes."""
    done, total = _counts(result)
    out = [
        f"# Feedback for {_md(result.submission)}",
        "",
        f"**{_points(result.score)} of {_points(result.max_score)} points**, {done} of {total} checks pass.",
        "",
        _md(_intro()),
        "",
    ]
    if result.problem:
        out += [f"> **Your submission could not be read:** {_md(result.problem)}", ""]
    if result.exercises:
        out += ["| Exercise | Points | Checks passed |", "| --- | ---: | ---: |"]
        for e in result.exercises:
            out.append(f"| {_md(e.title)} ({_md_code(e.name + '.py')}) | {_points(e.score)} / {_points(e.max_score)} "
                       f"| {e.passed} / {len(e.tests)} |")  # fmt: skip
        out.append("")
    for e in result.exercises:
        out += [f"## {_md(e.title)} ({_md_code(e.name + '.py')})", ""]
        score = f"**{_points(e.score)} of {_points(e.max_score)} points**"
        out += [f"{score}, {e.passed} of {len(e.tests)} checks pass.", ""]
        shared = _shared_problem(e)
        if e.problem:
            out += [f"> **Nothing in this exercise could be checked:** {_md(e.problem)}", ""]
            if shared is not None and _missing_tip(e):
                out += [f"> {_md(_missing_tip(e))}", ""]
            detail = _shared_detail(e) if shared is not None else ""
            if detail:
                out += ["The traceback from your code:", ""] + _md_block(detail) + [""]
        for t in e.tests:
            out += _md_test(t, shared=shared is not None)
        if out[-1] != "":
            out.append("")
    out += [_md(_closing(result)), ""]
    return printable("\n".join(out))


def _intro() -> str:
    return (
        "Every check the grader ran is listed below with its points. A check that did not pass says what it "
        "called, what it expected and what it got, and often adds a hint. Hidden checks show only their name "
        "and whether they passed."
    )


# --------------------------------------------------------------------------- HTML

CSS = """
:root { --ink: #1a202c; --soft: #4a5568; --line: #e2e8f0; --page: #f7f8fa; --card: #ffffff;
  --ok: #276749; --ok-bg: #e6f4ea; --bad: #b7410e; --bad-bg: #fdf0e6; --hint-bg: #eef4fb; --hint: #2b6cb0;
  --code-bg: #f1f3f6; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #e2e8f0; --soft: #a0aec0; --line: #2d3748; --page: #12161c; --card: #1a202c;
    --ok: #9ae6b4; --ok-bg: #1c3326; --bad: #fbb47a; --bad-bg: #3a2616; --hint-bg: #1a2a3d; --hint: #90cdf4;
    --code-bg: #232a35; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 56rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 0; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  font-size: .88em; }
code { background: var(--code-bg); padding: .05em .3em; border-radius: 4px; }
pre { background: var(--code-bg); padding: .7rem .9rem; border-radius: 6px; overflow-x: auto; white-space: pre-wrap;
  overflow-wrap: anywhere; margin: .6rem 0; line-height: 1.45; }
.total { font-size: 1.15rem; margin: .2rem 0 1rem; }
.lead { color: var(--soft); }
.bar { height: .55rem; background: var(--line); border-radius: 1rem; overflow: hidden; min-width: 5rem; }
.bar > span { display: block; height: 100%; background: var(--ok); }
table.overview { width: 100%; border-collapse: collapse; margin: 1rem 0 2rem; background: var(--card);
  border: 1px solid var(--line); border-radius: 8px; }
table.overview th, table.overview td { padding: .45rem .7rem; text-align: left; border-bottom: 1px solid var(--line); }
table.overview td.num, table.overview th.num { text-align: right; white-space: nowrap; }
table.overview a { color: inherit; }
section.exercise { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 1.1rem 1.25rem; margin: 0 0 1.5rem; }
.exercise-head { display: flex; flex-wrap: wrap; gap: .3rem 1rem; align-items: baseline;
  justify-content: space-between; }
.exercise-score { font-weight: 600; white-space: nowrap; }
.exercise > .bar { margin: .5rem 0 .8rem; }
.problem { background: var(--bad-bg); border-left: 4px solid var(--bad); padding: .6rem .8rem; border-radius: 4px; }
ol.tests { list-style: none; padding: 0; margin: 0; }
li.test { border-top: 1px solid var(--line); padding: .65rem 0; }
.test-head { display: flex; gap: .6rem; align-items: baseline; }
.mark { flex: none; width: 1.5rem; height: 1.5rem; line-height: 1.5rem; text-align: center; border-radius: 50%;
  font-weight: 700; font-size: .9rem; background: var(--bad-bg); color: var(--bad); }
li.passed .mark { background: var(--ok-bg); color: var(--ok); }
.test-title { flex: 1; }
.test-points { white-space: nowrap; color: var(--soft); font-variant-numeric: tabular-nums; }
.test-name { color: var(--soft); font-size: .88rem; margin: .1rem 0 0 2.1rem; }
.outcome { font-weight: 600; color: var(--bad); }
li.passed .outcome { color: var(--ok); }
li.unchecked .mark { background: var(--line); color: var(--soft); }
li.unchecked .outcome { color: var(--soft); }
.body { margin-left: 2.1rem; }
.hint { background: var(--hint-bg); border-left: 4px solid var(--hint); padding: .55rem .8rem; border-radius: 4px;
  margin: .6rem 0; }
.hint strong { color: var(--hint); }
details { margin: .6rem 0; }
summary { cursor: pointer; color: var(--soft); }
figure { margin: .8rem 0; }
figure img { display: block; max-width: 100%; height: auto; background: #fff; border: 1px solid var(--line);
  border-radius: 6px; }
figcaption { color: var(--soft); font-size: .9rem; margin-top: .35rem; max-width: 40rem; }
figure.gate, figure.decision { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; }
figure.gate img { width: 20rem; }
figure.decision img { width: 26rem; }
figure.gate figcaption, figure.decision figcaption { flex: 1 1 14rem; }
.badge { font-size: .75rem; border: 1px solid var(--line); border-radius: 1rem; padding: 0 .5rem; color: var(--soft);
  margin-left: .4rem; white-space: nowrap; }
footer { color: var(--soft); margin-top: 2rem; }
"""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _anchor(*parts: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", "-".join(parts)).strip("-")


def _bar(score: float, max_score: float, label: str) -> str:
    share = 0.0 if max_score <= 0 else max(0.0, min(1.0, score / max_score))
    return f'<div class="bar" role="img" aria-label="{_e(label)}"><span style="width:{share * 100:.1f}%"></span></div>'


def _traceback(detail: str) -> str:
    return f"<details><summary>The traceback from your code</summary><pre>{_e(detail)}</pre></details>"


def _html_figure(kind: str, data: dict, pictures: bool) -> str:
    words = picture_words(kind, data)
    if not pictures:
        return f'<p class="lead">{_e(words)}</p>' if words else ""
    png = picture_png(kind, data)
    if png is None:
        return f'<p class="lead">(This picture could not be drawn.) {_e(words)}</p>' if words else ""
    uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    return (
        f'<figure class="picture {kind}"><img src="{uri}" alt="{_e(words)}">'
        f"<figcaption>{_e(words)}</figcaption></figure>"
    )


def _html_test(exercise: ExerciseResult, test: TestResult, *, shared: bool, pictures: bool) -> str:
    points = f"{_points(test.score)} / {_points(test.max_score)}"
    anchor = _anchor("test", exercise.name, test.name)
    unchecked = shared and test.status != "passed"
    classes = f"test {test.status}" + (" hidden" if test.hidden else "") + (" unchecked" if unchecked else "")
    mark = _mark(test, shared)
    head = (f'<div class="test-head"><span class="mark" aria-hidden="true">{mark}</span>'
            '<span class="test-title">{title}</span>'
            f'<span class="test-points" title="points">{points}</span></div>')  # fmt: skip
    if test.hidden:
        title = f'<code>{_e(test.name)}</code><span class="badge">hidden test</span>'
        return (f'<li class="{classes}" id="{anchor}">{head.format(title=title)}'
                f'<p class="test-name"><span class="outcome">{_outcome(test, shared)}</span></p></li>')  # fmt: skip
    parts = [f'<li class="{classes}" id="{anchor}">', head.format(title=_e(test.description or test.name))]
    outcome = _outcome(test, shared)
    parts.append(f'<p class="test-name"><code>{_e(test.name)}</code> · <span class="outcome">{outcome}</span></p>')
    body = []
    if test.status != "passed" and not shared:
        if test.message:
            body.append(f'<pre class="message">{_e(test.message)}</pre>')
        if test.hint:
            body.append(f'<div class="hint"><strong>Hint:</strong> {_e(test.hint)}</div>')
        if test.detail:
            body.append(_traceback(test.detail))
    for kind, data in _pictures(test):
        body.append(_html_figure(kind, data, pictures))
    if body:
        parts.append('<div class="body">' + "".join(body) + "</div>")
    parts.append("</li>")
    return "".join(parts)


def _html_exercise(e: ExerciseResult, pictures: bool) -> str:
    shared = _shared_problem(e)
    label = f"{_points(e.score)} of {_points(e.max_score)} points"
    head = f'<h2>{_e(e.title)} <code>{_e(e.name)}.py</code></h2><span class="exercise-score">{label}</span>'
    parts = [
        f'<section class="exercise" id="{_anchor("exercise", e.name)}">',
        f'<div class="exercise-head">{head}</div>',
        _bar(e.score, e.max_score, label),
        f'<p class="lead">{e.passed} of {len(e.tests)} checks pass.</p>',
    ]
    if e.problem:
        text = f"<strong>Nothing in this exercise could be checked:</strong> {_e(e.problem)}"
        if shared is not None and _missing_tip(e):
            text += f"<br>{_e(_missing_tip(e))}"
        detail = _shared_detail(e) if shared is not None else ""
        if detail:
            text += _traceback(detail)
        parts.append(f'<div class="problem">{text}</div>')
    parts.append('<ol class="tests">')
    parts += [_html_test(e, t, shared=shared is not None, pictures=pictures) for t in e.tests]
    parts.append("</ol></section>")
    return "\n".join(parts)


def render_html(result: SubmissionResult, *, pictures: bool = True) -> str:
    """The feedback as one self-contained HTML page (inline CSS, pictures as data URIs, no script).

    ``pictures=False`` says what each picture would show in words instead, without drawing.
    """
    done, total = _counts(result)
    label = f"{_points(result.score)} of {_points(result.max_score)} points"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Feedback for {_e(result.submission)}</title>",
        f"<style>{CSS}</style></head><body><main>",
        f"<header><h1>Feedback for {_e(result.submission)}</h1>",
        f'<p class="total"><strong>{label}</strong>, {done} of {total} checks pass.</p>',
        _bar(result.score, result.max_score, label),
        f'<p class="lead">{_e(_intro())}</p></header>',
    ]
    if result.problem:
        parts.append(f'<p class="problem"><strong>Your submission could not be read:</strong> {_e(result.problem)}</p>')
    if result.exercises:
        parts.append('<table class="overview"><thead><tr><th>Exercise</th><th class="num">Points</th>'
                     '<th class="num">Checks passed</th><th></th></tr></thead><tbody>')  # fmt: skip
        for e in result.exercises:
            parts.append(
                f'<tr><td><a href="#{_anchor("exercise", e.name)}">{_e(e.title)}</a> <code>{_e(e.name)}.py</code></td>'
                f'<td class="num">{_points(e.score)} / {_points(e.max_score)}</td>'
                f'<td class="num">{e.passed} / {len(e.tests)}</td>'
                f"<td>{_bar(e.score, e.max_score, f'{_points(e.score)} of {_points(e.max_score)} points')}</td></tr>"
            )
        parts.append("</tbody></table>")
    parts += [_html_exercise(e, pictures) for e in result.exercises]
    parts.append(f"<footer><p>{_e(_closing(result))}</p></footer></main></body></html>")
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------------------- files


def write_feedback(result: SubmissionResult, folder: Path, *, pictures: bool = True) -> None:
    """Write ``folder/feedback.md`` and ``folder/feedback.html``, each atomically.

    Both are rendered before either is written, so a rendering failure leaves the old files alone.
    """
    folder = Path(folder)
    markdown = render_markdown(result)
    page = render_html(result, pictures=pictures)
    write_atomic(folder / "feedback.md", markdown)
    write_atomic(folder / "feedback.html", page)
