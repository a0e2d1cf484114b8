"""The Civitai source against a loopback Civitai API (real HTTP): permissions as terms, the
base model family into lineage, pinned and offline, and every hostile answer refused.

Expectations come from Civitai's documented permissions and from the licenses of the base
models: the FLUX.1 [dev] Non-Commercial License grants use of the weights for non-commercial
purposes only (its clauses 2 and 4.a), so a LoRA of it is not licensed for a paid service,
whatever its creator's own permissions say; FLUX.1 [schnell] is Apache-2.0; Stable Diffusion
1.5 is under the CreativeML Open RAIL-M, which allows commercial use subject to the use-based
restrictions of its Attachment A, passed on downstream (its paragraph 5).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from auditor.api import AuditOptions, audit
from auditor.cli.main import app
from auditor.errors import SourceError, TargetError
from auditor.knowledge.known_models import load_known_models
from auditor.model import ModelResult, SourceKind, SourceSnapshot, Target
from auditor.sources import civitai_api
from auditor.sources.base import parse_target
from auditor.sources.civitai import SCAN_PREFIX, fetch_civitai_snapshot
from auditor.sources.civitai_bases import load_base_families
from auditor.sources.hub import HubOptions
from tests.civitaifake import FakeCivitai, lora_file, model, version

# The retries these tests provoke pause 10 ms, not 1 s then 2 s (the pauses are checked at
# their real length in tests/sources/test_retry_pauses.py).
pytestmark = pytest.mark.usefixtures("quick_retries")

FLUX_DEV = "LicenseRef-flux-1-dev-non-commercial"
OPENRAIL_M = "LicenseRef-creativeml-openrail-m"
PERMISSIONS = "civitai-license.json#permissions"


@pytest.fixture
def civitai(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeCivitai]:
    with FakeCivitai() as fake:
        monkeypatch.setenv("AUDITOR_CIVITAI_ENDPOINT", fake.endpoint)
        monkeypatch.setenv("AUDITOR_CIVITAI_CACHE", str(tmp_path / "civitai-cache"))
        monkeypatch.delenv("CIVITAI_API_TOKEN", raising=False)
        yield fake


def hub(tmp_path: Path, **kw: Any) -> HubOptions:
    # a Hub that is not there: every base model of these tests is in the known-models registry
    return HubOptions(endpoint="http://127.0.0.1:9", cache_dir=tmp_path / "hf", **kw)


def snapshot_of(ref: str, tmp_path: Path, **kw: Any) -> SourceSnapshot:
    return fetch_civitai_snapshot(parse_target(ref), hub(tmp_path, **kw))


def scan(ref: str, tmp_path: Path) -> ModelResult:
    (result,) = audit([ref], AuditOptions(hub=hub(tmp_path), use_cache=False)).models
    return result


def cli(*args: str) -> tuple[int, dict[str, Any], str]:
    """`auditor scan ... -f json` through the CLI: exit code, the model's JSON, the output."""
    got = CliRunner().invoke(app, ["scan", *args, "-q", "-f", "json", "--domicile", "US"])
    assert got.output.lstrip().startswith("{"), got.output
    return got.exit_code, json.loads(got.output)["models"][0], got.output


def rules(result: dict[str, Any]) -> dict[str, str]:
    return {f["rule"]: f["severity"] for f in result["findings"]}


# --- targets --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "location", "revision"),
    [
        ("civitai:123", "123", None),
        ("civitai:123@456", "123", "456"),
        (" civitai:7@8 ", "7", "8"),
        ("https://civitai.com/models/123", "123", None),
        ("https://civitai.com/models/123/some-lora-slug", "123", None),
        ("https://civitai.com/models/123/some-lora?modelVersionId=456", "123", "456"),
        ("civitai.com/models/123?modelVersionId=456", "123", "456"),
        ("civitai:https://www.civitai.com/models/9", "9", None),
    ],
)
def test_targets_name_a_model_and_maybe_a_version(
    text: str, location: str, revision: str | None
) -> None:
    target = parse_target(text)
    assert (target.kind, target.location, target.revision) == (
        SourceKind.CIVITAI,
        location,
        revision,
    )


