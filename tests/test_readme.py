"""What the README tells people to type or to look for exists where it says."""

import re

from kit import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _code_blocks() -> list[str]:
    """The text of every fenced block (```), whatever its language."""
    blocks, current = [], None
    for line in README.splitlines():
        if line.strip().startswith("```"):
            if current is None:
                current = []
            else:
                blocks.append("\n".join(current))
                current = None
        elif current is not None:
            current.append(line)
    return blocks


def test_every_folder_the_readme_cds_into_is_in_the_repository():
    folders = [m for block in _code_blocks() for m in re.findall(r"^\s*cd (\S+)", block, re.M)]
    assert "nbgrader-course" in folders
    for folder in folders:
        if not folder.startswith(("/", "$", "~", "..")):
            assert (ROOT / folder).is_dir(), f"the README says `cd {folder}`, and there is no such folder"


def test_every_document_the_readme_names_is_here_or_said_to_be_elsewhere():
    """Documents (README.md, COURSE_SPEC.md, ...), not the files nnkit writes (feedback.md)."""
    names = set(re.findall(r"`((?:[\w.-]+/)*[A-Z][A-Z_]*\.md)`", README))
    assert "COURSE_SPEC.md" in names
    for name in sorted(names):
        if (ROOT / name).is_file() or list(ROOT.glob(f"*/{name}")):
            continue
        text = " ".join(README.split())
        sentence = next(s for s in re.split(r"(?<=[.;])\s", text) if name in s)
        assert "not in this repository" in sentence, f"{name} is not here and the README does not say where it is"
