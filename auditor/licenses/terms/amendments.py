"""Amendments that rewrite a licence's words from a date (for `pipeline.analyse`).

An amendment, addendum or rider kept beside the licence may change its words rather than add
terms: 'With effect from 1 March 2026, the figure "5,000,000" in clause 2 is replaced by
"500,000"', 'the words "up to 100,000 monthly active users" are replaced by "up to 2,000,000
monthly active users"', 'From 1 January 2026, clause 1 is deleted and replaced with: "..."'.
Read as a document of its own, such a text states the old and the new words side by side (a
cap of 100,000 beside one of 2,000,000), and the licence it amends keeps its old words: the
reading is wrong whichever wins. Here the instruction is carried out on the licence's text
when it is in force on the audit's day (no date: in force), and the instruction itself is
taken out of the amending document (dropped when nothing else in it states a term). An
instruction not yet in force leaves the licence as written and is set aside too, its new
words not read as a rival term until its date. Both are said (`license-amended`, info),
quoting the instruction, so counsel sees which words bind and from when; an analysis holding
an instruction not yet in force is not cached past its day (`pipeline.cache`).

Only an instruction whose old words (or clause number) the licence text holds is carried out;
one naming words the licence does not hold changes nothing and is left in its document to be
read as it stands. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.terms.amendments_s38en import Found, appended, found_instructions
from auditor.licenses.terms.licence_term import licence_term
from auditor.model import Category, Evidence, Finding, LicenseFile

__all__ = ["RULE", "apply_amendments"]

T = TypeVar("T")  # a document's identity, carried as it is

RULE = "license-amended"

_Q_OPEN, _Q_CLOSE = "[\"“‘']", "[\"”’']"
_UNIT = r"(?:clause|section|article|paragraph|§)\s*(?P<num>\d{1,3}(?:\.\d{1,3})*[a-z]?)"
# the words replaced by others: '"X" (in clause 2) is replaced by "Y"', 'replace "X" with "Y"'
_WORDS = lazy_pattern(
    rf"(?:the\s+(?:words?|figure|number|amount|sum|text|phrase|term)\s+)?{_Q_OPEN}"
    rf"(?P<old>[^\"“”‘’]{{2,300}}?){_Q_CLOSE}\s*(?:\(\s*[^)]{{0,80}}\)\s*)?"
    rf"(?:(?:in|of)\s+{_UNIT}(?:\s+of\s+[^,.;:]{{0,80}}?)?\s+)?"
    r"(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:deleted\s+and\s+)?"
    r"(?:replaced|substituted|changed|amended)\s+(?:by|with|to(?:\s+read)?)\s*:?\s*"
    rf"(?:the\s+(?:words?|figure|number|amount|text)\s+)?{_Q_OPEN}"
    rf"(?P<new>[^\"“”‘’]{{1,300}}?){_Q_CLOSE}"
    rf"|\breplace\s+{_Q_OPEN}(?P<old2>[^\"“”‘’]{{2,300}}?){_Q_CLOSE}\s+(?:with|by)\s+"
    rf"{_Q_OPEN}(?P<new2>[^\"“”‘’]{{1,300}}?){_Q_CLOSE}",
    re.IGNORECASE,
)
# a whole clause replaced: 'clause 1 is deleted and replaced with: "..."'
_CLAUSE = lazy_pattern(
    rf"\b{_UNIT}(?:\s+of\s+[^:;\"“]{{0,80}}?)?\s+(?:is|shall\s+be|will\s+be)\s+(?:hereby\s+)?"
    r"(?:deleted\s+and\s+)?(?:replaced|substituted)\s+(?:by|with)(?:\s+the\s+following)?\s*:?\s*"
    r"[\"“](?P<new>[^\"“”]{5,2000}?)[\"”]",
    re.IGNORECASE,
)
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH = r"(?P<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
_MONTH += r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE = (
    rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<y>\d{{4}})"
    rf"|{_MONTH.replace('?P<m>', '?P<m2>')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))"
)
_EFFECTIVE = lazy_pattern(
    r"\b(?:effective|with\s+effect\s+(?:from|on)|in\s+force\s+(?:from|on)|applies\s+from|from"
    rf"|as\s+(?:of|from)|starting|beginning|on\s+and\s+after)\s+(?:on\s+|from\s+)?{_DATE}",
    re.IGNORECASE,
)
_TERM_WORD = lazy_pattern(
    r"\b(?:not|no|never|nor|must|shall|may|only|solely|except|unless|prohibit\w*|forbid\w*"
    r"|restrict\w*|non-?commercial|research|limit\w*|require\w*|cap|exceed\w*|grants?)\b|n't\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Instruction:
    path: str
    line: int
    quote: str
    start: int  # offsets in the amending text
    end: int
    old: str | None  # the words replaced, or None for a whole clause
    num: str | None  # the clause replaced
    new: str
    effective: date | None
    append: bool = False  # the new words added at the clause's end, not put for it


def apply_amendments(
    files: Sequence[tuple[LicenseFile, T]], today: date | None
) -> tuple[list[tuple[LicenseFile, T]], list[Finding]]:
    """`files` (license documents with their identities) with each amendment in force on
    `today` carried out on the text it amends, every instruction taken out of its own
    document, and what was done said. `today` None: only undated instructions are in force."""
    # a licence granted for a set time: its end said, "during the term" grants read plainly
    files, term = licence_term(files, today)
    texts = {f.path: f.text for f, _ in files if f.text}
    instructions = [i for path, text in texts.items() for i in _instructions(path, text)]
    if not instructions:
        return list(files), term
    changed = dict(texts)
    findings: list[Finding] = []
    used: dict[str, list[_Instruction]] = {}
    for ins in instructions:
        target = next((p for p in changed if p != ins.path and _holds(changed[p], ins)), None)
        if target is None:
            continue  # names words no other document holds: read as it stands
        used.setdefault(ins.path, []).append(ins)
        due = ins.effective is None or (today is not None and ins.effective <= today)
        if due:
            changed[target] = _carried_out(changed[target], ins)
        findings.append(_finding(ins, target, due, today))
    out: list[tuple[LicenseFile, T]] = []
    for file, identity in files:
        text = changed.get(file.path)
        if file.path in used and text is not None:
            text = _without(text, used[file.path])
            if not _TERM_WORD.search(_body(text)):
                continue  # the amendment said nothing else: its effect is in the licence
        out.append((replace(file, text=text) if text != file.text else file, identity))
    return out, [*findings, *term]


# every instruction holds one of these (`_WORDS`, `_CLAUSE`)
_VERBS: tuple[str, ...] = ("replaced", "substitut", "changed to", "changed by", "changed with")
_VERBS += ("amended to",)
_VERBS += ("amended by", "amended with", 'replace "', "replace \u201c", "replace '")
_VERBS += ("replace \u2018",)


def _instructions(path: str, text: str) -> list[_Instruction]:
    lower = " ".join(text.lower().split())
    if not any(verb in lower for verb in _VERBS):
        return []  # nearly every licence: no pattern run (an audit reads each text here)
    dated = _EFFECTIVE.search(text)
    whole = _date(dated) if dated else None
    found = []
    matches = [(m, True) for m in _WORDS.finditer(text)]
    spans = [(m.start(), m.end()) for m, _ in matches]
    matches += [  # a clause named only as where replaced words stand is no whole clause
        (m, False)
        for m in _CLAUSE.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in spans)
    ]
    for more in found_instructions(text):  # a quoted block; words added at a clause's end
        if not any(s < more.end and more.start < e for s, e in spans):
            found.append(_whole(path, text, more, whole))
    for match, words in matches:
        old = (match.groupdict().get("old") or match.groupdict().get("old2")) if words else None
        new = match.groupdict().get("new") or match.groupdict().get("new2") or ""
        if words and old is None:
            continue
        sentence = _sentence_of(text, match.start(), match.end())
        own = _EFFECTIVE.search(sentence)
        found.append(
            _Instruction(
                path=path,
                line=text.count("\n", 0, match.start()) + 1,
                quote=" ".join(sentence.split())[:300],
                start=match.start(),
                end=match.end(),
                old=" ".join(old.split()) if old else None,
                num=None if old else match.group("num"),
                new=" ".join(new.split()),
                effective=_date(own) if own else whole,
            )
        )
    return found


def _whole(path: str, text: str, more: Found, whole: date | None) -> _Instruction:
    """An instruction on a whole clause, set out as a quoted block or added at its end."""
    start, end = more.start, more.end
    sentence = _sentence_of(text, start, start)
    own = _EFFECTIVE.search(sentence)
    return _Instruction(
        path=path,
        line=text.count("\n", 0, start) + 1,
        quote=" ".join(text[max(0, start - 120) : end].split())[-300:],
        start=start,
        end=end,
        old=None,
        num=more.num,
        new=more.new,
        effective=_date(own) if own else whole,
        append=more.append,
    )


def _holds(text: str, ins: _Instruction) -> bool:
    if ins.old is not None:
        return _flexible(ins.old).search(text) is not None
    return _clause_span(text, ins.num or "") is not None


def _carried_out(text: str, ins: _Instruction) -> str:
    if ins.old is not None:
        return _flexible(ins.old).sub(lambda _: ins.new, text, count=1)
    span = _clause_span(text, ins.num or "")
    if span is None:
        return text
    if ins.append:
        return f"{text[: span[0]]}{appended(text[span[0] : span[1]], ins.new)}{text[span[1] :]}"
    return f"{text[: span[0]]}{ins.num}. {ins.new}\n{text[span[1] :]}"


def _flexible(words: str) -> re.Pattern[str]:
    """The words wherever the text breaks its lines between them."""
    return re.compile(r"\s+".join(re.escape(w) for w in words.split()), re.IGNORECASE)


def _clause_span(text: str, num: str) -> tuple[int, int] | None:
    """Where clause `num` stands: from its numbered line to the next numbered clause."""
    head = re.compile(
        rf"^[ \t]*(?:(?:clause|section|article|§)\s*)?{re.escape(num)}[.)]?\s", re.I | re.M
    )
    found = head.search(text)
    if found is None:
        return None
    following = re.compile(
        r"^[ \t]*(?:(?:clause|section|article|§)\s*)?\d{1,3}(?:\.\d{1,3})*[.)]?\s", re.I | re.M
    )
    after = following.search(text, found.end())
    return found.start(), after.start() if after else len(text)


def _without(text: str, used: list[_Instruction]) -> str:
    """The amending text less the sentences holding its instructions."""
    for ins in sorted(used, key=lambda i: -i.start):
        start = max(text.rfind(".", 0, ins.start), text.rfind("\n\n", 0, ins.start)) + 1
        stop = text.find(".", ins.end)
        end = len(text) if stop < 0 else stop + 1
        text = f"{text[:start]} {text[end:]}"
    return text


def _body(text: str) -> str:
    """The text less its first line (the amendment's title)."""
    return text.strip().partition("\n")[2]


def _sentence_of(text: str, start: int, end: int) -> str:
    begin = max(text.rfind(".", 0, start), text.rfind("\n\n", 0, start)) + 1
    stop = text.find(".", end)
    return text[begin : len(text) if stop < 0 else stop + 1]


def _date(match: re.Match[str]) -> date | None:
    parts = match.groupdict()
    try:
        if parts.get("y3"):
            return date(int(parts["y3"]), int(parts["m3"]), int(parts["d3"]))
        name = (parts.get("m") or parts.get("m2") or "").lower()[:3]
        month = next(i for i, m in enumerate(_MONTHS, 1) if m.startswith(name))
        day, year = parts.get("d") or parts.get("d2"), parts.get("y") or parts.get("y2")
        return date(int(year or 0), month, int(day or 0))
    except (ValueError, StopIteration):
        return None


def _finding(ins: _Instruction, target: str, due: bool, today: date | None) -> Finding:
    when = f"from {ins.effective.isoformat()}" if ins.effective else "with no date (in force)"
    if due:
        said = f"{ins.path} amends {target} {when}; the amended words are read"
    elif today is None:
        said = f"{ins.path} amends {target} {when}; with no audit date {target} is read as written"
    else:
        said = f"{ins.path} amends {target} {when}, not yet in force: {target} binds as written"
    return Finding(
        rule=RULE,
        category=Category.LICENSE,
        severity=observed_severity(RULE),
        message=said,
        remediation="Confirm with the licensor which wording bound when each copy was taken.",
        evidence=(Evidence(file=ins.path, line=ins.line, text=ins.quote),),
        # an instruction not yet in force: the analysis holds only until that day
        applies_from=None if due or ins.effective is None else ins.effective.isoformat(),
    )
