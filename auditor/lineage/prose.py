"""Parent models a card states outside its `base_model` metadata: sentences, labels, lists.

Fine-tunes are often relabelled (`license: apache-2.0`) with no `base_model` key, while the
card still says "a fine-tuned version of [org/name](...)", "Finetuned from model: org/name",
"is a merge of A and B" or holds a mergekit configuration (configurations and Markdown or HTML
tables: prose_configs.py). Each parent is a `StatedParent` with its line, quote, relation and
a confidence under the registry's. Precision first: a strong phrase ("fine-tuned from", "a
quantized version of", "merge of", "pruned 30% of the layers of", "X as the base model", a
"Base model:" label) may take a bare `org/name`, a weak one ("based on") a Hub link or an id the
registry knows; the reference comes soon after it with nothing about data, tokenizers, judges
or comparisons around it; a comparing sentence, the card and its own repo state no parent; a
teacher distilled into a randomly initialised student is a teacher (distillation.py); "We
fine-tuned org/name to": prose_active.py; other languages: prose_foreign.py; a GGUF header
pasted in: gguf_dump.py; a Hub "Model tree": model_tree.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.layout import trim_quote
from auditor.lineage.distillation import teacher_relation
from auditor.lineage.gguf_dump import MARK, dump_parents
from auditor.lineage.model_tree import tree_parents
from auditor.lineage.prose_active import (
    active_phrases,
    initialised_from,
    is_direct_object,
    is_initialise,
    is_other_purpose,
    relation_of,
)
from auditor.lineage.prose_configs import config_parents, label_row_windows, table_parents
from auditor.lineage.prose_foreign import foreign_parents, languages_in
from auditor.lineage.prose_languages_south import LANGUAGES
from auditor.lineage.prose_lines import prose_lines
from auditor.lineage.prose_refs import (
    MAX_WINDOW,
    QUOTE_REACH,
    another_model_before,
    is_own,
    listed,
    plain,
    references,
    sentence_before,
    sentence_quote,
    stated,
    window_after,
)

if TYPE_CHECKING:
    from auditor.model import StatedParent

LABEL_CONFIDENCE = 0.8  # the Hub template's "Finetuned from model:" and "Base model:" labels
SENTENCE_CONFIDENCE = 0.7  # a strong derivation sentence
LIST_CONFIDENCE = 0.75  # mergekit's "The following models were included in the merge:" list
WEAK_CONFIDENCE = 0.6  # "based on [link]"
MAX_PARENTS = 24
"""More parents than this from one card is a list of mentions, not a lineage: keep the first."""

_VERB = (
    r"(?:fine-?tuned|finetuned|instruction[- ]tuned|(?:pre-?|re-?)?trained|pruned|distill(?:ed)?"
    r"|initiali[sz]ed|quanti[sz]ed|converted|merged|derived|extracted|adapted)"
)
_STRONG = lazy_pattern(
    rf"\b{_VERB}(?:\s+(?:version|variant|checkpoint|copy|weights|model))?"
    r"\s+(?:from|of|on\s+top\s+of|upon)\b"
    r"|\b(?:merge|mix|blend|quanti[sz]ations?|quants|conversion|fine-?tune|finetune"
    r"|distillation|pruning)\s+of\b"
    # nominal: "continued pre-training of X", "a further-training run on top of X"
    r"|\b(?:(?:continued|continual|further|additional)[- ](?:pre-?|post-?)?training"
    r"|fine-?tuning|finetuning)(?:\s+(?:run|stage|phase))?\s+(?:of|on\s+top\s+of|upon)\b"
    r"|\binitiali[sz]ed\s+with\b"  # "was initialized with the weights of X"
    # pruning: "removed a third of the attention heads and two MLP blocks from X"
    r"|\b(?:(?:remov|prun|dropp|trimm)(?:ed|ing)|cut(?:ting)?)\s+(?:[\w%,’'-]+\s+){0,14}?"
    r"(?:attention\s+heads|heads|layers|blocks|neurons|channels|experts|dimensions|parameters"
    r"|width|depth|(?:hidden|intermediate)\s+size)\s+(?:out\s+)?(?:from|of)\b"
    r"|\b(?:is|was|are|were)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?derivative(?:\s+model)?\s+of\b"
    # (a kind of the method before it: "by structured pruning of X", "by layer-wise merging")
    r"|\bby\s+(?:further\s+|continually\s+|(?-i:[a-z][\w-]*)\s+){0,2}?"
    r"(?:[a-z]+-)?(?:fine-?tuning|finetuning|instruction[- ]tuning"  # "depth-pruning X"
    r"|distilling|quanti[sz]ing|merging|pruning|continu(?:ing|ed)\s+(?:the\s+)?pre-?training"
    r"(?:\s+of)?)(?!\s+(?:on|with|using|via|for|in|to|from|against|over|it|them)\b)"
    r"|\b(?:gguf|ggml|gptq|awq|exl2|mlx|bnb|int4|int8|fp8|onnx)(?:\s+[\w-]+){0,3}?\s+(?:of|for)\b"
    r"|\b(?:q?lora|peft|adapter)(?:\s+[\w-]+){0,2}?\s+(?:for|of|on(?:\s+top\s+of)?|to)\b",
    re.IGNORECASE,
)
_WEAK = lazy_pattern(
    r"\b(?:based|built|trained|fine-?tuned|finetuned|developed|created|made)\s+(?:on|upon|off)\b"
    r"|\bderived\s+from\b|\bon\s+top\s+of\b|\bstart(?:s|ing|ed)?\s+from\b",
    re.IGNORECASE,
)
# Substrings every match of _STRONG / _WEAK holds (lower case): a line holding none is skipped
# with plain substring tests, much cheaper than the patterns (or than one alternation of them).
# The strong ones hold prose_active.py's ACTIVE_WORDS too ("align" for it alone).
_STRONG_WORDS = (
    *("tun", "train", "prun", "distil", "initiali", "quant", "convert", "merg", "deriv"),
    *("extract", "adapt", "mix", "blend", "conversion", "gguf", "ggml", "gptq", "awq", "exl2"),
    *("mlx", "bnb", "int4", "int8", "fp8", "onnx", "lora", "peft", "adapter", "align"),
    *("remov", "dropp", "trimm", "cut"),
)
_WEAK_WORDS: tuple[str, ...] = ("based", "built", "train", "tun", "developed", "created")
_WEAK_WORDS += ("made", "derived", "top", "start")
# "- **Finetuned from model [optional]:** org/name", "Base model: org/name".
_LABEL = lazy_pattern(
    r"^[\s>*_#+|-]*(?:(?P<tune>fine-?tuned|finetuned|fine\s+tuned)\s+from(?:\s+models?)?"
    r"|(?P<base>base|parent|original|source|foundation)\s+models?"
    r"|(?P<quant>quanti[sz]ed|converted)\s+from|(?P<merge>merged)\s+from)"
    r"(?:\s*\[optional\])?\s*(?:\*\*|__)?\s*[:：]",
    re.IGNORECASE,
)
# "using [org/name](...) as a base", "we use org/name as the base model"
_AS_BASE = lazy_pattern(r"\bas\s+(?:a|the|our)\s+base(?:\s+model)?\b", re.IGNORECASE)
_MERGE_LIST = lazy_pattern(
    r"\b(?:following|these|below)\s+models?\s+(?:were|was|are|have\s+been)\s+"
    r"(?:included|used|merged|combined)|\bmodels?\s+merged\b|\bmerged\s+models\b"
    r"|\bincluded\s+in\s+(?:the|this)\s+merge\b|\bmerge\s+of\s+the\s+following\b",
    re.IGNORECASE,
)
_BULLET = lazy_pattern(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+")
# A sentence that compares or speaks of the document names other models, not its parents.
_NOT_A_DERIVATION = lazy_pattern(
    r"\b(?:compar\w*|versus|vs|outperform\w*|than|unlike|similar\s+to|baselines?|benchmark\w*"
    r"|evaluat\w*|judge[sd]?|competitors?|model\s+card|this\s+card|readme|other\s+models)\b"
    r"|\b(?:not|never|no\s+longer)\W*$|n't\W*$"
    # a plan, not what was done: "our next release will (likely) be initialized from X"
    r"|\b(?:will|shall|would|going\s+to|plan(?:s|ned|ning)?\s+to|intends?\s+to|aims?\s+to)"
    r"(?:\s+be)?(?:\W*$|(?:\s+[\w'’-]+){1,3}?[\s*_`]*$)",
    re.IGNORECASE,
)
_WEAK_SUBJECT = lazy_pattern(
    r"(?:^|[\s:*|-])(?:[Ii]t|[Tt]his\s+model|[Tt]he\s+model|[Oo]ur\s+model|[A-Z][\w.]*(?:-[\w.]+)+)"
    r"\s+(?:is|was|has\s+been)(?:\s+[a-z]+ly|\s+also)?\s*$"
)


def stated_parents(
    body: str,
    *,
    card_file: str = "README.md",
    first_line: int = 1,
    own_repo: str | None = None,
    is_known: Callable[[str], bool] = lambda _ref: False,
) -> tuple[StatedParent, ...]:
    """Every parent the card body states outside its metadata, each once (its most confident
    statement), in order. `first_line`: the file line of the body's first line; `is_known`:
    whether an `org/name` without a link after a weak phrase is a model the registry knows."""
    lines = body.splitlines()
    tables = "|" in body or "<t" in body  # Markdown pipes, or an HTML table's cells
    found = [
        *_prose_parents(lines, card_file, first_line, own_repo, is_known),
        *foreign_parents(
            prose_lines(lines, first_line, _LABEL),
            languages_in(body),
            card_file=card_file,
            own=own_repo,
            is_known=is_known,
        ),
        *(config_parents(lines, card_file, first_line) if "```" in body or "~~~" in body else ()),
        *(table_parents(lines, card_file, first_line, own_repo, is_known) if tables else ()),
        *(dump_parents(lines, card_file, first_line) if MARK in body else ()),  # a GGUF header
        *(tree_parents(body, card_file=card_file, first_line=first_line, own=own_repo)),
    ]
    best: dict[str, StatedParent] = {}
    order: list[str] = []
    for parent in sorted(found, key=lambda p: p.evidence.line or 0):
        key = parent.ref.lower()
        if is_own(parent.ref, own_repo):
            continue
        if key not in best:
            order.append(key)
            best[key] = parent
        elif parent.confidence > best[key].confidence:
            best[key] = parent
    return tuple(best[key] for key in order[:MAX_PARENTS])


# --- running text ------------------------------------------------------------------------------


def _prose_parents(
    lines: list[str],
    card_file: str,
    first_line: int,
    own: str | None,
    is_known: Callable[[str], bool],
) -> Iterator[StatedParent]:
    listing = False  # inside the list under "the following models were included in the merge"
    for number, line in prose_lines(lines, first_line, _LABEL):
        if not line.strip():
            continue
        if listing and _BULLET.match(line):
            refs = [r for r in references(line[:MAX_WINDOW]) if not is_own(r.ref, own)]
            if refs:
                quote = trim_quote(plain(line))
                yield stated(
                    refs[0].ref, "merge", "card-prose", LIST_CONFIDENCE, card_file, number, quote
                )
            continue
        low = line.lower()
        listing = _holds(low, ("merg", "models")) and bool(_MERGE_LIST.search(line[:QUOTE_REACH]))
        yield from _label_parents(line, number, card_file)
        yield from _sentence_parents(line, low, number, card_file, is_known, own)
        if "base" in low:
            yield from _as_base_parents(line, number, card_file)


def _label_parents(line: str, number: int, card_file: str) -> Iterator[StatedParent]:
    label = _LABEL.match(line)
    if label is None:
        return
    relation = (
        "finetune"
        if label.group("tune")
        else "quantized"
        if label.group("quant")
        else "merge"
        if label.group("merge")
        else None
    )
    window = line[label.end() : label.end() + MAX_WINDOW]
    quote = trim_quote(plain(line))
    for ref in listed(window, strict=False, is_known=lambda _r: True):
        yield stated(ref.ref, relation, "card-prose", LABEL_CONFIDENCE, card_file, number, quote)


def _holds(low: str, words: tuple[str, ...]) -> bool:
    # NOTE: a plain loop; any() over a generator costs twice as much on every line of a card
    for word in words:  # noqa: SIM110
        if word in low:
            return True
    return False


def _sentence_parents(
    line: str,
    low: str,
    number: int,
    card_file: str,
    is_known: Callable[[str], bool],
    own: str | None,
) -> Iterator[StatedParent]:
    if _LABEL.match(line):
        return
    for pattern, strong, words in ((_STRONG, True, _STRONG_WORDS), (_WEAK, False, _WEAK_WORDS)):
        if not _holds(low, words):
            continue
        if strong:
            yield from _active_parents(line, low, number, card_file, own)
        for phrase in pattern.finditer(line):
            if not_a_derivation(line, phrase.start()):
                continue
            window = window_after(line, phrase.end())
            refs = listed(window, strict=not strong, is_known=is_known)
            if not refs:
                continue
            quote = sentence_quote(line, phrase.start())
            relation = teacher_relation(quote, relation_of(phrase.group(0)))
            confidence = SENTENCE_CONFIDENCE if strong else WEAK_CONFIDENCE
            for ref in refs:
                yield stated(ref.ref, relation, "card-prose", confidence, card_file, number, quote)


def _active_parents(
    line: str, low: str, number: int, card_file: str, own: str | None
) -> Iterator[StatedParent]:
    """ "We fine-tuned org/name to ...": the authors' verb with a reference as its object."""
    for phrase in active_phrases(line, own, low):
        if not_a_derivation(line, phrase.start):
            continue
        window = window_after(line, phrase.end)
        if is_initialise(line[phrase.start : phrase.end]):
            source = initialised_from(window)  # "we initialised <our model> from X"
            window = "" if source is None else window[source:]
        found = references(window)
        if not found or not is_direct_object(plain(window[: found[0].start])):
            continue
        refs = listed(window, strict=False, is_known=lambda _ref: True)
        if not refs or is_other_purpose(plain(window[refs[-1].end :])):
            continue
        quote = sentence_quote(line, phrase.start)
        relation, confidence = teacher_relation(quote, phrase.relation), SENTENCE_CONFIDENCE
        for ref in refs:
            yield stated(ref.ref, relation, "card-prose", confidence, card_file, number, quote)


