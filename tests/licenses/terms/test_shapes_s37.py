"""Shapes found in session 37's held-out round, each with a twin (sentences are ours).

- A short licence file that sends the reader to the model card by its file name (README.md)
  and states no term of its own is a pointer, not an unread licence: the card's licence
  section, read as the licence, binds with its grant and its bans.
- An FAQ question asking what a term is ("What, then, is commercial use?") and its answer
  define the term; use by the licensee's own staff said not to be what the licence calls
  commercial use is internal use by anyone.
- A list item under a YES or NO label ("- NO: give the weights to anyone outside your
  organisation") is read as what the licensee may or may not do; "give" or "hand over" the
  weights is passing them on.
- A card's licence section titled in a language whose word for "licence" the card reader did
  not list (Xhosa "Imigaqo yelayisenisi", a concord joined to the noun) is still the licence
  section.
"""

from __future__ import annotations

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.answers import defining
from auditor.licenses.terms.checklist import read_checklist_item
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.incorporated import pointing
from auditor.licenses.terms.model_terms import _documents, terms_for_model
from auditor.licenses.terms.table_bands import open_below
from auditor.licenses.text.identify import TextIdentification
from auditor.model import LicenseFile
from auditor.model.evidence import CARD_DOCUMENT_ORIGIN
from auditor.sources.card_markdown import is_license_title

_DB = load_license_db()


def _file(text: str, path: str, origin: str = "folder") -> LicenseFile:
    return LicenseFile(path=path, sha256=None, size=len(text), text=text, origin=origin)


def _values(*files: LicenseFile) -> dict[str, object]:
    identified = [(f, TextIdentification(match=None)) for f in files]
    return dict(terms_for_model(identified, None, _DB).values)


_POINTER = "# Heathwren Model Licence\n\nThe terms of this licence are set out in README.md.\n"


def test_a_licence_naming_the_card_file_takes_in_its_licence_section() -> None:
    card = _file(
        "## Licence\n\nYou may use Heathwren for research. Commercial use is not permitted.",
        "README.md#license",
        CARD_DOCUMENT_ORIGIN,
    )
    values = _values(_file(_POINTER, "LICENSE.md"), card)
    assert values["commercial_use"] == "prohibited"


def test_twin_the_card_granting_commercial_use_is_the_grant() -> None:
    card = _file(
        "## Licence\n\nYou may use, copy and sell products built on Heathwren, including for "
        "commercial purposes, free of charge. You must not use it for military purposes.",
        "README.md#license",
        CARD_DOCUMENT_ORIGIN,
    )
    values = _values(_file(_POINTER, "LICENSE.md"), card)
    assert values["commercial_use"] == "allowed"
    restrictions = values["use_restrictions"]
    assert isinstance(restrictions, list) and "military" in restrictions


def _pointers(pointer: str) -> set[str]:
    grant = "## Licence\n\nYou may use the model for any purpose, including commercial use."
    card = _file(grant, "README.md#license", CARD_DOCUMENT_ORIGIN)
    files = [_file(pointer, "LICENSE.md"), card]
    identified = [(f, TextIdentification(match=None)) for f in files]
    docs = _documents(identified, _DB, card_license=True)
    return pointing(docs, {f.path: f.text or "" for f in files})


def test_a_note_sending_the_reader_to_the_card_is_a_pointer() -> None:
    assert _pointers(_POINTER) == {"LICENSE.md"}


def test_twin_a_note_with_a_term_of_its_own_is_no_pointer() -> None:
    with_term = _POINTER + "You may not sell the model.\n"
    assert _pointers(with_term) == set()


def test_titles_with_a_joined_concord_are_licence_titles() -> None:
    assert is_license_title("Imigaqo yelayisenisi")
    assert is_license_title("Imiqathango yelayisensi")
    assert is_license_title("Ilayisenisi")
    assert not is_license_title("Imodeli yesiXhosa")  # "the Xhosa model": no licence word
    assert not is_license_title("Training details")


