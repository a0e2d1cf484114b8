"""Japanese clauses beyond commercial scope and caps: a credit to show or notices to keep, and
the licensor's right to change the terms (clause rules: license_db/clause_rules/ja.yaml).

`clause_reader` gives `foreign`'s passage reader the reader of a passage's language: Chinese
(`foreign_zh.read_clauses`), Japanese (here), the sanctions clauses of Spanish, French, German,
Portuguese, Italian and Turkish (`foreign_territory`) with their credit duties, the credit
duties of Korean, Polish, Vietnamese, Arabic, Russian, Indonesian and Dutch
(`foreign_duties`; Greek, Hebrew, Hindi and Thai: `foreign_duties_el_he_hi_th`), the clauses
of the languages read since session 19 (`foreign_six`, `foreign_ro_hu_fi`, `foreign_more`:
their cues are `CUES_LATER`), or none; and, in every
language, a naming duty and a quoted credit line (`foreign_naming`), the uses a passage bans
(`foreign_uses`) and bans on passing the weights or adaptations on or on training other models
with the outputs (`foreign_weights`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.clause_rules import clause_pattern
from auditor.licenses.terms.foreign_annex_bans import read_annex_bans
from auditor.licenses.terms.foreign_clauses_s27_romance import read_s27_romance
from auditor.licenses.terms.foreign_companies import read_companies_left_out
from auditor.licenses.terms.foreign_copies_more import read_copies_more
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_daily_caps import read_daily_caps
from auditor.licenses.terms.foreign_daily_people_asia import read_daily_people
from auditor.licenses.terms.foreign_defined_bans import read_excepted_harms
from auditor.licenses.terms.foreign_duties import CREDIT_LANGUAGES, read_credit
from auditor.licenses.terms.foreign_duties import is_disclaimer as is_disclaimer
from auditor.licenses.terms.foreign_duties_el_he_hi_th import read_el_he_hi_th
from auditor.licenses.terms.foreign_duties_south_asia import read_copies
from auditor.licenses.terms.foreign_ja_ko_forms import plain_ko
from auditor.licenses.terms.foreign_ja_ko_he import read_ja_ko_he
from auditor.licenses.terms.foreign_more import CUES_MORE, LANGUAGES_MORE, read_more
from auditor.licenses.terms.foreign_naming import is_credit_line, read_naming
from auditor.licenses.terms.foreign_places_ru import read_ru_places
from auditor.licenses.terms.foreign_policy_ref import read_policy_reference
from auditor.licenses.terms.foreign_ro_hu_fi import CUES_RO_HU_FI, LANGUAGES_RO_HU_FI, read_ro_hu_fi
from auditor.licenses.terms.foreign_six import CUES_SIX, LANGUAGES_SIX, read_six
from auditor.licenses.terms.foreign_territory import read_territory
from auditor.licenses.terms.foreign_uses import read_uses
from auditor.licenses.terms.foreign_weekly_caps_s38w import read_weekly_caps
from auditor.licenses.terms.foreign_weights import read_weights
from auditor.licenses.terms.foreign_zh import Clause, read_clauses
from auditor.licenses.terms.foreign_zh_territory import read_confined

CUES_LATER: dict[str, Cues] = {**CUES_SIX, **CUES_RO_HU_FI, **CUES_MORE}
"""The cues of the languages read since session 19, for `foreign.CUES`."""

ClauseReader = Callable[[str, str], list[Clause]]
"""(the passage as matched, the passage as written) -> the clauses it states."""

_RULES = (
    ("attribution_required", "attribution_required/ja-attribution"),
    ("licensor_may_update_terms", "licensor_may_update_terms/ja-may-update"),
)


# notices to keep with copies, their words apart ("本ライセンスの全文を添付しなければなりません",
# "著作権表示とライセンス条項の写しを同梱すること", "本利用条件の写しを添付してください"): a
# notice duty (the clause rule reads them written together, "ライセンス全文")
_JA_NOTICE = lazy_pattern(
    r"(?:ライセンス|許諾|規約|著作権|(?:利用|使用|本)条件)(?:書|条件|条項|契約)?(?:の|及び|および|と)?"
    r"[^。]{0,10}?"
    r"(?:全文|写し|複製|コピー|本文|原文|表示|表記)[^。]{0,30}?"
    r"(?:保持|含め|同梱|添付|付し|付け|付属|記載|残)[^。]{0,6}?"
    r"(?:なければな|なくてはな|てください|て下さい|ものとします|ものとする|必要があ|こと(?:。|$))"
)


def read_ja_clauses(text: str, original: str) -> list[Clause]:
    """The terms one Japanese passage states beyond commercial scope and caps."""
    del original  # the Japanese clauses read no span of the passage as their value
    found = [Clause(key, True) for key, rule in _RULES if clause_pattern(rule).search(text)]
    if _JA_NOTICE.search(text) and all(c.key != "attribution_required" for c in found):
        found.append(Clause("attribution_required", True))
    return found


def _credit(language: str, text: str, original: str) -> list[Clause]:
    del original
    return read_credit(language, text)


def _no_clauses(text: str, original: str) -> list[Clause]:
    return []


def _territory_and_credit(language: str, text: str, original: str) -> list[Clause]:
    return read_territory(text, original) + read_credit(language, text)


_TERRITORY_LANGUAGES = ("es", "fr", "de", "pt", "it", "tr")
_READERS: dict[str, ClauseReader] = {
    "zh": read_clauses, "ja": read_ja_clauses,
    **{code: partial(_credit, code) for code in CREDIT_LANGUAGES},
    **{code: partial(_territory_and_credit, code) for code in _TERRITORY_LANGUAGES},
    **{code: partial(read_six, code) for code in LANGUAGES_SIX},
    **{code: partial(read_ro_hu_fi, code) for code in LANGUAGES_RO_HU_FI},
    **{code: partial(read_more, code) for code in LANGUAGES_MORE},
}  # fmt: skip


def clause_reader(language: str | None) -> ClauseReader:
    """The clause reader of a passage's language (none reads nothing), with the readers every
    language shares (`foreign_naming`): a naming duty, a quoted credit line to show; the
    uses it bans (`foreign_uses`); and bans on passing the weights or adaptations on or on
    training other models with the outputs (`foreign_weights`)."""
    reader = _READERS.get(language or "", _no_clauses)
    return partial(_with_shared, language, reader)


def _with_shared(
    language: str | None, reader: ClauseReader, text: str, original: str
) -> list[Clause]:
    if language == "ko":
        text = plain_ko(text)  # "-지 아니한다" read as "-지 않는다" (`foreign_ja_ko_forms`)
    clauses = reader(text, original) + read_naming(text) + read_uses(language, text)
    clauses += read_weights(language, text)  # weights, adaptations, outputs passed on
    clauses += read_ja_ko_he(language or "", text)  # ja/ko/he places, a Korean use policy
    clauses += read_el_he_hi_th(language or "", text)  # el/he/hi/th credit, terms updated
    clauses += read_companies_left_out(language, text)  # a company's use deemed commercial
    clauses += read_ru_places(language, text)  # Russian: use barred in places
    clauses += read_confined(language, text)  # Chinese: a licence confined to places
    clauses += read_daily_caps(language, text) or read_daily_people(language, text)  # a day
    clauses += read_weekly_caps(language, text)  # a week: hi/bn/ur/mr/ja/ko (`..._s38w`)
    clauses += read_policy_reference(language, text)  # de/fr/es/...: a use policy bound in
    clauses += read_annex_bans(language, text)  # de/nl/sv/da/no/fi/hu: bans in an annex
    clauses += read_copies(language, text)  # id/ms/vi/th/hi: this licence with each copy
    clauses += read_s27_romance(language, text)  # es..el: credit decisions taken out, ...
    clauses += read_excepted_harms(language, text)  # ar/fa/he/tr/id/...: a harm excepted
    clauses += read_copies_more(text)  # ar/he/fa/tr/id/tl/sw/ha/am/yo: this licence with copies
    credited = any(c.key == "attribution_required" for c in clauses)
    if not credited and is_credit_line(text):
        clauses.append(Clause("attribution_required", True))
    return clauses
