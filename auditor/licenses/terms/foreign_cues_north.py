"""The cues of `terms.foreign` in Danish, Norwegian, Lithuanian, Latvian and Estonian (words
composed by `foreign_cue_shapes.shaped`). See `foreign_cues` for what each pattern is.

Written from the general shapes of such clauses: a grant "for any purpose, commercial ones
included" (til ethvert formål, også kommercielt / til alle formål, også i næringsvirksomhet /
bet kokiais tikslais, įskaitant komercinius / jebkādiem mērķiem, tostarp komerciāliem / mis
tahes eesmärgil, sealhulgas ärilisel eesmärgil), a grant confined to non-commercial, research or
personal ends, a ban on commercial use, commercial use needing the licensor's consent or a
further licence or agreement, a cap on monthly active users or on revenue (the licensee's group
counted or not), and the law that governs.
"""

from __future__ import annotations

from auditor.licenses.terms.foreign_cap_words_s38eu2 import ET_MAU_MONTH_FIRST
from auditor.licenses.terms.foreign_cue_shapes import GAP, Words, shaped

# --- Danish ------------------------------------------------------------------------------------

_DA_COM = r"(?<!ikke-)(?<!ikke\s)\b(?:kommerciel\w*|erhvervsmæssig\w*|i\s+erhvervsøjemed)"
DA = shaped(
    Words(
        com=_DA_COM,
        non=r"\bikke[- ]?(?:kommerciel|erhvervsmæssig)\w*|\buden\s+(?:gevinst|profit)\w*",
        ban=r"\b(?:forbud\w*|forbudt|må\s+(?:ikke|aldrig)|ikke\s+(?:må|tilladt)|er\s+ikke\s+tilladt"
        r"|skal\s+ikke\s+(?:bruges|anvendes)|giver\s+(?:ikke|ingen)\s+(?:\w+\s+)?ret\w*\s+til"
        r"|omfatter\s+ikke|berettiger\s+ikke\s+til)",
        consent=r"(?:tilladelse\w*|samtykke\w*|godkendelse\w*|licens\w*|aftale\w*)",
        without=r"\buden\s+[^.;]{0,40}?",
        need=r"\b(?:kræver|kræves|kræve|skal\s+(?:indhente|have|indgå)|forudsætter|nødvendig\w*"
        r"|behøve\w*)\b",
        allowed=r"\b(?:også|herunder|inklusive|inkl\.)\s+(?:til\s+|i\s+|for\s+)?(?:kommerciel\w*"
        r"|erhvervsmæssig\w*)|\bogså\s+mod\s+(?:betaling|vederlag)\b|(?<!ikke\s)\bkommerciel\s+(?:brug|anvendelse)\s+(?:er\s+)?tilladt\b"
        r"(?!\s+(?:efter|med|hvis|mod|kun))|\btil\s+(?:ethvert|alle|hvilket\s+som\s+helst)\s+formål"
        r"\b(?!\s+(?:inden\s+for\s+)?(?:forskning|undervisning|ikke))"
        r"(?![^.;]{0,20}?\b(?:undtagen|bortset)\b)",
        both=r"(?<!ikke-)\bkommerciel\w*\s+(?:og|eller)\s+ikke-?kommerciel|\bikke-?kommerciel\w*"
        r"\s+(?:og|eller)\s+kommerciel|\buanset\b[^.;]{0,40}?kommerciel",
        unrestricted=r"\buden\s+(?:nogen\s+)?begrænsning\w*" + GAP + _DA_COM,
        only=r"\b(?:udelukkende|kun|alene|eksklusivt)\b",
        # not an institution of research ("forskningsinstitutioner", "akademiske institutioner")
        research=r"\b(?:forskning|videnskab|akademisk|undervisning|uddannelse)"
        r"(?!\w*?(?:institu|organisa))(?!\w*\s+\w*?(?:institu|organisa))\w*",
        personal=r"\b(?:personlig|privat)\w*",
        mau=r"\bmånedlig\w*\s+aktive\s+brugere|\baktive\s+brugere\s+(?:pr\.?|om|hver)\s+måned"
        r"|\bMAU\b",
        revenue=r"\bomsætning\w*|\bindtægt\w*",
        annual=r"\bårlig\w*|\bom\s+året\b|\bpr\.?\s+år\b|\bregnskabsår\w*",
        affiliates=r"\bkoncern\w*|\bdatterselskab\w*|\btilknyttede\s+(?:selskaber|virksomheder)",
        laws=((r"\bdansk\s+(?:ret|lov\w*)\b|\bDanmarks\s+lov\w*", "DK"),),
        vocabulary=r"licens|vilkår|tillad|forbud|kommerciel|samtykke|ansvar|garanti|rettighed"
        r"|aftale|begræns",
        restrictive=r"\b(?:ikke|kun|udelukkende|forbud\w*|kommerciel\w*|tilladelse|skal|må"
        r"|undtagen)\b",
        license_noun=r"licens\w*|license",
        other_work=r"\bdatasæt\w*|\bdata\b|\bbasismodel\w*|\bkode\w*",
        this_model=r"\bmodellen\b|\bdenne\s+model\b|\bvægte\w*",
        extra_restricted=r"\bkommerciel\s+licens\w*|\bsærskilt\s+(?:aftale|licens)\w*",
    )
)

