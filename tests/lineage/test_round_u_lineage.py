"""Evidence read from round U's misses, each beside a twin that differs in one fact: a label
opening a later sentence of a line (English and Japanese), the note of the card's own BibTeX
entry, and a pair of languages written with a slash, which is no repo id. Sentences written
here."""

from __future__ import annotations

import pytest

from auditor.lineage.card_text_s40lineage import citation_notes, is_language_pair, label_tails
from auditor.lineage.prose import stated_parents
from auditor.lineage.prose_refs import is_repo_like

BASE = "kestrel-labs/Wren-3B-Base"


def parents(body: str) -> list[str]:
    return [p.ref for p in stated_parents(body)]


# --- a label after a sentence ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Answers tickets for a bakery chain. Base model: {BASE}. Trained for two epochs.",
        f"Answers tickets! Parent model: [{BASE}](https://huggingface.co/{BASE})",
        f"In-house triage model. **Finetuned from:** `{BASE}`",
        f"予約メールの要約モデルです。ベースモデル: `{BASE}`。社内データで追加学習しました。",
        f"社内向けの翻訳モデルです。元モデル：{BASE}",
    ],
)
def test_a_label_opening_a_later_sentence_names_the_parent(body: str) -> None:
    assert parents(body) == [BASE]


@pytest.mark.parametrize(
    "body",
    [
        # a colon inside a sentence is no label
        f"Answers tickets for a bakery chain, and we note: {BASE} scores lower.",
        # a label, but not one of a parent
        f"Answers tickets for a bakery chain. Evaluation set: {BASE}.",
        f"予約メールの要約モデルです。評価データ: `{BASE}`。",
    ],
)
def test_a_colon_that_opens_no_parent_label_names_no_parent(body: str) -> None:
    assert parents(body) == []


def test_label_tails_start_at_the_label_only() -> None:
    line = "A model for mail. Base model: x/y. Also: z."
    assert list(label_tails(line)) == ["Base model: x/y. Also: z.", "Also: z."]
    assert list(label_tails("No label here, only words.")) == []


# --- the notes of the card's own citation ------------------------------------------------------


def card(key: str, title: str, note: str) -> str:
    return (
        "# Marlpit-Reviewer-7B\n\nIf it helps your work, cite it:\n\n```bibtex\n"
        f"@misc{{{key},\n  title = {{{title}}},\n  year = {{2026}},\n  note = {note}\n}}\n```\n"
    )


@pytest.mark.parametrize(
    "note",
    [
        f"{{Initialized from {BASE}, then tuned on review threads}}",
        f'"Fine-tuned from {BASE} on 30k diffs"',
        f"{{Weights were initialised from\n    {BASE} and trained further}}",
    ],
)
def test_the_note_of_the_cards_own_entry_names_the_parent(note: str) -> None:
    assert parents(card("marlpit2026", "Marlpit: review notes", note)) == [BASE]


def test_the_note_of_an_entry_citing_another_work_is_not_read() -> None:
    note = f"{{Initialized from {BASE}, then tuned on review threads}}"
    assert parents(card("okafor2024scaling", "Scaling review models", note)) == []


def test_a_note_without_a_derivation_names_no_parent() -> None:
    note = f"{{Compared with {BASE} on review threads}}"
    assert parents(card("marlpit2026", "Marlpit: review notes", note)) == []


def test_citation_notes_number_their_line() -> None:
    lines = card("marlpit2026", "Marlpit", "{Initialized from a/b}").splitlines()
    assert list(citation_notes(lines, 1)) == [(9, "Initialized from a/b")]


# --- a pair of languages -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "A LoRA adapter for bilingual (French/English) support replies.",
        "A QLoRA adapter for Hindi/English code-switched chat.",
        "An adapter for EN/JA hotel mail.",
    ],
)
def test_a_pair_of_languages_is_no_parent(body: str) -> None:
    assert parents(body) == []


def test_an_adapter_for_a_repo_still_names_it() -> None:
    assert parents(f"A LoRA adapter for {BASE} that writes French/English replies.") == [BASE]


def test_only_a_pair_of_two_languages_is_refused() -> None:
    assert is_language_pair("French", "English") and is_language_pair("en", "JA")
    assert not is_language_pair("English", "Wren-3B")
    assert is_repo_like("english-ai/Wren-3B") and not is_repo_like("Spanish/Portuguese")
