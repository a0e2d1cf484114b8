"""A plain grant in other languages, for `foreign_no_term`: the licensor grants the right (or a
license) to use, copy or modify the model, and says nothing more ("Grutto AI B.V. verleent u
kosteloos het niet-exclusieve recht het model te gebruiken, te kopiëren en aan te passen",
"Der Anbieter räumt Ihnen ein einfaches Recht ein, das Modell zu nutzen"). It states no term
of use, as the English rules read such a sentence (a grant with no purpose, no limit and no
condition restricts nothing; the clauses that restrict stand in their own passages).

A grant that names a purpose ("zu einem Zulässigen Zweck", "à des fins de recherche"), a limit
("uitsluitend", "nur", "seulement", "tylko") or a condition ("sofern", "sous réserve") is no
plain grant: its language's `restrictive` cue (or a purpose word) tells it, and the passage
stays for the term readers (and is reported when none reads it). The words "non-exclusive"
and "free of charge" restrict nothing and are set aside first.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_any_purpose_asia import any_purpose_asia
from auditor.licenses.terms.foreign_commercial_acts import grants_commercial_act
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_grants_north import takes_in_business
from auditor.licenses.terms.foreign_grants_southeast import takes_in_business_southeast
from auditor.licenses.terms.foreign_grants_west import takes_in_business_west

_FLAGS = re.IGNORECASE

# the licensor grants: a grant verb and a right or a license
_GRANTS = lazy_pattern(
    "|".join(
        (
            r"\b(?:verleent|verlenen|geeft|kent)\b[^.;]{0,80}?\b(?:recht|licentie)\b",  # nl
            r"\b(?:räumt|gewährt|erteilt)\b[^.;]{0,80}?\b(?:Recht|Nutzungsrecht|Lizenz)\b",  # de
            r"\b(?:concède|accorde|octroie)\b[^.;]{0,80}?\b(?:droit|licence)\b",  # fr
            r"\b(?:concede|otorga|outorga|accorda)\b[^.;]{0,80}?\b(?:derecho|licencia|direito"
            r"|licença|diritto|licenza)\b",  # es, pt, it
            r"\b(?:udziela|przyznaje)\b[^.;]{0,80}?\b(?:licencj\w*|praw[oa])\b",  # pl
            r"\b(?:uděluje|poskytuje)\b[^.;]{0,80}?\b(?:oprávnění|licenc\w*|práv[oa])\b",  # cs
            r"\b(?:предоставляет|даёт|дает)\b[^.;]{0,80}?\b(?:прав[оа]|лицензи\w*)\b",  # ru
            r"\b(?:ger|beviljar|upplåter|giver|gir|tildeler|meddeler|indrømmer)\b[^.;]{0,80}?"
            r"\b(?:rätt(?:ighet)?\w*|ret|rett|rettighed\w*|rettighet\w*|licens\w*|lisens\w*)\b",
            r"\b(?:acordă|acorda|conferă|confera)\b[^.;]{0,80}?\b(?:drept\w*|licen[țţ]\w*)",  # ro
            r"\b(?:biztosít|enged[ée]lyez)\w*[^.;]{0,80}?\b(?:jog\w*|licenc\w*|engedély\w*)",  # hu
            r"\bmyöntä\w*[^.;]{0,80}?\b(?:oikeu\w*|lisenssi\w*|käyttöoikeu\w*)",  # fi
            # tr, the verb last: "bu hakları ... tanır", "kullanım hakkı verir"
            r"\b(?:hak|lisans)\w*[^.;]{0,80}?\b(?:tanır|tanımaktadır|verir|vermektedir|sağlar)\b",
            # ja: 権利を許諾します, ライセンスを付与する (the right or licence comes first)
            r"(?:権利|ライセンス|使用権|利用権)を?(?:無償で|無料で)?(?:許諾|付与|供与)"
            r"(?:します|する|いたします)",  # free of charge (無償で): no narrowing
            # ja: the acts themselves granted: 利用、複製…することを許諾します, 許可する
            r"(?:使用|利用|複製|改変|頒布|配布)(?:すること|できること)を?(?:許諾|許可)"
            r"(?:します|する|いたします|しています)",
            # ko: 권리를 부여합니다, 라이선스를 허락한다 (the right or licence comes first)
            r"(?:권리|라이선스|라이센스|사용권|이용권)(?:을|를)?\s*(?:부여|허락|허여)"
            r"(?:합니다|한다|하며|함)",
            # ko: the acts granted: 사용·복제…할 수 있도록 허락합니다, 이용하는 것을 허락한다
            r"(?:사용|이용|복제|수정|개작|배포)(?:할\s*수\s*있도록|하는\s*것을|할\s*것을)\s*"
            r"(?:허락|허용|허가)(?:합니다|한다|하며|함)",
            # ja/ko, the acts named in any form before the verb ("利用し、複製し…ことが
            # できる権利を与える", "사용, 복제 및 배포를 무상으로 허락합니다", "쓰고, 고치고,
            # 배포하도록 허락한다"): a grant verb ending the clause, the acts (`_USE`) apart
            r"(?:権利|ライセンス|こと)を?[^。]{0,12}?(?:与え|認め)(?:る|ます|ております|ています)(?!せん)",
            r"(?:를|을|도록|게)\s*(?:[^\s.]{1,8}\s*){0,2}?(?:허락|허용|허가|부여|허여)"
            r"(?:합니다|한다|하며|함|하고|해\s*드립니다)",
        )
    ),
    _FLAGS,
)
# the acts granted: use, copy, modify
_USE = lazy_pattern(
    r"\b(?:gebruiken|kopiëren|aan\s+te\s+passen|nutzen|benutzen|verwenden|vervielfältigen"
    r"|verändern|utiliser|copier|modifier|usar|utilizar|copiar|modificar|reproducir|reproduzir"
    r"|usare|utilizzare|copiare|modificare|korzystani\w*|kopiowani\w*|užív\w*|použív\w*"
    r"|kopírov\w*|upravov\w*|использова\w*|воспроизводи\w*|изменя\w*"
    # sv, da, no, ro, hu, fi
    r"|använda|kopiera|ändra|modifiera|bruge|bruke|kopiere|ændre|endre|utiliza|folosi|reproduce"
    r"|modifica|használ\w*|másol\w*|módosít\w*|käyttää|kopioida|muokata|muuttaa"
    # tr: use, copy, change, or the rights the passage before named ("bu hakları")
    r"|kullanma\w*|kopyalama\w*|değiştirme\w*|bu\s+hak(?:ları|kı))\b"
    r"|(?:使用|利用|複製|改変)(?:、|・|及び|および|し|する|ならびに)"  # ja
    r"|(?:사용|이용|복제|수정|배포)(?:,|、|·|ㆍ|\s*및|하|할)|(?:쓰|고치)고",  # ko
    _FLAGS,
)
# words that restrict nothing: a non-exclusive, free, worldwide, perpetual grant
_HARMLESS = lazy_pattern(
    r"\b(?:niet|non|nicht|nie|не|não|no|ne)[- ]?(?:exclusie\w*|exclusi\w*|ausschließlich\w*"
    r"|wyłączn\w*|исключительн\w*|výhradn\w*|esclusiv\w*|exclusif\w*|exclusiv\w*)"
    r"|\b(?:nevýhradní\w*|niewyłączn\w*|неисключительн\w*|nieodpłatn\w*)\b|非独占的?"
    r"|\b(?:icke|ikke|ei)-?(?:exklusiv|eksklusiv|yksinomai)\w*|\bneexclusiv\w*"
    r"|\bnem\s+kizárólagos\w*"
    r"|\bgeri\s+alınamaz\w*|\bmünhasır\s+olmayan\w*"  # tr: irrevocable, non-exclusive
    # ja/ko: on the condition of following these terms (本規約に従うことを条件として)
    r"|(?:本|この)(?:規約|ライセンス|契約|利用条件)(?:の条件)?に従うことを条件(?:として|に)"
    r"|(?:본|이)\s*(?:라이선스|약관|계약)(?:의\s*조건)?(?:을|를|에)?\s*(?:준수하는|따르는)\s*것을\s*조건으로",
    _FLAGS,
)
# a purpose, a measure or a reference to other terms narrows a grant
_NARROWED = lazy_pattern(
    r"\b(?:Zweck\w*|fins?|finalit\w*|finalidad\w*|finalidades|fines|scop[oi]|doel\w*|cel[ua]?"
    r"|celach|účel\w*|цел(?:ь|и|ях|ей)|gemäß|nach\s+Maßgabe|selon|conforme|según|secondo"
    r"|volgens|zgodnie|podle|согласно|w\s+zakresie|binnen|innerhalb|dans\s+la\s+limite"
    r"|tableau|tabel\w*|Tabelle|tabla|tabela|tabulk\w*|таблиц\w*"
    r"|ändamål\w*|syfte\w*|formål\w*|scop\w*|cél\w*|tarkoitu\w*|enligt|ifølge|iht|conform\w*"
    r"|szerint|mukai\w*|för|forskning\w*|vetenskap\w*|videnskab\w*|vitenskap\w*"
    r"|undervisning\w*|utbildning\w*|uddannelse\w*|utdanning\w*|personlig\w*|privat\w*"
    r"|intern\w*|kommersi\w*|kommerci\w*|cercetar\w*|[șş]tiin[țţ]ific\w*|educa[țţ]i\w*"
    r"|personal\w*|comercial\w*|kutatás\w*|tudományos\w*|oktatás\w*|személyes\w*|belső\w*"
    r"|kereskedelmi\w*|üzleti\w*|tutkimu\w*|tieteelli\w*|opetu\w*|koulutu\w*|henkilökoh\w*"
    r"|yksityi\w*|sisäi\w*|kaupalli\w*)\b"
    r"|目的|用途|範囲|に従|に基づ|表"  # ja: a purpose, a scope, per other terms or a table
    r"|목적|용도|범위|에\s*따라|에\s*따른|에\s*한하여",  # ko: a purpose, a scope, per other terms
    _FLAGS,
)


def is_plain_grant(text: str, cues: Cues | None) -> bool:
    """Whether a passage only grants the right to use, copy or modify (module docstring)."""
    if cues is None or _GRANTS.search(text) is None or _USE.search(text) is None:
        return False
    rest = _HARMLESS.sub(" ", text)
    return cues.restrictive.search(rest) is None and _NARROWED.search(rest) is None


# "for any purpose" in a grant: every use, commercial included ("para qualquer finalidade",
# "für jeden Zweck", "à toutes fins", "per qualsiasi scopo", "w dowolnym celu")
_ANY_PURPOSE = lazy_pattern(
    r"\b(?:(?:für|zu)\s+(?:jeden|jedweden|beliebige[nm]?|alle)\s+Zweck\w*"
    r"|(?:à|pour)\s+(?:toutes?\s+fins|tout\s+usage|quelque\s+(?:fin|usage)\s+que\s+ce\s+soit)"
    r"|para\s+(?:cualquier|qualquer)\s+(?:fin|finalidad|finalidade|propósito|uso|fim)"
    r"|per\s+(?:qualsiasi|ogni)\s+(?:scopo|fine|finalità|uso)|per\s+a\s+qualsevol\s+(?:finalitat|fi|ús)"
    r"|voor\s+(?:elk|ieder|welk)\s+(?:doel|gebruik)|(?:w\s+dowolnym|w\s+jakimkolwiek)\s+celu"
    r"|do\s+dowolnych\s+celów|(?:za|pro|na)\s+(?:jakýkoli|jakýkoliv|akýkoľvek|akékoľvek)\s+účel\w*"
    r"|för\s+(?:alla|valfritt|varje)\s+ändamål|til\s+(?:ethvert|alle)\s+formål|în\s+orice\s+scop"
    r"|za\s+kateri\s+koli\s+namen|za\s+vse\s+namene|(?:в|для)\s+любых\s+цел\w*)\b"
    # not an exception after it ("for any purpose except commercial ones")
    r"(?![^.;]{0,60}\b(?:exceto|salvo|excepto|sauf|außer|ausgenommen|tranne|eccetto|behalve"
    r"|oprócz|poza|kromě|okrem|utom|undtagen|unntatt|excepția|razen|llevat|кроме|que\s+não"
    r"|que\s+no|não|nicht|niet|nie|ne|non)\b)",
    _FLAGS,
)


def any_purpose_grant(text: str) -> str | None:
    """ "allowed" when a passage grants the right to use the model for any purpose (commercial
    included), with no exception after it, or a grant taking business use in (de, nl, pl, ru,
    uk, sv, cs: `foreign_grants_north`; ar, he, fa, tr, hi, bn, ur, ta: `foreign_grants_west`);
    else None."""
    if takes_in_business(text) or takes_in_business_west(text):  # `foreign_grants_west`
        return "allowed"
    if takes_in_business_southeast(text):  # id, ms, vi, th, tl, sw: `foreign_grants_southeast`
        return "allowed"
    if any_purpose_asia(text) or grants_commercial_act(text):  # zh/ja/ko; European acts
        return "allowed"
    if _ANY_PURPOSE.search(text) is None or _GRANTS.search(text) is None:
        return None
    return "allowed" if _USE.search(text) is not None else None