# --- Norwegian ---------------------------------------------------------------------------------

_NO_COM = (
    r"(?<!ikke-)(?<!ikke\s)\b(?:kommersiel\w*|næringsvirksomhet\w*|i\s+næringsøyemed"
    r"|ervervsmessig\w*)"
)
NO = shaped(
    Words(
        com=_NO_COM,
        non=r"\bikke[- ]?(?:kommersiel|ervervsmessig)\w*",
        ban=r"\b(?:forbud\w*|forbudt|må\s+(?:ikke|aldri)|ikke\s+(?:må|tillatt)|er\s+ikke\s+tillatt"
        r"|skal\s+ikke\s+(?:brukes|benyttes|anvendes)|gir\s+(?:ikke|ingen)\s+(?:\w+\s+)?rett\w*\s+til"
        r"|omfatter\s+ikke|berettiger\s+ikke\s+til)",
        consent=r"(?:tillatelse\w*|samtykke\w*|godkjenning\w*|lisens\w*|avtale\w*)",
        without=r"\buten\s+[^.;]{0,40}?",
        need=r"\b(?:krever|kreves|kreve|må\s+(?:innhente|ha|inngå)|forutsetter|nødvendig\w*"
        r"|trenger)\b",
        allowed=r"\b(?:også|herunder|inkludert|inklusive)\s+(?:til\s+|i\s+|for\s+)?(?:kommersiel\w*"
        r"|næringsvirksomhet|ervervsmessig\w*)|\bogså\s+mot\s+(?:betaling|vederlag)\b|(?<!ikke\s)\bkommersiell\s+(?:bruk|anvendelse)\s+"
        r"(?:er\s+)?tillatt\b(?!\s+(?:etter|med|hvis|mot|kun))|\btil\s+(?:ethvert|alle|hvilket\s+som"
        r"\s+helst)\s+formål\b(?!\s+(?:innen\s+)?(?:forskning|undervisning|ikke))"
        r"(?![^.;]{0,20}?\b(?:unntatt|bortsett)\b)",
        both=r"(?<!ikke-)\bkommersiel\w*\s+(?:og|eller)\s+ikke-?kommersiel|\bikke-?kommersiel\w*"
        r"\s+(?:og|eller)\s+kommersiel|\buansett\b[^.;]{0,40}?kommersiel",
        unrestricted=r"\buten\s+(?:noen\s+)?begrensning\w*" + GAP + _NO_COM,
        only=r"\b(?:utelukkende|kun|bare|eksklusivt)\b",
        research=r"\b(?:forskning|vitenskap|akademisk|undervisning|utdanning)"
        r"(?!\w*?(?:institu|organisa))(?!\w*\s+\w*?(?:institu|organisa))\w*",
        personal=r"\b(?:personlig|privat)\w*",
        mau=r"\bmånedlig\w*\s+aktive\s+brukere|\baktive\s+brukere\s+(?:per|pr\.?|hver)\s+måned"
        r"|\bMAU\b",
        revenue=r"\bomsetning\w*|\binntekt\w*",
        annual=r"\bårlig\w*|\bper\s+år\b|\bi\s+året\b|\bregnskapsår\w*",
        affiliates=r"\bkonsern\w*|\bdatterselskap\w*|\btilknyttede\s+(?:selskaper|foretak)",
        laws=((r"\bnorsk\s+(?:rett|lov\w*)\b|\bNorges\s+lov\w*", "NO"),),
        vocabulary=r"lisens|vilkår|tillat|forbud|kommersi|samtykke|ansvar|garanti|rettighet"
        r"|avtale|begrens",
        restrictive=r"\b(?:ikke|kun|bare|utelukkende|forbud\w*|kommersiel\w*|tillatelse|skal|må"
        r"|unntatt)\b",
        license_noun=r"lisens\w*|license",
        other_work=r"\bdatasett\w*|\bdata\b|\bgrunnmodell\w*|\bkode\w*",
        this_model=r"\bmodellen\b|\bdenne\s+modellen\b|\bvekte\w*",
        extra_restricted=r"\bkommersiell\s+lisens\w*|\bsærskilt\s+(?:avtale|lisens)\w*",
    )
)

