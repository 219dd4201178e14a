"""How a batch starts: workers forked only where that is safe, and each notebook parsed once."""

import json
import threading

from autograder.batch import supervisor
from autograder.intake import notebooks
from autograder.intake.load import load_submission


def test_workers_are_forked_only_while_the_parent_runs_no_other_thread(monkeypatch):
    monkeypatch.setattr(supervisor.sys, "platform", "linux")
    with monkeypatch.context() as alone:  # earlier tests may leave threads of their own in this process
        alone.setattr(supervisor.threading, "active_count", lambda: 1)
        assert supervisor._start_method() == "fork"
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert supervisor._start_method() == "spawn"  # a fork would copy a process whose other thread may hold a lock
    finally:
        stop.set()
        other.join()
    monkeypatch.setattr(supervisor.sys, "platform", "darwin")
    assert supervisor._start_method() == "spawn"


def _notebook(code: str) -> str:
    cell = {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": code}
    return json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def test_a_students_one_assignment_folder_has_each_notebook_parsed_once(tmp_path, monkeypatch):
    folder = tmp_path / "alice" / "week1"
    folder.mkdir(parents=True)
    (folder / "gates.ipynb").write_text(_notebook("def AND(a, b):\n    return a and b\n"))
    (folder / "neuron.ipynb").write_text(_notebook("def fire(x):\n    return x > 0\n"))
    parsed = []
    real = notebooks.parse_notebook
    monkeypatch.setattr(notebooks, "parse_notebook", lambda data, name: parsed.append(name) or real(data, name))
    submission = load_submission(tmp_path / "alice", "alice", expected=["gates", "neuron"])
    assert sorted(submission.files) == ["gates.py", "neuron.py"]
    assert "_NNKIT_NOTEBOOK = 'gates.ipynb'" in submission.files["gates.py"]
    assert sorted(parsed) == ["gates.ipynb", "neuron.ipynb"]
    assert "the notebooks were read from week1/" in submission.notes


def test_two_assignment_folders_are_still_weighed_by_the_exercises_they_hold(tmp_path):
    (tmp_path / "bob" / "old").mkdir(parents=True)
    (tmp_path / "bob" / "week1").mkdir()
    (tmp_path / "bob" / "old" / "gates.ipynb").write_text(_notebook("def AND(a, b):\n    return 0\n"))
    for name in ("gates", "neuron"):
        (tmp_path / "bob" / "week1" / f"{name}.ipynb").write_text(_notebook(f"# {name}\n"))
    submission = load_submission(tmp_path / "bob", "bob", expected=["gates", "neuron"])
    assert "the notebooks were read from week1/" in submission.notes  # it holds two exercises, old/ one
