"""A grant that takes business use in, in German, Dutch, Polish, Russian, Ukrainian, Swedish and
Czech, for `foreign_grants.any_purpose_grant`: commercial use allowed.

The shape is read from three word tables of each language, in any order within one clause (a
clause ends at a full stop or semicolon), rather than one pattern per sentence:

- business use (`_BUSINESS`): commercial or trade ends, a business activity, income or profit
  drawn from the model, the licensee's own company ("gewerbliche Zwecke", "działalność
  gospodarcza", "извлекая доход", "näringsverksamhet", "výdělečné účely");
- taken in, before it (`_ALSO`): "also", "including", "as well", or private use and it
  ("auch für Ihr Unternehmen", "w tym w celach zarobkowych", "в том числе", "privé en
  zakelijk"), in a passage that grants or permits (`_PERMITS`);
- or taken in, after it (`_INCLUDED`): "is included", "falls under it", "is covered"
  ("gewerbliche Nutzung ist eingeschlossen", "commercieel gebruik valt daaronder", "kommersiell
  användning ingår"): a statement of its own;
- or simply permitted, in one clause ("Sie dürfen das Modell zu gewerblichen Zwecken nutzen",
  "Лицензиат вправе использовать модель в коммерческих целях", "Modellen får användas i
  kommersiella produkter");
- and a use whatever its purpose, paid or unpaid (`_ANY`: "gleich zu welchem Zweck", "ob
  entgeltlich oder unentgeltlich", "независимо от цели", "oavsett ändamål"), in a grant.

A clause with a negation or an exception (`_NEGATION`: "auch nicht für gewerbliche Zwecke",
"valt er niet onder", "außer zu gewerblichen Zwecken"), an "only" or a condition ("nur mit
Zustimmung", `_CONDITIONED`) takes nothing in; the bans of each language's cues read it.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_grants_eur import takes_in_business_eur

_FLAGS = re.IGNORECASE
_GAP = r"[^.;!?]{0,30}?"  # words of the same clause

# business use: commercial or trade ends, a business activity, income or profit, a company
_BUSINESS = (
    r"(?<![\w-])(?:kommerziell\w*|gewerblich\w*|geschäftlich\w*|Erwerbszweck\w*|Gewinnerzielung\w*"
    r"|(?:Ihr\w*|sein\w*|ihr\w*|eigene\w*|de[mns]|einem|einer)\s+(?:Unternehmen\w*|Betrieb\w*"
    r"|Firma|Geschäft\w*)"  # de
    r"|commerci[eë]\w*|zakelijk\w*|bedrijfsmatig\w*|(?:uw|zijn|haar|een|het)\s+(?:bedrijf\w*"
    r"|onderneming\w*)|winst\w*"  # nl
    r"|komercyjn\w*|zarobkow\w*|działalności\s+gospodarcz\w*|działalność\s+gospodarcz\w*"
    r"|(?:w|dla)\s+firm\w*|przedsiębiorstw\w*|płatn\w*\s+produkt\w*"  # pl
    r"|коммерческ\w*|комерційн\w*|предпринимательск\w*|підприємницьк\w*|доход\w*|дохід"
    r"|прибыл\w*|прибут\w*|бизнес\w*|бізнес\w*"  # ru, uk
    r"|kommersiell\w*|affärs\w*|näringsverksamhet\w*|förvärvs\w*|(?:ditt|ert|sitt|ett)\s+"
    r"företag\w*"  # sv
    r"|komerční\w*|komerčn\w*|výdělečn\w*|podnikání|podnikatelsk\w*|(?:ve|pro)\s+(?:své\s+)?"
    r"(?:firm\w*|podnik\w*)"  # cs
    r"|kommerciel\w*|kommersiel\w*|erhvervsmæssig\w*|ervervsmessig\w*|erhverv\w*|nærings\w*"
    r"|forretnings\w*|(?:din|jeres|sin|en|deres)\s+virksomhe[dt]\w*"  # da, no
    r"|kaupalli\w*|liiketoim\w*|elinkeino\w*|ansiotarkoitu\w*|yrity\w*"  # fi
    r"|üzleti\w*|kereskedelmi\w*|profitszerzési\w*|vállalkozás\w*|gazdasági\s+tevékenység\w*)"  # hu
)
# taken in, before the business words: also, including, as well; or private use and it
_ALSO = (
    r"(?<![\w-])(?:auch|einschließlich|einschliesslich|inklusive|inkl\.|ebenso|mitsamt|samt"  # de
    r"|ook|inclusief|met\s+inbegrip\s+van|waaronder|eveneens|daaronder"  # nl
    r"|również|także|też|w\s+tym|włącznie\s+z|łącznie\s+z"  # pl
    r"|в\s+том\s+числе|включая|также|у\s+тому\s+числі|в\s+тому\s+числі|включно\s+з|зокрема"
    r"|так\s+само"  # ru, uk
    r"|även|också|inklusive|däribland|likaså"  # sv
    r"|a\s+to\s+i|i(?=\s+(?:k|ke|pro|v|ve|při|za)\s)|také|rovněž|včetně|též"  # cs: "i k"
    r"|også|herunder|inklusive|inkluderet|inkludert|ligeledes|likeså"  # da, no
    r"|myös|mukaan\s+lukien|samoin"  # fi
    r"|ideértve|beleértve|valamint"  # hu (its "is" follows: `_ALSO_AFTER`)
    # private (or non-commercial) use and business use: "für private und gewerbliche Zwecke"
    r"|(?:privat\w*|persönlich\w*|privé|persoonlijk\w*|prywatn\w*|osobist\w*|личн\w*|особист\w*"
    r"|soukrom\w*|osobní\w*)\s+(?:und|oder|sowie|en|of|i|lub|oraz|и|или|і|та|або|och|eller"
    r"|a|nebo)(?:\s+(?:auch|ook|też|также|також|även|také))?)(?![\w-])"
)
# taken in, after the business words: is included, falls under it, is covered
_INCLUDED = (
    r"(?:(?:ist|sind|wird|werden)\s+(?:ebenfalls\s+|mit\s+|ausdrücklich\s+)?)?(?:eingeschlossen"
    r"|inbegriffen|mitumfasst|umfasst|abgedeckt|gedeckt|erfasst)"  # de
    r"|valt\s+(?:daar|er|hier)\s*onder|vallen\s+(?:daar|er|hier)\s*onder|(?:is|zijn)\s+"
    r"(?:daarbij\s+|hierbij\s+)?inbegrepen|inbegrepen"  # nl
    r"|(?:jest|są)\s+(?:również\s+|także\s+)?(?:objęt\w*|dozwolon\w*|włączon\w*)|mieści\s+się"
    r"|wchodzi\s+w\s+zakres"  # pl
    r"|(?:тоже\s+|также\s+)?(?:включен\w*|охватыва\w*|входит|допуска\w*|допуска\w*"
    r"|дозволя\w*|охоплю\w*)"  # ru, uk
    r"|ingår|omfattas|inbegrips|innefattas"  # sv
    r"|är\s+(?:också\s+)?(?:tillåten|tillåtet|inkluderad\w*)"
    r"|(?:je|jsou)\s+(?:také\s+)?(?:zahrnut\w*|povolen\w*)|spadá\s+(?:sem|do\s+toho)"  # cs
    r"|(?:er\s+)?(?:omfattet|indbefattet|inkluderet|inkludert|tilladt|tillatt)"  # da, no
    r"|(?:on\s+)?(?:sallittu|mukana)|kuuluu\s+(?:tähän|siihen)"  # fi
    r"|(?:is\s+)?(?:megengedett|engedélyezett)"  # hu
)
# the licensor grants, or the licensee may
_PERMITS = (
    r"(?<![\w-])(?:räumt|gewährt|erteilt|gestattet|erlaubt|lizenziert|darf|dürfen|berechtigt"  # de
    r"|verleent|verlenen|geeft|kent|staat|mag|mogen|toegestaan|gerechtigd"  # nl
    r"|udziela\w*|przyznaje|zezwala|może(?:sz|cie)?|mogę|mogą|wolno|uprawnion\w*"  # pl
    r"|предоставля\w*|разреша\w*|вправе|може(?:те|т)?|надає|дозволя\w*|вправі|має\s+право"
    r"|имеете\s+право|имеет\s+право"  # ru, uk
    r"|ger|beviljar|upplåter|får|tillåter|tillåtet|berättigad\w*"  # sv
    r"|uděluje|poskytuje|povoluje|smí|smíte|může|můžete|oprávněn\w*"  # cs
    r"|giver|gir|tildeler|meddeler|må|kan|berettiget|berettiger"  # da, no
    r"|saa|saavat|myöntää|antaa|sallii|oikeuttaa|on\s+oikeus"  # fi
    r"|engedélyez\w*|jogosult|jogosít\w*|szabad|használhat\w*|biztosít\w*"  # hu
    # the grant just stated, said to hold also for business use: "Det gäller också när ...",
    # "Dies gilt auch für ...", "Dette gælder også ..."
    r"|(?:det|dies|das|dit|dat|dette|tämä|se|ez)\s+(?:gäller|gilt|geldt|gælder|gjelder|koskee"
    r"|vonatkozik))(?![\w-])"
)
# whatever the purpose, paid or unpaid
_ANY = lazy_pattern(
    r"\b(?:gleich|egal|gleichgültig|ganz\s+gleich)\s+(?:zu|für)\s+welche[mn]\s+Zweck"
    r"|\bzu\s+welchem\s+Zweck\s+auch\s+immer|\bunabhängig\s+vom\s+Zweck"
    r"|\bob\s+entgeltlich\s+oder\s+unentgeltlich|\bentgeltlich\s+(?:oder|wie)\s+unentgeltlich"
    r"|\bongeacht\s+het\s+doel|\bvoor\s+welk\s+doel\s+(?:dan\s+)?ook"
    r"|\bbez\s+względu\s+na\s+cel|\bniezależnie\s+od\s+celu|\bodpłatnie\s+(?:lub|i|albo)\s+"
    r"nieodpłatnie"
    r"|независимо\s+от\s+цел\w*|незалежно\s+від\s+мет\w*|з\s+будь-якою\s+метою"
    r"|для\s+будь-яких\s+цілей|платно\s+или\s+бесплатно|платно\s+(?:чи|або)\s+безоплатно"
    r"|\boavsett\s+(?:ändamål|syfte)|\bi\s+vilket\s+syfte\s+som\s+helst"
    r"|\bbez\s+ohledu\s+na\s+účel|\bk\s+jakémukoli\s+účelu|\bza\s+úplatu\s+i\s+bezúplatně",
    _FLAGS,
)
_TAKEN_IN = lazy_pattern(
    rf"{_ALSO}\s+{_GAP}{_BUSINESS}|{_BUSINESS}{_GAP}\s(?:{_INCLUDED})(?![\w-])", _FLAGS
)
_STATED = lazy_pattern(rf"{_BUSINESS}{_GAP}\s(?:{_INCLUDED})(?![\w-])", _FLAGS)
# Hungarian says "also" after what it takes in: "üzleti célú felhasználás esetén is"
_ALSO_AFTER = lazy_pattern(
    r"(?<![\w-])(?:üzleti|kereskedelmi|profitszerzési|haszonszerzési|vállalkozási)\w*"
    r"(?:\s+[^\W\d_]+){0,3}\s+is(?![\w-])",
    _FLAGS,
)
_PERMIT = lazy_pattern(_PERMITS, _FLAGS)
# a permission in the clause itself: the verbs above, and "one may", "it is allowed" ("можно",
# "разрешено", "lze", "można", "kan användas")
_PERMITTED = lazy_pattern(
    _PERMITS + r"|(?<![\w-])(?:можно|разрешено|разрешена|допускается|дозволено|можна|lze|můžou"
    r"|mohou|można|dozwolone|tillåts|kan\s+användas|erlaubt|gestattet|zulässig)(?![\w-])",
    _FLAGS,
)
_BUSINESS_USE = lazy_pattern(_BUSINESS, _FLAGS)
# a negation in the clause: it takes nothing in ("non-exclusive" and "free" are no negation)
_NEGATION = lazy_pattern(
    r"(?<![\w-])(?:nicht(?![- ]?(?:ausschlie|exklusiv|übertragbar))|kein\w*|weder|niet(?![- ]"
    r"(?:exclusie\w*|overdraagba\w*))|geen|noch|nie(?!\s*(?:wyłączn|odpłatn|zbywaln))|ani"
    r"|не(?!\s*(?:исключительн|виключн))|ни|ні|нельзя|inte|ej|icke|ne(?:smí|lze|ní|můž\w*|moh\w*)"
    # an exception: "außer zu gewerblichen Zwecken", "behalve", "z wyjątkiem", "кроме", "utom"
    r"|außer|ausgenommen|Ausnahme|behalve|uitgezonderd|uitzondering|wyjątkiem|oprócz|кроме"
    r"|исключением|крім|винятком|utom|förutom|undantag|kromě|výjimkou"
    # da, no, fi, hu ("ikke-eksklusiv", "nem kizárólagos" are no negation)
    r"|ikke(?![- ]?(?:eksklusiv|overdrag))|ingen|undtagen|unntatt|bortset\w*"
    r"|ei(?![- ]?(?:yksinomai|siirrettäv))|eikä|paitsi|lukuun\s+ottamatta"
    r"|nem(?![- ]?(?:kizárólagos|átruház))|sem|kivéve)(?![\w-])",
    _FLAGS,
)


# a condition in the clause ("nur mit Zustimmung", "alleen na schriftelijke toestemming",
# "только по договору"): the cues of its language read it, not this
_CONDITIONED = lazy_pattern(
    r"(?<![\w-])(?:nur|ausschließlich|ausschliesslich|lediglich|alleen|slechts|uitsluitend"
    r"|wyłącznie|tylko|jedynie|только|исключительно|лише|виключно|endast|bara|enbart|pouze|jen"
    r"|výhradně|sofern|vorausgesetzt|mits|pod\s+warunkiem|при\s+условии|за\s+умови|förutsatt"
    r"|pokud|Zustimmung\w*|Genehmigung\w*|Erlaubnis|Einwilligung\w*|toestemming|goedkeuring"
    r"|zgod\w*|zezwoleni\w*|согласи\w*|разрешени\w*|згод\w*|дозвол\w*|tillstånd\w*"
    r"|godkännande\w*|medgivande\w*|souhlas\w*|povolení\w*"
    r"|kun|alene|udelukkende|bare|utelukkende|forudsat|forutsatt|tilladelse\w*|tillatelse\w*"
    r"|samtykke\w*|vain|ainoastaan|yksinomaan|edellyttäen|luva\w*|lupa\w*|suostumu\w*"
    r"|csak|kizárólag|feltéve|hozzájárulás\w*|jóváhagyás\w*|engedélyével)(?![\w-])",
    _FLAGS,
)


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[.;!?]\s", text) if c.strip()]


def takes_in_business(text: str) -> bool:
    """Whether a passage grants a use that takes business use in (module docstring)."""
    permits = _PERMIT.search(text) is not None
    for clause in _clauses(text):
        if _NEGATION.search(clause) is not None or _CONDITIONED.search(clause) is not None:
            continue
        if _STATED.search(clause) is not None:
            return True
        taken_in = _TAKEN_IN.search(clause) or _ALSO_AFTER.search(clause)
        if permits and (taken_in is not None or _ANY.search(clause) is not None):
            return True
        if _PERMITTED.search(clause) and _BUSINESS_USE.search(clause):
            return True  # "Sie dürfen das Modell zu gewerblichen Zwecken nutzen"
    return takes_in_business_eur(text)  # lt, lv, et, sl, sh, bg, sk; "zakelijk of niet"
