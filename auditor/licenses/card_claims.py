"""The licenses a model card's own documents name (card_documents.py: License sections, label
lines and table rows, badges, the opening, hidden blocks, the gating prompt), each with the
line that names it, for `declared_conflicts.reconcile_declared` to weigh against the metadata.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.declared import DECLARED_CONFIDENCE, match_from_record
from auditor.licenses.names import lookup_name
from auditor.licenses.text.windows import iter_lines
from auditor.model import Evidence, LicenseFile, LicenseMatch
from auditor.model.license_words import LABEL, OTHER_COMPONENT

if TYPE_CHECKING:
    from auditor.licenses.text.identify import TextIdentification


@dataclass(frozen=True, slots=True)
class CardClaim:
    """A license the card's prose names (a License section, a gating prompt), with its line."""

    match: LicenseMatch
    evidence: Evidence


_DEED = lazy_pattern(r"/(?:deed|legalcode)(?:\.[a-z-]+)?/?$", re.IGNORECASE)


def link_variants(url: str) -> list[str]:
    """A license URL and its summary/legal-text siblings (`.../4.0/`, `.../4.0/deed.en`,
    `.../4.0/legalcode`): one license, whichever page the card links."""
    base = _DEED.sub("", url.strip()).rstrip("/")
    return [url, base, f"{base}/legalcode"]


def card_claims(
    documents: Sequence[tuple[LicenseFile, TextIdentification]], db: LicenseDB
) -> list[CardClaim]:
    """The licenses the card's own documents (sections, gating prompt, hidden blocks) name,
    each with the line that names it: each sentence that names a license for the model (not
    one about its data or code), a license text pasted whole, and label lines such as
    `- **License:** cc-by-nc-4.0` (a license id or a link after the label)."""
    claims: list[CardClaim] = []
    for document, identity in documents:
        if document.text is None:
            continue
        labelled = bytearray()  # 1 at the index of each line read as a label
        named = _labelled(document.text, db, labelled)  # first: a label names it exactly
        named.extend(_named_in_sentences(document.text, db, skip=labelled))
        whole = identity.match
        # a license pasted whole names itself (its title line); a family guessed from a label
        # line the labels read exactly does not
        guessed = bool(named) and whole is not None and whole.method == "text-family-version"
        pasted = whole is not None and whole.id is not None and whole.method in _WHOLE_TEXT_METHODS
        if pasted and not guessed and whole is not None:
            number, line = _first_line(document.text)
            named.append((number, line, whole))
        seen: set[str | None] = set()
        for number, line, match in named:
            if match.id not in seen:
                seen.add(match.id)
                claims.append(CardClaim(match, Evidence(document.path, number, line)))
    return claims


# A document identified as a whole names a license only as a full text, not as a pointer
# (a pointer is read sentence by sentence, where a sentence about the data is left out).
_WHOLE_TEXT_METHODS = frozenset(
    {
        "text-exact",
        "text-similar",
        "text-modified",
        "text-derived",
        "text-with-added-terms",
        "text-title-known",
        "text-family-version",
    }
)
_SENTENCE_BREAK = lazy_pattern(r"[;；。！？]|(?<=[.!?])\s+")
_ABOUT_OTHER_WORK = lazy_pattern(
    r"\b(?:data(?:sets?)?|corpus|corpora|code(?:base)?|scripts?|software|space|demo)\b", re.I
)
# The subject of a label or a component table's row naming another part than the weights
_OTHER_COMPONENT = lazy_pattern(OTHER_COMPONENT, re.IGNORECASE)
_ABOUT_MODEL = lazy_pattern(r"\b(?:models?|weights?|checkpoints?|parameters)\b", re.IGNORECASE)
# A license named by its short id inside a sentence in any language (`本模型采用 CC BY-NC 4.0
# 协议`, `Die Gewichte stehen unter CC BY-NC 4.0`): read when the sentence as a whole is not.
# Only ids that name one license (a version given); a family word (`OpenRAIL`) does not. An id
# that is also a common word is read in capitals or before "license" only: "mit" is German and
# Dutch for "with" ("kontaktieren Sie uns mit Ihrem Anwendungsfall").
_LICENSE_TOKEN = lazy_pattern(
    r"(?<![\w-])(?:CC[- ]?BY(?:[- ](?:NC|SA|ND))*[- ]\d\.\d|CC0(?:[- ]1\.0)?"
    r"|Apache(?:[- ]License)?[- ,]*(?:v(?:ersion)?\s*)?2(?:\.0)?"
    r"|(?-i:MIT)|MIT(?=[\s-]+licen[cs]e)|BSD[- ][0-4][- ]Clause"
    r"|(?:A|L)?GPL[- ]?v?[23](?:\.[01])?(?:[- ](?:only|or[- ]later))?|MPL[- ]2\.0|Unlicense)"
    r"(?![\w-])",
    re.IGNORECASE,
)


