"""Short lines in other languages that are sentences, not titles (session 37), for
`terms.foreign`: a line the layout took for a heading, or too short to be weighed, which may
still state a term, is said unread when no reader reads it.

- A one-line paragraph ending with the full stop of a script the layout does not know as one
  (Armenian "։", Ethiopic "።", Burmese "။", Khmer "។", Tibetan "།", Mongolian "᠃") is a
  sentence: "Մոդելը արգելված է բիզնեսում։" (the model is banned in business) is a term, and a
  title never ends so.
- A sentence of two or three words, ended by a full stop, naming a ban or "only" in any of the
  languages the readers meet ("მოდელი აკრძალულია ბიზნესში.", "Solo investigación.") may
  confine use however short it is. A short line naming neither ("Ja.", "Lizenz: MIT.") states
  no term.

Pure.
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.language import ENGLISH, Passage

__all__ = ["is_unread_sentence", "names_ban_or_only"]

_OTHER_FULL_STOP = "։።။។།᠃"
_FULL_STOP = "。.!?！？;；।॥۔" + _OTHER_FULL_STOP
_BAN_OR_ONLY = lazy_pattern(
    r"արգել|միայն|აკრძალ|მხოლოდ|დაუშვებელ|qada[ğg]an|yaln[ıi]z|тыйым|тек\s|запрещ|заборон"
    r"|только|лише|tylko|zabronion|zakazan|prohibid|proibid|interdit|vietat|verboten|untersagt"
    r"|verboden|yasak|sadece|محظور|يحظر|ممنوع|فقط|אסור|בלבד|निषिद्ध|वर्जित|केवल|নিষিদ্ধ|শুধু"
    r"|தடை|மட்டும்|ห้าม|เท่านั้น|cấm|\bchỉ\b|dilarang|\bhanya\b|marufuku|የተከለከለ|ብቻ"
    r"|禁止|不得|仅|僅|のみ|금지|만\s|mamnuuc|\bkaliya\b|\bsolo\b|\bsólo\b|\bsomente\b|\bapenas\b"
    r"|\bseulement\b|\buniquement\b|\bnur\b|\balleen\b|\bsolamente\b|\bsoltanto\b",
)
_MIN_WORDS = 2


def is_unread_sentence(passage: Passage) -> bool:
    """Whether a passage the layout took for a heading, or too short to weigh, is a sentence
    that may state a term (module docstring)."""
    text = passage.text.strip().rstrip("*_ ")
    if passage.language in (None, ENGLISH) or len(text.split()) < _MIN_WORDS:
        return False
    if passage.heading:
        return text[-1:] in _OTHER_FULL_STOP
    return text[-1:] in _FULL_STOP and names_ban_or_only(text)


def names_ban_or_only(text: str) -> bool:
    """Whether a passage names a ban or "only" in one of the languages above: a short one is
    then no caption (`foreign_no_term_common`)."""
    return _BAN_OR_ONLY.search(text) is not None
