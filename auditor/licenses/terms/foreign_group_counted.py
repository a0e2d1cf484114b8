"""Whom a cap counts, when it counts the licensee's group in the European languages, for
`terms.foreign` (as `foreign_caps.cap_counts` reads the affiliates a cap's sentence names):

- the group named by a word the licence defines by control: a definition whose body names
  entities the licensee controls, is controlled by or shares control with ("Groep: de
  Licentienemer en iedere rechtspersoon die zij beheerst", '« Groupe » désigne ... toute entité
  qu'il contrôle'), and a cap's passage using that word ("de gebruikers van de Groep");
- the group described in the cap's own words by control ("together with the companies over
  which it exercises control", in any of these languages);
- the group named as the licensee's ("le groupe du Licencié", "Gruppe des Lizenznehmers").

Not when the group is named only to be left out of the count ("sans compter le Groupe", "ohne
die Gruppe", "de Groep wordt niet meegeteld"). A definition of the group so used states no
term of its own: it is taken out of the passages said unread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.language import Passage, passages_where

if TYPE_CHECKING:
    from auditor.licenses.terms.foreign import ForeignReading

_FLAGS = re.IGNORECASE
_COUNTS = {"counts": "licensee-and-affiliates"}
_CAPS = ("user_threshold", "revenue_threshold")

# control of one company by another, by verb or noun, in each language
_CONTROL = lazy_pattern(
    r"(?<!\w)(?:"
    r"beheers\w*|zeggenschap|controle\w*|overheers\w*"  # nl
    r"|beherrsch\w*|Beherrschung\w*|kontrollier\w*|Kontrolle\w*|Mehrheitsbeteiligung\w*"  # de
    r"|contr[ôo]l\w*"  # fr, es, pt, ro ("contrôle", "controla", "controlo", "controlează")
    r"|controll\w*"  # it
    r"|kontrol\w*|ovládá\w*|ovládan\w*|ovládaj\w*|ovláda\w*|ovládn\w*|řídí|řízen\w*"  # pl cs sk
    r"|sprawuj\w*\s+kontrol\w*|kontroluj\w*|kontrolowan\w*|kontrolą"  # pl
    r"|ελέγχ\w*|έλεγχ\w*|ελεγχ\w*"  # el
    r"|контрол\w*"  # uk, ru
    r"|määräysvalla?\w*|määräämisvalla?\w*|hallits\w*|hallitsem\w*"  # fi
    r"|bestämmande\s+inflytande|bestemmende\s+ind?flytelse|bestemmende\s+indflydelse"  # sv da no
    r"|kontroller\w*|kontroll\w*"  # sv, da, no
    r"|ellenőrz\w*|irányít\w*|befolyás\w*"  # hu
    r")",
    _FLAGS,
)
# a company, entity or legal person
_ENTITY = lazy_pattern(
    r"(?<!\w)(?:rechtspersoon\w*|rechtspersonen|entiteit\w*|onderneming\w*|vennootschap\w*"
    r"|Rechtsträger\w*|Unternehmen\w*|Gesellschaft\w*|Einheit\w*|juristische\w*\s+Person\w*"
    r"|entit[éeà]s?|entidad\w*|entidade\w*|sociét[ée]s?|sociedad\w*|sociedade\w*|società"
    r"|personnes?\s+morales?|persona\w*\s+jur[íi]dica\w*|pessoa\w*\s+(?:jur[íi]dica|coletiva)\w*"
    r"|persona\w*\s+giuridic\w*|empresa\w*|impres\w*|aziend\w*|entitate\w*|societ[ăa]\w*"
    r"|subjekt\w*|společnost\w*|spoločnos\w*|podnik\w*|entit\w*|podmiot\w*|spół\w*"
    r"|osob[ayęo]\s+prawn\w*|právnick\w*\s+osob\w*"
    r"|οντότητ\w*|εταιρ\w*|επιχείρησ\w*|νομικ\w*\s+πρόσωπ\w*"
    r"|суб'?[єе]кт\w*|юридичн\w*\s+ос\w*|юридическ\w*\s+лиц\w*|компан\w*|організац\w*|организац\w*"
    r"|yhtei?s?ö\w*|yhtiö\w*|oikeushenkilö\w*|yritys\w*|yrityks\w*"
    r"|enhet\w*|bolag\w*|företag\w*|juridisk\w*\s+person\w*|selskab\w*|selskap\w*|virksomhed\w*"
    r"|jogalany\w*|társaság\w*|vállalkozás\w*|szervezet\w*|gazdálkodó\w*)",
    _FLAGS,
)
# a defined term: quoted, or a glossary item's term and a colon, or a term and a copula
_DEFINED = (
    lazy_pattern(r"[\"“«„‘‚]\s*(?P<term>[^\"”»“‘’]{2,40}?)\s*[\"”»“’‘]"),
    lazy_pattern(
        r"(?:^\W{0,3}|(?<!\S)(?=\(?\d))(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z])[.)]?\s+)?"
        r"(?P<term>[^\W\d_][\w-]*(?:\s+[\w-]+){0,1})\s*[:–—-]\s+"
    ),
)
# the licensee, by its name in these languages
_LICENSEE = (
    r"(?:Licentienemer\w*|Lizenznehmer\w*|Licenci[ée]\w*|Licenciatari\w*|Licenciad[oa]\w*"
    r"|Licenziatari\w*|Licencjobiorc\w*|Nabyvatel\w*|Držitel\w*\s+licence|Αδειοδόχ\w*"
    r"|Ліцензіат\w*|Лицензиат\w*|Lisenssinsaaj\w*|Licenstagar\w*|Licenstager\w*"
    r"|Lisenstaker\w*|Licențiat\w*|Licenciatul\w*|Licencia?vevő\w*|Felhasználó\w*)"
)
_GROUP = (
    r"(?:Groep\w*|Concern\w*|Gruppe\w*|Konzern\w*|groupe\w*|grupo\w*|gruppo\w*|grupp[io]"
    r"|skupin\w*|grup[aiyęą]\w*|όμιλ\w*|груп\w*|konserni\w*|konsern\w*|koncern\w*|grup\w*"
    r"|csoport\w*|vállalatcsoport\w*)"
)
# the group named as the licensee's, either word first ("le groupe du Licencié",
# "Lizenznehmers Konzern", "lisenssinsaajan konserni")
_OWN_GROUP = lazy_pattern(
    rf"(?<!\w){_GROUP}\W+(?:\w+\W+){{0,2}}?{_LICENSEE}|(?<!\w){_LICENSEE}\W+(?:\w+\W+){{0,1}}?"
    rf"{_GROUP}",
    _FLAGS,
)
# the group named to be left out: a word before it, or a negation after it
_LEFT_OUT_BEFORE = lazy_pattern(
    r"(?<!\w)(?:zonder|exclusief|uitgezonderd|behalve|ohne|ausgenommen|ausschließlich|exklusive"
    r"|sans|hors|excepté|sauf|sin|excepto|salvo|sem|exceto|senza|eccetto|tranne|esclus\w*"
    r"|bez|kromě|okrem|oprócz|poza|χωρίς|εκτός|без|крім|окрім|кроме|ilman|paitsi|utan|förutom"
    r"|uden|unntatt|uten|fără|exceptând|nélkül|kivéve|not|niet|nicht|non|no|não|nie|ne)"
    r"(?!\w)[^.;:]{0,30}$",
    _FLAGS,
)
_LEFT_OUT_AFTER = lazy_pattern(
    r"^[^.;]{0,40}?(?:(?<!\w)(?:niet|nicht|kein\w*|pas|no|não|non|nie|ne|δεν|не|ei|inte|ikke|nu"
    r"|nem)(?!\w)[^.;]{0,24}?(?<!\w)(?:\w*geteld|\w*gezählt|berücksichtig\w*|\w*compt\w*"
    r"|contabiliz\w*|cont[ae]d\w*|comput\w*|conteggi\w*|considera\w*|\w*licza\w*|liczon\w*"
    r"|započít\w*|počít\w*|υπολογ\w*|враховую\w*|учитыва\w*|lasketa|huomioida|huomioon"
    r"|\w*räknas|tælles|\w*regnes|telles|socot\w*|\w*számít\w*)"
    r"|(?<!\w)(?:buiten\s+beschouwing|außer\s+Betracht|exclu\w*|excluid\w*|esclus\w*"
    r"|wyłączon\w*|vyloučen\w*|εξαιρ\w*|виключ\w*|исключ\w*))(?!\w)",
    _FLAGS,
)
_NEAR = 80  # characters between the control word and the entity it is said of
_OTHER_WORDS = 4  # a caption or clause number beside a definition


def group_counted(reading: ForeignReading, text: str) -> ForeignReading:
    """`reading` of `text` with each cap whose passage counts the licensee's group so marked,
    and the definitions of the group it used taken out of the unread passages."""
    caps = [key for key in _CAPS if isinstance(reading.values.get(key), dict)]
    caps = [key for key in caps if "counts" not in reading.values[key]]  # type: ignore[operator]
    if not caps:
        return reading
    groups = _group_terms(passages_where(text, lambda _: True))
    values = dict(reading.values)
    used: set[Passage] = set()
    for key in caps:
        quoted = reading.quotes.get(key, ())
        for passage in quoted:
            by = _counts_group(passage, groups)
            if by is not None:
                values[key] = {**values[key], **_COUNTS}  # type: ignore[dict-item]
                used.update([by] if by is not passage else [])
                break
    if values == reading.values:
        return reading
    lines = {p.line for p in used}
    unread = tuple(p for p in reading.unread if p.line not in lines)
    return replace(reading, values=values, unread=unread)


def _counts_group(passage: Passage, groups: dict[str, Passage]) -> Passage | None:
    """The passage by which `passage` counts the licensee's group (a definition, or itself),
    else None."""
    text = passage.text
    for term, definition in groups.items():
        if definition.line == passage.line:
            continue
        flags = 0 if term[:1].isupper() else _FLAGS
        stem = re.escape(term[: max(len(term) - 2, 4)] if len(term) > 5 else term)
        for use in re.finditer(rf"(?<!\w){stem}\w*", text, flags):
            if not _left_out(text, use):
                return definition
    for match in _CONTROL.finditer(text):
        near = text[max(match.start() - _NEAR, 0) : match.end() + _NEAR]
        if _ENTITY.search(near) and not _left_out(text, _ENTITY.search(near) or match):
            return passage
    for match in _OWN_GROUP.finditer(text):
        if not _left_out(text, match):
            return passage
    return None


def _left_out(text: str, match: re.Match[str]) -> bool:
    before = text[max(match.start() - 40, 0) : match.start()]
    return bool(_LEFT_OUT_BEFORE.search(before) or _LEFT_OUT_AFTER.search(text[match.end() :]))


def _group_terms(passages: Iterable[Passage]) -> dict[str, Passage]:
    """The words the passages define as the licensee's group by control -> the definition."""
    found: dict[str, Passage] = {}
    for passage in passages:
        text = passage.text
        for pattern in _DEFINED:
            for match in pattern.finditer(text):
                body = text[match.end() : match.end() + 300]
                body = re.split(r"(?<=[.;])\s|\s\d{1,3}(?:\.\d{1,3})+\s", body)[0]
                control = _CONTROL.search(body)
                if control is None or _ENTITY.search(body) is None:
                    continue
                if re.search(_LICENSEE, body, _FLAGS) is None and not re.fullmatch(
                    _GROUP, match.group("term").strip(), _FLAGS
                ):
                    continue  # a definition of control alone, or of another party's group
                found.setdefault(match.group("term").strip(), passage)
    return found
