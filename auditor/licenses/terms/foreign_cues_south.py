"""The cues of `terms.foreign` in Malay, Swahili, Bengali and Persian (words composed by
`foreign_cue_shapes.shaped`). See `foreign_cues` for what each pattern is.

Written from the general shapes of such clauses: a grant "for any purpose, commercial ones
included" (bagi apa-apa tujuan, termasuk tujuan komersial / kwa madhumuni yoyote, ikiwa ni pamoja
na biashara / বাণিজ্যিক উদ্দেশ্যসহ যেকোনো উদ্দেশ্যে / برای هر منظوری، از جمله تجاری), a grant
confined to non-commercial, research or personal ends, a ban on commercial use, commercial use
needing the licensor's consent, a cap on monthly active users or on revenue, and the law that
governs. Swahili and Malay may write "only" after the purpose (kwa utafiti tu, untuk
penyelidikan sahaja); Bengali and Persian take no word boundary (their vowel signs are no word
characters), and Bengali writes "without" after its noun (অনুমতি ছাড়া).
"""

from __future__ import annotations

from auditor.licenses.terms.foreign_cue_shapes import GAP, Words, shaped
from auditor.licenses.terms.foreign_either_way import with_either_way

_NEVER = r"(?!)"

# --- Malay -------------------------------------------------------------------------------------

_MS_COM = r"(?:(?<!bukan\s)\bkomersial\b|\bperniagaan\b|\bmencari\s+keuntungan)"
_MS_EXCEPT = (
    r"(?!\s+(?:penyelidikan|akademik|pendidikan|bukan))(?![^.;]{0,20}?\b(?:kecuali|selain)\b)"
)
MS = shaped(
    Words(
        com=_MS_COM,
        non=r"\bbukan\s+(?:untuk\s+(?:tujuan\s+)?)?(?:komersial|perniagaan|keuntungan)"
        r"|\btidak\s+(?:bersifat\s+)?komersial",
        # or no right granted for it: "Lesen ini tidak memberi apa-apa hak bagi ..."
        ban=r"(?:\b(?:dilarang|larangan|tidak\s+(?:boleh|dibenarkan)|jangan)\b"
        r"|\btidak\s+memberi(?:kan)?\s+(?:\S+\s+){0,3}?(?:hak|kebenaran|lesen)\b)",
        consent=r"(?:kebenaran|kelulusan|persetujuan|lesen|perjanjian|izin)",
        without=r"\btanpa\s+[^.;]{0,40}?",
        need=r"\b(?:memerlukan|diperlukan|perlu|mesti|hendaklah|wajib)\b",
        allowed=r"\btermasuk\s+(?:untuk\s+)?(?:tujuan\s+)?(?:komersial|perniagaan)"
        r"|\b(?:bagi|untuk)\s+(?:apa-apa|sebarang|mana-mana)\s+tujuan\b"
        + _MS_EXCEPT
        + r"|\bpenggunaan\s+komersial\s+(?:(?!tidak\b)\w+\s+){0,2}(?:adalah\s+)?dibenarkan\b"
        r"(?!\s+(?:dengan|selepas|jika|hanya|sekiranya))"
        # no permission needed for it: "penggunaan perniagaan tidak memerlukan kebenaran"
        r"|\b(?:komersial|perniagaan)\b[^.;]{0,60}?\btidak\s+(?:memerlukan|perlu|wajib)\s+"
        r"(?:\w+\s+){0,2}?(?:kebenaran|kelulusan|persetujuan|izin)\b",
        both=r"(?<!bukan\s)\bkomersial\s+(?:dan|atau)\s+bukan\s+komersial|\bbukan\s+komersial\s+"
        r"(?:dan|atau)\s+komersial"
        # business or otherwise, or not: "bagi tujuan perniagaan atau selainnya"
        r"|(?<!bukan\s)\b(?:komersial|perniagaan|perdagangan|bisnes)\s+(?:atau|mahupun|ataupun)\s+"
        r"(?:selainnya|sebaliknya|tidak|bukan|lain-lain)\b",
        unrestricted=r"\btanpa\s+(?:sebarang\s+)?sekatan" + GAP + _MS_COM,
        only=r"\b(?:hanya|semata-mata)\b",
        only_after=r"\bsahaja\b",
        research=r"\b(?:penyelidikan|kajian|akademik|pendidikan)\w*",
        personal=r"\b(?:peribadi|persendirian)\w*",
        mau=r"\bpengguna\s+aktif\s+bulanan|\bMAU\b"
        r"|\bpengguna\s+aktif\b(?=(?:[^.;]|\.\d){0,60}?\b(?:dalam\s+(?:satu\s+|se)?bulan|sebulan|setiap\s+bulan))",
        revenue=r"\bpendapatan\b|\bhasil\s+jualan|\bperolehan\b",
        annual=r"\btahunan\b|\bsetahun\b|\bsetiap\s+tahun|\btahun\s+kewangan",
        affiliates=r"\bsyarikat\s+(?:berkaitan|bersekutu|subsidiari)|\bsubsidiari\w*"
        r"|\bkumpulan\s+syarikat",
        laws=((r"\bundang-undang\s+Malaysia\b", "MY"),),
        vocabulary=r"lesen|syarat|dibenarkan|dilarang|komersial|kebenaran|liabiliti|jaminan|\bhak\b"
        r"|perjanjian|sekatan",
        restrictive=r"\b(?:tidak|hanya|sahaja|dilarang|komersial|kebenaran|kecuali|mesti"
        r"|hendaklah)\b",
        license_noun=r"\blesen\w*|license",
        other_work=r"\bset\s+data|\bdata\b|\bmodel\s+asas|\bkod\b",
        this_model=r"\bmodel\b|\bpemberat\b",
        extra_restricted=r"\blesen\s+komersial\b",
    )
)

