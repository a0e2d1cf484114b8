"""Romanian, Hungarian and Finnish for `terms.foreign`: their cues (`CUES_RO_HU_FI`, from
`foreign_cues_ro_hu_fi`), their number words for caps (`foreign_numbers_ro_hu_fi`) and their
clause reader (`read_ro_hu_fi`, for `foreign_ja.clause_reader`): the uses a passage bans, as
`foreign_six` reads them: a ban word and a harm word in one clause (cut at a full stop, a
semicolon or a "but") set the tag the English rule of that harm sets; a harm named without a
ban sets nothing; a list a ban introduces is read with these words (`foreign_lists`); a grant
withheld from those based in named places (`foreign_places_ro_hu_fi`) and a credit duty
(`foreign_credit_north`) are read too.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.licenses.terms.foreign_credit_north import read_credit_north
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_cues_ro_hu_fi import FI, HU, RO
from auditor.licenses.terms.foreign_harms_biometric import (
    settle_biometric,
    with_biometric_categorisation,
)
from auditor.licenses.terms.foreign_harms_justice import with_justice
from auditor.licenses.terms.foreign_harms_nordic import with_harms_nordic
from auditor.licenses.terms.foreign_harms_s27_romance import BIOMETRIC_RO
from auditor.licenses.terms.foreign_places_ro_hu_fi import read_withheld
from auditor.licenses.terms.foreign_use_places_s37eu2 import read_use_places_ro_hu_fi
from auditor.licenses.terms.foreign_zh import Clause

CUES_RO_HU_FI: dict[str, Cues] = {"ro": RO, "hu": HU, "fi": FI}
LANGUAGES_RO_HU_FI = frozenset(CUES_RO_HU_FI)

_FLAGS = re.IGNORECASE

_BANS: dict[str, str] = {
    "ro": r"\b(?:interzis\w*|se\s+interzice|nu\s+(?:este|sunt)\s+(?:permis\w*|autorizat\w*)"
    r"|nu\s+(?:aveți|aveti)\s+dreptul|nu\s+(?:puteți|puteti|poate|pot|se\s+poate|folosiți"
    r"|utilizați))",
    "hu": r"\b(?:tilos\w*|tiltott\w*|megtilt\w*|tilalm\w*|nem\s+(?:szabad|lehet|használható"
    r"|használhat\w*|engedélyezett|megengedett|alkalmazható))",
    "fi": r"\b(?:kielle\w*|kielto\w*|ei\s+saa|eikä\s+saa|ei\s+ole\s+sallittu|ei\s+sallita"
    r"|ei\s+voi\s+käyttää|ei\s+tule\s+käyttää)",
}
_CLAUSE_END: dict[str, str] = {
    "ro": r"[.;!?]|\b(?:dar|însă|totuși)\b",
    "hu": r"[.;!?]|\b(?:de|azonban|viszont|ám)\b",
    "fi": r"[.;!?]|\b(?:mutta|kuitenkin|vaan)\b",
}
_HARMS: dict[str, dict[str, str]] = {
    "illegal-activity": {
        "ro": r"\bilegal\w*|\bilicit\w*|\binfracți\w*",
        "hu": r"\bjogellenes\w*|\btörvénysért\w*|\bbűncselekm\w*|\billegális\w*",
        "fi": r"\blaitto\w*|\brikol\w*|\blainvastai\w*",
    },
    "violence": {"ro": r"\bviolen[țţ]\w*", "hu": r"\berőszak\w*", "fi": r"\bväkival\w*"},
    "military": {
        "ro": r"\bmilitar\w*|\brăzboi\w*|\bcombat\w*",
        "hu": r"\bkatona\w*|\bhadi\w*|\bharci\w*|\bháború\w*|\bhadvisel\w*",
        "fi": r"\bsotilaall\w*|\bsotilas\w*|\bsota\b|\bsodan\w*|\bsodankäyn\w*|\bsotaa\b",
    },
    "weapons": {
        "ro": r"\barm[ăae]\b|\barmel\w*|\barmament\w*|\bexploziv\w*",
        "hu": r"\bfegyver\w*|\brobbanóanyag\w*",
        "fi": r"\base(?:et|en|iden|ita|isiin|ina)?\b|\b\w*asejärjestelm\w*|\bydinase\w*"
        r"|\bräjähte\w*",
    },
    "disinformation": {
        # misleading or false content ("conținut înșelător", "megtévesztő tartalom",
        # "harhaanjohtavaa sisältöä")
        "ro": r"\bdezinform\w*|\bștiri\s+false|\b(?:informa[țţ]i\w*|con[țţ]inut\w*)\s+"
        r"(?:fals\w*|[îi]n[șş]el[ăa]tor\w*)",
        "hu": r"\bdezinformáci\w*|\bálhír\w*|\b(?:megtévesztő|hamis|valótlan)\s+"
        r"(?:tartalm\w*|információ\w*|állítás\w*)",
        "fi": r"\bdisinformaat\w*|\bvaleuuti\w*|\b(?:harhaanjohtav|väär|valheelli)\w*\s+"
        r"(?:sisältö\w*|tie\w*|väittei\w*)",
    },
    "surveillance": {
        "ro": r"\bsupraveghere\w*\s+(?:în\s+masă|a\s+(?:persoanelor|cetățenilor|angajaților"
        r"|populației))|\bspiona\w*",
        "hu": r"\b(?:tömeges\s+)?megfigyelés\w*|\bkémked\w*",
        "fi": r"\bmassavalvon\w*|\b(?:ihmisten|kansalaisten|henkilöiden)\s+valvon\w*|\bvakoil\w*",
    },
    "biometric-identification": {
        "ro": r"\bbiometric\w*|\brecunoaștere\w*\s+facial\w*" + BIOMETRIC_RO,
        "hu": r"\bbiometrikus\w*|\barcfelismer\w*", "fi": r"\bbiometri\w*|\bkasvojentunnist\w*"
        # recognising people by their face, voice, gait or body ("ihmisten tunnistamiseen
        # kasvojen perusteella", "henkilöiden tunnistaminen äänestä")
        r"|\b(?:ihmis|henkilö|kansalais|työntekijö)\w*\s+tunnista\w*[^.;]{0,40}?\b(?:kasvo|ääne|ääni"
        r"|kävely|keho|sormenjälj|silm|iiris)\w*|\bkasvo\w*\s+(?:perusteella\s+)?tunnista\w*",
    },
    "terrorism": {"ro": r"\bteror\w*", "hu": r"\bterror\w*", "fi": r"\bterror\w*"},
    # decisions about people taken by the machine ("decizia se ia automat", "decizii
    # automatizate", "automatizált döntéshozatal", "automaattinen päätöksenteko")
    "automated-decision-making": {
        "ro": r"\bdecizi\w*[^.;]{0,30}?\b(?:automat\w*|automatizat\w*)"
        r"|\b(?:automat|automatizat)\w*[^.;]{0,20}?\bdecizi\w*",
        "hu": r"\b(?:automatizált|automatikus|gépi)\s+döntés\w*",
        "fi": r"\b(?:automaattis|automatisoi)\w*\s+päät\w*",
    },
    # discrimination, hate speech, harassment and fraud
    "discrimination": {
        "ro": r"\bdiscrimin\w*", "hu": r"\bdiszkrimin\w*|\bhátrányos\s+megkülönböztet\w*",
        "fi": r"\bsyrji\w*|\bdiskriminoi\w*",
    },
    "hate-speech": {
        "ro": r"\b(?:instigar\w*|incitar\w*)\s+la\s+ur[ăa]|\bdiscurs\w*\s+(?:de|al)\s+ur[ăa]",
        "hu": r"\bgyűlöletkelt\w*|\bgyűlöletbeszéd\w*", "fi": r"\bvihapuhe\w*|\bkiihotta\w*",
    },
    "harassment": {
        "ro": r"\bh[ăa]r[țţt]ui\w*", "hu": r"\bzaklat\w*", "fi": r"\bahdistel\w*|\bhäirint\w*",
    },
    "fraud": {
        "ro": r"\bfraud\w*|\b[îi]n[șş]el[ăa]ciun\w*", "hu": r"\bcsalás\w*",
        "fi": r"\bpeto[sk]\w*|\bhuijau\w*",
    },
    # unsolicited messages sent in bulk ("mesaje comerciale nesolicitate", "kéretlen
    # reklámüzenetek", "roskaposti")
    "spam": {
        "ro": r"\bspam\w*|\bnesolicitat\w*|\btrimitere\w*\s+[îi]n\s+mas[ăa]",
        "hu": r"\bspam\w*|\bkéretlen\w*|\btömeges\s+(?:üzenet|levél|e-?mail)\w*",
        "fi": r"\bspam\w*|\broskapost\w*|\bei-toivot\w*\s+(?:markkinoin|mainon|viest)\w*"
        r"|\bjoukkopostit\w*",
    },
    # diagnosing people or recommending their treatment ("stabilirea de diagnostice medicale",
    # "orvosi diagnózis felállítása", "lääketieteellisten diagnoosien tekeminen")
    "medical-advice": {
        "ro": r"\b(?:diagnostic\w*|sfat\w*|recomand\w*|consilier\w*|consultan[țţ]\w*)\s+"
        r"medical\w*|\brecomand\w*\s+(?:de\s+|privind\s+|un\s+|unui\s+)?tratament\w*"
        r"|\bdiagnostica\w*\s+(?:boli\w*|afecțiun\w*|afecţiun\w*|pacien\w*)",
        "hu": r"\borvosi\s+(?:tanács\w*|diagnózis\w*|vélemény\w*|javaslat\w*)"
        r"|\bdiagnózis\w*\s+felállítás\w*|\bbetegség\w*\s+diagnosztizál\w*"
        r"|\bkezelési\s+(?:javaslat|tanács)\w*",
        "fi": r"\blääketieteelli\w*\s+(?:neuvo\w*|diagnoos\w*|suosituks\w*|arvio\w*)"
        r"|\bdiagnoos\w*\s+(?:tekem|asettam)\w*|\bsairauks\w*\s+diagnosoi\w*"
        r"|\bhoitosuositu\w*|\bhoito-ohje\w*",
    },
}  # fmt: skip
_HARMS = with_harms_nordic(_HARMS, ("fi", "hu"))  # critical infrastructure (`..._nordic`)
_HARMS = with_justice(_HARMS, ("ro", "hu", "fi"))  # the police, the criminal courts
_HARMS = with_biometric_categorisation(_HARMS, ("ro", "hu", "fi"))  # sorted by biometrics
_TAG_ORDER = tuple(_HARMS)


@cache
def _ban(language: str) -> re.Pattern[str]:
    return re.compile(_BANS[language], _FLAGS)


@cache
def _end(language: str) -> re.Pattern[str]:
    return re.compile(_CLAUSE_END[language], _FLAGS)


@cache
def _harms(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (tag, re.compile(words[language], _FLAGS))
        for tag, words in _HARMS.items()
        if language in words  # a tag of some languages only (`foreign_harms_nordic`)
    )


def ban_pattern(language: str) -> re.Pattern[str]:
    """The ban words of Romanian, Hungarian or Finnish (for `foreign_lists`' lead-ins)."""
    return _ban(language)


def harm_patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The harm words of Romanian, Hungarian or Finnish, by tag (for `foreign_lists`' items)."""
    return _harms(language)


def ban_tags(language: str, text: str) -> list[str]:
    """The use-restriction tags a passage bans: a ban word and a harm word in one clause."""
    ban = _ban(language)
    tags: list[str] = []
    for clause in _end(language).split(text):
        if ban.search(clause) is None:
            continue
        found = [t for t, harm in _harms(language) if harm.search(clause)]
        tags.extend(t for t in settle_biometric(found, clause) if t not in tags)
    return [tag for tag in _TAG_ORDER if tag in tags]


def read_ro_hu_fi(language: str, text: str, original: str) -> list[Clause]:
    """The uses one Romanian, Hungarian or Finnish passage bans, and the places whose
    residents or companies it withholds the grant from (`foreign_places_ro_hu_fi`), or bans
    use in (`foreign_use_places_s37eu2`), and a credit duty (`foreign_credit_north`)."""
    del original
    tags = ban_tags(language, text)
    uses = [Clause("use_restrictions", tags)] if tags else []
    withheld = read_withheld(text)
    places = [] if withheld else read_use_places_ro_hu_fi(language, text)
    return uses + withheld + places + read_credit_north(language, text)
