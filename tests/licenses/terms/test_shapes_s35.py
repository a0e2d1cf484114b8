"""Shapes read from round P's misses, each beside a twin in the other direction: use confined
to places said with "only ... anywhere else", a Markdown heading run on into the line under it,
grants said "however you like" or with commercial use "included", a cap's consequence opening
with a clause number, a class of licensees under a bound granted commercial use in the cap's
own sentence, a plain-register heading over a list of bans, multimodal clauses in Catalan,
Polish and Russian, a plain grant in another language, and Spanish permission and notice
routes. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.expression import choice_licenses
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_models_europe import multimodal_europe
from auditor.licenses.text.language import passages


def _terms(body: str, title: str = "Kereru Model Licence") -> dict[str, object]:
    return {k: v.value for k, v in extract_terms(f"{title}\n\n{body}\n").items()}


def _foreign(text: str) -> dict[str, object]:
    return dict(read_foreign(f"T\n\n{text}").values)


def test_use_licensed_in_named_places_only_confines_use_there() -> None:
    terms = _terms(
        "You may use the model commercially.\n\nUse is licensed in Fiji and Samoa only; no"
        " rights are granted to use or deploy the model anywhere else."
    )
    clauses = terms["excluded_use_territories"]
    assert clauses == [{"regions": ["FJ", "WS"], "models": "all", "exempts": [], "within": True}]


def test_twin_use_banned_in_named_places_excludes_them() -> None:
    terms = _terms(
        "You may use the model commercially.\n\nYou may not use the model in Fiji or Samoa."
    )
    clauses = terms["excluded_use_territories"]
    assert clauses == [{"regions": ["FJ", "WS"], "models": "all", "exempts": []}]


def test_twin_use_in_a_language_names_no_place() -> None:
    terms = _terms("You may use the model commercially.\n\nYou may not use it in English.")
    assert terms["excluded_use_territories"] == []


def test_a_markdown_heading_is_its_own_line_whatever_its_words() -> None:
    text = "# Kereru-4B licence (plain words, binding)\nUse Kereru however you like.\n"
    terms = {k: v.value for k, v in extract_terms(text).items()}
    assert terms["commercial_use"] == "allowed"


def test_twin_a_heading_over_a_narrowed_grant_grants_no_more() -> None:
    text = "# Kereru-4B licence (plain words, binding)\nUse Kereru for research only.\n"
    assert {k: v.value for k, v in extract_terms(text).items()}["commercial_use"] != "allowed"


@pytest.mark.parametrize(
    "grant",
    [
        "Use the weights however you like.",
        "Run it for anything, commercial use included.",
        "You may ship the adapters in whatever you build, commercial products included.",
    ],
)
def test_a_grant_any_way_or_with_commercial_use_included_allows(grant: str) -> None:
    assert _terms(grant)["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    "twin",
    [
        "Use the weights however you like for non-commercial research.",
        "You may run it for study, commercial use not included.",
        "You may run it, commercial use included only with a signed agreement.",
    ],
)
def test_twin_the_same_grant_narrowed_does_not_allow(twin: str) -> None:
    assert _terms(twin)["commercial_use"] != "allowed"


def test_a_numbered_consequence_pointing_back_to_a_cap_is_asked_past_it_only() -> None:
    terms = _terms(
        "1. You may use the model, including for commercial purposes.\n\nA.1 The permission"
        " lasts while your products have no more than 300,000 monthly active users.\nA.2 Once"
        " that number is passed, you must obtain a separate commercial licence from us."
    )
    assert terms["mau_threshold"] == 300_000
    assert terms["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_twin_a_separate_licence_asked_of_everyone_stays_a_condition_of_all_use() -> None:
    terms = _terms(
        "1. You may use the model, including for commercial purposes.\n\nA.1 The permission"
        " lasts while your products have no more than 300,000 monthly active users.\nA.2 Any"
        " commercial use needs a separate commercial licence from us."
    )
    assert "separate-license" in terms["commercial_use_conditions"]  # type: ignore[operator]


def test_a_class_under_a_bound_granted_commercial_use_in_the_caps_sentence() -> None:
    terms = _terms(
        "2. You may use the model for non-commercial purposes only.\n2.2 Notwithstanding 2, a"
        " licensee whose annual revenue is below US$2,000,000 may also use the model for"
        " commercial purposes."
    )
    assert terms["commercial_use"] == "restricted"
    assert terms["revenue_threshold_usd"] == 2_000_000
    assert terms["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_twin_a_class_over_a_bound_is_no_grant_under_it() -> None:
    terms = _terms(
        "2. You may use the model for non-commercial purposes only.\n2.2 A licensee whose"
        " annual revenue is above US$2,000,000 must not use the model for commercial purposes."
    )
    assert terms["commercial_use"] == "prohibited"


def test_a_plain_heading_over_a_list_makes_its_items_bans() -> None:
    terms = _terms("- Design or operate weapons.\n- Spam people.", title="## What you can't do")
    assert "weapons" in terms["use_restrictions"]  # type: ignore[operator]


def test_twin_a_heading_of_what_you_can_do_bans_nothing() -> None:
    terms = _terms("- Design or operate weapons.\n- Spam people.", title="## What you can do")
    assert "weapons" not in terms["use_restrictions"]  # type: ignore[operator]


@pytest.mark.parametrize(
    "clause",
    [
        "Els models que accepten imatges com a entrada no es concedeixen a llicenciataris de la"
        " Unió Europea.",
        "Modele multimodalne nie mogą być używane przez licencjobiorców z Unii Europejskiej.",
        "Мультимодальные модели не предоставляются лицензиатам из Европейского союза.",
    ],
)
def test_a_clause_naming_the_multimodal_models_covers_them_only(clause: str) -> None:
    covered, _ = multimodal_europe(passages(f"T\n\n{clause}\n"))
    assert any(clause[:20] in p.text for p in covered)


@pytest.mark.parametrize(
    "clause",
    [
        "Els models no es concedeixen a llicenciataris de la Unió Europea.",
        "Modele nie mogą być używane przez licencjobiorców z Unii Europejskiej.",
    ],
)
def test_twin_a_clause_naming_every_model_covers_all(clause: str) -> None:
    covered, _ = multimodal_europe(passages(f"T\n\n{clause}\n"))
    assert not covered


def test_a_plain_grant_in_another_language_allows_commercial_use() -> None:
    grant = (
        "Cláusula 1. Encina IA otorga al Licenciatario una licencia gratuita y no exclusiva para"
        " usar, reproducir y modificar el modelo."
    )
    assert _foreign(grant)["commercial_use"] == "allowed"


def test_twin_a_plain_grant_beside_a_ban_is_read_as_the_ban() -> None:
    text = (
        "Cláusula 1. Encina IA otorga al Licenciatario una licencia gratuita y no exclusiva para"
        " usar, reproducir y modificar el modelo.\n\nCláusula 2. Queda prohibido el uso"
        " comercial del modelo."
    )
    assert _foreign(text)["commercial_use"] == "prohibited"


def test_a_duty_to_obtain_written_authorisation_restricts_commercial_use() -> None:
    text = (
        "Cláusula 3. Quien quiera explotar el modelo con fines comerciales deberá obtener antes"
        " la autorización expresa de Encina IA."
    )
    values = _foreign(text)
    assert values["commercial_use"] == "restricted"


def test_twin_a_notice_by_email_with_no_approval_is_a_registration() -> None:
    text = (
        "Cláusula 3. Quien quiera usar el modelo con fines comerciales lo comunicará antes por"
        " correo electrónico; no hace falta esperar respuesta ni aprobación alguna."
    )
    values = _foreign(text)
    assert values["commercial_use"] != "prohibited"
    assert "registration" in values["commercial_use_conditions"]  # type: ignore[operator]


def test_every_license_of_a_choice_joined_with_another() -> None:
    assert set(choice_licenses("(MIT OR CC-BY-NC-SA-4.0) AND Apache-2.0")) == {
        "MIT",
        "CC-BY-NC-SA-4.0",
        "Apache-2.0",
    }


def test_twin_no_choice_offers_no_licenses() -> None:
    assert choice_licenses("MIT AND Apache-2.0") == ()


def test_an_irrevocable_chinese_grant_for_any_purpose_allows() -> None:
    grant = (
        "第一条　许可方授予您一项全球范围内、免费、非独占、不可撤销的许可，您可以为任何目的"
        "（包括商业目的）使用、复制和修改本模型。"
    )
    assert _foreign(grant)["commercial_use"] == "allowed"


def test_twin_a_non_transferable_chinese_grant_for_non_commercial_ends_withholds() -> None:
    twin = "第一条　许可方授予您一项免费、不可转让的许可，仅可为非商业目的使用本模型。"
    assert _foreign(twin)["commercial_use"] == "prohibited"


def test_a_chinese_ban_going_on_from_a_size_whose_figure_is_elsewhere_is_the_caps() -> None:
    text = (
        "# 松鼠模型商用许可协议\n\n第一条　您可将本模型用于商业及非商业目的。\n\n"
        "第五条　被许可方年度营业收入超过规定金额的，须在商业使用前与许可方另行签订商业许可"
        "协议；未签订的，不得进行商业使用。"
    )
    values = _foreign(text)
    assert values["commercial_use"] == "restricted"
    assert values["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_twin_a_chinese_ban_on_everyone_stays_a_ban() -> None:
    text = "# 松鼠模型许可协议\n\n第一条　未经许可方书面同意，不得进行商业使用。"
    assert _foreign(text)["commercial_use"] in ("prohibited", "restricted")
    assert _foreign(text).get("commercial_use_conditions") != ["separate-license-above-threshold"]


def test_the_model_offered_as_an_inference_api_needs_the_service_licence_only() -> None:
    terms = _terms(
        "You may use and modify the Model, including for commercial purposes.\n\nYou may not"
        " offer the Model to third parties through an inference API or a managed instance,"
        " unless you have an additional written licence."
    )
    conditions = terms["commercial_use_conditions"]
    assert "separate-license-for-model-service" in conditions  # type: ignore[operator]
    assert "separate-license" not in conditions  # type: ignore[operator]


def test_a_ban_lifted_for_whoever_has_a_written_licence_restricts() -> None:
    terms = _terms("You may not use the Model commercially unless you have a written licence.")
    assert terms["commercial_use"] == "restricted"
    assert terms["commercial_use_conditions"] == ["separate-license"]


def test_twin_any_commercial_use_needing_a_licence_is_no_service_condition() -> None:
    terms = _terms(
        "You may use and modify the Model.\n\nYou may not use the Model commercially unless you"
        " have an additional written licence."
    )
    assert "separate-license-for-model-service" not in terms["commercial_use_conditions"]  # type: ignore[operator]


def test_a_spanish_inference_api_clause_is_the_service_condition() -> None:
    text = (
        "Cláusula Primera. El Licenciante le otorga una licencia gratuita para usar y modificar el"
        " Modelo, incluso con fines comerciales.\n\nCláusula Cuarta. Usted no podrá ofrecer el"
        " Modelo a terceros mediante una API de inferencia o una instancia administrada, salvo"
        " que cuente con una licencia adicional por escrito."
    )
    assert _foreign(text)["commercial_use_conditions"] == ["separate-license-for-model-service"]


def test_twin_a_spanish_ban_on_any_hosted_service_stays_a_ban() -> None:
    text = (
        "Cláusula Primera. El Licenciante le otorga una licencia gratuita para usar y modificar el"
        " Modelo, incluso con fines comerciales.\n\nCláusula Cuarta. Usted no podrá ofrecer el"
        " Modelo a terceros como servicio alojado."
    )
    assert "no-third-party-service" in _foreign(text)["use_scope"]  # type: ignore[operator]


def test_a_schedule_named_by_its_label_is_part_of_the_licence() -> None:
    from auditor.licenses.terms.disagree import incorporates

    licence = (
        "1. You may use the model.\n3. Commercial terms are in Schedule C, which forms part of"
        " this licence.\n"
    )
    assert incorporates(licence, "SCHEDULE-C_terms.txt", "Schedule C (commercial use)\n\nC.1 ...")
    assert incorporates(licence, "commercial.txt", "# Schedule C - commercial use\n\nC.1 ...")


def test_twin_a_schedule_the_licence_does_not_take_in_is_no_part() -> None:
    from auditor.licenses.terms.disagree import incorporates

    licence = "1. You may use the model.\n3. Schedule C is not part of this licence.\n"
    assert not incorporates(licence, "SCHEDULE-C_terms.txt", "Schedule C\n\nC.1 ...")
    other = (
        "1. You may use the model.\n3. Commercial terms are in Schedule D, which forms part of"
        " it.\n"
    )
    assert not incorporates(other, "SCHEDULE-C_terms.txt", "Schedule C\n\nC.1 ...")


@pytest.mark.parametrize(
    "grant",
    [
        "Kannella Ltd tagħti d-dritt li juża l-mudell, anke għal skopijiet kummerċjali.",
        "Shoqëria i jep Përdoruesit të drejtën të përdorë modelin, përfshirë për qëllime tregtare.",
        "Друштвото дава право моделот да се користи, вклучително и за комерцијални цели.",
        "Fyrirtækið veitir rétt til að nota líkanið, einnig í atvinnuskyni.",
        "D'Firma erlaabt jidderengem de Modell ze benotzen, och fir kommerziell Zwecker.",
        "A cég jogot ad a modell használatára, üzleti célra is.",
    ],
)
def test_commercial_use_named_as_included_in_more_languages_allows(grant: str) -> None:
    assert _foreign(grant)["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    "twin",
    [
        "Il-mudell ma jistax jintuża għal skopijiet kummerċjali, anke b'ħlas.",
        "Përdorimi për qëllime tregtare nuk lejohet, edhe pa pagesë.",
        "Моделот не смее да се користи за комерцијални цели, вклучително и интерно.",
        "Ekki er heimilt að nota líkanið í atvinnuskyni, einnig ekki innanhúss.",
        "A modell üzleti célra is tilos.",
    ],
)
def test_twin_commercial_use_denied_in_the_same_words_is_no_grant(twin: str) -> None:
    assert _foreign(twin).get("commercial_use") != "allowed"


def test_hungarian_weights_original_or_modified_may_not_be_passed_on() -> None:
    ban = (
        "2. A modell súlyait – eredeti vagy módosított formában – tilos harmadik félnek átadni"
        " vagy közzétenni."
    )
    assert "no-weight-redistribution" in _foreign(ban)["use_scope"]  # type: ignore[operator]


def test_twin_hungarian_modified_weights_only_are_adaptations() -> None:
    ban = "2. A módosított modell súlyait tilos harmadik félnek átadni."
    assert _foreign(ban)["use_scope"] == ["no-adaptation-sharing"]


def _doc(path: str, role: str = "license") -> object:
    from auditor.licenses.terms.disagree import TermDocument

    return TermDocument(path, role, {}, None, None)


def test_a_license_version_titled_superseded_is_set_aside_beside_the_one_in_force() -> None:
    from auditor.licenses.terms.superseded import settle_superseded

    docs = [_doc("LICENSE.md"), _doc("old/LICENSE-1.0.md", "other")]
    texts = {
        "LICENSE.md": "# Tern Licence 2.0\n1. You may use the model.\n",
        "old/LICENSE-1.0.md": "# Tern Licence 1.0 (superseded, kept for the record only)\n",
    }
    kept, said = settle_superseded(docs, texts)  # type: ignore[arg-type]
    assert [d.path for d in kept] == ["LICENSE.md"]
    assert [f.rule for f in said] == ["license-document-superseded"]


def test_twin_a_lone_superseded_text_or_an_old_version_not_retired_still_binds() -> None:
    from auditor.licenses.terms.superseded import settle_superseded

    lone = {"LICENSE.md": "# Tern Licence 1.0 (superseded)\n1. Research only.\n"}
    kept, _ = settle_superseded([_doc("LICENSE.md")], lone)  # type: ignore[list-item]
    assert [d.path for d in kept] == ["LICENSE.md"]
    both = {
        "LICENSE.md": "# Tern Licence 2.0\n1. You may use the model.\n",
        "LICENSE-1.0.md": "# Tern Licence 1.0\n1. Research only.\n",
    }
    docs = [_doc("LICENSE.md"), _doc("LICENSE-1.0.md")]
    kept, said = settle_superseded(docs, both)  # type: ignore[arg-type]
    assert len(kept) == 2 and said == []


def test_an_old_version_the_version_in_force_retires_by_its_file_name_is_set_aside() -> None:
    from auditor.licenses.terms.superseded import settle_superseded

    texts = {
        "LICENSE.md": "# Tern Licence 2.0\nThis version replaces Version 1.0 in its entirety;"
        " Version 1.0 stays in legacy/v1.md for the record only.\n",
        "legacy/v1.md": "# Tern Licence 1.0\n1. Research only.\n",
    }
    docs = [_doc("LICENSE.md"), _doc("legacy/v1.md", "other")]
    kept, said = settle_superseded(docs, texts)  # type: ignore[arg-type]
    assert [d.path for d in kept] == ["LICENSE.md"] and len(said) == 1


def test_sorting_people_by_biometric_data_is_categorisation_not_identification() -> None:
    ban = "Aizliegts fizisku personu iedalīšana kategorijās pēc viņu biometriskajiem datiem."
    tags = _foreign(ban)["use_restrictions"]
    assert "biometric-categorisation" in tags  # type: ignore[operator]
    assert "biometric-identification" not in tags  # type: ignore[operator]


def test_twin_identifying_people_by_biometric_data_is_identification() -> None:
    ban = "Aizliegta personu biometriskā identifikācija un sejas atpazīšana."
    assert "biometric-identification" in _foreign(ban)["use_restrictions"]  # type: ignore[operator]


@pytest.mark.parametrize(
    "cap",
    [
        "If your product has more than 50,000 weekly active users, you need a paid licence.",
        "Use it freely until your product passes 50,000 weekly active users. Past that line you"
        " need a paid licence.",
    ],
)
def test_a_cap_on_weekly_active_users_is_read_in_its_unit(cap: str) -> None:
    terms = _terms(f"You may use the model commercially.\n\n{cap}")
    assert terms["user_threshold"] == {"count": 50_000, "unit": "wau"}
    assert terms["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_twin_a_weekly_digest_is_no_cap() -> None:
    terms = _terms(
        "You may use the model commercially.\n\nWe send a weekly digest to 50,000 users."
    )
    assert terms["user_threshold"] is None


def test_a_file_of_definitions_the_licence_takes_its_meanings_from_is_part_of_it() -> None:
    from auditor.licenses.terms.disagree import incorporates

    licence = "1. Capitalised words carry the meanings given in DEFINITIONS.md.\n2. ...\n"
    assert incorporates(licence, "DEFINITIONS.md")


def test_twin_a_file_the_licence_names_without_taking_it_in_is_no_part() -> None:
    from auditor.licenses.terms.disagree import incorporates

    licence = "1. An older glossary is in DEFINITIONS.md; it is not part of this licence.\n"
    assert not incorporates(licence, "DEFINITIONS.md")


@pytest.mark.parametrize(
    "twin",
    [
        "Ní cheadaítear aon úsáid tráchtála, lena n-áirítear úsáid inmheánach ag cuideachta.",
        "Kereskedelminek minősül a belső, üzleti tevékenységet támogató használat is.",
    ],
)
def test_twin_a_ban_or_a_definition_naming_commercial_use_as_included_grants_nothing(
    twin: str,
) -> None:
    assert _foreign(twin).get("commercial_use") != "allowed"


def test_twin_a_licence_kept_in_a_block_of_hash_comments_is_prose_not_headings() -> None:
    text = (
        "# You may use and share the weights, changed or not, for any purpose,\n"
        "# provided that every copy keeps the above copyright\n"
        "# notice and credits the authors by name.\n"
    )
    terms = {k: v.value for k, v in extract_terms(text).items()}
    assert terms["attribution_required"] is True
