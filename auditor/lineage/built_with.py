"""A card's "Built with <model family>" statement as a parent of low confidence. Pure.

Several vendor licenses make a derivative display such a line ("Built with Llama", "Built with
Meta Llama 3", "Built with Qwen", "Improved using Qwen"), so a card saying it ties the model to
that family even when no `base_model` is declared. The words after the phrase are read as a
model name: an optional vendor word (a word of one of the family's vendor organisations:
"Meta", "Google"), the family's word, then version and size words ("3.1", "8B"). The name must
be one the family table knows (license_db/model_families.yaml: a generation rule, or the family
word alone), and it becomes `<vendor org>/<Name-Words>` (`meta-llama/Llama-3.1`,
`meta-llama/Llama`), a ref lineage resolves by those rules: a family word with no generation
is a parent of the family in an unknown generation. "Built with PyTorch", "built with
llama.cpp", "Built with LlamaIndex" or "Built with Axolotl" name no model family.

The same name after a strong derivation phrase ("initialised from the weights of Cohere's Aya
Expanse 8B", "a fine-tune of Llama 3.1 8B": prose.py derivation_windows) is a parent surer than
"Built with" but less sure than a repo id; a name mentioned without such a phrase is none.

Only when the card states no other parent in that family, and the model is not the family
vendor's own or named after the family (its own name then says more than the phrase).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.model_families import ModelFamilies
from auditor.lineage.names import base_name, normalise_name, split_repo_id
from auditor.lineage.prose import derivation_windows, not_a_derivation, weak_windows
from auditor.lineage.prose_refs import plain, sentence_quote, stated
from auditor.model import StatedParent

BUILT_WITH_CONFIDENCE = 0.4
NAMED_CONFIDENCE = 0.5
"""A display name after a strong derivation phrase: below a repo id's SENTENCE_CONFIDENCE."""
# Words between a derivation phrase and the name: "from the original weights of", "the base model".
_LEAD = lazy_pattern(
    r"^(?:\s*(?:the|a|an|original|pre-?trained|released|public|open|base|model|weights"
    r"|checkpoint|parameters|of|top)\b)+",
    re.IGNORECASE,
)

_PHRASE = lazy_pattern(r"\b(?:built|improved)\s+(?:with|using)\s+", re.IGNORECASE)
# "The result is an enhanced Llama 13b model", "it is a fine-tuned Mistral 7B variant": this
# model described as a derived model of the name (an adjective of derivation, then "model").
_DESCRIBED = lazy_pattern(
    r"\b(?:is|was|as)\s+an?\s+(?:enhanced|improved|fine-?tuned|finetuned|instruct(?:ion)?-?tuned"
    r"|further[- ]trained|re-?trained|tuned|uncensored|speciali[sz]ed|customi[sz]ed|adapted"
    r"|aligned|distilled|quanti[sz]ed|merged)\s+(?P<name>[A-Za-z][\w.-]*(?:\s+[\w.-]+){0,3}?)"
    r"\s+(?:model|variant|checkpoint)\b",
    re.IGNORECASE,
)
_FENCE = lazy_pattern(r"^\s*(?:```|~~~)")
_EDGE = "*_`\"'“”‘’()[]{}<>,;:!?|"
_VERSION = lazy_pattern(r"^(?:v?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[bmk]|\d+x\d+b)$", re.IGNORECASE)
_BRACKET = lazy_pattern(r"[\[\](){}<>]")
_DOTTED_WORD = lazy_pattern(r"\.[a-z]", re.IGNORECASE)  # llama.cpp, mistral.rs: a tool
# A word after the name that makes it a part or a tool, not the model: "Mistral's tokenizer".
_NOT_MODEL_AFTER = frozenset(
    {"tokenizer", "tokeniser", "architecture", "template", "format", "style", "recipe", "code"}
    | {"framework", "library", "stack", "scripts", "app", "sdk", "api", "paper", "cpp"}
    | {"outputs", "output", "generations", "responses", "data", "dataset", "judge", "tokenizers"}
)
MAX_VERSION_WORDS = 3
WINDOW = 80


def built_with_parents(
    body: str,
    families: ModelFamilies,
    *,
    card_file: str = "README.md",
    first_line: int = 1,
    own: str | None = None,
    stated_refs: Iterable[str] = (),
) -> tuple[StatedParent, ...]:
    """A parent for each model family a "Built with ..." line names, first statement only.

    `own`: the model's repo id (or folder name); `stated_refs`: the parents stated elsewhere
    (metadata, prose, files): a family one of them belongs to is not stated again."""
    taken = set(_own_families(own, families))
    for ref in stated_refs:
        taken.update(families_of(base_name(ref), families))
    found: list[StatedParent] = []
    windows = [
        *((*w, False) for w in derivation_windows(body, first_line, own)),
        *((*w, True) for w in weak_windows(body, first_line)),
        *_described(body, first_line),
    ]
    for number, line, start, window, relation, weak in sorted(windows, key=lambda w: w[:3]):
        named = _named_model(_LEAD.sub("", window), families)
        if named is None or named[0] in taken:
            continue
        if weak and not families.match(base_name(named[1])):
            continue  # "based on Llama": a family word alone after a weak phrase names none
        taken.add(named[0])
        quote = sentence_quote(line, start)
        found.append(
            stated(
                named[1], relation, "card-prose-name", NAMED_CONFIDENCE, card_file, number, quote
            )
        )
    for number, line in _text_lines(body, first_line):
        for phrase in _PHRASE.finditer(line):
            named = _named_model(line[phrase.end() : phrase.end() + WINDOW], families)
            if named is None or named[0] in taken:
                continue
            family, ref = named
            taken.add(family)
            quote = sentence_quote(line, phrase.start())
            found.append(
                stated(
                    ref, None, "card-built-with", BUILT_WITH_CONFIDENCE, card_file, number, quote
                )
            )
    return tuple(found)


