"""Grants in languages no cue table of `foreign` reads: the Celtic and Iberian minority
languages, Belarusian, the Caucasus and Central Asia, Mongolian, South and Southeast Asia,
Africa and the Caribbean (Scottish Gaelic, Catalan, Frisian, Breton, Faroese, Afrikaans,
Esperanto, Belarusian, Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen, Azerbaijani, Georgian, Armenian,
Mongolian, Khmer, Lao, Burmese, Sinhala, Nepali, Punjabi, Gujarati, Kannada, Malayalam, Xhosa,
Somali, Hausa, Igbo, Haitian Creole).

Two shapes, read as `foreign_grants_minor` and `foreign_grants_west` read theirs:

- commercial use named as included (`LANGUAGES_WORLD`, for `foreign_grants_minor`): per
  language the word for commercial use or business, the word of inclusion ("a' gabhail
  a-steach", "inclòs", "соның ішінде", "រួមទាំង", "kubandakanya", "menm pou"), and every word of
  that language denying, banning, excepting or narrowing to "only": one of them anywhere in the
  passage and nothing is granted. A grant's own qualities said with a negation ("айрықша емес",
  "eksklyuziv bo'lmagan", non-exclusive) are set aside first (`HARMLESS_WORLD`);
- a plain grant (`is_plain_grant_world`): a word granting or permitting and two acts (use,
  copy, modify, distribute) with no purpose, business word, negation, "only" or condition:
  every use, as the English rules read such a grant, unless a passage names commercial use
  (`COMMERCIAL_WORLD`, for `foreign_grants_minor.names_commercial_use`). Chinese plain grants
  ("授予您……许可，允许您使用、复制、修改") are read by `is_plain_grant_zh`, whose narrowing
  words (目的, 用途, 范围, 非商业, 研究, 须, 申请, 许可证 ...) keep any narrowed grant out.

Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_grants_s37w import COMMERCIAL_S37W
from auditor.licenses.terms.foreign_grants_s37w2 import grants_noncommercial_s37w2

__all__ = [
    "COMMERCIAL_WORLD",
    "HARMLESS_WORLD",
    "LANGUAGES_WORLD",
    "grants_noncommercial_world",
    "is_plain_grant_world",
    "is_plain_grant_zh",
    "names_commercial_world",
]

_FLAGS = re.IGNORECASE
_AP = "['ʻ’`]"  # the Uzbek apostrophe, however typed

# (commercial word, inclusion word, every denial, ban, exception or "only" word), per language
LANGUAGES_WORLD: tuple[tuple[str, str, str], ...] = (
    # gd: "a' gabhail a-steach cleachdadh malairteach"; "gun" + commercial: without it
    (r"\w*mhalairt\w*|\bmalairt\w*|\bgnìomhachas\w*|\bgniomhachas\w*",
     r"a['’]?\s+gabhail\s+a-?steach|cuideachd|\bfiù\b|\bfiu\b|\bagus\s+airson",
     r"\bchan?\b|\bnach\b|\bna\s|neo-?mhalairt\w*|toirmisg\w*|toirmeasg\w*|\bcasg\w*"
     r"|a-?mhàin|a-?mhain|\bach\s+a-?mhàin|\bgun\s+(?:\S+\s+){0,2}?\w*malairt"),
    # ca: "inclòs l'ús comercial"; "sense finalitat comercial": without it
    (r"comercia\w*|negoci\w*", r"inclòs|inclosa|inclosos|incloses|incloent|inclus\w*|també"
     r"|fins\s+i\s+tot", r"\bno\b|\bni\b|prohib\w*|\bsense\b[^.;]{0,30}comercia|llevat|excepte"
     r"|\btret\s+de|només|nomes|únicament|unicament|exclusivament"),
    # fy, af, fo, br, eo
    (r"kommersjee?l\w*|kommersiël\w*|kommersie\w*|vinnulig\w*|kenwerzh\w*|komerc\w*",
     r"\bek\b|ynklusyf|ynbegrepen|\bselfs\b|ingesluit|insluitend|\book\b|\beisini\b"
     r"|\bíroknað\w*|\bivez\b|\ben\s+o\s+zouj|\binkluzive\b|\bankaŭ\b|\bankau\b",
     r"\bnet\b|\bnee\b|\bnie\b|\bikki\b|\bne\b|\bneket\b|\bnur\b|\bnen\b|ferbean\w*|verbied\w*"
     r"|verbode\w*|bannað\w*|difenn\w*|malpermes\w*|\bnur\b|\ballinnich\w*|\balleen\w*|\bslegs\b"
     r"|\beinans\w*|\bhepken\b|\bsole\b|\bnon[- ]?komerc\w*|net[- ]kommers\w*|nie[- ]kommers\w*"),
    # be, kk, ky, tg (Cyrillic)
    (r"камерцый\w*|коммерция\w*|коммерциял\w*|тиҷорат\w*|соода\w*",
     r"у\s+тым\s+ліку|уключна|таксама|нават|соның\s+ішінде|қоса\s+алғанда|сондай-ақ"
     r"|анын\s+ичинде|кошо\s+алганда|аз\s+ҷумла|инчунин|ҳатто",
     r"некамерцый\w*|\bне\b|\bні\b|забарон\w*|толькі|акрамя|за\s+выключэннем|\bемес\b"
     r"|тыйым\w*|\bжоқ\b|\bтек\b|басқа|\bэмес\b|тыюу|\bгана\b|\bнест\b|\bне\s|манъ\w*|\bфақат\b"
     r"|ғайри|болмайды|болбойт"),
    # uz, az, tk (Latin)
    (r"tijorat\w*|tijoriy\w*|kommersiya\w*|kommersiy\w*|ticarət\w*|täjirçilik\w*"
     r"|biznes\w*", r"shu\s+jumladan|jumladan|ham\b|hatto|daxil\s+olmaqla|o\s+cümlədən"
     r"|hətta|şol\s+sanda|hem\b",
     rf"notijorat\w*|\bemas\b|taqiq\w*|man\s+etil\w*|faqat|bundan\s+mustasno|bo{_AP}lmaydi"
     r"|mumkin\s+emas|\bdeyil\b|qadağan\w*|yalnız|istisna|\bdäl\b|gadagan\w*|diňe|olmaz\b"
     r"|\w+(?:ma|mə)z\b|qeyri-?ticar\w*|qeyri-?kommers\w*"),
    # mn
    (r"арилжаа\w*|худалдаа\w*|бизнес\w*", r"түүний\s+дотор|багтана|хүртэл|оролцуулан",
     r"арилжааны\s+бус|\bбиш\b|\bүгүй\b|хориглоно|хориотой|болохгүй|зөвхөн|бусад\s+нь"
     r"|\w+гүйгээр\s+(?:\S+\s+)?арилжаа|зөвшөөрөл\w*|хамаар\w*"),
    # ka, hy
    (r"კომერციულ\w*|ბიზნეს\w*|առևտրային|առեւտրային|կոմերցիոն\w*|բիզնես\w*",
     r"მათ\s+შორის|ასევე|ჩათვლით|այդ\s+թվում|նաև|ներառյալ",
     r"\bარა\b|\bარ\b|\bნუ\b|აკრძალ\w*|გარდა|მხოლოდ|არაკომერციულ\w*|\bոչ\b|\bչ\w+|արգել\w*"
     r"|բացառությամբ|միայն|ոչ\s*առևտրային"),
    # km, lo, my (no spaces between words: matched anywhere)
    (r"ពាណិជ្ជកម្ម|ជំនួញ|ການຄ້າ|ທຸລະກິດ|စီးပွားဖြစ်|စီးပွားရေး",
     r"រួមទាំង|រួមបញ្ចូល|ផងដែរ|ລວມທັງ|ລວມເຖິງ|ອີກດ້ວຍ|အပါအဝင်|လည်း",
     r"មិន|ហាម|គ្មាន|តែប៉ុណ្ណោះ|លើកលែង|ບໍ່|ຫ້າມ|ເທົ່ານັ້ນ|ຍົກເວັ້ນ|မ[^\s]{0,12}ရ|တားမြစ်|ကလွဲ"),
    # si, ne, pa, gu, kn, ml (ne shares Devanagari's word with hi: `foreign_grants_west`)
    (r"වාණිජ|ව්‍යාපාර|ව්යාපාර|व्यावसायिक|व्यापारिक|ਵਪਾਰਕ|ਵਪਾਰ|વ્યાપારી|વાણિજ્ય|ವಾಣಿಜ್ಯ"
     r"|ವ್ಯಾಪಾರ|വാണിജ്യ|വ്യാപാര",
     r"ඇතුළුව|ද\s|समेत|सहित|पनि|ਸਮੇਤ|ਵੀ|સહિત|પણ|ಸೇರಿದಂತೆ|ಸಹ|ഉൾപ്പെടെ|ഉം\s",
     r"නොවන|නොවේ|තහනම්|පමණි|පමණක්|හැර|නො|छैन|हुँदैन|निषेध|मात्र|बाहेक|गैर|ਨਹੀਂ|ਮਨਾਹੀ|ਸਿਰਫ"
     r"|ਗੈਰ|ਇਲਾਵਾ|નથી|પ્રતિબંધ|માત્ર|સિવાય|ಇಲ್ಲ|ನಿಷೇಧ|ಮಾತ್ರ|ಹೊರತು|ಅಲ್ಲದ|ഇല്ല|നിരോധ|മാത്രം"
     r"|ഒഴികെ|അല്ലാത്ത"),
    # xh: "kubandakanya ishishini" (business included)
    (r"\bishishini\b|\w*rhwebo\b", r"kubandakanya|kuquka|kwakunye\s+na|kwanoku",
     r"\baku\w+anga\b|\baka\w+anga\b|\bayi\w+anga\b|\bakuvum\w*|\bhayi\b|\bakukho\b"
     r"|kuphela|\bngaphandle\s+kwe\w*(?:shishini|rhwebo)"),
    # so
    (r"ganacsi\w*", r"\bxitaa\b|\bay\s+ku\s+jiraan\b|\boo\s+ay\s+ku\s+jirto\b",
     r"\bma\b|\baan\b|mamnuuc\w*|\bkaliya\b|\bkeliya\b|\blaga\s+reebo\b"),
    # ha
    (r"kasuwanci", r"\bhar\s+da\b|\bhar\s+ma\b", r"\bba\b|haram\w*|\bkawai\b|\bbanda\b|\bhana\b"),
    # ig
    (r"azụmahịa|azumahia", r"gụnyere|gunyere", r"enweghị|enweghi|\bọ\s+bụghị\b|naanị|naani"
     r"|machibido|ewezuga"),
    # ht ("menm pou fè biznis": doing business too; "komèsyal": `foreign_grants_minor`)
    (r"\bbiznis\b|\bkomès\b", r"\bmenm\s+pou\b|\btou\b|enkli\w*|kèlkeswa",
     r"\bpa\b|entèdi\w*|sèlman|selman|eksepte|\bsof\b"),
)  # fmt: skip
"""Per language: (commercial or business word, inclusion word, denial or narrowing word)."""

HARMLESS_WORLD = (
    r"\bneo-?eisimeileach\w*|\bno\s+exclusiv\w*|\bnet[- ]eksklusyf\w*|\bnie[- ]eksklusie\w*"
    r"|не\s*выключн\w*|невыключн\w*|айрықша\s+емес|эксклюзивті\s+емес|өзгеше\s+емес"
    r"|эксклюзивдүү\s+эмес|истисноӣ\s+нест|eksklyuziv\s+bo.lmagan|noeksklyuziv\w*"
    r"|qeyri-?müstəsna\w*|eksklýuziw\s+däl|онцгой\s+бус|არაექსკლუზიურ\w*|ոչ\s*բացառիկ"
    r"|មិនផ្តាច់មុខ|ບໍ່ເປັນສິດທິພິເສດ|သီးသန့်မဟုတ်|සුවිශේෂී\s+නොවන|गैर-?अनन्य|ਗੈਰ-?ਨਿਵੇਕਲ\w*"
    r"|okungekho\s+kodwa|\bkhethekileyo\b|aan\s+gaar\s+ahayn|ba\s+na\s+keɓe\s+ba"
    # ha: free of charge ("ba tare da biyan kuɗi ba"), a fee's word only, never permission
    r"|ba\s+tare\s+da\s+(?:wani\s+)?(?:biyan\s+)?(?:ku[ɗd]i|ku[ɗd]in\s+\w+)\s+ba\b"
    r"|\bki\s+pa\s+eksklizif\b|tí\s+kì\s+í\s+ṣe\s+ti\s+ìwọ\s+nìkan|ti\s+ki\s+i\s+se\s+ti\s+iwo\s+nikan"
    r"|නොමිලේ|\bgun\s+chìs\b|\bgun\s+chis\b|\bsense\s+(?:cap\s+)?cost\b"
)
"""A grant's own qualities said with a negation: non-exclusive, without a fee."""

