"""Whether a Perceptron's fit learns: what the checks of how fit behaves need before they can be judged.

Five checks judge how fit behaves rather than which weights it learns: it leaves the caller's X and y
alone, gives float weights and a float bias, takes lists, starts afresh, and has the spec's defaults. A
fit that learns nothing meets them all: one that only sets the weights to zeros, or to random numbers.
(The check that fit returns the perceptron judges the one line it names, ``return self``, and is not
gated: a fit whose weights are wrong still ends as the spec says, and that check is the first a student
reads.) So each is judged only where fit's weights show a computation (``grading/computed.py``): fitted
on the AND, NAND and OR tables (three different right answers) it does not learn the same weights for
all three, and fitted on the AND table once more it learns the same ones again. A wrong but honest rule
(a sign slipped, no bias update, an epoch too many) passes both, and keeps these checks.

The four fits ride in each check's own request (4 samples, 3 epochs each). Loaded by
``test_perceptron.py`` with ``load_sibling``; handed out with the checks.
"""

import numpy as np

from autograder.checking.siblings import load_sibling
from autograder.grading.compare import CheckFailed, describe
from autograder.grading.computed import CHANGES, not_computed
from autograder.sandbox.session import StudentError

hints = load_sibling(__file__, "perceptron_hints")  # BY_CHANCE: two fits of one table that disagree
h19 = load_sibling(__file__, "perceptron_h19")  # np.empty for np.zeros, named where two fits disagree

TABLE_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
AND, NAND, OR = np.array([0, 0, 0, 1]), np.array([1, 1, 1, 0]), np.array([0, 1, 1, 1])
UNJUDGED = "See the check of the weights after fit: fix fit first, and this follows."


def ask(batch) -> list:
    """Add to ``batch`` four fits of new perceptrons, on the AND, NAND and OR tables and the AND table again;
    the reads of their weights and bias, for ``expect_learns``."""
    reads = []
    for y in (AND, NAND, OR, AND):
        p = batch.invoke("Perceptron", kwargs={"lr": 0.1, "epochs": 3})
        batch.invoke("fit", (TABLE_X, y), on=p)
        reads.append(batch.get_many(["weights", "bias"], on=p))
    return reads


def expect_learns(student, replies, reads, rule: str) -> None:
    """Fail, saying that ``rule`` cannot be judged, unless the fits of ``ask`` learned numbers that are not the
    same for the three tables and are the same for the AND table twice. Where the check's request stopped at
    one of its own steps before these fits ran, they are asked in a request of their own; a fit that raises
    there raises here."""
    try:
        answers = [replies[read] for read in reads]
    except StudentError:  # an earlier step of the check raised, and the request stopped there
        batch = student.batch()
        reads = ask(batch)
        replies = batch.run()
        answers = [replies[read] for read in reads]
    learned = []
    for answer in answers:
        try:
            learned.append(np.concatenate([np.asarray(answer["weights"], dtype=float).ravel(),
                                           np.asarray(answer["bias"], dtype=float).ravel()]))  # fmt: skip
        except (TypeError, ValueError, KeyError, OverflowError):
            raise CheckFailed(f"Perceptron.fit on the AND table left no numbers in weights and bias, so {rule} cannot "
                              "be judged", hint=UNJUDGED) from None  # fmt: skip
    why = not_computed(learned[:3], again=(learned[0], learned[3]))
    if why is None:
        return
    chance = why.kind == CHANGES
    said = ("learned other weights when fitted again on the AND table" if chance
            else "learned the same weights and bias on the AND, NAND and OR tables")
    raise CheckFailed(f"Perceptron(lr=0.1, epochs=3).fit {said}, so {rule} cannot be judged",
                      hint=h19.empty_hint(student) or hints.BY_CHANCE.format(first=describe(learned[0]), second=describe(learned[3])) if chance
                      else UNJUDGED)  # fmt: skip
