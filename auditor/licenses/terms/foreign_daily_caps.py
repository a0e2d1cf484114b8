"""Caps on daily active users in Japanese, Korean, Vietnamese, Indonesian, Turkish and Dutch, for
`foreign_ja.clause_reader` (Chinese: `foreign_zh`): "Nếu số người dùng hoạt động hằng ngày
(DAU) của một sản phẩm vượt quá 1 triệu", "1日あたりのアクティブユーザー数が50万人を超える場合",
"일일 활성 사용자가 100만 명을 넘는 경우", "pengguna aktif harian lebih dari 1 juta", "günlük
aktif kullanıcı sayısı 1 milyonu aşarsa", "meer dan 1 miljoen dagelijkse actieve gebruikers".
The number next to the unit is the cap (`foreign_caps.user_cap`), unit `dau`: the policy judges
it against a stated MAU (at or under it settles it, over 31 times it is over it, between is
unchecked).

A sentence saying only how such a cap is counted, per product or service on its own, with no
number ("Ngưỡng quy mô: tính riêng cho từng sản phẩm", "製品ごとに個別に計算します") states no
term (`is_counted_apart`, for `foreign_no_term`): the cap is read where its number stands.
"""

from __future__ import annotations

import re
import unicodedata

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps import user_cap
from auditor.licenses.terms.foreign_counting_west import (
    APART_WEST,
    DAILY_WEST,
    is_counting_sentence,
)
from auditor.licenses.terms.foreign_cues_ar import ar_pattern
from auditor.licenses.terms.foreign_daily_eur import read_daily_eur
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE

