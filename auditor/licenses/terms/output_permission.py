"""A licence text that lets the model's outputs train other models in so many words, for the
comparison of a licence with its translation (`translations`): "Outputs ... may be used for any
purpose, including as training data for other models", "you may even train other models on
it", "รวมถึงใช้เป็นข้อมูลฝึก...โมเดลปัญญาประดิษฐ์อื่น", "可用于训练其他模型".

`output_use_restriction` is a yes/no term: False is both "the text is silent" and "the text
allows it", so a lenient translation of an original that bans training on outputs could never
be said to differ from it. A sentence naming the outputs and training, with no negation, is
the text allowing it. Word tables per script, no sentence of any one licence: an output noun,
a training word and a negation word in each language the translations are written in.
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.language import passages

__all__ = ["allows_training_on_outputs"]

_OUTPUTS = lazy_pattern(
    r"\boutputs?\b|\b(?:what|anything|everything)\s+(?:the\s+)?[\w.-]+\s+(?:generates|produces"
    r"|writes|returns|creates)\b|\bcompletions?\b|\bgenerations\b|\bgenerated\s+(?:content|text"
    r"|results?)\b|\bresults?\s+(?:of|from)\s+the\s+model\b|\buitvoer\b|\bausgaben?\b"
    r"|\bsa[ií]das?\b|\bsorties?\b|\brésultats?\b|\brisultati\b|\bhasil\s+keluaran\b"
    r"|输出|產出|产出|生成的内容|生成內容|生成内容|出力|출력|산출물|ผลลัพธ์|เอาต์พุต|đầu\s+ra",
    0,
)
_TRAINING = lazy_pattern(
    r"\btrain(?:s|ed|ing)?\b|\bfine-?tun\w*|\bdistill?\w*|\btrainen\b|\btraining\b"
    r"|\btrainier\w*|\bentren\w*|\btrein\w*|\bentraîn\w*|\baddestr\w*|\bmelatih\b"
    r"|训练|訓練|微调|微調|蒸馏|蒸餾|学習|학습|ฝึก|huấn\s+luyện",
    0,
)
_NEGATION = lazy_pattern(
    r"\bnot\b|\bnever\b|n't\b|\bno\b|\bnor\b|\bprohibit\w*|\bforbid\w*|\bniet\b|\bgeen\b"
    r"|\bnicht\b|\bkein\w*|\bnão\b|\bno\b|\bne\b|\bnon\b|\btidak\b|\bdilarang\b|\bkhông\b"
    r"|不得|不可|不能|禁止|严禁|嚴禁|不允许|不允許|ない|禁じ|않|금지|ไม่|ห้าม|มิใช่|มิได้",
    0,
)


def allows_training_on_outputs(text: str) -> bool:
    """Whether a sentence of `text` names the model's outputs and training with no negation."""
    for passage in passages(text):
        # a paragraph with no sentence marks (Thai) is cut at its clause numbers
        for sentence in _CLAUSE_NUMBER.split(passage.text.lower()):
            named = _OUTPUTS.search(sentence) and _TRAINING.search(sentence)
            if named and _NEGATION.search(sentence) is None:
                return True
    return False


_CLAUSE_NUMBER = lazy_pattern(r"(?:ข้อ|ข้อที่|điều|pasal|madde)\s*\d+|(?:^|\s)\d{1,2}[.)]\s")
