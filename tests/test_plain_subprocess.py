"""Does the subprocess level (a fresh interpreter per child, no fork, no zygote, no seccomp,
no namespaces) grade as the Linux levels do, where a student's own machine offers nothing more?

The session tests of ``test_sandbox`` run again here against a ``PlainSandbox`` (the
``sandbox`` fixture below overrides the shared one), and the corpus tests of ``test_corpus``
against the corpus graded at this level (``graded``); the command line is run with the level
forced, and once in a Python whose ``os.fork`` is gone, where it must be chosen on its own.
"""

import dataclasses
import json
import os
import subprocess
import sys
import time

import pytest
from kit import EXERCISES, ROOT, SOLUTIONS
from test_corpus import (  # noqa: F401  (the corpus held to its exact outcomes, at the subprocess level)
    grade_corpus,
    test_alternative_gets_full_marks,
    test_blank_stubs_score_exactly_zero,
    test_bug_gets_a_hint_that_names_it,
    test_bug_loses_points_only_where_it_is_wrong,
    test_later_failures_point_to_the_cause,
    test_solutions_get_full_marks,
)
from test_sandbox import (  # noqa: F401  (run again here, at the subprocess level)
    CODE,
    descendants,
    module,
    sandbox_processes,
    test_a_batch_answers_step_by_step_and_fails_where_calling_one_by_one_would,
    test_a_check_may_stop_a_call_sooner_without_shortening_later_ones,
    test_a_function_that_ran_out_of_time_gets_a_shorter_leash,
    test_an_array_of_objects_is_reported_as_unreadable,
    test_an_endless_loop_is_stopped_by_the_parent_clock,
    test_an_error_message_says_what_the_call_was_given,
    test_an_exception_becomes_a_message_with_the_student_traceback,
    test_echo_shows_what_the_call_did_to_its_arguments,
    test_exit_and_crash_are_reported_and_the_next_call_works,
    test_many_calls_and_attributes_in_one_request,
    test_missing_names_modules_and_import_errors,
    test_objects_from_a_dead_child_say_so,
    test_objects_stay_in_the_child_and_are_driven_by_proxy,
    test_output_is_captured_and_capped,
    test_the_memory_limit_turns_a_hog_into_an_error,
    test_the_submission_budget_bounds_all_calls,
    test_values_cross_as_plain_data,
)

from autograder.checking.remote import RemoteModule
from autograder.course import Limits
from autograder.sandbox import isolation as isolation_module
from autograder.sandbox.isolation import FORCE_VARIABLE, detect
from autograder.sandbox.plain_host import PlainSandbox, open_sandbox
from autograder.sandbox.session import Session

NNKIT = str(__import__("pathlib").Path(sys.executable).parent / "nnkit")


@pytest.fixture(scope="module")
def graded():
    """The corpus graded at the subprocess level: the tests of ``test_corpus`` read it as they
    read the default level's, so both levels are held to the same exact outcomes."""
    return grade_corpus(detect(prefer="subprocess"))


@pytest.fixture
def sandbox():
    limits = Limits(call_timeout=2.0, submission_timeout=30.0, memory_mb=1024, output_bytes=4096)
    with open_sandbox(limits, isolation=detect(prefer="subprocess")) as box:
        assert isinstance(box, PlainSandbox)
        yield box


def _nnkit(*args, env=None, command=(NNKIT,)) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NNKIT_")}
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=300,
                          env={**environment, **(env or {})}, cwd=str(ROOT))  # fmt: skip


def test_the_level_says_plainly_it_is_for_your_own_machine():
    level = detect(prefer="subprocess")
    described = level.describe()
    assert described.startswith("student code runs under subprocess: ")
    assert "never runs in the grading process" in described
    assert "WARNING, not protected here: this level is for checking your own work on your own machine" in described
    assert any("read and change every file you can" in gap for gap in level.gaps)


def test_the_level_is_chosen_where_no_zygote_can_be_had(monkeypatch):
    assert detect().level != "subprocess"  # this machine is Linux: a zygote level wins
    monkeypatch.setattr(isolation_module.sys, "platform", "darwin")
    assert detect().level == "subprocess" and detect(prefer="bubblewrap").level == "subprocess"
    monkeypatch.undo()
    monkeypatch.delattr(os, "fork")
    assert detect().level == "subprocess"


def test_what_a_call_prints_is_credited_to_its_module_when_it_answers(sandbox):
    code = 'import sys\ndef talk():\n    print("to stdout")\n    sys.stderr.write("to stderr\\n")\n    return 1\n'
    session = Session(sandbox, {"m.py": code})
    assert RemoteModule(session, "m").call("talk") == 1
    assert bytes(session.printed["m"]) == b"to stdout\nto stderr\n"  # before the child stops
    session.close()


