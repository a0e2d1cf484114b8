"""After analysis, for one model: lineage -> policy -> alternatives -> waivers, with what the
run knows (license database, registry, policy, the day), in this process or a worker's."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.knowledge.known_models import KnownModels, load_known_models
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.knowledge.lineage_snapshot import LineageSnapshot, load_lineage_snapshot
from auditor.knowledge.model_families import ModelFamilies, load_model_families
from auditor.lineage.document_options import document_choice, without_option_disagreements
from auditor.lineage.effective import deciding_license, declared_units, license_choice
from auditor.lineage.knowledge_age import knowledge_max_age, stale_knowledge_finding
from auditor.lineage.modality import inherited_modality
from auditor.lineage.resolve import Lineage, resolve_lineage
from auditor.model import Evidence, Finding, ModelResult, SourceKind, Target, Verdict
from auditor.model.deployment import Deployment, Waiver, judged_under
from auditor.model.lineage import AlternativeSuggestion
from auditor.model.terms import as_terms
from auditor.pipeline.deferred import with_deferred_base_license
from auditor.pipeline.outcomes import with_provider_terms
from auditor.policy.choice import judge_choice
from auditor.policy.facts import LineageFacts
from auditor.policy.judge import judge_model, model_verdict, sort_findings, weigh_observations
from auditor.policy.load import load_policy
from auditor.policy.model import Policy
from auditor.policy.model_profile import lineage_families
from auditor.policy.openness import license_words, reassess
from auditor.policy.waivers import apply_waivers, waiver_matches_model

if TYPE_CHECKING:
    from auditor.pipeline.parents import ParentFetcher
    from auditor.policy.alternatives import JudgedCandidates
    from auditor.training.resolve import DatasetFetch


@dataclass(frozen=True, slots=True)
class Job:
    """One model to audit and the deployment it serves."""

    target: Target
    deployment: Deployment
    line: int | None = None  # the manifest line of the entry


@dataclass(frozen=True, slots=True)
class RunSettings:
    """What a run's judging depends on besides its jobs: small and picklable, so a worker
    process loads the same knowledge the run's own process has."""

    policy: str  # preset name or path to a policy YAML
    today: date
    license_db: Path | None = None
    suggest_alternatives: bool = True
    waivers: tuple[Waiver, ...] = ()
    manifest: str | None = None  # the manifest the waivers come from, for their findings


