"""Words of caps the cue tables of `foreign_cues_north` take from here (session 38).

Estonian says "a month" in the inessive before the count it caps, the users after the figure
("kasutab kuus rohkem kui 100 000 aktiivset kasutajat", "kuu jooksul üle 50 000 aktiivse
kasutaja"): the month word is the measure's name, read only where a figure and active users
follow it in the clause ("kuus" alone is also the number six, and "kuus aktiivset kasutajat"
six active users: no figure of digits stands between, so no cap is read).
"""

from __future__ import annotations

# the month before a figure and the active users after it; the match ends before the figure,
# so `foreign_caps.user_cap` takes the first number after it
ET_MAU_MONTH_FIRST = (
    r"\b(?:kuus|kuu\s+(?:jooksul|kohta|vältel))\b"
    r"(?=[^.;]{0,40}?\d[^.;]{0,30}?\baktiivs?\w*\s+kasutaja)"
)

# Latvian, for `foreign_daily_eur`: one day, any day, per day, daily ("vienā dienā", "jebkurā
# dienā", "dienā"); one week ("vienā nedēļā", "nedēļā"); the users counted ("lietotāju",
# "personu") -- "vienā dienā nav vairāk par 20 000 aktīvo lietotāju"
DAY_MORE = {
    "lv": r"\b(?:vienā|jebkurā|nevienā|katrā)\s+(?:kalendāra\s+)?dienā\b|\bik\s+dienas\b"
    r"|\bdienas\s+aktīv\w*|\b(?:lietotāj\w*\s+)?skaits\s+dienā\b",
}
WEEK_MORE = {
    "lv": r"\b(?:vienā|jebkurā|nevienā|katrā)\s+nedēļā\b|\bik\s+nedēļu\b",
}
USERS_MORE = {
    "lv": r"\b(?:lietotāj\w*|person\w*|cilvēk\w*)",
}

# Latvian and Estonian, for `foreign_cap_refs`: a sentence after a cap saying what happens past
# it names exceeding ("pārsniegts", "ületab") and the cap by its noun or by "this number" ("šis
# skaits", "see piir"): such a sentence, with no number of its own, continues the cap
EXCEED_MORE = {
    "lv": r"\b(?:pārsnie\w*|pārsnedz\w*|virs(?=\s)[^.;]{0,25}?(?:slieksn|robež|limit|skait)\w*)",
    "et": r"\b(?:ületa\w*|ületami\w*|üle(?=\s)[^.;]{0,25}?(?:piir|lävend|limiit)\w*)",
}
CAP_NOUN_MORE = {
    "lv": r"\b(?:slieksn\w*|robežvērtīb\w*|limit\w*|(?:šis|šo|šā|minēt\w*)\s+skait\w*)",
    "et": r"\b(?:piir\w*|lävend\w*|limiit\w*|(?:see|seda|selle)\s+arv\w*)",
}

# for `disagree.incorporates`: a licence in another language naming a file by its file name in
# a sentence that makes the use follow what that file sets out ("saskaņā ar datnē NOTEIKUMI.md
# izklāstītajiem noteikumiem", "vastavalt failis TINGIMUSED.md sätestatud tingimustele",
# "gemäß den in TERMS.md festgelegten Bedingungen", "conformément aux conditions de TERMS.md")
FOLLOWS_FILE = (
    r"\b(?:saskaņā\s+ar|izklāstīt\w*|noteikt\w*\s+noteikum\w*|vastavalt|sätesta\w*|kehtesta\w*"
    r"|pagal|nustatyt\w*|overeenkomstig|volgens|zoals\s+(?:beschreven|vastgelegd|bepaald)"
    r"|gemäß|nach\s+Maßgabe|festgelegt\w*|conformément|selon|énoncé\w*|conforme\s+a"
    r"|de\s+acuerdo\s+con|según|establecid\w*|secondo|ai\s+sensi|conformemente|stabilit\w*"
    r"|zgodnie\s+z|określon\w*|v\s+souladu\s+s|stanoven\w*|de\s+acordo\s+com|nos\s+termos"
    r"|în\s+conformitate\s+cu|conform|szerint|összhangban|enligt|i\s+enlighet\s+med"
    r"|i\s+henhold\s+til|i\s+samsvar\s+med|i\s+overensstemmelse\s+med"
    # the file named as an integral part of the licence (hr/bs/sr, sl, cs, sk, pl, pt/es/it,
    # fr, de, hu): "DODATAK-A.md, koji je sastavni dio ove licencije"
    r"|sastavni\s+d(?:io|eo)|sestavni\s+del|nedíln\w*\s+součást\w*|neoddeliteľn\w*\s+súčas\w*"
    r"|integraln\w*\s+częś\w*|parte\s+integrante|partie\s+intégrante|integraler\s+Bestandteil"
    r"|szerves\s+rész\w*)(?!\w)"
)

