"""Immutable values crossing pipeline stages: sources -> licenses -> lineage -> policy -> report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from auditor.model.artefacts import Artefacts
from auditor.model.inputs import NeededInput
from auditor.model.kinds import LicenseKind
from auditor.model.knowledge_stamp import KnowledgeStamp
from auditor.model.lineage import AlternativeSuggestion, LineageStep, ParentLicense
from auditor.model.terms import Terms
from auditor.model.training import DataCard, TrainingDataEntry

if TYPE_CHECKING:
    from auditor.model.document_options import DocumentOption
    from auditor.model.evidence import EvidenceItem


class SourceKind(StrEnum):
    """Where a model's evidence comes from."""

    HUB = "hub"
    LOCAL = "local"
    CARD = "card"
    GGUF = "gguf"
    API = "api"  # a proprietary model behind a provider's API: judged by the provider's terms
    OLLAMA = "ollama"  # an Ollama registry model, or a manifest in a local Ollama store
    HUB_DATASET = "hub-dataset"  # a dataset repo on a Hub (`hf-dataset:org/name[@rev]`)
    MODELSCOPE = "modelscope"  # a ModelScope model repo (`modelscope:org/name[@rev]`)
    CIVITAI = "civitai"  # a Civitai model version (`civitai:<model id>[@<version id>]`)


class Severity(StrEnum):
    """How much a finding weighs: block fails the audit, warn does not."""

    BLOCK = "block"
    WARN = "warn"
    INFO = "info"


class Category(StrEnum):
    """The closed set of finding categories in the result contract."""

    SOURCE = "source"
    LICENSE = "license"
    MISMATCH = "mismatch"
    TERM = "term"
    REGULATION = "regulation"
    PROVENANCE = "provenance"
    WAIVER = "waiver"


class Verdict(StrEnum):
    """Outcome of one model or of a whole run; worst first: error, fail, needs-input, warn, pass.

    `needs-input` is a blocking rule left undecided only because the deployment did not state
    a fact (its MAU, its distribution): not a pass, and not a license failure either."""

    PASS = "pass"
    WARN = "warn"
    NEEDS_INPUT = "needs-input"
    FAIL = "fail"
    ERROR = "error"


class FrontMatterState(StrEnum):
    """What the top of a model card looked like."""

    OK = "ok"
    ABSENT = "absent"
    NOT_AT_START = "not_at_start"
    EMPTY = "empty"
    INVALID_YAML = "invalid_yaml"


@dataclass(frozen=True, slots=True)
class Target:
    """A model reference as the user wrote it, and what it was understood to mean."""

    text: str
    kind: SourceKind
    location: str  # repo id for the Hub, a filesystem path otherwise
    revision: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quoted piece of a file (or a metadata field) that supports a finding or a term."""

    file: str | None
    line: int | None
    text: str


@dataclass(frozen=True, slots=True)
class AppliedWaiver:
    """The waiver that excused a finding, as the report shows it."""

    reason: str
    approved_by: str
    expires: str  # ISO date
    ticket: str | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    """Where a rule comes from: a clause of a document, an article of a law, a URL."""

    text: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One observation about a model, with its weight and the evidence behind it."""

    rule: str
    category: Category
    severity: Severity
    message: str
    evidence: tuple[Evidence, ...] = ()
    remediation: str | None = None
    waived: bool = False
    waiver: AppliedWaiver | None = None
    references: tuple[Reference, ...] = ()
    obligation: bool = False  # a duty to fulfil when adopting, not a defect
    applies_from: str | None = None  # ISO date a rule takes effect, when it is not yet in force
    needs_input: tuple[NeededInput, ...] = ()  # undecided until the deployment states these


@dataclass(frozen=True, slots=True)
class LicenseFile:
    """A license-like file from the model's repo; `text` is None when it was not read."""

    path: str
    sha256: str | None
    size: int | None
    text: str | None
    origin: str  # URL or filesystem path it was read from
    skipped: str | None = None  # why the text was not read (too large, binary, ...)
    blob_id: str | None = None  # the Hub's git blob id (sibling blobId); None when not known


