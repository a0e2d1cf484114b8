"""The cues of `terms.foreign` in Catalan, Slovak and Slovenian, words composed by
`foreign_cue_shapes.shaped`. See `foreign_cues` for what each pattern is.

Written from the general shapes of such clauses: a grant "for any purpose, commercial ones
included" (per a qualsevol finalitat, incloses les comercials / na akýkoľvek účel vrátane
komerčného / za kateri koli namen, vključno s komercialnim), a grant confined to non-commercial,
research or personal ends (únicament amb finalitats de recerca / výlučne na nekomerčné účely /
izključno za raziskave), a ban on commercial use, commercial use needing the licensor's consent
or a further licence, a cap on monthly active users or on revenue, and the law that governs.
"""

from __future__ import annotations

from auditor.licenses.terms.foreign_cue_shapes import GAP, Words, shaped

__all__ = ["CA", "SK", "SL"]

# --- Catalan -------------------------------------------------------------------------------------

# not "no comercial"
_CA_COM = r"(?<!no\s)(?<!no-)\b(?:comercial\w*|lucratiu\w*|amb\s+ànim\s+de\s+lucre)"
CA = shaped(
    Words(
        com=_CA_COM,
        non=r"\bno[- ]comercial\w*|\bsense\s+(?:ànim\s+de\s+lucre|finalitat\s+lucrativa)",
        ban=r"\b(?:queda\s+prohibit\w*|prohibit\w*|es\s+prohibeix|no\s+(?:es\s+pot|podeu|pot|poden"
        r"|està\s+permès|és\s+permès|se\s+permet))",
        consent=r"(?:autorització\w*|permís\w*|consentiment\w*|llicència\w*|acord\w*|contracte\w*)",
        without=r"\bsense\s+[^.;]{0,40}?",
        need=r"\b(?:requereix|requerirà|cal\s+obtenir|cal|necessita|ha\s+d'obtenir|haurà\s+d'obtenir"
        r"|subjecte\s+a|previ\w*)\b",
        allowed=r"\b(?:també|incloses?|inclosos?|inclòs|inclosa|fins\s+i\s+tot)\s+(?:amb\s+|per\s+a\s+"
        r"|per\s+)?(?:les\s+|els\s+|l')?(?:finalitats\s+|fins\s+|usos?\s+)?comercial\w*"
        r"|\bper\s+a\s+qualsevol\s+(?:finalitat|fi|ús)\b(?![^.;]{0,30}?\b(?:excepte|llevat|tret)\b)"
        r"|\bús\s+comercial\s+(?:està\s+|és\s+)?(?:permès|autoritzat)\b(?!\s+(?:només|amb|si))",
        both=r"\bcomercial\w*\s+(?:o|i)\s+no\s+comercial|\bno\s+comercial\w*\s+(?:o|i)\s+comercial"
        r"|\btant\s+si\s+és\s+comercial\s+com\s+si\s+no",
        unrestricted=r"\bsense\s+(?:cap\s+)?(?:restricció|restriccions|límit\w*)" + GAP + _CA_COM,
        only=r"\b(?:únicament|només|exclusivament|solament)\b",
        research=r"\b(?:recerca|investigació|científic\w*|acadèmic\w*|docència|educatiu\w*)",
        personal=r"\b(?:personal\w*|privat\w*)",
        mau=r"\busuaris\s+actius\s+mensuals|\busuaris\s+actius\s+(?:al|per)\s+mes|\bMAU\b",
        revenue=r"\bingressos\b|\bfacturació\b|\bxifra\s+de\s+negoci\w*",
        annual=r"\banual\w*|\bper\s+any\b|\bl'any\b|\bexercici\w*",
        affiliates=r"\bafiliad\w*|\bfilial\w*|\bempreses\s+del\s+grup|\bvinculad\w*",
        laws=(
            (r"\blegislació\s+(?:espanyola|d'Espanya)|\bdret\s+espanyol|\blleis\s+d'Espanya", "ES"),
            (r"\bdret\s+(?:civil\s+)?català|\blegislació\s+catalana", "ES"),
            (r"\blegislació\s+andorrana|\blleis\s+d'Andorra|\bdret\s+andorrà", "AD"),
        ),
        vocabulary=r"llicència|condicion|permès|prohib|comercial|autoritz|responsabilitat|garant"
        r"|dret|acord|restric",
        restrictive=r"\b(?:no|només|únicament|exclusivament|prohibit\w*|comercial\w*|autorització"
        r"|excepte|llevat)\b",
        license_noun=r"llicència\w*|license",
        other_work=r"\bconjunt\w*\s+de\s+dades|\bdades\b|\bmodel\s+base\b|\bcodi\b",
        this_model=r"\bel\s+model\b|\baquest\s+model\b|\bpesos\b",
        extra_restricted=r"\bllicència\s+comercial\b|\bllicència\s+(?:separada|específica)",
    )
)

