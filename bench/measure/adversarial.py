"""Adversarial derived licenses, generated from the corpus at run time and never stored.

Each variant is a corpus text (the parent) with one change a licensor writing on top of it
makes: an added revenue cap, user cap, use-scope clause (non-production, with one product
only, personal, evaluation), a changed MAU number, or a new title and licensor. The added
clauses are written here, in several wordings each, so a detector tuned to one phrasing is
measured on the others. Each variant goes through what `auditor identify` runs
(`auditor.licenses.files.identify_file`), with the bundled index, where the parent is known.

Outcomes:
- caught: the added term is extracted and commercial use is not reported as allowed (however
  the text is named: the parent flagged modified, or a license derived from it);
- false pass: reported with commercial use allowed (a cap variant), or with the parent's MAU
  number (a changed-MAU variant); "silent" when, in addition, the text is named as the
  untouched parent (exact or similar match, confidence at least 0.9), i.e. nothing in the
  answer sends it to review;
- not allowed, added term not extracted: commercial use is not reported as allowed (no pass),
  but the added cap or scope is not among the terms;
- retitled copies (the copy of a license by another licensor under another title): the right
  answer is the copy named as itself (an id no license of the database or of the ScanCode
  index has), ideally `derived_from` the parent; a false identity is a copy reported under a
  known id, SPDX id or Hub tag (the parent's or any other); unnamed is no answer.

The clauses and titles are paraphrases written for this harness, in our own words, with
fictional names, generated at run time; no pattern reads them, but the pattern tests share some
of their shapes (funding raised, visits per month, devices), so "caught" is an upper bound.
"""

from __future__ import annotations

import re
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.files import FileIdentity, identify_file
from auditor.licenses.text.identify import ACCEPT_THRESHOLD
from auditor.licenses.text.normalize import extract_title
from auditor.licenses.text.reference_index import load_reference_index

from .corpus import Corpus, describe

# ---- the clauses: our own wording, fictional names ------------------------------------------

REVENUE_CLAUSES: dict[str, str] = {
    "revenue-annual-1": "Additional Commercial Condition. If the combined annual revenue of "
    "you and your affiliates was greater than {amount} in the previous calendar year, you "
    "must obtain a separate commercial license from the Licensor before using the Model for "
    "any commercial purpose, and no commercial rights are granted to you until it does so.",
    "revenue-annual-2": "Revenue Limit. This grant is available only to organizations whose "
    "gross yearly revenue stays below {amount}. An organization above that figure needs a "
    "written commercial agreement with us.",
    "revenue-annual-3": "Entities that earn {amount} or more per year in gross revenue may not "
    "use the Model commercially without first signing a paid agreement with the Licensor.",
    "revenue-annual-4": "Where your turnover over any twelve-month period exceeds {amount}, "
    "the rights granted here lapse for commercial purposes and you shall request a commercial "
    "licence from the Licensor.",
    "revenue-monthly": "If your business takes in more than {amount} in revenue in any single "
    "month, commercial use of the Model requires a separate license from the Licensor.",
    "funding": "Companies that have raised more than {amount} in outside funding, in total, "
    "may use the Model commercially only under a separate written agreement with the Licensor.",
}
REVENUE_AMOUNTS = ("$1,000,000", "USD 5 million", "$20M", "10 million US dollars")

USER_CLAUSES: dict[str, tuple[str, str, int]] = {
    # name: (clause, the count as written, the count as a number)
    "mau-1": (
        "If the products or services you offer with the Model had more than {count} monthly "
        "active users in the preceding calendar month, you must ask the Licensor for a "
        "license, which it may grant or refuse at its discretion.",
        "5 million",
        5_000_000,
    ),
    "mau-2": (
        "Services built on the Model that reach over {count} users active in a month need a "
        "separate written license from us before they continue to use it.",
        "250,000",
        250_000,
    ),
    "dau": (
        "Any deployment serving more than {count} daily active users requires a commercial "
        "license from the Licensor.",
        "100,000",
        100_000,
    ),
    "devices": (
        "You may install and run the Model on no more than {count} devices unless the "
        "Licensor grants you a separate license.",
        "1,000",
        1_000,
    ),
    "visits": (
        "If your website or application receives more than {count} visits per month, "
        "commercial use of the Model requires a separate agreement with the Licensor.",
        "2 million",
        2_000_000,
    ),
}