def test_what_a_child_started_in_its_group_goes_with_it(sandbox):
    code = 'import os, time\ndef start():\n    pid = os.fork()\n    if pid == 0:\n        time.sleep(600)\n    return pid\n'
    session = Session(sandbox, {"m.py": code})
    sleeper = RemoteModule(session, "m").call("start")
    assert sleeper in descendants(os.getpid())
    session.close()
    deadline = time.monotonic() + 5
    while sleeper in descendants(os.getpid()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sleeper not in descendants(os.getpid())


def test_nothing_is_left_running_after_close():
    with open_sandbox(Limits(call_timeout=2.0), isolation=detect(prefer="subprocess")) as box:
        session = Session(box, {"m.py": CODE})
        assert RemoteModule(session, "m").call("double", 2) == 4
        assert len(sandbox_processes()) == 2  # the child, and the next one started ahead
        session.close(wait=False)  # killed now, waited for at the next spawn or at close
    assert sandbox_processes() == []


def test_check_passes_the_solutions_and_fails_the_stubs_at_the_forced_level():
    passed = _nnkit("check", str(SOLUTIONS), "-v", env={FORCE_VARIABLE: "subprocess"})
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "49 of 49 checks pass" in passed.stdout
    assert "student code runs under subprocess" in passed.stderr
    failed = _nnkit("check", str(EXERCISES), env={FORCE_VARIABLE: "subprocess"})
    assert failed.returncode == 1 and "0 of 49 checks pass" in failed.stdout
    wrong = _nnkit("check", str(SOLUTIONS), env={FORCE_VARIABLE: "sandboxed"})
    assert wrong.returncode == 2 and "unknown isolation level 'sandboxed'" in wrong.stderr


NO_FORK = '''
import json, os, subprocess, sys

for name in ("fork", "forkpty"):  # what the zygote forks with: gone before the kit is imported
    if hasattr(os, name):
        delattr(os, name)
started = subprocess.Popen.__init__


def record(self, args, *rest, **options):
    with open({log!r}, "a") as fh:
        fh.write(json.dumps([str(a) for a in args]) + "\\n")
    started(self, args, *rest, **options)


subprocess.Popen.__init__ = record
from autograder.cli import main

sys.argv = ["nnkit", *sys.argv[1:]]
main()
'''


def test_in_a_python_without_fork_check_chooses_the_level_itself_and_never_forks(tmp_path):
    """Popen starts each child (fork and exec in C, or posix_spawn: one new program, never a
    copy of a running interpreter); os.fork, the zygote's way, is not there to call."""
    log = tmp_path / "started.jsonl"
    wrapper = tmp_path / "nnkit_without_fork.py"
    wrapper.write_text(NO_FORK.format(log=str(log)))
    done = _nnkit("check", str(SOLUTIONS), "-v", command=(sys.executable, str(wrapper)))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "49 of 49 checks pass" in done.stdout
    assert "student code runs under subprocess" in done.stderr
    started = [json.loads(line) for line in log.read_text().splitlines()]
    assert started and all(command[3].endswith("plain_child.py") for command in started), started
    assert not any("zygote.py" in part for command in started for part in command)


def test_a_child_that_cannot_start_is_the_sandbox_failing_not_the_student(tmp_path):
    from autograder.sandbox.host import SandboxError

    folder = tmp_path / "sandbox"
    folder.mkdir()
    # the child's script alone, without the neighbours it imports: a broken install
    (folder / "plain_child.py").write_text((isolation_module.SANDBOX_DIR / "plain_child.py").read_text())
    broken = dataclasses.replace(detect(prefer="subprocess"), script_dir=str(folder))
    with open_sandbox(Limits(call_timeout=5.0), isolation=broken) as box:
        with pytest.raises(SandboxError, match="(?s)could not wall in a child.*No module named 'rlimits'"):
            RemoteModule(Session(box, {"m.py": CODE}), "m").call("double", 1)


def test_without_resource_limits_or_folder_descriptors_the_portable_paths_are_taken(tmp_path, monkeypatch):
    """What Windows lacks, taken away here: the child's limits are skipped and named, and a
    scratch folder is still removed."""
    from autograder.sandbox import cleanup, rlimits

    monkeypatch.setattr(rlimits, "resource", None)
    assert rlimits.set_limits(1 << 30, required=False) == ["RLIMIT_AS", "RLIMIT_CORE", "RLIMIT_FSIZE", "RLIMIT_NOFILE"]
    with pytest.raises(OSError):
        rlimits.set_limits(1 << 30)
    monkeypatch.setattr(os, "supports_dir_fd", set())
    scratch = tmp_path / "scratch"
    (scratch / "deep" / "er").mkdir(parents=True)
    (scratch / "deep" / "er" / "file.txt").write_text("x")
    cleanup.remove_tree(str(scratch))
    assert not scratch.exists()


def test_a_class_graded_into_a_folder_at_the_forced_level_gets_the_default_levels_grades(tmp_path):
    """The batch workers take the level the command chose: each starts its own children."""
    forced = _nnkit("grade", "examples", "--out", str(tmp_path / "forced"), env={FORCE_VARIABLE: "subprocess"})
    default = _nnkit("grade", "examples", "--out", str(tmp_path / "default"))
    assert forced.returncode == default.returncode == 0, forced.stderr + default.stderr
    assert "student code runs under subprocess" in (tmp_path / "forced" / "summary.html").read_text()
    gradebook = (tmp_path / "forced" / "gradebook.csv").read_text()
    assert gradebook == (tmp_path / "default" / "gradebook.csv").read_text()
    assert gradebook.count("\n") == 4  # the header and ada, ben, cleo
