"""A generic license name (`modified-mit`) resolves to a vendor's record when a declared base
model names that vendor; a card naming "a modified X licence" beside the vendor's variant of X
is no conflict."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.declared import identify_declared
from auditor.model import BaseModelRef, Declared
from tests.licenses.test_declared import read_card

KIMI = "LicenseRef-kimi-modified-mit"


def _declared_id(name: str, *bases: str, tag: str = "other") -> str | None:
    declared = Declared(
        license=tag, license_name=name, base_models=tuple(BaseModelRef(b) for b in bases)
    )
    match = identify_declared(declared, load_license_db())
    assert match is not None
    return match.id


@pytest.mark.parametrize(
    "bases",
    [
        ("moonshotai/Kimi-K2-Instruct",),
        ("unsloth/Kimi-K2-Base-GGUF",),  # a mirror's repo naming the product
        ("some-org/other-model", "moonshotai/Kimi-K2-Instruct"),  # one of a merge's bases
    ],
)
def test_a_base_naming_the_vendor_identifies_a_generic_name(bases: tuple[str, ...]) -> None:
    assert _declared_id("modified-mit", *bases) == KIMI
    assert _declared_id("Modified MIT License", *bases) == KIMI


@pytest.mark.parametrize(
    "bases",
    [
        (),
        ("deepseek-ai/DeepSeek-V3",),  # another vendor's base
        ("moonshotai/Moonlight-16B-A3B",),  # the organisation alone names no product of it
        ("someone/modified-mit-tuned",),
    ],
)
def test_a_base_not_naming_the_vendor_leaves_a_generic_name_unidentified(
    bases: tuple[str, ...],
) -> None:
    assert _declared_id("modified-mit", *bases) is None


def test_a_generic_tag_reads_the_bases_too() -> None:
    assert _declared_id("", "moonshotai/Kimi-K2-Instruct", tag="modified-mit") == KIMI
    assert _declared_id("", "Qwen/Qwen2.5-7B", tag="modified-mit") != KIMI


_read = read_card  # as analyse reads a card alone (tests/licenses/test_declared.py)


_KIMI_CARD = (
    "---\nlicense: other\nlicense_name: modified-mit\nbase_model: moonshotai/Kimi-K2-Instruct\n"
    "---\n# Kimi quant\n\n{sentence}\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "These weights keep the modified MIT licence of the upstream model.",
        "Use is governed by a modified version of the MIT License, as upstream.",
    ],
)
def test_a_modified_licence_beside_its_vendor_variant_is_no_conflict(sentence: str) -> None:
    reading = _read(_KIMI_CARD.format(sentence=sentence))
    assert reading.findings == ()
    assert reading.match is not None
    assert reading.match.id == KIMI


def test_the_plain_licence_beside_the_vendor_variant_is_still_a_conflict() -> None:
    reading = _read(_KIMI_CARD.format(sentence="These weights are under the MIT License."))
    assert [f.rule for f in reading.findings] == ["card-license-conflict"]


def test_a_modified_licence_beside_another_declaration_still_conflicts() -> None:
    # a "modified" CC BY-NC beside apache-2.0: read as CC BY-NC, the stricter, as before
    card = (
        "---\nlicense: apache-2.0\n---\n# M\n\n"
        "These weights are under a modified CC BY-NC 4.0 licence.\n"
    )
    reading = _read(card)
    assert [f.rule for f in reading.findings] == ["card-license-conflict"]
    assert reading.match is not None
    assert reading.match.kind == "non-commercial"
