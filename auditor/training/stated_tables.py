"""Datasets a card's Markdown tables name: the rows of a training-data table and of a benchmark
table. Pure.

A table's kind comes from the heading above it and its header row: a data column (`Dataset`,
`Data source`, `Corpus`) beside sizes, shares or licenses (`Tokens`, `Samples`, `Weight`,
`License`) under a training heading lists training data (`fine-tuning` under a fine-tuning
heading); a first column of benchmarks or tasks beside scores, or any table under an
evaluation heading, lists evaluation data. A table whose first column names models compares
models: its rows are not datasets. A training table's License column states each row's
dataset license (`CC BY-NC 4.0`), which resolution reads when nothing else names one; a cell
that is empty, a dash, the header again or a pointer ("see card") states none. A row describing
the publisher's own data (`Our own handbooks`, `Support tickets (ours)`) is no third party's
dataset, unless its License cell states one for it; a `Generated with` column names the models
that made a row's data, read as a training sentence's generators are (stated_generated.py): a
row naming no dataset is then data described by its generators. A purpose column (`Used for`,
`Purpose`, `Split`, `Stage`) decides each row's role: a row used for evaluation or benchmarks
only (`evaluation only, never trained on`, `test set`) is evaluation data, not training data;
a row naming training, or any other or no purpose, keeps the table's role (the strict reading).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.training.data_card_patterns import MODEL
from auditor.training.stated_generated import described_ref
from auditor.training.stated_prose import (
    ID_CONFIDENCE,
    NAME_CONFIDENCE,
    Statement,
    heading_role,
)
from auditor.training.stated_refs import METRIC, data_refs

_DELIMITER = lazy_pattern(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HEADING = lazy_pattern(
    r"^\s{0,3}(?:#{1,6}\s+(?P<md>.+?)\s*#*\s*$|(?:\*\*|__)(?P<bold>[^*_]{2,80})(?:\*\*|__)\s*:?\s*$)"
)
_FENCE = lazy_pattern(r"^\s*(?:```|~~~)")
_DATA_COLUMN = lazy_pattern(
    r"^(?:training\s+|fine-?tuning\s+|sft\s+)?(?:data\s*sets?|data(?:\s+sources?)?|sources?"
    r"|corpus|corpora|subsets?|collections?)(?:\s+names?)?$",
    re.IGNORECASE,
)
_SIZE_COLUMN = lazy_pattern(
    r"\b(?:tokens?|samples?|examples?|size|proportion|weight|share|ratio|epochs?|licen[cs]e"
    r"|documents?|rows|hours|instances|mix|percent(?:age)?|%|count|domain|language|type|url"
    r"|link|description)\b|%",
    re.IGNORECASE,
)
_BENCH_COLUMN = lazy_pattern(
    r"^(?:benchmarks?|tasks?|evals?|evaluations?|test\s+sets?|metrics?|categor(?:y|ies)"
    r"|data\s*sets?|datasets?\s*/\s*tasks?|tasks?\s*/\s*datasets?|capabilit(?:y|ies)|domains?)$",
    re.IGNORECASE,
)
_MODEL_COLUMN = lazy_pattern(
    r"^(?:models?|model\s+names?|checkpoints?|systems?|llms?|methods?)$", re.I
)
_SCORE_WORDS = lazy_pattern(
    r"\b(?:scores?|acc(?:uracy)?|f1|em|exact|pass@\d+|bleu|rouge|wer|cer|\d+-shot|shots?|metric"
    r"|results?|perplexity|ppl|win\s*rate|elo)\b|\d",
    re.IGNORECASE,
)
_NOT_A_DATASET = lazy_pattern(
    r"^(?:averages?|avg\.?|overall|total|mean|sum|all|n/?a|-+|—|\W*|compile\s+rate)$"
    r"|^[\d.,%\s±()+-]+$",
    re.I,
)
_NOT_A_BENCHMARK = lazy_pattern(
    r"^(?:perplexity|ppl|(?:cross[\s-]entropy\s+)?loss|accuracy|latency|throughput|memory"
    r"|tokens?\s+per\s+second|speed|english|chinese|mandarin|japanese|korean|french|german"
    r"|spanish|italian|portuguese|russian|arabic|hindi|vietnamese|thai|indonesian|turkish|polish"
    r"|dutch|swedish|ukrainian|persian|hebrew|greek|czech|romanian|hungarian|danish|finnish"
    r"|norwegian|bengali|urdu|tamil|malay|python|java|javascript|typescript|c|c\+\+|cpp|c#|go"
    r"|rust|php|ruby|swift|kotlin|scala|bash|shell|sql|r|matlab|lua|perl|haskell|julia)$",
    re.IGNORECASE,
)
"""Rows of a results table that are a metric or a (natural or programming) language the model
was scored in, not a dataset it was evaluated on."""
_PARENTHESES = lazy_pattern(r"\s*[(\[][^)\]]{0,60}[)\]]\s*$")
_MARKUP = lazy_pattern(r"\*\*|__|`|~~|<[^>]{0,200}>")
MAX_CELL = 120
MAX_NAME_WORDS = 6
"""A cell longer than this describes data ("A new mix of publicly available online data")."""
_LICENSE_COLUMN = lazy_pattern(r"^(?:data(?:set)?\s+)?licen[cs]es?(?:\s+\(.*\))?$", re.I)
_NO_LICENSE = lazy_pattern(
    r"^(?:[-–—?/]*|n/?a|none|unknown|unspecified|various|mixed|tbd|licen[cs]es?"
    r"|see\b.*|check\b.*|same\s+as\b.*|\W*)$",
    re.IGNORECASE,
)
MAX_LICENSE_CELL = 60
_GENERATOR_COLUMN = lazy_pattern(
    r"^(?:generated|synthesi[sz]ed|written|produced|annotated|labell?ed|distilled)"
    r"\s+(?:with|by|using|from)(?:\s+model)?$|^(?:generators?|generator\s+models?"
    r"|teachers?(?:\s+models?)?|source\s+models?|annotators?|models?\s+used)$",
    re.IGNORECASE,
)
_PURPOSE_COLUMN = lazy_pattern(
    r"^(?:(?:used|use|usage)(?:\s+(?:for|in|as))?|purposes?|roles?|splits?|stages?|phases?"
    r"|used\s+(?:during|at)(?:\s+stage)?|function|verwendung\w*|zweck|uso|usado\s+para"
    r"|utilis[ée]\s+pour|utilisation|finalit[àé]|用途|使用阶段|用于)$"
    # a question or a phrase: "How we used it", "What it was used for", "Role in this model",
    # "Used during fine-tuning", "Wie verwendet"
    r"|^(?:how|what\s+for|what|where|when|wie|comment)\b(?:\s+[\w'’-]+){0,5}?\s+"
    r"(?:used?|usage|employed|verwendet|genutzt|utilis[ée]e?s?)(?:\s+(?:it|them|for|in))*\??$"
    r"|^(?:used?|usage|role|purpose)s?\s+(?:for|in|as|during|at|of|within)\s+"
    r"(?:(?:the|this|our)\s+)?(?:model|run|training|fine-?tuning|project|release|pipeline|use)$",
    re.IGNORECASE,
)
"""A column saying what each row's data was used for (`Used for`, `Purpose`, `Split`, `How we
used it`, `Role in this model`). A column of the data's terms (`Commercial use`, `Permitted
use`, `Use restrictions`) is none: its `research and evaluation only` restricts, it tells no
use."""
_NOT_TRAINED = lazy_pattern(
    r"\b(?:never|not|no|nor|without)\s+(?:\w+\s+){0,3}?(?:(?:pre-?|re-?)?train\w*|fine-?tun\w*"
    r"|finetun\w*)(?:\s+(?:on|with|in|for|data|use))*"
    r"|\b(?:held[\s-]?out|excluded)\s+from\s+(?:all\s+)?(?:pre-?)?train\w*"
    r"|\bnicht\s+(?:zum\s+|für\s+(?:das\s+)?)?trainier\w*|\bno\s+(?:se\s+)?(?:usó|usado|utiliz\w*)"
    r"\s+(?:para|en)\s+(?:el\s+)?entrena\w*|未(?:用于|参与)训练|不(?:用于|参与)训练",
    re.IGNORECASE,
)
"""A purpose denying training (`never trained on`, `not used for training`, `held out from
training`): its training word is no training use."""
_TRAINED = lazy_pattern(
    r"\b(?:(?:pre-?|re-?|post-?)?train\w*|fine-?tun\w*|finetun\w*|sft|rlhf|dpo|alignment"
    r"|instruction[\s-]tun\w*|distill\w*|entrena\w*|entraîn\w*|addestr\w*|trein\w*)\b"
    r"|训练|訓練|微调|微調|学習|학습",
    re.IGNORECASE,
)
_EVALUATED = lazy_pattern(
    r"\b(?:eval\w*|[ée]valu\w*|valu(?:ación|tazione|ierung)|benchmark\w*|tests?(?:ing)?"
    r"|test[\s-]sets?|held[\s-]?out|scor\w*|leaderboard|prueba|bewert\w*)\b"
    r"|评估|評估|评测|評測|测试|測試|評価|평가",
    re.IGNORECASE,
)
_OWN = lazy_pattern(
    r"\b(?:our|ours|own|in-?house|internally|proprietary\s+(?:to\s+us|in-?house))\b", re.I
)
"""A data cell describing the publisher's own data, not a third party's dataset."""
_HUMAN = lazy_pattern(
    r"\b(?:human|humans|staff|employees?|annotators?|experts?|writers?|authors?|people"
    r"|volunteers?|manual(?:ly)?|crowd\w*|hand-?written)\b",
    re.IGNORECASE,
)
_VENDOR_WORD = lazy_pattern(
    r"^(?:OpenAI|Anthropic|Google|Meta|Mistral\s+AI|Microsoft)(?:['’]s)?\s+"
)
_MODEL_SIZE = lazy_pattern(r"\b\d+(?:[._]\d+)?\s?[BbMm]\b|\b\d+x\d+[Bb]\b")


def table_statements(lines: list[str], first_line: int, card_file: str) -> Iterator[Statement]:
    """Every dataset the card's Markdown tables name, with its row's line."""
    fenced = False
    section: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if _FENCE.match(line):
            fenced = not fenced
            index += 1
            continue
        heading = None if fenced else _HEADING.match(line)
        if heading is not None:
            section = heading.group("md") or heading.group("bold") or ""
        if (
            fenced
            or "|" not in line
            or index + 1 >= len(lines)
            or not _DELIMITER.match(lines[index + 1])
        ):
            index += 1
            continue
        header = _cells(line)
        end = index + 2
        rows: list[tuple[int, list[str]]] = []
        while end < len(lines) and "|" in lines[end] and lines[end].strip():
            rows.append((end, _cells(lines[end])))
            end += 1
        yield from _rows(header, rows, section, first_line, card_file)
        index = end


def _rows(
    header: list[str],
    rows: list[tuple[int, list[str]]],
    section: str | None,
    first_line: int,
    card_file: str,
) -> Iterator[Statement]:
    kind = _table_kind(header, section)
    if kind is None:
        return
    role, column = kind
    licensed = next((i for i, c in enumerate(header) if _LICENSE_COLUMN.match(c)), None)
    made = next((i for i, c in enumerate(header) if _GENERATOR_COLUMN.match(c)), None)
    purpose = next((i for i, c in enumerate(header) if _PURPOSE_COLUMN.match(c)), None)
    table_role = role
    for index, cells in rows:
        if column >= len(cells):
            continue
        role = table_role
        if purpose is not None and purpose < len(cells) and _evaluation_only(cells[purpose]):
            role = "evaluation"
        cell = cells[column]
        quote = " | ".join(c for c in cells if c)[:200]
        if role == "evaluation" and _MODEL_SIZE.search(cell):
            continue  # a model compared, not a benchmark
        stated = None
        if role != "evaluation" and licensed is not None and licensed < len(cells):
            stated = license_cell(cells[licensed])
        if role != "evaluation" and not stated and _unnamed(cell, made, cells):
            yield from _own_row(
                cells[made] if made is not None and made < len(cells) else "",
                role,
                first_line + index,
                quote,
            )
            continue
        for statement in _cell_statements(cell, role, first_line + index, quote):
            yield replace(statement, license=stated) if stated else statement


def _evaluation_only(cell: str) -> bool:
    """Whether a purpose cell says its row's data was used for evaluation only: evaluation,
    benchmark or test words and no training use (`evaluation only, never trained on`); a cell
    naming training too (`training and evaluation`), or no purpose known, is not."""
    text = _NOT_TRAINED.sub(" ", _MARKUP.sub("", cell))
    return _EVALUATED.search(text) is not None and _TRAINED.search(text) is None


def _unnamed(cell: str, made: int | None, cells: list[str]) -> bool:
    """A row naming no dataset: the publisher's own data (`Our own handbooks`), or data its
    generator column says a model made (`Customer FAQ rewrites | GPT-4o`). A row naming a
    dataset (`OpenOrca (our filtered subset)`), or whose License cell states the data's license
    (`Our own forum crawl | CC BY-NC-SA 4.0`: the posts' terms), is that dataset's."""
    own = _OWN.search(cell) is not None
    if not own and (made is None or made >= len(cells) or not _generators(cells[made])):
        return False
    return not data_refs(cell[: MAX_CELL * 4])


def _own_row(made: str, role: str, number: int, quote: str) -> Iterator[Statement]:
    """A row of the publisher's own data (`Our support tickets`, `In-house manuals`) is no
    third party's dataset, whose terms could bind: only the models its generator column says
    made it are stated (as stated_generated.py's described data)."""
    names = _generators(made)
    if names:
        ref = described_ref(names)
        yield Statement(
            ref, None, role, "card-table", NAME_CONFIDENCE, number, quote, generated_with=names
        )


def _generators(cell: str) -> tuple[str, ...]:
    """The model names a generator cell holds (`Gemini 1.5 Pro`, `GPT-4o and Claude 3 Opus`);
    none for people (`written by staff`, `human annotators`)."""
    text = _MARKUP.sub("", re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", cell))[:MAX_CELL]
    if _NO_LICENSE.match(text.strip()) or _HUMAN.search(text):
        return ()
    names = [_VENDOR_WORD.sub("", m.group(0)).strip() for m in MODEL.finditer(text)]
    return tuple(dict.fromkeys(name for name in names if name))


def _table_kind(header: list[str], section: str | None) -> tuple[str, int] | None:
    """(role, column of dataset names) for a table listing datasets, else None."""
    if not header:
        return None
    section_role, names_data = heading_role(section or "")
    if _MODEL_COLUMN.match(header[0]):
        return None  # models compared on benchmarks: the rows are models
    data_column = next((i for i, c in enumerate(header) if _DATA_COLUMN.match(c)), None)
    others = [c for i, c in enumerate(header) if i != data_column]
    purpose = any(_PURPOSE_COLUMN.match(c) for c in others)  # what each row was used for
    if section_role == "evaluation":
        return "evaluation", data_column if data_column is not None else 0
    scored = _BENCH_COLUMN.match(header[0]) and any(_SCORE_WORDS.search(c) for c in header[1:])
    if scored and (section_role is None or not any(_SIZE_COLUMN.search(c) for c in header[1:])):
        return "evaluation", 0
    if data_column is not None and (purpose or any(_SIZE_COLUMN.search(c) for c in others)):
        return section_role or "training", data_column
    if data_column is not None and section_role in ("training", "fine-tuning") and names_data:
        return section_role, data_column
    return None


def _cell_statements(cell: str, role: str, number: int, quote: str) -> Iterator[Statement]:
    refs = [r for r in data_refs(cell[: MAX_CELL * 4]) if r.kind != "name" or r.start < 3]
    if refs:
        for ref in refs:
            confidence = ID_CONFIDENCE if ref.kind != "name" else NAME_CONFIDENCE
            yield Statement(ref.ref, ref.hub_id, role, "card-table", confidence, number, quote)
        return
    name = _PARENTHESES.sub("", _MARKUP.sub("", re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", cell)))
    name = " ".join(name.split()).strip(" *_:")
    head, _, tail = name.rpartition("/")
    name = head if head and METRIC.fullmatch(tail) else name
    if not name or len(name) > MAX_CELL or len(name.split()) > MAX_NAME_WORDS:
        return
    if _NOT_A_DATASET.match(name) or METRIC.fullmatch(name):
        return
    if role == "evaluation" and _NOT_A_BENCHMARK.match(name):
        return
    yield Statement(name, None, role, "card-table", NAME_CONFIDENCE, number, quote)


def license_cell(cell: str) -> str | None:
    """The license a table cell states, in its words: None for an empty or "-" cell, the
    column's header again, a pointer ("see card") or words too long to be a license's name."""
    text = " ".join(_MARKUP.sub("", re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", cell)).split())
    text = text.strip(" *_:.")
    if len(text) > MAX_LICENSE_CELL or _NO_LICENSE.match(text):
        return None
    return text


def _cells(line: str) -> list[str]:
    text = line.strip().removeprefix("|")
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    return [" ".join(cell.split()) for cell in re.split(r"(?<!\\)\|", text)]
