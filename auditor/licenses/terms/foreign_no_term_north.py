"""Passages in German, Dutch, Polish, Russian, Ukrainian, Swedish and Czech that state no term of
use, for `foreign_no_term` (read, and they add nothing):

- a warranty disclaimer in words `foreign_duties` lacks ("ohne Zusicherung bestimmter
  Eigenschaften überlassen", "i befintligt skick", "bez záruky", "без гарантій");
- the grant said to be non-exclusive or not transferable, and nothing else ("Rätten är inte
  exklusiv", "Die Lizenz ist nicht übertragbar", "Licencja jest niewyłączna");
- no further licence, consent or procedure needed ("Eine weitere Lizenz oder Zustimmung braucht
  es dafür nicht", "Nie prowadzimy żadnej rejestracji ani procedury akceptacji", "Ytterligare
  tillstånd krävs inte"): it takes nothing away from the grant it follows;
- a notice said to be for information only ("Zgłoszenie ma charakter wyłącznie informacyjny",
  "Die Meldung dient nur der Information"): the notice itself is read where it is asked for;
- the licensee's own law chosen ("Anwendbar ist das Recht des Staates, in dem der Lizenznehmer
  seinen Sitz hat"): never a foreign law;
- a question of a licence written as questions and answers ("Czy mogę używać modelu w firmie?",
  "Darf ich das Modell weitergeben?"), and the lead-in saying the answers bind: the answers
  are read;
- the outputs said to belong to the licensee ("Die vom Modell erzeugten Texte gehören Ihnen",
  "Результаты принадлежат вам"): a ban on using them is read where it stands;
- a breach of the rules said to be a breach of the licence ("Нарушение Правил есть нарушение
  соглашения");
- a clause saying another does not apply to a class of models, with no term of its own ("Für
  die reinen Textmodelle gilt Absatz 1 nicht"): it narrows the clause it names, which is read
  for what it binds (end users spared are `foreign_provisos`').

A passage with a commercial word, a ban or an "only" is none of these: its cues read it, or it
is reported.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_slavic import states_no_term_slavic

_FLAGS = re.IGNORECASE


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, _FLAGS)


_DISCLAIMER = _re(
    r"\bohne\s+(?:jede\s+|jegliche\s+)?(?:Zusicherung|Garantie|Gewährleistung)\w*"
    r"|\b(?:keine|übernimmt\s+keine)\s+(?:Zusicherung|Garantie)\w*"
    r"|\bzonder\s+(?:enige\s+)?(?:toezegging|waarborg)\w*|\bbez\s+(?:rękojmi|gwarancji)"
    r"|\bi\s+befintligt\s+skick|\butan\s+(?:några\s+)?garanti\w*|\bbez\s+(?:jakékoli\s+)?záruk\w*"
    r"|\bbez\s+záruky|без\s+(?:будь-яких\s+|жодних\s+)?гаранті\w*|\bяк\s+є\b|\bбез\s+гаранти\w*"
)
# the right or licence non-exclusive, not transferable, free: nothing more
_SUBJECT = (
    r"(?:(?:Das|Dieses)\s+(?:Recht|Nutzungsrecht)|Die\s+Lizenz|Het\s+recht|De\s+licentie"
    r"|Licencja|Prawo|Rätten|Licensen|Nyttjanderätten|Licence|Oprávnění|Лицензия|Право"
    r"|Ліцензія)"
)
_PLAIN_RIGHT = _re(
    rf"^\W*{_SUBJECT}\s+(?:ist|is|jest|är|je|является|є)?\s*(?:(?:nicht|niet|inte|ej|не|не\s+є)"
    r"[- ]?)?(?:ausschließlich|ausschliesslich|exklusiv|exclusief|exklusiv|übertragbar"
    r"|overdraagbaar|överlåtbar|niewyłączn\w*|nieprzenoszaln\w*|nevýhradní|nepřevoditeln\w*"
    r"|неисключительн\w*|непередаваем\w*|невиключн\w*|unentgeltlich|kosteloos|nieodpłatn\w*"
    r"|avgiftsfri|bezúplatn\w*|безвозмездн\w*|безоплатн\w*)"
    r"(?:\s*(?:,|und|en|i|och|a|и|і|та)\s*(?:(?:nicht|niet|inte|ej|не)[- ]?)?\w+){0,3}\W*$"
)
# a further licence, consent or procedure said not to be needed
_NOT_NEEDED = _re(
    r"\b(?:weitere|gesonderte|zusätzliche|andere|keine(?:r|n)?\s+(?:weitere|gesonderte))\w*\s+"
    r"(?:Lizenz|Zustimmung|Genehmigung|Erlaubnis|Registrierung)\w*[^.;]{0,40}?\b(?:braucht\s+es"
    r"(?:\s+\w+)?\s+nicht|(?:ist|sind|wird|werden)\s+(?:\w+\s+)?nicht\s+(?:erforderlich|nötig|notwendig"
    r"|benötigt)|bedarf\s+es\s+nicht)"
    r"|\bes\s+bedarf\s+keine[rn]?\s+(?:weiteren|gesonderten|zusätzlichen)\s+(?:Lizenz|Zustimmung"
    r"|Genehmigung)"
    r"|\b(?:geen|niet)\s+(?:aparte|afzonderlijke|verdere|aanvullende|andere)\s+(?:licentie"
    r"|toestemming|registratie)\w*[^.;]{0,30}?\b(?:nodig|vereist)"
    r"|\bnie\s+prowadzimy\s+(?:żadnej|żadnych)\s+(?:rejestracji|procedur\w*)"
    r"|\bnie\s+(?:jest|są)\s+(?:potrzebn|wymagan)\w*\s+(?:żadn\w+\s+)?(?:dodatkow|odrębn|osobn)\w*"
    r"\s+(?:licencj|zgod|rejestracj)\w*"
    r"|\b(?:ingen|inget)\s+(?:ytterligare|separat|särskild|annan)\w*\s+(?:licens|tillstånd"
    r"|godkännande|registrering)\w*[^.;]{0,30}?\b(?:krävs|behövs)"
    r"|\b(?:ytterligare|separat|särskilt)\w*\s+(?:licens|tillstånd|godkännande)\w*\s+(?:krävs"
    r"|behövs)\s+inte"
    r"|\b(?:další|samostatn\w*|zvláštní)\s+(?:licenc\w*|souhlas\w*|registrac\w*)[^.;]{0,30}?"
    r"\bnení\s+(?:potřeba|třeba|nutn\w*)"
    r"|дополнительн\w*\s+(?:лицензи|разрешени|согласи|регистраци)\w*[^.;]{0,30}?не\s+"
    r"(?:требуется|нужн\w*)|додатков\w*\s+(?:ліцензі|дозв|згод|реєстраці)\w*[^.;]{0,30}?не\s+"
    r"(?:потрібн\w*|вимагається)"
)
# a notice for information only
_INFORMATIONAL = _re(
    r"\b(?:Zgłoszeni|Powiadomieni|Rejestracj|Meldung|Mitteilung|Anzeige|Registrierung|melding"
    r"|kennisgeving|registratie|anmälan|underrättelse|registrering|oznámení|registrac|уведомлени"
    r"|регистраци|повідомлен|реєстраці)\w*[^.;]{0,40}?\b(?:ma\s+charakter\s+(?:wyłącznie\s+|jedynie"
    r"\s+|tylko\s+)?informacyjny|służy\s+(?:wyłącznie\s+|jedynie\s+)?(?:celom\s+)?informacyjn\w*"
    r"|dient\s+(?:nur|lediglich|ausschließlich)\s+der\s+Information|(?:ist|hat)\s+(?:rein|nur)"
    r"\s+informativ\w*|(?:is|zijn)\s+(?:louter|uitsluitend|alleen)\s+informatief|är\s+(?:endast"
    r"|bara)\s+(?:för\s+kännedom|informativ\w*)|má\s+(?:pouze\s+|jen\s+)?informativní\s+charakter"
    r"|носит\s+(?:исключительно\s+|только\s+)?информационный\s+характер"
    r"|має\s+(?:виключно\s+|лише\s+)?інформаційний\s+характер)"
)
# the law of the licensee's seat
_OWN_LAW = _re(
    r"\b(?:Recht|recht|prawo|право|rätt|lag|právo)\s+(?:des\s+(?:Staates|Landes)|van\s+het\s+land"
    r"|państwa|страны|государства|держави|det\s+land|landet|státu|země)[^.;]{0,60}?"
    r"\b(?:Lizenznehmer|licentienemer|licencjobiorc|лицензиат|ліцензіат|licenstagare|nabyvatel)\w*"
)
# a question of a question-and-answer licence, and its lead-in
_QUESTION = _re(
    r"^\W*(?:Czy|Darf|Dürfen|Kann|Können|Muss|Müssen|Mag|Mogen|Kan|Moet|Får|Måste|Mohu|Můžu"
    r"|Smím|Musím|Могу|Можно|Нужно|Должен|Чи|Jakie|Jaki|Welche[sr]?|Welk\w*|Vilke[nt]|Jaké"
    r"|Какое|Какой|Яке|Який)\b[^?]{3,200}\?\W*$"
)
_ANSWERS_BIND = _re(
    r"\b(?:Poniższe|Następujące|Die\s+folgenden|Nachstehende\w*|De\s+volgende|Onderstaande"
    r"|Följande|Nedanstående|Následující|Níže\s+uvedené|Следующие|Приведённые\s+ниже|Наведені"
    r"\s+нижче)\s+(?:odpowiedzi|Antworten|antwoorden|svar(?:en)?|odpovědi|ответы|відповіді)\b"
    r"[^.;]{0,80}?\b(?:wiążąc\w*|verbindlich\w*|bindend\w*|bindande|závazn\w*|обязательн\w*"
    r"|обов'язков\w*|treść\s+licencji|Teil\s+der\s+Lizenz)"
)
# another clause said not to apply to a class of models or users
_NOT_APPLYING = _re(
    r"^\W*(?:Für|Voor|Dla|Для|För|Pro)\b[^.;]{0,60}?\b(?:gilt|geldt|stosuje\s+się|применяется"
    r"|gäller|platí|застосовується)\s+(?:Absatz|Artikel|Art\.|§|lid|ust\.|punkt|пункт|stycke"
    r"|odstavec|článek)\s*\d+\w*\s+(?:nicht|niet|nie|не|inte|ne)\W*$"
    r"|\b(?:Absatz|Artikel|§)\s*\d+\w*\s+(?:gilt|findet)\s+(?:nicht|keine\s+Anwendung)\s+"
    r"(?:für|auf)\b[^.;]{0,80}\W*$"
)
# a breach of the rules said to be a breach of the licence: it adds no term to either
_BREACH = _re(
    r"^\W*(?:Нарушение|Порушення|Verstöße?|Verletzung|Schending|Overtreding|Naruszenie|Brott"
    r"|Överträdelse|Porušení)\s[^.;]{0,40}?\s(?:есть|является|є|ist|gilt\s+als|gelten\s+als|is|geldt\s+als"
    r"|stanowi|jest|utgör|är|je|představuje)\s+(?:также\s+|auch\s+|ook\s+|także\s+|också\s+)?"
    r"(?:нарушени\w*|порушенн\w*|(?:ein\s+)?Verstoß|(?:eine\s+)?Verletzung|(?:een\s+)?"
    r"(?:schending|overtreding)|naruszeni\w*|(?:ett\s+)?(?:brott|avtalsbrott)|porušení)\b"
)
# the outputs said to belong to the licensee ("Die vom Modell erzeugten Texte gehören Ihnen")
_OUTPUTS_YOURS = _re(
    r"\b(?:Ergebniss\w*|Ausgaben|(?:erzeugt|generiert)\w*\s+(?:Texte|Inhalte|Daten)|uitvoer"
    r"|output\w*|wynik\w*|результат\w*|utdata|resultat\w*|výstup\w*)\b[^.;]{0,80}?\b(?:gehören"
    r"\s+(?:Ihnen|dir|dem\s+Lizenznehmer)|stehen\s+(?:Ihnen|dir)\s+zu|(?:is|zijn)\s+van\s+u"
    r"|komen\s+u\s+toe|należą\s+do\s+(?:Ciebie|Pana|Licencjobiorc\w*)|принадлежат\s+(?:вам"
    r"|лицензиату)|належать\s+(?:вам|ліцензіату)|tillhör\s+(?:dig|er|licenstagaren)"
    r"|patří\s+(?:vám|tobě|nabyvateli))"
)
_TERM_WORDS = _re(
    r"kommerz|gewerb|commerc|komercyj|zarobk|коммерч|комерц|kommersi|komerč|výdělečn"
    r"|\b(?:nur|ausschließlich|alleen|uitsluitend|wyłącznie|tylko|только|исключительно|лише"
    r"|endast|pouze)\b|verbot|untersag|verbod|zakaz|запрещ|заборон|förbjud|zakázán"
)


def states_no_term_north(text: str) -> bool:
    """Whether a passage in one of the languages above states no term (module docstring)."""
    if states_no_term_slavic(text):  # pl, ru, uk, cs, sk, hr, bg, lt: `foreign_slavic`
        return True
    informational = _INFORMATIONAL.search(text) is not None  # "wyłącznie informacyjny"
    if _TERM_WORDS.search(text) and not informational:
        return False
    shapes = (
        _DISCLAIMER,
        _PLAIN_RIGHT,
        _NOT_NEEDED,
        _OWN_LAW,
        _QUESTION,
        _ANSWERS_BIND,
        _BREACH,
        _OUTPUTS_YOURS,
    )
    return (
        informational
        or any(shape.search(text) for shape in shapes)
        or _NOT_APPLYING.search(text) is not None
    )


def narrows_a_clause(text: str) -> bool:
    """Whether a passage only says a numbered clause does not apply to a class of models ("Für
    die reinen Textmodelle gilt Absatz 1 nicht"): a proviso after it still qualifies the clause
    before it (`foreign_provisos`)."""
    return _NOT_APPLYING.search(text) is not None
