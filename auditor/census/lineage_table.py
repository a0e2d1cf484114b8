"""The driver's half: the models of one snapshot -> edges, lineage and findings tables."""

from __future__ import annotations

import fnmatch
import json
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from auditor.census.graph import EMPTY, Graph, resolve_graph
from auditor.census.partition import declared_of
from auditor.census.verdicts import Verdict, judge_model, license_words
from auditor.knowledge.known_models import (
    KnownModel,
    KnownModels,
    load_known_models,
    normalize_repo_id,
)
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.licenses.declared import match_from_record
from auditor.lineage.ancestors import REGISTRY_CONFIDENCE, repo_key
from auditor.model import LicenseMatch
from auditor.model.kinds import parse_kind

EDGE_COLUMNS = ("snapshot", "child", "parent", "parent_key", "relation", "source", "resolved_by")
LINEAGE_COLUMNS = (
    "snapshot",
    "id",
    "key",
    "downloads",
    "declared_license",
    "license_id",
    "license_kind",
    "effective_id",
    "effective_name",
    "effective_kind",
    "effective_hf",
    "binding_ids",
    "root",
    "depth",
    "cycle",
    "unresolved",
    "mismatch",
    "contradicts_base",
    "parent_in_text",
)
FINDING_COLUMNS = ("snapshot", "id", "rule", "category", "severity", "message", "remediation")


def dedupe_models(models: Any) -> Any:
    """One row per repo (the most recently modified), sorted by key: the order every later
    step follows, whatever the partitioning was."""
    ordered = models.sort_values(
        ["key", "last_modified", "id"], ascending=[True, False, True], na_position="last"
    )
    return ordered.drop_duplicates("key", keep="first").reset_index(drop=True)


def build_tables(
    snapshot: str,
    models: Any,
    db: LicenseDB | None = None,
    registry: KnownModels | None = None,
) -> tuple[dict[str, list[Any]], dict[str, list[Any]], dict[str, list[Any]]]:
    """(edges, lineage, findings) as column lists, from deduplicated, sorted models."""
    db = db if db is not None else load_license_db()
    registry = registry if registry is not None else load_known_models()
    known = _registry_lookup(registry, db)
    refs = models["id"].tolist()
    keys = models["key"].tolist()
    own = [
        _match(*row)
        for row in zip(
            models["license_id"].tolist(),
            models["license_label"].tolist(),
            models["license_kind"].tolist(),
            models["license_hf"].tolist(),
            models["license_method"].tolist(),
            strict=True,
        )
    ]
    parents = [_parents(text) for text in models["parents"].tolist()]
    graph = Graph(keys, refs, own, parents, known)
    resolved = resolve_graph(graph)
    in_snapshot = set(keys)

    edges: dict[str, list[Any]] = {name: [] for name in EDGE_COLUMNS}
    for ref, ps, text in zip(refs, parents, models["parents"].tolist(), strict=True):
        sources = [p[2] for p in json.loads(text)] if isinstance(text, str) else []
        for (key, parent, relation), source in zip(ps, sources, strict=True):
            by = "registry" if known(parent) else "snapshot" if key in in_snapshot else "none"
            for name, value in zip(
                EDGE_COLUMNS, (snapshot, ref, parent, key, relation, source, by), strict=True
            ):
                edges[name].append(value)

    lineage: dict[str, list[Any]] = {name: [] for name in LINEAGE_COLUMNS}
    findings: dict[str, list[Any]] = {name: [] for name in FINDING_COLUMNS}
    lone: dict[tuple[str | None, ...], Verdict] = {}
    rows = zip(
        refs,
        keys,
        models["downloads"].tolist(),
        models["declared_license"].tolist(),
        models["declared_tags"].tolist(),
        models["license_name"].tolist(),
        models["license_link"].tolist(),
        own,
        resolved,
        models["card_findings"].tolist(),
        strict=True,
    )
    for ref, key, downloads, tag, tags_json, name, link, match, lineage_of, stated in rows:
        in_text = json.loads(stated) if isinstance(stated, str) else []
        own_registry = known(ref)
        alone = lineage_of == EMPTY and own_registry is None
        if alone and match is not None and match.id:
            verdict = Verdict(match, (), ())  # no ancestor, a specific license: nothing to say
        elif alone:  # no ancestor: the verdict depends on the declared fields alone
            fields = (_str(tag), _str(tags_json), _str(name), _str(link))
            if fields not in lone:
                declared = declared_of(*fields)
                lone[fields] = judge_model(ref, declared, match, None, EMPTY, db)
            verdict = lone[fields]
        else:
            declared = declared_of(_str(tag), _str(tags_json), name, link)
            verdict = judge_model(ref, declared, match, own_registry, lineage_of, db)
        effective = license_words(verdict.effective)
        values = (
            snapshot,
            ref,
            key,
            _int(downloads),
            _str(tag),
            match.id if match else None,
            str(match.kind) if match and match.kind else None,
            *effective,
            ";".join(a.license.id or "" for a in verdict.binding if a.license) or None,
            lineage_of.root,
            lineage_of.depth,
            bool(lineage_of.cycle),
            len(lineage_of.unresolved),
            verdict.mismatch,
            verdict.contradicts_base,
            bool(in_text),
        )
        for column, value in zip(LINEAGE_COLUMNS, values, strict=True):
            lineage[column].append(value)
        found = [
            (f.rule, str(f.category), str(f.severity), f.message, f.remediation)
            for f in verdict.findings
        ]
        for row in [*found, *map(tuple, in_text)]:
            for column, value in zip(FINDING_COLUMNS, (snapshot, ref, *row), strict=True):
                findings[column].append(value)
    return edges, lineage, findings


