"""Can a hostile submission raise its score, peek, stop the grader, leave anything behind,
or damage anything? Each attack replaces one module of an otherwise correct submission;
the outcome of every attack is stated exactly, and the other six exercises must keep
full marks. Honest submissions graded in the same run must score exactly what they score
alone.
"""

import json
import os
import shutil
import socket
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from kit import ROOT, SOLUTIONS, grade_in_a_container, solution_files, write_course
from test_sandbox import sandbox_processes

from autograder.cli import main
from autograder.course import load_course
from autograder.grader import grade
from autograder.sandbox.isolation import detect
from autograder.intake.load import load_submission
from autograder.intake.submission import Submission

ATTACKS = Path(__file__).parent / "attacks"

# name: (exercise it attacks, that exercise's score, status of each of its tests, a message every test shows)
EXPECTED = {
    "patch_numpy": ("gates", 0, "failed", None),
    # pytest is beyond what student code may read (Landlock): the import itself fails
    "patch_builtins": ("gates", 0, "error", "gates.py could not be imported: PermissionError"),
    "lying_array": ("activations", 0, "failed", None),
    # batched calls come back garbled (errors); the few single calls get its zeros (failures)
    "forged_reply": ("activations", 0, None, None),
    # its ValueError on different sizes is honest, but it answers empty inputs, which must raise too
    "lying_float": ("loss", 0, None, None),
    "stack_peek": ("gates", 0, "failed", None),
    "rng_patch": ("gates", 0, "failed", None),
    "fake_output": (None, 100, None, None),
    "exit_at_import": ("perceptron", 0, "error", "perceptron.py could not be imported: SystemExit: 0"),
    "exit_in_call": ("perceptron", 0, "error", "your code ended the process (exit code 0)"),
    "kill_parent": ("neuron", 0, "error", "raised PermissionError: [Errno 1] Operation not permitted"),
    "segfault": ("neuron", 0, "error", "your code crashed (SIGSEGV)"),
    # the first call gets the whole 1.5 s; once it has run out of time, later calls get 1 s
    "stubborn_loop": ("loss", 0, "timeout", "did not finish within 1"),
    "slow_import": ("backprop", 0, "timeout", "importing backprop.py did not finish within 1.5 s"),
    "memory_hog": ("mlp", 0, "error", "raised MemoryError: Unable to allocate"),
    "output_flood": (None, 100, None, None),
    "fork_bomb": ("gates", 0, "error", "gates.py could not be imported: PermissionError"),
    # not there under bubblewrap (FileNotFoundError), beyond Landlock elsewhere (PermissionError)
    "read_solutions": ("gates", 0, "error", "gates.py could not be imported: "),
    "write_anywhere": ("gates", 0, "failed", None),
    # inside its own network namespace, 127.0.0.1 is the sandbox's own loopback: nobody listens
    # no socket but a Unix one may be opened (seccomp), whatever the namespaces
    "network": ("gates", 0, "error", "gates.py could not be imported: PermissionError"),
}

# Attacks that must know where things are on the grader's machine are written here.
READ_SOLUTIONS = '''
# Reads the reference solution from where the kit lives and runs it as its own.
exec(open({path!r}).read())
'''
WRITE_ANYWHERE = '''
# Wrong answers; at import, tries to overwrite its own submission, the course and results,
# or at least to change their modes (anyone may write) and times.
import os
for path in {targets!r}:
    for change in (lambda: os.chmod(path, 0o777), lambda: os.utime(path, (0, 0))):
        try:
            change()
        except OSError:
            pass
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write("owned")
    except OSError:
        pass

def threshold(z):
    return 0

def perceptron(x1, x2, weights):
    return 0

AND_WEIGHTS = OR_WEIGHTS = NAND_WEIGHTS = NOR_WEIGHTS = (0.0, 0.0, 0.0)

def xor(x1, x2):
    return 0
'''
NETWORK = '''
# Reports home over the network at import time.
import socket
socket.create_connection(("127.0.0.1", {port}), timeout=1).sendall(b"hello from the sandbox")
'''


# Attacks whose module holds only the attack: the reference's gates follow it, so any
# point lost is the attack's doing elsewhere, never its own wrong answers.
BEFORE_REFERENCE = ("zygote_memory", "pidfd_steal", "tmp_filler", "tmp_spy", "ipc_leftover", "limits_of_others",
                    "signal_owner", "lease_holder", "memfd_hoard", "cpu_meddler", "deep_tree", "env_peek",
                    "socket_pair")
