"""Bans on training other models with the outputs in Turkish, Polish, Dutch, Russian and
Vietnamese, for `foreign_weights.read_weights` (the English clause rule: output_use_restriction).

As in the other languages read there, one clause (cut at a full stop, a semicolon or a
contrastive "but") holds a ban word, the model's outputs and distilling, or training or
improving *another* model ("Modelin ürettiği çıktılar, ... herhangi bir yapay zekâ modelini
eğitmek, damıtmak veya iyileştirmek için kullanılamaz", "Nie wolno wykorzystywać wyników Modelu
do trenowania innych modeli", "De uitvoer van het model mag niet worden gebruikt om andere
modellen te trainen", "Результаты, полученные с помощью модели, нельзя использовать для обучения
других моделей", "không được dùng kết quả để huấn luyện mô hình khác"). Outputs used freely, or
used to improve the licensee's own use of this model, ban nothing; a ban on training with the
model itself (not its outputs) is not this ban.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_outputs_west import OUTPUT_WORDS_WEST

_FLAGS = re.IGNORECASE


class _Words(NamedTuple):
    ban: re.Pattern[str]
    outputs: re.Pattern[str]
    distil: re.Pattern[str]
    train: re.Pattern[str]
    other: re.Pattern[str]


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, _FLAGS)


_WORDS: dict[str, _Words] = {
    "tr": _Words(
        _re(
            r"\b\w*(?:kullanılamaz|kullanamaz\w*|kullanmayacak\w*|kullanılmamalı\w*)|\byasak\w*"
            r"|\bizin\s+verilmez"
        ),
        _re(
            r"\bçıktı\w*|\b(?:ürettiği|üretilen|oluşturulan|oluşturduğu)\s+(?:içerik|metin|veri"
            r"|yanıt|cevap)\w*"
        ),
        _re(r"\bdamıt\w*|\bdistil\w*"),
        _re(r"\beğit\w*|\biyileştir\w*|\bgeliştir\w*|\bince\s+ayar\w*"),
        # another model: "başka/diğer/rakip bir model", "X modelleri dışında herhangi bir model"
        _re(
            r"\b(?:başka|diğer|rakip|üçüncü\s+\w+|herhangi)\s+(?:[\w-]+\s+){0,3}?model\w*"
            r"|\bmodel\w*\s+dışında"
        ),
    ),
    "pl": _Words(
        _re(
            r"(?<!nie\s)\b(?:zabroni\w*|zabrania\w*|zakaz\w*|niedozwolon\w*)"
            r"|\bnie\s+(?:wolno|można|może|mogą|należy|wykorzyst\w*|używa\w*|stosow\w*)\b"
        ),
        _re(
            r"\bwynik\w*|\bodpowiedzi\b|\bdan\w*\s+wyjściow\w*|\b(?:wygenerowan|generowan)\w*\s+"
            r"(?:przez\s+\w+\s+)?(?:treś|tekst|dan)\w*|\b(?:treś|tekst)\w*\s+(?:wygenerowan|generowan)\w*"
        ),
        _re(r"\bdestyl\w*|\bdistil\w*"),
        _re(r"\btrenow\w*|\bwytrenow\w*|\bszkoleni\w*|\buczeni\w*|\bulepsz\w*|\bdoskonal\w*"),
        _re(
            r"\b(?:inn\w*|jakichkolwiek|jakiegokolwiek|dowoln\w*|konkurencyjn\w*)\s+(?:\w+\s+){0,2}?"
            r"model\w*|\bmodel\w*\s+(?:\w+\s+){0,2}?(?:konkurencyjn\w*|osób\s+trzecich)"
        ),
    ),
    "nl": _Words(
        _re(
            r"(?<!niet\s)\bverboden\b|\bniet\s+(?:toegestaan|gebruiken|worden\s+(?:gebruikt|ingezet))"
            r"|\b(?:mag|mogen)\s+(?:[\w-]+\s+){0,8}?(?:niet|nooit)\b"
        ),
        _re(r"\b(?:uitvoer|output\w*|resultaten|antwoorden)\b|\bgegenereerde\s+\w+"),
        _re(r"\bdistill\w*|\bdestill\w*"),
        _re(r"\btrain\w*|\bverbeter\w*|\bontwikkel\w*"),
        _re(r"\b(?:ander\w*|concurrerend\w*|enig\w*|elk\w*)\s+(?:[\w-]+\s+){0,2}?(?:AI-)?model\w*"),
    ),
    "ru": _Words(
        _re(
            r"\bнельзя\b|(?<!не\s)\bзапрещ\w*|\bне\s+(?:допуска\w*|разреша\w*|вправе|мож\w*|мог\w*"
            r"|долж\w*|следует|использу\w*|применя\w*)"
        ),
        _re(
            r"\bрезультат\w*|\bвыходн\w*\s+дан\w*|\bответ\w*\s+модел\w*|\b(?:сгенерированн|созданн"
            r"|порожд[её]нн)\w*\s+(?:\w+\s+){0,2}?(?:текст|контент|дан|материал|ответ)\w*"
        ),
        _re(r"\bдистил\w*|\bдистилляц\w*|\bdistil\w*"),
        _re(r"\b(?:до)?обуч\w*|\bтренир\w*|\bулучш\w*|\bсовершенств\w*|\bразработ\w*"),
        _re(
            r"\b(?:друг\w*|ин(?:ых|ой|ые|ого|ую)|сторонн\w*|конкурирующ\w*|любых|любой|чужих)\s+"
            r"(?:[\w-]+\s+){0,2}?модел\w*"
        ),
    ),
    # vi: "không được dùng Kết quả để huấn luyện ... bất kỳ mô hình khác nào"
    "vi": _Words(
        _re(r"\b(?:không\s+được|nghiêm\s+cấm|cấm|không\s+cho\s+phép|không\s+thể)\b"),
        _re(
            r"\b(?:kết\s+quả|đầu\s+ra|đầu\s+ra|câu\s+trả\s+lời)\b"
            # what the model writes or makes: "nội dung/văn bản/hình ảnh do X sinh ra", "được
            # tạo ra bởi mô hình"
            r"|\b(?:nội\s+dung|văn\s+bản|hình\s+ảnh|dữ\s+liệu|âm\s+thanh|mã)\s+(?:(?:do|mà)\s+"
            r"\S+(?:\s+\S+){0,2}?\s+)?(?:tạo|sinh)\s+ra|\b(?:được\s+)?(?:tạo|sinh)\s+ra\s+(?:bởi|từ)\s+"
            r"(?:mô\s+hình|\S+-\d)"
        ),
        _re(r"\bchưng\s+cất\b|\bdistil\w*"),
        _re(r"\bhuấn\s+luyện\b|\bđào\s+tạo\b|\btinh\s+chỉnh\b|\bcải\s+thiện\b|\bphát\s+triển\b"),
        _re(
            r"\bmô\s+hình\s+(?:[\w-]+\s+){0,4}?(?:khác|cạnh\s+tranh|của\s+bên\s+thứ\s+ba)\b"
            r"|\b(?:bất\s+kỳ|bất\s+cứ)\s+mô\s+hình\b"
        ),
    ),
}
# ar, he, fa, bn, sw: their words in `foreign_outputs_west`
_WORDS.update({code: _Words(*map(_re, words)) for code, words in OUTPUT_WORDS_WEST.items()})
LANGUAGES_OUTPUTS = frozenset(_WORDS)

_CLAUSE_END = lazy_pattern(
    r"[.;!?]|\b(?:ancak|fakat|ale|jednak|maar|echter|однако|но|nhưng|tuy\s+nhiên)\b", _FLAGS
)


def bans_output_training(language: str | None, text: str) -> bool:
    """Whether a passage in Turkish, Polish, Dutch, Russian or Vietnamese bans training other
    models with the model's outputs (module docstring)."""
    words = _WORDS.get(language or "")
    if words is None:
        return False
    for clause in _CLAUSE_END.split(text):
        if words.ban.search(clause) is None or words.outputs.search(clause) is None:
            continue
        if words.distil.search(clause) or (
            words.train.search(clause) and words.other.search(clause)
        ):
            return True
    return False
