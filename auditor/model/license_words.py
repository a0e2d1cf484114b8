"""The words and key spellings that name a license in a model card: shared by the source
stage, which finds the evidence (sources/card_*.py), and the readers, which read it
(licenses/), so that neither reaches into the other's package.

`FOREIGN_LICENSE_WORDS` is the word "license" or "terms" in the languages cards are written
in; `LABEL` a label line (`License: X`, `**License** — X`, `许可证：X`); `COMMERCIAL_LABEL` one
keyed by the model's commercial use (`Commercial use: no`, `商用利用：不可`); `fold_key` the
license key a person reading a card takes a key for (`licence`, `License`, a key with an
invisible character) and `shown_key` such a key with its invisible characters shown.
`OTHER_COMPONENT` names a part of a release that is not the model's weights (its code, data,
evaluation harness, tokenizer, demo), whose license a component table or label gives apart.
"""

from __future__ import annotations

import re
import unicodedata

from auditor.fileio.lazy_pattern import lazy_pattern

# The word "license" or "terms" in the languages most model cards on the Hub are written in
# (section titles and labels): Chinese, Japanese, Korean, German, French, Spanish, Portuguese,
# Russian, Italian, Vietnamese, Arabic, Turkish, Dutch, Polish, Indonesian, Hindi; and Ukrainian,
# Serbian, Bulgarian, the Scandinavian languages, Lithuanian, Estonian, Malay, Swahili, Bengali,
# Persian, Urdu. CJK words take no word boundary (their letters are all word characters).
FOREIGN_LICENSE_WORDS = (
    r"许可证|許可證|许可|許可|授权|授權|协议|協議|使用条款|使用條款|版权|版權"
    r"|ライセンス|利用規約|使用許諾|利用条件"
    r"|라이선스|라이센스|이용\s*약관|사용\s*약관|이용\s*조건|사용\s*허가"
    r"|\b(?:lizenz\w*|nutzungsbedingungen|lizenzbedingungen"
    r"|licences?|conditions\s+d['’]utilisation|conditions\s+g[ée]n[ée]rales"
    r"|licencias?|licenciamiento|t[ée]rminos(?:\s+(?:de|y)\s+\w+)*|condiciones\s+de\s+uso"
    r"|licen[çc]as?|licenciamento|termos(?:\s+de\s+\w+)*"
    r"|лицензи\w*|условия\s+использования|пользовательское\s+соглашение"
    r"|ліцензі\w*|лиценц\w*|лиценз|лицензът|licens|licensen|lisens|lisensen|licencija\w*"
    r"|litsents\w*|leseni|lasisi\w*"
    r"|licenz[ae]|termini(?:\s+(?:di|d['’])\s*\w+)*|condizioni\s+d['’]uso"
    r"|gi[ấa]y\s+ph[ée]p|[đd]i[ềe]u\s+kho[ảa]n(?:\s+s[ửu]\s+d[ụu]ng)?"
    r"|lisans\w*|kullan[ıi]m\s+ko[şs]ullar[ıi]"
    r"|licentie\w*|gebruiksvoorwaarden|licencj\w*|warunki\s+u[żz]ytkowania|lisensi)\b"
    r"|الترخيص|الرخصة|ترخيص|شروط\s+الاستخدام|लाइसेंस|লাইসেন্স|مجوز|لائسنس"
)

# A part of a release other than the weights: its code, data, tools, evaluation harness,
# tokenizer, demo or app, prompts and templates (English, then the words most cards use for
# code and data in other languages). A subject naming the model too (`Model evaluation`) is the
# model's: the callers check that apart.
OTHER_COMPONENT = (
    r"\b(?:data(?:sets?)?|corpus|corpora|code(?:base)?|source\s+code|scripts?|software"
    r"|librar(?:y|ies)|packages?|tool(?:s|kits?)?|demos?|spaces?|apps?|applications?|ui|web\s*ui"
    r"|interfaces?|notebooks?|docs|documentation|paper|benchmarks?|harness(?:es)?|evals?"
    r"|evaluation|tokeni[sz]ers?|vocab(?:ular(?:y|ies))?|prompts?|(?:chat\s+)?templates?"
    r"|recipes?|sdks?|clis?|plugins?|extensions?|training\s+framework|inference\s+(?:engine"
    r"|server|runtime)|c[oó]digo|codice|donn[ée]es|datos|dados|dati|daten\w*)\b"
    r"|数据|數據|代码|代碼|コード|データ|코드|데이터|分词器|トークナイザ|토크나이저"
)

