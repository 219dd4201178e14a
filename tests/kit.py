"""Helpers shared by the kit's own tests (import as ``from kit import ...``)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOLUTIONS = ROOT / "solutions"
EXERCISES = ROOT / "exercises"
def solution_files() -> dict:
    """The reference solutions as a submission's files: {"gates.py": source, ...}."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SOLUTIONS.glob("*.py"))}


def write_course(folder: Path, **limits) -> Path:
    """A course.toml in ``folder`` using the kit's solutions and checks, with other limits."""
    lines = ["[course]", f'solutions = "{SOLUTIONS}"', "seed = 2026", "", "[limits]"]
    lines += [f"{key} = {value}" for key, value in limits.items()]
    for module, points in [("gates", 10), ("perceptron", 10), ("activations", 15), ("neuron", 10),
                           ("loss", 10), ("backprop", 20), ("mlp", 25)]:  # fmt: skip
        lines += ["", "[[exercise]]", f'module = "{module}"', f"points = {points}"]
    path = folder / "course.toml"
    path.write_text("\n".join(lines) + "\n")
    return path