COMMERCIAL_WORLD = (
    r"malairt|mhalairt|gnìomhachas|kommersjee|kommersi[eë]|vinnulig|kenwerzh|камерцый|коммерциял"
    r"|тиҷорат|tijorat|tijoriy|ticarət|täjirçilik|арилжаа|კომერციულ|առևտրային|կոմերցիոն"
    r"|ពាណិជ្ជកម្ម|ການຄ້າ|စီးပွား|වාණිජ|ਵਪਾਰ|વ્યાપાર|વાણિજ્ય|ವಾಣಿಜ್ಯ|വാണിജ്യ|ishishini|rhwebo"
    r"|ganacsi|kasuwanci|azụmahịa|azumahia|\bbiznis\b|\bbiznes"
)
"""The commercial words above, for `foreign_grants_minor.names_commercial_use`."""

# (grant or permission word, act, narrowing word), per language: a plain grant names two acts
_PLAIN: tuple[tuple[str, str, str], ...] = (
    # gd
    (r"\bfaodaidh\b|\btha\s+cead\b|ceadaichte|a['’]?\s+toirt\s+cead",
     r"chleachdadh|lethbhreac\w*|atharrach\w*|sgaoil\w*",
     r"\badhbhar\w*|malairt|\bchan?\b|\bnach\b|toirmisg\w*|a-?mhàin|a-?mhain|cumha\w*"
     r"|rannsach\w*|pearsanta|\bma\s|\bgun\b|fo\s+chumh\w*|\bann\s+an\b"),
    # ca
    (r"\bautoritza\w*|\bconcedeix\w*|\batorga\w*|\bpermet\b|\bpot\b|\bpoden\b",
     r"\butilitzar\b|\busar\b|\bcopiar\b|\bmodificar\b|\bdistribuir\b|\breproduir\b",
     r"\bno\b|\bni\b|prohib\w*|només|únicament|exclusivament|finalitat\w*|\bfins?\b|comercia\w*"
     r"|condici\w*|sempre\s+que|investigaci\w*|personal\w*|segons|d['’]acord\s+amb|\bsi\b"),
    # be
    (r"дазваляе|дае\s+права|прадастаўляе|мае\s+права|\bможа\b|\bмогуць\b",
     r"выкарыст\w*|капіра\w*|змяня\w*|змян\w*|распаўсюдж\w*",
     r"\bне\b|\bні\b|толькі|мэт\w*|камерцый\w*|забаро\w*|умов\w*|даследаван\w*|асабіст\w*"
     r"|акрамя|згодна"),
    # kk, ky
    (r"құқық\s+береді|рұқсат\s+етіледі|\bболады\b|укук\s+берет|уруксат\s+берилет|\bболот\b",
     r"пайдалан\w*|көшір\w*|өзгерт\w*|тарат\w*|колдон\w*|көчүр\w*|өзгөрт\w*",
     r"\bтек\b|мақсат\w*|коммерция\w*|тыйым\w*|\bемес\b|болмайды|шарт\w*|зерттеу\w*|\bжеке\b"
     r"|\bгана\b|максат\w*|\bэмес\b|тыюу|болбойт|изилдөө\w*"),
    # uz
    (r"huquq\w*\s+beradi|ruxsat\s+(?:beradi|etiladi)|\bmumkin\b",
     rf"foydalan\w*|nusxala\w*|o{_AP}zgartir\w*|tarqat\w*",
     rf"\bfaqat\b|maqsad\w*|tijorat\w*|taqiq\w*|\bemas\b|man\s+etil\w*|shart\w*|rozilig\w*"
     rf"|tadqiqot\w*|shaxsiy|bo{_AP}lmagan|bo{_AP}lmaydi|ilmiy"),
    # mn
    (r"\bболно\b|эрхтэй|зөвшөөрнө|эрх\s+олгоно",
     r"ашигла\w*|хуулбарла\w*|өөрчил\w*|түгээ\w*",
     r"зөвхөн|зорилго\w*|арилжаа\w*|хориг\w*|хориот\w*|болохгүй|\bбиш\b|\bүгүй\b|нөхцөл\w*"
     r"|зөвшөөрөл\w*|судалгаа\w*|хувийн"),
    # km
    (r"អនុញ្ញាត|ផ្តល់សិទ្ធិ|មានសិទ្ធិ", r"ប្រើប្រាស់|ចម្លង|កែប្រែ|ចែកចាយ",
     r"តែប៉ុណ្ណោះ|សម្រាប់តែ|គោលបំណង|ពាណិជ្ជកម្ម|មិន|ហាម|លក្ខខណ្ឌ|ស្រាវជ្រាវ|ផ្ទាល់ខ្លួន|លើកលែង"),
    # si
    (r"ලබා\s*දෙයි|අවසර\s*දෙයි|කළ\s*හැක", r"භාවිත|පිටපත්|වෙනස්|බෙදා\s*හැරී",
     r"පමණි|පමණක්|අරමුණ|වාණිජ|නොවන|තහනම්|කොන්දේසි|පර්යේෂණ|පුද්ගලික|හැර(?!ී)"),
    # ht
    (r"\bba\s+ou\s+dwa\b|\bgen\s+dwa\b|\bkapab\b|\bka\b|\botorize\b|\bpèmèt\b",
     r"\bitilize\b|\bkopye\b|\bchanje\b|\bmodifye\b|\bdistribye\b",
     r"sèlman|selman|\brezon\b|objektif|biznis|komèsyal|komesyal|\bpa\b|entèdi\w*|kondisyon"
     r"|rechèch|pèsonèl|eksepte"),
    # xh
    (r"\buvumelekile\b|\bunelungelo\b|\bilungelo\b|\bunako\b|\biyavumela\b",
     r"\bukusebenzisa\b|\bukukopa\b|\bukutshintsha\b|\bukusasaza\b|\bnokusasaza\b|\bukulungisa\b",
     r"kuphela|injongo|ishishini|\w*rhwebo|\baku\w+anga\b|\bakuvum\w*|\bhayi\b|imiqathango"
     r"|uphando|ngobuqu"),
)  # fmt: skip


