"""Use restrictions (acceptable-use bans) in other languages: a sentence that bans using the
model for a purpose ("queda prohibido ... con fines militares", "il est interdit d'utiliser ...
à des fins militaires", "darf nicht für militärische Zwecke eingesetzt werden", "不得用于军事")
sets the tag the English rule of that harm sets (license_db/clause_rules/use_restrictions.yaml):
a ban word of the passage's language and a harm word in one clause (cut at a full stop, a
semicolon or a "but"). A use permitted, a harm named without a ban ("no fue diseñado para usos
militares") or a ban denied ("no está prohibido") sets nothing. Chinese comes folded.

A ban may introduce a list: `foreign_lists` reads its items with the harms here. The items
most use policies list beside the graver harms (harassment, malware, spam...) and further shapes
of some harms are `foreign_uses_more`'s. The module is longer than 400 lines by its tables of
ban and harm words, one entry a language.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_harms_biometric import settle_biometric
from auditor.licenses.terms.foreign_harms_nordic import with_harms_nordic
from auditor.licenses.terms.foreign_uses_more import with_more_harms
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE

_BANS: dict[str, str] = {
    "es": r"(?<!no\s)(?<!no\sestá\s)(?<!no\squeda\s)(?<!no\ses\s)\b(?:prohibid\w*|prohíbe\w*"
    r"|vedad\w*)|\bno\s+(?:se\s+)?(?:puede|pueden|podrá|podrán|debe|deben|deberá|deberán|permite"
    r"|permiten|autoriza)\b|\bno\s+(?:está|están)\s+(?:permitid|autorizad)\w*|\ba\s+no\s+"
    r"(?:utilizar|usar|emplear|desplegar)|\bno\s+(?:utilice|utilices|use|uses|emplee|utilizará)\b"
    r"|\bse\s+abstendrá|\bno\s+se\s+(?:admite|admiten|tolera)\b(?=[^.;]{0,300}?\b(?:(?:el|la|los|las)"
    r"\s+(?:uso|empleo|utilización|aplicación)|usar|utilizar|emplear)\b)",
    "pt": r"(?<!não\s)(?<!não\sé\s)(?<!não\sestá\s)\b(?:proibid\w*|proíbe\w*|vedad\w*)"
    r"|\bnão\s+(?:pode|podem|poderá|poderão|deve|devem|deverá|deverão)\b"
    r"|\bnão\s+(?:é|são)\s+(?:permitid|autorizad)\w*|\ba\s+não\s+(?:utilizar|usar|empregar)"
    r"|\bnão\s+(?:utilize|use|utilizar)\b|\bnão\s+se\s+(?:admite|admitem|permite|permitem|tolera)\b"
    r"(?=[^.;]{0,300}?\b(?:[oa]s?\s+(?:uso|emprego|utilização|aplicação)|usar|utilizar|empregar)\b)",
    "fr": r"(?<!pas\s)\b(?:interdi\w*|prohib\w*)|\bne\s+(?:pouvez|peut|peuvent|pourrez|pourra"
    r"|pourront|devez|doit|doivent|devra|devront)\s+(?:pas|en\s+aucun\s+cas|jamais)\b"
    r"|\bne\s+(?:peut|peuvent|pourra|saurait)\s+être\s+(?:utilis|employ|exploit)"
    r"|\bn'(?:est|sont)\s+pas\s+(?:autoris|permis)\w*|\bne\s+(?:pas|jamais)\s+(?:utiliser|employer"
    r"|exploiter)|\bn'utilisez\s+(?:pas|jamais)|\bs'engage\w*\s+à\s+ne\s+pas",
    "de": r"(?<!nicht\s)\b(?:untersagt|verboten)\w?\w?\b|\bnicht\s+(?:gestattet|erlaubt|zulässig)"
    r"|\b(?:darf|dürfen|dürfte)\s+(?:[\w-]+\s+){0,8}?(?:nicht|keinesfalls|niemals)\b"
    r"|\b(?:verwenden|nutzen|benutzen|setzen)\s+Sie\s+(?:[\w-]+\s+){0,8}?nicht\b"
    r"|\bkeinesfalls\b",
    "it": r"(?<!non\s)(?<!non\sè\s)\b(?:vietat\w*|proibit\w*|proibisce)"
    r"|\bnon\s+(?:è|sono)\s+(?:consentit|permess|autorizzat)\w*|\bnon\s+(?:può|possono|potrà"
    r"|potranno|deve|devono|dovrà|dovranno)\b|\bnon\s+(?:utilizzare|usare|impiegare)\b"
    r"|\bsi\s+impegna\w*\s+a\s+non\b",
    "nl": r"(?<!niet\s)\bverboden\b|\bniet\s+(?:toegestaan|gebruiken|worden\s+(?:gebruikt|ingezet))"
    r"|\b(?:mag|mogen)\s+(?:[\w-]+\s+){0,8}?(?:niet|nooit)\b|\bis\s+niet\s+toegestaan",
    "pl": r"(?<!nie\s)\b(?:zabroni\w*|zabrania\w*|zakaz\w*|niedozwolon\w*)"
    r"|\bnie\s+(?:wolno|można|może|mogą|należy|jest\s+dozwolon\w*|są\s+dozwolon\w*)\b|\bnie\s+(?:wykorzyst|używa|stosow)\w*",
    "ru": r"(?<!не\s)\bзапрещ\w*|\bне\s+(?:допускается|разрешается|может|могут|должен|должны"
    r"|вправе|следует)\b|\bнельзя\b|\bне\s+использ\w*",
    "id": r"\b(?:dilarang|larangan|jangan)\b|\btidak\s+(?:boleh|diperbolehkan|diizinkan|dapat"
    r"|diperkenankan)\b",
    "tr": r"\byasak\w*|\b\w*(?:kullanılamaz|kullanamaz\w*|kullanmayacak\w*|kullanılmamalı\w*)"
    r"|\bizin\s+verilmez",
    "vi": r"\b(?:nghiêm\s+)?cấm\b|\bkhông\s+được\b|\bkhông\s+cho\s+phép\b|\bkhông\s+sử\s+dụng\b",
    "zh": r"禁止|不得|严禁|不可|不能|不允许|不准|请勿|切勿",
    "ja": r"禁止|してはな(?:らない|りません)|してはいけ(?:ない|ません)|しないこと|しないでください"
    r"|使用できません|利用できません",
    "ko": r"금지|금한다|해서는\s*안|하여서는\s*안|(?:해|하여)서는\s*아니\s*[되된됩됨]|할\s*수\s*없"
    r"|사용하지\s*않|이용하지\s*않",
    # Arabic (read without vowel marks, `_unmarked`): passive and impersonal bans too
    "ar": r"(?<!لا\s)(?<!ليس\s)(?<![\u0621-\u064a])[وف]?(?:[يت]حظر|[يت]منع|محظور|ممنوع|حظر"
    r"|لا\s+(?:يجوز|تجوز|يسمح|يحق|يمكن)|غير\s+(?:مسموح|مصرح|جائز)|ي(?:ت)?متنع)",
}

# Where a clause ends: a full stop, a semicolon, or a contrastive "but" (a ban then a permission)
_CLAUSE_END = lazy_pattern(
    r"[.;。；!?！？؛]|\b(?:pero|sin\s+embargo|mais|aber|jedoch|però|tuttavia|mas|porém|maar"
    r"|echter|ale|jednak|но|однако|tetapi|namun|ancak|fakat|nhưng)\b|但是|但|しかし|하지만|그러나",
    _FLAGS,
)

# watching that is oversight: "sin vigilancia humana", "sans la surveillance d'un médecin"
_UN = r"(?<!sin\s)(?<!sin\sla\s)(?<!sem\s)(?<!sem\sa\s)(?<!sans\s)(?<!sans\sla\s)(?<!ohne\s)"
_UN += r"(?<!menschliche\s)(?<!menschlicher\s)(?<!senza\s)(?<!senza\sla\s)"
_HU = r"(?!\s+(?:humana|humaine|umana))"
# tag -> language -> the harm's words (the English rule of the tag names the same harm)
_HARMS: dict[str, dict[str, str]] = {
    "illegal-activity": {
        "es": r"\bilegal\w*|\bilícit\w*|\bdelit\w*|\bdelictiv\w*|\bcriminal\w*|\b(?:infring\w*"
        r"|infrinj\w*|viol\w*)\s+(?:la\s+|las\s+|cualquier\s+)?(?:ley|leyes|legislación|normativa)",
        "pt": r"\bilegal\w*|\bilícit\w*|\bcrimes?\b|\bcriminos\w*|\bviol\w*\s+(?:a\s+|as\s+"
        r"|qualquer\s+)?(?:lei|leis|legislação)",
        "fr": r"\billégal\w*|\billicite\w*|\bcriminel\w*|\bdélits?\b|\b(?:enfreign|viol)\w*\s+"
        r"(?:la\s+|les\s+)?(?:loi|lois|législation)",
        "de": r"\billegal\w*|\brechtswidrig\w*|\bgesetzwidrig\w*|\bstrafbar\w*|\bkriminell\w*"
        r"|\bStraftat\w*|\bunrechtmäßig\w*|\bVerstoß\w*\s+gegen\s+(?:\w+\s+)?(?:Gesetz|Recht)",
        "it": r"\billegal\w*|\billecit\w*|\bcriminal\w*|\breat[oi]\b|\bviol\w*\s+(?:la\s+|le\s+)?"
        r"(?:legge|leggi)",
        "nl": r"\billegal\w*|\bonwettig\w*|\bstrafbar\w*|\bcrimine\w*|\bin\s+strijd\s+met\s+"
        r"(?:de\s+)?(?:wet|wetgeving)",
        "pl": r"\bnielegaln\w*|\bniezgodn\w*\s+z\s+prawem|\bprzestęp\w*|\bbezprawn\w*",
        "ru": r"\bнезаконн\w*|\bпротивоправн\w*|\bпреступн\w*|\bнарушени\w*\s+закон\w*",
        "id": r"\bilegal\b|\bmelanggar\s+hukum|\bmelawan\s+hukum|\btindak\s+pidana|\bkejahatan"
        r"|\bkriminal\w*",
        "tr": r"\byasa\s*dışı|\bkanuna\s+aykırı|\bhukuka\s+aykırı|\bsuç\w*",
        "vi": r"bất\s+hợp\s+pháp|trái\s+(?:với\s+)?pháp\s+luật|vi\s+phạm\s+pháp\s+luật|tội\s+phạm",
        "zh": r"违法|非法|犯罪|违反[^。；;]{0,6}?法律",
        "ja": r"違法|不法|犯罪|法令に違反",
        "ko": r"불법|범죄|위법|(?:법률|법령|법규|관계\s*법령|관련\s*법령?)(?:을|를)?\s*위반",
        "ar": r"غير\s+(?:ال)?(?:قانوني|مشروع)|مخالف\w*\s+لل?(?:قانون|قوانين)|جرائم|جريمة|[اإ]جرامي",
    },
    "violence": {
        "es": r"\bviolencia\b|\bviolent[oa]s?\b",
        "pt": r"\bviolência\b|\bviolent[oa]s?\b",
        "fr": r"\bviolences?\b|\bviolente?s?\b",
        "de": r"(?<!höhere\s)(?<!höherer\s)\bGewalt(?:tat\w*|taten|verherrlich\w*)?\b"
        r"|\bgewalttätig\w*",
        "it": r"\bviolenza\b|\bviolent[oie]\b",
        "nl": r"\bgeweld\w*|\bgewelddadig\w*",
        "pl": r"\bprzemoc\w*|\bbrutaln\w*",
        "ru": r"\bнасили\w*",
        "id": r"\bkekerasan\b",
        "tr": r"\bşiddet\w*",
        "vi": r"bạo\s+lực",
        "zh": r"暴力",
        "ja": r"暴力",
        "ko": r"폭력",
        "ar": r"عنف",
    },
    "minors": {
        "es": r"\bmenores\s+de\s+edad|\b(?:a|de|contra)\s+(?:los\s+)?menores\b|\bniñ[oa]s\b"
        r"|\binfancia\b|\babuso\s+sexual\s+infantil",
        "pt": r"\bmenores\s+de\s+idade|\b(?:a|de|contra)\s+(?:os\s+)?menores\b|\bcrianças\b"
        r"|\babuso\s+sexual\s+infantil",
        "fr": r"\bmineurs?\b|\benfants?\b|\bpédopornograph\w*",
        "de": r"\bMinderjährig\w*|\bKinder(?:n|pornograph\w*)?\b|\bKindes\w*|\bJugendlich\w*",
        "it": r"\bminorenni\b|\b(?:a|ai|di|dei|contro\s+i)\s+minori\b|\bbambin[ie]\b"
        r"|\bpedopornograf\w*",
        "nl": r"\bminderjarig\w*|\bkinderen\b|\bkinderporno\w*",
        "pl": r"\bnieletni\w*|\bmałoletni\w*|\bdzieci\b|\bdzieciom\b|\bdziecka\b",
        "ru": r"\bнесовершеннолетн\w*|\bдет(?:ей|ям|ьми|и)\b",
        "id": r"\banak(?:-anak)?\b(?!\s+perusahaan)|\bdi\s+bawah\s+umur",
        "tr": r"\bçocuk\w*|\breşit\s+olmayan",
        "vi": r"trẻ\s+em|vị\s+thành\s+niên",
        "zh": r"未成年|儿童",
        "ja": r"未成年|児童|子ども|子供",
        "ko": r"미성년|아동|어린이",
        "ar": r"قاصر|[اأ]طفال|الطفل",
    },
    "sexual-content": {
        "es": r"\bpornográf\w*|\bpornografía|\bcontenidos?\s+sexual(?:es)?\s*(?:explícit\w*)?",
        "pt": r"\bpornográf\w*|\bpornografia|\bconteúdos?\s+sexua(?:l|is)",
        "fr": r"\bpornograph\w*|\bcontenus?\s+(?:à\s+caractère\s+)?sexuel\w*",
        "de": r"\bpornogra\w*|\bsexuell\s+explizit\w*|\bsexuelle[nr]?\s+Inhalt\w*",
        "it": r"\bpornograf\w*|\bcontenuti?\s+sessual\w*",
        "nl": r"\bpornografi\w*|\bseksueel\s+expliciet\w*",
        "pl": r"\bpornograf\w*|\btreści?\s+seksualn\w*",
        "ru": r"\bпорнограф\w*",
        "id": r"\bpornografi\b|\bkonten\s+seksual",
        "tr": r"\bpornografi\w*|\bmüstehcen\w*",
        "vi": r"khiêu\s+dâm",
        "zh": r"色情|淫秽",
        "ja": r"ポルノ|わいせつ|猥褻",
        "ko": r"음란|포르노",
        "ar": r"[اإ]باحي|جنسي\w*\s+صريح",
    },
    "discrimination": {
        **dict.fromkeys(("es", "pt", "fr", "it", "nl"), r"\bdiscrimin\w*"),
        "de": r"\bdiskriminier\w*|\bDiskriminierung\w*",
        "pl": r"\bdyskrymin\w*",
        "ru": r"\bдискриминац\w*",
        "id": r"\bdiskrimina\w*",
        "tr": r"\bayrımcı\w*",
        "vi": r"phân\s+biệt\s+đối\s+xử",
        "zh": r"歧视",
        "ja": r"差別",
        "ko": r"차별(?!화)",
        "ar": r"تمييز\s+(?:ضد|عنصري)|التمييز",
    },
    "medical-advice": {
        "es": r"\b(?:consejos?|asesoramiento|recomendaci\w+|diagnósticos?)\s+médic\w*"
        r"|\bdiagnosticar\s+(?:enfermedades|pacientes)|\bprescrib\w*\s+(?:medicamentos|tratamientos)",
        "pt": r"\b(?:aconselhamento|conselhos?|diagnósticos?|orientaç\w+)\s+médic\w*"
        r"|\bdiagnosticar\s+doenças|\bprescrever\s+(?:medicamentos|tratamentos)",
        "fr": r"\b(?:conseils?|avis|diagnostics?)\s+médica\w*|\bdiagnostiquer\s+(?:des\s+)?"
        r"(?:maladies|patients)|\bprescri\w*\s+(?:des\s+)?(?:médicaments|traitements)",
        "de": r"\b(?:medizinisch|ärztlich)\w*\s+(?:Beratung|Rat\w*|Diagnos\w*|Empfehlung\w*)"
        r"|\bDiagnose\s+von\s+Krankheiten|\bKrankheiten\s+zu\s+diagnostizieren"
        r"|\bBehandlungsempfehlung\w*",
        "it": r"\b(?:consigli\w*|consulenz\w*|diagnos\w*|pareri?)\s+medic\w*"
        r"|\bdiagnosticare\s+malattie|\bprescrivere\s+(?:farmaci|terapie|trattamenti)",
        "nl": r"\bmedisch\w*\s+(?:advies|diagnose\w*)|\bdiagnose\w*\s+(?:van\s+)?ziekten"
        r"|\bbehandeladvie\w*",
        "pl": r"\b(?:porad\w*|diagnoz\w*)\s+medyczn\w*|\bmedyczn\w*\s+(?:porad|diagnoz)\w*"
        r"|\bdiagnozowani\w*\s+(?:chorób|pacjentów)",
        "ru": r"\bмедицинск\w*\s+(?:консультац|совет|диагноз|рекомендац)\w*"
        r"|\bпостановк\w*\s+диагноз\w*",
        "id": r"\b(?:nasihat|saran|diagnosis|diagnosa)\s+medis|\bmendiagnosis\s+penyakit",
        "tr": r"\btıbbi\s+(?:tavsiye|teşhis|tanı|öneri)\w*",
        "vi": r"tư\s+vấn\s+y\s+tế|chẩn\s+đoán\s+(?:y\s+khoa|bệnh|y\s+tế)",
        "zh": r"医疗建议|医学建议|医疗诊断|疾病诊断|医学诊断|诊疗建议|开具处方",
        "ja": r"医療(?:上の)?(?:助言|アドバイス|診断)"
        r"|医学的(?:な)?(?:助言|診断|アドバイス|所見|判断)|(?:病気|疾病|疾患|症状)の?診断|治療(?:方針|方法|法)?の?(?:決定|選択|推奨)"
        r"|処方(?:箋)?の?(?:発行|作成|提示)",
        "ko": r"의료\s*(?:조언|자문|진단|상담)|의학적\s*(?:조언|진단|소견|판단|자문)"
        r"|(?:질병|질환|병명|증상)(?:의|을|를)?\s*진단|치료\s*(?:방법|방침|계획)?(?:의|을|를)?\s*"
        r"(?:결정|권고|추천|선택)|처방(?:전)?(?:의|을|를)?\s*(?:발급|발행|작성|제공)",
        "ar": r"(?:نصائح|نصيحة|استشار\w*|تشخيص)\s+طبي",
    },
    "military": {
        "es": r"\bmilitar(?:es)?\b|\bbélic\w*|\bguerra\b|\boperaciones\s+de\s+combate",
        "pt": r"\bmilitar(?:es)?\b|\bbélic\w*|\bguerra\b|\boperações\s+de\s+combate",
        "fr": r"\bmilitaires?\b|\bguerre\b|\bopérations\s+de\s+combat",
        "de": r"\bmilitär\w*|\bKrieg(?:s\w*|führung)?\b|\bStreitkräft\w*",
        "it": r"\bmilitar[ie]\b|\bbellic\w*|\bguerra\b",
        "nl": r"\bmilitair\w*|\boorlog\w*|\bkrijgsmacht\w*",
        "pl": r"\bwojskow\w*|\bmilitarn\w*|\bwojn\w*",
        "ru": r"\bвоенн\w*|\bвойн\w*",
        "id": r"\bmiliter\b|\bperang\b",
        "tr": r"\baskeri\b|\baskerî\b|\bsavaş\w*",
        "vi": r"quân\s+sự|chiến\s+tranh",
        "zh": r"军事|战争",
        "ja": r"軍事|戦争",
        "ko": r"군사|전쟁",
        "ar": r"عسكري|حربي|الحروب",
    },
    "weapons": {
        "es": r"\barmas?\b|\barmamento\w*|\bexplosiv\w*",
        "pt": r"\barmas?\b|\barmamento\w*|\bexplosiv\w*",
        "fr": r"\barmes?\b|\barmement\w*|\bexplosif\w*",
        "de": r"\w*waffen?\b|\bWaffen\w*|\bSprengstoff\w*|\bRüstung\w*",
        "it": r"\barm[ai]\b|\barmament[oi]\b|\besplosiv\w*",
        "nl": r"\w*wapen(?:s|en|systemen)?\b|\bexplosieven\b",
        "pl": r"\bbroń\b|\bbroni\b|\buzbrojeni\w*|\bmateriał\w*\s+wybuchow\w*",
        "ru": r"\bоружи\w*|\bвзрывчат\w*|\bвооружени\w*",
        "id": r"\bsenjata\b|\bbahan\s+peledak",
        "tr": r"\bsilah\w*|\bpatlayıcı\w*",
        "vi": r"vũ\s+khí|chất\s+nổ",
        "zh": r"武器|军火|枪支|爆炸物",
        "ja": r"兵器|武器|爆発物|銃器",
        "ko": r"무기|폭발물|총기",
        "ar": r"سلاح|[اأ]سلحة|متفجر",
    },
    "disinformation": {
        "es": r"\bdesinformación|\binformaci(?:ón|ones)\s+(?:falsa|engañosa)s?|\bnoticias\s+falsas"
        r"|\bbulos\b",
        "pt": r"\bdesinformação|\binformaç(?:ão|ões)\s+(?:falsa|enganosa)s?|\bnotícias\s+falsas",
        "fr": r"\bdésinformation|\bfausses?\s+informations?|\bfausses\s+nouvelles|\binfox\b",
        "de": r"\bDesinformation\w*|\b(?:Falsch|Fehl)information\w*|\bfalsche\w*\s+Informationen"
        r"|\bFalschnachricht\w*|\bFake[- ]News",
        "it": r"\bdisinformazione|\binformazioni\s+false|\bnotizie\s+false",
        "nl": r"\bdesinformatie|\bmisinformatie|\bvalse\s+informatie|\bnepnieuws",
        "pl": r"\bdezinformacj\w*|\bfałszyw\w*\s+informacj\w*",
        "ru": r"\bдезинформац\w*|\bложн\w*\s+информац\w*",
        "id": r"\bdisinformasi|\bmisinformasi|\bhoaks\b|\bberita\s+(?:palsu|bohong)"
        r"|\binformasi\s+(?:palsu|menyesatkan)",
        "tr": r"\bdezenformasyon\w*|\byanlış\s+bilgi\w*|\bsahte\s+haber\w*",
        "vi": r"thông\s+tin\s+(?:sai\s+lệch|sai\s+sự\s+thật|giả)|tin\s+giả",
        "zh": r"虚假[^。；;，,]{0,4}?信息|谣言|假新闻|虚假新闻|不实信息",
        "ja": r"偽情報|虚偽の情報|誤情報|フェイクニュース|デマ",
        "ko": r"허위\s*정보|가짜\s*뉴스|허위\s*사실",
        "ar": r"تضليل|معلومات\s+(?:كاذبة|مضللة)|[اأ]خبار\s+كاذبة",
    },
    "surveillance": {
        "es": rf"{_UN}\bvigilancia\b{_HU}|\bvigilar\b|\b(?:rastreo|seguimiento)\s+de\s+personas",
        "pt": rf"{_UN}\bvigilância\b{_HU}|\bvigiar\b|\brastreamento\s+de\s+pessoas",
        "fr": rf"{_UN}\bsurveillance\b{_HU}|\bsurveiller\s+(?:des\s+|les\s+)?(?:personnes"
        r"|individus|salariés|citoyens)|\bpistage\b",
        "de": rf"{_UN}\bÜberwachung\w*|\b(?:überwach|ausspäh)\w*\s+"
        r"(?:von\s+)?(?:Personen|Menschen|Bürger\w*|Mitarbeiter\w*|Beschäftigt\w*)|\bAusspähung",
        "it": rf"{_UN}\bsorveglianza\b{_HU}|\bsorvegliare\b|\bpedinamento\b",
        "nl": r"\bsurveillance\b|\bbespieden\b|\bheimelijk\w*\s+volgen",
        "pl": r"\binwigil\w*|\bśledzeni\w*\s+(?:osób|ludzi|obywateli)|\bpodsłuch\w*",
        "ru": r"\bслежк\w*|\bслежени\w*\s+за\s+(?:людьми|гражданами|лицами)"
        r"|\bмассов\w*\s+наблюдени\w*",
        "id": r"\b(?:pengawasan|pemantauan)\s+massal|\bmemata-matai"
        r"|\b(?:pelacakan|pemantauan)\s+(?:orang|individu)",
        "tr": r"\bgözetim\w*|\bfişleme\w*",
        "vi": r"giám\s+sát\s+(?:người|cá\s+nhân|công\s+dân|hàng\s+loạt)|theo\s+dõi\s+(?:người"
        r"|cá\s+nhân)|(?:giám\s+sát|theo\s+dõi|lập\s+hồ\s+sơ)(?:,?\s+(?:hoặc\s+|và\s+)?(?:giám"
        r"\s+sát|theo\s+dõi|lập\s+hồ\s+sơ))+\s+(?:về\s+)?(?:con\s+người|cá\s+nhân|công\s+dân)",
        "zh": r"监视|(?:监控|跟踪|追踪)(?:他人|个人|公民|人员|员工|用户)|大规模监控|窃听",
        "ja": r"監視|盗聴",
        "ko": r"감시|사찰|도청",
        "ar": r"مراقبة\s+(?:ال)?(?:جماعي|الأشخاص|الافراد|الأفراد|المواطنين)|تجسس",
    },
    "biometric-identification": {
        "es": r"\bbiométric\w*|\breconocimiento\s+facial",
        "pt": r"\bbiométric\w*|\breconhecimento\s+facial",
        "fr": r"\bbiométri\w*|\breconnaissance\s+faciale",
        "de": r"\bbiometrisch\w*|\bBiometrie\b|\bGesichtserkennung\w*",
        "it": r"\bbiometric\w*|\briconoscimento\s+facciale",
        # identifying people by face, fingerprint or body features: "personen te herkennen of
        # te identificeren aan de hand van hun gezicht, vingerafdruk of andere lichaamskenmerken"
        "nl": r"\bbiometrisch\w*|\bgezichtsherkenning|\bvingerafdruk\w*"
        r"|\b(?:herkennen|identificeren|herkenning|identificatie)\b[^.;]{0,60}?\b(?:gezicht\w*|gelaat\w*|lichaamskenmerk\w*"
        r"|iris\w*|stem(?:men)?)\b",
        "pl": r"\bbiometryczn\w*|\brozpoznawani\w*\s+twarzy",
        "ru": r"\bбиометрическ\w*|\bраспознавани\w*\s+лиц",
        "id": r"\bbiometrik\b|\bpengenalan\s+wajah",
        "tr": r"\bbiyometrik\b|\byüz\s+tanıma",
        "vi": r"sinh\s+trắc\s+học|nhận\s+(?:diện|dạng)\s+khuôn\s+mặt",
        "zh": r"人脸识别|面部识别|生物特征识别|生物识别",
        "ja": r"顔認識|顔認証|生体認証",
        "ko": r"(?:얼굴|안면|생체)\s*인식",
        "ar": r"بيومتري|القياسات\s+الحيوية|التعرف\s+على\s+الوجو?ه",
    },
    "terrorism": {
        **dict.fromkeys(("es", "pt", "fr", "it", "nl"), r"\bterroris\w*"),
        "de": r"\bterror\w*",
        "pl": r"\bterroryst\w*|\bterroryzm\w*",
        "ru": r"\bтеррор\w*",
        "id": r"\bterorisme\b|\bteroris\b",
        "tr": r"\bterör\w*",
        "vi": r"khủng\s+bố",
        "zh": r"恐怖主义|恐怖活动|恐怖袭击",
        "ja": r"テロ",
        "ko": r"테러",
        "ar": r"[اإ]رهاب",
    },
    "hate-speech": {
        "es": r"\b(?:discursos?|mensajes|contenidos?)\s+de\s+odio|\bincitación\s+al\s+odio",
        "pt": r"\bdiscursos?\s+de\s+ódio|\bincitação\s+ao\s+ódio",
        "fr": r"\bdiscours\s+(?:de\s+haine|haineux)|\bcontenus?\s+haineux|\bincitation\s+à\s+la\s+"
        r"haine",
        "de": r"\bHassrede\w*|\bHetze\b|\bVolksverhetzung|\bHass\b",
        "it": r"\bincitamento\s+all'odio|\bdiscors\w*\s+d'odio",
        "nl": r"\bhaatzaai\w*|\bhaatspraak",
        "pl": r"\bmow\w*\s+nienawiści",
        "ru": r"\bненавист\w*",
        "id": r"\bujaran\s+kebencian",
        "tr": r"\bnefret\s+söylem\w*",
        "vi": r"ngôn\s+từ\s+thù\s+(?:ghét|hận)",
        "zh": r"仇恨",
        "ja": r"ヘイト|憎悪",
        "ko": r"혐오\s*(?:표현|발언)|증오",
        "ar": r"كراهية",
    },
    "fraud": {
        "es": r"\bfraude\w*|\bfraudulent\w*|\bestafa\w*",
        "pt": r"\bfraude\w*|\bfraudulent\w*",
        "fr": r"\bfraude\w*|\bfrauduleu\w*|\bescroquerie\w*|\bhameçonnage",
        "de": r"\bBetrug\w*|\bbetrügerisch\w*|\bPhishing",
        "it": r"\bfrode\b|\bfrodi\b|\bfraudolent\w*|\btruffa\w*",
        "nl": r"\bfraude\w*|\boplichting",
        "pl": r"\boszust\w*",
        "ru": r"\bмошенничеств\w*",
        "id": r"\bpenipuan\b",
        "tr": r"\bdolandırıcılık\w*",
        "vi": r"lừa\s+đảo|gian\s+lận",
        "zh": r"欺诈|诈骗",
        "ja": r"詐欺",
        "ko": r"사기(?!업)",
        "ar": r"احتيال",
    },
}
_HARMS = with_harms_nordic(with_more_harms(_HARMS), ("de", "nl"))  # `..._more`, `..._nordic`
TAG_ORDER = tuple(_HARMS)
"""The tags read, in the order `find_tags` reports the English ones."""

USE_LANGUAGES = frozenset(_BANS)


@cache
def _ban(language: str) -> re.Pattern[str]:
    return re.compile(_BANS[language], _FLAGS)


@cache
def _harms(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (tag, re.compile(words[language], _FLAGS))
        for tag, words in _HARMS.items()
        if language in words
    )


def _unmarked(text: str) -> str:
    """Arabic without its short vowels, shadda, sukun and tatweel ("يُحظر" -> "يحظر")."""
    return _MARKS.sub("", text)


_MARKS = lazy_pattern("[\u064b-\u065f\u0670\u0640]")


def ban_tags(language: str | None, text: str) -> list[str]:
    """The use-restriction tags a passage in `language` bans: a ban word and a harm word in
    one clause."""
    if language not in USE_LANGUAGES:
        return []
    ban = _ban(language)
    tags: list[str] = []
    text = _unmarked(text) if language == "ar" else text
    for clause in _CLAUSE_END.split(text):
        if ban.search(clause) is None:
            continue
        found = [t for t, harm in _harms(language) if harm.search(clause)]
        tags.extend(t for t in settle_biometric(found, clause) if t not in tags)
    return [tag for tag in TAG_ORDER if tag in tags]


def read_uses(language: str | None, text: str) -> list[Clause]:
    """`use_restrictions` for the harms a passage bans (none when it bans none)."""
    tags = ban_tags(language, text)
    return [Clause("use_restrictions", tags)] if tags else []
