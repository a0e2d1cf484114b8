"""The datasets a model's evidence states, one TrainingDataEntry each: the analysis step's
answer (`resolved_by: "stated"`), which resolution (pipeline/datasets.py) then looks up. Pure.

Where a dataset is stated, most sure first:
- the card's `datasets:` key (a string or a list), `card-metadata`, confidence 1.0, role
  `training`, unless the card's own words say that very dataset served only for evaluation
  ("X was used only for evaluation"): then `evaluation`;
- a dataset card's `source_datasets:` (`original` skipped, `extended|name` read as `name`),
  `data-card`, role `source`;
- a GGUF header's `general.dataset.N.*` keys (llama.cpp's converter writes them from the card's
  `datasets:`; `general.datasets.N.*` read too), `gguf-header`, role `training`;
- a training configuration's or launch script's dataset keys (`datasets: - path: org/name`,
  `dataset_name:`, `--dataset_name`; stated_configs.py), `training-config`, role `training`
  (`test_datasets:`, `validation_file:` `evaluation`);
- the card's sentences and sections (stated_prose.py) and tables (stated_tables.py), below 1;
  a table's License cell, or the license a sentence states for the dataset it names
  (stated_license.py: "X, which its authors release under CC BY-NC 4.0"), becomes the entry's
  `license` (id None: named, not yet identified); research-only or non-commercial terms a
  sentence states for it, or the sentences after it that refer back to it (stated_terms.py:
  "X: 12,000 questions. Its terms allow academic research only."), set `research_only` and
  `commercial_use` (kept, as the stricter, whatever resolution reads);
- a model card's training sentence naming no dataset, only the models that generated the data
  (stated_generated.py): an entry named by that description (`unnamed data generated with
  Claude 3.5 Sonnet`), `resolved_by: "described"` (nothing to look up), with its generators
  and the providers whose output terms apply.
One entry per dataset: statements of the same Hub id, or of a name that is the id's name
(`FineWeb-Edu`, `HuggingFaceFW/fineweb-edu`), or the id's name less its language or subset
(`LAION-2B`, `laion/laion2B-en`), are merged: the strongest role (training >
fine-tuning > source > evaluation > mentioned), every place it is stated, the highest
confidence of the statements giving that role. At most MAX_ENTRIES datasets a model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.known_datasets import KnownDatasets, load_known_datasets
from auditor.lineage.dataset_info_s38lineage import dataset_aliases
from auditor.model import SourceKind, SourceSnapshot
from auditor.model.lineage import StatedEvidence
from auditor.model.training import TrainingDataEntry
from auditor.training.stated_configs import config_statements
from auditor.training.stated_prose import QUOTE_LIMIT, Statement, prose_statements
from auditor.training.stated_refs import name_key, normalise_ref, without_subset
from auditor.training.stated_tables import table_statements

MAX_ENTRIES = 256
MAX_EVIDENCE = 8
"""Places kept per dataset: enough to show it is stated more than once."""
MAX_STATEMENTS = 4_096
"""Statements read from one card before the rest is left unread (a list card, a hostile one)."""
MAX_BODY_LINES = 50_000
METADATA_CONFIDENCE = 1.0
GGUF_URL_CONFIDENCE = 1.0
GGUF_NAME_CONFIDENCE = 0.9  # a header naming a dataset without its repo URL
GGUF_ORIGIN = "GGUF header"

_RANK = {"training": 5, "fine-tuning": 4, "source": 3, "evaluation": 2, "mentioned": 1}
_GGUF_KEY = lazy_pattern(r"general\.datasets?\.(\d{1,4})\.(name|organization|repo_url|url|version)")


def snapshot_datasets(snapshot: SourceSnapshot) -> tuple[TrainingDataEntry, ...]:
    """The datasets a snapshot's card and GGUF header state (analysis's `training_data`)."""
    card = snapshot.card
    gguf = snapshot.gguf_metadata if isinstance(snapshot.gguf_metadata, Mapping) else None
    return stated_datasets(
        card.metadata if card is not None else None,
        key_lines=card.key_lines if card is not None else None,
        body=card.body if card is not None else None,
        body_line=card.body_line if card is not None else 1,
        card_file=snapshot.card_path or "README.md",
        gguf=gguf,
        gguf_file=_gguf_file(snapshot.files),
        is_dataset=snapshot.target.kind is SourceKind.HUB_DATASET,
        configs=snapshot.parent_configs,
    )


def stated_datasets(
    metadata: Mapping[str, object] | None,
    *,
    key_lines: Mapping[str, int] | None = None,
    body: str | None = None,
    body_line: int = 1,
    card_file: str = "README.md",
    gguf: Mapping[str, object] | None = None,
    gguf_file: str = GGUF_ORIGIN,
    is_dataset: bool = False,
    registry: KnownDatasets | None = None,
    configs: Sequence[tuple[str, str]] = (),
) -> tuple[TrainingDataEntry, ...]:
    """Every dataset the card's metadata, body, the GGUF header and the repo's training
    configurations and launch scripts (`configs`: (path, text), stated_configs.py) state, one
    entry each, in the order first stated. `is_dataset`: the card is a dataset's own (its
    `datasets:` key, rare there, is then read as what it is built from). `registry` (default:
    the bundled one) names the models that generate data and their providers, for a model
    card's sentences."""
    statements: list[Statement] = []
    lines_of = key_lines or {}
    if metadata:
        statements.extend(_metadata_statements(metadata, lines_of, card_file, is_dataset))
    if gguf:
        statements.extend(_gguf_statements(gguf, gguf_file))
    if not is_dataset:
        aliases = dataset_aliases(configs)  # LLaMA-Factory's dataset_info.json names
        for path, text in configs:
            statements.extend(config_statements(path, text, aliases))
    if body:
        lines = body.splitlines()[:MAX_BODY_LINES]
        for found in (
            prose_statements(
                lines, body_line, card_file, None if is_dataset else registry or _registry()
            ),
            _tables(body, lines, body_line, card_file),
        ):
            for statement in found:
                statements.append(statement)
                if len(statements) >= MAX_STATEMENTS:
                    break
    return _merged(statements, card_file, registry)


