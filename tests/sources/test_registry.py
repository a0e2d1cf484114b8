"""A source is one function per target kind; a run can bring its own (recipe: add a source)."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit
from auditor.errors import SourceError
from auditor.model import (
    FrontMatterState,
    LicenseFile,
    ParsedCard,
    SourceKind,
    SourceSnapshot,
    Target,
    Verdict,
)
from auditor.model.deployment import Deployment
from auditor.sources.hub import HubOptions
from auditor.sources.registry import BUILT_IN, Source, source_for


def in_memory(license_tag: str, text: str | None) -> Source:
    """A source that answers from memory, as a new source module would from its backend."""

    def read(target: Target, hub: HubOptions) -> SourceSnapshot:
        card = ParsedCard(
            metadata={"license": license_tag},
            body="# A model\n",
            body_line=4,
            state=FrontMatterState.OK,
            key_lines={"license": 2},
        )
        files = (
            (LicenseFile("LICENSE", None, len(text), text, f"memory:{target.location}"),)
            if text is not None
            else ()
        )
        return SourceSnapshot(target=target, card=card, card_path="README.md", license_files=files)

    return read


def test_every_kind_but_api_has_a_built_in_source() -> None:
    assert set(BUILT_IN) == set(SourceKind) - {SourceKind.API}
    for kind in BUILT_IN:
        assert callable(source_for(kind))
    with pytest.raises(ValueError, match="no source reads api"):
        source_for(SourceKind.API)


def test_a_run_reads_through_the_source_it_brings(tmp_path: Path, corpus: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()  # parse_target needs the path to exist; the source never reads it
    text = (corpus / "licenses" / "apache-2.0.txt").read_text(encoding="utf-8")
    sources = {SourceKind.LOCAL: in_memory("apache-2.0", text)}
    result = audit([str(folder)], AuditOptions(sources=sources, use_cache=False))
    (model,) = result.models
    assert model.license is not None and model.license.id == "Apache-2.0"
    assert model.verdict is Verdict.PASS
    assert [f.identified_as for f in model.license_files] == ["Apache-2.0"]


def test_what_the_source_says_is_judged_like_any_other(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    sources = {SourceKind.LOCAL: in_memory("cc-by-nc-4.0", None)}
    options = AuditOptions(sources=sources, use_cache=False)
    (model,) = audit([str(folder)], options).models
    # a non-commercial license with no deployment stated: lawful for research, unlawful in a
    # product, so the verdict waits for the distribution
    assert model.verdict is Verdict.NEEDS_INPUT
    assert model.license is not None and model.license.id == "CC-BY-NC-4.0"
    assert [f.rule for f in model.findings] == ["non-commercial-license-in-commercial-use"]
    assert [i.manifest_key for i in model.findings[0].needs_input] == ["deployment.distribution"]
    deployment = Deployment(organization={"domicile": "US"}, fields={"distribution": "saas"})
    options = AuditOptions(sources=sources, use_cache=False, deployment=deployment)
    (sold,) = audit([str(folder)], options).models
    assert sold.verdict is Verdict.FAIL


def test_a_source_error_becomes_the_model_s_finding(tmp_path: Path) -> None:
    def broken(target: Target, hub: HubOptions) -> SourceSnapshot:
        raise SourceError("the backend is down", code="source-unreachable")

    folder = tmp_path / "model"
    folder.mkdir()
    options = AuditOptions(sources={SourceKind.LOCAL: broken}, use_cache=False)
    (model,) = audit([str(folder)], options).models
    assert model.verdict is Verdict.ERROR
    assert [f.rule for f in model.findings] == ["source-unreachable"]