@pytest.mark.parametrize(
    "text",
    [
        "civitai:",
        "civitai:abc",
        "civitai:0",
        "civitai:-5",
        "civitai:123@",
        "civitai:123@v2",
        "civitai:99999999999",  # past Civitai's int4 ids
        "https://civitai.com/images/123",
        "https://civitai.com/models/",
        "https://civitai.com/models/12?modelVersionId=1&modelVersionId=2",
    ],
)
def test_a_bad_target_is_a_clear_error_naming_it(text: str) -> None:
    with pytest.raises(TargetError) as caught:
        parse_target(text)
    assert caught.value.code == "target-invalid"
    assert text.strip() in caught.value.message


def test_every_family_of_the_data_resolves_through_the_known_models_registry() -> None:
    registry = load_known_models()
    families = {f.base_model for f in load_base_families().by_name.values()}
    assert families and all(registry.lookup(ref) is not None for ref in families)
    assert load_base_families().lookup("  flux.1   d ") is not None  # case and spaces folded


# --- the right reason -----------------------------------------------------------------------


def test_a_flux_dev_lora_marked_sell_fails_a_commercial_gate_because_of_its_base(
    civitai: FakeCivitai,
) -> None:
    civitai.add(model(123, [version(456, 123, "Flux.1 D")], commercial=["Sell"]))
    code, result, _ = cli("civitai:123@456", "--distribution", "saas")
    assert code == 1
    assert result["verdict"] == "fail"
    (step,) = result["lineage"]
    assert (step["ref"], step["relation"]) == ("black-forest-labs/FLUX.1-dev", "adapter")
    assert step["license"]["id"] == FLUX_DEV
    (blocking,) = [f for f in result["findings"] if f["severity"] == "block"]
    assert blocking["rule"] == "non-commercial-license-in-commercial-use"
    assert "FLUX.1 [dev] Non-Commercial License" in blocking["message"]
    quoted = " ".join(e["text"] for e in blocking["evidence"])
    assert "black-forest-labs/FLUX.1-dev" in quoted and "2.a" in quoted  # the grant's clause


def test_the_same_permissions_on_flux_schnell_pass_the_same_gate(civitai: FakeCivitai) -> None:
    # the creator's Sell is not what failed the [dev] LoRA: on an Apache-2.0 base it passes
    civitai.add(model(124, [version(457, 124, "Flux.1 S")], commercial=["Sell"]))
    code, result, _ = cli("civitai:124@457", "--distribution", "saas")
    assert code == 0, rules(result)
    assert result["lineage"][0]["ref"] == "black-forest-labs/FLUX.1-schnell"
    assert result["lineage"][0]["license"]["id"] == "Apache-2.0"


def test_the_flux_dev_lora_for_research_passes_or_warns(civitai: FakeCivitai) -> None:
    civitai.add(model(123, [version(456, 123, "Flux.1 D")], commercial=["Sell"]))
    code, result, _ = cli("civitai:123@456", "--distribution", "research")
    assert code == 0
    assert result["verdict"] in ("pass", "warn")


def test_an_sd15_lora_marked_sell_passes_commercial_use_with_the_openrail_duties(
    civitai: FakeCivitai,
) -> None:
    civitai.add(model(200, [version(201, 200, "SD 1.5")], commercial=["Image", "Rent", "Sell"]))
    code, result, _ = cli("civitai:200@201", "--distribution", "saas")
    assert code == 0, rules(result)
    assert result["license"]["id"] == OPENRAIL_M
    assert result["lineage"][0]["license"]["id"] == OPENRAIL_M
    terms = result["terms"]
    assert terms["commercial_use"] == "allowed"
    # Attachment A's use-based restrictions, which paragraph 5 passes on downstream
    assert {"medical-advice", "exploit-vulnerable-groups"} <= set(terms["use_restrictions"])
    assert terms["downstream_propagation"] is True
    assert "use-restrictions-flow-down" in rules(result)


def test_a_checkpoint_with_no_commercial_permission_fails_by_its_own_permissions(
    civitai: FakeCivitai,
) -> None:
    civitai.add(model(300, [version(301, 300, "SD 1.5")], type="Checkpoint", commercial=[]))
    code, result, _ = cli("civitai:300", "--distribution", "saas")
    assert code == 1
    assert result["declared"]["base_model_relation"] == "finetune"
    assert result["terms"]["commercial_use"] == "prohibited"  # OpenRAIL-M alone allows it
    quoted = {e["file"] for e in result["term_evidence"]["commercial_use"]}
    assert PERMISSIONS in quoted
    blocking = [f for f in result["findings"] if f["severity"] == "block"]
    assert any(PERMISSIONS in f["message"] for f in blocking)


