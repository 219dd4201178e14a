"""The reference as a recording: what a student's kit answers its checks with, instead of the answers."""

import json

import numpy as np
import pytest
from kit import SOLUTIONS

from autograder.checking.outcome import verdict
from autograder.checking.recording import (PlayedReference, RecordingError, RecordingMissing, RecordingReference, decode,
                                           encode)
from autograder.checking.references import load_reference

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([[0.0], [1.0], [1.0], [0.0]])


def reference_of(module):
    path = SOLUTIONS / f"{module}.py"
    return load_reference(path, module, path.read_text())


def questions(reference):
    """What a check might ask: pure functions, an object changed by a method, the same attribute before and after."""
    net = reference.MLP(2, 3, 1, lr=0.5, seed=0)
    before = net.W1
    losses = net.fit(XOR_X, XOR_Y, epochs=5)
    return [before, net.forward(XOR_X), losses, net.W1, net.predict(XOR_X), reference.MLP(2, 3, 1, seed=0).W1]


def played(tmp_path, module, ask):
    recording = RecordingReference(reference_of(module), module)
    asked = ask(recording.proxy)
    recording.save(tmp_path)
    return asked, PlayedReference(tmp_path, module).proxy


def test_a_played_reference_gives_what_the_reference_gave_to_the_same_questions(tmp_path):
    asked, player = played(tmp_path, "mlp", questions)
    again = questions(player)
    for first, second in zip(asked, again, strict=True):
        assert type(first) is type(second)
        np.testing.assert_array_equal(first, second)
    assert not np.array_equal(again[0], again[3])  # W1 before and after fit are different questions


def test_scalars_tuples_dicts_and_non_finite_numbers_come_back_as_they_were(tmp_path):
    values = [np.float32(1.5), (1, 2.5), {"w1": -0.0, "b": float("nan")}, [np.int64(3), None, True, "s"], float("inf")]

    recording = RecordingReference(reference_of("activations"), "activations")
    recording.answer(recording.proxy, ("activations", ("attr", "x")), lambda target: values)
    recording.save(tmp_path)
    player = PlayedReference(tmp_path, "activations")
    got = player.answer(player.proxy, ("activations", ("attr", "x")), None)
    assert type(got[0]) is np.float32 and got[0] == 1.5
    assert got[1] == (1, 2.5) and type(got[1][0]) is int
    assert np.isnan(got[2]["b"]) and str(got[2]["w1"]) == "-0.0"
    assert type(got[3][0]) is np.int64 and got[3][1:] == [None, True, "s"] and got[4] == float("inf")


def test_the_record_is_plain_json_and_npy_files(tmp_path):
    played(tmp_path, "mlp", questions)
    json.loads((tmp_path / "recording.json").read_text())
    assert {p.suffix for p in (tmp_path / "arrays").iterdir()} == {".npy"}
    for path in (tmp_path / "arrays").iterdir():
        np.load(path, allow_pickle=False)


def test_a_question_never_asked_is_refused_with_a_reason(tmp_path):
    _, player = played(tmp_path, "mlp", questions)
    with pytest.raises(RecordingMissing, match=r"this kit lacks a recorded answer for mlp\.MLP"):
        player.MLP(2, 4, 1, seed=0)
    with pytest.raises(RecordingMissing):
        player.MLP(2, 3, 1, lr=0.5, seed=0).forward(XOR_X + 1)


def test_what_was_done_to_an_object_before_is_part_of_each_question_asked_of_it(tmp_path):
    def ask(reference):
        answers = []
        for scale in (1.0, 2.0):  # two networks made alike, then given other weights
            net = reference.MLP(2, 3, 1, seed=0)
            net.W1 = np.full((2, 3), scale)
            answers.append(net.forward(XOR_X))
        return answers

    asked, player = played(tmp_path, "mlp", ask)
    again = ask(player)
    assert not np.array_equal(asked[0], asked[1])
    for first, second in zip(asked, again, strict=True):
        np.testing.assert_array_equal(first, second)


def test_a_check_that_asks_what_was_not_recorded_is_the_kits_error_in_words_without_a_traceback(tmp_path):
    _, player = played(tmp_path, "mlp", questions)
    with pytest.raises(RecordingMissing) as missing:
        player.MLP(2, 4, 1, seed=0)
    said = verdict(missing.value)
    assert said["status"] == "error" and said["detail"] == ""
    assert said["message"].startswith("this kit lacks a recorded answer for mlp.MLP(...)")
    assert "not yours" in said["message"] and "Traceback" not in said["message"]


def test_arguments_that_cannot_be_named_exactly_are_refused_while_recording(tmp_path):
    recording = RecordingReference(reference_of("activations"), "activations")
    with pytest.raises(RecordingError):
        recording.proxy.sigmoid(lambda x: x)
    with pytest.raises(RecordingError):
        recording.proxy.sigmoid = None


def test_arrays_of_the_same_bytes_in_other_shapes_are_kept_apart(tmp_path):
    """(n,) and (n, 1) arrays of the same values are two answers, each played back in its own shape."""
    arrays = {}
    flat, column = encode(np.arange(3.0), arrays), encode(np.arange(3.0).reshape(-1, 1), arrays)
    assert flat != column and len(arrays) == 2
    for name, array in arrays.items():
        np.save(tmp_path / name, array, allow_pickle=False)
    assert decode(flat, tmp_path).shape == (3,) and decode(column, tmp_path).shape == (3, 1)
