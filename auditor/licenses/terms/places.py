"""Place names found in license clauses, as ISO 3166 codes (EU for the European Union)."""

from __future__ import annotations

import re
from functools import cache

US_STATES: dict[str, str] = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA",
    "hawaii": "HI", "idaho": "ID", "illinois": "IL", "indiana": "IN", "iowa": "IA",
    "kansas": "KS", "kentucky": "KY", "louisiana": "LA", "maine": "ME", "maryland": "MD",
    "massachusetts": "MA", "michigan": "MI", "minnesota": "MN", "mississippi": "MS",
    "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV", "new hampshire": "NH",
    "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC",
    "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN",
    "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA",
    "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY", "district of columbia": "DC",
    "washington, d.c.": "DC", "washington d.c.": "DC", "washington, dc": "DC",
}  # fmt: skip

# Names (and adjectives used as "X law") of countries and regions, longest spellings first
# at match time. Mainland China is CN whatever it is called; Hong Kong and Macao have their own.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "european union": ("EU",), "the eu": ("EU",), "eu": ("EU",),
    "european economic area": ("EU", "IS", "LI", "NO"), "eea": ("EU", "IS", "LI", "NO"),
    "united states of america": ("US",), "united states": ("US",), "u.s.a.": ("US",),
    "u.s.": ("US",), "usa": ("US",),
    "people's republic of china": ("CN",), "prc": ("CN",), "mainland china": ("CN",),
    "china": ("CN",), "chinese": ("CN",),
    "hong kong": ("HK",), "macau": ("MO",), "macao": ("MO",), "taiwan": ("TW",),
    "england and wales": ("GB",), "england": ("GB",), "scotland": ("GB",),
    "united kingdom": ("GB",), "great britain": ("GB",), "english": ("GB",), "uk": ("GB",),
    "ireland": ("IE",), "irish": ("IE",), "france": ("FR",), "french": ("FR",),
    "germany": ("DE",), "german": ("DE",), "federal republic of germany": ("DE",),
    "netherlands": ("NL",), "dutch": ("NL",), "belgium": ("BE",), "luxembourg": ("LU",),
    "switzerland": ("CH",), "swiss": ("CH",), "austria": ("AT",), "italy": ("IT",),
    "spain": ("ES",), "portugal": ("PT",), "sweden": ("SE",), "norway": ("NO",),
    "denmark": ("DK",), "finland": ("FI",), "iceland": ("IS",), "poland": ("PL",),
    "czech republic": ("CZ",), "greece": ("GR",), "estonia": ("EE",), "israel": ("IL",),
    "japan": ("JP",), "japanese": ("JP",), "republic of korea": ("KR",),
    "south korea": ("KR",), "korea": ("KR",), "korean": ("KR",), "singapore": ("SG",),
    "india": ("IN",), "indonesia": ("ID",), "vietnam": ("VN",), "thailand": ("TH",),
    "malaysia": ("MY",), "philippines": ("PH",), "australia": ("AU",),
    "new zealand": ("NZ",), "canada": ("CA",), "mexico": ("MX",), "brazil": ("BR",),
    "argentina": ("AR",), "chile": ("CL",), "united arab emirates": ("AE",), "uae": ("AE",),
    "abu dhabi": ("AE",), "dubai": ("AE",), "saudi arabia": ("SA",), "qatar": ("QA",),
    "turkey": ("TR",), "egypt": ("EG",), "south africa": ("ZA",), "nigeria": ("NG",),
    "kenya": ("KE",), "russia": ("RU",), "russian federation": ("RU",), "ukraine": ("UA",),
    "iran": ("IR",), "north korea": ("KP",), "cuba": ("CU",), "syria": ("SY",),
    "belarus": ("BY",), "crimea": ("UA",), "venezuela": ("VE",), "venezuelan": ("VE",),
    "myanmar": ("MM",), "burma": ("MM",), "afghanistan": ("AF",), "iraq": ("IQ",),
    "lebanon": ("LB",), "libya": ("LY",), "sudan": ("SD",), "south sudan": ("SS",),
    "somalia": ("SO",), "yemen": ("YE",), "zimbabwe": ("ZW",), "nicaragua": ("NI",),
    "eritrea": ("ER",), "pakistan": ("PK",), "bangladesh": ("BD",), "colombia": ("CO",),
    "peru": ("PE",), "hungary": ("HU",), "romania": ("RO",), "bulgaria": ("BG",),
    "croatia": ("HR",), "slovakia": ("SK",), "slovenia": ("SI",), "lithuania": ("LT",),
    "latvia": ("LV",), "cyprus": ("CY",), "malta": ("MT",), "serbia": ("RS",),
    "kazakhstan": ("KZ",), "sri lanka": ("LK",), "morocco": ("MA",), "ethiopia": ("ET",),
    # official names holding another place's name: the longest name standing there wins
    "united mexican states": ("MX",), "estados unidos mexicanos": ("MX",),
    "democratic people's republic of korea": ("KP",), "dprk": ("KP",),
    "northern ireland": ("GB",), "republic of china": ("TW",),
    "wales": ("GB",), "scottish": ("GB",), "scots": ("GB",),
    # the states and territories of Australia and the provinces of Canada, whose laws a licence
    # may name alone ("Governing law: New South Wales", "the laws of the Province of Ontario")
    "new south wales": ("AU",), "victoria": ("AU",), "queensland": ("AU",),
    "western australia": ("AU",), "south australia": ("AU",), "tasmania": ("AU",),
    "northern territory": ("AU",), "australian capital territory": ("AU",),
    "australian": ("AU",), "commonwealth of australia": ("AU",),
    "ontario": ("CA",), "quebec": ("CA",), "québec": ("CA",), "british columbia": ("CA",),
    "alberta": ("CA",), "manitoba": ("CA",), "saskatchewan": ("CA",), "nova scotia": ("CA",),
    "new brunswick": ("CA",), "newfoundland and labrador": ("CA",),
    "prince edward island": ("CA",),
}  # fmt: skip

