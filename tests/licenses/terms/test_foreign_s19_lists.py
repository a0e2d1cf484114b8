"""Session 19: a licence in HTML or Markdown in another language. A marked heading naming its
license noun inside (`# Contrato de Licença do Modelo X`) or an HTML heading in a script
without case (`<h1>… 라이선스</h1>`) is the document's title; a list of banned uses under a
short heading of banned uses or after an "except the uses below" is read item by item, its
lead-ins read with it; an offer "on the terms below" states no term of its own. Sentences
are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.text.title_shapes import find_title

_KO_HTML = """<html><body>
<h1>까치-3B 라이선스</h1>
<p>까치랩은 누구에게나 본 모델을 상업적 목적을 포함한 모든 목적으로 사용할 수 있도록
허락합니다. 다만 아래의 용도는 제외합니다.</p>
<h2>금지된 이용</h2>
<ul>
  <li>군사적 목적의 이용</li>
  <li>무기의 개발</li>
</ul>
<p>본 라이선스는 대한민국 법률에 따릅니다.</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("<html><body>\n<h1>까치-3B 라이선스</h1>\n<p>본문</p>", "까치-3B 라이선스"),
        (
            "# Contrato de Licença do Modelo Pardal-7B\n\n1. Definições",
            "Contrato de Licença do Modelo Pardal-7B",
        ),
        ("# Serçe-3B Lisans Özeti ve Koşulları\n\nSerçe", "Serçe-3B Lisans Özeti ve Koşulları"),
        (
            "<h1>Contratto di Licenza del Modello Rondine-2B</h1>\n",
            "Contratto di Licenza del Modello Rondine-2B",
        ),
    ],
)
def test_a_marked_foreign_heading_naming_its_license_is_the_title(text: str, title: str) -> None:
    assert find_title(text) == title


@pytest.mark.parametrize(
    "text",
    [
        "## 3. Licença e uso\n",  # a numbered section
        "# Sobre o modelo e a licença, resumo\n",  # punctuation: a sentence, not a title
        "## Sobre a licença do modelo\n",  # no name of its own
    ],
)
def test_a_section_heading_is_no_title(text: str) -> None:
    assert find_title(text) is None


def test_an_html_list_of_banned_uses_is_read() -> None:
    reading = read_foreign(_KO_HTML)
    assert not reading.unread, reading.unread
    assert reading.values["use_restrictions"] == ["military", "weapons"]
    assert reading.values["commercial_use"] == "allowed"


def test_a_commercial_heading_over_a_list_is_still_read_by_the_commercial_cues() -> None:
    text = "상업적 이용 금지\n- 군사적 목적의 이용\n"
    reading = read_foreign(text)
    assert reading.values.get("commercial_use") == "prohibited"


@pytest.mark.parametrize(
    "text",
    [
        "Leylek Yazılım A.Ş. modeli aşağıdaki koşullarla herkese ücretsiz olarak sunar.",
        "A Acme Ltda. disponibiliza o modelo gratuitamente nas condições abaixo.",
        "Acme S.L. ofrece el modelo a cualquier persona en las condiciones siguientes.",
    ],
)
def test_an_offer_on_the_terms_below_states_no_term(text: str) -> None:
    assert not read_foreign(text).unread


def test_an_offer_that_bans_is_not_set_aside() -> None:
    text = "A Acme disponibiliza o modelo nas condições abaixo, proibido o uso comercial."
    assert read_foreign(text).values.get("commercial_use") == "prohibited"
