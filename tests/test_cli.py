"""Does the nnkit command do what its help says, with the exit codes CI relies on?"""

import json
import shutil
import zipfile

import pytest
from click.testing import CliRunner
from kit import EXERCISES, ROOT, SOLUTIONS

from autograder.cli import main


def run(*args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)


@pytest.mark.parametrize("command", [[], ["grade"], ["check"], ["release"]])
def test_every_command_has_help(command):
    out = run(*command, "--help")
    assert out.exit_code == 0
    assert "Usage:" in out.stdout and "-h, --help" in out.stdout


def test_grade_help_documents_the_exit_codes():
    help_text = " ".join(run("grade", "-h").stdout.split())
    assert "Exit codes: 0 graded (and every submission at or above --min-score, when given); 1 a" in help_text


def test_grade_prints_a_table_per_submission():
    out = run("grade", SOLUTIONS, "-x", "gates", "-x", "loss")
    assert out.exit_code == 0
    assert out.stdout.splitlines()[0] == "solutions"
    assert "  gates         10 / 10   10/10 tests" in out.stdout
    assert "  total         20 / 20" in out.stdout


def test_grade_json_has_the_documented_fields():
    out = run("grade", SOLUTIONS, EXERCISES, "--format", "json", "-x", "gates")
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["submission"] for r in records] == ["solutions", "exercises"]
    assert [r["score"] for r in records] == [10, 0]
    test = records[1]["exercises"][0]["tests"][0]
    assert set(test) == {"name", "score", "max_score", "status", "message", "hint", "hidden"}
    assert test["status"] == "error" and "not written yet" in test["message"]
    assert any(t["hidden"] for t in records[0]["exercises"][0]["tests"])


def test_min_score_sets_the_exit_code():
    assert run("grade", SOLUTIONS, "-x", "gates", "--min-score", "10").exit_code == 0
    assert run("grade", EXERCISES, "-x", "gates", "--min-score", "1").exit_code == 1


def test_a_zip_submission_is_graded_like_its_folder(tmp_path):
    archive = tmp_path / "zoe.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name in ("gates.py", "loss.py"):
            zf.write(SOLUTIONS / name, f"zoe/{name}")
    out = run("grade", archive, "--format", "json", "-x", "gates", "-x", "loss")
    record = json.loads(out.stdout)
    assert record["submission"] == "zoe" and record["score"] == 20


def test_a_broken_zip_scores_zero_and_the_others_are_graded(tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    out = run("grade", bad, SOLUTIONS, "--format", "json", "-x", "gates")
    first, second = (json.loads(line) for line in out.stdout.splitlines())
    assert first["score"] == 0 and "not a readable zip file" in first["problem"]
    assert second["score"] == 10


def test_usage_errors_exit_2():
    assert run("grade").exit_code == 2
    assert run("grade", "/no/such/folder").exit_code == 2
    out = run("grade", SOLUTIONS, "-x", "nosuch")
    assert out.exit_code == 2 and "no exercise named 'nosuch'" in out.output


def test_a_broken_course_file_names_the_key_and_line(tmp_path):
    course = tmp_path / "course.toml"
    course.write_text(f'[course]\nsolutions = "{SOLUTIONS}"\n\n[[exercise]]\nmodule = "gates"\npoints = "ten"\n')
    out = run("grade", SOLUTIONS, "--course", course)
    assert out.exit_code == 2
    assert f"{course}, line 6: [[exercise]] number 1 points must be a number, got 'ten'" in out.output


def test_check_shows_visible_tests_with_hints_and_never_hidden_ones(tmp_path):
    work = tmp_path / "exercises"
    work.mkdir()
    text = (SOLUTIONS / "activations.py").read_text()
    text = text.replace("    return s * (1.0 - s)\n", "    return z * (1.0 - z)\n", 1)
    (work / "activations.py").write_text(text)
    out = run("check", work, "-x", "activations")
    assert out.exit_code == 1  # a check failed, as pytest would say
    assert "nnkit: student code runs under" not in out.output  # the sandbox's details only with --verbose
    assert "[ ] sigmoid_derivative(z) equals the numerical slope of sigmoid at z." in out.stdout
    assert "hint: z * (1 - z) is the sigmoid's slope written in terms of its output" in out.stdout
    assert "[x] sigmoid matches 1 / (1 + exp(-z))" in out.stdout
    assert "The derivatives stay finite" not in out.stdout  # the hidden test is neither run nor shown
    assert "12 of 13 checks pass" in out.stdout


def test_check_defaults_to_the_exercises_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = run("check")
    assert out.exit_code == 2 and "there is no folder exercises" in out.output
    shutil.copytree(EXERCISES, tmp_path / "exercises")
    out = run("check", "-x", "gates")
    assert out.exit_code == 1
    assert "is not written yet" in out.stdout and "0 of 8 checks pass: 0 of 10 points." in out.stdout


def test_check_passes_with_exit_0_and_prints_the_grade_record_as_json(tmp_path):
    out = run("check", SOLUTIONS, "-x", "gates", "--format", "json", "--verbose")
    assert out.exit_code == 0 and "nnkit: student code runs under" in out.stderr
    (record,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert record["score"] == record["max_score"] == 10
    assert [t["name"] for t in record["exercises"][0]["tests"]][-1] == "xor_truth_table"  # no hidden test


def test_release_rewrites_stubs_from_solutions(tmp_path):
    solutions = tmp_path / "solutions"
    shutil.copytree(SOLUTIONS, solutions)
    course = tmp_path / "course.toml"
    course.write_text('[course]\nsolutions = "solutions"\nexercises = "stubs"\n\n[[exercise]]\nmodule = "gates"\npoints = 1\n')
    out = run("release", "--course", course)
    assert out.exit_code == 0 and "7 stub(s) changed" in out.stdout
    assert (tmp_path / "stubs" / "gates.py").read_text() == (EXERCISES / "gates.py").read_text()
    assert "0 stub(s) changed" in run("release", "--course", course).output


def test_the_kit_course_is_found_from_any_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = run("grade", ROOT / "solutions", "-x", "gates")
    assert out.exit_code == 0 and "10 / 10" in out.stdout


def test_the_protections_in_force_are_said_once_on_stderr():
    out = run("grade", SOLUTIONS, "-x", "gates", "--format", "json")
    assert out.stderr.count("nnkit: student code runs under ") == 1
    assert "nnkit:" not in out.stdout


def test_a_broken_check_module_is_the_graders_failure_in_one_run_and_in_a_batch(tmp_path):
    checks = tmp_path / "checks"
    checks.mkdir()
    (checks / "checks.ini").write_text("[pytest]\n")
    (checks / "test_gates.py").write_text('EXERCISE = "gates"\n\ndef test_xor(student:\n    pass\n')
    course = tmp_path / "course.toml"
    course.write_text(f'[course]\nsolutions = "{SOLUTIONS}"\nchecks = "checks"\n\n[[exercise]]\nmodule = "gates"\npoints = 10\n')
    klass = tmp_path / "class"
    for name in ("ann", "bob", "cy"):
        shutil.copytree(SOLUTIONS, klass / name)
    one = run("grade", klass / "ann", "--course", course)
    assert one.exit_code == 3 and "the checks could not be collected" in one.output and "test_gates.py" in one.output
    assert "the grader failed" in one.output
    batch = run("grade", klass, "--course", course, "--out", tmp_path / "results", "--workers", 2)
    assert batch.exit_code == 3 and "the checks could not be collected" in batch.output
    assert not list((tmp_path / "results").glob("*/result.json"))
