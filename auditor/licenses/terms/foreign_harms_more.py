"""Ban words and harm words of the languages `foreign_more` reads (Danish, Norwegian, Ukrainian,
Bulgarian, Croatian/Serbian, Lithuanian, Latvian, Estonian, Malay, Swahili, Bengali, Persian):
a ban word and a harm word in one clause set the tag the English rule of that harm sets
(license_db/clause_rules/use_restrictions.yaml). Croatian/Serbian words are written in Latin
letters and read in Cyrillic too (`foreign_cue_shapes.both_scripts`).
"""

from __future__ import annotations

BANS: dict[str, str] = {
    "da": r"\b(?:forbud\w*|forbudt|må\s+(?:ikke|aldrig)|ikke\s+(?:må|tilladt)|er\s+ikke\s+tilladt"
    r"|skal\s+ikke\s+(?:bruges|anvendes))",
    "no": r"\b(?:forbud\w*|forbudt|må\s+(?:ikke|aldri)|ikke\s+(?:må|tillatt)|er\s+ikke\s+tillatt"
    r"|skal\s+ikke\s+(?:brukes|benyttes|anvendes))",
    "uk": r"(?<!не\s)\bзаборон\w*|\bне\s+(?:можна|може|можуть|дозволяється|допускається|вправі"
    r"|має\s+права|слід)\b|\bне\s+використов\w*",
    "bg": r"(?<!не\s)\bзабран\w*|\bне\s+(?:може|могат|се\s+разрешава|е\s+разрешен\w*|бива|трябва)"
    r"\b|\bняма\s+право",
    "hr": r"(?<!nije\s)\bzabranj\w*|(?<!nije\s)\bzabran\w*"
    r"|\bne\s+(?:smije|smiju|sme|smeju|može|mogu|dopušta|dozvoljava)\b"
    r"|\bnije\s+(?:dopušten|dozvoljen)\w*",
    "lt": r"\b(?:draudžiam\w*|uždraust\w*|draudžia|negalima|negali\w*|neleidžiam\w*"
    r"|nėra\s+leidžiam\w*|neapima|neapims)\b",
    "lv": r"\b(?:aizliegt\w*|aizliedz\w*|nedrīkst|nav\s+atļaut\w*|nav\s+pieļaujam\w*"
    r"|neattiecas\s+uz|neaptver)",
    # et, lt, lv: the grant said not to cover a use ("õigus ei hõlma ...", "neapima")
    "et": r"\b(?:keelatud|keelab|ei\s+tohi|ei\s+ole\s+lubatud|pole\s+lubatud|ei\s+või"
    r"|ei\s+hõlma|ei\s+laiene|ei\s+kata)\b",
    "ms": r"\b(?:dilarang|larangan|tidak\s+(?:boleh|dibenarkan)|jangan)\b",
    "sw": r"\b(?:marufuku|hairuhusiwi|haruhusiwi|hauruhusiwi|hayaruhusiwi|haziruhusiwi"
    r"|hawaruhusiwi|usitumie|haitatumika|haitatumiwa|hakuna\s+ruhusa|haipaswi|hapaswi)\b",
    "bn": r"নিষিদ্ধ|যাবে\s+না|করবেন\s+না|অনুমোদিত\s+নয়|অনুমতি\s+নেই|পারবেন\s+না",
    "fa": r"مجاز\s+نیست|ممنوع|نباید|مجاز\s+نمی|اجازه\s+ندار|حق\s+ندار",
    "ur": r"ممنوع|اجازت\s+نہیں|نہیں\s+کیا\s+جا\s+سکتا|نہیں\s+کر\s+سکتے|استعمال\s+نہ\s+کریں"
    r"|منع\s+ہے",
}
CLAUSE_END = r"[.;!?।۔]|\b(?:men|dog|але|проте|но|ali|međutim|али|tačiau|kuid|aga|tetapi|lakini)\b"

