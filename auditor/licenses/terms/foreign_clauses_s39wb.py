"""Whole passages read apart from the cues (session 39), for `terms.foreign`: short licences in
Lao, Tongan, Hawaiian, Mongolian, Kazakh, Afrikaans, Zulu, Burmese, Turkish, Marathi, Gulf
Arabic, Persian and voseo Spanish, whatever each passage was told as (Tongan and Hawaiian as
Latvian, Afrikaans as Dutch, Zulu as Portuguese, Mongolian as Russian), so the words decide,
not the guess.

- A grant naming commercial use among the rights it gives, with a word of allowing or giving
  ("ອະນຸຍາດໃຫ້ ... ລວມທັງ ... ການຄ້າ", "ʻoku ʻoatu ... ʻa e ngofua ... kau ai ... fakakomēsiale",
  "hāʻawi ... i ka ʻae ... no ka ʻoihana kālepa pū kekahi", "арилжааны зорилгоор хэрэглэх
  эрхийг олгоно", "коммерциялық мақсатта қолдануға ... құқық береді", "စီးပွားရေး... အသုံးချရန်
  ... ခွင့်ပြုသည်", "podés usarlo para lo que quieras, también para ganar plata"): `allowed`.
  "Free of charge" ("ໂດຍບໍ່ເສຍຄ່າ", "taʻetotongi", "төлбөргүй") and "non-exclusive" ("айрықша
  емес") deny no use and are taken off first; any other word of denying, banning, "only",
  "except", consent or a condition leaves the passage to the other readers (unread, a warn).
- Caps: yearly revenue past an amount of money in Zulu ("imali engenayo yonyaka ... idlula
  u-R200 000 000 ... ilayisensi ehlukile"), monthly active users past a number in Mongolian
  ("нэг сард идэвхтэй ... хэрэглэгчийн тоо 1 саяас давбал ... тусдаа лиценз"): the cap, and
  commercial use `restricted` past it.
- af: the weights passed outside the organisation banned ("Jy mag nie die gewigte ... versprei
  ... nie"): `no-weight-redistribution`; the exception for the licensee's own app on its users'
  devices ("gewigte as deel van jou eie toepassing op ... toestelle installeer"):
  `on-device-shipping`. A permission asked ("toestemming") leaves them unread.
- kk: no right given to licensees registered or living in a named country ("Ресей
  Федерациясында тіркелген заңды тұлғаларға ... ешқандай құқық берілмейді"):
  `excluded_licensee_domiciles`; the end users spared that restriction: no term.
- es (voseo): the one use banned, watching or tracking people without their consent ("Lo único
  que no podés hacer: usarlo para vigilar a personas"): `use_restrictions` `surveillance`.
- my (card): a line to show where users see it ("... အသုံးပြုသူများ မြင်နိုင်သည့်နေရာတွင်
  ဖော်ပြရမည်"): `attribution_required`.
- tr: the licensee's use in its own internal work said not to be commercial use ("iç
  işlerinde kullanması ise ticari kullanım sayılmaz"): `internal-use-by-anyone`; a clause's
  bare title ("Madde 3 - Ticari kullanım."): no term.
- mr: research by anyone, a private company too, not made commercial by who does it ("असे
  संशोधन कोणीही करू शकतो ... ते व्यावसायिक ठरत नाही"): `research-by-anyone`.
- ar (Gulf questions and answers): a bare yes ("إي أكيد") to a question asking plainly whether
  a commercial use is allowed: `allowed` (not to one asking whether it is banned or needs a
  licence); a registration to make first ("سجّل شركتك عندنا"), no approval named:
  `registration`; yearly income past an amount with another licence to take: the cap, the
  dirham the UAE's where the text names the UAE. A cap read here keeps `restricted` over a
  grant read here, whatever their order.
- The law chosen (af, mn, kk, haw: a country or state named beside the word for law and a verb
  of governing); and no term: the licence kept with copies, credit welcome but not required,
  both language versions equally valid, services offered to anyone (af).

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps import revenue_cap
from auditor.licenses.terms.foreign_excluded import excluded_clauses
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import ENGLISH, Passage

__all__ = ["read_s39wb"]

_FLAGS = re.IGNORECASE
_AP = r"['ʼ’`ʻ‘]?"
_ABOVE = "separate-license-above-threshold"
_CAPPED = [Clause("commercial_use", "restricted"), Clause("commercial_use_conditions", [_ABOVE])]
_ALLOWED = [Clause("commercial_use", "allowed")]


def _p(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern.replace("{AP}", _AP), _FLAGS)


# (grant shape, what is taken off first, narrowing words), per language
_GRANTS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str]], ...] = (
    # lo
    (_p(r"ອະນຸຍາດ[^.]{0,120}?ລວມທັງ[^.]{0,40}?ການຄ້າ|ການຄ້າ[^.]{0,40}?ລວມທັງ"),
     _p(r"ໂດຍບໍ່ເສຍຄ່າ|ບໍ່ມີຄ່າໃຊ້ຈ່າຍ"),
     _p(r"ບໍ່|ຫ້າມ|ເທົ່ານັ້ນ|ຍົກເວັ້ນ|ນອກຈາກ|ຖ້າ|ຫາກ|ລາຍລັກອັກສອນ|ການອະນຸຍາດຈາກ")),
    # to
    (_p(r"\bngofua\b[^.]{0,160}?\bkau\s+ai\b[^.]{0,40}?fakakom[eē]siale|fakapisinisi"),
     _p(r"\bta{AP}e\s*totongi\b|\bta{AP}etotongi\b"),
     _p(r"{AP}ikai\b|{AP}oua\b|\btapui\w*|\bpē\b|\bpe\s+ke\b|\bka\s+{AP}i\b|\bkapau\b|\bkehe\s+mei\b"
        r"|\bngofua\s+fakatohi\w*|\bfakangofua\s+mei\b")),
    # haw
    (_p(r"\bh[āa]{AP}awi\b[^.]{0,40}?\bi\s+ka\s+{AP}ae\b[^.]{0,160}?\b(?:k[āa]lepa|{AP}oihana)\b"
        r"[^.]{0,30}?\bp[ūu]\s+kekahi\b"),
     _p(r"\b{AP}ae\s+manuahi\b"),
     _p(r"{AP}a{AP}ole\b|\bp[āa]p[āa]\b|\bwale\s+n[ōo]\b|\bkoe\s+na\b|\bin[āa]\b|\bkākau\w*")),
    # mn: commercial use one of the rights given
    (_p(r"арилжааны\s+(?:зорилгоор|зориулалтаар)[^.]{0,40}?(?:эрхийг|эрх)\s+олгоно"),
     _p(r"үнэ\s+төлбөргүй|төлбөргүй(?:гээр)?"),
     _p(r"гүй|\bбиш\b|\bүл\b|хориг\w*|зөвхөн|бусад|\bхэрэв\b|\w+бал\b|\w+вал\b|зөвшөөр\w*")),
    # kk
    (_p(r"коммерциялық\s+мақсатта[^.]{0,60}?құқық\s+береді"),
     _p(r"айрықша\s+емес|ерекше\s+емес|тегін"),
     _p(r"емес|\bжоқ\b|тыйым|\bтек\b|басқа|рұқсатымен|рұқсатсыз|\bегер\b|\w+са\b|\w+се\b")),
    # my: rights listed, business use among them, permitted
    (_p(r"စီးပွား(?:ရေး|ဖြစ်)[^။]{0,40}?(?:အသုံးချ|အသုံးပြု)ရန်[^။]{0,30}?ခွင့်ပြုသည်"),
     _p(r"အခမဲ့"),
     _p(r"မ(?:ပြု|သုံး|ရ|ဖြန့်|ပြင်|လုပ်|နိုင်)|တားမြစ်|(?:အတွက်|ရန်)သာ|သာလျှင်|မှလွဲ|မှအပ"
        r"|ခွင့်ပြုချက်|သဘောတူညီချက်|မဟုတ်|ပါက|လျှင်")),
    # es (voseo): any use, making money named among them
    (_p(r"\bpod[ée]s\s+usarlo\s+para\s+lo\s+que\s+quieras\b[^.]{0,30}?\btambi[ée]n\s+para\s+"
        r"(?:ganar\s+(?:plata|dinero|guita)|hacer\s+negocio|vender|usos?\s+comerciales?)"),
     None,
     _p(r"\bno\b|\bsin\b|\bsalvo\b|\bexcepto\b|\bsólo\b|\bsolo\b|\bsi\b|\bprohib\w*|\bpermiso\b"
        r"|\bautorizaci\w*")),
)  # fmt: skip

# (country or state, its code, word for law and verb of governing, what must not stand beside)
_LAWS: tuple[tuple[re.Pattern[str], str, re.Pattern[str], re.Pattern[str]], ...] = (
    (_p(r"Suid-Afrika"), "ZA", _p(r"\b(?:reg|wette?)\s+van\b[^.]{0,60}?\b(?:beheer|onderhewig)"
                           r"|\bonderhewig\s+aan\s+die\s+(?:reg|wette?)\s+van\b"),
     _p(r"\bnie\b|\bslegs\b|\bbehalwe\b|\bhof\w*")),
    (_p(r"Монгол\s+Улсын"), "MN", _p(r"хуул\w*\s+(?:үйлчилнэ|мөрдөнө|захирагдана)"),
     _p(r"\bбиш\b|\bүл\b|зөвхөн|шүүх")),
    (_p(r"Қазақстан\s+Республикасы"), "KZ", _p(r"заңнама\w*\s+(?:қолданылады|реттеледі)"),
     _p(r"\bемес\b|\bтек\b|сот\w*|қолданылмайды")),
    (_p(r"Hawai{AP}i"), "US", _p(r"\bma\s+lalo\s+o\s+n[āa]\s+k[āa]n[āa]wai\b"),
     _p(r"{AP}a{AP}ole\b|\bwale\s+n[ōo]\b|\bkoe\b|\b{AP}aha\s+ho{AP}okolokolo\b")),
)  # fmt: skip

# no term: the licence kept with copies, credit welcome only, versions equally valid
_NO_TERM = _p(
    r"^ໃບອະນຸຍາດ(?:ແບບຈໍາລອງ|ນໍາໃຊ້)?\s*[^\s.]{0,30}$|ກະລຸນາຮັກສາແຈ້ງການນີ້ໄວ້|ຮັກສາແຈ້ງການນີ້ໄວ້ໃນທຸກສ"
    r"|\btauhi\s+{AP}a\s+e\s+fakatokanga\s+ko\s+{AP}eni\b"
    r"|\be\s+ho{AP}okomo\s+p[ūu]\s+i\s+k[ēe]ia\s+palapala\s+{AP}ae\b"
    r"|\bua\s+like\s+ka\s+mana\s+o\s+n[āa]\s+mana\s+{AP}[ōo]lelo\b"
    r"|பதிப்புகளும்\s+சமமாக|தமிழிலும்\s+ஆங்கிலத்திலும்\s+உள்ளது"
    r"|лицензийг\s+хавсарга\w*"
    r"|\bfaka\s+ikhophi\s+yale\s+layisensi\b"
    r"|\bkredietvermelding\s+word\s+waardeer\b[^.]{0,30}?\bnie\s+verpligtend\s+nie\b"
    r"|\bjy\s+mag\s+dienste\b[^.]{0,60}?\baan\s+enigiemand\s+aanbied\b"
    r"|\bmand[áa]\s+esta\s+licencia\s+junto\b"
    r"|^\s*Bu\s+lisans,?\s[^;]{1,200}\barasındadır\.?$"
    r"|\bLisans\s+Alan\s+modeli\s+kullanabilir,\s+çoğaltabilir\s+ve\s+değiştirebilir\.?$"
    r"|इतरांना\s+देताना\s+हा\s+परवाना\s+सोबत\s+जोडा"
    r"|(?:الأجوبة|الاجوبة|الإجابات|الاجابات)\s+جزء\s+من\s+(?:الترخيص|الرخصة|الشروط)"
    r"|التسجيل\s+(?:يتأكد|يتم\s+تأكيده|فوري|تلقائي)[^.]{0,30}?(?:ما\s+فيه|بدون|لا)\s+(?:أي\s+)?مراجعة"
    r"|ဤလိုင်စင်ကို\s*တွဲဖက်ထည့်သွင်းရမည်"
)
# what a no-term sentence must not hold: a ban, "only", "except", consent
_NO_TERM_NOT = _p(
    r"ຫ້າມ|ເທົ່ານັ້ນ|{AP}oua\b|\btapui\w*|{AP}a{AP}ole\b|\bp[āa]p[āa]\b|хориг\w*|зөвхөн"
    r"|\bmag\s+nie\b|\bslegs\b|\btoestemming\b|\bakuvunyelwe\b|\bno\s+pod[ée]s\b|\bprohib\w*"
    r"|တားမြစ်|மட்டும்|தடை|\bpermiso\b|\bsadece\b|\byalnızca\b|\bticari\b|\bdışında\b"
)

# zu: yearly revenue past an amount of money, a separate licence to get
_ZU_REVENUE = _p(r"\bimali\s+engenayo\b")
_ZU_ANNUAL = _p(r"\byonyaka\b|\bngonyaka\b|\bunyaka\b")
_ZU_CAP = _p(r"\bidlula\b|\bedlula\b|\bengaphezu\b")
_ZU_LICENCE = _p(r"\bilayisensi\s+ehlukile\b|\blayisensi\s+ehlukile\b")
# mn: monthly active users past a number, a separate licence to get
_MN_USERS = _p(r"(?:нэг\s+)?сард\s+идэвхтэй[^.]{0,40}?хэрэглэгч\w*\s+тоо")
_MN_COUNT = _p(r"(\d+(?:[.,]\d+)?)\s*(сая|мянга)\w*\s+давбал")
_MN_LICENCE = _p(r"тусдаа\s+лиценз")
_MN_SCALES = {"сая": 1_000_000, "мянга": 1_000}
_CAP_NOT = _p(r"\bakudingeki\b|\bakukho\b|\bбиш\b|\bүл\b|шаардлагагүй|мэдэгд\w*")

# af: the weights passed on banned, and the licensee's own app on its users' devices
_AF_WEIGHTS = _p(r"\bgewigte\b")
_AF_PASS_ON = _p(r"\bverspre\w*|\boplaai\b|\bbeskikbaar\s+stel\b|\bpubliseer\b|\bdeel\b")
_AF_BANNED = _p(r"\bmag\s+nie\b[^.]{0,200}?\bnie\b|\bverbode\b|\bnie\s+toegelaat\b")
_AF_NEGATED = _p(r"\bnie\b|\bverbode\b|\bgeen\b|\bnooit\b|\bslegs\b")
_AF_APP = _p(r"\b(?:eie\s+)?(?:toepassing|app)\b")
_AF_DEVICES = _p(r"\btoestel\w*")
_AF_MAY = _p(r"\bjy\s+mag\s+die\s+gewigte\b")
_AF_NOT = _p(r"\btoestemming\b|\bslegs\s+met\b|\bbetaal\w*|\bfooi\w*")
_AF_SEPARATE = _p(r"\bmits\s+hulle\s+nie\s+as\s+'?n\s+afsonderlike\s+l[êe]er\b[^.]{0,30}?\bnie\b")

# kk: licensees registered or living in a country given no right; end users spared
_KK_PLACES = ((r"Ресей\s+Федерация\w*|Ресей\w*", "RU"), (r"Беларусь\w*", "BY"))
_KK_WITHHELD = _p(r"(?:ешқандай\s+)?құқық\s+берілмейді")
_KK_BASED = _p(r"тіркелген\s+заңды\s+тұлға|тұрақты\s+тұратын\s+жеке\s+тұлға")
_KK_NOT = _p(r"\bтек\b|рұқсат\w*|\bегер\b|қоспағанда")
_KK_SPARED = _p(r"шектеу[^.]{0,80}?соңғы\s+пайдаланушы\w*[^.]{0,60}?қолданылмайды")

# es (voseo): the one use banned, watching or tracking people
_ES_ONLY_BAN = _p(r"\blo\s+[úu]nico\s+que\s+no\s+pod[ée]s\s+hacer\b")
_ES_WATCH = _p(r"\bvigilar\b|\bespiar\b|\bseguirles?\s+el\s+rastro\b|\brastrear\b|\bperfiles\b")
_ES_PEOPLE = _p(r"\bpersonas\b|\bgente\b")
_ES_MORE = _p(r"\bcomercial\w*|\bplata\b|\bdinero\b|\bvender\b|\binvestigaci\w*|\bmilitar\w*")

# tr: a clause's title, a few words and no verb ("Madde 3 - Ticari kullanım.")
_TR_HEADING = _p(r"^\s*Madde\s+\d{1,3}\s*[-–—:]\s*(?:[\w'’]+\s*){1,4}\.?$")
_TR_VERB = _p(
    r"\w+(?:[ıiuü]r|d[ıiuü]r|t[ıiuü]r|maz|mez|abilir|ebilir|malı|meli)\b|\byasak\b|\bdeğil\b"
    r"|\bsadece\b|\byalnız\w*|\bizin\w*|\bhariç\b"
    # a caption naming a ban or a limit is no mere caption ("Yeniden dağıtım yasağı")
    r"|\byasa[kğ]\w*|\bsınır\w*|\bkısıt\w*|\bşart\w*|\bkoşul\w*"
)

# tr: the licensee's internal use (its own staff, its own internal work) is no commercial use
_TR_INTERNAL = _p(r"\biç\s+(?:iş\w*|kullanım\w*|faaliyet\w*)|\bkurum\s+içi\b|\bdahili\b")
_TR_NOT_COMMERCIAL = _p(
    r"\bticari\s+kullanım\s+(?:sayılmaz|değildir|olarak\s+kabul\s+edilmez)"
    r"|\bticari\s+(?:sayılmaz|değildir)"
)
_TR_ACTS = _p(r"\byasak\w*|\bhariç\b|\bancak\b|\bizin\s+al\w*|\bonay\w*|\bücret\w*|\bgelir\w*")

# mr: research, whoever does it (a private company too), is not made commercial by who does it
_MR_RESEARCH = _p(r"संशोधन")
_MR_ANYONE = _p(r"कोणीही|कोणतीही\s+व्यक्ती|खाजगी\s+कंपनी|कंपन्या")
_MR_NOT_COMMERCIAL = _p(r"व्यावसायिक\s+(?:ठरत|होत|मानले\s+जात)\s+नाही")
_MR_NOT = _p(r"नये|निषिद्ध|परवानगी|वगळता|शिवाय|केवळ|फक्त|परवाना\s+घ्या")

# ar (Gulf dialect questions and answers): a bare yes to "may I use it commercially?", a
# registration to make before starting, yearly income past an amount (the dirham the UAE's
# when the text names the UAE), the answers part of the licence, registration confirmed at once
_AR_QA = _p(r"^\W*س\s*[:：]\s*(?P<q>[^؟?]+)[؟?]\s*ج\s*[:：]\s*(?P<a>.*)$")
_AR_COMMERCIAL = _p(r"تجار[يةى]|ربح|بيزنس")
_AR_YES = _p(
    r"\W*(?:نعم|إي|اي|ايه|إيه|أيوه|ايوه|أكيد|اكيد|طبعا|طبعاً|بالتأكيد)"
    r"(?:\s+(?:أكيد|اكيد|طبعا|طبعاً|نعم))?\W*"
)
# a question asking whether a use is banned, or needs a licence or consent: "yes" allows nothing
_AR_Q_NOT = _p(
    r"ممنوع|يمنع|محظور|يحظر|\bلا\b|\bما\b|\bمو\b|\bغير\b|بدون|ترخيص|رخصة|إذن|اذن|موافق|لازم"
    r"|يجب|أحتاج|احتاج|نحتاج|فقط|بس\b"
)
_AR_REVENUE = _p(r"الدخل|الإيرادات|الايرادات|المبيعات|الأرباح")
_AR_ANNUAL = _p(r"السنوي|السنوية|سنوي|في\s+السنة")
_AR_OTHER_LICENCE = _p(r"رخصة\s+(?:ثانية|ثانيه|أخرى|اخرى|منفصلة|تجارية)|ترخيص\s+(?:منفصل|آخر|ثاني)")
_AR_NOT = _p(r"ما\s+(?:تحتاج|يحتاج|لازم)|مو\s+لازم|بدون\s+رخصة|ممنوع|يحظر|فقط")
_AR_REGISTER = _p(r"(?:سجّل|سجل|تسجّل|تسجل)\s+(?:شركتك|حسابك|نفسك|اسمك|عندنا)")
_AR_ASKED = _p(r"موافق|إذن|اذن|رخصة|ترخيص|نراجع|مراجعتنا|ندرس|ننظر|ممنوع|فقط|\bإلا\b|ادفع|رسوم")
_AR_EMIRATES = _p(r"الإمارات|الامارات|إماراتي")
_AR_BARE_DIRHAM = _p(r"درهم(?!\s+(?:إماراتي|اماراتي|مغربي))")

# my (card): a line of text shown where users see it
_MY_SHOWN = _p(r"အသုံးပြုသူများ\s*မြင်နိုင်သည့်\s*နေရာ[^။]{0,20}?ဖော်ပြရမည်")
_MY_NOT = _p(r"တားမြစ်|မပြုရ|မသုံးရ|သာလျှင်|ခွင့်ပြုချက်")


_NUMBERED = lazy_pattern(r"^\s*(?:\d{1,3}|[၀-၉]{1,3})\s*[.။)]?\s")
# a model's size in its name ("Nafa-1B", "ແຄນ-1B"): no number of a term
_SIZE = lazy_pattern(r"-\d+(?:\.\d+)?[BbMm]\b")


def read_s39wb(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages in one of the shapes of the module docstring, each with its clauses (none:
    it states no term)."""
    found: dict[Passage, list[Clause]] = {}
    emirates = any(_AR_EMIRATES.search(p.text) for p in passages)  # whose dirham
    for passage in passages:
        if passage.language == ENGLISH:
            continue
        text = passage.text
        if emirates and _AR_BARE_DIRHAM.search(text):
            text = _AR_BARE_DIRHAM.sub("درهم إماراتي", text)
        clauses = read_clause_s39wb(text)
        if clauses is not None:
            found[passage] = clauses
    # a grant read beside a cap read here: the cap's `restricted` stands, whatever the order
    every = [c for clauses in found.values() for c in clauses]
    if Clause("commercial_use", "restricted") in every:
        restricted = Clause("commercial_use", "restricted")
        for passage, clauses in found.items():
            found[passage] = [c for c in clauses if c.key != "commercial_use" or c == restricted]
    return found


