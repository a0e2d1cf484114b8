"""More harm words in Greek, Hebrew, Hindi and Thai for `foreign_six`: the items most use
policies list beside the graver harms `foreign_six` names (medical advice or diagnosis,
discrimination, hate speech, sexual content, harm to minors, fraud, malware, impersonation,
infringing intellectual property, spam). Each sets the tag the English rule of that harm sets
(license_db/clause_rules/use_restrictions.yaml), read, as there, in one clause with a ban word or
as an item of a list a ban introduces (`foreign_lists`): "אין להשתמש במודל לצורך ייעוץ רפואי",
"Απαγορεύεται η χρήση για απάτη", "ห้ามใช้เพื่อสร้างมัลแวร์". A harm named with no ban (a model
that detects hate speech) sets nothing.

Hebrew glues its prepositions and articles to the word and Thai writes no space between words:
their words match within words. The words are NFKC, as the passages are.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from auditor.licenses.terms.foreign_harms_west import with_harms_west

_WORDS: dict[str, dict[str, str]] = {
    "medical-advice": {
        "el": r"\bιατρικ\w*\s+(?:συμβουλ\w*|διάγνωσ\w*|γνωμάτευσ\w*|γνώμ\w*)|\bδιάγνωσ\w*\s+"
        r"(?:ασθεν|νόσ|παθήσε)\w*|\bδιαγιγνώσκ\w*",
        "he": r"י?יעוץ\s+רפואי|אבחון\s+(?:רפואי|מחלות|מחלה)|אבחנה\s+רפואית"
        r"|המלצ\w*\s+(?:על\s+)?טיפול\s+רפואי",
        "hi": r"चिकित्सा\s+(?:सलाह|परामर्श|निदान)|चिकित्सीय\s+(?:सलाह|निदान)"
        r"|(?:रोग|रोगों|बीमारी|बीमारियों)\s+(?:का\s+|के\s+)?निदान",
        "th": r"คำแนะนำทางการแพทย์|คำปรึกษาทางการแพทย์|วินิจฉัยโรค|การวินิจฉัยทางการแพทย์",
    },
    "discrimination": {
        "el": r"\bδιακρίσε\w*|\bδιακριτική\s+μεταχείριση",
        "he": r"אפלי|הפלי",
        "hi": r"भेदभाव",
        "th": r"เลือกปฏิบัติ",
    },
    "hate-speech": {
        "el": r"\bρητορικ\w*\s+μίσους|\bυποκίνησ\w*\s+(?:σε\s+)?μίσο\w*|\bμισαλλοδοξ\w*",
        "he": r"הסתה|דברי\s+שטנה|דברי\s+שנאה|שיח\s+שנאה",
        "hi": r"नफरत\s+(?:भरे|फैलाने)|घृणा\s+(?:फैलाने|भाषण)|द्वेषपूर्ण\s+भाषण",
        "th": r"ประทุษวาจา|ความเกลียดชัง|ยุยงให้เกลียดชัง",
    },
    "sexual-content": {
        "el": r"\bπορνογραφ\w*|\bσεξουαλικ\w*\s+(?:περιεχ|υλικ)\w*",
        "he": r"פורנוגרפ|תוכן\s+מיני|תכנים\s+מיניים",
        "hi": r"अश्लील|पोर्नोग्राफ|यौन\s+सामग्री",
        "th": r"ลามก|อนาจาร|เนื้อหาทางเพศ",
    },
    "minors": {
        "el": r"\bανήλικ\w*|\bπαιδική\s+κακοποίησ\w*|\bκακοποίησ\w*\s+παιδι\w*",
        "he": r"קטינ|פגיעה\s+בילדים|ניצול\s+ילדים",
        "hi": r"नाबालिग|बच्चों\s+(?:का|के)\s+(?:यौन\s+)?शोषण|बाल\s+(?:यौन\s+)?शोषण",
        "th": r"ผู้เยาว์|แสวงประโยชน์จากเด็ก|ล่วงละเมิดเด็ก",
    },
    "fraud": {
        "el": r"\bαπάτ\w*|\bεξαπάτησ\w*",
        "he": r"הונא|מרמה",
        "hi": r"धोखाधड़ी|धोखाधडी|जालसाजी",
        "th": r"ฉ้อโกง|หลอกลวง",
    },
    "generate-malware": {
        "el": r"\bκακόβουλ\w*\s+(?:λογισμικ|κώδικ)\w*|\bmalware\b|\bransomware\b",
        "he": r"נוזק|תוכנה\s+זדונית|תוכנות\s+זדוניות|קוד\s+זדוני",
        "hi": r"मैलवेयर|दुर्भावनापूर्ण\s+(?:सॉफ़्टवेयर|सॉफ्टवेयर|कोड)",
        "th": r"มัลแวร์|ซอฟต์แวร์ที่เป็นอันตราย|โค้ดที่เป็นอันตราย|แรนซัมแวร์",
    },
    "impersonation": {
        "el": r"\bπλαστοπροσωπ\w*|\bυποδύ\w*\s+(?:άλλ|τρίτ)\w*\s+πρόσωπ\w*|\bdeepfake\w*",
        "he": r"התחזות|להתחזות|deepfake",
        "hi": r"प्रतिरूपण|डीपफेक|deepfake",
        "th": r"แอบอ้าง|ปลอมตัวเป็น|deepfake|ดีปเฟก",
    },
    "ip-infringement": {
        "el": r"\bπαραβίασ\w*\s+(?:\w+\s+){0,2}?(?:πνευματικ\w*\s+(?:ιδιοκτησ|δικαι)\w*"
        r"|διπλωμ\w*\s+ευρεσιτεχν\w*)",
        "he": r"הפר\w*\s+(?:של\s+)?(?:זכויות\s+יוצרים|קניין\s+רוחני|פטנט)",
        "hi": r"(?:कॉपीराइट|बौद्धिक\s+संपदा)\s+(?:का\s+|के\s+)?(?:उल्लंघन|अतिक्रमण)",
        "th": r"ละเมิดลิขสิทธิ์|ละเมิดทรัพย์สินทางปัญญา",
    },
    "spam": {
        "el": r"\bspam\b|\bανεπιθύμητ\w*\s+(?:μηνύμ|διαφημ|ηλεκτρονικ|επικοινων)\w*",
        "he": r"ספאם|דואר\s+זבל|הודעות\s+(?:פרסומת\s+)?(?:לא|בלתי)\s+רצויות",
        "hi": r"स्पैम|अवांछित\s+(?:संदेश|विज्ञापन|ईमेल)",
        "th": r"สแปม|ข้อความขยะ|ข้อความที่ไม่พึงประสงค์",
    },
}


def with_harms_el_he_hi_th(harms: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, str]]:
    """`harms` (tag -> language -> words) with the words above: a language's words for a tag
    it already has are joined to them; new tags come last, in the order above."""
    merged = {tag: dict(words) for tag, words in harms.items()}
    for tag, words in _WORDS.items():
        known = merged.setdefault(tag, {})
        for language, pattern in words.items():
            pattern = unicodedata.normalize("NFKC", pattern)
            known[language] = f"{known[language]}|{pattern}" if language in known else pattern
    return with_harms_west(merged, ("he", "hi"))  # infrastructure, fraud: `foreign_harms_west`
