"""Does `release` turn the reference solutions into honest student stubs?"""

import ast
import hashlib
import importlib.util
import inspect
from pathlib import Path

import pytest
from click.testing import CliRunner
from kit import EXERCISES, MODULES, ROOT, SOLUTIONS

from autograder.build import release as rel
from autograder.cli import main


def _load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module



# What the student writes in the kit's exercises; everything else is given. Another exercise
# must stub something, and each thing it stubs must raise NotImplementedError.
STUBBED = {
    "gates": {"threshold", "perceptron", "xor"},
    "perceptron": {"Perceptron.fit", "Perceptron.predict"},
    "activations": {
        "sigmoid", "sigmoid_derivative", "tanh", "tanh_derivative", "relu",
        "relu_derivative", "leaky_relu", "leaky_relu_derivative", "softmax",
    },
    "neuron": {
        "Neuron.feedforward", "TinyNetwork.__init__", "TinyNetwork.feedforward",
        "layer_output", "count_parameters",
    },
    "loss": {"mse_loss", "mse_loss_gradient"},
    "backprop": {"feedforward", "backprop", "sgd_step", "train"},
    "mlp": {"MLP.forward", "MLP.loss", "MLP.backward", "MLP.step", "MLP.fit", "MLP.predict"},
}
GATE_CONSTANTS = ("AND_WEIGHTS", "OR_WEIGHTS", "NAND_WEIGHTS", "NOR_WEIGHTS")


def _split(source):
    """(text outside the regions, in order; lines inside the regions)."""
    outside, inside, current, in_region = [], [], [], False
    for line in source.splitlines(keepends=True):
        marker = line.strip()
        if marker == "### BEGIN SOLUTION":
            outside.append("".join(current))
            current, in_region = [], True
        elif marker == "### END SOLUTION":
            in_region = False
        elif in_region:
            inside.append(line.strip())
        else:
            current.append(line)
    outside.append("".join(current))
    return outside, inside


METHOD_SOURCE = '''\
import numpy as np


class Model:
    def __init__(self, lr=0.1):
        self.lr = lr

    def fit(self, X):
        """Learn from X."""
        ### BEGIN SOLUTION
        self.mean_ = np.mean(X)
        return self
        ### END SOLUTION
'''


def test_a_method_region_becomes_a_raise_naming_the_method():
    stub = rel.make_stub(METHOD_SOURCE, filename="model.py")
    expected = METHOD_SOURCE.replace(
        "        ### BEGIN SOLUTION\n"
        "        self.mean_ = np.mean(X)\n"
        "        return self\n"
        "        ### END SOLUTION\n",
        "        # YOUR CODE HERE\n"
        '        raise NotImplementedError("Model.fit: not written yet")\n',
    )
    assert stub == expected


def test_a_module_constant_becomes_none_with_an_instruction():
    source = (
        "X = 1\n"
        "### BEGIN SOLUTION\n"
        "AND_WEIGHTS = (-0.5, 0.6, 0.6)\n"
        "### END SOLUTION\n"
        "Y = 2\n"
    )
    stub = rel.make_stub(source)
    assert stub == (
        "X = 1\n"
        "# YOUR CODE HERE: replace None by a tuple of 3 numbers\n"
        "AND_WEIGHTS = None\n"
        "Y = 2\n"
    )


def test_a_region_in_a_nested_function_names_the_innermost_def():
    source = (
        "def outer():\n"
        "    def inner():\n"
        "        ### BEGIN SOLUTION\n"
        "        return 1\n"
        "        ### END SOLUTION\n"
        "    return inner\n"
    )
    assert 'NotImplementedError("outer.inner: not written yet")' in rel.make_stub(source)


def test_crlf_line_endings_are_kept():
    source = METHOD_SOURCE.replace("\n", "\r\n")
    stub = rel.make_stub(source)
    assert "\r\n" in stub and "\n" not in stub.replace("\r\n", "")


@pytest.mark.parametrize(
    "source, line",
    [
        ("def f():\n    ### BEGIN SOLUTION\n    return 1\n", 2),  # never closed
        ("def f():\n    return 1\n    ### END SOLUTION\n", 3),  # END without BEGIN
        (
            "def f():\n    ### BEGIN SOLUTION\n    ### BEGIN SOLUTION\n"
            "    return 1\n    ### END SOLUTION\n    ### END SOLUTION\n",
            3,
        ),  # nested
        ("def f():\n    ### BEGIN SOLUTION\n    return 1\n### END SOLUTION\n", 4),
        ("class C:\n    ### BEGIN SOLUTION\n    x = 1\n    ### END SOLUTION\n", 2),
        ("### BEGIN SOLUTION\nprint('hi')\n### END SOLUTION\n", 2),
    ],
    ids=["unclosed", "stray-end", "nested", "indent-mismatch", "not-in-def", "not-assign"],
)
def test_bad_markers_raise_naming_file_and_line(source, line):
    with pytest.raises(ValueError, match=rf"demo\.py:{line}:"):
        rel.make_stub(source, filename="demo.py")


