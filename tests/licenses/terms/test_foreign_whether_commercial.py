"""Reading "whether commercial or not" as both kinds of use granted, in every language the cues read
(`Cues.both`): Japanese 商用・非商用を問わず, Chinese 不论是否商用, Korean 관계없이, and the
European "ob kommerziell oder nicht" shapes. A passage saying so bans nothing, whichever
language's reader looks at it (Japanese 非商用 is also Chinese). Every sentence is written here
in the general shape of such clauses; the counter-examples share their words but confine use to
non-commercial ends, ban it, or ban "commercial or unauthorised" use."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign


def _commercial_use(sentence: str) -> object:
    reading = read_foreign(f"Terms\n\n{sentence}\n")
    return reading.values.get("commercial_use")


EITHER_KIND = [
    "本モデルの使用、複製及び改変を、商用・非商用を問わず無償で許諾します。",
    "本モデルは商用利用の有無を問わず、どなたでも無料でご利用いただけます。",
    "営利・非営利を問わず、本モデルを自由に利用することができます。",
    "商用か非商用かにかかわらず、本ソフトウェアを改変して再配布することを許可します。",
    "営利目的であるか否かに関わらず、本モデルを利用できます。",
    "无论商业或非商业用途，均可免费使用本模型。",
    "不论是否商用，均可免费使用、修改和分发本模型。",
    "本模型可用于商业和非商业用途。",
    "本模型商用与否均可免费使用。",
    "無論是否商用，均可免費使用本模型。",
    "본 모델은 상업적·비상업적 용도에 관계없이 자유롭게 사용할 수 있습니다.",
    "상업적 이용 여부와 관계없이 본 모델을 수정 및 배포할 수 있습니다.",
    "영리·비영리를 불문하고 누구나 사용할 수 있습니다.",
    "Die Nutzung ist erlaubt, unabhängig davon, ob sie kommerziell erfolgt.",
    "Das Modell darf verwendet werden, ob kommerziell oder nicht.",
    "Sie dürfen das Modell sowohl kommerziell als auch privat einsetzen.",
    "Vous pouvez utiliser le modèle, que l'utilisation soit commerciale ou non.",
    "Vous pouvez utiliser le modèle à des fins commerciales ou non.",
    "Utilisation libre, avec ou sans but lucratif.",
    "Puede usar el modelo, sea comercial o no, sin pagar.",
    "Se permite el uso con o sin ánimo de lucro.",
    "Pode usar o modelo para fins comerciais ou não.",
    "Il modello può essere usato a fini commerciali e non.",
    "L'uso è libero, con o senza scopo di lucro.",
    "Модель можно использовать независимо от того, является ли использование коммерческим.",
    "Модель можно использовать как в коммерческих, так и в некоммерческих целях.",
    "يمكن استخدام النموذج سواء كان الاستخدام تجاريا أم لا.",
]

STILL_BANS = [
    "本モデルは非商用・非営利目的に限り利用できます。",
    "商用利用は禁止します。",
    "本模型仅限非商业、非营利用途，禁止商用。",
    "본 모델은 비상업적 용도로만 사용할 수 있습니다.",
    "Sowohl die kommerzielle Nutzung als auch die Weitergabe sind verboten.",
    "Toute utilisation commerciale ou non autorisée est interdite.",
    "Queda prohibido el uso comercial o no autorizado.",
    "Independientemente de su uso, el uso comercial está prohibido.",
    "É proibido o uso comercial ou não autorizado.",
    "L'uso commerciale o non autorizzato è vietato.",
    "Коммерческое использование запрещено.",
]


@pytest.mark.parametrize("sentence", EITHER_KIND)
def test_whether_commercial_or_not_grants_commercial_use(sentence: str) -> None:
    assert _commercial_use(sentence) == "allowed"


@pytest.mark.parametrize("sentence", STILL_BANS)
def test_a_confinement_or_ban_sharing_the_words_still_bans(sentence: str) -> None:
    assert _commercial_use(sentence) == "prohibited"


def test_commercial_use_that_needs_permission_whatever_the_kind_still_needs_it() -> None:
    sentence = "不论是否商用，均须事先获得书面授权。"
    assert _commercial_use(sentence) == "restricted"


def test_a_declaration_of_commercial_use_is_no_grant() -> None:
    # "state whether you use it commercially": the either-kind words without "regardless"
    reading = read_foreign("Terms\n\n商用利用の有無を申告してください。\n")
    assert reading.values.get("commercial_use") is None
