"""The evidence about a model's artefacts beside its license (issue 37): the chat template the
model runs with, and a hub's security scan, as items of the snapshot's evidence list.

The chat template is read from the repo's files for every source alike (`extra_evidence`):
`chat_template.jinja` when the repo has one (transformers saves the template there and loads it
in place of the config key), else the `chat_template` of `tokenizer_config.json`, each only when
it is small (`TEMPLATE_FILE_MAX_BYTES`). A template given as named templates (a list of
`{name, template}`, or a mapping of name to template) is kept as the canonical JSON of that
value, so its digest does not depend on spacing or key order. A GGUF header's
`tokenizer.chat_template` needs no reading here: the header is on the snapshot already.

The items (model/evidence.py `ARTEFACT_SCAN`, `CHAT_TEMPLATE`) are added after the license
evidence (`with_artefacts`); pipeline/artefacts.py reads them into `ModelResult.artefacts`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from auditor.model import SourceSnapshot
from auditor.model.evidence import EvidenceItem, EvidenceKind
from auditor.sources.base import decode_text
from auditor.sources.evidence import with_evidence

TEMPLATE_FILE_MAX_BYTES = 2 * 1024 * 1024
"""Largest `tokenizer_config.json` or `chat_template.jinja` read for the template: real ones
are a few KiB to a few hundred (a long list of added tokens); past this the template is not
read."""

TEMPLATE_FILES = ("chat_template.jinja", "tokenizer_config.json")
"""Where a repo keeps its chat template, in the order they are tried (top level only)."""

Reader = Callable[[str, int], bytes | None]


@dataclass(frozen=True, slots=True)
class ChatTemplate:
    """A chat template as read: the file, where it was read (a URL, a path) and its text."""

    path: str
    where: str
    text: str


def read_chat_template(
    sizes: Mapping[str, int | None], read: Reader, origin: str
) -> ChatTemplate | None:
    """The repo's chat template from the first template file listed in `sizes` that holds one
    (a file listed larger than the cap is not downloaded); None when none does."""
    for path in TEMPLATE_FILES:
        if path not in sizes:
            continue
        size = sizes[path]
        if size is not None and size > TEMPLATE_FILE_MAX_BYTES:
            continue
        data = read(path, TEMPLATE_FILE_MAX_BYTES)
        if data is None or len(data) > TEMPLATE_FILE_MAX_BYTES:
            continue
        text = parse_template_file(path, data)
        if text is not None:
            return ChatTemplate(path, origin + path, text)
    return None


def parse_template_file(path: str, data: bytes) -> str | None:
    """The template a template file holds: a `.jinja` file's text, or the `chat_template` of a
    JSON config; None when there is none or the file cannot be read."""
    text, _ = decode_text(data)
    if text is None:
        return None
    if path.endswith(".jinja"):
        return text if text.strip() else None
    try:
        config = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(config, dict):
        return None
    return template_text(config.get("chat_template"))


def template_text(value: object) -> str | None:
    """A `chat_template` value as the text its digest is taken of: a string as it is; named
    templates (a list of `{name, template}` or a mapping) as canonical JSON; None otherwise."""
    if isinstance(value, str):
        return value if value.strip() else None
    named = isinstance(value, list) and value and all(_is_named(item) for item in value)
    mapping = isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values())
    if named or mapping:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return None


def _is_named(item: object) -> bool:
    return (
        isinstance(item, dict)
        and isinstance(item.get("name"), str)
        and isinstance(item.get("template"), str)
    )


def artefact_items(
    template: ChatTemplate | None, scan: Mapping[str, object] | None, scan_origin: str = ""
) -> tuple[EvidenceItem, ...]:
    """The chat template and a hub's scan (its JSON-shaped summary) as evidence items."""
    items: list[EvidenceItem] = []
    if scan is not None:
        text = json.dumps(scan, sort_keys=True, ensure_ascii=False)
        items.append(EvidenceItem(EvidenceKind.ARTEFACT_SCAN, None, scan_origin, text))
    if template is not None:
        kind = EvidenceKind.CHAT_TEMPLATE
        items.append(EvidenceItem(kind, template.path, template.where, template.text))
    return tuple(items)


def with_artefacts(
    snapshot: SourceSnapshot,
    template: ChatTemplate | None,
    scan: Mapping[str, object] | None = None,
    scan_origin: str = "",
) -> SourceSnapshot:
    """The snapshot with its evidence gathered (`with_evidence`) and the artefact items after
    the license evidence."""
    gathered = with_evidence(snapshot)
    extra = artefact_items(template, scan, scan_origin)
    if not extra:
        return gathered
    return replace(gathered, evidence=(*(gathered.evidence or ()), *extra))
