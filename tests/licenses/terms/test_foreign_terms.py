"""Terms in other languages (issue 31): the common restrictions read by each language's cues,
a sentence that only names a license read as naming it, and what no rule reads reported as
`license-language-unread` with its language and line. Every sentence is written for the
tests, in the general shape of such clauses; the MIT and Apache texts come from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.foreign import named_records, read_foreign
from auditor.licenses.terms.model_terms import ModelTerms, terms_for_model
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile

BANS = [
    ("zh", "本模型不得用于任何商业目的。"),
    ("zh", "禁止将本软件用于商业用途。"),
    ("zh", "本模型仅限非商业用途使用。"),
    ("zh-Hant", "本模型僅限非商業用途使用。"),
    ("ja", "本モデルの商用利用は禁止されています。"),
    ("ja", "このソフトウェアは非商用目的でのみ利用できます。"),
    ("ko", "본 모델은 비상업적 목적으로만 사용할 수 있습니다."),
    ("ko", "상업적 이용은 허용되지 않습니다."),
    ("de", "Eine kommerzielle Nutzung des Modells ist nicht gestattet."),
    ("de", "Das Modell darf nur für nicht-kommerzielle Zwecke verwendet werden."),
    ("fr", "Vous ne pouvez pas utiliser le modèle à des fins commerciales."),
    ("fr", "Le modèle est fourni pour un usage non commercial uniquement."),
    ("es", "Queda prohibido el uso comercial del modelo."),
    ("es", "El modelo se ofrece con fines no comerciales."),
    ("pt", "O uso comercial do modelo é proibido."),
    ("it", "L'uso commerciale del modello è vietato."),
    ("ru", "Коммерческое использование модели запрещено."),
]
PERMISSION = [
    ("zh", "商业使用须事先获得许可方的书面授权。"),
    ("zh", "如需商用,请发送邮件申请授权。"),
    ("ja", "商用利用には事前に書面による許諾を得る必要があります。"),
    ("ko", "상업적 이용을 위해서는 사전 서면 허가를 받아야 합니다."),
    (
        "de",
        "Die gewerbliche Nutzung bedarf der vorherigen schriftlichen Zustimmung des Lizenzgebers.",
    ),
    ("fr", "Toute utilisation commerciale nécessite une autorisation écrite préalable."),
    ("es", "El uso comercial requiere una autorización previa por escrito."),
    ("pt", "O uso comercial requer autorização prévia por escrito."),
    ("it", "L'uso commerciale richiede una autorizzazione scritta."),
    ("ru", "Коммерческое использование требует письменного разрешения правообладателя."),
]
RESEARCH = [
    ("zh", "本模型仅供学术研究使用。"),
    ("ja", "本モデルは研究目的に限り利用できます。"),
    ("ko", "본 모델은 연구 목적으로만 사용할 수 있습니다."),
    ("de", "Das Modell darf ausschließlich für wissenschaftliche Forschung genutzt werden."),
    ("fr", "Le modèle est destiné uniquement à la recherche."),
    ("es", "El modelo se puede usar únicamente para investigación."),
    ("it", "Il modello può essere usato esclusivamente per la ricerca."),
]


@pytest.mark.parametrize(("language", "sentence"), BANS)
def test_a_ban_on_commercial_use_reads_prohibited(language: str, sentence: str) -> None:
    reading = read_foreign(f"Quill Model Terms\n\n{sentence}\n")
    assert reading.values["commercial_use"] == "prohibited", language
    assert reading.values["kind"] in ("non-commercial", "research-only")
    assert not reading.unread
    assert [p.line for p in reading.quotes["commercial_use"]] == [3]


@pytest.mark.parametrize(("language", "sentence"), PERMISSION)
def test_commercial_use_that_needs_permission_reads_restricted(
    language: str, sentence: str
) -> None:
    reading = read_foreign(sentence)
    assert reading.values["commercial_use"] == "restricted", language
    assert reading.values["kind"] == "open-weight-restricted"


@pytest.mark.parametrize(("language", "sentence"), RESEARCH)
def test_research_only_is_a_scope_and_bars_commercial_use(language: str, sentence: str) -> None:
    reading = read_foreign(sentence)
    assert reading.values["use_scope"] == ["research"], language
    assert reading.values["commercial_use"] == "prohibited"
    assert reading.values["kind"] == "research-only"


@pytest.mark.parametrize(
    "sentence",
    [
        "本模型可免费商用。",
        "商业和非商业用途均可。",
        "Die kommerzielle Nutzung ist ausdrücklich gestattet.",
        "El uso comercial está permitido.",
    ],
)
def test_commercial_use_stated_as_allowed(sentence: str) -> None:
    assert read_foreign(sentence).values["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("若被许可方产品的月活跃用户数超过1亿,须另行申请许可。", 100_000_000),
        ("月活躍用戶超過五千萬的產品須另行取得授權。", 50_000_000),
        (
            "Produkte mit mehr als 700.000 monatlich aktiven Nutzern benötigen eine eigene Lizenz.",
            700_000,
        ),
        (
            "Au-delà de 2 millions d'utilisateurs actifs mensuels, une licence commerciale "
            "est requise.",
            2_000_000,
        ),
        ("Más de 500 mil usuarios activos mensuales requieren una licencia comercial.", 500_000),
        ("월간 활성 사용자가 1억 명을 초과하는 경우 별도의 허가가 필요합니다.", 100_000_000),
    ],
)
def test_a_cap_on_monthly_active_users_is_read_with_its_number(sentence: str, count: int) -> None:
    reading = read_foreign(sentence)
    assert reading.values["mau_threshold"] == count
    assert reading.values["user_threshold"] == {"count": count, "unit": "mau"}
    assert reading.values["commercial_use"] == "restricted"


def test_a_revenue_threshold_keeps_its_currency_and_period() -> None:
    reading = read_foreign("年营业收入超过1000万美元的企业须另行取得商业授权。")
    assert reading.values["revenue_threshold"] == {
        "amount": 10_000_000,
        "currency": "USD",
        "period": "year",
        "measure": "revenue",
    }
    assert reading.values["revenue_threshold_usd"] == 10_000_000
    euros = read_foreign("Ab einem Jahresumsatz von 5 Mio. EUR ist eine gesonderte Lizenz nötig.")
    assert euros.values["revenue_threshold"]["currency"] == "EUR"  # type: ignore[index]
    assert "revenue_threshold_usd" not in euros.values  # a cap in euros is not a USD cap


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("本协议适用中华人民共和国法律。", "CN"),
        ("本協議受中華人民共和國法律管轄。", "CN"),
        ("本協議之解釋適用香港特別行政區法律。", "HK"),
        ("本契約は日本法に準拠します。", "JP"),
        ("Dieser Vertrag unterliegt dem Recht der Bundesrepublik Deutschland.", "DE"),
        ("Le présent contrat est régi par le droit français.", "FR"),
        ("Este acuerdo se rige por las leyes de España.", "ES"),
    ],
)
def test_the_governing_law(sentence: str, code: str) -> None:
    assert read_foreign(sentence).values["governing_law"] == code


def test_obeying_the_law_is_no_choice_of_law() -> None:
    assert "governing_law" not in read_foreign("使用者应遵守中华人民共和国法律法规。").values


@pytest.mark.parametrize(
    "sentence",
    [
        "本模型采用 Apache 2.0 许可证。",
        "Dieses Modell steht unter der MIT-Lizenz.",
        "本モデルは Apache-2.0 ライセンスの下で公開されています。",
        "Ce modèle est distribué sous la licence Apache 2.0.",
        "本项目遵循《青鸟模型许可协议》。",
        "Die vollständigen Lizenzbedingungen finden Sie in der Datei LICENSE.",
    ],
)
def test_a_sentence_that_only_names_a_license_is_a_mention(sentence: str) -> None:
    reading = read_foreign(sentence)
    assert not reading.unread and not reading.values
    assert [p.text for p in reading.mentions] == [sentence]


def test_a_mention_names_the_license_the_database_knows() -> None:
    db = load_license_db()
    reading = read_foreign("本模型采用 CC BY-NC 4.0 许可证发布。")
    assert [record.id for record, _ in named_records(reading, db)] == ["CC-BY-NC-4.0"]
    assert named_records(read_foreign("Dieses Modell ist mit großer Sorgfalt gebaut."), db) == []


def test_a_sentence_no_cue_reads_is_unread_with_its_language_and_line() -> None:
    # (a ban on military use is read since session 18: `foreign_uses`)
    text = "Quill Model License\n\n本模型不得用于任何天气预报服务。\n\nเงื่อนไข: ห้ามแจกจ่ายโมเดลนี้ต่อ\n"
    reading = read_foreign(text)
    assert [(p.language, p.line) for p in reading.unread] == [("zh", 3), ("th", 5)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Lizenz kann jederzeit geändert werden.",  # an update right, no license named
        "本项目代码采用 Apache 2.0 许可证,模型权重须另行遵守相关协议。",  # a condition too
    ],
)
def test_a_license_word_without_a_name_or_with_a_condition_is_no_mention(sentence: str) -> None:
    reading = read_foreign(sentence)
    assert not reading.mentions
    assert [p.text for p in reading.unread] == [sentence]


def test_card_prose_that_speaks_of_no_term_is_not_reported() -> None:
    prose = "学习には公開コーパスを使用しました。\n\n该模型在两万亿词元上训练。\n"
    assert not read_foreign(prose, prose=True).unread
    # the same sentences in a license file are unread: a license's sentences all bind
    assert len(read_foreign(prose).unread) == 2


def test_card_prose_about_a_dataset_is_not_the_models_term() -> None:
    assert not read_foreign("评测数据集采用 CC BY-NC 许可,仅限非商业用途。", prose=True).values


# --- through a model's documents ---------------------------------------------------------------


def _terms(files: dict[str, str], origin: str | None = None) -> ModelTerms:
    db = load_license_db()
    identified = []
    for path, text in files.items():
        file = LicenseFile(path=path, sha256=None, size=len(text), text=text, origin=origin or path)
        identified.append((file, identify_text(text, db=db)))
    return terms_for_model(identified, identified[0][1].match, db)


def _mit(corpus: Path) -> str:
    return (corpus / "licenses" / "mit.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("language", "sentence"), BANS[::2])
def test_a_foreign_ban_appended_to_mit_is_not_overruled_by_the_record(
    corpus: Path, language: str, sentence: str
) -> None:
    terms = _terms({"LICENSE": _mit(corpus) + "\n" + sentence + "\n"})
    assert terms.values["commercial_use"] == "prohibited", language
    assert terms.kinds["LICENSE"] in ("non-commercial", "research-only")
    quoted = [e.text for e in terms.evidence["commercial_use"]]
    assert sentence.rstrip("。.") in " ".join(quoted)


def test_a_foreign_cap_appended_to_mit_binds(corpus: Path) -> None:
    cap = "附加条款:月活跃用户超过10万的产品须另行取得授权。"
    terms = _terms({"LICENSE": _mit(corpus) + "\n" + cap + "\n"})
    assert terms.values["mau_threshold"] == 100_000
    assert terms.values["commercial_use"] == "restricted"


def test_unread_sentences_are_a_finding_naming_language_and_line(corpus: Path) -> None:
    # Khmer (Thai, once the example here, is read since session 19)
    khmer = "លក្ខខណ្ឌបន្ថែម៖ ហាមប្រើកម្មវិធីនេះសម្រាប់គោលបំណងពាណិជ្ជកម្ម"
    text = _mit(corpus) + "\n" + khmer + "\n"
    terms = _terms({"LICENSE": text})
    (finding,) = [f for f in terms.findings if f.rule == "license-language-unread"]
    line = text.splitlines().index(khmer) + 1
    assert "Khmer" in finding.message and f"line {line}" in finding.message
    assert [(e.file, e.line) for e in finding.evidence] == [("LICENSE", line)]


def test_a_document_unread_for_its_language_is_said_once(corpus: Path) -> None:
    # Icelandic: told from English, not read (Turkish, Dutch, Swedish, Finnish and Danish, once
    # the examples here, are read since sessions 17 to 20)
    danish = "Hegri-leyfi\n\nLíkanið má aðeins nota í rannsóknarskyni við háskóla og ekki í "
    danish += "viðskiptum, og það má ekki selja án leyfis.\n"
    apache = (corpus / "licenses" / "apache-2.0.txt").read_text(encoding="utf-8")
    terms = _terms({"LICENSE": apache, "LICENSE-MODEL": danish})
    rules = [f.rule for f in terms.findings]
    assert rules.count("license-language-unread") == 1
    assert "license-document-unread" not in rules  # the language finding says it, with lines


def test_a_chinese_license_section_naming_cc_by_nc_binds_its_record() -> None:
    card = "\n\n本模型采用 CC BY-NC 4.0 许可证发布。\n"
    terms = _terms({"README.md#license": card}, origin="card-section")
    assert terms.values["commercial_use"] == "prohibited"
    assert not [f for f in terms.findings if f.rule == "license-language-unread"]


def test_names_and_allowances_cause_no_finding(corpus: Path) -> None:
    note = "说明:以下为 Apache 许可证 2.0 版的英文原文。\n\n"
    apache = (corpus / "licenses" / "apache-2.0.txt").read_text(encoding="utf-8")
    terms = _terms(
        {"LICENSE": note + apache, "README.md#license": "本模型采用 MIT 许可证,允许商业使用。\n"}
    )
    assert not [f for f in terms.findings if f.rule == "license-language-unread"]


def test_no_english_corpus_text_reads_as_another_language(corpus: Path) -> None:
    """Out of tuning: the English license texts of the shared corpus give no foreign term and
    no unread passage (the bilingual ones do: their Chinese halves)."""
    for path in sorted((corpus / "licenses").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if any("\u4e00" <= char <= "\u9fff" for char in text):
            continue
        reading = read_foreign(text)
        assert not reading.values and not reading.unread, path.name