@pytest.mark.parametrize(
    ("commercial", "expected"),
    [
        ([], "prohibited"),
        (["None"], "prohibited"),
        ("Image", "restricted"),  # an older answer: one value, not a list
        (["Image"], "restricted"),
        (["Image", "RentCivit"], "restricted"),
        (["Image", "RentCivit", "Rent"], "restricted"),
        (["Image", "RentCivit", "Rent", "Sell"], "allowed"),
    ],
)
def test_the_commercial_permission_becomes_a_typed_term(
    civitai: FakeCivitai, tmp_path: Path, commercial: list[str] | str, expected: str
) -> None:
    doc = model(200, [version(201, 200, "SD 1.5")], commercial="Sell")
    doc["allowCommercialUse"] = commercial
    civitai.add(doc)
    result = scan("civitai:200@201", tmp_path)
    assert result.terms.get("commercial_use") == expected
    if expected == "restricted":  # anything beyond what is listed needs the creator's say
        assert "written-permission" in (result.terms.get("commercial_use_conditions") or [])


@pytest.mark.parametrize("allowed", [True, False])
def test_credit_and_a_different_license_on_derivatives_are_typed_with_evidence(
    civitai: FakeCivitai, tmp_path: Path, allowed: bool
) -> None:
    # a family the knowledge lacks: the permissions are the only terms read, none a record's
    doc = model(
        200, [version(201, 200, "Zephyrine 9")], no_credit=allowed, different_license=allowed
    )
    civitai.add(doc)
    result = scan("civitai:200@201", tmp_path)
    for term in ("attribution_required", "downstream_propagation"):
        files = {e.file for e in result.term_evidence.get(term, ())}
        assert (PERMISSIONS in files) is not allowed, term
        if not allowed:
            assert result.terms.get(term) is True


def test_a_version_is_pinned_and_unpinned_is_the_latest_published(
    civitai: FakeCivitai, tmp_path: Path
) -> None:
    old = version(401, 400, "SD 1.5", name="v1", published="2024-03-01T00:00:00.000Z")
    new = version(402, 400, "Flux.1 D", name="v2", published="2025-06-01T00:00:00.000Z")
    civitai.add(model(400, [old, new]))
    pinned = snapshot_of("civitai:400@401", tmp_path)
    assert (pinned.revision, pinned.resolved_sha) == ("401", "401")
    assert pinned.card is not None
    assert pinned.card.metadata["base_model"] == "stable-diffusion-v1-5/stable-diffusion-v1-5"
    latest = snapshot_of("civitai:400", tmp_path)
    assert (latest.revision, latest.resolved_sha) == (None, "402")
    assert latest.card is not None
    assert latest.card.metadata["base_model"] == "black-forest-labs/FLUX.1-dev"


def test_a_version_of_another_model_is_a_clear_error(civitai: FakeCivitai, tmp_path: Path) -> None:
    civitai.add(model(500, [version(501, 500, "SD 1.5")]))
    civitai.add(model(600, [version(601, 600, "SD 1.5")]))
    with pytest.raises(TargetError) as caught:
        snapshot_of("civitai:500@601", tmp_path)
    assert caught.value.code == "target-invalid"
    assert "model 600" in caught.value.message and "civitai:600@601" in (caught.value.hint or "")
    with pytest.raises(TargetError) as missing:
        snapshot_of("civitai:500@999", tmp_path)
    assert missing.value.code == "source-revision-not-found"


def test_offline_reads_the_cache_pinned_or_the_last_version_read(
    civitai: FakeCivitai, tmp_path: Path
) -> None:
    civitai.add(model(700, [version(701, 700, "Flux.1 D")], commercial=["Sell"]))
    online = snapshot_of("civitai:700", tmp_path)
    asked = len(civitai.seen())
    pinned = snapshot_of("civitai:700@701", tmp_path, offline=True)
    unpinned = snapshot_of("civitai:700", tmp_path, offline=True)
    assert len(civitai.seen()) == asked  # offline: no request
    for offline in (pinned, unpinned):
        assert offline.resolved_sha == online.resolved_sha == "701"
        assert [f.text for f in offline.license_files] == [f.text for f in online.license_files]
        (note,) = [f for f in offline.findings if f.rule == "source-offline-cache"]
    assert "last version cached" in note.message
    with pytest.raises(TargetError) as caught:
        snapshot_of("civitai:702", tmp_path, offline=True)
    assert caught.value.code == "source-not-cached"


