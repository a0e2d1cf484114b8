"""Which language version prevails, said in Scottish Gaelic or Irish, or in English of a Gaelic
version, for `foreign_precedence.prevailing_language`: "is e an teacsa Gàidhlig seo a tha
ceangailteach" (it is this Gaelic text that is binding), "is é an leagan Béarla a bheidh i réim"
(Irish: it is the English version that prevails), "The Gaelic text in CEADACHD.md is the binding
one" (a file name's dots kept within the sentence).
"""

from __future__ import annotations

from auditor.licenses.terms.foreign_precedence_tables import versions_named

__all__ = ["prevailing_celtic"]

# a version's language, in Gaelic and in English -> its code
_NAMES: dict[str, str] = {
    r"Gàidhlig|Gaidhlig|(?:Scottish\s+)?Gaelic": "gd",
    r"Beurla": "en",
    r"Gaeilge": "ga",  # Irish (session 40): "is é an leagan Béarla a bheidh i réim"
    r"B[ée]arla": "en",
}
_GA = r"(?P<{0}>Gaeilge|B[ée]arla)"
_IN_FORCE_GA = r"(?:i\s+réim|i\s+bhfeidhm|ceangailteach|údarásach)"
_GD = r"(?P<{0}>Gàidhlig|Gaidhlig|Beurla)"
_VERSION_GD = r"(?:teacsa|tionndadh|eadar-theangachadh)"
_BINDING_GD = r"(?:ceangailteach|ùghdarrasail|ughdarrasail|a['’]?\s+riaghladh)"

_CLAUSES = (
    # gd: "is e an teacsa Gàidhlig (seo) a tha ceangailteach": it is the Gaelic text that binds
    r"\bis\s+e\s+(?:an\s+)?" + _VERSION_GD + r"\s+" + _GD.format("gd1") + r"\s+(?:seo\s+)?a\s+tha"
    r"\s+" + _BINDING_GD,
    # gd: "tha an teacsa Gàidhlig ceangailteach": the Gaelic text is binding
    r"\btha\s+an\s+" + _VERSION_GD + r"\s+" + _GD.format("gd2") + r"\s+(?:seo\s+)?" + _BINDING_GD,
    # ga: "is é an leagan Béarla (seo) a bheidh i réim": it is the English version that prevails
    r"\bis\s+é\s+(?:an\s+)?(?:leagan|téacs)\s+" + _GA.format("ga1") + r"\s+(?:seo\s+)?a\s+"
    r"(?:bheidh|bhíonn|bhéas|atá)\s+" + _IN_FORCE_GA,
    # ga: "beidh an leagan Béarla i réim": the English version will prevail
    r"\b(?:beidh|bíonn|tá)\s+an\s+(?:leagan|téacs)\s+" + _GA.format("ga2") + r"\s+" + _IN_FORCE_GA,
    # en, of a Gaelic version: "The Gaelic text in CEADACHD.md is the binding one"
    r"\b(?:the|this)\s+(?P<en1>(?:Scottish\s+)?Gaelic)\s+(?:version|text|original)\b"
    r"(?:[^.;]|\.(?=\w)){0,40}?\b(?<!not\s)(?:prevails?|governs?|(?:is|shall\s+be)\s+(?:the\s+)?"
    r"(?:only\s+)?(?:legally\s+)?(?:authoritative|binding|controlling)(?:\s+one)?)",
)


def prevailing_celtic(text: str) -> set[str]:
    """The codes of the versions `text` says prevail, in the clauses above."""
    return versions_named(text, _CLAUSES, _NAMES)
