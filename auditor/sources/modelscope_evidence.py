"""What a ModelScope model's info adds to its evidence: the `License` field as a declaration,
and the Hugging Face origin the model names.

Part of the ModelScope source (`modelscope`). Pure: values in, values out.

- The model info's `License` is what the publisher declared on ModelScope. When the card's
  front matter declares no license, it is the declaration (origin `ModelScope model info`);
  when the card declares one too, it stands beside it as a metadata value, so a different
  license there is a conflict quoting both (the stricter binds).
- The origin: a Hugging Face repo the card or the info links whose name is the model's own
  (a mirror: `https://huggingface.co/Qwen/Qwen2.5-7B-Instruct` on `Qwen/Qwen2.5-7B-Instruct`),
  else the one `base_model` the front matter names. A linked origin the front matter does not
  name as its base model reaches lineage as a stated parent (a Modelfile `FROM hf.co/...`, the
  form lineage/repo_files.py reads, as the Ollama source writes it); its license text is set
  beside the model's (sources/ollama_origin.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import Declared, Evidence, ParsedCard, SourceSnapshot
from auditor.model.evidence import DeclaredPiece, EvidenceItem, EvidenceKind, declaration
from auditor.sources.evidence import gather_evidence
from auditor.sources.modelscope_ref import ModelScopeName
from auditor.sources.ollama_origin import hub_repo_of

INFO_ORIGIN = "ModelScope model info"
INFO_KEY = "ModelScope License"
"""The key the info's `License` is quoted under (not `license`: no card key is meant)."""
MODELFILE = "Modelfile"
_HF_ID = lazy_pattern(r"[A-Za-z0-9][\w.\-]{0,95}/[A-Za-z0-9][\w.\-]{0,95}")
_MAX_LINK_LINES = 2000
"""Lines of the card searched for a link to the origin."""


@dataclass(frozen=True, slots=True)
class Origin:
    """The Hugging Face repo a model comes from, and where the model says so."""

    repo: str
    where: str
    linked: bool  # named by a link (else: the front matter's base_model)


def info_license(info: dict[str, object]) -> str | None:
    """The info's `License`, when it names something (not empty)."""
    value = info.get("License")
    if not isinstance(value, str) or not value.strip():
        return None
    return " ".join(value.split())[:200]


def with_info_evidence(snapshot: SourceSnapshot, license_value: str | None) -> SourceSnapshot:
    """The snapshot with its evidence gathered, the info's `License` among it."""
    items = list(gather_evidence(snapshot))
    if license_value is None:
        return replace(snapshot, evidence=tuple(items))
    stated = declaration(items)
    declared = stated.declared or Declared()
    quote = f"License: {license_value}"
    evidence = Evidence(INFO_ORIGIN, None, quote)
    if declared.license or declared.license_name:  # the card declares: the field stands beside
        piece = DeclaredPiece(INFO_KEY, "name", license_value, evidence, "declared")
        items.append(_field(piece))
        return replace(snapshot, evidence=tuple(items))
    mine = replace(declared, license=license_value, origin=INFO_ORIGIN)
    item = EvidenceItem(EvidenceKind.DECLARATION, INFO_ORIGIN, INFO_ORIGIN, quote, declared=mine)
    at = next((i for i, x in enumerate(items) if x.kind is EvidenceKind.DECLARATION), None)
    if at is None:
        items.insert(0, item)
        at = 0
    else:
        items[at] = item
    items.insert(
        at + 1, _field(DeclaredPiece(INFO_KEY, "tag", license_value, evidence, "declared"))
    )
    return replace(snapshot, evidence=tuple(items))


def _field(piece: DeclaredPiece) -> EvidenceItem:
    return EvidenceItem(
        EvidenceKind.METADATA_FIELD, INFO_ORIGIN, INFO_ORIGIN, piece.evidence.text, piece=piece
    )


def hugging_face_origin(
    name: ModelScopeName, card: ParsedCard | None, card_path: str, info: dict[str, object]
) -> Origin | None:
    """The Hugging Face repo the model names as its origin, if any (see the module's doc)."""
    for value, where in _linked(card, card_path, info):
        repo = hub_repo_of(value)
        repo = repo.rstrip(".") if repo else None  # a sentence's full stop (no Hub name ends so)
        if repo and repo.split("/")[1].lower() == name.name.lower():
            return Origin(repo, where, linked=True)
    bases = card.metadata.get("base_model") if card is not None else None
    bases = [bases] if isinstance(bases, str) else bases
    if isinstance(bases, list) and len(bases) == 1 and isinstance(bases[0], str):
        base = bases[0].strip()
        repo = hub_repo_of(base) or (base if _is_hub_id(base) else None)
        if repo is not None:
            line = card.key_lines.get("base_model") if card is not None else None
            return Origin(repo, _at(card_path, line), linked=False)
    return None


def origin_modelfile(name: ModelScopeName, commit: str | None, origin: Origin) -> str:
    """The Modelfile lineage reads the linked origin from."""
    at = f" at {commit}" if commit else ""
    return (
        f"# {name.ref}{at} as a Modelfile: its Hugging Face origin, linked in {origin.where}\n"
        f"FROM hf.co/{origin.repo}\n"
    )


def _linked(
    card: ParsedCard | None, card_path: str, info: dict[str, object]
) -> list[tuple[str, str]]:
    """(text, where it stands) of every place that may link the origin: the card's front
    matter values, its body lines, then the info's text fields."""
    found: list[tuple[str, str]] = []
    if card is not None:
        for key, value in card.metadata.items():
            for text in _strings(value):
                found.append((text, _at(card_path, card.key_lines.get(key))))
        for offset, line in enumerate(card.body.splitlines()[:_MAX_LINK_LINES]):
            if "huggingface.co/" in line or "hf.co/" in line:
                found.append((line, _at(card_path, card.body_line + offset)))
    for key, value in info.items():
        if key != "ReadMeContent":  # the card again, read above when the file was
            found.extend((text, f"{INFO_ORIGIN} ({key})") for text in _strings(value))
    return found


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _is_hub_id(text: str) -> bool:
    return _HF_ID.fullmatch(text) is not None and ".." not in text


def _at(path: str, line: int | None) -> str:
    return f"{path} line {line}" if line else path