NEW = {
    # it finds no one whose memory it may open, nor any descriptor to take
    "zygote_memory": (None, 100, None, None),
    "pidfd_steal": (None, 100, None, None),
    # what it wrote dies with its child; the spy, graded right after, finds none of it
    "tmp_filler": (None, 100, None, None),
    "tmp_spy": (None, 100, None, None),
    "ipc_leftover": (None, 100, None, None),  # nothing of it outlives the child (checked below)
    # each refused (seccomp): no other process's limits, no signal owners, no leases, no memory
    # files, no scheduling; the students graded after them score as alone
    "limits_of_others": (None, 100, None, None),
    "signal_owner": (None, 100, None, None),
    "lease_holder": (None, 100, None, None),
    "memfd_hoard": (None, 100, None, None),
    "cpu_meddler": (None, 100, None, None),
    # cleaned up after without recursion, and nothing outside its scratch changed (checked below)
    "deep_tree": (None, 100, None, None),
    # the grader's environment (a token, its folder) never reaches student code
    "env_peek": (None, 100, None, None),
    "socket_pair": (None, 100, None, None),
    "thread_bomb": ("gates", 0, "error", "gates.py could not be imported: RuntimeError: can't start new thread"),
    # not there under bubblewrap, beyond Landlock elsewhere
    "read_kit": ("gates", 0, "error", "gates.py could not be imported: "),
}
# Where a level changes what the attacker sees (never what it earns).
BY_LEVEL = {
    # under unshare the zygote is PID 1, whose process group the child cannot name (0): killpg(0)
    # signals the child's own group, which is only itself
    ("unshare", "kill_parent"): ("neuron", 0, "error", "your code crashed (SIGKILL)"),
    # On a student's own machine (the subprocess level) these succeed, as Isolation.gaps says:
    # the reference is read and run, earning what it earns; sockets are made; the network is
    # reached (its module holds nothing else, so it earns nothing); replaced builtins break the
    # child's own answering, which ends it.
    ("subprocess", "read_solutions"): (None, 100, None, None),
    ("subprocess", "read_kit"): (None, 100, None, None),
    ("subprocess", "socket_pair"): ("gates", 0, "error", "RuntimeError: made sockets of its own"),
    ("subprocess", "network"): ("gates", 0, "error", " is not defined"),
    ("subprocess", "patch_builtins"): ("gates", 0, "error", "while importing gates.py, your code ended the process"),
}
EXPECTED.update(NEW)
ORDER = list(EXPECTED)
ORDER.insert(ORDER.index("tmp_filler") + 1, ORDER.pop(ORDER.index("tmp_spy")))  # the spy right after the filler
READ_KIT = '''
# Reads the hidden checks and a reference solution from the kit, and runs the reference.
open({checks!r}).read()
exec(open({path!r}).read())
'''
LEVELS = ["bubblewrap", "unshare", "none", "container", "subprocess"]
# At the subprocess level (a student's own machine) nothing walls a child in, so an attack on
# the machine, its files or its processes would succeed against this one: only the attacks that
# can harm nothing but their own child, and those that only read, run there. What the others
# could do is said in Isolation.gaps and the README.
AT_SUBPROCESS = ("patch_numpy", "patch_builtins", "lying_array", "forged_reply", "lying_float", "stack_peek",
                 "rng_patch", "fake_output", "exit_at_import", "exit_in_call", "segfault", "stubborn_loop",
                 "slow_import", "memory_hog", "output_flood", "read_solutions", "read_kit", "network", "env_peek",
                 "deep_tree", "socket_pair", "thread_bomb")  # fmt: skip


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    folder = tmp_path_factory.mktemp("attacks")
    course_path = write_course(folder, call_timeout=1.5, submission_timeout=60)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(0.1)
    results_file = folder / "results" / "gradebook.csv"
    results_file.parent.mkdir()
    results_file.write_text("student,score\nhonest,100\n")
    victim = folder / "write_anywhere"
    victim.mkdir()
    kit_files = [*sorted(str(p) for p in SOLUTIONS.glob("*.py")), str(ROOT / "autograder" / "checks" / "test_mlp.py")]
    targets = [str(victim / "gates.py"), str(course_path), str(results_file), str(ROOT / "course.toml"),
               *kit_files, "/tmp/nnkit-owned.txt"]  # fmt: skip
    templated = {
        "read_solutions": READ_SOLUTIONS.format(path=str(SOLUTIONS / "gates.py")),
        "read_kit": READ_KIT.format(checks=str(ROOT / "autograder" / "checks" / "test_gates.py"),
                                    path=str(SOLUTIONS / "gates.py")),  # fmt: skip
        "write_anywhere": WRITE_ANYWHERE.format(targets=targets),
        "network": NETWORK.format(port=listener.getsockname()[1]),
    }
    (victim / "gates.py").write_text(templated["write_anywhere"])
    yield {"folder": folder, "course": load_course(course_path), "course_path": course_path, "templated": templated,
           "listener": listener, "results_file": results_file, "victim": victim, "targets": targets}  # fmt: skip
    listener.close()


