"""Analysis records the datasets a card states as `training_data`, and the analysis cache gives
them back unchanged."""

from __future__ import annotations

from pathlib import Path

from auditor.knowledge.license_db import load_license_db
from auditor.pipeline.analyse import analyse
from auditor.pipeline.cache import AnalysisCache
from auditor.sources.base import parse_target
from auditor.sources.local import read_local_snapshot

CARD = """---
license: apache-2.0
datasets:
- acme/web-text
---
# Chat model

It was instruction-tuned on [chat](https://huggingface.co/datasets/acme/chat-mix).
We report results on the [acme/bench](https://huggingface.co/datasets/acme/bench) test set.
"""


def test_analysis_states_the_datasets_and_the_cache_round_trips(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(CARD, encoding="utf-8")
    model = analyse(read_local_snapshot(parse_target(str(folder))), load_license_db())
    roles = {e["hub_id"]: (e["role"], e["method"]) for e in model.training_data}
    assert roles == {
        "acme/web-text": ("training", "card-metadata"),
        "acme/chat-mix": ("fine-tuning", "card-prose"),
        "acme/bench": ("evaluation", "card-prose"),
    }
    assert model.training_data[0]["stated"] == [
        {"file": "README.md", "line": 4, "text": "datasets: acme/web-text"}
    ]
    cache = AnalysisCache(tmp_path / "cache", "digest")
    sha = "a" * 40
    cache.put("https://hub.example", "acme/chat", sha, model)
    again = cache.get("https://hub.example", "acme/chat", sha, model.ref)
    assert again is not None
    assert again.training_data == model.training_data
