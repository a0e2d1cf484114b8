"""Routes to commercial use in Romanian, and a notice said to be no request for the licensor's
decision in Portuguese, Spanish, French, Italian and Romanian, for `foreign_routes` (see there
for what each table is).

- Romanian's tables: the licensor's decision ("aprobare", "autorizare", "acord"), a negation
  near it ("nu", "nici"), telling the licensor ("transmite o notificare", "comunică"), before
  or to start commercial use ("înainte de prima utilizare comercială"), and a refusal ("poate
  refuza", "la libera sa apreciere");
- "giving notice" in Portuguese ("dará ciência desse fato à LICENCIANTE") is telling;
- a notice said to be no request for a decision ("Não se trata de pedido de autorização", "La
  notificación no es una solicitud de aprobación", "n'est pas une demande d'autorisation",
  "non è una richiesta di approvazione", "nu este o cerere de aprobare"): the decision it names
  is not asked for (`not_a_request` blanks it before the tables are read).
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

DECISION = {"ro": r"aprob\w*|autoriza\w*|acord(?:ul|ului)?\b|consim[țţ][ăa]m[âa]nt\w*|permisiun\w*"}
NOT = {"ro": r"\b(?:nu|nici)\b"}
NOT_AFTER = {"ro": r"^\W*(?:\w+\s+)?nu\s+(?:este|e|va\s+fi)\s+(?:necesar|obligatori|cerut)"}
TELL = {
    "ro": r"transmit\w*|trimit\w*|notific\w*|comunic\w*|inform\w*|înregistr\w*|înscri\w*",
}
BEFORE = {"ro": r"înainte\s+de|în\s+prealabil|prealabil\w*|pentru\s+a\s+începe"}
COMMERCIAL = {"ro": r"comercia\w*"}
REFUSE = {
    "ro": r"(?:poate|va\s+putea)\s+(?:\w+\s+){0,4}?(?:refuza|respinge)|la\s+(?:libera|exclusiva)"
    r"\s+sa\s+(?:apreciere|discre[țţ]ie)",
}
TABLES = (DECISION, NOT, NOT_AFTER, TELL, BEFORE, COMMERCIAL, REFUSE)
# telling in Portuguese, beside its table: "dará ciência", "dar ciência prévia"
TELL_PT = r"|d(?:ar|ará|ê|ão|arão)\s+ciência|ciência\s+prévia"

_NOT_A_REQUEST = lazy_pattern(
    r"\b(?:não|no|n['’]est\s+pas|ne\s+constitue\s+pas|non|nu)\s+(?:é|es|constitui|constituye"
    r"|se\s+trata\s+de|è|este|reprezintă|costituisce)?\s*(?:um|uma|una|un|une|o)?\s*"
    r"(?:pedido|requerimento|solicitação|solicitud|petición|demande|requête|richiesta|domanda"
    r"|istanza|cerere|solicitare)\s+(?:de|d['’]|di)\s*(?P<decision>\w+)",
    re.IGNORECASE,
)


def not_a_request(text: str) -> str:
    """The passage with each decision it says it does not ask for blanked."""

    def blank(match: re.Match[str]) -> str:
        start, end = match.span("decision")
        whole = match.group()
        offset = start - match.start()
        return whole[:offset] + "_" * (end - start) + whole[offset + end - start :]

    return _NOT_A_REQUEST.sub(blank, text)