_DAILY: dict[str, re.Pattern[str]] = {
    "ja": lazy_pattern(
        r"(?:1日|一日)(?:あたり|当たり)?の?アクティブ(?:ユーザー?|利用者)|日次アクティブ(?:ユーザー?|利用者)"
        r"|日間アクティブ(?:ユーザー?|利用者)|デイリーアクティブ(?:ユーザー?)?|\bDAU\b"
        # users a day, "active" unsaid: 1日あたりの利用者数, 1日の平均利用者数
        r"|(?:1日|一日)(?:あたり|当たり)?の(?:平均)?(?:利用者|ユーザー)数?"
    ),
    "ko": lazy_pattern(
        r"(?:일일|일간|하루)\s*활성\s*(?:사용자|이용자)|\bDAU\b"
        # users a day, "active" unsaid: 일 평균 이용자 수, 하루 이용자 수
        r"|(?:일일|일간|하루|일\s*평균)\s*(?:평균\s*)?(?:사용자|이용자)\s*수"
    ),
    "vi": lazy_pattern(
        r"\bngười\s+dùng\s+(?:hoạt\s+động|tích\s+cực)\s+(?:hằng|hàng|mỗi)\s+ngày|\bDAU\b", _FLAGS
    ),
    "id": lazy_pattern(
        r"\bpengguna\s+aktif\s+(?:harian|per\s+hari|setiap\s+hari|tiap\s+hari)|\bDAU\b", _FLAGS
    ),
    # ms: "Pengguna Aktif Harian", as in Indonesian
    "ms": lazy_pattern(
        r"\bpengguna\s+aktif\s+(?:harian|sehari|setiap\s+hari|bagi\s+setiap\s+hari)|\bDAU\b", _FLAGS
    ),
    "tr": lazy_pattern(r"\bgünlük\s+aktif\s+kullanıcı\w*|\bDAU\b", _FLAGS),
    # el: "ημερήσιοι ενεργοί χρήστες", "ενεργοί χρήστες ανά ημέρα", "σε οποιαδήποτε ημέρα"
    "el": lazy_pattern(
        r"ημερήσι\w*\s+(?:ενεργ\w*\s+)?χρήστ\w*|χρήστ\w*\s+(?:ανά|την|κάθε)\s+ημέρα"
        r"|(?:σε\s+)?(?:οποιαδήποτε|μία|μια|κάθε)\s+(?:ημερολογιακή\s+)?ημέρα\b[^.;]{0,80}?χρήστ",
        _FLAGS,
    ),
    # es, pt, fr, it, ro: "usuarios activos diarios", "utilizadores ativos por dia",
    # "utilisateurs actifs quotidiens", "utenti attivi al giorno", "utilizatori activi zilnic"
    "es": lazy_pattern(r"\busuarios\s+activos\s+(?:diarios|al\s+día|por\s+día|cada\s+día)", _FLAGS),
    "pt": lazy_pattern(
        r"\b(?:usuários|utilizadores)\s+ativos\s+(?:diários|por\s+dia|ao\s+dia|cada\s+dia)", _FLAGS
    ),
    "fr": lazy_pattern(
        r"\butilisateurs\s+actifs\s+(?:quotidiens|journaliers|par\s+jour|chaque\s+jour)", _FLAGS
    ),
    "it": lazy_pattern(
        r"\butenti\s+attivi\s+(?:giornalieri|quotidiani|al\s+giorno|per\s+giorno|ogni\s+giorno)",
        _FLAGS,
    ),
    "ro": lazy_pattern(r"\butilizatori\s+activi\s+(?:zilnic\w*|pe\s+zi|în\s+fiecare\s+zi)", _FLAGS),
    # sw: "Watumiaji Hai wa Siku", or users on any one day ("katika siku yoyote huduma moja
    # itatumiwa na watu ... zaidi ya 20,000"); ar: "المستخدمين النشطين يومياً"
    "sw": lazy_pattern(
        r"\bwatumiaji\s+(?:hai|amilifu)\s+(?:wa|kwa|kila)\s+siku\b"
        r"|\b(?:katika|kwa)\s+siku\s+(?:yoyote|moja)\b(?=[^.;]{0,80}?\b(?:watu|watumiaji)\b)",
        _FLAGS,
    ),
    # tl: "aktibong gumagamit kada araw", or people on one day ("ginamit ng higit sa 100,000
    # magkakaibang tao sa iisang araw")
    "tl": lazy_pattern(
        r"\b(?:araw-?araw\s+na\s+)?aktibong\s+(?:user|gumagamit|tagagamit)\w*(?:\s+(?:kada|bawat)"
        r"\s+araw)?|\b(?:(?:ka)?tao|gumagamit|user|tagagamit)\w*\s+(?:\w+\s+){0,2}?(?:sa|kada|bawat)\s+"
        r"(?:iisang\s+|isang\s+)?araw\b|\bDAU\b",
        _FLAGS,
    ),
    "ar": ar_pattern(
        r"(?:ال)?مستخدم\w*\s+(?:ال)?نشط\w*\s+(?:يومي|اليومي|في\s+اليوم|كل\s+يوم)"
        r"|(?:في|خلال)\s+(?:[اأ]ي\s+)?يوم\s+(?:واحد)?(?=[^.؛]{0,60}?مستخدم)"
    ),
    "nl": lazy_pattern(
        r"\bdagelijks\w*\s+actiev?e?\s+gebruiker\w*|\bactiev?e?\s+gebruiker\w*\s+per\s+dag\b"
        r"|\bDAU\b",
        _FLAGS,
    ),
    # hi: "दैनिक सक्रिय उपयोगकर्ता", "प्रतिदिन के सक्रिय उपयोगकर्ता"; th: "ผู้ใช้งานรายวัน", "ผู้ใช้ต่อวัน"
    "hi": lazy_pattern(
        r"(?:दैनिक|प्रतिदिन(?:\s+के)?|रोज़?ाना(?:\s+के)?)\s+(?:सक्रिय\s+)?(?:उपयोगकर्ता|यूज़?र)|DAU"
    ),
    "th": lazy_pattern(
        unicodedata.normalize(
            "NFKC",
            r"ผู้ใช้(?:งาน)?(?:ที่)?(?:ใช้งาน|แอคทีฟ|มีการใช้งาน)?(?:อยู่)?\s*(?:รายวัน|ต่อวัน|ในแต่ละวัน"
            r"|ต่อหนึ่งวัน)|DAU",
        )
    ),
}

