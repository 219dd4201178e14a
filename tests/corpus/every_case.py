"""Every case of the corpus in one list: the mutations' own and those of each class file, for the
tests that grade them all (``test_corpus.py``, ``test_recorded_check.py``). A new class file is
added here, once."""

import importlib

from corpus.mutations import CASES as MUTATIONS

# one class file per line, in the order they came (a new one goes at the end, once)
CLASS_FILE_NAMES = (
    "more_cases",
    "class_cases",
    "spec_rule_cases",
    "unnamed_cases",
    "heldout4_classes_a",
    "heldout4_classes_b",
    "heldout5_classes_a",
    "heldout5_classes_b",
    "heldout6_classes",
    "heldout6_more_a",
    "heldout6_more_b",
    "review6_classes",
    "heldout7_missed",
    "heldout7_classes_b",
    "heldout7_classes_a",
    "heldout8_classes",
    "formula_cases",
    "heldout8_more_a",
    "heldout8_more_b",
    "heldout8_more_c",
    "heldout9_more_a",
    "heldout9_more_b",
    "heldout9_more_c",
    "heldout10_more_a",
    "heldout10_more_b",
    "heldout10_more_c",
    "heldout11_more_a",
    "heldout11_more_b",
    "heldout11_more_c",
    "hints14a_cases",
    "hints14b_cases",
    "hints14c_cases",
    "generic15_cases",
    "hints16L_cases",
    "heldout12_more_a",
    "heldout12_more_b",
    "heldout12_more_c",
    "heldout13_more_b",
    "heldout13_more_c",
    "heldout13_more_a",
    "causes_once_cases",
    "python_slip_cases",
    "heldout14_more_b",
    "heldout14_more_c",
    "heldout14_more_a",
    "heldout15_more_a",
    "heldout15_more_b",
    "heldout15_more_c",
    "lacking_argument_cases",
    "heldout16_more_a",
    "heldout16_more_b",
    "heldout16_more_c",
    "heldout17_more_a",
    "heldout17_more_b",
    "heldout17_more_c",
    "broken_part_cases",
)
CLASS_FILES = tuple(importlib.import_module(f"corpus.{name}") for name in CLASS_FILE_NAMES)
EVERY_CASE = [*MUTATIONS, *(case for module in CLASS_FILES for case in module.CASES)]
