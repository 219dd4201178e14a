"""Does student code run apart from the grader, and does every failure come back as a message?"""

import json
import os
import time

import numpy as np
import pytest

from autograder.sandbox import wire
from autograder.checking.remote import Batch, RemoteModule, RemoteObject
from autograder.course import Limits
from autograder.sandbox.host import Sandbox
from autograder.sandbox.session import Session, StudentError, StudentTimeout, StudentTooSlow

CODE = '''
import os, sys, time
import numpy as np

print("hello from the student")

def double(x):
    return np.asarray(x) * 2

def boom():
    return 1 / 0

def spin():
    while True:
        try:
            pass
        except KeyboardInterrupt:
            pass

def leave():
    os._exit(3)

def crash():
    import ctypes
    ctypes.string_at(0)

def shout():
    for _ in range(10000):
        print("x" * 100)
    return "done"

def mutate(a):
    a += 1
    return None

def pid():
    return os.getpid()

def hog():
    return np.ones((1 << 30,))  # 8 GiB

def odd():
    return object()

class Box:
    def __init__(self, value):
        self.value = value
    def grow(self):
        self.value = self.value + 1
        return self
'''


DETACH = '''
import os, time

def detach():
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            time.sleep(600)
        os._exit(0)
    time.sleep(0.3)
    return "detached"
'''