# --- Swahili -----------------------------------------------------------------------------------

_SW_COM = (
    r"(?<!si\s)(?<!isiyo\sya\s)(?<!yasiyo\sya\s)(?<!zisizo\sza\s)(?<!usio\swa\s)(?<!lisilo\sla\s)"
    r"\b(?:kibiashara|biashara|kupata\s+faida)\b"
)
_SW_EXCEPT = r"(?![^.;]{0,20}?\b(?:isipokuwa|ila)\b)"
SW = shaped(
    Words(
        com=_SW_COM,
        non=r"\b(?:isiyo|yasiyo|zisizo|usio|lisilo)\s+(?:ya|za|wa|la)\s+kibiashara"
        r"|\bsi\s+(?:ya\s+)?kibiashara|\bbila\s+(?:lengo\s+la\s+)?(?:kupata\s+)?faida",
        ban=r"(?:\b(?:marufuku|hairuhusiwi|haruhusiwi|hauruhusiwi|hayaruhusiwi|haziruhusiwi"
        r"|hawaruhusiwi|usitumie|haitatumika|haitatumiwa|hakuna\s+ruhusa|haipaswi|hapaswi"
        r"|huwezi|hamwezi|hawezi|haiwezi)\b"
        # or no right granted for it: "Leseni hii haitoi haki yoyote ya matumizi ya kibiashara"
        r"|\b(?:haitoi|haikupi|haiwapi|haitoa)\s+(?:\w+\s+){0,2}?(?:haki|ruhusa|leseni)\b)",
        consent=r"(?:ruhusa|idhini|kibali|leseni|makubaliano|mkataba)",
        without=r"\bbila\s+[^.;]{0,40}?",
        # or only after obtaining it: "baada ya kupata idhini"
        need=r"\b(?:\w{0,4}hitaji\w*|lazima|anapaswa|unapaswa|baada\s+ya\s+kupata)\b",
        allowed=r"\b(?:ikiwa\s+ni\s+)?pamoja\s+na\s+(?:kwa\s+)?(?:madhumuni\s+ya\s+|matumizi\s+ya\s+)?"
        r"(?:biashara|kibiashara)\b|\bikiwemo\s+(?:ya\s+|kwa\s+)?(?:biashara|kibiashara)\b"
        r"|\bkwa\s+(?:madhumuni|lengo|kusudi|matumizi)\s+(?:yoyote|lolote)\b"
        + _SW_EXCEPT
        # may use it for business ("Unaweza kutumia modeli kwa madhumuni ya kibiashara"), or
        # business use allowed ("matumizi ya kibiashara yanaruhusiwa"); a ban or a condition in
        # the passage prevails
        + r"|\b(?:unaweza|mnaweza|anaweza|unaruhusiwa|mnaruhusiwa|inaruhusiwa)\b[^.;]{0,60}?"
        + _SW_COM
        + r"|"
        + _SW_COM
        + r"[^.;]{0,30}?\b(?:yanaruhusiwa|inaruhusiwa|zinaruhusiwa|yameruhusiwa|ni\s+halali)\b"
        r"(?!\s+(?:tu|pekee|ikiwa|iwapo|baada)\b)",
        # either kind ("za kibiashara na zisizo za kibiashara"), or business or not ("iwe ya
        # biashara au la", "ikiwa ni kwa biashara au sivyo")
        both=r"\b(?:ki)?biashara\s+(?:na|au)\s+(?:isiyo|yasiyo|zisizo|usio|lisilo)\s+(?:ya|za|wa|la)"
        r"\s+(?:ki)?biashara|\b(?:iwe|ikiwa|liwe|ziwe|uwe)\s+(?:ni\s+)?(?:ya|kwa|za|wa|la)?\s*"
        r"(?:ki)?biashara\s+au\s+(?:la|sivyo|hapana|isiwe)\b",
        unrestricted=r"\bbila\s+(?:vikwazo|kizuizi|masharti)\b" + GAP + _SW_COM,
        only=r"\bpekee\s+(?:kwa|kwa\s+ajili\s+ya)\b",
        only_after=r"\b(?:tu|pekee)\b",
        research=r"\b(?:utafiti|kitaaluma|elimu|kisayansi)\w*",
        personal=r"\b(?:binafsi|kibinafsi)\b",
        mau=r"\bwatumiaji\s+(?:hai|amilifu)\s+(?:kwa\s+|wa\s+|kila\s+)?mwezi|\bMAU\b"
        # the month after the count: "watumiaji hai zaidi ya milioni 2 kwa mwezi"
        r"|\bwatumiaji\s+(?:hai|amilifu)\b(?=(?:[^.;]|\.\d){0,60}?\b(?:kwa|katika|kila|ndani\s+ya)\s+mwezi\b)",
        revenue=r"\bmapato\b|\bmauzo\b",
        annual=r"\bkwa\s+mwaka\b|\bya\s+mwaka\b|\bmwaka\s+wa\s+fedha",
        affiliates=r"\bkampuni\s+(?:tanzu|shirikishi|husika)|\bwashirika\b",
        laws=(  # not a law to obey ("ufuate sheria za Kenya", `foreign_law_southeast`)
            (r"(?<!fuate\s)(?<!kutii\s)\bsheria\s+za\s+(?:Jamhuri\s+ya\s+)?Kenya\b", "KE"),
            (r"\bsheria\s+za\s+(?:Jamhuri\s+ya\s+Muungano\s+wa\s+)?Tanzania\b", "TZ"),
            (r"\bsheria\s+za\s+(?:Jamhuri\s+ya\s+)?Uganda\b", "UG"),
        ),
        vocabulary=r"leseni|masharti|ruhusa|marufuku|biashara|idhini|dhima|dhamana|\bhaki\b"
        r"|mkataba|kizuizi",
        restrictive=r"\b(?:hairuhusiwi|haruhusiwi|marufuku|tu|pekee|biashara|kibiashara|idhini"
        r"|ruhusa|isipokuwa|lazima)\b",
        license_noun=r"\bleseni\w*|license",
        other_work=r"\bseti\s+ya\s+data|\bdata\b|\bmodeli\s+ya\s+msingi|\bmsimbo\b",
        this_model=r"\bmodeli\b|\buzito\b",
        extra_restricted=r"\bleseni\s+ya\s+kibiashara\b",
    )
)

