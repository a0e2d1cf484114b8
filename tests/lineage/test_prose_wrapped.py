"""A card sentence hard-wrapped over two lines still names its parent ("We started from
Mistral's\n`mistralai/Ministral-8B-Instruct-2410` checkpoint"), cited at the sentence's first
line; a sentence that ended, a label line, a heading or a list item is never joined to the next
line. Cards are our own."""

from __future__ import annotations

from auditor.lineage.prose import stated_parents

_WRAPPED = (
    "# Fenwick-8B\n\nFenwick is our house assistant. We started from Acme's\n"
    "`acme/base-8b` checkpoint and fine-tuned it on our style guide.\n"
)


def known(ref: str) -> bool:
    return ref.lower() == "acme/base-8b"


def test_a_wrapped_sentence_names_its_parent_at_its_first_line() -> None:
    (found,) = stated_parents(_WRAPPED, is_known=known)
    assert found.ref == "acme/base-8b"
    assert found.evidence.line == 3
    assert "started from Acme's acme/base-8b checkpoint" in found.evidence.text


def test_a_sentence_that_ended_is_not_joined_to_the_next_line() -> None:
    body = "# Fenwick-8B\n\nWe started from scratch.\n`acme/base-8b` is a model we compare with.\n"
    assert stated_parents(body, is_known=known) == ()


def test_a_label_line_is_not_joined_to_the_next_line() -> None:
    body = "# Fenwick-8B\n\nLicense: MIT\nacme/base-8b is the tokenizer we borrowed\n"
    assert stated_parents(body, is_known=known) == ()


def test_a_list_item_starts_its_own_line() -> None:
    body = "# Fenwick-8B\n\nWe started from\n- acme/base-8b's tokenizer only\n"
    assert stated_parents(body, is_known=known) == ()
