"""JUnit XML (``nnkit grade --format junit --output FILE``), which CI systems display.

One ``<testsuite>`` per submission and exercise (``name="alice.gates"``), one
``<testcase>`` per test. A wrong answer is a ``<failure>``, an error or a
timeout an ``<error>``; its ``message`` attribute is the first paragraph of the
message (what was called and what went wrong, up to the first blank line), and
its text the whole message, the hint and the points earned. A hidden test
shows only its name and outcome, never its inputs. A submission that could
not be read at all gets one ``<error>`` test case saying why.

Every ``<testcase>``, ``<testsuite>`` and the root carry a ``time`` in seconds.
The points travel as ``<properties>`` of each suite (one suite is one
exercise of one submission): ``score`` and ``max_score`` of the exercise, and
``<test>.score`` and ``<test>.max_score`` for each of its tests, the same
numbers as ``--format json``. They sit on the suite because the JUnit schema
Jenkins validates against (junit-10.xsd) allows ``<properties>`` in a
``<testsuite>`` but not in a ``<testcase>``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..course import Course
from ..grading.results import ExerciseResult, SubmissionResult, TestResult, points_text

# characters XML 1.0 cannot hold, even escaped (student output may contain them)
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _seconds(x: float) -> str:
    return f"{max(0.0, x):.3f}"


def first_paragraph(text: str) -> str:
    """The text up to its first blank line, without the blank line (all of it if it has none)."""
    return _BLANK_LINE.split(text.strip("\n"), maxsplit=1)[0].rstrip()


def _testcase(parent: ET.Element, classname: str, test: TestResult) -> tuple[int, int]:
    """Add one test case; returns (failures, errors) it counts for."""
    case = ET.SubElement(parent, "testcase", classname=classname, name=_clean(test.name), time=_seconds(test.seconds))
    if test.status == "passed":
        return 0, 0
    tag = "failure" if test.status == "failed" else "error"
    if test.hidden:
        ET.SubElement(case, tag, message=f"hidden test {test.status}", type=test.status)
    else:
        summary = first_paragraph(test.message) or test.status
        element = ET.SubElement(case, tag, message=_clean(summary), type=test.status)
        body = [test.message]
        if test.hint:
            body.append(f"hint: {test.hint}")
        if test.detail:
            body.append(test.detail)
        body.append(f"points: {points_text(test.score)} of {points_text(test.max_score)}")
        element.text = _clean("\n\n".join(part for part in body if part))
    return (1, 0) if tag == "failure" else (0, 1)


def _properties(suite: ET.Element, exercise: ExerciseResult) -> None:
    """The exercise's points and each test's, as the suite's properties."""
    properties = ET.SubElement(suite, "properties")
    pairs = [("score", exercise.score), ("max_score", exercise.max_score)]
    for test in exercise.tests:
        pairs += [(f"{test.name}.score", test.score), (f"{test.name}.max_score", test.max_score)]
    for name, value in pairs:
        ET.SubElement(properties, "property", name=_clean(name), value=points_text(value))


def render(results: list[SubmissionResult], course: Course) -> str:
    root = ET.Element("testsuites", name=f"nnkit: {course.name}")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    all_seconds = 0.0
    for result in results:
        for exercise in result.exercises:
            classname = f"{result.submission}.{exercise.name}"
            seconds = sum(t.seconds for t in exercise.tests)
            suite = ET.SubElement(root, "testsuite", name=_clean(classname))
            _properties(suite, exercise)
            failures = errors = 0
            for test in exercise.tests:
                f, e = _testcase(suite, _clean(classname), test)
                failures, errors = failures + f, errors + e
            suite.set("tests", str(len(exercise.tests)))
            suite.set("failures", str(failures))
            suite.set("errors", str(errors))
            suite.set("skipped", "0")
            suite.set("time", _seconds(seconds))
            totals["tests"] += len(exercise.tests)
            totals["failures"] += failures
            totals["errors"] += errors
            all_seconds += seconds
        if result.problem:
            suite = ET.SubElement(root, "testsuite", name=_clean(result.submission))
            for key, value in (("tests", "1"), ("failures", "0"), ("errors", "1"), ("skipped", "0"), ("time", "0.000")):
                suite.set(key, value)
            case = ET.SubElement(suite, "testcase", classname=_clean(result.submission), name="submission",
                                 time="0.000")  # fmt: skip
            problem = _clean(result.problem)
            ET.SubElement(case, "error", message=problem, type="unreadable").text = problem
            totals["tests"] += 1
            totals["errors"] += 1
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("time", _seconds(all_seconds))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
