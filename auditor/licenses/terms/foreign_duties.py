"""Credit duties in Korean, Polish, Turkish, Vietnamese, Arabic, Russian, Indonesian, Dutch,
Portuguese, Spanish, Italian, French and German license texts, and warranty disclaimers
(Chinese and Japanese have their own readers: `foreign_zh`, `foreign_ja`).

A credit duty is read as `attribution_required`: the licensee must show a credit to the licensor
("Built on ..." on a service's page), or keep the copyright notice and the license text in the
copies it passes on (표시하여야 합니다; należy zachować informację o prawach autorskich;
"... ibaresini belirtmelisiniz"; phải giữ nguyên thông báo bản quyền; يجب الإبقاء على إشعار
حقوق النشر). Each shape is an obligation word together with a credit or notice word in the
same sentence.

A warranty disclaimer ("provided as is, without any warranty") states no term of use: the
passage is read and adds nothing (`is_disclaimer`), as the English rules leave such a
sentence aside; in every language above, and in Chinese and Japanese ("按“原样”提供，不附带任何
担保", "現状のまま提供され、いかなる保証も行いません").
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues_ar import ar_pattern
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE
_S = r"[^.;!?]"  # a character of the same sentence


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, _FLAGS)


def _either(duty: str, credit: str, span: int = 80) -> str:
    """A duty word and a credit word within one sentence, in either order."""
    return f"(?:{duty}){_S}{{0,{span}}}?(?:{credit})|(?:{credit}){_S}{{0,{span}}}?(?:{duty})"


# tr: this licence or text, its copy; and an act keeping it with copies (affirmative forms
# only: a Turkish negation is a suffix, "eklemeyin")
_TR_TEXT = (
    r"(?:\b(?:bu|işbu)\s+(?:lisans|metin|metn|sözleşme|koşul)\w*"
    r"|\blisans(?:ın|ı)?\s+(?:bir\s+)?(?:metn|kopyas|suret|nüshas)\w*)"
)
_TR_KEEP = (
    r"\b(?:(?:muhafaza|dahil|ilave)\s+(?:edin|ediniz|etmelisiniz|etmeniz\s+gerek\w*|edilmeli\w*)"
    r"|ekleyin\w*|eklemelisiniz|eklenmeli\w*|koruyun\w*|korumalısınız|korunmalı\w*"
    r"|bulundurun\w*|bulundurmalısınız|bulundurulmalı\w*|saklayın\w*|yer\s+verin\w*"
    r"|iletin\w*|birlikte\s+(?:verin|sunun|dağıtın)\w*"
    r"|(?:yanında|beraberinde)\s+(?:verin|sunun|dağıtın|iletin|bulundurun)\w*)"
)
# nl: this licence or its text, a copy of it; and an act keeping it with copies
_NL_TEXT = (
    r"(?:\b(?:deze|de|dit)\s+(?:licentie\w*|tekst|voorwaarden|licentievoorwaarden)\b"
    r"|\b(?:een\s+)?(?:kopie|afschrift|exemplaar)\s+van\s+(?:deze|de)\s+licentie\w*)"
)
_NL_KEEP = (
    r"\b(?:voeg\w*|toe\s*(?:te\s+)?voeg\w*|toegevoegd|bijvoeg\w*|bijgevoegd|voegt|lever\w*"
    r"|meegeleverd|mee\s*(?:te\s+)?lever\w*|neem\w*|opnemen|opgenomen|bevat\w*|behoud\w*"
    r"|bewaar\w*|handhaaf\w*|houd\w*|vergezeld)\b"
)
_TR_COPIES = (
    rf"|\b(?:kopya|nüsha|dağıt)\w*{_S}{{0,60}}?{_TR_TEXT}{_S}{{0,30}}?{_TR_KEEP}"
    rf"|{_TR_TEXT}{_S}{{0,30}}?\b(?:kopya|nüsha)\w*{_S}{{0,30}}?{_TR_KEEP}"
)
_NL_COPIES = (
    rf"|(?:^|(?<=[.;!?]))(?!{_S}*\b(?:niet|geen|hoeft|hoeven)\b)"
    rf"(?={_S}*\b(?:kopie\w*|exempla\w*|versprei\w*|distribu\w*|doorge\w*)\b)"
    rf"(?:{_S}*?{_NL_TEXT}{_S}{{0,60}}?{_NL_KEEP}|{_S}*?{_NL_KEEP}{_S}{{0,60}}?{_NL_TEXT})"
)

_CREDIT: dict[str, re.Pattern[str]] = {
    "ko": _re(
        r"인용\s*(?:하여야|해야|하셔야|할\s*것|하십시오|하여\s*주십시오)|(?:출처|크레딧|저작자|저작권\s*(?:표시|고지|문구)|\"[^\"]{1,60}\""
        # a copy of the licence or terms to give with the model: 본 약관의 사본을 함께 제공
        r"|(?:라이선스|라이센스|약관)\s*(?:의\s*)?(?:문구|사본|전문)"
        # the copies first: 배포하는 사본에는 이 라이선스를 포함하여야 한다
        r"|(?:사본|복제물|복제본|배포물)(?:에는|에|마다)\s*(?:이|본|해당)?\s*(?:라이선스|라이센스|약관)"
        r"|“[^”]{1,60}”)[^.。]{0,80}?(?:표시|표기|명시|고지|기재|유지|포함|제공|첨부|동봉)\s*"
        r"(?:하여야|해야|하셔야"
        r"|할\s*것|하십시오|하여\s*주십시오|되어야)"
    ),
    "pl": _re(
        _either(
            r"\b(?:należy|musi\w*|muszą|zobowiązan\w*|trzeba|wymaga\w*|obowiązek|powinien|powinna"
            # the present tense of a placing verb binds in Polish drafting ("umieszcza ...")
            r"|umieszcza\w*|umieści\w*|zamieszcza\w*|zamieści\w*|podaje|poda\w*|wyświetla\w*)\b",
            r"\binformacj\w*\s+o\s+prawach\s+autorskich|\bprawach\s+autorskich|\bautorstw\w*"
            # a credit line shown in plain view, or quoted: "w widocznym miejscu", "napis: „...”"
            r"|\bw\s+(?:widocznym|dobrze\s+widocznym|eksponowanym)\s+miejscu"
            r"|\b(?:informacj|napis|adnotacj|wzmiank|notk)\w*\s*:?\s*[\"„“«]"
            r"|\b(?:uznani\w*|wskaza\w*|oznacz\w*)\s+(?:autor|źródł|licencjodawc)\w*"
            r"|\b(?:zachowa\w*|dołącz\w*)\s+(?:\w+\s+){0,3}?treś\w*\s+(?:niniejszej\s+)?licencji"
            r"|\bcytowa\w*|\bzacytowa\w*",
        )
        # copies carry the license's text, the present tense binding: "Kopie Modelu
        # przekazywane dalej zawierają treść niniejszej licencji"
        + r"|\bkopi\w*[^.;]{0,60}?\b(?:zawiera\w*|opatr\w*|zaopatr\w*)\s+(?:\w+\s+){0,2}?"
        r"(?:treś\w*|tekst\w*|kopi\w*)\s+(?:niniejszej\s+|tej\s+|tejże\s+)?licencji"
        # copies go with this text, as a condition: "jeśli dołączysz do niej ten tekst"
        r"|\bdołącz\w*\b[^.;]{0,30}?\b(?:ten|tego|tę|niniejsz\w*)\s+(?:tekst\w*|licencj\w*"
        r"|warunk\w*)"
    ),
    "pt": _re(
        _either(
            r"\b(?:deve|devem|deverá|deverão|tem\s+de|têm\s+de|tem\s+que|têm\s+que"
            r"|é\s+obrigatóri\w*|obriga-se|obrigam-se|compromete-se)\b",
            r"\bindica\w*\s+(?:\w+\s+){0,5}?como\s+(?:autor|autora|fonte|titular)\b|\bautoria\b"
            r"|\b(?:dar|conceder|atribuir|incluir|indicar)\s+(?:os\s+|o\s+)?créditos?"
            r"|\bmen(?:ção|cionar)\s+(?:a\s+|o\s+|à\s+|ao\s+)?(?:autor|fonte|licenciante|origem)"
            r"|\bcitar\s+(?:a\s+|o\s+)?(?:fonte|autor)|\baviso\w*\s+de\s+(?:direitos|copyright)"
            r"|\bcit(?:ar|em|ação|ações)\b"
            r"|\btexto\s+(?:desta|da\s+presente|da)\s+licença",
        )
        # whoever passes copies on keeps this text, the present tense binding: "Quem redistribuir
        # o modelo mantém este texto"
        + r"|\b(?:quem|aquele\s+que)\s+(?:redistribu|distribu|partilh|compartilh)\w*[^.;]{0,60}?"
        r"\b(?:mantém|mantêm|conserva|inclui|anexa|acompanha)\s+(?:este|esta|o\s+presente|a\s+presente)"
        r"\s+(?:texto|licença|aviso)"
    ),
    "es": _re(
        _either(
            r"\b(?:debe|deben|deberá|deberán|tiene\s+que|tienen\s+que|está\s+obligad\w*"
            r"|están\s+obligad\w*|se\s+obliga\w*)\b",
            r"\bindica\w*\s+(?:\w+\s+){0,5}?como\s+(?:autor|autora|fuente|titular)\b|\bautoría\b"
            r"|\b(?:dar|otorgar|atribuir|incluir|indicar)\s+(?:los\s+|el\s+)?créditos?"
            r"|\bmenci(?:ón|onar)\s+(?:a\s+|al\s+|la\s+|el\s+)?(?:autor|fuente|licenciante|origen)"
            r"|\bcitar\s+(?:la\s+|el\s+|al\s+)?(?:fuente|autor)|\baviso\w*\s+de\s+(?:derechos|copyright)"
            r"|\bcit(?:ar|en|arse|ación|aciones)\b"
            r"|\btexto\s+de\s+(?:esta|la\s+presente|la)\s+licencia",
        )
    ),
    "it": _re(
        _either(
            r"\b(?:deve|devono|dovrà|dovranno|è\s+tenut\w*|sono\s+tenut\w*|obbligat\w*)\b",
            r"\bindica\w*\s+(?:\w+\s+){0,5}?come\s+(?:autor\w*|fonte|titolare)\b|\bpaternità\b"
            r"|\bmenzion\w*\s+(?:l'|il\s+|la\s+)?(?:autor\w*|fonte|licenziante)"
            r"|\bcitare\b|\bcitat[oaie]\b|\bcitazion[ei]\b|\bavvis\w*\s+(?:di\s+)?(?:copyright"
            r"|diritto\s+d'autore)|\btesto\s+della\s+(?:presente\s+)?licenza",
        )
        # whoever passes copies on attaches this licence, the present tense binding: "Chi
        # distribuisce il Modello vi allega una copia di questa licenza"
        + r"|\bchi\s+(?:ri)?distribuisc\w*[^.;]{0,60}?\b(?:allega|include|mantiene|conserva"
        r"|accompagna|fornisce)\b[^.;]{0,30}?\b(?:copia\s+(?:di\s+|della\s+)?(?:questa|presente)"
        r"\s+licenza|questo\s+testo|la\s+presente\s+licenza)"
    ),
    "fr": _re(
        _either(
            r"\b(?:doit|doivent|devra|devront|est\s+tenue?s?|sont\s+tenue?s?|s'engage\w*)\b",
            r"\bmention\w*\s+(?:de\s+)?(?:l'auteur|la\s+source|la\s+paternité|du\s+copyright"
            r"|des\s+droits\s+d'auteur)|\bciter\b|\bcitée?s?\b|\bcitation\b|\bpaternité\b"
            r"|\bindiqu\w*\s+(?:\w+\s+){0,5}?comme\s+(?:auteur|source)\b"
            r"|\bavis\s+de\s+(?:droits?\s+d'auteur|copyright)|\btexte\s+de\s+(?:la\s+)?"
            r"(?:présente\s+)?licence",
        )
        # copies go with the license's text, the present tense binding in French drafting:
        # "Chaque copie diffusée du modèle est accompagnée du présent texte"
        + r"|\b(?:est|sont|doit\s+être|doivent\s+être)\s+accompagnée?s?\s+(?:d'une\s+copie\s+)?"
        r"(?:du|de\s+la)\s+(?:présent\s+texte|présente\s+licence|texte\s+de\s+(?:la\s+)?"
        r"(?:présente\s+)?licence)"
    ),
    "de": _re(
        _either(
            r"\b(?:muss|müssen|verpflichtet|anzugeben|beizufügen|zu\s+nennen|zu\s+erhalten)\b",
            r"\bUrheber\w*(?:vermerk|hinweis|nennung|bezeichnung)\w*|\bNamensnennung"
            r"|\bQuellenangabe|\bLizenztext\w*|\bals\s+(?:Urheber|Quelle)\b"
            r"|\bCopyright-?(?:Vermerk|Hinweis)\w*|\bzitier\w*",
        )
        # passing copies on only together with the license's text: "Weitergabe erlaubt, nur
        # zusammen mit diesem Text", "nur mit beigefügter Lizenz"
        + r"|\bnur\s+(?:zusammen\s+mit|mit|unter\s+Beifügung)\s+"
        r"(?:diese[mrs]?|de[mr]|beigefügte[mr]?)\s+(?:Text|Lizenz\w*|Nutzungsbedingungen|Bedingungen)\b"
        # the present tense binding: "Wer das Modell weitergibt, legt diese Lizenz bei"
        r"|\b(?:legt|fügt)\b[^.;]{0,40}?\b(?:diese[nrs]?|die|den)\s+(?:Lizenz\w*|Lizenztext\w*"
        r"|Nutzungsbedingungen|Bedingungen|Text)\s+bei\b"
    ),
    "tr": _re(
        _either(
            r"(?:meli\w*|malı\w*|zorunlu\w*|gerek\w*|şarttır|yükümlü\w*)",
            r"\batıf\w*|\bibare\w*|\btelif\s+hakk\w*|\bkaynak\s+göster\w*|\blisans\s+metn\w*"
            r"|(?:\"[^\"]{1,60}\"|“[^”]{1,60}”)\s*(?:ifade|yazı|not|metn)\w*",
        )
        # copies carry this text, the imperative binding: "Dağıttığınız kopyalarda bu metni
        # muhafaza edin", "Her kopyaya bu lisansın bir suretini ekleyin" (never "eklemeyin")
        + _TR_COPIES
    ),
    "vi": _re(
        _either(
            r"\b(?:phải|cần|có\s+nghĩa\s+vụ|bắt\s+buộc)\b",
            r"thông\s+báo\s+bản\s+quyền|ghi\s+(?:rõ\s+)?nguồn|ghi\s+công|trích\s+dẫn"
            r"|ghi\s+nhận\s+tác\s+giả|(?:giữ|kèm|đính\s+kèm)(?:\s+theo)?\s+(?:nguyên\s+)?"
            # the licence's full text kept with copies: "phải kèm theo toàn văn giấy phép này"
            r"(?:(?:toàn\s+văn|nội\s+dung|bản\s+sao|văn\s+bản)\s+(?:của\s+)?)?giấy\s+phép",
        )
    ),
    "ar": ar_pattern(
        _either(
            # or the imperative "attach" ("أرفق هذه الشروط بكل نسخة توزعها")
            r"(?:يجب|يلزم|عليك|ينبغي|يتعين|يشترط|(?<!لا\s)(?<!ولا\s)[اأ]رفق)",
            r"(?:[اإ]شعار\s+(?:حقوق|ال?ملكية|الترخيص)|حقوق\s+(?:النشر|الطبع|التأليف)|نسب\s+"
            # the licence's text attached to copies: "يجب إرفاق نص هذا الترخيص بكل نسخة"
            # (this licence: "هذا الترخيص", "هذه الرخصة"; a copy of it: "نسخة من هذه الرخصة")
            r"|ذكر\s+المصدر|(?:نص|نسخة\s+من)\s+(?:هذ[اه]\s+)?(?:ال)?(?:ترخيص|رخصة|اتفاقية)"
            r"|(?:ال)?(?:شروط|ترخيص|رخصة|اتفاقية)\S*\s+(?:ب|مع)\S*\s*(?:كل\s+)?نسخ)",
        )
    ),
    "ru": _re(
        _either(
            r"\b(?:должн\w*|обязан\w*|необходимо|следует|требуется)\b",
            r"\bуведомлени\w*\s+об\s+авторск\w*|\bавторств\w*|\bуказ\w*\s+(?:источник|автор)\w*"
            r"|\bссылк\w*\s+на\s+(?:источник|автор|модел|правообладател|стать|публикаци|работ)"
            r"|\bтекст\w*\s+лицензи\w*|\bцитир\w*|\bпроцитир\w*",
        )
    ),
    "id": _re(
        _either(
            r"\b(?:harus|wajib|diwajibkan|perlu)\b",
            r"\bpemberitahuan\s+hak\s+cipta|\bhak\s+cipta|\batribusi|\bmencantumkan\s+sumber"
            r"|\bteks\s+lisensi|\bsitasi\b|\bmengutip\b|\bdikutip\b|\bkutipan\b",
        )
    ),
    "nl": _re(
        _either(
            r"\b(?:moet\w*|dient|verplicht\w*|vereist)\b",
            r"\bauteursrechtvermelding|\bnaamsvermelding|\bbronvermelding|\blicentietekst"
            r"|\bciteren\b|\bgeciteerd\b|\bcitatie\b",
        )
        # copies carry this licence, the imperative or the present tense binding: "Voeg deze
        # licentie toe aan elke kopie die u verspreidt", "Neem de licentietekst op in iedere
        # kopie", "Elk exemplaar bevat een afschrift van deze licentie" (never with "niet")
        + _NL_COPIES
    ),
}

_DISCLAIMER = _re(
    "|".join(
        (
            r"[„\"“']?tak,?\s+jak\s+jest|\bbez\s+(?:jakichkolwiek\s+|żadnych\s+)?gwarancji",
            r"\bolduğu\s+gibi\b|\bhiçbir\s+(?:garanti|teminat)",
            # vi: "as is" ("nguyên trạng", "theo hiện trạng", "như hiện có"); no warranty given or
            # attached ("không kèm bất kỳ bảo đảm nào", "không đưa ra bất kỳ bảo hành nào")
            r"\bnguyên\s+trạng\b|\btheo\s+hiện\s+trạng\b|\bnhư\s+(?:hiện\s+có|vốn\s+có)\b"
            r"|\bkhông\s+(?:có\s+|kèm(?:\s+theo)?\s+|đi\s+kèm\s+|đưa\s+ra\s+|cung\s+cấp\s+)?"
            r"(?:bất\s+k[ỳì]\s+|mọi\s+|một\s+)?(?:sự\s+)?(?:bảo\s+đảm|đảm\s+bảo|bảo\s+hành)",
            r"있는\s*그대로|어떠한\s*(?:보증|보장)|보증\s*없이",
            r"\bкак\s+есть\b|\bбез\s+(?:каких-либо|каких\s+бы\s+то\s+ни\s+было)\s+гаранти"
            r"|\bне\s+(?:предоставляет|даёт|дает)\s+(?:никаких|каких-либо)\s+гаранти",
            r"\bnie\s+(?:udziela|daje|zapewnia|przyjmuje)\w*\s+(?:żadnych|jakichkolwiek)\s+"
            r"gwarancji|\bbez\s+(?:jakýchkoli|jakékoli|jakýchkoliv)\s+záruk|\btak,?\s+jak\s+je\b"
            r"|\b(?:neposkytuje|nedává)\s+(?:žádné|jakékoli)\s+záruk\w*",
            r"\bsebagaimana\s+adanya\b|\btanpa\s+jaminan",
            r"\bzoals\s+(?:het\s+)?is\b|\bzonder\s+(?:enige\s+)?garantie"
            r"|\b(?:geeft|biedt|verleent)\s+(?:\w+\s+)?geen\s+(?:enkele\s+)?garantie",
            r"\bohne\s+(?:jede|jegliche|irgendeine)?\s*Gewähr\w*|\bwie\s+(?:besehen|es\s+ist|sie"
            r"\s+ist|er\s+ist)\b|\bkeine\s+Gewährleistung",
            r"\b(?:en\s+l'état|tel\s+quel(?:le)?s?)\b|\bsans\s+(?:aucune\s+)?garantie",
            r"\b(?:tal\s+cual|tal\s+como\s+está)\b|\bsin\s+(?:ninguna\s+|ningún\s+tipo\s+de\s+)?"
            r"garantía",
            r"\bcosì\s+com'è\b|\bsenza\s+(?:alcuna\s+|nessuna\s+)?garanzi\w*",
            r"\bno\s+estado\s+em\s+que\s+se\s+encontra|\bsem\s+(?:qualquer\s+|nenhuma\s+)?garantia",
            r"現状のまま|現状有姿|現状で提供|(?:いかなる|一切の)[^。]{0,12}?保証|保証(?:も)?(?:なく|しません"
            r"|いたしません|を行いません|を行わない|するものではありません)",
            r"按\W?原样\W?|(?:不|未|并不)(?:附带|提供|作出|做出|承担)?任何[^。；]{0,10}?(?:担保|保证)"
            r"|不(?:作|提供)(?:任何)?(?:担保|保证)",
        )
    )
)
_AR_DISCLAIMER = ar_pattern(r"كما\s+هو|(?:دون|بدون|من\s+غير)\s+(?:[اأ]ي\s+)?ضمان")
# a disclaimer that also speaks of commercial use or of a permission is a term: not set aside
_TERM_WORDS = _re(
    r"komercyjn|ticar|thương\s+mại|상업|영리|коммерческ|komersial|commercie|zgod|izin|đồng\s+ý"
    r"|동의|허락|kommerziell|gewerblich|commercia(?!bilit)|comercia(?!bilid)|Erlaubnis|Genehmigung|autoris|autoriz"
    r"|商用|商业|商業|営利|营利|許諾|许可|授权|同意"
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