def test_offline_through_the_cli_judges_the_cached_version(civitai: FakeCivitai) -> None:
    civitai.add(model(123, [version(456, 123, "Flux.1 D")], commercial=["Sell"]))
    assert cli("civitai:123@456", "--distribution", "saas")[0] == 1
    civitai.fail(".", 500)  # the API is gone: the cache answers
    code, result, _ = cli("civitai:123@456", "--distribution", "saas", "--offline")
    assert code == 1
    assert result["lineage"][0]["license"]["id"] == FLUX_DEV
    assert "source-offline-cache" in rules(result)


def test_an_unknown_base_model_family_leaves_lineage_unresolved(civitai: FakeCivitai) -> None:
    civitai.add(model(800, [version(801, 800, "Zephyrine 9")], commercial=["Sell"]))
    code, result, _ = cli("civitai:800", "--distribution", "saas")
    assert code != 0
    assert result["verdict"] != "pass"
    (step,) = result["lineage"]
    assert step["resolved_by"] == "unresolved"
    assert "Zephyrine 9" in step["ref"]
    unresolved = [f for f in result["findings"] if f["rule"].startswith("lineage-")]
    assert unresolved and "Zephyrine 9" in unresolved[0]["message"]
    assert "license-unidentified" in rules(result)  # nothing known binds it: fail closed


def test_each_file_keeps_civitai_scans_as_provenance(civitai: FakeCivitai, tmp_path: Path) -> None:
    files = [
        lora_file("style.safetensors"),
        lora_file("style.ckpt", pickle="Danger", virus="Success", sha256="CD" * 32),
        lora_file("../escape.bin"),
    ]
    civitai.add(model(900, [version(901, 900, "SD 1.5", files=files)]))
    snapshot = snapshot_of("civitai:900", tmp_path)
    scans = {
        key.removeprefix(SCAN_PREFIX): json.loads(value)
        for key, value in snapshot.provenance.items()
        if key.startswith(SCAN_PREFIX)
    }
    assert set(scans) == {"style.safetensors", "style.ckpt"}
    assert scans["style.ckpt"]["pickleScanResult"] == "Danger"
    assert scans["style.ckpt"]["sha256"] == "cd" * 32
    assert scans["style.safetensors"]["virusScanResult"] == "Success"
    assert "source-unsafe-path" in {f.rule for f in snapshot.findings}


def test_a_file_civitai_flagged_is_an_unsafe_artefact_naming_it(civitai: FakeCivitai) -> None:
    # Civitai's pickle scan reported a dangerous import in the .ckpt: the default policy warns
    # and names the file; the clean .safetensors beside it is listed safe
    files = [
        lora_file("style.safetensors"),
        lora_file("style.ckpt", pickle="Danger", virus="Success"),
    ]
    civitai.add(model(910, [version(911, 910, "SD 1.5", files=files)]))
    code, result, _ = cli("civitai:910@911", "--distribution", "saas")
    artefacts = result["artefacts"]
    assert artefacts["scan_status"] == "unsafe"
    statuses = {f["path"]: f["status"] for f in artefacts["files"]}
    assert statuses == {"style.ckpt": "unsafe", "style.safetensors": "safe"}
    (flagged,) = [f for f in result["findings"] if f["rule"] == "artefact-unsafe"]
    assert flagged["severity"] == "warn" and "style.ckpt" in flagged["message"]
    assert code == 0  # a warning: the license passes


def test_a_license_the_description_links_is_read_as_card_prose(
    civitai: FakeCivitai, tmp_path: Path
) -> None:
    text = (
        "<h2>License</h2><p>This model is licensed under the "
        '<a href="https://creativecommons.org/licenses/by-nc/4.0/">CC BY-NC 4.0</a>.</p>'
    )
    civitai.add(model(950, [version(951, 950, "Flux.1 S")], description=text))
    result = scan("civitai:950", tmp_path)
    assert result.terms.get("commercial_use") == "prohibited"


# --- hostile answers ------------------------------------------------------------------------


def test_an_unknown_model_is_a_missing_repo(civitai: FakeCivitai, tmp_path: Path) -> None:
    with pytest.raises(TargetError) as caught:
        snapshot_of("civitai:4242", tmp_path)
    assert caught.value.code == "source-repo-not-found"


