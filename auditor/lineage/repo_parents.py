"""Every parent a model states outside its `base_model` metadata, from the card and the repo's
own files, and a finding where those places and the metadata name different parents. Pure.

Places, most sure first: an adapter or merge configuration (prose_configs.py; a YAML of any
other name read by its shape, shaped_configs.py), a Modelfile's
`FROM` and config.json's `_name_or_path` (repo_files.py), a training launch script's
`--model_name_or_path` (script_parents.py), the GGUF header's
`general.base_model.*` (gguf_parents.py; a dump of it kept as a text file of any name:
gguf_dump.py), the card's prose (and a NOTICE file's sentences, read as prose), and "Built
with <family>" (built_with.py). Analysis records them as `stated_parents`; lineage walks them.

- The metadata declares no parent: the card's prose parents, then the files' and the header's
  parents the prose does not name; a config.json naming only a local path or the model itself
  names none, unless the path keeps a Hub id the registry knows in its last two parts.
- The metadata declares parents: a teacher the card says the model was distilled from is a
  parent of relation `distillation` (distillation.py: bound only by a license that counts
  distilled models as its derivatives). A file or header naming a parent the metadata leaves out is
  walked beside it (both bind: the strictest reading) and is `lineage-parents-disagree`, naming
  both parents and where each is stated. The same model in another shape (a quantized mirror:
  `bartowski/X-GGUF` and `org/X`) is the same parent. A GGUF header describing the card's parent
  itself names that parent's parents: walked, no disagreement. A config.json `_name_or_path` the
  metadata contradicts counts only when it names a model the registry knows (a training run's
  intermediate checkpoint is not a contradiction worth a finding).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from auditor.knowledge.known_models import KnownModels
from auditor.knowledge.model_families import ModelFamilies, load_model_families
from auditor.knowledge.observation_weights import observed_severity
from auditor.lineage.built_with import built_with_parents
from auditor.lineage.card_self_id import card_self_id
from auditor.lineage.dataset_info_s38lineage import DATASET_INFO_NAMES
from auditor.lineage.distillation import teachers
from auditor.lineage.gguf_dump import BASE_KEYS, dump_parents
from auditor.lineage.gguf_parents import header_parents, is_header_model
from auditor.lineage.merge_base_s38lineage import is_reference, merge_references
from auditor.lineage.names import (
    base_name,
    is_local_path,
    is_mirror_org,
    local_path_name,
    resolve_name,
    split_repo_id,
)
from auditor.lineage.notebook_cells_s38lineage import is_notebook, notebook_code
from auditor.lineage.prose import stated_parents
from auditor.lineage.prose_chain import stated_grandparents
from auditor.lineage.prose_configs import config_file_parents
from auditor.lineage.repo_files import (
    model_config_parents,
    modelfile_parents,
    names_self,
    tokenizer_config_parents,
)
from auditor.lineage.script_parents import is_script, script_parents
from auditor.lineage.shaped_configs import shaped_config_parents
from auditor.lineage.train_configs import local_config_parents, training_config_parents
from auditor.model import (
    Category,
    Declared,
    Evidence,
    Finding,
    SourceSnapshot,
    StatedParent,
)
from auditor.model.config_names import ANY_DEPTH, is_training_config

RULE = "lineage-parents-disagree"
GGUF_ORIGIN = "GGUF header"
_HUB_PREFIXES = ("https://", "http://", "www.", "huggingface.co/", "hf.co/")


@dataclass(frozen=True, slots=True)
class RepoParents:
    """The parents stated outside the metadata, and where places disagree about them."""

    parents: tuple[StatedParent, ...]
    findings: tuple[Finding, ...]


def gather_stated_parents(
    snapshot: SourceSnapshot,
    declared: Declared,
    registry: KnownModels,
    families: ModelFamilies | None = None,
) -> RepoParents:
    """The model's stated parents (card, repo files, GGUF header) and disagreement findings."""
    families = families if families is not None else load_model_families()
    own = own_names(snapshot)
    card = snapshot.card
    card_file = snapshot.card_path or "README.md"

    def known_name(ref: str) -> bool:  # a Modelfile's local weights file named as a model
        return bool(resolve_name(ref, registry, families))

    def known_id(ref: str) -> bool:  # a Hub id kept in a local path's last two parts
        return registry.lookup(ref) is not None

    files = [
        p
        for path, text in snapshot.parent_configs
        for p in file_parents(path, text, own, known_name, known_id)
    ]
    files = [p for p in files if not names_self(p.ref, own)]  # a Modelfile FROM its own repo
    gguf = snapshot.gguf_metadata if isinstance(snapshot.gguf_metadata, Mapping) else None
    if gguf is not None and declared.origin != GGUF_ORIGIN:
        files.extend(header_parents(gguf, gguf_file(snapshot.files)))
    findings: list[Finding] = []
    if declared.base_models:
        named = [b.ref for b in declared.base_models]
        extra = [
            p
            for p in files
            if not any(same_parent(p.ref, n, families) for n in named)
            and (p.method != "model-config" or _another_license(p.ref, named, registry))
            and (not is_local_path(p.ref) or _names_known_model(p.ref, registry, families))
        ]

        def same(a: str, b: str) -> bool:
            return same_parent(a, b, families)

        refs = merge_references(snapshot.parent_configs, named, families, same)
        differ = [p for p in extra if not is_reference(p, refs, same)]  # merge_base_s38lineage
        findings = _disagreements(differ, named, gguf, _declared_evidence(declared, snapshot))
        parents = _best(extra, families)
        if card is not None:  # a teacher beside the declared base (distillation.py)
            parents += tuple(
                t
                for t in teachers(
                    card.body,
                    card_file=card_file,
                    first_line=card.body_line,
                    own=snapshot.repo_id,
                    is_known=lambda ref: registry.lookup(ref) is not None,
                )
                if not any(
                    same_parent(t.ref, n, families) for n in (*named, *(p.ref for p in parents))
                )
            )
            parents += stated_grandparents(  # "X is itself a fine-tune of Y" (prose_chain.py)
                card.body,
                named,
                card_file=card_file,
                first_line=card.body_line,
                own_repo=snapshot.repo_id,
                is_known=lambda ref: registry.lookup(ref) is not None,
            )
    else:
        prose: tuple[StatedParent, ...] = ()
        if card is not None:
            prose = stated_parents(
                card.body,
                card_file=card_file,
                first_line=card.body_line,
                own_repo=snapshot.repo_id,
                is_known=lambda ref: registry.lookup(ref) is not None,
            )
        prose += notice_parents(snapshot, lambda ref: registry.lookup(ref) is not None)
        rest = [p for p in files if not any(same_parent(p.ref, q.ref, families) for q in prose)]
        parents = (*prose, *_best(rest, families))
        if not parents and card is not None and not snapshot.repo_id:  # card_self_id.py
            self_id = card_self_id(
                card.body,
                card_file=card_file,
                first_line=card.body_line,
                folder=own[0] if own else None,
                is_known=lambda ref: registry.lookup(ref) is not None,
                names_family=lambda ref: bool(resolve_name(ref, None, families)),
            )
            parents = (self_id,) if self_id is not None else ()
    # "Built with X" is the display a vendor license asks of whoever builds on its model or
    # its outputs: a parent of that family, unless the declared parents or the declared
    # license already are of it (`llama3.1` displaying "Built with Llama")
    if card is not None:
        parents += built_with_parents(
            card.body,
            families,
            card_file=card_file,
            first_line=card.body_line,
            own=own[0] if own else None,
            stated_refs=[
                *(b.ref for b in declared.base_models),
                *(p.ref for p in parents),
                *_license_words(declared),
            ],
        )
    return RepoParents(tuple(parents), tuple(findings))


