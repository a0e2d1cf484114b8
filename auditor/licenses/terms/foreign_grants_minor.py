"""A grant naming commercial use as included, in languages no cue table of `foreign` reads:
Maltese, Albanian, Macedonian, Icelandic, Irish, Luxembourgish, Welsh, Basque, Galician,
Telugu, Zulu, Yoruba and Haitian Creole, and Hungarian's "üzleti célra is" ("anke għal
skopijiet kummerċjali", "përfshirë për qëllime tregtare", "вклучително и за комерцијални
цели", "einnig í atvinnuskyni", "och fir kommerziell Zwecker", "gan gynnwys at ddibenion
masnachol", "tamén con fins comerciais", "kuhlanganise nokusetshenziswa kwezohwebo").

The passage must name commercial use with a word of inclusion next to it ("also", "including",
"too") and hold no word of that language denying or banning ("not", "forbidden", the
non-commercial compound): then it grants commercial use, read as `allowed`, as the English rule
commercial_use/commercial-allowed reads "including for commercial purposes". A ban elsewhere is
stricter and prevails. Several of these languages are told apart badly by the language guess
(Albanian read as French, Icelandic as Danish, Luxembourgish as English), so the words are
tried on every passage. Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_grants_s37w import (
    COMMERCIAL_S37W,
    HARMLESS_S37W,
    LANGUAGES_S37W,
)
from auditor.licenses.terms.foreign_grants_s37w2 import grants_commercial_s37w2
from auditor.licenses.terms.foreign_grants_s38eu import COMMERCIAL_S38EU, grants_commercial_s38eu
from auditor.licenses.terms.foreign_grants_s38w2 import grants_commercial_s38w2
from auditor.licenses.terms.foreign_grants_world import (
    COMMERCIAL_WORLD,
    HARMLESS_WORLD,
    LANGUAGES_WORLD,
)

__all__ = ["grants_commercial_minor", "names_commercial_use"]

_FLAGS = re.IGNORECASE

# (commercial word, inclusion word, denial or ban word), per language
_LANGUAGES: tuple[tuple[str, str, str], ...] = (
    # mt
    (r"kummerċjal\w*|kummercjal\w*", r"anke|inkluż\w*|inkluz\w*|ukoll",
     r"\bmhux\b|\bma\s|\bm'|projbit\w*|ipprojbit\w*|\bebda\b"),
    # sq
    (r"tregtar\w*|komercial\w*", r"përfshirë|perfshire|edhe|gjithashtu",
     r"\bjo[- ]?tregtar\w*|\bnuk\b|\bmos\b|\bndalo\w*|\bndalim\w*"),
    # mk (and the Serbian and Bulgarian spellings near it)
    (r"комерцијал\w*|комерсијал\w*", r"вклучително|вклучувајќи|исто\s+така|\bи\s+за\b",
     r"некомерцијал\w*|\bне\b|\bнема\b|забран\w*"),
    # is
    (r"atvinnuskyn\w*|viðskiptaleg\w*|viðskiptaskyn\w*",
     r"einnig|líka|þar\s+á\s+meðal|þ\.\s?m\.\s?t\.",
     r"\bekki\b|óheimil\w*|bönnuð\w*|bannað\w*"),
    # ga (a negation mutates its verb: "Ní cheadaítear")
    (r"tráchtál\w*|trachtal\w*", r"lena\s+n-?áirítear|freisin|fiú",
     r"\bní\b|\bnach\b|neamh\w*|toirmisc\w*|\bcosc\w*"),
    # lb
    (r"kommerziell\w*|kommerzi\w*", r"\boch\b|inklusiv\w*|abegraff\w*",
     r"net[- ]?kommerziell\w*|\bnet\b|\bnët\b|verbueden\w*|\bkeng?\b"),
    # cy
    (r"masnachol|fasnachol|fasnach\w*", r"gan\s+gynnwys|hefyd|yn\s+cynnwys",
     r"anfasnachol|\bni\b|\bnid\b|\bna\b|gwaherdd\w*|\bdim\b"),
    # eu
    (r"komertzial\w*|merkataritza\w*", r"\bere\b|barne|barnean",
     r"ez[- ]?komertzial\w*|\bez\b|debeka\w*"),
    # gl
    (r"comercia(?:is|l|lmente)\b", r"incluíd\w*|incluso|tamén|inclusive",
     r"\bnon\b|\bno\b|\bnin\b|prohib\w*"),
    # te
    (r"వాణిజ్య", r"సహా|కూడా", r"వాణిజ్యేతర|కాదు|నిషేధ\w*|చేయకూడదు|కూడదు"),
    # zu
    (r"\w*hwebo\b", r"kuhlanganise|kanye\s+na|futhi|nako",
     r"\w*vunyelwe\b|\bakukho\b|ngaphandle\s+kw\w*|\bhhayi\b"),  # "except for"
    # yo
    (r"ìṣòwò|iṣowo|isowo|òwò", r"pẹ̀lú|pelu|àti|ati\s+fún|títí\s+kan",
     r"\bkò\b|\bko\b|\bmá\b|\bma\b|èèwọ̀|eewo|\bkì\b"),
    # hu (its cue table reads grants and bans, not commercial use named as included)
    (r"(?:üzleti|kereskedelmi)\s+cél\w*", r"\bis\b|beleértve|ideértve|egyaránt",
     r"\bnem\b|\btilos\w*|\bsem\b"),
    # ht
    (r"komèsyal\w*|komesyal\w*", r"enkli|enkli\w*|tou|menm\s+pou|kèlkeswa",
     r"\bpa\b|entèdi\w*|non[- ]?komèsyal\w*"),
    *LANGUAGES_S37W,  # qu, and zu's verb of trade (`foreign_grants_s37w`)
    *LANGUAGES_WORLD,  # gd, ca, be, kk, uz, mn, ka, hy, km, si, xh, ht ... (`foreign_grants_world`)
)  # fmt: skip
# a grant's own qualities said with a negation, which deny no use: non-exclusive
_HARMLESS = lazy_pattern(
    r"\bmhux\s+esklussiv\w*|\bneamh-?eisiach\w*|\bekki\s+einkarétt\w*|\bnet[- ]exklusiv\w*"
    r"|\bez[- ]esklusibo\w*|\bnon\s+exclusiv\w*|\bno\s+exclusiv\w*|\bnem\s+kizárólagos\w*"
    r"|\bpa\s+eksklizif\w*|\bнеексклузив\w*|\bheb\s+fod\s+yn\s+unigryw|"
    + HARMLESS_WORLD
    + "|"
    + HARMLESS_S37W,
    _FLAGS,
)
_REACH = 60  # characters between the inclusion word and the commercial word, either order


def _compiled() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    found = []
    for commercial, inclusion, denial in _LANGUAGES:
        near = (
            rf"(?:{inclusion})(?:(?!\.\s)[^;]){{0,{_REACH}}}?(?:{commercial})"
            rf"|(?:{commercial})(?:(?!\.\s)[^;]){{0,{_REACH}}}?(?:{inclusion})"
        )
        found.append((lazy_pattern(near, _FLAGS), lazy_pattern(denial, _FLAGS)))
    return found


_PATTERNS = _compiled()


def grants_commercial_minor(text: str) -> bool:
    """Whether a passage grants commercial use as included, in one of the languages above,
    with no prior or written consent, and no condition, named beside it ("qualsevol ús
    comercial, fins i tot dins de l'empresa, queda condicionat a l'autorització prèvia i per
    escrit": commercial use named with "even", but as what needs the licensor's leave)."""
    if grants_commercial_s37w2(text):  # th: free, the table's terms apart (`..._s37w2`)
        return True
    if grants_commercial_s38w2(text):  # wo, sm, mg, ay, mi: free of charge (`..._s38w2`)
        return True
    if grants_commercial_s38eu(text):  # sr, hr, eu, be, br, sc, co: permission (`..._s38eu`)
        return True
    plain = _HARMLESS.sub(" ", text)
    if _CONDITIONED.search(plain):
        return False
    return any(
        near.search(plain) is not None and denial.search(plain) is None
        for near, denial in _PATTERNS
    )


# a prior or written consent, or a condition, in the languages these readers meet: the grant
# it qualifies is no plain grant (the route readers say what it asks)
_CONDITIONED = lazy_pattern(
    r"\bpr[eèé]vi[oa]?s?\b|\bprèvia\b|\bprévia\b|\bprior\b|\bwritten\b|\bper\s+escrit\b|\bpor\s+escrito"
    r"|\bpar\s+écrit|\bper\s+iscritto|\bscritt[oa]\b|\bpisemn\w*|\bpísemn\w*|\bписмен\w*"
    r"|\bписьменн\w*|\bcondicion\w*|\bcondizion\w*|\bsubjecte\b|\bsujeto\b|\bsujeit[oa]\b"
    r"|\bsoggett[oa]\b|\bsoumis\w*|\bvorherig\w*|\bschriftlich\w*|\bvoorafgaand\w*"
    r"|\bschriftelijk\w*|\bprealabil\w*|\bîn\s+scris\b|\bennakko\w*|\bkirjallis\w*"
    r"|\bskriftlig\w*|\bpředchoz\w*|\bpredchádzajúc\w*|\buprzedni\w*|\bпредварител\w*"
    r"|\bпопередн\w*|\bпапярэдн\w*",
    _FLAGS,
)


# commercial use, profit or business named, in the languages the foreign readers meet: the
# stems of "commercial", "for profit", "business" (a passage naming it that no reader settled
# keeps a plain grant elsewhere from being read as allowing every use: `foreign._Reading`)
_COMMERCIAL_NAMED = lazy_pattern(
    r"commerc|comerc|kommer[sz]|komer[cčs]|kummer|коммер|комер[цс]|камерц|εμπορ|lucr|profit"
    r"|erwerb|gewerb|bedrijfsmatig|zakelijk|erhverv|næring|erverv|atvinnu|tráchtál|masnach"
    r"|komertzial|tregtar|üzleti|kereskedelmi|kaupalli|kaubandus|zarobk|zarobek|výdělečn"
    r"|ticari|thương\s*mại|komersial|komersyal|komèsyal|biashara|kasuwanci|ìṣòwò|hwebo"
    r"|商用|商业|商業|営利|영리|상업|تجار|מסחרי|वाणिज्य|व्यावसायिक|বাণিজ্য|வணிக|వాణిజ్య"
    r"|ธุรกิจ|การค้า|เชิงพาณิชย์|ንግድ|"
    + COMMERCIAL_WORLD
    + "|"
    + COMMERCIAL_S37W
    + "|"
    + COMMERCIAL_S38EU,
    _FLAGS,
)


def names_commercial_use(text: str) -> bool:
    """Whether a passage names commercial use, profit or business in any of these languages."""
    return _COMMERCIAL_NAMED.search(text) is not None
