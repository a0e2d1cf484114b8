"""The cues of `terms.foreign` in Gujarati and Kannada (words composed by
`foreign_cue_shapes.shaped`). See `foreign_cues` for what each pattern is.

Written from the general shapes of such clauses: a grant "for any purpose, commercial included"
(વ્યાપારી હેતુ સહિત કોઈપણ હેતુ માટે), a grant confined to non-commercial (બિન-વ્યાપારી), research or
personal ends, a ban on commercial use, commercial use needing the licensor's consent or a
separate licence (અલગ વ્યાપારી પરવાનો લેવો ફરજિયાત છે), a cap on monthly active users or on
revenue, and the law that governs (ભારતના કાયદા હેઠળ). Gujarati writes "without" after its noun
(પરવાનગી વિના) and "except" there too (વ્યાપારી હેતુ સિવાય): a grant for any purpose reads only
with no such word, negation, "only" or condition in its clause. Its vowel signs are no word
characters, so no pattern rests on a word's edge.
"""

from __future__ import annotations

from auditor.licenses.terms.foreign_cue_shapes import GAP, Words, shaped

_NEVER = r"(?!)"
_COM = r"(?<!બિન-)(?<!બિન\s)(?<!અ)(?:વ્યાપારી|વ્યાવસાયિક|વાણિજ્યિક|વેપારી)"
_CONSENT = r"(?:પરવાનગી|સંમતિ|મંજૂરી|પરવાન[ોા](?!ેદાર|દાર)|લાઇસન્સ|કરાર)"
# what narrows a grant: except, not, must not, only, a condition, if
_NARROW = r"સિવાય|વગર|વિના|નહીં|નથી|ન\s+કર|માત્ર|ફક્ત|કેવળ|શરત|જો\s"
_CLAUSE_START = r"(?:^|(?<=[.;।\n]))(?:(?!" + _NARROW + r")[^.;।]){0,200}?"

GU = shaped(
    Words(
        com=_COM,
        non=r"બિન[-\s]?(?:વ્યાપારી|વ્યાવસાયિક|વાણિજ્યિક)|અવ્યાવસાયિક",
        ban=r"પ્રતિબંધિત|પ્રતિબંધ\s+છે|મનાઈ|ન\s+કરી\s+શકાય|શકશે\s+નહીં|શકાશે\s+નહીં|પરવાનગી\s+નથી"
        r"|કરવો\s+નહીં|કરવી\s+નહીં",
        consent=_CONSENT,
        without=_NEVER,
        need=r"(?:ફરજિયાત|જરૂરી|આવશ્યક|લેવો\s+પડશે|લેવી\s+પડશે|મેળવવ\S*\s+(?:પડશે|રહેશે))",
        # commercial ends included ("વ્યાપારી હેતુ સહિત", "વ્યાપારી ઉપયોગ સહિત"), or any purpose
        # ("કોઈપણ હેતુ માટે"), nothing narrowing in the clause before or after it
        allowed=_CLAUSE_START
        + r"(?:"
        + _COM
        + r"\s*(?:હેતુ|ઉપયોગ|ઉદ્દેશ|કાર્ય)?\S*\s*સહિત|કોઈ\s*પણ\s+(?:હેતુ|ઉદ્દેશ|કારણ)\S*\s+(?:માટે|સારુ))"
        r"(?![^.;।]{0,120}?(?:" + _NARROW + r"))",
        both=_COM + r"\s+(?:કે|અથવા|અને)\s+બિન[-\s]?(?:વ્યાપારી|વ્યાવસાયિક|વાણિજ્યિક)",
        only=r"(?:માત્ર|ફક્ત|કેવળ)",
        research=r"(?:સંશોધન|શૈક્ષણિક|શિક્ષણ)",
        personal=r"(?:વ્યક્તિગત|અંગત)",
        mau=r"માસિક\s+સક્રિય\s+(?:વપરાશકર્તા|ઉપયોગકર્તા)|\bMAU\b",
        revenue=r"આવક|ટર્નઓવર|મહેસૂલ",
        annual=r"વાર્ષિક|દર\s+વર્ષે|પ્રતિ\s+વર્ષ",
        affiliates=r"સહયોગી\s+કંપની|સંલગ્ન\s+કંપની|પેટાકંપની|જૂથ(?:ની)?\s+કંપની",
        laws=((r"ભારત(?:ના|ની)\s+કાયદા", "IN"),),
        vocabulary=r"પરવાન|શરત|પરવાનગી|પ્રતિબંધ|વ્યાપારી|વાણિજ્યિક|જવાબદારી|વોરંટી|અધિકાર",
        restrictive=r"નહીં|નથી|માત્ર|ફક્ત|પ્રતિબંધ|વ્યાપારી|વાણિજ્યિક|પરવાનગી|સિવાય|ફરજિયાત",
        license_noun=r"પરવાન|લાઇસન્સ|license",
        other_work=r"ડેટાસેટ|ડેટા|કોડ",
        this_model=r"મોડેલ",
        # without consent ("પરવાનગી વિના"), or a commercial licence named ("વ્યાપારી પરવાનો")
        extra_restricted=_CONSENT
        + r"\S*\s*(?:વિના|વગર)"
        + GAP
        + _COM
        + "|"
        + _COM
        + GAP
        + _CONSENT
        + r"\S*\s*(?:વિના|વગર)|"
        + _COM
        + r"\s+(?:પરવાનો|પરવાના|લાઇસન્સ)",
    )
)

