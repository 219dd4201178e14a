"""Corpus cases for the classes of gates and perceptron the twenty-second held-out corpus showed after its blind run, in our own
spellings, with their exact expected outcomes (``mutations.py``). ``bug`` for a mistake, ``alternative`` for correct
code written another way.
"""

from corpus.mutations import alternative, bug  # noqa: F401 - the cases below use them

CASES = [
]