def _registry() -> KnownDatasets:
    return load_known_datasets()


def _tables(body: str, lines: list[str], body_line: int, card_file: str) -> Iterator[Statement]:
    return table_statements(lines, body_line, card_file) if "|" in body else iter(())


# --- metadata -------------------------------------------------------------------------------


def _metadata_statements(
    metadata: Mapping[str, object], key_lines: Mapping[str, int], card_file: str, is_dataset: bool
) -> Iterator[Statement]:
    role, method = ("source", "data-card") if is_dataset else ("training", "card-metadata")
    for key, values in _listed(metadata, key_lines, "datasets"):
        for value, line in values:
            ref, hub_id = normalise_ref(value)
            if ref:
                quote = _trim(f"{key}: {value}")
                yield Statement(ref, hub_id, role, method, METADATA_CONFIDENCE, line or 0, quote)
    for key, values in _listed(metadata, key_lines, "source_datasets"):
        for value, line in values:
            source = _source_dataset(value)
            if source:
                ref, hub_id = normalise_ref(source)
                quote = _trim(f"{key}: {value}")
                yield Statement(
                    ref, hub_id, "source", "data-card", METADATA_CONFIDENCE, line or 0, quote
                )


def _listed(
    metadata: Mapping[str, object], key_lines: Mapping[str, int], key: str
) -> Iterator[tuple[str, list[tuple[str, int | None]]]]:
    """The key's string values with the line of each: a block list puts item N on the key's
    line + 1 + N unless the next key starts sooner (a flow list `[a, b]` on the key's line)."""
    value = metadata.get(key)
    line = key_lines.get(key)
    if isinstance(value, str):
        yield key, [(value, line)]
        return
    if not isinstance(value, list):
        return
    items = [item.strip() for item in value[:MAX_ENTRIES] if isinstance(item, str) and item.strip()]
    later = [n for n in key_lines.values() if line is not None and n > line]
    block = line is not None and (not later or min(later) > line + len(value))
    yield (
        key,
        [
            (item, (line + 1 + number) if block and line is not None else line)
            for number, item in enumerate(items)
        ],
    )


def _source_dataset(value: str) -> str | None:
    """`original` is the dataset itself; `extended|other-name` and `extended|org/name` name
    what it extends (an `other-` name is not on the Hub)."""
    text = value.strip()
    if text.lower() in ("original", "", "unknown", "other"):
        return None
    if "|" in text:
        text = text.split("|", 1)[1].strip()
    return text.removeprefix("other-") or None


# --- GGUF header ----------------------------------------------------------------------------


def _gguf_statements(gguf: Mapping[str, object], file: str) -> Iterator[Statement]:
    entries: dict[tuple[str, int], dict[str, str]] = {}
    for key, value in gguf.items():
        found = _GGUF_KEY.fullmatch(key)
        if found is not None and isinstance(value, str) and value.strip():
            prefix = key.split(".")[1]
            entry = entries.setdefault((prefix, int(found.group(1))), {})
            entry[found.group(2)] = value.strip()[:500]
    for (prefix, index), entry in sorted(entries.items())[:MAX_ENTRIES]:
        url = entry.get("repo_url") or entry.get("url") or ""
        ref, hub_id = _gguf_repo(url)
        field, confidence = "repo_url" if "repo_url" in entry else "url", GGUF_URL_CONFIDENCE
        if hub_id is None:
            if "name" not in entry:
                continue
            ref, field, confidence = entry["name"], "name", GGUF_NAME_CONFIDENCE
        quote = _trim(f"general.{prefix}.{index}.{field}: {entry[field]}")
        yield Statement(ref, hub_id, "training", "gguf-header", confidence, 0, quote, file=file)
    listed = gguf.get("general.datasets")
    if isinstance(listed, list):
        for item in listed[:MAX_ENTRIES]:
            if isinstance(item, str) and item.strip():
                ref, hub_id = normalise_ref(item)
                quote = _trim(f"general.datasets: {item}")
                yield Statement(
                    ref, hub_id, "training", "gguf-header", GGUF_URL_CONFIDENCE, 0, quote, file=file
                )


