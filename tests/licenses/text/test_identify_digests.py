"""identify_text's answers held to digests made by the code before the identification speed-up.

tests/data/identify_digests.json holds one SHA-256 per text (corpus licenses and the
adversarial variants `bench/measure/adversarial.py` derives from them), written by
`python bench/identify_digests.py --out tests/data/identify_digests.json`; no text is stored.
A change that alters an answer on purpose regenerates the file and says so in its commit.
"""

from __future__ import annotations

import json
from pathlib import Path

from auditor.licenses.text.identify import identify_text
from bench.identify_digests import answer_digest, texts

DIGESTS = Path(__file__).resolve().parents[2] / "data" / "identify_digests.json"


def test_answers_match_the_digests_of_the_code_before(corpus: Path) -> None:
    expected: dict[str, str] = json.loads(DIGESTS.read_text("utf-8"))
    found = texts(corpus / "licenses", None)
    assert sorted(found) == sorted(expected)
    changed = [
        name for name, text in found.items() if answer_digest(identify_text(text)) != expected[name]
    ]
    assert changed == []
