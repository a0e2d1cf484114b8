"""Provisos in other languages than English that only qualify the clause just before them, for
`terms.foreign`: read with that clause, and unread anywhere else.

End users spared (the English rule: territorial_exclusions/end-users-exempt).
A grant withheld from licensees based in a place, or use banned there, is often followed by a
sentence of its own sparing the people who only use a product built on the model: "ただし、
本モデルを組み込んだ第三者の製品をエンドユーザーとして利用する場合は、この限りでない", "다만,
최종 이용자로서 이용하는 경우에는 그러하지 아니하다", "但最终用户使用第三方产品的除外", "Dies gilt
nicht für Endnutzer", "Cette exclusion ne s'applique pas aux utilisateurs finaux", "Esta
exclusión no se aplica a los usuarios finales", "L'esclusione non riguarda ... come utente finale",
"A exclusão não abrange os usuários finais", "nie dotyczy użytkowników końcowych", "не
распространяется на конечных пользователей". Such a passage, right after the one passage a
territorial clause was read from, exempts end users from that clause (`exempts`), as the
English reader does.

A licensed professional's part, after a ban on medical (legal, financial) advice: the ban
holding even so ("의료인이 감독하거나 최종 확인하는 경우에도 같다", "医師が監修する場合であっても
同様とする", "即使在医生监督下亦同") adds nothing to it (the ban is outright); the ban lifted so
("다만, 의료인이 감독하는 경우에는 그러하지 아니하다", "ただし、医師の監督の下で行う場合は、この
限りでない") leaves only unlicensed practice banned (`unlicensed-professional-practice` beside it,
as the English rule reads "the unlicensed practice of medicine").

Anywhere else (no such clause just before it, or the clause read from several passages) what
a proviso qualifies is unknown, so it stays unread.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_group_counted import group_counted
from auditor.licenses.terms.foreign_hausa_s37s import hausa_end_users
from auditor.licenses.terms.foreign_no_term_north import narrows_a_clause
from auditor.licenses.text.language import Passage, passages_where

if TYPE_CHECKING:
    from auditor.licenses.terms.foreign import ForeignReading

__all__ = ["with_provisos"]

_KEYS = ("excluded_licensee_domiciles", "excluded_use_territories")
_END_USERS = "end-users"
_USES = "use_restrictions"
_ADVICE = frozenset({"medical-advice", "legal-advice", "financial-advice"})
_UNLICENSED = "unlicensed-professional-practice"

# (the proviso's opening or its "does not apply", the end users it names), each language
_END_USER_PROVISOS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "ja": (
        lazy_pattern(
            r"^\s*(?:ただし|但し)[^。]*(?:(?:この|本条の|本項の|前項の|前段の|同項の)?限りで(?:は)?"
            r"(?:ない|ありません|なく)|適用(?:しない|されない|しません|されません)|対象外)"
        ),
        lazy_pattern(r"エンド・?ユーザー?|最終(?:利用者|ユーザー?|消費者)"),
    ),
    "ko": (
        lazy_pattern(
            r"^\s*(?:다만|단)\s*[,，]?[^.。]*(?:그러하지\s*(?:아니하다|아니합니다|않다|않습니다)"
            r"|적용(?:하지|되지)\s*(?:않|아니)|예외로\s*한다|제외(?:한다|됩니다|된다))"
        ),
        lazy_pattern(r"최종\s*(?:사용자|이용자|소비자)|엔드\s*유저"),
    ),
    "zh": (
        lazy_pattern(
            r"^\s*(?:但|但是|然而)[^。]*(?:除外|不在此限|不受此限|不适用|不適用|不受(?:本条|前款|上述)"
            r"(?:规定|規定)?限制)"
        ),
        lazy_pattern(r"最终用户|終端用戶|终端用户|最終用戶|最终使用者|最終使用者"),
    ),
    "de": (
        lazy_pattern(
            r"\b(?:gilt|gelten)\s+nicht\b|\bausgenommen\b|\bnicht\s+betroffen\b|\bunberührt\b",
            re.IGNORECASE,
        ),
        lazy_pattern(r"\bEnd(?:nutzer|kunden|anwender|benutzer)\w*", re.IGNORECASE),
    ),
    "fr": (
        lazy_pattern(
            r"\bne\s+s'applique(?:nt)?\s+pas\b|\bne\s+vise(?:nt)?\s+pas\b|\bne\s+concerne(?:nt)?"
            r"\s+pas\b|\bsont\s+exclus\b|\bne\s+(?:sont|est)\s+pas\s+visés?\b",
            re.IGNORECASE,
        ),
        lazy_pattern(r"\butilisateurs?\s+finaux\b|\butilisateurs?\s+final\b", re.IGNORECASE),
    ),
    # Croatian and its neighbours (a Croatian proviso is often told Czech or Slovak)
    **dict.fromkeys(
        ("hr", "sl", "cs", "sk"),
        (
            lazy_pattern(
                r"\bne\s+odnosi\b|\bne\s+velja\b|\bnevztahuje\b|\bnevzťahuje\b|\bnijsou\s+dotčen\w*"
                r"|\bizuzet\w*|\bvyňat\w*|\bniso\s+omejen\w*|\bnie\s+sú\s+obmedzen\w*",
                re.IGNORECASE,
            ),
            lazy_pattern(
                r"\bkrajnj\w+\s+korisnik\w*|\bkončn\w+\s+uporabnik\w*|\bkoncov\w+\s+(?:uživatel"
                r"|používateľ)\w*",
                re.IGNORECASE,
            ),
        ),
    ),
    "es": (
        lazy_pattern(
            r"\bno\s+se\s+aplica(?:rá|n|rán)?\b|\bno\s+afecta(?:rá|n|rán)?\b|\bquedan\s+exceptuados\b"
            r"|\bno\s+impide(?:rá|n|rán)?\b",  # "no impide ... servicios a usuarios finales"
            re.IGNORECASE,
        ),
        lazy_pattern(r"\busuarios?\s+finales?\b", re.IGNORECASE),
    ),
    "it": (
        lazy_pattern(
            r"\bnon\s+(?:si\s+applica(?:no)?|riguarda(?:no)?|vale|valgono|concerne|tocca)\b"
            r"|\b(?:sono|è)\s+(?:esclus[io]|esentat[io]|fatt[io]\s+salv[io])\b",
            re.IGNORECASE,
        ),
        lazy_pattern(r"\butent[ei]\s+final[ei]\b|\butilizzator[ei]\s+final[ei]\b", re.IGNORECASE),
    ),
    "pt": (
        lazy_pattern(
            r"\bnão\s+se\s+aplica(?:m)?\b|\bnão\s+(?:abrange|atinge|afeta|alcança)(?:m)?\b"
            r"|\bficam\s+ressalvad[oa]s\b",
            re.IGNORECASE,
        ),
        lazy_pattern(r"\b(?:usuários?|utilizadores?|utentes?)\s+finais?\b", re.IGNORECASE),
    ),
    "pl": (
        lazy_pattern(
            r"\bnie\s+(?:dotyczy|obejmuje|stosuje\s+się)\b|\bz\s+wyjątkiem\b", re.IGNORECASE
        ),
        lazy_pattern(r"\b(?:użytkownik\w*|odbiorc\w*)\s+końcow\w*", re.IGNORECASE),
    ),
    "ru": (  # and Kazakh, sometimes told Russian
        lazy_pattern(
            r"\bне\s+(?:распространяется|применяется|касается|затрагивает)\b|\bқолданылмайды\b",
            re.IGNORECASE,
        ),
        lazy_pattern(r"\bконечн\w*\s+пользовател\w*|соңғы\s+пайдаланушы\w*", re.IGNORECASE),
    ),
    # nl, uk, sv, cs: "Artikel 2 geldt niet voor eindgebruikers", "не стосується кінцевих
    # користувачів", "gäller inte slutanvändare", "se nevztahuje na koncové uživatele"
    "nl": (
        lazy_pattern(
            r"\b(?:geldt|gelden|is|zijn)\s+niet\s+(?:van\s+toepassing\s+)?(?:voor|op)\b"
            r"|\bniet\s+van\s+toepassing\b",
            re.IGNORECASE,
        ),
        lazy_pattern(r"\beindgebruiker\w*", re.IGNORECASE),
    ),
    "uk": (  # and Kazakh, often told Ukrainian: "соңғы пайдаланушыларға қолданылмайды"
        lazy_pattern(
            r"не\s+(?:стосується|поширюється|застосовується|охоплюються|охоплюється)"
            r"|\bқолданылмайды\b|\bқатысты\s+емес\b",
            re.IGNORECASE,
        ),
        lazy_pattern(r"кінцев\w*\s+користувач\w*|соңғы\s+пайдаланушы\w*", re.IGNORECASE),
    ),
    "sv": (
        lazy_pattern(r"\b(?:gäller|omfattar)\s+inte\b", re.IGNORECASE),
        lazy_pattern(r"\bslutanvändar\w*", re.IGNORECASE),
    ),
    "cs": (  # and Slovenian, often told Czech: "Končni uporabniki ... niso omejeni"
        lazy_pattern(
            r"\bse\s+nevztahuj\w*|\bneplatí\b|\bne\s+velja\b|\bniso\s+omejen\w*|\bne\s+odnosi\b",
            re.IGNORECASE,
        ),
        lazy_pattern(r"\bkoncov\w*\s+uživatel\w*|\bkončn\w+\s+uporabnik\w*", re.IGNORECASE),
    ),
    # id, ms, vi, th, hi: "Pengguna akhir ... tidak terkena angka ini", "không áp dụng đối với
    # người dùng cuối", "ไม่กระทบสิทธิของผู้ใช้ปลายทาง", "अंतिम उपयोगकर्ताओं पर लागू नहीं"
    **dict.fromkeys(
        ("id", "ms"),
        (
            lazy_pattern(
                r"\btidak\s+(?:terkena|berlaku|mencakup|menjangkau|mempengaruhi|memengaruhi"
                r"|terpakai|meliputi)\b|\bdikecualikan\b",
                re.IGNORECASE,
            ),
            lazy_pattern(r"\bpengguna\s+(?:akhir|hujung)\b", re.IGNORECASE),
        ),
    ),
    "vi": (
        lazy_pattern(
            r"\bkhông\s+(?:áp\s+dụng|ảnh\s+hưởng|bị\s+ảnh\s+hưởng|điều\s+chỉnh)\b|\bngoại\s+trừ\b",
            re.IGNORECASE,
        ),
        lazy_pattern(r"\bngười\s+(?:dùng|sử\s+dụng)\s+cuối\b", re.IGNORECASE),
    ),
    "th": (
        lazy_pattern(unicodedata.normalize("NFKC", r"ไม่กระทบ|ไม่ใช้บังคับ|ไม่มีผล|ยกเว้น")),
        lazy_pattern(unicodedata.normalize("NFKC", r"ผู้ใช้(?:งาน)?ปลายทาง")),
    ),
    "hi": (
        lazy_pattern(r"लागू\s+नहीं|प्रभावित\s+नहीं|छूट|(?:नहीं\s+रोकता|रोकता\s+नहीं|बाधित\s+नहीं)"),
        lazy_pattern(r"अंतिम\s+उपयोगकर्ता|एंड[-\s]?यूज़?र"),
    ),  # ar, he, fa, tr, bn, ur, ta: "لا يسري على المستخدمين النهائيين", "אינו חל על משתמשי קצה",
    # "شامل کاربران نهایی نمی‌شود", "son kullanıcılara uygulanmaz", "চূড়ান্ত ব্যবহারকারীদের
    # ক্ষেত্রে প্রযোজ্য নয়", "آخری صارفین پر لاگو نہیں", "இறுதிப் பயனர்களுக்குப் பொருந்தாது"
    **{
        language: (lazy_pattern(unicodedata.normalize("NFKC", cut)), lazy_pattern(who))
        for language, cut, who in (
            # or, the users not kept from it: "אין בכך כדי למנוע ממשתמשי קצה", "لا يمنع ذلك"
            ("ar", r"لا\s+(?:يسري|ينطبق|يشمل|يمس|يمنع)|مستثنى", r"المستخدم\S*\s+النهائي"),
            (
                "he",
                r"(?:אינו|אינה|לא)\s+(?:חל|חלה|יחול|חלים)|אין\s+(?:בכך|באמור)\s+כדי\s+(?:למנוע|לגרוע)",
                r"משתמש\S*\s+(?:ה)?קצה",
            ),
            (
                "fa",
                r"شامل\s+[^.;]{0,30}?نمی|اعمال\s+نمی|مستثنی|مانع\s+[^.;]{0,30}?نمی",
                r"کاربر\S*\s+نهایی",
            ),
            (
                "tr",
                r"\b(?:uygulanmaz|kapsamaz|etkilemez|hariçtir|engellemez)\b",
                r"\bson\s+kullanıcı\w*",
            ),
            ("bn", r"প্রযোজ্য\s+(?:নয়|হবে\s+না)|বাধা\s+(?:দেয়\s+না|নয়)", r"(?:চূড়ান্ত|শেষ)\s+ব্যবহারকারী"),
            ("ur", r"لاگو\s+نہیں|اطلاق\s+نہیں", r"(?:آخری|حتمی)\s+صارف"),
            ("ta", r"பொருந்தாது|தடுக்காது", r"இறுதி(?:ப்)?\s*பயனர்"),
        )
    },
}


# a licensed professional taking part: supervising, confirming, reviewing, prescribing
_PROFESSIONAL: dict[str, re.Pattern[str]] = {
    "ja": lazy_pattern(
        r"(?:医師|医療従事者|医療専門家|専門家|有資格者|弁護士|薬剤師|資格を有する者)[^。]{0,20}?"
        r"(?:監督|監修|確認|関与|承認|指示|立会|チェック)"
    ),
    "ko": lazy_pattern(
        r"(?:의료인|의사|전문의|의료\s*전문가|전문가|자격(?:을\s*갖춘|\s*있는)\s*\S+|변호사|약사)"
        r"[^.。]{0,20}?(?:감독|확인|검토|관여|참여|승인|지시|감수)"
    ),
    "zh": lazy_pattern(
        r"(?:医生|医师|醫生|醫師|医疗专业人员|醫療專業人員|专业人员|專業人員|律师|律師|执业|執業)"
        r"[^。]{0,20}?(?:监督|監督|确认|確認|审核|審核|参与|參與|指导|指導|批准)"
    ),
}
# the ban holding even so: "the same applies even where ...", "... 경우에도 같다"
_HOLDS: dict[str, re.Pattern[str]] = {
    "ja": lazy_pattern(
        r"(?:場合|とき)(?:で)?(?:あって)?も[、,]?\s*(?:同様|同じ)|であっても[、,]?\s*(?:同様|同じ|禁止)"
    ),
    "ko": lazy_pattern(
        r"경우(?:에)?도\s*(?:같다|같습니다|마찬가지|동일|적용|금지)|(?:하더라도|라도|더라도)\s*"
        r"(?:같다|같습니다|마찬가지|동일|금지)"
    ),
    "zh": lazy_pattern(
        r"(?:即使|即便|纵使|縱使)[^。]{0,40}?"
        r"(?:亦同|也同|同样适用|同樣適用|亦然|也不例外|亦不例外)"
    ),
}
# the ban lifted so: "this does not apply where ..."
_LIFTED: dict[str, re.Pattern[str]] = {
    "ja": lazy_pattern(
        r"限りで(?:は)?(?:ない|ありません|なく)|適用(?:しない|されない|しません|されません)"
    ),
    "ko": lazy_pattern(
        r"그러하지\s*(?:아니하다|아니합니다|않다|않습니다)|적용(?:하지|되지)\s*(?:않|아니)"
        r"|예외로\s*한다|허용(?:된다|됩니다)|(?:할|하는\s*것은)\s*수\s*있"
    ),
    "zh": lazy_pattern(r"除外|不在此限|不受此限|不适用|不適用|可以|允许|允許"),
}


def with_provisos(reading: ForeignReading, text: str) -> ForeignReading:
    """`reading` with each unread proviso read with the clause right before it (module
    docstring); the others stay unread. A cap counting a group: `foreign_group_counted`."""
    reading = group_counted(reading, text)
    if not reading.unread or not any(_kind(p) for p in reading.unread):
        return reading
    order = [(p.line, p.text) for p in passages_where(text, lambda _: True)]
    values, quotes = dict(reading.values), dict(reading.quotes)
    applied: list[Passage] = []
    for proviso in reading.unread:
        kind = _kind(proviso)
        before = _before(proviso, order)
        if kind is None or before is None:
            continue
        if kind == "end-users":
            keys = [k for k in _KEYS if k in values and _spots(quotes.get(k, ())) == {before}]
            for key in keys:
                values[key] = [_exempted(entry) for entry in _entries(values[key])]
        else:
            listed = values.get(_USES)
            tags = [str(t) for t in listed] if isinstance(listed, list) else []
            said = before in _spots(quotes.get(_USES, ()))
            keys = [_USES] if said and _ADVICE & set(tags) else []
            if keys and kind == "lifted":
                values[_USES] = sorted({*tags, _UNLICENSED})
        if not keys:
            continue  # what it qualifies is unknown: it stays unread
        for key in keys:
            quotes[key] = (*quotes[key], proviso)
        applied.append(proviso)
    if not applied:
        return reading
    unread = tuple(p for p in reading.unread if p not in applied)
    return replace(reading, values=values, quotes=quotes, unread=unread)


def _kind(passage: Passage) -> str | None:
    """What a passage qualifies the clause before it with: "end-users" spared, the ban
    "holds" with a professional's part or is "lifted" by it; None for no proviso."""
    language, text = passage.language or "", passage.text
    shapes = _END_USER_PROVISOS.get(language)
    if shapes is not None and shapes[0].search(text) and shapes[1].search(text):
        return "end-users"
    if hausa_end_users(text):  # Hausa, told as any language: `foreign_hausa_s37s`
        return "end-users"
    professional = _PROFESSIONAL.get(language)
    if professional is None or professional.search(text) is None:
        return None
    if _HOLDS[language].search(text):
        return "holds"
    return "lifted" if _LIFTED[language].search(text) else None


