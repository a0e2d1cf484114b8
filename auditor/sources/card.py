r"""Splits a model card (README.md) into YAML front matter and Markdown body, for the scanner.

Front matter is what the Hugging Face Hub reads as front matter. The Hub server and
huggingface_hub share one pattern (`REGEX_YAML_BLOCK` in huggingface_hub/repocard.py):

    ^(\s*---[\r\n]+)([\S\s]*?)([\r\n]+---(\r\n|\n|$))

so this parser follows it:

- Whitespace, blank lines included, may come before the opening `---`; so may a UTF-8 BOM
  (the server's JavaScript `\s` matches U+FEFF). The opening line is `---` and nothing
  else: `--- ` at the top is not an opening (NOT_AT_START if metadata follows it).
- The block ends at the first later line that is exactly `---` at column 0, followed by a
  line break or the end of the file. `...` (YAML's end-of-document marker) does not close
  front matter on the Hub, so it does not close it here; line-by-line recovery stops there.
- `---` directly followed by `---` is an EMPTY block, although the Hub pattern needs one
  line break on each side. A closing `---` followed by a lone CR (old Mac line endings) is
  accepted, with a problem saying the Hub does not accept it.
- A start-of-file `---` that is never closed is INVALID_YAML when the next non-blank line is
  a `key:` line (its leading run of YAML-looking lines is recovered; the Hub reads no
  metadata at all); otherwise it is a Markdown rule and the state is ABSENT.
- A `---` line later in the file whose next non-blank line starts with a well-known card
  key (`license:`, `base_model:`, ...) is NOT_AT_START: the metadata stays empty because
  the Hub ignores it, and a problem names the line. Lines in fenced code are skipped.
- YAML is loaded with a SafeLoader subclass that only bounds it: nesting deeper than
  MAX_NESTING, alias expansion adding over MAX_EXPANDED_NODES nodes, recursive aliases and
  blocks longer than MAX_FRONT_MATTER_CHARS are refused and reported like syntax errors
  (INVALID_YAML), then recovered line by line. So is YAML whose top level is not a mapping.
  Scalars resolve as SafeLoader resolves them (YAML 1.1: `no` is false); a duplicate key
  keeps its last value, with a problem.
- Metadata is made JSON-serialisable: dates become ISO strings, keys become strings,
  `!!binary` becomes base64 text, sets become sorted lists, non-finite floats become text.
- Recovered values are strings, lists of strings or None (untyped): top-level `key: value`
  (plain or quoted), `key: [a, b]` and `key:` followed by `- item` lines. Keys holding
  nested mappings, multi-line scalars or aliases are left out.

Line numbers are 1-based lines of the file as given (CRLF, CR and LF each end a line).
The bounded YAML loader lives in `fileio.card_yaml`, the line-by-line recovery in `card_recovery`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from auditor.fileio.card_yaml import YamlProblem, load_yaml
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import BaseModelRef, Declared, FrontMatterState, ParsedCard
from auditor.sources.card_keys import declared_key
from auditor.sources.card_misplaced import CARD_KEYS, FENCE, declares, find_misplaced
from auditor.sources.card_recovery import LINE_BREAK, LineIndex, is_key_line, recover
from auditor.sources.card_relation import implied_relation
from auditor.sources.gguf_header import hf_repo_id

__all__ = [
    "CARD_ORIGIN",
    "MAX_FRONT_MATTER_CHARS",
    "declared_from_card",
    "declared_from_metadata",
    "parent_ref",
    "parse_card",
]

MAX_FRONT_MATTER_CHARS = 1_000_000  # characters; real cards stay far below (model-index included)
CARD_ORIGIN = "README.md front matter"

_HUB_RELATIONS = ("adapter", "merge", "quantized", "finetune")

_BOM = "\ufeff"
_OPENING = lazy_pattern(r"\s*---(?:\r\n|\r|\n)")
_CLOSING = lazy_pattern(r"(?<=[\r\n])---(?=[\r\n]|\Z)")
_WELL_KNOWN_KEY_LINE = lazy_pattern(
    r"""["']?(?:""" + "|".join(map(re.escape, CARD_KEYS)) + r""")["']?[ \t]*:(?:[ \t]|\Z)"""
)
_HUB_RELATION_TAG = lazy_pattern(
    r"base_model:(?P<relation>" + "|".join(_HUB_RELATIONS) + r"):(?P<ref>.+)", re.IGNORECASE
)


def parse_card(text: str) -> ParsedCard:
    """Split a model card into front matter metadata and Markdown body; never raises.

    When the front matter declares no license and no base model, a metadata block the Hub
    does not read (see `card_misplaced`) is kept in `misplaced`, apart from `metadata`.
    """
    source = text.removeprefix(_BOM)
    lines = LineIndex.of(source)
    card = _parse(source, lines)
    if declares(card.metadata):
        return card
    misplaced = find_misplaced(source, lines, card.body_line)
    return card if misplaced is None else replace(card, misplaced=misplaced)