SCOPE_CLAUSES: dict[str, str] = {
    "non-production-1": "Non-Production Use Only. You may use the Model only for testing, "
    "development and evaluation; you may not deploy it in a production environment or in any "
    "service offered to third parties.",
    "non-production-2": "The Model must not be used in production systems. Use is limited to "
    "internal experiments and other non-production purposes.",
    "non-production-3": "No production deployment is permitted under this license: running "
    "the Model to serve real users or customers requires a separate agreement.",
    "non-production-4": "This license covers evaluation and prototyping only. A live, "
    "customer-facing or revenue-generating deployment is outside its scope.",
    "product-only-1": "You may use the Model only together with {product}; any use outside "
    "{product} is not licensed.",
    "product-only-2": "The Model is licensed solely for use in combination with {product}, and "
    "may not be used on its own or with any other software.",
    "product-only-3": "Use of the Model is restricted to applications built on {product}. All "
    "other uses are prohibited.",
    "product-only-4": "Licensee shall use the Model exclusively as part of {product} and for no "
    "other purpose.",
    "personal-1": "This license is granted to individuals for personal, non-commercial use only.",
    "personal-2": "You may use the Model for your own private purposes; use on behalf of a "
    "company or any other organization is not permitted.",
    "evaluation-1": "The Model is provided for evaluation purposes only, for thirty days, after "
    "which you must stop using it or obtain a commercial license.",
    "evaluation-2": "Your rights are limited to evaluating the Model internally to decide "
    "whether to buy a commercial license; no other use is granted.",
}
PRODUCTS = ("the Quillstone Studio application", "Larkspur Cloud Runtime")

MAU_NUMBERS = (("25 million", 25_000_000), ("1,500,000", 1_500_000))
_MAU_IN_TEXT = re.compile(
    r"\b\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion))?(?=\s+monthly\s+active\s+users)", re.I
)