_KEY = (
    r"(?:(?:model|weights?)\s+)?(?:licen[cs]e|licensing)(?:\s+type)?"
    r"|terms(?:\s+of\s+(?:use|service))?|" + FOREIGN_LICENSE_WORDS
)
# `License: X`, `**License:** X`, `License — X`, `License - X`, `Licence = X`,
# `License (weights): X`, `许可证：X`: a key, maybe bold, a qualifier, a separator, a value.
LABEL = lazy_pattern(  # possessive runs: a line of many spaces or marks never backtracks
    r"[\s>*+\-]*+(?:\d{1,3}[.)]\s++)?(?:\*\*|__)?+\s*+(?P<key>" + _KEY + r")\s*+(?:\*\*|__)?+"
    r"\s*+(?:\((?P<about>[^()\n]{1,80})\)\s*+)?(?:\*\*|__)?+\s*+"
    r"(?:[:=：]|[—–]|-(?=\s)|->|→)\s*+(?:\*\*|__)?+\s*+(?P<value>\S.*?)\s*",
    re.IGNORECASE,
)

# A key naming the model's commercial use, in the languages cards are written in: a details
# table's row or a label keyed by it (`| Commercial use | No |`, `商用利用：不可`) states a term
# of the model as surely as a License row does.
COMMERCIAL_KEY = (
    r"(?:commercial\s+(?:use|usage|purposes?)|commercial(?:ly)?\s+usable|for\s+commercial"
    r"\s+use|商用利用|商用|商业(?:使用|用途|利用)|商業(?:使用|用途|利用)|상업적\s*(?:이용|사용)"
    r"|kommerzielle\s+(?:nutzung|verwendung)|gewerbliche\s+nutzung|utilisation\s+commerciale"
    r"|usage\s+commercial|uso\s+comercial|uso\s+commerciale)"
)
COMMERCIAL_LABEL = lazy_pattern(  # possessive runs, as LABEL: a line of marks never backtracks
    r"[\s>*+\-]*+(?:\*\*|__)?+\s*+(?P<key>" + COMMERCIAL_KEY + r")\s*+(?:\*\*|__)?+\s*+"
    r"(?:[:=：]|[—–]|-(?=\s))\s*+(?:\*\*|__)?+\s*+(?P<value>\S.*?)\s*",
    re.IGNORECASE,
)

CANONICAL_KEYS = ("license", "license_name", "license_link")

# Characters that show nothing: format characters (zero-width space and joiners, BOM, word
# joiner, bidi controls), soft hyphen, combining grapheme joiner, Hangul fillers, variation
# selectors.
_INVISIBLE = lazy_pattern(
    "[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0]"
)
_SEPARATORS = lazy_pattern(r"[\s\-\u2010-\u2015\u2212]+")
# Cyrillic and Greek letters that look like the Latin ones of the license keys.
_LOOK_ALIKES = str.maketrans("аеіосѕкӏιοκ", "aeiocskliok")


def fold_key(key: str) -> str:
    """The key a person reading the file takes `key` for: invisible characters dropped,
    compatibility forms (fullwidth letters) folded, case ignored, `licence` read as
    `license`, and a space or dash read as the underscore."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", key))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = _SEPARATORS.sub("_", text.strip().strip("\"'").casefold().translate(_LOOK_ALIKES))
    return text.replace("licence", "license")


def shown_key(key: str) -> str:
    """A key as text that shows its invisible characters (`li\\u200bcense`)."""
    return "".join(
        ch if ch.isprintable() and unicodedata.category(ch) != "Cf" else f"\\u{ord(ch):04x}"
        for ch in key
    )
