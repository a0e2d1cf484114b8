"""A license beside its translation in a file of its own (`terms/translations.py`): the version
the texts say prevails binds, a translation that says otherwise is set aside with the
difference said (`license-translation-disagrees`), a faithful one is no disagreement; and the
precedence clauses and translation notes that tell them apart (`foreign_precedence`), in
Korean, Japanese, Spanish, German and English. Texts written for these tests."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_precedence import is_translation_note, prevailing_language
from auditor.licenses.terms.model_terms import ModelTerms, terms_for_model
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile

DB = load_license_db()


def _terms(documents: dict[str, str]) -> ModelTerms:
    files = [
        (LicenseFile(path, None, 1, text, "LICENSE"), identify_text(text, db=DB))
        for path, text in documents.items()
    ]
    return terms_for_model(files, None, DB)


def _rules(terms: ModelTerms) -> list[str]:
    return [finding.rule for finding in terms.findings]


_EN_FREE = (
    "KESTREL-2B LICENSE\n\n"
    "1. Example Kestrel Ltd. grants you a royalty-free, non-exclusive right to use, reproduce,\n"
    "   modify and distribute Kestrel-2B for any purpose, including commercial purposes.\n"
    "2. This license is governed by the laws of England and Wales.\n"
    "3. Only the English version of this license is binding. Translations are provided for\n"
    "   reference only; where a translation differs, the English version prevails.\n"
)
_KO_NC = (
    "# 황조롱이-2B 라이선스 (한국어 참고 번역)\n\n"
    "※ 본 번역은 참고용이며 법적 구속력이 없습니다. 영문본과 다른 경우 영문본이 우선합니다.\n\n"
    "제1조 예시케스트럴은 이용자에게 황조롱이-2B를 비상업적 목적에 한하여 사용·복제·수정·배포할\n"
    "수 있는 비독점적 권리를 부여한다.\n"
    "제2조 이 라이선스는 잉글랜드 및 웨일스 법률에 따른다.\n"
)
_JA_NC = (
    "# ケストレル-2B ライセンス（日本語参考訳）\n\n"
    "本翻訳は参考のために提供されるものです。英語版と異なる場合は、英語版が優先します。\n\n"
    "第1条 当社は、利用者に対し、本モデルを非商用目的に限り利用する権利を許諾します。\n"
)
_ES_NC = (
    "# Licencia de Kestrel-2B (traducción de cortesía)\n\n"
    "Esta traducción se ofrece solo por cortesía; en caso de discrepancia prevalece el texto\n"
    "original en inglés.\n\n"
    "1. Ejemplo Kestrel Ltd. le concede una licencia gratuita para usar el modelo únicamente\n"
    "   con fines no comerciales.\n"
)


@pytest.mark.parametrize(
    ("path", "translation"),
    [("LICENSE.ko.md", _KO_NC), ("LICENSE.ja.md", _JA_NC), ("LICENCIA.es.md", _ES_NC)],
)
def test_a_narrower_translation_binds_not_and_is_said(path: str, translation: str) -> None:
    terms = _terms({"LICENSE": _EN_FREE, path: translation})
    assert terms.values["commercial_use"] == "allowed"
    rules = _rules(terms)
    assert "license-translation-disagrees" in rules
    assert "license-files-disagree" not in rules
    [said] = [f for f in terms.findings if f.rule == "license-translation-disagrees"]
    assert "English version prevails" in said.message


def test_the_original_is_told_among_documents_in_its_language() -> None:
    # an English use policy beside the English licence: the licence says it prevails
    policy = "ACCEPTABLE USE POLICY\n\nYou must not use the model to harass anyone.\n"
    terms = _terms({"LICENSE": _EN_FREE, "USE_POLICY.md": policy, "LICENSE.ko.md": _KO_NC})
    assert terms.values["commercial_use"] == "allowed"
    assert "license-translation-disagrees" in _rules(terms)


def test_a_translation_known_by_its_title_alone_is_set_aside() -> None:
    # no clause of its own: its title calls it a translation, the original names English
    japanese = _JA_NC.replace("英語版と異なる場合は、英語版が優先します。", "")
    terms = _terms({"LICENSE": _EN_FREE, "LICENSE.ja.md": japanese})
    assert terms.values["commercial_use"] == "allowed"
    assert "license-translation-disagrees" in _rules(terms)


def test_without_a_precedence_clause_the_stricter_document_binds() -> None:
    english = _EN_FREE.split("3. Only")[0]
    korean = _KO_NC.replace("영문본과 다른 경우 영문본이 우선합니다.", "")
    terms = _terms({"LICENSE": english, "LICENSE.ko.md": korean})
    assert terms.values["commercial_use"] == "prohibited"
    assert "license-translation-disagrees" not in _rules(terms)


def test_a_document_in_another_language_that_is_no_translation_binds() -> None:
    # a Korean use policy beside the licence: it neither names the English version nor calls
    # itself a translation, so its ban binds
    policy = "# 이용 정책\n\n이용자는 모델을 상업적 목적으로 사용해서는 안 된다.\n"
    terms = _terms({"LICENSE": _EN_FREE, "POLICY.ko.md": policy})
    assert terms.values["commercial_use"] == "prohibited"


_EN_CAP = (
    "AVOCET-4B LICENCE\n\n"
    "1. Example Avocet S.L. grants you a free, non-exclusive licence to use, copy, modify and\n"
    "   distribute Avocet-4B, including for commercial purposes.\n"
    "2. If a product or service in which you use Avocet-4B has more than 1,000,000 monthly\n"
    "   active users, you must obtain a separate commercial licence from us.\n"
    "3. This English text is the original and governs; if a translation differs, the English\n"
    "   text prevails.\n"
)
_ES_CAP = (
    "# Licencia de Avocet-4B (traducción de cortesía)\n\n"
    "Esta traducción se ofrece solo por cortesía; en caso de discrepancia prevalece el texto\n"
    "original en inglés.\n\n"
    "1. Ejemplo Avocet S.L. le concede una licencia gratuita y no exclusiva para usar, copiar,\n"
    "   modificar y distribuir Avocet-4B, también con fines comerciales.\n"
    "2. Si un producto o servicio en el que use Avocet-4B supera los {cap} de usuarios activos\n"
    "   mensuales, deberá obtener de nosotros una licencia comercial independiente.\n"
)


def test_a_lenient_translation_of_a_cap_is_said_and_the_original_cap_binds() -> None:
    terms = _terms({"LICENSE": _EN_CAP, "LICENCIA.es.md": _ES_CAP.format(cap="10 millones")})
    assert terms.values["mau_threshold"] == 1_000_000
    assert "license-translation-disagrees" in _rules(terms)


def test_a_faithful_translation_is_no_disagreement() -> None:
    terms = _terms({"LICENSE": _EN_CAP, "LICENCIA.es.md": _ES_CAP.format(cap="1 millón")})
    assert terms.values["mau_threshold"] == 1_000_000
    rules = _rules(terms)
    assert "license-translation-disagrees" not in rules
    assert "license-files-disagree" not in rules


_DE = (
    "# Lizenzbedingungen für das Modell Milan-3B\n\n"
    "§ 1 Die Beispiel Milan GmbH räumt Ihnen unentgeltlich ein einfaches Recht ein, Milan-3B zu\n"
    "nutzen, zu vervielfältigen und zu bearbeiten, auch zu gewerblichen Zwecken.\n\n"
    "§ 2 Lizenznehmer, deren Jahresumsatz 10 Mio. EUR übersteigt, dürfen Milan-3B gewerblich nur\n"
    "auf Grundlage eines gesonderten, kostenpflichtigen Lizenzvertrags nutzen.\n\n"
    "§ 3 Rechtsverbindlich ist allein diese deutsche Fassung. Die englische Übersetzung\n"
    "(LICENSE.en.md) dient nur der Information.\n"
)
_EN_OF_DE = (
    "# Milan-3B licence terms (English translation, for information only)\n\n"
    "Only the German version of these terms is legally binding.\n\n"
    "Section 1. Beispiel Milan GmbH grants you free of charge a simple right to use, copy and\n"
    "adapt Milan-3B, for commercial purposes too.\n"
    "Section 2. Licensees whose annual turnover exceeds EUR 10 million may use Milan-3B\n"
    "commercially only under a separate, paid licence agreement.\n"
)


def test_a_german_original_and_its_faithful_english_translation_agree() -> None:
    terms = _terms({"LIZENZ.md": _DE, "LICENSE.en.md": _EN_OF_DE})
    assert terms.values["commercial_use"] == "restricted"
    rules = _rules(terms)
    assert "license-translation-disagrees" not in rules
    assert "license-files-disagree" not in rules
    assert "license-language-unread" not in rules


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("영문본과 내용이 다른 경우 영문본이 우선합니다.", "en"),
        ("번역본과 영문본이 다른 경우 영문본을 기준으로 한다.", "en"),
        ("영문본만이 법적 효력을 가진다.", "en"),
        ("翻訳と英語版が異なる場合は、英語版が優先します。", "en"),
        ("本規約は英文を正本とします。", "en"),
        ("日本語版のみが法的拘束力を有します。", "ja"),
        ("En caso de discrepancia prevalece el texto original en inglés.", "en"),
        ("Rechtsverbindlich ist allein diese deutsche Fassung.", "de"),
        ("Only the German version of these terms is legally binding.", "de"),
        ("This English text is the original and governs.", "en"),
        ("The English version of this license is the only authoritative version.", "en"),
    ],
)
def test_a_precedence_clause_names_its_version(sentence: str, language: str) -> None:
    assert prevailing_language(sentence) == language


@pytest.mark.parametrize(
    "sentence",
    [
        "The English translation does not govern.",
        "This English translation is not binding.",
        "영문본과 한국어본은 같은 내용입니다.",
        "英語版も公開しています。",
    ],
)
def test_no_precedence_clause(sentence: str) -> None:
    assert prevailing_language(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "※ 본 번역은 참고용이며 어느 당사자도 구속하지 않습니다.",
        "Esta traducción se ofrece solo por cortesía.",
        "Die englische Übersetzung (LICENSE.en.md) dient nur der Information.",
        "La traduction française est fournie à titre informatif.",
        "本翻訳は参考のために提供されるものです。",
    ],
)
def test_a_translation_note_is_read_and_states_no_term(sentence: str) -> None:
    assert is_translation_note(sentence)
    reading = read_foreign(sentence)
    assert reading.unread == ()
    assert reading.values == {}


@pytest.mark.parametrize(
    "sentence",
    ["Die Übersetzung ist verbindlich.", "Esta traducción es vinculante.", "번역은 금지된다."],
)
def test_a_translation_said_binding_or_banned_is_no_note(sentence: str) -> None:
    assert not is_translation_note(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "제2조 배포하는 사본에는 이 라이선스를 포함하여야 한다.",
        "복제물마다 본 약관을 첨부해야 합니다.",
        "배포물에는 해당 라이센스를 동봉하십시오.",
    ],
)
def test_a_korean_copy_of_the_licence_to_include_is_a_notice_duty(sentence: str) -> None:
    assert read_foreign(sentence).values.get("attribution_required") is True


def test_a_korean_copy_said_unneeded_is_no_duty() -> None:
    reading = read_foreign("사본에는 이 라이선스를 포함할 필요가 없습니다.")
    assert "attribution_required" not in reading.values
