"""More harm words in the Romance languages (es, pt, fr, it, ro, ca) for `foreign_uses` and
`foreign_ro_hu_fi` (session 27): identifying, verifying, classifying or categorising people by
their face, voice, fingerprints or other body features, or by "such data" an item of the same
list named before ("clasificarea persoanelor după astfel de date", "classer les personnes
d'après ces données"): biometric-identification, as the English rule reads it. Sorting
documents or products by such data names no person and is none of it.
"""

from __future__ import annotations

_PEOPLE = (
    r"(?:personas?|pessoas?|personnes?|persone|persoan\w*|individu\w*|clientes|clients|client\w*"
    r"|usuari\w*|utilizador\w*|utilisateur\w*|utent\w*|utilizator\w*|emplead\w*|salariés?"
    r"|dipendent\w*|angajaț\w*|trabajador\w*|trabalhador\w*|travailleur\w*|lavorator\w*)"
)
_BY = (
    r"(?:según|por|en\s+función\s+de|a\s+partir\s+de|con\s+base\s+en|com\s+base\s+em|segundo"
    r"|conforme|selon|d['’]après|en\s+fonction\s+de|à\s+partir\s+de|in\s+base\s+a|secondo"
    r"|sulla\s+base\s+d\w*|după|pe\s+baza|în\s+funcție\s+de|segons|a\s+partir\s+de|pel|per)"
)
_BODY = (
    r"(?:(?:tales|esos|dichos|estes|tais|esses|ces|de\s+telles|tali|questi|tali|astfel\s+de"
    r"|aceste|aquestes|aquests|tals)\s+(?:datos|dados|données|dati|date|dades)"
    r"|(?:sus\s+|seus\s+|leurs\s+|loro\s+|lor\s+)?(?:rostros?|caras?|rostos?|visages?|volti|fețe\w*"
    r"|fe[țţ]ei|voces?|vozes|voix|voci|vocii|huellas|impressões\s+digitais|empreintes|impronte"
    r"|amprent\w*|rasgos\s+físicos|características\s+físicas|traits\s+physiques|tratti\s+somatici"
    r"|trăsături\w*))"
)
_ACT = (
    r"(?:clasific\w*|categoriz\w*|catégoris\w*|categorizz\w*|class\w*|identific\w*|identifi\w*"
    r"|reconoc\w*|reconhec\w*|reconna\w*|riconosc\w*|recunoa\w*|verific\w*|vérifi\w*)"
)
_SHAPE = rf"\b{_ACT}[^.;]{{0,30}}?\b{_PEOPLE}\b[^.;]{{0,50}}?\b{_BY}\s+[^.;]{{0,30}}?\b{_BODY}\b"

BIOMETRIC_ROMANCE = dict.fromkeys(("es", "pt", "fr", "it"), _SHAPE)
"""language -> the shape, joined to each language's biometric-identification words
(`foreign_uses_more.MORE_HARMS`)."""
BIOMETRIC_RO = f"|{_SHAPE}"
"""The same, joined to the Romanian words in `foreign_ro_hu_fi`."""
