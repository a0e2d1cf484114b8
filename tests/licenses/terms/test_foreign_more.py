"""Session 20: license terms in Danish, Norwegian, Ukrainian, Bulgarian, Croatian and Serbian
(Latin and Cyrillic), Lithuanian, Latvian, Estonian, Malay, Swahili, Bengali and Persian are
read, no longer only said unread (or, where a licence file's name or title was in the language,
not read at all): grants for any purpose including commercial ones, non-commercial and
research-only grants, consent needed, bans by use (military, weapons, surveillance, biometric
identification, medical advice), caps with the licensee's group, grants withheld from those based
in named places, governing law, copies carrying the licence. The languages are told from their
neighbours (Malay from Indonesian, Bulgarian from Russian, Estonian from German, Swahili from
Polish, Croatian from Polish and French). Sentences are our own words."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_more import ban_tags
from auditor.licenses.text.language import language_of
from auditor.licenses.text.title_shapes import find_title
from auditor.sources.base import is_license_like


def _values(text: str) -> dict[str, object]:
    reading = read_foreign(text)
    assert not reading.unread, reading.unread
    return reading.values


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Modellen må kun bruges til ikke-kommercielle formål uden tilladelse.", "da"),
        ("Licensen er underlagt dansk ret.", "da"),
        ("Lisensen gir deg rett til å bruke modellen til alle formål.", "no"),
        ("Kommersiell bruk av modellen er forbudt uten skriftlig tillatelse.", "no"),
        ("Ця ліцензія регулюється законодавством України.", "uk"),
        ("Моделът не може да се използва в търговски продукти.", "bg"),
        ("Този лиценз се урежда от българското право.", "bg"),
        ("Эта модель не может использоваться в коммерческих продуктах.", "ru"),
        ("Объект лицензии может использоваться только для исследований.", "ru"),
        ("Model se smije koristiti samo u nekomercijalne svrhe, bez prava na prodaju.", "hr"),
        ("Забрањено је користити модел за масовни надзор.", "sr"),
        ("Modelį galima naudoti bet kokiais tikslais, įskaitant komercinius.", "lt"),
        ("Modeļa komerciāla izmantošana ir aizliegta bez rakstiskas atļaujas.", "lv"),
        ("Mudelit ei tohi kasutada ärilisel eesmärgil ilma litsentsiandja loata.", "et"),
        ("Model ini dilarang sama sekali digunakan untuk memberi nasihat perubatan.", "ms"),
        ("Model ini tidak boleh digunakan untuk tujuan komersial.", "id"),
        ("Pemberi lisensi memberikan izin penggunaan model secara gratis.", "id"),
        ("Mtoaji leseni anakupa haki ya kutumia modeli kwa madhumuni yoyote.", "sw"),
        ("Model nie może być używany do celów komercyjnych.", "pl"),
        ("Das Modell darf nur für die Forschung genutzt werden.", "de"),
    ],
)
def test_the_new_languages_are_told_from_their_neighbours(text: str, language: str) -> None:
    assert language_of(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "Licensgiveren giver dig ret til at bruge modellen til ethvert formål, også kommercielt.",
        "Lisensgiver gir deg rett til å bruke og endre modellen, også i næringsvirksomhet.",
        "Ліцензіар надає вам право використовувати модель з будь-якою метою, зокрема комерційною.",
        "Лицензодателят разрешава използването на модела за всякакви цели, включително търговски.",
        "Davatelj licence daje vam pravo korištenja modela u bilo koju svrhu, uključujući "
        "komercijalnu.",
        "Давалац лиценце вам даје право да модел користите у било коју сврху, укључујући и "
        "комерцијалну.",
        "Licenciaras suteikia teisę naudoti modelį bet kokiais tikslais, įskaitant komercinius.",
        "Licences devējs atļauj izmantot modeli jebkādiem mērķiem, tostarp komerciāliem.",
        "Litsentsiandja lubab mudelit kasutada, sealhulgas ärilisel eesmärgil.",
        "Pemberi lesen memberikan anda hak menggunakan Model bagi apa-apa tujuan, termasuk tujuan "
        "komersial.",
        "Mtoaji leseni anakupa haki ya kutumia modeli kwa madhumuni yoyote, ikiwa ni pamoja na "
        "biashara.",
        "লাইসেন্সদাতা আপনাকে বাণিজ্যিক উদ্দেশ্যসহ যেকোনো উদ্দেশ্যে মডেলটি ব্যবহারের অধিকার দিচ্ছে।",
    ],
)
def test_a_grant_including_commercial_use_is_read_as_allowed(text: str) -> None:
    assert _values(text)["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Modellen må udelukkende bruges til ikke-kommercielle formål.", "non-commercial"),
        ("Modellen kan kun brukes til forskning ved universiteter.", "research-only"),
        ("Модель можна використовувати лише з некомерційною метою.", "non-commercial"),
        ("Моделът може да се използва единствено за научни изследвания.", "research-only"),
        ("Model se smije koristiti isključivo u nekomercijalne svrhe.", "non-commercial"),
        ("Modelis gali būti naudojamas tik nekomerciniais tikslais.", "non-commercial"),
        ("Modeli drīkst izmantot tikai pētniecības nolūkos.", "research-only"),
        ("Mudelit võib kasutada ainult teadusuuringuteks.", "research-only"),
        ("Model ini boleh digunakan untuk penyelidikan sahaja.", "research-only"),
        ("Modeli inaweza kutumika kwa utafiti tu.", "research-only"),
        ("মডেলটি শুধুমাত্র অ-বাণিজ্যিক কাজে ব্যবহার করা যাবে।", "non-commercial"),
        ("استفاده از مدل فقط برای مقاصد غیرتجاری مجاز است.", "non-commercial"),
        ("یہ ماڈل صرف غیر تجارتی مقاصد کے لیے استعمال کیا جا سکتا ہے۔", "non-commercial"),
    ],
)
def test_a_non_commercial_or_research_grant_bans_commercial_use(text: str, kind: str) -> None:
    values = _values(text)
    assert values["commercial_use"] == "prohibited"
    assert values["kind"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Kommerciel brug af modellen kræver licensgiverens skriftlige tilladelse.",
        "Komercijalna upotreba zahtijeva pisanu suglasnost davatelja licence.",
        "Для комерційного використання потрібен письмовий дозвіл ліцензіара.",
        "Komercinis naudojimas be licenciaro rašytinio sutikimo negalimas.",
    ],
)
def test_commercial_use_needing_consent_is_not_allowed(text: str) -> None:
    assert read_foreign(text).values["commercial_use"] in ("restricted", "prohibited")


@pytest.mark.parametrize(
    ("language", "text", "tags"),
    [
        ("no", "Modellen skal ikke brukes til militære formål eller til utvikling av våpen.",
         ["military", "weapons"]),
        ("da", "Det er forbudt at bruge modellen til masseovervågning.", ["surveillance"]),
        ("uk", "Заборонено використовувати модель для біометричної ідентифікації людей.",
         ["biometric-identification"]),
        ("bg", "Моделът не може да се използва за военни цели.", ["military"]),
        ("hr", "Zabranjeno je koristiti model za masovni nadzor građana.", ["surveillance"]),
        ("sr", "Забрањено је користити модел за масовни надзор.", ["surveillance"]),
        ("lt", "Modelio negalima naudoti karinėms reikmėms.", ["military"]),
        ("et", "Mudelit ei tohi kasutada biomeetriliste tunnuste põhjal tuvastamiseks.",
         ["biometric-identification"]),
        ("ms", "Model ini dilarang digunakan untuk memberi nasihat perubatan.", ["medical-advice"]),
        ("sw", "Ni marufuku kutumia modeli kwa madhumuni ya kijeshi.", ["military"]),
        ("bn", "মডেলটি সামরিক উদ্দেশ্যে বা অস্ত্র তৈরির কাজে ব্যবহার করা যাবে না।",
         ["military", "weapons"]),
        ("fa", "استفاده از مدل برای مقاصد نظامی ممنوع است.", ["military"]),
        ("ur", "اس ماڈل کو فوجی مقاصد کے لیے استعمال کرنا ممنوع ہے۔", ["military"]),
    ],
)  # fmt: skip
def test_a_ban_by_use_sets_its_tag(language: str, text: str, tags: list[str]) -> None:
    assert ban_tags(language, text) == tags


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a harm named without a ban, or a use allowed: no ban
        ("no", "Modellen kan brukes til å oppdage våpen i bagasje på flyplasser."),
        ("da", "Modellen er udviklet uden militær støtte."),
        ("uk", "Модель можна використовувати для медичних досліджень."),
        ("hr", "Model je dopušteno koristiti za analizu nadzora kvalitete proizvodnje."),
        ("ms", "Model ini boleh digunakan untuk membantu doktor membaca nota perubatan."),
        ("sw", "Modeli inaweza kutumika na jeshi la zimamoto kwa mafunzo."),
        ("et", "Mudel aitab teadlastel uurida biomeetria ajalugu."),
        # a ban on another use than the harm named elsewhere in the passage
        ("no", "Det er forbudt å bruke modellen til pengespill. Militære forskere kan bruke den."),
    ],
)
def test_a_harm_named_without_its_ban_sets_nothing(language: str, text: str) -> None:
    assert ban_tags(language, text) == []


def test_a_grant_withheld_from_those_seated_in_the_eu_is_read() -> None:
    text = (
        "Licenca se ne daje fizičkim osobama s prebivalištem ni pravnim osobama sa sjedištem "
        "u Europskoj uniji."
    )
    assert _values(text)["excluded_licensee_domiciles"] == [
        {"regions": ["EU"], "models": "all", "exempts": []}
    ]


def test_a_place_whose_law_governs_is_no_excluded_place() -> None:
    # the licence is governed by Croatian law: nothing withheld, no exclusion
    values = read_foreign("Na ovu licencu primjenjuje se pravo Republike Hrvatske.").values
    assert values["governing_law"] == "HR" and "excluded_licensee_domiciles" not in values


def test_a_group_cap_counts_the_affiliates() -> None:
    text = (
        "Якщо сукупна кількість щомісячно активних користувачів ліцензіата та його афілійованих "
        "осіб перевищує 1 млн, ліцензіат має отримати окрему ліцензію."
    )
    values = _values(text)
    assert values["user_threshold"] == {
        "count": 1_000_000,
        "unit": "mau",
        "counts": "licensee-and-affiliates",
    }


def test_copies_carrying_the_licence_text_are_a_notice_duty() -> None:
    text = "Nakala yoyote ya modeli inayosambazwa lazima iambatane na maandishi ya leseni hii."
    assert _values(text)["attribution_required"] is True


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Licensen er underlagt dansk ret.", "DK"),
        ("Lisensen reguleres av norsk rett.", "NO"),
        ("Ця ліцензія регулюється законодавством України.", "UA"),
        ("Šiai licencijai taikomi Lietuvos Respublikos įstatymai.", "LT"),
        ("Litsentsile kohaldatakse Eesti õigust.", "EE"),
        ("Lesen ini tertakluk kepada undang-undang Malaysia.", "MY"),
        ("Leseni hii inasimamiwa na sheria za Jamhuri ya Kenya.", "KE"),
        ("Na ovu licencu primjenjuje se pravo savezne države Delaware.", "US-DE"),
    ],
)
def test_the_governing_law_is_read(text: str, code: str) -> None:
    assert _values(text)["governing_law"] == code


@pytest.mark.parametrize(
    "name",
    ["ЛІЦЕНЗІЯ.md", "ЛИЦЕНЦА.md", "LICENCIJA.txt", "LITSENTS.txt", "LESEN.txt", "LESENI.md",
     "লাইসেন্স.txt", "مجوز.md", "LLICÈNCIA.md"],
)  # fmt: skip
def test_license_files_named_in_these_languages_are_license_documents(name: str) -> None:
    assert is_license_like(name)


@pytest.mark.parametrize("name", ["lesenswert.py", "vorlesen.md", "README.md"])
def test_other_files_are_not_license_documents(name: str) -> None:
    assert not is_license_like(name)


@pytest.mark.parametrize(
    "line",
    ["# Leseni ya Modeli Korongo-3B", "LESEN MODEL MERAK-7B", "Mudeli Kajakas-ViT litsents",
     "Ліцензія на модель Журавель-8B", "মাছরাঙা-৭বি মডেল লাইসেন্স"],
)  # fmt: skip
def test_a_title_naming_its_licence_in_these_languages_is_a_title(line: str) -> None:
    assert find_title(line + "\n\nText.\n") is not None


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Komerčné použitie modelu je zakázané bez písomného súhlasu.", "sk"),
        ("Komercialna uporaba modela je prepovedana brez pisnega dovoljenja.", "sl"),
        ("L'ús comercial del model està prohibit sense autorització escrita.", "ca"),
    ],
)
def test_slovak_slovenian_and_catalan_are_read_as_themselves(sentence: str, language: str) -> None:
    # read with their own cues (foreign_cues_ca_sk_sl), not as Czech, Croatian or Romanian
    reading = read_foreign("Permission is granted under the MIT License.\n\n" + sentence + "\n")
    assert not reading.unread
    assert reading.values.get("commercial_use") == "restricted"
    assert [p.language for p in reading.quotes["commercial_use"]] == [language]


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("# Lisens\n\nModellen må ikke brukes til:\n- militære formål;\n- masseovervåking.\n",
         ["military", "surveillance"]),
        ("Заборонено використовувати модель для:\n\n- військових цілей;\n- біометричної "
         "ідентифікації людей.\n", ["military", "biometric-identification"]),
        ("Забрањено је користити модел за:\n- масовни надзор;\n- војне сврхе.\n",
         ["military", "surveillance"]),
        ("Ni marufuku kutumia modeli kwa:\n- madhumuni ya kijeshi;\n- ushauri wa kitabibu.\n",
         ["medical-advice", "military"]),
    ],
)  # fmt: skip
def test_a_ban_introducing_a_list_reads_its_items(text: str, tags: list[str]) -> None:
    found = _values(text)["use_restrictions"]
    assert isinstance(found, list) and sorted(found) == sorted(tags)


def test_a_list_of_allowed_uses_bans_nothing() -> None:
    text = "Modellen kan bruges til:\n- militærhistorisk forskning;\n- undervisning.\n"
    assert "use_restrictions" not in read_foreign(text).values


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ikiwa idadi ya watumiaji hai kwa mwezi inazidi milioni 1, leseni tofauti inahitajika.",
         1_000_000),
        ("Hvis antallet af månedlige aktive brugere overstiger 2 millioner, kræves en særskilt "
         "licens.", 2_000_000),
        ("Ako broj mjesečno aktivnih korisnika premaši 10 milijuna, potrebna je posebna licenca.",
         10_000_000),
    ],
)  # fmt: skip
def test_a_user_cap_with_its_scale_word_is_read(text: str, count: int) -> None:
    assert _values(text)["mau_threshold"] == count


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Якщо річний дохід ліцензіата перевищує 5 млн євро, потрібна комерційна ліцензія.",
         5_000_000),
        ("Jei licenciato metinės pajamos viršija 5 milijonus eurų, reikia atskiros licencijos.",
         5_000_000),
    ],
)  # fmt: skip
def test_a_revenue_cap_in_inflected_euros_is_read(text: str, amount: int) -> None:
    assert _values(text)["revenue_threshold"] == {
        "amount": amount,
        "currency": "EUR",
        "period": "year",
        "measure": "revenue",
    }


def test_ukrainian_without_its_own_letters_is_ukrainian() -> None:
    assert language_of("Заборонено використовувати модель для:") == "uk"
    assert language_of("Запрещено использовать модель для военных целей.") == "ru"


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Modellen må ikke bruges i Rusland eller Belarus.", ["BY", "RU"]),
        ("Заборонено використовувати модель на території Російської Федерації.", ["RU"]),
        ("Model se ne smije koristiti u Rusiji.", ["RU"]),
    ],
)
def test_use_banned_in_named_places_is_a_use_territory(text: str, regions: list[str]) -> None:
    values = _values(text)
    assert values["excluded_use_territories"] == [
        {"regions": regions, "models": "all", "exempts": []}
    ]
    assert "excluded_licensee_domiciles" not in values


@pytest.mark.parametrize(
    "text",
    [
        # a harm banned in a place: the harm, not every use there
        "Modellen må ikke bruges til militære formål i Kina.",
        # a place whose sanctions the clause invokes
        "Det er forbudt at bruge modellen til at omgå sanktioner mod Rusland.",
    ],
)
def test_a_ban_naming_a_place_otherwise_excludes_no_territory(text: str) -> None:
    assert "excluded_use_territories" not in read_foreign(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Ved offentliggørelse skal licensgiveren angives som kilde.",
        "Ви повинні зазначати автора моделі в описі продукту.",
        "Korisnik mora navesti davatelja licence kao izvor modela.",
        "Pengguna hendaklah menyatakan pemberi lesen sebagai sumber.",
        "Mtumiaji lazima amtaje mtoaji leseni kama chanzo.",
        "Licenciatas privalo nurodyti licenciarą kaip šaltinį.",
    ],
)
def test_a_credit_the_licensee_must_give_is_an_attribution_duty(text: str) -> None:
    assert _values(text)["attribution_required"] is True


def test_a_credit_not_required_is_no_duty() -> None:
    assert (
        "attribution_required"
        not in read_foreign("Du behøver ikke at angive licensgiveren.").values
    )


@pytest.mark.parametrize(
    "text",
    [
        "Modellen leveres, som den er, uden nogen form for garanti.",
        "Модель надається «як є», без будь-яких гарантій.",
        "Davatelj licence ne odgovara za štetu nastalu uporabom modela.",
        "Modelis teikiamas „toks, koks yra“, be jokių garantijų.",
        "Model ini disediakan 'seadanya' tanpa sebarang jaminan.",
        "Leseni hii itakoma moja kwa moja ikiwa utakiuka masharti yake.",
        "Rezultati koje model generira pripadaju korisniku.",
        "Ліцензіар надає вам право використовувати, відтворювати та змінювати модель.",
    ],
)
def test_boilerplate_states_no_term_and_is_not_unread(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread and not reading.values


@pytest.mark.parametrize(
    "text",
    [
        # a disclaimer beside a ban, a grant narrowed to non-commercial ends: terms, read as such
        "Modellen leveres som den er, men kommerciel brug er forbudt.",
        "Ліцензіар надає вам право використовувати модель лише з некомерційною метою.",
    ],
)
def test_boilerplate_beside_a_term_is_read_as_the_term(text: str) -> None:
    assert read_foreign(text).values["commercial_use"] == "prohibited"