# --- Slovak --------------------------------------------------------------------------------------

_SK_COM = (
    r"(?<!ne)\bkomerčn\w*|\bzárobkov\w*|\bna\s+účely\s+zisku|\bpodnikateľsk\w*\s+činnos\w*"
    r"|\bpodnikani\w*"
)
SK = shaped(
    Words(
        com=r"(?:" + _SK_COM + r")",
        non=r"\bnekomerčn\w*|\bnezárobkov\w*",
        ban=r"\b(?:zakázan\w*|zakazuje|je\s+zakázané|nesmie\w*|nesmú|nie\s+je\s+(?:povolen|dovolen"
        r"|zahrnut)\w*|nemožno|nevzťahuje|nezahŕňa|neplatí)",
        consent=r"(?:súhlas\w*|povolen\w*|licenci\w*|zmluv\w*)",
        without=r"\bbez\s+[^.;]{0,40}?",
        need=r"\b(?:vyžaduje|vyžadovať|potrebuje|potrebn\w*|musí\s+(?:získať|uzavrieť)|podlieha)\b",
        allowed=r"\b(?:vrátane|aj\s+na|aj\s+pre|tiež\s+na)\s+(?:na\s+)?(?:komerčn\w*|zárobkov\w*)"
        # ... or in business: "a to aj pri podnikaní", "tiež v rámci podnikania", "i na
        # podnikateľské účely", "vrátane zárobkovej činnosti"
        r"|(?<!\bnie\s)\b(?:vrátane|aj|i|tiež|takisto)\s+(?:pri|v\s+rámci|v|na|pre|počas)?\s*"
        r"(?:účel\w*\s+)?(?:podnikan\w*|podnikateľsk\w*|zárobkov\w*|komerčn\w*"
        r"|obchodn\w*\s+činnost\w*)"
        r"|\bna\s+(?:akýkoľvek|akékoľvek|ľubovoľný|ľubovoľné)\s+účel\w*"
        r"(?![^.;]{0,30}?\b(?:okrem|s\s+výnimkou)\b)"
        r"|\bkomerčné\s+(?:použitie|využitie)\s+(?:je\s+)?povolené\b(?!\s+(?:len|iba|so|po))",
        both=r"\bkomerčn\w*\s+(?:aj|i|alebo)\s+nekomerčn|\bnekomerčn\w*\s+(?:aj|i|alebo)\s+komerčn"
        r"|\bbez\s+ohľadu\s+na\b[^.;]{0,50}?(?<!ne)(?:komerčn|zárob|zisk|príj)",
        unrestricted=r"\bbez\s+(?:akýchkoľvek\s+)?obmedzen\w*" + GAP + r"(?:" + _SK_COM + r")",
        only=r"\b(?:len|iba|výlučne|výhradne|jedine)\b",
        research=r"\b(?:výskum\w*|vedeck\w*|akademick\w*|vzdelávac\w*)",
        personal=r"\b(?:osobn\w*|súkromn\w*)",
        mau=r"\bmesačn\w*\s+(?:počet\w*\s+)?aktívn\w*\s+používateľ\w*|\baktívn\w*\s+používateľ\w*\s+za\s+mesiac"
        r"|\bMAU\b",
        revenue=r"\bpríjm\w*|\btržb\w*|\bobrat\w*",
        annual=r"\bročn\w*|\bza\s+rok\b|\bv\s+roku\b",
        affiliates=r"\bprepojen\w*\s+(?:osob|spoločnost)\w*|\bdcérsk\w*|\bskupin\w*\s+(?:spoločností"
        r"|nadobúdateľ\w*)",
        laws=(
            (
                r"\b(?:práv|zákon|poriad)\w*\s+Slovenskej\s+republiky|\bslovensk\w*\s+(?:právo|právom"
                r"|zákon\w*)",
                "SK",
            ),
        ),
        vocabulary=r"licenc|podmienk|povol|zakáz|komerčn|súhlas|zodpovednos|záruk|práv|zmluv"
        r"|obmedz",
        restrictive=r"\b(?:nie|len|iba|výlučne|zakázan\w*|komerčn\w*|nekomerčn\w*|súhlas\w*"
        r"|okrem|nesmie\w*)\b",
        license_noun=r"licenci\w*|license",
        other_work=r"\bsúbor\w*\s+údajov|\bdát\w*|\bzákladn\w*\s+model\w*|\bkód\w*",
        this_model=r"\bmodel\w*|\bváh\w*",
        extra_restricted=r"\bkomerčn\w*\s+licenci\w*|\bsamostatn\w*\s+licenci\w*",
    )
)

