"""How `nnkit check` starts and ends (issue 16): its sandbox starts before NumPy and pytest load,
and the program ends at once after its report, with the whole report written, the right exit
code and nothing left behind. Run as a real program: `python -m autograder.cli`."""

import json
import os
import subprocess
import sys

import pytest

from kit import EXERCISES, ROOT, SOLUTIONS

LAST_LINE = "(These are the visible checks; your instructor's grading also runs hidden ones.)"


def _nnkit(*args, tmp_path, isolation=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NNKIT_")}
    env["TMPDIR"] = str(tmp_path)  # where a sandbox of the host's would keep its scratch folders
    if isolation:
        env["NNKIT_ISOLATION"] = isolation
    return subprocess.run([sys.executable, "-m", "autograder.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)  # fmt: skip


def test_finding_and_opening_the_sandbox_loads_neither_numpy_nor_pytest():
    """What `check` runs before its zygote starts: the command's module, detection and the sandbox's."""
    probe = (
        "import sys\n"
        "import autograder.cli\n"
        "from autograder.sandbox.isolation import detect\n"
        "from autograder.sandbox.plain_host import open_sandbox\n"
        "detect()\n"
        "print(sorted(m for m in ('numpy', 'pytest', '_pytest', 'autograder.grader') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("isolation", [None, "subprocess"])
def test_check_ends_with_its_whole_report_its_exit_code_and_no_scratch_left(tmp_path, isolation):
    passing = _nnkit("check", str(SOLUTIONS), tmp_path=tmp_path, isolation=isolation)
    assert passing.returncode == 0, passing.stderr
    assert passing.stdout.rstrip().endswith(LAST_LINE)
    failing = _nnkit("check", str(EXERCISES), tmp_path=tmp_path, isolation=isolation)
    assert failing.returncode == 1, failing.stderr
    assert failing.stdout.rstrip().endswith(LAST_LINE)
    assert list(tmp_path.iterdir()) == []  # the sandbox's scratch folders were removed before the end


def test_check_in_json_is_written_whole(tmp_path):
    out = _nnkit("check", str(SOLUTIONS), "--format", "json", tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    assert all(t["status"] == "passed" for e in record["exercises"] for t in e["tests"])


def test_a_usage_error_still_ends_through_click(tmp_path):
    out = _nnkit("check", str(tmp_path / "nowhere"), tmp_path=tmp_path)
    assert out.returncode == 2
    assert "there is no folder" in out.stderr