# --- Lithuanian --------------------------------------------------------------------------------

# "nekomercinis": no \b before "komercin"
_LT_COM = r"(?:\bkomercin\w*|\bpelno\s+siekian\w*)"
LT = shaped(
    Words(
        com=_LT_COM,
        non=r"\bnekomercin\w*|\bne\s+pelno\s+siekian\w*",
        ban=r"\b(?:draudžiam\w*|uždraust\w*|draudžia|negalima|negali\w*|neleidžiam\w*"
        r"|nėra\s+leidžiam\w*)\b",
        consent=r"(?:sutikim\w*|leidim\w*|licencij\w*|sutart\w*)",
        without=r"\bbe\s+[^.;]{0,40}?",
        need=r"\b(?:privalo|reikia|reikalinga\w*|būtina\w*|turi\s+(?:gauti|įsigyti|sudaryti)"
        r"|įsigyti|gauti)\b",
        allowed=r"\bįskaitant\s+(?:ir\s+)?komercin\w*|\bir\s+komerciniais\s+tikslais"
        r"|\bbet\s+kokiais\s+tikslais\b(?![^.;]{0,20}?\bišskyrus\b)"
        r"|\bkomercinis\s+naudojimas\s+(?:yra\s+)?leidžiamas\b(?!\s+(?:tik|su|jei))",
        both=r"\bkomercin\w*\s+(?:ir|ar)\s+nekomercin|\bnekomercin\w*\s+(?:ir|ar)\s+komercin"
        r"|\b(?:nepriklausomai\s+nuo|nesvarbu)\b[^.;]{0,50}?(?<!ne)(?:komercin|peln|pajam|uždarb)"
        r"|\bnepriklausomai\s+nuo\b[^.;]{0,40}?komercin",
        unrestricted=r"\bbe\s+(?:jokių\s+)?apribojim\w*" + GAP + _LT_COM,
        only=r"\b(?:tik|išimtinai|vien)\b",
        research=r"\b(?:moksl|tyrim|akadem|švietim|mokym)\w*",
        personal=r"\b(?:asmenin|privat)\w*",
        mau=r"\bmėnesio\s+aktyv\w*\s+naudotoj\w*|\baktyv\w*\s+naudotoj\w*\s+skaiči\w*\s+per\s+mėnes\w*|\baktyv\w*\s+naudotoj\w*\s+per\s+mėnes\w*"
        r"|\bMAU\b",
        revenue=r"\bpajam\w*|\bapyvart\w*",
        annual=r"\bmetin\w*|\bper\s+metus\b|\bfinansini\w*\s+met\w*",
        affiliates=r"\bsusijusi\w*\s+(?:asmen|įmon|bendrov)\w*|\bdukterin\w*|\bįmonių\s+grup\w*"
        r"|\b(?:licenciato|licencijos\s+gavėjo)\s+grup\w*",
        laws=((r"\bLietuvos\s+(?:Respublikos\s+)?(?:įstatym|teis)\w*", "LT"),),
        vocabulary=r"licencij|sąlyg|leidž|draudž|komercin|sutikim|atsakomyb|garantij|teis"
        r"|sutart|apribojim",
        restrictive=r"\b(?:negali\w*|negalima|tik|išskyrus|draudžiam\w*|komercin\w*"
        r"|nekomercin\w*|privalo|sutikim\w*)\b",
        license_noun=r"licencij\w*|license",
        other_work=r"\bduomen\w*|\bbazini\w*\s+model\w*|\bkod\w*",
        this_model=r"\bmodel\w*|\bsvori\w*",
        extra_restricted=r"\bkomercin\w*\s+licencij\w*",
    )
)

