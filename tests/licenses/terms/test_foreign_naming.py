"""Session 18: duties in other languages read from their shape (written here, in our own words,
no licence's text): a derived model's name must begin with or carry a quoted word
(`naming_requirement`, as the English rule reads it); a quoted credit line the licensee must
show (`attribution_required`); a Japanese notice duty written with its words apart; warranty
disclaimers in German, French, Spanish, Italian, Portuguese, Japanese and Chinese that state
no term; an Italian grant including commercial ends with its article ("compresi gli scopi
commerciali")."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_duties import is_disclaimer
from auditor.licenses.terms.foreign_naming import is_credit_line, read_naming


def _values(text: str) -> dict[str, object]:
    reading = read_foreign(text)
    assert not reading.unread, reading.unread
    return reading.values


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jedes abgeleitete Modell muss einen Namen tragen, der mit „Milan“ beginnt.", "Milan"),
        ('Der Name eines weitergegebenen Derivats hat das Präfix "Milan" zu enthalten.', "Milan"),
        ("Le nom de tout modèle dérivé doit commencer par « Merle ».", "Merle"),
        ('El nombre de cualquier modelo derivado debe comenzar con "Gorrión".', "Gorrión"),
        ("Il nome di ogni modello derivato deve iniziare con «Falco».", "Falco"),
        ('O nome de qualquer modelo derivado deve começar com "Sabiá".', "Sabiá"),
        ('De naam van een afgeleid model moet beginnen met "Mees".', "Mees"),
        ("Nama model turunan wajib diawali dengan kata 'Rajawali'.", "Rajawali"),
        ('Model turunan harus diberi nama yang dimulai dengan "Rajawali".', "Rajawali"),
        ("Nazwa każdego modelu pochodnego musi zaczynać się od słowa „Sikora”.", "Sikora"),
        ('Türetilmiş modellerin adı "Serçe" ile başlamalıdır.', "Serçe"),
        ("衍生模型的名称必须以“画眉”开头。", "画眉"),
        ("派生モデルの名前は「ウグイス」で始まらなければなりません。", "ウグイス"),
        ('파생 모델의 이름은 "까치"로 시작해야 합니다.', "까치"),
        ("Название производной модели должно начинаться со слова «Сокол».", "Сокол"),
        ('Tên của mô hình phái sinh phải bắt đầu bằng "Chim Sẻ".', "Chim Sẻ"),
        ('يجب أن يبدأ اسم أي نموذج مشتق بكلمة "صقر".', "صقر"),
    ],
)
def test_a_naming_duty_reads_the_quoted_word(text: str, name: str) -> None:
    assert [c.value for c in read_naming(text)] == [name]
    assert _values(text)["naming_requirement"] == name
    assert not is_credit_line(text)  # the quoted name is no credit line


@pytest.mark.parametrize(
    "text",
    [
        'Il modello si chiama "Allodola" ed è gratuito.',
        "Die Software heißt „Bussard“ und ist frei verfügbar.",
        "Sie müssen die Namensnennung „Bussard KI GmbH“ beibehalten.",
        "Le nom « Merle » est une marque déposée.",
        # a description of this model's name, no duty
        "Der Name des Modells beginnt mit „Bussard“, nach dem Greifvogel.",
        "本模型的名称以“画眉”开头，取自一种鸣禽。",
    ],
)
def test_a_quoted_name_without_a_naming_duty_is_none(text: str) -> None:
    assert read_naming(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Ogni prodotto deve riportare la dicitura "Realizzato con\nFringuello" nell\'interfaccia.',
        "Nella documentazione dovrà essere visualizzata la scritta «Basato su Fringuello».",
        'Setiap layanan wajib mencantumkan tulisan "Dibangun dengan Kenari" di dokumentasinya.',
        "Produk turunan harus menampilkan kalimat 'Didukung oleh Kenari'.",
        "Jedes Produkt muss den Hinweis „Erstellt mit Milan“ anzeigen.",
        "Tout service doit afficher la mention « Construit avec Merle ».",
        'Todo producto debe mostrar la leyenda "Hecho con Gorrión".',
        'Todo produto deve exibir a frase "Feito com Sabiá".',
        'Elk product moet de tekst "Gebouwd met Mees" vermelden.',
    ],
)
def test_a_quoted_credit_line_to_show_is_attribution(text: str) -> None:
    assert is_credit_line(text)
    assert _values(text)["attribution_required"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Il prodotto può mostrare la scritta «Basato su Fringuello», se lo si desidera.",
        "Die Software heißt „Milan“.",
    ],
)
def test_a_quoted_line_without_a_duty_is_no_credit(text: str) -> None:
    assert not is_credit_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "第2条 本モデルを再配布する場合は、本ライセンスの全文を添付しなければなりません。",
        "再配布の際は、著作権表示とライセンス条項の写しを同梱すること。",
        "複製物には本規約の全文を含めてください。",
    ],
)
def test_a_japanese_notice_duty_with_its_words_apart_is_attribution(text: str) -> None:
    assert _values(text)["attribution_required"] is True


def test_a_japanese_statement_of_where_the_licence_is_is_no_duty() -> None:
    assert (
        "attribution_required"
        not in read_foreign("ライセンスの全文はウェブサイトで公開しています。").values
    )


@pytest.mark.parametrize(
    "text",
    [
        "Das Modell wird ohne jede Gewährleistung bereitgestellt.",
        "Das Modell wird „wie besehen“ zur Verfügung gestellt; eine Haftung ist ausgeschlossen.",
        "Le modèle est fourni « en l'état », sans aucune garantie.",
        'El modelo se proporciona "tal cual", sin garantía de ningún tipo.',
        'Il modello è fornito "così com\'è", senza alcuna garanzia di commerciabilità.',
        "O modelo é fornecido sem qualquer garantia, expressa ou implícita.",
        "本モデルは現状のまま提供され、いかなる保証も行いません。",
        "本模型按“原样”提供，不附带任何担保。",
        "本模型不提供任何明示或默示的保证。",
    ],
)
def test_a_warranty_disclaimer_states_no_term(text: str) -> None:
    assert is_disclaimer(text)
    reading = read_foreign(text)
    assert not reading.unread and not reading.values


@pytest.mark.parametrize(
    "text",
    [
        "Die kommerzielle Nutzung ist ohne jede Gewähr nicht gestattet.",
        "本模型不提供任何担保，且不得用于商业用途。",
    ],
)
def test_a_disclaimer_that_also_speaks_of_commercial_use_is_a_term(text: str) -> None:
    assert not is_disclaimer(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chiunque può usare il modello per qualsiasi scopo, compresi gli scopi commerciali.",
        "Il modello può essere modificato e distribuito, incluse le finalità commerciali.",
        "È consentito l'uso del modello anche ai fini commerciali.",
        "Il licenziante concede l'uso, inclusi gli usi commerciali.",
    ],
)
def test_an_italian_grant_including_commercial_ends_is_allowed(text: str) -> None:
    assert _values(text)["commercial_use"] == "allowed"
