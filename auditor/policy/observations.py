"""Every observation the stages make, by id: its stage, category and what it means.

Sources, license identification, lineage, the provider catalog, waivers and the lockfile each
report what they see as a finding with one of these ids. The stages do not decide what
blocks: the policy does. The `default` preset states each observation's severity
(`observations:`), the one place it is written: the stages emit at that weight
(auditor/knowledge/observation_weights.py), every other preset inherits or changes it, and a
policy's `overrides` reach observations as they reach rules; waivers apply to both alike. A
test fails when an observation here is missing from the default preset.

Four observations are decided by policy rules over facts instead (`covered_by`): the rule takes
their place and their evidence, and the preset does not list them.

The module is longer than 400 lines because it is that one registry: a table of entries, each
a few lines, kept together so the ids are read in one place.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from types import MappingProxyType

from auditor.model import Category


@dataclass(frozen=True, slots=True)
class Observation:
    """One kind of observation a stage reports."""

    id: str
    stage: str  # sources, licenses, lineage, providers, waivers, lock
    category: Category
    summary: str
    covered_by: str | None = None  # the fact a policy rule judges instead of this observation


def _catalog(*entries: Observation) -> MappingProxyType[str, Observation]:
    return MappingProxyType({entry.id: entry for entry in entries})


def _source(id_: str, summary: str) -> Observation:
    return Observation(id_, "sources", Category.SOURCE, summary)


# A fetch that fails leaves the model unaudited (verdict `error`) whatever weight it gets.
_FETCH_FAILED = "the model's evidence could not be fetched: "

OBSERVATIONS = _catalog(
    # --- sources: the model could not be fetched at all ------------------------------------
    _source("source-unavailable", _FETCH_FAILED + "unknown reason"),
    _source("source-unreachable", _FETCH_FAILED + "the Hub could not be reached"),
    _source("source-http-error", _FETCH_FAILED + "the Hub answered with an error"),
    _source("source-redirect-loop", _FETCH_FAILED + "the Hub redirected in a loop"),
    _source("source-limit-reached", _FETCH_FAILED + "a bound on time, requests or bytes"),
    _source("source-repo-not-found", _FETCH_FAILED + "no such repository"),
    _source("source-repo-disabled", _FETCH_FAILED + "the repository is disabled"),
    _source("source-revision-not-found", _FETCH_FAILED + "no such revision"),
    _source("source-revision-mismatch", "the Hub answered a pinned commit with another one"),
    _source("source-digest-mismatch", _FETCH_FAILED + "content does not match its digest"),
    _source("source-file-not-found", _FETCH_FAILED + "a listed file is missing"),
    _source("source-gated-no-access", _FETCH_FAILED + "gated, and the token has no access"),
    _source("source-offline", _FETCH_FAILED + "offline, and the Hub is needed"),
    _source("source-not-cached", _FETCH_FAILED + "offline, and not in the local cache"),
    _source("source-path-not-found", _FETCH_FAILED + "no such local path"),
    _source("target-invalid", _FETCH_FAILED + "the reference names no model"),
    # --- sources: some evidence is missing or was not read ---------------------------------
    _source("source-file-unavailable", "a license-like file could not be downloaded"),
    _source("source-file-unreadable", "a local file could not be read"),
    _source("source-symlink-outside", "a symbolic link leaves the model folder; not read"),
    _source("source-too-many-files", "the folder holds more files than are read"),
    _source("source-unsafe-path", "a file name would leave the repository; ignored"),
    _source("source-gated", "the repository is gated; its terms were accepted"),
    _source("source-offline-cache", "answered from the local Hub cache (offline)"),
    _source("card-too-large", "the model card is larger than the cap; not read"),
    _source("card-unreadable", "the model card is not text; not read"),
    _source("card-encoding", "the model card is not valid UTF-8; read with replacements"),
    _source("license-file-too-large", "a license file is larger than the cap; not read"),
    _source("license-file-unreadable", "a license file is not text; not read"),
    _source("license-file-encoding", "a license file is not valid UTF-8"),
    _source("gguf-header-problem", "the GGUF header could not be read in full"),
    # --- providers (API models) ------------------------------------------------------------
    Observation(
        "provider-unknown",
        "providers",
        Category.SOURCE,
        "the API provider is not in the provider catalog",
    ),
    Observation(
        "provider-terms-as-of",
        "providers",
        Category.SOURCE,
        "the provider's terms as compiled on a date; re-verify before relying on them",
    ),
    Observation(
        "provider-hosted-model-license",
        "providers",
        Category.LICENSE,
        "a model the provider hosts keeps its own licence, applied with the provider's terms",
    ),
    # --- licenses --------------------------------------------------------------------------
    Observation(
        "license-missing",
        "licenses",
        Category.LICENSE,
        "no license declared and no license text found",
        covered_by="license.id",
    ),
    Observation(
        "license-clause-other-models",
        "licenses",
        Category.LICENSE,
        "clauses scoped to other models of the license's family; set aside for this one",
    ),
    Observation(
        "license-file-archived",
        "licenses",
        Category.LICENSE,
        "a license file kept for the record beside the current text of its license; set aside",
    ),
    Observation(
        "license-unidentified",
        "licenses",
        Category.LICENSE,
        "the license is not one the auditor knows",
        covered_by="license.id",
    ),
    Observation(
        "license-not-declared",
        "licenses",
        Category.LICENSE,
        "the metadata declares no license; a license file does",
    ),
    Observation(
        "license-low-confidence",
        "licenses",
        Category.LICENSE,
        "the license was identified with low confidence",
    ),
    Observation(
        "license-deferred-to-base",
        "licenses",
        Category.LICENSE,
        "the card declares no license and defers to its base model's, which is taken as its own",
    ),
    Observation(
        "license-deferred-to-unresolved-base",
        "licenses",
        Category.LICENSE,
        "the card defers its license to a base model whose license could not be resolved",
    ),
    Observation(
        "license-text-not-shipped",
        "licenses",
        Category.LICENSE,
        "the license says its text must travel with every copy, and the repo holds no copy of it",
    ),
    Observation(
        "license-text-modified",
        "licenses",
        Category.LICENSE,
        "a license file is a changed copy of a known license",
    ),
    Observation(
        "license-derived",
        "licenses",
        Category.LICENSE,
        "a license file is a license of its own built on a known one (its own title or licensor)",
    ),
    Observation(
        "card-license-choice",
        "licenses",
        Category.LICENSE,
        "the card lists several licenses and its prose offers them as a choice: read as `A OR B`",
    ),
    Observation(
        "license-choice",
        "licenses",
        Category.LICENSE,
        "the license offers a choice (`A OR B`): which option was judged, and why",
    ),
    Observation(
        "license-declared-vs-file",
        "licenses",
        Category.MISMATCH,
        "the declared license and the license file disagree",
    ),
    Observation(
        "license-document-unread",
        "licenses",
        Category.LICENSE,
        "a license-named document reads as no known license and states no readable term",
    ),
    Observation(
        "license-language-unread",
        "licenses",
        Category.LICENSE,
        "license evidence is written in a language the term rules do not read",
    ),
    Observation(
        "license-condition-unread",
        "licenses",
        Category.LICENSE,
        "the grant is made on conditions no rule reads; they may narrow what it allows",
    ),
    Observation(
        "translation-language-unread",
        "licenses",
        Category.LICENSE,
        "passages of a translation could not be read; the texts say the original prevails, "
        "and the original binds",
    ),
    Observation(
        "license-files-disagree",
        "licenses",
        Category.MISMATCH,
        "two license-like documents of the model disagree; the stricter one binds",
    ),
    Observation(
        "license-text-differs",
        "licenses",
        Category.TERM,
        "terms read from the text differ from the knowledge base's record",
    ),
    # card metadata and prose that disagree (each names both values; the stricter binds)
    Observation(
        "license-declared-conflict",
        "licenses",
        Category.MISMATCH,
        "`license` and `license_name`/`license_link` (or a `License:` key) name different licenses",
    ),
    Observation(
        "card-duplicate-key",
        "licenses",
        Category.MISMATCH,
        "a duplicate license key in the card's front matter hides a value naming another license",
    ),
    Observation(
        "card-metadata-conflict",
        "licenses",
        Category.MISMATCH,
        "the card and the GGUF header declare different licenses",
    ),
    Observation(
        "card-metadata-misplaced",
        "licenses",
        Category.MISMATCH,
        "the card's metadata block is not front matter: the Hub shows no license or base model"
        " for the repo, while the block declares one",
    ),
    Observation(
        "card-license-conflict",
        "licenses",
        Category.MISMATCH,
        "the card's text (a License section, the gating prompt) names another license",
    ),
    Observation(
        "license-translation-disagrees",
        "licenses",
        Category.LICENSE,
        "the halves of a bilingual license (or a license and its translation) state a term "
        "differently; the version the texts say prevails binds, else the stricter reading",
    ),
    Observation(
        "license-document-superseded",
        "licenses",
        Category.LICENSE,
        "a license document kept as the record of an earlier version (its title, or the "
        "version in force, says so) is set aside; the version in force binds",
    ),
    Observation(
        "license-amended",
        "licenses",
        Category.LICENSE,
        "an amendment beside the licence rewrites its words or a clause from a date: the "
        "amended words are read once in force, the licence as written before",
    ),
    Observation(
        "license-term-ended",
        "licenses",
        Category.LICENSE,
        "the licence granted its rights for a set time (a preview term, an evaluation period) "
        "that ended before the audit day: every right it granted has ended",
    ),
    Observation(
        "license-term-ends",
        "licenses",
        Category.LICENSE,
        "the licence grants its rights for a set time: the day it ends is said, and the "
        "analysis holds only until then",
    ),
    Observation(
        "card-license-key-variant",
        "licenses",
        Category.MISMATCH,
        "a card key read as `license` only once folded (`licence`, an invisible character):"
        " the Hub does not read it",
    ),
    # --- lineage ---------------------------------------------------------------------------
    Observation(
        "lineage-license-mismatch",
        "lineage",
        Category.MISMATCH,
        "the declared license drops or contradicts a base model's binding license",
        covered_by="lineage.mismatch",
    ),
    Observation(
        "lineage-parent-unresolved",
        "lineage",
        Category.PROVENANCE,
        "a declared base model could not be resolved",
        covered_by="lineage.unresolved",
    ),
    Observation(
        "lineage-cycle",
        "lineage",
        Category.PROVENANCE,
        "declared base models form a cycle",
    ),
    Observation(
        "lineage-depth-limit",
        "lineage",
        Category.PROVENANCE,
        "lineage is deeper than the depth followed",
    ),
    Observation(
        "lineage-parent-in-text",
        "lineage",
        Category.PROVENANCE,
        "the card's prose names a parent model its metadata does not declare",
    ),
    Observation(
        "lineage-parent-in-text-binding",
        "lineage",
        Category.PROVENANCE,
        "the card's prose names a parent whose license binds derivatives and differs",
    ),
    Observation(
        "lineage-parents-disagree",
        "lineage",
        Category.PROVENANCE,
        "places that name the model's parent (card metadata, a GGUF header, the repo's adapter,"
        " model or merge configuration, a Modelfile) name different parents",
    ),
    Observation(
        "license-differs-from-origin",
        "lineage",
        Category.MISMATCH,
        "a redistributed copy's license text (an Ollama license layer) is not the text of its "
        "Hugging Face origin; both passages quoted",
    ),
    Observation(
        "lineage-knowledge-stale",
        "lineage",
        Category.PROVENANCE,
        "a parent is unresolved and the lineage knowledge is older than the policy's "
        "`knowledge_max_age_days`",
    ),
    # --- waivers ---------------------------------------------------------------------------
    Observation("waiver-expired", "waivers", Category.WAIVER, "a waiver has expired"),
    Observation("waiver-unused", "waivers", Category.WAIVER, "a waiver matched no finding"),
    # --- lockfile drift (check --locked) ---------------------------------------------------
    Observation(
        "drift-new-revision", "lock", Category.PROVENANCE, "the ref resolves to a new commit"
    ),
    Observation(
        "drift-license-text-changed",
        "lock",
        Category.PROVENANCE,
        "a license file changed since the lock",
    ),
    Observation(
        "drift-license-tag-changed",
        "lock",
        Category.PROVENANCE,
        "the declared license tag changed since the lock",
    ),
    Observation(
        "drift-base-model-changed",
        "lock",
        Category.PROVENANCE,
        "the declared base models changed since the lock",
    ),
    Observation(
        "drift-license-changed",
        "lock",
        Category.PROVENANCE,
        "the identified license changed since the lock",
    ),
    Observation(
        "drift-terms-changed",
        "lock",
        Category.PROVENANCE,
        "the extracted terms changed since the lock",
    ),
    Observation(
        "drift-artefact-scan-changed",
        "lock",
        Category.PROVENANCE,
        "the hub's security scan flags the repo or a file that it did not flag when locked",
    ),
    Observation(
        "drift-chat-template-changed",
        "lock",
        Category.PROVENANCE,
        "the chat template's digest changed since the lock",
    ),
    Observation(
        "drift-model-not-locked",
        "lock",
        Category.PROVENANCE,
        "a manifest model has no lock entry",
    ),
    Observation(
        "drift-model-removed",
        "lock",
        Category.PROVENANCE,
        "a locked model is no longer in the manifest",
    ),
)
"""Every observation id, in the order `auditor policy explain` lists them."""


def is_observation(rule_id: str) -> bool:
    """Whether `rule_id` names an observation (and not a policy rule)."""
    return rule_id in OBSERVATIONS


def observation_problem(rule_id: str) -> str | None:
    """Why a policy cannot weigh `rule_id` as an observation; None when it can."""
    if rule_id not in OBSERVATIONS:
        close = difflib.get_close_matches(rule_id, list(OBSERVATIONS), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return f"unknown observation {rule_id!r}{hint}"
    covered = OBSERVATIONS[rule_id].covered_by
    if covered is not None:
        return (
            f"{rule_id!r} is decided by policy rules over the fact {covered!r}; "
            "override those rules instead"
        )
    return None