def _parse(source: str, lines: LineIndex) -> ParsedCard:
    opening = _OPENING.match(source)
    if opening is None:
        return _without_front_matter(source, lines)
    block_start = opening.end()
    closing = _CLOSING.search(source, block_start)
    if closing is None:
        return _unclosed(source, lines, block_start)

    after = LINE_BREAK.match(source, closing.end())
    body_start = after.end() if after else closing.end()
    closing_line = lines.number(closing.start())
    body = source[body_start:]
    problems: list[str] = []
    if after is not None and after.group() == "\r":
        problems.append(
            f"line {closing_line}: the closing '---' ends with a lone CR; the Hub only"
            " accepts LF or CRLF there and may show no metadata"
        )
    block = source[block_start : closing.start()]
    first_line = lines.number(block_start)

    def card(
        state: FrontMatterState,
        metadata: dict[str, object] | None = None,
        key_lines: dict[str, int] | None = None,
        shadowed: tuple[tuple[str, int, object], ...] = (),
    ) -> ParsedCard:
        return ParsedCard(
            metadata=metadata or {},
            body=body,
            body_line=closing_line + 1,
            state=state,
            key_lines=key_lines or {},
            problems=tuple(problems),
            shadowed=shadowed,
        )

    def recovered() -> ParsedCard:
        found = recover(source, lines, first_line, closing_line, stop_at_prose=False)
        problems.extend(found.problems)
        return card(
            FrontMatterState.INVALID_YAML, found.metadata, found.key_lines, tuple(found.shadowed)
        )

    if len(block) > MAX_FRONT_MATTER_CHARS:
        problems.append(
            f"line {first_line}: front matter is {len(block)} characters, over the"
            f" {MAX_FRONT_MATTER_CHARS} limit; not parsed as YAML"
        )
        return recovered()
    try:
        loaded = load_yaml(block)
    except YamlProblem as err:
        where = first_line if err.index is None else lines.number(block_start + err.index)
        problems.append(f"line {where}: invalid YAML in front matter: {err.message}")
        return recovered()

    if loaded.value is None or loaded.value == {}:
        return card(FrontMatterState.EMPTY)
    if not isinstance(loaded.value, dict):
        kind = "list" if isinstance(loaded.value, list) else type(loaded.value).__name__
        problems.append(f"line {first_line}: front matter is a {kind}, not a mapping of keys")
        return recovered()
    key_lines = {key: lines.number(block_start + at) for key, at in loaded.key_offsets.items()}
    for key, first, last in loaded.duplicates:
        problems.append(
            f"line {lines.number(block_start + last)}: duplicate key {key!r} (also on line"
            f" {lines.number(block_start + first)}); the last value is used"
        )
    shadowed = tuple(
        (key, lines.number(block_start + at), value) for key, at, value in loaded.shadowed
    )
    return card(FrontMatterState.OK, loaded.value, key_lines, shadowed)


def declared_from_card(card: ParsedCard) -> Declared:
    """What the card's front matter declares about its license and its parent models."""
    return declared_from_metadata(card.metadata, CARD_ORIGIN, card.body)


def declared_from_metadata(metadata: Mapping[str, object], origin: str, body: str = "") -> Declared:
    """What card metadata (front matter, or a block the Hub does not read) declares; a
    `license` key spelled otherwise (`licence`, an invisible character) stands in for a
    missing one (card_keys.py). `body`, the card's text, may call the files a quantized copy
    of the one base model (card_relation.py)."""
    license_value = metadata.get(declared_key(metadata, "license") or "license")
    declared_license: str | list[str] | None
    if isinstance(license_value, list):
        declared_license = [text for item in license_value if (text := _scalar_text(item))]
        declared_license = declared_license or None
    else:
        declared_license = _scalar_text(license_value)

    relation = _scalar_text(metadata.get("base_model_relation"))
    relation = relation.lower() if relation else None
    tag_relations = _relations_from_tags(metadata.get("tags"))
    if relation is None and len(set(tag_relations.values())) == 1:
        relation = next(iter(tag_relations.values()))
    # a quantized copy that states no relation (card_relation.py): its one parent's relation
    implied = implied_relation(metadata, body) if relation is None else None

    raw_bases = metadata.get("base_model")
    items = raw_bases if isinstance(raw_bases, list) else [raw_bases]
    refs = [item.strip() for item in items if isinstance(item, str) and item.strip()]
    base_models = tuple(
        BaseModelRef(
            parent_ref(ref),
            tag_relations.get(ref, tag_relations.get(parent_ref(ref), relation or implied)),
        )
        for ref in refs
    )
    return Declared(
        license=declared_license,
        license_name=_scalar_text(metadata.get("license_name")),
        license_link=_scalar_text(metadata.get("license_link")),
        base_models=base_models,
        base_model_relation=relation,
        origin=origin,
    )


