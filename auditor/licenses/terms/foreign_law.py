"""The governing law in Spanish, Portuguese, French, German, Italian, Dutch, Polish, Czech and
Russian license texts, naming any of the places below: a choice-of-law frame ("se rige por las
leyes del", "regida pelas leis da", "régie par le droit de", "unterliegt dem Recht des",
"beheerst door het recht van", "podlega prawu", "řídí se právem", "применяется право") and,
within a few words after it, a place named in one of those languages ("Estado de Nueva York",
"Republiki Kazachstanu", "Республики Казахстан"): the place's code, as the English rules give
it (a US state as US-XX). The languages' own cues read their own country's law ("Droit
français"); these add the places a license of another seat names.

`LAWS` is (pattern, code) pairs in the shape of `foreign_cues.Cues.laws`: the passage reader
tries every reader's laws on every passage, so the pairs stand beside one language's cues
(`foreign_cues_sv_cs`). A law named only as a statute ("ley de protección de datos de
California") or a place after a court ("los tribunales de Madrid") is not read here.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_state_names import with_state_names

_FLAGS = re.IGNORECASE

_ARTICLE = r"las|los|la|el|as|os|a|o|le|les|l'|il|lo|gli|das|die|het|de"
_LAW_NOUN = (
    r"(?:leyes|ley|legislación|derecho|leis|lei|legislação|direito|droit|lois?|législation"
    r"|legge|leggi|legislazione|diritto|Recht|Gesetze|recht|wetgeving|prawo|prawa|przepisy|právo"
    r"|право|законодательство|законы)\b"
)
_APPLICABLE = (
    r"(?:\b(?:ley|leyes|legislación|derecho)\s+aplicable|\b(?:lei|legislação|direito)\s+aplicável"
    r"|\b(?:droit|loi)\s+applicable|\b(?:legge|diritto)\s+applicabile|\banwendbares\s+Recht"
    r"|\btoepasselijk\s+recht|\bprawo\s+właściwe|\brozhodné\s+právo|\bприменимое\s+"
    r"(?:право|законодательство))"
)

# a choice-of-law frame; the place follows within _NEAR characters
_FRAME = (
    r"(?:\b(?:se\s+rigen?|se\s+regirán?|regid[oa]s?|sujet[oa]s?|sometid[oa]s?)\s+(?:por|a)\s+"
    r"(?:las?\s+|el\s+)?(?:leyes|ley|legislación|derecho)"  # es
    r"|\b(?:regid[oa]s?|rege-se|regem-se|sujeit[oa]s?|submetid[oa]s?)\s+(?:pel[ao]s?|à|às|ao|aos)\s+"
    r"(?:leis|lei|legislação|direito)"  # pt
    r"|\b(?:régie?s?|soumise?s?|gouvernée?s?)\s+(?:par|au|à)\s+(?:le\s+|la\s+|les\s+)?"
    r"(?:droit|lois?|législation)"  # fr
    r"|\b(?:unterliegt|unterliegen|gilt|gelten)\b[^.;]{0,30}?\bRecht"  # de
    r"|\b(?:regolat[oa]|disciplinat[oa]|soggett[oa])\s+(?:dalla|dalle|alla|alle)\s+"
    r"(?:legge|leggi|legislazione)"  # it
    r"|\b(?:beheerst\s+door|onderworpen\s+aan)\s+(?:het\s+|de\s+)?(?:recht|wetgeving|wetten)"  # nl
    r"|\bpodlega(?:ją)?\s+(?:prawu|przepisom|ustawodawstwu)"  # pl
    r"|\b(?:řídí\s+se|se\s+řídí|podléhá)\s+(?:právem|právnímu\s+řádu|zákony|právu)"  # cs
    r"|\b(?:применяется|применяются|регулируется|подчиняется|руководствуются)\s+(?:право\w*"
    r"|законодательств\w*|закон\w*)"  # ru
    # a caption naming the applicable law, then the law: "Применимое право — право ...", "Ley
    # aplicable: las leyes de ...", "Droit applicable : le droit de ...", "Prawo właściwe: prawo"
    rf"|{_APPLICABLE}\s*[-—–:.]\s*(?:(?:{_ARTICLE})\s+)?{_LAW_NOUN})"
)
_NEAR = 60

_STATE = (
    r"(?:Estado|État|Staat(?:es)?|Bundesstaat(?:es)?|Stato|stanu|státu|штата|staat)\s+"
    r"(?:de\s+|del\s+|d'|van\s+|di\s+|do\s+)?"
)
_US_STATES: dict[str, str] = {
    "NY": r"Nueva\s+York|Nova\s+(?:Iorque|York)|New\s+York|Nowy\s+Jork|Нью-Йорк",
    "CA": r"California|Californie|Californië|Kalifornien|Kalifornia|Kalifornie|Califórnia"
    r"|Калифорни[яи]",
    "DE": r"Delaware|Делавэр",
    "TX": r"Texas|Teksas|Техас",
    "WA": r"Washington|Waszyngton|Вашингтон",
    "MA": r"Massachusetts|Массачусетс",
    "FL": r"Florida|Floride|Floryda|Флорида",
    "IL": r"Illinois|Иллинойс",
}
# places named in the nine languages (declined stems), as ISO codes
_PLACES: dict[str, str] = {
    "KZ": r"Kazakhstan|Kazajistán|Kazajstán|Cazaquistão|Kasachstan|Kazachstan\w*|Kazachstán\w*"
    r"|Kazachstánu|Kazakistan|Казахстан\w*",
    "RU": r"Russie|Rusia|Rússia|Russland|Rusland|Russia|Rosj\w*|Rusk[éá]\s+federac\w*"
    r"|Российской\s+Федерации|Росси[ия]",
    "UA": r"Ukraine|Ucrania|Ucrânia|Oekraïne|Ukrain\w*|Ukrajin\w*|Украин\w*",
    "BY": r"Biélorussie|Bielorrusia|Bielorrússia|Weißrussland|Belarus|Białorusi|Běloruska"
    r"|Беларус\w*",
    "DE": r"Allemagne|Alemania|Alemanha|Deutschland|Bundesrepublik\s+Deutschland|Duitsland"
    r"|Germania|Niemiec|Německ\w*|Германи\w*",
    "FR": r"France|Francia|França|Frankreich|Frankrijk|Francji|Francie|Франци\w*",
    "ES": r"Espagne|España|Espanha|Spanien|Spanje|Spagna|Hiszpanii|Španělsk\w*|Испани\w*",
    "PT": r"Portugal|Portogallo|Portugalii|Portugalsk\w*|Португали\w*",
    "IT": r"Italie|Italia|Itália|Italien|Italië|Włoch|Itálie|Итали\w*",
    "NL": r"Pays-Bas|Países\s+Bajos|Países\s+Baixos|Niederlande\w*|Nederland|Paesi\s+Bassi"
    r"|Holandii|Niderland\w*|Nizozem\w*|Нидерланд\w*",
    "BE": r"Belgique|Bélgica|Belgien|België|Belgio|Belgii|Belgi[ei]|Бельги\w*",
    "AT": r"Autriche|Austria|Áustria|Österreich|Oostenrijk|Rakousk\w*|Австри\w*",
    "CH": r"Suisse|Suiza|Suíça|Schweiz|Zwitserland|Svizzera|Szwajcarii|Švýcarsk\w*|Швейцари\w*",
    "PL": r"Pologne|Polonia|Polônia|Polen|Rzeczypospolitej\s+Polskiej|Polski|Polsk[ao]|Польш\w*",
    "CZ": r"République\s+tchèque|República\s+Checa|República\s+Tcheca|Tschechi\w*|Tsjechi\w*"
    r"|Repubblica\s+Ceca|Republiki\s+Czeskiej|Česk[éá]\s+republik\w*|Чехи\w*|Чешской\s+Республики",
    "GB": r"Royaume-Uni|Reino\s+Unido|Vereinigte\w*\s+Königreich\w*|Verenigd\s+Koninkrijk"
    r"|Regno\s+Unito|Wielkiej\s+Brytanii|Anglii|Spojeného\s+království|Великобритани\w*"
    r"|Angleterre|Inglaterra|England|Англи[ия]",
    "US": r"États-Unis|Estados\s+Unidos|Vereinigten\s+Staaten|Verenigde\s+Staten|Stati\s+Uniti"
    r"|Stanów\s+Zjednoczonych|Spojených\s+států|США|Соединённых\s+Штатов|Соединенных\s+Штатов",
    "CN": r"Chine|República\s+Popular\s+China|Volksrepublik\s+China|Cina|Chińskiej|Čín\w*"
    r"|Китай|Китая|КНР",
    "JP": r"Japon|Japón|Japão|Giappone|Japonii|Japonsk\w*|Япони\w*",
    "BR": r"Brésil|Brasil|Brasilien|Brazilië|Brasile|Brazylii|Brazíli\w*|Бразили\w*",
    "MX": r"Mexique|México|Mexiko|Messico|Meksyku|Мексик\w*",
    "CA": r"Canada|Canadá|Kanada|Kanady|Канад\w*",
    "CO": r"Colombie|Colombia|Colômbia|Kolumbien|Kolumbii|Kolumbi[ei]|Колумби\w*",
    "PE": r"Pérou|Perú|Peru|Перу",
    "CL": r"Chili|Chile|Cile|Чили",
    "AR": r"Argentine|Argentina|Argentinien|Argentynie|Argentiny|Argentin\w*|Аргентин\w*",
    "UY": r"Uruguay|Uruguai|Urugwaj\w*|Уругва\w*",
    "PY": r"Paraguay|Paraguai|Paragwaj\w*|Парагва\w*",
}
_PLACES = with_state_names(_PLACES)  # "República Portuguesa" (`foreign_state_names`)

# Official names that hold another place's name ("Estados Unidos Mexicanos" is Mexico, not the
# United States; "Estado de Nuevo México" is a US state, not Mexico): tried before every other
# name, so the place a clause names is the longest name standing there.
_CONTAINING: dict[str, str] = {
    "MX": r"Estados\s+Unidos\s+Mexicanos|États-Unis\s+mexicains|Stati\s+Uniti\s+Messicani"
    r"|Vereinigte[nr]?\s+Mexikanische[nr]?\s+Staaten|Verenigde\s+Mexicaanse\s+Staten"
    r"|Meksykańsk\w+\s+Stan\w+\s+Zjednoczon\w+|Spojen\w+\s+stát\w*\s+mexick\w+"
    r"|Мексиканск\w+\s+Соедин[её]нн\w+\s+Штат\w*",
    "BR": r"Estados\s+Unidos\s+do\s+Brasil",
    "US-NM": rf"(?:{_STATE})?(?:Nuevo\s+México|Novo\s+México|Nouveau-Mexique|Nuovo\s+Messico"
    r"|New\s+Mexico|Nowy\s+Meksyk|Nové\s+Mexiko|Нью-Мексико)",
}

_AUTHORITY = lazy_pattern(
    r"\b(?:tribunal\w*|court\w*|Gericht\w*|rechtbank\w*|sąd\w*|soud\w*|суд\w*)"
)


def _law(place: str) -> re.Pattern[str]:
    return lazy_pattern(
        _FRAME + rf"(?:(?!{_AUTHORITY.pattern})[^.;]){{0,{_NEAR}}}?(?<![\w-])(?:{place})(?![\w-])",
        _FLAGS,
    )


# a passage that is nothing but the law named ("Las leyes de la República de Colombia.", "Право
# Российской Федерации."), after a caption standing as its own passage ("TERCERA. Ley
# aplicable."): the words between the law and the place only articles, prepositions and a
# state's title
_TITLE = (
    r"(?:de|del|la|las|los|el|da|do|dos|das|du|des|della|dello|dei|di|der|von|van|het|l'"
    r"|République|República|Repubblica|Republik|Republiek|Estado|État|Stato|Staat|Reino|Royaume"
    r"|Regno|Königreich|Koninkrijk|Federación|Fédération|Federazione|Föderation|Federação"
    r"|Principado|Principauté|Rzeczypospolitej|Republiki|Республики|Федерации)"
)


def _bare(place: str) -> re.Pattern[str]:
    return lazy_pattern(
        rf"^\W*(?:(?:{_ARTICLE})\s+)?{_LAW_NOUN}\s+(?:{_TITLE}\s*){{0,5}}?"
        rf"(?<![\w-])(?:{place})(?![\w-])\W*$",
        _FLAGS,
    )


def _law_or_bare(place: str) -> tuple[re.Pattern[str], ...]:
    return (_law(place), _bare(place))


LAWS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (pattern, code)
    for place, code in (
        *((names, code) for code, names in _CONTAINING.items()),  # the longer names first
        *((f"(?:{_STATE})?(?:{names})", f"US-{code}") for code, names in _US_STATES.items()),
        *((names, code) for code, names in _PLACES.items()),
    )
    for pattern in _law_or_bare(place)
)
"""(pattern, code): a choice of law naming a place, in the shape of `Cues.laws` (the first that
matches names it: a name holding another place's name comes before that name)."""