def _another_license(ref: str, named: Sequence[str], registry: KnownModels) -> bool:
    """A config.json parent the metadata contradicts counts when the registry knows it and
    none of the metadata's parents has its license (a training run's intermediate checkpoint,
    or the instruct model beside its base, is not a contradiction worth a finding)."""
    known = registry.lookup(ref)
    if known is None:
        return False
    return all((k := registry.lookup(n)) is None or k.license != known.license for n in named)


def _names_known_model(ref: str, registry: KnownModels, families: ModelFamilies) -> bool:
    """Whether a local path names a model the knowledge knows (beside declared parents, a
    local path naming nothing known is a training run's folder, not a contradiction)."""
    name = local_path_name(ref)
    if name is None:
        return False
    if "/" in name:  # a Hugging Face cache folder: the repo it holds
        return True
    key = base_name(name)
    return registry.lookup_name(key, skip_org=is_mirror_org) is not None or bool(
        families.match(key)
    )


def file_parents(
    path: str,
    text: str,
    own: tuple[str, ...] = (),
    known_name: Callable[[str], bool] | None = None,
    known_id: Callable[[str], bool] | None = None,
) -> tuple[StatedParent, ...]:
    """The parents one repo file names, read by what the file is (`known_name`: whether a
    Modelfile's local weights file is named as a known model; `known_id`: whether a Hub id a
    config.json's local path keeps is a known model's; see repo_files.py)."""
    name = PurePosixPath(path).name.lower()
    if name in ("config.json", "model_index.json"):  # a model's, a component's, a pipeline's
        return model_config_parents(path, text, own, known_id)
    if name == "tokenizer_config.json":
        return tokenizer_config_parents(path, text, own)
    if name == "modelfile" or name.startswith("modelfile."):
        return modelfile_parents(path, text, known_name)
    if is_training_config(name):
        return training_config_parents(path, text)
    if name == "adapter_config.json":  # its Hub id, else a local path naming the base
        return config_file_parents(path, text) or local_config_parents(path, text)
    if BASE_KEYS in text:  # a GGUF header dump kept as a file of any name (gguf_dump.py)
        return tuple(dump_parents(text.splitlines(), path))
    if name not in ANY_DEPTH and name.endswith((".yaml", ".yml")):
        return shaped_config_parents(path, text)  # a recipe of any name, by its shape
    if is_script(name):
        return script_parents(path, text)  # a training launch script, by its shape
    if is_notebook(name):  # a notebook's code cells, read as a Python training script
        code = notebook_code(text)
        return script_parents(path, code, python=True) if code else ()
    if name in DATASET_INFO_NAMES:
        return ()  # LLaMA-Factory's dataset list names data, not models (training/)
    return config_file_parents(path, text)