def read_clause_s39wb(text: str) -> list[Clause] | None:
    """The clauses one passage states in a shape above; None: none of them."""
    text = " ".join(text.replace("ຳ", "ໍາ").split())
    for reader in _READERS:
        clauses = reader(text)
        if clauses is not None:
            return clauses
    if _NO_TERM.search(text) and not _NO_TERM_NOT.search(text):
        return []
    if _TR_HEADING.search(text) and not _TR_VERB.search(text):
        return []  # "Madde 3 - Ticari kullanım.": a clause's title
    return None


def _grant(text: str) -> list[Clause] | None:
    for shape, harmless, narrowing in _GRANTS:
        if shape.search(text) is None:
            continue
        rest = text if harmless is None else harmless.sub(" ", text)
        rest = _NUMBERED.sub(" ", rest)  # the clause's own number
        rest = _SIZE.sub(" ", rest)
        if narrowing.search(rest) is None and not re.search(r"\d", rest):
            return _ALLOWED
    return None


def _cap(text: str) -> list[Clause] | None:
    if _CAP_NOT.search(text):
        return None
    if _ZU_REVENUE.search(text) and _ZU_CAP.search(text) and _ZU_LICENCE.search(text):
        revenue = revenue_cap(text, _ZU_REVENUE, _ZU_ANNUAL)
        return None if revenue is None else [Clause("revenue_threshold", revenue), *_CAPPED]
    count = _MN_COUNT.search(text)
    if _MN_USERS.search(text) and count is not None and _MN_LICENCE.search(text):
        value = float(count.group(1).replace(",", "."))
        users = int(value * _MN_SCALES[count.group(2).lower()])
        term: dict[str, object] = {"count": users, "unit": "mau"}
        return [Clause("user_threshold", term), Clause("mau_threshold", users), *_CAPPED[1:]]
    return None


