"""Base models a card names only in its prose, not in its `base_model` metadata.

Fine-tunes are often relabelled (`license: apache-2.0`) with no `base_model` key, while the
card's text still says "pruned and further pre-trained from [meta-llama/Llama-2-7b-hf](...)".
Lineage only follows metadata, so such a parent is invisible to it; this module finds the
sentences that state one, so the audit can say so and quote them. Pure functions.

Deliberately narrow, to keep false alarms out of a CI gate: a derivation phrase ("fine-tuned
from", "built on top of", "based on", ...) must be followed in the same sentence by a model
reference that is either a Hugging Face model link or an `org/name` the known-models registry
knows. Bare family names ("a Llama 3 model") and tables are not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.licenses.terms.sentences import trim_quote
from auditor.model import Category, Evidence, Finding, LicenseMatch, ParsedCard, Severity

if TYPE_CHECKING:
    from auditor.knowledge.known_models import KnownModels
    from auditor.knowledge.license_db import LicenseDB

RULE = "lineage-parent-in-text"
BINDING_RULE = "lineage-parent-in-text-binding"
"""The parent's license binds derivatives and differs from the card's own."""

_DERIVED = re.compile(
    r"\b(?:fine-?tuned|finetuned|fine-?tuning|(?:continued|further)\s+(?:pre-?)?train(?:ed|ing)"
    r"|pre-?trained|trained|pruned|distill(?:ed|ation)|quanti[sz]ed|quanti[sz]ation|merged"
    r"|built|based|derived|initiali[sz]ed|adapted|converted)\b"
    r"[^.\n]{0,60}?\b(?:from|on(?:\s+top\s+of)?|upon|of)\b",
    re.IGNORECASE,
)
# A Hub model page; datasets, spaces and the site's own pages are not models.
_HUB_LINK = re.compile(
    r"huggingface\.co/(?!(?:datasets|spaces|docs|papers|blog|collections|models|api|organizations)/)"
    r"([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)"
)
# `org/name` written out, not part of a URL or a path (no '/', '.' or word character before it).
_REPO_ID = re.compile(r"(?<![\w./-])([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*[A-Za-z0-9])(?![\w/])")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# A new clause ends what the phrase refers to: "based on AutoGPTQ, and release an Int4 model".
_CLAUSE_END = re.compile(r";|,\s+(?:and|but|which|while|so|then)\b", re.IGNORECASE)
# "This card is based on the X model card" speaks of the document, not of the model.
_ABOUT_THE_CARD = re.compile(r"\bmodel\s+card\b|\bthis\s+card\b", re.IGNORECASE)
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MAX_WINDOW = 300
"""Characters after the derivation phrase searched for model references."""
QUOTE_REACH = 600
"""Characters either side of the phrase searched for the ends of its sentence."""


@dataclass(frozen=True, slots=True)
class StatedBase:
    """A parent model named in the card's text: the repo id, its line and the sentence."""

    ref: str
    line: int
    quote: str


def stated_base_models(
    body: str,
    *,
    first_line: int = 1,
    own_repo: str | None = None,
    is_known: Callable[[str], bool] = lambda _ref: False,
) -> list[StatedBase]:
    """Parents the card body states in prose, in order of appearance, each once.

    `first_line` is the file line of the body's first line; `is_known` tells whether an
    `org/name` written without a link is a model the registry knows (only those count).
    """
    found: list[StatedBase] = []
    own = own_repo.lower() if own_repo else None
    seen = {own} if own else set()
    for number, line in _prose_lines(body, first_line):
        for phrase in _DERIVED.finditer(line):
            quote = _quote(line, phrase.start())
            if _ABOUT_THE_CARD.search(quote):
                continue
            for ref in _references(_sentence_after(line, phrase.end()), is_known):
                key = ref.lower()
                # a variant of this very repo ("<own>-Int4", "<own>-GGUF") is a child, not a parent
                if key in seen or (own and key.startswith(own)):
                    continue
                seen.add(key)
                found.append(StatedBase(ref, number, quote))
    return found


