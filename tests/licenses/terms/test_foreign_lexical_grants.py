"""A grant of commercial use told by its words alone, in any language
(licenses/terms/foreign_lexical_grants.py): a word of permission and one of commerce with no
word that could narrow it is a grant; a negation, "only", a condition, a consent or fee, users,
revenue, "without" or a number leaves the passage to the grammar readers (unread and said).
Each grant has a twin that narrows it. Sentences are ours."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_lexical_grants import grants_commercial_use

_CASES = {
    "Chacun peut exploiter les modèles de la famille, les adapter et les intégrer dans des "
    "offres payantes ou gratuites.": True,
    "Is féidir le duine ar bith Corrán Tuathail-7B a úsáid, a athrú agus a scaipeadh chun aon "
    "chríche, lena n-áirítear críocha tráchtála.": True,
    "Öllum er heimilt að nota, breyta og dreifa Hekla-4B, hvort sem er í atvinnuskyni "
    "eða ekki.": True,
    "Se permite el uso comercial del modelo.": True,
    "Kommerzielle Nutzung ist nur mit schriftlicher Zustimmung erlaubt.": False,
    "Die Nutzung ohne Gewinnerzielungsabsicht ist erlaubt.": False,
    "Für kommerzielle Nutzung kann eine Lizenz erworben werden.": False,
    "Uso comercial permitido até 1 milhão de usuários.": False,
    "È consentito l'uso commerciale salvo quanto previsto all'articolo 3.": False,
    "Commercial use is not permitted.": False,
    "Le modèle peut être utilisé à des fins non commerciales.": False,
    "Licencjobiorca może korzystać z modelu także w celach komercyjnych.": True,
    "Kaupallinen käyttö on sallittu kaikille.": True,
    "Kommersiell användning är tillåten.": True,
    "Η εμπορική χρήση επιτρέπεται.": True,
    "Коммерческое использование разрешено.": True,
    "يجوز الاستخدام التجاري للنموذج.": True,
    "商用利用は可能です。": True,
    "可以用于商业用途。": True,
    "不可以用于商业用途。": False,
    "El uso con fines de lucro está permitido sin necesidad de autorización.": False,
    "Se permite el uso sin fines de lucro.": False,
    "Kommerzielle Nutzung ist Unternehmen mit weniger als 50 Mitarbeitern erlaubt.": False,
    "Il modello può essere usato a fini commerciali previa autorizzazione scritta.": False,
    "O uso comercial é permitido mediante pagamento de uma taxa.": False,
    "Коммерческое использование допускается только с письменного согласия.": False,
    "השימוש המסחרי מותר.": True,
    "השימוש המסחרי אסור.": False,
    "Ticari kullanım serbesttir.": True,
    "Ticari kullanım yasaktır.": False,
    "Penggunaan komersial diizinkan.": True,
    "Penggunaan komersial tidak diizinkan.": False,
    "व्यावसायिक उपयोग की अनुमति है।": True,
    "व्यावसायिक उपयोग की अनुमति नहीं है।": False,
    "상업적 이용이 허용됩니다.": True,
    "상업적 이용은 허용되지 않습니다.": False,
}


@pytest.mark.parametrize(("text", "grants"), list(_CASES.items()))
def test_a_grant_is_told_by_its_words_and_anything_narrowing_it_refuses(
    text: str, grants: bool
) -> None:
    assert grants_commercial_use(text) is grants


def test_a_grant_no_grammar_reader_knew_is_read_and_not_reported_unread() -> None:
    text = (
        "Coinníollacha Corrán Tuathail-7B\n\n"
        "Is féidir le duine ar bith Corrán Tuathail-7B a úsáid, a athrú agus a scaipeadh chun "
        "aon chríche, lena n-áirítear críocha tráchtála.\n"
    )
    reading = read_foreign(text)
    assert reading.values.get("commercial_use") == "allowed"
    assert not any("tráchtála" in p.text for p in reading.unread)


def test_a_longer_passage_is_left_to_the_grammar_readers() -> None:
    text = "Chacun peut exploiter le modèle dans des offres payantes. " * 8
    assert not grants_commercial_use(text)
