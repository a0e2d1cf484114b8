"""A purpose defined as non-commercial in Spanish, Portuguese, French, Italian or Romanian and
used by its name elsewhere, for `terms.foreign` ('"Uso Consentido": toda utilización que no
persiga lucro' then "autoriza ... la utilización del Modelo en tanto se trate de un Uso
Consentido"; '"Finalità Ammessa" indica ogni uso senza scopo di lucro'): the passages using the
name are read with the definition's body in brackets after it (as `foreign_definitions` does
for opaque terms after a preposition), and the definition itself, read there, is marked as
naming (`heading`). A sentence denying the purpose to a use ("No constituye Uso Consentido la
utilización realizada por una sociedad comercial") is read so too: a ban.

Only a term whose head names a use or purpose ("Uso", "Utilización", "Fines", "Finalità",
"Usage", "Utilizare") and whose body says the use seeks no profit is resolved; the definition's
own sentence may be told as any language (a short one often is), its words are these.

A class of licensee defined by a cap ('Considera-se "Empresa de Grande Porte" ... a pessoa
jurídica que tenha auferido receita bruta superior a R$ 50.000.000,00') is resolved so too: a
sentence using it ("A licença não alcança o uso comercial por Empresa de Grande Porte") then
states the cap, and what it asks for is the cap's condition (`foreign.py`'s cap reading).
"""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.language import Passage

_FLAGS = re.IGNORECASE

_DEFINITION = lazy_pattern(
    r"^\W{0,6}(?:[a-z0-9]{1,3}[.)]\s*)?[\"“«„‘]\s*(?P<term>(?:Uso|Usos|Utilización|Utilização"
    r"|Utilisation|Usage|Utilizzo|Uso|Utilizare|Fines?|Fins?|Finalidad|Finalidade|Finalité"
    r"|Finalità|Scop)\b[^\"”»“’]{2,40}?)\s*[\"”»“’]\s*(?::|significa|designa|désigne|indica"
    r"|înseamnă|es|é|est|è|,)\s+(?P<body>[^.;]{5,200})"
)
_NO_PROFIT_BODY = lazy_pattern(
    r"\bno\s+persig\w*\s+(?:\w+\s+){0,2}?lucro|\bnão\s+(?:vise|visem|tenha|persig\w*)\s+"
    r"(?:\w+\s+){0,2}?lucro|\bne\s+poursui\w+\s+(?:aucun|pas\s+de)\s+(?:but\s+)?lucrati"
    r"|\bnon\s+persegu\w+\s+(?:\w+\s+){0,2}?(?:lucro|profitto)|\b(?:sin|sem|sans|senza|fără)\s+"
    r"(?:fin\w*|ánimo|scop\w*|but)\s+(?:de\s+|di\s+|d['’])?(?:lucr\w*|profit\w*)"
    r"|\b(?:no|não|non|ne)[- ]?(?:comercia|commercia|lucrativ|lucrati)\w*"
    # not meant for profit: "a que não se destine ... à obtenção de lucro", "que no se destine a"
    r"|\b(?:no|não|non|ne|nu)\s+(?:se\s+)?(?:\w+\s+)?(?:destin\w*|orient\w*|dirig\w*|vis\w*)\b"
    r"[^.;]{0,60}?\b(?:lucr\w*|profit\w*|ganancia\w*|guadagn\w*|gain\w*)",
    _FLAGS,
)
_DENIED = lazy_pattern(
    r"\b(?:no\s+(?:constituye|es|será)|não\s+(?:constitui|é|será)|ne\s+constitue\s+pas|n['’]est"
    r"\s+pas|non\s+(?:costituisce|è)|nu\s+(?:constituie|este))\s+(?:un\s+|una\s+|um\s+|uma\s+)?$",
    _FLAGS,
)


# a class of licensee defined by a cap, the verb first: 'Considera-se "Empresa de Grande Porte",
# para os fins desta licença, a pessoa jurídica que tenha auferido receita bruta superior a R$
# 50.000.000,00', 'On entend par « Grande Entreprise » toute société dont le chiffre d'affaires'
_CAP_DEFINITION = lazy_pattern(
    r"\b(?:considera-se|consideram-se|entende-se|se\s+considera|se\s+entiende\s+por"
    r"|on\s+entend\s+par|est\s+considérée?\s+comme|si\s+intende(?:\s+per)?|si\s+considera"
    r"|se\s+consideră)\s+[\"“«„]\s*(?P<term>[^\"”»“]{2,40}?)\s*[\"”»]\s*,?\s*(?P<body>.{5,300})$",
    _FLAGS,
)
_MEASURE = lazy_pattern(
    r"\b(?:receita|faturamento|facturação|ingresos|facturación|chiffre\s+d['’]affaires|revenus?"
    r"|fatturato|ricavi|cifr[ăa]\s+de\s+afaceri|venituri|usuári|utilizador|usuari|utilisateur"
    r"|utent|utilizator)\w*",
    _FLAGS,
)
_MIN_CAP = 1000


def _cap_body(body: str) -> bool:
    """Whether a definition's body states a cap: a measure and a number of at least 1,000."""
    from auditor.licenses.terms.foreign_caps import numbers  # the caps' own number reader

    return _MEASURE.search(body) is not None and any(v >= _MIN_CAP for _, _, v in numbers(body))


def romance_defined(passages: list[Passage]) -> list[Passage]:
    """The passages with each non-commercial purpose term defined among them resolved
    (module docstring)."""
    terms: dict[str, str] = {}
    defining: set[int] = set()
    for index, passage in enumerate(passages):
        found = _DEFINITION.search(passage.text)
        if found is not None and _NO_PROFIT_BODY.search(found.group("body")) is not None:
            terms.setdefault(found.group("term").strip(), found.group("body").strip())
            defining.add(index)
            continue
        capped = _CAP_DEFINITION.search(passage.text)
        if capped is not None and _cap_body(capped.group("body")):
            # the class is read where it is used, as the cap's condition; its definition keeps
            # stating the cap itself (not marked)
            terms.setdefault(capped.group("term").strip(), capped.group("body").strip(" ."))
    if not terms:
        return passages
    out: list[Passage] = []
    for index, passage in enumerate(passages):
        if index in defining:
            out.append(replace(passage, heading=True))  # read where the term is used
            continue
        text = passage.text
        for term, body in terms.items():
            text = re.sub(rf"(?<![\w-]){re.escape(term)}(?![\w-])", _with(term, body, text), text)
        out.append(replace(passage, text=text) if text != passage.text else passage)
    return out


def _with(term: str, body: str, text: str) -> str:
    """The term with the body after it, and a use denied the purpose named as a ban."""
    start = text.find(term)
    denied = start >= 0 and _DENIED.search(text[max(start - 30, 0) : start]) is not None
    ban = " (uso no comercial; el uso comercial no está permitido)" if denied else ""
    return f"{term} ({body}){ban}".replace("\\", "\\\\")
