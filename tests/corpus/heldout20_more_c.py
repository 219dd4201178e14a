"""Corpus cases the twentieth held-out corpus asked for (filled in by its fixers)."""

CASES = []