HARMS: dict[str, dict[str, str]] = {
    "illegal-activity": {
        # "i strid med gældende lov" / "i strid med gjeldende lov": contrary to the law in force
        "da": r"\bulovlig\w*|\bkriminel\w*|\blovstridig\w*|\bi\s+strid\s+med\s+(?:(?:gældende|dansk"
        r"|anden|anvendelig)\s+){0,2}(?:lov\w*|ret\b|retsregler)",
        "no": r"\bulovlig\w*|\bkriminel\w*|\blovstridig\w*|\bi\s+strid\s+med\s+(?:(?:gjeldende"
        r"|norsk|annen|anvendelig)\s+){0,2}(?:lov\w*|rett\b|rettsregler)",
        "uk": r"\bнезаконн\w*|\bпротиправн\w*|\bзлочин\w*|\b(?:з\s+)?порушенн\w*\s+(?:чинного\s+)?"
        r"(?:законодавств|закон)\w*|\bпорушуюч\w*\s+(?:чинне\s+)?(?:законодавств|закон)\w*",
        "bg": r"\bнезаконн\w*|\bпротивоправн\w*|\bпрестъпн\w*",
        "hr": r"\bnezakonit\w*|\bprotupravn\w*|\bprotivpravn\w*|\bkrivičn\w*|\bkazneno\s+djel\w*",
        "lt": r"\bneteisėt\w*|\bnusikalst\w*", "lv": r"\bnelikumīg\w*|\bnoziedzīg\w*",
        "et": r"\bebaseaduslik\w*|\bõigusvastas\w*|\bkuritegu\w*|\bkuritegeli\w*",
        "ms": r"\bmenyalahi\s+undang-undang|\bharam\b|\bjenayah\b",
        "sw": r"\bkinyume\s+cha\s+sheria|\bharamu\b|\buhalifu\b",
        "bn": r"অবৈধ|বেআইনি|অপরাধ", "fa": r"غیرقانونی|غیر\s+قانونی|مجرمانه",
        "ur": r"غیر\s*قانونی|مجرمانہ",
    },
    "violence": {
        "da": r"\bvold\b|\bvoldelig\w*", "no": r"\bvold\b|\bvoldelig\w*", "uk": r"\bнасильств\w*",
        "bg": r"\bнасили\w*", "hr": r"\bnasilj\w*", "lt": r"\bsmurt\w*", "lv": r"\bvardarbīb\w*",
        "et": r"\bvägivald\w*", "ms": r"\bkeganasan\b", "sw": r"\bvurugu\b|\bukatili\b",
        "bn": r"সহিংসতা", "fa": r"خشونت",
        "ur": r"تشدد",
    },
    "military": {
        "da": r"\bmilitær\w*|\bkrigsførelse\w*|\bkrig\b|\bvæbnede\s+operation\w*",
        "no": r"\bmilitær\w*|\bkrigføring\w*|\bkrig\b|\bvæpnede\s+operasjon\w*",
        "uk": r"\bвійськов\w*|\bбойов\w*|\bвійн\w*", "bg": r"\bвоенн\w*|\bвойн\w*|\bбойн\w*",
        "hr": r"\bvojn\w*|\bratn\w*|\brat\b|\bborben\w*",
        "lt": r"\bkarin\w*|\bkarui\b|\bkaro\b|\bkova\w*\s+operacij\w*",
        "lv": r"\bmilitār\w*|\bkara\b|\bkaraspēk\w*", "et": r"\bsõjaliku\w*|\bsõjali\w*|\bsõja\w*",
        "ms": r"\bketenteraan\b|\btentera\b|\bperang\b", "sw": r"\bkijeshi\b|\bjeshi\b|\bvita\b",
        "bn": r"সামরিক|যুদ্ধ", "fa": r"نظامی|جنگ",
        "ur": r"فوجی|جنگ",
    },
    "weapons": {
        "da": r"\bvåben\w*|\bsprængstof\w*", "no": r"\bvåpen\w*|\bsprengstoff\w*",
        "uk": r"\bзброї\b|\bзброя\b|\bзброю\b|\bозброєн\w*|\bвибухов\w*",
        "bg": r"\bоръжи\w*|\bвзрив\w*", "hr": r"\boružj\w*|\beksploziv\w*",
        "lt": r"\bginkl\w*|\bsprogmen\w*", "lv": r"\bieroč\w*|\bsprāgstviel\w*",
        "et": r"\brelva\w*|\blõhkeain\w*", "ms": r"\bsenjata\b|\bbahan\s+letupan",
        "sw": r"\bsilaha\b|\bvilipuzi\b", "bn": r"অস্ত্র|বিস্ফোরক",
        "fa": r"سلاح|جنگ\s*افزار|مواد\s+منفجره",
        "ur": r"ہتھیار|اسلحہ|دھماکہ\s+خیز",
    },
    "disinformation": {
        # misleading or false content or information ("villedende innhold om virkelige
        # personer", "falske oplysninger")
        "da": r"\bdesinformation\w*|\bfalske\s+nyheder|\b(?:vildledende|falsk[et]?)\s+"
        r"(?:indhold|information\w*|oplysning\w*|udsagn)",
        "no": r"\bdesinformasjon\w*|\bfalske\s+nyheter|\b(?:villedende|falsk[et]?)\s+"
        r"(?:innhold|informasjon\w*|opplysning\w*|utsagn)",
        "uk": r"\bдезінформац\w*|\bфейков\w*", "bg": r"\bдезинформаци\w*|\bфалшиви\s+новини",
        "hr": r"\bdezinformacij\w*|\blažn\w*\s+vijesti|\blažn\w*\s+vesti",
        "lt": r"\bdezinformacij\w*",
        "lv": r"\bdezinformācij\w*", "et": r"\bdesinformatsioon\w*|\bvaleuudis\w*",
        "ms": r"\bmaklumat\s+palsu|\bberita\s+palsu|\bdisinformasi\b",
        "sw": r"\bhabari\s+za\s+uongo|\btaarifa\s+za\s+uongo|\bupotoshaji\b",
        "bn": r"ভুল\s+তথ্য|মিথ্যা\s+তথ্য|অপপ্রচার", "fa": r"اطلاعات\s+نادرست|اخبار\s+جعلی",
        "ur": r"غلط\s+معلومات|جعلی\s+خبر",
    },
    "surveillance": {
        "da": r"\bmasseovervågning\w*|\bovervågning\w*\s+af\s+(?:personer|borgere|mennesker"
        r"|ansatte)"
        r"|\bspionage\w*",
        "no": r"\bmasseovervåking\w*|\bovervåking\w*\s+av\s+(?:personer|borgere|mennesker|ansatte)"
        r"|\bspionasje\w*",
        "uk": r"\bмасов\w*\s+(?:стеженн|спостереженн|нагляд)\w*|\bстеженн\w*\s+за\s+"
        r"(?:людьми|особами"
        r"|громадянами|працівниками)|\bшпигун\w*",
        "bg": r"\bмасов\w*\s+(?:наблюдени|следене)\w*|\bследене\s+на\s+(?:хора|лица|граждани)"
        r"|\bшпиона\w*",
        "hr": r"\bmasovn\w*\s+nadzor\w*|\bnadzor\w*\s+(?:nad\s+)?(?:ljud|osob|građan|lic)\w*"
        r"|\bpraćenj\w*\s+(?:kretanja|komunikacij\w*|ljudi|osoba|lica)|\bšpijun\w*",
        "lt": r"\bmasin\w*\s+sekim\w*|\b(?:žmonių|asmenų|piliečių|darbuotojų)\s+(?:\w+\s+)?"
        r"sekim\w*|\bslapt\w*\s+sekim\w*|\bšnipinėjim\w*",
        "lv": r"\bmasveida\s+novērošan\w*|\b(?:cilvēku|personu|iedzīvotāju|darbinieku)\s+"
        r"(?:\w+\s+)?novērošan\w*|\bslepen\w*\s+novērošan\w*",
        "et": r"\bmassjälgimi\w*|\b(?:inimeste|isikute|kodanike|töötajate)\s+(?:\w+\s+)?"
        r"jälgimi\w*|\b(?:varjatud|salaja\w*)\s+jälgimi\w*|\bspionaaž\w*",
        "ms": r"\bpengawasan\s+(?:besar-besaran|beramai-ramai|orang\s+ramai|individu)"
        r"|\bmengintip\b",
        "sw": r"\bufuatiliaji\s+wa\s+(?:watu|raia|umma)|\bupelelezi\b|\bkupeleleza\b",
        "bn": r"নজরদারি|গুপ্তচরবৃত্তি", "fa": r"نظارت\s+(?:گسترده|جمعی)|جاسوسی|شنود"
        r"|(?:پایش|ردیابی|تعقیب)\s+(?:و\s+\S+\s+)?(?:افراد|اشخاص|شهروندان)",
        "ur": r"نگرانی|جاسوسی",
    },
    "biometric-identification": {
        "da": r"\bbiometrisk\w*|\bansigtsgenkendelse\w*",
        "no": r"\bbiometrisk\w*|\bansiktsgjenkjenning\w*",
        "uk": r"\bбіометричн\w*|\bрозпізнаванн\w*\s+облич\w*",
        "bg": r"\bбиометричн\w*|\bлицево\s+разпознаване|\bразпознаване\s+на\s+лица",
        "hr": r"\bbiometrijsk\w*|\bprepoznavanj\w*\s+lica",
        "lt": r"\bbiometrin\w*|\bveido\s+atpažinim\w*",
        "lv": r"\bbiometrisk\w*|\bsejas\s+atpazīšan\w*",
        "et": r"\bbiomeetri\w*|\bnäotuvastus\w*|\bsõrmejälg\w*",
        "ms": r"\bbiometrik\b|\bpengecaman\s+muka|\bpengecaman\s+wajah",
        "sw": r"\bbayometriki\b|\bkibayometriki\b|\bkutambua\s+nyuso",
        "bn": r"বায়োমেট্রিক|মুখ\s+শনাক্তকরণ|চেহারা\s+শনাক্ত",
        "fa": r"بیومتریک|تشخیص\s+چهره|شناسایی\s+(?:افراد|اشخاص)\s+از\s+روی\s+چهره"
        r"|داده[\s\u200c]?(?:ها|های)\s+زیستی|زیست[\s\u200c]?سنج\w*",
        "ur": r"بائیومیٹرک|چہرے\s+کی\s+شناخت",
    },
    "terrorism": {
        "da": r"\bterror\w*", "no": r"\bterror\w*", "uk": r"\bтерор\w*", "bg": r"\bтерор\w*",
        "hr": r"\bteror\w*", "lt": r"\bteror\w*", "lv": r"\bterror\w*", "et": r"\bterror\w*",
        "ms": r"\bkeganasan\s+pengganas|\bpengganas\w*|\bterorisme\b", "sw": r"\bugaidi\b",
        "bn": r"সন্ত্রাস", "fa": r"تروریس",
        "ur": r"دہشت\s*گرد",
    },
    # discrimination, hate speech, harassment and fraud (Danish and Norwegian words only)
    "discrimination": {"da": r"\bdiskrimin\w*", "no": r"\bdiskrimin\w*"},
    "hate-speech": {"da": r"\bhadefuld\w*|\bhadtale\w*", "no": r"\bhatefull\w*|\bhatytring\w*"},
    "harassment": {"da": r"\bchikan\w*", "no": r"\btrakasser\w*"},
    "fraud": {"da": r"\bsvindel\w*|\bbedrageri\w*", "no": r"\bsvindel\w*|\bbedrageri\w*"},
    # Ukrainian malware: "шкідливе програмне забезпечення", "шкідливий код", "комп'ютерні віруси"
    "generate-malware": {
        "uk": r"\bшкідлив\w*\s+(?:програмн\w*\s+забезпеченн\w*|програм\w*|код\w*)"
        r"|\bкомп.ютерн\w*\s+вірус\w*|\bпрограм\w*-вимагач\w*",
    },
    # unsolicited messages sent in bulk ("masseutsendelse av uønsket markedsføring", "spam")
    "spam": {
        "da": r"\bspam\w*|\b(?:masseudsendelse|masseforsendelse)\w*|\buønsket\s+(?:markedsføring"
        r"|reklame|e-?mail\w*|post)",
        "no": r"\bspam\w*|\bmasseutsendel\w*|\buønsket\s+(?:markedsføring|reklame|e-?post\w*)",
    },
    "medical-advice": {
        "da": r"\bmedicinsk\w*\s+(?:rådgivning|råd|diagnos\w*)|\bstille\s+diagnos\w*",
        "no": r"\bmedisinsk\w*\s+(?:rådgivning|råd|diagnos\w*)|\bstille\s+diagnos\w*",
        "uk": r"\bмедичн\w*\s+(?:консультац|порад|діагноз|рекомендац)\w*"
        r"|\bпостановк\w*\s+діагноз\w*",
        "bg": r"\bмедицинск\w*\s+(?:консултаци|съвет|диагноз|препоръ)\w*"
        r"|\bпоставяне\s+на\s+диагноз\w*",
        "hr": r"\bmedicinsk\w*\s+(?:savjet|savet|dijagnoz|preporuk)\w*"
        r"|\bpostavljanj\w*\s+dijagnoz\w*",
        "lt": r"\bmedicinin\w*\s+(?:konsultacij|patarim|diagnoz)\w*|\bdiagnoz\w*\s+nustatym\w*",
        "lv": r"\bmedicīnisk\w*\s+(?:konsultācij|padom|diagnoz)\w*",
        "et": r"\bmeditsiinili\w*\s+(?:nõu\w*|diagnoos\w*)|\bdiagnoosi\w*\s+panem\w*",
        "ms": r"\bnasihat\s+perubatan|\bdiagnosis\s+perubatan|\bmembuat\s+diagnosis"
        r"|\bmencadangkan\s+"
        r"rawatan",
        "sw": r"\bushauri\s+wa\s+(?:kitabibu|matibabu|kiafya)|\bkutambua\s+magonjwa"
        r"|\butambuzi\s+wa\s+"
        r"magonjwa",
        "bn": r"চিকিৎসা\s+(?:পরামর্শ|নির্ণয়)|রোগ\s+নির্ণয়",
        "fa": r"مشاوره\s+پزشکی|تشخیص\s+بیماری|توصیه\s+پزشکی",
        "ur": r"طبی\s+مشورہ|بیماری\s+کی\s+تشخیص",
    },
}  # fmt: skip

