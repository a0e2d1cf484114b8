"""Questions and answers of an FAQ licence read together (for `sentences.parse_document`): a
short answer leaves its subject to the question right before it ("Can I build it into
anything commercial? Only once we have said yes in writing.", "Can I sell outputs? Yes."), so
the two are one sentence, from the question's start to the answer's end, and the answer's
condition is read with the use the question names. An answer that states its own subject
("Use by a business counts as commercial use") and a question followed by another question
stay as they are.

A question asking leave ("Can I sell products built on it?", "Am I allowed to ...", "Is it OK
to ...") answered by a plain yes or no is read as the statement it makes: "You may sell
products built on it, ..." or "You may not sell products built on it, ..." (the asker's "I",
"my", "we", "our" read as the licensee's "you", "your"); "Do I have to credit you? Yes" as
"You must credit you". An answer stating a condition alone ("Only after we have agreed in
writing.", "Not without a commercial licence.") is read with the act it conditions: "You may
sell products built on it only after we have agreed in writing.", "You may not sell products
built on it without a commercial licence." The rules read statements, and a question's words
alone ("sell products built on it") grant nothing: its answer decides. The quote stays the
document's own words (the sentence's offsets).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from auditor.fileio.lazy_pattern import lazy_pattern

if TYPE_CHECKING:
    from auditor.licenses.terms.sentences import Sentence

Classify = Callable[[str], tuple[str, str, bool, bool, bool]]

_ANSWER = lazy_pattern(
    r"^(?:yes|no|nope|sure|only|not|never|absolutely|certainly|of\s+course|go\s+ahead|please\s+do"
    r"|go\s+for\s+it"
    r"|definitely|indeed|always|generally|mostly|usually)\b",
    re.IGNORECASE,
)


def answered_questions(sentences: list[Sentence], classify: Classify) -> list[Sentence]:
    """`sentences` with each question joined to the short answer right after it (`classify`
    classifies the joined wording as any sentence's: `sentences._classified`)."""
    merged: list[Sentence] = []
    index = 0
    while index < len(sentences):
        question = sentences[index]
        answer = sentences[index + 1] if index + 1 < len(sentences) else None
        defined = None if answer is None else defining(question.text, answer.text)
        if defined is None and answer is not None:
            defined = governing(question.text, answer.text)
        if defined is None and (
            answer is None
            or not question.text.endswith("?")
            or answer.text.endswith("?")
            or not _ANSWER.match(answer.text)
        ):
            merged.append(question)
            index += 1
            continue
        assert answer is not None
        joined = (
            defined or declarative(question.text, answer.text) or f"{question.text} {answer.text}"
        )
        text, lower, prohibitive, excluded, _ = classify(joined)
        merged.append(
            replace(
                question,
                text=text,
                lower=lower,
                restrictive=answer.restrictive or prohibitive,
                excluded=answer.excluded or excluded,
                definition=False,
                list_item=answer.list_item,
                end=answer.end,
            )
        )
        index += 2
    return merged


_LEAVE = lazy_pattern(
    r"^\W*(?:(?:can|may|could)\s+(?:i|we|my\s+[\w-]+|our\s+[\w-]+)"
    r"|(?:am\s+i|are\s+we|is\s+my\s+[\w-]+)\s+(?:allowed|permitted|free)\s+to"
    r"|is\s+it\s+(?:ok|okay|fine|alright|allowed|permitted)\s+(?:for\s+(?:me|us)\s+)?to)"
    r"\s+(?P<act>[^?]+?)\W*\?\W*$",
    re.IGNORECASE,
)
_DUTY = lazy_pattern(
    r"^\W*(?:do|must|will|should)\s+(?:i|we)\s+(?:(?:have|need)\s+to\s+)?(?P<act>[^?]+?)\W*\?\W*$",
    re.IGNORECASE,
)
_YES = lazy_pattern(
    r"^(?:yes|yep|yeah|sure|absolutely|certainly|of\s+course|go\s+ahead|go\s+for\s+it|please\s+do"
    r"|definitely"
    r"|indeed)\b[\W]*",
    re.IGNORECASE,
)
_NO = lazy_pattern(r"^(?:no|nope|never)\b[\W]*", re.IGNORECASE)
# a question naming only unpaid purposes, no verb: "Personal projects, teaching and research?"
# answered yes reads as a grant for them ("You may use it for personal projects, ...")
_PURPOSE = (
    r"(?:(?:personal|private|hobby|home|classroom|academic|scientific|non-?commercial)\s+)?"
    r"(?:projects?|use|uses|study|studies|teaching|education|learning|research|tinkering"
    r"|experiments?|experimentation|evaluation|testing)"
)
_PURPOSES = lazy_pattern(
    rf"^\W*(?P<act>{_PURPOSE}(?:\s*,\s*(?:and\s+|or\s+)?{_PURPOSE}|\s+(?:and|or|&)\s+{_PURPOSE}){{0,6}})"
    r"\W*\?\W*$",
    re.IGNORECASE,
)
# an answer stating the condition itself: "Only after we have agreed in writing.", "Only with
# our consent.", "Not without a commercial licence."; the condition is read with the act
_ONLY = lazy_pattern(
    r"^(?:only|solely)\s+(?:after|if|when|once|with|under|where|upon|on|by|through|subject|for"
    r"|within|until|while|in)\b",
    re.IGNORECASE,
)
_NOT_WITHOUT = lazy_pattern(r"^not\s+(?=(?:without|unless|until|before|except)\b)", re.IGNORECASE)
_ASKER = {"i": "you", "me": "you", "my": "your", "mine": "yours", "we": "you", "us": "you"}
_ASKER |= {"our": "your", "ours": "yours", "myself": "yourself", "ourselves": "yourselves"}
_ASKER_WORD = lazy_pattern(r"\b(?:" + "|".join(_ASKER) + r")\b", re.IGNORECASE)


def declarative(question: str, answer: str) -> str | None:
    """The statement a question asking leave (or asking of a duty) and its plain yes or no
    answer make together, or None when the pair is no such question and answer."""
    yes, no = _YES.match(answer), _NO.match(answer)
    only, without = _ONLY.match(answer), _NOT_WITHOUT.match(answer)
    if yes is None and no is None and only is None and without is None:
        return None
    if yes is not None and (purposes := _PURPOSES.match(question)) is not None:
        rest = answer[yes.end() :].strip()
        said = f"You may use it for {purposes.group('act')}"
        return f"{said}, {rest}" if rest else f"{said}."
    found = _LEAVE.match(question)
    duty = found is None
    if found is None and (found := _DUTY.match(question)) is None:
        return None
    act = _ASKER_WORD.sub(lambda m: _ASKER[m.group().lower()], found.group("act"))
    if duty and without is not None:  # "Do I have to pay? Not unless you sell it.": left
        return None
    if only is not None or without is not None:  # the condition said alone: kept whole
        rest = answer[without.end() :] if without is not None else answer
        said = f"You must {act}" if duty else f"You may{' not' if without else ''} {act}"
        return f"{said} {rest[:1].lower()}{rest[1:]}"
    rest = answer[(yes or no).end() :].strip()  # type: ignore[union-attr]
    if duty:
        said = f"You must {act}" if yes else f"You need not {act}"
    else:
        said = f"You may {act}" if yes else f"You may not {act}"
    return f"{said}, {rest}" if rest else f"{said}."


_WHAT = lazy_pattern(
    r"^\W*(?:(?:and|so)\s+)?what(?:\s*,?\s*then\s*,?)?\s+(?:exactly\s+)?(?:is|are|counts\s+as"
    r"|count\s+as|do\s+you\s+mean\s+by|does\s+(?:this\s+licen[cs]e|the\s+licen[cs]e)\s+mean\s+by)"
    r"\s+(?:an?\s+|the\s+)?(?P<term>[\w\s'\u2019\"-]{3,40}?)\W*\?\W*$",
    re.IGNORECASE,
)
_STATE = lazy_pattern(
    r"^(?:not\s+)?(?:\w+ed|forbidden|(?:not\s+)?allowed|off[\s-]limits|ok|okay|fine)$", re.I
)
_ITS = lazy_pattern(r"^(?:it\s+(?:is|means|covers)|that\s+is|this\s+is|it's)\s+", re.IGNORECASE)


def defining(question: str, answer: str) -> str | None:
    """The definition a question asking what a term is ("What, then, is commercial use?") and
    the statement answering it make together ("Commercial use means offering the model to
    customers ..."), or None when the pair is no such question and answer (the answer is a
    question, a yes or no, or begins another subject's sentence with a pronoun of its own)."""
    found = _WHAT.match(question)
    if found is None or answer.endswith("?") or _ANSWER.match(answer) or not answer[:1].isalpha():
        return None
    term = found.group("term").strip().strip("\"'\u2019")
    body = _ITS.sub("", answer)
    if _STATE.match(term):  # "What is prohibited? Using it for weapons." names no term
        return f"{body[:1].upper()}{body[1:].rstrip('. ')} is {term.lower()}."
    return f"{term[:1].upper()}{term[1:]} means {body[:1].lower()}{body[1:]}"


_LAW = lazy_pattern(
    r"^\W*(?:(?:and|so)\s+)?(?:which|what|whose)\s+(?:country.s\s+|national\s+|state\s+)?laws?"
    r"\s+(?:(?:will|shall|does|do)\s+)?(?:appl(?:y|ies)|govern(?:s)?|rules?)\b[^?]{0,60}\?\W*$"
    r"|^\W*under\s+(?:which|what|whose)\s+(?:country.s\s+)?laws?\b[^?]{0,80}\?\W*$",
    re.IGNORECASE,
)


def governing(question: str, answer: str) -> str | None:
    """The governing-law clause a question asking which law applies ("Which law applies?",
    "What law governs these terms?") and the statement naming it ("Irish law, and the courts
    of Ireland.") make together: "Governing law: Irish law, and the courts of Ireland."; None
    when the pair is no such question and answer (the answer a question, a yes or no)."""
    if _LAW.match(question) is None or answer.endswith("?") or _ANSWER.match(answer):
        return None
    return f"Governing law: {answer}" if answer[:1].isalpha() else None