def _compiled_plain() -> list[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]]:
    return [
        (lazy_pattern(grant, _FLAGS), lazy_pattern(act, _FLAGS), lazy_pattern(narrow, _FLAGS))
        for grant, act, narrow in _PLAIN
    ]


_PLAIN_PATTERNS = _compiled_plain()
_HARMLESS = lazy_pattern(HARMLESS_WORLD, _FLAGS)


_COMMERCIAL = lazy_pattern(COMMERCIAL_WORLD, _FLAGS)
_COMMERCIAL_S37W = lazy_pattern(COMMERCIAL_S37W, _FLAGS)


def names_commercial_world(text: str) -> bool:
    """Whether a passage names commercial use or business in one of these languages (a ban in
    ASCII letters the reader passes over still keeps a plain grant from allowing every use),
    or in those of `foreign_grants_s37w` (Quechua, isiZulu's verb of trade)."""
    return _COMMERCIAL.search(text) is not None or _COMMERCIAL_S37W.search(text) is not None


def is_plain_grant_world(text: str) -> bool:
    """Whether a passage only grants acts on the model in one of these languages: a grant word
    and two acts, no purpose, business word, negation, "only" or condition."""
    plain = _HARMLESS.sub(" ", text)
    return any(
        grant.search(plain) is not None
        and len(act.findall(plain)) >= 2
        and narrow.search(plain) is None
        for grant, act, narrow in _PLAIN_PATTERNS
    )