# counted for each product or service on its own
_APART: dict[str, re.Pattern[str]] = {
    "ja": lazy_pattern(
        r"(?:製品|サービス|アプリ(?:ケーション)?|プロダクト)(?:ごと|毎)に(?:個別に|別々に|それぞれ)?"
        r"(?:計算|算定|カウント|集計)"
    ),
    "ko": lazy_pattern(
        r"(?:제품|서비스|앱|애플리케이션)\s*(?:별로|마다)\s*(?:각각|따로|별도로|개별적으로)?\s*"
        r"(?:산정|계산|집계)"
    ),
    "vi": lazy_pattern(
        r"\btính\s+riêng\s+(?:cho\s+)?(?:từng|mỗi)\s+(?:sản\s+phẩm|dịch\s+vụ|ứng\s+dụng)"
        r"|\b(?:từng|mỗi)\s+(?:sản\s+phẩm|dịch\s+vụ|ứng\s+dụng)\s+(?:được\s+)?tính\s+riêng",
        _FLAGS,
    ),
    "id": lazy_pattern(
        r"\bdihitung\s+(?:secara\s+)?(?:terpisah|sendiri-sendiri|tersendiri)\s+(?:untuk\s+)?"
        r"(?:setiap|masing-masing|tiap)\s+(?:produk|layanan|aplikasi)",
        _FLAGS,
    ),
    # sw: "Kila huduma inahesabiwa peke yake"; ar: "لكل منتج أو خدمة على حدة"
    "sw": lazy_pattern(
        r"\bkila\s+(?:huduma|bidhaa|programu)\s+(?:\w+\s+){0,4}?(?:inahesabiwa|huhesabiwa)\s+"
        r"(?:peke\s+yake|kivyake|kando)",
        _FLAGS,
    ),
    "ar": ar_pattern(
        r"(?:[يت]حسب|[يت]حتسب|[يت]عد)[^.؛]{0,60}?لكل\s+(?:منتج|خدمة|تطبيق)[^.؛]{0,30}?"
        r"(?:على\s+حد[ةه]|بمفرده|منفرد|مستقل|بشكل\s+منفصل)"
    ),
    # es, pt, fr, it, ro: "cada aplicación se cuenta por separado", "chaque application est
    # comptée à part", "ogni applicazione è considerata a sé", "fiecare aplicație separat"
    "es": lazy_pattern(
        r"\bcada\s+(?:aplicación|producto|servicio)\s+(?:\w+\s+){0,2}?(?:por\s+separado|aparte"
        r"|individualmente|de\s+forma\s+independiente)",
        _FLAGS,
    ),
    "pt": lazy_pattern(
        r"\bcada\s+(?:aplicação|aplicativo|produto|serviço)\s+(?:\w+\s+){0,2}?(?:separadamente"
        r"|à\s+parte|isoladamente|individualmente|de\s+forma\s+independente)",
        _FLAGS,
    ),
    "fr": lazy_pattern(
        r"\bchaque\s+(?:application|produit|service)\s+(?:\w+\s+){0,2}?(?:séparément|à\s+part"
        r"|isolément|individuellement|distinctement|pour\s+elle-même|pour\s+lui-même)",
        _FLAGS,
    ),
    "it": lazy_pattern(
        r"\b(?:ogni|ciascun[ao]?)\s+(?:applicazione|prodotto|servizio)\s+(?:\w+\s+){0,2}?"
        r"(?:a\s+sé|separatamente|singolarmente|individualmente|autonomamente)",
        _FLAGS,
    ),
    "ro": lazy_pattern(
        r"\bfiecare\s+(?:aplica[țţ]ie|produs|serviciu)\s+(?:\w+\s+){0,2}?(?:separat|individual"
        r"|în\s+parte)",
        _FLAGS,
    ),
    "tr": lazy_pattern(
        r"\bher\s+(?:bir\s+)?(?:ürün|hizmet|uygulama)\w*\s+(?:için\s+)?ayrı(?:\s+ayrı)?\s+"
        r"(?:hesaplanır|sayılır|belirlenir)",
        _FLAGS,
    ),
    "nl": lazy_pattern(
        r"\bper\s+(?:product|dienst|toepassing|app)\s+(?:afzonderlijk\s+)?(?:berekend|geteld"
        r"|bepaald)"
        # the users of other products or of affiliates do not count: "tellen niet mee"
        r"|\b(?:producten|diensten|ondernemingen)\b[^.;]{0,80}?\b(?:tellen\s+niet\s+mee|worden\s+niet"
        r"\s+(?:meegeteld|opgeteld|samengeteld))",
        _FLAGS,
    ),
    # de, pl, ru, uk, sv, cs: "Jedes Produkt wird für sich betrachtet", "je Produkt gesondert
    # gezählt", "dla każdego produktu osobno", "по каждому продукту отдельно", "varje produkt
    # för sig", "pro každý produkt zvlášť"; and other products not counted with it
    "de": lazy_pattern(
        r"\b(?:jedes|jeder|jede)\s+(?:Produkt|Dienst|Anwendung|App)\w*\s+(?:wird|werden)\s+"
        r"(?:für\s+sich|gesondert|getrennt|einzeln|separat)\s+(?:betrachtet|gezählt|berechnet"
        r"|ermittelt|beurteilt)|\b(?:je|pro)\s+(?:Produkt|Dienst|Anwendung)\s+(?:gesondert|getrennt"
        r"|einzeln|separat)\s+(?:gezählt|berechnet|ermittelt)|\b(?:Produkte|Dienste|Unternehmen)"
        r"\b[^.;]{0,80}?\b(?:zählen\s+nicht\s+mit|werden\s+nicht\s+(?:mitgezählt|hinzugerechnet"
        r"|zusammengerechnet|addiert))",
        _FLAGS,
    ),
    "pl": lazy_pattern(
        r"\b(?:dla|w)\s+(?:każdego|każdym)\s+(?:produkt|usług|aplikacj)\w*\s+(?:osobno|oddzielnie"
        r"|odrębnie)|\b(?:osobno|oddzielnie|odrębnie)\s+dla\s+każdego\s+(?:produkt|usług)\w*"
        r"|\bkażd\w*\s+(?:produkt|usług|aplikacj)\w*[^.;]{0,40}?\b(?:osobno|oddzielnie|odrębnie"
        r"|samodzielnie)\b"
        r"|\b(?:użytkowni|produkt|usług|podmiot)\w*[^.;]{0,80}?\bnie\s+(?:wlicza\s+się|sumuje\s+się"
        r"|są\s+(?:wliczan|sumowan)\w*)",
        _FLAGS,
    ),
    "ru": lazy_pattern(
        r"(?:по|для)\s+каждо\w+\s+(?:продукт|сервис|услуг|приложени)\w*\s+(?:отдельно|раздельно"
        r"|самостоятельно)|(?:каждый|всеки)\s+(?:продукт|сервис|приложени)\w*[^.;]{0,40}?(?:отдельно"
        r"|раздельно|самостоятельно|отделно)|(?:пользовател|продукт|сервис|лиц)\w*[^.;]{0,80}?не\s+(?:учитыва"
        r"|суммиру|складыва)\w*",
        _FLAGS,
    ),
    "uk": lazy_pattern(
        r"(?:по|для)\s+кожно\w+\s+(?:продукт|сервіс|послуг|застосунк)\w*\s+(?:окремо|самостійно)"
        r"|кож(?:ен|ний)\s+(?:продукт|сервіс|застосунок)\w*[^.;]{0,40}?(?:окремо|самостійно)"
        r"|(?:користувач|продукт|сервіс|ос[іо]б)\w*[^.;]{0,80}?не\s+(?:враховую|сумую|додаю)\w*",
        _FLAGS,
    ),
    "sv": lazy_pattern(
        r"\b(?:varje|för\s+varje)\s+(?:produkt|tjänst|applikation)\w*\s+(?:räknas\s+)?(?:för\s+sig"
        r"|separat|var\s+för\s+sig)|\bräknas\s+(?:separat|för\s+sig)\s+(?:för\s+)?(?:varje|per)"
        r"\s+(?:produkt|tjänst)",
        _FLAGS,
    ),
    "cs": lazy_pattern(
        r"\b(?:pro|u)\s+každ\w+\s+(?:produkt|služb|aplikac)\w*\s+(?:zvlášť|samostatně|odděleně)"
        r"|\bkažd\w*\s+(?:produkt|služb|aplikac)\w*[^.;]{0,40}?\b(?:zvlášť|samostatně|odděleně)"
        r"|\b(?:uživatel|produkt|služb|osob)\w*[^.;]{0,80}?\b(?:nezapočítáva\w*|nesčítaj\w*)",
        _FLAGS,
    ),
    # sk, hr (sr, bs), bg, lt: "každý produkt sa posudzuje samostatne", "svaki proizvod računa se
    # zasebno", "всеки продукт се разглежда отделно", "kiekvienas produktas vertinamas atskirai"
    "sk": lazy_pattern(
        r"\bkažd\w*\s+(?:produkt|služb|aplikáci)\w*[^.;]{0,40}?\b(?:samostatne|osobitne|oddelene"
        r"|zvlášť)\b",
        _FLAGS,
    ),
    "hr": lazy_pattern(
        r"\bsvak\w*\s+(?:proizvod|uslug|aplikacij)\w*[^.;]{0,40}?\b(?:zasebno|odvojeno|posebno"
        r"|samostalno)\b",
        _FLAGS,
    ),
    "bg": lazy_pattern(
        r"\bвсек\w*\s+(?:продукт|услуг|приложени)\w*[^.;]{0,40}?(?:отделно|самостоятелно)",
        _FLAGS,
    ),
    "lt": lazy_pattern(
        r"\bkiekvien\w*\s+(?:produkt|paslaug|program)\w*[^.;]{0,40}?\b(?:atskirai|savarankiškai)\b",
        _FLAGS,
    ),
    # hi: "हर उत्पाद की गिनती अलग होती है"; th: "นับแยกแอปละหนึ่งยอด", "นับแยกตามผลิตภัณฑ์"
    "hi": lazy_pattern(
        r"(?:हर|प्रत्येक)\s+(?:उत्पाद|सेवा|ऐप|एप्लिकेशन)\S*\s+(?:की|के|का)\s+(?:गिनती|गणना)\s+"
        r"(?:अलग|पृथक)"
    ),
    "th": lazy_pattern(
        r"นับแยก(?:กัน)?(?:ตาม|แต่ละ|เป็นราย)?\s*(?:แอป|แอปพลิเคชัน|ผลิตภัณฑ์|บริการ)"
        r"|(?:แอป|ผลิตภัณฑ์|บริการ)ละ(?:หนึ่ง)?ยอด|แยกนับ(?:แต่ละ|ตาม)?(?:แอป|ผลิตภัณฑ์|บริการ)"
    ),
}
# fa, he, bn, ur, ta: daily users; ar, he, fa, tr, hi, bn, ur, ta: counted apart, or others not
# added (`foreign_counting_west`; a word of counting must stand in the sentence)
_DAILY.update(DAILY_WEST)
_APART.update(
    {
        language: lazy_pattern(
            f"{_APART[language].pattern}|{pattern.pattern}"
            if language in _APART
            else pattern.pattern,
            _FLAGS,
        )
        for language, pattern in APART_WEST.items()
    }
)
# a number, not a digit in a name ("Mali-4B", "model-7B")
_NUMBER = lazy_pattern(
    r"(?<![\w-])\d(?![\w.,]*[A-Za-z])|triệu|nghìn|juta|milyon|miljoen|万|億|만|억|लाख|ล้าน"
)


def read_daily_caps(language: str | None, text: str) -> list[Clause]:
    """`user_threshold` with unit `dau` when a passage caps daily active users by a number."""
    unit = _DAILY.get(language or "")
    if unit is None or unit.search(text) is None:
        return read_daily_eur(language, text)  # European: the users of any one day
    count = user_cap(text, unit)
    return [] if count is None else [Clause("user_threshold", {"count": count, "unit": "dau"})]


def is_counted_apart(language: str | None, text: str) -> bool:
    """Whether a passage only says a cap is counted per product or service, with no number."""
    apart = _APART.get(language or "")
    text = _SECTION.sub("", text)  # "§ 2 Jedes Produkt ...": the section's number is no cap
    if language in APART_WEST and not is_counting_sentence(text):
        return False  # "a separate copy with each product": no counting rule
    return apart is not None and apart.search(text) is not None and not _NUMBER.search(text)


_SECTION = lazy_pattern(
    r"^\W{0,3}(?:§\s*|Art(?:ikel|\.)?\s*)?\d{1,3}(?:\.\d{1,3})*[.)]?\s+", _FLAGS
)