Window = tuple[int, str, int, str, str | None]


def derivation_windows(body: str, first_line: int = 1, own: str | None = None) -> Iterator[Window]:
    """(line number, line, phrase start, the words after it, relation) for each strong
    derivation phrase or authors' derivation verb followed by no model reference: where a
    parent may be named by its display name ("initialised from Cohere's Aya Expanse 8B"), which
    built_with.py reads. A "Base model:" label line or key-value table row followed by no
    reference (`| **Base model** | Llama 3.1 8B Instruct |`) gives one too. Weak phrases
    ("based on") and bare mentions give none."""
    lines = body.splitlines()  # the title names this model too ("<title> is a derivative of")
    titles = (t[1] for t in (re.match(r"#\s+(.+?)\s*$", x) for x in lines) if t)
    mine = f"{own or ''} {next(titles, '')}"
    for number, line in prose_lines(lines, first_line, _LABEL):
        label = _label_end(line)
        if label is not None:
            window = window_after(line, label[0])
            if not references(window):
                yield number, line, label[0], window, label[1]
            continue
        low = line.lower()
        if not _holds(low, _STRONG_WORDS):
            continue
        spans = [(m.start(), m.end(), relation_of(m.group(0))) for m in _STRONG.finditer(line)]
        for phrase in active_phrases(line, own, low):
            initialise = is_initialise(line[phrase.start : phrase.end])
            source = initialised_from(window_after(line, phrase.end)) if initialise else 0
            if source is not None:
                spans.append((phrase.start, phrase.end + source, phrase.relation))
        for start, end, relation in spans:
            window = window_after(line, end)
            if not_a_derivation(line, start) or references(window):
                continue
            if not another_model_before(line, start, mine):
                yield number, line, start, window, relation
    if "|" in body:
        for number, row, start, value in label_row_windows(lines, first_line):
            yield number, row, start, value, relation_of(row[:start])


