"""The cues of `terms.foreign` in German, French and Spanish. See `foreign_cues` for what each
pattern is."""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues

_FLAGS = re.IGNORECASE


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, _FLAGS)


# A clause ends at a full stop or semicolon: every gap below stays inside one.
_GAP = r"[^.;]{0,60}?"

DE = Cues(
    prohibited=_re(
        r"\bnicht[- ]?kommerziell\w*|\bnichtkommerziell\w*"
        r"|\bnicht[- ]?gewerblich\w*|\bnicht[- ]?gewerbsm\w{1,4}ig\w*"
        r"|\b(?:kommerziell|gewerb(?:lich|sm\w{1,4}ig))\w*\s+(?:Nutzung"
        r"|Verwendung|Zwecke|Einsatz|Verwertung|Gebrauch)"
        r"\b"
        + _GAP
        + r"\b(?:untersagt|verboten|ausgeschlossen|nicht\s+(?:gestattet|erlaubt|zulässig))"
        r"|\b(?:untersagt|verboten)\b" + _GAP + r"\b(?:kommerziell|gewerb(?:lich|sm\w{1,4}ig))"
        r"|\b(?:nicht(?![- ]?(?:ausschlie|exklusiv|übertragbar|unterlizenz))|keine[nmrs]?|nie)\b"
        + _GAP
        + r"\b(?:kommerziell\w*|gewerblich\w*"
        r"|zu\s+Erwerbszwecken)\b"
        # a use directed at no business advantage or consideration (the ordinary meaning of
        # non-commercial): "jede Nutzung, die weder ... auf einen geschäftlichen Vorteil, Umsatz
        # oder eine geldwerte Gegenleistung gerichtet ist"
        r"|\b(?:nicht|weder|keine[nmrs]?)\b[^.;]{0,60}?\b(?:(?:geschäftlich|wirtschaftlich"
        r"|finanziell|kommerziell)\w*\s+Vorteil\w*|geldwert\w*\s+(?:Gegenleistung|Vorteil)\w*)"
        # a label or table row keyed by commercial use saying no: "Kommerzielle Nutzung: Nein"
        r"|\b(?:kommerziell|gewerb(?:lich|sm\w{1,4}ig))\w*\s+(?:Nutzung"
        r"|Verwendung)\s*[:=：|]\s*(?:nein|verboten"
        r"|untersagt|nicht\s+(?:erlaubt|gestattet|zulässig)|✗|❌|×)(?![\w-])"
    ),
    restricted=_re(
        r"\b(?:kommerziell|gewerb(?:lich|sm\w{1,4}ig))\w*[^.;]{0,80}?\b(?:mit"
        r"|nach|bedarf|erfordert|benötigt|setzt)\b"
        r"[^.;]{0,40}?\b(?:Genehmigung|Zustimmung|Erlaubnis|Einwilligung|Lizenz|Lizenzvereinbarung"
        r"|Vereinbarung|Vertrag)|\b(?:ohne|vorherige[nr]?)\s+(?:vorherige\s+|ausdrückliche\s+)?"
        r"(?:schriftliche\s+)?(?:Genehmigung|Zustimmung|Erlaubnis|Einwilligung)[^.;]{0,80}?"
        r"(?:kommerziell|gewerb(?:lich|sm\w{1,4}ig))"
        r"|\b(?:gesondert|separat|eigen|kommerziell|zusätzlich)\w*(?:,?\s+\w+)?,?\s+Lizenz"
        r"|\bkontaktieren\b" + _GAP + r"\b(?:kommerziell|gewerb(?:lich|sm\w{1,4}ig))"
        r"|\b(?:kommerziell|gewerb(?:lich|sm\w{1,4}ig))\w*" + _GAP + r"\bkontaktieren"
    ),
    allowed=_re(
        r"\b(?:kommerziell|gewerb(?:lich|sm\w{1,4}ig))\w*\s+(?:Nutzung"
        r"|Verwendung|Zwecke)(?:\s+(?:des|der|von|dieses"
        r"|dieser)\s+[^.;]{0,40}?)?\s+(?:ist"
        r"|sind)\s+(?:ausdrücklich\s+|auch\s+)?(?:gestattet|erlaubt"
        r"|zulässig)"
        r"|\bdarf\b[^.;]{0,40}?\bkommerziell\s+(?:genutzt|verwendet|eingesetzt)"
        # a grant that includes commercial ends: "auch zu gewerblichen Zwecken", "einschließlich
        # der kommerziellen Nutzung", "inklusive kommerzieller Zwecke"
        r"|\b(?:auch|einschließlich|einschliesslich|inklusive|inkl\.|insbesondere|ebenso)\s+"
        r"(?:(?:zu|für|im|in)\s+)?(?:der|dem|den|die|einem"
        r"|einer)?\s*(?:kommerziell|gewerb(?:lich|sm\w{1,4}ig))"
    ),
    unrestricted=_re(
        r"\b(?:keine[nmrs]?|ohne(?:\s+(?:jede|jegliche)[nrs]?)?)\s+(?:\w+\s+)?(?:Einschränkung"
        r"|Beschränkung|Begrenzung|Restriktion|Verbot)\w*"
        r"(?![^.;]{0,200}nicht[- ]?(?:kommerziell|gewerb(?:lich|sm\w{1,4}ig)))"
        + _GAP
        + r"(?<![\w-])(?<!nicht\s)(?:kommerziell|gewerb(?:lich|sm\w{1,4}ig))\w*"
        r"|(?<![\w-])(?<!nicht\s)(?:kommerziell|gewerb(?:lich|sm\w{1,4}ig))\w*"
        + _GAP
        + r"\b(?:ohne\s+(?:jede[nrs]?\s+|jegliche[nrs]?\s+)?(?:Einschränkung|Beschränkung"
        r"|Begrenzung)\w*|uneingeschränkt\w*|nicht\s+(?:eingeschränkt|beschränkt|begrenzt))"
    ),
    both=_re(
        r"nicht[- ]?kommerziell\w*\s+(?:und|oder|wie(?:\s+auch)?|sowie)\s+kommerziell"
        r"|\bkommerziell\w*\s+(?:und|oder|wie(?:\s+auch)?|sowie)\s+nicht[- ]?kommerziell"
        # whether or not commercial: "unabhängig davon, ob kommerziell", "ob gewerblich oder
        # privat", "sowohl kommerziell als auch ..."
        r"|\b(?:unabhängig\s+davon|gleichgültig|gleichviel"
        r"|egal|ungeachtet\s+dessen),?\s+ob\b[^.;,]{0,40}?"
        r"(?<![\w-])(?<!nicht\s)(?:kommerziell|gewerb(?:lich|sm\w{1,4}ig))"
        r"|\b(?:kommerziell|gewerb(?:lich"
        r"|sm\w{1,2}ig))\w*\s+oder\s+(?:privat\w*|nicht)(?=\s*(?:[,.;:)]|$))"
        r"|\bsowohl\b[^.;]{0,30}?\b(?:kommerziell|gewerb(?:lich"
        r"|sm\w{1,2}ig))\w*[^.;]{0,30}?\bals\s+auch\b"
        r"[^.;]{0,30}?\b(?:nicht[- ]?(?:kommerziell"
        r"|gewerb(?:lich|sm\w{1,4}ig))|nichtkommerziell|privat)"
        r"|\bunabhängig\s+vom\s+(?:kommerziellen|gewerblichen)\s+(?:Charakter|Zweck)"
        # with or without a profit motive, private and business: "mit oder ohne
        # Gewinnerzielungsabsicht", "für private und gewerbliche Zwecke"
        r"|\b(?:mit\s+oder\s+ohne|ohne\s+oder\s+mit)\s+(?:Gewinnerzielungsabsicht|Gewinnabsicht"
        r"|Erwerbszweck)|\bprivat\w*\s+(?:und|oder|wie(?:\s+auch)?"
        r"|sowie)\s+(?:kommerziell|gewerb(?:lich|sm\w{1,4}ig))"
    ),
    research=_re(
        r"\b(?:ausschließlich|ausschliesslich|nur|lediglich)\b[^.;]{0,40}?\b(?:Forschung\w*"
        r"|wissenschaftlich\w*|akademisch\w*|Lehr\w*|Bildungs\w*)"
    ),
    personal=_re(
        r"\b(?:ausschließlich|ausschliesslich|nur|lediglich)\b[^.;]{0,30}?\b(?:privat\w*"
        r"|persönlich\w*)\s+(?:Nutzung|Gebrauch|Zwecke|Verwendung)"
    ),
    # monthly active users, or active users counted per month ("aktive Nutzer pro Monat")
    mau=_re(
        r"\bmonatlich\w*\s+aktive\w*\s+(?:Nutzer|Benutzer"
        r"|Anwender)|\baktive\w*\s+(?:Nutzer|Benutzer"
        r"|Anwender)\w*\s+(?:pro|je|im)\s+(?:Monat|Kalendermonat)"
    ),
    # compounds too: "Umsatzerlöse", "Nettoumsatz", "Gesamteinnahmen"
    revenue=_re(r"\b\w*(?:umsatz|umsätze|erlöse?|einnahmen)\w*\b(?<!erlösung)"),
    annual=_re(r"\bjährlich|\bJahres|\bpro\s+Jahr|\bim\s+Jahr|\b\w*(?:Geschäfts|Wirtschafts)jahr"),
    affiliates=_re(
        r"\bverbundene[nrs]?\s+Unternehmen|\bKonzern\w*|\bTochter(?:gesellschaft|unternehmen)\w*"
        r"|\bUnternehmensgruppe\w*"
    ),
    laws=(
        (
            _re(
                r"\b(?:unterliegt|unterliegen|gilt|gelten|Anwendung)\b[^.;]{0,60}?(?:deutsche[nms]?"
                r"\s+Recht|Recht\s+der\s+Bundesrepublik\s+Deutschland)"
            ),
            "DE",
        ),
        (
            _re(
                r"\b(?:unterliegt|unterliegen|gilt"
                r"|gelten)\b[^.;]{0,60}?österreichische[nms]?\s+Recht"
            ),
            "AT",
        ),
        (
            _re(
                r"\b(?:unterliegt|unterliegen|gilt"
                r"|gelten)\b[^.;]{0,60}?schweizerische[nms]?\s+Recht"
            ),
            "CH",
        ),
    ),
    vocabulary=_re(
        r"lizenz|nutzungsbedingung|bedingungen|gestattet|erlaubt|untersagt|verboten|kommerziell"
        r"|gewerblich|genehmigung|zustimmung|haftung|gewährleistung|vertrag|einschränk|zulässig"
        r"|urheber|weitergabe|verbreit"
    ),
    restrictive=_re(
        r"\b(?:nicht|kein\w*|nur|ausschließlich|ausschliesslich|lediglich|untersagt|verboten"
        r"|kommerziell\w*|gewerblich\w*|Genehmigung|Zustimmung|Bedingung\w*|muss|müssen|darf|dürfen"
        r"|jedoch|aber|außer|sofern|vorausgesetzt)\b"
    ),
    license_noun=_re(r"lizenz\w*|nutzungsbedingungen|license|licence"),
    other_work=_re(
        r"\bDatensatz|\bDatensätze|\bTrainingsdaten"
        r"|\bDaten\b|\bKorpus|\bBasismodell|\bAusgangsmodell"
        r"|\bGrundmodell|\bQuellcode|\bCode\b|\bDrittanbieter"
    ),
    this_model=_re(
        r"\bdieses\s+Modell|\bdas\s+Modell\b|\bModellgewichte|\bGewichte|\bdieses\s+Repository"
    ),
)