# --- Kannada -----------------------------------------------------------------------------------
# "only" is written after its purpose ("ಸಂಶೋಧನೆಗೆ ಮಾತ್ರ"), "without" after its noun ("ಅನುಮತಿ
# ಇಲ್ಲದೆ"), "except" too ("ವಾಣಿಜ್ಯ ಉದ್ದೇಶಗಳನ್ನು ಹೊರತುಪಡಿಸಿ"); non-commercial is "ವಾಣಿಜ್ಯೇತರ"

_KN_COM = r"(?<!ಅ)(?:ವಾಣಿಜ್ಯ|ವ್ಯಾಪಾರ|ವ್ಯಾವಹಾರಿಕ)(?!ೇತರ|ವಲ್ಲದ|\s+ಅಲ್ಲದ)"
_KN_CONSENT = r"(?:ಅನುಮತಿ|ಸಮ್ಮತಿ|ಒಪ್ಪಿಗೆ|ಪರವಾನಗಿ(?!ದಾರ)|ಒಪ್ಪಂದ)"
_KN_NARROW = r"ಹೊರತು|ಇಲ್ಲ|ಬಾರದು|ಮಾತ್ರ|ಕೇವಲ|ಷರತ್ತು|ಅಲ್ಲದ|ವಿನಾ|ೇತರ|ಆದರೆ|ರೆ\s"
_KN_CLAUSE_START = r"(?:^|(?<=[.;।\n]))(?:(?!" + _KN_NARROW + r")[^.;।]){0,200}?"

KN = shaped(
    Words(
        com=_KN_COM,
        non=r"(?:ವಾಣಿಜ್ಯ|ವ್ಯಾಪಾರ)(?:ೇತರ|ವಲ್ಲದ|\s+ಅಲ್ಲದ)|ಲಾಭರಹಿತ",
        ban=r"ನಿಷೇಧ|ಬಾರದು|ಅನುಮತಿ\s+ಇಲ್ಲ|ಸಾಧ್ಯವಿಲ್ಲ|ಮಾಡುವಂತಿಲ್ಲ|ಬಳಸುವಂತಿಲ್ಲ",
        consent=_KN_CONSENT,
        without=_NEVER,
        need=r"(?:ಪಡೆಯಬೇಕು|ಅಗತ್ಯ(?!ವಿಲ್ಲ)|ಕಡ್ಡಾಯ|ಬೇಕಾಗುತ್ತದೆ|ಪಡೆಯತಕ್ಕದ್ದು)",
        # commercial ends included ("ವಾಣಿಜ್ಯ ಉದ್ದೇಶಗಳೂ ಸೇರಿದಂತೆ"), or any purpose ("ಯಾವುದೇ
        # ಉದ್ದೇಶಕ್ಕಾಗಿ"), nothing narrowing in the clause before or after it
        allowed=_KN_CLAUSE_START
        + r"(?:"
        + _KN_COM
        + r"\s*(?:ಉದ್ದೇಶ|ಬಳಕೆ|ಕಾರ್ಯ)?\S*\s*ಸೇರಿದಂತೆ|ಯಾವುದೇ\s+(?:ಉದ್ದೇಶ|ಕಾರಣ)\S*)"
        r"(?![^.;।]{0,120}?(?:" + _KN_NARROW + r"))",
        only=r"(?:ಕೇವಲ)",
        only_after=r"ಮಾತ್ರ",
        research=r"(?:ಸಂಶೋಧನ|ಶೈಕ್ಷಣಿಕ)",
        personal=r"(?:ವೈಯಕ್ತಿಕ|ಖಾಸಗಿ)",
        mau=r"ಮಾಸಿಕ\s+ಸಕ್ರಿಯ\s+ಬಳಕೆದಾರ|\bMAU\b",
        revenue=r"ಆದಾಯ|ವಹಿವಾಟು",
        annual=r"ವಾರ್ಷಿಕ|ಪ್ರತಿ\s+ವರ್ಷ",
        affiliates=r"ಅಂಗಸಂಸ್ಥೆ|ಸಹವರ್ತಿ\s+ಕಂಪನಿ",
        laws=((r"ಭಾರತದ\s+ಕಾನೂನು", "IN"),),
        vocabulary=r"ಪರವಾನಗಿ|ಷರತ್ತು|ಅನುಮತಿ|ನಿಷೇಧ|ವಾಣಿಜ್ಯ|ಹೊಣೆ|ಖಾತರಿ|ಹಕ್ಕು",
        restrictive=r"ಇಲ್ಲ|ಮಾತ್ರ|ನಿಷೇಧ|ವಾಣಿಜ್ಯ|ಅನುಮತಿ|ಹೊರತು|ಬಾರದು|ಬೇಕು",
        license_noun=r"ಪರವಾನಗಿ|license",
        other_work=r"ಡೇಟಾಸೆಟ್|ಡೇಟಾ|ಕೋಡ್",
        this_model=r"ಮಾದರಿ",
        # without consent ("ಅನುಮತಿ ಇಲ್ಲದೆ"), or a commercial licence named ("ವಾಣಿಜ್ಯ ಪರವಾನಗಿ")
        extra_restricted=_KN_CONSENT
        + r"\S*\s*(?:ಇಲ್ಲದೆ|ವಿನಾ)"
        + GAP
        + _KN_COM
        + "|"
        + _KN_COM
        + GAP
        + _KN_CONSENT
        + r"\S*\s*(?:ಇಲ್ಲದೆ|ವಿನಾ)|"
        + _KN_COM
        + r"\s+ಪರವಾನಗಿ(?!ದಾರ)",
    )
)
