"""Chinese, Indonesian and Hindi sentences (session 40), for `foreign_passages_s40wa`, each read
alone by its own words.

- zh: the lead-in of a list of conditions a grant is given on ("上述许可须满足下列条件："): no
  term of its own (its items are read, or said unread, one by one); a credit to show in the
  product's documents ("在产品说明文档中注明“基于……”"): `attribution_required`; use beyond the
  scope just granted said unlicensed ("超出前述範圍之使用，均未經授權"): the scope restated, no
  term. A negation or a permission in the lead-in or the credit leaves it unread.
- id: offering the model itself to third parties as an inference API or a managed instance only
  with the licensor's written permission ("Penerima Lisensi yang menyediakan Model itu sendiri
  kepada pihak ketiga, baik melalui API inferensi maupun instans terkelola, wajib ... memperoleh
  izin tertulis"): `separate-license-for-model-service`; applications built on the model that
  open no direct access to it said outside that clause: no term; changes to the model to be
  stated ("perubahan yang Anda lakukan pada Model dinyatakan dengan jelas"): a notice duty,
  `attribution_required`.
- hi: commercial use allowed "provided the licensee's annual income is not over the set limit"
  ("व्यावसायिक उपयोग की अनुमति है, बशर्ते ... वार्षिक आय निर्धारित सीमा से अधिक न हो"):
  restricted past a cap stated elsewhere; that cap in a footnote or annex line, an amount of
  money a year and a separate licence above it ("₹500 करोड़ ... प्रति वित्तीय वर्ष। इससे अधिक
  आय वाले लाइसेंसधारी को ... अलग लाइसेंस लेना होगा"): `revenue_threshold`, restricted past it.

Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps import revenue_cap
from auditor.licenses.terms.foreign_zh import Clause, fold

__all__ = ["read_sentence_s40wa"]

_FLAGS = re.IGNORECASE
_CREDIT = [Clause("attribution_required", True)]
_ABOVE = "separate-license-above-threshold"
_CAPPED = [Clause("commercial_use", "restricted"), Clause("commercial_use_conditions", [_ABOVE])]

# zh (folded to simplified)
_ZH_LEAD_IN = lazy_pattern(
    r"^(?:上述|前述|本)(?:许可|授权)(?:须|应|需)(?:满足|遵守|符合)(?:下列|以下|如下)(?:条件|要求)[:：]?$"
)
_ZH_CREDIT = lazy_pattern(
    r"^在(?:产品|服务|应用)?(?:的)?(?:说明)?(?:文档|文件|页面|界面)中?(?:注明|标明|显示)\s*[“\"「『]"
)
_ZH_BEYOND = lazy_pattern(
    r"^超出(?:前述|上述|本条|前条)范围(?:之|的)?使用[,，\s]*(?:均|皆|一律)?未经授权[。.]?$"
)
_ZH_DENIED = lazy_pattern(r"不得|禁止|不可|非商业|仅|许可方(?:书面)?同意|书面|审批|批准")

# id
_ID_SERVICE = lazy_pattern(
    r"menyediakan\s+Model\s+itu\s+sendiri\s+kepada\s+pihak\s+ketiga[^.]{0,80}?"
    r"\bAPI\b[^.]{0,80}?(?:wajib|harus)\s+(?:terlebih\s+dahulu\s+)?(?:memperoleh|mendapatkan)\s+"
    r"(?:izin|persetujuan|lisensi)\s+(?:tertulis|terpisah)",
    _FLAGS,
)
_ID_SERVICE_DENIED = lazy_pattern(r"\btidak\b|\bkecuali\b|\bhanya\b|\bdilarang\b", _FLAGS)
_ID_APPS_SPARED = lazy_pattern(
    r"^\W*Aplikasi\s+yang\s+dibangun\s+di\s+atas\s+Model\s+(?:dan\s+)?(?:yang\s+)?tidak\s+membuka"
    r"\s+akses\s+langsung\s+ke\s+Model\s+tidak\s+termasuk\s+dalam\s+ketentuan\s+ini\W*$",
    _FLAGS,
)
_ID_CHANGES = lazy_pattern(
    r"^\W*perubahan\s+yang\s+Anda\s+lakukan\s+(?:pada|terhadap)\s+Model\s+(?:harus\s+)?"
    r"(?:dinyatakan|ditandai|dicatat)\s+(?:dengan\s+)?(?:jelas|secara\s+jelas)\W*$",
    _FLAGS,
)

# hi
_HI_CAPPED_GRANT = lazy_pattern(
    r"व्यावसायिक\s+उपयोग\s+की\s+(?:अनुमति|इजाज़त|इजाजत)\s+है,?\s+बशर्ते\s+[^।]{0,40}?"
    r"(?:वार्षिक\s+)?(?:आय|राजस्व|टर्नओवर|कारोबार)\s+(?:निर्धारित|तय|नियत|उल्लिखित)\s+सीमा"
    r"\S*\s+से\s+अधिक\s+न\s+हो\W*$"
)
_HI_AMOUNT = lazy_pattern(r"₹|रुपये|रुपए|करोड़|लाख")
_HI_YEAR = lazy_pattern(r"प्रति\s+(?:वित्तीय\s+)?वर्ष|वार्षिक|सालाना|प्रति\s+साल")
_HI_ABOVE = lazy_pattern(
    r"(?:इससे|इस\s+राशि\s+से|उक्त\s+राशि\s+से)\s+अधिक\s+(?:वार्षिक\s+)?(?:आय|राजस्व)[^।]{0,60}?"
    r"(?:अलग|पृथक|नया)\s+लाइसेंस\s+(?:लेना|प्राप्त\s+करना)\s+होगा"
)
_HI_MONEY = lazy_pattern(r"₹|रुपये|रुपए")
_HI_DENIED = lazy_pattern(r"नहीं|(?<!\S)न(?!\S)|कम\s+आय|सिवाय|छोड़कर")


def read_sentence_s40wa(text: str) -> list[Clause] | None:
    """The clauses of one sentence or passage of the shapes above, None if not one."""
    for reader in (_chinese, _indonesian, _hindi_cap):
        clauses = reader(text)
        if clauses is not None:
            return clauses
    if _HI_CAPPED_GRANT.search(text) is not None:
        return _CAPPED
    return None


def _chinese(text: str) -> list[Clause] | None:
    folded = fold(text).strip()
    if _ZH_LEAD_IN.search(folded) is not None or _ZH_BEYOND.search(folded) is not None:
        return []
    if _ZH_CREDIT.search(folded) is not None and _ZH_DENIED.search(folded) is None:
        return _CREDIT
    return None


def _indonesian(text: str) -> list[Clause] | None:
    match = _ID_SERVICE.search(text)
    if match is not None and _ID_SERVICE_DENIED.search(text.replace(match.group(0), " ")) is None:
        return [Clause("commercial_use_conditions", ["separate-license-for-model-service"])]
    if _ID_APPS_SPARED.search(text) is not None:
        return []
    return _CREDIT if _ID_CHANGES.search(text) is not None else None


def _hindi_cap(text: str) -> list[Clause] | None:
    """A footnote or annex line: an amount a year, a separate licence above it."""
    body = re.sub(r"^\W*\[\^?\w+\]\s*:?\s*", "", text.strip())
    if _HI_AMOUNT.search(body) is None or _HI_ABOVE.search(body) is None:
        return None
    if _HI_DENIED.search(body) is not None:
        return None
    cap = revenue_cap(body, _HI_MONEY, _HI_YEAR)
    return None if cap is None else [Clause("revenue_threshold", cap), *_CAPPED]
