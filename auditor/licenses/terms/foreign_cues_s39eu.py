"""The cues of Basque (`foreign_cue_shapes.Words`), for `foreign.CUES` (through
`foreign_more.CUES_MORE`), tried on every passage as every language's cues are; a passage told
Basque (`language_words`) has its bans read too (`foreign_harms_s39eu`).

Written from the general shapes of such clauses, in the words Basque licences use:

- commercial use granted: "helburu komertzialak barne" (commercial ends included),
  "merkataritza-erabilera barne", "edozein helburutarako" (for any purpose; an exception of
  commercial ends is the non-commercial cue's, read first), "ez dago debekatuta" (it is not
  banned) before or after
  commercial use; a sentence naming registering or telling the licensor is left to
  `foreign_routes_world` (a notice, not a plain grant);
- non-commercial only: "ez-komertzial", "irabazi-asmorik gabe" (not for profit), commercial
  ends excepted ("helburu komertzialetarako izan ezik", "salbu ... komertzial"), or the licence
  "ez du ... merkataritza-erabilerarik baimentzen" (does not allow commercial use); a ban word
  ("debekatuta", "ezin da", "ez dago baimenduta") and commercial use in one clause; "ez dago
  debekatuta" (it is not banned) is no ban;
- commercial use needing the licensor: permission ("baimena", "oniritzia") and a need ("behar
  da", "eskatu behar dio"), permission "gabe" (without) beside commercial use, or a commercial or
  separate licence ("lizentzia komertzial bereizia");
- research or personal use only ("ikerketarako soilik", "erabilera pertsonalerako bakarrik"):
  "only" before or after its purpose; police investigations ("poliziaren ikerketak") are no
  research;
- caps: monthly active users ("hilean ... erabiltzaile aktibo"), revenue ("urteko
  diru-sarrerak"), "milioi" (`foreign_numbers_more`);
- the governing law: a place in the genitive and a law noun ("Espainiako legeriaren arabera",
  "Frantziako legeak arautzen du", "Lege aplikagarria: Espainiakoa").
"""

from __future__ import annotations

from auditor.licenses.terms.foreign_cue_shapes import GAP, Words, shaped

__all__ = ["EU"]

# commercial use or ends, not their negation ("ez-komertziala", "irabazi-asmorik gabe")
_COM = (
    r"(?<!\bez-)(?<!\bez\s)\b(?:komertzial\w*|merkataritza\w*|irabazi[- ]asmo(?!rik)\w*"
    r"|negozio\w*)"
)
# a ban: "debekatuta dago", "ezin da", "ez dago baimenduta"; not "ez dago debekatuta"
BAN_EU = (
    r"(?<!\bez\sdago\s)(?<!\bez\sda\s)(?<!\bez\sdira\s)(?<!\bez\sdaude\s)"
    r"\bdebeka\w*(?!\s+ez\b)"
    r"|\bezin\s+(?:da|dira|du|dute|duzu|duzue|izango|daiteke|daitezke)\b"
    r"|\bez\s+(?:da|dira|dago|daude)\s+(?:baimendu\w*|onartu\w*|onartzen|zilegi\w*|baimentzen)"
    r"|\bez\s+dago\s+(?:inolako\s+)?baimen\w*|\bez\s+(?:da|dira)\s+erabiliko\b"
    r"|\bez\s+(?:du|dute|duzu|ditu|dituzte)\s+(?:[\w-]+\s+){0,4}?(?:baimentzen|onartzen"
    r"|ahalbidetzen|erabiliko)\b"
    # no permission or right given for it: "ez zaio baimenik ematen", "baimen hori ez zaio ematen"
    r"|\bez\s+(?:dio|die|dizu|dizue|zaio|zaie)\s+(?:[\w-]+\s+){0,3}?(?:baimen|eskubide"
    r"|lizentzia)\w*|\b(?:baimen|eskubide)\w*\s+(?:[\w-]+\s+){0,2}?ez\s+(?:zaio|zaie|zaizkio"
    r"|dio|die)\s+ematen\b"
)
_PLACES_EU = (
    (r"Espainia(?:ko|r)|Espainiakoa|Euskadiko|Euskal\s+Autonomia\s+Erkidegoko|Nafarroako", "ES"),
    (r"Frantzia(?:ko|r)|Frantziakoa", "FR"),
    (r"Alemania(?:ko|r)|Alemaniakoa", "DE"),
    (r"Italia(?:ko|r)|Italiakoa", "IT"),
    (r"Portugal(?:go|dar)|Portugalgoa", "PT"),
    (r"Erresuma\s+Batuko|Ingalaterrako", "GB"),
    (r"Irlanda(?:ko|r)", "IE"),
    (r"Suitza(?:ko|r)", "CH"),
    (r"Herbehereetako", "NL"),
    (r"Belgika(?:ko|r)", "BE"),
    (r"Kalifornia(?:ko|koa)", "US-CA"),
    (r"Delaware(?:ko|koa)", "US-DE"),
    (r"New\s+York(?:eko|ekoa)", "US-NY"),
    (r"(?:Ameriketako\s+|Amerikako\s+)?Estatu\s+Batuetako|AEBko", "US"),
    (r"Txina(?:ko|r)", "CN"),
    (r"Japonia(?:ko|r)", "JP"),
    (r"Kanada(?:ko|r)", "CA"),
    (r"Mexiko(?:ko|ar)", "MX"),
)  # fmt: skip
_LAW_NOUN = r"(?:lege\w*|zuzenbide\w*)"
_GOVERNS = r"\b(?:arabera|aplika\w*|menpe\w*|mende\w*|arau\w*|interpreta\w*|gobern\w*|eraen\w*)"