@dataclass(frozen=True, slots=True)
class MisplacedMetadata:
    """Card metadata in a YAML block the Hub does not read as front matter.

    `where` says where it stood: "top" (at the top, but its opening line is not exactly
    `---`), "after-heading" (after a title or an HTML comment), "code-fence", "html-comment",
    "end-of-file" or "body" (after a write-up). `line` is the block's first line (its `---`
    line, or its first key when it has none); `key_lines` maps each top-level key to its line.
    """

    metadata: Mapping[str, object]
    line: int
    where: str
    key_lines: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ParsedCard:
    """A model card split into YAML front matter and Markdown body, with what went wrong."""

    metadata: Mapping[str, object]
    body: str
    body_line: int  # 1-based line of the body's first line in the file
    state: FrontMatterState
    key_lines: Mapping[str, int] = field(default_factory=dict)  # top-level key -> 1-based line
    problems: tuple[str, ...] = ()
    # values a later duplicate top-level key hid (YAML keeps the last): (key, line, value)
    shadowed: tuple[tuple[str, int, object], ...] = ()
    # metadata in a block the Hub does not read, kept apart from `metadata` (what the Hub
    # reads); set only when the front matter declares no license and no base model
    misplaced: MisplacedMetadata | None = None


@dataclass(frozen=True, slots=True)
class BaseModelRef:
    """A parent model named in card metadata or a GGUF header."""

    ref: str
    relation: str | None = None


@dataclass(frozen=True, slots=True)
class StatedParent:
    """A parent model stated outside the card's front matter, and how sure the reading is.

    `method` says where: one of model/stated_methods.py's PARENT_METHODS (a misplaced
    metadata block, a sentence, a table, a config file, the name). Lineage follows them
    only when the front matter declares none; `confidence` is below the review line for
    anything but metadata, so a conclusion resting on one is never a silent pass.
    """

    ref: str
    relation: str | None
    method: str
    confidence: float
    evidence: Evidence
    of: str | None = None  # stated as the parent of this parent ("X is a fine-tune of Y")


@dataclass(frozen=True, slots=True)
class Declared:
    """What the artifact says about its own license and parents."""

    license: str | list[str] | None = None
    license_name: str | None = None
    license_link: str | None = None
    base_models: tuple[BaseModelRef, ...] = ()
    base_model_relation: str | None = None
    origin: str | None = None  # e.g. "README.md front matter", "GGUF header"


@dataclass(frozen=True, slots=True)
class SourceSnapshot:
    """Everything a source gathered about one model at one revision, never the weights."""

    target: Target
    repo_id: str | None = None
    revision: str | None = None  # as requested
    resolved_sha: str | None = None
    endpoint: str | None = None
    gated: bool | None = None
    card: ParsedCard | None = None
    card_path: str | None = None
    gguf_metadata: Mapping[str, object] | None = None
    license_files: tuple[LicenseFile, ...] = ()
    files: tuple[str, ...] = ()
    provenance: Mapping[str, str] = field(default_factory=dict)  # piece -> where it came from
    findings: tuple[Finding, ...] = ()
    incomplete: str | None = None  # why some evidence could not be fetched; the audit is unfinished
    listing_digest: str | None = None  # the Hub's listing at the commit (hub_info.listing_digest)
    # config.json's architectures, model_type and sub-configurations (modality); None: not read
    model_config: Mapping[str, object] | None = None
    parent_configs: tuple[tuple[str, str], ...] = ()  # (path, text): adapter or merge configs
    # every piece of evidence as the readers take it (model/evidence.py); None: not gathered
    evidence: tuple[EvidenceItem, ...] | None = None


@dataclass(frozen=True, slots=True)
class LicenseMatch:
    """Which license a piece of evidence names, how it was decided and how sure we are."""

    id: str | None
    name: str | None
    spdx: str | None
    scancode: str | None
    hf: str | None
    kind: LicenseKind | None
    confidence: float
    method: str
    derived_from: str | None = None  # a license of its own built on this record's text


@dataclass(frozen=True, slots=True)
class LicenseFileResult:
    """A license file's identity in the result."""

    path: str
    sha256: str | None
    identified_as: str | None
    confidence: float
    blob_id: str | None = None  # the Hub's git blob id; None offline and for local files


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """The `source` block of a model result."""

    kind: SourceKind
    repo_id: str | None
    revision: str | None
    resolved_sha: str | None
    gated: bool | None
    endpoint: str | None