_HUB_HOST_PREFIX = lazy_pattern(r"(?:www\.)?(?:huggingface\.co|hf\.co)/", re.IGNORECASE)


def parent_ref(ref: str) -> str:
    """A parent named by its Hub URL (`https://huggingface.co/org/name`, `hf.co/org/name`,
    with or without the scheme) as the repo id `org/name`; anything else unchanged."""
    text = ref.strip()
    url = f"https://{text}" if _HUB_HOST_PREFIX.match(text) else text
    if url.lower().startswith(("http://", "https://")):
        return hf_repo_id(url) or text
    return text


# --- no front matter at the start ----------------------------------------------------------


def _without_front_matter(source: str, lines: LineIndex) -> ParsedCard:
    misplaced = _find_misplaced_block(source, lines)
    if misplaced is None:
        return ParsedCard(metadata={}, body=source, body_line=1, state=FrontMatterState.ABSENT)
    dash_line, key_line, key = misplaced
    at_top = not source[: lines.start(dash_line)].strip()
    why = (
        "its opening line is not exactly '---'"
        if at_top
        else "it does not open the file (the Hub reads front matter only there)"
    )
    problem = (
        f"line {dash_line}: a '---' block with card metadata ('{key}:' on line {key_line})"
        f" is not front matter because {why}; its metadata is ignored"
    )
    return ParsedCard(
        metadata={},
        body=source,
        body_line=1,
        state=FrontMatterState.NOT_AT_START,
        problems=(problem,),
    )


def _find_misplaced_block(source: str, lines: LineIndex) -> tuple[int, int, str] | None:
    """First `---` line outside fenced code followed by a well-known card key."""
    fence: str | None = None
    for number in range(1, lines.count + 1):
        line = lines.text(source, number)
        opened = FENCE.match(line)
        if opened:
            mark = opened.group("fence")
            if fence is None:
                fence = mark
            elif mark[0] == fence[0] and len(mark) >= len(fence) and not line.strip(mark[0] + " "):
                fence = None
            continue
        if fence is not None or line.rstrip() != "---":
            continue
        following = _next_non_blank(source, lines, number + 1)
        if following is not None:
            key_line, text = following
            if _WELL_KNOWN_KEY_LINE.match(text):
                return number, key_line, text.split(":", 1)[0].strip("\"' \t")
    return None


def _next_non_blank(source: str, lines: LineIndex, number: int) -> tuple[int, str] | None:
    for candidate in range(number, lines.count + 1):
        text = lines.text(source, candidate)
        if text.strip():
            return candidate, text
    return None


def _unclosed(source: str, lines: LineIndex, block_start: int) -> ParsedCard:
    first_line = lines.number(block_start)
    following = _next_non_blank(source, lines, first_line)
    if following is None or not is_key_line(following[1]):
        # `---` then prose: a Markdown rule at the top of the file, not metadata.
        return _without_front_matter(source, lines)
    found = recover(source, lines, first_line, lines.count + 1, stop_at_prose=True)
    body_start = lines.start(found.end_line)
    problems = [
        f"line {first_line - 1}: front matter opened here is never closed by a '---' line;"
        " the Hub reads no metadata from this card",
        *found.problems,
    ]
    if found.end_line <= lines.count and lines.text(source, found.end_line).rstrip() == "---":
        problems.insert(
            1,
            f"line {found.end_line}: '---' followed by spaces or tabs does not close front"
            " matter on the Hub",
        )
    return ParsedCard(
        metadata=found.metadata,
        body=source[body_start:],
        body_line=found.end_line,
        state=FrontMatterState.INVALID_YAML,
        key_lines=found.key_lines,
        problems=tuple(problems),
        shadowed=tuple(found.shadowed),
    )


# --- declared fields -------------------------------------------------------------------------


def _scalar_text(value: object) -> str | None:
    """A scalar as stripped text (numbers and booleans too); None for collections and blanks."""
    if value is None or isinstance(value, dict | list):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip() or None


def _relations_from_tags(tags: object) -> dict[str, str]:
    """Hub-style `base_model:<relation>:<repo>` tags, as repo -> relation."""
    if not isinstance(tags, list):
        return {}
    relations: dict[str, str] = {}
    for tag in tags:
        match = _HUB_RELATION_TAG.fullmatch(tag.strip()) if isinstance(tag, str) else None
        if match:
            relations[match.group("ref").strip()] = match.group("relation").lower()
    return relations
