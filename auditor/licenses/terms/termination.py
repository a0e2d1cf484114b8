"""Acts that end the licence, read as bans: "This licence ends automatically if you (a) sue
anyone over a patent, or (b) give, sell or lend a copy of the weights to anyone outside your
organisation" forbids (b) as surely as "You must not give ... the weights ..." does, wherever
the drafter put it (a termination section, a footnote). Pure functions on a parsed document.

A sentence whose licence, rights or grant ends, terminates, lapses or is revoked if (should,
once, in case) the licensee does something - or which opens with the act ("If you ...") and
closes with the licence ending - gives one derived sentence per act it lists ("(a)", "(ii)",
"1)"), each "You must not <act>.", located where the sentence is and restrictive. The derived
sentences are read by every rule as written bans are; the sentence itself stays as it was (a
patent clause's reader still reads it). A trigger that is no act of the licensee's ("if you
fail to comply", "if you breach") gives a ban on failing, which no use rule reads.
"""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.sentences import Document, Sentence

__all__ = ["with_trigger_bans"]

_ENDS = (
    r"(?:ends?|terminates?|lapses?|ceases?|expires?|(?:is|are)\s+(?:automatically\s+|immediately\s+)?"
    r"(?:revoked|terminated|withdrawn|cancell?ed|void)|(?:will|shall)\s+(?:automatically\s+"
    r"|immediately\s+)?(?:end|terminate|lapse|cease|expire|be\s+(?:revoked|terminated|void)))"
)
_GRANT = r"(?:licen[cs]es?|rights?|grants?|permissions?|authori[sz]ations?)"
_WHO = (
    r"(?:you|the\s+licensee|licensee|the\s+user|any\s+licensee)(?:\s*\(?\s*(?:or|and|and/or)\s+"
    r"(?:your|its|their)\s+affiliates?(?:\s*\(s\))?\s*\)?)?"
)
_AFTER = lazy_pattern(
    r"\b" + _GRANT + r"\b[^.;]{0,80}?\b" + _ENDS + r"\b[^.;]{0,60}?\b(?:if|should|once|when"
    r"|whenever|in\s+case|in\s+the\s+event(?:\s+that)?)\s+" + _WHO + r"\b\s*(?P<acts>.+)$",
    re.IGNORECASE | re.DOTALL,
)
"""The licence ends, then the acts: "This licence ends automatically if you ..."."""
_BEFORE = lazy_pattern(
    r"^\W*(?:if|should|once|in\s+case|in\s+the\s+event(?:\s+that)?)\s+"
    + _WHO
    + r"\b\s*(?P<acts>.+?),\s*(?:then\s+)?(?:this|your|the|all|any|its)\s+(?:[\w-]+\s+){0,3}?"
    + _GRANT
    + r"\b[^.;]{0,60}?\b"
    + _ENDS
    + r"\b",
    re.IGNORECASE | re.DOTALL,
)
"""The acts, then the licence ends: "If you ..., your rights under this licence terminate"."""
_NOT_ENDING = lazy_pattern(
    r"\b(?:not|never|cannot|n't)\s+(?:\w+\s+){0,2}?(?:end|terminat|laps|ceas|expir|be\s+revoked)",
    re.IGNORECASE,
)
"""The licence said not to end: "your licence does not end", "never terminates"."""
_ITEM = lazy_pattern(r"(?:^|[\s,;])\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s+")
"""A list marker inside the sentence: "(a) ", "ii) ", "(3) "."""
_JOINER = lazy_pattern(r"^(?:,?\s*(?:and|or|and/or))?\s*|[,;]?\s*(?:,?\s*(?:and|or|and/or))?\s*$")


_NO_USE = lazy_pattern(
    r"^(?:(?:directly|indirectly|or|and|otherwise)\s+)*(?:breach|fail|violat|do\s+not|does\s+not"
    r"|don.t|doesn.t|become|are\b|is\b|cease|stop|go\s+bankrupt|enter|die)"
    # a legal action, wherever its words stand ("institute litigation ... alleging", "bring a
    # claim", "sue")
    r"|\b(?:su(?:e|es|ing)|litigat\w*|lawsuits?|proceedings?|claims?|counterclaims?|alleg\w*"
    r"|challeng\w*|contest\w*|assert\w*)\b",
    re.IGNORECASE,
)
"""An act that is no use of the model: a legal action, a breach, a failure, a state."""
_THIRD_PERSON = lazy_pattern(r"^(\w+?)(?:(?<=ss|sh|ch)es|(?<=[^s])s)\b")


def trigger_acts(text: str) -> tuple[str, ...]:
    """The acts a sentence says end the licence, one per listed item, each in the licensee's
    own voice ("redistributes" -> "redistribute"); legal actions, breaches and failures left
    out (module docstring)."""
    found = _AFTER.search(text) or _BEFORE.search(text)
    if found is None or _NOT_ENDING.search(text):
        return ()
    acts = found.group("acts").strip().rstrip(".")
    items = [_JOINER.sub("", piece.strip()) for piece in _ITEM.split(acts) if piece.strip()]
    return tuple(
        _THIRD_PERSON.sub(r"\1", act, count=1)
        for act in items
        if len(act.split()) >= 2 and not _NO_USE.search(act)
    )


def with_trigger_bans(doc: Document) -> Document:
    """`doc` with a ban sentence added after each sentence for each act that ends the licence
    (module docstring); `doc` itself when it has none."""
    if not any(_mentions_end(s.lower) for s in doc.sentences):  # most texts: substrings only
        return doc
    sentences: list[Sentence] = []
    added = False
    for sentence in doc.sentences:
        sentences.append(sentence)
        if sentence.definition or sentence.excluded or not _mentions_end(sentence.lower):
            continue
        for act in trigger_acts(sentence.text):
            text = f"You must not {act}."
            sentences.append(replace(sentence, text=text, lower=text.lower(), restrictive=True))
            added = True
    if not added:
        return doc
    derived = [s for s in sentences if s not in doc.sentences]
    return Document(
        title=doc.title,
        sentences=tuple(sentences),
        clauses=tuple(sorted((*doc.clauses, *derived), key=lambda s: s.start)),
        lower="\n".join(s.lower for s in sentences),
    )


_END_WORDS = ("end", "terminat", "laps", "ceas", "expir", "revok", "withdrawn", "cancel", "void")


def _mentions_end(lower: str) -> bool:
    opens = lower.startswith(("if ", "should ", "once ", "in case ", "in the event "))
    trigger = opens or any(w in lower for w in (" if ", " should ", " once ", " case ", " event "))
    return trigger and any(word in lower for word in _END_WORDS)
