"""Lineage over the edge list, with known answers: chains, merges, cycles, missing parents."""

from __future__ import annotations

from typing import Any

import pandas as pd

from auditor.census.lineage_table import build_tables, dedupe_models
from auditor.census.partition import parse_partition
from auditor.knowledge.known_models import KnownModels
from tests.census.conftest import card, hub_parents

NO_REGISTRY = KnownModels.of([])


def _census(
    rows: list[dict[str, Any]], registry: KnownModels | None = NO_REGISTRY
) -> tuple[dict[str, dict[str, Any]], dict[str, list[tuple[str, str]]]]:
    frame = pd.DataFrame({k: [r.get(k) for r in rows] for k in ("id", "cardData", "baseModels")})
    models = dedupe_models(parse_partition(frame))
    _, lineage, findings = build_tables("s", models, registry=registry)
    table = pd.DataFrame(lineage).to_dict("records")
    by_id = {r["id"]: r for r in table}
    found: dict[str, list[tuple[str, str]]] = {}
    for ref, rule, message in zip(
        findings["id"], findings["rule"], findings["message"], strict=True
    ):
        found.setdefault(ref, []).append((rule, message))
    return by_id, found


def test_a_chain_carries_the_root_license_to_every_descendant() -> None:
    lineage, findings = _census(
        [
            {"id": "lab/root", "cardData": card(license="cc-by-nc-4.0")},
            {"id": "a/ft", "cardData": card(license="apache-2.0", base_model="lab/root")},
            {"id": "b/ft2", "cardData": card(license="cc-by-nc-4.0", base_model="a/ft")},
            {
                "id": "c/ft3",
                "cardData": card(license="mit"),
                "baseModels": hub_parents("quantized", "b/ft2"),
            },
            {"id": "d/ft4", "cardData": card(license="mit", base_model="a/ft")},
        ]
    )
    assert lineage["c/ft3"]["effective_kind"] == "non-commercial"
    assert lineage["c/ft3"]["root"] == "lab/root" and lineage["c/ft3"]["depth"] == 3
    assert lineage["a/ft"]["contradicts_base"] and lineage["c/ft3"]["contradicts_base"]
    assert not lineage["b/ft2"]["contradicts_base"]  # carries the root's license
    ((rule, message),) = findings["c/ft3"]
    assert rule == "lineage-license-mismatch"
    assert "a quantized copy of b/ft2" in message  # the nearest ancestor under that license
    assert "lab/root (through a/ft)" in findings["d/ft4"][0][1]
    assert lineage["lab/root"]["effective_id"] == "CC-BY-NC-4.0"


def test_a_permissive_base_does_not_bind_but_a_copyleft_one_does() -> None:
    lineage, findings = _census(
        [
            {"id": "lab/free", "cardData": card(license="apache-2.0")},
            {"id": "lab/gpl", "cardData": card(license="gpl-3.0")},
            {"id": "x/relicensed", "cardData": card(license="mit", base_model="lab/free")},
            {"id": "x/closed", "cardData": card(license="mit", base_model="lab/gpl")},
        ]
    )
    assert not lineage["x/relicensed"]["mismatch"] and "x/relicensed" not in findings
    assert lineage["x/closed"]["contradicts_base"]
    assert lineage["x/closed"]["effective_kind"] == "copyleft-oss"


def test_a_merge_binds_to_the_most_restrictive_parent() -> None:
    lineage, _ = _census(
        [
            {"id": "p/one", "cardData": card(license="llama3.1")},
            {"id": "p/two", "cardData": card(license="cc-by-nc-4.0")},
            {"id": "p/three", "cardData": card(license="mit")},
            {
                "id": "m/merged",
                "cardData": card(license="apache-2.0"),
                "baseModels": hub_parents("merge", "p/one", "p/two", "p/three"),
            },
        ]
    )
    merged = lineage["m/merged"]
    assert merged["effective_kind"] == "non-commercial"
    assert set(str(merged["binding_ids"]).split(";")) == {
        "LicenseRef-llama-3.1-community",
        "CC-BY-NC-4.0",
    }


def test_a_cycle_is_reported_and_resolved_once() -> None:
    lineage, findings = _census(
        [
            {"id": "c/a", "cardData": card(license="cc-by-nc-4.0", base_model="c/b")},
            {"id": "c/b", "cardData": card(license="mit", base_model="c/a")},
            {"id": "c/child", "cardData": card(license="mit", base_model="c/b")},
            {"id": "c/self", "cardData": card(license="mit", base_model="c/self")},
        ]
    )
    for ref in ("c/a", "c/b", "c/child"):
        assert lineage[ref]["cycle"], ref
        assert any(rule == "lineage-cycle" for rule, _ in findings[ref])
    assert lineage["c/self"]["cycle"]
    # c/b sits under c/a's non-commercial license through the cycle; so does c/child.
    assert lineage["c/b"]["contradicts_base"] and lineage["c/child"]["contradicts_base"]


def test_a_missing_parent_is_unresolved_and_named() -> None:
    lineage, findings = _census(
        [
            {"id": "o/mid", "cardData": card(license="mit", base_model="gone/base")},
            {"id": "o/leaf", "cardData": card(license="mit", base_model="o/mid")},
        ]
    )
    assert lineage["o/leaf"]["unresolved"] == 1
    ((rule, message),) = findings["o/leaf"]
    assert rule == "lineage-parent-unresolved"
    assert "gone/base (declared by o/mid)" in message


