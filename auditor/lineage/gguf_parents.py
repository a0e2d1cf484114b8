"""Parents a GGUF header names (`general.base_model.N.*`), and whether a parent the card names is
the header's own model. Pure: the header's metadata mapping in, values out.

llama.cpp's converter copies the converted model's card `base_model` into
`general.base_model.N.name|organization|version|repo_url`, and names the converted model itself
in `general.name`, `general.basename`, `general.finetune`, `general.size_label`. So a
quantization repo whose card says `base_model: org/X` usually carries a header naming X's own
parents: the header then names the card's parent's parents, which is no contradiction (and
still an ancestor whose license binds). Only when the card's parent is not the header's model
do the two disagree. A base the header names that is the header's own model (its name, with
or without the owner before it) makes the file that model's weights converted: a quantized
copy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from urllib.parse import urlsplit

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.lineage.names import base_name, normalise_name
from auditor.lineage.prose_refs import is_repo_like
from auditor.model import BaseModelRef, Declared, Evidence, StatedParent

GGUF_REPO_CONFIDENCE = 0.7
"""A header parent given by its Hub URL: metadata a converter wrote, not the card's."""
GGUF_NAME_CONFIDENCE = 0.6
"""A header parent given only by organisation and name, turned into `org/name`."""

_BASE_KEY = lazy_pattern(r"general\.base_model\.(\d{1,4})\.(name|organization|repo_url)")
_HUB_HOSTS = frozenset({"huggingface.co", "www.huggingface.co", "hf.co"})
_NOT_MODELS = frozenset({"datasets", "spaces", "docs", "api", "blog", "collections", "papers"})
_OWN_NAME_KEYS = (
    *("general.name", "general.basename", "general.finetune", "general.size_label"),
    "general.version",
)
_OWN_URL_KEYS = ("general.repo_url", "general.source.url", "general.source.repo_url")
_OWN_REPO_KEY = "general.source.huggingface.repository"
MAX_HEADER_PARENTS = 16


def header_parents(metadata: Mapping[str, object], file: str) -> tuple[StatedParent, ...]:
    """The parents `general.base_model.N.*` names, in N order, each with the key quoted.

    A Hub `repo_url` gives the repo id; otherwise an organisation and a name give
    `Org-Words/Name-Words` (the converter wrote them from the repo id); a name alone names no
    repo and is left out."""
    entries: dict[int, dict[str, str]] = {}
    for key, value in metadata.items():
        found = _BASE_KEY.fullmatch(key)
        if found is not None and isinstance(value, str) and value.strip():
            entries.setdefault(int(found.group(1)), {})[found.group(2)] = value.strip()
    parents: dict[str, StatedParent] = {}
    for index, entry in sorted(entries.items())[:MAX_HEADER_PARENTS]:
        from_url = hub_repo_id(entry.get("repo_url", ""))
        if from_url is not None:
            ref, field, confidence = from_url, "repo_url", GGUF_REPO_CONFIDENCE
        elif "organization" in entry and "name" in entry:
            ref = f"{_slug(entry['organization'])}/{_slug(entry['name'])}"
            field, confidence = "name", GGUF_NAME_CONFIDENCE
        else:
            continue
        if not is_repo_like(ref) or ref.lower() in parents:
            continue
        quote = f"general.base_model.{index}.{field}: {entry[field]}"
        evidence = Evidence(file, None, quote)
        # the header's model named as its own base: the file is that model's weights, converted
        relation = "quantized" if is_header_model(metadata, ref) else None
        parents[ref.lower()] = StatedParent(ref, relation, "gguf-header", confidence, evidence)
    return tuple(parents.values())


def hub_repo_id(url: str) -> str | None:
    """`org/name` of a Hugging Face model URL (`https://huggingface.co/org/name`), else None."""
    text = url.strip()
    if not text:
        return None
    if not text.lower().startswith(("http://", "https://")):
        text = f"https://{text}"
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if (parts.hostname or "").lower() not in _HUB_HOSTS:
        return None
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) < 2 or segments[0].lower() in _NOT_MODELS:
        return None
    ref = f"{segments[0]}/{segments[1].removesuffix('.git')}"
    return ref if ".." not in ref else None


def _slug(words: str) -> str:
    return "-".join(words.split())


def is_header_model(metadata: Mapping[str, object], ref: str) -> bool:
    """Whether `ref` (a parent the card names) is the model the header describes: its source
    repo, or a name the header gives it (`general.name`, or every word of the ref among the
    header's name words with the basename's words in the ref)."""
    own_repos = {hub_repo_id(str(metadata.get(key) or "")) for key in _OWN_URL_KEYS}
    source = metadata.get(_OWN_REPO_KEY)
    if isinstance(source, str):
        own_repos.add(source.strip())
    if any(r is not None and r.lower() == ref.lower() for r in own_repos):
        return True
    wanted = base_name(ref)
    name = normalise_name(_text(metadata, "general.name"))
    if name and (name == wanted or _owner_prefixed(name, wanted, ref)):
        return True
    basename = _text(metadata, "general.basename")
    if not basename:
        return False
    words = set(wanted.split("-"))
    own_words = {
        w for key in _OWN_NAME_KEYS for w in normalise_name(_text(metadata, key)).split("-")
    }
    return set(normalise_name(basename).split("-")) <= words <= own_words | {""}


def _owner_prefixed(name: str, wanted: str, ref: str) -> bool:
    """`meta-llama-3.1-8b-instruct` for `meta-llama/Llama-3.1-8B-Instruct`: the name with
    words of the ref's owner before it (converters prefix the organisation)."""
    if not name.endswith(f"-{wanted}"):
        return False
    owner = set(normalise_name(ref.partition("/")[0]).split("-"))
    return set(name[: -len(wanted) - 1].split("-")) <= owner


def _text(metadata: Mapping[str, object], key: str) -> str:
    value = metadata.get(key)
    return value.strip() if isinstance(value, str) else ""


def with_self_quantization(declared: Declared, metadata: object) -> Declared:
    """The GGUF header's declaration with each base that is the header's own model marked
    `quantized` (the file is that model's weights converted: llama.cpp writes the converted
    card's `base_model` and the model's own name), when the header is what declares them."""
    if declared.origin != "GGUF header" or not isinstance(metadata, Mapping):
        return declared
    if declared.base_model_relation is not None:
        return declared
    bases = tuple(
        BaseModelRef(base.ref, "quantized")
        if base.relation is None and is_header_model(metadata, base.ref)
        else base
        for base in declared.base_models
    )
    return replace(declared, base_models=bases) if bases != declared.base_models else declared
