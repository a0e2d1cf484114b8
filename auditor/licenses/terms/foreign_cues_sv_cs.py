"""The cues of `terms.foreign` in Swedish and Czech. See `foreign_cues` for what each pattern is.

Written from the general shapes of such clauses, as for the other languages: a grant "for any
purpose, commercial included" (för alla ändamål, även kommersiella / k jakémukoli účelu, včetně
komerčního), a grant confined to non-commercial, research or personal ends (enbart för
icke-kommersiella ändamål / výhradně pro účely výzkumu), a ban on commercial use ("kommersiell
användning är förbjuden", "komerční užití není dovoleno"), commercial use that needs the
licensor's consent or a further licence (utan skriftligt medgivande / bez písemného souhlasu), a
cap on monthly active users or on revenue with the licensee's affiliates counted or not, and the
law that governs. Both languages put the ban either side of the commercial word.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_law import LAWS

_FLAGS = re.IGNORECASE


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, _FLAGS)


_GAP = r"[^.;]{0,100}?"  # within one clause (a clause may carry a long aside)

# --- Swedish -----------------------------------------------------------------------------------

_SV_COM = r"(?<!icke-)(?<!icke\s)(?<!ej\s)\b(?:kommersi\w*|affärsmässig\w*|i\s+vinstsyfte)"
_SV_NON = r"\b(?:icke|ej|inte)[- ]?kommersi\w*|\butan\s+vinstsyfte"
_SV_BAN = (
    r"\b(?:förbjud\w*|får\s+(?:inte|ej|aldrig)|inte\s+(?:får|tillåt\w*)|ej\s+tillåt\w*"
    r"|är\s+(?:inte|ej)\s+tillåt\w*|icke\s+tillåt\w*|undantag\w*\s+från\s+licensen"
    # the licence gives no right to it: "ger inte rätt till", "berättigar inte till"
    r"|ger\s+(?:inte|ej|ingen)\s+(?:\w+\s+)?rätt(?:ighet)?\w*\s+till|berättigar\s+(?:inte|ej)\s+till)"
)
_SV_CONSENT = r"(?:medgivande|tillstånd|samtycke|godkännande|licens\w*|avtal)"
_SV_WITHOUT = r"\butan\s+[^.;]{0,40}?"
_SV_NEED = (
    r"\b(?:kräver|krävs|kräva|behöv\w*|måste|erfordras|förutsätter|inhämta\w*|ansöka|teckna)\b"
)
_SV_KIND = (
    r"(?:forskning|vetenskap|akademisk|utbildning|undervisning|icke-?kommersi|personlig|privat)"
)

SV = Cues(
    prohibited=_re(
        _SV_NON
        + "|"
        + _SV_BAN
        + _GAP
        + _SV_COM
        + "|"
        + _SV_COM
        + _GAP
        + _SV_BAN
        + r"|\bkommersiell\s+användning\s*[:=|]\s*(?:nej|förbjuden|✗|❌|×)(?![\w-])"
    ),
    restricted=_re(
        _SV_COM
        + r"[^.;]{0,80}?"
        + _SV_NEED
        + r"[^.;]{0,40}?"
        + _SV_CONSENT
        + "|"
        + _SV_WITHOUT
        + _SV_CONSENT
        + _GAP
        + _SV_COM
        + "|"
        + _SV_COM
        + _GAP
        + _SV_WITHOUT
        + _SV_CONSENT
        + r"|\bkommersiell\s+licens"
    ),
    allowed=_re(
        # a grant that includes commercial ends: "även kommersiella", "inklusive kommersiell
        # användning", "också i kommersiella syften"
        r"\b(?:även|också|inklusive|inbegripet|däribland)\s+(?:för\s+|i\s+)?(?:kommersi\w*"
        r"|affärsmässig\w*)"
        # ... or paid offerings and business: "också sådana som du tar betalt för", "även mot
        # betalning", "även i näringsverksamhet", "också i ditt företag"
        r"|\b(?:även|också|inklusive|inbegripet)\s+(?:\w+\s+){0,3}?som\s+(?:du|ni|man"
        r"|licenstagaren|användaren)\s+tar\s+(?:betalt|ut\s+(?:en\s+)?avgift)"
        r"|\b(?:även|också|inklusive)\s+(?:mot\s+(?:betalning|ersättning|avgift)"
        r"|i\s+(?:\w+\s+)?(?:näringsverksamhet|förvärvsverksamhet|affärsverksamhet|företag|vinstsyfte"
        r"|förvärvssyfte)\w*)"
        r"|(?<!inte\s)\bkommersiell\s+användning\s+(?:är\s+)?(?:tillåten|tillåts|medges)\b"
        r"(?!\s+(?:efter|med|om|under|förutsatt))"
        # for any purpose: "för alla ändamål", "för varje syfte", "för vilket ändamål som helst"
        r"|\bför\s+(?:alla|varje|vilket|vilka)\s+(?:ändamål|syften|syfte)\b(?:\s+som\s+helst)?"
        r"(?!\s+(?:inom\s+)?" + _SV_KIND + r")(?![^.;]{0,20}?\b(?:utom|förutom)\b)"
    ),
    both=_re(
        r"(?<!icke-)(?<!icke\s)\bkommersi\w*\s+(?:och|eller)\s+(?:icke|ej)[- ]?kommersi"
        r"|\b(?:icke|ej)[- ]?kommersi\w*\s+(?:och|eller)\s+kommersi"
        r"|\boavsett\b[^.;]{0,40}?kommersi"
        # with or without a profit motive: "med eller utan vinstsyfte"
        r"|\bmed\s+eller\s+utan\s+(?:vinstsyfte|vinstintresse|kommersiellt\s+syfte)"
    ),
    unrestricted=_re(
        r"\butan\s+(?:några\s+)?(?:begränsning\w*|inskränkning\w*)\b" + _GAP + _SV_COM
    ),
    research=_re(
        r"\b(?:enbart|endast|uteslutande|bara|enkom)\b[^.;]{0,40}?(?:forskning|vetenskap"
        r"|akademisk|utbildning|undervisning)"
        # not an institution of research ("forskningsinstitut", "akademiska institutioner")
        r"(?!\w*?(?:institut|organisation|anstalt))(?!\w*\s+\w*?(?:institution|organisation"
        r"|lärosäte|anstalt))\w*"
    ),
    personal=_re(r"\b(?:enbart|endast|uteslutande|bara)\b[^.;]{0,30}?\b(?:personlig|privat)\w*"),
    mau=_re(
        r"\bmånatlig\w*\s+aktiva\s+användare|\baktiva\s+användare\s+(?:per|varje|i\s+)\s*månad"
        # "aktiva användare under en kalendermånad", "... per kalendermånad", "... i varje månad"
        r"|\baktiva\s+användare\s+(?:per|i|under|på)\s+(?:en\s+|varje\s+|någon\s+|samma\s+)?"
        r"(?:kalender)?månad\w*"
        r"|\bMAU\b"
    ),
    revenue=_re(r"\b(?:års)?omsättning\w*|\bintäkt\w*"),
    annual=_re(r"\bårlig\w*|\bper\s+år\b|\bårsomsättning|\bunder\s+ett\s+år\b|\bräkenskapsår"),
    affiliates=_re(
        r"\bnärstående\s+(?:bolag|företag)|\bdotterbolag\w*|\bkoncern\w*|\bintresseföretag\w*"
    ),
    laws=(
        (
            _re(
                r"\bsvensk\w*\s+(?:lag|rätt)\w*\s+(?:gäller|ska\s+tillämpas|tillämpas)"
                r"|\b(?:regleras|styrs|lyder)\s+(?:av|under)\s+svensk\w*\s+(?:lag|rätt)"
            ),
            "SE",
        ),
    ),
    vocabulary=_re(
        r"licens|villkor|tillåt|förbjud|kommersi|medgivande|tillstånd|ansvar|garanti|rättighet"
        r"|avtal|begräns"
    ),
    restrictive=_re(
        r"\b(?:inte|ej|icke|endast|enbart|förbjud\w*|kommersi\w*|tillstånd|måste|ska|får|utom"
        r"|förutom)\b"
    ),
    license_noun=_re(r"licens\w*|license|licence"),
    other_work=_re(r"\bdataset\w*|\bdatamängd\w*|\bdata\b|\bbasmodell\w*|\bkod\w*"),
    this_model=_re(r"\bmodellen\b|\bdenna\s+modell\b|\bmodellvikt\w*|\bvikterna\b"),
)

# --- Czech -------------------------------------------------------------------------------------

_CS_COM = r"\b(?:komerčn\w*|výdělečn\w*|za\s+účelem\s+zisku)"  # "nekomerční": no \b before
_CS_NON = r"\b(?:nekomerčn\w*|nevýdělečn\w*|neziskov\w*)"
_CS_BAN = (
    r"\b(?:zakázán\w*|zakazuj\w*|zákaz\w*|nesmí\w*|nelze|není\s+(?:dovolen|povolen|přípustn)\w*"
    r"|nejsou\s+(?:dovolen|povolen|přípustn)\w*)"
)
_CS_CONSENT = r"(?:souhlas\w*|svolení|povolení|licenc\w*|smlouv\w*)"
_CS_WITHOUT = r"\bbez\s+[^.;]{0,30}?"
_CS_NEED = r"\b(?:vyžaduj\w*|vyžadován\w*|je\s+(?:třeba|nutn\w*)|musí\w*|nutno|potřeb\w*|získat)\b"
_CS_KIND = r"(?:výzkum|vědeck|akademick|vzděláv|výuk|nekomerčn|osobní|soukrom)"

CS = Cues(
    prohibited=_re(
        _CS_NON
        + "|"
        + _CS_BAN
        + _GAP
        + _CS_COM
        + "|"
        + _CS_COM
        + _GAP
        + _CS_BAN
        + r"|\bkomerční\s+(?:užití|použití)\s*[:=|]\s*(?:ne|zakázáno|✗|❌|×)(?![\w-])"
    ),
    restricted=_re(
        _CS_COM
        + r"[^.;]{0,80}?"
        + _CS_NEED
        + r"[^.;]{0,40}?"
        + _CS_CONSENT
        + "|"
        + _CS_WITHOUT
        + _CS_CONSENT
        + _GAP
        + _CS_COM
        + "|"
        + _CS_COM
        + _GAP
        + _CS_WITHOUT
        + _CS_CONSENT
        + r"|\bkomerční\s+licenc\w*"
        # only with consent: "je možné pouze s předchozím písemným souhlasem", "jen na základě
        # samostatné licence" (not said of a class named back, "takový nabyvatel smí ... jen na
        # základě smlouvy": a cap's consequence, read by the cap readers)
        + r"|(?:^|[.;:])(?:(?!\btakov\w*|\bten(?:to)?\s+nabyvatel\w*|\btito\b)[^.;]){0,200}?"
        + _CS_COM
        + r"[^.;]{0,60}?\b(?:pouze|jen|výhradně|výlučně)\s+(?:s|se|na\s+základě|po\s+(?:získání"
        + r"|udělení|obdržení))\s+[^.;]{0,40}?"
        + _CS_CONSENT
    ),
    allowed=_re(
        # a grant that includes commercial ends: "včetně komerčního", "i pro komerční účely"
        r"\b(?:včetně|i|také|rovněž|zahrnuje)\s+(?:pro\s+|k\s+|ke\s+)?(?:účel\w*\s+)?komerčn\w*"
        # ... or gainful or business activity: "a to i při výdělečné činnosti", "také
        # v rámci podnikání", "i pro podnikatelské účely", "včetně obchodní činnosti"
        r"|(?<!\bne\s)\b(?:včetně|i|také|rovněž)\s+(?:při|v\s+rámci|v|pro|k|ke|během)?\s*"
        r"(?:účel\w*\s+)?(?:výdělečn\w*|podnikán\w*|podnikatelsk\w*|obchodní\w*\s+činnost\w*)"
        r"|\bkomerční\s+(?:užití|použití|využití)\s+(?:je\s+)?(?:dovoleno|povoleno|přípustné)\b"
        r"(?!\s+(?:jen|pouze|po|se|za|s)\b)"
        # for any purpose: "k jakémukoli účelu", "pro jakékoli účely", "ke všem účelům"
        r"|\b(?:k|ke|pro)\s+(?:jakýkoli\w*|jakékoli\w*|jakémukoli\w*|každ\w*|libovoln\w*"
        r"|všem|všechny)\s+účel\w*(?!\s+" + _CS_KIND + r")(?![^.;]{0,20}?\b(?:kromě|mimo)\b)"
    ),
    both=_re(
        r"\bkomerčn\w*\s+(?:i|a|nebo|či)\s+nekomerčn"
        r"|\bnekomerčn\w*\s+(?:i|a|nebo|či)\s+komerčn"
        r"|\bbez\s+ohledu\s+na\b[^.;]{0,50}?(?<!ne)(?:komerčn|výděl|zisk|příj)"
        # profit-making or not: "výdělečné i nevýdělečné", "za účelem zisku i bez něj"
        r"|\bvýdělečn\w*\s+(?:i|a|nebo|či)\s+nevýdělečn|\bnevýdělečn\w*\s+(?:i|a|nebo|či)"
        r"\s+výdělečn"
    ),
    unrestricted=_re(r"\bbez\s+(?:jakýchkoli\s+)?omezení\b" + _GAP + _CS_COM),
    research=_re(
        r"\b(?:výhradně|pouze|jen|výlučně|jedině)\b[^.;]{0,40}?(?:výzkum|vědeck|akademick"
        r"|vzděláv|výuk)"
        # not an institution of research ("výzkumným institucím", "výzkumný ústav")
        r"(?!\w*?(?:ústav|institut))(?!\w*\s+\w*?(?:instituc|ústav|organizac|pracovišt"
        r"|zařízen))\w*"
    ),
    personal=_re(r"\b(?:výhradně|pouze|jen|výlučně)\b[^.;]{0,30}?\b(?:osobní|soukrom)\w*"),
    mau=_re(
        r"\bměsíčn\w*\s+(?:počet\w*\s+)?aktivní\w*\s+uživatel\w*|\baktivní\w*\s+uživatel\w*\s+(?:měsíčně"
        r"|za\s+(?:kalendářní\s+)?měsíc|v\s+měsíci)|\bMAU\b"
    ),
    revenue=_re(r"\bobrat\w*|\btržb\w*|\bpříjm\w*|\bvýnos\w*"),
    annual=_re(r"\broční\w*|\bročně\b|\bza\s+(?:kalendářní\s+|účetní\s+)?(?:rok|období)\b"),
    affiliates=_re(
        r"\b(?:přidružen|propojen|ovládan)\w*\s+(?:osob|společnost|subjekt)\w*"
        r"|\bdceřin\w*\s+společnost\w*|\bkoncern\w*|\bskupin\w*\s+nabyvatel\w*"
    ),
    laws=(
        (
            _re(
                r"\břídí\s+(?:se\s+)?(?:právem|právním\s+řádem|zákony)\s+České\s+republiky"
                r"|\břídí\s+(?:se\s+)?česk\w*\s+právem|\bčesk\w*\s+právo\s+(?:se\s+)?použije"
            ),
            "CZ",
        ),
        # a choice of law naming any place, in nine languages (`foreign_law`): every reader's
        # laws are tried on every passage, so they stand here once
        *LAWS,
    ),
    vocabulary=_re(
        r"licenc|podmínk|povolen|zakázán|komerč|souhlas|odpovědnost|záruk|práv|smlouv|omezen"
    ),
    restrictive=_re(
        r"\b(?:není|nesmí\w*|nelze|pouze|jen|výhradně|zakázán\w*|komerčn\w*|nekomerčn\w*"
        r"|souhlas\w*|musí|kromě)\b"
    ),
    license_noun=_re(r"licenc\w*|license"),
    other_work=_re(r"\bdatov\w*\s+sad\w*|\bdataset\w*|\bdata\b|\bzákladní\w*\s+model\w*|\bkód\w*"),
    this_model=_re(r"\btento\s+model\b|\bmodel(?:u|em)?\b|\bváh\w*"),
)