def _named_in_sentences(
    text: str, db: LicenseDB, skip: bytearray | None = None
) -> list[tuple[int, str, LicenseMatch]]:
    """(line, line text, license) for each sentence naming a known license for the model
    (lines whose number indexes a 1 in `skip` are labels already read)."""
    named: list[tuple[int, str, LicenseMatch]] = []
    tried = 0
    skip = skip or bytearray()
    for number, line, following in _with_next(iter_lines(text)):
        if (number < len(skip) and skip[number]) or not _NAMES_A_LICENSE.search(line):
            continue
        sentences = _carried_on(_SENTENCE_BREAK.split(line), following)
        for index, sentence in enumerate(sentences):
            if not _NAMES_A_LICENSE.search(sentence) or tried >= _MAX_NAMING_SENTENCES:
                continue
            if _ABOUT_OTHER_WORK.search(sentence) and not _ABOUT_MODEL.search(sentence):
                continue
            tried += 1
            match = _identified(sentence, db)
            if match is not None and match.id is not None and " AND " in match.id:
                # licenses named together, the choice between them said in the next sentence
                # ("... under two licences, MIT and Apache 2.0. Choose one."): read together
                after = _said_after(sentences, index, line, following)
                if after and _states_choice(after):
                    match = _identified(f"{sentence} {after}", db) or match
            if match is None or match.id is None:
                match = _token_match(sentence, db)
            if match is not None and match.id is not None:
                named.append((number, line.strip(), match))
    return named


def _with_next(lines: Iterator[str]) -> Iterator[tuple[int, str, str | None]]:
    """(number, line, the line after it or None), one line ahead of `lines`."""
    previous: str | None = None
    number = 0
    for line in lines:
        if previous is not None:
            yield number, previous, line
        number, previous = number + 1, line
    if previous is not None:
        yield number, previous, None


# A line that goes on with the sentence before it: prose, not a list item, heading, table
# row, quote or blank line
_GOES_ON = lazy_pattern(r"\s*(?![-*+#>|]|\d{1,3}[.)]\s)\S")
_SENTENCE_ENDED = lazy_pattern(r"[.!?:;。！？：；]\W{0,3}$|^\s*$")


def _carried_on(sentences: list[str], following: str | None) -> list[str]:
    """The sentences of a line, the last carried on into the next line when it does not end
    there: a license's name wrapped across lines ("... under the Apache License" then "2.0
    (LICENSE), ...") is read whole, never as a name without its version."""
    last = sentences[-1] if sentences else ""
    if following is None or _SENTENCE_ENDED.search(last) or not _GOES_ON.match(following):
        return sentences
    rest = _SENTENCE_BREAK.split(following.strip(), maxsplit=1)[0]
    return [*sentences[:-1], f"{last.rstrip()} {rest}"]


def _said_after(sentences: list[str], index: int, line: str, following: str | None) -> str:
    """What the paragraph says after a line's sentence `index`: the line's later sentences,
    then the next line when it goes on as prose (less what `_carried_on` took of it)."""
    rest = [part.strip() for part in sentences[index + 1 :] if part.strip()]
    if following is not None and _GOES_ON.match(following):
        carried = not _SENTENCE_ENDED.search(line)
        rest.append(
            _SENTENCE_BREAK.split(following.strip(), maxsplit=1)[-1] if carried else following
        )
    return " ".join(rest).strip()


def _states_choice(text: str) -> bool:
    from auditor.licenses.text.notices import states_choice  # with identify_text: card prose

    return states_choice(text)


_KEPT_SENTENCES = 1_024
_KEPT_MAX_CHARS = 1_000
_kept: OrderedDict[str, tuple[LicenseDB, LicenseMatch | None]] = OrderedDict()
_kept_lock = threading.Lock()


def _identified(sentence: str, db: LicenseDB) -> LicenseMatch | None:
    """`identify_text(sentence, db=db).match`, remembered for the last `_KEPT_SENTENCES`
    sentences of at most `_KEPT_MAX_CHARS` characters: cards name their license in the same
    few sentences ("This model is released under the Apache 2.0 license."), and the answer
    depends on the sentence and the database alone (an entry holds its database: a hit is for
    that very object)."""
    from auditor.licenses.text.identify import identify_text  # costly: only for card prose

    if len(sentence) > _KEPT_MAX_CHARS:
        return identify_text(sentence, db=db).match
    with _kept_lock:
        kept = _kept.get(sentence)
        if kept is not None and kept[0] is db:
            _kept.move_to_end(sentence)
            return kept[1]
    found = identify_text(sentence, db=db).match
    with _kept_lock:
        _kept[sentence] = (db, found)
        while len(_kept) > _KEPT_SENTENCES:
            _kept.popitem(last=False)
    return found


