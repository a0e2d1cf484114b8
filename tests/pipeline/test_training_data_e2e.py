"""Issue 36, "Done when": a model whose card lists a research-only dataset warns in a commercial
deployment under `default` and blocks under `strict`, through a local folder and through the
loopback Hub (dataset repos fetched, cached, read offline), and a dataset only evaluated on is
never read nor judged.

Expectations from the texts: the dataset cards below confine their data to non-commercial
research ("may be used for non-commercial research purposes only"); ImageNet's terms of access
allow use for non-commercial research and educational purposes only. Whether such terms reach
weights trained on the data is unsettled, so the default preset warns (exit 0) and the strict
one blocks (exit 1); a research deployment is what the terms allow, so nothing is said.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from tests.fakehub import FakeHub

runner = CliRunner()
Model = dict[str, Any]
COMMERCIAL = [
    *("--distribution", "saas", "--mau", "1000000", "--revenue", "50000000"),
    *("--region", "EU", "--domicile", "DE", "--use-case", "chatbot"),
]
# a university's research (a company's research is commercial use: model/deployment.py)
RESEARCH = ["--distribution", "research", "--region", "EU", "--domicile", "DE"]
RESEARCH += ["--organization-type", "academic"]
DATASET = "uni-lab/dialogue-corpus"
DATASET_CARD = """\
---
license: other
license_name: dialogue-corpus-terms
pretty_name: Dialogue corpus
---
# Dialogue corpus

## Licensing Information

