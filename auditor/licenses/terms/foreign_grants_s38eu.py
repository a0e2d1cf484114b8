"""Grants of commercial use in languages the cue tables do not read (session 38), for
`foreign_grants_minor`: Serbian and Croatian (either script), Corsican, Belarusian, Breton,
Sardinian, and Basque's "business".

One shape, tried on each sentence (cut at a full stop or a semicolon) naming commercial use,
whatever language the passage was told as (these languages are told as others: Breton as
English or Polish, Sardinian as Spanish, Belarusian as Ukrainian, Basque as Hungarian): a word
of permission ("may", "is allowed") and commercial use in the sentence ("Корисник сме да
користи ..., укључујући и производе који се наплаћују": paid products included; "Ліцэнзіят
можа выкарыстоўваць мадэль у камерцыйных мэтах"; "Aotreet eo an implij kenwerzhel"; "Est
permìtidu s'impreu comerciale"; "sò permessi per ogni scopu, cumpresu l'usu cummerciale";
"erabili dezakezu, baita zure negozioan ere": in your business too). A sentence naming
commercial use with no permission word (a definition: "Merkataritza-erabilera da ... baita
enpresa batek ... ere", "Комерцијалном употребом сматра се ...") grants nothing, and neither
does the passage.

A sentence with a word of that language denying, banning, narrowing ("only", "except") or
asking a condition (a prior or written consent, "provided that") is no grant either:
the other readers, or the unread report, have it. Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["ASCII_WORDS_S38EU", "COMMERCIAL_S38EU", "grants_commercial_s38eu"]

_FLAGS = re.IGNORECASE

# (permission word, commercial word, denial, ban, "only", exception or condition), per language
_PERMITTED: tuple[tuple[str, str, str], ...] = (
    # sr (Cyrillic): paid products ("производи који се наплаћују") are commercial use; a
    # definition ("сматра се", "обухвата") grants nothing
    (r"(?<!\w)(?:сме|смеју|може|могу|дозвољен\w*|допуштен\w*|им(?:а|ају)\s+право)(?!\w)",
     r"комерцијал\w*|наплаћ\w*|наплат\w*|профит\w*",
     r"некомерцијал\w*|(?<!\w)(?:не|ни|нити|само|осим|изузев|уз|ако|уколико)(?!\w)|забрањ\w*"
     r"|искључиво|сагласност\w*|услов\w*|изузет\w*|сматра\w*|подразумева\w*|значи|означава"
     r"|обухвата\w*"),
    # sr, hr, bs (Latin)
    (r"\b(?:smije|smiju|sme|smeju|može|mogu|dozvoljen\w*|dopušten\w*|im(?:a|aju)\s+pravo)\b",
     r"komercijal\w*|naplać\w*|naplaću\w*|naplat\w*|profit\w*",
     r"nekomercijal\w*|\b(?:ne|ni|niti|samo|osim|izuzev|uz|ako|ukoliko)\b|zabranj\w*"
     r"|isključivo|suglasnost\w*|saglasnost\w*|uvjet\w*|uslov\w*|izuzet\w*|smatra\w*"
     r"|podrazumi?jeva\w*|znači|označava|obuhvać?a\w*"),
    # eu: "dezakezu" (you may) and the business ("baita zure negozioan ere")
    (r"\b(?:dezakezu|dezake|dezakete|daiteke|daitezke|ahal\s+(?:duzu|du|dute|da)"
     r"|baimentzen\s+da|baimenduta\s+dago)\b",
     r"negozio\w*|komertzial\w*|merkataritza\w*",
     r"ez[- ]?komertzial\w*|\bez\b|\bezin\w*|debeka\w*|soilik|bakarrik|salbu|izan\s+ezik"
     r"|baldin\s+eta|aurretiko|idatzizko|esan\s+nahi\s+du|\bhau\s+da\b|jotzen\s+da"
     r"|hartzen\s+da|erabilera\s+da\b"),
    # be
    (r"(?<!\w)(?:можа|могуць|дазволена|дазваляецца|дазваляе|мае\s+права)(?!\w)",
     r"камерцыйн\w*",
     r"некамерцый\w*|(?<!\w)(?:не|ні|толькі|акрамя|калі|пры\s+ўмове)(?!\w)|забаро\w*"
     r"|за\s+выключэннем|згод\w*|папярэдн\w*|пісьмов\w*|ліміт\w*|больш\s+за"),
    # br
    (r"\baotreet\b|\bautorizet\b|\bgallout\s+a\s+r(?:it|er|a)\b", r"kenwerzh\w*",
     r"\bne\b|\bn['’]|\bket\b|\bnemet\b|\bhepken\b|difenn\w*|nann-?kenwerzh\w*|\bmar\b"
     r"|\bgant\s+aotre\w*|\bdiouzh\s+aotre\w*|\bdindan\s+diviz\w*|\bmui\s+eget\b"),
    # sc
    (r"\bpermìtid\w*|\bpermitidu\b|\bautorizadu\b|\bpodet\b|\bpodent\b",
     r"\bcomerciale\b|\bcomertzial\w*",
     r"\bnon\b|\bno\b|\bnen\b|proibid\w*|vietad\w*|\bisceti\b|\bsolu\b|\bsalvu\b|\bfeti\b|\bpetzi\b"
     r"|\bsi\b|\bcun\s+su\s+permissu|autorizatzion\w*|\bprevia\b|\bpro\s+iscritu\b"),
    # co
    (r"\bpermess[ioa]\b|\bpudete\b|\bpò\b|\bponu\b|\bautorizat[ioa]\b", r"cummercial\w*",
     r"\bùn\b|\bnun\b|\bnè\b|pruibit\w*|vietat\w*|\bsolu\b|\bsolamente\b|salvu|eccettu"
     r"|\bfora\b|\bsì\s+è\b|permessu\s+scrittu|autorizazion\w*|\bcundizion\w*|cumprend\w*"
     r"|significa|s['’]intende"),
)  # fmt: skip
ASCII_WORDS_S38EU = (
    r"negozio\w*|komertzial\w*|kenwerzh\w*|aotreet|cummercial\w*|comertzial\w*|permitidu"
    r"|komercijal\w*|gyfraith|cyfraith"
)
"""Words of the tables above, and the Welsh law's (`foreign_passages_s38eu`), written in ASCII,
for `foreign_gate` (a paragraph to read)."""

COMMERCIAL_S38EU = r"cummerc|наплаћ|naplać|naplaću"
"""Commercial words above no other table names, for `foreign_grants_minor.names_commercial_use`."""

# a grant's own qualities said with a negation, which deny no use: non-exclusive, free of charge
_HARMLESS = lazy_pattern(
    r"неексклузив\w*|neekskluziv\w*|ne\s*isključiv\w*|невыключн\w*|не\s*выключн\w*"
    r"|\bsenza\s+pagà\s+nunda\b|\bsenza\s+spesa\b|\bez[- ]esklusibo\w*|\bdoan\b"
    r"|bez\s+naknade|без\s+накнаде|бясплатн\w*",
    _FLAGS,
)
_PERMITTED_PATTERNS = tuple(
    (lazy_pattern(grant, _FLAGS), lazy_pattern(commercial, _FLAGS), lazy_pattern(deny, _FLAGS))
    for grant, commercial, deny in _PERMITTED
)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<!\d)[.;!?](?!\d)", text) if s.strip()]


def grants_commercial_s38eu(text: str) -> bool:
    """Whether every sentence of a passage that names commercial use grants it, one at least
    with a permission word, in one of the languages of `_PERMITTED`, nothing denying or
    narrowing it (the inclusion shape is `foreign_grants_minor`'s, with `LANGUAGES_S38EU`)."""
    granted = False
    for sentence in _sentences(_HARMLESS.sub(" ", text)):
        for grant, commercial, deny in _PERMITTED_PATTERNS:
            if commercial.search(sentence) is None:
                continue
            if grant.search(sentence) is None or deny.search(sentence) is not None:
                return False
            granted = True
    return granted
