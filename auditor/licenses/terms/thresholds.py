"""The cap terms of a document: caps stated in a clause, or written into a definition.

A cap may be stated where its consequence is ("products above 100 million monthly active users
need a separate license") or split in two: a definition names a class of licensees by a number
('"Commercial Entity" means an entity with more than 100 million monthly active users') and a
clause says what that class may not do without another license ("a Commercial Entity may not
use the Model without a separate license"). The second shape is the same threshold: the class
is capped, not every licensee, so it is never a total ban on commercial use. A definition's
number counts only when the definition bounds the class by it (more than, at least, below ...)
and some clause naming the defined term restricts it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.caps import (
    CONSEQUENCE,
    DIGIT_OR_WORD,
    MEASURE_RULES,
    USER_UNIT_RULES,
    cap_scope,
    revenue_cap,
    revenue_caps,
    rule_words,
    scoped,
    user_cap,
    user_caps,
)
from auditor.licenses.terms.caps_back_s38en import names_beyond_cap
from auditor.licenses.terms.class_grants import granting_clause, grants_bounded_class, lifted_bans
from auditor.licenses.terms.clause_rules import clause_pattern
from auditor.licenses.terms.detect import Found, has_any, matching
from auditor.licenses.terms.seat_periods_s40en import seats_as_users
from auditor.licenses.terms.sentences import Document, Sentence
from auditor.licenses.text.segment import LIST_MARKER

# The rules (license_db/clause_rules/caps.yaml): the term a definition defines, a comparison
# just before or after its number (the definition bounds its class by it) or inside a unit
# read after its count, and a clause confining the class ("only", "restricted to").
_DEFINED_TERM = "caps/defined-term"
_BOUND_BEFORE = "caps/class-bound"
_BOUND_AFTER = "caps/class-bound-after"
_BOUND_WITHIN = "caps/compared"


def _class_bound(text: str, start: int, end: int) -> bool:
    """Does the number at (start, end) bound the defined class ("more than 100 million
    users", "revenue of US$10 million or more")? A number merely named is no bound."""
    if clause_pattern(_BOUND_BEFORE).search(text[max(0, start - 40) : start]):
        return True
    if clause_pattern(_BOUND_AFTER).search(text[end : end + 30]):
        return True
    # "users ... exceeding N": a unit read after its count
    return bool(clause_pattern(_BOUND_WITHIN).search(text[start:end]))


def defined_term(sentence: Sentence) -> str | None:
    """The term a definition sentence defines, or None."""
    match = clause_pattern(_DEFINED_TERM).search(LIST_MARKER.sub("", sentence.text))
    if match is None:
        return None
    term = " ".join((match.group(1) or match.group(2) or "").split())
    return term or None


def _term_pattern(term: str) -> re.Pattern[str]:
    """The term as used in a clause, singular or plural, in its defined case."""
    stem = re.escape(term)
    if term.endswith("y") and term[-2:-1] not in "aeiou":
        stem = re.escape(term[:-1]) + "(?:y|ies)"
    else:
        stem += "(?:s|es)?"
    return re.compile(r"(?<![\w-])" + stem + r"(?![\w-])")


def _restricts(sentence: Sentence) -> bool:
    confined = clause_pattern("caps/restricted-to").search(sentence.text)
    return sentence.restrictive or CONSEQUENCE.holds(sentence) or bool(confined)


def class_caps(doc: Document) -> Iterator[tuple[str, dict[str, object], tuple[Sentence, ...]]]:
    """("users" or "revenue", cap, quotes) for each definition that caps a class of licensees
    which a clause restricts; quotes are the definition and the first such clause."""
    counted = rule_words(*USER_UNIT_RULES, *MEASURE_RULES)
    compared = rule_words(_BOUND_BEFORE, _BOUND_AFTER, _BOUND_WITHIN)
    for sentence in doc.sentences_with(_DEFINING):
        if not sentence.definition or sentence.excluded or not _DIGIT.search(sentence.text):
            continue
        if not _holds(sentence, counted) or not _holds(sentence, compared):
            continue
        term = defined_term(sentence)
        if term is None:
            continue
        found = [
            ("users", user_cap(sentence, _class_bound)),
            ("revenue", revenue_cap(sentence, _class_bound)),
        ]
        caps = [(kind, cap) for kind, cap in found if cap is not None]
        if not caps:
            continue
        used = _term_pattern(term)
        clause = next(
            (
                s
                for s in doc.sentences
                if not s.definition and not s.excluded and used.search(s.text) and _restricts(s)
            ),
            None,
        )
        # a class bounded from above granted commercial use the licence otherwise withholds
        clause = clause or granting_clause(doc, sentence, used)
        if clause is None:
            continue
        for kind, cap in caps:
            scope = cap_scope(sentence.text + " " + clause.text)
            yield kind, cap | scope, (sentence, clause)


_DIGIT = lazy_pattern(r"\d")
_DEFINING = ("mean", "refer", "defined")  # a definition holds one (sentences._DEFINITION)


def _holds(sentence: Sentence, words: tuple[str, ...]) -> bool:
    """Does the sentence hold one of the rules' derived keywords (no keywords: yes)?"""
    return not words or has_any(sentence.lower, words)


def detect_caps(
    doc: Document,
) -> tuple[Found, Found, tuple[Sentence, ...], tuple[Sentence, ...]]:
    """The user cap and the money cap of `doc` (the first stated in a clause, else one written
    into a definition), every sentence that states a cap or restricts a capped class: what
    such a sentence forbids is the cap's consequence, not a ban on every licensee; and the
    licence's general carve-outs of commercial use that a grant to a class bounded from above
    lifts for it (class_grants.py), also among the capped sentences."""
    users_stated = list(user_caps(doc))
    money_stated = list(revenue_caps(doc))
    classes = list(class_caps(doc))
    users = _counted_as_defined(doc, scoped(iter(users_stated), "count"))
    revenue = _counted_as_defined(doc, scoped(iter(money_stated), "amount"))
    for kind, cap, quotes in classes:
        if kind == "users" and users.value is None:
            users = Found(cap, quotes)
        elif kind == "revenue" and revenue.value is None:
            revenue = Found(cap, quotes)
    users = seats_as_users(doc, users)  # "up to 250 seats" with "a seat is a person a month"
    capped = [sentence for _, sentence in users_stated + money_stated]
    capped += [quote for _, _, quotes in classes for quote in quotes]
    capped += _named_back(doc, frozenset(capped))
    # a consequence pointing back to a cap ("Once that number is passed, you need a licence")
    # is read through the cap sentence gathered in its place (split_caps.py): the sentence as
    # written is that cap's consequence too, asked of licensees past it only
    places = {(s.start, s.end) for s in capped}
    capped += [s for s in doc.sentences if (s.start, s.end) in places and s not in capped]
    granted = tuple(quotes[1] for _, _, quotes in classes if not _restricts(quotes[1]))
    granted += tuple(s for _, s in users_stated + money_stated if grants_bounded_class(s))
    lifted = lifted_bans(doc, granted)
    return users, revenue, tuple(dict.fromkeys([*capped, *lifted])), lifted


def _counted_as_defined(doc: Document, cap: Found) -> Found:
    """`cap` with whom it counts taken from the definition of the measure its sentence names by
    a defined term ("If Monthly Active Users pass N", '"Monthly Active Users" means ... of the
    Licensee or any of its Affiliates'), read with the sentences going on with the definition
    up to the next one ("The figures ... are added together"); as stated when it says whom
    it counts, or names no defined measure."""
    value = cap.value
    if not isinstance(value, dict) or "counts" in value or not cap.sentences:
        return cap
    stating = cap.sentences[0].text
    measures = [clause_pattern(rule) for rule in (*USER_UNIT_RULES, *MEASURE_RULES)]
    sentences = doc.sentences
    for index, sentence in enumerate(sentences):
        term = defined_term(sentence) if sentence.definition else None
        if term is None or not any(measure.search(term) for measure in measures):
            continue
        if not _term_pattern(term).search(stating):
            continue
        text = [sentence.text]
        for after in sentences[index + 1 : index + 3]:
            if after.definition:
                break
            text.append(after.text)
        counts = cap_scope(" ".join(text)).get("counts")
        if counts is not None:
            return Found(value | {"counts": counts}, (*cap.sentences, sentence))
    return cap


# what a size is counted in ("that total", "the figure", users, revenue): "beyond that required
# in Exhibit B" compares no size
_SIZE_NOUN = lazy_pattern(
    r"\b(?:total|figure|threshold|cap|ceiling|limit|size|count|number|amount|sum|users?|revenue"
    r"|turnover|income|sales|customers|employees|staff|requests|calls|tokens|downloads|devices"
    r"|seats|subscribers|members|visits|queries)\b",
    re.IGNORECASE,
)


def unread_caps(doc: Document, capped: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """The sentences that bound the licensee's size by a number ("exceeds 5 million monthly
    active users", "revenue of more than USD 10M") and lay a duty on it (caps/duty) that no
    consequence rule reads and that is no credit, notice or report (caps/duty-no-license):
    caps whose consequence is unread; and the clauses with a consequence past a size said only
    by comparison to a bound named elsewhere ("more than the figure in clause 3.1"): caps whose
    figure is unread. Not read as caps, but never dropped either: extraction makes commercial
    use `restricted` past a size whose cap no rule read."""
    capped_set = frozenset(capped)
    duty = clause_pattern("caps/duty")
    no_license = clause_pattern("caps/duty-no-license")
    found: list[Sentence] = []
    for sentence in doc.sentences_with(rule_words(*USER_UNIT_RULES, *MEASURE_RULES)):
        if sentence in capped_set or sentence.excluded or sentence.definition:
            continue
        if not DIGIT_OR_WORD.search(sentence.text):
            continue
        match = duty.search(sentence.text)
        if match is None or no_license.search(sentence.text, match.end()):
            continue
        if user_cap(sentence, _class_bound) or revenue_cap(sentence, _class_bound):
            found.append(sentence)
    # the grant taken away or a further licence asked past a size said by a comparison to a
    # bound named elsewhere ("If that total is more than the figure in clause 3.1, Part 2
    # stops applying to you"): a cap whose figure or measure no rule read
    scoped = clause_pattern("commercial_use_conditions/threshold-scoped")
    for sentence in matching(doc, CONSEQUENCE, skip_definitions=True):
        fresh = sentence not in capped_set and not sentence.excluded and sentence not in found
        if fresh and scoped.search(sentence.text) and _SIZE_NOUN.search(sentence.text):
            found.append(sentence)
    return tuple(sorted(found, key=lambda s: s.start))


def _named_back(doc: Document, capped: frozenset[Sentence]) -> list[Sentence]:
    """The sentences right after a cap whose subject names its licensees back ("... exceeds
    USD 50M. Such organisations need a commercial license"), and those anywhere whose subject
    is the class beyond a cap ("An organisation outside the free tier must sign ..."): what
    they ask is asked only of the licensees beyond the cap, like the cap's own sentence
    (caps/class-anaphor, caps/class-beyond)."""
    if not capped:
        return []
    anaphor = clause_pattern("caps/class-anaphor")
    beyond = clause_pattern("caps/class-beyond")  # "an organisation outside the free tier"
    return [
        sentence
        for before, sentence in pairwise(doc.sentences)
        if sentence not in capped
        and (
            (before in capped and anaphor.search(sentence.text))
            or (before in capped and names_beyond_cap(sentence.text))
            or beyond.search(sentence.text) is not None
        )
    ]


def detect_mau(user_threshold: Found) -> Found:
    """The user cap's count when it is counted in monthly active users."""
    value = user_threshold.value
    if isinstance(value, dict) and value.get("unit") == "mau":
        return Found(value["count"], user_threshold.sentences)
    return Found(None)


def detect_revenue_usd(revenue_threshold: Found) -> Found:
    """The revenue cap in USD per year, the unit deployments state their revenue in.

    A cap whose period the text leaves open is read as annual: a monthly cap of the same
    amount is the more lenient one, so comparing annual revenue with it never passes falsely.
    A quarterly cap is none: a year's revenue is judged against it by its band
    (`policy.cap_facts`).
    """
    value = revenue_threshold.value
    if (
        isinstance(value, dict)
        and value.get("currency") == "USD"
        and value.get("measure") == "revenue"
        and value.get("period") in ("year", None)
    ):
        return Found(value["amount"], revenue_threshold.sentences)
    return Found(None)