def registry_index(registry: KnownModels) -> Callable[[str], KnownModel | None]:
    """`registry.lookup` (the first entry in file order whose pattern matches), with the
    patterns indexed by their literal organisation: a few candidates per repo, not all."""
    by_org: dict[str, list[int]] = {}
    anywhere: list[int] = []
    compiled = [re.compile(fnmatch.translate(e.pattern)) for e in registry.entries]
    for i, entry in enumerate(registry.entries):
        literal = re.split(r"[*?\[]", entry.pattern, maxsplit=1)[0]
        if "/" in literal:
            by_org.setdefault(literal.split("/", 1)[0], []).append(i)
        else:
            anywhere.append(i)

    def lookup(ref: str) -> KnownModel | None:
        key = normalize_repo_id(ref)
        if key is None:
            return None
        for i in sorted([*by_org.get(key.split("/", 1)[0], ()), *anywhere]):
            if compiled[i].match(key):
                found: KnownModel = registry.entries[i]
                return found
        return None

    return lookup


def _registry_lookup(registry: KnownModels, db: LicenseDB) -> Callable[[str], LicenseMatch | None]:
    cached: dict[str, LicenseMatch | None] = {}
    lookup = registry_index(registry)

    def known(ref: str) -> LicenseMatch | None:
        key = repo_key(ref)
        if key not in cached:
            entry = lookup(ref)
            record = db.get(entry.license) if entry is not None else None
            cached[key] = (
                match_from_record(record, method="known-model", confidence=REGISTRY_CONFIDENCE)
                if record is not None
                else None
            )
        return cached[key]

    return known


@cache
def _match(
    license_id: object, name: object, kind: object, hf: object, method: object
) -> LicenseMatch | None:
    if not isinstance(license_id, str) and not isinstance(name, str):
        return None
    return LicenseMatch(
        id=_str(license_id),
        name=_str(name),
        spdx=None,
        scancode=None,
        hf=_str(hf),
        kind=parse_kind(_str(kind)),
        confidence=0.8,
        method=_str(method) or "declared-tag",
    )


def _parents(text: object) -> list[tuple[str, str, str | None]]:
    if not isinstance(text, str):
        return []
    return [(repo_key(ref), ref, relation) for ref, relation, _ in json.loads(text)]


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None
