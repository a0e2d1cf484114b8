"""Active derivation sentences in a card: "We fine-tuned org/name to ...", "I quantized ...".

prose.py finds parents after a derivation phrase that carries its preposition ("fine-tuned
from", "a merge of"); authors as often write the verb with the parent as its direct object.
This module finds such verbs when their subject is the card's authors, and tells whether the
words between the verb and a model reference leave that reference its direct object. prose.py
then reads the references as it reads any other phrase's. Pure functions.

Whose sentence it is decides: "we", "I", "they", "the team" / "our team" / "the authors",
or the model's own organisation ("Acme Labs fine-tuned ..." in an `acme-labs/...` card) did
it; "Meta trained meta-llama/Llama-3-8B on 15T tokens" tells how another model was made,
"you can fine-tune X" or "we will fine-tune X" makes nothing yet. Between the subject and the
verb stand only adverbs and "have" ("we have then further fine-tuned"), or a tool the authors
used ("we used QLoRA to fine-tune"). Between the verb and the reference stand at most a few
words that are not prepositions ("the instruct model", "Google's"): "we fine-tuned on data
from X" and "we fine-tuned our model and compared it with X" state no parent.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.fileio.lazy_pattern import lazy_pattern

_VERB = lazy_pattern(
    r"\b(?:(?:q?lora|peft|sft|dpo|orpo|full|instruction|instruct|further)[- ]?)?"
    r"(?:fine[- ]?)?tun(?:e|es|ed)\b"
    r"|\b(?:(?:further|continually)[- ])?(?:pre-?|post-?|re-?)?train(?:s|ed)?\b"
    r"|\bcontinu(?:e|es|ed)\s+(?:the\s+)?(?:pre-?|post-?)?training(?:\s+of)?\b"
    r"|\bdistill?(?:s|ed)?\b|\bquanti[sz](?:e|es|ed)\b|\bmerg(?:e|es|ed)\b|\bprun(?:e|es|ed)\b"
    r"|\badapt(?:s|ed)?\b|\bconvert(?:s|ed)?\b|\balign(?:s|ed)?\b"
    r"|\binitiali[sz](?:e|es|ed)\b",
    re.IGNORECASE,
)
ACTIVE_WORDS: tuple[str, ...] = ("tun", "train", "distil", "quant", "merg", "prun", "adapt")
ACTIVE_WORDS += ("convert", "align", "initiali")
"""Substrings every verb holds (lower case): a line holding none needs no reading (prose.py
tests them with its own words, which hold these)."""

# Words that may stand between the subject and the verb: "we have then further fine-tuned".
_FILLERS = frozenset(
    {"have", "has", "had", "then", "also", "first", "further", "next", "later", "again", "now"}
    | {"already", "both", "all", "here", "thereafter", "subsequently", "additionally"}
)
# "we used QLoRA to fine-tune X": the verb of the tool, then at most a few words, then "to".
_TOOL_VERBS = frozenset({"use", "used", "uses", "employ", "employed", "apply", "applied"})
_CHOICE_VERBS = frozenset({"chose", "decided", "opted", "choose", "decide", "opt"})
_PRONOUNS = frozenset({"we", "i", "they"})
_GROUPS = frozenset({"team", "authors", "developers", "researchers", "group", "lab", "labs"})
_DETERMINERS = frozenset({"the", "our", "my", "this"})
# A clause that only supposes the derivation: "if we fine-tuned X", "whether they ...".
_HYPOTHETICAL = frozenset({"if", "whether", "unless", "suppose", "imagine"})
_SUBJECT_WORD = lazy_pattern(r"\b(?:we|i|they|team|authors|developers|researchers|group|labs?)\b")
_VERB_REACH = 40  # a verb starting within SUBJECT_REACH of its subject ends this much later
_CLAUSE_BREAK = lazy_pattern(r"[.!?;:](?:\s|$)|[()\[\]]")
_WORD = lazy_pattern(r"[\w'’-]+")
SUBJECT_REACH = 120
"""Characters before a verb searched for its subject."""

# Words between the verb and the reference that make the reference no direct object.
_NOT_OBJECT_WORDS = frozenset(
    {"on", "with", "using", "via", "by", "for", "against", "to", "into", "as", "from", "than"}
    | {"and", "or", "but", "then", "after", "before", "in", "at", "like", "alongside", "beside"}
    | {"versus", "vs", "over", "under", "upon", "off", "about", "through", "while", "which"}
    | {"that", "it", "them", "itself", "ourselves", "model's", "models'"}
)
MAX_OBJECT_WORDS = 4
_FROM = lazy_pattern(
    r"\b(?:from|with)\s+(?:the\s+)?(?:(?:pre-?trained|original|released|public)\s+)?"
    r"(?:(?:weights|checkpoint|parameters)\s+(?:of|from)\s+)?",
    re.IGNORECASE,
)
_INIT_REACH = 120
# Objects of "initialise" that are a part of the model or its data, not the model itself.
_NOT_THE_MODEL = frozenset(
    {"tokenizer", "tokeniser", "vocabulary", "vocab", "embeddings", "embedding", "optimizer"}
    | {"data", "dataset", "datasets", "randomly", "random", "on", "to", "for", "and", "using"}
)
"""Words between the verb and its object ("the 9B instruct model")."""
# After the object: it was made for comparison, not as this model's parent.
_OTHER_PURPOSE = lazy_pattern(
    r"\b(?:as\s+(?:an?\s+|the\s+|our\s+)?(?:baselines?|references?|controls?)|for\s+comparison"
    r"|to\s+compare|in\s+comparison)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ActivePhrase:
    """A derivation verb whose subject is the card's authors: where it stands, its relation."""

    start: int
    end: int
    relation: str


