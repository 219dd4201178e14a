"""Similar submissions, by code and by behaviour: evidence for a conversation, not a verdict.

- ``sources``: the students' code kept in the results folder (``sources.json``), or read again;
- ``code``: copydetect's fingerprints, the stubs' and the class's common code discounted;
- ``behaviour``: the same wrong answers, weighed by their rarity in the class;
- ``pairs``: the two combined into one score, the flagged pairs ranked;
- ``page``: ``similarity.html``; ``write``: ``write_similarity``, both files of a results folder.
"""
