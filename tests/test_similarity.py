"""Does nnkit flag the submissions that are alike, by code and by behaviour, and only those?

The class is made up (``tests/corpus/classmates.py``): variants of the reference
solutions built from the corpus's cases, with the result records grading would
store for them, so that no test here grades anything.
"""

import csv
import io
import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner
from corpus.classmates import STUBS, disguise, record, stub_record, variant, write_results
from corpus.mutations import ALTERNATIVES, BUGS, reference_files
from kit import ROOT

from autograder.cli import main
from autograder.course import load_course
from autograder.similarity.behaviour import BehaviourIndex, answer_key, behaviour_scores
from autograder.similarity.code import filtered
from autograder.similarity.sources import SOURCES, stored_sources, write_sources
from autograder.similarity.write import COLUMNS, write_similarity

COURSE = load_course(ROOT / "course.toml")


def _cases(names):
    chosen = [case for case in ALTERNATIVES + BUGS if case.name in names]
    assert len(chosen) == len(names)
    return chosen


def _by_module(cases, module, index):
    return [case for case in cases if case.module == module][index]


IDA_BUGS = [_by_module(BUGS, "activations", 0), _by_module(BUGS, "loss", 0), _by_module(BUGS, "mlp", 1),
            _by_module(BUGS, "gates", 2)]  # fmt: skip
INDEPENDENT = {  # correct solutions, each its own way
    "alma": [_by_module(ALTERNATIVES, m, 0) for m in ("gates", "activations", "mlp")],
    "bo": [_by_module(ALTERNATIVES, m, 1) for m in ("activations", "loss", "backprop")],
    "cy": [_by_module(ALTERNATIVES, m, -1) for m in ("neuron", "perceptron", "mlp")],
}


def _classroom() -> dict:
    ida = variant(IDA_BUGS)
    students = {
        "reference": (variant([]), record("reference", [])),
        "blank-stubs": (dict(STUBS), stub_record("blank-stubs")),
        "ida": (ida, record("ida", IDA_BUGS)),
        "zed": (disguise(ida, seed=3), record("zed", IDA_BUGS)),  # ida's work, disguised
        # the same first mistake as ida, made alone: one common mistake is not a copy
        "kim": (variant([IDA_BUGS[0], _by_module(ALTERNATIVES, "gates", 2), _by_module(ALTERNATIVES, "neuron", 1)]),
                record("kim", [IDA_BUGS[0]])),
    }
    for name, cases in INDEPENDENT.items():
        students[name] = (variant(cases), record(name, cases))
    return students


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """A results folder of the class, and the pairs ``write_similarity`` flagged in it."""
    folder = write_results(tmp_path_factory.mktemp("results"), _classroom())
    return folder, write_similarity(folder, course=COURSE, workers=1)


def test_the_copy_is_disguised():
    ida = variant(IDA_BUGS)
    zed = disguise(ida, seed=3)
    names = lambda text: set(re.findall(r"[A-Za-z_]\w*", text))  # noqa: E731
    defs = lambda text: re.findall(r"^\s*(?:def|class) (\w+)", text, re.M)  # noqa: E731
    comments = lambda text: re.findall(r"#.*", text)  # noqa: E731
    for module in ("activations", "mlp", "loss"):
        a, b = ida[f"{module}.py"], zed[f"{module}.py"]
        assert names(b) - names(a), module  # renamed
        assert defs(a) != defs(b) and sorted(defs(a)) == sorted(defs(b)), module  # reordered
        assert set(comments(a)) - set(comments(b)), module  # recommented


def test_a_disguised_copy_ranks_first(graded):
    _, pairs = graded
    first = pairs[0]
    assert (first.a, first.b) == ("ida", "zed")
    assert first.code > 0.8 and first.score == max(p.score for p in pairs)


def test_independent_correct_solutions_the_stubs_and_one_common_mistake_are_not_flagged(graded):
    _, pairs = graded
    assert [(p.a, p.b) for p in pairs] == [("ida", "zed")]


