"""extract_licensor's prefilters (a pattern's tail searched before the whole pattern) never
change its answer: held to the plain loop over every pattern, on generated and corpus texts."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.licenses.names import distinctive
from auditor.licenses.text import own_name
from auditor.licenses.text.own_name import extract_licensor


def plain_licensor(text: str) -> str | None:
    """extract_licensor without prefilters: every pattern run over the whole head."""
    head = text[:20000]
    for pattern in own_name._LICENSOR_PATTERNS:
        short = "short" in pattern.groupindex
        for found in pattern.finditer(" ".join(head.split()) if short else head):
            name = found.group("name").strip(" ,.;:")
            name = re.sub(r"\s+(?:of|and|&)$", "", name)
            if own_name._NOT_A_LICENSOR.match(name) or not distinctive(name):
                continue
            if short and not own_name._abbreviates(found.group("short"), name):
                continue
            return " ".join(name.split())
    return None


PIECES = [
    "Acme", "Robotics", "Inc.", "AR", "of", "and", "&", "the", "The", "(", ")", '"', "“", "”",
    "Licensor", "licensor", "we", "us", "Company", "Provider", "means", "shall mean", "or",
    "between you and", ",", " ", " ", "\t", "\n", "\n\n", "Model", "x",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_prefilters_keep_the_answer_on_generated_text(pieces: list[str]) -> None:
    text = " ".join(pieces) if len(pieces) % 2 else "".join(pieces)
    assert extract_licensor(text) == plain_licensor(text)


def test_prefilters_keep_the_answer_on_the_corpus(corpus: Path) -> None:
    texts = [p.read_text("utf-8") for p in sorted((corpus / "licenses").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((corpus / "cards").glob("*"))[:200]]
    assert [extract_licensor(t) for t in texts] == [plain_licensor(t) for t in texts]
    assert any(extract_licensor(t) for t in texts)  # the corpus defines licensors
