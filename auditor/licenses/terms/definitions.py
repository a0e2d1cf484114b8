"""Defined terms read by their definitions: a grant "for the Approved Purpose" or "to each
Eligible Organisation" means what the definition of that term says, however far above it
stands ("1.4 "Approved Purpose" means any lawful purpose, whether commercial or not").

Only terms whose own words say nothing of the use or the licensee are resolved: a purpose,
use or class of licensee named by an opaque word ("Approved", "Permitted", "Eligible",
"Qualified"). A term carrying its meaning in its name ("Non-Commercial Use", "Research
Purpose", "Commercial Entity") is read as it stands, by the rules that read such words; a term
for a thing ("the Model", "Documentation") is no purpose and no licensee and stays as written.

A term naming only that its purposes are left out ("Excluded Purpose", "Restricted Use") is
read by its definition where the grant carves it out ("for any purpose other than an Excluded
Purpose"): the carve-out word keeps the exclusion, and the definition says what is excluded
(use in the course of a business, say); elsewhere it stands as written.

Each sentence using such a term after a preposition (outside the definitions themselves) is
read with the term, and the determiner before it, replaced by the definition's body ("for
any lawful purpose, whether commercial or not, ..."); it keeps its place, so it is quoted as
written. A definition whose body opens with such a term ('"You" means an Eligible
Institution that accepts this licence') is read the same way, so the licensee a license
defines by a class it defines elsewhere is read by what that class is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.clause_rules import clause_rule
from auditor.licenses.terms.defined_groups_s39en2 import with_defined_groups
from auditor.licenses.terms.defined_measures import with_defined_measures
from auditor.licenses.terms.number_words import WORDS
from auditor.licenses.terms.places import find_place_spans
from auditor.licenses.terms.sentences import LEAD_IN, Document, Sentence, _classified
from auditor.licenses.terms.substitute import substituted
from auditor.licenses.text.segment import LIST_MARKER

__all__ = ["defined_terms", "resolve_defined_terms"]

_QUOTED = r"[\"\u201c\u2018']([A-Z][^\"\u201d\u2019']{1,60})[\"\u201d\u2019']"
# '"X" means ...', '"X" or "Y" shall mean ...', 'X: means ...', "X means ..." (capitalised)
_DEFINED = lazy_pattern(
    r"^[^a-z\"\u201c\u2018]{0,12}(?:" + _QUOTED + r"(?:\s*\([^)]*\))?"
    r"(?:\s+or\s+[\"\u201c\u2018'][^\"\u201d\u2019']{1,60}[\"\u201d\u2019'])*"
    r"|((?:[A-Z][\w'-]*\s+){0,5}[A-Z][\w'-]*))"
    r"\s*:?\s*(?:means|shall\s+mean|refers?\s+to|is\s+defined\s+as)\s+(.{3,400}?)\s*\.?$"
)
# the term names a purpose or use, or a class of licensee
_HEAD = lazy_pattern(
    r"(?:purposes?|uses?|usage|fields?(?:\s+of\s+use)?|activit(?:y|ies)|organi[sz]ations?"
    r"|institutions?|entit(?:y|ies)|licensees?|users?|persons?|part(?:y|ies)|recipients?"
    r"|bod(?:y|ies)|members?"
    # a kind of use named as a deployment or case ("Restricted Deployment", "Excluded Case")
    r"|deployments?|scenarios?|cases?"
    # a kind of work named in two words or more ("Defence Work", "Surveillance Applications"),
    # never a work of authorship ("Derivative Works", "Licensed Work")
    r"|(?<!derivative\s)(?<!licensed\s)(?<!covered\s)(?<!original\s)(?<=\w\s)(?:work|works"
    r"|operations|applications|tasks|projects))$",
    re.IGNORECASE,
)
# words that carry the term's meaning in its name: the term is read as it stands
_MEANINGFUL = lazy_pattern(
    r"commerc|research|profit|academ|educat|evaluat|personal|internal|scien|govern|charit"
    r"|universit|business|enterprise|corporat|compan|non\W?|public|private|individual|student"
    r"|teach|study|testing|production|end\W?user"
    # a purpose or use the term itself says is excluded or restricted ("Competing Use",
    # "Prohibited Use", "Harmful Purpose"): resolving it would drop the very word the rules
    # of competing, banned and restricted uses read
    r"|compet|prohibit|restrict|forbid|banned|harm|militar|weapon|surveil|exclu|high\W?risk",
    re.IGNORECASE,
)
# a term naming only that its purposes are left out ("Excluded Purpose", "Restricted Use"): read
# by its definition where the grant carves it out ("for any purpose other than an Excluded
# Purpose"), the carve-out word keeping the exclusion the term's name said
_EXCLUDING = lazy_pattern(r"\b(?:exclu|prohibit|restrict|forbid|banned|disallow|barred)\w*", re.I)
_CARVE_OUT = r"\b((?:other\s+than|except(?:\s+for)?|excluding|save\s+for|but\s+not\s+for)\s+)"
# the term in a slot of the clause: after a preposition ("for the Approved Purpose", "to each
# Eligible Organisation"), not as what a sentence says a thing is ("is never an Eligible ...")
_SLOT = r"\b((?:for|to|by|within|under|outside|beyond|other\s+than)\s+)"
# the term opening another definition's body ('"You" means an Eligible Institution ...')
_BODY = r"\b((?:means|shall\s+mean|refers?\s+to|is\s+defined\s+as)\s+(?:only\s+)?)"
_DETERMINER = r"(?:(?:the|a|an|any|each|every|all|such|such\s+an?)\s+)?"
_LEADING = lazy_pattern(r"^(?:collectively,?\s+)?", re.IGNORECASE)


# a term naming a bound stated by its amount ("Threshold", "Revenue Cap", "User Limit"), defined
# by a definition or by a table row or list item keyed by it ("Revenue ceiling: S$50,000,000")
_BOUND = lazy_pattern(r"(?:threshold|cap|ceiling|limit|maximum)$", re.IGNORECASE)
_KEYED = lazy_pattern(
    r"^[^A-Za-z]{0,12}((?:[A-Za-z][\w'-]*\s+){0,4}[A-Za-z][\w'-]*)\s*(?:::?|[\u2013\u2014])\s+(.{3,300}?)"
    r"\s*\.?$"
)
_FIGURE = lazy_pattern(rf"\d|\b(?:{WORDS}|million|billion)\b", re.IGNORECASE)
# where a definition points for its amount ("the sum stated at paragraph 2 of Schedule 1"):
# the number of a part, not the amount
_REFERENCE = lazy_pattern(
    r"\b(?:paragraph|clause|section|schedule|annex|appendix|table|exhibit|item|part|article"
    r"|row|note|footnote)\s+(?:no\.?\s*)?[\dA-Z][\d.()a-z]*",
    re.IGNORECASE,
)


# each definition of a sentence defining several ('In this Agreement, "Licensor" means X,
# "Model" means Y, and "Territory" means Canada and the United States'): where one starts
_ONE_OF_SEVERAL = lazy_pattern(
    _QUOTED + r"(?:\s*\([^)]*\))?\s*:?\s*(?:means|shall\s+mean|refers?\s+to|is\s+defined\s+as)\s"
)


def _definitions(text: str) -> list[re.Match[str]]:
    """The definitions a definition sentence states: itself when it opens with its one
    definition; each of several, cut where the next starts (less the joining ", and")."""
    text = _unmarked(text)
    starts = [m.start() for m in _ONE_OF_SEVERAL.finditer(text)]
    if len(starts) < 2 and (not starts or _DEFINED.match(text)):
        whole = _DEFINED.match(text)
        return [whole] if whole else []
    ends = [*starts[1:], len(text)]
    pieces = (_JOINING.sub("", text[a:b]).strip() for a, b in zip(starts, ends, strict=True))
    return [m for piece in pieces if (m := _DEFINED.match(piece)) is not None]


_JOINING = lazy_pattern(r"[,;]?\s*(?:and|or)?\s*$")


def _unmarked(text: str) -> str:
    """A definition without the list marker it is numbered by ("(i) "Territory" means ...")."""
    return LEAD_IN.sub("", LIST_MARKER.sub("", text), count=1)


def defined_bounds(doc: Document) -> dict[str, str]:
    """The bounds the document states by their amount -> that amount as written ("Revenue Cap"
    -> "AUD 150 million"), by a definition or a keyed row; each also under its last word
    ("the Cap", "the ceiling"), which a clause may use alone."""
    bounds: dict[str, str] = {}
    previous = ""
    for sentence in doc.sentences:
        matches = _definitions(sentence.text) if sentence.definition else []
        pairs = [(m.group(1) or m.group(2), m.group(3)) for m in matches]
        if not pairs and (keyed := _KEYED.match(sentence.text)):
            pairs = [(keyed.group(1), keyed.group(2))]
        if not pairs and sentence.heading and previous == sentence.heading:
            # a definition list: the term on a line of its own, its body the first sentence
            # under it ("Turnover Ceiling" then, indented, "GBP 20,000,000.")
            pairs = [(sentence.heading, sentence.text)]
        previous = sentence.text
        for name, said in pairs:
            if not name or not _BOUND.search(name.strip()):
                continue
            term, body = name.strip(), said.strip().rstrip(".;,")
            if not _FIGURE.search(_REFERENCE.sub(" ", body)) or term in bounds:
                continue  # no amount, or only the number of the place that states it
            bounds[term] = f"{body} (the {term})"
            bounds.setdefault(term.split()[-1], bounds[term])
    return bounds


def _with_bounds(doc: Document) -> Document:
    """`doc` with each bound compared with a figure by its name ("whose Turnover is above the
    Threshold", "if your revenue tops the Revenue Cap") read with the amount that states it in
    its place, so the cap is read where its consequence is."""
    bounds = defined_bounds(doc)
    if not bounds:
        return doc
    names = sorted(bounds, key=len, reverse=True)
    pattern = re.compile(
        "("
        + clause_rule("caps/compared-with-bound").source
        + r")(?:the|this|that|such|its|your)\s+"
        r"(?:applicable\s+|relevant\s+)?(" + "|".join(re.escape(n) for n in names) + r")\b",
        re.IGNORECASE,
    )
    folded = {name.lower(): body for name, body in bounds.items()}
    return substituted(doc, pattern, lambda m: m.group(1) + folded[m.group(2).lower()])


# a term naming places ("Territory", "Licensed Region", "Permitted Countries"), used where a
# use is placed
_PLACES = lazy_pattern(
    r"(?:territory|territories|region|regions|area|countries|jurisdictions?)$", re.I
)
_WHERE = r"\b((?:outside|within|inside|in|throughout|beyond|across)\s+(?:of\s+)?)(?:the\s+)?"


_LEAVING_OUT = lazy_pattern(
    r"\b(?:except(?:ing)?|exclud\w*|other\s+than|but\s+not|save|apart\s+from|outside|not\s+including"
    r"|world|worldwide|all\s+(?:countries|territories))\b",
    re.IGNORECASE,
)


def defined_places(doc: Document) -> dict[str, str]:
    """The place terms the document defines by the places they name -> those places' names as
    written, joined ('"Territory" means Australia (including ...) and New Zealand' ->
    "Australia and New Zealand"), by a definition or a keyed row."""
    found: dict[str, str] = {}
    for sentence in doc.sentences:
        matches = _definitions(sentence.text) if sentence.definition else []
        pairs = [(m.group(1) or m.group(2), m.group(3)) for m in matches]
        if not pairs and (keyed := _KEYED.match(sentence.text)):
            pairs = [(keyed.group(1), keyed.group(2))]
        for name, body in pairs:
            if not name or not _PLACES.search(name.strip()):
                continue
            if _LEAVING_OUT.search(body):
                continue  # "the world other than Australia": the places named are left out
            names = [body[start:end] for start, end, _, _ in find_place_spans(body)]
            if names and name.strip() not in found:
                joined = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
                found[name.strip()] = joined
    return found


def _with_places(doc: Document) -> Document:
    """`doc` with each place term used where a use is placed ("outside the Territory", "in
    the Licensed Region") read with the places its definition names."""
    places = defined_places(doc)
    if not places:
        return doc
    names = sorted(places, key=len, reverse=True)
    pattern = re.compile(_WHERE + "(" + "|".join(re.escape(n) for n in names) + r")\b")
    return substituted(doc, pattern, lambda m: m.group(1) + places[m.group(2)])


# a class of licensees defined by whom it leaves out, by their seat or residence ("An
# organisation is an Eligible Licensee unless it is incorporated in P", '"Qualified User"
# means any person other than one resident in P')
_LEFT_OUT = lazy_pattern(
    r"(?P<term>(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*)[\"\u201d\u2019]?\s+(?:(?:means|shall\s+mean"
    r"|includes)\s+[^.;]{0,80}?)?,?\s*(?:unless|except\s+(?:where|if|when|for|one|those|an?\s+\w+)"
    r"|other\s+than|save\s+(?:where|for))\s+(?:(?:it|he|she|they|one|those|such\s+\w+)\s+)?"
    r"(?:(?:is|are|that|who|which)\s+)*(?P<who>[^.;]{0,160}?\b(?:resident|domiciled|incorporated"
    r"|headquartered|established|based|registered|located|principal\s+place\s+of\s+business"
    r"|citizens?|nationals?)\b[^.;]{0,160})"
)

_LEFT_OUT_WORDS = ("unless", "except", "other", "save")
_SEATS = (
    *("resident", "domiciled", "incorporated", "headquartered", "established", "based"),
    *("registered", "located", "principal", "citizen", "national"),
)


def left_out_classes(doc: Document) -> dict[str, str]:
    """The licensee classes the document defines by whom they leave out -> whom ("Eligible
    Licensee" -> "ordinarily resident in, or incorporated in, P"), when that names a place."""
    found: dict[str, str] = {}
    for sentence in doc.sentences:
        text = sentence.text
        if not any(w in text for w in _LEFT_OUT_WORDS) or not any(w in text for w in _SEATS):
            continue  # words every match holds, as written: the pattern is tried at every word
        match = _LEFT_OUT.search(text)
        if match is None or not _HEAD.search(match.group("term")):
            continue
        who = match.group("who").strip().rstrip(",")
        if find_place_spans(who):
            found.setdefault(match.group("term"), who)
    return found


def _with_left_out(doc: Document) -> Document:
    """`doc` with each licensee said not to be of such a class ("anyone who is not an Eligible
    Licensee") read as whom the class leaves out ("anyone who is incorporated in P")."""
    classes = left_out_classes(doc)
    if not classes:
        return doc
    names = sorted(classes, key=len, reverse=True)
    pattern = re.compile(
        r"\b(?:(who|which|that)\s+(?:is|are)\s+)?not\s+(?:an?\s+|the\s+)?("
        + "|".join(re.escape(n) for n in names)
        + r")s?\b"
    )
    return substituted(doc, pattern, lambda m: (m.group(1) or "who") + " is " + classes[m.group(2)])


def defined_terms(doc: Document, *, excluding: bool = False) -> dict[str, str]:
    """The opaque purpose and licensee terms the document defines -> their definitions'
    bodies (the first definition of a term); with `excluding`, the terms naming only that
    their purposes are left out (`_EXCLUDING`) instead."""
    terms: dict[str, str] = {}
    for sentence in doc.sentences:
        if not sentence.definition:
            continue
        for match in _definitions(sentence.text):
            term = (match.group(1) or match.group(2) or "").strip()
            body = _LEADING.sub("", match.group(3).strip().rstrip(".;,"))
            if not term or term in terms or not _HEAD.search(term):
                continue
            named = _MEANINGFUL.search(_EXCLUDING.sub(" ", term) if excluding else term)
            if not named and (not excluding or _EXCLUDING.search(term)):
                terms[term] = body
    return terms


def resolve_defined_terms(doc: Document) -> Document:
    """`doc` with each sentence (and clause) that uses an opaque defined term read with the
    term's definition in its place; `doc` itself when it defines none or uses none."""
    doc = with_defined_measures(with_defined_groups(doc))  # measures and groups defined
    doc = _with_left_out(_with_places(_with_bounds(doc)))
    for slot, excluding in ((_SLOT, False), (_CARVE_OUT, True), (_BODY, False)):
        terms = defined_terms(doc, excluding=excluding)
        if not terms:
            continue
        names = sorted(terms, key=len, reverse=True)
        pattern = re.compile(
            slot + _DETERMINER + r"(" + "|".join(re.escape(n) for n in names) + r")s?\b"
        )
        in_body = slot == _BODY
        sentences = tuple(_resolved(s, pattern, terms, in_body) for s in doc.sentences)
        if sentences == doc.sentences:
            continue
        doc = Document(
            title=doc.title,
            sentences=sentences,
            clauses=tuple(_resolved(s, pattern, terms, in_body) for s in doc.clauses),
            lower="\n".join(s.lower for s in sentences),
        )
    return doc


def _resolved(
    sentence: Sentence, pattern: re.Pattern[str], terms: dict[str, str], in_body: bool = False
) -> Sentence:
    """`sentence` with the terms `pattern` finds replaced by their definitions: outside the
    definitions, or (`in_body`) only inside them, where another definition's body opens."""
    if sentence.definition != in_body or sentence.excluded:
        return sentence
    text = pattern.sub(lambda m: m.group(1) + terms[m.group(2)], sentence.text)
    if text == sentence.text:
        return sentence
    text, lower, prohibitive, excluded, _ = _classified(text)
    return replace(
        sentence,
        text=text,
        lower=lower,
        restrictive=sentence.restrictive or prohibitive,
        excluded=excluded,
    )