def notice_parents(
    snapshot: SourceSnapshot, is_known: Callable[[str], bool]
) -> tuple[StatedParent, ...]:
    """The parents a NOTICE file (`NOTICE`, `NOTICE.md`, `NOTICE.txt`) states in its sentences
    ("model weights derived from org/name"), read as the card's prose is, quoting the file."""
    found: list[StatedParent] = []
    for file in snapshot.license_files:
        if file.text and PurePosixPath(file.path).name.lower().startswith("notice"):
            own = snapshot.repo_id
            found += stated_parents(file.text, card_file=file.path, own_repo=own, is_known=is_known)
    return tuple(found)


def own_names(snapshot: SourceSnapshot) -> tuple[str, ...]:
    """The names the model goes by: its repo id, else its folder's or file's name."""
    if snapshot.repo_id:
        return (snapshot.repo_id,)
    name = PurePosixPath(snapshot.target.location.replace("\\", "/")).name
    return (name.removesuffix(".gguf"),) if name else ()


def gguf_file(files: Sequence[str]) -> str:
    """How a GGUF header is named in evidence: its file, as the declared pieces name it."""
    name = next((f for f in files if f.lower().endswith(".gguf")), None)
    return f"{name} (GGUF header)" if name else GGUF_ORIGIN


def same_parent(a: str, b: str, families: ModelFamilies) -> bool:
    """Whether two refs name the same parent: the same repo, the same model in another shape
    (`bartowski/X-GGUF`, `org/X`), a vendor's model under its old name or re-uploaded
    (`unsloth/Meta-Llama-3.1-8B-bnb-4bit`, `meta-llama/Llama-3.1-8B`: the leading word is an
    organisation's), or, for an Ollama library name, the same generation rule."""
    left, right = _key(a), _key(b)
    if left == right:
        return True
    org_a, org_b = split_repo_id(left)[0], split_repo_id(right)[0]
    orgs = {*org_a.split("-"), *org_b.split("-")} - {""}
    if _name_forms(base_name(left), orgs) & _name_forms(base_name(right), orgs):
        return True
    if "ollama" in (org_a, org_b):
        rules_a = {r.id for r in families.match(base_name(left))}
        return bool(rules_a & {r.id for r in families.match(base_name(right))})
    return False