def _weights(text: str) -> list[Clause] | None:
    if not _AF_WEIGHTS.search(text) or _AF_NOT.search(text):
        return None
    proviso = _AF_SEPARATE.sub(" ", text)
    in_app = _AF_MAY.search(text) and _AF_APP.search(text) and _AF_DEVICES.search(text)
    if in_app and not _AF_NEGATED.search(proviso):
        return [Clause("use_scope", ["on-device-shipping"])]
    if _AF_PASS_ON.search(text) and _AF_BANNED.search(text):
        return [Clause("use_scope", ["no-weight-redistribution"])]
    return None


def _domiciles(text: str) -> list[Clause] | None:
    if _KK_SPARED.search(text):
        return None  # the end users spared: `foreign_excluded` reads them as exempt
    if not (_KK_WITHHELD.search(text) and _KK_BASED.search(text)) or _KK_NOT.search(text):
        return None
    places = [code for pattern, code in _KK_PLACES if re.search(pattern, text)]
    return excluded_clauses("excluded_licensee_domiciles", places[:1]) or None


def _surveillance(text: str) -> list[Clause] | None:
    if not (_ES_ONLY_BAN.search(text) and _ES_WATCH.search(text) and _ES_PEOPLE.search(text)):
        return None
    return None if _ES_MORE.search(text) else [Clause("use_restrictions", ["surveillance"])]


