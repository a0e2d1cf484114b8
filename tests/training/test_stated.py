"""The datasets a card's metadata, GGUF header, sentences and tables state (training/stated.py):
where each is stated, the role it played, how sure the reading is; and that a hostile card
stays bounded. Expectations come from what each text says, written before the code ran."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.model.training import TRAINING_ROLES, TrainingDataEntry
from auditor.training.stated import MAX_ENTRIES, stated_datasets
from tests.training.cards import read_card

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "cards"


def _read(card: str, **kwargs: object) -> dict[str, TrainingDataEntry]:
    metadata, key_lines, body, body_line = read_card(card)
    found = stated_datasets(
        metadata,
        key_lines=key_lines,
        body=body,
        body_line=body_line,
        **kwargs,  # type: ignore[arg-type]
    )
    return {(e["hub_id"] or e["ref"]).lower(): e for e in found}


def test_metadata_list_gives_each_item_its_line_and_full_confidence() -> None:
    found = _read("---\nlicense: mit\ndatasets:\n  - acme/web-text\n  - c4\n---\n# M\n")
    assert found["acme/web-text"]["stated"] == [
        {"file": "README.md", "line": 4, "text": "datasets: acme/web-text"}
    ]
    assert found["acme/web-text"]["method"] == "card-metadata"
    assert found["acme/web-text"]["confidence"] == 1.0
    assert found["c4"]["hub_id"] is None  # a bare name is not written as a Hub id
    assert found["c4"]["stated"][0]["line"] == 5
    assert {e["role"] for e in found.values()} == {"training"}
    assert {e["resolved_by"] for e in found.values()} == {"stated"}


def test_metadata_string_url_and_datasets_prefix_are_normalised_case_kept() -> None:
    one = _read("---\ndatasets: https://huggingface.co/datasets/Acme/Web-Text/\n---\n")
    assert list(one) == ["acme/web-text"]
    assert one["acme/web-text"]["ref"] == "Acme/Web-Text"
    assert one["acme/web-text"]["hub_id"] == "Acme/Web-Text"
    flow = _read("---\ndatasets: [datasets/acme/a, acme/b]\nlicense: mit\n---\n")
    assert [e["stated"][0]["line"] for e in flow.values()] == [2, 2]
    assert flow["acme/a"]["ref"] == "acme/a"


def test_metadata_dataset_kept_as_training_when_prose_only_benchmarks_it() -> None:
    card = "---\ndatasets:\n- openai/gsm8k\n---\nWe report results on openai/gsm8k data.\n"
    assert _read(card)["openai/gsm8k"]["role"] == "training"  # no "only": metadata stands
    only = card + "The openai/gsm8k set served solely for evaluation.\n"
    assert _read(only)["openai/gsm8k"]["role"] == "evaluation"


@pytest.mark.parametrize(
    ("sentence", "ref", "role"),
    [
        (
            "The model was trained on [Web](https://huggingface.co/datasets/acme/web).",
            "acme/web",
            "training",
        ),
        ("Pre-trained on hf.co/datasets/acme/web for 3 epochs.", "acme/web", "training"),
        (
            "It has been instruction-tuned on the acme/chat-mix dataset.",
            "acme/chat-mix",
            "fine-tuning",
        ),
        ("SFT on acme/sft-data followed.", "acme/sft-data", "fine-tuning"),
        (
            "The student is distilled from data in datasets/acme/traces.",
            "acme/traces",
            "fine-tuning",
        ),
        ("acme/web-2 was used to train the model.", "acme/web-2", "training"),
        ("We fine-tuned it using the OpenOrca dataset.", "openorca", "fine-tuning"),
        ("Training data: acme/pile-clean", "acme/pile-clean", "training"),
        (
            "Our pre-training corpus contains RefinedWeb and a subset of Dolma.",
            "refinedweb",
            "training",
        ),
    ],
)
def test_training_sentences(sentence: str, ref: str, role: str) -> None:
    found = _read(f"# M\n\n{sentence}\n")
    assert found[ref]["role"] == role
    assert found[ref]["method"] == "card-prose"
    assert found[ref]["confidence"] < 1.0
    assert found[ref]["stated"][0]["line"] == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "We evaluated the model on [Web](https://huggingface.co/datasets/acme/web).",
        "We report results on the acme/web test set.",
        "Compared with models trained on acme/web data, ours is smaller.",
        "It outperforms baselines pre-trained on the acme/web corpus.",
        "The model was not trained on acme/web data.",
        "acme/web was used only for evaluation.",
        "Scores on the acme/web benchmark are listed below.",
    ],
)
def test_evaluation_and_comparison_sentences_never_state_training(sentence: str) -> None:
    found = _read(f"# M\n\n{sentence}\n")
    assert found.get("acme/web", {"role": "mentioned"})["role"] not in TRAINING_ROLES


def test_a_model_link_or_a_parent_is_not_a_dataset() -> None:
    found = _read(
        "# M\n\nFine-tuned from [base](https://huggingface.co/acme/base-7b) on acme/chat data.\n"
        "A fine-tuned version of acme/base-7b.\n"
    )
    assert "acme/base-7b" not in found
    assert found["acme/chat"]["role"] == "fine-tuning"


TABLES = """# M

## Training data

