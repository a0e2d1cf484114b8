"""Suggests registry models that pass the same policy in the same deployment as a blocked one.

Offline and pure: each candidate is a known-models registry entry, judged on its license
record's terms (plus the entry's extra terms) as if it had been audited, with the policy and
deployment the blocked model was judged on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import partial
from typing import TypeVar, cast

from auditor.knowledge.known_models import KnownModel, KnownModels, normalize_repo_id
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.knowledge.providers import provider_facts
from auditor.licenses.declared import match_from_record
from auditor.lineage.ancestors import REGISTRY_CONFIDENCE
from auditor.model import Declared, ModelResult, Severity, Verdict
from auditor.model.deployment import Deployment
from auditor.model.kinds import kind_rank
from auditor.model.terms import as_terms
from auditor.policy.facts import LineageFacts
from auditor.policy.judge import judge_model
from auditor.policy.model import Policy
from auditor.policy.model_profile import (
    GLOB_CHARS,
    TEXT,
    Profile,
    entry_sizes,
    entry_terms,
    example_repo_id,
    modality_of,
    profile_of,
    size_class,
    task_of,
    with_task,
)

DEFAULT_LIMIT = 3
_T = TypeVar("_T")
_Outcome = tuple[Verdict, tuple[str, ...]]  # a candidate's verdict and warning rules

_ACCEPTED = (Verdict.PASS, Verdict.WARN)


@dataclass(frozen=True, slots=True)
class Alternative:
    """A registry model that passes the policy where the blocked one does not."""

    repo: str  # a concrete example repo id, or the registry pattern when none can be derived
    license_id: str
    why: str
    pattern: str  # the registry entry it comes from
    license_name: str
    family: str
    verdict: Verdict  # pass or warn
    warnings: tuple[str, ...] = ()  # rule ids of the warnings it would still get
    note: str | None = None  # the registry entry's note

    @property
    def is_pattern(self) -> bool:
        """`repo` is a glob over repo ids, not one repo."""
        return any(c in GLOB_CHARS for c in self.repo)


class JudgedCandidates:
    """What a run knows of registry candidates: each one's verdict under a policy in a
    deployment (which does not depend on the blocked model it would replace), its modality,
    sizes and example repo. A failing model then costs about what a passing one costs. Safe
    between the run's threads (a lost race works one out twice, with the same answer)."""

    def __init__(self) -> None:
        self._known: dict[tuple[object, ...], object] = {}

    def __len__(self) -> int:
        return len(self._known)

    def known(self, key: tuple[object, ...], work_out: Callable[[], _T]) -> _T:
        """The answer for `key`, worked out on first sight."""
        if key not in self._known:
            self._known[key] = work_out()
        return cast("_T", self._known[key])


@dataclass(frozen=True, slots=True)
class _Candidate:
    index: int
    entry: KnownModel
    record: LicenseRecord
    repo: str
    same_family: bool
    modality: str
    sizes: tuple[float, ...] = ()
    wanted_size: float | None = None  # the blocked model's size, billions of parameters


def suggest_alternatives(
    model: ModelResult,
    *,
    policy: Policy,
    deployment: Deployment,
    db: LicenseDB,
    registry: KnownModels,
    limit: int = DEFAULT_LIMIT,
    today: date | None = None,
    judged_before: JudgedCandidates | None = None,
) -> list[Alternative]:
    """Up to `limit` registry models that pass (or only warn under) `policy` in `deployment`.

    Only for a model whose verdict is fail. Candidates do the same kind of thing (text,
    image generation, code, ...); the same family comes first, then the fewest warnings,
    then the least restrictive license; at most one per family until every family had its
    turn. The result depends only on the arguments (`judged_before` keeps the run's verdicts
    of candidates, the same whether it is given or not).
    """
    if model.verdict is not Verdict.FAIL or limit < 1:
        return []
    profile = with_task(profile_of(model, db, registry), model)
    if profile is None or (not profile.families and profile.modality is None):
        return []  # the task is not known: no suggestion rather than an unrelated model
    day = today or datetime.now(UTC).date()
    # Registry models are weights to host: an `api:` model's hosting does not carry over.
    where = replace(deployment, hosting=None) if deployment.hosting == "api" else deployment
    cache = JudgedCandidates() if judged_before is None else judged_before
    context = (id(policy), id(db), day, _deployment_key(where))
    # Many blocked models of a run share a profile but for their own repo ids (fifty
    # fine-tunes of one Llama): the candidates of the shared profile are listed once, and the
    # suggestions once for what they depend on: the shared profile, which candidates are the
    # blocked model itself (almost always none), the words of the blocked model's task and
    # blocking rules, the policy, deployment and day.
    shared = replace(profile, repo_ids=frozenset())
    candidates = cache.known(
        ("candidates", id(registry), id(db), shared),
        partial(_candidates, shared, db, registry, cache),
    )
    keys = cache.known(
        ("candidate keys", id(registry), id(db), shared),
        lambda: frozenset(key for _, key in candidates if key is not None),
    )
    itself = profile.repo_ids & keys
    blocked_by = (task_of(model), _blockers(model))
    suggested = cache.known(
        ("suggested", id(registry), shared, itself, blocked_by, limit, *context),
        partial(
            _suggested,
            candidates,
            itself,
            model,
            limit,
            judge=partial(_judge, policy=policy, deployment=where, db=db, today=day),
            policy=policy,
            verdicts=lambda candidate, work_out: cache.known(
                ("verdict", candidate.index, candidate.repo, *context), work_out
            ),
        ),
    )
    return list(suggested)


