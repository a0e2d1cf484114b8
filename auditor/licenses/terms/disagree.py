"""Documents of one model that disagree: a LICENSE beside a stricter LICENSE-MODEL or NOTICE.

A release split by file name (`LICENSE-CODE` and `LICENSE-MODEL`, `code_license.txt` and
`WEIGHTS_LICENSE`) says which document covers what: the code's licence and the weights' cover
different things, so a stricter weights licence is no disagreement with the code's (both
still bind, strictest first); the weights' licence is the one the others are compared with.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.expression import license_options
from auditor.licenses.file_parts import files_given_to_other_parts
from auditor.licenses.terms.combine import commercial_rank
from auditor.licenses.terms.extract import ExtractedTerm
from auditor.licenses.terms.foreign_cap_words_s38eu2 import FOLLOWS_FILE, NOT_FOLLOWED
from auditor.licenses.terms.foreign_parts_s38w import card_taken_in_foreign, sole_annex_named
from auditor.licenses.text.language import ENGLISH, language_of
from auditor.model import Category, Finding, LicenseMatch
from auditor.model.kinds import kind_rank


@dataclass(frozen=True, slots=True)
class TermDocument:
    """One license-like document's contribution to the model's terms."""

    path: str
    role: str  # "license" | "policy" | "pointer" | "other" | "unread"
    terms: dict[str, ExtractedTerm]
    kind: str | None  # what the document reads as, for the model's kind and disagreements
    name: str | None  # the license it was identified as, for messages
    # what the text itself states, before its license's record was merged in (the record binds
    # beside it; a term the text states otherwise is still a difference worth reporting)
    stated: dict[str, ExtractedTerm] | None = None
    # it says it adds to another licence it names ("on top of the Apache License 2.0"): its
    # terms bind beside that licence's, no rival reading of it
    supplement: bool = False
    # the licenses a pointer names, when it names two or more and states nothing of its own
    # (a passage in another language naming "MIT" and "CC BY-NC-SA 4.0"): against a declared
    # `A OR B` of those licenses it restates the choice (model_terms.py)
    names_only: tuple[str, ...] = ()


_BASE_ROLES = ("license", "pointer")
_LICENSE_WORD = lazy_pattern(r"^(?:licen[cs]es?|copying|terms)$", re.IGNORECASE)
_MODEL_WORD = lazy_pattern(
    r"^(?:models?|weights?|checkpoints?|params|parameters|adapters?|lora|gguf)$", re.IGNORECASE
)
_OTHER_WORD = lazy_pattern(
    r"^(?:code|codes|software|source|src|scripts?|tools?|docs?|documentation|data|datasets?"
    r"|corpus|samples?|examples?|demo)$",
    re.IGNORECASE,
)


def disagreements(
    docs: Sequence[TermDocument],
    match: LicenseMatch | None,
    declared: LicenseMatch | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[Finding]:
    """A document stricter than the model's license text (another kind, or commercial use
    restricted further) is a finding naming both; the stricter document binds. Two documents
    that are each a member of the conjunction the model is licensed under (`MIT AND
    CC-BY-NC-SA-4.0`: the code's LICENSE and the weights' LICENSE-WEIGHTS) do not disagree:
    both bind, as the expression says (their terms are combined, strictest first, all the
    same); nor does a document the license text makes part of itself by its file name ("on
    the Model Terms kept in MODEL_TERMS.txt, which are part of this licence": `texts`, each
    document's text by path)."""
    if not docs:
        return []
    parts = _conjunction(match) | _conjunction(declared)
    # the base is the model's license (its text, else a file naming it), not a use policy
    # sorted before a pointer: a policy states no kind or commercial term to compare against;
    # a license named for the code, data or docs is the base only when no other is
    bases = [d for d in docs if d.role in _BASE_ROLES]
    first = next((d for d in bases if part_named(d.path) != "other"), None)
    first = first or next(iter(bases), docs[0])
    base_kind = first.kind if first.role in _BASE_ROLES else None
    if base_kind is None and match is not None and match.kind is not None:
        base_kind = str(match.kind)
    if first.role not in _BASE_ROLES and base_kind is None:
        # no license text, no file naming one and no identified license: nothing is declared
        # for a document to disagree with (`license: other` with a bare name declares nothing)
        return []
    base_commercial = first.terms["commercial_use"].value if first.role in _BASE_ROLES else None
    findings = []
    for doc in docs:
        if doc is first and first.role in _BASE_ROLES:
            continue
        if doc.role == "pointer" and doc.name is not None and doc.name == first.name:
            continue  # it names the very license the license text is: nothing to disagree
        stricter_kind = doc.kind is not None and kind_rank(doc.kind) > kind_rank(base_kind)
        stricter_use = commercial_rank(doc.terms["commercial_use"].value) > max(
            commercial_rank(base_commercial), 0
        )
        narrowed = narrowing(doc, first) if first is not doc else []
        if not (stricter_kind or stricter_use or narrowed):
            continue
        if doc.supplement and not (stricter_use or narrowed):
            continue  # use conditions added to the licence: each judged by its own rule
        if _both_declared(first, doc, parts):
            continue  # the two parts of `A AND B`, each in its own file
        if texts and incorporates(texts.get(first.path) or "", doc.path, texts.get(doc.path)):
            continue  # the license text makes this file part of itself: one licence
        if {part_named(first.path), part_named(doc.path)} == {"model", "other"}:
            continue  # LICENSE-CODE beside LICENSE-MODEL: each covers its own part
        if texts and _given_to_other_part((first.path, doc.path), texts, declared):
            continue  # "The MIT licence in LICENSE covers the source code only": not the model's
        if not stricter_use and doc.name is not None and doc.name == first.name:
            # two copies of one licence (a quoted copy judged modified reads as another kind):
            # only a stricter term of use between them is a disagreement; the modified text
            # is said by its own finding
            continue
        findings.append(
            _disagree_finding(first if first is not doc else None, doc, base_kind, narrowed)
        )
    return findings


_NARROWING_KEYS = (
    "mau_threshold",
    "user_threshold",
    "revenue_threshold_usd",
    "revenue_threshold",
    "use_scope",
    "excluded_use_territories",
    "territorial_exclusions",
    "excluded_licensee_domiciles",
    "excluded_licensee_types",
)
"""Terms that narrow a grant: a cap on the licensee's size, a confinement of the use, a
territory or a domicile left out, a kind of licensee left out."""


def narrowing(doc: TermDocument, base: TermDocument) -> list[str]:
    """The grant-narrowing terms `doc` states that the model's license text (`base`) does not:
    a file beside an Apache-2.0 LICENSE confining use to two countries narrows that grant,
    whether the deployment reaches the limit or not."""
    return [
        key
        for key in _NARROWING_KEYS
        if doc.terms[key].value and doc.terms[key].evidence and not base.terms[key].value
    ]


_INCORPORATES = lazy_pattern(
    r"\bpart\s+of\s+(?:this|the|our)\s+(?:licen[cs]e|agreement|terms)|\bincorporat\w+|\bforms?\s+part"
    r"|\b(?:on|under|subject\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:terms|conditions|rules)\b"
    # the licence's grant made subject to the part it names ("subject only to Schedule 1")
    r"|\bsubject\s+(?:only\s+|always\s+|also\s+)?to\b|\bset\s+out\s+in\b|\bin\s+accordance\s+with\b"
    r"|\bread\s+(?:together\s+)?with\b|\btogether\s+with\b|\bas\s+(?:if|though)\s+(?:written|set\s+out)"
    r"|\b(?:also\s+)?(?:bind|binds|apply|applies)\b"
    # a file of definitions the licence's terms take their meanings from
    r"|\bmeanings?\s+(?:given|set\s+out|assigned|stated)\s+(?:to\s+them\s+)?in\b|\b(?:as\s+)?defined\s+in\b",
    re.IGNORECASE,
)
_NOT_FOREIGN = lazy_pattern(  # a negation or replacement, in the languages above
    r"\b(?:no|non|não|nao|nicht|kein\w*|nie|ne|niet|inte|ikke|ei|nem|nu|не|ні|sustitu\w*"
    r"|substitu\w*|remplac\w*|ersetz\w*|sostitu\w*)\b"
    r"|ない|ません|ず[、。]|不是|不属|不构成|不構成|并非|아니|않",
    re.IGNORECASE,
)
_NOT_INCORPORATED = lazy_pattern(
    r"\b(?:not|never|no\s+part|replac\w+|supersed\w+|instead\s+of|only\s+to\s+the\s+code)\b",
    re.IGNORECASE,
)


_FOLLOWS_FILE = lazy_pattern(FOLLOWS_FILE, re.IGNORECASE)  # `foreign_cap_words_s38eu2`
_NOT_FOLLOWED = lazy_pattern(NOT_FOLLOWED, re.IGNORECASE)


def incorporates(text: str, path: str, own: str | None = None) -> bool:
    """Whether `text` (a license) names the file at `path` in a sentence making it part of the
    licence: "on the terms ... in MODEL_TERMS.txt, which are part of this licence", "subject to
    the conditions in USAGE.md", "read with NOTICE" (no negation nor replacement in that
    sentence). Named by its file name, or as the schedule, annex or appendix its file name or
    its own title (`own`, the document's text) calls it: "Schedule B, which forms part of this
    licence" for SCHEDULE-B_commercial.txt headed "Schedule B (commercial use)"."""
    name = PurePosixPath(path).name
    if name.lower().startswith("readme") and (card_taken_in(text) or card_taken_in_foreign(text)):
        return True  # "clarifications in the model card form part of this licence"
    if sole_annex_named(text, path, own):
        return True  # "sujeto a lo previsto en el Anexo Único" (`foreign_parts_s38w`)
    labels = [label for label in _part_labels(path, own) if re.search(label, text)]
    if not labels and (len(name) < 4 or name not in text):
        return False
    for sentence in re.split(r"(?<=[.;!?])\s+(?=[A-Z0-9(])|\n\s*\n", text):
        by_label = any(re.search(x, sentence) for x in labels)
        named = (len(name) >= 4 and name in sentence) or by_label
        if named and _INCORPORATES.search(sentence):
            return not _NOT_INCORPORATED.search(sentence)
        foreign = named and language_of(sentence) not in (None, ENGLISH)
        negated = _NOT_FOREIGN.search(sentence) or _NOT_FOLLOWED.search(sentence)
        if foreign and _FOLLOWS_FILE.search(sentence) and not negated:
            return True  # "saskaņā ar datnē NOTEIKUMI.md ...": the use follows that file
        # a licence naming the part by the label the part gives itself ("nas condicións do
        # Anexo I" for ANEXO-I.md headed "Anexo I"), in whatever language: its own part
        if (
            by_label
            and language_of(sentence) not in (None, ENGLISH)
            and not _NOT_FOREIGN.search(sentence)
        ):
            return True
    return False


_PART = lazy_pattern(
    r"^\W*((?:schedule|annex|annexure|appendix|exhibit|addendum|attachment|rider|supplement"
    # the word in the languages licences are written in (Anexo I, Anhang 1, Allegato A, ...)
    r"|anexo|annexe|anhang|anlage|allegato|bijlage|bilaga|bilag|liite|za[łl][ąa]cznik|p[řr][íi]loha"
    r"|priloga|prilog|mell[ée]klet|pielikums|priedas|приложение|додаток|прилог|anexa|eranskina"
    r"|別表|別紙|附件|附表|附录|附錄|별표|별첨|부속서)"
    r"[\s_-]*(?:第\s*)?(?:[A-Z]|\d{1,2}|[IVX]{1,4}|[一二三四五六七八九十]{1,2})(?![A-Za-z0-9]))",
    re.IGNORECASE,
)
_CJK_WORD = lazy_pattern(r"[\u3040-\u9fff\uac00-\ud7af]")


def _part_labels(path: str, own: str | None) -> list[re.Pattern[str]]:
    """ "Schedule B" from `SCHEDULE-B_commercial.txt`, or from a first line "Schedule B (...)",
    as a pattern finding it in any case and spacing."""
    labels = []
    first = next((line for line in (own or "").splitlines() if line.strip()), "")
    for source in (PurePosixPath(path).stem, first.lstrip("# ")):
        found = _PART.match(source)
        if found is not None:
            words = [re.escape(w) for w in re.split(r"[\s_-]+", found.group(1)) if w]
            joined = r"[\s_-]*".join(words)
            # CJK labels stand between other letters ("別表第1は"): no word boundary to ask for
            joined = joined if _CJK_WORD.match(found.group(1)) else rf"(?<![\w-]){joined}(?![\w-])"
            labels.append(re.compile(joined, re.IGNORECASE))
    return labels


def _given_to_other_part(
    paths: tuple[str, str], texts: Mapping[str, str], declared: LicenseMatch | None
) -> bool:
    """Whether a document's text gives one of the two files to a part other than the model
    (the code, the docs): that file's licence then speaks not for the model. Not when the
    model's metadata declares a licence (a tag naming the code's licence for the model still
    misstates the weights' terms: the disagreement is the point for counsel)."""
    if declared is not None and declared.id is not None:
        return False
    names = {PurePosixPath(path).name.lower() for path in paths}
    return any(
        names & files_given_to_other_parts(text)
        for path, text in texts.items()
        if path in paths and len(text) <= _PARTS_TEXT_LIMIT
    )


_PARTS_TEXT_LIMIT = 200_000


def part_named(path: str) -> str | None:
    """The part of the release a license file's name gives it: "model" (`LICENSE-MODEL`,
    `weights_license.txt`), "other" (`LICENSE-CODE`, `DATA_LICENSE`), or None (`LICENSE`,
    `NOTICE`, a name that is not a license's)."""
    words = re.split(r"[-_.\s]+", PurePosixPath(path).name)
    if len(words) > 1 and words[-1].lower() in ("md", "txt", "rst"):
        words = words[:-1]
    if not any(_LICENSE_WORD.match(w) for w in words) or len(words) > 4:
        return None
    if any(_MODEL_WORD.match(w) for w in words):
        return "model"
    return "other" if any(_OTHER_WORD.match(w) for w in words) else None


def _conjunction(match: LicenseMatch | None) -> frozenset[str]:
    """The licenses (lower-case ids) that all bind under an `A AND B` expression; none for a
    single license or for a choice (`A OR B`)."""
    if match is None or match.id is None or " " not in match.id:
        return frozenset()
    offered = license_options(match.id)
    if offered.is_choice or len(offered.options[0]) < 2:
        return frozenset()
    return frozenset(key.lower() for key in offered.options[0])


def _both_declared(first: TermDocument, doc: TermDocument, parts: frozenset[str]) -> bool:
    """Whether two documents are two different members of the declared conjunction."""
    if first is doc or first.name is None or doc.name is None:
        return False
    names = {first.name.lower(), doc.name.lower()}
    return len(names) == 2 and names <= parts


def _disagree_finding(
    base: TermDocument | None,
    doc: TermDocument,
    base_kind: str | None,
    narrowed: Sequence[str] = (),
) -> Finding:
    said = doc.kind or f"commercial use {doc.terms['commercial_use'].value}"
    if narrowed and not (doc.kind and kind_rank(doc.kind) > kind_rank(base_kind)):
        said = "narrower (" + ", ".join(key.replace("_", " ") for key in narrowed) + ")"
    against = (
        f"{base.path} reads as {base.name or base_kind or 'a license'}"
        if base is not None
        else f"the declared license is {base_kind}"
    )
    quotes = [
        *(e for key in narrowed for e in doc.terms[key].evidence[:1]),
        *doc.terms["commercial_use"].evidence[:1],
        *doc.terms["kind"].evidence[:1],
        *(base.terms["commercial_use"].evidence[:1] if base is not None else ()),
        *(base.terms["kind"].evidence[:1] if base is not None else ()),
    ]
    return Finding(
        rule="license-files-disagree",
        category=Category.MISMATCH,
        severity=observed_severity("license-files-disagree"),
        message=f"{against}, but {doc.path} reads as {said} ({doc.name or 'by its wording'}); "
        "the most restrictive terms of all the model's documents apply",
        evidence=tuple(dict.fromkeys(quotes)),
        remediation="find out which document governs the weights (ask the publisher); until "
        "then the stricter terms bind",
    )


def unread_finding(doc: TermDocument) -> Finding:
    """A license-named document that reads as no license, names none and states no term we
    can read: whatever it says binds, and we do not know what that is."""
    return Finding(
        rule="license-document-unread",
        category=Category.LICENSE,
        severity=observed_severity("license-document-unread"),
        message=f"{doc.path} reads as no license this auditor knows, names none and states no "
        "term it could read; its terms are unknown and may restrict use",
        remediation="read the document by hand (it may reserve all rights or point to terms "
        "elsewhere) and record a waiver once legal has reviewed it",
    )


_CARD = r"(?:model\s+card|README(?:\.md)?|(?:the\s+)?card(?:\s+of\s+the\s+model)?)"
_CARD_TAKEN_IN = lazy_pattern(
    rf"\b{_CARD}\b[^.;]{{0,60}}?\b(?:forms?\s+part|(?:is|are)\s+(?:a\s+)?part\s+of\s+(?:this|the)"
    r"\s+(?:licen[cs]e|agreement|terms)|(?:is|are)\s+incorporated|bind(?:s|ing)?\b)"
    r"|\bincorporat\w*\b[^.;]{0,60}?\b(?:model\s+card|README)\b",
    re.IGNORECASE,
)
_NOT_TAKEN_IN = lazy_pattern(r"\b(?:not|never|no\s+part|only\s+a\s+summary)\b", re.IGNORECASE)
_CARD_TEXT_LIMIT = 200_000


def card_taken_in(text: str) -> bool:
    """Whether a licence text makes the model card part of itself ("Clarifications published
    by the licensor in the model card form part of this licence"), with no negation in that
    sentence."""
    if len(text) > _CARD_TEXT_LIMIT:
        return False
    for found in _CARD_TAKEN_IN.finditer(text):
        start = max(text.rfind(".", 0, found.start()), text.rfind("\n\n", 0, found.start()))
        if not _NOT_TAKEN_IN.search(text[start + 1 : found.end()]):
            return True
    return False