def _shown(text: str) -> list[Clause] | None:
    if _MY_SHOWN.search(text) and not _MY_NOT.search(text):
        return [Clause("attribution_required", True)]
    return None


def _tr_internal(text: str) -> list[Clause] | None:
    if _TR_INTERNAL.search(text) and _TR_NOT_COMMERCIAL.search(text):
        return None if _TR_ACTS.search(text) else [Clause("use_scope", ["internal-use-by-anyone"])]
    return None


def _mr(text: str) -> list[Clause] | None:
    found = (
        _MR_RESEARCH.search(text) and _MR_ANYONE.search(text) and _MR_NOT_COMMERCIAL.search(text)
    )
    return (
        [Clause("use_scope", ["research-by-anyone"])]
        if found and not _MR_NOT.search(text)
        else None
    )


def _ar_answers(text: str) -> list[Clause] | None:
    asked = _AR_QA.search(text)
    if asked is not None:
        question, answer = asked["q"], asked["a"]
        plain = _AR_COMMERCIAL.search(question) and not _AR_Q_NOT.search(question)
        if plain and _AR_YES.fullmatch(answer.strip()):
            return _ALLOWED  # "may I use it for commercial work? Yes.": what it asks, allowed
        text = answer
    if _AR_REVENUE.search(text) and _AR_OTHER_LICENCE.search(text) and not _AR_NOT.search(text):
        revenue = revenue_cap(text, _AR_REVENUE, _AR_ANNUAL)
        return None if revenue is None else [Clause("revenue_threshold", revenue), *_CAPPED]
    if asked is None and _AR_REGISTER.search(text) and not _AR_ASKED.search(text):
        return [Clause("commercial_use_conditions", ["registration"])]
    return None


def _law(text: str) -> list[Clause] | None:
    for place, code, law, unread in _LAWS:
        if place.search(text) and law.search(text) and not unread.search(text):
            return [Clause("governing_law", code)]
    return None


_READERS: tuple[Callable[[str], list[Clause] | None], ...] = (
    _grant, _cap, _weights, _domiciles, _surveillance, _shown, _law, _tr_internal, _mr, _ar_answers,
)  # fmt: skip