def _suggested(
    candidates: Sequence[tuple[_Candidate, str | None]],
    itself: frozenset[str],
    blocked: ModelResult,
    limit: int,
    *,
    judge: Callable[[_Candidate], _Outcome | None],
    policy: Policy,
    verdicts: Callable[[_Candidate, Callable[[], _Outcome | None]], _Outcome | None],
) -> tuple[Alternative, ...]:
    """The suggestions among `candidates` (but those whose key is in `itself`), ranked, at
    most `limit`; each candidate's verdict through `verdicts` (the run's memory)."""
    judged: list[tuple[tuple[int, int, int, int], Alternative]] = []
    seen: set[str] = set()
    for candidate, key in candidates:
        if key in itself:  # the blocked model itself
            continue
        name = candidate.repo.split("/", 1)[1]
        if name in seen:  # a mirror of a repo already considered (unsloth/..., ...)
            continue
        seen.add(name)
        outcome = verdicts(candidate, partial(judge, candidate))
        if outcome is None:
            continue
        judged.append(_ranked(candidate, blocked, policy, outcome))
    ranked = [alternative for _, alternative in sorted(judged, key=lambda item: item[0])]
    return tuple(_diverse(ranked, limit))


def _ranked(
    candidate: _Candidate, blocked: ModelResult, policy: Policy, outcome: _Outcome
) -> tuple[tuple[int, int, int, int], Alternative]:
    """The candidate as a suggestion in place of `blocked`, with its rank (lower first)."""
    alternative = _alternative(candidate, blocked, policy, outcome)
    rank = (
        0 if candidate.same_family else 1,
        len(alternative.warnings),
        kind_rank(candidate.record.kind),
        candidate.index,
    )
    return rank, alternative


def _blockers(model: ModelResult) -> tuple[str, ...]:
    """The rules that block the model, each once, in the order of its findings."""
    return tuple(
        dict.fromkeys(
            f.rule for f in model.findings if f.severity is Severity.BLOCK and not f.waived
        )
    )


def _diverse(ranked: Sequence[Alternative], limit: int) -> list[Alternative]:
    """The best of each family first (in rank order), then the rest, up to `limit`."""
    picked: list[Alternative] = []
    families: set[str] = set()
    for alternative in ranked:
        if alternative.family not in families:
            families.add(alternative.family)
            picked.append(alternative)
    chosen = {id(a) for a in picked[:limit]}
    rest = [a for a in ranked if id(a) not in chosen]
    top = picked[:limit] + rest[: max(0, limit - len(picked))]
    order = {id(a): i for i, a in enumerate(ranked)}
    return sorted(top, key=lambda a: order[id(a)])


# --- candidates ------------------------------------------------------------------------------


def _deployment_key(deployment: Deployment) -> str:
    """The deployment as one hashable value (its mappings hold lists and dates)."""
    fields = [dict(deployment.organization), dict(deployment.fields)]
    return json.dumps([*fields, deployment.hosting, deployment.region], sort_keys=True, default=str)