def test_a_refused_token_asks_for_one_and_a_token_is_sent_and_never_shown(
    civitai: FakeCivitai, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    civitai.add(model(123, [version(456, 123, "Flux.1 D")]))
    civitai.require_token("s3cret-civitai-token")
    with pytest.raises(TargetError) as caught:
        snapshot_of("civitai:123", tmp_path)
    assert caught.value.code == "source-gated-no-access"
    assert "CIVITAI_API_TOKEN" in (caught.value.hint or "")
    monkeypatch.setenv("CIVITAI_API_TOKEN", "s3cret-civitai-token")
    assert snapshot_of("civitai:123", tmp_path).resolved_sha == "456"
    assert civitai.seen()[-1].authorization == "Bearer s3cret-civitai-token"
    civitai.fail("/models/", 502)
    _, result, output = cli("civitai:123", "--distribution", "saas")
    assert result["verdict"] == "error"
    assert "s3cret" not in output


def test_a_redirect_to_another_host_is_refused(civitai: FakeCivitai, tmp_path: Path) -> None:
    civitai.add(model(123, [version(456, 123, "Flux.1 D")]))
    civitai.fail("/models/123$", 302, location="http://localhost:9/api/v1/models/123")
    with pytest.raises(SourceError) as caught:
        snapshot_of("civitai:123", tmp_path)
    assert caught.value.code == "source-http-error" and "redirected" in caught.value.message
    assert len(civitai.seen()) == 1


def test_a_huge_answer_is_refused_at_the_cap(
    civitai: FakeCivitai, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(civitai_api, "MAX_MODEL_BYTES", 64 * 1024)
    civitai.answer("/models/123$", b'{"id": 123, "pad": "' + b"x" * 200_000 + b'"}')
    with pytest.raises(SourceError) as caught:
        snapshot_of("civitai:123", tmp_path)
    assert caught.value.code == "source-limit-reached"


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda d: d.pop("allowCommercialUse"), "allowCommercialUse"),
        (lambda d: d.update(allowCommercialUse=["Everything"]), "allowCommercialUse"),
        (lambda d: d.update(allowNoCredit="yes"), "allowNoCredit"),
        (lambda d: d.pop("allowDerivatives"), "allowDerivatives"),
        (lambda d: d.update(modelVersions="v1"), "modelVersions"),
        (lambda d: d["modelVersions"][0].update(id="456"), "modelVersions[0].id"),
        (lambda d: d["modelVersions"][0].update(files=[7]), "files[0]"),
        (lambda d: d.update(id=True), "id"),
    ],
)
def test_an_answer_not_of_the_documented_shape_is_refused_naming_the_field(
    civitai: FakeCivitai, tmp_path: Path, change: Any, named: str
) -> None:
    doc = model(123, [version(456, 123, "Flux.1 D")])
    change(doc)
    civitai.answer("/models/123$", json.dumps(doc).encode())
    with pytest.raises(SourceError) as caught:
        snapshot_of("civitai:123", tmp_path)
    assert caught.value.code == "source-http-error"
    assert named in caught.value.message


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b'"a string"', b"{}"])
def test_an_answer_that_is_not_a_model_is_refused(
    civitai: FakeCivitai, tmp_path: Path, body: bytes
) -> None:
    civitai.answer("/models/123$", body)
    with pytest.raises(SourceError) as caught:
        snapshot_of("civitai:123", tmp_path)
    assert caught.value.code == "source-http-error"


def test_the_model_audited_is_the_one_named(civitai: FakeCivitai, tmp_path: Path) -> None:
    civitai.answer("/models/123$", json.dumps(model(9, [version(10, 9, "SD 1.5")])).encode())
    with pytest.raises(SourceError) as caught:
        snapshot_of("civitai:123", tmp_path)
    assert "answered model 9" in caught.value.message


def test_a_failed_fetch_through_the_cli_fails_closed(civitai: FakeCivitai) -> None:
    civitai.fail("/models/", 503)
    code, result, _ = cli("civitai:123", "--distribution", "saas")
    assert code == 3 and result["verdict"] == "error"


def test_a_target_not_parsed_from_text_still_reads(civitai: FakeCivitai, tmp_path: Path) -> None:
    civitai.add(model(123, [version(456, 123, "SD 1.5")]))
    target = Target(text="civitai:123", kind=SourceKind.CIVITAI, location="123")
    assert fetch_civitai_snapshot(target, hub(tmp_path)).resolved_sha == "456"