FR = Cues(
    prohibited=_re(
        r"\bnon[- ]commercia(?:l|le|les|ux)\b"
        r"|\b(?:utilisation|usage|exploitation|fins?)\s+(?:commercia|lucrati)\w*\b"
        + _GAP
        + r"\b(?:interdit\w*|prohib\w*|exclu\w*|n'est\s+pas\s+(?:autoris|permis)\w*"
        r"|ne\s+sont\s+pas\s+(?:autoris|permis)\w*)|\binterdi\w+\b" + _GAP + r"\bcommercia\w*"
        r"|\bne\s+(?:pouvez|peut|peuvent|pourrez|pourra|devez|doit|doivent|sont|est)\s+pas\b"
        + _GAP
        + r"\bcommercia\w*"
        r"|\b(?:utilisation|usage)\s+commercia\w*\s*[:=：|]\s*(?:non|interdit\w*"
        r"|pas\s+autoris\w*|✗|❌|×)(?![\w-])"
    ),
    restricted=_re(
        r"\bcommercia\w*[^.;]{0,80}?\b(?:autorisation|accord|consentement|licence|permission)\s+"
        r"(?:écrite|préalable|distincte|séparée|spécifique|commerciale|expresse)"
        r"|\b(?:sans|avec)\s+(?:l'|un\s+|une\s+)?(?:autorisation|accord|consentement)\s+"
        r"(?:écrit\w*\s+|préalable\s+|expresse?\s+)*" + _GAP + r"commercia"
        r"|\b(?:commercia|lucrati)\w*"
        + _GAP
        + r"\bsans\s+(?:l'|un\s+|une\s+)?(?:autorisation|accord|consentement)\b"
        # "les entreprises doivent obtenir une licence": businesses need a license
        r"|\bentreprises?\b" + _GAP + r"\b(?:doivent|doit|devront)\s+(?:obtenir|demander"
        r"|acquérir|souscrire)\s+(?:une\s+|la\s+)?licence"
        r"|\blicence\s+commerciale\b|\bcommercia\w*"
        + _GAP
        + r"\b(?:nécessite|requiert|soumis\w*\s+à|subordonn\w+\s+à|contactez|contacter)"
    ),
    allowed=_re(
        r"\b(?:utilisation|usage)\s+commerciale?\s+(?:est\s+)?(?:autorisée?|permise?)\b"
        # the use named with its object: "L'utilisation commerciale du modèle est autorisée"
        r"|\b(?:utilisation|usage|exploitation)s?\s+commercia(?:le?s?|ux)\s+(?:du|de|des|d['’])\s*"
        r"[^.;]{0,40}?\s(?:est|sont)\s+(?:également\s+|aussi\s+|expressément\s+)?(?:autoris|permis)"
        # "peut être utilisé commercialement / à des fins commerciales"
        r"|\b(?:peut|peuvent|pouvez|pourra|pourront|pourrez)\s+(?:être\s+)?(?:librement\s+)?"
        r"(?:utilis|exploit|employ|déploy)\w*\s+(?:librement\s+)?(?:commercialement"
        r"|à\s+des\s+fins\s+commerciales)"
        # a grant that includes commercial ends: "y compris à des fins commerciales", "même à
        # des fins commerciales", "notamment
        # pour un usage commercial", "y compris dans un cadre commercial"
        r"|\b(?:y\s+compris|notamment|inclus(?:ant)?|également|aussi|même)\s+(?:à\s+des\s+fins\s+"
        r"|(?:pour|dans)\s+(?:un|une|des|le|la|les)\s+(?:usages?"
        r"|utilisations?|cadre|but|exploitations?"
        r"|activités?)\s+|(?:l'|un\s+|une\s+)?(?:usage|utilisation|exploitation)\s+)?commercia"
        # for consideration or profit: "y compris à titre onéreux", "même à titre lucratif"
        r"|\b(?:y\s+compris|notamment|également|aussi|même)\s+à\s+titre\s+(?:onéreux|lucratif)"
    ),
    unrestricted=_re(
        r"\b(?:aucune?|sans|pas\s+de)\s+(?:\w+\s+)?(?:restriction|limitation|limite|interdiction)s?"
        r"\b(?![^.;]{0,200}non[- ]commercia)" + _GAP + r"(?<![\w-])(?<!non\s)commercia\w*"
        r"|(?<![\w-])(?<!non\s)commercia\w*"
        + _GAP
        + r"\b(?:sans\s+(?:aucune\s+)?(?:restriction|limitation|limite)s?|soumise?s?\s+à\s+"
        r"aucune\s+(?:restriction|limitation|condition)s?|n'est\s+pas\s+(?:restreint|limité)\w*"
        r"|illimité\w*)"
    ),
    both=_re(
        r"non[- ]commercia\w*\s+(?:et|ou)\s+commercia|\bcommercia\w*\s+(?:et|ou)\s+non[- ]commercia"
        # whether or not commercial: "qu'elle soit commerciale ou non", "à des fins commerciales
        # ou non", "avec ou sans but lucratif", "quel que soit son caractère commercial"
        r"|(?<![\w-])commercia\w*\s+ou\s+non(?=\s*(?:[,.;:)»]|$))"
        r"|\bavec\s+ou\s+sans\s+(?:but|fins?)\s+(?:lucrati|commercia)"
        r"|\b(?:indépendamment|quel(?:le)?s?\s+que\s+soi(?:en)?t)\b[^.;]{0,40}?\bcaractère\s+"
        r"(?:commercial|lucratif)"
        r"|\btant\b[^.;]{0,30}?(?<!non\s)(?<!non-)commercia\w*[^.;]{0,30}?\bque\b[^.;]{0,30}?"
        r"\bnon[- ]commercia"
    ),
    research=_re(
        r"\b(?:uniquement|exclusivement|seulement|strictement)\b[^.;]{0,40}?\b(?:recherche"
        r"|académique\w*|enseignement|éducati\w*|scientifique\w*)"
    ),
    personal=_re(
        r"\b(?:uniquement|exclusivement|seulement)\b[^.;]{0,30}?\b(?:usage|utilisation|fins?)\s+"
        r"(?:personnel\w*|privé\w*)"
    ),
    mau=_re(
        r"\butilisateurs\s+actifs\s+(?:mensuels|par\s+mois|chaque\s+mois|au\s+cours\s+d'un\s+"
        r"(?:même\s+)?mois|sur\s+un\s+mois)"
    ),
    revenue=_re(r"\bchiffre\s+d'affaires|\brevenus?\b|\brecettes\b"),
    annual=_re(r"\bannuel\w*|\bpar\s+an\b|\bpar\s+année"),
    affiliates=_re(
        r"\b(?:sociétés?|entités?|entreprises?)\s+(?:affiliées?|liées?|apparentées?)|\baffiliés?\b"
        r"|\bfiliales?\b|\bgroupe\s+de\s+sociétés"
    ),
    laws=(
        (
            _re(
                r"\b(?:régi\w*|soumis\w*|gouverné\w*)\s+(?:par\s+"
                r"|au\s+|à\s+la\s+)?(?:le\s+)?(?:droit|loi)"
                r"\s+français\w*|\bdroit\s+français\b[^.;]{0,30}?\b(?:applicable|s'applique)"
            ),
            "FR",
        ),
    ),
    vocabulary=_re(
        r"licence|conditions|autoris|interdi|commercia|consentement|responsabilit|garantie|droits?"
        r"|contrat|restrict|permis|redistribu"
    ),
    restrictive=_re(
        r"\b(?:ne|n'|pas|non|uniquement|exclusivement"
        r"|seulement|interdit\w*|commercia\w*|autorisation"
        r"|doit|doivent|sauf|toutefois|mais|sous\s+réserve)\b"
    ),
    license_noun=_re(r"licence|license|conditions\s+d'utilisation"),
    other_work=_re(
        r"\bjeu\s+de\s+données|\bdonnées|\bcorpus|\bmodèle\s+de\s+base|\bmodèle\s+d'origine"
        r"|\bcode\s+source|\bcode\b|\btiers\b"
    ),
    this_model=_re(r"\bce\s+modèle|\ble\s+modèle|\bpoids\b|\bce\s+dépôt"),
)