# --- Latvian -----------------------------------------------------------------------------------

_LV_COM = r"(?:\bkomerciāl\w*|\bpeļņas\s+gūšan\w*)"
LV = shaped(
    Words(
        com=_LV_COM,
        non=r"\bnekomerciāl\w*|\bbezpeļņas\w*",
        ban=r"\b(?:aizliegt\w*|aizliedz\w*|nedrīkst|nav\s+atļaut\w*|nav\s+pieļaujam\w*)",
        consent=r"(?:piekrišan\w*|atļauj\w*|licenc\w*|līgum\w*)",
        without=r"\bbez\s+[^.;]{0,40}?",
        need=r"\b(?:nepieciešam\w*|jāsaņem|vajadzīg\w*|pieprasa|jānoslēdz|jāiegūst)\b",
        allowed=r"\b(?:tostarp|ieskaitot|arī)\s+(?:komerciāl\w*)|\bjebkādiem\s+mērķiem\b"
        r"(?![^.;]{0,20}?\bizņemot\b)|\bjebkurā\s+nolūkā\b|\bjebkuram\s+mērķim\b"
        r"|\bkomerciāl\w*\s+(?:\w+\s+){0,2}ir\s+atļaut\w*(?!\s+(?:tikai|ar|pēc|ja))",
        both=r"\bkomerciāl\w*\s+(?:un|vai)\s+nekomerciāl|\bnekomerciāl\w*\s+(?:un|vai)\s+komerciāl",
        unrestricted=r"\bbez\s+(?:jebkādiem\s+)?ierobežojum\w*" + GAP + _LV_COM,
        only=r"\b(?:tikai|vienīgi)\b",
        research=r"\b(?:pētniecīb|zinātn|akadēmisk|izglītīb|pētījum)\w*",
        personal=r"\b(?:personisk|privāt)\w*",
        mau=r"\bmēneša\s+aktīv\w*\s+lietotāj\w*|\baktīv\w*\s+lietotāj\w*\s+mēnesī|\bMAU\b",
        revenue=r"\bieņēmum\w*|\bapgrozījum\w*",
        annual=r"\bgada\b|\bgadā\b|\bikgadēj\w*",
        affiliates=r"\bsaistīt\w*\s+(?:uzņēmum|sabiedrīb|person)\w*|\bmeitasuzņēmum\w*"
        r"|\bkoncern\w*",
        laws=((r"\bLatvijas\s+(?:Republikas\s+)?(?:likum|ties)\w*", "LV"),),
        vocabulary=r"licenc|noteikum|atļau|aizlieg|komerciāl|piekrišan|atbildīb|garantij|tiesīb"
        r"|līgum|ierobežoj",
        restrictive=r"\b(?:nedrīkst|tikai|vienīgi|aizliegt\w*|komerciāl\w*|nekomerciāl\w*"
        r"|izņemot|atļauj\w*)\b",
        license_noun=r"licenc\w*|license",
        other_work=r"\bdatu\s+kop\w*|\bdati\b|\bdatiem\b|\bbāzes\s+model\w*|\bkod\w*",
        this_model=r"\bmodel\w*|\bsvar\w*",
    )
)