@dataclass
class RunContext:
    """The run's knowledge and what it has learnt so far (waivers used, candidates judged)."""

    settings: RunSettings
    db: LicenseDB
    registry: KnownModels
    snapshot: LineageSnapshot
    families: ModelFamilies
    policy: Policy
    fetch: ParentFetcher | None = None  # parents of Hub models; None: no Hub lookups
    datasets: DatasetFetch | None = None  # training datasets of Hub models; None: registry only
    used: set[int] = field(default_factory=set)  # indexes of the waivers that applied
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _judged: list[JudgedCandidates] = field(default_factory=list)

    @classmethod
    def load(cls, settings: RunSettings) -> RunContext:
        """The knowledge the settings name, loaded (each loader keeps its own cache)."""
        return cls(
            settings=settings,
            db=load_license_db(settings.license_db),
            registry=load_known_models(),
            snapshot=load_lineage_snapshot(),
            families=load_model_families(),
            policy=load_policy(settings.policy),
        )

    def judge(self, job: Job, result: ModelResult) -> ModelResult:
        """The analysed `result` judged for `job`'s deployment, with lineage, alternatives
        and waivers; an `error` result only has its findings weighed."""
        policy, today = self.policy, self.settings.today
        if result.verdict is not Verdict.ERROR:
            result = self._judged_model(job, result)
        else:  # not audited: the policy still weighs what the source reported
            weighed = sort_findings(weigh_observations(result.findings, policy))
            result = replace(result, findings=tuple(weighed))
        result = replace(result, judged_under=judged_under(job.deployment))
        if self.settings.waivers:
            outcome = apply_waivers(
                result.findings,
                ref=result.ref,
                resolved_sha=result.source.resolved_sha if result.source else None,
                waivers=self.settings.waivers,
                today=today,
                manifest=self.settings.manifest,
            )
            with self._lock:
                self.used.update(outcome.used)
            findings = sort_findings(weigh_observations(outcome.findings, policy))
            verdict = result.verdict if result.verdict is Verdict.ERROR else model_verdict(findings)
            result = replace(result, findings=tuple(findings), verdict=verdict)
        return replace(result, manifest_line=job.line)

    def _judged_model(self, job: Job, result: ModelResult) -> ModelResult:
        policy = self.policy
        online = (
            SourceKind.HUB,
            SourceKind.OLLAMA,
            SourceKind.CIVITAI,
            SourceKind.MODELSCOPE,
            SourceKind.HUB_DATASET,
        )
        hub = self.fetch is not None and job.target.kind in online
        parents = self.fetch.for_model() if hub and self.fetch is not None else None
        # the own license names the documents whose stricter kind it carries
        result = replace(result, license=deciding_license(result, self.db))
        if result.training_data:
            result = with_training_data(result, self.db, self.datasets if hub else None)
        lineage = resolve_lineage(
            result,
            db=self.db,
            registry=self.registry,
            fetch=parents,
            snapshot=self.snapshot,
            families=self.families,
        )
        if job.target.kind is SourceKind.API:  # the catalog's terms, the law for the domicile
            result, lineage = with_provider_terms(result, lineage, job.deployment)
        result = with_quantized_base_license(result, lineage)
        result = with_deferred_base_license(result, lineage)  # "same as the original model"
        analysed_findings = result.findings
        # `A OR B`: each option the licensee may choose, judged below (policy/choice.py)
        options = license_choice(
            result, lineage.ancestors, self.db, effective=lineage.effective_license
        )
        if not options:  # or a choice the release states between its own documents
            options = document_choice(
                result, lineage.ancestors, self.db, effective=lineage.effective_license
            )
            result = without_option_disagreements(result) if options else result
        result = with_inherited_modality(result, lineage, self.registry, self.families)
        result = with_lineage(result, lineage)
        stale = stale_knowledge_finding(  # an unresolved parent may be newer than the knowledge
            unresolved=lineage.unresolved,
            stamp=self.snapshot.stamp(),
            today=self.settings.today,
            max_days=knowledge_max_age(policy.settings),
        )
        if stale is not None:
            result = replace(result, findings=(*result.findings, stale))

        def judge(model: ModelResult, facts: LineageFacts) -> tuple[ModelResult, dict[str, object]]:
            return judge_model(
                model,
                policy=policy,
                db=self.db,
                deployment=job.deployment,
                lineage=facts,
                provider=_provider_facts(job.target),
                today=self.settings.today,
            )

        sha = result.source.resolved_sha if result.source else None
        live = [w for w in self.settings.waivers if w.expires >= self.settings.today]

        def excused(finding: Finding) -> bool:  # a live waiver will excuse it (judge, below)
            return finding.waived or any(
                w.rule == finding.rule and waiver_matches_model(w, result.ref, sha) for w in live
            )

        result, facts = judge_choice(
            result,
            options,
            policy=policy,
            judge=judge,
            excused=excused,
            lineage=LineageFacts(
                effective=lineage.effective_license,
                terms=lineage.effective_terms,
                license_ids=lineage.license_ids,
                depth=lineage.depth,
                # a lineage mismatch needs an ancestor, or no declared license beside a
                # license text binding derivatives (lineage/mismatch.py); a vague tag of a
                # model with no parent is the license rules' business
                mismatch=lineage.mismatch
                and (bool(lineage.ancestors) or not declared_units(result.declared, self.db)),
                unresolved=lineage.unresolved,
                unresolved_families=lineage.unknown_families,
                stricter_family_licenses=lineage.stricter_family_licenses,
                families=lineage_families(result, self.registry),
            ),
        )
        result = keep_missing_license(result, analysed_findings, lineage, policy)
        if result.openness is not None:  # an API model has none: its terms are a service's
            label = license_words(result.effective_license)
            result = replace(result, openness=reassess(result.openness, facts, label))
        if result.verdict is Verdict.FAIL and self.settings.suggest_alternatives:
            result = replace(result, alternatives=self._alternatives(result, job.deployment))
        return result

    def _alternatives(
        self, model: ModelResult, deployment: Deployment
    ) -> tuple[AlternativeSuggestion, ...]:
        """Registry models passing the same policy in the same deployment; each candidate is
        judged once a run (the run's JudgedCandidates)."""
        from auditor.policy import alternatives as alt
        from auditor.policy.alternatives_output import alternatives_to_dict

        with self._lock:
            self._judged[:] = self._judged or [alt.JudgedCandidates()]
        found = alt.suggest_alternatives(
            model,
            policy=self.policy,
            deployment=deployment,
            db=self.db,
            registry=self.registry,
            today=self.settings.today,
            judged_before=self._judged[0],
        )
        return tuple(alternatives_to_dict(found))