def weak_windows(body: str, first_line: int = 1) -> Iterator[Window]:
    """(line number, line, phrase start, the words after it, None) for each weak derivation
    phrase ("based on", "built on top of") followed by no model reference: a display name
    there names a parent only when it states its generation (built_with.py), and the phrase's
    subject is this model or a model's name ("It is based on", "Acme-7B is built on")."""
    lines = body.splitlines()
    for number, line in prose_lines(lines, first_line, _LABEL):
        if not _holds(line.lower(), _WEAK_WORDS):
            continue
        for phrase in _WEAK.finditer(line):
            window = window_after(line, phrase.end())
            if not_a_derivation(line, phrase.start()) or references(window):
                continue
            if _WEAK_SUBJECT.search(plain(sentence_before(line, phrase.start(), 120))):
                yield number, line, phrase.start(), window, None


def _label_end(line: str) -> tuple[int, str | None] | None:
    """Where the words after a "Base model:" label (English or another language's) start,
    and the relation the label names; None for a line holding no label."""
    if ":" not in line and "：" not in line:
        return None
    label = _LABEL.match(line)
    if label is not None:
        return label.end(), relation_of(label.group(0))
    for language in LANGUAGES:
        found = language.label.match(line)
        if found is not None:
            return found.end(), None
    return None