def descendants(root: int) -> list[int]:
    """Every process below ``root``, from /proc."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = open(f"/proc/{entry}/stat", "rb").read()
            except OSError:
                continue
            parents[int(entry)] = int(stat[stat.rfind(b")") + 2 :].split()[1])
    found, frontier = [], [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


@pytest.fixture
def module(sandbox):
    session = Session(sandbox, {"m.py": CODE, "broken.py": "def f(:\n"})
    yield RemoteModule(session, "m")
    session.close()


def test_values_cross_as_plain_data(module):
    got = module.call("double", np.arange(3.0))
    assert isinstance(got, np.ndarray) and got.tolist() == [0.0, 2.0, 4.0]
    assert module.call("double", 2.5) == 5.0


def test_an_exception_becomes_a_message_with_the_student_traceback(module):
    with pytest.raises(StudentError) as info:
        module.call("boom")
    assert info.value.status == "error"
    assert "boom() raised ZeroDivisionError: division by zero" in info.value.message
    # what the call raised, as data for a check that expects an exception
    assert (info.value.raised, info.value.raised_message) == ("ZeroDivisionError", "division by zero")
    assert 'File "m.py"' in info.value.detail and "return 1 / 0" in info.value.detail


def test_an_endless_loop_is_stopped_by_the_parent_clock(module):
    started = time.monotonic()
    with pytest.raises(StudentTimeout) as info:
        module.call("spin")
    assert time.monotonic() - started < 6
    assert info.value.status == "timeout" and "did not finish within 2 s" in info.value.message
    # the next call gets a fresh child
    assert module.call("double", 1) == 2


def test_exit_and_crash_are_reported_and_the_next_call_works(module):
    with pytest.raises(StudentError, match=r"exit code 3"):
        module.call("leave")
    with pytest.raises(StudentError, match=r"crashed \(SIGSEGV\)"):
        module.call("crash")
    assert module.call("double", 4) == 8


def test_the_memory_limit_turns_a_hog_into_an_error(module):
    with pytest.raises(StudentError, match=r"hog\(\) raised MemoryError"):
        module.call("hog")
    assert module.call("double", 1) == 2


def test_objects_stay_in_the_child_and_are_driven_by_proxy(module):
    box = module.new("Box", 1.5)
    assert isinstance(box, RemoteObject) and box.type_name == "Box"
    same = box.call("grow")
    assert same.id == box.id and box.get("value") == 2.5
    box.set("value", 10.0)
    assert box.get("value") == 10.0
    odd = module.call("odd")
    assert isinstance(odd, RemoteObject) and odd.type_name == "object"


def test_objects_from_a_dead_child_say_so(module):
    box = module.new("Box", 1)
    with pytest.raises(StudentError):
        module.call("leave")
    with pytest.raises(StudentError, match="was lost"):
        box.get("value")


def test_echo_shows_what_the_call_did_to_its_arguments(module):
    a = np.zeros(3)
    _, (after,), _ = module.invoke("mutate", (a,), echo=True)
    assert after.tolist() == [1.0, 1.0, 1.0]
    assert a.tolist() == [0.0, 0.0, 0.0]  # the grader's copy is untouched


def test_missing_names_modules_and_import_errors(sandbox):
    session = Session(sandbox, {"m.py": CODE, "broken.py": "def f(:\n"})
    with pytest.raises(StudentError, match="nothere is not defined") as info:
        RemoteModule(session, "m").call("nothere")
    assert info.value.raised == ""  # no call ran: nothing was raised
    with pytest.raises(StudentError, match=r"broken.py could not be imported: SyntaxError"):
        RemoteModule(session, "broken").call("f")
    with pytest.raises(StudentError, match="your submission has no gates.py"):
        RemoteModule(session, "gates").call("threshold", 1)
    session.close()


def test_output_is_captured_and_capped(sandbox, module):
    assert module.call("shout") == "done"
    module.session.close()
    output = bytes(module.session.output)
    assert output.startswith(b"hello from the student")
    assert len(output) <= sandbox.limits.output_bytes


def sandbox_processes() -> list[int]:
    """Our descendants that belong to a sandbox (bubblewrap, the zygote, its children, the
    subprocess level's children).

    Other descendants (multiprocessing's resource tracker, left by an earlier
    test) are not the sandbox's business.
    """
    found = []
    for pid in descendants(os.getpid()):
        try:
            command = open(f"/proc/{pid}/cmdline", "rb").read()
        except OSError:
            continue
        if any(name in command for name in (b"zygote.py", b"plain_child.py", b"bwrap", b"unshare")):
            found.append(pid)
    return found


def test_the_child_is_gone_after_close(sandbox, module):
    module.call("pid")
    assert len(sandbox_processes()) >= 2  # the zygote (and bubblewrap) and the child
    module.session.close()
    sandbox.close()
    assert sandbox_processes() == []


def test_a_detached_grandchild_is_killed_when_its_session_ends():
    limits = Limits(call_timeout=5.0, processes=4)
    with Sandbox(limits) as box:
        warm = Session(box, {"m.py": CODE})
        RemoteModule(warm, "m").call("pid")
        warm.close()
        baseline = len(descendants(os.getpid()))  # zygote and its wrappers, no child
        session = Session(box, {"m.py": DETACH})
        assert RemoteModule(session, "m").call("detach") == "detached"
        assert len(descendants(os.getpid())) >= baseline + 2
        session.close()
        assert len(descendants(os.getpid())) == baseline


def test_the_submission_budget_bounds_all_calls(sandbox):
    from autograder.sandbox.session import Budget

    session = Session(sandbox, {"m.py": CODE}, Budget(0.5))
    with pytest.raises(StudentTimeout):
        RemoteModule(session, "m").call("spin")
    with pytest.raises(StudentTimeout, match="whole submission"):
        RemoteModule(session, "m").call("double", 1)
    session.close()


def test_the_wire_refuses_pickles_and_odd_arrays():
    import pickle

    good = wire.pack({"op": "x"}, [np.arange(3.0)])
    assert wire.unpack_body(bytearray(good[8:]))[1][0].tolist() == [0.0, 1.0, 2.0]

    def forged(meta, data):
        head = json.dumps({"arrays": [meta]}).encode()
        return bytearray(len(head).to_bytes(4, "big") + head + data)

    for meta, data in [
        (["|O8", [1], 8], b"\0" * 8),  # object dtype
        (["<f8", [2], 8], b"\0" * 8),  # size that does not match the shape
        (["[('a', '<f8')]", [1], 8], b"\0" * 8),  # structured dtype
        (["<f8", [1], 8], pickle.dumps(object())[:8] + b"extra"),  # trailing bytes
    ]:
        with pytest.raises(wire.WireError):
            wire.unpack_body(forged(meta, data))
    with pytest.raises(wire.WireError):
        wire.unpack_body(bytearray(b"\0\0\0\x05notjs"))
    with pytest.raises(wire.WireError):
        wire.encode(object())
    with pytest.raises(wire.WireError):
        wire.encode(np.array([None], dtype=object))


def test_the_wire_round_trips_plain_values():
    value = [1, 2.5, "s", None, True, (1, 2), {"k": np.arange(4).reshape(2, 2)}, np.float64(3.0), np.int64(7)]
    tree, arrays = wire.encode(value)
    header, blobs = wire.unpack_body(bytearray(wire.pack({"v": tree}, arrays)[8:]))
    back = wire.decode(header["v"], blobs, lambda tag: None)
    assert back[6]["k"].flags.writeable  # student code may change what it is given, as usual
    assert back[:6] == [1, 2.5, "s", None, True, (1, 2)]
    assert back[6]["k"].tolist() == [[0, 1], [2, 3]]
    assert type(back[7]) is np.float64 and type(back[8]) is np.int64


@pytest.mark.parametrize("level", ["bubblewrap", "unshare", "none"])
def test_each_isolation_level_runs_student_code_and_says_what_it_protects(level):
    from autograder.sandbox.isolation import detect

    isolation = detect(prefer=level)
    if isolation.level != level:
        pytest.skip(f"{level} does not work on this machine")
    assert isolation.describe().startswith(f"student code runs under {level}: ")
    # what does not hold is said plainly, and only then
    assert ("WARNING, not protected here" in isolation.describe()) == bool(isolation.gaps)
    with Sandbox(Limits(call_timeout=2.0), isolation=isolation) as box:
        session = Session(box, {"m.py": CODE + "\ndef fork():\n    return os.fork()\n"})
        module = RemoteModule(session, "m")
        assert module.call("double", 21) == 42
        with pytest.raises(StudentError, match="Operation not permitted"):
            module.call("fork")
        with pytest.raises(StudentTimeout):
            module.call("spin")
        session.close()


def test_a_function_that_ran_out_of_time_gets_a_shorter_leash(sandbox, module):
    with pytest.raises(StudentTimeout, match=r"spin\(\) did not finish within 2 s \(the time per call\)"):
        module.call("spin")
    started = time.monotonic()
    with pytest.raises(StudentTimeout, match=r"within 1 s and was stopped: since spin\(\) ran out of time in an earlier test"):
        module.call("spin")
    assert time.monotonic() - started < 1.8
    assert module.call("double", 3) == 6  # a call that ends still ends within the leash


def test_after_one_timeout_every_call_into_the_module_is_stopped_soon_and_points_to_it(sandbox):
    """An endless loop in a helper hangs every function that uses it: only the first call pays
    the full limit, and each later one names the first as the cause, with its check."""
    code = "def helper():\n    while True:\n        pass\n\ndef fit():\n    helper()\n\ndef predict():\n    helper()\n"
    session = Session(sandbox, {"m.py": code + "\ndef double(x):\n    return 2 * x\n"})
    module = RemoteModule(session, "m")
    try:
        session.check_under_way = "fresh_network"
        with pytest.raises(StudentTimeout, match=r"^fit\(\) did not finish within 2 s \(the time per call\)"):
            module.call("fit")
        with pytest.raises(StudentTimeout) as again:
            module.call("predict")
        assert "since fit() ran out of time earlier in this check (2 s), a call into m.py" in again.value.message
        session.check_under_way = "learns_xor"
        started = time.monotonic()
        with pytest.raises(StudentTimeout) as later:
            module.call("predict")
        assert time.monotonic() - started < 1.8
        assert later.value.message == (
            "predict() did not finish within 1 s and was stopped: since fit() ran out of time in the check "
            "fresh_network (2 s), a call into m.py gets only that long. Fix that first (look for a loop that never "
            "ends); this check may then pass as well"
        )
        assert module.call("double", 4) == 8
        assert session.ran_out_of_time("m", "fit") and session.ran_out_of_time("m", "predict")
        assert not session.ran_out_of_time("m", "double")
    finally:
        session.close()


def test_a_batch_that_runs_out_of_time_marks_every_call_in_it(sandbox):
    """A batch (a constructor, then the method that hangs) cannot say which step hung: each call it
    made is taken to have run out of time, so a check asking about the method learns it."""
    code = "class Net:\n    def fit(self):\n        while True:\n            pass\n"
    session = Session(sandbox, {"m.py": code})
    try:
        batch = Batch(RemoteModule(session, "m"))
        batch.invoke("fit", on=batch.invoke("Net"))
        with pytest.raises(StudentTimeout, match=r"^Net\(\) and Net.fit\(\) did not finish within 2 s"):
            batch.run()
        assert session.ran_out_of_time("m", "fit") and session.ran_out_of_time("m", "Net")
    finally:
        session.close()


def test_a_check_may_stop_a_call_sooner_without_shortening_later_ones(module):
    started = time.monotonic()
    with pytest.raises(StudentTooSlow, match=r"^spin\(\) did not finish within 0.2 s"):
        module.invoke("spin", within=0.2)
    assert time.monotonic() - started < 1.0
    assert module.invoke("double", (3,), within=5) == 6  # a fresh child, and a cap it keeps within
    with pytest.raises(StudentTimeout) as info:  # the full limit still applies: not the shorter leash
        module.call("spin")
    assert not isinstance(info.value, StudentTooSlow) and "(the time per call)" in info.value.message


def test_an_error_message_says_what_the_call_was_given(module):
    with pytest.raises(StudentError) as info:
        module.call("boom", np.zeros((3, 4)), [1, 2], lr=0.5)
    assert info.value.message.startswith("boom(array of shape (3, 4), [1, 2], lr=0.5) raised TypeError")


def test_an_array_of_objects_is_reported_as_unreadable(sandbox):
    session = Session(sandbox, {"m.py": "import numpy as np\ndef f():\n    return np.array([None, 1])\n"})
    with pytest.raises(StudentError, match=r"f\(\) returned a value the grader cannot read: an array of dtype object"):
        RemoteModule(session, "m").call("f")
    session.close()


def test_many_calls_and_attributes_in_one_request(module):
    assert module.map("double", [(1,), (2.5,), ([1, 2],)])[:2] == [2, 5.0]
    replies = module.map("boom", [(3,)])
    with pytest.raises(StudentError, match=r"^boom\(3\) raised TypeError"):
        list(replies)
    box = module.new("Box", 1)
    batch = module.batch()  # steps on an object the child already holds
    batch.set_many({"value": 7.0, "extra": np.arange(2)}, on=box)
    read = batch.get_many(["value", "extra"], on=box)
    got = batch.run()[read]
    assert got["value"] == 7.0 and got["extra"].tolist() == [0, 1]


def test_a_batch_answers_step_by_step_and_fails_where_calling_one_by_one_would(sandbox):
    code = CODE + '''
def stub(x):
    raise NotImplementedError

def half(x):
    if x == 0:
        raise ValueError("no zero")
    return 1 / x
'''
    session = Session(sandbox, {"m.py": code})
    module = RemoteModule(session, "m")
    batch = module.batch()
    box = batch.invoke("Box", (1,))
    grown = batch.invoke("grow", on=box)
    value = batch.get("value", on=grown)
    twice = batch.invoke("mutate", (np.zeros(2),), echo=True)
    firsts = [batch.invoke("half", (x,)) for x in (4, 2, 0, 1)]
    replies = batch.run()
    assert isinstance(replies[box], RemoteObject) and replies[box].type_name == "Box"
    assert replies[value] == 2 and replies[box].get("value") == 2  # the object lives on in the child
    result, (after,), _ = replies[twice]
    assert result is None and after.tolist() == [1.0, 1.0]
    seen = []
    with pytest.raises(StudentError, match=r"^half\(0\) raised ValueError: no zero"):
        for got in (replies[step] for step in firsts):
            seen.append(got)
    assert seen == [0.25, 0.5]  # the answers before the failing call are there, in order
    with pytest.raises(StudentError, match=r"^half\(0\) raised"):
        replies[firsts[3]]  # never ran: reading it says why
    stub = module.batch()
    stub.invoke("Box", (1,))
    stub.invoke("stub", (1,))
    with pytest.raises(StudentError, match="^stub is not written yet") as info:
        list(stub.run())
    assert info.value.raised == "NotImplementedError"
    # A step that kills the child: the steps run again one by one, to name the culprit.
    crash = module.batch()
    box = crash.invoke("Box", (1,))
    grown = crash.invoke("grow", on=box)
    crash.invoke("leave")
    replies = crash.run()
    assert isinstance(replies[grown], RemoteObject) and replies[grown].type_name == "Box"
    with pytest.raises(StudentError, match=r"^while running leave\(\), your code ended the process \(exit code 3\)"):
        replies[2]
    assert module.call("double", 2) == 4
    session.close()


def test_a_zygote_that_stops_answering_is_replaced_not_waited_for():
    import signal

    with Sandbox(Limits(call_timeout=2.0), answer_seconds=1.0) as box:
        first = Session(box, {"m.py": CODE})
        assert RemoteModule(first, "m").call("double", 1) == 2
        first.close()
        zygotes = [pid for pid in descendants(os.getpid()) if b"zygote.py" in open(f"/proc/{pid}/cmdline", "rb").read()]
        assert zygotes
        for pid in zygotes:
            os.kill(pid, signal.SIGSTOP)  # alive, but never answers again
        second = Session(box, {"m.py": CODE})
        assert RemoteModule(second, "m").call("double", 21) == 42  # a new zygote answered
        second.close()
        assert not set(zygotes) & set(descendants(os.getpid()))


def test_a_reply_nested_past_the_parsers_stack_is_garbled_data_not_a_crash():
    deep = b'{"id": 1, "value": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    body = bytearray(wire._HEADER.pack(len(deep)) + deep)
    with pytest.raises(wire.WireError):
        wire.unpack_body(body)


def test_interpreter_folders_under_tmp_stay_visible_read_only_in_a_private_tmp(tmp_path):
    """A virtual environment made under /tmp (a clone there, say) must survive the child's
    fresh /tmp: it is bound again at the same path, read-only, and read only as Landlock allows."""
    import dataclasses

    from autograder.sandbox.isolation import detect

    isolation = detect(prefer="unshare")  # the host's files are visible there, as under bubblewrap the binds
    if isolation.level != "unshare":
        pytest.skip("unshare does not work here")
    kept = tmp_path / "venv-like"
    kept.mkdir()
    (kept / "helper_mod.py").write_text("ANSWER = 42\n")
    (tmp_path / "secret.txt").write_text("beside the kept folder, not in it\n")
    assert str(kept).startswith("/tmp/")
    isolation = dataclasses.replace(isolation, kept_in_tmp=(str(kept),),
                                    read_paths=isolation.read_paths + (str(kept),))  # fmt: skip
    code = f'''
import os, sys
sys.path.insert(0, {str(kept)!r})

def answer():
    import helper_mod
    return helper_mod.ANSWER

def write():
    open({str(kept / "new.py")!r}, "w").write("x")

def read_beside():
    return open({str(tmp_path / "secret.txt")!r}).read()
'''
    with Sandbox(Limits(call_timeout=5.0), isolation=isolation) as box:
        module = RemoteModule(Session(box, {"m.py": code}), "m")
        assert module.call("answer") == 42
        with pytest.raises(StudentError, match="Read-only file system|Permission denied"):
            module.call("write")
        with pytest.raises(StudentError, match="No such file|Permission denied"):
            module.call("read_beside")
        module.session.close()
    assert not (kept / "new.py").exists()


def test_a_reply_header_past_its_cap_is_garbled_data_before_it_is_parsed():
    big = b'{"id": 1, "value": "' + b"x" * (wire.MAX_REPLY_HEADER_BYTES + 1) + b'"}'
    with pytest.raises(wire.WireError, match="too large"):
        wire.unpack_body(bytearray(wire._HEADER.pack(len(big)) + big))
