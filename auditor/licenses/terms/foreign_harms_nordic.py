"""Harm words in German, Dutch, Swedish, Finnish and Hungarian that the earlier tables lacked:
the operation of critical infrastructure (steering, regulating or monitoring power, gas,
district-heating or water networks, the grid, dams, railway signalling), and content that
deceives people about its machine origin or passes as written by a person
(undisclosed-ai-content). Each sets the tag the
English rule of that harm sets (license_db/clause_rules/use_restrictions.yaml), read as the
reader of each language reads its harms: in one clause with a ban word, or as an item of a list
or a row of a table a ban introduces (`foreign_lists`: a table headed "Untersagte Verwendung"
whose row is "Versorgungsnetze | Steuern von Stromnetzen"). A harm named with no ban sets
nothing.

Merged into the tables of `foreign_uses` (de, nl), `foreign_six` (sv) and `foreign_ro_hu_fi`
(fi, hu) by `with_harms_nordic`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from auditor.licenses.terms.foreign_surveillance_eur import with_surveillance_eur

__all__ = ["with_harms_nordic"]

# a network supplying power, gas, heat or water, by its compound noun or with its supply word
_WORDS: dict[str, dict[str, str]] = {
    "critical-infrastructure": {
        "de": r"\bkritische\w*\s+Infrastruktur\w*|\b(?:Strom|Gas|Wasser|Fernwärme|Wärme"
        r"|Energie|Versorgungs|Strom-?\s*und\s+Gas)-?\w*netz\w*|\bStromversorgung\w*"
        r"|\bKraftwerk\w*|\bStaudämm\w*|\bStaudamm\w*|\bStellwerk\w*|\bNetzsteuerung\w*"
        r"|\bNetzbetrieb\w*|\b(?:Strom|Gas|Fernwärme|Wasser)-\s*(?:,|oder|und)",
        "nl": r"\bvitale\s+infrastructu\w*|\bkritieke\s+infrastructu\w*|\b(?:elektriciteits|stroom"
        r"|gas|water|warmte|energie)\w*net\w*|\belektriciteitsvoorziening\w*|\belektriciteitscentrale\w*",
        "sv": r"\bkritisk\w*\s+infrastruktur\w*|\bsamhällsviktig\w*\s+infrastruktur\w*"
        r"|\b(?:el|kraft|gas|vatten|fjärrvärme|energi)\w*nät\w*|\belförsörjning\w*"
        r"|\bkraftverk\w*",
        "da": r"\bkritisk\w*\s+infrastruktur\w*|\b(?:el|strøm|gas|vand|fjernvarme|energi)\w*net"
        r"(?:tet|ter|terne)?\b|\belforsyning\w*|\bkraftværk\w*",
        "no": r"\bkritisk\w*\s+infrastruktur\w*|\b(?:strøm|kraft|gass|vann|fjernvarme|energi)\w*"
        r"nett\w*|\bkraftforsyning\w*|\bkraftverk\w*",
        "fi": r"\bkriittis\w*\s+infrastruktuuri\w*|\b(?:sähkö|kaasu|vesi|kaukolämpö|energia)\w*verk"
        r"\w*|\bsähkönjakelu\w*|\bvoimala\w*",
        "hu": r"\bkritikus\s+infrastruktúr\w*|\b(?:villamos|áram|gáz|víz|távhő|energia)[\w-]*"
        r"hálózat\w*|\báramellátás\w*|\berőm\w*",
    },
    "undisclosed-ai-content": {
        "de": r"\b(?:maschinell|künstlich)\w*\s+(?:Herkunft|Ursprung|Erzeugung)"
        r"|\bals\s+(?:menschlich\w*|von\s+(?:einem\s+)?Menschen\s+(?:verfasst|erstellt|stammend))"
        r"|\bKI-(?:generiert|erzeugt)\w*[^.;]{0,40}?\bohne\s+(?:\w+\s+)?Kennzeichnung",
        "nl": r"\b(?:machinale|kunstmatige)\s+(?:herkomst|oorsprong)|\bals\s+(?:menselijk\w*|door"
        r"\s+(?:een\s+)?mens(?:en)?\s+(?:geschreven|gemaakt))|\bAI-gegenereerd\w*[^.;]{0,40}?"
        r"\bzonder\s+(?:\w+\s+)?(?:vermelding|label|markering)",
        "sv": r"\b(?:maskinell|artificiell)\w*\s+(?:ursprung|härkomst)|\bsom\s+(?:mänsklig\w*"
        r"|skriven\s+av\s+(?:en\s+)?människ\w*)|\bAI-genererat?\w*[^.;]{0,40}?\butan\s+"
        r"(?:\w+\s+)?märkning",
        "fi": r"\b(?:koneellise|keinotekoise)\w*\s+alkuperä\w*|\bihmisen\s+(?:kirjoittama\w*"
        r"|tuottama\w*)|\btekoälyn\s+tuottam\w*[^.;]{0,40}?\bilman\s+merkint\w*",
        "hu": r"\bgépi\s+eredet\w*|\bember\s+által\s+(?:írt|készített)\w*(?:nek|ként)"
        r"|\bmesterséges\s+intelligencia\s+által\s+(?:generált|létrehozott)[^.;]{0,40}?"
        r"\bjelölés\s+nélkül",
    },
}


def with_harms_nordic(
    harms: Mapping[str, Mapping[str, str]], languages: Collection[str]
) -> dict[str, dict[str, str]]:
    """`harms` (tag -> language -> words) with the words above of `languages`."""
    return with_surveillance_eur(merged_harm_words(harms, _WORDS, languages))  # by its parts


def merged_harm_words(
    harms: Mapping[str, Mapping[str, str]],
    words_by_tag: Mapping[str, Mapping[str, str]],
    languages: Collection[str],
    *,
    form: Callable[[str], str] = str,
) -> dict[str, dict[str, str]]:
    """`harms` (tag -> language -> words) with `words_by_tag` of `languages` (each through
    `form`): a language's words for a tag it already has are joined to them; new tags last."""
    merged = {tag: dict(words) for tag, words in harms.items()}
    for tag, words in words_by_tag.items():
        for language, pattern in words.items():
            if language not in languages:
                continue
            known = merged.setdefault(tag, {})
            pattern = form(pattern)
            known[language] = f"{known[language]}|{pattern}" if language in known else pattern
    return merged
