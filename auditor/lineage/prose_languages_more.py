"""The derivation phrases of cards in Polish, Czech, Dutch, Swedish, Turkish, Vietnamese and
Indonesian, as data shaped as prose_languages.py describes: "dostrojona wersja modelu X",
"doladěná verze modelu X", "een gefinetunede versie van X", "en finjusterad version av X",
"X modelinin ince ayarlı sürümü", "được tinh chỉnh từ X", "hasil fine-tuning dari X".

Each language's "a fine-tuned / trained / distilled version of X" and "fine-tuned from X" are
strong (a bare `org/name` counts), its "based on X" weak (a Hub link or a model the registry
knows), its quantized and merged versions name their relation; a comparison, an evaluation, a
negation or a plan before the phrase in its sentence cancels it (and, in Turkish, whose verb
comes last, a negation or a plan after it). Dutch and Indonesian are often written without an
accented letter: their `plain_words` bring them in.
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.lineage.prose_languages import _I, Language, _after, _before, _is_ref, _label, _words

# --- Polish -------------------------------------------------------------------------------------
_PL_TUNED = r"(?:dostrojon|wytrenowan|dotrenowan|douczon|destylowan|zaadaptowan|wyszkolon)"
PL = Language(
    "pl",
    marks=_words("model| jest | to | na | i | w | z "),
    words=_words(
        "dostroj|wytrenowan|dotrenowan|douczon|destyl|dostrajani|fine-tuning modelu|oparty|oparta|"
        "oparte|na bazie|na podstawie|bazuje|kwantyz|skwantyzowan|połączeni|scaleni|model bazowy|"
        "z wag|od wag"
    ),
    phrases=(
        _before(
            rf"\b{_PL_TUNED}[aeyi]\w*\s+(?:na\s+(?:bazie|podstawie)|z|od)\b"
            rf"|\b{_PL_TUNED}[aąeyi]\w*\s+wersj[aąię]\b"
            r"|\b(?:dostrojeni[eau]|dostrajani[eau]|destylacj[aię]|douczeni[eau])"
            r"\s+(?:modelu\s+)?|\bfine-?tuning\w*\s+modelu\b"
            # "startuje z wag X", "zainicjalizowany od wag modelu X": the weights kept
            r"|\b(?:startuje|zaczyna|wychodzi|rozpoczyna|zainicjalizowan[aeyi]\w*)\s+(?:się\s+)?"
            r"(?:z|od)\s+wag(?:\s+(?:wstępnie\s+)?wytrenowanych)?(?:\s+modelu)?\b",
            True,
        ),
        _before(
            r"\b(?:skwantyzowan|kwantyzowan)[aąeyi]\w*\s+(?:wersj[aąię]|z)\b"
            r"|\bkwantyzacj[aię]\s+(?:modelu\s+)?",
            True,
            "quantized",
        ),
        _before(r"\b(?:połączeni[eau]|scaleni[eau])\s+(?:modeli\s+)?", True, "merge"),
        _before(
            r"\b(?:opart[aeyi]\w*|zbudowan[aeyi]\w*)\s+na\b|\bbazuje\s+na\b"
            r"|\bna\s+(?:bazie|podstawie)\b",
            False,
        ),
    ),
    label=_label(r"model\s+bazowy|model\s+(?:źródłowy|wyjściowy)"),
    not_before=lazy_pattern(
        r"\b(?:porówn\w*|w\s+przeciwieństwie|lepsz\w*\s+niż|gorsz\w*\s+niż|ocen\w*|benchmark\w*"
        r"|nie|będzie|będą|planuj\w*|przyszł\w*|następn\w*|jeśli|jeżeli)\b",
        _I,
    ),
    self_word=lazy_pattern(r"\b(?:ten|nasz)\s+model\b", _I),
    plain_words=_words(
        "party na|parta na|ostrojona wersja|ostrojony na|ytrenowany na bazie|odel bazowy"
        "|z wag |od wag |a bazie|azuje na"
    ),
    not_parent=lazy_pattern(r"dan\w*|korpus|zbior|zbiór|tokeniz|architektur|kod|metod|artyku", _I),
)

# --- Czech --------------------------------------------------------------------------------------
_CS_TUNED = r"(?:doladěn|vyladěn|dotrénovan|natrénovan|destilovan|přetrénovan|adaptovan)"
CS = Language(
    "cs",
    marks=_words("model| je | a | na | z | se "),
    words=_words(
        "doladěn|vyladěn|dotrénovan|natrénovan|destil|doladění|fine-tuning modelu|založen|"
        "na základě|"
        "vychází z|kvantiz|sloučení|základní model"
    ),
    phrases=(
        _before(
            rf"\b{_CS_TUNED}[áéýaoi]\w*\s+(?:z|ze|na\s+základě|od)\b"
            rf"|\b{_CS_TUNED}[áéýaoi]\w*\s+verz[eií]\b"
            r"|\b(?:doladění|vyladění|dotrénování|destilace)\s+(?:modelu\s+)?|\bfine-?tuning\w*\s+modelu\b",
            True,
        ),
        _before(
            r"\bkvantizovan[áéýaoi]\w*\s+(?:verz[eií]|z)\b|\bkvantizace\s+(?:modelu\s+)?",
            True,
            "quantized",
        ),
        _before(r"\bsloučení\s+(?:modelů\s+)?", True, "merge"),
        _before(r"\bzaložen[áéýaoi]?\s+na\b|\bna\s+základě\b|\bvychází\s+ze?\b", False),
    ),
    label=_label(r"základní\s+model|výchozí\s+model"),
    not_before=lazy_pattern(
        r"\b(?:srovn\w*|porovn\w*|oproti|na\s+rozdíl|lepší\s+než|horší\s+než|hodnocen\w*"
        r"|benchmark\w*|není|ne|nebyl\w*|bude|budou|plánuj\w*|příští\w*|budoucn\w*|pokud|jestli)\b",
        _I,
    ),
    self_word=lazy_pattern(r"\b(?:tento|náš)\s+model\b", _I),
    not_parent=lazy_pattern(r"dat\w*|korpus|tokeniz|architektur|kód|metod|článek|článku", _I),
)

# --- Dutch --------------------------------------------------------------------------------------
# "getraind", and with a separable prefix joined to it ("voortgetraind", "doorgetraind",
# "bijgetraind", "nagetraind": trained further) or an adverb before it ("verder getraind").
_NL_TRAINED = r"(?:verder\s+|opnieuw\s+)?(?:voort|door|bij|na)?getraind"
NL = Language(
    "nl",
    marks=_words("model| de | het | een | is | van "),
    words=_words(
        "afgestemd|gefinetuned|gefinetunede|gefinetuunde|fine-tuned versie|getraind|"
        "gedistilleerd|gebaseerd|op basis van|afgeleid|gekwantiseerd|samenvoeging|basismodel|"
        "fine-tuning van|verfijn|fine-tune van|finetune van|gewichten van"
    ),
    phrases=(
        _before(
            rf"\b(?:(?:fijn|verder)[- ]?afgestemde?|gefinetunede?|gefinetuunde?|fine-?tuned"
            rf"|{_NL_TRAINED}e?|gedistilleerde?|verfijnde)\s+(?:versie|variant)"
            r"\s+van\b"
            rf"|\b(?:(?:fijn)?[- ]?afgestemd|gefinetuned|gefinetuund|{_NL_TRAINED}"
            r"|gedistilleerd|verfijnd)\s+(?:vanuit|vanaf|van|op\s+basis\s+van)\b"
            r"|\b(?:fine-?tun(?:ing|e)|finetun(?:ing|e)|distillatie|verfijning)\s+van\b"
            # "vertrekt vanuit de gewichten van X": the weights kept
            r"|\b(?:vertrekt|vertrekken|start|starten|begint|beginnen|geïnitialiseerd)"
            r"\s+(?:vanuit|vanaf|van|bij|met)\s+de\s+(?:voorgetrainde\s+)?gewichten\s+van\b",
            True,
        ),
        _before(
            r"\bgekwantiseerde?\s+(?:versie|variant)\s+van\b|\bgekwantiseerd\s+(?:van|vanuit)\b",
            True,
            "quantized",
        ),
        _before(r"\bsamenvoeging\s+van\b", True, "merge"),
        _is_ref(r"\b(?:basismodel|uitgangsmodel|oorspronkelijke\s+model)\s+(?:is|was)"),
        _before(r"\bgebaseerd\s+op\b|\bop\s+basis\s+van\b|\bafgeleid\s+van\b", False),
    ),
    label=_label(r"basismodel|oorspronkelijk\s+model"),
    not_before=lazy_pattern(
        r"\b(?:vergelek\w*|vergelijk\w*|vergeleken|in\s+tegenstelling|beter\s+dan|slechter\s+dan"
        r"|evalu\w*|benchmark\w*|niet|geen|zal|zullen|gepland|plannen|volgende|toekomst\w*"
        r"|als|indien)\b",
        _I,
    ),
    self_word=lazy_pattern(r"\b(?:dit|ons)\s+model\b", _I),
    plain_words=_words(
        "ebaseerd op|fgestemde versie|efinetunede versie|asismodel|ersie van|erfijnd"
        "|ewichten van|ine-tune van|etraind van"
    ),
    not_parent=lazy_pattern(
        r"data|gegevens|corpus|tokeni[sz]er|architectuur|code|methode|artikel", _I
    ),
)

# --- Swedish ------------------------------------------------------------------------------------
SV = Language(
    "sv",
    marks=_words("modell| och | är | en | av | på "),
    words=_words(
        "finjuster|tränad|destiller|baserad|bygger på|härledd|kvantiser|sammanslagning|basmodell"
    ),
    phrases=(
        _before(
            r"\b(?:finjusterade?|vidaretränade?|tränade?|destillerade?)\s+(?:version|variant)\s+av\b"
            r"|\b(?:finjusterad|finjusterats|vidaretränad|tränad|destillerad)\s+(?:från|utifrån)\b"
            r"|\b(?:finjustering|destillering)\s+av\b",
            True,
        ),
        _before(
            r"\bkvantiserade?\s+(?:version|variant)\s+av\b|\bkvantiserad\s+från\b",
            True,
            "quantized",
        ),
        _before(r"\bsammanslagning\s+av\b", True, "merge"),
        _is_ref(r"\b(?:basmodell|grundmodell|ursprungsmodell|startmodell)(?:en)?\s+(?:är|var)"),
        _before(r"\bbaserad\s+på\b|\bbygger\s+på\b|\bhärledd\s+från\b", False),
    ),
    label=_label(r"basmodell|grundmodell|ursprunglig\s+modell"),
    not_before=lazy_pattern(
        r"\b(?:jämför\w*|till\s+skillnad|bättre\s+än|sämre\s+än|utvärder\w*|benchmark\w*|inte"
        r"|ej|kommer\s+att|planer\w*|nästa|framtida|om)\b",
        _I,
    ),
    self_word=lazy_pattern(r"\b(?:denna|vår|den\s+här)\s+modell\b", _I),
    not_parent=lazy_pattern(r"data|korpus|tokeni[sz]er|arkitektur|kod|metod|artikel", _I),
)

# --- Turkish (the reference first: "X modelinin ince ayarlı sürümü") ---------------------------
_TR_OF = r"(?:['’][a-zçğıöşü]{1,4})?\s*(?:modeli(?:nin|ni|nden|ne|ndan)?\s*)?"
TR = Language(
    "tr",
    marks=_words("model| ve | bir | bu | için "),
    words=_words(
        "ince ayar|eğitil|damıt|temel alınarak|baz alınarak|tabanlı|üzerine|nicemle|kuantize|"
        "birleştir|temel model"
    ),
    phrases=(
        _after(
            _TR_OF + r"(?:üzerinde|üzerine|temel\s+alınarak|baz\s+alınarak)?\s*"
            r"(?:ince\s+ayar|(?:yeniden\s+|ek\s+olarak\s+)?eğitil|damıt)",
            True,
        ),
        _after(_TR_OF + r"(?:nicemlen|kuantize)", True, "quantized"),
        _after(_TR_OF + r"birleştir", True, "merge"),
        _after(
            _TR_OF + r"(?:temel\s+alınarak|baz\s+alınarak|tabanlı|üzerine\s+(?:inşa|kurul))", False
        ),
    ),
    label=_label(r"temel\s+model|ana\s+model"),
    not_before=lazy_pattern(r"karşılaştır\w*|kıyasla|göre\s+daha|değerlendir\w*|eğer|gelecek", _I),
    self_word=lazy_pattern(r"\bbu\s+model\b", _I),
    not_parent=lazy_pattern(r"veri|derlem|tokenize|mimari|kod|yöntem|makale", _I),
    not_after=lazy_pattern(r"değil|karşılaştır|planlan|olacak|edilecek|yapılacak|mı\b", _I),
)

# --- Vietnamese ---------------------------------------------------------------------------------
VI = Language(
    "vi",
    marks=_words("mô hình| của | là | và | được "),
    words=_words(
        "tinh chỉnh|huấn luyện|chưng cất|dựa trên|lượng tử|hợp nhất|mô hình gốc|mô hình cơ sở"
    ),
    phrases=(
        _before(
            r"(?<!\w)(?:được\s+)?(?:tinh\s+chỉnh|huấn\s+luyện(?:\s+tiếp)?|chưng\s+cất)"
            r"(?:\s*\([^()\n]{1,30}\))?\s+(?:từ|dựa\s+trên)(?!\w)"  # "tinh chỉnh (SFT) từ X"
            r"|(?<!\w)phiên\s+bản\s+(?:đã\s+)?(?:được\s+)?(?:tinh\s+chỉnh|chưng\s+cất)\s+(?:của|từ)(?!\w)",
            True,
        ),
        _before(
            r"(?<!\w)(?:phiên\s+bản\s+)?(?:được\s+)?lượng\s+tử\s+hóa\s+(?:của|từ)(?!\w)",
            True,
            "quantized",
        ),
        _before(r"(?<!\w)hợp\s+nhất\s+(?:các\s+mô\s+hình\s+)?(?:từ\s+)?", True, "merge"),
        _before(r"(?<!\w)dựa\s+trên(?!\w)", False),
    ),
    label=_label(r"mô\s+hình\s+(?:gốc|cơ\s+sở|nền)"),
    not_before=lazy_pattern(
        r"(?<!\w)(?:so\s+sánh|so\s+với|tốt\s+hơn|đánh\s+giá|không|chưa|sẽ|dự\s+kiến|nếu)(?!\w)", _I
    ),
    self_word=lazy_pattern(r"mô\s+hình\s+(?:này|của\s+chúng\s+tôi)", _I),
    not_parent=lazy_pattern(r"dữ\s+liệu|kiến\s+trúc|mã|phương\s+pháp|bài\s+báo|tokenizer", _I),
)

# --- Indonesian ---------------------------------------------------------------------------------
ID = Language(
    "id",
    marks=_words("model| yang | dan | ini | adalah | dari "),
    words=_words(
        "fine-tuning dari|fine-tuned dari|fine-tune dari|dilatih|distilasi|berbasis|berdasarkan|"
        "dikuantisasi|kuantisasi|gabungan|model dasar"
    ),
    phrases=(
        _before(
            r"\b(?:hasil|versi)\s+(?:fine-?tuning|fine-?tuned|finetune|pelatihan\s+lanjutan"
            r"|distilasi)\s+(?:dari|atas)\b"
            r"|\b(?:di-?fine-?tune|di-?finetune|dilatih(?:\s+ulang|\s+lanjut)?|didistilasi)\s+(?:dari|berdasarkan)\b",
            True,
        ),
        _before(
            r"\b(?:versi\s+)?(?:dikuantisasi|terkuantisasi|kuantisasi)\s+(?:dari)\b",
            True,
            "quantized",
        ),
        _before(r"\bgabungan\s+(?:dari\s+)?(?:model\s+)?", True, "merge"),
        _before(r"\bberbasis\b|\bberdasarkan\b|\bdibangun\s+di\s+atas\b", False),
    ),
    label=_label(r"model\s+dasar|model\s+induk"),
    not_before=lazy_pattern(
        r"\b(?:dibandingkan|membandingkan|bandingkan|lebih\s+baik\s+dari\w*|evaluasi|dievaluasi"
        r"|benchmark\w*|bukan|tidak|akan|berencana|rencana|jika|berikutnya)\b",
        _I,
    ),
    self_word=lazy_pattern(r"\bmodel\s+(?:ini|kami)\b", _I),
    plain_words=_words(
        "ine-tuning dari|ine-tuned dari|ersi fine-tuned|ilatih dari|odel dasar|i-fine-tune dari"
        "|erbasis |erdasarkan "
    ),
    not_parent=lazy_pattern(r"data|korpus|tokeni[sz]er|arsitektur|kode|metode|makalah", _I),
)

MORE: tuple[Language, ...] = (PL, CS, NL, SV, TR, VI, ID)
"""Read after prose_languages_south.py's."""
