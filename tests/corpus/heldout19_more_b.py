"""Corpus cases for the classes the nineteenth held-out corpus showed after its blind run (filled by its fixers)."""

CASES = []