# --- Slovenian -----------------------------------------------------------------------------------

_SL_COM = r"(?<!ne)\bkomercialn\w*|\bpridobitn\w*|\bza\s+namen\w*\s+dobička"
SL = shaped(
    Words(
        com=r"(?:" + _SL_COM + r")",
        non=r"\bnekomercialn\w*|\bnepridobitn\w*",
        ban=r"\b(?:prepovedan\w*|prepoveduje|ni\s+(?:dovoljen|dopuščen)\w*|ne\s+(?:sme|smejo"
        r"|smete|smeš))",
        consent=r"(?:soglas\w*|dovoljenj\w*|licenc\w*|pogodb\w*)",
        without=r"\bbrez\s+[^.;]{0,40}?",
        need=r"\b(?:zahteva|zahtevati|potrebuje|potrebn\w*|mora\s+(?:pridobiti|skleniti)|je\s+treba)\b",
        allowed=r"\b(?:vključno\s+z|vključno\s+s|tudi\s+za|tudi\s+v)\s+(?:komercialn\w*|pridobitn\w*)"
        r"|\bza\s+(?:kateri\s+koli|katerikoli|vsak)\s+namen\b|\bza\s+vse\s+namene\b"
        r"(?![^.;]{0,30}?\b(?:razen|z\s+izjemo)\b)"
        r"|\bkomercialn\w*\s+uporab\w*\s+(?:je\s+)?dovoljen\w*\b(?!\s+(?:le|samo|s|po))",
        both=r"\bkomercialn\w*\s+(?:in|ali)\s+nekomercialn|\bnekomercialn\w*\s+(?:in|ali)\s+komercialn",
        unrestricted=r"\bbrez\s+(?:kakršnih\s+koli\s+)?omejitev" + GAP + r"(?:" + _SL_COM + r")",
        only=r"\b(?:le|samo|izključno|zgolj)\b",
        research=r"\b(?:raziskav\w*|raziskoval\w*|znanstven\w*|akademsk\w*|izobraževaln\w*)",
        personal=r"\b(?:osebn\w*|zasebn\w*)",
        mau=r"\bmesečn\w*\s+aktivn\w*\s+uporabnik\w*|\baktivn\w*\s+uporabnik\w*\s+na\s+mesec"
        r"|\bMAU\b",
        revenue=r"\bprihod\w*|\bpromet\w*",
        annual=r"\bletn\w*|\bna\s+leto\b|\bv\s+letu\b",
        affiliates=r"\bpovezan\w*\s+(?:oseb|družb)\w*|\bhčerinsk\w*|\bskupin\w*\s+družb",
        laws=((r"\bpravo\s+Republike\s+Slovenije|\bslovensk\w*\s+(?:pravo|zakonodaj\w*)", "SI"),),
        vocabulary=r"licenc|pogoj|dovol|prepoved|komercialn|soglas|odgovornost|jamstv|pravic"
        r"|pogodb|omejit",
        restrictive=r"\b(?:ne|le|samo|izključno|prepovedan\w*|komercialn\w*|nekomercialn\w*"
        r"|soglasj\w*|razen)\b",
        license_noun=r"licenc\w*|license",
        other_work=r"\bnabor\w*\s+podatkov|\bpodatk\w*|\bosnovn\w*\s+model\w*|\bkod\w*",
        this_model=r"\bmodel\w*|\buteži\w*",
        extra_restricted=r"\bkomercialn\w*\s+licenc\w*|\bločen\w*\s+licenc\w*",
    )
)
