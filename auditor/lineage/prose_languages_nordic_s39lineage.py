"""The derivation phrases of cards in Danish, Norwegian (Bokmål) and Finnish, as data shaped as
prose_languages.py describes: "finjusteret fra X", "en finjusteret version af X", "finjustert
versjon av X", "hienosäädetty mallista X", "X:n hienosäädetty versio".

Each language's "a fine-tuned / further-trained / distilled version of X" and "fine-tuned from
X" are strong (a bare `org/name` counts), its "based on X" weak (a Hub link or a model the
registry knows), its quantized versions and merges name their relation; a comparison, an
evaluation, a negation, a plan or a condition before the phrase in its sentence cancels it.
A short parenthesis may stand between a participle and its "from" (`finjusteret (LoRA) fra X`).
Finnish says "from the model X" with a case ending (`mallista X`, `mallin X`), or puts the
reference first with its own ending (`X:n hienosäädetty versio`); Finnish writes no article,
so its marks are its words for "model", "and", "is".
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.lineage.prose_languages import _I, Language, _after, _before, _is_ref, _label, _words

_PAREN = r"(?:\s*\([^()\n]{1,30}\))?"
"""A short parenthesis after a participle: `(SFT)`, `(LoRA)`, `(QLoRA, 4-bit)`."""

# --- Danish -------------------------------------------------------------------------------------
DA = Language(
    "da",
    marks=_words("model| og | er | en | af | på | til "),
    words=_words(
        "finjuster|trænet|destiller|baseret på|bygger på|afledt|kvantiser|sammenfletning|"
        "basismodel|grundmodel|udgangsmodel"
    ),
    phrases=(
        _before(
            r"\b(?:finjuster|videretræn|destiller|træn)(?:et|ede)\s+(?:version|udgave"
            r"|variant)\s+af\b"
            rf"|\b(?:finjusteret|videretrænet|trænet\s+videre|destilleret){_PAREN}\s+(?:fra|ud\s+fra"
            r"|med\s+udgangspunkt\s+i)\b|\b(?:finjustering|destillering|destillation)\s+af\b",
            True,
        ),
        _before(
            r"\bkvantiser(?:et|ede)\s+(?:version|udgave|variant)\s+af\b"
            r"|\bkvantiseret\s+(?:fra|ud\s+fra)\b",
            True,
            "quantized",
        ),
        _before(r"\b(?:sammenfletning|fletning)\s+af\b", True, "merge"),
        _is_ref(r"\b(?:basismodel|grundmodel|udgangsmodel)(?:len)?\s+(?:er|var)"),
        _before(r"\bbaseret\s+på\b|\bbygger\s+på\b|\bafledt\s+(?:af|fra)\b", False),
    ),
    label=_label(r"basismodel|grundmodel|udgangsmodel"),
    not_before=lazy_pattern(
        r"\b(?:sammenlign\w*|i\s+modsætning|bedre\s+end|dårligere\s+end|evaluer\w*|benchmark\w*"
        r"|ikke|ej|aldrig|vil\s+blive|skal\s+blive|planlæg\w*|næste|fremtidig\w*|hvis)\b",
        _I,
    ),
    self_word=lazy_pattern(r"\b(?:denne|vores|den\s+her)\s+model\b", _I),
    not_parent=lazy_pattern(r"data|korpus|tokeni[sz]er|arkitektur|kode|metode|artikel", _I),
    plain_words=_words(
        "injusteret fra|injusteret version af|injusteret udgave af|aseret på|vantiseret version af"
        "|asismodel:"
    ),
)

# --- Norwegian (Bokmål) -------------------------------------------------------------------------
NB = Language(
    "nb",
    marks=_words("modell| og | er | en | av | på | til "),
    words=_words(
        "finjuster|trent|destiller|basert på|bygger på|avledet|kvantiser|sammenslåing|"
        "basismodell|grunnmodell|utgangsmodell"
    ),
    phrases=(
        _before(
            r"\b(?:finjuster|videretren|destiller|tren)te?\s+(?:versjon|utgave"
            r"|variant)\s+av\b"
            rf"|\b(?:finjustert|videretrent|trent\s+videre|destillert){_PAREN}\s+(?:fra|ut\s+fra"
            r"|med\s+utgangspunkt\s+i)\b|\b(?:finjustering|destillering|destillasjon)\s+av\b",
            True,
        ),
        _before(
            r"\bkvantiserte?\s+(?:versjon|utgave|variant)\s+av\b|\bkvantisert\s+(?:fra|ut\s+fra)\b",
            True,
            "quantized",
        ),
        _before(r"\bsammenslåing\s+av\b", True, "merge"),
        _is_ref(r"\b(?:basismodell|grunnmodell|utgangsmodell)(?:en)?\s+(?:er|var)"),
        _before(r"\bbasert\s+på\b|\bbygger\s+på\b|\bavledet\s+(?:av|fra)\b", False),
    ),
    label=_label(r"basismodell|grunnmodell|utgangsmodell"),
    not_before=lazy_pattern(
        r"\b(?:sammenlign\w*|i\s+motsetning|bedre\s+enn|dårligere\s+enn|evaluer\w*|benchmark\w*"
        r"|ikke|aldri|vil\s+bli|skal\s+bli|planlegg\w*|neste|fremtidig\w*|hvis)\b",
        _I,
    ),
    self_word=lazy_pattern(r"\b(?:denne|vår|den\s+her)\s+modell(?:en)?\b", _I),
    not_parent=lazy_pattern(r"data|korpus|tokeni[sz]er|arkitektur|kode|metode|artikkel", _I),
    plain_words=_words(
        "injustert fra|injustert versjon av|asert på|vantisert versjon av|asismodell:"
    ),
)

# --- Finnish ------------------------------------------------------------------------------------
_FI_TUNED = r"(?:hienosäädett|hienoviritett|jatkokoulutett|tislatt)\w*"
_FI_FROM = r"(?:\s+versio)?\s+(?:mallista|mallin|pohjamallista|perusmallista)\b"
_FI_ELATIVE = r"(?=\s+[`*\[]?[\w./-]+[`*\]]?:?st[äa]\b)"
"""The reference right after, with its "from" ending: `hienosäädetty Org/Name:stä`."""
FI = Language(
    "fi",
    marks=_words("malli| ja | on | tämä | se "),
    words=_words(
        "hienosää|hienoviritet|jatkokoulutet|koulutet|tislat|kvantisoi|yhdistelmä|perustuu|"
        "pohjautuu|pohjalta|pohjamalli|perusmalli|lähtömalli|pohjana"
    ),
    phrases=(
        # "hienosäädetty mallista X", "hienosäädetty versio mallista X", "tislattu X:stä"
        _before(
            rf"\b{_FI_TUNED}{_PAREN}{_FI_FROM}|\b{_FI_TUNED}{_PAREN}{_FI_ELATIVE}"
            r"|\b(?:hienosäätö|jatkokoulutus|tislaus)\s+(?:mallista|mallin|mallille)\b"
            r"|\bkoulutett\w*\s+(?:mallin\s+pohjalta|mallista)\b",
            True,
        ),
        # "X:n hienosäädetty versio": the reference first, with its genitive ending
        _after(rf":n\s+{_FI_TUNED}\s+versio", True),
        _before(r"\bkvantisoi\w*(?:\s+versio)?\s+(?:mallista|mallin)\b", True, "quantized"),
        _after(r":n\s+kvantisoi\w*\s+versio", True, "quantized"),
        _before(r"\byhdistelmä\s+(?:malleista\s+)?", True, "merge"),
        _is_ref(r"\b(?:pohjamalli|perusmalli|lähtömalli)\s+(?:on|oli)"),
        _before(
            r"\b(?:perustuu|pohjautuu)\s+(?:malliin\s+)?|\bpohjana\s+(?:on\s+)?(?:käytetty\s+)?"
            r"(?:mallia\s+)?",
            False,
        ),
    ),
    label=_label(r"pohjamalli|perusmalli|lähtömalli"),
    not_before=lazy_pattern(
        r"\b(?:verra\w*|vertail\w*|parempi\s+kuin|huonompi\s+kuin|arvio\w*|ei|eikä|emme|en|et"
        r"|eivät|tullaan|tulemme|suunnit\w*|seuraava\w*|jos|mikäli)\b",
        _I,
    ),
    self_word=lazy_pattern(r"\b(?:tämä|meidän)\s+malli\b", _I),
    not_parent=lazy_pattern(r"aineisto|data|korpu|tokeni|arkkitehtuur|koodi|menetelm|artikkel", _I),
)

NORDIC: tuple[Language, ...] = (DA, NB, FI)
"""Read after prose_languages_more.py's."""