# Catalan, Slovak and Slovenian (`foreign_cues_ca_sk_sl`): their ban words and the harms their
# licences name most
BANS.update(
    {
        "ca": r"\b(?:queda\s+prohibit\w*|prohibit\w*|es\s+prohibeix|no\s+(?:es\s+pot|podeu|pot"
        r"|poden|està\s+permès|és\s+permès|se\s+permet))",
        "sk": r"(?<!nie\s)\b(?:zakázan\w*|zakazuje)|\b(?:nesmie\w*|nesmú|nie\s+je\s+(?:povolen"
        r"|dovolen)\w*|nemožno)",
        "sl": r"(?<!ni\s)\b(?:prepovedan\w*|prepoveduje)|\b(?:ni\s+(?:dovoljen|dopuščen)\w*"
        r"|ne\s+(?:sme|smejo|smete|smeš))\b",
    }
)
for _tag, _words in {
    "illegal-activity": {
        "ca": r"\bil·legal\w*|\bil\.legal\w*|\bilegal\w*|\bdelict\w*|\bcriminal\w*",
        "sk": r"\bnezákonn\w*|\bprotiprávn\w*|\btrestn\w*\s+čin\w*"
        r"|\b(?:činnos\w*|konani\w*)[^.;]{0,40}?\btrestn\w*",
        "sl": r"\bnezakonit\w*|\bprotipravn\w*|\bkazniv\w*\s+dejanj\w*",
    },
    "military": {
        "ca": r"\bmilitar\w*|\bbèl·lic\w*|\bguerra\b",
        "sk": r"\bvojensk\w*|\bvojn\w*|\bbojov\w*",
        "sl": r"\bvojašk\w*|\bvojn\w*|\bbojn\w*",
    },
    "weapons": {
        "ca": r"\barmes?\b|\barmament\w*|\bexplosiu\w*",
        "sk": r"\bzbra[nň]\w*|\bvýbušn\w*",
        "sl": r"\borožj\w*|\beksploziv\w*",
    },
    "surveillance": {
        "ca": r"\bvigilància\s+massiva|\bvigilància\s+de\s+(?:persones|ciutadans|treballadors)"
        r"|\bespionatge\b",
        "sk": r"\bmasov\w*\s+sledovan\w*|\bsledovan\w*\s+(?:osôb|ľudí|občanov|zamestnancov)"
        r"|\b(?:skryt|tajn)\w*\s+(?:sledovan|monitorovan|odpočúvan)\w*"
        r"|\b(?:sledovan|monitorovan)\w*\s+(?:\w+\s+)?(?:zamestnanc|pracovník|spolupracovník)\w*"
        r"|\bšpionáž\w*",
        "sl": r"\bmnožičn\w*\s+nadzor\w*|\bnadzor\w*\s+(?:nad\s+)?(?:osebami|ljudmi|državljani"
        r"|zaposlenimi)|\bvohunjenj\w*|\b(?:sledenj|nadzor)\w*\s+(?:ali\s+\w+\s+)?posameznik\w*",
    },
    "biometric-identification": {"sl": r"\bprepoznavanj\w*\s+oseb\w*[^.;]{0,40}?\bbiometri\w*"},
    # Catalan: harm to minors, sexual content and the harms its use policies name beside them
    "minors": {
        "ca": r"\bmenors\s+d['’]edat|\b(?:a|de|amb|contra|per\s+a)\s+(?:els\s+)?menors\b"
        r"|\binfants\b|\bnens\b|\bnenes\b|\babús\s+sexual\s+infantil",
    },
    "sexual-content": {
        "ca": r"\bpornogràf\w*|\bpornografia\b|\bcontinguts?\s+sexuals?",
    },
    "violence": {"ca": r"\bviolència\b|\bviolent\w*"},
    "discrimination": {"ca": r"\bdiscrimina\w*"},
    "hate-speech": {"ca": r"\bdiscursos?\s+d['’]odi\b|\bincitació\s+a\s+l['’]odi\b"},
    "disinformation": {"ca": r"\bdesinformaci\w*|\bnotícies\s+falses\b"},
    "fraud": {"ca": r"\bfrau\b|\bfraus\b|\bestafa\w*|\bfraudulent\w*"},
    "terrorism": {"ca": r"\bterroris\w*"},
    # fake reviews, ratings or followers ("falošné recenzie alebo hodnotenia")
    "fake-engagement": {
        "sk": r"\b(?:falošn|podvodn|vymyslen)\w*\s+(?:recenzi|hodnoten|sledovateľ|lajk)\w*",
    },
}.items():
    HARMS.setdefault(_tag, {}).update(_words)

