"""Shapes of licence clauses in Polish, Russian, Ukrainian, Czech, Slovak, Croatian (Serbian,
Bosnian), Bulgarian and Lithuanian that their cues leave aside, for `terms.foreign` (both kinds
granted "regardless of whether it earns" are the cues' `both`):

- a short caption naming the law by its adjective (`names_law`, `foreign_law_north`);
- passages stating no term (`states_no_term_slavic`): a party of the licence named by its role
  and a legal form or "anyone who takes the model" ("Nabyvatelem je kdokoli, kdo model
  stáhne"); a thing defined after a clause number and a dash ("1.2. Model – váhy a
  konfigurace"); a glossary's lead-in ending in a colon ("Pro účely této licence se rozumí:");
  an item of a list of permitted purposes naming only non-commercial ones (teaching, study,
  one's own needs, associations, research) with no ban, "only" or commercial word; a grant
  confined to the purposes listed elsewhere ("výhradně k účelům uvedeným v odstavci 2"), whose
  list and ban are read where they stand; and a caption followed by the next clause's number
  ("Omezení nabyvatelů 2.1."). A passage with a word of ban, condition or commercial use is
  none of these: its cues read it, or it is reported.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_law_north import names_law_north

__all__ = ["names_law", "states_no_term_slavic"]

_FLAGS = re.IGNORECASE
names_law = names_law_north  # a short caption naming the law ("Mjerodavno pravo: hrvatsko.")

# words that make a passage a term: a ban, a condition, "only", commercial use
_TERM = lazy_pattern(
    r"(?<!\w)(?:nie|не|ні|ne|nesmí\w*|nesmie\w*|nesmije|negali\w*|draud\w*|zakaz\w*|zakáz\w*"
    r"|запрещ\w*|заборон\w*|забран\w*|zabran\w*|tylko|wyłącznie|jedynie|только|исключительно"
    r"|лише|тільки|виключно|jen|pouze|výhradně|výlučne|len|iba|samo|isključivo|jedino|само"
    r"|единствено|изключително|tik|išimtinai|komercyj\w*|коммерческ\w*|комерційн\w*|komerč\w*"
    r"|komercijal\w*|търговск\w*|komercin\w*|zarobk\w*|zárobk\w*|výděl\w*|прибыл\w*|прибут\w*"
    r"|печалб\w*|zarad\w*|dobit\w*|peln\w*|jeżeli|jeśli|если|якщо|pokud|ak|ako|ако|jei|musi\w*"
    r"|должен|повинен|mora\w*|трябва|privalo|zgod\w*|согласи\w*|згод\w*|souhlas\w*|súhlas\w*"
    r"|suglasnost\w*|съгласи\w*|sutikim\w*)(?!\w)",
    _FLAGS,
)
_NUMBER = r"^\W{0,3}(?:(?:art\.?|čl\.?|článok|článek|članak|чл\.?|ст\.?|статья|стаття|§)\s*)?"
_NUMBER += r"(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s*)?(?:[-–—:.]\s*)?"

# a party by its role (any case): the licensor, the licensee, the rights holder
_ROLE = (
    r"(?:licencjodawc\w*|licencjobiorc\w*|лицензиар\w*|лицензиат\w*|правообладател\w*"
    r"|ліцензіар\w*|ліцензіат\w*|правовласник\w*|poskytovate[lľ]\w*(?:\s+licenc\w*)?"
    r"|nabyvatel\w*|nadobúdateľ\w*|davatelj\w*(?:\s+licenc\w*)?|stjecatelj\w*(?:\s+licenc\w*)?"
    r"|primatelj\w*(?:\s+licenc\w*)?|korisnik\w*\s+licenc\w*|лицензодател\w*|лицензополучател\w*"
    r"|носител\w*\s+на\s+прав\w*|licencijos\s+(?:davėj|gavėj)\w*|licenciat\w*|licenciar\w*)"
)
_COPULA = r"\s*(?:[-–—:]|\b(?:je|jest|jsou|є|е|yra|является|выступает|to)\b)\s*"
_PARTY = lazy_pattern(_NUMBER + r"(?:the\s+)?" + _ROLE + _COPULA, _FLAGS)
# a named organisation by its legal form or quotation marks, or anyone who takes the model
_NAMED = lazy_pattern(
    r"(?<![\w.])(?:s\.\s?r\.\s?o\.|spol\.\s+s\s+r\.\s?o\.|a\.\s?s\.|d\.\s?o\.\s?o\.|d\.\s?d\.|j\.\s?d\.\s?o\.\s?o\."
    r"|sp\.\s*z\s*o\.\s*o\.|S\.A\.|UAB|AB|ООО|ОАО|АО|ПАО|ТОВ|ПрАТ|АТ|ТОО|ЕООД|ООД|ЕАД|АД|GmbH"
    r"|Ltd\.?|Inc\.?|LLC)(?!\w)|[«\"“„][^«»\"“”„]{2,60}[»\"”“]"
    r"|\b(?:ktokoľvek|kdokoli\w*|każd[ya]|ktokolwiek|любое\s+лицо|любой|будь-?\s?як\w*\s+особ\w*"
    r"|будь-хто|bilo\s+tko|bilo\s+ko|svatko|svako|всяко\s+лице|всеки|bet\s+kuris|kiekvienas)\b",
    _FLAGS,
)
_MAX_WORDS = 24

# a thing defined after a clause number and a dash: the model, its weights, the licence, a service
_THING = lazy_pattern(
    _NUMBER + r"(?:model\w*|модел\w*|ваг[иа]\w*|вес[аы]?\b|váh\w*|tež\w*|svor\w*|wag[ia]\w*"
    r"|тегл\w*|licencj\w*|licenc\w*|лиценз\w*|ліценз\w*|licencij\w*|regulamin\w*|dokumentac\w*"
    r"|документац\w*|dokumentacij\w*|usług\w*|služb\w*|сервис\w*|сервіс\w*|услуг\w*|uslug\w*"
    r"|paslaug\w*|produkt\w*|продукт\w*|proizvod\w*|výstup\w*|výsledk\w*|wynik\w*|результат\w*"
    r"|išvest\w*|rezultat\w*|software|softvér\w*|softver\w*|софтуер\w*"
    # the licensee's group (its affiliates): "Grupa Licencjobiorcy – licencjobiorca wraz z ..."
    r"|grup\w*|групп\w*|груп\w*|skupin\w*|група\w*|grupė\w*)"
    r"(?:\s+[\w-]+){0,2}\s*[-–—:]\s+\S",
    _FLAGS,
)
# a glossary's lead-in: "Ilekroć w regulaminie jest mowa o:", "Se entiende:" in these languages
_GLOSSARY = lazy_pattern(
    r"(?:\bmowa\s+o|\brozumie\s+się(?:\s+przez)?|\bokreślenia|\bтермин\w*|\bпонятия|\bпонима\w*"
    r"|\bтермін\w*|\bрозуміє\w*|\bвживаються|\brozumí|\brozumie|\bpojm\w*|\bizraz\w*"
    r"|\bznačenj\w*|\bsmisl\w*|\bсмисъл\w*|\bпонятия|\bsąvok\w*|\breiškia|\bdefinic\w*"
    r"|\bопределени\w*|\bвизначенн\w*)[^.;:]{0,60}:\s*$",
    _FLAGS,
)
# a non-commercial purpose an item names (no ban, "only" or commercial word in it)
_PURPOSE = lazy_pattern(
    r"\b(?:nastav\w*|obrazovanj\w*|škol\w*|učilišt\w*|učenj\w*|isprobavanj\w*|vlastit\w*\s+potreb"
    r"|udrug\w*|zaklad\w*|istraživanj\w*|znanstven\w*|nauczani\w*|dydakty\w*|szkoł\w*|uczelni\w*"
    r"|własn\w*\s+potrzeb|stowarzysze\w*|fundacj\w*|badani\w*|naukow\w*|обучени\w*|преподавани\w*"
    r"|школ\w*|учебн\w*|собственн\w*\s+нужд|некоммерческ\w*\s+организац\w*|исследовани\w*"
    r"|научн\w*|навчанн\w*|викладанн\w*|освіт\w*|власних\s+потреб|громадськ\w*\s+організац\w*"
    r"|благодійн\w*|досліджен\w*|науков\w*|výuk\w*|vzdělávání|studi\w*|vlastní\w*\s+potřeb|spolk\w*"
    r"|nadac\w*|výzkum\w*|vědeck\w*|výučb\w*|vzdelávan\w*|štúdi\w*|vlastn\w*\s+potreb|združen\w*"
    r"|nadáci\w*|výskum\w*|vedeck\w*|преподаван\w*|училищ\w*|университет\w*|собствени\s+нужди"
    r"|сдружени\w*|фондаци\w*|изследван\w*|научн\w*|mokym\w*|švietim\w*|mokykl\w*|universitet\w*"
    r"|savo\s+poreik\w*|asociacij\w*|tyrim\w*|mokslin\w*)",
    _FLAGS,
)
_ITEM_WORDS = 16
# a grant confined to the purposes another paragraph lists ("isključivo za svrhe navedene u
# stavku 2", "wyłącznie w celach wymienionych w ust. 2", "исключительно в целях, указанных в")
_LISTED_PURPOSES = lazy_pattern(
    r"(?:svrh\w*|cel\w*|цел\w*|ціл\w*|účel\w*|tiksl\w*),?\s+(?:\w+\s+)?(?:navedene|navedenih"
    r"|nabrojan\w*|wymienion\w*|określon\w*|указанн\w*|перечисленн\w*|зазначен\w*|перелічен\w*"
    r"|uveden\w*|vymenovan\w*|vyjmenovan\w*|посочен\w*|изброен\w*|nurodyt\w*|išvardyt\w*)"
    r"\s+(?:u|w|в|v|у|в\s+чл\.|\w+)\s",
    _FLAGS,
)
_ONLY = lazy_pattern(
    r"\b(?:tylko|wyłącznie|jedynie|только|исключительно|лише|тільки|виключно|jen|pouze|výhradně"
    r"|výlučne|len|iba|samo|isključivo|jedino|само|единствено|изключително|tik|išimtinai)\b",
    _FLAGS,
)
# a caption and the next clause's number the passage took with it ("Ograniczenia 2.1.")
_CAPTION_NUMBERED = lazy_pattern(
    r"^\W{0,3}(?:[^\W\d_]+\s+){0,4}[^\W\d_]+\s+\d{1,3}(?:\.\d{1,3})*\.?\s*$"
)


def states_no_term_slavic(text: str) -> bool:
    """Whether a passage in these languages states no term (module docstring)."""
    stripped = text.strip()
    if _GLOSSARY.search(stripped) and _TERM.search(stripped) is None:
        return True
    if _CAPTION_NUMBERED.match(stripped) and _TERM.search(stripped) is None:
        return True
    party = _PARTY.match(stripped)
    if party is not None:
        rest = stripped[party.end() :]
        named = _NAMED.search(rest) is not None and len(rest.split()) <= _MAX_WORDS
        return named and _TERM.search(rest) is None
    if _THING.match(stripped) and _TERM.search(stripped) is None:
        return True
    if _is_purpose_item(stripped):
        return True
    listed = _LISTED_PURPOSES.search(stripped)
    if listed is not None and _ONLY.search(stripped[: listed.start()]) is not None:
        rest = _ONLY.sub(" ", stripped)
        return _TERM.search(rest) is None
    return False


def _is_purpose_item(text: str) -> bool:
    """An item of a list of permitted purposes: a non-commercial purpose, nothing binding."""
    if not text.endswith((";", ",")) and len(text.split()) > _ITEM_WORDS // 2:
        return False
    if len(text.split()) > _ITEM_WORDS or _PURPOSE.search(text) is None:
        return False
    return _TERM.search(text) is None
