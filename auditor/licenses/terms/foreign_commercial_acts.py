"""A grant whose list of acts includes a commercial one, in the European languages, for
`foreign_grants.any_purpose_grant`: the licensor grants, confers or allows (the act of
granting), and one of the acts granted is done commercially or for commercial ends ("el
derecho a usar, copiar y explotar comercialmente el modelo", "le droit d'utiliser et
d'exploiter commercialement", "das Recht, das Modell gewerblich zu verwerten", "prawo do
komercyjnego wykorzystania"), in any order, under a condition that asks for nothing of the
licensor ("siempre que el modelo se ejecute dentro del Territorio": the place is read apart).

No such grant where the sentence also denies or excepts (a negation, "salvo", "außer"), names
non-commercial use, asks for the licensor's consent, a further licence, a fee or a registration,
or states a number a cap would (those are read by the cues and the cap readers). Words saying
no fee is charged ("sin contraprestación", "kosteloos") are set aside first.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps import numbers

__all__ = ["grants_commercial_act"]

_FLAGS = re.IGNORECASE

# the act of granting (a verb of the licensor, or the passive of it)
_GRANT = (
    r"concede\w*|otorga\w*|confiere\w*|confer[ei]\w*|outorga\w*|accorde\w*|concède\w*"
    r"|octroie\w*|accorda\w*|conferisce|acordă|conferă|räumt|gewährt|erteilt|einräum\w*"
    r"|verleent|verleend|kent\s+toe|udziela\w*|przyznaje|uděluje|poskytuje|udeľuje"
    r"|beviljar|upplåter|tildeler|indrømmer|innrømmer|myöntää|myönnetään|παραχωρεί\w*"
    r"|χορηγεί\w*|надає\w*|надається|предоставляет\w*|предоставляется|biztosít\w*"
    r"|[ée]\s+concedid[oa]|se\s+concede|se\s+otorga|est\s+accordé|è\s+concesso|se\s+acordă"
    r"|wird\s+(?:\w+\s+){0,3}?(?:gewährt|eingeräumt)|wordt\s+(?:\w+\s+){0,3}?verleend"
)
# an act done commercially, or for commercial ends
_COMMERCIAL = (
    r"comercialmente|(?:con|para|com|a|à|in)\s+(?:des\s+)?(?:fines|fins|fini|scopi|scopuri)"
    r"\s+(?:comerciales|comerciais|commerciales|commerciali|comerciale|lucrativ\w*)"
    r"|(?:uso|utilización|explotación|uso|exploração|utilização|usage|utilisation|exploitation"
    r"|utilizzo|sfruttamento|utilizare|exploatare)\s+(?:comercial|commercial)\w*"
    r"|commercialement|commercialmente|kommerziell\w*|gewerblich\w*|geschäftlich\w*"
    r"|commercie(?:el|le)\w*|zakelijk\w*|komercyjn\w*|zarobkow\w*|komerčn\w*|výdělečn\w*"
    r"|zárobkov\w*|kommersiell\w*|kommerciel\w*|erhvervsmæssig\w*|næringsmessig\w*"
    r"|kaupallise\w*|εμπορικ\w*|комерційн\w*|коммерческ\w*|kereskedelmi|üzleti"
    r"|în\s+scop\s+comercial|scopuri\s+comerciale"
)
# a negation, an exception, a ban
_DENIED = (
    r"no|ni|nunca|salvo|excepto|prohib\w*|não|nem|exceto|proib\w*|ne|n['’]\w*|pas|sauf"
    r"|hormis|interdit\w*|non|né|eccetto|tranne|vietat\w*|nu|interzis\w*|nicht|kein\w*"
    r"|ausgenommen|außer|verboten|untersagt|niet|geen|behalve|uitgezonderd|verboden|nie"
    r"|zabronion\w*|nesmí|není|nejsou|nelze|kromě|zakázán\w*|nesmie|okrem|zakázan\w*"
    r"|inte|ej|icke|utom|förbjud\w*|ikke|undtagen|unntatt|forbud\w*|forbudt|ei|eikä|paitsi"
    r"|kielle\w*|δεν|μην|μη|εκτός|απαγορ\w*|не|ні|крім|кроме|заборон\w*|запрещ\w*|nem|ne"
    r"|kivéve|tilos|wyjąwszy|wyjątk\w*|výjimk\w*|výnimk\w*|exception|excepción|exceção|excepção"
    r"|eccezione|excepția|Ausnahme|uitzondering|undantag|undtagelse|unntak|ottamatta|εξαίρεση"
    r"|винятком|исключением"
)
# non-commercial use named ("no comercial", "nicht-kommerziell", "niekomercyjny")
_NON_COMMERCIAL = (
    r"(?:no|não|non|nicht|niet|icke|ikke|ei|μη|nem)[\s-]+(?:comercial|commercial|kommerziell"
    r"|commercieel|kommersiell|kommerciel|kaupalli|εμπορικ|kereskedelmi)\w*"
    r"|niekomercyjn\w*|nekomerčn\w*|некомерційн\w*|некоммерческ\w*|nichtkommerziell\w*"
    r"|niet-commercie\w*|ikke-kommerci\w*|icke-kommersi\w*|ei-kaupalli\w*"
)
# what the licensee must ask for or pay: consent, a further licence, a fee, a registration
_NEEDED = (
    r"autorizaç\w*|autorización\w*|autorisation\w*|autorizzazion\w*|autorizați\w*"
    r"|consentimiento|consentimento|consentement|consenso|consimțământ\w*|Zustimmung\w*"
    r"|Genehmigung\w*|Einwilligung\w*|toestemming|zgod\w*|souhlas\w*|súhlas\w*|samtycke\w*"
    r"|samtykke\w*|tillstånd\w*|tilladelse\w*|tillatelse\w*|lupa\w*|suostumu\w*"
    r"|συναίνεσ\w*|άδεια\s+(?:του|από)|згод\w*|дозв[іо]л\w*|разрешени\w*|hozzájárulás\w*"
    r"|engedély\w*|permiso|licencia\s+(?:comercial|aparte|separada|independiente)"
    r"|licença\s+(?:comercial|separada|própria)|licence\s+(?:commerciale|distincte|séparée)"
    r"|licenza\s+(?:commerciale|separata)|Lizenz\w*\s+(?:gesondert|separat)\w*"
    r"|(?:gesondert|separat)\w*\s+Lizenz\w*|aparte\s+licentie|afzonderlijke\s+licentie"
    r"|odrębn\w*\s+licencj\w*|samostatn\w*\s+licenc\w*|separat\w*\s+licen\w*|erillise\w*"
    r"|regalía\w*|royalt\w*|redevance\w*|Lizenzgebühr\w*|licentievergoeding\w*|registr\w*"
    r"|pago|pagamento|paiement|Zahlung\w*|betaling\w*|opłat\w*|úhrad\w*|poplat\w*"
    r"|betalning\w*|maksu\w*|πληρωμ\w*|оплат\w*|плат[иі]\w*|fizetés\w*|díj\w*"
)
# no fee charged: set aside before the needs are looked for
_FREE = (
    r"(?:sin|sem|sans|senza|fără|ohne|zonder|bez|utan|uden|uten|ilman|χωρίς|без)\s+(?:\w+\s+){0,2}?"
    r"(?:contraprestación|contrapartida|remuneración|pago|coste|costo|cargo|contrapartie"
    r"|rémunération|frais|compenso|corrispettivo|Entgelt|Vergütung|Gebühr|vergoeding"
    r"|betaling|opłat|wynagrodzeni|úplat|poplat|odplat|avgift|ersättning|vederlag|maksu"
    r"|korvau|αντάλλαγμα|αμοιβή|плат|винагород|оплат|ellenérték|díj)\w*"
    r"|gratuit\w*|gratis|kosteloos|kostenlos|unentgeltlich|bezpłatn\w*|bezplatn\w*"
    r"|kostnadsfri\w*|vederlagsfri\w*|maksutta|δωρεάν|безкоштовн\w*|бесплатн\w*|ingyenes\w*"
    r"|à\s+titre\s+gratuit|a\s+título\s+gratuito|a\s+titolo\s+gratuito"
)


_GRANTS = lazy_pattern(rf"(?<![\w-])(?:{_GRANT})(?![\w-])", _FLAGS)
_COMMERCIALLY = lazy_pattern(rf"(?<![\w-])(?:{_COMMERCIAL})(?![\w-])", _FLAGS)
_DENIES = lazy_pattern(rf"(?<![\w-])(?:{_DENIED})(?![\w-])", _FLAGS)
_NON = lazy_pattern(rf"(?<![\w-])(?:{_NON_COMMERCIAL})(?![\w-])", _FLAGS)
_NEEDS = lazy_pattern(rf"(?<![\w-])(?:{_NEEDED})(?![\w-])", _FLAGS)
_FREE_OF_FEES = lazy_pattern(rf"(?<![\w-])(?:{_FREE})(?![\w-])", _FLAGS)
_CAP = 1000  # a number this large is a cap's


def grants_commercial_act(text: str) -> bool:
    """Whether a passage grants acts one of which is commercial, nothing denied or needed."""
    if _GRANTS.search(text) is None or _COMMERCIALLY.search(text) is None:
        return False
    rest = _FREE_OF_FEES.sub(" ", text)
    if _DENIES.search(rest) or _NON.search(rest) or _NEEDS.search(rest):
        return False
    return not any(value >= _CAP for _, _, value in numbers(rest))
