"""Which language version prevails, said in Hindi, Thai, Vietnamese, Indonesian or Malay, or in
English of a version in one of them, for `foreign_precedence.prevailing_language`: "बाध्यकारी
पाठ अंग्रेज़ी वाला है", "ฉบับภาษาไทยเป็นฉบับที่มีผลบังคับ", "ให้ถือตามฉบับภาษาไทย", "Bản tiếng Việt là
bản gốc có giá trị pháp lý", "nếu có khác biệt thì áp dụng bản tiếng Việt", "versi bahasa
Indonesia yang berlaku", "The Thai version is the one in force", "The Vietnamese original ...
prevails over this translation".
"""

from __future__ import annotations

from auditor.licenses.terms.foreign_precedence_tables import versions_named

__all__ = ["named_prevailing"]


# a version's language, by the words of these languages and of English -> its code
_NAMES: dict[str, str] = {
    r"अंग्रेज़?ी|bahasa\s+Inggeris|bahasa\s+Inggris|tiếng\s+Anh|ภาษาอังกฤษ|อังกฤษ": "en",
    r"हिंदी|हिन्दी|Hindi": "hi",
    r"ภาษาไทย|ไทย|Thai": "th",
    r"tiếng\s+Việt|Vietnamese": "vi",
    r"bahasa\s+Indonesia|Indonesian": "id",
    r"bahasa\s+Melayu|bahasa\s+Malaysia|Malay": "ms",
}
_LANGUAGE = "(?P<language>" + "|".join(_NAMES) + ")"
_CLAUSES = (
    # hi: the binding text is the English one; the Hindi version is binding
    r"(?:बाध्यकारी|मान्य|प्रामाणिक)\s+(?:पाठ|संस्करण)\s+" + _LANGUAGE
    + r"|" + _LANGUAGE.replace("language", "hi2")
    + r"\s*(?:वाला\s+)?(?:पाठ|संस्करण)?[^.;।]{0,20}?(?:ही\s+)?(?:बाध्यकारी|मान्य|प्रभावी|प्रामाणिक)",
    # th: the Thai version is the one in force; follow the Thai version
    r"ฉบับ" + _LANGUAGE + r"(?:เป็นฉบับที่|เป็น)?(?:มีผลบังคับ|ใช้บังคับ|เป็นหลัก|มีผลทางกฎหมาย)"
    + r"|(?:ให้)?(?:ถือตาม|ยึดตาม|ยึดถือ|ใช้)ฉบับ" + _LANGUAGE.replace("language", "th2"),
    # vi: the Vietnamese version is the original, legally effective; apply the Vietnamese one
    r"\bbản\s+" + _LANGUAGE + r"\s+(?:là\s+bản\s+(?:gốc|chính\s+thức)|có\s+giá\s+trị\s+pháp\s+lý"
    r"|được\s+ưu\s+tiên|ưu\s+tiên\s+áp\s+dụng|có\s+hiệu\s+lực)"
    + r"|\báp\s+dụng\s+bản\s+" + _LANGUAGE.replace("language", "vi2"),
    # id, ms: the Indonesian (Malay) version prevails, binds
    r"\b(?:versi|teks|naskah)\s+" + _LANGUAGE
    + r"\s+(?:yang\s+)?(?:berlaku|mengikat|diutamakan|sah|terpakai|mengatasi)"
    + r"|\b(?:berlaku|diutamakan|mengikat)\s+(?:versi|teks|naskah)\s+"
    + _LANGUAGE.replace("language", "id2"),
    # en, of a version in these languages: "The Thai version is the one in force"
    r"\b(?:the|this)\s+" + _LANGUAGE + r"\s+(?:version|text|original)\b[^.;]{0,40}?"
    r"\b(?:prevails?|governs?|(?:is|shall\s+be)\s+(?:the\s+one\s+)?in\s+force|is\s+followed"
    r"|(?:is\s+)?(?:the\s+)?(?:only\s+)?(?:legally\s+)?(?:effective|binding|authoritative))",
)  # fmt: skip


def named_prevailing(text: str) -> set[str]:
    """The codes of the versions `text` says prevail, in the clauses above."""
    return versions_named(text, _CLAUSES, _NAMES)
