"""Credit duties and warranty disclaimers in Korean, Polish, Turkish, Vietnamese, Arabic,
Russian, Indonesian and Dutch license texts (Chinese, Japanese and the Western European
languages have their own readers: `foreign_zh`, `foreign_ja`).

A credit duty is read as `attribution_required`: the licensee must show a credit to the licensor
("Built on ..." on a service's page), or keep the copyright notice and the license text in the
copies it passes on (표시하여야 합니다; należy zachować informację o prawach autorskich;
"... ibaresini belirtmelisiniz"; phải giữ nguyên thông báo bản quyền; يجب الإبقاء على إشعار
حقوق النشر). Each shape is an obligation word together with a credit or notice word in the
same sentence.

A warranty disclaimer ("provided as is, without any warranty") states no term of use: the
passage is read and adds nothing (`is_disclaimer`), as the English rules leave such a
sentence aside.
"""

from __future__ import annotations

import re

from auditor.licenses.terms.foreign_cues_ar import ar_pattern
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE
_S = r"[^.;!?]"  # a character of the same sentence


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _FLAGS)


def _either(duty: str, credit: str, span: int = 80) -> str:
    """A duty word and a credit word within one sentence, in either order."""
    return f"(?:{duty}){_S}{{0,{span}}}?(?:{credit})|(?:{credit}){_S}{{0,{span}}}?(?:{duty})"


_CREDIT: dict[str, re.Pattern[str]] = {
    "ko": _re(
        r"(?:출처|크레딧|저작자|저작권\s*(?:표시|고지|문구)|라이선스\s*(?:문구|사본|전문)|\"[^\"]{1,60}\""
        r"|“[^”]{1,60}”)[^.。]{0,80}?(?:표시|표기|명시|고지|기재|유지|포함)\s*(?:하여야|해야|하셔야"
        r"|할\s*것|하십시오|하여\s*주십시오|되어야)"
    ),
    "pl": _re(
        _either(
            r"\b(?:należy|musi\w*|muszą|zobowiązan\w*|trzeba|wymaga\w*|obowiązek|powinien|powinna)\b",
            r"\binformacj\w*\s+o\s+prawach\s+autorskich|\bprawach\s+autorskich|\bautorstw\w*"
            r"|\b(?:uznani\w*|wskaza\w*|oznacz\w*)\s+(?:autor|źródł|licencjodawc)\w*"
            r"|\b(?:zachowa\w*|dołącz\w*)\s+(?:\w+\s+){0,3}?treś\w*\s+(?:niniejszej\s+)?licencji",
        )
    ),
    "tr": _re(
        _either(
            r"(?:meli\w*|malı\w*|zorunlu\w*|gerek\w*|şarttır|yükümlü\w*)",
            r"\batıf\w*|\bibare\w*|\btelif\s+hakk\w*|\bkaynak\s+göster\w*|\blisans\s+metn\w*"
            r"|(?:\"[^\"]{1,60}\"|“[^”]{1,60}”)\s*(?:ifade|yazı|not|metn)\w*",
        )
    ),
    "vi": _re(
        _either(
            r"\b(?:phải|cần|có\s+nghĩa\s+vụ|bắt\s+buộc)\b",
            r"thông\s+báo\s+bản\s+quyền|ghi\s+(?:rõ\s+)?nguồn|ghi\s+công|trích\s+dẫn\s+nguồn"
            r"|ghi\s+nhận\s+tác\s+giả|(?:giữ|kèm|đính\s+kèm)\s+(?:nguyên\s+)?(?:nội\s+dung\s+"
            r"|bản\s+sao\s+)?giấy\s+phép",
        )
    ),
    "ar": ar_pattern(
        _either(
            r"(?:يجب|يلزم|عليك|ينبغي|يتعين|يشترط)",
            r"(?:[اإ]شعار\s+(?:حقوق|ال?ملكية|الترخيص)|حقوق\s+(?:النشر|الطبع|التأليف)|نسب\s+"
            r"|ذكر\s+المصدر|نص\s+الترخيص)",
        )
    ),
    "ru": _re(
        _either(
            r"\b(?:должн\w*|обязан\w*|необходимо|следует|требуется)\b",
            r"\bуведомлени\w*\s+об\s+авторск\w*|\bавторств\w*|\bуказ\w*\s+(?:источник|автор)\w*"
            r"|\bссылк\w*\s+на\s+(?:источник|автор|модел|правообладател)|\bтекст\w*\s+лицензи\w*",
        )
    ),
    "id": _re(
        _either(
            r"\b(?:harus|wajib|diwajibkan|perlu)\b",
            r"\bpemberitahuan\s+hak\s+cipta|\bhak\s+cipta|\batribusi|\bmencantumkan\s+sumber"
            r"|\bteks\s+lisensi",
        )
    ),
    "nl": _re(
        _either(
            r"\b(?:moet\w*|dient|verplicht\w*|vereist)\b",
            r"\bauteursrechtvermelding|\bnaamsvermelding|\bbronvermelding|\blicentietekst",
        )
    ),
}

_DISCLAIMER = _re(
    "|".join(
        (
            r"[„\"“']?tak,?\s+jak\s+jest|\bbez\s+(?:jakichkolwiek\s+|żadnych\s+)?gwarancji",
            r"\bolduğu\s+gibi\b|\bhiçbir\s+(?:garanti|teminat)",
            r"\bnguyên\s+trạng\b|\bkhông\s+(?:có\s+)?(?:bất\s+kỳ\s+)?(?:bảo\s+đảm|bảo\s+hành)",
            r"있는\s*그대로|어떠한\s*(?:보증|보장)|보증\s*없이",
            r"\bкак\s+есть\b|\bбез\s+каких-либо\s+гаранти",
            r"\bsebagaimana\s+adanya\b|\btanpa\s+jaminan",
            r"\bzoals\s+(?:het\s+)?is\b|\bzonder\s+(?:enige\s+)?garantie",
        )
    )
)
_AR_DISCLAIMER = ar_pattern(r"كما\s+هو|(?:دون|بدون|من\s+غير)\s+(?:[اأ]ي\s+)?ضمان")
# a disclaimer that also speaks of commercial use or of a permission is a term: not set aside
_TERM_WORDS = _re(
    r"komercyjn|ticar|thương\s+mại|상업|영리|коммерческ|komersial|commercie|zgod|izin|đồng\s+ý"
    r"|동의|허락"
)
_AR_TERM_WORDS = ar_pattern(r"تجار[يةى]|ربحي|[اإ]ذن|موافقة")


CREDIT_LANGUAGES = frozenset(_CREDIT)


def read_credit(language: str, text: str) -> list[Clause]:
    """`attribution_required` when a passage in one of the languages above asks for a credit
    or for the copyright notice and license text to be kept."""
    pattern = _CREDIT.get(language)
    hit = pattern is not None and pattern.search(text) is not None
    return [Clause("attribution_required", True)] if hit else []


def is_disclaimer(text: str) -> bool:
    """A warranty disclaimer ("as is", "without any warranty") that states no term of use."""
    if _TERM_WORDS.search(text) or _AR_TERM_WORDS.search(text):
        return False
    return _DISCLAIMER.search(text) is not None or _AR_DISCLAIMER.search(text) is not None