def derivation_phrase(text: str) -> tuple[int, int, bool] | None:
    """The first derivation phrase in `text` ("a fine-tune of", "based on") that nothing before
    it in its sentence negates or compares: its start, end and whether it is strong."""
    found = []
    for pattern, strong in ((_STRONG, True), (_WEAK, False)):
        phrase = next(
            (m for m in pattern.finditer(text) if not not_a_derivation(text, m.start())), None
        )
        if phrase is not None:
            found.append((phrase.start(), phrase.end(), strong))
    return min(found, default=None)


def _as_base_parents(line: str, number: int, card_file: str) -> Iterator[StatedParent]:
    for phrase in _AS_BASE.finditer(line):
        start = max(0, phrase.start() - MAX_WINDOW)
        before = references(line[start : phrase.start()])
        if not before:
            continue
        last = before[-1]
        if line[start + last.end : phrase.start()].strip(" )*_`"):
            continue
        if not_a_derivation(line, start + last.start):
            continue
        merge = "merge" in line[max(0, phrase.start() - QUOTE_REACH) : phrase.start()].lower()
        relation = "merge" if merge else None
        quote = sentence_quote(line, phrase.start())
        yield stated(
            last.ref, relation, "card-prose", SENTENCE_CONFIDENCE, card_file, number, quote
        )


def not_a_derivation(line: str, start: int) -> bool:
    """Whether the words just before the phrase (in its sentence) compare, negate or speak
    of the document: "models fine-tuned from X perform worse than", "this card is based on"."""
    return bool(_NOT_A_DERIVATION.search(plain(sentence_before(line, start, 80))))