def test_the_csv_has_one_row_per_flagged_pair_ranked_by_score(graded):
    folder, pairs = graded
    rows = list(csv.DictReader(io.StringIO((folder / "similarity.csv").read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == COLUMNS == ("a", "b", "score", "code", "behaviour")
    assert [(r["a"], r["b"]) for r in rows] == [(p.a, p.b) for p in pairs]
    scores = [float(r["score"]) for r in rows]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= float(r[c]) <= 1 for r in rows for c in ("score", "code", "behaviour"))


def test_the_page_shows_the_pair_side_by_side_with_the_shared_code_marked(graded):
    folder, _ = graded
    page = (folder / "similarity.html").read_text(encoding="utf-8")
    assert "ida and zed" in page and "<mark>" in page
    assert "Both gave the same wrong answer to" in page
    assert "<script" not in page and "http" not in page.replace("<!DOCTYPE html>", "")  # nothing to load


def test_the_page_and_the_csv_escape_hostile_code_and_ids(tmp_path):
    hostile_id = "=cmd|'<img src=x onerror=alert(1)>'"
    files = variant(IDA_BUGS)
    files["activations.py"] = files["activations.py"].replace('"""', '"""</pre><script>alert("code")</script>', 1)
    folder = write_results(tmp_path, {
        hostile_id: (files, record(hostile_id, IDA_BUGS)),
        "zed": (disguise(files, seed=1), record("zed", IDA_BUGS)),
    })  # fmt: skip
    pairs = write_similarity(folder, course=COURSE, workers=1)
    assert {pairs[0].a, pairs[0].b} == {hostile_id, "zed"}
    page = (folder / "similarity.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page and "</pre><script" not in page
    assert "&lt;script&gt;alert(&quot;code&quot;)" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    rows = list(csv.reader(io.StringIO((folder / "similarity.csv").read_text(encoding="utf-8"))))
    assert rows[1][0] == "'" + hostile_id  # a spreadsheet shows it, never runs it


def _rebuilt(out) -> str:
    assert out.exit_code == 0, out.output
    assert "1 pair(s) flagged" in out.output
    return out.output


def test_the_cli_rebuilds_the_files_from_stored_results(graded):
    folder, _ = graded
    before = (folder / "similarity.csv").read_text(encoding="utf-8")
    (folder / "similarity.csv").unlink()
    (folder / "similarity.html").unlink()
    _rebuilt(CliRunner().invoke(main, ["similarity", str(folder), "--workers", "1"]))
    assert (folder / "similarity.csv").read_text(encoding="utf-8") == before
    assert (folder / "similarity.html").is_file()


def test_the_cli_reads_the_submissions_of_a_folder_that_kept_no_code(tmp_path):
    results, submissions = tmp_path / "results", tmp_path / "class"
    for student, (files, result) in _classroom().items():
        write_results(results, {student: (None, result)})
        (submissions / student).mkdir(parents=True)
        for name, text in files.items():
            (submissions / student / name).write_text(text, encoding="utf-8")
    _rebuilt(CliRunner().invoke(main, ["similarity", str(results), "--submissions", str(submissions),
                                       "--workers", "1"]))  # fmt: skip
    rows = list(csv.DictReader(io.StringIO((results / "similarity.csv").read_text(encoding="utf-8"))))
    assert [(r["a"], r["b"]) for r in rows] == [("ida", "zed")]


def test_the_cli_says_when_a_folder_kept_no_code(tmp_path):
    write_results(tmp_path, {s: (None, r) for s, (_, r) in _classroom().items()})
    out = CliRunner().invoke(main, ["similarity", str(tmp_path), "--workers", "1"])
    assert out.exit_code == 0 and "kept no code" in out.output and "--submissions" in out.output


def test_the_cli_has_help_and_refuses_a_folder_that_holds_no_results(tmp_path):
    assert CliRunner().invoke(main, ["similarity", "-h"]).exit_code == 0
    refused = CliRunner().invoke(main, ["similarity", str(tmp_path)])
    assert refused.exit_code == 2 and "not a results folder" in refused.output


def test_the_code_is_kept_with_its_filtered_text_and_a_stale_filter_is_not_trusted(tmp_path):
    files = {"loss.py": variant([])["loss.py"], "odd.py": "def f(:\n  \"\"\"never closed"}
    write_sources(tmp_path / "amy", files)
    kept = stored_sources(tmp_path, "amy")
    assert kept.files == files and kept.filtered == {name: filtered(text) for name, text in files.items()}
    stored = json.loads((tmp_path / "amy" / SOURCES).read_text(encoding="utf-8"))
    (tmp_path / "amy" / SOURCES).write_text(json.dumps(dict(stored, filter="copydetect 0.1")), encoding="utf-8")
    assert stored_sources(tmp_path, "amy").filtered == {}
    (tmp_path / "amy" / SOURCES).write_text("[1, 2]", encoding="utf-8")
    assert stored_sources(tmp_path, "amy") is None and stored_sources(tmp_path, "nobody") is None


# Behaviour, on records alone: a class of 40 in which every student gets some tests wrong.


def _behaviour(records: dict) -> tuple[list[str], BehaviourIndex]:
    students = sorted(records)
    index = BehaviourIndex(students)
    for student in students:
        index.add(student, records[student])
    return students, index


def _class_of_40(extra: dict) -> dict:
    common = _by_module(BUGS, "activations", 0)
    records = {f"s{n:02d}": record(f"s{n:02d}", [common] if n % 4 == 0 else [],
                                   own_values={"loss::mse_values": f"{n}.5"})  # fmt: skip
               for n in range(40)}
    records.update(extra)
    return records


def test_identical_rare_wrong_values_are_strong_evidence_and_a_common_mistake_is_not():
    rare = {"mlp::forward": "0.123", "backprop::feedforward": "7.7", "neuron::layer_output": "-2", "loss::mse_values": "9"}
    records = _class_of_40({"ann": record("ann", [], own_values=rare), "bea": record("bea", [], own_values=rare)})
    students, index = _behaviour(records)
    bits = index.bits()
    behaviour = behaviour_scores(bits)
    ann, bea, s00, s04 = (students.index(s) for s in ("ann", "bea", "s00", "s04"))
    assert behaviour[ann, bea] > 0.9 and bits[ann, bea] > 4 * 4  # four exercises, 1 in 21 each
    assert behaviour[s00, s04] == 0 and 0 < bits[s00, s04] < 3  # the mistake of a quarter of the class
    shared = index.shared("ann", "bea")
    assert {s.exercise for s in shared} == {"mlp", "backprop", "neuron", "loss"}
    assert all(s.given_by == 2 for s in shared)


def test_shared_right_answers_and_unfinished_work_count_for_nothing():
    records = _class_of_40({"ann": record("ann", []), "bea": record("bea", []),
                            "cid": stub_record("cid"), "dee": stub_record("dee")})  # fmt: skip
    students, index = _behaviour(records)
    bits = index.bits()
    assert bits[students.index("ann"), students.index("bea")] == 0
    assert bits[students.index("cid"), students.index("dee")] == 0
    assert index.shared("cid", "dee") == []


def test_a_duration_in_a_message_does_not_tell_two_answers_apart():
    slow = {"status": "failed", "message": "fit took 0.412 s, the reference 0.01 s", "artifacts": {}}
    slower = dict(slow, message="fit took 0.398 s, the reference 0.012 s")
    other = dict(slow, message="fit returned None")
    assert answer_key(slow) == answer_key(slower) != answer_key(other)
    assert answer_key(dict(slow, status="passed")) is None
    assert json.dumps(slow)  # the record is left as it was


def test_the_fingerprints_and_matches_are_copydetects_own():
    """The report loads copydetect's fingerprinting file on its own (the package imports pyplot):
    its thresholds, hashes and matched ranges are what the whole package gives."""
    import copydetect.defaults
    from copydetect import CodeFingerprint, __version__, compare_files

    from autograder.similarity import code, copydetect_parts

    assert (copydetect_parts.NOISE_THRESHOLD, copydetect_parts.GUARANTEE_THRESHOLD) == (
        copydetect.defaults.NOISE_THRESHOLD, copydetect.defaults.GUARANTEE_THRESHOLD)  # fmt: skip
    assert copydetect_parts.copydetect_version() == __version__
    reference = (ROOT / "solutions" / "mlp.py").read_text()
    for case in [c for c in BUGS if c.module == "mlp"][:6]:
        texts = [reference, variant([case])["mlp.py"]]
        discounted = code.hashes_of(filtered(reference))[::7]  # some fingerprints left out as common
        theirs = [CodeFingerprint("module.py", code.K, code.WINDOW, boilerplate=discounted, fp=io.StringIO(t),
                                  language="python") for t in texts]  # fmt: skip
        ours = [code.fingerprint(t, discounted) for t in texts]
        assert [o.hashes for o in ours] == [t.hashes for t in theirs]
        _, _, slices = compare_files(*theirs)
        expected = [[(int(s), int(e)) for s, e in zip(*part)] for part in slices]
        assert list(code.copied_ranges(*ours)) == expected and expected[0]


def test_grading_a_class_imports_neither_copydetects_package_nor_pyplot(tmp_path):
    """copydetect's package imports pyplot for its own report, which nnkit never shows."""
    folder = tmp_path / "class"
    for student in ("ann", "bob"):
        (folder / student).mkdir(parents=True)
        for name, text in reference_files().items():
            (folder / student / name).write_text(text)
    probe = ("import sys\nfrom autograder.cli import main\n"
             "main(['grade', sys.argv[1], '--out', sys.argv[2], '--no-pictures'], standalone_mode=False)\n"
             "print(sorted(m for m in sys.modules if m.startswith(('copydetect', 'matplotlib', 'tqdm', 'jinja2'))))")
    done = subprocess.run([sys.executable, "-c", probe, str(folder), str(tmp_path / "out")], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)  # fmt: skip
    assert (tmp_path / "out" / "similarity.csv").is_file(), done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