def _read(text: str) -> dict[str, object]:
    return {key: term.value for key, term in extract_terms(text).items()}


_FAQ = "# Wrenfield licence: questions and answers\n\n"
_PERMISSION = "\n\n**May I make commercial use?** Only with our prior written permission.\n"


def test_a_question_asking_what_a_term_is_and_its_answer_define_the_term() -> None:
    defined = _FAQ + (
        "**What exactly counts as commercial use?**\nProviding the model, or a service built on "
        "it, to clients or the public." + _PERMISSION
    )
    assert "internal-use-by-anyone" in _list(_read(defined)["use_scope"])


def test_twin_a_definition_reaching_any_business_use_leaves_internal_use_withheld() -> None:
    wide = _FAQ + (
        "**What is commercial use?**\nAny use in a business, including offering the model to "
        "customers." + _PERMISSION
    )
    assert "internal-use-by-anyone" not in _list(_read(wide)["use_scope"])


def test_a_question_naming_a_state_reads_its_answer_as_what_is_in_that_state() -> None:
    banned = _FAQ + "**What is prohibited?**\nUsing the model to develop weapons.\n"
    assert "weapons" in _list(_read(banned)["use_restrictions"])
    assert defining("What is not allowed?", "Selling the weights.") == (
        "Selling the weights is not allowed."
    )
    assert defining("Can I sell it?", "Selling it.") is None  # a question asking leave


def test_use_by_the_licensees_own_staff_said_not_commercial_is_internal_use_by_anyone() -> None:
    said = (
        "Use by your own staff, for your own operations, is not what this licence calls "
        "commercial use."
    )
    assert "internal-use-by-anyone" in _list(_read(said)["use_scope"])
    research = "Use by your own staff for research is not commercial use."
    assert "internal-use-by-anyone" not in _list(_read(research)["use_scope"])