@dataclass(frozen=True, slots=True)
class Openness:
    """How open a model is, beside the commercial verdict (issue 17).

    `osi_approved`: every license binding the model is OSI approved (None: not known for
    one of them). `osaid_fit`: the licenses fit the OSI Open Source AI Definition and the
    card names the training data and code it needs (None: not known). `mof_class`: a Model
    Openness Framework class estimate from the card's metadata and the licenses: 3 (Open
    Model: weights, architecture, model card under open licenses), 2 (Open Tooling: plus
    code, evaluation and supporting libraries), 1 (Open Science: plus datasets, research
    paper and the rest); None when not even class 3 is met. `missing`: what the next class
    needs, in plain words. `components`: each component considered and the license (or
    "unknown"/"absent") found for it.
    """

    osi_approved: bool | None
    osaid_fit: bool | None
    mof_class: int | None
    missing: tuple[str, ...] = ()
    components: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ModelResult:
    """The audit of one model: identity, licenses, terms, findings and verdict."""

    ref: str
    source: SourceInfo | None
    declared: Declared
    license: LicenseMatch | None
    effective_license: LicenseMatch | None
    license_files: tuple[LicenseFileResult, ...]
    findings: tuple[Finding, ...]
    verdict: Verdict
    terms: Terms = field(default_factory=lambda: Terms())
    term_evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)
    lineage: tuple[LineageStep, ...] = ()
    manifest_line: int | None = None  # the line of this model's entry in the manifest
    # compliant alternatives from the known-models registry, for a blocked model
    alternatives: tuple[AlternativeSuggestion, ...] = ()
    # parents stated outside the front matter (prose, misplaced metadata, configs, the name)
    stated_parents: tuple[StatedParent, ...] = ()
    parent_licenses: tuple[ParentLicense, ...] = ()
    # openness beside the commercial verdict; None when not assessed (an API model, an error)
    openness: Openness | None = None
    # the deployment the policy judged this model under (organization, the manifest's
    # deployment fields, hosting, region), JSON-shaped; None for a result saved without it
    judged_under: Mapping[str, object] | None = None
    # text or multimodal (model/modality.py), with where it was read; None when not known
    modality: str | None = None
    modality_evidence: Evidence | None = None
    # the datasets its evidence names, and once resolved what binds them (model/training.py)
    training_data: tuple[TrainingDataEntry, ...] = ()
    data_card: DataCard | None = None  # a dataset's own card, beyond its license; else None
    artefacts: Artefacts | None = None  # the hub's security scan and the chat template digest
    document_options: tuple[DocumentOption, ...] = ()  # licenses/document_choice.py


@dataclass(frozen=True, slots=True)
class PolicyRef:
    """Which policy judged the run."""

    name: str
    sha256: str


@dataclass(frozen=True, slots=True)
class AuditResult:
    """A whole run: the document behind every report format."""

    tool_name: str
    tool_version: str
    generated_at: str  # ISO 8601, UTC, "Z"
    verdict: Verdict
    models: tuple[ModelResult, ...]
    policy: PolicyRef | None = None
    manifest: str | None = None
    findings: tuple[Finding, ...] = ()  # about the run itself (unused or expired waivers)
    # what the knowledge base said about each license the result mentions, when the audit ran:
    # every renderer reads license names, links, kinds and duties here, never today's database.
    # None: a result saved before schema 1.1, which did not record them.
    license_facts: Mapping[str, LicenseFacts] | None = None
    knowledge_digest: str | None = None  # the license knowledge the audit used (knowledge/digest)
    lineage_knowledge: KnowledgeStamp | None = None  # the lineage snapshot's date and origin


@dataclass(frozen=True, slots=True)
class LicenseTerm:
    """A license term as the knowledge base states it, with the clause it comes from."""

    value: object
    clause: str | None = None


@dataclass(frozen=True, slots=True)
class LicenseDuty:
    """An obligation a license puts on whoever adopts the model, traced to its clause."""

    tag: str
    text: str
    clause: str | None = None


@dataclass(frozen=True, slots=True)
class LicenseFacts:
    """The knowledge base's record of one license, as far as the reports need it.

    Held in AuditResult.license_facts under the id the result mentions (an alias resolves to
    the record's own `id`), plus the documents each one relates to (acceptable-use policies).
    """

    id: str
    name: str
    kind: str
    links: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # ids of documents it incorporates or relates to
    obligations: tuple[LicenseDuty, ...] = ()
    terms: Mapping[str, LicenseTerm] = field(default_factory=dict)
