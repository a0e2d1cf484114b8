"""A use policy bound into a licence in German, French, Spanish, Portuguese, Italian, Polish,
Russian and Dutch, for `foreign_ja.clause_reader`: `acceptable_use_policy_incorporated` (as the
English, Chinese, Korean and Japanese rules read it).

Two shapes, each in one sentence:

- a use policy (Nutzungsrichtlinie, politique d'utilisation, política de uso aceptable, codice
  di condotta, polityka dopuszczalnego użytkowania, политика использования, gebruiksbeleid)
  that applies to the use, must be followed, or is part of the agreement ("Für jede Nutzung
  gilt zusätzlich die Nutzungsrichtlinie in der Datei ...", "Vous devez respecter la politique
  d'utilisation acceptable");
- a document made part of the agreement *by reference* ("Sie wird durch diesen Verweis
  Bestandteil dieses Vertrages", "fait partie intégrante de la présente licence par renvoi"):
  what a licence incorporates by reference is a further set of terms of use (an annex merely
  declared part of the agreement, without a reference, is not read).

A duty to obey the law or this licence, a privacy policy, or a policy only mentioned ("see our
privacy policy") binds no use policy in.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues_ar import ar_pattern
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE


def _re(*pieces: str) -> re.Pattern[str]:
    return lazy_pattern("|".join(pieces), _FLAGS)


# the use policy, by its name in each language
_POLICY = _re(
    r"\b(?:Nutzungs|Verwendungs|Anwendungs)richtlinie\w*|\bRichtlinie\w*\s+(?:zur|für\s+die)\s+"
    r"(?:zulässige\w*\s+|akzeptable\w*\s+)?(?:Nutzung|Verwendung)|\bVerhaltenskodex\b",  # de
    r"\bpolitique\s+d'(?:utilisation|usage)|\b(?:charte|règles)\s+d'(?:utilisation|usage)"
    r"|\bcode\s+de\s+conduite",  # fr
    r"\bpolítica\s+de\s+(?:uso|utilización|utilização)|\b(?:normas|reglas|regras)\s+de\s+"
    r"(?:uso|utilización|utilização)|\bcódigo\s+de\s+conduct[ao]",  # es, pt
    r"\bpolitica\s+di\s+(?:utilizzo|uso)|\b(?:norme|regole)\s+di\s+(?:utilizzo|uso)"
    r"|\bcodice\s+di\s+condotta",  # it
    r"\bpolityk\w*\s+(?:dopuszczalnego\s+|akceptowalnego\s+)?(?:użytkowania|korzystania|użycia)"
    r"|\bzasad\w*\s+(?:dopuszczalnego\s+)?(?:użytkowania|korzystania)|\bkodeks\w*\s+postępowania",
    r"\bполитик\w*\s+(?:допустимого\s+|приемлемого\s+)?использовани\w*|\bправил\w*\s+"
    r"(?:допустимого\s+|приемлемого\s+)?использовани\w*|\bкодекс\w*\s+поведени\w*",  # ru
    r"\bgebruiksbeleid\b|\bbeleid\s+(?:voor|inzake)\s+(?:aanvaardbaar\s+)?gebruik|\bgedragscode\b",
    # id, ms, vi, hi: "Kebijakan Penggunaan", "kebijakan tersebut", "dasar penggunaan",
    # "chính sách sử dụng", "उपयोग नीति"
    r"\bkebijakan\s+(?:penggunaan|pemakaian|tersebut)|\bpedoman\s+penggunaan|\bkode\s+etik"
    r"|\b(?:dasar|polisi)\s+penggunaan|\bchính\s+sách\s+sử\s+dụng|\bquy\s+tắc\s+sử\s+dụng"
    r"|(?:स्वीकार्य\s+)?उपयोग\s+नीति",
    # ar, he, fa, tr, bn, sw: "سياسة الاستخدام", "מדיניות השימוש", "سیاست استفاده", "kullanım
    # politikası", "ব্যবহার নীতি", "sera ya matumizi"
    ar_pattern(r"سياس[ةه]\s+(?:ال)?(?:استخدام|استعمال)|قواعد\s+(?:ال)?(?:استخدام|استعمال)").pattern,
    r"מדיניות\s+(?:ה)?שימוש|سیاست\s+(?:استفاده|کاربری)|\bkullanım\s+politika\w*"
    r"|\bkabul\s+edilebilir\s+kullanım|ব্যবহার\s*নীতি|\bsera\s+ya\s+matumizi",
    r"\bpatakaran(?:\s+(?:sa|ng)\s+(?:paggamit|pag-?gamit))?\b",  # tl: "Patakaran sa Paggamit"
)
# a privacy policy (or data protection) is no use policy
_PRIVACY = _re(
    r"\bDatenschutz\w*|\bconfidentialit\w*|\bprivacidad|\bprivacidade|\bprivacy|\bprywatnoś\w*"
    r"|\bконфиденциальн\w*|\bdonnées\s+personnelles|\bdatos\s+personales|\bdados\s+pessoais"
)
# the policy binds: it applies, must be followed, or is part of the agreement
_BINDS = _re(
    r"\bgilt\b|\bgelten\b|\b(?:einzuhalten|zu\s+beachten|zu\s+befolgen)\b|\b(?:einhalten|beachten"
    r"|befolgen)\s+(?:muss|müssen|musst)|\bBestandteil\b",  # de
    r"\bs'applique|\b(?:doit|doivent|devez|devra|devront)\s+(?:\w+\s+){0,2}?(?:respect|observ|se\s+conformer)\w*"
    r"|\bs'engage\w*\s+à\s+respecter|\bpartie\s+intégrante|\bfait\s+partie",  # fr
    r"\bse\s+aplica|\baplica-se|\bdeb(?:e|en|erá|erán)\s+(?:\w+\s+){0,2}?(?:cumplir|respetar"
    r"|observar)|\bdev(?:e|em|erá|erão)\s+(?:\w+\s+){0,2}?(?:cumprir|respeitar|observar)"
    r"|\bparte\s+integrante|\b(?:forma|faz)\s+parte|\bintegra\b",  # es, pt
    r"\bsi\s+applica|\bdev(?:e|ono|i|ete)\s+(?:\w+\s+){0,2}?(?:rispett|osserv)\w*"
    r"|\bcostituisce\s+parte|\bfa\s+parte",  # it
    r"\bstosuje\s+się|\bobowiązuj\w*|\bnależy\s+przestrzegać|\bprzestrzega\w*|\bstanowi\s+"
    r"(?:integralną\s+)?częś\w*",  # pl
    r"\bприменя\w*|\bобязан\w*\s+соблюдать|\bдолж\w*\s+соблюдать|\bсоблюда\w*|\bявля\w*\s+"
    r"(?:неотъемлемой\s+)?частью",  # ru
    r"\bis\s+van\s+toepassing|\bgeldt\b|\bna\s*(?:te\s+)?leven|\bnageleefd|\bmaakt\s+"
    r"(?:integraal\s+)?(?:deel|onderdeel)\s+uit",  # nl
    r"\b(?:wajib|harus|mesti|hendaklah)\s+(?:\w+\s+){0,2}?mematuhi|\btunduk\s+(?:pada|kepada)"
    r"|\bbagian\s+(?:yang\s+)?tidak\s+terpisahkan|\bsebahagian\s+(?:yang\s+)?tidak\s+terpisah",
    r"\bphải\s+tuân\s+(?:thủ|theo)|\bmột\s+phần\s+không\s+(?:thể\s+)?tách\s+rời",  # vi
    r"पालन\s+कर|अभिन्न\s+(?:अंग|हिस्सा)",  # hi
    # ar, he, fa, tr, bn, sw: bound to follow it, or an inseparable part of the licence
    ar_pattern(
        r"يلتزم|يجب\s+(?:على\s+\S+\s+)?(?:ال)?(?:التزام|تقيد|امتثال)|لا\s+يتجز[اأ]|تسري\s+على"
    ).pattern,
    r"חלק\s+בלתי\s+נפרד|(?:חייב|מחויב)\w*\s+(?:לפעול|לעמוד)|יש\s+לפעול\s+לפי|כפוף\w*\s+ל"
    r"|جزء\s+(?:لاینفک|جدایی\s*ناپذیر)|باید\s+(?:\S+\s+){0,2}?رعایت|ملزم",
    r"\buy(?:mak|malı|mak\s+zorunda|ulmalı)\w*|\bayrılmaz\s+(?:bir\s+)?parça\w*|\btabidir"
    r"|মেনে\s+চল|অবিচ্ছেদ্য\s+অংশ|\blazima\s+(?:\w+\s+)?(?:kufuata|kuzingatia)"
    r"|\bsehemu\s+isiyotenganishwa",
    # tl: part of this licence, to be followed, or its breach a breach of the licence
    r"\b(?:bahagi\s+(?:rin\s+)?ng|kasama\s+sa)\s+(?:mga\s+)?(?:lisensi?ya|kasunduan|tuntunin)\w*|\b(?:dapat|kailangang?)\s+"
    r"(?:\w+\s+){0,2}?(?:sundin|sumunod)|\bpaglabag\s+(?:sa|dito)\b[^.;]{0,40}?\bpaglabag\b",
)
# a document made part of the agreement by reference (either order)
_PART = (
    r"(?:\bBestandteil|\bpartie\s+intégrante|\bparte\s+integrante|\bintegralną\s+częś\w*"
    r"|\bнеотъемлемой\s+частью|\b(?:integraal\s+)?(?:deel|onderdeel)\s+uit)"
)
_REFERENCE = (
    r"(?:\b(?:durch|kraft)\s+(?:diese[nr]?\s+|den\s+)?(?:Verweis|Bezugnahme)"
    r"|\bpar\s+(?:ce|le\s+présent)\s+renvoi|\bpar\s+référence|\bpor\s+(?:esta\s+|la\s+presente\s+)?"
    r"(?:remisión|referencia)|\bpor\s+(?:esta\s+|meio\s+desta\s+)?(?:remissão|referência)"
    r"|\b(?:mediante|con)\s+(?:questo|il\s+presente)\s+rinvio|\bper\s+(?:rinvio|riferimento)"
    r"|\b(?:przez|poprzez)\s+(?:to\s+)?(?:odesłanie|odwołanie)|\b(?:посредством|путём|путем)\s+"
    r"(?:настоящей\s+|этой\s+)?ссылки|\bdoor\s+(?:deze\s+)?verwijzing)"
)
_BY_REFERENCE = lazy_pattern(
    rf"{_REFERENCE}[^.;]{{0,80}}?{_PART}|{_PART}[^.;]{{0,80}}?{_REFERENCE}", _FLAGS
)
_LANGUAGES = frozenset(
    {"de", "fr", "es", "pt", "it", "pl", "ru", "nl", "id", "ms", "vi", "hi"}
    | {"ar", "he", "fa", "tr", "bn", "sw", "tl"}
)


def read_policy_reference(language: str | None, text: str) -> list[Clause]:
    """`acceptable_use_policy_incorporated` when a passage binds a use policy in (module
    docstring); nothing for another language."""
    if language not in _LANGUAGES:
        return []
    for sentence in re.split(r"[.;!?](?:\s|$)", text):
        if _BY_REFERENCE.search(sentence):
            return [Clause("acceptable_use_policy_incorporated", True)]
        policy = _POLICY.search(sentence)
        if policy is None or _PRIVACY.search(sentence):
            continue
        if _BINDS.search(sentence):
            return [Clause("acceptable_use_policy_incorporated", True)]
    return []
