"""The word for "licence" and for "terms (conditions) of use" across many languages: one table
the license-file name patterns (`sources.license_names`), the license title words of the sniffer
(`sources.license_sniff`) and the license-file priority (`licenses.terms.granted_kind`) all
read, so a licence named CEADACHAS.md, LIZENTZIA.md, ЛІЦЭНЗІЯ.md or LITSENZIYA.md is found.

Each word is lower-case, as a name or title begins it; a language written with marks has them
both with and without (`llicència`, `llicencia`), a language written in another script has its
own spelling and the common Latin one. Words are matched where a word begins (a name's start or
after `-`, `_`, `.` or a space), so the short ones match nothing inside another word. Data only.
"""

from __future__ import annotations

import re

__all__ = [
    "LICENSE_STEMS_INSIDE",
    "LICENSE_WORDS",
    "LICENSE_WORDS_LATIN",
    "LICENSE_WORDS_OTHER_SCRIPTS",
    "license_word_forms",
    "title_pattern_source",
]

LICENSE_WORDS_LATIN: tuple[str, ...] = (
    # Celtic: Scottish Gaelic, Irish, Welsh, Breton, Manx, Cornish
    *("ceadachas", "ceadachd", "cead-cleachdaidh", "cumhachan", "teirmichean", "ceadúnas"),
    *("ceadunas", "téarmaí", "tearmai", "coinníollacha", "coinniollacha", "trwydded"),
    *("drwydded",),
    *("telerau", "amodau", "lañvaz", "lanvaz", "aotre", "kied", "kummyas"),
    # Basque, Catalan, Galician, Occitan, Asturian, Aragonese
    *("lizentzia", "lizentzi", "baimena", "baldintzak", "erabilera-baldintzak", "llicència"),
    *("llicencia", "llicències", "condicions", "termes-d-us", "licenza", "condicións"),
    *("condicions-d-us", "licéncia", "llicencia", "llicencies"),
    *("lissèntzia", "lissentzia"),  # Sardinian
    # Frisian, Luxembourgish, Faroese, Icelandic, Afrikaans, Esperanto, Latin
    *("lisinsje", "lisinsjes", "lisinsje-betingsten", "betingsten", "konditiounen"),
    *("loyvi", "treytir", "leyfi", "skilmálar", "skilmalar", "lisensie", "voorwaardes"),
    *("gebruiksvoorwaardes", "permesilo", "licenco", "kondiĉoj", "kondicoj", "licentia"),
    *("lohpi", "liseansa"),  # Northern Sami (permission, licence)
    # Maltese, Albanian, Romanian, the Slavic and Baltic languages in Latin letters
    *("liċenzja", "licenzja", "kundizzjonijiet", "licenca", "licenca-e", "kushtet-e-perdorimit"),
    *("licență", "licenta", "licența", "licenţa", "licencija", "licenzija", "licenzia"),
    *("licence", "licencia", "licencja", "licenc", "sąlygos", "salygos", "noteikumi"),
    *("litsents", "tingimused", "pogoji", "uvjeti", "uslovi", "podmínky", "podminky"),
    # the Caucasus and Central Asia in Latin letters: Georgian, Armenian, Azerbaijani, Kazakh,
    # Uzbek, Turkmen, Kyrgyz, Tajik, Mongolian
    *("litsenzia", "litsenziya", "litsenzija", "lisenziya", "lisenziyasi", "litsenziyasi"),
    *("artonagir", "şərtlər", "sertler", "şərtləri", "ruxsatnoma", "ruxsat", "shartlar"),
    *("foydalanish-shartlari", "ygtyýarnama", "ygtyyarnama", "lisenziýa", "ijozatnoma"),
    *("zuvshuurul", "zövshööröl", "litsenz", "sharttary", "shartlary"),
    # South and Southeast Asia in Latin letters: Nepali, Marathi, Punjabi, Sinhala, Khmer,
    # Burmese, Lao, Javanese, Sundanese, Cebuano
    *("ijajatpatra", "anumatipatra", "parvana", "parwana", "balapatraya", "balapatra"),
    *("achnhaban", "ach-nha-ban", "laingsin", "baianuyat", "lisènsi", "lisensi", "lisensya"),
    # Africa: Swahili, Hausa, Yoruba, Igbo, Zulu, Xhosa, Sotho, Tswana, Shona, Somali,
    # Kinyarwanda, Malagasy, Oromo, Wolof, Lingala
    *("leseni", "masharti", "lasisi", "sharuɗɗa", "sharudda", "ìwé-àṣẹ", "iwe-ase", "ikike"),
    *("nkwekọrịta", "nkwekorita", "ilayisense", "ilayisensi", "ilayisenisi", "layisenisi"),
    *("imigomo", "imigaqo", "imiqathango", "laesense", "laesens", "rezinesi", "shatiga"),
    *("shuruudaha", "uruhushya", "lisansa", "fahazoan-dalana", "hayyama"),
    *("ndingisa", "lisansi", "laysàns", "laysans"),  # ... Wolof
    # the Americas and Oceania: Haitian Creole, Quechua, Guarani, Maori, Samoan, Tongan,
    # Hawaiian
    *("lisans", "kondisyon", "kondisyon-itilizasyon", "lisinsya", "licencia", "raihana"),
    *("laisene", "laiseni", "laikini", "laysinsya"),  # ... Aymara
    # Turkish, Indonesian, Malay, Filipino, Vietnamese (their own lists hold more)
    *("lisans", "lisensiya", "giấy-phép", "giayphep", "giay-phep"),
)
"""The Latin-letter words, with and without marks."""