def _spots(quoted: Sequence[Passage]) -> set[tuple[int, str]]:
    return {(p.line, p.text) for p in quoted}


_NUMBER_ONLY = lazy_pattern(r"\W*(?:[^\W\d_]{1,10}\.?\s*)?§?\s*\d{1,3}(?:\.\d{1,3})*\W*")


def _before(proviso: Passage, order: Sequence[tuple[int, str]]) -> tuple[int, str] | None:
    """The passage right before the proviso in the text, by its line and words."""
    spot = (proviso.line, proviso.text)
    index = order.index(spot) if spot in order else 0
    # a clause's bare number ("Art. 3.") or "Für die Textmodelle gilt Absatz 1 nicht" between:
    # the clause qualified is before it
    while index > 1 and (
        _NUMBER_ONLY.fullmatch(order[index - 1][1]) or narrows_a_clause(order[index - 1][1])
    ):
        index -= 1
    return order[index - 1] if index > 0 else None


def _entries(value: object) -> list[dict[str, object]]:
    if not isinstance(value, list):
        return []
    return [dict(entry) for entry in value if isinstance(entry, dict)]


def _exempted(entry: dict[str, object]) -> dict[str, object]:
    exempts = entry.get("exempts")
    known = [str(e) for e in exempts] if isinstance(exempts, list) else []
    return {**entry, "exempts": sorted({*known, _END_USERS})}
