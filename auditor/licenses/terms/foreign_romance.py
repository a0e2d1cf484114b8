"""Grants of commercial use in Spanish, Portuguese, French, Italian and Romanian, read from the
vocabulary of the five languages rather than one sentence each (`terms.foreign`: a passage that
grants both kinds of use is read as commercial use allowed, and a ban in it is not read).

Three shapes, each built from the word tables below:

- both kinds named: a profit word and its negation joined by "or" ("sea lucrativa o no",
  "lucrative ou non", "lucrativa o meno", "em atividade lucrativa ou não", "persiga o no un
  lucro"), "with or without" a profit purpose ("con o senza scopo di lucro"), or a private and a
  professional purpose joined ("à des fins privées comme professionnelles", "per uso personale e
  commerciale", "tanto privado como profesional");
- a grant for any purpose, worded with the purpose first or as "whatever the purpose" ("con
  cualquier finalidad", "quelle qu'en soit la finalité", "qualunque ne sia lo scopo", "seja qual
  for a finalidade", "indiferent de scop"), with no exception naming commercial use after it;
- a grant whose acts include a commercial or professional setting ("inclusive em atividades
  empresariais", "y compris dans le cadre d'une activité commerciale", "anche nell'esercizio di
  un'impresa", "incluso en el ámbito profesional").

The last two need a grant (a verb of granting or permitting and an act of use) in the passage;
the first is itself a statement of what the grant covers. A negated grant ("no autoriza ... sea
lucrativa o no") is no grant.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_purposes_romance import confines_to_non_commercial_ends

_FLAGS = re.IGNORECASE

# words of commercial use: commercial, for profit, business, professional (es, pt, fr, it, ro)
_PROFIT = (
    r"(?:comercia\w*|commercia\w*|lucrativ\w*|lucrati[fv]\w*|lucro|lucre|profit\w*|empresaria\w*"
    r"|empresarial\w*|professionn\w*|profesional\w*|profissiona\w*|professional\w*"
    r"|imprenditori\w*|mercantil\w*|negocios?|negócios?|affaires|d'impresa|d'entreprise"
    r"|rémunér\w*|onéreu\w*|oneros\w*)"
)
# words of the other kind: private, personal, domestic, non-profit
_PRIVATE = (
    r"(?:priv[ée]\w*|privad\w*|privat\w*|personn?al\w*|personnel\w*|pessoa\w*|doméstic\w*"
    r"|domestic\w*|particular\w*|non[- ]lucrati\w*|no\s+lucrativ\w*|não\s+lucrativ\w*"
    r"|senza\s+scopo\s+di\s+lucro|sin\s+ánimo\s+de\s+lucro|sem\s+fins\s+lucrativos"
    r"|non[- ]commercia\w*|no\s+comercial\w*|não[- ]comercia\w*|necomercia\w*)"
)
# "or not" in the five languages: o no, ou non, ou não, o meno, o non, sau nu
_OR_NOT = r"(?:o|ou|sau)\s+(?:no|non|não|nao|meno|nu)"
# "with or without": con o sin, com ou sem, avec ou sans, con o senza, cu sau fără
_WITH_OR_WITHOUT = (
    r"(?:con\s+o\s+sin|com\s+ou\s+sem|avec\s+ou\s+sans|con\s+o\s+senza|cu\s+sau\s+fără)"
)
# joining two purposes: and, or, as well as, as ... as
_JOIN = r"(?:y|e|et|ou|o|u|sau|și|comme|como|quanto|che|cât\s+și|ca\s+și|sia)"
_FILLER = (
    r"(?:(?:à|a|al|ai|aux|au|des|de|di|da|do|du|per|para|pour|pentru|con|com|en|em|in|fins?"
    r"|fines|scopi?|usos?|uso|utilizzo|finalità|finalidad\w*|finalidade\w*|la|le|les|el|lo|il|o"
    r"|un|une|uno|una|um|uma)\s+){0,3}"
)

_BOTH = lazy_pattern(
    # a profit word, then "or not": "sea lucrativa o no", "commerciale ou non"
    rf"(?<![\w-]){_PROFIT}\s*,?\s+{_OR_NOT}(?=\s*(?:[,.;:)»]|$|\s+(?:sin|sem|sans|senza|fără)\b))"
    # "or not" before the profit word: "persiga o no un lucro", "que tenha ou não fins lucrativos"
    rf"|\b{_OR_NOT}\s+(?:(?:un|una|um|uma|une|uno)\s+)?(?:fin\w*\s+|scopo\s+di\s+|"
    rf"ánimo\s+de\s+|but\s+)?{_PROFIT}"
    # "tanto con fines lucrativos como sin ellos", "à des fins lucratives comme sans"
    rf"|(?<![\w-]){_PROFIT}\s+(?:como|comme|quanto|come|cât\s+și|che)\s+(?:sin|sem|sans|senza|fără)\b"
    rf"|\b{_WITH_OR_WITHOUT}\s+(?:fin\w*|scop\w*|but|ánimo|animo|intento|intenção)\s+"
    rf"(?:de\s+|di\s+|d')?{_PROFIT}"
    # a private and a professional purpose joined, in either order
    rf"|(?<![\w-]){_PRIVATE}\s*,?\s+{_JOIN}\s+{_FILLER}{_PROFIT}"
    rf"|(?<![\w-])(?<!non\s)(?<!non-)(?<!no\s)(?<!não\s)(?<!não-){_PROFIT}\s*,?\s+{_JOIN}\s+{_FILLER}"
    rf"{_PRIVATE}",
    _FLAGS,
)

# a purpose word: finality, purpose, end, use
_PURPOSE = (
    r"(?:finalidad|finalidade|finalité|finalità|finalitate|fin|fines|fins|fim|scopo|scop|but"
    r"|propósito|objetivo|objectif|objet|usage|uso|utilisation|utilizzo|utilizare|destino"
    r"|destination)"
)
_ANY = lazy_pattern(
    # "con cualquier finalidad", "para todo fin", "com qualquer propósito", "per qualunque scopo"
    rf"\b(?:con|para|a|en|com|em|per|pour|à|in|pentru|cu)\s+(?:cualquier|cualesquiera|qualquer"
    rf"|qualsiasi|qualunque|ogni|tout|toute|todo|toda|orice|n'importe\s+quel(?:le)?)\s+{_PURPOSE}\b"
    # "quelle qu'en soit la finalité", "cualquiera que sea la finalidad", "qualunque ne sia lo
    # scopo", "seja qual for a finalidade", "indiferent de scop", "sin importar la finalidad"
    rf"|\bquel(?:le)?s?\s+qu(?:e\s+|['’](?:en\s+)?)soi(?:en)?t\s+(?:la|le|l['’]|les)\s*{_PURPOSE}"
    rf"|\bcualquiera\s+que\s+sea\s+(?:la|el|su)\s+{_PURPOSE}|\bqualunque\s+(?:ne\s+)?sia\s+"
    rf"(?:la|lo|il|l['’])\s*{_PURPOSE}|\bseja\s+qual\s+for\s+(?:a|o)\s+{_PURPOSE}"
    rf"|\bindiferent\s+de\s+{_PURPOSE}|\b(?:sin|sem|senza)\s+importar\s+(?:la|el|a|o)\s+{_PURPOSE}"
    rf"|\bindependentemente\s+(?:da|do|de\s+la|del)\s+{_PURPOSE}",
    _FLAGS,
)
# "including" before a commercial or professional setting: "inclusive em atividades
# empresariais", "y compris dans le cadre d'une activité commerciale", "anche in ambito
# professionale", "incluso en el ámbito empresarial", "inclusiv în activități comerciale"
_INCLUDING = lazy_pattern(
    rf"\b(?:inclusive|incluso|incluida|incluido|incluyendo|incluindo|y\s+compris|notamment|même"
    rf"|anche|compres[oa]|incluso|inclusiv|chiar|también|també|tamén|também|ainda)\s+"
    rf"(?:[\w'’]+\s+){{0,6}}?"
    rf"(?<![\w-])(?<!non\s)(?<!non-)(?<!no\s)(?<!não\s){_PROFIT}",
    _FLAGS,
)
# the licensor grants or permits, and an act of use
_GRANT = lazy_pattern(
    r"\b(?:autoriza|autorizam|autorise|autorisent|autorizza|autorizzano|autorizează|permite"
    r"|permiten|permitem|permet|permettent|permette|permettono|consente|consentono|concede"
    r"|conceden|concedem|concède|concèdent|otorga|outorga|accorde|accorda|acordă|octroie|faculta"
    r"|habilita|rilascia|licencia|licenzia|se\s+permite|é\s+permitido|est\s+autorisé|è\s+consentito"
    r"|è\s+permesso|se\s+autoriza|este\s+permis[aă]?"
    # the licensee "may": "le licencié peut", "cualquiera puede", "chiunque può", "oricine poate"
    r"|peut|peuvent|pourra|puede|pueden|podrá|podrán|pode|podem|poderá|può|possono|potrà|poate"
    r"|pot|poden|pots|podeu|es\s+pot|se\s+pode|se\s+puede|pódese|póde)\b",
    _FLAGS,
)
_ACT = lazy_pattern(
    r"\b(?:us\w*|utiliz\w*|utilis\w*|emple\w*|employ\w*|servir\w*|serv\w*|exploit\w*|explot\w*"
    r"|explor\w*|sfrutt\w*|impieg\w*|folos\w*|ejecut\w*|execut\w*|copi\w*|reproduc\w*|reproduz\w*"
    r"|riprodu\w*|modific\w*|distribu\w*|diffus\w*|licen[cç]\w*|licenz\w*)\b",
    _FLAGS,
)
# a grant denied: "no autoriza", "n'autorise pas", "non consente", "não permite", "nu permite"
_DENIED = lazy_pattern(
    r"\b(?:no|não|non|nu|ne|n['’]|ni)\s*(?:se\s+|lo\s+|le\s+|la\s+|o\s+|a\s+|vi\s+|ci\s+)?"
    r"(?:autoriz\w*|autoris\w*|permit\w*|permet\w*|permett\w*|consent\w*|conced\w*|concèd\w*"
    r"|otorg\w*|outorg\w*|accord\w*|acord\w*|peu\w*|pourr\w*|pued\w*|podr\w*|pod[eo]\w*|pu[òo]"
    r"|poss\w*|potr\w*|poat\w*|pot\b|poden|pots)",
    _FLAGS,
)
# an exception after the purpose that names commercial use: "for any purpose except commercial"
_EXCEPT = lazy_pattern(
    rf"\b(?:salvo|excepto|exceto|sauf|hormis|à\s+l['’]exception|tranne|eccetto|ad\s+eccezione"
    rf"|cu\s+excep[țţ]ia|mai\s+puțin|menos|except)\b[^.;]{{0,60}}?{_PROFIT}",
    _FLAGS,
)


def grants_both_kinds(text: str) -> bool:
    """Whether a passage grants commercial use with the rest (module docstring)."""
    if _DENIED.search(text) is not None:
        return False
    if _BOTH.search(text) is not None:
        return True
    if _GRANT.search(text) is None or _ACT.search(text) is None:
        return False
    if _EXCEPT.search(text) is not None:
        return False
    return _ANY.search(text) is not None or _INCLUDING.search(text) is not None


# "und": a sentence whose language was not told, read only when these words match it
ROMANCE = frozenset({"es", "pt", "fr", "it", "ro", "ca", "gl", "und"})

# a use for no profit: "con fines no lucrativos", "sin ánimo de lucro", "que no persiga lucro",
# "sem fins lucrativos", "sans but lucratif", "à des fins non lucratives", "senza scopo di lucro",
# "non a scopo di lucro", "fără scop lucrativ", "în scop necomercial"
_NO_PROFIT = (
    r"(?:\b(?:fin\w*|fim|scop\w*|but|objetivo|objectif|usos?|utiliza[çc][ãa]o|utilización"
    r"|utilisation|utilizzo|utilizare|usage|ús|impiego)\s+(?:\w+ment[e]?\s+|exclusiv\s+|strict\s+)?"
    r"(?:no|não|non|ne)[- ]?(?:lucrativ\w*"
    r"|lucrati\w*|comercia\w*|commercia\w*)"
    r"|\b(?:sin|sem|sans|senza|fără)\s+(?:fin\w*|ánimo|animo|scop\w*|but|intenção|intención"
    r"|intento)\s+(?:de\s+|di\s+|d['’])?(?:lucr\w*|comercia\w*|commercia\w*|profit\w*)"
    r"|\bnon\s+a\s+scopo\s+di\s+lucro|\bque\s+no\s+persiga\w*\s+(?:\w+\s+){0,2}?lucro"
    r"|\bque\s+não\s+(?:vise|visem|tenha|tenham)\s+(?:\w+\s+){0,2}?lucro"
    r"|\bqui\s+ne\s+poursui\w+\s+(?:aucun|pas\s+de)\s+(?:but\s+)?lucrati\w*"
    r"|\bche\s+non\s+persegu\w+\s+(?:\w+\s+){0,2}?(?:lucro|profitto)"
    r"|\bne(?:lucrativ|comercial)\w*)"
)
# a non-profit purpose as the grant's only end: the grant and that purpose in one passage, no
# commercial use granted beside it (`grants_both_kinds` is asked first)
_NON_PROFIT_GRANT_VERB = lazy_pattern(
    r"\b(?:autoriza\w*|autoris\w*|autorizz\w*|autorizeaz\w*|permit\w*|permet\w*|permett\w*"
    r"|consent\w*|conced\w*|concèd\w*|otorg\w*|outorg\w*|accord\w*|acord\w*|octroi\w*|licen\w*"
    r"|pode[mr]?|puede[ns]?|podrá[ns]?|peu[tv]\w*|può|possono|poate|pot)\b",
    _FLAGS,
)
_NON_PROFIT_GRANT = lazy_pattern(
    r"\b(?:autoriza\w*|autoris\w*|autorizz\w*|autorizeaz\w*|permit\w*|permet\w*|permett\w*"
    r"|consent\w*|conced\w*|concèd\w*|otorg\w*|outorg\w*|accord\w*|acord\w*|octroi\w*|licen\w*"
    r"|pode[mr]?|puede[ns]?|podrá[ns]?|peu[tv]\w*|può|possono|poate|pot)\b[^.;]{0,160}?"
    + _NO_PROFIT,
    _FLAGS,
)


# non-commercial ends named as a grant's purposes: research, teaching, study, personal or
# domestic use ("con fines de investigación, docencia o uso doméstico", "à des fins de recherche
# ou d'enseignement", "per finalità di studio")
_NC_ENDS = lazy_pattern(
    r"\b(?:con|para|a|com|à|pour|per|in|în|en|aux)\s+(?:(?:los|las|les|des|le|i|gli|dei|as|os)\s+)?(?:fines"
    r"|fins|fin|finalidad\w*|finalidade\w*|finalités?|finalità|scopi|scopo|scop\w*|buts?)\s+(?:de|di|d['’]"
    r"|da)\s*(?:investigación|investigação|pesquisa|recherche|ricerca|cercetare|docencia"
    r"|enseñanza|ensino|enseignement|didattica|insegnamento|studio|estudio|estudo|étude"
    r"|uso\s+(?:doméstico|personal|privado|pessoal|personale|privato)|usage\s+(?:personnel|privé))",
    _FLAGS,
)
_PROFIT_NAMED = lazy_pattern(
    r"(?<![\w-])(?<!no\s)(?<!não\s)(?<!non\s)(?<!non-)(?<!ne)" + r"(?:comercia\w*|commercia\w*"
    r"|lucrativ\w*|lucrati[fv]\w*|lucro|profit\w*|empresa\w*|entreprise\w*|impres[ae]\w*"
    r"|profesional\w*|professionn\w*|profissiona\w*|professional\w*)",
    _FLAGS,
)


def grants_for_no_profit(language: str | None, text: str) -> bool:
    """Whether a passage in a Romance language grants use for non-profit ends ("permite el uso
    gratuito del modelo con fines no lucrativos", "l'uso è consentito senza scopo di lucro"):
    a non-commercial grant, read as a ban on commercial use beside it."""
    if language not in ROMANCE or grants_both_kinds(text):
        return False
    if _NON_PROFIT_GRANT.search(text) is not None:
        return True
    # a grant for research, teaching or personal ends, no commercial word beside them
    grant = _GRANT.search(text) is not None or _NON_PROFIT_GRANT_VERB.search(text) is not None
    return grant and _NC_ENDS.search(text) is not None and _PROFIT_NAMED.search(text) is None


# commercial or profit-making use, then what it needs: a permission, a licence or a contract
_NEED = (
    r"(?:exige\w*|requiere\w*|requer\w*|requiert|requièrent|richied\w*|necesit\w*|necessit\w*"
    r"|nécessit\w*|precisa\w*|depende\w*\s+d[eao]|dépend\w*\s+d|dipend\w*\s+da"
    r"|(?:queda\w*|est[áaà]\w*|es|é|est|è|ficam?|rest[ae]|resta|este|sunt|será|sera|sarà)?\s*"
    r"(?:sujet\w*|sujeit\w*|sometid\w*|submetid\w*|soumis\w*|soggett\w*|subordina\w*|subordonn\w*"
    r"|supeditad\w*|condiciona\w*|condicionad\w*|conditionn\w*|condizionat\w*|condi[țţ]ionat\w*"
    r"|supus\w*)\s+(?:a|à|al|ao|à\s+la|alla|al|la|de)"
    r"|(?:solo|sólo|só|seulement|uniquement|solo|soltanto|doar|numai)\b[^.;]{0,60}?\b(?:con|com"
    r"|avec|cu|previa|prévia|mediante|après|dopo|tras|após|după)"
    # with the licensor's leave right after: "con fins comerciais coa autorización previa"
    r"|(?:coa|coas|com\s+a|con\s+la|avec\s+l['’]|cu)(?=\s+(?:(?:previa|prévia|expresa|expressa"
    r"|préalable)\s+)?(?:autoriza|autoris|permis|consent))"
    # a duty to obtain it first: "deberá obtener antes", "doit obtenir au préalable", "deve
    # ottenere", "trebuie să obțină"
    r"|(?:deber[áa]n?|deben?|tendr[áa]n?\s+que|tiene[n]?\s+que|ha(?:n)?\s+de|dever[áa]o?|deve[m]?"
    r"|doi[tv]ent|doit|devra(?:ient|it|ont)?|dovr[àa]nno|dovr[àa]|trebuie\s+s[ăa])\s+(?:\w+\s+){0,2}?"
    r"(?:obtener|obter|obtenir|ottenere|ob[țţ]in[ăae]\w*|solicitar|pedir|demander|chiedere"
    r"|contar\s+con|dispor\s+de|disponer\s+de|recabar|procurar|recevoir|recibir|receber))"
)
_PERMISSION = (
    r"(?:autoriza[cç]\w*|autorización|autorização|autorisation|autorizzazione|autorizare\w*"
    r"|permiso|permissão|permission|permesso|permisiun\w*|consentimiento|consentimento"
    r"|consentement|consenso|consim[țţ][ăa]m[âa]nt\w*|acuerdo|acordo|accord\w*|acord\w*"
    r"|aprobación|aprovação|approbation|approvazione|aprobare\w*|licencia|licença|licence"
    r"|licenza|licen[țţ]\w*|contrato|contrat|contratto|contract\w*)"
)
_PROFIT_USE = (
    r"(?:comercia\w*|commercia\w*|lucrativ\w*|lucrati[fv]\w*|lucro|profit\w*|empresaria\w*"
    r"|empresarial\w*|professionn\w*|profesional\w*|profissiona\w*|imprenditori\w*|mercantil\w*"
    r"|d['’]impresa|d['’]entreprise)"
)
_NEEDS_PERMISSION = lazy_pattern(
    rf"(?<![\w-])(?<!no\s)(?<!não\s)(?<!non\s){_PROFIT_USE}[^.;]{{0,160}}?"
    rf"(?<!\bno\s)(?<!\bnão\s)(?<!\bnon\s)(?<!\bne\s)\b{_NEED}\s+[^.;]{{0,60}}?\b{_PERMISSION}",
    _FLAGS,
)
# the need denied: "no requiere autorización", "sin necesidad de", "não depende de", "n'est pas
# soumise", "non richiede", "nu necesită"
_NEED_DENIED = lazy_pattern(
    r"\b(?:no|não|non|nu|ne|n['’]|sin\s+necesidad|sem\s+necessidade|sans\s+(?:besoin|nécessité)"
    r"|senza\s+(?:bisogno|necessità)|fără\s+(?:a\s+fi\s+nevoie|nevoie))\s+(?:\w+\s+){0,2}?"
    r"(?:exige|requiere|requer|requiert|richied|necesit|necessit|nécessit|precisa|depende|dépend"
    r"|dipend|est[áa]\s+sujet|est\s+soumis|è\s+soggett|este\s+supus|é\s+necess|es\s+necesari"
    r"|solicitar|pedir|demander|chiedere|obter|obtener|obtenir|ottenere)",
    _FLAGS,
)


# a licensee past a cap another passage states ("Le licencié qui réalise un chiffre d'affaires
# supérieur au seuil", "Superado el umbral", "ultrapassado o limite", "oltre la soglia")
_PAST_CAP = lazy_pattern(
    r"\b(?:super|supér|rebas|exced|sobrepas|ultrapass|dépass|franchi|oltrepass|depă[șş])\w*\s+"
    r"(?:(?:el|la|le|il|o|a|l['’]|los|les|i|au|al|ao|à\s+la|alla|do|da|del|du)\s*)?(?:umbral"
    r"|límite|tope|seuil|plafond|soglia|limite|limiar|teto|prag|plafon)\w*"
    r"|\b(?:au[- ]delà|más\s+allá|por\s+encima|acima|oltre|peste)\s+(?:du|de\s+la|del?|d[oa]"
    r"|la|il|acest|aceast[ăa])\s+(?:seuil|plafond|umbral|límite|tope|limite|limiar|teto|soglia"
    r"|prag|plafon)",
    _FLAGS,
)
_FURTHER = lazy_pattern(
    r"\b(?:licencia|licença|licence|licenza|licen[țţ][ăa]|contrato|contrat|contratto|contract)\b"
    r"(?!\s+(?:du|del|de\s+la|della|da)\s+(?:art|cl))",
    _FLAGS,
)


# the grant no longer reaching it: "ne peut plus se prévaloir de l'art. 1", "no podrá ampararse"
_NO_LONGER = lazy_pattern(
    r"\b(?:ne\s+peut\s+(?:plus|pas)|no\s+(?:podrá|puede)|não\s+(?:poderá|pode)|non\s+(?:può|potrà)"
    r"|nu\s+(?:mai\s+)?(?:poate|va\s+putea)|perd\w*|pierde\w*|deixa\s+de|dejar[áa]?\s+de"
    r"|cessa\w*\s+d[ie])\b",
    _FLAGS,
)


def past_the_cap(language: str | None, text: str) -> bool:
    """Whether a Romance passage names a licensee past a cap and the further licence or contract
    it needs, or the grant no longer reaching it ("Le licencié qui réalise un chiffre d'affaires
    supérieur au seuil ne peut plus se prévaloir de l'art. 1"): the cap's condition, read as
    commercial use restricted (the cap itself is read where it is stated)."""
    if language not in ROMANCE or _NEED_DENIED.search(text) is not None:
        return False
    further = _FURTHER.search(text) is not None or _NO_LONGER.search(text) is not None
    return further and _PAST_CAP.search(text) is not None


def needs_permission(language: str | None, text: str) -> bool:
    """Whether a passage in a Romance language makes commercial or profit-making use need the
    licensor's permission, a licence or a contract, the need after the use and far from it
    ("Toda explotación comercial del modelo, incluida la interna, queda sujeta a la autorización
    previa", "El uso con fines lucrativos exige el consentimiento previo y por escrito")."""
    if past_the_cap(language, text):
        return True
    if language not in ROMANCE or _NEEDS_PERMISSION.search(text) is None:
        return False
    return _NEED_DENIED.search(text) is None


_COVER = (
    r"(?:autoriza|autorizan|permite|permiten|permitem|consente|autorizza|autorise|permet|cubre"
    r"|cobre|couvre|copre|acoperă|alcanza|alcança|abarca|abrange|comprende|inclui|incluye"
    r"|include|comprend|concede|otorga|confiere|confere|confère|conferisce|acordă)"
)
_COVERED = (
    r"(?:amparad\w*|cubiert\w*|abrangid\w*|cobert\w*|couvert\w*|copert\w*|acoperit\w*"
    r"|compris\w*|compres\w*|comprendid\w*|incluid\w*|inclus\w*|includ\w*)"
)
_NOT_COVERED = lazy_pattern(
    # "Esta licença não autoriza nenhuma exploração comercial", "ne couvre pas l'usage commercial"
    rf"\b(?:no|não|non|nu|ne|n['’])\s*(?:se\s+|o\s+|le\s+|lo\s+|la\s+|il\s+)?{_COVER}\s+(?:pas\s+)?"
    rf"(?:[\w'’]+\s+){{0,9}}?(?<!marca\s)(?<!marcas\s)(?<!marque\s)(?<!marques\s)(?<!marchi\s)"
    rf"(?<!marchio\s)(?<!nom\s)(?<!noms\s)(?<!nome\s)(?<!nomi\s)(?<!nombre\s){_PROFIT_USE}"
    # "la explotación comercial no queda amparada", "l'usage commercial n'est pas couvert"
    rf"|(?<![\w-]){_PROFIT_USE}[^.;]{{0,40}}?\b(?:no|não|non|nu|n['’])\s*(?:queda\w*|está\w*|es"
    rf"|é|fica\w*|est|è|este|resta|rimane|reste)?\s*(?:pas\s+)?{_COVERED}",
    _FLAGS,
)
# a class of licensee named after the use ("o uso comercial por Empresa de Grande Porte"): a
# defined class (a cap's), not every commercial use
_BY_CLASS = lazy_pattern(
    r"\b(?:por|par|pela|pelo|da\s+parte\s+d\w+|de\s+parte\s+d\w+|dall[ae]?|din\s+partea)\s+"
    r"(?:(?:une?|una?|um|uma|la|le|el|a|o)\s+)?[A-ZÀ-Ý][\w-]+\s+(?:d[eia]\s+)?[A-ZÀ-Ý]"
)


def bans(language: str | None, text: str) -> bool:
    """Whether a Romance passage bans commercial use: a grant for non-profit ends only
    (`grants_for_no_profit`), or commercial use said not covered or not authorised by the
    licence ("Esta licença não autoriza nenhuma exploração comercial", "la explotación
    comercial no queda amparada por estas condiciones"), not for a class the text defines."""
    if language not in ROMANCE or grants_both_kinds(text):
        return False
    if grants_for_no_profit(language, text) or confines_to_non_commercial_ends(text):
        return True  # a grant for non-profit ends only, or a list of such ends (`_purposes`)
    found = _NOT_COVERED.search(text)
    return found is not None and _BY_CLASS.search(text, found.start()) is None
