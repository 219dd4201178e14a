"""A corpus of single-change submissions that pins down what the grader must say.

See ``mutations.py``: every case is one module of the reference solutions with a
few exact text replacements, either a realistic student bug or a different but
correct way to write the same thing.
"""