def _gguf_repo(url: str) -> tuple[str, str | None]:
    """A Hub URL under a dataset key names a dataset repo even without `datasets/` (the
    converter writes `https://huggingface.co/org/name`)."""
    if not re.match(r"^(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/", url, re.I):
        return url, None
    ref, hub_id = normalise_ref(url)
    return ref, hub_id if hub_id is not None and ".." not in hub_id else None


def _gguf_file(files: Sequence[str]) -> str:
    name = next((f for f in files if f.lower().endswith(".gguf")), None)
    return f"{name} (GGUF header)" if name else GGUF_ORIGIN


# --- one entry per dataset ------------------------------------------------------------------


def _merged(
    statements: list[Statement], card_file: str, registry: KnownDatasets | None = None
) -> tuple[TrainingDataEntry, ...]:
    groups: dict[str, list[Statement]] = {}
    by_name: dict[str, str] = {}  # name_key of a Hub id -> its group key
    for statement in statements:
        key = _group_key(statement, by_name)
        if key not in groups and len(groups) >= MAX_ENTRIES:
            continue
        groups.setdefault(key, []).append(statement)
        if statement.hub_id is not None:
            by_name.setdefault(name_key(statement.hub_id), key)
            base = without_subset(statement.hub_id.rsplit("/", 1)[-1])
            if base is not None:  # `LAION-2B` names `laion/laion2B-en` too
                by_name.setdefault(name_key(base), key)
    # A name stated before its Hub id joins the id's group now.
    for key in [k for k in groups if not k.startswith("id:")]:
        target = by_name.get(key.removeprefix("name:"))
        if target is not None and target != key:
            groups[target].extend(groups.pop(key))
    return tuple(_entry(found, card_file, registry) for found in groups.values())


def _group_key(statement: Statement, by_name: dict[str, str]) -> str:
    if statement.hub_id is not None:
        return f"id:{statement.hub_id.lower()}"
    key = name_key(statement.ref) or statement.ref.lower()
    return by_name.get(key, f"name:{key}")


def _entry(
    found: list[Statement], card_file: str, registry: KnownDatasets | None = None
) -> TrainingDataEntry:
    role = _role(found)
    deciding = [s for s in found if s.role == role] or found
    best = max(deciding, key=lambda s: s.confidence)
    first = next((s for s in found if s.hub_id is not None), found[0])
    entry = TrainingDataEntry(
        ref=first.ref,
        hub_id=first.hub_id,
        role=role,
        method=best.method,
        confidence=best.confidence,
        stated=_evidence(found, card_file),
        resolved_by="stated",
    )
    generators: dict[str, str] = {}  # the first spelling of each name, whatever its case
    for name in (name for s in found for name in s.generated_with):
        generators.setdefault(name.lower(), name)
    if generators and first.hub_id is None:  # the card's description of data it generated
        known = registry or _registry()
        entry["resolved_by"] = "described"
        entry["generated_with"] = list(generators.values())
        providers = {known.provider_for_model(name) for name in generators.values()}
        entry["generated_terms"] = sorted(p for p in providers if p is not None)
    said = next((s for s in found if s.license), None)
    if said is not None:  # the card's own table or sentence names it, not yet identified
        entry["license"] = {"id": None, "name": said.license, "kind": None}
        where = StatedEvidence(file=said.file or card_file, line=said.line or None, text=said.quote)
        entry["license_evidence"] = [where]
    terms = [s for s in found if s.terms]
    if terms:  # research-only or non-commercial, as the card's sentences state for it
        research = [s for s in terms if s.terms == "research-only"]
        said = (research or terms)[0]
        where = StatedEvidence(file=said.file or card_file, line=said.line or None, text=said.quote)
        entry["commercial_use"] = "prohibited"
        entry["terms_evidence"] = {"commercial_use": [where]}
        if research:
            entry["research_only"] = True
            entry["terms_evidence"]["research_only"] = [where]
    return entry


def _role(found: list[Statement]) -> str:
    """The strongest role stated, except that metadata naming a dataset the card's words say
    served only for evaluation (and nothing else says trained it) makes it `evaluation`."""
    words = [s for s in found if s.method != "card-metadata"]
    if any(_RANK[s.role] >= _RANK["source"] for s in words):
        return max(found, key=lambda s: _RANK[s.role]).role
    if any(s.method == "card-metadata" for s in found):
        return "evaluation" if any(s.only_eval for s in words) else "training"
    return max(found, key=lambda s: _RANK[s.role]).role


def _evidence(found: list[Statement], card_file: str) -> list[StatedEvidence]:
    kept: list[StatedEvidence] = []
    seen: set[tuple[str | None, int | None, str]] = set()
    for statement in found:
        file = statement.file or card_file
        line = statement.line or None
        place = (file, line, statement.quote)
        if place in seen:
            continue
        seen.add(place)
        kept.append(StatedEvidence(file=file, line=line, text=statement.quote))
        if len(kept) >= MAX_EVIDENCE:
            break
    return kept


def _trim(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "\u2026"
