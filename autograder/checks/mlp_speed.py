"""The mlp check that fit is vectorised: a student's timed fit judged against a Python loop over
the samples, timed on the same machine (a busy machine gets a second try, a borderline cost is
measured again, a fit that never ends is told apart from a slow one).

Loaded by ``test_mlp.py`` with ``load_sibling`` (see ``autograder/checking/siblings.py``); handed out with the checks.
"""

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import CheckFailed
from autograder.sandbox.session import StudentTooSlow

EXERCISE = "mlp"
network = load_sibling(__file__, "mlp_network")  # the loop's timing, a fit's cost, the hints of a slow fit
shapes = load_sibling(__file__, "mlp_more_slips")  # a fit slow because it runs other epochs than asked


def expect_fast_enough(student, run_cache, student_time, problem, call):
    """Fails unless fit (timed by ``student_time(cap)``, which returns its cost) is faster than the
    loop; ``problem``: the sizes, parameters, X and y it is timed on (a stuck fit is tried on 10 samples)."""
    sizes, params, X, y = problem
    # The loop was timed before any student code ran (see network.time_a_loop). What is compared is
    # the CPU time the student's child used for the fit, read from outside it, against the loop's
    # CPU time: other work on the machine barely changes either. Where the child's CPU time cannot
    # be read (the subprocess level off Linux) it is wall-clock time against the loop's.
    if "loop_time" not in run_cache:
        network.time_a_loop(run_cache)
    loop = run_cache["loop_time"]
    stuck_before = student.session.ran_out_of_time(EXERCISE, "fit")
    try:
        try:
            timed = network.Comparison.of(student_time(loop.cap()), loop)
        except StudentTooSlow:
            if stuck_before:
                raise
            used = network.Comparison.of(network.last_call_cost(student), loop)
            if used.cpu and used.fit > used.loop:
                raise CheckFailed(used.too_costly(call, stopped_at=loop.cap()),
                                  hint=shapes.other_epochs_hint(network, student, problem) or network.LOOP_HINT) from None
            # Stopped before it used the loop's CPU (or where its CPU cannot be read): the machine may
            # have been too busy to run it. Time the loop again now and give the fit one more try
            # against that (a loop over the samples is stopped again, or judged by its CPU).
            network.time_a_loop(run_cache)
            loop = run_cache["loop_time"]
            timed = network.Comparison.of(student_time(loop.cap()), loop)
    except StudentTooSlow:
        if stuck_before or network.never_ends(student, sizes, params, X, y):
            raise CheckFailed(
                f"{call} was stopped after {loop.cap():.3f} s, and fit does not finish even on 10 samples "
                "(or already ran out of time in an earlier check): it is stuck, not slow, so its speed "
                "could not be measured",
                hint=network.STUCK_HINT,
            ) from None
        raise CheckFailed(
            f"{call} was still running after {loop.cap():.3f} s, {loop.cap() / loop.wall:.0f} times what a Python "
            f"loop doing two tiny products per sample takes here ({loop.wall:.3f} s), and was stopped",
            hint=shapes.other_epochs_hint(network, student, problem) or network.LOOP_HINT,
        ) from None
    for _ in range(2):
        if not timed.borderline():
            break  # clearly fine or clearly slow; only a borderline cost is measured again, the loop's too
        network.time_a_loop(run_cache)
        loop = run_cache["loop_time"]
        timed = min(timed, network.Comparison.of(student_time(loop.cap()), loop), key=lambda t: t.fit / t.loop)
    if timed.fit > timed.loop:
        raise CheckFailed(timed.too_costly(call), hint=network.LOOP_HINT)