def stated_parent_findings(
    card: ParsedCard,
    *,
    card_file: str,
    repo_id: str | None,
    own: LicenseMatch | None,
    db: LicenseDB,
    registry: KnownModels,
) -> list[Finding]:
    """A finding for each parent the card's text names (call it when the metadata names none).

    A warning when the registry knows the parent's license binds derivatives and differs
    from this model's own, unless one organisation publishes both (it may license its own
    derivative differently); information otherwise.
    """
    stated = stated_base_models(
        card.body,
        first_line=card.body_line,
        own_repo=repo_id,
        is_known=lambda ref: registry.lookup(ref) is not None,
    )
    findings = []
    for base in stated:
        known = registry.lookup(base.ref)
        record = db.get(known.license) if known is not None else None
        conflict = (
            record is not None
            and record.kind != "permissive-oss"
            and (own is None or own.id != record.id)
            and not _same_org(base.ref, repo_id)
        )
        named = f"{base.ref} ({record.name})" if record is not None else base.ref
        message = (
            f"the card's text says the model derives from {named}, but its metadata declares "
            "no base_model, so lineage cannot check it"
        )
        if conflict:
            ours = (own.name or own.id) if own is not None else None
            message += f"; that license binds derivatives and this card declares {ours or 'none'}"
        findings.append(
            Finding(
                rule=BINDING_RULE if conflict else RULE,
                category=Category.PROVENANCE,
                severity=Severity.WARN if conflict else Severity.INFO,
                message=message,
                evidence=(Evidence(card_file, base.line, base.quote),),
                remediation=f"add `base_model: {base.ref}` to the card's metadata (or confirm "
                "it is not the parent); until then treat the model as bound by its parent's "
                "license",
            )
        )
    return findings


def _same_org(ref: str, repo_id: str | None) -> bool:
    return repo_id is not None and ref.split("/")[0].lower() == repo_id.split("/")[0].lower()


def _prose_lines(body: str, first_line: int) -> Iterator[tuple[int, str]]:
    """Lines of running text: not inside fenced code, not table rows."""
    fenced = False
    for offset, line in enumerate(body.splitlines()):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or line.lstrip().startswith("|"):
            continue
        yield first_line + offset, line


def _sentence_after(line: str, start: int) -> str:
    """What follows the phrase up to the end of its sentence or clause."""
    stop = min(start + MAX_WINDOW, len(line))
    for pattern in (_SENTENCE_END, _CLAUSE_END):
        end = pattern.search(line, start, stop)
        if end is not None:
            stop = end.start()
    return line[start:stop]


def _references(window: str, is_known: Callable[[str], bool]) -> Iterator[str]:
    """Model repo ids in `window`, in order: Hub links, and registry-known `org/name` ids."""
    spans: list[tuple[int, str]] = []
    for link in _HUB_LINK.finditer(window):
        spans.append((link.start(1), _clean(link.group(1))))
    for repo in _REPO_ID.finditer(window):
        ref = _clean(repo.group(1))
        if is_known(ref):
            spans.append((repo.start(1), ref))
    for _start, ref in sorted(spans):
        yield ref


def _clean(ref: str) -> str:
    """A repo id without a trailing file path piece, revision or punctuation."""
    org, _, name = ref.partition("/")
    name = re.split(r"[/?#@]", name, maxsplit=1)[0].rstrip(".-")
    return f"{org}/{name}"


def _quote(line: str, start: int) -> str:
    """The sentence holding the phrase, markup links reduced to their text, whitespace folded.

    Looked for at most QUOTE_REACH characters either side, so a huge one-line card costs
    linear time, not a scan of the whole line for each phrase."""
    floor = max(0, start - QUOTE_REACH)
    dot = line.rfind(". ", floor, start)
    begin = dot + 2 if dot >= 0 else floor
    ceiling = min(len(line), start + QUOTE_REACH)
    end = _SENTENCE_END.search(line, start, ceiling)
    text = line[begin : end.end() if end is not None else ceiling]
    text = _MD_LINK.sub(r"\1", text)
    return trim_quote(" ".join(text.replace("**", "").split()))