LICENSE_WORDS_OTHER_SCRIPTS: tuple[str, ...] = (
    # Cyrillic: Belarusian, Ukrainian, Russian, Bulgarian, Serbian, Macedonian, Kazakh, Kyrgyz,
    # Uzbek, Tajik, Mongolian (licence, permit, terms or conditions)
    *("ліцэнзія", "ліцэнз", "умовы", "ліценз", "умови", "лиценз", "лицензи", "лиценц"),
    *("шарттар", "шарттары", "пайдалану-шарттары", "шартлар", "иҷозатнома", "литсензия"),
    *("тусгай-зөвшөөрөл", "зөвшөөрөл", "нөхцөл", "лицензийн", "условия", "правила"),
    # Georgian, Armenian
    *("ლიცენზია", "ლიცენზიის", "პირობები", "լիցենզիա", "լիցենզիայի", "արտոնագիր"),
    *("պայմաններ",),
    # Khmer, Lao, Burmese, Thai
    *("អាជ្ញាប័ណ្ណ", "លក្ខខណ្ឌ", "ໃບອະນຸຍາດ", "ເງື່ອນໄຂ", "လိုင်စင်", "ခွင့်ပြုချက်"),
    *("စည်းကမ်းချက်", "ใบอนุญาต", "สัญญาอนุญาต"),
    # South Asia: Nepali, Hindi, Marathi, Gujarati, Punjabi, Bengali, Odia, Telugu, Kannada,
    # Malayalam, Tamil, Sinhala (with and without the joiner of its conjunct)
    *("इजाजतपत्र", "अनुमतिपत्र", "लाइसेन्स", "लाइसेंस", "सर्तहरू", "शर्तहरू", "परवाना"),
    *("લાઇસન્સ", "પરવાનો", "ਲਾਇਸੈਂਸ", "ਲਾਇਸੰਸ", "ਸ਼ਰਤਾਂ", "লাইসেন্স", "ଲାଇସେନ୍ସ"),
    *("లైసెన్స్", "అనుమతి", "ಪರವಾನಗಿ", "ಲೈಸೆನ್ಸ್", "ലൈസൻസ്", "അനുമതി", "உரிமம்"),
    *("බලපත්\u200dරය", "බලපත්රය", "බලපත්\u200dර", "බලපත්ර", "කොන්දේසි"),
    # Arabic script: Arabic, Persian, Urdu, Pashto, Kurdish (Sorani); Hebrew
    *("ترخيص", "رخصة", "مجوز", "لائسنس", "لایسنس", "جواز", "مۆڵەت", "רישיון", "רשיון"),
    *("شروط", "شرایط", "شرائط", "תנאים"),  # terms, conditions (ar, fa, ur, he)
    # Ethiopic: Amharic, Tigrinya; Greek
    *("ፈቃድ", "ፍቓድ", "άδεια", "αδεια", "όροι"),
)
"""The words in other scripts (matched wherever they stand: these scripts' vowel signs are not
word characters to the regular expressions, so a word boundary would miss them)."""

LICENSE_STEMS_INSIDE: tuple[str, ...] = ("layisen", "migaqo", "migomo", "miqathango")
"""Stems matched inside a word: the Nguni languages (Zulu, Xhosa, Ndebele, Swati) join a
concord to the noun it qualifies, so "ilayisenisi" (licence) is "yelayisenisi" in "Imigaqo
yelayisenisi" (the licence's terms) and "imigaqo" is "yemigaqo"."""

LICENSE_WORDS: tuple[str, ...] = tuple(
    dict.fromkeys((*LICENSE_WORDS_LATIN, *LICENSE_WORDS_OTHER_SCRIPTS))
)
"""Every word above, once each, in order."""


def license_word_forms() -> tuple[str, ...]:
    """Every word as a file name may write it: a word of two joined by "-", "_", a space or
    nothing (`iwe-ase`, `iwe_ase`, `iwe ase`, `iwease`)."""
    forms = (
        form
        for word in LICENSE_WORDS
        for form in (word, *(word.replace("-", joiner) for joiner in ("_", " ", "")))
    )
    return tuple(dict.fromkeys(forms))


def title_pattern_source() -> str:
    """A regular expression's source finding any of the words in a title (case-insensitive):
    a Latin word where a word begins, a word in another script wherever it stands."""
    latin = "|".join(re.escape(w).replace(r"\-", "[-_ ]?") for w in LICENSE_WORDS_LATIN)
    other = "|".join(re.escape(w).replace(r"\-", "[-_ ]?") for w in LICENSE_WORDS_OTHER_SCRIPTS)
    inside = "|".join(LICENSE_STEMS_INSIDE)
    return rf"\b(?:{latin})|(?:{other})|\b\w{{0,4}}(?:{inside})"