def with_training_data(
    model: ModelResult, db: LicenseDB, fetch: DatasetFetch | None
) -> ModelResult:
    """The model with each training dataset resolved (training/resolve.py): its Hub dataset repo
    when the model was read from the Hub, else the known-datasets registry only."""
    from auditor.knowledge.known_datasets import load_known_datasets
    from auditor.training.resolve import license_of_records, resolve_training_data

    entries = resolve_training_data(
        model.training_data,
        fetch=fetch,
        lookup=load_known_datasets().lookup,
        license_of=license_of_records(db),
        offline_reason="the model was read from local files: its training datasets were looked "
        "up in the known-datasets registry only (audit them with `auditor scan "
        "hf-dataset:org/name`)",
    )
    return replace(model, training_data=entries)


def _provider_facts(target: Target) -> dict[str, object]:
    from auditor.knowledge.providers import load_providers, provider_facts

    if target.kind is not SourceKind.API:
        return provider_facts(None)
    key, _, model = target.location.partition("/")
    return provider_facts(load_providers().get(key), key=key, model=model or None)


QUANTIZED_CONFIDENCE = 0.8
"""A quantization's license read from its one parent: the card says what it is a copy of."""


def with_quantized_base_license(model: ModelResult, lineage: Lineage) -> ModelResult:
    """A quantization (`base_model_relation: quantized`, one parent) that declares no license
    and ships no license text of its own is its parent's weights in another shape, with no
    authorship of its own to license: the parent's license is its own, and the lineage still
    names the parent. A fine-tune, adapter or merge without a license stays unlicensed (what
    its author added is granted by nobody)."""
    if model.license is not None or model.license_files or model.declared.license:
        return model
    parents = [a for a in lineage.ancestors if a.depth == 1]
    if len(parents) != 1 or parents[0].relation != "quantized" or parents[0].license is None:
        return model
    inherited = parents[0].license
    if inherited.id is None:
        return model
    return replace(
        model,
        license=replace(
            inherited,
            method="quantized-copy",
            confidence=min(inherited.confidence, QUANTIZED_CONFIDENCE),
        ),
    )


def with_inherited_modality(
    model: ModelResult,
    lineage: Lineage,
    registry: KnownModels,
    families: ModelFamilies | None = None,
) -> ModelResult:
    """The model with the modality its base gives it, when its own evidence says none."""
    if model.modality is not None:
        return model
    reading = inherited_modality(lineage.ancestors, registry, families)
    if reading is None:
        return model
    return replace(
        model, modality=reading.value, modality_evidence=Evidence(None, None, reading.source)
    )


def with_lineage(model: ModelResult, lineage: Lineage) -> ModelResult:
    """The model result with its effective license and terms after lineage."""
    own = model.findings
    if lineage.mismatch:  # one finding for a derivative declaring no license (issue 33)
        own = tuple(f for f in own if f.rule != NOT_DECLARED_RULE)
    findings = sort_findings([*own, *lineage.findings])
    return replace(
        model,
        effective_license=lineage.effective_license,
        terms=as_terms(lineage.effective_terms) if lineage.effective_terms else model.terms,
        term_evidence=lineage.effective_term_evidence or model.term_evidence,
        lineage=tuple(lineage.to_json()),
        findings=tuple(findings),
        verdict=model_verdict(findings),
    )


MISSING_RULE = "license-missing"
NOT_DECLARED_RULE = "license-not-declared"


def keep_missing_license(
    judged: ModelResult, analysed: Sequence[Finding], lineage: Lineage, policy: Policy
) -> ModelResult:
    """A model that declares no license and has no parent of known license keeps
    `license-missing`.

    The policy judges the license fact in its own rule (`license-unidentified` in the
    presets), which takes the observation's place; "unidentified" would hide that nothing is
    declared at all. With a parent whose license is known, the lineage mismatch names the
    parent and its license instead.
    """
    missing = [f for f in analysed if f.rule == MISSING_RULE]
    inherited = any(a.license is not None for a in lineage.ancestors)
    if not missing or inherited or any(f.rule == MISSING_RULE for f in judged.findings):
        return judged
    findings = sort_findings([*judged.findings, *weigh_observations(missing, policy)])
    verdict = judged.verdict if judged.verdict is Verdict.ERROR else model_verdict(findings)
    return replace(judged, findings=tuple(findings), verdict=verdict)
