"""Foreign caps that count the licensee's affiliates with it ("somados aos das suas empresas
coligadas", "et de ses sociétés affiliées", "及其关联公司", "及びその関連会社"): the cap counts the
licensee and its affiliates together. Counter-examples: affiliates named only to be left out
("sem contar", "ohne", "不包括", "子会社を除く"). Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_caps import cap_counts
from auditor.licenses.terms.foreign_cues import JA, ZH, Cues
from auditor.licenses.terms.foreign_cues_eu import DE, FR
from auditor.licenses.terms.foreign_cues_more import IT, PT

_PT = (
    "Artigo 1. A Licenciante concede-lhe o direito gratuito de usar e modificar o Modelo,"
    " inclusive para fins comerciais.\n"
    "Artigo 2. Se os produtos do licenciado, {} suas empresas coligadas, ultrapassarem vinte e"
    " cinco milhões de usuários ativos mensais, o licenciado deve solicitar uma licença separada.\n"
)
_BOTH = {"counts": "licensee-and-affiliates"}


def test_portuguese_cap_counting_affiliates() -> None:
    cap = read_foreign(_PT.format("somados aos das")).values["user_threshold"]
    assert cap == {"count": 25_000_000, "unit": "mau", **_BOTH}


def test_portuguese_cap_leaving_affiliates_out() -> None:
    cap = read_foreign(_PT.format("sem contar os das")).values["user_threshold"]
    assert cap == {"count": 25_000_000, "unit": "mau"}


@pytest.mark.parametrize(
    ("text", "cues", "counts"),
    [
        (
            "Lorsque les produits du licencié et de ses sociétés affiliées dépassent 20 millions"
            " d'utilisateurs actifs mensuels, une licence distincte est requise.",
            FR,
            _BOTH,
        ),
        (
            "Wenn die Produkte des Lizenznehmers zusammen mit denen seiner verbundenen"
            " Unternehmen 5 Mio. monatlich aktive Nutzer übersteigen",
            DE,
            _BOTH,
        ),
        (
            "Wenn die Produkte des Lizenznehmers, ohne verbundene Unternehmen, 5 Mio. monatlich"
            " aktive Nutzer übersteigen",
            DE,
            {},
        ),
        ("se i prodotti del licenziatario e delle società controllate superano", IT, _BOTH),
        ("被许可人及其关联公司的月活跃用户合计超过1亿", ZH, _BOTH),
        ("被许可人(不包括其关联公司)的月活跃用户超过1亿", ZH, {}),
        ("利用者及びその関連会社の月間アクティブユーザーの合計が1億人を超える場合", JA, _BOTH),
        ("利用者（子会社を除く）の月間アクティブユーザーが1億人を超える場合", JA, {}),
    ],
)
def test_affiliates_counted_or_left_out(text: str, cues: Cues, counts: dict[str, str]) -> None:
    assert cap_counts(text, cues) == counts


def test_portuguese_affiliates_cue() -> None:
    assert PT.affiliates is not None
    assert PT.affiliates.search("das suas empresas coligadas") is not None
