"""Passages of other languages no cue read, for `terms.foreign`: a *mention* (a passage naming
a license or pointing to its file, adding no condition: the license named binds), or one long
enough to state a term (reported unread). An e-mail address is no file name ("申请请发送至
license@example.com" points to no license file).
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cap_refs import counts_group
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.text.language import Passage
from auditor.model.license_words import FOREIGN_LICENSE_WORDS

__all__ = ["is_mention", "may_state_term"]

_FILE_OR_LINK = lazy_pattern(
    r"\b(?:LICEN[CS]E|COPYING|NOTICE)\b(?!@)|\.(?:md|txt)\b|https?://|www\.", re.I
)
_ZH_TITLE = lazy_pattern(r"《[^》]{1,60}》|【[^】]{1,60}】")
# A license's name among words of another script: any Latin word ("本模型采用 Qingniao 许可证");
# among Latin words: capitals, a version or a known family ("MIT-Lizenz", "Apache 2.0").
_LATIN_WORD = lazy_pattern(r"[A-Za-z][\w.+-]*")
_NAME_TOKEN = lazy_pattern(
    r"\b(?:[A-Z]{2,}[\w.+-]*|[A-Z][a-z]*[- ]?v?\d[\w.]*|Apache|Creative\s+Commons|OpenRAIL\w*"
    r"|Unlicense|Llama\w*|Gemma\w*"
    # a model's name in any script, by its size ("שקד-7B", "ЯВІР-7B", "अमलतास-7B")
    r"|[^\W\d_][\w.]*-\d+(?:\.\d+)?[BbMmKk]\b)"
)
# a company's legal form, whose words are no condition ("有限公司": limited company)
_COMPANY_FORM = lazy_pattern(r"(?:股份)?有限(?:责任|責任)?公司|有限会社")
# the title of a document: its first lines, naming a licence in any language, no sentence
# ending inside ("ARDIÇ-7B MODEL LİSANSI Ardıç Yapay Zekâ A.Ş., İstanbul")
_TITLE_LINES, _TITLE_CHARS = 2, 160
_LICENSE_WORD = lazy_pattern(
    FOREIGN_LICENSE_WORDS + r"|\blicen[cs]e\b|רישיון|רשיון|άδεια\w*|αδεια\w*|สัญญาอนุญาต"
    r"|\blisenssi\w*|\blicen[țţ][ăae]\w*|\blicenc\w*|\blesen\b|\bleseni\b",
    re.IGNORECASE,
)
_SENTENCE_END = lazy_pattern(r"[.!?;](?=\s+\S|$)(?<!\b[A-ZÀ-Ž]\.)|[。！？；।॥؟۔]")
# a title saying what use the licence allows is a term in short ("Uso comercial sin licencia")
_USE_WORD = lazy_pattern(
    r"comerc|commerc|kommer|komer|kaupall|ticari|thương\s*mại|商用|商业|商業|営利|상업|영리"
    r"|تجار|מסחר|वाणिज्य|व्यावसायिक|বাণিজ্য|εμπορ",
    re.IGNORECASE,
)


def _is_title(passage: Passage, cues: Cues | None) -> bool:
    text = passage.text.strip()
    plain = _COMPANY_FORM.sub(" ", text)
    return (
        passage.line <= _TITLE_LINES
        and len(text) <= _TITLE_CHARS
        and _LICENSE_WORD.search(text) is not None
        and _SENTENCE_END.search(text) is None
        and _USE_WORD.search(plain) is None
        and (cues is None or cues.restrictive.search(plain) is None)
    )


_MIN_LETTERS, _MIN_WORDS = 5, 4
_UNSPACED = frozenset({"zh", "ja", "ko", "th", "lo", "km", "my"})  # words are not spaced apart


def is_mention(passage: Passage, cues: Cues | None) -> bool:
    """A passage that names a license (or points to its file) and adds no condition; the
    document's title (its first lines: the licence's name, the model's, the licensor's) too."""
    if _is_title(passage, cues):
        return True
    if cues is None or cues.restrictive.search(_COMPANY_FORM.sub(" ", passage.text)):
        return False
    text = passage.text
    if counts_group(text, cues):
        return False  # a cap's measure adds up the affiliates: a term, not a name

    if _FILE_OR_LINK.search(text) or _ZH_TITLE.search(text):
        return True
    names = _LATIN_WORD if passage.language in _UNSPACED else _NAME_TOKEN
    return cues.license_noun.search(text) is not None and names.search(text) is not None


def may_state_term(passage: Passage, cues: Cues | None, prose: bool) -> bool:
    """Whether an unread passage may state a term: long enough to, and (in card prose, in a
    language whose term words are known) speaking of one."""
    text = passage.text
    unspaced = passage.language in _UNSPACED
    letters = sum(char.isalpha() for char in text) if unspaced else 0
    if letters < _MIN_LETTERS and len(text.split()) < _MIN_WORDS:
        return False
    return not prose or cues is None or cues.vocabulary.search(text) is not None