def _token_match(sentence: str, db: LicenseDB) -> LicenseMatch | None:
    """The license a sentence names by its short id, when it names exactly one and no other
    repository (`- [org/base](...): apache-2.0` names the base's license)."""
    if _OTHER_REPO.search(sentence):
        return None
    records = {
        record.id: (record, bool(_MODIFIED_BEFORE.search(sentence, 0, token.start())))
        for token in _LICENSE_TOKEN.finditer(sentence)
        if (record := lookup_name(token.group(), db)) is not None
    }
    if len(records) != 1:
        return None
    ((record, modified),) = records.values()
    method = MODIFIED_CLAIM if modified else "card-label"
    return match_from_record(record, method=method, confidence=DECLARED_CONFIDENCE)


MODIFIED_CLAIM = "card-label-modified"
"""A license named as the base of a modified one ("a modified MIT licence"): read as that
license (the stricter reading), unless the declaration is a vendor's variant of it."""


# "a modified MIT licence", "an amended version of the Apache 2.0 license": another license
# made from the one named (a vendor's variant), not that license.
_MODIFIED_BEFORE = lazy_pattern(
    r"\b(?:modified|amended|altered|adapted|customi[sz]ed|custom|revised|extended)"
    r"(?:\s+(?:version|variant|form)\s+of)?(?:\s+(?:the|an?))?\s*$",
    re.IGNORECASE,
)
_OTHER_REPO = lazy_pattern(r"https?://|\]\(|(?<![\w.-])[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*")


def _first_line(text: str) -> tuple[int, str]:
    return next(
        ((n, line.strip()) for n, line in enumerate(iter_lines(text), 1) if line.strip()),
        (1, ""),
    )


# A table row rendered with its part first (card_tables.py): `- Model weights license: X`.
_PART_LABEL = lazy_pattern(
    r"[\s>*+\-]*+(?P<about>[^:：;]{1,80}?)\s+licen[cs]e\s*+[:：]\s*+(?P<value>\S.*?)\s*",
    re.IGNORECASE,
)
_MARKDOWN_LINK = lazy_pattern(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]*)[^)]*\)")
_BARE = lazy_pattern(r"[\s>*+\-]*+(?:\*\*|__)?+(?P<value>[^:：=]{2,60}?)(?:\*\*|__)?[\s.]*")


def _labelled(
    text: str, db: LicenseDB, lines: bytearray | None = None
) -> list[tuple[int, str, LicenseMatch]]:
    """Label lines (`License: X`, `License — X`, `Model weights license: X`; several on a line
    joined by `;`) whose value names a known license by id, name or link, and lines that are
    a license's name alone (`CC BY-NC-SA 4.0` under a License heading): the first line naming
    each license (a card claims each once). `lines` gets a 1 at the number of every label
    line (a byte a line, not a set of 700,000 numbers)."""
    found: dict[str | None, tuple[int, str, LicenseMatch]] = {}
    for number, line in enumerate(iter_lines(text), 1):
        for part in line.split(";") if ";" in line else [line]:
            record = _label_record(part, db)
            if record is not None:
                if lines is not None:
                    if len(lines) <= number:
                        lines.extend(bytes(number + 1 - len(lines)))
                    lines[number] = 1
                if record.id not in found:
                    match = match_from_record(
                        record, method="card-label", confidence=DECLARED_CONFIDENCE
                    )
                    found[match.id] = (number, line.strip(), match)
    return list(found.values())


def _label_record(text: str, db: LicenseDB) -> LicenseRecord | None:
    label = LABEL.fullmatch(text) or _PART_LABEL.fullmatch(text)
    if label is None:
        bare = _BARE.fullmatch(text)
        return lookup_name(bare.group("value").strip(), db) if bare else None
    about = label.group("about") or ""
    if _OTHER_COMPONENT.search(about) and not _ABOUT_MODEL.search(about):
        return None  # `License (code): X`, `Evaluation harness license: X`: that part's license
    value = label.group("value")
    urls = [m.group("url") for m in _MARKDOWN_LINK.finditer(value)]
    name = _MARKDOWN_LINK.sub(lambda m: m.group("text"), value).strip(" *_`.")
    record = lookup_name(name, db) if name else None
    for url in urls:
        record = record or next(filter(None, map(db.lookup_link, link_variants(url))), None)
    return record


_MAX_NAMING_SENTENCES = 12
# Words without which a line cannot name a license (checked before identifying it).
_NAMES_A_LICENSE = lazy_pattern(
    r"licen[cs]|agreement|terms|\b(?:cc|gpl|lgpl|agpl|mit|bsd|apache|mpl|rail|openrail)\b", re.I
)
