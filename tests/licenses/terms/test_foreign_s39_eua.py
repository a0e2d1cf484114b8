"""Session 39 (helper eua): grants, bans, tables and definitions in languages the word tables
leave unread, each with a paraphrase that reads the same and a twin differing in one fact that
must read differently (sentences of our own)."""

from __future__ import annotations

from typing import Any

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_grants_s39eua import read_grants_s39eua
from auditor.licenses.terms.foreign_passages_s39eua import read_s39eua
from auditor.licenses.text.language import Passage


def _alone(text: str) -> Any:
    """One passage read by this session's readers (Latin in plain letters may not pass the
    gate alone; in a licence it does)."""
    passage = Passage(text, 1, None)
    return read_s39eua([passage]).get(passage)


def _read(body: str, title: str = "Licence") -> tuple[dict[str, Any], list[str]]:
    reading = read_foreign(f"# {title}\n\n{body}\n")
    return reading.values, [p.text for p in reading.unread]


# --- grants naming commercial use or use for money as included ------------------------------
def test_grants_naming_commercial_use_included() -> None:
    for body in (
        "Oo foddee oo yn model y ymmydey son dy chooilley ymmyd, ymmyd dellal mârish.",  # gv
        "Uporabnik sme model spreminjati in ga vključiti v izdelke, tudi v take, ki jih prodaja.",
        "Vus pudais utilisar il model en Vossas applicaziuns, er per intents commerzials.",  # rm
        "Du dörvst dat Modell in dien Programm bruken, ok wenn du dor Geld mit verdeenst.",
        "Omnibus licet hoc exemplar mutare et distribuere, etiam lucri causa.",  # la
        "Модель можуть використовувати всі, зокрема у комерційних сервісах.",  # uk
        "Всеки може да използва модела, включително в търговски продукти.",  # bg
        "Gallout a rit kemmañ ar patrom ha gwerzhañ ar produioù graet gantañ.",  # br
        "Kull utent jista' juża l-mudell fil-prodotti tiegħu, anki bi ħlas.",  # mt
        "Voit käyttää mallia myös maksullisissa sovelluksissa.",  # fi
    ):
        assert read_grants_s39eua(body) == [_allowed()], body


def test_a_grant_negated_narrowed_or_conditioned_is_no_grant() -> None:
    for body in (
        "Uporabnik ne sme model vključiti v izdelke, ki jih prodaja.",  # sl: negated
        "Vus pudais utilisar il model er per intents commerzials mo cun permissiun.",  # rm: only
        "Du dörvst dat Modell nich bruken, wenn du dor Geld mit verdeenst.",  # nds: negated
        "Nemini licet hoc exemplar adhibere lucri causa.",  # la: a ban
        "Модель можна використовувати у комерційних сервісах лише з дозволу ліцензіара.",
        "Моделът може да се използва в търговски продукти само с разрешение.",  # bg
        "Kull utent jista' juża l-mudell, anki bi ħlas, jekk jikseb permess.",  # mt: condition
        "Mallia ei saa käyttää maksullisissa palveluissa.",  # fi: negated
        "Voit käyttää mallia maksullisissa palveluissa vain erillisellä luvalla.",  # fi: only
    ):
        assert read_grants_s39eua(body) != [_allowed()], body


def _allowed() -> object:
    from auditor.licenses.terms.foreign_zh import Clause

    return Clause("commercial_use", "allowed")


# --- bans naming harms ------------------------------------------------------------------------
def test_bans_naming_harms() -> None:
    cases = {
        "Ní cheadaítear an tsamhail a úsáid chun críocha míleata.": ["military"],
        "Et ass net erlaabt, de Modell ze benotzen, fir Mataarbechter ze iwwerwaachen.": [
            "surveillance"
        ],
    }
    for body, tags in cases.items():
        values, unread = _read(body)
        assert values.get("use_restrictions") == tags, body
        assert not unread, body


def test_latin_ban_and_its_exception() -> None:
    from auditor.licenses.terms.foreign_zh import Clause

    police = _alone("N'hallit ket implijout ar patrom evit labour ar polis.")  # br, plain letters
    assert police == [Clause("use_restrictions", ["law-enforcement"])]
    ban = _alone("Nemini licet hoc exemplar adhibere ad arma facienda.")
    assert ban == [Clause("use_restrictions", ["weapons"])]
    assert _alone("Nemini licet hoc exemplar adhibere ad arma facienda nisi permissu.") is None