def active_phrases(line: str, own: str | None, low: str | None = None) -> Iterator[ActivePhrase]:
    """The derivation verbs in `line` whose subject is the authors (`own`: the model's repo id,
    whose organisation may be the subject; `low`: the line in lower case, when the caller has
    it). Callers skip lines holding none of ACTIVE_WORDS."""
    low = line.lower() if low is None else low
    own_org = _org_forms(own.split("/", 1)[0]) if own and "/" in own else frozenset()
    for start, end in _subject_spans(low, own_org):
        for verb in _VERB.finditer(line, start, end):
            floor = max(0, verb.start() - SUBJECT_REACH)
            before = line[floor : verb.start()]
            breaks = list(_CLAUSE_BREAK.finditer(before))
            if breaks:
                before = before[breaks[-1].end() :]
            if _by_the_authors(_words(before), own_org):
                relation = relation_of(verb.group(0)) or "finetune"  # "adapted", "aligned"
                yield ActivePhrase(verb.start(), verb.end(), relation)


def _subject_spans(low: str, own_org: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Where a verb of the authors may stand: after a word that may be its subject, within
    SUBJECT_REACH; the whole line when it names the model's own organisation. Most lines name
    no such word, and the verbs' scan is the costly part."""
    if own_org and _names_org(low, own_org):
        yield 0, len(low)
        return
    start = end = -1
    for word in _SUBJECT_WORD.finditer(low):
        if word.end() > end:
            if end >= 0:
                yield start, end
            start = word.end()
        end = min(len(low), word.end() + SUBJECT_REACH + _VERB_REACH)
    if end >= 0:
        yield start, end


def is_direct_object(gap: str) -> bool:
    """Whether the plain words between a verb and a reference leave it the verb's object."""
    words = [w.strip(",").lower() for w in gap.split()]
    words = [w for w in words if w]
    return len(words) <= MAX_OBJECT_WORDS and not any(w in _NOT_OBJECT_WORDS for w in words)


def is_initialise(verb: str) -> bool:
    """Whether the verb is "initialise": its object is the new model, the parent follows
    "from" or "with" ("we initialised our model from X")."""
    return verb.lower().startswith("initiali")


def initialised_from(window: str) -> int | None:
    """Where the parent may start in what follows "initialise": after "from" / "with" (and
    "the weights of"), when the few words before it name the model, not a part or data of it
    ("we initialised the tokenizer from X", "we initialised it with data from X")."""
    found = _FROM.search(window[:_INIT_REACH])
    if found is None:
        return None
    words = [w.strip(",").lower() for w in _WORD.findall(window[: found.start()])]
    if len(words) > MAX_OBJECT_WORDS + 1 or any(w in _NOT_THE_MODEL for w in words):
        return None
    return found.end()


def is_other_purpose(after: str) -> bool:
    """Whether the words after the object say it was made to compare with ("as a baseline")."""
    return _OTHER_PURPOSE.search(after) is not None


def _words(text: str) -> list[str]:
    text = re.sub(r"['’]ve\b", " have", text)
    return _WORD.findall(text)


def _by_the_authors(words: list[str], own_org: frozenset[str]) -> bool:
    """Whether the words before the verb end with the authors as its subject."""
    at = _skip_fillers(words, len(words))
    if at > 0 and words[at - 1].lower() == "to":
        tool = _before_tool(words, at - 1)
        if tool is None:
            return False
        at = _skip_fillers(words, tool)
    if at == 0:
        return False
    start = _subject_start(words, at, own_org)
    if start is None:
        return False
    return start == 0 or words[start - 1].lower() not in _HYPOTHETICAL


def _skip_fillers(words: list[str], at: int) -> int:
    """Before adverbs, "have", and a first verb joined by "and" ("we pruned and re-trained")."""
    while at > 0:
        word = words[at - 1]
        if word.lower() in _FILLERS or _is_adverb(word):
            at -= 1
        elif word.lower() == "and" and at > 1 and _VERB.fullmatch(words[at - 2]):
            at -= 2
        else:
            break
    return at


def _is_adverb(word: str) -> bool:
    low = word.lower()
    return len(low) > 4 and low.endswith("ly") and low not in {"only", "family", "apply", "reply"}


def _before_tool(words: list[str], to: int) -> int | None:
    """Where the subject ends before "used <tool> to" or "chose to"; None for another verb."""
    if to > 0 and words[to - 1].lower() in _CHOICE_VERBS:
        return to - 1
    for at in range(to - 1, max(-1, to - 6), -1):
        if words[at].lower() in _TOOL_VERBS:
            return at
    return None


def _subject_start(words: list[str], at: int, own_org: frozenset[str]) -> int | None:
    """Where the authors' subject ending at `at` starts, None when it is someone else."""
    last = words[at - 1]
    low = last.lower()
    if low in _PRONOUNS and (low != "i" or last == "I"):
        return at - 1
    if low in _GROUPS:  # "the team", "our research team", "the Qwen team", "Acme's team"
        start, names = at - 1, list[str]()
        while start > 0 and at - start <= 4 and words[start - 1].lower() not in _DETERMINERS:
            if words[start - 1][:1].isupper():
                names.insert(0, words[start - 1])
            elif names:
                break
            start -= 1
        has_determiner = start > 0 and words[start - 1].lower() in _DETERMINERS
        if names and not _is_own_org(names, own_org):
            return None  # another organisation's team
        return start - 1 if has_determiner else start if names else None
    names = []
    start = at
    while start > 0 and len(names) < 3 and words[start - 1][:1].isupper():
        names.insert(0, words[start - 1])
        start -= 1
    while names and not _is_own_org(names, own_org):
        names.pop(0)
        start += 1
    return start if names else None


def _is_own_org(names: list[str], own_org: frozenset[str]) -> bool:
    words = [re.sub(r"['’]s$", "", n).lower() for n in names]
    return bool(own_org) and bool({"-".join(words), "".join(words), words[0]} & own_org)


def _names_org(low: str, own_org: frozenset[str]) -> bool:
    # NOTE: a plain loop, as prose.py's _holds: any() over a generator costs twice as much
    for form in own_org:  # noqa: SIM110
        if form in low:
            return True
    return False


@functools.lru_cache(maxsize=256)
def _org_forms(org: str) -> frozenset[str]:
    low = org.lower().replace("_", "-")
    first = low.split("-", 1)[0]
    forms = {low, low.replace("-", "")}
    if len(first) >= 3:
        forms.add(first)
    return frozenset(forms)


def relation_of(phrase: str) -> str | None:
    """The relation a derivation phrase or verb names: merge, adapter, quantized, finetune."""
    low = phrase.lower()
    if any(w in low for w in ("merg", "mix", "blend")):
        return "merge"
    if re.search(r"\b(?:q?lora|peft|adapter)\b", low):
        return "adapter"
    if re.search(
        r"quant|gguf|ggml|gptq|awq|exl2|mlx|bnb|int4|int8|fp8|onnx|convert|conversion", low
    ):
        return "quantized"
    if re.search(r"tun|train|prun|distill|initiali|remov|dropp|trimm|cutt?(?:ed|ing)", low):
        return "finetune"
    return None
