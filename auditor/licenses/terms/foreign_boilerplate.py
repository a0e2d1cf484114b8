"""Boilerplate clauses of license texts in Portuguese, Spanish, Italian, French and German that
state no term of use, for `foreign_no_term` (the English rules leave them aside too):

- rights not granted are reserved ("O Licenciante mantém todos os direitos não concedidos
  expressamente", "Alle nicht ausdrücklich eingeräumten Rechte bleiben vorbehalten");
- the licensor is not liable ("não responde por danos", "no será responsable de ningún daño",
  "non risponde dei danni", "n'est pas responsable", "haftet nicht");
- the licensor claims no right in the outputs ("não reivindica direitos sobre os resultados",
  "ne revendique aucun droit sur eux"), or they belong to the user ("Les textes produits par
  le modèle appartiennent à l'utilisateur");
- how long the agreement is in force ("Este Contrato vigora até ser extinto");
- a breach ends the license ("A violação da cláusula 7 extingue automaticamente a licença");
- the licensee is to obey the applicable law (the English rules read no term in it either).

Ukrainian, Russian and Indonesian reserve the rights not granted too ("Усі права, прямо не
надані, залишаються за Ліцензіаром", "Semua hak yang tidak diberikan ... tetap dimiliki").
Polish, Czech, Russian and Dutch share the last three shapes ("nie rości sobie praw do
wyników", "nenárokuje si žádná práva k výstupům", "не претендует на права на результаты",
"maakt geen aanspraak op de uitvoer"; "Naruszenie licencji powoduje jej wygaśnięcie").

A sentence among them that also speaks of commercial use, a permission, a ban or a purpose is
no boilerplate: it stays for the term readers (and is reported when none reads it).
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

_FLAGS = re.IGNORECASE


def _re(*pieces: str) -> re.Pattern[str]:
    return lazy_pattern("|".join(pieces), _FLAGS)


_RESERVED = _re(
    r"\b(?:todos\s+os|todos\s+los|tutti\s+i|tous\s+les|alle)\s+(?:\w+\s+){0,3}?(?:direitos|derechos"
    r"|diritti|droits|Rechte)\s+(?:\w+\s+){0,2}?(?:não|no|non|nicht)\s+(?:\w+\s+){0,2}?"
    r"(?:concedid|otorgad|outorgad|concess|accordé|concédé|octroy|eingeräumt|gewährt|erteilt)",
    r"\bRechte\s+(?:bleiben\s+(?:\w+\s+){0,3}?)?vorbehalten|\bbehält\s+sich\s+alle\s+(?:\w+\s+){0,3}?Rechte\s+vor",
    # uk, ru, id: "Усі права, прямо не надані ..., залишаються за Ліцензіаром", "Semua hak yang
    # tidak diberikan secara tegas ... tetap dimiliki Pemberi Lisensi"
    r"\b(?:усі|всі|все)\s+права\b[^.;]{0,60}?\b(?:не\s+надан\w*|не\s+предоставлен\w*"
    r"|залишаються|зберігаються|сохраняются|остаются)",
    r"\b(?:semua|seluruh)\s+hak\b[^.;]{0,80}?\b(?:tidak\s+diberikan|tetap\s+(?:dimiliki"
    r"|menjadi\s+milik|berada)|dicadangkan)",
)
_NOT_LIABLE = _re(
    r"\bnão\s+(?:responde|se\s+responsabiliza|(?:é|será)\s+responsável)",
    r"\bno\s+(?:responde|se\s+responsabiliza|(?:es|será)\s+responsable)",
    r"\bnon\s+(?:risponde|(?:è|sarà)\s+responsabile)",
    r"\bn'est\s+pas\s+responsable|\bne\s+(?:sera|saurait\s+être)\s+(?:tenue?\s+)?responsable"
    r"|\bdécline\s+toute\s+responsabilité",
    r"\bhaftet\s+(?:\w+\s+)?nicht|\b(?:keine|keinerlei)\s+Haftung",
)
_NO_CLAIM = _re(
    r"\b(?:não\s+reivindica|no\s+(?:reclama|reivindica)|non\s+rivendica|ne\s+revendique"
    r"|beansprucht\s+keine|nie\s+rości\s+sobie|nenárok\w*|не\s+претенду\w*"
    r"|maakt?\s+geen\s+aanspraak|claimt\s+geen)\b[^.;]{0,40}?\b(?:resultados|saídas|respostas"
    r"|respuestas|salidas|risultati|output|résultats|sorties|réponses|Ausgaben|Ergebnisse"
    r"|conteúdos?|contenidos?|contenuti|contenus?|Inhalte|wynik\w*|treści\w*|odpowiedzi"
    r"|výstup\w*|výsled\w*|результат\w*|ответ\w*|uitvoer|resultaten|uitkomsten)\b",
    # the outputs named in the sentence before: "ne revendique aucun droit sur eux"
    r"\b(?:não\s+reivindica|no\s+(?:reclama|reivindica)|non\s+rivendica|ne\s+revendique)\s+"
    r"(?:\w+\s+){0,3}?(?:sobre|su|sur)\s+(?:eles|elas|ellos|ellas|di\s+essi|di\s+esse|eux|elles"
    r"|ceux-ci|celles-ci)\b",
)
# the outputs belong to the user: "Les textes produits par le modèle appartiennent à
# l'utilisateur", "los resultados pertenecen al usuario", "gli output appartengono all'utente"
_OUTPUTS_OWNED = _re(
    r"\b(?:résultats|sorties|réponses|textes|contenus?|resultados|salidas|respuestas|textos"
    r"|contenidos?|saídas|respostas|conteúdos?|risultati|output|testi|contenuti)\b[^.;]{0,50}?"
    r"\b(?:appartiennent|appartient|pertenecen|pertenece|pertencem|pertence|appartengono"
    r"|appartiene)\s+(?:à\s+l'|à\s+|al\s+|a\s+la\s+|ao\s+|à\s+|all'|al\s+|a\s+)?"
    r"(?:utilisat\w*|usuari\w*|utilizador\w*|utent\w*|licencié\w*|licenciatari\w*"
    r"|licenziatari\w*|vous|usted|você|voi)\b",
)
_AGREEMENT = (
    r"(?:contrato|licença|acordo|licencia|acuerdo|contratto|licenza|accordo|contrat|licence"
    r"|Vertrag|Lizenz|Vereinbarung)\w*"
)
_IN_FORCE = _re(
    rf"\b{_AGREEMENT}\b[^.;]{{0,30}}?\b(?:vigora\w*|vigente|em\s+vigor|en\s+vigor|in\s+vigore"
    r"|en\s+vigueur|in\s+Kraft|gilt|bleibt\s+wirksam|produz\s+efeitos|surte\s+efectos)\b",
)
_ENDED = _re(
    r"\b(?:violação|violações|incumprimento|descumprimento|violación|incumplimiento|violazione"
    r"|inadempimento|violation|manquement|Verstoß|Verletzung|naruszeni\w*|porušení\w*"
    r"|нарушени\w*|schending|inbreuk)\b[^.;]{0,80}?\b(?:extingu|rescind|termin|cessa|resolv"
    r"|risol|résili|met\s+fin|prend\s+fin|pone\s+fin|pondrá\s+fin|põe\s+fim|porá\s+fim"
    r"|pone\s+termine|mette\s+fine|endet|beendet|erlisch|erlösch|revog|revoc|révoqu"
    r"|widerruf|wygas|wygaś|rozwiąz|z[aá]nik|ukonč|прекращ|расторж|beëindig|vervalt"
    r"|eindigt)\w*",
)
# the licensee is to obey the law ("Лицензиат обязан соблюдать применимое законодательство",
# "Licencjobiorca zobowiązany jest przestrzegać obowiązujących przepisów"): the law binds anyway
_OBEY_LAW = _re(
    r"\b(?:обязан\w*|должен|должны)\s+соблюдать\s+(?:\w+\s+){0,2}?(?:законодательств\w*|закон\w*)",
    r"\bprzestrzega\w*\s+(?:\w+\s+){0,2}?(?:prawa|przepisów|ustaw)",
    r"\bdodržov\w*\s+(?:\w+\s+){0,2}?(?:právní\w*\s+předpis\w*|zákon\w*|práv[oa])",
    r"\b(?:houdt|houden|naleven|na\s+te\s+leven)\b[^.;]{0,40}?\b(?:toepasselijke|geldende)\s+"
    r"(?:wet\w*|regelgeving)",
    r"\bgeltende\w*\s+(?:Recht|Gesetze)\w*\s+(?:einzuhalten|einhalten|zu\s+beachten)",
    r"\b(?:respecter|se\s+conformer\s+à)\s+(?:la\s+|les\s+)?(?:législation|lois?|réglementation)",
    r"\bcumplir\s+(?:con\s+)?(?:la\s+|las\s+)?(?:legislación|leyes|normativa)",
    r"\bcumprir\s+(?:a\s+|as\s+)?(?:legislação|leis)",
)
# words of a term of use: such a sentence is no boilerplate
_TERM = _re(
    r"comercia|commercia|kommerz|gewerb|permiss|permis|autoriza|autoriz|Erlaubnis|Genehmigung"
    r"|proib|prohib|vietat|interdi|verbot|untersag|apenas|somente|solo|seulement|uniquement|nur\b"
    r"|pesquisa|investigación|ricerca|recherche|Forschung|usuários|usuarios|utenti|utilisateurs"
    r"|Nutzer|komercyjn|komerčn|коммерческ|commercieel|zgod|souhlas|согласи|toestemming"
    r"|tylko|pouze|только|alleen|zakaz|zákaz|запрещ|verbod|badaw|výzkum|исследоват|onderzoek"
    r"|użytkownik|uživatel|пользовател|gebruiker|beleid|polic|Richtlinie|politique|política"
    r"|polityk|zásad|политик|voorwaarden|ограничени|beperking|Beschränkung|restri",
)


def is_boilerplate(text: str) -> bool:
    """Whether a passage is one of the boilerplate clauses above (module docstring)."""
    if _TERM.search(text):
        return False
    return any(
        p.search(text)
        for p in (_RESERVED, _NOT_LIABLE, _NO_CLAIM, _OUTPUTS_OWNED, _IN_FORCE, _ENDED, _OBEY_LAW)
    )