def test_a_ban_with_an_exception_stays_unread() -> None:
    for body in (
        "Et ass net erlaabt, ausser mat eiser Erlaabnes, Leit ze iwwerwaachen.",
        "N'hallit ket implijout ar patrom evit labour ar polis nemet gant un aotre.",
    ):
        values, _ = _read(body)
        assert "use_restrictions" not in values, body


# --- registration: free and unconditional vs to be confirmed ---------------------------------
def test_ukrainian_registration_free_and_unconditional() -> None:
    body = (
        "Модель можна використовувати у власних продуктах, зокрема платних.\n\n"
        "Перед початком комерційного використання ліцензіат реєструється на сайті.\n\n"
        "Реєстрація безкоштовна; чекати на підтвердження не потрібно."
    )
    values, unread = _read(body)
    assert values.get("commercial_use") == "allowed"
    assert values.get("commercial_use_conditions") == ["registration"]
    assert not unread


def test_ukrainian_registration_to_be_confirmed_is_unread() -> None:
    body = (
        "Модель можна використовувати у власних продуктах, зокрема платних.\n\n"
        "Перед початком комерційного використання ліцензіат реєструється, а ліцензіар"
        " підтверджує реєстрацію."
    )
    values, unread = _read(body)
    assert "registration" not in (values.get("commercial_use_conditions") or [])
    assert unread


# --- definitions beside a non-commercial grant -----------------------------------------------
def test_a_companys_use_deemed_commercial() -> None:
    for body in (
        "S'entén per ús comercial qualsevol ús amb ànim de lucre, incloent-hi el que una empresa"
        " en faci internament.",
        "Ettevõtte igasugust kasutust loetakse äriliseks.",
    ):
        assert read_grants_s39eua(body) == [_scope()], body
    for body in (  # twins: a non-profit's use, or a use said not commercial
        "S'entén per ús comercial l'ús d'una entitat sense ànim de lucre o d'una empresa.",
        "Mittetulundusühingu kasutust ei loeta äriliseks.",
    ):
        assert read_grants_s39eua(body) != [_scope()], body


def _scope() -> object:
    from auditor.licenses.terms.foreign_zh import Clause

    return Clause("use_scope", ["non-commercial-organizations"])


def test_polish_fee_definition_and_free_ngo_service() -> None:
    assert (
        read_grants_s39eua("Użytkiem komercyjnym jest oferowanie usługi za opłatą lub z reklamami.")
        == []
    )
    assert (
        read_grants_s39eua(
            "Nieodpłatna usługa organizacji pozarządowej nie jest użytkiem komercyjnym."
        )
        == []
    )
    # twins: a definition reaching a company's internal use is not this one
    assert (
        read_grants_s39eua(
            "Użytkiem komercyjnym jest oferowanie usługi za opłatą oraz użytek wewnętrzny firmy."
        )
        is None
    )


# --- a Galician list, a Maltese table ---------------------------------------------------------
def test_galician_list_of_banned_uses() -> None:
    body = (
        "O modelo non poderá empregarse:\n"
        "- para identificar persoas a partir dos seus trazos biométricos;\n"
        "- para fins militares."
    )
    values, unread = _read(body)
    assert values.get("use_restrictions") == ["biometric-identification", "military"]
    assert not unread
    twin = body.replace("para fins militares", "para xogos de azar")  # a harm not known here
    values, unread = _read(twin)
    assert unread


def test_maltese_table_of_permitted_uses() -> None:
    body = (
        "| Użu | Permess? |\n|---|---|\n"
        "| Traduzzjoni kummerċjali | Iva |\n"
        "| Credit scoring ta' persuni, anki jekk bniedem jiddeċiedi | Le |\n"
    )
    values, _ = _read(body)
    assert values.get("use_restrictions") == [
        "automated-decision-making",
        "decisions-even-if-reviewed",
    ]
    assert values.get("commercial_use") == "allowed"
    twin = body.replace("| Le |", "| Iva |")  # credit scoring allowed: no ban
    values, _ = _read(twin)
    assert "use_restrictions" not in values


def test_latin_and_galician_law() -> None:
    from auditor.licenses.terms.foreign_zh import Clause

    assert _alone("Huic licentiae ius Germanicum praeest.") == [Clause("governing_law", "DE")]
    assert _read("Esta licenza réxese polo dereito portugués.")[0].get("governing_law") == "PT"