def _candidates(
    profile: Profile, db: LicenseDB, registry: KnownModels, cache: JudgedCandidates
) -> list[tuple[_Candidate, str | None]]:
    """The registry's candidates for the profile, in registry order, each with the repo key of
    its example repo (a blocked model is never its own alternative)."""
    found = []
    wanted = size_class(profile.size)
    for index, entry in enumerate(registry.entries):
        if entry.pattern in profile.own:
            continue
        record = db.get(entry.license)
        if record is None:
            continue
        same_family = entry.family in profile.families
        # what an entry is (modality, sizes, example repo) is worked out once a run
        modality, sizes = cache.known(("entry", id(registry), index), partial(_entry_facts, entry))
        if profile.modality is not None and modality != profile.modality:
            continue
        if profile.modality is None and not same_family:
            continue
        if wanted is not None and sizes and all(size_class(s) != wanted for s in sizes):
            continue  # another size class: not a drop-in replacement
        repo, key = cache.known(
            ("repo", id(registry), index, profile.size),
            partial(_example_repo_key, entry, registry, profile.size),
        )
        if repo is None or key in profile.repo_ids:
            continue
        candidate = _Candidate(
            index, entry, record, repo, same_family, modality, sizes, profile.size
        )
        found.append((candidate, key))
    return found


def _entry_facts(entry: KnownModel) -> tuple[str, tuple[float, ...]]:
    return modality_of(entry.pattern) or TEXT, entry_sizes(entry)


def _example_repo_key(
    entry: KnownModel, registry: KnownModels, size: float | None
) -> tuple[str | None, str | None]:
    repo = example_repo_id(entry, registry, size=size)
    return repo, None if repo is None else normalize_repo_id(repo.rstrip("*"))


def _judge(
    candidate: _Candidate,
    *,
    policy: Policy,
    deployment: Deployment,
    db: LicenseDB,
    today: date,
) -> tuple[Verdict, tuple[str, ...]] | None:
    """The verdict and warning rules the candidate gets, None when it would not pass."""
    record = candidate.record
    match = match_from_record(record, method="known-model", confidence=REGISTRY_CONFIDENCE)
    terms = entry_terms(candidate.entry, record, db)
    # No source: the candidate is a license and its terms, not a fetched revision; whether a
    # reference is pinned or gated is judged when the chosen repo is audited.
    synthetic = ModelResult(
        ref=candidate.repo,
        source=None,
        declared=Declared(
            license=record.hf or "other", license_name=record.name, origin="known-models registry"
        ),
        license=match,
        effective_license=match,
        license_files=(),
        findings=(),
        verdict=Verdict.PASS,
        terms=as_terms(terms),
    )
    judged, _facts = judge_model(
        synthetic,
        policy=policy,
        db=db,
        deployment=deployment,
        lineage=LineageFacts(effective=match, terms=terms, license_ids=[record.id]),
        provider=provider_facts(None),
        today=today,
    )
    if judged.verdict not in _ACCEPTED:
        return None
    warnings = tuple(
        dict.fromkeys(
            f.rule for f in judged.findings if f.severity is Severity.WARN and not f.waived
        )
    )
    return judged.verdict, warnings


def _alternative(
    candidate: _Candidate, blocked: ModelResult, policy: Policy, outcome: _Outcome
) -> Alternative:
    verdict, warnings = outcome
    record = candidate.record
    return Alternative(
        repo=candidate.repo,
        license_id=record.id,
        why=_why(candidate, blocked, policy, verdict, warnings),
        pattern=candidate.entry.pattern,
        license_name=record.name,
        family=candidate.entry.family,
        verdict=verdict,
        warnings=warnings,
        note=candidate.entry.note,
    )


def _matched_on(candidate: _Candidate, blocked: ModelResult) -> str:
    """Which task and size the candidate was matched on, in words."""
    tag = task_of(blocked)
    task = f"{candidate.modality} (the card's pipeline tag {tag})" if tag else candidate.modality
    size = candidate.wanted_size
    wanted = size_class(size)
    if wanted is None:
        sized = "size not known"
    elif candidate.sizes:
        sized = f"size {wanted} (the model has {size:g}B)"
    else:
        sized = "size not stated in the registry"
    return f"matched on task {task} and {sized}"


def _why(
    candidate: _Candidate,
    blocked: ModelResult,
    policy: Policy,
    verdict: Verdict,
    warnings: Sequence[str],
) -> str:
    record = candidate.record
    kind = record.kind.words
    parts = [f"{record.name} ({kind})"]
    if candidate.same_family:
        parts.append(f"same family ({candidate.entry.family})")
    parts.append(_matched_on(candidate, blocked))
    outcome = f"passes policy {policy.name} in this deployment"
    if verdict is Verdict.WARN:
        outcome += f" with warnings ({', '.join(warnings)})"
    parts.append(outcome)
    blockers = _blockers(blocked)
    if blockers:
        parts.append("clears " + ", ".join(blockers))
    if candidate.repo == candidate.entry.pattern and any(c in GLOB_CHARS for c in candidate.repo):
        parts.append(f"any repo matching {candidate.entry.pattern}")
    return "; ".join(parts)