# --- Bengali -----------------------------------------------------------------------------------

_BN_COM = r"(?<!অ)(?<!অ-)(?:বাণিজ্যিক|ব্যবসায়িক)"
BN = shaped(
    Words(
        com=_BN_COM,
        non=r"অ-?বাণিজ্যিক|বাণিজ্যিক\s+নয়|অলাভজনক",
        ban=r"নিষিদ্ধ|যাবে\s+না|করবেন\s+না|অনুমোদিত\s+নয়|অনুমতি\s+নেই|পারবেন\s+না",
        consent=r"(?:অনুমতি|সম্মতি|লাইসেন্স|চুক্তি|অনুমোদন)",
        without=_NEVER,
        need=r"(?:প্রয়োজন|নিতে\s+হবে|আবশ্যক|লাগবে|করতে\s+হবে)",
        # commercial ends included ("বাণিজ্যিক উদ্দেশ্যসহ", "ব্যবসায়িক ব্যবহারও এর অন্তর্ভুক্ত"),
        # or any purpose
        allowed=r"বাণিজ্যিক\s*(?:উদ্দেশ্য|কাজ|ব্যবহার)?\s*সহ|যে\s*কোনো\s+উদ্দেশ্যে|সকল\s+উদ্দেশ্যে"
        r"|" + _BN_COM + r"\s*(?:উদ্দেশ্য|কাজ|ব্যবহার|ক্ষেত্র)\S*\s+(?:\S+\s+){0,2}?"
        r"অন্তর্ভুক্ত(?!\s*(?:নয়|নহে|নেই|থাকবে\s+না|হবে\s+না))"
        # may be used commercially: "বাণিজ্যিকভাবে ব্যবহার করা যাবে", "বাণিজ্যিক কাজে ব্যবহার
        # করতে পারেন" (never "যাবে না")
        r"|" + _BN_COM + r"(?:ভাবে|\s*(?:উদ্দেশ্যে|কাজে|ক্ষেত্রে|ব্যবহার))\S*[^.;।]{0,30}?"
        r"(?:করা\s+যাবে|করতে\s+পারেন|করতে\s+পারবেন|অনুমোদিত|অনুমতি\s+আছে)(?!\s*না)",
        # profit or not, either way: "লাভের জন্য হোক বা না হোক", "বাণিজ্যিক বা অ-বাণিজ্যিক"
        both=r"(?:লাভ|মুনাফা|বাণিজ্যিক|ব্যবসা)\S*[^.;।]{0,30}?হোক\s+(?:বা|কিংবা|অথবা)\s+না\s+হোক"
        r"|" + _BN_COM + r"\s+(?:বা|ও|এবং|কিংবা)\s+অ-?বাণিজ্যিক",
        only=r"(?:শুধুমাত্র|কেবলমাত্র|কেবল|শুধু|একমাত্র)",
        research=r"(?:গবেষণা|শিক্ষা|একাডেমিক)",
        personal=r"ব্যক্তিগত",
        mau=r"মাসিক\s+সক্রিয়\s+ব্যবহারকারী|\bMAU\b",
        revenue=r"আয়|রাজস্ব|টার্নওভার",
        annual=r"বার্ষিক|বছরে|প্রতি\s+বছর",
        affiliates=r"সহযোগী\s+(?:প্রতিষ্ঠান|কোম্পানি)|সাবসিডিয়ারি",
        laws=((r"বাংলাদেশের\s+আইন", "BD"), (r"ভারতের\s+আইন", "IN")),
        vocabulary=r"লাইসেন্স|শর্ত|অনুমতি|নিষিদ্ধ|বাণিজ্যিক|দায়|ওয়ারেন্টি|অধিকার|চুক্তি",
        restrictive=r"না|শুধুমাত্র|কেবল|নিষিদ্ধ|বাণিজ্যিক|অনুমতি|ছাড়া",
        license_noun=r"লাইসেন্স|license",
        other_work=r"ডেটাসেট|ডেটা|বেস\s+মডেল|কোড",
        this_model=r"মডেল",
        # without consent, or only once it is given ("অনুমোদন দিলে তবেই", "অনুমতি পাওয়ার পরই")
        extra_restricted=r"(?:অনুমতি|সম্মতি|অনুমোদন)\S*\s+(?:\S+\s+)?(?:দিলে|পেলে|পাওয়ার\s+পর|নেওয়ার"
        r"\s+পর)\S*\s+(?:তবেই|কেবল|শুধু)?"
        + GAP
        + _BN_COM
        + r"|"
        + _BN_COM
        + GAP
        + r"(?:কেবল|শুধু)[^.;।]{0,30}?(?:অনুমতি|সম্মতি|অনুমোদন)\S*\s+"
        r"(?:\S+\s+)?(?:দিলে|পেলে|পাওয়ার\s+পর)"
        + r"|"
        + _BN_COM
        + GAP
        + r"(?:অনুমতি|সম্মতি|লাইসেন্স)\s*ছাড়া"
        r"|(?:অনুমতি|সম্মতি|লাইসেন্স)\s*ছাড়া" + GAP + _BN_COM,
    )
)

