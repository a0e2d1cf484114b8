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
"""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.licenses.text.language import Passage

_FLAGS = re.IGNORECASE
LANGUAGES = frozenset({"pt", "es", "it", "fr", "de"})

# '"X" significa ...' (one passage may hold several numbered definitions: each is found)
_DEFINED = re.compile(
    r"[\"“«„‘]\s*([^\"”»“‘’]{2,60}?)\s*[\"”»“’]"
    r"\s*(?:\([^)]*\)\s*)?(?:significa|significam|significará|designa|designam|se\s+refiere\s+a"
    r"|se\s+entende|si\s+intende|indica|indicano|désigne|désignent|signifie|bezeichnet|bedeutet|meint)\s+"
    r"([^.;]{3,400}?)\s*(?:[.;]|$)",
    _FLAGS,
)
# the term names a purpose or use, or a class of licensee
_HEAD = re.compile(
    r"^(?:uso|usos|utiliza[çc]ão|finalidades?|fins?|prop[óo]sitos?|finalidad(?:es)?|fines"
    r"|utilización|scop[oi]|finalità|utilizzo|usage|utilisation|finalités?|Zweck\w*|Nutzung"
    r"|Verwendung|organiza[çc][ãa]o|entidade|organización|entidad|organizzazione|ente"
    r"|organisation|entité|Organisation|Einrichtung|licenciad[oa]|licenciatari[oa]"
    r"|licenziatari[oa]|licencié|Lizenznehmer)\b",
    _FLAGS,
)
_MEANINGFUL = re.compile(
    r"comerci|commerci|kommerz|gewerb|pesquis|investiga|ricerca|recherche|Forschung|acad[ée]m"
    r"|akadem|educa|éduca|Bildung|pessoal|personal|personnel|persönl|intern|lucr|profit|Gewinn"
    r"|empres|impres|entreprise|Unternehm|públic|pubblic|public|öffentlich|n[ãa]o\b|\bno\b"
    r"|\bnon\b|nicht",
    _FLAGS,
)
_SLOT = (
    r"\b(?:para|per|pour|für|zum|zur|al|ao|à|dentro\s+d\w+|fuera\s+d\w+|fora\s+d\w+"
    r"|hors\s+d\w+|außerhalb\s+d\w+)\s+(?:(?:o|a|os|as|el|la|los|las|il|lo|i|gli|le|les|den"
    r"|die|das|dem|der|un|uma|una|une|qualquer|cualquier|qualsiasi|tout|toute)\s+|l')?"
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
            head = term.split()[0] if term.split() else ""
            if term not in terms and _HEAD.match(head) and not _MEANINGFUL.search(term):
                terms[term] = body
    return terms


def resolve_defined(passages: list[Passage]) -> list[Passage]:
    """The passages, each using an opaque defined term after a preposition (outside the
    definitions) read with the definition's body in brackets after the term."""
    terms = defined_terms(passages)
    if not terms:
        return passages
    names = sorted(terms, key=len, reverse=True)
    used = re.compile(_SLOT + r"(" + "|".join(map(re.escape, names)) + r")\b", _FLAGS)
    lowered = {name.lower(): body for name, body in terms.items()}

    def with_body(match: re.Match[str]) -> str:
        return f"{match.group()} ({lowered[match.group(1).lower()]})"

    resolved = []
    for passage in passages:
        if passage.language in LANGUAGES and not _DEFINED.search(passage.text):
            text = used.sub(with_body, passage.text)
            passage = replace(passage, text=text) if text != passage.text else passage
        resolved.append(passage)
    return resolved