@pytest.mark.parametrize("module", MODULES)
def test_text_outside_regions_is_copied_byte_for_byte(module):
    source = (SOLUTIONS / f"{module}.py").read_text(encoding="utf-8")
    stub = rel.make_stub(source)
    outside, _ = _split(source)
    assert len(outside) > 1, "every solution has at least one region"
    assert stub.startswith(outside[0]) and stub.endswith(outside[-1])
    position = 0
    for segment in outside:
        position = stub.index(segment, position) + len(segment)


@pytest.mark.parametrize("module", MODULES)
def test_no_solution_line_survives_in_the_stub(module):
    source = (SOLUTIONS / f"{module}.py").read_text(encoding="utf-8")
    outside, inside = _split(source)
    given = "".join(outside)
    stub_lines = {line.strip() for line in rel.make_stub(source).splitlines()}
    # A line also written outside the regions (e.g. `return out`) may stay.
    secret = {line for line in inside if line and line not in given}
    assert secret, "the regions hold something to hide"
    assert not secret & stub_lines


def test_committed_exercises_match_release():
    assert rel.stale_stubs(SOLUTIONS, EXERCISES) == [], (
        "exercises/ drifted from solutions/: run release(solutions, exercises)"
    )


def test_release_writes_only_changed_files_and_skips_private_ones(tmp_path):
    solutions, exercises = tmp_path / "sol", tmp_path / "ex"
    solutions.mkdir()
    (solutions / "model.py").write_text(METHOD_SOURCE)
    (solutions / "_helper.py").write_text("X = 1\n")

    assert rel.release(solutions, exercises) == [exercises / "model.py"]
    written = (exercises / "model.py").read_text()
    mark = hashlib.sha256(rel.make_stub(METHOD_SOURCE).encode()).hexdigest()[:16]
    assert written.splitlines()[:2] == [
        "# Your exercise: write your answers where it says YOUR CODE HERE, then run `nnkit check`.",
        f"# (Made from sol/model.py by `nnkit release`, stub {mark}; instructors edit that file, not this one.)",
    ]
    assert not (exercises / "_helper.py").exists()
    assert rel.release(solutions, exercises) == []


def _released(tmp_path, names=("a.py", "b.py", "c.py")):
    """Solutions and the stubs an earlier release wrote of them; then a solution changes."""
    solutions, exercises = tmp_path / "sol", tmp_path / "ex"
    solutions.mkdir()
    for name in names:
        (solutions / name).write_text(METHOD_SOURCE)
    rel.release(solutions, exercises)
    for name in names:
        (solutions / name).write_text(METHOD_SOURCE.replace("lr=0.1", "lr=0.2"))
    return solutions, exercises


def test_release_rewrites_untouched_stubs_of_an_earlier_release(tmp_path):
    solutions, exercises = _released(tmp_path)
    (exercises / "c.py").unlink()
    assert rel.release(solutions, exercises) == [exercises / n for n in ("a.py", "b.py", "c.py")]
    assert all("lr=0.2" in (exercises / n).read_text() for n in ("a.py", "b.py", "c.py"))


@pytest.mark.parametrize("edit", ["answer", "notice", "crlf", "not a stub", "link"])
def test_release_writes_nothing_when_a_stub_was_edited_and_names_it(tmp_path, edit):
    solutions, exercises = _released(tmp_path)
    target, before = exercises / "b.py", (exercises / "b.py").read_bytes()
    if edit == "answer":  # a student's answer in place of the raise
        target.write_bytes(before.replace(b"# YOUR CODE HERE", b"self.mean_ = X.mean()\n        return self"))
    elif edit == "notice":  # the mark no longer fits: the text below it is not what it was made of
        target.write_bytes(before.replace(b"stub ", b"stub 0", 1)[:-1] + before[-1:])
    elif edit == "crlf":  # an editor that saved it with Windows line endings
        target.write_bytes(before.replace(b"\n", b"\r\n"))
    elif edit == "not a stub":
        target.write_text("def fit(X):\n    return X\n")
    else:  # a link to somebody's file: neither followed nor written through
        (tmp_path / "mine.py").write_bytes(before)
        target.unlink()
        target.symlink_to(tmp_path / "mine.py")
    edited = target.read_bytes()
    with pytest.raises(rel.EditedStubs, match=r"nothing written: .*ex/b\.py changed since") as caught:
        rel.release(solutions, exercises)
    assert caught.value.paths == [target]
    assert target.read_bytes() == edited and b"lr=0.1" in (exercises / "a.py").read_bytes()  # nothing written

    assert rel.release(solutions, exercises, force=True) == [exercises / n for n in ("a.py", "b.py", "c.py")]
    assert not target.is_symlink() and b"lr=0.2" in target.read_bytes()
    assert edit != "link" or (tmp_path / "mine.py").read_bytes() == before