# --- Persian (the zero-width non-joiner is dropped from passages: "می‌کند" reads "میکند") -------

_FA_COM = r"(?<!غیر)(?<!غیر\s)تجاری"
FA = shaped(
    Words(
        com=_FA_COM,
        # or a grant on condition the use is not commercial: "به شرط آنکه ... تجاری نباشد"
        non=r"غیر\s*تجاری|(?:بهره\s*برداری|استفاده)\s+(?:ای\s+)?تجاری\s+(?:نباشد|نبوده|نیست)",
        ban=r"مجاز\s+نیست|ممنوع|نباید|مجاز\s+نمی|اجازه\s+ندار|حق\s+ندار|نمی\s*توان",
        consent=r"(?:اجازه|مجوز|موافقت|رضایت|قرارداد)",
        without=r"بدون\s+[^.;]{0,40}?",
        # or on condition of it, or only once or only if it is given ("تنها زمانی ... که")
        need=r"(?:نیاز|لازم|الزامی|باید|مستلزم|منوط|مشروط|در\s+گرو|(?:فقط|تنها|صرفا)\s+(?:زمانی"
        r"|وقتی|هنگامی|در\s+صورتی|پس\s+از|بعد\s+از))",
        # profit or not, either way: "هدفش کسب سود باشد یا نباشد", "اعم از تجاری و غیرتجاری"
        both=r"(?:سود|تجاری|انتفاعی|درآمد)[^.;]{0,30}?(?:باشد|بود)\s+(?:یا|و\s+چه)\s+(?:نباشد|نبود|نه)"
        r"|" + _FA_COM + r"\s+(?:و|یا)\s+غیر\s*تجاری",
        # commercial use allowed ("استفاده تجاری از مدل مجاز است"), or you may use it so
        # ("می‌توانید ... برای مقاصد تجاری"; never "نمی‌توانید", "مجاز نیست")
        allowed=_FA_COM + r"[^.;]{0,30}?(?:مجاز\s+است|آزاد\s+است|مجاز\s+می|اجازه\s+داده\s+می)"
        r"|(?<!ن)می\s*توان\S*[^.;]{0,40}?" + _FA_COM + r"|"
        r"از\s+جمله\s+(?:برای\s+)?(?:مقاصد\s+|اهداف\s+|استفاده\s+)?تجاری|شامل\s+(?:استفاده\s+)?"
        r"تجاری|برای\s+هر\s+(?:منظور|هدف)ی?(?!\s+(?:پژوهش|تحقیق|غیر))",
        only=r"(?:فقط|تنها|صرفا|صرفاً|منحصرا|منحصراً)",
        research=r"(?:پژوهش|تحقیق|علمی|آموزشی|دانشگاهی)",
        personal=r"شخصی",
        mau=r"کاربران\s+فعال\s+ماهانه|\bMAU\b",
        revenue=r"درآمد|فروش",
        annual=r"سالانه|در\s+سال",
        affiliates=r"شرکت\S*\s+(?:وابسته|تابعه)",
        laws=((r"قوانین\s+(?:جمهوری\s+اسلامی\s+)?ایران", "IR"),),
        vocabulary=r"مجوز|شرایط|اجازه|ممنوع|تجاری|مسئولیت|ضمانت|حق|قرارداد",
        restrictive=r"نیست|فقط|تنها|ممنوع|تجاری|اجازه|مگر|نباید",
        license_noun=r"مجوز|لایسنس|پروانه|license",
        other_work=r"مجموعه\s+داده|داده|مدل\s+پایه|کد",
        this_model=r"مدل",
    )
)