def _law(place: str) -> str:
    """A place's law governing: "Espainiako legeriaren arabera", "arautzen du Frantziako
    legeak", "Lege aplikagarria: Espainiakoa"."""
    return (
        rf"\b(?:{place})\s+(?:[\w-]+\s+){{0,2}}?{_LAW_NOUN}\b(?=[^.;]{{0,60}}?{_GOVERNS})"
        rf"|{_GOVERNS}[^.;]{{0,40}}?\b(?:{place})\s+(?:[\w-]+\s+){{0,2}}?{_LAW_NOUN}\b"
        rf"|\b(?:{_LAW_NOUN}\s+aplikagarri\w*|aplikatu\s+beharreko\s+{_LAW_NOUN})\s*[:.\-–—]?\s*"
        rf"(?:{place})"
    )


# commercial ends or business as a grant's purpose ("merkataritza-helburuetarako", "zure
# negozioan"), with the grant before ("baimena ematen dio ... ustiatzeko") or after ("helburu
# komertzialetarako erabil dezakezu")
_COM_ENDS = (
    r"(?<!\bez-)(?<!\bez\s)\b(?:komertzial|merkataritza[\w-]*|negozio|irabazi[- ]asmo)\w*?"
    r"(?:tarako|rako|an)\b"
)
_GRANTING = r"\b(?:baimen\w*|eskubide\w*)\s+(?:[\w-]+\s+){0,3}?ematen\s+(?:dio|die|du|dizu|dizue)\b"
_MAY = r"\bd\w{1,12}ke(?:zu|zue|te|gu)?\b"
_NOT_BANNED = r"\bez\s+(?:dago|da|daude)\s+debekatu\w*"  # "ez dago debekatuta": not banned
# permission "gabe" (without), Basque writing it after the consent; a further licence
_WITHOUT_CONSENT = (
    r"\b(?:idatzizko\s+|aurretiko\s+|berariazko\s+)?baimen\w*\s+(?:idatzi\w*\s+)?gabe\b"
)
_FURTHER = r"\blizentzia\s+(?:berezi|bereizi|gehigarri)\w*"
_IN_CLAUSE = r"[^.;]|(?<=\d)\.(?=\d)"  # a character of the clause ("1.000.000" holds dots)
# a sentence naming a notice to the licensor: a route (`foreign_routes_world`), no plain grant
_NO_NOTICE = r"^(?![^\n]*?\b(?:erregistr\w*|izena\s+eman\w*|jakinarazi\w*|jakinarazpen\w*))"

