"""Smaller languages told by their own function words, letters or script (session 40): each
sentence of the language beside a near sentence of English or of the language it was taken for,
which stays so. English sentences with names, short lines and naming duties are not taken.
Sentences are ours."""

from __future__ import annotations

import pytest

from auditor.licenses.text.language import language_name, language_of


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # Icelandic / German, Portuguese
        ("Notandi má ekki nota hugbúnaðinn í viðskiptalegum tilgangi án samþykkis.", "is"),
        ("Der Nutzer darf die Software nicht ohne Zustimmung kommerziell nutzen.", "de"),
        ("O utilizador não pode usar o programa para fins comerciais sem autorização.", "pt"),
        # Faroese / Swedish
        ("Tú kanst ikki nýta hetta ritbúnaðin til vinnulig endamál uttan loyvi.", "fo"),
        ("Du får inte använda programvaran för kommersiella ändamål utan tillstånd.", "sv"),
        # Breton / Spanish
        ("Gallout a rit implijout ar meziant evit forzh peseurt pal, hep gwarant ebet.", "br"),
        ("Puede usar el programa para cualquier fin, sin garantía de ningún tipo.", "es"),
        # Welsh / English
        ("Mae'n rhaid i chi gadw'r hysbysiad hwn gyda phob copi o'r meddalwedd.", "cy"),
        ("You must keep this notice with every copy of the software.", "en"),
        # Irish / English
        ("Ní cheadaítear úsáid tráchtála gan cead scríofa ón údar.", "ga"),
        ("Commercial use is not allowed without the author's written consent.", "en"),
        # Northern Sami / Czech
        ("Dán prográmma oažžu geavahit buot ulbmiliidda, maiddái gávppálaš ulbmiliidda.", "se"),
        ("Tento program je možné používat pro všechny účely, včetně obchodních.", "cs"),
        # Azerbaijani / Turkish
        (
            "Proqramı istənilən məqsədlə pulsuz istifadə etmək olar, yalnız müəllif qeyd edilsin.",
            "az",
        ),
        (
            "Programı herhangi bir amaçla ücretsiz kullanabilirsiniz, yalnızca yazar belirtilmeli.",
            "tr",
        ),
        # Maori / Dutch
        (
            "Kāore e whakaaetia te whakamahi arumoni i tēnei pūmanawa, engari mō ngā kura anake.",
            "mi",
        ),
        ("Het is niet toegestaan de software te gebruiken voor commerciële doeleinden.", "nl"),
        # Haitian Creole / French
        ("Ou ka itilize lojisyèl sa a pou nenpòt ki rezon, men ou dwe mete non otè a.", "ht"),
        ("Vous pouvez utiliser ce logiciel pour tout usage, mais vous devez citer l'auteur.", "fr"),
        # isiZulu
        ("Akuvunyelwe ukusebenzisa lolu hlelo ngaphandle kwemvume yombhali.", "zu"),
        # Galician / Portuguese, Spanish
        ("Non se permite vender o programa nin unha versión modificada del sen permiso.", "gl"),
        ("Não é permitido vender o programa nem uma versão modificada sem permissão.", "pt"),
        ("No se permite vender el programa ni una versión modificada sin permiso.", "es"),
        # Catalan / Spanish
        ("Queda prohibit l'ús del programa amb finalitats comercials sense permís.", "ca"),
        # Occitan / Catalan, Italian
        ("Podètz utilizar lo programa per quina tòca que siá, tanben comerciala.", "oc"),
        ("Potete utilizzare il programma per qualsiasi scopo, anche commerciale.", "it"),
        # Romansh / Italian
        ("Vus pudais duvrar il program per mintga intent, sche Vus numnais l'autur.", "rm"),
        ("Potete usare il programma per ogni scopo, se citate l'autore.", "it"),
        # Luxembourgish / German
        ("Dir dierft de Programm ouni Garantie fir all Zwecker notzen, och kommerziell.", "lb"),
        ("Sie dürfen diese Software ohne Erlaubnis nicht für kommerzielle Zwecke nutzen.", "de"),
        # Upper Sorbian / Czech
        ("Smě so tutón program za kóždy zaměr wužiwać, tež za hospodarske zaměry.", "hsb"),
        ("Tento program se smí užívat ke každému účelu, také k obchodním účelům.", "cs"),
    ],
)
def test_latin_script_languages(sentence: str, language: str) -> None:
    assert language_of(sentence) == language


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # Marathi / Hindi
        ("हे सॉफ्टवेअर व्यावसायिक कामासाठी वापरता येणार नाही आणि त्याची विक्री करू नये.", "mr"),
        ("इस सॉफ्टवेयर का उपयोग व्यावसायिक कार्य के लिए नहीं किया जा सकता है।", "hi"),
        # Nepali / Hindi
        ("यो सफ्टवेयर व्यावसायिक कामका लागि प्रयोग गर्न पाइँदैन र बेच्न पनि हुँदैन।", "ne"),
        ("यह सॉफ्टवेयर केवल शोध के लिए है और इसे बेचा नहीं जा सकता।", "hi"),
        # Kazakh / Russian, Ukrainian
        ("Бағдарламаны коммерциялық мақсатта пайдалануға рұқсат етілмейді.", "kk"),
        ("Программу запрещено использовать в коммерческих целях.", "ru"),
        ("Програму заборонено використовувати з комерційною метою.", "uk"),
        # Macedonian / Serbian, Bulgarian
        ("Програмата не смее да се користи за комерцијални цели ниту за воени цели.", "mk"),
        ("Оваа лиценца важи со моделот и со неговите копии.", "mk"),
        ("Програм се не сме користити у комерцијалне сврхе без дозволе аутора.", "sr"),
        ("Програмата не може да се използва за търговски цели без разрешение.", "bg"),
    ],
)
def test_languages_sharing_a_script(sentence: str, language: str) -> None:
    assert language_of(sentence) == language


@pytest.mark.parametrize(
    "sentence",
    [
        # naming duties, names and short lines in English are not taken (session 39's Breton)
        'You must name "Labourva Morlevenez" on your website or in your app where users see it.',
        "Derived works must carry a name that begins with Cabreta and keep this licence.",
        "Copyright 2024 Gwenn ar Gall, Iwan ap Rhys and Máire Ní Bhriain.",
        "Thanks to Kāpata Atamai Ltd and Chakalaka AI for the data.",
        "Model card for Juoigan 2B",
        "The model is provided as is, without warranty of any kind.",
        "Licensed under the laws of Iceland and the Faroe Islands.",
    ],
)
def test_english_stays_english(sentence: str) -> None:
    assert language_of(sentence) in ("en", None)


def test_the_names() -> None:
    assert language_name("hsb") == "Upper Sorbian"
    assert language_name("cy") == "Welsh"
    assert language_name("mr") == "Marathi"