# Chinese (folded to simplified): a licence granted and two acts named, nothing narrowing it
_ZH_GRANT = lazy_pattern(r"(?:授予|给予|许可|允许|准许|同意)[^。；]{0,40}?(?:使用|复制|修改|分发)")
_ZH_ACTS = lazy_pattern(r"使用|复制|修改|改编|分发|传播|再分发")
_ZH_HARMLESS = lazy_pattern(
    r"全球范围内?|世界范围内?|在遵守本(?:协议|许可)(?:的)?(?:前提|条件)下|免费|免许可费|非独占|非排他"
    r"|不可撤销|永久|不可转让|可再许可"
)
_ZH_NARROWED = lazy_pattern(
    r"目的|用途|范围|领域|非商业|非商用|商业|商用|营利|盈利|研究|学术|科研|教育|个人|内部|须|需|必须"
    r"|应当|申请|许可证|登记|备案|同意后|批准|授权书|仅|只|限|不得|禁止|除外|除非|但|条件|前提|规模"
    r"|用户|收入|地区|境内|境外"
)


def is_plain_grant_zh(text: str) -> bool:
    """Whether a Chinese passage (folded to simplified) only grants the right to use, copy or
    modify: a grant word, two acts, no purpose, scope, condition, limit or commercial word."""
    if _ZH_GRANT.search(text) is None or len(_ZH_ACTS.findall(text)) < 2:
        return False
    return _ZH_NARROWED.search(_ZH_HARMLESS.sub("_", text)) is None