def test_no_license_is_a_mismatch_like_scan_says() -> None:
    lineage, findings = _census([{"id": "n/none", "cardData": card(pipeline_tag="x")}])
    # the mismatch column counts a missing license as the corpus labels do; scan reports it
    # as `license-missing` (a license rule), and lineage has nothing to say with no parent
    assert lineage["n/none"]["mismatch"]
    assert "n/none" not in findings


def test_no_license_over_a_known_parent_names_it_like_scan_says() -> None:
    rows = [
        {"id": "o/base", "cardData": card(license="cc-by-nc-4.0")},
        {"id": "n/child", "cardData": card(base_model="o/base")},
    ]
    lineage, findings = _census(rows)
    assert lineage["n/child"]["mismatch"]
    ((rule, message),) = findings["n/child"]
    assert rule == "lineage-license-mismatch" and "declares no license" in message


def test_the_known_models_registry_resolves_parents_outside_the_snapshot() -> None:
    lineage, findings = _census(
        [
            {
                "id": "q/llama-ft",
                "cardData": card(license="apache-2.0", base_model="meta-llama/Llama-3.1-8B"),
            }
        ],
        registry=None,
    )
    assert lineage["q/llama-ft"]["contradicts_base"]
    assert lineage["q/llama-ft"]["effective_hf"] == "llama3.1"
    assert [rule for rule, _ in findings["q/llama-ft"]] == ["lineage-license-mismatch"]


def test_duplicate_rows_keep_the_latest() -> None:
    frame = pd.DataFrame(
        {
            "id": ["d/m", "D/M"],
            "cardData": [card(license="mit"), card(license="cc-by-nc-4.0")],
            "lastModified": ["2026-01-01", "2026-02-01"],
        }
    )
    models = dedupe_models(parse_partition(frame))
    assert models["license_id"].tolist() == ["CC-BY-NC-4.0"]


def test_the_indexed_registry_answers_like_the_registry() -> None:
    from auditor.census.registry import registry_index
    from auditor.knowledge.known_models import load_known_models

    registry = load_known_models()
    lookup = registry_index(registry)
    refs = [e.pattern.replace("*", "x").replace("?", "y") for e in registry.entries]
    refs += ["meta-llama/Llama-3.1-8B", "Someone/llama-3-ft", "no-slash", "a/b/c", "org/model@main"]
    for ref in refs:
        assert lookup(ref) == registry.lookup(ref), ref


def test_the_census_registry_lookup_answers_like_the_registry() -> None:
    """`registry_lookup` skips repos whose organisation no pattern names, without asking:
    its answers stay the registry's as lineage asks it (a Hub URL read as its repo id), for
    ids, URLs, revisions and odd spellings, in any order."""
    from auditor.census.registry import registry_lookup, registry_orgs
    from auditor.knowledge.known_models import load_known_models
    from auditor.knowledge.license_db import load_license_db
    from auditor.licenses.declared import match_from_record
    from auditor.lineage.ancestors import REGISTRY_CONFIDENCE, strip_hub_url

    registry, db = load_known_models(), load_license_db()
    assert registry_orgs(registry)  # the bundled registry names its organisations
    known = registry_lookup(registry, db)
    refs = [e.pattern.replace("*", "x").replace("?", "y") for e in registry.entries]
    refs += [f"https://huggingface.co/{r}" for r in refs[:20]] + [r.upper() for r in refs[:20]]
    refs += ["meta-llama/Llama-3.1-8B@main", "hf.co/meta-llama/Llama-3.1-8B", "/meta-llama/x/"]
    refs += ["someone/llama-3-ft", "no-slash", "a/b/c", "", "org/model@main"]
    backwards = registry_lookup(registry, db)  # URL first or id first: the same answers
    for ask, order in ((known, refs), (backwards, list(reversed(refs)))):
        for ref in order:
            entry = registry.lookup(strip_hub_url(ref))
            record = db.get(entry.license) if entry is not None else None
            expected = (
                match_from_record(record, method="known-model", confidence=REGISTRY_CONFIDENCE)
                if record is not None
                else None
            )
            assert ask(ref) == expected, ref


def test_edges_say_where_each_parent_was_found() -> None:
    """Each parent edge as written and by key, its relation and source, and how it resolved:
    in the snapshot (whatever the case or URL it was written with), in the registry (not
    followed), or nowhere."""
    rows: list[dict[str, Any]] = [
        {"id": "a/base", "cardData": card(license="mit")},
        {
            "id": "b/ft",
            "cardData": card(license="mit", base_model="meta-llama/Llama-3.1-8B"),
            "baseModels": hub_parents("finetune", "A/Base", "gone/x"),
        },
        {
            "id": "c/q",
            "cardData": card(
                license="mit",
                base_model="https://huggingface.co/b/ft",
                base_model_relation="quantized",
            ),
        },
    ]
    frame = pd.DataFrame({k: [r.get(k) for r in rows] for k in ("id", "cardData", "baseModels")})
    edges, _, _ = build_tables("s", dedupe_models(parse_partition(frame)))
    found = list(zip(*(edges[c] for c in list(edges)[1:]), strict=True))
    assert found == [
        ("b/ft", "A/Base", "a/base", "finetune", "baseModels", "snapshot"),
        ("b/ft", "gone/x", "gone/x", "finetune", "baseModels", "none"),
        ("b/ft", "meta-llama/Llama-3.1-8B", "meta-llama/llama-3.1-8b", None, "card", "registry"),
        ("c/q", "b/ft", "b/ft", "quantized", "card", "snapshot"),
    ]
    assert set(edges["snapshot"]) == {"s"}
