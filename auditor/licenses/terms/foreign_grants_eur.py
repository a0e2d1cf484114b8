"""A grant that takes business use in, in Lithuanian, Latvian, Estonian, Slovene, Croatian,
Bosnian, Serbian (both scripts), Bulgarian and Slovak, and a grant of use "business or not" in
the Germanic, Nordic, Finnic and West Slavic languages, for `foreign_grants.any_purpose_grant`
(read by `grant_words.takes_in_business`, as `foreign_grants_southeast` reads its languages).

Word tables of each language (`_Words`), in any order within one clause (a clause ends at a full
stop, a semicolon or a question mark):

- business use (`business`): trade, a business or economic activity, profit ("komercinėje
  veikloje", "saimnieciskajā darbībā", "majandustegevuses", "pridobitni dejavnosti",
  "привредној делатности", "търговска дейност", "podnikateľskej činnosti");
- a use for any purpose (`any`: "bet kokiu tikslu", "jebkādiem mērķiem", "mis tahes eesmärgil",
  "v kakršen koli namen", "u bilo koju svrhu", "за всякакви цели"), or for business use and its
  opposite alike ("zakelijk of niet", "gewerblich oder nicht", "kommersiellt eller ej",
  "al dan niet commercieel"); or business use taken in by an "also" or "including" (`also`:
  "taip pat", "tostarp", "sealhulgas", "tudi", "uključujući", "па и", "включително", "vrátane"),
  in a clause that grants or permits (`permits`).

A clause with a negation, an exception (`negation`: "išskyrus", "izņemot", "välja arvatud",
"razen", "osim", "освен", "okrem") or an "only" or a condition (`condition`) takes nothing in;
the cues of its language read it. Words saying no fee is charged are set aside first.
"""

from __future__ import annotations

from auditor.licenses.terms.grant_words import NEVER, GrantShape, GrantWords, takes_in_business

__all__ = ["takes_in_business_eur"]

_Words = GrantWords