def attack_submission(name, templated):
    files = solution_files()
    if name in templated:
        files["gates.py"] = templated[name]
    else:
        for path in (ATTACKS / name).glob("*.py"):
            files[path.name] = path.read_text() + ("\n" + files[path.name] if name in BEFORE_REFERENCE else "")
    return Submission(name, ATTACKS / name, files)


HONEST = ["ada", "ben"]


def _brief(record: dict) -> dict:
    """What the assertions look at, from a result's JSON record: by exercise, the score,
    and each test's status and message."""
    return {e["name"]: {"score": e["score"], "max_score": e["max_score"],
                        "tests": [(t["status"], t["message"]) for t in e["tests"]]}
            for e in record["exercises"]}  # fmt: skip


def _file_states(paths) -> dict:
    """Each existing file's bytes, mode and modification time."""
    states = {}
    for path in map(Path, paths):
        if path.exists():
            info = path.stat()
            states[str(path)] = (path.read_bytes(), info.st_mode, info.st_mtime_ns)
    return states


@pytest.fixture(scope="module", params=LEVELS)
def outcome(setting, request, tmp_path_factory):
    level = request.param
    course = setting["course"]
    honest = [load_submission(ROOT / "examples" / name) for name in HONEST] + [load_submission(SOLUTIONS)]
    attacks = [attack_submission(name, setting["templated"]) for name in ORDER
               if level != "subprocess" or name in AT_SUBPROCESS]  # fmt: skip
    mixed_order = [honest[0], *attacks[: len(attacks) // 2], honest[1], *attacks[len(attacks) // 2 :], honest[2]]
    private_tmp = setting["folder"] / f"tmp-{level}"
    private_tmp.mkdir()
    saved, tempfile.tempdir = tempfile.tempdir, str(private_tmp)  # what the grader creates lands here
    before_files = _file_states(setting["targets"])
    said = ""
    os.environ["SECRET_API_TOKEN"] = "nnkit-secret-token"  # what env_peek must never see
    try:
        if level == "container":
            if not shutil.which("cc"):
                pytest.fail("the container case needs a C compiler (cc) to build tests/tools/nouserns.c")
            records, said = grade_in_a_container(mixed_order, setting["course_path"], tmp_path_factory.mktemp("container"))
            mixed = {name: _brief(record) for name, record in records.items()}
        else:
            isolation = detect(prefer=level)
            if isolation.level != level:
                pytest.fail(f"the {level} level does not work on this machine, so its attacks were not tried")
            mixed = {r.submission: _brief(r.to_dict()) for r in grade(mixed_order, course=course, isolation=isolation)}
    finally:
        tempfile.tempdir = saved
        del os.environ["SECRET_API_TOKEN"]
    left_behind = sandbox_processes()
    new_tmp = os.listdir(private_tmp)
    after_files = _file_states(setting["targets"])
    alone = grade(honest, course=course)
    return {
        "level": level,
        "said": said,
        "results": mixed,
        "alone": {r.submission: _brief(r.to_dict()) for r in alone},
        "left_behind": left_behind,
        "new_tmp": new_tmp,
        "files": (before_files, after_files),
    }


@pytest.mark.parametrize("name", ORDER)
def test_attack_earns_only_what_its_honest_content_earns(outcome, name):
    if outcome["level"] == "subprocess" and name not in AT_SUBPROCESS:
        pytest.skip("not tried at the subprocess level: it would succeed against this machine")
    exercise_name, score, status, message = BY_LEVEL.get((outcome["level"], name), EXPECTED[name])
    result = outcome["results"][name]
    for exercise, got in result.items():
        if exercise == exercise_name:
            assert got["score"] == pytest.approx(score), exercise
            if status:
                assert {s for s, _ in got["tests"]} == {status}
            if message:
                assert all(message in m for _, m in got["tests"]), [m for _, m in got["tests"]]
        else:
            assert got["score"] == got["max_score"], (exercise, got["tests"])
    if exercise_name is None:
        assert sum(e["score"] for e in result.values()) == pytest.approx(score)


@pytest.mark.parametrize("name", HONEST + ["solutions"])
def test_honest_submissions_score_the_same_among_attacks_as_alone(outcome, name):
    assert outcome["results"][name] == outcome["alone"][name]


def test_forged_replies_are_read_as_garbled_data(outcome):
    activations = outcome["results"]["forged_reply"]["activations"]
    garbled = {m for _, m in activations["tests"] if "sent back garbled data" in m}
    assert len(garbled) >= 2, activations["tests"]


def test_nothing_is_left_running_after_grading(outcome):
    assert outcome["left_behind"] == []


def test_no_scratch_files_are_left_behind(outcome):
    assert outcome["new_tmp"] == []


def test_no_file_outside_the_sandbox_was_written(outcome, setting):
    before, after = outcome["files"]
    assert before == after
    assert not Path("/tmp/nnkit-owned.txt").exists()
    assert not Path("/tmp/nnkit-left-behind").exists() and not Path("/dev/shm/nnkit-left-behind").exists()
    assert (setting["victim"] / "gates.py").read_text() == setting["templated"]["write_anywhere"]
    for kind in ("shm", "msg", "sem"):  # ipc_leftover's key, 0x6e6e6b74, in decimal
        keys = [line.split()[0] for line in Path(f"/proc/sysvipc/{kind}").read_text().splitlines()[1:]]
        assert "1852730228" not in keys, kind


def test_the_network_is_unreachable(outcome, setting):
    if outcome["level"] == "subprocess":  # nothing walls it off on a student's own machine: it got through
        connection, _ = setting["listener"].accept()
        with connection:
            assert connection.recv(100) == b"hello from the sandbox"
        return
    with pytest.raises(OSError):
        setting["listener"].accept()


def test_the_container_case_is_graded_without_namespaces_and_says_so(outcome):
    if outcome["level"] != "container":
        pytest.skip("only the container case runs through the command line")
    assert "student code runs under none" in outcome["said"]
    assert "bubblewrap is installed but cannot start here" in outcome["said"] or not shutil.which("bwrap")


def test_printed_fake_results_never_reach_the_report(tmp_path):
    submission = tmp_path / "fake_output"
    submission.mkdir()
    (submission / "loss.py").write_text((ATTACKS / "fake_output" / "loss.py").read_text())
    out = CliRunner().invoke(main, ["grade", str(submission), "--format", "json", "-x", "loss"])
    assert out.exit_code == 0
    lines = out.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert (record["submission"], record["score"], record["max_score"]) == ("fake_output", 10, 10)
    assert "45 passed" not in out.stdout and "<testsuite" not in out.stdout


def test_a_reference_changed_during_the_run_is_never_imported(tmp_path):
    """What a student could append to a reference (where the kit is writable) never runs in
    the grader: references are read before any student code, and a change is an error."""
    from autograder.grader import GraderError, grade_stream

    solutions = tmp_path / "solutions"
    shutil.copytree(SOLUTIONS, solutions)
    course_path = write_course(tmp_path, call_timeout=5)
    course_path.write_text(course_path.read_text().replace(str(SOLUTIONS), str(solutions)))
    course = load_course(course_path)
    marker = tmp_path / "ran-in-the-grader"
    first, second = (Submission(name, solutions, solution_files()) for name in ("first", "second"))

    def arriving():
        yield first
        with open(solutions / "loss.py", "a") as fh:  # as a hostile child would, between two students
            fh.write(f"\nopen({str(marker)!r}, 'w').write('owned')\n")
        yield second

    scores = []
    with pytest.raises(GraderError, match="reference solutions changed while grading ran"):
        grade_stream(arriving(), lambda r: scores.append(r.score), course=course, exercises=["loss"])
    assert scores == [10, 10]  # both graded against the references read at the start
    assert not marker.exists()