def test_the_release_command_refuses_edited_stubs_with_exit_2_and_force_overwrites(tmp_path):
    solutions, exercises = _released(tmp_path, ("gates.py", "loss.py"))
    (tmp_path / "course.toml").write_text(
        '[course]\nsolutions = "sol"\nexercises = "ex"\n\n[[exercise]]\nmodule = "gates"\npoints = 1\n'
    )
    with open(exercises / "gates.py", "a") as handle:
        handle.write("# my notes\n")
    runner = CliRunner()
    done = runner.invoke(main, ["release", "--course", str(tmp_path / "course.toml")])
    assert done.exit_code == 2 and f"{exercises / 'gates.py'} changed since" in done.output
    assert "--force" in done.output and "lr=0.1" in (exercises / "loss.py").read_text()
    done = runner.invoke(main, ["release", "--course", str(tmp_path / "course.toml"), "--force"])
    assert done.exit_code == 0 and "2 stub(s) changed" in done.output, done.output
    assert "my notes" not in (exercises / "gates.py").read_text()


def test_stale_stubs_reports_missing_and_edited_stubs(tmp_path):
    solutions, exercises = tmp_path / "sol", tmp_path / "ex"
    solutions.mkdir()
    for name in ("a.py", "b.py", "c.py"):
        (solutions / name).write_text(METHOD_SOURCE)
    rel.release(solutions, exercises)
    (exercises / "a.py").unlink()
    with open(exercises / "b.py", "a") as handle:
        handle.write("# edited by hand\n")
    assert rel.stale_stubs(solutions, exercises) == ["a.py", "b.py"]


def _stubbed_callables(module):
    """(qualified name, callable) for every function the stub leaves to the student."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    found = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            found.append((node.name, node, getattr(module, node.name)))
        elif isinstance(node, ast.ClassDef):
            cls = getattr(module, node.name)
            bare = cls.__new__(cls)  # skip __init__: it may be a stub itself
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    target = cls if item.name == "__init__" else getattr(bare, item.name)
                    found.append((f"{node.name}.{item.name}", item, target))
    return [
        (name, target)
        for name, node, target in found
        if any(isinstance(n, ast.Raise) and "NotImplementedError" in ast.unparse(n)
               for n in ast.walk(node))
    ]


@pytest.mark.parametrize("module_name", MODULES)
def test_every_stubbed_function_raises_not_implemented(module_name):
    module = _load(EXERCISES / f"{module_name}.py", f"nnkit_exercise_{module_name}")
    stubbed = _stubbed_callables(module)
    assert {name for name, _ in stubbed} == STUBBED.get(module_name, {name for name, _ in stubbed}) != set()
    for name, target in stubbed:
        required = [
            p for p in inspect.signature(target).parameters.values()
            if p.default is p.empty and p.kind is p.POSITIONAL_OR_KEYWORD
        ]
        with pytest.raises(NotImplementedError, match=rf"^{name}: not written yet$"):
            target(*[None] * len(required))


def test_the_stubs_keep_what_is_given():
    gates = _load(EXERCISES / "gates.py", "nnkit_exercise_gates_given")
    assert all(getattr(gates, name) is None for name in GATE_CONSTANTS)

    perceptron = _load(EXERCISES / "perceptron.py", "nnkit_exercise_perceptron_given")
    model = perceptron.Perceptron(lr=0.5, epochs=3)
    assert (model.lr, model.epochs) == (0.5, 3)

    backprop = _load(EXERCISES / "backprop.py", "nnkit_exercise_backprop_given")
    assert backprop.PARAM_NAMES == ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")
    assert backprop.DATA.shape == (4, 2)

    mlp = _load(EXERCISES / "mlp.py", "nnkit_exercise_mlp_given")
    net = mlp.MLP(2, 4, 1, seed=0)
    assert (net.W1.shape, net.b1.shape, net.W2.shape, net.b2.shape) == (
        (2, 4), (1, 4), (4, 1), (1, 1)
    )
