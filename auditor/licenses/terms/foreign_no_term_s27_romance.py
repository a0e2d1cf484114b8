"""Passages in the Romance languages and Greek (es, pt, fr, it, ro, ca, gl, el) stating no term
of use, by shape, for `foreign_no_term_romance` (session 27), each shape beside its pattern: a
party and its seat; a question standing alone (its answer states the term); no other use
excluded; no formality, by its nouns; a use said to stay free; a notice serving only statistics,
or one the licensor neither examines nor opposes; this document or its notes part of the
licence; definitions (a measure with its copula first, a quoted Greek name, lead-ins, a name
given "hereinafter"); a counting rule counting no more than the licensee's own figure; a clause
number, an annex's or a dispute caption standing alone; every use "not so" excluded again.
A passage naming a ban, a permission, an "only", a cap's number or a ban word is none (`_TERM`).
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues

_FLAGS = re.IGNORECASE

# words of a term: such a passage is none of the above
_TERM = lazy_pattern(
    r"prohib|proib|interdi|vietat|interzi|prohibi|απαγορ|autoriza[cç]|autorización|autorisation"
    r"|autorizzazione|autorizar|autoritza|permiso|permission|permesso|permisiun|permís|άδεια\s+του"
    r"|consentimiento|consentement|consenso|\bsolo\b|\bsólo\b|únicamente|seulement|uniquement"
    r"|soltanto|unicamente|\bapenas\b|somente|\bdoar\b|\bnumai\b|només|exclusiv|μόνο"
    r"|investigaci|recherche|ricerca|pesquisa|cercetar|recerca|έρευν|sin\s+fines|sem\s+fins"
    r"|sans\s+but|senza\s+scop|non[- ]commerc|no\s+comercial|não[- ]comercial|necomercial"
    r"|μη\s+εμπορικ|\bno\s+(?:puede|podrá|se\s+permite)|\bnão\s+(?:pode|poderá)\b|\bne\s+peut"
    r"|\bnon\s+(?:può|potrà)|\bnu\s+(?:poate|are\s+voie)|\bδεν\s+(?:επιτρέπ|μπορ)",
    _FLAGS,
)
_ADDRESS = lazy_pattern(
    r"\S+@\S+|https?://\S+|\b[\w-]+(?:\.[\w-]+){0,4}\.(?:example|com|org|net|fr|es|it|pt|ro|gr"
    r"|ch|be|ca|eu|io|ai|cat|gal|br|mx|ar)\b(?:/\S*)?"
)
_PROFIT = lazy_pattern(
    r"lucr|profit|empres|entrepr|impres|negoc|negóc|affaires|afaceri|κερδ", _FLAGS
)
_NUMBER = lazy_pattern(r"(?<![\w.-])\d[\d.,\s]{2,}\d|\bmill|\bmilh|\bmilion|\bmiliard|εκατομ")

# --- a party and its seat -------------------------------------------------------------------
_LEGAL_FORM = lazy_pattern(
    r"(?<![\w.])(?:S\.?L\.?U?|S\.?A\.?U?|SAS|SARL|S[àa]rl|S\.?r\.?l\.?|S\.?p\.?A\.?|S\.?R\.?L\."
    r"|SRL|Lda|Ltda|S\.?C\.?C\.?L|SCCL|S\.?C\.?|S\.?N\.?C\.?|Ι\.?Κ\.?Ε\.?|Α\.?Ε\.?|Ε\.?Π\.?Ε\.?"
    r"|Ο\.?Ε\.?|Ε\.?Ε\.?|GmbH|AG|Inc|Ltd|LLC)(?![\w])",
)
_SEAT = lazy_pattern(
    r"\b(?:con|com|amb|cu)\s+(?:(?:su|sua|seu|la\s+seva|il\s+suo)\s+)?(?:sede|seu|sediul|domicilio"
    r"|domicílio|domicili)(?:\s+(?:social|legal|legale|principal))?\s+(?:en|em|a|à|in|în|la|na|no"
    r"|ad?)\b|\b(?:radicad[oa]|sediad[oa]|domiciliad[oa]|establecid[oa]|estabelecid[oa]|établie?"
    r"|sise?|domicilié[e]?|stabilit[ăa]|situad[oa])\s+(?:en|em|a|à|in|în|na|no)\b|\bdont\s+le\s+"
    r"siège(?:\s+social)?\s+est\b|\bayant\s+son\s+siège\b|\bsede\s+(?:legale|social)\s+(?:in|a|en"
    r"|em)\b|\bμε\s+έδρα\b|\bεδρεύ\w*",
    _FLAGS,
)
_MAX_PARTY_WORDS = 30
# the tail of a parties clause: "(a place) and whoever uses the model"
_USER_AS_PARTY = lazy_pattern(
    r"^\W*(?:\([^)]{1,40}\)\s*)?(?:e|y|et|i|și|και)\s+(?:quem|quien|qui(?:conque)?|chi|cine"
    r"|όποι\w+|ὅποιος)\s+(?:o\s+|l[oa]\s+|l['’]|lo\s+|îl\s+|τ\w+\s+)?(?:usa|utiliza|utilise"
    r"|use|usa|folosește|utilizează|fa\s+servir|χρησιμοποιεί)\b[^.;,]{0,40}[.;]?\s*$",
    _FLAGS,
)

# a clause's number standing alone, after at most five words of a caption ("Art. 4.",
# "Legea aplicabilă Art. 5.", "Derecho aplicable Artículo 9.", "Άρθρο 3.")
_BARE_NUMBER = lazy_pattern(
    r"^\W*(?:[^\W\d_][\w'’-]*\s+){0,5}?(?:art(?:\.|icolul|ículo|igo|icle|icolo)?|§"
    r"|άρθρο|cláusula|clause|clausola|clauza|punto|ponto|point|norma|apartado|secci[óo]n"
    r"|sec[țţ]iunea|capitolul|capítulo|chapitre|capitolo)\s*\d{1,3}[a-z]?(?:\.\d{1,3})*\s*[.:)]?\s*$",
    _FLAGS,
)

# a notice that serves only statistics or a record of users ("ne sert qu'à nos statistiques",
# "sólo sirve para llevar un registro", "serve apenas para fins estatísticos")
_NOTICE = (
    r"(?:signalement|annonce|avis|déclaration|aviso|comunicación|notificación|registro|cadastro"
    r"|comunicação|notificação|segnalazione|comunicazione|notifica|avviso|notificare|anunț\w*"
    r"|înregistrare\w*|comunicació|avís|δήλωσ\w*|ειδοποίησ\w*|γνωστοποίησ\w*|εγγραφ\w*)"
)
_SERVES_ONLY = lazy_pattern(
    rf"\b{_NOTICE}\b[^.;]{{0,80}}?(?:\bne\s+sert\s+qu['’]à|\bsert\s+(?:uniquement|seulement)"
    rf"|\b(?:solo|sólo|únicamente)\s+sirve|\bsirve\s+(?:solo|sólo|únicamente)|\bserve\s+(?:apenas"
    rf"|somente|só|solo|soltanto|unicamente)|\b(?:apenas|só|solo|soltanto)\s+serve|\bservește\s+"
    rf"(?:doar|numai)|\bnomés\s+serveix|\bserveix\s+només|\bχρησιμεύει\s+μόνο)\b[^.;]{{0,60}}?"
    rf"(?:statisti|estadíst|estatíst|regist|recens|στατιστ|αρχεί)",
    _FLAGS,
)
# the licensor neither examines, answers, opposes nor refuses a notice ("ne l'examine pas et ne
# peut pas s'y opposer", "no la revisa ni puede oponerse", "non può opporsi", "δεν την εξετάζει")
_NO_DECISION = lazy_pattern(
    r"\b(?:ne|n['’]|no|não|non|nu|δεν)\s*(?:[\w'’]+\s+){0,3}?(?:[ld]['’]|s['’])?(?:examin\w*|instrui\w*|instruis\w*"
    r"|oppos\w*|opon\w*|opor\w*|opporr?\w*|opune\w*|refus\w*|rechaz\w*|deneg\w*|recus\w*"
    r"|rifiut\w*|refuz\w*|répond\w*|respond\w*|rispond\w*|răspund\w*|revis\w*|analis\w*"
    r"|εξετάζ\w*|αρνη\w*|αρνεί\w*|αντιτ\w*|απαντ\w*)"
    r"|\b(?:enregistrée?|registrad[oa]|registat[ăa]?|registrat[oa]|înregistrat[ăa]?|καταχωρ\w*)\s+"
    r"(?:telle?\s+quelle|tal\s+(?:cual|como|qual)|così\s+com['’]è|ca\s+atare|ως\s+έχει)",
    _FLAGS,
)
_EXCEPT_OR_COMMERCIAL = lazy_pattern(
    r"\b(?:sauf|salvo|excepto|exceto|tranne|eccetto|llevat|except\w*|εκτός)\b|comm?erci|εμπορ",
    _FLAGS,
)
# a row of acts of use and a verdict of free ("tester ou étudier le modèle | libre et gratuit")
_ACTS_FREE = lazy_pattern(
    r"^\W*(?:l['’]|le\s+|lo\s+|la\s+)?(?:test\w*|étudi\w*|estudi\w*|studi\w*|prob\w*|evalu\w*"
    r"|éval\w*|valut\w*|utilis\w*|utiliz\w*|usa\w*|us[eo]\w*|copi\w*|modifi\w*|execut\w*"
    r"|exécut\w*|ejecut\w*|esegu\w*|rula\w*|distribu\w*|redistribu\w*)\b[^.;]{0,60}?\b(?:libre"
    r"|livre|libero|libera|liber[ăa]?|lliure|gratuit\w*|gratis|ελεύθερ\w*|δωρεάν)\b(?:\s+(?:et|e|y"
    r"|i|și|και)\s+(?:gratuit\w*|gratis|libre|livre|libero|lliure|δωρεάν))?\W*$",
    _FLAGS,
)

# a caption standing alone: a few words, no full stop, no modal, no term ("Ce qui s'applique en
# cas de différend", "Lo que rige en caso de conflicto", "Cosa si applica in caso di lite")
_CAPTION = lazy_pattern(r"^[^\W\d_][^.;:!?\d]{2,70}$")
_MODAL = lazy_pattern(
    r"\b(?:doi\w*|dev\w*|deb\w*|trebui\w*|πρέπει|pouv\w*|peu[tx]|pued\w*|pod\w*|può|poss\w*"
    r"|poat\w*|pot|μπορ\w*|sin|sem|sans|senza|fără|χωρίς|sense|not|non|no|não|ne|nu|δεν)\b",
    _FLAGS,
)
_MAX_CAPTION_WORDS = 8
# what such a caption names: the law, disputes, definitions, the parties, what applies
_CAPTION_TOPIC = lazy_pattern(
    r"\b(?:s['’]appliqu\w*|se\s+aplica\w*|si\s+applica|s['’]aplica|se\s+aplic[ăa]|rige|différend\w*"
    r"|litige\w*|disputa\w*|conflicto\w*|controversi\w*|litígio\w*|lite|liti|litigi\w*"
    r"|diferend\w*|llei|ley|lei|loi|legge|legea|droit|derecho|diritto|direito|dret|dreptul"
    r"|parties|partes|parti|părțile|définitions|definiciones|definizioni|definições|definicions"
    r"|defini[țţ]ii|εφαρμοστέ\w*|διαφορ\w*|ορισμοί|δίκαιο|συμβαλλόμεν\w*)\b",
    _FLAGS,
)

# the lead-in to a list of definitions, after a caption ("Norma II - Conceitos Para efeitos
# deste regulamento, entende-se por:", "Aux fins des présentes, on entend par :")
_DEFS_LEAD = lazy_pattern(
    r"\b(?:entende-se|entendem-se|se\s+entiende[n]?|on\s+entend|s['’]entend\w*|si\s+intend\w*"
    r"|se\s+înțeleg\w*|s['’]entén|s['’]entenen|entenderase|enténdese|νοούνται|νοείται|ορίζονται)"
    r"\s+(?:por|par|per|prin|como|ως)?\s*:\s*$",
    _FLAGS,
)
# every use that is not so, excluded or reserved: the confinement beside it, said again
_NOT_SO_EXCLUDED = lazy_pattern(
    r"\b(?:tod[oa]s?|toute?s?|ogni|qualquer|cualquier|orice|tot|κάθε)\s+(?:a\s+|la\s+|o\s+|l['’]"
    r"|el\s+)?(?:utiliza\w*|uso|usage|utilisation|utilizzo|ús|χρήση)\s+(?:que|qui|che|care"
    r"|η\s+οποία)\s+(?:o\s+|lo\s+|l['’]|la\s+)?(?:não|no|ne|non|nu|δεν)\b[^.;]{0,40}?\b"
    r"(?:excluíd\w*|excluid\w*|exclu\w*|esclus\w*|exclòs|reservad\w*|réservé\w*|riservat\w*"
    r"|rezervat\w*|εξαιρ\w*)",
    _FLAGS,
)

# an annex's caption: "Anexa nr. 1 - Pragul de cifră de afaceri", "ANNEXE 2 – Seuil et comptage"
_ANNEX_CAPTION = lazy_pattern(
    r"^\W*(?:anexa|anexo|annexe|allegato|annex|annex|παράρτημα)\s+(?:nr\.?\s*|n\.?\s*[ºo°]?\s*"
    r"|no\.?\s*|núm\.?\s*)?[\dIVXA-D]{1,4}\s*[-–—:.]?\s*[^.;:!?\d]{0,60}$",
    _FLAGS,
)

# --- a question standing alone ---------------------------------------------------------------
_GREEK_ASKS = lazy_pattern(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:ποι\w+|τι|πώς|πότε|πού|πόσ\w+|μπορ\w+|χρειάζ\w+|πρέπει|ισχύει|υπάρχει)\b",
    _FLAGS,
)

# --- no other use excluded ------------------------------------------------------------------
_NO_OTHER = lazy_pattern(
    r"\b(?:ningún|ninguna|nenhum|nenhuma|ningún|ningun|aucun|aucune|nessun|nessuna|nicio|niciun"
    r"|cap|καμία|κανένα|καμιά)\s+(?:otro|otra|outro|outra|autre|altro|altra|alt[ăa]|altre|άλλη"
    r"|άλλο)\s+(?:uso|usos|utilización|utilização|uso|usage|utilisation|utilizzo|impiego"
    r"|utilizare|ús|χρήση)\b[^.;]{0,30}?\b(?:excluid\w*|exclu\w*|exclòs|esclus\w*|prohibid\w*"
    r"|proibid\w*|interdit\w*|vietat\w*|interzis\w*|prohibit|restring\w*|restrein\w*|limitad\w*"
    r"|limité\w*|limitat\w*|αποκλεί\w*|απαγορεύ\w*|εξαιρεί\w*)",
    _FLAGS,
)

# --- no formality, by its nouns -------------------------------------------------------------
_FORMALITY = (
    r"(?:cadastro|registo|registro|registre|registrazione|înregistrare|inscripción|inscrição"
    r"|inscription|iscrizione|inscripció|aviso|avis|avviso|notifica\w*|notificación|notificação"
    r"|notificare|comunicación|comunicação|comunicazione|comunicació|declaración|déclaration"
    r"|dichiarazione|declarație|pedido|solicitud|sol·licitud|demande|richiesta|cerere"
    r"|autorização|autorización|autorisation|autorizzazione|autorizație|autorització|permiso"
    r"|permissão|permission|permesso|permisiune|permís|formalidad\w*|formalidade\w*|formalité\w*"
    r"|formalità|formalit[ăa]\w*|tràmit\w*|trámite\w*|trâmite\w*|démarche\w*|εγγραφ\w*"
    r"|ειδοποίησ\w*|γνωστοποίησ\w*|αίτησ\w*|έγκρισ\w*|άδει\w*|διατυπώσ\w*)"
)
_NO_FORMALITY = lazy_pattern(
    rf"^\W*(?:(?:não|no|il\s+n['’]y\s+a|non)\s+(?:há|hay|c['’]è|ci\s+sono|existe|existen|se\s+exige"
    rf"|se\s+requiere|é\s+necessári[oa]|es\s+necesari[oa]|è\s+necessari[oa]|cal)\s+(?:ningún\s+"
    rf"|nenhum\s+|nenhuma\s+|ninguna\s+|alcun[oa]?\s+|pas\s+de\s+|cap\s+)?|(?:aucun|aucune|nessun"
    rf"|nessuna|nicio|niciun|ningún|ninguna|nenhum|nenhuma|cap|καμία|καμιά|κανένα|δεν\s+"
    rf"(?:απαιτείται|χρειάζεται|υπάρχει))\s+|nu\s+(?:este|e|există)\s+(?:necesar[ăa]?\s+)?"
    rf"(?:nicio|niciun)\s+)(?:\w+\s+)?{_FORMALITY}\b(?:\s*(?:,|\bni\b|\bnem\b|\bné\b|\bnici\b"
    rf"|\bo\b|\bou\b|\bsau\b|\by\b|\be\b|\bet\b|\bή\b|\bούτε\b)\s*(?:de\s+|d['’]|di\s+)?(?:\w+\s+)?"
    rf"{_FORMALITY}(?:\s+(?:de|da|di|d['’])\s*\w+)?)*\W*(?:(?:n['’]est|não\s+é|no\s+es|non\s+è"
    rf"|nu\s+este|δεν\s+είναι)?\s*(?:requise?s?|exigid[oa]s?|necessári[oa]s?|necesari[oa]s?"
    rf"|necessari[oa]|richiest[oa]|necesar[ăa]?|απαραίτητ\w*)?)\W*$",
    _FLAGS,
)

# --- a use said to stay free ----------------------------------------------------------------
_CONDITION = lazy_pattern(
    r"\b(?:si|if|siempre\s+que|desde\s+que|contanto|sempre\s+que|à\s+condition|pourvu|sous"
    r"\s+réserve|purché|a\s+condizione|cu\s+condiția|dacă|amb\s+la\s+condició|mediante|após"
    r"|après|tras|dopo|după|εφόσον|αν|εάν|υπό\s+τον\s+όρο|fins|fino|jusqu|hasta|até|până)\b",
    _FLAGS,
)
_STAYS_FREE = lazy_pattern(
    r"\b(?:segue|sigue|continua|continúa|continue|permanece|resta|reste|rimane|rămâne|queda"
    r"|fica|roman|segueix|continua|παραμένει|μένει)\s+(?:\w+\s+){0,2}?(?:livre|libre|libero|libera"
    r"|lliure|gratuit\w*|gratis|de\s+balde|ελεύθερ\w*|δωρεάν)\b",
    _FLAGS,
)

# --- this document is (part of) the licence, or binds the parties ---------------------------
_PART_OF = lazy_pattern(
    r"\b(?:font|fait|forman?|fazem|faz|fanno|fa|fac|face|formen|forma|αποτελ\w*)\s+part(?:e|ie)?"
    r"(?:\s+(?:intégrante|integrante|integrant[eă]|integral))?\s+(?:d\w{0,5}|al|ale)\b|\bαποτελ\w*\s+(?:αναπόσπαστο\s+)?μέρος\b"
    r"|^\W*(?:este|ce|questo|acest|aquest|αυτό\s+το)\s+(?:documento|document|documentul|έγγραφο)"
    r"\s+(?:é|es|est|è|este|és|είναι)\s+(?:a|la|l['’]|el|licen\w+|η\s+άδεια)"
    r"|\b(?:vincula[mn]?|obliga[mn]?|engage(?:nt)?|vincola(?:no)?|obligă|obliguen|δεσμεύ\w*)\s+"
    r"(?:a\s+|à\s+|al\s+|le\s+|la\s+|les\s+|il\s+|pe\s+|τ\w+\s+)?[^.;]{0,80}?\b(?:e|y|et|i|și|και)"
    r"\s+(?:a\s+|à\s+|al\s+|pe\s+)?(?:quem|quien|quiconque|chi|cine|qui|όποι\w+|όσ\w+|le\s+licencié|o\s+licenciado"
    r"|el\s+licenciatario|il\s+licenziatario|licențiatul)",
    _FLAGS,
)

# --- definitions: of a measure with the copula first, Greek quoted, lead-ins -----------------
_COPULA_FIRST = lazy_pattern(
    r"^\W*(?:est|es|é|è|este|és|είναι)\s+(?:un|une|uno|una|um|uma|o|a|el|la|le|il|lo|un\s+|ένας"
    r"|μία|ένα)?\s*\w+(?:\s+\w+){0,3}\s+(?:toute?|toda|todo|ogni|qualsiasi|qualquer|cualquier"
    r"|orice|tota|tot|κάθε)\s+(?:personne|persona|pessoa|persoană|πρόσωπο|utilisateur|usuario"
    r"|utilizador|usuário|utente|utilizator|usuari|χρήστης)\b",
    _FLAGS,
)
_GREEK_QUOTED = lazy_pattern(
    r"^\W*(?:[α-ω]\)\s*)?[\"“«„‘]\s*[Α-Ωα-ωΆ-Ώά-ώ][^\"”»“’]{0,59}?\s*[\"”»“’]\s*(?:[^\s:]+\s+){0,4}?"
    r"(?:είναι|σημαίνει|νοείται|νοούνται|ορίζεται|:)",
    _FLAGS,
)
_LEAD_IN = lazy_pattern(
    r"^\W*(?:ορισμοί\s+)?(?:στην|στο|για\s+τους\s+σκοπούς\s+τ\w+)\s+(?:παρούσ\w+|παρόν)"
    r"\s+(?:άδει\w*|σύμβασ\w*|όρ\w*)?\s*[:,]?\s*(?:νοούνται\s+ως\s*:?)?\s*$",
    _FLAGS,
)

# a name given "hereinafter" ("di seguito «modello multimodale»", "en adelante, el «Modelo»",
# "ci-après « le Modèle »"), and an "only" that tells what a model takes in ("che elabora
# soltanto testo"): a description, no confinement of use
_HEREINAFTER = lazy_pattern(
    r"\b(?:di\s+seguito|in\s+seguito|en\s+adelante|em\s+diante|doravante|ci-après|ci-dessous"
    r"|în\s+continuare|en\s+endavant|d['’]ara\s+endavant|en\s+diante|εφεξής|στο\s+εξής)\W{0,4}"
    r"(?:\w+\W{1,3}){0,3}?[\"“«„‘]",
    _FLAGS,
)
_ONLY_MEDIA = lazy_pattern(
    r"\b(?:solo|sólo|soltanto|solamente|únicamente|unicamente|seulement|uniquement|apenas|somente"
    r"|só|doar|numai|només|μόνο)\s+(?:(?:de|di|du|del|des)\s+)?(?:testo|texto|texte|text|textos"
    r"|testi|imagin\w*|imágenes|imagens|images|audio|áudio|κείμεν\w*|εικόν\w*)\b",
    _FLAGS,
)

# --- a counting rule counting no more than the licensee's own figure -------------------------
_OWN_ONLY = lazy_pattern(
    r"\b(?:conta-se|cuenta|compte|conta|contează|compta|se\s+cuenta|se\s+compte|se\s+tiene\s+en"
    r"\s+cuenta|si\s+conta|μετρά\w*|λαμβάνεται\s+υπόψη)\s+(?:somente|apenas|solo|sólo|solamente"
    r"|únicamente|seulement|uniquement|soltanto|unicamente|numai|doar|només|μόνο)\s+[^.;]{0,60}?"
    r"\b(?:pr[oó]pri[oa]s?|propi[oa]s?|propres?|propri[oaie]|însuși|însăși|ίδι\w*)\b",
    _FLAGS,
)
_NOT_ADDED = lazy_pattern(
    r"\b(?:ne\s+sont\s+pas|n['’]est\s+pas|no\s+(?:se\s+)?(?:suman|se\s+suma|cuentan|computan)"
    r"|não\s+(?:se\s+)?(?:somam|soma|contam|entra[mn]?\s+na\s+conta)|non\s+(?:si\s+)?(?:sommano"
    r"|contano|cumulano|sono\s+sommat\w*)|nu\s+se\s+(?:adună|cumulează|iau\s+în\s+calcul)"
    r"|no\s+es\s+sumen|no\s+compten|δεν\s+(?:προστίθ\w*|αθροίζ\w*|υπολογίζ\w*))\b[^.;]{0,30}?"
    r"(?:additionné\w*|cumulé\w*|comptabilisé\w*|pris\w*\s+en\s+compte|$|[.;])"
    r"|\bnão\s+entra[mn]?\s+na\s+conta\b",
    _FLAGS,
)
_PER_PRODUCT = lazy_pattern(
    r"\b(?:application|aplicación|aplicação|applicazione|aplicație|aplicació|produit|producto"
    r"|produto|prodotto|produs|servi[cç]e?o?|servizio|serviciu|servei|υπηρεσία|εφαρμογή)\s+"
    r"(?:par|por|per|cu|ανά|με)\s+(?:application|aplicación|aplicação|applicazione|aplicație"
    r"|aplicació|produit|producto|produto|prodotto|produs|service|servicio|serviço|servizio"
    r"|serviciu|servei|υπηρεσία|εφαρμογή)\b",
    _FLAGS,
)
_ADDED = lazy_pattern(
    r"\b(?:s['’]additionn|se\s+suman|somam-se|si\s+sommano|se\s+adună|incluid|inclu[sí]d|compris"
    r"|compres|inclus|συμπεριλαμβάν)",
    _FLAGS,
)


def states_no_term_s27_romance(text: str, cues: Cues | None) -> bool:
    """Whether a Romance or Greek passage states no term of use by one of the shapes above."""
    text = _ADDRESS.sub(" ", text)
    if _NO_DECISION.search(text) is not None and _EXCEPT_OR_COMMERCIAL.search(text) is None:
        rest = _NO_DECISION.sub(" ", text)
        return _TERM.search(rest) is None and not _bans(rest, cues)
    other = _NO_OTHER.search(text)
    if other is not None:  # the match's own ban word names no ban: the rest must name none
        rest = _NO_OTHER.sub(" ", text)
        return _TERM.search(rest) is None and not _bans(rest, cues)
    if _bans(text, cues):
        return False
    if _ANNEX_CAPTION.search(text) is not None and _TERM.search(text) is None:
        return True
    if _is_question(text) or _counts_own_only(text) or _bare_number(text):
        return True
    if _NO_FORMALITY.search(text) is not None:  # the whole passage: a negation, formalities
        return True
    if _SERVES_ONLY.search(text) is not None and _EXCEPT_OR_COMMERCIAL.search(text) is None:
        return True
    if _HEREINAFTER.search(text) is not None and _EXCEPT_OR_COMMERCIAL.search(text) is None:
        rest = _ONLY_MEDIA.sub(" ", text)
        if _TERM.search(rest) is None and _NUMBER.search(rest) is None and not _bans(rest, cues):
            return True
    if _TERM.search(text) is not None or _NUMBER.search(text) is not None:
        return False
    if _USER_AS_PARTY.search(text) is not None:
        return True
    if _STAYS_FREE.search(text) is not None and _CONDITION.search(text) is None:
        return True
    return (
        _names_seated_party(text)
        or _PART_OF.search(text) is not None
        or _COPULA_FIRST.search(text) is not None
        or _GREEK_QUOTED.search(text) is not None
        or _LEAD_IN.search(text) is not None
        or _DEFS_LEAD.search(text) is not None
        or _NOT_SO_EXCLUDED.search(text) is not None
        or _is_caption(text)
        or (
            _ACTS_FREE.search(text) is not None
            and _CONDITION.search(text) is None
            and _EXCEPT_OR_COMMERCIAL.search(text) is None
            and _PROFIT.search(text) is None
        )
    )


def _is_caption(text: str) -> bool:
    body = text.strip()
    return (
        _CAPTION.search(body) is not None
        and len(body.split()) <= _MAX_CAPTION_WORDS
        and _MODAL.search(body) is None
        and _CAPTION_TOPIC.search(body) is not None
        and _PROFIT.search(body) is None
        and _EXCEPT_OR_COMMERCIAL.search(body) is None
    )


def _bans(text: str, cues: Cues | None) -> bool:
    return (
        cues is not None
        and cues.prohibited is not None
        and cues.prohibited.search(text) is not None
    )


def _bare_number(text: str) -> bool:
    return _BARE_NUMBER.search(text) is not None and _TERM.search(text) is None


def _is_question(text: str) -> bool:
    """One sentence ending in a question mark (Greek: ";" after an asking word)."""
    body = text.strip()
    if body.endswith("?"):
        return re.search(r"[.!?;](?=\s)", body[:-1]) is None
    return body.endswith((";", "\u037e")) and _GREEK_ASKS.search(body) is not None


def _names_seated_party(text: str) -> bool:
    words = len(text.split())
    return (
        words <= _MAX_PARTY_WORDS
        and _SEAT.search(text) is not None
        and _LEGAL_FORM.search(text) is not None
    )


def _counts_own_only(text: str) -> bool:
    """Only the licensee's own figure counts, or others' are not added, or it is counted
    product by product; a rule adding affiliates is no such rule."""
    if _NUMBER.search(text) is not None or _ADDED.search(_NOT_ADDED.sub(" ", text)):
        return False
    if re.search(r"\b(?:prohib|proib|interdi|vietat|interzi|απαγορ)", text, _FLAGS):
        return False
    return any(p.search(text) is not None for p in (_OWN_ONLY, _NOT_ADDED, _PER_PRODUCT))
