"""The feedback's pictures, drawn with matplotlib: one function per kind of picture, each
taking the plain data a check recorded and returning a PNG.

A picture carries its verdict: the points marked on the wrong side and the epoch where the
losses first differ are the check's (``right``, ``first_difference``), never decided here.
matplotlib is imported only when a picture is drawn, and always through the Agg canvas (no
pyplot, no global backend switch), so importing this module is cheap and safe in any process.
"""

from __future__ import annotations

import io
import math

from .colours import BLUE, GREY, HIGH_FILL, INK, LOW_FILL, NOT_A_NUMBER, ORANGE, WRONG
from .words import floats

MAX_CURVE_POINTS = 2000  # a longer loss list is thinned before it is drawn


def load_matplotlib() -> None:
    """Import the parts of matplotlib the pictures use, before any is drawn: a parent about to
    fork workers that will draw loads them once for all of them (see ``batch.supervisor``)."""
    import matplotlib.backends.backend_agg  # noqa: F401
    import matplotlib.figure  # noqa: F401


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
    reference = floats(data.get("reference")) or []
    student = floats(data.get("student"))
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
        first = data["first_difference"]
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
    within = set(data.get("within") or ())  # the check's verdict, per parameter
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
        ax.bar(i, height - bottom, bottom=bottom, color=BLUE if name in within else ORANGE, width=0.7)
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

    grid = np.asarray(floats(data["grid"]), dtype=float)
    n = grid.size
    output = np.asarray(floats(data["output"]), dtype=float).reshape(n, n)  # rows are y, columns x
    fig, ax = _axes(4.3, 3.7, (0.55, 0.8, 1.0, 0.3))
    low, high = grid[0], grid[-1]
    half = (high - low) / (n - 1) / 2
    shown = np.ma.masked_invalid(np.clip(output, 0.0, 1.0))
    image = ax.imshow(shown, cmap=_surface_colours(), vmin=0, vmax=1, origin="lower", interpolation="bilinear",
                      extent=(low - half, high + half, low - half, high + half))  # fmt: skip
    if np.isfinite(output).any() and np.nanmin(output) < 0.5 < np.nanmax(output):
        ax.contour(grid, grid, np.where(np.isfinite(output), output, 0.5), levels=[0.5], colors=INK, linewidths=1.6)
    points, labels = data.get("points", []), data.get("labels", [])
    wrong = [p for p, right in zip(points, data["right"]) if not right]
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
    points, truth = data["points"], [int(t) for t in data["truth"]]
    wrong = [p for p, right in zip(points, data["right"]) if not right]
    _plane(ax, f"{data['name']}: fires on the orange side", _points_by_label(ax, points, truth, wrong=wrong), 2)
    return _png(fig)
