"""Each picture of the feedback said in words: the caption and alt text of the HTML picture,
and all the Markdown says of it.

The words render what the check recorded with the picture's data: where the losses first
differ (``first_difference``), which points are on the right side (``right``), what a gate
gives at each input (``fires``). They decide nothing of their own.
"""

from __future__ import annotations

import math

from ..grading.results import points_text
from .words import floats, listing, number


def loss_words(data: dict) -> str:
    reference = floats(data.get("reference")) or []
    student = floats(data.get("student"))
    ref = "the reference's"
    if reference:
        ref += f" go from {number(reference[0])} to {number(reference[-1])}"
    if student is None:
        return "Your fit did not return a list of numbers, so the picture shows only the reference's losses."
    if not student:
        return "Your fit returned an empty list of losses, so the picture shows only the reference's."
    recorded = (data.get("cut") or {}).get("student", len(student))  # the length before the list was cut
    if recorded != len(student):
        kept = f"the first {len(student)} were kept"
        words = f"Your fit recorded {recorded} losses ({kept}), from {number(student[0])}; {ref}"
    else:
        words = f"Your fit recorded {recorded} losses, from {number(student[0])} to {number(student[-1])}; {ref}"
    if recorded != len(reference):
        words += f" (the reference records {len(reference)}, one per epoch)"
    first = data["first_difference"]
    if first is not None:
        words += f". They first differ at epoch {first}"
    elif len(student) == len(reference):
        words += ". The two curves agree"
    bad = sum(not math.isfinite(v) for v in student)
    if bad:
        words += f". {bad} of your losses are not finite numbers (NaN or infinity) and are left out of the picture"
    return words + "."


def gradient_words(data: dict) -> str:
    errors = data.get("errors") or {}
    threshold = float(data.get("threshold", 1e-5))
    within = set(data.get("within") or ())  # the check's verdict, per parameter
    good = [n for n, e in errors.items() if e is not None and n in within]
    bad = [n for n, e in errors.items() if e is not None and n not in within]
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
            words.append(f"Within it: {listing(good)}.")
        if bad:
            words.append(f"Too large: {listing(bad)}.")
        if missing:
            words.append(f"Missing or not comparable (wrong shape, or not numbers): {listing(missing)}.")
    return " ".join(words)


def decision_words(data: dict) -> str:
    at = floats(data.get("at"))
    if at is None or len(at) != len(data.get("points", [])):
        return "Your network's forward did not return one number per grid point, so there is no surface to draw."
    labels = [int(v) for v in data.get("labels", [])]
    pairs = [f"({points_text(p[0])}, {points_text(p[1])}) → {number(v)}" for p, v in zip(data.get("points", []), at)]
    wrong = list(data["right"]).count(False)
    verdict = "all four on the right side of 0.5" if not wrong else f"{wrong} of 4 on the wrong side of 0.5"
    output = floats(data.get("output")) or []
    if not all(map(math.isfinite, output)):
        verdict += "; grey marks where the output is not a number (NaN or infinity)"
    return (
        "Your trained network's output over the square from -0.5 to 1.5 in both inputs; "
        f"the black line is where it crosses 0.5. At the four XOR inputs: {', '.join(pairs)} "
        f"(should be {', '.join(str(t) for t in labels)}): {verdict}."
    )


def _weighted_sum(w0: float, w1: float, w2: float) -> str:
    """-0.5 + 0.6·x1 - 1·x2, with the signs where they belong."""
    text = number(w0)
    for w, x in ((w1, "x1"), (w2, "x2")):
        text += f" - {number(-w)}·{x}" if w < 0 else f" + {number(w)}·{x}"
    return text


def gate_words(data: dict) -> str:
    w0, w1, w2 = (float(w) for w in data["weights"])
    name = data["name"]
    truth = [int(t) for t in data["truth"]]
    fires = [int(f) for f in data["fires"]]
    wrong = [
        f"({x1}, {x2}) gives {f} where {name} gives {t}"
        for (x1, x2), f, t, right in zip(data["points"], fires, truth, data["right"])
        if not right
    ]
    words = (
        f"With (w0, w1, w2) = ({number(w0)}, {number(w1)}, {number(w2)}) "
        f"the perceptron fires where {_weighted_sum(w0, w1, w2)} ≥ 0.5"
    )
    if w1 == 0 and w2 == 0:  # then it gives the same at every input
        words += ": that does not depend on the inputs, so it " + ("always fires. " if fires[0] else "never fires. ")
    else:
        words += " (the orange side of the line). "
    if wrong:
        return words + f"{4 - len(wrong)} of 4 inputs come out right; " + "; ".join(wrong) + "."
    return words + f"All four inputs land on the side the {name} truth table asks for."
