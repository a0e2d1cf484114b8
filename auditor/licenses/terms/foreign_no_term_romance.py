"""Passages in Spanish, Portuguese, French, Italian and Romanian that state no term of use, for
`foreign_no_term.states_no_term` (the English rules leave such sentences aside too):

- copies carry this licence: a copy or redistribution and this text, licence or terms that it
  carries ("Toute copie redistribuée reproduit le présent texte", "Chi ridistribuisce il modello
  vi allega il presente testo", "puede redistribuirlo siempre que lo acompañe de estos
  términos", "As cópias devem incluir esta licença");
- definitions with the verb first ("Se entiende por «Material» los pesos ..., y por «parte
  licenciada» cualquier persona ...", "On entend par « Modèle » les poids"), or the lead-in to
  a list of them ("A los fines de la presente licencia se entiende por:");
- the model offered on the terms that follow ("pone a disposición del público los pesos en los
  términos que siguen", "met le modèle à disposition selon les termes suivants");
- the model given as it is ("se entrega en el estado en que se encuentra", "fornito nello stato
  in cui si trova", "fourni en l'état", "ca atare");
- every other use kept by the licensor ("Cualquier otro uso queda reservado al Licenciante",
  "Tout autre usage reste réservé"): the grant beside it says what is granted;
- a notice whose purpose is only statistical or informative ("A ciência tem finalidade
  meramente estatística"): the notice route beside it is read where it stands;
- a cap counted per application, with no number ("Ogni applicazione è considerata a sé"), in a
  sentence whose language was not told (`foreign_daily_caps.is_counted_apart`).

- (session 26, also Catalan and Greek) an e-mail's subject line ("Subiect: Condițiile de
  utilizare ..."); the licence's object ("Les présentes conditions fixent les droits consentis");
  a defined name in quotes and what it is, one or several numbered ("« Concédant » : ...",
  '"Resultados" são os textos ...', 'Es "Aplicación" cada producto ...'); a sentence whose only
  qualifier is another numbered article ("Ce droit est limité conformément à l'article 3",
  "podem ser usados livremente, observada a Seção III"); where requests are sent ("Οι αιτήσεις
  υποβάλλονται στη διεύθυνση ..."); no permission and no notice needed ("nu trebuie să ne cereți
  voie și nici să ne anunțați"); a notice kept only so the licensor knows who uses the model
  ("La comunicació només serveix perquè el titular sàpiga qui ...", "L'avis sert uniquement à
  tenir un registre"); copies carrying these terms in Greek ("Κάθε αντίγραφο συνοδεύεται από
  τους παρόντες όρους").

A passage that also names commercial use, a ban, a permission or a purpose is none of these.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_daily_caps import is_counted_apart
from auditor.licenses.terms.foreign_no_term_s27_romance import states_no_term_s27_romance
from auditor.licenses.terms.foreign_purposes_romance import (
    grants_within_listed_purposes,
    is_purpose_lead_in,
)

_FLAGS = re.IGNORECASE
_LANGUAGES = ("es", "pt", "fr", "it", "ro")

_THIS = (
    r"(?:est[aeo]s?|el\s+presente|la\s+presente|los\s+presentes|las\s+presentes|le\s+présent"
    r"|la\s+présente|les\s+présentes|ce(?:tte|s)?|il\s+presente|la\s+presente|questa|questo"
    r"|queste|o\s+presente|a\s+presente|acest\w*|prezent\w*|dicha|dicho|di\s+essa)"
)
_TEXT = (
    r"(?:texto|texte|testo|licencia|licence|licenza|licença|licen[țţ]\w*|términos|termos|termini"
    r"|mesaj\w*|message|messaggio|mensaje|mensagem|avis|aviso|avviso|nota|notice"
    r"|termes|conditions|condiciones|condizioni|condições|condi[țţ]ii\w*|documento|document)"
)
_COPY = (
    r"(?:copi\w*|cópia\w*|redistribu\w*|ridistribu\w*|distribu\w*|condivi\w*|compart\w*"
    r"|partag\w*|difund\w*|diffus\w*)"
)
_CARRY = (
    r"(?:acompañ\w*|acompanh\w*|accompagn\w*|reproduc\w*|reproduz\w*|reprodu\w*|alleg\w*"
    r"|riport\w*|inclu\w*|includ\w*|joi\w*|conserv\w*|manten\w*|mantien\w*|anex\w*|conțin\w*"
    r"|con[țţ]in\w*|păstr\w*|llev\w*|lev\w*|port\w*|adjunt\w*|junt\w*)"
)
_LICENCE_CARRIED = lazy_pattern(
    rf"\b{_COPY}[^.;]{{0,100}}?\b{_CARRY}[^.;]{{0,40}}?\b{_THIS}\s+{_TEXT}\b"
    rf"|\b{_THIS}\s+{_TEXT}\b[^.;]{{0,60}}?\b{_CARRY}[^.;]{{0,60}}?\b{_COPY}"
    rf"|\b{_CARRY}[^.;]{{0,30}}?\b{_THIS}\s+{_TEXT}\b[^.;]{{0,60}}?\b{_COPY}"
    # Greek: a copy accompanied by, or carrying, these terms
    r"|\bαντίγραφ\w*[^.;]{0,60}?(?:συνοδεύ\w*|περιλαμβάν\w*|φέρ\w*)[^.;]{0,30}?"
    r"(?:παρόντ\w*|αυτ[οό]\w*)\s+(?:όρ\w*|άδει\w*|κείμεν\w*)",
    _FLAGS,
)
# "only" before keeping the text with copies ("Vă rugăm doar să păstrați acest mesaj"): the duty
# is the whole of it, no confinement of use
_ONLY_KEEP = lazy_pattern(
    rf"\b(?:doar|numai|solo|sólo|solamente|únicamente|seulement|uniquement|soltanto|apenas|somente"
    rf"|només)\s+(?:să\s+|de\s+|à\s+|di\s+|que\s+)?(?={_CARRY}|{_THIS}\s+{_TEXT})",
    _FLAGS,
)
# an e-mail's subject line: "Subiect:", "Asunto:", "Objet :", "Oggetto:", "Assunto:", "Θέμα:"
_SUBJECT = lazy_pattern(
    r"^\W*(?:subiect|asunto|assumpte|objet|oggetto|assunto|θέμα)\s*:\s*[^.;:]{1,90}$", _FLAGS
)
# the licence's object: these conditions set out the rights granted, or have them as object
_OBJECT = lazy_pattern(
    rf"\b{_THIS}\s+{_TEXT}\s+(?:\w+\s+)?(?:fix\w*|défin\w*|defin\w*|establec\w*|estabelec\w*"
    rf"|stabili\w*|determin\w*|regul\w*|disciplin\w*|descri\w*|précis\w*|ont\s+pour\s+objet"
    rf"|tienen\s+por\s+objeto|têm\s+por\s+objeto|hanno\s+per\s+oggetto|au\s+ca\s+obiect)\s+"
    rf"[^.;]{{0,40}}?\b(?:droits|derechos|direitos|diritti|drepturil\w*|drets|conditions"
    rf"|condiciones|condições|condizioni|condi[țţ]iil\w*|modalités|términos|termes)\b",
    _FLAGS,
)
# a defined name in quotes and what it is ('"Resultados" são ...', "« Concédant » : ...",
# 'Es "Aplicación" cada ...'), after a list number ("II –", "1.1")
_QUOTED = r"[\"“”«»„‘’']\s*[^\"“”«»„]{1,40}?\s*[\"“”«»„’']"
_DEFINED_QUOTED = lazy_pattern(
    rf"^\W*(?:(?:[IVXLC]{{1,5}}|\d{{1,2}}(?:\.\d{{1,2}})*|[a-z])\s*[).:–—-]*\s*)?"
    rf"(?:{_QUOTED}\s*(?::|=|est|sont|es|son|são|é|è|sono|este|sunt|significa\w*|désigne\w*"
    rf"|signifie\w*|indica\w*|designa\w*|înseamnă|és|són)(?!\w)"
    rf"|(?:es|son|són|és|é|são|sono|este|sunt|est|sont)\s+{_QUOTED}\s)",
    _FLAGS,
)
_NUMBERED_ITEM = lazy_pattern(r"\s(?=(?:\d{1,2}\.\d{1,2}|[IVX]{1,4}\s*[–—-])\s)")
_HEADING_CAPS = lazy_pattern(r"^\W*(?:[A-ZÀ-ÝΑ-Ω0-9ºª°.]{2,}\s*[-–—.:]?\s*)+(?=\S)")
# another numbered article as the sentence's only qualifier
_ELSEWHERE = lazy_pattern(
    r"\b(?:limit\w*|sujet\w*|soumis\w*|sujeit\w*|soggett\w*|supus\w*|observad[oa]s?|sous\s+réserve"
    r"|salvo\s+lo\s+dispuesto|fatto\s+salvo|conform\w*|según|segundo|secondo|selon|ressalvad\w*"
    r"|nos\s+termos|en\s+los\s+términos|aux\s+termes|ai\s+sensi|în\s+condițiile|cu\s+respectarea)"
    r"\b[^.;]{0,30}?\b(?:article|artículo|artigo|articolo|articolul|art\.|cláusula|clause|clausola"
    r"|clauza|se(?:c|cç|ç)[iã]o|sección|section|sezione|secțiunea|ch\.|chiffre|punto|ponto|point"
    r"|paragraphe|parágrafo|paragrafo|alin\w*)\s*(?:\d|[IVX]{1,4}\b)",
    _FLAGS,
)
# a plain grant of acts to "you", no purpose or condition named ("îl puteți rula, copia, modifica
# și redistribui, fără nicio taxă", "podeu executar, copiar i modificar el model"): the grant
# the rest of the text qualifies
_ACTS = (
    r"(?:rula|rul\w*|execut\w*|ejecut\w*|exécut\w*|esegu\w*|copi\w*|modifi\w*|adapt\w*|diffus\w*|difund\w*|transmet\w*"
    r"|transform\w*|redistribu\w*|ridistribu\w*|distribu\w*|reproduc\w*|reproduz\w*|riprodu\w*"
    r"|us\w*|utiliz\w*|utilis\w*|folos\w*|emple\w*|partaj\w*|compart\w*|condivid\w*|studi\w*)"
)
_PLAIN_ACTS = lazy_pattern(
    rf"\b(?:puteți|poți|pot|pueden?|puedes|podéis|podeu|pots|pouvez|peu[tx]|potete|puoi|può"
    rf"|podem|pode|podes)\s+[^.;]{{0,20}}?\b{_ACTS}\b\s*(?:,\s*|\s+(?:și|y|e|et|i|ou|o|sau)\s+)"
    rf"{_ACTS}\b",
    _FLAGS,
)
_ADDRESS = lazy_pattern(r"\S+@\S+|https?://\S+")  # its words name no term ("permisos@...")
# where requests or notices are sent: an address, e-mail or form
_SENT_TO = lazy_pattern(
    r"\b(?:αιτήσ\w*|αιτήματ\w*|solicitudes|pedidos|demandes|richieste|cererile|sol·licituds)\b"
    r"[^.;]{0,40}?(?:υποβάλλ\w*|αποστέλλ\w*|στέλν\w*|envían|enviam|envoyées|adressées|inviate"
    r"|trimit|presentan|apresentad\w*|presentate|s'envien)[^.;]{0,40}?(?:@|https?://|διεύθυνσ\w*"
    r"|dirección|endereço|adresse|indirizzo|adresa|adreça)",
    _FLAGS,
)
# neither permission nor notice needed: the grant needs nothing from the licensor
_NOTHING_TO_ASK = lazy_pattern(
    r"\b(?:nu\s+trebuie|nu\s+e\s+nevoie|no\s+(?:hace\s+falta|tienes?\s+que|tiene[ns]?\s+que"
    r"|es\s+necesario|necesita[ns]?|cal|heu\s+de)|não\s+(?:é\s+preciso|precisa[ms]?|tem\s+de"
    r"|tem\s+que)|(?:pas|aucun)\s+besoin|n['’]avez\s+pas\s+à|non\s+(?:serve|occorre|dovete"
    r"|è\s+necessario|c['’]è\s+bisogno))\s+(?:să\s+|de\s+|à\s+|di\s+|que\s+)?[^.;]{0,30}?"
    r"\b(?:cere\w*|ped\w*|demand\w*|chied\w*|solicit\w*)\b[^.;]{0,40}?\b(?:nici|ni|nem|ni|né)\b"
    r"[^.;]{0,30}?\b(?:anun\w*|avis\w*|avvis\w*|notific\w*|inform\w*|comunic\w*|prévenir)",
    _FLAGS,
)
# a notice kept only so the licensor knows who uses the model, or for a register of users
_ONLY_TO_KNOW = lazy_pattern(
    r"\b(?:comunicaci[óo]n?|comunicação|communication|comunicazione|comunicare\w*|avis|aviso"
    r"|avviso|notifica\w*|ciência|declaración|déclaration|dichiarazione)\b[^.;]{0,20}?\b(?:només"
    r"|solo|sólo|solamente|únicamente|apenas|somente|unicamente|uniquement|seulement|soltanto"
    r"|doar|numai)\s+(?:serveix|sirve|serve|sert|servește|tiene|tem|a|ha|are)\s+[^.;]{0,40}?"
    r"\b(?:sàpiga|sepa|saiba|sache|sappia|știe|conèixer|conocer|conhecer|connaître|conoscere"
    r"|cunoaște|registr\w*|registo|regist\w*|statist\w*|estadíst\w*|estatíst\w*|censo|recensement"
    r"|qui|quién|quem|chi|cine)\b",
    _FLAGS,
)
_DEFINED_FIRST = lazy_pattern(
    r"^\W*(?:[^\W\d_][\w'’]*(?:\s+[\w'’]+){0,7}\s*,?\s*)?(?:se\s+entiende[n]?|se\s+entender[áa]n?"
    r"|entende-se|entendem-se|on\s+entend|s['’]entend\w*|si\s+intend\w*|se\s+înțeleg\w*"
    r"|se\s+consideran?|considera-se)\s+(?:por|par|per|prin)\b(?:\s*:\s*$|\s*[\"“«„‘])",
    _FLAGS,
)
_ON_TERMS = lazy_pattern(
    r"\b(?:pone|ponen|disponibiliza\w*|met|mettent|mette|mettono|pune|publica|publie|pubblica"
    r"|ofrece|oferece|offre)\b[^.;]{0,120}?\b(?:en|bajo|nos|nas|sob|aux|dans|selon|alle|nei"
    r"|în|conform)\s+(?:los|las|os|as|les|i|le|la)?\s*(?:términos|condiciones|termos|condições"
    r"|termes|conditions|termini|condizioni|condi[țţ]iile|termenii)\s+(?:que\s+siguen|siguientes"
    r"|seguintes|que\s+se\s+seguem|abaixo|suivants|suivantes|qui\s+suivent|ci-dessous|seguenti"
    r"|che\s+seguono|di\s+seguito|următoare|de\s+mai\s+jos)",
    _FLAGS,
)
_AS_IT_IS = lazy_pattern(
    r"\ben\s+el\s+estado\s+en\s+que\s+se\s+encuentra|\btal\s+(?:como|cual)\s+(?:está|es)\b"
    r"|\bno\s+estado\s+em\s+que\s+se\s+encontra|\bno\s+estado\s+em\s+que\s+está"
    r"|\bdans\s+l['’]état\s+où\s+il\s+se\s+trouve|\ben\s+l['’]état\b|\btel\s+quel\b"
    r"|\bcosì\s+com['’]è|\bnello\s+stato\s+in\s+cui\s+si\s+trova|\bca\s+atare\b"
    r"|\bîn\s+starea\s+în\s+care\s+se\s+află",
    _FLAGS,
)
_OTHER_RESERVED = lazy_pattern(
    r"\b(?:cualquier|todo|toda|tout|toute|ogni|qualsiasi|qualquer|todo\s+o|orice)\s+(?:otro|otra"
    r"|autre|altro|altra|outro|outra|alt[ăa]?)\s+(?:uso|usos|utilización|usage|utilisation"
    r"|utilizzo|impiego|utilização|utilizare|derecho|droit|diritto|direito|drept)\b[^.;]{0,40}?"
    r"\b(?:reservad\w*|réservé\w*|riservat\w*|rezervat\w*)",
    _FLAGS,
)
# words of a term: such a passage is none of the above
_TERM = lazy_pattern(
    r"comercia|commercia|lucr|profit|empresa|entreprise|impresa|prohib|proib|interdi|vietat"
    r"|interzi|autoriza[cç]|autorización|autorisation|autorizzazione|autorizar|permiso|permission"
    r"|permesso|permisiun|consentimiento|consentement|consenso|solo\b|sólo|únicamente|seulement"
    r"|uniquement|soltanto|unicamente|apenas|somente|doar\b|numai\b|investigaci|recherche|ricerca"
    r"|pesquisa|cercetar|usuarios|utilisateurs|utenti|usuários|utilizatori",
    _FLAGS,
)


# a notice's purpose only statistical or informative ("A ciência tem finalidade meramente
# estatística", "La notification a un but purement statistique")
_ONLY_STATISTICS = lazy_pattern(
    r"\b(?:finalidad|finalidade|finalité|finalità|finalitate|fin|fim|scop\w*|but|objet|objetivo"
    r"|propósito)\s+(?:\w+\s+)?(?:meramente|puramente|únicamente|exclusivamente|uniquement"
    r"|purement|simplement|solamente|soltanto|esclusivamente|pur|doar)?\s*(?:estadístic\w*"
    r"|estatístic\w*|statistiqu\w*|statistic\w*|informativ\w*|informati[fv]\w*)",
    _FLAGS,
)


def states_no_term_romance(text: str) -> bool:
    """Whether a Romance passage states no term of use (module docstring)."""
    if states_no_term_s27_romance(text, None):  # es..el: a seated party, a question, ...
        return True
    if _ONLY_STATISTICS.search(text) is not None and not re.search(r"comm?erci", text, _FLAGS):
        return True
    if _ONLY_TO_KNOW.search(text) is not None and not re.search(r"comm?erci", text, _FLAGS):
        return True
    if _NOTHING_TO_ASK.search(text) is not None or _SUBJECT.search(text) is not None:
        return True
    text = _ONLY_KEEP.sub("", text)  # "doar să păstrați acest mesaj": the duty, not a confinement
    pieces = _NUMBERED_ITEM.split(_HEADING_CAPS.sub("", text))
    if len(pieces) > 1 or _DEFINED_QUOTED.search(text) is not None:
        return all(_defines(piece) for piece in pieces if piece.strip())
    if _TERM.search(_ADDRESS.sub("", text)) is None and any(
        p.search(text) is not None for p in (_OBJECT, _ELSEWHERE, _SENT_TO, _PLAIN_ACTS)
    ):
        return True
    if is_purpose_lead_in(text) or grants_within_listed_purposes(text):
        return True  # "unicamente per le finalità elencate qui sotto:": its items are the terms
    if any(is_counted_apart(language, text) for language in _LANGUAGES):
        return True  # a cap counted per application, its language untold ("und")
    if _TERM.search(text) is not None:
        return False
    return any(
        p.search(text) is not None
        for p in (_LICENCE_CARRIED, _DEFINED_FIRST, _ON_TERMS, _AS_IT_IS, _OTHER_RESERVED)
    )


def _defines(piece: str) -> bool:
    """A numbered piece of a definitions list: a quoted name and what it is, its body naming no
    term (the quoted name may itself be "Usage commercial")."""
    found = _DEFINED_QUOTED.search(piece)
    if found is None:
        return False
    body = piece[found.end() :]
    return _TERM.search(body) is None and not re.search(r"(?<![\w-])\d[\d.,\s]{2,}\d", body)