# --- Urdu --------------------------------------------------------------------------------------

_UR_COM = r"(?:(?<!غیر)(?<!غیر\s)تجارتی|کاروباری)"
UR = shaped(
    Words(
        com=_UR_COM,
        non=r"غیر\s*تجارتی|غیر\s*کاروباری",
        ban=r"ممنوع|اجازت\s+نہیں|نہیں\s+کیا\s+جا\s+سکتا|نہیں\s+کر\s+سکتے|استعمال\s+نہ\s+کریں|منع\s+ہے",
        consent=r"(?:اجازت|منظوری|رضامندی|لائسنس|معاہدہ)",
        without=r"بغیر\s+[^.;۔]{0,40}?",
        need=r"(?:ضروری|لازم|درکار|حاصل\s+کرنا\s+ہوگا|حاصل\s+کرنی\s+ہوگی)",
        allowed=r"بشمول\s+تجارتی|تجارتی\s+(?:مقاصد|استعمال)\s+سمیت|کسی\s+بھی\s+مقصد\s+کے\s+لیے",
        only=r"(?:صرف|محض|فقط)",
        research=r"(?:تحقیق|تعلیمی|علمی)",
        personal=r"ذاتی",
        mau=r"ماہانہ\s+فعال\s+صارفین|\bMAU\b",
        revenue=r"آمدنی|محصول",
        annual=r"سالانہ|سال\s+میں",
        affiliates=r"ملحقہ\s+(?:کمپنیوں|ادارے)|ذیلی\s+کمپنی",
        laws=((r"پاکستان\s+کے\s+قوانین|پاکستان\s+کے\s+قانون", "PK"),),
        vocabulary=r"لائسنس|شرائط|اجازت|ممنوع|تجارتی|ذمہ\s+داری|ضمانت|حق|معاہدہ",
        restrictive=r"نہیں|صرف|ممنوع|تجارتی|اجازت|سوائے|بغیر",
        license_noun=r"لائسنس|license",
        other_work=r"ڈیٹا\s+سیٹ|ڈیٹا|بنیادی\s+ماڈل|کوڈ",
        this_model=r"ماڈل",
        # allowed only once, or only if, the licensor has approved: "تجارتی استعمال صرف اسی
        # صورت میں جائز ہے جب ... منظوری دے", "... کی اجازت ملنے کے بعد ہی"
        extra_restricted=_UR_COM
        + r"[^.;۔]{0,160}?(?:(?:صرف|محض|فقط)\s+(?:اس|اسی)\s+(?:صورت|وقت)|(?:صرف|محض)\s+(?:تب|جب)"
        r"|بشرطیکہ)[^.;۔]{0,60}?(?:منظوری|اجازت|رضامندی)"
        r"|(?:منظوری|اجازت|رضامندی)[^.;۔]{0,30}?(?:کے\s+بعد\s+ہی|ملنے\s+پر\s+ہی)[^.;۔]{0,60}?"
        + _UR_COM,
    )
)

# both kinds granted by an alternative, read by its parts (`foreign_either_way`)
MS = with_either_way(MS, "id")
SW = with_either_way(SW, "sw")
FA = with_either_way(FA, "fa")