def _key(ref: str) -> str:
    named = local_path_name(ref)  # a local path: the model its last part names
    text = (named or ref).strip().lower()
    for prefix in _HUB_PREFIXES:
        text = text.removeprefix(prefix)
    return text.strip("/")


def _name_forms(name: str, org_words: set[str]) -> set[str]:
    """The name, and the name without a leading organisation word (`meta-llama-3-8b`)."""
    first, _, rest = name.partition("-")
    return {name, rest} if rest and first in org_words else {name}


def _best(parents: Iterable[StatedParent], families: ModelFamilies) -> tuple[StatedParent, ...]:
    """Each parent once (the same parent in two places: the surer statement), in order."""
    kept: list[StatedParent] = []
    for parent in parents:
        at = next((i for i, k in enumerate(kept) if same_parent(k.ref, parent.ref, families)), None)
        if at is None:
            kept.append(parent)
        elif parent.confidence > kept[at].confidence:
            kept[at] = parent
    return tuple(kept)


def _declared_evidence(declared: Declared, snapshot: SourceSnapshot) -> Evidence:
    refs = ", ".join(b.ref for b in declared.base_models)
    card = snapshot.card
    if declared.origin == GGUF_ORIGIN or card is None:
        return Evidence(gguf_file(snapshot.files), None, f"general.base_model: {refs}")
    lines = card.key_lines
    if card.misplaced is not None and "base_model" not in card.metadata:
        lines = card.misplaced.key_lines
    return Evidence(
        snapshot.card_path or "README.md", lines.get("base_model"), f"base_model: {refs}"
    )


def _disagreements(
    extra: Sequence[StatedParent],
    named: Sequence[str],
    gguf: Mapping[str, object] | None,
    declared_at: Evidence,
) -> list[Finding]:
    """One finding per file naming parents the metadata leaves out (a GGUF header describing
    the metadata's parent itself is none)."""
    by_file: dict[str, list[StatedParent]] = {}
    for parent in extra:
        by_file.setdefault(parent.evidence.file or "a repo file", []).append(parent)
    findings = []
    for file, parents in by_file.items():
        from_header = parents[0].method == "gguf-header"
        if from_header and gguf is not None and any(is_header_model(gguf, n) for n in named):
            continue
        theirs = ", ".join(p.ref for p in parents)
        where = _where(declared_at)
        findings.append(
            Finding(
                rule=RULE,
                category=Category.PROVENANCE,
                severity=observed_severity(RULE),
                message=(
                    f"the metadata names base model {', '.join(named)} ({where}), but {file} "
                    f"names {theirs} ({_where(parents[0].evidence)}); both are followed and "
                    "every binding license of either applies"
                ),
                evidence=(declared_at, *(p.evidence for p in parents)),
                remediation=f"confirm which model this one was made from; correct `base_model` "
                f"or {file} so they agree (until then the stricter parent's license binds)",
            )
        )
    return findings


def _where(evidence: Evidence) -> str:
    place = f"{evidence.file} line {evidence.line}" if evidence.line else evidence.file or "?"
    return f"{place}: {evidence.text}" if evidence.text else place


def _license_words(declared: Declared) -> list[str]:
    """The declared license tags and name, read as names (`llama3.1` is of the Llama family)."""
    value = declared.license
    tags = [str(t) for t in (value if isinstance(value, list) else [value]) if t]
    return [*tags, *([declared.license_name] if declared.license_name else [])]