# --- Estonian ----------------------------------------------------------------------------------

_ET_COM = r"\b(?:ärili\w*|äritegevus\w*|kommerts\w*|tulu\s+teenimise\w*)"
ET = shaped(
    Words(
        com=_ET_COM,
        non=r"\bmitte[- ]?(?:ärili|kommerts)\w*|\bmittetulundus\w*",
        ban=r"\b(?:keelatud|keelab|ei\s+tohi|ei\s+ole\s+lubatud|pole\s+lubatud|ei\s+või)\b",
        consent=r"(?:nõusolek\w*|\bluba\b|\bloa\w*|litsents\w*|leping\w*)",
        without=r"\bilma\s+[^.;]{0,40}?",
        need=r"\b(?:nõuab|nõutav\w*|vaja|vajalik\w*|peab\s+(?:saama|hankima|sõlmima)"
        r"|tuleb\s+(?:saada|hankida|sõlmida))\b",
        allowed=r"\bsealhulgas\s+(?:ka\s+)?(?:ärili\w*|kommerts\w*)|\bka\s+(?:ärili\w*|kommerts\w*)"
        r"\s+eesmärgi\w*|\bmis\s+tahes\s+eesmärgi\w*(?![^.;]{0,20}?\b(?:välja\s+arvatud)\b)"
        r"|\bkõigil\s+eesmärkidel\b|\bäriline\s+kasutamine\s+on\s+lubatud\b(?!\s+(?:ainult|vaid))",
        both=r"\bärili\w*\s+(?:ja|või)\s+mitteärili|\bmitteärili\w*\s+(?:ja|või)\s+ärili",
        unrestricted=r"\bilma\s+(?:mingite\s+)?piirangute\w*" + GAP + _ET_COM,
        only=r"\b(?:ainult|üksnes|ainuüksi|vaid)\b",
        research=r"\b(?:teadus|uurimis|akadeemili|hariduslik|õppe)\w*",
        personal=r"\b(?:isiklik|era)\w*",
        mau=r"\bigakuis\w*\s+aktiivs\w*\s+kasutaja\w*|\baktiivs\w*\s+kasutaja\w*\s+kuus\b|\bMAU\b|"
        + ET_MAU_MONTH_FIRST,
        revenue=r"\bkäive\w*|\bkäibe\w*|\btulu\b|\btulud\w*",
        annual=r"\baasta\w*|\bmajandusaasta\w*",
        affiliates=r"\bsidus\w*\s+(?:ettevõt|isik)\w*|\btütarettevõt\w*|\bkontsern\w*",
        laws=((r"\bEesti\s+(?:Vabariigi\s+)?(?:õigus|seadus)\w*", "EE"),),
        vocabulary=r"litsents|tingimus|lubatud|keelatud|äri|nõusolek|vastutus|garantii|õigus"
        r"|leping|piirang",
        restrictive=r"\b(?:ei|ainult|üksnes|keelatud|ärili\w*|mitteäri\w*|nõusolek\w*"
        r"|välja\s+arvatud)\b",
        license_noun=r"litsents\w*|license",
        other_work=r"\bandmestik\w*|\bandme\w*|\bbaasmudel\w*|\bkood\w*",
        this_model=r"\bmudel\w*|\bkaal\w*",
    )
)
