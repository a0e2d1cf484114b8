"""Defined terms in Portuguese, Spanish, Italian, French and German license texts, for
`terms.foreign`, as `terms.definitions` reads them in English: a grant "para o Uso Permitido"
means what the definition of that term says, however far above it stands ('1.3 "Uso
Permitido" significa qualquer finalidade lícita, inclusive comercial').

Only opaque terms are resolved: a purpose, use or class of licensee named by a word that says
nothing of it ("Permitido", "Autorizado", "Approvato", "Zulässig"); a term carrying its meaning
("Uso Não Comercial", "Finalidade de Pesquisa") is read as it stands. A passage using such a
term after a preposition is read with the definition's body set in brackets after the term
("para o Uso Permitido (qualquer finalidade lícita, inclusive comercial)"); the definitions
themselves are read as they stand.

Dutch, Polish, Czech and Russian are read so too, and definitions by a copula or a dash
('„Zulässiger Zweck" ist jede Nutzung, die ...', '«Медицинская деятельность» — постановка
диагнозов ...'). In these languages and in German the term is declined where it is used ("zu
einem Zulässigen Zweck", "для осуществления Медицинской деятельности"): each word of it is
matched by its stem, and its head noun may stand last ("Zulässiger Zweck"). A definition whose
term a passage uses is read there, so the definition itself states no term (it is marked
`heading`, names and never terms, once no cue reads it); a definition of a party or a thing
("Anbieter", "Модель") with no restrictive word in it states no term either
(`is_plain_definition`, for `foreign_no_term`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_defined_bans import resolve_defined_harms
from auditor.licenses.terms.foreign_defined_caps import with_defined_caps
from auditor.licenses.text.language import Passage

_FLAGS = re.IGNORECASE
LANGUAGES = frozenset({"pt", "es", "it", "fr", "de", "nl", "pl", "cs", "ru"})
_DECLINED = frozenset({"de", "nl", "pl", "cs", "ru"})  # their terms are matched by stems

# '"X" significa ...' (one passage may hold several numbered definitions: each is found)
_DEFINED = lazy_pattern(
    r"[\"“«„‘]\s*([^\"”»“‘’]{2,60}?)\s*[\"”»“’]"
    r"\s*(?:\([^)]*\)\s*)?(?:significa|significam|significará|designa|designam|se\s+refiere\s+a"
    r"|se\s+entende|si\s+intende|indica|indicano|désigne|désignent|signifie|bezeichnet|bedeutet|meint"
    r"|ist|sind|betekent|wordt\s+verstaan|oznacza|oznaczają|znamená|znamenají|se\s+rozumí"
    r"|è|sono|es|son|é|são|est|sont"  # a copula: '"Utenti Attivi Mensili" sono le persone ...'
    r"|означает|означают|понимается|[-–—]|(?<=[\"”»“’]):|(?<=[\"”»“’])\s:)\s+"
    r"([^.;]{3,400}?)\s*(?:[.;]|$)",
    _FLAGS,
)
# the term names a purpose or use, or a class of licensee
_HEAD = lazy_pattern(
    r"^(?:uso|usos|utiliza[çc]ão|finalidades?|fins?|prop[óo]sitos?|finalidad(?:es)?|fines"
    r"|doel\w*|gebruik|cel|celu|użyt\w*|korzystani\w*|účel\w*|užit\w*|použit\w*|цел[ьи]"
    r"|использовани\w*|деятельност\w*|применени\w*|практик\w*|praktijk\w*|praxe|praktyk\w*"
    r"|pratiques?|prácticas?|práticas?|pratiche|pratica|Praxis|Tätigkeit\w*|activités?"
    r"|actividad(?:es)?|atividades?|attività|activiteit\w*|działalnoś\w*|činnost\w*"
    r"|gebruiker|licentienemer|licencjobiorc\w*"
    r"|nabyvatel\w*|лицензиат\w*"
    r"|utilización|scop[oi]|finalità|utilizzo|usage|utilisation|finalités?|Zweck\w*|Nutzung"
    r"|Verwendung|organiza[çc][ãa]o|entidade|organización|entidad|organizzazione|ente"
    r"|organisation|entité|Organisation|Einrichtung|licenciad[oa]|licenciatari[oa]"
    r"|licenziatari[oa]|licencié|Lizenznehmer)\b",
    _FLAGS,
)
_MEANINGFUL = lazy_pattern(
    r"comerci|commerci|kommerz|gewerb|pesquis|investiga|ricerca|recherche|Forschung|acad[ée]m"
    r"|akadem|educa|éduca|Bildung|pessoal|personal|personnel|persönl|intern|lucr|profit|Gewinn"
    r"|empres|impres|entreprise|Unternehm|públic|pubblic|public|öffentlich|n[ãa]o\b|\bno\b"
    r"|\bnon\b|nicht",
    _FLAGS,
)
_SLOT = (
    r"\b(?:para|per|pour|für|zum|zur|zu|al|ao|à|dentro\s+d\w+|fuera\s+d\w+|fora\s+d\w+"
    r"|hors\s+d\w+|außerhalb\s+d\w+|voor|binnen|buiten|w|do|dla|poza|pro|k|ke|mimo|для|в|вне"
    r"|в\s+целях|в\s+рамках)\s+(?:(?:o|a|os|as|el|la|los|las|il|lo|i|gli|le|les|den"
    r"|die|das|dem|der|un|uma|una|une|qualquer|cualquier|qualsiasi|tout|toute|einen|einem|einer"
    r"|eines|jede[nmrs]?|een|het|de|elk|elke|ramach|celu|rámci|осуществления|целях|рамках)\s+"
    r"|l')?"
)


def defined_terms(passages: list[Passage]) -> dict[str, str]:
    """The opaque purpose and licensee terms the passages define -> their definitions'
    bodies (the first definition of a term)."""
    terms: dict[str, str] = {}
    for passage in passages:
        if passage.language not in LANGUAGES:
            continue
        for match in _DEFINED.finditer(passage.text):
            term, body = match.group(1).strip(), match.group(2).strip().rstrip(",")
            if term not in terms and _is_purpose(term, passage.language):
                terms[term] = body
    return terms


def _is_purpose(term: str, language: str | None) -> bool:
    """An opaque term naming a purpose, a use or a class of licensee: its head noun first
    (Romance languages), or last where it is declined ("Zulässiger Zweck")."""
    words = term.split()
    if not words or _MEANINGFUL.search(term):
        return False
    heads = [words[0], words[-1]] if language in _DECLINED else [words[0]]
    return any(_HEAD.match(head) for head in heads)


def _used_as(name: str, language: str | None) -> str:
    """The pattern of a term where it is used: declined languages by the stem of each word."""
    if language not in _DECLINED:
        return re.escape(name)
    stems = [word[: max(len(word) - 2, 4)] if len(word) > 4 else word for word in name.split()]
    return r"\s+".join(re.escape(stem) + r"\w*" for stem in stems)


def resolve_defined(passages: list[Passage]) -> list[Passage]:
    """The passages, each using an opaque defined term after a preposition (outside the
    definitions) read with the definition's body in brackets after the term (and a cap's
    measure or threshold defined elsewhere, `foreign_defined_caps`)."""
    passages = resolve_defined_harms(with_defined_caps(passages))  # ar, fa, he, tr, id, ...
    terms = defined_terms(passages)
    if not terms:
        return passages
    names = sorted(terms, key=len, reverse=True)
    language = {name: _language_of(name, passages) for name in names}
    slots = [(name, re.compile(_SLOT + "(" + _used_as(name, language[name]) + r")\b", _FLAGS))
             for name in names]  # fmt: skip
    used: set[str] = set()

    def with_body(name: str) -> Callable[[re.Match[str]], str]:
        def body(match: re.Match[str]) -> str:
            used.add(name)
            return f"{match.group()} ({terms[name]})"

        return body

    resolved = []
    for passage in passages:
        if passage.language in LANGUAGES and not _DEFINED.search(passage.text):
            text = passage.text
            for name, slot in slots:
                text = slot.sub(with_body(name), text)
            passage = replace(passage, text=text) if text != passage.text else passage
        resolved.append(passage)
    return [_marked(passage, used) for passage in resolved]


def _language_of(name: str, passages: list[Passage]) -> str | None:
    """The language of the passage defining a term."""
    for passage in passages:
        match = _DEFINED.search(passage.text)
        if match is not None and match.group(1).strip() == name:
            return passage.language
    return None


def _marked(passage: Passage, used: set[str]) -> Passage:
    """A definition of a term another passage uses: read there, so it names (`heading`)."""
    if passage.language not in LANGUAGES or not used:
        return passage
    defined = {m.group(1).strip() for m in _DEFINED.finditer(passage.text)}
    # nothing but definitions (and clause numbers) in it: another sentence it holds is kept
    rest = _DEFINED.sub(" ", passage.text)
    only = len(re.findall(r"[^\W\d_]{2,}", rest)) <= _OTHER_WORDS
    return replace(passage, heading=True) if defined and defined <= used and only else passage


_OTHER_WORDS = 2  # a clause caption before a definition ("Termini", "Begriffe")


# a definition standing at the start of a passage: '"Modell" sind die Gewichte ...', maybe
# after a short phrase saying where it holds ("Nella presente licenza, ", "En esta licencia, ")
_STARTS_DEFINED = lazy_pattern(
    r"^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?P<lead>[^\W\d_][\w'’]*(?:\s+[\w'’]+){0,5}\s*,\s*)?"
    + _DEFINED.pattern,
    _FLAGS,
)


def is_plain_definition(text: str, cues: Cues | None) -> bool:
    """A definition of a party or a thing (no purpose, use or licensee: `_is_purpose`) whose
    body has no restrictive word of its language: it states no term."""
    match = _STARTS_DEFINED.match(text)
    if match is None or cues is None or cues.prohibited is None:
        return False
    term = match.group(2).strip()  # group 1 is the lead
    if _HEAD.match(term.split()[0]) or _HEAD.match(term.split()[-1]):
        return False
    rest = (match.group("lead") or "") + " " + text[match.start(3) :]
    return cues.restrictive.search(rest) is None and cues.prohibited.search(rest) is None