# The adjectives a licence names a country's law by ("governed by Kenyan law", "decided under
# South African law"), read only right before "law": as places they would also be languages
# ("the Portuguese version prevails"). The table's own adjectives (German, French...) stay there.
LAW_ADJECTIVES: dict[str, str] = {
    "south african": "ZA", "nigerian": "NG", "kenyan": "KE", "ghanaian": "GH", "ugandan": "UG",
    "tanzanian": "TZ", "rwandan": "RW", "ethiopian": "ET", "egyptian": "EG", "moroccan": "MA",
    "tunisian": "TN", "algerian": "DZ", "zambian": "ZM", "zimbabwean": "ZW", "botswanan": "BW",
    "namibian": "NA", "mauritian": "MU", "senegalese": "SN", "ivorian": "CI", "cameroonian": "CM",
    "singaporean": "SG", "singapore": "SG", "philippine": "PH", "filipino": "PH", "indian": "IN",
    "pakistani": "PK", "bangladeshi": "BD", "sri lankan": "LK", "nepali": "NP", "nepalese": "NP",
    "thai": "TH", "vietnamese": "VN", "indonesian": "ID", "malaysian": "MY", "taiwanese": "TW",
    "mongolian": "MN", "kazakh": "KZ", "kazakhstani": "KZ", "uzbek": "UZ", "armenian": "AM",
    "azerbaijani": "AZ", "georgian": "GE", "iranian": "IR", "iraqi": "IQ", "israeli": "IL",
    "jordanian": "JO", "lebanese": "LB", "saudi": "SA", "emirati": "AE", "qatari": "QA",
    "kuwaiti": "KW", "omani": "OM", "bahraini": "BH", "turkish": "TR", "brazilian": "BR",
    "mexican": "MX", "argentine": "AR", "argentinian": "AR", "chilean": "CL", "colombian": "CO",
    "peruvian": "PE", "bolivian": "BO", "ecuadorian": "EC", "uruguayan": "UY",
    "paraguayan": "PY", "costa rican": "CR", "panamanian": "PA", "jamaican": "JM",
    "canadian": "CA", "new zealand": "NZ", "italian": "IT", "spanish": "ES", "portuguese": "PT",
    "polish": "PL", "czech": "CZ", "slovak": "SK", "hungarian": "HU", "romanian": "RO",
    "bulgarian": "BG", "greek": "GR", "austrian": "AT", "belgian": "BE", "danish": "DK",
    "swedish": "SE", "norwegian": "NO", "finnish": "FI", "icelandic": "IS", "estonian": "EE",
    "latvian": "LV", "lithuanian": "LT", "ukrainian": "UA", "russian": "RU", "croatian": "HR",
    "serbian": "RS", "slovenian": "SI", "albanian": "AL", "maltese": "MT", "cypriot": "CY",
    "luxembourgish": "LU", "belarusian": "BY", "macedonian": "MK", "montenegrin": "ME",
    "bosnian": "BA", "welsh": "GB", "northern irish": "GB",
}  # fmt: skip
_CASE_SENSITIVE = {"eu", "eea", "uk", "usa", "uae", "prc", "u.s.", "u.s.a.", "dprk"}
# ISO 3166 names that are also common words or given names: a clause naming one is read only
# through the table above, never through pycountry's list
_AMBIGUOUS = frozenset({"chad", "jordan", "jersey", "guernsey", "georgia", "guinea", "man"})