RETITLES = (
    ("Kestrel Open Model License", "Northwind Labs Ltd.", "Kestrel", "Northwind"),
    ("Bluefin Community Model Agreement", "Orchard Analytics GmbH", "Bluefin", "Orchard"),
)
_COMPANY = re.compile(
    r"\b(?:[A-Z][\w&\-]*\s+){0,4}(?:Inc\.|Ltd\.?|LLC|Limited|GmbH|Corporation|Corp\.|S\.A\.S\.?"
    r"|Co\.,\s*Ltd\.?|Company)"
)
_TITLE_GENERIC = re.compile(
    r"licen[cs]es?|agreements?|polic(?:y|ies)|terms?|conditions|of|use|acceptable|community"
    r"|research|models?|open|non|commercial|version|the|and|for|ai|series|international"
    r"|prohibited|public|creative|commons|software|code|sample|weights|parameters|release|materials|attribution|sharealike|noncommercial|rail|m|plus"
    r"|\W*|\d[\w.]*",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Variant:
    """One generated text and what it must not be reported as."""

    name: str
    group: str  # revenue-cap, user-cap, use-scope, mau-changed, retitled
    parent: str  # corpus text stem
    text: str
    count: int | None = None  # the number the added or changed user cap states


def generate_variants(corpus: Corpus) -> Iterator[Variant]:
    """Every variant of every suitable parent, deterministically."""
    for stem, text in corpus.texts.items():
        label = corpus.labels[stem]
        is_policy = label.get("kind") == "acceptable-use-policy"
        if label.get("commercial_use") == "allowed" and not is_policy:
            yield from _clause_variants(stem, text)
        if label.get("mau_threshold"):
            for written, number in MAU_NUMBERS:
                changed, hits = _MAU_IN_TEXT.subn(written, text)
                if hits:
                    yield Variant(f"{stem}+mau-{number}", "mau-changed", stem, changed, number)
        record = corpus.db.get(corpus.owners.get(stem, ""))
        own = () if record is None else (record.name, *record.aliases)
        for i, names in enumerate(RETITLES):
            retitled = _retitle(text, *names, known=own)
            yield Variant(f"{stem}+retitled-{i + 1}", "retitled", stem, retitled)


def _clause_variants(stem: str, text: str) -> Iterator[Variant]:
    for i, (name, clause) in enumerate(REVENUE_CLAUSES.items()):
        amount = REVENUE_AMOUNTS[i % len(REVENUE_AMOUNTS)]
        added = clause.format(amount=amount)
        yield Variant(f"{stem}+{name}", "revenue-cap", stem, _insert(text, added, i))
    for i, (name, (clause, written, number)) in enumerate(USER_CLAUSES.items()):
        added = clause.format(count=written)
        yield Variant(f"{stem}+{name}", "user-cap", stem, _insert(text, added, i), number)
    for i, (name, clause) in enumerate(SCOPE_CLAUSES.items()):
        added = clause.format(product=PRODUCTS[i % len(PRODUCTS)])
        yield Variant(f"{stem}+{name}", "use-scope", stem, _insert(text, added, i))


def _insert(text: str, clause: str, seed: int) -> str:
    """The clause as a paragraph of its own: after the title block, in the middle, or at the
    end, by turns."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    where = (1, len(paragraphs) // 2, len(paragraphs))[seed % 3]
    paragraphs.insert(min(where, len(paragraphs)), clause)
    return "\n\n".join(paragraphs) + "\n"


def _retitle(
    text: str, title: str, licensor: str, product: str, short: str, *, known: Sequence[str] = ()
) -> str:
    """The text under a new title, with the licensor's and the product's names replaced; the
    license's own names as its record lists them (`known`, three words or more), wherever
    the text states them, become the new title too (a text may name itself in a heading the
    title reader does not take for its title: Creative Commons' name over its preface)."""
    old_title = extract_title(text)
    names: dict[str, str] = {}
    for name in known:
        pattern = r"\s+".join(map(re.escape, name.split()))
        if len(name.split()) >= 3:
            text = re.sub(rf"(?<!\w){pattern}(?!\w)", title, text, flags=re.I)
    for company in set(_COMPANY.findall(text)):
        names[company] = licensor
        first = company.split()[0]
        if len(first) > 2 and not _TITLE_GENERIC.fullmatch(first):
            names.setdefault(first, short)
    for word in re.findall(r"[A-Za-z][\w\-]+", old_title or ""):
        if not _TITLE_GENERIC.fullmatch(word):
            names.setdefault(word, product)
    out = text
    if old_title:
        out = out.replace(old_title, title, 1)
    for old in sorted(names, key=len, reverse=True):
        out = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", names[old], out, flags=re.I)
    if not old_title:
        out = f"{title}\n\n{out}"
    return out


# ---- judging ------------------------------------------------------------------------------


def _named_as_parent_unflagged(identity: FileIdentity, parent_id: str | None) -> bool:
    match = identity.license
    return (
        match is not None
        and match.id is not None
        and match.id == parent_id
        and match.method in ("text-exact", "text-similar")
        and match.confidence >= ACCEPT_THRESHOLD
    )


def _has(terms: Mapping[str, object], prefix: str) -> bool:
    return any(k.startswith(prefix) and v not in (None, [], {}, "") for k, v in terms.items())


def known_ids(db: LicenseDB) -> frozenset[str]:
    """Every id, SPDX id and Hub tag a known license is reported under: the curated records'
    and the ScanCode index keys'."""
    ids: set[str] = set()
    for record in db.records.values():
        ids.update(v for v in (record.id, record.spdx, record.hf) if v)
    for reference in load_reference_index().references:
        ids.update(v for v in (reference.license_id, reference.spdx) if v)
    return frozenset(ids)


NAMED_AS_ITSELF = "named as itself, derived from the parent"
RETITLED_RIGHT = (
    NAMED_AS_ITSELF,
    "named as itself, no derived_from",
    "named as itself, derived from another license",
)


def judge(
    variant: Variant,
    identity: FileIdentity,
    parent_id: str | None,
    known: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """The outcome of one variant (see the module docstring); `known` is `known_ids(db)`."""
    terms = identity.terms
    commercial = terms.get("commercial_use")
    silent = _named_as_parent_unflagged(identity, parent_id)
    if variant.group == "retitled":
        return {"outcome": _retitled_outcome(identity, parent_id, known)}
    if variant.group == "mau-changed":
        caught = terms.get("mau_threshold") == variant.count
        return {"outcome": "caught" if caught else _false_pass(silent), "silent": silent}
    if variant.group == "revenue-cap":
        term = _has(terms, "revenue_threshold")
    elif variant.group == "user-cap":
        term = (
            terms.get("mau_threshold") == variant.count
            if variant.name.split("+")[-1].startswith("mau")
            else _has(terms, "user_threshold")
        )
    else:
        term = _has(terms, "use_scope")
    if commercial == "allowed":
        outcome = _false_pass(silent)
    elif term:
        outcome = "caught"
    else:
        outcome = "not allowed, added term not extracted"
    return {"outcome": outcome, "silent": silent}


def _retitled_outcome(identity: FileIdentity, parent_id: str | None, known: frozenset[str]) -> str:
    match = identity.license
    if match is None or match.id is None:
        return "unnamed"
    reported = {v for v in (match.id, match.spdx, match.hf) if v}
    if reported & known or match.id == parent_id:
        return "false identity"
    if match.derived_from is None:
        return "named as itself, no derived_from"
    return NAMED_AS_ITSELF if match.derived_from == parent_id else RETITLED_RIGHT[2]


def _false_pass(silent: bool) -> str:
    return "false pass, silent" if silent else "false pass, flagged for review"


def run_adversarial(corpus: Corpus) -> dict[str, Any]:
    """Generate every variant, identify it as `auditor identify` does, and tally outcomes."""
    start = time.perf_counter()
    per_variant: dict[str, Any] = {}
    known = known_ids(corpus.db)
    with tempfile.TemporaryDirectory(prefix="auditor-adversarial-") as tmp:
        path = Path(tmp) / "LICENSE"
        for variant in generate_variants(corpus):
            path.write_text(variant.text, "utf-8")
            identity = identify_file(path, threshold=ACCEPT_THRESHOLD, db=corpus.db)
            parent_id = corpus.owners.get(variant.parent)
            verdict = judge(variant, identity, parent_id, known)
            per_variant[variant.name] = {
                "group": variant.group,
                "parent": parent_id,
                **verdict,
                "got": describe(identity.license),
                "derived_from": None if identity.license is None else identity.license.derived_from,
                "commercial_use": identity.terms.get("commercial_use"),
                "mau_threshold": identity.terms.get("mau_threshold"),
            }
    groups: dict[str, dict[str, int]] = {}
    for item in per_variant.values():
        tally = groups.setdefault(item["group"], {})
        tally[item["outcome"]] = tally.get(item["outcome"], 0) + 1
    false_passes = sorted(n for n, v in per_variant.items() if v["outcome"].startswith("false"))
    retitled = [v for v in per_variant.values() if v["group"] == "retitled"]
    return {
        "label": "adversarial",
        "variants": len(per_variant),
        "per_group": groups,
        "false_passes": [n for n in false_passes if "false pass" in per_variant[n]["outcome"]],
        "silent_false_passes": [
            n for n in false_passes if per_variant[n]["outcome"] == "false pass, silent"
        ],
        "false_identities": [
            n for n in false_passes if per_variant[n]["outcome"] == "false identity"
        ],
        "retitled_named_as_themselves": sum(v["outcome"] in RETITLED_RIGHT for v in retitled),
        "retitled": len(retitled),
        "per_variant": per_variant,
        "seconds": round(time.perf_counter() - start, 3),
    }