ES = Cues(
    prohibited=_re(
        r"\bno[- ]comercial(?:es)?\b|\b(?:uso|usos|utilización|explotación|fines?)\s+comercial\w*\b"
        + _GAP
        + r"\b(?:prohibid\w*|no\s+(?:está|están)\s+(?:permitid|autorizad)\w*"
        r"|no\s+se\s+permite\w*|excluid\w*)|\b(?:prohibid\w*|prohíbe\w*)\b"
        + _GAP
        + r"(?:\bcomercial\w*|\b(?:ánimo|fines?)\s+de\s+lucro\b|\blucrativ\w*)"
        r"|\bno\s+(?:puede|pueden|podrá|podrán|debe|deben|se\s+permite|está\s+permitido)\b"
        + _GAP
        + r"\bcomercial\w*"
        r"|\buso\s+comercial\s*[:=：|]\s*(?:no|prohibido|✗|❌|×)(?![\w-])"
    ),
    restricted=_re(
        r"\bcomercial\w*[^.;]{0,80}?\b(?:requiere\w*|necesita\w*|precisa\w*|sujet\w+\s+a|previa"
        r"|contacte|contactar)\b|\b(?:sin|con)\s+(?:la\s+|una\s+)?(?:autorización|permiso"
        r"|consentimiento)\s+(?:previ\w+\s+|expres\w+\s+|por\s+escrito\s+)*" + _GAP + r"comercial"
        r"|\blicencia\s+comercial\b|\blicencia\s+(?:separada|aparte|adicional|específica)"
        # "las empresas interesadas deben solicitar una licencia": businesses need a license
        r"|\b(?:empresas?|compañías?|organizaciones\s+comerciales)\b"
        + _GAP
        + r"\b(?:deben|debe|deberán|tienen\s+que|necesitan)\s+(?:solicitar|obtener|adquirir"
        r"|contratar|pedir)\s+(?:una\s+|la\s+)?licencia"
    ),
    allowed=_re(
        r"\buso\s+comercial\s+(?:está\s+)?(?:permitido|autorizado)\b"
        # the use named with its object: "El uso comercial del modelo está permitido"
        r"|\b(?:uso|utilización|explotación)\s+comercial\s+(?:del?|de\s+la|de\s+los)\s+[^.;]{0,40}?"
        r"\s(?:está|están|es|son|queda|quedan)\s+(?:expresamente\s+"
        r"|también\s+)?(?:permitid|autorizad)"
        # "puede usarse comercialmente", "pueden ser utilizados con fines comerciales"
        r"|\b(?:puede|pueden|podrá|podrán|puedes)\s+(?:ser\s+)?(?:libremente\s+)?"
        r"(?:utiliza|usa|emplea|explota|desplega)\w*\s+(?:libremente\s+)?(?:comercialmente"
        r"|(?:con|para)\s+fines\s+comerciales)"
        # a grant that includes commercial ends: "incluso con fines comerciales", "incluido el
        # uso comercial", "incluyendo su explotación comercial", "también para fines comerciales"
        r"|\b(?:incluso|inclusive|incluid[oa]s?|incluyendo|también)\s+(?:(?:con|para|a)\s+)?"
        r"(?:(?:el|la|los|las|su|sus|un|una)\s+)?(?:fines?\s+"
        r"|finalidad(?:es)?\s+|usos?\s+|utilización\s+"
        r"|explotación\s+|actividades?\s+)?comercial"
    ),
    unrestricted=_re(
        r"\b(?:sin|ningun[ao]?|ningún|no\s+(?:hay|existen?|tienen?|se\s+aplican?))\s+(?:\w+\s+)?"
        r"(?:restricci(?:ón|on|ones)|limitaci(?:ón|on|ones)|límites?|limites?)\b"
        r"(?![^.;]{0,200}\bno[- ]comercial)" + _GAP + r"(?<![\w-])(?<!no\s)comercial\w*"
        r"|(?<![\w-])(?<!no\s)comercial\w*"
        + _GAP
        + r"\b(?:sin\s+(?:ninguna\s+)?(?:restricci|limitaci|límite)\w*|no\s+(?:está|están)\s+"
        r"(?:restringid|limitad)\w*)"
    ),
    both=_re(
        r"\bno\s+comercial\w*\s+(?:y|o|e|u)\s+comercial"
        r"|\bcomercial\w*\s+(?:y|o|e|u)\s+no\s+comercial"
        # whether or not commercial: "sea comercial o no", "con fines comerciales o no", "con o
        # sin ánimo de lucro", "independientemente de que el uso sea comercial"
        r"|(?<![\w-])comercial\w*\s+o\s+no(?=\s*(?:[,.;:)»]|$))"
        r"|\bcon\s+o\s+sin\s+(?:fines?|ánimo|animo)\s+(?:de\s+lucro|comercial|lucrativ)"
        r"|\bindependientemente\s+de\s+(?:que|si|su|la)\b[^.;,]{0,30}?(?<!no\s)comercial"
        r"|\btanto\b[^.;]{0,30}?\bcomercial\w*[^.;]{0,30}?\bcomo\b[^.;]{0,30}?\bno\s+comercial"
        r"|\btanto\b[^.;]{0,30}?\bno\s+comercial\w*[^.;]{0,30}?\bcomo\b[^.;]{0,30}?\bcomercial"
    ),
    research=_re(
        r"\b(?:únicamente|exclusivamente|solo|sólo|solamente|estrictamente)\b[^.;]{0,40}?"
        r"\b(?:investigación|académic\w*|educativ\w*|docencia|científic\w*)"
    ),
    personal=_re(
        r"\b(?:únicamente|exclusivamente|solo|sólo|solamente)\b[^.;]{0,30}?\b(?:uso|fines?)\s+"
        r"(?:personal\w*|privad\w*)"
    ),
    mau=_re(
        r"\busuarios\s+activos\s+(?:mensuales|al\s+mes"
        r"|por\s+mes|cada\s+mes|en\s+un\s+(?:mismo\s+)?mes)"
    ),
    revenue=_re(r"\bingresos\b|\bfacturación\b|\bventas\b"),
    annual=_re(r"\banual\w*|\bpor\s+año|\bal\s+año"),
    affiliates=_re(
        r"\b(?:entidades|empresas|sociedades)\s+(?:vinculadas|afiliadas|relacionadas|del\s+grupo)"
        r"|\bfiliales?\b|\bafiliad[ao]s\b|\bgrupo\s+(?:empresarial|de\s+(?:empresas|sociedades))"
    ),
    laws=(
        (
            _re(
                r"\b(?:se\s+rigen?|se\s+regirán?|regid\w+"
                r"|sujet\w+)\s+(?:por\s+|a\s+)?(?:las?\s+)?(?:leyes"
                r"|legislación|derecho)\s+(?:de\s+)?(?:España|español\w*)"
            ),
            "ES",
        ),
        (
            _re(
                r"\b(?:se\s+rigen?|se\s+regirán?|regid\w+"
                r"|sujet\w+)\s+(?:por\s+|a\s+)?(?:las?\s+)?(?:leyes"
                r"|legislación|derecho)\s+(?:de\s+)?(?:México|mexican\w*)"
            ),
            "MX",
        ),
    ),
    vocabulary=_re(
        r"licencia|condiciones|autoriz|prohib|comercial|permiso|consentimiento|responsabilidad"
        r"|garantía|derechos?|contrato|restric|permitid|redistribu"
    ),
    restrictive=_re(
        r"\b(?:no|solo|sólo|solamente|únicamente"
        r"|exclusivamente|prohibid\w*|comercial\w*|autorización"
        r"|debe|deben|salvo|excepto|sin\s+embargo|pero|siempre\s+que)\b"
    ),
    license_noun=_re(r"licencia|license|licence|términos\s+de\s+uso"),
    other_work=_re(
        r"\bconjunto\s+de\s+datos|\bdatos\b|\bcorpus\b|\bmodelo\s+base|\bmodelo\s+original"
        r"|\bcódigo|\bterceros\b"
    ),
    this_model=_re(r"\beste\s+modelo|\bel\s+modelo|\bpesos\b|\beste\s+repositorio"),
)
