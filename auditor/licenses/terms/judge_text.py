"""One license text's terms judged against what identified it: a standard license's curated
record over incidental phrases, a known license's record beside its text, a family's
incorporated policy kept by its other versions, and a change no detector reads failing
closed.

A copy of a standard license with sentences of its own (added, or the license's with words
changed: `added_text`) takes its terms from its text wherever a rule reads those sentences
(a cap, a non-commercial clause, a scope), and a sentence that restricts by its shape
(`added_shapes`) but that no rule reads makes commercial use `restricted`, quoted: never the
license's `allowed`. A neutral addition (a copyright line, a project name, thanks, a citation
request) changes nothing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.kind_record import kind_record
from auditor.licenses.terms.added_reading import as_passage, counts, quotes, read_by, restriction_of
from auditor.licenses.terms.added_text import AddedPassage, added_passages
from auditor.licenses.terms.combine import TermSource, combine_terms
from auditor.licenses.terms.extract import TERM_KEYS, ExtractedTerm
from auditor.licenses.terms.record import POLICY_KIND, POLICY_MERGED_TERMS, record_terms
from auditor.licenses.text.identify import TextIdentification
from auditor.licenses.text.matchers.added_clause import ADDED_TERMS_METHOD
from auditor.model import Evidence, LicenseMatch


def judge_text_terms(
    terms: dict[str, ExtractedTerm],
    identity: TextIdentification,
    match: LicenseMatch | None,
    db: LicenseDB,
    path: str,
    *,
    text: str | None = None,
) -> dict[str, ExtractedTerm]:
    """The terms read from one license text, judged against what identified it.

    A standard open-source license's curated record outranks incidental phrases (unless the
    text is derived from it), except where a term is read from a passage the license does not
    have; a restriction the text adds that no detector reads makes commercial use restricted.
    `match` is the license the text was identified as, when the caller concluded the same;
    `text`, the document itself, is compared with the standard license sentence by sentence
    (without it, identification's differences stand for what was added); `auditor identify`
    and a model's audit share this step.
    """
    record = single_record(match, db) if match is not None else None
    added = match is not None and match.method == ADDED_TERMS_METHOD
    if added:
        # a standard license with clauses added: the standard license's record binds, except
        # where the text's value is quoted from a passage the standard text does not have
        assert match is not None
        record = db.get(match.derived_from or "")
    derived = is_derived(identity) and not added
    # a standard license we keep no record of (zlib, from ScanCode's LicenseDB): the terms its
    # kind settles fill what its text leaves unread; what the text states stays its own
    by_kind = None if record is not None or match is None else kind_record(match, db)
    governing = record if record is not None else by_kind
    standard = governing is not None and governing.kind in STANDARD_KINDS and not derived
    passages = tuple(p for p in added_passages(text, identity, compare=standard) if counts(p))
    if standard and record is not None:
        terms = record_wins(terms, record, db, passages)
    elif standard and by_kind is not None:
        terms = record_wins(terms, by_kind, db, passages, stated_only=True)
    elif match is not None and match.method == BY_REFERENCE and match.derived_from is not None:
        terms = with_base_terms(terms, db.get(match.derived_from), db)
    return unread_restriction(terms, passages, path)


BY_REFERENCE = "text-by-reference"
"""A license of its own naming `derived_from` by reference and adding terms to it: the named
license binds in full, beside the added terms (text/matchers/by_reference.py)."""


def with_base_terms(
    terms: Mapping[str, ExtractedTerm], base: LicenseRecord | None, db: LicenseDB
) -> dict[str, ExtractedTerm]:
    """The terms of a text that names `base` by reference and adds its own: per term the most
    restrictive of the text's and the base record's (its duties bind; an added cap or ban
    narrows its grant), each keeping its evidence."""
    if base is None:
        return dict(terms)
    values, evidence = record_terms(base, db, why=f"{base.name}, which the text names by reference")
    own = TermSource(
        {k: t.value for k, t in terms.items()}, {k: t.evidence for k, t in terms.items()}
    )
    merged, quotes = combine_terms([own, TermSource(values, evidence)])
    return {key: ExtractedTerm(merged.get(key), quotes.get(key, ())) for key in TERM_KEYS}


def with_record_terms(
    terms: dict[str, ExtractedTerm], found: LicenseMatch | None, db: LicenseDB
) -> dict[str, ExtractedTerm]:
    """A license text's terms, with what the knowledge base knows of the license it is.

    A text identified as a known license (exactly or nearly: an official copy, an earlier
    printing) binds with that record's terms too, the policies it incorporates included:
    the strictest reading of each term wins, so a ban the file's own reading missed still
    binds; so does a text we cannot match whose title names a known license (a heading and a
    link, an excerpt). Another version of a known family (`text-family-version`) that
    incorporates a use policy by reference, as its family does, keeps the family's incorporated
    policy terms:
    a policy published elsewhere is not in the file, and nothing in the file replaces it. A
    changed or derived text (`text-modified`, `text-derived`) is its own license: its text."""
    if found is None or found.id is None:
        return terms
    family = found.method == _FAMILY_VERSION
    keys: Sequence[str]
    if family:
        incorporates = terms.get("acceptable_use_policy_incorporated")
        if found.derived_from is None or incorporates is None or incorporates.value is not True:
            return terms
        record, keys = db.get(found.derived_from), POLICY_MERGED_TERMS
    elif found.method in _SAME_LICENSE or found.method == _TITLE_KNOWN:
        # the same license, or a text we cannot match that its title names (a heading and a
        # link, an excerpt): the record binds beside whatever the file's words say
        record, keys = db.get(found.id), TERM_KEYS
    else:
        return terms
    if record is None or record.kind in STANDARD_KINDS or record.kind == POLICY_KIND:
        return terms  # a standard license's record already decided (record_wins)
    why = (
        f"the use policy {record.name} incorporates, which this version incorporates too"
        if family
        else f"the knowledge base's record of {record.name}"
    )
    values, evidence = record_terms(record, db, why=why)
    own = TermSource(
        {k: t.value for k, t in terms.items()}, {k: t.evidence for k, t in terms.items()}
    )
    stored = TermSource({k: values.get(k) for k in keys}, {k: evidence.get(k, ()) for k in keys})
    merged, quotes = combine_terms([own, stored])
    return {
        key: ExtractedTerm(merged.get(key), quotes.get(key, ())) if key in keys else term
        for key, term in terms.items()
    }


_SAME_LICENSE = frozenset({"text-exact", "text-similar"})
_FAMILY_VERSION = "text-family-version"
_TITLE_KNOWN = "text-title-known"


STANDARD_KINDS = frozenset({"permissive-oss", "copyleft-oss"})
"""Kinds of the standard open-source licenses, whose curated record outranks phrases read
from their text: a sentence of the GPL about "commercial" distributors is not a ban."""


def record_wins(
    terms: Mapping[str, ExtractedTerm],
    record: LicenseRecord,
    db: LicenseDB,
    added: Sequence[AddedPassage | str],
    *,
    stated_only: bool = False,
) -> dict[str, ExtractedTerm]:
    """A standard license's terms: the record's, except where the text's value is quoted from a
    passage the reference does not have (`added`, a modified copy's own clause). With
    `stated_only` (a kind's record, licenses/kind_record.py) the text's own words come first:
    the record only fills a term the text leaves unread."""
    values, evidence = record_terms(record, db, why="the text matches this standard license")
    passages = [as_passage(a) for a in added]
    chosen: dict[str, ExtractedTerm] = {}
    for key in TERM_KEYS:
        own = terms.get(key, ExtractedTerm(None))
        if stated_only and (key not in record.terms or own.value is not None):
            chosen[key] = own  # a kind's record only fills what the text leaves unread
            continue
        stored = ExtractedTerm(values.get(key), evidence.get(key, ()))
        if _same_value(own.value, stored.value) or any(quotes(own, p) for p in passages):
            chosen[key] = own
        else:
            chosen[key] = stored
    return chosen


def unread_restriction(
    terms: Mapping[str, ExtractedTerm], added: Sequence[AddedPassage | str], path: str
) -> dict[str, ExtractedTerm]:
    """Fail closed on a change no detector could read: when a passage the reference does not
    have restricts (`added_reading.restriction_of`) and no term reads it (`read_by`), and
    commercial use still reads `allowed`, commercial use is `restricted` with that passage as
    the evidence, located (review it), never the parent's `allowed`."""
    chosen = dict(terms)
    commercial = terms.get("commercial_use")
    if commercial is None or commercial.value != "allowed" or not added:
        return chosen
    for passage in map(as_passage, added):
        how = restriction_of(passage)
        if how is not None and not read_by(passage, terms, how):
            evidence = (Evidence(file=path, line=passage.line, text=passage.quote),)
            chosen["commercial_use"] = ExtractedTerm("restricted", evidence)
            break
    return chosen


def _same_value(left: object, right: object) -> bool:
    if isinstance(left, list) or isinstance(right, list):
        return sorted(map(str, left or [])) == sorted(map(str, right or []))  # type: ignore[call-overload]
    if isinstance(left, bool) or isinstance(right, bool):
        return bool(left) == bool(right)
    return left == right


def is_derived(identity: TextIdentification) -> bool:
    """A license written on top of another (its own title, `derived_from` the reference): its
    own text decides its terms."""
    return bool(
        getattr(identity, "derived_from", None) or getattr(identity.match, "derived_from", None)
    )


def single_record(match: LicenseMatch | None, db: LicenseDB) -> LicenseRecord | None:
    if match is None or match.id is None:
        return None
    return db.get(match.id)