# the Serbo-Croatian words, one table for both scripts (Latin first, Cyrillic after)
_SH_BUSINESS = (
    r"\b(?:komercijaln\w*|privredn\w*|gospodarsk\w*|poslovn\w*|profitn\w*|pridobitn\w*"
    r"|(?:u|za)\s+(?:svom|svoj\w*)\s+(?:poslovanj\w*|preduzeć\w*|poduzeć\w*|tvrtk\w*)"
    r"|комерцијалн\w*|привредн\w*|пословн\w*|профитн\w*|(?:у|за)\s+(?:свом|своj\w*)\s+"
    r"(?:пословањ\w*|предузећ\w*))"
)
_WORDS: dict[str, _Words] = {
    "lt": _Words(
        business=r"\b(?:komerc\w*|versl\w*|ūkin\w*\s+veikl\w*|ekonomin\w*\s+veikl\w*|pelno"
        r"|įmon\w*\s+veikl\w*)",
        also=r"\b(?:taip\s+pat(?:\s+ir)?|įskaitant|įskaitytinai|ir\s+(?=komerc|versl|ūkin))",
        permits=r"\b(?:suteikia|suteikiama|gali|galite|leidžiama|leidžia|turi\s+teisę"
        r"|turite\s+teisę|leista)\b",
        any=r"\b(?:bet\s+koki\w*|bet\s+kuri\w*|visiems|visais)\s+tiksl\w*",
        negation=r"\b(?:ne|nei|negali\w*|neleid\w*|nėra|draudž\w*|uždraust\w*|išskyrus|neapima"
        r"|netaikoma)\b",
        condition=r"\b(?:tik|jei|jeigu|su\s+sąlyga|sutikim\w*|leidim\w*|privalo|būtina)\b",
    ),
    "lv": _Words(
        business=r"\b(?:komerciāl\w*|komercdarbīb\w*|saimniecisk\w*\s+darbīb\w*"
        r"|uzņēmējdarbīb\w*|peļņ\w*)",
        also=r"\b(?:arī|tostarp|ieskaitot|tajā\s+skaitā)\b",
        permits=r"\b(?:piešķir|var|drīkst|atļauts|atļauta|ir\s+tiesības)\b",
        any=r"\b(?:jebkād\w*|jebkur\w*|visiem|visos)\s+(?:mērķ\w*|nolūk\w*)",
        negation=r"\b(?:ne|nedrīkst|nevar|aizliegt\w*|izņemot|neattiecas)\b",
        condition=r"\b(?:tikai|ja|ar\s+nosacījumu|piekrišan\w*|atļauj\w*)\b",
    ),
    "et": _Words(
        business=r"\b(?:äri\w*|kommerts\w*|majandus\w*|kutsetegevus\w*|ettevõtlus\w*|ettevõtte"
        r"\w*\s+tegevus\w*|tulu\s+teenimise\w*)",
        also=r"\b(?:sealhulgas|samuti|kaasa\s+arvatud|ka\s+(?=äri|kommerts|majandus|ettevõt))",
        permits=r"\b(?:annab|antakse|võib|võivad|tohib|tohivad|lubatud|on\s+õigus)\b",
        any=r"\b(?:mis\s+tahes|ükskõik\s+mis|kõiki\w*|igal)\s+eesmär\w*",
        negation=r"\b(?:ei|mitte|keelatud|keelab|välja\s+arvatud|v\.a)\b",
        condition=r"\b(?:ainult|üksnes|vaid|kui|tingimusel|nõusolek\w*|loa\w*)\b",
    ),
    "sl": _Words(
        business=r"\b(?:komercialn\w*|pridobitn\w*|gospodarsk\w*\s+dejavnost\w*|poslovn\w*"
        r"|dobičk\w*|podjetj\w*)",
        also=r"\b(?:tudi|vključno(?:\s+z|\s+s)?|prav\s+tako)\b",
        permits=r"\b(?:sme|smejo|sme\w*|lahko|podeljuje|podeli|dovoljen\w*|ima\s+pravico)\b",
        any=r"\b(?:za|v)\s+(?:kateri\s*koli|kakršen\s*koli|vse|vsak)\s+namen\w*",
        negation=r"\b(?:ne|ni|nista|niso|prepoved\w*|razen|izjem\w*)\b",
        condition=r"\b(?:samo|le|če|pod\s+pogojem|soglasj\w*|dovoljenj\w*|mora\w*)\b",
    ),
    "sh": _Words(
        business=_SH_BUSINESS,
        also=r"\b(?:uključujući|uključivo|također|takođe|pa\s+i|kao\s+i|укључујући|укључиво"
        r"|такође|па\s+и|као\s+и)\b",
        permits=r"\b(?:može|mogu|smije|sme|smeju|daje|dodjeljuje|dodeljuje|dozvoljen\w*"
        r"|dopušten\w*|ima\s+pravo|може|могу|сме|смеју|смије|даје|додељује|дозвољен\w*"
        r"|има\s+право)\b",
        any=r"\b(?:u|za)\s+(?:bilo\s+koj\w*|svak\w*|sve)\s+svrh\w*"
        r"|\b(?:у|за)\s+(?:било\s+коj\w*|свак\w*|све)\s+сврх\w*",
        negation=r"\b(?:ne|nije|nisu|niti|zabranjen\w*|osim|izuzev|не|није|нису|нити"
        r"|забрањен\w*|осим|изузев)\b",
        condition=r"\b(?:samo|ako|uz\s+(?:suglasnost|saglasnost|odobrenj\w*)|suglasnost\w*"
        r"|saglasnost\w*|odobrenj\w*|само|ако|сагласност\w*|одобрењ\w*)\b",
        unneeded=r"\bbez\s+naknade\b|\bбез\s+накнаде\b",
    ),
    "bg": _Words(
        business=r"(?<!\w)(?:търговск\w*|комерсиалн\w*|стопанск\w*|предприемаческ\w*"
        r"|печалб\w*|бизнес\w*)",
        also=r"(?<!\w)(?:включително|също(?:\s+и)?|както\s+и)(?!\w)",
        permits=r"(?<!\w)(?:предоставя|предоставят|може|могат|има\s+право|имат\s+право"
        r"|разрешено|разрешава|позволява)(?!\w)",
        any=r"(?<!\w)за\s+(?:всякакв\w*|всяка|каквато\s+и\s+да\s+е|които\s+и\s+да\s+е)\s+цел\w*"
        r"|(?<!\w)независимо\s+от\s+целта",
        negation=r"(?<!\w)(?:не|нито|забран\w*|освен|с\s+изключение)(?!\w)",
        condition=r"(?<!\w)(?:само|ако|при\s+условие|съгласие\w*|разрешение\w*)(?!\w)",
        unneeded=r"(?<!\w)безвъзмездно(?!\w)",
    ),
    "sk": _Words(
        business=r"\b(?:komerčn\w*|podnikateľsk\w*|podnikani\w*|zárobkov\w*|obchodn\w*)",
        also=r"\b(?:vrátane|aj|tiež|rovnako)\b",
        permits=r"\b(?:môže|môžu|smie|smú|udeľuje|poskytuje|povolen\w*|má\s+právo)\b",
        any=r"\b(?:na|pre|za)\s+(?:akýkoľvek|akékoľvek|každý|všetky)\s+účel\w*",
        negation=r"\b(?:nie|nesmie|nemôže|nemožno|zakázan\w*|okrem|výnimkou)\b",
        condition=r"\b(?:iba|len|výlučne|ak|pod\s+podmienkou|súhlas\w*|povoleni\w*)\b",
    ),
    # de, nl, sv, da, nb, pl, cs, fi: business use and its opposite alike ("zakelijk of niet",
    # "ob gewerblich oder nicht", "kommersiellt eller ej", "al dan niet commercieel"); the grants
    # taking business in otherwise are `foreign_grants_north`
    "north": _Words(
        business=NEVER,
        also=NEVER,
        permits=r"\b(?:räumt|gewährt|erteilt|gestattet|erlaubt|darf|dürfen|verleent|geeft|staat"
        r"|mag|mogen|toegestaan|ger|beviljar|får|giver|gir|må|kan|udziela\w*|może(?:sz|cie)?"
        r"|wolno|uděluje|poskytuje|smí|smíte|může|saa|saavat|myöntää)\b",
        any=r"\b(?:kommerziell\w*|gewerblich\w*|geschäftlich\w*|zakelijk\w*|commercie\w*"
        r"|bedrijfsmatig\w*|kommersiel\w*|kommerciel\w*|erhvervsmæssig\w*|ervervsmessig\w*"
        r"|komercyjn\w*|zarobkow\w*|komerčn\w*|kaupallise\w*)\s+(?:of|oder|eller|czy|lub|albo"
        r"|nebo|či|tai)\s+(?:niet|nicht|inte|icke|ej|ikke|nie|ne|ei)\b"
        r"|\bal\s+dan\s+niet\s+(?:zakelijk\w*|commercie\w*|bedrijfsmatig\w*)",
        negation=r"\b(?:nicht|kein\w*|außer|ausgenommen|niet|geen|behalve|uitgezonderd|inte"
        r"|icke|utom|förutom|ikke|undtagen|unntatt|nie|oprócz|wyjątkiem|ne|kromě|ei|paitsi)\b",
        condition=r"\b(?:nur|ausschließlich|sofern|Zustimmung|alleen|uitsluitend|mits"
        r"|toestemming|endast|bara|enbart|kun|alene|tylko|wyłącznie|zgod\w*|pouze|jen"
        r"|souhlas\w*|vain|ainoastaan|lupa\w*|luva\w*)\b",
    ),
}
_SHAPE = GrantShape(_WORDS)


def takes_in_business_eur(text: str) -> bool:
    """Whether one clause of the passage grants business use: a use for any purpose (or for
    business use and its opposite alike), or business use taken in, with a grant word, and no
    negation, exception, "only" or condition in that clause (module docstring)."""
    return takes_in_business(text, _SHAPE)
