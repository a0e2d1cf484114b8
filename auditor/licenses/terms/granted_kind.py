"""The kind of a licence document whose grant of commercial use was read only in another
language (`terms.foreign`: "영리 목적을 포함한 모든 목적으로 ... 권리를 부여한다"), for
`model_terms._document`: the English rules' `_infer_kind` never saw that grant, so the document
states commercial use allowed with no kind. As for an English grant: "open-weight-restricted"
when it also states a condition or restriction (a cap, a scope, a use policy, a ban on training
other models with the outputs, banned uses), else "permissive-oss". A document with a kind, or
not allowing commercial use, is returned as it is.
"""

from __future__ import annotations

from auditor.knowledge.license_titles import license_word_forms
from auditor.licenses.terms.extract import ExtractedTerm
from auditor.licenses.terms.license_names_asia import NAMES_ASIA
from auditor.licenses.terms.license_names_southeast import NAMES_SOUTHEAST

__all__ = ["LICENSE_NAMES", "with_granted_kind"]

LICENSE_NAMES = (
    *("license", "licence", "copying", "라이선스", "라이센스", "ライセンス", "许可证", "許可證"),
    *("lizenz", "licencia", "licença", "licenza", "licencja", "lisans", "лиценз", "licentie"),
    # the terms or agreement so named in German, Polish, Russian, Ukrainian, Swedish, Dutch, Czech
    *("nutzungsbedingungen", "warunki", "соглашение", "угода", "ліценз", "licensvillkor"),
    *("licensavtal", "gebruiksvoorwaarden", "licenční", "podmínky"),
    # Catalan, Romanian (with and without its diacritics), Greek (and in Latin letters), and the
    # conditions or terms of use in Spanish, Portuguese, French, Italian and Romanian
    *("llicència", "llicencia", "licența", "licenţa", "licență", "licenta", "άδεια", "αδεια"),
    *("adeia", "όροι", "οροι", "oroi", "condiciones", "condições", "condicoes", "conditions"),
    *("condizioni", "condiții", "condiţii", "conditii", "termeni", "términos", "termos"),
    # Maltese, Irish, Icelandic, Albanian, Macedonian, Hungarian, Finnish, Estonian, Lithuanian
    *("licenzja", "liċenzja", "ceadúnas", "ceadunas", "leyfi", "notkunarleyfi", "licenca"),
    *("лиценца", "lisenssi"),
    *NAMES_ASIA,  # zh, ja, ko, hi, bn, ta, ar, fa, he, tr (`license_names_asia`)
    *NAMES_SOUTHEAST,  # th, vi, id, ms, tl, sw, am, yo (`license_names_southeast`)
    # the Nordic, Finnish, Hungarian, South Slavic, Slovak and Baltic licence and terms, and the
    # rules or conditions of use in Russian and Ukrainian (LISENSSI.md, UVJETI.md, ПРАВИЛА.txt)
    *("licens", "lisens", "käyttöehdot", "kayttoehdot", "vilkår", "vilkar", "villkor"),
    *("betingelser", "licenc", "feltétel", "engedély", "engedely", "uvjeti", "uslovi", "pogoji"),
    *("podmienky", "licencij", "noteikumi", "tingimused", "litsents", "sąlygos", "правила"),
    *("условия", "умови"),
    *license_word_forms(),  # the word in some sixty languages (`knowledge.license_titles`)
)
"""How a license file's name begins (`model_terms._priority`): LICENSE, or the word in a
language the foreign readers read (라이선스.md, LICENCJA.md), whose grant there may be read only
in that language and then decides the document's kind (`with_granted_kind`)."""

_CONDITIONS = (
    "user_threshold",
    "mau_threshold",
    "revenue_threshold",
    "revenue_threshold_usd",
    "use_scope",
    "acceptable_use_policy_incorporated",
    "output_use_restriction",
    "licensor_may_update_terms",
    "use_restrictions",
    "territorial_exclusions",
    "excluded_licensee_domiciles",
    "excluded_use_territories",
    "excluded_licensee_types",
)


def with_granted_kind(terms: dict[str, ExtractedTerm]) -> dict[str, ExtractedTerm]:
    """`terms` with a kind inferred from a commercial grant when none is stated."""
    commercial = terms.get("commercial_use", ExtractedTerm(None))
    if commercial.value != "allowed" or terms.get("kind", ExtractedTerm(None)).value:
        return terms
    conditions = [terms[k] for k in _CONDITIONS if k in terms and terms[k].value]
    if conditions:
        evidence = commercial.evidence[:1] + conditions[0].evidence[:1]
        return {**terms, "kind": ExtractedTerm("open-weight-restricted", evidence)}
    return {**terms, "kind": ExtractedTerm("permissive-oss", commercial.evidence[:1])}
