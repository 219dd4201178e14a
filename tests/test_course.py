"""Does a broken course.toml get a message that names the key and the line?"""

import pytest
from kit import COURSE, EXERCISES, ROOT, SOLUTIONS

from autograder.course import CourseError, load_course

GOOD = f'''[course]
name = "Test course"
solutions = "{SOLUTIONS}"
seed = 5

[limits]
call_timeout = 3

[[exercise]]
module = "gates"
title = "Gates"
points = 10

[[exercise]]
module = "loss"
points = 5
'''


def load(tmp_path, text):
    path = tmp_path / "course.toml"
    path.write_text(text)
    return load_course(path), path


def test_every_exercise_of_the_kit_course_has_a_solution_checks_and_a_stub():
    course = load_course(ROOT / "course.toml")
    assert course.exercises and course == COURSE
    for exercise in course.exercises:
        assert (SOLUTIONS / f"{exercise.module}.py").is_file()
        assert (course.checks_dir / f"test_{exercise.module}.py").is_file()
        assert (EXERCISES / f"{exercise.module}.py").is_file()
    assert course.max_score == sum(e.points for e in course.exercises) > 0


def test_a_good_file_becomes_a_typed_course(tmp_path):
    course, _ = load(tmp_path, GOOD)
    assert course.name == "Test course" and course.seed == 5
    assert course.limits.call_timeout == 3.0 and course.limits.memory_mb == 1024
    assert [(e.module, e.title, e.points) for e in course.exercises] == [("gates", "Gates", 10.0), ("loss", "loss", 5.0)]


@pytest.mark.parametrize(
    "change, message",
    [
        (("points = 5", 'points = "five"'), "line 16: [[exercise]] number 2 points must be a number, got 'five'"),
        (("points = 5", "pionts = 5"), "line 16: unknown key 'pionts' in [[exercise]] number 2"),
        (('module = "loss"', 'module = "lost"'), "line 15: [[exercise]] number 2: there are no checks for module 'lost'"),
        (('module = "loss"', 'module = "gates"'), "line 15: [[exercise]] number 2 repeats the module 'gates'"),
        (("call_timeout = 3", "call_timeout = -1"), "line 7: [limits] call_timeout must be positive, got -1"),
        (("call_timeout = 3", "memory_mb = 100"), "line 7: [limits] memory_mb must be at least 256"),
        (("call_timeout = 3", "timeout = 3"), "line 7: unknown key 'timeout' in [limits]"),
        (("seed = 5", 'seed = "x"'), "line 4: [course] seed must be an integer, got 'x'"),
        (("[limits]", "[limit]"), "line 6: unknown table 'limit'"),
        (('title = "Gates"', 'title = "Gates'), "not valid TOML"),
    ],
)
def test_each_mistake_is_named_with_its_line(tmp_path, change, message):
    old, new = change
    with pytest.raises(CourseError) as info:
        load(tmp_path, GOOD.replace(old, new, 1))
    assert message in str(info.value)
    assert str(tmp_path / "course.toml") in str(info.value)


def test_a_missing_file_or_exercise_list_is_explained(tmp_path):
    with pytest.raises(CourseError, match="cannot read the course file"):
        load_course(tmp_path / "nope.toml")
    with pytest.raises(CourseError, match=r"at least one \[\[exercise\]\]"):
        load(tmp_path, "[course]\nname = 'x'\n")
    with pytest.raises(CourseError, match="line 9: .* is missing the key 'points'"):
        load(tmp_path, GOOD.replace("points = 10\n", ""))