def _list(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else []


def _bands(middle: str) -> str:
    return (
        "# Sedgewick Licence\n\nSedgewick Ltd licenses the weights on the terms of this table.\n\n"
        "| Annual revenue | Terms |\n|---|---|\n"
        "| Under US$2,000,000 | Free for any use. |\n"
        f"| US$2,000,000 to US$20,000,000 | {middle} |\n"
        "| Over US$20,000,000 | This licence grants you nothing; ask us for an agreement. |\n"
    )


def test_a_band_whose_next_band_still_grants_is_no_ceiling() -> None:
    read = _read(_bands("Any use, commercial included, after you register online."))
    assert read["revenue_threshold_usd"] == 20_000_000


def test_twin_a_next_band_needing_permission_keeps_the_lower_band_read() -> None:
    from auditor.licenses.terms.tables import read_tables
    from auditor.licenses.text.layout import read_layout

    def skipped(middle: str) -> set[int]:
        flat = read_layout(_bands(middle)).flat
        (table,) = read_tables(flat)
        return open_below(table, flat)

    assert len(skipped("Any use, commercial included, after you register online.")) == 1
    assert skipped("Commercial use only with our prior written permission.") == set()
    read = _read(_bands("Commercial use only with our prior written permission."))
    assert "written-permission" in _list(read["commercial_use_conditions"])


_LIST = (
    "# Fernhollow licence at a glance\n\nFernhollow Ltd grants the weights on these terms; "
    "the list is the whole licence.\n\n"
    "- YES: use the model for any purpose, commercial use included.\n"
    "- YES: serve it to your customers from your own servers.\n"
)


def test_a_no_label_before_a_verb_phrase_is_a_ban_on_that_act() -> None:
    read = _read(_LIST + "- NO: hand over the checkpoints to anyone outside your company.\n")
    assert "no-weight-redistribution" in _list(read["use_scope"])
    assert read_checklist_item("- Not allowed: resale of the weights") == (
        "resale of the weights is not permitted."
    )


def test_twin_a_yes_label_before_the_same_act_is_no_ban() -> None:
    read = _read(_LIST + "- YES: hand over the checkpoints to your own subsidiaries.\n")
    assert "no-weight-redistribution" not in _list(read["use_scope"])
    assert read_checklist_item("- No: you may not sell it.") is None  # says no in its own words


def _pointed(pointer: str) -> set[str]:
    terms = _file("# Alderbrook Terms\n\nYou may use the model for any purpose.\n", "TERMS.md")
    files = [_file(pointer, "LICENSE"), terms]
    identified = [(f, TextIdentification(match=None)) for f in files]
    return pointing(_documents(identified, _DB), {f.path: f.text or "" for f in files})


def test_a_pointer_naming_a_licence_by_its_title_states_no_term() -> None:
    note = (
        "Alderbrook-3B is licensed under the Alderbrook Non-Commercial Terms, set out in "
        "TERMS.md. Its base keeps the Apache License 2.0; our terms add to it and do not "
        "replace it.\n"
    )
    assert _pointed(note) == {"LICENSE"}


def test_twin_a_pointer_with_a_term_of_its_own_is_read_as_unread() -> None:
    note = "Alderbrook-3B is licensed under the terms in TERMS.md, for non-commercial use.\n"
    assert _pointed(note) == set()


_BILINGUAL = (
    "# 青鸟模型许可协议 / Bluebird Model Licence\n\n"
    "第一条 许可方授予您使用、复制和修改本模型的权利，包括用于商业目的。\n\n"
    "第二条 本协议以中文版本为准，中文版本与英文译本不一致时，以中文版本为准。\n\n"
    "English translation\n\n"
    "1. You may use, copy and modify the model for non-commercial purposes only.\n\n"
    "2. The Chinese version prevails over this English translation.\n"
)


def _judged(text: str) -> object:
    from auditor.licenses.conclude import judged_on_text
    from auditor.model.core import LicenseMatch

    match = LicenseMatch(None, "Bluebird", None, None, None, None, 0.6, "text-title")
    return judged_on_text(match, _file(text, "LICENSE.md")).kind


def test_a_licence_judged_on_its_text_reads_the_version_that_prevails() -> None:
    assert str(_judged(_BILINGUAL)) not in ("non-commercial", "research-only")


def test_twin_the_english_version_prevailing_keeps_its_non_commercial_kind() -> None:
    english = _BILINGUAL.replace(
        "以中文版本为准，中文版本与英文译本不一致时，以中文版本为准", "以英文版本为准"
    ).replace(
        "The Chinese version prevails over this English translation.",
        "This English version prevails over the Chinese text.",
    )
    assert str(_judged(english)) == "non-commercial"


def test_annexes_named_in_other_scripts_are_licence_documents() -> None:
    from auditor.sources.base import is_license_like

    for name in ("الملحق-أ.md", "پیوست-۱.md", "ПРИЛОЖЕНИЕ-1.md", "별표1.md", "LAMPIRAN-A.md"):
        assert is_license_like(name), name
    for name in ("ملاحظات.md", "README.ar.md", "lampu.py"):  # notes, a card, code
        assert not is_license_like(name), name


_STARTUP = (
    "# Rushmere Licence\n\n"
    "Section 1. Rushmere Ltd permits you to use, copy and modify the weights.\n\n"
    "Section 2. {ban}\n\n"
    "Section 3. A company whose annual revenue was below US$3,000,000 may use the weights "
    "commercially, paid products included.\n\n"
    "Section 4. Section 3 stops applying to you once your annual revenue reaches US$3,000,000. "
    "From then on Section 2 binds you unless you hold a separate commercial licence from us.\n"
)


def test_a_commercial_ban_deferring_to_a_bounded_grant_is_its_consequence_past_the_cap() -> None:
    ban = "Save as provided in Section 3, you must not use the weights for commercial purposes."
    read = _read(_STARTUP.format(ban=ban))
    assert read["commercial_use"] == "restricted"
    assert read["revenue_threshold_usd"] == 3_000_000
    assert _list(read["commercial_use_conditions"]) == ["separate-license-above-threshold"]


def test_twin_a_ban_deferring_to_nothing_stays_a_ban() -> None:
    ban = "You must not use the weights for commercial purposes; Section 3 is void."
    assert _read(_STARTUP.format(ban=ban))["commercial_use"] == "prohibited"


def test_a_ban_on_a_defined_kind_of_work_reads_the_definition() -> None:
    text = (
        "2. You may not use the weights for Border Work.\n\n"
        '3. "Border Work" means any work done for armed forces or military units, logistics '
        "included.\n"
    )
    assert "military" in _list(_read(text)["use_restrictions"])


def test_twin_a_work_of_authorship_is_not_resolved() -> None:
    text = (
        "You may use the model for Derivative Works.\n\n"
        '"Derivative Works" means any work based on the model, including for military use.\n'
    )
    assert "military" not in _list(_read(text)["use_restrictions"])


_CLASSES = (
    "# Ashcombe Licence\n\n| Licensee | What you may do |\n|---|---|\n"
    "| Company or other profit-making body | Internal evaluation only; no production use |\n"
    "| {second} | {rights} |\n"
)


def test_a_companys_row_beside_a_wider_grant_to_universities_confines_companies_only() -> None:
    read = _read(_CLASSES.format(second="University or registered charity", rights="Any use."))
    assert _list(read["use_scope"]) == ["non-commercial-organizations"]


def test_twin_with_no_wider_grant_the_confinement_is_the_grants_scope() -> None:
    read = _read(
        _CLASSES.format(second="University or registered charity", rights="Research only.")
    )
    assert "non-production" in _list(read["use_scope"]) or "research" in _list(read["use_scope"])
    assert "non-commercial-organizations" not in _list(read["use_scope"])


_LISTED = (
    "Quillby Licence\n\n1. Quillby Ltd grants you a licence to use and deploy the weights.\n\n"
    "2. {lead}:\n   2.1 up to 50,000: nothing further;\n"
    "   2.2 over 50,000: not covered by this licence; a separate agreement is needed.\n"
)


def test_bands_listed_under_a_lead_in_naming_the_measure_are_a_cap() -> None:
    read = _read(_LISTED.format(lead="Size of use (monthly active users of your product)"))
    assert read["mau_threshold"] == 50_000


def test_twin_bands_under_a_lead_in_naming_no_measure_are_no_cap() -> None:
    assert _read(_LISTED.format(lead="Steps to follow"))["mau_threshold"] is None


_POINTING = (
    "# Cressfield Licence\n\n1. Cressfield Ltd grants you a licence to use the weights "
    "commercially.\n2. The grant in clause 1 stops at the user figure set out in Schedule 2. "
    "Past that figure you need a separate written licence from us.\n"
)
_SCHEDULE = (
    "# Schedule 2: size\n\n| Item | Counted | Figure |\n|---|---|---|\n"
    "| 1 | Monthly active users of the products of the licensee and its affiliates | 2,000,000 |\n"
)


def test_a_schedule_in_a_file_of_its_own_gives_the_licence_its_figure_and_measure() -> None:
    from auditor.licenses.terms.schedule_files import schedule_parts, with_schedule_files

    texts = {"LICENSE.md": _POINTING, "SCHEDULE-2.md": _SCHEDULE}
    read = _read(with_schedule_files(texts)["LICENSE.md"])
    cap = read["user_threshold"]
    assert isinstance(cap, dict) and cap["count"] == 2_000_000
    assert cap.get("counts") == "licensee-and-affiliates"
    assert schedule_parts(texts) == {"SCHEDULE-2.md"}


def test_twin_a_schedule_the_licence_does_not_point_to_is_not_joined() -> None:
    from auditor.licenses.terms.schedule_files import with_schedule_files

    other = _POINTING.replace("Schedule 2", "Schedule 3")
    assert with_schedule_files({"LICENSE.md": other, "SCHEDULE-2.md": _SCHEDULE}) == {}


_MEDIA_ANNEX = (
    "Annex on vision members\n\nThis annex concerns only those Wrenfold models that accept "
    "images or video as input. For those models any commercial use needs our prior written "
    "approval.\n"
)


def test_an_annex_for_the_media_models_only_is_set_aside_for_a_text_model() -> None:
    from auditor.licenses.terms.model_scope import ModelFacts, scoped_out_text

    assert scoped_out_text(_MEDIA_ANNEX, ModelFacts(modality="text")).strip() == ""
    # twins: a vision model, or one whose modality is unknown, is bound by all of it
    assert scoped_out_text(_MEDIA_ANNEX, ModelFacts(modality="multimodal")) == _MEDIA_ANNEX
    assert scoped_out_text(_MEDIA_ANNEX, ModelFacts()) == _MEDIA_ANNEX


def test_a_family_licence_of_its_own_is_no_open_rail_licence() -> None:
    from auditor.licenses.text.titles import identify_by_title

    found = identify_by_title("WRENFOLD FAMILY LICENCE", None, _DB, context="")
    assert found is None or found.id is None
    known = identify_by_title("OpenRAIL License", None, _DB, context="")
    assert known is not None and known.id == "LicenseRef-openrail"


def test_a_licence_naming_its_annex_by_the_annexs_own_label_takes_it_in_any_language() -> None:
    from auditor.licenses.terms.disagree import incorporates

    annex = "# Anexo II: límite\n\nO uso comercial é gratuíto ata 5.000.000 € de facturación.\n"
    grant = "Artigo 1. Sarabela S.L. concede o dereito a usar o modelo, nas condicións do Anexo II."
    assert incorporates(grant, "ANEXO-II.md", annex)
    denied = "Artigo 1. O Anexo II non forma parte desta licenza e non se aplica."
    assert not incorporates(denied, "ANEXO-II.md", annex)


def _annex_role(row: str) -> str:
    annex = f"# الملحق (ب)\n\n| نوع الاستخدام | الشرط |\n|---|---|\n| الاستخدام التجاري | {row} |\n"
    files = [_file(annex, "ANNEX-B.md")]
    docs = _documents([(f, TextIdentification(match=None)) for f in files], _DB)
    return docs[0].role if docs else "none"


def test_an_annex_whose_foreign_words_grant_commercial_use_is_read_as_licence() -> None:
    assert _annex_role("مسموح دون قيد") == "license"  # allowed without restriction


def test_twin_an_annex_stating_nothing_readable_stays_unread() -> None:
    assert _annex_role("يخضع لترتيبات خاصة تحددها الإدارة") == "unread"


def test_a_japanese_licence_making_its_schedule_part_of_itself_takes_it_in() -> None:
    from auditor.licenses.terms.disagree import incorporates

    table = "# 別表第2（条件）\n\n- 売上高が 5億円 を超える法人は、別途契約が必要です。\n"
    assert incorporates("3. 別表第2は本ライセンスの一部を構成します。", "別表第2.md", table)
    assert not incorporates("3. 別表第2は本ライセンスの一部ではありません。", "別表第2.md", table)


def test_a_split_cap_counts_affiliates_only_when_its_measure_says_so() -> None:
    said = (
        "Revenue limit: free while the gross revenue of you and your affiliates is US$10 million "
        "or less. Above the limit, a paid licence is required."
    )
    cap = _read(said)["revenue_threshold"]
    assert isinstance(cap, dict) and cap.get("counts") == "licensee-and-affiliates"
    left_out = (
        "Revenue limit: free while your own gross revenue is US$10 million or less. Revenue of "
        "an affiliate is not counted. Above the limit, a paid licence is required."
    )
    cap = _read(left_out)["revenue_threshold"]
    assert isinstance(cap, dict) and cap.get("counts") != "licensee-and-affiliates"


def test_a_which_question_and_its_answer_read_as_one_law_clause() -> None:
    from auditor.licenses.terms.foreign import read_foreign

    text = "**Какое право применяется?**\nПраво Республики Казахстан.\n"
    assert read_foreign(text).values.get("governing_law") == "KZ"
