"""Small SVG figures for the lessons, drawn by hand so the built notebooks never change.

Each function returns the text of an SVG picture; ``markdown_image`` turns
it into a Markdown image (a ``data:`` URI), which Jupyter, nbgrader's
feedback and GitHub all show. Coordinates are rounded, so the output is the
same on every machine.
"""

from __future__ import annotations

import base64
import math

FONT = 'font-family="sans-serif" font-size="12"'
COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd")


def markdown_image(svg: str, alt: str) -> str:
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f"![{alt}](data:image/svg+xml;base64,{data})"


def _n(x: float) -> str:
    text = f"{x:.1f}"
    return "0.0" if text == "-0.0" else text


def _svg(width: int, height: int, body: list[str]) -> str:
    head = f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
    return "\n".join([head, f'<rect width="{width}" height="{height}" fill="white"/>', *body, "</svg>"]) + "\n"


class _Axes:
    """A plot area mapping data coordinates to pixels."""

    def __init__(self, left, top, width, height, xlim, ylim):
        self.left, self.top, self.width, self.height = left, top, width, height
        self.xlim, self.ylim = xlim, ylim

    def x(self, value):
        lo, hi = self.xlim
        return self.left + (value - lo) / (hi - lo) * self.width

    def y(self, value):
        lo, hi = self.ylim
        return self.top + self.height - (value - lo) / (hi - lo) * self.height

    def frame(self, xticks, yticks, title=""):
        self.clip = f"clip{int(self.left)}x{int(self.top)}"
        out = [
            f'<clipPath id="{self.clip}"><rect x="{_n(self.left)}" y="{_n(self.top)}" width="{_n(self.width)}" '
            f'height="{_n(self.height)}"/></clipPath>',
            f'<rect x="{_n(self.left)}" y="{_n(self.top)}" width="{_n(self.width)}" height="{_n(self.height)}" '
            'fill="none" stroke="#888"/>'
        ]
        for t in xticks:
            out.append(
                f'<text x="{_n(self.x(t))}" y="{_n(self.top + self.height + 15)}" text-anchor="middle" {FONT}>{t:g}</text>'
            )
        for t in yticks:
            out.append(
                f'<text x="{_n(self.left - 5)}" y="{_n(self.y(t) + 4)}" text-anchor="end" {FONT}>{t:g}</text>'
            )
            out.append(
                f'<line x1="{_n(self.left)}" y1="{_n(self.y(t))}" x2="{_n(self.left + self.width)}" '
                f'y2="{_n(self.y(t))}" stroke="#eee"/>'
            )
        if title:
            out.append(
                f'<text x="{_n(self.left + self.width / 2)}" y="{_n(self.top - 8)}" text-anchor="middle" '
                f'{FONT} font-weight="bold">{title}</text>'
            )
        return out

    def curve(self, f, color, dashed=False, steps=80):
        lo, hi = self.xlim
        points = []
        for i in range(steps + 1):
            value = lo + (hi - lo) * i / steps
            points.append(f"{_n(self.x(value))},{_n(self.y(f(value)))}")
        dash = ' stroke-dasharray="5,4"' if dashed else ""
        return (
            f'<polyline points="{" ".join(points)}" fill="none" stroke="{color}" stroke-width="2"{dash} '
            f'clip-path="url(#{self.clip})"/>'
        )


def gate_planes() -> str:
    """AND's four inputs split by one line; XOR's cannot be."""
    body = []
    for index, (name, outputs, line) in enumerate(
        [("AND: one line separates", (0, 0, 0, 1), True), ("XOR: no line can", (0, 1, 1, 0), False)]
    ):
        axes = _Axes(50 + index * 230, 30, 160, 160, (-0.3, 1.3), (-0.3, 1.3))
        body += axes.frame([0, 1], [0, 1], name)
        if line:  # -0.5 + 0.6 x1 + 0.6 x2 = 0.5, that is x1 + x2 = 5/3
            x1, x2 = 0.37, 1.3
            body.append(
                f'<line x1="{_n(axes.x(x1))}" y1="{_n(axes.y(5 / 3 - x1))}" x2="{_n(axes.x(x2))}" '
                f'y2="{_n(axes.y(5 / 3 - x2))}" stroke="{COLORS[2]}" stroke-width="2"/>'
            )
        for (a, b), out in zip([(0, 0), (0, 1), (1, 0), (1, 1)], outputs):
            fill = COLORS[1] if out else "white"
            body.append(
                f'<circle cx="{_n(axes.x(a))}" cy="{_n(axes.y(b))}" r="7" fill="{fill}" stroke="{COLORS[1]}" '
                'stroke-width="2"/>'
            )
        body.append(f'<text x="{_n(axes.x(0.5))}" y="{_n(axes.y(-0.3) + 30)}" text-anchor="middle" {FONT}>x1</text>')
    body.append(f'<text x="20" y="115" {FONT}>x2</text>')
    body.append(f'<text x="250" y="250" text-anchor="middle" {FONT}>filled: output 1, open: output 0</text>')
    return _svg(480, 260, body)