# a grant for non-commercial ends only, or no right to commercial use, per language: both
# patterns of a pair in one passage (`grants_noncommercial_world`)
_NONCOMMERCIAL: tuple[tuple[str, str], ...] = (
    (r"\banfasnachol\b", r"\byn\s+unig\b"),  # cy
    (r"\bnid\s+(?:yw|oes)\b[^.;]{0,80}\bhawl\b", r"\bfasnachol\b|\bmasnachol\b"),  # cy
    (r"\bneo-?mhalairteach\b", r"a-?mhàin|a-?mhain"),  # gd
    (r"\bneamh-?th?ráchtál\w*", r"\bamháin\b"),  # ga ("ní hamháin", not only, is no "amháin")
    # gd: "only" said as a negation and its exception, "chan fhaod ... ach airson": "may not
    # ... but for"; and a plain ban on commercial ends (never the negated "neo-mhalairteach")
    (r"\bneo-?mhalairteach\b", r"\b(?:chan?|cha\s+\w+)\b[^.;]{0,100}?\bach\b"),
    (
        r"\bchan\s+fhaod\w*\b[^.;]{0,100}?(?:\bmalairt\w*|(?<!neo-)(?<!neo)mhalairt\w*)",
        r"^(?!.*\b(?:ma|mura|gun|c?h?ead|thar)\b)",
    ),  # no condition, permission or size: a ban
    (r"\bno\s+comercia\w*", r"\bnomés\b|\búnicament\b|\bexclusivament\b"),  # ca
    (r"\bez[- ]?komertzial\w*", r"\bsoilik\b|\bbakarrik\b"),  # eu
    (r"\bnet[- ]?kommersjee?l\w*", r"\ballinnich\b"),  # fy
    (r"\bnie[- ]?kommersi\w*", r"\bslegs\b|\balleenlik\b"),  # af
    (r"некамерцый\w*", r"толькі"),  # be
    (r"коммерциялық\s+емес", r"\bтек\b|\bғана\b"),  # kk
    (r"\bnotijorat\w*|\btijoriy\s+bo.lmagan", r"\bfaqat\b"),  # uz
    (r"арилжааны\s+бус", r"зөвхөн"),  # mn
    (r"არაკომერციულ\w*", r"მხოლოდ"),  # ka
    (r"ոչ\s*առևտրային", r"միայն"),  # hy
    (r"មិនមែនពាណិជ្ជកម្ម|មិនមែនជាពាណិជ្ជកម្ម", r"តែ|ប៉ុណ្ណោះ"),  # km
    (r"වාණිජ\s+නොවන", r"පමණි|පමණක්"),  # si
    (r"गैर-?व्यावसायिक", r"मात्र|केवल"),  # ne
    (r"\bnon[- ]?komèsyal\w*|\bpa\s+komèsyal\w*", r"\bsèlman\b|\bselman\b"),  # ht
)


def _compiled_noncommercial() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    return [(lazy_pattern(a, _FLAGS), lazy_pattern(b, _FLAGS)) for a, b in _NONCOMMERCIAL]


_NONCOMMERCIAL_PATTERNS = _compiled_noncommercial()


def grants_noncommercial_world(text: str) -> bool:
    """Whether a passage grants use for non-commercial ends only, or no right to commercial use,
    in one of these languages ("at ddibenion anfasnachol yn unig")."""
    if grants_noncommercial_s37w2(text):  # ta: teaching or learning only (`..._s37w2`)
        return True
    return any(a.search(text) and b.search(text) for a, b in _NONCOMMERCIAL_PATTERNS)