@cache
def countries() -> dict[str, tuple[str, ...]]:
    """The table above and every other ISO 3166 country by its short, common and official
    English names (pycountry; names inverted with a comma, "Korea, Republic of", left out):
    a ban or a territory naming Tajikistan or the Cook Islands is read as surely as one
    naming France."""
    import pycountry  # the ISO 3166 list, read once, when the first clause names a place

    found = dict(COUNTRIES)
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if not name or "," in name or "(" in name:
                continue
            key = " ".join(name.lower().split())
            if key not in _AMBIGUOUS and key not in US_STATES:
                found.setdefault(key, (country.alpha_2,))
    return found


@cache
def _place_pattern() -> re.Pattern[str]:
    names = sorted({*US_STATES, *countries(), "state of"}, key=len, reverse=True)
    parts = []
    for name in names:
        body = re.escape(name).replace(r"\ ", r"\s+").replace("'", "['\u2019]")
        if name in _CASE_SENSITIVE:
            body = "(?-i:" + re.escape(name.upper()).replace(r"\ ", r"\s+") + ")"
        parts.append(body)
    return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


def find_places(text: str) -> list[tuple[int, str, tuple[str, ...]]]:
    """Places named in `text`, in order: (offset, kind 'state'|'country', codes)."""
    return [(start, kind, codes) for start, _, kind, codes in find_place_spans(text)]


def find_place_spans(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """Places named in `text`, in order: (start, end, kind 'state'|'country', codes)."""
    found: list[tuple[int, int, str, tuple[str, ...]]] = []
    previous_state_of = False
    for match in _place_pattern().finditer(text):
        name = " ".join(match.group().lower().replace("\u2019", "'").split())
        if name == "state of":
            previous_state_of = True
            continue
        if name in US_STATES and (previous_state_of or name not in COUNTRIES):
            found.append((match.start(), match.end(), "state", ("US-" + US_STATES[name],)))
        elif name in countries():
            found.append((match.start(), match.end(), "country", countries()[name]))
        previous_state_of = False
    return found


def jurisdiction_code(text: str) -> str | None:
    """One governing-law code from a clause fragment: a US state wins over 'United States'."""
    places = find_places(text)
    states = [codes[0] for _, kind, codes in places if kind == "state"]
    if states:
        return states[0]
    for _, _, codes in places:
        if len(codes) == 1 and codes[0] != "EU":
            return codes[0]
    return None


def region_codes(text: str) -> list[str]:
    """Every region named in `text` as codes, in order of appearance, without repeats."""
    codes: list[str] = []
    for _, _, found in find_places(text):
        codes.extend(code for code in found if code not in codes)
    return codes
