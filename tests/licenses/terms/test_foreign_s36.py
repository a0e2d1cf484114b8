"""Shapes read from round 36's misses in languages no cue table reads, each beside a twin in the
other direction: commercial use named as included (Scottish Gaelic, Catalan, Kazakh, Khmer,
Haitian Creole, Xhosa, Belarusian, Uzbek, Mongolian), plain grants of use, copying and change
(the same languages and Chinese), a non-commercial grant "only", the licensor's written
permission against a registration or notice (Croatian, Uzbek, Mongolian, Filipino), and
boilerplate stating no term. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_grants_world import (
    grants_noncommercial_world,
    is_plain_grant_world,
    is_plain_grant_zh,
)
from auditor.licenses.terms.foreign_no_term_world import states_no_term_world
from auditor.licenses.terms.foreign_routes_world import world_route


def _foreign(text: str) -> dict[str, object]:
    return dict(read_foreign(f"T\n\n{text}").values)


@pytest.mark.parametrize(
    "grant",
    [
        "Faodaidh sibh am modail Giuthas a chleachdadh airson obair sam bith, a' gabhail a-steach"
        " obair mhalairteach.",
        "Qualsevol persona pot fer servir el model Avet per a qualsevol tasca, inclòs l'ús"
        " comercial en serveis de pagament.",
        "Модельді кез келген іс үшін, соның ішінде коммерциялық қызметте, пайдалануға болады.",
        "អ្នកអាចប្រើម៉ូដែលនេះសម្រាប់ការងារណាមួយ រួមទាំងការងារពាណិជ្ជកម្ម។",
        "Ou ka sèvi ak modèl la pou tout travay ou, menm pou fè biznis.",
        "Uvumelekile ukusebenzisa imodeli kuyo nayiphi na into, kubandakanya ishishini lakho.",
        "Мадэль можна выкарыстоўваць для любой працы, у тым ліку камерцыйнай.",
        "Modeldan istalgan ishda, shu jumladan tijorat faoliyatida, foydalanish mumkin.",
        "Загварыг аливаа ажилд, түүний дотор арилжааны үйл ажиллагаанд ашиглаж болно.",
    ],
)
def test_commercial_use_named_as_included_allows(grant: str) -> None:
    assert _foreign(grant).get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "twin",
    [
        "Chan fhaod sibh am modail Giuthas a chleachdadh airson obair mhalairteach, a' gabhail"
        " a-steach seirbheisean pàighte.",
        "Qualsevol persona pot fer servir el model Avet per a qualsevol tasca, inclòs l'ús"
        " acadèmic, però no l'ús comercial.",
        "Модельді кез келген іс үшін пайдалануға болады, бірақ коммерциялық мақсатта емес, соның"
        " ішінде жарнамада да.",
        "អ្នកអាចប្រើម៉ូដែលនេះសម្រាប់ការងារណាមួយ រួមទាំងការស្រាវជ្រាវ ប៉ុន្តែមិនមែនពាណិជ្ជកម្មទេ។",
        "Ou ka sèvi ak modèl la pou travay lekòl, men pa pou fè biznis, menm pou fè biznis piti.",
        "Akuvumelekanga ukusebenzisa imodeli kwishishini, kubandakanya ishishini elincinci.",
        "Мадэль можна выкарыстоўваць для любой працы, у тым ліку навуковай, але не камерцыйнай.",
        "Modeldan istalgan ishda foydalanish mumkin, faqat tijorat faoliyatida emas, shu jumladan"
        " reklamada.",
        "Загварыг арилжааны бус ажилд ашиглаж болно, түүний дотор арилжааны зорилгоор биш.",
        "Арилжааны хэрэглээнд 4 дүгээр зүйл мөн хамаарна.",  # "also" beside a pointer
    ],
)
def test_twin_commercial_use_denied_or_narrowed_is_not_allowed(twin: str) -> None:
    assert _foreign(twin).get("commercial_use") != "allowed"


PLAIN = [
    "Tha cead agad am modail a chleachdadh, a lethbhreacadh agus atharrachadh.",
    "Sizga modelni foydalanish, nusxalash va o'zgartirish huquq beradi.",
    "Та загварыг ашиглаж, хуулбарлаж, өөрчилж болно.",
    "Суполка дазваляе вам выкарыстоўваць, капіраваць і змяняць мадэль.",
    "Nou ba ou dwa pou itilize, kopye epi chanje modèl la.",
    "Uvumelekile ukusebenzisa, ukukopa nokusasaza le modeli.",
    "អ្នកផ្តល់អាជ្ញាប័ណ្ណអនុញ្ញាតឱ្យអ្នកប្រើប្រាស់ ចម្លង និងកែប្រែម៉ូដែលនេះ។",
]


@pytest.mark.parametrize("grant", PLAIN)
def test_a_plain_grant_in_another_language_allows_every_use(grant: str) -> None:
    assert is_plain_grant_world(grant)
    assert _foreign(grant).get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "twin",
    [
        "Tha cead agad am modail a chleachdadh, a lethbhreacadh agus atharrachadh airson"
        " rannsachadh a-mhàin.",
        "Sizga modelni faqat ilmiy maqsadda foydalanish, nusxalash va o'zgartirish huquq beradi.",
        "Та загварыг зөвхөн судалгааны зорилгоор ашиглаж, хуулбарлаж болно.",
        "Суполка дазваляе вам выкарыстоўваць і капіраваць мадэль толькі для навучання.",
        "Nou ba ou dwa pou itilize, kopye epi chanje modèl la sèlman pou rechèch.",
        "Uvumelekile ukusebenzisa nokusasaza le modeli kuphela kuphando.",
        "អ្នកផ្តល់អាជ្ញាប័ណ្ណអនុញ្ញាតឱ្យអ្នកប្រើប្រាស់ និងចម្លងម៉ូដែលនេះ សម្រាប់តែការស្រាវជ្រាវប៉ុណ្ណោះ។",
    ],
)
def test_twin_a_narrowed_grant_is_no_plain_grant(twin: str) -> None:
    assert not is_plain_grant_world(twin)
    assert _foreign(twin).get("commercial_use") != "allowed"


def test_twin_a_plain_grant_beside_a_ban_in_ascii_allows_nothing() -> None:
    text = f"{PLAIN[0]}\n\nChan fhaodar am modail a chleachdadh airson adhbharan malairteach."
    assert _foreign(text).get("commercial_use") != "allowed"


ZH_PLAIN = (
    "第一条　许可方授予您全球范围内、免费、非独占的许可，允许您使用、复制、修改和分发本模型。"
)


def test_a_chinese_plain_grant_allows_every_use() -> None:
    assert _foreign(ZH_PLAIN).get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "twin",
    [
        "第一条　许可方授予您免费、非独占的许可，允许您为学术研究目的使用、复制、修改本模型。",
        "第一条　许可方授予您免费的许可，允许您使用、复制本模型，但须事先向许可方申请许可证。",
        "第一条　许可方授予您个人非商业的许可，允许您使用、复制、修改本模型。",
    ],
)
def test_twin_a_narrowed_chinese_grant_is_no_plain_grant(twin: str) -> None:
    from auditor.licenses.terms.foreign_zh import fold

    assert not is_plain_grant_zh(fold(twin))
    assert _foreign(twin).get("commercial_use") != "allowed"


def test_twin_a_chinese_ban_elsewhere_prevails_over_a_plain_grant() -> None:
    values = _foreign(f"{ZH_PLAIN}\n\n第二条　本模型不得用于任何商业用途。")
    assert values.get("commercial_use") == "prohibited"


@pytest.mark.parametrize(
    "text",
    [
        "Mae'r model ar gael at ddibenion anfasnachol yn unig.",
        "Мадэль можна выкарыстоўваць толькі ў некамерцыйных мэтах.",
        "ម៉ូដែលនេះអាចប្រើបានសម្រាប់តែគោលបំណងមិនមែនពាណិជ្ជកម្មប៉ុណ្ណោះ។",
    ],
)
def test_a_non_commercial_only_grant_bans_commercial_use(text: str) -> None:
    assert grants_noncommercial_world(text)
    assert _foreign(text).get("commercial_use") == "prohibited"


@pytest.mark.parametrize(
    "twin",
    [
        "Mae'r model ar gael at ddibenion anfasnachol a masnachol.",
        "Мадэль можна выкарыстоўваць у некамерцыйных і камерцыйных мэтах.",
    ],
)
def test_twin_non_commercial_ends_named_beside_commercial_ones_ban_nothing(twin: str) -> None:
    assert not grants_noncommercial_world(twin)
    assert _foreign(twin).get("commercial_use") != "prohibited"


GRANT_HR = (
    "Lovor d.o.o. dopušta korištenje, umnožavanje i prilagodbu modela, uključujući komercijalnu"
    " upotrebu."
)


@pytest.mark.parametrize(
    "route",
    [
        "Za komercijalnu upotrebu korisnik mora prethodno dobiti pisano dopuštenje društva, koje"
        " ga može uskratiti.",
        "Modelni tijorat maqsadida ishlatish uchun oldindan Litsenziarning yozma ruxsati olinishi"
        " shart.",
        "Арилжааны зорилгоор ашиглахын өмнө эзэмшигчээс бичгээр зөвшөөрөл авах ёстой.",
        "Bago gamitin ang modelo sa komersiyal na paraan, kailangan ang nakasulat na pahintulot ng"
        " may-ari.",
    ],
)
def test_commercial_use_on_written_permission_is_restricted(route: str) -> None:
    values = _foreign(f"{GRANT_HR}\n\n{route}")
    assert values.get("commercial_use") == "restricted"
    assert values.get("commercial_use_conditions") == ["written-permission"]


@pytest.mark.parametrize(
    "twin",
    [
        "Prije komercijalne upotrebe korisnik se registrira na stranici društva; dopuštenje"
        " društva nije potrebno.",
        "Modelni tijorat maqsadida ishlatishdan oldin saytda ro'yxatdan o'tish kifoya; ruxsat"
        " talab qilinmaydi.",
        "Арилжааны зорилгоор ашиглахын өмнө вэбсайтад бүртгүүлнэ; зөвшөөрөл авах шаардлагагүй.",
        "Bago gamitin ang modelo sa komersiyal na paraan, magpadala ng abiso sa may-ari; hindi"
        " kailangan ang pag-apruba.",
    ],
)
def test_twin_a_notice_needing_no_permission_keeps_commercial_use_allowed(twin: str) -> None:
    assert world_route(twin) == "registration"
    values = _foreign(f"{GRANT_HR}\n\n{twin}")
    assert values.get("commercial_use") == "allowed"
    assert values.get("commercial_use_conditions") == ["registration"]


def test_a_refusal_qualifies_the_permission_it_follows() -> None:
    refusal = "Эзэмшигч зөвшөөрөл өгөхөөс татгалзаж болно."
    assert world_route(refusal) == "qualifies"
    reading = read_foreign(f"T\n\n{GRANT_HR}\n\n{refusal}")
    assert not reading.unread


@pytest.mark.parametrize(
    "text",
    [
        "Moun ki bay lisans lan: Lakay Dijital S.A., Okap",
        "Modèl la bay jan li ye a, san okenn garanti.",
        "Model qanday bo'lsa shunday, hech qanday kafolatsiz beriladi.",
        "Cal conservar aquest avís en totes les còpies.",
        "Llicenciant: Avet Lab S.L., Girona",
    ],
)
def test_boilerplate_states_no_term(text: str) -> None:
    assert states_no_term_world(text)


@pytest.mark.parametrize(
    "twin",
    [
        "Modèl la bay jan li ye a, sèlman pou rechèch, pa pou biznis.",
        "Cal conservar aquest avís, i l'ús comercial només amb permís.",
    ],
)
def test_twin_boilerplate_naming_commercial_use_or_only_is_read_for_its_term(twin: str) -> None:
    assert not states_no_term_world(twin)


BE_GRANT = "Мадэль дазволена выкарыстоўваць толькі ў некамерцыйных мэтах."


def test_internal_use_said_not_commercial_in_belarusian_is_within_the_grant() -> None:
    note = "Унутранае выкарыстанне мадэлі фірмай для ўласных патрэб не з'яўляецца камерцыйным"
    values = _foreign(f"{BE_GRANT}\n\n{note} выкарыстаннем.")
    assert values.get("use_scope") == ["internal-use-by-anyone"]


def test_twin_internal_use_said_commercial_in_belarusian_widens_nothing() -> None:
    note = "Унутранае выкарыстанне мадэлі фірмай для ўласных патрэб з'яўляецца камерцыйным"
    values = _foreign(f"{BE_GRANT}\n\n{note} выкарыстаннем.")
    assert "use_scope" not in values
    assert values.get("commercial_use") == "prohibited"


def test_a_belarusian_law_chosen_by_its_adjective_governs() -> None:
    assert _foreign("Да гэтай ліцэнзіі прымяняецца права Літоўскай Рэспублікі.") == {
        "governing_law": "LT"
    }


def test_twin_a_belarusian_law_to_be_obeyed_chooses_nothing() -> None:
    assert "governing_law" not in _foreign(
        "Карыстальнік павінен выконваць права Літоўскай Рэспублікі."
    )
