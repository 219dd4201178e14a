"""``nnkit similarity``: the similar submissions of a results folder, from its stored results."""

from __future__ import annotations

from pathlib import Path

import click

from .batch.discover import DiscoveryError
from .cli_common import CONTEXT, UsageFailure, course_option, load_course_or_exit


@click.command(context_settings=CONTEXT)
@click.argument("results", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--submissions", "submissions", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="The submissions graded (as `nnkit grade` takes them), for a results folder that did "
                   "not keep their code (repeatable).")  # fmt: skip
@course_option
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes for reading the code (default: the number of cores).")
def similarity(results, submissions, course_path, workers):
    """Flag similar submissions of a results folder, by code and by behaviour.

    Writes RESULTS/similarity.csv (one row per flagged pair: a, b, score,
    code, behaviour, highest score first) and RESULTS/similarity.html (each
    pair's shared wrong answers in words and its code side by side). A score
    is evidence for a conversation, not a verdict.

    \b
    Example:
        nnkit grade submissions/ --out results/
        nnkit similarity results/
    """
    from .similarity.sources import SOURCES  # pygments and the lexer: only here, not for every command
    from .similarity.write import CSV_NAME, HTML_NAME, write_similarity

    course = load_course_or_exit(course_path)
    if not (results / "gradebook.csv").is_file() and not any(results.glob("*/result.json")):
        raise UsageFailure(f"{results} is not a results folder: make one with `nnkit grade ... --out {results}`")
    if not submissions and not any(results.glob(f"*/{SOURCES}")):
        click.echo(f"nnkit: {results} kept no code (graded before nnkit kept it): only behaviour is compared; "
                   "name the submissions with --submissions to compare their code too", err=True)
    try:
        pairs = write_similarity(results, course=course, submissions=list(submissions) or None, workers=workers)
    except DiscoveryError as exc:
        raise UsageFailure(str(exc)) from None
    click.echo(f"{len(pairs)} pair(s) flagged; see {results / CSV_NAME} and {results / HTML_NAME}")
