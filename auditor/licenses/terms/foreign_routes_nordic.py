"""Routes to commercial use in Swedish, Danish, Norwegian, Finnish and Hungarian: the tables
`foreign_routes` reads for these languages (a module of its own, as `foreign_routes_south_asia`;
see `foreign_routes` for what each table is).

- the licensor's decision (godkännande, tillstånd / godkendelse, tilladelse / godkjenning,
  tillatelse / hyväksyntä, lupa / jóváhagyás, engedély), its review, its answer or its saying
  no; a negation a few words before it ("lämnar inget godkännande", "kan inte säga nej",
  "ei tarvitse odottaa vastausta") or after it ("vi granskar den inte") says it is not needed;
- telling the licensor (a notice, a registration, a message), before or to start commercial use
  ("Innan modellen tas i kommersiellt bruk lämnar du en anmälan", "Før kommerciel brug skal I
  give os besked", "Ennen kaupallista käyttöä ilmoita meille", "Üzleti célú használat előtt
  jelentse be");
- the licensor may refuse, or decides at its discretion ("kan neka", "efter eget skön", "voi
  kieltäytyä", "saját belátása szerint").
"""

from __future__ import annotations

DECISION = {
    "sv": r"\b(?:godkänn\w*|tillstånd\w*|medgivande\w*|samtycke\w*|besked|beslut\w*|gransk\w*"
    r"|svar(?:a|et)?|säga\s+nej|neka\w*|avslå\w*)\b",
    "da": r"\b(?:godkend\w*|tilladelse\w*|samtykke\w*|svar(?:et)?|afgørelse\w*|gennemg\w*"
    r"|sige\s+nej|afvis\w*|nægte\w*)\b",
    "no": r"\b(?:godkjen\w*|tillatelse\w*|samtykke\w*|svar(?:et)?|avgjørelse\w*|gjennomg\w*"
    r"|si\s+nei|avvis\w*|nekte\w*)\b",
    "fi": r"\b(?:hyväksy\w*|lupa\w*|luva\w*|suostumu\w*|vastau\w*|päätö\w*|tarkast\w*"
    r"|kieltäy\w*|hylkä\w*)\b",
    "hu": r"\b(?:jóváhagy\w*|engedély(?!ez)\w*|hozzájárulás\w*|válasz\w*|döntés\w*|elutasít\w*"
    r"|felülvizsgál\w*)\b",
}
NOT = {
    "sv": r"\b(?:inte|ej|inget|ingen|inga|varken|utan\s+att)\b",
    "da": r"\b(?:ikke|intet|ingen|hverken|uden\s+at)\b",
    "no": r"\b(?:ikke|intet|ingen|verken|uten\s+å)\b",
    "fi": r"\b(?:ei|eikä|emme|et|ette|eivät)\b",
    "hu": r"\b(?:nem|sem|nincs|semmilyen|semmiféle)\b",
}
NOT_AFTER = {
    "sv": r"^\W*(?:\w+\s+){0,2}?(?:inte|ej)\b",
    "da": r"^\W*(?:\w+\s+){0,2}?ikke\b",
    "no": r"^\W*(?:\w+\s+){0,2}?ikke\b",
    "fi": r"^\W*(?:\w+\s+){0,2}?(?:ei|eikä)\s+(?:tarvita|ole\s+tarpeen|vaadita)\b",
    "hu": r"^\W*(?:\w+\s+){0,2}?(?:nem|sem)\s+(?:szükséges|kell)\b",
}
TELL = {
    "sv": r"\b(?:anmäl\w*|registrer\w*|meddela\w*|underrätta\w*|skicka\w*|informera\w*"
    r"|berätta\w*)\b",
    "da": r"\b(?:anmeld\w*|registrer\w*|meddel\w*|underret\w*|send\w*|informer\w*|give\s+(?:os|\w+)"
    r"\s+besked)\b",
    "no": r"\b(?:meld\w*|registrer\w*|underrett\w*|send\w*|informer\w*|gi\s+(?:oss|\w+)\s+beskjed"
    r"|varsl\w*)\b",
    "fi": r"\b(?:ilmoit\w*|rekisteröi\w*|lähet\w*|kerro\w*|tiedota\w*)\b",
    "hu": r"\b(?:bejelent\w*|regisztrál\w*|értesít\w*|tájékoztat\w*|küld\w*)\b",
}
BEFORE = {
    "sv": r"\b(?:innan|före|i\s+förväg|dessförinnan|för\s+att\s+(?:börja|påbörja))\b",
    "da": r"\b(?:inden|før|forud\s+for|på\s+forhånd|forinden)\b",
    "no": r"\b(?:før|forut\s+for|på\s+forhånd|i\s+forkant)\b",
    "fi": r"\b(?:ennen|etukäteen|ennakkoon)\b",
    "hu": r"\b(?:előtt|előzetesen|megkezdése\s+előtt)\b",
}
COMMERCIAL = {
    "sv": r"kommersi\w*|förvärvs\w*|närings\w*|affärs\w*",
    "da": r"kommerciel\w*|erhverv\w*|forretnings\w*",
    "no": r"kommersiel\w*|nærings\w*|erverv\w*|forretnings\w*",
    "fi": r"kaupalli\w*|liiketoim\w*|ansiotarkoitu\w*",
    "hu": r"kereskedelmi\w*|üzleti\w*|profitszerzési\w*",
}
_MAY = r"\s+(?!inte\b|ikke\b|ei\b|nem\b)(?:\w+\s+){0,3}?"  # a negated "may refuse" is no refusal
REFUSE = {
    "sv": r"\b(?:kan|får|förbehåller\s+sig\s+rätten\s+att)" + _MAY + r"(?:neka|vägra|avslå)"
    r"|efter\s+(?:eget|fritt)\s+(?:skön|gottfinnande)",
    "da": r"\b(?:kan|må)" + _MAY + r"(?:afvise|nægte|afslå)|efter\s+(?:eget|frit)\s+skøn",
    "no": r"\b(?:kan|må)" + _MAY + r"(?:avvise|nekte|avslå)|etter\s+(?:eget|fritt)\s+skjønn",
    "fi": r"\bvoi" + _MAY + r"(?:kieltäytyä|hylätä|evätä)|oman\s+harkintansa\s+mukaan",
    "hu": r"\b(?:elutasíthat\w*|megtagadhat\w*)|saját\s+(?:belátása|mérlegelése)\s+szerint",
}
TABLES = (DECISION, NOT, NOT_AFTER, TELL, BEFORE, COMMERCIAL, REFUSE)