# Romanian turnover with a possessive or an adjective inside ("cifra sa de afaceri", "cifra
# totală de afaceri", "cifra lor anuală de afaceri"), for `foreign_cues_ro_hu_fi`
RO_TURNOVER = r"\bcifr\w*\s+(?:(?:sa|său|lor|ei|lui|totală|anuală|netă)\s+){1,2}de\s+afaceri"
# a negation in such a sentence the table of `disagree` does not hold (Latvian, Estonian, Czech
# and Slovak verbs negated by their prefix): "nedrīkst izmantot saskaņā ar ...", "nav", "ei"
NOT_FOLLOWED = r"\b(?:ne(?:drīkst|var|ir|smí|smie|lze|ní)\w*|nav|nevar|ei|mitte|pole)\b"

# for `foreign_cap_refs.continues`: a sentence after a cap pointing back at it, whatever
# language it is told (a short sentence is often told another: "E fölött külön szerződés
# szükséges." told German): above this ("e fölött", "ezen felül", "daarboven", "nad tem
# pragom"), or the larger licensees the cap leaves out as its subject ("Večja podjetja
# potrebujejo ...", "Firmy s vyšším obratem ...", "Lisenstakarar med høgare omsetning ...",
# "A nagyobb árbevételű cégek ..."). "Ezen felül" (moreover) opens no such sentence unless a
# licence or contract is asked in it (the caller's `_FURTHER_LICENSE`).
POINTS_BACK = (
    # hu: above this, beyond this
    r"^\W*(?:e|ezen|eme|az\s+e)\s+(?:fölött|felett|határ\s+(?:fölött|felett))\b"
    r"|^\W*(?:a\s+)?(?:nagyobb|magasabb)\s+(?:\w+\s+)?(?:árbevételű|bevételű|forgalmú)\s+\w+"
    # sl: above this threshold; larger companies
    r"|^\W*nad\s+(?:tem|to|tem\s+zneskom|tem\s+pragom|to\s+mejo)\b"
    r"|^\W*večj\w*\s+(?:podjetj|družb|organizacij|licencojemal)\w*"
    # cs, sk: companies with a higher turnover
    r"|^\W*(?:firmy|společnosti|podniky|spoločnosti|podniky|licencionáři)\s+s\s+(?:vyšším"
    r"|väčším|vyšším\s+ročním)\s+(?:obratem|obratom|příjmem|príjmom)"
    # no (nynorsk and bokmål), da: licensees with a higher turnover
    r"|^\W*(?:lisenstakar\w*|lisenstaker\w*|licenstager\w*|selskap\w*|verksemd\w*|virksomhet\w*"
    r"|virksomheder)\s+med\s+(?:ei\s+|en\s+)?(?:høgare|høyere|højere|større)\s+(?:årleg\s+|årlig\s+)?"
    r"(?:omsetning|omsætning|inntekt\w*)"
    # nl: above it
    r"|^\W*daarboven\b|^\W*boven\s+(?:die|deze|dat|dit)\s+(?:grens|drempel|aantal|bedrag)\b"
)
# ... asking a further licence, contract or agreement ("külön szerződés", "ločeno pogodbo",
# "dohodnout zvlášť", "ein eigen avtale", "aparte licentie")
FURTHER_ASKED = (
    r"\b(?:szerződés\w*|pogodb\w*|smlouv\w*|zmluv\w*|dohod\w*|avtale\w*|aftale\w*"
    r"|overeenkomst\w*|contract\w*"
    # a licence, not the licensee or licensor it names ("licencvevő", "lisenstakar")
    r"|licenc(?!vevő|adó|iaadó|ojemal|odajal|ionář|iát)\w*|lisens(?!tak|giv)\w*"
    r"|licens(?!tag|giv)\w*|licentie(?!houder|nemer|gever)\w*)"
)
