"""JUnit XML (``nnkit grade --format junit --output FILE``), which CI systems display.

One ``<testsuite>`` per submission and exercise (``name="alice.gates"``), one
``<testcase>`` per test. A wrong answer is a ``<failure>``, an error or a
timeout an ``<error>``; each carries the message (the inputs, what was
expected, what came back), the hint and the points earned. A hidden test
shows only its name and outcome, never its inputs. A submission that could
not be read at all gets one ``<error>`` test case saying why.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..course import Course
from ..grading.results import SubmissionResult, TestResult

# characters XML 1.0 cannot hold, even escaped (student output may contain them)
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _points(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


def _testcase(parent: ET.Element, classname: str, test: TestResult) -> tuple[int, int]:
    """Add one test case; returns (failures, errors) it counts for."""
    case = ET.SubElement(parent, "testcase", classname=classname, name=_clean(test.name))
    if test.status == "passed":
        return 0, 0
    tag = "failure" if test.status == "failed" else "error"
    if test.hidden:
        ET.SubElement(case, tag, message=f"hidden test {test.status}", type=test.status)
    else:
        first_line = (test.message or test.status).splitlines()[0] if test.message else test.status
        element = ET.SubElement(case, tag, message=_clean(first_line), type=test.status)
        body = [test.message]
        if test.hint:
            body.append(f"hint: {test.hint}")
        if test.detail:
            body.append(test.detail)
        body.append(f"points: {_points(test.score)} of {_points(test.max_score)}")
        element.text = _clean("\n\n".join(part for part in body if part))
    return (1, 0) if tag == "failure" else (0, 1)


def render(results: list[SubmissionResult], course: Course) -> str:
    root = ET.Element("testsuites", name=f"nnkit: {course.name}")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for result in results:
        for exercise in result.exercises:
            classname = f"{result.submission}.{exercise.name}"
            suite = ET.SubElement(root, "testsuite", name=_clean(classname))
            failures = errors = 0
            for test in exercise.tests:
                f, e = _testcase(suite, _clean(classname), test)
                failures, errors = failures + f, errors + e
            suite.set("tests", str(len(exercise.tests)))
            suite.set("failures", str(failures))
            suite.set("errors", str(errors))
            suite.set("skipped", "0")
            totals["tests"] += len(exercise.tests)
            totals["failures"] += failures
            totals["errors"] += errors
        if result.problem:
            suite = ET.SubElement(root, "testsuite", name=_clean(result.submission))
            for key, value in (("tests", "1"), ("failures", "0"), ("errors", "1"), ("skipped", "0")):
                suite.set(key, value)
            case = ET.SubElement(suite, "testcase", classname=_clean(result.submission), name="submission")
            problem = _clean(result.problem)
            ET.SubElement(case, "error", message=problem, type="unreadable").text = problem
            totals["tests"] += 1
            totals["errors"] += 1
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