| Dataset | Tokens | License |
|---|---|---|
| [acme/code](https://huggingface.co/datasets/acme/code) | 200B | other |
| Wikipedia | 20B | CC BY-SA |
| Total | 220B | |

## Results

| Model | MMLU | GSM8K |
|---|---|---|
| M-7B | 60 | 40 |

| Benchmark | Score |
|---|---|
| HellaSwag (10-shot) | 80.1 |
"""


def test_a_training_data_table_and_a_benchmark_table() -> None:
    found = _read(TABLES)
    assert found["acme/code"]["role"] == "training"
    assert found["acme/code"]["method"] == "card-table"
    assert found["acme/code"]["stated"][0]["line"] == 7
    assert found["wikipedia"]["role"] == "training"
    assert "total" not in found
    assert "m-7b" not in found  # a compared model, not a dataset
    assert found["hellaswag"]["role"] == "evaluation"
    assert found["hellaswag"]["stated"][0]["line"] == 19


def test_gguf_header_dataset_keys() -> None:
    header: dict[str, object] = {
        "general.dataset.count": 2,
        "general.dataset.0.name": "Ultrachat 200k",
        "general.dataset.0.organization": "HuggingFaceH4",
        "general.dataset.0.repo_url": "https://huggingface.co/HuggingFaceH4/ultrachat_200k",
        "general.dataset.1.name": "Private Mix",
        "general.datasets.0.repo_url": "https://huggingface.co/datasets/acme/old-key",
    }
    found = {
        (e["hub_id"] or e["ref"]).lower(): e
        for e in stated_datasets(None, gguf=header, gguf_file="m.Q4_K_M.gguf (GGUF header)")
    }
    chat = found["huggingfaceh4/ultrachat_200k"]
    assert (chat["role"], chat["method"], chat["confidence"]) == ("training", "gguf-header", 1.0)
    assert chat["stated"][0]["file"] == "m.Q4_K_M.gguf (GGUF header)"
    assert chat["stated"][0]["line"] is None
    assert found["private mix"]["hub_id"] is None
    assert found["private mix"]["confidence"] < 1.0
    assert "acme/old-key" in found


def test_a_dataset_cards_source_datasets() -> None:
    card = "---\nsource_datasets:\n- original\n- extended|other-news-crawl\n- acme/base-set\n---\n"
    found = _read(card, is_dataset=True)
    assert sorted(found) == ["acme/base-set", "news-crawl"]
    assert {(e["role"], e["method"]) for e in found.values()} == {("source", "data-card")}
    assert found["acme/base-set"]["stated"][0]["line"] == 5


def test_one_entry_per_dataset_strongest_role_all_evidence() -> None:
    card = (
        "---\ndatasets:\n- HuggingFaceFW/fineweb-edu\n---\n"
        "We evaluated on [FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu).\n"
        "The model was pre-trained on FineWeb-Edu.\n"
        "The model was pre-trained on FineWeb-Edu.\n"
    )
    found = _read(card)
    assert list(found) == ["huggingfacefw/fineweb-edu"]
    entry = found["huggingfacefw/fineweb-edu"]
    assert entry["role"] == "training"
    assert entry["confidence"] == 1.0
    assert [s["line"] for s in entry["stated"]] == [3, 5, 6, 7]


def test_a_hostile_two_megabyte_card_completes_within_the_entry_cap() -> None:
    piece = "trained on acme/d{n} data, evaluated on [x](https://huggingface.co/datasets/o/e{n}) | "
    line = "".join(piece.format(n=n) for n in range(12_000))
    body = "\n".join(
        [
            line[:1_000_000],
            "| Dataset | Tokens |",
            "|---|---|",
            *(f"| o/t{n} | 1B |" for n in range(20_000)),
            "x" * 700_000,
        ]
    )
    assert len(body) > 2_000_000
    found = stated_datasets({"datasets": [f"m/{n}" for n in range(5_000)]}, body=body)
    assert 0 < len(found) <= MAX_ENTRIES
    assert all(len(e["stated"]) <= 8 for e in found)


def _corpus() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    return sorted(CORPUS.glob("*.md"))


def test_every_corpus_card_reads_and_metadata_datasets_are_all_kept() -> None:
    for path in _corpus():
        metadata, key_lines, body, body_line = read_card(path.read_text(encoding="utf-8"))
        found = stated_datasets(metadata, key_lines=key_lines, body=body, body_line=body_line)
        listed = metadata.get("datasets")
        names = [listed] if isinstance(listed, str) else listed if isinstance(listed, list) else []
        keys = {(e["hub_id"] or e["ref"]).lower() for e in found}
        for name in names:
            if isinstance(name, str) and name.strip():
                short = name.strip().removeprefix("datasets/").rstrip("/").lower()
                assert short in keys, f"{path.name}: {name}"


def test_a_results_table_row_that_is_a_metric_or_a_language_is_not_a_dataset() -> None:
    from auditor.training.stated_tables import table_statements

    card = (
        "## Evaluation\n\n| Benchmark | Score |\n|---|---|\n| Perplexity | 12.3 |\n"
        "| Cross Entropy Loss | 2.1 |\n| HellaSwag | 80.1 |\n| English | 70 |\n"
        "| python | 55 |\n| Winogrande | 70 |\n"
    )
    found = [(s.ref, s.role) for s in table_statements(card.splitlines(), 1, "README.md")]
    assert found == [("HellaSwag", "evaluation"), ("Winogrande", "evaluation")]