EU = shaped(
    Words(
        com=_COM,
        non=r"\bez[- ]?komertzial\w*|\bkomertzial\w*\s+ez\s+(?:den|diren)\b"
        r"|\birabazi[- ]asmorik\s+gabe\w*|\bmerkataritza[\w-]*?(?:helburu|asmo)\w*rik\s+gabe\w*"
        r"|\b(?:helburu|erabilera)\s+komertzial\w*\s+(?:izan\s+)?ezik\b"
        r"|\bmerkataritza[\w-]*\s+(?:izan\s+)?ezik\b"
        r"|\bsalbu\s+(?:eta\s+)?(?:helburu|erabilera)\s+komertzial\w*"
        r"|\bez\s+(?:du|dute|ditu|da|dira)\s+(?:[\w-]+\s+){0,3}?(?:merkataritza|komertzial)"
        r"[\w-]*\s+(?:[\w-]+\s+){0,2}?(?:baimen|onar|ahalbide)\w*",
        ban=BAN_EU,
        consent=r"\bbaimen\w*|\boniritzi\w*|\bonespen\w*|\badostasun\w*|\bkontratu\w*"
        r"|\bakordio\w*|\bhitzarmen\w*",
        without=r"(?!x)x",  # Basque writes "without" after the consent (`extra_restricted`)
        need=r"\bbehar\s+(?:da|dira|du|dute|duzu|dio|diote|diozu|zaio|zaie|izango)\b"
        r"|(?<!\bez\sda\s)\bbeharrezko\w*\s+(?:da|dira|izango)\b|\beskatu\s+behar\b"
        r"|\blortu\s+behar\b|\baldez\s+aurretik\b|\baurretiko\b",
        allowed=_NO_NOTICE + r"[^\n]*?(?:"
        r"\b(?:helburu|erabilera)\s+komertzial\w*\s+(?:ere\s+)?barne\b"
        r"|\bmerkataritza[\w-]*\s+(?:ere\s+)?barne\b"
        r"|\bkomertzialki\s+ere\b"
        r"|\bedozein\s+(?:helburu(?:tarako|rako|etarako)|xedetarako|erabileratarako)\b"
        r"|\b(?:erabilera|helburu)\s+komertzial\w*\s+(?:ere\s+)?(?:baimenduta|onartuta"
        r"|zilegi)\b"
        rf"|{_GRANTING}[^.;]{{0,120}}?{_COM_ENDS}|{_MAY}[^.;]{{0,60}}?{_COM_ENDS}"
        rf"|{_COM_ENDS}[^.;]{{0,60}}?{_MAY}"
        rf"|{_NOT_BANNED}{GAP}{_COM}|{_COM}{GAP}{_NOT_BANNED}|{_COM}{GAP}\bdebekatuta\s+ez\b)",
        both=r"\bkomertzial\w*\s+(?:zein|eta|edo|nahiz)\s+ez[- ]?komertzial\w*"
        r"|\bez[- ]?komertzial\w*\s+(?:zein|eta|edo|nahiz)\s+komertzial\w*"
        r"|\bkomertzial\w*\s+izan\s+(?:ala|edo)\s+ez\b",
        unrestricted=r"\b(?:murrizketa|muga)(?:rik)?\s+gabe\b" + GAP + _COM,
        only=r"\bsoilik\b|\bbakarrik\b|\besklusiboki\b",
        only_after=r"\bsoilik\b|\bbakarrik\b",
        research=r"(?<!\bpoliziaren\s)(?<!\bpolizia\s)\bikerket\w*|\bikerkuntza\w*"
        r"|\bzientifiko\w*|\bhezkuntza\w*|\birakaskuntza\w*|\bakademiko\w*",
        personal=r"\bpertsonal\w*|\bpribatu\w*",
        mau=rf"\berabiltzaile\s+aktibo\w*(?=(?:{_IN_CLAUSE}){{0,60}}?\bhil(?:e|abete)\w*)"
        r"|\bhil(?:eko|ean|ero|eroko|abeteko|abetean)\b"
        rf"(?=(?:{_IN_CLAUSE}){{0,60}}?\berabiltzaile\s+aktibo)"
        r"|\bhileko\s+erabiltzaile\s+aktibo\w*",
        revenue=r"\bdiru[- ]sarrer\w*|\bfakturazio\w*|\bsalmenta\w*|\bnegozio[- ]bolumen\w*",
        annual=r"\burte(?:ko|an|ro|roko)\b",
        affiliates=r"\bafiliatu\w*|\bfilial\w*|\blotutako\s+(?:enpresa|sozietate|erakunde)\w*"
        r"|\btaldeko\s+(?:enpresa|sozietate)\w*",
        laws=tuple((_law(place), code) for place, code in _PLACES_EU),
        vocabulary=r"lizentzi|baimen|debeka|komertzial|merkataritza|erabilera|baldintza|berme"
        r"|erantzukizun|eskubide|legeri|legedi",
        restrictive=r"\b(?:ez|ezin|soilik|bakarrik|debeka\w*|komertzial\w*|merkataritza\w*"
        r"|baimen\w*|behar|salbu|ezik|baldin|murrizketa\w*|mug(?:a|ak|ekin|ez)\w*)\b",
        license_noun=r"\blizentzi\w*|license",
        other_work=r"\bdatu[- ]multzo\w*|\bdataset\w*|\boinarri[- ]eredu\w*|\bkode\w*",
        this_model=r"\beredu\w*|\bpisu\w*",
        extra_restricted=r"\blizentzia\s+komertzial\w*|\bmerkataritza[- ]lizentzia\w*"
        rf"|{_WITHOUT_CONSENT}{GAP}{_COM}|{_COM}{GAP}{_WITHOUT_CONSENT}"
        rf"|{_FURTHER}{GAP}{_COM}|{_COM}{GAP}{_FURTHER}",
    )
)
