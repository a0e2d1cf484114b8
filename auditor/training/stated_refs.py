"""Dataset references in a piece of card text: Hub dataset links, `datasets/org/name` paths,
bare `org/name` ids, well-known dataset names and "the X dataset", with their spans. Pure and
bounded: callers hand in one sentence or table cell, never a whole card.

A link or path to a Hub dataset is a dataset wherever it stands. A bare `org/name` is one only
when its words say so (a data word right before or after it) or it is the object of a
training phrase (`reads_as_data`); a model link (`huggingface.co/org/name`) never is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.known_datasets import load_known_datasets
from auditor.lineage.prose_refs import is_repo_like
from auditor.model.triggers import Triggers

_ID = r"[A-Za-z0-9][\w.-]*"
HUB_DATASET_URL = lazy_pattern(
    rf"(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/datasets/({_ID})(?:/({_ID}))?",
    re.IGNORECASE,
)
_NOT_NAME_SEGMENTS = frozenset({"tree", "blob", "resolve", "viewer", "discussions", "raw"})
_DATASET_PATH = lazy_pattern(rf"(?<![\w./-])datasets/({_ID}/{_ID})")
_ANY_URL = lazy_pattern(r"(?:https?://|www\.)[^\s)\]>\"']{1,500}|(?:huggingface|hf)\.co/[^\s)\]>]+")
_MD_LINK = lazy_pattern(r"\[([^\]\n]{0,300})\]\(\s*<?([^)\s>]{1,500})>?(?:\s+\"[^\"]*\")?\s*\)")
_BARE_ID = lazy_pattern(rf"(?<![\w./@:-])({_ID}/{_ID}[A-Za-z0-9])(?![\w/])")
# Words that make the id beside them a dataset: "the X/Y dataset", "datasets: X/Y", "data from X/Y".
_DATA_WORDS = r"(?:data(?:\s*sets?)?|corpus|corpora|collection|mixture|mix|subset|split)"
_DATA_AFTER = lazy_pattern(rf"^[\s`*_)\]]{{0,4}}(?:\w+\s+)?(?:{_DATA_WORDS}|set)\b", re.IGNORECASE)
_DATA_BEFORE = lazy_pattern(
    rf"\b{_DATA_WORDS}(?:\s+(?:from|of|in|like|such\s+as|called|named))?[\s:`*_(\[]{{0,4}}"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# The object of a training phrase: "on X", "using X", "with the X", "SFT on X".
_OBJECT_BEFORE = lazy_pattern(
    r"\b(?:on|using|with|over|via|in|including|includes|include|of|and|or|plus|contains?"
    r"|containing|comprises?|comprising|consists?\s+of|consisting\s+of|such\s+as|like|from)\s+"
    r"(?:(?:the|a|an|our|its|their|both)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:mix|mixture|combination|blend|subset|tokens|samples|examples|portion|parts?)"
    r"\s+(?:of|from)\s+)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?[`*_(\[]{0,3}$"
    r"|[,&/+:]\s*(?:[\w-]+\s+)?[`*_(\[]{0,3}$|^\s*[`*_(\[]{0,3}$",
    re.IGNORECASE,
)
_MODEL_AFTER = lazy_pattern(
    r"^[\s`*_)\]]{0,4}(?:'s\s+)?(?:base\s+)?(?:model|checkpoint|weights|tokeni[sz]er|as\s+(?:the\s+|a\s+)?base)\b",
    re.IGNORECASE,
)
_FROM_BEFORE = lazy_pattern(r"\b(?:from|of|version|variant)\s+(?:the\s+)?[`*_(\[]{0,3}$", re.I)

# Names of datasets cards cite without an id. Data, not logic: each is a dataset whatever the
# card; its role still comes from the sentence, section or table around it. Case-sensitive
# where the word is a common one (ARC, MATH, DROP, The Pile, The Stack, COCO).
_NAMES_ANY_CASE = (
    r"m?C4|RedPajama(?:[- ]v?\d)?|RefinedWeb|SlimPajama|Dolma|FineWeb(?:-Edu|-2)?|Wikipedia"
    r"|BookCorpus|Books3|Common\s?Crawl|OpenWebText2?|LAION(?:-(?:5B|400M|2B|Aesthetics|COCO))?"
    r"|ImageNet(?:-(?:1k|21k|22k))?|MS[- ]COCO|StarCoderData|ShareGPT|OpenAssistant|OASST[12]"
    r"|UltraChat|UltraFeedback|SlimOrca|OpenOrca|OpenHermes(?:[- ]2\.5)?|MetaMathQA|Evol-Instruct"
    r"|Anthropic[- ]HH|hh-rlhf|Project\s+Gutenberg|CC-100|OSCAR|ROOTS|Conceptual\s+Captions"
    r"|CC3M|CC12M|LibriSpeech|Common\s+Voice|GigaSpeech|VoxPopuli|YFCC100M|SA-1B|Flan\s+v2"
    r"|FLAN\s+Collection|MMLU(?:-Pro)?|HellaSwag|TruthfulQA|WinoGrande|GSM-?8K|HumanEval\+?"
    r"|MBPP\+?|BIG-?Bench(?:\s+Hard)?|BBH|MT-Bench|AlpacaEval(?:\s*2(?:\.0)?)?|IFEval|GPQA"
    r"|PIQA|BoolQ|LAMBADA|SQuAD(?:\s*v?2(?:\.0)?)?|SuperGLUE|MS\s+MARCO|BEIR|MTEB|AGIEval"
    r"|TriviaQA|Natural\s+Questions|OpenBookQA|SIQA|CommonsenseQA|MGSM|XNLI|FLORES(?:-200)?"
    r"|LiveCodeBench|MMMU|MathVista|DocVQA|TextVQA|ChartQA|VQAv2"
)
_NAMES_CASED = (
    r"PILE|ARC(?:-(?:Challenge|Easy|C|E))?|MATH|DROP|GLUE|COCO|[Tt]he\s+(?:Pile|Stack(?:\s+v2)?)"
)
_SUBSET = r"-(?:[a-z]{2}|multi|nolang)"
"""A language or subset a name may end with (`LAION-2B-en`, `mC4-es`, `LAION-2B-multi`): part of
the name, lower case only (`ImageNet-Pretrained` is not a subset)."""
_NAMES = lazy_pattern(
    rf"(?<![\w/.-])(?:(?i:{_NAMES_ANY_CASE})|{_NAMES_CASED})(?:{_SUBSET})?(?![\w/])",
)
# "the Magpie-Pro dataset", "the OpenMath corpus": a capitalised name before a data noun.
_CALLED = lazy_pattern(
    r"(?<![\w/.-])([A-Z](?=[\w.+-]*(?:[a-z][A-Z]|\d|-[A-Z]))[\w.+-]{1,40}"
    r"(?:[ -][A-Z0-9][\w.+-]{0,40}){0,3})\s+"
    r"(?:data\s*set|dataset|corpus)\b"
)
_NOT_A_NAME = lazy_pattern(
    r"^(?:The|This|That|These|Our|My|Its|Their|A|An|Each|Every|Any|Some|All|No|Training|Test"
    r"|Evaluation|Eval|Validation|Private|Public|Internal|Proprietary|Synthetic|Custom|New|Same"
    r"|Original|Full|Whole|Entire|Final|Base|Raw|Clean(?:ed)?|We|It|In|On|For|With|Using"
    r"|SFT|DPO|RLHF|PPO|ORPO|KTO|LoRA|QLoRA|GPT-?\d\w*)\b"
)


@cache
def _known_names() -> re.Pattern[str]:
    """The names the known datasets go by (license_db/known_datasets.yaml `aliases`: "Stanford
    Alpaca", "Dolly 15k", "OpenAssistant Conversations"), longest first, as one pattern: a name
    written as a name, its first letter a capital or a digit (`alpaca` in running text may be
    the animal), spaces or hyphens between its words, any case after that; not the start of a
    longer hyphenated name (`Pile-Test`)."""
    aliases = {a for entry in load_known_datasets().entries for a in entry.aliases if "/" not in a}
    words = sorted(aliases, key=len, reverse=True)
    names = "|".join(r"[\s-]+".join(re.escape(w) for w in a.split()) for a in words)
    return re.compile(rf"(?<![\w/.-])(?=[A-Z0-9])(?i:{names or '(?!)'})(?:{_SUBSET})?(?![\w/]|-\w)")


@dataclass(frozen=True, slots=True)
class DataRef:
    """A dataset reference in a window: where it stands, what it names and how it was written."""

    start: int
    end: int
    ref: str  # the Hub id when it is one, else the name as written
    hub_id: str | None
    kind: str  # "link" (Hub dataset link or path), "id" (bare org/name), "name"


def normalise_ref(text: str) -> tuple[str, str | None]:
    """A stated dataset as (ref, hub_id): URLs, a `datasets/` prefix and trailing slashes
    stripped, case kept; `hub_id` is the `org/name` when the text is written as one."""
    value = text.strip().strip("`'\"<>").rstrip("/").strip()
    url = HUB_DATASET_URL.match(value)
    if url is not None:
        return _from_url(url)
    value = re.sub(r"^(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/", "", value, flags=re.I)
    value = value.removeprefix("datasets/").rstrip("/")
    repo, at, revision = value.partition("@")  # `org/name@<revision>`: a pinned dataset
    parts = repo.split("/")
    if len(parts) == 2 and all(re.fullmatch(_ID, p) for p in parts):
        if at and not re.fullmatch(r"[\w.\-/]{1,128}", revision):
            return value, None
        return value, repo
    return value, None


def _from_url(url: re.Match[str]) -> tuple[str, str | None]:
    org, name = url.group(1), url.group(2)
    if name is None or name.lower() in _NOT_NAME_SEGMENTS:
        return org, None
    ref = f"{org}/{name}".rstrip(".-_")
    return ref, ref


@cache
def _triggers() -> Triggers:
    """The patterns `data_refs` runs, in its order, with their trigger words."""
    patterns = (_MD_LINK, HUB_DATASET_URL, _DATASET_PATH, _ANY_URL, _BARE_ID, _NAMES)
    return Triggers((*patterns, _known_names(), _CALLED))


def data_refs(text: str) -> list[DataRef]:
    """The dataset references in `text`, in order, none overlapping another. A pattern whose
    trigger words (model/triggers.py) do not occur in `text` cannot match: not run."""
    found: list[DataRef] = []
    taken: list[tuple[int, int]] = []
    links, urls, paths, any_urls, ids, names, known, calls = _triggers().may_match(text)
    for link in _MD_LINK.finditer(text) if links else ():
        url = HUB_DATASET_URL.match(link.group(2))
        if url is not None:
            ref, hub_id = _from_url(url)
            found.append(DataRef(link.start(), link.end(), ref, hub_id, "link"))
            taken.append((link.start(), link.end()))
        elif re.match(r"(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/", link.group(2), re.I):
            taken.append((link.start(), link.end()))  # a model or site page: not a dataset
        else:
            taken.append((link.start(2), link.end(2)))  # the words may still name one
    for url in HUB_DATASET_URL.finditer(text) if urls else ():
        if not _inside(url.start(), taken):
            ref, hub_id = _from_url(url)
            found.append(DataRef(url.start(), url.end(), ref, hub_id, "link"))
            taken.append((url.start(), url.end()))
    for path in _DATASET_PATH.finditer(text) if paths else ():
        if not _inside(path.start(), taken):
            ref = path.group(1).rstrip(".-_")
            found.append(DataRef(path.start(), path.end(), ref, ref, "link"))
            taken.append((path.start(), path.end()))
    taken.extend((u.start(), u.end()) for u in (_ANY_URL.finditer(text) if any_urls else ()))
    for bare in _BARE_ID.finditer(text) if ids else ():
        ref = bare.group(1).rstrip(".-_")
        if not _inside(bare.start(), taken) and _is_id(text, bare.start(), bare.end(), ref):
            found.append(DataRef(bare.start(), bare.end(), ref, ref, "id"))
            taken.append((bare.start(), bare.end()))
    # well-known names and the known datasets' aliases: the longest of those starting together
    named = [
        *(_NAMES.finditer(text) if names else ()),
        *(_known_names().finditer(text) if known else ()),
    ]
    for name in sorted(named, key=lambda m: (m.start(), -m.end())):
        if not any(a < name.end() and name.start() < b for a, b in taken):
            found.append(
                DataRef(name.start(), name.end(), " ".join(name.group(0).split()), None, "name")
            )
            taken.append((name.start(), name.end()))
    for called in _CALLED.finditer(text) if calls else ():
        words = called.group(1)
        if not _inside(called.start(), taken) and not _NOT_A_NAME.match(words):
            found.append(DataRef(called.start(), called.start(1) + len(words), words, None, "name"))
    found.sort(key=lambda r: r.start)
    return found


_WEB_HOST = lazy_pattern(r"\.(?:com|org|net|io|ai|dev|co|edu|gov|cn|de|uk)$", re.IGNORECASE)
_VALUE_AFTER = lazy_pattern(  # a metric's value, not a count of items ("X: 12,000 questions")
    r"^\s*[:=]\s*[-+]?\d(?![\d,.]*\s*(?:k|m|thousand|million)?\s+(?:[\w-]+\s+)?(?:questions|examples"
    r"|samples|rows|pairs|items|records|documents|conversations|dialogues|prompts|tokens|images))"
)
METRIC = lazy_pattern(
    r"acc(?:_norm)?|f1|em|mc\d|exact(?:_match)?|pass@\d+|bleu|rouge\w*|score|norm|plain|no",
    re.IGNORECASE,
)
"""The part after a benchmark's slash in a results table (`hellaswag/acc_norm`): a metric."""
_NOT_ID_WORDS = frozenset(
    {"train", "test", "dev", "eval", "val", "valid", "validation", "and", "or", "input", "output"}
)


def _is_id(text: str, start: int, end: int, ref: str) -> bool:
    """An `org/name` that looks like a repo id, or a short one (`cais/mmlu`) a data word names;
    never a web host (`github.com/org`) or a metric's key (`Rewards/chosen: -0.27`)."""
    if _WEB_HOST.search(ref.partition("/")[0]) or _VALUE_AFTER.match(text[end : end + 60]):
        return False
    if is_repo_like(ref) and not METRIC.fullmatch(ref.partition("/")[2]):
        return True
    org, _, name = ref.partition("/")
    if len(org) < 2 or len(name) < 2 or {org.lower(), name.lower()} & _NOT_ID_WORDS:
        return False
    if org.isdigit() or name.isdigit() or METRIC.fullmatch(name):
        return False
    return bool(
        _DATA_AFTER.match(text[end : end + 40])
        or _DATA_BEFORE.search(text[max(0, start - 60) : start])
    )


def reads_as_data(text: str, ref: DataRef, *, governed: bool) -> bool:
    """Whether a bare id or name at `ref` is a dataset rather than a model: a data word right
    beside it, or (`governed`: a training or evaluation phrase rules its clause) the object
    of that phrase; never right after "from"/"of" or right before "model"."""
    before = text[max(0, ref.start - 60) : ref.start]
    after = text[ref.end : ref.end + 40]
    if _MODEL_AFTER.match(after):
        return False
    if _DATA_AFTER.match(after) or _DATA_BEFORE.search(before):
        return True
    if ref.kind == "id" and _FROM_BEFORE.search(before):
        return False
    return governed and bool(_OBJECT_BEFORE.search(before))


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def without_subset(name: str) -> str | None:
    """A well-known name less the language or subset it ends with (`LAION-2B-en` ->
    `LAION-2B`), or None when it ends with none: the name to look up when the subset is not
    known by itself."""
    found = re.search(rf"(?<=[A-Za-z0-9]){_SUBSET}$", name)
    return name[: found.start()] if found is not None and "/" not in name else None


def name_key(text: str) -> str:
    """How two statements of one dataset compare: its name's letters and digits, lower case
    (`org/` dropped: `HuggingFaceFW/fineweb-edu` and `FineWeb-Edu` are one dataset)."""
    return re.sub(r"[^0-9a-z]", "", text.rsplit("/", 1)[-1].lower())