def activation_curves() -> str:
    """sigmoid, tanh, ReLU and leaky ReLU; the sigmoid's slope dashed."""

    def sigmoid(z):
        return 1 / (1 + math.exp(-z))

    curves = [
        ("sigmoid", sigmoid, False),
        ("sigmoid' (slope)", lambda z: sigmoid(z) * (1 - sigmoid(z)), True),
        ("tanh", math.tanh, False),
        ("ReLU", lambda z: max(z, 0.0), False),
        ("leaky ReLU (0.1)", lambda z: z if z > 0 else 0.1 * z, True),
    ]
    axes = _Axes(50, 20, 300, 200, (-4, 4), (-1.2, 2.2))
    body = axes.frame([-4, -2, 0, 2, 4], [-1, 0, 1, 2])
    colors = [COLORS[0], COLORS[0], COLORS[1], COLORS[2], COLORS[3]]
    for index, ((name, f, dashed), color) in enumerate(zip(curves, colors)):
        body.append(axes.curve(f, color, dashed))
        y = 35 + 18 * index
        dash = ' stroke-dasharray="5,4"' if dashed else ""
        body.append(f'<line x1="365" y1="{y - 4}" x2="390" y2="{y - 4}" stroke="{color}" stroke-width="2"{dash}/>')
        body.append(f'<text x="396" y="{y}" {FONT}>{name}</text>')
    body.append(f'<text x="200" y="252" text-anchor="middle" {FONT}>z</text>')
    return _svg(520, 260, body)


def network_221() -> str:
    """The 2-2-1 network of the backprop lesson, with its nine parameters."""
    nodes = {"x0": (60, 70), "x1": (60, 190), "h1": (230, 70), "h2": (230, 190), "o1": (400, 130)}
    edges = [("x0", "h1", "w1"), ("x1", "h1", "w2"), ("x0", "h2", "w3"), ("x1", "h2", "w4"),
             ("h1", "o1", "w5"), ("h2", "o1", "w6")]  # fmt: skip
    body = []
    for a, b, label in edges:
        (x1, y1), (x2, y2) = nodes[a], nodes[b]
        body.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#555" stroke-width="1.5"/>')
        t = 0.3 if a.startswith("x") and label in ("w2", "w3") else 0.5
        lx, ly = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
        body.append(f'<text x="{_n(lx)}" y="{_n(ly - 6)}" text-anchor="middle" {FONT} fill="{COLORS[1]}">{label}</text>')
    labels = {"x0": "x[0]", "x1": "x[1]", "h1": "h1 (+b1)", "h2": "h2 (+b2)", "o1": "o1 (+b3)"}
    for name, (x, y) in nodes.items():
        body.append(f'<circle cx="{x}" cy="{y}" r="24" fill="#f4f8fc" stroke="{COLORS[0]}" stroke-width="2"/>')
        body.append(f'<text x="{x}" y="{y + 42}" text-anchor="middle" {FONT}>{labels[name]}</text>')
    body.append(f'<text x="60" y="25" text-anchor="middle" {FONT} font-weight="bold">inputs</text>')
    body.append(f'<text x="230" y="25" text-anchor="middle" {FONT} font-weight="bold">hidden (sigmoid)</text>')
    body.append(f'<text x="400" y="25" text-anchor="middle" {FONT} font-weight="bold">output (sigmoid)</text>')
    return _svg(480, 250, body)


def squared_error() -> str:
    """The loss (p - 1)^2 of one prediction p for the target 1, and its slope 2 (p - 1)."""
    axes = _Axes(50, 20, 300, 180, (-0.5, 2.5), (-3, 3))
    body = axes.frame([-0.5, 0, 0.5, 1, 1.5, 2, 2.5], [-2, 0, 2])
    body.append(axes.curve(lambda p: (p - 1) ** 2, COLORS[0]))
    body.append(axes.curve(lambda p: 2 * (p - 1), COLORS[1], dashed=True))
    body.append(f'<line x1="365" y1="41" x2="390" y2="41" stroke="{COLORS[0]}" stroke-width="2"/>')
    body.append(f'<text x="396" y="45" {FONT}>loss (p - 1)²</text>')
    body.append(
        f'<line x1="365" y1="63" x2="390" y2="63" stroke="{COLORS[1]}" stroke-width="2" stroke-dasharray="5,4"/>'
    )
    body.append(f'<text x="396" y="67" {FONT}>slope 2 (p - 1)</text>')
    body.append(f'<text x="200" y="232" text-anchor="middle" {FONT}>prediction p (target 1)</text>')
    return _svg(520, 245, body)