def _described(body: str, first_line: int) -> Iterator[tuple[int, str, int, str, str, bool]]:
    """(line number, line, start, name, relation, weak) for each "is an enhanced <Name>
    model" sentence: the name is read as after a strong phrase."""
    for number, line in _text_lines(body, first_line, ("model", "variant", "checkpoint")):
        for found in _DESCRIBED.finditer(line):
            if not not_a_derivation(line, found.start()):
                yield number, line, found.start(), found.group("name"), "finetune", False


def families_of(name: str, families: ModelFamilies) -> tuple[str, ...]:
    """The families a normalised name belongs to: by a generation rule, else its family word."""
    matched = tuple(rule.family for rule in families.match(name))
    return matched or families.family_of(name)


def _own_families(own: str | None, families: ModelFamilies) -> Iterator[str]:
    if not own:
        return
    org, _ = split_repo_id(own)
    yield from families_of(base_name(own), families)
    yield from (rule.family for rule in families.rules if org and org in rule.vendors)


def _text_lines(
    body: str, first_line: int, words: tuple[str, ...] = ("built", "improved")
) -> Iterator[tuple[int, str]]:
    fenced = False
    for offset, line in enumerate(body.splitlines()):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        low = line.lower()
        if not fenced and any(word in low for word in words):
            yield first_line + offset, line


def _named_model(window: str, families: ModelFamilies) -> tuple[str, str] | None:
    """(family, ref) of the model name opening `window`, or None."""
    words = [w.strip(_EDGE).removesuffix("'s").removesuffix("’s") for w in plain(window).split()]
    # a name's word holds no bracket: "3.1](https://..." left by a broken link is "3.1"
    words = [_BRACKET.split(w, 1)[0] for w in words]
    words = [w.rstrip(".") if w.endswith(".") else w for w in words[:8]]
    for start in (0, 1):  # the family word, or a vendor word then the family word
        if start >= len(words) or not words[start] or _DOTTED_WORD.search(words[start]):
            continue
        shown = families.displayed(words[start])  # "LLaMA": a generation's own name, alone
        after = words[start + 1 : start + 2]
        if after and after[0].lower() in _NOT_MODEL_AFTER:
            return None
        versioned = bool(after) and _VERSION.match(after[0]) is not None
        if shown and not versioned and (start == 0 or _is_vendor_word(words[0], shown.vendors)):
            return shown.family, f"{shown.vendors[0]}/{shown.id}"
        span = [words[start]]
        for word in words[start + 1 : start + 1 + MAX_VERSION_WORDS]:
            longer = normalise_name(" ".join([*span, word]))
            # a generation's word after the family's: "Aya Expanse", not "Aya" alone
            named = not families.match(normalise_name(" ".join(span))) and families.match(longer)
            if not (_VERSION.match(word) or named):
                break
            span.append(word)
        name = normalise_name(" ".join(span))
        found = families_of(name, families)
        if not found:
            continue
        family = found[0]
        vendors = _vendors(family, families)
        if start == 1 and not _is_vendor_word(words[0], vendors):
            return None
        following = words[start + len(span) : start + len(span) + 1]
        if following and following[0].lower() in _NOT_MODEL_AFTER:
            return None
        if following and family not in families_of(
            f"{name}-{normalise_name(following[0])}", families
        ):
            return None  # the next word makes it something else: "Llama Index"
        if not vendors:
            return None
        return family, f"{vendors[0]}/{'-'.join(span)}"
    return None


def _vendors(family: str, families: ModelFamilies) -> tuple[str, ...]:
    named = next((n.vendors for n in families.names if n.family == family and n.vendors), ())
    ruled = next((r.vendors for r in families.rules if r.family == family and r.vendors), ())
    return tuple(dict.fromkeys((*named, *ruled)))


def _is_vendor_word(word: str, vendors: tuple[str, ...]) -> bool:
    low = word.lower()
    return any(
        low in vendor.split("-") or low == vendor or (len(low) >= 4 and vendor.startswith(low))
        for vendor in vendors
    )  # "Meta" (meta-llama), "Cohere" (cohereforai)