The corpus may be used for non-commercial research purposes only. Any commercial use of the
data is prohibited.
"""


@pytest.fixture(autouse=True)
def analysis_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "analysis"))


def model_card(*datasets: str, body: str = "A chat model.") -> str:
    listed = "".join(f"  - {d}\n" for d in datasets)
    meta = f"datasets:\n{listed}" if datasets else ""
    return f"---\nlicense: apache-2.0\n{meta}---\n# Chat model\n\n{body}\n"


def invoke(args: list[str]) -> tuple[int, Model]:
    result = runner.invoke(app, [*args, "--format", "json"])
    try:
        document = json.loads(result.stdout)
    except ValueError:
        pytest.fail(f"exit {result.exit_code}, no JSON report: {result.output[-800:]}")
    (model,) = document["models"]
    return result.exit_code, model


def rules(model: Model) -> dict[str, str]:
    return {f["rule"]: f["severity"] for f in model["findings"] if f["rule"].startswith("train")}


def hub_scan(hub: FakeHub, tmp_path: Path, ref: str, *extra: str) -> tuple[int, Model]:
    args = ["scan", ref, "--endpoint", hub.url, "--cache-dir", str(tmp_path / "hf"), *extra]
    return invoke(args)


def test_through_the_hub_a_research_only_dataset_warns_then_blocks_under_strict(
    tmp_path: Path,
) -> None:
    with FakeHub() as hub:
        hub.add_dataset(DATASET, {"README.md": DATASET_CARD})
        sha = hub.add_repo("acme/chat", {"README.md": model_card(DATASET)})
        ref = f"acme/chat@{sha}"
        code, model = hub_scan(hub, tmp_path, ref, *COMMERCIAL)
        assert code == 0
        assert rules(model) == {"training-data-research-only": "warn"}
        (entry,) = model["training_data"]
        assert entry["resolved_by"] == "hub" and entry["research_only"] is True
        assert entry["revision"] and entry["stated"][0]["file"] == "README.md"
        assert hub.requests_matching(rf"^/api/datasets/{DATASET}")

        code, model = hub_scan(hub, tmp_path, ref, *COMMERCIAL, "--policy", "strict")
        assert code == 1
        assert rules(model)["training-data-research-only"] == "block"

        code, model = hub_scan(hub, tmp_path, ref, *RESEARCH)
        assert code == 0 and "training-data-research-only" not in rules(model)

    # the Hub is gone: the model and its dataset are read from the cache
    code, model = hub_scan(hub, tmp_path, ref, *COMMERCIAL, "--offline")
    assert code == 0 and rules(model).get("training-data-research-only") == "warn"


def test_a_dataset_only_evaluated_on_is_never_read(tmp_path: Path) -> None:
    body = f"We evaluate the model on [{DATASET}](https://huggingface.co/datasets/{DATASET})."
    with FakeHub() as hub:
        hub.add_dataset(DATASET, {"README.md": DATASET_CARD})
        sha = hub.add_repo("acme/chat", {"README.md": model_card(body=body)})
        code, model = hub_scan(hub, tmp_path, f"acme/chat@{sha}", *COMMERCIAL, "--policy", "strict")
        assert code == 0 and rules(model) == {}
        assert not hub.requests_matching(rf"^/api/datasets/{DATASET}")
        assert all(e["role"] != "training" for e in model["training_data"])


def test_an_unreadable_dataset_is_said_not_silenced(tmp_path: Path) -> None:
    with FakeHub() as hub:
        hub.add_dataset(DATASET, {"README.md": DATASET_CARD}, gated="manual", card_public=False)
        sha = hub.add_repo("acme/chat", {"README.md": model_card(DATASET)})
        code, model = hub_scan(hub, tmp_path, f"acme/chat@{sha}", *COMMERCIAL)
    assert code == 0 and rules(model) == {"training-data-unknown-license": "warn"}
    (entry,) = model["training_data"]
    assert entry["resolved_by"] == "unresolved"
    assert "gated" in entry["reason"]
    finding = next(f for f in model["findings"] if f["rule"] == "training-data-unknown-license")
    assert DATASET in finding["message"]


def test_through_a_local_folder_the_registry_answers(tmp_path: Path) -> None:
    folder = tmp_path / "vision"
    folder.mkdir()
    (folder / "README.md").write_text(model_card("imagenet-1k"), encoding="utf-8")
    code, model = invoke(["scan", str(folder), *COMMERCIAL])
    assert code == 0
    assert rules(model) == {"training-data-research-only": "warn"}
    (entry,) = model["training_data"]
    assert entry["resolved_by"] == "registry"
    code, model = invoke(["scan", str(folder), *COMMERCIAL, "--policy", "strict"])
    assert code == 1 and rules(model)["training-data-research-only"] == "block"


def test_a_dataset_named_locally_and_unknown_is_a_finding(tmp_path: Path) -> None:
    folder = tmp_path / "chat"
    folder.mkdir()
    (folder / "README.md").write_text(model_card("acme-internal/tickets"), encoding="utf-8")
    code, model = invoke(["scan", str(folder), *COMMERCIAL])
    assert code == 0 and rules(model) == {"training-data-unknown-license": "warn"}
    (entry,) = model["training_data"]
    assert entry["resolved_by"] == "not-fetched" and "local files" in entry["reason"]


def test_a_dataset_read_once_is_answered_from_the_cache_next_run(tmp_path: Path) -> None:
    with FakeHub() as hub:
        hub.add_dataset(DATASET, {"README.md": DATASET_CARD})
        sha = hub.add_repo("acme/chat", {"README.md": model_card(DATASET)})
        ref = f"acme/chat@{sha}"
        hub_scan(hub, tmp_path, ref, *COMMERCIAL)
        cards = rf"^/datasets/{DATASET}/resolve/"
        first = len(hub.requests_matching(cards))
        assert first >= 1
        # keep only the branch's recorded commit: a run that analysed the dataset again would
        # have to download its card again
        folder = tmp_path / "hf" / ("datasets--" + DATASET.replace("/", "--"))
        for kept in ("blobs", "snapshots"):
            shutil.rmtree(folder / kept, ignore_errors=True)
        assert (folder / "refs" / "main").is_file()
        code, model = hub_scan(hub, tmp_path, ref, *COMMERCIAL)
        # the branch still points at the commit read: one listing request, no download
        assert len(hub.requests_matching(cards)) == first
        assert code == 0 and rules(model) == {"training-data-research-only": "warn"}


def test_a_pinned_dataset_is_read_at_its_pin(tmp_path: Path) -> None:
    open_card = "---\nlicense: cc-by-4.0\n---\n# Dialogue corpus\n"
    with FakeHub() as hub:
        old = hub.add_dataset(DATASET, {"README.md": DATASET_CARD})
        hub.add_dataset(DATASET, {"README.md": open_card})  # main moves on to CC BY 4.0
        sha = hub.add_repo("acme/chat", {"README.md": model_card(f"{DATASET}@{old}")})
        code, model = hub_scan(hub, tmp_path, f"acme/chat@{sha}", *COMMERCIAL)
    (entry,) = model["training_data"]
    assert entry["revision"] == old
    assert code == 0 and rules(model) == {"training-data-research-only": "warn"}


def test_a_waiver_excuses_a_training_data_block_under_strict(tmp_path: Path) -> None:
    folder = tmp_path / "models" / "vision"
    folder.mkdir(parents=True)
    (folder / "README.md").write_text(model_card("imagenet-1k"), encoding="utf-8")
    manifest = tmp_path / "auditor.yaml"
    manifest.write_text(
        "version: 1\n"
        "organization: {name: Acme, domicile: DE, type: company}\n"
        "deployment: {distribution: saas, regions: [EU], use_cases: [chatbot],"
        " mau: 1000, annual_revenue_usd: 1000000}\n"
        "models:\n  - ref: ./models/vision\n"
        "waivers:\n"
        "  - rule: training-data-research-only\n"
        "    model: ./models/vision\n"
        "    reason: counsel reviewed the ImageNet terms against this deployment\n"
        "    approved_by: legal@acme.example\n"
        f"    expires: {date.today() + timedelta(days=60)}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(manifest), "--policy", "strict", "--format", "json"])
    document = json.loads(result.stdout)
    (model,) = document["models"]
    waived = [f for f in model["findings"] if f["rule"] == "training-data-research-only"]
    assert waived and waived[0]["waived"] is True
    assert not [f for f in model["findings"] if f["severity"] == "block" and not f["waived"]]