# Filipino (`foreign_cues_tl`): its ban words ("hindi maaaring gamitin ... para sa:", "bawal",
# "ipinagbabawal") and the harms its licences name
BANS["tl"] = (
    r"\b(?:bawal|ipinagbabawal|hindi\s+(?:maaari\w*|puwede|pwede|pinahihintulutan|pinapayagan"
    r"|dapat|mo\s+maaaring|ka\s+maaaring)|huwag)\b"
)
for _tag, _word in {
    "illegal-activity": r"\bilegal\w*|\blabag\s+sa\s+batas|\bkrimen\w*",
    "violence": r"\bkaraha\w*",
    "military": r"\bmilitar\w*|\bmilitary\b|\bdigmaan\b|\blabanan\b|\bpakikidigma\w*",
    "weapons": r"\barmas\b|\bsandata\w*|\bbala\b|\bpampasabog\w*",
    "surveillance": r"\b(?:lihim\s+na\s+)?(?:pagmamanman|pagmamatyag|paniniktik|pag-?espiya)\w*"
    r"|\bmaniktik\b|\bmagmanman\b",
    "biometric-identification": r"\bbiometric\w*|\bpagkilala\s+(?:sa|ng)\s+mukha",
    "terrorism": r"\bterorismo\b|\bterorista\w*",
    "disinformation": r"\bmaling\s+impormasyon|\bpekeng\s+balita|\bdisimpormasyon\b",
    "fraud": r"\bpanloloko\b|\bpanlilinlang\b|\bscam\w*|\bphishing\b|\bpandaraya\b",
    "discrimination": r"\bdiskriminasyon\b",
    "harassment": r"\bpanliligalig\b|\bpanggigipit\b",
    "medical-advice": r"\bpayong\s+medikal|\bdiyagnosis\b|\bpag-?diagnose\w*",
}.items():
    HARMS.setdefault(_tag, {})["tl"] = _word
